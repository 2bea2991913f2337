"""Extractor of measures rows: the measures tables (มาตรการ/แนวทาง) and their block form.

Table form: a header names the columns (``มาตรการ/แนวทาง | วิธีการดำเนินการ | ผู้รับผิดชอบ |
ระยะเวลา | การติดตามผล`` or ``ผลการดำเนินการ``) and is printed again on every page. A row
opens with its number (or, in unnumbered tables, with a filled first cell); a line whose first
cell is empty continues the previous row cell by cell, also across a page break. Paragraphs
inside one cell (``<p>``) reach us as cells of their own, so a row may have more cells than
the header: the period cell (a year, months, ``ตลอดปี``) anchors the columns around it.

Block form: ``ประเด็นที่ N`` (or ``มาตรการที่ N <measure>``) then ``(1) กิจกรรม/โครงการ``, ``(2) ผู้รับผิดชอบ``,
``(3) ขั้นตอน/วิธีการปฏิบัติ``, ``(4) ระยะเวลา``, each value after its label or on the lines below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex
from rapidfuzz import fuzz

from parsers.common import cells
from parsers.doctype import DocumentType
from parsers.grammar import specks_only
from parsers.vocabulary import SIGNED, list_letter_number
from pipeline import layout
from pipeline.layout import Cell, display_columns
from pipeline.model import Line, Segment
from pipeline.normalize import TICK, clean, join_wrapped
from pipeline.thai import FISCAL_MONTH_ABBREVIATIONS, period_range
from schemas import Measure, Row

MEASURE, METHOD, RESPONSIBLE, PERIOD, FOLLOW_UP, SEQ, OTHER = (
    "measure",
    "method",
    "responsible",
    "period",
    "follow_up",
    "seq",
    "other",
)
# Header cell -> column role; the first pattern that matches wins.
HEADER_ROLES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (SEQ, regex.compile(r"^(?:ลำดับ(?:\s*ที่)?|ที่|ข้อ|ลำดับที่)$")),
    (
        FOLLOW_UP,
        regex.compile(r"ติดตาม|ผล\s*การ\s*(?:ดำเนิน|ปฏิบัติ)|รายงาน\s*ผล|ผล\s*ที่\s*(?:ได้|เกิด)|ผล\s*การ\s*ติดตาม"),
    ),
    # (``ผู้รับผิด`` / ``ชอบ``: a header cell its line cut)
    (RESPONSIBLE, regex.compile(r"ผู้\s*รับ\s*[ผถพ]ิ?ด\s*(?:[ชซ]อบ|$)|หน่วย\s*งาน|ผู้\s*ดำเนินการ|ผู้\s*ปฏิบัติ")),
    (PERIOD, regex.compile(r"ร?ะยะ\s*เวลา|ช่วง\s*เวลา|กำหนด\s*เวลา|ห้วง\s*เวลา|^เวลา")),
    (METHOD, regex.compile(r"วิธี|ขั้นตอน|แนวทาง\s*การ\s*(?:ดำเนิน|ปฏิบัติ)|รายละเอียด|การ\s*ดำเนิน\s*การ")),
    (MEASURE, regex.compile(r"มาตรการ|แนวทาง|ประเด็น|กิจกรรม|โครงการ|ข้อ\s*เสนอ")),
)
ROW_NUMBER = regex.compile(r"^\(?(?P<no>\d{1,2})\s*(?:[.)]\s*|\s+|$)(?!\d)")
SEQ_CELL = regex.compile(r"^(?:\(?(?P<no>\d{1,2})\s*[.)]?|\((?P<letter>[ก-ฮ])\)|(?P<letter>[ก-ฮ])\s*[.)])$")  # (``(ก)``: lettered)


def seq_number(match: regex.Match[str]) -> int:
    """The row number a number cell or a lettered cell (``(ค)``: 3) gives."""
    return int(match["no"]) if match["no"] else list_letter_number(match["letter"]) or 0


# What a period cell holds: a fiscal year, months, a quarter, "all year".
PERIOD_CELL = regex.compile(
    r"^(?:ปี\s*งบ\s*ประมาณ|ปีงบ|ประจำ\s*ปี|ตลอด\s*(?:ปี|ทั้ง)|ทุก\s*(?:วัน|เดือน|ปี|ไตรมาส)|ไตรมาส|ต\.\s?ค\.|"
    r"ตุลาคม|\d{1,2}\s*(?:เดือน|ปี)|พ\.\s?ศ\.|25\d\d|ภายใน|"
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|พฤศจิกายน|ธันวาคม)|"
    r"[ก-ฮ]{1,2}\.\s?[ก-ฮ]\.\s*(?:\d{2,4}|[-–]))|(?:ปี\s*งบ\s*ประมาณ|พ\.\s?ศ\.)\s*25\d\d$"
)
PERIOD_MAX = 60
# Lines that close a table: a signature, the memo's closing, a new numbered section heading.
CONTINUED_CAPTION = regex.compile(r"^\(\s*ต่อ\s*\)")
CONTINUED_ROW = regex.compile(r"^(?P<no>\d{1,2})\s*\.?\s*\(\s*ต่อ\s*\)$")  # ``๓ (ต่อ)``: row 3 goes on
TABLE_END = regex.compile(
    r"^(?:จึง\s*เรียน|ลงชื่อ|\(?ลงชื่อ\)?|(?:ประกาศ|สั่ง|ให้\s*ไว้|รายงาน|ข้อมูล)\s*ณ|ความเห็น|หมายเหตุ|ทั้งนี้|\(|"
    r"มติ|ที่\s*ประชุม|ระเบียบ\s*วาระ|ประธาน|เลขานุการ|ปิด\s*ประชุม|เรื่อง|เรียน|สรุป|ตาม\s*ที่|"
    r"ส่วน\s*ที่|บท\s*ที่|ข้อ\s*\d)|[:：]"
)
CONTINUATION_MAX = 30
LABEL_END = regex.compile(r"[ชซ]อบ|การ|งาน|ดำเนินการ|ปฏิบัติ")  # the end of a header label cut by its line
COLUMN_SLACK = 10  # display characters a wrapped cell may run past its column's width
GROUP_ROW = regex.compile(r"^(?:ด\u0e49?าน|มิติ|หมวด|ยุทธศาสตร์|กลุ่ม)\s*ท\u0e35?\u0e48?\s*\d{1,2}(?!\d)")  # (ดานท๑: a scan)
# An ITA indicator's row across the table over its measures (``ตัวชี้วัดที่ 3 การใช้อำนาจ (IIT)``),
# alone on its line from the first column.
FIRST_STEP = regex.compile(r"^\(?[1๑]\s*[).]")
INDICATOR_CELL = regex.compile(r"^ต\u0e31?ว\s*ช\u0e35?[\u0e48\u0e49]?\s*ว\u0e31?ด\s*(?:ท\u0e35?\u0e48?\s*)?\d{1,2}(?!\d)")
INDICATOR_ROW = regex.compile(r"^ต\u0e31?ว\s*ช\u0e35?[\u0e48\u0e49]?\s*ว\u0e31?ด\s*ท\u0e35?\u0e48?\s*\d{1,2}(?!\d)\s*\S")  # (ชี่: a scan's tone mark)
# ... its words garbled by a scan past that pattern, its number and instrument still read
# (``ต วชีวั ท 4 การ ศคงทภร5 พย์สินของราชการ (IIT)``)
INDICATOR_ROW_GARBLED = regex.compile(r"^ต[^\d\t]{0,12}?\d{1,2}\s+\S.*\((?:IIT|EIT|OIT)\)$")
# The second line of a header printed on two lines (``ระยะเวลา`` / ``ดำเนินการ``).
HEADER_TAIL = regex.compile(r"^(?:ดำเนิน\s*การ|ผล|ผล\s*การ\s*\S{0,12}|การ\s*\S{0,12}|เวลา|\(.{0,20}\))$")
UNNUMBERED_GROUP_ROW = regex.compile(r"^(?:ด\u0e49?าน|หมวด|มิติ)\s*\S")  # (a line across the table: no cells)

# Block form.
# Field labels no sentence of a measure starts with, read as labels before a single space too.
SPACED_FIELD_LABEL = regex.compile(
    r"^(?:ผู้\s*รับผิดชอบ|หน่วย\s*งาน\s*(?:ที่)?\s*รับผิดชอบ|ระยะ\s*เวลา(?:\s*ดำเนิน\s*การ)?|แนว\s*ทาง\s*ป\s*ฏิบัติ)\s"
)
# ... and the follow-up's, outside a method (whose wrapped line may open with the same words)
SPACED_FOLLOW_UP = regex.compile(r"^การ\s*ติดตาม\s*(?:และ\s*)?(?:ประเมิน|รายงาน)?\s*ผล\s")
# ``1. มาตรการ...`` (or ``3.1 มาตรการ...`` under a section ``3.``) with its fields on labelled
# lines below: a numbered list of measures, numbered by the last part.
LISTED_MEASURE = regex.compile(
    r"^(?:\d{1,2}\s*\.\s*(?P<no>\d{1,2})\s*\.?|(?P<no>\d{1,2})\s*[.)])\s*(?P<rest>มาตรการ(?!และ|ดังนี้|ต่าง)\S.*)$"
)  # (not a section heading that names them all: ``๓. มาตรการและขั้นตอนการดำเนินงาน``)
LISTED_GARBLED = regex.compile(r"^[^\s\d๐-๙.()ก-ฮ]{1,2}\s*[.)]\s*(?P<rest>มาตรการ(?!และ|ดังนี้|ต่าง)\S.*)$")  # its number garbled (``ก)``: a step's letter)
SIGNATURE_LINE = regex.compile(rf"^\(?\s*{SIGNED}\s*\)?(?:\s*\.*)?$")  # ``(ลงชื่อ)`` alone in its cell
BLOCK_END = regex.compile(
    rf"^(?:จึง\s*(?:เรียน|ประกาศ)|ทั้ง\s*นี้|\(?\s*{SIGNED}|(?:ประกาศ|สั่ง|ให้\s*ไว้|รายงาน|ข้อมูล)\s*ณ\s*วันที่|ความเห็น"
    r"|ส\u0e48?วน\s*ท\u0e35?\u0e48?\s*\d{1,2}(?!\d)"  # the document's next part (``ส่วนที่ ๓ การติดตามและรายงานผล``)
    # the document's next section, a heading alone on its line (``การติดตามและประเมินผล``)
    r"|(?:\d{1,2}\s*[.)]\s*)?การ\s*(?:ติดตาม|ประเมิน\s*ผล|รายงาน\s*ผล)\s*(?:และ\s*)?(?:ประเมิน\s*ผล|รายงาน\s*ผล)?"
    r"(?:\s*การ\s*ดำเนิน\s*(?:การ|งาน))?\s*$)"
)
# ``ประเด็นที่ N`` or ``มาตรการที่ N  <the measure>`` over its labelled lines (``มาตรการท ๒``: a
# scan's lost marks).
_ISSUE_LABEL = r"^(?:ประเด็น|มาตรการ)\s*ท\u0e35?\u0e48?\s*"
ISSUE = regex.compile(rf"{_ISSUE_LABEL}(?P<no>\d{{1,2}})(?!\d)\s*[.:)]?\s*(?P<rest>.*)$")
UNNUMBERED_ISSUE = regex.compile(rf"{_ISSUE_LABEL}[^\d\s]?\s+(?P<rest>มาตรการ\S.*)$")
BLOCK_ITEM = regex.compile(r"^\(?(?P<no>\d)\s*[.)]\s*(?P<label>[^:：]*?)\s*(?:[:：]\s*|$|\s)(?P<rest>.*)$")
# A field's number as a scan reads it, its bracket lost or a speck beside it, before a label.
OCR_ITEM = regex.compile(r"^\(?(?P<no>\d)\s*[@©®]?\s*\)?\s*(?=(?:กิจกรรม|โครงการ|ผู้\s*รับ|ขั้น\s*ตอน|วิธี\s*การ|ระยะ\s*เวลา))")
# A field's number garbled inside its brackets (``(lo)`` for (๒)) before a label.
GARBLED_ITEM = regex.compile(r"^\([^\s()\d]{1,2}\)\s*(?=(?:กิจกรรม|โครงการ|ผู้\s*รับ|ขั้น\s*ตอน|วิธี\s*การ|ระยะ\s*เวลา))")
LETTERED_SECTION = regex.compile(r"^[ก-ฮ]\.\s*ด้าน")  # a lettered heading over a group of measures
MEASURE_WORD = regex.compile(r"(?:กิจกรรม|โครงการ|มาตรการ)")
FIELD_NUMBER = regex.compile(r"^(?P<no>\d{1,2})\s*\.\s*(?P<sub>\d)(?!\d)\s*\.?\s*")  # ``๑.๓ `` before a field's label
INDICATOR = "indicator"  # a block's ``ตัวชี้วัด``: its follow-up where it has none of its own
OBJECTIVE = "objective"  # a block's ``วัตถุประสงค์``: no column of the table, nor the heading's rest
BLOCK_ROLES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (OBJECTIVE, regex.compile(r"^วัตถุ\s*ประสงค์")),
    (MEASURE, regex.compile(r"^(?:กิจกรรม|โครงการ|มาตรการ)")),
    (RESPONSIBLE, regex.compile(r"^(?:ผู้\s*รับ\s*[ผถพ]ิ?ด\s*ชอบ|หน่วย\s*งาน\s*(?:ที่)?\s*รับผิดชอบ|ผู้\s*ดำเนินการ)")),
    (METHOD, regex.compile(r"^(?:ขั้น\s*ตอน|วิธี\s*การ|แนวทาง)")),
    (PERIOD, regex.compile(r"^(?:ระยะ\s*เวลา|ช่วง\s*เวลา|กำหนด\s*เวลา|กำหนด\s*(?:แล้ว\s*)?เสร็จ)")),
    (INDICATOR, regex.compile(r"^ตัว\s*ชี้\s*วัด")),
    (FOLLOW_UP, regex.compile(r"^(?:การ\s*ติดตาม|ผล\s*การ|รายงาน\s*ผล|ผลผลิต)")),
)
BLOCK_LABEL_WORDS = regex.compile(
    r"^(?:วิธี\s*การ\s*/\s*แนว\s*ทาง(?:\s*ปฏิบัติ)?|แนว\s*ทาง\s*/\s*วิธี\s*การ|แนว\s*ทาง\s*(?:ปฏิบัติ|การ\s*ดำเนิน\s*การ)?|กิจกรรม\s*/\s*โครง\S{1,3}|โครงการ\s*/\s*กิจกรรม|กิจกรรม|โครงการ|มาตรการ|ผู้\s*รับ\s*[ผถพ]ิ?ด\s*ชอบ|"
    r"หน่วย\s*งาน\s*(?:ที่)?\s*รับผิดชอบ|ขั้น\s*ตอน\s*/\s*วิธี\s*การ\s*ปฏิบัติ|ขั้น\s*ตอน\s*(?:การ\s*ดำเนิน\s*การ|การ\s*ปฏิบัติ)?|"
    r"วิธี\s*การ\s*(?:ปฏิบัติ|ดำเนิน\s*การ)?|ระยะ\s*เวลา\s*(?:ดำเนิน\s*การ|การ\s*ดำเนิน\s*การ)?|"
    r"การ\s*ติดตาม\s*(?:และ\s*)?(?:รายงาน\s*ผล|ประเมิน\s*ผล)|การ\s*ติดตาม\s*ผล|การ\s*ติดตาม(?=\s*[:：])|ผล\s*การ\s*ดำเนิน\s*การ|"
    r"กำหนด\s*(?:แล้ว\s*)?เสร็จ|กำหนด\s*เวลา|ตัว\s*ชี้\s*วัด(?:ความ\s*สำเร็จ)?|วัตถุ\s*ประสงค์)\s*[:：]?\s*"
)


@dataclass(slots=True)
class TableRow:
    seq: int | None
    page_no: int
    parts: dict[str, list[str]] = field(default_factory=dict)
    listed: bool = False  # a numbered list's measure (``๓. มาตรการ...``) over labelled lines

    def add(self, role: str, text: str) -> None:
        if text and role not in (SEQ, OTHER, MONTHS):
            self.parts.setdefault(role, []).append(text)

    def value(self, role: str) -> str | None:
        return clean(" ".join(self.parts.get(role, [])))


# Header labels that fill a cell of their own (so several in one cell are several columns).
WHOLE_LABEL = regex.compile(
    r"^(?:ที่|ลำดับ(?:ที่)?|มาตรการ|วิธี\s*การ(?:\s*ดำเนิน\s*การ)?|ขั้น\s*ตอน\s*/\s*วิธี\s*การ|วิธี\s*การ\s*/\s*ขั้น\s*ตอน|ประเด็น(?:ที่)?|เป้า\s*หมาย|ผู้\s*รับ\s*ผิด\s*ชอบ|ระยะ\s*เวลา(?:\s*ดำเนิน\s*การ)?|"
    r"(?:การ\s*)?ติดตาม\s*(?:ผล|และ\s*ประเมิน\s*ผล)?|การ\s*ติดตาม\s*ผล|ตัว\s*ชี้\s*วัด|หมายเหตุ|งบ\s*ประมาณ|หน่วย\s*งาน(?:\s*รับผิดชอบ)?)$"
)


def role_of(label: str) -> str:
    """The column role a header label names (``OTHER`` when none)."""
    return next((r for r, pattern in HEADER_ROLES if pattern.search(label)), OTHER)


HEADER_AGAIN = 80  # rapidfuzz ratio of a cell to the header's: the header repeated as a scan reads it
SPLIT_LABELS = 3  # (two words are one label wrapped in its cell: ``หน่วยงาน ผู้รับผิดชอบ``, ``เป้าหมาย ตัวชี้วัด``)


def header_labels(cell: str) -> list[str]:
    """A header cell's labels: one, or each of several a scan read into one cell where the
    page's rulings between them were lost (``เป้าหมาย ผู้รับผิดชอบ  ระยะเวลา การติดตามผล``)."""
    words = cell.split()
    if len(words) >= SPLIT_LABELS and all(WHOLE_LABEL.match(word) for word in words):
        roles = {role_of(word) for word in words}
        if len(roles) >= SPLIT_LABELS:
            return words
    return [cell]


