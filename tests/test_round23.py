"""Layouts heldout23 brought (fictional offices, written the ways Thai offices print them):
each class the round taught the parsers, one test each, beside the gold test that holds the
whole set (tests/test_gold.py)."""

from __future__ import annotations

from decimal import Decimal

from parsers.minutes import outcome_of
from pipeline.model import Parsed
from schemas import Attendee, Budget, CommitteeMember, Meeting, Memo, ProjectSheet
from tests.conftest import parse_pages


def rows_of(parsed: list[Parsed], kind: type) -> list:
    return [r for p in parsed for r in p.rows if isinstance(r, kind)]


def test_the_left_of_two_signature_blocks_side_by_side_signs_a_memo() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "บันทึกข้อความ",
                "ส่วนราชการ  กองคลัง งานพัสดุ อบต.หนองแสงงาม",
                "ที่  ขก ๗๑๒๐๑/๐๒๒           วันที่  ๓ มีนาคม ๒๕๖๙",
                "เรื่อง  รายงานขอซื้อวัสดุสำนักงาน",
                "เรียน  นายกองค์การบริหารส่วนตำบลหนองแสงงาม",
                "        ด้วยงานพัสดุ มีความประสงค์จะซื้อวัสดุสำนักงาน จำนวน ๑๒ รายการ",
                "   (ลงชื่อ) ................ เจ้าหน้าที่        (ลงชื่อ) ................ หัวหน้าเจ้าหน้าที่",
                "        (นางสาวอรอุมา  ศรีสุข)                     (นายวิชิต  บุญทอง)",
                "       นักวิชาการพัสดุปฏิบัติการ                       ผู้อำนวยการกองคลัง",
                "ความเห็นปลัดองค์การบริหารส่วนตำบล",
                "     (ลงชื่อ) ..............................",
                "           (นายสมพร  แก้วดี)",
                "     ปลัดองค์การบริหารส่วนตำบลหนองแสงงาม",
            ]
        )
    )
    (memo,) = rows_of(parsed, Memo)
    assert (memo.signer_prefix, memo.signer_name, memo.signer_position) == (
        "นางสาว", "อรอุมา ศรีสุข", "นักวิชาการพัสดุปฏิบัติการ",
    )


MINUTES_HEAD = [
    "รายงานการประชุมสภาองค์กรชุมชนตำบลดอนแก้วงาม ครั้งที่ 1/2569",
    "วันเสาร์ที่ 17 มกราคม 2569  เวลา 09.00 น.",
    "ณ ศาลาประชาคมบ้านดอนแก้ว",
]


def minutes_with(*lines: str) -> list[Parsed]:
    """Minutes of MINUTES_HEAD's meeting: these lines, then one agenda item noted."""
    return parse_pages("\n".join([*MINUTES_HEAD, *lines, "ระเบียบวาระที่ 1  เรื่องแจ้งเพื่อทราบ", "มติที่ประชุม รับทราบ"]))


def test_a_councils_seats_in_a_role_column_of_their_own_are_roles() -> None:
    parsed = minutes_with(
        "ผู้มาประชุม",
        "ที่\tชื่อ - สกุล\tผู้แทนชุมชน/กลุ่ม\tตำแหน่งในสภาฯ",
        "1\tนายสมชาย  ใจดี\tผู้แทนชุมชนบ้านดอนแก้ว ม.1\tประธานสภาฯ",
        "2\tนางมาลี  ศรีทอง\tผู้แทนกลุ่มออมทรัพย์\tสมาชิก",
        "เริ่มประชุมเวลา 09.15 น.",
    )
    people = {a.full_name: a for a in rows_of(parsed, Attendee)}
    assert (people["สมชาย ใจดี"].position, people["สมชาย ใจดี"].role) == ("ผู้แทนชุมชนบ้านดอนแก้ว ม.1", "ประธานสภาฯ")
    assert people["มาลี ศรีทอง"].role == "สมาชิก"


