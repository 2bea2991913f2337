"""Round of heldout54-56 (issues 11 and 12): what first contact with documents we did not have
showed, each test failing before its fix (guards say so)."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import pytest
import regex

from parsers.grammar import specks_only
from parsers.measures import header_roles
from parsers.minutes import NAMED_COMMITTEE_ROLE, STANDING_IN, outcome_of
from parsers.order import LIST_LEAD_TAIL
from pipeline import ocr
from pipeline.normalize import join_wrapped
from schemas import (
    Agenda,
    Attendee,
    Budget,
    CommitteeMember,
    ItaScore,
    Measure,
    Meeting,
    Memo,
    Project,
    ProjectSheet,
    Resolution,
)
from tests.conftest import guard_records, parse_pages
from tests.test_round28 import rows_of

ORDER_POST_FIRST = "\n".join(
    [
        "คำสั่งเทศบาลเมืองท่าน้ำ",
        "ที่ 812/2568",
        "เรื่อง  แต่งตั้งคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569",
        "          อาศัยอำนาจตามความในมาตรา 48 เตรส จึงแต่งตั้งคณะทำงาน ประกอบด้วย 2 ฝ่าย ดังนี้",
        "          1. ฝ่ายอำนวยการ",
        "              1.1   นายกเทศมนตรีเมืองท่าน้ำ (นายประเสริฐ ทองดี)  ประธาน",
        "              1.2   ปลัดเทศบาลเมืองท่าน้ำ (นางสมศรี ใจงาม)        คณะทำงานและเลขานุการ",
        "              มีหน้าที่  กำหนดนโยบายและแนวทาง",
        "          2. ฝ่ายประเมินผล",
        "              2.1   ผู้อำนวยการกองคลัง (นายวิชัย แสงทอง)          ประธาน",
        "              2.2   ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม             คณะทำงาน",
        "                    (นายปกรณ์ มีชัย)",
        "              มีหน้าที่  ติดตามและรายงานผล",
        "                    สั่ง ณ วันที่ 3 พฤศจิกายน พ.ศ. 2568",
    ]
)


def test_groups_named_by_their_word_over_members_listed_post_first() -> None:
    """heldout54 05: ``1. ฝ่ายอำนวยการ`` over members typed post first with the holder in brackets
    (``1.1 นายกเทศมนตรี... (นาย...)  ประธาน``) opened no group (a group's first member had to
    be listed by name), so not one of 18 members was read."""
    members = rows_of(parse_pages(ORDER_POST_FIRST), CommitteeMember)
    assert [(m.group_name, m.seq, m.full_name, m.position, m.role) for m in members] == [
        ("ฝ่ายอำนวยการ", "1.1", "ประเสริฐ ทองดี", "นายกเทศมนตรีเมืองท่าน้ำ", "ประธาน"),
        ("ฝ่ายอำนวยการ", "1.2", "สมศรี ใจงาม", "ปลัดเทศบาลเมืองท่าน้ำ", "คณะทำงานและเลขานุการ"),
        ("ฝ่ายประเมินผล", "2.1", "วิชัย แสงทอง", "ผู้อำนวยการกองคลัง", "ประธาน"),
        ("ฝ่ายประเมินผล", "2.2", "ปกรณ์ มีชัย", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "คณะทำงาน"),
    ]


ITA_WEIGHTED = "\n".join(
    [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "ประจำปีงบประมาณ พ.ศ. 2568",
        "เทศบาลเมืองท่าน้ำ อำเภอเมือง จังหวัดราชบุรี",
        "ตัวชี้วัด\tน้ำหนัก (ร้อยละ)\tคะแนน\tคะแนนถ่วงน้ำหนัก",
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\t30\t88.64\t26.59",
        "    1. การปฏิบัติหน้าที่\t6\t93.85\t5.63",
        "    2. การใช้งบประมาณ\t6\t84.20\t5.05",
        "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\t40\t91.50\t36.60",
        "    9. การเปิดเผยข้อมูล\t20\t95.50\t19.10",
        "คะแนนรวม ITA\t100\t-\t88.40",
    ]
)


def test_indicator_rows_indented_under_their_instrument_keep_the_headers_columns() -> None:
    """heldout54 07: indicator rows indented under the instrument's row made a leading empty
    cell, so the weight columns the header names fell one cell off: the weight read as the
    label and the weighted score as the score, no indicator's score found (10 of 18 lost)."""
    scores = rows_of(parse_pages(ITA_WEIGHTED), ItaScore)
    assert [(s.instrument, s.indicator_no, s.score) for s in scores] == [
        ("IIT", None, Decimal("88.64")),
        ("IIT", 1, Decimal("93.85")),
        ("IIT", 2, Decimal("84.20")),
        ("OIT", None, Decimal("91.50")),
        ("OIT", 9, Decimal("95.50")),
        ("ITA", None, Decimal("88.40")),
    ]


MEASURES_LETTER = "\n".join(
    [
        "ที่  ชน ๗๘๔๐๑/ว ๒๑๘                                      องค์การบริหารส่วนตำบลหนองน้ำ",
        "                                  ๑๔  พฤศจิกายน  ๒๕๖๘",
        "เรื่อง  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เรียน  พนักงานทุกคน",
        "          จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส และมอบหมายผู้รับผิดชอบ ดังนี้",
        "          ๑. ด้านการใช้งบประมาณ (ตัวชี้วัดที่ ๒)",
        "             - เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี",
        "               ทางเว็บไซต์ทุกไตรมาส",
        "               ผู้รับผิดชอบ : นางสาวอรทัย ศรีวิเศษ ผู้อำนวยการกองคลัง",
        "             - จัดทำทะเบียนการยืมทรัพย์สินของราชการ",
        "               ผู้รับผิดชอบ : นายชยพล มีสุวรรณ หัวหน้าสำนักปลัด",
        "          ๒. ด้านการป้องกันการทุจริต",
        "             - ประเมินความเสี่ยงการทุจริตประจำปี",
        "               ผู้รับผิดชอบ : นางสาวกนกพร แสงสว่าง นักวิเคราะห์นโยบายและแผน",
        "          ให้ผู้รับผิดชอบรายงานผลการดำเนินการตามมาตรการต่อปลัดทุกไตรมาส",
        "          จึงเรียนมาเพื่อทราบและถือปฏิบัติ",
    ]
)


def test_bullets_each_with_their_responsible_person_are_the_measures_under_themes() -> None:
    """heldout56 08: a letter's numbered themes (``๑. ด้านการใช้งบประมาณ...``) over bullets that
    each name their own ``ผู้รับผิดชอบ :`` were read as three measures holding every bullet; the
    bullets are the measures (10 of 10 lost)."""
    measures = rows_of(parse_pages(MEASURES_LETTER), Measure)
    assert [(m.seq, m.measure, m.responsible) for m in measures] == [
        (1, "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี ทางเว็บไซต์ทุกไตรมาส", "นางสาวอรทัย ศรีวิเศษ ผู้อำนวยการกองคลัง"),
        (2, "จัดทำทะเบียนการยืมทรัพย์สินของราชการ", "นายชยพล มีสุวรรณ หัวหน้าสำนักปลัด"),
        (3, "ประเมินความเสี่ยงการทุจริตประจำปี", "นางสาวกนกพร แสงสว่าง นักวิเคราะห์นโยบายและแผน"),
    ]


def test_guard_clauses_with_steps_but_no_responsible_person_stay_the_measures() -> None:
    text = MEASURES_LETTER.replace("ผู้รับผิดชอบ : นายชยพล มีสุวรรณ หัวหน้าสำนักปลัด", "ภายในเดือนธันวาคม")
    measures = rows_of(parse_pages(text), Measure)
    assert [m.measure.split()[0] for m in measures] == ["ด้านการใช้งบประมาณ", "ด้านการป้องกันการทุจริต"]


MEASURES_TABLE = "\n".join(
    [
        "ประกาศเทศบาลเมืองหนองน้ำ",
        "เรื่อง  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "          เทศบาลเมืองหนองน้ำจึงประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้",
        "",
        "มาตรการ\tวิธีดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ",
        "๑. มาตรการป้องกันการรับสินบน\t(๑) จัดทำประกาศแนวทางปฏิบัติ\tต.ค. ๒๕๖๘ -\tสำนักปลัดเทศบาล",
        "\tNo Gift Policy\tก.ย. ๒๕๖๙\t",
        "\t(๒) เผยแพร่ประกาศทางเว็บไซต์\t\t",
        "๒. มาตรการการใช้ทรัพย์สินของราชการ\t(๑) จัดทำคู่มือการยืม - คืนพัสดุ\tต.ค. - ธ.ค. ๒๕๖๘\tกองคลัง",
        "\t(๒) จัดทำทะเบียนคุมการใช้รถยนต์\t\t(งานพัสดุ)",
        "",
        "          ให้ทุกสำนัก/กองถือปฏิบัติตามมาตรการนี้",
        "                              ประกาศ  ณ  วันที่  ๒๐  พฤศจิกายน  พ.ศ. ๒๕๖๘",
    ]
)


