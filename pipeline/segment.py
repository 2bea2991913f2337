"""Stage 4, segment: split a source's clean lines into logical documents and classify them.

A source often holds several documents back to back (a memo, the minutes it forwards, an
attendance sheet; a report, then an order). Each document type has a recognisable opening;
a new document starts at the first line of such an opening. Lines before the first opening
form a document of their own, classified by what they hold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import regex

from pipeline.model import Line, Segment

LOOKAHEAD = 6

_MEMO = regex.compile(r"^บันทึก\s*ข้อความ$")
_MINUTES = regex.compile(r"^(?:รายงาน|บันทึก)\s*การ\s*ประชุม(?!\s*(?:ดังกล่าว|ครั้งที่แล้ว|ครั้งก่อน))")
_MINUTES_CONTEXT = regex.compile(
    r"ครั้งที่|วันที่|\bณ\b|^ณ|ประชุม\s*เมื่อ|เวลา\s*\d|สมัย\s*(?:สามัญ|วิสามัญ|ที่)|"
    r"วัน\s*(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
)
# OCR drops the tone mark or the final ง of คำสั่ง (คำสั่เทศบาล...).
_ORDER = regex.compile(
    r"^คำ\s*ส[\u0e31\u0e48\u0e49]*ง?\s*(?:เทศบาล|องค์การ|อบต|อบจ|สำนัก|กอง|กรม|จังหวัด|อำเภอ|กรุงเทพ|เมือง|นายก|ปลัด|คณะ)"
)
# ``ที่ 12/2567``, ``ที่ อบต.ดต. 012/2567`` (an office code before the number).
_ORDER_NO = regex.compile(r"^ที่\s*\S{0,12}\s*\d{1,4}\s*/\s*(?:25)?\d{2}\b")
_ORDER_SUBJECT = regex.compile(r"^เรื่อง\s*\S")
_ACTION_PLAN = regex.compile(r"^แผน\s*ปฏิบัติ\s*การ")
_SHEET_START = regex.compile(
    r"^(?:ลำดับ\s*ที่|โครงการ\s*ที่|แบบ\s*รายละเอียด\s*โครงการ\s*(?:ที่|ลำดับที่))\s*\d{1,3}\s*$"
)
_FIRST_SECTION = regex.compile(r"^1\s*[.)]?\s*ชื่อ\s*(?:โครงการ|กิจกรรม)")
_NEXT_SECTION = regex.compile(r"^[2-4]\s*[.)]?\s*(?:หลักการ|ความเป็นมา|วัตถุประสงค์|ที่มา)")
_SHEET_NAME = regex.compile(r"[ชซ]\u0e37?\u0e48?อ\s*(?:โครงการ|กิจกรรม|มาตรการ)")
_NAME_COLUMN = regex.compile(r"ชื่อ\s*[-–]?\s*(?:สกุล|นามสกุล)|ชื่อ\s*-\s*สกุล")
_SIGN_COLUMN = regex.compile(r"ลายมือ|ลายเซ็น|ลงชื่อ|ลงนาม")
# A sheet's own title (บัญชีลงเวลา..., ใบลงชื่อ...): with it, a position column is enough
# where OCR garbled the name column's header.
_SHEET_TITLE_WORDS = r"บัญชี\s*(?:ลง|รายชื่อ)|ใบ\s*ลง|แบบ\s*ลง|(?:แบบ\s*)?ลง\s*ทะเบียน|ทะเบียนผู้"
_SHEET_TITLE = regex.compile(rf"^(?:{_SHEET_TITLE_WORDS})")
_POSITION_COLUMN = regex.compile(r"ตำแหน่ง")
# A sheet's heading lines: its own title, or the meeting it records.
_SHEET_HEADING = regex.compile(
    rf"^(?:{_SHEET_TITLE_WORDS}|การประชุม|รายชื่อ|ลงชื่อ\s*ผู้|รายงานการประชุม|(?:แบบ\s*)?(?:ลง\s*)?ทะเบียน)"
)
_INTEGRITY = regex.compile(
    r"^(?:มาตรการ\s*(?:ส่งเสริม\s*คุณธรรม|ป้องกัน\s*การ\s*ทุจริต|ยกระดับ)|"
    r"(?:รายงาน\s*)?(?:ผล\s*)?การ\s*(?:วิเคราะห์\s*)?(?:ผล\s*)?(?:การ\s*)?ประเมิน\s*คุณธรรม|"
    r"รายงานผลการดำเนินการตามมาตรการ)"
)
# Urgency, secrecy and copy stamps above a title.
_MARKING = regex.compile(r"^(?:ด่วน(?:\s*มาก|\s*ที่\s*สุด)?|ลับ(?:\s*มาก|\s*ที่\s*สุด)?|สำเนา(?:\s*คู่\s*ฉบับ)?|ปกปิด)$")
# Lines that end minutes or an order: after them the same heading opens a new document.
_DOCUMENT_END = regex.compile(
    r"^(?:(?:เลิก|ปิด)\s*(?:การ\s*)?ประชุม|สั่ง\s*ณ\s*วันที่|ให้ไว้\s*ณ\s*วันที่|.*ผู้\s*(?:จด|ตรวจ|บันทึก)\s*รายงาน)"
)
_AGENDA_ITEM = regex.compile(r"^(?:ระเบียบ\s*)?วาระ\s*(?:ที่)?\s*\d")
# Minutes' body under the agenda: a resolution or the closing (an agenda listed in full above
# the attendance lists is not one).
_MINUTES_BODY = regex.compile(r"^(?:มติ|(?:ปิด|เลิก)\s*(?:การ\s*)?ประชุม)")
_ITA_CONTENT = regex.compile(r"\b(?:ITA|IIT|EIT|OIT)\b|มาตรการ\s*/\s*แนวทาง|คุณธรรมและความโปร่งใส")


def _text(lines: Sequence[Line], i: int) -> str:
    return " ".join(lines[i].text.split()) if 0 <= i < len(lines) else ""


def _ahead(lines: Sequence[Line], i: int, pattern: regex.Pattern[str], n: int = LOOKAHEAD) -> bool:
    return any(pattern.search(_text(lines, j)) for j in range(i + 1, min(len(lines), i + 1 + n)))


def _is_memo(lines: Sequence[Line], i: int, current: str | None) -> bool:
    return bool(_MEMO.match(_text(lines, i)))


def _is_minutes(lines: Sequence[Line], i: int, current: str | None) -> bool:
    text = _text(lines, i)
    if not _single_cell(lines[i]) or len(text) > 200 or not _MINUTES.match(text):
        return False
    return bool(_MINUTES_CONTEXT.search(text)) or _ahead(lines, i, _MINUTES_CONTEXT, 4)


def _is_order(lines: Sequence[Line], i: int, current: str | None) -> bool:
    text = _text(lines, i)
    if regex.fullmatch(r"คำ\s*ส[\u0e31\u0e48\u0e49]*ง?", text):  # the office on the next line
        text = f"คำสั่ง{_text(lines, i + 1)}"
    if len(text) > 120 or not _ORDER.match(text):
        return False
    # The number line is what OCR damages most (``ที๒๔๗/๒๘๘``, ``N 12/567``): the subject line
    # (``เรื่อง ...``) under the heading is evidence enough.
    return (
        bool(regex.search(r"ที่\s*\S{0,12}\s*\d{1,4}\s*/\s*\d{2,4}", text))
        or _ahead(lines, i, _ORDER_NO, 3)
        or _ahead(lines, i, _ORDER_SUBJECT, 3)
    )


def _is_action_plan(lines: Sequence[Line], i: int, current: str | None) -> bool:
    # The plan's title is repeated on every page of its table: one document, not many.
    if current in ("action_plan", "project_sheets"):
        return False
    text = _text(lines, i)
    return _single_cell(lines[i]) and len(text) < 200 and bool(_ACTION_PLAN.match(text))


def _single_cell(line: Line) -> bool:
    """A heading, not a table row: one non-empty cell (an indent may have become a tab)."""
    return sum(1 for cell in line.text.split("\t") if cell.strip()) == 1


def _is_project_sheets(lines: Sequence[Line], i: int, current: str | None) -> bool:
    if current == "project_sheets":
        return False
    if _SHEET_START.match(_text(lines, i)):
        return _ahead(lines, i, _SHEET_NAME, 3)
    # Sheets without a ``ลำดับที่ N`` line: ``1. ชื่อโครงการ`` then its numbered sections, at the
    # top of a source or after the plan's table.
    return (
        current in (None, "action_plan")
        and bool(_FIRST_SECTION.match(_text(lines, i)))
        and _ahead(lines, i, _NEXT_SECTION, 8)
    )


def _is_attendance_header(lines: Sequence[Line], i: int) -> bool:
    row = lines[i].text
    if "\t" not in row or not _SIGN_COLUMN.search(row):
        return False
    if _NAME_COLUMN.search(row):
        return True
    titled = any(_SHEET_TITLE.match(_text(lines, j)) for j in range(max(0, i - LOOKAHEAD), i))
    return titled and bool(_POSITION_COLUMN.search(row))


def _is_integrity(lines: Sequence[Line], i: int, current: str | None) -> bool:
    text = _text(lines, i)
    return (
        current not in ("integrity_measures",)
        and _single_cell(lines[i])
        and len(text) < 200
        and bool(_INTEGRITY.match(text))
        and _is_page_top(lines, i)
    )


def _is_page_top(lines: Sequence[Line], i: int) -> bool:
    """Among the first three lines of its page (a heading, not a sentence in the body)."""
    page = lines[i].page_no
    return sum(1 for j in range(max(0, i - 3), i) if lines[j].page_no == page) < 3


Rule = Callable[[Sequence[Line], int, "str | None"], bool]
START_RULES: tuple[tuple[str, Rule], ...] = (
    ("memo", _is_memo),
    ("order", _is_order),
    ("minutes", _is_minutes),
    ("project_sheets", _is_project_sheets),
    ("action_plan", _is_action_plan),
    ("integrity_measures", _is_integrity),
)


def _attendance_start(lines: Sequence[Line], header: int, floor: int) -> int:
    """The first line of an attendance sheet whose table header is at ``header``."""
    for j in range(header - 1, max(floor, header - LOOKAHEAD) - 1, -1):
        if _SHEET_HEADING.match(_text(lines, j)):
            return j
    return header


def find_starts(lines: Sequence[Line]) -> list[tuple[int, str]]:
    """(line index, doc_type) of every document opening, in order."""
    starts: list[tuple[int, str]] = []
    current: str | None = None
    agenda_seen = body_seen = closed = False
    for i in range(len(lines)):
        closed = closed or bool(_DOCUMENT_END.match(_text(lines, i)))
        agenda_seen = agenda_seen or bool(_AGENDA_ITEM.match(_text(lines, i)))
        body_seen = body_seen or (agenda_seen and bool(_MINUTES_BODY.match(_text(lines, i))))
        # Council minutes often print their own attendance list with a signature column; a
        # separate sheet only follows the minutes, after their agenda and resolutions.
        in_minutes_heading = current == "minutes" and not body_seen
        if _is_attendance_header(lines, i) and current != "attendance_sheet" and not in_minutes_heading:
            floor = starts[-1][0] + 1 if starts else 0
            start = _attendance_start(lines, i, floor)
            starts.append((start, "attendance_sheet"))
            current = "attendance_sheet"
            continue
        for doc_type, rule in START_RULES:
            if rule(lines, i, current):
                if doc_type == current and doc_type in ("minutes", "order") and not closed:
                    break  # its heading repeated as a page header (``... ครั้งที่ 1/2567``, ``(ต่อ)``)
                starts.append((i, doc_type))
                current = doc_type
                agenda_seen = body_seen = closed = False
                break
    return starts


def classify_untitled(lines: Sequence[Line]) -> str:
    """The type of a document that opens without a known heading."""
    text = "\n".join(line.text for line in lines[:400])
    if len(_ITA_CONTENT.findall(text)) >= 2:
        return "integrity_measures"
    return "other"


def doc_id_for(source_id: str, segment_no: int) -> str:
    return f"{source_id[:16]}-{segment_no:03d}"


def segment(source_id: str, lines: Sequence[Line], raw_lines: Sequence[str]) -> list[Segment]:
    """Split ``lines`` into documents. ``raw_lines`` are the untouched lines (``Line.index``)."""
    if not lines:
        return []
    starts = find_starts(lines)
    if starts and 0 < starts[0][0] <= 3 and all(_MARKING.match(_text(lines, i)) for i in range(starts[0][0])):
        starts[0] = (0, starts[0][1])  # ``ด่วนที่สุด`` stamped above the first document's title
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
