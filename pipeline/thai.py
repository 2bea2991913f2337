"""Thai values in running text: digits, dates (Buddhist Era), times, money, fiscal years.

One shared place so every parser reads ``๒๑ พ.ค. ๖๓`` or ``09.30 น.`` the same way.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Literal

import regex
from pythainlp.util import thai_digit_to_arabic_digit, thaiword_to_num
from pythainlp.util.date import thai_abbr_months, thai_full_months

BE_OFFSET = 543

MoneyReading = Literal["anywhere", "cell", "baht", "label"]
YearLabel = Literal["any", "stated", "budget", "annual"]

# OCR and typists vary: missing dots in abbreviations, a space inside, old spellings.
_MONTH_VARIANTS: dict[int, list[str]] = {
    i + 1: [
        full,
        abbr,
        abbr.replace(".", ""),
        abbr.replace(".", ". "),
        abbr.replace(".", ". ").strip(),  # ``มี. ค.2567``
        abbr.replace(".", "", 1),
        abbr.rstrip("."),
    ]
    for i, (full, abbr) in enumerate(zip(thai_full_months, thai_abbr_months, strict=True))
}
_MONTH_VARIANTS[2] += ["กุมภาพันธ"]
_MONTH_VARIANTS[4] += ["เมษยน"]
_MONTH_VARIANTS[5] += ["พฤษภคม", "พฤษาคม"]
_MONTH_VARIANTS[7] += ["กรกฏาคม"]
_MONTH_VARIANTS[10] += ["ตุลคม"]
_MONTH_VARIANTS[11] += ["พฤศจิกยน"]

# The abbreviations as a scan leaves them without their dots (``ธค``, ``มีค``), in month order.
DOTLESS_ABBREVIATIONS: tuple[str, ...] = tuple(abbr.replace(".", "") for abbr in thai_abbr_months)
# The abbreviations in a fiscal year's order, October first (a timetable's month columns).
FISCAL_MONTH_ABBREVIATIONS: tuple[str, ...] = (*thai_abbr_months[9:], *thai_abbr_months[:9])

_MONTH_LOOKUP: dict[str, int] = {}
for _month, _names in _MONTH_VARIANTS.items():
    for _name in _names:
        _MONTH_LOOKUP[_name.replace(" ", "")] = _month

# Thai marks above and below the line (vowels, tone marks, thanthakhat), the ones OCR drops.
MARK = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def skeleton(text: str) -> str:
    """``text`` without its marks above and below the line: what OCR leaves of a word."""
    return MARK.sub("", text)


# OCR drops marks above and below the line: a full month name is read without them too
# (``มนาคม``, ``กนยายน``). Abbreviations are not: ``มี.ค.`` without its vowel is ``ม.ค.``.


def _marks_optional(word: str) -> str:
    """A full month name's pattern: its marks optional, and a space a scan put between two of
    its letters allowed (``เมษา ยน``)."""
    letters = [regex.escape(c) + ("?" if MARK.match(c) else "") for c in word]
    out = letters[0]
    for c, letter in zip(word[1:], letters[1:], strict=True):
        out += letter if MARK.match(c) else f" ?{letter}"
    return out


_BY_SKELETON: dict[str, int] = {skeleton(full): i + 1 for i, full in enumerate(thai_full_months)}
_MONTH_ALT = "|".join(
    [_marks_optional(full) for full in sorted(thai_full_months, key=len, reverse=True)]
    + sorted({regex.escape(n) for names in _MONTH_VARIANTS.values() for n in names}, key=len, reverse=True)
)
MONTH_PATTERN = f"(?:{_MONTH_ALT})"
DATE_RE = regex.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?:เด\u0e37?อน\s*)?(?P<month>"
    + _MONTH_ALT
    + r")\s*(?:พ\.\s?ศ\.\s*|พุทธศักราช\s*|ปี\s*|"
    # พ.ศ. as OCR reads it (``WA.``, ``ws.``, ``พ.ศ`` lost a dot) before a four-digit BE year
    r"(?=[^\d\s]{1,4}\.?\s*25\d\d)[^\d\s]{1,4}\.?\s*)?(?P<year>\d{2,4})(?!\d)"
)
NUMERIC_DATE_RE = regex.compile(r"(?<!\d)(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{2,4})(?!\d)")
TIME_RE = regex.compile(r"(?<![\d.])(?P<h>[0-2]?\d)\s*[.:]\s*(?P<m>[0-5]\d)(?:\s*น\.?)?(?![\d])")
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
# Any number, as the first amount of a phrase.
MONEY_RE = regex.compile(rf"(?<![\d.,])(?P<amount>{_AMOUNT})(?![\d,])")
# How an amount stands, by ``parse_money``'s ``read``: each pattern's ``amount`` group is the amount.
_MONEY_READINGS: dict[str, tuple[regex.Pattern[str], ...]] = {
    "anywhere": (MONEY_RE,),
    # The cell is the amount and nothing else: ``50,000``, ``1,000.00 บาท``.
    # ``15,000.-`` (whole baht, no satang) too.
    "cell": (regex.compile(rf"^\s*(?P<amount>{_AMOUNT})\s*(?:\.\s?[-–])?\s*(?:บาท)?\s*$"),),
    # Before บาท (``12,500.-บาท``), else grouped in thousands: not a year, not a count.
    "baht": (
        regex.compile(rf"(?P<amount>{_AMOUNT})\s*(?:\.-\s*)?บาท"),
        regex.compile(rf"(?<![\d.,])(?P<amount>{_GROUPED})(?![\d,])"),
    ),
    # Grouped in thousands or with satang (``150000.00``), in a total's label.
    "label": (regex.compile(rf"(?<![\d.,])(?P<amount>{_GROUPED}|\d+\.\d{{2}})(?![\d,])"),),
}
# No amount, printed as a dash: ``-``, ``- บาท``.
NO_AMOUNT_RE = regex.compile(r"\s*[-–—]\s*(?:บาท)?\s*")
# The words a fiscal year follows, by ``find_fiscal_year``'s ``label``:
_YEAR_LABELS: dict[str, str] = {
    # any year: ``ปีงบประมาณ 2567``, ``พ.ศ. 2567``, ``ปี 2567``
    "any": r"ปี\s*งบ\s*ประมาณ|พ\s?\.\s?ศ\s?\.|ปี",
    # a title's: ``ประจำปีงบประมาณ พ.ศ. 2564``, ``ปีงบประมาณ 2567``, ``ประจำปี 2567``
    "stated": r"ปี\s*งบ\s*ประมาณ|ประจำ\s*ปี",
    # only a budget year: ``ปีงบประมาณ พ.ศ. 2567`` (a meeting's ``ประจำปี 2567`` is its session's)
    "budget": r"ปี\s*งบ\s*ประมาณ",
    # only after ประจำปี: ``ประจำปี 2567``, ``ประจำปีงบประมาณ 2567``
    "annual": r"ประจำ\s*ปี(?:\s*งบ\s*ประมาณ)?",
}
_FISCAL_YEAR_RES = {
    label: regex.compile(rf"(?:{words})\s*(?:พ\s?\.\s?ศ\s?\.\s*)?(?P<year>25\d\d)(?!\d)")  # (``พ .ศ .``: a scan)
    for label, words in _YEAR_LABELS.items()
}
# ``ไม่ใช้`` (``ไม่ได้ใช้``), also as a scan leaves it: ``ไม่ช้``, ``ไม่ใ้`` (its ใ or its ช lost).
NOT_USED = r"ไม่\s*(?:ได้\s*)?(?:ใ?ช้|ใ\u0e49)"
NO_BUDGET_RE = regex.compile(
    rf"{NOT_USED}\s*งบ(?:\s*ประมาณ)?|ไม่\s*มี\s*งบ(?:\s*ประมาณ)?"
)  # (``ไม่ใช้งบ``: a narrow cell's short form)


def to_arabic_digits(text: str) -> str:
    return thai_digit_to_arabic_digit(text)


# A Buddhist Era year standing alone among digits (``2568``, not ``125680``), Arabic digits.
BE_YEAR = regex.compile(r"(?<!\d)(?P<year>25\d\d)(?!\d)")
_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def to_thai_digits(text: str) -> str:
    """Arabic digits written as Thai digits (a number put back in the script it was printed in)."""
    return text.translate(_TO_THAI_DIGITS)


def be_to_gregorian(year: int) -> int:
    """A Buddhist Era year (2563, or the short 63) as a Gregorian year."""
    if year < 100:
        year += 2500
    return year - BE_OFFSET if year > 2400 else year


def month_number(name: str) -> int | None:
    name = name.replace(" ", "")
    return _MONTH_LOOKUP.get(name) or _BY_SKELETON.get(skeleton(name))


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if 100 <= year < 1800:
        return None  # a year a scan garbled to three digits (``เมษายน ๒๘๙``): no date of any era
    try:
        return dt.date(be_to_gregorian(year), month, day)
    except ValueError:
        return None


# A weekday printed before a date (``วันพุธที่ 15 มกราคม 2568``) checks the date's digits.
WEEKDAYS = {"จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6}
# OCR drops a weekday's marks and splits it (``วันพ ธที``): marks optional, a space allowed.
_WEEKDAY_ALT = "|".join(
    r"\s?".join(_marks_optional(c) for c in regex.findall(r"\X", w)) for w in sorted(WEEKDAYS, key=len, reverse=True)
)
_WEEKDAY_BEFORE = regex.compile(rf"วัน\s*(?P<weekday>{_WEEKDAY_ALT})\s*(?:ที่?)?\s*$")
_WEEKDAY_BY_SKELETON = {skeleton(name): day for name, day in WEEKDAYS.items()}


def _weekday(name: str) -> int:
    return _WEEKDAY_BY_SKELETON[skeleton(name.replace(" ", ""))]


# A full month name OCR misread by a letter (``ตุญาคม``), before a four-digit BE year.
LOOSE_DATE_RE = regex.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?:เด\u0e37?อน\s*)?(?P<month>[\u0e01-\u0e2e][\u0e01-\u0e4e ]{3,12}?)\s*"
    r"(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d)(?!\d)"
)


def fuzzy_month(name: str) -> int | None:
    """The month whose full name is one letter away from ``name`` (marks and spaces aside)."""
    from rapidfuzz.distance import Levenshtein

    bare = skeleton(name.replace(" ", ""))
    scored = sorted(
        ((Levenshtein.normalized_similarity(bare, full), month) for full, month in _BY_SKELETON.items()),
        reverse=True,
    )
    best, second = scored[0], scored[1]
    return best[1] if best[0] >= 0.75 and best[0] > second[0] else None
# Thai digits tesseract confuses, as Arabic digits: ๖ and ๗ read as ๒, ๔ ๘ ๙ as ๕, ๑ and ๓...
_CONFUSABLE = {
    "2": "67",
    "5": "489",
    "6": "2",
    "7": "2",
    "4": "5",
    "8": "5",
    "9": "5",
    "1": "39",
    "3": "18",
    "0": "8",
}


def _weekday_checked(day: str, month: int, year: str, weekday: int) -> dt.date | None:
    """The date whose weekday is the printed one: as read, else the one reading that changes a
    single confusable digit of the day or of the year's last two digits."""
    found = _make_date(int(year), month, int(day))
    if found and found.weekday() == weekday:
        return found
    digits = day + year
    # The day's digits first (a plausible year is rarely the misread part), then the year's
    # last two (the century of a BE year stays).
    # (and, for a year a century off, its hundreds: ``๒๔๖๙`` read for ``๒๕๖๙``)
    year_passes = [range(len(digits) - 3, len(digits))] if not 2540 <= int(year) <= 2600 and len(year) == 4 else []
    # (a plausible year as read is kept: a weekday slip must not move a date by decades)
    # (a year a century off is the misread part before the day is)
    passes = (*year_passes, range(len(day))) if year_passes and int(year) < 2500 else (range(len(day)), *year_passes)
    for positions in passes:
        candidates: set[dt.date] = set()
        for i in positions:
            for other in _CONFUSABLE.get(digits[i], ""):
                trial = digits[:i] + other + digits[i + 1 :]
                date = _make_date(int(trial[len(day) :]), month, int(trial[: len(day)]))
                if date and date.weekday() == weekday:
                    candidates.add(date)
        if len(candidates) == 1:
            return candidates.pop()
        if candidates:
            break
    return found


