"""Parser for memos (บันทึกข้อความ): the header fields, the author's signature, the documents row.

A memo opens with labelled fields: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน. They stand one to
a line or two on one line (``ที่ มท 0808/123   วันที่ 5 ม.ค. 2567``); a dotted fill
(removed by normalisation) may leave an empty cell between label and value, and a value
may wrap onto the next line. The body follows เรียน.

The signer is the first signature block under the body: a ``(name)`` line, the prefix
sometimes on its own line above it (``ว่าที่ร้อยโท`` / ``(สมชาย ใจดี)``), and the position
lines below. Comment and approval blocks further down (ความเห็น..., ทราบ, อนุมัติ) and
endorsements by other officials are other people's signatures, not the signer's.

The signature helpers are in ``parsers.vocabulary``, shared with the order parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from parsers.common import cells, find_organization, join_text, letter_document
from parsers.doctype import DocumentType
from parsers.grammar import GARUDA
from parsers.vocabulary import find_signature
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import clean
from pipeline.thai import MONTH_PATTERN, find_date, skeleton
from schemas import Memo

# --- line grammar ---------------------------------------------------------------------------
TITLE = regex.compile(r"^บันทึก\s*ข้อความ$")
GARUDA_BEFORE = regex.compile(rf"^{GARUDA}\s+")
TITLE_SKELETON = skeleton("บันทึกข้อความ")
TITLE_LIKENESS = 85  # (rapidfuzz ratio of the marks-less letters) a scan's บันุทึกข้ ความ is the title
# The registry's receiving stamp typed at the top right (e-saraban) shares the title's line:
# ``บันทึกข้อความ      วันที่  13 ก.พ. 2569`` (its other fields: เลขรับ, เวลา).
RECEIVING_STAMP = regex.compile(r"\t\s*(?:เลข\s*รับ|วันที่|เวลา)\s.*$")


def is_title(text: str) -> bool:
    """The memo's title line, as typed or as a scan leaves it (a mark lost or added, a letter
    dropped: ``บันุทึกข้ ความ``): its letters without marks and spaces nearly the title's."""
    text = RECEIVING_STAMP.sub("", text.strip())
    text = GARUDA_BEFORE.sub("", text.replace("\t", " ").strip())  # ``(ครุฑ)   บันทึกข้อความ`` on one line
    if TITLE.match(text):
        return True
    letters = skeleton(text).replace(" ", "")
    return len(letters) <= 2 * len(TITLE_SKELETON) and fuzz.ratio(letters, TITLE_SKELETON) >= TITLE_LIKENESS
# Labels as typed and as OCR drops their tone marks (สวนราชการ, วันที, เรือง), or garbles them
# whole before a value only they take (``Tun ๔ มีนาคม ๒๕๖๙``, ``๔๗ ยล ๕๓๔๐๑/๑๕๘``).
LABEL = regex.compile(
    r"^(?:(?P<department>ส่?วน\s*ราช\s*การ|หน่วย\s*งาน)|(?P<memo_date>วัน\s*ที่?|\S{1,4}(?=\s+\d{1,2}\s+"
    + MONTH_PATTERN
    + r"\s+\d{4}$))|(?P<ref_no>ที่|ท\u0e35?(?=\s*[ก-ฮ]{2}\.?\s*\d)|\S{1,3}(?=\s+[ก-ฮ]{2}\.?\s*\d[\d.]*\s*/\s*\d+$))"
    r"|(?P<subject>เรื่?อง)|(?P<addressee>เรียน|เสนอ)|(?P<other>อ้าง\s*ถึง|สิ่ง\s*ที่\s*ส่ง\s*มา\s*ด้วย))"
    r"\s*[:：]?\s*(?P<value>.*)$"
)
FIELDS = ("department", "memo_date", "ref_no", "subject", "addressee", "other")
# A second field on the same line: ``ที่ สส.52001.20/553 วันที่ 22 พฤษภาคม 2563``.
INLINE_DATE = regex.compile(r"\s*(?<!ลง)(?=วันที่\s*\d)")
PHONE = regex.compile(
    r"\s*\(?\s*(?:โทร(?:ศัพท์|\.|\s|/|(?=\d))|Tel\.?|โทรสาร|\S{1,5}\s*(?=0\s?\d{1,2}\s?\d{3,4}\s?\d{3,4})).*$",
    regex.IGNORECASE,
)  # (the last: its label garbled by a scan, ``Ins. 0 7328 9154``, before a number that opens with 0)
HEADER_LINES = 14
TITLE_WITHIN = 5  # lines: the title under a receiving stamp's office and register number
MAX_WRAP = 3

