"""Orchestration: every source goes read -> extract -> normalize -> segment -> parse ->
validate in a worker (``process_path``, a pure function of the path and settings), and
the results are loaded into the warehouse one source per transaction in this process.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.checks import review_flags
from pipeline.config import Settings
from pipeline.errors import EmptySourceError, SarabanError, UsageError
from pipeline.executor import Executor, make_executor
from pipeline.extract import extract_pages, extraction_of
from pipeline.model import Parsed
from pipeline.normalize import normalize_pages, raw_source_lines
from pipeline.parse import parse_segments
from pipeline.read import read_source, source_id_of
from pipeline.segment import segment
from pipeline.validate import validate
from schemas import IngestError, SourceRow
from warehouse.load import connect, load_source, record_failure, row_counts

# Files a folder walk passes over: gold/metadata files and notes that sit beside sources.
SKIPPED_IN_FOLDERS = (".json", ".yaml", ".yml", ".csv", ".duckdb", ".wal")


@dataclass(slots=True)
class SourceResult:
    """What processing one file produced: its ``sources`` row and records, or its error."""

    source: SourceRow
    parsed: list[Parsed] = field(default_factory=list)
    error: IngestError | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(slots=True)
class IngestSummary:
    sources: int = 0
    loaded: int = 0
    partial: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    documents_by_type: Counter[str] = field(default_factory=Counter)
    row_counts: dict[str, int] = field(default_factory=dict)
    flagged: dict[str, int] = field(default_factory=dict)  # path -> review flags of its values


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def process_path(path: Path, settings: Settings, executor: Executor | None = None) -> SourceResult:
    """Run every stage but load on one file. Never raises for a user's bad input.
    ``executor`` runs the OCR of the file's pages (serially when ``None``, as in a worker)."""
    stage = "read"
    try:
        source = read_source(path, settings)
        stage = "extract"
        pages = extract_pages(source, settings, executor)
        stage = "normalize"
        lines = normalize_pages(pages)
        if not lines:
            raise EmptySourceError("no text on any page")
        stage = "segment"
        segments = segment(source.source_id, lines, raw_source_lines(pages))
        stage = "parse"
        parsed = parse_segments(segments)
        stage = "validate"
        parsed, warnings = validate(parsed, len(pages), laid_out=any(page.method != "text" for page in pages))
        flags = review_flags(parsed)
        for item in parsed:
            item.rows.extend(flag for flag in flags if flag.doc_id == item.document.doc_id)
    except SarabanError as err:
        return _failure(path, stage, str(err))
    except Exception as err:  # a bug of ours: still one line, and the batch goes on
        return _failure(path, stage, f"internal error: {type(err).__name__}: {err}".splitlines()[0])
    empty_pages = [p.page_no for p in pages if not p.text.strip()]
    if empty_pages and len(empty_pages) < len(pages):
        warnings.append(f"no text on page(s) {', '.join(map(str, empty_pages))}")
    row = SourceRow(
        source_id=source.source_id,
        path=str(path),
        media_type=source.media_type,
        pages=len(pages),
        extraction=extraction_of(pages),  # type: ignore[arg-type]
        status="partial" if warnings else "ok",
        error="; ".join(warnings)[:2000] or None,
        ingested_at=_now(),
    )
    return SourceResult(source=row, parsed=parsed, warnings=warnings)


def _failure(path: Path, stage: str, message: str) -> SourceResult:
    source_id = source_id_of(path)
    at = _now()
    return SourceResult(
        source=SourceRow(source_id=source_id, path=str(path), status="failed", error=message, ingested_at=at),
        error=IngestError(source_id=source_id, path=str(path), stage=stage, error=message, at=at),
    )


def collect_paths(paths: Sequence[Path]) -> list[Path]:
    """Files named on the command line, and every file under named folders (recursively,
    skipping hidden files, README files and gold/metadata files)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if not child.is_file() or any(part.startswith(".") for part in rel.parts):
                    continue
                if child.suffix.lower() in SKIPPED_IN_FOLDERS or child.stem.upper() == "README":
                    continue
                files.append(child)
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"no such file or folder: {path}")
    return list(dict.fromkeys(files))


def load_result(con: object, result: SourceResult) -> None:
    if result.error is not None:
        record_failure(con, result.source, result.error)  # type: ignore[arg-type]
        return
    documents = [p.document for p in result.parsed]
    rows = [row for p in result.parsed for row in p.rows]
    load_source(con, result.source, documents, rows)  # type: ignore[arg-type]


def ingest(
    paths: Sequence[Path],
    db_path: Path | str,
    settings: Settings,
    on_result: Callable[[SourceResult], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders into the warehouse at ``db_path``; returns what happened."""
    files = collect_paths(paths)
    summary = IngestSummary(sources=len(files))
    con = connect(db_path)
    try:
        executor = make_executor(settings.workers)
        if len(files) < settings.workers:
            # Fewer files than workers (one big scan): the pages, not the files, go to the pool.
            results: Iterable[SourceResult] = (process_path(path, settings, executor) for path in files)
        else:
            results = executor.imap(functools.partial(process_path, settings=settings), files)
        for result in results:
            load_result(con, result)
            _tally(summary, result)
            if on_result:
                on_result(result)
        summary.row_counts = row_counts(con)
    finally:
        con.close()
    return summary


def _tally(summary: IngestSummary, result: SourceResult) -> None:
    if result.error is not None:
        summary.failures.append((result.source.path, f"{result.error.stage}: {result.error.error}"))
        return
    summary.loaded += 1
    summary.partial += result.source.status == "partial"
    summary.documents_by_type.update(p.document.doc_type for p in result.parsed)
    flags = sum(1 for p in result.parsed for row in p.rows if row.__table__ == "review_flags")
    if flags:
        summary.flagged[result.source.path] = flags
