"""Round of heldout34 and heldout35: scans of larger tables, bundles and amended paperwork.

Each test names the scan or document it came from; each failed on the code before its fix."""

from __future__ import annotations

from decimal import Decimal

import regex

from schemas import Measure
from tests.conftest import parse_pages
from tests.test_round28 import rows_of

MEASURES_SCANNED = [
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
    "เทศบาลเมืองทดสอบงาม",
    "ที่\tมาตรการ\tวิธีการดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ\tการติดตามผล",
    "ตัวชี\tวัดที\t3 การใช้อำนาจ (IIT)",
    "1\tมาตรการป้องกันการใช้\tกำหนดหลักเกณฑ์การมอบหมาย\tต.ค. - ธ.ค. 68\tสำนักปลัด\tรายงานทุกไตรมาส",
    "\tอำนาจโดยมิชอบ\tงานเป็นลายลักษณ์อักษร",
    "2\tมาตรการส่งเสริม\tแต่งตั้งคณะกรรมการกลั่นกรอง\tเม.ย. 69\tงานการเจ้าหน้าที่\tสรุปผลเสนอ",
    "\tความโปร่งใสในการประเมิน\tประกาศผลการประเมิน",
    "2.=ฆ\t9/1",
    "ต วชีวั ท 4 การ ศคงทภร5 พย์สินของราชการ (IIT)",
    "3\tมาตรการการยืมและ\tจัดทำคู่มือแนวปฏิบัติ\tต.ค. 68 -\tกองคลัง\tตรวจทะเบียน",
    "\tใช้ทรัพย์สินของราชการ\tการยืมทรัพย์สินของราชการ\tก.ย. 69",
    "ตัวชีวัดที10 การป้องกันการทุจริต ๐17)",
    "4\tมาตรการจัดการ\tจัดทำคู่มือการจัดการ\tต.ค. 68 -\tงานนิติการ\tรายงานสถิติ",
    "\tเรื่องร้องเรียน\tเรื่องร้องเรียนการทุจริต\tก.ย. 69",
]


def test_indicator_rows_a_copier_scan_split_or_garbled_and_a_stamps_numbered_specks() -> None:
    """heldout33's measures on a copier scan: the indicator row ``ตัวชี้วัดที่ ๓ ...`` read in
    three cells (``ตัวชี | วัดที | 3 ...``) was taken for a measure, a stamp's edge read as
    ``2.=ฆ | 9/1`` for a second row 2, and the garbled ``ต วชีวั ท 4 ... (IIT)`` ended the table:
    three of eight measures."""
    measures = {m.seq: m for m in rows_of(parse_pages("\n".join(MEASURES_SCANNED)), Measure)}
    assert sorted(measures) == [1, 2, 3, 4]
    assert measures[1].measure == "มาตรการป้องกันการใช้ อำนาจโดยมิชอบ"
    assert measures[2].measure == "มาตรการส่งเสริม ความโปร่งใสในการประเมิน"
    assert measures[3].measure == "มาตรการการยืมและ ใช้ทรัพย์สินของราชการ"
    assert measures[4].measure == "มาตรการจัดการ เรื่องร้องเรียน"


def test_guard_a_first_column_naming_the_indicator_beside_its_measure() -> None:
    table = [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "ตัวชี้วัด\tมาตรการ\tวิธีการดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ",
        "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\tมาตรการเผยแพร่ข้อมูลต่อสาธารณะ (OIT)\tปรับปรุงเว็บไซต์\tตลอดปี\tกองยุทธศาสตร์",
        "ตัวชี้วัดที่ 10 การป้องกันการทุจริต\tมาตรการป้องกันการรับสินบน\tประกาศนโยบาย\tตลอดปี\tสำนักปลัด",
    ]
    measures = rows_of(parse_pages("\n".join(table)), Measure)
    assert [m.measure for m in measures] == ["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ (OIT)", "มาตรการป้องกันการรับสินบน"]


PLAN_TASK_CODES_SCANNED = [
    "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
    "เทศบาลเมืองทดสอบงาม",
    "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tต.ค.-ธ.ค. 68\tม.ค.-มี.ค. 69\tเม.ย.-มิ.ย. 69\tก.ค.-ก.ย. 69\tผู้รับผิดชอบ",
    "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    "1.1\tการสร้างจิตสำนึกและความตระหนักแก่บุคลากร\t\t\t☑",
    "\tทั้งฝ่ายการเมืองและฝ่ายประจำ",
    "1.1.1\tโครงการอบรมคุณธรรมจริยธรรม\t80,000\t\t☑\t\t\tสำนักปลัด",
    "1.2\tการสร้างจิตสำนึกแก่ประชาชน",
    "1.2.1\tโครงการทดสอบงามใสสะอาด\t20,000\t\t\t☑\t\tสำนักปลัด",
]


def test_a_task_row_a_scan_put_a_tick_on_is_no_project() -> None:
    """heldout33's plan coded มิติ.ภารกิจ.ลำดับ on a copier scan: a stamp over the tick column
    put the next row's tick on the task row ``๑.๑``, which was then read as a project and every
    project after it took the next one's number."""
    from schemas import Project

    projects = rows_of(parse_pages("\n".join(PLAN_TASK_CODES_SCANNED)), Project)
    assert [(p.seq, p.name) for p in projects] == [
        (1, "โครงการอบรมคุณธรรมจริยธรรม"),
        (2, "โครงการทดสอบงามใสสะอาด"),
    ]


ITA_SCANNED = [
    "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    "ประจำปีงบประมาณ พ.ศ. 2569",
    "เทศบาลเมืองทดสอบงาม",
    "ที่\tตัวชี้วัด\tปี2568\tปี2569\tผลต่าง",
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "1\tการปฏิบัติหน้าที่\t88.60\t92.40\t+3.80",
    "2\tการใช้งบประมาณ\t80.40\t84.20\t+3.80",
    "\tะแนนเฉลี่ย\t08450\t88.30\t+3.80",
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "1\tคุณภาพการดำเนินงาน\t86.40\t90.25\t+3.85",
    "\tคะแนนเฉลี่ยEIT\t86.40\t90.25\t+3.85",
    "",
    "๓. ผลการประเมินย้อนหลัง ๓ ปี",
    "ปีงบประมาณ\tคะแนน ITA\tระดับ\tผลการประเมิน",
    "2567\t80.14\t8\tไม่ผ่าน",
    "2568\t82.92\tB\tไม่ผ่าน",
    ".2569\t89.44\tA\tผ่าน",
]


