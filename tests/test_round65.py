"""Round of heldout65-67 (issues 11 and 12): each test failed before its fix; guards keep what
the earlier rounds read."""

from __future__ import annotations

from functools import partial

from schemas import ProjectSheet
from tests.conftest import guard_records, parse_pages
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


ITA_HEAD = [
    "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    "ประจำปีงบประมาณ พ.ศ. 2569",
    "องค์การบริหารส่วนตำบลหนองตาล",
]


def ita_scores(*lines: str) -> dict[tuple[int | None, str, int | None], float]:
    from schemas import ItaScore

    parsed = parse_pages("\n".join([*ITA_HEAD, *lines]))
    return {(r.fiscal_year, r.instrument, r.indicator_no): float(r.score) for r in rows_of(parsed, ItaScore)}


def test_an_instruments_across_table_with_a_row_of_scores_a_year() -> None:
    # heldout65 07: ``รายการ | IIT | EIT | OIT | ITA`` over ``คะแนน ปี 2568`` and ``คะแนน ปี 2569``:
    # the earlier year's row ended the table
    found = ita_scores(
        "รายการ\tIIT\tEIT\tOIT\tITA",
        "น้ำหนัก (ร้อยละ)\t30\t30\t40\t100",
        "คะแนน ปี 2568\t85.10\t80.20\t75.30\t79.68",
        "คะแนน ปี 2569\t88.00\t82.00\t86.00\t85.40",
        "ระดับ ปี 2569\tA\tB\tA\tA",
    )
    assert found[(2568, "EIT", None)] == 80.20 and found[(2568, "ITA", None)] == 79.68
    assert found[(2569, "OIT", None)] == 86.00 and found[(2569, "ITA", None)] == 85.40


def test_an_indicators_across_table() -> None:
    # heldout67 07: ``ตัวชี้วัดที่ | 1 | ... | 10`` over ``แบบวัด``, ``คะแนน`` and ``ระดับ`` rows, and
    # ``แบบวัด | IIT | EIT | OIT | ITA`` over ``คะแนน``: neither was read
    found = ita_scores(
        "แบบวัด\tIIT\tEIT\tOIT\tITA",
        "คะแนน\t88.00\t82.00\t86.00\t85.40",
        "",
        "ตัวชี้วัดที่\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10",
        "แบบวัด\tIIT\tIIT\tIIT\tIIT\tIIT\tEIT\tEIT\tEIT\tOIT\tOIT",
        "คะแนน\t91.00\t85.00\t90.00\t87.00\t87.00\t83.00\t81.00\t82.00\t90.00\t82.00",
        "ระดับ\tA\tB\tA\tA\tA\tB\tB\tB\tA\tB",
    )
    assert found[(2569, "IIT", None)] == 88.00 and found[(2569, "ITA", None)] == 85.40
    assert (
        found[(2569, "IIT", 2)] == 85.00
        and found[(2569, "EIT", 7)] == 81.00
        and found[(2569, "OIT", 10)] == 82.00
    )
    assert len([k for k in found if k[2] is not None]) == 10


def test_an_oit_table_with_items_passed_beside_the_score() -> None:
    # heldout66 07: ``ตัวชี้วัดที่ | ชื่อ | จำนวนข้อ | ข้อที่ผ่าน | คะแนน``: the items passed read as the score
    found = ita_scores(
        "ตัวชี้วัดที่\tชื่อตัวชี้วัด\tจำนวนข้อ\tข้อที่ผ่าน\tคะแนน",
        "9\tการเปิดเผยข้อมูล\t24\t20\t83.33",
        "10\tการป้องกันการทุจริต\t10\t9\t90.00",
    )
    assert found[(2569, "OIT", 9)] == 83.33 and found[(2569, "OIT", 10)] == 90.00


def test_a_measures_table_with_activities_numbered_under_each_measure() -> None:
    # heldout65 08: ``มาตรการ/แนวทางการดำเนินการ`` read as a method column (no measure column: no
    # table), and ``1.1 | จัดทำ...`` rows under measure 1 ran into its name and its responsible
    from schemas import Measure

    text = [
        "ประกาศเทศบาลตำบลหนองตาล",
        "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "ที่\tมาตรการ/แนวทางการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
        "1\tมาตรการเปิดเผยข้อมูลการจัดซื้อ\tกองคลัง\tต.ค. 2568 -\tรายงานทุกไตรมาส",
        "\tจัดจ้างต่อสาธารณะ\t(งานพัสดุ)\tก.ย. 2569\t",
        "1.1\tเผยแพร่แผนการจัดซื้อจัดจ้าง\t\t\t",
        "\tบนเว็บไซต์\t\t\t",
        "1.2\tรายงานผลรายเดือน\t\t\t",
        "2\tมาตรการงดรับของขวัญ\tสำนักปลัด\tต.ค. - ธ.ค. 2568\tรายงานเมื่อสิ้นปี",
    ]
    found = rows_of(parse_pages("\n".join(text)), Measure)
    assert [(m.seq, m.measure) for m in found] == [
        (1, "มาตรการเปิดเผยข้อมูลการจัดซื้อ จัดจ้างต่อสาธารณะ"),
        (2, "มาตรการงดรับของขวัญ"),
    ]
    assert found[0].method == "1.1 เผยแพร่แผนการจัดซื้อจัดจ้าง บนเว็บไซต์ 1.2 รายงานผลรายเดือน"
    assert found[0].responsible == "กองคลัง (งานพัสดุ)" and found[0].period == "ต.ค. 2568 - ก.ย. 2569"


