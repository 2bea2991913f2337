"""Layouts and scan readings this round brought (fictional offices, written the ways Thai
offices print them and scans read them): each class one test, failing on the code before the
round."""

from __future__ import annotations

from decimal import Decimal

from parsers.ita_scores import legend_names, with_numbers_between
from parsers.project_sheets import match_heading, sheet_budget
from pipeline.model import Line, Parsed
from pipeline.thai import baht_in_words
from schemas import Attendee, CommitteeMember
from tests.conftest import parse_pages


def rows_of(parsed: list[Parsed], kind: type) -> list:
    return [r for p in parsed for r in p.rows if isinstance(r, kind)]


def test_a_member_tables_short_header_row_is_no_part_of_the_group_heading_above_it() -> None:
    # A scan lost the dash of ``ชื่อ - สกุล`` and the tone mark of ``ที่``: the header row is
    # short enough to pass for the heading's wrapped rest.
    parsed = parse_pages(
        "\n".join(
            [
                "คำสั่งเทศบาลตำบลบางงาม",
                "ที่ ๕๐/๒๕๖๙",
                "เรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต",
                "จึงแต่งตั้งคณะกรรมการและคณะทำงาน ดังนี้",
                "๑. คณะกรรมการอำนวยการ",
                "ที\tชื่อ สกุล\tตำแหน่ง\tหน้าที่",
                "๑\tนายสมชาย ใจงาม\tนายกเทศมนตรี\tประธานกรรมการ",
                "๒\tนางสาวพร ศรีงาม\tปลัดเทศบาล\tกรรมการและเลขานุการ",
                "๒. คณะทำงานติดตามผล",
                "ที\tชื่อ\tตำแหน่ง",
                "๓\tนายชัย มีงาม\tรองปลัดเทศบาล\tประธานคณะทำงาน",
                "สั่ง ณ วันที่ ๒๐ มีนาคม พ.ศ. ๒๕๖๙",
            ]
        )
    )
    groups = {m.seq: m.group_name for m in rows_of(parsed, CommitteeMember)}
    assert groups == {"1": "คณะกรรมการอำนวยการ", "2": "คณะกรรมการอำนวยการ", "3": "คณะทำงานติดตามผล"}


def test_people_listed_three_to_a_line_their_last_number_wrapped_from_its_name() -> None:
    # A browser's page wrapped each line of a list typed three to a line; a scan read the
    # same list with no column gap before some numbers (``... บุญงาม = ๒ นายสมาน ...``) and
    # the label's line says the head count and where the signatures are.
    heading = [
        "รายงานการประชุมประชาคมหมู่บ้าน บ้านนางาม หมู่ที่ ๓",
        "ครั้งที่ ๑/๒๕๖๙",
        "วันอาทิตย์ที่ ๘ มีนาคม พ.ศ. ๒๕๖๙ เวลา ๐๙.๐๐ นาฬิกา",
        "ณ ศาลาอเนกประสงค์ประจำหมู่บ้าน",
    ]
    tail = [
        "ผู้ไม่มาประชุม",
        "\t(๑) นายสุข ใจงาม\tกรรมการหมู่บ้าน",
        "เริ่มประชุมเวลา ๐๙.๐๐ นาฬิกา",
        "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    ]
    typed = [
        "ผู้มาประชุม รวม ๖๘ คน (ตามบัญชีลงลายมือชื่อแนบท้าย) ประกอบด้วย",
        "\t(๑) นายทองดี บุญงาม\t(๒) นายสมาน ดีงาม\t(๓)",
        "\tนางลำดวน สายงาม",
        "\t(๔) นายเฉลิม จันทร์งาม\t(๕) นางสาวมณี บุตรงาม\t(๖)",
        "\tนายประเสริฐ ศรีงาม",
    ]
    scanned = [
        "ผู้มาประชุม รวม ๖๘ คน (ตามบัญชีลงลายมือชื่อแนบท้าย) ประกอบด้วย",
        "     ๑) นายทองดี บุญงาม = ๒ นายสมาน ดีงาม                           ๓",
        "     นางลำดวน สายงาม",
        "     ๔ นายเฉลิม จันทร์งาม               ๕ นางสาวมณี บุตรงาม ๖)",
        "     นายประเสริฐ ศรีงาม",
    ]
    came = {"ทองดี บุญงาม", "สมาน ดีงาม", "ลำดวน สายงาม", "เฉลิม จันทร์งาม", "มณี บุตรงาม", "ประเสริฐ ศรีงาม"}
    for body in (typed, scanned):
        parsed = parse_pages("\n".join([*heading, *body, *tail]))
        people = {a.full_name: (a.status, a.position) for a in rows_of(parsed, Attendee)}
        assert people == {**dict.fromkeys(came, ("present", None)), "สุข ใจงาม": ("absent", "กรรมการหมู่บ้าน")}

    # a village number at a position's end is no next number of the list
    parsed = parse_pages(
        "\n".join(
            [
                *heading,
                "ผู้มาประชุม",
                "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
                "๒\tนางวาสนา  พิมพ์งาม\tสมาชิกสภา อบต. หมู่ที่ ๓\tกรรมการ",
                "๓\tนายเสถียร  ทองงาม\tสมาชิกสภา อบต. หมู่ที่ ๗\tกรรมการ",
                *tail[2:],
            ]
        )
    )
    assert {a.full_name: (a.position, a.role) for a in rows_of(parsed, Attendee)} == {
        "วาสนา พิมพ์งาม": ("สมาชิกสภา อบต. หมู่ที่ 3", "กรรมการ"),
        "เสถียร ทองงาม": ("สมาชิกสภา อบต. หมู่ที่ 7", "กรรมการ"),
    }


def test_a_heading_wrapped_by_the_page_and_a_roll_call_ticked_in_came_or_did_not_come() -> None:
    # The heading's lines wrapped into more short lines than a heading has; the roll call's
    # header has a tick column for who came and one for who did not, and a tally under it.
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
                "(อสม.)",
                "ศูนย์บริการสาธารณสุข กองสาธารณสุขและสิ่งแวดล้อม",
                "เทศบาลตำบลบัวงาม",
                "ครั้งที่ 3/2569 (ประจำเดือนมีนาคม)",
                "วันอังคารที่ 10 มีนาคม 2569 เวลา 09.30",
                "น.",
                "ณ ห้องประชุมศูนย์บริการสาธารณสุข เทศบาลตำบล",
                "บัวงาม",
                "รายชื่อ อสม. ผู้เข้าประชุม (ตามบัญชีลงเวลา)",
                "ที่\tชื่อ - สกุล\tตำแหน่ง\tมา\tไม่มา\tหมายเหตุ",
                "1\tนางบุญศรี อินงาม\tประธานชมรม อสม.\t☑",
                "2\tนางศรีนวล ธรรมงาม\tอสม. หมู่ 2\t\t☑",
                "3\tนายทองสุข ปันงาม\tอสม. หมู่ 6\t☑\tติดธุระ",
                "4\tนางสาวดวงใจ หน่องาม\tอสม. หมู่ 11\t☑\t☐",
                "สรุป\tมาประชุม 2 คน\tไม่มาประชุม 2 คน\tรวม 4 คน",
                "เริ่มประชุมเวลา 09.30 น.",
                "เรื่องที่ 1 ประธานแจ้งให้ทราบ",
            ]
        )
    )
    people = {a.full_name: (a.status, a.position) for a in rows_of(parsed, Attendee)}
    assert people == {
        "บุญศรี อินงาม": ("present", "ประธานชมรม อสม."),
        "ศรีนวล ธรรมงาม": ("absent", "อสม. หมู่ 2"),
        "ทองสุข ปันงาม": ("absent", "อสม. หมู่ 6"),
        "ดวงใจ หน่องาม": ("present", "อสม. หมู่ 11"),
    }


