"""Thai text normalisation: the one place that cleans text before any parser sees it.

``normalize_line`` makes one line clean (NFC, Arabic digits, legacy-font glyphs, SARA AM,
zero-width and HTML remnants, ticks, dotted fills, letter-spaced words) while keeping a
table row's cells apart with tabs. ``normalize_pages`` removes page furniture (page
numbers, running headers, continuation markers) and returns ``Line``s with page numbers.
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

import regex
from rapidfuzz.distance import Levenshtein

from pipeline import layout
from pipeline.model import Line, Page
from pipeline.thai import MARK, MONTH_PATTERN, skeleton, to_arabic_digits

TICK = "☑"
NO_TICK = "☐"

# Legacy Thai fonts (Windows/Adobe) put shifted marks in the private-use area U+F700-U+F71A.
PUA_MAP: dict[int, str] = {
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a",
}  # fmt: skip
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)

_INPUT_TAG = regex.compile(r"<input\b[^>]*>", regex.IGNORECASE)
# A run of tags with the spaces around it is one space: ``a</p> <p>b`` must not become a cell break.
_BREAK_TAG = regex.compile(
    r"[ ]*(?:</?(?:p|br|div|li|tr|td|th|span|b|i|u|strong|em)\b[^>]*/?>[ ]*)+", regex.IGNORECASE
)
_ANY_TAG = regex.compile(r"</?[a-zA-Z][^<>]{0,200}>")
# Tick marks, one vocabulary for every extractor: the marks themselves (``√`` is what many
# offices type), and what stands for a tick alone in a table cell (``/``, ``x``, ``●``).
TICK_MARKS = "✓✔☑☒✗✘√✅"
CELL_TICKS = "/xX×●•"
_TICKS = regex.compile(f"[{TICK_MARKS}]")
_CELL_TICK = regex.compile(f"^[{regex.escape(CELL_TICKS)}]$")
_EMPTY_BOX = regex.compile(r"[☐□]")
# NIKHAHIT (+ tone mark) + SARA AA is SARA AM written in two pieces.
# A vowel sign or mark twice over its letter (``ประะชุม``, ``ที่่``): a scan's double reading, no Thai.
_DOUBLED_SIGN = regex.compile(r"([\u0e30\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+")
_SPLIT_SARA_AM = regex.compile(r"\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_TONE_BEFORE_NIKHAHIT = regex.compile(r"([\u0e48-\u0e4b])\u0e4d\u0e32")
# ``lo)`` / ``lo.`` opening a list item: ๒ as tesseract's Latin reads it (no Thai document
# numbers an item ``lo``)
_LO_MARKER = regex.compile(r"(?<=^\s*)lo(?=[.)]\s*\p{Thai})")
# A scan's space inside an abbreviation (``หน.สป .``, ``อบต .ท่าหินงาม``) and lost before a
# district's number (``สท.เขต1``: offices print ``เขต ๑``).
_SPACE_BEFORE_DOT = regex.compile(r"(?<=(?:^|[\s.])[ก-ฮ][ก-ฮ\u0e30-\u0e4e]{0,3}) (?=\.)")
_NUMBER_AFTER_LABEL = regex.compile(r"(?<=เขต|ที่)(?=\d)")  # (a scan drops the space: ``ตัวชี้วัดที่9``, ``ครั้งที่1/2569``)
_SPACE_BEFORE_MARK = regex.compile(r"(?<=\p{Thai})[ ]+(?=[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e])")
# Fill leaders: three dots or more, ellipses, underscores (typography, not words)
FILL = regex.compile(r"(?:\.\s?){3,}|…+|_{3,}")
# A Buddhist Era year is never written with a thousands comma: OCR's ``74/2,564``, ``พ.ศ. 2,567``.
_COMMA_IN_YEAR = regex.compile(r"(?<=(?:/|พ\.\s?ศ\.|ปี|ปีงบประมาณ)\s?2),(?=5\d\d(?!\d))")
_O_IN_NUMBER = regex.compile(r"(?<=\d)[Oo](?=\.?\d)|(?<=\d)[Oo](?=\s*\/\s*\d)")
_LETTER_SPACED = regex.compile(
    r"(?<![\p{Thai}])(?:[\u0e01-\u0e30\u0e32\u0e40-\u0e45][\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]*[ ]){3,}[\u0e01-\u0e30\u0e32\u0e40-\u0e45][\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]*(?![\p{Thai}])"
)
_SPACE_RUN = regex.compile(r" {2,}")
# Rules, and what OCR makes of specks between lines: quotes, commas, bars, a lone mark.
_RULE_BEFORE = regex.compile(r"^[-–—_=~*]{10,}\s*(?=\p{Thai})")
_RULE_LINE = regex.compile(r"^[\s\-–—_=~*.·'\"`‘’“”,;:|^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$")
# OCR garbage between asterisks (``*ฟ/ก่ดจ*``) standing alone; ``*1`` (a dimension) has no closing star.
_ASTERISK_GARBAGE = regex.compile(r"[ ]?(?<!\S)\*[^\s*\d]{1,15}\*(?!\S)")
# A Buddhist Era year OCR split in two after a month, พ.ศ., ปี or a slash: ``2 567``.
# ``ปี`` before a Buddhist Era year, its vowel dropped: ``ป 2566``.
_YEAR_WORD = regex.compile(r"(?<![\u0e01-\u0e4e])ป(?=\s?25\d\d(?!\d))")
_SPLIT_YEAR = regex.compile(r"(?<=(?:" + MONTH_PATTERN + r"|พ\.\s?ศ\.|ปี|ประมาณ|/)\s{0,2}2) (?=5\d\d(?!\d))")

_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|หน้า\s*(?:ที่)?\s*\d{1,4}(?:\s*(?:/|จาก)\s*\d{1,4})?|page\s*\d+(?:\s*of\s*\d+)?)\s*$",
    regex.IGNORECASE,
)
_BARE_NUMBER = regex.compile(r"^\s*\(?\s*\d{1,3}\s*\)?\s*$")  # (``( 2 )``: spaced inside its brackets)
# A page number printed at the end of a line of text, past a wide gap (``... (IIT และ EIT)      - ๒ -``),
# its digit perhaps garbled by a scan (``- ใต -``).
_TRAILING_PAGE_NUMBER = regex.compile(r"(?:\t|\s{4,})[-–—]\s?[^\s\-–—]{1,3}\s?[-–—]\s*$")
# ``ดำเนินการ...``, ``/ประธานคณะ...``; after a slash several words may stand (``/2.5 นายเอกชัย...``).
_CONTINUATION = regex.compile(
    r"^\s*(?:(?P<slash>/)\s*(?P<phrase>[^/…\s][^/…]{0,60}?)|(?P<word>[^\s./…]{2,40}))\s*(?:\.{2,}|…+)\s*$"
)
_PERSON_PREFIX = regex.compile(r"^(?:นาย|นาง|น\.ส\.|ว่าที่|สิบ|จ่า|ร\.|พ\.|ด\.ต\.|ดร\.)")


# Headings and labels of the genre, whole words. OCR (ours or whoever made a text file)
# drops marks above and below the line in them (ครังที -> ครั้งที่); a token with the same letters is restored.
KNOWN_WORDS: tuple[str, ...] = (
    "ครั้งที่", "หน่วยงาน", "ส่วนราชการ", "เรื่อง", "เรียน", "วันที่", "ระเบียบวาระที่", "มติที่ประชุม",
    "ที่ประชุม", "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา", "เลิกประชุมเวลา",
    "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม", "รายงานการประชุม", "บันทึกข้อความ", "ประธาน",
    "รองประธาน", "เลขานุการ", "ผู้ช่วยเลขานุการ", "กรรมการ", "คณะทำงาน", "คณะกรรมการ", "ปลัดเทศบาล",
    "รองปลัดเทศบาล", "นายกเทศมนตรี", "ผู้อำนวยการ", "หัวหน้าสำนักปลัด", "ผู้อำนวยการกอง", "งบประมาณ",
    "ประจำปีงบประมาณ", "แผนปฏิบัติการ", "โครงการ", "กิจกรรม", "วัตถุประสงค์", "เป้าหมาย", "กลุ่มเป้าหมาย",
    "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ", "ผลที่คาดว่าจะได้รับ", "หลักการและเหตุผล",
    "คำสั่ง", "แต่งตั้ง", "ทั้งนี้", "ตั้งแต่", "บัดนี้", "มาตรการ", "ดำเนินการ", "เทศบาลตำบล", "เทศบาลเมือง",
    "เทศบาลนคร", "องค์การบริหารส่วนตำบล", "ที่ปรึกษา", "รับทราบ", "เห็นชอบ", "อนุมัติ", "พิจารณา",
    "เพื่อทราบ", "เพื่อพิจารณา", "เรื่องอื่นๆ", "ลงชื่อ", "ตำแหน่ง", "หมายเหตุ", "ลำดับที่", "ชื่อโครงการ",
    "ไม่มี", "ปิดประชุม", "เมื่อวันที่", "ผู้ขาดประชุม", "ผู้ลาประชุม", "ผู้เข้าประชุม", "ผู้ร่วมประชุม",
    "ผู้บันทึก", "ผู้จดบันทึก", "ผู้จดรายงาน", "ผู้ตรวจรายงาน", "ผู้บันทึกรายงานการประชุม", "วาระที่",
    "ระเบียบวาระ", "เปิดประชุม", "เริ่มประชุม", "เลิกประชุม", "ประกอบด้วย", "มีหน้าที่", "ไม่เห็นชอบ",
    "ไม่อนุมัติ", "เห็นด้วย", "รวมทั้งสิ้น", "ทั้งสิ้น", "ท้องถิ่น", "ซึ่ง", "เพิ่มเติม", "แต่งตั้ง", "ประจำปี", "ผู้เข้าร่วมประชุม",
    "ปีงบประมาณ", "สิ่งแวดล้อม", "หน้าที่", "เจ้าหน้าที่", "ชำนาญการ", "ชำนาญงาน", "ปฏิบัติการ", "ปฏิบัติงาน",
    # agenda titles a scan reads as one run, every mark lost (``เรองเพอทราบ``)
    "เรื่องเพื่อทราบ", "เรื่องเพื่อพิจารณา", "เรื่องอื่น",
    # the lead of every list (``ประกอบด้วยบุคคลและหน้าที่ ดังต่อไปนี``: its last mark lost)
    "ดังต่อไปนี้", "ดังนี้",
    # an ITA table's level column (``รระดับ``: a scan's doubled letter)
    "ระดับ",
)  # fmt: skip
_BY_SKELETON: dict[str, str] = {}
for _word in KNOWN_WORDS:
    _BY_SKELETON.setdefault(skeleton(_word), _word)
_KNOWN = frozenset(KNOWN_WORDS)
_TOKEN = regex.compile(r"[\u0e01-\u0e4e]{4,}")


# Words of the genre with a mark OCR drops that leave no other word, even inside a longer run
# of letters (``ความเสียงการทุจริต``): ความเสียง is no Thai, ความเสี่ยง (risk) is in every plan.
# So are บรหาร (บริหาร), ทุจรต/ทจริต (ทุจริต), พจารณา (พิจารณา), ประเมน (ประเมิน), and คณะ
# with a SARA U a speck added under its ค before a committee (``คุณะกรรมการ``); ท้องถิ่น with
# one of its marks lost.
_MARK_DROPPED_INSIDE = regex.compile(
    r"ความเสียง|แต่งตัง(?!\u0e49)|ตังแต่|บรหาร|ท\u0e38?จรต|ทจริต|(?<![\u0e01-\u0e2e])พจารณา|ประเมน|คุณะ(?=\s?(?:กรรมการ|ทำงาน|ผู้))"
    r"|ท้องถิน|ท้องถ่น"  # (ท้องถิ่น, local: in most offices' and committees' names; ทอง is a name's word)
    r"|ขับเคลือน"  # (ขับเคลื่อน, to drive: in the name of many an ITA committee)
    r"|น้าหนัก"  # (น้ำหนัก, weight: an ITA table's column; its SARA AM read as SARA AA, ``น้า`` being a word)
)
_MARK_RESTORED = {
    "ความเสียง": "ความเสี่ยง", "แต่งตัง": "แต่งตั้ง", "ตังแต่": "ตั้งแต่", "บรหาร": "บริหาร", "ทุจรต": "ทุจริต",
    "ทจรต": "ทุจริต", "ทจริต": "ทุจริต", "พจารณา": "พิจารณา", "ประเมน": "ประเมิน", "คุณะ": "คณะ",
    "ท้องถิน": "ท้องถิ่น", "ท้องถ่น": "ท้องถิ่น", "ขับเคลือน": "ขับเคลื่อน", "น้าหนัก": "น้ำหนัก",
}  # fmt: skip


def restore_dropped_marks(line: str) -> str:
    """Restore the marks tesseract dropped in whole known words (never inside longer words,
    but for the few genre words in ``_MARK_DROPPED_INSIDE``)."""
    line = _MARK_DROPPED_INSIDE.sub(lambda m: _MARK_RESTORED[m.group()], line)

    def fix(match: regex.Match[str]) -> str:
        token = match.group()
        if token in _KNOWN:
            return token
        if token[0] == token[1] and token[1:] in _KNOWN:
            return token[1:]  # its first letter read twice (``งงบประมาณ``)
        known = _BY_SKELETON.get(skeleton(token))
        # a line's first word is a label more often than not: marks misread there (``เรีือง``)
        # are let through a little further
        opening = not line[: match.start()].strip()
        if known and Levenshtein.normalized_similarity(token, known) >= (0.6 if opening else 0.7):
            return known
        return token

    return _TOKEN.sub(fix, line)


# Labels that open a line or a cell. OCR drops their marks and splits them with a space
# (``มติทีประชุม``, ``ผู้ไม่มา ประชุม``, ``ที 123/2567``); at the start of a cell they are
# restored even when the next word follows without a space, which the whole-token
# restoration above cannot see.
LINE_LABELS: tuple[str, ...] = (
    "ที่", "วันที่", "ลงวันที่", "เรื่อง", "เรียน", "ส่วนราชการ", "ระเบียบวาระที่", "วาระที่", "มติที่ประชุม",
    "ที่ประชุม", "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "ผู้ขาดประชุม", "ผู้ลาประชุม",
    "ผู้เข้าประชุม", "ผู้ร่วมประชุม", "เริ่มประชุม", "เลิกประชุม", "ปิดประชุม", "เปิดประชุม", "ลำดับที่",
    "ชื่อโครงการ", "งบประมาณ", "คำสั่ง", "ครั้งที่", "ลงชื่อ", "ประเด็นที่", "ตำแหน่ง", "หลักการและเหตุผล",
    "วัตถุประสงค์", "เป้าหมาย", "กลุ่มเป้าหมาย", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ", "ระยะเวลา",
    "ผู้รับผิดชอบ", "ผลที่คาดว่าจะได้รับ", "ผลที่คาดว่าจะได้รับ", "ตัวชี้วัดที่", "ความเห็น", "บันทึกข้อความ",
    "รายงานการประชุม", "ประจำปีงบประมาณ", "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม", "สถานที่",
    "ทั้งนี้", "มาตรการ", "แนวทาง", "หมายเหตุ", "สั่ง ณ วันที่", "ผลผลิต", "ผลลัพธ์", "ขั้นตอน", "วิธีการ",
    "กิจกรรม", "โครงการ", "ตัวชี้วัด", "หน่วยงานที่รับผิดชอบ", "เพื่อให้", "ตามที่", "อาศัยอำนาจ", "บัดนี้",
    "ผู้อำนวยการ", "หัวหน้า", "นักวิเคราะห์", "ปลัด", "รองปลัด", "นายกเทศมนตรี", "สำนักปลัด", "กองคลัง",
    "กองช่าง",
)  # fmt: skip
_LABEL_SKELETON: dict[str, str] = {}
for _label in sorted(LINE_LABELS, key=len, reverse=True):
    _LABEL_SKELETON.setdefault(skeleton(_label).replace(" ", ""), _label)


def _label_pattern(label: str) -> str:
    """``label`` with every mark optional and room for one space before each letter."""
    out = []
    for i, char in enumerate(label):
        if char == " ":
            out.append(r"\s*")
        elif MARK.match(char):
            out.append(regex.escape(char) + "?")
        else:
            out.append(("[ ]?" if i and label[i - 1] != " " else "") + regex.escape(char))
    return "".join(out)


_LINE_LABEL = regex.compile(
    r"^(?P<number>\(?\d{1,2}\s*[.)]\s*)?(?P<label>"
    + "|".join(_label_pattern(label) for label in sorted(set(LINE_LABELS), key=len, reverse=True))
    + ")"
)


def restore_label(cell: str) -> str:
    """A cell that opens with a label OCR damaged, with the label as printed."""
    match = _LINE_LABEL.match(cell)
    if not match or match["label"] in _KNOWN_LABELS:
        return cell
    found = match["label"]
    label = _LABEL_SKELETON.get(skeleton(found).replace(" ", ""))
    if label is None:
        return cell
    letters = len(skeleton(label).replace(" ", ""))
    following = cell[match.end() :]
    dropped = len(MARK.findall(label)) - len(MARK.findall(found))
    # A short label stands alone (``ทีม`` is not ``ที่`` + ``ม``) and lost at most one mark.
    if letters <= 4 and (dropped > 1 or _THAI_LETTER_OR_MARK.match(following[:1])):
        return cell
    return cell[: match.start("label")] + label + following


_KNOWN_LABELS = frozenset(LINE_LABELS)
_THAI_LETTER_OR_MARK = regex.compile(r"[\u0e01-\u0e4e]")


# A cell's first line that is a title and a given name alone (``๑.๑ นายวิชัย``): the
# surname on the next line is a word of its own (not ``นายกเทศมนตรี`` / ``ตำบล...``).
_GIVEN_NAME_ALONE = regex.compile(
    r"^(?:[\d๐-๙]{1,3}(?:\.[\d๐-๙]{1,3})*\.?\s*)?(?:นาย(?!ก)|นางสาว|นาง|น\.ส\.)[\u0e01-\u0e4e]{2,20}$"
)


# A cell's first line that ends a whole name (title, given name, surname), and a next line that
# opens a post: two lines of a stacked cell (``นายสมพร  ใจงาม`` / ``ผู้แทนหมู่ที่ ๑ บ้าน...``), two
# words (OCR knows no line's end; a text layer has a space there).
_WHOLE_NAME_END = regex.compile(
    r"(?:^|\s)(?:นาย(?!ก)|นางสาว|นาง|น\.ส\.)[\u0e01-\u0e4e]{2,20}\s+[\u0e01-\u0e4e]{2,25}$"
)
_POST_START = regex.compile(
    r"(?:ผู้แทน|ผู้อำนวยการ|ผู้ใหญ่บ้าน|ผู้ทรงคุณวุฒิ|ผู้ช่วย|หัวหน้า|ปลัด|รองปลัด|นายก|รองนายก|นัก|"
    r"เจ้าหน้าที่|เจ้าพนักงาน|ครู|กำนัน|ประธาน|รองประธาน|กรรมการ|สมาชิก|ส\.|อสม|เลขานุการ|พนักงาน|ตัวแทน"
    r"|นายช่าง|นิติกร|วิศวกร|สถาปนิก|พยาบาล|ผอ\.|ลูกจ้าง|คนงาน)"  # (posts no นัก... opens)
)
_ROW_NUMBER_PART = regex.compile(r"[\d๐-๙]+")


def surname_after(head: str, after: str) -> bool:
    """Whether ``after`` is the start of a surname typed two spaces after the title and given
    name that ``head`` is (``๒. นายสมหมาย`` | ``ใจ``): a word of letters, no post or role
    (the next column's ``ประธานกรรมการ``, ``ส.ท. เขต ๑``)."""
    return bool(
        _GIVEN_NAME_ALONE.match(head.strip()) and _SURNAME_START.fullmatch(after.strip()) and not _POST_START.match(after.strip())
    )


_SURNAME_START = regex.compile(r"[\u0e01-\u0e4e]{1,12}")


_OFFICE_START = regex.compile(r"องค์การ\s*บริหาร\s*ส่วน|เทศบาล\s*(?:ตำบล|เมือง|นคร)")
_OFFICE_WORD_END = regex.compile(
    r"(?:ของ|แห่ง|ใน|สังกัด|ที่|และ|โดย|จาก|กับ|แก่|ต่อ|ประจำ|สำหรับ|ระดับ|เพื่อ|ตาม|ระหว่าง"
    r"|ปลัด|นายก|สภา|พัฒนา|กรรมการ|บริหาร)$"
)  # (``...ของ`` / ``องค์การ...``: one phrase; a body's or a post's name with its office: ``คณะกรรมการพัฒนา`` / ``เทศบาล...``)


def join_wrapped(head: str, tail: str) -> str:
    """Two pieces of a line that wrapped (in a narrow cell, at a page margin): Thai wraps
    between words without a space, but a surname wrapped under its given name is a word."""
    if _ROW_NUMBER_PART.fullmatch(head) and _ROW_NUMBER_PART.fullmatch(tail) and len(head + tail) <= 3:
        return head + tail  # a row number its narrow cell broke (``๑`` / ``๐``)
    end, start = _DIGITS_AT_END.search(head), _DIGITS_AT_START.match(tail)
    if end and start and _WRAPPED_AMOUNT.fullmatch(end.group() + start.group()):
        return head + tail  # an amount its narrow cell broke (``๒`` / ``๕,๐๐๐``, ``8,500.0`` / ``0``)
    if head and tail and _THAI_LETTER_OR_MARK.match(head[-1]) and _THAI_LETTER_OR_MARK.match(tail[0]):
        if _GIVEN_NAME_ALONE.match(head) and " " not in tail.strip():
            return f"{head} {tail}"
        # (OCR writes SARA AM as NIKHAHIT and SARA AA until normalised: ``ผู้อํานวยการ``)
        if _WHOLE_NAME_END.search(head) and _POST_START.match(recompose_sara_am(tail)):
            return f"{head} {tail}"
        if _OFFICE_START.match(tail) and not _OFFICE_WORD_END.search(head):
            return f"{head} {tail}"  # (``...ป้องกันการทุจริต`` / ``องค์การบริหารส่วนตำบล...``: the office after a name)
        return head + tail
    return f"{head} {tail}" if head and tail else head + tail


def joined_number(text: str) -> str | None:
    """A cell's one number whose digits the producer or the scan set apart (``๑ ๕,๐๐ ๐.-``,
    ``1800 0``, ``๔ ๕,๐๐๐``), joined again; ``None`` when ``text`` is not a spread number:
    fewer than four digits, or pieces that are each a whole number (``2567 2568``)."""
    pieces = text.split()
    compact = "".join(pieces)
    if len(pieces) < 2 or not _SPREAD_NUMBER.fullmatch(compact) or len(regex.findall(r"[\d๐-๙]", compact)) < 4:
        return None
    if all(len(p) > 2 and _SPREAD_NUMBER.fullmatch(p) for p in pieces):
        return None  # two whole numbers stay two
    return compact


_SPREAD_NUMBER = regex.compile(r"[\d๐-๙]{1,3}(?:,?[\d๐-๙]{3})*(?:\.[\d๐-๙]{2})?(?:\.-)?")


# The digits a line ends with and the next begins with, and the amount they make together
# (grouped in thousands, or with satang): only then are they one number the cell wrapped.
_DIGITS_AT_END = regex.compile(r"(?<![^\s])[\d๐-๙][\d๐-๙,.]*$")
_DIGITS_AT_START = regex.compile(r"^[\d๐-๙,.]*[\d๐-๙](?=\s|$)")
_WRAPPED_AMOUNT = regex.compile(r"[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+(?:\.[\d๐-๙]{2})?|[\d๐-๙]+\.[\d๐-๙]{2}")

# A row number alone (``1.``, ``๒)``) before its row's first cell.
ROW_NUMBER_WORD = regex.compile(r"[\d๐-๙]{1,3}[.)]?")
# A piece of a table line that stands for itself (an amount, a tick, a total, a dimension),
# never the wrapped rest of the cell above it.
_OWN_CELL = regex.compile(
    rf"^(?:[\d๐-๙][\d๐-๙,.\-/]*(?:\s*บาท)?|[{TICK_MARKS}☐{regex.escape(CELL_TICKS)}*]+|รวม.*|มิติ.*|"
    r"ผ[\u0e38\u0e39\u0e48-\u0e4b]{1,3}\s*(?:(?:ไม่\s*)?มา|(?:เข้า\s*)?ร่วม|ลา|ขาด)\s*ประชุม.*|แบบ\s*(?:วัด|สำรวจ).*|[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2}){1,2}\s+\p{Thai}.*|"
    r"มี\s*หน\u0e49?าท\u0e35?\u0e48?(?:\s.*)?)$"
)  # (``มีหน้าที่`` under a committee's last member opens its duties; and the label of the next attendance list under a row whose name wrapped; its ู as a
# text layer may decode it, ``ผ้้ไม่มาประชุม``; an ITA instrument's heading between
# indicator rows, ``แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)``; a sub-item's heading indented
# under a resolution's column, ``๓.๑.๒ ค่าจัดซื้อ...``)


def own_cell(text: str) -> bool:
    return bool(_OWN_CELL.match(text))


def recompose_sara_am(text: str) -> str:
    """SARA AM written (or shaped) in two pieces: NIKHAHIT and a tone mark in either order,
    then SARA AA -> (tone +) SARA AM."""
    text = _TONE_BEFORE_NIKHAHIT.sub("\\1\u0e33", text)
    return _SPLIT_SARA_AM.sub("\\1\u0e33", text)


# A stamp's or a signature's specks read as punctuation after a bracket closes a cell's words
# (``รองนายกเทศมนตรี (นายสมหมาย ทองใบ) - .``, ``... (นางเพ็ญศรี แสนสุข) ':``)
_SPECKS_AFTER_BRACKET = regex.compile(r"(?<=\))(?:\s+[-.'\"`‘’“”:;,]{1,3})+$")
# ... or before a cell's words (``': กรรมการ``): quotes and colons, with a space before the word
# (straight quotes and a backtick among them: a typed ``“`` opens a quotation, a colon alone a speech)
_SPECKS_BEFORE_WORD = regex.compile(r"^(?=[^\s]*['\"`])['\"`:;,]{1,3}\s+(?=\p{Thai})")


def _cell_specks_out(cell: str) -> str:
    return _SPECKS_BEFORE_WORD.sub("", _SPECKS_AFTER_BRACKET.sub("", cell))


_SPECK_AFTER_NUMBER = regex.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+[ก-ฒด-ฮ]$")  # (not ณ, a word)
# A row's code alone in its cell with a gap a text layer put before its first dot (``๒ .๒.๑``,
# LibreOffice's kerning): the code.
_SPACED_CODE = regex.compile(r"^(\d{1,2})\s+(\.\d{1,2}(?:\.\d{1,2})*)$")


def normalize_line(text: str) -> str:
    """Clean one line of extracted text; cells stay separated by single tabs."""
    text = text.translate(PUA_MAP).translate(ZERO_WIDTH)
    text = _INPUT_TAG.sub(lambda m: TICK if "checked" in m.group().lower() else NO_TICK, text)
    text = _BREAK_TAG.sub(" ", text)
    text = _ANY_TAG.sub(" ", text)
    text = html.unescape(text)
    text = text.replace("\xa0", " ").replace("\u3000", " ")
    text = unicodedata.normalize("NFC", text)
    text = recompose_sara_am(text)
    text = _DOUBLED_SIGN.sub(r"\1", text)
    text = _TICKS.sub(TICK, text)
    text = _EMPTY_BOX.sub(NO_TICK, text)
    text = to_arabic_digits(text)
    text = _O_IN_NUMBER.sub("0", text)
    text = _LO_MARKER.sub("2", text)
    text = _COMMA_IN_YEAR.sub("", text)
    text = _SPLIT_YEAR.sub("", text)
    text = _YEAR_WORD.sub("ปี", text)
    text = _ASTERISK_GARBAGE.sub("", text)
    text = FILL.sub(" ", text)
    text = _SPACE_BEFORE_MARK.sub("", text)
    text = _SPACE_BEFORE_DOT.sub("", text)
    text = _NUMBER_AFTER_LABEL.sub(" ", text)
    text = _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)
    # SARA AM whose NIKHAHIT a PDF lost, leaving a space: ``ค าสั่ง``, ``ท างาน`` (no Thai word
    # starts with SARA AA). Text files extracted from such PDFs carry it too.
    text = _LOST_NIKHAHIT.sub("\u0e33", text)
    text = restore_dropped_marks(text)
    if "\t" in text:
        # a ruled row: a cell's own indent (``... |    ตามแบบ OIT ทุกเดือน``, a wrapped step's) is no column
        head, *rest = text.split("\t")
        text = "\t".join([head, *(cell.strip(" ") for cell in rest)])
    text = _SPACE_RUN.sub("\t", text)
    cells = [
        _SPACED_CODE.sub(r"\1\2", restore_label(_cell_specks_out(" ".join(cell.split()))))
        for cell in text.split("\t")
    ]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) >= 3:  # a table row: a lone ``/`` or ``x`` in a cell is a tick
        cells = [TICK if _CELL_TICK.match(cell) else cell for cell in cells]
        # a speck a scan read as a letter beside the row's number (``๒.๑.๑ ภ | นาย...``)
        cells[0] = _SPECK_AFTER_NUMBER.sub(r"\1", cells[0])
    line = "\t".join(cells)
    if _RULE_LINE.match(line.replace("\t", " ")):
        return ""
    # a rule a text layer ran into the next line's words (``-------- รายชื่อผู้มาประชุม``)
    return _RULE_BEFORE.sub("", line)