def test_ita_mean_row_its_first_letter_and_a_scores_dot_lost_and_a_trend_of_the_overall_score() -> None:
    """heldout33's ITA report on a copier scan: ``คะแนนเฉลี่ย IIT | 84.50`` read ``ะแนนเฉลี่ย |
    08450`` was taken for the EIT's mean (the next line names EIT), so the EIT's own mean was lost;
    and the trend table ``ปีงบประมาณ | คะแนน ITA | ระดับ`` (the only place 2567's score is printed)
    was not read on the text either: an overall score's column alone was no table of instruments."""
    from schemas import ItaScore

    scores = {
        (s.fiscal_year, s.instrument): s.score
        for s in rows_of(parse_pages("\n".join(ITA_SCANNED)), ItaScore)
        if s.indicator_no is None
    }
    assert scores[(2568, "IIT")] == Decimal("84.50") and scores[(2569, "IIT")] == Decimal("88.30")
    assert scores[(2569, "EIT")] == Decimal("90.25")
    assert scores[(2567, "ITA")] == Decimal("80.14") and scores[(2569, "ITA")] == Decimal("89.44")


def test_an_orders_date_with_เดือน_its_mark_lost() -> None:
    """heldout33's order on a copier scan: ``สั่ง ณ วันที่ ๒ เดือน มีนาคม พ.ศ. ๒๕๖๙`` read
    ``สังณ วันท ๒ เดอน มีนาคม ...``: the order and its document without a date."""
    import datetime as dt

    from pipeline.thai import find_date

    assert find_date("สังณ วันท 2 เดอน มีนาคม พ.ศ. 2569") == dt.date(2026, 3, 2)
    assert find_date("สั่ง ณ วันที่ 2 เดือน มีนาคม พ.ศ. 2569") == dt.date(2026, 3, 2)


def test_a_speck_read_as_a_letter_beside_a_members_number() -> None:
    """heldout33's order on a copier scan: ``๒.๑.๑ ภ | ว่าที่ร้อยตรี...`` (a ruling's speck
    beside the number) was no member, and the sub-group's caption above it was lost with it:
    its other three members went to the parent group."""
    from pipeline.normalize import normalize_line
    from schemas import CommitteeMember

    assert normalize_line("๒.๑.๑ ภ\tนายทดสอบ ใจดี\tนักวิเคราะห์\tหัวหน้าคณะทำงาน").split("\t")[0] == "2.1.1"
    assert normalize_line("1. ณ\tที่ทำการ\tเทศบาล").startswith("1. ณ")  # ณ is a word
    order = [
        "คำสั่งเทศบาลเมืองทดสอบงาม",
        "ที่ 12/2569",
        "เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส",
        "๒. คณะทำงานประจำตัวชี้วัด ประกอบด้วย ๒ คณะ ดังนี้",
        "ที่\tชื่อ\tตำแหน่ง\tหน้าที่",
        "๒.๑ คณะทำงานตัวชี้วัดที่๙ การเปิดเผยข้อมูล",
        "๒.๑.๑ ภ\tนายทดสอบ ใจดี\tผู้อำนวยการกองยุทธศาสตร์\tหัวหน้าคณะทำงาน",
        "๒.๑.๒\tนายสมมุติ รักงาน\tนักวิเคราะห์นโยบายและแผน\tคณะทำงาน",
        "๒.๒ คณะทำงานตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
        "๒.๒.๑\tนางสาวตัวอย่าง ดีงาม\tนิติกร\tหัวหน้าคณะทำงาน",
        "สั่ง ณ วันที่ ๒ มีนาคม พ.ศ. ๒๕๖๙",
    ]
    members = {m.seq: m for m in rows_of(parse_pages("\n".join(order)), CommitteeMember)}
    assert sorted(members) == ["2.1.1", "2.1.2", "2.2.1"]
    assert members["2.1.1"].group_name == members["2.1.2"].group_name == "คณะทำงานตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"


def test_a_committees_duties_under_its_last_member_are_no_wrapped_cell() -> None:
    """heldout33's order on a copier scan, its members in a borderless table: ``มีหน้าที่`` and
    the duties under the last member, set under the name and post columns, were joined to that
    member's cells (``ทองสุวรรณมีหน้าที่``, the post running on into ``๑) กำหนดแนวทาง...``)."""
    from pipeline.layout import PieceRow, join_wrapped_rows
    from pipeline.normalize import join_wrapped, own_cell

    def row(top: float, *pieces: tuple[float, float, str], number_end: float | None = None) -> PieceRow:
        return PieceRow(pieces=list(pieces), top=top, bottom=top + 10, size=10, number_end=number_end)

    rows = [
        row(0, (10, 20, "๑.๗"), (60, 150, "ว่าที่ร้อยตรีอานนท์ ทอง"), (170, 260, "ผอ.กองยุทธศาสตร์และงบ"), (280, 330, "กรรมการและ"), number_end=60),
        row(11, (60, 100, "สุวรรณ"), (170, 210, "ประมาณ"), (280, 320, "เลขานุการ")),
        row(22, (60, 100, "มีหน้าที่"), (170, 260, "(๑) กำหนดแนวทาง กำกับ")),
        row(33, (170, 260, "และติดตามการดำเนินงาน")),
    ]
    joined = [[text for _, _, text in r.pieces] for r in join_wrapped_rows(rows, own_cell, join_wrapped)]
    assert joined == [
        ["๑.๗", "ว่าที่ร้อยตรีอานนท์ ทองสุวรรณ", "ผอ.กองยุทธศาสตร์และงบประมาณ", "กรรมการและเลขานุการ"],
        ["มีหน้าที่", "(๑) กำหนดแนวทาง กำกับและติดตามการดำเนินงาน"],
    ]


def test_ita_scores_in_a_block_under_each_indicators_heading_with_last_years_in_brackets() -> None:
    """heldout34's ITA analysis (first contact on the text: 20 of 29 scores lost): a heading per
    indicator, then ``ผลคะแนน 92.18 คะแนน  (ปี 2568 = 88.40)`` on the next line; the section's
    caption says the bracketed scores are last year's."""
    from schemas import ItaScore

    text = [
        "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "เทศบาลตำบลทดสอบงาม",
        "3. ผลการประเมินรายตัวชี้วัด (คะแนนในวงเล็บ คือ คะแนนปี 2568)",
        "ตัวชี้วัดที่ 1  การปฏิบัติหน้าที่ (IIT)",
        "     ผลคะแนน 92.18 คะแนน  (ปี 2568 = 88.40)  เพิ่มขึ้น 3.78 คะแนน",
        "     ข้อสังเกต : ผู้รับบริการได้รับการปฏิบัติอย่างเท่าเทียม",
        "ตัวชี้วัดที่ 9  การเปิดเผยข้อมูล (OIT)",
        "     ผลคะแนน 90.17 คะแนน  (ปี 2568 = 72.50)  เพิ่มขึ้น 17.67 คะแนน",
        "     ผลคะแนนแยกตามตัวชี้วัดย่อย",
        "        9.1 ข้อมูลพื้นฐาน                               100.00",
        "        9.2 การบริหารงาน                             87.50",
    ]
    # (as typed, and as a browser's PDF gives it back: one space where the typist put two)
    for lines in (text, [regex.sub(r"(?<=\S)  +(?=\S)", " ", line) for line in text]):
        scores = {
            (s.fiscal_year, s.indicator_no): s.score for s in rows_of(parse_pages("\n".join(lines)), ItaScore)
        }
        assert scores == {
            (2569, 1): Decimal("92.18"),
            (2568, 1): Decimal("88.40"),
            (2569, 9): Decimal("90.17"),
            (2568, 9): Decimal("72.50"),
        }


