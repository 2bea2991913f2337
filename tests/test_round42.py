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


RESHUFFLE = [
    "คำสั่งองค์การบริหารส่วนตำบลนาดี",
    "ที่ ๑๙๘/๒๕๖๙",
    "เรื่อง  ปรับปรุงคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
    "        ตามคำสั่งองค์การบริหารส่วนตำบลนาดี ที่ ๒๑๔/๒๕๖๗ ได้แต่งตั้งคณะกรรมการไว้แล้ว นั้น",
    "        ข้อ ๑  ให้บุคคลดังต่อไปนี้พ้นจากการเป็นกรรมการ",
    "              (๑) นายสมพงษ์ ศรีคำ         สมาชิกสภา อบต. หมู่ที่ ๖       (ลาออกจากสมาชิกภาพ)",
    "              (๒) นายวิรัช ทองสุข          ผู้อำนวยการกองช่าง           (โอนย้าย)",
    "        ข้อ ๒  แต่งตั้งบุคคลดังต่อไปนี้เป็นกรรมการแทน",
    "              (๑) นายชาตรี วงศ์สุวรรณ      สมาชิกสภา อบต. หมู่ที่ ๒       แทน นายสมพงษ์ ศรีคำ",
    "        ข้อ ๓  เมื่อปรับปรุงตามข้อ ๑ และข้อ ๒ แล้ว ให้คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
    "ประกอบด้วยบุคคลดังต่อไปนี้",
    "        (๑) สมาชิกสภาท้องถิ่นที่สภาท้องถิ่นคัดเลือก จำนวน ๒ คน",
    "            ๑. นายสุดใจ พรหมบุตร          สมาชิกสภา อบต. หมู่ที่ ๑           ประธานกรรมการ",
    "            ๒. นายชาตรี วงศ์สุวรรณ         สมาชิกสภา อบต. หมู่ที่ ๒           กรรมการ",
    "        (๒) ผู้ทรงคุณวุฒิที่ผู้บริหารท้องถิ่นคัดเลือก จำนวน ๑ คน",
    "            ๓. นางสุนันทา ปัญญาสิทธิ์        ข้าราชการบำนาญ        กรรมการและเลขานุการ",
    "        ข้อ ๔  ให้คณะกรรมการมีอำนาจหน้าที่ ตามระเบียบ",
    "        ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
    "                                  สั่ง ณ วันที่ ๒ เดือนกันยายน พ.ศ. ๒๕๖๙",
    "                                        (นายไพโรจน์ สุขประเสริฐ)",
    "                                  นายกองค์การบริหารส่วนตำบลนาดี",
]


def test_an_order_reshuffling_a_committee() -> None:
    """heldout42 05 and heldout44 05: an order that changes a committee lists who leaves it
    (``พ้นจากการเป็นกรรมการ``: read as members), who comes in (read again when the committee is
    listed as it now stands), and the committee after the change under a clause whose
    ``ประกอบด้วยบุคคลดังต่อไปนี้`` wrapped, its members under captions with their count (no
    committee named: 8 records with none for 3)."""
    from schemas import CommitteeMember

    members = rows_of(parse_pages("\n".join(RESHUFFLE)), CommitteeMember)
    assert [(m.group_name, m.seq, m.full_name, m.role) for m in members] == [
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "1", "สุดใจ พรหมบุตร", "ประธานกรรมการ"),
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "2", "ชาตรี วงศ์สุวรรณ", "กรรมการ"),
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "3", "สุนันทา ปัญญาสิทธิ์", "กรรมการและเลขานุการ"),
    ]


