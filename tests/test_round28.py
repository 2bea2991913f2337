"""Round of heldout28: pages as offices print and scan them.

A plan's wide table is printed landscape, and a copier's feeder takes that page as the
portrait sheet it is: its text stands sideways in the scan. Such a page is read upright."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline import ocr
from pipeline.config import Settings
from pipeline.engines import tesseract
from tests.test_make_corpus import make_corpus

FONT = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
NEEDS_FONT = pytest.mark.skipif(not FONT.is_file(), reason="needs fonts-thai-tlwg")
NEEDS_TESSERACT = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")

LINES = [
    "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
    "องค์การบริหารส่วนตำบลหนองบัวทดสอบ อำเภอเมือง",
    "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    "1 โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร งบประมาณ 20,000 บาท",
    "2 กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร ไม่ใช้งบประมาณ",
    "3 โครงการเด็กและเยาวชนรุ่นใหม่ใส่ใจต่อต้านการทุจริต 15,000 บาท",
    "4 มาตรการเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ของหน่วยงาน 5,000 บาท",
]


def landscape_page() -> Image.Image:
    """An A4 landscape page at 200 dpi with a plan's lines on it."""
    font = ImageFont.truetype(str(FONT), 44)
    image = Image.new("L", (2339, 1654), 255)
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(LINES):
        draw.text((200, 200 + k * 110), line, font=font, fill=0)
    return image.filter(ImageFilter.GaussianBlur(0.8))


@NEEDS_FONT
@NEEDS_TESSERACT
@pytest.mark.ocr
@pytest.mark.parametrize("turn", [90, 270])
def test_a_landscape_page_scanned_sideways_is_read_upright(turn: int, tmp_path: Path) -> None:
    settings = Settings(workers=1, ocr_cache_dir=tmp_path, ocr_dpi=200)
    sideways = landscape_page().rotate(turn, expand=True)  # a portrait sheet, text sideways
    _, text, confidence = ocr.read_page(ocr.make_job(1, sideways, settings))
    flat = text.replace(" ", "")
    assert "แผนปฏิบัติการป้องกันการทุจริต" in flat
    assert "20,000" in flat and "15,000" in flat
    assert confidence is not None and confidence > 85


def test_tesseract_orientation_output_is_read() -> None:
    osd = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 31.69\nScript: Thai\n"
    assert tesseract.parse_orientation(osd) == (90, 31.69)
    assert tesseract.parse_orientation("Too few characters. Skipping this page\n") == (0, 0.0)


def test_a_page_with_a_wide_table_prints_landscape_and_the_rest_portrait() -> None:
    wide = "\t".join(["ที่", "โครงการ", "งบประมาณ", "ตค", "พย", "ธค", "มค", "กพ", "มีค", "เมย"])
    narrow = "ที่\tชื่อ\tตำแหน่ง"
    text = f"แผนปฏิบัติการ\n{wide}\n1\tโครงการ ก\t20,000\f\nหน้าถัดไป\n{narrow}\n1\tนายสมชาย ใจดี\tประธาน"
    pages = make_corpus.pages_of(text)
    assert [wide for wide, _ in pages] == [True, False]
    html = make_corpus.to_html(text, "Sarabun")
    assert html.count("<div class='page wide'>") == 1 and html.count("<div class='page'>") == 1


@pytest.mark.parametrize("reading", ["ae", "Dev.lom", "dle", "lA", "oe", "nu", "ev.", "(om)", "ASIN"])
def test_thai_digits_and_words_read_as_short_latin_are_read_again(reading: str) -> None:
    assert ocr._latin_for_thai(reading)


@pytest.mark.parametrize("reading", ["x", "www", "e-bidding", "Facebook", "Policy", "ITA", "OIT", "(OIT)", "go.th", "km", "Line"])
def test_the_latin_offices_print_beside_thai_is_left_alone(reading: str) -> None:
    assert not ocr._latin_for_thai(reading)
