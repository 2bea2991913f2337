"""Round of heldout59-61 (issue 11): each test failed before its fix; guards keep what the
earlier rounds read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import ocr
from schemas import CommitteeMember, ItaScore
from tests.conftest import parse_file_pages, parse_pages
from tests.test_round28 import rows_of

SARABUN = ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"
NEEDS_SARABUN = pytest.mark.skipif(not SARABUN.is_file(), reason="needs the reference Sarabun font")


@NEEDS_SARABUN
def test_thai_digits_read_as_lowercase_latin_over_the_number_are_dropped_once_read_again() -> None:
    # a copier scan's ``ที่ ๒๙๘ /๒๕๖๘``: the Thai+English model read ๒๙๘ as ``wad`` with a box
    # stretched over the year after it, so its middle lay in neither run read again
    font = ImageFont.truetype(str(SARABUN), 64)
    image = Image.new("L", (900, 160), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "ที่", font=font, fill=0)
    draw.text((150, 40), "๒๙๘", font=font, fill=0)
    draw.text((300, 40), "/๒๕๖๘", font=font, fill=0)
    ink = ocr.prepare_image(image).convert("L").point(lambda v: 255 - v)
    box = ink.crop((140, 0, 900, 160)).getbbox()
    assert box is not None
    top, bottom = box[1], box[3]
    height = bottom - top
    row = [
        ocr.Word(40, top - 10, 40, height + 10, 93.0, "ที่", 1),
        ocr.Word(148, top + 12, 340, height - 12, 90.0, "wad", 1),
        ocr.Word(300, top, 30, height, 92.0, "/", 1),
        ocr.Word(335, top, 150, height, 92.0, "๒๕๒๐๕", 1),
    ]
    texts = [w.text for w in ocr._reread_row(row, ink, height)]
    assert "wad" not in texts
    assert "๒๙๘" in texts and "๒๕๖๘" in texts


def test_guard_latin_the_digits_do_not_cover_stays() -> None:
    word = ocr.Word(100, 10, 200, 40, 90.0, "www")
    assert not ocr._latin_over_digits(word, [(100, 150)])
    assert not ocr._latin_over_digits(ocr.Word(100, 10, 200, 40, 90.0, "OIT"), [(100, 300)])
    assert ocr._latin_over_digits(word, [(100, 250)])


def _letters(text: str, left: int, top: int, conf: float = 93.0) -> list[ocr.Word]:
    return [ocr.Word(left + 22 * k, top, 20, 36, conf, ch) for k, ch in enumerate(text)]


def test_a_row_number_read_as_a_letter_where_the_lists_numbers_stand_is_read_for_digits() -> None:
    # ``๗.`` read ``a`` (its stop lost): the row was joined to the one above as its continuation
    rows = [
        _letters("๕.", 394, 100) + _letters("นายยาหยา", 530, 100),
        _letters("๖.", 394, 200) + _letters("นางจิราพร", 530, 200),
        [ocr.Word(393, 300, 30, 36, 59.0, "a"), *_letters("นางสาวฮาบีบ๊ะ", 537, 300)],
        _letters("๘.", 394, 400) + _letters("นายดลเหล๊าะ", 530, 400),
    ]
    column = ocr._number_column(rows, 36)
    assert column is not None
    assert [w.text for w in ocr._in_number_column(rows[2], column, 36)] == ["a"]
    # guards: a Thai word opening a row there, and a row number already read, are not taken
    assert ocr._in_number_column(_letters("นาย", 394, 500) + _letters("สม", 530, 500), column, 36) == []
    assert ocr._in_number_column(rows[1], column, 36) == []
    # ``ฒญ่`` for ๗ (no word), in a plan's table whose rulings the scan lost
    row = [ocr.Word(491, 300, 21, 40, 60.0, "ฒ"), ocr.Word(495, 300, 40, 40, 60.0, "ญ่"), *_letters("โครงการ", 746, 300)]
    assert [w.text for w in ocr._in_number_column(row, 492, 36)] == ["ฒ", "ญ่"]
    # words a wrapped line opens with at the margin are no number
    assert ocr._in_number_column(_letters("และ", 394, 500) + _letters("ประชาชน", 530, 500), column, 36) == []
    assert ocr._in_number_column(_letters("ณ", 394, 500) + _letters("ห้องประชุม", 530, 500), column, 36) == []
    # no list: two numbered rows make no column
    assert ocr._number_column(rows[:2], 36) is None


def test_a_list_leads_last_mark_a_scan_lost_is_restored() -> None:
    from pipeline.normalize import restore_dropped_marks

    line = "องค์การบริหารส่วนตำบลตันหยงบูกู ประกอบด้วยบุคคลและหน้าที่ ดังต่อไปนี"
    assert restore_dropped_marks(line).endswith("หน้าที่ ดังต่อไปนี้")
    assert restore_dropped_marks("และดำเนินการประชุมตามลำดับ ดังนี").endswith(" ดังนี้")


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("1\tแนนายมะรอนิง สาและ\tประธานสภา อบต.บาโงบูกู", "1\tนายมะรอนิง สาและ\tประธานสภา อบต.บาโงบูกู"),
        ("แนนางสาวสุดา ใจดี", "นางสาวสุดา ใจดี"),
        # guards: words before a title stay
        ("ให้นายสมชาย ใจดี เป็นประธาน", "ให้นายสมชาย ใจดี เป็นประธาน"),
        ("1\tขุนนางไทย\tกรรมการ", "1\tขุนนางไทย\tกรรมการ"),
        ("เรียน นายกเทศมนตรี", "เรียน นายกเทศมนตรี"),
    ],
)
def test_a_rulings_remnant_read_as_two_letters_before_a_names_title_in_a_cell(read: str, repaired: str) -> None:
    assert ocr.repair_ocr_text(read) == repaired


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("๑,๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน", "๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน"),
        ("๓ ๑ การเผยแพร่ข้อมูลข่าวสารเพื่ออำนวยความสะดวก", "๓.๑ การเผยแพร่ข้อมูลข่าวสารเพื่ออำนวยความสะดวก"),
        # guards: a number of two digits, a table's row, a sub-number already whole
        ("๑๓ การสร้างจิตสำนึกและความตระหนัก", "๑๓ การสร้างจิตสำนึกและความตระหนัก"),
        ("๓\tโครงการเผยแพร่ข้อมูลข่าวสาร\t๒๐,๐๐๐", "๓\tโครงการเผยแพร่ข้อมูลข่าวสาร\t๒๐,๐๐๐"),
        ("๑.๒ การสร้างจิตสำนึกและความตระหนัก", "๑.๒ การสร้างจิตสำนึกและความตระหนัก"),
    ],
)
def test_a_sub_headings_stop_a_scan_read_as_a_comma_or_lost(read: str, repaired: str) -> None:
    assert ocr.repair_ocr_text(read) == repaired


def _members(text: str) -> list[tuple[str | None, str, str | None, str | None, str | None]]:
    rows = rows_of(parse_pages(text), CommitteeMember)
    return [(m.group_name, m.seq, m.full_name, m.position, m.role) for m in rows]


def test_a_committee_listed_again_after_an_amendment_is_the_same_committee() -> None:
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลทุ่งทอง",
            "ที่ 120/2569",
            "เรื่อง  แก้ไขคำสั่งแต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
            "          ข้อ 2 คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต เทศบาลตำบลทุ่งทอง ภายหลังการแก้ไขตามข้อ 1",
            "ประกอบด้วย",
            "                1.  นายสมชาย  ใจดี  ปลัดเทศบาลตำบลทุ่งทอง     ประธานคณะทำงาน",
            "                2.  นางสมศรี  แสงทอง  ผู้อำนวยการกองคลัง     คณะทำงาน",
            "                    สั่ง ณ วันที่ 3 มีนาคม พ.ศ. 2569",
        ]
    )
    groups = {group for group, *_ in _members(text)}
    assert groups == {"คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต เทศบาลตำบลทุ่งทอง"}


def test_members_listed_in_prose_after_composed_of() -> None:
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลนาทอง",
            "ที่ 88/2569",
            "เรื่อง  แต่งตั้งคณะกรรมการพิจารณาผลการประกวดราคาและคณะกรรมการตรวจรับพัสดุ",
            "        จึงแต่งตั้งบุคคลต่อไปนี้",
            "        1. คณะกรรมการพิจารณาผลการประกวดราคา ประกอบด้วย นายชัยวัฒน์ ศรีเมือง",
            "ตำแหน่ง ผู้อำนวยการกองช่าง เป็นประธานกรรมการ นางสาวนันทนา แก้วสว่าง ตำแหน่ง",
            "นักวิชาการเงินและบัญชีชำนาญการ เป็นกรรมการ และนางกมลวรรณ รัตนพันธ์ ตำแหน่ง",
            "นักวิชาการพัสดุชำนาญการ เป็นกรรมการและเลขานุการ",
            "มีหน้าที่ตรวจสอบคุณสมบัติของผู้ยื่นข้อเสนอ",
            "        2. คณะกรรมการตรวจรับพัสดุ ประกอบด้วย",
            "ลำดับ\tชื่อ-สกุล\tตำแหน่ง\tหน้าที่",
            "1\tนายสมเกียรติ  ชูเชิด\tหัวหน้าสำนักปลัด\tประธานกรรมการ",
            "2\tนายประยุทธ  แก้วมณี\tนายช่างโยธาปฏิบัติงาน\tกรรมการ",
            "        สั่ง ณ วันที่ 3 มีนาคม พ.ศ. 2569",
        ]
    )
    assert _members(text) == [
        ("คณะกรรมการพิจารณาผลการประกวดราคา", "1", "ชัยวัฒน์ ศรีเมือง", "ผู้อำนวยการกองช่าง", "ประธานกรรมการ"),
        ("คณะกรรมการพิจารณาผลการประกวดราคา", "2", "นันทนา แก้วสว่าง", "นักวิชาการเงินและบัญชีชำนาญการ", "กรรมการ"),
        ("คณะกรรมการพิจารณาผลการประกวดราคา", "3", "กมลวรรณ รัตนพันธ์", "นักวิชาการพัสดุชำนาญการ", "กรรมการและเลขานุการ"),
        ("คณะกรรมการตรวจรับพัสดุ", "1", "สมเกียรติ ชูเชิด", "หัวหน้าสำนักปลัด", "ประธานกรรมการ"),
        ("คณะกรรมการตรวจรับพัสดุ", "2", "ประยุทธ แก้วมณี", "นายช่างโยธาปฏิบัติงาน", "กรรมการ"),
    ]


def test_a_duty_rosters_staff_with_day_and_shift_columns() -> None:
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลผาทอง",
            "ที่ 412/2568",
            "เรื่อง  แต่งตั้งเจ้าหน้าที่อยู่เวรยามรักษาความปลอดภัย งานประเพณีลอยกระทง ประจำปี 2568",
            "                        ------------------------------------",
            "          ด้วยองค์การบริหารส่วนตำบลผาทอง กำหนดจัดงานประเพณีลอยกระทง ประจำปี 2568 ณ ลานวัฒนธรรม",
            "อาศัยอำนาจตามความในมาตรา 60 แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
            "และที่แก้ไขเพิ่มเติม จึงแต่งตั้งเจ้าหน้าที่อยู่เวรยามรักษาความปลอดภัยในงานประเพณีลอยกระทง ประจำปี 2568 ดังนี้",
            "",
            "ที่\tวัน เดือน ปี\tเวลา\tชื่อ - สกุล\tตำแหน่ง\tหน้าที่",
            "1\t5 พ.ย. 68\t\tนางจันทร์เพ็ญ สุยะ\tหัวหน้าสำนักปลัด\tหัวหน้าเวร",
            "2\t\t08.30-16.30 น.\tนายสมศักดิ์ ปัญญาดี\tพนักงานขับรถยนต์\tผู้อยู่เวร",
            "3\t\t\tนางสาวปิยะธิดา ผัดดี\tนักวิชาการศึกษาปฏิบัติการ\tผู้อยู่เวร",
            "          สั่ง ณ วันที่ 1 พฤศจิกายน พ.ศ. 2568",
        ]
    )
    group = "เจ้าหน้าที่อยู่เวรยามรักษาความปลอดภัยในงานประเพณีลอยกระทง ประจำปี 2568"
    assert _members(text) == [
        (group, "1", "จันทร์เพ็ญ สุยะ", "หัวหน้าสำนักปลัด", "หัวหน้าเวร"),
        (group, "2", "สมศักดิ์ ปัญญาดี", "พนักงานขับรถยนต์", "ผู้อยู่เวร"),
        (group, "3", "ปิยะธิดา ผัดดี", "นักวิชาการศึกษาปฏิบัติการ", "ผู้อยู่เวร"),
    ]


def test_last_years_scores_then_this_years_assessment_named_on_the_line() -> None:
    text = "\n".join(
        [
            "รายงานผลการประเมินตนเอง (Self Assessment)",
            "ตามเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2569",
            "เทศบาลตำบลคลองทอง",
            "          ในปีงบประมาณ พ.ศ. 2568 เทศบาลตำบลคลองทองได้รับผลการประเมิน ITA 82.37 คะแนน อยู่ในระดับ",
            "B โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ 84.21 คะแนน",
            "(OIT) ได้ 83.00 คะแนน เพื่อเตรียมความพร้อมสำหรับการประเมินประจำปีงบประมาณ พ.ศ. 2569",
            "ตัวชี้วัดที่\tประเด็นการประเมิน\tแบบวัด\tคะแนน",
            "1\tการปฏิบัติหน้าที่\tIIT\t88.40",
            "2\tการใช้งบประมาณ\tIIT\t82.15",
        ]
    )
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages(text), ItaScore)}
    assert scores[(2568, "ITA", None)] == Decimal("82.37")
    assert scores[(2569, "IIT", 1)] == Decimal("88.40")
    assert (2568, "IIT", 1) not in scores


def test_members_captioned_by_where_they_sat_with_a_bracketed_letter() -> None:
    from schemas import Attendee

    text = "\n".join(
        [
            "รายงานการประชุมคณะกรรมการชุมชนบ้านหาดทอง",
            "ครั้งที่ 1/2569",
            "วันศุกร์ที่ 6 มีนาคม 2569",
            "ณ ห้องประชุมเทศบาลตำบลหาดทอง",
            "ผู้มาประชุม",
            "    (ก) ประชุม ณ ห้องประชุมเทศบาลตำบลหาดทอง",
            "    1.   นายสุวิทย์  ทะเลทอง                 ประธานกรรมการชุมชน",
            "    2.   นางมาลี  ศรีอ่อน                    กรรมการ",
            "    (ข) ประชุมผ่านระบบออนไลน์ (Zoom Meeting)",
            "    1.   นายประสิทธิ์  คงสมุทร                กรรมการ",
            "เริ่มประชุมเวลา 18.30 น.",
            "วาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติ                    รับทราบ",
        ]
    )
    names = [a.full_name for a in rows_of(parse_pages(text), Attendee)]
    assert names == ["สุวิทย์ ทะเลทอง", "มาลี ศรีอ่อน", "ประสิทธิ์ คงสมุทร"]


def test_an_oit_items_code_in_thai_digits_read_with_a_zero_for_its_o() -> None:
    page = "ผลการตรวจสอบการเปิดเผยข้อมูลสาธารณะ (OIT) จำนวน ๓๓ ข้อ\n0๑\tโครงสร้าง\t✓\n๐๑๐\tคู่มือ\t✓\n"
    assert ocr.oit_ranges(page) == "ผลการตรวจสอบการเปิดเผยข้อมูลสาธารณะ (OIT) จำนวน ๓๓ ข้อ\nO๑\tโครงสร้าง\t✓\nO๑๐\tคู่มือ\t✓\n"
    # guard: a member's number before a name stays
    members = "คณะทำงาน (OIT)\n๐๑\tนายสมชาย ใจดี\tปลัด\n"
    assert ocr.oit_ranges(members) == members


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("o) นายสมพงษ์ ทองมา   ประธาน\n๒) นายวิเชียร ศรีนวล", "๑) นายสมพงษ์ ทองมา   ประธาน\n๒) นายวิเชียร ศรีนวล"),
        ("O. นายสมพงษ์ ทองมา\n2. นายวิเชียร ศรีนวล", "1. นายสมพงษ์ ทองมา\n2. นายวิเชียร ศรีนวล"),
        ("๓) หนางสาวปาริชาติ แก้วประดิษฐ์   รองนายกเทศมนตรี", "๓) นางสาวปาริชาติ แก้วประดิษฐ์   รองนายกเทศมนตรี"),
        # guards: no second number under it, a different stop, a word before a title in prose
        ("o) นายสมพงษ์ ทองมา\nนายวิเชียร ศรีนวล", "o) นายสมพงษ์ ทองมา\nนายวิเชียร ศรีนวล"),
        ("o) นายสมพงษ์ ทองมา\n๒. นายวิเชียร ศรีนวล", "o) นายสมพงษ์ ทองมา\n๒. นายวิเชียร ศรีนวล"),
        ("๓) ให้นายสมชาย ใจดี เป็นผู้รับผิดชอบ", "๓) ให้นายสมชาย ใจดี เป็นผู้รับผิดชอบ"),
    ],
)
def test_a_lists_first_number_read_as_a_round_letter_and_a_remnant_after_a_row_number(read: str, repaired: str) -> None:
    assert ocr.repair_ocr_text(read) == repaired


@NEEDS_SARABUN
def test_a_row_number_tesseract_dropped_is_read_from_the_ink_left_of_the_first_word() -> None:
    # a copier scan's page of six members whose numbers (``๓.`` ... ``๘.``), a wide gap before the
    # posts, tesseract dropped every one: the page had no Thai digit to seed the re-reading
    font = ImageFont.truetype(str(SARABUN), 64)
    image = Image.new("L", (1400, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), "๓.", font=font, fill=0)
    draw.text((300, 40), "หัวหน้าสำนักปลัด", font=font, fill=0)
    draw.text((300, 160), "ผู้อำนวยการกองคลัง", font=font, fill=0)
    prepared = ocr.prepare_image(image)
    # tesseract's boxes are the letters' (no marks above): the band of letters without marks
    band = Image.new("L", (1400, 300), 0)
    ImageDraw.Draw(band).text((300, 40), "หวหนาสานก", font=font, fill=255)
    letters = band.getbbox()
    assert letters is not None
    rows = [
        ocr.Word(letters[0], top + letters[1] - 40, 60, letters[3] - letters[1], 93.0, "หัวหน้า", top)
        for top in (40, 160)
    ]
    texts = [w.text for w in ocr.reread_digits(rows, prepared)]
    assert texts[0] == "๓" or texts[0].startswith("๓")
    assert texts.count("หัวหน้า") == 2 and len(texts) == 3  # (the second row has no ink before it)


def test_a_numbered_groups_heading_wrapped_over_three_of_a_scans_lines() -> None:
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลหาดทอง",
            "ที่ 18/2569",
            "เรื่อง แก้ไขคำสั่งแต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
            "               ข้อ2 คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต เทศบาลตำบลหาดทอง ภาย",
            "               หลังการแก้ไขตามข้อ 1",
            "ประกอบด้วย",
            "1. ปลัดเทศบาลตำบลหาดทอง (นายธีรพงษ์ ศรีสมุทร)          ประธานคณะทำงาน",
            "2. รองปลัดเทศบาลตำบลหาดทอง (นางจันทร์เพ็ญ พุ่มพวง)     รองประธานคณะทำงาน",
            "              สั่ง ณ วันที่ 3 มีนาคม พ.ศ. 2569",
        ]
    )
    groups = {group for group, *_ in _members(text)}
    assert groups == {"คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต เทศบาลตำบลหาดทอง"}


def test_no_module_binds_one_of_its_names_twice_at_its_top_level() -> None:
    """Twice this round a new constant took the name of one further down its module (the
    layout's ``NUMBER_COLUMN_ROWS``, the ITA repair's ``_SCORE_CELL``) and silently changed what
    the other's readers saw: every module-level name is bound once."""
    import ast
    from collections import Counter

    root = Path(__file__).resolve().parents[1]
    doubled = {}
    for path in [*sorted((root / "pipeline").rglob("*.py")), *sorted((root / "parsers").rglob("*.py"))]:
        names = Counter(
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        )
        if twice := sorted(name for name, count in names.items() if count > 1):
            doubled[str(path.relative_to(root))] = twice
    assert doubled == {}


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        (
            "2567\t88.40\t80.15\t86.72\t8460\t84.22\n2568\t91.24\t84.67\t89.10\t88.92\t86.40",
            "2567\t88.40\t80.15\t86.72\t84.60\t84.22\n2568\t91.24\t84.67\t89.10\t88.92\t86.40",
        ),
        (
            "2568\t91.24\t84.67\t89.10\t88.92\nผลต่าง\t+2.84\t+238\t+3.25\t+8.34",
            "2568\t91.24\t84.67\t89.10\t88.92\nผลต่าง\t+2.84\t+2.38\t+3.25\t+8.34",
        ),
        # guards: a count of respondents beside the scores, a score alone in its column
        (
            "ปี\tจำนวนผู้ตอบ EIT\tIIT\tEIT\tOIT\n2567\t1180\t84.98\t81.86\t79.17\n2568\t1250\t88.26\t84.09\t89.59",
            "ปี\tจำนวนผู้ตอบ EIT\tIIT\tEIT\tOIT\n2567\t1180\t84.98\t81.86\t79.17\n2568\t1250\t88.26\t84.09\t89.59",
        ),
        (
            "ปี\tผู้ตอบ\tIIT\tEIT\tOIT\n2567\t45\t84.98\t81.86\t79.17\n2568\t1250\t88.26\t84.09\t89.59",
            "ปี\tผู้ตอบ\tIIT\tEIT\tOIT\n2567\t45\t84.98\t81.86\t79.17\n2568\t1250\t88.26\t84.09\t89.59",
        ),
        # guards: years and counts in a row of scores, a row of too few scores, amounts
        ("ปี\t2567\t2568\t88.10\t87.20\t86.30", "ปี\t2567\t2568\t88.10\t87.20\t86.30"),
        ("คะแนน\t100\t88.10\t87.20\t86.30", "คะแนน\t100\t88.10\t87.20\t86.30"),
        ("2567\t88.40\t8460", "2567\t88.40\t8460"),
        ("โครงการ\t5000\t20000\t15000", "โครงการ\t5000\t20000\t15000"),
    ],
)
def test_a_scores_stop_a_scan_lost_in_a_row_of_scores(read: str, repaired: str) -> None:
    assert ocr.scores_lost_dot(read) == repaired


