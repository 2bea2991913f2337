"""Round of heldout51-53 (issue 11): what first contact with documents we did not have showed,
each test failing before its fix (guards say so)."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import cells, ocr
from pipeline.config import Settings
from schemas import Attendee, Budget, CommitteeMember, Measure, ProjectSheet, Resolution
from tests.conftest import guard_records, parse_pages
from tests.test_round28 import rows_of

SARABUN = ocr.REFERENCE_FONT_DIR / "Sarabun_400Regular.ttf"


@pytest.mark.parametrize("read", ["(๐011)", "0!", "0ทว0", "[1ก6", "โค5", "(011)", "!71", "0เท"])
def test_latin_read_as_digits_is_read_with_the_english_model(read: str) -> None:
    """heldout48 05 and 07, copier scan: ``(OIT)`` read ``(๐011)``, ``OIT`` read ``0!`` beside
    ``โ``, ``Line`` read ``[1ก6``, ``ITA`` read ``โค5``: digits mixed with symbols, with Thai
    digits or run into Thai letters are no number. They are pieces to read with the English model."""
    words = [ocr.Word(100, 100, 300, 36, 93.0, "คณะทำงาน"), ocr.Word(420, 100, 90, 36, 61.0, read)]
    assert len(ocr.latin_as_digits(words)) == 1


@pytest.mark.parametrize(
    "read", ["412/2568", "20ม.ค.69", "(1)", "25,000", "๒๔๗/๒๕๖๘", "ครั้งที่1/2569", "09.30", "1.", "(๑)", "เวลา09.30"]
)
def test_guard_numbers_are_no_latin_pieces(read: str) -> None:
    words = [ocr.Word(100, 100, 300, 36, 93.0, "คณะทำงาน"), ocr.Word(420, 100, 90, 36, 61.0, read)]
    assert ocr.latin_as_digits(words) == []


@pytest.mark.parametrize(
    ("reading", "taken"),
    [
        (["(OIT)"], True),
        (["ITAS"], True),
        (["Zoom", "Meeting"], True),
        (["QR", "Code"], True),
        (["e-Complaint"], True),
        (["OI"], False),  # (a number read as Latin by the English model is no acronym of the genre)
        (["011"], False),
        (["Wena"], False),
        (["OIT", "5"], False),
        ([], False),
    ],
)
def test_an_english_reading_stands_only_as_the_genres_latin(reading: list[str], taken: bool) -> None:
    words = [ocr.Word(100 + 100 * k, 100, 90, 36, 70.0, text) for k, text in enumerate(reading)]
    assert ocr.genre_latin(words) is taken


def test_an_acronym_read_again_with_the_thai_model_keeps_its_english_reading() -> None:
    """heldout48 05, copier scan: ``ITAS`` read right (confidence 76) was taken for Thai read as
    capitals and read again with the Thai model, which gave ``[โค5``. It is still a piece (the set of
    pieces read in one montage stays as it was: each one's reading depends on the others), and
    the English model's reading of it is Latin of the genre, which stands."""
    row = [ocr.Word(100 + 120 * k, 100, 110, 36, 93.0, t) for k, t in enumerate(["ผ่าน", "ระบบ"])]
    words = [*row, ocr.Word(400, 100, 91, 38, 76.2, "ITAS")]
    assert len(ocr.doubtful_pieces(words)) == 1
    assert ocr.genre_latin([ocr.Word(400, 100, 91, 38, 91.6, "ITAS")])


def test_the_english_reading_takes_the_line_of_the_words_it_replaces() -> None:
    """heldout48 05, copier scan: ``OIT`` read again (confidence 40) stood as a line of its own
    and was dropped as garbage; it takes the line of ``0!``, which it replaces."""
    page = [ocr.Word(100, 100, 300, 36, 95.0, "แบบวัด", line=7), ocr.Word(420, 100, 86, 36, 61.0, "0!", line=7)]
    english = [ocr.Word(421, 101, 80, 36, 40.0, "OIT", line=3_000_000_001)]
    box = cells.Box(408, 96, 518, 140)

    def inside(word: ocr.Word, b: cells.Box) -> bool:
        return b.x0 <= word.left + word.width / 2 <= b.x1 and b.top <= word.middle <= b.bottom

    out = ocr.latin_in_place(page, english, [box], inside)
    assert [(w.text, w.line) for w in out] == [("แบบวัด", 7), ("OIT", 7)]


def test_the_english_model_reads_an_acronym_in_brackets() -> None:
    """The second reading itself, with tesseract: ``(OIT)`` printed in Sarabun at 300 dpi, cut
    out as a piece and read with the English model."""
    image = Image.new("L", (600, 160), 255)
    ImageDraw.Draw(image).text((60, 40), "(OIT)", font=ImageFont.truetype(str(SARABUN), 50), fill=0)
    binary = ocr.np.asarray(image.point(lambda v: 0 if v < 128 else 255))
    job = ocr.make_job(1, image, Settings(ocr_cache_dir=None))
    words = ocr._read_again(ocr.replace(job, languages=ocr.ENGLISH_ONLY, dpi=300), binary, [cells.Box(40, 20, 320, 140)], 3)
    assert ocr.genre_latin(words) and "".join(w.text for w in words) == "(OIT)"


def test_an_acronym_split_into_several_words_is_one_piece() -> None:
    """heldout48 07, copier scan: ``(OIT)`` read as three words ``(๐`` ``ท`` ``ว`` a letter apart,
    and ``OIT`` read ``0`` alone (confidence 31): a token is the words no space's gap apart."""
    thai = [ocr.Word(100, 100, 200, 36, 95.0, "สาธารณะ")]
    split = [ocr.Word(336, 100, 41, 40, 96.0, "(๐"), ocr.Word(382, 102, 4, 32, 90.0, "ท"), ocr.Word(401, 101, 24, 39, 76.0, "ว")]
    assert len(ocr.latin_as_digits(thai + split)) == 1
    lone = [ocr.Word(100, 100, 200, 36, 95.0, "แบบวัด"), ocr.Word(327, 100, 34, 39, 30.6, "0")]
    assert len(ocr.latin_as_digits(lone)) == 1
    sure = [ocr.Word(100, 100, 200, 36, 95.0, "จำนวน"), ocr.Word(327, 100, 34, 39, 93.0, "5")]
    assert ocr.latin_as_digits(sure) == []  # (guard: a number read surely stays as it is)


def test_two_people_side_by_side_each_with_a_block_of_lines() -> None:
    """heldout51 03: the present listed in two unruled columns, name, post and role on their own
    lines in each half; a post wrapped in the right half makes its role a line lower, alone."""
    text = "\n".join(
        [
            "รายงานการประชุมคณะกรรมการพัฒนาองค์การบริหารส่วนตำบลทดลอง",
            "ครั้งที่ 1/2569",
            "วันพุธที่ 14 มกราคม 2569",
            "ณ ห้องประชุมองค์การบริหารส่วนตำบลทดลอง",
            "ผู้มาประชุม",
            "    1. นายสมศักดิ์ ใจงาม                         2. นางบัวผัน ทองดี",
            "        นายก อบต.ทดลอง                           สมาชิกสภา อบต. หมู่ที่ 4",
            "        ประธานกรรมการ                             กรรมการ",
            "    3. นายสายชล มีสุข                            4. นางสาวลำไย ศรีงาม",
            "        ผู้แทนประชาคมท้องถิ่น                          ผู้อำนวยการโรงพยาบาลส่งเสริม",
            "        กรรมการ                                   สุขภาพตำบลบ้านทดลอง",
            "                                                  กรรมการ",
            "เริ่มประชุมเวลา 09.30 น.",
            "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม  รับทราบ",
            "ปิดประชุมเวลา 12.00 น.",
        ]
    )
    people = {r.full_name: (r.position, r.role) for r in rows_of(parse_pages(text), Attendee)}
    assert people == {
        "สมศักดิ์ ใจงาม": ("นายก อบต.ทดลอง", "ประธานกรรมการ"),
        "บัวผัน ทองดี": ("สมาชิกสภา อบต. หมู่ที่ 4", "กรรมการ"),
        "สายชล มีสุข": ("ผู้แทนประชาคมท้องถิ่น", "กรรมการ"),
        "ลำไย ศรีงาม": ("ผู้อำนวยการโรงพยาบาลส่งเสริม สุขภาพตำบลบ้านทดลอง", "กรรมการ"),
    }


def test_an_announcements_numbered_clauses_are_its_measures() -> None:
    """heldout53 08: a No Gift announcement whose measures are its clauses ``๑. ห้าม...`` after
    ``จึงกำหนดมาตรการ ดังนี้``, wrapped at the margin, one with sub-points; no table, no
    ``มาตรการที่ N`` blocks: nothing was read."""
    text = "\n".join(
        [
            "ประกาศเทศบาลตำบลทดลอง",
            "เรื่อง  มาตรการงดให้ งดรับของขวัญ (No Gift Policy)",
            "          เพื่อให้การปฏิบัติหน้าที่เป็นไปด้วยความสุจริต จึงกำหนดมาตรการ ดังนี้",
            "          ๑. ห้ามบุคลากรรับของขวัญจากผู้มาติดต่อราชการ",
            "ไม่ว่าในโอกาสใด",
            "          ๒. กรณีจำเป็นต้องรับ ให้ดำเนินการ ดังนี้",
            "              (๑) รายงานผู้บังคับบัญชาภายใน ๓ วัน",
            "              (๒) ส่งมอบของให้งานนิติการ",
            "          ๓. ให้สำนักปลัดประชาสัมพันธ์มาตรการนี้",
            "              ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
            "                        ประกาศ  ณ  วันที่  ๒๐  ตุลาคม  พ.ศ.  ๒๕๖๘",
        ]
    )
    measures = [(r.seq, r.measure) for r in rows_of(parse_pages(text), Measure)]
    assert measures == [
        (1, "ห้ามบุคลากรรับของขวัญจากผู้มาติดต่อราชการ ไม่ว่าในโอกาสใด"),
        (2, "กรณีจำเป็นต้องรับ ให้ดำเนินการ ดังนี้ (1) รายงานผู้บังคับบัญชาภายใน 3 วัน (2) ส่งมอบของให้งานนิติการ"),
        (3, "ให้สำนักปลัดประชาสัมพันธ์มาตรการนี้"),
    ]


def test_an_amending_orders_old_and_new_columns_and_its_added_members() -> None:
    """heldout51 05: an order amending an earlier one, clause by clause: ``ให้แก้ไขรายชื่อ<group>
    ตามข้อ ๑ ของคำสั่งดังกล่าว`` over a table of the replaced and their replacements (``รายชื่อเดิม |
    แก้ไขเป็น``, each post on the row below), then ``ให้เพิ่มเติมรายชื่อ<group> ต่อจากลำดับที่ ๒.๒``
    over members in columns of their own. The group is the one named; the members the new people."""
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดลอง",
            "ที่  ๑๒/๒๕๖๙",
            "เรื่อง  แก้ไขคำสั่งแต่งตั้งคณะทำงานประเมินคุณธรรมและความโปร่งใส (เพิ่มเติม)",
            "        ตามคำสั่งองค์การบริหารส่วนตำบลทดลอง ที่ ๓/๒๕๖๘ จึงแก้ไขคำสั่งดังกล่าว ดังนี้",
            "        ข้อ ๑  ให้แก้ไขรายชื่อคณะทำงานจัดเตรียมข้อมูล ตามข้อ ๒ ของคำสั่งดังกล่าว ดังนี้",
            "ลำดับที่\tรายชื่อเดิม\tแก้ไขเป็น\tตำแหน่งในคณะทำงาน",
            "๒.๑\tนายสมหมาย ใจดี\tนายสมหวัง ดีงาม\tหัวหน้าคณะทำงาน",
            "\tปลัด อบต.ทดลอง (โอนย้าย)\tปลัดองค์การบริหารส่วนตำบลทดลอง\t",
            "๒.๒\tนางมาลี ศรีสุข\tนางสาวมานี มีนา\tคณะทำงานและเลขานุการ",
            "\tหัวหน้าสำนักปลัด (เกษียณ)\tหัวหน้าสำนักปลัด\t",
            "        ข้อ ๒  ให้เพิ่มเติมรายชื่อคณะทำงานจัดเตรียมข้อมูล ต่อจากลำดับที่ ๒.๒ ดังนี้",
            "          ๒.๓  นายเอก ภูมิใจ              นักวิชาการคอมพิวเตอร์ปฏิบัติการ        คณะทำงาน",
            "        ทั้งนี้  ตั้งแต่บัดนี้เป็นต้นไป",
            "                         สั่ง  ณ  วันที่  ๒๐  พฤศจิกายน  พ.ศ.  ๒๕๖๘",
        ]
    )
    members = [(m.group_name, m.seq, m.full_name, m.position, m.role) for m in rows_of(parse_pages(text), CommitteeMember)]
    group = "คณะทำงานจัดเตรียมข้อมูล"
    assert members == [
        (group, "2.1", "สมหวัง ดีงาม", "ปลัดองค์การบริหารส่วนตำบลทดลอง", "หัวหน้าคณะทำงาน"),
        (group, "2.2", "มานี มีนา", "หัวหน้าสำนักปลัด", "คณะทำงานและเลขานุการ"),
        (group, "2.3", "เอก ภูมิใจ", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ", "คณะทำงาน"),
    ]


def test_a_totals_count_of_projects_cut_from_its_unit_is_no_amount() -> None:
    """heldout53 06: ``รวมทั้งสิ้น | 11  โครงการ | 160,000 | 135,000 | 175,000``: two spaces cut the
    count from its unit; the count was taken for the first year's total (11.00) and every year
    shifted."""
    text = "\n".join(
        [
            "แผนปฏิบัติการป้องกันการทุจริต 3 ปี (พ.ศ. 2568 - 2570) เทศบาลตำบลทดลอง",
            "ที่\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ (บาท)\t\t\tหน่วยงาน",
            "\t\tปี 2568\tปี 2569\tปี 2570\tรับผิดชอบ",
            "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต\t\t\t\t\t",
            "1\tโครงการอบรมคุณธรรมแก่บุคลากร\t30,000\t30,000\t35,000\tสำนักปลัด",
            "2\tโครงการเยาวชนต้านทุจริต\t20,000\t-\t25,000\tกองการศึกษา",
            "รวมทั้งสิ้น\t2  โครงการ\t50,000\t30,000\t60,000\t",
        ]
    )
    totals = [(b.label, b.fiscal_year, b.amount_thb) for b in rows_of(parse_pages(text), Budget) if b.kind == "plan_total"]
    assert totals == [
        ("รวมทั้งสิ้น", 2568, Decimal("50000")),
        ("รวมทั้งสิ้น", 2569, Decimal("30000")),
        ("รวมทั้งสิ้น", 2570, Decimal("60000")),
    ]


def test_a_caption_in_brackets_with_a_year_after_the_methods_label_is_no_step() -> None:
    """heldout53 06: ``6. วิธีดำเนินการ (ช่วงเวลาดำเนินกิจกรรม ปีงบประมาณ 2568)`` over a timetable:
    the caption was the first step (a caption with digits was not taken for one)."""
    text = "\n".join(
        [
            "รายละเอียดโครงการ",
            "1. ชื่อโครงการ : โครงการอบรมคุณธรรมแก่บุคลากร",
            "2. หลักการและเหตุผล",
            "        เพื่อส่งเสริมคุณธรรม",
            "6. วิธีดำเนินการ (ช่วงเวลาดำเนินกิจกรรม ปีงบประมาณ 2568)",
            "1. ประชุมคณะทำงานวางแผนโครงการ",
            "2. จัดอบรม 1 วัน",
            "7. งบประมาณ : 30,000 บาท",
        ]
    )
    sheets = rows_of(parse_pages(text), ProjectSheet)
    assert [s.methods for s in sheets] == [["ประชุมคณะทำงานวางแผนโครงการ", "จัดอบรม 1 วัน"]]


def test_vice_chairs_numbered_are_roles() -> None:
    """heldout53 05: ``รองประธานกรรมการคนที่ ๑`` in the role column was read into the position."""
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลทดลอง",
            "ที่  ๑๒/๒๕๖๙",
            "เรื่อง  แต่งตั้งคณะกรรมการขับเคลื่อนการป้องกันการทุจริต",
            "จึงแต่งตั้งคณะกรรมการขับเคลื่อนการป้องกันการทุจริต ประกอบด้วย",
            "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
            "๑\tนายประเสริฐ ศรีทอง\tนายกเทศมนตรีตำบลทดลอง\tประธานกรรมการ",
            "๒\tนายสมหมาย เกตุแก้ว\tรองนายกเทศมนตรีตำบลทดลอง\tรองประธานกรรมการคนที่ ๑",
            "๓\tนางรัตนา บุญมา\tปลัดเทศบาล\tกรรมการและเลขานุการ",
            "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘",
        ]
    )
    members = [(m.position, m.role) for m in rows_of(parse_pages(text), CommitteeMember)]
    assert members[1] == ("รองนายกเทศมนตรีตำบลทดลอง", "รองประธานกรรมการคนที่ 1")