def test_a_sheets_lettered_section_whose_dot_a_scan_read_as_a_vowel_below() -> None:
    assert match_heading("ซู.ผู้รับผิดชอบโครงการ กองคลัง (งานพัสดุ)") == ("responsible", "กองคลัง (งานพัสดุ)", "ซ")
    assert match_heading("ชุ งบประ มา ณ 18,000 บาท") == ("budget", "18,000 บาท", "ช")
    assert match_heading("ชุมชน งบประมาณ 18,000 บาท") is None


def test_an_amount_spelled_out_in_words_says_which_number_is_the_budget() -> None:
    assert baht_in_words("(หนึ่งหมื่นแปดพันบาทถ้วน)") == Decimal("18000.00")
    assert baht_in_words("( สองพันห้าร้อยบาท ห้าสิบสตางค์ )") == Decimal("2500.50")
    assert baht_in_words("(หนึ่งหมื่นแปดพัน)") is None and baht_in_words("(ขี้ม่นบาทถ้วน)") is None
    # a scan garbled the ``บาท`` after the budget; the first amount before ``บาท`` is a cost
    stated = "18,000 UW (หนึ่งหมื่นแปดพันบาทถ้วน) ค่าตอบแทนวิทยากร 3 ชั่วโมง x 600 บาท = 1,800 บาท"
    assert sheet_budget(stated) == Decimal("18000.00")
    # words that disagree with every printed number are no check (a scan garbled them)
    assert sheet_budget("งบประมาณ 20,000 บาท (หนึ่งหมื่นแปดพันบาทถ้วน)") == Decimal("20000.00")


def test_an_ita_legend_as_a_scan_reads_its_short_labels_and_a_garbled_heading_between_numbered_ones() -> None:
    legend = [
        "ตช.1การปฏิบัติหน้าที่                   ตซ.6 คุณภาพการดำเนินงาน",
        "ตช.2 การใช้งบประมาณ                 ตช 7 ประสิทธิภาพการสื่อสาร",
        "ตช.4การใช้ทรัพย์สินของราชการ ตช .«9การเปิดเผยข้อมูล",
        "ตช.5การแก้ไขปัญหาการทุจริต                 ตช,10การป้องกันการทุจริต",
    ]
    names = legend_names([Line(text=t, page_no=1, index=k) for k, t in enumerate(legend)])
    assert names == {
        1: "การปฏิบัติหน้าที่",
        2: "การใช้งบประมาณ",
        4: "การใช้ทรัพย์สินของราชการ",
        5: "การแก้ไขปัญหาการทุจริต",
        6: "คุณภาพการดำเนินงาน",
        7: "ประสิทธิภาพการสื่อสาร",
        9: "การเปิดเผยข้อมูล",
        10: "การป้องกันการทุจริต",
    }
    # ``ตช.3 | AVA | ตช.5``: the garbled heading is ตช.4; a gap the numbers do not step over is left
    assert with_numbers_between({1: 1, 2: 2, 3: 3, 5: 5, 6: 6}) == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}
    assert with_numbers_between({1: 1, 3: 5}) == {1: 1, 3: 5}