def test_votes_counted_down_a_table_and_in_brackets() -> None:
    """heldout44 03: ``ผลการลงมติ | จำนวน (เสียง)`` over ``อนุมัติ | 5`` / ``ไม่อนุมัติ | 1``: the
    rows went into the resolution's text and its ``ไม่อนุมัติ`` made it rejected. heldout42 02:
    ``(เห็นชอบ 8 / ไม่เห็นชอบ 1 / งดออกเสียง 1)`` (counts without เสียง) read as rejected;
    ``ตามร่างที่คณะกรรมการแปรญัตติแก้ไข`` as unchanged; heldout44 02: ``ไม่รับหลักการ`` as other."""
    from parsers.minutes import outcome_of

    text = [
        *STAFF_MEETING[:5],
        "ระเบียบวาระที่ 3  ญัตติเพื่อพิจารณา",
        "    3.1 ญัตติขออนุมัติจ่ายขาดเงินสะสม",
        "มติที่ประชุม:  อนุมัติให้จ่ายขาดเงินสะสม โดยตัดโครงการที่ 3 ออก คงเหลือ 2 โครงการ",
        "ผลการลงมติ\tจำนวน (เสียง)",
        "อนุมัติ\t5",
        "ไม่อนุมัติ\t1",
        "งดออกเสียง\t1",
        "รวม\t7",
        "    3.2 ญัตติขอความเห็นชอบโอนงบประมาณ",
        "มติที่ประชุม:  อนุมัติ",
        "ผลการลงมติ\tจำนวน (เสียง)",
        "อนุมัติ\t2",
        "ไม่อนุมัติ\t5",
        "งดออกเสียง\t0",
    ]
    resolutions = rows_of(parse_pages("\n".join(text)), Resolution)
    assert [(r.item_no, r.outcome, r.text) for r in resolutions] == [
        ("3.1", "approved_with_changes", "อนุมัติให้จ่ายขาดเงินสะสม โดยตัดโครงการที่ 3 ออก คงเหลือ 2 โครงการ"),
        ("3.2", "rejected", "อนุมัติ"),
    ]
    assert outcome_of("เห็นชอบให้ตราเป็นข้อบัญญัติ ยอดรวม 38,600,000 บาท (เห็นชอบ 8 / ไม่เห็นชอบ 1 / งดออกเสียง 1)") == "approved"
    assert outcome_of("เห็นชอบตามร่างที่คณะกรรมการแปรญัตติแก้ไข (เห็นชอบ 9 / ไม่เห็นชอบ 0 / งดออกเสียง 1)") == "approved_with_changes"
    assert outcome_of("ไม่รับหลักการแห่งร่างข้อบัญญัติดังกล่าว ด้วยคะแนนเสียงข้างมาก") == "rejected"
    assert outcome_of("รับหลักการแห่งร่างข้อบัญญัติ") == "approved"
    # heldout42 03: one project of three cut back (``ส่วนโครงการที่ (3) ให้ปรับลดเหลือ 1 บ่อ``)
    assert outcome_of("อนุมัติให้จ่ายขาดเงินสะสม โครงการที่ (1) และ (2) ตามที่เสนอ ส่วนโครงการที่ (3) ให้ปรับลดเหลือ 1 บ่อ") == "approved_with_changes"


def test_measures_rows_opened_by_their_indicator() -> None:
    """heldout44 08: no number column; each row's first cell names its weak indicator
    (``ตัวชี้วัดที่ 2`` / ``การใช้`` / ``งบประมาณ`` / ``(78.25)`` down the cell): every wrapped
    line was read as a measure of its own (8 measures read as 24)."""
    from parsers.measures import extract
    from pipeline.model import Page, Segment
    from pipeline.normalize import normalize_pages

    table = [
        "ตัวชี้วัด\tมาตรการ\tขั้นตอน/วิธีการปฏิบัติ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
        "ตัวชี้วัดที่ 2\tเผยแพร่แผนการใช้จ่าย\t1) จัดทำแผนการใช้จ่าย\tกองคลัง\tต.ค. 68 -\tรายงานผล",
        "การใช้\tงบประมาณประจำปี\tงบประมาณรายไตรมาส\t\tธ.ค. 68\tทุกไตรมาส",
        "(78.25)\t\tและบอร์ดประชาสัมพันธ์\t\t\t",
        "ตัวชี้วัดที่ 7\tพัฒนาช่องทาง\t1) เปิดบัญชี Line OA\tสำนักปลัด\tตลอดปี\tรายงานสถิติ",
        "ประสิทธิภาพ\tสื่อสารออนไลน์\tของ อบต.\t\tงบประมาณ\tรายเดือน",
    ]
    lines = tuple(normalize_pages([Page(page_no=1, text="\n".join(table), method="text")]))  # (with their cells)
    segment = Segment(doc_id="d", source_id="s", segment_no=1, doc_type="integrity_measures", lines=lines, raw_text="\n".join(table))
    measures = extract(segment)
    assert [(m.seq, m.measure, m.responsible, m.period) for m in measures] == [
        (1, "เผยแพร่แผนการใช้จ่าย งบประมาณประจำปี", "กองคลัง", "ต.ค. 68 - ธ.ค. 68"),
        (2, "พัฒนาช่องทาง สื่อสารออนไลน์", "สำนักปลัด", "ตลอดปี งบประมาณ"),
    ]


