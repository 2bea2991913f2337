"""The ``saraban`` command as a user meets it: help, version, query output and errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from pipeline import __version__
from pipeline.cli import duckdb_message
from pipeline.config import Settings
from pipeline.run import ingest
from tests.conftest import SAMPLES, run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "w.duckdb"
    summary = ingest([SAMPLES / "02_minutes_nongbuadaeng.txt"], path, Settings(workers=1, ocr_cache_dir=None))
    assert not summary.failures
    return str(path)


def test_version_and_user_facing_help() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"saraban {__version__}"
    help_text = run_cli("--help").stdout
    assert "DuckDB warehouse" in help_text and "saraban ingest FOLDER" in help_text
    assert "nowhere else" not in help_text  # not the module's developer docstring


def test_query_in_a_pipe_prints_tsv_with_every_row(db: str) -> None:
    result = run_cli("query", "SELECT * FROM range(250) t(n)", "--db", db)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "n" and len(lines) == 251 and "┃" not in result.stdout
    assert result.stderr == ""


def test_tsv_escapes_tabs_and_newlines_and_leaves_null_empty(db: str) -> None:
    result = run_cli("query", "SELECT 'a\tb' AS x, 'c' || chr(10) || 'd' AS y, NULL AS z", "--db", db)
    assert result.stdout.splitlines() == ["x\ty\tz", "a\\tb\tc\\nd\t"]


def test_a_cut_result_says_so_on_stderr(db: str) -> None:
    result = run_cli("query", "SELECT * FROM range(250) t(n)", "--db", db, "--limit", "10")
    assert len(result.stdout.splitlines()) == 11
    assert result.stderr.strip() == "showing 10 of 250 rows (--limit 0 prints all)"
    table = run_cli("query", "SELECT * FROM range(250) t(n)", "--db", db, "--format", "table")
    assert "┃" in table.stdout and "showing 200 of 250 rows" in table.stderr
    every = run_cli("query", "SELECT * FROM range(250) t(n)", "--db", db, "--format", "table", "--limit", "0")
    assert every.stderr == ""


def test_csv_and_json(db: str) -> None:
    sql = "SELECT full_name, seq FROM attendees ORDER BY status, seq LIMIT 3"
    rows = list(csv.reader(io.StringIO(run_cli("query", sql, "--db", db, "--format", "csv").stdout)))
    assert rows[0] == ["full_name", "seq"] and len(rows) == 4
    objects = json.loads(run_cli("query", sql, "--db", db, "-f", "json").stdout)
    assert [[o["full_name"], str(o["seq"])] for o in objects] == rows[1:]
    assert isinstance(objects[0]["seq"], int)


def test_a_query_error_keeps_duckdbs_hint_on_one_line(db: str) -> None:
    result = run_cli("query", "select * from memo", "--db", db)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert 'Did you mean "memos"?' in result.stderr and "LINE 1" not in result.stderr


def test_duckdb_message_drops_the_query_echo_and_carets() -> None:
    error = RuntimeError('Binder Error: column "x" not found\nCandidate bindings: "y"\n\nLINE 1: select x\n       ^')
    assert duckdb_message(error) == 'Binder Error: column "x" not found Candidate bindings: "y"'


def test_query_into_a_closed_pipe_is_quiet(db: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    script = f"{sys.executable} -m pipeline.cli query 'SELECT * FROM range(200000)' --db {db} | head -1"
    result = subprocess.run(["bash", "-c", f"{script}; echo ${{PIPESTATUS[0]}}"], capture_output=True, text=True)
    assert result.stdout.splitlines() == ["range", "0"]
    assert "Error" not in result.stderr