def test_an_absence_remark_in_its_own_column_under_the_role_is_no_role() -> None:
    """heldout52 02: ``๑. นายสุเมธ แก้วมณี   คณะทำงาน`` / ``ผู้อำนวยการกองช่าง   ติดราชการ``: the
    reason on the position's line, in the role's column, went into the role."""
    text = "\n".join(
        [
            "รายงานการประชุมคณะทำงานทดลอง",
            "ครั้งที่ 1/2569",
            "วันอังคารที่ 3 มีนาคม 2569",
            "ผู้มาประชุม",
            "1.   นายสมชาย ใจดี                                     ประธานคณะทำงาน",
            "     ปลัดเทศบาล",
            "ผู้ไม่มาประชุม",
            "1.   นายสุเมธ แก้วใส                                  คณะทำงาน",
            "     ผู้อำนวยการกองช่าง                                     ติดราชการ",
            "เริ่มประชุมเวลา 09.30 น.",
            "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม  รับทราบ",
        ]
    )
    absent = [(r.position, r.role) for r in rows_of(parse_pages(text), Attendee) if r.status == "absent"]
    assert absent == [("ผู้อำนวยการกองช่าง", "คณะทำงาน")]


def test_a_summary_by_dimension_in_lines_before_the_plans_table() -> None:
    """heldout52 06: ``มิติที่ 1   จำนวน  3  โครงการ   งบประมาณ   185,400.50  บาท`` ... ``รวมทั้งสิ้น
    จำนวน 10 โครงการ ...`` before the table were taken for a summary table's header; one
    dimension ``ไม่ใช้งบประมาณ``; the table's own ``รวมทั้งสิ้น 10 โครงการ`` is the same total."""
    text = "\n".join(
        [
            "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 องค์การบริหารส่วนจังหวัดทดลอง",
            "สรุปได้ดังนี้",
            "        มิติที่ 1       จำนวน  1  โครงการ       งบประมาณ    1,400.50  บาท",
            "        มิติที่ 2       จำนวน  1  โครงการ       งบประมาณ    ไม่ใช้งบประมาณ",
            "        รวมทั้งสิ้น     จำนวน  2  โครงการ      งบประมาณ    1,400.50  บาท",
            "ที่\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\tหน่วยงานรับผิดชอบ",
            "มิติที่ 1  การสร้างสังคมที่ไม่ทนต่อการทุจริต",
            "1\tโครงการเยาวชนต้านทุจริต\t1,400.50\tกองการศึกษา",
            "มิติที่ 2  การบริหารราชการเพื่อป้องกันการทุจริต",
            "2\tมาตรการเปิดเผยข้อมูล\tไม่ใช้งบประมาณ\tสำนักปลัด",
            "\tรวมทั้งสิ้น 2 โครงการ\t1,400.50\t",
        ]
    )
    totals = [(b.label, b.amount_thb) for b in rows_of(parse_pages(text), Budget) if b.kind == "plan_total"]
    assert totals == [("มิติที่ 1", Decimal("1400.50")), ("มิติที่ 2", Decimal("0")), ("รวมทั้งสิ้น", Decimal("1400.50"))]