def test_guard_an_unnumbered_form_with_sections_inside_its_detail_column() -> None:
    """heldout17's and heldout57's sheets: unnumbered labels, each a section or a field of its own
    (``มิติ/ภารกิจ``), one wrapped (``หลักการ`` / ``และเหตุผล``); ``ผลผลิต (Output)`` and
    ``ผลลัพธ์ (Outcome)`` open sections of their own inside the expected results' cell."""
    sheet = [
        "รายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต",
        "ลำดับที่ 1",
        "หัวข้อ\tรายละเอียด",
        "ชื่อโครงการ\tโครงการอบรมจริยธรรมพนักงาน",
        "มิติ/ภารกิจ\tมิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        "หลักการ\tพนักงานควรยึดมั่นในประมวลจริยธรรม",
        "และเหตุผล\tจึงจัดทำโครงการนี้ขึ้น",
        "ระยะเวลาดำเนินการ\tมีนาคม 2569",
        "ผลที่คาดว่าจะได้รับ\tผลผลิต (Output)",
        "\t- พนักงานเข้าอบรม 40 คน",
        "\tผลลัพธ์ (Outcome)",
        "\t- ไม่มีเรื่องร้องเรียน",
    ]
    (found,) = rows_of(parse_pages("\n".join(PLAN_ROWS), "\n".join(sheet)), ProjectSheet)
    assert found.name == "โครงการอบรมจริยธรรมพนักงาน" and found.period == "มีนาคม 2569"
    assert found.rationale == "พนักงานควรยึดมั่นในประมวลจริยธรรม จึงจัดทำโครงการนี้ขึ้น"
    assert found.outputs == ["พนักงานเข้าอบรม 40 คน"] and found.outcomes == ["ไม่มีเรื่องร้องเรียน"]


def meeting_of(lines: list[str]):  # type: ignore[no-untyped-def]
    from schemas import Meeting

    parsed = parse_pages("\n".join(lines))
    (meeting,) = rows_of(parsed, Meeting)
    return meeting, parsed


MINUTES_HEAD = [
    "รายงานการประชุมคณะทำงานส่งเสริมคุณธรรม",
    "เทศบาลตำบลหนองตาล",
    "ครั้งที่ 1/2569",
    "วันศุกร์ที่ 7 พฤศจิกายน 2568",
]


def test_a_meeting_resumed_after_its_break_keeps_its_start() -> None:
    # heldout67 02: ``พักการประชุม เวลา 12.00 น.`` / ``เริ่มประชุมต่อ เวลา 13.30 น.``: 13:30 taken as the start
    meeting, _ = meeting_of(
        [
            *MINUTES_HEAD,
            "ณ ห้องประชุมเทศบาลตำบลหนองตาล",
            "ผู้มาประชุม",
            "1. นายสมชาย ใจดี  นายกเทศมนตรี",
            "เริ่มประชุมเวลา 10.00 น.",
            "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม  รับทราบ",
            "                 พักการประชุม  เวลา 12.00 น.",
            "                 เริ่มประชุมต่อ  เวลา 13.30 น.",
            "ระเบียบวาระที่ 2  เรื่องอื่น ๆ",
            "มติที่ประชุม  รับทราบ",
            "ปิดประชุมเวลา 15.40 น.",
        ]
    )
    assert str(meeting.start_time) == "10:00:00" and str(meeting.end_time) == "15:40:00"


def test_a_hybrid_meetings_venue_goes_on_with_its_online_system() -> None:
    # heldout67 03: ``ณ ห้องประชุม...`` / ``และผ่านระบบประชุมทางไกล (Zoom Meeting)``: the second line lost
    meeting, _ = meeting_of(
        [
            *MINUTES_HEAD,
            "ณ ห้องประชุมเทศบาลตำบลหนองตาล ชั้น 2",
            "และผ่านระบบประชุมทางไกล (Zoom Meeting)",
            "ผู้มาประชุม",
            "1. นายสมชาย ใจดี  นายกเทศมนตรี",
            "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม  รับทราบ",
        ]
    )
    assert meeting.venue == "ห้องประชุมเทศบาลตำบลหนองตาล ชั้น 2 และผ่านระบบประชุมทางไกล (Zoom Meeting)"