def clean(text: str | None) -> str | None:
    """A value as the warehouse stores it: one line, single spaces; ``None`` when empty."""
    if text is None:
        return None
    flat = " ".join(text.split())
    return flat or None


def _is_continuation(line: str, next_line: str | None, at_page_end: bool) -> bool:
    if not line.endswith(_MARK):
        return False
    match = _CONTINUATION.match(line[:-1] + "...")
    if not match:
        return False
    if match["slash"] or at_page_end:
        return True
    if next_line is None:
        return False
    word = match["word"]
    if next_line.startswith(word[:3]):
        return True
    # OCR spells a speaker's name differently on the next page: นายฐิติกร... / นายรัฐดิกร ...
    return bool(_PERSON_PREFIX.match(word) and _PERSON_PREFIX.match(next_line))


def _header_key(line: str) -> str:
    """A running header as compared across pages: OCR drops its marks and spaces differently
    on each page."""
    return "".join(skeleton(line).split())


# Lines a page may open with that are content, however often they repeat: a table's header
# row (cells), a numbered section heading (``2. หลักการและเหตุผล`` on every project sheet).
_STRUCTURAL = regex.compile(r"^[^\t]*\t|^\s*\(?\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*\S|^\s*ลำดับ\s*ที่")


_DOCUMENT_TITLE = regex.compile(r"^(?:แผน|รายงาน|มาตรการ|คำสั่ง|บันทึก|ประกาศ|แนวทาง|การ\s*ประเมิน|ผล\s*การ)")


