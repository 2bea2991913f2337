"""ITA scores: per-instrument tables with restarted numbering, two-year tables with merged cells
and instrument totals, prose overall scores, ``ตัวชี้วัดที่ N ... ร้อยละ``, the README query."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from parsers.ita_scores import instrument_of, match_indicator, report_year
from pipeline.config import Settings
from pipeline.model import Parsed
from pipeline.run import ingest
from schemas import ItaScore
from tests.conftest import parse_pages

README = Path(__file__).resolve().parents[1] / "README.md"


def scores(parsed: list[Parsed]) -> dict[tuple[int | None, str | None, int | None], ItaScore]:
    found: dict[tuple[int | None, str | None, int | None], ItaScore] = {}
    for p in parsed:
        for row in p.rows:
            if isinstance(row, ItaScore):
                key = (row.fiscal_year, row.instrument, row.indicator_no)
                assert key not in found, f"duplicate score {key}"
                found[key] = row
    return found


PER_INSTRUMENT = "\n".join(
    [
        "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "เทศบาลตำบลบ้านสวนหมาก อำเภอเมืองสมมุติ จังหวัดสมมุติ",
        "1. ความเป็นมา",
        "การประเมินมีกลุ่มตัวอย่างขั้นต่ำร้อยละ 10 ของจำนวนบุคลากร และไม่น้อยกว่า 30 ตัวอย่าง",
        "2. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 เทศบาลตำบลบ้านสวนหมาก ได้คะแนน 88.42 คะแนน อยู่ในระดับ A",
        "ตัวชี้วัด\tคะแนน\tข้อสังเกต",
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
        "1. การปฏิบัติหน้าที่\t95.10\t-",
        "2. การใช้งบประมาณ\t90.25 คะแนน\t-",
        "3. การใช้อำนาจ\t93.00\t-",
        "4. การใช้ทรัพย์สินของราชการ\t91.48\t-",
        "5. การแก้ไขปัญหาการทุจริต\t94.12\t-",
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
        "1. คุณภาพการดำเนินงาน\t89.90\t-",
        "2. ประสิทธิภาพการสื่อสาร\t85.35\tควรเพิ่มช่องทางการสื่อสาร 3 ช่องทาง",
        "3. การปรับปรุงระบบการทำงาน\t84.00\t-",
        "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
        "1. การเปิดเผยข้อมูล\t78.50\t-",
        "2. การป้องกันการทุจริต\t100\t-",
        "ค่าเป้าหมายผ่านเกณฑ์ร้อยละ 85 ของทุกตัวชี้วัด",
        "สรุปผลการประเมิน ITA ได้คะแนน 88.42 คะแนน",
    ]
)


def test_per_instrument_tables_with_restarted_numbering() -> None:
    parsed = parse_pages(PER_INSTRUMENT)
    assert [p.document.doc_type for p in parsed] == ["integrity_measures"]
    found = scores(parsed)
    expected = {
        ("IIT", 1): ("การปฏิบัติหน้าที่", "95.10"),
        ("IIT", 2): ("การใช้งบประมาณ", "90.25"),
        ("IIT", 3): ("การใช้อำนาจ", "93.00"),
        ("IIT", 4): ("การใช้ทรัพย์สินของราชการ", "91.48"),
        ("IIT", 5): ("การแก้ไขปัญหาการทุจริต", "94.12"),
        ("EIT", 6): ("คุณภาพการดำเนินงาน", "89.90"),
        ("EIT", 7): ("ประสิทธิภาพการสื่อสาร", "85.35"),
        ("EIT", 8): ("การปรับปรุงระบบการทำงาน", "84.00"),
        ("OIT", 9): ("การเปิดเผยข้อมูล", "78.50"),
        ("OIT", 10): ("การป้องกันการทุจริต", "100.00"),
        ("ITA", None): (None, "88.42"),
    }
    assert set(found) == {(2566, instrument, no) for instrument, no in expected}
    for (instrument, no), (name, score) in expected.items():
        row = found[(2566, instrument, no)]
        assert (row.indicator, row.score) == (name, Decimal(score))
        assert row.organization == "เทศบาลตำบลบ้านสวนหมาก"
        assert row.page_no == 1


TWO_YEARS = "\n".join(
    [
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
        "องค์การบริหารส่วนตำบลหนองน้ำใส",
        "เปรียบเทียบผลคะแนน ITA ปีงบประมาณ 2565 และ 2566",
        "แบบวัด\tตัวชี้วัด\tปี 2565\tปี 2566",
        "IIT\t1. การปฏิบัติหน้าที่\t80.50\t85.00",
        "\t2. การใช้งบประมาณ\t70.00\t75.25",
        "\t3. การใช้อำนาจ\t82.00\t88.00",
        # merged cells: the instrument cell and the empty lead are gone (space runs)
        "4. การใช้ทรัพย์สินของราชการ    71.40    76.60",
        "5. การแก้ไขปัญหาการทุจริต    79.00    84.20",
        "คะแนนรวม IIT\t\t76.58\t81.81",
        "EIT\t1. คุณภาพการดำเนินงาน\t86.00\t90.00",
        "\t2. ประสิทธิภาพการสื่อสาร\t81.00\t83.50",
        "\t3. การปรับปรุงการทำงาน\t80.00\t82.00",
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\t\t82.33\t85.17",
        "OIT\t1. การเปิดเผยข้อมูล\t-\t91.00",
        "\t2. การป้องกันการทุจริต\t60.00\t70.00",
        "คะแนนรวม ITA\t\t72.35\t79.90",
    ]
)


def test_two_year_table_with_merged_cells_and_instrument_totals() -> None:
    found = scores(parse_pages(TWO_YEARS))
    assert found[(2565, "IIT", 1)].score == Decimal("80.50")
    assert found[(2566, "IIT", 1)].score == Decimal("85.00")
    assert found[(2565, "IIT", 4)].score == Decimal("71.40")
    assert found[(2566, "IIT", 5)].score == Decimal("84.20")
    assert found[(2566, "EIT", 6)].indicator == "คุณภาพการดำเนินงาน"
    assert found[(2566, "EIT", 8)].score == Decimal("82.00")
    assert found[(2565, "IIT", None)].score == Decimal("76.58")
    assert found[(2566, "EIT", None)].score == Decimal("85.17")
    assert found[(2566, "ITA", None)].score == Decimal("79.90")
    assert found[(2565, "ITA", None)].score == Decimal("72.35")
    # "-": not assessed that year, so no record
    assert (2565, "OIT", 9) not in found
    assert found[(2566, "OIT", 9)].score == Decimal("91.00")
    assert found[(2566, "OIT", 10)].indicator == "การป้องกันการทุจริต"
    assert len(found) == 2 * 10 - 1 + 2 * 3
    assert {row.organization for row in found.values()} == {"องค์การบริหารส่วนตำบลหนองน้ำใส"}


MEMO_WITH_INDICATOR_LINES = "\n".join(
    [
        "บันทึกข้อความ",
        "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลโคกมะขามป้อม",
        "ที่ สม 70001/2567 วันที่ 3 มีนาคม 2567",
        "เรื่อง รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566",
        "เรียน นายกองค์การบริหารส่วนตำบลโคกมะขามป้อม",
        "ตามที่องค์การบริหารส่วนตำบลโคกมะขามป้อมได้รับการประเมินคุณธรรมและความโปร่งใส (ITA)",
        "ประจำปีงบประมาณ พ.ศ. 2566 บัดนี้ทราบผลแล้ว ดังนี้",
        "ตัวชี้วัด ที่ 8 การปรับปรุงการทำงาน ร้อยละ 86.74",
        "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ร้อยละ 92.00",
        "แบบวัด OIT ได้คะแนน 95.25 คะแนน",
        "ภาพรวมได้คะแนน 90.10 คะแนน อยู่ในระดับ A ซึ่งสูงกว่าเป้าหมาย 85 คะแนน",
        "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ร้อยละ 86.74 ยังต้องพัฒนาต่อไป",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "(นางสาวมะลิ ใจงาม)",
        "นักวิเคราะห์นโยบายและแผน",
    ]
)


def test_indicator_lines_and_prose_in_a_memo() -> None:
    parsed = parse_pages(MEMO_WITH_INDICATOR_LINES)
    assert parsed[0].document.doc_type == "memo"
    found = scores(parsed)
    assert set(found) == {(2566, "EIT", 8), (2566, "OIT", 9), (2566, "OIT", None), (2566, "ITA", None)}
    assert found[(2566, "EIT", 8)].indicator == "การปรับปรุงการทำงาน"
    assert found[(2566, "EIT", 8)].score == Decimal("86.74")
    assert found[(2566, "OIT", 9)].score == Decimal("92.00")
    assert found[(2566, "OIT", None)].score == Decimal("95.25")
    assert found[(2566, "ITA", None)].score == Decimal("90.10")
    assert found[(2566, "ITA", None)].organization == "องค์การบริหารส่วนตำบลโคกมะขามป้อม"


# Documents and every score read from them: (page lines, {(year, instrument, indicator): score}).
SCORE_CASES = [
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
            "เทศบาลเมืองท่าข้าวหอม",
            "ผลการประเมิน ITA ปี 2565 ได้คะแนน 70.50 คะแนน และปี 2566 ได้คะแนน 81.25 คะแนน",
            "ตัวชี้วัด\tคะแนน",
            "1. การปฏิบัติหน้าที่\t90.00",
        ],
        {
            (2565, "ITA", None): Decimal("70.50"),
            (2566, "ITA", None): Decimal("81.25"),
            # the table follows a line naming 2566 last
            (2566, "IIT", 1): Decimal("90.00"),
        },
        id="prose_year_before_each_score_and_document_year_as_fallback",
    ),
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566",
            "เทศบาลตำบลบ้านสวนหมาก",
            "ผลการประเมิน (ITA) ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนน 91.05 คะแนน ซึ่งสูงกว่า",
            "ปีงบประมาณ พ.ศ. 2565 ที่ได้ 84.60 คะแนน",
        ],
        {
            (2566, "ITA", None): Decimal("91.05"),
            (2565, "ITA", None): Decimal("84.60"),
        },
        id="sentence_going_on_to_the_next_line_keeps_its_label",
    ),
    pytest.param(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
            "เทศบาลตำบลบ้านสวนหมาก",
            "ผลการประเมิน ITA ปี 2566",
            "ตัวชี้วัด\tคะแนน",
            "1. การเปิดเผยข้อมูล\t62.00",
            "มาตรการ/แนวทาง\tเป้าหมาย\tผู้รับผิดชอบ\tระยะเวลา",
            "1. การเปิดเผยข้อมูล\tร้อยละ 85\tงานประชาสัมพันธ์\tตลอดปี",
            "2. การป้องกันการทุจริต\t100\tงานนิติการ\tตลอดปี",
        ],
        {
            (2566, "OIT", 9): Decimal("62.00"),
        },
        id="targets_in_a_measures_table_are_not_scores",
    ),
    pytest.param(
        [
            "คำสั่งเทศบาลตำบลบ้านสวนหมาก",
            "ที่ 12/2567",
            "เรื่อง แต่งตั้งคณะทำงานการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567",
            "1.1 นายสมปอง ใจดี\tปลัดเทศบาล\tประธานคณะทำงาน",
            "1.2 นางสาวแก้วตา ดวงดี\tครู คศ.3\tคณะทำงาน",
            "ให้ตอบแบบวัด IIT ไม่น้อยกว่า 30 คน และมีคะแนนไม่ต่ำกว่า 85 คะแนน",
            "สั่ง ณ วันที่ 5 มกราคม พ.ศ. 2567",
        ],
        {},
        id="documents_without_scores_give_none",
    ),
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2567",
            "องค์การบริหารส่วนตำบลบ้านสวนหมาก",
            "ข้อ\tรายการ\tคะแนน",
            "O32\tการดำเนินการเพื่อป้องกันการทุจริต\t100",
            "O33\tมาตรการส่งเสริมคุณธรรมและความโปร่งใส\t50",
            "ข้อ O33 การดำเนินการเพื่อป้องกันการทุจริต ได้ 100 คะแนน",
            "ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 81.25 คะแนน",
        ],
        {
            (2567, "OIT", 10): Decimal("81.25"),
        },
        id="oit_checklist_items_are_not_indicators",
    ),
    pytest.param(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลบ้านสวนหมาก",
            "เรื่อง รายงานผลการประเมิน ITA ประจำปี 2566",
            "เรียน นายกองค์การบริหารส่วนตำบลบ้านสวนหมาก",
            "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนนรวม 88.50 อยู่ในระดับ A",
            "โดยแยกเป็น IIT ได้ 90.20 คะแนน และ EIT 86.40%",
            "ตัวชี้วัดที่ 10 การป้องกันการทุจริต (75.00 คะแนน) และค่าเป้าหมายปีต่อไป 90 คะแนน",
        ],
        {
            (2566, "ITA", None): Decimal("88.50"),
            (2566, "IIT", None): Decimal("90.20"),
            (2566, "EIT", None): Decimal("86.40"),
            (2566, "OIT", 10): Decimal("75.00"),
        },
        id="prose_totals_percent_signs_bracketed_scores_and_far_targets",
    ),
    pytest.param(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ  สำนักปลัด องค์การบริหารส่วนตำบลทดสอบ",
            "เรื่อง ขออนุมัติประกาศใช้แผนปฏิบัติการป้องกันการทุจริต",
            "สิ่งที่ส่งมาด้วย\t1. ร่างแผนปฏิบัติการป้องกันการทุจริต (ฉบับเพิ่มเติม)\tจำนวน\t1\tชุด",
            "แผนนี้ครอบคลุมตัวชี้วัดที่ 10 การป้องกันการทุจริต ของการประเมิน ITA",
        ],
        {},
        id="a_count_between_its_label_and_its_unit_is_no_score",
    ),
    pytest.param(
        [
            "ที่ สต 73204/1158",
            "เรื่อง  รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
            "สิ่งที่ส่งมาด้วย  1. สำเนาประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
            "                 2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี พ.ศ. 2569",
            "          องค์การบริหารส่วนตำบลสมมุติได้คะแนนในภาพรวม 88.80 คะแนน อยู่ในระดับ A",
            "          1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency",
            "Assessment : IIT) น้ำหนักร้อยละ 30 ได้คะแนน 91.20 คะแนน",
        ],
        {
            (2568, "ITA", None): Decimal("88.80"),  # the attached measures' year is not the year scored
            (2568, "IIT", None): Decimal("91.20"),  # the weight (ร้อยละ 30) is no score
        },
        id="a_letter_reporting_its_scores_with_weights_and_next_years_measures_attached",
    ),
    pytest.param(
        [
            "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
            "Assessment : IIT) นำหนักร้อยละ 30 ได้คะแนน 91.20 คะแนน",
            "(ปี 2567 ได้ 86.40 คะแนน)",
            "1.1 ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 93.80 คะแนน",
        ],
        {
            (2568, "IIT", None): Decimal("91.20"),
            (2567, "IIT", None): Decimal("86.40"),
            (2568, "IIT", 1): Decimal("93.80"),
        },
        id="a_weight_whose_marks_a_scan_lost_is_no_score_and_a_bracketed_aside_sets_no_year",
    ),
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
            "องค์การบริหารส่วนตำบลหนองบัวเงิน",
            "ตัวชี้วัด\tคะแนนตามปีงบประมาณ\t\t\tผลต่าง",
            "\tWA ๒๕๒๐๒๐\tพ ศ ๒๕๖๗\tพ ศ ๒๕๖๘ '\t(๒๕๖๘ - ๒๕๖๗)",  # a scan: a year garbled, dots lost, a speck
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
            "๑. การปฏิบัติหน้าที่\t85.40\t88.20\t92.45\t+4.25",
        ],
        {
            (2566, "IIT", 1): Decimal("85.40"),
            (2567, "IIT", 1): Decimal("88.20"),
            (2568, "IIT", 1): Decimal("92.45"),
        },
        id="year_columns_run_one_a_column_so_a_garbled_one_beside_them_is_the_year_before",
    ),
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
            "ตัวชี้วัด\tพ.ศ. 2567\tพ.ศ. 2568",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
            "๕. การแก้ไขปัญหาการทุจริต\t81.30\t86.50\t+5.20คะแนนเฉลี่ย\t84.90\t89.40",  # a scan ran two rows together
            "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
            "๒. การป้องกันการทุจริต\t72.50\t87.50",
            "คะแนนเฉลี่ย0\t78.75\t91.75",  # OIT read as 0
            "คะแนน ITA (ถ่วงน้ำหนัก)\t80.97\t89.20",
        ],
        {
            (2567, "IIT", 5): Decimal("81.30"),
            (2568, "IIT", 5): Decimal("86.50"),
            (2567, "IIT", None): Decimal("84.90"),
            (2568, "IIT", None): Decimal("89.40"),
            (2567, "OIT", 10): Decimal("72.50"),
            (2568, "OIT", 10): Decimal("87.50"),
            (2567, "OIT", None): Decimal("78.75"),
            (2568, "OIT", None): Decimal("91.75"),
            (2567, "ITA", None): Decimal("80.97"),
            (2568, "ITA", None): Decimal("89.20"),
        },
        id="two_rows_a_scan_ran_together_and_mean_rows_whose_instrument_code_was_lost",
    ),
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "การประเมินเมื่อวันศุกร์ที่ ๒๖ กันยายน ๒๕๖๘ ได้คะแนน ๘๗.๕๐ คะแนน อยู่ใน",
            "ระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งได้ ๘๑.๒๖ คะแนน",  # the year compared with, same line
            "ตัวชี้วัดที่\tชื่อตัวชี้วัด\tเครื่องมือ\tคะแนน\tระดับ",
            "๑\tการปฏิบัติหน้าที่\tIIT\t๙๕.๒๐\tAA",
        ],
        {(2568, "IIT", 1): Decimal("95.20")},
        id="a_year_the_line_compares_with_sets_no_year_for_the_table_after_it",
    ),
    pytest.param(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "ระดับ A ผ่านเกณฑ์การประเมิน (๘๕ คะแนน) เพิ่มขึ้นจากปีงบประมาณ",
            "พ.ศ. ๒๕๖๗ ซึ่งได้ ๘๑.๒๖ คะแนน",  # a browser wrapped the comparison before its year
            "ตัวชี้วัดที่\tชื่อตัวชี้วัด\tเครื่องมือ\tคะแนน\tระดับ",
            "๑\tการปฏิบัติหน้าที่\tIIT\t๙๕.๒๐\tAA",
        ],
        {(2568, "IIT", 1): Decimal("95.20")},
        id="a_comparison_wrapped_before_its_year_sets_no_year_either",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), SCORE_CASES)
def test_scores_read(lines: list[str], expected: dict[tuple[int, str, int | None], Decimal]) -> None:
    found = scores(parse_pages("\n".join(lines)))
    assert {key: row.score for key, row in found.items()} == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("1. การปฏิบัติหน้าที่", 1),
        ("การแก้ไขปัญหาทุจริต", 5),
        ("3) การปรับปรุงระบบการทำงาน", 8),
        ("ประสิทธิภาพการสือสาร", 7),  # a vowel lost by OCR
        ("การป้องกันการทุจริต", 10),
        ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", None),
        ("งบประมาณรายจ่ายประจำปี", None),
    ],
)
def test_indicator_names(label: str, expected: int | None) -> None:
    found = match_indicator(label)
    assert (found[0] if found else None) == expected


def test_instrument_names() -> None:
    assert instrument_of("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน") == "IIT"
    assert (
        instrument_of("ผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment : IIT)") == "EIT"
    )
    assert instrument_of("แบบตรวจการเปิดเผยข้อมูลสาธารณะ") == "OIT"
    assert instrument_of("การปฏิบัติหน้าที่") is None


def readme_query() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## ITA scores", 1)[1]
    match = re.search(r"```sql\n(.*?)```", section, re.S)
    assert match, "README: the ITA section has no SQL example"
    return match.group(1)


def test_readme_query_lists_scores_by_office_year_instrument_indicator(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TWO_YEARS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PER_INSTRUMENT, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], db, Settings(workers=1))
    assert not summary.failures, summary.failures
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute(readme_query())
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()
    assert columns[:5] == ["organization", "fiscal_year", "instrument", "indicator_no", "indicator"]
    assert "score" in columns
    assert len(rows) == 25 + 11
    keys = [row[:4] for row in rows]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2], k[3] is None, k[3] or 0))
    assert rows[0][:4] == ("องค์การบริหารส่วนตำบลหนองน้ำใส", 2565, "EIT", 6)
    assert ("เทศบาลตำบลบ้านสวนหมาก", 2566, "ITA", None) in keys


def test_earlier_year_in_a_comparison_sentence_does_not_date_the_next_table() -> None:
    text = "\n".join(
        [
            "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
            "เทศบาลตำบลบ้านสวนหมาก",
            "ผลคะแนน ITA ของเทศบาลตำบลบ้านสวนหมาก ประจำปีงบประมาณ พ.ศ. 2567 เท่ากับ 88.50 คะแนน ระดับ A",
            "ทั้งนี้ ในปี 2566 ได้ 80.10 คะแนน",
            "ตัวชี้วัด\tคะแนน\tระดับ",
            "การปฏิบัติหน้าที่\t95.20\tAA",
            "การปรับปรุงระบบการทำงาน\t84.90\tB",
            "ค่าเป้าหมาย 85 คะแนน",
        ]
    )
    found = scores(parse_pages(text))
    assert {key: row.score for key, row in found.items()} == {
        (2567, "ITA", None): Decimal("88.50"),
        (2566, "ITA", None): Decimal("80.10"),
        (2567, "IIT", 1): Decimal("95.20"),
        (2567, "EIT", 8): Decimal("84.90"),
    }
    assert found[(2567, "EIT", 8)].indicator == "การปรับปรุงระบบการทำงาน"


# Documents and some of their scores: (page lines, {(year, instrument, indicator): score, or None for none}).
SOME_SCORE_CASES = [
    pytest.param(
        [
            "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลนาโพธิ์ใต้",
            "ตัวชี้วัด\tคะแนน",
            "1. การปฏิบัติหน้าที่\t91.20",
            "2. การใช้งบประมาณ\t88.10",
            "รวม IT\t89.65",
            "คุณภาพการดำเนินงาน\t90.00",
            "รวม ET\t90.00",
        ],
        {
            (2567, "IIT", None): Decimal("89.65"),
            (2567, "EIT", None): Decimal("90.00"),
            (2567, "ITA", None): None,
        },
        id="instrument_total_whose_code_ocr_garbled",
    ),
    pytest.param(
        [
            "รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลนครลำปางใต้",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน เพิ่มขึ้นจากร้อยละ 88.40",
            "ในปี 2566 เป็นร้อยละ 93.12 ในปี 2567",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก เพิ่มขึ้นจากร้อยละ 82.15 เป็นร้อยละ 87.79",
        ],
        {
            (2567, "IIT", None): Decimal("93.12"),
            (2566, "EIT", None): Decimal("82.15"),
            (2567, "EIT", None): Decimal("87.79"),
        },
        id="scores_compared_in_prose_get_their_years",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), SOME_SCORE_CASES)
def test_some_scores_read(lines: list[str], expected: dict[tuple[int, str, int | None], Decimal | None]) -> None:
    found = scores(parse_pages("\n".join(lines)))
    assert {key: found[key].score if key in found else None for key in expected} == expected


def test_an_ocr_read_weight_header_and_a_score_without_its_dot() -> None:
    from tests.conftest import parse_pages

    text = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "ตัวชี้วัด\tน้าหนัก (ร้อยละ)\tปี 2567\tปี 2568",
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\t30\t86.05\t90.14",
            "1. การปฏิบัติหน้าที่\t\t9012\t94.35",
        ]
    )
    scores = {
        (r.fiscal_year, r.instrument, r.indicator_no): r.score
        for p in parse_pages(text) for r in p.rows if type(r).__name__ == "ItaScore"
    }
    assert str(scores[(2567, "IIT", None)]) == "86.05" and str(scores[(2567, "IIT", 1)]) == "90.12"


def test_an_instrument_row_broken_over_a_page_takes_its_name_from_the_next_line() -> None:
    # LibreOffice broke the row in its label cell: the scores stay with the first half
    first = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ที่\tแบบวัด / ตัวชี้วัด\tผลคะแนน\t\tเพิ่มขึ้น (+) / ลดลง (-)",
            "\t\tปีงบประมาณ 2567\tปีงบประมาณ 2568\t",
            "\tแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสีย\t83.31\t86.58\t+3.27",
        ]
    )
    second = "\n".join(
        [
            "\tภายใน (Internal Integrity and Transparency Assessment : IIT)\t\t\t",
            "1\tการปฏิบัติหน้าที่\t88.50\t91.25\t+2.75",
        ]
    )
    scores = {
        (r.fiscal_year, r.instrument, r.indicator_no): r.score
        for p in parse_pages(first, second)
        for r in p.rows
        if isinstance(r, ItaScore)
    }
    assert scores[(2567, "IIT", None)] == Decimal("83.31")
    assert scores[(2568, "IIT", None)] == Decimal("86.58")
    assert scores[(2568, "IIT", 1)] == Decimal("91.25")


def test_a_report_comparing_a_span_of_years_is_of_the_last() -> None:
    assert report_year("รายงานผลการประเมิน ITA เปรียบเทียบปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๖๘") == 2568
    assert report_year("รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 (ข้อมูล 2560 - 2561)") == 2568
    assert report_year("ไม่มีปี") is None



def test_a_year_the_line_above_compares_with_sets_no_year_for_the_lines_after() -> None:
    page = "\n".join(
        [
            "รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
            "ได้คะแนนในภาพรวม 88.80 คะแนน อยู่ในระดับ A ซึ่งเพิ่มขึ้นจาก",
            "ปีงบประมาณ พ.ศ. 2567 ที่ได้คะแนน 81.15 คะแนน รายละเอียดแยกตามเครื่องมือ ดังนี้",
            "1.1 ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 93.80 คะแนน",
        ]
    )
    found = scores(parse_pages(page))
    assert (2568, "IIT", 1) in found and (2567, "IIT", 1) not in found


def test_instruments_across_and_years_down() -> None:
    found = scores(
        parse_pages(
            "\n".join(
                [
                    "รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
                    "เทศบาลตำบลทดสอบ",
                    "ปีงบประมาณ\tIIT\tEIT\tOIT\tคะแนน ITA\tระดับ",
                    "\t(ร้อยละ 30)\t(ร้อยละ 30)\t(ร้อยละ 40)\t(ถ่วงน้ำหนัก)\t",
                    "พ.ศ. 2567\t81.95\t81.12\t71.88\t77.67\tB",
                    "พ.ศ. 2568\t89.12\t87.86\t93.96\t90.68\tA",
                ]
            )
        )
    )
    assert {key: row.score for key, row in found.items()} == {
        (2567, "IIT", None): Decimal("81.95"),
        (2567, "EIT", None): Decimal("81.12"),
        (2567, "OIT", None): Decimal("71.88"),
        (2567, "ITA", None): Decimal("77.67"),
        (2568, "IIT", None): Decimal("89.12"),
        (2568, "EIT", None): Decimal("87.86"),
        (2568, "OIT", None): Decimal("93.96"),
        (2568, "ITA", None): Decimal("90.68"),
    }


def test_a_purchase_list_in_a_memo_about_oit_gives_no_scores() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "บันทึกข้อความ",
                "ส่วนราชการ  กองคลัง อบต.ทดสอบ",
                "เรื่อง  รายงานขอซื้อวัสดุสำหรับระบบเผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
                "เรียน  นายก อบต.ทดสอบ",
                "ลำดับ\tรายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย (บาท)\tจำนวนเงิน (บาท)",
                "1\tฮาร์ดดิสก์ภายนอก ขนาด 2 TB\t2\tลูก\t2,650\t5,300",
                "2\tตลับหมึกพิมพ์เลเซอร์ สีดำ\t4\tกล่อง\t2,390\t9,560",
                "3\tเมาส์ไร้สาย\t5\tอน\t390\t1,950",  # its unit garbled by a scan: the amounts say
            ]
        )
    )
    assert scores(parsed) == {}


def test_a_scans_packed_columns_and_a_lost_instrument_header() -> None:
    from parsers.ita_scores import split_packed, with_lost_instrument

    assert split_packed(["1.การปฏิบัติหน้าที่", "85.20 91.40 +'6.20"]) == ["1.การปฏิบัติหน้าที่", "85.20", "91.40", "+'6.20"]
    assert split_packed(["ตัวชี้วัด", "ปี", "2567 ปี 2568"]) == ["ตัวชี้วัด", "ปี", "2567", "ปี 2568"]
    assert split_packed(["ตัวชี้วัด", "ปี2567 ปี 2568 เพิ่ม/ลด"]) == ["ตัวชี้วัด", "ปี2567", "ปี 2568", "เพิ่ม/ลด"]
    assert split_packed(["ได้ 85.20 คะแนน"]) == ["ได้ 85.20 คะแนน"]
    # ``ปีงบประมาณ | (IIT read as nothing) | EIT | OIT | คะแนน ITA``
    row = ["ปีงบประมาณ", "", "EIT", "OIT", "คะแนน ITA"]
    assert with_lost_instrument({2: "EIT", 3: "OIT", 4: "ITA"}, row) == {1: "IIT", 2: "EIT", 3: "OIT", 4: "ITA"}
    assert with_lost_instrument({2: "EIT", 3: "OIT"}, ["ปี", "x", "EIT", "OIT"]) == {2: "EIT", 3: "OIT"}
    # the header's IIT cell dropped altogether: the rows' cells stand one further on
    header = ["ปีงบประมาณ", "EIT", "OIT", "คะแนน โล", "ระดับ"]
    assert with_lost_instrument({1: "EIT", 2: "OIT"}, header) == {1: "IIT", 2: "EIT", 3: "OIT", 4: "ITA"}


def test_scores_wrapped_under_their_indicators_and_a_scans_IT_for_IIT() -> None:
    # a scan (or a browser) wrapped the dot leaders: each score alone on the line under its
    # indicator, whose number the scan garbled (``ที่ๆ``: the name says 7); ``IT`` heads a row
    text = "\n".join(
        [
            "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "องค์การบริหารส่วนตำบลทดสอบ",
            "ส่วนที่ 2 ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2568",
            "(1) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)   91.95",
            "       ตัวชีวัดที1 การปฏิบัติหน้าที่ ........ cecececcce",
            "       94.12",
            "       ตัวชี้วัดที่ 2  การใช้งบประมาณ ...........",  # (งบประมาณ: no other table's header)
            "       91.08",
            "(2) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)   84.85",
            "       ตัวชี้วัดที่ๆ ประสิทธิภาพการสื่อสาร",
            "       84.05",
            "ส่วนที่ 3 เปรียบเทียบผลการประเมินย้อนหลัง",
            "แบบวัด\tปี 2568\tปี 2567",
            "IT\t91.95\t86.42",
            "EIT\t84.85\t80.18",
        ]
    )
    found = {(r.fiscal_year, r.instrument, r.indicator_no): r.score for p in parse_pages(text) for r in p.rows if isinstance(r, ItaScore)}
    assert found[(2568, "IIT", 1)] == Decimal("94.12")
    assert found[(2568, "IIT", 2)] == Decimal("91.08")
    assert found[(2568, "EIT", 7)] == Decimal("84.05")
    assert found[(2567, "IIT", None)] == Decimal("86.42")


def test_a_scans_garbled_points_and_the_row_labels_of_a_years_table_it_lost() -> None:
    text = "\n".join(
        [
            "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "ส่วนที่ 2 ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2568",
            "(1) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
            "                        91-.95",  # the instrument's score under it, its point garbled
            "       ตัวชีวัดที3 การใช้อำนาจ",
            "       95,35",
            "ส่วนที่ 3 เปรียบเทียบผลการประเมินย้อนหลัง",
            "แบบวัด\tปี 2568\tปี 2567",
            "แห\t91.95\t86.42",  # IIT garbled past reading, above EIT
            "EIT\t84.85\t80.18",
            "OIT\t90.70\t76.55",
            "คะแนน!11โค\t89.32\t80.60",  # คะแนน ITA under OIT
        ]
    )
    found = {(r.fiscal_year, r.instrument, r.indicator_no): r.score for p in parse_pages(text) for r in p.rows if isinstance(r, ItaScore)}
    assert found[(2568, "IIT", None)] == Decimal("91.95")
    assert found[(2568, "IIT", 3)] == Decimal("95.35")
    assert found[(2567, "IIT", None)] == Decimal("86.42")
    assert found[(2567, "ITA", None)] == Decimal("80.60")


def test_a_column_per_indicator_and_a_row_per_year_named_by_a_legend() -> None:
    """Years down, indicators across under their instrument's header, instrument totals and
    ITA after them; the indicators named only in a legend under the table (fictional
    เทศบาลตำบลโคกมะม่วงทอง)."""
    head = "ปีงบประมาณ\tแบบวัด IIT (ตัวชี้วัดที่)\t\t\t\t\tแบบวัด EIT (ตัวชี้วัดที่)\t\t\tแบบวัด OIT (ตัวชี้วัดที่)\t\tคะแนนรายแบบวัด\t\t\tคะแนน ITA\tระดับ"
    text = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เทศบาลตำบลโคกมะม่วงทอง",
            head,
            "\t๑\t๒\t๓\t๔\t๕\t๑\t๒\t๓\t๑\t๒\tIIT\tEIT\tOIT\t\t",
            "2567\t90.10\t76.40\t85.60\t80.00\t79.30\t84.20\t81.60\t77.30\t81.25\t68.75\t82.28\t81.03\t75.00\t79.19\tB",
            "2568\t94.50\t82.10\t90.30\t85.70\t88.60\t86.40\t84.10\t80.70\t93.75\t87.50\t88.24\t83.73\t90.63\t87.84\tA",
            "ผลต่าง\t+4.40\t+5.70\t+4.70\t+5.70\t+9.30\t+2.20\t+2.50\t+3.40\t+12.50\t+18.75\t+5.96\t+2.70\t+15.63\t+8.65\t",
            "หมายเหตุ   ตัวชี้วัดที่ ๑     การปฏิบัติหน้าที่               ตัวชี้วัดที่ ๖     คุณภาพการดำเนินงาน",
            "          ตัวชี้วัดที่ ๘     การปรับปรุงระบบการทำงาน",
        ]
    )
    found = scores(parse_pages(text))
    assert found[(2567, "IIT", 1)].score == Decimal("90.10")
    assert found[(2568, "EIT", 6)].score == Decimal("86.40")  # EIT's ๑ is the framework's 6
    assert found[(2568, "OIT", 10)].score == Decimal("87.50")
    assert found[(2568, "OIT", None)].score == Decimal("90.63")
    assert found[(2567, "ITA", None)].score == Decimal("79.19")
    assert found[(2568, "IIT", 1)].indicator == "การปฏิบัติหน้าที่"
    assert found[(2568, "EIT", 8)].indicator == "การปรับปรุงระบบการทำงาน"
    assert found[(2568, "IIT", 2)].indicator is None  # the legend does not name it
    assert len([k for k in found if k[0] in (2567, 2568)]) == 28  # the differences row is no year
    # a producer that justified the codes' cells spaced their letters (``EI T``)
    spaced = scores(parse_pages(text.replace("\tEIT\tOIT\t", "\tEI T\tOI T\t")))
    assert spaced[(2568, "EIT", None)].score == Decimal("83.73")


def test_a_lone_number_between_the_rows_of_a_years_down_table() -> None:
    """A cell clipped at the page's edge leaves its last digit on a line of its own between
    the rows: no row, and the table goes on."""
    text = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "ปีงบประมาณ\tIIT\tEIT\tOIT",
            "2567\t82.30\t81.08\t75.00",
            "7",
            "2568\t88.28\t83.79\t90.63",
        ]
    )
    found = scores(parse_pages(text))
    assert found[(2568, "OIT", None)].score == Decimal("90.63")
    assert found[(2567, "IIT", None)].score == Decimal("82.30")


def test_two_years_side_by_side_each_with_its_level_column() -> None:
    text = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๗",
            "ที่\tตัวชี้วัด\tปี ๒๕๖๘\tระดับ\tปี ๒๕๖๗\tระดับ",
            "๑\tการปฏิบัติหน้าที่\t๙๓.๔๒\tA\t88.10\tA",
            "๒\tการใช้งบประมาณ\t๘๘.๑๕\tA\t79.45\tB",
            "\tคะแนนแบบวัด IIT (ร้อยละ ๓๐)\t๘๙.๙๒\tA\t82.54\tB",
        ]
    )
    found = scores(parse_pages(text))
    assert found[(2567, "IIT", 1)].score == Decimal("88.10")
    assert found[(2568, "IIT", 2)].score == Decimal("88.15")
    assert found[(2567, "IIT", None)].score == Decimal("82.54")