# A timetable's columns: the years over its months (``พ.ศ. ๒๕๖๘ | | | พ.ศ. ๒๕๖๙ ...`` over ``ต.ค. |
# พ.ย. | ...``), a tick in a month's cell for each month the measure runs.
# (a scan may part the era from its year: ``พ .ศ. | ๒๕๖๘``)
TIMETABLE_YEAR = regex.compile(r"^(?:พ\.\s*ศ\.|ปี\s*(?:งบ\s*ประมาณ)?)?\s*(?:พ\.\s*ศ\.\s*)?25\d\d$|^พ\s*\.\s*ศ\s*\.?$")
FISCAL_MONTHS = FISCAL_MONTH_ABBREVIATIONS
# (``ต.ค.``, ``ต. ค``: a space after a dot, the last dot left off)
MONTH_CELL = regex.compile(
    "^(?:" + "|".join(abbr.rstrip(".").replace(".", r"\.\s*") for abbr in FISCAL_MONTHS) + r")\.?$"
)
MONTHS = "months"  # a timetable's ticked months, the period when the table has no period column
# A month's abbreviation as a scan reads it (``ตค``, ``มิย.``, ``ก ค .``): two or three letters and dots.
LOOSE_MONTH = regex.compile(r"^[ก-ฮเ][\u0e34\u0e35]?\s*\.?\s*[ก-ฮ]\s*\.?\s*(?:[ก-ฮ]\s*\.?)?$")
MONTHS_READ = 8  # of a scanned months row's twelve cells: read as months, the row is the fiscal year's
SCANNED_TICK = regex.compile(r"(?=.*[/%√✓✔])[^\p{Thai}\d\s]{1,3}")  # a tick as a scan reads it: a stroke, no letter
QUARTER_CELL = regex.compile(r"ไตรมาส\s*(?:ที่\s*)?[1-4๑-๔]")