def test_minutes_as_one_table_a_wrapped_title_and_the_closing_under_it() -> None:
    # heldout67 04: an item's title wrapped onto the row under it, its points bulleted below
    # (the rest read as a point), and ``ปิดประชุม  เวลา 11.45 น.`` under the table read as a row
    from schemas import Agenda

    meeting, parsed = meeting_of(
        [
            *MINUTES_HEAD,
            "ณ ห้องประชุมเทศบาลตำบลหนองตาล",
            "ผู้มาประชุม",
            "1. นายสมชาย ใจดี  นายกเทศมนตรี",
            "เริ่มประชุม  เวลา 09.30 น.",
            "ระเบียบวาระ\tเรื่อง / สาระสำคัญ\tมติที่ประชุม",
            "1\tเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\tรับทราบ",
            "\t- ประธานแจ้งผลการประเมิน\t",
            "2\t(ร่าง) มาตรการส่งเสริมคุณธรรมและความโปร่งใส\tเห็นชอบร่างมาตรการ",
            "\tภายในหน่วยงาน ประจำปี 2569\tโดยให้เพิ่มหนึ่งมาตรการ",
            "\t- เลขานุการเสนอร่างมาตรการ\t",
            "3\tเรื่องอื่น ๆ\tรับทราบ",
            "\tไม่มี\t",
            "",
            "ปิดประชุม  เวลา 11.45 น.",
        ]
    )
    titles = {a.item_no: a.title for a in rows_of(parsed, Agenda)}
    assert titles["2"] == "(ร่าง) มาตรการส่งเสริมคุณธรรมและความโปร่งใส ภายในหน่วยงาน ประจำปี 2569"
    assert titles["3"] == "อื่น ๆ"
    assert str(meeting.end_time) == "11:45:00"


def test_numbered_measures_each_over_a_table_of_its_steps() -> None:
    # heldout66 08: ``๑. มาตรการ...`` over ``ที่ | แนวทางปฏิบัติ | ผู้รับผิดชอบ | ระยะเวลา | การติดตามผล``
    # and rows ``(๑)``, ``(๒)``: every step read as a measure of its own
    from schemas import Measure

    text = [
        "ประกาศเทศบาลตำบลหนองตาล",
        "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "     1. มาตรการเปิดเผยข้อมูลสาธารณะ",
        "ที่\tแนวทางปฏิบัติ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
        "(1)\tมอบหมายผู้รับผิดชอบข้อมูล\tสำนักปลัด\tต.ค. 2568 -\tรายงานทุกไตรมาส",
        "\tเป็นรายข้อ\t(งานประชาสัมพันธ์)\tก.ย. 2569\t",
        "(2)\tปรับปรุงข้อมูลบนเว็บไซต์\t\t\t",
        "",
        "     2. มาตรการงดรับของขวัญ",
        "ที่\tแนวทางปฏิบัติ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
        "(1)\tประกาศเจตนารมณ์ No Gift Policy\tทุกกอง\tตลอดปีงบประมาณ\tรายงานทุก 6 เดือน",
    ]
    found = rows_of(parse_pages("\n".join(text)), Measure)
    assert [(m.seq, m.measure) for m in found] == [(1, "มาตรการเปิดเผยข้อมูลสาธารณะ"), (2, "มาตรการงดรับของขวัญ")]
    assert found[0].method == "(1) มอบหมายผู้รับผิดชอบข้อมูล เป็นรายข้อ (2) ปรับปรุงข้อมูลบนเว็บไซต์"
    assert found[0].responsible == "สำนักปลัด (งานประชาสัมพันธ์)" and found[0].period == "ต.ค. 2568 - ก.ย. 2569"
    assert found[1].method == "(1) ประกาศเจตนารมณ์ No Gift Policy" and found[1].follow_up == "รายงานทุก 6 เดือน"


def attendees_of(lines: list[str]) -> list[tuple[object, ...]]:
    from schemas import Attendee

    _, parsed = meeting_of(
        [
            *MINUTES_HEAD,
            "ณ ห้องประชุมเทศบาลตำบลหนองตาล",
            *lines,
            "เริ่มประชุมเวลา 13.30 น.",
            "ระเบียบวาระที่ 1  เรื่องแจ้ง",
            "มติที่ประชุม  รับทราบ",
        ]
    )
    return [
        (a.status, a.seq, a.full_name, a.position, a.role, a.acting_for) for a in rows_of(parsed, Attendee)
    ]


