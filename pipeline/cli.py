"""The ``saraban`` command: ingest, remove, eval, query, report, show, export. Errors users
cause become one line and an exit status here, and nowhere else."""

from __future__ import annotations

import csv
import enum
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__
from pipeline.config import Settings
from pipeline.errors import ExitCode, SarabanError, UsageError, one_line
from pipeline.run import ColumnarResult, IngestSummary, collect_paths, ingest, remove
from warehouse.load import is_warehouse

DEFAULT_DB = Path("warehouse/saraban.duckdb")
DEFAULTS = Settings()
PROGRESS_THRESHOLD = 3

HELP = """Saraban reads Thai government documents (memos, meeting minutes, orders, action
plans, ITA reports) from text files, PDFs, scans and images, and loads them as tables into a
DuckDB warehouse that you query with SQL.

Start with `saraban ingest FOLDER`, then `saraban query "SELECT ..."` or `saraban report`.
Every command takes --db FILE (default warehouse/saraban.duckdb) and --help."""

app = typer.Typer(add_completion=False, no_args_is_help=True, help=HELP, rich_markup_mode=None)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB warehouse file.")]
T = TypeVar("T")


def _run(action: Callable[[], T]) -> T:
    """Run a command body; our errors print one line and exit with their code."""
    try:
        return action()
    except SarabanError as error:
        err.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(error.exit_code) from None
    except duckdb.Error as error:
        err.print(f"[red]error:[/red] {escape(duckdb_message(error))}", highlight=False)
        raise typer.Exit(ExitCode.USAGE) from None
    except OSError as error:  # a disk or folder problem the user can fix
        where = f": {error.filename}" if error.filename else ""
        err.print(f"[red]error:[/red] {escape(one_line(f'{error.strerror or error}{where}'))}", highlight=False)
        raise typer.Exit(ExitCode.USAGE) from None


