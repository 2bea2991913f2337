"""Round of heldout48-50 (issue 11): what the first contact with scans of documents we did not
have showed, each test failing before its fix (guards say so)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline import ocr

SARABUN = ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"
NEEDS_FONTS = pytest.mark.skipif(
    not (ocr.TEMPLATE_FONT_DIR / "Laksaman.ttf").is_file(), reason="needs fonts-thai-tlwg"
)


def _ink(text: str, size: int = 44, thicken: bool = False) -> Image.Image:
    """``text`` in Sarabun, ink white on black, as a 300 dpi scan of 14 pt type (thickened as
    a copier's toner spreads it)."""
    image = Image.new("L", (120 + size * len(text), 3 * size), 0)
    ImageDraw.Draw(image).text((40, size // 2), text, font=ImageFont.truetype(str(SARABUN), size), fill=255)
    image = image.point(lambda v: 255 if v > 127 else 0)
    return image.filter(ImageFilter.MaxFilter(3)) if thicken else image


@NEEDS_FONTS
def test_a_four_touching_the_slash_after_it_is_cut_into_digit_and_slash() -> None:
    # ``๑๙๔/๒๕๖๘`` of a copier scan: the ๔'s tail touches the slash, one blob; cut into digits
    # alone the slash read ๐ or ๖ (``๑๙๔๖๒๕๖๘``)
    ink = _ink("๔/", thicken=True)
    box = ink.getbbox()
    assert box is not None
    glyphs = ocr.band_glyphs(ink, 0, box[1], ink.width, box[3])
    assert len(glyphs) == 1  # touching
    height = 0.78 * (box[3] - box[1])  # a digit's height: the slash stands taller
    parts = ocr.split_glyph(ink, glyphs[0], height, box[3])
    assert "".join(p.char for p in parts) == "๔/"


def _word_over(ink: Image.Image, text: str) -> ocr.Word:
    box = ink.getbbox()
    assert box is not None
    return ocr.Word(box[0] - 2, box[1] - 2, box[2] - box[0] + 4, box[3] - box[1] + 4, 68.0, text)


@NEEDS_FONTS
@pytest.mark.parametrize(("printed", "read", "mended"), [("2/2569", "272569", "2/2569"), ("1/2569", "172569", "1/2569"), ("15/2568", "1512568", "15/2568")])
def test_an_arabic_slash_read_as_a_digit_is_put_back(printed: str, read: str, mended: str) -> None:
    # ``ครั้งที่ 2/2569`` read ``272569`` (the slash a 7), then made 27/2569 by the repair that
    # puts back a lost slash
    ink = _ink(printed)
    page = ink.point(lambda v: 255 - v)  # the page: black ink on white
    assert [w.text for w in ocr.arabic_slashes([_word_over(ink, read)], page)] == [mended]


@NEEDS_FONTS
@pytest.mark.parametrize("printed", ["272569", "172569", "12568"])
def test_digits_that_are_digits_stay(printed: str) -> None:
    # guard: a number and a year printed without a slash keep their digits
    ink = _ink(printed)
    page = ink.point(lambda v: 255 - v)
    assert [w.text for w in ocr.arabic_slashes([_word_over(ink, printed)], page)] == [printed]
