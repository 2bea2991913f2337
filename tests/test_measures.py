"""Measures: tables with a repeated header, rows continued across a page break, paragraphs
split into cells, unnumbered rows, space-run rows, and the ``ประเด็นที่ N`` block form;
the documents row of integrity_measures documents."""

from __future__ import annotations

import datetime as dt

from pipeline.model import Parsed
from schemas import Measure
from tests.conftest import parse_pages


def measures(parsed: list[Parsed]) -> list[Measure]:
    return [row for p in parsed for row in p.rows if isinstance(row, Measure)]


HEADER = "ลำดับ\tมาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล"
PAGE_1 = "\n".join(
    [
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. 2567",
        "องค์การบริหารส่วนตำบลบ้านสวนหมาก อำเภอเมืองสมมุติ",
        "จากการประชุมคณะทำงานเมื่อวันที่ 12 ธันวาคม 2566 ได้กำหนดมาตรการดังนี้",
        HEADER,
        "1\tเปิดเผยข้อมูลการจัดซื้อจัดจ้าง\tประกาศผลการจัดซื้อจัดจ้างทางเว็บไซต์ทุกเดือน\tกองคลัง\tตลอดปีงบประมาณ\tรายงานผู้บริหารทุกไตรมาส",
        "2\tจัดทำคู่มือการปฏิบัติงานสำหรับบุคลากร\t<p>- รวบรวมขั้นตอนการให้บริการ</p><p>- เผยแพร่คู่มือทางเว็บไซต์</p>"
        "\tสำนักปลัด\tต.ค. 66 - ก.ย. 67\t<p>ตรวจสอบความครบถ้วน</p><p>ทุกสิ้นไตรมาส</p>",
        "3\tส่งเสริมการมีส่วนร่วมของประชาชน\tจัดเวทีประชาคมรับฟังความคิดเห็น",
    ]
)
PAGE_2 = "\n".join(
    [
        HEADER,
        "\tและผู้นำชุมชน\tและสรุปข้อเสนอให้ผู้บริหาร\tงานนโยบายและแผน\tปีงบประมาณ 2567\tสรุปผลในที่ประชุมประจำเดือน",
        "4\tรับเรื่องร้องเรียนการทุจริต\tจัดกล่องรับเรื่องร้องเรียนหน้าสำนักงาน\tงานนิติการ\tปีงบประมาณ 2567\tรายงานผลทุก 6 เดือน",
        "5. ขั้นตอนการรายงานผล",
        "ให้รายงานผลต่อนายกองค์การบริหารส่วนตำบลทุกไตรมาส",
    ]
)


def test_table_with_repeated_header_continued_across_a_page_break() -> None:
    parsed = parse_pages(PAGE_1, PAGE_2)
    assert [p.document.doc_type for p in parsed] == ["integrity_measures"]
    rows = {m.seq: m for m in measures(parsed)}
    assert sorted(rows) == [1, 2, 3, 4]
    first = rows[1]
    assert (first.measure, first.method, first.responsible, first.period, first.follow_up) == (
        "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
        "ประกาศผลการจัดซื้อจัดจ้างทางเว็บไซต์ทุกเดือน",
        "กองคลัง",
        "ตลอดปีงบประมาณ",
        "รายงานผู้บริหารทุกไตรมาส",
    )
    # <p> paragraphs became cells of their own: they stay in their column
    second = rows[2]
    assert second.method == "- รวบรวมขั้นตอนการให้บริการ - เผยแพร่คู่มือทางเว็บไซต์"
    assert second.responsible == "สำนักปลัด"
    assert second.period == "ต.ค. 66 - ก.ย. 67"
    assert second.follow_up == "ตรวจสอบความครบถ้วน ทุกสิ้นไตรมาส"
    # the row goes on, cell by cell, after the header printed again on page 2
    third = rows[3]
    assert third.page_no == 1
    assert third.measure == "ส่งเสริมการมีส่วนร่วมของประชาชน และผู้นำชุมชน"
    assert third.method == "จัดเวทีประชาคมรับฟังความคิดเห็น และสรุปข้อเสนอให้ผู้บริหาร"
    assert third.responsible == "งานนโยบายและแผน"
    assert third.period == "ปีงบประมาณ 2567"
    assert third.follow_up == "สรุปผลในที่ประชุมประจำเดือน"
    assert rows[4].page_no == 2
    assert rows[4].follow_up == "รายงานผลทุก 6 เดือน"


