"""Meeting minutes: headings, attendance lists, agenda items, resolutions, signers, sheets.

Every fixture is a fictional office's minutes, written the ways Thai offices print them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from parsers.grammar import heading_title
from parsers.minutes import RECORDER, name_in, outcome_of, session_of, signer
from pipeline.model import Line, Parsed
from schemas import Agenda, Attendee, Meeting, Resolution
from tests.conftest import fields_as, parse_pages


def minutes_of(parsed: list[Parsed]) -> Parsed:
    return next(p for p in parsed if p.document.doc_type == "minutes")


def minutes_from(*lines: str) -> Parsed:
    """The minutes in one page of these lines (or of one whole text)."""
    return minutes_of(parse_pages("\n".join(lines)))


def meeting(parsed: Parsed) -> Meeting:
    (found,) = [r for r in parsed.rows if isinstance(r, Meeting)]
    return found


def attendees(parsed: Parsed) -> dict[str, Attendee]:
    return {r.full_name: r for r in parsed.rows if isinstance(r, Attendee)}


def items(parsed: Parsed) -> dict[str, Agenda]:
    return {r.item_no: r for r in parsed.rows if isinstance(r, Agenda)}


def resolutions(parsed: Parsed) -> dict[tuple[str | None, int], Resolution]:
    return {(r.item_no, r.seq): r for r in parsed.rows if isinstance(r, Resolution)}


def minutes_text(*lines: str) -> str:
    return "\n".join(lines)


def records_as(parsed: Parsed, expected: Mapping[str, Any]) -> dict[str, object]:
    """``parsed``'s records in the shape of ``expected``: ``meeting`` and ``document`` (their fields),
    ``attendees``, ``items`` and ``resolutions`` ({key: fields}), ``<those>_keys`` (every key, sorted
    as text) and ``<those>_count``; ``records_as(parsed, expected) == expected`` checks them all."""
    found: dict[str, Mapping[Any, Any]] = {
        "attendees": attendees(parsed),
        "items": items(parsed),
        "resolutions": resolutions(parsed),
    }
    got: dict[str, object] = {}
    for kind, want in expected.items():
        if kind in ("meeting", "document"):
            got[kind] = fields_as(meeting(parsed) if kind == "meeting" else parsed.document, want)
        elif kind.endswith("_keys"):
            got[kind] = sorted(found[kind.removesuffix("_keys")], key=str)
        elif kind.endswith("_count"):
            got[kind] = len(found[kind.removesuffix("_count")])
        else:
            got[kind] = {key: fields_as(found[kind][key], fields) for key, fields in want.items()}
    return got


# A committee of a fictional municipality: Thai digits, a time range, tab columns, ranks,
# acting members, a name wrapped in a narrow column, three attendance lists.
SUAN_MAK = "\n".join(
    [
        "รายงานการประชุมคณะกรรมการพัฒนาเทศบาลตำบลบ้านสวนหมาก",
        "ครั้งที่ ๒/๒๕๖๗",
        "วันพฤหัสบดีที่ ๑๕ ก.พ. ๒๕๖๗ เวลา ๐๙.๓๐ - ๑๒.๐๐ น.",
        "ณ ห้องประชุมเทศบาลตำบลบ้านสวนหมาก",
        "",
        "ผู้มาประชุม ๕ คน",
        "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
        "๑. นายสมปอง ใจกล้า\tนายกเทศมนตรีตำบลบ้านสวนหมาก\tประธานกรรมการ",
        "๒. ว่าที่ ร.ต.ชาญชัย ศรีสุข\tปลัดเทศบาล\tรองประธานกรรมการ",
        "๓. สิบเอกวีระ มั่นคง\tแทน ผู้อำนวยการกองช่าง\tกรรมการ",
        "๔) จ่าเอกประสิทธิ์ ทองดี\tหัวหน้าฝ่ายบริหารงานทั่วไป (แทน)\tกรรมการ",
        "๕. นางสาวพิมพ์ชนก\tนักวิเคราะห์นโยบายและแผน\tเลขานุการ",
        "    รุ่งเรือง\tปฏิบัติการ",
        "",
        "ผู้ไม่มาประชุม",
        "๑. นางบุษบา แก้วใส\tผู้อำนวยการกองคลัง\tกรรมการ",
        "",
        "ผู้เข้าร่วมประชุม",
        "๑. นายอดิศร พูลผล\tประธานชุมชนบ้านสวน",
        "",
        "เริ่มประชุมเวลา ๐๙.๔๕ น.",
        "นายสมปอง ใจกล้า ประธานกรรมการ กล่าวเปิดการประชุมตามระเบียบวาระ ดังนี้",
        "",
        "ระเบียบวาระที่ ๑\tเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "นายสมปอง ใจกล้า",
        "ประธานกรรมการ",
        "แจ้งให้ทราบเรื่องการจัดงานประเพณีลอยกระทงประจำปี",
        "มติที่ประชุม\tรับทราบ",
        "",
        "ระเบียบวาระ ที่ ๒",
        "เรื่อง รับรองรายงานการประชุม ครั้งที่ ๑/๒๕๖๗",
        "มติที่ประชุม: รับรองรายงานการประชุม โดยมีการแก้ไขหน้า ๒ บรรทัดที่ ๓",
        "",
        "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา ดังนี้",
        "๓.๑ โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๔",
        "ว่าที่ ร.ต.ชาญชัย ศรีสุข",
        "ปลัดเทศบาล",
        "ขอเสนอรายละเอียดโครงการ ดังนี้",
        "๑. ความยาว ๒๐๐ เมตร",
        "๒. งบประมาณ ๕๐๐,๐๐๐ บาท",
        "มติ : เห็นชอบ",
        "",
        "๓.๒ โครงการจัดซื้อรถบรรทุกขยะ",
        "มติที่ประชุม",
        "ไม่เห็นชอบ เนื่องจากงบประมาณ",
        "ไม่เพียงพอ",
        "",
        "นายสมปอง ใจกล้า",
        "ประธานกรรมการ",
        "ขอให้กองคลังตรวจสอบงบประมาณอีกครั้ง",
        "",
        "๓.๓ การปรับปรุงภูมิทัศน์หน้าสำนักงาน",
        "มติที่ประชุม ให้เลื่อนการพิจารณาไปการประชุมครั้งหน้า",
        "",
        "ระเบียบวาระที่ ๕ เรื่อง อื่นๆ",
        "*ลายมือ อ่านไม่ออก*",
        "มติที่ประชุม - รับทราบและถือปฏิบัติ",
        "",
        "เลิกประชุมเวลา ๑๒.๑๐ น.",
        "",
        "(นางสาวพิมชนก รุ่งเรือง)",
        "ผู้บันทึกรายงานการประชุม",
        "",
        "(ว่าที่ ร.ต.ชาญชัย ศรีสุข)",
        "ผู้ตรวจรายงาน",
    ]
)

# A council of a fictional sub-district: no column breaks, a fiscal-year session, an
# abbreviated month, the venue on the date line, ลงชื่อ labels with the name below.
NONG_NAM_SAI = "\n".join(
    [
        "รายงานการประชุม",
        "คณะกรรมการจัดทำแผนพัฒนาท้องถิ่น",
        "องค์การบริหารส่วนตำบลหนองน้ำใส",
        "ครั้งที่ 1 ประจำปีงบประมาณ 2567",
        "วันอังคารที่ 5 มี.ค. 2567 เวลา 13.30 น. ณ ห้องประชุมองค์การบริหารส่วนตำบลหนองน้ำใส",
        "",
        "ผู้เข้าประชุม",
        "1) นายประเสริฐ ดีมาก นายกองค์การบริหารส่วนตำบลหนองน้ำใส ประธานกรรมการ",
        "2) นางมาลี ศรีงาม ผู้อำนวยการกองคลัง กรรมการ",
        "3) นายวินัย ทองคำ ปลัดองค์การบริหารส่วนตำบล กรรมการและเลขานุการ",
        "ผู้ลาประชุม",
        "1) นายสุชาติ ขยันดี หัวหน้าสำนักปลัด",
        "",
        "เปิดประชุม เวลา 13.40 น.",
        "",
        "ระเบียบวาระที่ 1",
        "เรื่องเพื่อทราบ",
        "มติ ที่ประชุม รับทราบ",
        "",
        "ระเบียบวาระที่ 2 เรื่อง การพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        "นายวินัย ทองคำ",
        "เลขานุการ",
        "วาระที่ 2 เรื่อง การพิจารณาร่างแผนพัฒนาท้องถิ่น ขอเสนอให้ที่ประชุมพิจารณา",
        "มติที่ประชุม อนุมัติ",
        "",
        "ปิดประชุม เวลา 15.00 น.",
        "",
        "ลงชื่อ ผู้จดรายงานการประชุม",
        "(นายวินัย ทองคำ)",
        "ปลัดองค์การบริหารส่วนตำบล",
        "",
        "ลงชื่อ ผู้ตรวจรายงานการประชุม",
        "(นายประเสริฐ ดีมาก)",
        "นายกองค์การบริหารส่วนตำบลหนองน้ำใส",
    ]
)

SIGNATURE_SHEET = "\n".join(
    [
        "การประชุมคณะกรรมการจัดทำแผนพัฒนาท้องถิ่น",
        "องค์การบริหารส่วนตำบลหนองน้ำใส ครั้งที่ 1 ประจำปีงบประมาณ 2567",
        "วันอังคารที่ 5 มีนาคม 2567 เวลา 13.30 น.",
        "ณ ห้องประชุมองค์การบริหารส่วนตำบลหนองน้ำใส",
        "",
        "ที่\tชื่อ-สกุล\tตำแหน่ง\tลายมือชื่อ",
        "1.\tนายประเสริฐ ดีมาก\tนายกองค์การบริหารส่วนตำบลหนองน้ำใส\t",
        "2.\tนางมาลี ศรีงาม\tผู้อำนวยการกองคลัง\t",
        "3.\tนายวินัย ทองคำ\tปลัดองค์การบริหารส่วนตำบล\t",
        "4.\tนายสมศักดิ์ ใจดี\tนักวิเคราะห์นโยบายและแผน\t",
    ]
)


@pytest.fixture(scope="module")
def suan_mak() -> Parsed:
    return minutes_of(parse_pages(SUAN_MAK))


@pytest.fixture(scope="module")
def nong_nam_sai() -> list[Parsed]:
    return parse_pages(NONG_NAM_SAI + "\n\n" + SIGNATURE_SHEET)


# --- heading ----------------------------------------------------------------------------------


def test_heading_with_session_slash_time_range_and_venue(suan_mak: Parsed) -> None:
    found = meeting(suan_mak)
    assert found.title == "รายงานการประชุมคณะกรรมการพัฒนาเทศบาลตำบลบ้านสวนหมาก"
    assert found.session_no == "2/2567"
    assert found.meeting_date == dt.date(2024, 2, 15)
    assert found.venue == "ห้องประชุมเทศบาลตำบลบ้านสวนหมาก"
    # The minutes' own opening and closing lines say when the meeting really ran.
    assert found.start_time == dt.time(9, 45)
    assert found.end_time == dt.time(12, 10)
    assert found.meeting_id == f"{suan_mak.document.doc_id}-m1"


def test_heading_over_several_lines_with_fiscal_year_session(nong_nam_sai: list[Parsed]) -> None:
    parsed = minutes_of(nong_nam_sai)
    found = meeting(parsed)
    assert found.title == "รายงานการประชุม คณะกรรมการจัดทำแผนพัฒนาท้องถิ่น องค์การบริหารส่วนตำบลหนองน้ำใส"
    assert found.session_no == "1/2567"
    assert found.meeting_date == dt.date(2024, 3, 5)
    assert found.venue == "ห้องประชุมองค์การบริหารส่วนตำบลหนองน้ำใส"
    assert (found.start_time, found.end_time) == (dt.time(13, 40), dt.time(15, 0))


def test_documents_row_of_minutes(nong_nam_sai: list[Parsed]) -> None:
    document = minutes_of(nong_nam_sai).document
    assert document.title == meeting(minutes_of(nong_nam_sai)).title
    assert document.organization == "องค์การบริหารส่วนตำบลหนองน้ำใส"
    assert document.doc_date == dt.date(2024, 3, 5)
    assert document.fiscal_year == 2567


# --- signers ----------------------------------------------------------------------------------


def test_signers_named_above_their_labels_take_the_attendance_spelling(suan_mak: Parsed) -> None:
    found = meeting(suan_mak)
    assert found.recorder_name == "พิมพ์ชนก รุ่งเรือง"  # printed พิมชนก under the signature
    assert found.reviewer_name == "ชาญชัย ศรีสุข"


def test_signers_named_below_a_signature_line(nong_nam_sai: list[Parsed]) -> None:
    found = meeting(minutes_of(nong_nam_sai))
    assert found.recorder_name == "วินัย ทองคำ"
    assert found.reviewer_name == "ประเสริฐ ดีมาก"


# --- attendance ---------------------------------------------------------------------------------


def test_attendance_lists_in_columns(suan_mak: Parsed) -> None:
    people = attendees(suan_mak)
    assert len(people) == 7
    chair = people["สมปอง ใจกล้า"]
    assert (chair.seq, chair.status, chair.prefix) == (1, "present", "นาย")
    assert (chair.position, chair.role) == ("นายกเทศมนตรีตำบลบ้านสวนหมาก", "ประธานกรรมการ")
    assert people["ชาญชัย ศรีสุข"].prefix == "ว่าที่ ร.ต."
    assert people["ชาญชัย ศรีสุข"].role == "รองประธานกรรมการ"
    absent = people["บุษบา แก้วใส"]
    assert (absent.seq, absent.status, absent.position) == (1, "absent", "ผู้อำนวยการกองคลัง")
    guest = people["อดิศร พูลผล"]
    assert (guest.status, guest.position, guest.role) == ("invited", "ประธานชุมชนบ้านสวน", None)


def test_acting_members_before_and_after_the_post(suan_mak: Parsed) -> None:
    people = attendees(suan_mak)
    before = people["วีระ มั่นคง"]
    assert (before.prefix, before.acting_for, before.position) == ("สิบเอก", "ผู้อำนวยการกองช่าง", None)
    after = people["ประสิทธิ์ ทองดี"]
    assert (after.seq, after.prefix) == (4, "จ่าเอก")
    assert (after.acting_for, after.position, after.role) == ("หัวหน้าฝ่ายบริหารงานทั่วไป", None, "กรรมการ")


def test_name_wrapped_in_a_narrow_column(suan_mak: Parsed) -> None:
    secretary = attendees(suan_mak)["พิมพ์ชนก รุ่งเรือง"]
    assert secretary.position == "นักวิเคราะห์นโยบายและแผน ปฏิบัติการ"
    assert secretary.role == "เลขานุการ"


def test_attendance_rows_without_columns(nong_nam_sai: list[Parsed]) -> None:
    people = attendees(minutes_of(nong_nam_sai))
    assert set(people) == {"ประเสริฐ ดีมาก", "มาลี ศรีงาม", "วินัย ทองคำ", "สุชาติ ขยันดี"}
    chair = people["ประเสริฐ ดีมาก"]
    assert (chair.position, chair.role) == ("นายกองค์การบริหารส่วนตำบลหนองน้ำใส", "ประธานกรรมการ")
    assert people["วินัย ทองคำ"].role == "กรรมการและเลขานุการ"
    assert people["วินัย ทองคำ"].position == "ปลัดองค์การบริหารส่วนตำบล"
    on_leave = people["สุชาติ ขยันดี"]
    assert (on_leave.status, on_leave.position, on_leave.role) == ("absent", "หัวหน้าสำนักปลัด", None)


def test_signature_sheet_adds_no_attendees_and_gives_its_documents_row(nong_nam_sai: list[Parsed]) -> None:
    sheets = [p for p in nong_nam_sai if p.document.doc_type == "attendance_sheet"]
    assert len(sheets) == 1
    sheet = sheets[0]
    assert not [r for r in sheet.rows if isinstance(r, Attendee)]
    assert len(attendees(minutes_of(nong_nam_sai))) == 4  # the sheet's extra signer is not one
    assert sheet.document.title == "การประชุมคณะกรรมการจัดทำแผนพัฒนาท้องถิ่น องค์การบริหารส่วนตำบลหนองน้ำใส"
    assert sheet.document.doc_date == dt.date(2024, 3, 5)
    assert sheet.document.fiscal_year == 2567
    assert sheet.document.organization == "องค์การบริหารส่วนตำบลหนองน้ำใส"


# --- agenda -------------------------------------------------------------------------------------


def test_agenda_titles_numbers_and_gaps(suan_mak: Parsed) -> None:
    found = items(suan_mak)
    assert sorted(found) == ["1", "2", "3", "3.1", "3.2", "3.3", "5"]
    assert found["1"].title == "ที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert found["2"].title == "รับรองรายงานการประชุม ครั้งที่ 1/2567"  # title on the next line
    assert found["3"].title == "เพื่อพิจารณา"  # no trailing ดังนี้
    assert found["3.1"].title == "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4"
    assert found["5"].title == "อื่นๆ"
    assert "ความยาว 200 เมตร" in (found["3.1"].body or "")


def test_repeated_item_number_in_a_speech_is_not_a_new_item(nong_nam_sai: list[Parsed]) -> None:
    found = items(minutes_of(nong_nam_sai))
    assert sorted(found) == ["1", "2"]
    assert found["1"].title == "เพื่อทราบ"
    assert found["2"].title == "การพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"


# --- resolutions --------------------------------------------------------------------------------


def test_resolutions_per_item_and_sub_item(suan_mak: Parsed) -> None:
    found = resolutions(suan_mak)
    assert sorted(found, key=str) == sorted(
        [("1", 1), ("2", 1), ("3.1", 1), ("3.2", 1), ("3.3", 1), ("5", 1)], key=str
    )
    assert (found[("1", 1)].text, found[("1", 1)].outcome) == ("รับทราบ", "acknowledged")
    assert found[("2", 1)].outcome == "approved_with_changes"
    assert found[("3.1", 1)].text == "เห็นชอบ"
    # Text on the next lines, up to the blank line before the next speaker.
    assert found[("3.2", 1)].text == "ไม่เห็นชอบ เนื่องจากงบประมาณ ไม่เพียงพอ"
    assert found[("3.2", 1)].outcome == "rejected"
    assert found[("3.3", 1)].outcome == "deferred"
    # The leading "-" goes, the handwritten *...* noise is ignored.
    assert (found[("5", 1)].text, found[("5", 1)].outcome) == ("รับทราบและถือปฏิบัติ", "acknowledged")


@pytest.mark.parametrize(
    ("read", "text", "expected"),
    [
        (outcome_of, "รับทราบ", "acknowledged"),
        (outcome_of, "เห็นชอบตามเสนอ", "approved"),
        (outcome_of, "อนุมัติตามเสนอ และมอบหมายให้กองช่างแก้ไขปัญหาน้ำท่วม", "approved"),
        (outcome_of, "รับรองรายงานการประชุมโดยไม่มีการแก้ไข", "approved"),
        (outcome_of, "เห็นชอบโดยมีการแก้ไขเพิ่มเติม", "approved_with_changes"),
        (outcome_of, "รับรองรายงานการประชุม ตามที่แก้ไข", "approved_with_changes"),
        (outcome_of, "ไม่เห็นชอบ", "rejected"),
        (outcome_of, "ไม่อนุมัติ เนื่องจากเกินวงเงิน", "rejected"),
        (outcome_of, "ให้เลื่อนไปพิจารณาในการประชุมครั้งต่อไป", "deferred"),
        (outcome_of, "ให้นำกลับไปพิจารณาใหม่", "deferred"),
        (outcome_of, "ไม่มี", "other"),
        (outcome_of, "อนุมัติ 12 เสียง ไม่อนุมัติ 0 เสียง งดออกเสียง 1 เสียง", "approved"),
        (outcome_of, "เห็นชอบ 3 เสียง ไม่เห็นชอบ 8 เสียง", "rejected"),
        # more wordings
        (outcome_of, "เห็นชอบ = 9 เสียง ไม่เห็นชอบ = 0 เสียง", "approved"),
        (outcome_of, "มีมติเป็นเอกฉันท์", "approved"),
        (outcome_of, "ญัตติตกไป", "rejected"),
        (outcome_of, "เห็นควรให้ดำเนินการต่อไป", "approved"),
        (outcome_of, "ไม่เห็นควรให้จัดซื้อ", "rejected"),
        (outcome_of, "ให้นำกลับไปทบทวน", "deferred"),
        (outcome_of, "ให้พิจารณาใหม่ในการประชุมครั้งหน้า", "deferred"),
        (outcome_of, "รับทราบ และให้รายงานผลในการประชุมครั้งต่อไป", "acknowledged"),
        # outcomes read without the marks OCR dropped (moved here from test_noise)
        (outcome_of, "ให้นำกลบไปพิจารณาใหม่", "deferred"),
        (outcome_of, "เห็นชอบโดยมีการแกไข", "approved_with_changes"),
        (outcome_of, "ไม่เหนชอบ", "rejected"),
        (outcome_of, "รบทราบ", "acknowledged"),
        # a signer in parentheses keeps a name OCR ran together or split
        (name_in, "(นางสาวมณีรัตนา)", "มณีรัตนา"),
        (name_in, "(นายสมปอง ใจ ดีงาม)", "สมปอง ใจ ดีงาม"),
        (name_in, "(นายสมปอง ดีงาม)", "สมปอง ดีงาม"),
        # a count as a ratio, its order in brackets (whose ไม่อนุมัติ is no rejection)
        (outcome_of, "อนุมัติ ด้วยคะแนนเสียง 8 : 0 : 1 (อนุมัติ : ไม่อนุมัติ : งดออกเสียง)", "approved"),
        (outcome_of, "ไม่อนุมัติ ด้วยคะแนนเสียง 3 : 5 : 1 (อนุมัติ : ไม่อนุมัติ : งดออกเสียง)", "rejected"),
        (outcome_of, "มีมติด้วยคะแนนเสียง 2 : 6 (เห็นชอบ : ไม่เห็นชอบ)", "rejected"),
        (outcome_of, "เห็นชอบ ด้วยคะแนนเสียง 7 : 1", "approved"),
        (outcome_of, "อยุมัติ ด้วยคะแนนเสียง 7 ต่อ 1 งดออกเสียง 1 เสียง", "approved"),  # the verb garbled
        # a signature label a scan garbled (``(ลงชื อ)``) is no signer's name
        (lambda t: signer([Line(t, 1, 0), Line("(นายธีระ สุขเกษม)", 1, 1)], RECORDER), "(ลงชื อ)        ธีระ สุขเกษม            ผู้จดรายงานการประชุม", "ธีระ สุขเกษม"),
        # a time or a clause number is no vote count
        (outcome_of, "มติที่ประชุม รับทราบ ปิดประชุมเวลา 12:00 น.", "acknowledged"),
        # brought back at a later sitting
        (outcome_of, "ให้ฝ่ายบริหารนำร่างข้อบัญญัติกลับไปจัดรับฟังความคิดเห็นของประชาชน แล้วเสนอต่อสภาฯ ในสมัยประชุมถัดไป", "deferred"),
        # council sittings' session numbers
        (session_of, "สมัยสามัญ สมัยที่ 2 ครั้งที่ 1/2567", "1/2567"),
        (session_of, "สมัยวิสามัญ สมัยที่ 1 ประจำปี 2567", "1/2567"),
        (session_of, "สมัยสามัญที่ 3/2566", "3/2566"),
        (session_of, "สมัยสามัญ สมัยที่ 3 ครั้งที่ 2 ประจำปี พ.ศ. 2566", "2/2566"),
    ],
)
def test_outcomes_signers_and_sittings(read: Callable[[str], str | None], text: str, expected: str) -> None:
    assert read(text) == expected


def test_records_carry_their_page(suan_mak: Parsed) -> None:
    head, tail = SUAN_MAK.split("\nระเบียบวาระที่ ๓", 1)
    two_pages = minutes_of(parse_pages(head, "ระเบียบวาระที่ ๓" + tail))
    pages = {r.item_no: r.page_no for r in two_pages.rows if isinstance(r, Agenda)}
    assert pages["1"] == 1
    assert pages["3.1"] == 2
    assert all(r.page_no == 1 for r in two_pages.rows if isinstance(r, Attendee))


def test_title_keeps_a_committee_named_for_the_year() -> None:
    assert (
        heading_title(
            [
                "รายงานการประชุมคณะกรรมการจัดทำแผนการดำเนินงานประจำปี",
                "เทศบาลตำบลบ้านสวนหมาก ประจำปีงบประมาณ พ.ศ. 2567",
                "เมื่อวันที่ 3 ตุลาคม 2566",
            ]
        )
        == "รายงานการประชุมคณะกรรมการจัดทำแผนการดำเนินงานประจำปี เทศบาลตำบลบ้านสวนหมาก"
    )


COUNCIL_WITH_SIGNATURE_COLUMN = """รายงานการประชุมสภาองค์การบริหารส่วนตำบลหนองหญ้าปล้อง
สมัยสามัญ สมัยที่ 2 ครั้งที่ 1/2567
วันจันทร์ที่ 3 มิ.ย. 2567 เวลา 09.30 น.
ณ ห้องประชุมสภาองค์การบริหารส่วนตำบลหนองหญ้าปล้อง
ผู้มาประชุม
ลำดับ  ชื่อ - สกุล  ตำแหน่ง  ลายมือชื่อ
1 นายทองใบ มาลัย ประธานสภาองค์การบริหารส่วนตำบล ทองใบ
2 นางลำดวน พึ่งบุญ สมาชิกสภาองค์การบริหารส่วนตำบล หมู่ที่ 4 ลำดวน
ระเบียบวาระ ที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
มติที่ประชุม -รับทราบ-
"""


def test_council_attendance_table_with_signature_column_stays_in_the_minutes() -> None:
    parsed = parse_pages(COUNCIL_WITH_SIGNATURE_COLUMN)
    assert [p.document.doc_type for p in parsed] == ["minutes"]
    people = attendees(parsed[0])
    assert people["ทองใบ มาลัย"].position == "ประธานสภาองค์การบริหารส่วนตำบล"
    assert people["ลำดวน พึ่งบุญ"].position == "สมาชิกสภาองค์การบริหารส่วนตำบล หมู่ที่ 4"
    assert meeting(parsed[0]).session_no == "1/2567"
    assert resolutions(parsed[0])[("1", 1)].text == "รับทราบ"


# --- unseen layouts (issue #3) ------------------------------------------------------------------


def test_council_agenda_overview_then_lists_with_a_signature_column() -> None:
    text = "\n".join(
        [
            "รายงานการประชุมสภาเทศบาลตำบลหนองกระทุ่มทอง",
            "สมัยวิสามัญ สมัยที่ 1 ประจำปี 2567",
            "วันพุธที่ 10 เมษายน 2567",
            "ระเบียบวาระการประชุม",
            "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งต่อที่ประชุม",
            "ระเบียบวาระที่ 2 เรื่องเสนอใหม่",
            "ผู้มาประชุม",
            "ที่\tชื่อ-สกุล\tตำแหน่ง\tลายมือชื่อ",
            "1\tนายเฉลิมพล รุ่งโรจน์\tประธานสภาเทศบาล\tเฉลิมพล รุ่งโรจน์",
            "2\tนางบัวเรียน ทองสุข\tสมาชิกสภาเทศบาล เขต 1\tบัวเรียน ทองสุข",
            "เริ่มประชุมเวลา 10.00 น.",
            "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งต่อที่ประชุม",
            "ประธานสภาฯ\tไม่มี",
            "ระเบียบวาระที่ 2 เรื่องเสนอใหม่",
            "มติที่ประชุม\tอนุมัติ 3 เสียง ไม่อนุมัติ - เสียง งดออกเสียง 1 เสียง",
            "ปิดประชุมเวลา 11.30 น.",
        ]
    )
    parsed = parse_pages(text)
    assert [p.document.doc_type for p in parsed] == ["minutes"]
    found = minutes_of(parsed)
    assert meeting(found).session_no == "1/2567"
    people = attendees(found)
    assert set(people) == {"เฉลิมพล รุ่งโรจน์", "บัวเรียน ทองสุข"}
    assert people["บัวเรียน ทองสุข"].position == "สมาชิกสภาเทศบาล เขต 1"
    assert sorted(items(found)) == ["1", "2"]
    assert resolutions(found)[("2", 1)].outcome == "approved"


def test_registration_sheet_after_the_minutes_and_a_session_in_parentheses() -> None:
    text = "\n".join(
        [
            "รายงานการประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น (ครั้งที่ 1/2567)",
            "เทศบาลตำบลหนองปลาไหลทอง",
            "วันที่ 9 มกราคม 2567 เวลา 13.00 น.",
            "ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ",
            "มติที่ประชุม รับทราบ",
            "ปิดประชุมเวลา 15.00 น.",
            "",
            "ทะเบียนผู้เข้าร่วมประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
            "วันที่ 9 มกราคม 2567",
            "ลำดับ\tชื่อ - นามสกุล\tตำแหน่ง\tลายมือชื่อ",
            "1\tนางมาลัย ใจงาม\tประธานกรรมการ\tมาลัย",
        ]
    )
    parsed = parse_pages(text)
    found = meeting(minutes_of(parsed))
    assert found.title == "รายงานการประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น เทศบาลตำบลหนองปลาไหลทอง"
    assert found.session_no == "1/2567"
    (sheet,) = [p for p in parsed if p.document.doc_type == "attendance_sheet"]
    assert sheet.document.title == "ทะเบียนผู้เข้าร่วมประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น"
    assert sheet.document.doc_date == dt.date(2024, 1, 9)


def test_a_licence_is_not_an_approval() -> None:
    assert outcome_of("ให้กองช่างนำมาตรการด้านใบอนุญาตก่อสร้างกลับไปทบทวน") == "deferred"
    assert outcome_of("มอบหมายให้ตรวจสอบใบอนุญาตทุกราย") == "other"
    # nobody against (``ไม่อนุมัติ ไม่มี``), the ayes' count garbled by a scan: not a rejection
    assert outcome_of("อนุมัติ9‘lays ไม่อนุมัติไม่มี งดออกเสียง 2 เสียง") == "approved"


def test_council_vote_counts_with_words_between_the_verdict_and_the_number() -> None:
    assert outcome_of("เห็นชอบรับหลักการ 7 เสียง ไม่เห็นชอบ 2 เสียง งดออกเสียง 1 เสียง") == "approved"
    assert outcome_of("ไม่อนุมัติ ด้วยคะแนนเสียง 6 เสียง อนุมัติ 3 เสียง งดออกเสียง 1 เสียง") == "rejected"


def test_a_scanned_attendance_row_keeps_its_position_and_drops_the_signature() -> None:
    found = attendees(
        minutes_from(
            "รายงานการประชุมสภาองค์การบริหารส่วนตำบลห้วยทรายงาม",
            "วันอังคารที่ 20 พฤษภาคม 2568 เวลา 09.00 น.",
            "ผู้มาประชุม",
            "ที่\tชื่อ-สกุล\tตำแหน่ง\tลายมือชื่อ",
            "1\tนายบุญมา หอมจันทร์\tสมาชิกสภา อบต. หมู่\tที่6\tบุญมา",
            "2\tนายสมพรใจกล้าหาญ\tประธานสภา อบต.\tสมพ ร",
            "ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ",
            "มติที่ประชุม รับทราบ",
        )
    )
    first = found["บุญมา หอมจันทร์"]
    assert (first.position, first.role) == ("สมาชิกสภา อบต. หมู่ที่ 6", None)
    second = next(a for name, a in found.items() if name.startswith("สมพร"))
    assert second.role is None


def test_a_heading_whose_number_a_scan_lost_alone_on_its_line_and_a_comma_after_a_sub_number() -> None:
    found = items(
        minutes_from(
            "รายงานการประชุมคณะทำงาน",
            "วันอังคารที่ 5 มีนาคม 2567 เวลา 09.30 น.",
            "วาระที่ 2 เรื่อง รับรองรายงานการประชุม",
            "มติที่ประชุม รับรอง",
            "วาระที่?",
            "เรื่อง เพื่อพิจารณา",
            "3.1 ร่างมาตรการส่งเสริมคุณธรรม",
            "มติที่ประชุม เห็นชอบ",
            "3.2,การปรับปรุงเว็บไซต์",
            "มติที่ประชุม ให้นำกลับไปพิจารณาใหม่",
        )
    )
    assert {k: v.title for k, v in found.items()} == {
        "2": "รับรองรายงานการประชุม",
        "3": "เพื่อพิจารณา",
        "3.1": "ร่างมาตรการส่งเสริมคุณธรรม",
        "3.2": "การปรับปรุงเว็บไซต์",
    }


def test_a_name_lists_header_garbled_by_a_scan_does_not_end_the_list() -> None:
    found = attendees(
        minutes_from(
            "รายงานการประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน",
            "วันศุกร์ที่ 27 มีนาคม 2569 เวลา 15.30 น.",
            "ผู้มาประชุม",
            "ที่ชื่อ\tana\tประเภทกรรมการ\tตำแหน่งในคณะกรรมการ",  # ชื่อ  สกุล as a scan read it
            "1. นายประสิทธิ์\tแก้วมณี\tผู้ทรงคุณวุฒิ\tประธานกรรมการ",
            "2. นายสมคิด\tอินต๊ะ\tผู้แทนองค์กรชุมชน\tกรรมการ",
            "วาระที่ 1  เรื่อง  ประธานแจ้งให้ที่ประชุมทราบ",
            "มติ :  รับทราบ",
        )
    )
    assert {n: (a.position, a.role) for n, a in found.items()} == {
        "ประสิทธิ์ แก้วมณี": ("ผู้ทรงคุณวุฒิ", "ประธานกรรมการ"),
        "สมคิด อินต๊ะ": ("ผู้แทนองค์กรชุมชน", "กรรมการ"),
    }


def test_a_scans_specks_between_a_sections_label_and_its_first_row_do_not_end_the_list() -> None:
    found = attendees(
        minutes_from(
            "รายงานการประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
            "วันพุธที่ 11 มีนาคม 2569 เวลา 13.30 น.",
            "ผู้มาประชุม",
            "ข          4",
            "1. นายบุญส่ง คำแสน        นายก อบต.ผาบ่องเงิน        ประธานคณะทำงาน",
            "2. นางสาวสุนิสา แสงจันทร์   ปลัด อบต.ผาบ่องเงิน        คณะทำงาน",
            "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม รับทราบ",
        )
    )
    assert sorted(found) == ["บุญส่ง คำแสน", "สุนิสา แสงจันทร์"]


def test_a_scanned_title_wrapped_over_lines_with_its_session_garbled_still_opens_minutes() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการสถานศึกษาขั้นพื้น",
        "ฐาน",
        "โรงเรียนเทศบาลหาดทรายทอง (วัดดอนสัก)",
        "สังกัดเทศบาลตำบลหาดทรายทอง อำเภอลับแล จังหวัด",
        "อุตรดิตถ์",
        "Asan 1/2569",  # ครั้งที่ as a scan read it
        "วันศุกร์ที่ 27 มีนาคม 2569 เวลา 15.30 น.",
        "วาระที่ 1  เรื่อง  ประธานแจ้งให้ที่ประชุมทราบ",
        "มติ :  รับทราบ",
    )
    assert meeting(parsed).meeting_date == dt.date(2026, 3, 27)


def test_invited_people_named_in_prose_and_a_stand_in_in_the_remarks_column() -> None:
    found = attendees(
        minutes_from(
            "รายงานการประชุมประชาคมท้องถิ่นระดับตำบล",
            "วันพฤหัสบดีที่ 15 มกราคม 2569  เวลา 09.00 - 12.00 น.",
            "ผู้มาประชุม",
            "ลำดับ\tชื่อ - สกุล\tตำแหน่ง\tหมายเหตุ",
            "1\tนายบุญมี ศรีสุวรรณ\tกำนันตำบลหนองแวงทอง\t",
            "2\tนายสุพัฒน์ วงศ์คำจันทร์\tผู้ช่วยผู้ใหญ่บ้านหมู่ที่ 5\tแทน ผู้ใหญ่บ้านหมู่ที่ 5",
            "ผู้เข้าร่วมประชุม  ได้แก่ นายวีระพงษ์ ศรีบุญเรือง นายกเทศมนตรีตำบลหนองแวงทอง, นางพรทิพย์",
            "สุขประเสริฐ ปลัดเทศบาล และนางสาวอรุณี คำมุงคุณ นักวิเคราะห์นโยบายและแผนชำนาญการ",
            "รวมทั้งประชาชนผู้สนใจอีก 87 คน",
            "เริ่มประชุมเวลา 09.00 น.",
            "ระเบียบวาระที่ 1 : ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม รับทราบ",
        )
    )
    assert {n: (a.status, a.seq, a.position, a.acting_for) for n, a in found.items()} == {
        "บุญมี ศรีสุวรรณ": ("present", 1, "กำนันตำบลหนองแวงทอง", None),
        "สุพัฒน์ วงศ์คำจันทร์": ("present", 2, "ผู้ช่วยผู้ใหญ่บ้านหมู่ที่ 5", "ผู้ใหญ่บ้านหมู่ที่ 5"),
        "วีระพงษ์ ศรีบุญเรือง": ("invited", 1, "นายกเทศมนตรีตำบลหนองแวงทอง", None),
        "พรทิพย์ สุขประเสริฐ": ("invited", 2, "ปลัดเทศบาล", None),
        "อรุณี คำมุงคุณ": ("invited", 3, "นักวิเคราะห์นโยบายและแผนชำนาญการ", None),
    }


def test_an_absence_remark_in_the_role_cell_leaves_the_role() -> None:
    found = attendees(
        minutes_from(
            "รายงานการประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
            "วันพุธที่ 11 มีนาคม 2569 เวลา 13.30 น.",
            "ผู้ไม่มาประชุม",
            "1. นายประเสริฐ แสงคำ\tผู้อำนวยการกองสาธารณสุขฯ\tคณะทำงาน (ไปราชการ)",
            "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม รับทราบ",
        )
    )
    (absent,) = found.values()
    assert (absent.status, absent.position, absent.role) == ("absent", "ผู้อำนวยการกองสาธารณสุขฯ", "คณะทำงาน")


def test_a_scanned_attendance_row_whose_number_was_lost_is_the_next_row() -> None:
    found = attendees(
        minutes_from(
            "รายงานการประชุมสภาเทศบาลตำบลหนองบัว",
            "วันพุธที่ 25 กุมภาพันธ์ 2569 เวลา 09.30 น.",
            "ผู้มาประชุม",
            "ที่\tชื่อ-สกุล\tตำแหน่ง\tลายมือชื่อ",
            "6\tนายสุริยา จันทร์ดี\tสมาชิกสภาเทศบาล เขต 1\tสุริยา",
            "\tนางสาวรัชนี อินทร์ประเสริฐ\tสมาชิกสภาเทศบาล เขต 1\tรัชนี",  # its ๗ read as nothing
            "8\tนายพิชิต สายบุญ\tสมาชิกสภาเทศบาล เขต 2\tพิชิต",
            "ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ",
            "มติที่ประชุม รับทราบ",
        )
    )
    assert {name: a.seq for name, a in found.items()} == {
        "สุริยา จันทร์ดี": 6, "รัชนี อินทร์ประเสริฐ": 7, "พิชิต สายบุญ": 8
    }


def test_a_short_sub_item_heading_does_not_take_the_speech_under_it_as_its_title() -> None:
    found = items(
        minutes_from(
            "รายงานการประชุมคณะทำงานจัดทำแผนเทศบาลตำบลทดสอบ",
            "ครั้งที่ 1/2569 วันศุกร์ที่ 14 พฤศจิกายน 2568",
            "ระเบียบวาระที่ 3 เรื่อง เพื่อพิจารณา",
            "        3.1 ร่างแผนปฏิบัติการป้องกันการทุจริต",
            "        3.1.1 โครงการ/กิจกรรม มิติที่ 1 และมิติที่ 2",
            "            ที่ประชุมพิจารณาแล้ว ไม่มีผู้ใดขอแก้ไข",
            "            มติที่ประชุม : เห็นชอบ",
            "        3.1.2 การจัดลำดับความสำคัญของโครงการเพื่อบรรจุในข้อบัญญัติงบประมาณรายจ่าย",
            "            ปีถัดไปของเทศบาล",
            "            มติที่ประชุม : เห็นชอบ",
        )
    )
    assert found["3.1.1"].title == "โครงการ/กิจกรรม มิติที่ 1 และมิติที่ 2"
    assert found["3.1.2"].title.endswith("รายจ่าย ปีถัดไปของเทศบาล".replace(" ", "")[-15:])  # a long one wraps


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                "รายงานการประชุมสภาเทศบาลตำบลทดสอบ",
                "สมัยสามัญ สมัยที่ 3 ครั้งที่ 1/2568 วันศุกร์ที่ 15 สิงหาคม 2568",
                "ผู้มาประชุม",
                "ที่\tชื่อ\tนามสกุล\tตำแหน่ง\tลายมือชื่อ\tหมายเหตุ",
                "1\tนายสุวิทย์\tไชยคำภา\tประธานสภาเทศบาล\tสุวิทย์\t",
                "2\tนางจันทร์ เพ็ญ\tหอมจันทร์\tสมาชิกสภาเทศบาล เขต 2\tจันทร์เพ็ญ\t",
                "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้งเพื่อทราบ",
                "มติที่ประชุม รับทราบ",
            ],
            [
                ("สุวิทย์ ไชยคำภา", "ประธานสภาเทศบาล"),
                ("จันทร์เพ็ญ หอมจันทร์", "สมาชิกสภาเทศบาล เขต 2"),
            ],
            id="a_given_name_wrapped_in_its_own_column_is_one_word",
        ),
        pytest.param(
            [
                "รายงานการประชุมสภาองค์การบริหารส่วนตำบลทดสอบ",
                "สมัยสามัญ สมัยที่ 3 ครั้งที่ 2 เมื่อวันพฤหัสบดีที่ 14 สิงหาคม พ.ศ. 2568",
                "ผู้มาประชุม",
                "ลำดับที่\tตำแหน่ง\tชื่อ - สกุล\tลายมือชื่อ",
                "1\tประธานสภา อบต.\tนายประเสริฐ วงศ์คำมา\tประเสริฐ",
                "2\tส.อบต. หมู่ที่ 2\tจ.ส.อ.เกรียงไกร บุญยืน\tเกรียงไกร",
                "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้งให้ที่ประชุมทราบ",
                "มติที่ประชุม รับทราบ",
            ],
            [
                ("ประเสริฐ วงศ์คำมา", "ประธานสภา อบต."),
                ("เกรียงไกร บุญยืน", "ส.อบต. หมู่ที่ 2"),
            ],
            id="an_attendance_table_with_the_position_before_the_name",
        ),
    ],
)
def test_attendance_tables_names_and_positions_in_order(lines: list[str], expected: list[tuple[str, str]]) -> None:
    people = [r for r in minutes_from(*lines).rows if isinstance(r, Attendee)]
    assert [(p.full_name, p.position) for p in people] == expected


def test_a_vote_count_far_from_its_verb_is_the_resolutions_own() -> None:
    text = (
        "เห็นชอบร่างข้อบัญญัติฯ ในวาระที่ 2 โดยมีการแก้ไขตามรายงานของ คณะกรรมการแปรญัตติ "
        "ด้วยคะแนนเสียง 9 เสียง ไม่เห็นชอบ 1 เสียง งดออกเสียง 1 เสียง"
    )
    assert outcome_of(text) == "approved_with_changes"
    assert outcome_of("ไม่อนุมัติ ด้วยคะแนนเสียง 6 เสียง อนุมัติ 3 เสียง") == "rejected"


# A sub-district's working group: two signature blocks side by side, the OCR's ผู้จัด for
# ผู้จด, acting members without column breaks, a bare วาระที่ N inside a speech.
KHLONG_SAI = "\n".join(
    [
        "บันทึกการประชุมคณะทำงานป้องกันการทุจริต",
        "เทศบาลตำบลคลองทรายงาม สมัยสามัญ สมัยที่ 2 ประจำปี 2566 ครั้งที่ 3",
        "เมื่อวันจันทร์ที่ 14 ส.ค. 2566 เวลา 10.00 น.",
        "ณ ห้องประชุมเทศบาลตำบลคลองทรายงาม",
        "ผู้มาประชุม จำนวน 3 คน",
        "1. นายธนากร เพชรงาม ผู้อำนวยการกองช่าง (แทน) คณะทำงาน",
        "2. นางจันทร์เพ็ญ สายทอง แทน หัวหน้าสำนักปลัด คณะทำงาน",
        "3. นายเอกชัย บุญมา นิติกรปฏิบัติการ คณะทำงานและเลขานุการ",
        "ผู้ขาดประชุม",
        "- ไม่มี -",
        "ระเบียบวาระที่ 1 เรื่อง แจ้งเพื่อทราบ",
        "นายเอกชัย บุญมา",
        "เลขานุการ",
        "ในวาระนี้ขอแจ้งว่า วาระที่ 2 จะพิจารณาแผนป้องกันการทุจริต",
        "วาระที่ 2 จะมีผู้แทนจากอำเภอเข้าร่วม",
        "มติที่ประชุม รับทราบ",
        "ระเบียบวาระที่ 2 เรื่อง พิจารณาแผนป้องกันการทุจริต",
        "มติที่ประชุม เห็นชอบ",
        "ปิดประชุม",
        "ลงชื่อ\tผู้จัดรายงานการประชุม\tลงชื่อ\tผู้ตรวจรายงานการประชุม",
        "(นายเอกชัย บุญมา)\t(นายธนากร เพ็ชรงาม)",
        "นิติกรปฏิบัติการ\tผู้อำนวยการกองช่าง",
    ]
)


# Typed with spaces for alignment: two spaces between given name and surname become a column
# break; a signature column repeats the names; absence reasons in a remarks column.
BAN_NA = "\n".join(
    [
        "รายงานการประชุมคณะกรรมการชุมชนเทศบาลตำบลบ้านนาดี",
        "ครั้งที่ 5/2567",
        "วัน ศุกร์ ที่ 20 ธ.ค. 2567 เวลา 14.00 น.",
        "สถานที่ประชุม : ศาลาอเนกประสงค์บ้านนาดี",
        "ผู้มาประชุม",
        "1.  นายวิชัย  สุขใจ     ประธานชุมชน     ประธานกรรมการ     วิชัย สุขใจ",
        "2.  นางสาวลำดวน  ทองมา     เหรัญญิกชุมชน     กรรมการ     ลำดวน",
        "ผู้ไม่มาประชุม",
        "1.  นายบุญมี  ศรีเมือง     สมาชิกสภาเทศบาล     ลาป่วย",
        "ระเบียบวาระที่ 1 เรื่อง การจัดงานปีใหม่",
        "มติที่ประชุม เห็นชอบ",
        "ประธานกล่าวขอบคุณและปิดการประชุม เวลา 15.20 น.",
    ]
)


# Two columns: the speaker (a name or a post) on the left, what was said on the right.
TWO_COLUMNS = "\n".join(
    [
        "รายงานการประชุมสภาเทศบาลตำบลห้วยกระทิง",
        "สมัยสามัญ สมัยที่ 1 ครั้งที่ 1/2567",
        "วันที่ 15 กุมภาพันธ์ 2567 เวลา 10.00 น.",
        "ผู้ไม่เข้าร่วมประชุม",
        "1. นายชยพล อินทร์แก้ว\tสมาชิกสภาเทศบาล",
        "ระเบียบวาระที่ 1\tเรื่อง ประธานแจ้งเพื่อทราบ",
        "ประธานสภาฯ\tแจ้งกำหนดการประชุมสมัยต่อไป",
        "มติที่ประชุม\tรับทราบ",
        "ระเบียบวาระที่ 2\tเรื่อง ญัตติขอความเห็นชอบโอนงบประมาณ",
        "มติที่ประชุม\tเห็นชอบ 10 เสียง",
        "\tไม่เห็นชอบ 0 เสียง",
        "นายกเทศมนตรี\tขอบคุณสภาที่ให้ความเห็นชอบ",
        "มติที่ประชุม\tรับทราบ",
        "นายสุเมธ ทองใบ\tขอสอบถามเรื่องถนนชำรุด",
    ]
)


# A personnel committee: the agenda listed in full above the attendance lists and repeated in
# the body, ranks of women, a prefix spaced off the name, ผู้แทน / รักษาราชการแทน, a title
# wrapped onto the next line, ``ที่ประชุมมีมติ`` and a two-column ``ที่ประชุม   รับทราบ``.
THA_KHAM = "\n".join(
    [
        "รายงานการประชุม",
        "คณะกรรมการบริหารงานบุคคล เทศบาลตำบลท่าคามเหนือ",
        "ครั้งที่ ๔/๒๕๖๗",
        "วันที่ ๕ เดือน มีนาคม พ.ศ. ๒๕๖๗",
        "เวลา ๑๓.๓๐-๑๖.๓๐ น.",
        "ณ ห้องประชุมเทศบาลตำบลท่าคามเหนือ",
        "ระเบียบวาระการประชุม",
        "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม",
        "ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา",
        "ผู้มาประชุม",
        "๑. พ.ต.ท.สมเกียรติ ณ นคร\tนายกเทศมนตรีตำบลท่าคามเหนือ\tประธานกรรมการ",
        "๒. ว่าที่ ร.ต.หญิงวรรณี ใจเย็น\tปลัดเทศบาล\tกรรมการ",
        "๓. จ.ส.อ.มานิตย์ กล้าหาญ\tผู้แทน ผู้อำนวยการกองช่าง\tกรรมการ",
        "๔. นางสาวกนกวรรณ ศรีสวัสดิ์\tรักษาราชการแทน ผู้อำนวยการกองคลัง\tกรรมการ",
        "๕. นาง  ลำเจียก  หอมดี\tหัวหน้าสำนักปลัดเทศบาล\tกรรมการและเลขานุการ",
        "ผู้ไม่มาประชุม",
        "- ไม่มี -",
        "เริ่มประชุมเวลา ๑๓.๓๐ นาฬิกา",
        "ระเบียบวาระที่ ๑",
        "เรื่อง ที่ประธานแจ้งให้ที่ประชุมทราบ",
        "พ.ต.ท.สมเกียรติ ณ นคร\tแจ้งนโยบายการบริหารงานบุคคล",
        "มติที่ประชุม\tรับทราบ",
        "ระเบียบวาระที่ ๒",
        "เรื่อง รับรองรายงานการประชุม",
        "ครั้งที่ ๓/๒๕๖๗ เมื่อวันที่ ๒๐ ธันวาคม ๒๕๖๖",
        "นางลำเจียก หอมดี\tได้จัดส่งรายงานการประชุมให้กรรมการทุกท่านแล้ว",
        "ที่ประชุมมีมติ รับรองรายงานการประชุมโดยไม่มีการแก้ไข",
        "ระเบียบวาระที่ ๓",
        "เรื่อง เพื่อพิจารณา",
        "๓.๑ การคัดเลือกพนักงานจ้าง",
        "มติที่ประชุม\tเห็นชอบให้ดำเนินการคัดเลือกตามหลักเกณฑ์",
        "และวิธีการที่คณะกรรมการกลางพนักงานเทศบาลกำหนด",
        "๓.๒ การเลื่อนขั้นเงินเดือน",
        "ปลัดเทศบาล\tเสนอรายชื่อพนักงานที่ได้รับการเลื่อนขั้น",
        "ที่ประชุม\tรับทราบ ไม่มีข้อซักถาม",
        "ปิดประชุมเวลา ๑๖.๓๐ น.",
    ]
)


# Minutes and their records in the shape of records_as: (text, {kind: expected}).
MINUTES_CASES = [
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะทำงานจัดงานวันเด็ก",
            "ครั้งที่ 3/2566",
            "วันศุกร์ที่ 6 มกราคม 2566 เวลา 10.00 - 11.30 น.",
            "ณ ศาลาประชาคมหมู่ที่ 2",
            "ระเบียบวาระที่ 1 เรื่อง แจ้งเพื่อทราบ",
            "มติที่ประชุม รับทราบ",
        ),
        {
            "meeting": {
                "start_time": dt.time(10, 0),
                "end_time": dt.time(11, 30),
                "venue": "ศาลาประชาคมหมู่ที่ 2",
                "session_no": "3/2566",
            },
        },
        id="time_range_gives_start_and_end_without_opening_lines",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการตรวจรับพัสดุ",
            "ครั้งที่ 4/2567 วันที่ 2 ก.ย. 2567",
            "ผู้มาประชุม",
            "นายก้องเกียรติ ศรีสว่าง\tผู้อำนวยการกองช่าง\tประธานกรรมการ",
            "นางสาวอรุณี ชื่นใจ\tนักวิชาการพัสดุ\tกรรมการ",
            "ระเบียบวาระที่ 1 เรื่อง ตรวจรับงานจ้าง",
            "มติที่ประชุม เห็นชอบ",
        ),
        {
            "attendees": {"ก้องเกียรติ ศรีสว่าง": {"seq": 1}, "อรุณี ชื่นใจ": {"seq": 2}},
        },
        id="unnumbered_rows_count_their_seq",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะทำงานจัดเก็บรายได้",
            "ครั้งที่ 2/2567 วันที่ 9 ต.ค. 2566",
            "ระเบียบวาระที่ 2 เรื่อง ผลการจัดเก็บภาษี",
            "1. ภาษีที่ดินและสิ่งปลูกสร้าง",
            "1.1 ยอดจัดเก็บ 3.5 ล้านบาท",
            "2.1 ผลการจัดเก็บภาษีป้าย",
            "2.5 ล้านบาท จากผู้ประกอบการ",
            "มติที่ประชุม รับทราบ",
        ),
        {
            "items_keys": ["2", "2.1"],
            "items": {"2.1": {"title": "ผลการจัดเก็บภาษีป้าย"}},
        },
        id="numbers_inside_an_item_that_are_not_its_sub_items",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการบริหารศูนย์พัฒนาเด็กเล็ก",
            "ครั้งที่ 1/2568 วันที่ 4 พฤศจิกายน 2567",
            "ระเบียบวาระที่ 3 เรื่อง เพื่อพิจารณา",
            "ข้อ 1 การรับสมัครนักเรียน",
            "มติที่ประชุม: เห็นด้วย",
            "ข้อ 2 การจัดซื้ออาหารเสริม",
            "มติ: อนุมัติ",
            "ข้อ 3 การทัศนศึกษา",
            "มติ ที่ประชุม",
            "ให้นำกลับไปพิจารณาใหม่",
            "ปิดประชุมเวลา 16.30 น.",
        ),
        {
            "resolutions_keys": [("3", 1), ("3", 2), ("3", 3)],
            "resolutions": {
                ("3", 1): {"outcome": "approved"},
                ("3", 2): {"outcome": "approved"},
                ("3", 3): {"outcome": "deferred", "text": "ให้นำกลับไปพิจารณาใหม่"},
            },
            "meeting": {"end_time": dt.time(16, 30)},
        },
        id="resolution_spellings_and_seq_within_an_item",
    ),
    pytest.param(
        KHLONG_SAI,
        {
            "meeting": {
                "recorder_name": "เอกชัย บุญมา",
                "reviewer_name": "ธนากร เพชรงาม",  # the attendance list's spelling
            },
        },
        id="two_signature_blocks_side_by_side",
    ),
    pytest.param(
        KHLONG_SAI,
        {
            "meeting": {
                "title": "บันทึกการประชุมคณะทำงานป้องกันการทุจริต เทศบาลตำบลคลองทรายงาม",
                "session_no": "3/2566",
                "meeting_date": dt.date(2023, 8, 14),
            },
            "document": {"fiscal_year": None},  # ประจำปี 2566 is not a fiscal year
        },
        id="sitting_words_stay_out_of_the_title_and_year_of_the_sitting",
    ),
    pytest.param(
        KHLONG_SAI,
        {
            "attendees_count": 3,  # the count line and the empty absent list add nobody
            "attendees": {
                "ธนากร เพชรงาม": {"acting_for": "ผู้อำนวยการกองช่าง", "position": None, "role": "คณะทำงาน"},
                "จันทร์เพ็ญ สายทอง": {"acting_for": "หัวหน้าสำนักปลัด", "position": None, "role": "คณะทำงาน"},
                "เอกชัย บุญมา": {"position": "นิติกรปฏิบัติการ", "role": "คณะทำงานและเลขานุการ"},
            },
        },
        id="acting_members_without_column_breaks",
    ),
    pytest.param(
        KHLONG_SAI,
        {
            "items_keys": ["1", "2"],
            "items": {"2": {"title": "พิจารณาแผนป้องกันการทุจริต"}},
            "resolutions": {("1", 1): {"text": "รับทราบ"}, ("2", 1): {"outcome": "approved"}},
        },
        id="bare_item_reference_in_a_speech_is_not_a_heading",
    ),
    pytest.param(
        BAN_NA,
        {
            "attendees_keys": ["บุญมี ศรีเมือง", "ลำดวน ทองมา", "วิชัย สุขใจ"],
            "attendees": {
                "วิชัย สุขใจ": {"position": "ประธานชุมชน", "role": "ประธานกรรมการ"},
                "ลำดวน ทองมา": {"role": "กรรมการ"},
                "บุญมี ศรีเมือง": {"status": "absent", "position": "สมาชิกสภาเทศบาล", "role": None},
            },
        },
        id="space_aligned_rows_signature_and_remarks_columns",
    ),
    pytest.param(
        BAN_NA,
        {
            "meeting": {
                "venue": "ศาลาอเนกประสงค์บ้านนาดี",
                "meeting_date": dt.date(2024, 12, 20),
                "start_time": dt.time(14, 0),
                "end_time": dt.time(15, 20),
                "title": "รายงานการประชุมคณะกรรมการชุมชนเทศบาลตำบลบ้านนาดี",
            },
        },
        id="venue_label_and_closing_time_inside_a_sentence",
    ),
    pytest.param(
        TWO_COLUMNS,
        {
            "resolutions": {
                ("1", 1): {"text": "รับทราบ"},
                # "ไม่เห็นชอบ 0 เสียง" is part of the vote count: the outcome follows the decision's words.
                ("2", 1): {"text": "เห็นชอบ 10 เสียง ไม่เห็นชอบ 0 เสียง", "outcome": "approved"},
                ("2", 2): {"text": "รับทราบ"},
            },
            "items": {"2": {"title": "ญัตติขอความเห็นชอบโอนงบประมาณ"}},
            "meeting": {"title": "รายงานการประชุมสภาเทศบาลตำบลห้วยกระทิง", "session_no": "1/2567"},
            "attendees": {"ชยพล อินทร์แก้ว": {"status": "absent"}},
        },
        id="two_column_speakers_end_resolutions",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ",
            "ครั้งที่ 2/2567 วันที่ 8 พ.ค. 2567",
            "ผู้มาประชุม",
            "1. นางสาวกาญจนา ใจซื่อ\tนักวิชาการสาธารณสุขชำนาญการ\tกรรมการและเลขานุการ",
            "ระเบียบวาระที่ 1 เรื่อง แจ้งเพื่อทราบ",
            "มติที่ประชุม รับทราบ",
            "เลิกประชุมเวลา 11.00 น.",
            "(นางสาวกาญจนา ใจชื่อ)",
            "นักวิชาการสาธารณสุขชำนาญการ",
            "กรรมการและเลขานุการ",
            "ผู้จดบันทึกการประชุม",
        ),
        {
            "meeting": {"recorder_name": "กาญจนา ใจซื่อ", "reviewer_name": None},
        },
        id="signer_name_above_a_wrapped_position",
    ),
    pytest.param(
        THA_KHAM,
        {
            "items_keys": ["1", "2", "3", "3.1", "3.2"],
            "items": {"2": {"title": "รับรองรายงานการประชุม ครั้งที่ 3/2567 เมื่อวันที่ 20 ธันวาคม 2566"}},
            "attendees_count": 5,
            "meeting": {"start_time": dt.time(13, 30), "end_time": dt.time(16, 30)},
        },
        id="agenda_overview_above_the_attendance_lists",
    ),
    pytest.param(
        THA_KHAM,
        {
            "attendees": {
                "วรรณี ใจเย็น": {"prefix": "ว่าที่ ร.ต.หญิง"},
                "สมเกียรติ ณ นคร": {"prefix": "พ.ต.ท."},
                "ลำเจียก หอมดี": {"prefix": "นาง", "position": "หัวหน้าสำนักปลัดเทศบาล", "role": "กรรมการและเลขานุการ"},
                "มานิตย์ กล้าหาญ": {"acting_for": "ผู้อำนวยการกองช่าง", "position": None},
                "กนกวรรณ ศรีสวัสดิ์": {"acting_for": "ผู้อำนวยการกองคลัง", "position": None},
            },
        },
        id="ranks_of_women_spaced_prefixes_and_acting_words",
    ),
    pytest.param(
        THA_KHAM,
        {
            "resolutions_keys": [("1", 1), ("2", 1), ("3.1", 1), ("3.2", 1)],
            "resolutions": {
                ("2", 1): {"text": "รับรองรายงานการประชุมโดยไม่มีการแก้ไข", "outcome": "approved"},
                ("3.1", 1): {"text": "เห็นชอบให้ดำเนินการคัดเลือกตามหลักเกณฑ์ และวิธีการที่คณะกรรมการกลางพนักงานเทศบาลกำหนด"},
                ("3.2", 1): {"text": "รับทราบ ไม่มีข้อซักถาม", "outcome": "acknowledged"},
            },
        },
        id="resolutions_phrased_by_the_meeting",
    ),
    pytest.param(
        minutes_text(
            "บันทึกการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพเทศบาลเมืองบึงทองคำ",
            "ครั้งที่ 2 ประจำปีงบประมาณ พ.ศ. 2568",
            "เมื่อวันศุกร์ ที่ 14 ก.พ. 68 เวลา 9:30 น.",
            "รายชื่อผู้ไม่มาประชุม",
            "1 นายจักรกฤษณ์ ศรีวงศ์ ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบล กรรมการ (ติดราชการ)",
            "2 นายเสนาะ ใจบุญ ผู้แทนชุมชน กรรมการ ลาป่วย",
            "ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ",
            "มติที่ประชุม\tให้นำกลับไปปรับปรุงรายละเอียดโครงการ",
        ),
        {
            "attendees": {
                "จักรกฤษณ์ ศรีวงศ์": {"position": "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบล", "role": "กรรมการ"},
                "เสนาะ ใจบุญ": {"position": "ผู้แทนชุมชน", "acting_for": None, "role": "กรรมการ"},
            },
            "meeting": {"meeting_date": dt.date(2025, 2, 14), "start_time": dt.time(9, 30)},
            "resolutions": {("1", 1): {"outcome": "deferred"}},
        },
        id="remarks_after_the_role_in_rows_without_columns",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการจัดซื้อจัดจ้าง เทศบาลตำบลสามร้อยยอดเหนือ ครั้งที่ 1/2567"
            " เมื่อวันที่ 12 มกราคม 2567 ณ ห้องประชุมกองคลัง",
            "ผู้มาประชุม : 1. นายธวัชชัย บุญประกอบ ผู้อำนวยการกองคลัง ประธานกรรมการ",
            "2. นางสาวเบญจพร ทองแท้ นักวิชาการพัสดุ กรรมการ",
            "ระเบียบวาระ 1 เรื่องแจ้งให้ทราบ",
            "มติที่ประชุม : รับทราบ",
            "วาระที่ 2 : พิจารณาผลการเสนอราคา",
            "นางสาวเบญจพร ทองแท้ ชี้แจงว่าวาระนี้มีผู้เสนอราคา 3 ราย",
            "วาระ 4 ปี ของสัญญาเดิมสิ้นสุดแล้ว",
            "มติที่ประชุม : เห็นชอบ",
            "ระเบียบวาระที่สาม เรื่องอื่นๆ",
            "-ไม่มี-",
        ),
        {
            "meeting": {
                "title": "รายงานการประชุมคณะกรรมการจัดซื้อจัดจ้าง เทศบาลตำบลสามร้อยยอดเหนือ",
                "session_no": "1/2567",
                "meeting_date": dt.date(2024, 1, 12),
                "venue": "ห้องประชุมกองคลัง",
            },
            "items_keys": ["1", "2", "3"],
            "items": {"1": {"title": "แจ้งให้ทราบ"}, "2": {"title": "พิจารณาผลการเสนอราคา"}, "3": {"title": "อื่นๆ"}},
            "resolutions_keys": [("1", 1), ("2", 1)],
            "attendees_count": 2,
        },
        id="one_line_heading_and_item_headings_printed_several_ways",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะทํางานจัดการขยะมูลฝอย",
            "เทศบาลตําบลหัวถนนเหนือ",
            "ครังที ๒/๒๕๖๗",
            "วันอังคารที ๑๒ มีนาคม ๒๕๖๗ เวลา ๑๐.๐๐ น.",
            "ผู้มาประชุม",
            "๑. นายประยูร คงเจริญ ' ปลัดเทศบาล หัวหน้าคณะทํางาน",
            "๒. นางอัมพวา  ศรีทอง ผู้อํานวยการกองสาธารณสุขฯ คณะทํางาน",
            "๓. นายเกรียงศักดิ์ ทองสุก  หัวหน้าฝ่ายบริการสาธารณสุข คณะทํางานและเลขานุการ",
            "ระเบียบวาระที ๑ เรืองเพือทราบ",
            "มติทีประชุม รับทราบ",
            "ปิดประชุมเวลา ๑๒.๐๐ น.",
            "(ลงชือ) เกรียงศักดิ์ ทองสุก ผู้จดรายงานการประชุม",
            "(นายเกรียงศักดิ์ ทองสุข)",
        ),
        {
            "meeting": {
                "title": "รายงานการประชุมคณะทำงานจัดการขยะมูลฝอย เทศบาลตำบลหัวถนนเหนือ",
                "session_no": "2/2567",
                "meeting_date": dt.date(2024, 3, 12),
                "start_time": dt.time(10),
                "recorder_name": "เกรียงศักดิ์ ทองสุก",  # the attendance list's spelling
            },
            "attendees": {
                "ประยูร คงเจริญ": {"position": "ปลัดเทศบาล", "role": "หัวหน้าคณะทำงาน"},
                "อัมพวา ศรีทอง": {"position": "ผู้อำนวยการกองสาธารณสุขฯ", "role": "คณะทำงาน"},
                "เกรียงศักดิ์ ทองสุก": {"role": "คณะทำงานและเลขานุการ"},
            },
            "items": {"1": {"title": "เพื่อทราบ"}},  # its marks restored (เรืองเพือทราบ is a known title, round of heldout32)
            "resolutions": {("1", 1): {"outcome": "acknowledged"}},
        },
        id="ocr_noise_in_lists_and_headings",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมสภาองค์การบริหารส่วนตำบลนาโพธิ์ใต้",
            "สมัยสามัญ สมัยที่ 1 ครั้งที่ 1/2567",
            "วันที่ 15 กุมภาพันธ์ 2567 เวลา 09.00 น.",
            "ผู้มาประชุม",
            "1. นายสมัคร ทองดี ประธานสภา อบต.",
            "2. นายบุญมา ศรีสุข รองประธานสภา อบต.",
            "3. นางสาวแพรวพรรณ ชัยดี เลขานุการสภา อบต.",
            "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม รับทราบ",
            "ประธานฯ ได้กล่าวเพิ่มเติมว่าขอให้ทุกหมู่บ้านส่งตัวแทนเข้าร่วม",
            "ปิดประชุมเวลา 10.30 น.",
            "(ลงชื่อ) แพรวพรรณ ชัยดี ผู้บันทึกรายงานการประชุม",
            "(นางสาวแพรวพรรณ ชัยดี)",
            "คณะกรรมการตรวจรายงานการประชุมได้ตรวจสอบแล้ว",
            "(ลงชื่อ) บุญมา ศรีสุข ประธานกรรมการตรวจรายงานการประชุม",
            "(นายบุญมา ศรีสุข)",
            "(ลงชื่อ) สมัคร ทองดี กรรมการตรวจรายงานการประชุม",
            "(นายสมัคร ทองดี)",
        ),
        {
            "resolutions": {("1", 1): {"text": "รับทราบ"}},
            "meeting": {"recorder_name": "แพรวพรรณ ชัยดี", "reviewer_name": "บุญมา ศรีสุข"},
        },
        id="speech_after_a_resolution_and_a_council_committee_checking_the_minutes",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาเทศบาลตำบลหาดทรายใต้",
            "ครั้งที่ 2/2567",
            "วันจันทร์ที่ 28 ตุลาคม 2567 เวลา 09.30 น.",
            "ณ ห้องประชุมเทศบาลตำบลหาดทรายใต้",
            "วาระที่ 3 เรื่องเพื่อพิจารณา",
            "   3.1 รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
            "มติที่ประชุม - เห็นชอบ",
            "   3.2 รายการครุภัณฑ์ที่ขอเพิ่มเติม",
            "มติที่ประชุม ให้สำนักการช่างนำรายการกลับไปทบทวน แล้วนำเสนอในการประชุมครั้งต่อไป",
        ),
        {
            "items": {
                "3.1": {"title": "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น"},
                "3.2": {"title": "รายการครุภัณฑ์ที่ขอเพิ่มเติม"},
            },
            "resolutions": {("3.1", 1): {"outcome": "approved"}, ("3.2", 1): {"outcome": "deferred"}},
        },
        id="sub_item_titled_with_a_word_starting_like_a_unit",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมสภาองค์การบริหารส่วนตำบลห้วยทรายทอง",
            "วันพุธที่ 14 พฤษภาคม 2568 เวลา 09.30 น.",
            "ระเบียบวาระที่\tเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม\tรับทราบ",
            "ะเบียบวาระที\tเรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
            "มติที่ประชุม\tรับรองรายงานการประชุม",
            "ระเบียบวาระที่ an\tเรื่องเพื่อพิจารณา",
            "3.1 ร่างข้อบัญญัติงบประมาณ",
            "มติที่ประชุม\tอนุมัติ",
        ),
        {
            "items_keys": ["1", "2", "3", "3.1"],
            "items": {"2": {"title": "รับรองรายงานการประชุมครั้งที่แล้ว"}},
            "resolutions_keys": [("1", 1), ("2", 1), ("3.1", 1)],
        },
        id="agenda_headings_whose_number_ocr_dropped_take_the_next_number",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
            "วันพฤหัสบดีที่ 18 กันยายน 2568 เวลา 13.30 น.",
            "ผู้ม ประชุ",
            "ที่\tชื่อ-สกุล\tตำแหน่ง\tหมายเหตุ",
            "1\tนายอุดม คำภูเวียง\tผู้แทนประชาคมท้องถิ่น\tกรรมการ",
            "ระเบียบวาระที่ 1 เรื่องแจ้งเพื่อทราบ",
            "มติที่ประชุม รับทราบ",
        ),
        {
            "attendees": {"อุดม คำภูเวียง": {"status": "present"}},
        },
        id="a_name_table_under_the_heading_is_who_came_even_when_ocr_garbled_its_label",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมสภาเทศบาลตำบลทดสอบ",
            "ครั้งที่ 1/2568 วันที่ 9 ต.ค. 2567",
            "ระเบียบวาระที่ 3 เรื่อง กระทู้ถาม",
            "ไม่มี",
            "ระเบียบวาระที่ 5 เรื่อง เพื่อพิจารณา",
            "4.1 ญัตติร่างเทศบัญญัติงบประมาณรายจ่าย",
            "มติที่ประชุม เห็นชอบ",
            "ระเบียบวาระที่ 5 เรื่อง อื่น ๆ",
            "มติที่ประชุม รับทราบ",
        ),
        {
            "items_keys": ["3", "4", "4.1", "5"],
            "resolutions_keys": [("4.1", 1), ("5", 1)],
        },
        id="an_agenda_number_ocr_misread_is_told_by_its_neighbours",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนา",
            "ครั้งที่ 2/2569",
            "วันอังคารที่ 17 มีนาคม 2569 เวลา 13.30 น.",
            "ผู้มาประชุม",
            "1. นายสุเมธ ชูช่วย               ปลัด อบต.สมมุติ               ประธานในที่ประชุม",
            "2. นางสาวศศิธร ชัยชนะ            นักจัดการงานทั่วไปปฏิบัติการ   เลขานุการ",
            "วาระที่ 1  เรื่อง ประธานแจ้งให้ที่ประชุมทราบ",
            "ประธาน              แจ้งกำหนดการรายงานผลต่อสภา",
            "มติ                 รับทราบ",
            "วาระที่ 2  เรื่อง เพื่อพิจารณา",
            "เลขานุการ            เสนอแนวทางการติดตามผล",
            "มติ                 เห็นชอบผลการติดตามและประเมินผล",
            "                        โดยให้เพิ่มเติมข้อมูลโครงการ",
            "เลิกประชุมเวลา 16.05 น.",
        ),
        {
            "resolutions": {
                ("1", 1): {"text": "รับทราบ", "outcome": "acknowledged"},
                ("2", 1): {"text": "เห็นชอบผลการติดตามและประเมินผล โดยให้เพิ่มเติมข้อมูลโครงการ"},
            },
            "attendees": {"สุเมธ ชูช่วย": {"role": "ประธานในที่ประชุม"}},
        },
        id="resolutions_labelled_in_the_speaker_column_and_a_chair_of_the_meeting",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมสภาเทศบาลเมืองสมมุติ",
            "สมัยสามัญ สมัยแรก ครั้งที่ 2 ประจำปี พ.ศ. 2569",
            "วันพุธที่ 25 กุมภาพันธ์ 2569",
            "ที่\tชื่อ - สกุล\tตำแหน่ง\tลายมือชื่อ\tหมายเหตุ",
            "1\tนายบุญเลิศ ประทุมทอง\tประธานสภาเทศบาล\tบุญเลิศ\t",
            "2\tนายทองใบ ชาญประโคน\tสมาชิกสภาเทศบาล เขต 2\t-\tลาป่วย",
            "ระเบียบวาระที่ 1   เรื่อง รับรองรายงานการประชุม",
            "ประธานสภาฯ          ขอให้สมาชิกพิจารณารายงานการประชุม จำนวน 2 ครั้ง ดังนี้",
            "     (1) รายงานการประชุมสภาเทศบาล สมัยวิสามัญ สมัยที่ 4",
            "ที่ประชุม              พิจารณาแล้ว มีมติรับรองรายงานการประชุม ด้วยคะแนนเสียง 15 เสียง",
            "     (2) รายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ครั้งที่ 1",
            "ที่ประชุม              มีมติรับรองรายงานการประชุม",
            "ระเบียบวาระที่ 2   เรื่อง ญัตติเพื่อพิจารณา",
            "นายกเทศมนตรี         ขอเสนอโครงการ 2 โครงการ ดังนี้",
            "     (1) โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
            "     (2) โครงการก่อสร้างรางระบายน้ำ หมู่ที่ 7",
            "ที่ประชุม              มีมติอนุมัติ",
            "ปิดประชุมเวลา 12.00 น.",
        ),
        {
            "items_keys": ["1", "1.1", "1.2", "2"],  # (1), (2) side by side: a list in a speech
            "resolutions": {
                ("1.1", 1): {"text": "รับรองรายงานการประชุม ด้วยคะแนนเสียง 15 เสียง"},
                ("1.2", 1): {"text": "รับรองรายงานการประชุม"},
                ("2", 1): {"text": "อนุมัติ"},
            },
            "attendees_keys": ["ทองใบ ชาญประโคน", "บุญเลิศ ประทุมทอง"],
            "attendees": {"บุญเลิศ ประทุมทอง": {"status": "present"}, "ทองใบ ชาญประโคน": {"status": "absent"}},
        },
        id="bracketed_sub_items_a_meeting_column_resolution_and_a_roll_call_remark",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะทำงานสมมุติ",
            "ครั้งที่ 1/2569",
            "วันจันทร์ที่ 9 กุมภาพันธ์ 2569",
            "ผู้มาประชุม",
            "ชื่อ - สกุล\tตำแหน่ง\tหน้าที่ในคณะทำงาน",
            "นางรัตนา บุญประคอง\tรองปลัดองค์การบริหารส่วนตำบล\tรองหัวหน้าคณะทำงาน",
            "นางสมหญิง แก้วกาหลง\tผู้อำนวยการกองการศึกษา ศาสนา\tคณะทำงาน",
            "\tและวัฒนธรรม (แทน)\t",
            "เริ่มประชุมเวลา 09.00 น.",
        ),
        {
            "attendees": {
                "รัตนา บุญประคอง": {"role": "รองหัวหน้าคณะทำงาน"},
                "สมหญิง แก้วกาหลง": {
                    "position": None,
                    "acting_for": "ผู้อำนวยการกองการศึกษา ศาสนา และวัฒนธรรม",
                    "role": "คณะทำงาน",
                },
            },
        },
        id="a_deputy_head_role_and_a_wrapped_position_acted_for",
    ),
    pytest.param(
        minutes_text(
            "รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพเทศบาลตำบลสมมุติ",
            "ครั้งที่ 1 ประจำปีงบประมาณ 2569",
            "เมื่อวันพฤหัสบดีที่ 20 พฤศจิกายน 2568",
            "ลำดับ\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในกองทุนฯ\tหมายเหตุ",
            "มาประชุม\t\t\t\t",
            "1\tนายวีระพงษ์ อินทร์จันทร์\tนายกเทศมนตรีตำบลสมมุติ\tประธานกรรมการ\t",
            "ไม่มาประชุม\t\t\t\t",
            "2\tนายไพศาล ใจกว้าง\tสมาชิกสภาเทศบาล\tกรรมการ\tติดภารกิจ",
            "ผู้เข้าร่วมประชุม\t\t\t\t",
            "3\tนางจำเนียร สร้อยทอง\tประธานชมรมผู้สูงอายุ\t-\tผู้เสนอโครงการ",
            "เริ่มประชุมเวลา 13.30 น.",
        ),
        {
            "attendees_keys": ["จำเนียร สร้อยทอง", "วีระพงษ์ อินทร์จันทร์", "ไพศาล ใจกว้าง"],
            "attendees": {
                "วีระพงษ์ อินทร์จันทร์": {"status": "present", "seq": 1},
                "ไพศาล ใจกว้าง": {"status": "absent", "seq": 2},
                "จำเนียร สร้อยทอง": {"status": "invited", "seq": 3},
            },
        },
        id="one_attendance_table_with_its_sections_as_rows",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MINUTES_CASES)
def test_minutes_records(text: str, expected: dict[str, Any]) -> None:
    assert records_as(minutes_from(text), expected) == expected


def test_an_agenda_heading_whose_first_letter_and_mark_a_scan_lost() -> None:
    page = "\n".join(
        [
            "รายงานการประชุมคณะกรรมการกองทุนสมมุติ",
            "ครั้งที่ 1/2569",
            "เมื่อวันพฤหัสบดีที่ 20 พฤศจิกายน 2568",
            "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม รับทราบ",
            "ะเบียบวาระที 2 เรื่อง รับรองรายงานการประชุม",
            "มติที่ประชุม รับรองรายงานการประชุม",
        ]
    )
    parsed = minutes_of(parse_pages(page))
    assert sorted(items(parsed)) == ["1", "2"] and ("2", 1) in resolutions(parsed)


def test_sub_items_whose_opening_bracket_a_scan_lost() -> None:
    page = "\n".join(
        [
            "รายงานการประชุมสภาเทศบาลเมืองสมมุติ",
            "สมัยสามัญ สมัยแรก ครั้งที่ 2 ประจำปี พ.ศ. 2569",
            "วันพุธที่ 25 กุมภาพันธ์ 2569",
            "ระเบียบวาระที่ 1 เรื่อง ญัตติเพื่อพิจารณา",
            "      1) ญัตติขออนุมัติโอนงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
            "นายกเทศมนตรี         ขอเสนอญัตติโอนลดงบประมาณ",
            "ที่ประชุม              พิจารณาแล้ว มีมติอนุมัติให้โอนงบประมาณ",
            "      2) ญัตติร่างเทศบัญญัติเทศบาลเมืองสมมุติ",
            "ที่ประชุม              มีมติรับหลักการแห่งร่างเทศบัญญัติ",
        ]
    )
    parsed = minutes_of(parse_pages(page))
    assert sorted(items(parsed)) == ["1", "1.1", "1.2"] and {("1.1", 1), ("1.2", 1)} <= set(resolutions(parsed))


@pytest.mark.parametrize(
    ("position", "acting"),
    [
        ("ผู้แทน ผู้อำนวยการกองช่าง", True),  # standing in for an official
        ("ผู้แทนผู้ใหญ่บ้าน", True),
        ("ผู้แทนผู้ปกครอง", False),  # a board seat for a group: a position
        ("ผู้แทนชุมชน", False),
    ],
)
def test_a_representative_of_a_group_is_a_position_not_a_stand_in(position: str, acting: bool) -> None:
    from parsers.minutes import ACTING_BEFORE

    assert bool(ACTING_BEFORE.match(position)) is acting


def test_a_boards_minutes_numbered_เรื่องที่_with_positions_on_labelled_lines() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการบริหารศูนย์พัฒนาเด็กเล็กบ้านทดสอบ",
        "องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดพัทลุง",
        "ครั้งที่ 1/2569",
        "เมื่อวันพุธที่ 25 กุมภาพันธ์ 2569  เวลา 09.30 น.",
        "ผู้มาประชุม",
        "   1.  นายสมนึก ทองแก้ว                                      ประธานกรรมการ",
        "        ตำแหน่ง  กำนันตำบลทดสอบ",
        "   2.  นางสาวจิราพร ชูแก้ว                                    กรรมการ",
        "        ตำแหน่ง  นักวิชาการสาธารณสุขชำนาญการ ปฏิบัติหน้าที่แทน ผู้อำนวยการ รพ.สต.บ้านทดสอบ",
        "   3.  นางสุภาวดี หนูแก้ว                                      กรรมการและเลขานุการ",
        "        ตำแหน่ง  หัวหน้าศูนย์พัฒนาเด็กเล็ก",
        "ผู้ไม่มาประชุม  1 คน ได้แก่ นายวิโรจน์ สังข์ทอง ผู้แทนผู้ปกครอง (ลาป่วย)",
        "เริ่มประชุม เวลา 09.30 น.",
        "เรื่องที่ 1  ประธานแจ้งให้ที่ประชุมทราบ",
        "          ประธานฯ แจ้งว่า เรื่องที่ 2 ของปีที่แล้วเสร็จแล้ว",
        "มติที่ประชุม :  รับทราบ",
        "เรื่องที่ 2  เพื่อพิจารณา",
        "มติที่ประชุม :  เห็นชอบ",
    )
    assert meeting(parsed).title == "รายงานการประชุมคณะกรรมการบริหารศูนย์พัฒนาเด็กเล็กบ้านทดสอบ องค์การบริหารส่วนตำบลทดสอบ"
    people = attendees(parsed)
    assert (people["สมนึก ทองแก้ว"].position, people["สมนึก ทองแก้ว"].role) == ("กำนันตำบลทดสอบ", "ประธานกรรมการ")
    assert (people["จิราพร ชูแก้ว"].position, people["จิราพร ชูแก้ว"].acting_for) == (
        "นักวิชาการสาธารณสุขชำนาญการ",
        "ผู้อำนวยการ รพ.สต.บ้านทดสอบ",
    )
    assert people["สุภาวดี หนูแก้ว"].role == "กรรมการและเลขานุการ"  # the list goes on past a long labelled line
    absent = people["วิโรจน์ สังข์ทอง"]
    assert (absent.status, absent.position) == ("absent", "ผู้แทนผู้ปกครอง")
    assert sorted(items(parsed)) == ["1", "2"]
    assert sorted(resolutions(parsed)) == [("1", 1), ("2", 1)]


def test_the_checking_committees_chair_named_above_its_role_side_by_side() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาเทศบาลตำบลทดสอบ",
        "สมัยสามัญ สมัยที่ 1 ครั้งที่ 2/2569",
        "เมื่อวันอังคารที่ 17 กุมภาพันธ์ 2569",
        "ระเบียบวาระที่ 1  เรื่อง  แจ้งเพื่อทราบ",
        "มติที่ประชุม  รับทราบ",
        "ปิดประชุมเวลา 12.35 น.",
        "          คณะกรรมการตรวจรายงานการประชุม ได้ตรวจรายงานการประชุมนี้แล้ว",
        "  ลงชื่อ ....................      ลงชื่อ ....................      ลงชื่อ ....................",
        "  (นายทวี สุวรรณไตร)               (นายเกษม ภูมิลา)                 (นางสาวกัลยา ศรีเลย)",
        "       กรรมการ                      ประธานกรรมการ               กรรมการและเลขานุการ",
    )
    assert meeting(parsed).reviewer_name == "เกษม ภูมิลา"


def test_เรื่องที่_headings_a_scan_left_without_their_marks() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการบริหารศูนย์พัฒนาเด็กเล็กบ้านทดสอบ",
        "ครั้งที่ 1/2569",
        "เมื่อวันพุธที่ 25 กุมภาพันธ์ 2569  เวลา 09.30 น.",
        "เรืองที1 ประธาน แจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม : รับทราบ",
        "เรื่องที่ 2 รับรองรายงานการประชุม",
        "มติที่ประชุม : รับรอง",
    )
    assert sorted(items(parsed)) == ["1", "2"]


def test_a_position_cut_after_its_acting_words_takes_the_post_from_the_next_column() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาเทศบาลตำบลทดสอบ",
        "ครั้งที่ 2/2569",
        "เมื่อวันอังคารที่ 17 กุมภาพันธ์ 2569",
        "ผู้เข้าร่วมประชุม",
        "  6. นายอดิศร พรหมมา    นายช่างโยธาอาวุโส รักษาราชการแทน   ผู้อำนวยการกองช่าง",
        "เริ่มประชุมเวลา 10.15 น.",
    )
    person = attendees(parsed)["อดิศร พรหมมา"]
    assert (person.position, person.acting_for) == ("นายช่างโยธาอาวุโส", "ผู้อำนวยการกองช่าง")


def test_a_scanned_heading_whose_ครั้งที่_was_garbled_and_a_list_header_wrapped() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน",
        "โรงเรียนเทศบาลทดสอบ",
        "Asan 1/2569",
        "วันศุกร์ที่ 27 มีนาคม 2569 เวลา 15.30 น.",
        "ผู้มาประชุม",
        "ที่ชื่อ                    สกุล              ประเภทกรรมการ ตำแหน่งในคณะ",
        "                                                              กรรมการ",
        "1. นายประสิทธิ์ แก้วมณี                      ผู้ทรงคุณวุฒิ             ประธานกรรมการ",
        "2. นางมยุรี              คำแสง            ผู้แทนครู                กรรมการ",
        "เริ่มประชุมเวลา 15.30 น.",
    )
    assert meeting(parsed).session_no == "1/2569"
    assert sorted(attendees(parsed)) == ["ประสิทธิ์ แก้วมณี", "มยุรี คำแสง"]


def test_the_last_items_title_as_a_scan_leaves_it() -> None:
    from parsers.minutes import MinutesReader

    assert MinutesReader.clean_title("อืน ๆ") == "อื่น ๆ"
    assert MinutesReader.clean_title("Ou ๆ") == "อื่น ๆ"
    assert MinutesReader.clean_title("อื่นๆ") == "อื่นๆ"  # as printed
    assert MinutesReader.clean_title("เรื่องอื่น ๆ") == "อื่น ๆ"
    assert MinutesReader.clean_title("« เรื่อง อื่น ๆ") == "อื่น ๆ"  # a speck before the label


def test_an_attendance_label_a_scan_garbled_and_a_post_glued_to_a_surname() -> None:
    from parsers.minutes import garbled_label

    assert garbled_label("ผู้เข้า ่วมปรชุม ได้แก่ นายวีระพงษ์") == [("invited", 16)]
    assert garbled_label("ผู้มาประชม") == [("present", 10)]
    assert garbled_label("ผู้แทนหน่วยงาน ได้แก่") == []
    parsed = minutes_from(
        "รายงานการประชุมประชาคมท้องถิ่นระดับตำบล",
        "ครั้งที่ 1/2569",
        "วันพฤหัสบดีที่ 15 มกราคม 2569  เวลา 09.00 น.",
        "ผู้มาประชุม",
        "1\tนายบุญมี ศรีสุวรรณ\tผู้ใหญ่บ้านหมู่ที่ 1",
        "ผู้เข้า ่วมปรชุม ได้แก่ นายวีระพงษ์ ศรีบุญเรือง นายกเทศมนตรีตำบลทดสอบ, นางพรทิพย์",
        "สุขประเสริฐปลัดเทศบาล",
        "เริ่มประชุมเวลา 09.00 น.",
    )
    people = attendees(parsed)
    assert people["วีระพงษ์ ศรีบุญเรือง"].status == "invited"
    assert (people["พรทิพย์ สุขประเสริฐ"].status, people["พรทิพย์ สุขประเสริฐ"].position) == ("invited", "ปลัดเทศบาล")


def test_a_name_cell_with_the_position_label_under_it_and_the_role_cell_with_the_position() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการบริหารศูนย์พัฒนาเด็กเล็กบ้านทดสอบ",
        "ครั้งที่ 1/2569",
        "เมื่อวันพุธที่ 25 กุมภาพันธ์ 2569  เวลา 09.30 น.",
        "ผู้มาประชุม",
        "1.\tนายสมนึก ทองแก้วตำแหน่ง\tประธานกรรมการกำนันตำบลทดสอบ",
        "2.\tนางจันทิมา ศรีสุขตำแหน่ง\tรองประธานกรรมการผู้แทนผู้ปกครอง",
        "เริ่มประชุม เวลา 09.30 น.",
    )
    people = attendees(parsed)
    assert (people["สมนึก ทองแก้ว"].position, people["สมนึก ทองแก้ว"].role) == ("กำนันตำบลทดสอบ", "ประธานกรรมการ")
    assert (people["จันทิมา ศรีสุข"].position, people["จันทิมา ศรีสุข"].role) == ("ผู้แทนผู้ปกครอง", "รองประธานกรรมการ")


def test_a_scanned_checking_committee_with_a_wrapped_name_and_an_added_mark() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาเทศบาลตำบลทดสอบ",
        "สมัยสามัญ สมัยที่ 1 ประจำปี 2569 ครั้งที่ 2",
        "เมื่อวันอังคารที่ 17 กุมภาพันธ์ 2569",
        "ระเบียบวาระที่ 1  เรื่อง  แจ้งเพื่อทราบ",
        "มติที่ประชุม  รับทราบ",
        "ปิดประชุมเวลา 12.35 น.",
        "         คณะกรรุมการตรวจรายงานการประชุมได้ตรวจรายงานการ",
        "  ลงชื่อ                  ลงชื่อ                  ลงชื่อ",
        "  (นายทวี สุวรรณไตร)             (นายเกษม ภูมิลา)              (นางสาว",
        "  กัลยา ศรีเลย)",
        "      กรรมการ                ประธานกรรมการ             กรรมการและ",
        "      เลขานุการ",
    )
    assert meeting(parsed).reviewer_name == "เกษม ภูมิลา"


def test_role_column_before_position_surname_cell_inline_checkers_and_a_full_heading_wrapped() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบลทดสอบ",
        "สมัยวิสามัญ สมัยที่ 1 ประจำปี 2569",
        "วันพุธที่ 17 มิถุนายน 2569 เวลา 09.30 น.",
        "ผู้มาประชุม",
        "ที่\tชื่อ - สกุล\tตำแหน่งในคณะกรรมการ\tตำแหน่ง/หน่วยงาน",
        "1\tนายวิรัตน์ พึ่งทอง\tประธานกรรมการ\tนายกเทศมนตรีตำบลทดสอบ",
        "2\tนางสาวปราณี ทองเหลือง\tกรรมการและเลขานุการ\tปลัดเทศบาล",
        "ผู้เข้าร่วมประชุม",
        "ลำดับที่\tตำแหน่ง\tชื่อ - สกุล\tลายมือชื่อ",
        # two spaces in the name's cell made the surname a column of its own
        "1\tรองประธานสภา อบต.ทดสอบ\tนาง ลำดวน  ทองคำ\tลำดวน",
        "เริ่มประชุมเวลา 09.30 น.",
        "ระเบียบวาระที่ 1 เรื่องที่เสนอเพื่อพิจารณา",
        "1.1  ญัตติขอความเห็นชอบร่างข้อบัญญัติองค์การบริหารส่วนตำบลทดสอบ เรื่อง การจัดการ",
        "     สิ่งปฏิกูลและมูลฝอย พ.ศ. 2569 (วาระที่ 1 ขั้นรับหลักการ)",
        "ปลัด อบต.          ร่างข้อบัญญัติฉบับนี้กำหนดอัตราค่าธรรมเนียม",
        "มติที่ประชุม      รับหลักการ",
        "ปิดประชุมเวลา 12.00 น.",
        "     คณะกรรมการตรวจรายงานการประชุมได้ตรวจสอบแล้ว เมื่อวันพุธที่ 24 มิถุนายน 2569",
        "  (ลงชื่อ)  บุญเรือน  แสงจันทร์  ประธานกรรมการ          (ลงชื่อ)  สุนทร  เกิดผล  กรรมการ",
        "         (นางบุญเรือน แสงจันทร์)                              (นายสุนทร เกิดผล)",
    )
    people = attendees(parsed)
    assert {name: (a.position, a.role) for name, a in people.items()} == {
        "วิรัตน์ พึ่งทอง": ("นายกเทศมนตรีตำบลทดสอบ", "ประธานกรรมการ"),
        "ปราณี ทองเหลือง": ("ปลัดเทศบาล", "กรรมการและเลขานุการ"),
        "ลำดวน ทองคำ": ("รองประธานสภา อบต.ทดสอบ", None),
    }
    # (the wrap joined as join_wrapped joins Thai words)
    assert items(parsed)["1.1"].title.replace(" ", "") == (
        "ญัตติขอความเห็นชอบร่างข้อบัญญัติองค์การบริหารส่วนตำบลทดสอบเรื่องการจัดการสิ่งปฏิกูลและมูลฝอยพ.ศ.2569(วาระที่1ขั้นรับหลักการ)"
    )
    assert meeting(parsed).reviewer_name == "บุญเรือน แสงจันทร์"


def test_list_labels_a_scan_garbled_and_names_parted_by_their_signatures() -> None:
    # ``รายช้อผู้มาประชุม`` (รายชื่อ); a name run together (``ไพศาลคงกระพัน``) or parted in the wrong
    # place (``วิเชียรพูล สวัสดิ``): the signature column's given name says where
    parsed = minutes_from(
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบลทดสอบ",
        "วันพุธที่ 17 มิถุนายน 2569",
        "รายช้อผู้มาประชุม",
        "ลำดับที่\tตำแหน่ง\tชื่อ สกุล\tลายมือชื่อ",
        "1\tส.อบต. หมู่ที่ 2\tจ.ส.ต.ไพศาลคงกระพัน\tไพศาล",
        "2\tส.อบต. หมู่ที่ 6\tนายวิเชียรพูล สวัสดิ์\tวิเชียร",
        "4\tส.อบต. หมู่ที่ 1\tนายเฉลิม บุญ , ประคอง\tเฉลิม",  # a speck read as a comma
        "5\tปลัด อบต.ทดสอบ\tว่าที่ร.ต.ธีระสุขเกษม\tธิระ",  # the signature's marks misread
        "3\tส.อบต. หมู่ที่ 7\tนางบุญเรือน แสงจันทร์\tบุญเรือน",
        "รายซือผู้เข้าร่วมประชุม",
        "1\tนายก อบต.ทดสอบ\tนายชาตรี วงศ์สวัสดิ์\tชาตรี",
        "เริ่มประชุมเวลา 09.30 น.",
    )
    assert {name: a.status for name, a in attendees(parsed).items()} == {
        "ไพศาล คงกระพัน": "present",
        "วิเชียร พูลสวัสดิ์": "present",
        "เฉลิม บุญประคอง": "present",
        "ธีระ สุขเกษม": "present",
        "บุญเรือน แสงจันทร์": "present",
        "ชาตรี วงศ์สวัสดิ์": "invited",
    }


def test_a_venue_label_whose_marks_a_scan_lost() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการพัฒนาท้องถิ่น",
        "ครั้งที่          2 / 2569",
        "วันที่           9 เมษายน 2569",
        "เวลา          09.30 น.",
        "สถานทิ           ห้องประชุมอาคารอเนกประสงค์ เทศบาลตำบลทดสอบ",
        "ผู้มาประชุม",
        "1. นายวิรัตน์ พึ่งทอง ประธานกรรมการ",
        "เริ่มประชุมเวลา 09.30 น.",
    )
    assert meeting(parsed).venue == "ห้องประชุมอาคารอเนกประสงค์ เทศบาลตำบลทดสอบ"


def test_a_long_resolution_without_spaces_is_read_at_once() -> None:
    # (a deferral pattern once backtracked over long unspaced Thai: seconds for one line)
    import time

    text = "ให้เสนอ" + "การพิจารณาโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก" * 12 + " ต่อไป"
    start = time.perf_counter()
    outcome_of(text)
    assert time.perf_counter() - start < 0.5


def test_two_people_side_by_side_on_a_line_and_roles_heading_groups() -> None:
    """A council lists its members two per line; a working group puts each role over the
    people who hold it (fictional เทศบาลตำบลบ้านโป่งทอง)."""
    parsed = minutes_from(
        "รายงานการประชุมคณะทำงานจัดทำแผนชุมชน เทศบาลตำบลบ้านโป่งทอง",
        "ครั้งที่ ๒/๒๕๖๙",
        "วันจันทร์ที่ ๒ มีนาคม ๒๕๖๙",
        "ผู้มาประชุม",
        "    ประธานคณะทำงาน",
        " ๑.   นายสมศักดิ์  ทองดี     ปลัดเทศบาล      ๒.   นางมาลี  ใจงาม      รองปลัดเทศบาล",
        "    คณะทำงาน",
        " ๓.   นายวิชัย  แสงทอง     ผู้อำนวยการกองช่าง",
        "    เลขานุการคณะทำงาน",
        " ๔.   นางสาวพรทิพย์  ศรีสุข     นักวิเคราะห์นโยบายและแผน",
        "เริ่มประชุมเวลา ๐๙.๓๐ น.",
        "ระเบียบวาระที่ ๑  เรื่องแจ้งเพื่อทราบ",
        "มติที่ประชุม  รับทราบ",
    )
    people = attendees(parsed)
    assert [people[n].seq for n in ("สมศักดิ์ ทองดี", "มาลี ใจงาม", "วิชัย แสงทอง", "พรทิพย์ ศรีสุข")] == [1, 2, 3, 4]
    assert people["มาลี ใจงาม"].position == "รองปลัดเทศบาล"
    assert people["สมศักดิ์ ทองดี"].role == "ประธานคณะทำงาน"
    assert people["วิชัย แสงทอง"].role == "คณะทำงาน"
    assert people["พรทิพย์ ศรีสุข"].role == "เลขานุการคณะทำงาน"


def test_sub_items_headed_like_items_and_a_repeated_heading() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาเทศบาลตำบลบ้านโป่งทอง",
        "สมัยสามัญ สมัยที่ ๓ ครั้งที่ ๑ ประจำปี พ.ศ. ๒๕๖๙",
        "วันพฤหัสบดีที่ ๑๓ สิงหาคม ๒๕๖๙",
        "ระเบียบวาระที่ ๑   เรื่อง  ที่เสนอใหม่",
        "ระเบียบวาระที่ ๑.๑  ญัตติร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๗๐",
        "มติที่ประชุม :-  รับหลักการ ด้วยคะแนนเสียง ๑๒ เสียง",
        "ระเบียบวาระที่ ๑   เรื่อง  ที่เสนอใหม่ (ต่อ)",
        "ระเบียบวาระที่ ๑.๒  การกำหนดจำนวนคณะกรรมการแปรญัตติ",
        "                    ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๗๐",
        "          ประธานสภาฯ แจ้งว่า ขอให้ที่ประชุมกำหนดจำนวนคณะกรรมการแปรญัตติ",
        "มติที่ประชุม :-  เห็นชอบ จำนวน ๓ คน",
        "ระเบียบวาระที่ ๒   เรื่อง  อื่น ๆ",
    )
    found = items(parsed)
    assert sorted(found) == ["1", "1.1", "1.2", "2"]
    assert found["1.2"].title.endswith("ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570")
    assert sorted(r.item_no for r in parsed.rows if isinstance(r, Resolution)) == ["1.1", "1.2"]


def test_telling_others_is_no_acknowledgement() -> None:
    assert outcome_of("มอบหมายให้เลขานุการจัดทำหนังสือเชิญประชุม และแจ้งคณะทำงานทุกคนทราบ") == "other"
    assert outcome_of("ที่ประชุมทราบ") == "acknowledged"
    assert outcome_of("รับทราบ") == "acknowledged"


def test_labels_over_their_signature_blocks_and_numbered_checkers() -> None:
    over = [
        Line(text=t, page_no=1, index=i)
        for i, t in enumerate(
            [
                "ปิดประชุมเวลา 11.45 น.",
                "ผู้จดรายงานการประชุม",
                "(ลงชื่อ) ..............................",
                "(นางสาวนันทนา  ใจดี)",
                "นิติกร / เลขานุการคณะทำงาน",
                "ผู้ตรวจรายงานการประชุม",
                "(ลงชื่อ) ..............................",
                "(นายวีรชัย  ทองคำ)",
                "ปลัด อบต. / ประธานคณะทำงาน",
            ]
        )
    ]
    from parsers.minutes import REVIEWER

    assert signer(over, RECORDER) == "นันทนา ใจดี"
    assert signer(over, REVIEWER) == "วีรชัย ทองคำ"
    assert name_in("1. (ลงชื่อ) ...... ส.ท.บุญชู  พรมดี") == "บุญชู พรมดี"


def test_agenda_headings_as_bare_numbers_before_their_topic() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "วันที่ 20 มกราคม 2569  เวลา 13.30 – 15.45 น.",
        "ผู้มาประชุม",
        "        ๑. นายสมศักดิ์ ใจดี      ปลัด อบต.      ประธานคณะทำงาน",
        "เริ่มประชุม เวลา 13.30 น.",
        "๑. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "    ๑.๑ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "ประธาน        ขอให้ทุกกองร่วมกันปรับปรุง ดังนี้",
        "              ๒. เรื่องร้องเรียนต้องตอบภายใน ๑๕ วัน",
        "มติที่ประชุม  - รับทราบ -",
        "๒. เรื่องรับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๙",
        "มติที่ประชุม  - รับรองรายงานการประชุม -",
        "๓. เรื่องอื่น ๆ",
        "ปิดประชุม เวลา 15.45 น.",
    )
    found = items(parsed)
    # ``๒.`` inside what the chair said is the next number but indented past the headings
    assert found["1"].title == "ที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert found["1.1"].title == "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"
    assert found["2"].title == "รับรองรายงานการประชุมครั้งที่ 1/2569"
    assert found["3"].title == "อื่น ๆ" and sorted(found) == ["1", "1.1", "2", "3"]
    resolutions = {r.item_no: r.text for r in parsed.rows if isinstance(r, Resolution)}
    assert resolutions["2"] == "รับรองรายงานการประชุม"


def test_bare_numbers_under_agenda_headings_are_no_items() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบลเขาพลอยงาม",
        "วันพฤหัสบดีที่ ๑๙ กุมภาพันธ์ ๒๕๖๙",
        "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ประธาน   แจ้งดังนี้",
        "๒. เรื่องการจัดงานประเพณีลอยกระทง",
        "มติที่ประชุม  รับทราบ",
    )
    assert sorted(items(parsed)) == ["1"]


def test_a_checking_committee_signing_with_bare_names() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาเทศบาลตำบลเขาพลอยใหม่",
        "วันพฤหัสบดีที่ ๑๙ กุมภาพันธ์ ๒๕๖๙",
        "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม  รับทราบ",
        "ปิดประชุมเวลา ๑๒.๑๐ น.",
        "(ลงชื่อ)       ธนพล  รัตนพันธ์        ผู้บันทึกรายงานการประชุม",
        "            (นายธนพล  รัตนพันธ์)",
        "         ปลัดเทศบาล เลขานุการสภาเทศบาล",
        "คณะกรรมการตรวจรายงานการประชุม ได้ตรวจรายงานการประชุมนี้แล้ว เมื่อวันที่ ๒๓ กุมภาพันธ์ ๒๕๖๙",
        "(ลงชื่อ)       ชาตรี  มุกดา           ประธานกรรมการตรวจรายงานการประชุม",
        "(ลงชื่อ)       ปิยะนุช  วงศ์พลอย       กรรมการ",
    )
    found = meeting(parsed)
    assert (found.recorder_name, found.reviewer_name) == ("ธนพล รัตนพันธ์", "ชาตรี มุกดา")
    assert name_in("(ลงชื่อ)  ปลัดเทศบาล  รักษาราชการ") is None


def test_a_role_cell_wrapped_in_a_ruled_attendance_table() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "วันที่ 20 มกราคม 2569  เวลา 13.30 น.",
        "ผู้มาประชุม",
        "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะทำงาน\tลงชื่อ",
        "๑\tดร.ณัฐวุฒิ ศรีวิชัย\tปลัด อบต.\tประธานคณะทำงาน\tณัฐวุฒิ",
        "๒\tนางรำไพ คำมา\tรองปลัด อบต.\tรองประธาน\tรำไพ",
        "\t\t\tคณะทำงาน\t",
        "๓\tนายเอกชัย ทองดี\tผอ.กองการศึกษาฯ\tคณะทำงาน\tเอกชัย",
        "๔\tนางสาวสุดารัตน์ จันทร์ดี\tนักทรัพยากรบุคคล ชก.\tคณะทำงาน/\tสุดารัตน์",
        "\t\t\tเลขานุการ\t",
        "๕\tนางสาวปวีณา อินทร์แก้ว\tจพง.ธุรการ ชง.\tคณะทำงาน/ผู้ช่วย\tปวีณา",
        "\t\t\tเลขานุการ\t",
        "เริ่มประชุม เวลา 13.30 น.",
    )
    roles = {name: a.role for name, a in attendees(parsed).items()}
    assert roles == {
        "ณัฐวุฒิ ศรีวิชัย": "ประธานคณะทำงาน",
        "รำไพ คำมา": "รองประธาน คณะทำงาน",  # (no role heading over the people below)
        "เอกชัย ทองดี": "คณะทำงาน",
        "สุดารัตน์ จันทร์ดี": "คณะทำงาน/เลขานุการ",
        "ปวีณา อินทร์แก้ว": "คณะทำงาน/ผู้ช่วย เลขานุการ",
    }


def test_an_agenda_heading_whose_marks_a_scan_garbled() -> None:
    parsed = minutes_from(
        "รายงานการประชุมสภาเทศบาลตำบลเขาพลอยใหม่",
        "วันพฤหัสบดีที่ ๑๙ กุมภาพันธ์ ๒๕๖๙",
        "ระเบียบวาระที่ ๑  เรื่อง ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม รับทราบ",
        "รเบียบวาระทื๒ เรื่อง รับรองรายงานการประชุมสภาเทศบาล",  # (ระ and ที่ garbled)
        "มติที่ประชุม รับรองรายงานการประชุม",
    )
    assert sorted(items(parsed)) == ["1", "2"]


def test_posts_numbered_with_their_holders_named_on_the_line_below() -> None:
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการบริหารกองทุนหลักประกันสุขภาพ",
        "วันอังคารที่ ๑๐ มีนาคม พ.ศ. ๒๕๖๙  เวลา ๑๓.๓๐ น.",
        "ผู้มาประชุม",
        "๑.  นายก อบต.ห้วยผาใหม่                                         ประธานกรรมการ",
        "     นายสุพจน์  ใจคำ",
        "๒.  แทน ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยผา             กรรมการ",
        "     นางมะลิ  จันทร์หอม",
        "ผู้ไม่มาประชุม",
        "๑.  ผู้แทนหมู่บ้าน หมู่ที่ ๔                                           กรรมการ",
        "     นายจ่อ  ปู่แสง                                              (ติดภารกิจ)",
        "เริ่มประชุมเวลา ๑๓.๓๐ น.",
    )
    found = attendees(parsed)
    assert sorted(found) == ["จ่อ ปู่แสง", "มะลิ จันทร์หอม", "สุพจน์ ใจคำ"]
    chair = found["สุพจน์ ใจคำ"]
    assert (chair.position, chair.role, chair.seq) == ("นายก อบต.ห้วยผาใหม่", "ประธานกรรมการ", 1)
    assert found["จ่อ ปู่แสง"].status == "absent" and found["จ่อ ปู่แสง"].position == "ผู้แทนหมู่บ้าน หมู่ที่ 4"


def test_two_people_side_by_side_on_an_unnumbered_line() -> None:
    parsed = minutes_from(
        "รายงานการประชุมพนักงานเทศบาล",
        "วันศุกร์ที่ 27 มีนาคม 2569 เวลา 10.00 น.",
        "ผู้มาประชุม",
        "  นางพรพิมล ศรีสวัสดิ์        ปลัดเทศบาล           นายชาญวิทย์ บุญเกิด        รองปลัดเทศบาล",
        "  นางสาวสุนันทา เกตุแก้ว     หน.สป.              นางอัมพร พึ่งทอง          ผอ.กองคลัง",
        "เริ่มประชุมเวลา 10.00 น.",
    )
    found = attendees(parsed)
    assert [(a.seq, a.full_name, a.position) for a in sorted(found.values(), key=lambda a: a.seq)] == [
        (1, "พรพิมล ศรีสวัสดิ์", "ปลัดเทศบาล"),
        (2, "ชาญวิทย์ บุญเกิด", "รองปลัดเทศบาล"),
        (3, "สุนันทา เกตุแก้ว", "หน.สป."),
        (4, "อัมพร พึ่งทอง", "ผอ.กองคลัง"),
    ]


def test_a_title_ending_in_kan_is_done_before_its_first_sub_item() -> None:
    parsed = minutes_from(
        "รายงานการประชุมพนักงานเทศบาล",
        "วันศุกร์ที่ 27 มีนาคม 2569 เวลา 10.00 น.",
        "วาระที่ 3  เรื่องรายงานผลการปฏิบัติงานของส่วนราชการ",  # (ends in การ, a word that may dangle)
        "    3.1 สำนักปลัดเทศบาล",
        "          หัวหน้าสำนักปลัดเทศบาล รายงานว่า ได้จ่ายเบี้ยยังชีพผู้สูงอายุแล้ว",
        "มติที่ประชุม -  รับทราบ",
    )
    found = items(parsed)
    assert (found["3"].title, found["3.1"].title) == ("รายงานผลการปฏิบัติงานของส่วนราชการ", "สำนักปลัดเทศบาล")
    assert [r.item_no for r in parsed.rows if isinstance(r, Resolution)] == ["3.1"]


def test_a_vote_that_carried_a_deferral_is_deferred() -> None:
    assert outcome_of("ที่ประชุมมีมติให้เลื่อนการพิจารณาออกไป ด้วยคะแนนเสียง ๖ เสียง ไม่เห็นด้วย ๒ เสียง") == "deferred"
    assert outcome_of("เห็นชอบ ๑๐ เสียง ไม่เห็นชอบ ๐ เสียง") == "approved"
    assert outcome_of("อนุมัติ โดยให้เลื่อนการเบิกจ่ายไปไตรมาสหน้า ด้วยคะแนนเสียง ๘ เสียง") == "approved"


# A council sitting of one item, before what a test adds under it.
COUNCIL_SITTING = [
    "รายงานการประชุมสภาเทศบาลตำบลห้วยม้าใหม่",
    "วันจันทร์ที่ ๑๖ กุมภาพันธ์ ๒๕๖๙",
    "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "มติที่ประชุม  รับทราบ",
]


def test_a_checking_committee_signing_in_a_ruled_table() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                *COUNCIL_SITTING,
                "คณะกรรมการตรวจรายงานการประชุม ได้ตรวจรายงานการประชุมครั้งนี้แล้ว เมื่อวันจันทร์ที่ ๒๓ กุมภาพันธ์ ๒๕๖๙",
                "ลงชื่อ\tชื่อ - สกุล\tตำแหน่ง",
                ".........................\tนายประเสริฐ  คำปัน\tประธานกรรมการตรวจรายงานการประชุม",
                ".........................\tนางสาวพรรณี  แก้วมูล\tกรรมการตรวจรายงานการประชุม",
            ]
        )
    )
    assert [p.document.doc_type for p in parsed] == ["minutes"]  # (the table is no attendance sheet)
    assert meeting(minutes_of(parsed)).reviewer_name == "ประเสริฐ คำปัน"


def test_review_edges_of_bare_headings_held_posts_and_deferrals() -> None:
    # a held post with no name under it, right before the body opens, is still read
    parsed = minutes_from(
        "รายงานการประชุมคณะกรรมการกองทุน",
        "วันอังคารที่ ๑๐ มีนาคม พ.ศ. ๒๕๖๙",
        "ผู้มาประชุม",
        "๑. นายสมชาย ใจดี      ปลัด อบต.      ประธานกรรมการ",
        "๒. ผู้อำนวยการกองคลัง   กรรมการ",
        "เริ่มประชุมเวลา ๑๓.๓๐ น.",
        "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม รับทราบ",
    )
    assert len([r for r in parsed.rows if isinstance(r, Attendee)]) == 2
    # a line opening with a number and เรื่อง inside what someone said is no heading
    parsed = minutes_from(
        "รายงานการประชุมพนักงาน",
        "วันศุกร์ที่ 27 มีนาคม 2569",
        "1. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ประธานแจ้งว่า มีเรื่องที่ต้องแจ้งให้ทราบ",
        "2 เรื่อง คือการตรวจประเมิน ITA และการจัดทำแผน",
        "มติที่ประชุม รับทราบ",
        "2. เรื่องรับรองรายงานการประชุม",
    )
    assert items(parsed)["2"].title == "รับรองรายงานการประชุม"
    # a deferral proposed, then an approval carried by vote
    assert outcome_of("นายสมชายเสนอให้เลื่อนการพิจารณา แต่ที่ประชุมมีมติเห็นชอบตามร่าง 9 เสียง ไม่เห็นชอบ 2 เสียง") == "approved"


def test_an_attendance_sheet_after_the_reviewers_signature_still_opens() -> None:
    parsed = parse_pages(
        "\n".join(
            [
                *COUNCIL_SITTING,
                "(ลงชื่อ) ...................",
                "(นายสมชาย ใจดี)",
                "ประธานกรรมการตรวจรายงานการประชุม",
                "ที่\tชื่อ - สกุล\tตำแหน่ง\tลายมือชื่อ",
                "1\tนายสมศักดิ์ รักดี\tสมาชิกสภาเทศบาล\tสมศักดิ์",
            ]
        )
    )
    assert [p.document.doc_type for p in parsed] == ["minutes", "attendance_sheet"]


def test_a_meeting_day_a_scan_garbled_taken_from_its_weekday_and_what_it_reports() -> None:
    parsed = minutes_from(
        "รายงานการประชุมพนักงานเทศบาล",
        "วันศุกร์ทีชู มีนาคม 2569 เวลา 10.00 น.",
        "วาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "    ผลการจัดเก็บภาษี ณ วันที่ ๒๕ มีนาคม ๒๕๖๙ จัดเก็บได้ร้อยละ ๖๙.๒๐",
        "มติที่ประชุม -  รับทราบ",
    )
    assert meeting(parsed).meeting_date == dt.date(2026, 3, 27)  # the first Friday on or after the 25th
    assert any("inferred" in w for w in parsed.warnings)
    from pipeline.checks import review_flags

    flags = [f for f in review_flags([parsed]) if f.column_name == "meeting_date"]
    assert [f.check_name for f in flags] == ["inferred_date"]  # loaded, and flagged for a look


def test_a_headings_time_wrapped_onto_a_line_of_its_own_is_no_title() -> None:
    lines = [
        "รายงานการประชุมสภาเทศบาลตำบลเขาพลอยใหม่",
        "เมื่อวันพฤหัสบดี ที่ 19 เดือนกุมภาพันธ์ พ.ศ. 2569 เวลา",
        "09.30 น.",
    ]
    assert heading_title(lines) == "รายงานการประชุมสภาเทศบาลตำบลเขาพลอยใหม่"
