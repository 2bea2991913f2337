"""Round of heldout68-70 (issues 11 and 12): each test failed before its fix; guards keep what
the earlier rounds read."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from schemas import Attendee, Budget, CommitteeMember, ItaScore, Measure, Project, ProjectSheet
from tests.conftest import guard_records, parse_pages
from tests.test_round28 import rows_of

RULED_PLAN = [
    "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
    "เทศบาลเมืองหาดทรายแก้ว",
    "ที่\tมิติ\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tหน่วยงาน",
    "1\t1.1\tโครงการอบรมคุณธรรมจริยธรรม\t40,000\tสำนักปลัด",
    "2\t1.2\tโครงการชุมชนประมงร่วมใจ\t25,000\tกองสวัสดิการ",
    "3\t3.1\tโครงการศูนย์ข้อมูลข่าวสาร\t10,000\tสำนักปลัด",
    "รวมทั้งสิ้น\t\t\t75,000\t",
]


def test_a_plan_whose_dimension_column_holds_sub_dimension_codes() -> None:
    # heldout68 06: ``ที่ | มิติ | ...`` with ``1.1``, ``1.2``, ``3.1`` in the dimension's cell:
    # every row's dimension was lost
    projects = rows_of(parse_pages("\n".join(RULED_PLAN)), Project)
    assert [p.dimension for p in projects] == ["1", "1", "3"]


def test_a_sheet_numbered_with_a_sub_dimension_in_brackets() -> None:
    # heldout68 06: ``ลำดับที่ 3  (มิติ 1.2)`` over ``1. ชื่อโครงการ``: the sheets were numbered 1, 2
    sheet = [
        "รายละเอียดโครงการ/กิจกรรม/มาตรการ",
        "ลำดับที่ 2  (มิติ 1.2)",
        "1. ชื่อโครงการ  โครงการชุมชนประมงร่วมใจ",
        "2. หลักการและเหตุผล",
        "    ชุมชนประมงเป็นกลุ่มที่ได้รับผลกระทบโดยตรง",
        "3. งบประมาณ  25,000 บาท",
    ]
    (found,) = rows_of(parse_pages("\n".join(RULED_PLAN), "\n".join(sheet)), ProjectSheet)
    assert found.sheet_no == 2
    assert found.name == "โครงการชุมชนประมงร่วมใจ"


def test_a_naval_rank_as_a_prefix() -> None:
    # heldout68 03, 05: ``นาวาตรีณรงค์ฤทธิ์ สายชล``: the rank stayed in the name (and the order's
    # member was lost)
    order = [
        "คำสั่งเทศบาลเมืองหาดทรายแก้ว",
        "ที่ 142/2569",
        "เรื่อง แต่งตั้งคณะกรรมการศูนย์ความปลอดภัยทางทะเล",
        "ที่\tชื่อ – สกุล\tตำแหน่ง\tหน้าที่",
        "1\tนายไพโรจน์  แสงสมุทร\tนายกเทศมนตรี\tประธานกรรมการ",
        "2\tนาวาตรีณรงค์ฤทธิ์  สายชล\tหัวหน้าหน่วยเฉพาะกิจ\tกรรมการ",
        "3\tน.ท.สมชาย  ทะเลใส\tผู้บังคับการเรือ\tกรรมการ",
        "4\tนางรัตนา  บุญเรือง\tหัวหน้าสำนักปลัดเทศบาล\tกรรมการและเลขานุการ",
        "สั่ง ณ วันที่ 20 มีนาคม พ.ศ. 2569",
    ]
    members = rows_of(parse_pages("\n".join(order)), CommitteeMember)
    assert [(m.prefix, m.full_name) for m in members[1:3]] == [("นาวาตรี", "ณรงค์ฤทธิ์ สายชล"), ("น.ท.", "สมชาย ทะเลใส")]


def test_members_under_a_caption_that_gives_their_post_and_head_count() -> None:
    # heldout70 02: ``สมาชิกสภาองค์การบริหารส่วนจังหวัด... จำนวน ๑๘ คน ได้แก่`` over members named
    # two to a line without a post: the caption ran into the row above as its role
    minutes = [
        "รายงานการประชุมสภาองค์การบริหารส่วนจังหวัดนันทบุรี",
        "สมัยสามัญ สมัยที่ 3 ครั้งที่ 2 ประจำปี พ.ศ. 2568",
        "วันพฤหัสบดีที่ 21 สิงหาคม 2568",
        "ผู้มาประชุม",
        "    1.   นายสมศักดิ์  ขันทะวงศ์          ประธานสภาองค์การบริหารส่วนจังหวัดนันทบุรี",
        "    2.   นายอนันต์  เตจ๊ะ              เลขานุการสภาองค์การบริหารส่วนจังหวัด",
        "    สมาชิกสภาองค์การบริหารส่วนจังหวัดนันทบุรี  จำนวน 4 คน  ได้แก่",
        "    3.   นายไพโรจน์  ใจมา                    5.  นางสาวสุภาพร  คำมูล",
        "    4.   นายบุญทา  ตาคำ                      6.  นายสุรเชษฐ์  ยศปัญญา",
        "ผู้เข้าร่วมประชุม",
        "    1.   นายสุริยันต์  วงศ์นันทะ          นายกองค์การบริหารส่วนจังหวัดนันทบุรี",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
    attendees = rows_of(parse_pages("\n".join(minutes)), Attendee)
    by_name = {a.full_name: a for a in attendees}
    assert by_name["อนันต์ เตจ๊ะ"].role is None
    assert by_name["อนันต์ เตจ๊ะ"].position == "เลขานุการสภาองค์การบริหารส่วนจังหวัด"
    members = ["ไพโรจน์ ใจมา", "บุญทา ตาคำ", "สุภาพร คำมูล", "สุรเชษฐ์ ยศปัญญา"]
    assert {by_name[n].position for n in members} == {"สมาชิกสภาองค์การบริหารส่วนจังหวัดนันทบุรี"}
    # (the guests after the next label have posts of their own, no caption's)
    assert by_name["สุริยันต์ วงศ์นันทะ"].position == "นายกองค์การบริหารส่วนจังหวัดนันทบุรี"


def test_an_unruled_plan_with_dots_under_the_quarters_numbers() -> None:
    # heldout70 06: ``ไตรมาส`` over ``(บาท)  ๑  ๒  ๓  ๔  รับผิดชอบ`` (the quarters' numbers between
    # the wrapped ends of two labels), one ``●`` under a quarter: every lone dot was lost
    plan = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เทศบาลตำบลห้วยดอกแก้ว",
        "ที่    โครงการ/กิจกรรม/มาตรการ              มิติ     งบประมาณ      ไตรมาส        หน่วยงาน",
        "                                                  (บาท)      ๑   ๒   ๓   ๔  รับผิดชอบ",
        " ๑   โครงการฝึกอบรมคุณธรรมจริยธรรม           ๑         ๒๕,๐๐๐       ●          สำนักปลัด",
        " ๒   โครงการเสริมสร้างความรู้เรื่อง             ๑         ๑๐,๐๐๐           ●      สำนักปลัด",
        " ๓   กิจกรรมประกาศเจตจำนงสุจริต              ๑   ไม่ใช้งบประมาณ   ●              สำนักปลัด",
        " ๔   มาตรการเผยแพร่ข้อมูลการจัดซื้อ             ๒   ไม่ใช้งบประมาณ   ●   ●   ●   ●  กองคลัง",
    ]
    projects = rows_of(parse_pages("\n".join(plan)), Project)
    assert [[p.q1, p.q2, p.q3, p.q4] for p in projects] == [
        [False, True, False, False],
        [False, False, True, False],
        [True, False, False, False],
        [True, True, True, True],
    ]


REPORT_HEAD = [
    "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    "ประจำปีงบประมาณ พ.ศ. 2568",
    "องค์การบริหารส่วนจังหวัดนันทบุรี",
]


def test_a_table_of_years_then_a_section_of_one_years_indicator_scores() -> None:
    # heldout70 07: a table of instruments for 2567 and 2568 (its overall score ``81.15 (B)``
    # with its level), then ``3. ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2568`` over the
    # indicators' dotted list: the list was read as 2567's, the weight 100 as 2567's overall
    report = [
        *REPORT_HEAD,
        "ตารางที่ 1  ผลการประเมินรายแบบวัด ปีงบประมาณ พ.ศ. 2567 – 2568",
        "แบบวัด\tน้ำหนัก (ร้อยละ)\tปี 2567\tปี 2568\tเพิ่มขึ้น/ลดลง",
        "IIT\t30\t86.14\t88.86\t+2.72",
        "EIT\t30\t79.02\t81.97\t+2.95",
        "OIT\t40\t79.01\t83.48\t+4.47",
        "คะแนน ITA\t100\t81.15 (B)\t84.64 (B)\t+3.49",
        "",
        "3. ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2568",
        "    3.1 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)                      เฉลี่ย 88.86",
        "        (1) การปฏิบัติหน้าที่ ........................................ 91.24 คะแนน",
        "        (2) การใช้งบประมาณ ...................................... 88.57 คะแนน",
    ]
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages("\n".join(report)), ItaScore)}
    assert scores[(2567, "ITA", None)] == Decimal("81.15")
    assert scores[(2568, "ITA", None)] == Decimal("84.64")
    assert scores[(2568, "IIT", 1)] == Decimal("91.24")
    assert scores[(2568, "IIT", 2)] == Decimal("88.57")
    assert (2567, "IIT", 1) not in scores


def test_instrument_rows_coded_in_the_number_column_and_wrapped_indicator_names() -> None:
    # heldout69 07: ``OIT | การเปิดเผยข้อมูล | 73.44 | 79.59`` (the instrument's row, its name an
    # indicator's) over ``๑ | การเปิดเผยข้อมูล | ...``; ``๔ | การใช้ทรัพย์สินของ`` over ``| ราชการ |``
    report = [
        *REPORT_HEAD,
        "ที่\tแบบวัด / ตัวชี้วัด\tปี ๒๕๖๗\tปี ๒๕๖๘\tเพิ่ม/ลด\tผลการประเมิน",
        "IIT\tการรับรู้ของผู้มีส่วน\t๘๖.๒๕\t๘๘.๗๕\t+๒.๕๐\tผ่าน",
        "\tได้ส่วนเสียภายใน\t\t\t\t",
        "๔\tการใช้ทรัพย์สินของ\t๘๕.๓๓\t๘๘.๕๗\t+๓.๒๔\tผ่าน",
        "\tราชการ\t\t\t\t",
        "OIT\tการเปิดเผยข้อมูล\t๗๓.๔๔\t๗๙.๕๙\t+๖.๑๕\tไม่ผ่าน",
        "\tสาธารณะ (ร้อยละ ๔๐)\t\t\t\t",
        "๑\tการเปิดเผยข้อมูล\t๗๖.๘๘\t๘๒.๖๒\t+๕.๗๔\tไม่ผ่าน",
    ]
    found = {(s.fiscal_year, s.instrument, s.indicator_no): s for s in rows_of(parse_pages("\n".join(report)), ItaScore)}
    assert found[(2568, "OIT", None)].score == Decimal("79.59")
    assert found[(2568, "OIT", 9)].score == Decimal("82.62")
    assert found[(2567, "OIT", 9)].score == Decimal("76.88")
    assert found[(2568, "IIT", 4)].indicator == "การใช้ทรัพย์สินของ ราชการ"
    assert found[(2568, "IIT", None)].score == Decimal("88.75")


def test_a_summary_table_whose_count_is_headed_in_brackets() -> None:
    # heldout69 06: ``มิติ | จำนวน (โครงการ) | งบประมาณ (บาท)`` under the plan, its grand total
    # ``รวมทั้งสิ้น | 11 | 120,000`` lost; its dimensions' sums, printed in the table too, once
    plan = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
        "มิติที่ 1  การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tผู้รับผิดชอบ",
        "1\tโครงการอบรมคุณธรรมจริยธรรม\t30,000\tสำนักปลัด",
        "2\tกิจกรรมประกาศเจตจำนงสุจริต\t10,000\tสำนักปลัด",
        "รวมมิติที่ 1\t2 โครงการ\t40,000\t",
        "มิติที่ 2  การบริหารราชการเพื่อป้องกันการทุจริต",
        "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tผู้รับผิดชอบ",
        "3\tมาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\t20,000\tกองคลัง",
        "รวมมิติที่ 2\t1 โครงการ\t20,000\t",
        "สรุปงบประมาณแยกตามมิติ",
        "มิติ\tจำนวน (โครงการ)\tงบประมาณ (บาท)",
        "มิติที่ 1\t2\t40,000",
        "มิติที่ 2\t1\t20,000",
        "รวมทั้งสิ้น\t3\t60,000",
    ]
    totals = [(b.label, int(b.amount_thb or 0)) for b in rows_of(parse_pages("\n".join(plan)), Budget) if b.kind == "plan_total"]
    assert sorted(totals) == [("รวมทั้งสิ้น", 60000), ("รวมมิติที่ 1", 40000), ("รวมมิติที่ 2", 20000)]


def test_a_ruled_form_of_measures_then_a_closing_paragraph() -> None:
    # heldout69 08: ``มาตรการที่ N | ...`` and its labelled rows in a ruled two-column form, then
    # (over a page break) the announcement's closing paragraph: it ran into the last follow-up
    text = [
        "ประกาศองค์การบริหารส่วนตำบลหนองบัวแก้ว",
        "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "มาตรการที่ 1\tมาตรการเผยแพร่ข้อมูลข่าวสาร",
        "วิธีการดำเนินการ\t(1) เผยแพร่ข้อมูลผ่านเว็บไซต์",
        "\t(2) เผยแพร่ข้อมูลผ่านหอกระจายข่าว",
        "ผู้รับผิดชอบ\tสำนักปลัด",
        "ระยะเวลา\tตุลาคม 2568 - กันยายน 2569",
        "การติดตามผล\tรายงานผลทุกไตรมาส",
        "มาตรการที่ 2\tมาตรการป้องกันผลประโยชน์ทับซ้อน",
        "วิธีการดำเนินการ\t(1) ลงนามแบบแสดงความไม่มีส่วนได้เสีย",
        "ผู้รับผิดชอบ\tกองคลัง",
        "ระยะเวลา\tตุลาคม 2568 - กันยายน 2569",
        "การติดตามผล\tรายงานผลรอบ 6 เดือน",
    ]
    closing = [
        "          ให้หน่วยงานที่รับผิดชอบรายงานผลการดำเนินการตามมาตรการ",
        "ต่อนายกองค์การบริหารส่วนตำบลตามระยะเวลาที่กำหนด และเผยแพร่ผลการดำเนินการบนเว็บไซต์",
    ]
    measures = rows_of(parse_pages("\n".join(text), "\n".join(closing)), Measure)
    assert [m.follow_up for m in measures] == ["รายงานผลทุกไตรมาส", "รายงานผลรอบ 6 เดือน"]


_guard = partial(guard_records, "round68_guards")  # the records of a kind in one of this round's guard documents


def test_guard_a_sentence_under_a_measures_heading_over_its_ruled_box() -> None:
    """(guard) a plain purpose sentence under measure 2's heading, its fields in a ruled box."""
    for name in ("m_boxes", "m_mixed"):
        measures = _guard(name, Measure)
        assert [m.seq for m in measures] == list(range(1, len(measures) + 1)) and len(measures) >= 2
        assert all(m.responsible for m in measures)