def test_a_legends_rows_that_repeat_their_label_are_rows_of_their_own() -> None:
    from pipeline import layout

    def row(top: float, pieces: list[tuple[float, str]]) -> layout.PieceRow:
        return layout.PieceRow(
            pieces=[(x, x + 5 * len(t), t) for x, t in pieces], top=top, bottom=top + 10, size=10.0, number_end=None
        )

    legend = [
        row(100, [(80, "หมายเหตุ"), (202, "ตัวชี้วัดที่ 1"), (300, "การปฏิบัติหน้าที่"), (502, "ตัวชี้วัดที่ 6"), (600, "คุณภาพ")]),
        row(118, [(202, "ตัวชี้วัดที่ 2"), (300, "การใช้งบประมาณ"), (502, "ตัวชี้วัดที่ 7"), (600, "ประสิทธิภาพ")]),
    ]
    joined = layout.join_wrapped_rows(legend, lambda t: False, lambda a, b: f"{a} {b}")
    assert len(joined) == 2
    # guard: a row whose cells wrap goes on joining
    wrapped = [
        row(100, [(80, "1."), (120, "นายสมชาย ใจดี"), (300, "ผู้อำนวยการกอง")]),
        row(118, [(120, "(ต่อ)"), (300, "การศึกษา")]),
    ]
    assert len(layout.join_wrapped_rows(wrapped, lambda t: False, lambda a, b: f"{a} {b}")) == 1


