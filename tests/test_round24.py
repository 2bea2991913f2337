"""Layouts this round brought (fictional offices, written the ways Thai offices print them and
scans read them): each class one test, failing on the code before the round."""

from __future__ import annotations

from decimal import Decimal

from pipeline.model import Parsed
from pipeline.thai import parse_money, wrapped_inside_word
from schemas import (
    Agenda,
    Attendee,
    CommitteeMember,
    Measure,
    Meeting,
    Memo,
    Order,
    ProjectSheet,
    Resolution,
)
from tests.conftest import parse_pages


def rows_of(parsed: list[Parsed], kind: type) -> list:
    return [r for p in parsed for r in p.rows if isinstance(r, kind)]


def test_a_line_breaks_inside_a_word_only_where_the_dictionary_says_so() -> None:
    assert wrapped_inside_word("การเลือกคณะกรรมการแปร", "ญัตติ ร่างเทศบัญญัติ")
    assert not wrapped_inside_word("รับรองรายงานการประชุม", "ครั้งที่ 3/2569")
    assert not wrapped_inside_word("ประจำปีงบประมาณ", "พ.ศ. 2570")  # (a letter alone makes words)
    assert not wrapped_inside_word("(ITA)", "ประจำปี")


def test_an_agenda_title_wrapped_to_the_margin_and_on_under_an_indented_speech_column() -> None:
    # A scan of minutes whose speeches stand indented: the page wrapped a long heading at its
    # edge (the rest at the margin), and the heading's own second line stands indented.
    speech = [f"\tประธานสภาฯ แจ้งรายละเอียดข้อ {n} ให้ที่ประชุมทราบโดยสังเขป" for n in range(1, 4)]
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมสภาเทศบาลตำบลห้วยทรายงาม",
                "สมัยสามัญ สมัยที่ ๓ ครั้งที่ ๑/๒๕๖๙",
                "วันพฤหัสบดีที่ ๑๓ สิงหาคม ๒๕๖๙ เวลา ๐๙.๐๐ น.",
                "ระเบียบวาระที่ ๑ เรื่อง ประธานแจ้งต่อที่ประชุม",
                *speech,
                "\tมติที่ประชุม รับทราบ",
                "ระเบียบวาระที่ ๒ เรื่อง ที่เสนอใหม่",
                "ระเบียบวาระที่ ๒.๑ การกำหนดจำนวนและการเลือกคณะกรรมการแปร",
                "ญัตติ",
                "\tร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ",
                "\tพ.ศ. ๒๕๗๐",
                *speech,
                "\tมติที่ประชุม เห็นชอบ ๗ คน",
                "ระเบียบวาระที่ ๒.๒ ญัตติขอความเห็นชอบการขอใช้ที่ดิน",
                "สาธารณประโยชน์ แปลงหนองสิม",
                "\tชุมชนโพนสว่าง",
                *speech,
                "\tมติที่ประชุม เห็นชอบ",
            ]
        )
    )
    titles = {a.item_no: a.title for a in rows_of(parsed, Agenda)}
    assert titles["2"] == "ที่เสนอใหม่"
    assert titles["2.1"] == "การกำหนดจำนวนและการเลือกคณะกรรมการแปรญัตติ ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570"
    assert titles["2.2"] == "ญัตติขอความเห็นชอบการขอใช้ที่ดิน สาธารณประโยชน์ แปลงหนองสิม ชุมชนโพนสว่าง"


# --- heldout24's layouts (text) ----------------------------------------------------------------


def test_measures_each_a_small_table_of_labelled_rows() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "องค์การบริหารส่วนตำบลหนองบัวงาม",
                "๓. มาตรการและแนวทางปฏิบัติ",
                "มาตรการที่ ๑\tมาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
                "วิธีการ/แนวทาง\t๑) ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์",
                "\t๒) สรุปผลรายเดือน",
                "ผู้รับผิดชอบ\tกองคลัง",
                "ระยะเวลา\tต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙",
                "การติดตามผล\tรายงานทุกไตรมาส",
                "",
                "มาตรการที่ ๒\tมาตรการงดรับของขวัญ",
                "แนวทาง/วิธีการ\tประกาศนโยบาย No Gift Policy",
                "หน่วยงานรับผิดชอบ\tทุกส่วนราชการ",
                "ระยะเวลา\tตลอดปีงบประมาณ",
            ]
        )
    )
    measures = {m.seq: (m.measure, m.method, m.responsible) for m in rows_of(parsed, Measure)}
    assert measures == {
        1: ("มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "1) ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์ 2) สรุปผลรายเดือน", "กองคลัง"),
        2: ("มาตรการงดรับของขวัญ", "ประกาศนโยบาย No Gift Policy", "ทุกส่วนราชการ"),
    }