def test_ocr_numbers_down_an_unruled_column_open_their_column() -> None:
    """heldout44 07 (200 dpi): an unruled score table set in a proportional font: the gaps
    between its score columns are wider than a word gap but under the wide-gap limit, so each
    row came out ``92.15 87.30เพิ่มขึ้น 4.85`` (one cell) and no score was read; numbers that
    line up with numbers in the rows around them now open a column, and a score glued to the
    next column's word is parted from it."""
    from pipeline.ocr import Word, layout_text, repair_ocr_text

    def row(y: int, label: str, scores: list[tuple[int, str]]) -> list[Word]:
        words = [Word(100, y, 40 * len(label.split()[0]), 30, 90.0, label.split()[0], line=y)]
        words += [Word(x, y, 100, 30, 90.0, text, line=y) for x, text in scores]
        return words

    words = [
        *row(100, "(1) การปฏิบัติหน้าที่", [(1400, "92.15"), (1540, "87.30เพิ่มขึ้น")]),
        *row(160, "(2) การใช้งบประมาณ", [(1400, "88.40"), (1540, "82.15เพิ่มขึ้น")]),
        *row(220, "(3) การใช้อำนาจ", [(1402, "90.72"), (1541, "86.44เพิ่มขึ้น")]),
    ]
    lines = repair_ocr_text(layout_text(words)).split("\n")
    assert [regex_cells(line) for line in lines] == [
        ["(1)", "92.15", "87.30 เพิ่มขึ้น"],
        ["(2)", "88.40", "82.15 เพิ่มขึ้น"],
        ["(3)", "90.72", "86.44 เพิ่มขึ้น"],
    ]
    # (a number in prose, one row's alone, keeps its single space)
    prose = [Word(100, 100, 200, 30, 90.0, "คะแนน", line=1), Word(330, 100, 100, 30, 90.0, "88.98", line=1), Word(460, 100, 100, 30, 90.0, "82.96", line=1)]
    assert layout_text(prose) == "คะแนน 88.98 82.96"


def regex_cells(line: str) -> list[str]:
    import regex

    return [c for c in regex.split(r"\s{2,}", line.strip()) if c]


def test_years_of_a_score_table_read_in_one_cell() -> None:
    """heldout44 07 (200 dpi): the header ``ปี2569 ปี 2568 ผลการเปรียบเทียบ`` read with single
    spaces: one cell, no year column, every score read as the page's last year mentioned."""
    from parsers.ita_scores import years_apart

    assert years_apart(["ตัวชี้วัด", "ปี2569 ปี 2568 ผลการเปรียบเทียบ"]) == ["ตัวชี้วัด", "ปี2569", "ปี 2568", "ผลการเปรียบเทียบ"]
    assert years_apart(["ผลการประเมินปี 2569 เทียบกับปี 2568"]) == ["ผลการประเมินปี 2569 เทียบกับปี 2568"]
    # heldout44 07 (copier): ``ปี2569 ปี        2568 ผลการเปรียบเทียบ``: a label parted across a gap
    assert years_apart(["ตัวชีวัด", "ปี2569 ปี", "2568 ผลการเปรียบเทียบ"]) == ["ตัวชีวัด", "ปี 2569", "ปี 2568"]
    assert years_apart(["ผลการประเมิน 2569", "คะแนน 88.10 ปี 2568"]) == ["ผลการประเมิน 2569", "คะแนน 88.10 ปี 2568"]
    # (review of heldout30 01: a sentence that opens with its year is no header)
    sentence = "พ.ศ. 2569 (1 ต.ค. 2568 - 31 มี.ค. 2569) รวมทั้งสิ้น 14 เรื่อง"
    assert years_apart([sentence]) == [sentence]


def test_a_reshuffling_order_as_a_scan_reads_it() -> None:
    """heldout42 05 (200 dpi): ``พ้น`` read ``พัน``; the clause naming the committee wrapped over
    three lines on the scan's narrower page (``... ให้คณะกรรมการติดตามและประเมินผล`` /
    ``แผนพัฒนาท้องถิ่น`` / ``ประกอบด้วยบุคคลดังต่อไปนี้``); a caption's number without its bracket
    or dot (``๔ หัวหน้าส่วนการบริหารที่คัดเลือกกันเอง จำนวน๒ คน``)."""
    from schemas import CommitteeMember

    text = [
        *RESHUFFLE[:4],
        "        ข้อ๑ ให้บุคคลดังต่อไปนี้พันจากการเป็นกรรมการ",
        "                ๑) นายสมพงษ์ ศรีคำ สมาชิกสภา อบต.หมู่ที่ ๖                     (ลาออกจากสมาชิกภาพ)",
        "         ข้อ๓ เมื่อปรับปรุงตามข้อ ๑ และข้อ ๒ แล้ว ให้คณะกรรมการติดตามและประเมินผล",
        "         แผนพัฒนาท้องถิ่น",
        "ประกอบด้วยบุคคลดังต่อไปนี้",
        "          ๑) สมาชิกสภาท้องถิ่นที่สภาท้องถิ่นคัดเลือก จำนวน๑ คน",
        "            ๑. นายสุดใจ พรหมบุตร          สมาชิกสภา อบต. หมู่ที่ ๑          ประธานกรรมการ",
        "          ๔ หัวหน้าส่วนการบริหารทีคัดเลือกกันเอง จำนวน๑ คน",
        "  ๒. นางศิริพร ยอดดี            ผู้อำนวยการกองคลัง               กรรมการ",
        *RESHUFFLE[-5:],
    ]
    members = rows_of(parse_pages("\n".join(text)), CommitteeMember)
    assert [(m.group_name, m.seq, m.full_name) for m in members] == [
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "1", "สุดใจ พรหมบุตร"),
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "2", "ศิริพร ยอดดี"),
    ]