def test_a_list_label_naming_whom_it_lists_opens_the_list() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน",
                "ครั้งที่ ๑/๒๕๖๙  วันพุธที่ ๒๑ มกราคม พ.ศ. ๒๕๖๙  เวลา ๑๕.๓๐ น.",
                "กรรมการผู้มาประชุม",
                "   ๑.  นายบุญมี  ตาคำ            ผู้ทรงคุณวุฒิ                ประธานกรรมการ",
                "   ๒.  นางจันทร์  อินทะวงศ์        ผู้แทนผู้ปกครอง             กรรมการ",
                "   รวมกรรมการผู้มาประชุม  ๒  คน",
                "กรรมการผู้ไม่มาประชุม",
                "   ๑.  นายณรงค์  ศรีมูล              ผู้ทรงคุณวุฒิ                กรรมการ       (ลาป่วย)",
                "ระเบียบวาระที่ ๑  เรื่อง  ประธานแจ้งให้ที่ประชุมทราบ",
                "มติ              รับทราบ",
            ]
        )
    )
    status = {a.full_name: a.status for a in rows_of(parsed, Attendee)}
    assert status == {"บุญมี ตาคำ": "present", "จันทร์ อินทะวงศ์": "present", "ณรงค์ ศรีมูล": "absent"}


def test_the_certifier_reviews_where_nobody_signs_as_checker_and_a_label_before_its_signature() -> None:
    certified = parse_pages(
        "\n".join(
            [
                *MINUTES_HEAD,
                "ระเบียบวาระที่ 1  เรื่องประธานแจ้งให้ที่ประชุมทราบ",
                "มติที่ประชุม รับทราบ",
                "   (ลงชื่อ) ..........................            (ลงชื่อ) ..........................",
                "        (นายเกียรติ  ปินตา)                          (นายบุญมี  ตาคำ)",
                "        ผู้บันทึกรายงานการประชุม                          ผู้รับรองรายงานการประชุม",
            ]
        )
    )
    assert rows_of(certified, Meeting)[0].reviewer_name == "บุญมี ตาคำ"
    label_first = parse_pages(
        "\n".join(
            [
                *MINUTES_HEAD,
                "ระเบียบวาระที่ 1  เรื่องประธานแจ้งให้ที่ประชุมทราบ",
                "มติที่ประชุม รับทราบ",
                "    ผู้จดรายงานการประชุม        ลงชื่อ ..............................",
                "                                  (นางสาวรัชนี  ภูผาใจ)",
                "                              เลขานุการสภาองค์กรชุมชน",
                "    ผู้ตรวจรายงานการประชุม      ลงชื่อ ..............................",
                "                                  (นายสมชาย  ใจดี)",
                "                              ประธานสภาองค์กรชุมชน",
            ]
        )
    )
    meeting = rows_of(label_first, Meeting)[0]
    assert (meeting.recorder_name, meeting.reviewer_name) == ("รัชนี ภูผาใจ", "สมชาย ใจดี")


def test_outcomes_of_a_noted_task_and_of_an_election() -> None:
    assert outcome_of("รับทราบ และให้โรงเรียนจัดทำแผนยกระดับผลสัมฤทธิ์เสนอในการประชุมครั้งต่อไป") == "acknowledged"
    assert outcome_of("เลือกนางสาวกาญจนา ทองดี เป็นเหรัญญิก ด้วยคะแนน 10 ต่อ 4") == "other"
    assert outcome_of("ให้ชะลอไว้ก่อน และให้นำกลับมาพิจารณาในการประชุมครั้งต่อไป") == "deferred"


