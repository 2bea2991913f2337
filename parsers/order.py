"""Parser for orders (คำสั่ง): the order itself, the committee members it appoints, the documents row.

An order reads ``คำสั่ง<office>`` / ``ที่ 74/2564`` / ``เรื่อง ...`` / body / ``สั่ง ณ วันที่ ...``
/ signature. Appointment orders list their members in numbered groups::

    1. คณะกรรมการอำนวยการ ประกอบด้วย
    1.1 นายสมชาย ใจดี <tab> ใจดี <tab> ปลัดเทศบาล <tab> ประธานกรรมการ
    มีหน้าที่ ...

A member row is a sequence number, a name (prefix, given name, surname; the surname is
sometimes printed again in a column of its own), a position and a role. Cells come as tabs
or space runs; a row typed with single spaces is split by the role vocabulary at its end.
The duties paragraphs under each group (มีหน้าที่ ...) are not members. Rows go on across
page breaks: a group is closed by a new group heading or its duties, never by a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex
from rapidfuzz.distance import Levenshtein

from parsers.common import (
    find_organization,
    join_lines,
    join_text,
    letter_document,
    nonempty_cells,
    organization_mentions,
    similarity,
    split_prefix,
)
from parsers.doctype import DocumentType
from parsers.grammar import DOCUMENT_END, SUBJECT_LABEL, SUBJECT_LINE, ahead, line_text
from parsers.vocabulary import POSITION_START, bracketed_cells, find_signature, respaced_name
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import ITEM_CODE, clean, join_wrapped
from pipeline.thai import find_date, skeleton
from schemas import CommitteeMember, Order

# --- line grammar ---------------------------------------------------------------------------
HEADING = regex.compile(r"^คำ\s*ส[\u0e31\u0e48\u0e49]*ง?\s*(?P<office>.*)$")
ORDER_NO = regex.compile(
    r"(?:^|[\s/|])ที[\u0e48\u0e49]?\s*(?:[\p{Thai}.]{1,12}\s*)?(?P<no>\d{1,4})\s*/\s*(?P<year>\d{2,4})(?!\d)"  # (``ย /ที่๔๓๒/๒๕๖๘``: a speck)
)
LABEL_AT_END = regex.compile(r"(?:^|\s)ท\u0e35?[\u0e48\u0e49]?\s*$")  # (``ท``: a scan lost its marks)
LONE_NUMBER = regex.compile(r"(?P<no>\d{1,4})\s*/\s*(?P<year>(?:25)?\d\d)")
GARBLED_ORDER_NO = regex.compile(r"^[.\s]*\S{1,3}\s+(?P<no>\d{1,4})\s*/\s*(?P<year>25\d\d)(?!\d)\s*\S{0,2}$")
SUBJECT = regex.compile(rf"{SUBJECT_LABEL.pattern}(?P<value>.*)$")
# Words that open the body, so the line before them ends a wrapped subject.
BODY_START = regex.compile(
    r"^(?:ตามที่|ด้วย|เพื่อ(?:ให้)?|อาศัย|โดยที่|เนื่อง|ตาม(?:หนังสือ|ระเบียบ|คำสั่ง|มติ|ประกาศ|พระราช)|"
    r"ประกอบกับ|บัดนี้|อนุสนธิ|ฉะนั้น|ดังนั้น|จึง|ทั้งนี้)"
)
MAX_SUBJECT_WRAP = 3
MAX_SUBJECT_LINE = 110
ORDERED_AT = regex.compile(r"^(?:ส[\u0e31\u0e34\u0e48]*ง|ให้ไว้)\s*ณ")  # (``สัิ่ง ณ``: a scan's marks)

# ``1.2``, ``1.``, ``1)`` and ``(1)`` (members under a sub-group heading numbered ``2.1``).
SEQ = regex.compile(
    r"^(?:ข้อ\s*(?=\d))?(?:\((?=\d{1,3}\)))?(?P<seq>\d{1,2}(?:\.\d{1,3})+|\d{1,3})\s*[.)]?(?=\s|\t|\p{Thai}|$)\s*"
)
# ``1. คณะกรรมการอำนวยการ ประกอบด้วย`` (the group's name without ประกอบด้วย).
COMPOSED_OF = regex.compile(r"\s*(?:โดย\s*)?(?:ปร\u0e30+\s*กอบ\s*ด\u0e49?วย|ดัง\s*มี\s*รายชื่อ|มี\s*รายชื่อ|ดัง\s*นี\u0e49?(?!\S)).*$|\s*ได้\s*แก่\s*[:：]?\s*$")  # (ประะกอบด้วย, ประกอบดวย: a scan; ได้แก่ at the line's end only: ``ผู้ใหญ่บ้าน ได้แก่ หมู่ที่ ๑``)
GLUED_ROLE_HEADING = regex.compile(r"(?<=\p{Thai}{4})(?<!ของ|ประจำ|แก่|ต่อ|และ|ช่วย)(?P<role>(?:รอง)?ประธาน(?:คณะ\s?ทำงาน|คณะ\s?กรรมการ|กรรมการ)|คณะ\s?ทำงานและ(?:ผู้ช่วย)?เลขานุการ)$")
LETTER_MARK = regex.compile(r"^[ก-ฮ]\.\s*")  # a group's letter (``ก.``, ``ข.``)
# ``ง. ผู้ควบคุมงาน  ได้แก่``: a group lettered, not numbered, named by its word alone
LETTERED_GROUP = regex.compile(
    rf"{LETTER_MARK.pattern}(?P<name>(?:ค\s?ณะ|อนุกรรมการ|ผู้\s*ควบคุม\s*งาน|ฝ่าย|ทีม|หน่วย|กลุ่ม)[^\t]{{0,80}}?)\s*(?:ประกอบ\s*ด้วย|ได้แก่|ดังนี้)?\s*:?$"
)
# ``3. คณะทำงานติดตามและประเมินผล (ต่อ)`` after a page break: the same group.
CONTINUED = regex.compile(r"\s*\(\s*ต่อ\s*\)\s*$")
# An amending order's clause that names the group of the members it replaces (``ยกเลิก... ในข้อ ๑
# คณะกรรมการอำนวยการ (นาย...) และแต่งตั้งบุคคลต่อไปนี้แทน``).
BRACKETED_ACRONYM = regex.compile(r"\((?:[A-Z]{2,5}(?:\s*(?:และ|,)\s*)?)+\)")  # ``(OIT)``, ``(IIT และ EIT)``
AMENDED_IN = regex.compile(
    r"(?:ยกเลิก|แก้ไข|เพิ่ม)\S*.{0,40}?(?:ใน|ของ)\s*ข้อ\s*\d{1,2}(?:\.\d{1,2})*\s+"
    # (its instruments' acronym in brackets is the group's: ``คณะทำงาน... (OIT)``)
    rf"(?P<group>คณะ\s*(?:อนุ)?(?:กรรมการ|ทำงาน)[^()\d]{{0,60}}?(?:\s*{BRACKETED_ACRONYM.pattern})?)\s*(?:\(|$|ซึ่ง|และ)"
)
# The clause names who replaces the one it cancels (``แต่งตั้ง... แทน``, ``ให้ใช้ความต่อไปนี้แทน``), or
# the members it adds (``ให้เพิ่มความต่อไปนี้เป็น ๑.๘ และ ๑.๙ ของข้อ ๑ ...``).
REPLACED = regex.compile(r"แต่งตั้ง\S*.{0,30}?แทน|ใช้\s*ความ\s*ต่อ\s*ไป\s*นี้\s*แทน|เพิ่ม\s*ความ\s*ต่อ\s*ไป\s*นี้\s*เป็น\s*\d")
# A clause of an order that changes a committee, listing who leaves it (``ให้บุคคลดังต่อไปนี้
# พ้นจากการเป็นกรรมการ``, ``ยกเลิกการแต่งตั้ง``).
RELIEVED = regex.compile(
    r"ให้\S{0,30}?\s?พ[\u0e31\u0e48-\u0e4b]*น\s*จาก\s*(?:การ\s*เป็น|ตำแหน่ง|หน้าที่)|ยกเลิก\s*(?:การ\s*)?แต่ง\s*ตั้ง\s*(?:บุคคล|ผู้|ราย)"
)  # (not a term's clause: ``ให้คณะกรรมการมีวาระ... เมื่อพ้นจากตำแหน่งตามวาระ``)
CLAUSE = regex.compile(r"^ข้อ\s*\d")
GROUP_WORD = regex.compile(r"^(?:ค\s?ณะ|อนุกรรมการ|กรรมการ|ฝ่าย|ทีม|หน่วย|กลุ่ม|ชุด|ศูนย์|ผู้\s*ควบคุม\s*งาน)")  # (ค ณะ: OCR)
MAX_GROUP_NAME = 120
WRAPPED_NAME = 40  # characters: the most of a committee's name a clause's line wraps
# (``หน้าที่ดังต่อไปนี้``: the wrapped end of ``ประกอบด้วยบุคคลและหน้าที่ ดังต่อไปนี้``; not an amending
# clause's ``สั่งดังกล่าวดังนี้``, which says where its replacements go)
LIST_LEAD_TAIL = regex.compile(r"(?:และ\s*)?(?:หน้าที่|บุคคล)\S{0,12}?\s*(?:ดัง\s*ต่อ\s*ไป\s*นี้|ดัง\s*นี้)\s*:?")
OFFICE_FIRST = regex.compile(r"(?:องค์การ\s*บริหาร\s*ส่วน|เทศบาล|อบต\.|อบจ\.)")  # an office's name opening a line
COMPOSED_OF_TAIL = regex.compile(r"(?:ระ)?(?:กอบ)?\s*ด้วย")
APPOINTING = regex.compile(r"^.*?(?=คณะ)")
APPOINTED = regex.compile(r"^แต่ง\s*ตั้ง\s*(?=\S)")
APPOINTING_SENTENCE = regex.compile(r"แต่ง\s*ตั้ง\s*(?=คณะ)")
# ``มีหน้าที่``, ``ให้มีหน้าที่ ...``, ``หน้าที่ ๑) ...``; a bare ``หน้าที่`` is the end of a wrapped
# position (ผู้อำนวยการกองการเจ้า / หน้าที่).
# ``คณะกรรมการอำนวยการ มีหน้าที่``: a group's duties opening after the last member's row
GROUP_DUTIES = regex.compile(r"^(?:ค\s?ณะ|ฝ่าย)\S*(?:\s\S+){0,4}\s*(?:ให้\s*)?มี\s*(?:อำนาจ\s*)?หน้าที่")
DUTIES = regex.compile(
    r"^(?:(?:โดย\s*)?(?:ให้\s*)?มี\s*(?:อำนาจ\s*)?หน้าที่|(?:โดย\s*|ให้\s*)?(?:อำนาจ\s*)?หน้าที่(?=\s*\S)"
    r"|ให้\s*คณะ\S*\s*(?:มี|ดังกล่าว)|ให้\s*คณะ.{0,40}?มี\s*(?:อำนาจ\s*)?หน้าที่|บทบาท\s*หน้าที่)"
)
# (a narrow role column wraps inside a role: ``หัวหน้า`` / ``คณะทำงาน``, ``คณะ`` / ``ทำงาน``)
ROLE = (
    r"(?:รอง)?ประธาน(?:ที่ปรึกษา|กรรมการ|คณะ\s?กรรมการ|คณะ\s?ทำงาน|อนุกรรมการ|คณะ\s?อนุกรรมการ)?"
    r"(?:\s*คน\s*ที่\s*\d)?"  # (``รองประธานกรรมการคนที่ ๑``: vice-chairs numbered)
    r"|(?:รอง|ผู้ช่วย)?หัวหน้า\s?(?:คณะ\s?กรรมการ|คณะ\s?ทำงาน|คณะ\s?อนุกรรมการ|ฝ่าย)"
    r"|(?:ผู้ช่วย\s*)?เลขานุการฝ่าย"  # (a sub-group's: ``หัวหน้าฝ่าย``, ``เลขานุการฝ่าย``)
    # (``กรรมการและเลขาฯ``, ``คณะทำงานและผช.เลขาฯ``: abbreviated where the column is narrow)
    r"|(?:อนุ)?กรรมการ(?:\s*และ\s*|\s*/\s*)(?:(?:ผู้ช่วย|ผช\.)\s*)?เลขา(?:นุการ|ฯ)"
    r"|คณะ\s?ทำงาน(?:\s*และ\s*|\s*/\s*)(?:(?:ผู้ช่วย|ผช\.)\s*)?เลขา(?:นุการ|ฯ)"
    r"|(?:(?:ผู้ช่วย|ผช\.)\s*)?เลขา(?:นุการ|ฯ)(?:คณะกรรมการ|คณะทำงาน)?"
    r"|(?:อนุ)?กรรมการ|คณะ\s?ทำงาน|ที่ปรึกษา(?:คณะกรรมการ|คณะทำงาน)?"
    r"|(?:ผู้ช่วย\s*|หัวหน้า\s*)?ผู้\s*ควบคุม\s*งาน"  # (a procurement order's works supervisors)
    r"|(?:(?:อนุ)?กรรมการ|คณะ\s?ทำงาน)\s*และ(?:\s*(?:ผู้ช่วย|ผช\.))?"  # cut where the cell wrapped: the rest is on the next line
    r"|(?:(?:รอง)?ประธาน|(?:รอง|ผู้ช่วย)?หัวหน้า)?\s?คณะ"  # (``รองประธานคณะ`` / ``ทำงาน``: likewise)
    r"|(?:(?:ผู้ช่วย)?หัวหน้า|ผู้\s*(?:อยู่|ตรวจ))\s*เวร"  # (a duty roster's: ``หัวหน้าเวร``, ``ผู้อยู่เวร``)
)
# ``... ปลัดเทศบาล ประธานกรรมการ`` or ``... ปลัดเทศบาล เป็นประธานกรรมการ``;
# ``... หน้าที่ คณะทำงาน`` / ``... ทำหน้าที่เป็นกรรมการ`` too.
ROLE_CELL = regex.compile(rf"^(?:(?:ทำ\s*)?หน้าที่\s*)?(?:เป็น\s*)?(?P<role>{ROLE})$")
ROLE_AT_END = regex.compile(
    rf"^(?P<body>.+?)(?:\s+(?:(?:ทำ\s*)?หน้าที่\s*)?(?:เป็น\s*)?|(?:(?<!เจ้า)(?:ทำ\s*)?หน้าที่\s*)?เป็น\s*)(?P<role>{ROLE})$"
)
AS_WORD = regex.compile(r"(?:ทำ\s*)?(?:หน้าที่\s*)?เป็น")
RANK_WORD = regex.compile(r"ชำนาญ|ปฏิบัติ|อาวุโส|พิเศษ|เชี่ยวชาญ|ทั่วไป|^(?:การ|งาน)$")  # a position's wrapped level
POSITION_LABEL = regex.compile(r"^(?:ตำแหน่ง\s*[:：]?|[-–:]\s)\s*")
SURNAME_PARTICLE = frozenset({"ณ", "ณ.", "na", "Na"})
# A wrapped position's line is short; longer lines without a number are paragraphs.
MAX_CONTINUATION = 60
TABLE_HEADER = regex.compile(r"ชื่อ|ตำแหน่ง|หน้าที่|ลำดับ")
SURNAME_HEADER = regex.compile(r"(?:นาม\s*)?สกุล")  # a header cell over the surname alone
# Columns of a member table that are neither name, position nor role (what each one looks after,
# a signature, a telephone number): their cells are no part of the position.
EXTRA_COLUMN = regex.compile(
    r"หมายเหตุ|ลายมือ|ลงชื่อ|ลงนาม|โทร|ตัวชี้วัด|รับผิดชอบ|ข้อมูล|อีเมล|e-?mail"
    r"|^ข้อ\s*\(|รหัส|user"  # (the items one looks after, ``ข้อ (OIT)``; a user code)
    r"|^วัน\s*(?:ที่|เดือน\s*ปี)|^เวลา|^ผลัด|^ช่วงเวลา",  # (a duty roster's day and shift)
    regex.IGNORECASE,
)

# Office names in a position (นายกเทศมนตรีตำบลX, ปลัดองค์การบริหารส่วนตำบลX, อบต.X).
PLACE_IN_POSITION = regex.compile(r"(?P<head>(?:ตำบล|เมือง|นคร|จังหวัด|อบ[ตจ]\.\s?))(?P<place>\p{Thai}{2,})")
OFFICE_HEAD = regex.compile(r"^(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบ[ตจ]\.\s?|เทศบาล(?:ตำบล|เมือง|นคร))")
PLACE_CUTOFF = 0.75
MAYOR_OF = regex.compile(r"^\s*นายก\s*เทศมนตรี\s*(?P<kind>ตำบล|เมือง|นคร)")


@dataclass(slots=True)
class Member:
    group_name: str | None
    seq: str
    page_no: int
    prefix: str | None
    full_name: str | None  # None for a post listed without a name (``๑. นายก อบต.X  ประธานกรรมการ``)
    position_parts: list[str] = field(default_factory=list)
    role: str | None = None

    @property
    def position(self) -> str | None:
        # (``ปลัด อบต. (โดยตำแหน่ง)``: ex officio says how the post sits, no part of the post)
        return join_text([EX_OFFICIO.sub("", part).strip() for part in self.position_parts])


# A post alone under a role caption (``กรรมการ`` / ``๑๑. ผู้แทนสำนักงาน...``): a representative or
# an office's head, never a duty's verb (``ศึกษา วิเคราะห์...``, ``ปฏิบัติหน้าที่อื่น...``).
CAPTIONED_POST = regex.compile(
    r"(?:ผู้\s*แทน|ตัว\s*แทน|ผู้\s*อำนวย\s*การ|ผอ\.|ปลัด|รอง\s*ปลัด|หัวหน้า|นายก|รอง\s*นายก|ประธาน|ผู้\s*ใหญ่\s*บ้าน|กำนัน"
    r"|สมาชิก|ผู้\s*ทรง\s*คุณ\s*วุฒิ|ผู้\s*ช่วย|เลขานุการ|นัก\S+|เจ้า\s*พนักงาน|ครู|แพทย์|พยาบาล|อาสา\s*สมัคร|ผู้\s*ว่า\s*ราชการ)"
)
EX_OFFICIO = regex.compile(r"\s*\(\s*โดย\s*ตำแหน่ง\s*\)")


# --- member rows ----------------------------------------------------------------------------------


def split_role(texts: list[str], min_words: int = 2) -> tuple[list[str], str | None]:
    """The member's cells without the role, and the role (last cell, or the last cell's end).

    ``min_words``: words that must stay before a role found inside a single cell (a name's two).
    """
    if not texts:
        return texts, None
    whole = ROLE_CELL.match(texts[-1])
    if whole and (len(texts) > 1 or min_words == 0):
        before = texts[:-1]
        if before and AS_WORD.fullmatch(before[-1]):
            before = before[:-1]  # ``... ปลัด อบต. | เป็น | กรรมการ``: เป็น in a column of its own
        return before, role_text(whole["role"])
    match = ROLE_AT_END.match(texts[-1])
    if match and (len(texts) > 1 or len(match["body"].split()) >= min_words):
        return [*texts[:-1], match["body"]], role_text(match["role"])
    # the role's column before the position's (ชื่อ | ตำแหน่งในคณะทำงาน | ตำแหน่ง)
    for k in range(1, len(texts) - 1):
        if inner := ROLE_CELL.match(texts[k]):
            return [*texts[:k], *texts[k + 1 :]], role_text(inner["role"])
    return texts, None


def role_text(role: str) -> str | None:
    """A role as printed, the space a wrap left inside one of its words taken out (``หัวหน้า
    คณะทำงาน``); the spaces around ``และ`` and ``/`` stay as printed."""
    return clean(regex.sub(r"(?<=[ก-๛])(?<!และ)\s+(?!และ|/)(?=[ก-๛])", "", role))


LONE_LETTER = regex.compile(r"[ก-ฮ][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")  # no surname is one letter


def read_member(rest: str, group: str | None, seq: str, page_no: int, *, surname_column: bool = False) -> Member | None:
    """A member from the text after the sequence number, or ``None`` when it is not a person.
    ``surname_column``: the table's header has a column for the surname alone (``ชื่อ | สกุล``)."""
    texts, role = split_role(nonempty_cells(rest))
    if len(texts) > 1 and split_prefix(texts[0])[0] is None:
        # The prefix in a column of its own (นาย | สมชาย | ใจดี), or a rank split (ว่าที่ | ร.ต.).
        texts = [f"{texts[0]} {texts[1]}", *texts[2:]]
    if not texts:
        return None
    prefix, first = split_prefix(texts[0])
    if prefix is None:
        return None
    first = rejoin_split_name(first, texts[1:])
    words = first.split() + [w for text in texts[1:] for w in text.split()]
    if not words:
        return None
    given, words = words[0], words[1:]
    in_cell = first.split()
    if (
        surname_column
        and len(in_cell) == 2
        and len(texts) > 2
        and in_cell[1] not in SURNAME_PARTICLE
        and regex.fullmatch(r"\p{Thai}{2,}", texts[1].strip())
        and not POSITION_START.match(texts[1].strip())
        and regex.fullmatch(r"\p{Thai}{1,5}", in_cell[1])
        and Levenshtein.normalized_similarity(in_cell[1], texts[1].strip()) < SAME_SURNAME  # (no surname printed twice)
    ):
        # a given name its narrow column wrapped (``นางสาวฮาลี`` / ``มะ``), the surname in the
        # next column: one word
        given, words = in_cell[0] + in_cell[1], words[1:]
        in_cell = [given]
    if (
        len(in_cell) == 3
        and len(texts) > 1
        and in_cell[1] not in SURNAME_PARTICLE
        and regex.fullmatch(r"\p{Thai}+", in_cell[2])
        and not POSITION_START.match(in_cell[2])
    ):
        # A name alone in its column, split by OCR and not put back: the column's three words
        # are the name (the position is the next column).
        given, words = f"{in_cell[0]} {in_cell[1]}", words[1:]
    surname_words: list[str] = []
    if len(in_cell) == 1 and len(texts) > 1 and POSITION_START.match(texts[1]):
        pass  # the surname wrapped under the given name (the next row says it); this is the position
    elif words:
        surname_words.append(words.pop(0))
        if surname_words[0] in SURNAME_PARTICLE and words:
            surname_words.append(words.pop(0))
    if len(surname_words) == 1 and LONE_LETTER.fullmatch(surname_words[0]) and words and not POSITION_START.match(words[0]):
        surname_words = [surname_words[0] + words.pop(0)]  # a space a scan put after its first letter (``ด อเลาะ``)
    # The surname printed again in a column of its own (as a scan reads it: a mark off).
    if len(surname_words) == 1 and words and resplit(given, surname_words[0], words[0]):
        # OCR split the name at the wrong letter (``พรทิพย์คง สมบูรณ์``); the surname column
        # (``คงสมบูรณ์``) says where
        given, surname_words = given[: len(given) - len(words[0]) + len(surname_words[0])], [words.pop(0)]
    elif surname_words and words and Levenshtein.normalized_similarity(words[0], surname_words[-1]) >= SAME_SURNAME:
        words.pop(0)
    full_name = " ".join([given, *surname_words])
    member = Member(group_name=group, seq=seq, page_no=page_no, prefix=prefix, full_name=full_name, role=role)
    position = POSITION_LABEL.sub("", " ".join(w for w in words if w not in ("-", "–")))
    if position:
        member.position_parts.append(position)
    return member


def read_post(rest: str, group: str | None, seq: str, page_no: int, *, role_above: bool = False) -> Member | None:
    """A member listed by post alone (``นายก อบต.ผาหินม่วง <tab> ประธานกรรมการ``): no name,
    the post as the position and the role at the end; ``None`` when the line is not one.
    ``role_above``: a role caption over the list gives the role (``กรรมการ`` / ``๑๑. ผู้แทน...``)."""
    texts, role = split_role(nonempty_cells(rest), min_words=1)
    if not texts or split_prefix(texts[0])[0] is not None or not POSITION_START.match(texts[0]):
        return None
    member = Member(group_name=group, seq=seq, page_no=page_no, prefix=None, full_name=None, role=role)
    post = " ".join(texts)
    if (named := NAME_IN_BRACKETS.search(post)) and take_bracketed_holder(member, named["inside"]):
        post = post[: named.start()].strip()  # ``ผู้ทรงคุณวุฒิ (นายประสิทธิ์ ทองประเสริฐ)``
    elif role is None and not (role_above and CAPTIONED_POST.match(texts[0])):
        return None  # a post alone, no role and no holder: no member (a duty, a sentence)
    member.position_parts.append(post)
    return member


# A post with its holder's name after it in brackets, the way some orders list members.
# (``))``: a scan's doubled bracket; ``... เป็น`` / ``ประธานกรรมการ``: the role wrapped)
NAME_IN_BRACKETS = regex.compile(r"\((?P<inside>[^()]+)\)+\s*(?:เป็น)?$")


def bracketed_lead(text: str) -> tuple[str, list[str]] | None:
    """A line's leading bracketed name, however many cells the spaces in it made, and the
    cells after it: ``(นางอัมพร | ไชยราช) | คณะทำงาน``; ``None`` when it opens otherwise."""
    row = bracketed_cells(text)
    if not row or not row[0].startswith("(") or not NAME_IN_BRACKETS.fullmatch(row[0]):
        return None
    return row[0], row[1:]


def take_bracketed_holder(member: Member, inside: str) -> bool:
    """Set a post's holder from the bracketed ``(นางพัชรี อินทร์สุข)`` (a prefix and two words at
    most after it); False when the brackets hold something else (``(ผู้แทนหน่วยงาน...)``)."""
    prefix, name = split_prefix(inside)
    # (a letter a scan set apart at the surname's end: ``สายสุวรร ณ``)
    name = regex.sub(r"(?<=\p{Thai}{2})\s+(?=[ก-ฮ][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*$)", "", name.strip())
    if prefix is None or not 1 <= len(name.split()) <= 2:
        return False
    member.prefix, member.full_name = prefix, clean(name)
    return True


def is_post_line(text: str) -> bool:
    match = SEQ.match(text.strip())
    return bool(match) and read_post(text.strip()[match.end() :], None, match["seq"], 0) is not None


def opens_listing(text: str) -> bool:
    """A numbered member's line, by name or by post alone, or an unnumbered one opened by
    its role (``ROLE_FIRST``)."""
    return is_member_line(text) or is_post_line(text) or role_first(text) is not None or code_row_member(text, None, 0, None) is not None


# ``ประธานกรรมการ   นายสมบัติ ใจงาม   รองปลัด``: an unnumbered member, the role in the first column
ROLE_FIRST = regex.compile(rf"^(?P<role>{ROLE})[\t ]+(?=\S)")


def role_first(text: str) -> regex.Match[str] | None:
    """The role opening an unnumbered member's line (a person's prefix right after it)."""
    match = ROLE_FIRST.match(text.strip())
    if match is None or split_prefix(text.strip()[match.end() :].lstrip())[0] is None:
        return None
    return match


SAME_SURNAME = 0.75  # similarity above which a scan's two readings of a surname are one


def resplit(given: str, surname: str, repeated: str) -> bool:
    """Whether the surname column's ``repeated`` surname shows the name split too late: it
    ends with ``surname`` and starts with the end of ``given``."""
    extra = len(repeated) - len(surname)
    return 0 < extra < len(given) - 1 and repeated.endswith(surname) and given.endswith(repeated[:extra])


def rejoin_split_name(name: str, later_cells: list[str]) -> str:
    """A name in a column of its own that OCR split with a space (``ธน พล ศรีสวัสดิ์``) or ran
    together (``ธนพลศรีสวัสดิ์``), put back by the surname printed again in the next column."""
    words = name.split()
    if not later_cells:
        return name
    again = later_cells[0]
    if len(words) == 1 and len(again) >= 2 and name.endswith(again) and len(name) > len(again) + 1:
        return f"{name[: -len(again)]} {again}"
    if len(words) != 3 or words[1] in SURNAME_PARTICLE:
        return name
    if again == words[2]:
        return f"{words[0]}{words[1]} {words[2]}"
    if again == words[1] + words[2]:
        return f"{words[0]} {words[1]}{words[2]}"
    return name


# An amending order's whole committee listed again, named with what it is after the change
# (``ข้อ ๒ คณะทำงาน... ภายหลังการแก้ไขตามข้อ ๑``): the committee is the same one.
AMENDED_STATE = regex.compile(
    # (only where what follows points back to the order: ``หลังการเปลี่ยนแปลงโครงสร้าง...`` and
    # ``ภายหลังการแก้ไขสัญญาจ้าง`` are parts of a committee's name)
    # (``ร่างเทศบัญญัติ ที่แก้ไขแล้ว`` names what the committee checks: no state of the order)
    r"\s+(?:ภาย\s*)?หลัง\s*(?:การ\s*)?แก้\s*ไข(?:\s*(?:ตาม|ใน|ของ)\s*(?:ข้อ|คำสั่ง)\s*\S*)?$"
)


def group_heading(text: str, next_text: str) -> str | None:
    """The group's name when a numbered line opens a group of members."""
    flat = " ".join(text.replace("\t", " ").split())
    match = SEQ.match(flat)
    if not match:
        return None
    body = flat[match.end() :]
    if split_prefix(body)[0] is not None:
        return None
    name = AMENDED_STATE.sub("", CONTINUED.sub("", COMPOSED_OF.sub("", body))).strip(" :：-")
    # as OCR leaves it: ``ค ณะ...``, and ``ประกอบด้วย`` wrapped with its first letter left behind
    name = regex.sub(r"\s+ป(?:ระ?(?:กอ?บ?)?)?$", "", regex.sub(r"^ค\s+ณะ", "คณะ", name))
    name = APPOINTED.sub("", name)  # (``ข้อ ๑ แต่งตั้งคณะกรรมการตรวจรับพัสดุ ประกอบด้วย``: the clause appoints it)
    name = regex.sub(r"^ให้\s*(?=คณะ)", "", name)  # (``ข้อ ๒ ให้คณะกรรมการ... ประกอบด้วย``)
    name = ASSIGNED_STAFF.sub("", name, count=1)  # (``ข้อ ๒ มอบหมายผู้รับผิดชอบข้อมูล... ดังนี้``)
    if not name or len(name) > MAX_GROUP_NAME:
        return None
    # A sub-group (``1.2 ฝ่ายสถานที่ ประกอบด้วย``) says so; a numbered duty never does.
    if COMPOSED_OF.search(body) and ("." not in match["seq"] or is_member_line(next_text)):
        return name
    # (its first member listed by name, or by post with the holder in brackets: ``1.1
    # นายกเทศมนตรี (นายเกรียงไกร ทองอินทร์)  ประธาน``)
    # (not a member listed post first itself: ``๒. กรรมการผู้ทรงคุณวุฒิ... (นาย...)  รองประธานกรรมการ``)
    listed = is_member_line(next_text) or (is_post_line(next_text) and not is_post_line(flat))
    if "." not in match["seq"] and GROUP_WORD.match(name) and listed:
        return name
    # ``๒.๑ ฝ่ายสถานที่`` over ``๒.๑.๑ นาย...``: a sub-group, its members numbered under its number
    below = SEQ.match(" ".join(next_text.split()))
    if GROUP_WORD.match(name) and listed and below and below["seq"].startswith(match["seq"] + "."):
        return name
    return None


# An amending order's clause over a group's changed or added members: ``ให้แก้ไขรายชื่อ
# คณะกรรมการอำนวยการ ตามข้อ ๑ ของคำสั่งดังกล่าว``, ``ให้เพิ่มเติมรายชื่อคณะทำงาน... ต่อจากลำดับที่ ๒.๑๒``.
AMENDING = regex.compile(  # (``รายชือ``: a scan's lost tone mark)
    r"^ให้\s*(?:แก้\s*ไข|เพิ่ม\s*เติม|ปรับ\s*ปรุง)\s*(?:ราย\s*ช\u0e37?\u0e48?อ|องค์\s*ประกอบ(?:ของ)?)?\s*(?=คณะ)"
)
AMENDED_WHERE = regex.compile(
    r"\s+(?:ตาม\s*ข้อ\s*\d|ต่อ\s*จาก\s*ลำดับ|ใน\s*คำสั่ง|ของ\s*คำสั่ง"
    r"|เพื่อ\s*(?:ทำ\s*)?หน้าที่)"  # (and its purpose: ``คณะกรรมการตรวจรับพัสดุ เพื่อทำหน้าที่ตรวจรับ...``)
    r".*$"
)


def amended_group(name: str) -> str:
    """The group an amending order's clause names (``AMENDING``), without what the clause says
    of where the group stands in the earlier order (``AMENDED_WHERE``)."""
    amending = AMENDING.match(name)
    return AMENDED_WHERE.sub("", name[amending.end() :] if amending else name)


DUTY_STAFF = regex.compile(  # (``อยู่เวว``: a scan's เวร)
    r"แต่ง\s*ตั้ง\s*(?=(?:เจ้าหน้าที่|พนักงาน|ข้าราชการ|บุคลากร)\S*\s*(?:อยู่\s*เว|เวร))"
)


NAME_AWAITS_REST = regex.compile(r"(?:ประจำ|ของ|และ|เพื่อ|ด้าน)$")  # a group's name cut by its cell
NARROW_CELL_GAP = regex.compile(r"(?:\t|\S {3,})\s*ประกอบ")
REFERS_BACK = regex.compile(r"ตาม\s*(?:ข้อ|คำสั่ง)\s*\d|ดังกล่าว")
# ... or officials given the duty of the OIT's items (``ข้อ ๒ มอบหมายผู้รับผิดชอบข้อมูลตามตัวชี้วัด... ดังนี้``)
ASSIGNED_STAFF = regex.compile(r"(?:มอบ\s*หมาย|แต่ง\s*ตั้ง)\s*(?:ให้\s*)?(?=(?:เจ้าหน้าที่\s*)?ผู้\s*รับ\s*ผิด\s*ชอบ)")


def unnumbered_group(text: str) -> str | None:
    """``แต่งตั้งคณะกรรมการตรวจรับพัสดุ ประกอบด้วย`` before a list numbered 1, 2, 3 ..."""
    flat = " ".join(text.replace("\t", " ").split())
    if not COMPOSED_OF.search(flat):
        return None
    if "คณะ" not in flat:
        # staff appointed to a duty roster (``จึงแต่งตั้งเจ้าหน้าที่อยู่เวรยาม... ดังนี้``): the staff are the group
        staff = DUTY_STAFF.search(flat) or ASSIGNED_STAFF.search(flat)
        name = COMPOSED_OF.sub("", flat[staff.end() :]).strip(" :：-") if staff else ""
        return name if name and len(name) <= MAX_GROUP_NAME else None
    name = CONTINUED.sub("", COMPOSED_OF.sub("", APPOINTING.sub("", flat, count=1))).strip(" :：-")
    return name if name and len(name) <= MAX_GROUP_NAME else None


def composed_of_tail(text: str) -> str | None:
    """The wrapped rest of ``ประกอบด้วย`` when a line holds nothing else (a scan may leave
    the heading's lost number before it, ``๑๔๔ ด้วย``, and a lone mark after it)."""
    rest = regex.sub(r"(?<=ด้วย)\s*[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$", "", regex.sub(r"^[\d๐-๙.\s]+", "", text).strip())
    if regex.fullmatch(r"(?:โดย\s*)?ปร\u0e30?\s*กอบ\s*ด\u0e49?วย\s*(?:(?:บุคคล|ผู้)?\s*(?:ดัง)?\s*ต\u0e48?อ\s*ไป\s*น\u0e35[\u0e48\u0e49]?\s*)?:?", rest):
        return rest  # the whole word wrapped onto a line of its own
    return rest if len(rest) <= 8 and COMPOSED_OF_TAIL.fullmatch(rest) else None


# A caption over a committee's members of one kind, with their count (``(๑) สมาชิกสภาท้องถิ่นที่
# สภาท้องถิ่นคัดเลือก จำนวน ๓ คน``): the members' list goes on under it.
CATEGORY_CAPTION = regex.compile(r"^\(?\d{1,2}[.)]?\s*\S[^\t]{0,90}?จำนวน\s*\d{1,3}\s*(?:คน|ราย)$")


# ``ประกอบด้วย`` with a person after it on the same line (``split_prefix`` says so; a post that
# opens with นาย, นายกเทศมนตรี or นายอำเภอ, is none): the members listed in prose.
COMPOSED_OF_PERSON = regex.compile(r"ปร\u0e30?\s*กอบ\s*ด\u0e49?วย\s*(?:และ\s*)?")
# One member in prose: a person (two words, ``read_member`` checks the title), ``ตำแหน่ง`` and a post,
# ``เป็น`` and a role.
PROSE_MEMBER = regex.compile(
    r"(?:^|\s)(?:และ\s*)?(?P<person>\S+\s+\S+?)"
    # (a post holds no other person nor a second ``ตำแหน่ง``; a role may name its committee after it)
    r"\s+ตำแหน่ง\s*(?P<post>(?:(?!นาย(?!ก|ช่าง)|นาง|ตำแหน่ง)[^,])+?)\s+เป็น\s*(?P<role>(?:รอง)?ประธาน(?:กรรมการ|คณะทำงาน)?(?:คนที่\s*\d)?"
    r"|กรรมการและ(?:ผู้ช่วย)?เลขานุการ|คณะทำงานและ(?:ผู้ช่วย)?เลขานุการ|(?:ผู้ช่วย)?เลขานุการ|กรรมการ|คณะทำงาน)"
    r"\S*(?=\s|$|,)"
)
# What ends a paragraph of members in prose: their duties, the next numbered group, a clause.
PROSE_END = regex.compile(r"^(?:มี\s*หน้าที่|ให้\s*คณะ|ทั้งนี้|สั่ง\s*ณ|ข้อ\s*\d|\(?\d{1,2}\s*[.)])|ประกอบ\s*ด้วย")


def prose_paragraph(lines: Sequence[Line], i: int) -> list[int]:
    """The lines after ``lines[i]`` that go on its paragraph of members in prose: up to the
    duties, a clause, the next group (numbered or not) or a member's own row."""
    taken = []
    for k in range(i + 1, min(len(lines), i + 12)):
        text = lines[k].text.strip()
        if not text or "\t" in text or PROSE_END.search(text) or opens_listing(text) or unnumbered_group(text):
            break
        taken.append(k)
    return taken


def prose_members(paragraph: str, group: str | None, page_no: int) -> list[Member]:
    """The members a paragraph names in prose, in order."""
    flat = " ".join(paragraph.split())
    out = []
    for match in PROSE_MEMBER.finditer(flat):
        member = read_member(match["person"], group, "", page_no)
        if member is None:
            continue
        member.role = role_text(match["role"])
        member.position_parts = [" ".join(match["post"].split())]
        out.append(member)
    return out


def is_member_line(text: str) -> bool:
    text = text.strip()
    match = SEQ.match(text)
    return bool(match) and split_prefix(text[match.end() :].lstrip("\t "))[0] is not None


# A row of a table of duties keyed by the OIT's items (``O1 | โครงสร้าง | นางสาว... | นัก...``): the
# item's code is the member's number; a ditto mark (``-”-``) repeats the person or post above.
CODE_ROW = regex.compile(rf"^\s*(?P<seq>{ITEM_CODE.pattern})\s*\t")
DITTO = regex.compile(r"-?\s*[“”\"〃]{1,2}\s*-?|-\s*ditto\s*-")


def code_row_member(raw: str, group: str | None, page_no: int, above: Member | None) -> Member | None:
    """The member of a code-keyed row: the person in the first cell after the code that holds a
    name (or a ditto mark, the person of the row ``above``), the post in the cell after it."""
    code = CODE_ROW.match(raw)
    if code is None:
        return None
    cells = nonempty_cells(raw[code.end() :])
    at = next((k for k, c in enumerate(cells) if split_prefix(c)[0] is not None or DITTO.fullmatch(c)), None)
    if at is None:
        return None
    seq = code["seq"].replace(" ", "")
    rest = cells[at + 1 :]
    if DITTO.fullmatch(cells[at]):
        if above is None:
            return None
        post = [c for c in rest if not DITTO.fullmatch(c)]
        return Member(group, seq, page_no, above.prefix, above.full_name, post or list(above.position_parts))
    # (a name typed with two spaces may stand in two cells: read_member joins them)
    member = read_member("\t".join(c for c in cells[at:] if not DITTO.fullmatch(c)), group, seq, page_no)
    if member is not None and not member.position_parts and above is not None and any(DITTO.fullmatch(c) for c in rest):
        member.position_parts = list(above.position_parts)
    return member


def continues_member(text: str) -> bool:
    flat = " ".join(text.replace("\t", " ").split())
    return (
        bool(flat)
        and len(flat) <= MAX_CONTINUATION
        and not SEQ.match(flat)
        and not DUTIES.match(flat)
        and not GROUP_DUTIES.search(flat)
        and not BODY_START.match(flat)
        and not ORDERED_AT.match(flat)
        and split_prefix(flat)[0] is None
        # a table's header row printed again at the top of a page
        and not (len(nonempty_cells(text)) >= 3 and TABLE_HEADER.search(flat))
    )


def header_rest(text: str, header: Sequence[str]) -> bool:
    """The line under a member table's header holding only its labels' wrapped rests (``| | |
    คณะกรรมการ`` under ``หน้าที่ใน``): each cell, with the header's cell above it, a column's
    label (not the rest of a member's row the page broke, under a header printed again)."""
    row = text.split("\t")
    filled = [(k, cell.strip()) for k, cell in enumerate(row) if cell.strip()]
    return 0 < len(filled) <= 2 and all(
        k < len(header) and WRAPPED_HEADER_LABEL.fullmatch(f"{header[k].strip()}{cell}") for k, cell in filled
    )


WRAPPED_HEADER_LABEL = regex.compile(
    r"(?:หน้าที่|ตำแหน่ง|บทบาท)\s*(?:ใน)?\s*(?:คณะ\s*(?:กรรมการ|ทำงาน|อนุกรรมการ)\S*|กรรมการ)|ชื่อ\s*-?\s*(?:นาม)?สกุล|ลายมือ\s*ชื่อ"
)


def is_table_header(text: str) -> bool:
    """A member table's header row (ลำดับ | ชื่อ - สกุล | ตำแหน่ง ...); a group's duties in two
    columns (``มีหน้าที่ | (๑) รวบรวมข้อมูล...``) are none."""
    return (
        len(nonempty_cells(text)) >= 2
        and bool(TABLE_HEADER.search(text))
        and not SEQ.match(text)
        and not CODE_ROW.match(text)  # (an item's row: ``O3 | อำนาจหน้าที่ | ...``)
        and not DUTIES.match(text.strip())
    )


AMENDING_QUOTES = regex.compile(r"[“”„]")
CLAUSE_MARK = regex.compile(r"^[\d๐-๙]{1,2}\s*/\s*[\d๐-๙]{1,2}\s+")  # ``๓/๑ `` before a clause's group


# An amending order's column of the people it replaces (``รายชื่อเดิม`` beside ``แก้ไขเป็น``):
# they are members no longer.
REPLACED_COLUMN = regex.compile(r"^(?:ราย\s*)?(?:ชื่อ\s*)?(?:-?\s*สกุล\s*)?เดิม$|^ผู้\s*ที่\s*(?:ถูก\s*)?แทน")


def extra_column(title: str) -> bool:
    """A member table's column that holds neither name, position nor role (``EXTRA_COLUMN``),
    or the replaced members of an amending order (``REPLACED_COLUMN``)."""
    return (bool(EXTRA_COLUMN.search(title)) and not regex.search("ชื่อ|ตำแหน่ง", title)) or bool(
        REPLACED_COLUMN.match(title.strip())
    )


def extra_columns(header: Sequence[str]) -> list[int]:
    """The header's extra columns (``extra_column``), and a duties column (``หน้าที่``) where
    another column holds the roles (``ตำแหน่งในคณะทำงาน | หน้าที่``: what each member does)."""
    roles = [k for k, title in enumerate(header) if MEMBER_ROLE_HEADER.match(title.strip())]
    return [
        k
        for k, title in enumerate(header)
        if extra_column(title) or (roles and k not in roles and DUTIES_HEADER.fullmatch(title.strip()))
    ]


MEMBER_ROLE_HEADER = regex.compile(r"ตำแหน่ง\s*ใน\s*คณะ|บทบาท")
DUTIES_HEADER = regex.compile(r"(?:อำนาจ\s*)?หน้าที่(?:\s*(?:ที่\s*)?(?:ได้รับ\s*)?มอบหมาย|\s*รับผิดชอบ)?")


def without_extra_columns(text: str, header: Sequence[str], raw: str = "") -> str:
    """A member row without its cells under extra columns: a row that fills every column; a
    wrapped row (its first cell empty) by its cells' places; a row with more cells than the
    header (a name typed with two spaces made two) without its last ones under trailing extra
    columns (``ข้อมูลที่รับผิดชอบ``: ``O1 - O8``)."""
    row = nonempty_cells(text)
    extra = extra_columns(header)
    placed = raw.rstrip("\n").split("\t")
    if extra and len(placed) < len(header) and not placed[0].strip():
        placed += [""] * (len(header) - len(placed))  # (a wrapped row's empty cells at the end, dropped)
    if extra and len(placed) == len(header):
        # (a row whose cells stand each under its column, some empty: ``๑ | ๒๘ ธ.ค. ๖๘ | | นาง...``)
        return "\t".join(c.strip() for k, c in enumerate(placed) if c.strip() and (k not in extra or ROLE_CELL.match(c.strip())))
    trailing = next((n for n in range(len(extra), 0, -1) if extra[-n:] == list(range(len(header) - n, len(header)))), 0)
    if trailing and len(row) > len(header) and not any(ROLE_CELL.match(c) for c in row[-trailing:]):
        return "\t".join(row[:-trailing])
    if not header or len(row) != len(header):
        return text
    kept = [cell for k, cell in enumerate(row) if not (k in extra and not ROLE_CELL.match(cell))]
    return "\t".join(kept)


ROLE_START_CELL = regex.compile(rf"^(?:{ROLE})")
ROLE_HEADER = regex.compile(r"^(?:หน้าที่|บทบาท(?:\s*หน้าที่)?|ตำแหน่ง\s*ใน\s*คณะ\S*)$")  # a column of roles


def role_column_cell(text: str, header: Sequence[str]) -> str | None:
    """The cell under a header's role column (``ที่ | ชื่อ - สกุล | ตำแหน่ง | หน้าที่``) of a row
    that fills the header once its extra columns are gone: a role even where no role word names it
    (``ผู้ดูแลระบบ (Admin)``, ``ผู้ประสานงาน``). (A row whose role cell is empty gives its position:
    the caller keeps a position that would be left empty.)"""
    extra = extra_columns(header)
    kept = [t for k, t in enumerate(header) if k not in extra]
    at = next((k for k, title in enumerate(kept) if ROLE_HEADER.match(title.strip())), None)
    row = nonempty_cells(text)
    # (counted from the right: two spaces in a name may have made it two cells)
    return row[len(row) - (len(kept) - at)] if at is not None and len(row) >= len(kept) else None


@dataclass(slots=True)
class MemberReader:
    members: list[Member] = field(default_factory=list)
    group: str | None = None
    open_member: Member | None = None
    header: list[str] = field(default_factory=list)
    skip: int = -1  # the second line of a wrapped group heading, already read
    skips: set[int] = field(default_factory=set)  # more lines of a heading wrapped in a narrow cell
    role_heading: str | None = None  # a role on a line of its own over the members who hold it
    amended: bool = False  # the group is one an amending clause named
    pending_group: str | None = None  # ... named by a clause not yet seen to appoint anyone in place
    relieving: bool = False  # in a clause that lists who leaves the committee
    header_at: int = -2  # the line of the last table header
    header_cells: list[str] = field(default_factory=list)  # its cells where they stand

    def read(self, lines: Sequence[Line]) -> None:
        for i, line in enumerate(lines):
            if i == self.skip or i in self.skips:
                continue
            # Indented rows start with a tab: the indent is no cell. (An amending order quotes the
            # clauses it puts in: ``“๒. คณะทำงาน...`` ... ``คณะทำงานและเลขานุการ”``.)
            text = AMENDING_QUOTES.sub("", line.text).strip()
            if is_table_header(text):
                self.header = nonempty_cells(text)
                self.header_at, self.header_cells = i, line.text.split("\t")
                continue
            if self.header_at == i - 1 and header_rest(line.text, self.header_cells):
                continue  # (``หน้าที่ใน`` / ``คณะกรรมการ``: the header's label wrapped in its cell)
            if CLAUSE.match(text) and any(REPLACED_COLUMN.match(h.strip()) for h in self.header):
                # an amending order's table of the replaced and their replacements is its clause's
                # (``ข้อ ๓ ให้เพิ่มเติม...`` lists members in columns of its own)
                self.header = []
            if self.group is not None and CODE_ROW.match(line.text) and self.coded_group():
                above = self.members[-1] if self.members and self.members[-1].group_name == self.group else None
                if (coded := code_row_member(line.text, self.group, line.page_no, above)) is not None:
                    self.members.append(coded)
                    self.open_member = None  # (the item's wrapped rest below is no part of the post)
                    continue
            text = without_extra_columns(text, self.header, line.text)
            next_text = self.next_row(lines, i)
            flat = " ".join(text.replace("\t", " ").split())
            heading = group_heading(text, next_text)
            role = ROLE_CELL.fullmatch(flat) if self.group is not None and heading is None else None
            # (a role cell's wrapped end under a member whose role waits for it, ``คณะทำงานและ`` /
            # ``เลขานุการ``, is no heading)
            awaited = self.open_member is not None and (self.open_member.role or "").rstrip().endswith(("และ", "/", "ผู้ช่วย"))
            if role is not None and (self.open_member is None or self.role_heading is not None) and not awaited and opens_listing(next_text):
                # ``ประธานคณะทำงาน`` / ``๒.๑  นายวิทยา ...``: a role heading the members under it (the
                # first right under the group's heading; a later one where the group has one)
                self.role_heading, self.open_member = role["role"], None
                continue
            if CLAUSE.match(flat):
                # ``ข้อ ๑ ให้บุคคลดังต่อไปนี้ พ้นจากการเป็นกรรมการ``: who leaves, listed, is no member
                # (until the next clause, whatever it says)
                clause = f"{flat} {next_text}"
                self.relieving = bool(RELIEVED.search(clause)) and not REPLACED.search(clause)
            amended = AMENDED_IN.search(flat) if heading is None else None
            if amended is not None:
                # ``ข้อ ๑ ยกเลิกรายชื่อลำดับที่ ๑.๔ ในข้อ ๑ คณะกรรมการอำนวยการ (...) และแต่งตั้ง...แทน``:
                # an amending order's clause names the group its replacements join, once the
                # clause (wrapped over lines as it may be) appoints someone in place
                self.pending_group = " ".join(amended["group"].split())
                wrapped = BRACKETED_ACRONYM.match(next_text.strip())
                if wrapped and amended.end("group") == len(flat) and next_text.strip()[wrapped.end() :][:1] in ("", " "):
                    # (``... สาธารณะ`` / ``(OIT)`` or ``(OIT) ซึ่งกำหนดให้...``: wrapped)
                    self.pending_group += f" {wrapped.group()}"
            elif heading is None and CLAUSE.match(flat):
                self.pending_group = None
                if self.amended:
                    self.group, self.amended = None, False  # the next clause: the replacements' group is over
            if self.pending_group is not None and REPLACED.search(f"{flat} {next_text}"):
                self.open_group(self.pending_group)
                self.pending_group, self.amended = None, True
            elif self.pending_group is not None and SEQ.match(flat) and amended is None:
                self.pending_group = None  # members before any appointment in place: not the clause's
            seq = SEQ.match(flat)
            if (
                heading is None
                and seq
                # (or an amending clause's: ``ข้อ ๒ ให้แก้ไขรายชื่อคณะทำงาน... ของคำสั่ง`` / ``ดังกล่าวดังนี้``)
                and (GROUP_WORD.match(flat[seq.end() :].strip()) or AMENDING.match(flat[seq.end() :].strip()))
                and COMPOSED_OF.search(next_text)
                and not SEQ.match(next_text)
                and len(next_text) <= 60
            ):
                # a numbered heading wrapped over two lines (``๒. คณะกรรมการติดตาม...`` / ``การทุจริต ประกอบด้วย``)
                heading = group_heading(join_wrapped(flat, " ".join(next_text.split())), self.next_row(lines, i + 1))
                self.skip = i + 1 if heading is not None else self.skip
            elif (
                heading is None
                and seq
                and GROUP_WORD.match(flat[seq.end() :].strip())
                and i + 2 < len(lines)
                and not SEQ.match(next_text)
                and len(next_text) <= WRAPPED_NAME
                and (tail := composed_of_tail(lines[i + 2].text)) is not None
            ):
                # ... over three, ``ประกอบด้วย`` alone on the third (``ข้อ ๒ คณะทำงาน... ภาย`` /
                # ``หลังการแก้ไขตามข้อ ๑`` / ``ประกอบด้วย``: a scan's narrower lines)
                whole = join_wrapped(join_wrapped(flat, " ".join(next_text.split())), tail)
                heading = group_heading(whole, self.next_row(lines, i + 2))
                if heading is not None:
                    self.skips.update({i + 1, i + 2})
            if heading is not None:
                if i + 1 not in self.skips and (rest := self.heading_wrapped_below(lines, i)) is not None:
                    # ``๑. คณะกรรมการอำนวย  ประกอบด้วย`` / ``การ``: its name's rest wrapped below
                    for piece in rest[1]:
                        heading = join_wrapped(heading, piece)
                    self.skips.update(rest[0])
                glued = GLUED_ROLE_HEADING.search(heading)
                self.open_group(heading[: glued.start()].strip() if glued else heading)
                if glued:
                    # ``๓. คณะทำงานติดตามและประเมินผลประธานคณะทำงาน``: a scan ran the role heading
                    # under the group's name into it
                    self.role_heading = glued["role"]
                composed = COMPOSED_OF_PERSON.search(flat)
                if composed is not None and split_prefix(flat[composed.end() :])[0] is not None:
                    # the members in prose after ``ประกอบด้วย`` (``นาย... ตำแหน่ง ... เป็นประธานกรรมการ
                    # นางสาว... เป็นกรรมการ และนาง... เป็นกรรมการและเลขานุการ``), over the paragraph's lines
                    # (the lines taken up to the one the last member's role ends on)
                    taken = prose_paragraph(lines, i)
                    found: list[Member] = []
                    used = 0
                    for n in range(len(taken) + 1):
                        paragraph = " ".join([flat[composed.end() :], *(lines[k].text for k in taken[:n])])
                        members = prose_members(paragraph, self.group, line.page_no)
                        if len(members) > len(found):
                            found, used = members, n
                    for k, prose in enumerate(found, start=1):
                        prose.seq = str(k)
                        self.members.append(prose)
                    self.skips.update(taken[:used])
                continue
            match = SEQ.match(text)
            member = None
            if match is None and self.group is not None and (lead := role_first(text)) is not None:
                # unnumbered members under their group's heading, each opened by its role: counted
                # in the group
                counted = str(sum(m.group_name == self.group for m in self.members) + 1)
                member = read_member(text.strip()[lead.end() :], self.group, counted, line.page_no)
                if member is not None:
                    member.role = role_text(lead["role"])
            elif match and is_member_line(text):
                surname_column = any(SURNAME_HEADER.fullmatch(cell.strip()) for cell in self.header)
                member = read_member(text[match.end() :], self.group, match["seq"], line.page_no, surname_column=surname_column)
            elif match and self.group is not None:
                member = read_post(
                    text[match.end() :],
                    self.group,
                    match["seq"],
                    line.page_no,
                    role_above=self.role_heading is not None and self.continues_sequence(match["seq"]),
                )
                below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
                if member is None and ROLE_CELL.fullmatch(below):
                    # the post's role on the line below (a scan lost the dot leaders between them)
                    member = read_post(f"{text[match.end() :]}\t{below}", self.group, match["seq"], line.page_no)
                    self.skip = i + 1 if member is not None else self.skip
                elif member is None and (holder := bracketed_lead(below)) is not None:
                    # a long post, its holder's bracketed name and the role on the line below
                    # (``๒.๖ ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม`` / ``(นางอัมพร  ไชยราช)  คณะทำงาน``)
                    joined = "\t".join([f"{text[match.end() :].strip()} {holder[0]}", *holder[1]])
                    member = read_post(joined, self.group, match["seq"], line.page_no)
                    self.skip = i + 1 if member is not None else self.skip
            if (
                member is not None
                and member.role is None
                and (cell := role_column_cell(text, self.header))
                and not ROLE_START_CELL.match(cell)  # (a role word's own cell, cut by its wrap: read as before)
            ):
                held = next((k for k, part in enumerate(member.position_parts) if part.endswith(cell)), None)
                if held is not None and (kept_post := member.position_parts[held].removesuffix(cell).strip()):
                    member.role, member.position_parts[held] = cell, kept_post
            if member is not None and self.relieving:
                self.open_member = None
                continue
            if member is not None:
                member.role = member.role or self.role_heading
                self.members.append(member)
                self.open_member = member
                continue
            # A committee named by a sentence (no number of its own) right above its list, its
            # ``ประกอบด้วย`` perhaps wrapped (``... ประกอบ`` / ``ด้วย``).
            tail = composed_of_tail(lines[i + 1].text) if i + 1 < len(lines) else None
            named = unnumbered_group(join_wrapped(text.rstrip(), tail) if tail else text)
            if named is None and DUTY_STAFF.search(flat) and len(next_text) <= WRAPPED_NAME and COMPOSED_OF.search(next_text):
                # a duty roster's appointing sentence wrapped before its ``ดังนี้`` (``... ความปลอดภัย`` /
                # ``ประจำปี ๒๕๖๙ ดังนี้``)
                named = unnumbered_group(join_wrapped(flat, " ".join(next_text.split())))
                self.skip = i + 1 if named is not None else self.skip
            if named is None and CLAUSE.match(flat) and "คณะ" in flat and i + 2 < len(lines):
                # a clause naming the committee, its name's rest and ``ประกอบด้วย...`` on the
                # next two lines (``ข้อ ๓ ... ให้คณะกรรมการติดตามและประเมินผล`` / ``แผนพัฒนาท้องถิ่น`` /
                # ``ประกอบด้วยบุคคลดังต่อไปนี้``: a scan's narrower lines)
                below, last = " ".join(lines[i + 1].text.split()), composed_of_tail(lines[i + 2].text)
                wrapped = (
                    unnumbered_group(join_wrapped(join_wrapped(text.rstrip(), below), last))
                    if last and below and len(below) <= WRAPPED_NAME and not SEQ.match(below)
                    else None
                )
                if wrapped is not None and opens_listing(self.next_row(lines, i + 2)):
                    self.open_group(wrapped)
                    self.skips.update({i + 1, i + 2})
                    continue
            lettered = LETTERED_GROUP.match(flat)
            named = named or (lettered["name"].strip() if lettered and opens_listing(next_text) else None)
            if named is not None and (
                opens_listing(next_text) or self.role_caption_over_listing(lines, i) or self.listed_under_header(lines, i)
            ):
                self.open_group(named)
                continue
            if named is not None and (rest := self.heading_wrapped_below(lines, i)) is not None:
                # ``คณะทำงาน | ประกอบด้วย`` with the name's rest on short lines below it (a narrow cell)
                name = named
                for piece in rest[1]:
                    name = join_wrapped(name, piece)
                self.open_group(name)
                self.skips.update(rest[0])
                continue
            # ... or by a heading wrapped over two lines (``คณะทำงาน...ของหน่วย`` / ``งาน... ประกอบด้วย``)
            # (``ก. คณะกรรมการ...ราคา`` / ``กลาง ประกอบด้วย``: lettered; ``๓/๑ คณะทำงาน...``: a clause
            # an amending order puts in)
            bare = CLAUSE_MARK.sub("", LETTER_MARK.sub("", flat))
            # (also a sentence that appoints it: ``... จึงแต่งตั้งคณะกรรมการ...เทศบาลตำบล`` / ``ท่าปิง ประกอบด้วย``)
            below = " ".join(next_text.split())
            appointing = GROUP_WORD.match(bare) or (
                # (only the name's rest and ``ประกอบด้วย`` below: not a lettered group's heading; or
                # the office the committee is of and its year, ``องค์การบริหารส่วนตำบล... ประจำปี...
                # ประกอบด้วย...``)
                APPOINTING_SENTENCE.search(bare)
                and (len(below) <= WRAPPED_NAME or (OFFICE_FIRST.match(below) and COMPOSED_OF.search(below)))
                and not regex.search(r"คณะ|แต่ง\s*ตั้ง", below)  # (``...ได้แต่งตั้งคณะกรรมการซื้อ...`` / ``จึงแต่งตั้ง...``)
                and not LETTER_MARK.match(below)
                and not GROUP_WORD.match(below)
            )
            if named is None and appointing and not COMPOSED_OF.search(bare) and not SEQ.match(next_text):
                wrapped = unnumbered_group(join_wrapped(bare, " ".join(next_text.split())))
                if wrapped is not None and is_member_line(self.next_row(lines, i + 1)):
                    self.open_group(wrapped)
                    self.skip = i + 1
                    continue
                # (wrapped twice, ``ประกอบด้วย`` on a line of its own: ``...ดำเนินการตาม`` /
                # ``แผนปฏิบัติการป้องกันการทุจริต`` / ``ประกอบด้วย``)
                third = lines[i + 2].text if i + 2 < len(lines) else ""
                flat_third = " ".join(third.split())
                if len(next_text) <= 60 and (
                    COMPOSED_OF.fullmatch(flat_third)
                    # (``...ป้องกันการ`` / ``ทุจริต`` / ``องค์การบริหารส่วนตำบล... ประกอบด้วย``: a scan's
                    # narrower lines wrapped the name twice, its office on the third)
                    or (len(flat_third) <= WRAPPED_NAME + 20 and OFFICE_FIRST.match(flat_third) and COMPOSED_OF.search(flat_third))
                ):
                    twice = unnumbered_group(join_wrapped(join_wrapped(bare, " ".join(next_text.split())), flat_third))
                    if twice is not None and is_member_line(self.next_row(lines, i + 2)):
                        self.open_group(twice)
                        self.skips.update({i + 1, i + 2})
                        continue
            if self.open_member is not None and continues_member(text):
                self.continue_member(self.open_member, text)
                continue
            if DUTIES.match(flat) or flat:
                self.open_member = None
            # (any other line ends the list the caption stood over: the duties, a copy list, a contact)
            self.role_heading = None

    def coded_group(self) -> bool:
        """Whether the open group is listed by the OIT's item codes: a group of its own, opened for
        them (no member numbered 1, 2 ... in it), not one named again (``คณะทำงานตามข้อ ๑``:
        the items given to members already listed)."""
        numbered = any(m.group_name == self.group and m.seq[:1].isdigit() for m in self.members)
        return not numbered and not REFERS_BACK.search(self.group or "")

    def open_group(self, name: str) -> None:
        self.group, self.open_member, self.role_heading = amended_group(name), None, None

    def continues_sequence(self, seq: str) -> bool:
        """Whether ``seq`` is the number after the last member's in the group (``๑๑`` after ``๑๐``)."""
        last = next((m.seq for m in reversed(self.members) if m.group_name == self.group), None)
        if last is None:
            return True
        head, _, tail = last.rpartition(".")
        if not tail.isdigit():
            return False
        return seq == (f"{head}.{int(tail) + 1}" if head else str(int(tail) + 1))

    def role_caption_over_listing(self, lines: Sequence[Line], i: int) -> bool:
        """The row after line ``i`` is a role on a line of its own over the members who hold it
        (``... ประกอบด้วย`` / ``ประธานกรรมการ`` / ``๑. นาย...``)."""
        below = " ".join(self.next_row(lines, i).replace("\t", " ").split())
        return ROLE_CELL.fullmatch(below) is not None and opens_listing(self.next_row(lines, i + 1))

    @staticmethod
    def heading_wrapped_below(lines: Sequence[Line], i: int) -> tuple[list[int], list[str]] | None:
        """The indices and texts of up to three short lines under a group heading, when a
        member's line follows them."""
        taken: list[int] = []
        texts: list[str] = []
        # (a name that cannot end so, ``คณะทำงานประจำ``: its rest below, whatever word opens it,
        # ``ศูนย์รับเรื่องร้อง`` / ``เรียน``)
        # (the cell's sign: a wide gap before ``ประกอบด้วย``, not a name typed whole, ``...ลูกจ้างประจำ ประกอบด้วย``)
        narrow = bool(NARROW_CELL_GAP.search(lines[i].text))
        awaits = narrow and bool(NAME_AWAITS_REST.search(COMPOSED_OF.sub("", " ".join(lines[i].text.split()))))
        for k in range(i + 1, min(len(lines), i + 5)):
            text = " ".join(lines[k].text.replace("\t", " ").split())
            if composed_of_tail(lines[k].text) is not None:
                continue  # (``ป`` / ``ด้วย``: the wrapped rest of ประกอบด้วย, no part of the name)
            if (
                opens_listing(lines[k].text.strip())
                or is_table_header(lines[k].text.strip())
                or ROLE_CELL.fullmatch(text)
            ):
                # (a member table's header row under the heading is none of its name)
                return (taken, texts) if taken else None
            own_heading = GROUP_WORD.match(text) and not (awaits and not taken)
            if len(text) > 30 or SEQ.match(text) or DUTIES.match(text) or COMPOSED_OF.search(text) or own_heading:
                return None  # (a heading of its own is no rest of this one)
            taken.append(k)
            texts.append(text)
        return None

    @staticmethod
    def listed_under_header(lines: Sequence[Line], i: int) -> bool:
        """Whether a member table's header follows ``lines[i]`` and its first row, without the
        cells of columns that hold no member's name, post or role (a duty roster's day and
        shift: ``๑ | ๒๘ ธ.ค. ๖๘ | | นาง...``), opens a listing."""
        for k in range(i + 1, min(len(lines), i + 3)):
            text = lines[k].text.strip()
            if not is_table_header(text):
                continue
            header = lines[k].text.split("\t")
            row = lines[k + 1].text if k + 1 < len(lines) else ""
            return opens_listing(without_extra_columns(row.strip(), header, row))
        return False

    @staticmethod
    def next_row(lines: Sequence[Line], i: int) -> str:
        """The line after ``i``, past a table's header row (ลำดับ | ชื่อ - สกุล | ตำแหน่ง ...)."""
        for line in lines[i + 1 : i + 4]:
            text = line.text.strip()
            if is_table_header(text) or composed_of_tail(text) is not None or CATEGORY_CAPTION.match(text) or LIST_LEAD_TAIL.fullmatch(text):
                continue  # (the rest of a wrapped ``ประกอบด้วย``; a caption over the members of one kind)
            return text
        return ""

    @staticmethod
    def holder_wrapped(member: Member, text: str) -> bool:
        """A post's holder in brackets that its narrow cell wrapped to the next line, with the
        post's end or the role's before or after it: ``นายก อบต.หนองซน`` / ``งาม (นายสุรชัย
        พรมบุตร)``, ``หัวหน้าสำนักปลัด (นาง`` / ``พิมพา  ศรีสองเมือง) | เลขานุการ``."""
        texts = nonempty_cells(text)
        if member.full_name is not None or not member.position_parts or not texts:
            return False
        role_rest = None
        if member.role and len(texts) >= 2 and (member.role.endswith("และ") or ROLE_CELL.match(f"{member.role}{texts[-1]}")):
            role_rest = texts.pop()
        joined = join_wrapped(member.position_parts[-1], " ".join(texts))
        named = NAME_IN_BRACKETS.search(joined)
        if named is None or not take_bracketed_holder(member, named["inside"]):
            return False
        member.position_parts[-1] = joined[: named.start()].strip()
        if role_rest is not None and member.role is not None:
            longer = ROLE_CELL.match(f"{member.role}{role_rest}")
            member.role = role_text(longer["role"]) if longer else clean(member.role + role_rest)
        return True

    @staticmethod
    def continue_member(member: Member, text: str) -> None:
        """A wrapped row: more of the position, or the role in the last cell."""
        if MemberReader.holder_wrapped(member, text):
            return
        texts = nonempty_cells(text)
        if member.full_name is not None and " " not in member.full_name and texts and regex.fullmatch(r"\p{Thai}{2,}", texts[0]):
            member.full_name = f"{member.full_name} {texts.pop(0)}"  # the surname wrapped in its cell
        elif (member.full_name is not None and member.role is not None and len(texts) == 1 and text[:1] not in (" ", "\t")
              and regex.fullmatch(r"\p{Thai}{2,8}", texts[0]) and not RANK_WORD.search(texts[0])
              and not ROLE_CELL.match(f"{member.role}{texts[0]}")):
            member.full_name += texts.pop()  # the surname's end wrapped, below the name at the row's left
        if member.role is not None and member.role.endswith(("และ", "ผู้ช่วย")) and texts:
            member.role = clean(member.role + texts.pop())  # คณะทำงานและ / ผู้ช่วยเลขานุการ
        elif member.role is not None and len(texts) == 1 and (longer := ROLE_CELL.match(f"{member.role}{texts[0]}")):
            member.role, texts = role_text(longer["role"]), []  # a role wrapped in its cell (ประธาน / กรรมการ)
        elif (
            member.role is not None and len(texts) > 1 and texts[-1].startswith("และ")
            and (longer := ROLE_CELL.fullmatch(f"{member.role}{texts[-1]}"))
        ):
            # the role's cell wrapped beside the position's (``คณะทำงาน`` / ``และเลขานุการ``)
            member.role, texts = role_text(longer["role"]), texts[:-1]
        elif member.role is None:
            # a role its line wrapped at the page's margin (``... หัวหน้า`` / ``คณะทำงาน``,
            # ``... คณะ`` / ``ทำงาน``), or in its cell (``กรรมการและผู้ช่วย`` / ``เลขานุการ``): the
            # position's last word is the role's first
            last = member.position_parts[-1].rsplit(" ", 1) if member.position_parts and texts else []
            joined = ROLE_CELL.match(f"{last[-1]}{texts[-1]}") if len(last) == 2 and len(texts) in (1, 2) else None
            if joined:
                member.position_parts[-1], member.role, texts = last[0], role_text(joined["role"]), texts[:-1]
            else:
                texts, member.role = split_role(texts, min_words=0)
        if texts:
            position = POSITION_LABEL.sub("", " ".join(texts))
            if position:
                member.position_parts.append(position)


# --- order fields ---------------------------------------------------------------------------------


def office_of(lines: Sequence[Line]) -> tuple[str | None, int]:
    """The issuing office from ``คำสั่ง<office>`` and the heading's line index."""
    for i, line in enumerate(lines[:5]):
        match = HEADING.match(" ".join(line.text.replace("\t", " ").split()))
        if match:
            office = ORDER_NO.split(match["office"])[0].strip()
            if not office and i + 1 < len(lines):
                office = lines[i + 1].text  # คำสั่ง / เทศบาลตำบล... on two lines
            # คำสั่งนายกเทศมนตรีตำบลX: the mayor orders for เทศบาลตำบลX.
            office = MAYOR_OF.sub(r"เทศบาล\g<kind>", office)
            mentions = organization_mentions(office)
            return (mentions[0] if mentions else None), i
    return None, 0


def order_number(lines: Sequence[Line]) -> tuple[str | None, int]:
    for i, line in enumerate(lines[:8]):
        match = ORDER_NO.search(" " + " ".join(line.text.replace("\t", " ").split()))
        if match:
            return f"{match['no']}/{match['year']}", i
    for i, line in enumerate(lines[:7]):
        # ``คำสั่ง...  ที่`` / ``๘๘/๒๕๖๙``: the label at its line's end, the number wrapped below
        if LABEL_AT_END.search(line.text) and (number := LONE_NUMBER.fullmatch(lines[i + 1].text.strip())):
            return f"{number['no']}/{number['year']}", i
    for i, line in enumerate(lines[:6]):
        # ``N ๐๔๗/๒๕๖๙``: the number alone on its line, its ``ที่`` garbled by a scan
        if SUBJECT.match(clean(line.text) or ""):
            break
        match = GARBLED_ORDER_NO.match(" ".join(line.text.replace("\t", " ").split()))
        if match:
            return f"{match['no']}/{match['year']}", i
    for i, line in enumerate(lines[:6]):
        # ``ที่ ๒๑๘๔๓๕๖๙``: a scan read the slash as a digit (or lost it); the year is the run's last
        # four digits, one of them perhaps misread (``order_no_in_its_year`` puts it back)
        run = SLASH_LOST.search(" ".join(line.text.replace("\t", " ").split()))
        if run:
            digits = run["run"]
            number = digits[:-4] if len(digits) <= 7 else digits[:-5]
            return f"{number}/{digits[-4:]}", i
    return None, -1


# ``ที่ 21843569``: an order's number and year as one run, its slash lost or read as a digit; its
# last four digits a Buddhist-era year one digit off at most.
SLASH_LOST = regex.compile(r"(?:^|\s)ที[\u0e48\u0e49]?\s*(?P<run>\d{1,3}\d?(?:\d5\d\d|2\d\d\d))$")


def subject_of(lines: Sequence[Line], start: int) -> tuple[str | None, int]:
    """The subject (``เรื่อง``, wrapped over up to three lines) and the first body line's index."""
    for i in range(start, min(len(lines), start + 6)):
        match = SUBJECT.match(" ".join(lines[i].text.replace("\t", " ").split()))
        if not match:
            continue
        parts = [match["value"]]
        j = i + 1
        while j < len(lines) and j <= i + MAX_SUBJECT_WRAP:
            text = " ".join(lines[j].text.replace("\t", " ").split())
            if BODY_START.match(text) or len(text) > MAX_SUBJECT_LINE or SEQ.match(text):
                break
            parts.append(text)
            j += 1
        return join_text(parts), j
    return None, start


def order_date(lines: Sequence[Line]) -> tuple[dt.date | None, int]:
    """The date under ``สั่ง ณ วันที่`` (its line may wrap) and the line it stands on."""
    for i in range(len(lines) - 1, -1, -1):
        if ORDERED_AT.match(lines[i].text.strip()):
            text = " ".join(line.text for line in lines[i : i + 2])
            return find_date(text), i
    return None, len(lines)


def correct_office(position: str | None, office: str | None) -> str | None:
    """An office named in a position, misspelled by OCR, spelled as in the order's heading.

    ``นายกเทศมนตรีตำบลโคกคดสำโรง`` under ``คำสั่งเทศบาลตำบลโคกสำโรง`` becomes
    ``นายกเทศมนตรีตำบลโคกสำโรง``; a different place stays as printed.
    """
    if not position or not office:
        return position
    head = OFFICE_HEAD.match(office)
    place = office[head.end() :].strip() if head else ""
    if len(place) < 2:
        return position

    def fix(match: regex.Match[str]) -> str:
        found = match["place"]
        if found.startswith(place):
            return match.group()
        # The place may run on into the next word (…ตำบลโคกคดสำโรงปฏิบัติหน้าที่): try its heads.
        ends = range(max(2, len(place) - 1), min(len(found), len(place) + 2) + 1)
        end = max(ends, key=lambda n: similarity(found[:n], place), default=len(found))
        if similarity(found[:end], place) >= PLACE_CUTOFF:
            return match["head"] + place + found[end:]
        return match.group()

    return PLACE_IN_POSITION.sub(fix, position)


def restated(members: list[Member]) -> list[Member]:
    """The members without those an amending clause appointed in place (no committee named)
    whom a later list of the committee, as it now stands, names again."""
    named = {m.full_name for m in members if m.group_name is not None and m.full_name}
    return [m for m in members if m.group_name is not None or m.full_name not in named]


def mended_sub_numbers(members: list[Member]) -> list[Member]:
    """A group's members numbered ``๒.๑ ๒.๒ ...`` whose sub-numbers a scan misread past a page
    break (``๒.๕ ๒.๕ ๒.๒๐`` for ๒.๔ ๒.๕ ๒.๖): when the group opens at its ``.1`` and at least
    half of its rows stand where the count puts them, every row takes its place in the count."""
    by_group: dict[str | None, list[Member]] = {}
    for member in members:
        by_group.setdefault(member.group_name, []).append(member)
    for group in by_group.values():
        parts = [SUB_NUMBER.fullmatch(m.seq) for m in group]
        if len(group) < 4 or not all(parts) or len({p["top"] for p in parts if p}) != 1:
            continue
        subs = [p["sub"] if p else "" for p in parts]
        expected = [str(k + 1) for k in range(len(group))]
        if subs == expected or subs[0] != "1" or 2 * sum(a == b for a, b in zip(subs, expected, strict=True)) < len(group):
            continue
        top = parts[0]["top"] if parts[0] else ""
        for member, number in zip(group, expected, strict=True):
            member.seq = f"{top}.{number}"
    return members


SUB_NUMBER = regex.compile(r"(?P<top>\d)\.(?P<sub>\d{1,2})")
NUMBER_YEAR = regex.compile(r"(?<=/\s*)(?:25\d\d|\d5\d\d|2\d\d\d)$")  # (``3569``: its first digit misread too)


def order_no_in_its_year(order_no: str | None, date: dt.date | None) -> str | None:
    """An order number whose year a scan misread in one digit (``312/2560`` for ๓๑๒/๒๕๖๘) put
    back to the year the order is signed in: an order is numbered in the year it is given
    (a number from the year before or after stays as printed)."""
    year = NUMBER_YEAR.search(order_no or "")
    if order_no is None or year is None or date is None:
        return order_no
    printed, signed = year.group(), str(date.year + 543)
    if abs(int(printed) - int(signed)) <= 1 or sum(a != b for a, b in zip(printed, signed, strict=True)) != 1:
        return order_no
    return order_no[: year.start()] + signed


def parse(segment: Segment) -> Parsed:
    lines = segment.lines
    office, heading_at = office_of(lines)
    order_no, number_at = order_number(lines)
    subject, body_start = subject_of(lines, max(heading_at, number_at) + 1)
    date, ordered_at = order_date(lines)
    order_no = order_no_in_its_year(order_no, date)
    signature = (
        find_signature(lines, ordered_at + 1, bare_from=ordered_at + 1) if ordered_at < len(lines) else None
    )
    if signature is None:
        signature = find_signature(lines, body_start)
    organization = office or find_organization(" ".join(line.text for line in lines[:40]))
    document = letter_document(segment, subject, organization, date)
    parsed = Parsed(document=document)
    parsed.rows.append(
        Order(
            doc_id=segment.doc_id,
            page_no=lines[heading_at].page_no if lines else 1,
            order_no=order_no,
            subject=subject,
            order_date=date,
            signer_name=signature.name if signature else None,
            signer_position=correct_office(signature.position, organization) if signature else None,
        )
    )
    reader = MemberReader()
    reader.read(lines[body_start:ordered_at])
    if signature is not None and signature.line > ordered_at:
        # Members listed in an attachment after the signature (รายชื่อแนบท้ายคำสั่ง).
        reader.open_member = None
        reader.read(lines[signature.end :])
    everything = join_lines(lines)  # (names printed elsewhere in the order)
    for member in mended_sub_numbers(restated(reader.members)):
        parsed.rows.append(
            CommitteeMember(
                doc_id=segment.doc_id,
                page_no=member.page_no,
                group_name=member.group_name,
                seq=member.seq,
                prefix=member.prefix,
                full_name=respaced_name(member.full_name, everything),
                position=member.position,
                role=member.role,
            )
        )
    if order_no is None:
        parsed.warnings.append(segment.warning("no order number found"))
    return parsed


# --- where an order opens (segment) -----------------------------------------------------------------

# OCR drops the tone mark or the final ง of คำสั่ง (คำสั่เทศบาล...); a heading printed large
# loses more (``คา   ังเทศบาล...``: ำ read as า, ส lost, its marks a line of their own above).
OPENING_TITLE = regex.compile(
    r"^ค[ำา]\s*(?:ส[\u0e31\u0e48\u0e49]*|[\u0e31\u0e48\u0e49]+)ง?\s*(?:เทศบาล|องค์\s?ก?\s?าร|อบต|อบจ|สำนัก|กอง|กรม|จังหวัด|อำเภอ|กรุงเทพ|เมือง|นายก|ปลัด|คณะ)"
)  # (``องค์ าร``: a scan lost its ก)
# The same without its marks, for a heading a scan sprinkled with stray ones (``คำ ั่งเทศุบาล``).
OPENING_SKELETON = regex.compile(r"^ค[ำา]\s*ส?ง?\s*(?:เทศบาล|องค\s?ก?\s?าร|อบต|อบจ|สานก|สำนก|กอง|กรม|จงหวด)")
# ``ที่ 12/2567``, ``ที่ อบต.ดต. 012/2567`` (an office code before the number).
NUMBER_LINE = regex.compile(r"^ที่\s*\S{0,12}\s*\d{1,4}\s*/\s*(?:25)?\d{2}\b")


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    text = line_text(lines, i)
    if regex.fullmatch(r"คำ\s*ส[\u0e31\u0e48\u0e49]*ง?", text):  # the office on the next line
        text = f"คำสั่ง{line_text(lines, i + 1)}"
    if len(text) > 120 or not (OPENING_TITLE.match(text) or OPENING_SKELETON.match(skeleton(text))):
        return False
    # The number line is what OCR damages most (``ที๒๔๗/๒๘๘``, ``N 12/567``): the subject line
    # (``เรื่อง ...``) under the heading is evidence enough.
    return (
        bool(regex.search(r"ที่\s*\S{0,12}\s*\d{1,4}\s*/\s*\d{2,4}", text))
        or ahead(lines, i, NUMBER_LINE, 3)
        or ahead(lines, i, SUBJECT_LINE, 3)
    )


TYPE = DocumentType(name="order", opens=opens, ends=DOCUMENT_END, parse=parse)