def header_roles(row: Sequence[str]) -> list[str] | None:
    """The column roles of a measures-table header, or None when the line is not one (a row
    opening with its number is a measure's, whatever its cells say)."""
    if row and SEQ_CELL.match(row[0].strip()):
        return None
    row = [label for cell in row for label in header_labels(cell)]
    roles: list[str] = []
    for cell in row:
        roles.append(MONTHS if TIMETABLE_YEAR.match(cell.strip()) or MONTH_CELL.match(cell.strip()) else role_of(cell) if cell else OTHER)
    if MEASURE not in roles and (named := [k for k, r in enumerate(roles) if r == METHOD and MEASURE_AND_METHOD.match(row[k])]):
        roles[named[0]] = MEASURE  # ``มาตรการ/แนวทางการดำเนินการ``: the measures, their activities under each
    if MEASURE not in roles or not regex.search(r"มาตรการ|แนวทาง", " ".join(row)):
        return None
    if roles.count(MEASURE) == 2 and METHOD not in roles:
        # ``มาตรการ | แนวทางปฏิบัติ``: beside the measure's own column, the guidance is its method
        second = [k for k, r in enumerate(roles) if r == MEASURE][1]
        if regex.match(r"แนว\s*ทาง", row[second].strip()):
            roles[second] = METHOD
    measured = [k for k, r in enumerate(roles) if r == MEASURE]
    if len(measured) == 2 and any(regex.match(r"มาตรการ", row[k].strip()) for k in measured):
        # ``ประเด็นที่ต้องพัฒนา | มาตรการ``: the issue a measure answers is no measure of its own
        for k in measured:
            if regex.match(r"ประเด็น", row[k].strip()):
                roles[k] = OTHER
    known = {PERIOD if r == MONTHS else r for r in roles if r not in (OTHER, SEQ)}
    return roles if len(known) >= 3 else None


STEP_CELL = regex.compile(r"\(?(?P<no>\d{1,2})\)")  # a step's number in a measure's own table (``๑)``: a scan's lost bracket)
NUMBERED_MEASURE = regex.compile(r"^(?P<no>\d{1,2})\s*[.)]?\s*(?P<rest>มาตรการ\S.*)$")  # over a table of its own
ACTIVITY_CELL = regex.compile(r"(?P<no>\d{1,2})\.(?P<sub>\d{1,2})")  # a measure's numbered activity
# A column of measures with their activities (``มาตรการ/แนวทางการดำเนินการ``, ``มาตรการ/กิจกรรม``).
MEASURE_AND_METHOD = regex.compile(r"^\s*มาตรการ\s*/")


def headed_roles(row: Sequence[str], roles: list[str] | None) -> list[str] | None:
    """The column roles of a table under a ``มาตรการที่ N <name>`` heading, which names the
    measure: its ``แนวทางปฏิบัติ`` column is the method (``ผู้รับผิดชอบ | แนวทางปฏิบัติ |
    ระยะเวลา | การติดตามผล``); None when the line is no such header. ``roles``: the row's
    ``header_roles``."""
    if roles is None or roles.count(MEASURE) != 1:
        return None
    at = roles.index(MEASURE)
    if not regex.match(r"แนว\s*ทาง", row[at].strip()):
        return None
    return [*roles[:at], METHOD, *roles[at + 1 :]] if METHOD not in roles else None


def is_period(cell: str) -> bool:
    return len(cell) <= PERIOD_MAX and bool(PERIOD_CELL.search(cell))


OFFICE = regex.compile(
    r"^(?:สำนัก|กอง|งาน|ฝ่าย|ทุก|ส่วน|หน่วย|ศูนย์|คณะ|นายก|ปลัด|รองปลัด|ผู้อำนวยการ|ผอ\.|หัวหน้า|"
    r"เจ้าหน้าที่|พนักงาน|บุคลากร|ผู้บริหาร|เลขานุการ)"
)
OFFICE_MAX = 60


def fit(roles: Sequence[str], row: Sequence[str], stretch: str) -> list[tuple[str, str]]:
    """(role, text) for cells that fill ``roles`` in order; ``stretch`` takes the extra cells.

    With more cells than roles, the roles before ``stretch`` take one cell each from the left,
    those after it one each from the right, and ``stretch`` the middle (split paragraphs).
    With fewer (space runs drop empty cells), the roles fill from the left, except that a
    short office name at the end goes to the responsible column.
    """
    if not roles or not row:
        return []
    if stretch not in roles:
        stretch = roles[-1]
    at = roles.index(stretch)
    left, right = list(roles[:at]), list(roles[at + 1 :])
    if len(row) >= len(roles):
        middle_end = len(row) - len(right)
        out = list(zip(left, row, strict=False))
        out += [(stretch, cell) for cell in row[len(left) : middle_end]]
        return out + list(zip(right, row[middle_end:], strict=False))
    rest = list(row[len(left) :])
    out = list(zip(left, row, strict=False))
    if rest and RESPONSIBLE in right and is_office(rest[-1]):
        return out + list(zip([stretch, *right], rest[:-1], strict=False)) + [(RESPONSIBLE, rest[-1])]
    return out + list(zip([stretch, *right], rest, strict=False))


def is_office(cell: str) -> bool:
    return len(cell) <= OFFICE_MAX and bool(OFFICE.match(cell))


def assign(row: Sequence[str], roles: Sequence[str], ruled: bool = False) -> list[tuple[str, str]]:
    """(role, text) for each cell of a row, whatever number of cells it came with. A ``ruled``
    row (its cells drawn, as many as the header's) keeps every cell under its header.

    Cells take the header's positions when the counts agree and the period cell (if any)
    sits where the header has it; otherwise the period cell anchors the columns: the
    measure, the method (all middle cells) and the office before it, the rest after it.
    """
    roles = list(roles)
    if ruled and len(row) == len(roles):
        return list(zip(roles, row, strict=True))
    if roles[:1] == [SEQ] and row and row[0] and not SEQ_CELL.match(row[0]):
        roles = roles[1:]  # the number is written in the measure's cell
    period_at = roles.index(PERIOD) if PERIOD in roles else None
    found = next((k for k, c in enumerate(row) if k > 0 and is_period(c)), None)
    if len(row) <= len(roles) and (period_at is None or found is None or found == period_at):
        return list(zip(roles, row, strict=False))
    if period_at is not None and (
        (len(row) == len(roles) and not row[period_at].strip())
        or (row[:1] == [""] and len(row) <= period_at)
    ):
        # every column in its place and the period's empty (or cut off with the empty cells
        # after it): a wrapped row's next line whose cell only looks like a period (``ภายใน
        # ๑๕ วัน`` under การติดตามผล, ``ภายใน ๗ วัน และสรุปผล`` under the method)
        return list(zip(roles, row, strict=False))
    if period_at is None or found is None:
        return fit(roles, row, METHOD)
    return [
        *fit(roles[:period_at], row[:found], METHOD),
        (PERIOD, row[found]),
        *fit(roles[period_at + 1 :], row[found + 1 :], FOLLOW_UP),
    ]