def find_date(text: str) -> dt.date | None:
    """The first Thai date in ``text`` (``๒๑ พฤษภาคม ๒๕๖๓``, ``7 ก.พ. 67``, ``21/05/2563``).
    A weekday printed before it (``วันพุธที่``) corrects one misread digit."""
    text = to_arabic_digits(text)
    for match in DATE_RE.finditer(text):
        month = month_number(match["month"])
        if month is None:
            continue
        found = _date_of(text, match, month)
        if found:
            return found
    for match in NUMERIC_DATE_RE.finditer(text):
        year = int(match["year"])
        if year >= 2400 or year < 100:
            found = _make_date(year, int(match["month"]), int(match["day"]))
            if found:
                return found
    for match in LOOSE_DATE_RE.finditer(text):
        month = fuzzy_month(match["month"])
        found = _date_of(text, match, month) if month else None
        if found:
            return found
    return _glued_year_date(text)


# A BE year a scan glued a stray digit to (``14ก มภาพันธ์25692เวลา``)
_GLUED_YEAR = regex.compile(r"(?<!\d)(25\d\d)\d(?!\d)")


def _glued_year_date(text: str) -> dt.date | None:
    """A date whose year a scan glued a stray digit to, taken only where the weekday printed
    before it confirms the date."""
    unglued = _GLUED_YEAR.sub(r"\1 ", text)
    if unglued == text:
        return None
    for match in [*DATE_RE.finditer(unglued), *LOOSE_DATE_RE.finditer(unglued)]:
        month = month_number(match["month"]) or fuzzy_month(match["month"])
        weekday = _WEEKDAY_BEFORE.search(unglued[max(0, match.start() - 24) : match.start()])
        date = _make_date(int(match["year"]), month, int(match["day"])) if month and weekday else None
        if date and weekday and date.weekday() == _weekday(weekday["weekday"]):
            return date
    return None