def _running_headers(pages: Sequence[list[str]]) -> set[str]:
    """Keys of the lines that open or close at least half of the pages (3 pages at least)
    and never stand inside a page: a label that a page happens to end with as often
    (``มติที่ประชุม``, its text on the next page) is content."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    inside: set[str] = set()
    for lines in pages:
        edge = {
            _header_key(line)
            for line in lines[:3] + lines[-3:]
            if line and not _STRUCTURAL.match(line.strip())
        }
        counts.update(edge)
        inside.update(_header_key(line) for line in lines[3:-3] if line)
    threshold = max(3, len(pages) // 2)
    return {key for key, n in counts.items() if n >= threshold and len(key) > 3 and key not in inside}


# A page's ``2/3`` (page 2 of 3) alone at its top or foot
_PAGE_COUNTER = regex.compile(r"^\s*(?P<page>\d{1,2})\s*/\s*(?P<of>\d{1,2})\s*$")


def _page_counter(line: str) -> bool:
    counter = _PAGE_COUNTER.match(line)
    return bool(counter) and 1 <= int(counter["page"]) <= int(counter["of"])  # type: ignore[index]


# A running header or footer: the document's title and, past a gap, its page of so many
# (``รายงานการประชุมคณะกรรมการกองทุนฯ ครั้งที่ ๒/๒๕๖๙      หน้า ๑ จาก ๕``).
_RUNNING_TITLE_WITH_PAGE = regex.compile(
    r"^\s*(?:รายงาน|บันทึก|แผน|คำสั่ง|มาตรการ|ประกาศ)\S*.{0,80}?\t\s*หน\u0e49?า\s*\d{1,3}\s*(?:จาก|/)\s*\d{1,3}\s*$"
)


# A part's or table's caption printed again, marked as going on, at the top of a page.
_GOES_ON = r"\(\s*ต\u0e48?อ\s*\)"
_GOES_ON_CAPTION = regex.compile(  # (its title may stand between: ``ส่วนที่ 3  บัญชีโครงการ... (ต่อ)``)
    rf"(?:ส\u0e48?วนที\u0e48?|ตารางที\u0e48?|ตอนที\u0e48?|หมวดที\u0e48?|บทที\u0e48?|ภาคผนวก)\s*\S{{0,4}}(?:\s+[^\t]{{0,80}}?)?\s*{_GOES_ON}"
)
_GOES_ON_ALONE = regex.compile(_GOES_ON)  # the mark wrapped onto a line of its own


def _strip_furniture(
    lines: list[str], pages_known: bool, headers: set[str], titles_seen: set[str]
) -> list[tuple[int, str]]:
    """(index in page, text) of the lines that are content, not furniture. A document's title
    printed again at the top of every page (an action plan's, a report's) is kept the first
    time (``titles_seen``); its repeats, other running headers and footers go."""
    kept: list[tuple[int, str]] = []
    nonblank = [i for i, line in enumerate(lines) if line]
    first = set(nonblank[:2])
    last = set(nonblank[-2:])
    for i, line in enumerate(lines):
        if not line:
            continue
        if _PAGE_NUMBER.match(line):
            continue
        line = _TRAILING_PAGE_NUMBER.sub("", line)
        key = _header_key(line) if headers else ""
        if key in headers:
            if i not in first or key in titles_seen or not _DOCUMENT_TITLE.match(line.strip()):
                continue
            titles_seen.add(key)
        if pages_known and (i in first or i in last) and (_BARE_NUMBER.match(line) or _page_counter(line)):
            continue
        if pages_known and (i in first or i in last) and _RUNNING_TITLE_WITH_PAGE.search(line):
            continue  # a running header or footer a scan read differently on each page (``ครั้งที่๒/๒๘๙``)
        if pages_known and i in first and _GOES_ON_CAPTION.fullmatch(line.strip()):
            continue  # ``ส่วนที่ 3  (ต่อ)`` over a page whose table goes on: no row's words
        following = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), None)
        if pages_known and i in first and _GOES_ON_CAPTION.fullmatch(f"{line.strip()} {(following or '').strip()}"):
            continue  # ... wrapped at the page's right edge (``ส่วนที 3`` / ``(ต่อ)``)
        if pages_known and i in first and _GOES_ON_ALONE.fullmatch(line.strip()):
            continue
        if _is_continuation(line, following, pages_known and following is None):
            continue
        kept.append((i, line.replace(_MARK, "")))
    return kept


def raw_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def normalize_pages(pages: Iterable[Page]) -> list[Line]:
    """All pages' clean, furniture-free lines, each with its page number."""
    pages = list(pages)
    # Continuation markers and fill dots are told apart before the dots are removed.
    untouched_pages = [raw_lines(page.text) for page in pages]
    marked = [[_protect_continuation(raw) for raw in _rejoin_continuations(untouched)] for untouched in untouched_pages]
    cleaned = [[normalize_line(raw) for raw in lines] for lines in marked]
    normalised = [fill_dittos(lines) for lines in cleaned]
    pages_known = len(pages) > 1
    headers = _running_headers(normalised) if pages_known else set()
    titles_seen: set[str] = set()
    out: list[Line] = []
    offset = 0
    for page, lines, clean_lines, marked_lines, untouched in zip(pages, normalised, cleaned, marked, untouched_pages, strict=True):
        handed = page.cells if len(page.cells) == len(untouched) else ()  # (cells the extractor placed, line by line)
        for i, text in _strip_furniture(lines, pages_known, headers, titles_seen):
            if text:
                raw = untouched[i]
                # (the untouched line's cells when the line is that line normalised, nothing changed after)
                same = text == (clean_lines[i] if marked_lines[i] == raw else normalize_line(raw))
                # (as the extractor placed them from their geometry, or as the untouched line's spaces put them)
                placed = handed[i] if handed else None
                cells = (placed if placed is not None else layout.cells_at(raw)) if same else ()
                out.append(Line(text=text, page_no=page.page_no, index=offset + i, cells=cells, ruled=same and "\t" in raw))
        offset += len(lines)
    return _join_wrapped_roles(out)


