"""End to end on the shipped samples: every table filled, budget checks, the README's queries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.run import ingest
from schemas import ALL_TABLES
from tests.conftest import ROOT, SAMPLES

FILLED_BY_SAMPLES = [m.__table__ for m in ALL_TABLES if m.__table__ != "ingest_errors"]


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    summary = ingest(sorted(SAMPLES.glob("*.txt")), db, Settings(workers=1))
    assert not summary.failures, summary.failures
    return db


@pytest.fixture
def con(samples_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(samples_db), read_only=True)
    yield connection
    connection.close()


@pytest.mark.parametrize("table", FILLED_BY_SAMPLES)
def test_samples_fill_every_table(con: duckdb.DuckDBPyConnection, table: str) -> None:
    (count,) = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    assert count > 0, f"{table} is empty after ingesting samples/"


def test_every_sample_loads_ok(con: duckdb.DuckDBPyConnection) -> None:
    statuses = dict(con.execute("SELECT path, status FROM sources").fetchall())
    assert len(statuses) == len(list(SAMPLES.glob("*.txt")))
    assert set(statuses.values()) == {"ok"}, statuses


def test_budget_checks_flag_the_plan_that_does_not_add_up(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT check_kind, organization, stated_thb, expected_thb, sheet_no FROM budget_checks "
        "WHERE mismatch ORDER BY check_kind, sheet_no"
    ).fetchall()
    assert ("plan_total", "องค์การบริหารส่วนตำบลห้วยน้ำใส", Decimal("80000.00"), Decimal("75000.00"), None) in rows
    assert ("sheet", "องค์การบริหารส่วนตำบลห้วยน้ำใส", Decimal("35000.00"), Decimal("30000.00"), 2) in rows
    balanced = con.execute(
        "SELECT mismatch FROM budget_checks WHERE check_kind = 'plan_total' AND organization = 'เทศบาลตำบลดอนมะขาม'"
    ).fetchall()
    assert balanced == [(False,)]


def readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sql\n(.*?)```", readme, flags=re.S)]


@pytest.mark.parametrize("sql", readme_queries(), ids=lambda sql: " ".join(sql.split())[:50])
def test_readme_queries_run_and_return_rows(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    rows = con.execute(sql).fetchall()
    if "count(DISTINCT year) >= 2" in sql:
        return  # no one in the samples sits in two years: tests/test_people.py runs it with rows
    assert rows, "the README query returned nothing on the samples"
