"""The document types, in the order their openings are tried: where two match the same line,
the first wins (an attendance sheet's table header before all; a memo's title before the
order or minutes it forwards; sheets before the plan whose title they may repeat).

The embedded extractors run in this order too. A new document type is one module under
``parsers/`` declaring ``TYPE = DocumentType(...)``, plus its place in this tuple.
"""

from __future__ import annotations

from parsers import (
    action_plan,
    attendance_sheet,
    integrity_measures,
    ita_scores,
    measures,
    memo,
    minutes,
    order,
    project_sheets,
)
from parsers.doctype import DocumentType, Extractor, Parser

DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    attendance_sheet.TYPE,
    memo.TYPE,
    order.TYPE,
    minutes.TYPE,
    project_sheets.TYPE,
    action_plan.TYPE,
    integrity_measures.TYPE,
    ita_scores.TYPE,
    measures.TYPE,
)
BY_NAME: dict[str, DocumentType] = {doc_type.name: doc_type for doc_type in DOCUMENT_TYPES}
OPENINGS: tuple[DocumentType, ...] = tuple(t for t in DOCUMENT_TYPES if t.opens is not None)
PARSERS: dict[str, Parser] = {t.name: t.parse for t in DOCUMENT_TYPES if t.parse is not None}
EMBEDDED: tuple[tuple[str, Extractor, frozenset[str]], ...] = tuple(
    (t.name, t.extract, t.embedded_in) for t in DOCUMENT_TYPES if t.extract is not None
)
