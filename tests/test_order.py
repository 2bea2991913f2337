"""Orders: order fields, signer, committee members in groups (tabs, space runs, single spaces)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers.order import correct_office, read_member, split_role
from pipeline.model import Parsed
from schemas import CommitteeMember, Order
from tests.conftest import fields_as, parse_pages, parse_text_file


def order_of(parsed: list[Parsed]) -> tuple[Parsed, Order, dict[tuple[str | None, str], CommitteeMember]]:
    [found] = [p for p in parsed if p.document.doc_type == "order"]
    [order] = [r for r in found.rows if isinstance(r, Order)]
    members = {(r.group_name, r.seq or ""): r for r in found.rows if isinstance(r, CommitteeMember)}
    return found, order, members


def lines_of(lines: list[str]) -> str:
    return "\n".join(lines)


def members_in(tmp_path: Path, text: str) -> dict[tuple[str | None, str], CommitteeMember]:
    """The committee members of the one order in a text file, by (group, number)."""
    return order_of(parse_text_file(tmp_path, text))[2]


# Thai digits, a wrapped subject, two groups with duties, a repeated surname column, a wrapped
# position, a group continued across a form feed (page number and continuation marker around
# it), space-run columns on page 2, the signer's prefix above the name, a misspelled office.
TWO_GROUPS_ACROSS_PAGES = "\n".join(
    [
        "คำสั่งเทศบาลตำบลบ้านสวนหมาก",
        "ที่ ๑๒๓ /๒๕๖๗",
        "เรื่อง แต่งตั้งคณะกรรมการอำนวยการและคณะทำงานจัดทำแผนป้องกันการทุจริต",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "---------------------------",
        "ตามที่เทศบาลตำบลบ้านสวนหมาก ได้ดำเนินการจัดทำแผนป้องกันการทุจริตเป็นประจำทุกปี เพื่อให้การบริหารงาน"
        "เป็นไปด้วยความโปร่งใส ตรวจสอบได้ นั้น",
        "เพื่อให้การจัดทำแผนเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการและคณะทำงาน ดังนี้",
        "๑. คณะกรรมการอำนวยการ ประกอบด้วย",
        "๑.๑ นายสมชาย ใจดี\tใจดี\tปลัดเทศบาล\tประธานกรรมการ",
        "๑.๒ นางมาลัย ศรีสุข\tศรีสุข\tรองปลัดเทศบาล\tรองประธานกรรมการ",
        "๑.๓ นายกิตติ\tวงศ์ใหญ่\tผู้อำนวยการกองคลัง\tกรรมการ",
        "๑.๔ นายอนันต์ สุขสม\tสุขสม\tผู้อำนวยการสถานศึกษาโรงเรียนเทศบาล ๑\tกรรมการ",
        "\t\tบ้านสวนหมาก",
        "๑.๕\tนางสาวจันทร์เพ็ญ\tแก้วมณี หัวหน้าสำนักปลัด\tกรรมการและเลขานุการ",
        "มีหน้าที่",
        "๑. ให้คำปรึกษา แนะนำ แก้ไขปัญหาในการจัดทำแผน",
        "๒. กำกับ ติดตาม การดำเนินงานของคณะทำงาน",
        "๒. คณะทำงาน ประกอบด้วย",
        "๒.๑ นางสาวมาลี ชื่นใจ\tนักวิเคราะห์นโยบายและแผนชำนาญการ\tหัวหน้าคณะทำงาน",
        "๒.๒ นายกฤษณะ\tบุญมา\tนิติกรปฏิบัติการ\tคณะทำงาน",
        "๒.๓ นางวันดี\tสายทอง\tเจ้าพนักงานธุรการชำนาญงาน\tคณะทำงาน",
        "๒.๔ นางสาวปราณี\tมีสุข\tเจ้าพนักงานธุรการปฏิบัติงาน\tคณะทำงาน",
        "๒.๕ นายสุรชัย\tเพชรงาม\tนักจัดการงานทั่วไปปฏิบัติการ\tคณะทำงาน",
        "๒.๖ นางจิราพร\tคงดี\tนักทรัพยากรบุคคลชำนาญการ\tคณะทำงาน",
        "๒.๗ นายธีระ\tแสงทอง\tนายช่างโยธาชำนาญงาน\tคณะทำงาน",
        "๒.๘ นางสาวอัมพร\tรุ่งเรือง\tนักวิชาการเงินและบัญชีปฏิบัติการ\tคณะทำงาน",
        "๒.๙ นายประยุทธ\tนาคสวัสดิ์\tเจ้าพนักงานป้องกันฯ ปฏิบัติงาน\tคณะทำงาน",
        "/นายวิชัย...",
        "\f- ๒ -",
        "๒.๑๐ นายวิชัย  กล้าหาญ    นักจัดการงานทั่วไป    คณะทำงาน",
        "๒.๑๑ ว่าที่ร้อยตรีหญิงสุดา  ใจงาม    นักวิชาการคอมพิวเตอร์    คณะทำงานและเลขานุการ",
        "ให้มีหน้าที่ รวบรวมข้อมูล จัดทำร่างแผน และเสนอคณะกรรมการอำนวยการพิจารณา",
        "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
        "สั่ง ณ วันที่ ๑๕ เดือน ตุลาคม พ.ศ. ๒๕๖๗",
        "ว่าที่ร้อยตรี",
        "(ประวิทย์ มั่นคง)",
        "ปลัดเทศบาล ปฏิบัติหน้าที่",
        "นายกเทศมนตรีตำบลบ้านสวนหมก",
    ]
)


# One committee, named in the sentence before an unnested list typed with single spaces; the
# role is told from the position by its words at the end of the line.
SINGLE_SPACES = "\n".join(
    [
        "คำสั่งองค์การบริหารส่วนตำบลหนองน้ำใส",
        "ที่ 45/2566",
        "เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
        "ด้วยองค์การบริหารส่วนตำบลหนองน้ำใส ได้จัดซื้อวัสดุคอมพิวเตอร์ จำนวน 5 รายการ จึงแต่งตั้ง"
        "คณะกรรมการตรวจรับพัสดุ ประกอบด้วย",
        "1. นายธนา ณ ระนอง นักวิชาการเงินและบัญชีชำนาญการ ประธานกรรมการ",
        "2. นางสาวรุ่งนภา ใจเย็น เจ้าพนักงานพัสดุปฏิบัติงาน กรรมการ",
        "3. นายเอกชัย พูลผล กรรมการ",
        "ให้คณะกรรมการมีหน้าที่ตรวจรับพัสดุให้เป็นไปตามระเบียบกระทรวงการคลังฯ",
        "สั่ง ณ วันที่ 2 พ.ย. 2566",
        "(นางอรุณี แสงจันทร์)",
        "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติหน้าที่",
        "นายกองค์การบริหารส่วนตำบลหนองน้ำไส",
    ]
)


# (position, the office in the heading, the position as corrected)
CORRECTED_OFFICES = [
    ("นายกเทศมนตรีตำบลบ้านสวนหมก", "เทศบาลตำบลบ้านสวนหมาก", "นายกเทศมนตรีตำบลบ้านสวนหมาก"),
    ("นายกเทศมนตรีเมืองท่าเรือใหม่", "เทศบาลเมืองท่าเรือใหม่", "นายกเทศมนตรีเมืองท่าเรือใหม่"),
    ("นายกเทศมนตรีตำบลโคกคดกระบากปฏิบัติหน้าที่", "เทศบาลตำบลโคกกระบาก", "นายกเทศมนตรีตำบลโคกกระบากปฏิบัติหน้าที่"),
    ("นายก อบต.หนองนำใส", "องค์การบริหารส่วนตำบลหนองน้ำใส", "นายก อบต.หนองน้ำใส"),
]
# (position, the office in the heading): positions left as they are.
UNCORRECTED_OFFICES = [
    ("นายกเทศมนตรีตำบลหนองบอน", "เทศบาลตำบลหนองบัว"),
    # A different place is another office, not a misspelling.
    ("นายอำเภอเมืองนครนายก", "เทศบาลตำบลบ้านสวนหมาก"),
    ("ปลัดเทศบาล", "เทศบาลตำบลบ้านสวนหมาก"),
    ("นายกเทศมนตรีตำบลบ้านสวนหมก", None),
]


@pytest.mark.parametrize(
    ("position", "office", "expected"),
    CORRECTED_OFFICES + [(position, office, position) for position, office in UNCORRECTED_OFFICES],
)
def test_correct_office(position: str, office: str | None, expected: str) -> None:
    assert correct_office(position, office) == expected


def test_member_rows() -> None:
    member = read_member("นายสมชาย ใจดี\tใจดี\tปลัดเทศบาล\tประธานกรรมการ", "ก", "1.1", 1)
    assert member is not None
    assert (member.full_name, member.position, member.role) == ("สมชาย ใจดี", "ปลัดเทศบาล", "ประธานกรรมการ")
    # A position without a role keeps all its words.
    member = read_member(
        "นางสาวสมใจ\tรักดี\tหัวหน้าฝ่ายบริหารงานทั่วไป รักษาราชการแทน ผู้อำนวยการกองช่าง", None, "1.9", 1
    )
    assert member is not None
    assert (member.full_name, member.role) == ("สมใจ รักดี", None)
    assert member.position == "หัวหน้าฝ่ายบริหารงานทั่วไป รักษาราชการแทน ผู้อำนวยการกองช่าง"
    assert read_member("ให้คำปรึกษา แนะนำ แก้ไขปัญหา", None, "1", 1) is None
    assert split_role(["นายก ข ค", "ประธานชุมชนบ้านหนองบัว"]) == (["นายก ข ค", "ประธานชุมชนบ้านหนองบัว"], None)


# Committees named by unnumbered sentences, ``เป็น`` before a role, a ``ตำแหน่ง`` label, a row
# whose position and role wrap onto the next line, the number on the heading's line, an
# indented layout and a signer's name printed without parentheses.
UNNUMBERED_GROUPS = "\n".join(
    [
        "คำสั่งเทศบาลเมืองท่าเรือใหม่ ที่ ๘/๒๕๖๘",
        "เรื่อง แต่งตั้งคณะกรรมการจัดงานวันเด็กแห่งชาติ",
        "\tด้วยเทศบาลเมืองท่าเรือใหม่ กำหนดจัดงานวันเด็กแห่งชาติ ประจำปี ๒๕๖๘ จึงแต่งตั้งคณะกรรมการ ดังนี้",
        "\tคณะกรรมการอำนวยการ ประกอบด้วย",
        "\t\t๑. นายชาญ ชัยชนะ ตำแหน่ง นายกเทศมนตรีเมืองท่าเรือใหม่ เป็นประธานกรรมการ",
        "\t\t๒. นางลำดวน หอมจันทร์",
        "\t\t    รองนายกเทศมนตรี  เป็นรองประธานกรรมการ",
        "\tคณะกรรมการฝ่ายสถานที่ ประกอบด้วย",
        "\t\t๑. นายทองดี มีทรัพย์ ผู้อำนวยการกองช่าง ประธานกรรมการ",
        "\t\t๒. นายสมหมาย ขยันยิ่ง นายช่างโยธาชำนาญงาน กรรมการและเลขานุการ",
        "\tทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
        "\t\tสั่ง ณ วันที่ ๓ มกราคม พ.ศ. ๒๕๖๘",
        "\t\t\tนายชาญ ชัยชนะ",
        "\t\t\tนายกเทศมนตรีเมืองท่าเรือใหม่",
    ]
)


# Members in a list attached after the signature; sub-groups that say ประกอบด้วย.
ATTACHED_LIST = "\n".join(
    [
        "คำสั่งองค์การบริหารส่วนตำบลบ้านสวนหมาก",
        "ที่ ๕/๒๕๖๗",
        "เรื่อง แต่งตั้งคณะกรรมการดำเนินงานตลาดนัดชุมชน",
        "ด้วยองค์การบริหารส่วนตำบลบ้านสวนหมาก จะจัดตลาดนัดชุมชนทุกวันเสาร์ จึงแต่งตั้งคณะกรรมการตามบัญชีรายชื่อแนบท้ายคำสั่งนี้",
        "สั่ง ณ วันที่ ๑๐ มกราคม พ.ศ. ๒๕๖๗",
        "(นายบุญส่ง ทองมา)",
        "นายกองค์การบริหารส่วนตำบลบ้านสวนหมาก",
        "\f",
        "บัญชีรายชื่อคณะกรรมการแนบท้ายคำสั่งองค์การบริหารส่วนตำบลบ้านสวนหมาก ที่ ๕/๒๕๖๗",
        "๑. คณะกรรมการดำเนินงาน ประกอบด้วย",
        "๑.๑ ฝ่ายสถานที่ ประกอบด้วย",
        "๑.๑.๑ นายดำรง มีสุข\tนายช่างโยธา\tประธานกรรมการ",
        "๑.๑.๒ นางบัวผัน ใจดี\tผู้ใหญ่บ้าน หมู่ที่ ๓\tกรรมการ",
        "๑.๒ ฝ่ายการเงิน ประกอบด้วย",
        "๑.๒.๑ นางสาวเพ็ญศรี รุ่งเรือง\tนักวิชาการเงินและบัญชี\tประธานกรรมการ",
    ]
)


# A table with a header row (printed again on page 2), the prefix and the surname in columns
# of their own.
TABLE_COLUMNS = "\n".join(
    [
        "คำสั่งเทศบาลตำบลบ้านสวนหมาก",
        "ที่ 77/2567",
        "เรื่อง แต่งตั้งคณะกรรมการตรวจรับงานจ้าง",
        "ตามที่เทศบาลตำบลบ้านสวนหมาก ได้จ้างเหมาก่อสร้างถนน จึงแต่งตั้งคณะกรรมการตรวจรับงานจ้าง ประกอบด้วย",
        "ลำดับ\tคำนำหน้า\tชื่อ\tนามสกุล\tตำแหน่ง\tหน้าที่",
        "1\tนาย\tสุเมธ\tแสงดาว\tผู้อำนวยการกองช่าง\tประธานกรรมการ",
        "2\tว่าที่\tร.ต.ชัยยา ขันทอง\tนายช่างโยธาอาวุโส\tกรรมการ",
        "\f- 2 -",
        "ลำดับ\tคำนำหน้า\tชื่อ\tนามสกุล\tตำแหน่ง\tหน้าที่",
        "3\tนางสาว\tอารีย์\tพรหมมา\tนักวิชาการพัสดุ\tกรรมการและเลขานุการ",
        "สั่ง ณ วันที่ 1 กรกฎาคม 2567",
        "(นายประเสริฐ มั่นคง)",
        "นายกเทศมนตรีตำบลบ้านสวนหมาก",
    ]
)


# Sub-groups numbered 2.1 whose members are numbered (1), (2); ประธานที่ปรึกษา; an office code
# before the order number; the year as พุทธศักราช.
SUBGROUPS_WITH_PARENTHESISED_MEMBERS = "\n".join(
    [
        "คำสั่งเทศบาลเมืองบ้านสวนหมาก",
        "ที่ ทม.สม. ๓๐๕/๒๕๖๖",
        "เรื่อง แต่งตั้งคณะทำงานจัดงานวันต่อต้านคอร์รัปชันสากล",
        "\tเพื่อให้การจัดงานเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังนี้",
        "๑. คณะที่ปรึกษา",
        "\t๑.๑ นายประจักษ์ ศรีงาม\tนายกเทศมนตรีเมืองบ้านสวนหมาก\tประธานที่ปรึกษา",
        "\t๑.๒ นายวีรชน ดีมาก\tรองนายกเทศมนตรี\tที่ปรึกษา",
        "๒. คณะทำงาน ประกอบด้วย",
        "\t๒.๑ คณะทำงานฝ่ายสถานที่ ประกอบด้วย",
        "\t\t(๑) นายสมปอง ใจเพชร\tผู้อำนวยการกองช่าง\tหัวหน้าคณะทำงาน",
        "\t\t(๒) นางสาวดาริน สุขดี\tเจ้าพนักงานธุรการ\tคณะทำงานและเลขานุการ",
        "\t๒.๒ คณะทำงานฝ่ายพิธีการ ประกอบด้วย",
        "\t\t(๑) นางวาสนา บุญยืน\tหัวหน้าสำนักปลัดเทศบาล\tหัวหน้าคณะทำงาน",
        "-๒-",
        "\t\t(๒) นายภาคิน แก้วใส\tนักประชาสัมพันธ์ปฏิบัติการ\tคณะทำงานและเลขานุการ",
        "\tให้คณะทำงานมีหน้าที่ เตรียมการและดำเนินการจัดงานให้แล้วเสร็จ",
        "\t\tสั่ง ณ วันที่ ๑ เดือน ธันวาคม พุทธศักราช ๒๕๖๖",
        "\t\t\t(นายประจักษ์ ศรีงาม)",
        "\t\tนายกเทศมนตรีเมืองบ้านสวนหมาก",
    ]
)


# Each member over three lines (name, ตำแหน่ง, เป็น role), a role after หน้าที่/ทำหน้าที่.
LABELLED_MEMBERS = "\n".join(
    [
        "คำสั่ง องค์การบริหารส่วนตำบลบ้านสวนหมาก",
        "ที่ ๑๒/๒๕๖๗",
        "เรื่อง : แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "\tจึงแต่งตั้งคณะทำงาน ดังนี้",
        "\t๑. นายสุชาติ บุญประเสริฐ",
        "\t\tตำแหน่ง ปลัดองค์การบริหารส่วนตำบล",
        "\t\tเป็นประธานคณะทำงาน",
        "\t๒. นายณรงค์ ณ สงขลา ตำแหน่ง ผู้อำนวยการกองคลัง ทำหน้าที่ คณะทำงาน",
        "\t๓. ส.อ.วิทยา กลิ่นหอม\tตำแหน่ง นักวิเคราะห์นโยบายและแผน\tหน้าที่ คณะทำงานและเลขานุการ",
        "\tทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
        "\tสั่ง ณ วันที่ ๑๘ เดือน ตุลาคม พ.ศ. ๒๕๖๗",
        "\t(นางสาวมณีรัตน์ ทองใบ)",
        "\tปลัดองค์การบริหารส่วนตำบล ปฏิบัติราชการแทน",
        "\tนายกองค์การบริหารส่วนตำบลบ้านสวนหมาก",
    ]
)


def test_labelled_members_over_several_lines(tmp_path: Path) -> None:
    rows = {seq: (m.full_name, m.position, m.role) for (_, seq), m in members_in(tmp_path, LABELLED_MEMBERS).items()}
    assert rows == {
        "1": ("สุชาติ บุญประเสริฐ", "ปลัดองค์การบริหารส่วนตำบล", "ประธานคณะทำงาน"),
        "2": ("ณรงค์ ณ สงขลา", "ผู้อำนวยการกองคลัง", "คณะทำงาน"),
        "3": ("วิทยา กลิ่นหอม", "นักวิเคราะห์นโยบายและแผน", "คณะทำงานและเลขานุการ"),
    }


# An order by the mayor (คำสั่งนายกเทศมนตรีตำบล...), a member table with a column of what
# each one looks after.
MAYORS_ORDER_WITH_DUTY_COLUMN = "\n".join(
    [
        "คำสั่งนายกเทศมนตรีตำบลบ้านสวนหมาก",
        "ที่ ๒๒๕/๒๕๖๕",
        "เรื่อง มอบหมายผู้รับผิดชอบการเผยแพร่ข้อมูลสาธารณะ",
        "\tเพื่อให้การเปิดเผยข้อมูลสาธารณะเป็นไปตามหลักเกณฑ์ จึงมอบหมายให้พนักงานเทศบาลดังต่อไปนี้",
        "ลำดับ\tชื่อ-สกุล\tตำแหน่ง\tตัวชี้วัดที่รับผิดชอบ",
        "๑\tนางอรอุมา ทิพย์มณี\tนักจัดการงานทั่วไป\tO1 - O5",
        "๒\tนายพงศ์ภัค มณีทอง\tนักวิชาการคอมพิวเตอร์\tO6 - O10",
        "\tสั่ง ณ วันที่ ๓๐ กันยายน ๒๕๖๕",
        "\t( นายทรงพล เกษมดี )",
        "\tนายกเทศมนตรีตำบลบ้านสวนหมาก",
    ]
)


BOARD, TEAM = "คณะกรรมการอำนวยการ", "คณะทำงาน"  # TWO_GROUPS_ACROSS_PAGES's groups (and UNNUMBERED_GROUPS's board)
INSPECTION, VENUE = "คณะกรรมการตรวจรับพัสดุ", "คณะกรรมการฝ่ายสถานที่"
WORKS = "คณะกรรมการตรวจรับงานจ้าง"
ADVISERS, VENUE_TEAM, RITES = "คณะที่ปรึกษา", "คณะทำงานฝ่ายสถานที่", "คณะทำงานฝ่ายพิธีการ"
TWO_GROUPS_SUBJECT = "แต่งตั้งคณะกรรมการอำนวยการและคณะทำงานจัดทำแผนป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"

# Each text's order and its document: (text, the order's fields, the document's fields).
ORDERS = [
    pytest.param(
        TWO_GROUPS_ACROSS_PAGES,
        {
            "order_no": "123/2567",
            "subject": TWO_GROUPS_SUBJECT,
            "order_date": dt.date(2024, 10, 15),
            "signer_name": "ประวิทย์ มั่นคง",
            # OCR's บ้านสวนหมก is spelled as the office in the heading.
            "signer_position": "ปลัดเทศบาล ปฏิบัติหน้าที่ นายกเทศมนตรีตำบลบ้านสวนหมาก",
            "page_no": 1,
        },
        {
            "title": TWO_GROUPS_SUBJECT,
            "organization": "เทศบาลตำบลบ้านสวนหมาก",
            "doc_date": dt.date(2024, 10, 15),
            "fiscal_year": 2568,
        },
        id="two-groups-across-pages",
    ),
    pytest.param(
        SINGLE_SPACES,
        {
            "order_no": "45/2566",
            "order_date": dt.date(2023, 11, 2),
            "signer_name": "อรุณี แสงจันทร์",
            "signer_position": "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติหน้าที่ นายกองค์การบริหารส่วนตำบลหนองน้ำใส",
        },
        {"organization": "องค์การบริหารส่วนตำบลหนองน้ำใส", "fiscal_year": None},
        id="single-spaces",
    ),
    pytest.param(
        UNNUMBERED_GROUPS,
        {"order_no": "8/2568", "order_date": dt.date(2025, 1, 3), "signer_name": "ชาญ ชัยชนะ", "signer_position": "นายกเทศมนตรีเมืองท่าเรือใหม่"},
        {"organization": "เทศบาลเมืองท่าเรือใหม่", "fiscal_year": None},
        id="unnumbered-groups-bare-signer",
    ),
    pytest.param(
        ATTACHED_LIST,
        {"signer_name": "บุญส่ง ทองมา", "order_date": dt.date(2024, 1, 10)},
        {},
        id="attached-list",
    ),
    pytest.param(
        SUBGROUPS_WITH_PARENTHESISED_MEMBERS,
        {"order_no": "305/2566", "order_date": dt.date(2023, 12, 1)},
        {},
        id="subgroups-office-code-and-buddhist-era",
    ),
    pytest.param(
        LABELLED_MEMBERS,
        {"signer_position": "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติราชการแทน นายกองค์การบริหารส่วนตำบลบ้านสวนหมาก"},
        {},
        id="labelled-members",
    ),
    pytest.param(
        MAYORS_ORDER_WITH_DUTY_COLUMN, {}, {"organization": "เทศบาลตำบลบ้านสวนหมาก"}, id="mayors-order"
    ),
]


@pytest.mark.parametrize(("text", "order_fields", "document_fields"), ORDERS)
def test_order_and_document_fields(
    tmp_path: Path, text: str, order_fields: dict[str, object], document_fields: dict[str, object]
) -> None:
    parsed, order, _ = order_of(parse_text_file(tmp_path, text))
    assert fields_as(order, order_fields) == order_fields
    assert fields_as(parsed.document, document_fields) == document_fields


# Each text's committee members: (text, every (group, number), {(group, number): fields}).
MEMBERS = [
    pytest.param(
        TWO_GROUPS_ACROSS_PAGES,
        [(BOARD, f"1.{n}") for n in range(1, 6)] + [(TEAM, f"2.{n}") for n in range(1, 12)],
        {
            (BOARD, "1.1"): {"prefix": "นาย", "full_name": "สมชาย ใจดี", "position": "ปลัดเทศบาล", "role": "ประธานกรรมการ"},
            (BOARD, "1.3"): {"full_name": "กิตติ วงศ์ใหญ่"},
            (BOARD, "1.4"): {"position": "ผู้อำนวยการสถานศึกษาโรงเรียนเทศบาล 1 บ้านสวนหมาก"},
            (BOARD, "1.5"): {
                "prefix": "นางสาว",
                "full_name": "จันทร์เพ็ญ แก้วมณี",
                "position": "หัวหน้าสำนักปลัด",
                "role": "กรรมการและเลขานุการ",
            },
            (TEAM, "2.1"): {
                "full_name": "มาลี ชื่นใจ",
                "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                "role": "หัวหน้าคณะทำงาน",
            },
            # นายกฤษณะ is นาย + กฤษณะ, not the mayor.
            (TEAM, "2.2"): {"prefix": "นาย", "full_name": "กฤษณะ บุญมา"},
            (TEAM, "2.10"): {"full_name": "วิชัย กล้าหาญ", "position": "นักจัดการงานทั่วไป", "role": "คณะทำงาน", "page_no": 2},
            (TEAM, "2.11"): {"prefix": "ว่าที่ร้อยตรีหญิง", "full_name": "สุดา ใจงาม", "role": "คณะทำงานและเลขานุการ"},
            (TEAM, "2.9"): {"position": "เจ้าพนักงานป้องกันฯ ปฏิบัติงาน", "page_no": 1},
        },
        id="two-groups-across-a-page-break",
    ),
    pytest.param(
        SINGLE_SPACES,
        [(INSPECTION, "1"), (INSPECTION, "2"), (INSPECTION, "3")],
        {
            (INSPECTION, "1"): {
                "prefix": "นาย",
                "full_name": "ธนา ณ ระนอง",
                "position": "นักวิชาการเงินและบัญชีชำนาญการ",
                "role": "ประธานกรรมการ",
            },
            (INSPECTION, "2"): {"position": "เจ้าพนักงานพัสดุปฏิบัติงาน", "role": "กรรมการ"},
            (INSPECTION, "3"): {"position": None, "role": "กรรมการ"},
        },
        id="single-spaced-members-of-one-committee",
    ),
    pytest.param(
        UNNUMBERED_GROUPS,
        [(BOARD, "1"), (BOARD, "2"), (VENUE, "1"), (VENUE, "2")],
        {
            (BOARD, "1"): {"full_name": "ชาญ ชัยชนะ", "position": "นายกเทศมนตรีเมืองท่าเรือใหม่", "role": "ประธานกรรมการ"},
            # the position and the role wrapped onto the next line
            (BOARD, "2"): {"full_name": "ลำดวน หอมจันทร์", "position": "รองนายกเทศมนตรี", "role": "รองประธานกรรมการ"},
            (VENUE, "2"): {"position": "นายช่างโยธาชำนาญงาน", "role": "กรรมการและเลขานุการ"},
        },
        id="unnumbered-groups-and-wrapped-rows",
    ),
    pytest.param(
        ATTACHED_LIST,
        [("ฝ่ายการเงิน", "1.2.1"), ("ฝ่ายสถานที่", "1.1.1"), ("ฝ่ายสถานที่", "1.1.2")],
        {
            ("ฝ่ายสถานที่", "1.1.2"): {"position": "ผู้ใหญ่บ้าน หมู่ที่ 3"},
            ("ฝ่ายการเงิน", "1.2.1"): {"page_no": 2},
        },
        id="members-in-an-attached-list",
    ),
    pytest.param(
        TABLE_COLUMNS,
        [(WORKS, "1"), (WORKS, "2"), (WORKS, "3")],
        {
            (WORKS, "1"): {"prefix": "นาย", "full_name": "สุเมธ แสงดาว", "position": "ผู้อำนวยการกองช่าง", "role": "ประธานกรรมการ"},
            # The header row printed again on page 2 is not more of this member's position.
            (WORKS, "2"): {"prefix": "ว่าที่ ร.ต.", "full_name": "ชัยยา ขันทอง", "position": "นายช่างโยธาอาวุโส"},
            (WORKS, "3"): {"role": "กรรมการและเลขานุการ"},
        },
        id="table-with-prefix-and-surname-columns",
    ),
    pytest.param(
        SUBGROUPS_WITH_PARENTHESISED_MEMBERS,
        [(ADVISERS, "1.1"), (ADVISERS, "1.2"), (VENUE_TEAM, "1"), (VENUE_TEAM, "2"), (RITES, "1"), (RITES, "2")],
        {
            (ADVISERS, "1.1"): {"position": "นายกเทศมนตรีเมืองบ้านสวนหมาก", "role": "ประธานที่ปรึกษา"},
            (RITES, "2"): {"full_name": "ภาคิน แก้วใส", "position": "นักประชาสัมพันธ์ปฏิบัติการ", "role": "คณะทำงานและเลขานุการ"},
        },
        id="subgroups-with-parenthesised-members",
    ),
]


@pytest.mark.parametrize(("text", "keys", "expected"), MEMBERS)
def test_committee_members(
    tmp_path: Path,
    text: str,
    keys: list[tuple[str, str]],
    expected: dict[tuple[str, str], dict[str, object]],
) -> None:
    members = members_in(tmp_path, text)
    assert sorted(members) == sorted(keys)
    assert {key: fields_as(members[key], fields) for key, fields in expected.items()} == expected


def test_mayors_order_and_a_duty_column(tmp_path: Path) -> None:
    members = members_in(tmp_path, MAYORS_ORDER_WITH_DUTY_COLUMN)
    assert [(m.full_name, m.position) for m in members.values()] == [
        ("อรอุมา ทิพย์มณี", "นักจัดการงานทั่วไป"),
        ("พงศ์ภัค มณีทอง", "นักวิชาการคอมพิวเตอร์"),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                "คำสั่งองค์การบริหารส่วนตำบลปากคลองใต้",
                "ที่ 88/2567",
                "เรื่อง แต่งตั้งคณะทำงานเผยแพร่ข้อมูล",
                "1. คณะทำงาน ประกอบด้วย",
                "  1.1  นายสมชาย ใจดี          ปลัดองค์การบริหารส่วนตำบล        หัวหน้าคณะทำงาน",
                "  1.2  นางสาวพรรณี ช่วยชู        เจ้าพนักงานธุรการปฏิบัติงาน       คณะทำงานและ",
                "                                                            ผู้ช่วยเลขานุการ",
                "สั่ง ณ วันที่ 3 มิถุนายน พ.ศ. 2567",
            ],
            {
                "1.1": ("ปลัดองค์การบริหารส่วนตำบล", "หัวหน้าคณะทำงาน"),
                "1.2": ("เจ้าพนักงานธุรการปฏิบัติงาน", "คณะทำงานและผู้ช่วยเลขานุการ"),
            },
            id="the-roles-second-line-alone-under-its-column",
        ),
        pytest.param(
            # as LibreOffice lays out a space-aligned member line too wide for the page
            [
                "คำสั่งเทศบาลตำบลทดสอบ",
                "ที่ 123/2567",
                "เรื่อง แต่งตั้งคณะทำงาน",
                "2. คณะทำงาน ประกอบด้วย",
                "   2.1 นางสาวศศิธร ใจงาม  หัวหน้าฝ่ายอำนวยการ      หัวหน้า",
                "   คณะทำงาน",
                "   2.2 จ่าเอกวรวุฒิ สายสุด  นายช่างโยธาชำนาญงาน      คณะ",
                "   ทำงาน",
                "สั่ง ณ วันที่ 3 มิถุนายน พ.ศ. 2567",
            ],
            {"2.1": ("หัวหน้าฝ่ายอำนวยการ", "หัวหน้าคณะทำงาน"), "2.2": ("นายช่างโยธาชำนาญงาน", "คณะทำงาน")},
            id="the-line-wrapped-at-the-margin",
        ),
    ],
)
def test_a_role_wrapped_onto_the_next_line(tmp_path: Path, lines: list[str], expected: dict[str, tuple[str, str]]) -> None:
    """Every member's (position, role) by number."""
    found = {seq: (m.position, m.role) for (_, seq), m in members_in(tmp_path, "\n".join(lines)).items()}
    assert found == expected


