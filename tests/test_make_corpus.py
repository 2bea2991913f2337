"""The development corpus's renderer (scripts/make_corpus.py): text typed with spaces prints
as an office's word processor prints it, not as artefacts of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
assert _spec and _spec.loader
make_corpus = importlib.util.module_from_spec(_spec)
sys.modules["make_corpus"] = make_corpus
_spec.loader.exec_module(make_corpus)


def aligned(text: str) -> list[list[str]]:
    return [row for kind, rows in make_corpus.blocks(text) if kind == "aligned" for row in rows]  # type: ignore[misc]


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
    assert kinds == ["aligned", "p"]
    assert aligned(text)[0] == ["นางพรพิมล ศรีสวัสดิ์", "ปลัดเทศบาล", "นายชาญ บุญเกิด", "รองปลัดเทศบาล"]


def test_a_short_line_indented_past_the_page_keeps_its_line() -> None:
    html = make_corpus.to_html(" " * 79 + "ลำดับที่ ๑\n" + " " * 8 + "ย่อหน้า", "Sarabun")
    indents = [float(part.split("em")[0]) for part in html.split("padding-left:")[1:]]
    assert indents[0] < 79 * 0.35 and indents[0] + make_corpus._width("ลำดับที่ ๑") * 0.6 <= make_corpus.LINE_EM  # capped
    assert indents[1] == 8 * 0.35  # an ordinary indent is kept
