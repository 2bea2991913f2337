"""Extractor of ita_scores rows: ITA indicator, instrument and overall scores in any document.

Scores come in several shapes, read by one pass over the lines:

- tables of indicators (``1. การปฏิบัติหน้าที่ <tab> 80.79 คะแนน``) under instrument headings
  (IIT / EIT / OIT or their Thai names), numbering often restarted under each instrument;
- year-over-year tables whose header names two fiscal years; cells merged across rows leave
  some rows with fewer cells, so each score cell belongs to the label cell before it;
- lines and prose (``ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ร้อยละ 86.74``,
  ``ได้คะแนน 45.56 คะแนน อยู่ในระดับ F``).

``indicator_no`` is the ITA framework's number (1..10), found from the indicator's name first
and from its printed number within its instrument second. A label names an indicator, an
instrument (its total) or the overall ITA score; anything else is not a score.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex
from rapidfuzz import fuzz

from parsers.common import cells, document_organization, join_lines
from parsers.doctype import DocumentType
from pipeline.model import Line, Segment
from pipeline.normalize import clean
from pipeline.thai import BE_YEAR, find_fiscal_year, find_fiscal_years, skeleton, to_arabic_digits
from schemas import ItaScore, Row

# --- the ITA framework ---------------------------------------------------------------------
# (framework number, instrument, printed names seen for the indicator)
INDICATORS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "IIT", ("การปฏิบัติหน้าที่",)),
    (2, "IIT", ("การใช้งบประมาณ",)),
    (3, "IIT", ("การใช้อำนาจ",)),
    (4, "IIT", ("การใช้ทรัพย์สินของราชการ",)),
    (5, "IIT", ("การแก้ไขปัญหาการทุจริต", "การแก้ไขปัญหาทุจริต")),
    (6, "EIT", ("คุณภาพการดำเนินงาน",)),
    (7, "EIT", ("ประสิทธิภาพการสื่อสาร",)),
    (8, "EIT", ("การปรับปรุงระบบการทำงาน", "การปรับปรุงการทำงาน")),
    (9, "OIT", ("การเปิดเผยข้อมูล",)),
    (10, "OIT", ("การป้องกันการทุจริต",)),
)
INSTRUMENT_OF: dict[int, str] = {no: instrument for no, instrument, _ in INDICATORS}
# Where each instrument's indicators start in the framework (restarted numbering: EIT 1 = 6).
FIRST_INDICATOR: dict[str, int] = {"IIT": 1, "EIT": 6, "OIT": 9}
LAST_INDICATOR: dict[str, int] = {"IIT": 5, "EIT": 8, "OIT": 10}

# Evidence for an instrument: its code, its English name, its Thai name.
INSTRUMENT_CLUES: dict[str, tuple[regex.Pattern[str], ...]] = {
    "IIT": (
        regex.compile(r"(?<![A-Za-z])IIT(?![A-Za-z])"),
        regex.compile(r"Internal", regex.IGNORECASE),
        regex.compile(r"ส่วน\s*เสีย\s*ภายใน"),
    ),
    "EIT": (
        regex.compile(r"(?<![A-Za-z])EIT(?![A-Za-z])"),
        regex.compile(r"External", regex.IGNORECASE),
        regex.compile(r"ส่วน\s*เสีย\s*ภายนอก"),
    ),
    "OIT": (
        regex.compile(r"(?<![A-Za-z])OIT(?![A-Za-z])"),
        regex.compile(r"Open\s*Data", regex.IGNORECASE),
        regex.compile(r"(?:เปิดเผย\s*ข้อมูล\s*สาธารณะ|แบบ\s*ตรวจ\s*การ\s*เปิดเผย)"),
    ),
}
OVERALL = regex.compile(
    r"(?<![A-Za-z])ITA(?![A-Za-z])|คะแนน\s*(?:รวม|เฉลี่ย|ภาพรวม)|ภาพรวม|ผลรวม|^รวม|"
    r"คุณธรรม\s*และ\s*ความ\s*โปร่งใส|ระดับ\s*คะแนน"
)
# A total or mean row whose instrument code OCR garbled (not ITA itself): ``รวม 0``, ``คะแนนเฉลีย0``.
# An instrument's row in a table of instruments, its code garbled past reading (``แบบวัด เก``).
# A perception survey's name cut before whose it is (``แบบวัดการรับรู้ของผู้มีส่วนได้`` / ``ส่วนเสียภายนอก``),
# after its row's number.
PERCEPTION_CUT = regex.compile(r"(?:\d{1,2}\.?\s+)?แบบ\s*วัด\s*การ\s*รับ\s*รู้\s*(?:ของ\s*)?(?:ผู้\s*มี\s*ส่วน\s*ได้\s*(?:ส่วน\s*)?(?:เสีย)?)?")
GARBLED_INSTRUMENT_ROW = regex.compile(r"แบบ\s*(?:วัด|ตรวจ)\s*[^\s\p{Thai}]{0,3}|แบบ\s*(?:วัด|ตรวจ)\s*\p{Thai}{1,2}")
GARBLED_TOTAL = regex.compile(
    r"^(?:รวม\s*(?!ITA\b)[A-Za-z0-9]{1,4}|(?:ค\u0e48?า\s*|ค?\u0e30?แนน\s*)?เฉลี\u0e48?ย\s*(?!ITA\b)[A-Za-z0-9!|]{0,4})\s*$"
)  # (a mean row under an instrument's indicators is that instrument's, its code lost or not;
# ``ะแนนเฉลี่ย``: คะแนน's first letter lost in a scan; ``ค่าเฉลี่ย 1``, ``ค่าเฉลี่ย0!1``: a scan's IIT, OIT)
ITA_CONTEXT = regex.compile(r"(?<![A-Za-z])(?:ITA|IIT|EIT|OIT)(?![A-Za-z])|คุณธรรม\s*และ\s*ความ\s*โปร่งใส")
SCORED = regex.compile(r"(?<![A-Za-z])ITA(?![A-Za-z])|ประ\s?เมิน|คะแนน")  # a line about the scores
YEAR_CONTEXT = regex.compile(SCORED.pattern + "|คุณธรรม")
# A line naming the year of the measures or plan that answer the assessment (``มาตรการส่งเสริม
# คุณธรรม... ประจำปี พ.ศ. 2569``, listed among a letter's attachments): not the year scored.
ANSWERING_PLAN = regex.compile(r"มาตรการ|แผน")
_COMPARED = r"(?:จาก|เทียบ\s*กับ)\s*(?:ปี\s*(?:งบ\s*ประมาณ)?\s*)?(?:พ\.\s?ศ\.\s*)?"
COMPARED_FROM = regex.compile(rf"{_COMPARED}$")  # (``... เพิ่มขึ้นจากปีงบประมาณ`` / ``พ.ศ. ๒๕๖๗ ซึ่งได้ ...``: a browser's wrap)
# ... or on the same line (``เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งได้ ๘๑.๒๖``): that year is no new context.
COMPARED_YEAR = regex.compile(rf"{_COMPARED}(?P<year>25\d\d)")
COMPARED_ASIDE = regex.compile(r"^\(\s*(?:ปี|ปีงบประมาณ|พ\.\s?ศ\.)\s*\d{4}[^()]*\)$")

# --- cells and numbers ---------------------------------------------------------------------
NUMBER = r"(?:100(?:\.0{1,2})?|\d{1,2}(?:\.\d{1,2})?)"
# a score whose decimal point OCR lost (not a year: 25xx), a speck before it read as 0 (``08450``)
DOT_LOST = regex.compile(r"0?(?P<digits>(?!25)[1-9]\d{3})")
SCORE_CELL = regex.compile(
    # (``84.64 (B)``: the score and its level in one cell)
    rf"^(?:(?:คะแนน|ร้อยละ)\s*)?(?P<score>{NUMBER})\s*(?:คะแนน|%|ร้อยละ|\(\s*(?:AA|[A-E])\s*\))?$|^(?P<none>[-–—]|N/?A)$",
    regex.IGNORECASE,
)
YEAR_CELL = regex.compile(
    r"^(?:(?:ผล\s*)?(?:คะแนน\s*)?(?:ปี\s*(?:งบ\s*ประมาณ)?\s*)?(?:พ\s?\.?\s?ศ\s?\.?\s*)?|[^\s\d]{1,3}\s*)(?P<year>25\d\d)\s*(?:[^\w\s]|\p{Thai})?$"
)  # (``พ.ศ. 2568 '``, ``ปี 2569 ต``: a scan's speck after it; ``ป2565``, ``U2566``: ปี as OCR reads it in a header cell of its own; ``พ ศ 2567``: its dots lost)
# A year column's header a scan garbled (``WA 252020`` for ``พ.ศ. 2566``): short, with digits.
GARBLED_YEAR_CELL = regex.compile(r"^(?=.*\d)\S{0,3}\s?[\d\s]{4,8}$")
# A score mentioned in running text: after คะแนน/ร้อยละ/เท่ากับ, a year and ``=`` (``ปี 2568 = 88.40``),
# or followed by คะแนน.
PROSE_SCORE = regex.compile(
    rf"(?:(?P<lead>คะแนน(?:\s*(?:รวม|เฉลี่ย|ภาพรวม))?|ร้อยละ|เท่ากับ|ได้|\(\s*ปี\s*ก่อน|(?<=25\d\d\s{{0,2}})(?=[:=]))\s*(?:เท่ากับ|ได้|คือ|[:=])?\s*"
    rf"(?P<a>{NUMBER})(?![\d.,])(?:\s*คะแนน)?|"
    rf"(?<![\d.,/])(?P<b>{NUMBER})\s*(?:คะแนน|%))"
)
# An instrument's weight in a sentence giving the instruments' shares (``แบบวัด ... (IIT) ร้อยละ ๓๐
# แบบวัด ... (EIT) ร้อยละ ๓๐``): a whole percentage right after the instrument, no คะแนน after it;
# a whole share (a multiple of five, at most half) so is a weight, no score.
WEIGHT_PAIR = regex.compile(r"(?<![A-Za-z])(?:IIT|EIT|OIT)\)?\s*ร้อยละ\s*(?P<weight>\d{1,3})(?![\d.,])(?!\s*คะแนน)")
# A gap to a target (``ต่ำกว่าเป้าหมาย... (85.00 คะแนน) อยู่ 7.53 คะแนน``): no score.
GAP_BEFORE = regex.compile(r"กว่า[^\d()]{0,40}(?:\([^()]*\))?\s*อยู่\s*$")
OVERALL_GARBLED = regex.compile(r"^คะแนน\s*(?:รวม\s*)?\S{0,4}$")  # ``คะแนน โภ``: the overall's column, its ITA garbled
# An item's number opening its line (``๒.๒ คะแนน OIT ไม่น้อยกว่าร้อยละ ๘๐``): one decimal, text after.
ITEM_NUMBER = regex.compile(r"^(?:\d\.\d(?!\d)\s+\S|\d{2}\.\d(?!\d)\s+(?!คะแนน|ร้อยละ|%)\S)")  # (``92.5 คะแนน``: a score)
# A share of respondents (``EIT 120 คน คิดเป็นร้อยละ 100.00``): a count's rate, no score.
RATE_OF_COUNT = regex.compile(r"\d\s*(?:คน|ราย|ชุด|ฉบับ)\s*(?:คิด\s*เป็น|หรือ)\s*(?:ร้อยละ)?\s*$")
# Numbers that are targets, limits or differences, not scores.
NOT_A_SCORE_BEFORE = regex.compile(
    r"(?:เกณฑ์|เป้าหมาย|เต็ม|ไม่\s*น้อย\s*กว่า|ไม่\s*ต่ำ\s*กว่า|น้อย\s*กว่า|ต่ำ\s*กว่า|มาก\s*กว่า|สูง\s*กว่า|"
    r"เพิ่ม\s*ขึ้น|ลด\s*ลง|ต่าง|ขั้น\s*ต่ำ|จำนวน|ตัวอย่าง|น\u0e49?[ำา]?\s*หนัก|สัดส่วน|\()\s*(?:คะแนน|ร้อยละ|เท่ากับ|ที่|อยู่ที่)?\s*$"
)
# A target a few words before its number (ค่าเป้าหมายปีต่อไป 90 คะแนน).
TARGET_BEFORE = regex.compile(r"(?:เกณฑ์|เป้าหมาย|คะแนนเต็ม)[^\d]{0,20}$")
YEAR_ASIDE = regex.compile(r"\(\s*(?:ปี|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.)?\s*(?P<year>25\d\d)\s*[:=]\s*$")  # ``(ปี 2568 = `` before a score
# Last year's score beside this year's: ``(ปีก่อน 82.10)``, ``จากปีก่อนที่ได้ 89.40 คะแนน``.
PREVIOUS_YEAR = regex.compile(r"ปี\s*(?:ก่อน|ที่\s*แล้ว|ที่\s*ผ่าน\s*มา)\s*(?:ที่\s*)?(?:ได้\s*)?(?:คะแนน\s*)?$")
PREVIOUS_ASIDE = regex.compile(r"\(\s*ปี\s*(?:ก่อน|ที่\s*แล้ว)\s*$")
# A line that ends before its score (``... (ปี 2568 ได้`` / ``84.40 คะแนน)``): read on with the next.
DANGLING_LEAD = regex.compile(
    r"(?:ได้|เท่ากับ|(?<![\d๐-๙]\s{0,2})คะแนน(?:\s*(?:รวม|เฉลี่ย))?|(?<![\d๐-๙]\s{0,2})ร้อยละ|ปี\s*ก่อน)\s*$"
)  # (``... 80.00 คะแนน`` at a line's end is a score's unit, no lead)
# A change from last year (``เพิ่มขึ้นจากปีก่อน 3.25 คะแนน``): a difference, not last year's score.
CHANGE_FROM_PREVIOUS = regex.compile(
    r"(?:เพิ่ม|ลด|ดี|สูง|ต่ำ)\s*(?:ขึ้น|ลง)?\s*(?:กว่า\s*)?(?:จาก\s*)?ปี\s*(?:ก่อน|ที่\s*แล้ว|ที่\s*ผ่าน\s*มา)\s*$"
)
YEAR_EQUALS = regex.compile(r"(?P<year>25\d\d)\s*[:=]\s*$")  # ``ปี 2570 : `` before a number
TARGET_WORDS = regex.compile(r"เป้า\s*หมาย|คาด\s*การณ์")
# ``การป้องกันการทุจริต (75.00 คะแนน)``: a score in parentheses after its label.
BRACKETED_SCORE = regex.compile(r"^\s*คะแนน\s*\)")
NOT_A_SCORE_AFTER = regex.compile(
    r"^\s*(?:ของ|คน|ราย|ตัวอย่าง|ตัว|ข้อ|ด้าน|กระบวน|ครั้ง|บาท|หน่วย|แห่ง|ปี|วัน|เดือน|ชั่วโมง|นาที|ชุด|ฉบับ|เล่ม|\)"
    # a purchase list's units (``ฮาร์ดดิสก์ | 2 | ลูก``)
    r"|ลูก|กล่อง|อัน|เครื่อง|แผ่น|ม้วน|รายการ|คัน|ห่อ|ขวด|ถุง|รีม|ด้าม|เส้น|ชิ้น|คู่|ใบ|ตู้|โหล|ลิตร|กิโลกรัม|เมตร|ต้น|ป้าย)"
)
GRADE_AFTER = regex.compile(r"^\s*(?:คะแนน)?\s*(?:อยู่\s*)?ใน\s*ระดับ|^\s*(?:คะแนน)?\s*ระดับ\s*[A-F]")
# ``เพิ่มขึ้นจากร้อยละ X เป็นร้อยละ Y``: X is the year before the report's, Y the report's.
CHANGED_FROM = regex.compile(r"(?:เพิ่ม\s*ขึ้น|ลด\s*ลง|ปรับ\S*)\s*จาก\s*(?:ร้อยละ|คะแนน)?\s*$")
CHANGED_TO = regex.compile(
    r"(?:เพิ่ม\s*ขึ้น|ลด\s*ลง|ปรับ\S*)\s*จาก[^.]{0,80}?เป็น\s*(?:ร้อยละ|คะแนน)?\s*$|^\s*เป็น\s*(?:ร้อยละ|คะแนน)?\s*$"
)
BECAME = regex.compile(r"^\s*(?:และ\s*)?เป็น\s*(?:ร้อยละ|คะแนน)?\s*$")
# A year named right after a score is that score's year.
YEAR_RIGHT_AFTER = regex.compile(
    r"^\s*(?:คะแนน\s*)?(?:ใน\s*)?ปี\s*(?:งบ\s*ประมาณ\s*)?(?:พ\.\s?ศ\.\s*)?(?P<year>25\d\d)"
)
# (``ตัวชีวัดที๑``: a scan lost the marks)
INDICATOR_NUMBER = regex.compile(r"^\s*(?:ตัว\s*ชี\u0e49?\s*วัด\s*(?:ที\u0e48?)?\s*)?(?P<no>\d{1,2})(?:\s*[.)]\s*|\s+)(?!\d)")
INDICATOR_WORD = regex.compile(r"^\s*ตัว\s*ชี\u0e49?\s*วัด\s*(?:ที\u0e48?)?\s*(?P<no>\d{1,2})(?!\d)")
LEADING_MARKS = regex.compile(r"^[\s\-–•*:]+|[\s\-–:]+$")
PARENTHESES = regex.compile(r"\([^()]*\)")
# An item of the OIT checklist (``O9``, ``ข้อ O33``): its score is no framework indicator's.
OIT_ITEM = regex.compile(r"(?:^|\s|ข้อ)[Oo]\s?\d{1,2}(?!\d)")
# The header of a table that is not a score table (measures, plans): its cells hold targets.
OTHER_TABLE_HEADER = regex.compile(r"ผู้\s*รับผิดชอบ|ระยะ\s*เวลา|งบ\s*ประมาณ|เป้า\s*หมาย|วิธี\s*การ|มาตรการ")
WEIGHT_HEADER = regex.compile(
    r"สัดส่วน|น้[ำา]?\s*หนัก|คะแนน\s*เต็ม|เกณฑ์|เป้า\s*หมาย"  # (น้าหนัก: OCR)
    # the OIT's counts of items and of items passed: numbers, no scores
    # (a ``ข้อ`` column alone holds the items' codes, ``O33``: a label's, kept)
    r"|ข้อ\s*คำ\s*ถาม|จำนวน\s*\(?\s*ข้อ|ผ่าน\s*\(\s*ข้อ|^\s*(?:จำนวน\s*)?ข้อ\s*ที่\s*ผ่าน"  # (not ``คะแนน (ร้อยละข้อที่ผ่าน)``)
    # (and an instrument's count of indicators: ``แบบวัด | จำนวนตัวชี้วัด | คะแนนเฉลี่ย``)
    r"|จำนวน\s*ตัว\s*ชี้\s*วัด"
    # (others' mean beside ours: ``ค่าเฉลี่ย อปท. จ.สกลนคร``, the province's or the country's)
    r"|ค่า\s*เฉลี่ย\s*(?:ของ\s*)?(?:อปท|อ\.ป\.ท|จังหวัด|จ\.|ระดับ\s*(?:จังหวัด|ประเทศ)|ประเทศ|ภาพรวม)"
)
# A label cell of the items an indicator covers (``O1 - O24``, ``I1 - I6``) beside its name.
ITEM_RANGE_CELL = regex.compile(r"[OIE]\s?\d{1,2}\s*[-–]\s*[OIE]\s?\d{1,2}")
SCORE_TABLE_HEADER = regex.compile(r"คะแนน|ผล\s*การ\s*ประเมิน|(?<![A-Za-z])(?:IIT|EIT|OIT|ITA)(?![A-Za-z])")
# An ITA level (``AA``, ``A`` ... ``F``) in a column of its own beside a score.
GRADE_CELL = regex.compile(r"AA|[A-F]")
INSTRUMENT_CODE = regex.compile(r"IIT|EIT|OIT")
CONTINUED = regex.compile(r"\(\s*ต่อ\s*\)")  # a heading printed again over a table's next page
NUMBERED_SECTION = regex.compile(r"^\d{1,2}\s*[.,]\s*\D")  # a report's numbered section heading (``3. ผลการ...``; ``3,`` as a scan reads it)
# A plain-text paragraph: ends the reach of a table header's years.
PROSE_LINE_LENGTH = 90


# A score alone on its line (dot leaders and a scan's specks before it): its label is the line above.
# (a scan may garble its point, ``๙๑-.๙๕``, ``๙๕,๓๕``, and leave specks of the leaders before it)
# (no letters before it: ``IIT 85.20`` is an instrument's row; ``5-10`` no score)
INDICATOR_RANGE = regex.compile(r"\s*(?:[-–]|ถึง)\s*\d|\s*แบบ\s*(?:วัด|ตรวจ)")
# A line that opens with the word for a score, its label on the line above (``ผลคะแนน 92.18 ...``).
SCORE_LEAD_LINE = regex.compile(r"^\s*(?:ผล\s*)?(?:ได้\s*)?คะแนน\s*(?:ที่ได้\s*)?[:=]?\s*(?=\d|$)")
LONE_SCORE = regex.compile(r"(?:[^\p{Thai}\p{Latin}]*?\s)?[.\s…]*(?P<int>\d{1,3})\s?(?:[.,]|-\.|\.-|,,)\s?(?P<frac>\d{2})")
SIGNED_CELL = regex.compile(r"[+\-–−]\s*\d{1,3}(?:\.\d{1,2})?")
WEIGHTED_HEADER = regex.compile(r"คะแนน\s*(?:ที่\s*)?ถ่วง|ถ่วง\s*น้")  # ``คะแนนถ่วงน้ำหนัก``
WEIGHTED_TOTAL = regex.compile(r"(?:ผล\s*)?(?:คะแนน\s*)?รวม")  # a weighted table's total row
ROW_CHECK_SLACK = Decimal("0.005")  # a weighted score printed to two places


def checked_score(cell: str, weight: Decimal, weighted: Decimal) -> Decimal | None:
    """A score cell a scan garbled (``68200`` for 82.00, ``109229`` for 92.29: a ruling read
    as a digit, the dot lost) read back by its row's own check, weighted = score x weight /
    100: the run of its digits that passes it, if one does."""
    digits = regex.sub(r"\D", "", cell)
    if weight <= 0 or len(digits) < 3:
        return None
    found = {
        value
        for size in (4, 5, 3)
        for i in range(len(digits) - size + 1)
        if (value := Decimal(digits[i : i + size]) / 100) <= 100
        and abs(value * weight / 100 - weighted) <= ROW_CHECK_SLACK
    }
    return found.pop() if len(found) == 1 else None


OPEN_ASIDE = regex.compile(r"\((?P<score>\d{1,3}\.\d{2})\s*$")  # a bracket a line's end left open after a score
ASIDE_REST = regex.compile(r"^[^()\d]{0,12}\)")  # ... and its close at the next line's start (``คะแนน)``)
# An instrument's own heading line (``2.1 แบบวัดการรับรู้...(IIT)``), not a sentence's wrapped end (``เสียภายนอก (EIT)``)
INSTRUMENT_HEADING_LINE = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?แบบ\s*วัด")
SPECK_CELL = regex.compile(r"[.,'`·]+")
LEADING_SPECK = regex.compile(r"^\s*[.,'`]+\s*(?=\d{1,3}[.,]\d{2}\s*$)")
SPECKED_SCORE = regex.compile(r"[\u0e01-\u0e4e]{1,3}(?P<score>\d{2,3}\.\d{2})")
INSTRUMENT_HEADING = regex.compile(r"^แบบ\s*(?:วัด)?.*(?:ตัว\s*ช\S{0,3}\s*ว\S{0,2}ด|\(\s*ตัว)")
GARBLED_CODE = regex.compile(r"(?!\d+$)\S{1,4}")  # an instrument's code a scan garbled (``เห`` for IIT) in a header cell
GARBLED_LABEL = 6  # characters of a row label a scan garbled past reading (``แห``)
WRAPPED_LABEL = 40  # characters: the most a label's wrapped rest holds (``ส่วนเสียภายนอก (EIT)``)
THAI_RUN = regex.compile(r"\p{Thai}{3}")
LEADER_TAIL = regex.compile(r"\s*(?:\.{3,}|…+).*$")  # dot leaders and what a scan made of them
GARBLED_IIT = regex.compile(r"[Il1|]?[Il1|]T")  # ``IT``, ``lIT``: a scan's IIT in a cell of its own
# A score cell run into the next row's label (``+5.20คะแนนเฉลี่ย``): a scan read two rows as one.
MERGED_CELL = regex.compile(r"^(?P<score>[+\-–]?\d{1,3}(?:\.\d{1,2})?)\s*(?P<label>\p{Thai}.*)$")


def unmerged_rows(line: Line) -> list[Line]:
    """A table row a scan ran into the next one (``๕. การแก้ไข... | 86.50 | +5.20คะแนนเฉลี่ย |
    81.00 | ...``) as the two rows: cut where a score cell runs into a label and scores follow."""
    row = line.text.split("\t")
    for k, cell in enumerate(row[1:-1], start=1):
        merged = MERGED_CELL.match(cell.strip())
        if merged and any(SCORE_CELL.match(c.strip()) for c in row[k + 1 :]):
            first = "\t".join([*row[:k], merged["score"]])
            rest = "\t".join([merged["label"], *row[k + 1 :]])
            return [replace(line, text=first), *unmerged_rows(replace(line, text=rest))]
    return [line]


MONEY_CELL = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?:\s*บาท)?")
PACKED_NUMBER = regex.compile(r"[+\-–'`\"]*\d{1,3}(?:\.\d{1,2})?")
PACKED_YEAR = regex.compile(r"(?:ปี\s*(?:งบ\s*ประมาณ\s*)?(?:พ\.\s?ศ\.\s*)?)?25\d\d(?!\d)")


INSTRUMENT_ORDER = ("IIT", "EIT", "OIT")


def with_lost_instrument(columns: dict[int, str], row: Sequence[str]) -> dict[int, str]:
    """A years-down table's instrument columns with the one a scan read as nothing put back:
    the instruments stand in their order (IIT, EIT, OIT), so an empty header cell right
    before or after the others, where the missing one belongs, is it."""
    named = [columns[k] for k in sorted(columns) if columns[k] in INSTRUMENT_ORDER]
    missing = [i for i in INSTRUMENT_ORDER if i not in named]
    if len(missing) != 1 or len(named) != 2:
        return columns
    lost = missing[0]
    at = INSTRUMENT_ORDER.index(lost)
    keys = sorted(k for k in columns if columns[k] in INSTRUMENT_ORDER)
    cell = keys[0] - 1 if at == 0 else keys[-1] + 1 if at == 2 else keys[0] + 1
    if 0 <= cell < len(row) and not row[cell].strip() and cell not in columns:
        return {**columns, cell: lost}
    if at == 0 and cell == 0:
        # no cell left for it at all (the year's label right before EIT): OCR dropped the
        # header's IIT cell, so the rows' cells stand one further on than the header's
        shifted = {k + 1: instrument for k, instrument in columns.items()}
        last = max(shifted)
        if "ITA" not in shifted.values() and last < len(row) and row[last].strip().startswith("คะแนน"):
            shifted[last + 1] = "ITA"  # (the header's next cell, ``คะแนน ITA`` with its code garbled)
        return {1: lost, **shifted}
    return columns


def split_packed(row: list[str]) -> list[str]:
    """A row's cells with the columns a scan packed into one cell apart again: numbers side by
    side with single spaces (``85.20 91.40 +6.20``: two years' scores and their difference),
    and two years' headers (``2567 ปี 2568``). Columns printed close together come out of
    OCR one space apart, as words of one cell."""
    out: list[str] = []
    for cell in row:
        tokens = cell.split()
        if len(tokens) >= 2 and all(PACKED_NUMBER.fullmatch(t) for t in tokens):
            out.extend(tokens)
        elif len(PACKED_YEAR.findall(cell)) >= 2 and regex.fullmatch(r"[\p{Thai}/]{0,12}", regex.sub(r"\s+", "", PACKED_YEAR.sub("", cell))):
            out.extend(m.group() for m in PACKED_YEAR.finditer(cell))
            if rest := PACKED_YEAR.sub(" ", cell).strip(" -–"):
                out.append(" ".join(rest.split()))  # (``... ปี 2568 เพิ่ม/ลด``: the next column's label)
        else:
            out.append(cell)
    return out


# Two or more year labels in one cell (``ปี2569 ปี 2568 ผลการเปรียบเทียบ``): a scan read their
# column gaps as single spaces.
YEAR_LABEL_IN_CELL = regex.compile(r"(?:ปี\s*(?:งบ\s*ประมาณ\s*)?)?(?:พ\.?\s?ศ\.?\s*)?25\d\d(?!\d)")


def years_apart(row: list[str]) -> list[str]:
    """A header row with each year label of a cell holding several in a cell of its own (and
    the words after the last, ``ผลการเปรียบเทียบ``, in one more)."""
    out: list[str] = []
    for cell in row:
        labels = list(YEAR_LABEL_IN_CELL.finditer(cell))
        between = [cell[a.end() : b.start()] for a, b in itertools.pairwise(labels)]
        rest = cell[labels[-1].end() :].strip() if labels else ""
        if len(labels) < 2 or cell[: labels[0].start()].strip() or any(g.strip() for g in between) or len(rest) > 30 or regex.search(r"\d", rest):
            out.append(cell)  # (a sentence naming years: ``พ.ศ. ๒๕๖๙ (๑ ต.ค. ๒๕๖๘ - ...``)
            continue
        out += [label.group().strip() for label in labels]
        if rest:
            out.append(rest)
    # a year label parted from its ``ปี`` or run into the next column's words across a gap a
    # scan misplaced (``ปี2569 ปี | 2568 ผลการเปรียบเทียบ``): each cell with one year and a few
    # words is that year's column
    years = [BE_YEAR.findall(cell) for cell in out]
    loose = [k for k, found in enumerate(years) if len(found) == 1 and not YEAR_CELL.match(out[k])]
    if sum(1 for found in years if len(found) == 1) >= 2 and all(
        len(BE_YEAR.sub("", out[k]).strip()) <= LOOSE_YEAR_WORDS and not regex.search(r"\d", BE_YEAR.sub("", out[k])) for k in loose
    ):
        out = [f"ปี {years[k][0]}" if k in loose else cell for k, cell in enumerate(out)]
    return out


LOOSE_YEAR_WORDS = 24  # characters beside a year in its header cell that a scan ran into it


def header_run_on(row: Sequence[str]) -> int | None:
    """Where a row that opens with a year header runs on into a row of scores: the cell after
    the header's last year (and a label like ``ผลต่าง``) that holds a label followed by two or
    more scores; None when the row is no such pair."""
    years = [k for k, c in enumerate(row) if YEAR_CELL.match(c)]
    if len(years) < 2:
        return None
    for k in range(years[-1] + 1, len(row)):
        after = [c for c in row[k + 1 :] if c.strip()]
        if (
            len(row[k].strip()) >= 8
            and not SCORE_CELL.match(row[k])
            and len(after) >= 2
            and all(SCORE_CELL.match(c.strip().lstrip("+-")) for c in after)  # (a difference column's ``+4.05``)
        ):
            return k
    return None


def years_in_sequence(row: Sequence[str], years: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A header's year columns with one a scan garbled next to them filled in: years printed
    side by side run one a column (``WA 252020 | พ ศ 2567 | พ ศ 2568`` is 2566, 2567, 2568),
    so the cell before the first or after the last, when it reads as a garbled year, is the
    year before or after. Years that do not run so are left as read."""
    if len(years) < 2 or any(
        (k2 - k1, y2 - y1) != (1, 1) for (k1, y1), (k2, y2) in itertools.pairwise(years)
    ):
        return years
    (first_at, first), (last_at, last) = years[0], years[-1]
    out = list(years)
    if first_at > 0 and GARBLED_YEAR_CELL.match(row[first_at - 1].strip()):
        out.insert(0, (first_at - 1, first - 1))
    if last_at + 1 < len(row) and GARBLED_YEAR_CELL.match(row[last_at + 1].strip()):
        out.append((last_at + 1, last + 1))
    return out


# A header cell over a column of levels or differences, not of scores (``ระดับ``, ``ผลต่าง``).
# (and others' scores: a province's average under its year, ``ค่าเฉลี่ยจังหวัด`` / ``ปี 2569``)
NOT_SCORE_HEADER = regex.compile(
    r"ระดับ|ผล\s*ต่าง|เพิ่ม|ลด|หมายเหตุ|เกณฑ์|เป้า\s*หมาย|ค่า\s*เฉลี่ย\s*(?:ของ\s*)?(?:จังหวัด|อำเภอ|ประเทศ|กลุ่ม|อปท|องค์กร)"
)


@dataclass(frozen=True, slots=True)
class Label:
    """What a label names: an indicator (framework number), an instrument total, or ITA."""

    instrument: str
    indicator_no: int | None
    indicator: str | None


@dataclass(slots=True)
class Found:
    page_no: int
    fiscal_year: int | None
    label: Label
    score: Decimal


@dataclass(slots=True)
class Reader:
    default_year: int | None
    instrument: str | None = None
    year: int | None = None
    table_years: list[tuple[int, int]] = field(default_factory=list)  # (cell index, year)
    found: list[Found] = field(default_factory=list)
    previous_text: str = ""
    # The label of the last score read in running text: a sentence may go on to the next line.
    prose_label: Label | None = None
    in_other_table: bool = False
    paragraph_years: list[int] = field(default_factory=list)
    weight_columns: set[int] = field(default_factory=set)  # by the table's header
    weight_check: tuple[int, int] | None = None  # the (weight, weighted score) columns of a score table
    header_width: int = 0  # the cells of that table's header
    header_indented: bool = False  # that header opens with an empty cell (its indent) itself
    instrument_heading_at: int = -2  # the line of the last instrument's heading
    instrument_columns: dict[int, str] = field(default_factory=dict)  # a years-down table's columns
    # A years-down table with a column per indicator under its instrument's header (a second
    # header row of indicator numbers): each column's label.
    label_columns: dict[int, Label] = field(default_factory=dict)
    instrument_header: list[str] = field(default_factory=list)  # that table's first header row
    weights_around: tuple[int, int] = (0, 0)  # weight columns before and after a header's years
    # Scores whose label named no instrument yet: the label's rest may be on the next line
    # (a word processor broke the row over a page: ``แบบวัด...ส่วนเสีย | 83.31`` / ``ภายใน (... : IIT)``).
    unlabelled: tuple[int, list[str], list[tuple[int, Decimal | None]]] | None = None
    # A numbered indicator (or an instrument) on a line without its score: a scan or a browser
    # wrapped its dot leaders and put the score on the next line alone.
    awaiting: Label | None = None
    line_at: int = -1  # the index of the line being read
    last_label_at: int = -2  # the line of the last score found
    header_at: int | None = None  # the index of the last year header's line
    header_row: list[str] = field(default_factory=list)  # that header's cells
    next_text: str = ""  # the line after the one being read (a label's wrapped rest)
    # A table with the instruments across and its measures down (``รายการ | IIT | EIT | OIT |
    # รวม`` over ``น้ำหนัก`` / ``คะแนนเฉลี่ย`` / ``คะแนนถ่วงน้ำหนัก`` rows): each column's instrument.
    measure_columns: dict[int, str] = field(default_factory=dict)
    # A table with the indicators across (``ตัวชี้วัดที่ | 1 | 2 | ... | 10`` over ``แบบวัด``,
    # ``คะแนน`` and ``ระดับ`` rows): each column's framework number.
    indicator_columns: dict[int, int] = field(default_factory=dict)

    def read(self, lines: Sequence[Line]) -> None:
        for at, whole in enumerate(lines):
            self.next_text = clean(lines[at + 1].text.replace("\t", " ")) or "" if at + 1 < len(lines) else ""
            if (aside := OPEN_ASIDE.search(whole.text)) and (rest := ASIDE_REST.match(self.next_text)):
                # ``... เพิ่มขึ้นจากปี 2567 (83.40`` / ``คะแนน) 3.42 คะแนน``: the bracket the line broke,
                # closed on the next line (the earlier year's score read with its year)
                whole = replace(whole, text=f"{whole.text[: aside.end()]} {rest.group()}")
            for line in unmerged_rows(whole):
                self.read_line(line)
            self.previous_text = clean(whole.text.replace("\t", " ")) or ""

    def read_line(self, line: Line) -> None:
        self.line_at = line.index
        # (a speck a scan read as a dot or a comma in a cell of its own shifts the columns after it)
        row = [c for c in split_packed(cells(line.text)) if not SPECK_CELL.fullmatch(c)]
        if self.weight_columns and len(row) == self.header_width + 1 and not row[0].strip() and not self.header_indented:
            # an indicator's row indented under its instrument's (``    1. การปฏิบัติหน้าที่ | 6 |
            # 93.85 | 5.63``): the indent is no cell, the weights stand in the header's columns
            row = row[1:]
        filled = [c for c in row if c]
        if not filled or bare_legend(line.text):
            return  # (a legend's numbers are no scores)
        pending, self.unlabelled = self.unlabelled, None
        if pending is not None and len(filled) == 1 and instrument_of(" ".join([*pending[1], filled[0]])):
            page_no, label_cells, scores = pending
            label = self.classify([*label_cells, filled[0]])
            if label is not None:
                for year, value in self.years_of(scores):
                    if value is not None:
                        self.add(page_no, year, label, value)
                return
        text = " ".join(filled)
        if self.wrapped_name(row, filled):
            return
        awaiting, self.awaiting = self.awaiting, None
        if awaiting is not None and (lone := LONE_SCORE.fullmatch(text)):
            self.add(line.page_no, self.year or self.default_year, awaiting, Decimal(f"{lone['int']}.{lone['frac']}"))
            return
        if awaiting is not None and SCORE_LEAD_LINE.match(text):
            self.prose_label = awaiting  # ``ผลคะแนน 92.18 คะแนน (ปี 2568 = 88.40)`` under the indicator's heading
        if self.read_indicators_across(row, line.page_no):
            return
        if self.read_measures_down(row, filled, line.page_no):
            return
        if self.read_years_down(row, filled, line.page_no):
            return
        if self.read_year_header(row):
            self.in_other_table = False
            return
        if (cut := header_run_on(row)) is not None and self.read_year_header(row[:cut]):
            # a year header and the first row under it a scan read as one line (``... | ปี 2569 |
            # ผลต่าง | แบบวัด... IIT | 85.99 | 90.04 | +4.05``): the header, then the row
            self.in_other_table = False
            self.read_table_row(row[cut:], line.page_no)
            return
        if len(filled) > 1 and not any(SCORE_CELL.match(c) for c in filled):
            if SCORE_TABLE_HEADER.search(text):
                self.in_other_table = False
                # Weight, target and full-marks columns hold numbers that are no scores.
                self.weight_columns = {k for k, c in enumerate(row) if WEIGHT_HEADER.search(c)}
                self.header_width = len(row)
                # (a header indented as its rows are, ``| แบบวัด | น้ำหนัก | คะแนน ระดับ``, its last two
                # labels run together by a scan: the rows' indent is the header's, no cell to drop)
                self.header_indented = bool(row) and not row[0].strip()
                # (a weighted score's column beside a weight's: the row's own check of its score)
                weighted = [k for k in self.weight_columns if WEIGHTED_HEADER.search(row[k])]
                plain = [k for k in self.weight_columns if not WEIGHTED_HEADER.search(row[k])]
                self.weight_check = (plain[0], weighted[0]) if len(weighted) == 1 and len(plain) == 1 else None
            elif OTHER_TABLE_HEADER.search(text) and all(len(c) <= 40 for c in filled) and not INDICATOR_WORD.match(text):
                # (``ตัวชี้วัดที่ ๒ | การใช้งบประมาณ`` is an indicator, its score wrapped below)
                self.in_other_table = True
        heading = instrument_of(text) if len(filled) == 1 and not PROSE_SCORE.search(text) else None
        if heading and len(text) <= PROSE_LINE_LENGTH:
            self.instrument = heading
            # (an instrument's own heading, not an indicator's that names its instrument in brackets)
            self.instrument_heading_at = self.line_at if INSTRUMENT_HEADING_LINE.match(text) and not INDICATOR_WORD.search(text) else -2
            self.in_other_table = False
        found_before = len(self.found)
        line_year: int | None = None  # a year the line names as the one it is about
        if len(filled) > 1 and not self.in_other_table and self.read_table_row(row, line.page_no):
            self.prose_label = None
            self.garbled_iit(pending, found_before)
        else:
            self.read_prose(text, line.page_no)
        if len(self.found) == found_before and not self.in_other_table and not any(SCORE_CELL.match(c) for c in filled):
            # (the first cell when a scan's specks of the leaders follow in cells of their own)
            words = list(itertools.takewhile(lambda c: bool(THAI_RUN.search(c)) and not LEADER_TAIL.match(c), filled))
            named = LEADER_TAIL.sub("", " ".join(words) or text)
            # an instrument's heading is the instrument's; an indicator is known by its name first
            # (a scan garbles its number: ``ที่ๆ``)
            if heading and (word := INDICATOR_WORD.match(named)) and not INDICATOR_RANGE.match(named[word.end() :]):
                # ``ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (IIT)``: the indicator's heading, its instrument in
                # brackets (``ตัวชี้วัดที่ 1 - 5 แบบวัด... (IIT)`` is the instrument's)
                heading = None
            indicator = None if heading else match_indicator(named)
            self.awaiting = (
                Label(heading, None, None)
                if heading
                else Label(INSTRUMENT_OF[indicator[0]], indicator[0], indicator[1])
                if indicator is not None
                else self.numbered_indicator(named, self.instrument)
            )
        if len(filled) == 1 and len(text) > PROSE_LINE_LENGTH:
            self.end_table_of_years()
            self.in_other_table = False
        if COMPARED_ASIDE.match(text):
            return  # ``(ปี ๒๕๖๗ ได้ ๘๖.๔๐ คะแนน)`` wrapped onto a line of its own: an aside, no new year
        if YEAR_CONTEXT.search(text) and not (ANSWERING_PLAN.search(text) and not SCORED.search(text)):
            years = find_fiscal_years(text)
            compared_here = {int(m["year"]) for m in COMPARED_YEAR.finditer(text)}
            # (``สูงขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๘ (...) และปีงบประมาณ พ.ศ. ๒๕๖๗ (...)``: every year
            # the line names is an earlier one it compares with)
            compared = (
                (COMPARED_FROM.search(self.previous_text) or (years and (years[-1] in compared_here or compared_here)))
                and self.default_year
                and years
                and max(years) < self.default_year
            )
            if years and not compared:
                # (not an earlier year the line above compares with: ``เพิ่มขึ้นจาก`` / ``ปี 2567 ...``;
                # nor one this line compares with after its own: ``ปี 2569 ... เพิ่มขึ้นจากปี 2568``)
                own = [year for year in years if year not in compared_here]
                latest = own[-1] if own else years[-1]
                # (its score after its ได้, or on the next line when the line ends there, or in brackets)
                scored_then = regex.search(
                    rf"{latest}[^\d]{{0,24}}?ได้\s*(?:คะแนน\s*)?(?:(?:ITA|IIT|EIT|OIT)\s*)?(?:เท่ากับ\s*)?(?:\d|$)"
                    rf"|\(\s*(?:ปี|ปีงบประมาณ|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.\s*)?{latest}",
                    text,
                )
                if not (self.default_year and latest < self.default_year and scored_then):
                    self.year = latest  # (``และปี 2567 ที่ได้ 76.35``: an earlier year's score, named in passing)
                    line_year = latest
                if len(filled) == 1 and len(set(years)) == 1 and NUMBERED_SECTION.match(text) and not CONTINUED.search(text):
                    # ``3. ผลการประเมินรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2568``: a section of one year's
                    # scores after a table of years; that table's columns are done
                    self.end_table_of_years()
        new_years = [f.fiscal_year for f in self.found[found_before:] if f.fiscal_year is not None]
        if new_years and not self.table_years:
            # A paragraph of scores compares with earlier years (ปี 2566 ได้ 80.10 คะแนน): the
            # tables that follow are of the latest year it scores, or of a later one the line
            # names after the scores (``(OIT) ได้ ๘๓.๐๐ คะแนน เพื่อเตรียม... การประเมินประจำปี
            # งบประมาณ พ.ศ. ๒๕๖๙``: last year's scores, then this year's assessment).
            self.paragraph_years.extend(new_years)
            # (a later year than the report's own is a target: ``เพื่อ... การประเมินประจำปี ๒๕๖๙``
            # under a 2568 heading)
            named_own = line_year is not None and (self.default_year is None or line_year <= self.default_year)
            latest = max([*self.paragraph_years, *([line_year] if named_own and line_year is not None else [])])
            # (only earlier years, each the line compares with, ``เพิ่มขึ้นจาก... ๒๕๖๗ ซึ่งได้ ...``, a
            # scan's wrap having parted it from this year's score above: the report's year stands)
            compared = {int(m["year"]) for m in COMPARED_YEAR.finditer(to_arabic_digits(text))}
            earlier = self.default_year is not None and latest < self.default_year and set(new_years) <= compared
            self.year = self.year if earlier else latest
        else:
            self.paragraph_years = []

    # tables -----------------------------------------------------------------------------------
    def end_table_of_years(self) -> None:
        """The table of years read last is over: its year columns and weight columns are done."""
        self.table_years = []
        self.weight_columns, self.weight_check = set(), None
        self.weights_around = (0, 0)

    def wrapped_name(self, row: list[str], filled: list[str]) -> bool:
        """A table row's indicator name wrapped onto the line below, alone in the name's column
        (``๔ | การใช้ทรัพย์สินของ | ...`` over ``| ราชการ |``): joined to the scores' label."""
        if not self.table_years or self.last_label_at != self.line_at - 1 or len(filled) != 1 or row[0].strip():
            return False
        if next(k for k, c in enumerate(row) if c) >= self.table_years[0][0]:
            return False  # (a later column's text wrapped, ``ต่ำกว่า`` / ``เกณฑ์``: no name's)
        label = self.found[-1].label if self.found else None
        rest = filled[0].strip()
        if label is None or label.indicator is None or len(rest) > WRAPPED_LABEL or not THAI_RUN.search(rest):
            return False
        joined = f"{label.indicator} {rest}"
        if (match_indicator(joined) or (None, None))[0] != label.indicator_no:
            return False
        longer = Label(label.instrument, label.indicator_no, joined)
        for found in reversed(self.found):
            if found.label != label:
                break
            found.label = longer
        return True

    def read_year_header(self, row: list[str]) -> bool:
        """A header naming fiscal-year columns (``ตัวชี้วัด | 2563 | 2564``)."""
        row = years_apart(row)
        years = [(k, int(m["year"])) for k, c in enumerate(row) if (m := YEAR_CELL.match(c))]
        if not years:
            return False
        # (a number column's ``ที่`` a scan read as digits, ``๔๗``, is no score beside the years)
        garbled_number = row[0].strip() if regex.fullmatch(r"\d{1,2}", row[0].strip()) and years[0][0] > 1 else None
        others = [c for k, c in enumerate(row) if c and not YEAR_CELL.match(c) and not (k == 0 and garbled_number)]
        if any(SCORE_CELL.match(c) for c in others):
            return False
        if (
            self.header_at == self.line_at - 1
            and not row[0].strip()
            and not {k for k, _ in years} & {k for k, _ in self.table_years}
            and all(k < len(self.header_row) and NOT_SCORE_HEADER.search(self.header_row[k]) for k, _ in years)
        ):
            # the header's second row: ``ผลต่าง | ระดับ`` over ``(+/-) | ปี ๒๕๖๙``, a year that
            # heads a level column, not a score column; the years above stand
            return True
        self.header_at, self.header_row = self.line_at, list(row)
        self.table_years = years_in_sequence(row, years)
        # Weight, target and full-marks columns beside the years hold numbers that are no scores:
        # counted, not indexed (an indented row starts with an empty cell, so indexes shift).
        weights = [k for k, c in enumerate(row) if WEIGHT_HEADER.search(c)]
        self.weights_around = (sum(1 for k in weights if k < years[0][0]), sum(1 for k in weights if k > years[-1][0]))
        self.weight_columns, self.weight_check = set(), None
        return True

    def read_measures_down(self, row: list[str], filled: list[str], page_no: int) -> bool:
        """A table with the instruments across and its measures down (``รายการ | IIT | EIT | OIT
        | รวม``): the instruments' scores on its score row (``คะแนนเฉลี่ย``), the overall score
        under its total column on the weighted row; its weights and levels are no scores. True
        for a line it took."""
        first = filled[0].strip() if filled else ""
        if ITEM_LABEL_CELL.fullmatch(first):
            named = {k: instrument_cell(c) for k, c in enumerate(row) if k and c}
            columns: dict[int, str] = {k: i for k, i in named.items() if i is not None}
            columns |= {k: "ITA" for k, c in enumerate(row) if k and OVERALL_COLUMN.fullmatch(c.strip())}
            for k, code in list(columns.items()):
                at = INSTRUMENT_ORDER.index(code) if code in INSTRUMENT_ORDER else -1
                if at > 0 and k - 1 >= 1 and k - 1 not in columns and not row[k - 1].strip():
                    # ``แบบวัด |  | EIT | OIT | ITA``: the code a scan lost before EIT is IIT, the framework's order
                    columns[k - 1] = INSTRUMENT_ORDER[at - 1]
            if len(set(columns.values()) - {"ITA"}) >= 2:
                self.measure_columns = columns
                return True
        if not self.measure_columns:
            return False
        label, year = self.row_year(row[0].strip() if row else "")
        if alone := YEAR_CELL.match(label):
            label, year = "คะแนน", int(alone["year"])  # ``แบบวัด | IIT | ...`` over ``ปี 2567 | 85.10 | ...``
        numbers = {
            k: m for k in self.measure_columns if k < len(row) and (m := SCORE_CELL.fullmatch(row[k].strip())) and m["score"]
        }
        levels = sum(bool(GRADE_CELL.fullmatch(row[k].strip())) for k in self.measure_columns if k < len(row))
        if not label or not MEASURE_ROW.match(label) or NOT_A_MEASURE.search(label) or not (numbers or levels):
            self.measure_columns = {}  # the table is over (a sentence under it, a blank line)
            return False
        if WEIGHT_ROW.match(label):
            return True
        weighted = bool(WEIGHTED_ROW.search(label))
        for k, match in numbers.items():
            instrument = self.measure_columns[k]
            if weighted and instrument != "ITA":
                continue  # (a weighted score is the overall's share: only its total is a score)
            if not weighted and any(f.label == Label(instrument, None, None) and f.fiscal_year == year for f in self.found):
                continue  # (one score row per table: a later ``คะแนน...`` row is no average)
            self.add(page_no, year, Label(instrument, None, None), Decimal(match["score"]))
        return True

    def row_year(self, label: str) -> tuple[str, int | None]:
        """A score row's label and the year of its scores: the year its label names (``คะแนน ปี
        2568`` / ``คะแนน ปี 2569``: a row of scores a year), else the table's."""
        if dated := YEAR_ROW.match(label):
            return dated["label"], int(dated["year"])
        return label, self.year or self.default_year

    def read_indicators_across(self, row: list[str], page_no: int) -> bool:
        """A table with the indicators across (``ตัวชี้วัดที่ | 1 | 2 | ... | 10``): each column's
        score on the score row, its instrument the framework's; the instruments' and the levels'
        rows are no scores. True for a line it took."""
        label = row[0].strip() if row else ""
        numbers = {k: int(c) for k, c in enumerate(row) if k and regex.fullmatch(r"\d{1,2}", c.strip())}
        if INDICATORS_ACROSS.fullmatch(label) and len(numbers) >= ACROSS_MIN:
            numbers = with_numbers_between(numbers)  # (``๘ | เวง | ๑๐``: a scan garbled the 9 between them)
            ordered = [numbers[k] for k in sorted(numbers)]
            if all(b == a + 1 for a, b in itertools.pairwise(ordered)) and ordered[-1] <= max(INSTRUMENT_OF):
                self.indicator_columns = numbers
                return True
        if not self.indicator_columns:
            return False
        scores = {
            k: m
            for k in self.indicator_columns
            if k < len(row) and (m := SCORE_CELL.fullmatch(DECIMAL_COMMA.sub(".", row[k].strip()))) and m["score"]
        }
        if INSTRUMENTS_ROW.match(label) or (WEIGHT_ROW.match(label) and not scores):
            return True
        label, year = self.row_year(label)
        if not scores or not regex.match(r"^(?:ผล\s*)?คะแนน", label) or NOT_A_MEASURE.search(label):
            self.indicator_columns = {}  # the table is over
            return False
        for k, match in scores.items():
            no = self.indicator_columns[k]
            self.add(page_no, year, Label(INSTRUMENT_OF[no], no, None), Decimal(match["score"]))
        return True

    def read_years_down(self, row: list[str], filled: list[str], page_no: int) -> bool:
        """A table with the instruments across and the years down (``ปีงบประมาณ | IIT | EIT |
        OIT | คะแนน ITA`` / ``พ.ศ. ๒๕๖๗ | ๘๑.๙๕ | ...``): its header and its rows; True for a line
        it took."""
        if filled and YEAR_LABEL_CELL.match(filled[0]) and len(filled) >= 3:
            named = {k: instrument_cell(c) for k, c in enumerate(row) if c}
            found_columns = {k: i for k, i in named.items() if i is not None}
            # instruments' headings (``แบบวัด... (ตัวชี้วัดที่)``) a scan garbled the codes of: the
            # three stand in the framework's order
            framed = [k for k, c in enumerate(row) if k > 0 and c and INSTRUMENT_HEADING.search(c)]
            if len(framed) == 3 and all(named.get(k) in (None, i) for k, i in zip(framed, INSTRUMENT_ORDER, strict=True)):
                found_columns = {**found_columns, **dict(zip(framed, INSTRUMENT_ORDER, strict=True))}
            ordered = [
                k
                for k, c in enumerate(row)
                if k > 0
                and c.strip()
                and not INDICATOR_HEAD.fullmatch(c.strip())  # (``ตช.1``: an indicator's column)
                and not regex.search(r"[\d๐-๙]$", c.strip())  # (``ข้อ1``: an item's; a code ends with its T)
                and (named.get(k) in INSTRUMENT_ORDER or GARBLED_CODE.fullmatch(c.strip()))
            ]
            rest = ordered[3:]
            if (
                len(ordered) >= 3
                and len(set(found_columns.values()) & set(INSTRUMENT_ORDER)) < 3
                and any(named.get(k) in INSTRUMENT_ORDER for k in ordered[:3])
                and all(named.get(k) in (None, code) for k, code in zip(ordered, INSTRUMENT_ORDER, strict=False))
                # (nothing after the three but the overall's column: no instrument out of its place)
                and all(named.get(k) in (None, "ITA") for k in rest)
                and len(rest) <= 1
            ):
                # ``ปีงบประมาณ | เห | ... | ะห | ... | OIT``: the three codes in the framework's order,
                # some a scan read as letters (one read right says the row is the instruments')
                found_columns = {**found_columns, **dict(zip(ordered, INSTRUMENT_ORDER, strict=False))}
                if len(ordered) > 3 and OVERALL_GARBLED.match(row[ordered[3]].strip()):
                    found_columns[ordered[3]] = "ITA"  # (``... | OIT | คะแนน โล | ระดับ``)
            spans = [k for k, c in enumerate(row) if k > 0 and INDICATOR_SPAN.search(c)]
            totals = [k for k, c in enumerate(row) if k > 0 and TOTAL_HEADER.search(c)]
            captioned = instrument_of(self.previous_text) or self.instrument
            if not found_columns and len(spans) == 1 and len(totals) == 1 and captioned in FIRST_INDICATOR:
                # one instrument's table whose header lost its code (``ตัวชี้วัดที่(แบบวัด | ... | คะแนน``):
                # the instrument its caption names
                found_columns = {spans[0]: captioned, totals[0]: captioned}  # type: ignore[dict-item]
            one_spanned = len(found_columns) >= 2 and any(INDICATOR_SPAN.search(row[k]) for k in found_columns)
            overall = [k for k, i in found_columns.items() if i == "ITA"]
            if not overall and set(found_columns.values()) >= {"IIT", "EIT", "OIT"}:
                # ``... | OIT | คะแนน โภ | ระดับ``: the overall score's column after the three, its
                # code garbled by a scan (``คะแนน ITA``)
                after = max(k for k, i in found_columns.items() if i == "OIT") + 1
                if after < len(row) and OVERALL_GARBLED.match(row[after].strip()):
                    found_columns = {**found_columns, after: "ITA"}
                    overall = [after]
            before = list(range(overall[0] - 3, overall[0])) if overall else []
            garbled = [
                k
                for k in before
                if k > 0
                and GARBLED_CODE.fullmatch(row[k].strip())
                and named.get(k) is None
                and not INDICATOR_HEAD.fullmatch(row[k].strip())  # (``ตช.4 | ตช.5 | IIT | ITA``: indicators)
            ]
            if garbled and all(
                k > 0 and (k in garbled or named.get(k) == code) for k, code in zip(before, INSTRUMENT_ORDER, strict=True)
            ):
                # ``ปีงบประมาณ | เห | ะห | 0ห | ITA`` (or ``... | OIT | ITA``, one code read right): the
                # three codes before the overall score, some a scan read as letters, in the framework's order
                found_columns = {**found_columns, **dict(zip(before, INSTRUMENT_ORDER, strict=True))}
            # (a trend of the overall score alone: ``ปีงบประมาณ | คะแนน ITA | ระดับ | ผลการประเมิน``)
            trend = list(found_columns.values()) == ["ITA"] and ITA_CONTEXT.search(row[next(iter(found_columns))])
            if len(set(found_columns.values())) >= 2 or one_spanned or trend:
                # (or one instrument's table: ``ตัวชี้วัดที่ (แบบวัด IIT) | | ... | คะแนน IIT``)
                self.instrument_header = list(row)
                self.instrument_columns = with_lost_instrument(found_columns, row)
                # indicators headed on the same row (``ตช.1 | ... | ตช.10 | IIT | ...``)
                numbered = {k: int(m["no"]) for k, c in enumerate(row) if (m := INDICATOR_HEAD.fullmatch(c.strip()))}
                numbered = {k: no for k, no in numbered.items() if no in INSTRUMENT_OF}
                numbered = with_numbers_between(numbered)
                self.label_columns = {}
                if len(numbered) >= 3:
                    self.label_columns = {
                        **{k: Label(INSTRUMENT_OF[no], no, None) for k, no in numbered.items()},
                        **{k: Label(i, None, None) for k, i in self.instrument_columns.items()},
                    }
                return True
        if not self.instrument_columns:
            return False
        first = filled[0] if filled else ""
        if (
            any(YEAR_CELL.match(c) for c in row[1:])
            and not any(SCORE_CELL.match(c) for c in filled)
            and not YEAR_CELL.match(first)
            and not BE_YEAR.search(to_arabic_digits(first))
        ):
            # a header with years across (``ตัวชี้วัดที่ | ชื่อตัวชี้วัด | แบบวัด | ปี 2568 | ปี 2569``):
            # the table with the years down is over, its change row (``ผลต่าง | +4.66 | ...``) the last
            self.instrument_columns, self.label_columns = {}, {}
            return False
        if not self.label_columns and (labels := indicator_columns(self.instrument_columns, row, self.instrument_header)):
            self.label_columns = labels  # the header's second row: indicator numbers under each instrument
            return True
        found = BE_YEAR.search(to_arabic_digits(filled[0])) if filled else None
        year = int(found["year"]) if found else None  # (its พ.ศ. garbled by a scan: ``W.A. 2568``)
        columns = self.label_columns or {k: Label(i, None, None) for k, i in self.instrument_columns.items()}
        scores = [(k, m) for k, c in enumerate(row) if k in columns and (m := SCORE_CELL.fullmatch(c.strip()))]
        if year is None or not scores:
            if sum(1 for c in filled if SCORE_CELL.fullmatch(c.strip())) >= min(2, len(self.instrument_columns)):
                self.instrument_columns, self.label_columns = {}, {}  # scores without a year: the table is over
                return False
            if len(filled) == 1 and SCORE_CELL.fullmatch(filled[0].strip()):
                return True  # a lone number between the rows (a clipped cell's end, a speck): no row
            return bool(len(filled) > 1 and year is None and not scores and all(len(c) <= 20 for c in filled))
        for k, match in scores:
            if match["score"]:
                self.add(page_no, year, columns[k], Decimal(match["score"]))
        return True

    def by_row_check(self, cell: str, row: Sequence[str]) -> Decimal | None:
        """A garbled score cell read back by the row's weight and weighted score (``checked_score``)."""
        if self.weight_check is None or not regex.search(r"\d{3}", cell):
            return None
        at_weight, at_weighted = self.weight_check
        if max(at_weight, at_weighted) >= len(row):
            return None
        weight, weighted = (SCORE_CELL.fullmatch(row[k].strip()) for k in (at_weight, at_weighted))
        if not (weight and weighted and weight["score"] and weighted["score"]):
            return None
        return checked_score(cell, Decimal(weight["score"]), Decimal(weighted["score"]))

    def read_table_row(self, row: list[str], page_no: int) -> bool:
        """Label cells each followed by their score cells; True when any score was read."""
        groups: list[tuple[list[str], list[tuple[int, Decimal | None]]]] = []
        labels: list[str] = []
        filled = [(k, cell) for k, cell in enumerate(row) if cell]
        if any(MONEY_CELL.fullmatch(cell.strip()) for _, cell in filled):
            return False  # a row with baht in thousands (a purchase list's) holds no scores
        skipped = self.weight_columns
        if (
            self.weight_check is not None
            and filled
            and WEIGHTED_TOTAL.match(filled[0][1])
            and not instrument_words(filled[0][1])  # (``รวมแบบวัด IIT | 30 | - | 26.71``: an instrument's share)
            and any(k == self.weight_check[0] and cell.strip() == "100" for k, cell in filled)
            and not any(regex.search(r"\d", cell) for k, cell in filled[1:] if k not in self.weight_columns)
        ):
            # ``คะแนนรวม ITA | 100 | - | 88.40``: the total is the weighted scores' sum, printed in
            # their column alone (the score column's dash no score)
            dashes = {k for k, cell in filled if (dash := SCORE_CELL.match(cell)) and dash["none"]}
            skipped = (self.weight_columns - {self.weight_check[1]}) | dashes
        for at, (k, cell) in enumerate(filled):
            if k in skipped:
                continue
            if self.table_years and labels and (lost := DOT_LOST.fullmatch(cell)):
                cell = f"{lost['digits'][:2]}.{lost['digits'][2:]}"  # ``9012`` in a column of scores: 90.12, its dot lost
            if labels and (dotted := LEADING_SPECK.match(cell)):
                cell = cell[dotted.end() :]  # ``.80.90``: a speck read as a dot before the score
            if self.table_years and labels and (specked := SPECKED_SCORE.fullmatch(cell.strip())):
                cell = specked["score"]  # ``แฉ๘๙.๙๒``: letters a scan made of a speck before a score
            if groups and groups[-1][0] is labels and GRADE_CELL.fullmatch(cell.strip()):
                continue  # a level column beside a year's score (``๘๘.๑๕ | A | 79.45 | B``)
            if labels and SIGNED_CELL.fullmatch(cell.strip()):
                continue  # a change column's ``+4.90`` between the scores: neither score nor label
            if labels and not SCORE_CELL.match(cell) and (read := self.by_row_check(cell, row)) is not None:
                cell = f"{read:.2f}"
            match = SCORE_CELL.match(cell)
            if match and counted(filled, at):
                match = None  # ``จำนวน | ๑ | ชุด``: a count between its label and unit, no score
            if match and labels:
                if not groups or groups[-1][0] is not labels:
                    groups.append((labels, []))
                groups[-1][1].append((k, Decimal(match["score"]) if match["score"] else None))
            elif match and not groups:
                if INDICATOR_NUMBER.match(cell + " "):
                    labels = [cell]  # an item number in a cell of its own
            elif groups and groups[-1][0] is labels:
                labels = [cell]  # the scores of the previous label are done
            else:
                labels.append(cell)
        read_any = False
        decimal_at = {k for k, cell in filled if regex.search(r"\d\.\d", cell)}
        for label_cells, scores in groups:
            if all(value is None for _, value in scores):
                continue
            if not self.table_years and counts_before_score(scores, decimal_at) and (first := next((s for s in scores if s[0] in decimal_at), None)):
                # ``ตัวชี้วัดที่ 9 ... | O1 - O24 | 24 | 23 | 1 | 95.83``: counts of items before the
                # score, which is printed with its decimals
                scores = [first]
            named = [c for c in label_cells if not ITEM_RANGE_CELL.fullmatch(c.strip())]
            label = self.classify(named if named and len(named) < len(label_cells) else label_cells)
            previous = self.found[-1].label if self.found else None
            if (
                label is None
                and self.table_years
                and regex.match(r"คะแนน(?!\s*(?:เต็ม|น\u0e49?[ำา]?\s*หนัก))", " ".join(label_cells))
                and previous is not None
                and (previous.instrument, previous.indicator_no) == ("OIT", None)
            ):
                label = Label("ITA", None, None)  # ``คะแนน!11โค`` under the OIT row: the overall score
            elif (
                label is None
                and self.table_years
                and previous is not None
                # (the garbled IIT row above is read after the EIT row below it)
                and previous.instrument in ("EIT", "IIT") and previous.indicator_no is None
                and self.lacks_after_eit("OIT")
                and len(" ".join(label_cells)) <= GARBLED_LABEL
                and not regex.match(r"คะแนน|ระดับ|รวม", " ".join(label_cells))
            ):
                label = Label("OIT", None, None)  # ``0ห`` under the EIT row: OIT, which the framework lists next
            if label is None:
                self.unlabelled = (page_no, list(label_cells), scores)
                continue
            for year, value in self.years_of(scores):
                if value is not None:
                    self.add(page_no, year, label, value)
                    read_any = True
        return read_any

    def lacks_after_eit(self, instrument: str) -> bool:
        """Whether a year of the table of years being read has its EIT score and not yet
        ``instrument``'s."""
        def has(name: str, year: int) -> bool:
            return any(
                (f.label.instrument, f.label.indicator_no, f.fiscal_year) == (name, None, year) for f in self.found
            )

        return any(has("EIT", year) and not has(instrument, year) for _, year in self.table_years)

    def garbled_iit(self, pending: tuple[int, list[str], list[tuple[int, Decimal | None]]] | None, since: int) -> None:
        """The row above an EIT row of a table of instruments by year, its label a scan
        garbled past reading (``แห`` for IIT): IIT, which the framework lists first."""
        new = self.found[since:]
        if (
            pending is None
            or not self.table_years
            or not new
            or any(f.label.instrument != "EIT" or f.label.indicator_no is not None for f in new)
            or len(" ".join(pending[1])) > GARBLED_LABEL
            or any(f.label.instrument == "IIT" and f.label.indicator_no is None and f.fiscal_year != self.default_year for f in self.found)
        ):
            return
        for year, value in self.years_of(pending[2]):
            if value is not None:
                self.add(pending[0], year, Label("IIT", None, None), value)

    def years_of(self, scores: list[tuple[int, Decimal | None]]) -> list[tuple[int | None, Decimal | None]]:
        if not self.table_years:
            return [(self.year or self.default_year, scores[0][1])]
        before, after = self.weights_around
        if (before or after) and len(scores) == len(self.table_years) + before + after:
            scores = scores[before : len(scores) - after]  # the row fills its weight cells too
        by_index = dict(self.table_years)
        if all(k in by_index for k, _ in scores):
            return [(by_index[k], value) for k, value in scores]
        years = [year for _, year in self.table_years]
        return [(year, value) for year, (_, value) in zip(years, scores, strict=False)]

    # prose ------------------------------------------------------------------------------------
    def read_prose(self, text: str, page_no: int) -> None:
        start = 0
        line_label = self.prose_label
        self.prose_label = None
        # (the previous line's end when its last score's lead is there and the number here)
        carried = self.previous_text[-60:] if DANGLING_LEAD.search(self.previous_text) else ""
        offset = len(carried) + 1 if carried else 0
        text = f"{carried} {text}" if carried else text
        past_carried = False
        pairs = list(WEIGHT_PAIR.finditer(text))
        earlier = list(WEIGHT_PAIR.finditer(self.previous_text or ""))
        # (weights are shares like 30, 30, 40: each at most half and a multiple of five)
        shares = all(int(m["weight"]) <= 50 and int(m["weight"]) % 5 == 0 for m in [*pairs, *earlier])
        # (one alone too, its neighbours garbled by a scan: ``(EIT) ร้อยละmo`` / ``(OIT) ร้อยละ ๔๐``)
        weights = {m.start("weight") for m in pairs} if pairs and shares else set()
        for match in PROSE_SCORE.finditer(text):
            number = match["a"] or match["b"]
            number_at = match.start("a") if match["a"] else match.start("b")
            if number_at in weights:
                continue  # ``(IIT) ร้อยละ ๓๐ ... (EIT) ร้อยละ ๓๐``: the instruments' weights
            before, after = text[:number_at], text[match.end() :]
            rest = text[number_at + len(number) :]
            # (``การป้องกันการทุจริต (75.00 คะแนน)``, ``(ปี 2568 = 88.40)``: a score in brackets)
            aside = YEAR_ASIDE.search(before) or YEAR_EQUALS.search(before)
            if aside and self.default_year and int(aside["year"]) > self.default_year and TARGET_WORDS.search(text):
                continue  # ``เป้าหมาย (ปี 2570 = 95)``: a year after the report's on a line of targets, no score
            if CHANGE_FROM_PREVIOUS.search(before[-40:]):
                continue
            previous = PREVIOUS_YEAR.search(before[-40:])
            bracketed = (
                (before.rstrip().endswith("(") and BRACKETED_SCORE.match(rest)) or aside or PREVIOUS_ASIDE.search(before[-20:])
            )
            if (
                (NOT_A_SCORE_BEFORE.search(before) and not bracketed)
                or TARGET_BEFORE.search(before[-40:])
                or RATE_OF_COUNT.search(before)
                or GAP_BEFORE.search(before[-80:])
                or (not before[offset:].strip() and ITEM_NUMBER.match(text[number_at:]))
            ):
                continue
            if NOT_A_SCORE_AFTER.match(rest) and not bracketed:
                continue
            chunk = text[start:number_at]
            start = match.end()
            if number_at < offset:
                continue  # (a score of the previous line, read there)
            spans = bool(carried) and not past_carried  # (the carried line's year: the dangling score's only)
            past_carried = True
            label = self.classify([chunk], prose=True, graded=bool(GRADE_AFTER.match(after)))
            if label is None and not chunk.strip(" :") and self.previous_text:
                label = self.classify([self.previous_text], prose=True, graded=bool(GRADE_AFTER.match(after)))
            headed = label is None and line_label is not None and bool(SCORE_LEAD_LINE.fullmatch(chunk))
            if headed or (
                label is None
                and line_label is not None
                and (find_fiscal_year(chunk) is not None or BECAME.match(chunk) or previous)
            ):
                label = line_label  # the same score for another year: "... และปี 2566 ได้ 81.25"
            if label is None:
                continue
            line_label = self.prose_label = label
            years = find_fiscal_years(before if spans else before[offset:])  # (offset 0 with nothing carried)
            year_after = YEAR_RIGHT_AFTER.match(after)
            current = self.default_year or self.year
            year: int | None
            if year_after:  # ``ร้อยละ 88.40 ในปี 2566 เป็นร้อยละ 93.12 ในปี 2567``
                year = int(year_after["year"])
            elif current and (CHANGED_FROM.search(before) or previous):  # ``เพิ่มขึ้นจากร้อยละ 82.15 เป็น ...``
                year = current - 1  # (and ``(ปีก่อน 82.10)``)
            elif current and CHANGED_TO.search(before):
                year = current
            elif headed and not years:
                year = current  # ``ผลคะแนน 92.18 (ปี 2568 = 88.40)`` under its heading: the report's year first
            else:
                year = years[-1] if years else (self.year or self.default_year)
            self.add(page_no, year, label, Decimal(number))

    # labels -----------------------------------------------------------------------------------
    def classify(
        self, label_cells: Sequence[str], *, prose: bool = False, graded: bool = False
    ) -> Label | None:
        text = " ".join(c for c in label_cells if c)
        if OIT_ITEM.search(text):
            return None
        if (
            not prose
            and len(label_cells) > 1
            and INSTRUMENT_CODE.fullmatch(label_cells[0].strip())
            # (the code in the number's column, ``ที่``; in an instrument's column of its own, merged
            # over its indicators' rows, it stands beside the first indicator's name)
            and bool(self.header_row)
            and regex.match(r"\s*(?:ที่|ลำดับ)", self.header_row[0]) is not None
            and not any(regex.match(r"\s*(?:ตัวชี้วัด(?:ที่)?\s*)?\d", c) for c in label_cells[1:])
        ):
            # ``OIT | การเปิดเผยข้อมูลสาธารณะ | 73.44 | 79.59``: an instrument's own row, named by
            # its code in the number's column (its name may be an indicator's: the instrument's)
            self.instrument = label_cells[0].strip()
            return Label(self.instrument, None, None)
        # A merged instrument cell may stand before the indicator's own cell: nearest first.
        candidates = [text] if prose else [*reversed(label_cells), text]
        indicator = next((i for c in candidates if (i := match_indicator(c, last=prose))), None)
        if indicator is not None:
            no, name = indicator
            return Label(INSTRUMENT_OF[no], no, name)
        instrument = instrument_of(text, last=prose) or ("IIT" if not prose and GARBLED_IIT.fullmatch(text.strip()) else None)
        if instrument is not None:
            # A cell naming the instrument of a merged column, then an indicator by number only.
            numbered = self.numbered_indicator(label_cells[-1], instrument) if len(label_cells) > 1 else None
            if numbered is not None:
                return numbered
            if not prose:
                self.instrument = instrument
            return Label(instrument, None, None)
        garbled_total = GARBLED_TOTAL.match(text)
        if garbled_total and not prose and self.found and self.found[-1].label.indicator_no is not None:
            # ``รวม IT`` / ``รวม 0`` (OCR of รวม IIT / รวม OIT) right under an instrument's indicators.
            return Label(self.found[-1].label.instrument, None, None)
        if prose and self.instrument is not None and self.instrument_heading_at == self.line_at - 1 and not graded and "คะแนน" in text:
            # ``2.1 แบบวัด... (IIT)`` / ``ปี 2568 ได้คะแนนเฉลี่ย 88.53 คะแนน ...``: the average right
            # under an instrument's heading is the instrument's
            return Label(self.instrument, None, None)
        if OVERALL.search(text) or (prose and graded):
            return Label("ITA", None, None)
        if not prose and GARBLED_INSTRUMENT_ROW.fullmatch(text.strip()):
            # ``แบบวัด เก``, ``แบบวัด07``: an instrument's row whose code a scan garbled, in the
            # framework's order: the first row under the header, or the row after the one above's
            above = self.found[-1].label if self.found and self.found[-1].label.indicator_no is None else None
            if self.header_at == self.line_at - 1:
                return Label("IIT", None, None)
            if above is not None and above.instrument in INSTRUMENT_ORDER[:2] and self.last_label_at == self.line_at - 1:
                return Label(INSTRUMENT_ORDER[INSTRUMENT_ORDER.index(above.instrument) + 1], None, None)
        if not prose and PERCEPTION_CUT.fullmatch(text.strip()):
            # ``2 | แบบวัดการรับรู้ของผู้มีส่วนได้`` over ``| ส่วนเสียภายนอก (EIT)``: a perception
            # survey's row, which one wrapped below; in the framework's order, IIT then EIT
            wrapped = instrument_of(self.next_text) if len(self.next_text) <= WRAPPED_LABEL else None
            if wrapped in ("IIT", "EIT"):
                return Label(wrapped, None, None)  # (``ส่วนเสียภายนอก (EIT)`` on the wrapped line says whose)
            above = self.found[-1].label if self.found else None
            if above is None or (above.instrument, above.indicator_no) != ("IIT", None):
                return Label("IIT", None, None)
            return Label("EIT", None, None)
        if not prose:
            return self.numbered_indicator(text, self.instrument)
        return None

    def numbered_indicator(self, text: str, instrument: str | None) -> Label | None:
        """``ตัวชี้วัดที่ 2`` or ``2.`` under an instrument: the framework number from the position."""
        match = INDICATOR_WORD.match(text) or (INDICATOR_NUMBER.match(text) if instrument else None)
        if not match:
            return None
        no = int(match["no"])
        if instrument is not None and no <= LAST_INDICATOR[instrument] - FIRST_INDICATOR[instrument] + 1:
            no = FIRST_INDICATOR[instrument] + no - 1
        if no not in INSTRUMENT_OF or (instrument is not None and INSTRUMENT_OF[no] != instrument):
            return None
        name = clean(LEADING_MARKS.sub("", text[match.end() :])) or None
        return Label(INSTRUMENT_OF[no], no, name)

    def add(self, page_no: int, year: int | None, label: Label, score: Decimal) -> None:
        if Decimal(0) <= score <= Decimal(100):
            self.found.append(Found(page_no, year, label, score))
            self.last_label_at = self.line_at


# The first header cell of a table whose rows are measures (``รายการ``, ``ประเด็น``).
ITEM_LABEL_CELL = regex.compile(r"รายการ|ประเด็น|หัวข้อ|องค์ประกอบ|แบบ\s*วัด")
OVERALL_COLUMN = regex.compile(r"รวม|คะแนน\s*รวม|ITA|คะแนน\s*ITA")
# A measures-down table's rows: weights, averages, weighted scores, the level.
MEASURE_ROW = regex.compile(r"^(?:น้ำหนัก|ค่า\s*น้ำหนัก|(?:ผล)?คะแนน|ระดับ|ร้อยละ)")
WEIGHT_ROW = regex.compile(r"^(?:ค่า\s*)?น้ำหนัก|^ร้อยละ|^ระดับ")
WEIGHTED_ROW = regex.compile(r"ถ่วง\s*น้ำหนัก")
# A measures-down row that is no score of the year's: full marks, a target, a change, a year's own row.
NOT_A_MEASURE = regex.compile(r"เต็ม|เป้า|ผลต่าง|เปลี่ยนแปลง|เพิ่มขึ้น|ลดลง|ปี|25\d\d|(?:\(|:).{12,}")
# A measures-down (or indicators-across) row of one year's scores or levels: ``คะแนน ปี 2568``.
YEAR_ROW = regex.compile(r"^(?P<label>(?:ผล\s*)?คะแนน|ระดับ)\s*(?:ปี\s*(?:งบ\s*ประมาณ\s*)?)?(?:พ\.\s*ศ\.\s*)?(?P<year>25\d\d)$")
# The first header cell of a table with the indicators across; the row naming their instruments.
INDICATORS_ACROSS = regex.compile(r"ตัว\s*ชี\u0e49?\s*วัด(?:\s*ที\u0e48?)?")  # (``ตัวชีวัดที``: a scan's lost marks)
INSTRUMENTS_ROW = regex.compile(r"^แบบ\s*วัด")
ACROSS_MIN = 3  # numbered columns: fewer are a table's own numbering
DECIMAL_COMMA = regex.compile(r"(?<=^\d{2}),(?=\d{2}$)")  # ``๘๑,๒๕``: a scan's comma for the decimal point
# The first header cell of a table whose rows are years (``ปีงบประมาณ``, ``ปี พ.ศ.``).
YEAR_LABEL_CELL = regex.compile(r"^(?:ปี\s*งบ\s*ประมาณ|ปี\s*(?:พ\.ศ\.)?|พ\.ศ\.)\s*$")


def instrument_cell(cell: str) -> str | None:
    """The instrument a short header cell names (``IIT``, ``คะแนน ITA``), else None."""
    text = cell.strip()
    if len(text) > 30:
        return None
    if regex.fullmatch(r"[A-Za-z ]{3,6}", text):
        text = text.replace(" ", "")  # ``EI T``: a producer's justified cell spaced its letters
    instrument = instrument_of(text)
    if instrument is not None:
        return instrument
    if GARBLED_IIT.fullmatch(text):
        return "IIT"
    return "ITA" if OVERALL.search(text) else None


INDICATOR_NO_CELL = regex.compile(r"\d{1,2}")
# A header cell over an instrument's indicator columns (``ตัวชี้วัดที่ (แบบวัด IIT)``), and one
# over its score (``คะแนน IIT``)
INDICATOR_SPAN = regex.compile(r"ตัว\s*ชี้\s*วัด")
TOTAL_HEADER = regex.compile(r"^\s*คะแนน")
# An indicator's column headed by its short label and number (``ตช.1``, ``ตัวชี้วัดที่ 1``).
# (the short label as scans read it too: ``ตซ.6``, ``ตช 7``, ``ตช,10``)
_SHORT_LABEL = r"ต[ชซ]\s*[.,]?\s*[«»]?"
INDICATOR_HEAD = regex.compile(rf"(?:{_SHORT_LABEL}|ตัวชี้วัด(?:ที่)?)\s*(?P<no>\d{{1,2}})")


def indicator_columns(instruments: dict[int, str], row: Sequence[str], header: Sequence[str] = ()) -> dict[int, Label]:
    """A years-down table's columns from its second header row, under the first row's
    instruments (``แบบวัด IIT (ตัวชี้วัดที่) | | ...`` / ``๑ | ๒ | ...``): a number is an
    indicator of the instrument whose header spans it (restarted numbering read as the
    framework's), an instrument's code its total; a first-row ``คะแนน ITA`` over an empty cell
    the overall score. Empty when the row is no such header (it must number three indicators)."""
    filled = [(k, c.strip()) for k, c in enumerate(row) if c.strip()]
    unread = [k for k, c in filled if not INDICATOR_NO_CELL.fullmatch(c) and instrument_cell(c) is None]
    if not filled or len(unread) > 2 or any(len(row[k].strip()) > GARBLED_LABEL for k in unread):
        return {}  # (up to two cells a scan garbled, ``เวง`` for ๙, ``เห`` for IIT, are read by their place)
    labels: dict[int, Label] = {}
    for k, cell in filled:
        over = [instruments[j] for j in sorted(instruments) if j <= k]
        if INDICATOR_NO_CELL.fullmatch(cell) and over and over[-1] in FIRST_INDICATOR:
            instrument, no = over[-1], int(cell)
            if INSTRUMENT_OF.get(no) != instrument and no <= LAST_INDICATOR[instrument] - FIRST_INDICATOR[instrument] + 1:
                no = FIRST_INDICATOR[instrument] + no - 1  # restarted numbering (EIT 1 = 6)
            if INSTRUMENT_OF.get(no) == instrument:
                labels[k] = Label(instrument, no, None)
            elif (framework := INSTRUMENT_OF.get(int(cell))) and any(j > k and i == framework for j, i in instruments.items()):
                # (the framework's number of the next instrument, whose header a scan garbled
                # while its score column after it reads: ``ตัวชี้วัดที (0171) | | คะแนน OIT``)
                labels[k] = Label(framework, int(cell), None)
        elif (named := instrument_cell(cell)) is not None:
            labels[k] = Label(named, None, None)
    if sum(1 for label in labels.values() if label.indicator_no is not None) < 3:
        return {}
    for k in unread:
        before = max((j for j in labels if j < k), default=None)
        after = min((j for j in labels if j > k), default=None)
        left, right = (labels.get(before) if before is not None else None), (labels.get(after) if after is not None else None)
        if left and right and left.indicator_no and right.indicator_no and right.indicator_no - left.indicator_no == 2:
            no = left.indicator_no + 1  # between indicators 8 and 10: 9
            labels[k] = Label(INSTRUMENT_OF[no], no, None)
        elif left and right and left.indicator_no and right.indicator_no is None and right.instrument in INSTRUMENT_ORDER:
            at = INSTRUMENT_ORDER.index(right.instrument)
            if at > 0:
                labels[k] = Label(INSTRUMENT_ORDER[at - 1], None, None)  # the total before EIT's: IIT's
    for k, instrument in instruments.items():
        scored = instrument == "ITA" or (k < len(header) and TOTAL_HEADER.search(header[k]) is not None)
        if scored and k not in labels and not (row[k].strip() if k < len(row) else ""):
            labels[k] = Label(instrument, None, None)  # (``คะแนน EIT`` over an empty cell: the instrument's score)
    return labels


def counted(filled: Sequence[tuple[int, str]], at: int) -> bool:
    """Whether the number in cell ``at`` of a row's filled cells is a count: its cell before
    says ``จำนวน`` or its cell after names a unit (``ชุด``, ``คน``, ``ครั้ง``)."""
    before = filled[at - 1][1] if at > 0 else ""
    after = filled[at + 1][1] if at + 1 < len(filled) else ""
    return bool(NOT_A_SCORE_BEFORE.search(before) and not before.rstrip().endswith("(")) or bool(
        after and NOT_A_SCORE_AFTER.match(after) and not after.lstrip().startswith(")")
    )


def squeeze(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def match_indicator(text: str, *, last: bool = False) -> tuple[int, str | None] | None:
    """(framework number, printed name) of the indicator a label names, by its name.

    In running text (``last``) several may be named; the one nearest the score (last) wins.
    """
    if instrument_words(text):
        text = PARENTHESES.sub(" ", text)
        if instrument_words(text):
            return None
    hits: list[tuple[int, int, str]] = []  # (end position, number, name)
    # (as printed, else without the marks a scan lost: ``ตัวชีวัดการปฏิบัติหน้าทีได้``)
    for strip in (squeeze, lambda t: squeeze(skeleton(t))):
        flat = strip(text)
        for no, _, names in INDICATORS:
            for known in names:
                key = strip(known)
                at = flat.rfind(key)
                if at >= 0:
                    hits.append((at + len(key), no, known))
        if hits:
            break
    flat = squeeze(text)
    if hits:
        _end, no, _ = max(hits, key=lambda h: (h[0], len(h[2])))
        return no, printed_name(text, no)
    if last or len(flat) > 60:
        return None
    name = printed_name(text, None)
    if not name:
        return None
    best: tuple[float, int] | None = None
    for no, _, names in INDICATORS:
        for candidate in names:
            score = fuzz.ratio(squeeze(name), squeeze(candidate))
            if score >= 85 and (best is None or score > best[0]):
                best = (score, no)
    return (best[1], name) if best else None


def printed_name(text: str, no: int | None) -> str | None:
    """The indicator's name as printed: without its number, a score or a trailing unit."""
    text = INDICATOR_NUMBER.sub("", text, count=1)
    if no is not None:
        # Keep the printed name only (the text may be a sentence around it).
        flat_names = [n for number, _, names in INDICATORS if number == no for n in names]
        for name in sorted(flat_names, key=len, reverse=True):
            pattern = r"\s*".join(regex.escape(ch) for ch in squeeze(name))
            found = list(regex.finditer(pattern, text))
            if found:
                return clean(found[-1].group())
    text = regex.sub(r"(?:ได้)?\s*(?:คะแนน|ร้อยละ)?\s*$", "", text)
    return clean(LEADING_MARKS.sub("", text))


def instrument_words(text: str) -> bool:
    return any(pattern.search(text) for clues in INSTRUMENT_CLUES.values() for pattern in clues)


def counts_before_score(scores: Sequence[tuple[int, Decimal | None]], decimal_at: set[int]) -> bool:
    """Whether a row's numbers before its first one printed with decimals are counts of items,
    the first the sum of the others (``24 | 23 | 1 | 95.83``: items, passed, failed)."""
    counts: list[Decimal] = []
    for k, value in scores:
        if k in decimal_at or value is None:
            break
        counts.append(value)
    return len(counts) >= 3 and counts[0] == sum(counts[1:], Decimal(0))


def instrument_of(text: str, *, last: bool = False) -> str | None:
    """The instrument a heading or label names, by the most clues (code, English, Thai name).

    In running text (``last``) the instrument named nearest the end wins.
    """
    if last:
        positions = [
            (match.end(), instrument)
            for instrument, clues in INSTRUMENT_CLUES.items()
            for pattern in clues
            for match in pattern.finditer(text)
        ]
        return max(positions)[1] if positions else None
    votes = {
        instrument: sum(1 for p in clues if p.search(text)) for instrument, clues in INSTRUMENT_CLUES.items()
    }
    best = max(votes.values())
    if best == 0:
        return None
    winners = [i for i, v in votes.items() if v == best]
    if len(winners) == 1:
        return winners[0]
    coded = [i for i in winners if INSTRUMENT_CLUES[i][0].search(text)]
    return coded[0] if coded else winners[0]


YEAR_SPAN = regex.compile(r"(?P<first>25\d\d)\s*[-–]\s*(?P<last>25\d\d)(?!\d)")


def report_year(head: str) -> int | None:
    """The year a report is of: the first fiscal year its opening names, or the last of a span
    it compares (``เปรียบเทียบปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๖๘``: 2568)."""
    year = find_fiscal_year(head)
    span = YEAR_SPAN.search(to_arabic_digits(head))
    return int(span["last"]) if year is not None and span and int(span["first"]) == year else year


def with_numbers_between(numbered: dict[int, int]) -> dict[int, int]:
    """Indicator columns by the numbers of their neighbours: a heading a scan garbled
    (``ตช.3 | AVA | ตช.5``) between two whose numbers step with their columns is the one
    between them."""
    filled = dict(numbered)
    known = sorted(numbered.items())
    for (left, first), (right, last) in itertools.pairwise(known):
        if right - left > 1 and last - first == right - left:
            filled.update({k: first + k - left for k in range(left + 1, right)})
    return filled


# (``ตช.๑ การปฏิบัติหน้าที่``: the short label a legend under a table headed ``ตช.1`` uses)
LEGEND_ENTRY = regex.compile(
    rf"(?:ตัว\s*ชี\u0e49?\s*วัด\s*ที\u0e48?|{_SHORT_LABEL})\s*(?P<no>\d{{1,2}})(?!\d)\s*(?P<name>.*?)(?=ตัว\s*ชี\u0e49?\s*วัด|{_SHORT_LABEL}\s*\d|$)"
)


# (or the number alone, in columns: ``1 | การปฏิบัติหน้าที่ | 6 | คุณภาพการดำเนินงาน``)
BARE_LEGEND_ENTRY = regex.compile(r"(?:^|(?<=\s))(?P<no>\d{1,2})[\t ]+(?P<name>[^\t\d][^\t\d]*?)\s*(?=\t|\s\d{1,2}\s|$)")


def legend_entries(text: str) -> dict[int, str]:
    """The indicators a legend line names, each checked: its name is the framework's
    indicator of that number."""
    names: dict[int, str] = {}
    flat = clean(text.replace("\t", " ")) or ""
    entries = [*LEGEND_ENTRY.finditer(flat), *BARE_LEGEND_ENTRY.finditer(text)]
    for entry in entries:
        found = match_indicator(entry["name"])
        if found is not None and found[0] == int(entry["no"]) and found[1]:
            names.setdefault(found[0], found[1])
    return names


def bare_legend(text: str) -> bool:
    """A line of a legend that numbers indicators without ``ตัวชี้วัดที่``, in columns (no scores on it)."""
    entries = BARE_LEGEND_ENTRY.findall(text)
    # the line is its entries and nothing else (a row of scores has more)
    # (two entries at least: ``๕ | การแก้ไขปัญหาการทุจริต`` alone may be a row whose score wrapped)
    return (
        len(entries) >= 2
        and not BARE_LEGEND_ENTRY.sub("", text).strip()
        and len(legend_entries(text)) == len(entries)
    )


def legend_names(lines: Sequence[Line]) -> dict[int, str]:
    """Framework number -> the indicator's printed name, where the document names its
    indicators apart from their scores (a legend under a table whose columns are numbered)."""
    names: dict[int, str] = {}
    for line in lines:
        for no, name in legend_entries(line.text).items():
            names.setdefault(no, name)
    return names


# A year's overall score with its instruments' in brackets right after it (``... พ.ศ. ๒๕๖๗ ซึ่งได้
# ๘๑.๔๕ คะแนน (IIT ๘๖.๑๐ EIT ๗๙.๒๕ OIT ๗๙.๖๒)``).
YEAR_WITH_INSTRUMENTS = regex.compile(
    rf"(?P<year>25\d\d)\s*(?:ซึ่ง\s*)?(?:ได้|มี)\s*(?:คะแนน\s*)?(?P<ita>{NUMBER})\s*คะแนน\s*"
    rf"\(\s*IIT\s*(?P<IIT>{NUMBER})\s*,?\s*EIT\s*(?P<EIT>{NUMBER})\s*,?\s*(?:และ\s*)?OIT\s*(?P<OIT>{NUMBER})\s*(?:คะแนน\s*)?\)"
)


def bracketed_instruments(text: str, reader: Reader) -> None:
    """The instruments' scores a sentence gives in brackets after a year's overall score, for
    that year, where nothing else read them (its overall is the year's overall the reader has),
    in a report of scores (one that gives its indicators': not a measures announcement quoting
    its office's result)."""
    if not any(f.label.indicator_no is not None for f in reader.found):
        return
    for found in YEAR_WITH_INSTRUMENTS.finditer(text):
        year = int(found["year"])
        overall = [f for f in reader.found if f.fiscal_year == year and f.label == Label("ITA", None, None)]
        if not overall or overall[0].score != Decimal(found["ita"]):
            continue
        for code in INSTRUMENT_ORDER:
            if not any(f.fiscal_year == year and f.label == Label(code, None, None) for f in reader.found):
                reader.add(overall[0].page_no, year, Label(code, None, None), Decimal(found[code]))


def extract(segment: Segment) -> list[Row]:
    text = join_lines(segment.lines)
    if not ITA_CONTEXT.search(text):
        return []
    reader = Reader(default_year=report_year(text[:2000]))
    reader.read(segment.lines)
    bracketed_instruments(text, reader)
    legend = legend_names(segment.lines)
    organization = document_organization(segment)
    rows: list[Row] = []
    seen: set[tuple[int | None, str, int | None]] = set()
    for found in reader.found:
        key = (found.fiscal_year, found.label.instrument, found.label.indicator_no)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            ItaScore(
                doc_id=segment.doc_id,
                page_no=found.page_no,
                organization=organization,
                fiscal_year=found.fiscal_year,
                instrument=found.label.instrument,  # type: ignore[arg-type]
                indicator_no=found.label.indicator_no,
                indicator=found.label.indicator or legend.get(found.label.indicator_no or 0),
                score=found.score.quantize(Decimal("0.01")),
            )
        )
    return rows


TYPE = DocumentType(
    name="ita_scores",
    extract=extract,
    embedded_in=frozenset({"integrity_measures", "memo", "other", "order"}),
)