# A ditto mark alone in a cell (``”``, ``"``, ``〃``, ``-”-``, a scan's ``“`` or ``''``): the
# same as the cell above it.
DITTO = regex.compile(r"-?\s*(?:[”“\"〃″״]|''|,,)\s*-?")
_DITTO_REACH = 8  # table lines looked up for the value a ditto repeats


# A cell holding a person's title and given name only (``2. นางสาวกัลยา``): the two spaces a typist
# put before the surname made the surname a cell of its own.
_GIVEN_NAME_CELL = regex.compile(
    r"(?:\d{1,3}[.)]?\s*)?(?:นางสาว|นาย(?!ก|ช่าง|ทหาร|อำเภอ|ตำรวจ|แพทย์|สัตวแพทย์|ทะเบียน)|นาง|น\.ส\.|ดร\.|ว่าที่\S*|จ่า\S*|สิบ\S*|[ก-ฮ]\.[ก-ฮ.]*)\p{Thai}+"
)
_SURNAME_CELL = regex.compile(r"\p{Thai}+")
ITEM_CODE = regex.compile(r"O\s?\d{1,2}")  # an OIT item's code (``O1`` ... ``O33``)


def _columns(cells: list[str]) -> list[tuple[int, str]]:
    """A row's cells as columns: (index of the cell it starts at, text), leading empty cells
    dropped and a surname split from its given name put back with it."""
    out: list[tuple[int, str]] = []
    for k, cell in enumerate(cells):
        if not out and not cell.strip():
            continue
        if (
            # (the name is a row's first column or follows its number; after an OIT item's code and
            # name, ``O1 | โครงสร้าง | นางสาว... | ...``)
            (len(out) <= 2 or (len(out) == 3 and ITEM_CODE.fullmatch(out[0][1].strip()) is not None))
            and out
            and out[-1][0] == k - 1
            and _GIVEN_NAME_CELL.fullmatch(out[-1][1])
            and _SURNAME_CELL.fullmatch(cell)
        ):
            out[-1] = (out[-1][0], f"{out[-1][1]} {cell}")
            continue
        out.append((k, cell))
    return out