def test_an_instruments_across_table_with_its_measures_down() -> None:
    text = "\n".join(
        [
            "รายงานผลการประเมินตนเอง ตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2569",
            "เทศบาลตำบลคลองทอง",
            "ตารางที่ 2  คะแนนรายแบบวัดและคะแนนรวม",
            "รายการ\tIIT\tEIT\tOIT\tรวม",
            "น้ำหนัก (ร้อยละ)\t30\t30\t40\t100",
            "คะแนนเฉลี่ย\t86.45\t84.10\t89.01\t",
            "คะแนนถ่วงน้ำหนัก\t25.94\t25.23\t35.60\t86.77",
            "ระดับผลการประเมิน\t\t\t\tA",
        ]
    )
    scores = {(s.fiscal_year, s.instrument): s.score for s in rows_of(parse_pages(text), ItaScore) if s.indicator_no is None}
    assert scores == {
        (2569, "IIT"): Decimal("86.45"),
        (2569, "EIT"): Decimal("84.10"),
        (2569, "OIT"): Decimal("89.01"),
        (2569, "ITA"): Decimal("86.77"),
    }


def test_guard_a_page_without_thai_digits_is_read_only_where_a_rows_number_was_dropped() -> None:
    # an Arabic-digit council's ``ครั้งที่แล้ว`` (a label waiting for a number, in prose) was read
    # for Thai digits once pages without any began to be looked at: ``แล๕๕ว``
    font = ImageFont.truetype(str(SARABUN), 48)
    image = Image.new("L", (1400, 200), 255)
    line = "ตรวจดูรายงานการประชุมครั้งที่แล้ว ซึ่งเลขานุการ"
    ImageDraw.Draw(image).text((100, 60), line, font=font, fill=0)
    prepared = ocr.prepare_image(image)
    words = []
    for k, char in enumerate(line):
        if char == " ":
            continue
        left = 100 + round(font.getlength(line[:k]))
        width = max(4, round(font.getlength(char)))
        words.append(ocr.Word(left, 80, width, 30, 93.0, char, 1))
    assert [w.text for w in ocr.reread_digits(words, prepared)] == [w.text for w in words]


