"""Parser for project detail sheets (ลำดับที่ N / 1. ชื่อโครงการ ... / 9. ผลผลิต/ผลลัพธ์).

Each sheet is a run of numbered sections whose order and wording vary between offices.
A section heading is recognised by its keyword (after an optional Thai or Arabic number,
with or without ``:``); everything up to the next heading is that section's content.
List sections (objectives, methods, outputs, outcomes) are split into items at their
markers; a sub-point (``1.1)`` inside item ``1)``, a ``-`` inside a numbered list) stays
in its item, and a numbered item left empty is dropped.

The sheets sit in their own segment, so they cannot see the plan's table: the parser
leaves ``project_seq`` empty and ``parsers.crossdoc.link_sheets_to_plan`` fills it
afterwards, matching each sheet's name to the rows of the plan in the same source.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex
from rapidfuzz import fuzz

from parsers.common import OFFICE_LINE_END, ORGANIZATION_RE, document_row, find_organization, join_text
from parsers.doctype import DocumentType
from parsers.grammar import ahead, line_text, single_cell
from parsers.vocabulary import SIGN
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import clean
from pipeline.thai import (
    MARK,
    MONTH_PATTERN,
    baht_in_words,
    find_fiscal_year,
    parse_money,
    period_range,
    spans_years,
    to_arabic_digits,
)
from schemas import Budget, ProjectSheet

# --- line grammar ---------------------------------------------------------------------------
# (the sheet's dimension may stand beside it on the line: ``ลำดับที่ ๑        มิติที่ ๒``)
_THI = "ท\u0e35\u0e48?"  # ที่, its tone mark as a scan may drop it
SHEET_START = regex.compile(
    rf"^(?:(?P<head>โครงการ\s*|กิจกรรม\s*)?ลำดับ\s*{_THI}|โครงการ\s*{_THI}|(?:แบบ\s*)?ราย\s?ละ\s?เอียด\s*(?:โครงการ|กิจกรรม)(?:\s*/\s*(?:โครงการ|กิจกรรม|มาตรการ))*\s*(?:{_THI}|ลำดับ\s*{_THI}))"
    # (``โครงการลำดับที่ 1 (มิติที่ 1)``, ``ลำดับที่ 3  (มิติ 1.2)``: a sub-dimension's code)
    rf"\s*(?P<no>\d{{1,3}})\s*(?:\(?\s*มิติ\s*(?:{_THI})?\s*\d(?:\.\d{{1,2}})?\s*\)?)?\s*$"
)
# ... and printed again over the sheet's next page (``โครงการลำดับที่ 1 (ต่อ)``): no new sheet, no text
SHEET_CONTINUED = regex.compile(rf"^(?:(?:โครงการ|กิจกรรม)\s*)?ลำดับ\s*{_THI}\s*\d{{1,3}}\s*\(\s*ต่อ\s*\)$")

# Section keywords, longest first within a field; each maps to a ProjectSheet field
# ("" for sections the contract has no column for: their text must not run into another).
SECTION_KEYWORDS: tuple[tuple[str, str], ...] = (
    # OCR reads ชื่อ as ซือ or ชือ; the word after it decides.
    ("name", r"[ชซ]\u0e37?\u0e48?อ\s*(?:โครงการ|กิจกรรม|มาตรการ)(?:\s*/\s*(?:กิจกรรม|มาตรการ))*"),
    ("rationale", r"หลักการ\s*(?:และ)?\s*เหตุผล|ความเป็นมา(?:และความสำคัญ)?|ที่มาและความสำคัญ|สภาพปัญหา"),
    ("objectives", r"วัตถุประสงค์(?:ของโครงการ)?"),
    ("target_group", r"กลุ่ม\s*เป้าหมาย|เป้าหมาย"),
    # (``๒. รหัสโครงการตามแผน  ๑.๑.๑ (มิติที่ ๑)``: the plan row's code, no column of its own)
    # (``มิติที่  : ๓ การส่งเสริม...``: the sheet's dimension labelled as its fields are, no field)
    ("", r"พื้นที่\s*(?:ดำเนินการ|เป้าหมาย)|สถานที่\s*ดำเนินการ|ความ\s*สอดคล้อง|รหัส\s*(?:โครงการ|กิจกรรม)(?:\s*ตาม\s*แผน\S*)?|มิติ\s*ที่(?=\s*[:：])"),
    (
        "methods",
        r"(?:ขั้นตอน\s*(?:/\s*)?(?:วิธี)?(?:การ)?|วิธี\s*(?:/\s*)?(?:ขั้นตอน)?(?:การ)?)\s*(?:ดำเนิน\s*(?:การ|งาน))?(?:\s*/\s*ขั้นตอน)?",
    ),
    ("period", r"ระยะ\s*เวลา\s*(?:ใน\s*การ)?\s*(?:ดำเนิน\s*(?:การ|งาน))?(?:โครงการ)?"),
    ("budget", r"งบ\s*ประ\s?มา\s?ณ(?:\s*(?:ที่ใช้)?\s*(?:ใน\s*การ)?\s*(?:ดำเนิน\s*(?:การ|งาน))?)?(?:โครงการ)?"),
    ("responsible", r"(?:หน่วยงาน|ผู้)\s*(?:ที่)?\s*รับผิดชอบ(?:โครงการ)?"),
    # (``ตัวชี้วัดผลผลิต (Output)``, ``ตัวชี้วัดความสำเร็จ (ผลผลิต)``)
    ("outputs", r"ตัวชี้วัด\s*(?:ความ\s*สำเร็จ)?\s*\(\s*ผลผลิต\s*\)|(?:ตัวชี้วัด\s*)?ผลผลิต"),
    ("outcomes", r"ตัวชี้วัด\s*และ\s*ผล\s*ที่\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ|ผล\s*ที่\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ\s*\(\s*ผลลัพธ์\s*\)|(?:ตัวชี้วัด\s*)?ผลลัพธ์\s*(?:ที่\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ)?|ผล\s*ที่\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ|ประโยชน์\s*ที่\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ"),
    # ``ตัวชี้วัด`` alone: the outcomes where the sheet has no outcomes section of its own
    ("indicators", r"ตัวชี้วัด(?:\s*ความ\s*สำเร็จ)?"),
    ("", r"การ\s*ติดตาม(?:และ)?\s*ประเมินผล|การประเมินผล"),
)
# Each mark in the keywords optional: a scan drops marks above and below the line
# (``สถานทีดำเนินการ``, ``ผูรับผิดชอบ``); the number and the word order still say it is a heading.
_MARK_IN_PATTERN = regex.compile(rf"({MARK.pattern})(?![?*+{{])")
SECTION_PATTERNS = [
    (name, regex.compile("(?:" + _MARK_IN_PATTERN.sub(r"\1?", pattern) + ")")) for name, pattern in SECTION_KEYWORDS
]
SECTION_NUMBER = regex.compile(r"^(?P<no>\d{1,2}(?:\.\d{1,2})?)\s*[.)]?\s*")
# A section number OCR turned into letters (``ฆ.`` or ``Ge.`` for ๗. and ๙.), or a Thai letter
# numbering (``ข.``): still a number when a section keyword follows.
# (``«.`` for ๙.; a letter's dot read as a vowel below it, ``ซู.`` / ``ชุ งบประมาณ`` for ช.)
LETTER_NUMBER = regex.compile(
    r"^(?P<no>[A-Za-z\u0e01-\u0e2e«»@©®]{1,3})(?:[\u0e38\u0e39]?\s*[.)]|(?<=^[ก-ฮ])[\u0e38\u0e39](?=\s))\s*"
)
HEADING_END = regex.compile(r"^\s*(?:[:：\-–]\s*|/\s*|\s+|$)")
# The heading a sheet's page repeats above it (its title, the plan it details, its dimension).
# The sheets' own title above the first one (``รายละเอียดโครงการตามแผนปฏิบัติการ...``).
SHEETS_TITLE = regex.compile(r"^(?:แบบ\s*)?ราย\s?ละ\s?เอียด\s*(?:ของ\s*)?(?:โครง\s?การ|กิจ\s?กรรม)")  # (``รายละ เอียด``, ``โครง การ``: a scan)
SHEET_PAGE_HEADING = regex.compile(
    rf"{SHEETS_TITLE.pattern}|^ตาม\s*แผน\s*ปฏิบัติ\s*การ|^มิติ\s*ที่\s*\*?\d"
)
# ``ผลผลิต (Output)``, ``ผลลัพธ์ (Outcomes)``: the heading's English gloss.
ENGLISH_LABEL = regex.compile(r"^\s*\(\s*(?:Outputs?|Outcomes?|Objectives?|Targets?|KPIs?)\s*\)", regex.IGNORECASE)
LIST_FIELDS = frozenset({"objectives", "methods", "outputs", "outcomes", "indicators", "target_outputs"})

# List item markers: "- 1)", "1)", "(1)", "1.", "3.1", "3.1)", "-", "•".
ITEM_MARKER = regex.compile(
    r"^(?:[-–•●▪]\s*)?(?:\((?P<paren>\d{1,2})\)|(?P<close>\d{1,2})\)|(?P<dotted>\d{1,2}(?:\.\d{1,2})+)\s*[.)]?|(?P<dot>\d{1,2})\.(?!\d))\s*"
    r"|^(?P<dash>[-–•●▪])\s*"
)


@dataclass(slots=True)
class Item:
    marker: str  # "close", "paren", "dot", "dotted", "dash" or "" (no marker)
    number: str | None
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str | None:
        return join_text(self.parts)


@dataclass(slots=True)
class SheetDraft:
    sheet_no: int
    page_no: int
    texts: dict[str, list[str]] = field(default_factory=dict)
    items: dict[str, list[Item]] = field(default_factory=dict)
    opened: list[str] = field(default_factory=list)  # its sections in the order they were opened

    def outcomes(self) -> list[str]:
        """The outcomes, with a ``ตัวชี้วัด`` section's items where they stand, unless the sheet
        has outputs and outcomes of its own (then the indicators are neither)."""
        outcomes, indicators = self.list_items("outcomes"), self.list_items("indicators")
        if outcomes and (self.list_items("outputs") or indicators):
            return outcomes  # (beside outcomes of its own, a ``ตัวชี้วัด`` section is the outputs)
        if "indicators" in self.opened and "outcomes" in self.opened and self.opened.index("outcomes") < self.opened.index("indicators"):
            return outcomes + indicators
        return indicators + outcomes

    def outputs(self) -> list[str]:
        """The outputs; where the sheet has none but has outcomes of its own (``ผลที่คาดว่าจะ
        ได้รับ``), its ``ตัวชี้วัด`` section's items (``ผู้เข้ารับการอบรมไม่น้อยกว่า 36 คน``)."""
        outputs = self.list_items("outputs")
        if not outputs and self.indicators_beside_outcomes():
            return self.list_items("indicators")
        if not outputs:
            outputs = self.list_items("target_outputs")
        return outputs

    def indicators_beside_outcomes(self) -> bool:
        """Whether the sheet's ``ตัวชี้วัด`` items stand beside outcomes of its own (``ตัวชี้วัด/
        ผลลัพธ์``, the ป.ป.ช. template's tenth heading): they are its outputs."""
        return bool(self.list_items("indicators") and self.list_items("outcomes"))

    def target_group(self) -> str | None:
        """The target group: its own section's, or ``เป้าหมาย/ผลผลิต``'s where the sheet has
        outputs of its own (or indicators beside its outcomes)."""
        if own := self.text("target_group"):
            return own
        has_outputs = bool(self.list_items("outputs")) or self.indicators_beside_outcomes()
        return join_text(self.list_items("target_outputs")) if has_outputs else None

    def text(self, name: str) -> str | None:
        return join_text(self.texts.get(name, []))

    def list_items(self, name: str) -> list[str]:
        return [text for item in self.items.get(name, []) if (text := item.text)]