def test_a_measures_tables_header_and_rows_are_no_blocks_and_a_latin_rest_no_specks() -> None:
    """heldout54 08: the header's labels (``มาตรการ | วิธีดำเนินการ | ระยะเวลา | ...``) were cut
    into two fields' lines and the rows read again as labelled blocks (two more measures); and
    a row's wrapped rest ``No Gift Policy | ก.ย. ๒๕๖๙`` (no three Thai letters in a row) was taken
    for a scan's specks and dropped, with the period's end."""
    measures = rows_of(parse_pages(MEASURES_TABLE), Measure)
    assert [(m.seq, m.measure, m.method, m.period, m.responsible) for m in measures] == [
        (
            1,
            "มาตรการป้องกันการรับสินบน",
            "(1) จัดทำประกาศแนวทางปฏิบัติ No Gift Policy (2) เผยแพร่ประกาศทางเว็บไซต์",
            "ต.ค. 2568 - ก.ย. 2569",
            "สำนักปลัดเทศบาล",
        ),
        (
            2,
            "มาตรการการใช้ทรัพย์สินของราชการ",
            "(1) จัดทำคู่มือการยืม - คืนพัสดุ (2) จัดทำทะเบียนคุมการใช้รถยนต์",
            "ต.ค. - ธ.ค. 2568",
            "กองคลัง (งานพัสดุ)",
        ),
    ]


@pytest.mark.parametrize("text", ["ฆ a | ม | ow ป09", "ข    4", "2.=ฆ | 9/1", "ow ป09 a"])
def test_guard_a_scans_specks_are_still_specks(text: str) -> None:
    assert specks_only(text)


PLAN_BY_SOURCE = "\n".join(
    [
        "แผนปฏิบัติการป้องกันการทุจริต",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เทศบาลเมืองคลองน้ำ",
        "สรุปจำนวนโครงการ/กิจกรรม และงบประมาณ จำแนกตามมิติ",
        "มิติ\tจำนวนโครงการ\tงบเทศบาล\tเงินอุดหนุน\tแหล่งอื่น\tรวม (บาท)",
        "มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต\t๒\t๙๕,๐๐๐\t๓๐,๐๐๐\t-\t๑๒๕,๐๐๐",
        "มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต\t๑\t๕๐,๐๐๐\t-\t-\t๕๐,๐๐๐",
        "รวมทั้งสิ้น\t๓\t๑๔๕,๐๐๐\t๓๐,๐๐๐\t-\t๑๗๕,๐๐๐",
        "",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tผู้รับผิดชอบ",
        "๑\tโครงการอบรมคุณธรรมจริยธรรม\t๑\t๙๕,๐๐๐\tสำนักปลัด",
        "๒\tโครงการโตไปไม่โกง\t๑\t๓๐,๐๐๐\tกองการศึกษา",
        "๓\tโครงการพัฒนาระบบบริการอิเล็กทรอนิกส์\t๒\t๕๐,๐๐๐\tสำนักปลัด",
        "รวมทั้งสิ้น\t๓ โครงการ\t\t๑๗๕,๐๐๐\t",
    ]
)


def test_a_summary_by_source_takes_its_total_column() -> None:
    """heldout54 06: a summary by dimension with one column per source of money and their total
    (``มิติ | จำนวนโครงการ | งบเทศบาล | เงินอุดหนุน | แหล่งอื่น | รวม (บาท)``), no column headed
    งบประมาณ, was no summary: its four dimensions' totals were lost."""
    totals = [(b.label, b.amount_thb) for b in rows_of(parse_pages(PLAN_BY_SOURCE), Budget) if b.kind == "plan_total"]
    assert totals == [
        ("มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", Decimal("125000")),
        ("มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต", Decimal("50000")),
        ("รวมทั้งสิ้น", Decimal("175000")),
    ]


SHEET_ALIGNED_WITH = "\n".join(
    [
        "                                    รายละเอียดโครงการ",
        "                                                                             ลำดับที่ ๓",
        "ชื่อโครงการ :  โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน (โตไปไม่โกง)",
        "สอดคล้องกับ :  มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        "หลักการและเหตุผล :",
        "        การปลูกฝังให้เด็กและเยาวชนมีความซื่อสัตย์สุจริต",
        "วัตถุประสงค์ :",
        "        (๑) เพื่อปลูกฝังให้เด็กและเยาวชนรู้จักแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม",
        "งบประมาณ :  ๖๐,๐๐๐ บาท",
        "ผู้รับผิดชอบโครงการ :  กองการศึกษา",
    ]
)


def test_a_labelled_line_the_contract_keeps_no_field_for_ends_the_name() -> None:
    """heldout54 06: ``สอดคล้องกับ :  มิติที่ ๑ ...`` under ``ชื่อโครงการ :`` was read as the name's
    wrapped rest (the sheet's name and its budget's label wrong, its plan row not found)."""
    sheets = rows_of(parse_pages(SHEET_ALIGNED_WITH), ProjectSheet)
    assert [s.name for s in sheets] == ["โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน (โตไปไม่โกง)"]


SCRUTINY = "\n".join(
    [
        "รายงานการประชุมคณะกรรมการแปรญัตติร่างเทศบัญญัติงบประมาณรายจ่าย",
        "เทศบาลตำบลหาดทราย",
        "ครั้งที่ 1/2568",
        "เมื่อวันจันทร์ที่ 18 สิงหาคม 2568",
        "ผู้มาประชุม",
        "1.  นายสมชาย  แก้วประดับ        สมาชิกสภาเทศบาล เขต 1       ประธานกรรมการแปรญัตติ",
        "2.  นางสาวเพ็ญศรี  ทองหยก       สมาชิกสภาเทศบาล เขต 2       เลขานุการคณะกรรมการแปรญัตติ",
        "3.  นายวีระ  หวังดี              สมาชิกสภาเทศบาล เขต 1       กรรมการแปรญัตติ",
        "ผู้เข้าร่วมประชุม",
        "1.  นางณัฐธิดา  บุญมา            ผู้อำนวยการกองคลัง  เทศบาลตำบลหาดทราย",
        "2.  ร.ต.อ.ณรงค์ชัย  แก้วประเสริฐ    รองสารวัตรป้องกันปราบปราม  สถานีตำรวจภูธรถลาง",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 1  เรื่องการพิจารณาคำแปรญัตติ",
        "          ที่ประชุมพิจารณาเป็นรายคำแปรญัตติ และลงมติโดยวิธียกมือ",
        "          มติที่ประชุม",
        "              1. คำแปรญัตติที่ 1 เห็นด้วยกับผู้แปรญัตติ ให้ปรับลดโครงการ จำนวน",
        "                 80,000 บาท ด้วยคะแนนเสียง 3 เสียง",
        "              2. คำแปรญัตติที่ 2 ไม่เห็นด้วยกับผู้แปรญัตติ ให้คงไว้ตามร่างเดิม",
        "              3. คำแปรญัตติที่ 3 ให้เลื่อนการพิจารณาไปในการประชุมครั้งที่ 2/2568",
        "ระเบียบวาระที่ 2  เรื่องอื่น ๆ",
        "          มติที่ประชุม",
        "              1. เห็นชอบให้จัดซื้อวัสดุ จำนวน 40 รายการ",
        "              2. มอบหมายให้กองคลังแจ้งผู้เกี่ยวข้องทราบ",
        "ปิดประชุมเวลา 11.45 น.",
    ]
)


def test_decisions_numbered_under_a_bare_label_are_resolutions_of_their_own() -> None:
    """heldout55 03: a bare ``มติที่ประชุม`` over decisions numbered 1-5 (one per motion, each
    with its own verdict) gave one resolution of the first; each is its own. A decision with its
    task numbered after it stays one (heldout18, heldout31)."""
    resolutions = rows_of(parse_pages(SCRUTINY), Resolution)
    assert [(r.item_no, r.seq, r.outcome) for r in resolutions] == [
        ("1", 1, "approved"),
        ("1", 2, "rejected"),
        ("1", 3, "deferred"),
        ("2", 1, "approved"),
    ]
    assert resolutions[-1].text.endswith("2. มอบหมายให้กองคลังแจ้งผู้เกี่ยวข้องทราบ")


