"""What the pipeline needs from a document type: how it opens (for ``segment``), how it is
parsed, and which records it finds inside documents of other types (for ``parse``).

Each document-type module under ``parsers/`` declares one ``TYPE = DocumentType(...)``;
``parsers.registry`` lists them in the order their openings are tried. This module imports no
document type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from pipeline.model import Line, Parsed, Segment
from schemas import Row

# (lines, index, type of the document being read) -> a document of this type opens at index.
Opening = Callable[[Sequence[Line], int, "str | None"], bool]
# (lines, index of the opening, floor) -> its first line, at or above the opening, not above floor.
Reach = Callable[[Sequence[Line], int, int], int]
Parser = Callable[[Segment], Parsed]
Extractor = Callable[[Segment], list[Row]]


@dataclass(frozen=True)
class DocumentType:
    """One document type (``name`` is its ``schemas.DocType``) or one embedded record reader.

    - ``opens``: where a document of this type starts; the registry's order decides between
      types whose openings match the same line (the first wins).
    - ``reaches_back``: where it starts when its opening is below its first line (a sheet's
      title above its table header); without it, at the opening.
    - ``ends``: a line that closes the document. While it is not closed, its own opening again
      is its heading repeated as a page header, not a new document; without ``ends`` every
      opening is a new document.
    - ``body``: lines that, matched in this order, end the document's heading; while in its
      heading, the openings of the types in ``heading_holds`` belong to it (minutes print their
      own attendance lists).
    - ``untitled``: the type of a document that opens without a known heading, when its lines
      satisfy this.
    - ``parse``: the parser of documents of this type (without one: the generic documents row).
    - ``extract`` and ``embedded_in``: records read from every document of the types named.
    """

    name: str
    opens: Opening | None = None
    reaches_back: Reach | None = None
    ends: regex.Pattern[str] | None = None
    body: tuple[regex.Pattern[str], ...] = ()
    heading_holds: frozenset[str] = frozenset()
    untitled: Callable[[Sequence[Line]], bool] | None = None
    parse: Parser | None = None
    extract: Extractor | None = None
    embedded_in: frozenset[str] = frozenset()