def test_a_measures_numbered_steps_under_its_heading_are_its_method() -> None:
    """heldout51 08: ``มาตรการที่ ๑ ...`` over ``(๑) จัดทำรายงาน...`` ``(๒) ...`` ``(๓) รายงานผลการใช้จ่าย...``
    then labelled lines: the steps were dropped, the third taken for the follow-up's label."""
    text = "\n".join(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "๒. มาตรการ",
            "    มาตรการที่ ๑  มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ",
            "            (๑) จัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาส",
            "            (๒) รายงานผลการใช้จ่ายงบประมาณต่อสภา อบต.",
            "            ผู้รับผิดชอบ      กองคลัง",
            "            ระยะเวลา      ตุลาคม ๒๕๖๘ - กันยายน ๒๕๖๙",
            "            การติดตามผล    รายงานผลต่อนายก อบต. ทุกไตรมาส",
            "    มาตรการที่ ๒  มาตรการป้องกันการรับสินบน",
            "            (๑) ประกาศนโยบาย No Gift Policy",
            "            ผู้รับผิดชอบ      สำนักปลัด",
            "            ระยะเวลา      ตุลาคม - ธันวาคม ๒๕๖๘",
            "            การติดตามผล    สรุปผลทุก ๖ เดือน",
        ]
    )
    rows = [(m.seq, m.method, m.follow_up) for m in rows_of(parse_pages(text), Measure)]
    assert rows == [
        (1, "(1) จัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาส (2) รายงานผลการใช้จ่ายงบประมาณต่อสภา อบต.", "รายงานผลต่อนายก อบต. ทุกไตรมาส"),
        (2, "(1) ประกาศนโยบาย No Gift Policy", "สรุปผลทุก 6 เดือน"),
    ]


