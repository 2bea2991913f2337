"""``saraban export DIR``: every table as Parquet (one file per table, or Hive partitions by
fiscal year), read back with DuckDB and with the DuckDB 1.5 CLI to the same row counts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.conftest import run_cli
from tests.test_cli_compat import duckdb_cli
from warehouse.export import Exported, export_parquet, export_tables, read_statement
from warehouse.load import row_counts


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = row_counts(con)
        meta = con.execute("SELECT count(*) FROM meta").fetchone()
        counts["meta"] = int(meta[0]) if meta else 0
        return counts
    finally:
        con.close()


def _read_back(written: list[Exported]) -> dict[str, int]:
    con = duckdb.connect()
    try:
        counts = {}
        for item in written:
            row = con.execute(f"SELECT count(*) FROM ({read_statement(item)})").fetchone()
            counts[item.table] = int(row[0]) if row else -1
        return counts
    finally:
        con.close()


def test_every_table_is_one_parquet_file_with_all_its_rows(samples_warehouse: Path, tmp_path: Path) -> None:
    con = duckdb.connect(str(samples_warehouse), read_only=True)
    try:
        written = export_parquet(con, tmp_path / "out")
        # the same rows, not only as many: documents and budgets compared value by value
        for table in ("documents", "budgets", "sources"):
            path = tmp_path / "out" / f"{table}.parquet"
            diff = con.execute(
                f"SELECT count(*) FROM ((SELECT * FROM {table} EXCEPT ALL SELECT * FROM '{path}') "
                f"UNION ALL (SELECT * FROM '{path}' EXCEPT ALL SELECT * FROM {table}))"
            ).fetchone()
            assert diff == (0,), table
    finally:
        con.close()
    assert [item.table for item in written] == export_tables()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{t}.parquet" for t in export_tables())
    counts = _counts(samples_warehouse)
    assert {item.table: item.rows for item in written} == {t: counts[t] for t in export_tables()}
    assert _read_back(written) == {t: counts[t] for t in export_tables()}


def test_export_partitioned_by_fiscal_year_from_the_command_line(samples_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    (out / "documents.parquet").parent.mkdir(parents=True)
    (out / "documents.parquet").write_bytes(b"left by an earlier export")
    done = run_cli("export", str(out), "--db", str(samples_warehouse), "--partition-by", "fiscal_year")
    assert done.returncode == 0, done.stderr
    assert "documents" in done.stdout and "partitioned" in done.stdout
    assert not (out / "documents.parquet").exists()  # replaced by the folder of partitions
    years = sorted(p.name for p in (out / "budgets").iterdir())
    assert years and all(name.startswith("fiscal_year=") for name in years)
    assert (out / "sources.parquet").is_file()  # no fiscal_year: one file
    counts = _counts(samples_warehouse)
    con = duckdb.connect()
    try:
        for table in ("documents", "budgets", "projects", "ita_scores"):
            glob = out / table / "**" / "*.parquet"
            row = con.execute(f"SELECT count(*), count(fiscal_year) FROM read_parquet('{glob}', hive_partitioning = true)").fetchone()
            assert row is not None and row[0] == counts[table], table
        per_year = con.execute(
            f"SELECT fiscal_year, count(*) FROM read_parquet('{out}/budgets/**/*.parquet', hive_partitioning = true) GROUP BY ALL"
        ).fetchall()
        assert sum(n for _, n in per_year) == counts["budgets"] and len(per_year) == len(years)
    finally:
        con.close()


def test_the_duckdb_cli_reads_the_export(samples_warehouse: Path, tmp_path: Path) -> None:
    cli = duckdb_cli()
    con = duckdb.connect(str(samples_warehouse), read_only=True)
    try:
        flat = export_parquet(con, tmp_path / "flat")
        parts = export_parquet(con, tmp_path / "parts", "fiscal_year")
    finally:
        con.close()
    counts = _counts(samples_warehouse)
    for written in (flat, parts):
        sql = "; ".join(f"SELECT '{item.table}', count(*) FROM ({read_statement(item)})" for item in written)
        done = subprocess.run([cli, "-csv", "-noheader", "-c", sql], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        read = {table: int(n) for table, n in (line.split(",") for line in done.stdout.splitlines())}
        assert read == {t: counts[t] for t in export_tables()}


def test_export_without_a_warehouse_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("export", str(tmp_path / "out"), "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 2 and "no warehouse" in done.stderr and "Traceback" not in done.stderr
    with pytest.raises(ValueError, match="cannot partition"):
        export_parquet(duckdb.connect(), tmp_path, "office")