def test_an_instruments_mean_row_whose_code_a_scan_garbled() -> None:
    """heldout42 07 (200 dpi): ``ค่าเฉลี่ย IIT`` read ``ค่าเฉลี่ย 1``, ``ค่าเฉลี่ย OIT`` ``ค่าเฉลี่ย0!1``:
    under the instrument's indicators, the mean is that instrument's (it was lost, and the
    next instrument's mean taken for it)."""
    from schemas import ItaScore

    text = [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "องค์การบริหารส่วนตำบลนาดี",
        "ตารางที่ 2 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) น้ำหนักร้อยละ 30",
        "ตัวชี้วัด\tปี 2568\tปี 2569\tเพิ่ม/ลด",
        "ตัวชี้วัดที่1 การปฏิบัติหน้าที่\t86.10\t91.42\t+5.32",
        "ตัวชี้วัดที่5การแก้ไขปัญหาการทุจริต\t81.93\t88.15\t+6.22",
        "ค่าเฉลี่ย 1\t82.50\t88.06\t+5.56",
    ]
    scores = rows_of(parse_pages("\n".join(text)), ItaScore)
    assert [(s.fiscal_year, s.instrument, s.indicator_no, str(s.score)) for s in scores if s.indicator_no is None] == [
        (2568, "IIT", None, "82.50"),
        (2569, "IIT", None, "88.06"),
    ]


def test_a_sheets_budget_as_the_years_total_after_a_years_amount() -> None:
    """heldout43 06: ``ปีละ ๖๐,๐๐๐ บาท รวม ๔ ปี เป็นเงิน ๒๔๐,๐๐๐ บาท``: the first amount (a year's)
    was read as the sheet's budget."""
    from decimal import Decimal

    from parsers.project_sheets import sheet_budget

    assert sheet_budget("ปีละ ๖๐,๐๐๐ บาท รวม ๔ ปี เป็นเงิน ๒๔๐,๐๐๐ บาท") == Decimal("240000.00")
    assert sheet_budget("ปี ๒๕๖๙ - ๒๕๗๐ ปีละ ๔๐,๐๐๐ บาท ปี ๒๕๗๑ - ๒๕๗๒ ปีละ ๔๕,๐๐๐ บาท รวม ๔ ปี ๑๗๐,๐๐๐ บาท") == Decimal("170000.00")


def test_an_instruments_row_whose_code_a_scan_garbled() -> None:
    """heldout43 07 (copier): a table of the instruments over three years whose first row read
    ``แบบวัด เก`` (IIT): its scores were lost; by the framework's order it is the first."""
    from schemas import ItaScore

    text = [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "แบบวัด\tน้ำหนัก\tปี2567\tปี2568\tปี2569",
        "แบบวัด เก\tร้อยละ 30\t82.64\t85.42\t91.00",
        "แบบวัด EIT\tร้อยละ30\t79.10\t81.13\t86.83",
        "แบบวัด 0\tร้อยละ 40\t70.83\t77.09\t92.09",
    ]
    scores = rows_of(parse_pages("\n".join(text)), ItaScore)
    assert [(s.fiscal_year, s.instrument, str(s.score)) for s in scores] == [
        (2567, "IIT", "82.64"), (2568, "IIT", "85.42"), (2569, "IIT", "91.00"),
        (2567, "EIT", "79.10"), (2568, "EIT", "81.13"), (2569, "EIT", "86.83"),
        (2567, "OIT", "70.83"), (2568, "OIT", "77.09"), (2569, "OIT", "92.09"),
    ]