def match_heading(text: str) -> tuple[str, str, str | None] | None:
    """(field, rest of the line, section number) when ``text`` opens a section."""
    number_match = SECTION_NUMBER.match(text) or LETTER_NUMBER.match(text)
    number = number_match["no"] if number_match else None
    body = text[number_match.end() :] if number_match else text
    for name, pattern in SECTION_PATTERNS:
        match = pattern.match(body)
        if not match:
            continue
        if name == "target_group" and regex.match(r"\s*/\s*ผลผลิต", body[match.end() :]):
            # ``เป้าหมาย/ผลผลิต``: the sheet's outputs where its target is named apart, its target
            # where its outputs are (``๑๐.๑ ผลผลิต`` under its indicators, the ป.ป.ช. template)
            name = "target_outputs"
        if name == "indicators" and (paired := regex.match(r"\s*/\s*(ผลผลิต|ผลลัพธ์)", body[match.end() :])):
            name = "outputs" if paired[1] == "ผลผลิต" else "outcomes"  # ``ตัวชี้วัด/ผลผลิต``
        end_of_label = match.start() + len(match.group().rstrip())  # (its optional words may take a space)
        tail = ENGLISH_LABEL.sub("", combined_heading_tail(body[end_of_label:]), count=1)
        end = HEADING_END.match(tail)
        if not end:
            continue
        rest = tail[end.end() :].strip()
        if number is None and rest and not regex.match(r"^\s*[:：]", tail) and not labelled_value(name, rest):
            # Unnumbered: only a bare heading or "heading : content" (not a sentence), but
            # for the one-line fields, whose value follows (``ชื่อโครงการ โครงการ...``).
            continue
        if number is not None and "." in number and name not in ("outputs", "outcomes", "indicators"):
            continue
        return name, rest, number
    if number is not None and "." not in number:
        return garbled_heading(body, number)
    return None