def test_a_role_beside_the_name_over_a_labelled_position() -> None:
    """heldout53 03: the invited listed ``๑. นายวิโรจน์  คำมา   ผู้ควบคุมงาน`` over ``ตำแหน่ง  นายช่างโยธา...``:
    no role word names ``ผู้ควบคุมงาน`` or ``ผู้แทนผู้รับจ้าง``, so it was the position and the
    labelled position went into the role (or after ``แทน``)."""
    text = "\n".join(
        [
            "รายงานการประชุมคณะกรรมการตรวจรับพัสดุ",
            "ครั้งที่ ๑/๒๕๖๙",
            "เมื่อวันอังคารที่ ๑๐ มีนาคม ๒๕๖๙",
            "ผู้มาประชุม",
            "      ๑. นายธีรวัฒน์  ก้อนแก้ว                        ประธานกรรมการ",
            "          ตำแหน่ง  นายช่างโยธาชำนาญงาน",
            "ผู้เข้าร่วมประชุม",
            "      ๑. นายวิโรจน์  คำมา                          ผู้ควบคุมงาน",
            "          ตำแหน่ง  นายช่างโยธาปฏิบัติงาน",
            "      ๒. นายธนากร  ศรีทอง                       ผู้แทนผู้รับจ้าง",
            "          ตำแหน่ง  หุ้นส่วนผู้จัดการ",
            "เริ่มประชุมเวลา ๐๙.๓๐ น.",
            "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม  รับทราบ",
        ]
    )
    people = [(r.full_name, r.position, r.role, r.acting_for) for r in rows_of(parse_pages(text), Attendee)]
    assert people == [
        ("ธีรวัฒน์ ก้อนแก้ว", "นายช่างโยธาชำนาญงาน", "ประธานกรรมการ", None),
        ("วิโรจน์ คำมา", "นายช่างโยธาปฏิบัติงาน", "ผู้ควบคุมงาน", None),
        ("ธนากร ศรีทอง", "หุ้นส่วนผู้จัดการ", "ผู้แทนผู้รับจ้าง", None),
    ]