def test_integrity_measures_documents_row() -> None:
    document = parse_pages(PAGE_1, PAGE_2)[0].document
    assert document.title == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567"
    assert document.organization == "องค์การบริหารส่วนตำบลบ้านสวนหมาก"
    assert document.fiscal_year == 2567
    # a meeting mentioned in the body is not the document's date
    assert document.doc_date is None
    assert (document.page_start, document.page_end) == (1, 2)


def test_announced_date_is_the_documents_date() -> None:
    text = "\n".join(
        [
            "มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568",
            "เทศบาลตำบลห้วยไผ่งาม",
            "ประกาศ ณ วันที่ 2 ตุลาคม พ.ศ. 2567",
        ]
    )
    document = parse_pages(text)[0].document
    assert document.doc_type == "integrity_measures"
    assert document.doc_date == dt.date(2024, 10, 2)
    assert document.organization == "เทศบาลตำบลห้วยไผ่งาม"


def test_memo_with_result_column_and_numbered_measure_cells() -> None:
    text = "\n".join(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักปลัด เทศบาลตำบลห้วยไผ่งาม",
            "ที่ หง 50001/123 วันที่ 9 เมษายน 2567",
            "เรื่อง รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
            "เรียน นายกเทศมนตรีตำบลห้วยไผ่งาม",
            "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tผลการดำเนินการ",
            "1.การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน\tงานประชาสัมพันธ์\tปีงบประมาณ 2567\tดำเนินการแล้ว",
            "2. การป้องกันการทุจริต\tประกาศเจตจำนงสุจริตของผู้บริหาร\tงานนิติการ\tตลอดปี\tอยู่ระหว่างดำเนินการ",
            "จึงเรียนมาเพื่อโปรดทราบ",
            "(นายสมชาย ตั้งใจ)",
        ]
    )
    rows = measures(parse_pages(text))
    assert [(m.seq, m.measure, m.follow_up) for m in rows] == [
        (1, "การเปิดเผยข้อมูล", "ดำเนินการแล้ว"),
        (2, "การป้องกันการทุจริต", "อยู่ระหว่างดำเนินการ"),
    ]


def test_unnumbered_space_run_rows_are_counted() -> None:
    text = "\n".join(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
            "เทศบาลตำบลบ้านสวนหมาก",
            "มาตรการ/แนวทาง    วิธีการดำเนินการ    ผู้รับผิดชอบ    ระยะเวลา    การติดตามผล",
            "ลดขั้นตอนการให้บริการ    ปรับแบบฟอร์มคำขอให้สั้นลง    สำนักปลัด    ตลอดปี    สำรวจความพึงพอใจ",
            # an empty responsible cell vanished with the space run
            "ประกาศมาตรฐานการให้บริการ    ติดประกาศหน้าสำนักงาน    ไตรมาส 1    ตรวจสอบทุกเดือน",
        ]
    )
    rows = measures(parse_pages(text))
    assert [(m.seq, m.measure) for m in rows] == [(1, "ลดขั้นตอนการให้บริการ"), (2, "ประกาศมาตรฐานการให้บริการ")]
    assert (rows[1].method, rows[1].responsible, rows[1].period, rows[1].follow_up) == (
        "ติดประกาศหน้าสำนักงาน",
        None,
        "ไตรมาส 1",
        "ตรวจสอบทุกเดือน",
    )


