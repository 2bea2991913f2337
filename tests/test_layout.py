"""The layout model's join of wrapped cells in unruled table rows (PDF text layer and OCR)."""

from __future__ import annotations

from pipeline.layout import PieceRow, fill_tick_columns, join_wrapped_rows
from pipeline.normalize import join_wrapped, own_cell


def row(top: float, *pieces: tuple[float, float, str], number_end: float | None = None) -> PieceRow:
    return PieceRow(pieces=list(pieces), top=top, bottom=top + 10, size=10, number_end=number_end)


def texts(rows: list[PieceRow]) -> list[list[str]]:
    return [[text for _, _, text in r.pieces] for r in rows]


def test_a_wrapped_cell_goes_back_to_its_row_and_the_next_numbered_row_stays() -> None:
    rows = [
        row(0, (10, 20, "1."), (30, 120, "นายสมศักดิ์ บุญ"), (140, 220, "ปลัด"), number_end=30),
        row(11, (30, 80, "ประเสริฐ"), (140, 200, "อบต.")),
        row(22, (10, 20, "2."), (30, 110, "นางวันเพ็ญ ศรีสุข"), (140, 220, "รองปลัด"), number_end=30),
    ]
    joined = join_wrapped_rows(rows, own_cell, join_wrapped)
    assert texts(joined) == [["1.", "นายสมศักดิ์ บุญประเสริฐ", "ปลัดอบต."], ["2.", "นางวันเพ็ญ ศรีสุข", "รองปลัด"]]


def test_values_blank_lines_and_lines_wider_than_the_cell_are_not_continuations() -> None:
    amount = [row(0, (10, 20, "1"), (30, 120, "โครงการอบรม"), (140, 200, "5,000"), number_end=30),
              row(11, (30, 80, "คุณธรรม"), (140, 190, "3,000"))]
    assert len(join_wrapped_rows(amount, own_cell, join_wrapped)) == 2  # an amount is its own row's
    gap = [row(0, (10, 20, "1"), (30, 120, "โครงการ"), (140, 200, "ก"), number_end=30), row(40, (30, 80, "ต่อ"))]
    assert len(join_wrapped_rows(gap, own_cell, join_wrapped)) == 2  # a blank line between
    wide = [row(0, (10, 40, "เรียน"), (60, 200, "นายกเทศมนตรี")), row(11, (60, 400, "ด้วยกองคลังมีความจำเป็น"))]
    assert len(join_wrapped_rows(wide, own_cell, join_wrapped)) == 2  # a paragraph, not a cell


def test_a_typed_line_that_ran_to_the_margin_is_not_a_table_row() -> None:
    rows = [
        row(0, (10, 20, "1."), (30, 150, "นายชาญชัย มีสุข"), (200, 400, "ผู้อำนวยการกอง คณะ"), number_end=30),
        row(11, (10, 60, "ทำงาน")),
        row(22, (10, 200, "ผู้ร่วมประชุม ...")),
    ]
    assert len(join_wrapped_rows(rows, own_cell, join_wrapped)) == 3


def test_a_line_the_producer_broke_at_a_space_goes_on_below_its_start_not_in_a_cell() -> None:
    # a browser broke a preformatted line of columns at a space short of the edge (the text's
    # right edge is 500): the rest under the row's start is that line's, not a wrapped name
    lines = [
        row(0, (10, 150, "1. นายประเสริฐ แสงคำ"), (200, 300, "ผู้อำนวยการกอง"), number_end=30),
        row(11, (10, 140, "ประจำสำนักงาน")),
        row(22, (10, 500, "ผู้เข้าร่วมประชุม ...")),
    ]
    assert len(join_wrapped_rows(lines, own_cell, join_wrapped)) == 2  # typed, no space after: a cell
    lines[0] = PieceRow(lines[0].pieces, 0, 10, 10, number_end=30, spaced=frozenset({1}))
    assert len(join_wrapped_rows(lines, own_cell, join_wrapped)) == 3


