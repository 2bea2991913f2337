"""Words more than one document type reads: positions, signature blocks (prefix, name,
position).

Document-type modules import these; this module imports no document type.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from parsers.common import PREFIXES, join_text, nonempty_cells, split_prefix
from pipeline.model import Line
from pipeline.normalize import clean
from pipeline.thai import skeleton

# A municipal division's name after กอง (กองคลัง, กองช่าง...), not a surname that starts
# with it (กองแก้ว, กองทอง)
_DIVISION = (
    r"คลัง|ช่าง|การ|สาธารณสุข|สวัสดิการ|ทุน|วิชาการ|ยุทธศาสตร์|แผน|นโยบาย|ส่งเสริม|พัสดุ|ศึกษา|บัญชี|ป้องกัน|"
    r"ทะเบียน|รายได้|กิจการ|งาน|เกษตร|ประปา|ตรวจ|อำนวย|บริหาร|ปลัด|สำนัก|อนามัย|ทรัพยากร|พัฒนา|ชลประทาน"
)
# Words a position starts with: a cell after a one-word name that is not its surname.
POSITION_START = regex.compile(
    r"^(?:ปลัด|รอง|นายก|ผู้|หัวหน้า|นัก|เจ้า|ประธาน|สมาชิก|ส\.|กรรมการ|คณะ|เลขา|ผอ|ครู|พนักงาน|ลูกจ้าง|"
    r"กำนัน|อาสา|ที่ปรึกษา|แทน|พยาบาล|วิศวกร|นิติกร|ช่าง|ตัวแทน|อสม|ประชาชน|ปฏิบัติ|รักษา(?:ราชการ|การ)|ท้องถิ่น|"
    r"สาธารณสุข|พัฒนาการ|ปศุสัตว์|เกษตร|สารวัตร|ทันต|แพทย์|อาจารย์|ศึกษา|ตำรวจ|ข้าราชการ|อบ[ตจ]|"
    rf"ธุรการ|จพง|จนท|พนง|ปราชญ์|ปกครอง|ประจำ|งาน|กอง(?=\s|$|{_DIVISION})|สำนัก|ฝ่าย)"
)

# A roll call's remark that the member was away (ลาป่วย, ลากิจ, ขาดประชุม, ติดศาสนกิจ).
ABSENCE_REMARK = regex.compile(
    r"^(?:ลา\s*(?:ป่วย|กิจ|พักผ่อน|คลอด|ไปราชการ)?|ขาด(?:\s*ประชุม)?|ไม่\s*มา(?:\s*ประชุม)?|ติด\s*(?:ราชการ|ธุระ(?:\s*ส่วนตัว)?|ภารกิจ|ศาสนกิจ)|ไป\s*ต่างจังหวัด)$"
)

# --- names ---------------------------------------------------------------------------------------
SURNAME_MIN = 2  # letters each part of a name keeps when its space is moved


def respaced_name(name: str | None, text: str) -> str | None:
    """A ``given surname`` whose space a scan moved or lost, put where the document itself
    prints it more often (a signature, a speech): ``ธวัชชัยมี ทรัพย์`` in a list and
    ``ธวัชชัย มีทรัพย์`` under a signature; ``text`` is the document's text, the list included.
    Unchanged where no other spacing of its letters is printed more often."""
    if name is None:
        return None
    words = name.split()
    if not 1 <= len(words) <= 2 or not all(regex.fullmatch(r"\p{Thai}+", w) for w in words):
        return name
    letters = "".join(words)
    if len(letters) < 2 * SURNAME_MIN + 2:
        return name

    # every printing of its letters with one space among them, read in one pass: where the space stands
    counts = dict.fromkeys(range(SURNAME_MIN, len(letters) - SURNAME_MIN + 1), 0)
    spaced = r"\s*".join(regex.escape(ch) for ch in letters)
    for found in regex.finditer(rf"(?<!\p{{Thai}}){spaced}(?!\p{{Thai}})", text):
        runs = list(regex.finditer(r"\s+", found.group()))
        if len(runs) == 1 and (k := runs[0].start()) in counts:
            counts[k] += 1
    at = len(words[0]) if len(words) == 2 else None
    best = max(counts, key=lambda k: (counts[k], k == at))
    # (a given name of one letter, ``ส เทพจันทร์``, has no count of its own: a scan's space)
    if best != at and counts[best] > (counts.get(at, 0) if at is not None else 0):
        return f"{letters[:best]} {letters[best:]}"
    if at is None:
        return unglued_name(letters) or name
    given, family = _name_lists()
    if words[0] not in given and words[1] not in family:
        # neither part a name the lists know, the letters split once into names they do (a
        # scan moved the space: ``สมศักดิ์ชัย ภักดี`` for ``สมศักดิ์ ชัยภักดี``)
        return unglued_name(letters) or name
    return name


def unglued_name(word: str) -> str | None:
    """A given name and surname a scan ran into one word (``ประเสริฐแสนโคตร``), split where a
    known given name meets a known family name (pythainlp's lists), when exactly one place
    does; ``None`` otherwise."""
    given, family = _name_lists()
    cuts = [k for k in range(SURNAME_MIN, len(word) - SURNAME_MIN + 1) if word[:k] in given and word[k:] in family]
    return f"{word[: cuts[0]]} {word[cuts[0] :]}" if len(cuts) == 1 else None


@functools.lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Thai given names and family names (pythainlp's corpora, shipped with it)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names()), frozenset(thai_family_names())


# --- signature blocks -------------------------------------------------------------------------
PARENTHESIZED = regex.compile(r"^\(\s*(?P<name>[^()]{2,60}?)\s*\)?$|^(?P<name>[^()]{2,60}?)\s*\)$")
NAME_WORD = regex.compile(r"^\p{Thai}+$")
# ``(ลงชื่อ)`` as typed and as a scan leaves it (``(ลงชื อ)``, ``(ลงชือ)``)
SIGNED = r"ลง\s*ช[\s\u0e37\u0e48]{0,3}อ"
# A signature line's ``(ลงชื่อ)`` (the line a signer's name and label follow).
SIGN = regex.compile(rf"^\(?\s*{SIGNED}\s*\)?")
SIGN_PREFIX = regex.compile(rf"^(?:\(?\s*{SIGNED}\s*\)?|ลงนาม)\s*")
# Lines that open somebody else's block (a comment, an approval; ``คำสั่ง/ความเห็นนายก...`` over
# its tick boxes) or are not a position at all.
NOT_POSITION = regex.compile(
    rf"^(?:ความ\s*เห็น|คำ\s*สั่ง|ข้อ\s*สั่ง\s*การ|[☐☑☒□■✓✔]|ทราบ|อนุมัติ|ไม่อนุมัติ|เห็น\s*ควร|เห็น\s*ชอบ|เห็น\s*ด้วย|ตาม\s*เสนอ|เรียน|เสนอ|{SIGNED}|"
    r"วันที่|ที่\s|เรื่อง|[-–—•]|\(|ได้\s*รับ|รับ\s*ทราบ|ดำเนินการ|มอบ|แจ้ง|สั่ง\s*ณ|สำเนา|ผู้\s*(?:รายงาน|ตรวจ|อนุมัติ)"
    # the drafting clerks' initials under an order (``ร่าง/พิมพ์ .... (นักจัดการงานทั่วไป)``)
    r"|(?:ร่าง|พิมพ์|ตรวจ|ทาน)\s*/\s*(?:พิมพ์|ทาน|ตรวจ)"
    # an e-saraban system's signing line (``ลงนามแล้ว (ลายมือชื่ออิเล็กทรอนิกส์) 12/02/2569 15:47``)
    r"|ลง\s*นาม\s*แล้ว|ลายมือ\s*ชื่อ\s*อิเล็กทรอนิกส์"
    # a distribution list under the signature (``บัญชีแจกจ่าย``, ``ส่งที่``), the contact's lines
    r"|บัญชี\s*(?:แจก\s*จ่าย|ส่ง)|แจก\s*จ่าย|ผู้\s*ประสาน\s*งาน|โทร\s*\.)"
)
MAX_POSITION_LINES = 4
# A receipt stamp printed under a memo: the office's name, then its register number.
RECEIPT_STAMP = regex.compile(r"^(?:เลข\s*(?:ที่\s*)?รับ|รับ\s*ที่|เลขทะเบียนรับ)")
MAX_POSITION_CHARS = 90
# A position line starting with a conjunction, or cut inside a word, continues the previous one.
GLUED_CONTINUATION = regex.compile(r"^(?:และ|หรือ|ของ)")


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
    for prefix in PREFIXES:
        # a scan's speck beside a prefix in a cell of its own (``นางสาว ค``, ``นาง %``), its last
        # letter read twice (``นายย``)
        if (flat.startswith(prefix) and PREFIX_SPECK.fullmatch(flat[len(prefix) :])) or flat == f"{prefix}{prefix[-1]}":
            return prefix
    # ... or without a mark (``ว่าทีร้อยตรี``): a rank of several words, its letters enough
    return next((p for p in PREFIXES if len(p) >= 8 and skeleton(p.replace(" ", "")) == skeleton(squeezed)), None)


PREFIX_SPECK = regex.compile(r"\s+\S|\s*[%#*.,;:'\"|]+")


# A bracketed line under a memo's addressee that names who it passes through, or a copy's.
ROUTED_THROUGH = regex.compile(r"^(?:ผ่าน|ถึง|สำเนา|แทน|เรียน)\s")


def signer_name(text: str) -> tuple[str | None, str] | None:
    """(prefix, name) of a signature's name line (``(นางรจนา ชูสกุล)``), else ``None``."""
    flat = SIGN_PREFIX.sub("", " ".join(text.replace("\t", " ").split()))  # ``ลงชื่อ (name)``
    match = PARENTHESIZED.match(flat)
    if not match:
        return None
    inner = SIGN_PREFIX.sub("", match["name"]).strip()
    if ROUTED_THROUGH.match(inner):
        return None  # ``(ผ่าน ปลัด...)`` under ``เรียน``: the way a memo goes, no name
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


# A signer's post printed after its label, as a form prints it (``ตำแหน่ง นักวิชาการพัสดุ...``).
POST_LABEL = regex.compile(r"^ตำแหน่ง\s*[:：]?\s+(?=\S)")


def join_position(parts: Sequence[str]) -> str | None:
    joined = ""
    for part in parts:
        if joined and GLUED_CONTINUATION.match(part):
            joined += part
        else:
            joined = join_text([joined, part]) or ""
    return clean(POST_LABEL.sub("", joined.strip()))


def bare_name(text: str) -> tuple[str | None, str] | None:
    """(prefix, name) of a name line printed without parentheses (``นายสมชาย ใจดี``)."""
    flat = " ".join(SIGN_PREFIX.sub("", text.replace("\t", " ").strip()).split())
    prefix, rest = split_prefix(flat)
    words = rest.split()
    if prefix is None or not 2 <= len(words) <= 3 or len(flat) > 50:
        return None
    return (prefix, rest) if all(NAME_WORD.match(w) for w in words) else None


WHOLLY_BRACKETED = regex.compile(r"^\(\s*(?P<inner>[^()]+?)\s*\)$")


def unbracketed(text: str | None) -> str | None:
    """A post printed wholly in brackets after a name (``นายสมาน แก้วทอง (ผู้แทนประชาคมตำบล)``)
    without them."""
    match = WHOLLY_BRACKETED.match(text.strip()) if text else None
    return match["inner"] if match else text


def bracketed_cells(text: str) -> list[str]:
    """A line's cells, a bracket's cells one (``(นางสาวพิมพ์ชนก | ใจเย็น)``: the two spaces
    between a given name and a surname read as a column gap)."""
    out: list[str] = []
    open_bracket = False
    for cell in nonempty_cells(text):
        if open_bracket:
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
        open_bracket = out[-1].count("(") > out[-1].count(")")
    return out


def side_by_side_left(
    lines: Sequence[Line], i: int, reader: Callable[[str], tuple[str | None, str] | None]
) -> tuple[tuple[str | None, str], list[Line]] | None:
    """Where line ``i`` holds two signers' names side by side (``(นางสาว...)   (นาย...)``),
    the left one's, with the lines as the left block reads them (each line's first cell)."""
    cells = bracketed_cells(lines[i].text)
    if len(cells) < 2 or reader(cells[-1]) is None:
        return None
    found = reader(cells[0])
    if found is None:
        return None
    left = [replace(line, text=(nonempty_cells(line.text) or [""])[0]) for line in lines]
    return found, left


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
            block_lines = lines
            if found is None and (left := side_by_side_left(lines, i, reader)) is not None:
                found, block_lines = left  # two blocks side by side: the left one signs first
            if found is None:
                continue
            prefix, name = found
            if prefix is None and i > first:
                prefix = lone_prefix(block_lines[i - 1].text)
            parts = position_lines(block_lines, i + 1)
            return Signature(
                prefix=prefix, name=name, position=join_position(parts), line=i, end=i + 1 + len(parts)
            )
    return None


# --- list letters ---------------------------------------------------------------------------

# Thai letters as list markers run in alphabet order without the obsolete ฃ and ฅ
# (``(ก)``, ``(ข)`` ... ``(ซ)``, ``(ฌ)``): a lettered item's number.
LIST_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"


def list_letter_number(letter: str) -> int | None:
    """``ก`` -> 1, ``ข`` -> 2, ``ซ`` -> 8; None for a letter no list uses."""
    at = LIST_LETTERS.find(letter)
    return at + 1 if len(letter) == 1 and at >= 0 else None