@dataclass(slots=True)
class TableReader:
    rows: list[TableRow] = field(default_factory=list)
    roles: list[str] | None = None
    numbered: bool = True
    count: int = 0
    after_header: bool = False
    header_columns: list[float] | None = None  # display columns of a space-aligned header's cells
    header_cells: tuple[Cell, ...] = ()  # where the header's cells stand in its untouched line (empty: not known)
    header_ruled: bool = False  # the header's untouched line is a ruled (tab-separated) row
    header_row: list[str] = field(default_factory=list)
    # ``มาตรการที่ ๑  <name>`` over a small table of its own with no measure column
    # (ผู้รับผิดชอบ | แนวทางปฏิบัติ | ระยะเวลา | การติดตามผล): the heading's number and name
    heading: tuple[int, str] | None = None
    labelled_rows: bool = False  # unnumbered rows, each opened by its indicator in the first column
    months: dict[int, str] = field(default_factory=dict)  # a timetable's month columns: cell index -> month
    goes_on: bool = False  # the line after the one being read opens a numbered row
    # under a measure's row, its activities numbered after it (``1.1 | จัดทำ...``): the
    # measure column's words are the method's until the next measure
    activity: bool = False
    next_row: list[str] = field(default_factory=list)  # the cells of the line after the one being read
    row_after_next: list[str] = field(default_factory=list)  # ... and of the line after that

    def read(self, lines: Sequence[Line]) -> None:
        for i, line in enumerate(lines):
            self.next_row = cells(lines[i + 1].text) if i + 1 < len(lines) else []
            self.row_after_next = cells(lines[i + 2].text) if i + 2 < len(lines) else []
            following = self.aligned(lines[i + 1], self.next_row) if i + 1 < len(lines) else []
            continued = bool(following) and not following[0] and len([c for c in following if c]) >= 1
            self.goes_on = bool(following) and bool(ROW_NUMBER.match(following[0]))
            self.read_line(line, continued=continued and len(following) > 1, at=i)

    def aligned(self, line: Line, row: list[str]) -> list[str]:
        """An indented line of a space-aligned table (a wrapped row's next line, with nothing
        in the columns before its first cell): its cells put under the header's columns by
        where they start."""
        if self.header_columns is None or not line.cells or line.ruled or self.roles is None or row[:1] != [""]:
            return row  # rows that open at the margin keep their own order (the period anchors them)
        best: tuple[float, list[str]] | None = None
        # Columns count display cells (a typist's alignment) or characters (pdftotext's):
        # take whichever puts this row's cells nearer the header's.
        for start_of in (_display_start, _character_start):
            header = [start_of(cell) for cell in self.header_cells][-len(self.header_columns) :]
            starts = [start_of(cell) for cell in line.cells]
            if len(starts) != len(row) or len(header) != len(self.header_columns):
                continue
            placed = [""] * len(header)
            miss = 0.0
            for cell, start in zip(row, starts, strict=True):
                if not cell:
                    continue
                # the nearest header: a header's words may stand anywhere over their column
                k = min(range(len(header)), key=lambda k: abs(header[k] - start))
                miss += abs(start - header[k])
                placed[k] = f"{placed[k]} {cell}".strip()
            if best is None or miss < best[0]:
                best = (miss, placed)
        return best[1] if best else row

    def read_line(self, line: Line, *, continued: bool = False, at: int | None = None) -> None:
        """``continued``: the next line goes on with this one (its first cell is empty)."""
        row = cells(line.text)
        filled = [c for c in row if c]
        # (inside a table with a measure column, such a line is a measure's wrapped cell)
        in_measure_table = self.roles is not None and MEASURE in self.roles
        issue = ISSUE.match(clean(" ".join(filled)) or "") if 1 <= len(filled) <= 2 and not in_measure_table else None
        if (
            issue is None
            and len(filled) == 1
            and not in_measure_table
            and STEP_CELL.fullmatch((self.row_after_next[:1] or [""])[0].strip())  # (its rows the measure's steps, ``(๑)``)
            and headed_roles(self.next_row, header_roles(self.next_row))
        ):
            # ``๑. มาตรการเปิดเผยข้อมูลสาธารณะ`` over its own table (``ที่ | แนวทางปฏิบัติ | ...``)
            issue = NUMBERED_MEASURE.match(clean(filled[0]) or "")
        if issue and issue["rest"]:
            self.heading, self.roles = (int(issue["no"]), issue["rest"]), None
            return
        if (
            self.heading is not None
            and self.roles is None
            and not self.after_heading_rows()
            and len(filled) == 1
            and len(filled[0]) <= CONTINUATION_MAX * 2
            and header_roles(row) is None
        ):
            # the heading's name wrapped (``... ทุกชนิด`` / ``จากการปฏิบัติหน้าที่ (No Gift Policy)``)
            self.heading = (self.heading[0], join_wrapped(self.heading[1], filled[0]))
            return
        if self.roles is not None and row and SEQ_CELL.match(row[0].strip()) and self.repeats_header(row):
            return  # the header repeated on the next page, its ``ที่`` a scan read as a digit (``4 | มาตรการ/แนวทาง | ...``)
        roles = header_roles(row)
        headed = None
        if self.heading is not None and self.after_heading_rows():
            if row == self.header_row:
                return  # the headed table's header repeated on the next page
        elif self.heading is not None:
            headed = headed_roles(row, roles)
        roles = headed or roles
        if roles is not None and headed is None:
            self.heading = None  # a table of its own, with its measure column: no heading over it
        if roles is not None:
            if self.roles is None:
                self.count = 0
                self.numbered = headed is None  # (under a heading, its row is the heading's measure)
            self.roles = roles
            self.after_header = True
            self.header_row = row
            if MONTHS not in roles:
                self.months = {}  # (a timetable's header repeated on the next page keeps its months)
            placed = line.cells if at is not None else ()
            self.header_cells, self.header_ruled = placed, bool(placed) and line.ruled
            self.header_columns = [cell.x0 for cell in placed] if placed and not line.ruled else None
            if self.header_columns is not None and len(self.header_columns) != len(roles):
                self.header_columns = None
            if self.header_columns is not None and not row[0]:
                # an indented header: its empty first cell is no column of the table
                self.roles, self.header_columns = roles[1:], self.header_columns[1:]
            return
        if at is not None:
            row = self.aligned(line, row)
        after_header, self.after_header = self.after_header, False
        if self.roles is None:
            return
        filled = [c for c in row if c]
        if not filled:
            return
        if len(filled) == 1 and CONTINUED_CAPTION.match(filled[0]):
            return  # ``(ต่อ) ตารางมาตรการ...``: the table goes on under its caption, no header again
        first = row[0]
        carried = CONTINUED_ROW.match(first)
        if carried and self.rows and self.rows[-1].seq == int(carried["no"]):
            # ``๓ (ต่อ)``: the row the last page broke, going on under the header printed again
            self.continue_row(["", *row[1:]])
            return
        if after_header and self.read_quarters(row, filled):
            self.after_header = True
            return
        if after_header and MONTHS in self.roles and self.read_months(row, filled):
            self.after_header = True  # (the header's lines may go on)
            return
        if specks_only(" ".join(filled)):
            return  # a scan's specks in a row of their own (``ฆ a | ม | ow ป09``): no measure
        if first and not ROW_NUMBER.match(first) and self.indicator_row(filled):
            return  # an indicator's row over its measures (its number and name, nothing else)
        if GROUP_ROW.match(filled[0]) and (len(filled) == 1 or (len(filled) == 2 and GROUP_ROW.fullmatch(first))):
            return  # a group's row inside the table (``ด้านที่ ๒ การป้องกันการรับสินบน``, or its name in the next cell)
        if len(filled) == 1 and first and "\t" not in line.text and UNNUMBERED_GROUP_ROW.match(first):
            return  # ... unnumbered, across the table from its first column (``ด้านการเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)``)
        # (``การรายงานผล`` right under the header, under its column: the header's wrapped label)
        tail = after_header and not first and bool(HEADER_TAIL.match(filled[0]))
        if (len(filled) == 1 and BLOCK_END.match(filled[0]) and not tail) or (
            not first and len(filled) == 2 and SIGNATURE_LINE.match(filled[0]) and regex.match(r"[.…\s]*ผู้", filled[1])
        ):
            self.roles = None  # an indented date or signature line closes the table (``(ลงชื่อ) | ผู้จัดทำ``)
            return
        if after_header and self.second_header_line(row):
            return
        if after_header and len(filled) <= 2 and self.wrapped_header_labels(filled):
            return
        if not first:
            if after_header and all(HEADER_TAIL.match(c) for c in filled):
                return
            # (a ruled cell's wrapped words, ``สรุปผลประจำปี``; not a paragraph indented two tabs)
            # (or a longer one where the table goes on with its next row after it)
            deep = "\t" in line.text and next(k for k, c in enumerate(row) if c) >= 2 and (len(filled[0]) <= CONTINUATION_MAX or self.goes_on)
            if len(filled) == 1 and not filled[0].startswith("(") and TABLE_END.match(filled[0]) and not deep:
                self.roles = None  # an indented paragraph after the table (``ทั้งนี้ ให้...``)
                return
            if all(SIGNATURE_LINE.match(c) for c in filled):
                self.roles = None  # signature blocks side by side under the table (``(ลงชื่อ) | (ลงชื่อ)``)
                return
            spaced = at is not None and bool(line.cells) and not line.ruled  # (its untouched line has no tab)
            if self.header_ruled and spaced and len(filled) == 1 and len(filled[0]) > CONTINUATION_MAX:
                self.roles = None  # a sentence outside a ruled table's cells: the paragraph after it
                return
            if len(filled) == 1 and self.overflows(row):
                self.roles = None  # a paragraph after a space-aligned table, wider than any column
                return
            if self.rows:
                self.continue_row(row)
            return
        number = ROW_NUMBER.match(first)
        seq_cell = SEQ_CELL.match(first) if self.roles[0] == SEQ else None
        expected = self.rows[-1].seq + 1 if self.rows and self.rows[-1].seq is not None else None
        numbered_as_next = bool(number or seq_cell) and (
            expected is None or seq_number(number or seq_cell) == expected  # type: ignore[arg-type]
        )
        if (number or seq_cell) and not numbered_as_next and specks_only(" ".join(filled)[(number or seq_cell).end() :]):  # type: ignore[union-attr]
            return  # a stamp's edge read with a number (``2.=ฆ | 9/1`` after row 2): no row
        # A lone numbered line opens a row only as the next number: ``3. ขั้นตอนการรายงานผล``
        # after row 5 is the document's next section, not a measure.
        if (len(filled) >= 2 and (number or seq_cell)) or (continued and numbered_as_next):
            self.start_row(row, seq_number(number or seq_cell), line.page_no)  # type: ignore[arg-type]
            return
        if len(filled) >= 2 and not self.rows:
            self.numbered = False
            # (rows opened by their indicator, ``ตัวชี้วัดที่ 2 | มาตรการ... | ...``, wrapped down
            # the first column too: only such a first cell opens the next row)
            self.labelled_rows = bool(first and INDICATOR_CELL.match(first))
        if len(filled) >= 2 and not self.numbered and self.labelled_rows and not INDICATOR_CELL.match(first) and not self.opens_method(row):
            self.continue_row(row)
            return
        if len(filled) >= 2 and not self.numbered:
            self.count += 1
            self.start_row(row, None, line.page_no)
            return
        activity = ACTIVITY_CELL.fullmatch(first)
        if activity and self.rows and self.rows[-1].seq == int(activity["no"]) and MEASURE in self.roles:
            # ``1.1 | จัดทำและเผยแพร่แผน...`` under measure 1: an activity, the method's, with its number
            self.activity = True
            numbered = False
            # (its empty cells at the end dropped by normalising: the row's cells stand in their columns)
            padded = row + [""] * (len(self.header_row) - len(row)) if self.header_ruled else row
            for role, text in self.assigned(padded):
                if role == SEQ or not text:
                    continue
                if role in (MEASURE, METHOD) and not numbered:
                    text, numbered = f"{first} {text}", True  # (the activity's number before its words)
                self.rows[-1].add(METHOD if role == MEASURE else role, text)
            if not numbered:
                self.rows[-1].add(METHOD, first)
            return
        if self.rows and len(filled) >= 2 and not TABLE_END.search(first):
            self.continue_row(row)
            return
        if self.rows and not self.numbered and self.labelled_rows:
            self.continue_row(row)  # (the indicator's wrapped words alone: ``งบประมาณ``, ``(78.25)``)
            return
        if (
            self.rows
            and len(filled) == 1
            and len(first) <= CONTINUATION_MAX
            and not number
            and not TABLE_END.search(first)
        ):
            self.rows[-1].add(MEASURE, first)
            return
        self.roles = None  # the table is over

    def read_months(self, row: list[str], filled: list[str]) -> bool:
        """Whether ``row`` is a timetable's months under its years, taking which column is which
        month: as printed; as a scan reads it (``ตค | พ.ย. | ... | AW | มีค. | we ...``: twelve
        columns, the fiscal year's months in their order); or too garbled to place (the months of
        the table's first page stand)."""
        if all(MONTH_CELL.match(c) for c in filled):
            self.months = {k: clean(c) or c for k, c in enumerate(row) if c}
            return True
        read = sum(bool(MONTH_CELL.match(c) or LOOSE_MONTH.match(c)) for c in filled)
        if len(filled) == len(FISCAL_MONTHS) and read >= MONTHS_READ:
            self.months = dict(zip((k for k, c in enumerate(row) if c), FISCAL_MONTHS, strict=True))
            return True
        return read >= MONTHS_READ // 2

    def read_quarters(self, row: list[str], filled: list[str]) -> bool:
        """Whether ``row`` is a timetable's quarters (or months) under the header's period
        (``ระยะเวลา`` over ``ไตรมาส 1 | ... | ไตรมาส 4``): their columns take ticks as a months
        row's do, and the period's label over them is no column of its own."""
        assert self.roles is not None
        # (a scan may garble one: ``ไตรมาส 1 | ไตรมาส 2 | ไตรมาส 3 | ไตรมาสศุ``: they run 1 to 4)
        read = sum(bool(QUARTER_CELL.fullmatch(c)) for c in filled)
        # (or the months: ``ระยะเวลาดำเนินการ`` over ``ต.ค. | พ.ย. | ... | ก.ย.``)
        months = len(filled) >= MONTHS_READ // 2 and all(MONTH_CELL.match(c) for c in filled)
        if not months and (len(filled) < 2 or not all(c.startswith("ไตรมาส") for c in filled) or read < len(filled) - 1):
            return False
        quarters = [k for k, c in enumerate(row) if c]
        above = [self.header_row[k].strip() if k < len(self.header_row) else "" for k in quarters]
        # (under the period's label, or blank cells it spans, its words a scan cut there: not the
        # follow-up's quarters)
        if not above[0] or role_of(above[0]) != PERIOD or any(role_of(a) != OTHER for a in above[1:] if a):
            return False
        in_order = len(filled) == 4 and read < 4 and not months
        self.months = {k: f"ไตรมาส {n}" if in_order else clean(c) or c for n, (k, c) in enumerate(((k, c) for k, c in enumerate(row) if c), start=1)}
        roles = [*self.roles, *[OTHER] * (len(row) - len(self.roles))]
        self.roles = [MONTHS if k in self.months else role for k, role in enumerate(roles)]
        return True

    def opens_method(self, row: list[str]) -> bool:
        """Whether a row's method cell opens with its first step (``1) ...``): a measure of its
        own under the indicator above, beside the indicator's wrapped name."""
        assert self.roles is not None
        return any(role == METHOD and FIRST_STEP.match(text) for role, text in assign(row, self.roles, self.ruled_row(row)))

    def repeats_header(self, row: Sequence[str]) -> bool:
        """Whether a row's cells after its first are the table's header's, as a scan reads them."""
        header = self.header_row or []
        same = sum(
            1
            for mine, theirs in zip(row[1:], header[1:], strict=False)
            if mine.strip() and fuzz.ratio(mine.strip(), theirs.strip()) >= HEADER_AGAIN
        )
        return same >= 3 and same >= len([c for c in row[1:] if c.strip()]) - 1

    @staticmethod
    def indicator_row(filled: Sequence[str]) -> bool:
        """An indicator's row, also as a scan splits it at its gaps (``ตัวชี | วัดที | 3 การใช้...``)
        or garbles its words (``ต วชีวั ท 4 การ ... (IIT)``)."""
        if len(filled) == 1:
            return bool(INDICATOR_ROW.match(filled[0]) or INDICATOR_ROW_GARBLED.match(filled[0].strip()))
        # (split only where the label itself was: a first column that names the indicator with
        # its number, ``ตัวชี้วัดที่ 9 ... | มาตรการ...``, holds a measure beside it)
        return len(filled) <= 3 and not regex.search(r"\d", filled[0]) and bool(INDICATOR_ROW.match("".join(filled)))

    def overflows(self, row: list[str]) -> bool:
        """Whether the one filled cell of a space-aligned table's line is far wider than the
        column it was put under (a sentence of the paragraph after the table)."""
        if self.header_columns is None or len(row) != len(self.header_columns):
            return False
        k = next(k for k, cell in enumerate(row) if cell)
        if k + 1 >= len(self.header_columns):
            return False
        width = self.header_columns[k + 1] - self.header_columns[k]
        return display_columns(row[k]) > 2 * width + COLUMN_SLACK

    def after_heading_rows(self) -> bool:
        """Whether the pending ``มาตรการที่ N`` heading already has its row."""
        return self.heading is not None and bool(self.rows) and self.rows[-1].seq == self.heading[0]

    def second_header_line(self, row: list[str]) -> bool:
        """Whether ``row`` is the header's second line, its cells under merged or wrapped
        header cells (``การดำเนินการ`` over ``วิธีการ/ขั้นตอน | ผู้รับผิดชอบ``): the roles of
        both lines read together, when that names more columns."""
        if len(row) != len(self.header_row) or any(ROW_NUMBER.match(c) for c in row[:1] if c):
            return False
        joined = [f"{a} {b}".strip() for a, b in zip(self.header_row, row, strict=True)]
        roles = header_roles(joined)
        known = len({r for r in roles or () if r not in (OTHER, SEQ)})
        if roles is None or self.roles is None or known <= len({r for r in self.roles if r not in (OTHER, SEQ)}):
            return False
        self.roles = roles[1:] if self.header_columns is not None and not self.header_row[0] else roles
        return True

    def wrapped_header_labels(self, filled: list[str]) -> bool:
        """Whether ``filled``, alone on the line under the header, is the rest of the header
        that the line wrapped: a label's cut-off end (``ผู้รับผิด`` / ``ชอบ``) and the last
        labels (``ระยะเวลา``), whose columns are added after the others."""
        assert self.roles is not None
        added: list[tuple[str, str]] = []
        for k, cell in enumerate(filled):
            role = next((r for r, pattern in HEADER_ROLES if pattern.search(cell)), None) if len(cell) <= 30 else None
            if role is None and k == 0 and LABEL_END.fullmatch(cell):
                continue  # (the label above ends with it)
            if role is None or role in self.roles or role in (SEQ, OTHER):
                return False
            added.append((role, cell))
        if not added:
            return False
        self.roles = [*self.roles, *(role for role, _ in added)]
        self.header_row = [*self.header_row, *(cell for _, cell in added)]
        return True

    def start_row(self, row: list[str], seq: int | None, page_no: int) -> None:
        assert self.roles is not None
        self.activity = False
        headed = self.heading if MEASURE not in self.roles else None
        if headed is not None and self.rows and self.rows[-1].seq == headed[0]:
            self.continue_row(row)  # a second row of the same heading's table
            return
        record = TableRow(seq=headed[0] if headed else seq if seq is not None else self.count, page_no=page_no)
        if headed is not None:
            record.add(MEASURE, headed[1])
        for k, (role, text) in enumerate(self.assigned(row)):
            if k == 0 and role == MEASURE and seq is not None:
                text = ROW_NUMBER.sub("", text, count=1)  # the row's number, not the measure's words
            record.add(role, text)
        self.add_months(record, row)
        self.rows.append(record)

    def add_months(self, record: TableRow, row: list[str]) -> None:
        """The months a timetable row ticks, in the months' order (its cells stand in their
        columns: a ruled row, its empty trailing cells dropped)."""
        if self.months:
            for k, month in self.months.items():
                cell = row[k].strip() if k < len(row) else ""
                # (a tick as a scan reads it in a quarter's cell: ``%/``, ``/%/``; a dash is none)
                scanned = bool(QUARTER_CELL.match(month) and SCANNED_TICK.fullmatch(cell))
                if TICK in cell or scanned:
                    record.parts.setdefault(MONTHS, []).append(month)
                elif cell and is_period(cell) and regex.search(r"\p{Thai}", cell):
                    record.add(PERIOD, cell)  # a month or a date written in the cell, no tick

    def assigned(self, row: list[str]) -> list[tuple[str, str]]:
        """The row's cells with their roles; under a measure's heading, a step's number in the
        number column (``(๑) | แจ้งเวียน...``) opens its step in the method."""
        assert self.roles is not None
        pairs = list(assign(row, self.roles, self.ruled_row(row)))
        if MEASURE in self.roles or self.heading is None:
            return pairs
        out: list[tuple[str, str]] = []
        step = ""
        for role, text in pairs:
            if role == SEQ and (numbered := STEP_CELL.fullmatch(text.strip())):
                step = f"({numbered['no']})"
                continue
            if role == METHOD and step:
                text, step = f"{step} {text}", ""
            out.append((role, text))
        return out

    def ruled_row(self, row: list[str]) -> bool:
        """Whether ``row`` is a row of a ruled table with as many cells as its header: its
        cells stand in their columns, whatever they say (``ภายใน ๓๐ วัน...`` in the method's)."""
        return self.header_ruled and len(row) == len(self.header_row)

    def continue_row(self, row: list[str]) -> None:
        assert self.roles is not None
        record = self.rows[-1]
        for role, text in self.assigned(row):
            record.add(METHOD if self.activity and role == MEASURE else role, text)
        self.add_months(record, row)


