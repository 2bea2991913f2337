"""kill -9 of the whole ingest at random moments (issue 15): the warehouse still opens, no
row is there twice, and a re-run completes with the rows of an ingest never interrupted."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from tests.conftest import ROOT, SAMPLES

TABLES = ("sources", "documents", "pages", "ingest_errors")



def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "--db", str(db), "--workers", "2", "--ocr-cache", str(db.parent / "ocr")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _contents(db: Path) -> dict[str, int]:
    """Rows per table; asserts that no row is there twice (by its key, or whole)."""
    from schemas import RECORD_TABLES

    keys = {"sources": "source_id", "documents": "doc_id", "pages": "source_id, page_no", "ingest_errors": "source_id"}
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = {}
        for table in (*TABLES, *(model.__table__ for model in RECORD_TABLES)):
            key = keys.get(table, "*")
            (total,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()  # type: ignore[misc]
            (distinct,) = con.execute(f"SELECT count(*) FROM (SELECT DISTINCT {key} FROM {table})").fetchone()  # type: ignore[misc]
            assert total == distinct, f"{table}: {total - distinct} rows twice"
            counts[table] = total
        (paths,) = con.execute("SELECT count(*) - count(DISTINCT path) FROM sources").fetchone()  # type: ignore[misc]
        assert paths == 0
        return counts
    finally:
        con.close()


def test_kill_9_of_the_ingest_at_random_moments(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        (folder / sample.name).write_bytes(sample.read_bytes())
        (folder / f"edited-{sample.name}").write_bytes(sample.read_bytes() + b"\n")
    (folder / "notes.txt").write_text("minutes to follow\n")  # a failure row too
    clean = tmp_path / "clean.duckdb"
    process = _ingest(folder, clean)
    assert process.wait(timeout=120) == 1, process.stderr.read() if process.stderr else ""
    expected = _contents(clean)

    db = tmp_path / "w.duckdb"
    rng = random.Random(15)
    found = 0
    for _ in range(5):
        process = _ingest(folder, db)
        time.sleep(rng.uniform(0.3, 4.0))  # before the warehouse exists, mid-load, or done
        os.killpg(process.pid, signal.SIGKILL)  # the CLI and its workers
        process.wait(timeout=30)
        if db.exists():
            _contents(db)  # opens, and no row twice
            found += 1
    assert found >= 2  # most kills came after the warehouse was made
    process = _ingest(folder, db)
    assert process.wait(timeout=120) == 1
    assert _contents(db) == expected


def test_kill_9_of_a_worker_mid_batch_fails_its_source_alone(tmp_path: Path) -> None:
    """A worker killed from outside while it OCRs a scan: that source fails in one line, the
    others load, the CLI exits 1."""
    import psutil

    folder = tmp_path / "in"
    folder.mkdir()
    texts = sorted(SAMPLES.glob("*.txt"))[:4]
    for sample in texts:
        (folder / sample.name).write_bytes(sample.read_bytes())
    scan = SAMPLES / "pdf" / "03_minutes_wangtakhian.scan.pdf"
    (folder / scan.name).write_bytes(scan.read_bytes())
    db = tmp_path / "w.duckdb"
    process = _ingest(folder, db)
    killed = None
    deadline = time.monotonic() + 60
    while killed is None and time.monotonic() < deadline and process.poll() is None:
        for child in psutil.Process(process.pid).children(recursive=True):
            try:
                if "tesseract" not in child.name():
                    continue  # the worker reading the scan runs it
                with_worker = child.parent()
            except psutil.NoSuchProcess:
                continue  # (a page's tesseract may end between the listing and the look)
            if with_worker is not None and with_worker.pid != process.pid:
                killed = with_worker.pid
                os.kill(killed, signal.SIGKILL)
                break
        time.sleep(0.05)
    assert killed is not None, "no worker was seen OCR'ing the scan"
    assert process.wait(timeout=120) == 1
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT regexp_extract(path, '[^/]+$'), status FROM sources").fetchall())
    errors = con.execute("SELECT stage, error FROM ingest_errors").fetchall()
    con.close()
    assert rows == {**{sample.name: "ok" for sample in texts}, scan.name: "failed"}
    assert errors == [("extract", "worker died: signal 9")]