def _opens_row(cells: list[str], columns: list[tuple[int, str]]) -> bool:
    """Whether a line is a table row's first line: its first cell filled, or only its row
    number after an indent (a continuation row, an indented sentence, is not)."""
    return bool(columns) and (bool(cells[0].strip()) or regex.fullmatch(r"\d{1,3}[.)]?", columns[0][1].strip()) is not None)


def fill_dittos(lines: list[str]) -> list[str]:
    """A page's clean lines with each ditto cell of a table row replaced by the value it
    repeats: the same column's cell in the nearest row above that has one (a wrapped cell's
    continuation row passed over). Columns are counted with a surname split from its given name
    put back (a name typed with one space where the others have two shifts no column); a row
    with fewer columns than the ditto's ends the search, and a line whose first cell is empty
    and not a row's number (an indented sentence quoting something) has no ditto."""
    out = list(lines)
    for i, line in enumerate(out):
        if "\t" not in line:
            continue
        cells = line.split("\t")
        columns = _columns(cells)
        if not _opens_row(cells, columns):
            continue
        if not any(DITTO.fullmatch(text) for _, text in columns[1:]):
            continue
        for j, (k, text) in enumerate(columns):
            if not j or not DITTO.fullmatch(text):
                continue
            for above in reversed(out[max(0, i - _DITTO_REACH) : i]):
                if "\t" not in above:
                    break  # the table began below it
                row = above.split("\t")
                row_columns = _columns(row)
                if not _opens_row(row, row_columns):
                    continue  # a wrapped cell's continuation row
                if len(row_columns) < len(columns):
                    break  # its columns do not line up with the ditto's
                value = row_columns[j][1]
                if value and not DITTO.fullmatch(value):
                    cells[k] = value
                    break
        out[i] = "\t".join(cells)
    return out