# A weekday, month and year whose day's digits a scan garbled (``วันศุกร์ทีชู มีนาคม 2569``).
def _weekday_date(day: str, year: str = r"(?P<year>25\d\d)(?!\d)") -> regex.Pattern[str]:
    """A printed weekday, then ``day`` (the pattern of what stands where the day's digits
    should), a month and ``year`` (a BE year, or what stands where its digits should)."""
    return regex.compile(
        rf"วัน\s*(?P<weekday>{_WEEKDAY_ALT})\s*(?:ที่?)?\s*{day}\s*(?:เด\u0e37?อน\s*)?(?P<month>{_MONTH_ALT})"
        rf"\s*(?:พ\.\s?ศ\.\s*)?{year}"
    )


_DAY_LOST = _weekday_date(r"[^\d\s]{0,4}")


# ... or whose day a scan read with a digit too many (``วันอาทิตย์ที่๑๒๐ กรกฎาคม ๒๕๖๙``: no month
# has a 120th day).
_DAY_MISREAD = _weekday_date(r"(?P<day>\d{3}|3[2-9]|[4-9]\d)(?!\d)")


def subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters stand in ``long`` in order (``long`` with a few more)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def dates_by_weekday(text: str) -> list[dt.date]:
    """The days a printed weekday, month and year allow where the day itself was lost (a
    scan's garble in its place); where the day was read with a digit too many, those whose
    digits it holds in order (``120`` holds 12, 10 and 20; a Sunday in July 2026: the 12th).
    Empty when ``text`` has no such date."""
    arabic = to_arabic_digits(text)
    misread = _DAY_MISREAD.search(arabic)
    match = misread or _DAY_LOST.search(arabic)
    month = month_number(match["month"]) if match else None
    if match is None or month is None:
        return []
    weekday = _weekday(match["weekday"])
    days = (_make_date(int(match["year"]), month, day) for day in range(1, 32))
    found = [day for day in days if day is not None and day.weekday() == weekday]
    if not misread:
        return found
    held = [day for day in found if subsequence(str(day.day), match["day"])]
    longest = max((len(str(day.day)) for day in held), default=0)
    return [day for day in held if len(str(day.day)) == longest]  # (a digit too many, not two)