# A numbered section's label as printed, for one a scan garbled past the patterns
# (``๕)วิธีดำเป็นการ`` for วิธีดำเนินการ).
PRINTED_LABELS: tuple[tuple[str, str], ...] = (
    ("rationale", "หลักการและเหตุผล"),
    ("objectives", "วัตถุประสงค์"),
    ("target_group", "กลุ่มเป้าหมาย"),
    ("methods", "วิธีดำเนินการ"),
    ("methods", "ขั้นตอนการดำเนินงาน"),
    ("period", "ระยะเวลาดำเนินการ"),
    ("budget", "งบประมาณ"),
    ("responsible", "ผู้รับผิดชอบโครงการ"),
    ("outcomes", "ผลที่คาดว่าจะได้รับ"),
)
LABEL_MATCH = 80  # rapidfuzz ratio of a numbered line's first word to a printed label


def garbled_heading(body: str, number: str) -> tuple[str, str, str | None] | None:
    """(field, rest, number) of a numbered line whose first word is nearly a section's label."""
    word, _, rest = body.strip().partition(" ")
    word = word.rstrip(":：")
    if len(word) < 6:
        return None
    best = max(PRINTED_LABELS, key=lambda label: fuzz.ratio(word, label[1]))
    if fuzz.ratio(word, best[1]) < LABEL_MATCH:
        return None
    return best[0], rest.strip().lstrip(":：").strip(), number


def labelled_value(name: str, rest: str) -> bool:
    """Whether an unnumbered heading's ``rest`` is its one-line field's value: a project's
    name, a period, an amount (or no budget), a responsible office."""
    if name == "budget":
        return bool(regex.match(r"[\d๐-๙]|ไม่\s*ใช้", rest))
    return name in ("name", "period", "responsible")


def gapped_heading(raw: str) -> tuple[str, str, str | None] | None:
    """An unnumbered heading with its value after a column gap on the same line
    (``ชื่อโครงการ  โครงการเยาวชน...``, ``งบประมาณ  ๑๕,๐๐๐ บาท``)."""
    parts = regex.match(r"^\s*(?P<label>\S.*?)(?:\t+|\s{2,})(?P<value>\S.*)$", raw)
    if not parts:
        return None
    heading = match_heading(clean(parts["label"]) or "")
    if heading is None or heading[1]:
        return None
    value = clean(parts["value"].replace("\t", " ")) or ""
    inner = match_heading(value) if heading[0] == "outcomes" else None
    if inner is not None and inner[0] in ("outputs", "outcomes"):
        # ``ผลที่คาดว่าจะได้รับ | ผลผลิต (Output)``: the heading's first sub-heading beside it
        return inner[0], inner[1], heading[2]
    return heading[0], value, heading[2]


def combined_heading_tail(tail: str) -> str:
    """What follows a heading such as ``ผลผลิต/ผลลัพธ์`` or ``เป้าหมาย/ผลผลิต`` after all its keywords."""
    while True:
        slash = regex.match(r"\s*/\s*", tail)
        if not slash:
            return tail
        after = tail[slash.end() :]
        keyword = next((m for _, pattern in SECTION_PATTERNS if (m := pattern.match(after))), None)
        if keyword is None:
            return tail
        tail = after[keyword.end() :]


def split_item(text: str) -> tuple[str, str | None, str] | None:
    """(marker kind, number, rest) when ``text`` starts with a list marker."""
    match = ITEM_MARKER.match(text)
    if not match:
        return None
    for kind in ("paren", "close", "dotted", "dot", "dash"):
        if match[kind] is not None:
            number = None if kind == "dash" else match[kind]
            return kind, number, text[match.end() :].strip()
    return None