def test_an_announcements_clauses_as_a_scan_reads_their_numbers() -> None:
    """heldout53 08 at 200 dpi and copier: ``๔ ห้ามเรียก...`` (its dot lost), ``ซ.ให้กองคลัง...`` (๗.
    misread), ``a.ผู้บริหาร...`` (๙.), two dots lost in a row before a garbled number (the copier:
    a doubtful number needs only a later clause after it); sub-points
    numbered ``๓)`` inside a clause stay in it."""
    text = "\n".join(
        [
            "ประกาศเทศบาลตำบลทดลอง",
            "เพื่อให้การปฏิบัติหน้าที่เป็นไปด้วยความสุจริต จึงกำหนดมาตรการ ดังนี้",
            "            ๑. ห้ามบุคลากรรับของขวัญ",
            "            ๒. กรณีจำเป็น ให้ดำเนินการ ดังนี้",
            "               ๑) รายงานผู้บังคับบัญชา",
            "               ๒) ส่งมอบของขวัญ",
            "               ๓) บริจาคของที่เสียง่าย",
            "            ๓ ห้ามเรียกรับทรัพย์สิน",
            "       ซ.ให้กองคลังแจ้งมาตรการนี้",
            "            ๕ ให้งานนิติการรวบรวมแบบรายงาน",
            "         a.ผู้ใดฝ่าฝืนให้ถือเป็นความผิดทางวินัย",
            "            ๗. ประชาชนแจ้งเบาะแสได้",
            "                ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
        ]
    )
    measures = [(r.seq, r.measure) for r in rows_of(parse_pages(text), Measure)]
    assert measures == [
        (1, "ห้ามบุคลากรรับของขวัญ"),
        (2, "กรณีจำเป็น ให้ดำเนินการ ดังนี้ 1) รายงานผู้บังคับบัญชา 2) ส่งมอบของขวัญ 3) บริจาคของที่เสียง่าย"),
        (3, "ห้ามเรียกรับทรัพย์สิน"),
        (4, "ให้กองคลังแจ้งมาตรการนี้"),
        (5, "ให้งานนิติการรวบรวมแบบรายงาน"),
        (6, "ผู้ใดฝ่าฝืนให้ถือเป็นความผิดทางวินัย"),
        (7, "ประชาชนแจ้งเบาะแสได้"),
    ]


def test_no_space_before_a_word_that_opens_with_a_mark() -> None:
    """heldout53 08 at 200 dpi: ``ด ังนี้``, ``ว ันที่``: tesseract gave the mark a box of its own a
    space's gap to the right of its letter; no Thai word opens with a vowel or tone mark."""
    words = [ocr.Word(100, 100, 20, 30, 90.0, "ด"), ocr.Word(136, 92, 30, 38, 90.0, "ังนี้")]
    assert ocr._spaced(words, 30.0, 15.0, 100, []) == "ดังนี้"
    apart = [ocr.Word(100, 100, 20, 30, 90.0, "ด"), ocr.Word(136, 100, 30, 30, 90.0, "นี้")]
    assert ocr._spaced(apart, 30.0, 15.0, 100, []) == "ด นี้"  # (guard: a letter after a gap is a word)