# A signer's role the line wrapped: ``(ลงชื่อ) ณัฐพล อินทร์แก้ว ผู้จด`` / ``รายงานการประชุม``.
_ROLE_HEAD = regex.compile(r"ผู้\s*(?:จด|ตรวจ|บันทึก|พิมพ์|ทาน|รับรอง)$")
_ROLE_TAIL = regex.compile(r"^(?:รายงาน|บันทึก)\s*(?:การ\s*)?(?:ประชุม)?$")
# A sheet's ``ลำดับที่ ๑`` set far right that the producer wrapped (``ลำดับ`` / ``ที่ 1``).
_ORDINAL_HEAD = regex.compile(r"^ลำดับ$")
_ORDINAL_TAIL = regex.compile(r"^ที่\s*\d{1,3}$")
_WRAPPED_LABELS = ((_ROLE_HEAD, _ROLE_TAIL), (_ORDINAL_HEAD, _ORDINAL_TAIL))


def _join_wrapped_roles(lines: list[Line]) -> list[Line]:
    """Lines with a signer's role that wrapped onto the next line joined back (its rest
    alone, ``รายงานการประชุม``, would read as the title of a new set of minutes), and a
    sheet's wrapped ``ลำดับ`` / ``ที่ 2``."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.page_no == line.page_no
            and any(head.search(previous.text.strip()) and tail.match(line.text.strip()) for head, tail in _WRAPPED_LABELS)
        ):
            # (two untouched lines: no one line's positions)
            out[-1] = replace(previous, text=f"{previous.text.rstrip()}{line.text.strip()}", cells=(), ruled=False)
            continue
        out.append(line)
    return out


def raw_source_lines(pages: Iterable[Page]) -> list[str]:
    """The untouched lines of all pages, indexed as ``Line.index``."""
    return [raw for page in pages for raw in raw_lines(page.text)]


_MARK = "\u2063"  # INVISIBLE SEPARATOR stands in for a trailing "..." until furniture is judged


def _rejoin_continuations(lines: list[str]) -> list[str]:
    """A page-end continuation marker the layout wrapped (``/๗. จ่าเอกสม`` / ``เกียรติ...``)
    back on one line (the second left blank, so line indexes stay those of the page); and a
    person's dot leader whose post the producer wrapped to the next line (``๔. นางสาวดวงใจ
    สุวรรณคำ ..........`` / ``เลขานุการ``): the post in the leader's column again."""
    out = list(lines)
    for i in range(len(out) - 1):
        head, tail = out[i].strip(), out[i + 1].strip()
        if _LEADER_END.search(head) and _NUMBERED_PERSON.match(head) and _WRAPPED_POST.fullmatch(tail):
            out[i], out[i + 1] = f"{out[i].rstrip()}  {tail}", ""
            continue
        if head.startswith("/") and not _CONTINUATION.match(head) and tail and len(tail) <= 30:
            joined = join_wrapped(head, tail)
            if _CONTINUATION.match(joined):
                out[i], out[i + 1] = out[i].rstrip()[: len(out[i].rstrip()) - len(head)] + joined, ""
    return out