COMMITTEE_MINUTES = [
    "รายงานการประชุมคณะกรรมการควบคุมภายใน เทศบาลตำบลดงงาม",
    "    ครั้งที่      :  ๑/๒๕๖๙",
    "    วันที่       :  วันพุธที่ ๑๘ มีนาคม ๒๕๖๙",
    "    เวลา        :  ๑๓:๓๐ น.",
    "    สถานที่      :  ห้องประชุมเทศบาลตำบลดงงาม",
    "ผู้มาประชุม",
    "  ๑.  นายวีระ  ศรีงาม           นายกเทศมนตรีตำบลดงงาม (ประธานกรรมการ)",
    "  ๒.  นายอนันต์  พลงาม           รองปลัดเทศบาล แทน ปลัดเทศบาล (รองประธานกรรมการ)",
    "  ๓.  นางสาวจิรา  แสนงาม       นักวิชาการตรวจสอบภายในชำนาญการ (กรรมการและเลขานุการ)",
    "เริ่มประชุมเวลา ๑๓:๓๐ น.",
    "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "มติที่ประชุม  รับทราบ",
]


def test_a_label_colon_value_heading_and_roles_in_brackets_after_the_post() -> None:
    parsed = parse_pages("\n".join(COMMITTEE_MINUTES))
    (meeting,) = rows_of(parsed, Meeting)
    assert meeting.title == "รายงานการประชุมคณะกรรมการควบคุมภายใน เทศบาลตำบลดงงาม"
    assert (meeting.session_no, str(meeting.start_time)) == ("1/2569", "13:30:00")
    people = {a.full_name: (a.position, a.acting_for, a.role) for a in rows_of(parsed, Attendee)}
    assert people == {
        "วีระ ศรีงาม": ("นายกเทศมนตรีตำบลดงงาม", None, "ประธานกรรมการ"),
        "อนันต์ พลงาม": ("รองปลัดเทศบาล", "ปลัดเทศบาล", "รองประธานกรรมการ"),
        "จิรา แสนงาม": ("นักวิชาการตรวจสอบภายในชำนาญการ", None, "กรรมการและเลขานุการ"),
    }


def test_minutes_kept_as_one_ruled_table_with_a_resolution_column() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมพนักงานเทศบาลตำบลดงงาม",
                "ครั้งที่ ๒/๒๕๖๙",
                "วันอังคารที่ ๒๔ กุมภาพันธ์ ๒๕๖๙  เวลา ๑๓.๓๐ น.",
                "ผู้มาประชุม",
                "ที่\tชื่อ - สกุล\tตำแหน่ง\tที่\tชื่อ - สกุล\tตำแหน่ง",
                "๑\tนายธวัช มีงาม\tปลัดเทศบาล\t๓\tจ.อ.ประสิทธิ์ ใจงาม\tนายช่างโยธา",
                "๒\tนางสาวสุนิสา แย้มงาม\tรองปลัดเทศบาล\t๔\tนายวัชระ ชื่นงาม\tพนักงานขับรถยนต์",
                "เริ่มประชุมเวลา ๑๓.๓๐ น.",
                "วาระ\tเรื่อง / สาระสำคัญ\tมติที่ประชุม",
                "1\tเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\t",
                "1.1\tการลงเวลาด้วยระบบสแกนใบหน้า\tรับทราบและ",
                "\t- ตั้งแต่วันที่ ๒ มีนาคม ๒๕๖๙ ให้ทุกคนลงเวลาด้วยเครื่องสแกน\tถือปฏิบัติ",
                "\t  ที่ติดตั้งบริเวณชั้น ๑ แทนการลงลายมือชื่อในสมุดลงเวลา\t",
                "2\tเรื่องรับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๙\tรับรอง",
                "3\tเรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว\t-",
                "\t- ไม่มี -\t",
                "4\tเรื่องอื่น ๆ\t",
                "\t- ขอให้ทุกกองทำความสะอาดสำนักงาน (Big Cleaning Day)\t",
                "\t  ทุกวันศุกร์สุดท้ายของเดือน\t",
                "ปิดประชุม ๑๕.๑๐ น.",
            ]
        )
    )
    names = {a.full_name for a in rows_of(parsed, Attendee)}
    assert names == {"ธวัช มีงาม", "สุนิสา แย้มงาม", "ประสิทธิ์ ใจงาม", "วัชระ ชื่นงาม"}
    titles = {a.item_no: a.title for a in rows_of(parsed, Agenda)}
    assert titles["1.1"] == "การลงเวลาด้วยระบบสแกนใบหน้า" and titles["4"] == "อื่น ๆ"
    said = {(r.item_no, r.text) for r in rows_of(parsed, Resolution)}
    assert said == {("1.1", "รับทราบและ ถือปฏิบัติ"), ("2", "รับรอง")}