# A weekday, day and year whose month a scan garbled (``วันอังคารที่ ๒๔ A.W. ๒๕๖๙`` for ก.พ.).
_MONTH_LOST = regex.compile(
    rf"วัน\s*(?P<weekday>{_WEEKDAY_ALT})\s*(?:ที่?)?\s*(?P<day>\d{{1,2}})(?!\d)\s*(?P<month>[^\d\s][^\d]{{0,9}}?)"
    r"\s*(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d)(?!\d)"
)


def months_by_weekday(text: str) -> list[dt.date]:
    """The dates a printed weekday, day and year allow where the month between them was lost
    (one a month at most, in order); empty when ``text`` has no such date or its month reads."""
    match = _MONTH_LOST.search(to_arabic_digits(text))
    if match is None or month_number(match["month"].strip()) or fuzzy_month(match["month"].strip()):
        return []
    weekday, year, day = _weekday(match["weekday"]), int(match["year"]), int(match["day"])
    dates = (_make_date(year, month, day) for month in range(1, 13))
    return [date for date in dates if date is not None and date.weekday() == weekday]


# A weekday, day and month whose year a scan garbled (``วันอาทิตย์ที่๕ เมษายน๒๘๙`` for ๒๕๖๙).
_YEAR_LOST = _weekday_date(r"(?P<day>\d{1,2})(?!\d)", r"(?P<year>\d{1,6})?")


def years_by_weekday(text: str, years: Iterable[int]) -> list[dt.date]:
    """The dates a printed weekday, day and month allow in ``years`` (the BE years the document
    prints elsewhere) where the date's own year was lost or garbled; empty when ``text`` has no
    such date or its year reads."""
    match = _YEAR_LOST.search(to_arabic_digits(text))
    if match is None or (match["year"] and regex.fullmatch(r"25\d\d", match["year"])):
        return []
    month, day, weekday = month_number(match["month"]), int(match["day"]), _weekday(match["weekday"])
    dates = {_make_date(year, month, day) for year in years} if month else set()
    return sorted(date for date in dates if date is not None and date.weekday() == weekday)


def all_dates(text: str, unless_after: regex.Pattern[str] | None = None) -> list[dt.date]:
    """Every Thai date written out in ``text`` (``๒๕ มีนาคม ๒๕๖๙``), in order; without those
    the words just before them match ``unless_after`` (a date to come: ``จะ... ในวันที่``)."""
    arabic = to_arabic_digits(text)
    found = []
    for match in DATE_RE.finditer(arabic):
        if unless_after is not None and unless_after.search(arabic[max(0, match.start() - 60) : match.start()]):
            continue
        month = month_number(match["month"])
        if month is not None and (day := _make_date(int(match["year"]), month, int(match["day"]))) is not None:
            found.append(day)
    return found


def _date_of(text: str, match: regex.Match[str], month: int) -> dt.date | None:
    """A matched date, checked against the weekday printed before it when there is one."""
    weekday = _WEEKDAY_BEFORE.search(text[max(0, match.start() - 24) : match.start()])
    if weekday:
        return _weekday_checked(match["day"], month, match["year"], _weekday(weekday["weekday"]))
    return _make_date(int(match["year"]), month, int(match["day"]))