def test_two_line_header_and_a_numbered_measure_alone_on_its_line() -> None:
    page_1 = "\n".join(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
            "เทศบาลตำบลบ้านสวนหมาก",
            "มาตรการ/แนวทาง\tวิธีการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตาม",
            "\t\t\tดำเนินการ\tผล",
            "1. ลดการใช้ดุลพินิจ\tกำหนดขั้นตอนการอนุมัติเป็นลายลักษณ์อักษร\tสำนักปลัด\tตลอดปี\tรายงานทุกเดือน",
        ]
    )
    page_2 = "\n".join(
        [
            "มาตรการ/แนวทาง\tวิธีการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตาม",
            "\t\t\tดำเนินการ\tผล",
            "2. สร้างจิตสำนึกการต่อต้านการทุจริต",
            "\tอบรมบุคลากรปีละ 1 ครั้ง\tกองการศึกษา\tไตรมาส 2\tประเมินผลหลังอบรม",
            "5. การรายงานผล",
            "ให้รายงานผลต่อผู้บริหารทุกไตรมาส",
        ]
    )
    rows = measures(parse_pages(page_1, page_2))
    assert [(m.seq, m.measure, m.follow_up) for m in rows] == [
        (1, "ลดการใช้ดุลพินิจ", "รายงานทุกเดือน"),
        (2, "สร้างจิตสำนึกการต่อต้านการทุจริต", "ประเมินผลหลังอบรม"),
    ]
    assert (rows[1].method, rows[1].responsible, rows[1].period, rows[1].page_no) == (
        "อบรมบุคลากรปีละ 1 ครั้ง",
        "กองการศึกษา",
        "ไตรมาส 2",
        2,
    )


BLOCKS = "\n".join(
    [
        "มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567",
        "เทศบาลตำบลบ้านสวนหมาก",
        "ประเด็นที่ 1 การเปิดเผยข้อมูลสาธารณะ",
        "(1) กิจกรรม/โครงการ : ปรับปรุงเว็บไซต์ของหน่วยงานให้เป็นปัจจุบัน",
        "(2) ผู้รับผิดชอบ : งานประชาสัมพันธ์ สำนักปลัด",
        "(3) ขั้นตอน/วิธีการปฏิบัติ",
        "1. ตรวจสอบข้อมูลบนเว็บไซต์ทุกสัปดาห์",
        "2. นำข้อมูลใหม่ขึ้นเว็บไซต์ภายใน 3 วัน",
        "(4) ระยะเวลา : ตุลาคม 2566 - กันยายน 2567",
        "ประเด็นที่ 2 การป้องกันการรับสินบน",
        "(1) กิจกรรม/โครงการ ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
        "และเผยแพร่ให้ประชาชนทราบ",
        "(2) ผู้รับผิดชอบ งานบริหารงานบุคคล",
        "(3) ขั้นตอน/วิธีการปฏิบัติ จัดทำประกาศและแจ้งเวียนบุคลากร",
        "(4) ระยะเวลา ตลอดปีงบประมาณ",
    ]
)


def test_block_form() -> None:
    rows = measures(parse_pages(BLOCKS))
    assert [(m.seq, m.measure) for m in rows] == [
        (1, "ปรับปรุงเว็บไซต์ของหน่วยงานให้เป็นปัจจุบัน"),
        (2, "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และเผยแพร่ให้ประชาชนทราบ"),
    ]
    first, second = rows
    assert first.responsible == "งานประชาสัมพันธ์ สำนักปลัด"
    assert first.method == "1. ตรวจสอบข้อมูลบนเว็บไซต์ทุกสัปดาห์ 2. นำข้อมูลใหม่ขึ้นเว็บไซต์ภายใน 3 วัน"
    assert first.period == "ตุลาคม 2566 - กันยายน 2567"
    assert first.follow_up is None
    assert (second.responsible, second.method, second.period) == (
        "งานบริหารงานบุคคล",
        "จัดทำประกาศและแจ้งเวียนบุคลากร",
        "ตลอดปีงบประมาณ",
    )