def test_an_order_member_whose_bracketed_name_and_role_wrapped_below_a_long_post() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "คำสั่งองค์การบริหารส่วนตำบลดอนงาม  ที่  ๙๐/๒๕๖๙",
                "เรื่อง  แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
                "        ๑. คณะทำงาน  ประกอบด้วย",
                "            ๑.๑  ปลัด อบต.ดอนงาม (นางสาววรา  คำงาม)        ประธานคณะทำงาน",
                "            ๑.๒  ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม",
                "                  (นางอัมพร  ไชยงาม)                             คณะทำงาน",
                "            ๑.๓  นิติกรชำนาญการ (นายจักร  โพธิ์งาม)                คณะทำงานและเลขานุการ",
                "                        สั่ง  ณ  วันที่   ๒๖   กุมภาพันธ์   พ.ศ. ๒๕๖๙",
                "                                        (นายบุญ  ศรีงาม)",
                "                                  นายกองค์การบริหารส่วนตำบลดอนงาม",
                "สำเนาเรียน  นายอำเภอนาหว้า",
                "ร่าง/พิมพ์  ............  (นักจัดการงานทั่วไป)",
            ]
        )
    )
    members = {m.seq: (m.full_name, m.position, m.role) for m in rows_of(parsed, CommitteeMember)}
    assert members == {
        "1.1": ("วรา คำงาม", "ปลัด อบต.ดอนงาม", "ประธานคณะทำงาน"),
        "1.2": ("อัมพร ไชยงาม", "ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม", "คณะทำงาน"),
        "1.3": ("จักร โพธิ์งาม", "นิติกรชำนาญการ", "คณะทำงานและเลขานุการ"),
    }
    (order,) = rows_of(parsed, Order)
    assert order.signer_position == "นายกองค์การบริหารส่วนตำบลดอนงาม"


def test_a_short_no_budget_cell_and_a_sheets_listed_costs_total() -> None:
    assert parse_money("ไม่ใช้งบ", read="cell") == Decimal("0.00")
    sheet = "\n".join(
        [
            "รายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
            "ลำดับที่ ๑",
            "๑. ชื่อโครงการ  โครงการอบรมคุณธรรมแก่ประชาชน",
            "๒. หลักการและเหตุผล",
            "        เพื่อปลูกฝังความซื่อสัตย์",
            "๓. งบประมาณ  จากข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙ รายละเอียดดังนี้",
            "     - ค่าอาหารกลางวัน ๘๐ คน x ๒ มื้อ x ๘๐ บาท                        ๑๒,๘๐๐  บาท",
            "     - ค่าป้ายโครงการ                                               ๔๐๐  บาท",
            "       รวมเป็นเงินทั้งสิ้น                                              ๑๓,๒๐๐  บาท",
            "๔. ผู้รับผิดชอบโครงการ  สำนักปลัด",
            "๕. ตัวชี้วัดความสำเร็จ (ผลผลิต)",
            "     ● ประชาชนเข้าร่วมไม่น้อยกว่า ๘๐ คน",
            "๖. ผลที่คาดว่าจะได้รับ (ผลลัพธ์)",
            "     ● ประชาชนมีค่านิยมไม่ทนต่อการทุจริต",
        ]
    )
    (row,) = rows_of(parse_pages(sheet), ProjectSheet)
    assert (row.budget_thb, row.responsible) == (Decimal("13200.00"), "สำนักปลัด")
    assert (row.outputs, row.outcomes) == (["ประชาชนเข้าร่วมไม่น้อยกว่า 80 คน"], ["ประชาชนมีค่านิยมไม่ทนต่อการทุจริต"])


def test_a_sub_items_title_wrapped_before_its_amount_and_a_standing_in_cell_typed_apart() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมสภาองค์การบริหารส่วนตำบลควนงาม",
                "สมัยวิสามัญ สมัยที่ ๑ ครั้งที่ ๑/๒๕๖๙",
                "วันจันทร์ที่ ๙ มีนาคม ๒๕๖๙  เวลา ๙.๓๐ น.",
                "ผู้เข้าร่วมประชุม",
                "   ๑.  นายกิตติ  ด้วงงาม            นายช่างโยธาอาวุโส  แทน  ผอ.กองช่าง",
                "ระเบียบวาระที่ ๑  เรื่องเพื่อพิจารณา",
                "                    ๑.๑ โอนไปตั้งจ่ายรายการใหม่ ค่าจัดซื้อเครื่องสูบน้ำ จำนวน ๒ เครื่อง งบประมาณ",
                "                    ๙๖,๐๐๐ บาท",
                "มติที่ประชุม            อนุมัติ",
            ]
        )
    )
    (title,) = [a.title for a in rows_of(parsed, Agenda) if a.item_no == "1.1"]
    assert title == "โอนไปตั้งจ่ายรายการใหม่ ค่าจัดซื้อเครื่องสูบน้ำ จำนวน 2 เครื่อง งบประมาณ 96,000 บาท"
    (guest,) = rows_of(parsed, Attendee)
    assert (guest.position, guest.acting_for) == ("นายช่างโยธาอาวุโส", "ผอ.กองช่าง")