def test_a_group_heading_wrapped_over_two_lines_names_the_members_below() -> None:
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลบ้านโคกกระเจา",
            "ที่ 214/2568",
            "เรื่อง แต่งตั้งคณะทำงานประเมินคุณธรรมและความโปร่งใส",
            "จึงแต่งตั้งคณะทำงานเพื่อดำเนินการดังกล่าว ดังนี้",
            "คณะทำงานประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วย",
            "งานภาครัฐ (ITA) ประกอบด้วย",
            "1.\tนายประเสริฐ วงศ์ทองดี\tปลัดเทศบาล\tประธานคณะทำงาน",
            "2.\tนางวิไลวรรณ ศรีสมบูรณ์\tรองปลัดเทศบาล\tรองประธานคณะทำงาน",
            "สั่ง ณ วันที่ 28 ตุลาคม พ.ศ. 2568",
        ]
    )
    members = [r for p in parse_pages(text) for r in p.rows if isinstance(r, CommitteeMember)]
    group = "คณะทำงานประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
    assert [m.group_name for m in members] == [group, group]


def test_a_surname_wrapped_under_its_given_name_in_a_member_table() -> None:
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดสอบ",
            "ที่ 12/2568",
            "เรื่อง แต่งตั้งคณะกรรมการ",
            "๑. คณะกรรมการจัดทำแผน ประกอบด้วย",
            "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
            "๑.๑\tนายสมพงษ์ ศรีสุรินทร์\tปลัดองค์การบริหารส่วนตำบล\tประธานกรรมการ",
            "๑.๒\tนางสาวกัญญาณัฐ\tหัวหน้าสำนักปลัด\tกรรมการ",
            "\tศรีประเสริฐวงศ์\t\t",
            "๑.๓\tนายทองใบ ธนูศิลป์\tผู้อำนวยการกองคลัง\tกรรมการ",
            "สั่ง ณ วันที่ 2 กันยายน พ.ศ. 2568",
        ]
    )
    members = {r.seq: r for p in parse_pages(text) for r in p.rows if type(r).__name__ == "CommitteeMember"}
    assert (members["1.2"].full_name, members["1.2"].position) == ("กัญญาณัฐ ศรีประเสริฐวงศ์", "หัวหน้าสำนักปลัด")