def test_a_role_column_naming_its_committee_and_a_guests_agency_column() -> None:
    """heldout55 03: ``ประธานกรรมการแปรญัตติ`` in the role column (the committee's name glued to
    the role) was no role; heldout56 03: a guest's agency in a column of its own
    (``ผู้อำนวยการกองคลัง | อบต.ห้วยสะแก``) was dropped from the post."""
    attendees = rows_of(parse_pages(SCRUTINY), Attendee)
    assert [(a.full_name, a.position, a.role) for a in attendees] == [
        ("สมชาย แก้วประดับ", "สมาชิกสภาเทศบาล เขต 1", "ประธานกรรมการแปรญัตติ"),
        ("เพ็ญศรี ทองหยก", "สมาชิกสภาเทศบาล เขต 2", "เลขานุการคณะกรรมการแปรญัตติ"),
        ("วีระ หวังดี", "สมาชิกสภาเทศบาล เขต 1", "กรรมการแปรญัตติ"),
        ("ณัฐธิดา บุญมา", "ผู้อำนวยการกองคลัง เทศบาลตำบลหาดทราย", None),
        ("ณรงค์ชัย แก้วประเสริฐ", "รองสารวัตรป้องกันปราบปราม สถานีตำรวจภูธรถลาง", None),
    ]


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("เห็นชอบให้จ่ายขาดเงินสะสม ด้วยคะแนนเสียง เห็นชอบ 6 ราย ได้แก่ นายสมหมาย ปั้นทอง ไม่เห็นชอบ 2 ราย ได้แก่ นายสุชาติ แสงอรุณ", "approved"),
        ("ไม่เห็นชอบ ด้วยคะแนนเสียง ไม่เห็นชอบ 5 ราย ได้แก่ นายสมหมาย ปั้นทอง เห็นชอบ 3 ราย ได้แก่ นายประยงค์ ทองใบ", "rejected"),
        ("ให้คณะกรรมการกิจการประปาหมู่บ้านนำเรื่องอัตราค่าน้ำไปพิจารณา แล้วนำเสนอที่ประชุมประชาคมครั้งต่อไป", "deferred"),
    ],
)
def test_a_roll_calls_count_in_persons_and_a_matter_taken_away_to_the_next_meeting(decision: str, outcome: str) -> None:
    """heldout56 03: a roll call counted in ราย (``เห็นชอบ 6 ราย ได้แก่ ...``) was read by its
    ``ไม่เห็นชอบ`` alone: rejected; heldout56 04: a matter a committee takes away to bring to the
    next meeting was ``other``."""
    assert outcome_of(decision) == outcome


MEMO_APPROVED_BELOW = "\n".join(
    [
        "บันทึกข้อความ",
        "ส่วนราชการ  สำนักปลัด องค์การบริหารส่วนตำบลทุ่งทราย",
        "ที่  พง ๗๘๑๐๑/๑๒๓          วันที่  ๑๗  มีนาคม  ๒๕๖๘",
        "เรื่อง  ขออนุมัติแต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "เรียน  นายกองค์การบริหารส่วนตำบลทุ่งทราย",
        "          จึงเรียนมาเพื่อโปรดพิจารณา",
        "",
        "                                         (นางวนิดา  ศรีสมุทร)",
        "                                     ปลัดองค์การบริหารส่วนตำบลทุ่งทราย",
        "",
        "คำสั่ง/ความเห็นนายกองค์การบริหารส่วนตำบลทุ่งทราย",
        "     ☑  อนุมัติตามเสนอ                     ☐  ไม่อนุมัติ",
        "                     (นายสมบัติ  เกตุแก้ว)",
        "                นายกองค์การบริหารส่วนตำบลทุ่งทราย",
    ]
)


def test_a_memos_signer_post_stops_at_the_approvers_block() -> None:
    """heldout55 01: the approver's ``คำสั่ง/ความเห็นนายก...`` block and its tick boxes right
    under the signer's post were read as the rest of the post."""
    (memo,) = rows_of(parse_pages(MEMO_APPROVED_BELOW), Memo)
    assert (memo.signer_name, memo.signer_position) == ("วนิดา ศรีสมุทร", "ปลัดองค์การบริหารส่วนตำบลทุ่งทราย")


ORDER_TABLE_OVER_PAGES = [
    "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลห้วยทราย",
            "ที่ ๒๔๖/๒๕๖๘",
            "เรื่อง  แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
            "          จึงแต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต ประกอบด้วย",
            "ที่\tชื่อ-สกุล\tตำแหน่ง\tหน้าที่ใน",
            "\t\t\tคณะทำงาน",
            "๑\tนางสาวปิยะนุช ทองสุข\tปลัด อบต.ห้วยทราย\tหัวหน้าคณะทำงาน",
            "๒\tจ.ส.อ.สมบัติ ปานเพ็ชร\tนักทรัพยากรบุคคล\tคณะทำงาน",
            "\t\tชำนาญการ\t",
        ]
    ),
    "\n".join(
        [
            "ที่\tชื่อ-สกุล\tตำแหน่ง\tหน้าที่ใน",
            "\t\t\tคณะทำงาน",
            "๓\tนายณัฐพล ชูศรี\tเจ้าพนักงานธุรการ\tคณะทำงานและเลขานุการ",
            "\t\tปฏิบัติงาน\t",
            "",
            "          คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต มีหน้าที่",
            "              ๑) วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
            "                          สั่ง  ณ  วันที่  ๒๐  เดือน  ตุลาคม  พ.ศ.  ๒๕๖๘",
        ]
    ),
]


def test_a_member_tables_header_wrapped_in_its_cell_and_the_duties_after_it_are_no_post() -> None:
    """heldout56 05: the header repeated on page 2 with its last label wrapped (``หน้าที่ใน`` /
    ``คณะกรรมการ``) put ``คณะกรรมการ`` in the post above it, and ``คณะกรรมการอำนวยการ มีหน้าที่``
    after the table went into the last member's post."""
    members = rows_of(parse_pages(*ORDER_TABLE_OVER_PAGES), CommitteeMember)
    assert [(m.seq, m.position, m.role) for m in members] == [
        ("1", "ปลัด อบต.ห้วยทราย", "หัวหน้าคณะทำงาน"),
        ("2", "นักทรัพยากรบุคคล ชำนาญการ", "คณะทำงาน"),
        ("3", "เจ้าพนักงานธุรการ ปฏิบัติงาน", "คณะทำงานและเลขานุการ"),
    ]


