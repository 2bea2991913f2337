"""Dates, times, money and fiscal years as every parser reads them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pipeline.thai import (
    MoneyReading,
    YearLabel,
    find_date,
    find_fiscal_year,
    find_fiscal_years,
    find_time,
    find_times,
    fiscal_year_of,
    parse_money,
    spans_years,
    year_span,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("วันที่ ๒๑ พฤษภาคม ๒๕๖๓", dt.date(2020, 5, 21)),
        ("วันที่ 8 กุมภาพันธ์ 2564", dt.date(2021, 2, 8)),
        ("สั่ง ณ วันที่ 17 เดือน กุมภาพันธ์ พ.ศ. 2564", dt.date(2021, 2, 17)),
        ("ลงวันที่ ๑๒ ก.พ. ๖๗", dt.date(2024, 2, 12)),
        ("วันที่ 3 ต.ค.2566", dt.date(2023, 10, 3)),
        ("วันที่ 5 มีค. 67", dt.date(2024, 3, 5)),
        ("ประชุมเมื่อ 21/05/2563", dt.date(2020, 5, 21)),
        ("ไม่มีวันที่ในข้อความนี้", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


def test_times() -> None:
    assert find_time("เริ่มประชุมเวลา ๐๙.๓๐ น.") == dt.time(9, 30)
    assert find_times("เวลา 13.00 - 16.30 น.") == [dt.time(13, 0), dt.time(16, 30)]
    assert find_time("งบประมาณ 1,000 บาท") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,170,000.00", Decimal("3170000.00")),
        ("๕๐,๐๐๐ บาท", Decimal("50000.00")),
        ("ดำเนินการโดยไม่ใช้งบประมาณ", Decimal("0.00")),
        ("-", Decimal("0.00")),
        ("ไม่มี", None),
    ],
)
def test_parse_money(text: str, expected: Decimal | None) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        ("1,000,000", "cell", Decimal("1000000.00")),
        ("50,000.00 บาท", "cell", Decimal("50000.00")),
        ("- บาท", "cell", Decimal("0.00")),
        ("โครงการ 5,000", "cell", None),
        ("ไม่ใช้งบประมาณ", "cell", Decimal("0.00")),
        ("พ.ศ. 2568 จำนวน 20,000 บาท", "baht", Decimal("20000.00")),
        ("จำนวน 45000.-บาท", "baht", Decimal("45000.00")),
        ("ปีงบประมาณ พ.ศ. 2568", "baht", None),
        ("รวมทั้งสิ้น 150,000", "label", Decimal("150000.00")),
        ("รวม 150000.00", "label", Decimal("150000.00")),
        ("รวม 5 โครงการ", "label", None),
        ("-", "label", None),
    ],
)
def test_parse_money_by_where_the_amount_stands(
    text: str, read: MoneyReading, expected: Decimal | None
) -> None:
    assert parse_money(text, read=read) == expected


def test_fiscal_years() -> None:
    assert find_fiscal_year("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") == 2567
    assert find_fiscal_year("ปีงบประมาณ 2564") == 2564
    assert fiscal_year_of(dt.date(2023, 10, 1)) == 2567


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("ขอเชิญประชุม วันที่ 5 มกราคม พ.ศ. 2567", "any", 2567),
        ("ขอเชิญประชุม วันที่ 5 มกราคม พ.ศ. 2567", "stated", None),
        ("แผนการจัดซื้อ ประจำปี 2568", "stated", 2568),
        ("แผนการจัดซื้อ ประจำปี 2568", "budget", None),
        ("ประชุม ประจำปีงบประมาณ พ.ศ. 2568", "budget", 2568),
        ("สมัยสามัญ สมัยที่ 1 ประจำปี 2567", "annual", 2567),
        ("ปีงบประมาณ 2567", "annual", None),
    ],
)
def test_fiscal_years_by_the_words_before_them(text: str, label: YearLabel, expected: int | None) -> None:
    assert find_fiscal_year(text, label=label) == expected


def test_every_fiscal_year_in_a_text() -> None:
    assert find_fiscal_years("คะแนนปี 2566 ได้ 81.25 และปีงบประมาณ พ.ศ. 2567 ได้ 90.10") == [2566, 2567]
    assert fiscal_year_of(dt.date(2024, 9, 30)) == 2567


@pytest.mark.parametrize(
    ("ocr", "expected"),
    [
        ("ค้าสั่งเทศบาลตําบลโพธิ์ทอง", "คำสั่งเทศบาลตำบลโพธิ์ทอง"),  # MAI THO for NIKHAHIT, split SARA AM
        ("ค าสั่ง องค์การบริหารส่วนตำบล", "คำสั่ง องค์การบริหารส่วนตำบล"),  # a gap where NIKHAHIT was
        ("คณะท างาน", "คณะทำงาน"),
        ("ผู้อ้านวยการกองคลัง", "ผู้อำนวยการกองคลัง"),
        ("ห้าร้อยบาท", "ห้าร้อยบาท"),  # real words with MAI THO + SARA AA stay
        ("นางสำวอำไพ ป้องภัย", "นางสาวอำไพ ป้องภัย"),  # SARA AA read as SARA AM
        ("สำนักงาน กำหนด ดำเนินการ ลำดับ สำราญ", "สำนักงาน กำหนด ดำเนินการ ลำดับ สำราญ"),
        ("น้ำประปา ถ้าหาก ป้าย ข้าราชการ เจ้าหน้าที่ ค้าขาย", "น้ำประปา ถ้าหาก ป้าย ข้าราชการ เจ้าหน้าที่ ค้าขาย"),
    ],
)
def test_sara_am_misread_by_ocr_is_restored_where_the_dictionary_agrees(ocr: str, expected: str) -> None:
    from pipeline.thai import repair_sara_am

    assert repair_sara_am(ocr) == expected


def test_a_printed_weekday_corrects_one_misread_digit_of_the_date() -> None:
    # 15 January 2025 was a Wednesday (วันพุธ); OCR read ๑๕ as ๑๙ and ๒๕๖๘ as ๒๕๒๘.
    assert find_date("วันพุธที่ 15 มกราคม 2568") == dt.date(2025, 1, 15)
    assert find_date("วันพุธที่ ๑๙ มกราคม ๒๕๖๘") == dt.date(2025, 1, 15)
    assert find_date("วันพุธที่ 15 มกราคม 2528") == dt.date(2025, 1, 15)
    # 32 is no day: ๓๒ for ๑๒? 12 January 2025 was a Sunday.
    assert find_date("วันอาทิตย์ที่ 32 มกราคม 2568") == dt.date(2025, 1, 12)
    # No weekday: the date as read. Two readings that fit: the date as read.
    assert find_date("19 มกราคม 2568") == dt.date(2025, 1, 19)


def test_dates_as_ocr_prints_them_in_meeting_headings() -> None:
    # The weekday's vowel dropped and split, a letter of the month misread (ล as ญ).
    assert find_date("วันพ ธที ๑๑ ตุญาคม ๒๕๖๖ เวลา๐๙.๐๐") == dt.date(2023, 10, 11)
    # A space inside an abbreviated month, ที่ without its tone mark.
    assert find_date("วันอังคารที 5มี. ค.2567 เวลา 13.30น .") == dt.date(2024, 3, 5)
    # Words that are no month stay no date.
    assert find_date("ข้อ 5 มาตรา 2567") is None
    assert find_date("ที่ 12 ตำบล 2567") is None


def test_a_given_name_glued_to_its_surname_is_split_where_the_given_name_is_known() -> None:
    from pipeline.thai import split_glued_name

    assert split_glued_name("อำไพป้องภัย") == "อำไพ ป้องภัย"
    assert split_glued_name("ประยุทธฟ้าสว่าง") == "ประยุทธ ฟ้าสว่าง"
    assert split_glued_name("อำไพ ป้องภัย") == "อำไพ ป้องภัย"  # already spaced
    assert split_glued_name("นายกเทศมนตรี") == "นายกเทศมนตรี"  # a title is no given name
    assert split_glued_name("ปลัดเทศบาล") == "ปลัดเทศบาล"


def test_a_weekday_slip_does_not_move_a_plausible_date() -> None:
    # 1 October 2024 was a Tuesday: the printed Monday is a slip, the date stays as read.
    assert find_date("วันจันทร์ที่ 1 ตุลาคม 2567") == dt.date(2024, 10, 1)


def test_a_single_given_name_is_not_split() -> None:
    from pipeline.thai import split_glued_name

    assert split_glued_name("สุดารัตน์") == "สุดารัตน์"
    assert split_glued_name("ชัยวัฒน์") == "ชัยวัฒน์"


def test_a_typed_space_between_given_name_and_surname_stays_outside_ocr() -> None:
    from pipeline.thai import split_glued_name

    # both halves of the other split are known names; the text layer's space is the typed one
    assert split_glued_name("คำปัน ใจยา", respace=False) == "คำปัน ใจยา"
    assert split_glued_name("กัญญา รัตน์ศรีนวล") == "กัญญารัตน์ ศรีนวล"  # OCR's space a few letters off
    assert split_glued_name("อำไพป้องภัย", respace=False) == "อำไพ ป้องภัย"  # glued: still split


def test_digits_go_back_to_the_script_they_were_printed_in() -> None:
    from pipeline.thai import to_arabic_digits, to_thai_digits

    assert to_thai_digits("12/2568") == "๑๒/๒๕๖๘"
    assert to_arabic_digits(to_thai_digits("0123456789")) == "0123456789"


def test_a_period_whose_dash_a_scan_lost_gets_it_back() -> None:
    from pipeline.thai import period_range

    assert period_range("มกราคม มีนาคม 2569") == "มกราคม - มีนาคม 2569"
    assert period_range("ต.ค. 67 ก.ย. 68") == "ต.ค. 67 - ก.ย. 68"
    assert period_range("ตุลาคม 2568 - กันยายน 2569") == "ตุลาคม 2568 - กันยายน 2569"
    assert period_range("ตลอดปีงบประมาณ") == "ตลอดปีงบประมาณ"
    assert period_range("เดือนมกราคม ของทุกปี") == "เดือนมกราคม ของทุกปี"
    assert period_range("รายไตรมาส (มกราคม เมษายน กรกฎาคม ตุลาคม)") == "รายไตรมาส (มกราคม เมษายน กรกฎาคม ตุลาคม)"


def test_a_date_whose_be_label_ocr_garbled() -> None:
    import datetime as dt

    from pipeline.thai import find_date

    assert find_date("เมือวั พฤห สบดีที๑๔ สิงหาคม WA. ๒๕๖๘") == dt.date(2025, 8, 14)
    assert find_date("วันที่ 14 สิงหาคม ws. 2568") == dt.date(2025, 8, 14)


def test_no_budget_as_a_scan_reads_it() -> None:
    from decimal import Decimal

    from pipeline.thai import parse_money

    assert parse_money("ไม่ช้งบประมาณ", read="cell") == Decimal("0.00")


def test_a_name_split_a_few_letters_too_late() -> None:
    from pipeline.thai import split_glued_name

    assert split_glued_name("รัตนาภรณ์ชัย วงศ์") == "รัตนาภรณ์ ชัยวงศ์"
    assert split_glued_name("สมชายชาญ ดีมาก") == "สมชายชาญ ดีมาก"  # a real surname's length
    assert split_glued_name("สมชาย ใจดี") == "สมชาย ใจดี"


def test_a_period_as_a_scan_spells_it() -> None:
    from pipeline.thai import period_range

    assert period_range("ต.ค.67 - กุย. 68") == "ต.ค. 67 - ก.ย. 68"  # a dot read as ุ, a year glued
    assert period_range("ต.ค.2568- กุย.2569") == "ต.ค. 2568 - ก.ย. 2569"
    assert period_range("กุมภาพันธ์ 2569") == "กุมภาพันธ์ 2569"


def test_a_name_split_in_the_wrong_place_moves_its_space_where_both_halves_are_known() -> None:
    from pipeline.thai import split_glued_name

    assert split_glued_name("กัญญา รัตน์ศรีนวล") == "กัญญารัตน์ ศรีนวล"
    assert split_glued_name("วีระพงษ์ศรี สุวรรณ") == "วีระพงษ์ ศรีสุวรรณ"
    assert split_glued_name("สมชาย ใจดี") == "สมชาย ใจดี"  # both halves known: as read
    assert split_glued_name("ประเสริฐ วงศ์คำมา") == "ประเสริฐ วงศ์คำมา"  # no split of both known names


def test_the_era_abbreviation_spaced_by_a_scan_still_names_the_fiscal_year() -> None:
    from pipeline.thai import find_fiscal_year

    assert find_fiscal_year("แผนปฏิบัติการ ประจำปีงบประมาณ พ .ศ . ๒๕๖๙") == 2569


def test_a_title_spanning_years_and_one_stating_its_own() -> None:
    assert year_span("แผนปฏิบัติการป้องกันการทุจริต ๓ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๐)") == (2568, 2570)
    assert year_span("ต.ค. 2568 - ก.ย. 2569") is None and year_span("2568 - 2590") is None
    assert year_span("(พ.ศ. ๒๕๖๘ ๒๕๗๐)") == (2568, 2570)  # the dash a scan lost
    assert spans_years("แผนปฏิบัติการป้องกันการทุจริต ๓ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๐)")
    assert spans_years("ปีงบประมาณ พ.ศ. ๒๕๖๘ - ๒๕๗๐ (ปีละ ๔ ครั้ง)")
    # the span again in an intro cut at the line's end
    assert spans_years("แผนปฏิบัติการป้องกันการทุจริต 3 ปี (พ.ศ. 2568 - 2570) ได้จัดทำแผน 3 ปี (พ.ศ. 2568 -")
    # a development plan's span cited in passing, a plan of one year, two years side by side
    assert not spans_years("แผนการดำเนินงาน พ.ศ. 2568 ตามแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)")
    assert not spans_years("ปี 2567 2568")
    # a one-year plan taken from a three-year one states its year
    assert not spans_years("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ตามแผน ๓ ปี พ.ศ. ๒๕๖๙ - ๒๕๗๑)")


def test_the_days_a_weekday_allows_where_the_day_was_lost() -> None:
    from pipeline.thai import all_dates, dates_by_weekday

    fridays = dates_by_weekday("วันศุกร์ทีชู มีนาคม 2569 เวลา 10.00 น.")
    assert [d.day for d in fridays] == [6, 13, 20, 27] and fridays[0] == dt.date(2026, 3, 6)
    assert dates_by_weekday("วันศุกร์ที่ 27 มีนาคม 2569") == []  # (the day is there: find_date reads it)
    assert all_dates("ณวันที๒๕ มีนาคม ๒๕๖๙ และ ๓ ก.พ. ๒๕๖๙") == [dt.date(2026, 3, 25), dt.date(2026, 2, 3)]