def test_an_orders_sub_groups_numbered_under_their_group() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "คำสั่งเทศบาลตำบลวังใหญ่งาม",
                "ที่  ๐๔๗/๒๕๖๙",
                "เรื่อง  แต่งตั้งคณะกรรมการดำเนินงานโครงการเทศบาลเคลื่อนที่",
                "     ๒. คณะกรรมการดำเนินงาน  แบ่งเป็น ๒ ฝ่าย ดังนี้",
                "        ๒.๑ ฝ่ายสถานที่และพิธีการ",
                "            ๒.๑.๑  นายสมเกียรติ  บุญมาก       ผู้อำนวยการกองช่าง         หัวหน้าฝ่าย",
                "            ๒.๑.๒  นางสาววรรณา  แก้วใส       นักจัดการงานทั่วไป           เลขานุการฝ่าย",
                "        ๒.๒ ฝ่ายการเงินและพัสดุ",
                "            ๒.๒.๑  นางพัชรี  วงศ์สวัสดิ์         ผู้อำนวยการกองคลัง         หัวหน้าฝ่าย",
                "            สั่ง ณ วันที่ ๒๐ มกราคม พ.ศ. ๒๕๖๙",
            ]
        )
    )
    members = {m.seq: (m.group_name, m.position, m.role) for m in rows_of(parsed, CommitteeMember)}
    assert members == {
        "2.1.1": ("ฝ่ายสถานที่และพิธีการ", "ผู้อำนวยการกองช่าง", "หัวหน้าฝ่าย"),
        "2.1.2": ("ฝ่ายสถานที่และพิธีการ", "นักจัดการงานทั่วไป", "เลขานุการฝ่าย"),
        "2.2.1": ("ฝ่ายการเงินและพัสดุ", "ผู้อำนวยการกองคลัง", "หัวหน้าฝ่าย"),
    }


def test_a_plans_dimension_totals_on_their_heading_rows_and_sheets_under_their_number() -> None:
    plan = "\n".join(
        [
            "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
            "องค์การบริหารส่วนตำบลโคกงาม",
            "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tหน่วยงาน",
            "มิติที่ 1\tการสร้างสังคมที่ไม่ทนต่อการทุจริต\t30,000\t",
            "1\tโครงการปลูกจิตสำนึกคุณธรรม\t30,000\tสำนักปลัด",
            "มิติที่ 4\tการเสริมสร้างและปรับปรุงกลไก\t12,000\t",
            "\tในการตรวจสอบการปฏิบัติราชการ\t\t",
            "\tขององค์กรปกครองส่วนท้องถิ่น\t\t",
            "2\tโครงการส่งเสริมการตรวจสอบภายใน\t12,000\tหน่วยตรวจสอบภายใน",
            "รวมทั้งสิ้น\t2 โครงการ\t42,000\t",
        ]
    )
    sheet = "\n".join(
        [
            "                                                        ลำดับที่ ๑",
            "          รายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต",
            "                    ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
            "               โครงการปลูกจิตสำนึกคุณธรรม",
            "๑. หลักการและเหตุผล",
            "        เพื่อปลูกฝังคุณธรรมแก่บุคลากร",
            "๒. งบประมาณ",
            "        ๓๐,๐๐๐ บาท",
        ]
    )
    parsed = parse_pages(plan, sheet)
    totals = {b.label: b.amount_thb for b in rows_of(parsed, Budget) if b.kind == "plan_total"}
    assert totals == {"มิติที่ 1": Decimal("30000"), "มิติที่ 4": Decimal("12000"), "รวมทั้งสิ้น": Decimal("42000")}
    (sheet_row,) = rows_of(parsed, ProjectSheet)
    assert (sheet_row.sheet_no, sheet_row.name) == (1, "โครงการปลูกจิตสำนึกคุณธรรม")


# --- what a scan did to heldout23's headings (classes found on the pipeline's own OCR'd text) ---


def test_a_date_whose_year_a_scan_glued_a_digit_to_is_read_where_its_weekday_agrees() -> None:
    from pipeline.thai import find_date

    assert str(find_date("วันเสาร์ที 14ก มภาพันธ์25692เวลา 09.00น.")) == "2026-02-14"
    assert find_date("วันศุกร์ที 14ก มภาพันธ์25692เวลา") is None  # the weekday disagrees
    assert find_date("ประชุม 14 กุมภาพันธ์ 25692") is None  # no weekday to confirm it