def test_a_speaker_on_a_line_of_their_own_under_a_heading() -> None:
    """heldout44 02: ``นายก อบต.`` at the margin under a sub-item's heading, the speech indented
    below it: read as the rest of the heading's title (on the copier scan, and in the text)."""
    text = [
        *STAFF_MEETING[:5],
        "ระเบียบวาระที่ ๔  เรื่องเพื่อพิจารณา",
        "        ๔.๒  ญัตติขออนุมัติจ่ายขาดเงินสะสม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "นายก อบต.",
        "            - ขออนุมัติจ่ายขาดเงินสะสมเพื่อแก้ไขปัญหาความเดือดร้อนของประชาชน จำนวน ๓ โครงการ",
        "มติที่ประชุม   อนุมัติ",
    ]
    items = rows_of(parse_pages("\n".join(text)), Agenda)
    assert [(i.item_no, i.title) for i in items][-1] == ("4.2", "ญัตติขออนุมัติจ่ายขาดเงินสะสม ประจำปีงบประมาณ พ.ศ. 2569")


def test_a_three_year_plans_rows_whose_dashes_a_copier_lost() -> None:
    """heldout42 06 (copier): a row whose source reads ``ไม่ใช้งบประมาณ`` and whose year cells'
    dashes the copier lost had no budget at all (its three years' records missing); a row with
    one year's dash lost (``20,000 | | 20,000``) lost all three."""
    from schemas import Budget, Project

    text = [
        "แผนปฏิบัติการป้องกันการทุจริต ระยะ ๓ ปี (พ.ศ. ๒๕๖๙ - ๒๕๗๑)",
        "องค์การบริหารส่วนตำบลนาดี",
        "ที่\tมิติ\tโครงการ/กิจกรรม/มาตรการ\tแหล่งงบประมาณ\tปี 2569\tปี 2570\tปี 2571\tหมายเหตุ",
        "1\t1\tโครงการอบรมคุณธรรมจริยธรรม\tงบ อบต.\t30,000\t30,000\t35,000\t",
        "2\t1\tกิจกรรมประกาศเจตจำนงสุจริต\tไม่ใช้งบประมาณ",
        "3\t2\tโครงการสำรวจความพึงพอใจ\tงบ อบต.\t20,000\t\t20,000\tปีเว้นปี",
    ]
    parsed = parse_pages("\n".join(text))
    # (the years alone, no total column: each project's budget is its first year's, as heldout42's gold)
    assert [(p.seq, str(p.budget_thb)) for p in rows_of(parsed, Project)] == [(1, "30000.00"), (2, "0.00"), (3, "20000.00")]
    rows = [(b.project_seq, b.fiscal_year, str(b.amount_thb)) for b in rows_of(parsed, Budget) if b.kind == "plan_row"]
    assert rows[3:] == [
        (2, 2569, "0.00"), (2, 2570, "0.00"), (2, 2571, "0.00"),
        (3, 2569, "20000.00"), (3, 2570, "0.00"), (3, 2571, "20000.00"),
    ]


def test_ocr_a_sheets_number_read_under_its_label() -> None:
    """heldout42 06 (copier): ``ลำดับที่ ๙`` at a sheet's right margin read as ``ลำดับที่`` over a
    line of ``๙`` alone, and the title's ``โครง การ`` parted: the sheet was not found."""
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("              ลำดับที่\n              ๙\n  รายละเอียดโครงการ") == "              ลำดับที่ ๙\n  รายละเอียดโครงการ"
    from parsers.project_sheets import SHEETS_TITLE

    assert SHEETS_TITLE.match("รายละเอียดโครง การตามแผนปฏิบัติการป้องกันการทุจริต")


def test_ocr_local_with_a_mark_lost_and_a_list_opener_with_a_wrong_tone() -> None:
    """heldout42 05 (copier): ``...แผนพัฒนาท้องถิน`` (a committee's name, its key lost) and
    ``ประกอบด้วยบุคคลดังต่อไปนี่`` (its list not opened)."""
    from parsers.order import composed_of_tail
    from pipeline.normalize import restore_dropped_marks

    assert restore_dropped_marks("คณะกรรมการพัฒนาท้องถิน") == "คณะกรรมการพัฒนาท้องถิ่น"
    assert restore_dropped_marks("ทองคำ ท้องถิ่น") == "ทองคำ ท้องถิ่น"
    assert composed_of_tail("ประกอบด้วยบุคคลดังต่อไปนี่") is not None


def test_scans_headers_with_several_columns_in_one_cell() -> None:
    """heldout43 03 and 06 (200 dpi): an agenda table's header ``P| ที | เรื่อง/ข้อสั่งการ | ...``
    (ที่'s mark lost after a speck) was no header, and its rows no items; a plan's header read
    with its year columns in two cells (``2569 2570 | 2571 | 2572 รวม4ปี ผู้รับผิดชอบ``): the
    four years and the span's total were summed into each row's budget (480,000 for 240,000)."""
    from parsers.action_plan import years_apart
    from parsers.minutes import agenda_table_columns

    assert agenda_table_columns("P| ที\tเรื่อง/ข้อสั่งการ\tผลการดำเนินงาน\tมติที่ประชุม") == (0, 1, 3)
    assert years_apart(["ที่", "โครงการ/กิจกรรม/มาตรการ", "2569 2570", "2571", "2572 รวม4ปี ผู้รับผิดชอบ"]) == [
        "ที่", "โครงการ/กิจกรรม/มาตรการ", "2569", "2570", "2571", "2572", "รวม4ปี", "ผู้รับผิดชอบ",
    ]
    assert years_apart(["ที่", "โครงการ", "ปี 2569", "ปี 2570"]) == ["ที่", "โครงการ", "ปี 2569", "ปี 2570"]


