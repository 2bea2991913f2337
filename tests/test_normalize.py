"""Normalisation: the one place Thai text is cleaned before parsers see it."""

from __future__ import annotations

import pytest

from pipeline.model import Page
from pipeline.normalize import clean, normalize_line, normalize_pages


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # thai digits become arabic
        ("ที่ สส ๕๒๐๐๑/๕๕๑ ลงวันที่ ๒๑ พฤษภาคม ๒๕๖๓", "ที่ สส 52001/551 ลงวันที่ 21 พฤษภาคม 2563"),
        # nfc and sara am written in two pieces
        # NIKHAHIT + SARA AA (as legacy fonts and some OCR write it) is one SARA AM.
        ("ดําเนินการ", "ดำเนินการ"),
        ("น\u0e49\u0e4d\u0e32", "น\u0e49\u0e33"),  # tone mark kept before SARA AM
        # private use area glyphs map back
        ("ที\uf70a", "ที่"),
        ("ป\uf701", "ปิ"),
        # zero width and html remnants
        ("เทศ\u200bบาล<p>ตำบล</p>&amp;&nbsp;ท่าช้าง", "เทศบาล ตำบล & ท่าช้าง"),
        # paragraph tags inside a cell do not split it
        ("1. มาตรการ\t<p>จัดทำแบบสำรวจ</p>  <p>ติดตั้งกล่อง</p>\tสำนักปลัด", "1. มาตรการ\tจัดทำแบบสำรวจ ติดตั้งกล่อง\tสำนักปลัด"),
        # ticks from inputs and symbols
        ('1\tโครงการ\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\t✓', "1\tโครงการ\t☑\t☐\t☑"),
        # dotted fill lines removed
        ("ส่วนราชการ.....กองคลัง.....", "ส่วนราชการ กองคลัง"),
        ("ที่........................", "ที่"),
        ("...................", ""),
        # letter spaced words joined
        ("ม อ บ ห ม า ย", "มอบหมาย"),
        # space runs become cells single spaces stay
        ("1. นายสมชาย ใจดี     ปลัด อบต.    ประธาน", "1. นายสมชาย ใจดี\tปลัด อบต.\tประธาน"),
        # latin o inside numbers
        ("ข้อ 1O.2 วันที่ ๒O/๐๕", "ข้อ 10.2 วันที่ 20/05"),
        # known labels get their dropped marks back in any text
        ("ระเบียบวาระที ๑ เรื่อง ประธานแจ้ง", "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้ง"),
        ("มติทีประชุม รับทราบ", "มติที่ประชุม รับทราบ"),
        ("ผู้มาประชม", "ผู้มาประชุม"),
        ("ครังที ๒/๒๕๖๕", "ครั้งที่ 2/2565"),
        # names and words that merely contain a label are left alone
        ("นายสมชาย ใจดี", "นายสมชาย ใจดี"),
        ("ครังทีประชุมใหญ่", "ครังทีประชุมใหญ่"),
        # a year never carries a thousands comma
        ("ที่ 123/2,567", "ที่ 123/2567"),
        ("พ.ศ. 2,567", "พ.ศ. 2567"),
        ("เป็นเงิน 2,567 บาท", "เป็นเงิน 2,567 บาท"),
        # OCR-damaged labels restored at a line start (moved here from test_noise)
        ("ที ๔๕/๒๕๖๘", "ที่ 45/2568"),
        ("มติทีประชุม เห็นชอบ", "มติที่ประชุม เห็นชอบ"),
        ("มติที่ ประชุม รับทราบ", "มติที่ประชุม รับทราบ"),
        ("ผู้ไม่มา ประชุม", "ผู้ไม่มาประชุม"),
        ("ระ เบยบวาระที่ ๒ เรื่อง", "ระเบียบวาระที่ 2 เรื่อง"),
        ("วนที่ 3 มถุนายน 2 568", "วันที่ 3 มถุนายน 2568"),
        ("2. วตถุประสงค์", "2. วัตถุประสงค์"),
        ("ลำดบที่\tชื่อโครงการ", "ลำดับที่\tชื่อโครงการ"),
        ("สั่ง ณ วนที่ 7 มกราคม พ.ศ. 2 568", "สั่ง ณ วันที่ 7 มกราคม พ.ศ. 2568"),
    ],
)
def test_normalized_lines(line: str, expected: str) -> None:
    assert normalize_line(line) == expected


def test_private_use_area_glyphs_leave_none_behind() -> None:
    assert not any(0xF700 <= ord(c) <= 0xF71A for c in normalize_line("\uf705\uf70e"))


