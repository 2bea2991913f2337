"""Orchestration: every source goes read -> extract -> normalize -> segment -> parse ->
validate in a worker (``process_path``, a pure function of the path and settings), which
hands back its rows as columns (``ColumnarResult``: one list per column of each table, made
from the validated models), and the results are loaded into the warehouse in this process,
many sources per transaction (``Loader``; a batch the warehouse refuses is loaded again
source by source). This process only joins column lists and appends them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import os
import queue
import stat
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.checks import review_flags
from pipeline.config import Settings
from pipeline.errors import EmptySourceError, SarabanError, UsageError, one_line
from pipeline.executor import Executor, make_executor
from pipeline.extract import UNREADABLE_LAYER, extract_source, extraction_of
from pipeline.limits import check_source
from pipeline.model import Page, Parsed
from pipeline.normalize import normalize_pages, raw_source_lines
from pipeline.parse import parse_segments
from pipeline.people import rebuild_people
from pipeline.read import display_path, not_regular, read_source, source_id_of
from pipeline.segment import segment
from pipeline.validate import validate
from pipeline.version import parser_version
from schemas import Columns, IngestError, PageRow, ReviewFlag, SourceRow, column_count, to_columns
from warehouse.load import (
    SourceLoad,
    connect,
    load_batch,
    loaded_sources,
    move_source,
    remove_sources,
    row_counts,
    sources_at,
    sources_by_file,
)

# Files a folder walk passes over: gold/metadata files and notes that sit beside sources.
SKIPPED_IN_FOLDERS = (".json", ".yaml", ".yml", ".csv", ".duckdb", ".wal")


@dataclass(slots=True)
class SourceResult:
    """What processing one file produced: its ``sources`` row and records, or its error."""

    source: SourceRow
    parsed: list[Parsed] = field(default_factory=list)
    pages: list[PageRow] = field(default_factory=list)
    error: IngestError | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None

    def columnar(self) -> ColumnarResult:
        """This result as the loader takes it: its records, documents and pages as columns."""
        if self.error is not None:
            return ColumnarResult(self.source, error=self.error, warnings=self.warnings)
        columns: Columns = {}
        for item in self.parsed:
            to_columns((item.document,), columns)
        to_columns(self.pages, columns)
        for item in self.parsed:
            to_columns(item.rows, columns)
        flags = columns.get(ReviewFlag.__table__)
        return ColumnarResult(
            self.source,
            columns=columns,
            warnings=self.warnings,
            doc_types=[item.document.doc_type for item in self.parsed],
            flags=len(flags[0]) if flags else 0,
        )


@dataclass(slots=True)
class ColumnarResult:
    """What a worker hands back for one file: its ``sources`` row and every other row it
    loads as columns (``schemas.Columns``), or its error; with what the summary counts."""

    source: SourceRow
    columns: Columns = field(default_factory=dict)
    error: IngestError | None = None
    warnings: list[str] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)  # each document's type, for the summary
    flags: int = 0  # its review flags

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def rows(self) -> int:
        return 1 + column_count(self.columns)


def process_columnar(
    path: Path, *, settings: Settings, process: Callable[..., SourceResult] | None = None, **options: Any
) -> ColumnarResult:
    """``process_path`` (or ``process``) in a worker, its result as columns, so that what
    crosses to the loader is lists of values, not a model per row."""
    return (process or process_path)(path, settings=settings, **options).columnar()


@dataclass(slots=True)
class IngestSummary:
    sources: int = 0
    loaded: int = 0
    partial: int = 0
    unchanged: int = 0  # already loaded by this parser version: hashed, not read again
    replaced: int = 0  # loaded sources that replaced an earlier version of their file
    pruned: list[str] = field(default_factory=list)  # paths of sources dropped by --prune
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    documents_by_type: Counter[str] = field(default_factory=Counter)
    row_counts: dict[str, int] = field(default_factory=dict)
    flagged: dict[str, int] = field(default_factory=dict)  # path -> review flags of its values
    warnings: list[str] = field(default_factory=list)  # about the run, not a source


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def process_path(
    path: Path, settings: Settings, executor: Executor | None = None, *, folder: str | None = None
) -> SourceResult:
    """Run every stage but load on one file. Never raises for a user's bad input.
    ``executor`` runs the OCR of the file's pages (serially when ``None``, as in a worker).
    ``folder``: the folder a relative ``path`` is relative to, for a worker whose working
    folder may not be the caller's (a Dask worker); ``sources.path`` stays ``path`` as given."""
    where = Path(folder, path) if folder and not Path(path).is_absolute() else path
    stage = "read"
    try:
        source = read_source(where, settings)
        limited, limit_warnings = check_source(source, settings)
        stage = "extract"
        pages, damage = extract_source(source, limited, executor)
        stage = "normalize"
        lines = normalize_pages(pages)
        if not lines:
            raise EmptySourceError(": ".join(["no text on any page", *damage[:1]]))
        stage = "segment"
        segments = segment(source.source_id, lines, raw_source_lines(pages))
        stage = "parse"
        parsed = parse_segments(segments)
        stage = "validate"
        parsed, warnings = validate(
            parsed,
            len(pages),
            laid_out=any(page.method != "text" for page in pages),
            ocr=any(page.method == "ocr" for page in pages),
        )
        flags = review_flags(parsed, frozenset(page.page_no for page in pages if page.method == "ocr"))
        for item in parsed:
            item.rows.extend(flag for flag in flags if flag.doc_id == item.document.doc_id)
    except SarabanError as err:
        return _failure(path, stage, str(err), where=where)
    except MemoryError:
        if executor is None:
            raise  # in a worker: the pool reports the source and replaces the worker
        return _failure(path, stage, "out of memory", where=where)
    except Exception as err:  # a bug of ours: still one line, and the batch goes on
        message = one_line(f"internal error: {type(err).__name__}: {err}".splitlines()[0])
        return _failure(path, stage, message, where=where)
    warnings = limit_warnings + damage + warnings
    # (a damaged page OCR'd without a word is in ``damage`` already)
    empty_pages = [p.page_no for p in pages if not p.text.strip() and p.reason != UNREADABLE_LAYER]
    if empty_pages and len(empty_pages) < len(pages):
        warnings.append(f"no text on page(s) {', '.join(map(str, empty_pages))}")
    row = SourceRow(
        source_id=source.source_id,
        path=display_path(path),
        media_type=source.media_type,
        pages=len(pages),
        extraction=extraction_of(pages),  # type: ignore[arg-type]
        status="partial" if warnings else "ok",
        error="; ".join(warnings)[:2000] or None,
        ingested_at=_now(),
        abs_path=absolute_path(where),
        parser_version=parser_version(),
    )
    return SourceResult(source=row, parsed=parsed, pages=page_rows(source.source_id, pages, source.media_type), warnings=warnings)