def test_committee_headings_as_ocr_leaves_them() -> None:
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดสอบ",
            "ที่ 12/2568",
            "เรื่อง แต่งตั้งคณะกรรมการ",
            "๑. ค ณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต ป",
            "ด้วย",
            "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
            "๑.๑\tนายสมพงษ์ ศรีสุรินทร์\tปลัดองค์การบริหารส่วนตำบล\tประธานกรรมการ",
            "๒. คณะกรรมการติดตามและประเมินผลแผนปฏิบัติการป้องกัน",
            "การทุจริต ประกอบด้วย",
            "ที่\tชื่อ - สกุล\tตำแหน่ง\tตำแหน่งในคณะกรรมการ",
            "๒.๑\tนายบุญมี ประเสริฐสุข\tรองนายกองค์การบริหารส่วนตำบล\tประธานกรรมการ",
            "สั่ง ณ วันที่ 2 กันยายน พ.ศ. 2568",
        ]
    )
    groups = {r.seq: r.group_name for p in parse_pages(text) for r in p.rows if type(r).__name__ == "CommitteeMember"}
    assert groups == {
        "1.1": "คณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต",
        "2.1": "คณะกรรมการติดตามและประเมินผลแผนปฏิบัติการป้องกันการทุจริต",
    }


