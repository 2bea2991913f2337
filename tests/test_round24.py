"""Layouts this round brought (fictional offices, written the ways Thai offices print them and
scans read them): each class one test, failing on the code before the round."""

from __future__ import annotations

from pipeline.model import Parsed
from pipeline.thai import wrapped_inside_word
from schemas import Agenda
from tests.conftest import parse_pages


def rows_of(parsed: list[Parsed], kind: type) -> list:
    return [r for p in parsed for r in p.rows if isinstance(r, kind)]


def test_a_line_breaks_inside_a_word_only_where_the_dictionary_says_so() -> None:
    assert wrapped_inside_word("การเลือกคณะกรรมการแปร", "ญัตติ ร่างเทศบัญญัติ")
    assert not wrapped_inside_word("รับรองรายงานการประชุม", "ครั้งที่ 3/2569")
    assert not wrapped_inside_word("ประจำปีงบประมาณ", "พ.ศ. 2570")  # (a letter alone makes words)
    assert not wrapped_inside_word("(ITA)", "ประจำปี")


def test_an_agenda_title_wrapped_to_the_margin_and_on_under_an_indented_speech_column() -> None:
    # A scan of minutes whose speeches stand indented: the page wrapped a long heading at its
    # edge (the rest at the margin), and the heading's own second line stands indented.
    speech = [f"\tประธานสภาฯ แจ้งรายละเอียดข้อ {n} ให้ที่ประชุมทราบโดยสังเขป" for n in range(1, 4)]
    parsed = parse_pages(
        "\n".join(
            [
                "รายงานการประชุมสภาเทศบาลตำบลห้วยทรายงาม",
                "สมัยสามัญ สมัยที่ ๓ ครั้งที่ ๑/๒๕๖๙",
                "วันพฤหัสบดีที่ ๑๓ สิงหาคม ๒๕๖๙ เวลา ๐๙.๐๐ น.",
                "ระเบียบวาระที่ ๑ เรื่อง ประธานแจ้งต่อที่ประชุม",
                *speech,
                "\tมติที่ประชุม รับทราบ",
                "ระเบียบวาระที่ ๒ เรื่อง ที่เสนอใหม่",
                "ระเบียบวาระที่ ๒.๑ การกำหนดจำนวนและการเลือกคณะกรรมการแปร",
                "ญัตติ",
                "\tร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ",
                "\tพ.ศ. ๒๕๗๐",
                *speech,
                "\tมติที่ประชุม เห็นชอบ ๗ คน",
                "ระเบียบวาระที่ ๒.๒ ญัตติขอความเห็นชอบการขอใช้ที่ดิน",
                "สาธารณประโยชน์ แปลงหนองสิม",
                "\tชุมชนโพนสว่าง",
                *speech,
                "\tมติที่ประชุม เห็นชอบ",
            ]
        )
    )
    titles = {a.item_no: a.title for a in rows_of(parsed, Agenda)}
    assert titles["2"] == "ที่เสนอใหม่"
    assert titles["2.1"] == "การกำหนดจำนวนและการเลือกคณะกรรมการแปรญัตติ ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570"
    assert titles["2.2"] == "ญัตติขอความเห็นชอบการขอใช้ที่ดิน สาธารณประโยชน์ แปลงหนองสิม ชุมชนโพนสว่าง"
