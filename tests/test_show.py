"""``saraban show``: a source, its pages, documents, records and review flags, from a real
warehouse of the samples (and one file that fails)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

from pipeline.show import describe, find, render_rich
from tests.conftest import SAMPLES, run_cli

MEMO = SAMPLES / "01_memo_khlongsai.txt"
MINUTES = SAMPLES / "02_minutes_nongbuadaeng.txt"
PLAN = SAMPLES / "05_action_plan_huainamsai.txt"


@pytest.fixture(scope="module")
def warehouse(samples_warehouse: Path) -> Path:
    return samples_warehouse


def show(db: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("show", *args, "--db", str(db))
    return result.returncode, result.stdout, result.stderr


def source_id(db: Path, path: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT source_id FROM sources WHERE path LIKE ?", [f"%{path.name}"]).fetchone()
    assert row
    return str(row[0])


def test_a_file_shows_its_source_pages_documents_and_records(warehouse: Path) -> None:
    code, out, err = show(warehouse, str(MINUTES))
    assert code == 0 and err == ""
    assert "\x1b[" not in out and "│" not in out  # plain text in a pipe
    assert out.startswith(f"source {MINUTES}\n")
    assert f"source_id   {source_id(warehouse, MINUTES)}\n" in out
    assert "status      ok\n" in out and "extraction  text\n" in out
    assert "pages (4)\n" in out and "  page  method  reason  OCR confidence  characters\n" in out
    assert "  1     text    -       -" in out
    assert "documents (3)\n" in out
    assert "  1. memo, page 1" in out and "  2. minutes, pages 2-3" in out and "  3. attendance_sheet, page 4" in out
    assert "    meetings (1)\n" in out and "2/2567      2024-03-05" in out
    assert "    attendees (8, first 5)\n" in out and "สมศักดิ์ บุญประเสริฐ" in out
    assert "    resolutions (6, first 5)\n" in out and "approved_with_changes" in out
    assert "review flags: none" in out


def test_all_records_with_rows_zero(warehouse: Path) -> None:
    code, out, _ = show(warehouse, str(MINUTES), "--rows", "0")
    assert code == 0 and "    attendees (8)\n" in out and "    resolutions (6)\n" in out


def test_review_flags_are_shown_with_their_document(warehouse: Path) -> None:
    code, out, _ = show(warehouse, str(PLAN))
    assert code == 0
    plan = out.split("  1. action_plan")[1].split("  2. project_sheets")[0]
    assert "    review flags (1)\n" in plan
    assert "budgets.amount_thb" in plan and "80000.00" in plan and "the 6 rows add up to 75000.00" in plan
    assert "    projects (6, first 5)\n" in plan and "30,000.00" in plan


def test_a_source_id_its_prefix_and_a_doc_id(warehouse: Path) -> None:
    sid = source_id(warehouse, PLAN)
    _, by_path, _ = show(warehouse, str(PLAN))
    assert show(warehouse, sid)[1] == by_path
    assert show(warehouse, sid[:8])[1] == by_path
    code, out, _ = show(warehouse, f"{sid[:16]}-002")
    assert code == 0 and "documents (1 of 2)\n" in out
    assert "  2. project_sheets, pages 3-4" in out and ". action_plan" not in out
    assert "pages (2)\n" in out and "  3     text" in out  # the document's pages only


def test_a_moved_file_is_found_by_its_bytes(warehouse: Path, tmp_path: Path) -> None:
    copy = tmp_path / "renamed.txt"
    shutil.copy(MEMO, copy)
    code, out, _ = show(warehouse, str(copy))
    assert code == 0 and out.startswith(f"source {MEMO}\n")


def test_a_failed_source_shows_its_error(warehouse: Path) -> None:
    notes = warehouse.parent / "notes.txt"
    code, out, _ = show(warehouse, str(notes))
    assert code == 0
    assert "status      failed\n" in out and "error       no Thai text found" in out
    assert "errors (1)\n" in out and "  extract  no Thai text found" in out
    assert "documents (0)\n" in out


def test_text_prints_the_pages_as_read(warehouse: Path) -> None:
    code, out, _ = show(warehouse, str(MINUTES), "--text")
    pages = MINUTES.read_text(encoding="utf-8").split("\f")
    assert code == 0 and out.count("==> ") == len(pages) == 4
    assert out.startswith(f"==> {MINUTES} page 1 (text) <==\n")
    for page in pages:
        assert page.strip() in out
    code, out, _ = show(warehouse, str(MINUTES), "--text", "--page", "3")
    assert code == 0 and out.count("==> ") == 1 and pages[2].strip() in out
    code, out, _ = show(warehouse, str(MINUTES), "--page", "3")
    assert code == 0 and "pages (1)\n" in out and "documents (1 of 3)\n" in out and "2. minutes" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nosuch-file.txt"], "error: no file, source_id or doc_id 'nosuch-file.txt' in "),
        ([str(SAMPLES)], f"error: {SAMPLES} is a folder: name one file, a source_id or a doc_id"),
        ([str(SAMPLES / "README.md")], f"error: {SAMPLES / 'README.md'} is not in "),
        ([str(MEMO), "--page", "2"], f"error: {MEMO} has no page 2"),
        (["ffffffffffff"], "error: no file, source_id or doc_id 'ffffffffffff' in "),
    ],
)
def test_a_bad_argument_is_one_line_and_exit_2(warehouse: Path, args: list[str], message: str) -> None:
    code, out, err = show(warehouse, *args)
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1 and "Traceback" not in err


def test_no_warehouse_is_exit_2(tmp_path: Path) -> None:
    code, _, err = show(tmp_path / "none.duckdb", str(MEMO))
    assert code == 2 and err.startswith("error: no warehouse at ")


def test_a_terminal_gets_tables(warehouse: Path) -> None:
    console = Console(record=True, width=160, force_terminal=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        render_rich(describe(con, find(con, str(PLAN), warehouse)), console)
    text = console.export_text()
    assert "source_id" in text and "action_plan" in text and "the 6 rows add up to 75000.00" in text
    assert "─" in text