def page_rows(source_id: str, pages: Sequence[Page], media_type: str = "") -> list[PageRow]:
    """The ``pages`` rows of a source: each page's method, why it was OCR'd (or why its text
    layer was read by PDFium), the OCR's mean word confidence (when the reader gives one) and
    its text before normalisation."""
    image = "an image: no text layer" if media_type.startswith("image/") else None
    return [
        PageRow(
            source_id=source_id,
            page_no=page.page_no,
            method=page.method,
            reason=page.reason or (image if page.method == "ocr" else None),
            ocr_confidence=page.confidence if page.method == "ocr" else None,
            text=page.text.encode("utf-8", "replace").decode("utf-8"),  # lone surrogates cannot be stored
        )
        for page in pages
    ]


def _failure(
    path: Path | str, stage: str, message: str, source_id: str | None = None, *, where: Path | str | None = None
) -> SourceResult:
    """A failed source; ``where``: the file as this process reaches it, when not ``path``."""
    where = path if where is None else where
    source_id = source_id or source_id_of(Path(where), path)
    at, shown, message = _now(), display_path(path), one_line(message)
    return SourceResult(
        source=SourceRow(
            source_id=source_id,
            path=shown,
            status="failed",
            error=message,
            ingested_at=at,
            abs_path=absolute_path(where),
            parser_version=parser_version(),
        ),
        error=IngestError(source_id=source_id, path=shown, stage=stage, error=message, at=at),
    )


def lost_worker(path: Path, reason: str) -> SourceResult:
    """The result of a source whose worker died or ran out of time."""
    return _failure(path, "extract", reason)


