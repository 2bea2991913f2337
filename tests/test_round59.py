"""Round of heldout59-61 (issue 11): each test failed before its fix; guards keep what the
earlier rounds read."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import ocr

SARABUN = ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"
NEEDS_SARABUN = pytest.mark.skipif(not SARABUN.is_file(), reason="needs the reference Sarabun font")


@NEEDS_SARABUN
def test_thai_digits_read_as_lowercase_latin_over_the_number_are_dropped_once_read_again() -> None:
    # a copier scan's ``ที่ ๒๙๘ /๒๕๖๘``: the Thai+English model read ๒๙๘ as ``wad`` with a box
    # stretched over the year after it, so its middle lay in neither run read again
    font = ImageFont.truetype(str(SARABUN), 64)
    image = Image.new("L", (900, 160), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "ที่", font=font, fill=0)
    draw.text((150, 40), "๒๙๘", font=font, fill=0)
    draw.text((300, 40), "/๒๕๖๘", font=font, fill=0)
    ink = ocr.prepare_image(image).convert("L").point(lambda v: 255 - v)
    box = ink.crop((140, 0, 900, 160)).getbbox()
    assert box is not None
    top, bottom = box[1], box[3]
    height = bottom - top
    row = [
        ocr.Word(40, top - 10, 40, height + 10, 93.0, "ที่", 1),
        ocr.Word(148, top + 12, 340, height - 12, 90.0, "wad", 1),
        ocr.Word(300, top, 30, height, 92.0, "/", 1),
        ocr.Word(335, top, 150, height, 92.0, "๒๕๒๐๕", 1),
    ]
    texts = [w.text for w in ocr._reread_row(row, ink, height)]
    assert "wad" not in texts
    assert "๒๙๘" in texts and "๒๕๖๘" in texts


def test_guard_latin_the_digits_do_not_cover_stays() -> None:
    word = ocr.Word(100, 10, 200, 40, 90.0, "www")
    assert not ocr._latin_over_digits(word, [(100, 150)])
    assert not ocr._latin_over_digits(ocr.Word(100, 10, 200, 40, 90.0, "OIT"), [(100, 300)])
    assert ocr._latin_over_digits(word, [(100, 250)])
