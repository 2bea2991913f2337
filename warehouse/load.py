"""Stage 7, load: one DuckDB transaction per source.

The transaction first removes every row the source loaded before, then inserts the new
ones, so re-ingesting the same bytes replaces rather than duplicates, and a failure midway
rolls back to the previous state.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb

from pipeline.errors import UsageError
from schemas import (
    PEOPLE_TABLES,
    RECORD_TABLES,
    Document,
    IngestError,
    PageRow,
    Row,
    SourceRow,
    table_columns,
)
from warehouse.ddl import create_schema


def connect(db_path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the warehouse and make sure every table exists. A file
    that exists but is not a Saraban warehouse (no ``meta.contract_version``) is refused
    before anything is written to it; so is a path whose folder cannot be made."""
    if str(db_path) == ":memory:":
        con = duckdb.connect(":memory:")
        create_schema(con)
        return con
    path = Path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create the warehouse at {path}: {err.strerror or type(err).__name__}") from None
    existing = path.exists() and path.stat().st_size > 0
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as err:
        if existing and "not a valid DuckDB database" in str(err):
            raise UsageError(f"{path} is not a Saraban warehouse (not a DuckDB file): pass another --db") from None
        raise UsageError(f"cannot open the warehouse at {path}: {_first(err)}") from None
    if existing and not is_warehouse(con):
        con.close()
        raise UsageError(
            f"{path} is a DuckDB file but not a Saraban warehouse (no meta.contract_version): "
            "refusing to write to it; pass another --db"
        )
    try:
        create_schema(con)
    except BaseException:
        con.close()
        raise
    return con


def _first(err: BaseException) -> str:
    return next((line for line in str(err).splitlines() if line.strip()), type(err).__name__)


