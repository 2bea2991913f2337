"""The parse stage across a source: every document gets an office, also when only a running
header or a sibling document names it."""

from __future__ import annotations

from decimal import Decimal

from schemas import ItaScore, Measure
from tests.conftest import parse_pages

HEADER = "องค์การบริหารส่วนตำบลโคกกลางเหนือ"
PAGES = [
    f"""{HEADER}
บันทึกข้อความ
ส่วนราชการ สำนักปลัด
ที่ นม 80401/77   วันที่ 2 พ.ค. 2567
เรื่อง รายงานผลการประเมิน ITA
เรียน นายกองค์การบริหารส่วนตำบลโคกกลางเหนือ
          ได้คะแนน 90.12 คะแนน อยู่ในระดับ A ในปีงบประมาณ พ.ศ. 2566
                    (นางสาวสุภาพร มีสุข)
                    หัวหน้าสำนักปลัด""",
    f"""{HEADER}
มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567
มาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา
1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\tประกาศบนเว็บไซต์ทุกเดือน\tกองคลัง\tตลอดปี""",
    f"""{HEADER}
2. เปิดช่องทางร้องเรียน\tจัดทำแบบฟอร์มออนไลน์\tสำนักปลัด\tมิ.ย. 2567""",
    f"""{HEADER}
3. ประกาศเจตจำนงสุจริต\tผู้บริหารลงนามประกาศ\tสำนักปลัด\tต.ค. 2566""",
]


def test_a_document_that_never_names_its_office_gets_the_sources() -> None:
    parsed = parse_pages(*PAGES)
    assert [p.document.doc_type for p in parsed] == ["memo", "integrity_measures"]
    assert {p.document.organization for p in parsed} == {HEADER}
    measures = [r for r in parsed[1].rows if isinstance(r, Measure)]
    assert [m.seq for m in measures] == [1, 2, 3]
    scores = [r for p in parsed for r in p.rows if isinstance(r, ItaScore)]
    assert [(s.instrument, s.score, s.organization) for s in scores] == [("ITA", Decimal("90.12"), HEADER)]


def test_the_running_header_names_the_office_when_nothing_else_does() -> None:
    parsed = parse_pages(*PAGES[1:])
    assert [p.document.organization for p in parsed] == [HEADER]