def test_clean_flattens_cells() -> None:
    assert clean(" ก\tข  ค ") == "ก ข ค"
    assert clean("   ") is None


def _pages(*texts: str) -> list[Page]:
    return [Page(page_no=i, text=t, method="text") for i, t in enumerate(texts, start=1)]


def test_page_numbers_headers_and_continuation_markers_removed() -> None:
    header = "รายงานการประชุมสภาเทศบาลตำบลหนองบัว"
    pages = _pages(
        f"{header}\nวาระที่ 1 เรื่องแจ้งเพื่อทราบ\nนายสมหมาย...",
        f"- 2 -\n{header}\nนายสมหมาย รักดี กล่าวว่า\n/ประธานสภา...",
        f"หน้า 3\n{header}\n/ประธานสภา กล่าวปิดประชุม\nมติที่ประชุม รับทราบ",
    )
    lines = normalize_pages(pages)
    texts = [line.text for line in lines]
    assert texts.count(header) == 1  # the document's own title, kept where it first stands
    assert "- 2 -" not in texts and "หน้า 3" not in texts
    assert "นายสมหมาย" not in texts and "/ประธานสภา" not in texts
    assert texts == [
        header,
        "วาระที่ 1 เรื่องแจ้งเพื่อทราบ",
        "นายสมหมาย รักดี กล่าวว่า",
        "/ประธานสภา กล่าวปิดประชุม",
        "มติที่ประชุม รับทราบ",
    ]
    assert [line.page_no for line in lines] == [1, 1, 2, 3, 3]


def test_an_office_running_header_goes_everywhere_and_a_plans_title_stays_once() -> None:
    office = "องค์การบริหารส่วนตำบลนาดีใต้"
    title = "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"
    pages = _pages(*(f"{office}\n{title}\nแถวที่ {n}" for n in range(1, 4)))
    texts = [line.text for line in normalize_pages(pages)]
    assert texts == [title, "แถวที่ 1", "แถวที่ 2", "แถวที่ 3"]


def test_trailing_dots_in_running_text_are_not_continuation_markers() -> None:
    lines = normalize_pages(_pages("ผลการดำเนินงาน...\nอยู่ระหว่างดำเนินการ"))
    assert [line.text for line in lines] == ["ผลการดำเนินงาน", "อยู่ระหว่างดำเนินการ"]


def test_numbered_headings_and_table_headers_repeated_on_every_page_are_content() -> None:
    sheet = "ลำดับที่ {n}\n1. ชื่อโครงการ : โครงการที่ {n}\n2. หลักการและเหตุผล\nเหตุผลของโครงการ {n}"
    pages = [Page(page_no=n, text=sheet.format(n=n), method="text") for n in range(1, 5)]
    texts = [line.text for line in normalize_pages(pages)]
    assert texts.count("2. หลักการและเหตุผล") == 4
    assert texts.count("1. ชื่อโครงการ : โครงการที่ 3") == 1


def test_continuation_marker_of_several_words_after_a_slash() -> None:
    text = (
        "2.4 นางสาวณัฐธิดา มณีรัตน์  นักวิชาการ\n        /๒.๕ นายเอกชัย...\n- ๒ -\n2.5 นายเอกชัย พรหมมา  นักวิชาการพัสดุ"
    )
    texts = [line.text for line in normalize_pages([Page(page_no=1, text=text, method="text")])]
    assert texts == ["2.4 นางสาวณัฐธิดา มณีรัตน์\tนักวิชาการ", "2.5 นายเอกชัย พรหมมา\tนักวิชาการพัสดุ"]


def test_a_rule_a_text_layer_ran_into_the_next_lines_words() -> None:
    assert normalize_line("-" * 40 + " รายชื่อผู้มาประชุม") == "รายชื่อผู้มาประชุม"
    assert normalize_line("=" * 20) == ""
    assert normalize_line("--- ก") == "--- ก"  # a short dash run is the line's own


@pytest.mark.parametrize(
    ("scanned", "printed"),
    [
        ("หน.สป .", "หน.สป."),
        ("ปลัด อบต .ท่าหินงาม", "ปลัด อบต.ท่าหินงาม"),
        ("สท.เขต1", "สท.เขต 1"),
        ("อื่น ๆ .", "อื่น ๆ ."),  # (no abbreviation)
        ("ต.ค. 68 - ก.ย. 69", "ต.ค. 68 - ก.ย. 69"),
    ],
)
def test_a_scans_space_inside_an_abbreviation_and_before_a_district_number(scanned: str, printed: str) -> None:
    assert normalize_line(scanned) == printed