TITLE_WRAP = 40  # characters: a line this short right under a listed measure's heading is its rest
# ... or a line up to PERIOD_MAX that opens with a word no sentence opens with (``ผ่านสื่อออนไลน์...``)
TITLE_GOES_ON = regex.compile(r"^(?:ผ่าน|และ|ของ|ใน|แก่|ต่อ|กับ|ระหว่าง|หรือ|ทั้ง)\S")  # (โดย, เพื่อ: a method's)
LEAD = "lead"  # a listed measure's unlabelled paragraph, its method where no line is labelled so


def next_text(lines: Sequence[Line], at: int) -> str:
    """The cleaned text of the next of the two lines after ``at`` that has any."""
    return next((t for other in lines[at + 1 : at + 3] if (t := clean(other.text.replace("\t", " ")))), "")


def bulleted_label(cell: str) -> bool:
    """``➢ ผู้รับผิดชอบ  กองคลัง``: a field's label after a bullet (``• ผู้รับผิดชอบงานบุคคลจัดทำ
    ประกาศ``, a dot, no gap after the word, is a step that opens with it)."""
    bullet = FIELD_BULLET.match(cell.strip())
    if bullet is None:
        return False
    rest = cell.strip()[bullet.end() :]
    label = BLOCK_LABEL_WORDS.match(rest)
    if label is None:
        return False
    # (an arrow bullet is a field's: its label may be glued to the value as a scan reads it,
    # ``➢ ผู้รับผิดชอบสำนักปลัด``; a dot may bullet steps too, its label needs a gap or colon)
    return bool(FIELD_ARROW.match(cell.strip())) or label.end() == len(rest) or rest[label.end() - 1] in " \t:："