def test_a_memos_routing_note_is_no_part_of_its_addressee() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "บันทึกข้อความ",
                "ส่วนราชการ  กองคลัง  องค์การบริหารส่วนตำบลบ่องาม",
                "ที่  ลพ ๗๘๓๐๑/๐๔๗          วันที่  ๕ ก.พ. ๒๕๖๙",
                "เรื่อง  ขออนุมัติเผยแพร่สรุปผลการจัดซื้อจัดจ้าง",
                "เรียน  นายกองค์การบริหารส่วนตำบลบ่องาม (ผ่าน ปลัด อบต.)",
                "        ด้วยงานพัสดุได้สรุปผลการจัดซื้อจัดจ้างประจำเดือน",
            ]
        )
    )
    (memo,) = rows_of(parsed, Memo)
    assert memo.addressee == "นายกองค์การบริหารส่วนตำบลบ่องาม"


# --- heldout24's layouts as word processors and browsers print them (text layers) ----------------


def test_an_order_in_narrow_cells_its_number_wrapped_and_holders_wrapped_under_their_posts() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "\tคำสั่งองค์การบริหารส่วนตำบลซนงาม\tที่",
                "\t๘๘/๒๕๖๙",
                "\tเรื่อง\tแต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
                "๑. คณะทำงาน\tประกอบด้วย",
                "1.1\tรองนายก อบต.ซน\tประธานคณะทำงาน",
                "\tงาม (นายสุรชัย\tพรมงาม)",
                "1.2\tรองปลัด อบต.ซนงาม\tรองประธานคณะ",
                "\t(นายธนากร\tอุปงาม)\tทำงาน",
                "1.3\tหัวหน้าสำนักปลัด (นาง\tคณะทำงานและ",
                "\tพิมพา\tศรีงาม)\tเลขานุการ",
                "สั่ง ณ วันที่ ๒๖ กุมภาพันธ์ พ.ศ. ๒๕๖๙",
            ]
        )
    )
    (order,) = rows_of(parsed, Order)
    assert order.order_no == "88/2569"
    members = {m.seq: (m.prefix, m.full_name, m.position, m.role) for m in rows_of(parsed, CommitteeMember)}
    assert members == {
        "1.1": ("นาย", "สุรชัย พรมงาม", "รองนายก อบต.ซนงาม", "ประธานคณะทำงาน"),
        "1.2": ("นาย", "ธนากร อุปงาม", "รองปลัด อบต.ซนงาม", "รองประธานคณะทำงาน"),
        "1.3": ("นาง", "พิมพา ศรีงาม", "หัวหน้าสำนักปลัด", "คณะทำงานและเลขานุการ"),
    }


def test_wrapped_remarks_a_prose_list_cut_after_and_and_an_overview_title_wrapped_after_when() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมพนักงานเทศบาลตำบลทับงาม",
                "ครั้งที่ ๒/๒๕๖๙",
                "วันอังคารที่ ๒๔ กุมภาพันธ์ ๒๕๖๙  เวลา ๑๓.๓๐ น.",
                "ระเบียบวาระการประชุม",
                "\tระเบียบวาระที่ 1\tเรื่องรับรองรายงานการประชุมครั้งที่ 1/2569 เมื่อวัน",
                "อังคารที่ 16 ธันวาคม 2568",
                "ผู้มาประชุม",
                "\t1. นายธวัช\tมีงาม\tปลัดเทศบาล",
                "ผู้ไม่มาประชุม",
                "\t1. นายปรีชา\tทับงาม\tเจ้าพนักงานพัสดุ ชง.\t(ไป",
                "\tราชการ)",
                "ผู้เข้าร่วมประชุม ได้แก่ นายเสถียร หนูงาม ส.อบต. หมู่ที่ 4 (ลากิจ) และ",
                "นางจำเนียร ทองงาม",
                "เริ่มประชุมเวลา ๑๓.๓๐ น.",
                "ระเบียบวาระที่ 1\tเรื่องรับรองรายงานการประชุมครั้งที่ 1/2569 เมื่อวัน",
                "อังคารที่ 16 ธันวาคม 2568",
                "\tเลขานุการได้ส่งรายงานการประชุมให้กรรมการแล้ว",
                "มติที่ประชุม\tรับรอง",
            ]
        )
    )
    (title,) = [a.title for a in rows_of(parsed, Agenda)]
    assert title == "รับรองรายงานการประชุมครั้งที่ 1/2569 เมื่อวันอังคารที่ 16 ธันวาคม 2568"
    people = {a.full_name: a.position for a in rows_of(parsed, Attendee)}
    assert people["ปรีชา ทับงาม"] == "เจ้าพนักงานพัสดุ ชง."
    assert people["เสถียร หนูงาม"] == "ส.อบต. หมู่ที่ 4"
    assert "จำเนียร ทองงาม" in people