@dataclass(slots=True)
class ListReader:
    """Items of one list section: a new item at a marker of the list's own kind."""

    items: list[Item]
    kind: str | None = None
    started: bool = False  # a heading always opens a new item, also in a field already filled

    def add(self, text: str, new_row: bool = False) -> None:
        """``new_row``: the text opens a row of a table pairing two sections (an item, with or
        without a marker)."""
        marker = split_item(text)
        current = self.items[-1] if self.items and self.started and not new_row else None
        self.started = True
        if marker is None or current is None:
            if current is None:
                kind, number, rest = marker if marker else ("", None, text)
                self.kind = kind
                self.items.append(Item(kind, number, [rest]))
            else:
                current.parts.append(text)
            return
        kind, number, rest = marker
        if self.is_new_item(kind, number, current):
            self.items.append(Item(kind, number, [rest]))
        elif kind == "dash":
            # A bullet inside a numbered item: its words stay in the item, the bullet does not.
            current.parts.append(rest)
        else:
            current.parts.append(text)

    def is_new_item(self, kind: str, number: str | None, current: Item) -> bool:
        if kind == "dotted" and number is not None:
            parent = number.rsplit(".", 1)[0]
            return parent != current.number
        if kind == "dash":
            return self.kind in ("dash", "")
        if self.kind == "":
            self.kind = kind
            return True
        if kind == self.kind:
            return True
        previous = current.number
        return previous is not None and previous.isdigit() and number == str(int(previous) + 1)