def test_an_appointing_sentence_wrapped_before_its_composed_of() -> None:
    """heldout53 05 at 200 dpi: ``...จึงแต่งตั้งคณะกรรมการขับเคลือนการ...เทศบาลตำบล`` / ``ท่าปิง
    ประกอบด้วย``: the scan wrapped the sentence before ``ประกอบด้วย``; the group was lost, and
    ``ขับเคลือน`` lost its tone mark."""
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลทดลอง",
            "ที่  ๑๒/๒๕๖๙",
            "เรื่อง  แต่งตั้งคณะกรรมการขับเคลื่อนการป้องกันการทุจริต",
            "-------------",
            "        อาศัยอำนาจตามความในมาตรา ๔๘ เตรส แห่งพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ และที่แก้ไข",
            "เพิ่มเติม จึงแต่งตั้งคณะกรรมการขับเคลือนการป้องกันการทุจริต เทศบาลตำบล",
            "ทดลอง ประกอบด้วย",
            "ที่\tชื่อ- สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
            "๑\tนายประเสริฐ ศรีทอง\tนายกเทศมนตรีตำบลทดลอง\tประธานกรรมการ",
            "๒\tนางรัตนา บุญมา\tปลัดเทศบาล\tกรรมการและเลขานุการ",
            "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘",
        ]
    )
    groups = {m.group_name for m in rows_of(parse_pages(text), CommitteeMember)}
    assert groups == {"คณะกรรมการขับเคลื่อนการป้องกันการทุจริต เทศบาลตำบลทดลอง"}


def test_guard_an_appointing_sentence_over_lettered_groups() -> None:
    """(guard, heldout27 05) ``...จึงแต่งตั้งคณะกรรมการและผู้ควบคุมงาน ดังต่อไปนี้`` over ``ก. คณะกรรมการ
    จัดทำร่าง... ประกอบด้วย``: the line below is a group's own heading, no wrapped rest."""
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดลอง",
            "ที่  ๑๒/๒๕๖๙",
            "เรื่อง  แต่งตั้งคณะกรรมการจัดซื้อจัดจ้าง",
            "-------------",
            "        เพื่อให้การจัดซื้อจัดจ้างเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการและผู้ควบคุมงาน ดังต่อไปนี้",
            "ก. คณะกรรมการจัดทำร่างขอบเขตของงาน ประกอบด้วย",
            "    ๑. นายสมชาย ใจดี  ผู้อำนวยการกองช่าง  ประธานกรรมการ",
            "    ๒. นางสมศรี ใจงาม  นักวิชาการพัสดุ  กรรมการ",
            "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘",
        ]
    )
    groups = {m.group_name for m in rows_of(parse_pages(text), CommitteeMember)}
    assert groups == {"คณะกรรมการจัดทำร่างขอบเขตของงาน"}


def test_a_vote_table_headed_with_an_aside_counts_for_its_resolution() -> None:
    """heldout51 02: ``ผลการลงมติ (ยกมือ) | จำนวน (เสียง)`` over ``เห็นชอบ | ๕``, ``ไม่เห็นชอบ | ๑``: the
    header's aside hid the table; its words went into the resolution, ``ไม่เห็นชอบ`` made it rejected."""
    text = "\n".join(
        [
            "รายงานการประชุมสภาองค์การบริหารส่วนตำบลทดลอง",
            "สมัยวิสามัญ สมัยที่ ๑ ครั้งที่ ๑/๒๕๖๙",
            "วันอังคารที่ ๗ เมษายน ๒๕๖๙",
            "ผู้มาประชุม",
            "๑. นายสมชาย ใจดี  ประธานสภา อบต.",
            "เริ่มประชุมเวลา ๐๙.๓๐ น.",
            "ระเบียบวาระที่ ๓  เรื่องเพื่อพิจารณา",
            "    ๓.๑ ญัตติขออนุมัติจ่ายขาดเงินสะสม",
            "มติที่ประชุม            อนุมัติให้จ่ายขาดเงินสะสม จำนวน ๓ โครงการ",
            "                    ด้วยคะแนนเสียงข้างมาก ดังนี้",
            "ผลการลงมติ (ยกมือ)\tจำนวน (เสียง)",
            "เห็นชอบ\t๕",
            "ไม่เห็นชอบ\t๑",
            "งดออกเสียง\t๑",
            "รวม\t๗",
            "ปิดประชุมเวลา ๑๒.๐๐ น.",
        ]
    )
    resolutions = [(r.outcome, r.text) for r in rows_of(parse_pages(text), Resolution)]
    assert resolutions == [("approved", "อนุมัติให้จ่ายขาดเงินสะสม จำนวน 3 โครงการ ด้วยคะแนนเสียงข้างมาก ดังนี้")]


def test_a_resolution_cut_by_a_running_header_sends_the_bill_to_a_later_sitting() -> None:
    """heldout53 04: ``มติที่ประชุม  ให้ฝ่ายบริหารนำร่าง...ไปรับฟังความคิดเห็นของประชาชน`` / (page break,
    ``รายงานการประชุมสภา... (วิสามัญ ๑/๒๕๖๙)`` on top) / ``แล้วเสนอในสมัยประชุมสามัญ สมัยที่ ๒``: the header
    cut the resolution; a later sitting named by its number is a deferral."""
    first = "\n".join(
        [
            "รายงานการประชุมสภาเทศบาลตำบลทดลอง สมัยวิสามัญ สมัยที่ ๑ ครั้งที่ ๑/๒๕๖๙",
            "วันพฤหัสบดีที่ ๒๑ พฤษภาคม ๒๕๖๙",
            "ผู้มาประชุม",
            "๑. นายสมชาย ใจดี  ประธานสภาเทศบาล",
            "เริ่มประชุมเวลา ๐๙.๓๐ น.",
            "ระเบียบวาระที่ ๓  เรื่องเพื่อพิจารณา",
            "     ๓.๕  ร่างเทศบัญญัติ เรื่อง การควบคุมการเลี้ยงสุนัข (วาระที่ ๑)",
            "มติที่ประชุม      ให้ฝ่ายบริหารนำร่างเทศบัญญัติไปรับฟังความคิดเห็นของประชาชน",
        ]
    )
    second = "\n".join(
        [
            "                                        รายงานการประชุมสภาเทศบาลตำบลทดลอง (วิสามัญ ๑/๒๕๖๙)",
            "",
            "                  แล้วเสนอในสมัยประชุมสามัญ สมัยที่ ๒",
            "ปิดประชุมเวลา ๑๒.๐๐ น.",
        ]
    )
    resolutions = [(r.outcome, r.text) for r in rows_of(parse_pages(first, second), Resolution)]
    assert resolutions == [
        ("deferred", "ให้ฝ่ายบริหารนำร่างเทศบัญญัติไปรับฟังความคิดเห็นของประชาชน แล้วเสนอในสมัยประชุมสามัญ สมัยที่ 2")
    ]