def test_a_committee_named_above_its_table_with_its_composed_of_wrapped(tmp_path: Path) -> None:
    # as a copier scan reads it: ``ประกอบ`` / ``ด้วย`` on two lines, the header's dash lost
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลท่าทดสอบ",
            "ที่ 215/2568",
            "เรื่อง แต่งตั้งคณะกรรมการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
            "จึงแต่งตั้งบุคคลดังต่อไปนี้เป็นคณะกรรมการ",
            "คณะกรรมการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประกอบ",
            "        ๑๔๔ ด้วย                 ุ",  # the heading's lost number before the tail, a mark after it
            "ลำดับ\tชื่อ สกุล\tตำแหน่ง\tหน้าที่",
            "1\tนายสมศักดิ์ ภู่ระหงษ์\tปลัดเทศบาล\tประธานกรรมการ",
            "2\tนางกนกวรรณ จันทร์แก้ว\tรองปลัดเทศบาล\tรองประธานกรรมการ",
            "สั่ง ณ วันที่ 3 ตุลาคม พ.ศ. 2568",
        ]
    )
    _, _, members = order_of(parse_text_file(tmp_path, text))
    assert sorted(members) == [
        ("คณะกรรมการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ", "1"),
        ("คณะกรรมการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ", "2"),
    ]