def test_an_order_number_alone_on_its_line_with_its_label_garbled_and_a_title_with_a_misread_letter() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                "                            คำสังเทศบาลตำบลวังใหญ่งาม",
                "           .                     N ๐๔๗/๒๕๖๙                  0",
                "เรื่อง แต่งตั้งคณะกรรมการดำเนินงานโครงการเทศบาลเคลื่อนที่",
                "     ๑. คณะกรรมการอำนวยการ",
                "        ๑.๑   นายชูชาติ  แสงทอง         นายกเทศมนตรี     ประธานกรรมการ",
                "            สั่ง ณ วันที่ ๒๐ มกราคม พ.ศ. ๒๕๖๙",
            ]
        )
    )
    from schemas import Order

    assert [o.order_no for o in rows_of(parsed, Order)] == ["047/2569"]
    minutes = parse_pages(
        "\n".join(
            [
                "               รายงกนการประชุมสภาองค์กรชุมชนตำบลดอนแก้วงาม",
                "               ครั้งที่ 2/2569",
                "                วันเสาร์ที่ 14 กุมภาพันธ์ 2569 เวลา 09.00 น.",
                "ระเบียบวาระที่ 1  เรื่องประธานแจ้งให้ที่ประชุมทราบ",
                "มติที่ประชุม รับทราบ",
            ]
        )
    )
    assert [p.document.doc_type for p in minutes] == ["minutes"]


def test_a_wrapped_role_cell_and_a_council_seat_wrapped_under_its_row() -> None:
    parsed = minutes_with(
        "ผู้มาประชุม",
        "ที่\tชื่อ - สกุล\tผู้แทนชุมชน/กลุ่ม\tตำแหน่งในสภาฯ",
        "1\tนายสมชาย  ใจดี\tผู้แทนชุมชนบ้านดอนแก้ว ม.1\tประธานสภาฯ",
        "ผู้ขาดประชุม",
        "   1. นางบัวเรียน ศรีสุข ผู้แทนกลุ่มทอผ้าไหมบ้านโนนศิลา",
        "   สมาชิก",
        "กรรมการผู้เข้าร่วมประชุม",
        "๘.              นายเกียรติศักดิ์ ปินตา               ผู้อำนวยการสถานศึกษา กรรมการและ",
        "                                     เลขานุการ",
    )
    people = {a.full_name: a for a in rows_of(parsed, Attendee)}
    assert (people["บัวเรียน ศรีสุข"].position, people["บัวเรียน ศรีสุข"].role) == ("ผู้แทนกลุ่มทอผ้าไหมบ้านโนนศิลา", "สมาชิก")
    assert people["เกียรติศักดิ์ ปินตา"].role == "กรรมการและเลขานุการ"


def test_instrument_labels_a_scan_garbled_in_a_table_of_years_read_by_the_frameworks_order() -> None:
    from schemas import ItaScore

    parsed = parse_pages(
        "\n".join(
            [
                "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙  องค์การบริหารส่วนตำบลทุ่งงาม",
                "ส่วนที๓ เปรียบเทียบผลการประเมินย้อนหลัง ๓ปี",
                "แบบวัด\tปี2567\tปี2568\tปี2569",
                "แห\t80.12\t85.60\t88.81",
                "EIT\t78.45\t83.90\t88.12",
                "0ห\t70.25\t84.50\t91.66",
                "คะแนน โภ\t75.67\t84.65\t89.74",
            ]
        )
    )
    scores = {(s.fiscal_year, s.instrument): s.score for s in rows_of(parsed, ItaScore) if s.indicator_no is None}
    assert {k: str(v) for k, v in scores.items() if k[0] == 2567} == {
        (2567, "IIT"): "80.12", (2567, "EIT"): "78.45", (2567, "OIT"): "70.25", (2567, "ITA"): "75.67",
    }


def test_sheets_whose_numbers_a_scan_lost_open_at_their_title_and_first_section() -> None:
    sheet = "\n".join(
        [
            "                     รายละเอียดโครงการตามแผนปฏิบัติการป้องกันการทุจริต",
            "                              ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
            "           {name}",
            "            {rest}",
            "๑. หลักการและเหตุผล",
            "        เพื่อให้บริการประชาชนอย่างทั่วถึง",
            "๒. งบประมาณ",
            "        {budget} บาท",
        ]
    )
    parsed = parse_pages(
        sheet.format(name="โครงการปลูกจิตสำนึกคุณธรรม จริยธรรม สำหรับผู้บริหาร", rest="สมาชิกสภา และพนักงาน", budget="๓๐,๐๐๐"),
        sheet.format(name="โครงการ อบต.เคลื่อนที่", rest="รับฟังความคิดเห็นประชาชน", budget="๔๕,๐๐๐"),
    )
    sheets = {s.sheet_no: s.name for s in rows_of(parsed, ProjectSheet)}
    assert sheets == {
        1: "โครงการปลูกจิตสำนึกคุณธรรม จริยธรรม สำหรับผู้บริหาร สมาชิกสภา และพนักงาน",
        2: "โครงการ อบต.เคลื่อนที่ รับฟังความคิดเห็นประชาชน",
    }