MINUTES_WITH_COUNTS_AND_A_SHEET = [
    "รายงานการประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน โรงเรียนเทศบาลทดสอบงาม",
    "ครั้งที่ 2/2569",
    "วันศุกร์ที่ 15 พฤษภาคม 2569  เวลา 15.30 น.",
    "ผู้มาประชุม            จำนวน 3 คน  (รายชื่อตามบัญชีลงชื่อผู้มาประชุมแนบท้าย)",
    "ผู้ไม่มาประชุม          จำนวน 1 คน",
    "เริ่มประชุมเวลา 15.30 น.",
    "ระเบียบวาระที่ 1 : เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "มติที่ประชุม : รับทราบ",
    "เลิกประชุมเวลา 16.30 น.",
    "\f                                     บัญชีลงชื่อผู้มาประชุม",
    "คณะกรรมการสถานศึกษาขั้นพื้นฐาน โรงเรียนเทศบาลทดสอบงาม",
    "ครั้งที่ ๒/๒๕๖๙  วันศุกร์ที่ ๑๕ พฤษภาคม ๒๕๖๙  เวลา ๑๕.๓๐ น.",
    "ที่\tชื่อ - สกุล\tประเภทกรรมการ\tตำแหน่งในคณะกรรมการ\tลายมือชื่อ\tหมายเหตุ",
    "๑\tนายสุเทพ  ทองดี\tผู้ทรงคุณวุฒิ\tประธานกรรมการ\t\t",
    "๒\tพระมหาสมชาย  ฐิตธมฺโม\tผู้แทนพระภิกษุสงฆ์\tกรรมการ\t\t",
    "๓\tพระอธิการบุญมี  ปุญฺญวโร\tผู้แทนพระภิกษุสงฆ์\tกรรมการ\t\tติดศาสนกิจ",
    "๔\tนายอำนาจ  จันทร์ดี\tผู้อำนวยการสถานศึกษา\tกรรมการและเลขานุการ\t\t",
]


def test_minutes_that_only_count_their_members_take_them_from_the_signed_sheet() -> None:
    """heldout34's school board (first contact: 15 of 18 attendees lost): the minutes give
    ``ผู้มาประชุม จำนวน 13 คน (รายชื่อตามบัญชีลงชื่อผู้มาประชุมแนบท้าย)`` and the members are
    only in the attendance sheet after them, signature cells empty, absence in the remarks."""
    from schemas import Attendee, Meeting

    parsed = parse_pages("\n".join(MINUTES_WITH_COUNTS_AND_A_SHEET))
    meeting = rows_of(parsed, Meeting)[0]
    people = {a.full_name: a for a in rows_of(parsed, Attendee)}
    assert sorted(people) == ["บุญมี ปุญฺญวโร", "สมชาย ฐิตธมฺโม", "สุเทพ ทองดี", "อำนาจ จันทร์ดี"]
    assert all(a.meeting_id == meeting.meeting_id and a.doc_id == meeting.doc_id for a in people.values())
    assert people["บุญมี ปุญฺญวโร"].status == "absent" and people["สุเทพ ทองดี"].status == "present"
    assert (people["สุเทพ ทองดี"].position, people["สุเทพ ทองดี"].role) == ("ผู้ทรงคุณวุฒิ", "ประธานกรรมการ")
    assert people["สมชาย ฐิตธมฺโม"].prefix == "พระมหา"


def test_guard_a_sheet_repeating_the_minutes_own_list_adds_no_attendee() -> None:
    from schemas import Attendee

    listed = [
        line if not line.startswith("ผู้มาประชุม") else "ผู้มาประชุม\n1. นายสุเทพ ทองดี ผู้ทรงคุณวุฒิ ประธานกรรมการ\n2. นายอำนาจ จันทร์ดี ผู้อำนวยการสถานศึกษา กรรมการและเลขานุการ"
        for line in MINUTES_WITH_COUNTS_AND_A_SHEET
    ]
    people = [a.full_name for a in rows_of(parse_pages("\n".join(listed)), Attendee)]
    assert sorted(people) == ["สุเทพ ทองดี", "อำนาจ จันทร์ดี"]


def test_a_meeting_date_whose_year_a_scan_garbled_is_found_by_its_weekday() -> None:
    """heldout34's welfare fund on the 200 dpi scan: ``วันอาทิตย์ที่ ๕ เมษายน ๒๕๖๙`` read
    ``วันอาทิตย์ที่๕ เมษายน๒๘๙`` was stored as the year 289 (a date of no era), and with it
    every attendee, item and resolution (64 records) hung on a meeting no gold has. A
    three-digit year is no date; the year the minutes print elsewhere that the weekday
    allows is taken, and flagged as inferred."""
    import datetime as dt

    from pipeline.thai import find_date, years_by_weekday
    from schemas import Agenda, Meeting

    assert find_date("วันอาทิตย์ที่ 5 เมษายน289 เวลา13.00น .") is None
    assert years_by_weekday("วันอาทิตย์ที่ 5 เมษายน289 เวลา13.00น .", [2568, 2569]) == [dt.date(2026, 4, 5)]
    assert years_by_weekday("วันอาทิตย์ที่ 5 เมษายน 2569", [2569]) == []  # its year reads
    minutes = [
        "รายงานการประชุมคณะกรรมการกองทุนสวัสดิการชุมชนตำบลทดสอบงาม",
        "ครั้งที่ 09289",
        "วันอาทิตย์ที่๕ เมษายน๒๘๙ เวลา๑๓.๐๐น .",
        "ผู้มาประชุม",
        "๑. นายบุญมา ศรีดี ประธานกรรมการ",
        "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ประธานแจ้งว่า การจ่ายสวัสดิการประจำปีงบประมาณ ๒๕๖๙ เป็นไปตามแผน",
        "มติที่ประชุม รับทราบ",
    ]
    parsed = parse_pages("\n".join(minutes))
    assert rows_of(parsed, Meeting)[0].meeting_date == dt.date(2026, 4, 5)
    assert [a.item_no for a in rows_of(parsed, Agenda)] == ["1"]
    assert any("inferred" in w for p in parsed for w in p.warnings)