def test_sub_numbers_a_scan_misread_past_a_page_break_take_their_place_in_the_count(tmp_path: Path) -> None:
    rows = ["2.1", "2.2", "2.3", "2.5", "2.5", "2.20"]
    names = ["นายบุญมี ประเสริฐสุข", "นายสำราญ ดีมาก", "นางประไพ ทองมา", "สิบเอกชัยณรงค์ ใจกล้า", "นายเสถียร บุญเย็น", "นางสาวอัญชลี บุญมาก"]
    text = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลทดสอบ",
            "ที่ 412/2568",
            "เรื่อง แต่งตั้งคณะกรรมการติดตามและประเมินผล",
            "2. คณะกรรมการติดตามและประเมินผล ประกอบด้วย",
            *[f"{seq}\t{name}\tกรรมการ" for seq, name in zip(rows, names, strict=True)],
            "สั่ง ณ วันที่ 2 กันยายน พ.ศ. 2568",
        ]
    )
    _, _, members = order_of(parse_text_file(tmp_path, text))
    assert sorted(seq for _, seq in members) == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]


def test_a_repeated_surname_column_as_a_scan_reads_it() -> None:
    # the column read with a mark off, and the name split a letter too late
    member = read_member("ว่าที่ร้อยตรีธนพล ศรีสวัสดิ์\tศรีสวัสดี\tปลัดเทศบาล\tกรรมการ", None, "1.3", 1)
    assert member is not None and (member.full_name, member.position) == ("ธนพล ศรีสวัสดิ์", "ปลัดเทศบาล")
    member = read_member("นางพรทิพย์คง สมบูรณ์\tคงสมบูรณ์\tผู้อำนวยการกองคลัง\tกรรมการ", None, "1.4", 1)
    assert member is not None and (member.full_name, member.position) == ("พรทิพย์ คงสมบูรณ์", "ผู้อำนวยการกองคลัง")