# --- what a scan did to heldout24's headings (classes found on the pipeline's own OCR'd text) ---


def test_a_garuda_a_scan_garbled_or_specked_before_a_memo_title_or_above_an_order() -> None:
    memo = parse_pages(
        "\n".join(
            [
                "(คร ฑ)                    บันทึกข้อความ",
                "ส่วนราชการ  กองคลัง  องค์การบริหารส่วนตำบลบ่องาม",
                "ที่  ลพ ๗๘๓๐๑/๐๓๒          วันที่  ๕ กุมภาพันธ์ ๒๕๖๙",
                "เรื่อง  ขออนุมัติเผยแพร่สรุปผลการจัดซื้อจัดจ้าง",
                "เรียน  นายกองค์การบริหารส่วนตำบลบ่องาม",
            ]
        )
    )
    assert [p.document.doc_type for p in memo] == ["memo"]
    order = parse_pages(
        "\n".join(
            [
                "                 (ครุฑ)         4",
                "     คำสั่งองค์การบริหารส่วนตำบลซนงาม ท",
                "     ๘๘/๒๕๖๙",
                "เรื่อง แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
                "สั่ง ณ วันที่ ๒๖ กุมภาพันธ์ พ.ศ. ๒๕๖๙",
            ]
        )
    )
    assert [p.document.doc_type for p in order] == ["order"]
    (row,) = rows_of(order, Order)
    assert row.order_no == "88/2569"


def test_a_sign_read_twice_and_a_meeting_month_a_scan_garbled_put_back_by_the_weekday() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมพนักงานเทศบาลตำบลทับงาม",
                "ครั้งที่ ๒/๒๕๖๙",
                "วันอังคารที่ ๒๔ A.W. ๒๕๖๙ เวลา ๑๓.๓๐ น.",
                "ระเบียบวาระที่ ๑ เรื่องรับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๙ เมือ",
                "วันอังคารที่ ๒๗ มกราคม ๒๕๖๙",
                "มติที่ประชุม รับรอง",
                "ระเบียบวาระที่ ๒ เรื่องแจ้งเพื่อทราบ",
                "        ให้ทุกคนลงเวลาด้วยเครื่องสแกน ตั้งแต่วันที่ ๒ มีนาคม ๒๕๖๙",
                "มติที่ประชุม รับทราบ",
            ]
        )
    )
    (meeting,) = rows_of(parsed, Meeting)
    assert str(meeting.meeting_date) == "2026-02-24"  # (Tuesday 24 falls in Feb, Mar and Nov 2026)
    titles = {a.item_no: a.title for a in rows_of(parsed, Agenda)}
    assert titles["1"] == "รับรองรายงานการประชุมครั้งที่ 1/2569 เมือวันอังคารที่ 27 มกราคม 2569"
    doubled = parse_pages("รายงานการประะชุมสภาองค์การบริหารส่วนตำบลควนงาม\nครั้งที่ ๑/๒๕๖๙\nวันจันทร์ที่ ๙ มีนาคม ๒๕๖๙")
    assert [p.document.doc_type for p in doubled] == ["minutes"]


def test_a_numbered_groups_name_wrapped_below_and_an_agenda_tables_header_a_scan_garbled() -> None:
    order = parse_pages(
        "\n".join(
            [
                "คำสั่งองค์การบริหารส่วนตำบลซนงาม",
                "ที่ ๘๘/๒๕๖๙",
                "เรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต",
                "๑. คณะกรรมการอำนวย          ประกอบด้วย",
                "การ",
                "๑.๑     นายก อบต.ซนงาม (นายบุญ ศรีงาม)  ประธานกรรมการ",
                "สั่ง ณ วันที่ ๒๖ กุมภาพันธ์ พ.ศ. ๒๕๖๙",
            ]
        )
    )
    assert [m.group_name for m in rows_of(order, CommitteeMember)] == ["คณะกรรมการอำนวยการ"]
    minutes = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมพนักงานเทศบาลตำบลทับงาม",
                "ครั้งที่ ๒/๒๕๖๙",
                "วันอังคารที่ ๒๔ กุมภาพันธ์ ๒๕๖๙ เวลา ๑๓.๓๐ น.",
                "วาระ\tเรอง/ สาระสาคญ\tมติที่ประชุม",
                "1\tเรืองทีประธานแจ้งให้ทีประชุมทราบ",
                "1.1\tการลงเวลาด้วยระบบสแกนใบหน้า\tรับทราบ",
            ]
        )
    )
    assert {(r.item_no, r.text) for r in rows_of(minutes, Resolution)} == {("1.1", "รับทราบ")}


