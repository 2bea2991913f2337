"""Parser for attendance sheets (บัญชีลงเวลา / ใบลงชื่อผู้เข้าประชุม).

Its heading gives the title (the meeting it belongs to), the date and the fiscal year. Its
table's people are read as the meeting's attendees (``status`` from the remarks: ``ลาป่วย``,
``ติดราชการ`` ... absent), under the sheet's own document; a sheet mostly repeats the minutes'
own lists, so the cross-document pass (``parsers.crossdoc``) keeps them only for minutes of
the same date in the same source that list no members themselves (``ผู้มาประชุม จำนวน ๑๓ คน
(ตามบัญชีลงชื่อแนบท้าย)``), and moves them to that meeting.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from parsers.common import cells, document_row, find_organization, split_person
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
from parsers.vocabulary import ABSENCE_REMARK, POSITION_START
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import clean, surname_after
from pipeline.thai import find_date, find_fiscal_year
from schemas import Attendee
from schemas.tables import AttendanceStatus

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
    return Parsed(document=document, rows=list(sheet_attendees(segment)))


# A column of the committee role (``ตำแหน่งในคณะกรรมการ``, ``หน้าที่``), of the post
# (``ตำแหน่ง``, ``ประเภทกรรมการ``, ``สังกัด``), of remarks.
ROLE_HEAD = regex.compile(r"ตำแหน่ง\s*ใน\s*คณะ|หน้าที่|บทบาท")
POSITION_HEAD = regex.compile(r"ตำแหน่ง(?!\s*ใน\s*คณะ)|ประเภท|สังกัด|หน่วยงาน")
REMARK_HEAD = regex.compile(r"หมายเหตุ")
# A sheet's title saying whose names it holds: those invited, or the members.
SHEET_OF = regex.compile(r"(?:บัญชี|ใบ|แบบ)\s*(?:ลง\s*)?(?:ชื่อ|เวลา|ทะเบียน)\s*(?:ผู้\s*(?P<invited>เข้า\s*ร่วม)|ผู้\s*มา|กรรมการ)")


def row_status(titled: AttendanceStatus, role: str | None, remark: str) -> AttendanceStatus:
    """A row's status: those invited by the sheet's title, unless the row holds a committee
    role (a members' sheet titled ``ผู้เข้าร่วมประชุม``); a member away by the remarks."""
    if titled == "invited" and not (role and MEMBER_ROLE.match(role)):
        return "invited"
    return "absent" if ABSENCE_REMARK.match(remark) else "present"


MEMBER_ROLE = regex.compile(r"(?:รอง)?ประธาน|(?:ผู้ช่วย)?เลขานุการ|(?:อนุ)?กรรมการ|คณะทำงาน|เหรัญญิก|ปฏิคม")


def header_columns(header: list[str]) -> dict[str, int]:
    """The columns a sheet's header labels: name, post, committee role, remarks (the first
    cell each label's pattern finds)."""
    found = {
        role: next((k for k, cell in enumerate(header) if pattern.search(cell)), None)
        for role, pattern in (("remark", REMARK_HEAD), ("role", ROLE_HEAD), ("position", POSITION_HEAD), ("name", NAME_COLUMN))
    }
    return {role: k for role, k in found.items() if k is not None}


def column_cell(row: list[str], columns: dict[str, int], role: str) -> str | None:
    """The cleaned cell of ``role``'s column (not the name's), None when empty or absent."""
    k = columns.get(role)
    return (clean(row[k]) or None) if k is not None and k < len(row) and k != columns.get("name") else None


def sheet_attendees(segment: Segment) -> list[Attendee]:
    """The people of the sheet's table, attendees of the meeting it records (the meeting
    linked by ``parsers.crossdoc``): ``meeting_id`` is the sheet's own until then."""
    columns: dict[str, int] = {}
    out: list[Attendee] = []
    status: AttendanceStatus = "present"
    for line in segment.lines:
        row = [c.strip() for c in cells(line.text)]
        if len([c for c in row if c]) == 1 and (title := SHEET_OF.search(line.text)):
            # a sheet of those invited (``บัญชีลงชื่อผู้เข้าร่วมประชุม``), or of the members
            status = "invited" if title["invited"] else "present"
            continue
        if "\t" in line.text and SIGN_COLUMN.search(line.text) and NAME_COLUMN.search(line.text):
            columns = header_columns(row)  # (each table's own header: a sheet may hold two)
            continue
        if not columns:
            continue
        number = ROW_NUMBER.match(row[0]) if row else None
        name_at = columns.get("name")
        if number is None or name_at is None or name_at >= len(row):
            continue
        after = row[name_at + 1] if name_at + 1 < len(row) else ""
        given = split_person(row[name_at], with_prefix=False)
        if after and (
            surname_after(row[name_at], after)
            or (given is not None and " " not in given.full_name and " " not in after and not POSITION_START.match(after))
        ):
            row[name_at : name_at + 2] = [f"{row[name_at]} {row[name_at + 1]}"]  # (``นายสุเทพ  ทองอินทร์``: a typist's two spaces)
        person = split_person(row[name_at], with_prefix=False)
        if person is None or not person.full_name:
            continue
        remark = regex.sub(r"^\(|\)$", "", column_cell(row, columns, "remark") or "")
        out.append(
            Attendee(
                meeting_id=f"{segment.doc_id}-sheet",
                doc_id=segment.doc_id,
                page_no=line.page_no,
                seq=int(number["no"]),
                status=row_status(status, column_cell(row, columns, "role"), remark),
                prefix=person.prefix,
                full_name=person.full_name,
                position=column_cell(row, columns, "position"),
                role=column_cell(row, columns, "role"),
            )
        )
    return out


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
