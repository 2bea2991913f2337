"""Stage 5, parse: each segment goes to the parser of its document type.

A parser module exposes ``parse(segment) -> Parsed``. Some records appear inside documents
of any type (an ITA score table in a memo, a measures table in a report): the embedded
extractors ``extract(segment) -> list[Row]`` run on every segment whose type allows them.
A parser that fails on one segment does not lose the source: the segment keeps its
``documents`` row and the failure becomes a warning (source status ``partial``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from types import ModuleType

from parsers import (
    action_plan,
    attendance_sheet,
    common,
    integrity_measures,
    ita_scores,
    measures,
    memo,
    minutes,
    order,
    project_sheets,
)
from pipeline.model import Parsed, Segment
from pipeline.normalize import normalize_line
from schemas import ItaScore, Row

Parser = Callable[[Segment], Parsed]
Extractor = Callable[[Segment], list[Row]]

PARSERS: dict[str, ModuleType] = {
    "memo": memo,
    "minutes": minutes,
    "attendance_sheet": attendance_sheet,
    "order": order,
    "action_plan": action_plan,
    "project_sheets": project_sheets,
    "integrity_measures": integrity_measures,
}
EMBEDDED: tuple[tuple[ModuleType, frozenset[str]], ...] = (
    (ita_scores, frozenset({"integrity_measures", "memo", "other", "minutes", "order"})),
    (measures, frozenset({"integrity_measures", "memo", "other", "minutes"})),
)


def parse_generic(segment: Segment) -> Parsed:
    """Documents without a parser of their own: title, organization and dates only."""
    return Parsed(document=common.generic_document(segment))


def parse_segment(segment: Segment) -> Parsed:
    module = PARSERS.get(segment.doc_type)
    warnings: list[str] = []
    try:
        parsed = module.parse(segment) if module else parse_generic(segment)
    except Exception as err:  # one bad document must not lose the rest of the source
        warnings.append(f"segment {segment.segment_no} ({segment.doc_type}): parser failed: {err!r}")
        parsed = parse_generic(segment)
    for extractor, doc_types in EMBEDDED:
        if segment.doc_type not in doc_types:
            continue
        try:
            parsed.rows.extend(extractor.extract(segment))
        except Exception as err:
            name = extractor.__name__.rsplit(".", 1)[-1]
            warnings.append(f"segment {segment.segment_no}: {name} failed: {err!r}")
    parsed.warnings.extend(warnings)
    return parsed


def fill_organizations(parsed: list[Parsed], segments: Sequence[Segment]) -> list[Parsed]:
    """A document that never names its office (a measures table after a memo, an office name
    printed only as the running header) belongs to the office its source names most; its ITA
    scores too."""
    named = [p.document.organization for p in parsed if p.document.organization]
    for result, segment in zip(parsed, segments, strict=True):
        office = result.document.organization
        if office is None:
            raw = "\n".join(normalize_line(line) for line in segment.raw_text.splitlines())
            office = (Counter(named).most_common(1)[0][0] if named else None) or common.find_organization(raw)
            if office is None:
                continue
            result.document = result.document.model_copy(update={"organization": office})
        result.rows = [
            row.model_copy(update={"organization": office})
            if isinstance(row, ItaScore) and row.organization is None
            else row
            for row in result.rows
        ]
    return parsed


def parse_segments(segments: Sequence[Segment]) -> list[Parsed]:
    # Sheets are a segment of their own: their plan rows are only known once all are parsed.
    parsed = project_sheets.link_sheets_to_plan([parse_segment(segment) for segment in segments])
    return fill_organizations(parsed, segments)