def find_times(text: str) -> list[dt.time]:
    """Every clock time in ``text`` (``09.30 น.``, ``๐๙.๓๐ - ๑๒.๐๐ น.``, ``13:00``)."""
    text = to_arabic_digits(text)
    times = []
    for match in TIME_RE.finditer(text):
        hour, minute = int(match["h"]), int(match["m"])
        if hour < 24:
            times.append(dt.time(hour, minute))
    return times


def find_time(text: str) -> dt.time | None:
    times = find_times(text)
    return times[0] if times else None


_MONTH_RE = regex.compile(MONTH_PATTERN)
_ABBREVIATIONS = frozenset(thai_abbr_months)
# ``กุย.`` for ``ก.ย.``: a scan read the abbreviation's first dot as a mark below the letter.
_ABBREVIATION_MARKED = regex.compile(r"(?<![ก-ฮ])(?P<a>[ก-ฮ])ุ(?P<b>[ก-ฮ])\.")


def _abbreviation(first: str, second: str) -> str | None:
    abbreviation = f"{first}.{second}."
    return abbreviation if abbreviation in _ABBREVIATIONS else None


# ``ต.ค.67``: a year glued to the month's abbreviation; ``2568- กันยายน``: a range's dash,
# spaced on both sides when spaced on one (``ก.ย.-ต.ค.``, glued, stays as printed).
_ABBREVIATION_THEN_YEAR = regex.compile(r"((?<![ก-ฮ])[ก-ฮ]\u0e34?\u0e35?\.[ก-ฮ]\.)(?=[\d๐-๙])")
_RANGE_SPACING = regex.compile(
    r"(?<=[\d๐-๙.])(?:\s+(?P<dash>[-–])\s*|(?P<dash>[-–])\s+)(?=[ก-ฮ\d๐-๙])|(?<=[ก-ฮ])\s+(?P<dash>[-–])\s*(?=[ก-ฮ\d๐-๙])"
    r"|(?<=[ก-ฮ])\s*(?P<dash>[-–])\s+(?=[ก-ฮ\d๐-๙])"
)
_RANGE_DASH_LOST = regex.compile(
    rf"(?P<first>{MONTH_PATTERN}(?:\s*[0-9๐-๙]{{2,4}})?)\s+(?=(?P<second>{MONTH_PATTERN})(?![ก-๙]))"
)


def period_range(text: str) -> str:
    """A period of two months with the dash between them lost (a scan reads ``มกราคม - มีนาคม
    2569`` as ``มกราคม มีนาคม 2569``): the dash put back. Nothing else is changed, nor a list
    of months (``มกราคม เมษายน กรกฎาคม ตุลาคม``)."""
    text = _ABBREVIATION_MARKED.sub(lambda m: _abbreviation(m["a"], m["b"]) or m.group(), text)
    text = _ABBREVIATION_THEN_YEAR.sub(r"\1 ", text)
    text = _RANGE_SPACING.sub(lambda m: f" {m['dash']} ", text)
    if len(_MONTH_RE.findall(text)) != 2:
        return text
    return _RANGE_DASH_LOST.sub(lambda m: f"{m['first']} - ", text)


def parse_money(text: str, *, read: MoneyReading = "anywhere") -> Decimal | None:
    """A baht amount, to the satang. ``read`` says where it may stand:

    - ``anywhere``: the first number in ``text``;
    - ``cell``: ``text`` is the amount and nothing else (a trailing ``บาท`` allowed);
    - ``baht``: an amount before ``บาท``, else the first grouped in thousands (``พ.ศ. 2567``
      and ``3 ครั้ง`` are no amounts);
    - ``label``: the first grouped in thousands or with satang (a total's label,
      ``รวมทั้งสิ้น 150,000``).

    Except in a label, ``ดำเนินการโดยไม่ใช้งบประมาณ`` and a dash (``-``, ``- บาท``) are 0.00.
    """
    text = to_arabic_digits(text)
    if read != "label" and (NO_BUDGET_RE.search(text) or NO_AMOUNT_RE.fullmatch(text)):
        return Decimal("0.00")
    for pattern in _MONEY_READINGS[read]:
        match = pattern.search(text)
        if match:
            try:
                return Decimal(match["amount"].replace(",", "")).quantize(Decimal("0.01"))
            except InvalidOperation:
                return None
    return None


# an amount spelled out in brackets after its digits, as offices write it (``(หนึ่งหมื่นแปดพันบาทถ้วน)``)
_BAHT_IN_WORDS = regex.compile(
    r"\(\s*(?P<words>[ก-ฮ\u0e30-\u0e4e]+?)\s*บาท\s*(?:ถ้วน|(?P<satang>[ก-ฮ\u0e30-\u0e4e]+?)\s*สตางค์)\s*\)"
)


def baht_in_words(text: str) -> Decimal | None:
    """The amount ``text`` spells out in words (``(หนึ่งหมื่นแปดพันบาทถ้วน)`` -> 18000.00), a
    check on the digits beside it; None where there is none or a scan garbled its words."""
    match = _BAHT_IN_WORDS.search(text)
    if match is None:
        return None
    try:
        baht = thaiword_to_num(match["words"])
        satang = thaiword_to_num(match["satang"]) if match["satang"] else 0
    except (ValueError, KeyError, IndexError):
        return None
    return (Decimal(baht) + Decimal(satang) / 100).quantize(Decimal("0.01"))


