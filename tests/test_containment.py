"""One bad source never costs the batch: load errors, values beyond the contract, paths that
are not UTF-8, workers that die or run too long, warehouses that are not ours."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

import pipeline.run
from pipeline.config import Settings
from pipeline.errors import UsageError, WorkerLostError, one_line
from pipeline.executor import LocalPoolExecutor, SerialExecutor
from pipeline.run import SourceResult, ingest, load_result, process_path
from pipeline.validate import validate
from schemas import Budget, Document, SourceRow, contract_problems
from tests.conftest import SAMPLES, one_page_document
from warehouse.load import connect

MEMO = SAMPLES / "01_memo_khlongsai.txt"
PLAN = SAMPLES / "05_action_plan_huainamsai.txt"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, check=False)


def _document(source_id: str = "s1") -> Document:
    return one_page_document(f"{source_id}-d1", source_id)


def _budget(amount: Decimal, source_id: str = "s1") -> Budget:
    return Budget(doc_id=f"{source_id}-d1", page_no=1, kind="plan_row", label="x", amount_thb=amount)


def test_values_beyond_the_columns_are_named() -> None:
    assert contract_problems(_budget(Decimal("15000.00"))) == []
    (problem,) = contract_problems(_budget(Decimal(10) ** 16))
    assert problem.startswith("budgets.amount_thb: a number of 17 digits") and "DECIMAL(18,2)" in problem
    doc = _document().model_copy(update={"title": "bad\udce9"})
    assert contract_problems(doc) == ["documents.title: text that is not valid Unicode (lone surrogates)"]


def test_a_record_beyond_the_contract_is_dropped_with_a_warning(tmp_path: Path) -> None:
    from pipeline.model import Parsed

    parsed = [Parsed(document=_document(), rows=[_budget(Decimal(10) ** 16), _budget(Decimal(500))])]
    checked, warnings = validate(parsed, pages=1)
    assert [row.amount_thb for row in checked[0].rows] == [Decimal(500)]  # type: ignore[attr-defined]
    assert warnings == ["budgets row dropped: budgets.amount_thb: a number of 17 digits, over the 16 that DECIMAL(18,2) holds"]


def test_a_load_error_fails_its_source_alone(tmp_path: Path) -> None:
    """A value that reaches DuckDB and is refused there: one ingest_errors row, stage load."""
    from pipeline.model import Parsed

    con = connect(tmp_path / "w.duckdb")
    now = dt.datetime(2024, 1, 1)
    bad = SourceResult(
        source=SourceRow(source_id="s1", path="plan.txt", status="ok", ingested_at=now),
        parsed=[Parsed(document=_document("s1"), rows=[_budget(Decimal(10) ** 17, "s1")])],
    )
    good = SourceResult(
        source=SourceRow(source_id="s2", path="good.txt", status="ok", ingested_at=now),
        parsed=[Parsed(document=_document("s2"), rows=[_budget(Decimal(100), "s2")])],
    )
    result = load_result(con, bad)
    assert result.failed and result.error is not None and result.error.stage == "load"
    assert result.error.error.startswith("cannot be stored:") and "\n" not in result.error.error
    assert not load_result(con, good).failed
    assert con.execute("SELECT source_id, status FROM sources ORDER BY 1").fetchall() == [("s1", "failed"), ("s2", "ok")]
    assert con.execute("SELECT source_id, stage FROM ingest_errors").fetchall() == [("s1", "load")]
    assert con.execute("SELECT count(*) FROM budgets").fetchone() == (1,)
    con.close()


def test_a_huge_amount_and_a_name_that_is_not_utf8_load_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = PLAN.read_text(encoding="utf-8").replace("๓๐,๐๐๐", "30,000,000,000,000,000")
    (folder / "huge.txt").write_text(text, encoding="utf-8")
    odd = os.fsdecode(bytes(folder) + b"/memo-\xe9\xff.txt")
    Path(odd).write_bytes(MEMO.read_bytes())
    (folder / "plan.txt").write_bytes(PLAN.read_bytes())
    db = tmp_path / "w.duckdb"
    summary = ingest([folder], db, Settings(workers=1, ocr_cache_dir=None))
    assert summary.failures == [] and summary.loaded == 3
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT regexp_extract(path, '[^/]+$'), status FROM sources").fetchall())
    assert rows == {"huge.txt": "partial", "memo-\\xe9\\xff.txt": "ok", "plan.txt": "ok"}
    (error,) = con.execute("SELECT error FROM sources WHERE path LIKE '%huge.txt'").fetchone()  # type: ignore[misc]
    assert "budget" in error and "DECIMAL(18,2)" in error
    con.close()


# --- workers ----------------------------------------------------------------------------


def _work(item: str) -> str:
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "slow":
        time.sleep(30)
    if item == "hog":
        _ = bytearray(1024 * 1024 * 1024)
    return item.upper()


def test_a_worker_that_dies_or_hangs_costs_only_its_item() -> None:
    pool = LocalPoolExecutor(2, memory_limit_mb=512, timeout_s=3)
    items = ["a", "die", "b", "slow", "c", "hog", "d"]
    started = time.monotonic()
    results = sorted(pool.imap(_work, items, on_lost=lambda item, reason: f"{item}: {reason}"))
    assert time.monotonic() - started < 20
    assert results == [
        "A",
        "B",
        "C",
        "D",
        "die: worker died: signal 9",
        "hog: out of memory (over the 512 MB limit, --memory-limit)",
        "slow: timed out after 3 s (--timeout)",
    ]


def test_an_item_waiting_behind_a_lost_one_runs_on_another_worker() -> None:
    """A worker holds the next small item in its pipe while it runs one; when it dies, times
    out or runs out of memory, the waiting item (never started) is run by a fresh worker."""
    pool = LocalPoolExecutor(1, memory_limit_mb=512, timeout_s=2)
    items = ["die", "a", "slow", "b", "hog", "c"]
    results = sorted(pool.imap(_work, items, on_lost=lambda item, reason: f"{item}: {reason}"))
    assert results == [
        "A",
        "B",
        "C",
        "die: worker died: signal 9",
        "hog: out of memory (over the 512 MB limit, --memory-limit)",
        "slow: timed out after 2 s (--timeout)",
    ]


def _size(item: bytes) -> int:
    return len(item)


def test_big_items_go_only_to_idle_workers() -> None:
    big = [bytes(200_000 + i) for i in range(6)]  # bigger than a pipe holds: never queued behind another
    assert sorted(LocalPoolExecutor(2).imap(_size, big)) == [200_000 + i for i in range(6)]


def test_without_on_lost_a_lost_item_is_raised() -> None:
    with pytest.raises(WorkerLostError, match="worker died: signal 9"):
        list(LocalPoolExecutor(2).imap(_work, ["a", "die"]))


def _no_memory(item: str) -> str:
    if item == "hog":
        raise MemoryError
    return item


def test_in_process_running_out_of_memory_is_a_lost_item() -> None:
    results = SerialExecutor().imap(_no_memory, ["a", "hog"], on_lost=lambda item, reason: f"{item}: {reason}")
    assert list(results) == ["a", "hog: out of memory"]


def _dying_process_path(path: Path, settings: Settings, executor: object = None) -> SourceResult:
    if path.name.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    return process_path(path, settings)


def test_a_killed_worker_fails_its_source_and_the_run_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline.run, "process_path", _dying_process_path)  # workers are forked
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"memo{n}.txt").write_bytes(MEMO.read_bytes())
    (folder / "die.txt").write_bytes(PLAN.read_bytes())
    db = tmp_path / "w.duckdb"
    summary = ingest([folder], db, Settings(workers=2, ocr_cache_dir=None))
    assert summary.loaded == 4
    assert [(Path(p).name, reason) for p, reason in summary.failures] == [("die.txt", "extract: worker died: signal 9")]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status, count(*) FROM sources GROUP BY 1 ORDER BY 1").fetchall() == [
        ("failed", 1),
        ("ok", 1),  # the four memos are one source: the same bytes
    ]
    con.close()


# --- the warehouse, the cache, messages ------------------------------------------------


def test_a_database_that_is_not_a_warehouse_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.close()
    before = foreign.read_bytes()
    with pytest.raises(UsageError, match=r"not a Saraban warehouse \(no meta.contract_version\)"):
        connect(foreign)
    assert foreign.read_bytes() == before
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UsageError, match="not a Saraban warehouse"):
        connect(junk)
    result = _cli("ingest", str(MEMO), "--db", str(foreign), "--workers", "1")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    con = duckdb.connect(str(foreign), read_only=True)
    assert [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["customers"]
    con.close()


def test_a_db_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    result = _cli("ingest", str(MEMO), "--db", str(tmp_path / "f" / "w.duckdb"), "--workers", "1")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    assert "cannot create the warehouse" in result.stderr


def test_an_ocr_cache_that_cannot_be_written_runs_uncached(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")  # a folder that cannot be made, as a read-only mount
    settings, warning = pipeline.run.usable_cache(Settings(ocr_cache_dir=tmp_path / "file" / "cache"))
    assert settings.ocr_cache_dir is None and warning and warning.endswith("running without it")
    settings, warning = pipeline.run.usable_cache(Settings(ocr_cache_dir=tmp_path / "ok"))
    assert settings.ocr_cache_dir == tmp_path / "ok" and warning is None


def test_messages_carry_no_memory_address() -> None:
    assert one_line("cannot identify image file <_io.BytesIO object at 0x7f3a2b1c9d40>") == (
        "cannot identify image file"
    )
    assert one_line("freed twice at 0x7f3a2b1c9d40\nmore") == "freed twice at … more"