def test_two_line_entries_with_a_stand_in_and_online_notes() -> None:
    # heldout66 02: the post and role on the line under the name; ``... ชำนาญการ แทน ผู้อำนวยการกองคลัง |
    # คณะทำงาน`` too long for a row's rest (the list ended), ``(ผ่านระบบ Zoom)`` read as a role
    found = attendees_of(
        [
            "ผู้มาประชุม",
            "    1.  นายสมชาย ใจดี",
            "        ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ                     ประธานคณะทำงาน",
            "    2.  นางสาวจิราพร ศรีวงษา",
            "        นักวิชาการเงินและบัญชีชำนาญการ แทน ผู้อำนวยการกองคลัง       คณะทำงาน",
            "    3.  นายเกียรติ ชาญชัย",
            "        ผู้อำนวยการกองช่าง                                     คณะทำงาน    (ผ่านระบบ Zoom)",
            "    4.  นางสุภาพร ศรีหาคลัง",
            "        ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม                     คณะทำงาน    (ผ่านระบบ Zoom)",
            "ผู้เข้าร่วมประชุม",
            "    1.  นายประยูร ศรีโคตร",
            "        ประธานสภาองค์กรชุมชนตำบลหนองตาล                                     (ผ่านระบบ Zoom)",
        ]
    )
    assert found == [
        ("present", 1, "สมชาย ใจดี", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ", "ประธานคณะทำงาน", None),
        ("present", 2, "จิราพร ศรีวงษา", "นักวิชาการเงินและบัญชีชำนาญการ", "คณะทำงาน", "ผู้อำนวยการกองคลัง"),
        ("present", 3, "เกียรติ ชาญชัย", "ผู้อำนวยการกองช่าง", "คณะทำงาน", None),
        ("present", 4, "สุภาพร ศรีหาคลัง", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "คณะทำงาน", None),
        ("invited", 1, "ประยูร ศรีโคตร", "ประธานสภาองค์กรชุมชนตำบลหนองตาล", None, None),
    ]


def test_a_stand_in_note_under_ones_own_post() -> None:
    # heldout65 03: ``(มาประชุมแทนผู้อำนวยการกองคลัง)`` under the post column: read into the position
    found = attendees_of(
        [
            "ผู้มาประชุม",
            "  1.   นายวีระ  ศรีนาค           ปลัดเทศบาล                       ประธานกรรมการ",
            "  2.   นางสาววิภา  จันทร์ฉาย     นักวิชาการเงินและบัญชีชำนาญการ       กรรมการ",
            "                                  (มาประชุมแทนผู้อำนวยการกองคลัง)",
            "  3.   นายไพโรจน์  ปั้นยม            ผู้อำนวยการกองช่าง                 กรรมการ",
        ]
    )
    assert found[1] == (
        "present",
        2,
        "วิภา จันทร์ฉาย",
        "นักวิชาการเงินและบัญชีชำนาญการ",
        "กรรมการ",
        "ผู้อำนวยการกองคลัง",
    )
    assert found[2][2:5] == ("ไพโรจน์ ปั้นยม", "ผู้อำนวยการกองช่าง", "กรรมการ")


def test_a_council_speakers_line_opens_a_sub_item() -> None:
    # heldout66 04: ``ประธานสภาฯ          1.1 ผลการจัดงาน...`` and ``นายก อบต.           5.2 ญัตติ ...``:
    # the sub-items after the speaker's post were read as speech
    from schemas import Agenda, Resolution

    _, parsed = meeting_of(
        [
            *MINUTES_HEAD,
            "ณ ห้องประชุมสภาองค์การบริหารส่วนตำบลหนองตาล",
            "ผู้มาประชุม",
            "1. นายสมชาย ใจดี  ประธานสภา อบต.",
            "เปิดประชุมเวลา 09.30 น.",
            "                                      ระเบียบวาระที่ 1",
            "                               เรื่อง  ประธานแจ้งให้ที่ประชุมทราบ",
            "ประธานสภาฯ          1.1 ผลการจัดงานวันปลูกต้นไม้",
            "                    อบต. จัดกิจกรรมปลูกต้นไม้ริมแม่น้ำ มีผู้เข้าร่วม 350 คน",
            "มติที่ประชุม            รับทราบ",
            "ประธานสภาฯ          1.2 กำหนดการประชุมประชาคมตำบล ประจำปี 2569",
            "                    อบต. จะจัดประชุมประชาคมในวันที่ 20 มกราคม 2569",
            "มติที่ประชุม            รับทราบ",
            "                                      ระเบียบวาระที่ 2",
            "                                      เรื่อง  ที่เสนอใหม่",
            "นายก อบต.           2.1 ญัตติ ขออนุมัติโอนงบประมาณรายจ่าย",
            "                    ขอโอนลดงบประมาณ จำนวน 150,000 บาท",
            "มติที่ประชุม            อนุมัติเป็นเอกฉันท์ (6 เสียง)",
            "ปิดประชุมเวลา 12.00 น.",
        ]
    )
    items = {a.item_no: a.title for a in rows_of(parsed, Agenda)}
    assert items["1.1"] == "ผลการจัดงานวันปลูกต้นไม้" and items["1.2"] == "กำหนดการประชุมประชาคมตำบล ประจำปี 2569"
    assert items["2.1"] == "ญัตติ ขออนุมัติโอนงบประมาณรายจ่าย"
    assert [(r.item_no, r.outcome) for r in rows_of(parsed, Resolution)] == [
        ("1.1", "acknowledged"),
        ("1.2", "acknowledged"),
        ("2.1", "approved"),
    ]


def test_a_summary_of_the_decisions_after_the_last_resolution_is_none_of_it() -> None:
    # heldout66 03: ``สรุปการพิจารณา อนุมัติ ๓ โครงการ ... ไม่อนุมัติ ๑ โครงการ`` under the last
    # sub-item's deferral: joined to it, which then read as rejected
    from schemas import Resolution

    _, parsed = meeting_of(
        [
            *MINUTES_HEAD,
            "ณ ห้องประชุมเทศบาลตำบลหนองตาล",
            "ผู้มาประชุม",
            "1. นายสมชาย ใจดี  ประธานกรรมการ",
            "เปิดประชุมเวลา 09.30 น.",
            "ระเบียบวาระที่ 1  เรื่องเพื่อพิจารณา",
            "                    1.1 โครงการควบคุมโรคไข้เลือดออก ปี 2569",
            "มติที่ประชุม            ให้ อสม. นำโครงการกลับไปปรับปรุงรายละเอียดค่าใช้จ่าย",
            "                    แล้วเสนอในการประชุมครั้งต่อไป",
            "                    สรุปการพิจารณา อนุมัติ 3 โครงการ ไม่อนุมัติ 1 โครงการ",
            "ปิดประชุมเวลา 12.00 น.",
        ]
    )
    (found,) = rows_of(parsed, Resolution)
    assert found.outcome == "deferred"
    assert found.text == "ให้ อสม. นำโครงการกลับไปปรับปรุงรายละเอียดค่าใช้จ่าย แล้วเสนอในการประชุมครั้งต่อไป"


def test_academic_titles_spelled_out_are_prefixes() -> None:
    # heldout67 05: ``ผู้ช่วยศาสตราจารย์ ดร.วิภาวรรณ ธนบูรพา``: no prefix, the whole name read as a post
    from parsers.common import split_prefix

    assert split_prefix("ผู้ช่วยศาสตราจารย์ ดร.วิภา ธนกุล") == ("ผู้ช่วยศาสตราจารย์ ดร.", "วิภา ธนกุล")
    assert split_prefix("รองศาสตราจารย์ ดร. สมชาย ใจดี") == ("รองศาสตราจารย์ ดร.", "สมชาย ใจดี")
    assert split_prefix("รองศาสตราจารย์ คณะรัฐศาสตร์")[0] is None  # (guard: a post)
    assert split_prefix("ผศ. ดร.สมชาย ใจดี") == ("ผศ. ดร.", "สมชาย ใจดี")
    # heldout65 03 as a copier scans it: ``ด ร.ประพันธ์ หาญยม``, a space inside the doctor's title
    assert split_prefix("ด ร.ประพันธ์ หาญยม") == ("ดร.", "ประพันธ์ หาญยม")


def test_a_page_number_spaced_inside_its_brackets_is_furniture() -> None:
    # heldout67 03: ``( 2 )`` atop page 2 read into the last absentee's post
    from pipeline.model import Page
    from pipeline.normalize import normalize_pages

    pages = [
        Page(1, "ผู้ไม่มาประชุม\n1\tนายวรวุฒิ ดีประเสริฐ\tผู้อำนวยการกองการแพทย์", "text"),
        Page(2, "                ( 2 )\nผู้เข้าร่วมประชุม", "text"),
    ]
    assert [line.text for line in normalize_pages(pages)][-1] == "ผู้เข้าร่วมประชุม"
    assert not any("2 )" in line.text for line in normalize_pages(pages))


def test_a_two_line_plan_header_repeated_over_the_next_page() -> None:
    # heldout67 06: ``ที่ | โครงการ/ | มิติ | งบประมาณ | ... | ผู้รับ`` over ``| กิจกรรม/มาตรการ | | (บาท) |
    # ... | ผิดชอบ``, both repeated atop page 2: the second line ran into the last row's name
    from schemas import Project

    header = ["ที่\tโครงการ/\tมิติ\tงบประมาณ\tต.ค.\tพ.ย.\tธ.ค.\tผู้รับ", "\tกิจกรรม/มาตรการ\t\t(บาท)\t\t\t\tผิดชอบ"]
    first = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "เทศบาลตำบลหนองตาล",
        *header,
        "1\tกิจกรรมสร้างจิตสำนึก\t1\t20,000\t\t√\t\tสำนักปลัด",
        "2\tกิจกรรมพัฒนาช่องทาง\t3\t8,500\t√\t\t\tสำนักปลัด",
        "\tรับเรื่องร้องเรียน\t\t\t\t\t\t",
    ]
    second = [
        *header,
        "3\tโครงการอบรมกรรมการชุมชน\t4\t15,000\t\t\t√\tกองคลัง",
        "รวม\t3 โครงการ\t\t43,500\t\t\t\t",
    ]
    projects = rows_of(parse_pages("\n".join(first), "\n".join(second)), Project)
    assert [p.name for p in projects] == [
        "กิจกรรมสร้างจิตสำนึก",
        "กิจกรรมพัฒนาช่องทาง รับเรื่องร้องเรียน",
        "โครงการอบรมกรรมการชุมชน",
    ]