def find_fiscal_years(text: str, *, label: YearLabel = "any") -> list[int]:
    """Every Buddhist Era fiscal year named in ``text`` after one of ``label``'s words:

    - ``any``: ``ปีงบประมาณ``, ``พ.ศ.`` or ``ปี`` (``ประจำปีงบประมาณ พ.ศ. 2567``, ``ปี 2566``);
    - ``stated``: ``ปีงบประมาณ`` or ``ประจำปี``, as a title states its year;
    - ``budget``: ``ปีงบประมาณ`` only;
    - ``annual``: ``ประจำปี`` (``ประจำปีงบประมาณ``) only.
    """
    return [int(m["year"]) for m in _FISCAL_YEAR_RES[label].finditer(to_arabic_digits(text))]


def find_fiscal_year(text: str, *, label: YearLabel = "any") -> int | None:
    """The first Buddhist Era fiscal year named in ``text`` (``ประจำปีงบประมาณ พ.ศ. 2567``);
    ``label`` as for ``find_fiscal_years``."""
    match = _FISCAL_YEAR_RES[label].search(to_arabic_digits(text))
    return int(match["year"]) if match else None


# A span of Buddhist Era years: ``๒๕๖๘ - ๒๕๗๐``, or after พ.ศ. without its dash (a scan may
# lose it: ``(พ.ศ. ๒๕๖๘ ๒๕๗๐)``).
_YEAR_SPAN = regex.compile(
    r"พ\s?\.\s?ศ\s?\.\s*(?P<first>25\d\d)\s*[-–]?\s*(?P<last>25\d\d)(?!\d)"
    r"|(?<!\d)(?P<first>25\d\d)\s*[-–]\s*(?P<last>25\d\d)(?!\d)"
)
# A span cut at a line's end (``(พ.ศ. ๒๕๖๘ -``)
_SPAN_CUT = regex.compile(r"25\d\d\s*[-–]\s*(?!\s*\d)")
# A development plan's span cited in passing (``ตามแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐)``)
_CITED_PLAN = regex.compile(r"แผน\s*พัฒนา[^()]{0,40}\(?\s*$")


def _spans(arabic: str) -> list[regex.Match[str]]:
    return [
        m
        for m in _YEAR_SPAN.finditer(arabic)
        if 0 < int(m["last"]) - int(m["first"]) <= 10 and not _CITED_PLAN.search(arabic[max(0, m.start() - 60) : m.start()])
    ]


def year_span(text: str) -> tuple[int, int] | None:
    """The Buddhist Era years a text spans (``พ.ศ. ๒๕๖๘ - ๒๕๗๐``: a three-year plan), or None;
    a development plan's span cited in passing is none."""
    spans = _spans(to_arabic_digits(text))
    return (int(spans[0]["first"]), int(spans[0]["last"])) if spans else None


def spans_years(title: str) -> bool:
    """Whether a title names a span of years (``๓ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๐)``) and no one year as
    its own (``ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ตามแผน... ๓ ปี ...)`` or ``แผนการดำเนินงาน พ.ศ. ๒๕๖๘``
    is a one-year plan's; ``ปีงบประมาณ พ.ศ. ๒๕๖๘ - ๒๕๗๐`` states the span, not its first year)."""
    arabic = to_arabic_digits(title)
    if not _spans(arabic):
        return False
    # the year left once every span is out (a cited plan's too), and a span cut at a line's end
    rest = _SPAN_CUT.sub(" ", _YEAR_SPAN.sub(" ", arabic))
    return find_fiscal_year(rest, label="any") is None


def fiscal_year_of(day: dt.date) -> int:
    """Thai fiscal years start on 1 October: 2023-10-01 falls in fiscal 2567."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)


# --- words -----------------------------------------------------------------------------------

# How OCR writes SARA AM: NIKHAHIT read as MAI THO (``ค้าสั่ง``), as a separate NIKHAHIT
# (``คําสั่ง``), or lost with a gap where it stood (``ค าสั่ง``). A consonant, an optional tone
# mark, then one of these, inside a run of Thai.
_SARA_AM_READINGS = regex.compile(
    r"(?<=[\u0e01-\u0e2e][\u0e48-\u0e4b]?)(?:\u0e49\u0e32|\u0e4d\u0e32| \u0e32)"
)
_THAI_RUN = regex.compile(r"[\u0e01-\u0e4e](?:[\u0e01-\u0e4e]| (?=\u0e32))*")


def _dictionary() -> frozenset[str]:
    """pythainlp's word list (loaded once by pythainlp, on first use)."""
    from pythainlp.corpus import thai_words

    return thai_words()


def is_word(text: str) -> bool:
    """Whether ``text`` is a word of pythainlp's dictionary."""
    return text in _dictionary()