# a line that ends in a dot leader, and a post alone (no leader, no row number) after it
_LEADER_END = regex.compile(r"(?:\.\s?){8,}$|…{3,}$")
_NUMBERED_PERSON = regex.compile(r"^(?:[\d๐-๙]{1,3}\s*[.)]?\s*)?(?:นาย|นาง|น\.ส\.|ว่าที่|ดร\.)")
_WRAPPED_POST = regex.compile(rf"(?:{_POST_START.pattern}|เหรัญญิก|ที่ปรึกษา)[^.…\t]{{0,40}}")


def _protect_continuation(raw: str) -> str:
    stripped = raw.strip()
    if _CONTINUATION.match(stripped):
        return regex.sub(r"\s*(?:\.{2,}|…+)\s*$", _MARK, stripped)
    return raw


# --- PDF text layers -------------------------------------------------------------------
# What a PDF's text layer gets wrong in Thai, repaired before the page is judged (and
# before ``normalize_line``): legacy-font text read as Latin-1, and SARA AM whose NIKHAHIT
# was drawn as a separate glyph and lost, leaving a gap (``ค าน า`` for ``คำนำ``).
_MOJIBAKE = regex.compile(r"[\u00a1-\u00fb]{3,}")
_LOST_NIKHAHIT = regex.compile(r"(?<=[\u0e01-\u0e2e][\u0e48-\u0e4b]?) \u0e32")
_THAI_LETTER = regex.compile(r"[\u0e01-\u0e5b]")


