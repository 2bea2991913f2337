"""Round of heldout42, heldout43 and heldout44 (issue 11): the classes of variation the new
blind sets showed, as text and as scans.

Each test names the document it came from; each failed on the code before its fix."""

from __future__ import annotations

from schemas import Agenda, Attendee, Meeting, Resolution
from tests.conftest import parse_pages
from tests.test_round28 import rows_of

STAFF_MEETING = [
    "                         รายงานการประชุมคณะผู้บริหาร หัวหน้าส่วนราชการ",
    "                             และหัวหน้าฝ่ายเทศบาลเมืองนาดี",
    "                            ประจำเดือนมีนาคม ๒๕๖๙  ครั้งที่ ๓/๒๕๖๙",
    "                                  วันพุธที่ ๑๑ มีนาคม ๒๕๖๙",
    "                    ณ ห้องประชุมสำนักงานเทศบาลเมืองนาดี",
    "ผู้มาประชุม",
    "    คณะผู้บริหาร",
    "        ๑. นายประเสริฐ บุญมา          นายกเทศมนตรีเมืองนาดี     ประธานที่ประชุม",
    "        ๒. นางวันเพ็ญ จันทร์ดี           รองนายกเทศมนตรี",
    "        ๓. นายอภิชาติ ศรีงาม              เลขานุการนายกเทศมนตรี",
    "    หัวหน้าส่วนราชการ",
    "        ๔. นายธนพล รุ่งเรือง           ปลัดเทศบาล",
    "        ๕. นางสาวอรอุมา ทองงาม           รองปลัดเทศบาล",
    "เริ่มประชุมเวลา ๐๙.๓๐ น.",
    "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "        - ไม่มี -",
    "ปิดประชุมเวลา ๑๒.๐๐ น.",
]


def test_a_monthly_meetings_month_and_a_staff_lists_captions() -> None:
    """heldout43 02: the month on the session's line (``ประจำเดือนมีนาคม ๒๕๖๙  ครั้งที่ ๓/๒๕๖๙``)
    went into the title; the caption ``หัวหน้าส่วนราชการ`` over the heads of division went on the
    post above it; ``ประธานที่ประชุม`` in the role column was read as nothing."""
    parsed = parse_pages("\n".join(STAFF_MEETING))
    (meeting,) = rows_of(parsed, Meeting)
    assert meeting.title == "รายงานการประชุมคณะผู้บริหาร หัวหน้าส่วนราชการ และหัวหน้าฝ่ายเทศบาลเมืองนาดี"
    people = rows_of(parsed, Attendee)
    assert [(p.full_name, p.position, p.role) for p in people] == [
        ("ประเสริฐ บุญมา", "นายกเทศมนตรีเมืองนาดี", "ประธานที่ประชุม"),
        ("วันเพ็ญ จันทร์ดี", "รองนายกเทศมนตรี", None),
        ("อภิชาติ ศรีงาม", "เลขานุการนายกเทศมนตรี", None),
        ("ธนพล รุ่งเรือง", "ปลัดเทศบาล", None),
        ("อรอุมา ทองงาม", "รองปลัดเทศบาล", None),
    ]


def test_guard_a_monthly_meeting_named_in_its_title() -> None:
    """A title that names the kind of meeting (``ประจำเดือนพนักงาน...``, no year after it) keeps it."""
    from parsers.grammar import heading_title

    assert heading_title(["รายงานการประชุมประจำเดือนพนักงานส่วนตำบล ลูกจ้างประจำ", "ครั้งที่ ๔/๒๕๖๙"]) == (
        "รายงานการประชุมประจำเดือนพนักงานส่วนตำบล ลูกจ้างประจำ"
    )


