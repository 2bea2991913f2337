"""Parser for attendance sheets (บัญชีลงเวลา / ใบลงชื่อผู้เข้าประชุม): the documents row only.

A signature sheet repeats the people of the minutes' own attendance lists (with signatures),
so it adds no attendees; its heading gives the title (the meeting it belongs to), the date
and the fiscal year.
"""

from __future__ import annotations

import regex

from parsers.common import cells, document_row, find_organization
from parsers.grammar import NAME_LIST_HEADER, ROW_NUMBER, flat, heading_title
from pipeline.model import Parsed, Segment
from pipeline.thai import find_date, find_fiscal_year

SIGN_COLUMN = regex.compile(r"ลายมือชื่อ|ลายเซ็น|ลงชื่อ|ลงนาม")


def parse(segment: Segment) -> Parsed:
    heading: list[str] = []
    for line in segment.lines:
        row_cells = [c for c in cells(line.text) if c]
        if len(row_cells) > 1 and (NAME_LIST_HEADER.match(line.text) or SIGN_COLUMN.search(line.text)):
            break
        if row_cells and ROW_NUMBER.match(row_cells[0]) and len(row_cells) > 1:
            break
        heading.append(flat(line))
    heading_text = " ".join(heading)
    document = document_row(
        segment,
        title=heading_title(heading),
        organization=find_organization(heading_text)
        or find_organization(" ".join(flat(line) for line in segment.lines[:40])),
        doc_date=find_date(heading_text),
        fiscal_year=find_fiscal_year(heading_text, label="budget"),
    )
    return Parsed(document=document)
