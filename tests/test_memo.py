"""Memos: header fields one to a line or two on a line, wrapped values, the author's signature."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers.memo import header_pieces, label_of
from parsers.vocabulary import lone_prefix, signer_name
from pipeline.model import Parsed
from pipeline.thai import find_fiscal_year
from schemas import Memo
from tests.conftest import fields_as, parse_pages, parse_text_file


def memos_of(parsed: list[Parsed]) -> list[tuple[Parsed, Memo]]:
    out = []
    for p in parsed:
        if p.document.doc_type == "memo":
            rows = [r for r in p.rows if isinstance(r, Memo)]
            assert len(rows) == 1
            out.append((p, rows[0]))
    return out


def memo_in(text: str) -> Memo:
    """The one memo of a one-page text (normalised, segmented, parsed)."""
    (parsed,) = parse_pages(text)
    (memo,) = [r for r in parsed.rows if isinstance(r, Memo)]
    return memo


# Fields one to a line, Thai digits, dotted fills, a phone number, comment blocks after the signer.
SEPARATE_LINES_WITH_COMMENTS = "\n".join(
    [
        "บันทึกข้อความ",
        "ส่วนราชการ.....กองคลัง งานพัสดุ.......โทร. ๐ ๓๔๗๑ ๑๒๓๔......",
        "ที่.........สม ๕๒๐๑๑/๓๔.........",
        "วันที่.......๑๒ มีนาคม ๒๕๖๗..........",
        "เรื่อง.......ขออนุมัติจัดซื้อวัสดุสำนักงาน",
        "เรียน.......นายกเทศมนตรีตำบลบ้านสวนหมาก",
        "ด้วยกองคลัง เทศบาลตำบลบ้านสวนหมาก มีความจำเป็นต้องจัดซื้อวัสดุสำนักงาน เพื่อใช้ในการปฏิบัติงาน"
        " ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน ๑๐ รายการ",
        "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
        "(นางสาวพิมพ์ชนก ทองสุข)",
        "นักวิชาการพัสดุชำนาญการ",
        "ความเห็นของผู้อำนวยการกองคลัง",
        "เห็นควรอนุมัติ",
        "(นายวีระพงษ์ ศรีสมบูรณ์)",
        "ผู้อำนวยการกองคลัง",
        "อนุมัติ",
        "(นายบุญมา ใจกว้าง)",
        "นายกเทศมนตรีตำบลบ้านสวนหมาก",
    ]
)


# ที่ and วันที่ on one line (space runs), an abbreviated month, a wrapped subject stating a
# fiscal year, the signer's prefix on a line of its own, position lines wrapped at "และ".
ONE_LINE_REF_AND_DATE = "\n".join(
    [
        "บันทึกข้อความ",
        "ส่วนราชการ   สำนักปลัดเทศบาล งานการเจ้าหน้าที่   โทร ๐๔๔-๖๑๒๓๔๕",
        "ที่  นม ๕๓๒๐๑/๑๒๕        วันที่  ๕ ม.ค. ๒๕๖๗",
        "เรื่อง  รายงานผลการฝึกอบรมเสริมสร้างคุณธรรมจริยธรรมของพนักงานเทศบาล",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "เรียน  ปลัดเทศบาลตำบลบ้านสวนหมาก",
        "ตามที่ งานการเจ้าหน้าที่ได้จัดโครงการฝึกอบรมเสริมสร้างคุณธรรมจริยธรรม เมื่อวันที่ ๒๐ ธันวาคม ๒๕๖๖"
        " ณ ห้องประชุมเทศบาลตำบลบ้านสวนหมาก นั้น บัดนี้ได้ดำเนินการเสร็จสิ้นแล้ว",
        "จึงเรียนมาเพื่อโปรดทราบ",
        "ว่าที่ร้อยตรี",
        "(สมศักดิ์  รักษ์ถิ่น)",
        "หัวหน้าฝ่ายอำนวยการ หัวหน้าคณะทำงานส่งเสริมคุณธรรม",
        "และความโปร่งใส",
        "๒๕๖๗๐๑",
        "ทราบ",
        "(นายประเสริฐ มั่นคง)",
        "ปลัดเทศบาลตำบลบ้านสวนหมาก",
    ]
)


# Tabs between label and value (a form's cells), an empty cell left by a fill, the date in a
# cell of its own, a department naming the office, and a second memo in the same source.
TAB_CELLS_TWO_MEMOS = "\n".join(
    [
        "บันทึกข้อความ",
        "ส่วนราชการ\t\tองค์การบริหารส่วนตำบลหนองน้ำใส",
        "ที่\tนศ ๗๘๐๐๑/๙\tวันที่\t\t๓๑ ตุลาคม ๒๕๖๖",
        "เรื่อง\tขอเชิญประชุม",
        "เรียน\tหัวหน้าส่วนราชการทุกส่วน",
        "ด้วยองค์การบริหารส่วนตำบลหนองน้ำใส กำหนดประชุมหัวหน้าส่วนราชการ ในวันที่ ๒ พฤศจิกายน ๒๕๖๖"
        " เวลา ๑๐.๐๐ น. จึงขอเชิญท่านเข้าร่วมประชุมโดยพร้อมเพรียงกัน",
        "(นางอรุณี แสงจันทร์)",
        "ปลัดองค์การบริหารส่วนตำบลหนองน้ำใส",
        "\f",
        "บันทึกข้อความ",
        "ส่วนราชการ กองช่าง",
        "ที่ นศ ๗๘๐๐๑/๑๐ วันที่ ๑ พ.ย. ๖๖",
        "เรื่อง ขอส่งรายงานการตรวจสอบอาคาร",
        "เรียน ปลัดองค์การบริหารส่วนตำบลหนองน้ำใส",
        "ตามที่ได้รับมอบหมายให้ตรวจสอบอาคารสำนักงาน บัดนี้ได้ดำเนินการเรียบร้อยแล้ว รายละเอียดตามเอกสารแนบ",
        "(นายก้องเกียรติ ศรีวงศ์)",
        "ผู้อำนวยการกองช่าง",
    ]
)


def test_memo_without_signature_warns(tmp_path: Path) -> None:
    text = "\n".join(["บันทึกข้อความ", "ส่วนราชการ กองคลัง", "เรื่อง ทดสอบ", "เรียน ปลัดเทศบาล", "ข้อความ"])
    [(parsed, memo)] = memos_of(parse_text_file(tmp_path, text))
    assert memo.subject == "ทดสอบ"
    assert memo.signer_name is None
    assert any("no signer" in w for w in parsed.warnings)


def test_signature_helpers() -> None:
    assert signer_name("(นางสาวมณีรัตน์ ดวงดี)") == ("นางสาว", "มณีรัตน์ ดวงดี")
    assert signer_name("(สมศักดิ์ รักษ์ถิ่น)") == (None, "สมศักดิ์ รักษ์ถิ่น")
    assert signer_name("(สำนักงาน ป.ป.ช.)") is None
    assert signer_name("(น.ส.มณีรัตน์ ดวงดี)") == ("น.ส.", "มณีรัตน์ ดวงดี")
    assert signer_name("(Integrity and Transparency Assessment)") is None
    assert signer_name("(ร่าง)") is None
    assert lone_prefix("ว่าที่ร้อยโท") == "ว่าที่ร้อยโท"
    assert lone_prefix("ปลัดเทศบาล") is None
    assert find_fiscal_year("แผนการจัดซื้อ ประจำปีงบประมาณ พ.ศ.2568", label="stated") == 2568
    assert find_fiscal_year("ขอเชิญประชุม วันที่ 5 มกราคม พ.ศ. 2567", label="stated") is None


# An indented layout, the addressee on the line under เรียน, a signer without parentheses
# below the closing words.
INDENTED_BARE_SIGNER = "\n".join(
    [
        "\t\tบันทึกข้อความ",
        "ส่วนราชการ  กองการศึกษา เทศบาลเมืองท่าเรือใหม่",
        "ที่  ทม ๕๑๒๐๓/๗๗     วันที่  ๒๐ มิถุนายน ๒๕๖๗",
        "เรื่อง  ขอรายงานผลการจัดกิจกรรมวันสุนทรภู่",
        "เรียน",
        "\tนายกเทศมนตรีเมืองท่าเรือใหม่",
        "\tตามที่กองการศึกษาได้จัดกิจกรรมวันสุนทรภู่ เมื่อวันที่ ๒๖ มิถุนายน ๒๕๖๗ บัดนี้ได้ดำเนินการเรียบร้อยแล้ว",
        "\tจึงเรียนมาเพื่อโปรดทราบ",
        "\t\t\tนางสาวกานดา ศรีเมือง",
        "\t\t\tผู้อำนวยการกองการศึกษา",
    ]
)


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("สวนราชการ กองคลัง", ("department", "กองคลัง")),  # OCR dropped the tone mark
        ("วันที 5 ม.ค. 2567", ("memo_date", "5 ม.ค. 2567")),
        ("เรือง ขอเชิญประชุม", ("subject", "ขอเชิญประชุม")),
        ("เรื่อง:ขอเชิญประชุม", ("subject", "ขอเชิญประชุม")),
        ("ที่ มท 0808.2/ว 12", ("ref_no", "มท 0808.2/ว 12")),
        ("ที่ประชุมมีมติ", None),
        ("ทีนม73201/042", ("ref_no", "นม73201/042")),  # a scan lost the mark and the space
        ("ท ขก 78105/215", ("ref_no", "ขก 78105/215")),  # ... both marks
        ("ทีมงาน 5 คน", None),
        ("๔๗ ยล 53401/158", ("ref_no", "ยล 53401/158")),  # ที่ garbled whole before a ref number
        ("Tun 4 มีนาคม 2569", ("memo_date", "4 มีนาคม 2569")),  # วันที่ garbled before a date
        ("มี 4 มีนาคม 2569 ประชุม", None),
        ("อ้างถึง หนังสือจังหวัด", ("other", "หนังสือจังหวัด")),
    ],
)
def test_header_labels(piece: str, expected: tuple[str, str] | None) -> None:
    assert label_of(piece) == expected


def test_a_scanned_title_and_a_telephone_whose_label_was_garbled() -> None:
    from parsers.memo import PHONE, is_title

    assert is_title("บันุทึกข้ ความ") and is_title("บันทึกข้อความ")
    assert not is_title("บันทึกข้อตกลง") and not is_title("บันทึกการประชุม")
    # the garuda's place held on the title's own line
    assert is_title("(ครุฑ)                              บันทึกข้อความ") and is_title("ครุฑ\tบันทึกข้อความ")
    assert not is_title("(ครุฑ)")
    assert PHONE.sub("", "เทศบาลตำบลธารน้ำใสงาม Ins. 0 7328 9154ต่อ123") == "เทศบาลตำบลธารน้ำใสงาม"


def test_date_glued_to_the_ref_number() -> None:
    assert header_pieces("ที่ มท 0808/123วันที่ 5 ม.ค. 2567") == ["ที่ มท 0808/123", "วันที่ 5 ม.ค. 2567"]
    assert header_pieces("ที่\tมท 0808/123\tวันที่\t5 ม.ค. 2567") == ["ที่", "มท 0808/123", "วันที่", "5 ม.ค. 2567"]


ADDRESSEE_ON_TWO_LINES = """บันทึกข้อความ
ส่วนราชการ   สำนักปลัดเทศบาล งานธุรการ   โทร ๐๕๓-๑๒๓๔๕๖
ที่   ชม ๕๑๓๐๑/ว ๑๒                 วันที่   ๒๗  กันยายน  ๒๕๖๖
เรื่อง   ขอเชิญประชุมคณะกรรมการจัดทำแผนพัฒนาท้องถิ่น
เรียน   ผู้อำนวยการกองทุกกอง / หัวหน้าหน่วยตรวจสอบภายใน
        และคณะกรรมการจัดทำแผนพัฒนาท้องถิ่นทุกท่าน
          ด้วยเทศบาลตำบลดอยงามเหนือ จะจัดประชุมคณะกรรมการ ในวันที่ ๓ ตุลาคม ๒๕๖๖
          จึงเรียนมาเพื่อทราบ
                              ว่าที่ร้อยตรี
                              (ศักดิ์ชัย ปัญญาดี)
                         หัวหน้าสำนักปลัดเทศบาล