def lost_columns(path: Path, reason: str) -> ColumnarResult:
    return lost_worker(path, reason).columnar()


def collect_paths(paths: Sequence[Path]) -> list[Path]:
    """Files named on the command line, and every file under named folders (recursively,
    skipping hidden files, README files and gold/metadata files). FIFOs, devices and sockets
    are kept: reading refuses each with one line instead of blocking on it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_dir() or any(part.startswith(".") for part in rel.parts):
                    continue
                if child.suffix.lower() in SKIPPED_IN_FOLDERS or child.stem.upper() == "README":
                    continue
                if not child.is_file() and not _special(child):
                    continue  # a dangling link
                files.append(child)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise UsageError(f"no such file or folder: {display_path(path)}")
    return list(dict.fromkeys(files))


def _special(path: Path) -> bool:
    try:
        return not_regular(path.stat().st_mode) is not None
    except OSError:
        return False


Result = SourceResult | ColumnarResult


def columnar(result: Result) -> ColumnarResult:
    return result if isinstance(result, ColumnarResult) else result.columnar()


def load_result(con: object, result: Result) -> ColumnarResult:
    """Load one source in its own transaction. A load that fails (a value DuckDB refuses,
    a full disk) fails that source alone: its ``ingest_errors`` row says why, with stage
    ``load``, and the returned result is that failure."""
    loaded = columnar(result)
    try:
        _load(con, loaded)
        return loaded
    except Exception as err:  # any load error is this source's, not the batch's
        failed = _failure(loaded.source.path, "load", load_error(err), loaded.source.source_id).columnar()
    with contextlib.suppress(Exception):  # the warehouse refuses even the failure row: still reported
        _load(con, failed)
    return failed


def _load(con: object, result: ColumnarResult) -> None:
    (replaced,) = load_batch(con, [_as_load(result)])  # type: ignore[arg-type]
    if replaced:
        result.source.supersedes = replaced[0]


def _as_load(result: ColumnarResult) -> SourceLoad:
    if result.error is not None:
        return SourceLoad(result.source, error=result.error)
    return SourceLoad(result.source, columns=result.columns)


def load_results(con: object, results: Sequence[Result]) -> list[ColumnarResult]:
    """Load a batch of results in one transaction (their ``source_id``s and files distinct).
    When that fails, each source is loaded alone (``load_result``), so the one the warehouse
    refuses fails by itself and the others load. Returns the results as loaded."""
    batch = [columnar(result) for result in results]
    if len(batch) == 1:
        return [load_result(con, batch[0])]
    try:
        replaced = load_batch(con, [_as_load(result) for result in batch])  # type: ignore[arg-type]
    except Exception:
        return [load_result(con, result) for result in batch]
    for result, ids in zip(batch, replaced, strict=True):
        if ids:
            result.source.supersedes = ids[0]
    return batch


class Loader:
    """Gathers results into batches and loads each batch in one transaction: at most
    ``load_batch_sources`` sources or ``load_batch_rows`` rows, and no result waits more than
    ``load_batch_seconds`` (checked when the next arrives). Results are handed to ``done``
    once committed and not kept."""

    def __init__(self, con: object, settings: Settings, done: Callable[[ColumnarResult], None]) -> None:
        self.con, self.settings, self.done = con, settings, done
        self.pending: list[ColumnarResult] = []
        self.keys: set[str] = set()
        self.rows = 0
        self.started = 0.0

    def add(self, result: Result) -> None:
        result = columnar(result)
        keys = {result.source.source_id, result.source.abs_path or result.source.path}
        if keys & self.keys:  # the same bytes or file twice: the second replaces the first
            self.flush()
        if not self.pending:
            self.started = time.monotonic()
        self.pending.append(result)
        self.keys |= keys
        self.rows += result.rows
        s = self.settings
        if (
            len(self.pending) >= s.load_batch_sources
            or self.rows >= s.load_batch_rows
            or time.monotonic() - self.started >= s.load_batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending, self.keys, self.rows = self.pending, [], set(), 0
        loaded = load_results(self.con, batch)
        del batch  # each result goes once ``done`` has it: nothing of a committed batch is kept
        loaded.reverse()
        while loaded:
            self.done(loaded.pop())


class LoaderThread:
    """A ``Loader`` run in a thread of its own, fed through a bounded queue: the thread that
    receives results from the workers (and hands them the next files) is never held up by a
    transaction, so the workers do not wait while a batch commits. DuckDB lets go of Python's
    lock while it works. At most ``depth`` results wait in the queue (then ``put`` waits):
    memory stays flat however fast the workers are. The loader's errors are raised in the
    caller by ``put`` or ``close``; ``done`` is called in the loader's thread."""

    def __init__(self, loader: Loader, depth: int) -> None:
        self.loader = loader
        self.queue: queue.Queue[ColumnarResult | None] = queue.Queue(maxsize=max(1, depth))
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="saraban-loader", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            while (result := self.queue.get()) is not None:
                self.loader.add(result)
                del result
            self.loader.flush()
        except BaseException as err:  # raised in the caller at its next ``put`` or ``close``
            self.error = err

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, result: ColumnarResult | None) -> None:
        while True:
            self._raise()
            try:
                self.queue.put(result, timeout=0.5)
                return
            except queue.Full:
                if not self.thread.is_alive():
                    self._raise()
                    raise RuntimeError("the loader thread stopped") from None

    def close(self) -> None:
        """Load what is left and wait for the thread; raise what it raised."""
        if self.thread.is_alive() and self.error is None:
            self.put(None)
            self.thread.join()
        self._raise()

    def abandon(self) -> None:
        """Stop after what was put (on an error in the caller), without raising."""
        with contextlib.suppress(BaseException):
            self.close()


