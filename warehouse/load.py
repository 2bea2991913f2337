"""Stage 7, load: many sources per transaction, appended as columns.

A batch of sources loads in one transaction: it first removes every row those sources (and
the earlier versions of their files) loaded before, found by the indexed ``source_id`` every
source's table carries, then appends each table's rows for the whole batch in one
``INSERT ... SELECT unnest(column), ...`` (each column one list). Rows come as columns
(``schemas.Columns``, made from the validated models in the worker that read the source), so
this process joins lists and builds no model per row. Re-ingesting the same bytes
replaces rather than duplicates, and a failure midway rolls back to the previous state: the
caller then loads the batch's sources one by one, so a bad source costs only itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np

from pipeline.errors import UsageError
from schemas import (
    ALL_TABLES,
    PEOPLE_TABLES,
    RECORD_TABLES,
    SOURCE_TABLES,
    Columns,
    Document,
    IngestError,
    PageRow,
    Row,
    SourceRow,
    table_columns,
    to_columns,
)
from warehouse.ddl import STORAGE_VERSION, create_schema

DEFAULT_MEMORY_MB = 256


def connect(db_path: Path | str, memory_limit_mb: int = DEFAULT_MEMORY_MB) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the warehouse and make sure every table exists. A file
    that exists but is not a Saraban warehouse (no ``meta.contract_version``) is refused
    before anything is written to it; so is a path whose folder cannot be made. DuckDB's
    memory is capped at ``memory_limit_mb`` (0: DuckDB's default, most of the RAM); beyond
    it, it spills to disk. A new file is written in storage format ``STORAGE_VERSION``, which
    the DuckDB 1.5 CLI opens; a warehouse written before in a newer format is rewritten in it
    (once: a copy of the whole file)."""
    config: dict[str, str | bool | int | float | list[str]] = {
        "storage_compatibility_version": STORAGE_VERSION
    }
    if memory_limit_mb:
        config["memory_limit"] = f"{memory_limit_mb}MB"
    if str(db_path) == ":memory:":
        con = duckdb.connect(":memory:", config=config)
        create_schema(con)
        return con
    path = Path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create the warehouse at {path}: {err.strerror or type(err).__name__}") from None
    existing = path.exists() and path.stat().st_size > 0
    try:
        con = duckdb.connect(str(path), config=config)
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
    if existing and _newer_storage(storage_version(con)):
        con = _rewrite_storage(con, path, config)
    try:
        create_schema(con)
    except BaseException:
        con.close()
        raise
    return con