def test_measure_blocks_whose_labels_wrapped_in_a_narrow_label_column() -> None:
    """heldout34's measures on a 200 dpi scan, the labelled fields set in a borderless table
    with a narrow label column: ``แนวทาง : | ๑) ...`` over ``ปฏิบัติ | การเปิดเผยข้อมูล``,
    ``การติดตาม : | รายงานผล...`` over ``ผล``; the label's rest went into the values (the
    follow-up ran into the period), and the objective's wrapped rest into the heading."""
    text = [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "องค์การบริหารส่วนตำบลทดสอบงาม",
        "มาตรการที่๑ มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
        "วัตถุประสงค์\t:\tเพื่อให้ประชาชนเข้าถึงข้อมูลได้สะดวก",
        "\tในทุกกรณี",
        "แนวทาง\t:\t๑) แต่งตั้งผู้รับผิดชอบข้อมูลตามตัวชี้วัด",
        "ปฏิบัติ\tการเปิดเผยข้อมูล",
        "\t๒) ตรวจสอบข้อมูลบนเว็บไซต์ทุกเดือน",
        "ผู้รับผิดชอบ :\tสำนักปลัด (งานประชาสัมพันธ์)",
        "ระยะเวลา :\tต.ค.๖๘-ก.ย.๖๙",
        "การติดตาม :\tรายงานผลรอบ ๖ เดือนและรอบ ๑๒ เดือน",
        "ผล",
        "มาตรการที่๒ มาตรการจัดการเรื่องร้องเรียน",
        "แนวทาง\t:\t๑) จัดทำคู่มือการจัดการเรื่องร้องเรียน",
        "ผู้รับผิดชอบ :\tสำนักปลัด",
        "ระยะเวลา :\tต.ค.๖๘-ก.ย.๖๙",
        "การติดตาม :\tสรุปสถิติรายไตรมาส",
        "ผล",
    ]
    measures = {m.seq: m for m in rows_of(parse_pages("\n".join(text)), Measure)}
    first = measures[1]
    assert first.measure == "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"
    assert first.method is not None and "ปฏิบัติ" not in first.method and "การเปิดเผยข้อมูล" in first.method
    assert first.period == "ต.ค. 68-ก.ย. 69"  # (nothing of the follow-up in it)
    assert first.follow_up == "รายงานผลรอบ 6 เดือนและรอบ 12 เดือน"
    assert measures[2].follow_up == "สรุปสถิติรายไตรมาส"


def test_a_continued_caption_with_its_title_and_a_section_labels_bracketed_caption() -> None:
    """heldout34's plan over three pages: ``ส่วนที่ 3  บัญชีโครงการ/กิจกรรม/มาตรการ (ต่อ)`` at
    the top of each next page went into the name of the row above (the caption's title
    between its number and ``(ต่อ)``); its sheets' ``๕. วิธีดำเนินการ (แผนการดำเนินงาน)``
    gave ``(แผนการดำเนินงาน)`` as the first step."""
    from schemas import Project, ProjectSheet

    page_one = "\n".join([
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "องค์การบริหารส่วนตำบลทดสอบงาม",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tผู้รับผิดชอบ",
        "1\tโครงการอบรมคุณธรรม\t1\t20,000\tสำนักปลัด",
        "2\tโครงการ อบต.เคลื่อนที่\t3\t25,000\tสำนักปลัด",
        "\tพบประชาชน\t\t\t",
        "ยอดยกไป\t\t\t45,000\t",
    ])
    page_two = "\n".join([
        "                          ส่วนที่ 3  บัญชีโครงการ/กิจกรรม/มาตรการ (ต่อ)",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tผู้รับผิดชอบ",
        "ยอดยกมา\t\t\t45,000\t",
        "3\tกิจกรรมจัดทำคู่มือ\t4\t5,000\tสำนักปลัด",
        "รวมทั้งสิ้น\t\t\t50,000\t",
        "",
        "แบบรายละเอียดโครงการ",
        "๑. ชื่อโครงการ  กิจกรรมจัดทำคู่มือ",
        "๒. วิธีดำเนินการ (แผนการดำเนินงาน)",
        "ขั้นตอน/กิจกรรม\tมี.ค. ๖๙\tเม.ย. ๖๙",
        "๑. แต่งตั้งคณะทำงานจัดทำคู่มือ\t/\t",
        "๒. จัดพิมพ์และเผยแพร่คู่มือ\t\t/",
        "๓. งบประมาณ  ๕,๐๐๐ บาท",
    ])
    parsed = parse_pages(page_one, page_two)
    names = [p.name for p in rows_of(parsed, Project)]
    assert names == ["โครงการอบรมคุณธรรม", "โครงการ อบต.เคลื่อนที่ พบประชาชน", "กิจกรรมจัดทำคู่มือ"]
    sheet = rows_of(parsed, ProjectSheet)[0]
    assert sheet.methods == ["แต่งตั้งคณะทำงานจัดทำคู่มือ", "จัดพิมพ์และเผยแพร่คู่มือ"]


def test_an_instruments_count_of_indicators_is_no_score() -> None:
    """heldout35's ITA report: ``แบบวัด | จำนวนตัวชี้วัด | คะแนนเฉลี่ย | น้ำหนัก (ร้อยละ) |
    คะแนนถ่วงน้ำหนัก``: the count (๕, ๓, ๒, ๑๐) was read as each instrument's score."""
    from schemas import ItaScore

    text = [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เทศบาลตำบลทดสอบงาม",
        "แบบวัด\tจำนวนตัวชี้วัด\tคะแนนเฉลี่ย\tน้ำหนัก (ร้อยละ)\tคะแนนถ่วงน้ำหนัก",
        "IIT\t๕\t๘๗.๙๓\t๓๐\t๒๖.๓๘",
        "EIT\t๓\t๘๕.๓๑\t๓๐\t๒๕.๕๙",
        "OIT\t๒\t๙๑.๒๕\t๔๐\t๓๖.๕๐",
        "คะแนน ITA\t๑๐\t\t๑๐๐\t๘๘.๔๗",
        "          ผลการประเมินในภาพรวม เทศบาลตำบลทดสอบงามได้คะแนน ITA ๘๘.๔๗ คะแนน อยู่ในระดับ A",
    ]
    scores = {s.instrument: s.score for s in rows_of(parse_pages("\n".join(text)), ItaScore) if s.indicator_no is None}
    assert scores == {"IIT": Decimal("87.93"), "EIT": Decimal("85.31"), "OIT": Decimal("91.25"), "ITA": Decimal("88.47")}