FIRST_SITTING = "\n".join(
    [
        "                           รายงานการประชุมสภาเทศบาลเมืองบางน้ำ",
        "                          การประชุมสภาเทศบาลครั้งแรก  ครั้งที่ 1/2569",
        "                          วันพุธที่ 10 มิถุนายน 2569  เวลา 10.00 น.",
        "ผู้มาประชุม",
        "    1.   นายสมหวัง  เกตุแก้ว                   สมาชิกสภาเทศบาล เขต 1",
        "ผู้เข้าร่วมประชุม",
        "    ฝ่ายข้าราชการ",
        "        1.  นางสาวพิมพ์ชนก  เจริญสุข              เจ้าพนักงานธุรการชำนาญงาน",
        "    ผู้สังเกตการณ์",
        "        1.  นายวรพจน์  ทองเปลว                 ปลัดอำเภอ ผู้แทนนายอำเภอเมือง",
        "เริ่มประชุมเวลา 10.00 น.",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
)


def test_the_sitting_named_before_its_number_and_an_observers_caption() -> None:
    """heldout54 02: ``การประชุมสภาเทศบาลครั้งแรก  ครั้งที่ 1/2569`` under the title went into the
    title, and the caption ``ผู้สังเกตการณ์`` over the observers into the post of the person above."""
    parsed = parse_pages(FIRST_SITTING)
    (meeting,) = rows_of(parsed, Meeting)
    assert meeting.title == "รายงานการประชุมสภาเทศบาลเมืองบางน้ำ"
    positions = [a.position for a in rows_of(parsed, Attendee)]
    assert positions[:3] == ["สมาชิกสภาเทศบาล เขต 1", "เจ้าพนักงานธุรการชำนาญงาน", "ปลัดอำเภอ ผู้แทนนายอำเภอเมือง"]


def test_standing_in_for_the_districts_local_office_written_without_a_space() -> None:
    """heldout54 04: ``แทนท้องถิ่นอำเภอกระทุ่มแบน`` in the remarks column (no space after แทน) was
    no standing in."""
    assert STANDING_IN.match("แทนท้องถิ่นอำเภอกระทุ่มแบน")["post"] == "ท้องถิ่นอำเภอกระทุ่มแบน"
    assert STANDING_IN.match("แทนคุณ") is None


# A scan's lines (OCR text as the copier render of heldout55 05 reads it): narrower than the
# document's, the appointing sentence wraps the committee's name twice.
ORDER_WRAPPED_TWICE = "\n".join(
    [
        "คำสั่งองค์การบริหารส่วนตำบลทุ่งทราย",
        "ที่ ๙๘/๒๕๖๘",
        "เรื่อง ยกเลิกคำสั่งและแต่งตั้งคณะกรรมการจัดทำและติดตามแผนปฏิบัติการป้องกันการทุจริต",
        "            อาศัยอำนาจตามความในมาตรา ๕๙ แห่งพระราชบัญญัติสภาตำบลและองค์การบริหาร",
        "พ.ศ. ๒๕๓๗ และที่แก้ไขเพิ่มเติม จึงให้ยกเลิกคำสั่งองค์การบริหารส่วนตำบลทุ่งทราย ที่๑๕๖/๒๕๖๖",
        "ลงวันที๒๔ เมษายน ๒๕๖๖ และแต่งตั้งคณะกรรมการจัดทำและติดตามแผนปฏิบัติการป้องกันการ",
        "ทุจริต",
        "องค์การบริหารส่วนตำบลทุ่งทราย ประกอบด้วย",
        "     ๑. นายสมบัติ  เกตุแก้ว             นายก อบต.ทุ่งทราย ....................... ประธานกรรมการ",
        "     ๒. นายประเสริฐ  ทองขาว          รองนายก อบต.ทุ่งทราย ................. รองประธานกรรมการ",
        "                                       สั่ง ณ วันที่ ๑ เมษายน ๒๕๖๘",
    ]
)


def test_a_committee_named_over_three_lines_of_a_scan() -> None:
    """heldout55 05, copier scan: ``...และแต่งตั้งคณะกรรมการ...ป้องกันการ`` / ``ทุจริต`` /
    ``องค์การบริหารส่วนตำบล... ประกอบด้วย`` opened no group (only a name wrapped once, or a
    ``ประกอบด้วย`` alone on the third line, did): 15 members without their committee. The office
    after the name joins with a space, as printed."""
    members = rows_of(parse_pages(ORDER_WRAPPED_TWICE), CommitteeMember)
    assert {m.group_name for m in members} == {
        "คณะกรรมการจัดทำและติดตามแผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลทุ่งทราย"
    }


# heldout55 06 as the copier scan reads it: the dashes of rows 3 lost, a subtotal's dimension
# number lost and its count read in its place (``รวมมิติที่ 2 | 4 โครงการ`` as ``รวมมิติที่ 4 โครงการ``).
PLAN_SCANNED = "\n".join(
    [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "เทศบาลตำบลบางทราย",
        "ที่\tมิติ\tโครงการ/ กิจกรรม/มาตรการ\tงบประมาณ\tระยะ\tเวลา\t(ไตรม\tาส)\tหมายเหตุ",
        "\t\t\t(บาท)\t1\t2\t3\t4",
        "1\t1\tโครงการอบรมคุณธรรมจริยธรรม\t45,000\t\t●",
        "2\t\tกิจกรรมเชิดชูเกียรติบุคคล\tไม่ใช้งบประมาณ\t\t\t●",
        "รวมมิติที่ 1\t\t2โครงการ\t45,000",
        "3\t2\tมาตรการแสดงเจตจำนงสุจริต\t\t●",
        "4\t\tโครงการสำรวจความพึงพอใจ\t30,000\t\t\t●",
        "รวมมิติที่ 2 โครงการ\t30,000",
        "รวมทั้งสิ้น\t\t4 โครงการ\t75,000",
        'หมายเหตุ "-" หมายถึง ดำเนินการโดยไม่ใช้งบประมาณ @ หมายถึง ไตรมาสทีดำเนินการ',
    ]
)


def test_a_scanned_plans_lost_dashes_and_a_subtotal_whose_count_took_the_dimensions_place() -> None:
    """heldout55 06, copier scan: the legend ``"-" หมายถึง ... ไม่ใช้งบประมาณ`` (no
    ``เครื่องหมาย``) did not say the dashes a copier lost were no budget (three rows' budgets
    lost), and ``รวมมิติที่ 4 โครงการ`` was a fourth dimension's subtotal: the second's."""
    parsed = parse_pages(PLAN_SCANNED)
    assert [(p.seq, p.budget_thb) for p in rows_of(parsed, Project)] == [
        (1, Decimal("45000")),
        (2, Decimal("0")),
        (3, Decimal("0")),
        (4, Decimal("30000")),
    ]
    totals = [(b.label, b.amount_thb) for b in rows_of(parsed, Budget) if b.kind == "plan_total"]
    assert totals == [("รวมมิติที่ 1", Decimal("45000")), ("รวมมิติที่ 2", Decimal("30000")), ("รวมทั้งสิ้น", Decimal("75000"))]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("แผนปฏิบัติการป้องกันการทุจริต", "องค์การบริหารส่วนตำบลทุ่งทราย", "แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลทุ่งทราย"),
        ("คณะกรรมการพัฒนาท้องถิ่นของ", "เทศบาลตำบลบ้านนา", "คณะกรรมการพัฒนาท้องถิ่นของเทศบาลตำบลบ้านนา"),
        ("ป้องกันการ", "ทุจริต", "ป้องกันการทุจริต"),
    ],
)
def test_an_office_after_a_wrapped_name_joins_with_a_space(head: str, tail: str, joined: str) -> None:
    assert join_wrapped(head, tail) == joined


# heldout55 02 as the 200 dpi scan reads it: row numbers with a doubled dot or a comma.
ATTENDANCE_SCANNED = "\n".join(
    [
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบลหินทราย",
        "สมัยสามัญ สมัยที่๓ครั้งที่๑/๒๕๖๘",
        "วันศุกร์ที๑๕ สิงหาคม ๒๕๖๘",
        "ผู้มาประชุม",
        "ที ชื่อ - สกุล                ตำแหน่ง                   ลายมือชื่อ",
        "๑.. นายสมพงษ์ เพชรรัตน์              ประธานสภา อบต.หินทราย               สมพงษ์",
        "๒, นางสาวสุดารัตน์ แก้วมณี        รองประธานสภา อบต.หินทราย          สุดารัตน์",
        "๓. นายอารีย์ หมัดอาดัม               ส.อบต. หมู่ที่ ๑                อารีย์",
        "เริ่มประชุมเวลา ๐๙.๓๐ น.",
        "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม รับทราบ",
    ]
)


def test_a_row_number_a_scan_read_with_a_doubled_dot_or_a_comma() -> None:
    """heldout55 02 and 04, scans: ``๑.. นายสมพงษ์`` and ``, นายสุเมธ`` kept the dot in the name
    (no prefix found: the person lost, ``. นายสมพงษ์ ...`` in their place)."""
    names = [(a.prefix, a.full_name) for a in rows_of(parse_pages(ATTENDANCE_SCANNED), Attendee)]
    assert names == [("นาย", "สมพงษ์ เพชรรัตน์"), ("นางสาว", "สุดารัตน์ แก้วมณี"), ("นาย", "อารีย์ หมัดอาดัม")]


def test_a_period_header_whose_first_letter_a_scan_lost() -> None:
    """heldout55 08, 200 dpi scan: ``ะยะเวลา`` for ระยะเวลา left the risk table's header two
    known columns, no header: the page's four measures lost."""
    assert header_roles(["ที่", "ความเสี่ยง", "ระดับ", "มาตรการควบคุม", "ผู้รับผิดชอบ", "ะยะเวลา"]) is not None


def test_a_scans_specks_in_a_weighted_ita_table() -> None:
    """heldout54 07, copier scan: ``10  . | .80.90 | 8.09``: a speck read as a dot in a cell of its
    own put the score under the weighted column and the weighted score under the score's (8.09
    read for 80.90); a dot before a score kept it from being one."""
    text = ITA_WEIGHTED.replace("    2. การใช้งบประมาณ\t6\t84.20\t5.05", "2. การใช้งบประมาณ\t6  .\t.84.20\t5.05")
    scores = {(s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages(text), ItaScore)}
    assert scores[("IIT", 2)] == Decimal("84.20")


# heldout54 05 as the copier scan reads it.
ORDER_POST_FIRST_SCANNED = ORDER_POST_FIRST.replace(
    "1.2   ปลัดเทศบาลเมืองท่าน้ำ (นางสมศรี ใจงาม)        คณะทำงานและเลขานุการ",
    "1.2   ปลัดเทศบาลเมืองท่าน้ำ (นางสมศรี ใจงาม))        คณะทำงานและ\n                                                   เลขานุการ",
).replace(
    "2.1   ผู้อำนวยการกองคลัง (นายวิชัย แสงทอง)          ประธาน",
    "2.1   ผู้อำนวยการกองคลัง (นายวิชัย แสงทอ ง)          คณะทำงานและผู้ช่วย\n                                                   เลขานุการ",
)


def test_a_scans_doubled_bracket_lone_letter_and_role_cut_after_its_aide() -> None:
    """heldout54 05, copier scan: a holder's name closed by ``))``, a surname's last letter set
    apart (``สายสุวรร ณ``) and a role cut after ``คณะทำงานและผู้ช่วย`` lost two members' names
    and a role's words."""
    members = rows_of(parse_pages(ORDER_POST_FIRST_SCANNED), CommitteeMember)
    assert [(m.seq, m.full_name, m.role) for m in members] == [
        ("1.1", "ประเสริฐ ทองดี", "ประธาน"),
        ("1.2", "สมศรี ใจงาม", "คณะทำงานและเลขานุการ"),
        ("2.1", "วิชัย แสงทอง", "คณะทำงานและผู้ช่วยเลขานุการ"),
        ("2.2", "ปกรณ์ มีชัย", "คณะทำงาน"),
    ]


@pytest.mark.parametrize("note", ["กรรมการใหม่", "กรรมการแทนนายสมชาย", "กรรมการลาออก"])
def test_guard_a_note_on_a_member_is_no_named_committees_role(note: str) -> None:
    """heldout10 02: ``กรรมการใหม่`` in the remarks column is a note, no role."""
    assert NAMED_COMMITTEE_ROLE.fullmatch(note) is None