def test_ocr_a_councils_session_and_a_prefix_that_lost_its_first_letter() -> None:
    """heldout44 02 (200 dpi): ``สมัยที่ ๒๒๕๖๙ค`` (the slash of ๒/๒๕๖๙ lost: the session read as
    ``1``); ``ายคำปุ่น`` (นาย's น lost: the chair missing from the list)."""
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("สมัยสามัญ สมัยที่ ๒๒๕๖๙ค ครั้งที่๑") == "สมัยสามัญ สมัยที่ ๒/๒๕๖๙ค ครั้งที่๑"
    assert repair_ocr_text("๓\tายคำปุ่น ภูศรีฐาน\tประธานสภา อบต.") == "๓\tนายคำปุ่น ภูศรีฐาน\tประธานสภา อบต."
    assert repair_ocr_text("  ๒. างสาวปิยะนุช แสนสุข") == "  ๒. นางสาวปิยะนุช แสนสุข"
    # (a word a scan split is no prefix)
    assert repair_ocr_text("ที่ประชุม ร ายงานผลการดำเนินงาน") == "ที่ประชุม รายงานผลการดำเนินงาน"


def test_guard_the_rounds_rules_where_a_review_found_them_misfiring() -> None:
    """A helper's review of this round's rules: each of these read worse with them."""
    from parsers.action_plan import years_apart
    from parsers.minutes import outcome_of
    from pipeline.ocr import Word, layout_text
    from schemas import CommitteeMember

    # an agenda table without a results column: a wide point line is no end of the table
    table = [
        *STAFF_MEETING[:5],
        "เริ่มประชุมเวลา 13.30 น.",
        "วาระ\tเรื่อง/สาระสำคัญ\tมติที่ประชุม",
        "1\tเรื่องที่ประธานแจ้ง\tรับทราบ",
        "\tประธานแจ้งกำหนดการจัดงานประเพณีลอยกระทงประจำปี 2569 ในวันที่ 5 พฤศจิกายน 2569\t",
        "2\tรับรองรายงานการประชุม\tรับรอง",
        "ปิดประชุมเวลา 15.10 น.",
    ]
    assert [r.item_no for r in rows_of(parse_pages("\n".join(table)), Resolution)] == ["1", "2"]
    # a committee's clause after a relieving one; a term's clause is no relieving one
    order = [
        *RESHUFFLE[:4],
        "        ข้อ ๑  ให้บุคคลดังต่อไปนี้พ้นจากการเป็นกรรมการ",
        "              (๑) นายสมพงษ์ ศรีคำ         สมาชิกสภา อบต. หมู่ที่ ๖",
        "        ข้อ ๒  ให้คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประกอบด้วย",
        "            ๑. นายสุดใจ พรหมบุตร          สมาชิกสภา อบต. หมู่ที่ ๑           ประธานกรรมการ",
        "        ข้อ ๓  ให้กรรมการมีวาระคราวละสองปี เมื่อพ้นจากตำแหน่งตามวาระให้แต่งตั้งใหม่",
        "            ๒. นายชาตรี วงศ์สุวรรณ         สมาชิกสภา อบต. หมู่ที่ ๒           กรรมการ",
        *RESHUFFLE[-5:],
    ]
    members = rows_of(parse_pages("\n".join(order)), CommitteeMember)
    assert [(m.group_name, m.full_name) for m in members] == [
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "สุดใจ พรหมบุตร"),
        ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "ชาตรี วงศ์สุวรรณ"),
    ]
    # village numbers down a list are no column of numbers
    words = [
        w
        for k in range(4)
        for w in (
            Word(100, 100 + 60 * k, 400, 30, 90.0, "นายสมชาย", line=k),
            Word(900, 100 + 60 * k, 300, 30, 90.0, "หมู่ที่", line=k),
            Word(1220, 100 + 60 * k, 30, 30, 90.0, "๑๒๓๔"[k], line=k),
        )
    ]
    assert layout_text(words).split("\n")[0].endswith("หมู่ที่ ๑")
    # a plan's header naming its span, and its years with their unit
    assert years_apart(["ที่", "โครงการ", "งบประมาณ (พ.ศ. 2569 - 2571)", "ผู้รับผิดชอบ"]) == ["ที่", "โครงการ", "งบประมาณ (พ.ศ. 2569 - 2571)", "ผู้รับผิดชอบ"]
    cells = ["ที่", "โครงการ", "ปี 2569 (บาท)", "ปี 2570 (บาท)", "รวม 2 ปี (2569-2570)"]
    assert years_apart(cells) == cells
    # a first reading's tally; a project named for what it cuts; a task with the approval
    assert outcome_of("รับหลักการ ๑๒ เสียง ไม่รับหลักการ ๑ เสียง งดออกเสียง ๑ เสียง") == "approved"
    assert outcome_of("มีมติรับหลักการ ไม่รับหลักการ ไม่มี งดออกเสียง 1 เสียง") == "approved"
    assert outcome_of("เห็นชอบ ส่วนโครงการลดปริมาณขยะในชุมชน ให้กองสาธารณสุขฯ เป็นผู้รับผิดชอบ") == "approved"
    assert outcome_of("อนุมัติตามที่เสนอ ส่วนโครงการตัดถนนสายใหม่ ให้กองช่างสำรวจเพิ่มเติม") == "approved"
    assert outcome_of("อนุมัติ โดยให้ทุกกองปรับลดการใช้พลังงานไฟฟ้าลงร้อยละ 10") == "approved"


