"""End to end: files into a temporary DuckDB warehouse, then queried."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.run import ingest
from schemas import RECORD_TABLES, SourceRow
from tests.conftest import one_page_document, seed
from tests.conftest import run_cli as _cli
from warehouse.ddl import check_schema
from warehouse.load import connect, load_source

TEXT = """บันทึกข้อความ
ส่วนราชการ กองช่าง องค์การบริหารส่วนตำบลทุ่งหญ้าคา
ที่ ทค 71001/88 วันที่ ๙ ม.ค. ๒๕๖๗
เรื่อง ขออนุมัติซ่อมแซมถนน
เรียน นายกองค์การบริหารส่วนตำบลทุ่งหญ้าคา
ด้วยถนนสายบ้านโคกชำรุด จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ
(นายวีระ มั่นคง)
ผู้อำนวยการกองช่าง
"""


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = ["sources", "documents", *(m.__table__ for m in RECORD_TABLES), "ingest_errors"]
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # type: ignore[index]
    finally:
        con.close()


def test_every_contract_table_exists_with_the_models_columns(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    assert check_schema(con) == []
    assert con.execute("SELECT value FROM meta WHERE key = 'contract_version'").fetchone() == ("1",)
    con.close()


def test_ingest_is_idempotent(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "memo.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    first = ingest([tmp_path / "in"], db, settings)
    before = _counts(db)
    second = ingest([tmp_path / "in"], db, settings)
    assert first.loaded == 1 and (second.loaded, second.unchanged) == (0, 1)
    assert _counts(db) == before
    assert before["documents"] == 1


def test_bad_files_are_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "utf8.txt").write_text(TEXT, encoding="utf-8")
    (folder / "thai-windows.txt").write_bytes(TEXT.encode("cp874"))
    db = tmp_path / "w.duckdb"
    result = _cli("ingest", str(folder), "--db", str(db), "--workers", "2")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    con = duckdb.connect(str(db), read_only=True)
    errors = con.execute("SELECT path, stage, error FROM ingest_errors ORDER BY path").fetchall()
    assert [Path(p).name for p, _, _ in errors] == ["binary.txt", "empty.txt"]
    assert all(error and "\n" not in error for _, _, error in errors)
    statuses = dict(con.execute("SELECT regexp_extract(path, '[^/]+$'), status FROM sources").fetchall())
    assert statuses == {
        "empty.txt": "failed",
        "binary.txt": "failed",
        "utf8.txt": "ok",
        "thai-windows.txt": "ok",
    }
    # The cp874 and UTF-8 copies give the same records.
    docs = con.execute(
        "SELECT doc_type, title, organization, doc_date, text FROM documents d JOIN sources s USING (source_id) "
        "ORDER BY s.path"
    ).fetchall()
    assert len(docs) == 2 and docs[0] == docs[1]
    con.close()


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    result = _cli("ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    result = _cli("query", "SELECT * FROM no_such_table", "--db", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2


def test_a_failed_load_leaves_the_previous_state(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    now = dt.datetime(2024, 1, 1)
    source = SourceRow(source_id="s1", path="a.txt", status="ok", ingested_at=now)
    doc = one_page_document("d1", "s1", doc_type="other")
    load_source(con, source, [doc], [])
    with pytest.raises(duckdb.Error):
        load_source(con, source, [doc, doc], [])  # duplicate primary key midway
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM sources").fetchone() == (1,)
    con.close()


@pytest.mark.shared
def test_seeds_load_and_reingest_changes_nothing(tmp_path: Path, shared: Path) -> None:
    db = tmp_path / "seeds.duckdb"
    result = _cli("ingest", str(shared / "seeds"), "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM sources WHERE status = 'ok'").fetchone() == (3,)
    con.close()
    before = _counts(db)
    assert _cli("ingest", str(shared / "seeds"), "--db", str(db)).returncode == 0
    assert _counts(db) == before


@pytest.mark.shared
def test_seed_in_cp874_gives_the_same_records(tmp_path: Path, shared: Path, settings: Settings) -> None:
    original = seed(shared, "000")
    copy = tmp_path / "in" / "cp874.txt"
    copy.parent.mkdir()
    copy.write_bytes(original.read_text(encoding="utf-8").encode("cp874", errors="replace"))
    db = tmp_path / "w.duckdb"
    ingest([original, copy], db, settings)
    con = duckdb.connect(str(db), read_only=True)
    per_source = con.execute(
        "SELECT s.path, count(*) FROM documents d JOIN sources s USING (source_id) GROUP BY 1"
    ).fetchall()
    assert len(per_source) == 2 and per_source[0][1] == per_source[1][1]
    con.close()