_guard = partial(guard_records, "round51_guards")  # the records of a kind in one of this round's guard documents


def test_guard_an_approval_whose_committee_reports_at_a_later_sitting_is_approved() -> None:
    """(guard) ``รับหลักการ... และให้คณะกรรมการแปรญัตติพิจารณาแล้วเสนอในสมัยประชุมสามัญ สมัยที่ ๒ ครั้งที่ ๒``,
    ``... แล้วเสนอในสมัยประชุมสามัญ สมัยที่ ๒ นี้``: approvals, no deferral."""
    assert [r.outcome for r in _guard("d1", Resolution)] == ["approved", "approved"]


def test_guard_numbered_points_under_a_field_stay_in_it() -> None:
    """(guard) ``(๑) ... (๒) ...`` under การติดตามผล is the follow-up; a labelled first item
    ``(๑) เป้าหมาย  ...`` is no step of the method."""
    ms1 = {r.seq: (r.method, r.follow_up) for r in _guard("ms1", Measure)}
    assert ms1[1] == (
        "จัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาส",
        "(1) สรุปผลการดำเนินงานเสนอนายก อบต. ทุกไตรมาส (2) ประกาศผลทางเว็บไซต์ อบต.",
    )
    assert [r.method for r in _guard("ms3", Measure)] == ["ตรวจสอบเอกสารก่อนลงนามในสัญญา", "ประกาศผลการจัดซื้อจัดจ้างทางเว็บไซต์"]


def test_guard_a_resolution_wrapped_over_a_line_that_names_the_minutes() -> None:
    """(guard) ``มีมติรับรอง`` / ``รายงานการประชุมสมัยสามัญ...`` / ``โดยให้แก้ไข...`` mid-page: no running header."""
    item2 = [(r.text, r.outcome) for r in _guard("h2", Resolution) if r.item_no == "2"]
    assert item2 == [("มีมติรับรอง โดยให้แก้ไขชื่อสมาชิกในหน้า 2 ให้ถูกต้อง", "approved_with_changes")]


def test_guard_a_remark_or_a_post_beside_a_name_over_a_labelled_line_is_no_role() -> None:
    """(guard) ``ลาป่วย`` beside an absentee's name over ``ตำแหน่ง ...``; ``ตำแหน่ง  ประธานกรรมการ`` under a post."""
    assert [r.role for r in _guard("b1", Attendee) if r.status == "absent"] == [None, None]
    assert [r.role for r in _guard("b3", Attendee)] == ["ประธานกรรมการ", "กรรมการ"]


def test_guard_the_sentence_after_a_side_by_side_list_is_no_post() -> None:
    """(guard) ``ประธานที่ประชุมกล่าวเปิดประชุม  และดำเนินการ...  ดังนี้`` after two people side by side."""
    positions = [r.position for r in _guard("p6", Attendee)]
    assert positions == ["นายก อบต.ทดลอง", "รองนายก อบต.ทดลอง", "ปลัด อบต.ทดลอง", "ผู้อำนวยการกองคลัง"]


def test_guard_lettered_points_and_a_documents_sections_are_no_clauses() -> None:
    """(guard) ``ก.`` ``ข.`` inside a clause stay in it; ``๑. วัตถุประสงค์`` ``๒. แนวทางปฏิบัติ`` after a
    lead naming one measure are sections, no measures."""
    assert [r.seq for r in _guard("a1", Measure)] == [1, 2, 3]
    assert _guard("a3", Measure) == []


def test_guard_one_members_table_under_clauses_keeps_its_header() -> None:
    """(guard) one ruled table, its header once at the top, each group a ``ข้อ N`` row inside it: the
    extra column (``ข้อมูลที่รับผิดชอบ``) stays out of every position."""
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดลอง",
            "ที่  ๑๕๐/๒๕๖๘",
            "เรื่อง  แต่งตั้งคณะทำงานประเมินคุณธรรมและความโปร่งใส (ITA)",
            "-------------",
            "        เพื่อให้การประเมิน ITA เป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังนี้",
            "ที่\tชื่อ - สกุล\tตำแหน่ง\tหน้าที่\tข้อมูลที่รับผิดชอบ",
            "ข้อ ๑  คณะทำงานด้านการเปิดเผยข้อมูล",
            "๑\tนางสาวมานี มีนา\tนักวิเคราะห์นโยบายและแผน\tหัวหน้าคณะทำงาน\tO1 - O8",
            "ข้อ ๒  คณะทำงานด้านการป้องกันการทุจริต",
            "๑\tนายสมศักดิ์ รักดี\tนิติกร\tคณะทำงาน\tO25 - O33",
            "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘",
        ]
    )
    assert [m.position for m in rows_of(parse_pages(text), CommitteeMember)] == ["นักวิเคราะห์นโยบายและแผน", "นิติกร"]


