"""Stage 5, parse: each segment goes to the parser of its document type.

The parsers are the document types' own (``TYPE.parse`` in each ``parsers`` module, listed in
``parsers.registry``). Some records appear inside documents of any type (an ITA score table in
a memo, a measures table in a report): the embedded extractors (``TYPE.extract``) run on every
segment whose type is in their ``embedded_in``. A parser that fails on one segment does not
lose the source: the segment keeps its ``documents`` row and the failure becomes a warning
(source status ``partial``). Once every segment is parsed, the cross-document passes
(``parsers.crossdoc``) link what one document needs from another.
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers import common, crossdoc
from parsers.registry import EMBEDDED, PARSERS
from pipeline.model import Parsed, Segment


def parse_generic(segment: Segment) -> Parsed:
    """Documents without a parser of their own: title, organization and dates only."""
    return Parsed(document=common.generic_document(segment))


def parse_segment(segment: Segment) -> Parsed:
    parser = PARSERS.get(segment.doc_type)
    warnings: list[str] = []
    try:
        parsed = parser(segment) if parser else parse_generic(segment)
    except Exception as err:  # one bad document must not lose the rest of the source
        warnings.append(segment.warning(f"parser failed: {err!r}"))
        parsed = parse_generic(segment)
    for name, extract, doc_types in EMBEDDED:
        if segment.doc_type not in doc_types:
            continue
        try:
            parsed.rows.extend(extract(segment))
        except Exception as err:
            warnings.append(f"segment {segment.segment_no}: {name} failed: {err!r}")
    parsed.warnings.extend(warnings)
    return parsed


def parse_segments(segments: Sequence[Segment]) -> list[Parsed]:
    # Sheets are a segment of their own: their plan rows are only known once all are parsed.
    return crossdoc.link([parse_segment(segment) for segment in segments], segments)
