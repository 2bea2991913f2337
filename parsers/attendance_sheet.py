"""Parser for attendance sheets (บัญชีลงเวลา / ใบลงชื่อผู้เข้าประชุม): the documents row only.

A signature sheet repeats the people of the minutes' own attendance lists (with signatures),
so it adds no attendees; its heading gives the title (the meeting it belongs to), the date
and the fiscal year.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from parsers.common import cells, document_row, find_organization
from parsers.doctype import DocumentType
from parsers.grammar import (
    LOOKAHEAD,
    NAME_COLUMN,
    NAME_LIST_HEADER,
    ROW_NUMBER,
    flat,
    heading_title,
    line_text,
)
from pipeline.model import Line, Parsed, Segment
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


# --- where a sheet opens (segment): its table header, and its title above it -------------------------

# Broader than the parser's SIGN_COLUMN (``ลายมือ`` alone), as segment has always read it.
SIGNATURE_COLUMN = regex.compile(r"ลายมือ|ลายเซ็น|ลงชื่อ|ลงนาม")
# A sheet's own title (บัญชีลงเวลา..., ใบลงชื่อ...): with it, a position column is enough
# where OCR garbled the name column's header.
SHEET_TITLE_WORDS = r"บัญชี\s*(?:ลง|รายชื่อ)|ใบ\s*ลง|แบบ\s*ลง|(?:แบบ\s*)?ลง\s*ทะเบียน|ทะเบียนผู้"
SHEET_TITLE = regex.compile(rf"^(?:{SHEET_TITLE_WORDS})")
POSITION_COLUMN = regex.compile(r"ตำแหน่ง")
# A sheet's heading lines: its own title, or the meeting it records.
SHEET_HEADING = regex.compile(
    rf"^(?:{SHEET_TITLE_WORDS}|การประชุม|รายชื่อ|ลงชื่อ\s*ผู้|รายงานการประชุม|(?:แบบ\s*)?(?:ลง\s*)?ทะเบียน)"
)


def is_header(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a sheet's table header: names and signatures."""
    row = lines[i].text
    if "\t" not in row or not SIGNATURE_COLUMN.search(row):
        return False
    if NAME_COLUMN.search(row):
        return True
    titled = any(SHEET_TITLE.match(line_text(lines, j)) for j in range(max(0, i - LOOKAHEAD), i))
    return titled and bool(POSITION_COLUMN.search(row))


# The sentence over the signatures of the committee that checked the minutes: the table under
# it (``ลงชื่อ | ชื่อ - สกุล | ตำแหน่ง``) is the minutes' own, no attendance sheet.
CHECKED_MINUTES = regex.compile(r"ตรวจ\s*(?:สอบ\s*)?(?:รายงาน|บันทึก)\s*การ\s*ประชุม")
CHECKING_SENTENCE = regex.compile(r"ได้\s*ตรวจ\s*(?:สอบ\s*)?(?:รายงาน|บันทึก)\s*การ\s*ประชุม.*แล้ว")


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    signed_first = regex.match(r"\(?\s*ลง\s*ชื่อ", lines[i].text.strip()) is not None
    if current == "minutes" and signed_first and any(CHECKED_MINUTES.search(line_text(lines, j)) for j in range(max(0, i - 2), i)):
        return False
    # (the checking committee's roster under its sentence, whatever its first column:
    # ``ได้ตรวจรายงานการประชุมครั้งนี้แล้ว ...`` / ``ที่ | ชื่อ - สกุล | ตำแหน่ง | หน้าที่ | ลายมือชื่อ``)
    if current == "minutes" and i > 0 and CHECKING_SENTENCE.search(line_text(lines, i - 1)):
        return False
    return current != "attendance_sheet" and is_header(lines, i)


def sheet_start(lines: Sequence[Line], header: int, floor: int) -> int:
    """The first line of an attendance sheet whose table header is at ``header``."""
    for j in range(header - 1, max(floor, header - LOOKAHEAD) - 1, -1):
        if SHEET_HEADING.match(line_text(lines, j)):
            return j
    return header


TYPE = DocumentType(name="attendance_sheet", opens=opens, reaches_back=sheet_start, parse=parse)