def test_guard_a_preamble_citing_an_earlier_committee_names_no_group() -> None:
    """(guard) ``ตามที่...ได้แต่งตั้งคณะกรรมการซื้อ...ไว้แล้ว นั้น`` / ``จึงแต่งตั้งคณะกรรมการตรวจรับพัสดุ ดังนี้``."""
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดลอง",
            "ที่  ๘๘/๒๕๖๙",
            "เรื่อง  แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
            "-------------",
            "        ตามที่องค์การบริหารส่วนตำบลทดลองได้แต่งตั้งคณะกรรมการซื้อโดยวิธีเฉพาะเจาะจงไว้แล้ว นั้น",
            "จึงแต่งตั้งคณะกรรมการตรวจรับพัสดุ ดังนี้",
            "    ๑. นายสมชาย ใจดี  ผู้อำนวยการกองช่าง  ประธานกรรมการ",
            "    ๒. นางสมศรี ใจงาม  นักวิชาการพัสดุ  กรรมการ",
            "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘",
        ]
    )
    assert {m.group_name for m in rows_of(parse_pages(text), CommitteeMember)} == {"คณะกรรมการตรวจรับพัสดุ"}


@pytest.mark.parametrize("caption", ["(PDCA)", "( แผนการดำเนินงาน )", "(ช่วงเวลาดำเนินการ ต.ค. 67 - ก.ย. 68)"])
def test_guard_captions_after_the_methods_label(caption: str) -> None:
    text = "\n".join(
        [
            "รายละเอียดโครงการ",
            "1. ชื่อโครงการ : โครงการอบรมคุณธรรมแก่บุคลากร",
            f"6. วิธีดำเนินการ {caption}",
            "1. ประชุมคณะทำงานวางแผนโครงการ",
            "2. จัดอบรม 1 วัน",
            "7. งบประมาณ : 30,000 บาท",
        ]
    )
    assert [s.methods for s in rows_of(parse_pages(text), ProjectSheet)] == [["ประชุมคณะทำงานวางแผนโครงการ", "จัดอบรม 1 วัน"]]


@pytest.mark.parametrize("reading", ["no", "On", "of", "to", "Do"])
def test_guard_two_letters_the_english_model_makes_of_thai_digits_are_no_latin(reading: str) -> None:
    """(guard) ``๓๐`` read ``no``, ``๑๙`` ``On``, ``๐๔`` ``of`` by the English model: no word of the genre."""
    assert not ocr.genre_latin([ocr.Word(100, 100, 40, 36, 80.0, reading)])
    unsure_thai = [ocr.Word(100, 100, 300, 36, 93.0, "วันที่"), ocr.Word(420, 100, 50, 36, 40.0, "๓๐")]
    assert ocr.latin_as_digits(unsure_thai) == []


def test_a_measures_steps_as_a_scan_reads_their_brackets() -> None:
    """heldout51 08, copier scan: ``(๑) จัดทำ...`` read ``๑) จัดทำ...``: a numbered line without its
    opening bracket ended the block (a numbered heading after the blocks), losing the measure."""
    text = "\n".join(
        [
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "    มาตรการที่๑ มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ",
            "               ๑) จัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาส",
            "               ๒) รายงานผลการใช้จ่ายงบประมาณต่อสภา อบต.",
            "              ผู้รับผิดชอบ กองคลัง",
            "              ระยะเวลา ตุลาคม ๒๕๖๘ - กันยายน ๒๕๖๙",
            "              การติดตามผล รายงานผลต่อนายก อบต. ทุกไตรมาส",
        ]
    )
    rows = [(m.seq, m.method, m.responsible, m.follow_up) for m in rows_of(parse_pages(text), Measure)]
    assert rows == [
        (
            1,
            "1) จัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาส 2) รายงานผลการใช้จ่ายงบประมาณต่อสภา อบต.",
            "กองคลัง",
            "รายงานผลต่อนายก อบต. ทุกไตรมาส",
        )
    ]


def test_a_pairs_block_line_a_little_left_of_its_names() -> None:
    """heldout51 03 as Chromium's text layer: ``   9. นายบุญชู...   10. นางพิมพา...`` over a post at
    column 0: a text layer's columns wander a little; the block's line is still the pair's."""
    text = "\n".join(
        [
            "รายงานการประชุมคณะกรรมการพัฒนาองค์การบริหารส่วนตำบลทดลอง",
            "ครั้งที่ 1/2569",
            "วันพุธที่ 14 มกราคม 2569",
            "ผู้มาประชุม",
            "   1. นายสมศักดิ์ ใจงาม                         2. นางบัวผัน ทองดี",
            "ผู้แทนประชาคมท้องถิ่น                        ผู้อำนวยการโรงพยาบาลส่งเสริม",
            "      กรรมการ                                   กรรมการ",
            "เริ่มประชุมเวลา 09.30 น.",
            "ระเบียบวาระที่ 1  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
            "มติที่ประชุม  รับทราบ",
        ]
    )
    people = [(r.position, r.role) for r in rows_of(parse_pages(text), Attendee)]
    assert people == [("ผู้แทนประชาคมท้องถิ่น", "กรรมการ"), ("ผู้อำนวยการโรงพยาบาลส่งเสริม", "กรรมการ")]


def test_a_long_line_after_measures_is_searched_in_linear_time() -> None:
    """The lead sentence's first pattern cut a long run of letters after ``มาตรการ`` every way into
    six words: a second a line of minutes (the samples' 1,000-file scale run went 18 -> 170 ms a
    file). A line of 400 letters must take no time at all."""
    import time

    from parsers.measures import CLAUSES_LEAD

    line = "มาตรการ" + "การประชุมคณะกรรมการ" * 20
    start = time.perf_counter()
    assert CLAUSES_LEAD.search(line) is None
    assert time.perf_counter() - start < 0.5
