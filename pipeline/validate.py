"""Stage 6, validate: records agree with the contract and with each other before loading.

Pydantic has already checked each row's types; here we check what a single row cannot:
every row belongs to a document of this source, meeting rows to a meeting, page numbers
lie within the source, a person's given name and surname glued together (OCR drops the space)
are split where the given name is a known one, a record printed twice is kept once, and
a value the warehouse column cannot hold (an amount beyond DECIMAL(18,2), text that is not
valid Unicode) drops its record with a warning instead of failing the source's load.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.model import Parsed
from pipeline.thai import split_glued_name
from schemas import Meeting, Row, contract_problems

# Person-name columns: given name + one space + surname (CONTRACT.md).
NAME_COLUMNS = ("full_name", "signer_name", "recorder_name", "reviewer_name")


def _key(row: Row) -> tuple[object, ...]:
    values = row.model_dump().values()
    return (row.__table__, *(tuple(v) if isinstance(v, list) else v for v in values))


def validate(
    parsed: Sequence[Parsed], pages: int, laid_out: bool = False, ocr: bool = False
) -> tuple[list[Parsed], list[str]]:
    """The documents with their rows checked; problems come back as warnings. ``laid_out``:
    the text was read from page layouts (OCR, or a PDF whose cell wrapped between given name
    and surname without a space), so glued names are split; typed names keep their spaces.
    ``ocr``: some of it was read from images, where the space between given name and surname
    may stand a few letters off, so a name is also split again where both halves are known
    names (a text layer's space is the one typed: ``คำปัน ใจยา`` stays, not ``คำ ปันใจยา``)."""
    warnings: list[str] = []
    doc_ids = {p.document.doc_id for p in parsed}
    meeting_ids = {row.meeting_id for p in parsed for row in p.rows if isinstance(row, Meeting)}
    out: list[Parsed] = []
    for item in parsed:
        problems = contract_problems(item.document)
        if problems:
            warnings.append(f"document {item.document.segment_no} dropped with its records: {problems[0]}")
            continue
        seen: set[tuple[object, ...]] = set()
        rows: list[Row] = []
        for row in item.rows:
            values = row.model_dump()
            if values.get("doc_id") not in doc_ids:
                warnings.append(f"{row.__table__} row without its document dropped")
                continue
            if (
                "meeting_id" in values
                and not isinstance(row, Meeting)
                and values["meeting_id"] not in meeting_ids
            ):
                warnings.append(f"{row.__table__} row without its meeting dropped")
                continue
            glued = {
                c: split_glued_name(values[c], respace=ocr)
                for c in NAME_COLUMNS
                if laid_out and isinstance(values.get(c), str)
            }
            glued = {c: v for c, v in glued.items() if v != values[c]}
            if glued:
                row = row.model_copy(update=glued)
            page_no = values.get("page_no")
            if isinstance(page_no, int) and not 1 <= page_no <= max(pages, 1):
                row = row.model_copy(update={"page_no": min(max(page_no, 1), max(pages, 1))})
            problems = contract_problems(row)
            if problems:
                warnings.append(f"{row.__table__} row dropped: {problems[0]}")
                continue
            key = _key(row)
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
        out.append(Parsed(document=item.document, rows=rows, warnings=list(item.warnings)))
        warnings.extend(item.warnings)
    return out, warnings