def test_measure_blocks_whose_number_a_scan_lost_or_garbled() -> None:
    lines = ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "องค์การบริหารส่วนตำบลหนองบัวงาม"]
    for label, name in (("มาตรการที ๑", "มาตรการเปิดเผยข้อมูล"), ("มาตรการท ๒", "มาตรการงดรับของขวัญ"),
                        ("มาตรการที่", "มาตรการจัดการเรื่องร้องเรียน"), ("มาตรการที่ซ", "มาตรการส่งเสริมจริยธรรม")):
        lines += [f"{label}\t{name}", "วิธีการ/แนวทาง\tประชุมชี้แจงบุคลากร", "ผู้รับผิดชอบ\tสำนักปลัด", "ระยะเวลา\tตลอดปีงบประมาณ"]
    measures = {m.seq: m.measure for m in rows_of(parse_pages("\n".join(lines)), Measure)}
    assert measures == {1: "มาตรการเปิดเผยข้อมูล", 2: "มาตรการงดรับของขวัญ", 3: "มาตรการจัดการเรื่องร้องเรียน", 4: "มาตรการส่งเสริมจริยธรรม"}


def test_dark_columns_under_a_tables_last_ruling_are_no_rulings_unless_they_line_up() -> None:
    from pipeline.ocr import is_ruled

    table = [452, 762, 924, 1088]
    horizontal = [1340, 1750, 1820, 1900, 1970]  # the table's rulings; its legend below them
    assert is_ruled(table, 1785.0, horizontal, [], held=False)  # enclosed by rulings
    assert not is_ruled([921, 1432, 1749], 2056.0, horizontal, table, held=False)  # a legend's letter stacks
    assert is_ruled([455, 760, 1500], 2056.0, horizontal, table, held=False)  # the table's columns go on
    assert not is_ruled([455], 1785.0, horizontal, table, held=True)


def test_filled_dots_tesseract_read_as_ones_are_dots_and_a_thai_one_stays() -> None:
    from PIL import Image, ImageDraw

    from pipeline.ocr import Word, filled_dots

    page = Image.new("L", (400, 100), 255)
    draw = ImageDraw.Draw(page)
    draw.ellipse((20, 30, 48, 58), fill=0)  # a plan's quarter mark
    draw.ellipse((60, 30, 88, 58), fill=0)
    draw.ellipse((200, 30, 234, 58), outline=0, width=5)  # a ๑'s loop, its tail out to the right
    draw.line((232, 34, 246, 26), fill=0, width=5)
    draw.rectangle((300, 62, 305, 67), fill=0)  # a full stop
    words = [
        Word(left=18, top=28, width=72, height=32, conf=40.0, text="๑๑"),
        Word(left=198, top=24, width=50, height=36, conf=90.0, text="๑"),
        Word(left=298, top=60, width=9, height=9, conf=50.0, text="1"),
        Word(left=120, top=28, width=60, height=32, conf=90.0, text="งาน"),
    ]
    assert [w.text for w in filled_dots(words, page)] == ["●●", "๑", "1", "งาน"]


def test_a_group_numbered_with_kho_whose_name_a_scan_wrapped_before_prakop_duai() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "คำสั่งเทศบาลตำบลคลองงาม",
                "ที่ ๑๒/๒๕๖๙",
                "เรื่อง แต่งตั้งคณะทำงานติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
                "ข้อ๒ คณะทำงานสนับสนุนการติดตามและประเมินผลแผนพัฒนาท้อง",
                "ถิ่น ประกอบด้วย",
                "         ๑) หัวหน้าสำนักปลัดเทศบาล (นายพิเชษฐ์ ใจงาม)   เป็นหัวหน้าคณะทำงาน",
                "สั่ง ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๙",
            ]
        )
    )
    (member,) = rows_of(parsed, CommitteeMember)
    assert member.group_name == "คณะทำงานสนับสนุนการติดตามและประเมินผลแผนพัฒนาท้องถิ่น"


