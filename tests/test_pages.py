"""The ``pages`` table: one row per source page, loaded and replaced with its source."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.config import Settings
from pipeline.model import Page
from pipeline.run import ingest, page_rows
from schemas import PageRow, table_columns
from tests.conftest import SAMPLES

MEMO = """บันทึกข้อความ
ส่วนราชการ กองช่าง องค์การบริหารส่วนตำบลทุ่งหญ้าคา
ที่ ทค 71001/88 วันที่ ๙ ม.ค. ๒๕๖๗
เรื่อง ขออนุมัติซ่อมแซมถนน
เรียน นายกองค์การบริหารส่วนตำบลทุ่งหญ้าคา
\fด้วยถนนสายบ้านโคกชำรุด จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ
(นายวีระ มั่นคง)
ผู้อำนวยการกองช่าง
"""


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_model_is_the_tables_columns() -> None:
    assert [name for name, _ in table_columns(PageRow)] == [
        "source_id", "page_no", "method", "reason", "ocr_confidence", "text"
    ]
    assert dict(table_columns(PageRow))["ocr_confidence"] == "DOUBLE"


def test_a_text_file_gives_a_row_per_page_with_its_untouched_text(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "memo.txt").write_text(MEMO, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest([tmp_path / "memo.txt"], db, settings)
    rows = _rows(db, "SELECT page_no, method, reason, ocr_confidence, text FROM pages ORDER BY page_no")
    first, second = MEMO.split("\f")
    assert rows == [(1, "text", None, None, first), (2, "text", None, None, second)]
    # Every record traces to its page's text with one join.
    traced = _rows(
        db,
        "SELECT m.subject, p.text FROM memos m JOIN documents d USING (doc_id) "
        "JOIN pages p ON p.source_id = d.source_id AND p.page_no = m.page_no",
    )
    assert len(traced) == 1 and "ซ่อมแซมถนน" in str(traced[0][1])


def test_pages_are_replaced_with_their_source(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(MEMO, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest([path], db, settings)
    ingest([path], db, settings)
    assert _rows(db, "SELECT count(*) FROM pages") == [(2,)]
    path.write_text(MEMO.replace("\f", ""), encoding="utf-8")  # other bytes at the same path: it replaces
    ingest([path], db, settings)
    assert _rows(db, "SELECT count(*) FROM pages") == [(1,)]
    # A failed source has no pages.
    (tmp_path / "empty.txt").write_bytes(b"")
    ingest([tmp_path / "empty.txt"], db, settings)
    assert _rows(db, "SELECT count(*) FROM pages JOIN sources USING (source_id) WHERE status = 'failed'") == [(0,)]


def test_a_text_layer_pdf_gives_pdf_text_pages(tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "w.duckdb"
    ingest([SAMPLES / "pdf" / "01_memo_khlongsai.pdf"], db, settings)
    rows = _rows(db, "SELECT method, reason, ocr_confidence, length(text) > 0 FROM pages")
    assert rows and all(row == ("pdf_text", None, None, True) for row in rows)
    assert _rows(db, "SELECT pages FROM sources") == [(len(rows),)]


def test_ocr_pages_keep_their_reason_and_confidence() -> None:
    pages = [
        Page(page_no=1, text="ก", method="pdf_text"),
        Page(page_no=2, text="ข", method="ocr", reason="no text layer", confidence=87.5),
        Page(page_no=3, text="ค", method="pdf_text", reason="read by PDFium (unknown glyphs)"),
        Page(page_no=4, text="bad \udc80", method="ocr"),
    ]
    rows = page_rows("s" * 64, pages, "application/pdf")
    assert [(r.method, r.reason, r.ocr_confidence) for r in rows] == [
        ("pdf_text", None, None),
        ("ocr", "no text layer", 87.5),
        ("pdf_text", "read by PDFium (unknown glyphs)", None),
        ("ocr", None, None),
    ]
    assert rows[3].text == "bad ?"
    (image,) = page_rows("s" * 64, [Page(page_no=1, text="ก", method="ocr")], "image/png")
    assert image.reason == "an image: no text layer"