def test_instrument_codes_a_scan_garbled_over_their_indicators_columns_and_beside_the_overall() -> None:
    text = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "เทศบาลตำบลบางทอง",
            "ตารางที่ 1 คะแนนรายตัวชี้วัด เปรียบเทียบปี 2567 และปี 2568",
            "ปีงบประมาณ\tเห\t\t\t\t\tะห\t\t\tOIT\t",
            "\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10",
            "2567\t88.40\t80.15\t86.72\t85.03\t84.60\t84.22\t81.90\t79.46\t83.33\t75.00",
            "2568\t91.24\t84.67\t89.10\t87.35\t88.92\t86.40\t83.15\t82.71\t91.67\t87.50",
            "",
            "ตารางที่ 2 คะแนนรายแบบวัด คะแนน ITA และระดับผลการประเมิน",
            "ปีงบประมาณ\tแห\tEIT\tOIT\tคะแนน โล\tระดับ",
            "2567\t84.98\t81.86\t79.17\t81.72\tB",
            "2568\t88.26\t84.09\t89.59\t87.54\tA",
        ]
    )
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages(text), ItaScore)}
    assert scores[(2567, "IIT", 5)] == Decimal("84.60")
    assert scores[(2568, "EIT", 8)] == Decimal("82.71")
    assert scores[(2568, "OIT", 10)] == Decimal("87.50")
    assert scores[(2567, "IIT", None)] == Decimal("84.98")
    assert scores[(2568, "ITA", None)] == Decimal("87.54")
    assert len([k for k in scores if k[2] is not None]) == 20


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("3. นายวิโรจน์ ทองสุข", "นายช่างโยธาชำนาญงาน", "3. นายวิโรจน์ ทองสุข นายช่างโยธาชำนาญงาน"),
        ("2. นายภาณุพงศ์ จันทร์แก้ว", "นิติกรปฏิบัติการ", "2. นายภาณุพงศ์ จันทร์แก้ว นิติกรปฏิบัติการ"),
        ("1. นางอรุณี เพชรสุวรรณ", "ผู้อ\u0e4d\u0e32นวยการกองคลัง", "1. นางอรุณี เพชรสุวรรณ ผู้อ\u0e4d\u0e32นวยการกองคลัง"),
        # guard: a word wrapped inside a post still joins without a space
        ("ผู้อำนวยการกอง", "คลัง", "ผู้อำนวยการกองคลัง"),
    ],
)
def test_a_post_wrapped_under_a_whole_name_is_a_word_of_its_own(head: str, tail: str, joined: str) -> None:
    from pipeline.normalize import join_wrapped

    assert join_wrapped(head, tail) == joined