def test_a_sub_item_heading_a_page_wrapped_in_an_indented_speech_column() -> None:
    # a scan of council minutes: the speaker column at the left, sub-item headings in the speech
    # column; the page wrapped a heading that reached its line's end, then wrapped its amount
    speech = "                  ประธานสภาฯ ขอให้สมาชิกพิจารณาญัตติดังกล่าวตามระเบียบการประชุมสภา"
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมสภาองค์การบริหารส่วนตำบลควนงาม",
                "สมัยวิสามัญ สมัยที่ ๑ ครั้งที่ ๑/๒๕๖๙",
                "วันจันทร์ที่ ๙ มีนาคม ๒๕๖๙ เวลา ๙.๓๐ น.",
                "ระเบียบวาระที่ ๔  เรื่องที่เสนอใหม่",
                speech,
                "                  ๔.๑ โอนไปตั้งจ่ายรายการใหม่ ค่าจัดซื้อเครื่องสูบน้ำและอุปกรณ์ประกอบ",
                "                  จำนวน ๒ เครื่อง งบประมาณ",
                "                  ๙๖,๐๐๐ บาท",
                speech,
                "มติที่ประชุม            อนุมัติ",
            ]
        )
    )
    (title,) = [a.title for a in rows_of(parsed, Agenda) if a.item_no == "4.1"]
    assert title == "โอนไปตั้งจ่ายรายการใหม่ ค่าจัดซื้อเครื่องสูบน้ำและอุปกรณ์ประกอบ จำนวน 2 เครื่อง งบประมาณ 96,000 บาท"


def test_a_names_space_a_scan_moved_is_put_where_the_document_prints_it_elsewhere() -> None:
    from parsers.vocabulary import respaced_name

    text = "๑ นายธวัชชัยมี ทรัพย์ ปลัดเทศบาล ... (ลงชื่อ) ธวัชชัย มีทรัพย์ ผู้ตรวจบันทึกการประชุม"
    assert respaced_name("ธวัชชัยมี ทรัพย์", text) == "ธวัชชัย มีทรัพย์"
    assert respaced_name("บุญ มาพรมมา", "นายบุญ มาพรมมา ส.ท. ... ส.ท.บุญมา พรมมา เสนอ") == "บุญมา พรมมา"
    assert respaced_name("สมชาย ใจดี", "นายสมชาย ใจดี ... สมชาย ใจดี") == "สมชาย ใจดี"
    assert respaced_name("คำปัน เรือนมูล", "นายคำปัน เรือนมูล") == "คำปัน เรือนมูล"  # (nothing else printed)


def test_a_name_run_together_before_its_post_is_split_where_a_given_name_meets_a_family_name() -> None:
    from parsers.minutes import person_name
    from parsers.vocabulary import unglued_name

    assert person_name("นายประเสริฐแสนโคตร ปลัดองค์การบริหารส่วนตำบลโนนงาม") == (
        "นาย", "ประเสริฐ แสนโคตร", "ปลัดองค์การบริหารส่วนตำบลโนนงาม",
    )
    assert person_name("นางสาวสมศรี ใจงาม ปลัดเทศบาล") == ("นางสาว", "สมศรี ใจงาม", "ปลัดเทศบาล")
    assert unglued_name("คำปันเรือนมูล") is None  # (no family name known to end it: left as read)


def test_a_one_word_name_in_its_cell_split_and_a_bracketed_aside_below_it_no_surname() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมคณะกรรมการประเมินผลแผนพัฒนาท้องถิ่น",
                "ครั้งที่ ๑/๒๕๖๙",
                "วันอังคารที่ ๒๘ เมษายน ๒๕๖๙ เวลา ๙.๓๐ น.",
                "ผู้มาประชุม",
                "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
                "๑\tดร.ปัญญาสุขประเสริฐ\tผู้ทรงคุณวุฒิ\tกรรมการ",
                "\t\t(อาจารย์มหาวิทยาลัย)\t",
                "ระเบียบวาระที่ ๑ เรื่องแจ้งเพื่อทราบ",
                "มติที่ประชุม รับทราบ",
            ]
        )
    )
    (person,) = rows_of(parsed, Attendee)
    assert person.full_name == "ปัญญา สุขประเสริฐ"


# --- heldout25 (written blind after this round's fixes; its first contact in docs/) ---------------


def test_an_ita_table_headed_by_short_indicator_labels_with_their_names_in_a_legend() -> None:
    from schemas import ItaScore

    parsed = parse_pages(
        "\n".join(
            [
                "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙  เทศบาลเมืองนางาม",
                "ปีงบประมาณ\tตช.1\tตช.2\tตช.3\tตช.4\tตช.5\tIIT\tITA",
                "2569\t95.62\t91.08\t93.40\t92.15\t90.80\t92.61\t89.68",
                "หมายเหตุ  ตัวย่อ ตช. หมายถึง ตัวชี้วัด ดังนี้",
                "          ตช.๑ การปฏิบัติหน้าที่                  ตช.๔ การใช้ทรัพย์สินของราชการ",
                "          ตช.๒ การใช้งบประมาณ                ตช.๕ การแก้ไขปัญหาการทุจริต",
                "          ตช.๓ การใช้อำนาจ",
            ]
        )
    )
    scores = {(s.instrument, s.indicator_no): (s.indicator, str(s.score)) for s in rows_of(parsed, ItaScore)}
    assert scores[("IIT", 1)] == ("การปฏิบัติหน้าที่", "95.62")
    assert scores[("IIT", 4)] == ("การใช้ทรัพย์สินของราชการ", "92.15")
    assert scores[("IIT", None)][1] == "92.61" and scores[("ITA", None)][1] == "89.68"


