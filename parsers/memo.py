"""Parser for memos (บันทึกข้อความ): the header fields, the author's signature, the documents row.

A memo opens with labelled fields: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน. They stand one to
a line or two on one line (``ที่ มท 0808/123   วันที่ 5 ม.ค. 2567``); a dotted fill
(removed by normalisation) may leave an empty cell between label and value, and a value
may wrap onto the next line. The body follows เรียน.

The signer is the first signature block under the body: a ``(name)`` line, the prefix
sometimes on its own line above it (``ว่าที่ร้อยโท`` / ``(สมชาย ใจดี)``), and the position
lines below. Comment and approval blocks further down (ความเห็น..., ทราบ, อนุมัติ) and
endorsements by other officials are other people's signatures, not the signer's.

The signature helpers here are shared with the order parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from parsers.common import PREFIXES, cells, document_row, find_organization, split_prefix
from parsers.project_sheets import join_text
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import clean
from pipeline.thai import find_date
from schemas import Memo

# --- line grammar ---------------------------------------------------------------------------
TITLE = regex.compile(r"^บันทึก\s*ข้อความ$")
# Labels as typed and as OCR drops their tone marks (สวนราชการ, วันที, เรือง).
LABEL = regex.compile(
    r"^(?:(?P<department>ส่?วน\s*ราช\s*การ|หน่วย\s*งาน)|(?P<memo_date>วัน\s*ที่?)|(?P<ref_no>ที่)"
    r"|(?P<subject>เรื่?อง)|(?P<addressee>เรียน|เสนอ)|(?P<other>อ้าง\s*ถึง|สิ่ง\s*ที่\s*ส่ง\s*มา\s*ด้วย))"
    r"\s*[:：]?\s*(?P<value>.*)$"
)
FIELDS = ("department", "memo_date", "ref_no", "subject", "addressee", "other")
# A second field on the same line: ``ที่ สส.52001.20/553 วันที่ 22 พฤษภาคม 2563``.
INLINE_DATE = regex.compile(r"\s*(?<!ลง)(?=วันที่\s*\d)")
PHONE = regex.compile(r"\s*\(?\s*(?:โทร(?:ศัพท์|\.|\s|(?=\d))|Tel\.?|โทรสาร).*$", regex.IGNORECASE)
HEADER_LINES = 14
MAX_WRAP = 3

# --- signature blocks -------------------------------------------------------------------------
PARENTHESIZED = regex.compile(r"^\(\s*(?P<name>[^()]{2,60}?)\s*\)?$|^(?P<name>[^()]{2,60}?)\s*\)$")
NAME_WORD = regex.compile(r"^\p{Thai}+$")
SIGN_PREFIX = regex.compile(r"^(?:\(?\s*ลง\s*ชื่อ\s*\)?|ลงนาม)\s*")
# Lines that open somebody else's block (a comment, an approval) or are not a position at all.
NOT_POSITION = regex.compile(
    r"^(?:ความ\s*เห็น|ทราบ|อนุมัติ|ไม่อนุมัติ|เห็น\s*ควร|เห็น\s*ชอบ|เห็น\s*ด้วย|ตาม\s*เสนอ|เรียน|เสนอ|ลง\s*ชื่อ|"
    r"วันที่|ที่\s|เรื่อง|[-–—•]|\(|ได้\s*รับ|รับ\s*ทราบ|ดำเนินการ|มอบ|แจ้ง|สั่ง\s*ณ|ผู้\s*(?:รายงาน|ตรวจ|อนุมัติ))"
)
# An addressee list cut at its end goes on on the next line (``ผู้อำนวยการกอง ... และ``).
ADDRESSEE_GOES_ON = regex.compile(r"(?:และ|หรือ|[/,])\s*$")
# The body's last words (จึงเรียนมาเพื่อโปรดทราบ): the author's signature follows.
CLOSING = regex.compile(r"^จึง\s*(?:เรียน|ขอ|เสนอ)")
MAX_POSITION_LINES = 4
# A receipt stamp printed under a memo: the office's name, then its register number.
RECEIPT_STAMP = regex.compile(r"^(?:เลข\s*(?:ที่\s*)?รับ|รับ\s*ที่|เลขทะเบียนรับ)")
MAX_POSITION_CHARS = 90
# A position line starting with a conjunction, or cut inside a word, continues the previous one.
GLUED_CONTINUATION = regex.compile(r"^(?:และ|หรือ|ของ)")

# Fiscal years stated in a title: ``ประจำปีงบประมาณ พ.ศ. 2564``, ``ปีงบประมาณ 2567``.
STATED_FISCAL_YEAR = regex.compile(r"(?:ปี\s*งบ\s*ประมาณ|ประจำ\s*ปี)\s*(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Signature:
    prefix: str | None
    name: str
    position: str | None
    line: int  # index of the (name) line in the lines searched
    end: int  # index of the first line after the block


def lone_prefix(text: str) -> str | None:
    """The prefix when a line holds nothing else (``ว่าที่ร้อยโท`` above a ``(name)`` line)."""
    flat = " ".join(text.replace("\t", " ").split())
    squeezed = flat.replace(" ", "")
    for prefix in PREFIXES:
        if flat == prefix or squeezed == prefix.replace(" ", ""):
            return prefix
        if squeezed == prefix.replace(" ", "") + "หญิง":  # a woman's rank
            return f"{prefix}หญิง"
    return None


def signer_name(text: str) -> tuple[str | None, str] | None:
    """(prefix, name) of a signature's name line (``(นางรจนา ชูสกุล)``), else ``None``."""
    flat = SIGN_PREFIX.sub("", " ".join(text.replace("\t", " ").split()))  # ``ลงชื่อ (name)``
    match = PARENTHESIZED.match(flat)
    if not match:
        return None
    inner = SIGN_PREFIX.sub("", match["name"]).strip()
    prefix, rest = split_prefix(inner)
    words = rest.split()
    if not 1 <= len(words) <= 4 or not all(NAME_WORD.match(w) for w in words):
        return None
    if prefix is None and len(words) < 2:
        return None
    return prefix, " ".join(words)


