"""Shared fixtures: paths to the project's samples and to ../shared (skipped when absent)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.eval import EvalReport, evaluate
from pipeline.extract import extract_pages
from pipeline.model import Page, Parsed
from pipeline.normalize import normalize_pages, raw_source_lines
from pipeline.parse import parse_segments
from pipeline.read import read_source
from pipeline.segment import segment
from schemas import Document
from schemas.tables import DocType

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(workers=1, ocr_cache_dir=tmp_path / "ocr-cache")


@pytest.fixture(scope="session")
def samples_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse of the samples (as text) and one file that fails (``notes.txt`` beside
    it, no Thai text), for the tests that only read one: built once per session."""
    from pipeline.run import ingest

    folder = tmp_path_factory.mktemp("samples-warehouse")
    db = folder / "samples.duckdb"
    summary = ingest(sorted(SAMPLES.glob("*.txt")), db, Settings(workers=1, ocr_cache_dir=None))
    assert not summary.failures
    (folder / "notes.txt").write_text("minutes to follow\n", encoding="utf-8")
    ingest([folder / "notes.txt"], db, Settings(workers=1, ocr_cache_dir=None))
    return db


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip(f"needs ../shared with seeds/ and gold/ (looked in {SHARED}); not present here")
    return SHARED


def one_page_document(doc_id: str, source_id: str, doc_type: DocType = "action_plan") -> Document:
    """A document of one page whose text is one Thai letter: a row for the loading tests."""
    return Document(
        doc_id=doc_id,
        source_id=source_id,
        segment_no=1,
        doc_type=doc_type,
        page_start=1,
        page_end=1,
        raw_text="ก",
        text="ก",
    )


def fields_as(row: object, expected: Mapping[str, object]) -> dict[str, object]:
    """``row``'s values of the fields ``expected`` names: ``fields_as(row, expected) == expected``
    compares a table's expected fields with one assert."""
    return {name: getattr(row, name) for name in expected}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``saraban ARGS...`` in a subprocess (stdout a pipe, not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, check=False
    )


def seed(shared: Path, prefix: str) -> Path:
    """The seed whose file name starts with ``prefix`` (000, 001, 004)."""
    return next((shared / "seeds").glob(f"{prefix}_*.txt"))


def parse_pages(*texts: str) -> list[Parsed]:
    """Page texts (one per page) through normalise, segment and parse, as one source."""
    pages = [Page(page_no=n, text=text, method="text") for n, text in enumerate(texts, start=1)]
    return parse_segments(segment("f" * 64, normalize_pages(pages), raw_source_lines(pages)))


def parse_file_pages(path: Path) -> list[Parsed]:
    """A UTF-8 text file's pages (parted by form feeds) through ``parse_pages``: a guard
    document a round's reviews wrote."""
    return parse_pages(*path.read_text(encoding="utf-8").split("\f"))


def guard_records(folder: str, name: str, kind: type) -> list:  # type: ignore[type-arg]
    """The records of ``kind`` in the guard document ``name`` a round's reviews wrote into
    ``tests/fixtures/<folder>`` (pages parted by form feeds)."""
    parsed = parse_file_pages(Path(__file__).parent / "fixtures" / folder / f"{name}.txt")
    return [row for document in parsed for row in document.rows if isinstance(row, kind)]


def parse_text_file(tmp_path: Path, text: str) -> list[Parsed]:
    """A plain-text file through every stage before loading: read, extract (form feeds as
    page breaks), normalise, segment, parse."""
    path = tmp_path / "source.txt"
    path.write_text(text, encoding="utf-8")
    pages = extract_pages(read_source(path, Settings()), Settings())
    return parse_segments(segment("a" * 64, normalize_pages(pages), raw_source_lines(pages)))


def ingest_and_evaluate(sources: list[Path], gold: Path, db: Path, settings: Settings) -> EvalReport:
    """``sources`` ingested into a new warehouse ``db`` (none may fail), scored against ``gold``."""
    from pipeline.run import ingest

    summary = ingest(sources, db, settings)
    assert not summary.failures, summary.failures
    con = duckdb.connect(str(db), read_only=True)
    try:
        return evaluate(con, gold)
    finally:
        con.close()