def test_a_venue_a_centred_heading_line_wrapped_is_joined() -> None:
    def venue(*lines: str) -> str | None:
        parsed = parse_pages("\n".join([MINUTES_HEAD[0], MINUTES_HEAD[1], *lines, "ระเบียบวาระที่ 1  เรื่องแจ้งเพื่อทราบ", "มติที่ประชุม รับทราบ"]))
        return rows_of(parsed, Meeting)[0].venue

    assert venue("ณห้องประชุมโรงเรียนเทศบาลนาหลวงงาม (บ้านดอน", "แก้ว)") == "ห้องประชุมโรงเรียนเทศบาลนาหลวงงาม (บ้านดอนแก้ว)"
    assert venue("ณ ห้องประชุม อบต.โพธิ์ศรีงาม อำเภอ", "กันทรารมย์ จังหวัดศรีสะเกษ") == "ห้องประชุม อบต.โพธิ์ศรีงาม อำเภอกันทรารมย์ จังหวัดศรีสะเกษ"
    assert venue("ณ อาคารอเนกประสงค์ หมู่ที่ 1 ตำบลโนนงาม", "อำเภอยางตลาด จังหวัดกาฬสินธุ์") == "อาคารอเนกประสงค์ หมู่ที่ 1 ตำบลโนนงาม อำเภอยางตลาด จังหวัดกาฬสินธุ์"
    assert venue("ณ ห้องประชุมสภา", "ผู้มาประชุม") == "ห้องประชุมสภา"


def test_an_ita_year_header_whose_number_label_a_scan_read_as_digits_and_a_specked_score() -> None:
    from schemas import ItaScore

    parsed = parse_pages(
        "\n".join(
            [
                "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘  เทศบาลตำบลนางาม",
                "๔๗\tตัวชีวัด\tปี๒๕๖๘\tระดับ\tปี๒๕๖๗\tระดับ",
                "๑\tการปฏิบัติหน้าที่\t๙๓.๔๒\tA\t88.10\tA",
                "\tคะแนนแบบวัด IIT (ร้อยละ๓๐\tแฉ๘๙.๙๒\tA\t82.54\tB",
            ]
        )
    )
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): str(s.score) for s in rows_of(parsed, ItaScore)}
    assert scores[(2568, "IIT", 1)] == "93.42" and scores[(2567, "IIT", 1)] == "88.10"
    assert scores[(2568, "IIT", None)] == "89.92"


def test_a_post_and_its_holders_name_a_scan_ran_into_one_line() -> None:
    parsed = minutes_with(
        "ผู้มาประชุม",
        "๑.   นายก อบต .ห้วยผาเงินนายสุพจน์ ใจคำ            ประธานกรรมการ",
        "๓.    สมาชิกสภา อบต.หมู่ที่ ๑ นางแสงหล้า คำแสน        กรรมการ",
        "๔.    นายปิยะ ลุงต๊ะ          สมาชิกสภา อบต.หมู่ที่ ๓          กรรมการ",
    )
    people = {a.full_name: (a.position, a.role) for a in rows_of(parsed, Attendee)}
    assert people["สุพจน์ ใจคำ"] == ("นายก อบต.ห้วยผาเงิน", "ประธานกรรมการ")
    assert people["แสงหล้า คำแสน"] == ("สมาชิกสภา อบต.หมู่ที่ 1", "กรรมการ")
    assert people["ปิยะ ลุงต๊ะ"] == ("สมาชิกสภา อบต.หมู่ที่ 3", "กรรมการ")