def test_the_role_column_before_the_position_and_a_plan_named_in_the_wrapped_subject(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลทดสอบ",
            "ที่ 312/2568",
            "เรื่อง  แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต และคณะ",
            "ทำงานติดตามประเมินผล",  # (the subject wrapped twice, as LibreOffice sets it)
            "       แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
            "      1. คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต ประกอบด้วย",
            "ลำดับที่\tชื่อ - นามสกุล\tตำแหน่งในคณะทำงาน\tตำแหน่ง",
            "1.1\tนายสุรชัย พรหมสุวรรณ\tประธานคณะทำงาน\tปลัดเทศบาล",
            "1.2\tนางวาสนา ทองอินทร์\tคณะทำงานและเลขานุการ\tรองปลัดเทศบาล",
            "สั่ง ณ วันที่ 20 ตุลาคม พ.ศ. 2568",
        ]
    )
    parsed = parse_text_file(tmp_path, text)
    assert [p.document.doc_type for p in parsed] == ["order"]
    _, _, members = order_of(parsed)
    assert [(m.position, m.role) for m in members.values()] == [
        ("ปลัดเทศบาล", "ประธานคณะทำงาน"),
        ("รองปลัดเทศบาล", "คณะทำงานและเลขานุการ"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "คา   ังเทศบาลตำบลท่าทดสอบ vi215/2568",
                "เรื่อง แต่งตั้งคณะกรรมการประเมินความเสี่ยงการทุจริต",
                "จึงแต่งตั้งบุคคลดังต่อไปนี้",
                "สั่ง ณ วันที่ 3 ตุลาคม พ.ศ. 2568",
            ],
            id="garbled",
        ),
        pytest.param(
            ["คำ ั่งเทศุบาลตำบลทดสอบ", "ที ๓๑๒/๒๕๖๘", "เรื่อง แต่งตั้งคณะทำงาน", "สั่ง ณ วันที่ 20 ตุลาคม พ.ศ. 2568"],
            id="stray-marks",
        ),
    ],
)
def test_an_order_heading_a_scan_damaged_still_opens_an_order(lines: list[str]) -> None:
    assert [p.document.doc_type for p in parse_pages("\n".join(lines))] == ["order"]


