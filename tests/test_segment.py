"""Segmentation: one source, several documents, each with its type and pages."""

from __future__ import annotations

from pipeline.model import Page
from pipeline.normalize import normalize_pages, raw_source_lines
from pipeline.segment import segment

MEMO = """บันทึกข้อความ
ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลทุ่งหญ้าคา
ที่ ทค 71001/123 วันที่ 3 มีนาคม 2567
เรื่อง ส่งรายงานการประชุม
เรียน นายก อบต.ทุ่งหญ้าคา
ด้วยได้จัดประชุม จึงขอส่งรายงานการประชุมมาเพื่อโปรดทราบ
(นางสาวพิมพ์ใจ แสงทอง)
นักจัดการงานทั่วไป"""
MINUTES = """รายงานการประชุมคณะทำงานจัดทำแผนพัฒนาท้องถิ่น
ครั้งที่ 2/2567
วันที่ 1 มีนาคม 2567 ณ ห้องประชุม อบต.ทุ่งหญ้าคา
ผู้มาประชุม
1. นายเอกชัย ศรีสุข ปลัด อบต. ประธาน
วาระที่ 1 เรื่องที่ประธานแจ้งให้ทราบ
มติที่ประชุม รับทราบ"""
SHEET = """รายชื่อผู้เข้าร่วมประชุมคณะทำงานจัดทำแผนพัฒนาท้องถิ่น
วันที่ 1 มีนาคม 2567
ที่\tชื่อ - สกุล\tตำแหน่ง\tลายมือชื่อ
1\tนายเอกชัย ศรีสุข\tปลัด อบต.\t"""
ORDER = """คำสั่งองค์การบริหารส่วนตำบลทุ่งหญ้าคา
ที่ 45/2567
เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ
สั่ง ณ วันที่ 4 มีนาคม พ.ศ. 2567"""


def _segments(*page_texts: str):  # type: ignore[no-untyped-def]
    pages = [Page(page_no=i, text=t, method="text") for i, t in enumerate(page_texts, start=1)]
    return segment("f" * 64, normalize_pages(pages), raw_source_lines(pages))


def test_memo_minutes_sheet_and_order_in_one_source() -> None:
    segments = _segments(MEMO, MINUTES, SHEET + "\n\n" + ORDER)
    assert [s.doc_type for s in segments] == ["memo", "minutes", "attendance_sheet", "order"]
    assert [(s.page_start, s.page_end) for s in segments] == [(1, 1), (2, 2), (3, 3), (3, 3)]
    assert [s.segment_no for s in segments] == [1, 2, 3, 4]
    assert segments[2].lines[0].text.startswith("รายชื่อผู้เข้าร่วมประชุม")
    assert len({s.doc_id for s in segments}) == 4


def test_memo_subject_naming_minutes_does_not_split() -> None:
    segments = _segments(MEMO)
    assert [s.doc_type for s in segments] == ["memo"]


def test_raw_text_keeps_untouched_thai_digits() -> None:
    segments = _segments(MEMO.replace("3 มีนาคม 2567", "๓ มีนาคม ๒๕๖๗"))
    assert "๒๕๖๗" in segments[0].raw_text
    assert "2567" in "\n".join(line.text for line in segments[0].lines)


def test_repeated_plan_title_is_one_document_and_sheets_follow() -> None:
    title = "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"
    table = "ลำดับ\tโครงการ\tงบประมาณ\n1\tโครงการหนึ่ง\t10,000"
    sheets = "ลำดับที่ 1\n1. ชื่อโครงการ : โครงการหนึ่ง\nลำดับที่ 2\n1. ชื่อโครงการ : โครงการสอง"
    segments = _segments(f"{title}\n{table}", f"{title}\n{table}", sheets)
    assert [s.doc_type for s in segments] == ["action_plan", "project_sheets"]
    assert segments[0].page_end == 2


def test_untitled_leading_text_is_classified() -> None:
    segments = _segments("ผลการประเมิน ITA ของหน่วยงาน\nมาตรการ/แนวทาง\tวิธีการ\nIIT 85.20")
    assert segments[0].doc_type == "integrity_measures"
    assert _segments("ข้อความทั่วไปของสำนักงาน")[0].doc_type == "other"


def test_order_heading_with_the_office_on_its_own_line() -> None:
    order = "คำสั่ง\nองค์การบริหารส่วนตำบลทุ่งนาเกลือ\nที่ 45/2566\nเรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ"
    segments = _segments(MEMO + "\n" + order)
    assert [s.doc_type for s in segments] == ["memo", "order"]
    assert segments[1].lines[0].text == "คำสั่ง"


def test_order_heading_with_ocr_damage_is_an_order() -> None:
    order = "คำสั่เทศบาลตำบลหนองปลาไหลใต้\nที่ 12/2567\nเรื่อง แต่งตั้งคณะกรรมการ"
    assert [s.doc_type for s in _segments(order)] == ["order"]


def test_attendance_sheet_whose_name_column_ocr_garbled() -> None:
    sheet = "บัญชีลงเวลาผู้เข้าประชุมคณะทำงาน\nลำดับ\tYo - ana\tตำแหน่ง\tลายมือชือ\n1\tนายสมใจ ดีงาม\tปลัด\tสมใจ"
    assert [s.doc_type for s in _segments(MINUTES + "\n" + sheet)] == ["minutes", "attendance_sheet"]