def duckdb_message(error: BaseException) -> str:
    """DuckDB's message as one line, with its hints (`Did you mean "memos"?`, candidate
    columns) but without the echo of the query and the carets under it."""
    lines = [line.strip() for line in str(error).splitlines()]
    kept = [line for line in lines if line and not line.startswith("LINE ") and set(line) != {"^"}]
    return one_line(" ".join(kept) or type(error).__name__)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"saraban {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """(The help is HELP.)"""


def _limit(flag: str, help: str) -> Any:
    """An option for one of the input or worker limits (README "Bad input"); 0 turns it off."""
    return typer.Option(flag, min=0, help=f"{help.rstrip('.')} (0: no limit)")


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class ExecutorKind(enum.StrEnum):
    local = "local"
    dask = "dask"


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively).")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=0, help="Parallel processes (0: one per core, at most 4).")
    ] = 0,
    ocr_cache: Annotated[
        Path | None, typer.Option("--ocr-cache", help="Folder caching OCR results by page image.")
    ] = Path(".cache/ocr"),
    memory_limit: Annotated[int, _limit("--memory-limit", "Address space per worker process, in MB.")] = (
        DEFAULTS.memory_limit_mb
    ),
    timeout: Annotated[float, _limit("--timeout", "Seconds a worker may spend on one source.")] = DEFAULTS.timeout_s,
    max_pages: Annotated[int, _limit("--max-pages", "Pages of a PDF, frames of an image.")] = DEFAULTS.max_pages,
    max_page_megapixels: Annotated[int, _limit("--max-page-megapixels", "Pixels of a rendered page or image.")] = (
        DEFAULTS.max_page_megapixels
    ),
    max_text_mb: Annotated[int, _limit("--max-text-mb", "Size of a text file, in MB.")] = DEFAULTS.max_text_mb,
    max_file_mb: Annotated[int, _limit("--max-file-mb", "Size of any file, in MB.")] = DEFAULTS.max_file_mb,
    force: Annotated[
        bool, typer.Option("--force", help="Read every file again, even those already loaded unchanged.")
    ] = False,
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop the sources of files under the named folders that are gone.")
    ] = False,
    executor: Annotated[
        ExecutorKind | None,
        typer.Option(
            "--executor",
            help="local: processes on this machine; dask: a Dask cluster (--scheduler, else a local one of --workers processes).",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786); implies --executor dask."),
    ] = None,
) -> None:
    """Read, parse and load documents into the warehouse.

    A file whose bytes are already loaded by this version of the parsers is only hashed and
    counted unchanged (--force reads it again); an edited file replaces its earlier version."""
    kind = executor or (ExecutorKind.dask if scheduler else ExecutorKind.local)
    if scheduler and kind is not ExecutorKind.dask:
        err.print("[red]error:[/red] --scheduler is a Dask scheduler's address: use it with --executor dask")
        raise typer.Exit(ExitCode.USAGE)
    settings = Settings(
        executor=kind.value,
        scheduler=scheduler,
        workers=workers or default_workers(),
        ocr_cache_dir=ocr_cache,
        memory_limit_mb=memory_limit,
        timeout_s=timeout,
        max_pages=max_pages,
        max_page_megapixels=max_page_megapixels,
        max_text_mb=max_text_mb,
        max_file_mb=max_file_mb,
    )

    def body() -> IngestSummary:
        files = collect_paths(paths)
        if not files and not prune:
            raise UsageError("no files to ingest")
        folders = [path for path in paths if path.is_dir()] if prune else []
        options: dict[str, Any] = {"force": force, "prune_folders": folders}
        if len(files) <= PROGRESS_THRESHOLD:
            return ingest(files, db, settings, **options)
        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("", total=len(files))

            def advance(result: ColumnarResult) -> None:
                progress.update(task, advance=1, description=Path(result.source.path).name[:40])

            def skip(path: Path) -> None:
                progress.update(task, advance=1, description=f"{path.name[:30]} (unchanged)")

            return ingest(files, db, settings, on_result=advance, on_unchanged=skip, **options)

    summary = _run(body)
    for warning in summary.warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    print_summary(summary, db)
    raise typer.Exit(ExitCode.SOURCE_FAILED if summary.failures else ExitCode.OK)


def print_summary(summary: IngestSummary, db: Path) -> None:
    notes = [f"{summary.partial} partial"] if summary.partial else []
    if summary.replaced:
        notes.append(f"{summary.replaced} replaced an earlier version of their file")
    out.print(
        f"[bold]{summary.loaded}/{summary.sources}[/bold] sources loaded into {db}"
        + (f" ({', '.join(notes)})" if notes else ""),
        highlight=False,
    )
    if summary.unchanged:
        out.print(
            f"{summary.unchanged} unchanged: already loaded by this parser version, not read again (--force reads them)",
            highlight=False,
        )
    if summary.pruned:
        out.print(f"{len(summary.pruned)} pruned (their files are gone):", highlight=False)
        for path in summary.pruned:
            out.print(f"  {path}", highlight=False)
    docs = Table("doc_type", "documents", title="Documents by type", title_justify="left")
    for doc_type, n in sorted(summary.documents_by_type.items()):
        docs.add_row(doc_type, str(n))
    out.print(docs)
    rows = Table("table", "rows", title="Rows per table (whole warehouse)", title_justify="left")
    for table, n in summary.row_counts.items():
        rows.add_row(table, str(n))
    out.print(rows)
    if summary.flagged:
        out.print(
            f"[yellow]{sum(summary.flagged.values())} values flagged for review[/yellow] "
            "(SELECT * FROM review_flags):",
            highlight=False,
        )
        for path, n in sorted(summary.flagged.items()):
            out.print(f"  {path}: {n}", highlight=False)
    if summary.failures:
        out.print(f"[red]{len(summary.failures)} failed:[/red]")
        for path, reason in summary.failures:
            out.print(f"  {path}: {reason}", highlight=False)


@app.command("remove")
def remove_command(
    paths: Annotated[list[Path], typer.Argument(help="Files, or folders, whose sources to drop (they may be gone).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Drop the sources read from these files (or from files under these folders) and every
    row they loaded. The files themselves are not touched."""

    def body() -> tuple[list[str], list[Path]]:
        if not db.exists():
            raise UsageError(f"no warehouse at {db}: nothing to remove")
        return remove(paths, db)

    removed, unmatched = _run(body)
    for path in unmatched:
        err.print(f"[yellow]warning:[/yellow] no source loaded from {escape(str(path))}", highlight=False)
    out.print(f"{len(removed)} sources removed from {db}", highlight=False)
    for shown in removed:
        out.print(f"  {shown}", highlight=False)
    raise typer.Exit(ExitCode.OK if removed or not unmatched else ExitCode.SOURCE_FAILED)


