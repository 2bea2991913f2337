"""The warehouse opens in the DuckDB CLI analysts install from the package registry
(`duckdb-cli` 1.5.x, a dev dependency), although Saraban writes it with duckdb 2.0: the file
is created in storage format ``warehouse.ddl.STORAGE_VERSION``, and one written before in a
newer format is rewritten in it when Saraban next opens it to write."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse.ddl import STORAGE_VERSION
from warehouse.load import connect, row_counts, storage_version


def duckdb_cli() -> str:
    """The `duckdb` command beside this Python (the venv's, from the `duckdb-cli` wheel),
    else on PATH; the test is skipped when there is none or it is not a 1.x CLI."""
    beside = Path(sys.executable).with_name("duckdb")
    found = str(beside) if beside.exists() else shutil.which("duckdb")
    if found is None:
        pytest.skip("the DuckDB CLI is not installed (pip install duckdb-cli, a dev dependency)")
    version = subprocess.run([found, "-version"], capture_output=True, text=True, timeout=60).stdout.strip()
    if not version.startswith("v1."):
        pytest.skip(f"{found} is DuckDB {version or '(unknown)'}, not the 1.x CLI of the package registry")
    return found


def cli(db: Path, sql: str) -> list[str]:
    """Run ``sql`` in the CLI on ``db`` opened read-only; the result as CSV lines, no header."""
    done = subprocess.run(
        [duckdb_cli(), "-readonly", str(db), "-csv", "-noheader", "-c", sql],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_cli_answers_a_query_on_the_warehouse(samples_warehouse: Path) -> None:
    con = duckdb.connect(str(samples_warehouse), read_only=True)
    try:
        assert storage_version(con) == f"{STORAGE_VERSION}+"
        documents, sources = row_counts(con)["documents"], row_counts(con)["sources"]
    finally:
        con.close()
    assert documents > 0
    assert cli(samples_warehouse, "SELECT count(*) FROM documents") == [str(documents)]
    assert cli(samples_warehouse, "SELECT count(*) FROM sources") == [str(sources)]
    # the views bind in the older DuckDB too
    assert len(cli(samples_warehouse, "SELECT check_kind, count(*) FROM budget_checks GROUP BY ALL")) >= 1
    assert cli(samples_warehouse, "SELECT count(*) > 0 FROM meeting_resolutions") == ["true"]


def test_a_warehouse_written_in_a_newer_format_is_rewritten_for_the_cli(
    samples_warehouse: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))  # duckdb 2.0's default: a format the 1.5 CLI refuses
    con.execute(f"ATTACH '{samples_warehouse}' AS w (READ_ONLY)")
    con.execute("COPY FROM DATABASE w TO old")
    con.execute("DETACH w")
    assert storage_version(con) == "v2.0.0+"
    before = row_counts(con)
    con.close()
    refused = subprocess.run(
        [duckdb_cli(), "-readonly", str(old), "-c", "SELECT 1"], capture_output=True, text=True, timeout=120
    )
    assert refused.returncode != 0 and "version" in refused.stderr

    con = connect(old)  # what ingest and remove do
    try:
        assert storage_version(con) == f"{STORAGE_VERSION}+"
        assert row_counts(con) == before
        indexes = con.execute("SELECT count(*) FROM duckdb_indexes()").fetchone()
        assert indexes and indexes[0] > 0  # the source_id / doc_id indexes came along
    finally:
        con.close()
    assert not list(tmp_path.glob(".*rewrite*"))
    assert cli(old, "SELECT count(*) FROM documents") == [str(before["documents"])]

    inode = old.stat().st_ino
    connect(old).close()  # already in the CLI's format: opened as it is, not copied again
    assert old.stat().st_ino == inode
