"""Thai digits in scanned pages: glyphs drawn in Debian's tlwg fonts with PIL, read by our
template matcher and, for one page, by real tesseract plus the re-reading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import regex
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline import ocr
from pipeline.config import Settings

FONTS = ocr.TEMPLATE_FONT_DIR
NEEDS_FONTS = pytest.mark.skipif(not (FONTS / "Laksaman.ttf").is_file(), reason="needs fonts-thai-tlwg")
NUMBER = regex.compile(r"[๐-๙](?:[๐-๙/.,:]*[๐-๙])?")


def page(lines: list[str], font_file: str, size: int = 58, blur: float = 0.0) -> Image.Image:
    """A white page, one text line per entry, as a 300 dpi scan of 14 pt type would give it."""
    font = ImageFont.truetype(str(FONTS / font_file), size)
    image = Image.new("L", (2200, 160 + len(lines) * size * 2), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((150, 100 + i * size * 2), line, font=font, fill=0)
    return image.filter(ImageFilter.GaussianBlur(blur)) if blur else image


def ink_of(image: Image.Image) -> Image.Image:
    return ocr.prepare_image(image).convert("L").point(lambda v: 255 - v)


@NEEDS_FONTS
@pytest.mark.parametrize("font_file", ["Laksaman.ttf", "Norasi.ttf", "Garuda.ttf", "Kinnari-Bold.ttf"])
def test_each_thai_digit_matches_its_template(font_file: str) -> None:
    ink = ink_of(page(["๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙"], font_file, size=44, blur=0.6))
    box = ink.getbbox()
    assert box is not None
    glyphs = ocr.band_glyphs(ink, 0, box[1], ink.width, box[3])
    read = "".join(
        min(ocr.THAI_DIGITS, key=ocr.glyph_distances(ink.crop(_box(g))).__getitem__) for g in glyphs
    )
    assert read == ocr.THAI_DIGITS


def _box(glyph: ocr.Glyph) -> tuple[int, int, int, int]:
    return glyph.left, glyph.top, glyph.right, glyph.bottom


@NEEDS_FONTS
def test_letters_are_not_taken_for_digits() -> None:
    ink = ink_of(page(["กนมบ"], "Laksaman.ttf"))
    box = ink.getbbox()
    assert box is not None
    height = (box[3] - box[1]) * 1.0
    for glyph in ocr.band_glyphs(ink, 0, box[1], ink.width, box[3]):
        assert ocr.classify_glyph(ink, glyph, height, box[3], seeded=False).char == ""


@NEEDS_FONTS
def test_touching_digits_are_cut_apart() -> None:
    ink = ink_of(page(["๕๖"], "Laksaman.ttf"))
    box = ink.getbbox()
    assert box is not None
    # drawn as one glyph, as when a scan's blur joins the tail of ๕ to ๖
    joined = ocr.Glyph(*box)
    parts = ocr.split_glyph(ink, joined, height=(box[3] - box[1]) / 1.2, baseline=box[3])
    assert "".join(p.char for p in parts) == "๕๖"


def test_without_template_fonts_words_are_kept(tmp_path: Path) -> None:
    assert ocr.glyph_templates(tmp_path) == ("", None)
    words = [ocr.Word(10, 10, 30, 30, 90.0, "๒๕")]
    assert ocr.reread_digits(words, None) == words


def scanned_numbers(tmp_path: Path, lines: list[str]) -> list[str]:
    image = page(lines, "Laksaman.ttf", blur=0.8).rotate(
        0.4, fillcolor=255, resample=Image.Resampling.BILINEAR
    )
    job = ocr.make_job(1, image, Settings(ocr_cache_dir=tmp_path / "cache"))
    return NUMBER.findall(ocr.ocr_page(job)[1])


NEEDS_TESSERACT = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")


@NEEDS_FONTS
@NEEDS_TESSERACT
@pytest.mark.ocr
def test_scanned_thai_numbers_come_out_right(tmp_path: Path) -> None:
    numbers = scanned_numbers(
        tmp_path,
        [
            "เทศบาลตำบลบ้านสวนหมาก ที่ สม ๘๗๖๐ วันที่ ๒๙ มีนาคม ๒๕๖๘",
            "งบประมาณ ๔๗,๖๙๐ บาท จำนวน ๓๘ รายการ โทร. ๐ ๗๔๖๖ ๕๙๒๑",
        ],
    )
    # tesseract alone: ๒๕๒ ๒๙ (a Latin misread) ๕๗,๒๙๐ ...
    assert numbers == ["๘๗๖๐", "๒๙", "๒๕๖๘", "๔๗,๖๙๐", "๓๘", "๐", "๗๔๖๖", "๕๙๒๑"]


@NEEDS_FONTS
@NEEDS_TESSERACT
@pytest.mark.ocr
def test_a_digit_touching_a_slash(tmp_path: Path) -> None:
    # (the ๔ touches the slash: cut as digits alone it read ๘๗๖๐๔๐๙๓๕)
    assert "๘๗๖๐๔/๙๓๕" in scanned_numbers(tmp_path, ["ที่ สม ๘๗๖๐๔/๙๓๕ ลงวันที่ ๒ เมษายน ๒๕๖๘"])


def test_numbers_are_expected_after_the_words_that_number_things() -> None:
    def letters(text: str, left: int) -> list[ocr.Word]:
        return [ocr.Word(left + 20 * k, 100, 18, 40, 90.0, ch) for k, ch in enumerate(text)]

    # ``หมู่ที่ ฒ`` (๗ read as a letter) and ``ฒ.`` opening a line; tesseract's words are letters
    after_label = letters("หมู่ที่", 0) + letters("ฒ", 200)
    assert [w.text for w in ocr._digit_expected(after_label)] == ["ฒ"]
    heading = letters("ฒ.", 0) + letters("งบ", 100)
    assert [w.text for w in ocr._digit_expected(heading)] == ["ฒ", "."]
    prose = letters("ที่ประชุม", 0) + letters("รับทราบ", 250)
    assert ocr._digit_expected(prose) == []


@NEEDS_FONTS
def test_a_touching_pair_no_cut_separates_reads_as_its_pair_template() -> None:
    # Sarabun's ๕ reaches over ๖ and, thickened as a 200 dpi scan thickens it, touches it
    font = ImageFont.truetype(str(ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"), 44)
    image = Image.new("L", (300, 120), 0)
    ImageDraw.Draw(image).text((20, 10), "๕๖", font=font, fill=255)
    blob = image.filter(ImageFilter.MaxFilter(3))
    box = blob.getbbox()
    assert box is not None
    distances = ocr.pair_distances(blob.crop(box))
    assert min(distances, key=distances.__getitem__) == "๕๖"


@NEEDS_FONTS
@pytest.mark.parametrize("font", [FONTS / "Laksaman.ttf", ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"])
def test_four_and_five_told_apart_by_the_loop_of_five(font: Path) -> None:
    """๕ is ๔ with a small closed loop on its top stroke: two holes against one, however
    thick the toner made the strokes (a blur, then a threshold). (A font whose ๔ has no
    closed loop gives no answer, and the templates decide.)"""
    for digit in "๔๕":
        image = Image.new("L", (300, 200), 255)
        ImageDraw.Draw(image).text((100, 40), digit, font=ImageFont.truetype(str(font), 58), fill=0)
        ink = ink_of(image.filter(ImageFilter.GaussianBlur(1.2)))
        box = ink.getbbox()
        assert box is not None
        assert ocr.four_or_five(ink.crop(box), box[3] - box[1]) == digit


def test_garbled_list_labels_and_page_markers_are_expected_digits() -> None:
    def word(text: str, left: int) -> ocr.Word:
        return ocr.Word(left, 100, 20 * len(text), 40, 90.0, text)

    # ``lo,`` for ๒. opening a line; ``- e -`` for a page's ``- ๒ -``
    label = [word("lo,", 0), word("ประมาณการ", 200)]
    assert [w.text for w in ocr._digit_expected(label)] == ["lo,"]
    marker = [word("-", 900), word("e", 960), word("-", 1000)]
    assert ocr._digit_expected(marker) == marker
    prose = [word("ok,", 0)]  # a lone word is no heading
    assert ocr._digit_expected(prose) == []