FOLLOW_UP_TABLE = [
    *STAFF_MEETING[:5],
    "เริ่มประชุมเวลา 13.30 น.",
    "ระเบียบวาระที่ 3  ติดตามข้อสั่งการจากการประชุมครั้งที่แล้ว",
    "        ฝ่ายเลขานุการสรุปผลการดำเนินงานตามข้อสั่งการ ดังนี้",
    "ที่\tเรื่อง/ข้อสั่งการ\tผลการดำเนินงาน\tมติที่ประชุม",
    "3.1\tซ่อมแซมท่าเทียบเรือ\tกองช่างดำเนินการแล้วเสร็จ\tรับทราบ",
    "\tประมงชุมชนหมู่ที่ 2\tเมื่อวันที่ 30 เม.ย. 2569\t",
    "3.2\tจัดทำป้ายประกาศ\tติดตั้งครบ 5 อาคารแล้ว\tเห็นชอบให้ปิดเรื่อง",
    "\tNo Gift Policy\t\t",
    "\tทุกอาคารสำนักงาน\t\t",
    "        ฝ่ายเลขานุการรายงานเพิ่มเติมว่า ผู้ค้างชำระภาษีที่ยังไม่ชำระมีอีก 85 ราย",
    "",
    "ระเบียบวาระที่ 4  เพื่อพิจารณา",
    "        4.1 ขออนุมัติโอนงบประมาณเพื่อจัดซื้อเรือท้องแบนกู้ภัย",
    "            หัวหน้าสำนักปลัดเทศบาลเสนอขอโอนงบประมาณ จำนวน 185,000 บาท",
    "มติที่ประชุม  อนุมัติ",
    "ปิดประชุมเวลา 15.10 น.",
]


def test_an_agenda_table_with_a_column_of_what_was_done() -> None:
    """heldout43 03: ``ที่ | เรื่อง/ข้อสั่งการ | ผลการดำเนินงาน | มติที่ประชุม``: a row under an
    item filling the topic and the results went into the title and the resolution (the results'
    words read as the resolution, the title's rest lost); the minutes' text under the table, and
    the next items after it, were read as rows of the table (items 4 and 4.1 lost)."""
    parsed = parse_pages("\n".join(FOLLOW_UP_TABLE))
    assert [(i.item_no, i.title) for i in rows_of(parsed, Agenda)] == [
        ("3", "ติดตามข้อสั่งการจากการประชุมครั้งที่แล้ว"),
        ("3.1", "ซ่อมแซมท่าเทียบเรือ ประมงชุมชนหมู่ที่ 2"),
        ("3.2", "จัดทำป้ายประกาศ No Gift Policy ทุกอาคารสำนักงาน"),
        ("4", "เพื่อพิจารณา"),
        ("4.1", "ขออนุมัติโอนงบประมาณเพื่อจัดซื้อเรือท้องแบนกู้ภัย"),
    ]
    assert [(r.item_no, r.text) for r in rows_of(parsed, Resolution)] == [
        ("3.1", "รับทราบ"),
        ("3.2", "เห็นชอบให้ปิดเรื่อง"),
        ("4.1", "อนุมัติ"),
    ]


def test_an_approval_whose_figures_someone_is_to_cut() -> None:
    """heldout43 04: ``เห็นชอบ โดยให้ทุกส่วนราชการปรับลดคำขอ...``: whoever is named between ให้ and
    the cut, the proposal's figures change."""
    from parsers.minutes import outcome_of

    assert outcome_of("เห็นชอบ โดยให้ทุกส่วนราชการปรับลดคำขอในหมวดค่าใช้สอย") == "approved_with_changes"
    assert outcome_of("อนุมัติ โดยให้กองคลังปรับเพิ่มรายการ") == "approved_with_changes"
    # (a task to improve something is no change; nor a note with a task)
    assert outcome_of("อนุมัติ และให้กองช่างปรับปรุงถนนสายบ้านนาดี") == "approved"
    assert outcome_of("รับทราบ และให้กองคลังปรับลดค่าใช้จ่าย") == "acknowledged"
