"""The development corpus's renderer (scripts/make_corpus.py): text typed with spaces prints
as an office's word processor prints it, not as artefacts of our own."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

from PIL import ImageFont

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
assert _spec and _spec.loader
make_corpus = importlib.util.module_from_spec(_spec)
sys.modules["make_corpus"] = make_corpus
_spec.loader.exec_module(make_corpus)


def aligned(text: str) -> list[list[str]]:
    """The rows of the text's space-aligned runs, as the cells a table of them would have."""
    return [row for kind, lines in make_corpus.blocks(text) if kind == "tabbed"
            for row in make_corpus.aligned_rows([str(line) for line in lines])]


def test_a_surname_after_two_spaces_stays_with_its_given_name() -> None:
    rows = aligned(
        "\n".join(
            [
                "๑.  นายก อบต.ห้วยงาม                                   ประธานกรรมการ",
                "     นายสุพจน์  ใจคำ",
                "๒.  ผู้ทรงคุณวุฒิ                                         รองประธานกรรมการ",
                "     นายหม่อง  ส่างคำ",
            ]
        )
    )
    assert rows == [
        ["๑.", "นายก อบต.ห้วยงาม\nนายสุพจน์  ใจคำ", "ประธานกรรมการ"],
        ["๒.", "ผู้ทรงคุณวุฒิ\nนายหม่อง  ส่างคำ", "รองประธานกรรมการ"],
    ]


def test_unnumbered_lines_of_four_columns_print_as_a_table_and_an_outdented_line_ends_a_run() -> None:
    text = "\n".join(
        [
            "  นางพรพิมล ศรีสวัสดิ์        ปลัดเทศบาล           นายชาญ บุญเกิด        รองปลัดเทศบาล",
            "  นางสาวสุนันทา เกตุแก้ว     หน.สป.              นางอัมพร พึ่งทอง          ผอ.กองคลัง",
            "  นายวีระ ชูเชิด            พนักงานขับรถยนต์       นางสาวเบญจ นาค  ผช.จพง.ธุรการ",
            "เริ่มประชุมเวลา  ๑๐.๐๐  น.",
        ]
    )
    kinds = [kind for kind, _ in make_corpus.blocks(text)]
    assert kinds == ["tabbed", "p"]
    assert aligned(text)[0] == ["นางพรพิมล ศรีสวัสดิ์", "ปลัดเทศบาล", "นายชาญ บุญเกิด", "รองปลัดเทศบาล"]


def test_a_short_line_indented_past_the_page_keeps_its_line() -> None:
    html = make_corpus.to_html(" " * 86 + "ลำดับที่ ๑\n" + " " * 8 + "ย่อหน้า", "Sarabun")
    indents = [float(part.split("pt")[0]) for part in html.split("padding-left:")[1:]]
    capped = make_corpus.LINE_PT - make_corpus._width("ลำดับที่ ๑") * make_corpus.CHAR_PT
    assert indents[0] < 86 * make_corpus.SPACE_PT and indents[0] == round(capped, 1)  # capped
    assert indents[1] == round(8 * make_corpus.SPACE_PT, 1)  # an ordinary indent is kept


def test_aligned_lines_print_at_tab_stops_that_clear_their_cells() -> None:
    """A list typed with spaces prints as a typist sets it in Word: one tab stop per column,
    right of every cell before it, each cell after as many tabs as reach its stop."""
    lines = [
        "    ๑.  นายสมชาย  ใจดี              ปลัดเทศบาล                 ประธานกรรมการ",
        "    ๒.  นางสาวพรรณี  ศรีสวัสดิ์      ผู้อำนวยการกองคลัง          กรรมการ",
        "    ๓.  นายเอก  ทอง                 นักวิชาการเงินและบัญชี        กรรมการและเลขานุการ",
    ]
    laid = make_corpus.tab_stops(lines, "Sarabun", make_corpus.TEXT_WIDTH_CM / 2.54 * 72)
    assert laid is not None
    points, stops, rows = laid
    assert points in (make_corpus.BODY_POINTS, make_corpus.TABLE_POINTS) and stops == sorted(stops) and len(stops) == 4
    assert [text for _, _, text in rows[1]] == ["๒.", "นางสาวพรรณี  ศรีสวัสดิ์", "ผู้อำนวยการกองคลัง", "กรรมการ"]
    assert [tabs for _, tabs, _ in rows[0]] == [1, 1, 1, 1]  # the first stop is the list's indent
    font = ImageFont.truetype(str(make_corpus.FONTS["sarabun"][1]), round(points * 10))
    for row in rows:  # no cell runs into the next one's stop
        for (x, _, text), (after, _, _) in itertools.pairwise(row):
            assert x + font.getlength(text) / 10 < after


def test_a_list_too_wide_for_tab_stops_prints_as_a_table_without_rulings() -> None:
    lines = ["๑.  " + "ก" * 30 + "  " + "ข" * 30 + "  " + "ค" * 30 + "  ง"] * 3
    assert make_corpus.tab_stops(lines, "Sarabun", 468.0) is None


def test_a_year_header_is_merged_over_its_month_columns() -> None:
    rows = [
        ["ที่", "โครงการ", "งบประมาณ", "พ.ศ. 2568", "", "", "พ.ศ. 2569", "", ""],
        ["", "", "(บาท)", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค."],
        ["1", "โครงการอบรม", "30,000", "", "✔", "", "", "", ""],
    ]
    assert make_corpus.header_spans(rows, 9) == {(0, 3): 3, (0, 6): 3}
    html = make_corpus.to_html("\n".join("\t".join(row) for row in rows), "Sarabun")
    assert "<td colspan='3'>พ.ศ. 2568</td><td colspan='3'>พ.ศ. 2569</td>" in html