def test_guard_a_running_head_inside_a_ruled_box_keeps_its_fields() -> None:
    """(guard) measure 2's box broken by a page with ``(ต่อ) มาตรการ...`` at its head."""
    second = _guard("m_pagehead", Measure)[1]
    assert second.responsible and second.period and second.follow_up


def test_guard_a_summary_of_sub_dimensions() -> None:
    """(guard) ``มิติที่ 1.1 ... | 1 | 40,000`` in a summary: a part's sum, no dimension's twice."""
    labels = [b.label for b in _guard("ap_subsum", Budget) if b.kind == "plan_total"]
    assert sum(label.startswith("มิติที่ 1.") or label.startswith("มิติที่ 2.") for label in labels) == 4


def test_guard_a_status_column_of_dots_beside_the_quarters() -> None:
    """(guard) ``✓`` under the quarters, ``●`` in a ``ผลการดำเนินการ`` column right after Q4."""
    assert [p.q4 for p in _guard("ap_status", Project)] == [False, False, False]


def test_guard_a_target_column_counted_in_brackets_is_no_summary() -> None:
    """(guard) ``เป้าหมาย จำนวน (กิจกรรม/ครั้ง)`` in a plan's header."""
    assert len(_guard("ap_target", Project)) == 3


def test_guard_instrument_codes_in_a_merged_column_of_their_own() -> None:
    """(guard) ``แบบวัด | ตัวชี้วัด | ...`` with ``IIT`` beside the first indicator's name only."""
    numbers = {s.indicator_no for s in _guard("ita_code_col", ItaScore)}
    assert {1, 6, 9} <= numbers


