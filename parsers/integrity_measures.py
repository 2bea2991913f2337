"""Parser for integrity_measures documents (มาตรการส่งเสริมคุณธรรมและความโปร่งใส, ITA reports).

Only the ``documents`` row is this parser's: the scores and measures tables inside are read
by the embedded extractors (``parsers.ita_scores``, ``parsers.measures``), which run on these
documents like on any other.

The title is the heading at the top, with the lines that go on with it (``ประจำปีงบประมาณ ...``,
``ของ...``) but not the office's own line. Such reports carry no date of their own; a date is
taken only from an announcement or data line (``ประกาศ ณ วันที่``, ``ข้อมูล ณ วันที่``), never
from a meeting or event mentioned in the body.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from parsers.common import document_organization, document_row
from parsers.doctype import DocumentType
from parsers.grammar import SUBJECT_LABEL, dated_line, line_text, page_top, single_cell
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import clean
from pipeline.thai import find_fiscal_year

TITLE_GOES_ON = regex.compile(r"^(?:ประจำ\s*ปี|ปี\s*งบ\s*ประมาณ|พ\.\s?ศ\.|ของ|และ|ใน\s*การ|\(|ภายใน\s*หน่วยงาน)")
OFFICE_LINE = regex.compile(r"^(?:องค์การบริหารส่วน|อบ[ตจ]\.|เทศบาล|กรุงเทพมหานคร|เมืองพัทยา|อำเภอ|จังหวัด)")
SECTION = regex.compile(r"^(?:\d{1,2}\s*[.)]|ส่วนที่|บทที่|หลักการ|ความเป็นมา)")
DATED = regex.compile(r"(?:ประกาศ|ข้อมูล|รายงาน|สั่ง)\s*ณ\s*วันที่")
TITLE_MAX_LINES = 4
TITLE_MAX_LENGTH = 250


def title_of(lines: Sequence[Line]) -> str | None:
    """The heading: first line and the lines that continue it; an announcement's subject
    (``ประกาศเทศบาล...`` / ``เรื่อง มาตรการ...``) and the year line under it."""
    if not lines:
        return None
    if ANNOUNCEMENT.match(line_text(lines, 0)) and SUBJECT_LABEL.match(line_text(lines, 1)):
        lines = [Line(text=SUBJECT_LABEL.sub("", line_text(lines, 1)), page_no=lines[1].page_no), *lines[2:]]
    parts = [lines[0].text.replace("\t", " ")]
    for line in lines[1:TITLE_MAX_LINES]:
        text = clean(line.text.replace("\t", " ")) or ""
        if OFFICE_LINE.match(text) or SECTION.match(text) or not TITLE_GOES_ON.match(text):
            break
        if len(" ".join(parts)) + len(text) > TITLE_MAX_LENGTH:
            break
        parts.append(text)
    return clean(" ".join(parts))


def parse(segment: Segment) -> Parsed:
    title = title_of(segment.lines)
    head = " ".join(line.text.replace("\t", " ") for line in segment.lines[:TITLE_MAX_LINES])
    document = document_row(
        segment,
        title=title,
        organization=document_organization(segment),
        doc_date=dated_line(segment.lines, DATED),
        fiscal_year=find_fiscal_year(title or "") or find_fiscal_year(head),
    )
    return Parsed(document=document)


# --- where the report opens (segment), or what it holds when it opens without its title -----------

OPENING_TITLE = regex.compile(
    r"^(?:มาตรการ\s*(?:ส่งเสริม\s*คุณธรรม|ป้องกัน\s*การ\s*ทุจริต|ยกระดับ)|"
    r"(?:รายงาน\s*)?(?:ผล\s*)?การ\s*(?:วิเคราะห์\s*)?(?:ผล\s*)?(?:การ\s*)?ประเมิน\s*คุณธรรม|"
    r"รายงานผลการดำเนินการตามมาตรการ)"
)
# An office's announcement (``ประกาศเทศบาลตำบล...``) whose subject is integrity measures.
ANNOUNCEMENT = regex.compile(r"^ประกาศ\s*(?:เทศบาล|องค์การ|อบต|อบจ|สำนัก|กอง|จังหวัด|อำเภอ)")
ANNOUNCED_MEASURES = regex.compile(rf"{SUBJECT_LABEL.pattern}.*(?:มาตรการ|คุณธรรม|โปร่งใส|ทุจริต)")
ITA_CONTENT = regex.compile(r"\b(?:ITA|IIT|EIT|OIT)\b|มาตรการ\s*/\s*แนวทาง|คุณธรรมและความโปร่งใส")


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    text = line_text(lines, i)
    if current in ("integrity_measures",) or not single_cell(lines[i]) or len(text) >= 200:
        return False
    if ANNOUNCEMENT.match(text) and ANNOUNCED_MEASURES.search(line_text(lines, i + 1)):
        return True  # ``ประกาศเทศบาล...`` / ``เรื่อง มาตรการส่งเสริมคุณธรรม...``
    return bool(OPENING_TITLE.match(text)) and page_top(lines, i)


def untitled(lines: Sequence[Line]) -> bool:
    """An untitled document is an ITA report when ITA words recur in its first lines."""
    text = "\n".join(line.text for line in lines[:400])
    return len(ITA_CONTENT.findall(text)) >= 2


TYPE = DocumentType(name="integrity_measures", opens=opens, untitled=untitled, parse=parse)