def test_blank_tick_columns_are_made_explicit_and_misread_ticks_restored() -> None:
    # a plan's rows: name (joined from wrapped lines, so longer than its column), budget, ticks
    def row(top: float, *pieces: tuple[float, str]) -> PieceRow:
        return PieceRow(pieces=[(x, x + 10, t) for x, t in pieces], top=top, bottom=top + 10, size=10)

    rows = [
        row(0, (0, "1"), (20, "โครงการส่งเสริมการปฏิบัติตามประมวลจริยธรรม"), (200, "45000"), (300, "✓"), (340, "✓")),
        row(20, (0, "2"), (20, "กิจกรรมจัดทำคู่มือ"), (200, "12,500"), (380, "✓")),
        row(40, (0, "3"), (20, "โครงการจัดทำแผนที่ภาษี"), (200, "150,000"), (300, "✓"), (340, "4"), (420, "✓")),
        row(60, (0, "4"), (20, "มาตรการเผยแพร่"), (200, "ไม่ใช้งบประมาณ")),  # ticks nothing: left alone
    ]
    fill_tick_columns(rows, lambda t: t == "✓", "✓", "☐", 10)
    marks = [[t for _, _, t in r.pieces if t in "✓☐"] for r in rows]
    assert marks == [["✓", "✓", "☐", "☐"], ["☐", "☐", "✓", "☐"], ["✓", "✓", "☐", "✓"], []]
    # a text layer has no misreads: a short value in a tick column stays what it is
    rows = [row(0, (0, "1"), (300, "✓"), (340, "-")), row(20, (0, "2"), (340, "✓"))]
    fill_tick_columns(rows, lambda t: t == "✓", None, "☐", 10)
    assert [t for _, _, t in rows[0].pieces] == ["1", "✓", "-"]


def test_an_amount_its_narrow_cell_wrapped_is_one_number_again() -> None:
    # as a copier scan of a narrow budget column prints them
    assert join_wrapped("๒", "๕,๐๐๐") == "๒๕,๐๐๐"
    assert join_wrapped("8,500.0", "0") == "8,500.00"
    assert join_wrapped("รวม ๖", "๗,๐๐๐ บาท") == "รวม ๖๗,๐๐๐ บาท"
    # numbers that do not make one amount stay apart
    assert join_wrapped("ปี 2568", "2 เรื่อง") == "ปี 2568 2 เรื่อง"
    assert join_wrapped("ข้อ 12", "000") == "ข้อ 12 000"
    assert join_wrapped("งบ 12,000", "บาท") == "งบ 12,000 บาท"


def test_the_next_attendance_list_label_is_no_wrapped_name() -> None:
    # as LibreOffice lays out an unruled numbered list: a row whose cells wrapped, then the
    # label of the next list at the margin, under the row number
    for text in ("ผู้ไม่มาประชุม", "ผ้้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "ผู้มาประชุม"):
        assert own_cell(text)
    assert not own_cell("ผู้อำนวยการกองคลัง")


def test_a_last_cell_centred_in_its_row_is_taken_from_the_line_below() -> None:
    # a browser centres a table cell in its row's height: a one-line reason stands on the
    # second line of a two-line row, right of everything the first line holds
    rows = [
        row(0, (10, 20, "1."), (30, 120, "นางสาวกมลวรรณ ใจซื่อ"), (140, 260, "นักวิเคราะห์นโยบายและแผน"), number_end=30),
        row(11, (140, 200, "ปฏิบัติการ"), (300, 360, "(ไปราชการ)")),
    ]
    joined = join_wrapped_rows(rows, own_cell, join_wrapped)
    assert texts(joined) == [["1.", "นางสาวกมลวรรณ ใจซื่อ", "นักวิเคราะห์นโยบายและแผนปฏิบัติการ", "(ไปราชการ)"]]