def test_guard_a_later_columns_wrapped_text_is_no_indicators_name() -> None:
    """(guard) ``ต่ำกว่า`` / ``เกณฑ์`` wrapped in the results column."""
    names = {s.indicator for s in _guard("ita_wrapped_result", ItaScore)}
    assert "การใช้งบประมาณ" in names and "การเปิดเผยข้อมูล" in names


def test_guard_a_headings_continuation_keeps_the_table_of_years() -> None:
    """(guard) ``3. ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2568 (ต่อ)`` over the table's next page."""
    found = {(s.fiscal_year, s.indicator_no): s.score for s in _guard("ita_cont", ItaScore)}
    assert found[(2567, 6)] == Decimal("80.15") and found[(2568, 6)] == Decimal("82.33")


def test_guard_a_captions_post_ends_at_the_next_caption() -> None:
    """(guard) ``ผู้แทนส่วนราชการ จำนวน 1 คน`` then ``ผู้สังเกตการณ์`` over people without a post."""
    by_name = {a.full_name: a for a in _guard("min_ruled", Attendee)}
    assert by_name["ปวีณา ใจงาม"].position is None and by_name["ธนา รุ่งเรือง"].position is None


def test_guard_a_committees_name_is_no_post() -> None:
    """(guard) ``คณะกรรมการพัฒนาเทศบาล จำนวน 4 คน ได้แก่`` over members with roles only."""
    assert not any(a.position == "คณะกรรมการพัฒนาเทศบาล" for a in _guard("min_committee", Attendee))