"""


# Each text's memos in order: (the memo's fields, its document's fields).
MEMOS = [
    pytest.param(
        SEPARATE_LINES_WITH_COMMENTS,
        [
            (
                {
                    "department": "กองคลัง งานพัสดุ",
                    "ref_no": "สม 52011/34",
                    "memo_date": dt.date(2024, 3, 12),
                    "subject": "ขออนุมัติจัดซื้อวัสดุสำนักงาน",
                    "addressee": "นายกเทศมนตรีตำบลบ้านสวนหมาก",
                    # The author's block, not the director's comment nor the mayor's approval.
                    "signer_prefix": "นางสาว",
                    "signer_name": "พิมพ์ชนก ทองสุข",
                    "signer_position": "นักวิชาการพัสดุชำนาญการ",
                    "page_no": 1,
                },
                {
                    "title": "ขออนุมัติจัดซื้อวัสดุสำนักงาน",
                    "organization": "เทศบาลตำบลบ้านสวนหมาก",
                    "doc_date": dt.date(2024, 3, 12),
                    # The body names a fiscal year; the subject does not.
                    "fiscal_year": None,
                },
            )
        ],
        id="separate-lines-dotted-fills-and-comment-blocks",
    ),
    pytest.param(
        ONE_LINE_REF_AND_DATE,
        [
            (
                {
                    "department": "สำนักปลัดเทศบาล งานการเจ้าหน้าที่",
                    "ref_no": "นม 53201/125",
                    "memo_date": dt.date(2024, 1, 5),
                    "subject": "รายงานผลการฝึกอบรมเสริมสร้างคุณธรรมจริยธรรมของพนักงานเทศบาล ประจำปีงบประมาณ พ.ศ. 2567",
                    "addressee": "ปลัดเทศบาลตำบลบ้านสวนหมาก",
                    "signer_prefix": "ว่าที่ร้อยตรี",
                    "signer_name": "สมศักดิ์ รักษ์ถิ่น",
                    "signer_position": "หัวหน้าฝ่ายอำนวยการ หัวหน้าคณะทำงานส่งเสริมคุณธรรมและความโปร่งใส",
                },
                {
                    "fiscal_year": 2567,
                    "title": "รายงานผลการฝึกอบรมเสริมสร้างคุณธรรมจริยธรรมของพนักงานเทศบาล ประจำปีงบประมาณ พ.ศ. 2567",
                    "organization": "เทศบาลตำบลบ้านสวนหมาก",
                },
            )
        ],
        id="ref-and-date-on-one-line-wrapped-subject",
    ),
    pytest.param(
        TAB_CELLS_TWO_MEMOS,
        [
            (
                {
                    "department": "องค์การบริหารส่วนตำบลหนองน้ำใส",
                    "ref_no": "นศ 78001/9",
                    "memo_date": dt.date(2023, 10, 31),
                    "addressee": "หัวหน้าส่วนราชการทุกส่วน",
                    "signer_prefix": "นาง",
                    "signer_name": "อรุณี แสงจันทร์",
                },
                {"organization": "องค์การบริหารส่วนตำบลหนองน้ำใส"},
            ),
            (
                {
                    "page_no": 2,
                    "ref_no": "นศ 78001/10",
                    "memo_date": dt.date(2023, 11, 1),
                    "subject": "ขอส่งรายงานการตรวจสอบอาคาร",
                    # นายก้องเกียรติ is a name (นาย + ก้องเกียรติ), not the mayor (นายก...).
                    "signer_prefix": "นาย",
                    "signer_name": "ก้องเกียรติ ศรีวงศ์",
                    "signer_position": "ผู้อำนวยการกองช่าง",
                },
                {"organization": "องค์การบริหารส่วนตำบลหนองน้ำใส"},
            ),
        ],
        id="tab-cells-and-two-memos-in-one-source",
    ),
    pytest.param(
        INDENTED_BARE_SIGNER,
        [
            (
                {
                    "department": "กองการศึกษา เทศบาลเมืองท่าเรือใหม่",
                    "ref_no": "ทม 51203/77",
                    "memo_date": dt.date(2024, 6, 20),
                    "addressee": "นายกเทศมนตรีเมืองท่าเรือใหม่",
                    "signer_prefix": "นางสาว",
                    "signer_name": "กานดา ศรีเมือง",
                    "signer_position": "ผู้อำนวยการกองการศึกษา",
                },
                {"organization": "เทศบาลเมืองท่าเรือใหม่"},
            )
        ],
        id="indented-memo-with-bare-signer",
    ),
    pytest.param(
        ADDRESSEE_ON_TWO_LINES,
        [
            (
                {
                    "addressee": "ผู้อำนวยการกองทุกกอง / หัวหน้าหน่วยตรวจสอบภายใน และคณะกรรมการจัดทำแผนพัฒนาท้องถิ่นทุกท่าน",
                    "ref_no": "ชม 51301/ว 12",
                    "department": "สำนักปลัดเทศบาล งานธุรการ",
                    "signer_prefix": "ว่าที่ร้อยตรี",
                    "signer_name": "ศักดิ์ชัย ปัญญาดี",
                },
                {},
            )
        ],
        id="addressee-continued-on-the-next-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMOS)
def test_memo_fields(tmp_path: Path, text: str, expected: list[tuple[dict[str, object], dict[str, object]]]) -> None:
    found = memos_of(parse_text_file(tmp_path, text))
    assert len(found) == len(expected)
    got = [
        (fields_as(memo, memo_fields), fields_as(parsed.document, document_fields))
        for (parsed, memo), (memo_fields, document_fields) in zip(found, expected, strict=True)
    ]
    assert got == expected


# An urgency stamp above the heading, labels OCR left without their marks, a signed name (ลงชื่อ) on one line.
URGENCY_STAMP = "\n".join(
    [
        "ด่วนที่สุด",
        "   บันทึกข้อความ",
        "สวนราชการ  สำนักปลัดเทศบาล  งานธุรการ  โทรศัพท์ ๐ ๔๕๘๑ ๒๒๓๔",
        "ที่ อบ ๕๒๑๐๙/ว ๐๑๕                        วันที ๒๒  พฤศจิกายน  ๒๕๖๖",
        "เรือง  ขอเชิญประชุมคณะทำงานจัดทำแผนพัฒนาบุคลากร",
        "เรียน  หัวหน้าส่วนราชการทุกส่วน",
        "          ด้วยเทศบาลตำบลหนองบัวเงิน จะจัดประชุมคณะทำงานในวันศุกร์ที่ ๑ ธันวาคม ๒๕๖๖",
        "          จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมโดยพร้อมเพรียงกัน",
        "",
        "                              ลงชื่อ (นายปิยะศักดิ์  ทองเหลือง)",
        "                                      ปลัดเทศบาลตำบลหนองบัวเงิน",
    ]
)


def test_urgency_stamp_dropped_marks_and_a_signed_name_on_one_line(tmp_path: Path) -> None:
    parsed = parse_text_file(tmp_path, URGENCY_STAMP)
    assert [p.document.doc_type for p in parsed] == ["memo"]  # the stamp is not a document
    ((_, memo),) = memos_of(parsed)
    expected = {
        "department": "สำนักปลัดเทศบาล งานธุรการ",
        "ref_no": "อบ 52109/ว 015",
        "memo_date": dt.date(2023, 11, 22),
        "subject": "ขอเชิญประชุมคณะทำงานจัดทำแผนพัฒนาบุคลากร",
        "signer_prefix": "นาย",
        "signer_name": "ปิยะศักดิ์ ทองเหลือง",
        "signer_position": "ปลัดเทศบาลตำบลหนองบัวเงิน",
    }
    assert fields_as(memo, expected) == expected


def test_a_telephone_extension_wrapped_onto_its_own_line_does_not_end_the_header() -> None:
    """A long ส่วนราชการ line wraps in a word processor: ``ต่อ`` or the extension alone stands
    on the next line, above ที่ and วันที่ (seen in LibreOffice and Chromium PDFs and their scans)."""
    for tail in ("๑๒", "ต่อ ๑๒"):
        memo = memo_in(
            "บันทึกข้อความ\n"
            "ส่วนราชการ กองช่าง งานสาธารณูปโภค โทร. ๐ ๓๘๔๕ ๑๒๓๔\n"
            f"{tail}\n"
            "ที่ ชบ ๕๕๑๐๑/๐๗๗\tวันที่ ๓ ก.พ. ๒๕๖๘\n"
            "เรื่อง ขอซ่อมแซมถนนลูกรังหมู่ที่ ๔\n"
            "เรียน นายกองค์การบริหารส่วนตำบลหนองเสือเผือก\n"
            "\tด้วยกองช่างได้รับแจ้งจากผู้ใหญ่บ้าน\n"
        )
        assert memo.subject == "ขอซ่อมแซมถนนลูกรังหมู่ที่ 4"
        assert memo.ref_no == "ชบ 55101/077"
        assert memo.department == "กองช่าง งานสาธารณูปโภค"


def test_a_year_wrapped_under_the_date_after_a_wrapped_extension_stays_the_dates() -> None:
    memo = memo_in(
        "บันทึกข้อความ\n"
        "ส่วนราชการ  สำนักปลัดเทศบาล งานนิติการ  โทร. ๐ ๔๔๕๒ ๗๑๘๖ ต่อ\n"
        "๑๐๕\n"
        "ที่  ขจ ๕๒๕๐๑/๔๑๗                     วันที่  ๒๔  มีนาคม\n"
        "๒๕๖๘\n"
        "เรื่อง  ขออนุมัติจัดซื้อครุภัณฑ์สำนักงาน\n"
        "เรียน  นายกเทศมนตรีตำบลดงมะไฟใหม่\n"
    )
    assert memo.memo_date == dt.date(2025, 3, 24)


def test_a_date_whose_label_ocr_garbled_is_read_from_the_ref_cell() -> None:
    memo = memo_in(
        "บันทึกข้อความ\n"
        "ส่วนราชการ กองคลัง งานพัสดุ\n"
        "ที่ นม 73201/042 Sui 12 ม. ค.2567\n"
        "เรื่อง ขออนุมัติจัดซื้อวัสดุ\n"
        "เรียน นายกเทศมนตรีตำบลโนนสวรรค์\n"
        "\tด้วยกองคลังมีความจำเป็น\n"
    )
    assert memo.ref_no == "นม 73201/042"
    assert memo.memo_date == dt.date(2024, 1, 12)


def test_a_reference_numbers_office_code_run_into_its_number_by_a_scan() -> None:
    from parsers.memo import normalize_ref

    assert normalize_ref("นม73201/042") == "นม 73201/042"
    assert normalize_ref("ลท.53201.03/162") == "ลท.53201.03/162"  # printed with a dot: as printed


def test_a_scans_specks_between_header_fields_and_a_reference_label_without_its_mark() -> None:
    page = "\n".join(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กองการศึกษา เทศบาลตำบลสมมุติ โทร.๐ ๓๖๕๓",
            "YOO                                             ;",
            "ที สห ๕๒๔๐๒.๓/๒๑๔                            วันที่ ๒ ธันวาคม ๒๕๖๘",
            "เรื่อง ขออนุมัติดำเนินโครงการจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๙",
            "เรียน นายกเทศมนตรีตำบลสมมุติ",
            "ตามที่ เทศบาลตำบลสมมุติ ได้ตั้งงบประมาณ",
        ]
    )
    memo = next(r for p in parse_pages(page) for r in p.rows if isinstance(r, Memo))
    assert (memo.ref_no, memo.subject) == ("สห 52402.3/214", "ขออนุมัติดำเนินโครงการจัดงานวันเด็กแห่งชาติ ประจำปี 2569")


def test_a_departments_wrapped_last_word_is_no_speck_line() -> None:
    memo = memo_in(
        "บันทึกข้อความ\n"
        "ส่วนราชการ  กองช่าง เทศบาลตำบลหนองน้ำ\n"
        "เย็น\n"
        "ที่  พล 55201/318                     วันที่  3 ก.พ. 2568\n"
        "เรื่อง  ขอความเห็นชอบรายงานผลการตรวจรับงานจ้าง\n"
        "เรียน  ปลัดเทศบาลตำบลหนองน้ำเย็น\n"
    )
    assert memo.department is not None and memo.department.replace(" ", "") == "กองช่างเทศบาลตำบลหนองน้ำเย็น"


def test_a_memo_routed_through_the_deputy_is_signed_below_the_body() -> None:
    from tests.conftest import parse_pages

    text = "\n".join(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ  กองคลัง งานพัสดุ อบต.ทดสอบ  (โทร/โทรสาร ๐ ๕๔๗๘ ๑๓๒๖)",
            "ที่  นน ๘๑๕๐๑/๐๓๘                                วันที่  ๒๐  มกราคม  พ.ศ. ๒๕๖๙",
            "เรื่อง  รายงานขอซื้อวัสดุคอมพิวเตอร์",
            "เรียน  นายกองค์การบริหารส่วนตำบลทดสอบ",
            "        (ผ่าน ปลัดองค์การบริหารส่วนตำบลทดสอบ)",
            "        งานพัสดุได้ตรวจสอบแล้ว เห็นควรจัดซื้อโดยวิธีเฉพาะเจาะจง",
            "        จึงเรียนมาเพื่อโปรดพิจารณา",
            "                                        (ลงชื่อ)",
            "                                  (จ.ส.อ.หญิง กนกวรรณ ปัญญาดี)",
            "                                      ผู้อำนวยการกองคลัง",
        ]
    )
    ((_, memo),) = memos_of(parse_pages(text))
    assert memo.department == "กองคลัง งานพัสดุ อบต.ทดสอบ"
    assert (memo.signer_prefix, memo.signer_name, memo.signer_position) == (
        "จ.ส.อ.หญิง",
        "กนกวรรณ ปัญญาดี",
        "ผู้อำนวยการกองคลัง",
    )