def test_a_forums_committee_three_to_a_line_in_brackets_and_titles_in_brackets() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมประชาคมหมู่บ้าน บ้านโคกงาม หมู่ที่ ๗",
                "ครั้งที่ ๑/๒๕๖๙",
                "วันอาทิตย์ที่ ๘ มีนาคม พ.ศ. ๒๕๖๙  เวลา ๐๙.๐๐ นาฬิกา",
                "ผู้มาประชุม  รวม ๖๘ คน (ตามบัญชีลงลายมือชื่อแนบท้าย) ประกอบด้วย",
                "     ก. คณะกรรมการหมู่บ้าน จำนวน ๓ คน ได้แก่",
                "     (๑) นายทองดี  บุญงาม       (๒) นายสมาน  ดีงาม          (๓) นางลำดวน  สายงาม",
                "     ข. ราษฎรบ้านโคกงาม หมู่ที่ ๗ จำนวน ๖๕ คน",
                "ผู้ไม่มาประชุม",
                "     (๑) นายสุพัฒน์  จันทร์งาม        กรรมการหมู่บ้าน        (ไปทำงานต่างจังหวัด)",
                "ระเบียบวาระที่ ๑ (เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ)",
                "มติที่ประชุม  รับทราบ",
            ]
        )
    )
    people = {a.full_name: a.status for a in rows_of(parsed, Attendee)}
    assert people == {"ทองดี บุญงาม": "present", "สมาน ดีงาม": "present", "ลำดวน สายงาม": "present", "สุพัฒน์ จันทร์งาม": "absent"}
    assert [a.title for a in rows_of(parsed, Agenda)] == ["ที่ประธานแจ้งให้ที่ประชุมทราบ"]


def test_sheets_with_lettered_sections_and_outputs_beside_outcomes_in_a_table() -> None:
    sheet = "\n".join(
        [
            "                               รายละเอียดโครงการ ลำดับที่ ๑",
            "ก. ชื่อโครงการ  โครงการอบรมคุณธรรมแก่บุคลากร",
            "ข. หลักการและเหตุผล",
            "          เพื่อพัฒนาบุคลากรให้ปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต",
            "ซ. ผู้รับผิดชอบโครงการ  สำนักปลัด",
            "ฌ. ตัวชี้วัดและผลที่คาดว่าจะได้รับ",
            "ผลผลิต (Output)\tผลลัพธ์ (Outcome)",
            "- ผู้เข้ารับการอบรมไม่น้อยกว่าร้อยละ ๙๐\t- คะแนนทดสอบหลังการอบรม",
            "\tสูงกว่าก่อนการอบรม",
            "- จัดอบรม ๑ ครั้ง\t- ไม่มีเรื่องร้องเรียน",
        ]
    )
    (row,) = rows_of(parse_pages(sheet), ProjectSheet)
    assert (row.name, row.responsible) == ("โครงการอบรมคุณธรรมแก่บุคลากร", "สำนักปลัด")
    assert row.outputs == ["ผู้เข้ารับการอบรมไม่น้อยกว่าร้อยละ 90", "จัดอบรม 1 ครั้ง"]
    assert row.outcomes == ["คะแนนทดสอบหลังการอบรม สูงกว่าก่อนการอบรม", "ไม่มีเรื่องร้องเรียน"]


def test_a_measures_table_with_an_issue_column_and_its_rest_under_a_continued_caption() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "ที่\tประเด็นที่ต้องพัฒนา\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา",
                "๑.\tตช.๗ ประสิทธิภาพการสื่อสาร\tมาตรการเพิ่มช่องทางการสื่อสาร\t๑) เผยแพร่ข่าวสาร\tสำนักปลัด\tต.ค. ๒๕๖๘",
            ]
        ),
        "\n".join(
            [
                "(ต่อ) ตารางมาตรการและแนวทางการดำเนินการ",
                "๒.\tตช.๔ การใช้ทรัพย์สินของราชการ\tมาตรการการขอยืมทรัพย์สิน\t๑) จัดทำแบบฟอร์ม\tกองคลัง\tต.ค. ๒๕๖๘",
            ]
        ),
    )
    assert {m.seq: m.measure for m in rows_of(parsed, Measure)} == {1: "มาตรการเพิ่มช่องทางการสื่อสาร", 2: "มาตรการการขอยืมทรัพย์สิน"}