def test_guard_air_force_ranks() -> None:
    """(guard) ``น.อ.อ.วิรัช``, ``น.ต.หญิงสุดารัตน์`` in an order's table."""
    prefixes = {(m.prefix, m.full_name) for m in _guard("order_airforce", CommitteeMember)}
    assert ("น.อ.อ.", "วิรัช ฟ้าคราม") in prefixes and ("น.ต.หญิง", "สุดารัตน์ ชลธี") in prefixes


def test_a_vote_carried_to_bring_a_motion_back_at_the_next_meeting() -> None:
    # heldout69 02: ``ให้กองช่างจัดทำประมาณการราคาตามขนาดใหม่ แล้วนำเสนอสภาฯ ในการประชุมครั้ง
    # ต่อไป ด้วยคะแนนเสียง 7 เสียง``: the count carried the deferral (read as approved)
    from parsers.minutes import outcome_of

    assert outcome_of("ให้กองช่างจัดทำประมาณการราคาตามขนาดใหม่ แล้วนำเสนอสภาฯ ในการประชุมครั้งต่อไป ด้วยคะแนนเสียง 7 เสียง") == "deferred"
    # (an approval, and a report due at the next meeting: approved)
    assert outcome_of("อนุมัติให้จ่ายขาดเงินสะสม และให้รายงานผลในการประชุมครั้งต่อไป ด้วยคะแนนเสียง 9 เสียง") == "approved"
    assert outcome_of("ให้ความเห็นชอบ และนำเสนอสภาฯ ในการประชุมครั้งต่อไป ด้วยคะแนนเสียง 9 เสียง") == "approved"