def test_a_sheets_numbered_dimension_field_ends_its_name_and_a_timetable_under_its_period() -> None:
    from schemas import ProjectSheet

    sheet = "\n".join(
        [
            "                          รายละเอียดโครงการ/กิจกรรม/มาตรการ",
            "1. ชื่อโครงการ  โครงการจัดทำป้ายและกล่องรับเรื่องร้องเรียนการทุจริตประจำหมู่บ้าน",
            "2. มิติที่ 3  การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
            "3. หลักการและเหตุผล",
            "          ประชาชนในหมู่บ้านบนพื้นที่สูงเดินทางมาที่ทำการได้ยาก",
            "4. วัตถุประสงค์",
            "          4.1 เพื่อเพิ่มช่องทางให้ประชาชนแจ้งเบาะแสการทุจริต",
            "5. กลุ่มเป้าหมาย",
            "          ประชาชนทั้ง 11 หมู่บ้าน",
            "6. วิธีดำเนินการ",
            "          6.1 จัดทำป้ายไวนิลสองภาษา 4 ป้าย",
            "7. ระยะเวลาดำเนินการ",
            "          ตุลาคม 2568 - กันยายน 2569 (ตามตาราง)",
            "กิจกรรม\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4",
            "\tต.ค.-ธ.ค. 68\tม.ค.-มี.ค. 69\tเม.ย.-มิ.ย. 69\tก.ค.-ก.ย. 69",
            "1. จัดซื้อและติดตั้ง\t✓\t\t\t",
            "2. เปิดกล่องและรายงานผล\t✓\t✓\t✓\t✓",
            "8. งบประมาณ",
            "          7,250.50 บาท",
            "9. ผู้รับผิดชอบโครงการ",
            "          สำนักปลัด",
        ]
    )
    sheets = rows_of(parse_pages(sheet), ProjectSheet)
    assert [(s.name, s.period) for s in sheets] == [
        ("โครงการจัดทำป้ายและกล่องรับเรื่องร้องเรียนการทุจริตประจำหมู่บ้าน", "ตุลาคม 2568 - กันยายน 2569 (ตามตาราง)")
    ]