def test_a_first_sub_items_top_a_scan_misread() -> None:
    """heldout43 03 (copier): ``6.1 ขออนุมัติโอนงบประมาณ...`` right under ``ระเบียบวาระที่4`` (the
    4 read as 6): the sub-item and its resolution were lost (the resolution went to item 4)."""
    text = [
        *STAFF_MEETING[:5],
        "ระเบียบวาระที่ 3  ติดตามผล",
        "มติที่ประชุม  รับทราบ",
        "ระเบียบวาระที่4 เพื่อพิจารณา",
        "          6.1 ขออนุมัติโอนงบประมาณเพื่อจัดซื้อเรือท้องแบนกู้ภัย",
        "               หัวหน้าสำนักปลัดเทศบาลเสนอขอโอนงบประมาณ",
        "มติที่ประชุม  อนุมัติ",
        "          4.2 ข้อเสนอปรับเวลาเปิดศูนย์บริการประชาชนในวันเสาร์",
        "มติที่ประชุม  รับทราบ",
    ]
    parsed = parse_pages("\n".join(text))
    assert [i.item_no for i in rows_of(parsed, Agenda)] == ["3", "4", "4.1", "4.2"]
    assert [r.item_no for r in rows_of(parsed, Resolution)] == ["3", "4.1", "4.2"]
    # (a first sub-item numbered for another item whose digit looks nothing like it stays out)
    other = [*text[:7], "ระเบียบวาระที่4 เพื่อพิจารณา", "          2.1 ตามมติที่ประชุมครั้งก่อน", "มติที่ประชุม  อนุมัติ"]
    assert [i.item_no for i in rows_of(parse_pages("\n".join(other)), Agenda)] == ["3", "4"]
    # (review: a list the item's body quotes, under the strategy it names, is no sub-item)
    quoted = [
        *text[:7],
        "ระเบียบวาระที่ 4  เรื่องเพื่อพิจารณา ร่างแผนพัฒนาท้องถิ่น",
        "        เสนอเพิ่มเติมโครงการในยุทธศาสตร์ที่ 6 ดังนี้",
        "          6.1 แผนงานบริหารงานทั่วไป",
        "มติที่ประชุม  เห็นชอบ",
    ]
    assert [r.item_no for r in rows_of(parse_pages("\n".join(quoted)), Resolution)] == ["3", "4"]
    # (review: the heading's own digit misread, ``ระเบียบวาระที่ 6`` after item 3 over ``4.1``: no 6.1)
    misread = [*text[:7], "ระเบียบวาระที่ 6  เรื่องเพื่อพิจารณา", "          4.1 ขออนุมัติโอนงบประมาณ", "มติที่ประชุม  อนุมัติ"]
    assert "6.1" not in [i.item_no for i in rows_of(parse_pages("\n".join(misread)), Agenda)]


def test_a_three_letter_rank_whose_first_dot_a_scan_lost() -> None:
    """heldout43 04 (copier): ``พจ.ต.ธนกร`` read as พ.ต. (another rank) before the name."""
    from parsers.common import split_prefix

    assert split_prefix("พจ.ต.ธนกร พลเยี่ยม") == ("พ.จ.ต.", "ธนกร พลเยี่ยม")
    assert split_prefix("พ.ต.สมชาย ใจดี") == ("พ.ต.", "สมชาย ใจดี")