def test_an_unruled_plans_header_a_scan_read_with_its_labels_a_space_apart() -> None:
    # heldout70 06 as a 200 dpi scan reads it: ``ที่ โครงการ/กิจกรรม/มาตรการ      มิติ งบประ มา ณ
    # ไตรมาส หน่วยงาน`` (the labels one space apart, ``งบประมาณ`` broken): no header, no row read
    plan = [
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        "เทศบาลตำบลห้วยดอกแก้ว",
        "ที่ โครงการ/กิจกรรม/มาตรการ                 มิติ งบประ มา ณ ไตรมาส หน่วยงาน",
        "                                              (บาท) ๑ ๒ ๓ ๔ วับผิดชอบ",
        "๑   โครงการฝึกอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร  ๑  ๒๕,๐๐๐  ●  สำนักปลัด",
        "๒   โครงการเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อน  ๑  ๑๐,๐๐๐  ●   สำนักปลัด",
        "๓ กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร          ๑ ไม่ใช้งบประมาณ        ●          สำนักปลัด",
    ]
    projects = rows_of(parse_pages("\n".join(plan)), Project)
    assert [(p.seq, p.dimension, int(p.budget_thb or 0)) for p in projects] == [(1, "1", 25000), (2, "1", 10000), (3, "1", 0)]