# heldout56 08 as the copier scan reads it: the lead's ดังนี้ wrapped onto a line of its own, a
# responsible person's label misread, a page's number and the closing paragraph after the last.
MEASURES_LETTER_SCANNED = (
    MEASURES_LETTER.replace(
        "และมอบหมายผู้รับผิดชอบ ดังนี้", "และมอบหมายผู้รับผิดชอบ\nดังนี้"
    )
    .replace("ผู้รับผิดชอบ : นายชยพล", "ผู้รับถิดชอบ : นายชยพล")
    .replace("          ๒. ด้านการป้องกันการทุจริต", "                                  - ๒ -\n          ๒. ด้านการป้องกันการทุจริต")
    .replace("ต่อปลัดทุกไตรมาส", "ต่อปลัด\nทุกไตรมาส")
)


def test_bulleted_measures_as_a_scan_reads_the_letter() -> None:
    """heldout56 08, copier scan: the lead's ``ดังนี้`` on a line of its own led to no clauses,
    ``ผู้รับถิดชอบ`` was no responsible person's label (so no bullets were measures), and a short
    line after the last responsible person (the closing paragraph's end) went into it."""
    measures = rows_of(parse_pages(MEASURES_LETTER_SCANNED), Measure)
    assert [(m.seq, m.responsible) for m in measures] == [
        (1, "นางสาวอรทัย ศรีวิเศษ ผู้อำนวยการกองคลัง"),
        (2, "นายชยพล มีสุวรรณ หัวหน้าสำนักปลัด"),
        (3, "นางสาวกนกพร แสงสว่าง นักวิเคราะห์นโยบายและแผน"),
    ]


PLAN_QUARTERS_PACKED = "\n".join(
    [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "องค์การบริหารส่วนตำบลโป่งทราย",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tไตรมาส\tหมายเหตุ",
        "\t\t(บาท)\t1234",
        "1\tโครงการอบรมคุณธรรมจริยธรรม\t45,000\t\t✓",
        "2\tกิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร\t-\t✓\t\t\t\tไม่ใช้งบประมาณ",
        "3\tโครงการปลูกป่าชุมชน\t20,000\t\t\t\t✓\tร่วมกับโรงเรียน",
        "รวมทั้งสิ้น\t3 โครงการ\t65,000",
    ]
)


def test_quarters_a_scan_read_as_one_header_cell() -> None:
    """heldout56 06, copier scan: ``ไตรมาส`` over ``1234`` in one cell (no ruling found between
    the quarters' short columns under their merged header): no quarter was read, and the remarks
    were looked for under the header's fourth cell (a quarter's)."""
    projects = rows_of(parse_pages(PLAN_QUARTERS_PACKED), Project)
    assert [(p.seq, p.q1, p.q2, p.q3, p.q4, p.remarks) for p in projects] == [
        (1, False, True, False, False, None),
        (2, True, False, False, False, "ไม่ใช้งบประมาณ"),
        (3, False, False, False, True, "ร่วมกับโรงเรียน"),
    ]


def test_an_agenda_headings_number_a_scan_read_as_a_digit_of_like_shape() -> None:
    """heldout56 03, copier scan: ``ระเบียบวาระที่6 เรรื่องอื่น ๆ`` after item 3, over ``4.1`` and
    ``4.2``: item 6 with sub-items of an item 4 that never opened (three items and two
    resolutions lost). Its sub-items say it was 4."""
    text = "\n".join(
        [
            "รายงานการประชุมสภาองค์การบริหารส่วนตำบลห้วยทราย",
            "สมัยสามัญ สมัยที่ 2 ครั้งที่ 1/2569",
            "วันพุธที่ 10 มิถุนายน 2569",
            "ผู้มาประชุม",
            "1. นายสมหมาย ปั้นทอง ประธานสภา อบต.",
            "เริ่มประชุมเวลา 09.30 น.",
            "ระเบียบวาระที่1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม รับทราบ",
            "ระเบียบวาระที่2 เรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
            "มติที่ประชุม รับรอง",
            "ระเบียบวาระที่3 เรื่องเพื่อพิจารณา",
            "มติที่ประชุม เห็นชอบ",
            "ระเบียบวาระที่6 เรรื่องอื่น ๆ",
            "                        4.1 การป้องกันและแก้ไขปัญหายาเสพติดในพื้นที่",
            "มติที่ประชุม รับทราบ",
            "                       4.2 การป้องกันและควบคุมโรคไข้เลือดออก",
            "มติที่ประชุม รับทราบ",
            "ปิดประชุมเวลา 12.15 น.",
        ]
    )
    parsed = parse_pages(text)
    assert [a.item_no for a in rows_of(parsed, Agenda)] == ["1", "2", "3", "4", "4.1", "4.2"]
    assert [r.item_no for r in rows_of(parsed, Resolution)] == ["1", "2", "3", "4.1", "4.2"]


_guard = partial(guard_records, "round54_guards")  # the records of a kind in one of this round's guard documents


def test_guard_a_member_listed_post_first_whose_post_opens_with_a_group_word_is_no_group() -> None:
    """(guard) ``๒. กรรมการผู้ทรงคุณวุฒิภาคประชาชน (นายประยุทธ มั่นคง)  รองประธานกรรมการ`` over a
    member listed post first opened a group named after it."""
    members = _guard("o4b_member_post_group_word", CommitteeMember)
    assert {m.group_name for m in members} == {"คณะกรรมการประเมินความเสี่ยงการทุจริต"}
    assert [m.seq for m in members] == ["1", "2", "3", "4", "5"]


def test_guard_a_rows_rest_under_a_header_printed_again_is_no_header_label() -> None:
    """(guard) the first line under a header repeated on page 2 is the rest of page 1's last row
    (its post, its role) when it makes no label with the header's cell above it."""
    assert [(m.position, m.role) for m in _guard("o2_row_split_over_page", CommitteeMember)][1] == (
        "นักทรัพยากรบุคคล ชำนาญการ",
        "คณะทำงาน",
    )
    assert [m.role for m in _guard("o5_role_cut_over_page", CommitteeMember)][2] == "คณะทำงานและเลขานุการ"


def test_guard_a_wrapped_post_before_the_next_groups_heading_and_names_before_their_office() -> None:
    """(guard) a post wrapped over two lines before ``คณะทำงานฝ่ายประเมินผล ประกอบด้วย`` was taken
    for a committee's name over three lines; ``...ประจำ`` / ``องค์การ...`` and ``คณะกรรมการพัฒนา`` /
    ``เทศบาล...`` are one phrase, no space."""
    assert _guard("o6_wrapped_post_before_next_group", CommitteeMember)[2].position == "หัวหน้า ฝ่ายบริหารงานทั่วไป สำนักปลัดเทศบาล"
    assert {m.group_name for m in _guard("o7_group_name_wrap_office", CommitteeMember)} == {
        "คณะกรรมการประเมินความเสี่ยงการทุจริตประจำองค์การบริหารส่วนตำบลหนองบัว"
    }
    assert {m.group_name for m in _guard("o_group_wrap_dev_committee2", CommitteeMember)} == {"คณะกรรมการพัฒนาเทศบาลตำบลบ้านนา"}


@pytest.mark.parametrize("name", ["m6_specks_latin_row", "m7_specks_llll_mid", "m8_specks_year_stamp"])
def test_guard_a_signatures_or_a_stamps_latin_and_year_are_still_specks(name: str) -> None:
    """(guard) a scan's ``Anuw``, ``llll`` or a stamp's bare ``2568`` between a table's rows."""
    for m in _guard(name, Measure):
        assert not regex.search(r"Anuw|llll|ฆ$|ป09|2568 2568|ๆ$", " ".join(filter(None, [m.measure, m.method, m.period])))


def test_guard_an_instruments_weighted_subtotal_is_no_score() -> None:
    """(guard) ``รวมแบบวัด IIT | 30 | - | 26.71``: the instrument's share of the total, no score."""
    assert [(s.instrument, s.indicator_no) for s in _guard("i1_subtotal_rows", ItaScore) if s.indicator_no is None] == []


@pytest.mark.parametrize("name", ["m_votes_numbered", "m_votes_bracketed"])
def test_guard_a_tally_numbered_under_a_bare_label_is_one_resolution(name: str) -> None:
    """(guard) ``๑. เห็นชอบ ๑๐ เสียง`` / ``๒. ไม่เห็นชอบ ๒ เสียง`` / ``๓. งดออกเสียง ๑ เสียง``: one
    decision's count, one approved resolution (not a second one, rejected)."""
    resolutions = [r for r in _guard(name, Resolution) if r.item_no == "2.1"]
    assert [r.outcome for r in resolutions] == ["approved"]