_guard = partial(guard_records, "round65_guards")  # the records of a kind in one of this round's guard documents


def test_guard_a_lead_in_above_an_agenda_tables_points_is_no_title() -> None:
    """(guard) ``ประธานแจ้งให้ที่ประชุมทราบ ดังนี้`` under item 1's heading, bullets below."""
    from schemas import Agenda

    titles = {a.item_no: a.title for a in _guard("t1_intro", Agenda)}
    assert titles["1"] == "ที่ประธานแจ้งให้ที่ประชุมทราบ"


def test_guard_a_decision_summed_up_after_a_lead_in_is_the_resolution() -> None:
    """(guard) ``มติที่ประชุม ที่ประชุมพิจารณาแล้วมีมติดังนี้`` / ``สรุปมติ อนุมัติทั้ง 4 โครงการ ...``."""
    from schemas import Resolution

    (found,) = [r for r in _guard("t2_summary", Resolution) if r.item_no == "2.1"]
    assert found.outcome == "approved" and "สรุปมติ อนุมัติทั้ง 4 โครงการ" in (found.text or "")


def test_guard_an_academic_post_under_a_name_is_no_new_person() -> None:
    """(guard) ``รองศาสตราจารย์ คณะรัฐศาสตร์ ...    กรรมการ`` under a name: the post, no attendee."""
    from schemas import Attendee

    found = _guard("t3_rank_post", Attendee)
    assert [a.full_name for a in found] == ["สุรชัย ทองมา", "ธนวัฒน์ พรหมมา", "พิมพ์ชนก ศรีสวัสดิ์"][: len(found)]
    assert found[1].position and found[1].position.startswith("รองศาสตราจารย์") and found[1].role == "กรรมการ"


