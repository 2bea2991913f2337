"""Normalisation: the one place Thai text is cleaned before parsers see it."""

from __future__ import annotations

from pipeline.model import Page
from pipeline.normalize import clean, normalize_line, normalize_pages


def test_thai_digits_become_arabic() -> None:
    assert normalize_line("ที่ สส ๕๒๐๐๑/๕๕๑ ลงวันที่ ๒๑ พฤษภาคม ๒๕๖๓") == "ที่ สส 52001/551 ลงวันที่ 21 พฤษภาคม 2563"


def test_nfc_and_sara_am_written_in_two_pieces() -> None:
    # NIKHAHIT + SARA AA (as legacy fonts and some OCR write it) is one SARA AM.
    assert normalize_line("ดําเนินการ") == "ดำเนินการ"
    assert normalize_line("น\u0e49\u0e4d\u0e32") == "น\u0e49\u0e33"  # tone mark kept before SARA AM


def test_private_use_area_glyphs_map_back() -> None:
    assert normalize_line("ที\uf70a") == "ที่"
    assert normalize_line("ป\uf701") == "ปิ"
    assert not any(0xF700 <= ord(c) <= 0xF71A for c in normalize_line("\uf705\uf70e"))


def test_zero_width_and_html_remnants() -> None:
    assert normalize_line("เทศ\u200bบาล<p>ตำบล</p>&amp;&nbsp;ท่าช้าง") == "เทศบาล ตำบล & ท่าช้าง"


def test_paragraph_tags_inside_a_cell_do_not_split_it() -> None:
    row = "1. มาตรการ\t<p>จัดทำแบบสำรวจ</p>  <p>ติดตั้งกล่อง</p>\tสำนักปลัด"
    assert normalize_line(row) == "1. มาตรการ\tจัดทำแบบสำรวจ ติดตั้งกล่อง\tสำนักปลัด"


def test_ticks_from_inputs_and_symbols() -> None:
    row = '1\tโครงการ\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\t✓'
    assert normalize_line(row) == "1\tโครงการ\t☑\t☐\t☑"


def test_dotted_fill_lines_removed() -> None:
    assert normalize_line("ส่วนราชการ.....กองคลัง.....") == "ส่วนราชการ กองคลัง"
    assert normalize_line("ที่........................") == "ที่"
    assert normalize_line("...................") == ""


def test_letter_spaced_words_joined() -> None:
    assert normalize_line("ม อ บ ห ม า ย") == "มอบหมาย"


def test_space_runs_become_cells_single_spaces_stay() -> None:
    assert normalize_line("1. นายสมชาย ใจดี     ปลัด อบต.    ประธาน") == "1. นายสมชาย ใจดี\tปลัด อบต.\tประธาน"


def test_latin_o_inside_numbers() -> None:
    assert normalize_line("ข้อ 1O.2 วันที่ ๒O/๐๕") == "ข้อ 10.2 วันที่ 20/05"


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


def test_known_labels_get_their_dropped_marks_back_in_any_text() -> None:
    assert normalize_line("ระเบียบวาระที ๑ เรื่อง ประธานแจ้ง") == "ระเบียบวาระที่ 1 เรื่อง ประธานแจ้ง"
    assert normalize_line("มติทีประชุม รับทราบ") == "มติที่ประชุม รับทราบ"
    assert normalize_line("ผู้มาประชม") == "ผู้มาประชุม"
    assert normalize_line("ครังที ๒/๒๕๖๕") == "ครั้งที่ 2/2565"
    # names and words that merely contain a label are left alone
    assert normalize_line("นายสมชาย ใจดี") == "นายสมชาย ใจดี"
    assert normalize_line("ครังทีประชุมใหญ่") == "ครังทีประชุมใหญ่"


def test_a_year_never_carries_a_thousands_comma() -> None:
    assert normalize_line("ที่ 123/2,567") == "ที่ 123/2567"
    assert normalize_line("พ.ศ. 2,567") == "พ.ศ. 2567"
    assert normalize_line("เป็นเงิน 2,567 บาท") == "เป็นเงิน 2,567 บาท"


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