def test_guard_a_staff_meetings_title_and_a_count_summarys_total_and_a_name_wrapped_with_a_colon() -> None:
    """(guard) ``รายงานการประชุม`` / ``การประชุมพนักงานเทศบาล... ครั้งที่ 6/2568`` keeps the meeting
    in its title; a summary of counts (``จำนวนโครงการ | จำนวนกิจกรรม | ... | รวม``) gives no baht;
    ``โครงการฝึกอบรมเชิงปฏิบัติการ`` / ``หลักสูตร : ...`` is one name."""
    (meeting,) = _guard("m_title_staff", Meeting)
    assert meeting.title == "รายงานการประชุม การประชุมพนักงานเทศบาลตำบลบ้านนา"
    totals = [(b.label, b.amount_thb) for b in _guard("p_count_summary_total", Budget) if b.kind == "plan_total"]
    assert totals == [("รวมทั้งสิ้น", Decimal("175000"))]
    (sheet,) = _guard("s_name_wrap_colon3", ProjectSheet)
    assert sheet.name.startswith("โครงการฝึกอบรมเชิงปฏิบัติการ หลักสูตร : การป้องกัน")


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("๓. นายวีรยุทธ แก้วกาญจนา(หัวหน้าสำนักปลัดเทศบาล)     คณะทำงาน", "๓. นายวีรยุทธ แก้วกาญจนา (หัวหน้าสำนักปลัดเทศบาล)     คณะทำงาน"),
        ("4\tนายสุชาติ กลิ่นหอม ด\tผู้แทนประชาคมท้องถิ่น", "4\tนายสุชาติ กลิ่นหอม\tผู้แทนประชาคมท้องถิ่น"),
        # (guards)
        ("ประเมินคุณธรรม (ITA) ประจำปี", "ประเมินคุณธรรม (ITA) ประจำปี"),
        ("ว่าที่ร.ต.(หญิง)สมศรี ใจดี", "ว่าที่ร.ต.(หญิง)สมศรี ใจดี"),
        ("ตามข้อ ก", "ตามข้อ ก"),
        ("งบประมาณ ๕๐,๐๐๐ บาท ก  ข", "งบประมาณ ๕๐,๐๐๐ บาท ก  ข"),
    ],
)
def test_a_scans_lost_space_before_a_bracket_and_a_speck_read_as_a_letter_after_a_name(read: str, repaired: str) -> None:
    """heldout54 03 and 04, scans: ``แก้วกาญจนา(หัวหน้า...)`` (the space before the post's bracket
    lost: name and post one word, the attendee lost) and ``กลิ่นหอม ด`` (a speck in the empty
    signature cell read as a letter, in the name)."""
    assert ocr.repair_ocr_text(read) == repaired


@pytest.mark.parametrize(
    ("after", "read_again"),
    [("dimes", True), ("wuld", True), ("online", False), ("www", False), ("Facebook", False), ("e-Service", False)],
)
def test_a_thai_word_read_as_lowercase_latin_in_a_ruled_cell_is_read_again(after: str, read_again: bool) -> None:
    """heldout56 02, 200 dpi scan: surnames in a ruled sign-in table read as ``dimes``, ``wuld``
    (after the Thai given name, confidence high enough to pass): two attendees lost. The Thai
    model reads them ``อำทอง``, ``เย็นใจ``. Latin words the genre prints stay as read."""
    words = [ocr.Word(100, 100, 260, 36, 91.0, "นางสาวจันทร์เพ็ญ"), ocr.Word(372, 100, 90, 36, 88.0, after)]
    assert bool(ocr.thai_read_as_latin_in_cells(words)) is read_again


ORDER_DUTIES_COLUMN = "\n".join(
    [
        "คำสั่งองค์การบริหารส่วนตำบลตันหยงทราย",
        "ที่  ๒๙๘ /๒๕๖๘",
        "เรื่อง  แต่งตั้งคณะทำงานจัดเก็บและเผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "               อาศัยอำนาจตามความในมาตรา ๖๐ แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ.",
        "๒๕๓๗ และที่แก้ไขเพิ่มเติม จึงแต่งตั้งคณะทำงานจัดเก็บและเผยแพร่ข้อมูลสาธารณะ (OIT)",
        "องค์การบริหารส่วนตำบลตันหยงทราย ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ประกอบด้วยบุคคลและหน้าที่ ดังต่อไปนี้",
        "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะทำงาน\tหน้าที่",
        "๑\tนายอับดุลรอมัน สาแม\tปลัด อบต.\tหัวหน้าคณะทำงาน\tอำนวยการ กำกับ ติดตาม",
        "\t\t\t\tและตรวจสอบข้อมูล",
        "๒\tนายกามาล ดือเร๊ะ\tรองปลัด อบต.\tรองหัวหน้าคณะทำงาน\tช่วยหัวหน้าคณะทำงาน",
        "                                สั่ง  ณ  วันที่  ๑  ตุลาคม  พ.ศ.  ๒๕๖๘",
    ]
)


def test_a_duties_column_beside_a_role_column_and_a_committee_named_with_its_office_and_year() -> None:
    """heldout58 05: ``ตำแหน่งในคณะทำงาน | หน้าที่``: the duties went into the post; and the
    appointing sentence's second line (``องค์การบริหารส่วนตำบล... ประจำปีงบประมาณ ... ประกอบด้วย
    บุคคลและหน้าที่ ดังต่อไปนี้``), longer than a wrapped name, opened no committee."""
    members = rows_of(parse_pages(ORDER_DUTIES_COLUMN), CommitteeMember)
    assert [(m.group_name, m.position, m.role) for m in members] == [
        ("คณะทำงานจัดเก็บและเผยแพร่ข้อมูลสาธารณะ (OIT) องค์การบริหารส่วนตำบลตันหยงทราย ประจำปีงบประมาณ พ.ศ. 2569", "ปลัด อบต.", "หัวหน้าคณะทำงาน"),
        ("คณะทำงานจัดเก็บและเผยแพร่ข้อมูลสาธารณะ (OIT) องค์การบริหารส่วนตำบลตันหยงทราย ประจำปีงบประมาณ พ.ศ. 2569", "รองปลัด อบต.", "รองหัวหน้าคณะทำงาน"),
    ]


MEASURES_NAMED_CLAUSES = "\n".join(
    [
        "                                ประกาศเทศบาลนครบางน้ำ",
        "                   เรื่อง  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "                                ประจำปีงบประมาณ พ.ศ. 2569",
        "เทศบาลนครบางน้ำจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ไว้ดังนี้",
        "          ข้อ 1  มาตรการงดให้และงดรับของขวัญและของกำนัลทุกชนิด (No Gift Policy)",
        "                  ผู้บริหารและพนักงานทุกคน ต้องไม่รับหรือให้ของขวัญ มอบหมายให้ สำนักปลัดเทศบาล",
        "                  (งานการเจ้าหน้าที่) เป็นผู้รับผิดชอบ",
        "          ข้อ 2  มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
        "                  ให้ทุกส่วนราชการส่งข้อมูลที่ต้องเปิดเผยตามแบบตรวจ OIT ภายในวันที่ 5 ของทุกเดือน",
        "                  มอบหมายให้ กองคลัง เป็นผู้รับผิดชอบ",
        "                  ประกาศ ณ วันที่ 20 พฤศจิกายน พ.ศ. 2568",
    ]
)


def test_clauses_numbered_ข้อ_each_naming_its_measure_over_a_body() -> None:
    """heldout57 08: clauses ``ข้อ 1  มาตรการ...`` over an indented body that ends ``มอบหมายให้ ...
    เป็นผู้รับผิดชอบ``: no clause was read (only ``1.``-numbered clauses were), all eight measures
    lost. The clause's line is the measure, its body the method, the unit named the responsible."""
    measures = rows_of(parse_pages(MEASURES_NAMED_CLAUSES), Measure)
    assert [(m.seq, m.measure, m.method, m.responsible) for m in measures] == [
        (
            1,
            "มาตรการงดให้และงดรับของขวัญและของกำนัลทุกชนิด (No Gift Policy)",
            "ผู้บริหารและพนักงานทุกคน ต้องไม่รับหรือให้ของขวัญ",
            "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
        ),
        (2, "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ให้ทุกส่วนราชการส่งข้อมูลที่ต้องเปิดเผยตามแบบตรวจ OIT ภายในวันที่ 5 ของทุกเดือน", "กองคลัง"),
    ]