@functools.lru_cache(maxsize=8192)
def _tokens(run: str) -> tuple[str, ...]:
    """The run's words as pythainlp's dictionary tokeniser cuts it."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(run, engine="newmm", keep_whitespace=False))


@functools.lru_cache(maxsize=8192)
def _covered(run: str) -> int:
    """How many of the run's characters stand in dictionary words."""
    words = _dictionary()
    return sum(len(t) for t in _tokens(run) if t in words)


@functools.lru_cache(maxsize=8192)
def _word_score(run: str) -> tuple[float, int]:
    """(share of the run's characters inside dictionary words, minus the number of words):
    more of the run in known words first, then fewer and longer words."""
    return round(_covered(run) / max(1, len(run.replace(" ", ""))), 6), -len(_tokens(run))


WORD_WINDOW = 12  # characters either side of a line break the dictionary looks at
_TRAILING_THAI = regex.compile(r"[\u0e01-\u0e4e]+$")
_LEADING_THAI = regex.compile(r"^[\u0e01-\u0e4e]+")


@functools.lru_cache(maxsize=4096)
def wrapped_inside_word(head: str, tail: str) -> bool:
    """Whether a line that ends in ``head`` and goes on in ``tail`` broke inside a word
    (``...รายจ่ายประจำ`` / ``ปีงบประมาณ``: ``ประจำปี``), so the two join without a space:
    the dictionary's words of the two run together do not break where the line did."""
    from pythainlp.tokenize import word_tokenize

    end, start = _TRAILING_THAI.search(head), _LEADING_THAI.match(tail)
    if not end or not start or len(start.group()) < 2:
        return False  # (``พ.ศ.``: a letter alone makes words with anything)
    left, right = end.group()[-WORD_WINDOW:], start.group()[:WORD_WINDOW]
    breaks, at = set(), 0
    for token in word_tokenize(left + right, engine="newmm", keep_whitespace=False):
        at += len(token)
        breaks.add(at)
    return len(left) not in breaks


# One space between Thai letters (OCR puts one where a letter's tail or mark stands apart:
# ``แนวทางป ฏิบัติ``, ``สำนักปลั ดเทศบาล``); a person's name, its given name glued to the
# prefix (``ให้นายฮาริส หลงสมัน``) or in brackets (a signer's), keeps the space before its
# surname; a gap before SARA AA is SARA AM's (``repair_sara_am``'s), before ๆ or ฯ a word's end,
# and before an abbreviation (``โครงการ อสม.``) or a post (``... แก้วกาศ นิติกร``) a word's.
_SPACE_IN_THAI = regex.compile(
    r"(?<=[\u0e01-\u0e4e])(?<!(?:นาย|นาง|นางสาว|\()[\u0e01-\u0e4e]*) (?=[\u0e01-\u0e2e\u0e30\u0e31\u0e33-\u0e45\u0e47-\u0e4e])"
    r"(?![\u0e01-\u0e4e]+\.)(?!(?:รอง|ปลัด|นายก|ผู้|หัวหน้า|นัก|เจ้า|กรรมการ|ประธาน|สมาชิก|ครู|เลขานุการ|กำนัน|พนักงาน|ลูกจ้าง|นิติกร|อาจารย์|ตำแหน่ง|ตําแหน่ง))"
)
_THAI_LETTERS = regex.compile(r"[\u0e01-\u0e4e]+")
MENDED_GAIN = 1  # characters more in dictionary words once the space is gone (an orphan letter joined)


def _for_dictionary(run: str) -> str:
    """A run as the dictionary knows it: SARA AM written as NIKHAHIT and SARA AA (``ตําบล``)."""
    return run.replace("\u0e4d\u0e32", "\u0e33")


def mend_split_words(text: str) -> str:
    """A space OCR put inside a Thai word taken out, where the dictionary says so: the letters
    either side (a few words' worth) stand in dictionary words with at least ``MENDED_GAIN``
    characters more without the space than with it (``แนวทางป ฏิบัติ`` -> ``แนวทางปฏิบัติ``);
    a space between two words is kept (``ที่ประชุม รับทราบ``: no gain), and between names
    (a surname the family-name list knows, a given name the given-name list knows)."""
    out, last = [], 0
    # (each pair of Thai runs one character apart, once: the page is read in one pass)
    for before, after in itertools.pairwise(_THAI_LETTERS.finditer(text)):
        gap = before.end()
        if after.start() != gap + 1 or not _SPACE_IN_THAI.match(text, gap):
            continue
        end, start = before.group(), after.group()
        if len(end) < 2 or len(start) < 2:
            continue  # (a letter alone, ``สมัยแรก ค รังที่``, belongs with what stands on its other side)
        if start in _family_names() or end in _given_names():
            continue
        if start in _given_names() and end in _dictionary():
            continue  # a given name after a word (``กรรมการ พรรณี``); ``นาคประ เสริฐ`` is one name cut
        left, right = _for_dictionary(end[-WORD_WINDOW:]), _for_dictionary(start[:WORD_WINDOW])
        if _covered(left + right) >= _covered(left) + _covered(right) + MENDED_GAIN:
            out.append(text[last:gap])
            last = gap + 1
    return "".join(out) + text[last:] if out else text


