"""Numbers checked against the document itself: what fails is flagged, what agrees is not."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pipeline.checks import review_flags
from pipeline.model import Parsed
from schemas import Budget, Document, ItaScore, Meeting, Project


def _parsed(*rows: object, fiscal_year: int | None = 2568) -> list[Parsed]:
    document = Document(
        doc_id="d1", source_id="s1", segment_no=1, doc_type="action_plan", fiscal_year=fiscal_year,
        page_start=1, page_end=1, raw_text="", text="",
    )
    return [Parsed(document=document, rows=list(rows))]  # type: ignore[arg-type]


def _budget(kind: str, label: str, amount: str) -> Budget:
    return Budget(doc_id="d1", page_no=1, kind=kind, label=label, amount_thb=Decimal(amount))  # type: ignore[arg-type]


def test_a_plan_total_that_its_rows_do_not_add_up_to_is_flagged() -> None:
    rows = [_budget("plan_row", "a", "10000"), _budget("plan_row", "b", "5000")]
    assert review_flags(_parsed(*rows, _budget("plan_total", "รวม", "15000"))) == []
    (flag,) = review_flags(_parsed(*rows, _budget("plan_total", "รวม", "11.00")))
    assert (flag.table_name, flag.column_name, flag.value, flag.check_name) == ("budgets", "amount_thb", "11.00", "plan_total")
    assert "15000" in flag.detail


def test_years_far_from_the_documents_fiscal_year_and_broken_row_numbers_are_flagged() -> None:
    projects = [
        Project(doc_id="d1", page_no=1, seq=n, name=f"โครงการที่ {n}", dimension="1", budget_thb=Decimal(0),
                fiscal_year=year)
        for n, year in ((1, 2568), (2, 2568), (4, 2575), (5, 1568))
    ]
    flags = {(f.check_name, f.value) for f in review_flags(_parsed(*projects))}
    assert flags == {("sequence", "4"), ("year_near", "2575"), ("year_range", "1568")}


def test_an_ita_total_far_from_its_indicators_and_a_meeting_without_date_are_flagged() -> None:
    def score(no: int | None, value: str) -> ItaScore:
        return ItaScore(doc_id="d1", page_no=1, organization="อบต.", fiscal_year=2568, instrument="IIT",
                        indicator_no=no, score=Decimal(value))

    good = [score(1, "90"), score(2, "80"), score(None, "85")]
    assert review_flags(_parsed(*good)) == []
    flags = review_flags(_parsed(score(1, "90"), score(2, "80"), score(None, "55")))
    assert [f.check_name for f in flags] == ["ita_total"]
    meeting = Meeting(meeting_id="m1", doc_id="d1", page_no=1, meeting_date=None)
    dated = Meeting(meeting_id="m2", doc_id="d1", page_no=1, meeting_date=dt.date(2025, 1, 15))
    flags = review_flags(_parsed(meeting, dated))  # (bare meetings: their title, venue ... not read)
    assert [f.check_name for f in flags if f.check_name != "not_read"] == ["missing_date"]


def test_thai_that_cannot_be_printed_is_found() -> None:
    from pipeline.checks import damaged_text, impossible_thai, stray_latin

    assert impossible_thai("ต.ค. 2566 ก.ุย. 2567")  # a vowel mark after a full stop
    assert impossible_thai("นำระบบคิวมาใช้ในงานเก5็บรายได้")  # a mark after a digit
    assert impossible_thai("แผนที่ภาษีและะเบียน")  # sara a twice
    assert stray_latin("ผู้อำนวยการกองการศึกษา VI") and stray_latin("ศัvyกดaaิดี") and stray_latin("ovo ov กองคลัง")
    assert damaged_text("/”") and damaged_text("“ สำนักปลัด")
    for clean in (
        "กิจกรรมรณรงค์งดให้ของขวัญ (No Gift Policy)", "การประเมิน ITA (Integrity and Transparency Assessment)",
        "ตัวชี้วัด O36 ของ OIT", "เพจ Facebook ของเทศบาล", "ทุกกอง / งานประชาสัมพันธ์", "น้ำใส ผู้ใหญ่ เก็บ",
        "ต.ค. 2566 - ก.ย. 2567", "ระบบ e-GP และ LINE",
    ):
        assert damaged_text(clean) is None, clean


def test_damaged_names_posts_and_prose_are_flagged_and_clean_ones_are_not() -> None:
    from schemas import CommitteeMember

    def member(name: str, position: str, role: str = "กรรมการ") -> CommitteeMember:
        return CommitteeMember(doc_id="d1", page_no=1, group_name="คณะทำงาน", seq="1.1", prefix="นาย",
                               full_name=name, position=position, role=role)

    assert review_flags(_parsed(member("สมชาย ใจดี", "สมาชิกสภา อบต. หมู่ที่ 3"))) == []
    flags = review_flags(_parsed(member("สุดารัตน์เพชรงาม 9", "ผู้อำนวยการกอง VI", "กรรมการ oO")))
    assert {(f.column_name, f.check_name) for f in flags} == {
        ("full_name", "name_chars"), ("position", "post_chars"), ("role", "post_chars")}
    assert all(f.record == "group_name=คณะทำงาน; seq=1.1; full_name=สุดารัตน์เพชรงาม 9" for f in flags)


def test_a_misread_plan_row_is_flagged_rather_than_the_total() -> None:
    rows = [_budget("plan_row", "a", "145000"), _budget("plan_row", "b", "12500"), _budget("plan_row", "c", "8000")]
    flags = review_flags(_parsed(*rows, _budget("plan_total", "รวม", "65500")))
    assert [(f.check_name, f.value) for f in flags] == [("plan_row", "145000")]
    assert "45000" in flags[0].detail


def test_values_the_genre_always_prints_and_an_ita_total_read_as_the_overall_are_flagged() -> None:
    def score(instrument: str, no: int | None, value: str, organization: str | None = "อบต.เขาแก้ว") -> ItaScore:
        return ItaScore(doc_id="d1", page_no=1, organization=organization, fiscal_year=2568,
                        instrument=instrument, indicator_no=no, score=Decimal(value))

    rows = [score("IIT", 1, "90.00"), score("IIT", 2, "80.00"), score("ITA", None, "85.00", None)]
    flags = {(f.column_name, f.check_name) for f in review_flags(_parsed(*rows))}
    assert flags == {("organization", "not_read"), ("score", "ita_overall")}
    assert review_flags(_parsed(*rows[:2], score("IIT", None, "85.00"), score("ITA", None, "84.00"))) == []


def test_names_split_in_the_wrong_place_and_periods_with_no_month() -> None:
    from pipeline.checks import glued_given_name, period_damage
    from schemas import CommitteeMember

    assert glued_given_name("อภิชาติทอง กประเสริฐ") and glued_given_name("อภิชาติ ทองประเสริฐ") is None
    assert glued_given_name("ภูริภัทร แก้วมณี") is None
    assert period_damage("ต.ค. 2566 กุย. 2567") and period_damage("ต.ค. 2566 - ก.ย. 2567") is None
    member = CommitteeMember(doc_id="d1", page_no=1, group_name="ก", seq="1.2", prefix="นาง",
                             full_name="สุดารัตน์เพชรงาม", position="เพชรงาม รองนายกเทศมนตรี", role="กรรมการ")
    assert {f.check_name for f in review_flags(_parsed(member))} == {"name_in_post"}


def test_a_scanned_plans_row_with_no_quarter_ticked_has_its_quarters_flagged() -> None:
    def project(seq: int, page_no: int, *ticks: bool) -> Project:
        q1, q2, q3, q4 = ticks
        return Project(doc_id="d1", page_no=page_no, seq=seq, name=f"โครงการที่ {seq}", dimension="1",
                       budget_thb=Decimal(0), q1=q1, q2=q2, q3=q3, q4=q4)

    rows = [project(1, 1, True, False, False, False), project(2, 1, False, False, False, False),
            project(3, 2, False, False, False, False)]
    flags = review_flags(_parsed(*rows), ocr_pages=frozenset({1}))
    assert {(f.record.split(";")[0], f.column_name, f.check_name) for f in flags} == {
        ("seq=2", q, "no_tick_read") for q in ("q1", "q2", "q3", "q4")
    }  # row 3 stands on a text page: a row without ticks is as printed
    assert review_flags(_parsed(*rows[1:]), ocr_pages=frozenset({1})) == []  # a plan without ticks