def test_a_duty_rosters_appointing_sentence_wrapped_before_its_lead() -> None:
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลผาทอง",
            "ที่ 412/2568",
            "เรื่อง  แต่งตั้งเจ้าหน้าที่อยู่เวรยามรักษาความปลอดภัย งานประเพณีลอยกระทง ประจำปี 2568",
            "          ด้วยองค์การบริหารส่วนตำบลผาทอง กำหนดจัดงานประเพณีลอยกระทง ประจำปี 2568 ณ ลานวัฒนธรรม",
            "อาศัยอำนาจตามความในมาตรา 60 แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
            "และที่แก้ไขเพิ่มเติม จึงแต่งตั้งเจ้าหน้าที่อยู่เวรยามรักษาความปลอดภัยในงานประเพณีลอยกระทง",
            "ประจำปี 2568 ดังนี้",
            "ที่\tวัน เดือน ปี\tเวลา\tชื่อ - สกุล\tตำแหน่ง\tหน้าที่",
            "1\t5 พ.ย. 68\t\tนางจันทร์เพ็ญ สุยะ\tหัวหน้าสำนักปลัด\tหัวหน้าเวร",
            "2\t\t08.30-16.30 น.\tนายสมศักดิ์ ปัญญาดี\tพนักงานขับรถยนต์\tผู้อยู่เวร",
            "          สั่ง ณ วันที่ 1 พฤศจิกายน พ.ศ. 2568",
        ]
    )
    # (the wrap joins as Thai wraps, without a space)
    assert {g for g, *_ in _members(text)} == {"เจ้าหน้าที่อยู่เวรยามรักษาความปลอดภัยในงานประเพณีลอยกระทงประจำปี 2568"}