def test_a_group_listed_by_post_alone_and_duties_in_two_columns() -> None:
    page = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลผาสมมุติ",
            "ที่ 12/2568",
            "เรื่อง แต่งตั้งคณะกรรมการการประเมินคุณธรรมและความโปร่งใส",
            "            เพื่อให้การประเมินเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้",
            "      คณะกรรมการอำนวยการ  ประกอบด้วย",
            "            ๑. นายก อบต.ผาสมมุติ                          ประธานกรรมการ",
            "            ๒. รองนายก อบต.ผาสมมุติ คนที่ ๑               รองประธานกรรมการ",
            "            ๓. หัวหน้าสำนักปลัด                            กรรมการและเลขานุการ",
            "      มีหน้าที่  กำหนดนโยบาย ให้คำปรึกษา และกำกับดูแลการดำเนินงาน",
            "      ตามเป้าหมาย และพิจารณาอนุมัติข้อมูลก่อนการเผยแพร่",
            "      คณะทำงานประสานการตอบแบบวัด  ประกอบด้วย",
            "            ๑. นางสาวสุภาพร ใจเย็น         นักวิเคราะห์นโยบายและแผนชำนาญการ       หัวหน้าคณะทำงาน",
            "      มีหน้าที่  (๑) รวบรวมข้อมูลตามตัวชี้วัด",
            "            สั่ง ณ วันที่ ๓ ธันวาคม พ.ศ. ๒๕๖๘",
        ]
    )
    members = [row for p in parse_pages(page) for row in p.rows if isinstance(row, CommitteeMember)]
    posts = [(m.group_name, m.seq, m.prefix, m.full_name, m.position, m.role) for m in members[:3]]
    assert posts == [
        ("คณะกรรมการอำนวยการ", "1", None, None, "นายก อบต.ผาสมมุติ", "ประธานกรรมการ"),
        ("คณะกรรมการอำนวยการ", "2", None, None, "รองนายก อบต.ผาสมมุติ คนที่ 1", "รองประธานกรรมการ"),
        ("คณะกรรมการอำนวยการ", "3", None, None, "หัวหน้าสำนักปลัด", "กรรมการและเลขานุการ"),  # duties no part of it
    ]
    assert [(m.group_name, m.full_name) for m in members[3:]] == [("คณะทำงานประสานการตอบแบบวัด", "สุภาพร ใจเย็น")]


def test_an_order_number_whose_label_lost_its_mark_in_a_scan() -> None:
    from parsers.order import ORDER_NO

    match = ORDER_NO.search("ทีก123/2567")
    assert match is not None and (match["no"], match["year"]) == ("123", "2567")


def test_the_word_before_a_role_in_a_column_of_its_own() -> None:
    texts, role = split_role(["นายสมบูรณ์ ปัญญาวงค์", "นายกองค์การบริหารส่วนตำบลผาหมอกคำ", "เป็น", "ประธานกรรมการ"])
    assert (texts, role) == (["นายสมบูรณ์ ปัญญาวงค์", "นายกองค์การบริหารส่วนตำบลผาหมอกคำ"], "ประธานกรรมการ")


def test_a_role_wrapped_in_its_cell_and_a_group_name_wrapped_under_its_heading() -> None:
    page = "\n".join(
        [
            "คำสั่งองค์การบริหารส่วนตำบลผาสมมุติ",
            "ที่ 412/2568",
            "เรื่อง แต่งตั้งคณะทำงานการประเมินคุณธรรมและความโปร่งใส",
            "            เพื่อให้การดำเนินการเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังต่อไปนี้",
            "      คณะกรรมการอำนวยการ  ประกอบด้วย",
            "           ๑. นายก อบต.ผาสมมุติ                             ประธาน",
            "           กรรมการ",
            "คณะทำงาน                                 ประกอบด้วย",
            "ประสานการตอบ",
            "แบบวัด IIT และ EIT",
            "      ๑. นางสาวสุภาพร ใจเย็น      นักวิเคราะห์นโยบายและแผนชำนาญการ      หัวหน้าคณะทำงาน",
        ]
    )
    members = [row for p in parse_pages(page) for row in p.rows if isinstance(row, CommitteeMember)]
    assert [(m.group_name, m.position, m.role) for m in members] == [
        ("คณะกรรมการอำนวยการ", "นายก อบต.ผาสมมุติ", "ประธานกรรมการ"),
        ("คณะทำงานประสานการตอบแบบวัด IIT และ EIT", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "หัวหน้าคณะทำงาน"),
    ]


def test_a_group_heading_whose_composed_of_a_scan_doubled_a_vowel_in() -> None:
    from parsers.order import COMPOSED_OF

    assert COMPOSED_OF.search("๑. คณะกรรมการอำนวยการประะกอบด้วย")
    assert COMPOSED_OF.search("คณะทำงาน ประกอบดวย")


def test_a_scanned_order_heading_whose_office_word_lost_a_letter_opens_the_order() -> None:
    from parsers.order import OPENING_SKELETON, OPENING_TITLE
    from pipeline.thai import skeleton

    heading = "คำสั่งองค์ ารบริหารส่วนตำบลเขาขวางทอง"  # องค์การ with its ก lost
    assert OPENING_TITLE.match(heading) and OPENING_SKELETON.match(skeleton(heading))
    assert not OPENING_TITLE.match("คำสั่งสอนของพระพุทธเจ้า")


# An order appointing a plan-monitoring committee, up to its listing.
MONITORING_ORDER = (
    "คำสั่งเทศบาลตำบลทดสอบ",
    "ที่ 432/2568",
    "เรื่อง แต่งตั้งคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
    "จึงแต่งตั้งคณะกรรมการ ดังนี้",
)


def test_members_listed_by_post_with_their_names_in_brackets() -> None:
    # ``ผู้ทรงคุณวุฒิ (นายประสิทธิ์ ทองประเสริฐ)   เป็นประธานกรรมการ``; a long post's holder wrapped below
    text = "\n".join(
        [
            *MONITORING_ORDER,
            "ข้อ 1  คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น  ประกอบด้วย",
            "          1) ผู้ทรงคุณวุฒิ (ผศ.ดร.สุรพล ศรีอ่อน)                          เป็นประธานกรรมการ",
            "          2) ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านทดสอบ        เป็นกรรมการ",
            "             (นางพัชรี อินทร์สุข)",
            "          3) ผู้อำนวยการกองคลัง (ผู้แทนหน่วยงาน)                     เป็นกรรมการและเลขานุการ",
            "สั่ง ณ วันที่ 29 ธ.ค. 2568",
        ]
    )
    members = {r.seq: r for p in parse_pages(text) for r in p.rows if isinstance(r, CommitteeMember)}
    wanted = ("prefix", "full_name", "position", "role")
    assert {seq: {name: getattr(m, name) for name in wanted} for seq, m in members.items()} == {
        "1": {"prefix": "ผศ.ดร.", "full_name": "สุรพล ศรีอ่อน", "position": "ผู้ทรงคุณวุฒิ", "role": "ประธานกรรมการ"},
        "2": {
            "prefix": "นาง",
            "full_name": "พัชรี อินทร์สุข",
            "position": "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านทดสอบ",
            "role": "กรรมการ",
        },
        # brackets that hold no person stay the post's
        "3": {"prefix": None, "full_name": None, "position": "ผู้อำนวยการกองคลัง (ผู้แทนหน่วยงาน)", "role": "กรรมการและเลขานุการ"},
    }