def load_error(err: Exception) -> str:
    """One line for a failed load: the database's first line, or what could not be stored."""
    if isinstance(err, UnicodeEncodeError):
        return f"cannot be stored: text that is not valid Unicode ({err.reason})"
    first = next((line for line in str(err).splitlines() if line.strip()), type(err).__name__)
    return one_line(f"cannot be stored: {first}")


def usable_cache(settings: Settings) -> tuple[Settings, str | None]:
    """The settings with the OCR cache turned off when its folder cannot be written (a
    read-only mount), and a warning saying so."""
    folder = settings.ocr_cache_dir
    if folder is None:
        return settings, None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
    except OSError as err:
        reason = err.strerror or type(err).__name__
        return dataclasses.replace(settings, ocr_cache_dir=None), (
            f"OCR cache {display_path(folder)} cannot be written ({reason}): running without it"
        )
    return settings, None


def ingest(
    paths: Sequence[Path],
    db_path: Path | str,
    settings: Settings,
    on_result: Callable[[ColumnarResult], None] | None = None,
    *,
    force: bool = False,
    prune_folders: Sequence[Path] = (),
    on_unchanged: Callable[[Path], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders into the warehouse at ``db_path``; returns what happened.

    A file whose bytes this parser version already loaded (``ok`` or ``partial``) is only
    hashed (``force`` reads every file again). A file at a path already loaded with other
    bytes replaces that path's source. ``prune_folders``: sources read from files under
    these folders that are gone are dropped."""
    files = collect_paths(paths)
    summary = IngestSummary(sources=len(files))
    settings, warning = usable_cache(settings)
    if warning:
        summary.warnings.append(warning)
    parser_version()  # once, before workers fork
    con = connect(db_path, settings.db_memory_mb)
    try:
        todo, moved = (files, 0) if force else _changed(con, files, settings, summary, on_unchanged)
        executor = make_executor(
            settings.workers,
            settings.memory_limit_mb or None,
            settings.timeout_s or None,
            kind=settings.executor,
            scheduler=settings.scheduler,
            retries=settings.task_retries,
        )

        def done(result: ColumnarResult) -> None:
            _tally(summary, result)
            if on_result:
                on_result(result)

        writer = LoaderThread(Loader(con, settings, done), depth=max(1, settings.load_batch_sources // 2))
        try:
            results: Iterable[ColumnarResult] = []
            if todo and len(todo) < executor.workers:
                # Fewer files than workers (one big scan): the pages, not the files, go to the pool.
                results = (process_path(path, settings, executor).columnar() for path in todo)
            elif todo:
                # Workers return columns. ``process_path`` is passed as it is now (a test may
                # replace it), and a Dask worker reads relative paths from this folder.
                task = functools.partial(process_columnar, settings=settings, process=process_path)
                if settings.executor == "dask":
                    task = functools.partial(task, folder=os.getcwd())
                results = executor.imap(task, todo, on_lost=lost_columns)
            for result in results:
                writer.put(result)
                del result  # the loader holds it until committed, then lets go
            writer.close()
        finally:
            writer.abandon()
            executor.close()
        if prune_folders:
            summary.pruned = prune(con, prune_folders, files)
        if summary.loaded or summary.pruned or moved:
            rebuild_people(con)
        summary.row_counts = row_counts(con)
    finally:
        con.close()
    return summary


def absolute_path(path: Path | str) -> str:
    """A file's absolute path (symbolic links kept), escaped as ``display_path`` does: the
    identity of a file across runs from other folders (``sources.abs_path``)."""
    return display_path(os.path.abspath(path))


def file_sha256(path: Path, settings: Settings) -> str | None:
    """The sha256 of a regular file's bytes (its ``source_id`` when it reads), or ``None`` when
    the file is not one we would hash (a FIFO, over ``--max-file-mb``, unreadable): reading it
    says why."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or not info.st_size:
            return None
        if settings.max_file_mb and info.st_size > settings.max_file_mb * 2**20:
            return None
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _changed(
    con: object,
    files: Sequence[Path],
    settings: Settings,
    summary: IngestSummary,
    on_unchanged: Callable[[Path], None] | None,
) -> tuple[list[Path], int]:
    """The files to read: those whose bytes this parser version has not loaded. The others
    are counted unchanged; one seen at a new path whose old path is gone follows its file,
    and other sources of its path (bytes it held before: an edit undone) go. Returns the
    files to read and how many sources were moved or dropped."""
    loaded = loaded_sources(con, parser_version())  # type: ignore[arg-type]
    by_file = sources_by_file(con)  # type: ignore[arg-type]
    todo: list[Path] = []
    changed = 0
    for path in files:
        sha = file_sha256(path, settings)
        if sha is None or sha not in loaded:
            todo.append(path)
            continue
        summary.unchanged += 1
        shown, here = display_path(path), absolute_path(path)
        _, was = loaded[sha]
        if was != here and not (was and os.path.lexists(was)):
            move_source(con, sha, shown, here)  # type: ignore[arg-type]
            loaded[sha] = (shown, here)
            changed += 1
        elif stale := [sid for sid in by_file.get(here, []) if sid != sha]:
            changed += remove_sources(con, stale)  # type: ignore[arg-type]
        if on_unchanged:
            on_unchanged(path)
    return todo, changed


def prune(con: object, folders: Sequence[Path], files: Sequence[Path]) -> list[str]:
    """Drop the sources read from files under ``folders`` that are gone (not in this walk and
    not on disk). Returns their paths."""
    walked = {absolute_path(path) for path in files}
    gone: dict[str, str] = {}
    for folder in folders:
        for sid, shown, where in sources_at(con, absolute_path(folder), display_path(folder)):  # type: ignore[arg-type]
            where = where or absolute_path(shown)
            if where not in walked and not os.path.lexists(where):
                gone[sid] = shown
    remove_sources(con, gone)  # type: ignore[arg-type]
    return sorted(gone.values())


def remove(paths: Sequence[Path], db_path: Path | str) -> tuple[list[str], list[Path]]:
    """``saraban remove``: drop the sources read from these files, or from files under these
    folders, with all their rows. Returns the removed sources' paths and the paths that
    matched no source."""
    con = connect(db_path)
    try:
        found: dict[str, str] = {}
        unmatched: list[Path] = []
        for path in paths:
            matches = sources_at(con, absolute_path(path), display_path(path))
            if not matches:
                unmatched.append(path)
            found.update((sid, shown) for sid, shown, _ in matches)
        if found:
            remove_sources(con, found)
            rebuild_people(con)
    finally:
        con.close()
    return sorted(found.values()), unmatched


def _tally(summary: IngestSummary, result: ColumnarResult) -> None:
    if result.error is not None:
        summary.failures.append((result.source.path, f"{result.error.stage}: {result.error.error}"))
        return
    summary.loaded += 1
    summary.partial += result.source.status == "partial"
    summary.replaced += result.source.supersedes is not None
    summary.documents_by_type.update(result.doc_types)
    if result.flags:
        summary.flagged[result.source.path] = result.flags