def test_a_roll_calls_village_column_and_a_late_arrivals_remark_are_no_post() -> None:
    """heldout35's welfare fund: ``ที่ | ชื่อ - สกุล | หมู่ที่ | ตำแหน่งในคณะกรรมการ | ลายมือชื่อ |
    หมายเหตุ``: each member's post read as the village's number, a late arrival's remark
    (``มาเวลา 14:10 น.``) as a post. (The board's ``ประชาสัมพันธ์`` in its column of roles is a role;
    a review found the bare word a staff member's post in an invited list, which stays a post.)"""
    from schemas import Attendee

    minutes = [
        "รายงานการประชุมคณะกรรมการกองทุนสวัสดิการชุมชนตำบลทดสอบงาม",
        "ครั้งที่ 4/2569",
        "วันอาทิตย์ที่ 5 เมษายน 2569  เวลา 13:30 น.",
        "กรรมการทั้งหมด 4 คน  มาประชุม 3 คน  ไม่มาประชุม 1 คน",
        "ที่\tชื่อ - สกุล\tหมู่ที่\tตำแหน่งในคณะกรรมการ\tลายมือชื่อ\tหมายเหตุ",
        "1\tนายสมพงษ์ ทองดี\t1\tประธานกรรมการ\t\t",
        "2\tนางลำดวน สายดี\t7\tประชาสัมพันธ์\t\t",
        "3\tนางจันทร์เพ็ญ ศรีดี\t2\tกรรมการ\t\tมาเวลา 14:10 น.",
        "4\tนายคำมี พรมดี\t6\tกรรมการ\t\tลาป่วย",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
    people = {a.full_name: a for a in rows_of(parse_pages("\n".join(minutes)), Attendee)}
    assert {name: (a.position, a.role) for name, a in people.items()} == {
        "สมพงษ์ ทองดี": (None, "ประธานกรรมการ"),
        # (a board's section in its column of committee roles: a role, as heldout35's and heldout37's
        # golds have it; round 36's ``section_roles``. An invited staff member's post stays a post.)
        "ลำดวน สายดี": (None, "ประชาสัมพันธ์"),
        "จันทร์เพ็ญ ศรีดี": (None, "กรรมการ"),
        "คำมี พรมดี": (None, "กรรมการ"),
    }
    assert people["คำมี พรมดี"].status == "absent" and people["จันทร์เพ็ญ ศรีดี"].status == "present"


def test_guard_a_provincial_public_relations_officer_is_a_post() -> None:
    from schemas import Attendee

    minutes = [
        "รายงานการประชุมคณะกรรมการทดสอบ",
        "ครั้งที่ 1/2569",
        "วันจันทร์ที่ 6 เมษายน 2569  เวลา 09.30 น.",
        "ผู้มาประชุม",
        "1. นายสมชาย ใจดี  ประชาสัมพันธ์จังหวัดทดสอบ  กรรมการ",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
    person = rows_of(parse_pages("\n".join(minutes)), Attendee)[0]
    assert (person.position, person.role) == ("ประชาสัมพันธ์จังหวัดทดสอบ", "กรรมการ")


def test_a_five_year_trend_whose_instrument_codes_a_scan_read_as_letters() -> None:
    """heldout35's ITA report on a 200 dpi scan: ``ปีงบประมาณ | IIT | EIT | OIT | ITA | ระดับ``
    read ``ปีงบประมาณ | เห | ะห | 0ห | ITA | ระดับ``: only the overall column was read (15 scores lost)."""
    from schemas import ItaScore

    text = [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เทศบาลตำบลทดสอบงาม",
        "๔.ผลการประเมินย้อนหลัง ๕ปี",
        "ปีงบประมาณ\tเห\tะห\t0ห\tITA\tระดับ",
        "๒๕๖๕\t๘๒.๑๔\t๗๖.๔๕\t๖๐.๒๕\t๗๑.๖๘\t0",
        "๒๕๖๖\t๘๔.๓๖\t๗๘.๙๒\t๖๘.๕๐\t๗๖.๓๘\tB",
    ]
    scores = {(s.fiscal_year, s.instrument): s.score for s in rows_of(parse_pages("\n".join(text)), ItaScore)}
    assert scores == {
        (2565, "IIT"): Decimal("82.14"), (2565, "EIT"): Decimal("76.45"), (2565, "OIT"): Decimal("60.25"),
        (2565, "ITA"): Decimal("71.68"), (2566, "IIT"): Decimal("84.36"), (2566, "EIT"): Decimal("78.92"),
        (2566, "OIT"): Decimal("68.50"), (2566, "ITA"): Decimal("76.38"),
    }  # fmt: skip


def test_a_roll_call_header_whose_name_column_a_scan_garbled_with_a_column_before_the_post() -> None:
    """heldout35's welfare fund on a 200 dpi scan: ``ที | ชื่อ-ana | หมู่ที | ตำแหน่งในคณะกรรมการ |
    ลายมือซื่อ | หมายเหตุ`` was no list header, and the thirteen members were lost."""
    from schemas import Attendee

    minutes = [
        "รายงานการประชุมคณะกรรมการกองทุนสวัสดิการชุมชนตำบลทดสอบงาม",
        "ครั้งที่4/2569",
        "วันอาทิตย์ที่ 5 เมษายน 2569 เวลา 13:30น .",
        "กรรมการทั้งหมด 3 คน มาประชุม 3 คน",
        "ที\tชื่อ-ana\tหมู่ที\tตำแหน่งในคณะกรรมการ\tลายมือซื่อ\tหมายเหตุ",
        "1\tนายสมพงษ์ ทองดี\t1\tประธานกรรมการ",
        "2\tนางลำดวน สายดี\t7\tเลขานุการ",
        "3\tนายคำมี พรมดี\t6\tกรรมการ\t\tลาป่วย",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
    people = {a.full_name: (a.role, a.status) for a in rows_of(parse_pages("\n".join(minutes)), Attendee)}
    assert people == {
        "สมพงษ์ ทองดี": ("ประธานกรรมการ", "present"),
        "ลำดวน สายดี": ("เลขานุการ", "present"),
        "คำมี พรมดี": ("กรรมการ", "absent"),
    }


def test_arrows_across_a_plans_quarter_cells_are_no_ruling_and_mark_their_quarters() -> None:
    """heldout35's plan on a 200 dpi scan: arrows drawn across the quarter cells of a row
    (``◄─── | ──── | ──── | ───►``, broken at each cell's padding) summed to a ruling, which cut
    the row's first line of text in half (``มาตรการจัดการเรื่อง...`` read ``ก ั เร ง``); the arrow
    cells are the quarters the activity runs through, as a tick would be."""
    import numpy as np

    from pipeline import cells

    dpi = 200
    page = np.full((400, 1200), 255, dtype=np.uint8)
    page[50:52, 100:1100] = 0  # a ruling across the table
    page[150:152, 100:1100] = 0
    for x0 in (600, 720, 840, 960):  # the arrow's shaft in four cells, broken at their padding
        page[100:102, x0 + 15 : x0 + 105] = 0
    for x in (100, 600, 720, 840, 960, 1100):  # vertical rulings
        page[50:152, x : x + 2] = 0
    rows = cells.ruled_rows(page, dpi)
    assert [(row.top, row.bottom) for row in rows] == [(51, 150)]  # one row: the arrow is no ruling
    quarter = cells.Box(722 + 5, 55, 840 - 5, 145)
    assert cells.spanned(page, quarter)
    assert not cells.spanned(page, cells.Box(105, 55, 595, 145))  # the name's cell


def test_approvals_that_changed_a_figure_or_took_a_committees_amendments() -> None:
    """heldout34 and heldout35 (three resolutions read ``approved``): a figure of the proposal
    changed (``โดยปรับลดงบประมาณเหลือ ...``, ``โดยปรับเป็นคืนละ ๒๕๐ บาท แทนที่เสนอ ๓๐๐ บาท``),
    a bill passed as its committee on amendments amended it."""
    from parsers.minutes import outcome_of

    assert outcome_of("ที่ประชุมมีมติเห็นชอบให้จัดกิจกรรม โดยปรับลดงบประมาณเหลือ 12,000 บาท (ตัดค่าของที่ระลึก)") == "approved_with_changes"
    assert outcome_of("เห็นชอบให้แก้ไขระเบียบฯ ข้อ 14 โดยปรับเป็นคืนละ 250 บาท แทนที่เสนอ 300 บาท") == "approved_with_changes"
    assert outcome_of("เห็นชอบร่างข้อบัญญัติตามที่คณะกรรมการแปรญัตติแก้ไขเพิ่มเติม ข้อ 5 และข้อ 9") == "approved_with_changes"
    assert outcome_of("เห็นชอบตามที่เสนอ") == "approved"
    # (a review's guards: the proposal itself adds or moves money)
    assert outcome_of("เห็นชอบร่างแผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 2 โดยปรับเพิ่มโครงการจำนวน 5 โครงการ ตามที่เสนอ") == "approved"
    assert outcome_of("อนุมัติให้โอนงบประมาณรายจ่าย โดยปรับลดจากแผนงานบริหารงานทั่วไป จำนวน 50,000 บาท ไปตั้งจ่ายเป็นรายการใหม่") == "approved"


def test_an_amending_orders_replacement_joins_the_group_its_clause_names() -> None:
    """heldout34's amending order: ``ข้อ ๑ ยกเลิกรายชื่อลำดับที่ ๑.๔ ในข้อ ๑ คณะกรรมการอำนวยการ
    (...) และแต่งตั้งบุคคลต่อไปนี้แทน`` / ``๑.๔ นางสาว...``: the replacement had no group."""
    from schemas import CommitteeMember

    order = [
        "คำสั่งเทศบาลตำบลทดสอบงาม",
        "ที่ ๑๘๗/๒๕๖๙",
        "เรื่อง แก้ไขเพิ่มเติมคำสั่งแต่งตั้งคณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส",
        "          ข้อ ๑  ยกเลิกรายชื่อลำดับที่ ๑.๔ ในข้อ ๑ คณะกรรมการอำนวยการ (นายพิชิต  ทองสุข  ผู้อำนวยการ",
        "                 กองคลัง ซึ่งโอนไปดำรงตำแหน่งอื่น) และแต่งตั้งบุคคลต่อไปนี้แทน",
        "                 ๑.๔  นางสาววราภรณ์  ศรีประเสริฐ    ผู้อำนวยการกองคลัง              กรรมการ",
        "          ข้อ ๒  ยกเลิกความในข้อ ๒ และให้ใช้ความต่อไปนี้แทน",
        '                 "๒. คณะทำงานจัดทำและเผยแพร่ข้อมูลสาธารณะ (OIT) ประกอบด้วย',
        "ลำดับ\tชื่อ - สกุล\tตำแหน่ง\tหน้าที่",
        "๒.๑\tนายธวัชชัย  แสงทอง\tปลัดเทศบาล\tประธานคณะทำงาน",
        "                              สั่ง  ณ  วันที่  ๒๕  พฤษภาคม  พ.ศ.  ๒๕๖๙",
    ]
    members = {m.seq: m.group_name for m in rows_of(parse_pages("\n".join(order)), CommitteeMember)}
    assert members == {"1.4": "คณะกรรมการอำนวยการ", "2.1": "คณะทำงานจัดทำและเผยแพร่ข้อมูลสาธารณะ (OIT)"}


def test_a_plan_grouped_by_division_states_a_subtotal_per_division() -> None:
    """heldout35's plan, its projects grouped by the division responsible with a total after
    each (``รวมสำนักปลัดเทศบาล | | | ๗๕,๐๐๐``): stated totals the contract keeps as plan_total
    budgets, the grand total apart."""
    from schemas import Budget

    plan = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เทศบาลตำบลทดสอบงาม",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tหมายเหตุ",
        "สำนักปลัดเทศบาล",
        "๑\tโครงการอบรมคุณธรรมจริยธรรม\t๑\t๔๕,๐๐๐\t",
        "๒\tโครงการเทศบาลเคลื่อนที่\t๓\t๓๐,๐๐๐\t",
        "รวมสำนักปลัดเทศบาล\t\t\t๗๕,๐๐๐\t",
        "กองคลัง",
        "๓\tโครงการอบรมการจัดซื้อจัดจ้าง\t๒\t๒๐,๐๐๐\t",
        "รวมกองคลัง\t\t\t๒๐,๐๐๐\t",
        "รวมทั้งสิ้น\t\t\t๙๕,๐๐๐\t",
    ]
    totals = {b.label: b.amount_thb for b in rows_of(parse_pages("\n".join(plan)), Budget) if b.kind == "plan_total"}
    assert totals == {"รวมสำนักปลัดเทศบาล": Decimal("75000"), "รวมกองคลัง": Decimal("20000"), "รวมทั้งสิ้น": Decimal("95000")}


# --- guards: a review's misfires -----------------------------------------------------------------


def test_guard_two_level_rows_without_items_under_them_are_projects_ticks_and_all() -> None:
    from schemas import Project

    plan = [*PLAN_TASK_CODES_SCANNED[:4], PLAN_TASK_CODES_SCANNED[6],
            "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
            "2.1\tมาตรการจัดทำคู่มือการปฏิบัติงาน\t\t☑\t☑\t☑\t☑\tสำนักปลัด",
            "2.2\tมาตรการเผยแพร่ข้อมูลข่าวสาร\t\t☑\t☑\t☑\t☑\tกองคลัง"]  # fmt: skip
    names = [p.name for p in rows_of(parse_pages("\n".join(plan)), Project)]
    assert names == ["โครงการอบรมคุณธรรมจริยธรรม", "มาตรการจัดทำคู่มือการปฏิบัติงาน", "มาตรการเผยแพร่ข้อมูลข่าวสาร"]


def test_guard_targets_for_later_years_and_an_instruments_range_heading() -> None:
    from schemas import ItaScore

    head = ["รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569", "เทศบาลตำบลทดสอบงาม"]
    overall = "ผลการประเมินภาพรวม เทศบาลตำบลทดสอบงามได้คะแนน ITA 89.50 คะแนน อยู่ในระดับ A"
    for target in ("การกำหนดค่าเป้าหมายการพัฒนา (ปี 2570 = 95)", "ค่าเป้าหมายในปีถัดไป ปี 2570 : 92",
                   "เป้าหมายระยะ 3 ปี (ปี 2570 = 90 ปี 2571 = 92 ปี 2572 = 95)"):  # fmt: skip
        scores = [(s.fiscal_year, s.score) for s in rows_of(parse_pages("\n".join([*head, overall, target])), ItaScore)]
        assert scores == [(2569, Decimal("89.50"))], target
    ranged = [*head, "ตัวชี้วัดที่ 1 - 5 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "85.20"]
    score = rows_of(parse_pages("\n".join(ranged)), ItaScore)[0]
    assert (score.instrument, score.indicator_no, score.score) == ("IIT", None, Decimal("85.20"))


def test_guard_a_values_last_word_wrapped_under_it_stays_the_values() -> None:
    text = [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "มาตรการที่ 1 มาตรการจัดการเรื่องร้องเรียน",
        "แนวทาง\t:\t1) จัดทำประกาศแนวทางการ",
        "\tปฏิบัติ",
        "ผู้รับผิดชอบ :\tสำนักปลัด",
        "การติดตามและประเมินผล :\tสรุปผลการดำเนินงานและรายงาน",
        "\tผล",
    ]
    measure = rows_of(parse_pages("\n".join(text)), Measure)[0]
    assert measure.method == "1) จัดทำประกาศแนวทางการ ปฏิบัติ"
    assert measure.follow_up == "สรุปผลการดำเนินงานและรายงาน ผล"


def test_guard_a_sheet_goes_to_the_nearest_minutes_of_its_date_and_an_invited_sheet_is_invited() -> None:
    from schemas import Attendee

    fund = ["รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพเทศบาลตำบลทดสอบงาม", "ครั้งที่ 1/2569",
            "วันศุกร์ที่ 15 พฤษภาคม 2569  เวลา 09.30 น.", "ผู้มาประชุม            จำนวน 9 คน  (ตามบัญชีลงชื่อแนบท้าย)",
            "ระเบียบวาระที่ 1 : เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "มติที่ประชุม : รับทราบ", "เลิกประชุมเวลา 11.00 น."]  # fmt: skip
    board = [line.replace("จำนวน 3 คน  (รายชื่อตามบัญชีลงชื่อผู้มาประชุมแนบท้าย)", "") for line in MINUTES_WITH_COUNTS_AND_A_SHEET]
    listed = [*board[:3], "ผู้มาประชุม", "1. นายสุเทพ ทองดี ผู้ทรงคุณวุฒิ ประธานกรรมการ",
              "2. นายอำนาจ จันทร์ดี ผู้อำนวยการสถานศึกษา กรรมการและเลขานุการ", *board[5:]]  # fmt: skip
    source = "\n".join([*fund, "\f" + listed[0], *listed[1:]])
    people = [(a.full_name, a.meeting_id) for a in rows_of(parse_pages(source), Attendee)]
    assert sorted(people) == [("สุเทพ ทองดี", "ffffffffffffffff-002-m1"), ("อำนาจ จันทร์ดี", "ffffffffffffffff-002-m1")]
    # a sheet of those invited (staff without a committee role) gives invited people; one titled
    # so whose rows hold committee roles is the members' (a second review's case)
    staff = [*MINUTES_WITH_COUNTS_AND_A_SHEET[:9], "\f                                     บัญชีลงชื่อผู้เข้าร่วมประชุม",
             "ที่\tชื่อ - สกุล\tตำแหน่ง\tลายมือชื่อ\tหมายเหตุ", "๑\tนางสาวมาลี  ศรีสุข\tครู", "๒\tนายวิชัย  แก้วดี\tนักวิชาการศึกษา"]  # fmt: skip
    assert {a.status for a in rows_of(parse_pages("\n".join(staff)), Attendee)} == {"invited"}
    members = [line.replace("ผู้มาประชุม", "ผู้เข้าร่วมประชุม") if "บัญชีลงชื่อ" in line else line for line in MINUTES_WITH_COUNTS_AND_A_SHEET]
    assert {a.status for a in rows_of(parse_pages("\n".join(members)), Attendee)} == {"present", "absent"}


def test_guard_a_merged_headers_separate_underlines_still_split_it_and_its_labels_are_no_ticks() -> None:
    import numpy as np

    from pipeline import cells, ocr

    dpi = 200
    page = np.full((500, 1654), 255, dtype=np.uint8)
    for y in (50, 250, 350):
        page[y : y + 2, 100:1550] = 0
    page[150:152, 600:842] = 0  # underlines of two merged header cells, a column apart
    page[150:152, 1000:1202] = 0
    for x in (100, 160, 600, 840, 1000, 1200, 1550):
        page[50:352, x : x + 2] = 0
    for x in (660, 720, 780, 1100):
        page[150:352, x : x + 2] = 0
    assert [(r.top, r.bottom) for r in cells.ruled_rows(page, dpi)] == [(51, 150), (151, 250), (251, 350)]
    header = cells.Box(604, 55, 656, 245)  # a quarter's cell, were the header one tall row
    words = [ocr.Word(610, 200, 40, 20, 90.0, "ต.ค.", 1), ocr.Word(670, 200, 40, 20, 90.0, "ม.ค.", 1),
             ocr.Word(110, 290, 80, 20, 90.0, "โครงการอบรม", 2), ocr.Word(680, 290, 20, 20, 90.0, "/", 2)]  # fmt: skip
    grid = [header, cells.Box(664, 55, 716, 245), cells.Box(604, 255, 656, 345), cells.Box(664, 255, 716, 345)]

    def inside(w: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= w.left + w.width / 2 <= box.x1 and box.top <= w.top + w.height / 2 <= box.bottom

    out = ocr._ticks_in_tick_columns(words, grid, inside, lambda box: True, dpi, lambda box: box.top < 100)
    assert {"ต.ค.", "ม.ค."} <= {w.text for w in out}  # the labels stay: no arrow where a word of two letters stands


def test_a_check_mark_drawn_as_a_root_sign_and_read_as_ห_in_a_tick_column() -> None:
    """heldout35's plan on a 200 dpi scan: its ticks are ``√``, which the Thai model reads alone
    in a cell as ``ห``: the quarter was lost (a tick column holding only such readings was no
    tick column either)."""
    from pipeline import cells, ocr

    grid = [cells.Box(600 + 60 * k, 255, 656 + 60 * k, 345) for k in range(4)]
    words = [ocr.Word(110, 290, 80, 20, 90.0, "โครงการอบรม", 1), ocr.Word(680, 290, 20, 20, 60.0, "ห", 1)]

    def inside(w: ocr.Word, box: cells.Box) -> bool:
        return box.x0 <= w.left + w.width / 2 <= box.x1 and box.top <= w.top + w.height / 2 <= box.bottom

    out = ocr._ticks_in_tick_columns(words, grid, inside, lambda box: box.x0 == 660, 200)
    assert sorted(w.text for w in out) == ["โครงการอบรม", "✓"]


def test_a_stamps_specks_read_as_punctuation_around_a_members_post() -> None:
    """heldout35's order on a copier scan, members as ``post (name)   role``: a stamp's edge read
    as ``- .``, ``':``, ``"'`` after the bracket or before the role, and three members lost their
    names into their posts."""
    from schemas import CommitteeMember

    order = [
        "คำสั่งเทศบาลตำบลทดสอบงาม",
        "ที่ 247/2569",
        "เรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "      ๑. คณะกรรมการอำนวยการ ประกอบด้วย",
        "            ๑.๑ นายกเทศมนตรีตำบลทดสอบงาม (นายชาญชัย ภักดีดี) ประธานกรรมการ",
        "            ๑.๒ รองนายกเทศมนตรี (นายสมหมาย ทองดี) - .                          รองประธานกรรมการ",
        "            ๑.๓ รองนายกเทศมนตรี (นางเพ็ญศรี แสนดี)                     ': กรรมการ",
    ]
    members = {m.seq: (m.full_name, m.position, m.role) for m in rows_of(parse_pages("\n".join(order)), CommitteeMember)}
    assert members["1.2"] == ("สมหมาย ทองดี", "รองนายกเทศมนตรี", "รองประธานกรรมการ")
    assert members["1.3"] == ("เพ็ญศรี แสนดี", "รองนายกเทศมนตรี", "กรรมการ")


def test_guard_a_second_reviews_misfires() -> None:
    """A second review of the round's rules: last year's score after a criterion (``ผ่านเกณฑ์
    (ปี 2568 = 88.40)``) and a later year's score on a line without a target are scores; a wrapped
    name opening with รวมกอง is a name; an amending clause that only cancels gives no group; a
    sheet filed before its minutes still gives them their members; a cell's opening “ stays."""
    from pipeline.normalize import normalize_line
    from schemas import Attendee, CommitteeMember, ItaScore, Project

    head = ["รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569", "เทศบาลตำบลทดสอบงาม"]
    block = [*head, "ตัวชี้วัดที่ 1  การปฏิบัติหน้าที่ (IIT)", "     ผลคะแนน 92.18 คะแนน ผ่านเกณฑ์ (ปี 2568 = 88.40)  เพิ่มขึ้น 3.78 คะแนน"]
    assert {(s.fiscal_year, s.score) for s in rows_of(parse_pages("\n".join(block)), ItaScore)} == {
        (2569, Decimal("92.18")), (2568, Decimal("88.40"))}  # fmt: skip
    plan = ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "เทศบาลตำบลทดสอบงาม",
            "ที่\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tผู้รับผิดชอบ",
            "๑\tโครงการฝึกอบรมทบทวนสมาชิกอาสาสมัคร\t๑\t๔๕,๐๐๐\tสำนักปลัด", "\tรวมกองลูกเสือชาวบ้าน\t\t\t",
            "รวมทั้งสิ้น\t\t\t๔๕,๐๐๐\t"]  # fmt: skip
    assert [p.name for p in rows_of(parse_pages("\n".join(plan)), Project)] == ["โครงการฝึกอบรมทบทวนสมาชิกอาสาสมัคร รวมกองลูกเสือชาวบ้าน"]
    order = ["คำสั่งเทศบาลตำบลทดสอบงาม", "ที่ ๑๘๗/๒๕๖๙", "เรื่อง แก้ไขเพิ่มเติมคำสั่งแต่งตั้งคณะทำงาน",
             "          ข้อ ๑  ยกเลิกรายชื่อลำดับที่ ๒.๓ ในข้อ ๒ คณะทำงานฝ่ายการเงิน (นายสมชาย ใจดี ซึ่งเกษียณอายุราชการ)",
             "          ข้อ ๒  แต่งตั้งบุคคลต่อไปนี้เพิ่มเติมในข้อ ๓",
             "                 ๓.๕  นางสาววราภรณ์  ศรีประเสริฐ    นักวิชาการพัสดุ    คณะทำงาน"]  # fmt: skip
    assert [m.group_name for m in rows_of(parse_pages("\n".join(order)), CommitteeMember)] == [None]
    sheet_first = [*MINUTES_WITH_COUNTS_AND_A_SHEET[9:], "\f" + MINUTES_WITH_COUNTS_AND_A_SHEET[0], *MINUTES_WITH_COUNTS_AND_A_SHEET[1:9]]
    assert len(rows_of(parse_pages("\n".join(sheet_first)), Attendee)) == 4
    assert normalize_line("\t“ คนดีศรีทดสอบงาม ”").strip() == "“ คนดีศรีทดสอบงาม ”"


def test_an_amending_clause_wrapped_over_lines_before_it_appoints_in_place() -> None:
    """heldout34's amending order on a 200 dpi scan: the clause wraps over four lines, its
    ``...และแต่งตั้ง / บุคคลต่อไปนี้แทน`` three lines under the group it names."""
    from schemas import CommitteeMember

    order = [
        "คำสั่งเทศบาลตำบลทดสอบงาม",
        "ที่ ๑๘๗/๒๕๖๙",
        "เรื่อง แก้ไขเพิ่มเติมคำสั่งแต่งตั้งคณะกรรมการ",
        "            ข้อ๑ ยกเลิกรายชื่อลำดับที่๑.๔ ในข้อ ๑ คณะกรรมการอำนวยการ (นายพิชิต ทอง",
        "            สุข ผู้อำนวยการ",
        "                    กองคลังซึ่งโอนไปดำรงตำแหน่งที่เทศบาลเมืองทดสอบ) และแต่งตั้ง",
        "                    บุคคลต่อไปนี้แทน",
        "                    ๑.๔ นางสาววราภรณ์ ศรีประเสริฐ ผู้อำนวยการกองคลัง                           กรรมการ",
    ]
    members = [(m.seq, m.group_name) for m in rows_of(parse_pages("\n".join(order)), CommitteeMember)]
    assert members == [("1.4", "คณะกรรมการอำนวยการ")]
