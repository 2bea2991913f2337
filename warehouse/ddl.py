"""The warehouse schema, derived from the pydantic models in ``schemas/``."""

from __future__ import annotations

from importlib.resources import files

import duckdb

from schemas import ALL_TABLES, RECORD_TABLES, SOURCE_TABLES, ddl_for, table_columns

CONTRACT_VERSION = "1"

# The storage format the warehouse file is written in: the newest that the DuckDB CLI analysts
# install from the package registry (`duckdb-cli` 1.5.x) reads. duckdb 2.0 writes v2.0.0 by
# default, which DuckDB 1.x refuses ("version number 69, but we can only read versions between
# 64 and 68"). A file keeps the format it was created in; ``warehouse.load.connect`` rewrites an
# older warehouse written in a newer one.
STORAGE_VERSION = "v1.5.0"


def schema_statements() -> list[str]:
    return [ddl_for(model) for model in ALL_TABLES]


def index_statements() -> list[str]:
    """Indexes that let replacing or removing a source find its rows without scanning a
    table: ``source_id`` where a table has it, ``doc_id`` of every record table (a source's
    records are those of its documents)."""
    keyed = [(model, "source_id") for model in SOURCE_TABLES] + [(model, "doc_id") for model in RECORD_TABLES]
    return [
        f"CREATE INDEX IF NOT EXISTS {model.__table__}_{column} ON {model.__table__} ({column})"
        for model, column in keyed
    ]


def views_sql() -> str:
    return files("warehouse").joinpath("views.sql").read_text(encoding="utf-8")


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every contract table (if missing), the views, and ``meta``."""
    for statement in schema_statements():
        con.execute(statement)
    add_missing_columns(con)
    for statement in index_statements():
        con.execute(statement)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('contract_version', ?)", [CONTRACT_VERSION])
    for statement in split_sql(views_sql()):
        con.execute(statement)


def add_missing_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Add the columns a model gained since the warehouse was written (``sources.abs_path``,
    ``parser_version``, ``supersedes``) at the end of its table, NULL in the old rows.
    Returns 'table.column' for each column added."""
    added: list[str] = []
    for model in ALL_TABLES:
        present = {
            name
            for (name,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [model.__table__]
            ).fetchall()
        }
        for name, sql in table_columns(model):
            if name not in present:
                con.execute(f'ALTER TABLE {model.__table__} ADD COLUMN "{name}" {sql}')
                added.append(f"{model.__table__}.{name}")
    return added


def split_sql(script: str) -> list[str]:
    """Statements of a script separated by ``;`` at a line end (our views contain none inside)."""
    body = "\n".join(line for line in script.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";\n") if s.strip().rstrip(";").strip()]


def check_schema(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Differences between the warehouse's tables and the models (empty when they agree)."""
    problems: list[str] = []
    for model in ALL_TABLES:
        rows = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [model.__table__],
        ).fetchall()
        expected = [(name, _canonical(sql)) for name, sql in table_columns(model)]
        actual = [(name, _canonical(typ)) for name, typ in rows]
        if actual != expected:
            problems.append(f"{model.__table__}: expected {expected}, found {actual}")
    return problems


def _canonical(sql_type: str) -> str:
    """DuckDB reports TEXT as VARCHAR."""
    return sql_type.replace(" ", "").upper().replace("TEXT", "VARCHAR")