def storage_version(con: duckdb.DuckDBPyConnection) -> str:
    """The storage format of the database ``con`` has open (``v1.5.0+``, ``v2.0.0+``)."""
    row = con.execute(
        "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return str(row[0]) if row and row[0] else ""


def _version_key(version: str) -> tuple[int, ...]:
    digits = version.lstrip("v").rstrip("+").split(".")
    return tuple(int(d) for d in digits if d.isdigit())


def _newer_storage(version: str) -> bool:
    """Written in a format newer than ``STORAGE_VERSION`` (the 1.5 CLI cannot open it)."""
    return bool(version) and _version_key(version) > _version_key(STORAGE_VERSION)


def _rewrite_storage(
    con: duckdb.DuckDBPyConnection, path: Path, config: dict[str, str | bool | int | float | list[str]]
) -> duckdb.DuckDBPyConnection:
    """Copy the warehouse into a new file in ``STORAGE_VERSION`` beside it, put that in its
    place and open it. The original stays untouched until the copy is complete."""
    fresh = path.with_name(f".{path.name}.rewrite")
    for leftover in (fresh, fresh.with_name(fresh.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        (name,) = con.execute("SELECT current_database()").fetchone() or ("",)
        con.execute(f"ATTACH '{_sql_text(str(fresh))}' AS rewritten (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute(f'COPY FROM DATABASE "{name}" TO rewritten')
        con.execute("DETACH rewritten")
    except BaseException:
        con.close()
        fresh.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(fresh, path)
    return duckdb.connect(str(path), config=config)


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


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
    """Append ``rows`` to ``model``'s table in one statement, column by column."""
    if rows:
        insert_columns(con, model, to_columns(rows)[model.__table__])


_INSERTS: dict[type[Row], tuple[str, tuple[bool, ...]]] = {}
_FRAME = "_saraban_columns"


def _insert_sql(model: type[Row]) -> tuple[str, tuple[bool, ...]]:
    """The append statement of ``model``'s table, reading the registered columns ``c0, c1, ...``
    each cast to its column's type; and which columns are decimals."""
    found = _INSERTS.get(model)
    if found is None:
        typed = table_columns(model)
        quoted = ", ".join(f'"{name}"' for name, _ in typed)
        casts = ", ".join(f"CAST(c{i} AS {sql})" for i, (_, sql) in enumerate(typed))
        decimals = tuple(sql.startswith("DECIMAL") for _, sql in typed)
        found = _INSERTS[model] = (f"INSERT INTO {model.__table__} ({quoted}) SELECT {casts} FROM {_FRAME}", decimals)
    return found


def _decimal_text(value: object) -> object:
    # a Decimal goes as text: DuckDB would guess the column's scale and precision from the
    # first values it sees and refuse a later, longer one
    return value if value is None else format(value, "f")


def insert_columns(con: duckdb.DuckDBPyConnection, model: type[Row], columns: list[list[object]]) -> None:
    """Append rows given as columns (one list per column of ``model``'s table, in order) in
    one statement: each column becomes a NumPy array of the Python values, DuckDB scans the
    arrays as a table (``register``) and each column is cast to its type. Strings reach DuckDB
    without a Python value per cell (about 5x faster than list parameters for page texts)."""
    if not columns or not columns[0]:
        return
    sql, decimals = _insert_sql(model)
    frame = {}
    for i, (column, decimal) in enumerate(zip(columns, decimals, strict=True)):
        values = map(_decimal_text, column) if decimal else column
        frame[f"c{i}"] = np.fromiter(values, dtype=object, count=len(column))
    con.register(_FRAME, frame)
    try:
        con.execute(sql)
    finally:
        with contextlib.suppress(duckdb.Error):
            con.unregister(_FRAME)


def delete_sources(con: duckdb.DuckDBPyConnection, source_ids: Sequence[str]) -> None:
    """Delete these sources and every row they loaded. Every lookup is by an index
    (``source_id``; a record table's ``doc_id``), so the cost does not grow with the warehouse."""
    if not source_ids:
        return
    ids = [list(source_ids)]
    docs = con.execute("SELECT doc_id FROM documents WHERE source_id IN (SELECT unnest($1))", ids).fetchall()
    if docs:
        doc_ids = [[doc_id for (doc_id,) in docs]]
        for model in RECORD_TABLES:
            con.execute(f"DELETE FROM {model.__table__} WHERE doc_id IN (SELECT unnest($1))", doc_ids)
    for table in (*(m.__table__ for m in SOURCE_TABLES), SourceRow.__table__):
        con.execute(f"DELETE FROM {table} WHERE source_id IN (SELECT unnest($1))", ids)


@dataclass(slots=True)
class SourceLoad:
    """One source's rows, ready to load: as columns (``columns``, what a worker sends) and/or
    as models (``documents``, ``rows``, ``pages``, ``errors``); ``error`` set: a failed source
    (its ``sources`` row and that one ``ingest_errors`` row; an earlier good load of its bytes
    stays)."""

    source: SourceRow
    documents: list[Document] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    pages: list[PageRow] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    error: IngestError | None = None
    columns: Columns = field(default_factory=dict)


_BY_TABLE: dict[str, type[Row]] = {model.__table__: model for model in ALL_TABLES}
# the order tables are appended in
_LOAD_ORDER: tuple[type[Row], ...] = (Document, PageRow, *RECORD_TABLES, IngestError)


def _joined(loads: Sequence[SourceLoad]) -> Columns:
    """The rows of ``loads``, table by table, as one set of columns."""
    out: Columns = {}
    for load in loads:
        to_columns(load.documents, out)
        to_columns(load.pages, out)
        to_columns(load.rows, out)
        to_columns(load.errors, out)
        for table, columns in load.columns.items():
            if table not in _BY_TABLE:
                raise ValueError(f"rows for an unknown table {table!r}")
            mine = out.get(table)
            if mine is None:
                out[table] = [list(column) for column in columns]
            else:
                for into, column in zip(mine, columns, strict=True):
                    into.extend(column)
    return out


def load_batch(con: duckdb.DuckDBPyConnection, loads: Sequence[SourceLoad]) -> list[list[str]]:
    """Load these sources in one transaction: each replaces what its bytes loaded before and
    every other source read from the same file (an earlier version of it). Returns, for each
    load, the ids of those other sources, the last good one first (its ``supersedes`` is set
    to the first). The sources must differ in ``source_id`` and ``abs_path``. Any error rolls
    the whole batch back and is raised."""
    con.execute("BEGIN TRANSACTION")
    try:
        replaced = _load_batch(con, loads)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return replaced


def _load_batch(con: duckdb.DuckDBPyConnection, loads: Sequence[SourceLoad]) -> list[list[str]]:
    good = [load for load in loads if load.error is None]
    replaced = _superseded(con, [load.source for load in good])
    present = _present(con, [load.source.source_id for load in good])
    delete_sources(con, list(dict.fromkeys([*present, *(sid for ids in replaced for sid in ids)])))
    sources = [
        load.source.model_copy(update={"supersedes": ids[0]}) if ids and load.source.supersedes is None else load.source
        for load, ids in zip(good, replaced, strict=True)
    ]
    insert_rows(con, SourceRow, sources)
    joined = _joined(good)
    for model in _LOAD_ORDER:
        insert_columns(con, model, joined.pop(model.__table__, []))
    for table, columns in joined.items():  # a table rows do not usually come for (people, meta)
        insert_columns(con, _BY_TABLE[table], columns)
    for load in loads:
        if load.error is not None:
            _record_failure(con, load.source, load.error)
    out = iter(replaced)
    return [next(out) if load.error is None else [] for load in loads]


def _present(con: duckdb.DuckDBPyConnection, source_ids: Sequence[str]) -> list[str]:
    """Those of ``source_ids`` the warehouse holds a ``sources`` row for."""
    if not source_ids:
        return []
    sql = "SELECT source_id FROM sources WHERE source_id IN (SELECT unnest($1))"
    return [sid for (sid,) in con.execute(sql, [list(source_ids)]).fetchall()]


def _superseded(con: duckdb.DuckDBPyConnection, sources: Sequence[SourceRow]) -> list[list[str]]:
    """For each source, the other sources read from its file (the same ``abs_path``, or a row
    written before ``abs_path`` existed with the same ``path``), the last good one first."""
    files = [s.abs_path for s in sources if s.abs_path is not None]
    if not files:
        return [[] for _ in sources]
    names = [name for s in sources if s.abs_path is not None for name in (s.path, s.abs_path)]
    found = con.execute(
        """SELECT source_id, abs_path, path, status = 'failed', ingested_at FROM sources
           WHERE abs_path IN (SELECT unnest($1)) OR (abs_path IS NULL AND path IN (SELECT unnest($2)))""",
        [files, names],
    ).fetchall()
    if not found:
        return [[] for _ in sources]
    epoch = dt.datetime.min
    out: list[list[str]] = []
    for source in sources:
        if source.abs_path is None:
            out.append([])
            continue
        names_here = {source.path, source.abs_path}
        others = [
            (failed, -(ingested - epoch).total_seconds() if ingested else 0.0, sid)
            for sid, abs_path, path, failed, ingested in found
            if sid != source.source_id and (abs_path == source.abs_path or (abs_path is None and path in names_here))
        ]
        out.append([sid for _, _, sid in sorted(others)])
    return out


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
    load = SourceLoad(source, list(documents), list(rows), list(pages), list(errors))
    return load_batch(con, [load])[0]


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
    delete_sources(con, ids)
    return ids


def _record_failure(con: duckdb.DuckDBPyConnection, source: SourceRow, error: IngestError) -> None:
    loaded = con.execute(
        "SELECT count(*) FROM sources WHERE source_id = ? AND status <> 'failed'",
        [source.source_id],
    ).fetchone()
    if loaded and loaded[0]:
        con.execute("DELETE FROM ingest_errors WHERE source_id = ?", [source.source_id])
    else:
        stale = [source.source_id]
        if source.abs_path is not None:  # an older failure of the same file is stale; a good load stays
            where, params = _same_file(source)
            found = con.execute(f"SELECT source_id FROM sources WHERE status = 'failed' AND {where}", params)
            stale += [sid for (sid,) in found.fetchall()]
        delete_sources(con, stale)
        insert_rows(con, SourceRow, [source])
    insert_rows(con, IngestError, [error])


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
        delete_sources(con, ids)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return len(ids)