def test_guard_hybrid_venue_stand_in_and_quorum() -> None:
    """(guard) a long online-system line goes with the venue; ``(มาประชุมแทนตามหนังสือมอบหมาย)`` names
    no post; ``เปิดประชุมใหม่`` once the quorum came is the start."""
    from schemas import Attendee, Meeting

    (meeting,) = _guard("t4_venue_long", Meeting)
    assert meeting.venue and meeting.venue.endswith("ด้วยโปรแกรม Zoom Meeting")
    assert all(a.acting_for is None for a in _guard("t5_standin", Attendee))
    (meeting,) = _guard("t6_quorum", Meeting)
    assert str(meeting.start_time) == "09:40:00"


def test_guard_a_section_heading_over_a_table_of_numbered_measures() -> None:
    """(guard) ``1. มาตรการและแนวทางการดำเนินงาน`` over ``ที่ | แนวทางการป้องกัน | ...`` and rows 1-3: three
    measures, not one heading's steps (those are numbered ``(๑)``)."""
    from schemas import Measure

    found = _guard("a_m1", Measure)
    assert [m.seq for m in found] == [1, 2, 3] and found[1].responsible == "กองคลัง"


def test_guard_activities_keep_their_own_columns() -> None:
    """(guard) ``1.1 | | ปรับปรุงข้อมูล... | งานประชาสัมพันธ์ | ทุกเดือน``: the office and the period stay theirs."""
    from schemas import Measure

    first = _guard("a_m4", Measure)[0]
    assert first.responsible == "สำนักปลัด งานประชาสัมพันธ์ กองคลัง" and first.period == "ต.ค. 2568 ทุกเดือน ทุกไตรมาส"
    assert first.method and "1.1 ปรับปรุงข้อมูลบนเว็บไซต์" in first.method
    third = _guard("a_m3", Measure)[0]
    assert third.method == "1.1 ปรับปรุงข้อมูลบนเว็บไซต์ 1.2 จัดทำป้ายประชาสัมพันธ์"


def test_guard_ita_score_column_of_items_passed_and_year_rows() -> None:
    """(guard) ``คะแนน (ร้อยละข้อที่ผ่าน)`` is the score's column; ``แบบวัด | IIT ...`` over ``ปี 2567 | ...`` rows."""
    from schemas import ItaScore

    assert {(r.indicator_no, float(r.score)) for r in _guard("a_i2", ItaScore)} >= {(9, 83.33), (10, 90.00)}
    years = {(r.fiscal_year, r.instrument): float(r.score) for r in _guard("a_i3", ItaScore)}
    assert years[(2567, "ITA")] == 75.12 and years[(2569, "EIT")] == 82.00


def test_guard_numbered_forms_sub_fields_and_signatures() -> None:
    """(guard) ``5.1 | ผลผลิต``, ``| เชิงปริมาณ | ...`` under ``ตัวชี้วัด``, and the signatures under a form."""
    (p1,) = _guard("a_p1", ProjectSheet)
    assert p1.outputs == ["พนักงานเข้าอบรม 40 คน"] and p1.outcomes == ["ไม่มีเรื่องร้องเรียน"]
    (p6,) = _guard("a_p6", ProjectSheet)
    assert p6.outputs == ["พนักงานเข้าอบรม 40 คน"]
    assert _guard("a_p3", ProjectSheet)[-1].responsible == "กองคลัง"