@dataclass(slots=True)
class SheetReader:
    """State machine over a project_sheets segment: sheets, then sections inside each."""

    sheets: list[SheetDraft] = field(default_factory=list)
    section: str | None = None
    lists: dict[str, ListReader] = field(default_factory=dict)
    first_column_only: bool = False  # the section is a table: its items are the first column
    step_column: int = 0  # ... or the second, after a column of step numbers (``ขั้นตอนที่ | กิจกรรม | ...``)
    paired: tuple[str, str] | None = None  # a table of two sections side by side (outputs | outcomes), a column each
    # the sheets' title printed again after a sheet's sections: a new sheet opens if an
    # unlabelled name or a first section follows (a scan may have lost its ``ลำดับที่ N``)
    titled_again: bool = False
    # the lines being read and where: a numbered project name opens a sheet only over a
    # lettered section, which the lines after it say
    lines: list[Line] = field(default_factory=list)
    at: int = 0

    def read(self, lines: Iterable[Line]) -> None:
        self.lines = unfolded_forms(list(lines))
        for at, line in enumerate(self.lines):
            self.at = at
            self.read_line(line)

    def read_line(self, line: Line) -> None:
        text = clean(line.text.replace("\t", " "))
        if not text:
            return
        if SHEET_CONTINUED.match(text):
            return
        start = SHEET_START.match(text)
        if start and start["head"] and not ahead(self.lines, self.at, NAME_SECTION, 3):
            start = None  # (``โครงการลำดับที่ 7`` under a reference to the development plan, a sub-activity's ``กิจกรรมลำดับที่ 1``)
        if start:
            self.open_sheet(int(start["no"]), line.page_no)
            return
        if SHEET_PAGE_HEADING.match(text) or SIGN.match(text):
            self.section = None  # the next sheet's page heading or the signatures: the last section is done
            self.titled_again = bool(SHEETS_TITLE.match(text)) and (not self.sheets or bool(self.sheets[-1].opened))
            return
        row = [clean(cell) or "" for cell in line.text.rstrip().split("\t")] if "\t" in line.text.rstrip() else []
        pair = paired_sections(row) if self.sheets else None
        if pair is not None:
            # ``ผลผลิต (Output) | ผลลัพธ์ (Outcome)``, ``วัตถุประสงค์ | ตัวชี้วัด``: a table pairing
            # two sections, a column each (what the heading above it opened is in the table)
            self.paired = pair
            for section in pair:
                self.lists.pop(section, None)
                self.sheets[-1].items.pop(section, None)
                if section not in self.sheets[-1].opened:
                    self.sheets[-1].opened.append(section)
            return
        if self.paired is not None and row:
            for cell, section in zip(row, self.paired, strict=False):
                if cell:
                    self.section = section
                    # (a row of objectives beside their indicators, each numbered, opens an item in each;
                    # outputs beside outcomes wrap together, a row no new item)
                    self.add(cell, new_row=self.paired == ("objectives", "indicators") and split_item(row[0]) is not None)
            return
        self.paired = None
        heading = match_heading(text) or gapped_heading(line.text)
        if heading is None and (named := self.numbered_name(text)):
            # ``๒. โครงการ...`` over lettered sections (``ก. หลักการและเหตุผล``): the next sheet, its name
            self.open_sheet(int(named["no"]), line.page_no)
            self.sheets[-1].texts["name"] = [named["name"]]
            self.section = None
            return
        if self.titled_again and (UNLABELLED_NAME.match(text) or (heading and heading[2] == "1")):
            self.open_sheet(self.sheets[-1].sheet_no + 1 if self.sheets else 1, line.page_no)
        if heading or UNLABELLED_NAME.match(text):
            self.titled_again = False
        if heading:
            name, rest, _ = heading
            if name == "name" and self.sheets and self.sheets[-1].texts.get("name"):
                self.open_sheet(self.sheets[-1].sheet_no + 1, line.page_no)
            elif not self.sheets:
                self.open_sheet(1, line.page_no)
            self.section = name
            if name not in self.sheets[-1].opened:
                self.sheets[-1].opened.append(name)
            self.lists.pop(name, None)
            # ``ขั้นตอนการดำเนินงาน | ช่วงเวลา``: the heading is a table's header, its steps the
            # first column, the rest (a month, a responsible office) no part of the item
            self.first_column_only = bool(rest) and "\t" in line.text and (
                bool(COLUMN_LABEL.fullmatch(rest)) or schedule_after_first(row)
            )
            self.step_column = 0
            if name == "methods" and "\t" in line.text and numbered_steps_header(row):
                # (``ขั้นตอน | กิจกรรม | ช่วงเวลา`` read as the methods' label: a table of numbered steps)
                self.first_column_only, self.step_column = True, 1
                return
            # (``วิธีดำเนินการ (แผนการดำเนินงาน)``, ``(ช่วงเวลาดำเนินกิจกรรม ปีงบประมาณ 2568)``: a caption
            # in brackets after the label, opening with a word, no item)
            captioned = bool(regex.fullmatch(r"\(\s*(?:[^()\d]{1,40}|[ก-ฮเแโใไ][^()]{1,60})\s*\)", rest))
            if rest and not self.first_column_only and not captioned:
                self.add(rest)
            return
        sheet = self.sheets[-1] if self.sheets else None
        if sheet is not None and not sheet.opened and self.section is None:
            if not sheet.texts.get("name") and UNLABELLED_NAME.match(text):
                # the project's name centred under the sheets' title, with no ``ชื่อโครงการ`` label
                sheet.texts["name"] = [text]
                return
            if sheet.texts.get("name") and len(text) <= NAME_REST:
                if OFFICE_ALONE.match(text) and not NAME_AWAITS.search(sheet.texts["name"][-1]):
                    return  # (the office's name centred under the project's: no part of it)
                sheet.texts["name"].append(text)  # (the centred name wrapped)
                return
        if (
            self.sheets
            and self.section in ("outcomes", "indicators", "outputs")
            and not self.explicit_outputs()
            and (kind := RESULT_KIND.match(text))
        ):
            # ``เชิงปริมาณ  - ...`` / ``เชิงคุณภาพ  - ...`` under the expected results: the
            # quantities are outputs, the qualities outcomes
            self.section = "outputs" if kind["kind"].startswith("ปริมาณ") else "outcomes"
            self.lists.pop(self.section, None)
            if rest := text[kind.end() :].strip():
                self.add(rest)
            return
        if self.sheets and self.section == "methods" and numbered_steps_header(row):
            # ``ขั้นตอนที่ | กิจกรรม | ช่วงเวลา``: a table of steps by number; its steps are the
            # second column, a row without a number the wrapped rest of the step above
            self.first_column_only, self.step_column = True, 1
            return
        if self.sheets and self.section and STEP_LABEL.fullmatch(row[0] if row else "") and schedule_after_first(row):
            # ``ขั้นตอน/กิจกรรม | ม.ค. ๖๙ | ก.พ. ๖๙ | มี.ค. ๖๙``: a Gantt table's header; its steps
            # are the first column, the ticks under the months no part of them
            self.first_column_only = True
            return
        if self.first_column_only and schedule_after_first(row) and not row[0]:
            return  # the timetable header's second line (its months under the years)
        if self.section == "name" and (OTHER_LABEL.match(text) or OTHER_LABEL.match(line.text.strip())):
            # ``สอดคล้องกับ :  มิติที่ ๑ ...`` under the name: a field the contract keeps none for,
            # no wrapped rest of the name
            self.section = None
            return
        if self.sheets and self.section:
            # (a step table's row of a wrapped period alone, ``| | 2568``, is a row too)
            if self.first_column_only and ("\t" in line.text.strip() or (self.step_column and "\t" in line.text)):
                if self.section == "period":
                    return  # a timetable under the period (``7. ระยะเวลา... (ตามตาราง)``): its steps are no period
                cut = line.text.split("\t")
                if self.step_column and len(cut) > self.step_column:
                    if step := clean(cut[self.step_column]):
                        self.add(step, new_row=bool(cut[0].strip()))
                    return
                text = clean(line.text.strip().split("\t")[0]) or text
            self.add(text)

    def numbered_name(self, text: str) -> regex.Match[str] | None:
        """A project's numbered name opening the next sheet of sheets whose sections are
        lettered: the next number, and the sheet before it done (four sections or more)."""
        named = NUMBERED_NAME.match(text)
        if named is None or not ahead(self.lines, self.at, LETTERED_FIRST, NAME_AHEAD):
            return None  # (``2. กิจกรรมอบรม...`` among a sheet's numbered steps is a step)
        if not self.sheets:
            return named if named["no"] == "1" else None
        last = self.sheets[-1]
        return named if int(named["no"]) == last.sheet_no + 1 and len(last.opened) >= 4 else None

    def explicit_outputs(self) -> bool:
        """Whether the sheet has an outputs section of its own (then ``เชิงปริมาณ`` under its
        outcomes stays there): the split by kind is for one section of expected results."""
        return "outputs" in self.sheets[-1].opened

    def open_sheet(self, sheet_no: int, page_no: int) -> None:
        self.titled_again, self.paired = False, None
        self.sheets.append(SheetDraft(sheet_no=sheet_no, page_no=page_no))
        self.section = None
        self.lists = {}

    def add(self, text: str, new_row: bool = False) -> None:
        sheet = self.sheets[-1]
        name = self.section or ""
        if not name:
            return
        if name in LIST_FIELDS:
            reader = self.lists.get(name)
            if reader is None:
                reader = self.lists[name] = ListReader(sheet.items.setdefault(name, []))
            reader.add(text, new_row=new_row)
            return
        if name == "target_group" and not sheet.texts.get(name):
            marker = split_item(text)
            text = marker[2] if marker and marker[0] == "dash" else text
        sheet.texts.setdefault(name, []).append(text)


# A sheet typed as a ruled form: ``หัวข้อ | รายละเอียด`` (``ที่ | หัวข้อ | รายละเอียด``), a
# section a row, its label in the label column (wrapped over rows: ``หลักการ`` / ``และเหตุผล``),
# its text down the last column.
FORM_HEADER = regex.compile(r"^(?:(?:ที่|ลำดับ(?:\s*ที่)?)\t)?(?:หัว\s*ข้อ|รายการ)\tราย\s*ละ\s*เอียด$")
FORM_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})?\s*[.)]?$")  # (``5.1 | ผลผลิต``: a sub-field)
FORM_CONTINUED = regex.compile(r"^\(\s*ต่อ\s*\)$")


