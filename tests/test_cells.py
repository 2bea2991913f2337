"""Ruled tables on scanned pages: the grid found from the rulings, the cells read one by one
(``pipeline.cells``), on a table drawn the way a word processor prints one (Laksaman, 16 pt
at 300 dpi, thin rulings, a wrapped cell, a row number alone in its cell) and scanned (blur)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline import cells, ocr
from pipeline.config import Settings

FONT = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
NEEDS_FONT = pytest.mark.skipif(not FONT.is_file(), reason="needs fonts-thai-tlwg")
NEEDS_TESSERACT = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")

# (row number, name, position as its lines wrap in the cell)
ROWS = [
    ("1.", ["นายประเสริฐ วงศ์ทองดี"], ["ปลัดเทศบาล"]),
    ("2.", ["นางสาวสุภาวดี จันทร์แก้ว"], ["ผู้อำนวยการกองค", "ลัง"]),
    ("3.", ["ว่าที่ร้อยตรีหญิงกัญญา", "รัตน์ พลอยงาม"], ["หัวหน้าสำนักปลัด"]),
]
COLUMNS = (300, 480, 1200, 1900)  # x of the vertical rulings
LINE = 90  # pixels from one text line to the next


def scanned_table() -> Image.Image:
    font = ImageFont.truetype(str(FONT), 66)
    image = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
    draw = ImageDraw.Draw(image)
    draw.text((300, 120), "คณะทำงานประเมินคุณธรรมและความโปร่งใส ประกอบด้วย", font=font, fill=0)
    top = 300
    draw.line((COLUMNS[0], top, COLUMNS[-1], top), fill=0, width=3)
    for number, name, position in ROWS:
        height = LINE * max(len(name), len(position)) + 40
        for x, lines in ((COLUMNS[0], [number]), (COLUMNS[1], name), (COLUMNS[2], position)):
            for k, text in enumerate(lines):
                draw.text((x + 20, top + 15 + k * LINE), text, font=font, fill=0)
        top += height
        draw.line((COLUMNS[0], top, COLUMNS[-1], top), fill=0, width=3)
    for x in COLUMNS:
        draw.line((x, 300, x, top), fill=0, width=3)
    return image.filter(ImageFilter.GaussianBlur(1.2))


def binarised(image: Image.Image) -> np.ndarray:
    return np.asarray(ocr.prepare_image(image).convert("L"))


@NEEDS_FONT
def test_the_grid_of_a_scanned_table_is_found_from_its_rulings() -> None:
    rows = cells.ruled_rows(binarised(scanned_table()), 300)
    assert len(rows) == len(ROWS)
    for row in rows:
        assert len(row.rules) == len(COLUMNS)
        assert all(abs(found - drawn) <= 4 for found, drawn in zip(row.rules, COLUMNS, strict=True))
    boxes = cells.cell_boxes(rows, 300)
    assert len(boxes) == len(ROWS) * (len(COLUMNS) - 1)
    assert all(COLUMNS[0] < b.x0 < b.x1 < COLUMNS[-1] for b in boxes)


def test_a_page_without_rulings_has_no_grid() -> None:
    page = np.full((1000, 800), 255, dtype=np.uint8)
    page[100:130, 100:400] = 0  # a heavy bar, not a ruling between two others
    assert cells.ruled_rows(page, 300) == []


def test_the_montage_stacks_inked_cells_and_maps_back() -> None:
    page = np.full((600, 900), 255, dtype=np.uint8)
    page[110:140, 120:200] = 0  # ink in the first cell
    page[120:150, 520:560] = 0  # and in the second; the third is empty
    boxes = [cells.Box(100, 100, 400, 300), cells.Box(500, 100, 800, 300), cells.Box(100, 300, 400, 500)]
    image, placements = cells.montage(page, boxes, 300)
    assert image is not None and len(placements) == 2
    first, second = placements
    assert second.y > first.y + first.height  # stacked, with paper between
    # a word read in the second cell of the montage goes back to where its ink is on the page
    assert cells.to_page(placements, second.x + 4, second.y + 6, 20, 20) == (second.page_x + 4, second.page_y + 6)
    assert cells.to_page(placements, 10, second.y + second.height + 40, 5, 5) is None  # the blank between


@NEEDS_FONT
@NEEDS_TESSERACT
@pytest.mark.ocr
def test_row_numbers_and_wrapped_cells_of_a_scanned_table(tmp_path: Path) -> None:
    settings = Settings(workers=1, ocr_cache_dir=tmp_path)
    _, text, _ = ocr.read_page(ocr.make_job(1, scanned_table(), settings))
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    # alone in its cell, tesseract drops a row number (or hangs a letter of the next cell on it)
    assert [r[0][:2] for r in rows] == ["1.", "2.", "3."]
    assert rows[1][2].replace(" ", "") == "ผู้อำนวยการกองคลัง"  # ``ลัง`` wrapped onto a line of its own
    # two lines, not interleaved; the next cell keeps its first letter (not ``ัวหน้า``)
    assert "กัญญารัตน" in rows[2][1].replace(" ", "") and rows[2][1].endswith("พลอยงาม")
    assert rows[2][2].startswith("หัวหน้า")


def test_a_row_number_misread_between_its_neighbours_is_mended() -> None:
    assert ocr.repair_row_numbers("1.\ta\n2.\tb\n2.\tc\n4.\td").split("\n")[2] == "3.\tc"
    assert ocr.repair_row_numbers("๑.\ta\n๒.\tb\n๕.\tc\n๔.\td").split("\n")[2] == "๓.\tc"
    # a sequence that goes on as printed is left alone
    assert ocr.repair_row_numbers("1.\ta\n2.\tb\n5.\tc\n6.\td") == "1.\ta\n2.\tb\n5.\tc\n6.\td"


def test_doubtful_cells_are_the_empty_the_unsure_and_the_misread_rows() -> None:
    def word(left: int, top: int, text: str, conf: float = 95.0) -> ocr.Word:
        return ocr.Word(left, top, 20, 40, conf, text)

    boxes = [cells.Box(0, 0, 100, 100), cells.Box(110, 0, 400, 100), cells.Box(0, 110, 100, 210), cells.Box(110, 110, 400, 210)]
    page = [word(150, 30, "นาย"), word(20, 140, "2.", 50.0), word(150, 140, "ัวหน้า")]

    def inside(w: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= w.left + w.width / 2 <= box.x1 and box.top <= w.middle <= box.bottom

    doubtful = ocr.doubtful_cells(page, boxes, inside, lambda box: True)
    # row 1: the empty but inked number cell; row 2: misread (a cell opens with a mark): whole
    assert doubtful == [boxes[0], boxes[2], boxes[3]]


def test_sub_numbers_ocr_misread_take_their_place_in_the_count() -> None:
    text = "๑.๑\ta\n๑.๒\tb\n\tb2\n๑.๓\tc\n๑.๕\td\n๑.ญ\te\n๑.๖\tf\nมีอำนาจหน้าที่"
    assert [line.split("\t")[0] for line in ocr.repair_row_numbers(text).split("\n")[:7]] == [
        "๑.๑", "๑.๒", "", "๑.๓", "๑.๔", "๑.๕", "๑.๖"
    ]
    # two groups, each counted on its own; a group printed as it should be is left alone
    assert ocr.repair_row_numbers("1.1\ta\n1.2\tb\n2.1\tc\n2.2\td") == "1.1\ta\n1.2\tb\n2.1\tc\n2.2\td"


def test_a_header_row_takes_the_rulings_a_faint_scan_broke_from_the_row_under_it() -> None:
    header = cells.RuledRow(100, 200, (50, 300, 900))  # the ruling at 600 broken in the header
    first = cells.RuledRow(204, 300, (50, 300, 600, 900))
    later = cells.RuledRow(304, 400, (50, 300, 900))  # a data row keeps what it has (merged cells)
    rows = cells._headers_completed([header, first, later], merge=12)
    assert rows[0].rules == (50, 300, 600, 900)
    assert rows[1:] == [first, later]


@NEEDS_FONT
@pytest.mark.parametrize("angle", [-1.8, -0.7, 0.4, 1.5])
def test_the_skew_of_a_tilted_page_is_found_to_a_tenth_of_a_degree(angle: float) -> None:
    page = scanned_table()
    tilted = page.rotate(-angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    assert ocr.estimate_skew(tilted) == pytest.approx(angle, abs=0.11)
    assert ocr.estimate_skew(page) == pytest.approx(0.0, abs=0.11)


@NEEDS_FONT
def test_a_cell_whose_only_ink_is_a_dash_is_told_from_a_letter_and_from_nothing() -> None:
    font = ImageFont.truetype(str(FONT), 66)
    image = Image.new("L", (900, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 50), "-", font=font, fill=0)  # a budget of ``-``
    draw.text((360, 50), "๑", font=font, fill=0)  # a digit
    page = np.asarray(image.filter(ImageFilter.GaussianBlur(0.8)).point(lambda v: 0 if v < 128 else 255))
    boxes = [cells.Box(0, 0, 300, 200), cells.Box(300, 0, 600, 200), cells.Box(600, 0, 900, 200)]
    found = [cells.dash(page, box, 300) for box in boxes]
    assert found[0] is not None and found[0].x1 - found[0].x0 > 2 * (found[0].bottom - found[0].top)
    assert found[1:] == [None, None]


def test_capitals_no_acronym_spells_are_read_again_beside_thai() -> None:
    def word(left: int, text: str) -> ocr.Word:
        return ocr.Word(left, 100, 40 * len(text), 40, 90.0, text)

    row = [word(100, "(ฉบับเพิ่มเติม"), word(800, "ASIN"), word(1100, "1)"), word(1300, "ITA")]
    boxes = ocr.doubtful_pieces(row)
    assert len(boxes) == 1 and boxes[0].x0 < 800 < boxes[0].x1


def test_a_cell_read_alone_loses_its_marks_read_as_latin_and_a_misread_stays_worse() -> None:
    def word(left: int, text: str, conf: float = 90.0, top: int = 100) -> ocr.Word:
        return ocr.Word(left, top, 30 * len(text), 40, conf, text)

    box = cells.Box(0, 50, 1000, 200)

    def inside(w: ocr.Word, b: cells.Box) -> bool:
        return b.x0 <= w.left < b.x1 and b.top <= w.middle <= b.bottom

    page = [word(10, "นายสุวิทย์", 70.0)]
    alone = [word(10, "นายสว", 95.0), word(160, "a", 95.0, top=130), word(200, "ิทย์", 95.0)]
    assert ocr._misread([word(10, "นายสว"), word(160, "a", top=130), word(200, "ิทย์")])
    best = ocr.best_reading(page, alone, [box], inside)
    assert "a" not in "".join(w.text for w in best)
    # a row number misread between its neighbours, three letters long
    assert ocr.repair_row_numbers("๒\tนางบุญเพ็ง\nเฉม\tนายทองใบ\n๔\tนายประยงค์") == "๒\tนางบุญเพ็ง\n๓\tนายทองใบ\n๔\tนายประยงค์"
    assert ocr.repair_row_numbers("๒\tนางบุญเพ็ง\nเฉม\tนายทองใบ\n๕\tนาย") == "๒\tนางบุญเพ็ง\nเฉม\tนายทองใบ\n๕\tนาย"
    # a table's header repeated between rows keeps its ``ที`` (no row number)
    header = "๖\tกิจกรรม\nที\tโครงการ/ กิจกรรม/ มาตรการ\tหมายเหตุ\n๗\tโครงการ"
    assert ocr.repair_row_numbers(header) == header
    # five code points (``เวรู่`` for ๙), between ๘ (its wrapped line passed over) and ๑๐
    assert ocr.repair_row_numbers("๘\tโครงการ\n\tพบประชาชน\nเวรู่\tกิจกรรม\n๑๐\tโครงการ").split("\n")[2] == "๙\tกิจกรรม"


def test_tick_columns_of_a_ruled_table_take_the_ticks_tesseract_dropped() -> None:
    # four narrow quarter columns beside a wide name column; one row's ticks were read
    page = np.full((600, 1400), 255, np.uint8)
    columns = [(0, 600), (600, 700), (700, 800), (800, 900), (900, 1000)]
    rows = [(0, 100), (100, 200), (200, 300)]
    grid = [cells.Box(x0, top, x1, bottom) for top, bottom in rows for x0, x1 in columns]
    ticked = cells.Box(610, 120, 690, 180)  # row 2's first quarter: a tick drawn, read as nothing
    page[150:170, 630:640] = 0
    page[130:170, 640:650] = 0
    page[220:280, 720:780] = 0  # row 3's second quarter: an empty box ...
    page[225:275, 725:775] = 255  # ... only its sides inked

    def word(box: cells.Box, text: str) -> ocr.Word:
        return ocr.Word(box.x0 + 20, box.top + 20, 40, 40, 90.0, text)

    words = [word(grid[0], "โครงการ"), word(grid[2], "v"), word(grid[4], "/"), word(grid[5], "กิจกรรม"), word(grid[10], "มาตรการ")]

    def inside(w: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= w.left + w.width / 2 <= box.x1 and box.top <= w.middle <= box.bottom

    out = ocr._ticks_in_tick_columns(words, grid, inside, lambda box: cells.marked(page, box, 300), 300)
    ticks = sorted((w.left // 100, w.top // 100) for w in out if w.text == "✓")
    assert ticks == [(6, 1)]  # the drawn tick; not the empty box, nor the cells read already
    assert ticked.x0 < next(w for w in out if w.text == "✓").left + 20 < ticked.x1


def test_a_narrow_budget_column_beside_the_tick_columns_takes_no_tick() -> None:
    page = np.full((400, 1100), 255, np.uint8)
    columns = [(600, 700), (700, 800), (800, 900)]  # budget, then two quarters
    rows = [(0, 100), (100, 200)]
    grid = [cells.Box(x0, top, x1, bottom) for top, bottom in rows for x0, x1 in columns]
    page[140:160, 620:680] = 0  # row 2's budget: a mark (a dash as a blob), read as nothing

    def word(box: cells.Box, text: str) -> ocr.Word:
        return ocr.Word(box.x0 + 20, box.top + 20, 40, 40, 90.0, text)

    words = [word(grid[0], "12,000"), word(grid[1], "v"), word(grid[5], "v")]

    def inside(w: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= w.left + w.width / 2 <= box.x1 and box.top <= w.middle <= box.bottom

    out = ocr._ticks_in_tick_columns(words, grid, inside, lambda box: cells.marked(page, box, 300), 300)
    assert not any(w.text == "✓" and w.left < 700 for w in out)


def test_a_made_tick_stands_on_its_rows_first_line_of_text() -> None:
    # the row's text in two lines (a wrapped name); a quote read high in the tick's cell: the
    # tick is centred on the first line's middle, so that it joins that line's row of text
    page = np.full((400, 1100), 255, np.uint8)
    grid = [cells.Box(0, 100, 600, 300), cells.Box(600, 100, 700, 300), cells.Box(700, 100, 800, 300)]
    page[150:190, 730:770] = 0  # the second quarter's tick, read as nothing
    page[104:124, 630:650] = 0  # the first's, read high as a ``v`` (kept as read)
    first = [ocr.Word(20 + 40 * k, 140, 36, 40, 90.0, "ก", line=1) for k in range(5)]
    second = [ocr.Word(20 + 40 * k, 220, 36, 40, 90.0, "ข", line=2) for k in range(5)]
    quote = ocr.Word(630, 104, 20, 20, 40.0, "v", line=3)

    def inside(w: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= w.left + w.width / 2 <= box.x1 and box.top <= w.middle <= box.bottom

    out = ocr._ticks_in_tick_columns([*first, *second, quote], grid, inside, lambda box: cells.marked(page, box, 300), 300)
    ticks = [w for w in out if w.text == "✓"]
    assert len(ticks) == 1 and abs(ticks[0].middle - 160) <= 2  # (not at the ``v``'s top, 104)


def test_montages_stay_under_tesseracts_size_limit() -> None:
    """A landscape plan's month cells at 540 dpi stacked 34,403 px high, and tesseract refused
    the image (``Image too large``): the file's OCR failed. The cells go in as many montages as
    keep each side under the limit, every cell in one of them."""
    rows, height = 40, 900
    page = np.full((rows * height, 400), 255, dtype=np.uint8)
    boxes = [cells.Box(10, r * height + 10, 390, (r + 1) * height - 10) for r in range(rows)]
    for box in boxes:
        page[box.top + 5 : box.bottom - 5, 50:300] = 0  # a tall inked cell
    parts = cells.montages(page, boxes, 300)
    assert len(parts) > 1 and all(image.shape[0] <= cells.MAX_SIDE for image, _ in parts)
    assert sum(len(placements) for _, placements in parts) == rows
    assert cells.montage(page, boxes, 300)[0].shape[0] > cells.MAX_SIDE  # one montage would not do
