"""Values that flow between the stages: read -> extract -> normalize -> segment -> parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.layout import Cell
from schemas import Document, Row

ExtractionMethod = Literal["text", "pdf_text", "ocr"]


@dataclass(frozen=True, slots=True)
class Source:
    """An input file's bytes with what we know about them."""

    path: str
    data: bytes
    media_type: str  # text/plain, application/pdf, image/png, ...
    source_id: str  # sha256 of data


@dataclass(frozen=True, slots=True)
class Page:
    """One page of extracted text, untouched. Table rows come as tab-separated cells."""

    page_no: int  # 1-based
    text: str
    method: ExtractionMethod
    reason: str | None = None  # why the page was OCR'd (text-layer PDFs only)
    confidence: float | None = None  # mean word confidence (0-100) of an OCR'd page, when the reader gives it
    # Where the cells of each of the page's lines (``normalize.raw_lines`` of ``text``) stand,
    # as the extractor placed them from their geometry (a PDF text layer's laid-out lines);
    # ``None`` for a line it did not place (a ruled row, a joined line), and empty when it
    # placed none: ``normalize_pages`` reads those from the text (``layout.cells_at``).
    cells: tuple[tuple[Cell, ...] | None, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Line:
    """A normalised line and the page it stands on.

    ``text`` is clean (NFC, Arabic digits, no furniture) but keeps column structure:
    cells of a table row are separated by a single tab (tabs, runs of spaces and PDF
    cells all become tabs). Use ``parsers.common.cells`` to split and ``clean`` to flatten.
    """

    text: str
    page_no: int
    index: int = 0  # position of the untouched line in the source (see ``raw_source_lines``)
    # Where the line's cells stand in its untouched line (``layout.cells_at``: a leading indent
    # is an empty first cell), filled by ``normalize_pages``; empty when the untouched line is
    # not known or ``text`` is not that line normalised (a ditto filled in, a wrapped role
    # joined on, a continuation marker or a page number cut off): its positions are then unknown.
    # A line a parser re-cuts keeps its untouched line's cells. (Not compared: two lines are
    # the same line whatever is known of their positions.)
    cells: tuple[Cell, ...] = field(default=(), compare=False)
    ruled: bool = field(default=False, compare=False)  # the untouched line's cells are tab-separated (a ruled row)


@dataclass(frozen=True, slots=True)
class Segment:
    """A logical document inside a source, with its lines."""

    doc_id: str
    source_id: str
    segment_no: int
    doc_type: str
    lines: tuple[Line, ...]
    raw_text: str

    @property
    def page_start(self) -> int:
        return self.lines[0].page_no if self.lines else 1

    @property
    def page_end(self) -> int:
        return self.lines[-1].page_no if self.lines else 1

    def warning(self, problem: str) -> str:
        """A parse warning about this segment: ``segment 3 (minutes): no heading found``."""
        return f"segment {self.segment_no} ({self.doc_type}): {problem}"


@dataclass(slots=True)
class Parsed:
    """What a parser returns: the document row and the records of each contract table."""

    document: Document
    rows: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