def is_warehouse(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'contract_version'").fetchone()
    except duckdb.Error:
        return False
    return row is not None


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, keeping the error that made us roll back (a failed commit on a full disk
    has no transaction left to roll back)."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def insert_rows(con: duckdb.DuckDBPyConnection, model: type[Row], rows: Sequence[Row]) -> None:
    if not rows:
        return
    columns = [name for name, _ in table_columns(model)]
    placeholders = ", ".join("?" for _ in columns)
    quoted = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO {model.__table__} ({quoted}) VALUES ({placeholders})"
    con.executemany(sql, [[getattr(row, c) for c in columns] for row in rows])


def delete_source(con: duckdb.DuckDBPyConnection, source_id: str) -> None:
    doc_ids = "SELECT doc_id FROM documents WHERE source_id = ?"
    for model in RECORD_TABLES:
        con.execute(f"DELETE FROM {model.__table__} WHERE doc_id IN ({doc_ids})", [source_id])
    con.execute("DELETE FROM documents WHERE source_id = ?", [source_id])
    con.execute("DELETE FROM pages WHERE source_id = ?", [source_id])
    con.execute("DELETE FROM ingest_errors WHERE source_id = ?", [source_id])
    con.execute("DELETE FROM sources WHERE source_id = ?", [source_id])


def load_source(
    con: duckdb.DuckDBPyConnection,
    source: SourceRow,
    documents: Iterable[Document],
    rows: Iterable[Row],
    errors: Iterable[IngestError] = (),
    pages: Iterable[PageRow] = (),
) -> list[str]:
    """Replace everything ``source`` loaded before with these rows, atomically, and every
    other source read from the same file (an earlier version of it). Returns the ids of those
    other sources, the last good one first (``sources.supersedes``)."""
    by_table: dict[type[Row], list[Row]] = {}
    for row in rows:
        by_table.setdefault(type(row), []).append(row)
    con.execute("BEGIN TRANSACTION")
    try:
        delete_source(con, source.source_id)
        replaced = supersede(con, source)
        if replaced and source.supersedes is None:
            source = source.model_copy(update={"supersedes": replaced[0]})
        insert_rows(con, SourceRow, [source])
        insert_rows(con, Document, list(documents))
        insert_rows(con, PageRow, list(pages))
        for model in RECORD_TABLES:
            insert_rows(con, model, by_table.get(model, []))
        insert_rows(con, IngestError, list(errors))
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return replaced


def _same_file(source: SourceRow) -> tuple[str, list[str]]:
    """SQL and parameters matching the other sources read from ``source``'s file: the same
    ``abs_path``, or (a row written before ``abs_path`` existed) the same ``path``."""
    sql = "source_id <> ? AND (abs_path = ? OR (abs_path IS NULL AND path IN (?, ?)))"
    return sql, [source.source_id, source.abs_path or "", source.path, source.abs_path or source.path]


def supersede(con: duckdb.DuckDBPyConnection, source: SourceRow) -> list[str]:
    """Delete every other source read from ``source``'s file (an earlier version of an edited
    file, and its failures) with all their rows. Returns their ids, the last good one first."""
    if source.abs_path is None:
        return []
    where, params = _same_file(source)
    ids = [
        sid
        for (sid,) in con.execute(
            f"SELECT source_id FROM sources WHERE {where} ORDER BY status = 'failed', ingested_at DESC", params
        ).fetchall()
    ]
    for sid in ids:
        delete_source(con, sid)
    return ids


def record_failure(con: duckdb.DuckDBPyConnection, source: SourceRow, error: IngestError) -> None:
    """A source that failed: log the error; keep its earlier good load if there is one."""
    con.execute("BEGIN TRANSACTION")
    try:
        loaded = con.execute(
            "SELECT count(*) FROM sources WHERE source_id = ? AND status <> 'failed'",
            [source.source_id],
        ).fetchone()
        if loaded and loaded[0]:
            con.execute("DELETE FROM ingest_errors WHERE source_id = ?", [source.source_id])
        else:
            delete_source(con, source.source_id)
            if source.abs_path is not None:  # an older failure of the same file is stale; a good load stays
                where, params = _same_file(source)
                stale = con.execute(f"SELECT source_id FROM sources WHERE status = 'failed' AND {where}", params)
                for (sid,) in stale.fetchall():
                    delete_source(con, sid)
            insert_rows(con, SourceRow, [source])
        insert_rows(con, IngestError, [error])
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ["sources", "pages", "documents", *(m.__table__ for m in RECORD_TABLES)]
    tables += [*(m.__table__ for m in PEOPLE_TABLES), "ingest_errors"]
    counts: dict[str, int] = {}
    for table in tables:
        result = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        counts[table] = int(result[0]) if result else 0
    return counts


def loaded_sources(con: duckdb.DuckDBPyConnection, parser_version: str) -> dict[str, tuple[str, str | None]]:
    """source_id -> (path, abs_path) of every source loaded (``ok`` or ``partial``) by this
    parser version: what an ingest need not read again."""
    rows = con.execute(
        "SELECT source_id, path, abs_path FROM sources WHERE status IN ('ok', 'partial') AND parser_version = ?",
        [parser_version],
    ).fetchall()
    return {sid: (path, abs_path) for sid, path, abs_path in rows}


def sources_by_file(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """abs_path -> the source_ids read from that file (more than one: an older version or a
    failure beside the last good load)."""
    found: dict[str, list[str]] = {}
    for sid, abs_path in con.execute("SELECT source_id, abs_path FROM sources WHERE abs_path IS NOT NULL").fetchall():
        found.setdefault(abs_path, []).append(sid)
    return found


def move_source(con: duckdb.DuckDBPyConnection, source_id: str, path: str, abs_path: str) -> None:
    """An unchanged source seen at another path (a renamed or moved file): the path follows
    it, and a source that was at that path before (other bytes) goes."""
    con.execute("BEGIN TRANSACTION")
    try:
        row = con.execute("SELECT * FROM sources WHERE source_id = ?", [source_id]).fetchone()
        if row is not None:
            columns = [name for name, _ in table_columns(SourceRow)]
            moved = SourceRow(**dict(zip(columns, row, strict=True))).model_copy(update={"path": path, "abs_path": abs_path})
            supersede(con, moved)
            con.execute("UPDATE sources SET path = ?, abs_path = ? WHERE source_id = ?", [path, abs_path, source_id])
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


def sources_at(con: duckdb.DuckDBPyConnection, abs_path: str, shown: str) -> list[tuple[str, str, str | None]]:
    """(source_id, path, abs_path) of the sources read from the file ``abs_path`` or from files under
    the folder ``abs_path``; rows without ``abs_path`` match on ``path`` (``shown``) alike."""
    return [
        (sid, path, absolute)
        for sid, path, absolute in con.execute(
            """SELECT source_id, path, abs_path FROM sources
               WHERE abs_path = $a OR starts_with(abs_path, $a || '/')
                  OR (abs_path IS NULL AND (path = $s OR starts_with(path, $s || '/')))
               ORDER BY path""",
            {"a": abs_path.rstrip("/") or "/", "s": shown.rstrip("/") or "/"},
        ).fetchall()
    ]


def remove_sources(con: duckdb.DuckDBPyConnection, source_ids: Iterable[str]) -> int:
    """Delete these sources and every row they loaded, in one transaction."""
    ids = list(dict.fromkeys(source_ids))
    con.execute("BEGIN TRANSACTION")
    try:
        for sid in ids:
            delete_source(con, sid)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return len(ids)