def fields_apart(lines: Sequence[Line]) -> list[Line]:
    """Lines with two numbered fields side by side (``(๒) ผู้รับผิดชอบ  กองคลัง   (๔) ระยะเวลา
    ต.ค. ๖๘``, bulleted: ``➢ ผู้รับผิดชอบ  กองคลัง   ➢ ระยะเวลา  ต.ค. ๖๘``, or bare labels in cells
    of their own: ``ผู้รับผิดชอบ  ทุกกอง   ระยะเวลา  ม.ค. - ก.ย. ๖๙``) as a line each,
    the second field's cells on their own line."""
    out: list[Line] = []
    for line in lines:
        row = line.text.split("\t")
        if header_roles(row) is not None:
            out.append(line)  # (``มาตรการ | วิธีดำเนินการ | ระยะเวลา | ผู้รับผิดชอบ``: a table's header, its labels no fields)
            continue
        first = next((k for k, c in enumerate(row) if c.strip()), 0)
        opening = SIDE_FIELD.match(row[first].strip())
        bulleted = bulleted_label(row[first])
        # (``ผู้รับผิดชอบ | ทุกกอง | ระยะเวลา | ...``; a text layer's ``ผู้รับผิดชอบ ทุกกอง | ระยะเวลา ...``)
        bare = bool(BLOCK_LABEL_WORDS.fullmatch(row[first].strip()))
        spaced = spaced_label(row[first]) and not bare
        second = next(
            (
                k
                for k, c in enumerate(row)
                if k > first
                and (
                    (
                        (m := SIDE_FIELD.match(c.strip()))
                        and BLOCK_LABEL_WORDS.match(c.strip()[m.end() :])
                        and opening is not None
                        and int(m["no"]) > int(opening["no"])  # (a later field: ``(3) ขั้นตอน ... (1) มาตรการ...`` is its first step)
                    )
                    or (bulleted and bulleted_label(c))
                    or (bare and k > first + 1 and bool(BLOCK_LABEL_WORDS.fullmatch(c.strip())) and is_value(row[first + 1]))
                    or (spaced and spaced_label(c))
                )
            ),
            None,
        )
        if second is None:
            out.append(line)
            continue
        out += [replace(line, text="\t".join(row[:second])), replace(line, text="\t".join(row[second:]))]
    return out


def spaced_label(cell: str) -> bool:
    """A cell opening with a field's label and its value one space after it."""
    return bool(SPACED_FIELD_LABEL.match(cell.strip()) or SPACED_FOLLOW_UP.match(cell.strip()))


def is_value(cell: str) -> bool:
    """A field's value beside its label, not another label (a header row is labels only)."""
    return bool(cell.strip()) and not BLOCK_LABEL_WORDS.fullmatch(cell.strip())


SIDE_FIELD = regex.compile(r"^\((?P<no>\d)\)\s*")
FIELD_BULLET = regex.compile(r"^[➢►▶•▪◆❖>»]\s*")  # (a step's dash is no field's bullet)
FIELD_ARROW = regex.compile(r"^[➢►▶❖>»]")
# A label's last word wrapped under it in a narrow label column (``แนวทาง :`` / ``ปฏิบัติ``,
# ``การติดตาม :`` / ``ผล``): no part of the value beside it.
# (labels such a word ends: ``แนวทาง``/``ขั้นตอน``/``วิธีการ`` + ``ปฏิบัติ``, ``การติดตาม`` + ``ผล``)
LABEL_ENDS = regex.compile(r"(?:แนวทาง|ขั้นตอน|วิธีการ|ติดตาม|ระยะเวลา|รายงาน)$")
LABEL_TAIL = regex.compile(r"^(?:ปฏิบัติ|ผล|ดำเนิน\s*การ|ประเมิน\s*ผล|รายงาน\s*ผล|การ\s*ดำเนิน\s*การ)$")


BRACKETED_POINT = regex.compile(r"^(?:\(|\d\s*\))")
# A labelled item, ``(๑) เป้าหมาย  โครงการ...``: its label a gap or a colon before its value.
LABELLED_ITEM = regex.compile(r"^\(?\d\)?\s*[^\t:：]{1,25}(?:\t|[:：])")