def test_block_form_with_unnumbered_labels() -> None:
    text = "\n".join(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
            "เทศบาลตำบลบ้านสวนหมาก",
            "ประเด็นที่ 1 การรับสินบน",
            "กิจกรรม/โครงการ : ประกาศนโยบายไม่รับของขวัญ",
            "ผู้รับผิดชอบ : นายกเทศมนตรี",
            "ขั้นตอน/วิธีการปฏิบัติ",
            "จัดทำประกาศและเผยแพร่ทางเว็บไซต์",
            "ระยะเวลา : ตุลาคม 2567",
        ]
    )
    [row] = measures(parse_pages(text))
    assert (row.seq, row.measure, row.responsible, row.method, row.period) == (
        1,
        "ประกาศนโยบายไม่รับของขวัญ",
        "นายกเทศมนตรี",
        "จัดทำประกาศและเผยแพร่ทางเว็บไซต์",
        "ตุลาคม 2567",
    )


def test_no_measures_without_a_measures_table() -> None:
    text = "\n".join(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กองคลัง เทศบาลตำบลบ้านสวนหมาก",
            "เรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน",
            "ลำดับ\tรายการ\tจำนวน\tราคา",
            "1\tกระดาษ A4\t10 รีม\t1,200",
        ]
    )
    assert measures(parse_pages(text)) == []


def test_measures_table_inside_minutes() -> None:
    text = "\n".join(
        [
            "รายงานการประชุมคณะทำงานส่งเสริมคุณธรรมและความโปร่งใส",
            "ครั้งที่ 1/2567 วันที่ 15 มกราคม 2567",
            "ณ ห้องประชุมเทศบาลตำบลบ้านสวนหมาก",
            "ระเบียบวาระที่ 1 เรื่อง พิจารณามาตรการส่งเสริมคุณธรรม",
            "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา",
            "1. เผยแพร่ข้อมูลข่าวสาร\tปรับปรุงเว็บไซต์ทุกสัปดาห์\tงานประชาสัมพันธ์\tตลอดปี",
            "มติที่ประชุม เห็นชอบ",
        ]
    )
    parsed = parse_pages(text)
    assert parsed[0].document.doc_type == "minutes"
    assert [(m.seq, m.measure, m.responsible) for m in measures(parsed)] == [
        (1, "เผยแพร่ข้อมูลข่าวสาร", "งานประชาสัมพันธ์")
    ]


def test_period_in_any_month_and_the_next_section_after_the_table() -> None:
    text = "\n".join(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
            "มาตรการ/แนวทาง\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล",
            "1. ส่งเสริมการปฏิบัติงานตาม\tจัดอบรมเรื่องประมวลจริยธรรม\tสำนักปลัด\tต.ค. 2567 –\tรายงานผลต่อนายก",
            "ประมวลจริยธรรม\tแก่บุคลากร\t\tก.ย. 2568\tทุกไตรมาส",
            "2. เปิดเผยข้อมูลการจัดซื้อจัดจ้าง\tประกาศบนเว็บไซต์\tกองคลัง\tมกราคม 2568\tทุกเดือน",
            "3. ลดขั้นตอนการให้บริการ\tใช้ระบบคิวออนไลน์\tกองคลัง\tมี.ค. 2568\tรายงานทุกเดือน",
            "3. ขั้นตอนการรายงานผล",
            "\tให้ผู้รับผิดชอบรายงานผลต่อปลัดทุกไตรมาส",
        ]
    )
    rows = [r for p in parse_pages(text) for r in p.rows if isinstance(r, Measure)]
    assert [r.seq for r in rows] == [1, 2, 3]
    assert rows[2].period == "มี.ค. 2568"
    first = rows[0]
    assert (first.responsible, first.period, first.follow_up) == (
        "สำนักปลัด",
        "ต.ค. 2567 – ก.ย. 2568",
        "รายงานผลต่อนายก ทุกไตรมาส",
    )