def unfolded_forms(lines: list[Line]) -> list[Line]:
    """The lines with each ruled form's rows read as sections: one line a section, its label
    (joined over the rows it wrapped on, after its number) and a colon before its text's first
    line, the text's other lines after it; the form's header (repeated on a later page) gives
    nothing. Lines outside forms stay as they are."""
    out: list[Line] = []
    width = 0
    field_at: Line | None = None
    number, label = "", ""
    texts: list[str] = []
    numbers = False  # the form numbers its rows

    def flush() -> None:
        nonlocal field_at
        if field_at is not None and label:
            head = f"{number}. {label}" if number else label
            # (a text opening with a section of its own, ``ผลผลิต (Output)`` under ``ผลที่คาดว่า
            # จะได้รับ``, stands on its line)
            inline = bool(texts) and match_heading(texts[0]) is None
            colon = " " if RESULT_KIND.match(label) and not number else " : "  # (``เชิงปริมาณ  - ...``, as typed)
            out.append(replace(field_at, text=f"{head}{colon}{texts[0]}" if inline else head))
            out.extend(replace(field_at, text=text) for text in texts[1 if inline else 0 :])
        field_at = None

    for line in lines:
        row = [clean(cell) or "" for cell in line.text.strip("\n").split("\t")]
        if FORM_HEADER.match("\t".join(row)):
            flush()
            width, numbers = len(row), False
            continue
        if width and len(row) > width and all(not c or FORM_CONTINUED.match(c) for c in row[width:]):
            row = row[:width]  # (``(ต่อ)`` at the foot of a page, right of the last cell)
        joined = " ".join(c for c in row if c)
        if SHEET_PAGE_HEADING.match(joined) or SHEET_START.match(joined) or SHEET_CONTINUED.match(joined) or SIGN.match(joined):
            width = 0  # the next sheet's title over the form (centred: an indent read as an empty cell), or the signatures
        if width and 2 <= len(row) < width:
            row += [""] * (width - len(row))  # (empty cells at a row's end: normalising dropped their tabs)
        if not width or len(row) != width:
            flush()
            width = 0
            out.append(line)
            continue
        numbered = row[0] if width == 3 else ""
        cell = row[-2]
        if width == 2 and (opened := SECTION_NUMBER.match(cell)) and cell[opened.end() :]:
            numbered, cell = opened["no"], cell[opened.end() :].strip()
        # (a form that numbers its rows opens a section at each number, its labels' other
        # pieces wrapped; one that does not, at each label that names a section)
        numbers = numbers or bool(numbered)
        # (unnumbered: a piece that names no section with the label above it, ``มิติ/ภารกิจ`` under
        # ``ชื่อโครงการ``, is a field of its own)
        # (in a numbered form, an unnumbered piece that names a section of its own, ``ผลผลิต``,
        # ``เชิงปริมาณ`` under ``ตัวชี้วัด``, is a sub-field; ``และเหตุผล`` the label's rest)
        opens = bool(numbered and FORM_NUMBER.match(numbered)) or (
            bool(cell)
            and (
                (not numbers and (match_heading(cell) is not None or match_heading(label + cell) is None))
                or (numbers and not numbered and (match_heading(cell) is not None or bool(RESULT_KIND.match(cell))))
            )
        )
        if opens or (cell and field_at is None):
            flush()
            field_at, number, label, texts = line, numbered.rstrip(".) "), cell, []
        elif cell:
            label += cell  # the label wrapped (``ผลที่คาดว่า`` / ``จะได้รับ``)
        if row[-1]:
            texts.append(row[-1])
    flush()
    return out


def most_common(values: Iterable[object]) -> object | None:
    counted = Counter(v for v in values if v is not None)
    return counted.most_common(1)[0][0] if counted else None


# A sheet's costs listed one by one (``- ค่าอาหาร ๘๐ คน x ๒ มื้อ x ๘๐ บาท  ๑๒,๘๐๐ บาท``), then totalled.
# (``ปีละ ๖๐,๐๐๐ บาท รวม ๔ ปี เป็นเงิน ๒๔๐,๐๐๐ บาท``: the years' total after a year's amount)
COSTS_TOTAL = regex.compile(
    r"รวม\s*(?:\d{1,2}\s*ปี\s*)?(?:เป็น\s*)?(?:เงิน\s*)?(?:ทั้ง\s*สิ้น\s*)?(?:จำนวน\s*)?(?P<amount>\d[\d,]*(?:\.\d{2})?)\s*บาท"
)


FIRST_AMOUNT = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?")
SPELLED_AFTER = 80  # characters after an amount its spelling in words starts within (``บาท (...)``)


def paired_sections(row: Sequence[str]) -> tuple[str, str] | None:
    """The two sections a two-column table header pairs (``ผลผลิต | ผลลัพธ์``: outputs and
    outcomes; ``วัตถุประสงค์ | ตัวชี้วัด``: objectives and indicators), else ``None``."""
    if len(row) != 2:
        return None
    if OUTPUT_HEAD.match(row[0]) and OUTCOME_HEAD.match(row[1]):
        return ("outputs", "outcomes")
    if OBJECTIVE_HEAD.fullmatch(row[0]) and INDICATOR_HEAD.match(row[1]) and len(row[1]) <= 20:
        return ("objectives", "indicators")
    return None


OBJECTIVE_HEAD = regex.compile(r"วัตถุ\s*ประสงค์(?:\s*ของ\s*โครงการ)?")
INDICATOR_HEAD = regex.compile(r"ตัว\s*ชี้\s*วัด")