def test_a_years_down_ita_table_whose_instrument_codes_and_one_indicator_a_scan_garbled() -> None:
    from schemas import ItaScore

    parsed = parse_pages(
        "\n".join(
            [
                "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
                "ประจำปีงบประมาณ พ.ศ.๒๕๖๘ เทศบาลตำบลห้วยงาม",
                "ปีงบประมาณ\tแบบ YaWT (ตัวชีวัดที่)\t\t\t\t\tแบบวัดฮา (ตัวชีวัดที)\t\t\tแบบวัด OIT, (ตัวชีวัดท\t\t\t\t\tคะแนน ITA",
                "\t๑\t๒\t๓\t๔\t๕\t๖\t๗\t๘\tเวง\t๑๐\tเห\tEIT\tOIT\t",
                "2568\t94.52\t82.10\t90.38\t85.77\t88.63\t86.45\t84.12\t80.79\t93.75\t87.50\t88.28\t83.79\t90.63\t87.87",
            ]
        )
    )
    scores = {(s.instrument, s.indicator_no): str(s.score) for s in rows_of(parsed, ItaScore) if s.fiscal_year == 2568}
    assert scores[("IIT", 1)] == "94.52" and scores[("OIT", 9)] == "93.75" and scores[("OIT", 10)] == "87.50"
    assert scores[("IIT", None)] == "88.28" and scores[("EIT", None)] == "83.79" and scores[("ITA", None)] == "87.87"


def test_a_meeting_year_a_century_off_is_put_back_by_its_weekday() -> None:
    from pipeline.thai import find_date

    assert str(find_date("เมือวันพฤหัสบดี ที๑๙ เดือนกุมภาพันธ์ พ.ศ.๒๔๖๙ เวลา๐๙.๓๐น .")) == "2026-02-19"  # ๔ read for ๕
    assert str(find_date("วันพุธที่ 15 มกราคม 2468")) == "2025-01-15"  # the year, not the day, is the slip
    assert str(find_date("วันที่ 15 มกราคม 2468")) == "1925-01-15"  # no weekday: as printed


def test_a_list_label_whose_name_word_a_scan_split() -> None:
    from parsers.minutes import ABSENT, PRESENT

    assert PRESENT.match("รายชื อผู้มาประชุม") and ABSENT.match("รายชื อผู้ไม่มาประชุม")


def test_a_year_header_and_the_row_under_it_a_scan_read_as_one_line() -> None:
    from schemas import ItaScore

    parsed = parse_pages(
        "\n".join(
            [
                "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เทศบาลตำบลห้วยงาม",
                "ตัวชี้วัด 42\tตัวชี้วัด/แบบวัด\tU 2568\tปี 2569 ต\tผล่าง\tแขบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (ร้อยละ 30)\t85.99\t90.04\t+4.05",
                "1\tการปฏิบัติหน้าที่\t92.50\t95.10\t+2.60",
            ]
        )
    )
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): str(s.score) for s in rows_of(parsed, ItaScore)}
    assert scores[(2569, "IIT", None)] == "90.04" and scores[(2568, "IIT", None)] == "85.99"
    assert scores[(2569, "IIT", 1)] == "95.10"


def test_a_rule_a_text_layer_ran_onto_the_venues_line_is_no_part_of_it() -> None:
    parsed = parse_pages(
        "\n".join([MINUTES_HEAD[0], MINUTES_HEAD[1], "ณ ห้องประชุมสภาเทศบาล (ชั้น 2) ==================================", "ระเบียบวาระที่ 1  เรื่องแจ้ง", "มติที่ประชุม รับทราบ"])
    )
    assert rows_of(parsed, Meeting)[0].venue == "ห้องประชุมสภาเทศบาล (ชั้น 2)"


def test_a_list_items_number_two_tesseract_read_as_latin_lo() -> None:
    from pipeline.normalize import normalize_line

    assert normalize_line("         lo)ผู้ทรงคุณวุฒิ (นายสุรพล ศรีอ่อน)    เป็น").startswith("\t2)ผู้ทรงคุณวุฒิ")
    assert normalize_line("lo. การใช้งบประมาณ") == "2. การใช้งบประมาณ"
    assert normalize_line("hello) world") == "hello) world"  # Latin words stay