def test_ita_tables_across_as_a_copier_scan_reads_them() -> None:
    # heldout67 07 as a copier scans it: ``แบบวัด |  | EIT | OIT | ITA`` (IIT lost), ``ตัวชีวัดที | ๑ ... ๘ |
    # เวง | ๑๐`` (marks lost, 9 garbled) and ``๘๑,๒๕``: the instruments' IIT and every indicator lost
    found = ita_scores(
        "แบบวัด\t\tEIT\tOIT\tITA",
        "คะแนน\t88.00\t82.00\t86.00\t85.40",
        "",
        "ตัวชีวัดที\t1\t2\t3\t4\t5\t6\t7\t8\tเวง\t10",
        "แบบวัด\tIIT\tIIT\t\tIT\tEIT\tEIT\tEIT\tวเท\tว",
        "คะแนน\t91.00\t85.00\t90.00\t87.00\t87.00\t83.00\t81.00\t82.00\t90.00\t81,25",
    )
    assert found[(2569, "IIT", None)] == 88.00 and found[(2569, "ITA", None)] == 85.40
    assert found[(2569, "OIT", 9)] == 90.00 and found[(2569, "OIT", 10)] == 81.25
    assert len([k for k in found if k[2] is not None]) == 10


def test_an_agenda_tables_header_as_a_scan_garbles_it() -> None:
    # heldout67 04 as a copier scans it: ``ระเบียบวาะะ | เรื่อง /สาระสำคัญ | มติที่ประชุม``: no table, items 2-4 lost
    from parsers.minutes import agenda_table_columns

    assert agenda_table_columns("ระเบียบวาะะ\tเรื่อง /สาระสำคัญ\tมติที่ประชุม") == (0, 1, 2)
    assert agenda_table_columns("ระเบียบวาะ\tเรื่อง /สาระสำคัญ\tมติที่ประชุม") == (0, 1, 2)
    assert agenda_table_columns("ระเบียบการ\tเรื่อง\tมติ") is None  # (guard: no agenda's column)


def test_a_plan_rows_number_a_scan_read_as_a_letter() -> None:
    # heldout67 06 as a copier scans it: ``ว | กิจกรรมการบริหารงานบุคคล | 2 | 0 | ✓ ...`` between rows 4 and 6
    from schemas import Project

    text = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "เทศบาลตำบลหนองตาล",
        "ที่\tโครงการ\tมิติ\tงบประมาณ\tต.ค.\tพ.ย.\tผู้รับผิดชอบ",
        "4\tมาตรการประกาศเจตจำนง\t2\t0\t✓\t\tสำนักปลัด",
        "ว\tกิจกรรมการบริหารงานบุคคล\t2\t0\t✓\t✓\tสำนักปลัด",
        "6\tโครงการพัฒนาระบบเผยแพร่ข้อมูล\t2\t15,000\t\t✓\tกองคลัง",
        "ก\tกิจกรรมย่อยของโครงการ\t2\t5,000\t\t✓\tกองคลัง",
    ]
    found = [(p.seq, p.name) for p in rows_of(parse_pages("\n".join(text)), Project)]
    assert found[:2] == [(4, "มาตรการประกาศเจตจำนง"), (5, "กิจกรรมการบริหารงานบุคคล")]
    assert [seq for seq, _ in found] == [4, 5, 6]  # (guard: a lettered row ``ก`` is no garbled number)


def test_numbered_measures_over_their_steps_as_a_copier_scan_reads_them() -> None:
    # heldout66 08 as a copier scans it: ``(๑)`` read ``๑)``, ``๒. มาตรการ`` read without its dot
    from schemas import Measure

    text = [
        "ประกาศเทศบาลตำบลหนองตาล",
        "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "      1. มาตรการเปิดเผยข้อมูลสาธารณะ",
        "ที\tแนวทางปฏิบัติ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
        "1)\tมอบหมายผู้รับผิดชอบข้อมูล\tสำนักปลัด\tต.ค. 2568\tรายงานทุกไตรมาส",
        "2)\tปรับปรุงข้อมูลบนเว็บไซต์",
        "      2 มาตรการงดรับของขวัญ",
        "ที\tแนวทางปฏิบัติ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
        "1)\tประกาศเจตนารมณ์ No Gift Policy\tทุกกอง\tตลอดปีงบประมาณ\tรายงานทุก 6 เดือน",
    ]
    found = rows_of(parse_pages("\n".join(text)), Measure)
    assert [(m.seq, m.measure) for m in found] == [(1, "มาตรการเปิดเผยข้อมูลสาธารณะ"), (2, "มาตรการงดรับของขวัญ")]
    assert found[0].method == "(1) มอบหมายผู้รับผิดชอบข้อมูล (2) ปรับปรุงข้อมูลบนเว็บไซต์"