def test_agenda_titles_cut_after_a_sittings_number_and_after_the_word_for_topic() -> None:
    # heldout70 02: ``ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม... สมัยที่ ๓ ครั้งที่ ๑`` over
    # ``วันพฤหัสบดีที่ ๑๔ สิงหาคม ๒๕๖๘``; ``๔.๓ ญัตติของนาย... เรื่อง`` over its topic: both cut
    from schemas import Agenda

    minutes = [
        "รายงานการประชุมสภาองค์การบริหารส่วนจังหวัดนันทบุรี",
        "สมัยสามัญ สมัยที่ 3 ครั้งที่ 2 ประจำปี พ.ศ. 2568",
        "วันพฤหัสบดีที่ 21 สิงหาคม 2568",
        "ผู้มาประชุม",
        "1. นายสมศักดิ์  ขันทะวงศ์  ประธานสภาองค์การบริหารส่วนจังหวัดนันทบุรี",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 2  เรื่องรับรองรายงานการประชุมสภาองค์การบริหารส่วนจังหวัดนันทบุรี สมัยสามัญ สมัยที่ 3 ครั้งที่ 1",
        "                  วันพฤหัสบดีที่ 14 สิงหาคม 2568",
        "ประธานสภาฯ          ขอให้สมาชิกตรวจสอบรายงานการประชุม",
        "มติที่ประชุม        รับรอง",
        "ระเบียบวาระที่ 4  เรื่องที่เสนอใหม่",
        "        4.3  ญัตติของนายสุวิทย์ อินต๊ะวงศ์ สมาชิกสภาองค์การบริหารส่วนจังหวัด เรื่อง",
        "             ขอให้องค์การบริหารส่วนจังหวัด รับโอนถนนสายบ้านสบปืน มาบำรุงรักษา",
        "นายสุวิทย์ อินต๊ะวงศ์     ถนนสายดังกล่าวอยู่ในความรับผิดชอบของเทศบาลตำบล",
        "มติที่ประชุม        เห็นชอบ",
    ]
    titles = {a.item_no: a.title for a in rows_of(parse_pages("\n".join(minutes)), Agenda)}
    assert titles["2"].endswith("ครั้งที่ 1 วันพฤหัสบดีที่ 14 สิงหาคม 2568")
    assert titles["4.3"].endswith("เรื่อง ขอให้องค์การบริหารส่วนจังหวัด รับโอนถนนสายบ้านสบปืน มาบำรุงรักษา")