def test_a_closing_paragraph_after_the_blocks_is_not_the_last_period() -> None:
    text = BLOCKS + "\n\n" + "\n".join(
        [
            "        ทั้งนี้ ให้ทุกกอง/สำนักรายงานผลการดำเนินการตามมาตรการต่อปลัดเทศบาล รอบ 6 เดือน และ 12 เดือน",
            "เพื่อนำเสนอนายกเทศมนตรีและเผยแพร่ทางเว็บไซต์ของเทศบาลต่อไป",
        ]
    )
    assert [m.period for m in measures(parse_pages(text))] == ["ตุลาคม 2566 - กันยายน 2567", "ตลอดปีงบประมาณ"]


def test_block_fields_as_a_copier_scan_reads_their_numbers() -> None:
    # the bracket lost (``๒ ผู้รับ...``), a speck beside it (``๔@)``), ผ read as ถ
    text = "\n".join(
        [
            "ประกาศเทศบาลตำบลทดสอบ",
            "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
            "ประเด็นที่ 1 การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
            "        1) กิจกรรม/โครงการ กิจกรรมเผยแพร่แผนการจัดซื้อจัดจ้าง",
            "        2 ผู้รับถิดชอบ กองคลัง (งานพัสดุ)",
            "        3) ขั้นตอน/วิธีการปฏิบัติ จัดทำสรุปผลการจัดซื้อจัดจ้างทุกเดือน",
            "        4@) ระยะเวลา ตุลาคม 2568 - กันยายน 2569",
            "ประเด็นที่ 2 การรับของขวัญ",
            "       (1) กิจกรรม/โครงการ มาตรการงดรับของขวัญ",
            "        2)ผู้รับผิดชอบ นายกเทศมนตรี",
            "        4 ระยะเวลา ตลอดปีงบประมาณ พ.ศ. 2569",
        ]
    )
    rows = measures(parse_pages(text))
    assert [(m.measure, m.responsible, m.period) for m in rows] == [
        ("กิจกรรมเผยแพร่แผนการจัดซื้อจัดจ้าง", "กองคลัง (งานพัสดุ)", "ตุลาคม 2568 - กันยายน 2569"),
        ("มาตรการงดรับของขวัญ", "นายกเทศมนตรี", "ตลอดปีงบประมาณ พ.ศ. 2569"),
    ]


def test_a_ruled_rows_next_line_keeps_its_columns_and_a_sentence_under_the_table_ends_it() -> None:
    text = "\n".join(
        [
            "ประกาศเทศบาลตำบลทดสอบ เรื่อง มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
            "ที่\tมาตรการ\tผู้รับผิดชอบ\tวิธีการดำเนินการ\tระยะเวลา\tการติดตามผล",
            "1\tมาตรการป้องกันผลประโยชน์\tสำนักปลัด\tอบรมบุคลากร\tมกราคม 2569\tรายงานผลการอบรม",
            "\tทับซ้อน\t(งานการเจ้าหน้าที่)\tและให้ลงนาม\t\tภายใน 15 วัน",
            "2\tมาตรการส่งเสริมการมีส่วนร่วม\tทุกส่วนราชการ\tเชิญผู้แทนชุมชน\tตลอดปีงบประมาณ\tประเมินความพึงพอใจ",
            "",
            "            ให้ทุกส่วนราชการถือปฏิบัติตามมาตรการนี้อย่างเคร่งครัด",
        ]
    )
    rows = measures(parse_pages(text))
    assert [(m.period, m.follow_up) for m in rows] == [
        ("มกราคม 2569", "รายงานผลการอบรม ภายใน 15 วัน"),
        ("ตลอดปีงบประมาณ", "ประเมินความพึงพอใจ"),
    ]
    assert rows[1].measure == "มาตรการส่งเสริมการมีส่วนร่วม"