def position_lines(lines: Sequence[Line], start: int) -> list[str]:
    """The position lines under a signature's name line, up to the next block."""
    parts: list[str] = []
    page = lines[start - 1].page_no if start > 0 else None
    window = lines[start : start + MAX_POSITION_LINES]
    for k, line in enumerate(window):
        text = clean(line.text.replace("\t", " ")) or ""
        after = start + k + 1
        following = (clean(lines[after].text.replace("\t", " ")) or "") if after < len(lines) else ""
        if RECEIPT_STAMP.match(following):
            break  # the receiving office's stamp (กองคลัง / เลขรับ ... / เวลา ...), not a position
        if (
            not text
            or line.page_no != page  # a block does not run onto the next page
            or len(text) > MAX_POSITION_CHARS
            or regex.match(r"\d|\(\d", text)  # numbered items, a list, noise
            or NOT_POSITION.match(text)
            or signer_name(text) is not None
            or lone_prefix(text) is not None
            or not regex.search(r"\p{Thai}", text)
            or regex.fullmatch(r"[\d\s./-]+", text)
        ):
            break
        if split_prefix(text)[0] is not None and len(text.split()) <= 3:
            break  # somebody's name without parentheses
        parts.append(text)
    return parts


def join_position(parts: Sequence[str]) -> str | None:
    joined = ""
    for part in parts:
        if joined and GLUED_CONTINUATION.match(part):
            joined += part
        else:
            joined = join_text([joined, part]) or ""
    return clean(joined)


def bare_name(text: str) -> tuple[str | None, str] | None:
    """(prefix, name) of a name line printed without parentheses (``นายสมชาย ใจดี``)."""
    flat = " ".join(SIGN_PREFIX.sub("", text.replace("\t", " ").strip()).split())
    prefix, rest = split_prefix(flat)
    words = rest.split()
    if prefix is None or not 2 <= len(words) <= 3 or len(flat) > 50:
        return None
    return (prefix, rest) if all(NAME_WORD.match(w) for w in words) else None


def find_signature(lines: Sequence[Line], start: int = 0, bare_from: int | None = None) -> Signature | None:
    """The first signature block at or after ``start``: prefix, name and position.

    Names are looked for in parentheses, as signatures print them; failing that, from
    ``bare_from`` on (below the closing words), a line holding just a prefixed name.
    """
    passes: list[tuple[int, Callable[[str], tuple[str | None, str] | None]]] = [(start, signer_name)]
    if bare_from is not None:
        passes.append((bare_from, bare_name))
    for first, reader in passes:
        for i in range(first, len(lines)):
            found = reader(lines[i].text)
            if found is None:
                continue
            prefix, name = found
            if prefix is None and i > first:
                prefix = lone_prefix(lines[i - 1].text)
            parts = position_lines(lines, i + 1)
            return Signature(
                prefix=prefix, name=name, position=join_position(parts), line=i, end=i + 1 + len(parts)
            )
    return None


def stated_fiscal_year(text: str | None) -> int | None:
    match = STATED_FISCAL_YEAR.search(text or "")
    return int(match["year"]) if match else None


# --- header -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Header:
    parts: dict[str, list[str]] = field(default_factory=dict)
    body_start: int = 0

    def text(self, name: str) -> str | None:
        return join_text(self.parts.get(name, []))


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
    wrapped = 0
    start = 1 if lines and TITLE.match(lines[0].text.replace("\t", " ").strip()) else 0
    for i in range(start, min(len(lines), start + HEADER_LINES)):
        pieces = header_pieces(lines[i].text)
        if not any(label_of(piece) for piece in pieces):
            if not seen_label:
                continue  # urgency marks, a logo's OCR noise above the fields
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
    return clean(regex.sub(r"\s*/\s*", "/", text))


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
    closing = next(
        (i for i in range(header.body_start, len(lines)) if CLOSING.match(lines[i].text.strip())), None
    )
    signature = find_signature(lines, header.body_start, bare_from=None if closing is None else closing + 1)
    organization = find_organization(department or "") or find_organization(
        " ".join(line.text for line in lines)
    )
    document = document_row(
        segment,
        title=subject,
        organization=organization,
        doc_date=memo_date,
        fiscal_year=stated_fiscal_year(subject),
    )
    parsed = Parsed(document=document)
    parsed.rows.append(
        Memo(
            doc_id=segment.doc_id,
            page_no=lines[0].page_no if lines else 1,
            department=department,
            ref_no=normalize_ref(header.text("ref_no")),
            memo_date=memo_date,
            subject=subject,
            addressee=header.text("addressee"),
            signer_prefix=signature.prefix if signature else None,
            signer_name=signature.name if signature else None,
            signer_position=signature.position if signature else None,
        )
    )
    if subject is None:
        parsed.warnings.append(f"segment {segment.segment_no} (memo): no subject (เรื่อง) found")
    if signature is None:
        parsed.warnings.append(f"segment {segment.segment_no} (memo): no signer found")
    return parsed