def read_blocks(lines: Sequence[Line]) -> list[TableRow]:
    """Measures written as ``ประเด็นที่ N`` blocks of numbered fields."""
    lines = fields_apart(lines)
    rows: list[TableRow] = []
    current: TableRow | None = None
    role: str | None = None
    labelled, label, label_at = -1, "", 0  # the line of the last field label, the label, its column
    stepping = False  # reading a heading's numbered steps (``(1) ...``, no field's label)
    heading_at = -1  # the line of the last measure's heading
    in_table = False  # under a ruled table's header: its rows are the table reader's
    ruled_fields = False  # the last field's label stood in a ruled form's cell (``การติดตามผล | ...``)
    numbered_fields: TableRow | None = None  # the measure whose fields are numbered under its number
    for at, line in enumerate(lines):
        text = clean(line.text.replace("\t", " ")) or ""
        if not text:
            continue
        if "\t" in line.text.strip() and header_roles(cells(line.text)) is not None:
            in_table, current, role = True, None, None
            continue
        if in_table and "\t" in line.text and not ISSUE.match(text):
            # (``๑. มาตรการป้องกัน... | (๑) จัดทำ... | ต.ค. ... | สำนักปลัด``, `` | (๒) เผยแพร่...``:
            # a row and its continuation, no block)
            continue
        in_table = False
        raw = [c.strip() for c in line.text.split("\t")]
        head = raw[label_at] if label_at < len(raw) else ""
        # (the label's rest in the label's own column, under it: ``แนวทาง :`` / ``ปฏิบัติ``,
        # ``๑. | แนวทาง :`` / `` | ปฏิบัติ``; not a value's last word wrapped in the value's column)
        if labelled == at - 1 and LABEL_TAIL.match(head) and not any(raw[:label_at]) and LABEL_ENDS.search(label):
            text = clean(" ".join(raw[label_at + 1 :])) or ""
            if not text:
                continue
        issue = ISSUE.match(text) or (LISTED_MEASURE.match(text) if role != METHOD or current is None else None)
        lost = UNNUMBERED_ISSUE.match(text) if issue is None and rows and rows[-1].seq is not None else None
        if issue is None and lost is None and rows and rows[-1].seq is not None and rows[-1].listed and role != METHOD:
            lost = LISTED_GARBLED.match(text)  # (``a. มาตรการ...`` between ``๒.`` and ``๔.``: ๓ as a scan read it)
        heading = issue or lost
        if heading is not None:
            # (its number a scan lost, ``มาตรการที่ | มาตรการ...``: the one after the last)
            seq = int(heading["no"]) if issue else (rows[-1].seq or 0) + 1
            listed = heading.re in (LISTED_MEASURE, LISTED_GARBLED)
            current = TableRow(seq=seq, page_no=line.page_no, listed=listed)
            if heading["rest"]:
                current.add("title", heading["rest"])
            rows.append(current)
            # a listed measure's unlabelled paragraph before its labelled lines is its method
            role, stepping, heading_at = (LEAD if listed else None), False, at
            ruled_fields = False
            continue
        if current is None:
            continue
        if BLOCK_END.match(text):
            current, role = None, None  # the announcement's date and signature close the blocks
            continue
        field_no = FIELD_NUMBER.match(text)
        after_number = text[field_no.end() :] if field_no and int(field_no["no"]) == current.seq else ""
        if field_no and BLOCK_LABEL_WORDS.match(after_number):
            if field_no["sub"] == "1" and role != METHOD and not MEASURE_WORD.match(after_number):
                # (its first field labelled under its number, before any steps, and no activity's
                # name, ``๑.๑ โครงการอบรม...``: its fields are so numbered)
                numbered_fields = current
            if numbered_fields is current:
                # ``๑.๓ ตัวชี้วัดความสำเร็จ  ...`` under ``มาตรการที่ ๑``: a field numbered under its
                # measure's number, read as its label alone
                text = after_number
                line = replace(line, text=FIELD_NUMBER.sub("", line.text.strip(), count=1))
        if LETTERED_SECTION.match(text) and ISSUE.match(next_text(lines, at)):
            role = None  # ``ข. ด้านการป้องกัน...`` over ``มาตรการที่ ๔``: a heading over the next measures
            continue
        if "\t" in line.text and header_roles(cells(line.text)) is not None:
            current, role = None, None  # the heading's fields are a table (``TableReader``)
            continue
        if current.listed and role == LEAD and regex.match(rf"{current.seq}\s*\.\s*\d{{1,2}}(?!\d)\s*\.?\s", text):
            current.add(LEAD, text)  # ``๑.๑ ให้ทุกกอง...`` under ``๑. มาตรการ...``: its sub-points, its method
            continue
        bulleted = bulleted_label(text)
        if bulleted:
            text = FIELD_BULLET.sub("", text)  # ``➢ ผู้รับผิดชอบ  กองคลัง``: a field under a listed measure
        text = OCR_ITEM.sub(r"(\g<no>) ", text)  # ``๒ ผู้รับผิดชอบ``, ``๔@) ระยะเวลา`` as a scan reads them
        text = GARBLED_ITEM.sub("(0) ", text)  # ``(lo)ผู้รับผิดชอบ``: the label says which field
        item = BLOCK_ITEM.match(text)
        # (``๑)``: a point's number closed by a bracket, as a scan reads ``(๑)`` too)
        bracketed = bool(BRACKETED_POINT.match(text))
        if item and not bracketed and not BLOCK_LABEL_WORDS.match(text[item.start("label") :]):
            # ``1. แต่งตั้ง...`` is a step of the method; a numbered heading after the
            # blocks (``3. การติดตามและรายงานผล``) is the document's next section.
            if role != METHOD:
                current, role = None, None
                continue
            item = None
        # A label without its number: followed by a colon or a column gap, or alone on its line.
        bare = BLOCK_LABEL_WORDS.match(text) if not item else None
        first_cell = FIELD_BULLET.sub("", next((c.strip() for c in line.text.split("\t") if c.strip()), ""))
        gapped = bool(BLOCK_LABEL_WORDS.fullmatch(first_cell))
        # OCR (and a text layer) keeps one space of the column gap
        spaced = bool(SPACED_FIELD_LABEL.match(text)) or (role != METHOD and bool(SPACED_FOLLOW_UP.match(text)))
        if bare and not (bare.end() == len(text) or regex.search(r"[:：]", bare.group()) or gapped or spaced or bulleted):
            bare = None
        if item or bare:
            label_and_rest = text[item.start("label") :] if item else text
            found = next((r for r, pattern in BLOCK_ROLES if pattern.match(label_and_rest)), None)
            if (
                item
                and bracketed
                and not BLOCK_LABEL_WORDS.match(label_and_rest)
                and not LABELLED_ITEM.match(line.text.strip())
                and (
                    (found is None and item["no"] == "1" and role is None and labelled < heading_at)
                    or stepping
                    or role == METHOD  # (a point under the method's own label: ``๓) รายงานผล...`` is a step)
                )
            ):
                # ``(๑) จัดทำรายงาน...`` / ``(๒) ...`` under the heading, no field's label: its steps,
                # the method (``(๓) รายงานผลการใช้จ่าย...`` among them is a step, no follow-up)
                current.add(METHOD, text)
                role, stepping = METHOD, True
                continue
            stepping = False
            if found is not None:
                role, labelled = found, at
                ruled_fields = line.ruled
                printed = BLOCK_LABEL_WORDS.match(label_and_rest)
                label = regex.sub(r"[\s:：]", "", printed.group()) if printed else ""
                label_at = next((k for k, c in enumerate(line.text.split("\t")) if label[:4] in c.replace(" ", "")), 0)
                value = BLOCK_LABEL_WORDS.sub("", label_and_rest, count=1).strip()
                if role != OBJECTIVE:
                    current.add(role, value)
                continue
        if (role == PERIOD and len(text) > PERIOD_MAX) or (
            role == FOLLOW_UP and ruled_fields and not line.ruled and len(text) > TITLE_WRAP
        ):
            # a paragraph after the last block, not its period's rest (nor the rest of a value in a
            # ruled form of labels and values, whose wrapped lines are the form's rows)
            current, role = None, None
            continue
        if role is None and set(current.parts) == {"title"} and len(text) <= TITLE_WRAP:
            current.add("title", text)  # the heading's wrapped rest before its first label (``Line OA``)
            continue
        rest_of_title = len(text) <= TITLE_WRAP or (len(text) <= PERIOD_MAX and TITLE_GOES_ON.match(text))
        if role == LEAD and not current.parts.get(LEAD) and rest_of_title and current.parts.get("title"):
            current.add("title", text)  # the heading's wrapped rest (``... ของพนักงาน`` / ``ส่วนท้องถิ่นและลูกจ้าง``)
            continue
        if role is not None and role != OBJECTIVE:
            current.add(role, text)
    for row in rows:
        if not row.parts.get(MEASURE) and row.parts.get("title"):
            row.parts[MEASURE] = row.parts["title"]
        indicator = row.parts.pop(INDICATOR, None)
        if indicator and not row.parts.get(FOLLOW_UP):
            row.parts[FOLLOW_UP] = indicator
        lead = row.parts.pop(LEAD, None)
        if lead and not row.parts.get(METHOD) and len(row.parts) > 2:
            row.parts[METHOD] = lead  # (only beside labelled fields: a paragraph alone is no block)
    return [row for row in rows if row.parts.get(MEASURE) and len(row.parts) > 2]


# An announcement's measures set out as its clauses (``ข้อ 1  มาตรการ...`` over sub-points ``1.1 ...``,
# ``(1) ...``), the annex table naming each only by its clause (``ข้อ 1 | สำนักปลัด | ...``): the
# table's row takes the clause's measure, and its sub-points as the method.
CLAUSE_MEASURE = regex.compile(r"^ข้อ\s*(?P<no>\d{1,2})(?!\d)\s*[.:]?\s+(?P<rest>มาตรการ(?!และ|ดังนี้|ต่าง)\S.*)$")
CLAUSE_REFERENCE = regex.compile(r"ข้อ\s*(?P<no>\d{1,2})")


def _display_start(cell: Cell) -> float:
    return cell.x0


def _character_start(cell: Cell) -> float:
    return cell.char0


def _indent(line: Line) -> int | None:
    """How far the line's untouched text is indented, its tabs expanded to tab stops (None: not known)."""
    return layout.indent(layout.expand_tabs(line.cells)) if line.cells else None


def clause_measures(lines: Sequence[Line]) -> dict[int, tuple[str, str | None]]:
    """Clause number -> (its measure, its sub-points as one text): the lines under a clause
    indented deeper than it, up to the next clause or the first line back at its indent."""
    found: dict[int, tuple[str, list[str]]] = {}
    current: int | None = None
    depth: int | None = None
    for line in lines:
        text = clean(line.text.replace("\t", " ")) or ""
        clause = CLAUSE_MEASURE.match(text)
        if clause is not None:
            current, depth = int(clause["no"]), _indent(line)
            found[current] = (clause["rest"], [])
            continue
        if current is None or not text:
            continue
        indent = _indent(line)
        if depth is None or indent is None or indent <= depth or BLOCK_END.match(text):
            current = None  # (the paragraph after the clauses, the date and signature)
            continue
        found[current][1].append(text)
    return {no: (title, " ".join(body) or None) for no, (title, body) in found.items()}


def with_clauses(records: list[TableRow], clauses: dict[int, tuple[str, str | None]]) -> list[TableRow]:
    """Table rows that name a clause (``ข้อ 1``) with the clause's measure and method; a row of
    the table that names none (a note under it) dropped."""
    out = []
    for record in records:
        reference = CLAUSE_REFERENCE.fullmatch(record.value(MEASURE) or "")
        if reference is None:
            if (record.value(MEASURE) or "").startswith("หมายเหตุ"):
                continue
            out.append(record)
            continue
        clause = clauses.get(int(reference["no"]))
        if clause is None:
            out.append(record)
            continue
        record.parts[MEASURE] = [clause[0]]
        if clause[1] and not record.parts.get(METHOD):
            record.parts[METHOD] = [clause[1]]
        record.seq = int(reference["no"])
        out.append(record)
    return out