def sheet_budget(text: str) -> Decimal | None:
    """The budget a sheet states: the total under its listed costs, else its amount in baht."""
    totals = list(COSTS_TOTAL.finditer(to_arabic_digits(text)))
    if totals:
        return parse_money(totals[-1]["amount"], read="cell")
    stated = parse_money(text, read="baht")
    # the amount in words right after the first amount says that one is the budget (a scan
    # garbled the ``บาท`` after it: ``18,000 UW (หนึ่งหมื่นแปดพันบาทถ้วน) ... 3 ชั่วโมง x 600 บาท``)
    arabic = to_arabic_digits(text)
    first = FIRST_AMOUNT.search(arabic)
    spelled = baht_in_words(arabic[first.end() : first.end() + SPELLED_AFTER]) if first else None
    if first and spelled is not None and spelled == parse_money(first.group(), read="cell"):
        return spelled
    return stated if stated is not None else baht_in_words(text)


def parse(segment: Segment) -> Parsed:
    reader = SheetReader()
    reader.read(segment.lines)
    periods = [sheet.text("period") for sheet in reader.sheets]
    # The sheets' own title (``รายละเอียดโครงการตามแผน... ประจำปีงบประมาณ พ.ศ. 2569``) names the
    # plan's year; otherwise the year most periods fall in.
    title = next((t for line in segment.lines[:3] if SHEETS_TITLE.match(t := line_text([line], 0))), None)
    if title is None and segment.lines and PROJECT_TITLE.match(line_text(segment.lines, 0)):
        # a standalone project's title lines, up to its district's (``อำเภอ...``)
        above = list(itertools.takewhile(lambda t: not FIRST_SECTION.match(t), (line_text([x], 0) for x in segment.lines[:TITLE_LINES])))
        title = clean(" ".join(itertools.takewhile(lambda t: not regex.match(r"อำเภอ|จังหวัด", t), above)))
    fiscal_year = (find_fiscal_year(title) if title else None) or most_common(
        find_fiscal_year(p) for p in periods if p
    ) or most_common(find_fiscal_year(name) for sheet in reader.sheets if (name := sheet.text("name")))
    heading = " ".join(line_text([line], 0) for line in segment.lines[:3])
    if spans_years(heading) or (any(periods) and all(spans_years(p) for p in periods if p)):
        fiscal_year = None  # the sheets of a plan over several years (``๓ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๐)``)
    organization = most_common(find_organization(line.text) for line in segment.lines)
    document = document_row(
        segment,
        title=title,
        organization=organization,
        doc_date=None,
        fiscal_year=fiscal_year,
    )
    parsed = Parsed(document=document)
    for sheet in reader.sheets:
        name = sheet.text("name")
        budget = sheet_budget(sheet.text("budget") or "")
        parsed.rows.append(
            ProjectSheet(
                doc_id=segment.doc_id,
                page_no=sheet.page_no,
                sheet_no=sheet.sheet_no,
                name=name,
                rationale=sheet.text("rationale"),
                objectives=sheet.list_items("objectives"),
                target_group=sheet.target_group(),
                methods=sheet.list_items("methods"),
                period=period_range(period) if (period := sheet.text("period")) else None,
                budget_thb=budget,
                responsible=sheet.text("responsible"),
                outputs=sheet.outputs(),
                outcomes=sheet.outcomes(),
            )
        )
        if budget is not None and name:
            parsed.rows.append(
                Budget(
                    doc_id=segment.doc_id,
                    page_no=sheet.page_no,
                    kind="sheet",
                    label=name,
                    amount_thb=budget,
                    fiscal_year=fiscal_year,  # type: ignore[arg-type]
                )
            )
    if not reader.sheets:
        parsed.warnings.append(segment.warning("no sheets found"))
    return parsed


# Expected results split by kind (``เชิงปริมาณ``: outputs, ``เชิงคุณภาพ``: outcomes).
OUTPUT_HEAD = regex.compile(r"^(?:ตัวชี้วัด\s*)?ผลผลิต")
OUTCOME_HEAD = regex.compile(r"^(?:ตัวชี้วัด\s*)?ผลลัพธ์")
# (numbered under the section too, the kind named after it: ``๑๐.๑ เชิงปริมาณ (ผลผลิต)``)
RESULT_KIND = regex.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\s*)?(?:ตัวชี้วัด\s*|ผล\s*)?เชิง\s*(?P<kind>ปริมาณ|คุณภาพ)\s*(?:\(\s*(?:ผลผลิต|ผลลัพธ์)\s*\))?\s*[:：]?\s*"
)
# A section's table header beside its heading (``ขั้นตอนการดำเนินงาน | ช่วงเวลา``).
STEP_LABEL = regex.compile(r"(?:ขั้น\s*ตอน|กิจกรรม|รายการ)(?:\s*/\s*(?:กิจกรรม|ขั้นตอน))?(?:\s*การ\s*ดำเนิน\s*(?:งาน|การ))?")
# (a timetable's years over its months: ``พ.ศ. ๒๕๖๘ | | | พ.ศ. ๒๕๖๙``)
SCHEDULE_CELL = regex.compile(
    rf"(?:{MONTH_PATTERN}|ไตรมาส\s*(?:ที่)?)\s*(?:[-–]\s*{MONTH_PATTERN}\s*)?(?:\d{{1,4}})?|(?:พ\.\s*ศ\.|ปี)\s*25\d\d"
)


def schedule_after_first(row: Sequence[str]) -> bool:
    """Whether a tab row of three cells or more holds only a schedule's labels (months, quarters,
    years) after its first cell: a Gantt table's header, or its months' line."""
    return len(row) > 2 and all(SCHEDULE_CELL.fullmatch(c) for c in row[1:] if c)


STEP_NUMBER_LABEL = regex.compile(r"ขั้น\s*ตอน(?:\s*ที่)?|ที่|ลำดับ(?:\s*ที่)?")


def numbered_steps_header(row: Sequence[str]) -> bool:
    """``ขั้นตอนที่ | กิจกรรม | ช่วงเวลา``: a step-number column, the steps', then columns of
    their own (a period, an office)."""
    return (
        len(row) >= 3
        and STEP_NUMBER_LABEL.fullmatch(row[0].strip()) is not None
        and STEP_LABEL.fullmatch(row[1].strip()) is not None
        and all(COLUMN_LABEL.fullmatch(c.strip()) for c in row[2:] if c.strip())
    )


