"""Shapes every parser meets: cells of a table row, numbered items, person names, lists."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from pipeline.model import Line, Segment
from pipeline.normalize import clean
from pipeline.thai import find_date, find_fiscal_year
from schemas import Document

# Longest first, so นางสาว wins over นาง and ว่าที่ร้อยตรี over ว่าที่.
PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "ดร.", "ผศ.", "รศ.", "ศ.",
            "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.",
            # academic titles spelled out with a doctorate after them (``ผู้ช่วยศาสตราจารย์ ดร.``; alone,
            # ``รองศาสตราจารย์ คณะ...`` is as often a post)
            "ผู้ช่วยศาสตราจารย์ ดร.", "รองศาสตราจารย์ ดร.", "ศาสตราจารย์ ดร.", "ผศ. ดร.", "รศ. ดร.",
            "ว่าที่ร้อยตรี", "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก", "ว่าที่ ร.ต.", "ว่าที่ ร.ท.", "ว่าที่ ร.อ.",
            "ว่าที่ร.ต.", "ว่าที่ร.ท.", "ว่าที่ร.อ.", "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยโทหญิง",
            "สิบเอก", "สิบโท", "สิบตรี", "ส.อ.", "ส.ท.", "ส.ต.", "จ่าเอก", "จ่าโท", "จ่าตรี",
            "จ.อ.", "จ.ท.", "จ.ต.", "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.",
            "ร้อยตรี", "ร้อยโท", "ร้อยเอก", "ร.ต.", "ร.ท.", "ร.อ.", "พันตรี", "พันโท", "พันเอก",
            "พ.ต.", "พ.ท.", "พ.อ.", "ร.ต.ต.", "ร.ต.ท.", "ร.ต.อ.", "พ.ต.ต.", "พ.ต.ท.", "พ.ต.อ.",
            "ด.ต.", "ส.ต.ต.", "ส.ต.ท.", "ส.ต.อ.", "ดาบตำรวจ", "สิบตำรวจเอก",
            "สิบตำรวจโท", "สิบตำรวจตรี", "จ่าสิบตำรวจ", "ร้อยตำรวจเอก", "ร้อยตำรวจโท",
            "ร้อยตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี", "เรือเอก", "เรือโท",
            "เรือตรี", "พระ", "พระครู", "พระมหา", "พระอธิการ", "คุณ",
            "พันจ่าเอก", "พันจ่าโท", "พันจ่าตรี", "พ.จ.อ.", "พ.จ.ท.", "พ.จ.ต.", "พันจ่าอากาศเอก",
            "พันจ่าอากาศโท", "พันจ่าอากาศตรี", "พ.อ.อ.", "พ.อ.ท.", "พ.อ.ต.", "จ่าอากาศเอก", "จ่าอากาศโท",
            "จ่าอากาศตรี", "ว่าที่ร้อยเอกหญิง", "ว่าที่ ร.ต.หญิง", "ร้อยตรีหญิง", "ร้อยโทหญิง", "ร้อยเอกหญิง",
            "สิบตำรวจตรีหญิง", "ดาบตำรวจหญิง",
            # navy and air force officers (a coastal office's committees): นาวาตรี, น.ต., เรืออากาศเอก
            "นาวาเอก", "นาวาโท", "นาวาตรี", "น.อ.", "น.ท.", "น.ต.", "นาวาอากาศเอก", "นาวาอากาศโท",
            "นาวาอากาศตรี", "เรืออากาศเอก", "เรืออากาศโท", "เรืออากาศตรี", "น.อ.อ.", "น.อ.ท.", "น.อ.ต.",
            # health professions' titles (a health board's members): dentist, pharmacist, ...
            # (abbreviated only: ทันตแพทย์ชำนาญการ, เภสัชกรชำนาญการ are posts)
            "ทพ.", "ทพญ.", "ภก.", "ภญ.", "สพ.ญ.", "น.สพ.",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Words that start like a prefix but are positions: นายกเทศมนตรี (mayor; but นายกฤษฎา is a name), นายอำเภอ, พระราชบัญญัติ ...
_NOT_A_NAME = regex.compile(
    r"^(?:นายก\s*(?:เทศมนตรี|องค์การ|รัฐมนตรี|สมาคม|สภา|อบ[ตจ]|ฯ)|นายอำเภอ|นายช่าง|นายตรวจ|นายสัตวแพทย์|พระราช|พระบรม|นางพยาบาล|คุณธรรม|คุณภาพ|คุณสมบัติ|ศ\.\d)"
)
# Women holding a rank add หญิง to it: ว่าที่ ร.ต.หญิง, พ.ต.ท.หญิง, จ่าสิบเอกหญิง.
_RANK = regex.compile(r"^(?:ว่าที่|ร\.|พ\.|จ\.|ส\.|ด\.ต|น\.[อทต]\.|ร้อย|พัน|สิบ|จ่า|ดาบ|เรือ|นาวา)")
# The marks OCR drops from a prefix: above the line (``คุณ`` without its vowel is ``คณะ``'s start).
_MARK = regex.compile(r"[\u0e31\u0e34-\u0e37\u0e47-\u0e4b]")
# The words a rank is made of: OCR splits a rank between them (``จ่า เอก``, ``ว่าที่ ร้อยตรี``).
_RANK_WORD_END = regex.compile(r"(?:ว่าที่|ร้อย|พัน|สิบ|จ่า|ดาบ|เรือ|ตำรวจ)(?=.)")


def _prefix_pattern(prefix: str) -> str:
    """``prefix`` as printed, or with marks OCR dropped and, in a rank, a space between its words."""
    breaks = {m.end() for m in _RANK_WORD_END.finditer(prefix)} if _RANK.match(prefix) else set()
    out = []
    for i, char in enumerate(prefix):
        if i in breaks and char != " ":
            out.append(r"\s?")
        if char == " ":
            out.append(r"\s*")
        else:
            out.append(regex.escape(char) + ("?" if _MARK.match(char) else ""))
    return "".join(out) + (r"(?:\s*หญิง)?" if _RANK.match(prefix) else "")


_ANY_MARK = regex.compile(r"(?<!\\)([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])(?![?*+{])")


def tolerant(pattern: str) -> regex.Pattern[str]:
    """``pattern`` (words, groups, alternatives; no marks inside a character class) matching
    also where OCR dropped marks above or below the line: every Thai mark becomes optional."""
    return regex.compile(_ANY_MARK.sub(r"\1?", pattern))


_PREFIX_RE = regex.compile(r"^(?P<prefix>" + "|".join(_prefix_pattern(p) for p in PREFIXES) + r")\s*")
_PREFIX_BY_SKELETON: dict[str, str] = {}
for _prefix in PREFIXES:
    _PREFIX_BY_SKELETON.setdefault(_MARK.sub("", _prefix.replace(" ", "")), _prefix)
_PRINTED = frozenset(PREFIXES)


def _printed_prefix(found: str) -> str:
    """The prefix as printed for one OCR damaged (``จา เอก`` -> ``จ่าเอก``)."""
    prefix = " ".join(found.split())
    if prefix in _PRINTED or prefix.removesuffix("หญิง").strip() in _PRINTED:
        return prefix
    female = prefix.endswith("หญิง") and prefix.removesuffix("หญิง").strip() not in _PREFIX_BY_SKELETON
    bare = prefix.removesuffix("หญิง") if female else prefix
    printed = _PREFIX_BY_SKELETON.get(_MARK.sub("", bare.replace(" ", "")), prefix)
    return printed + ("หญิง" if female else "")


ITEM_NUMBER = regex.compile(r"^\s*(?P<no>\d{1,3}(?:\.\d{1,3})*)\s*[.)]?(?:\s+|\t|(?=\D))")
# A line that starts with a Thai mark (or a line ending in a leading vowel) was cut inside a word.
WORD_BROKEN_BEFORE = regex.compile(r"^[\u0e31\u0e33-\u0e3a\u0e45\u0e47-\u0e4e]")
WORD_BROKEN_AFTER = regex.compile(r"[\u0e40-\u0e44]$")


@dataclass(frozen=True, slots=True)
class Person:
    prefix: str | None
    full_name: str
    rest: str  # what followed the name on the same text (a position, a role ...)


def cells(text: str) -> list[str]:
    """The cells of a table row (tab-separated by normalisation), stripped."""
    return [" ".join(cell.split()) for cell in text.split("\t")]


def nonempty_cells(text: str) -> list[str]:
    return [cell for cell in cells(text) if cell]


# A rank of three dotted letters whose first a scan garbled (``พพ.จ.อ.``, ``พเ.จ.อ.``, ``รมต.ท.``).
_GARBLED_RANK = regex.compile(r"^(?P<head>[ก-ฮ][ก-ฮ\u0e40-\u0e44]?\.?)(?P<tail>(?:[ก-ฮ]\.){2})(?=\p{Thai})")
_RANKS = tuple(p for p in PREFIXES if p.count(".") == 3)
# ... or its first dot lost (``พจ.ต.``, read as a two-letter rank ``พ.ต.`` before)
_FIRST_DOT_LOST = regex.compile(r"^(?P<a>[ก-ฮ])(?P<b>[ก-ฮ])\.(?P<c>[ก-ฮ])\.\s?(?=\p{Thai})")


# A rank of two dotted letters a scan garbled: its first dot lost (``สอ.เกรียงไกร``), a letter
# read into it (``สง.อ. สมหมาย``); the two letters name the rank.
_GARBLED_SHORT_RANK = regex.compile(r"^(?P<a>[ก-ฮ])(?:[ก-ฮ]\.|\s?)(?P<b>[ก-ฮ])\.\s?(?=\p{Thai}{2,}\s+\p{Thai}{2,})")  # (a name after it)
_SHORT_RANKS = frozenset(p for p in PREFIXES if regex.fullmatch(r"[ก-ฮ]\.[ก-ฮ]\.", p))
# ... or a space a scan put between its two (``ว่าที่ร. ต.ธนพล``)
_SPACED_RANK = regex.compile(r"^(?P<head>(?:ว่าที่\s?)?[ก-ฮ]\.)\s(?=[ก-ฮ]\.\p{Thai})")
_SPACED_DOCTOR = regex.compile(r"^ด\s(?=ร\.\p{Thai})")  # ``ด ร.ประพันธ์``: a scan's space inside ดร.


def garbled_rank(text: str) -> tuple[str, str] | None:
    """(rank, rest) where ``text`` opens with a rank a scan garbled the first letter of, when
    its last letters and its first one name one rank only; else None."""
    if (short := _GARBLED_SHORT_RANK.match(text)) and (rank := f"{short['a']}.{short['b']}.") in _SHORT_RANKS:
        return rank, text[short.end() :].strip()
    match = _GARBLED_RANK.match(text)
    if match is None:
        return None
    ranks = [r for r in _RANKS if r.endswith(match["tail"]) and r[0] in match["head"]]
    return (ranks[0], text[match.end() :].strip()) if len(ranks) == 1 else None


def split_prefix(text: str) -> tuple[str | None, str]:
    """(``นางสาว``, ``ดวงรัตน์ แก้วนิลกุล ...``) from ``นางสาวดวงรัตน์ แก้วนิลกุล ...``."""
    text = _SPACED_DOCTOR.sub("ด", _SPACED_RANK.sub(r"\g<head>", text.strip()))
    if _NOT_A_NAME.match(text):
        return None, text
    if (lost := _FIRST_DOT_LOST.match(text)) and (dotted := f"{lost['a']}.{lost['b']}.{lost['c']}.") in _RANKS:
        return dotted, text[lost.end() :].strip()  # (``พจ.ต.ธนกร``: พ.จ.ต., its first dot lost)
    match = _PREFIX_RE.match(text)
    if not match and (rank := garbled_rank(text)) is not None:
        return rank
    if not match or match.end() >= len(text):
        return None, text
    prefix = _printed_prefix(match["prefix"])
    if prefix.startswith("ว่าที่") and " " not in prefix and "." in prefix:
        prefix = prefix.replace("ว่าที่", "ว่าที่ ")
    return prefix, text[match.end() :].strip()


def split_person(text: str, *, with_prefix: bool = True) -> Person | None:
    """A person at the start of ``text``: prefix, given name + surname, and the rest.

    Returns ``None`` when ``text`` does not start with a name prefix (and ``with_prefix``).
    """
    prefix, rest = split_prefix(clean(text) or "")
    if prefix is None and with_prefix:
        return None
    words = rest.split(" ")
    if len(words) < 2 and with_prefix:
        return Person(prefix, rest, "") if rest else None
    name = " ".join(words[:2])
    return Person(prefix, name, " ".join(words[2:]))


def similarity(a: str, b: str) -> float:
    """Normalised Levenshtein similarity in [0, 1], as the gold files are scored."""
    return Levenshtein.normalized_similarity(a, b)


def best_match(name: str, candidates: Iterable[str], cutoff: float = 0.75) -> str | None:
    best, score = None, cutoff
    for candidate in candidates:
        s = similarity(name, candidate)
        if s >= score:
            best, score = candidate, s
    return best


def join_lines(lines: Sequence[Line]) -> str:
    return clean(" ".join(line.text.replace("\t", " ") for line in lines)) or ""


def join_text(parts: Iterable[str]) -> str | None:
    """Lines of one paragraph as one line; a word broken before a vowel or tone mark is rejoined."""
    joined = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        glued = not joined or WORD_BROKEN_AFTER.search(joined) or WORD_BROKEN_BEFORE.match(part)
        joined += part if glued else " " + part
    return clean(joined)


def document_row(segment: Segment, **fields: object) -> Document:
    """The ``documents`` row of a segment; parsers fill title, organization, dates."""
    text = join_lines(segment.lines)
    values: dict[str, object] = {
        "doc_id": segment.doc_id,
        "source_id": segment.source_id,
        "segment_no": segment.segment_no,
        "doc_type": segment.doc_type,
        "page_start": segment.page_start,
        "page_end": segment.page_end,
        "raw_text": segment.raw_text,
        "text": text,
    }
    if "doc_date" not in fields:
        values["doc_date"] = find_date(text[:2000])
    if "fiscal_year" not in fields:
        values["fiscal_year"] = find_fiscal_year(text[:2000])
    values.update(fields)
    return Document(**values)  # type: ignore[arg-type]


def letter_document(
    segment: Segment, subject: str | None, organization: str | None, doc_date: dt.date | None
) -> Document:
    """The ``documents`` row of a letter (a memo, an order): titled by its subject (เรื่อง),
    its fiscal year the one the subject states."""
    return document_row(
        segment,
        title=subject,
        organization=organization,
        doc_date=doc_date,
        fiscal_year=find_fiscal_year(subject or "", label="stated"),
    )


_ORGANIZATION_HEADS = (
    "องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนตำบล", "อบต.", "อบจ.", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล",
    "กรุงเทพมหานคร", "เมืองพัทยา",
)  # fmt: skip


def _spaced_head(head: str) -> str:
    """An office's kind as a pattern that OCR's stray space between two letters does not
    break (``เทศบาลตำ บล``); ``อบต.`` as printed, with or without a space after it."""
    if head.endswith("."):
        return regex.escape(head) + r"\s?"
    return "".join(c + ("" if k + 1 == len(head) or _MARK.match(head[k + 1]) else " ?") for k, c in enumerate(head))


_HEADS_PATTERN = "|".join(_spaced_head(head) for head in _ORGANIZATION_HEADS)
ORGANIZATION_RE = tolerant(rf"(?P<org>(?:{_HEADS_PATTERN})[\p{{Thai}}]*)")
_ORGANIZATION_HEAD = tolerant(_HEADS_PATTERN)
# An office's kind as printed, for one whose marks OCR dropped or split with a space.
_HEAD_BY_SKELETON = {_ANY_MARK.sub("", head): head for head in _ORGANIZATION_HEADS}


def _printed_head(found: str) -> str:
    return _HEAD_BY_SKELETON.get(_ANY_MARK.sub("", found).replace(" ", ""), found)
# Words that follow an office's name in running text without a space (never inside a name).
_AFTER_NAME = regex.compile(
    r"(?:ประจำปี|อำเภอ|จังหวัด|ครั้งที่|เรื่อง|โทร|ได้รับ|ได้|จึง|ซึ่ง|โดย|เพื่อ|ขอ|เป็น|เห็นความ|เห็นว่า|"
    r"เห็นควร|มีความ|มีมติ|มีหน้าที่|ร่วมกับ|ดำเนินการ|กำหนด|พิจารณา|ประกาศ|นั้น|แล้ว)"
)


def organization_mentions(text: str) -> list[str]:
    """Every local-government name in ``text``, in order (เทศบาลเมืองสมุทรสงคราม, อบต.บางรัก ...)."""
    names = []
    for match in ORGANIZATION_RE.finditer(text):
        org = " ".join(match["org"].split())
        head = _ORGANIZATION_HEAD.match(org)
        prefix_len = head.end() if head else 0
        printed = _printed_head(head.group()) if head else ""
        rest = _AFTER_NAME.split(org[prefix_len:].strip())[0]
        if len(rest) >= 2 or printed in ("กรุงเทพมหานคร", "เมืองพัทยา"):
            names.append((printed + rest).replace(". ", "."))
    return names


_SPACED_NAME = regex.compile(r"(?<=^|\s)(?P<name>\p{Thai}{2,24})(?=\s|$|[,.)])")
_NOT_A_PLACE = regex.compile(r"^(?:ทุก|ทั่ว|ใด|นั้น|นี้|ดัง|แห่ง|และ|หรือ|ของ|ใน|ที่|ซึ่ง)")


def spaced_mentions(text: str) -> list[str]:
    """Offices whose name is printed (or OCR'd) a space after their kind: ``องค์การบริหารส่วนตำบล
    เขาแก้วงาม``; read only where no office is named the usual way."""
    names = []
    for head in _ORGANIZATION_HEAD.finditer(text):
        if head.group().startswith("อบ") or text[head.end() : head.end() + 1] != " ":
            continue
        name = _SPACED_NAME.match(text, head.end() + 1)
        if name and not _AFTER_NAME.match(name["name"]) and not _NOT_A_PLACE.match(name["name"]):
            printed = _printed_head(head.group())
            names.append(printed + name["name"])
    return names




# Where an office's name ends for sure: the end of its line, or its district and province.
OFFICE_LINE_END = r"(?=[ \t]*$|\s+(?:อำเภอ|อ\.|จังหวัด|จ\.))"


def find_organization(text: str) -> str | None:
    """The office a document belongs to: the local government named most often (first wins ties)."""
    names = organization_mentions(text) or spaced_mentions(text)
    if not names:
        return None
    # A mention run on into the next words (no space in Thai) is the shorter mention it starts
    # with, unless it stands delimited somewhere (the office line under a title): then the
    # shorter one is the name cut by a space OCR put in it.
    mentioned = Counter(names)
    # a name cut by a line break (``...เทศบาลตำบลแควน้อย`` / ``งามได้คะแนน``, the lines perhaps
    # joined with a space) is the whole name where the rest of a longer mention follows it
    wrapped = {
        n: m
        for n in mentioned
        for m in mentioned
        if len(m) > len(n)
        and m.startswith(n)
        and regex.search(regex.escape(n) + r"\s+" + regex.escape(m[len(n) :]), text)
    }
    names = [wrapped.get(n, n) for n in names]
    mentioned = Counter(names)
    delimited = {n for n in mentioned if regex.search(regex.escape(n) + OFFICE_LINE_END, text, regex.MULTILINE)}
    names = [
        n
        if n in delimited
        else max((m for m in mentioned if n.startswith(m) and m != n), key=mentioned.__getitem__, default=n)
        for n in names
    ]
    names = [max((d for d in delimited if d.startswith(n)), key=len, default=n) if n not in delimited else n for n in names]
    counts = Counter(names)
    return max(names, key=lambda name: (counts[name], -names.index(name)))


def document_organization(segment: Segment) -> str | None:
    """The office a document belongs to, as its ``documents`` row names it."""
    head = join_lines(segment.lines[:40])
    return find_organization(head) or find_organization(join_lines(segment.lines))


def generic_document(segment: Segment) -> Document:
    """A ``documents`` row from what any document shows: its first line as title, the first
    local-government name, the first date and fiscal year."""
    title = clean(segment.lines[0].text.replace("\t", " ")) if segment.lines else None
    head = join_lines(segment.lines[:40])
    return document_row(segment, title=title, organization=find_organization(head))