def _open_existing(db: Path) -> duckdb.DuckDBPyConnection:
    if not db.exists():
        raise UsageError(f"no warehouse at {db}: run `saraban ingest PATH --db {db}` first")
    return duckdb.connect(str(db), read_only=True)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files.")],
    db: DbOption = DEFAULT_DB,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
    suffix: Annotated[
        str | None, typer.Option("--suffix", help="Score <stem><suffix> (e.g. .pdf, .scan.pdf) against <stem>.txt's gold.")
    ] = None,
) -> None:
    """Score the warehouse against gold files (CONTRACT.md, "Gold files")."""
    from pipeline.eval import evaluate, format_report

    def body() -> str:
        if not gold.is_dir():
            raise UsageError(f"gold folder not found: {gold}")
        con = _open_existing(db)
        try:
            return format_report(evaluate(con, gold, suffix), verbose=verbose)
        finally:
            con.close()

    out.print(_run(body), highlight=False, markup=False)


class Format(enum.StrEnum):
    auto = "auto"
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"


TABLE_ROWS = 200


@app.command("query")
def query_command(
    sql: Annotated[str, typer.Argument(help="SQL to run against the warehouse.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format", "-f", help="auto: a table in a terminal, tab-separated values (TSV) in a pipe or file."
        ),
    ] = Format.auto,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", min=0, help=f"Rows to print at most (0: all). Default: {TABLE_ROWS} in a table, all otherwise."
        ),
    ] = None,
) -> None:
    """Run SQL against the warehouse and print the result.

    A table in a terminal (at most 200 rows unless --limit says otherwise), tab-separated
    values in a pipe or file, or --format csv / json. When rows are left out, a line on
    stderr says how many there were."""
    if fmt is Format.auto:
        fmt = Format.table if sys.stdout.isatty() else Format.tsv
    cap = (TABLE_ROWS if fmt is Format.table else 0) if limit is None else limit

    def body() -> tuple[list[str], list[tuple[Any, ...]], int]:
        con = _open_existing(db)
        try:
            cursor = con.execute(sql)
            if cursor.description is None:
                return [], [], 0
            rows = cursor.fetchmany(cap) if cap else cursor.fetchall()
            total = len(rows)
            if cap and total == cap:
                while chunk := cursor.fetchmany(10_000):
                    total += len(chunk)
            return [d[0] for d in cursor.description], rows, total
        finally:
            con.close()

    columns, rows, total = _run(body)
    if not columns:
        return
    try:
        print_rows(fmt, columns, rows)
        sys.stdout.flush()
    except BrokenPipeError:  # `saraban query ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitCode.OK) from None
    if total > len(rows):
        err.print(f"showing {len(rows)} of {total} rows (--limit 0 prints all)", highlight=False)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def print_rows(fmt: Format, columns: list[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Rows to stdout: a boxed table, TSV (tabs, newlines and backslashes escaped as \\t \\n
    \\\\; NULL empty), CSV (RFC 4180) or a JSON array of objects."""
    if fmt is Format.table:
        table = Table(*columns)
        for row in rows:
            table.add_row(*[escape(_cell(v)) for v in row])
        out.print(table)
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
    elif fmt is Format.json:
        objects = [dict(zip(columns, row, strict=True)) for row in rows]
        sys.stdout.write(json.dumps(objects, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        for values in [columns, *rows]:
            sys.stdout.write("\t".join(_cell(v).translate(_TSV_ESCAPES) for v in values) + "\n")


@app.command("report")
def report_command(
    db: DbOption = DEFAULT_DB,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="HTML file to write ('-': standard output).")
    ] = Path("report.html"),
) -> None:
    """Write the whole warehouse as one HTML page that opens offline.

    Sources by status with their errors, pages by method and why they were OCR'd, documents
    by type and office, failing budget checks, review flags, ITA scores by office and year
    (a chart) and attendance per meeting."""
    from pipeline.report import build_report

    def body() -> str:
        con = _open_existing(db)
        try:
            if not is_warehouse(con):
                raise UsageError(f"{db} is not a Saraban warehouse (no meta.contract_version)")
            return build_report(con, str(db))
        finally:
            con.close()

    page = _run(body)
    if str(output) == "-":
        sys.stdout.write(page)
        return
    _run(lambda: output.write_text(page, encoding="utf-8"))
    err.print(f"wrote {output} ({len(page.encode()) // 1024 + 1} KB)", highlight=False, markup=False)


class Partition(enum.StrEnum):
    fiscal_year = "fiscal_year"


@app.command("export")
def export_command(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder to write the Parquet files into (created if missing).")
    ],
    db: DbOption = DEFAULT_DB,
    partition_by: Annotated[
        Partition | None,
        typer.Option("--partition-by", help="Write each table that has this column as a folder of Hive partitions."),
    ] = None,
) -> None:
    """Write every table of the warehouse as Parquet, one file per table.

    DIR/<table>.parquet for each contract table, sources, pages, people and the rest; with
    --partition-by fiscal_year, a table that has fiscal_year is the folder
    DIR/<table>/fiscal_year=<year>/ instead. What an earlier export wrote there is replaced."""
    from warehouse.export import export_parquet

    def body() -> Any:
        con = _open_existing(db)
        try:
            if not is_warehouse(con):
                raise UsageError(f"{db} is not a Saraban warehouse (no meta.contract_version)")
            return export_parquet(con, folder, partition_by.value if partition_by else None)
        finally:
            con.close()

    written = _run(body)
    table = Table("table", "rows", "written to", title=f"Exported {db} as Parquet", title_justify="left")
    for item in written:
        shown = f"{item.path}/ (partitioned)" if item.partitioned else str(item.path)
        table.add_row(item.table, str(item.rows), escape(shown))
    out.print(table)


@app.command("show")
def show_command(
    what: Annotated[str, typer.Argument(help="A file as ingested, a source_id (or its first digits) or a doc_id.")],
    db: DbOption = DEFAULT_DB,
    text: Annotated[bool, typer.Option("--text", help="Print the pages' text as Saraban read it, and nothing else.")] = False,
    page: Annotated[int | None, typer.Option("--page", min=1, help="Only this page (and its documents).")] = None,
    rows: Annotated[int, typer.Option("--rows", min=0, help="Records listed per table (0: all).")] = 5,
) -> None:
    """Show what Saraban read in a file and what it made of it.

    The source (path, status, error, how it was read), its pages (method, why a page was
    OCR'd, OCR confidence), its documents (type, title, pages) with their records per table
    and the values flagged for review. --text prints the text of the pages instead. Plain
    text in a pipe or file, tables in a terminal."""
    from pipeline.show import describe, find, page_texts, render_plain, render_rich

    def body() -> Any:
        con = _open_existing(db)
        try:
            if not is_warehouse(con):
                raise UsageError(f"{db} is not a Saraban warehouse (no meta.contract_version)")
            target = find(con, what, db)
            if text:
                pages = page_texts(con, target, page)
                if not pages:
                    raise UsageError(f"{what} has no page {page}" if page else f"{what} has no pages in {db}")
                return pages
            if page is not None and not page_texts(con, target, page):
                raise UsageError(f"{what} has no page {page}")
            return describe(con, target, page, rows)
        finally:
            con.close()

    result = _run(body)
    try:
        if text:
            for path, page_no, method, reason, page_text in result:
                how = f"{method}: {reason}" if reason else method
                sys.stdout.write(f"==> {path} page {page_no} ({how}) <==\n{page_text.rstrip()}\n\n")
        elif sys.stdout.isatty():
            render_rich(result, out)
        else:
            sys.stdout.write(render_plain(result))
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitCode.OK) from None


def main() -> None:  # pragma: no cover - console entry for `python -m pipeline.cli`
    sys.exit(app())


if __name__ == "__main__":  # pragma: no cover
    main()
