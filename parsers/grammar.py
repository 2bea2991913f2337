"""Line and table shapes more than one document type reads: a scan's specks, openings (a
line's text, lines ahead, headings), meeting headings (title, date and venue lines), name-list
tables (header, row numbers). Where a line's cells stand is ``Line.cells`` (``pipeline.layout``).

Document-type modules import these; this module imports no document type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from pipeline.layout import display_columns
from pipeline.model import Line
from pipeline.normalize import clean
from pipeline.thai import find_date

# --- a scan's specks -----------------------------------------------------------------------------

_THAI_WORD = regex.compile(r"[\u0e01-\u0e4e]{3}")
# ... nor a Latin word or a Buddhist-era year (``No Gift Policy | ก.ย. ๒๕๖๙``: a cell's wrapped rest)
_OTHER_WORD = regex.compile(
    # (two Latin words with vowels, as the genre prints them: ``No Gift Policy``, ``Line OA``, not a
    # signature's ``Anuw`` or ``llll``; a month's abbreviation with its year)
    r"(?<![A-Za-z])(?=[A-Za-z]*[AEIOUaeiou])[A-Za-z]{2,}\s+(?=[A-Za-z]*[AEIOUaeiouY])[A-Za-z]{2,}"
    r"|[ก-ฮ]\.\s?[ก-ฮ]\.\s*(?:25)?\d\d(?!\d)"
)


def specks_only(text: str) -> bool:
    """Whether a line (or a row's cells) is only what a scan made of specks, a stamp's edge or
    a signature's tail (``ฆ a | ม | ow ป09``, ``ข    4``): no three Thai letters in a row, no
    Latin words and no month's year."""
    return not _THAI_WORD.search(text) and not _OTHER_WORD.search(text)


# --- openings (the document types' opening rules, for segment) ----------------------------------

LOOKAHEAD = 6
# Lines that end minutes or an order: after them the same heading opens a new document.
DOCUMENT_END = regex.compile(
    r"^(?:(?:เลิก|ปิด)\s*(?:การ\s*)?ประชุม|สั่ง\s*ณ\s*วันที่|ให้ไว้\s*ณ\s*วันที่|.*ผู้\s*(?:จด|ตรวจ|บันทึก)\s*รายงาน)"
)


def line_text(lines: Sequence[Line], i: int) -> str:
    """Line ``i``'s text with its cells and spaces as single spaces ("" past either end)."""
    return " ".join(lines[i].text.split()) if 0 <= i < len(lines) else ""


def ahead(lines: Sequence[Line], i: int, pattern: regex.Pattern[str], n: int = LOOKAHEAD) -> bool:
    """One of the ``n`` lines after line ``i`` has ``pattern``."""
    return any(pattern.search(line_text(lines, j)) for j in range(i + 1, min(len(lines), i + 1 + n)))


def single_cell(line: Line) -> bool:
    """A heading, not a table row: one non-empty cell (an indent may have become a tab)."""
    return sum(1 for cell in line.text.split("\t") if cell.strip()) == 1


# A document's subject line (``เรื่อง ...``) with something after the label; the label itself.
# The Garuda emblem's placeholder above or before an official title, as typed (``(ครุฑ)``,
# ``[ตราครุฑ]``) and as a scan reads it (``(คร ฑ)``).
GARUDA = r"[(\[]?\s*(?:ตรา\s*)?ค\s?ร\s?[\u0e38\u0e39]?\s?ฑ\s*[)\]]?"
SUBJECT_LINE = regex.compile(r"^เรื่อง\s*\S")
SUBJECT_LABEL = regex.compile(r"^เรื่อง\s*[:：]?\s*")


def continues_paragraph(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` carries on the prose of the line above: same page, no blank line between, and
    both are long (a wrapped body line that happens to begin with a title's words, such as
    ``แผนปฏิบัติการป้องกันการทุจริต เพื่อจัดทำ...``)."""
    if i == 0 or lines[i - 1].page_no != lines[i].page_no or lines[i].index - lines[i - 1].index > 1:
        return False
    return display_columns(line_text(lines, i - 1)) >= 60 and display_columns(line_text(lines, i)) >= 60


def page_top(lines: Sequence[Line], i: int) -> bool:
    """Among the first three lines of its page (a heading, not a sentence in the body)."""
    page = lines[i].page_no
    return sum(1 for j in range(max(0, i - 3), i) if lines[j].page_no == page) < 3


def dated_line(lines: Sequence[Line], pattern: regex.Pattern[str]) -> dt.date | None:
    """The date on the first line that has ``pattern`` and a date (``ประกาศ ณ วันที่ ...``,
    ``ข้อมูล ณ วันที่ ...``)."""
    for line in lines:
        if pattern.search(line.text):
            found = find_date(line.text)
            if found:
                return found
    return None


# --- meeting headings (minutes, attendance sheets) ------------------------------------------------

# The days a meeting's date line names (``วันจันทร์ที่ ...``), and ณ as a word of its own (the
# venue's ``ณ ห้องประชุม...``, not the ณ that starts a word).
WEEKDAY_WORDS = r"จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์"
AT_WORD = r"(?:^|(?<=\s))ณ(?![\u0e30-\u0e3a\u0e47-\u0e4e])"
# Where a heading line stops being the title: session, fiscal year, sitting, date, time, venue.
# (the office's address after its name ends the title too: ``... อำเภอควนขนุน จังหวัดพัทลุง``)
HEADING_CUT = regex.compile(
    # (and the first sitting named before its number: ``การประชุมสภาเทศบาลครั้งแรก  ครั้งที่ 1/2569``)
    r"\s+(?:อำเภอ|อ\.)\s?\S+\s+(?:จังหวัด|จ\.)|(?:^|\s+)การ\s*ประชุม\S*\s*ครั้ง\s*แรก|\s*(?:ครั้ง\s*ที่|ประจำ\s*เดือน\s*\S{3,12}\s*(?:พ\.\s?ศ\.\s*)?\d{4}|ประจำ\s*ปี\s*(?:งบ\s*ประมาณ)?\s*(?:พ\.\s?ศ\.)?\s*\d|สมัย\s*(?:สามัญ|วิสามัญ|ประชุม|ที่)|"
    rf"(?:ใน|เมื่อ)?\s*วัน(?:ที่|{WEEKDAY_WORDS})|เวลา\s*[:：]?\s*\d|{AT_WORD}(?=\s|ห้อง|อาคาร|ศาลา|หอประชุม|ที่ทำการ|สำนักงาน))"
)
DATE_LINE = regex.compile(rf"^(?:ใน|เมื่อ)?\s*วัน\s*(?:ที่|{WEEKDAY_WORDS})|^เวลา\s*[:：]?\s*\d")
# (``สถานทิ``: a scan's marks)
VENUE = regex.compile(
    rf"{AT_WORD}\s*(?P<venue>\S.*)$|^สถาน\s*ท[\u0e34\u0e35\u0e48]{{1,3}}\s*(?:ประชุม)?\s*[:：]?\s*(?P<venue>\S.*)$"
)
ASTERISK_NOISE = regex.compile(r"\*[^*\n]{0,60}\*")
# A name column's header, ชื่อ as OCR reads it too (``ชื่ -สกุล``, ``ซือ สกุล``).
NAME_COLUMN = regex.compile(r"[ชซ]\u0e37?\u0e48?อ?\s*[-–]?\s*(?:สกุล|นามสกุล)")
# A name list's header row (``ที่ | ชื่อ - สกุล | ตำแหน่ง``; ``ที | ...``, ``๑๑ | ...``: its
# first cell as OCR reads it) and its rows' numbers.
NAME_LIST_HEADER = regex.compile(
    rf"^(?:[^\t ]{{0,6}}[\t ])?\s*{NAME_COLUMN.pattern}|^ลำดับ(?:ที่)?\s*\t"
    # (``ที | ชือ | ตำแหน่ง``: a scan lost ``- สกุล`` and the marks; ``ชื่อ-ana | หมู่ที | ตำแหน่ง...``
    # garbled it, a short column between)
    r"|^(?:[^\t ]{0,6}\s*\t\s*)?[ชซ]\u0e37?\u0e48?อ[^\t]{0,14}\t(?:[^\t\d]{1,10}\t)?\s*ตำแหน่ง"
)
# (also ``(๑)``; a scan's doubled dot or comma after it: ``๑.. นาย...``, ``๒, นาง...``)
ROW_NUMBER = regex.compile(r"^(?:\((?=\d{1,3}\)))?(?P<no>\d{1,3})\s*(?:\.{1,2}|[),])?(?:\s+|\t|$|(?=\D))")


def flat(line: Line | str) -> str:
    text = line.text if isinstance(line, Line) else line
    return clean(ASTERISK_NOISE.sub(" ", text.replace("\t", " "))) or ""


TIME_ONLY = regex.compile(r"(?:เวลา\s*)?\d{1,2}\s*[.:]\s*\d{2}\s*(?:น\.?|นาฬิกา)?(?:\s*[-–]\s*\d{1,2}\s*[.:]\s*\d{2}\s*(?:น\.?)?)?")


def heading_title(lines: Sequence[str]) -> str | None:
    """The title part of heading lines: each line up to its session, date or venue words."""
    parts: list[str] = []
    for text in lines[:6]:
        if DATE_LINE.match(text) or TIME_ONLY.fullmatch(text.strip()):
            continue  # (a time alone: the date line's end wrapped, ``เวลา`` / ``09.30 น.``)
        if text.startswith(("ณ", "สถาน")) and VENUE.match(text):
            break
        cut = HEADING_CUT.search(text)
        if cut and cut.group().lstrip().startswith(("อำเภอ", "อ.")) and not OFFICE_BEFORE.search(" ".join([*parts, text[: cut.start()]])):
            # (a district's network, a village's forum: the place is the title's, no office's address)
            cut = HEADING_CUT.search(text, cut.end())
        kept = clean((text[: cut.start()] if cut else text).strip(" :-–").rstrip(" ([-–"))
        if kept and parts and kept.startswith("รายงานการประชุม") and len(kept) > RUNNING_HEADER_MIN and parts[0].startswith(kept):
            # the page's running header over the minutes' own title, which opens as it does
            # (``รายงานการประชุมคณะกรรมการ... อบจ.บางทะเล ครั้งที่ ๓`` over ``รายงานการประชุมคณะกรรมการ...``)
            parts = []
        if kept:
            parts.append(kept)
    return clean(" ".join(parts))


RUNNING_HEADER_MIN = 24  # characters: a title line this long repeating the first line's opening


# (the office's name and its place's name after it, spaced or not: ``สภาเทศบาลตำบล บ้านนา``)
OFFICE_BEFORE = regex.compile(
    r"(?:เทศบาล|องค์การบริหารส่วน|อบ[ตจ]\.|ทต\.|ทม\.|ทน\.|สภา\s*ตำบล|โรงพยาบาล|รพ\.\s?สต\.|โรงเรียน|ศูนย์พัฒนาเด็กเล็ก)\S*(?:\s+\S+)?\s*$"
)