def test_ocr_a_council_members_post_with_its_dots_lost() -> None:
    """heldout42 02 (200 dpi): ``สอบต ม3``, ``ส อบต 10`` for ``ส.อบต. ม.3``; ``อบต .`` (a dot
    set apart) in a total's label and a post."""
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("๓\tนายคำปุ่น พลอาษา\tสอบต ม3") == "๓\tนายคำปุ่น พลอาษา\tส.อบต. ม.3"
    assert repair_ocr_text("๑๐\tนายอภิชาติ วงศ์ละคร\tส อบต 10") == "๑๐\tนายอภิชาติ วงศ์ละคร\tส.อบต. 10"
    assert repair_ocr_text("รวมงบประมาณอบต .\t130,000") == "รวมงบประมาณอบต.\t130,000"
    for text in ("สอบถามข้อมูลเพิ่มเติม", "ประชุมสภา อบต. สมัยที่ 1", "ม3 ถนนสายหลัก"):
        assert repair_ocr_text(text) == text


def test_ocr_a_dates_year_misread_on_a_page_with_dates_only() -> None:
    """heldout43 04 (200 dpi): ``๑๕ สิงหาคม ๒๘๖๙``, ``ครั้งที่ ๕/๒๘๖๙`` (๕ read as ๘) on a page
    naming no year after พ.ศ. or ปี: no usual year, so no repair; its dates' commonest year is one."""
    from pipeline.ocr import repair_ocr_text

    page = (
        "วันอังคารที่ 16 มิถุนายน 2569 ครั้งที่ 4/2569 เมื่อ 10 มิถุนายน 2569\n"
        "ประชุมครั้งที่ 5/2869 เมื่อวันที่ 20 มิถุนายน 2869\nภายใน 15 สิงหาคม 2869 ภายใน 30 มิถุนายน 2569"
    )
    assert repair_ocr_text(page).split("\n")[1:] == ["ประชุมครั้งที่ 5/2569 เมื่อวันที่ 20 มิถุนายน 2569", "ภายใน 15 สิงหาคม 2569 ภายใน 30 มิถุนายน 2569"]
    # (review: an old date beside the current one, old references, counts: left as printed)
    for text in (
        "ตามที่ได้มีคำสั่งที่ ๑๒/๒๕๕๙ ลงวันที่ ๕ มกราคม ๒๕๕๙ แต่งตั้งคณะกรรมการ\nสั่ง ณ วันที่ ๑๖ มิถุนายน ๒๕๖๙",
        "ยกฐานะเมื่อวันที่ 30 มีนาคม 2539 วันที่ 1 มิ.ย. 2569 วันที่ 2 มิ.ย. 2569 วันที่ 3 มิ.ย. 2569",
        "มีผู้มาใช้บริการทั้งสิ้น 2769 ราย วันที่ 1 มิถุนายน 2569 วันที่ 2 มิถุนายน 2569 วันที่ 3 มิถุนายน 2569",
    ):
        assert repair_ocr_text(text) == text


def test_ocr_an_instruments_code_in_a_weighted_sum_and_a_level_it_moved_from() -> None:
    """heldout43 07/08 (200 dpi): ``0.4xOIT`` read ``0.4x011``; ``เลื่อนระดับจาก B`` read
    ``จาก 8`` (digits the page never had)."""
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("ITA (0.3xEIT+0.4x011) เทศบาล") == "ITA (0.3xEIT+0.4xOIT) เทศบาล"
    assert repair_ocr_text("ITA ปี 2569 เลื่อนระดับจาก 8 เป็น A") == "ITA ปี 2569 เลื่อนระดับจาก B เป็น A"


def test_ocr_a_thai_seven_read_as_kho_rakhang() -> None:
    """heldout44 02/04 (copier): ``ยกมือ ๗ เสียง``, ``(๗ คนจาก ๙ คน)`` read with ฆ for ๗."""
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("โดยการยกมือ ฆ เสียง") == "โดยการยกมือ ๗ เสียง"
    assert repair_ocr_text("ครบองค์ประชุม (ฆ คนจาก 9 คน)") == "ครบองค์ประชุม (๗ คนจาก 9 คน)"
    assert repair_ocr_text("ระฆัง ฆ้อง") == "ระฆัง ฆ้อง"
    # (review: a list's ฆ, a plate's letter)
    for text in ("(ฆ) ค่าวัสดุเชื้อเพลิงและหล่อลื่น", "ก) ข) ค) ฆ) ง)", "ทะเบียน ฆ 4521"):
        assert repair_ocr_text(text) == text