def test_a_stand_ins_post_line_whose_gap_before_the_role_a_scan_closed() -> None:
    # heldout66 02 as a copier scans it: ``... แทน ผู้อำนวยการกองคลัง คณะทำงาน`` one cell, 66 characters
    found = attendees_of(
        [
            "ผู้มาประชุม",
            "    1.  นางสาวจิราพร ศรีวงษา",
            "        นักวิชาการเงินและบัญชีชำนาญการ แทน ผู้อำนวยการกองคลัง คณะทำงาน",
            "    2.  นายเกียรติ ชาญชัย",
            "        ผู้อำนวยการกองช่าง                                     คณะทำงาน",
        ]
    )
    assert [a[2] for a in found] == ["จิราพร ศรีวงษา", "เกียรติ ชาญชัย"]


def test_last_years_instruments_in_brackets_after_its_score() -> None:
    # heldout66 07: ``เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งได้ ๘๑.๔๕`` / ``คะแนน (IIT ๘๖.๑๐ EIT ๗๙.๒๕ OIT ๗๙.๖๒)``:
    # the earlier year's instruments lost
    found = ita_scores(
        "ตัวชี้วัดที่\tชื่อตัวชี้วัด\tคะแนน",
        "1\tการปฏิบัติหน้าที่\t93.18",
        "2\tการใช้งบประมาณ\t84.26",
        "          ได้คะแนน ITA ประจำปีงบประมาณ พ.ศ. 2569 รวม 84.99 คะแนน อยู่ในระดับ B เพิ่มขึ้นจาก",
        "ปีงบประมาณ พ.ศ. 2568 ซึ่งได้ 81.45",
        "คะแนน (IIT 86.10 EIT 79.25 OIT 79.62) คิดเป็นคะแนนที่เพิ่มขึ้น 3.54 คะแนน",
    )
    assert found[(2568, "ITA", None)] == 81.45
    assert (found[(2568, "IIT", None)], found[(2568, "EIT", None)], found[(2568, "OIT", None)]) == (
        86.10,
        79.25,
        79.62,
    )


def test_guard_a_measures_announcement_quoting_its_result_reads_no_bracketed_instruments() -> None:
    """(guard) heldout37 08: ``... ได้ 79.75 คะแนน (IIT 85.62 EIT 82.14 OIT 74.38)`` in a measures
    announcement's preamble, no indicator scores anywhere: no instruments from the brackets."""
    found = ita_scores(
        "          ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งได้ 79.75 คะแนน",
        "(IIT 85.62 EIT 82.14 OIT 74.38) ซึ่งยังไม่ผ่านเกณฑ์ 85 คะแนน จึงกำหนดมาตรการ",
    )
    assert not any(instrument in ("IIT", "EIT", "OIT") for _, instrument, _ in found)


def test_an_orders_number_whose_slash_a_scan_read_as_a_digit() -> None:
    # heldout65 05 as a copier scans it: ``ที่ ๒๑๘๔๓๕๖๙`` for ``ที่ ๒๑๘/๒๕๖๙`` (the slash read ๔, the
    # year's ๒ read ๓): no order number
    from schemas import Order

    text = [
        "คำสั่งเทศบาลเมืองหนองตาล",
        "ที่ ๒๑๘๔๓๕๖๙",
        "เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
        "          เพื่อให้การตรวจรับพัสดุเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้",
        "          ๑. นายสมชาย ใจดี  ผู้อำนวยการกองช่าง  ประธานกรรมการ",
        "          ๒. นางสมศรี มีสุข  นักวิชาการพัสดุ  กรรมการ",
        "สั่ง ณ วันที่ ๘ มิถุนายน พ.ศ. ๒๕๖๙",
    ]
    (order,) = rows_of(parse_pages("\n".join(text)), Order)
    assert order.order_no == "218/2569"


def test_a_responsible_office_wrapped_under_a_header_cut_to_its_first_word() -> None:
    # heldout67 06: the header's ``ผู้รับ`` / ``ผิดชอบ`` over two lines (no responsible column known),
    # ``หน่วยตรวจสอบ`` / ``ภายใน``: the office's rest read into the project's name
    from schemas import Project

    text = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "เทศบาลตำบลหนองตาล",
        "ที่\tโครงการ/\tมิติ\tงบประมาณ\tต.ค.\tพ.ย.\tผู้รับ",
        "\tกิจกรรม/มาตรการ\t\t(บาท)\t\t\tผิดชอบ",
        "1\tกิจกรรมการตรวจสอบภายใน\t4\t0\t√\t\tหน่วยตรวจสอบ",
        "\tและรายงานผลต่อผู้บริหาร\t\t\t\t\tภายใน",
        "2\tโครงการอบรมกรรมการชุมชน\t4\t15,000\t\t√\tกองคลัง",
    ]
    names = [p.name for p in rows_of(parse_pages("\n".join(text)), Project)]
    assert names == ["กิจกรรมการตรวจสอบภายใน และรายงานผลต่อผู้บริหาร", "โครงการอบรมกรรมการชุมชน"]
