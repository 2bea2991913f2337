"""``saraban show``: what Saraban read in one source and what it made of it.

``find`` turns what a user typed (a file path, a ``source_id`` or a prefix of one, a
``doc_id``) into the sources to show; ``describe`` reads them from the warehouse into
``Block``s; ``render_plain`` lays the blocks out as aligned plain text (a pipe, a file) and
``render_rich`` as rich tables (a terminal).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table

from pipeline.errors import UsageError
from pipeline.run import absolute_path
from schemas import RECORD_TABLES, ReviewFlag

# The fields that say which record a row is, per record table (the gold files' keys, and
# what a reader looks for first).
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "memos": ("page_no", "ref_no", "memo_date", "subject", "signer_name"),
    "meetings": ("page_no", "session_no", "meeting_date", "title"),
    "attendees": ("page_no", "status", "seq", "prefix", "full_name", "position"),
    "agenda_items": ("page_no", "item_no", "title"),
    "resolutions": ("page_no", "item_no", "seq", "outcome", "text"),
    "projects": ("page_no", "seq", "dimension", "name", "budget_thb"),
    "project_sheets": ("page_no", "sheet_no", "name", "budget_thb", "project_seq"),
    "budgets": ("page_no", "kind", "label", "amount_thb", "fiscal_year"),
    "orders": ("page_no", "order_no", "order_date", "subject", "signer_name"),
    "committee_members": ("page_no", "group_name", "seq", "full_name", "role"),
    "ita_scores": ("page_no", "fiscal_year", "instrument", "indicator_no", "indicator", "score"),
    "measures": ("page_no", "seq", "measure", "responsible"),
}
RECORD_NAMES = [model.__table__ for model in RECORD_TABLES if model is not ReviewFlag]
WIDTH = 60  # a cell is cut to this many columns (the text itself: --text)
_SOURCE_ID = re.compile(r"[0-9a-f]{6,64}")


@dataclass(frozen=True, slots=True)
class Target:
    """The sources to show and, when a document was named, that document alone."""

    source_ids: list[str]
    doc_id: str | None = None


@dataclass(slots=True)
class Block:
    """One piece of the output: a heading, ``key: value`` fields, a grid or a note."""

    kind: str  # "heading" | "fields" | "grid" | "note"
    indent: int = 0
    text: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def find(con: duckdb.DuckDBPyConnection, what: str, db: Path | str) -> Target:
    """The sources ``what`` names: a ``doc_id``, a ``source_id`` (or a prefix of one, at least
    6 hex digits), a file (by its absolute path, else by its bytes) or a path as loaded
    (the file may be gone). A file seen at several loads (a failed edit kept beside the good
    load) gives every one of them, newest first. Raises ``UsageError`` when nothing matches."""
    doc = con.execute("SELECT source_id FROM documents WHERE doc_id = ?", [what]).fetchone()
    if doc:
        return Target([doc[0]], what)
    newest = "ORDER BY ingested_at DESC, source_id"
    if _SOURCE_ID.fullmatch(what.lower()):
        ids = [
            row[0]
            for row in con.execute(
                f"SELECT source_id FROM sources WHERE starts_with(source_id, ?) {newest}", [what.lower()]
            ).fetchall()
        ]
        if len(ids) == 1:
            return Target(ids)
        if len(ids) > 1:
            raise UsageError(f"{what} is the start of {len(ids)} source ids in {db}: give more of it")
    path = Path(what)
    ids = [
        row[0]
        for row in con.execute(
            f"SELECT source_id FROM sources WHERE abs_path = ? OR path = ? {newest}", [absolute_path(path), what]
        ).fetchall()
    ]
    if ids:
        return Target(ids)
    if path.is_file():
        try:
            with open(path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError as error:
            raise UsageError(f"cannot read {what}: {error.strerror or error}") from None
        if con.execute("SELECT 1 FROM sources WHERE source_id = ?", [digest]).fetchone():
            return Target([digest])
        raise UsageError(f"{what} is not in {db}: `saraban ingest {what} --db {db}` loads it")
    if path.exists():
        raise UsageError(f"{what} is a folder: name one file, a source_id or a doc_id")
    raise UsageError(f"no file, source_id or doc_id {what!r} in {db}")


def cell(value: Any, width: int = WIDTH) -> str:
    """A value as one short line: NULL as ``-``, lists joined with `` | ``, newlines as spaces,
    cut to ``width`` display columns with ``…``."""
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        text = " | ".join(cell(item, 0) for item in value)
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ", timespec="seconds")
    elif isinstance(value, dt.date | dt.time):
        text = value.isoformat()
    elif isinstance(value, float):
        text = f"{value:.1f}"
    elif isinstance(value, Decimal):
        text = f"{value:,.2f}"
    else:
        text = str(value)
    text = " ".join(text.split())
    if width and cell_len(text) > width:
        while cell_len(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def describe(
    con: duckdb.DuckDBPyConnection, target: Target, page: int | None = None, rows: int = 5
) -> list[Block]:
    """The blocks ``saraban show`` prints for ``target``: per source its row, its errors, its
    pages, then its documents (or the one named) with their records and review flags.
    ``page`` keeps the pages and documents of that page only; ``rows`` caps the records listed
    per table (0: all)."""
    tables = _tables(con)
    blocks: list[Block] = []
    for source_id in target.source_ids:
        blocks += _source(con, source_id, tables, page, rows, target.doc_id)
    return blocks


def _source(
    con: duckdb.DuckDBPyConnection,
    source_id: str,
    tables: set[str],
    page: int | None,
    rows: int,
    doc_id: str | None,
) -> list[Block]:
    (source,) = _dicts(con.execute("SELECT * FROM sources WHERE source_id = ?", [source_id]))
    blocks = [Block("heading", text=f"source {source['path']}")]
    fields = [
        ("source_id", source_id),
        ("path", cell(source.get("abs_path") or source["path"], 0)),
        ("status", cell(source["status"])),
    ]
    if source["error"]:
        fields.append(("error", cell(source["error"], 0)))
    fields += [
        ("media type", cell(source["media_type"])),
        ("extraction", cell(source["extraction"])),
        ("pages", cell(source["pages"])),
        ("ingested", cell(source["ingested_at"])),
    ]
    if source.get("parser_version"):
        fields.append(("parser", cell(source["parser_version"])))
    if source.get("supersedes"):
        fields.append(("replaced", f"{source['supersedes']} (an earlier version of this file)"))
    blocks.append(Block("fields", fields=fields))

    errors = con.execute(
        "SELECT stage, error FROM ingest_errors WHERE source_id = ? ORDER BY \"at\"", [source_id]
    ).fetchall()
    if errors:
        blocks.append(Block("heading", text=f"errors ({len(errors)})"))
        blocks.append(Block("grid", indent=2, columns=["stage", "error"], rows=[[s, cell(e, 0)] for s, e in errors]))

    documents = _dicts(
        con.execute(
            "SELECT doc_id, segment_no, doc_type, title, organization, doc_date, fiscal_year, page_start, page_end "
            "FROM documents WHERE source_id = ? ORDER BY segment_no",
            [source_id],
        )
    )
    shown = [d for d in documents if doc_id in (None, d["doc_id"])]
    if page is not None:
        shown = [d for d in shown if d["page_start"] <= page <= d["page_end"]]
    first, last = page or 1, page or 10**9
    if doc_id is not None and shown:
        first, last = max(first, shown[0]["page_start"]), min(last, shown[0]["page_end"])

    if "pages" in tables:
        pages = con.execute(
            "SELECT page_no, method, reason, ocr_confidence, length(text) FROM pages "
            "WHERE source_id = ? AND page_no BETWEEN ? AND ? ORDER BY page_no",
            [source_id, first, last],
        ).fetchall()
        blocks.append(Block("heading", text=f"pages ({len(pages)})"))
        if pages:
            blocks.append(
                Block(
                    "grid",
                    indent=2,
                    columns=["page", "method", "reason", "OCR confidence", "characters"],
                    rows=[[cell(v, 0) for v in row] for row in pages],
                )
            )
    else:
        blocks.append(Block("note", text="pages: not recorded (this warehouse was written before the pages table)"))

    title = f"documents ({len(shown)} of {len(documents)})" if len(shown) != len(documents) else (
        f"documents ({len(documents)})"
    )
    blocks.append(Block("heading", text=title))
    for doc in shown:
        blocks += _document(con, doc, tables, rows)
    return blocks


def _document(con: duckdb.DuckDBPyConnection, doc: dict[str, Any], tables: set[str], rows: int) -> list[Block]:
    pages = f"page {doc['page_start']}" if doc["page_start"] == doc["page_end"] else (
        f"pages {doc['page_start']}-{doc['page_end']}"
    )
    blocks = [Block("heading", indent=2, text=f"{doc['segment_no']}. {doc['doc_type']}, {pages}  ({doc['doc_id']})")]
    fields = [("title", cell(doc["title"], 0))]
    fields += [(name, cell(doc[name])) for name in ("organization", "doc_date", "fiscal_year") if doc[name] is not None]
    blocks.append(Block("fields", indent=4, fields=fields))
    counts: list[str] = []
    for table in RECORD_NAMES:
        if table not in tables:
            continue
        columns = KEY_FIELDS.get(table, ("page_no",))
        found = con.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE doc_id = ? ORDER BY page_no, rowid", [doc["doc_id"]]
        ).fetchall()
        if not found:
            continue
        counts.append(f"{table} {len(found)}")
        listed = found[:rows] if rows else found
        more = f", first {len(listed)}" if len(listed) < len(found) else ""
        blocks.append(Block("heading", indent=4, text=f"{table} ({len(found)}{more})"))
        blocks.append(
            Block("grid", indent=6, columns=list(columns), rows=[[cell(v) for v in row] for row in listed])
        )
    if not counts:
        blocks.append(Block("note", indent=4, text="no records"))
    if "review_flags" in tables:
        flags = con.execute(
            "SELECT page_no, table_name || '.' || column_name, value, check_name, detail FROM review_flags "
            "WHERE doc_id = ? ORDER BY page_no, table_name, column_name",
            [doc["doc_id"]],
        ).fetchall()
        if flags:
            blocks.append(Block("heading", indent=4, text=f"review flags ({len(flags)})"))
            blocks.append(
                Block(
                    "grid",
                    indent=6,
                    columns=["page_no", "column", "value", "check", "detail"],
                    rows=[[cell(v, 0 if i == 4 else WIDTH) for i, v in enumerate(row)] for row in flags],
                )
            )
        else:
            blocks.append(Block("note", indent=4, text="review flags: none"))
    return blocks


def page_texts(
    con: duckdb.DuckDBPyConnection, target: Target, page: int | None = None
) -> list[tuple[str, int, str, str | None, str]]:
    """(path, page_no, method, reason, text) of the pages of ``target`` (those of its document
    when one was named; ``page`` alone when given), as Saraban read them."""
    if "pages" not in _tables(con):
        raise UsageError("this warehouse was written before the pages table: it has no page text (ingest --force)")
    found: list[tuple[str, int, str, str | None, str]] = []
    for source_id in target.source_ids:
        first, last = 1, 10**9
        if target.doc_id is not None:
            first, last = con.execute(
                "SELECT page_start, page_end FROM documents WHERE doc_id = ?", [target.doc_id]
            ).fetchone() or (first, last)
        if page is not None:
            first, last = max(first, page), min(last, page)
        found += con.execute(
            "SELECT s.path, p.page_no, p.method, p.reason, p.text FROM pages p JOIN sources s USING (source_id) "
            "WHERE p.source_id = ? AND p.page_no BETWEEN ? AND ? ORDER BY p.page_no",
            [source_id, first, last],
        ).fetchall()
    return found


def render_plain(blocks: Sequence[Block]) -> str:
    """Blocks as plain text: headings on their own line, fields as aligned ``key  value``, grids
    as columns two spaces apart (widths by display columns: Thai marks take none)."""
    lines: list[str] = []
    for block in blocks:
        pad = " " * block.indent
        if block.kind == "heading":
            if block.indent == 0 and lines:
                lines.append("")
            lines.append(pad + block.text)
        elif block.kind == "note":
            lines.append(pad + block.text)
        elif block.kind == "fields":
            width = max(cell_len(key) for key, _ in block.fields)
            lines += [f"{pad}{key}{' ' * (width - cell_len(key))}  {value}" for key, value in block.fields]
        else:
            grid = [block.columns, *block.rows]
            widths = [max(cell_len(row[i]) for row in grid) for i in range(len(block.columns))]
            for row in grid:
                text = "  ".join(v + " " * (w - cell_len(v)) for v, w in zip(row, widths, strict=True))
                lines.append(pad + text.rstrip())
    return "\n".join(lines) + "\n"


def render_rich(blocks: Sequence[Block], console: Console) -> None:
    """Blocks on a terminal: bold headings, fields as a two-column grid, grids as tables."""
    for block in blocks:
        pad = " " * block.indent
        if block.kind == "heading":
            if block.indent == 0:
                console.print()
            console.print(f"{pad}[bold]{_escape(block.text)}[/bold]", highlight=False)
        elif block.kind == "note":
            console.print(f"{pad}[dim]{_escape(block.text)}[/dim]", highlight=False)
        elif block.kind == "fields":
            grid = Table.grid(padding=(0, 2), pad_edge=False)
            grid.add_column(style="cyan", no_wrap=True)
            grid.add_column()
            for key, value in block.fields:
                grid.add_row(key, _escape(value))
            console.print(_indented(grid, block.indent))
        else:
            table = Table(*block.columns, box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold")
            for row in block.rows:
                table.add_row(*[_escape(v) for v in row])
            console.print(_indented(table, block.indent))


def _escape(text: str) -> str:
    return escape(text)


def _indented(renderable: Table, indent: int) -> Table | Padding:
    return Padding(renderable, (0, 0, 0, indent)) if indent else renderable
