"""Stage 4, segment: split a source's clean lines into logical documents and classify them.

A source often holds several documents back to back (a memo, the minutes it forwards, an
attendance sheet; a report, then an order). Each document type has a recognisable opening;
a new document starts at the first line of such an opening. Lines before the first opening
form a document of their own, classified by what they hold.

The openings are the document types' own (``TYPE.opens`` in each ``parsers`` module), tried in
the order of ``parsers.registry.DOCUMENT_TYPES``: the first that matches a line wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from parsers.doctype import DocumentType
from parsers.grammar import GARUDA, line_text
from parsers.registry import DOCUMENT_TYPES, OPENINGS
from pipeline.model import Line, Segment

# A registry's receiving stamp (its office, ``เลขรับ 0318``, ``วันที่ ...``, ``เวลา ...``).
_STAMP_FIELD = regex.compile(r"^(?:เลข\s*(?:ที่\s*)?รับ|วันที่|เวลา)\s*\S")
_STAMP_NUMBER = regex.compile(r"^เลข\s*(?:ที่\s*)?รับ")
STAMP_LINES = 4
STAMP_OFFICE = 40  # characters of the stamp's office line


def receiving_stamp(texts: Sequence[str]) -> bool:
    """Lines that are a receiving stamp: a register number among its fields and a short office name."""
    return any(_STAMP_NUMBER.match(t) for t in texts) and all(
        _STAMP_FIELD.match(t) or (len(t) <= STAMP_OFFICE and not regex.search(r"\d", t)) for t in texts
    )


# Urgency, secrecy, copy and version stamps above a title (``ฉบับแก้ไข`` on amended minutes).
# (a scan's speck beside one: ``(ครุฑ)   4``)
_MARKING = regex.compile(
    rf"^(?:{GARUDA}|ด่วน(?:\s*มาก|\s*ที่\s*สุด)?|ลับ(?:\s*มาก|\s*ที่\s*สุด)?|สำเนา(?:\s*คู่\s*ฉบับ)?|ปกปิด"
    r"|[(\[]?(?:ฉบับ\s*(?:แก้\s*ไข|ปรับ\s*ปรุง|ร่าง)(?:\s*ครั้ง\s*ที่\s*[\d๐-๙]+)?|ร่าง)[)\]]?)"
    r"(?:\s+[^\s\p{Thai}]{1,2})?$"
)


def find_starts(lines: Sequence[Line]) -> list[tuple[int, str]]:
    """(line index, doc_type) of every document opening, in order."""
    starts: list[tuple[int, str]] = []
    current: DocumentType | None = None
    body_marks = 0  # how many of the current document's ``body`` marks were seen, in order
    closed = False  # the current document met a line of its ``ends``
    for i in range(len(lines)):
        text = line_text(lines, i)
        if current is not None:
            closed = closed or bool(current.ends is not None and current.ends.match(text))
            while body_marks < len(current.body) and current.body[body_marks].match(text):
                body_marks += 1
        in_heading = current is not None and body_marks < len(current.body)
        held = current.heading_holds if current is not None and in_heading else frozenset()
        name = current.name if current is not None else None
        for doc_type in OPENINGS:
            if doc_type.name in held:
                continue  # e.g. the minutes' own attendance list, above their agenda
            if doc_type.opens is None or not doc_type.opens(lines, i, name):
                continue
            if doc_type.name == name and doc_type.ends is not None and not closed:
                break  # its heading repeated as a page header (``... ครั้งที่ 1/2567``, ``(ต่อ)``)
            floor = starts[-1][0] + 1 if starts else 0
            start = doc_type.reaches_back(lines, i, floor) if doc_type.reaches_back is not None else i
            starts.append((start, doc_type.name))
            current = doc_type
            body_marks = 0
            closed = False
            break
    return starts


def classify_untitled(lines: Sequence[Line]) -> str:
    """The type of a document that opens without a known heading."""
    for doc_type in DOCUMENT_TYPES:
        if doc_type.untitled is not None and doc_type.untitled(lines):
            return doc_type.name
    return "other"


def doc_id_for(source_id: str, segment_no: int) -> str:
    return f"{source_id[:16]}-{segment_no:03d}"


def segment(source_id: str, lines: Sequence[Line], raw_lines: Sequence[str]) -> list[Segment]:
    """Split ``lines`` into documents. ``raw_lines`` are the untouched lines (``Line.index``)."""
    if not lines:
        return []
    starts = find_starts(lines)
    if starts and 0 < starts[0][0] <= 3 and all(_MARKING.match(line_text(lines, i)) for i in range(starts[0][0])):
        starts[0] = (0, starts[0][1])  # ``ด่วนที่สุด`` stamped above the first document's title
    if starts and 0 < starts[0][0] <= STAMP_LINES and receiving_stamp([line_text(lines, i) for i in range(starts[0][0])]):
        starts[0] = (0, starts[0][1])  # the registry's receiving stamp typed above the first title
    if not starts or starts[0][0] > 0:
        leading = lines[: starts[0][0]] if starts else lines
        starts.insert(0, (0, classify_untitled(leading)))
    segments: list[Segment] = []
    bounds = [*starts, (len(lines), "")]
    for (begin, doc_type), (end, _) in pairwise(bounds):
        chunk = tuple(lines[begin:end])
        if not chunk:
            continue
        raw_end = lines[end].index if end < len(lines) else len(raw_lines)
        raw_begin = chunk[0].index if segments else 0
        segment_no = len(segments) + 1
        segments.append(
            Segment(
                doc_id=doc_id_for(source_id, segment_no),
                source_id=source_id,
                segment_no=segment_no,
                doc_type=doc_type,
                lines=chunk,
                raw_text="\n".join(raw_lines[raw_begin:raw_end]).strip("\n"),
            )
        )
    return segments