# An announcement that sets its measures out as numbered clauses after a lead sentence
# (``... จึงกำหนดมาตรการ ดังนี้`` / ``๑. ห้ามผู้บริหาร...`` / ``๒. ...``, No Gift's ``งดให้ - งดรับ``):
# each clause is a measure, its wrapped lines and sub-points (``(๑) ...``) in its text.
# (words apart by spaces: ``(?:\s*\S+)`` could cut one long run of letters six ways, a search that
# took a second on a line of minutes)
LEAD_REST = 12  # characters: the most of a lead sentence's end wrapped onto a line of its own
CLAUSES_LEAD = regex.compile(r"มาตรการ\S*(?:\s+\S+){0,6}?\s*(?:ดัง|ต่อไป)\s*นี้\s*[:：]?$")
# (``๔ ห้าม...``: its dot lost; ``๑)`` is a sub-point's number)
ANNOUNCED_CLAUSE = regex.compile(r"^(?:ข้อ\s*)?(?P<no>\d{1,2})\s*(?:\.\s*|\s+(?=[ก-ฮเแโใไ]))(?P<rest>\S.*)$")  # (``ข้อ 1  มาตรการ...`` too)
# A clause whose number a scan misread as one other character (``ซ.ให้กองคลัง...`` for ๗., ``a.`` for
# ๙.): not an abbreviation's letters (``ก.ย. ...``) nor a number.
GARBLED_CLAUSE = regex.compile(r"^[^\s\d]\.\s*(?P<rest>(?![^\s\d]\.)[ก-ฮเแโใไ]\S*.*)$")


def announced_clauses(lines: Sequence[Line]) -> list[TableRow]:
    """The numbered clauses after a lead sentence that announces measures (``CLAUSES_LEAD``),
    numbered 1, 2, ... in order, up to the paragraph that closes them (``ทั้งนี้``), the date
    or a signature (``BLOCK_END``) or a table after them."""
    rows: list[TableRow] = []
    led = False
    lead_rest = -1  # the line that holds only the lead's wrapped ``ดังนี้``
    lettered_clauses = False  # a clause numbered ``ข้อ N``
    for at, line in enumerate(lines):
        text = clean(line.text.replace("\t", " ")) or ""
        if not text or at == lead_rest:
            continue
        if not led:
            led = bool(CLAUSES_LEAD.search(text))
            below = next_text(lines, at)
            if not led and len(below) <= LEAD_REST and CLAUSES_LEAD.search(f"{text} {below}"):
                # (``จึงกำหนดมาตรการ... และมอบหมายผู้รับผิดชอบ`` / ``ดังนี้``: a scan's narrower line)
                led, lead_rest = True, at + 1
            continue
        clause = ANNOUNCED_CLAUSE.match(text)
        garbled = GARBLED_CLAUSE.match(text) if clause is None and rows else None
        expected = len(rows) + 1
        # (a number without its dot, or one garbled character, only where the next clause is a later one:
        # ``๓ วันทำการ`` wrapped before ``๓.``, a lettered sub-point ``ก.`` before ``๓.``, are none)
        doubtful = garbled is not None or (clause is not None and "." not in text[: clause.start("rest")])
        if doubtful and (following := next_clause(lines, at)) is not None and following <= expected:
            clause = garbled = None
        opened = garbled if clause is None or int(clause["no"]) != expected else clause
        if opened is not None and opened is clause and text.startswith("ข้อ"):
            lettered_clauses = True
        if opened is not None:
            rows.append(TableRow(seq=expected, page_no=line.page_no, parts={MEASURE: [opened["rest"]]}))
        elif BLOCK_END.match(text) or "\t" in line.text.strip() or not rows:
            break
        else:
            rows[-1].parts[MEASURE].append(text)
    if any(SECTION_WORD.fullmatch(row.parts[MEASURE][0]) for row in rows):
        return []  # a document's sections (``๑. วัตถุประสงค์``, ``๒. แนวทางปฏิบัติ``): no clauses of measures
    if lettered_clauses and not all(NAMED_MEASURE.match(row.parts[MEASURE][0]) for row in rows):
        return []  # an announcement's own clauses (``ข้อ ๑ ประกาศนี้เรียกว่า...``, ``ข้อ ๒ ให้ยกเลิก...``): measures only when each names one
    rows = named_clauses(bullets_as_measures(rows))
    return rows if len(rows) >= 2 else []


NAMED_MEASURE = regex.compile(r"^มาตรการ\S")
ASSIGNED = regex.compile(r"\s*มอบ\s*หมาย\s*(?:ให้)?\s*(?P<who>\S.{1,80}?)\s*เป็น\s*ผู้\s*รับ\s*ผิด\s*ชอบ\s*\.?\s*$")


def named_clauses(clauses: list[TableRow]) -> list[TableRow]:
    """Clauses that each name their measure on the clause's own line (``ข้อ 1  มาตรการงดให้...``)
    over a body: the name is the measure, the body its method, and a body that ends by naming who
    does it (``มอบหมายให้ กองคลัง (งานพัสดุ) เป็นผู้รับผิดชอบ``) gives the responsible unit.
    Clauses otherwise (a clause that is one sentence) stay as they are."""
    if not clauses or not all(
        NAMED_MEASURE.match(c.parts[MEASURE][0]) and len(c.parts[MEASURE]) > 1 and ASSIGNED.search(" ".join(c.parts[MEASURE][1:]))
        for c in clauses
    ):
        return clauses  # (each clause names who does it; a sentence that wrapped is one measure)
    out = []
    for clause in clauses:
        name, *body = clause.parts[MEASURE]
        method = " ".join(body)
        parts = {MEASURE: [name]}
        if (assigned := ASSIGNED.search(method)) is not None:
            parts[RESPONSIBLE] = [assigned["who"]]
            method = method[: assigned.start()]
        if method.strip():
            parts[METHOD] = [method.strip()]
        out.append(replace(clause, parts=parts))
    return out


BULLET = regex.compile(r"^[-–•●○▪➢►]\s*(?P<rest>\S.*)$")
# (``ผู้รับถิดชอบ``: a scan's ผ)
RESPONSIBLE_LINE = regex.compile(r"^ผู้\s*รับ\s*[ผฝถพ]?\s*ิ?\s*ด\s*ชอบ\s*[:：]?\s*(?P<rest>\S.*)$")
THAI_LETTERS = regex.compile(r"[ก-ฮ]{2}")
RESPONSIBLE_WRAP = 30  # display characters: the most of a responsible person's line that wraps


def bullets_as_measures(clauses: list[TableRow]) -> list[TableRow]:
    """Clauses that are themes (``๑. ด้านการใช้งบประมาณ...``) over bullets that each name their
    own responsible person (``- เผยแพร่...`` / ``ผู้รับผิดชอบ : นางสาว...``): the bullets are the
    measures, numbered on across the themes. Clauses otherwise stay as they are."""
    measures: list[TableRow] = []
    for clause in clauses:
        items: list[TableRow] = []
        after_responsible = False  # the line before was a responsible person's
        for text in clause.parts[MEASURE][1:]:
            bullet = BULLET.match(text)
            responsible = RESPONSIBLE_LINE.match(text)
            wrapped = after_responsible and display_columns(text) <= RESPONSIBLE_WRAP and bool(THAI_LETTERS.search(text))
            after_responsible = False
            if bullet is not None:
                items.append(TableRow(seq=None, page_no=clause.page_no, parts={MEASURE: [bullet["rest"]]}))
            elif not items:
                continue  # the theme's wrapped rest
            elif responsible is not None:
                items[-1].parts[RESPONSIBLE] = [responsible["rest"]]
                after_responsible = True
            elif RESPONSIBLE not in items[-1].parts:
                items[-1].parts[MEASURE].append(text)
            elif wrapped:
                items[-1].parts[RESPONSIBLE].append(text)
            # (anything else after a responsible person: a page's number, the closing paragraph)
        if not items or any(RESPONSIBLE not in item.parts for item in items):
            return clauses
        measures += items
    return [replace(item, seq=k) for k, item in enumerate(measures, start=1)]


SECTION_WORD = regex.compile(
    r"(?:หลัก\s*การ\s*และ\s*เหตุ\s*ผล|วัตถุ\s*ประสงค์|เป้า\s*หมาย|แนว\s*ทาง\s*(?:ปฏิบัติ|การ\s*ดำเนิน\s*การ)?"
    r"|วิธี\s*การ\s*(?:ดำเนิน\s*การ)?|การ\s*ติดตาม\S*(?:\s*และ\s*\S+)?|ผล\s*ที่\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ|ระยะ\s*เวลา\S*)\s*[:：]?"
)


def next_clause(lines: Sequence[Line], at: int) -> int | None:
    """The number of the next line after ``at`` that opens like a clause (``๕.``, ``๕ ห้าม``)."""
    for line in lines[at + 1 :]:
        found = ANNOUNCED_CLAUSE.match(clean(line.text.replace("\t", " ")) or "")
        if found is not None:
            return int(found["no"])
    return None


def extract(segment: Segment) -> list[Row]:
    reader = TableReader()
    reader.read(segment.lines)
    table = reader.rows
    if any(CLAUSE_REFERENCE.fullmatch(record.value(MEASURE) or "") for record in table):
        table = with_clauses(table, clause_measures(segment.lines))
    records = [*table, *read_blocks(segment.lines)] or announced_clauses(segment.lines)
    rows: list[Row] = []
    for record in records:
        measure = record.value(MEASURE)
        if not measure:
            continue
        rows.append(
            Measure(
                doc_id=segment.doc_id,
                page_no=record.page_no,
                seq=record.seq,
                measure=measure,
                method=record.value(METHOD),
                responsible=record.value(RESPONSIBLE),
                period=period_range(value) if (value := record.value(PERIOD)) else ", ".join(record.parts.get(MONTHS, [])) or None,
                follow_up=record.value(FOLLOW_UP),
            )
        )
    return rows


TYPE = DocumentType(
    name="measures",
    extract=extract,
    embedded_in=frozenset({"integrity_measures", "memo", "other", "minutes"}),
)