# The way a memo goes to its addressee, after the name: ``เรียน นายก อบต. (ผ่าน ปลัด อบต.)``.
ROUTING = regex.compile(r"\s*\(\s*ผ่าน[^()]*\)\s*$")


def without_routing(addressee: str | None) -> str | None:
    return ROUTING.sub("", addressee) or None if addressee else addressee


# An addressee list cut at its end goes on on the next line (``ผู้อำนวยการกอง ... และ``).
ADDRESSEE_GOES_ON = regex.compile(r"(?:และ|หรือ|[/,])\s*$")
# The body's last words (จึงเรียนมาเพื่อโปรดทราบ): the author's signature follows.
CLOSING = regex.compile(r"^จึง\s*(?:เรียน|ขอ|เสนอ)")

# --- header -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Header:
    parts: dict[str, list[str]] = field(default_factory=dict)
    body_start: int = 0

    def text(self, name: str) -> str | None:
        return join_text(self.parts.get(name, []))


# What is left of a telephone number wrapped onto a line of its own: an extension, digits.
PHONE_TAIL = regex.compile(r"(?:ต่อ|โทร\.?|โทรสาร|[\d\s\-,./()])+")


def header_pieces(text: str) -> list[str]:
    """A header line's pieces: its cells, and a date field split off the ref-number cell."""
    pieces: list[str] = []
    for cell in cells(text):
        if cell:
            pieces.extend(p.strip() for p in INLINE_DATE.split(cell) if p.strip())
    return pieces


def label_of(piece: str) -> tuple[str, str] | None:
    """(field, value) when ``piece`` opens a field; ``ที่`` only before a ref number."""
    match = LABEL.match(piece)
    if not match:
        return None
    name = next(name for name in FIELDS if match[name] is not None)
    value = match["value"].strip()
    if name == "ref_no" and value and not regex.search(r"\d|/", value):
        return None
    return name, value


def read_header(lines: Sequence[Line]) -> Header:
    """The labelled fields from the title line down to เรียน (or the first body line)."""
    header = Header()
    current: str | None = None
    seen_label = False
    after_phone = False  # the department's telephone number may wrap onto the next line
    wrapped = 0
    # (after the title, which a receiving stamp typed above it may push down a few lines)
    start = next((k + 1 for k, line in enumerate(lines[:TITLE_WITHIN]) if is_title(line.text)), 0)
    for i in range(start, min(len(lines), start + HEADER_LINES)):
        pieces = header_pieces(lines[i].text)
        if not any(label_of(piece) for piece in pieces):
            if not seen_label:
                continue  # urgency marks, a logo's OCR noise above the fields
            if after_phone and PHONE_TAIL.fullmatch(lines[i].text.strip()):
                continue  # ``ต่อ 12`` wrapped from the telephone number
            if not regex.search(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]|[\u0e01-\u0e4e][\u0e01-\u0e2e]|[\d๐-๙]", lines[i].text):
                continue  # a scan's specks between two fields (``YOO  ;``): no line of the header
            if current == "addressee" and not header.parts.get("addressee"):
                # เรียน on its own, the addressee on the next line
                header.parts["addressee"] = pieces
                header.body_start = i + 1
                return header
            if current in (None, "addressee") or wrapped >= MAX_WRAP:
                header.body_start = i
                return header
            wrapped += 1
        for piece in pieces:
            found = label_of(piece)
            if found is not None:
                name, piece = found
                seen_label = True
                after_phone = False
                current = None if name == "other" else name
                wrapped = 0
                if current is not None:
                    header.parts.setdefault(current, [])
            if current is None or not piece:
                continue
            if current == "department" and PHONE.search(" " + piece):
                piece = PHONE.sub("", " " + piece).strip()
                if piece:
                    header.parts[current].append(piece)
                current = None  # what follows is more of the phone number
                after_phone = True
                continue
            header.parts[current].append(piece)
        if current == "addressee" and header.parts.get("addressee"):
            following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
            if ADDRESSEE_GOES_ON.search(" ".join(header.parts["addressee"])) or following.startswith("และ"):
                header.parts["addressee"].extend(header_pieces(following))
                i += 1
            header.body_start = i + 1
            return header
    header.body_start = min(len(lines), start + HEADER_LINES)
    return header