def test_a_post_with_its_holder_whose_role_a_wrap_put_on_the_next_line() -> None:
    text = "\n".join(
        [
            *MONITORING_ORDER,
            "ข้อ 1 คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประกอบด้วย",
            "         1) ผู้ทรงคุณวุฒิ (นายประสิทธิ์ ทองประเสริฐ)",
            "         เป็นประธานกรรมการ",
            "         2) ผู้อำนวยการกองช่าง (นายกิตติพงษ์ รักษ์วงศ์)",
            "         เป็นกรรมการ",
            "สั่ง ณ วันที่ 29 ธ.ค. 2568",
        ]
    )
    members = {r.seq: r for p in parse_pages(text) for r in p.rows if isinstance(r, CommitteeMember)}
    assert {seq: (m.full_name, m.position, m.role) for seq, m in members.items()} == {
        "1": ("ประสิทธิ์ ทองประเสริฐ", "ผู้ทรงคุณวุฒิ", "ประธานกรรมการ"),
        "2": ("กิตติพงษ์ รักษ์วงศ์", "ผู้อำนวยการกองช่าง", "กรรมการ"),
    }


def test_a_scanned_order_its_number_after_a_speck_and_its_roles_wrapped_after_เป็น() -> None:
    text = "\n".join(
        [
            "คำสั่งเทศบาลตำบลทดสอบ",
            "ย /ที่432/2568",  # a speck before ที่
            "เรื่อง แต่งตั้งคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
            "จึงแต่งตั้งคณะกรรมการและคณะทำงานดังนี้",
            "ข้อ1 คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
            "ประกอบด้วย",  # the whole word wrapped onto a line of its own
            "1) ผู้ทรงคุณวุฒิ (นายประสิทธิ์ ทองประเสริฐ)\tเป็น",
            "ประธานกรรมการ",
            "2) สมาชิกสภาเทศบาล (นายวีระ เกตุแก้ว)\tเป็น",
            "กรรมการ",
            "สั่ง ณ วันที่ 29 ธ.ค. 2568",
        ]
    )
    _, order, members = order_of(parse_pages(text))
    assert order.order_no == "432/2568"
    assert {seq: (m.group_name, m.full_name, m.position, m.role) for (_, seq), m in members.items()} == {
        "1": ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "ประสิทธิ์ ทองประเสริฐ", "ผู้ทรงคุณวุฒิ", "ประธานกรรมการ"),
        "2": ("คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "วีระ เกตุแก้ว", "สมาชิกสภาเทศบาล", "กรรมการ"),
    }


def test_a_scanned_list_whose_dot_leaders_were_lost(tmp_path: Path) -> None:
    members = members_in(
        tmp_path,
        lines_of(
            [
                "คำสั่งองค์การบริหารส่วนตำบลท่าหินใหม่",
                "ที่ ๒๓/๒๕๖๙",
                "เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA",
                "๒. คณะทำงานขับเคลื่อนการประเมิน ITA ประกอบด้วย",
                "    ๒.๑ นางสาวนูรีซัน ด อเลาะ ผอ.กองช่าง",
                "คณะทำงาน",
                "    ๒.๒หัวหน้าส่วนราชการทุกส่วน",
                "คณะทำงาน",
                "    ๒.๓ นางกัลยา ศรีสุข      นักวิเคราะห์นโยบายและแผนชำนาญการ      คณะทำงานและเลขานุการ",
                "สั่ง ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๙",
            ]
        ),
    )
    group = "คณะทำงานขับเคลื่อนการประเมิน ITA"
    assert members[(group, "2.1")].full_name == "นูรีซัน ดอเลาะ"  # (a space after the surname's first letter)
    post = members[(group, "2.2")]
    assert (post.full_name, post.position, post.role) == (None, "หัวหน้าส่วนราชการทุกส่วน", "คณะทำงาน")
    assert members[(group, "2.3")].full_name == "กัลยา ศรีสุข"


def test_a_procurement_orders_works_supervisors(tmp_path: Path) -> None:
    members = members_in(
        tmp_path,
        lines_of(
            [
                "คำสั่งองค์การบริหารส่วนตำบลท่าไม้ใหม่",
                "ที่ ๓๑๒/๒๕๖๘",
                "เรื่อง  แต่งตั้งคณะกรรมการตรวจรับพัสดุ และผู้ควบคุมงาน",
                "     ๒. คณะกรรมการตรวจรับพัสดุ ประกอบด้วย",
                "       ๑) นายสมชาย  ใจดี    ตำแหน่ง รองปลัด อบต.           ประธานกรรมการ",
                "     ๓. ผู้ควบคุมงาน",
                "       ๑) นายอนันต์  ชื่นชม           ตำแหน่ง นายช่างโยธาชำนาญงาน           ผู้ควบคุมงาน",
                "       ๒) ว่าที่ร้อยตรีพงศธร  เนียมหอม  ตำแหน่ง ผู้ช่วยนายช่างโยธา               ผู้ช่วยผู้ควบคุมงาน",
                "สั่ง ณ วันที่ ๑๒ พฤศจิกายน พ.ศ. ๒๕๖๘",
            ]
        ),
    )
    first = members[("ผู้ควบคุมงาน", "1")]
    assert (first.full_name, first.position, first.role) == ("อนันต์ ชื่นชม", "นายช่างโยธาชำนาญงาน", "ผู้ควบคุมงาน")
    assert members[("ผู้ควบคุมงาน", "2")].role == "ผู้ช่วยผู้ควบคุมงาน"
    assert members[("คณะกรรมการตรวจรับพัสดุ", "1")].role == "ประธานกรรมการ"


def test_an_order_numbers_year_a_scan_misread_in_one_digit() -> None:
    from parsers.order import order_no_in_its_year

    given = dt.date(2025, 11, 12)  # พ.ศ. ๒๕๖๘
    assert order_no_in_its_year("312/2560", given) == "312/2568"
    assert order_no_in_its_year("312/2567", given) == "312/2567"  # (numbered the year before: as printed)
    assert order_no_in_its_year("312/2553", given) == "312/2553"  # (two digits apart: no guess)
    assert order_no_in_its_year("312/2560", None) == "312/2560"


def test_an_order_dated_under_a_garbled_sang_na(tmp_path: Path) -> None:
    _, order, _ = order_of(
        parse_text_file(
            tmp_path,
            "\n".join(
                [
                    "คำสั่งองค์การบริหารส่วนตำบลท่าไม้ใหม่",
                    "ที่ ๓๑๒/๒๕๖๐",
                    "เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
                    "สัิ่ง ณ วันที่๑๒ เดือน พฤศจิกายน พ.ศ. ๒๕๖๘",
                ]
            ),
        )
    )
    assert (order.order_date, order.order_no) == (dt.date(2025, 11, 12), "312/2568")
