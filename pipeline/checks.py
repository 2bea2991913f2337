"""Numbers checked against the document itself (stage 6b, after validate): a value that fails
a check is loaded as read and flagged in ``review_flags``, so an analyst knows what to look
at. Pure functions over one source's parsed documents.

Checks: a plan's rows against its printed total; BE years near the document's fiscal year;
row and sequence numbers in order; ITA instrument scores against the mean of their
indicators; meetings without a date (every attendee, item and resolution hangs on it).
A weekday printed before a date is checked where the date is read (``thai.find_date``).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from rapidfuzz.distance import Levenshtein

from pipeline.model import Parsed
from pipeline.thai import _given_names
from schemas import (
    Attendee,
    Budget,
    CommitteeMember,
    ItaScore,
    Meeting,
    Project,
    ReviewFlag,
    Row,
)

YEAR_RANGE = (2540, 2580)  # BE fiscal years a local office's document can name
ITA_TOLERANCE = Decimal("1.00")  # an instrument's score against its indicators' mean


# The columns that tell a flagged record from the other rows of its table in one document
# (``review_flags.record``); the flag scorer (``pipeline.eval.flag_scores``) finds the loaded
# row by them.
RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    "memos": ("subject",),
    "meetings": ("meeting_id",),
    "attendees": ("meeting_id", "status", "seq", "full_name"),
    "agenda_items": ("meeting_id", "item_no"),
    "resolutions": ("meeting_id", "item_no", "seq"),
    "projects": ("seq", "name"),
    "project_sheets": ("sheet_no",),
    "budgets": ("kind", "label", "fiscal_year"),
    "orders": ("order_no",),
    "committee_members": ("group_name", "seq", "full_name"),
    "ita_scores": ("fiscal_year", "instrument", "indicator_no", "indicator"),
    "measures": ("seq", "measure"),
}


def record_key(table: str, values: Mapping[str, Any]) -> str:
    """``review_flags.record`` of a row (a model's fields or a warehouse row's columns)."""
    return "; ".join(f"{c}={'' if values.get(c) is None else values.get(c)}" for c in RECORD_COLUMNS.get(table, ()))


def _flag(row: Row, column: str, check: str, detail: str) -> ReviewFlag:
    value = getattr(row, column, None)
    if isinstance(value, list):
        value = " | ".join(map(str, value))
    return ReviewFlag(
        doc_id=getattr(row, "doc_id", ""),
        page_no=getattr(row, "page_no", 1) or 1,
        table_name=row.__table__,
        column_name=column,
        value=None if value is None else str(value),
        check_name=check,
        detail=detail,
        record=record_key(row.__table__, dict(row)),
    )


def _one_digit_off(read: Decimal, wanted: Decimal) -> bool:
    """``read`` is ``wanted`` with one digit misread, dropped or added (an OCR misreading)."""
    return wanted > 0 and Levenshtein.distance(f"{read:.2f}", f"{wanted:.2f}") == 1


def plan_totals(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """A plan's grand total against its rows, per budget year (a plan may budget several).
    Where exactly one row, read with one digit otherwise, makes the rows add up to the total,
    that row is flagged (its budget row and its project's budget), else the total."""
    by_doc: dict[tuple[str, int | None], list[Budget]] = defaultdict(list)
    for row in rows:
        if isinstance(row, Budget):
            by_doc[(row.doc_id, row.fiscal_year)].append(row)
    projects: dict[tuple[str, int | None], Project] = {(r.doc_id, r.seq): r for r in rows if isinstance(r, Project)}
    for budgets in by_doc.values():
        parts = [b for b in budgets if b.kind == "plan_row"]
        totals = [b for b in budgets if b.kind == "plan_total"]
        if not parts or not totals:
            continue
        added = sum((b.amount_thb for b in parts), Decimal(0))
        total = totals[-1]  # the grand total follows any subtotals (checked in budget_checks)
        gap = total.amount_thb - added
        if abs(gap) <= Decimal("0.005"):
            continue
        sheets = {b.project_seq: b.amount_thb for b in budgets if b.kind == "sheet" and b.project_seq is not None}
        suspects = [
            b for b in parts
            if _one_digit_off(b.amount_thb, b.amount_thb + gap)
            and (b.project_seq is None or sheets.get(b.project_seq) != b.amount_thb)
        ]
        if not 1 <= len(suspects) <= 2:
            yield _flag(total, "amount_thb", "plan_total", f"the {len(parts)} rows add up to {added}")
            continue
        for row in suspects:
            detail = f"the printed total {total.amount_thb} says {row.amount_thb + gap}" + (
                f" (or another of {len(suspects)} rows)" if len(suspects) > 1 else ""
            )
            yield _flag(row, "amount_thb", "plan_row", detail)
            project = projects.get((row.doc_id, row.project_seq))
            if project is not None and project.budget_thb == row.amount_thb:
                yield _flag(project, "budget_thb", "plan_row", detail)


def years(rows: Sequence[Row], fiscal_years: dict[str, int | None]) -> Iterable[ReviewFlag]:
    for row in rows:
        year = getattr(row, "fiscal_year", None)
        if not isinstance(year, int):
            continue
        expected = fiscal_years.get(getattr(row, "doc_id", ""))
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            yield _flag(row, "fiscal_year", "year_range", f"not a BE fiscal year {YEAR_RANGE[0]}-{YEAR_RANGE[1]}")
        elif expected and abs(year - expected) > 2:
            yield _flag(row, "fiscal_year", "year_near", f"the document's fiscal year is {expected}")


def sequences(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """Row numbers of a plan, and of each attendance list, counting 1, 2, 3..."""
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in rows:
        if isinstance(row, Project):
            groups[("projects", row.doc_id)].append(row)
        elif isinstance(row, Attendee):
            groups[("attendees", row.meeting_id, row.status)].append(row)
    for members in groups.values():
        numbered = [(r, n) for r in members if isinstance(n := getattr(r, "seq", None), int)]
        if len(numbered) < len(members) or len(numbered) < 2:
            continue
        for (_, before), (row, number) in itertools.pairwise(numbered):
            if number not in (before + 1, 1):  # a list may restart (a new plan section)
                yield _flag(row, "seq", "sequence", f"follows {before}")


def ita_totals(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    scores: dict[tuple[str, int | None, str | None], list[ItaScore]] = defaultdict(list)
    totals: list[ItaScore] = []
    for row in rows:
        if isinstance(row, ItaScore) and row.instrument in ("IIT", "EIT", "OIT"):
            (totals if row.indicator_no is None else scores[(row.doc_id, row.fiscal_year, row.instrument)]).append(row)
    for total in totals:
        parts = scores.get((total.doc_id, total.fiscal_year, total.instrument), [])
        if len(parts) < 2:
            continue
        mean = sum((p.score for p in parts), Decimal(0)) / len(parts)
        if abs(total.score - mean) > ITA_TOLERANCE:
            yield _flag(total, "score", "ita_total", f"its {len(parts)} indicators average {mean:.2f}")


def meeting_dates(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    for row in rows:
        if isinstance(row, Meeting) and row.meeting_date is None:
            yield _flag(row, "meeting_date", "missing_date", "no date read: its attendees and items have no date")


INFERRED_DATE = "meeting date inferred"  # (the minutes parser's warning, ``parsers.minutes``)


def inferred_dates(parsed: Sequence[Parsed]) -> Iterable[ReviewFlag]:
    """A meeting whose day its parser inferred from the printed weekday (the day's digits
    unreadable): the date is loaded, and flagged for a look at the page."""
    for item in parsed:
        if any(INFERRED_DATE in warning for warning in item.warnings):
            for row in item.rows:
                if isinstance(row, Meeting) and row.meeting_date is not None:
                    yield _flag(row, "meeting_date", "inferred_date", "its day unreadable: the first day its weekday allows after what the minutes report")


# --- Text the scan damaged: the document's own script says a value cannot be as read. ---

_CONSONANT = "\u0e01-\u0e2e"
_VOWEL_MARK = "\u0e31\u0e34-\u0e3a\u0e47"  # ั ิ ี ึ ื ุ ู ฺ ็: sit on a consonant
_TONE_MARK = "\u0e48-\u0e4e"  # ่ ้ ๊ ๋ ์ ํ ๎: on a consonant or its vowel mark
_THAI_LETTER = "\u0e01-\u0e4e"
_ORPHAN_MARK = re.compile(rf"(?:^|(?<=[^{_CONSONANT}{_VOWEL_MARK}{_TONE_MARK}]))([{_VOWEL_MARK}{_TONE_MARK}\u0e33])")
_MARK_PAIR = re.compile(rf"[{_VOWEL_MARK}][{_VOWEL_MARK}]|[{_TONE_MARK}][{_TONE_MARK}]|[{_TONE_MARK}][{_VOWEL_MARK}]|ะะ")
_LEAD_VOWEL_ALONE = re.compile(rf"[\u0e40-\u0e44](?![{_CONSONANT}])")
_MIXED_WORD = re.compile(rf"[{_THAI_LETTER}][A-Za-z]|[A-Za-z][{_THAI_LETTER}]")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Latin words a Thai office's document prints: the ITA framework, grades, services.
KNOWN_LATIN = frozenset(
    {"ITA", "IIT", "EIT", "OIT", "ITAS", "A", "AA", "B", "C", "QR", "OA", "LINE", "PDF", "GP", "TH", "ID", "IT"}
)


def impossible_thai(text: str) -> str | None:
    """Why ``text`` cannot be Thai as printed (a vowel or tone mark without its letter, two
    marks that cannot stack, a leading vowel before no consonant), or None."""
    if found := _ORPHAN_MARK.search(text):
        before = text[max(found.start() - 3, 0) : found.end() + 2]
        return f"a mark without its letter in {before.strip()!r}"
    if found := _MARK_PAIR.search(text):
        return f"marks that cannot stack in {text[max(found.start() - 2, 0) : found.end() + 2]!r}"
    if found := _LEAD_VOWEL_ALONE.search(text):
        return f"a leading vowel before no letter in {text[max(found.start() - 2, 0) : found.end() + 2]!r}"
    return None


def stray_latin(text: str) -> str | None:
    """Latin letters the scan put into Thai text: inside a Thai word (``ศัvyกดaaิดี``), or a short
    lone token that is no acronym and no part of an English phrase (``vv``, ``oO``, ``M7``)."""
    if found := _MIXED_WORD.search(text):
        return f"Latin letters inside a Thai word: {text[max(found.start() - 3, 0) : found.end() + 3]!r}"
    tokens = text.split()
    for i, token in enumerate(tokens):
        word = token.strip("()[]\"'.,:;“”")
        if not _LATIN_TOKEN.fullmatch(word) or word.upper() in KNOWN_LATIN:
            continue
        if re.fullmatch(r"O\d{1,2}", word):  # an OIT indicator code (O๓๖)
            continue
        neighbours = [t.strip("()[]\"'.,:;“”") for t in tokens[max(i - 1, 0) : i + 2] if t is not token]
        english = any(re.fullmatch(r"[A-Za-z-]{2,}", n) for n in neighbours) and (
            len(word) >= 4 or any(re.fullmatch(r"[A-Za-z-]{4,}", n) for n in neighbours)
        )
        if english or (len(word) >= 4 and word[0].isupper() and word[1:].islower()):
            continue  # (Integrity and Transparency Assessment), Facebook
        return f"stray Latin {word!r}"
    return None


def stray_symbols(text: str) -> str | None:
    """Quote marks that open or close nothing, a lone symbol among Thai words (``/”``)."""
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return "an unmatched quote mark"
    if re.search(r"(?<![\w.])[@#$%^&*=|\\~`”“]+(?![\w])", text):
        return "a symbol among words"
    return None


_MONTH_ABBR = frozenset(
    {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.", "พ.ศ."}
)
_ABBR = re.compile(r"(?<![\u0e01-\u0e4e.])[\u0e01-\u0e4e]{1,3}\.(?:[\u0e01-\u0e4e]{1,2}\.)?")
# A heading of the next block caught at a value's end (``ลำดับที่ 2`` as OCR spells it).
_LEAKED_HEADING = re.compile(r"ล\S{0,2}\s?ด\s?\S{0,2}บ\s?ที\S?\s?\d+\s*$|\(?\d+\W?\)\s*ระยะเวลา")


def damaged_text(text: str) -> str | None:
    if "@" in text and not re.search(r"[\w.-]+@[\w.-]+\.\w+|@\w+", text):
        return "an '@' in Thai text"
    if found := _LEAKED_HEADING.search(text):
        return f"the next block's heading {found.group().strip()!r} inside the value"
    return impossible_thai(text) or stray_latin(text) or stray_symbols(text)


def period_damage(text: str) -> str | None:
    """A period (``ต.ค. 2566 - ก.ย. 2567``) with an abbreviation that is no month's."""
    for found in _ABBR.finditer(text):
        if found.group() not in _MONTH_ABBR:
            return f"{found.group()!r} is no month"
    return None


# Columns whose text is read for damage: Thai prose, names, posts (not codes and numbers).
NOT_TEXT = frozenset(
    {"doc_id", "meeting_id", "seq", "item_no", "session_no", "order_no", "ref_no", "dimension", "status",
     "kind", "outcome", "instrument", "prefix", "signer_prefix", "source_id"}
)
PERSON_NAME = frozenset({"full_name", "signer_name", "recorder_name", "reviewer_name"})
POST = frozenset({"position", "role", "signer_position", "acting_for"})


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def glued_given_name(name: str) -> str | None:
    """A name split in the wrong place: the given name is no known one but a known given name
    followed by the surname's first letters (``อภิชาติทอง กประเสริฐ``)."""
    parts = name.split()
    if len(parts) != 2 or len(parts[0]) < 6:
        return None
    names = _given_names()
    if parts[0] in names:
        return None
    for cut in range(len(parts[0]) - 1, max(len(parts[0]) - 4, 3), -1):
        if parts[0][:cut] in names and _CONSONANT_RE.match(parts[0][cut:]):
            return f"{parts[0][:cut]!r} is a given name; {parts[0][cut:]!r} belongs to the surname"
    return None


_CONSONANT_RE = re.compile(rf"[{_CONSONANT}\u0e40-\u0e44]")


def text_damage(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """Thai text the scan damaged: a mark without its letter, Latin letters or a lone symbol in
    Thai words; digits or Latin letters in a person's name, Latin letters in a post."""
    for row in rows:
        if isinstance(row, ReviewFlag):
            continue
        for column, value in row:
            if column in NOT_TEXT:
                continue
            for text in _texts(value):
                if column in PERSON_NAME and (found := re.search(r"[0-9A-Za-z]", text)):
                    yield _flag(row, column, "name_chars", f"a name with {found.group()!r} in it")
                    break
                post = re.search(r"[A-Za-z]+|\d+" if column == "role" else r"[A-Za-z]+", text)
                if column in POST and (found := post) and found.group().upper() not in KNOWN_LATIN:
                    yield _flag(row, column, "post_chars", f"a post with {found.group()!r} in it")
                    break
                if problem := damaged_text(text):
                    yield _flag(row, column, "thai_text", problem)
                    break
                if column == "period" and (problem := period_damage(text)):
                    yield _flag(row, column, "period", problem)
                    break
                if column == "department" and (found := re.search(r"\d+/\d+", text)):
                    yield _flag(row, column, "department", f"a reference number {found.group()!r} in an office's name")
                    break
                if column in PERSON_NAME and (problem := glued_given_name(text)):
                    yield _flag(row, column, "name_split", problem)
                    break


# Columns every document of the genre prints (the gold of every sample and held-out document
# has them): a row without one lost it in the scan.
PRINTED_ALWAYS: dict[str, tuple[str, ...]] = {
    "memos": ("department", "ref_no", "memo_date", "subject", "addressee", "signer_name", "signer_position"),
    "meetings": ("title", "session_no", "venue", "recorder_name", "reviewer_name"),
    "orders": ("order_no", "order_date", "subject", "signer_name", "signer_position"),
    "project_sheets": ("name", "rationale", "objectives", "methods", "period", "budget_thb", "responsible",
                       "outputs", "outcomes"),
    "projects": ("name", "dimension", "budget_thb"),
    "ita_scores": ("organization", "score"),
    "measures": ("measure", "responsible", "period"),
    "committee_members": ("position",),  # (a group may list posts without names)
    "agenda_items": ("title",),
    "resolutions": ("text",),
}


def missing_values(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """A value the genre always prints that was not read (a project without its budget, an
    ITA score without its office). A project with no budget is ``0.00``, not a missing one."""
    for row in rows:
        for column in PRINTED_ALWAYS.get(row.__table__, ()):
            if getattr(row, column, None) in (None, "", []):
                yield _flag(row, column, "not_read", "not read: every document of its kind prints it")


def ita_overall(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """An overall ITA score that is one instrument's total (the indicators of that instrument
    average it, and the instrument's own total is missing): a misread ``รวม IIT`` line."""
    scores = [r for r in rows if isinstance(r, ItaScore)]
    for overall in scores:
        if overall.instrument != "ITA" or not 0 <= overall.score <= 100:
            continue
        for instrument in ("IIT", "EIT", "OIT"):
            same = [s for s in scores if (s.doc_id, s.fiscal_year, s.instrument) ==
                    (overall.doc_id, overall.fiscal_year, instrument)]
            parts = [s.score for s in same if s.indicator_no is not None]
            if len(parts) >= 2 and len(parts) == len(same):
                mean = sum(parts, Decimal(0)) / len(parts)
                if abs(mean - overall.score) < Decimal("0.01"):
                    yield _flag(overall, "score", "ita_overall",
                                f"{instrument} has no total and its {len(parts)} indicators average {mean:.2f}")
                    break
    for score in scores:
        if not 0 <= score.score <= 100:
            yield _flag(score, "score", "ita_range", "an ITA score lies between 0 and 100")


def _similar(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


def names_in_posts(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """A committee member's post that starts with (a piece of) their surname: the name's cell
    was split in the wrong place, so the name and the post are both wrong."""
    for row in rows:
        if not isinstance(row, CommitteeMember) or not row.position or not row.full_name:
            continue
        first = row.position.split()[0]
        surname = row.full_name.split()[-1]
        if len(first) >= 4 and (
            _similar(first, surname) >= 0.7 or first.endswith(surname) or surname.endswith(first)
            or first in row.full_name.replace(" ", "")
        ):
            detail = f"the post begins with the name's {surname!r}"
            yield _flag(row, "position", "name_in_post", detail)
            yield _flag(row, "full_name", "name_in_post", detail)


def names_on_the_list(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """A meeting's recorder or reviewer spelt close to, but not as, a name on its attendance
    list (the list's spelling wins; OCR spells one person several ways)."""
    listed: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if isinstance(row, Attendee) and row.full_name:
            listed[row.meeting_id].append(row.full_name)
    for row in rows:
        if not isinstance(row, Meeting) or not listed.get(row.meeting_id):
            continue
        for column in ("recorder_name", "reviewer_name"):
            name = getattr(row, column)
            if not name or name in listed[row.meeting_id]:
                continue
            squeezed = name.replace(" ", "")
            best = max(listed[row.meeting_id], key=lambda n: _similar(squeezed, n.replace(" ", "")))
            if _similar(squeezed, best.replace(" ", "")) >= 0.75:
                yield _flag(row, column, "attendance_list", f"the attendance list spells it {best!r}")


QUARTERS = ("q1", "q2", "q3", "q4")


def lost_ticks(rows: Sequence[Row], ocr_pages: frozenset[int]) -> Iterable[ReviewFlag]:
    """A scanned plan's row with no quarter ticked where its other rows have ticks: the scan
    lost a tick (a tick alone in its cell is what tesseract drops most), which quarter is
    not known, so each quarter is flagged."""
    by_doc: dict[str, list[Project]] = defaultdict(list)
    for row in rows:
        if isinstance(row, Project):
            by_doc[row.doc_id].append(row)
    for projects in by_doc.values():
        if not any(getattr(p, q) for p in projects for q in QUARTERS):
            continue  # a plan without tick columns
        for project in projects:
            if project.page_no in ocr_pages and all(getattr(project, q) is False for q in QUARTERS):
                for quarter in QUARTERS:
                    yield _flag(project, quarter, "no_tick_read", "no quarter ticked on a scanned page")


def review_flags(parsed: Sequence[Parsed], ocr_pages: frozenset[int] = frozenset()) -> list[ReviewFlag]:
    """Every flag of one source's documents; ``ocr_pages``: the source's pages read by OCR."""
    rows = [row for item in parsed for row in item.rows]
    fiscal_years = {item.document.doc_id: item.document.fiscal_year for item in parsed}
    return [
        *plan_totals(rows),
        *years(rows, fiscal_years),
        *sequences(rows),
        *ita_totals(rows),
        *meeting_dates(rows),
        *inferred_dates(parsed),
        *text_damage(rows),
        *missing_values(rows),
        *ita_overall(rows),
        *names_in_posts(rows),
        *names_on_the_list(rows),
        *lost_ticks(rows, ocr_pages),
    ]