def warm_up() -> None:
    """Load pythainlp's dictionary and word tokenizer (about 0.3 s, once per process)."""
    _word_score("คำสั่ง")


def repair_sara_am(text: str) -> str:
    """SARA AM as OCR misreads it, put back where the dictionary agrees: ``ค้าสั่ง`` ->
    ``คำสั่ง``, ``ค าสั่ง`` -> ``คำสั่ง``, and the other way, SARA AA read as SARA AM
    (``นางสำว`` -> ``นางสาว``); ``ห้าร้อย`` and ``น้ำ`` stay (no better reading)."""

    def candidates(run: str) -> list[str]:
        out = [run[: r.start()] + "\u0e33" + run[r.end() :] for r in _SARA_AM_READINGS.finditer(run)]
        out += [run[:i] + "\u0e32" + run[i + 1 :] for i, ch in enumerate(run) if ch == "\u0e33"]
        return out

    def fix_run(match: regex.Match[str]) -> str:
        run = match.group()
        if not _SARA_AM_READINGS.search(run) and "\u0e33" not in run:
            return run
        best, best_score = run, _word_score(run)
        if best_score[0] == 1.0 and not _SARA_AM_READINGS.search(run):
            return run  # every letter already in a dictionary word: nothing to repair
        for _ in range(6):  # one reading at a time, while the dictionary agrees more
            improved = False
            for candidate in candidates(best):
                score = _word_score(candidate)
                if score > best_score:
                    best, best_score, improved = candidate, score, True
            if not improved:
                break
        return best

    return _THAI_RUN.sub(fix_run, text)


# --- person names ----------------------------------------------------------------------------

_NAME_START = regex.compile(r"^[\u0e01-\u0e2e\u0e40-\u0e44]")  # a consonant or a leading vowel


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from pythainlp.corpus import thai_female_names, thai_male_names

    titles = {"นาย", "นาง", "นางสาว", "ว่าที่", "จ่า", "สิบ", "พัน", "ร้อย", "พระ", "หม่อม", "คุณ", "ด.ช.", "ด.ญ."}
    return (frozenset(thai_male_names()) | frozenset(thai_female_names())) - titles


@functools.lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    from pythainlp.corpus import thai_family_names

    return frozenset(thai_family_names())


def _known_split(name: str) -> str:
    """A name split where both halves are known (a given name and a family name of
    pythainlp's lists) when the split as read is not (``กัญญา รัตน์ศรีนวล`` ->
    ``กัญญารัตน์ ศรีนวล``, ``วีระพงษ์ศรี สุวรรณ`` -> ``วีระพงษ์ ศรีสุวรรณ``)."""
    given, surname = name.split(" ")
    names, families = _given_names(), _family_names()
    if given in names and surname in families:
        return name
    whole = given + surname
    for cut in range(2, len(whole) - 1):
        g, f = whole[:cut], whole[cut:]
        if g in names and f in families and _NAME_START.match(f):
            return f"{g} {f}"
    return name


def _resplit_name(name: str) -> str:
    """A name OCR split a few letters too late (``รัตนาภรณ์ชัย วงศ์``): when the first part is
    no known given name, the second is short for a surname and the whole splits after a
    known given name, it is split there (``รัตนาภรณ์ ชัยวงศ์``). Or split where both halves
    are known names when the split as read is not (``_known_split``)."""
    given, surname = name.split(" ")
    if regex.fullmatch(r"[\u0e01-\u0e4e]+", given + surname) and (known := _known_split(name)) != name:
        return known
    names = _given_names()
    if given in names or len(surname) > 4 or not regex.fullmatch(r"[\u0e01-\u0e4e]+", given + surname):
        return name
    fixed = split_glued_name(given + surname)
    return fixed if fixed.split(" ")[0] in names and len(fixed.split(" ")[0]) < len(given) else name


def split_glued_name(name: str, respace: bool = True) -> str:
    """``given surname`` for a name OCR or a text layer glued together (``อำไพป้องภัย`` ->
    ``อำไพ ป้องภัย``): the longest known given name (pythainlp's name lists) that leaves a
    surname of four letters or more. Names with a space, or no known given name, stay; a
    name with one space is split again (``_resplit_name``) when ``respace`` (OCR'd text)."""
    if name.count(" ") == 1:
        return _resplit_name(name) if respace else name
    if " " in name or len(name) < 6 or not regex.fullmatch(r"[\u0e01-\u0e4e]+", name):
        return name
    names = _given_names()
    if name in names:  # a given name alone (สุดารัตน์), not a glued pair
        return name
    for cut in range(len(name) - 4, 1, -1):
        given, surname = name[:cut], name[cut:]
        if given in names and _NAME_START.match(surname):
            return f"{given} {surname}"
    return name