# --- guards from this round's reviews (documents in tests/fixtures/round59_guards) -----------------

GUARDS = Path(__file__).parent / "fixtures" / "round59_guards"


def _guard(name: str) -> list:  # type: ignore[type-arg]
    return parse_file_pages(GUARDS / name)


def _groups(name: str) -> dict[str | None, int]:
    from collections import Counter

    return dict(Counter(m.group_name for m in rows_of(_guard(name), CommitteeMember)))


def test_guard_prose_members_leave_posts_named_by_nai_and_the_next_groups_alone() -> None:
    # ``ประกอบด้วย นายกเทศมนตรีเป็นประธาน...`` (a post, no person), ``นายอำเภอ...``; a paragraph
    # that runs into an unnumbered next group or into its members' own rows
    assert _groups("p05_narrator_nayok.txt")["คณะกรรมการกองทุนหลักประกันสุขภาพ"] == 4
    assert _groups("p08_nai_amphoe.txt")["คณะกรรมการที่ปรึกษา"] == 2
    assert _groups("p06_prose_then_oneline_members.txt")["คณะกรรมการตรวจรับพัสดุ"] == 3
    assert _groups("p04_prose_no_end_then_paren.txt") == {"คณะกรรมการอำนวยการ": 2, "คณะกรรมการฝ่ายสถานที่": 3}


def test_guard_a_committees_name_that_speaks_of_a_change_keeps_it() -> None:
    assert set(_groups("p10_amended_name.txt")) == {
        "คณะกรรมการติดตามและประเมินผล หลังการเปลี่ยนแปลงโครงสร้างส่วนราชการ",
        "คณะกรรมการตรวจสอบข้อเท็จจริง ภายหลังการแก้ไขสัญญาจ้าง",
    }
    assert any(g and g.endswith("ที่แก้ไขแล้ว") for g in _groups("p11_amended_plain.txt"))


def _scores(name: str) -> dict[tuple[int | None, str, int | None], Decimal]:
    return {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(_guard(name), ItaScore)}


def test_guard_ita_a_target_year_indicator_columns_full_marks_targets_and_prose_after_a_table() -> None:
    assert {year for year, _, no in _scores("y1_target_year.txt") if no} == {2568}
    for name in ("g7_grouped_garbled.txt", "g8_iit_ita.txt"):
        scores = _scores(name)
        indicators = {(year, value) for (year, _, no), value in scores.items() if no is not None}
        totals = {(year, value) for (year, _, no), value in scores.items() if no is None}
        assert indicators and not indicators & totals  # no indicator's score taken for an instrument's
    assert Decimal("100") not in _scores("m1_fullmarks.txt").values()
    assert Decimal("85") not in _scores("m5_target.txt").values()
    assert _scores("m8_prose_after.txt")[(2567, "ITA", None)] == Decimal("80.45")


def _repaired(name: str) -> list[str]:
    return [ocr.repair_ocr_text(page) for page in (GUARDS / name).read_text(encoding="utf-8").split("\f")]


def test_guard_ocr_repairs_leave_wrapped_number_lists_counts_words_team_numbers_and_decimals() -> None:
    from schemas import Agenda

    items = {a.item_no for a in rows_of(parse_pages(*_repaired("d13_minutes_thai.txt")), Agenda)}
    assert "2.4" not in items and "2.2" in items
    eit = [s.score for s in rows_of(parse_pages(*_repaired("d6_ita_years_down_rank.txt")), ItaScore) if s.instrument == "EIT"]
    assert eit and all(score > 50 for score in eit)
    positions = [m.position for m in rows_of(parse_pages(*_repaired("d7_order_lawyer.txt")), CommitteeMember)]
    assert any(p and p.startswith("ทนายความ") for p in positions)
    assert "ขอนายก" in "".join(_repaired("d9_minutes_mi.txt"))
    team = rows_of(parse_pages(*_repaired("d16_order_ita_team.txt")), CommitteeMember)
    assert len(team) == 3 and all(m.group_name for m in team)
    assert "0.50" in "".join(_repaired("d17_first_row_decimal.txt"))


