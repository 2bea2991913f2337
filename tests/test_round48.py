"""Round of heldout48-50 (issue 11): what the first contact with scans of documents we did not
have showed, each test failing before its fix (guards say so)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from pipeline import ocr
from tests.conftest import parse_pages
from tests.test_round28 import rows_of

SARABUN = ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"
NEEDS_FONTS = pytest.mark.skipif(
    not (ocr.TEMPLATE_FONT_DIR / "Laksaman.ttf").is_file(), reason="needs fonts-thai-tlwg"
)


def _ink(text: str, size: int = 44, thicken: bool = False) -> Image.Image:
    """``text`` in Sarabun, ink white on black, as a 300 dpi scan of 14 pt type (thickened as
    a copier's toner spreads it)."""
    image = Image.new("L", (120 + size * len(text), 3 * size), 0)
    ImageDraw.Draw(image).text((40, size // 2), text, font=ImageFont.truetype(str(SARABUN), size), fill=255)
    image = image.point(lambda v: 255 if v > 127 else 0)
    return image.filter(ImageFilter.MaxFilter(3)) if thicken else image


@NEEDS_FONTS
def test_a_four_touching_the_slash_after_it_is_cut_into_digit_and_slash() -> None:
    # ``๑๙๔/๒๕๖๘`` of a copier scan: the ๔'s tail touches the slash, one blob; cut into digits
    # alone the slash read ๐ or ๖ (``๑๙๔๖๒๕๖๘``)
    ink = _ink("๔/", thicken=True)
    box = ink.getbbox()
    assert box is not None
    glyphs = ocr.band_glyphs(ink, 0, box[1], ink.width, box[3])
    assert len(glyphs) == 1  # touching
    height = 0.78 * (box[3] - box[1])  # a digit's height: the slash stands taller
    parts = ocr.split_glyph(ink, glyphs[0], height, box[3])
    assert "".join(p.char for p in parts) == "๔/"


def _word_over(ink: Image.Image, text: str) -> ocr.Word:
    box = ink.getbbox()
    assert box is not None
    return ocr.Word(box[0] - 2, box[1] - 2, box[2] - box[0] + 4, box[3] - box[1] + 4, 68.0, text)


@NEEDS_FONTS
@pytest.mark.parametrize(("printed", "read", "mended"), [("2/2569", "272569", "2/2569"), ("1/2569", "172569", "1/2569"), ("15/2568", "1512568", "15/2568")])
def test_an_arabic_slash_read_as_a_digit_is_put_back(printed: str, read: str, mended: str) -> None:
    # ``ครั้งที่ 2/2569`` read ``272569`` (the slash a 7), then made 27/2569 by the repair that
    # puts back a lost slash
    ink = _ink(printed)
    page = ink.point(lambda v: 255 - v)  # the page: black ink on white
    assert [w.text for w in ocr.arabic_slashes([_word_over(ink, read)], page)] == [mended]


@NEEDS_FONTS
@pytest.mark.parametrize("printed", ["272569", "172569", "12568"])
def test_digits_that_are_digits_stay(printed: str) -> None:
    # guard: a number and a year printed without a slash keep their digits
    ink = _ink(printed)
    page = ink.point(lambda v: 255 - v)
    assert [w.text for w in ocr.arabic_slashes([_word_over(ink, printed)], page)] == [printed]


def _word(text: str, left: int, top: int, per_char: int = 25, height: int = 36) -> ocr.Word:
    """A word of tesseract's as a layout test places it: ``per_char`` pixels a character wide."""
    return ocr.Word(left, top, per_char * len(text), height, 90.0, text)


def _chars(text: str, left: int, top: int, step: int = 24, height: int = 36) -> list[ocr.Word]:
    """Tesseract's Thai words as it gives them: a character each."""
    return [ocr.Word(left + k * step, top, step - 2, height, 90.0, ch) for k, ch in enumerate(text)]


def test_a_year_read_as_latin_after_a_month_is_where_digits_are_expected() -> None:
    # ``ม.ค. - ก.ย. ๖๙`` in a measures table: ๖๙ read ``De`` (then dropped as a Latin tail);
    # on the same line, or wrapped to the cell's next line
    same_line = [*_chars("ก.ย.", 1000, 100), ocr.Word(1120, 102, 70, 36, 50.0, "De")]
    assert [w.text for w in ocr._years_after_months(same_line, 38)] == ["De"]
    wrapped = _chars("ม.ค.", 2050, 1240) + _chars("มี.ค.", 2190, 1240) + [ocr.Word(2054, 1336, 72, 38, 50.0, "Dev")]
    assert [w.text for w in ocr._years_after_months(wrapped, 38)] == ["Dev"]


def test_the_next_cells_words_do_not_hide_the_month() -> None:
    # ``ก.พ. - ส.ค.`` then, 1.7 letters away, the next cell's ``จำนวน...``: the cell decides
    words = _chars("ก.พ.", 2058, 2618) + _chars("ส.ค.", 2213, 2618) + _chars("จำนวน", 2360, 2618)
    words.append(ocr.Word(2058, 2714, 72, 37, 48.0, "Der"))
    cell = ocr.cells.Box(2040, 2590, 2340, 2800)
    assert [w.text for w in ocr._years_after_months(words, 38, [cell])] == ["Der"]


def test_latin_after_other_words_is_not_a_year() -> None:
    # guard: ``Line OA``, a Latin word under a line that ends in no month, a month far to the left
    words = [*_chars("บริการ", 1000, 100), ocr.Word(1160, 102, 60, 36, 90.0, "Line"), ocr.Word(1240, 102, 40, 36, 90.0, "OA")]
    words += [*_chars("ตุลาคม", 1000, 200), ocr.Word(1000, 296, 70, 36, 80.0, "Zoom")]
    words += [*_chars("ม.ค.", 100, 400), ocr.Word(900, 402, 40, 36, 80.0, "OK")]
    assert ocr._years_after_months(words, 38) == []


ROLE_CAPTION_ORDER = [
    "                                 คำสั่งเทศบาลเมืองบ่อหิน",
    "                                       ที่ ๒๑๒/๒๕๖๙",
    "  เรื่อง  แต่งตั้งคณะกรรมการติดตามการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    "        เพื่อให้การประเมินเป็นไปด้วยความเรียบร้อย",
    "จึงแต่งตั้งคณะกรรมการติดตามการประเมินคุณธรรมและความโปร่งใส ประกอบด้วย",
    "        ประธานกรรมการ",
    "            ๑. นายอำนาจ ศรีบุญ                  นายกเทศมนตรีเมืองบ่อหิน",
    "        กรรมการ",
    "            ๒. นางสาวพิมพ์ใจ ทองมา              ผู้อำนวยการกองคลัง",
    "            ๓. ผู้แทนสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดระยอง",
    "        กรรมการและเลขานุการ",
    "            ๔. นายกิตติ แก้วใส                  หัวหน้าสำนักปลัดเทศบาล",
    "        ให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้",
    "            ๑) กำหนดแนวทางการดำเนินงาน",
    "                              สั่ง  ณ  วันที่  ๒  พฤศจิกายน  พ.ศ.  ๒๕๖๘",
]


def test_a_committee_named_over_role_captions() -> None:
    """heldout50 05: ``จึงแต่งตั้งคณะกรรมการ... ประกอบด้วย`` over ``ประธานกรรมการ`` on a line of its
    own, then the members who hold it: the committee was not opened (no group name), and a
    member by post alone (``๑๑. ผู้แทนสำนักงาน...``) was no member without a role on its line."""
    from schemas import CommitteeMember

    members = rows_of(parse_pages("\n".join(ROLE_CAPTION_ORDER)), CommitteeMember)
    group = "คณะกรรมการติดตามการประเมินคุณธรรมและความโปร่งใส"
    assert [(m.group_name, m.seq, m.full_name, m.position, m.role) for m in members] == [
        (group, "1", "อำนาจ ศรีบุญ", "นายกเทศมนตรีเมืองบ่อหิน", "ประธานกรรมการ"),
        (group, "2", "พิมพ์ใจ ทองมา", "ผู้อำนวยการกองคลัง", "กรรมการ"),
        (group, "3", None, "ผู้แทนสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดระยอง", "กรรมการ"),
        (group, "4", "กิตติ แก้วใส", "หัวหน้าสำนักปลัดเทศบาล", "กรรมการและเลขานุการ"),
    ]


QUARTER_MEASURES = [
    "          มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
    "                         เทศบาลตำบลปากน้ำ อำเภอเมือง จังหวัดระยอง",
    "",
    "ที่\tมาตรการ/กิจกรรม\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\t\t\t",
    "\t\t\t\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4",
    "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (78.20 คะแนน)\t\t\t\t\t\t\t",
    "1\tจัดทำทะเบียนการยืม\tบันทึกการยืมคืนทุกครั้ง\tกองคลัง\t✓\t✓\t✓\t✓",
    "\tทรัพย์สินของราชการ\tในระบบทะเบียน\t\t\t\t\t",
    "2\tอบรมการใช้ทรัพย์สิน\tจัดอบรมบุคลากร\tสำนักปลัด\t\t✓\t\t",
]


def test_a_timetable_of_quarters_under_the_period() -> None:
    """heldout50 08: ``ระยะเวลาดำเนินการ`` over ``ไตรมาส 1 | ... | ไตรมาส 4``, ticks under them:
    the tick went to the period (``☑``) and the cells before it shifted; the ticked quarters
    are the period."""
    from schemas import Measure

    measures = rows_of(parse_pages("\n".join(QUARTER_MEASURES)), Measure)
    assert [(m.seq, m.measure, m.method, m.responsible, m.period) for m in measures] == [
        (1, "จัดทำทะเบียนการยืม ทรัพย์สินของราชการ", "บันทึกการยืมคืนทุกครั้ง ในระบบทะเบียน", "กองคลัง", "ไตรมาส 1, ไตรมาส 2, ไตรมาส 3, ไตรมาส 4"),
        (2, "อบรมการใช้ทรัพย์สิน", "จัดอบรมบุคลากร", "สำนักปลัด", "ไตรมาส 2"),
    ]


CLAUSE_MEASURES = [
    "                            ประกาศองค์การบริหารส่วนตำบลหนองไผ่",
    "                    เรื่อง  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "                ตามที่ สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใส จึงประกาศมาตรการ ดังนี้",
    "                ข้อ 1  มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
    "                    1.1  ให้กองคลังสรุปผลการจัดซื้อจัดจ้างรายเดือน",
    "                         และเผยแพร่ทางเว็บไซต์",
    "                    1.2  ให้ตอบข้อซักถามภายใน 7 วัน",
    "                ข้อ 2  มาตรการป้องกันการรับสินบน",
    "                    2.1  ห้ามรับของขวัญทุกกรณี",
    "                ให้ส่วนราชการดำเนินการตามบัญชีแนบท้ายประกาศนี้",
    "                            ประกาศ  ณ  วันที่  3  เดือน  พฤศจิกายน  พ.ศ.  2568",
    "",
    "มาตรการ\tหน่วยงานรับผิดชอบ\tระยะเวลาดำเนินการ\tการติดตามและรายงานผล",
    "ข้อ 1\tกองคลัง\tต.ค. 2568 - ก.ย. 2569\tรายงานนายก อบต.",
    "\t(งานพัสดุ)\t\tทุกไตรมาส",
    "ข้อ 2\tสำนักปลัด\tทุกเดือน\tรายงานผลรายเดือน",
    "",
    "หมายเหตุ  รายละเอียดให้เป็นไปตามประกาศข้อ 1 - ข้อ 2",
]


def test_an_annex_table_that_names_the_announcements_clauses() -> None:
    """heldout49 08: the measures are the announcement's clauses (``ข้อ 1  มาตรการ...`` over its
    sub-points); the annex table names each by its clause only (``ข้อ 1 | กองคลัง | ...``): the
    measures were read as ``ข้อ 1``, ``ข้อ 2``. The clause gives the measure and the method."""
    from schemas import Measure

    measures = rows_of(parse_pages("\n".join(CLAUSE_MEASURES)), Measure)
    assert [(m.seq, m.measure, m.method, m.responsible, m.period, m.follow_up) for m in measures] == [
        (
            1,
            "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
            "1.1 ให้กองคลังสรุปผลการจัดซื้อจัดจ้างรายเดือน และเผยแพร่ทางเว็บไซต์ 1.2 ให้ตอบข้อซักถามภายใน 7 วัน",
            "กองคลัง (งานพัสดุ)",
            "ต.ค. 2568 - ก.ย. 2569",
            "รายงานนายก อบต. ทุกไตรมาส",
        ),
        (2, "มาตรการป้องกันการรับสินบน", "2.1 ห้ามรับของขวัญทุกกรณี", "สำนักปลัด", "ทุกเดือน", "รายงานผลรายเดือน"),
    ]


HYBRID_MINUTES = [
    "              รายงานการประชุมคณะทำงานจัดทำแผนพัฒนาเทศบาลตำบลหนองบัว",
    "                                     ครั้งที่ ๓/๒๕๖๙",
    "                                วันพฤหัสบดีที่ ๑๑ มิถุนายน ๒๕๖๙",
    "          ณ ห้องประชุมเทศบาลตำบลหนองบัว และผ่านระบบการประชุมทางไกล (Zoom Meeting)",
    "ผู้มาประชุม",
    "    ประชุม ณ ห้องประชุมเทศบาลตำบลหนองบัว",
    "    ๑.  นายสมศักดิ์ ใจดี             นายกเทศมนตรีตำบลหนองบัว              ประธานคณะทำงาน",
    "    ๒.  นางสาวมาลี ทองคำ             ปลัดเทศบาล                          คณะทำงานและเลขานุการ",
    "    ประชุมผ่านระบบ Zoom Meeting",
    "    ๓.  นายเกียรติ ศรีสุข             ผู้อำนวยการกองช่าง                    คณะทำงาน",
    "        สมาชิกทั้งหมด ๔ คน มาประชุม ๓ คน ลา ๑ คน",
    "ผู้ไม่มาประชุม",
    "    ๑.  นายประเสริฐ แก้วดี           รองนายกเทศมนตรี                     คณะทำงาน",
    "เริ่มประชุมเวลา ๐๙.๓๐ น.",
    "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "        มติที่ประชุม  รับทราบ",
    "ปิดประชุมเวลา ๑๑.๓๐ น.",
    "                                      (นางสาวมาลี  ทองคำ)",
    "                                       ผู้จดรายงานการประชุม",
    "        คณะกรรมการตรวจรายงานการประชุมได้ตรวจรายงานการประชุมแล้ว",
    "                                      (นายเกียรติ  ศรีสุข)",
    "                                  ประธานคณะกรรมการตรวจรายงานการประชุม",
]


def test_present_members_captioned_by_where_they_sat() -> None:
    """heldout48 04: ``ประชุม ณ ห้องประชุม...`` and ``ประชุมผ่านระบบ Zoom Meeting``, unlettered,
    over the present members of each channel: the first caption ended the list (no one present
    was read). heldout48 03: a tally of counts with no สรุป under the list was read as the last
    member's position, and a reviewer signing as ``ประธานคณะกรรมการตรวจรายงานการประชุม`` was
    not read."""
    from schemas import Attendee, Meeting

    parsed = parse_pages("\n".join(HYBRID_MINUTES))
    attendees = rows_of(parsed, Attendee)
    assert [(a.status, a.full_name, a.position) for a in attendees] == [
        ("present", "สมศักดิ์ ใจดี", "นายกเทศมนตรีตำบลหนองบัว"),
        ("present", "มาลี ทองคำ", "ปลัดเทศบาล"),
        ("present", "เกียรติ ศรีสุข", "ผู้อำนวยการกองช่าง"),
        ("absent", "ประเสริฐ แก้วดี", "รองนายกเทศมนตรี"),
    ]
    assert [m.reviewer_name for m in rows_of(parsed, Meeting)] == ["เกียรติ ศรีสุข"]


FOUR_YEAR_PLAN = [
    "                    แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2567 - 2570)",
    "                       เทศบาลตำบลน้ำใส อำเภอเมือง จังหวัดแพร่",
    "ที่\tมิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/\tปี 2567\tปี 2568\tปี 2569\tปี 2570\tหมายเหตุ",
    "\t\t\tมาตรการ\tงบประมาณ\tงบประมาณ\tงบประมาณ\tงบประมาณ\t",
    "\t\t\t\t(บาท)\t(บาท)\t(บาท)\t(บาท)\t",
    "1\t1\t1.1 การสร้าง\tโครงการอบรมคุณธรรม\t10,000\t10,000\t12,000\t12,000\tสำนักปลัด",
    "\t\tจิตสำนึก\tแก่พนักงาน\t\t\t\t\t",
    "2\t2\t2.1 มาตรการสร้าง\tมาตรการมอบอำนาจ\tไม่ใช้\tไม่ใช้\tไม่ใช้\tไม่ใช้\tทุกกอง",
    "\t\tความโปร่งใส\tอนุมัติ อนุญาต\tงบประมาณ\tงบประมาณ\tงบประมาณ\tงบประมาณ\t",
    "\t\t\tสั่งการ\t\t\t\t\t",
    "3\t\t2.2 การใช้ดุลยพินิจ\tโครงการสำรวจความ\t5,000\t5,000\t6,000\t6,000\tกองคลัง",
    "\t\t\tพึงพอใจ\t\t\t\t\t",
    "รวมทั้งสิ้น\t\t\t3 โครงการ\t15,000\t15,000\t18,000\t18,000\t",
]


def test_a_plans_years_each_headed_budget() -> None:
    """heldout48 06: ``ปี 2567 | ... | ปี 2570`` over ``งบประมาณ`` in each year's column: those
    labels were read as budget sources, so each project's budget was its years' sum; and a
    ``ไม่ใช้`` / ``งบประมาณ`` row, wrapped in every year's cell, was taken for the header again,
    which lost the project's name lines and then its columns."""
    from schemas import Budget, Project

    parsed = parse_pages("\n".join(FOUR_YEAR_PLAN))
    projects = rows_of(parsed, Project)
    assert [(p.seq, p.name, p.budget_thb, p.remarks) for p in projects] == [
        (1, "โครงการอบรมคุณธรรม แก่พนักงาน", 10000, "สำนักปลัด"),
        (2, "มาตรการมอบอำนาจ อนุมัติ อนุญาต สั่งการ", 0, "ทุกกอง"),
        (3, "โครงการสำรวจความ พึงพอใจ", 5000, "กองคลัง"),
    ]
    rows = [(b.label, b.fiscal_year, b.amount_thb) for b in rows_of(parsed, Budget) if b.kind == "plan_row"]
    assert ("โครงการอบรมคุณธรรม แก่พนักงาน", 2570, 12000) in rows
    assert ("โครงการสำรวจความ พึงพอใจ", 2568, 5000) in rows


def test_duties_after_a_captioned_list_are_no_members() -> None:
    """Guard (heldout26 05, on this round's rule that a post alone under a role caption is a
    member): the duties numbered after the list (``(๑) คณะกรรมการ... ให้คำปรึกษา``) are none."""
    from schemas import CommitteeMember

    text = [
        *ROLE_CAPTION_ORDER[:12],
        "        ให้คณะกรรมการและคณะทำงานตามข้อ ๑ มีหน้าที่ ดังนี้",
        "            (๑) คณะกรรมการติดตาม ให้คำปรึกษา แนะนำ",
        "            (๒) คณะทำงานจัดทำแผน รวบรวมข้อมูล",
        ROLE_CAPTION_ORDER[-1],
    ]
    members = rows_of(parse_pages("\n".join(text)), CommitteeMember)
    assert [m.seq for m in members] == ["1", "2", "3", "4"]


YEAR_SUMMARY_PLAN = [
    "                    แผนปฏิบัติการป้องกันการทุจริต ระยะ 3 ปี (พ.ศ. 2569 - 2571)",
    "                                 องค์การบริหารส่วนตำบลโนนงาม",
    "ส่วนที่ 1  บัญชีสรุปจำนวนโครงการ และงบประมาณ",
    "มิติ\tชื่อมิติ\tปี 2569\t\tปี 2570\t\tปี 2571\t",
    "\t\tจำนวน\tงบประมาณ\tจำนวน\tงบประมาณ\tจำนวน\tงบประมาณ",
    "\t\tโครงการ\t(บาท)\tโครงการ\t(บาท)\tโครงการ\t(บาท)",
    "มิติที่ 1\tการสร้างสังคม\t1\t10,000\t1\t10,000\t1\t12,000",
    "\tที่ไม่ทนต่อการทุจริต\t\t\t\t\t\t",
    "มิติที่ 2\tการบริหารราชการ\t1\t-\t1\t5,000\t1\t-",
    "รวมทั้งสิ้น\t\t2\t10,000\t2\t15,000\t2\t12,000",
    "",
    "ส่วนที่ 2  รายละเอียดโครงการ",
    "ที่\tมิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี 2569\tปี 2570\tปี 2571",
    "\t\t\t\t(บาท)\t(บาท)\t(บาท)",
    "1\tมิติที่ 1\t1.1 สร้างจิตสำนึก\tโครงการอบรมคุณธรรม\t10,000\t10,000\t12,000",
    "2\tมิติที่ 2\t2.1 ความโปร่งใส\tมาตรการจัดทำคู่มือ\t-\t5,000\t-",
    "รวมทั้งสิ้น\t\t\t2 โครงการ\t10,000\t15,000\t12,000",
]


def test_a_summary_by_year_and_dimensions_named_in_their_column() -> None:
    """heldout49 06: a summary by year (``ปี 2569 | | ปี 2570 |`` over ``จำนวน | งบประมาณ``) before
    the plan's table gave one total (its dimensions' by year were not read), and the detail
    table's ``มิติที่ 1`` in the มิติ column was not read (every project took the summary's last
    dimension)."""
    from schemas import Budget, Project

    parsed = parse_pages("\n".join(YEAR_SUMMARY_PLAN))
    assert [(p.seq, p.dimension) for p in rows_of(parsed, Project)] == [(1, "1"), (2, "2")]
    totals = [(b.label, b.fiscal_year, b.amount_thb) for b in rows_of(parsed, Budget) if b.kind == "plan_total"]
    assert sorted(totals) == sorted(
        [
            ("มิติที่ 1", 2569, 10000), ("มิติที่ 1", 2570, 10000), ("มิติที่ 1", 2571, 12000),
            ("มิติที่ 2", 2569, 0), ("มิติที่ 2", 2570, 5000), ("มิติที่ 2", 2571, 0),
            ("รวมทั้งสิ้น", 2569, 10000), ("รวมทั้งสิ้น", 2570, 15000), ("รวมทั้งสิ้น", 2571, 12000),
        ]
    )  # fmt: skip


SOURCE_SUMMARY_PLAN = [
    "                    แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
    "                       องค์การบริหารส่วนจังหวัดบ้านนา",
    "3. สรุปงบประมาณจำแนกตามแหล่งงบประมาณ",
    "แหล่งงบประมาณ\tจำนวนโครงการ\tงบประมาณ (บาท)\tหมายเหตุ",
    "งบประมาณ อปท.\t1\t50,000\tข้อบัญญัติ",
    "ไม่ใช้งบประมาณ\t1\t-\t",
    "รวมทั้งสิ้น\t2\t50,000\t",
    "",
    "ที่\tมิติ\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ\tแหล่งงบประมาณ",
    "1\t1\tโครงการอบรมคุณธรรม\t50,000\tงบประมาณ อปท.",
    "2\t2\tกิจกรรมประกาศเจตจำนง\t-\tไม่ใช้งบประมาณ",
    "รวมทั้งสิ้น\t\t2 โครงการ\t50,000\t",
]


def test_a_summary_by_source_with_a_count_of_projects() -> None:
    """heldout50 06: ``แหล่งงบประมาณ | จำนวนโครงการ | งบประมาณ (บาท)``: no summary was read (a
    source summary was known only with ``จำนวนเงิน``), and its ``ไม่ใช้งบประมาณ | 1 | -`` row is
    a total of none."""
    from schemas import Budget

    totals = [(b.label, b.amount_thb) for b in rows_of(parse_pages("\n".join(SOURCE_SUMMARY_PLAN)), Budget) if b.kind == "plan_total"]
    assert totals == [("งบประมาณ อปท.", 50000), ("ไม่ใช้งบประมาณ", 0), ("รวมทั้งสิ้น", 50000)]


def test_a_head_count_by_group_names_nobody() -> None:
    """heldout49 04: a village forum's present as a head count by group (``ที่ | กลุ่ม | ชาย (คน) |
    หญิง (คน) | รวม (คน)``): each group was read as an attendee."""
    from schemas import Attendee

    text = [
        "                     รายงานการประชุมเวทีประชาคมหมู่บ้าน บ้านหนองแก หมู่ที่ 4",
        "                          วันเสาร์ที่ 7 กุมภาพันธ์ 2569  เวลา 09.00 น.",
        "ผู้มาประชุม  รวมทั้งสิ้น 40 คน จำแนกได้ ดังนี้",
        "ที่\tกลุ่ม/ประเภทผู้เข้าร่วมประชุม\tชาย (คน)\tหญิง (คน)\tรวม (คน)",
        "1\tคณะกรรมการหมู่บ้าน\t5\t3\t8",
        "2\tประชาชนทั่วไป\t15\t17\t32",
        "รวม\t\t20\t20\t40",
        "ผู้เข้าร่วมประชุม",
        "    1.  นายชาตรี บุญมา               ปลัดองค์การบริหารส่วนตำบลหนองแก",
        "เริ่มประชุมเวลา 09.00 น.",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม          รับทราบ",
    ]
    assert [(a.status, a.full_name) for a in rows_of(parse_pages("\n".join(text)), Attendee)] == [
        ("invited", "ชาตรี บุญมา")
    ]


def test_an_ex_officio_post_and_its_holder_below() -> None:
    """heldout49 05: ``2.1  ปลัด อบต.... (โดยตำแหน่ง)   ประธานกรรมการ`` over ``(นายไพโรจน์ ศรีสุวรรณ)``:
    the holder was read; the position kept ``(โดยตำแหน่ง)``, which says how the post sits on the
    committee, not what the post is."""
    from schemas import CommitteeMember

    text = [
        "                             คำสั่งองค์การบริหารส่วนตำบลหนองแก",
        "                                     ที่  21/2569",
        "เรื่อง    แต่งตั้งคณะกรรมการพัฒนาองค์การบริหารส่วนตำบลหนองแก",
        "                ข้อ 1  แต่งตั้งคณะกรรมการพัฒนาองค์การบริหารส่วนตำบลหนองแก ประกอบด้วย",
        "                1.1   ปลัดองค์การบริหารส่วนตำบลหนองแก (โดยตำแหน่ง)         ประธานกรรมการ",
        "                      (นายไพโรจน์ ศรีสุวรรณ)",
        "                1.2   นายสมาน โพธิ์กลาง       สมาชิกสภา อบต. หมู่ที่ 3         กรรมการ",
        "                              สั่ง  ณ  วันที่  2  เดือน  มีนาคม  พ.ศ.  2569",
    ]
    members = rows_of(parse_pages("\n".join(text)), CommitteeMember)
    assert [(m.seq, m.full_name, m.position, m.role) for m in members] == [
        ("1.1", "ไพโรจน์ ศรีสุวรรณ", "ปลัดองค์การบริหารส่วนตำบลหนองแก", "ประธานกรรมการ"),
        ("1.2", "สมาน โพธิ์กลาง", "สมาชิกสภา อบต. หมู่ที่ 3", "กรรมการ"),
    ]


def test_a_withdrawal_allowed_to_someone_named() -> None:
    """heldout49 03: ``อนุญาตให้ผู้บริหารถอนญัตติ``: who withdraws the motion named between the
    words read it as approved (อนุญาต); nothing is approved. A withdrawal sent back for
    reconsideration (heldout21's ``... เพื่อนำกลับไปพิจารณา``) stays deferred."""
    from parsers.minutes import outcome_of

    assert outcome_of("อนุญาตให้ผู้บริหารถอนญัตติ") == "other"
    assert outcome_of("อนุญาตให้ถอนญัตติ เป็นเอกฉันท์") == "other"
    assert outcome_of("อนุญาตให้ฝ่ายบริหารถอนญัตติ เพื่อนำกลับไปพิจารณาและเสนอใหม่") == "deferred"


def test_ita_rows_with_counts_and_wrapped_survey_names() -> None:
    """heldout49 07: ``ตัวชี้วัดที่ 9 ... | O1 - O24 | 24 | 23 | 1 | 95.83``: the count of items was
    read as the score (24.00). heldout48 07: ``2 | แบบวัดการรับรู้ของผู้มีส่วนได้ | 86.00`` over
    ``| ส่วนเสียภายนอก (EIT)``: read as IIT's indicator 2 (its number), which then hid the real
    indicator 2's score."""
    from schemas import ItaScore

    text = [
        "                รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "                                 เทศบาลตำบลดอยงาม",
        "ที่\tเครื่องมือการประเมิน\tคะแนนที่ได้\tน้ำหนัก (ร้อยละ)\tคะแนนถ่วงน้ำหนัก",
        "1\tแบบวัดการรับรู้ของผู้มีส่วนได้\t88.00\t30\t26.40",
        "\tส่วนเสียภายใน (IIT)\t\t\t",
        "2\tแบบวัดการรับรู้ของผู้มีส่วนได้\t84.00\t30\t25.20",
        "\tส่วนเสียภายนอก (EIT)\t\t\t",
        "3\tแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\t90.00\t40\t36.00",
        "",
        "ตัวชี้วัดที่\tชื่อตัวชี้วัด\tคะแนน",
        "1\tการปฏิบัติหน้าที่\t91.00",
        "2\tการใช้งบประมาณ\t82.50",
        "",
        "ตัวชี้วัด\tข้อคำถาม\tจำนวนข้อ\tผ่าน\tไม่ผ่าน\tคะแนน",
        "ตัวชี้วัดที่ 9  การเปิดเผยข้อมูล\tO1 - O24\t24\t23\t1\t95.83",
    ]
    scores = {(s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages("\n".join(text)), ItaScore)}
    assert scores[("IIT", None)] == 88 and scores[("EIT", None)] == 84 and scores[("OIT", None)] == 90
    assert scores[("IIT", 2)] == Decimal("82.50")
    assert scores[("OIT", 9)] == Decimal("95.83")


def test_meeting_titles_with_their_place_and_under_a_running_header() -> None:
    """heldout50 02, heldout49 04: a district's network, a village's forum: the district and
    province are the title's (only an office's address after its name ends a title). heldout50
    03: a running header over the first page's own title was joined to it."""
    from parsers.grammar import heading_title

    assert heading_title(
        ["รายงานการประชุมร่วม", "คณะทำงานเครือข่ายต้านการทุจริต อำเภอบ้านฉาง จังหวัดระยอง", "ครั้งที่ 1/2569"]
    ) == "รายงานการประชุมร่วม คณะทำงานเครือข่ายต้านการทุจริต อำเภอบ้านฉาง จังหวัดระยอง"
    assert heading_title(
        ["รายงานการประชุมสภาเทศบาลตำบลหนองบัว อำเภอเมือง จังหวัดระยอง", "สมัยสามัญ สมัยที่ 2"]
    ) == "รายงานการประชุมสภาเทศบาลตำบลหนองบัว"  # (guard: the office's address)
    assert heading_title(
        ["รายงานการประชุมคณะกรรมการพัฒนา อบจ.บ้านนา ครั้งที่ 3/2569", "รายงานการประชุมคณะกรรมการพัฒนา", "องค์การบริหารส่วนจังหวัดบ้านนา", "ครั้งที่ 3/2569"]
    ) == "รายงานการประชุมคณะกรรมการพัฒนา องค์การบริหารส่วนจังหวัดบ้านนา"


def test_a_distribution_list_under_the_signature_is_no_post() -> None:
    """heldout50 01: ``บัญชีแจกจ่าย`` under the signer's post was read as the post's last line."""
    from schemas import Memo

    text = [
        "                                  บันทึกข้อความ",
        "ส่วนราชการ  สำนักปลัดเทศบาล  งานนิติการ  โทร. ๐ ๓๘๒๗ ๔๔๑๕",
        "ที่  ชบ ๕๒๐๐๑/ว ๒๑๗                    วันที่  ๒  มีนาคม  ๒๕๖๙",
        "เรื่อง  ขอเชิญประชุมเตรียมความพร้อมรับการประเมิน ITA",
        "เรียน  ผู้อำนวยการสำนัก/กองทุกสำนัก/กอง",
        "        ด้วยเทศบาลจะจัดประชุมเตรียมความพร้อม จึงเรียนมาเพื่อโปรดทราบ",
        "                                      (นายวีระ ทองดี)",
        "                                  รองปลัดเทศบาล รักษาราชการแทน",
        "                                   ปลัดเทศบาลนครบ้านนา",
        "บัญชีแจกจ่าย",
        "    ๑. สำนักปลัดเทศบาล                          ๒. สำนักคลัง",
    ]
    memos = rows_of(parse_pages("\n".join(text)), Memo)
    assert [m.signer_position for m in memos] == ["รองปลัดเทศบาล รักษาราชการแทน ปลัดเทศบาลนครบ้านนา"]


def test_a_merged_header_cell_keeps_the_tables_columns() -> None:
    """heldout50 06, copier scan: the header's second row prints ``(บาท)`` over the budget and
    the (blank) source column, one merged cell with no ruling between; its quarter labels then
    stood a cell left of the data rows' ticks, and every tick went to the next quarter. The
    table's columns (rulings that cross two rows or more) place each row's cells."""
    header = ocr.cells.RuledRow(100, 160, (0, 300, 600, 700, 800))  # (บาท) over two columns
    data = ocr.cells.RuledRow(165, 225, (0, 300, 450, 600, 700, 800))
    data2 = ocr.cells.RuledRow(230, 290, (0, 300, 450, 600, 700, 800))
    columns = ocr.table_columns([header, data, data2], 40)
    line = ocr._Line([_word("(บาท)", 310, 110, 40, 40), _word("1", 620, 110, 40, 40), _word("2", 720, 110, 40, 40)], list(header.rules), 130, header)
    assert ocr._ruled_row([line], 40, None, columns[id(header)]).split("\t") == ["", "(บาท)", "", "1", "2"]
    row = ocr._Line([_word("120", 310, 175, 40, 40), _word("อปท.", 460, 175, 40, 40), _word("✓", 720, 175, 40, 40)], list(data.rules), 195, data)
    assert ocr._ruled_row([row], 40, None, columns[id(data)]).split("\t") == ["", "120", "อปท.", "", "✓"]


def test_an_orders_title_with_its_last_letter_read_twice() -> None:
    """heldout50 05, copier scan: ``คำสั่งงเทศบาลนครแหลมทะเล``: no order was found."""
    assert ocr.repair_ocr_text("          คำสั่งงเทศบาลนครบ้านนา") == "          คำสั่งเทศบาลนครบ้านนา"
    # (as tesseract writes SARA AM, NIKHAHIT and SARA AA)
    assert ocr.repair_ocr_text("คํ\u0e32สั่งงเทศบาลนครบ้านนา".replace("ํ\u0e32", "\u0e4d\u0e32")) == "คำสั่งเทศบาลนครบ้านนา"
    assert ocr.repair_ocr_text("คำสั่งงานก่อสร้าง") == "คำสั่งงานก่อสร้าง"  # (guard)


def test_a_years_middle_digits_run_together() -> None:
    """heldout48 03 and 06, 200 dpi: ``พ.ศ. ๒๕๖๗`` read ``พ.ศ. ๒๘๗`` (๕๖ run together, one ๘): a
    three-digit year after พ.ศ., ปีงบประมาณ or a month, the page's year but for that."""
    text = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\nเมื่อวันที่ ๓๐ เมษายน ๒๘๙ จำนวน ๒๔,๘๐๐ บาท\nรวม ๒๘๙ คน"
    assert ocr.repair_years(text) == "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\nเมื่อวันที่ ๓๐ เมษายน ๒๕๖๙ จำนวน ๒๔,๘๐๐ บาท\nรวม ๒๘๙ คน"


# --- guards from the review of this round's rules (each reproduced a misfire of a first version) ---


def test_guard_a_plans_own_header_opening_with_its_dimension_is_no_summary() -> None:
    """``มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2569 | ปี 2570 | ...``: the plan's table (a project's
    column, no blank after each year), not a summary by year; its projects are read."""
    from schemas import Project

    text = [
        "                    แผนปฏิบัติการป้องกันการทุจริต 3 ปี (พ.ศ. 2569 - 2571)",
        "                       องค์การบริหารส่วนตำบลหนองไผ่ อำเภอเมือง จังหวัดแพร่",
        "มิติ\tโครงการ/กิจกรรม/มาตรการ\tปี 2569\tปี 2570\tปี 2571\tหมายเหตุ",
        "\t\t(บาท)\t(บาท)\t(บาท)\t",
        "1\t1. โครงการอบรมคุณธรรมจริยธรรม\t20,000\t20,000\t20,000\tสำนักปลัด",
        "2\t2. มาตรการประกาศเจตจำนงสุจริต\t-\t-\t-\tไม่ใช้งบประมาณ",
        "รวม\t2 โครงการ\t20,000\t20,000\t20,000\t",
    ]
    assert len(rows_of(parse_pages("\n".join(text)), Project)) == 2


def test_guard_duties_after_captions_in_other_words_are_no_members() -> None:
    """``ทั้งนี้ ให้คณะทำงานดำเนินการ ดังนี้`` / ``๑. ศึกษา วิเคราะห์...``: duties, not posts under the
    last role caption."""
    from schemas import CommitteeMember

    text = [
        "                                 คำสั่งองค์การบริหารส่วนตำบลหนองไผ่",
        "                                       ที่ ๑๑๕/๒๕๖๘",
        "  เรื่อง  แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "        ๑. คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต ประกอบด้วย",
        "        ประธานคณะทำงาน",
        "            ๑.๑ นายสมชาย ใจดี                  นายก อบต.หนองไผ่",
        "        คณะทำงานและเลขานุการ",
        "            ๑.๒ นางมาลี ศรีสุข                  หัวหน้าสำนักปลัด",
        "        ทั้งนี้ ให้คณะทำงานดำเนินการ ดังนี้",
        "            ๑. ศึกษา วิเคราะห์ข้อมูลความเสี่ยงการทุจริต",
        "            ๒. ปฏิบัติหน้าที่อื่นตามที่ได้รับมอบหมาย",
        "                              สั่ง  ณ  วันที่  ๒  พฤศจิกายน  พ.ศ.  ๒๕๖๘",
    ]
    assert [m.seq for m in rows_of(parse_pages("\n".join(text)), CommitteeMember)] == ["1.1", "1.2"]


def test_guard_an_integer_score_before_a_decimal_average_stays() -> None:
    """``96 | 93.52`` (the score, the national average): the score is 96; only counts of items
    that add up (``24 | 23 | 1``) give way to the decimal score after them."""
    from schemas import ItaScore

    text = [
        "                รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "                                 เทศบาลตำบลดอยงาม",
        "ตัวชี้วัดที่\tชื่อตัวชี้วัด\tคะแนนที่ได้\tคะแนนเฉลี่ยระดับประเทศ",
        "1\tการปฏิบัติหน้าที่\t96\t93.52",
        "3\tการใช้อำนาจ\t100\t97.25",
    ]
    scores = {s.indicator_no: s.score for s in rows_of(parse_pages("\n".join(text)), ItaScore)}
    assert scores == {1: Decimal("96.00"), 3: Decimal("100.00")}


def test_guard_a_sign_in_list_without_titles_is_read() -> None:
    """``1 | สมชาย ใจดี | 45 | 4`` (name, house number, village): people, not a head count (whose
    last number is the sum of the others)."""
    from schemas import Attendee

    text = [
        "                     รายงานการประชุมประชาคมหมู่บ้าน บ้านหนองแก หมู่ที่ 4",
        "                          วันเสาร์ที่ 7 กุมภาพันธ์ 2569  เวลา 09.00 น.",
        "ผู้มาประชุม",
        "ที่\tชื่อ - สกุล\tบ้านเลขที่\tหมู่ที่",
        "1\tสมชาย ใจดี\t45\t4",
        "2\tมาลี ทองคำ\t112\t4",
        "เริ่มประชุมเวลา 09.00 น.",
        "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "มติที่ประชุม          รับทราบ",
    ]
    assert [a.full_name for a in rows_of(parse_pages("\n".join(text)), Attendee)] == ["สมชาย ใจดี", "มาลี ทองคำ"]


def test_guard_an_offices_address_with_its_name_spaced() -> None:
    from parsers.grammar import heading_title

    assert heading_title(["รายงานการประชุมสภาเทศบาลตำบล บ้านนา อำเภอเมือง จังหวัดแพร่", "สมัยสามัญ สมัยที่ ๒"]) == (
        "รายงานการประชุมสภาเทศบาลตำบล บ้านนา"
    )
    assert heading_title(["รายงานการประชุมคณะกรรมการสถานศึกษา โรงเรียนบ้านหนองแก อำเภอเมือง จังหวัดระยอง"]) == (
        "รายงานการประชุมคณะกรรมการสถานศึกษา โรงเรียนบ้านหนองแก"
    )


def test_guard_quarters_under_the_follow_up_and_dates_in_quarter_cells() -> None:
    """Quarters under ``การรายงานผล`` are the follow-up's (no timetable); a date written in a
    quarter's cell under the period is the period."""
    from schemas import Measure

    head = ["          มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569", ""]
    follow = [
        "ที่\tมาตรการ/กิจกรรม\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tการรายงานผล\t\t\t",
        "\t\t\t\t\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4",
        "1\tจัดทำทะเบียนการยืม\tบันทึกการยืมคืนทุกครั้ง\tกองคลัง\tตลอดปีงบประมาณ\t✓\t✓\t✓\t✓",
    ]
    measures = rows_of(parse_pages("\n".join(head + follow)), Measure)
    assert [(m.period, m.follow_up is not None) for m in measures] == [("ตลอดปีงบประมาณ", True)]
    dated = [
        "ที่\tมาตรการ/กิจกรรม\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\t\t\t",
        "\t\t\t\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4",
        "1\tจัดทำทะเบียนการยืม\tบันทึกการยืมคืนทุกครั้ง\tกองคลัง\tต.ค. 68\t\t\t",
    ]
    assert [m.period for m in rows_of(parse_pages("\n".join(head + dated)), Measure)] == ["ต.ค. 68"]


def test_guard_an_acronym_after_a_month_is_no_year() -> None:
    words = [*_chars("ส.ค.", 1000, 100), ocr.Word(1120, 102, 80, 36, 90.0, "OIT"), ocr.Word(1250, 102, 60, 36, 90.0, "TV")]
    assert ocr._years_after_months(words, 38) == []


def test_a_scanned_quarters_row_and_its_ticks() -> None:
    """heldout50 08, copier scan: ``ไตรมาสศุ`` for ไตรมาส 4, the period's label cut over two cells
    (``ระยะเวลา | จำเนินการ``) and ticks read ``%/``, ``/%/``: no timetable was read."""
    from schemas import Measure

    text = [
        "          มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
        "",
        "ทิ\tมาตรการ/กิจกรรม\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tจำเนินการ",
        "\t\t\t\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาสศุ",
        "1\tเผยแพร่แผนการใช้จ่ายงบประมาณ\tจัดทำรายงานผลการใช้จ่าย\tกองคลัง\t✓\t%/\t/%/\t✓",
        "2\tเปิดโอกาสให้ประชาชนมีส่วนร่วม\tแต่งตั้งตัวแทนชุมชน\tกองช่าง\t\t✓\t✓",
    ]
    assert [m.period for m in rows_of(parse_pages("\n".join(text)), Measure)] == [
        "ไตรมาส 1, ไตรมาส 2, ไตรมาส 3, ไตรมาส 4",
        "ไตรมาส 2, ไตรมาส 3",
    ]


def test_a_subtotals_number_carried_over_a_page_break() -> None:
    """heldout48 06, Chromium: ``รวมมิติที่`` ends page 2 and its ``2`` opens page 3 (the row's
    cell cut by the page break): the dimension's totals were labelled without their number."""
    from schemas import Budget

    page1 = "\n".join(
        [
            "                    แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
            "ที่\tมิติ\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\tหมายเหตุ",
            "1\t1\tโครงการอบรมคุณธรรม\t20,000\tสำนักปลัด",
            "รวมมิติที่ 1\t\t1 โครงการ\t20,000\t",
            "2\t2\tโครงการสำรวจความพึงพอใจ\t25,000\tกองคลัง",
            "รวมมิติที่\t\t1 โครงการ\t25,000\t",
        ]
    )
    page2 = "\n".join(["2\t\t\t\t", "รวมทั้งสิ้น\t\t2 โครงการ\t45,000\t"])
    totals = [(b.label, b.amount_thb) for b in rows_of(parse_pages(page1, page2), Budget) if b.kind == "plan_total"]
    assert ("รวมมิติที่ 2", 25000) in totals and ("รวมมิติที่", 25000) not in totals


def test_a_scanned_summary_by_year() -> None:
    """heldout49 06, copier scan: ``งบประมา ณ`` (a space in the label), ``มิติที่`` with its digit
    lost, a year's budget blank beside its count (the dash lost): no summary was read."""
    from schemas import Budget

    text = [
        "                    แผนปฏิบัติการป้องกันการทุจริต ระยะ 3 ปี (พ.ศ. 2569 - 2571)",
        "มิติ\tชื่อมิติ\tปี2569\t\tปี2570\t\tปี2571",
        "\t\tจำนวน\tงบประมา ณ\tจำนวน\tงบประมา ณ\tจำนวน\tงบประมาณ",
        "\t\tโครงการ\t(บาท)\tโครงการ\t(บาท)\tโครงการ\t(บาท)",
        "มิติที่\tการสร้างสังคม\t3\t50,000\t3\t50,000\t3\t55,000",
        "มิติที่ 2\tการบริหารราชการเพื่อ\t2\t\t2\t10,000\t2",
    ]
    totals = {(b.label, b.fiscal_year): b.amount_thb for b in rows_of(parse_pages("\n".join(text)), Budget)}
    assert totals[("มิติที่ 1", 2571)] == 55000 and totals[("มิติที่ 2", 2569)] == 0 and totals[("มิติที่ 2", 2570)] == 10000


def test_a_thai_abbreviation_read_as_latin_in_a_cell_is_read_again() -> None:
    """heldout49 08, copier scan: ``ต.ค. 2568`` read ``A.A. 2568`` in a ruled cell (the page's
    Latin pieces were read again with the Thai model outside tables only): the cell's dotted
    Latin word beside a year is a piece to read again. (The re-reading itself: tesseract, on
    the scans the fidelity runs measure.)"""
    words = [ocr.Word(100, 100, 60, 36, 91.0, "A.A."), ocr.Word(180, 100, 90, 36, 95.0, "2568")]
    assert len(ocr.abbreviations_as_latin(words)) == 1
    numbers = [ocr.Word(100, 100, 60, 36, 91.0, "1.2."), ocr.Word(180, 100, 90, 36, 95.0, "2568")]
    assert ocr.abbreviations_as_latin(numbers) == []  # (guard: a section's number)


def test_a_guillemet_is_where_a_digit_stands() -> None:
    """heldout45 02 at 200 dpi (and 46, 47): ``มาประชุม «คน`` for ๙ คน, ``«. ผู้รับผิดชอบ`` for ๙.: no
    Thai document prints a guillemet; tesseract reads ๙ and ๔ so. The glyph is read again."""
    words = [*_chars("มาประชุม", 600, 100), ocr.Word(1003, 100, 38, 38, 60.0, "«"), *_chars("คน", 1068, 100)]
    assert [w.text for w in ocr._digit_expected(words)] == ["«"]


def test_an_agenda_title_wrapped_before_its_number() -> None:
    """heldout49 02 and 03, copier scans: a scan's narrower lines wrapped an item's title after a
    word waiting for its number (``... ความดันโลหิตสูง ปี`` / ``2569 (รพ.สต....)``, ``เมื่อวันพุธที่`` /
    ``18 กุมภาพันธ์ 2569``): the title stopped there."""
    from schemas import Agenda as AgendaItem

    text = [
        "                          รายงานการประชุมคณะกรรมการบริหารกองทุนหลักประกันสุขภาพ",
        "                                      ครั้งที่ 1/2569",
        "                           วันพฤหัสบดีที่ 26 มีนาคม 2569 เวลา 09.30 น.",
        "ระเบียบวาระที่ 2  รับรองรายงานการประชุม ครั้งที่ 4/2568 เมื่อวันพุธที่",
        "18 กุมภาพันธ์ 2569",
        "มติที่ประชุม  รับรอง",
        "ระเบียบวาระที่ 4  เรื่องเพื่อพิจารณา",
        "        4.1  โครงการคัดกรองกลุ่มเสี่ยงโรคเบาหวาน ปี",
        "2569 (รพ.สต.บ้านดอน) งบประมาณ 48,600 บาท",
        "มติที่ประชุม  อนุมัติ",
    ]
    titles = {a.item_no: a.title for a in rows_of(parse_pages("\n".join(text)), AgendaItem)}
    assert titles["2"] == "รับรองรายงานการประชุม ครั้งที่ 4/2568 เมื่อวันพุธที่ 18 กุมภาพันธ์ 2569"
    assert titles["4.1"] == "โครงการคัดกรองกลุ่มเสี่ยงโรคเบาหวาน ปี 2569 (รพ.สต.บ้านดอน) งบประมาณ 48,600 บาท"


# --- guards from the second review (each reproduced a misfire of an earlier version) ---


def test_guard_a_dash_in_a_month_is_no_tick() -> None:
    """A month timetable's inactive months filled with ``-``: only the ticked month runs."""
    from schemas import Measure

    months = "\t".join(["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."])
    text = [
        "          มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569",
        "",
        "ที่\tมาตรการ\tผู้รับผิดชอบ\tพ.ศ. 2568\t\t\tพ.ศ. 2569" + "\t" * 8,
        "\t\t\t" + months,
        "1\tประกาศเจตนารมณ์\tสำนักปลัด\t✓" + "\t-" * 11,
    ]
    assert [m.period for m in rows_of(parse_pages("\n".join(text)), Measure)] == ["ต.ค."]


def test_guard_a_copy_list_after_a_captioned_committee_is_no_member() -> None:
    from schemas import CommitteeMember

    text = [*ROLE_CAPTION_ORDER[:12], ROLE_CAPTION_ORDER[-1], "สำเนาเรียน", "    ๑. นายอำเภอเมืองระยอง", "    ๕. ผู้อำนวยการกองคลัง"]
    assert [m.seq for m in rows_of(parse_pages("\n".join(text)), CommitteeMember)] == ["1", "2", "3", "4"]


def test_guard_a_border_drawn_a_little_apart_is_no_column() -> None:
    """A header's inner ruling 20 px off the body's (a hand-drawn Word table): the same column,
    no empty cell inserted on either side."""
    header = ocr.cells.RuledRow(100, 160, (0, 150, 900, 1420, 1800))
    body = [ocr.cells.RuledRow(162 + 62 * k, 222 + 62 * k, (0, 150, 900, 1400, 1800)) for k in range(2)]
    columns = ocr.table_columns([header, *body], 40)
    line = ocr._Line([_word("ที่", 60, 110, 30, 36), _word("วิธีการ", 1000, 110, 30, 36), _word("ผู้รับผิดชอบ", 1480, 110, 30, 36)], list(header.rules), 130, header)
    assert ocr._ruled_row([line], 40, None, columns[id(header)]).split("\t") == ["ที่", "", "วิธีการ", "ผู้รับผิดชอบ"]
    row = ocr._Line([_word("1", 60, 172, 30, 36), _word("บันทึก", 920, 172, 30, 36), _word("กองคลัง", 1450, 172, 30, 36)], list(body[0].rules), 192, body[0])
    assert ocr._ruled_row([row], 40, None, columns[id(body[0])]).split("\t") == ["1", "", "บันทึก", "กองคลัง"]


def test_guard_a_count_after_a_month_is_no_year() -> None:
    text = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\nเดือนมีนาคม ๒๘๙ ราย\nมีนาคม\t289"
    assert ocr.repair_years(text) == text


def test_a_run_together_year_on_a_page_that_prints_no_other() -> None:
    """heldout48 03 at 200 dpi: the page's only year is the run-together one (``พ.ศ.๒๘๙``), so the
    page's year was unknown and the mend did not run: no year is three digits, ๘ for ๕๖."""
    text = "ญัตติขออนุมัติจ่ายขาดเงินสะสม ประจำปีงบประมาณ พ.ศ.๒๘๙\nเงินสะสม ณ วันที่๓๐ เมษายน๒๘๙จำนวน"
    assert ocr.repair_years(text) == text.replace("๒๘๙", "๒๕๖๙")


def test_a_cut_survey_name_takes_the_instrument_its_wrapped_line_names() -> None:
    """A second review's note on the order rule: an EIT-only table (``1 | แบบวัดการรับรู้ของผู้มีส่วนได้``
    over ``| ส่วนเสียภายนอก (EIT)``) was IIT by order; the wrapped line says whose."""
    from schemas import ItaScore

    text = [
        "                รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
        "ที่\tเครื่องมือการประเมิน\tคะแนนที่ได้\tน้ำหนัก (ร้อยละ)\tคะแนนถ่วงน้ำหนัก",
        "1\tแบบวัดการรับรู้ของผู้มีส่วนได้\t84.00\t30\t25.20",
        "\tส่วนเสียภายนอก (EIT)\t\t\t",
        "2\tแบบวัดการรับรู้ของผู้มีส่วนได้\t88.00\t30\t26.40",
        "\tส่วนเสียภายใน (IIT)\t\t\t",
    ]
    scores = {(s.instrument, s.indicator_no): s.score for s in rows_of(parse_pages("\n".join(text)), ItaScore)}
    assert scores[("EIT", None)] == Decimal("84.00") and scores[("IIT", None)] == Decimal("88.00")


def test_a_header_cell_whose_ruling_a_scan_lost_keeps_its_labels_apart() -> None:
    """heldout38 08 at 200 dpi (a regression of this round's table columns, caught by the scan
    chain): the header's ruling between ``ประเด็นที่`` and ``มาตรการ`` lost, the two labels one cell
    over two columns; the columns rule made that cell the first and left the next empty, which put
    every label a column off. Runs of words a column gap apart go to the columns they start in; a
    caption's phrase across a column's line stays whole."""
    header = ocr.cells.RuledRow(100, 160, (0, 150, 1100, 1600))  # the ruling at 600 lost
    body = [ocr.cells.RuledRow(162 + 62 * k, 222 + 62 * k, (0, 150, 600, 1100, 1600)) for k in range(2)]
    columns = ocr.table_columns([header, *body], 40)
    labels = ocr._Line([_word("ที่", 60, 110), _word("ประเด็นที่", 170, 110), _word("มาตรการ", 650, 110)], list(header.rules), 130, header)
    assert ocr._ruled_row([labels], 40, None, columns[id(header)]).split("\t") == ["ที่", "ประเด็นที่", "มาตรการ"]
    caption = ocr._Line([_word("ตัวชี้วัดที่", 170, 110), _word("2", 495, 110), _word("การใช้งบประมาณ", 545, 110)], list(header.rules), 130, header)
    assert ocr._ruled_row([caption], 40, None, columns[id(header)]).split("\t") == ["", "ตัวชี้วัดที่ 2 การใช้งบประมาณ"]


def test_guard_a_spanning_cell_whose_runs_share_a_column_stays_as_it_stands() -> None:
    """heldout36 07, copier (a regression of the columns rule, caught by the scan chain): a row of
    scores whose rulings the scan lost (``EIT  109229  10.00`` in one cell over three columns, two
    runs starting in one column): no telling which column is which; the row keeps its own cells
    (its weighted score then checks the garbled score, as before)."""
    row = ocr.cells.RuledRow(100, 160, (0, 150, 1500, 1800))  # the rulings at 600 and 1000 lost
    others = [ocr.cells.RuledRow(162 + 62 * k, 222 + 62 * k, (0, 150, 600, 1000, 1500, 1800)) for k in range(2)]
    columns = ocr.table_columns([row, *others], 40)
    line = ocr._Line(
        [_word("7", 60, 110), _word("EIT", 170, 110), _word("109229", 300, 110), _word("10.00", 1100, 110), _word("9.23", 1550, 110)],
        list(row.rules), 130, row,
    )
    assert ocr._ruled_row([line], 40, None, columns[id(row)]).split("\t") == ["7", "EIT 109229  10.00", "9.23"]
