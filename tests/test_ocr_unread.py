"""Ink tesseract's layout analysis left unread at a page's head or foot (``ocr.unread_ink``,
``ocr.read_unread``): a page number alone over a signature block."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import ocr
from pipeline.config import Settings

FONT = Path(__file__).resolve().parents[1] / "pipeline" / "reference_fonts" / "Sarabun_400Regular.ttf"
LETTER = 40  # pixels: the body's letter height on the synthetic page


def body_words(top: int, lines: int) -> list[ocr.Word]:
    """Words of a body of ``lines`` lines from ``top``, as tesseract gives them."""
    return [ocr.Word(300, top + k * 2 * LETTER, 600, LETTER, 95.0, "ข้อความ", k + 1) for k in range(lines)]


def page_with(*blobs: tuple[int, int, int, int]) -> np.ndarray:
    page = np.full((3000, 2000), 255, dtype=np.uint8)
    for x0, y0, x1, y1 in blobs:
        page[y0:y1, x0:x1] = 0
    return page


def test_a_patch_over_the_first_line_at_the_page_head() -> None:
    page = page_with((980, 250, 1010, 288))  # a digit-sized patch above the body
    boxes = ocr.unread_ink(page, body_words(600, 10), [])
    assert len(boxes) == 1 and boxes[0].top == 250


def test_no_patch_between_the_lines_nor_more_than_a_head_and_a_foot_hold() -> None:
    assert ocr.unread_ink(page_with((980, 1000, 1010, 1038)), body_words(600, 10), []) == []  # (within the body)
    three = page_with((900, 250, 930, 288), (1000, 250, 1030, 288), (1100, 250, 1130, 288))
    assert ocr.unread_ink(three, body_words(600, 10), []) == []  # (three patches: marks, not a page number)
    assert ocr.unread_ink(page_with((980, 250, 984, 254)), body_words(600, 10), []) == []  # (a speck)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_page_number_tesseract_dropped_is_read_again() -> None:
    image = Image.new("L", (2000, 3000), 255)
    draw = ImageDraw.Draw(image)
    draw.text((960, 260), "- 5 -", font=ImageFont.truetype(str(FONT), 56), fill=0)
    seen = np.asarray(image)
    job = replace(ocr.make_job(1, image, Settings()), dpi=300)
    words = ocr.read_unread(job, seen, body_words(600, 10), [])
    assert "".join(w.text for w in words).replace(" ", "") == "-5-"