def test_a_one_year_section_heading_as_a_copier_scan_reads_it() -> None:
    # heldout70 07 as a copier scan reads it: ``3, ผลการประ เมินรายตัวชีวัด ปีงบประมาณ พ.ศ. 2568``
    # (the dot read as a comma, a space inside ประเมิน): the list under it read as 2567's
    report = [
        *REPORT_HEAD,
        "แบบวัด\tน้ำหนัก (ร้อยละ)\tปี 2567\tปี 2568\tเพิ่มขึ้น/ลดลง",
        "IIT\t30\t86.14\t88.86\t+2.72",
        "3, ผลการประ เมินรายตัวชีวัด ปีงบประมาณ พ.ศ. 2568",
        "     3.1 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IT)                          เฉลี่ย 88.86",
        "         (1) การปฏิบัติหน้าที่                                 91.24 คะแนน",
    ]
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages("\n".join(report)), ItaScore)}
    assert scores[(2568, "IIT", 1)] == Decimal("91.24")
    assert (2567, "IIT", 1) not in scores


def test_a_sheets_steps_in_a_table_numbered_in_a_column_of_their_own() -> None:
    # heldout68 06, heldout69 06: ``ขั้นตอน | กิจกรรม | ช่วงเวลา`` (``ขั้นตอนที่`` too) under
    # ``5. วิธีดำเนินการ``, a step's wrapped rest and its period's in rows without a number, the
    # table broken by a page: the whole table was read as one method
    sheet = [
        "รายละเอียดโครงการ/กิจกรรม/มาตรการ",
        "ลำดับที่ 3",
        "1. ชื่อโครงการ  โครงการชุมชนประมงร่วมใจ",
        "2. หลักการและเหตุผล",
        "    ชุมชนประมงเป็นกลุ่มที่ได้รับผลกระทบโดยตรง",
        "5. วิธีดำเนินการ",
        "ขั้นตอน\tกิจกรรม\tช่วงเวลา",
        "1\tประชุมคณะทำงานและประสานกลุ่มประมง\tม.ค. 2569",
        "2\tจัดเวทีให้ความรู้เรื่องการป้องกันการทุจริต\tก.พ. – มี.ค.",
        "\tและผลประโยชน์ทับซ้อน 2 ครั้ง\t2569",
        "3\tติดตามและสรุปผลการดำเนินโครงการ\tมิ.ย. 2569",
        "\t\t2569",
        "6. ระยะเวลาดำเนินการ  มกราคม - มิถุนายน 2569",
    ]
    (found,) = rows_of(parse_pages("\n".join(RULED_PLAN), "\n".join(sheet)), ProjectSheet)
    assert found.methods == [
        "ประชุมคณะทำงานและประสานกลุ่มประมง",
        "จัดเวทีให้ความรู้เรื่องการป้องกันการทุจริต และผลประโยชน์ทับซ้อน 2 ครั้ง",
        "ติดตามและสรุปผลการดำเนินโครงการ",
    ]


def test_guard_a_sentence_listing_the_plans_kinds_of_work_is_no_header() -> None:
    """(guard) ``ประกอบด้วยโครงการ กิจกรรม มาตรการ ดังนี้`` over the plan's summary sentences."""
    labels = [b.label for b in _guard("c_ap1", Budget) if b.kind == "plan_total"]
    assert any(label.startswith("มิติที่ 1") for label in labels) and any(label.startswith("มิติที่ 2") for label in labels)