def normalize_ref(text: str | None) -> str | None:
    """``กจ 52704/0671`` without spaces around the slash or a telephone number sharing its line."""
    if not text:
        return None
    text = PHONE.sub("", " " + text)
    # the office code and its number as a scan runs them together (``นม73201``): ``นม 73201``
    text = regex.sub(r"(?<=^\s*[ก-ฮ]{2})(?=\d)", " ", text)
    return clean(regex.sub(r"\s*/\s*", "/", text))


def ref_and_date(text: str) -> tuple[dt.date | None, str]:
    """(date, ref number) of a ref cell a date ran on into: the ref number ends after its
    ``NNN/NNN`` (``นม 73201/042 Sui 12 ม. ค.2567`` -> ``นม 73201/042``)."""
    date = find_date(text)
    number = regex.search(r"\d+\s*/\s*\d+", text)
    if date is None or number is None:
        return None, text
    return date, text[: number.end()]


def department_of(text: str | None) -> str | None:
    return clean(PHONE.sub("", text)) if text else None


# --- parse ----------------------------------------------------------------------------------------


def parse(segment: Segment) -> Parsed:
    lines = segment.lines
    header = read_header(lines)
    subject = header.text("subject")
    department = department_of(header.text("department"))
    date_text = header.text("memo_date")
    memo_date: dt.date | None = find_date(date_text) if date_text else None
    ref_text = header.text("ref_no")
    if memo_date is None and ref_text and not date_text:
        # วันที่ garbled by OCR (``Sui 12 ม. ค.2567``): the date runs on in the ref number's cell
        memo_date, ref_text = ref_and_date(ref_text)
    closing = next(
        (i for i in range(header.body_start, len(lines)) if CLOSING.match(lines[i].text.strip())), None
    )
    signature = find_signature(lines, header.body_start, bare_from=None if closing is None else closing + 1)
    organization = find_organization(department or "") or find_organization(
        " ".join(line.text for line in lines)
    )
    document = letter_document(segment, subject, organization, memo_date)
    parsed = Parsed(document=document)
    parsed.rows.append(
        Memo(
            doc_id=segment.doc_id,
            page_no=lines[0].page_no if lines else 1,
            department=department,
            ref_no=normalize_ref(ref_text),
            memo_date=memo_date,
            subject=subject,
            addressee=without_routing(header.text("addressee")),
            signer_prefix=signature.prefix if signature else None,
            signer_name=signature.name if signature else None,
            signer_position=signature.position if signature else None,
        )
    )
    if subject is None:
        parsed.warnings.append(segment.warning("no subject (เรื่อง) found"))
    if signature is None:
        parsed.warnings.append(segment.warning("no signer found"))
    return parsed


# --- where a memo opens (segment) -----------------------------------------------------------------


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    return 0 <= i < len(lines) and is_title(lines[i].text)


TYPE = DocumentType(name="memo", opens=opens, parse=parse)