INSPECTION = "\n".join(
    [
        "                           รายงานการประชุมคณะกรรมการตรวจรับพัสดุ",
        "                                   เทศบาลเมืองท่าน้ำ",
        "                                      ครั้งที่ ๑/๒๕๖๙",
        "                                  วันศุกร์ที่ ๒๐ มีนาคม ๒๕๖๙",
        "ผู้มาประชุม",
        "    ประธานกรรมการ       นายสุรชัย  วงศ์ใหญ่         ผู้อำนวยการกองช่าง",
        "    กรรมการ             นางสาวอัญชลี  ปานเพชร     นักวิชาการพัสดุชำนาญการ",
        "ผู้เข้าร่วมประชุม",
        "    ผู้ช่วยผู้ควบคุมงาน       นายศักดิ์ดา  ผลบุญ          นายช่างโยธาปฏิบัติงาน",
        "เริ่มประชุมเวลา ๑๐.๐๐ น.",
        "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
)


def test_an_unnumbered_committees_roles_in_the_first_column() -> None:
    """heldout57 03: ``ประธานกรรมการ   นายสุรชัย  วงศ์ใหญ่   ผู้อำนวยการกองช่าง`` (no number, the
    role first): nobody was read (11 attendees of two sets of minutes lost)."""
    attendees = rows_of(parse_pages(INSPECTION), Attendee)
    assert [(a.status, a.full_name, a.position, a.role) for a in attendees] == [
        ("present", "สุรชัย วงศ์ใหญ่", "ผู้อำนวยการกองช่าง", "ประธานกรรมการ"),
        ("present", "อัญชลี ปานเพชร", "นักวิชาการพัสดุชำนาญการ", "กรรมการ"),
        ("invited", "ศักดิ์ดา ผลบุญ", "นายช่างโยธาปฏิบัติงาน", "ผู้ช่วยผู้ควบคุมงาน"),
    ]


def test_an_absence_marked_in_brackets_at_the_lines_end() -> None:
    """heldout57 02: the absent in the same numbered list as the present, marked ``(ลา)`` or
    ``(ขาด)`` at the line's end, were read as present."""
    text = FIRST_SITTING.replace(
        "    1.   นายสมหวัง  เกตุแก้ว                   สมาชิกสภาเทศบาล เขต 1",
        "    1.   นายสมหวัง  เกตุแก้ว                   สมาชิกสภาเทศบาล เขต 1\n"
        "    2.   นายวิโรจน์  ศรีสุวรรณ              สมาชิกสภาเทศบาล                        (ลา)",
    )
    assert [(a.full_name, a.status) for a in rows_of(parse_pages(text), Attendee)][:2] == [
        ("สมหวัง เกตุแก้ว", "present"),
        ("วิโรจน์ ศรีสุวรรณ", "absent"),
    ]


PLAN_TASK_LINES = "\n".join(
    [
        "แผนปฏิบัติการป้องกันการทุจริต ๕ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
        "เทศบาลเมืองบางน้ำ",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ (บาท)\t",
        "\t\tปี ๒๕๖๖\tปี ๒๕๖๗",
        "มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต\t\t\t",
        "๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรของเทศบาล\t\t\t",
        "๑\tโครงการอบรมเสริมสร้างคุณธรรม\t๖๐,๐๐๐\t๖๐,๐๐๐",
        "๑.๒ การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วน\t\t\t",
        "๒\tโครงการชุมชนร่วมใจต้านทุจริต\t๓๐,๐๐๐\t๓๕,๐๐๐",
        "รวมมิติที่ ๑\t๒ โครงการ\t๙๐,๐๐๐\t๙๕,๐๐๐",
    ]
)


def test_a_plans_task_heading_across_the_row_with_its_number_in_its_words() -> None:
    """heldout57 06: ``๑.๒ การสร้างจิตสำนึก...`` across the row (its number in the same cell as its
    words) after a project's row was read as that project's name's rest (four names wrong, twenty
    budgets lost)."""
    assert [p.name for p in rows_of(parse_pages(PLAN_TASK_LINES), Project)] == [
        "โครงการอบรมเสริมสร้างคุณธรรม",
        "โครงการชุมชนร่วมใจต้านทุจริต",
    ]


def test_a_sheet_forms_label_cell_the_contract_keeps_no_field_for_ends_the_name() -> None:
    """heldout57 06: a two-column sheet form's ``มิติ/ภารกิจ | มิติที่ ๑ ...`` under the name's row went
    into the name."""
    text = SHEET_ALIGNED_WITH.replace("สอดคล้องกับ :  มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต", "มิติ/ภารกิจ\tมิติที่ ๑ การสร้างสังคม / ๑.๑")
    assert [s.name for s in rows_of(parse_pages(text), ProjectSheet)] == ["โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน (โตไปไม่โกง)"]


PLAN_BY_STRATEGY = "\n".join(
    [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "องค์การบริหารส่วนตำบลบาโงทราย อำเภอรามัน จังหวัดยะลา",
        "",
        "ยุทธศาสตร์ที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        "ที่\tโครงการ\tวัตถุประสงค์\tงบประมาณ (บาท)\tหน่วยงานรับผิดชอบ",
        "1\tโครงการอบรมคุณธรรมจริยธรรม\tเพื่อเสริมสร้างจิตสำนึก\t30,000\tสำนักปลัด",
        "2\tกิจกรรมโตไปไม่โกง\tเพื่อปลูกฝังความซื่อสัตย์\t10,000\tกองการศึกษาฯ",
        "\tในศูนย์พัฒนาเด็กเล็ก\tให้แก่เด็กปฐมวัย\t\t",
        "",
        "ยุทธศาสตร์ที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
        "ที่\tโครงการ\tวัตถุประสงค์\tงบประมาณ (บาท)\tหน่วยงานรับผิดชอบ",
        "3\tมาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\tเพื่อให้ประชาชนตรวจสอบได้\t-\tกองคลัง",
        "",
        "สรุปงบประมาณตามยุทธศาสตร์",
        "ยุทธศาสตร์\tจำนวนโครงการ\tงบประมาณ (บาท)",
        "ยุทธศาสตร์ที่ 1\t2\t40,000",
        "ยุทธศาสตร์ที่ 2\t1\t-",
        "รวมทั้งสิ้น\t3\t40,000",
    ]
)


def test_a_plan_grouped_under_strategies_each_with_its_table_and_a_summary_by_strategy() -> None:
    """heldout58 06: a caption ``ยุทธศาสตร์ที่ N ...`` over each table gave no dimension and went
    into the last row's name; the summary ``ยุทธศาสตร์ | จำนวนโครงการ | งบประมาณ (บาท)`` was no
    summary (its count read as the grand total)."""
    parsed = parse_pages(PLAN_BY_STRATEGY)
    assert [(p.seq, p.name, p.dimension) for p in rows_of(parsed, Project)] == [
        (1, "โครงการอบรมคุณธรรมจริยธรรม", "1"),
        (2, "กิจกรรมโตไปไม่โกง ในศูนย์พัฒนาเด็กเล็ก", "1"),
        (3, "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "2"),
    ]
    totals = [(b.label, b.amount_thb) for b in rows_of(parsed, Budget) if b.kind == "plan_total"]
    assert ("ยุทธศาสตร์ที่ 1", Decimal("40000")) in totals
    assert ("รวมทั้งสิ้น", Decimal("40000")) in totals


BILL_TWO_DECISIONS = "\n".join(
    [
        "รายงานการประชุมสภาเทศบาลเมืองคลองน้ำ",
        "สมัยสามัญ สมัยที่ 2 ครั้งที่ 1/2569",
        "วันอังคารที่ 12 พฤษภาคม 2569",
        "ผู้มาประชุม",
        "1.  นายสมชาย  ใจดี          ประธานสภาเทศบาล",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 1  เรื่องเพื่อพิจารณา",
        "     1.1 ญัตติ ร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์ พ.ศ. ....",
        "นายกเทศมนตรี",
        "          ฝ่ายบริหารจึงเสนอร่างเทศบัญญัติจำนวน 14 ข้อ เพื่อให้สภาเทศบาลพิจารณารับหลักการ",
        "",
        "          เมื่อสมาชิกได้อภิปรายพอสมควรแล้ว ประธานสภาฯ จึงขอมติในวาระที่ 1 ขั้นรับหลักการ",
        "ที่ประชุมมีมติเห็นชอบรับหลักการแห่งร่างเทศบัญญัติดังกล่าว ด้วยคะแนนเสียงเอกฉันท์ 15 เสียง",
        "",
        "          ต่อมา นางบุญเรือน มีสุข สมาชิกสภาเทศบาล ได้เสนอให้ใช้คณะกรรมการแปรญัตติ จำนวน 3 คน",
        "ซึ่งไม่มีผู้เสนอเป็นอย่างอื่น ที่ประชุมมีมติเห็นชอบให้คณะกรรมการแปรญัตติทั้ง 3 คน ตามที่เสนอ",
        "",
        "ระเบียบวาระที่ 2  เรื่องอื่น ๆ",
        "มติที่ประชุม  ตรวจรับงานจ้างงวดที่ 1 และให้เบิกจ่ายเงินค่าจ้างให้ผู้รับจ้าง",
        "ปิดประชุมเวลา 12.00 น.",
    ]
)


def test_a_second_decision_in_prose_after_one_the_item_has_and_an_inspections_acceptance() -> None:
    """heldout57 02: a bill's first reading decided at a line's start, then its scrutiny committee
    decided in a later paragraph's prose: only the first was read. heldout57 03: an inspection
    committee's ``ตรวจรับงานจ้าง...`` was ``other``."""
    resolutions = rows_of(parse_pages(BILL_TWO_DECISIONS), Resolution)
    assert [(r.item_no, r.seq, r.outcome) for r in resolutions] == [("1.1", 1, "approved"), ("1.1", 2, "approved"), ("2", 1, "approved")]
    assert resolutions[1].text.startswith("ที่ประชุมมีมติเห็นชอบให้คณะกรรมการแปรญัตติ")


def test_guard_an_offices_own_strategies_are_no_dimensions() -> None:
    """(guard) ``ยุทธศาสตร์ที่ 3`` of the office's own plan under a ``มิติที่ 1`` heading, and
    ``ยุทธศาสตร์ที่ 4 ...ธรรมาภิบาล`` (no dimension's name): the dimensions stay the มิติ headings'."""
    assert [p.dimension for p in _guard("plan_strategy_captions", Project)] == ["1", "1", "2"]
    assert {p.dimension for p in _guard("plan_strategy_province", Project)} == {None}


def test_guard_clauses_that_wrap_one_sentence_and_an_announcements_own_clauses() -> None:
    """(guard) a measure that is one sentence wrapped over two lines stays whole (no method cut from
    it); an announcement's own clauses (``ข้อ ๑ ประกาศนี้เรียกว่า...``, ``ข้อ ๒ ให้ยกเลิก...``) are no measures."""
    measures = _guard("measures_wrapped_names", Measure)
    assert len(measures) == 3 and all(m.method is None for m in measures)
    assert _guard("measures_khor_not_measures", Measure) == []


@pytest.mark.parametrize(
    "line",
    ["ภาคผนวก ก\tหน้า ๑๒", "ถนนสายบ้านนา ซอย ข\t๕๐,๐๐๐", "ตามบัญชีแนบท้าย ค", "ประชุม ณ  ห้องประชุมสภา", "ชุมชนตลาดล่าง ข"],
)
def test_guard_a_real_one_letter_token_at_a_cells_end_stays(line: str) -> None:
    """(guard) only a letter after a person's name and surname is a speck; ``ภาคผนวก ก``, ``ซอย ข``,
    ``ณ`` before a venue are words."""
    assert ocr.repair_ocr_text(line) == line


ITA_PROSE_BY_INDICATOR = "\n".join(
    [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "ประจำปีงบประมาณ พ.ศ. 2568",
        "องค์การบริหารส่วนตำบลปูยูทราย",
        "2. ผลการประเมินรายตัวชี้วัด เปรียบเทียบปี 2567 กับปี 2568",
        "     2.1 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        "          ปี 2568 ได้คะแนนเฉลี่ย 88.53 คะแนน เทียบกับปี 2567 ที่ได้ 85.29 คะแนน เพิ่มขึ้น 3.24 คะแนน",
        "รายละเอียดรายตัวชี้วัด ดังนี้",
        "          - ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ปี 2568 ได้ 86.82 คะแนน เพิ่มขึ้นจากปี 2567 (83.40",
        "            คะแนน) 3.42 คะแนน",
        "          ผลการประเมินปี 2568 ได้คะแนน 88.02 คะแนน อยู่ในระดับ A",
    ]
)


def test_an_instruments_average_under_its_heading_and_a_bracket_the_line_broke() -> None:
    """heldout58 07: ``ได้คะแนนเฉลี่ย 88.53`` right under the IIT heading was read as the overall
    score; ``(83.40`` / ``คะแนน) 3.42 คะแนน``: the earlier year's score in a bracket the line broke was lost."""
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages(ITA_PROSE_BY_INDICATOR), ItaScore)}
    assert scores[(2568, "IIT", None)] == Decimal("88.53")
    assert scores[(2567, "IIT", 4)] == Decimal("83.40")
    assert scores[(2568, "ITA", None)] == Decimal("88.02")