COLUMN_LABEL = regex.compile(r"(?:ช่วง\s*เวลา|ระยะ\s*เวลา|เดือน|ผู้\s*รับผิดชอบ|งบ\s*ประมาณ|หมายเหตุ)(?:\s*\(.{1,10}\))?")


# --- where sheets open (segment) --------------------------------------------------------------------

FIRST_SECTION = regex.compile(r"^(?:1|ก\.)\s*[.)]?\s*ชื่อ\s*(?:โครงการ|กิจกรรม)")  # (sections lettered ก. ข. ...)
NEXT_SECTION = regex.compile(r"^[2-4]\s*[.)]?\s*(?:หลักการ|ความเป็นมา|วัตถุประสงค์|ที่มา)")
NAME_SECTION = dict(SECTION_PATTERNS)["name"]  # (ชื่อโครงการ as a section heading reads it, OCR too)


NAME_AHEAD = 2  # lines under a numbered project name its first lettered section stands within
LETTERED_FIRST = regex.compile(r"^ก\s*[.)]\s*\S")
NUMBERED_NAME = regex.compile(r"^(?P<no>\d{1,2})\s*\.\s*(?P<name>(?:โครงการ|กิจกรรม|มาตรการ)\S.*)$")
FIRST_RATIONALE = regex.compile(r"^(?:1|ก)\s*[.)]\s*(?:หลักการ|ความเป็นมา|ที่มา)")  # (lettered too)
FIRST_SHEET = regex.compile(rf"{SHEET_START.pattern}|{FIRST_SECTION.pattern}")


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    if current == "project_sheets":
        return False
    text = line_text(lines, i)
    if SHEET_START.match(text):
        # (``ลำดับที่ ๑`` over the sheets' title, the project's name under it unlabelled;
        # ``รายละเอียดโครงการ ลำดับที่ ๑`` over its sections)
        # ... or the project's name centred under it and the first section, ``1. หลักการและเหตุผล``
        return (
            ahead(lines, i, NAME_SECTION, 3)
            or ahead(lines, i, SHEETS_TITLE, 2)
            or ahead(lines, i, FIRST_SECTION, 3)
            or (ahead(lines, i, UNLABELLED_NAME, 2) and ahead(lines, i, FIRST_RATIONALE, 6))
        )
    if SHEETS_TITLE.match(text) and single_cell(lines[i]):
        # (or, its ``ลำดับที่ N`` lost, the name and the first section under the title)
        # (or a form of two columns, ``หัวข้อ | รายละเอียด`` over ``ชื่อโครงการ | ...``)
        return ahead(lines, i, FIRST_SHEET, 4) or ahead(lines, i, FIRST_RATIONALE, 6) or ahead(lines, i, NAME_SECTION, 4)
    # Sheets without a ``ลำดับที่ N`` line: ``1. ชื่อโครงการ`` then its numbered sections, at the
    # top of a source, after the plan's table or after the memo that asks to approve it.
    return (
        current in (None, "action_plan", "memo")
        and bool(FIRST_SECTION.match(line_text(lines, i)))
        and ahead(lines, i, NEXT_SECTION, 8)
    )


NAME_REST = 60  # characters of a centred name's wrapped rest
# ``สอดคล้องกับ :  มิติที่ ๑ ...``: a field the contract keeps none for (a name wrapped onto a line
# with a colon, ``หลักสูตร : การป้องกัน...``, goes on)
OTHER_LABEL = regex.compile(
    # (a numbered field naming the dimension: ``2. มิติที่ 3  การส่งเสริม...`` under ``1. ชื่อโครงการ ...``)
    r"^(?:\d{1,2}\s*[.)]\s*)?มิติ\s*ที่\s*\d(?!\d)\s+\S|"
    r"^(?:\d{1,2}\s*[.)]\s*)?(?:สอดคล้อง\s*กับ|ความ\s*สอดคล้อง\S*|ยุทธศาสตร์\S*|แผน\s*งาน|ภายใต้\S*|มิติ(?:\s*ที่|\s*/\s*ภารกิจ)?|ประเด็น\S*|ภารกิจ\S*"
    r"|ลักษณะ\s*โครงการ|ประเภท\S*|รหัส\S*)\s*(?:[:：]|\t)\s*\S"  # (a form's label cell: ``มิติ/ภารกิจ | มิติที่ ๑ ...``)
)
NAME_AWAITS = regex.compile(r"(?:ของ|แก่|ใน|สำหรับ|กับ)$")  # (``...ผลการดำเนินงานของ`` / ``เทศบาลตำบล...``: its own)
OFFICE_ALONE = regex.compile(rf"^{ORGANIZATION_RE.pattern}{OFFICE_LINE_END}")
UNLABELLED_NAME = regex.compile(r"^(?:โครงการ|กิจกรรม|มาตรการ)\s?\S")  # (``โครงการ อบต.เคลื่อนที่...``)
# A standalone project's title over its first section (``โครงการค่ายเยาวชน...`` / ``ประจำปี...`` /
# ``องค์การบริหารส่วนตำบล...`` / ``อำเภอ...``).
PROJECT_TITLE = regex.compile(r"^(?:โครงการ|กิจกรรม|มาตรการ)\S")
TITLE_LINES = 5


def title_start(lines: Sequence[Line], i: int, floor: int) -> int:
    """The first line of a sheet that opens at ``i``: its title above it, on its page."""
    if not FIRST_SECTION.match(line_text(lines, i)):
        return i
    for j in range(i - 1, max(floor, i - TITLE_LINES) - 1, -1):
        if lines[j].page_no != lines[i].page_no or not single_cell(lines[j]):
            break
        if PROJECT_TITLE.match(line_text(lines, j)):
            return j
    return i


TYPE = DocumentType(name="project_sheets", opens=opens, reaches_back=title_start, parse=parse)