def test_guard_a_numbered_rows_cells_that_open_alike_still_wrap() -> None:
    from pipeline import layout

    def row(top: float, pieces: list[tuple[float, str]], number_end: float | None = None) -> layout.PieceRow:
        return layout.PieceRow(
            pieces=[(x, x + 4.5 * len(t), t) for x, t in pieces], top=top, bottom=top + 10, size=10.0, number_end=number_end
        )

    rows = [
        row(100, [(40, "1."), (60, "โครงการอบรมส่งเสริมคุณธรรม"), (200, "ร้อยละ 80 ของผู้เข้าร่วม"), (330, "ไตรมาสที่ 1"), (400, "สำนักปลัด")], 55),
        row(114, [(60, "จริยธรรมแก่พนักงานเทศบาล"), (200, "ร้อยละ 85 มีความพึงพอใจ"), (330, "ไตรมาสที่ 3")]),
    ]
    assert len(layout.join_wrapped_rows(rows, lambda t: False, lambda a, b: a + b)) == 1


def test_a_scans_wrap_between_this_years_score_and_last_years_and_an_indented_weights_header() -> None:
    text = "\n".join(
        [
            "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "องค์การบริหารส่วนตำบลห้วยทอง",
            "2. ผลการประเมินภาพรวม",
            "           องค์การบริหารส่วนตำบลห้วยทอง ได้คะแนน 84.56 คะแนน อยู่ในระดับ B ยังไม่ผ่าน",
            "           เกณฑ์การประเมิน",
            "(85 คะแนนขึ้นไป) แต่เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2567ซึ่งได้79.52 คะแนน ระดับ Bจำนวน",
            "5.04 คะแนน",
            "3. ผลคะแนนรายแบบวัด",
            "     แบบวัด                                              น้าหนัก        คะแนน รระดับ",
            "     แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)          ร้อยละ30      87.40     A",
            "     แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)         ร้อยละ30      81.52     B",
            "4. ผลคะแนนรายตัวชี้วัด",
            "     ตัวชี้วัด                                           แบบวัด     คะแนน    ระดับ",
            "     ตัวชี้วัดที่1          การปฏิบัติหน้าที่                             IIT         93.86       A",
            "     ตัวชี้วัดที่2          การใช้งบประมาณ                             IIT         84.20       B",
        ]
    )
    scores = {(s.fiscal_year, s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages(text), ItaScore)}
    assert scores[(2568, "IIT", None)] == Decimal("87.40")
    assert scores[(2568, "EIT", None)] == Decimal("81.52")
    assert scores[(2568, "IIT", 1)] == Decimal("93.86")
    assert scores[(2567, "ITA", None)] == Decimal("79.52")


def test_guard_an_ita_levels_table_under_a_numbered_list_keeps_its_levels() -> None:
    # heldout52 07 (copier): ``AA | 95.00 100 | ผ่าน`` under ``๑) ... ๒) ... ๓)`` read ``๕๕``
    rows = [
        _letters("๑)", 394, 100) + _letters("แบบวัด", 530, 100),
        _letters("๒)", 394, 200) + _letters("แบบวัด", 530, 200),
        _letters("๓)", 394, 300) + _letters("แบบตรวจ", 530, 300),
    ]
    column = ocr._number_column(rows, 36)
    assert column is not None
    for level in ("AA", "A", "B"):
        assert ocr._in_number_column([ocr.Word(394, 400, 40, 36, 80.0, level), *_letters("95.00", 530, 400)], column, 36) == []


def test_guard_a_wrapped_brackets_latin_at_the_lists_margin_is_no_number() -> None:
    # heldout50 05 (200 dpi): ``(IIT และ EIT)`` wrapped under a ``๓)`` item, read ``was EIT)``: ``was๕๕๕๕``
    rows = [_letters("๑)", 394, 100) + _letters("กำหนด", 530, 100), _letters("๒)", 394, 200) + _letters("มอบ", 530, 200)]
    rows.append(_letters("๓)", 394, 300) + _letters("ประชา", 530, 300))
    column = ocr._number_column(rows, 36)
    assert column is not None
    assert ocr._in_number_column([ocr.Word(394, 400, 60, 36, 70.0, "was"), *_letters("EIT)", 530, 400)], column, 36) == []


def test_guard_specks_read_as_a_row_under_a_dashed_rule_are_no_numbered_row() -> None:
    # heldout55 02 (200 dpi): ``ซ่ 4 aA ข่`` at the list's margin read ``๔๒``, and the row survived
    rows = [_letters("๑.", 326, 100) + _letters("นายสมพงษ์", 460, 100), _letters("๒.", 326, 200) + _letters("นางสาวสุดา", 460, 200)]
    rows.append(_letters("๓.", 326, 300) + _letters("นายอารีย์", 460, 300))
    column = ocr._number_column(rows, 36)
    assert column is not None
    specks = [ocr.Word(326, 50, 24, 36, 40.0, "ซ่"), ocr.Word(406, 50, 23, 36, 40.0, "4"), ocr.Word(1417, 50, 23, 36, 30.0, "aA")]
    assert ocr._in_number_column([*specks, ocr.Word(1477, 50, 23, 36, 30.0, "ข่")], column, 36) == []


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("ปีงบประมาณ /\tIIT\t\tEIT\t\tOIT", "ปีงบประมาณ\tIIT\t\tEIT\t\tOIT"),
        # guards: a slash between words, and a date's
        ("กอง / ฝ่าย\tกรรมการ", "กอง / ฝ่าย\tกรรมการ"),
        ("ที่ 12/2569", "ที่ 12/2569"),
    ],
)
def test_a_slash_a_scan_left_at_a_header_cells_end(read: str, repaired: str) -> None:
    assert ocr.repair_ocr_text(read) == repaired
