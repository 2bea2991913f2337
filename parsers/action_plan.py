"""Parser for action plans (แผนปฏิบัติการ): the table of projects, its stated total, the documents row.

A plan is a table whose title and header are printed again on every page. Each data row
opens with its sequence number; a line without one continues the previous row's name (or
remarks). Cells come as tabs (tab-separated text, PDF cells) or as runs of spaces, where
empty cells vanish, so cells are classified by what they hold (a dimension ``1``..``4``
with an optional ``*``, an amount, ticks, text) rather than by their position. Where the
position matters (quarter ticks with blank, unticked columns) it is read from the untouched
line: tab rows by cell index, space-run rows by display column.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypedDict

import regex
from rapidfuzz import fuzz

from parsers.common import cells, document_row, find_organization, join_text
from parsers.doctype import DocumentType
from parsers.grammar import (
    SUBJECT_LINE,
    ahead,
    continues_paragraph,
    dated_line,
    line_text,
    single_cell,
)
from parsers.vocabulary import SIGNED
from pipeline.layout import Cell, display_columns
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import NO_TICK, TICK, clean, normalize_line
from pipeline.thai import (
    BE_YEAR,
    DOTLESS_ABBREVIATIONS,
    NOT_USED,
    find_fiscal_year,
    find_fiscal_years,
    month_number,
    parse_money,
    spans_years,
    to_arabic_digits,
)
from schemas import Budget, Project

# --- line grammar -------------------------------------------------------------------------
TITLE = regex.compile(r"^แผน\s*ปฏิบัติ\s*การ")
# A line of prose that stops on a word that needs what follows (its object on the next line).
SENTENCE_CUT = regex.compile(r"\S{20,}(?:ตาม|ของ|ใน|ให้|เพื่อ|โดย|จาก|กับ|ซึ่ง|และ)$")
# What a plan's first page holds below its title: dimensions, a project table's header.
PLAN_CONTENT = regex.compile(r"^มิติ\s*ที่|^ลำดับ|^ที่\s+(?:โครงการ|ชื่อ)|โครงการ.{0,40}งบ\s*ประมาณ")
# (``ท *``, ``ที``: ที่ as a scan reads it; ``งบไประมาณ``: a speck read into งบประมาณ)
HEADER_SEQ = regex.compile(r"^(?:ลำดับ|ที่$|ท[\u0e34\u0e35]?\s*[*.,'\"]?$|ลำดับที่|ข้อ$)")  # (``ทิ``: a scan's ที่)
HEADER_WORDS = regex.compile(r"โครงการ|รายการ|กิจกรรม|มาตรการ|มิติ|งบ\S?ประมาณ|ไตรมาส?|หมายเหตุ|ระยะเวลา")
DIMENSION_HEADER = regex.compile(r"มิติ|^ยุทธ\s*ศาสตร์$")
NO_BUDGET_REMARK = regex.compile(rf"{NOT_USED}\s*งบ\s*ประมาณ")  # (``ไม่ใช้งบประมาณ`` in full)
NO_BUDGET_CUT = regex.compile(r"ไม่\s*ใช้|ไม่\s*ได้\s*ใช้|ไม่\s*มี")
HEADER_FRAGMENT = 12  # characters: ``(บาท)``, ``ต.ค.-``, ``ที่`` under a header's words
SLASHED_LABELS = regex.compile(rf"(?:{HEADER_WORDS.pattern})(?:\s*/\s*(?:{HEADER_WORDS.pattern}))+/?")  # ``กิจกรรม/มาตรการ``
NAME_HEADER = regex.compile(r"โครงการ|กิจกรรม|รายการ|มาตรการ")
# A year column headed ``ปี 69`` / ``พ.ศ. 70`` (two digits: 2569, 2570)
SHORT_YEAR_HEADER = regex.compile(r"(?:ปี|ปีงบประมาณ|พ\.ศ\.)\s*(?P<yy>[5-9]\d)")
BUDGET_HEADER = regex.compile(r"งบ\S?ประมาณ|จำนวนเงิน")
MONEY_SOURCE_HEADER = regex.compile(r"^(?:งบ|เงิน|อุดหนุน|แหล่ง)")
SUMMARY_TOTAL_HEADER = regex.compile(r"รวม\s*(?:ทั้ง\s*สิ้น|เงิน)?\s*(?:\(\s*บาท\s*\))?")
REMARKS_HEADER = regex.compile(r"หมายเหตุ")
# (``ผู้รับ`` alone: the label wrapped in its narrow cell, ``ผิดชอบ`` on the header's second line)
RESPONSIBLE_HEADER = regex.compile(r"ผู้รับผิดชอบ|หน่วยงาน|ผู้ดำเนินการ|^\s*ผู้รับ\s*$")
# Columns beside the name that the contract keeps no field for (the programme a project
# serves, its strategy, its source of funds): their cells are neither name nor remarks.
OTHER_HEADER = regex.compile(r"^(?:แผนงาน|ยุทธศาสตร์|กลยุทธ์|แนวทาง(?:การพัฒนา)?|แหล่ง\s*งบ\s*ประมาณ|แหล่ง(?:เงิน|ที่มา)?)")
SEQ_CELL = regex.compile(r"^(?P<seq>\d{1,3})\s*[.)]?$")
# a row number a scan read as a letter or a sign (``ว`` for 5; not a list's ก ข ค ง จ ฉ)
GARBLED_SEQ = regex.compile(r"[^\s\d\p{Thai}]{1,2}|(?![กขคงจฉ])[ก-ฮ]")
# rows numbered by their dimension's code (``๑.๑``, ``๑.๒``, ``๒.๑``): the dimension, then the row in it
CODE_CELL = regex.compile(r"^(?P<dim>[1-4])\.(?P<sub>\d{1,2})(?:\.(?P<item>\d{1,2}))?$")
SEQ_WITH_NAME = regex.compile(r"^(?P<seq>\d{1,3})\s*[.)]?\s+(?P<rest>\S.*)$")
# ``๑. การสร้างสังคม...``, ``มิติที่ 1`` in a dimension's cell; a sub-dimension's code (``1.2``)
DIMENSION_LEAD = regex.compile(r"^(?:มิติ\s*(?:ที่)?\s*)?\*?\s*(?P<dim>[1-4])\s*(?:[.)]?|\.\d{1,2})(?:\s|$)")
DIMENSION_CELL = regex.compile(r"^(?P<dim>\*?\s*[1-4])$")
TICK_CELL = regex.compile(rf"^[{TICK}{NO_TICK}\s]+$")
# A short mark alone in a quarter's cell (not a dash, not a number, not a ruling's remnant).
MARK_IN_TICK_COLUMN = regex.compile(r"(?![-–—|])(?![.:,;·]+$)[^\d\s]{1,3}")  # (dots alone are specks: ``:``)
# ``●`` as a scan reads it (``๑``, ``๐``, ``o``): a quarter's cell holds no number.
DOT_AND_SPECK = regex.compile(r"[●•☑]\s?[1๑|!lI]|[1๑|!lI]\s?[●•☑]")  # a dot and a ruling's speck read as ``1``
FILLED_DOT = regex.compile(r"[๐๑01oO●•]")
# A tick range drawn across the quarter columns: arrows or rules (<------>, ◄──►, ↔).
RANGE_DRAWING = regex.compile(r"^[<>←→↔◄►▶◀\-–—─━=]{3,}$|^[↔]$")
TOTAL_LABEL = regex.compile(r"^รวม")
COUNT_UNITS = r"(?:โครงการ|กิจกรรม|รายการ|มาตรการ)"
COUNTED_NAME = regex.compile(rf"(?P<n>\d{{1,3}})\s*{COUNT_UNITS}")  # a total row's count
# What follows รวม in a total's label (``รวม``, ``รวมทั้งสิ้น``, ``รวมมิติที่ 1``, ``รวม 12 โครงการ``),
# not in a wrapped name's rest (``รวมพลังต้านทุจริต``).
CARRIED = regex.compile(r"^ยอด\s*ยก\s*(?:ไป|มา)")  # a running sum carried over a page break
TOTAL_WORDS = regex.compile(r"^รวม\s*(?:$|ทั้ง|มิติ|งบ|ยอด|เงิน|จำนวน|เป็น|ยุทธ|แผน|หมวด|ด้าน|ไตรมาส|[\d(:*]|[A-Za-z]{1,5}\s*\d)")
GRAND_TOTAL = regex.compile(r"ทั้งสิ้น|ทั้งหมด|ทั้งแผน|งบประมาณ")
# (and a plan grouped by division, its total after each: ``รวมสำนักปลัดเทศบาล``, ``รวมกองคลัง``)
SUBTOTAL = regex.compile(r"มิติ|ยุทธศาสตร์|แผนงาน|หมวด|ประเภท|ด้านที่|ไตรมาส|^รวม\s*(?:สำนัก|กอง(?!ทุน)|หน่วย\s*ตรวจ|ฝ่าย)")
TOTAL_AMOUNT_START = regex.compile(r"(?<!(?:ที่?|มิติ|ด้าน)\s*)\*?\d(?![\d,.]*\s*(?:โครงการ|กิจกรรม|รายการ|มาตรการ))")
# ``มิติที่`` also as OCR gives it: the tone mark dropped, split over a ruling (``มิติท | ี่1``).
# (``มิิที ๑``, ``มติที ๒``: a scan lost its ต or a vowel)
DIMENSION_WORD = r"ม(?:\u0e34ต\u0e34|\u0e34\u0e34|ต\u0e34)\s*ท\s*ี?\s*่?"
DIMENSION_ORDINAL = regex.compile(rf"{DIMENSION_WORD}\s*(?P<dim>\d)")
SPLIT_SUBTOTAL = regex.compile(rf"^รวม\s*{DIMENSION_WORD}$")
GARBLED_SUBTOTAL = regex.compile(r"^รวม\s*[A-Za-z]{1,5}\s*(?P<dim>[1-4])$")
GARBLED_HEADING = 10  # characters of a dimension heading's label a scan garbled (``aad ian ๒``)
DIMENSION_HEADING = regex.compile(rf"^(?P<star>\*)?\s*{DIMENSION_WORD}\s*(?P<dim>[1-4])(?!\d)")
# (a plan that groups its projects under the four ป.ป.ช. dimensions as strategies: ``ยุทธศาสตร์ที่ 2
# การบริหารราชการเพื่อป้องกันการทุจริต``; only where the strategy's words name that dimension: an
# office's own strategies, ``ยุทธศาสตร์ที่ 4 ...ธรรมาภิบาล``, are none)
STRATEGY_HEADING = regex.compile(r"^(?P<star>)ยุทธ\s*ศาสตร์\s*ท\u0e35?\u0e48?\s*(?P<dim>[1-4])(?!\d)\s*(?P<name>\S.*)$")  # (``ที``: a scan)


def dimension_heading(text: str) -> regex.Match[str] | None:
    """A dimension's heading (``มิติที่ N ...``), or a strategy's that names the dimension N."""
    heading = DIMENSION_HEADING.match(text)
    if heading is None and (strategy := STRATEGY_HEADING.match(text)) and dimension_named(strategy["name"]) == int(strategy["dim"]):
        return strategy
    return heading
# The plan's summary in sentences: a dimension, its count of projects, its budget.
PROSE_DIMENSION = regex.compile(rf"^{DIMENSION_WORD}\s*(?P<dim>[1-4])(?!\d)\s+\S")
PROSE_BUDGET = regex.compile(r"งบ\s*ประมาณ\s*(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d{2})?)(?:\s*บาท|\s*$)")
PROSE_COUNT = regex.compile(r"จำนวน\s*\d+\s*(?:โครงการ|กิจกรรม)")
PROSE_GRAND = regex.compile(r"^(?P<label>รวม\s*ทั้ง\s*(?:สิ้น|หมด))\s+จำนวน\s*\d")  # the summary's last line
PROSE_NO_BUDGET = regex.compile(r"งบ\s*ประมาณ\s+ไม่\s*ใช้\s*งบ\s*ประมาณ\s*$")
PROSE_HEADING = 40  # characters: a dimension's line this long names it in a sentence, not as a heading
# A task heading under a dimension (``1.1 | การสร้างจิตสำนึกและความตระหนัก | | ...``): numbered
# by its dimension, a name and nothing else in its row.
TASK_HEADING_CELL = regex.compile(r"^(?P<dim>[1-4])\s*\.\s*\d{1,2}$")
TASK_HEADING_LINE = regex.compile(r"^(?P<dim>[1-4])\s*\.\s*\d{1,2}\s+(?=\p{Thai})(?!.*\d{1,3}(?:,\d{3})+)")
# ``มิติที่`` whose marks a scan dropped (``มตท ๑``, ``มิติที๒``), before its number.
GARBLED_DIMENSION_LABEL = regex.compile(r"^ม[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*ต[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*ท[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*\s*(?=[1-4]$)")
LATIN_SPECKS = regex.compile(r"^[a-z]{1,4}\s+(?=\p{Thai})")
UNNUMBERED_DIMENSION = regex.compile(rf"^{DIMENSION_WORD}\s*(?:[05-9]\s*)?(?:การ|ด้าน)")  # digit lost or misread
REPORT_DATE = regex.compile(r"ข้อมูล\s*ณ\s*วันที่|ณ\s*วันที่|ประกาศ\s*ณ|รายงาน\s*ณ")
# Lines after (or below) the table that are notes, not a wrapped row.
FOOTNOTE = regex.compile(
    r"^(?:\*+\s*)?(?:ข้อมูล\s*ณ|ชื่อ\s*-?\s*สกุล|ผู้ออกรายงาน|ผู้รายงาน|คำอธิบาย|หมายเหตุ\s*[:：*]|ลงชื่อ|"
    r"\(?ลงชื่อ\)?|ประกาศ\s*ณ|มิติ\s*(?:ที่\s*)?[1-4]\s|ตำแหน่ง|ผู้จัดทำ|ผู้ตรวจ|ผู้อนุมัติ|ผู้เห็นชอบ)"
)
# A budget split by source under its header: the sources' columns and the total's.
BUDGET_SOURCE_CELL = regex.compile(r"ข้อ\s*บัญญัติ|เทศ\s*บัญญัติ|แหล่ง|อุดหนุน|เงิน|งบ|สมทบ|อื่น")
# The header of a multi-year plan's total column after its year columns (``รวม 3 ปี``, ``รวม``)
SPAN_TOTAL_HEADER = regex.compile(r"รวม\s*(?:\d+|[๐-๙]+)\s*ปี(?:\s*\(?บาท\)?)?|รวม(?:ทั้งสิ้น)?")
BUDGET_TOTAL_CELL = regex.compile(r"รวม(?:\s*\(?บาท\)?)?")
# Lines after which the plan's last row has no more to say: a summary table's title, a signature.
TABLE_OVER = regex.compile(rf"^(?:สรุป\s*(?:งบ|โครงการ|แผน|จำนวน|ผล)|\(?\s*{SIGNED})")
# (``ไตรมาสที1``, ``ไตรมาสี 4``, ``ไตรมาสที3 ท``: the label as OCR reads it; ``01`` for ``Q1``, the
# Thai model reading a Latin Q as a zero)
QUARTER_LABEL = regex.compile(
    r"^(?:[Q0O]\s?|ไตรมา\s*ส?\s*(?:ท?[\u0e34\u0e35]?\u0e48?|[A-Za-z]{1,3})?\s*)?(?P<q>[1-4])(?:\s+[ก-ฮ])?$", regex.IGNORECASE
)  # (``ไตรมาส N ๒``, ``ไตรมาส Non๓``: ที่ as a scan reads it)
MONTH_TOKEN = regex.compile(
    r"(?P<month>[เ]?[ก-ฮ][ิี]?\.\s?[ก-ฮ]\.|[เ]?[ก-ฮ][ก-ฮ\u0e30-\u0e3a\u0e47-\u0e4e]{2,}?(?:คม|ยน|พันธ์))\s*(?:\d{2,4})?"
)
WHOLE_YEAR = regex.compile(r"ตลอด\s*(?:ปี|ทั้งปี)|ทั้ง\s*ปี|ไตรมาส\s*(?:ที่)?\s*1\s*[-–]\s*4|ทุก\s*ไตรมาส")
QUARTER_RANGE = regex.compile(
    r"ไตรมาส\s*(?:ที่)?\s*(?P<a>[1-4])(?:\s*[-–,]\s*(?:ไตรมาส\s*(?:ที่)?\s*)?(?P<b>[1-4]))?"
)

# The header of a plan's summary table (มิติ | จำนวนโครงการ | งบประมาณ | หมายเหตุ): its rows
# are stated totals, one per dimension and the whole plan's.
# (``จำนวน`` alone: its ``โครงการ`` wrapped to the header's second row)
# (``จำนวน (โครงการ)`` opening its cell; not a target's ``เป้าหมาย จำนวน (กิจกรรม/ครั้ง)``)
SUMMARY_HEADER = regex.compile(r"จำนวน\s*(?:โครงการ|กิจกรรม)|^\s*จำนวน\s*\(\s*(?:โครงการ|กิจกรรม)\s*\)|^\s*จำนวน\s*$")
# (``ปี๒๘๘`` for ปี ๒๕๖๘: a scan lost a digit; its last still says which year)
SUMMARY_COUNT = regex.compile(r"\s*จำนวน\s*(?:โครงการ|กิจกรรม)?\s*")  # a summary's count column, headed alone
SUMMARY_YEAR_CELL = regex.compile(r"^(?:ปี\s*(?:งบประมาณ\s*)?(?:พ\.\s?ศ\.\s*)?(?P<year>\d{3,4})|(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d))$")


@dataclass(slots=True)
class Layout:
    """What the table header says about the columns."""

    has_dimension: bool = True
    first_header: tuple[str, ...] = ()  # the table's header as first read (its cells)
    dimension_before_budget: bool = True
    dimension_before_name: bool = False  # ``ที่ | มิติ | โครงการ ...``
    budget_before_name: bool = False  # ``ที่ | งบประมาณ | โครงการ/กิจกรรม | ...``
    # (tab rows) the name's column where text columns stand before it (``ที่ | มิติ | ภารกิจตามมิติ |
    # โครงการ/กิจกรรม/มาตรการ``, the ป.ป.ช. template): cells before it are no part of the name
    name_at: int | None = None
    dimension_at: int | None = None  # (tab rows) the dimension's column
    has_quarters: bool = False
    # Quarter (0..3) of each tick column: by cell index (tab rows) and by display column
    # (space-run rows). Four quarter columns, or twelve month columns (ต.ค. ... ก.ย.).
    quarter_cells: dict[int, int] = field(default_factory=dict)
    quarter_columns: list[tuple[float, int]] = field(default_factory=list)
    remarks_cell: int | None = None
    remarks_column: float | None = None
    # A responsible-office column besides (or instead of) remarks: its text is not remarks.
    has_responsible: bool = False
    # A budget column per year (``งบประมาณ ปี 2568 | 2569 | 2570``): their cell indices, and
    # which one is the plan's year.
    year_cells: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)  # the year of each year cell
    plan_year_at: int = 0
    # A plan over several years whose title states none of them alone (``แผน... ๓ ปี (พ.ศ.
    # ๒๕๖๘ - ๒๕๗๐)``): a row's budget is its whole span's (the ``รวม`` column, or the years'
    # sum), with no fiscal year of its own; each year's amount is a budget record of that year.
    multi_year: bool = False
    span_total_cell: int | None = None  # (tab rows) the ``รวม 3 ปี`` column beside the year columns
    span_total_printed: bool = False  # some header of the plan has that column
    other_cells: frozenset[int] = frozenset()  # (tab rows) cells of columns with no field (OTHER_HEADER)
    source_cells: frozenset[int] = frozenset()  # (tab rows) a budget's sources side by side, no total: their sum
    quarter_amounts: bool = False  # the quarter columns hold what is spent in each quarter
    # (tab rows) the four cells a schedule's header spans (``ระยะเวลาดำเนินการ`` over Q1-Q4), for
    # quarter labels a scan garbled past reading
    schedule_span: tuple[int, ...] = ()


@dataclass(slots=True)
class PlanRow:
    seq: int
    page_no: int
    name_parts: list[str] = field(default_factory=list)
    remarks_parts: list[str] = field(default_factory=list)
    dimension: str | None = None
    budget: Decimal | None = None
    quarters: list[bool] | None = None
    remarks_cell: int | None = None
    remarks_column: float | None = None
    year_budgets: list[tuple[int, Decimal]] = field(default_factory=list)  # one per budget year column
    name_cell: int | None = None  # the cell index of the name on the row's first line
    period_cell: int | None = None  # (ruled rows) the cell whose period in words gave the quarters
    period_text: str = ""  # that period as far as read (``พ.ย. 68 -``, its end wrapped below)
    no_budget_whole: bool = False  # ``ไม่ใช้งบประมาณ`` printed whole on the row: a wrapped ``งบประมาณ`` is the name's

    @property
    def name(self) -> str:
        return join_text(self.name_parts) or ""

    @property
    def remarks(self) -> str | None:
        return join_text(self.remarks_parts)


@dataclass(slots=True)
class StatedTotal:
    label: str
    amount: Decimal
    page_no: int
    year: int | None = None  # the budget year column it totals (plans budgeted over several years)
    summary: bool = False  # a row of the plan's summary table (one per dimension, and its total)
    span: bool = False  # a multi-year plan's total over all its years


# --- untouched lines and display columns ------------------------------------------------------


NUMBERS_ONLY = regex.compile(r"[\d\s|!()\[\].,:;'/-]+")


def spaced(line: Line) -> bool:
    """Whether the line's cells are known to stand where its untouched line's spaces put them
    (a space-aligned row, no tab in it)."""
    return bool(line.cells) and not line.ruled


def cell_column(line: Line, k: int) -> float | None:
    """Where a space-aligned line's ``k``-th cell starts (its display column); ``None`` on a
    ruled line or past its cells."""
    return line.cells[k].x0 if spaced(line) and k < len(line.cells) else None


QUARTER_DOT = "●"  # a quarter's mark typed as a dot (a row's lone ``●`` is no tick as a character)


def tick_columns(placed: Sequence[Cell]) -> list[tuple[float, bool | None]]:
    """(display column, ticked) of every tick mark or box in a space-aligned line's cells;
    ticked ``None`` for a dot (``●``: a quarter's mark where it stands under one)."""
    marks: list[tuple[float, bool | None]] = []
    for cell in placed:
        column = cell.x0
        for ch in cell.text:
            normalized = normalize_line(ch) if ch not in " \t" else ""
            if normalized == TICK:
                marks.append((column, True))
            elif ch == QUARTER_DOT:
                marks.append((column, None))
            elif normalized == NO_TICK:
                marks.append((column, False))
            column += display_columns(ch)
    return marks


def token_columns(placed: Sequence[Cell]) -> list[tuple[float, float, str]]:
    """(start, end, token) for the whitespace-separated tokens of a line's cells (Thai
    digits read as Arabic: a quarter header ``๑  ๒  ๓  ๔``)."""
    out: list[tuple[float, float, str]] = []
    for cell in placed:
        for match in regex.finditer(r"\S+", cell.text):
            start = cell.x0 + display_columns(cell.text[: match.start()])
            out.append((start, start + display_columns(match.group()), to_arabic_digits(match.group())))
    return out


# --- cells --------------------------------------------------------------------------------------


def quarter_of_month(month: int) -> int:
    """Thai fiscal quarters: October-December is the first."""
    return ((month - 10) % 12) // 3 + 1


LISTED_MONTHS = regex.compile(r",|และ")  # months named one by one
RANGE_MARK = regex.compile(r"[-–]|ถึง|ระหว่าง")  # a period from one month to another


def quarters_from_text(text: str) -> list[bool] | None:
    """Quarters named in words: ``ตลอดปีงบประมาณ``, ``ไตรมาส 2-3``, ``ต.ค. 66 - มี.ค. 67``."""
    if WHOLE_YEAR.search(text):
        return [True] * 4
    match = QUARTER_RANGE.search(text)
    if match:
        first = int(match["a"])
        last = int(match["b"]) if match["b"] else first
        return [first <= q <= last for q in range(1, 5)]
    months = [m for m in (month_number(t["month"]) for t in MONTH_TOKEN.finditer(text)) if m]
    if not months:
        return None
    rest = regex.sub(r"[\s\d๐-๙.\-–/()]|ระหว่าง|เดือน|ถึง|พ\.ศ|ปี|งบประมาณ|ไตรมาส|ที่", "", MONTH_TOKEN.sub("", text))
    if len(rest) > 3:
        return None  # a note that names a month (``ดำเนินการแล้วเมื่อ ก.ย. 68``), not a period
    if len(months) > 1 and LISTED_MONTHS.search(text) and not RANGE_MARK.search(text):
        named = {quarter_of_month(m) for m in months}  # ``ธ.ค. 68, มิ.ย. 69``: those months only
        return [q in named for q in range(1, 5)]
    first_q, last_q = quarter_of_month(months[0]), quarter_of_month(months[-1])
    if last_q < first_q:
        first_q, last_q = last_q, first_q
    return [first_q <= q <= last_q for q in range(1, 5)]


# The anti-corruption framework's four dimensions, by name (a plan's headings print them).
DIMENSION_NAMES = {
    1: "การสร้างสังคมที่ไม่ทนต่อการทุจริต",
    2: "การบริหารราชการเพื่อป้องกันการทุจริต",
    3: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
    4: "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น",
}
DIMENSION_NAME_MATCH = 88  # rapidfuzz ratio of a line's tail against a dimension's name


YEAR_TOKEN = regex.compile(r"(?:ปี|ป)\s*\d{3,4}(?!\d)|(?<!\d)\d{4}(?!\d)")  # (``ป288``: a year a scan garbled)
YEARS_ONLY = regex.compile(r"(?:(?:(?:ปี|ป)\s*\d{3,4}|\d{4})\s*){2,}")


def years_in_order(row_cells: Sequence[str]) -> list[tuple[int, int]] | None:
    """Year columns a scan garbled or packed (``ปี๒๕๖๖ | ป๒๕๖๗ | ป๒๘๘ | ป๒๘๙ ปี๒๕๗๐``: a year
    misread, two in one cell where it found no ruling between the years' short columns): the
    header's year tokens in order, from the first one's cell, one column each, the years from
    the first to the last, where those two read right and are as far apart as the tokens say."""
    start = next((k for k, cell in enumerate(row_cells) if YEAR_TOKEN.search(cell)), None)
    if start is None:
        return None
    # (the years' cells, and after them header cells with no year: ``2567 2568 2569 2570 | รับผิดชอบ``)
    after = row_cells[start:]
    run = next((n for n, c in enumerate(after) if c.strip() and not YEAR_TOKEN.fullmatch(c.strip()) and not YEARS_ONLY.fullmatch(c.strip())), len(after))
    tokens = [t for cell in after[:run] for t in YEAR_TOKEN.findall(cell)]
    if len(tokens) < 3 or any(YEAR_TOKEN.search(c) for c in after[run:]):
        return None
    first, last = (int(regex.sub(r"\D", "", t)) for t in (tokens[0], tokens[-1]))
    if 2500 <= first <= 2600 and last - first == len(tokens) - 1:
        return [(start + n, first + n) for n in range(len(tokens))]
    return None


def dimension_named(text: str) -> int | None:
    """The dimension a heading line names by its framework name alone, its ``มิติที่ N`` lost
    to the scan; only a line that is mostly that name (a project's name is longer or other)."""
    squeezed = regex.sub(r"\s+", "", text)
    for number, name in DIMENSION_NAMES.items():
        at = squeezed.find(name[:6])
        tail = squeezed[at:] if at >= 0 else ""
        if len(tail) < 20 or len(squeezed) - len(tail) > 10:
            continue
        # (a heading wrapped after its first words: compared with as much of the name)
        if fuzz.ratio(tail[: len(name)], name[: len(tail)]) >= DIMENSION_NAME_MATCH:
            return number
    return None


SCHEDULE_HEADER = regex.compile(r"ระยะ\s*เวลา|ไตรมาส|ช่วง\s*เวลา")


def schedule_span(row_cells: Sequence[str]) -> tuple[int, ...]:
    """The four cells a ruled header's schedule cell spans: the cell and the three empty ones
    after it, a label or the row's end after them."""
    for k, cell in enumerate(row_cells):
        if not SCHEDULE_HEADER.search(cell) or QUARTER_LABEL.match(cell.strip()):
            continue
        after = row_cells[k + 1 : k + 4]
        if len(after) == 3 and not any(c.strip() for c in after) and (k + 4 >= len(row_cells) or row_cells[k + 4].strip()):
            return (k, k + 1, k + 2, k + 3)
    return ()


def quarter_label(text: str) -> int | None:
    """The quarter a header cell names: ``1``, ``Q2``, ``ไตรมาส 3``, ``ต.ค.-ธ.ค.``, ``เม.ย. - มิ.ย. 68``."""
    match = QUARTER_LABEL.match(text)
    if match:
        return int(match["q"])
    if len(text) > 24:
        return None
    if regex.fullmatch(r"[ก-ฮ\u0e30-\u0e4e.\s]{3,12}", text):
        # an abbreviation a narrow cell spread out (``ธ . ค .``, LibreOffice): read without its spaces
        text = regex.sub(r"\s+", "", text)
    months = [m for m in (month_number(t["month"]) for t in MONTH_TOKEN.finditer(text)) if m]
    if not months and (dotless := DOTLESS_RANGE.fullmatch(regex.sub(r"[.\s]", "", text))):
        months = [DOTLESS_ABBREVIATIONS.index(dotless["a"]) + 1]  # (``ธค``, ``ม.ค.- มีค``, ``เมยมิย``: a scan's lost dots)
    return quarter_of_month(months[0]) if 1 <= len(months) <= 2 else None


# Month abbreviations as a scan leaves them, their dots lost: a quarter header's range.
_DOTLESS = "|".join(sorted(DOTLESS_ABBREVIATIONS, key=len, reverse=True))
# (a range, two months or a garbled first one and a dash: a single month is a month column's)
DOTLESS_RANGE = regex.compile(rf"(?:[A-Za-z]{{1,3}}[-–](?P<a>{_DOTLESS})|(?P<a>{_DOTLESS})[-–]?(?:{_DOTLESS}))(?:\d{{2,4}})?")


def with_garbled_quarter(by_cell: dict[int, int], row_cells: Sequence[str]) -> dict[int, int]:
    """Three quarter headers and a fourth OCR garbled (``ไตรมาส ร 4``, ``234`` for ``3``): when
    the three stand one cell per quarter apart, the cell where the missing one must stand is
    its (if something is printed there)."""
    if len(by_cell) != 3 or len(set(by_cell.values())) != 3:
        return by_cell
    missing = ({0, 1, 2, 3} - set(by_cell.values())).pop()
    places = {cell + missing - quarter for cell, quarter in by_cell.items()}
    if len(places) != 1:
        return by_cell
    at = places.pop()
    if 0 <= at < len(row_cells) and row_cells[at].strip() and at not in by_cell:
        return {**by_cell, at: missing}
    return by_cell


def nearest_quarter(position: float, columns: Sequence[tuple[float, int]], reach: float = 1.0) -> int | None:
    """The quarter of the tick column nearest ``position`` (columns: (centre, quarter)), within
    ``reach`` of the columns' spacing."""
    if len(columns) < 4:
        return None
    centres = sorted(centre for centre, _ in columns)
    spacing = max((centres[-1] - centres[0]) / (len(centres) - 1), 2.0)
    centre, quarter = min(columns, key=lambda column: abs(column[0] - position))
    return quarter if abs(centre - position) <= reach * spacing else None


# A year column's header a scan garbled (``ปี 7`` for ปี 70, ``ป`` alone): still a year's label.
GARBLED_YEAR_HEADER = regex.compile(r"ป\s?\u0e35?\s*(?:\d{1,3})?|พ\.?\s?ศ\.?\s*\d{0,3}")


def years_between(years: list[tuple[int, int]], row_cells: Sequence[str]) -> list[tuple[int, int]]:
    """Year columns with one a scan garbled between two that read filled in (``ปี 69 | ปี 7 |
    ปี 71``: 2570 between 2569 and 2571, a column apart each)."""
    out = list(years)
    for (k1, y1), (k2, y2) in itertools.pairwise(years):
        if k2 - k1 == 2 and y2 - y1 == 2 and GARBLED_YEAR_HEADER.fullmatch(row_cells[k1 + 1].strip()):
            out.append((k1 + 1, y1 + 1))
    return sorted(out)


def source_summary_header(row_cells: Sequence[str]) -> bool:
    """The header of a summary by source (``แหล่งงบประมาณ | จำนวนเงิน (บาท) | ร้อยละ``, or
    ``แหล่งงบประมาณ | จำนวนโครงการ | งบประมาณ (บาท) | หมายเหตุ``: a count of projects, no
    project's column)."""
    filled = [c.strip() for c in row_cells if c.strip()]
    return (
        2 <= len(filled) <= 4
        and filled[0].startswith("แหล่ง")
        and any(regex.match(r"จำนวน\s*เงิน|งบ\s*ประมาณ", c) for c in filled[1:])
        and not any(regex.search(r"โครงการ|กิจกรรม|ไตรมาส", c) and not SUMMARY_COUNT.fullmatch(c) for c in filled)
    )


def cell_amount(cell: str) -> Decimal | None:
    """A table cell's amount: a dash is none (``0.00``), else the amount the cell is, if any."""
    return Decimal("0.00") if cell.strip() in ("-", "–") else parse_money(cell, read="cell")


def no_budget_wrapped(above: Sequence[str], row_cells: Sequence[str]) -> bool:
    """Whether the ``งบประมาณ`` cells of a row stand each under a ``ไม่ใช้`` of the line above:
    ``ไม่ใช้ / งบประมาณ`` wrapped in each year's cell, a row's rest and no header."""
    budget = [k for k, c in enumerate(row_cells) if regex.fullmatch(r"งบ\s*ประมาณ", c.strip())]
    return bool(budget) and all(k < len(above) and NO_BUDGET_CUT.fullmatch(above[k].strip()) for k in budget)


def is_header_row(row_cells: Sequence[str]) -> bool:
    filled = [c for c in row_cells if c]
    if not filled or PROSE_COUNT.search(" ".join(filled)):
        return False  # (``มิติที่ 1 | จำนวน 3 โครงการ | งบประมาณ ...``: a summary's line, a count in it)
    words = sum(1 for c in filled if HEADER_WORDS.search(c))
    if SEQ_CELL.match(filled[0]):
        # ``๔๒ | มิติ | โครงการ/กิจกรรม | งบประมาณ (บาท) | ... | หมายเหตุ``: a scan read ที่ as digits;
        # every other cell a header's words, no amount anywhere
        rest = filled[1:]
        return (
            len(rest) >= 3
            and sum(1 for c in rest if HEADER_WORDS.search(c) and len(c) <= 30 and not NO_BUDGET_CUT.search(c)) >= 3
            and not any(regex.search(r"\d{1,3},\d{3}", c) for c in rest)
        )
    # (a summary's ``มิติ | จำนวน | งบประมาณ (บาท)``, its ``โครงการ`` wrapped below)
    summary = bool(DIMENSION_HEADER.match(filled[0])) and any(SUMMARY_COUNT.fullmatch(c) for c in filled) and words >= 2
    return (bool(HEADER_SEQ.match(filled[0])) and words >= 1) or words >= 3 or summary


def month_token(text: str) -> bool:
    """A month as a header cell prints it: an abbreviation (``มิ.ย.``, however a scan read its
    letters) or a month's full name (not a word that ends like one: ``ประชาสัมพันธ์``)."""
    match = MONTH_TOKEN.fullmatch(text)
    return match is not None and ("." in match["month"] or month_number(match["month"]) is not None)


# The wrapped ends of other columns' labels a quarter header's second line may hold.
SUBHEADER_WORD = regex.compile(r"\(?บาท\)?|รับผิดชอบ")  # (not ``ดำเนินการ``: a status column's, its marks no quarter's)


def header_tokens(row_cells: Sequence[str]) -> list[str]:
    """A header line's cells cut at every space (its labels run together in a few cells)."""
    return [token for cell in row_cells for token in cell.split()]


OFFICE_LABEL = regex.compile(r"หน่วยงาน|(?:ผู้)?รับผิดชอบ")
HEADER_TOKENS_MAX = 12  # words of a header line (a sentence naming the plan's dimensions has more)


def labels_only(tokens: Sequence[str]) -> bool:
    """Whether a line's words are a header's labels, half of them at least, the first the number
    column's (``ที่``, ``ลำดับ``), and no number."""
    labels = sum(1 for t in tokens if HEADER_WORDS.search(t) or HEADER_SEQ.match(t) or OFFICE_LABEL.fullmatch(t))
    return (
        bool(tokens)
        and HEADER_SEQ.match(tokens[0]) is not None  # (a header opens with its number's label: no sentence)
        and len(tokens) <= HEADER_TOKENS_MAX
        and 2 * labels >= len(tokens)
        and not any(regex.search(r"\d", t) for t in tokens)
    )


def is_quarter_subheader(row_cells: Sequence[str]) -> bool:
    """The header's second line: ``1 2 3 4``, ``ไตรมาส 1 ...``, ``ต.ค.-ธ.ค. ...``, ``พ.ศ. 2566``;
    or, as a scan reads it, three or four cells that each name a quarter's months among at
    most four, with nothing else (``ต.ค.-ธ.ค. De | ม.ค.- มี.ค. ๖๙ | ... | ก.ค.- ne. ๖๙``)."""
    filled = [c for c in row_cells if c]
    if 3 <= len(filled) <= 4 and sum(1 for c in filled if quarter_label(c) is not None) >= 3:
        return all(len(c) <= 24 for c in filled)
    tokens = header_tokens(row_cells)
    if len(tokens) < 2:
        return False
    others = [t for t in tokens if SUBHEADER_WORD.fullmatch(t)]
    if others:
        # (``(บาท)   ๑   ๒   ๓   ๔  รับผิดชอบ``: the quarters' numbers between the wrapped ends of
        # the budget's and the office's labels)
        if [t for t in tokens if regex.fullmatch(r"[1-4]", t)] != ["1", "2", "3", "4"]:
            return False
        tokens = [t for t in tokens if t not in others]
    return all(
        QUARTER_LABEL.match(t)
        or quarter_label(t) is not None
        or month_token(t.replace("-", ""))
        or regex.fullmatch(
            r"[ก-ฮ]\.[ก-ฮ]\.\s*[-–]\s*[ก-ฮ]\.[ก-ฮ]\.(?:\d{2,4})?|พ\.ศ\.|25\d\d|\d{2}|ไตรมาส(?:ที่)?|[-–]", t
        )
        for t in tokens
    )


# A month's abbreviation as a scan leaves it in a narrow header cell: its dots (and marks) lost.
LOOSE_MONTH = regex.compile(
    r"^(?:ต\.?ค|พ\.?ย|ธ\.?ค|ม\.?ค|ก\.?พ|ม\u0e35?\.?ค|เม\.?ย|พ\.?ค|ม\u0e34?\.?ย|ก\.?ค|ส\.?ค|ก\.?ย)\.?$"
)
MONTHS_READ = 6  # of the twelve cells, at least this many read as months


def months_in_order(row_cells: Sequence[str]) -> dict[int, int] | None:
    """Cell index -> quarter (0-3) of twelve month columns whose header a scan garbled
    (``A. | พย | ค | ม A. | กพ | มค | เม. ย. | ...``): twelve short cells side by side, at least
    half of them a month's letters without their dots, are the fiscal year's months in their
    order, ต.ค. to ก.ย."""
    cells = [c.strip() for c in row_cells]
    # first a run that opens with ต.ค.'s letters, eleven cells long where a scan lost one
    # month's header cell (its column is still in the rows)
    for start in range(len(cells) - 10):
        run = cells[start : start + 12]
        if regex.match(r"ต\.?\s*ค", run[0]) and all(month_like(c) for c in run) and months_read(run) >= MONTHS_READ:
            return {start + m: m // 3 for m in range(12)}
    for start in range(len(cells) - 11):
        run = cells[start : start + 12]
        if all(month_like(c) for c in run) and months_read(run) >= MONTHS_READ:
            return {start + m: m // 3 for m in range(12)}
    return None


def month_like(cell: str) -> bool:
    """A short header cell that may be a month's (not the budget's unit, ``(บาท)``)."""
    return 0 < len(cell) <= 6 and not regex.search(r"[()]|บาท", cell)


def months_read(run: Sequence[str]) -> int:
    return sum(1 for c in run if LOOSE_MONTH.match(c.replace(" ", "")))


# --- the parser ---------------------------------------------------------------------------------


COUNT_UNIT = regex.compile(rf"^{COUNT_UNITS}(?:/\S*)?$")


DIMENSION_TOTAL = regex.compile(r"^(?:รวม\s*)?มิติ\s*ที่\s*(?P<dim>\*?[1-4])(?!\.?\d)")  # (no ``มิติที่ 1.1``: a part's)


def dimension_of_total(label: str) -> str | None:
    """The dimension a total sums (``รวมมิติที่ 1``, a summary's ``มิติที่ 1 การสร้างสังคม...``)."""
    match = DIMENSION_TOTAL.match(label.strip())
    return match["dim"] if match else None


def uncounted(label: str) -> str:
    """A total's label without the count of projects it states (``รวมทั้งสิ้น 10 โครงการ``): the
    same total as the summary's ``รวมทั้งสิ้น``."""
    return COUNTED_NAME.sub("", label).strip()


def counts_joined(filled: Sequence[str]) -> list[str]:
    """A total row's cells with a count cut from its unit by two spaces put back together
    (``11 | โครงการ``: ``11 โครงการ``, a count of projects, no amount)."""
    out: list[str] = []
    for cell in filled:
        if out and COUNT_UNIT.match(cell.strip()) and regex.fullmatch(r"\d{1,3}", out[-1].strip()):
            out[-1] = f"{out[-1].strip()} {cell.strip()}"
        else:
            out.append(cell)
    return out


def is_total_row(row: Sequence[str], filled: Sequence[str]) -> bool:
    """Whether a row whose first text opens with รวม is a total: its label in the number
    column, a total's words, or an amount beside it. A name's wrapped rest that happens to
    open with รวม (``|รวมพลังต้านทุจริต||ทั่วไป``) is none of these."""
    return bool(
        (row and row[0].strip())
        or TOTAL_WORDS.match(filled[0])
        or any(parse_money(cell, read="cell") is not None for cell in filled[1:])
    )


@dataclass(slots=True)
class PlanReader:
    """State machine over the lines of one plan segment."""

    lines: Sequence[Line] = ()  # the lines being read (their cells' positions)
    layout: Layout = field(default_factory=Layout)
    rows: list[PlanRow] = field(default_factory=list)
    totals: list[StatedTotal] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)
    header_seen: bool = False
    header_line: int | None = None
    heading_dimension: str | None = None
    prose_dimension: int | None = None  # a summary sentence's dimension whose budget wrapped below
    after_total: bool = False
    summary_budget_at: int | None = None  # reading a summary table: its budget column
    summary_header_line: int | None = None  # the line of that table's header
    row_line: int = -1  # the line the last row started on
    coded: bool = False  # rows numbered by dimension codes (``1.1``), counted in order
    # the (dimension, task) codes with items under them (codes of three levels, ``มิติ.ภารกิจ.ลำดับ``:
    # two-level rows head tasks)
    parents: set[tuple[str, str]] = field(default_factory=set)
    heading_line: int = -1  # the line of the last dimension heading between rows
    header_lines: list[int] = field(default_factory=list)  # every header line read, in order
    line_cells: list[str] = field(default_factory=list)  # the cells of the last line read
    # a summary table by year before the plan's (``ปี 2569 | | ปี 2570 |`` over ``จำนวน | งบประมาณ``):
    # each year's column, then its budget's
    summary_years: dict[int, int] = field(default_factory=dict)
    summary_budgets: dict[int, int] = field(default_factory=dict)
    summary_dimension: int = 0  # the last dimension's number read in that summary

    def read(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        codes = [CODE_CELL.match(next((c.strip() for c in cells(line.text) if c.strip()), "")) for line in lines]
        self.parents = {(code["dim"], code["sub"]) for code in codes if code and code["item"]}
        for i, line in enumerate(lines):
            self.read_line(i, line)

    def read_line(self, i: int, line: Line) -> None:
        row_cells = cells(line.text)
        filled = [c for c in row_cells if c]
        if not filled:
            return
        above, self.line_cells = self.line_cells, row_cells
        flat = " ".join(filled)
        if len(filled) == 1 and TITLE.match(flat):
            if not self.header_seen and not self.title_lines:
                self.title_lines.append(flat)
            return
        if self.is_repeated_title(flat):
            return
        if not self.rows and self.read_year_summary(row_cells, line.page_no):
            return
        if self.header_seen and is_quarter_subheader(row_cells):
            # ``ไตรมาส 1 | ไตรมาส 2 ...`` under the header: quarter columns only, the rest stays.
            self.read_quarter_labels(i, row_cells)
            self.read_year_columns(row_cells)
            return
        if (
            self.summary_budget_at is not None
            and self.summary_header_line == i - 1
            and not row_cells[0].strip()
            and not any(parse_money(c, read="cell") is not None or SUMMARY_YEAR_CELL.match(c.strip()) for c in filled)
        ):
            # the summary header's second row (``| โครงการ | งบประมาณ | งบประมาณ | (บาท)`` under
            # ``มิติ | จำนวน | ใช้ | ไม่ใช้ | งบประมาณ``): no plan table's header
            self.summary_header_line = i
            return
        if (is_header_row(row_cells) or source_summary_header(row_cells)) and not no_budget_wrapped(above, row_cells):
            self.read_header(i, row_cells)
            return
        if not self.header_seen and not line.ruled and is_header_row(tokens := header_tokens(row_cells)) and labels_only(tokens):
            # an unruled header a scan read with its labels a space apart (``มิติ งบประมาณ ไตรมาส
            # หน่วยงาน`` in one cell): its labels one by one
            self.read_header(i, tokens)
            return
        if self.summary_budget_at is not None and self.read_summary_row(row_cells, line.page_no):
            return
        if (
            self.header_line is not None
            and i - self.header_line <= 2
            and self.row_line < self.header_line  # (under a row, a short line is its wrapped name)
            and not SEQ_CELL.match(filled[0])
            and (
                all(len(c) <= HEADER_FRAGMENT for c in filled)
                or sum(1 for c in filled if QUARTER_LABEL.match(c.strip())) >= 3  # (``ข้อบัญญัติ อบต. | ... | Q1 ...``)
                # (``| กิจกรรม/มาตรการ | | (บาท) | ... | ผิดชอบ`` under ``ที่ | โครงการ/ | ...``: the name
                # column's label wrapped, the others short)
                or (
                    len(filled) >= 2
                    and not row_cells[0].strip()
                    and all(len(c) <= HEADER_FRAGMENT or (HEADER_WORDS.fullmatch(c.strip(" /")) or SLASHED_LABELS.fullmatch(c.strip())) for c in filled)
                )
            )
        ):
            self.header_line = i  # more lines of a header printed over several (``ที่ | (บาท) | ต.ค.-``)
            self.read_quarter_labels(i, row_cells)
            self.read_year_columns(row_cells)  # (``ปี 2568 | ปี 2569 | ปี 2570`` under ``งบประมาณ``)
            self.read_budget_parts(row_cells)
            return
        if not self.header_seen and not self.rows:
            self.read_prose_total(flat, line.page_no)
            if heading := dimension_heading(flat):
                # the first dimension's heading above the first of one table per dimension
                self.heading_dimension = (heading["star"] or "") + heading["dim"]
            elif len(filled) == 1 and len(self.title_lines) < 4:
                self.title_lines.append(flat)
            return
        counted = COUNTED_NAME.fullmatch(filled[1].strip()) if len(filled) >= 2 and SEQ_CELL.match(filled[0]) else None
        if counted and self.rows and int(counted["n"]) == len(self.rows):
            # ``13 | 12 โครงการ | | 178,000``: the total row, its ``รวม`` a scan read as the next
            # row's number; the count of the rows read says so
            row_cells = ["รวม" if c.strip() == filled[0] else c for c in row_cells]
            filled = ["รวม", *filled[1:]]
        if CARRIED.match(filled[0]):
            # ``ยอดยกไป | | | 70,000`` at a page's foot, ``ยอดยกมา`` at the next one's head: a
            # running sum carried over the break, no row's amount and no total of the plan
            return
        if TOTAL_LABEL.match(filled[0]) and is_total_row(row_cells, filled):
            kept = [c for _, c in self.total_cells(row_cells, tabbed="\t" in line.text)]
            self.read_total(kept or filled, line.page_no)
            return
        flat = LATIN_SPECKS.sub("", flat)  # ``aad มิติที่ ๑ ...``: a scan's specks read before the heading
        heading = dimension_heading(flat)
        if heading and not SEQ_CELL.match(filled[0]):
            previous = int(self.heading_dimension.lstrip("*")) if self.heading_dimension else 0
            dim = int(heading["dim"])
            # dimensions come in order: a heading that goes back (มิติที่ ๑ after ๓) is a digit
            # OCR misread (๔ as ๑), the next one
            dim = previous + 1 if dim < previous < 4 and self.rows else dim
            self.heading_dimension = (heading["star"] or "") + str(dim)
            self.heading_line = i
            # the dimension's total printed on its heading row (``มิติที่ 1 | การสร้าง... | 38,000``)
            amounts = [a for c in filled[1:] if (a := parse_money(c, read="cell")) is not None]
            if len(filled) >= 3 and len(amounts) == 1 and not self.layout.year_cells:
                self.totals.append(StatedTotal(label=f"มิติที่ {dim}", amount=amounts[0], page_no=line.page_no))
            return
        if UNNUMBERED_DIMENSION.match(flat) and not SEQ_CELL.match(filled[0]) and len(filled) == 1:
            # OCR lost the heading's digit (``มิติที่การสร้างสังคม...``): the next dimension
            previous = int(self.heading_dimension.lstrip("*")) if self.heading_dimension else 0
            self.heading_dimension = str(min(previous + 1, 4))
            return
        task = TASK_HEADING_CELL.match(filled[0].strip()) if len(filled) == 2 else None
        if len(filled) == 1 and row_cells[0].strip() and (numbered_task := TASK_HEADING_LINE.match(filled[0].strip())):
            task = numbered_task  # ``๑.๒ การสร้างจิตสำนึก...`` across the row, its number in its words
        if task and row_cells[0].strip() and (not self.heading_dimension or self.heading_dimension.lstrip("*") == task["dim"]):
            self.heading_line = i  # a task heading: no project, its wrapped rest no project's name either
            return
        garbled_label = len(filled) == 2 and len(filled[0]) <= GARBLED_HEADING and not SEQ_CELL.match(filled[0])
        named = dimension_named(filled[-1]) if len(filled) == 1 or garbled_label else None
        if row_cells[0].strip() and named is not None:
            # the heading's ``มิติที่ ๓`` garbled past reading (``HAN on การส่งเสริมบทบาท...``):
            # the framework's name for the dimension says which
            self.heading_dimension = str(named)
            self.heading_line = i
            return
        if self.start_row(i, line, row_cells):
            return
        if TABLE_OVER.match(flat):
            self.after_total = True  # a summary's title or a signature: no row goes on past it
        if self.heading_line == i - 1 and len(filled) == 1:
            self.heading_line = i  # (a long name wraps over more lines than one)
            return  # the dimension heading's wrapped rest (``...การปฏิบัติราชการ`` / ``ขององค์กร...``)
        # (a legend after the table, its label in the first column: ``หมายเหตุ  รหัสโครงการ หมายถึง...``)
        legend = regex.match(r"หมายเหตุ(?:\s|$)", row_cells[0].strip()) is not None
        if self.rows and not self.after_total and not FOOTNOTE.match(flat) and not legend:
            self.continue_row(i, row_cells)

    def read_prose_total(self, flat: str, page_no: int) -> None:
        """A dimension's budget in the plan's summary sentences before its table (``มิติที่ ๑
        การสร้างสังคม... จำนวน ๔ โครงการ งบประมาณ ๕๘,๐๐๐ บาท``, the budget perhaps wrapped onto
        the next line): a summary total."""
        named = PROSE_DIMENSION.match(flat)
        dimension = int(named["dim"]) if named else self.prose_dimension
        self.prose_dimension = None
        grand = PROSE_GRAND.match(flat) if dimension is None else None
        if dimension is None and grand is None:
            return
        counted = PROSE_COUNT.search(flat) is not None
        budget = PROSE_BUDGET.search(flat) if counted else None  # (a count beside it: a summary)
        amount = parse_money(budget["amount"], read="cell") if budget else None
        if amount is None and counted and PROSE_NO_BUDGET.search(flat):
            amount = Decimal(0)  # (``งบประมาณ ไม่ใช้งบประมาณ``: the dimension's projects cost nothing)
        label = grand["label"] if grand else f"มิติที่ {dimension}"
        if amount is not None:
            self.totals.append(StatedTotal(label=label, amount=amount, page_no=page_no, summary=True))
        elif named and not counted and len(flat) > PROSE_HEADING and not SEQ_CELL.match(flat):
            self.prose_dimension = dimension  # (its count and budget on the next line)

    def is_repeated_title(self, flat: str) -> bool:
        return any(flat == title for title in self.title_lines) and (self.header_seen or bool(self.rows))

    # header ------------------------------------------------------------------------------------
    def read_header(self, i: int, row_cells: Sequence[str]) -> None:
        row_cells = years_apart(row_cells)
        second_line = self.header_line == i - 1  # a header printed over two lines
        self.summary_budget_at = None
        by_source = source_summary_header(row_cells)
        if (any(SUMMARY_HEADER.search(c) for c in row_cells) or by_source) and not any(HEADER_SEQ.match(c) for c in row_cells if c):
            self.summary_budget_at = next(
                (k for k, c in enumerate(row_cells) if BUDGET_HEADER.search(c) and not (by_source and k == 0)),
                # (no budget column but one per source and their total: ``มิติ | จำนวนโครงการ | งบเทศบาล |
                # เงินอุดหนุน | แหล่งอื่น | รวม (บาท)``, the total's)
                next(
                    (
                        k
                        for k, c in enumerate(row_cells)
                        if k > 0
                        and SUMMARY_TOTAL_HEADER.fullmatch(c.strip())
                        # (money in the table: the total says baht, or a column names a source; a
                        # ``รวม`` of counts is none)
                        and (regex.search(r"บาท|เงิน", c) or any(MONEY_SOURCE_HEADER.search(h) for h in row_cells))
                    ),
                    None,
                ),
            )
            if self.summary_budget_at is not None:
                self.summary_header_line = i
                return
        first = self.layout.first_header
        if (
            not second_line
            and len(first) == len(row_cells) >= 4
            and sum(a.strip() != b.strip() for a, b in zip(first, row_cells, strict=True)) <= max(1, len(first) // 4)
        ):
            # the header repeated over the next page, a cell or two a scan garbled (``มิติ`` as ``a``):
            # the columns the first said
            self.header_seen, self.header_line = True, i
            return
        self.header_seen = True
        self.header_line = i
        self.header_lines.append(i)
        if not second_line:
            self.layout.first_header = tuple(row_cells)
        joined = " ".join(row_cells)
        dimension_at = next((k for k, c in enumerate(row_cells) if DIMENSION_HEADER.search(c)), None)
        budget_at = next((k for k, c in enumerate(row_cells) if BUDGET_HEADER.search(c)), None)
        if second_line and dimension_at is None:
            self.read_quarter_labels(i, row_cells)
            self.read_year_columns(row_cells)  # (``ปี ๒๕๖๙ | ปี ๒๕๗๐`` under ``งบประมาณ``)
            if self.lines[i].ruled:
                self.read_budget_parts(row_cells)
            return
        self.layout.has_dimension = dimension_at is not None
        if dimension_at is not None and budget_at is not None:
            self.layout.dimension_before_budget = dimension_at < budget_at
        name_at = next((k for k, c in enumerate(row_cells) if NAME_HEADER.search(c)), None)
        if dimension_at is not None and name_at is not None:
            self.layout.dimension_before_name = dimension_at < name_at
        self.layout.budget_before_name = budget_at is not None and name_at is not None and budget_at < name_at
        texts_before = [
            k for k, c in enumerate(row_cells[: name_at or 0]) if c.strip() and not HEADER_SEQ.match(c.strip()) and k != budget_at
        ]
        tabbed_header = self.lines[i].ruled
        self.layout.name_at = name_at if tabbed_header and texts_before else None
        self.layout.dimension_at = dimension_at if tabbed_header else None
        if regex.search(r"ไตรมาส|ระยะเวลา|ต\.ค\.|Q[1-4]", joined):
            self.layout.has_quarters = True
        self.layout.has_responsible = any(RESPONSIBLE_HEADER.search(c) for c in row_cells)
        self.layout.other_cells = frozenset(k for k, c in enumerate(row_cells) if c and OTHER_HEADER.match(c.strip()))
        self.layout.source_cells = frozenset()  # (a new table's header: its own sources, if any)
        self.layout.remarks_cell = next(
            (k for k, c in enumerate(row_cells) if REMARKS_HEADER.search(c)), None
        )
        if spaced(self.lines[i]):
            remarks = [start for start, _, token in token_columns(self.lines[i].cells) if REMARKS_HEADER.search(token)]
            self.layout.remarks_column = remarks[0] if remarks else None
        self.read_quarter_labels(i, row_cells)
        self.read_year_columns(row_cells)
        self.layout.schedule_span = schedule_span(row_cells)
        self.layout.span_total_cell = next(
            (k for k, c in enumerate(row_cells) if k > (budget_at or 0) and SPAN_TOTAL_HEADER.fullmatch(c.strip())), None
        )
        # (any label of a total after the budget column, the span total's among them: ``รวม (บาท)``,
        # ``รวมงบประมาณ``, ``รวม ๓ ปี (...)``)
        self.layout.span_total_printed |= any(k > (budget_at or 0) and c.strip().startswith("รวม") for k, c in enumerate(row_cells))

    def read_year_columns(self, row_cells: Sequence[str]) -> None:
        """Budget columns, one per year; the plan's budget is in its fiscal year's (or the first)."""
        years = [
            (k, int(m["year"]))
            for k, c in enumerate(row_cells)
            if (m := BE_YEAR.search(c)) and (BUDGET_HEADER.search(c) or len(c) <= 16)
        ]
        if not years:  # forward estimates headed by the year's last two digits (``ปี 69 | ปี 70``)
            years = [(k, 2500 + int(m["yy"])) for k, c in enumerate(row_cells) if (m := SHORT_YEAR_HEADER.fullmatch(c.strip()))]
        if (packed := years_in_order(row_cells)) is not None and len(packed) > len(years):
            years = packed
        years = years_between(years, row_cells)
        if len(years) < 2 or len({year for _, year in years}) != len(years):
            return
        if self.layout.years and [year for _, year in years] != self.layout.years:
            return  # a page's repeated header a scan garbled (``U 2568 | ปี | 2569ปี 2570``): the first stands
        title = " ".join(self.title_lines)
        found = [year for _, year in years]
        plan_year, budget_at = find_fiscal_year(title), next((k for k, c in enumerate(row_cells) if BUDGET_HEADER.search(c)), None)
        multi_year = spans_years(title)
        if (
            plan_year is not None
            and found == [plan_year - 1, plan_year]
            and budget_at is not None
            and budget_at < years[0][0]
            and not any(BUDGET_HEADER.search(row_cells[k]) for k, _ in years)
            and not multi_year
        ):
            return  # the calendar years over a schedule's months (``พ.ศ. 2568 | พ.ศ. 2569`` in fiscal 2569), no budgets
        self.layout.year_cells = [k for k, _ in years]
        self.layout.years = found
        self.layout.multi_year = multi_year
        self.layout.plan_year_at = found.index(plan_year) if plan_year in found else 0

    def span_total_apart(self, amounts: list[tuple[int, Decimal]]) -> tuple[list[tuple[int, Decimal]], Decimal | None]:
        """A multi-year plan's row of amounts without the span's total after the years' (one
        amount more than year columns, the last), and that total; as they were otherwise."""
        if self.layout.multi_year and len(amounts) == len(self.layout.years) + 1:
            return amounts[:-1], amounts[-1][1]
        return amounts, None

    def year_amount(self, amounts: Sequence[tuple[int, Decimal]], tabbed: bool) -> Decimal | None:
        """The plan year's amount among a row's amounts, one per year column."""
        if not amounts:
            return None
        layout = self.layout
        if tabbed:
            wanted = layout.year_cells[layout.plan_year_at]
            exact = [amount for k, amount in amounts if k == wanted]
            if exact:
                return exact[0]
        if len(amounts) == len(layout.year_cells):
            return amounts[layout.plan_year_at][1]
        return amounts[0][1]

    def by_year(self, amounts: Sequence[tuple[int, Decimal]], tabbed: bool) -> list[tuple[int, Decimal]]:
        """Each year column's amount, when every year has one (by cell when tabbed)."""
        layout = self.layout
        if tabbed and {k for k, _ in amounts} == set(layout.year_cells):
            year_of = dict(zip(layout.year_cells, layout.years, strict=True))
            return [(year_of[k], amount) for k, amount in amounts]
        if tabbed and amounts and {k for k, _ in amounts} < set(layout.year_cells):
            # a year's cell empty beside the others' amounts (its ``-`` a scan lost): none that year
            by_cell = dict(amounts)
            return [(year, by_cell.get(k, Decimal("0.00"))) for k, year in zip(layout.year_cells, layout.years, strict=True)]
        if len(amounts) == len(layout.years):
            return [(year, amount) for year, (_, amount) in zip(layout.years, amounts, strict=True)]
        return []

    def read_quarter_labels(self, i: int, row_cells: Sequence[str]) -> None:
        by_cell = {k: q - 1 for k, c in enumerate(row_cells) if c and (q := quarter_label(c)) is not None}
        by_cell = with_garbled_quarter(by_cell, row_cells)
        if set(by_cell.values()) != {0, 1, 2, 3}:
            by_cell = months_in_order(row_cells) or by_cell
        packed = next((k for k, c in enumerate(row_cells) if QUARTERS_IN_ONE.fullmatch(c.strip())), None)
        if set(by_cell.values()) != {0, 1, 2, 3} and packed is not None and not any(row_cells[packed + 1 :]):
            # ``ไตรมาส`` over ``1234`` in one cell (a scan found no ruling between the quarters' short
            # columns under their merged header): the four columns from there, the remarks after them
            by_cell = {packed + q: q for q in range(4)}
            if self.layout.remarks_cell is not None and self.layout.remarks_cell > packed:
                self.layout.remarks_cell += 3
        if set(by_cell.values()) == {0, 1, 2, 3}:
            self.layout.quarter_cells = by_cell
            self.layout.has_quarters = True
            if any(k in by_cell for k in self.layout.year_cells):
                # the years above were the months' years (``พ.ศ. ๒๕๖๘`` over ต.ค.-ธ.ค.), no budget columns
                self.layout.year_cells, self.layout.years = [], []
        if not spaced(self.lines[i]):
            return
        centres = [
            ((start + end) / 2, q - 1)
            for start, end, token in token_columns(self.lines[i].cells)
            if (q := quarter_label(token)) is not None
        ]
        if {q for _, q in centres} == {0, 1, 2, 3}:
            self.layout.quarter_columns = centres
            self.layout.has_quarters = True

    def read_budget_parts(self, row_cells: Sequence[str]) -> None:
        """A budget split by source under the header (``ข้อบัญญัติ อบต. | แหล่งอื่น | รวม``): the
        budget is the total's column, so the source columns before it hold no field."""
        total = next((k for k, c in enumerate(row_cells) if BUDGET_TOTAL_CELL.fullmatch(c.strip())), None)
        if total is None:
            # no total's column (``งบ อบต. | อุดหนุน``): the budget is the sources' sum
            # (``งบประมาณ`` under each year's ``ปี 2567``: the year's budget, no source)
            sources = [
                k
                for k, c in enumerate(row_cells)
                if c.strip() and len(c) <= 20 and BUDGET_SOURCE_CELL.search(c) and k not in self.layout.year_cells
            ]
            if len(sources) >= 2 and sources[-1] - sources[0] == len(sources) - 1:
                self.layout.source_cells = frozenset(sources)
            return
        sources_before = {k for k, c in enumerate(row_cells[:total]) if c.strip() and BUDGET_SOURCE_CELL.search(c)}
        self.layout.other_cells = self.layout.other_cells | sources_before

    def read_year_summary(self, row_cells: Sequence[str], page_no: int) -> bool:
        """A summary table by year before the plan's table: its header (the years, then the count
        and budget under each), its dimensions' and total's rows as stated totals of each year
        (a dash, none); False when the line is none of it."""
        filled = [c for c in row_cells if c]
        if not self.summary_years:
            years = {k: int(m["year"]) for k, c in enumerate(row_cells) if (m := SUMMARY_YEAR_CELL.match(c.strip()))}
            # (its own shape: ``มิติ`` first, a blank cell after each year for the count's pair, no
            # project's column: the plan's table has one)
            paired = all(k + 1 >= len(row_cells) or not row_cells[k + 1].strip() for k in years)
            named = any(regex.search(r"โครงการ|กิจกรรม|มาตรการ|ภารกิจ", c) for c in row_cells)
            if len(years) >= 2 and filled and regex.fullmatch(r"มิติ(?:ที่)?", filled[0].strip()) and paired and not named:
                self.summary_years, self.summary_budgets = years, {}
                return True
            return False
        if not self.summary_budgets:
            columns = sorted(self.summary_years)
            for n, k in enumerate(columns):
                end = columns[n + 1] if n + 1 < len(columns) else len(row_cells)
                # (``งบประมา ณ``: a scan's space inside the label)
                at = next((j for j in range(k, min(end, len(row_cells))) if BUDGET_HEADER.search(row_cells[j].replace(" ", ""))), None)
                if at is not None:
                    self.summary_budgets[self.summary_years[k]] = at
            if len(self.summary_budgets) != len(self.summary_years):
                self.summary_years, self.summary_budgets = {}, {}
                return False
            return True
        first = row_cells[0].strip() if row_cells else ""
        heading = DIMENSION_HEADING.match(first)
        lost = heading is None and regex.fullmatch(r"มิติ\s*ที่?", first) is not None  # (its digit a scan lost)
        if heading is None and not lost and not TOTAL_LABEL.match(first):
            if not first and not any(parse_money(c, read="cell") is not None for c in filled):
                return True  # the header's last line (``โครงการ | (บาท)``), a name's wrapped rest
            self.summary_years, self.summary_budgets = {}, {}
            return False
        dimension = heading["dim"] if heading else str(self.summary_dimension + 1) if lost else None
        label = f"มิติที่ {dimension}" if dimension else clean(first) or first
        self.summary_dimension = int(dimension) if dimension else self.summary_dimension
        counts = {year: k for k, year in self.summary_years.items()}
        for year, at in self.summary_budgets.items():
            cell = row_cells[at].strip() if at < len(row_cells) else ""
            amount = cell_amount(cell)
            count = row_cells[counts[year]].strip() if counts[year] < len(row_cells) else ""
            if amount is None and not cell and regex.fullmatch(r"\d{1,3}", count):
                amount = Decimal("0.00")  # a year's projects counted, its budget's dash a scan lost
            if amount is not None:
                self.totals.append(StatedTotal(label=label, amount=amount, page_no=page_no, year=year, summary=True))
        return True

    def read_summary_row(self, row_cells: Sequence[str], page_no: int) -> bool:
        """A row of the summary table: its first cell (``มิติที่ ๑ ...``, ``รวม``) and the amount
        under the budget header, as a stated total; False (and the summary over) otherwise."""
        filled = [c for c in row_cells if c]
        at = self.summary_budget_at
        # (a dash, ``ไม่ใช้งบประมาณ | 3 | -``: a row of none)
        amount = cell_amount(row_cells[at]) if at is not None and at < len(row_cells) else None
        years = {
            k: int(m["year"]) for k, c in enumerate(row_cells) if (m := SUMMARY_YEAR_CELL.match(c.strip()))
        }
        if amount is None and len(years) >= 2 and not self.totals_of_summary():
            # the header's second row, the budget by year (``ปี 2568 | ปี 2569``): the plan's year
            # is the one its totals are of (else the latest)
            plan_year = find_fiscal_year(" ".join(self.title_lines))
            self.summary_budget_at = next(
                (k for k, y in years.items() if y == plan_year),
                next(
                    (k for k, y in years.items() if plan_year and y % 10 == plan_year % 10 and len(str(y)) < 4),
                    max(years, key=lambda k: years[k]),
                ),
            )
            return True
        if len(filled) < 2 or amount is None:
            self.summary_budget_at = None
            return False
        label = clean(filled[0]) or filled[0]
        if garbled := GARBLED_DIMENSION_LABEL.match(label):
            label = f"มิติที่ {label[garbled.end() :].strip()}"  # (``มตท1``, ``มิติที2``: its marks lost in a scan)
        self.totals.append(StatedTotal(label=label, amount=amount, page_no=page_no, summary=True))
        return True

    def totals_of_summary(self) -> bool:
        return any(total.summary for total in self.totals)

    # rows ---------------------------------------------------------------------------------------
    def start_row(self, i: int, line: Line, row_cells: list[str]) -> bool:
        """Read a data row (one that opens with its sequence number); False when it is not one."""
        first = next(k for k, c in enumerate(row_cells) if c)
        expected = self.rows[-1].seq + 1 if self.rows else None
        match = SEQ_CELL.match(row_cells[first])
        code = CODE_CELL.match(row_cells[first].strip()) if match is None and (self.coded or not self.rows) else None
        if (
            code is not None
            and self.parents
            and not code["item"]
            and self.header_seen
            and any(row_cells[first + 1 :])
            and self.heads_task(code, row_cells[first + 1 :])
        ):
            # ``๑.๑ | การสร้างจิตสำนึก...`` with nothing in its other cells, over ``๑.๑.๑ | โครงการ...
            # | ๘๐,๐๐๐``: a task of the dimension heading its projects (codes มิติ.ภารกิจ.ลำดับ)
            self.heading_dimension, self.heading_line = code["dim"], i
            return True
        if code is not None and self.header_seen and any(row_cells[first + 1 :]):
            # a plan numbered by codes: its rows counted in order, the code's first digit the dimension
            self.coded = True
            row = PlanRow(seq=len(self.rows) + 1, page_no=line.page_no)
            rest = row_cells[first + 1 :]
            self.fill_row(row, rest, offset=len(row_cells) - len(rest), placed=self.lines[i])
            row.dimension = row.dimension or code["dim"]
            self.heading_dimension = code["dim"]
            self.rows.append(row)
            self.row_line, self.after_total = i, False
            return True
        if match:
            rest = row_cells[first + 1 :]
            if not any(rest):
                return False
            seq = int(match["seq"])
        elif (
            expected is not None
            and GARBLED_SEQ.fullmatch(row_cells[first].strip())
            and self.looks_like_row(row_cells[first + 1 :])
            and regex.search(r"\p{Thai}{3}", row_cells[first + 1] if first + 1 < len(row_cells) else "")
        ):
            # ``ว | กิจกรรมการบริหารงานบุคคล | 2 | 0 | ✓ ...`` between rows 4 and 6: the row number a
            # scan garbled (5 read ว), the next in order
            rest, seq = row_cells[first + 1 :], expected
        else:
            match = SEQ_WITH_NAME.match(row_cells[first])
            if not match or (expected is not None and int(match["seq"]) != expected):
                return False
            rest, seq = [match["rest"], *row_cells[first + 1 :]], int(match["seq"])
        if expected is not None and seq != expected and not self.looks_like_row(rest):
            return False
        row = PlanRow(seq=seq, page_no=line.page_no)
        self.fill_row(row, rest, offset=len(row_cells) - len(rest), placed=self.lines[i])
        if not row.name_parts or not regex.search(r"\p{Thai}|[A-Za-z]{2}", " ".join(row.name_parts)):
            return False  # a sub-header (``1 2 3 4``) OCR garbled, not a project
        if row.dimension is None:
            row.dimension = self.heading_dimension
        elif self.layout.has_dimension:
            self.heading_dimension = row.dimension  # a มิติ cell filled on a dimension's first row only
        self.rows.append(row)
        self.row_line = i
        self.after_total = False
        return True

    def looks_like_row(self, rest: Sequence[str]) -> bool:
        return any(parse_money(c, read="cell") is not None or TICK_CELL.match(c) for c in rest if c)

    def heads_task(self, code: regex.Match[str], rest: Sequence[str]) -> bool:
        """Whether a two-level coded row heads a task: a task has items under it (``๑.๑`` over
        ``๑.๑.๑``) and no budget of its own, though a scan may put a neighbour's tick on it; a
        two-level row with no items is a project unless nothing of a project's stands in it."""
        if (code["dim"], code["sub"]) in self.parents:
            return not self.holds_money(rest)
        return not (self.looks_like_row(rest) or self.holds_money(rest))

    @staticmethod
    def holds_money(rest: Sequence[str]) -> bool:
        """Whether cells after a task's code hold a budget: an amount, a dash or ``ไม่ใช้งบประมาณ``
        (a tick alone is a stamp's or a neighbour's a scan put on the task's row)."""
        return any(
            parse_money(c, read="cell") is not None or NO_BUDGET_CUT.search(c) or c.strip() == "-" for c in rest if c
        )

    def fill_row(self, row: PlanRow, rest: Sequence[str], offset: int, placed: Line) -> None:
        marks: list[tuple[int, str]] = []
        texts: list[tuple[int, str]] = []
        year_amounts: list[tuple[int, Decimal]] = []
        span_total: Decimal | None = None
        quarter_amounts: list[Decimal] = []
        sources: list[Decimal] = []
        tabbed = placed.ruled
        # (tab rows) the last source column: a cell beyond it is remarks, not a budget
        sources_end = max(self.layout.source_cells) if tabbed and self.layout.source_cells else None
        if tabbed and not self.layout.quarter_cells and self.layout.schedule_span:
            # no quarter label read under the schedule's header: its four cells are the quarters
            self.layout.quarter_cells = {k: q for q, k in enumerate(self.layout.schedule_span)}
            self.layout.has_quarters = True
        last = max((k for k, cell in enumerate(rest, start=offset) if cell), default=-1)
        for k, cell in enumerate(rest, start=offset):
            if not cell:
                continue
            if (
                tabbed
                and k == last
                and k in self.layout.quarter_cells
                and self.layout.remarks_cell is not None
                and k < self.layout.remarks_cell
                and regex.search(r"\p{Thai}{3}", cell)
                and not month_like(cell)
            ):
                k = self.layout.remarks_cell  # words in the last month's cell: the remarks, a scan lost an empty cell
            if tabbed and k in self.layout.source_cells and k != row.name_cell:
                amount = cell_amount(cell)
                if amount is not None:
                    sources.append(amount)
                    continue
            if tabbed and k in self.layout.other_cells:
                if row.budget is None and (NO_BUDGET_CUT.fullmatch(cell) or NO_BUDGET_REMARK.fullmatch(cell.strip())):
                    row.budget = Decimal("0.00")  # ``ไม่ใช้(งบประมาณ)`` in the source column, the budget's dash lost
                continue
            if tabbed and self.layout.name_at is not None and k < self.layout.name_at:
                # a dimension's or a task's cell before the name's (``๑. การสร้างสังคม...``)
                if k == self.layout.dimension_at and row.dimension is None and (lead := DIMENSION_LEAD.match(cell)):
                    row.dimension = lead["dim"]
                continue
            if not row.name_parts:
                if self.layout.dimension_before_name and self.take_dimension(row, cell):
                    continue
                if self.layout.budget_before_name and row.budget is None:
                    if NO_BUDGET_CUT.fullmatch(cell):
                        row.budget = Decimal("0.00")  # ``ไม่ใช้`` / ``งบประมาณ`` wrapped in the narrow budget cell
                        continue
                    if self.take_budget(row, cell):
                        continue
                row.name_parts.append(cell)
                row.name_cell = k
                continue
            if TICK_CELL.match(cell):
                marks.extend((k, ch) for ch in cell if ch in (TICK, NO_TICK))
                continue
            if k in self.layout.quarter_cells and (
                MARK_IN_TICK_COLUMN.fullmatch(cell) or (tabbed and (FILLED_DOT.fullmatch(cell) or DOT_AND_SPECK.fullmatch(cell)))
            ):
                marks.append((k, TICK))  # a tick as OCR reads it (``”``, ``%``, ``ง``): a quarter cell holds nothing else
                continue
            if tabbed and k in self.layout.quarter_cells and (amount := parse_money(cell, read="cell")) is not None:
                # a quarter's column that holds what is spent in it (``งบประมาณรายไตรมาส``): an
                # amount is work in that quarter, a dash none; the budget is the total's column
                if amount > 0:
                    marks.append((k, TICK))
                    quarter_amounts.append(amount)
                    self.layout.quarter_amounts = True
                continue
            if RANGE_DRAWING.match(cell):
                marks.append((k, "range"))
                continue
            if self.take_dimension(row, cell):
                continue
            beyond_sources = sources_end is not None and k > sources_end
            if row.budget is None and NO_BUDGET_CUT.fullmatch(cell) and not beyond_sources:
                row.budget = Decimal("0.00")  # ``ไม่ใช้`` / ``งบประมาณ`` wrapped in a narrow cell
                continue
            if k in self.layout.year_cells and NO_BUDGET_CUT.fullmatch(cell):
                continue  # (the next years' ``ไม่ใช้``: none in them either, no remark)
            if self.layout.year_cells and tabbed and k not in self.layout.year_cells and regex.search(r"\p{Thai}", cell):
                texts.append((k, cell))  # (``ไม่ใช้งบประมาณ`` beyond the year columns: the remarks)
                continue
            if self.layout.year_cells and (amount := parse_money(cell, read="cell")) is not None:
                if tabbed and k == self.layout.span_total_cell:
                    span_total = amount
                    continue
                year_amounts.append((k, amount))
                continue
            if tabbed and k == self.layout.remarks_cell and NO_BUDGET_REMARK.search(cell):
                # ``ไม่ใช้งบประมาณ`` in the remarks column: the remark, and a budget of none where the
                # budget's own cell is empty (its dash a scan lost)
                row.budget = Decimal("0.00") if row.budget is None else row.budget
                texts.append((k, cell))
                continue
            if not beyond_sources and self.take_budget(row, cell):
                continue
            texts.append((k, cell))
        if sources:
            row.budget = sum(sources, Decimal("0.00"))  # (``10,000 | 15,000`` from two sources)
        if row.budget is None and quarter_amounts:
            row.budget = sum(quarter_amounts, Decimal("0.00"))  # no total's column: the quarters' sum
        if year_amounts and self.layout.multi_year:
            if span_total is None:
                year_amounts, span_total = self.span_total_apart(year_amounts)  # (space-aligned)
            row.year_budgets = self.by_year(year_amounts, tabbed=tabbed)
            row.budget = span_total if span_total is not None else sum((a for _, a in year_amounts), Decimal("0.00"))
        elif year_amounts:
            row.budget = self.year_amount(year_amounts, tabbed=tabbed)
            row.year_budgets = self.by_year(year_amounts, tabbed=tabbed)
        for k, text in texts:
            in_words = quarters_from_text(text) if self.layout.has_quarters and row.quarters is None else None
            if in_words is not None and len(text) < 40:
                row.quarters = in_words
                row.period_cell, row.period_text = (k, text) if tabbed else (None, "")
                continue
            if not self.is_remarks_text(k, placed, len(texts)):
                continue
            row.remarks_parts.append(text)
            if row.remarks_cell is None:
                row.remarks_cell = k
        if row.remarks_cell is not None and spaced(placed):
            row.remarks_column = cell_column(placed, row.remarks_cell)
        quarters = self.quarters_of(marks, placed)
        if quarters is not None:
            row.quarters = quarters
        elif row.quarters is None and self.layout.has_quarters:
            row.quarters = [False] * 4

    def is_remarks_text(self, k: int, placed: Line, text_cells: int) -> bool:
        """Whether a text cell after the name is the remarks (not a responsible office)."""
        layout = self.layout
        if not self.header_seen or not layout.has_responsible:
            return layout.remarks_cell is not None or not self.header_seen
        if layout.remarks_cell is None:
            return False
        column = cell_column(placed, k)
        if column is not None and layout.remarks_column is not None:
            return column >= layout.remarks_column - 2
        if placed.ruled:
            return k >= layout.remarks_cell
        return False

    def take_dimension(self, row: PlanRow, cell: str) -> bool:
        if row.dimension is not None or not self.layout.has_dimension:
            return False
        if row.budget is not None and self.layout.dimension_before_budget:
            return False
        match = DIMENSION_CELL.match(cell)
        if not match:
            return False
        row.dimension = match["dim"].replace(" ", "")
        return True

    def take_budget(self, row: PlanRow, cell: str) -> bool:
        if row.budget is not None:
            return False
        amount = parse_money(cell, read="cell")
        if amount is None:
            return False
        row.budget = amount
        row.no_budget_whole = amount == 0 and bool(regex.search(r"งบ\s*ประมาณ", cell))
        return True

    def quarters_of(self, marks: Sequence[tuple[int, str]], placed: Line) -> list[bool] | None:
        """The four quarter flags from the row's tick marks (and, when needed, their positions)."""
        if not marks:
            return None
        symbols = [m for _, m in marks]
        by_month = len(self.layout.quarter_cells) > 4 or len(self.layout.quarter_columns) > 4
        if len(symbols) == 4 and "range" not in symbols and not by_month:
            return [m == TICK for m in symbols]
        if spaced(placed) and self.layout.quarter_columns:
            flags = [False] * 4
            for column, ticked in tick_columns(placed.cells):
                # (a dot only right under a quarter's number: a status column's ``●`` beside them is none)
                quarter = nearest_quarter(column, self.layout.quarter_columns, 0.5 if ticked is None else 1.0)
                if quarter is not None and ticked is not False:
                    flags[quarter] = True
            for start, end, token in token_columns(placed.cells):
                if RANGE_DRAWING.match(token):
                    for centre, q in self.layout.quarter_columns:
                        flags[q] = flags[q] or start - 1 <= centre <= end + 1
            return flags
        if len(self.layout.quarter_cells) >= 4:
            flags = [False] * 4
            for k, mark in marks:
                if k in self.layout.quarter_cells and mark in (TICK, "range"):
                    flags[self.layout.quarter_cells[k]] = True
            return flags
        # Unticked columns left blank, and nothing says where the ticks stand.
        return None

    def field_cells(self, row_cells: Sequence[str], tabbed: bool) -> list[tuple[int, str]]:
        """(index, text) of a row's filled cells, without those of columns that hold no field
        (a programme's, a source of funds') when the row is a ruled one."""
        return [(k, c) for k, c in enumerate(row_cells) if c and not (tabbed and k in self.layout.other_cells)]

    def total_cells(self, row_cells: Sequence[str], tabbed: bool) -> list[tuple[int, str]]:
        """A total row's field cells; without the quarters' own sums where the quarter columns
        hold amounts and a total's column beside them holds one too."""
        kept = self.field_cells(row_cells, tabbed)
        if not tabbed or not self.layout.quarter_amounts:
            return kept
        outside = [(k, c) for k, c in kept if k not in self.layout.quarter_cells]
        if any(parse_money(c, read="cell") is not None for _, c in outside[1:]):
            return outside
        return kept

    def continue_row(self, i: int, row_cells: list[str]) -> None:
        """A line without a sequence number: the rest of the previous row's name or remarks."""
        row = self.rows[-1]
        placed = self.lines[i]
        tabbed = placed.ruled
        filled = self.field_cells(row_cells, tabbed)
        named = False
        for k, cell in filled:
            if tabbed and self.layout.name_at is not None and k < self.layout.name_at:
                continue  # a dimension's or task's wrapped text in its own column, no part of the name
            if tabbed and k == row.period_cell:
                # the period's wrapped rest (``พ.ย. 68 -`` / ``ก.พ. 69``): the quarters of the whole
                row.period_text = f"{row.period_text} {cell}"
                row.quarters = quarters_from_text(row.period_text) or row.quarters
                continue
            amount_wanted = (
                row.budget is None and parse_money(cell, read="cell") is not None and len(filled) > 1
            )
            if row.budget == 0 and not row.no_budget_whole and regex.fullmatch(r"งบ\s*ประมาณ", cell):
                continue  # the rest of ``ไม่ใช้ / งบประมาณ``
            if NUMBERS_ONLY.fullmatch(cell) and not TICK_CELL.match(cell) and not amount_wanted:
                continue  # the quarter sub-header of a repeated page header, garbled by OCR
            if TICK_CELL.match(cell):
                if row.quarters is None or not any(row.quarters):
                    quarters = self.quarters_of([(k, ch) for ch in cell if ch in (TICK, NO_TICK)], placed)
                    if quarters is not None:
                        row.quarters = quarters
                continue
            if row.budget is None and parse_money(cell, read="cell") is not None and len(filled) > 1:
                row.budget = parse_money(cell, read="cell")
                continue
            if self.is_remarks_cell(row, k, placed):
                row.remarks_parts.append(cell)
            elif not self.is_responsible_cell(row, k, placed, named):
                row.name_parts.append(cell)
                named = True

    def is_responsible_cell(self, row: PlanRow, k: int, placed: Line, named: bool) -> bool:
        """Whether a continuation line's text cell is the wrapped rest of a responsible office
        (``กองการศึกษา ศาสนา`` / ``และวัฒนธรรม``), not of the name: another cell than the
        name's on a ruled row, or a second text cell after the name's rest."""
        if not self.layout.has_responsible:
            return False
        if placed.ruled and row.name_cell is not None:
            return k != row.name_cell
        return named

    def is_remarks_cell(self, row: PlanRow, k: int, placed: Line) -> bool:
        column = cell_column(placed, k)
        if column is not None:
            reference = row.remarks_column if row.remarks_column is not None else self.layout.remarks_column
            return reference is not None and column >= reference - 2
        remarks_cell = row.remarks_cell if row.remarks_cell is not None else self.layout.remarks_cell
        return remarks_cell is not None and k >= remarks_cell

    # totals --------------------------------------------------------------------------------------
    def read_total(self, filled: Sequence[str], page_no: int) -> None:
        filled = counts_joined(filled)
        label_cell = filled[0]
        # The label ends where its amount starts; an ordinal stays (``รวมมิติที่ 1``).
        # (a count stays too: ``รวมทั้งสิ้น 12 โครงการ``)
        # (``รวม Lan ๑``: its มิติที่ garbled by a scan)
        label_cell = GARBLED_SUBTOTAL.sub(r"รวมมิติที่ \g<dim>", label_cell.strip())
        label = clean(TOTAL_AMOUNT_START.split(label_cell, maxsplit=1)[0]) or label_cell
        label = DIMENSION_ORDINAL.sub(r"มิติที่ \g<dim>", label)  # ``รวมมิติที ๑`` as OCR drops the tone
        label = regex.sub(r"(?<=[ก-ฮ\u0e30-\u0e4e])(?=\d)", " ", label)  # ``รวมทั้งสิ้น12 โครงการ``
        split = SPLIT_SUBTOTAL.match(label)
        if split and len(filled) > 1 and DIMENSION_CELL.match(filled[1]):
            # ``รวมมิติที | 1 | 45,000``: OCR split the label over a ruling
            label = f"รวมมิติที่ {filled[1].strip()}"
            filled = [filled[0], *filled[2:]]
        counted = COUNT_AS_DIMENSION.match(label)
        if counted and self.rows and self.rows[-1].dimension:
            # ``รวมมิติที่ 4 โครงการ``: a scan lost the dimension's number (``รวมมิติที่ 2 | 4 โครงการ``),
            # the count took its place: the dimension of the rows it sums
            label = f"รวมมิติที่ {self.rows[-1].dimension.lstrip('*')}"
        elif label.endswith("มิติที่") and self.rows and self.rows[-1].dimension:
            # (its number cut off by a page break inside the cell, ``รวมมิติที่`` / ``2`` at the next
            # page's head, where it reads as the page's number: the dimension of the rows it sums)
            label = f"{label} {self.rows[-1].dimension.lstrip('*')}"
        amount = parse_money(label_cell, read="label")
        if amount is None and self.layout.year_cells:
            amounts = [
                (k, a)
                for k, c in enumerate(filled[1:])
                # (``รวมทั้งสิ้น | 11 โครงการ | 160,000 | ...``: the count of projects in a cell of its own)
                if not COUNTED_NAME.fullmatch(c.strip()) and (a := parse_money(c, read="cell")) is not None
            ]
            amounts, whole = self.span_total_apart(amounts)
            if len(amounts) == len(self.layout.year_cells):
                self.after_total = True
                for year, (_, each) in zip(self.layout.years, amounts, strict=True):
                    self.totals.append(StatedTotal(label=label.rstrip(" :"), amount=each, page_no=page_no, year=year))
                if whole is not None:
                    self.totals.append(StatedTotal(label=label.rstrip(" :"), amount=whole, page_no=page_no, span=True))
                return
        for cell in filled[1:]:
            if amount is not None:
                break
            if (DIMENSION_CELL.match(cell) and not regex.search(r"[.,]", cell)) or COUNTED_NAME.fullmatch(cell.strip()):
                # A count column (number of projects) can come before the amount.
                continue
            amount = parse_money(cell, read="cell")
        if amount is None:
            counts = [parse_money(c, read="cell") for c in filled[1:]]
            amount = next((a for a in counts if a is not None), None)
        self.after_total = True
        if amount is not None:
            self.totals.append(StatedTotal(label=label.rstrip(" :"), amount=amount, page_no=page_no))

    def stated_totals(self) -> list[StatedTotal]:
        """The summary table's rows as printed, then the detail table's subtotals and grand
        total, each once, the grand total last (a detail total the summary printed under the
        same label, ``รวม 178,000`` in both, once)."""
        summary = [t for t in self.totals if t.summary]
        detail = self.detail_totals()
        # (a dimension's sum in the summary, ``มิติที่ 1 | 3 | 40,000``, printed in the table too,
        # ``รวมมิติที่ 1 | 40,000``: one figure, under the table's label)
        in_table = {(dimension, t.amount, t.year) for t in detail if (dimension := dimension_of_total(t.label)) is not None}
        summary = [t for t in summary if (dimension_of_total(t.label), t.amount, t.year) not in in_table]
        printed = {(uncounted(t.label), t.amount, t.year) for t in summary}
        return [*summary, *(t for t in detail if (uncounted(t.label), t.amount, t.year) not in printed)]

    def detail_totals(self) -> list[StatedTotal]:
        grand = self.grand_total()
        totals = [t for t in self.totals if not t.summary]
        if any(t.year is not None for t in totals):  # one set of totals per budget year
            grands = [t for t in totals if not SUBTOTAL.search(t.label)]
            return [*(t for t in totals if SUBTOTAL.search(t.label)), *grands]
        subtotals = [t for t in totals if SUBTOTAL.search(t.label) and t is not grand]
        seen: set[tuple[str, object]] = set()
        unique = []
        for total in subtotals:
            if (total.label, total.amount) not in seen:
                seen.add((total.label, total.amount))
                unique.append(total)
        return [*unique, *([grand] if grand else [])]

    def grand_total(self) -> StatedTotal | None:
        candidates = [t for t in self.totals if not SUBTOTAL.search(t.label) and not t.summary]
        if not candidates:
            return None
        grand = [t for t in candidates if GRAND_TOTAL.search(t.label)]
        if grand:
            return grand[-1]
        return max(candidates, key=lambda t: t.amount)


def report_date(lines: Sequence[Line]) -> dt.date | None:
    """The date the plan's data stand at (``ข้อมูล ณ วันที่ ...``), or its announcement date."""
    return dated_line(lines, regex.compile(r"ข้อมูล\s*ณ\s*วันที่")) or dated_line(lines, REPORT_DATE)


def repeated_year(segment: Segment) -> int | None:
    """The year a plan's title states on its other pages, when OCR garbled the first
    (``พ.ศ.๒/๘``): the most frequent stated year of the untouched text."""
    years = Counter(find_fiscal_years(segment.raw_text, label="stated"))
    return years.most_common(1)[0][0] if years else None


class _Common(TypedDict):
    """The columns every row of one plan shares."""

    doc_id: str
    fiscal_year: int | None


def mend_sequence(rows: Sequence[PlanRow]) -> None:
    """A row number out of its place between two neighbours one apart from it (``2 | ๖ | 4``:
    a scan read 3 as ๖) takes the number between them, when the number read stands elsewhere
    too or out of order."""
    numbers = Counter(row.seq for row in rows)
    for before, row, after in zip(rows, rows[1:], rows[2:], strict=False):
        between = before.seq + 1
        if after.seq == between + 1 and row.seq != between and (numbers[row.seq] > 1 or not before.seq < row.seq < after.seq):
            numbers[row.seq] -= 1
            row.seq = between


# The quarters a scan read as one header cell (``1234``, ``1  2  3  ศุ``).
QUARTERS_IN_ONE = regex.compile(r"[1๑]\s*[2๒]\s*[3๓]\s*(?:[4๔]|\S{1,2})")
# A subtotal whose count took its lost dimension number's place (``รวมมิติที่ 4 โครงการ``).
COUNT_AS_DIMENSION = regex.compile(r"^รวม\s*มิติ\s*ที่\s*\d{1,2}\s*(?:โครงการ|กิจกรรม|รายการ)")
# A legend that says a dash in a budget cell means no budget (``เครื่องหมาย - ในช่องงบประมาณ
# หมายถึง ดำเนินการโดยไม่ใช้งบประมาณ``)
DASH_MEANS_NONE = regex.compile(
    # (or the dash in quotes alone: ``หมายเหตุ "-" หมายถึง ดำเนินการโดยไม่ใช้งบประมาณ``)
    r"(?:เครื่อง\s*หมาย\s*(?:[\x22“]?\s*[-–]\s*[\x22”]?\s*(?:ใน\s*ช่อง\s*งบ\s*ประมาณ\s*)?|ใน\s*ช่อง\s*งบ\s*ประมาณ\s*)"
    r"|[\x22“]\s*[-–]\s*[\x22”]\s*)"
    r"หมาย\s*ถึง[\s\S]{0,40}?ไม่\s*(?:ได้\s*)?ใช้\s*งบ"
)  # (the dash itself lost by a copier too: ``เครื่องหมาย ในช่องงบประมาณ หมายถึง ...``)


# Where a header cell holding several columns' labels is cut: around a year, after a span's
# total (``รวม4ปี``).
HEADER_CUT = regex.compile(r"\s+(?=(?:ปี\s*)?25\d\d(?!\d))|(?<=(?<!\d)25\d\d)\s+|(?<=รวม\s*\d{1,2}\s*ปี)\s+")


def years_apart(row_cells: Sequence[str]) -> list[str]:
    """A header row with a cell that holds two or more years' columns (a scan found no ruling
    between them: ``โครงการ/กิจกรรม/มาตรการ  2569 2570  2571  2572 รวม4ปี ผู้รับผิดชอบ``) with each
    cell that holds a year cut into a cell per column."""
    if not any(YEARS_APART.search(cell) for cell in row_cells):
        return list(row_cells)
    out: list[str] = []
    for cell in row_cells:
        cut = YEARS_APART.search(cell) or YEAR_BEFORE_TOTAL.search(cell)
        out += [part.strip() for part in HEADER_CUT.split(cell) if part.strip()] if cut else [cell]
    return out


# Two years in one cell with nothing but a space between (not a span, ``2569 - 2571``), and a
# year with a span's total after it (``2572 รวม4ปี``).
YEARS_APART = regex.compile(r"(?<!\d)25\d\d\s+(?:ปี\s*)?25\d\d(?!\d)")
YEAR_BEFORE_TOTAL = regex.compile(r"(?<!\d)25\d\d\s+รวม")


def dashes_lost(rows: Sequence[PlanRow], years: Sequence[int]) -> None:
    """Under such a legend, a numbered row with a name and no amount at all had its dashes
    (a copier loses a lone ``-``): no budget, in every year column, where the other rows have
    amounts."""
    if not any(row.budget is not None for row in rows):
        return
    for row in rows:
        if row.budget is None and row.name and not row.year_budgets:
            row.budget = Decimal("0.00")
            row.year_budgets = [(year, Decimal("0.00")) for year in years] if len(years) > 1 else []


def parse(segment: Segment) -> Parsed:
    reader = PlanReader()
    reader.read(segment.lines)
    mend_sequence(reader.rows)
    if DASH_MEANS_NONE.search(segment.raw_text):
        dashes_lost(reader.rows, reader.layout.years)
    if reader.layout.multi_year and len(reader.layout.years) > 1:
        for row in reader.rows:
            if row.budget == 0 and not row.year_budgets:
                # ``ไม่ใช้งบประมาณ`` for its source, its years' dashes lost: none in any year
                row.year_budgets = [(year, Decimal("0.00")) for year in reader.layout.years]
    unit = table_unit(reader, segment.lines)
    if unit != 1:
        scale_amounts(reader, unit)
    title = clean(" ".join(reader.title_lines)) if reader.title_lines else None
    head_text = " ".join(
        [*(reader.title_lines), *(line.text.replace("\t", " ") for line in segment.lines[:8])]
    )
    fiscal_year = find_fiscal_year(title or "") or find_fiscal_year(head_text) or repeated_year(segment)
    # A plan of several years: each year's amount is a budget record of that year. Where its
    # table prints each row's total over the years (``รวม 3 ปี``), that is the project's budget
    # and the plan has no one fiscal year; where it prints the years alone, the project's budget
    # and the plan are of its first year (as readers of such plans take them).
    layout = reader.layout
    first_year = layout.years[0] if layout.multi_year and layout.years and not layout.span_total_printed else None
    if layout.multi_year:
        fiscal_year = first_year
    organization = find_organization(title or "") or find_organization(head_text)
    document = document_row(
        segment,
        title=title,
        organization=organization,
        doc_date=report_date(segment.lines),
        fiscal_year=fiscal_year,
    )
    parsed = Parsed(document=document)
    common: _Common = {"doc_id": segment.doc_id, "fiscal_year": fiscal_year}
    for row in reader.rows:
        parsed.rows.append(
            Project(
                page_no=row.page_no,
                seq=row.seq,
                name=row.name,
                dimension=row.dimension,
                budget_thb=first_year_budget(row, first_year),
                q1=row.quarters[0] if row.quarters else None,
                q2=row.quarters[1] if row.quarters else None,
                q3=row.quarters[2] if row.quarters else None,
                q4=row.quarters[3] if row.quarters else None,
                remarks=row.remarks,
                **common,
            )
        )
        # one budget row per year column of a plan budgeted over several years
        single: list[tuple[int | None, Decimal]] = [(fiscal_year, row.budget)] if row.budget is not None else []
        for year, amount in [*row.year_budgets] or single:
            parsed.rows.append(
                Budget(
                    page_no=row.page_no,
                    kind="plan_row",
                    label=row.name,
                    amount_thb=amount,
                    project_seq=row.seq,
                    doc_id=segment.doc_id,
                    fiscal_year=year,
                )
            )
    # Every stated total (per-dimension subtotals, then the grand total, in print order).
    for total in reader.stated_totals():
        parsed.rows.append(
            Budget(
                page_no=total.page_no,
                kind="plan_total",
                label=total.label,
                amount_thb=total.amount,
                doc_id=segment.doc_id,
                fiscal_year=None if total.span else total.year or fiscal_year,
            )
        )
    if not reader.rows:
        parsed.warnings.append(segment.warning("no table rows found"))
    return parsed


def first_year_budget(row: PlanRow, first_year: int | None) -> Decimal | None:
    """A project's budget: of the plan's first year where the plan budgets several years (its
    years' amounts are its budget records), else the row's."""
    if first_year is None or not row.year_budgets:
        return row.budget
    return next((amount for year, amount in row.year_budgets if year == first_year), row.budget)


# ``หน่วย : พันบาท`` over a plan's table, ``งบประมาณ (พันบาท)`` in its header: amounts in thousands
AMOUNT_UNIT = regex.compile(r"หน่วย\s*[:：]?\s*(?P<unit>พัน|ล้าน)\s*บาท|\(\s*(?P<unit>พัน|ล้าน)\s*บาท\s*\)")
UNITS = {"พัน": Decimal(1000), "ล้าน": Decimal(1_000_000)}
UNIT_REACH = 4  # lines above a table's header where its ``หน่วย :`` line stands (the office, a caption between)


def table_unit(reader: PlanReader, lines: Sequence[Line]) -> Decimal:
    """What a plan table's amounts count in baht: 1, or the thousands or millions a header of
    the table or a ``หน่วย :`` line right above one states (a unit elsewhere, the office's whole
    budget in millions in the introduction, is no unit of the table; a header in ``(บาท)`` wins)."""
    for at in reader.header_lines:
        header = lines[at].text if at < len(lines) else ""
        if regex.search(r"\(\s*บาท\s*\)", header):
            return Decimal(1)
        above = [lines[j].text for j in range(at - UNIT_REACH, at) if 0 <= j < len(lines)]
        match = AMOUNT_UNIT.search(header) or next((m for text in above if (m := AMOUNT_UNIT.search(text))), None)
        if match:
            return UNITS[match["unit"]]
    return Decimal(1)


def scale_amounts(reader: PlanReader, unit: Decimal) -> None:
    """A plan's amounts, stated in thousands (or millions), in baht."""
    for row in reader.rows:
        row.budget = None if row.budget is None else (row.budget * unit).quantize(Decimal("0.01"))
        row.year_budgets = [(year, (amount * unit).quantize(Decimal("0.01"))) for year, amount in row.year_budgets]
    reader.totals = [replace(t, amount=(t.amount * unit).quantize(Decimal("0.01"))) for t in reader.totals]


# --- where a plan opens (segment) -------------------------------------------------------------------


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    # The plan's title is repeated on every page of its table: one document, not many.
    if current in ("action_plan", "project_sheets"):
        return False
    text = line_text(lines, i)
    if not (single_cell(lines[i]) and len(text) < 200 and TITLE.match(text)):
        return False
    # The wrapped rest of another document's subject (``เรื่อง แต่งตั้งคณะทำงาน...`` /
    # ``แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ...``) is no plan's title.
    for back in (1, 2):  # (the subject may wrap twice before the plan's name)
        j = i - back
        if j < 0 or lines[j].page_no != lines[i].page_no or lines[i].index - lines[j].index != back:
            break
        if SUBJECT_LINE.match(line_text(lines, j)):
            return False
    # A wrapped body line that begins with the plan's name opens nothing unless a plan follows
    # (``... ให้หน่วยงานติดตามผลการดำเนินการตาม`` / ``แผนปฏิบัติการป้องกันการทุจริต อย่างต่อเนื่อง``:
    # a sentence cut after a word that needs its object, however short the line a scan made).
    runs_on = i > 0 and lines[i - 1].page_no == lines[i].page_no and bool(SENTENCE_CUT.search(line_text(lines, i - 1)))
    return not (continues_paragraph(lines, i) or runs_on) or ahead(lines, i, PLAN_CONTENT, 15)


TYPE = DocumentType(name="action_plan", opens=opens, parse=parse)