def _cp874_read_as_latin1(match: regex.Match[str]) -> str:
    chunk = match.group()
    try:
        fixed = chunk.encode("latin-1").decode("cp874")
    except UnicodeError:
        return chunk
    return fixed if len(_THAI_LETTER.findall(fixed)) == len(chunk) else chunk


_CID_AFTER_AM = regex.compile(r"\u0e33\(cid:(\d+)\)")
_AA_BEFORE_TONE_AM = regex.compile(r"\u0e32([\u0e48-\u0e4b])\u0e33")


def repair_pdf_thai(text: str) -> str:
    """Undo Thai damage typical of PDF text layers; other text passes unchanged."""
    text = _MOJIBAKE.sub(_cp874_read_as_latin1, text)
    text = _LOST_NIKHAHIT.sub("\u0e33", text)
    text = text.replace("\u0e33\u0e32", "\u0e33")  # SARA AM drawn as two glyphs, each mapped
    # ...or its AA drawn apart and read before the tone mark: นา้ำ for น้ำ (no tone follows า).
    text = _AA_BEFORE_TONE_AM.sub("\\1\u0e33", text)
    text = _unmapped_sara_aa(text)
    return _SPACE_BEFORE_MARK.sub("", text)


def _unmapped_sara_aa(text: str) -> str:
    """A font whose SARA AA glyph also draws the tail of SARA AM maps it to ำ once and to
    nothing elsewhere: ``ตำ(cid:3)บล``, ``ก(cid:3)ร``. The glyph that follows ำ is that AA."""
    after_am = Counter(_CID_AFTER_AM.findall(text))
    if not after_am:
        return text
    cid = after_am.most_common(1)[0][0]
    return text.replace(f"\u0e33(cid:{cid})", "\u0e33").replace(f"(cid:{cid})", "\u0e32")
