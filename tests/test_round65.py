"""Round of heldout65-67 (issues 11 and 12): each test failed before its fix; guards keep what
the earlier rounds read."""

from __future__ import annotations

from schemas import ProjectSheet
from tests.conftest import parse_pages
from tests.test_round28 import rows_of

PLAN_ROWS = [
    "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
    "องค์การบริหารส่วนตำบลหนองตาล",
    "ที่\tโครงการ\tงบประมาณ (บาท)\tผู้รับผิดชอบ",
    "1\tโครงการอบรมจริยธรรมพนักงาน\t25,000\tสำนักปลัด",
    "2\tโครงการตลาดนัดความโปร่งใส\t12,000\tกองคลัง",
    "รวม\t2 โครงการ\t37,000\t",
]


def test_a_sheet_typed_as_a_ruled_form_with_numbered_rows() -> None:
    # heldout66 06: ``ที่ | หัวข้อ | รายละเอียด``, labels wrapped over rows (``หลักการ`` / ``และเหตุผล``,
    # ``ระยะเวลา`` / ``ดำเนินการ`` with an empty detail cell): sections ran into each other
    sheet = [
        "รายละเอียดโครงการ/กิจกรรม/มาตรการ",
        "ลำดับที่ 1",
        "ที่\tหัวข้อ\tรายละเอียด",
        "1\tชื่อโครงการ\tโครงการอบรมจริยธรรมพนักงาน",
        "2\tหลักการ\tพนักงานควรยึดมั่นในประมวลจริยธรรม",
        "\tและเหตุผล\tจึงจัดทำโครงการนี้ขึ้น",
        "3\tวัตถุประสงค์\t(1) เพื่อให้พนักงานรู้จักประมวลจริยธรรม",
        "\t\t(2) เพื่อป้องกันการทุจริต",
        "4\tระยะเวลา\tมีนาคม 2569",
        "\tดำเนินการ\t",
        "5\tงบประมาณ\t25,000 บาท",
        "6\tผลที่คาดว่า\t(1) พนักงานปฏิบัติงานอย่างซื่อสัตย์",
        "\tจะได้รับ\t(2) ไม่มีเรื่องร้องเรียน",
    ]
    parsed = parse_pages("\n".join(PLAN_ROWS), "\n".join(sheet))
    (found,) = rows_of(parsed, ProjectSheet)
    assert found.name == "โครงการอบรมจริยธรรมพนักงาน"
    assert found.rationale == "พนักงานควรยึดมั่นในประมวลจริยธรรม จึงจัดทำโครงการนี้ขึ้น"
    assert found.objectives == ["เพื่อให้พนักงานรู้จักประมวลจริยธรรม", "เพื่อป้องกันการทุจริต"]
    assert found.period == "มีนาคม 2569"
    assert found.budget_thb is not None and int(found.budget_thb) == 25000
    assert found.outcomes == ["พนักงานปฏิบัติงานอย่างซื่อสัตย์", "ไม่มีเรื่องร้องเรียน"]


def test_a_two_column_form_over_a_page_break() -> None:
    # heldout65 06: ``หัวข้อ | รายละเอียด``, numbered labels, the header repeated on the next page
    # and ``(ต่อ)`` right of the last row: the header's words ran into the target group
    first = [
        "แบบรายละเอียดโครงการ/กิจกรรม/มาตรการ",
        "ลำดับที่ 2",
        "หัวข้อ\tรายละเอียด",
        "1. ชื่อโครงการ\tโครงการตลาดนัดความโปร่งใส",
        "2. กลุ่มเป้าหมาย\tผู้ค้าในตลาด จำนวน 40 ราย\t(ต่อ)",
    ]
    second = [
        "หัวข้อ\tรายละเอียด",
        "3. ระยะเวลาดำเนินการ\tมิถุนายน 2569",
        "4. งบประมาณ\t12,000 บาท",
    ]
    parsed = parse_pages("\n".join(PLAN_ROWS), "\n".join(first), "\n".join(second))
    (found,) = rows_of(parsed, ProjectSheet)
    assert found.name == "โครงการตลาดนัดความโปร่งใส"
    assert found.target_group == "ผู้ค้าในตลาด จำนวน 40 ราย"
    assert found.period == "มิถุนายน 2569"