def test_guard_a_sheets_cost_table_is_no_step_table() -> None:
    """(guard) ``ที่ | รายการ | งบประมาณ (บาท)`` under a sheet's budget section."""
    (sheet,) = _guard("c_ps1", ProjectSheet)
    assert sheet.budget_thb == Decimal("8600.00")


def test_guard_a_count_of_matters_ends_a_title() -> None:
    """(guard) ``1.1 หนังสือสั่งการจากอำเภอ จำนวน 2 เรื่อง`` over the speaker's line."""
    from schemas import Agenda

    titles = {a.item_no: a.title for a in _guard("c_mn1", Agenda)}
    assert titles["1.1"].endswith("จำนวน 2 เรื่อง")


def test_a_captions_post_wrapped_in_its_cell() -> None:
    # heldout70 02 as the Chromium render lays it out: ``สมาชิกสภาองค์การบริหาร | จำนวน ๑๘ คน |
    # ได้แก่`` over ``ส่วนจังหวัดนันทนคร``: the post's rest ran into the row above
    minutes = [
        "รายงานการประชุมสภาองค์การบริหารส่วนจังหวัดนันทบุรี",
        "สมัยสามัญ สมัยที่ 3 ครั้งที่ 2 ประจำปี พ.ศ. 2568",
        "วันพฤหัสบดีที่ 21 สิงหาคม 2568",
        "ผู้มาประชุม",
        "1.\tนายอนันต์ เตจ๊ะ\tเลขานุการสภาองค์การบริหารส่วนจังหวัด",
        "สมาชิกสภาองค์การบริหาร\tจำนวน 2 คน\tได้แก่",
        "ส่วนจังหวัดนันทบุรี",
        "2.\tนายไพโรจน์ ใจมา\t3.\tนางสาวสุภาพร คำมูล",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
    ]
    by_name = {a.full_name: a for a in rows_of(parse_pages("\n".join(minutes)), Attendee)}
    assert by_name["อนันต์ เตจ๊ะ"].position == "เลขานุการสภาองค์การบริหารส่วนจังหวัด"
    assert by_name["ไพโรจน์ ใจมา"].position == "สมาชิกสภาองค์การบริหารส่วนจังหวัดนันทบุรี"


def test_a_ten_heading_sheets_target_and_its_indicators_beside_outcomes() -> None:
    # heldout70 06 (the ป.ป.ช. ten-heading sheet): ``๔. เป้าหมาย/ผลผลิต`` and ``๑๐. ตัวชี้วัด/
    # ผลลัพธ์`` with ``ตัวชี้วัด`` and ``ผลลัพธ์`` under it: the target was read as the outputs
    sheet = [
        "รายละเอียดโครงการ/กิจกรรม/มาตรการ",
        "ลำดับที่ 1",
        "๑. ชื่อโครงการ  โครงการอบรมคุณธรรมจริยธรรม",
        "๒. หลักการและเหตุผล",
        "        พนักงานควรยึดมั่นในประมวลจริยธรรม",
        "๔. เป้าหมาย/ผลผลิต",
        "        ผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล จำนวน ๖๐ คน",
        "๘. งบประมาณ  ๒๕,๐๐๐ บาท",
        "๑๐. ตัวชี้วัด/ผลลัพธ์",
        "        ตัวชี้วัด",
        "        - ผู้เข้ารับการอบรมไม่น้อยกว่าร้อยละ ๙๐ ของกลุ่มเป้าหมาย",
        "        ผลลัพธ์",
        "        - บุคลากรปฏิบัติงานอย่างซื่อสัตย์",
    ]
    (found,) = rows_of(parse_pages("\n".join(RULED_PLAN), "\n".join(sheet)), ProjectSheet)
    assert found.target_group == "ผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล จำนวน 60 คน"
    assert found.outputs == ["ผู้เข้ารับการอบรมไม่น้อยกว่าร้อยละ 90 ของกลุ่มเป้าหมาย"]
    assert found.outcomes == ["บุคลากรปฏิบัติงานอย่างซื่อสัตย์"]
