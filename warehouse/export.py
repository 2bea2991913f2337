"""``saraban export``: the warehouse as Parquet, so other engines and machines read it.

Every table (``schemas.ALL_TABLES``: the contract tables, ``sources``, ``pages``,
``review_flags``, ``people``, ``person_mentions``, ``ingest_errors`` and ``meta``) is written
by DuckDB's ``COPY ... TO ... (FORMAT parquet)`` as ``DIR/<table>.parquet``. With a partition
column (``fiscal_year``), each table that has that column and holds rows is written instead
as the folder ``DIR/<table>/`` with one Hive partition per value (``fiscal_year=2567/``,
``fiscal_year=NULL/``), the column itself kept in the files; the other tables stay one file.
What an earlier export left for a table (its file or its folder) is replaced."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from schemas import ALL_TABLES, table_columns

PARTITION_COLUMNS = ("fiscal_year",)
COMPRESSION = "zstd"


@dataclass(frozen=True, slots=True)
class Exported:
    table: str
    path: Path  # the file, or the folder of partitions
    rows: int
    partitioned: bool


def export_tables() -> list[str]:
    return [model.__table__ for model in ALL_TABLES]


def _has_column(table: str, column: str) -> bool:
    model = next(m for m in ALL_TABLES if m.__table__ == table)
    return any(name == column for name, _ in table_columns(model))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def copy_statement(table: str, target: Path, partition_by: str | None = None) -> str:
    """The ``COPY`` that writes ``table`` to ``target`` (a file, or with ``partition_by`` a
    folder of Hive partitions keeping the column in the files)."""
    options = [f"FORMAT parquet, COMPRESSION {COMPRESSION}"]
    if partition_by:
        options.append(f'PARTITION_BY ("{partition_by}"), WRITE_PARTITION_COLUMNS true, OVERWRITE')
    return f'COPY "{table}" TO {_literal(str(target))} ({", ".join(options)})'


def read_statement(exported: Exported) -> str:
    """A ``SELECT *`` over what was written for one table (any DuckDB reads it)."""
    if exported.partitioned:
        glob = _literal(str(exported.path / "**" / "*.parquet"))
        return f"SELECT * FROM read_parquet({glob}, hive_partitioning = false)"
    return f"SELECT * FROM read_parquet({_literal(str(exported.path))})"


def export_parquet(
    con: duckdb.DuckDBPyConnection, folder: Path, partition_by: str | None = None
) -> list[Exported]:
    """Write every table to ``folder`` as Parquet; returns what was written, table by table."""
    if partition_by is not None and partition_by not in PARTITION_COLUMNS:
        raise ValueError(f"cannot partition by {partition_by!r}: one of {', '.join(PARTITION_COLUMNS)}")
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Exported] = []
    for table in export_tables():
        count = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        rows = int(count[0]) if count else 0
        partitioned = bool(partition_by and rows and _has_column(table, partition_by))
        file, parts = folder / f"{table}.parquet", folder / table
        # what an earlier export wrote for this table in the other layout
        if partitioned:
            file.unlink(missing_ok=True)
        elif parts.is_dir():
            shutil.rmtree(parts)
        target = parts if partitioned else file
        con.execute(copy_statement(table, target, partition_by if partitioned else None))
        written.append(Exported(table, target, rows, partitioned))
    return written
