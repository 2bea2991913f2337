"""Round of heldout30: layouts of a blind set the earlier rounds did not meet.

A one-year plan with forward estimates headed by the years' last two digits (``ปี 69 | ปี 70
| ปี 71``), project sheets whose sections are lettered under a numbered project name,
ITA scores in tables turned on their side (indicator numbers across, years down, the names in a
legend), measures whose labelled fields share a line, abbreviated committee roles."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from schemas import Budget, Project, ProjectSheet
from tests.conftest import parse_pages
from tests.test_round28 import rows_of

BOLD_FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf")
NEEDS_BOLD_FONT = pytest.mark.skipif(not BOLD_FONT.is_file(), reason="needs fonts-thai-tlwg")

PLAN = [
    "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 (พร้อมประมาณการล่วงหน้า ปีงบประมาณ พ.ศ. 2570 - 2571)",
    "เทศบาลตำบลทดสอบงาม อำเภอเมือง จังหวัดทดสอบ",
    "ที่\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\t\t\tผู้รับผิดชอบ\tหมายเหตุ",
    "\t\t\tปี 69\tปี 70\tปี 71\t\t",
    "1\tโครงการอบรมคุณธรรม จริยธรรม\t1\t25,000\t25,000\t30,000\tสำนักปลัด\tต่อเนื่อง",
    "2\tกิจกรรมประกาศเจตจำนงสุจริต\t1\t-\t-\t-\tสำนักปลัด\tต่อเนื่อง",
    "3\tโครงการปรับปรุงศูนย์ข้อมูลข่าวสาร\t3\t30,000\t10,000\t10,000\tสำนักปลัด\tใหม่",
    "รวมทั้งสิ้น\t3 โครงการ\t\t55,000\t35,000\t40,000\t\t",
]


def test_forward_estimate_columns_headed_by_two_digit_years() -> None:
    parsed = parse_pages("\n".join(PLAN))
    projects = {p.seq: p for p in rows_of(parsed, Project)}
    assert projects[1].budget_thb == Decimal("25000") and projects[1].fiscal_year == 2569  # the plan's year
    rows = {(b.project_seq, b.fiscal_year): b.amount_thb for b in rows_of(parsed, Budget) if b.kind == "plan_row"}
    assert rows[(1, 2570)] == Decimal("25000") and rows[(1, 2571)] == Decimal("30000")
    assert rows[(3, 2569)] == Decimal("30000") and rows[(2, 2571)] == Decimal("0")
    totals = {b.fiscal_year: b.amount_thb for b in rows_of(parsed, Budget) if b.kind == "plan_total"}
    assert totals == {2569: Decimal("55000"), 2570: Decimal("35000"), 2571: Decimal("40000")}


SHEETS = [
    "รายละเอียดโครงการ/กิจกรรมตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
    "",
    "1. โครงการอบรมคุณธรรม จริยธรรม แก่บุคลากรเทศบาล",
    "   ก. หลักการและเหตุผล",
    "        เทศบาลจึงจัดทำโครงการนี้เพื่อเสริมสร้างความรู้ความเข้าใจแก่บุคลากรทุกระดับ",
    "   ข. วัตถุประสงค์",
    "        (1) เพื่อให้บุคลากรมีความรู้ความเข้าใจเรื่องผลประโยชน์ทับซ้อน",
    "        (2) เพื่อลดความเสี่ยงการทุจริตในการปฏิบัติหน้าที่",
    "   ค. เป้าหมาย",
    "        บุคลากรเทศบาล รวม 65 คน",
    "   ง. วิธีดำเนินการ",
    "        1) จัดอบรม 1 วัน",
    "   จ. ระยะเวลาดำเนินการ",
    "        มกราคม - มีนาคม 2569",
    "   ช. งบประมาณ",
    "        จากเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 25,000 บาท",
    "2. โครงการปรับปรุงศูนย์ข้อมูลข่าวสาร",
    "   ก. หลักการและเหตุผล",
    "        ประชาชนควรเข้าถึงข้อมูลข่าวสารของเทศบาลได้สะดวก",
    "   ข. วัตถุประสงค์",
    "        (1) เพื่อปรับปรุงศูนย์ข้อมูลข่าวสาร",
    "   ค. เป้าหมาย",
    "        ศูนย์ข้อมูลข่าวสาร 1 แห่ง",
    "   ง. วิธีดำเนินการ",
    "        1) จัดหาครุภัณฑ์",
    "   ช. งบประมาณ",
    "        จำนวน 30,000 บาท",
]


def test_sheets_numbered_by_project_with_lettered_sections() -> None:
    parsed = parse_pages("\n".join(SHEETS))
    sheets = {s.sheet_no: s for s in rows_of(parsed, ProjectSheet)}
    assert sorted(sheets) == [1, 2]
    assert sheets[1].name == "โครงการอบรมคุณธรรม จริยธรรม แก่บุคลากรเทศบาล"
    assert sheets[1].objectives == [
        "เพื่อให้บุคลากรมีความรู้ความเข้าใจเรื่องผลประโยชน์ทับซ้อน",
        "เพื่อลดความเสี่ยงการทุจริตในการปฏิบัติหน้าที่",
    ]
    assert sheets[2].name == "โครงการปรับปรุงศูนย์ข้อมูลข่าวสาร" and sheets[2].budget_thb == Decimal("30000")


def test_a_numbered_item_inside_a_sheet_is_no_new_sheet() -> None:
    # an objective that happens to start with โครงการ, numbered like a project: still an item
    text = [*SHEETS[:6], "        2. โครงการนี้ช่วยลดความเสี่ยงการทุจริต", *SHEETS[8:16]]
    sheets = rows_of(parse_pages("\n".join(text)), ProjectSheet)
    assert [s.sheet_no for s in sheets] == [1]


ITA_SIDEWAYS = [
    "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    "ประจำปีงบประมาณ พ.ศ. 2569",
    "องค์การบริหารส่วนตำบลทดสอบงาม",
    "   ตารางที่ 1  แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "ปีงบประมาณ\tตัวชี้วัดที่ (แบบวัด IIT)\t\t\t\t\tคะแนน IIT",
    "\t1\t2\t3\t4\t5\t",
    "2568\t81.20\t82.15\t83.60\t84.45\t85.10\t83.30",
    "2569\t91.15\t92.40\t93.25\t94.70\t95.50\t93.40",
    "   ตารางที่ 2  แบบวัด EIT และแบบตรวจ OIT",
    "ปีงบประมาณ\tตัวชี้วัดที่ (EIT)\t\t\tคะแนน EIT\tตัวชี้วัดที่ (OIT)\t\tคะแนน OIT",
    "\t6\t7\t8\t\t9\t10\t",
    "2568\t70.12\t71.64\t72.43\t71.06\t77.50\t72.50\t75.00",
    "2569\t80.36\t81.92\t82.40\t81.56\t90.00\t85.00\t87.50",
    "หมายเหตุ  ชื่อตัวชี้วัด",
    "      1  การปฏิบัติหน้าที่                            6  คุณภาพการดำเนินงาน",
    "      2  การใช้งบประมาณ                          7  ประสิทธิภาพการสื่อสาร",
    "      5  การแก้ไขปัญหาการทุจริต                     10  การป้องกันการทุจริต",
]


def test_ita_tables_with_indicators_across_years_down_and_names_in_a_legend() -> None:
    from schemas import ItaScore

    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s for s in rows_of(parse_pages("\n".join(ITA_SIDEWAYS)), ItaScore)}
    assert scores[(2569, "IIT", 1)].score == Decimal("91.15")
    assert scores[(2568, "IIT", 5)].score == Decimal("85.10")
    assert scores[(2569, "IIT", None)].score == Decimal("93.40")  # the one instrument's total column
    assert scores[(2568, "EIT", None)].score == Decimal("71.06") and scores[(2569, "OIT", None)].score == Decimal("87.50")
    assert scores[(2569, "OIT", 10)].score == Decimal("85.00")
    assert scores[(2569, "IIT", 1)].indicator == "การปฏิบัติหน้าที่"  # from the legend, numbers alone
    assert scores[(2568, "EIT", 7)].indicator == "ประสิทธิภาพการสื่อสาร"
    # the legend's numbers are no scores
    assert all(s.score > 50 for s in scores.values())


def test_an_indicator_row_whose_score_wrapped_is_no_legend() -> None:
    from parsers.ita_scores import bare_legend

    assert bare_legend("1\tการปฏิบัติหน้าที่\t6\tคุณภาพการดำเนินงาน")
    assert not bare_legend("5\tการแก้ไขปัญหาการทุจริต")  # (its score on the next line)
    assert not bare_legend("1\tการปฏิบัติหน้าที่\t91.24\t94.37")
    assert not bare_legend("1\tการประชุมประจำเดือน\t2\tเรื่องแจ้งเพื่อทราบ")  # numbered, but no indicators


def test_measure_blocks_with_two_numbered_fields_on_one_line() -> None:
    from schemas import Measure

    text = [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "องค์การบริหารส่วนตำบลทดสอบงาม",
        "ประเด็นที่ 1  การเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ยังไม่ครบถ้วน",
        "   (1) กิจกรรม/โครงการ  มาตรการตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ทุกไตรมาส",
        "   (2) ผู้รับผิดชอบ  สำนักปลัด (งานประชาสัมพันธ์)          (4) ระยะเวลา  ต.ค. 2568 - ก.ย. 2569",
        "   (3) ขั้นตอน/วิธีการปฏิบัติ",
        "       ก) แต่งตั้งผู้รับผิดชอบข้อมูลรายข้อ",
        "   (5) การติดตามและประเมินผล  รายงานผลการตรวจสอบรายไตรมาสต่อนายก อบต.",
    ]
    (measure,) = rows_of(parse_pages("\n".join(text)), Measure)
    assert measure.responsible == "สำนักปลัด (งานประชาสัมพันธ์)"
    assert measure.period == "ต.ค. 2568 - ก.ย. 2569"
    assert measure.follow_up == "รายงานผลการตรวจสอบรายไตรมาสต่อนายก อบต."


def test_abbreviated_secretary_roles_in_a_members_table() -> None:
    from schemas import CommitteeMember

    text = [
        "คำสั่งองค์การบริหารส่วนตำบลทดสอบงาม",
        "ที่ 45/2569",
        "เรื่อง แต่งตั้งคณะกรรมการบริหารความเสี่ยงการทุจริต",
        "อาศัยอำนาจตามความในมาตรา 60 จึงแต่งตั้งคณะกรรมการ ดังนี้",
        "ที่\tชื่อ\tสกุล\tตำแหน่ง\tหน้าที่",
        "1\tนายสมชาย\tใจดี\tปลัด อบต.\tประธานกรรมการ",
        "2\tนายสมศักดิ์\tรักงาน\tหัวหน้าสำนักปลัด\tกรรมการ",
        "3\tว่าที่ร้อยโทธนพล\tศรีสมุทร\tนักวิเคราะห์นโยบายและแผนชำนาญการ\tกรรมการและเลขาฯ",
        "4\tนางสาวฮาลีมะ\tบินสอาด\tนักจัดการงานทั่วไปปฏิบัติการ\tกรรมการและผช.เลขาฯ",
        "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
        "สั่ง ณ วันที่ 19 มี.ค. 2569",
    ]
    members = {m.seq: m for m in rows_of(parse_pages("\n".join(text)), CommitteeMember)}
    assert (members["3"].role, members["3"].position) == ("กรรมการและเลขาฯ", "นักวิเคราะห์นโยบายและแผนชำนาญการ")
    assert (members["4"].role, members["4"].position) == ("กรรมการและผช.เลขาฯ", "นักจัดการงานทั่วไปปฏิบัติการ")


def test_a_page_counter_at_a_pages_foot_is_furniture() -> None:
    from pipeline.model import Page
    from pipeline.normalize import normalize_pages

    pages = [
        Page(page_no=1, text="มาตรการส่งเสริมคุณธรรม\n(4) ระยะเวลา  ต.ค. 2568 - ก.ย. 2569\n                    1/2", method="text"),
        Page(page_no=2, text="ครั้งที่ 1/2\nรายงานผล\n                    2/2", method="text"),
    ]
    texts = [line.text.strip() for line in normalize_pages(pages)]
    assert "1/2" not in texts and "2/2" not in texts
    assert "ครั้งที่ 1/2" in texts  # (words with it: no counter)
    single = [Page(page_no=1, text="เรื่อง\n2/3", method="text")]
    assert [line.text.strip() for line in normalize_pages(single)] == ["เรื่อง", "2/3"]  # (one page: nothing known)


def test_the_checking_committees_chair_signs_in_the_middle() -> None:
    from parsers.minutes import REVIEWER, label_order

    line = "กรรมการตรวจรายงานฯ\tประธานกรรมการตรวจรายงานฯ\tกรรมการและเลขานุการ"
    assert label_order(line, REVIEWER) == 1
    assert label_order("ผู้จดรายงานการประชุม\tผู้ตรวจรายงานการประชุม", REVIEWER) == 1


def test_an_absence_reason_glued_to_a_surname() -> None:
    from parsers.minutes import REMARK

    assert REMARK.sub("", "กาวิละ (เจ็บป่วย)") == "กาวิละ"
    assert REMARK.sub("", "ศรีวิชัย (ติดประชุม)") == "ศรีวิชัย"


def test_sideways_ita_tables_as_a_scan_reads_them() -> None:
    from schemas import ItaScore

    scanned = [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "   ตารางที 1 แบบ ัดารรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (1IT)",
        "ปีงบประมาณ\tตัวชีวัดที่(แบบวัด\t\t\t\t\tคะแนน",  # the header's IIT lost
        "\t1\t2\t3\t4\t5",
        "2569\t91.15\t92.40\t93.25\t94.70\t95.50\t93.40",
        "   ตารางที 2 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบตรวจ 017",
        "ปีงบประมาณ\tตัวชีวัด Vi(EIT)\t\t\tคะแนน EIT\tตัวชีวัดที (0171)\t\tคะแนน OIT",  # OIT's span garbled
        "\t6\t7\t8\t\t9\t10",
        "2569\t80.36\t81.92\t82.40\t81.56\t90.00\t85.00\t87.50",
        "หมายเหตุ ชื่อตัวชีวัด",
        "1           การปฏิบัติหน้าที่                     6 คุณภาพการดำเนินงาน",
        "4           การใช้ทรัพย์สินของราชการ 9 การเปิดเผยข้อมูล",
    ]
    scores = {(s.instrument, s.indicator_no): s for s in rows_of(parse_pages("\n".join(scanned)), ItaScore)}
    assert scores[("IIT", 3)].score == Decimal("93.25") and scores[("IIT", None)].score == Decimal("93.40")
    assert scores[("OIT", 9)].score == Decimal("90.00") and scores[("OIT", 10)].score == Decimal("85.00")
    assert scores[("EIT", 6)].indicator == "คุณภาพการดำเนินงาน"  # (the legend's number a space from its name)
    assert scores[("OIT", 9)].indicator == "การเปิดเผยข้อมูล"


def test_a_page_of_dot_leaders_is_measured_by_its_letters() -> None:
    import cv2
    import numpy as np

    from pipeline.imageprep import leader_dots, letter_height

    page = np.full((1400, 2400), 255, dtype=np.uint8)
    for row in range(12):  # a roll call: a few letters (hollow strokes, 40 px), then a long run of dots
        y = 60 + 110 * row
        for k in range(6):
            cv2.rectangle(page, (40 + 36 * k, y), (66 + 36 * k, y + 40), 0, 4)
        for k in range(80):
            cv2.circle(page, (320 + 24 * k, y + 34), 5, 0, -1)
    assert 40 <= (letter_height(page) or 0) <= 46  # the letters with their strokes (the dots read it as 11 before)
    assert len(leader_dots(page)) == 12 * 80


def test_a_post_wrapped_after_a_persons_dot_leader() -> None:
    from pipeline.model import Page
    from pipeline.normalize import normalize_pages

    text = "\n".join(
        [
            "ผู้มาประชุม",
            "   ๔. นางสาวดวงใจ สุวรรณคำ .................................................",
            "   เลขานุการ",
            "   ๕. นายอินถา คำปัน ................................................. หัวหน้าสายส่งน้ำที่ ๑",
            "   ๘. นางแสงหล้า ธรรมใจ .....................................................",
            "   กรรมการ",
            "ผู้ไม่มาประชุม",
            "   ลงชื่อ ................................................",
            "   ประธานกรรมการ",  # (a signature's leader is no person's row: left)
        ]
    )
    texts = [line.text for line in normalize_pages([Page(page_no=1, text=text, method="pdf_text")])]
    assert "\t4. นางสาวดวงใจ สุวรรณคำ\tเลขานุการ" in texts
    assert "\t8. นางแสงหล้า ธรรมใจ\tกรรมการ" in texts
    assert "ผู้ไม่มาประชุม" in texts and texts[-1].strip() == "ประธานกรรมการ"


def test_a_given_name_wrapped_in_its_own_column() -> None:
    from parsers.order import read_member

    def name(row: str, surname_column: bool = True) -> str | None:
        member = read_member(row, None, "1", 1, surname_column=surname_column)
        return member.full_name if member else None

    assert name("นางสาวฮาลี มะ\tบินสอาด\tนักจัดการงานทั่วไปปฏิบัติการ\tกรรมการ") == "ฮาลีมะ บินสอาด"
    assert name("นายสมชาย ใจดี\tปลัด อบต.\tประธานกรรมการ") == "สมชาย ใจดี"  # (the next column a post)
    assert name("นายสมชาย ณ\tสงขลา\tครู\tกรรมการ") == "สมชาย ณ สงขลา"
    assert name("นายวิชัย รุ่งโรจน์\tรุ่งโรจน์\tปลัด\tประธาน") == "วิชัย รุ่งโรจน์"  # (the surname printed twice)
    # a table without a surname column of its own: the next column is the post, whatever it says
    assert name("นายสมชาย ใจดี\tนายช่างโยธาชำนาญงาน\tกองช่าง\tกรรมการ", surname_column=False) == "สมชาย ใจดี"
    assert name("นางสาวฮาลี มะ\tบินสอาด\tนักจัดการงานทั่วไปปฏิบัติการ\tกรรมการ", surname_column=False) != "ฮาลีมะ บินสอาด"


@NEEDS_BOLD_FONT
def test_bold_or_ink_bled_letters_are_no_leader_dots() -> None:
    import cv2
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.imageprep import leader_blobs

    image = Image.new("L", (2400, 1000), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(BOLD_FONT), 24)
    for row in range(20):  # a dark photocopy of bold text: the letters' loops fill in
        draw.text((40, 20 + 45 * row), "องค์การบริหารส่วนตำบลทดสอบงาม รายงานการประชุมสภา นายสมชาย ใจดี", font=font, fill=0)
    page = cv2.GaussianBlur(cv2.erode(np.asarray(image), np.ones((3, 3), np.uint8)), (3, 3), 0)
    _, binary = cv2.threshold(page, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    assert not leader_blobs(stats[1:]).any()


def test_review_guards_numbered_steps_and_a_fields_own_sub_items() -> None:
    from schemas import Measure

    # a sheet's methods numbered like projects (``2. กิจกรรม...``) stay its steps
    sheet = [
        "รายละเอียดโครงการ/กิจกรรมตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "ลำดับที่ 1",
        "1. ชื่อโครงการ  โครงการอบรมคุณธรรม จริยธรรม แก่บุคลากรเทศบาล",
        "2. หลักการและเหตุผล",
        "        เทศบาลจึงจัดทำโครงการนี้",
        "3. วัตถุประสงค์",
        "        3.1 เพื่อให้บุคลากรมีความรู้",
        "4. เป้าหมาย",
        "        บุคลากรเทศบาล รวม 65 คน",
        "5. วิธีดำเนินการ",
        "        1. กิจกรรมประชุมชี้แจงแนวทาง",
        "        2. กิจกรรมอบรมให้ความรู้แก่บุคลากร",
        "        3. กิจกรรมประเมินผล",
        "6. ระยะเวลาดำเนินการ",
        "        มกราคม - มีนาคม 2569",
        "7. งบประมาณ",
        "        จำนวน 25,000 บาท",
    ]
    (only,) = rows_of(parse_pages("\n".join(sheet)), ProjectSheet)
    assert len(only.methods) == 3 and only.budget_thb == Decimal("25000")
    # ``(3) ขั้นตอน ...   (1) มาตรการ...``: the method's first step, not a second field
    block = [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "ประเด็นที่ 1  การเปิดเผยข้อมูลสาธารณะ",
        "   (1) มาตรการ  ปรับปรุงข้อมูลบนเว็บไซต์",
        "   (2) ผู้รับผิดชอบ  สำนักปลัด",
        "   (3) ขั้นตอน/วิธีการปฏิบัติ          (1) มาตรการตรวจสอบข้อมูลทุกไตรมาส",
        "   (4) ระยะเวลา  ต.ค. 2568 - ก.ย. 2569",
    ]
    (measure,) = rows_of(parse_pages("\n".join(block)), Measure)
    assert measure.measure == "ปรับปรุงข้อมูลบนเว็บไซต์" and measure.method is not None


def test_heldout31_classes_sheets_outcomes_surnames_and_bracketed_roles() -> None:
    from parsers.minutes import outcome_of

    # ``รายละเอียดโครงการ/กิจกรรม ลำดับที่ ๑`` opens a sheet (the slash and its second word)
    from parsers.project_sheets import SHEET_START
    from parsers.vocabulary import POSITION_START
    from schemas import Attendee

    assert SHEET_START.match("รายละเอียดโครงการ/กิจกรรม ลำดับที่ 1")["no"] == "1"  # type: ignore[index]
    # brought to the next meeting without ใน / ต่อ before it
    assert outcome_of("ให้หัวหน้าศูนย์ฯ ประสานกองช่าง สำรวจและประมาณราคาใหม่ แล้วนำเสนอที่ประชุมครั้งต่อไป") == "deferred"
    # a surname that starts with กอง is no division
    assert not POSITION_START.match("กองแก้ว") and POSITION_START.match("กองคลัง") and POSITION_START.match("กองช่าง")
    minutes = [
        "รายงานการประชุมคณะกรรมการป่าชุมชนบ้านทดสอบงาม",
        "ครั้งที่ 2/2569",
        "วันเสาร์ที่ 7 มีนาคม 2569 เวลา 09.00 น.",
        "ผู้มาประชุม  3 คน",
        "   1. นายสมบูรณ์  ปัญญาวงค์  (ประธานกรรมการ)",
        "   2. นายสิงห์คำ  อินทะนัน  (กรรมการและหัวหน้าชุดลาดตระเวน)",
        "   3. นายพิชิต  กองแก้ว  (เลขานุการ)",
        "เริ่มประชุมเวลา 09.00 น.",
        "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม รับทราบ",
    ]
    people = {a.full_name: a for a in rows_of(parse_pages("\n".join(minutes)), Attendee)}
    assert (people["สิงห์คำ อินทะนัน"].role, people["สิงห์คำ อินทะนัน"].position) == ("กรรมการและหัวหน้าชุดลาดตระเวน", None)
    assert "พิชิต กองแก้ว" in people


def test_a_ruled_rows_cell_indented_by_its_typist_stays_in_its_table() -> None:
    from tests.test_make_corpus import make_corpus

    text = "\n".join(
        [
            "ข้อ\tมาตรการ\tแนวทางปฏิบัติ\tผู้รับผิดชอบ",
            "(ก)\tมาตรการเผยแพร่ข้อมูล\t1) แต่งตั้งผู้รับผิดชอบข้อมูล\tสำนักปลัด",
            "\t\t2) ปรับปรุงข้อมูลบนเว็บไซต์\t",
            "\t\t   ตามแบบ OIT ทุกเดือน\t",  # (the step's wrapped rest, indented in its cell)
            "(ข)\tมาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม\t1) เปิดรับฟังความคิดเห็น\tกองช่าง",
        ]
    )
    tables = [rows for kind, rows in make_corpus.blocks(text) if kind == "table"]
    assert len(tables) == 1 and len(tables[0]) == 5  # one table: the indented row split none off
    assert tables[0][3][2] == "ตามแบบ OIT ทุกเดือน"


def test_a_name_wrapped_in_its_signature_block_keeps_its_place() -> None:
    from parsers.minutes import names_in_cells

    line = "(นางบุญเรือน  ชาญ     (นายวิเชียร  สุขแสวง)       (นายบุญส่ง  จันทร์งาม)"
    assert len(names_in_cells(line.replace("  ", "\t"))) == 3  # (as normalised: a tab where the gap was)
    assert names_in_cells(line)[1:] == ["วิเชียร สุขแสวง", "บุญส่ง จันทร์งาม"]
    assert len(names_in_cells(line)) == 3  # (the chair's block is the second: the wrapped first still counts)
    assert names_in_cells("(นายวิเชียร  สุขแสวง)") == ["วิเชียร สุขแสวง"]


def test_a_bar_chart_typed_as_text_is_no_garbled_font() -> None:
    from pipeline.config import Settings
    from pipeline.extract_pdf import ocr_reason

    chart = "ภาพที่ ๑ คะแนนรายแบบวัด ปีงบประมาณ พ.ศ. ๒๕๖๙ ของเทศบาลตำบลทดสอบงาม\nIIT\n" + "█" * 200 + " 90.09"
    assert ocr_reason(chart, Settings(), image_cover=0.0) is None
    garbled = "ภาพที่ ๑ คะแนนรายแบบวัด ปีงบประมาณ พ.ศ. ๒๕๖๙ ของเทศบาล " + "ÃÒÂ§Ò¹" * 50
    assert ocr_reason(garbled, Settings(), image_cover=0.0) == "text layer is not Thai (garbled font mapping)"


def test_a_scanned_agenda_tables_header_with_specks_and_a_latin_bracket() -> None:
    from parsers.minutes import agenda_table_columns, names_in_cells

    assert agenda_table_columns("วาระ\t4 เรื่อง / สาระสำคัญ\taad มติที่ประชุม") == (0, 1, 2)
    assert agenda_table_columns("1\tเรื่องที่ประธานแจ้ง\tมติ") is None
    assert names_in_cells("\tประธานขอให้ทุกกองทำความสะอาดสำนักงาน (Big Cleaning Day)") == []
    assert names_in_cells("(นางสาวปิยะพร  สุขเกษม)") == ["ปิยะพร สุขเกษม"]


def test_fidelity_leaves_fill_leaders_out() -> None:
    from pipeline.fidelity import fidelity

    source = "๑. นายบุญยืน  ปัญญาดี ........................................ ประธานกรรมการ"
    read = "1. นายบุญยืน ปัญญาดี ประธานกรรมการ"  # (the OCR erased the leader, as it should)
    assert fidelity(source, read).char_errors == 0
    assert fidelity("ครั้งที่ 1/2569 ก.พ.", "ครั้งที่ 1/2569 ก.พ").char_errors == 1  # (an abbreviation's dots are text)


def test_an_agenda_heading_a_scan_garbled_before_its_wara() -> None:
    from pipeline.ocr import repair_ocr_text

    assert repair_ocr_text("ระ จแยบวาระทจภ 1 เรืองประธานแจ้งให้ทีประชุมทราบ").startswith("ระเบียบวาระที่ 1 เรือง")
    assert repair_ocr_text("ตามวาระที่ 2 เรื่องรับรองรายงาน") == "ตามวาระที่ 2 เรื่องรับรองรายงาน"  # (prose)
    assert repair_ocr_text("ในวาระที่ 2 เรื่อง") == "ในวาระที่ 2 เรื่อง"


def test_a_dash_a_copier_lost_under_a_legend_that_says_what_it_means() -> None:
    plan = [*PLAN[:5], "2\tกิจกรรมประกาศเจตจำนงสุจริต\t1\t\t\t\tสำนักปลัด\tต่อเนื่อง", *PLAN[6:]]
    legend = ["หมายเหตุ ๑) เครื่องหมาย ในช่องงบประมาณ หมายถึง ดำเนินการโดยไม่", "ใช้งบประมาณ"]
    parsed = parse_pages("\n".join([*plan, *legend]))
    projects = {p.seq: p for p in rows_of(parsed, Project)}
    assert projects[2].budget_thb == Decimal("0")
    rows = {(b.project_seq, b.fiscal_year): b.amount_thb for b in rows_of(parsed, Budget) if b.kind == "plan_row"}
    assert rows[(2, 2570)] == Decimal("0")
    # no such legend: an empty budget cell stays unknown
    bare = {p.seq: p for p in rows_of(parse_pages("\n".join(plan)), Project)}
    assert bare[2].budget_thb is None