def test_a_speakers_name_alone_under_a_sub_items_heading_is_no_part_of_its_title() -> None:
    """heldout58 04: ``4.2 แผนการเผยแพร่...`` over ``ดร.ซูไฮมี ลาเต๊ะ (ออนไลน์)`` (the speaker's name
    on its own line, the speech indented below): the name went into the title."""
    text = "\n".join(
        [
            "รายงานการประชุมคณะทำงานขับเคลื่อนการประเมิน ITA",
            "ครั้งที่ 2/2569",
            "วันพุธที่ 22 เมษายน 2569",
            "ผู้มาประชุม",
            "1. นายอิสมาแอ ดือเระ นายก อบต.ลูโบ๊ะทราย",
            "เริ่มประชุมเวลา 09.30 น.",
            "ระเบียบวาระที่ 4 : เรื่องเพื่อพิจารณา",
            "          4.2 แผนการเผยแพร่ข้อมูลผ่านเว็บไซต์และสื่อสังคมออนไลน์",
            "          ดร.ซูไฮมี ลาเต๊ะ (ออนไลน์)",
            "              เสนอให้เพิ่มการเผยแพร่เป็นภาษามลายูถิ่น ควบคู่กับภาษาไทย",
            "          มติที่ประชุม : เห็นชอบ",
            "ปิดประชุมเวลา 12.00 น.",
        ]
    )
    titles = {a.item_no: a.title for a in rows_of(parse_pages(text), Agenda)}
    assert titles["4.2"] == "แผนการเผยแพร่ข้อมูลผ่านเว็บไซต์และสื่อสังคมออนไลน์"


def test_a_role_column_a_scan_ran_into_the_name() -> None:
    """heldout57 03, 200 dpi scan: ``ประธานกรรมการนนายสุรชัย วงศ์ใหญ่`` (the role's column run into
    the name's, a speck between them): the chair lost."""
    text = INSPECTION.replace("    ประธานกรรมการ       นายสุรชัย  วงศ์ใหญ่", "    ประธานกรรมการนนายสุรชัย วงศ์ใหญ่")
    attendees = rows_of(parse_pages(text), Attendee)
    assert (attendees[0].full_name, attendees[0].position, attendees[0].role) == ("สุรชัย วงศ์ใหญ่", "ผู้อำนวยการกองช่าง", "ประธานกรรมการ")


def test_year_columns_a_scan_garbled_and_packed_into_one_cell() -> None:
    """heldout57 06, 200 dpi scan: ``ปี๒๕๖๖ | ป๒๕๖๗ | ป๒๘๘ | ป๒๘๙ ปี๒๕๗๐`` (two years misread, two in
    one cell): no year columns, each project's budget read as the sum of its five years."""
    text = PLAN_TASK_LINES.replace("\t\tปี ๒๕๖๖\tปี ๒๕๖๗", "\t\tปี๒๕๖๖\tป๒๕๖๗\tป๒๘๘\tป๒๘๙ ปี๒๕๗๐").replace(
        "๖๐,๐๐๐\t๖๐,๐๐๐", "๖๐,๐๐๐\t๖๐,๐๐๐\t๖๐,๐๐๐\t๖๐,๐๐๐\t๖๐,๐๐๐"
    ).replace("๓๐,๐๐๐\t๓๕,๐๐๐", "๓๐,๐๐๐\t๓๕,๐๐๐\t๓๕,๐๐๐\t๓๕,๐๐๐\t๓๕,๐๐๐")
    assert [(p.seq, p.budget_thb) for p in rows_of(parse_pages(text), Project)] == [(1, Decimal("60000")), (2, Decimal("30000"))]


def test_a_scans_strategy_heading_and_appointing_sentence() -> None:
    """heldout58 05 and 06, 200 dpi scan: ``ยุทธศาสตร์ที 1 ...`` (its mark lost) gave no dimension;
    the appointing sentence's ``ประกอบด้วยบุคคลและ`` / ``หน้าที่ดังต่อไปนี้`` over the member table
    opened no committee (its lead's wrapped end stood between them)."""
    plan = PLAN_BY_STRATEGY.replace("ยุทธศาสตร์ที่ 1 การสร้าง", "ยุทธศาสตร์ที 1 การสร้าง")
    assert [p.dimension for p in rows_of(parse_pages(plan), Project)] == ["1", "1", "2"]
    order = ORDER_DUTIES_COLUMN.replace(
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ประกอบด้วยบุคคลและหน้าที่ ดังต่อไปนี้",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ประกอบด้วยบุคคลและ\nหน้าที่ดังต่อไปนี้",
    )
    assert {m.group_name for m in rows_of(parse_pages(order), CommitteeMember)} == {
        "คณะทำงานจัดเก็บและเผยแพร่ข้อมูลสาธารณะ (OIT) องค์การบริหารส่วนตำบลตันหยงทราย ประจำปีงบประมาณ พ.ศ. 2569"
    }


def test_guard_an_amending_clauses_wrapped_end_and_a_weight_after_an_instruments_wrapped_name() -> None:
    """(guard, the scan chain) ``ข้อ ๒ ให้แก้ไขรายชื่อคณะทำงาน... ตามข้อ ๒ ของคำ`` / ``สั่งดังกล่าวดังนี้``
    over the old-and-new table is no list lead's wrapped end (the replacements' group was lost);
    ``...ส่วนเสียภายนอก (EIT)`` / ``ร้อยละ ๓๐ ...``: a sentence's wrapped end and the instrument's weight,
    no heading and no score."""
    assert LIST_LEAD_TAIL.fullmatch("สั่งดังกล่าวดังนี้") is None
    assert LIST_LEAD_TAIL.fullmatch("หน้าที่ดังต่อไปนี้") is not None
    text = ITA_WEIGHTED.replace(
        "เทศบาลเมืองท่าน้ำ อำเภอเมือง จังหวัดราชบุรี",
        "เทศบาลเมืองท่าน้ำ อำเภอเมือง จังหวัดราชบุรี\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ร้อยละ ๓๐ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วน\n"
        "เสียภายนอก (EIT)\nร้อยละ ๓๐ และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ร้อยละ ๔๐",
    )
    assert Decimal("30") not in {s.score for s in rows_of(parse_pages(text), ItaScore)}
