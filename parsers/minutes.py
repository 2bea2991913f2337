"""Parser for meeting minutes (รายงานการประชุม): the meeting, its attendance lists, agenda, resolutions.

Minutes follow one plan across offices: a heading (title, session, date and time, venue),
attendance lists (ผู้มาประชุม / ผู้ไม่มาประชุม / ผู้เข้าร่วมประชุม), the opening time, the
agenda items (ระเบียบวาระที่ N, sub-items N.1), each with speaker blocks (a name line and a
role line, then what was said) and resolutions (มติที่ประชุม), the closing time and the
signature blocks of the minute-taker and the reviewer. A state machine walks the lines in
that order; each line is recognised by a small pattern.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex
from rapidfuzz import fuzz

from parsers.common import (
    best_match,
    cells,
    document_row,
    find_organization,
    nonempty_cells,
    split_prefix,
    tolerant,
)
from parsers.doctype import DocumentType
from parsers.grammar import (
    ASTERISK_NOISE,
    DATE_LINE,
    DOCUMENT_END,
    NAME_LIST_HEADER,
    ROW_NUMBER,
    VENUE,
    WEEKDAY_WORDS,
    ahead,
    continues_paragraph,
    flat,
    heading_title,
    line_text,
    single_cell,
    specks_only,
)
from parsers.vocabulary import (
    ABSENCE_REMARK,
    POSITION_START,
    SIGN,
    SIGNED,
    lone_prefix,
    respaced_name,
    unbracketed,
    unglued_name,
)
from pipeline import layout
from pipeline.layout import Cell, display_columns
from pipeline.model import Line, Parsed, Segment
from pipeline.normalize import NO_TICK, TICK, clean, join_wrapped, recompose_sara_am
from pipeline.thai import (
    MARK,
    MONTH_PATTERN,
    all_dates,
    dates_by_weekday,
    find_date,
    find_fiscal_year,
    find_fiscal_years,
    find_times,
    months_by_weekday,
    skeleton,
    subsequence,
    to_arabic_digits,
    wrapped_inside_word,
    years_by_weekday,
)
from schemas import Agenda, Attendee, Meeting, Resolution

# --- line grammar ---------------------------------------------------------------------------------
MINUTES_TITLE = regex.compile(r"^(?:บันทึก\s*(?=รายงาน))?(?:รายงาน|บันทึก)?\s*การ\s*ประชุม")
# ``บันทึกรายงานการประชุม...``: the title is from ``รายงานการประชุม`` (the contract's)
RECORD_OF = regex.compile(r"^บันทึก\s*(?=รายงาน\s*การ\s*ประชุม)")
REPEATED_HEADING = regex.compile(r"^รายงาน\s*การ\s*ประชุม")
SESSION = regex.compile(
    r"ครั้ง\s*ที่\s*(?P<no>\d{1,3})\s*(?:/\s*(?P<year>\d{2,4})(?!\d)|"
    r"(?:(?:ประจำ\s*)?ปี\s*(?:งบ\s*ประมาณ)?\s*)?(?:พ\.\s?ศ\.)?\s*(?P<year2>25\d\d))?"
)
BARE_SESSION = regex.compile(r"(?<![\d/.]|ที่\s?)(?P<no>\d{1,2})\s*/\s*(?P<year>25\d\d)(?![\d/])")
# A council's sitting when no ครั้งที่ follows: ``สมัยวิสามัญ สมัยที่ 1 ประจำปี 2567``.
SITTING = regex.compile(
    r"สมัย\s*(?:(?:วิ)?สามัญ\s*)?ที่\s*(?P<no>\d{1,2})(?!\s*ครั้ง)\s*(?:/\s*(?P<year>\d{2,4})(?!\d))?(?P<year2>)"
)

# (OCR drops letters of it: ``ผู้ม ประชุ``)
# ``รายชื่อ`` before a list's label, as typed and as a scan garbles it (``รายช้อ``, ``รายชือ``, ``รายซือ``)
# (and who the list is of: ``กรรมการผู้มาประชุม``, ``สมาชิกผู้ไม่มาประชุม``)
LIST_NAMES = r"(?:ราย\s*(?:[ชซ][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{0,2}\s?อ|นาม)\s*)?(?:(?:คณะ\s*)?กรรมการ\s*|สมาชิก\s*)?"
# (a label whose ประชุม a narrow cell wrapped onto the next line, its count beside it:
# ``ผู้มา   ๑๖   คน`` / ``ประชุม``)
_LABEL_WRAPPED = r"(?=\s*\d{1,3}\s*(?:คน|ท่าน|ราย)\s*$)"
# ``ผู้(ที่)มาประชุม``, or after who the list is of, ``ที่`` alone (``กรรมการที่มาประชุม``)
_WHO = r"(?:ผู้\s*(?:ที่\s*)?|(?<=(?:กรรมการ|สมาชิก)\s*)ที่\s*)"
# (``กรรมการที่เข้าร่วมประชุม``: members who took part are present; ``ผู้เข้าร่วมประชุม`` are invited)
PRESENT = regex.compile(
    rf"^{LIST_NAMES}{_WHO}(?:(?:ม\s*า?|เข้า)\s*ประชุม?|มา{_LABEL_WRAPPED}|(?<=(?:กรรมการ|สมาชิก)\s*ที่\s*)(?:เข้า\s*)?ร่วม\s*(?:การ\s*)?ประชุม)"
)
ABSENT = regex.compile(
    rf"^{LIST_NAMES}{_WHO}(?:ไม่\s*มา|ไม่\s*เข้า|ขาด|ลา)\s*(?:ร่วม\s*)?(?:(?:การ\s*)?ประชุม|{_LABEL_WRAPPED})"
)
INVITED = regex.compile(rf"^{LIST_NAMES}ผู้\s*(?:ที่\s*)?(?:เข้า\s*ร่วม|ร่วม)\s*(?:(?:การ\s*)?ประชุม|{_LABEL_WRAPPED})")
LABEL_TAIL = regex.compile(r"(?:การ\s*)?ประชุม")  # the wrapped end of such a label, alone on its line
BARE_SECTION = regex.compile(r"^(?:(?P<absent>ไม่\s*มา\s*ประชุม|ขาด\s*(?:การ\s*)?ประชุม)|มา\s*ประชุม)$")
COUNT_LINE = regex.compile(r"^(?:รวม|จำนวน|ทั้งหมด|ทั้งสิ้น)\S*\s*\d{1,3}\s*(?:คน|ท่าน|ราย)?$")
REASON_LINE = regex.compile(r"^(?:สาเหตุ|เหตุผล|หมายเหตุ)\s*[:：]?\s*\S")
# (as scans read them too: ``ไม่เห็นชอบ(เสียง``, ``ไม่เห็นชอบ(aes)``)
VOTE_LABEL = regex.compile(
    r"^(?:(?:ไม่\s*)?(?:เห็น\s*ชอบ|เห็น\s*ด้วย|อนุมัติ|รับรอง)|งด\s*ออก\s*เสียง|ไม่\s*ลง\s*คะแนน|รวม)\s*(?:\(\s*(?:เสียง|คน|[A-Za-z]{2,5})\s*\)?)?$"
)
VOTE_UNIT = regex.compile(r"\(\s*(?:เสียง|คน|[A-Za-z]{2,5})\s*\)?")
VOTE_COUNT = regex.compile(r"\d{1,3}|[-–—]")
VOTE_ROWS_HEADER = regex.compile(
    r"^(?:ผล\s*(?:การ\s*)?(?:ลง\s*)?(?:มติ|คะแนน)|การ\s*ลง\s*มติ|มติ)(?:\s*\([^()]{1,20}\))?$"  # (``ผลการลงมติ (ยกมือ)``)
)
VOTE_ROWS_COUNT = regex.compile(r"^(?:จำนวน|คะแนน)(?:\s*เสียง)?\s*(?:\(\s*(?:เสียง|คน)\s*\))?$")
# What opens a person's name in running text: a prefix (``นาย``, ``นาง``, ``ว่าที่``, a rank ``จ.ส.อ.``)
PERSON_OPENS = r"(?:นาย|นาง|ว่าที่|ด\.|ส\.|จ\.|พ\.|ร\.|ดร\.)"
# A committee role a ``หน้าที่`` label precedes (``หน้าที่กรรมการ``, ``หน้าที่  ประธานกรรมการ``).
_DUTY_WORD = r"(?:(?:รอง)?ประธาน|กรรมการ|เลขานุการ|เหรัญญิก|ที่ปรึกษา)"
# (not after words a position holds them in: ``รักษาการ ตำแหน่ง...``, ``ทำหน้าที่เลขานุการ``,
# ``เจ้า หน้าที่...`` as a scan splits it)
# (a scan may leave no space after the label, before the role or post it labels: ``หน้าที่กรรมการ``,
# ``ตำแหน่งผู้ช่วยผู้ใหญ่บ้าน``; or before it, after the name: ``คำมุงคุณหน้าที่ กรรมการ``)
_LABELLED = rf"(?:หน้าที่(?={_DUTY_WORD})|ตำแหน่ง(?=ผู้|นาย|ปลัด|รอง|หัวหน้า|ประธาน|สมาชิก|นัก|ครู|เจ้า))"
LABEL_INSIDE = regex.compile(
    rf"(?<=\S)(?<!เจ้า|รักษาการ|ดำรง|ใน|ทำ|ปฏิบัติ)(?:[ ]+(?=(?:ตำแหน่ง|หน้าที่)(?:\s*[:：]\s*|\s+)\S)|[ ]*(?={_LABELLED})|(?<=\p{{Thai}}{{3}})(?<!มี|ตาม|มอบหมาย|รับผิดชอบ)(?=หน้าที่\s+{_DUTY_WORD}))"
)
ROLE_LABEL_LINE = regex.compile(r"^หน้าที่\s*[:：]?\s+(?=\S)")
BULLET = regex.compile(rf"^\s*[-–•]\s*(?={PERSON_OPENS})")
GLUED_POST_LABEL = regex.compile(r"^ตำแหน่ง(?=\S)")
CELL_LABEL = regex.compile(rf"^(?:(?:ตำแหน่ง|หน้าที่)\s*[:：]?\s+(?=\S)|{_LABELLED})")
# a roll call's tally under it (``สรุป | มาประชุม ๑๑ คน | ไม่มาประชุม ๓ คน | รวม ๑๔ คน``)
# (or with no สรุป, two counts or more: ``สมาชิกสภาเทศบาลทั้งหมด ๑๘ คน มาประชุม ๑๖ คน ลา ๒ คน``)
TALLY_LINE = regex.compile(
    r"^สรุป(?:ผล)?(?:\s*[^\d\s]+\s*\d{1,3}\s*(?:ค\s?น|ท่าน|ราย))+$|^(?:[^\d\s]+\s*\d{1,3}\s*(?:ค\s?น|ท่าน|ราย)\s*){2,}$"
)
HEADING_LINES = 8
# Digits a scan reads one for the other (Arabic and Thai, as the text has them by now).
LOOKALIKE_DIGITS = frozenset(frozenset(pair) for pair in ("46", "17", "38", "56", "68", "08", "89", "45", "37"))
SUB_ITEM_SKIP = 3  # sub-item numbers a scan or a typist may skip before the next one
WRAPPED_REST = 16  # a heading line this short is the rest of the one above, wrapped by the page
NOBODY = regex.compile(r"^(?:[-–—]|\(?\s*ไม่มี\s*\)?|-\s*ไม่มี\s*-)$")
# Why someone is absent, printed in a remarks column or after the position.
REMARK = regex.compile(
    r"\s*\(?(?:ลา\s*(?:ป่วย|กิจ|พักผ่อน|คลอด|ศึกษา)|ติด\s*ราชการ|ไป\s*ราชการ|ติด\s*ภารกิจ|ติด\s*ธุระ|ติด\s*ประชุม|(?:เจ็บ\s*)?ป่วย|ไม่\s*สบาย)\S*\)?$"
)

# (``ก่อนเข้าวาระการประชุม``: what is said before the agenda opens the body too)
OPENING = regex.compile(r"^(?:(?:เริ่ม|เปิด)\s*(?:การ\s*)?ประชุม|ก่อน\s*เข้า\s*(?:สู่\s*)?(?:ระเบียบ\s*)?วาระ)")
CLOSING = regex.compile(r"^(?:เลิก|ปิด)\s*(?:การ\s*)?ประชุม")
# ``ประธานกล่าวปิดการประชุม เวลา 16.30 น.``: the time said inside a sentence.
# A note under one's own post saying whom one stands in for: ``(มาประชุมแทนผู้อำนวยการกองคลัง)``.
STAND_IN_NOTE = regex.compile(
    r"\(\s*(?:มา\s*)?(?:ประชุม\s*)?แทน\s*(?P<post>(?:ผู้|ผอ\.|ปลัด|รอง|นายก|หัวหน้า|ท้องถิ่น|สาธารณสุข|เกษตร|พัฒนา\s*การ)[^()]{2,60}?)\s*\)"
)  # (whom one stands in for is a post: ``(มาประชุมแทนตามหนังสือมอบหมาย)`` is no one's)
CONTINUATION_LINE_MAX = 60  # characters: the longest line that goes on a list's row
CONTINUATION_CELLS_MAX = 80  # ... when it stands in columns, a role last
# after a break (``เปิดประชุมใหม่`` once a quorum came is the start itself)
RESUMED = regex.compile(r"ประชุม\s*ต่อ|(?:เริ่ม|เปิด)\s*(?:การ\s*)?ประชุม\s*อีก\s*ครั้ง")
OPENING_AT = regex.compile(r"(?:เริ่ม|เปิด)\s*(?:การ\s*)?ประชุม\S*\s*(?:เมื่อ\s*)?เวลา\s*\d")
CLOSING_AT = regex.compile(r"(?:เลิก|(?<!เ)ปิด)\s*(?:การ\s*)?ประชุม\S*\s*(?:เมื่อ\s*)?เวลา\s*\d")
NUMBER_WORDS = {
    "หนึ่ง": 1,
    "สอง": 2,
    "สาม": 3,
    "สี่": 4,
    "ห้า": 5,
    "หก": 6,
    "เจ็ด": 7,
    "แปด": 8,
    "เก้า": 9,
    "สิบ": 10,
}
AGENDA = regex.compile(
    r"^(?P<kind>ร?ะ?เบียบ\s*วาระ|วาระ|เร\u0e37?\u0e48?อง(?=\s*ที\u0e48?))\s*(?:การประชุม\s*)?(?:ท[\u0e35\u0e37]\u0e48?\s*(?P<no>\d{1,2}(?!\s*[./]\s*\d)|"
    + "|".join(NUMBER_WORDS)
    # without ที่ (``ระเบียบวาระ 1 เรื่อง ...``) only before a separator or เรื่อง, not ``วาระ 4 ปี``
    + r")|(?P<no>\d{1,2})(?=\s*(?:[:.)\-–](?!\s*\d)|เรื่อง|$)))\s*[:.)\-–]?\s*(?P<rest>.*)$"
)
# An agenda heading printed as a bare number before its topic (``๑. เรื่องที่ประธานแจ้ง...``,
# no ระเบียบวาระ): taken only as the next number and where no heading read วาระ.
BARE_AGENDA = regex.compile(
    r"^(?P<no>\d{1,2})(?:\s*[.)]\s*(?P<rest>เร\S?\S?อง\S*.*)"
    # its dot lost in a scan: only before one of the genre's standing topics
    r"|\s+(?P<rest>เร\S?\S?อง\s*(?:ที|รับรอง|เพ\S?\S?อ|อ\S?\S?น|สืบ|แจ้ง|ประธาน|เสนอ|พิจารณา).*))$"
)
# ... its dot lost before any topic, where the items are already headed ``N. เรื่อง...``
BARE_AGENDA_DOTLESS = regex.compile(r"^(?P<no>\d{1,2})\s+(?P<rest>เร\S?\S?อง\S*.*)$")
# A sub-item headed like an item (``ระเบียบวาระที่ ๕.๑  ญัตติ...``): its label is dropped and
# its number read as a sub-item's.
HEADED_SUB_ITEM = regex.compile(r"^(?:ร?ะ)?เบียบ\s*วาระ\s*(?:ที่?)?\s*(?=\d{1,2}\s*\.\s*\d)")
# An agenda heading whose number OCR dropped or garbled (a lone digit in its own cell), its
# topic after it; OCR may drop the heading's first letter too (``ะเบียบวาระที``).
# (its title on the line, or alone on a line of its own: ``วาระที่?`` / ``เรื่อง เพื่อพิจารณา``)
UNNUMBERED_AGENDA = regex.compile(
    r"^(?:ร?ะเบียบ\s*)?วาระ\s*ที่?\s*[^\d\s]{0,3}?\s*(?:(?P<rest>เร\S?\S?อง.*)|(?P<rest>))$"
)
# ``3.1`` and ``3.1.1``: a sub-item's number is its path under the agenda item.
SUB_ITEM = regex.compile(r"^(?P<top>\d{1,2})\.(?P<sub>\d{1,2}(?:\.\d{1,2})?)(?![.\d])\s*[.):,]?\s*(?P<rest>.*)$")
# What follows a decimal number (3.5 ล้านบาท, 2.5 ราย) rather than a sub-item's title (3.1 รายงาน...).
NOT_A_TITLE = regex.compile(r"^(?:ล้าน|บาท|%|เปอร์เซ็นต์|(?:คน|ราย|กม\.?|ม\.|เมตร|คะแนน)(?:\s|$))")
# ``ที่ประชุม`` (``พิจารณาแล้ว``, ``จึง``) before its ``มีมติ``: how minutes open a decision.
_CONSIDERED = r"(?:(?:ได้\s*)?พิจารณา\s*(?:แล้ว\s*)?)?(?:จึง\s*)?"
RESOLUTION = regex.compile(
    # (``มติ ทิประชุม``, ``มติ ทีประชุม``: ที่ as a scan reads it)
    r"^มติ\s*ท[\u0e35\u0e34]\u0e48?\s*ประชุม\s*[:：\-–]?\s*(?P<rest>.*)$|^มติ\s*[:：]\s*(?P<rest>.*)$"
    # a board's own (``มติคณะกรรมการ  อนุมัติ...``)
    r"|^มติ\s*(?:คณะ\s*(?:กรรมการ|ทำงาน|อนุกรรมการ)|สภา\S{0,12})\s*[:：\-–]?\s*(?P<rest>\S.*)$"
    # ``มติ`` alone on its line, the decision on the next (``- รับทราบ``).
    r"|^มติ\s*(?:ที่\s*ประชุม)?\s*(?P<rest>)$"
    # ``ที่ประชุมมีมติ ...`` and, in two columns, ``ที่ประชุม   รับทราบ``: the meeting's decision.
    rf"|^ที่\s*ประชุม\s*{_CONSIDERED}(?:มี|ลง)\s*มติ\s*[:：\-–]?\s*(?P<rest>.*)$"
    r"|^ที่\s*ประชุม\s*[:：\-–]?\s*(?P<rest>(?:ไม่\s*)?(?:รับ\s*ทราบ|เห็น\s*ชอบ|อนุมัติ|เห็น\s*ด้วย|รับรอง).*)$"
)
# The meeting's decision in a sentence inside a paragraph, after other words (a line that opens
# with it is a ``RESOLUTION``): ``ที่ประชุมมีมติ...``, ``ที่ประชุมรับทราบ`` (not ``ที่ประชุมได้อภิปราย``).
# (as a scan reads it: ``ทีประชุม``, a mark lost; ``... บาทที่ประชุมรับทราบ``, the space lost after an amount)
# ... not another body's decision a speaker reports (``หมู่บ้านได้จัดประชุมประชาคม... ที่ประชุมมีมติ...``)
# (a forum held and its decision: not ``ครั้งที่แล้ว`` nor ``ตามที่``, which the meeting's own item 2 and
# its decisions say)
REPORTED_DECISION = regex.compile(r"จัด\s*(?:ประชุม\s*|เวที\s*)?ประชาคม|ประชุม\s*ประชาคม\S*\s*(?:เมื่อ|ครั้ง)")
REPORT_REACH = 60  # characters before the decision where a report names the other meeting
PROSE_DECISION = regex.compile(
    rf"(?:(?<=\S\s+)|(?<=บาท|แล้ว))ท[\u0e35\u0e34]\u0e48?\s*ประชุม\s*{_CONSIDERED}(?:มี\s*มติ|ลง\s*มติ|รับ\s*ทราบ)"
)
# A board that labels its decisions ``ผลการพิจารณา :  รับทราบ`` (the colon: not prose) and never
# ``มติ``; in minutes that record มติ, the label reports a committee's finding (a bid's result).
RESULT_LABEL = regex.compile(r"^ผล\s*การ\s*พิจารณา\s*[:：]\s*(?P<rest>\S.*)$")
# What a decision opens with (a finding, ``ผู้เสนอราคาต่ำสุด คือ ...``, does not).
DECISION_WORDS = regex.compile(
    r"(?:ที่\s*ประชุม|มี\s*มติ|(?:ไม่\s*)?(?:รับ\s*ทราบ|เห็น\s*ชอบ|อนุมัติ|รับรอง|เห็น\s*ด้วย)|ทราบ|ให้|มอบ\s*หมาย|เลื่อน)"
)
# ``มติ`` alone in the speaker column, the decision in the speech column beside it; or
# ``ที่ประชุม`` there and ``พิจารณาแล้ว มีมติ...`` beside it (the decision is what follows มีมติ).
RESOLUTION_COLUMN = regex.compile(
    r"^มติ(?:\s*ที่\s*ประชุม)?\t+(?P<rest>\S.*)$|^ที่\s*ประชุม\t+(?:[^\t]{0,40}?\s)?มี\s*มติ\s*(?P<rest>\S.*)$"
)
# a roll call's two tick columns, who came and who did not (``มา | ไม่มา``, ``มาประชุม | ลา``)
ABSENT_TICK_HEADER = regex.compile(r"(?:^|\t)\s*มา(?:\s*ประชุม)?\s*\t\s*(?P<absent>ไม่\s*มา|ขาด|ลา(?!ยมือ))")
# ``(๑) ญัตติ...`` under ``ระเบียบวาระที่ ๔``: its sub-items numbered in brackets (4.1, 4.2 ...).
# ``๒) ญัตติ...``: the item's next point, a topic of its own (not a project a decision lists)
# A numbered point that is a decision of its own (``๒. คำแปรญัตติที่ ๒ เห็นด้วยโดยแก้ไข...``,
# ``๑. เลือกนาย... เป็นประธาน``); ``๒. มอบหมายให้...`` is the decision's task, no decision.
DECISION_POINT = regex.compile(
    r"^\(?(?P<no>\d{1,2})\s*[.)]\s*(?P<rest>(?:คำ\s*แปร\s*ญัตติ\s*ที่\s*\d{1,2}\s*|ญัตติ\s*ที่\s*\d{1,2}\s*)?"
    r"(?:เห็น\s*ด้วย|ไม่\s*เห็น\s*ด้วย|เห็น\s*ชอบ|ไม่\s*เห็น\s*ชอบ|อนุมัติ|ไม่\s*อนุมัติ|เลือก|(?:ให้\s*)?เลื่อน\s*(?:การ\s*พิจารณา|วาระ|ไป|เรื่อง)|รับ\s*ทราบ)\S*.*)$"
)
TALLY_POINT = regex.compile(
    r"(?:ไม่\s*)?(?:เห็น\s*ชอบ|เห็น\s*ด้วย|อนุมัติ|รับรอง)\s*(?:จำนวน\s*)?\d{1,3}\s*(?:เสียง|คน|ราย)|งด\s*ออก\s*เสียง"
)
POINT_LINE = regex.compile(r"^\(?\d{1,2}\)\s*(?:ญัตติ|เรื่อง|ร่าง|รายงาน)")
# (a point numbered with a half bracket is no sub-item, ``๑) จังหวัดได้มีหนังสือแจ้ง...``, but for a
# motion's or a bill's whose opening bracket a scan lost, ``1) ญัตติ...``)
BRACKETED_SUB_ITEM = regex.compile(r"^(?:\((?P<sub>\d{1,2})\)|(?P<sub>\d{1,2})\)(?=\s*(?:ญัตติ|ร่าง)))\s*(?P<rest>\S.{7,})$")
TOPIC = regex.compile(r"^เรื่?อง\s*[:：]?\s*")  # also as OCR drops its tone mark
TRAILING = regex.compile(r"(?:\s*(?:[:：]|ดังนี้|ดังต่อไปนี้|(?<=\s)[.,'`](?=\s|$)))+\s*$")  # (``อื่น ๆ . .``: a scan's specks)
# A title that stops on one of these words goes on on the next line.
DANGLING = regex.compile(
    r"(?:และ|หรือ|ของ|เมื่อ\s*วันที่|วันที่|ครั้งที่|ใน|ประจำปี|ประจำปีงบประมาณ|พ\.ศ\.|เรื่อง|การ|ที่|เพื่อ|ให้|กับ|แก่|ตาม|โดย)$"
)

# The wrapped rest of an indented sub-item heading is this short (characters), and not what
# a speech under it says first.
WRAPPED_TAIL = 40
FULL_HEADING = 72  # characters of a title that filled its line (a sub-item's, after its number)
FULL_TAIL = 80
# What a speech says and a title's rest does not (``ประธานแจ้งว่า...``, ``ปลัด อบต. นำเสนอ...``).
# (``... ให้ข้อมูลว่า``, ``บอกว่า``; not ``นานกว่า``, nor a title's ``การให้ข้อมูลข่าวสาร``)
SPEECH_VERB = regex.compile(r"แจ้ง|รายงาน|เสนอ|ชี้แจง|กล่าว|(?<!การ)ให้\s*ข้อมูล|(?:(?<!ก)|(?<=บอก))ว่า(?:\s|$)|ขอให้")
# A heading wraps only when it is long: a shorter one ended on its own line, and the indented
# line under it is the first of its speech (``๓.๑.๑ โครงการ/กิจกรรม มิติที่ ๑ และมิติที่ ๒`` /
# ``ที่ประชุมพิจารณาแล้ว ไม่มีผู้ใดขอแก้ไข``).
WRAPPING_HEADING = 50
BODY_INDENTED = 0.5  # share of a document's lines
AWAITS_AMOUNT = regex.compile(r"(?:งบ\s*ประมาณ|เป็น\s*เงิน|จำนวน)\s*$")  # a title whose amount wrapped
FILLED_LINE = 0.9  # of the document's line width: a heading line reaching this far was wrapped
# A paragraph's first words under a heading, never a title's rest (``ด้วยกองช่างมีความจำเป็น...``).
BODY_OPENER = regex.compile(r"^(?:ด้วย|เนื่อง\s*จาก|ตาม\s*ที่|โดยที่|ซึ่ง|ทั้ง\s*นี้|จึง|ขอ|บัดนี้|ใน\s*การ\s*นี้)")
HANGING_REACH = 0.8  # ... and one reaching this far may have wrapped under its title (a hanging indent)
MAX_WRAPPED_TITLE = 160  # characters: a title this long took its last wrapped line
WHOLE_IN_BRACKETS = regex.compile(r"\((?P<title>[^()]+)\)")  # a title printed in brackets
# A list's sub-list labelled by a letter with its head count (``ก. คณะกรรมการหมู่บ้าน จำนวน ๙ คน ได้แก่``).
SUB_LIST_LABEL = regex.compile(
    r"^[ก-ฮ]\.\s*\S.*?จำนวน\s*\d{1,4}\s*คน(?:\s*(?:ได้แก่|ดังนี้|ประกอบด้วย))?$"
    # a caption over a council's members by district, or over the officers by side
    r"|^(?:เขต\s*(?:เล\u0e37?อก\s*ต\u0e31?\u0e49?ง\s*)?(?:ท\u0e35?\u0e48?\s*)?\d{1,2}|ฝ\u0e48?าย\s*(?:บริหาร|ประจำ|สภา|ข้าราชการ|เลขานุการ)|คณะ\s*ผู้\s*บริหาร"
    # (a town's staff meeting: ``หัวหน้าส่วนราชการ``, ``หัวหน้าฝ่าย``, ``พนักงานเทศบาล``)
    r"|หัวหน้า\s*(?:ส่วน\s*ราชการ|ฝ่าย)|พนักงาน\s*(?:เทศบาล|ส่วน\s*ตำบล)"
    # (observers and guests listed under their own caption)
    r"|ผู้\s*สังเกต\s*การณ์|ผู้\s*ได้\s*รับ\s*เชิญ|แขก\s*รับ\s*เชิญ|ส่วน\s*ราชการ\s*(?:อื่น|ภายนอก))\s*:?$"
    # ... or over the members by where they sat (``ก. ประชุม ณ ห้องประชุม``, ``ข. ประชุมผ่านระบบออนไลน์``;
    # unlettered, ``ประชุมผ่านระบบ Zoom Meeting``)
    r"|^(?:\(?[ก-ฮ][.)]\s*)?(?:ประชุม|ร่วมประชุม|เข้าร่วม(?:ประชุม)?)\s*(?:ณ|ผ่าน|ทาง|ด้วย|ที่|แบบ|ใน).{0,60}$"  # (or ``(ก)``)
    # ... or over each committee of a joint meeting (``ก. คณะกรรมการพัฒนาท้องถิ่น``)
    r"|^[ก-ฮ][.)]\s*(?:คณะ\s*(?:กรรมการ|อนุกรรมการ|ทำงาน|ผู้บริหาร)|กลุ่ม|ส่วนราชการ|หน่วยงาน)[^\d\t]{0,70}$"
    # ... and a note between its rows on who is listed elsewhere (``(ปลัด อบต. ... ลงชื่อไว้ในกลุ่ม ก. ลำดับที่ 11 แล้ว)``)
    r"|^\([^()]*(?:ลงชื่อไว้|ลำดับที่\s*\d|ซ้ำกับ)[^()]*\)$"
)
DISTRICT_CAPTION = regex.compile(r"เขต\s*อำเภอ\s*\S{2,30}")
# A caption over an office's staff by division (``สำนักปลัดเทศบาล``, ``กองคลัง``, ``กองการศึกษา
# ศาสนาและวัฒนธรรม``, ``หน่วยตรวจสอบภายใน``), alone at the list's margin or in a ruled row's first cell.
DIVISION_CAPTION = regex.compile(
    r"(?:สำนัก\s*(?:ปลัด|การ)\S*|กอง(?!ทุน|ร้อย|พัน|พล|ทัพ|บิน|บัญชาการ|กำกับ|อำนวยการ)\S{2,}(?:\s+\S{2,}){0,2}|หน่วย\s*ตรวจ\s*สอบ\s*ภายใน|ส่วน(?:การ|โยธา|สาธารณสุข)\S*)\s*:?"
)
MAX_CAPTION = 45  # characters: a division's name, not a sentence
CAPTION_SLACK = 0  # columns a caption may stand right of the row above it's start (a hanging indent's office: none)
# ... or over each office's people at a joint meeting, with their head count (``เทศบาลตำบลกระเบารมย์ (7 คน)``)
COUNTED_CAPTION = regex.compile(r"^(?!และ|รวม)[^\d\t()]{3,60}?\s*\(\s*(?:จำนวน\s*)?\d{1,3}\s*(?:คน|ราย)\s*\)\s*:?$")
# ... or over a council's members named without a post of their own, the caption giving it
# with their head count (``สมาชิกสภาองค์การบริหารส่วนจังหวัดนันทนคร  จำนวน ๑๘ คน  ได้แก่``)
WRAPPED_CAPTION = 40  # characters: the most a caption's wrapped post holds
POST_CAPTION = regex.compile(r"^(?P<post>[^\d\t()]{6,70}?)\s+จำนวน\s*\d{1,3}\s*(?:คน|ราย)\s*(?:ได้แก่|ดังนี้|ประกอบด้วย)?\s*:?$")
AMOUNT_ALONE = regex.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d{2})?\s*บาท\)?")  # a title's ``งบประมาณ`` / ``96,000 บาท``
SPEECH_OPENING = regex.compile(r"^(?:-?\s*ไม่มี|รับทราบ|ทราบ|เห็นชอบ|อนุมัติ)")
# A line under an item's heading that opens its body, never the rest of its title: a speaker
# and a colon (``ประธานสภาฯ : เชิญนายก อบต. ชี้แจงญัตติ``, ``นายเกษม วงศ์ใหญ่ ส.อบต. ม.๘ : ...``)
# or a labelled field of the item (``ผู้รายงาน  เหรัญญิก``, ``ผู้เสนอ  เลขานุการ``, ``สาระสำคัญ ...``).
ITEM_BODY = regex.compile(
    r"^(?:(?:(?:รอง)?ประธาน|(?:ผู้ช่วย)?เลขานุการ|เลขา|ปลัด|รองปลัด|นายก|รองนายก|ผู้อำนวยการ|ผอ\.|หัวหน้า|"
    r"กรรมการ|ฝ่าย|สมาชิก|ส\.|นาย|นาง|ที่\s*ประชุม)(?:(?!แจ้ง|เสนอ|ทราบ|พิจารณา)[^:：\t]){0,30}\s[:：]|"
    r"(?:ผู้\s*(?:รายงาน|เสนอ|ชี้\s*แจง|นำ\s*เสนอ)|สาระ\s*สำคัญ|ข้อ\s*เท็จ\s*จริง|ข้อ\s*กฎหมาย|ข้อ\s*พิจารณา)(?:\s*[:：]|\s|$))"
)

# A heading's title wrapped onto the next line: ``เรื่อง รับรองรายงานการประชุม`` /
# ``ครั้งที่ 3/2567 เมื่อวันที่ ...``.
# A title cut after ``เมื่อ`` (its date on the next line, ``วันอังคารที่ 16 ธันวาคม 2568``) or
# after ``เมื่อวัน`` (its weekday there, ``อังคารที่ 16 ...``); marks optional, as a scan drops them.
CUT_AFTER_WHEN = regex.compile(r"เม\u0e37?\u0e48?อ\s*(?P<day>วัน)?\s*$")
DAY_CUT = regex.compile(r"วัน\s*ที่\s*\d{1,2}\s*$")  # a title cut after a date's day (its month opens the next line)
YEAR_AFTER_BE = regex.compile(r"พ\.\s?ศ\.\s*$")  # a title cut after ``พ.ศ.``: its year opens the next line
# ... or after a word that waits for its number (``... ความดันโลหิตสูง ปี`` / ``2569 (รพ.สต....``,
# ``เมื่อวันพุธที่`` / ``18 กุมภาพันธ์ 2569``): a scan's narrower line wrapped there
NUMBER_WAITING = regex.compile(r"(?:(?<![ก-ฮ])ปี(?:\s?งบ\s?ประมาณ)?|วัน\S{0,10}ที่|ครั้ง\s?ที่|จำนวน|งบ\s?ประมาณ)\s*$")
# (a bracketed note that the item goes on from an earlier sitting, ``(ต่อจากการประชุมเมื่อ...)``, is none)
TITLE_GOES_ON = regex.compile(
    r"^(?:ครั้ง\s*ที่\s*\d|(?:ประจำ\s*)?ปี\s*งบ\s*ประมาณ|ประจำ\s*ปี|เม\u0e37?\u0e48?อ\s*วัน|พ\.\s?ศ\.|\((?!\s*ต\u0e48?อ\s*(?:จาก|\)))|สมัย|จำนวน\s*\d+\s*(?:โครงการ|รายการ)|ร่าง\s*(?:เทศ|ข้อ)\s*บัญญัติ)"
)

# The time after a venue on its line (``ณ ห้องประชุม...  เวลา ๑๐.๐๐ น.``): not part of it.
VENUE_TIME = regex.compile(r"\s+เวลา\s*\d")

# People named in running prose after a section's label: ``ได้แก่``, then name and position
# pieces parted by commas or ``และ`` before the next prefix, up to what the sentence adds.
HEAD_COUNT = regex.compile(r"^(?:จำนวน\s*)?\d{1,3}\s*(?:คน|ท่าน|ราย)\s*")  # a list label's count
PROSE_LIST = regex.compile(r"^(?:ได้แก่|คือ|ประกอบด้วย)\s*")
# what a list label's line says besides the label: its count, an aside, the word that opens the
# list (``ผู้มาประชุม รวม ๖๘ คน (ตามบัญชีลงลายมือชื่อแนบท้าย) ประกอบด้วย``)
LIST_INTRO = regex.compile(
    r"(?:รวม\s*)?(?:จำนวน\s*)?\d{1,4}\s*(?:คน|ท่าน|ราย)\s*(?:\([^()]{0,60}\))?\s*(?:ประกอบด้วย|ได้แก่|ดังนี้)?\s*:?"
)
PROSE_PERSON_BREAK = regex.compile(
    rf",\s*|\s+และ\s*(?={PERSON_OPENS})|\s*\(\d{{1,3}}\)\s*|\s*(?<=\s|^)\d{{1,3}}\)\s*(?={PERSON_OPENS})"
)
# people numbered in running prose after the words that open a list (``ได้แก่ (๑) นาย...``)
GLUED_ROLE = regex.compile(r"(?<=\p{Thai}{2}\s\p{Thai}{2,})(?:(?:รอง)?ประธานกรรมการ|เหรัญญิก|เลขานุการ|กรรมการ)$")
PROSE_INTRO = regex.compile(rf"(?:ได้แก่|คือ|ประกอบด้วย)\s*(?=\(?\d{{1,3}}\)\s*{PERSON_OPENS})")
GROUP_COUNT = regex.compile(r"^\d{1,2}\.\s*(?!นาย|นาง|ว่าที่)[^\d(]{2,40}?(?:มา\s*ประชุม|จำนวน|รวม)\s*\d{1,4}\s*คน")
PROSE_NUMBER = regex.compile(rf"(?:^|\s)\(?\d{{1,3}}\)\s*{PERSON_OPENS}")
NUMBERED_GROUP = regex.compile(r"^\d{1,2}\.\s")  # the next group's line (``๒. สมาชิกกองทุน...``)
CLOSING_REST = regex.compile(r"[^()]{1,20}\)")
PROSE_AND_AT_END = regex.compile(r"\s+และ\s*$")  # (the next name wrapped to a line of its own)
PROSE_LIST_END = regex.compile(r"\s+(?:รวมทั้ง|ตลอดจน|นอกจากนี้|และผู้)")

# A position cut after its acting words, the post acted for in the next column.
ACTING_CUT = regex.compile(r"(?:รักษา\s*ราชการ|ปฏิบัติ\s*หน้าที่|รักษาการ)?\s*แทน$")
# A scan's specks before an agenda title (``« เรื่อง อื่น ๆ``).
LEADING_SPECKS = regex.compile(r"^[«»“”\"'`~^|,;]+\s*")
# The last item's title ``อื่น ๆ`` as a scan leaves it (``อืน ๆ``, ``Ou ๆ``), its spacing as printed.
OTHER_MATTERS = regex.compile(r"(?:อ\S{0,3}น|\S{1,3})(?P<gap>\s*)ๆ")
# A name list's header wrapped: its last words alone on the next line.
HEADER_WRAP = regex.compile(
    r"(?:คณะ\s*)?กรรมการ|ลายมือ\s*ชื่อ|หมายเหตุ|ในคณะ\s*กรรมการ|(?:ตำแหน่ง\s*)?ใน\s*คณะ\s*ทำงาน"
    # a two-row header's second row under ``ตำแหน่ง`` (``ในหน่วยงาน | ในคณะทำงาน``)
    r"|(?:ใน\s*(?:หน่วย\s*งาน|สังกัด|คณะ\s*(?:ทำงาน|กรรมการ))\s*){2,3}"
)
# A person's position on a line of its own under the name, labelled.
POSITION_LABEL = regex.compile(r"^ตำแหน่ง\s*[:：]?\s+(?=\S)")
# Words only a name list's header holds, for one a scan garbled past NAME_LIST_HEADER.
GARBLED_LIST_HEADER = regex.compile(r"ตำแหน่ง|ประเภท|ลายมือ|หมายเหตุ")

# A header cell of a surname column of its own (not ``ชื่อ - สกุล``).
SURNAME_CELL = regex.compile(r"(?:^|\t)\s*(?:นาม\s*)?สกุล\s*(?:\t|$)")

# ``มาเวลา 14:10 น.``; how one attended, ``(ผ่านระบบ Zoom)``, ``(ประชุมออนไลน์)``
ARRIVAL_REMARK = regex.compile(
    r"^(?:มา|เข้า|ออก|กลับ)\s*(?:ประชุม\s*)?(?:เวลา|ก่อน|สาย)"
    r"|^\(?\s*(?:เข้า\s*ร่วม\s*)?(?:ประชุม\s*)?(?:ผ่าน\s*(?:ระบบ|ทาง)|ทาง\s*ไกล|ออนไลน์|online)[^()]{0,30}\)?$",
    regex.IGNORECASE,
)
# Committee roles, as printed in an attendance list's role column.
ROLE = regex.compile(
    r"^(?:(?:รอง)?ประธาน(?:กรรมการ|อนุกรรมการ|คณะ(?:กรรมการ|ทำงาน|อนุกรรมการ)|(?:ใน\s*)?ที่\s*ประชุม|การ\s*ประชุม)?|"
    r"(?:(?:รอง)?หัวหน้า)?คณะ(?:ทำงาน|กรรมการ)|"
    r"(?:อนุ)?กรรมการ(?:ผู้ทรงคุณวุฒิ|ตรวจสอบ(?:กิจการ)?)?|ที่ปรึกษา(?:คณะ(?:กรรมการ|ทำงาน))?|(?:ผู้ช่วย)?เลขานุการ|"
    r"(?:ผู้ช่วย)?เหรัญญิก|ปฏิคม|นายทะเบียน)ฯ?"  # (a fund's or a group's board: its treasurer's aide, host, registrar)
    # (``รองประธานกรรมการคนที่หนึ่ง``: which of two vice-chairs; a scan drops the marks)
    r"(?:\s*คน\s*ที\u0e48?\s*(?:หน\u0e36?\u0e48?ง|สอง|สาม|[1-9]))?"
    r"(?:\s*และ\s*(?:ผู้ช่วย)?\s*(?:เลขานุการ|เหรัญญิก)ฯ?)?"
    # ``คณะทำงาน/เลขานุการ``, its cell wrapped after the slash (``คณะทำงาน/`` / ``เลขานุการ``)
    r"(?:\s*/\s*(?:ผู้ช่วย)?\s*(?:เลขานุการ|เหรัญญิก)?ฯ?)?$"
)
# An agency's name in a column of its own beside a guest's post.
AGENCY_CELL = regex.compile(
    r"^(?:อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.|เทศบาล|องค์การ|สถานี|สำนักงาน|โรงพยาบาล|โรงเรียน|ที่\s*ว่า\s*การ|สถาบัน"
    r"|มหาวิทยาลัย|การ\s*ไฟฟ้า|การ\s*ประปา|ศูนย์|หน่วย)\S"
)
# A person's name alone on a line (a speaker's, in minutes that set it over the speech), an aside
# in brackets after it.
SPEAKER_NAME_LINE = regex.compile(
    r"(?:นางสาว|นาง|นาย(?!ก)|น\.ส\.|ดร\.|ว่าที่\s*\S+|[ก-ฮ]\.[ก-ฮ.]+)\s?\p{Thai}{2,}\s+\p{Thai}{2,}(?:\s*\([^()]{1,30}\))?"
)
# A role a scan ran into the name after it (``ประธานกรรมการนนายสุรชัย``), a speck between them.
ROLE_GLUED_TO_NAME = regex.compile(
    r"^(?P<role>(?:รอง)?ประธาน(?:กรรมการ)?|กรรมการ(?:และเลขานุการ)?|เลขานุการ|(?:ผู้\s*ช่วย\s*)?ผู้\s*ควบคุม\s*งาน)[ก-ฮ]?(?=นาย|นาง|น\.ส\.)"
)
# A role in an unnumbered list's first column that no committee word names (a works supervisor, a
# contractor's representative at an inspection).
FIRST_COLUMN_ROLE = regex.compile(r"(?:ผู้\s*ช่วย\s*)?ผู้\s*(?:ควบคุม\s*งาน|แทน\s*ผู้\s*รับ\s*จ้าง|รับ\s*จ้าง|สังเกต\s*การณ์|ประสาน\s*งาน)")
# A council's seats, a role when a role column of their own holds them (``ประธานสภาฯ``,
# ``สมาชิก``); alone after a name they are the position, as a council's list prints it.
COUNCIL_SEAT = regex.compile(r"^(?:(?:รอง)?ประธานสภา|เลขานุการสภา|สมาชิก)ฯ?$")
POST_THEN_NAME = regex.compile(
    r"^(?P<post>\S.{3,}?\S)\s?(?P<name>(?:นางสาว|น\.ส\.|นาง|นาย(?!ก)|ว่าที่\s?(?:ร้อย|ร\.)\S*?)\p{Thai}{2,}\s+\p{Thai}{2,})$"
)
ROLE_COLUMN_HEADER = regex.compile(r"(?:^|\t)\s*(?:หน้าที่|บทบาท|ตำแหน่ง\s*ใน\s*(?:คณะ|ศูนย์|ที่\s*ประชุม))[^\t]{0,20}(?:\t|$)")
ROLE_CUT = regex.compile(ROLE.pattern.removesuffix("$") + r"\s*และ(?:\s*ผู้ช่วย)?$")  # (``กรรมการและ(ผู้ช่วย)`` / ``เลขานุการ``: its cell wrapped)
ROLE_START = regex.compile(ROLE.pattern.removesuffix("$"))  # a role with more glued after it
# ... the committee's name glued after it in a role column (``ประธานกรรมการแปรญัตติ``,
# ``เลขานุการคณะกรรมการแปรญัตติ``, ``กรรมการตรวจรับพัสดุ``)
NAMED_COMMITTEE_ROLE = regex.compile(
    # (not a note on the member: ``กรรมการใหม่``, ``กรรมการแทน...``)
    r"(?:(?:รอง)?ประธาน|(?:ผู้ช่วย)?เลขานุการ)?\s*(?:คณะ\s*)?(?:อนุ)?กรรมการ\s*(?!ใหม่|เดิม|แทน|ลา|ติด|ไป|มา|ครบ|พ้น)[\p{Thai}]{4,24}"
)
# A speaker's role line in a two-column layout: ประธาน, เลขานุการ, ที่ประชุม ...
SPEAKER_ROLE = regex.compile(
    r"^(?:(?:รอง)?ประธาน|(?:ผู้ช่วย)?เลขานุการ|เลขา|ปลัด|รองปลัด|นายก|รองนายก|ผู้อำนวยการ|ผอ\.|หัวหน้า|"
    r"(?:หัวหน้า)?คณะทำงาน|กรรมการ|ฝ่ายเลขานุการ|สมาชิก|ส\.ท\.)\S{0,40}(?:\s(?:อบต|อบจ|อ\.บ\.ต)\.?)?$"  # (``นายก อบต.``)
)
# A speaker's words opening a paragraph in one column: ``ประธานฯ ได้กล่าวว่า ...``.
# A summary of the item's decisions after its last resolution: ``สรุปการพิจารณา อนุมัติ ๓ โครงการ ...``.
SUMMARY_LINE = regex.compile(r"^สรุป\s*(?:ผล\s*)?การ\s*(?:พิจารณา|ประชุม)")
SPEECH = regex.compile(
    r"^(?:(?:รอง)?ประธาน|(?:ผู้ช่วย)?เลขานุการ|เลขา|ปลัด|รองปลัด|นายก|รองนายก|ผู้อำนวยการ|ผอ\.|หัวหน้า|"
    r"ฝ่ายเลขานุการ|สมาชิก|ที่\s*ประชุม)\S{0,40}\s+(?:ได้\s*)?(?:กล่าว|แจ้ง|ชี้แจง|เสนอ|สอบถาม|ถาม|อภิปราย|"
    r"รายงาน|ตอบ|สรุป|ขอ|เพิ่มเติม)"
)
MEMBER_NUMBER = regex.compile(r"[\d๐-๙]{3,6}")  # a member's register number (``๐๐๑``, ``0457``)
BOARD_SIDE = regex.compile(r"ฝ่าย|ด้าน")  # the side of a board a member sits on (``(ฝ่ายเงินกู้)``)
BRACKETED_ROLE = regex.compile(r"^(?P<post>.*?)\s*\((?P<role>[^()]+)\)$")
ACTING_AFTER = regex.compile(r"^(?P<post>.+?)\s*\(\s*แทน\s*\)\s*$")
STANDING_IN = regex.compile(r"^(?:มา\s*)?แทน(?:\s+|(?=ผอ\.|ผู้|ปลัด|รอง|นายก|หัวหน้า|ท้องถิ่น|นาย\s*อำเภอ|สาธารณสุข|เกษตร|พัฒนา\s*การ))(?P<post>\S.*)$")  # a cell of its own: whom this person stands in for (``แทนผอ.กองช่าง``: a text layer's lost space)
ACTING_BEFORE = regex.compile(
    r"^(?:(?P<position>.+?)\s+)?(?:(?:ปฏิบัติ|รักษา|ทำ)\s*(?:หน้าที่|ราชการ)\s*|มา\s*)?แทน\s*(?P<post>\S.*)$"
    # ``ผู้แทน ผู้อำนวยการกองช่าง`` (but ``ผู้แทนชุมชน``, ``ผู้แทนผู้ปกครอง`` are positions: a seat for a group)
    r"|^ผู้\s*แทน\s*(?P<post>(?:ผู้(?!ปกครอง|ประกอบ|สูงอายุ|พิการ|ทรงคุณวุฒิ|นำ)|ผอ|ปลัด|รอง|นายก|หัวหน้า|นาย\s*อำเภอ|ท้องถิ่น|สาธารณสุข)\S*.*)$"
    # ``...ชำนาญการแทน ผู้อำนวยการ...``: a cell's second line run onto its first by a text layer
    r"|^(?P<position>.+?(?:การ|งาน|อาวุโส|พิเศษ))แทน\s+(?P<post>(?:ผู้|ผอ|ปลัด|รอง|นายก|หัวหน้า)\S*.*)$"
)

RECORDER = regex.compile(
    r"ผู้\s*(?:จด\s*(?:บันทึก|รายงาน)|จัด\s*(?:ทำ\s*)?รายงาน|บันทึก)(?:\s*รายงาน)?(?:\s*การ\s*ประชุม)?"
)
# Councils have a committee check the minutes: ประธานกรรมการ / กรรมการตรวจรายงานการประชุม.
REVIEWER = regex.compile(
    r"(?:ผู้|ประธาน\s*คณะ\s*กรรมการ\s*|(?:ประธาน\s*)?(?<!คณะ\s*)กรรมการ\s*)\s*ตรวจ\s*(?:สอบ\s*)?(?:ทาน\s*)?(?:รายงาน|บันทึก)\s*(?:การ\s*)?(?:ประชุม)?"
)
# Who certifies the minutes (a council's chair, a board's): the reviewer where nobody signs as
# their checker.
CERTIFIER = regex.compile(r"ผู้\s*รับรอง\s*(?:รายงาน|บันทึก)\s*(?:การ\s*)?(?:ประชุม)?")
SIGNED_BARE_NAME = regex.compile(r"\p{Thai}{2,} \p{Thai}{2,}")  # a given name and a surname, no prefix
NAME_IN_PARENS = regex.compile(r"\(\s*(?P<name>[^()]{4,60}?)\s*\)")
LATIN_WORD = regex.compile(r"[A-Za-z]{3,}")
NAME_IN_BLOCK = regex.compile(r"\(\s*(?P<name>[^()]{4,60}?)\s*(?:\)|\s(?=\()|\s*$)")
# A role standing over the people who hold it in an attendance list (``ประธานคณะทำงาน``,
# ``เลขานุการคณะทำงาน``): a line of its own.
GROUP_ROLE = regex.compile(
    r"(?:(?:รอง)?ประธาน|(?:ผู้ช่วย)?เลขานุการ|(?:รอง)?หัวหน้า)?\s*(?:คณะ\s*(?:ทำงาน|กรรมการ|อนุกรรมการ)|กรรมการ)"
    r"(?:\s*และ\s*(?:ผู้ช่วย)?\s*เลขานุการ)?"
)
# OCR specks read as a lone quote, bar or tilde between words.
STRAY = regex.compile(r"(?:(?<=\s)|^)['\"`|~^‘’“”]+(?=\s|$)")

# Outcome words are read also where OCR dropped their marks (``เลือน``, ``แกไข``).
REJECTED = tolerant(
    r"ไม่\s*(?:ให้\s*ความ\s*)?เห็น\s*(?:ชอบ|ควร)|ไม่\s*อนุมัติ|ไม่\s*เห็น\s*ด้วย|ไม่\s*รับรอง|ไม่\s*อนุญาต|ตก\s*ไป"
    r"|ไม่\s*รับ\s*หลัก\s*การ"  # (a bill refused in its first reading)
)
DEFERRED = tolerant(
    r"^(?:ให้\s*)?เลื่อน|เลื่อน\s*(?:การ\s*)?(?:พิจารณา|ออกไป|ไป)|(?:ให้\s*)?นำ\s*กลับ\s*ไป\s*(?:พิจารณา|ทบทวน|ปรับ|แก้|ทำ|ศึกษา)|"
    r"พิจารณา\s*(?:ใหม่\s*)?ใน\s*(?:การ\s*)?ประชุม\s*ครั้ง\s*(?:ต่อ\s*ไป|หน้า)|"
    r"ชะลอ|ยัง\s*ไม่\s*(?:มี\s*มติ|พิจารณา)|ถอน\s*เรื่อง|รอ\s*การ\s*พิจารณา|"
    r"กลับ\s*ไป\s*(?:พิจารณา|ทบทวน|ปรับ|แก้|ศึกษา)|"
    r"(?:นำ\s*)?เสนอ\s*(?:ใหม่\s*)?(?:ใน|ต่อ)?\s*(?:ที่\s*)?(?:การ\s*)?ประชุม\s*(?:ครั้ง\s*)?(?:ต่อ\s*ไป|หน้า)|"
    # ``... แล้วเสนอต่อสภาฯ ในสมัยประชุมถัดไป``: brought back at a later sitting
    r"เสนอ\S*?(?:\s+\S+?){0,3}?\s*ใน\s*(?:สมัย\s*)?(?:การ\s*)?ประชุม\s*(?:ครั้ง\s*|สมัย\s*)?(?:ถัด\s*ไป|ต่อ\s*ไป|หน้า)"
)
# Approval of part of what was asked, the rest held back or turned down (``อนุมัติเงินกู้ ๔ ราย ...
# ส่วนราย (ง) ให้ชะลอไว้``).
PART_APPROVED = tolerant(
    r"^(?:อนุมัติ|เห็น\s*ชอบ).{0,200}?ส่วน\s*(?:ราย(?!ละเอียด)|รายการ|โครงการ)\S{0,40}?\s*(?:\S+\s+){0,2}?"
    r"(?:(?:ให้\s*)?(?:ชะลอ|ไม่\s*อนุมัติ|ไม่\s*เห็น\s*ชอบ|\S*.{0,60}?เสนอ\s*ใหม่)"
    # (``ส่วนโครงการที่ (๓) ให้ปรับลดเหลือ ๑ บ่อ``: that one cut back; not ``ส่วนโครงการลดขยะ``)
    r"|ให้\s*(?:ปรับ\s*)?(?:ลด|ตัด|เพิ่ม)\s*(?:เหลือ|ออก|จาก|เป็น|ลง|วงเงิน|งบ|จำนวน))"
)
# A motion its mover withdrew (``อนุญาตให้ถอนญัตติ``): nothing decided on it.
# (``อนุญาตให้ผู้บริหารถอนญัตติ``: who withdraws it named between; ``... เพื่อนำกลับไปพิจารณา``: deferred)
WITHDRAWN = tolerant(r"^(?:อนุญาต\s*ให้\s*(?:[^\s]{1,20}\s?){0,2}?)?ถอน\s*ญัตติ")
# Left open, to come back (``ยังไม่ได้ข้อยุติ ... แล้วนำกลับมาพิจารณาอีกครั้ง``): deferred where no
# approval comes before it (``เห็นชอบ ... หากมีการเปลี่ยนแปลงให้นำกลับมาพิจารณาใหม่`` is approved)
REFERRED_BACK = tolerant(
    r"ยัง\s*ไม่\s*ได้\s*ข้อ\s*(?:ยุติ|สรุป)"
    # (``นำกลับมาพิจารณาอีกครั้ง``, ``นำกลับมาเสนอที่ประชุมพิจารณาอีกครั้ง``)
    r"|นำ\s*กลับ\s*มา\s*(?:เสนอ\s*)?(?:(?:ต่อ\s*)?ที่\s*ประชุม\s*)?(?:พิจารณา\s*)?(?:อีก\s*ครั้ง|ใหม่)"
    # (``ให้งาน... นำกลับไปจัดทำข้อมูล... แล้วนำเสนอในการประชุมครั้งที่ ๓``; after an approval it is a task)
    r"|นำ\s*กลับ\s*ไป\s*(?:จัด\s*ทำ|สำรวจ|รวบรวม)"
    # (``ให้ฝ่ายบริหารนำร่าง...ไปรับฟังความคิดเห็น... แล้วเสนอในสมัยประชุมสามัญ สมัยที่ ๒``: a later
    # sitting named; not ``... สมัยที่ ๒ นี้``, this one)
    # (``ให้คณะกรรมการ...นำเรื่อง...ไปพิจารณา แล้วนำเสนอที่ประชุมประชาคมครั้งต่อไป``: the matter
    # taken away and brought to the next meeting)
    r"|นำ\s*เรื่อง\S*(?:\s*\S+){0,4}?\s*ไป\s*(?:พิจารณา|ศึกษา|ทบทวน)\S*\s*(?:แล้ว|และ)\s*(?:นำ\s*)?(?:เสนอ|กลับ\s*มา)"
    r"|แล้ว\s*(?:นำ\s*)?เสนอ\S*?(?:\s+\S+?){0,3}?\s*ใน\s*สมัย\s*(?:การ\s*)?ประชุม\s*(?:สามัญ|วิสามัญ)\s*(?:สมัย\s*)?ที่\s*\d+(?!\s*(?:ครั้ง\s*ที่\s*\d+\s*)?นี้)"
)
# A change tied to the decision (โดยมีการแก้ไข, ตามที่แก้ไข, และให้แก้ไข), not a task that
# mentions fixing something (มอบหมายให้กองช่างแก้ไขปัญหา) nor ``ไม่มีการแก้ไข``.
CHANGED = tolerant(
    r"(?:^|โดย|ตาม|พร้อม|และ|ที่)\s*(?:ทั้ง\s*)?(?:ให้\s*)?(?:มี\s*)?(?:การ\s*)?(?:ที่\s*)?"
    r"(?:แก้\s*ไข|ปรับ\s*แก้|เพิ่ม\s*เติม|ปรับ\s*ปรุง)"
    # ``เห็นชอบร่างแผนฯ โดยให้เพิ่มกิจกรรม...``: the change the meeting asked for
    r"|(?:โดย|และ|แต่)\s*ให้\s*(?:เพิ่ม|ตัด|ลด|ปรับ|เปลี่ยน|งด)"
    # ``เห็นชอบ โดยให้ทุกส่วนราชการปรับลดคำขอ...``: whoever is named, the figures proposed go down or up
    r"|(?:โดย|แต่)\s*ให้\s*(?:ทุก\s*)?\S{2,30}?ปรับ\s*(?:ลด|เพิ่ม)\s*(?:คำ\s*ขอ|งบ|วงเงิน|จำนวน|ยอด|รายการ|ราคา|ค่า)"
    # ``... โดยให้เลื่อนเวทีประชาคมหมู่ที่ 7 จากวันที่ 9 เม.ย. 69 เป็นวันจันทร์ที่ 20 เม.ย. 69``,
    # ``โดยเลื่อนวันที่ 10 ก.พ. 69 เป็นวัน...``: a date of the proposal changed
    # (``โดยให้เลื่อนการเบิกจ่ายไปไตรมาสหน้า`` is a task, no change)
    r"|(?:โดย|และ|แต่)\s*(?:ให้\s*)?เลื่อน(?!\s*(?:ระดับ|ขั้น|ตำแหน่ง|การ\s*ประชุม|วัน\s*ประชุม))(?:.{0,60}?จาก.{0,40}?|[^\d]{0,20}?(?:วัน|กำหนด|เวลา)[^\d]{0,20}\d.{0,30}?)เป็น"
    # ``อนุมัติ ... ๕ โครงการ โดยตัดโครงการลำดับที่ ๖ ออก``: a part of the proposal cut
    r"|(?:โดย|และ|แต่)\s*(?:ให้\s*)?ตัด\s*(?:โครงการ|รายการ|กิจกรรม|ลำดับ|ข้อ|งบ|ยอด|ค่า)\S*.{0,60}?ออก"
    # ``เห็นชอบ โดยให้ดำเนินการเฉพาะช่วง... จากเดิมที่เสนอ ๔๘,๐๐๐ บาท``: less than was proposed
    r"|(?<!ไม่\s*(?:มี\s*การ\s*)?(?:เปลี่ยน\s*แปลง|แตก\s*ต่าง|ต่าง|แก้\s*ไข)\s*)จาก\s*เดิม\s*(?:ที่\s*)?(?:เสนอ|ขอ)"
    # ``โดยปรับลดงบประมาณเหลือ ๑๒,๐๐๐ บาท``, ``โดยปรับเป็นคืนละ ๒๕๐ บาท แทนที่เสนอ ๓๐๐ บาท``: a figure
    # of the proposal changed (not a transfer the proposal itself makes, ``โอน... โดยปรับลดจาก...``,
    # nor what was proposed, ``โดยปรับเพิ่มโครงการ ... ตามที่เสนอ``);
    # ``ตามที่คณะกรรมการแปรญัตติแก้ไขเพิ่มเติม``: a bill as its committee amended it
    r"|(?<!โอน[^.]{0,60})โดย\s*ปรับ\s*(?:ลด|เพิ่ม|เป็น)(?![^.]{0,80}ตาม\s*ที่[^.]{0,30}เสนอ)|แทน\s*(?:ที่|จาก\s*ที่)\s*(?:เสนอ|ขอ)"
    r"|ตาม\s*(?:ร่าง\s*)?ที่\s*คณะ\s*กรรมการ\s*แปร\s*ญัตติ\s*(?:แก้\s*ไข|เพิ่ม\s*เติม|ปรับ)"
)
COUNT_OF_VERB = regex.compile(r"ด้วย\s*คะแนน\s*(?:เสียง)?\s*(?P<n>\d{1,3})\s*เสียง")
VOTES = tolerant(
    r"(?P<neg>ไม่\s*(?:ให้\s*ความ\s*)?)?(?:เห็น\s*ชอบ|อนุมัติ|เห็น\s*ด้วย|รับรอง|รับ\s*หลัก\s*การ)"
    # ``เห็นชอบรับหลักการ 7 เสียง``, ``ไม่อนุมัติ ด้วยคะแนนเสียง 6 เสียง``: a few words may come between
    r"(?:\s*[=:]\s*|[^\d=:]{0,24}?)(?:จำนวน\s*)?(?P<n>\d{1,3})\s*(?:เสียง|คน|ราย|(?=[/)]))"
    # (``(เห็นชอบ 8 / ไม่เห็นชอบ 1 / งดออกเสียง 1)``: a tally in brackets, its counts bare)
)
APPROVED = tolerant(r"เห็น\s*ชอบ|อนุมัติ|เห็น\s*ด้วย|เห็น\s*ควร|รับรอง|(?<!ใบ\s*)อนุญาต|เอกฉันท์|รับ\s*หลัก\s*การ")
# (``ทราบ`` alone where the meeting took note, not in ``แจ้ง...ให้ทราบ``, telling others)
ACKNOWLEDGED = tolerant(r"รับ\s*ทราบ|(?<!แจ้ง.{0,40})ทราบ")


# An approval the resolution sends on to someone else (``มอบหมายให้... แล้วเสนอนายกเทศมนตรี
# อนุมัติ``, ``เสนอผู้บริหารพิจารณาอนุมัติ``): not the meeting's own.
# (``ตามที่นายกเทศมนตรีเสนอ สภาเทศบาลมีมติเห็นชอบ``: what was proposed, the meeting's own approval)
OTHERS_APPROVAL = tolerant(
    r"(?<!ตาม\s*ที่\S{0,30})เสนอ\s*(?:ต่อ\s*)?(?:นายก|ผู้\s*บริหาร|ปลัด|สภา|ผู้\s*ว่า|นาย\s*อำเภอ)(?:(?!มติ)\S){0,40}?\s*(?:พิจารณา\s*)?(?:อนุมัติ|เห็น\s*ชอบ)"
)
# ``รับทราบ และให้โรงเรียนจัดทำแผน... เสนอในการประชุมครั้งต่อไป``: noted, with a task whose
# report comes back later (no deferral of the matter)
NOTED_WITH_TASK = tolerant(r"^รับ\s*ทราบ\s*(?:และ|โดย|พร้อม)\s*(?:ทั้ง\s*)?(?:มอบ\s*หมาย\s*)?ให้")
# An inspection committee's acceptance of the work delivered (``ตรวจรับงานจ้างงวดที่ ๑ และให้เบิกจ่าย...``)
ACCEPTED_WORK = tolerant(r"^(?:ให้\s*)?(?:มี\s*มติ\s*)?ตรวจ\s*รับ\s*(?:งาน|พัสดุ|การ\s*จ้าง|ไว้)")
ELECTED = tolerant(r"^(?:ที่\s*ประชุม\s*)?(?:มี\s*มติ\s*)?(?:เป็น\s*เอกฉันท์\s*)?เลือก(?!\s*ตั้ง)")
DECISION_LEAD = tolerant(
    rf"^ที่\s*ประชุม\s*{_CONSIDERED}(?:มี|ลง)\s*มติ\s*"
    r"(?:(?:ด้วย\s*คะแนน\s*เสียง\s*)?(?:ข้าง\s*มาก|เป็น\s*เอกฉันท์|เอกฉันท์)\s*)?"
)
DEFERRAL_VERB_AT = 30  # characters: a deferral this near the start is the resolution's own verb


def outcome_of(text: str) -> str:
    """The contract's outcome of a resolution's words; negatives are read before positives,
    except in a council's vote count (เห็นชอบ 10 เสียง ไม่เห็นชอบ 0 เสียง), where the count decides."""
    # (a decision read from prose keeps its opening words: ``ที่ประชุมมีมติด้วยคะแนนเสียงข้างมาก ให้...``)
    text = DECISION_LEAD.sub("", text, count=1)
    if ELECTED.match(text) or (WITHDRAWN.match(text) and not DEFERRED.search(text)):
        return "other"  # an election (``เลือกนาง... เป็นเหรัญญิก ด้วยคะแนน 10 ต่อ 4``), a withdrawn motion: nothing approved
    if (by_ratio := ratio_outcome(text)) is not None:
        return by_ratio
    # nobody against (``ไม่อนุมัติ ไม่มี``) is no count of noes nor a rejection (its count a scan
    # may have garbled): blanked out, the text's positions kept
    counted = NO_NOES.sub(lambda m: " " * len(m.group()), text)
    found = list(VOTES.finditer(counted))
    votes = [(bool(m["neg"]), int(m["n"])) for m in found]
    # ``เห็นชอบร่าง... ในวาระที่ ๒ โดยมีการแก้ไข... ด้วยคะแนนเสียง ๙ เสียง``: a count far from
    # its verb is the resolution's own verb's
    counts_at = [m.start() for m in found]
    for count in COUNT_OF_VERB.finditer(text):
        if not any(m.start() <= count.start("n") < m.end() for m in found):
            votes.append((bool(REJECTED.match(text)), int(count["n"])))
            counts_at.append(count.start())
    ayes = sum(n for neg, n in votes if not neg)
    noes = sum(n for neg, n in votes if neg)
    # (no aye counted and none against, the ayes' a scan lost and the noes' ``-``: the words decide;
    # ``๐`` ayes printed is a count)
    if votes and (ayes or noes or any(not neg for neg, _ in votes)):
        if noes >= ayes:
            return "rejected"
        deferral = DEFERRED.search(text)
        first_count = min(counts_at, default=0)
        if (
            deferral
            and deferral.start() < first_count
            # (or further on where the motion carried is an instruction to bring it back: ``ให้กองช่าง
            # จัดทำประมาณการใหม่ แล้วนำเสนอสภาฯ ในการประชุมครั้งต่อไป ด้วยคะแนนเสียง ๗ เสียง``)
            and (deferral.start() <= DEFERRAL_VERB_AT or regex.match(r"ให้\s*\S", text) is not None)
            and not APPROVED.search(text[: deferral.start()])
            and not regex.search(r"เสนอ", text[: deferral.start()])
        ):
            return "deferred"  # the motion carried was to defer (``มีมติให้เลื่อน... ด้วยคะแนนเสียง ๖``)
        return "approved_with_changes" if CHANGED.search(text) or PART_APPROVED.match(text) else "approved"
    if REJECTED.search(counted):
        return "rejected"
    if PART_APPROVED.match(text):
        return "approved_with_changes"  # ``อนุมัติเงินกู้ ๔ ราย ... ส่วนราย (ง) ให้ชะลอไว้``: the rest held back
    if DEFERRED.search(text) and not NOTED_WITH_TASK.match(text):
        return "deferred"
    if (back := REFERRED_BACK.search(text)) and not (APPROVED.search(text[: back.start()]) or ACKNOWLEDGED.search(text[: back.start()])):
        # (``รับทราบ และให้... นำกลับมาเสนอที่ประชุมอีกครั้ง``: noted, a report to come)
        return "deferred"
    changed = CHANGED.search(text)
    own = OTHERS_APPROVAL.sub(" ", text)  # (``... แล้วเสนอนายกเทศมนตรีอนุมัติ``: someone else's, later)
    if changed and (APPROVED.search(own) or changed.start() == 0):
        return "approved_with_changes"
    if APPROVED.search(own) or ACCEPTED_WORK.match(text):
        return "approved"
    if ACKNOWLEDGED.search(text):
        return "acknowledged"
    return "other"


# A count given as a ratio, ayes first (``๘ : ๐ : ๑``), with the order in brackets after it
# when printed (``(อนุมัติ : ไม่อนุมัติ : งดออกเสียง)``).
VOTE_RATIO = regex.compile(r"(?<![\d.])(?P<counts>\d{1,3}(?:\s*(?::|ต่อ)\s*\d{1,3}){1,2})(?![\d.])")
RATIO_LEGEND = regex.compile(r"^\s*\((?P<labels>[^()]*:[^()]*)\)")


def ratio_outcome(text: str) -> str | None:
    """The outcome of a vote counted as a ratio (``อนุมัติ ด้วยคะแนนเสียง ๘ : ๐ : ๑ (อนุมัติ :
    ไม่อนุมัติ : งดออกเสียง)``): ayes against noes, by the bracketed order when there is one
    (its ``ไม่อนุมัติ`` is no rejection); None when the text has no such count."""
    text = to_arabic_digits(text)
    match = VOTE_RATIO.search(text)
    # the count right after คะแนน/เสียง (a time, ``12:00 น.``, or a clause ``ข้อ 3:2`` is none)
    if (
        match is None
        or not regex.search(r"(?:เสียง|คะแนน)[^\d]{0,30}$", text[: match.start()])
        or regex.match(r"\s*น\.", text[match.end() :])
    ):
        return None
    counts = [int(n) for n in regex.split(r"\s*(?::|ต่อ)\s*", match["counts"])]
    legend = RATIO_LEGEND.match(text[match.end() :])
    labels = [w.strip() for w in legend["labels"].split(":")] if legend else []
    if len(labels) != len(counts):
        labels = ["ayes", "noes", "abstain"][: len(counts)]
    ayes = sum(n for n, label in zip(counts, labels, strict=True) if not regex.match(r"ไม่|งด|noes|abstain", label))
    noes = sum(n for n, label in zip(counts, labels, strict=True) if label == "noes" or label.startswith("ไม่"))
    if noes >= ayes:
        return "rejected"
    return "approved_with_changes" if CHANGED.search(text) else "approved"


# Nobody voting against (``ไม่อนุมัติ ไม่มี``, ``ไม่เห็นชอบ - ไม่มี -``).
# (``ไม่รับหลักการ - เสียง``: a dash for the count)
NO_NOES = regex.compile(
    r"ไม่\s*(?:อนุมัติ|เห็น\s*ชอบ|เห็น\s*ด้วย|รับรอง|รับ\s*หลัก\s*การ)\s*(?:[-–]?\s*(?:ไม่\s*มี|0|๐)(?:\s*เสียง)?|[-–]\s*เสียง)"
)


# --- small readers --------------------------------------------------------------------------------


# A post glued to the surname before it (three letters in at least): what a post opens with.
GLUED_POST = regex.compile(r"(?<=\s\S{3,})(?:ปลัด|นายก|รองนายก|ผู้อำนวยการ|ผู้ใหญ่บ้าน|นักวิเคราะห์|นักวิชาการ|หัวหน้า|กำนัน)\S*$")
LIST_PATTERNS = (("invited", INVITED), ("absent", ABSENT), ("present", PRESENT))
LIST_LABELS = {"invited": "ผู้เข้าร่วมประชุม", "absent": "ผู้ไม่มาประชุม", "present": "ผู้มาประชุม"}
LABEL_MATCH = 85  # rapidfuzz ratio of a line's opening letters (marks and spaces left out) to a label's


def garbled_label(text: str) -> list[tuple[str, int]]:
    """The attendance list a label a scan garbled names (``ผู้เข้า ่วมปรชุม ได้แก่ ...``) and
    where the label ends: the line opens with ผ and its first letters, marks and spaces left
    out, are nearly one label's (the nearest wins); [] when none is near enough."""
    if not text.startswith("ผ"):
        return []
    best: tuple[float, str, int] | None = None
    for status, word in LIST_LABELS.items():
        label = skeleton(word)
        letters = 0
        for at, char in enumerate(text):
            if not char.isspace() and skeleton(char):
                letters += 1
            if letters >= len(label) - 2 and (at + 1 == len(text) or text[at + 1].isspace()):
                score = fuzz.ratio(regex.sub(r"\s+", "", skeleton(text[: at + 1])), label)
                if best is None or score > best[0]:
                    best = (score, status, at + 1)
            if letters > len(label) + 2:
                break
    return [(best[1], best[2])] if best and best[0] >= LABEL_MATCH else []


def session_of(text: str) -> str | None:
    match = SESSION.search(text) or SITTING.search(text)
    if not match:
        # ``ครั้งที่`` a scan garbled past reading (``Asan 1/2569``): a session's number and year
        # alone in the heading
        bare = BARE_SESSION.search(text)
        return f"{bare['no']}/{bare['year']}" if bare else None
    year = match["year"] or match["year2"] or None
    if year is None and (sitting := SITTING.search(text)) and sitting is not match:
        year = sitting["year"]  # ``สมัยที่ ๑/๒๕๖๙ ครั้งที่ ๒``: the sitting's year is the meeting's
    if year is None:
        stated = find_fiscal_year(text, label="annual")
        year = str(stated) if stated else None
    if year is not None and len(year) == 2:
        year = "25" + year
    return f"{match['no']}/{year}" if year else match["no"]


def times_of(text: str) -> tuple[dt.time | None, dt.time | None]:
    """The start and (for a range ``09.30 - 12.00 น.``) end time after ``เวลา`` in a line."""
    at = regex.search(r"เวลา", text)
    times = find_times(text[at.start() :] if at else text)
    start = times[0] if times else None
    end = times[1] if len(times) > 1 else None
    return start, end


LONE_LETTER = regex.compile(r"[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{0,2}")


def person_name(text: str) -> tuple[str | None, str, str] | None:
    """(prefix, given name + surname, rest) of a person at the start of ``text``."""
    prefix, rest = split_prefix(text)
    words = rest.split()
    if not words:
        return None
    if len(words) >= 3 and words[1] != "ณ" and LONE_LETTER.fullmatch(words[1]):
        words = [words[0], words[1] + words[2], *words[3:]]  # (``เกรียงไกร ม หาวงศ์``: a scan's space; no surname is a letter)
    size = 3 if len(words) >= 3 and words[1] == "ณ" else 2
    if len(words) >= 2 and POST_AFTER_GLUED_NAME.match(words[1]):
        # the name's own space lost, the post's kept: ``ประเสริฐแสนโคตร ปลัด...``
        return prefix, unglued_name(words[0]) or words[0], " ".join(words[1:])
    return prefix, " ".join(words[:size]), " ".join(words[size:])


# Words that open a post or a remark, never a surname: after a name a scan glued together.
POST_AFTER_GLUED_NAME = regex.compile(
    r"\(|ปลัด|นายก|รองนายก|รองปลัด|ผู้อำนวยการ|ผอ\.|หัวหน้า|นักวิชาการ|นักวิเคราะห์|นักพัฒนา|นักจัดการ|"
    r"นักทรัพยากร|เจ้าพนักงาน|เจ้าหน้าที่|อาจารย์|สมาชิก|ประธาน|กรรมการ|เลขานุการ|"
    # (no surname opens so: ``วรรณาศรีสมบัติ รองผู้อำนวยการ...``; ครู alone does: ครูเกษม)
    r"ผู้(?:อำนวยการ|ช่วย|ใหญ่บ้าน|แทน|ทรงคุณวุฒิ|ประสานงาน|จัดการ)|รอง(?:ผู้|ประธาน|หัวหน้า|เลขา)|"
    r"ครู(?:ผู้|ชำนาญ|อัตรา|พี่เลี้ยง|$)|พนักงาน(?:จ้าง|ส่วน|เทศบาล|ราชการ)|ลูกจ้าง(?:ประจำ|ชั่วคราว)"
)


def is_speaker_line(text: str) -> bool:
    """A name line opening a speaker block (prefix + name, perhaps a short position)."""
    prefix, rest = split_prefix(text)
    if prefix is None or ("\t" in rest and len(cells(rest)) > 2):
        return False
    words = rest.split()
    return 2 <= len(words) <= 4 and len(text) <= 80 and not RESOLUTION.match(text)


# The end of a position that names a village or number (``ที่ 6``), never a committee role.
POSITION_TAIL = regex.compile(r"^(?:ที่?|ท่ี)\s*\d{1,2}$")


def is_signature(cell: str, name: str) -> bool:
    """A signature column's text: the person's own name again."""
    words = name.split()
    _, bare = split_prefix(cell)
    if bare.startswith(words[0]) or (len(words) > 1 and words[-1] in cell):
        return True
    # OCR glued the name (``สมพรใจกล้าหาญ``) or misread a mark of either: the signed given
    # name is still most of the start of the name
    signed, whole = bare.replace(" ", ""), name.replace(" ", "")
    return len(signed) >= 3 and fuzz.ratio(signed, whole[: len(signed)]) >= 80


SPECK_IN_NAME = regex.compile(r"(?<=\p{Thai})\s+[,.'`]\s+(?=\p{Thai})")


def split_by_signature(name: str, cells_after: Sequence[str]) -> str:
    """A name whose given name and surname a scan ran together or split in the wrong place
    (``ไพศาลคงกระพัน``, ``วิเชียรพูล สวัสดิ``), parted where the signature column's given name
    (``ไพศาล``, ``วิเชียร``) ends; the name as it was when no signature spells its start."""
    whole = name.replace(" ", "")
    for cell in cells_after:
        signed = cell.strip()
        if (two := regex.fullmatch(r"(\p{Thai}{2,})\s+(\p{Thai}{2,})", signed)) and signed.split() != name.split():
            # the whole name signed (``อรวรรณ ทาแก้ว``) where the name's cell reads it split in the
            # wrong place or with a speck (``อรวรรณทา นแก้ว``, ``สมชาย คำลือ ท``); where the two
            # agree on the split, a letter the signature lacks is the signature's loss (``คำลอ``)
            bare, words = two[1] + two[2], name.split()
            speck = len(words) == 3 and LONE_LETTER.fullmatch(words[2]) is not None and "ณ" not in words
            split_elsewhere = len(words) == 2 and all(
                skeleton(mine) != skeleton(theirs) for mine, theirs in zip(words, (two[1], two[2]), strict=True)
            )
            if (speck or split_elsewhere) and 0 <= len(whole) - len(bare) <= SPECKS_IN_NAME and subsequence(bare, whole):
                return f"{two[1]} {two[2]}"
            continue
        if not regex.fullmatch(r"\p{Thai}{3,}", signed) or name.startswith(f"{signed} "):
            continue
        # (read without marks: the scan reads the signature's ธีระ as ธิระ)
        cut = next((k for k in range(len(signed) - 2, len(whole) - 2) if skeleton(whole[:k]) == skeleton(signed)), None)
        while cut is not None and cut < len(whole) and MARK.match(whole[cut]):
            cut += 1  # the given name's own marks stay with it
        if cut is not None and len(whole) - cut >= 3 and name.split(" ")[0] != whole[:cut]:
            return f"{whole[:cut]} {whole[cut:]}"
    return name


SPECKS_IN_NAME = 2  # letters a scan may add to a name that its signature column spells right


def drop_signature(text: str, name: str) -> str:
    """A row without column breaks whose last word is the person's name signed again."""
    words = text.split()
    if len(words) > 1 and words[-1] in name.split():
        return " ".join(words[:-1])
    return text


def item_number(match: regex.Match[str]) -> int:
    """An agenda heading's number, printed in digits or in words (ระเบียบวาระที่หนึ่ง)."""
    return NUMBER_WORDS.get(match["no"]) or int(match["no"])


def heading_kind(match: regex.Match[str]) -> str:
    kind = "".join(match["kind"].split())
    if kind.startswith("เร") and kind.endswith("อง"):
        return "เรื่อง"  # (its marks lost in a scan: ``เรืองที๑``)
    return "ระเบียบวาระ" if kind.endswith("เบียบวาระ") else kind  # (its first letters lost in a scan)


# A bill's reading under the heading that names the bill (``๓.๑ ร่างข้อบัญญัติ...`` / ``วาระที่ ๑
# ขั้นรับหลักการ``): the title's rest, no agenda item.
BILL_READING = tolerant(r"^วาระ\s*ที่\s*\d\s*(?:\(?\s*ขั้น|รับ\s*หลักการ|แปร\s*ญัตติ|(?:ขั้น\s*)?ลง\s*มติ|ให้\s*ตรา)")


def is_structural(text: str) -> bool:
    return bool(
        AGENDA.match(text)
        or UNNUMBERED_AGENDA.match(text)
        or RESOLUTION.match(text)
        or CLOSING.match(text)
        or OPENING.match(text)
        or SIGN.match(text)
        or (RECORDER.search(text) and len(text) < 80)
        or (REVIEWER.search(text) and len(text) < 80)
    )


# --- the parser ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """An attendance row being read (it can go on over the next line)."""

    status: str
    seq: int
    page_no: int
    prefix: str | None
    name: str
    position: str | None = None
    acting_for: str | None = None
    role: str | None = None
    numbered: bool = False
    listed: str | None = None  # the section it was listed in, when a remark made it absent in a roll call
    beside: str | None = None  # the one cell printed beside the name (a post, or a role no role word names)


# A board's sections and duties that stand alone in its roster's one column of roles (a community
# enterprise's ``ฝ่ายผลิต``, ``ฝ่ายการตลาด``, ``ประชาสัมพันธ์``).
SECTION_ROLE = regex.compile(r"^(?:ฝ่าย\S{2,24}|ประชาสัมพันธ์|ผู้ตรวจสอบ(?:บัญชี)?)$")
ROSTER_ROLES = 3  # rows of a list with a role and no post that make its one column the roles'


def section_roles(rows: Sequence[Row]) -> None:
    """A section alone where the board's other members hold only their committee role (the
    roster's one column is its roles) is a role too."""
    members = [row for row in rows if row.status != "invited"]  # (the board's own, present or not)
    roles_only = sum(1 for row in members if row.role and not row.position)
    if roles_only < max(ROSTER_ROLES, len(members) // 2) or any(row.role and row.position for row in members):
        return
    for row in members:
        if row.role is None and row.position and SECTION_ROLE.match(row.position):
            row.role, row.position = row.position, None


@dataclass(slots=True)
class Item:
    item_no: str
    title: str
    page_no: int
    body: list[str] = field(default_factory=list)
    prose: list[tuple[str, int, int]] = field(default_factory=list)  # its body lines: (text, page, indent)


@dataclass(slots=True)
class Res:
    item_no: str | None
    seq: int
    page_no: int
    parts: list[str] = field(default_factory=list)
    open: bool = True  # still taking continuation lines
    votes: str = ""  # the count of a vote table under it, as words (``เห็นชอบ 8 เสียง ไม่เห็นชอบ 0 เสียง``)
    bare: bool = False  # its label stood alone (``มติที่ประชุม``), its words on the lines below
    point: int = 0  # the number of the decision point it is (``๒. เลือกนาง...``), 0 when none


@dataclass(slots=True)
class MinutesReader:
    """State machine over the lines of one minutes segment."""

    gaps_mean_paragraphs: bool
    results_labelled: bool = False  # decisions labelled ``ผลการพิจารณา :``, no ``มติ`` anywhere
    role_column: bool = False  # the list's header names a column of roles (``หน้าที่ในศูนย์ฯ``)
    heading: list[Line] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    resolutions: list[Res] = field(default_factory=list)
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    state: str = "heading"  # heading -> attendance -> body -> end
    status: str | None = None
    section_count: int = 0
    top: Item | None = None
    current: Item | None = None
    pending_title: Item | None = None
    wrapping_title: Item | None = None  # the item whose heading was the line before
    # A long sub-item heading, the line before (at the margin or indented into the speech
    # column): its title may wrap onto the next indented line (``๔.๒ ญัตติขออนุมัติ...`` /
    # ``ไปตั้งจ่ายเป็นรายการใหม่``).
    wrapped_heading: Item | None = None
    title_column: int | None = None  # where the last sub-item heading's title starts (its hanging indent)
    # A section whose people are named in running prose (``ผู้เข้าร่วมประชุม  ได้แก่ นาย...,``):
    # its lines gathered until the prose ends, then read as people.
    prose_people: list[str] | None = None
    indented: bool = False  # the line being read starts indented (in the speech column)
    chained: bool = False  # ``wrapped_heading`` already took a line at the margin
    body_indented: bool = False  # most lines stand indented (speeches in a column of their own)
    bare_indent: int | None = None  # how far the first bare ``๑. เรื่อง...`` heading is indented
    held_post: Line | None = None  # a numbered post whose holder's name may be on the next line
    reading_held: bool = False
    empty_cells: int = 0  # how many empty cells the line being read opens with
    indent: int = 0  # how far the line being read is indented in the source (characters, tabs expanded)
    reach: int = 0  # where the line being read ends in the source (display characters, tabs expanded)
    line_width: int = 0  # where the document's full lines end (display characters)
    heading_kind: str = ""
    previous: Line | None = None
    # Where the cells of the line read before and of the line being read stand in their
    # untouched lines, tabs expanded to tab stops (``layout.expand_tabs``); a line whose
    # untouched line is not known, where its own text puts them.
    previous_placed: tuple[Cell, ...] = ()
    placed: tuple[Cell, ...] = ()
    # Two people listed side by side (``๑. นาย...   ๒. นาย...``), each with a block of lines
    # under the name (post, role): the two rows and the display column between the halves.
    pair: tuple[Row, Row, float, float] | None = None  # (left row, right row, where each half's entry starts)
    # The list's header has a surname column of its own (``ชื่อ | นามสกุล``): a given name its
    # narrow cell wrapped (``นางจันทร์`` / ``เพ็ญ``) is one word.
    surname_column: bool = False
    absent_column: int | None = None  # the name list's header's tick column for who did not come
    header_seen: bool = False  # the current name list's header was read
    # ``(๑)``, ``(๒)`` lines next to one another: a list inside a speech, no sub-items
    listed: set[int] = field(default_factory=set)
    bracketed_top: str | None = None  # the item whose sub-items are numbered in brackets
    group_role: str | None = None  # a role heading the people below it (``คณะทำงาน``)
    group_position: str | None = None  # a post a caption gives the people below it (``สมาชิกสภา... จำนวน ๑๘ คน``)
    caption_at: int = -2  # the line of that caption
    vote_labels: list[str] = field(default_factory=list)  # a vote table's header, its count on the next line
    votes_down: bool = False  # in a vote table whose labels go down its first column

    def read(self, lines: Sequence[Line]) -> None:
        # (where the source's full lines end: the untouched lines, each once)
        known = {line.index: line.cells for line in lines if line.cells}
        reaches = sorted(layout.reach(layout.expand_tabs(placed)) for placed in known.values() if any(c.text.strip() for c in placed))
        self.line_width = reaches[int(len(reaches) * 0.9)] if reaches else 0
        # (an agenda table's rows become several lines each, each with its row's cells)
        lines = numbers_wrapped_to_names(agenda_table_lines(lines))
        texts = [line.text.strip() for line in lines if line.text.strip()]
        indices = [line.index for line in lines if line.text.strip()]
        for k in range(len(texts) - 1):
            if BRACKETED_SUB_ITEM.match(texts[k]) and BRACKETED_SUB_ITEM.match(texts[k + 1]):
                self.listed.update((indices[k], indices[k + 1]))
        self.body_indented = sum(line.text[:1] in ("\t", " ") for line in lines) > BODY_INDENTED * len(texts)
        page_seen = -1
        for line in lines:
            text = STRAY.sub("", ASTERISK_NOISE.sub(" ", line.text)).strip()
            if not text.replace("\t", "").strip():
                continue
            first_on_page, page_seen = line.page_no != page_seen, line.page_no
            if first_on_page and self.state != "heading" and self.heading and REPEATED_HEADING.match(text):
                continue  # a running header at a page's top: no line between what it cuts in two
            self.indented = line.text[:1] in ("\t", " ")
            self.empty_cells = len(line.text) - len(line.text.lstrip("\t"))
            placed = layout.expand_tabs(line.cells or layout.cells_at(line.text))
            self.indent = layout.indent(placed)
            self.reach = layout.reach(placed)
            self.placed = placed
            self.read_line(replace(line, text=text))
            self.previous = line
            self.previous_placed = placed
        self.decided_in_prose()

    def read_line(self, line: Line) -> None:
        text = flat(line)
        if self.held_post is not None and post_over_name(self.held_post.text, line.text) is None:
            self.flush_held()  # (a section label or the body next: the post is read as it stands)
        if self.state != "heading" and REPEATED_HEADING.match(text) and self.heading:
            return  # the heading printed again as a page header
        if self.prose_people is not None and self.attendance_line(line, text):
            return  # the people of a section named in prose, gathered to the prose's end
        if self.state != "end" and self.attendance_header(line, text):
            return
        opens_body = (
            AGENDA.match(text)
            or UNNUMBERED_AGENDA.match(text)
            or OPENING.match(text)
            or ((bare := BARE_AGENDA.match(text)) is not None and int(bare["no"]) == 1)
        )
        if self.state in ("heading", "attendance") and opens_body:
            self.state = "body"
        if self.state == "heading":
            if not self.heading and not MINUTES_TITLE.match(text):
                return
            full = sum(len(flat(h)) > WRAPPED_REST for h in self.heading)
            if full < HEADING_LINES and len(self.heading) < 2 * HEADING_LINES:
                self.heading.append(line)
                return
            self.state = "body"
        if self.state == "attendance":
            if self.attendance_line(line, text):
                return
            self.state = "body"
        if self.state == "body":
            self.body_line(line, text)

    # attendance ------------------------------------------------------------------------------------
    def attendance_header(self, line: Line, text: str) -> bool:
        if self.state == "heading" and self.heading and NAME_LIST_HEADER.match(line.text):
            # a name table right under the heading, its label garbled or left out: who came
            self.state, self.status, self.section_count = "attendance", "present", 0
            self.surname_column = bool(SURNAME_CELL.search(line.text))
            self.absent_column = absent_column(line.text)
            self.header_seen = True
            return True
        bare = BARE_SECTION.match(text) if self.state in ("heading", "attendance") else None
        if bare:
            # a section row of one attendance table (``มาประชุม`` / ``ไม่มาประชุม``, label alone)
            self.state, self.section_count, self.header_seen = "attendance", 0, False
            self.status = "absent" if bare["absent"] else "present"
            return True
        labels = [(status, m.end()) for status, pattern in LIST_PATTERNS if (m := pattern.match(text))]
        if not labels and self.state != "body":
            labels = garbled_label(text)
        for status, end in labels[:1]:
            rest = text[end:].strip(" :-–")
            if self.state == "body" and (
                (len(rest) > 40 and not LIST_INTRO.fullmatch(rest)) or (self.items and not self.only_listed())
            ):
                return False  # a sentence in the body that happens to start like a list header
            if self.items:
                self.forget_listing()
            self.state = "attendance"
            self.status = status
            self.section_count = 0
            self.header_seen = False
            self.group_role = self.group_position = None
            after = ROW_NUMBER.sub("", rest, count=1).strip() if rest else ""
            listed = PROSE_LIST.match(HEAD_COUNT.sub("", rest).strip())  # (``๑ คน ได้แก่ ...``)
            after = HEAD_COUNT.sub("", rest).strip() if listed else after
            if listed and split_prefix(after[listed.end() :].strip())[0] is not None:
                self.prose_people = [after[listed.end() :].strip()]
                return True
            if after and split_prefix(after)[0] is not None:
                self.attendance_line(replace(line, text=rest), rest)
            return True
        return False

    def flush_held(self) -> None:
        """A held post with no name under it, read as it stands (in its own section)."""
        held, self.held_post = self.held_post, None
        if held is not None:
            self.reading_held = True
            self.attendance_line(held, flat(held))
            self.reading_held = False

    def under_a_column(self) -> bool:
        """Whether the line being read starts where a later column of the line before starts
        (a post's wrapped end under the post), not at the margin nor centred over a list."""
        # (the last column's start, by characters and by display columns: a text's columns line up by
        # either; not a gap inside a name, ``นายสมศักดิ์  ใจดี``)
        ends = [cell for before, cell in itertools.pairwise(self.previous_placed) if before.text.strip() and cell.text.strip()][-1:]
        starts = [*(cell.char0 for cell in ends), *(cell.x0 for cell in ends)]
        return self.indented and any(abs(self.indent - start) <= 2 for start in starts)

    def at_the_margin(self) -> bool:
        """Whether the line being read starts left of the line before's second column, or opens
        its section (a caption at the list's margin; a post's wrapped division stands further in)."""
        if not any(r.status == self.status for r in self.rows):
            return True
        previous_indent = layout.indent(self.previous_placed)
        return self.indent <= previous_indent + CAPTION_SLACK

    @staticmethod
    def division_caption(text: str) -> bool:
        """A division's caption over its staff (at the margin or in a ruled row's first cells, not a wrapped post's)."""
        return len(text) <= MAX_CAPTION and bool(DIVISION_CAPTION.fullmatch(text.strip()))

    def attendance_line(self, line: Line, text: str) -> bool:
        """Read a line of an attendance list; False when the list has ended."""
        if self.held_post is not None:
            held = self.held_post
            merged = post_over_name(held.text, line.text)
            if merged is not None:
                self.held_post = None
                return self.attendance_line(replace(held, text=merged), flat(merged))
            self.flush_held()
        if self.prose_people is not None:
            if (
                not is_structural(text)
                and not self.attendance_header_like(text)
                and ("\t" not in line.text or PROSE_NUMBER.search(text))
                and not NUMBERED_GROUP.match(text)
            ):
                self.prose_people.append(text)
                return True
            self.read_prose_people(line.page_no)
            return False
        if (intro := PROSE_INTRO.search(text)) is not None and "\t" not in line.text.strip():
            # ``๑. คณะกรรมการ... มาประชุม ๙ คน ได้แก่ (๑) นายบุญถม ... ประธานกรรมการ (๒) ...``:
            # a group's people numbered in running prose, to the prose's end
            self.prose_people = [text[intro.end() :]]
            return True
        if GROUP_COUNT.match(text):
            return True  # ``๒. สมาชิกกองทุนหมู่บ้าน มาประชุม ๑๒๖ คน ...``: a group counted, nobody named
        if NAME_LIST_HEADER.match(line.text):
            self.surname_column = bool(SURNAME_CELL.search(line.text))
            self.role_column = bool(ROLE_COLUMN_HEADER.search(line.text))
            self.absent_column = absent_column(line.text)
            self.header_seen = True
            return True
        if (
            (caption := POST_CAPTION.match(text))
            and POSITION_START.match(caption["post"])
            and not caption["post"].startswith("คณะ")  # (a committee's name is no post: ``คณะกรรมการ... จำนวน ๔ คน``)
            and split_prefix(text)[0] is None
        ):
            self.group_position = caption["post"].strip()
            self.caption_at = line.index
            return True
        if (
            self.group_position is not None
            and line.index == self.caption_at + 1
            and "\t" not in line.text.strip()
            and len(text) <= WRAPPED_CAPTION
            and regex.fullmatch(r"\p{Thai}[\p{Thai}.\s]*", text)
            and split_prefix(text)[0] is None
        ):
            # the caption's post wrapped in its cell (``สมาชิกสภาองค์การบริหาร | จำนวน ๑๘ คน | ได้แก่``
            # over ``ส่วนจังหวัดนันทนคร``): its rest
            self.group_position = join_wrapped(self.group_position, text)
            return True
        if NOBODY.match(text) or COUNT_LINE.match(text) or TALLY_LINE.match(text):
            return True
        if (
            SUB_LIST_LABEL.match(text)
            # (a council's district at the list's margin, ``เขตอำเภอควนดอน``; indented under a
            # member's post, the post's wrapped end)
            or (DISTRICT_CAPTION.fullmatch(text) and not self.under_a_column())
            or (self.division_caption(text) and self.empty_cells < 2 and self.at_the_margin())
            or (COUNTED_CAPTION.match(text) and split_prefix(text)[0] is None and not self.under_a_column())
        ):
            self.group_position = None  # (another group's caption: the post above was its group's)
            return True
        if LABEL_TAIL.fullmatch(text) and not any(r.status == self.status for r in self.rows):
            return True  # the section label's last word, wrapped
        first_in_section = not any(r.status == self.status for r in self.rows)
        if specks_only(text) and first_in_section:
            return True  # a scan's specks between a section's label and its first row (``ข    4``)
        if first_in_section and self.garbled_header(line.text):
            self.header_seen = True
            return True  # the list's header a scan garbled (``ที่ชื่อ | ana | ประเภท... | ตำแหน่ง...``)
        if first_in_section and self.header_seen and HEADER_WRAP.fullmatch(text.strip()):
            return True  # the header's wrapped last words (``ตำแหน่งในคณะ`` / ``กรรมการ``)
        previous = self.rows[-1] if self.rows and self.rows[-1].status == self.status else None
        heading = group_role(text)
        wrapped_cell = self.empty_cells >= 2 and previous is not None  # (a later column's cell, wrapped)
        if self.status is not None and heading and (previous is None or previous.role) and not wrapped_cell:
            # the role of the people listed under it (under a row without a role of its own,
            # that row's role cell wrapped: ``นายชาญชัย ... ผู้อำนวยการกองการศึกษา`` / ``คณะทำงาน``)
            self.group_role = heading
            self.group_position = None
            return True
        if self.pair is not None and self.pair_block_line(line.text):
            return True
        self.pair = None
        halves = side_by_side(line.text)
        if halves:
            before = len(self.rows)
            for half in halves:
                self.attendance_line(replace(line, text=half), flat(half))
            starts = placed_cells(self.placed)
            if len(self.rows) == before + 2 and len(starts) == len(nonempty_cells(line.text)):
                self.pair = (self.rows[-2], self.rows[-1], starts[0], starts[len(nonempty_cells(halves[0]))])
            return True
        raw = BULLET.sub("", ASTERISK_NOISE.sub(" ", line.text))  # (``- นางสาวนิภาพร ...``: a dash bullet)
        if ROW_NUMBER.match(raw.strip()):
            # (``๑. นายบุญมา ศรีโคตร ตำแหน่ง ผู้ใหญ่บ้าน หน้าที่ ...``: one space before each label)
            raw = LABEL_INSIDE.sub("\t", raw)
        row_cells, labelled_role = labelled_cells(with_standing_in_joined([c for c in cells(raw) if c]))
        if len(row_cells) >= 3 and (aside := BRACKETED_ASIDE.fullmatch(row_cells[0])):
            # ``นายธนากร (พนักงานจ้าง) | เรือนคำ | ผู้ช่วยนักวิชาการ...``: the position's wrapped
            # bracket read into the name's line; it goes back after the position
            row_cells = [aside["name"], *row_cells[1:-1], f"{row_cells[-1]} {aside['aside']}"]
        # a scan's speck read as a comma inside a name (``นายเฉลิม บุญ , ประคอง``)
        row_cells = [SPECK_IN_NAME.sub("", c) if split_prefix(c)[0] is not None else c for c in row_cells]
        number = ROW_NUMBER.match(row_cells[0]) if row_cells else None
        seq = int(number["no"]) if number else None
        if number:
            row_cells[0] = row_cells[0][number.end() :].strip()
            row_cells = [c for c in row_cells if c]
            if not row_cells:
                return True  # an empty numbered row of a form
            if len(row_cells) > 1 and MEMBER_NUMBER.fullmatch(row_cells[0]) and split_prefix(row_cells[1])[0] is not None:
                row_cells = row_cells[1:]  # ``๑ | ๐๐๑ | นายอินสม ณ ลำพูน``: a member's number before the name
        counts = [int(c) for c in row_cells[1:] if regex.fullmatch(r"\d{1,4}", c.strip())]
        if (
            len(row_cells) >= 4
            and split_prefix(row_cells[0])[0] is None
            and len(counts) == len(row_cells) - 1
            and counts[-1] == sum(counts[:-1])
        ):
            return True  # a group's head count (``คณะกรรมการหมู่บ้าน | 7 | 4 | 11``, men, women, all): nobody named
        if (
            len(row_cells) > 1
            and split_prefix(row_cells[0])[0] is not None
            and len(split_prefix(row_cells[0])[1].split()) == 1
            and regex.fullmatch(r"ณ\s*\p{Thai}{2,}", row_cells[1].strip())
        ):
            row_cells[:2] = [f"{row_cells[0]} {row_cells[1].strip()}"]  # ``นายอินสม | ณ ลำพูน``: a surname with ณ
        if len(row_cells) > 1 and row_cells[0].endswith("ตำแหน่ง") and len(row_cells[0]) > 10:
            # a table cell's two lines joined: the name and, under it, the label of a position
            # that stands under the role (``นายสมนึก ทองแก้วตำแหน่ง | ประธานกรรมการกำนันตำบล...``)
            row_cells[0] = row_cells[0].removesuffix("ตำแหน่ง").strip()
            role = ROLE_START.match(row_cells[1])
            if role and role.end() < len(row_cells[1]):
                row_cells[1:2] = [row_cells[1][role.end() :].strip(), role.group()]
        glued = POST_THEN_NAME.match(row_cells[0]) if seq is not None else None
        if glued and (split_prefix(row_cells[0])[0] is None or row_cells[0].startswith("นายก")):
            # a post over its holder's name, the two lines run together by a scan
            # (``นายก อบต.ห้วยผาเงินนายสุพจน์ ใจคำ``): the name, then the post as its position
            row_cells[0:1] = [glued["name"], glued["post"].strip()]
        if seq is not None and len(row_cells) > 1 and split_prefix(row_cells[0])[0] is None:
            # the position's column before the name's (ลำดับ | ตำแหน่ง | ชื่อ - สกุล)
            named = next((k for k in range(1, len(row_cells)) if split_prefix(row_cells[k])[0] is not None), None)
            if named is not None and not lone_prefix(row_cells[named]):
                name_cell, beyond = row_cells[named], row_cells[named + 1 :]
                given = split_prefix(name_cell)[1]
                if beyond and len(given.split()) == 1 and surname_cell(given, beyond[0]):
                    # ``นาง ลำดวน  ทองคำ``: two spaces in the name's cell made the surname a column
                    name_cell, beyond = f"{name_cell} {beyond[0]}", beyond[1:]
                row_cells = [name_cell, *row_cells[:named], *beyond]
        role_first = None
        glued_role = ROLE_GLUED_TO_NAME.match(row_cells[0]) if seq is None and row_cells else None
        if glued_role is not None and len(row_cells) > 1:
            # ``ประธานกรรมการนนายสุรชัย วงศ์ใหญ่ | ...``: the role's column run into the name's by a scan
            row_cells = [glued_role["role"], row_cells[0][glued_role.end() :], *row_cells[1:]]
        if (
            seq is None
            and len(row_cells) > 2
            and split_prefix(row_cells[0])[0] is None
            and (ROLE.fullmatch(row_cells[0].strip()) or FIRST_COLUMN_ROLE.fullmatch(row_cells[0].strip()))
            and split_prefix(row_cells[1])[0] is not None
        ):
            # ``ประธานกรรมการ | นายสุรชัย  วงศ์ใหญ่ | ผู้อำนวยการกองช่าง``, ``ผู้ควบคุมงาน | นาย...``:
            # an unnumbered committee's roles in the first column
            role_first, row_cells = row_cells[0].strip(), row_cells[1:]
        if len(row_cells) > 1 and (alone := lone_prefix(row_cells[0])):
            # ``นาง  ลำดวน  หอมดี``: the spaces after the prefix became a column break
            row_cells[:2] = [joined_to_prefix(alone, row_cells[0], row_cells[1])]
        prefix, given = split_prefix(row_cells[0])
        if self.surname_column and prefix and len(row_cells) > 1 and regex.fullmatch(r"\p{Thai}+", row_cells[1]):
            row_cells[:2] = [f"{prefix}{given.replace(' ', '')} {row_cells[1]}"]  # given name | surname
        numbered = any(r.numbered for r in self.rows if r.status == self.status)
        previous = self.rows[-1] if self.rows and self.rows[-1].status == self.status else None
        if (
            seq is None
            and prefix is not None
            and numbered
            and previous is not None
            and "\t" in line.text
            and len(row_cells) >= 2
            and POSITION_START.match(row_cells[1])
        ):
            # a ruled row whose number a scan lost (its cell read empty), a name and a position
            # in their cells: the next row, not the rest of the one above (nor the list's end)
            seq = previous.seq + 1
        if seq is None and (prefix is None or (numbered and self.section_count)):
            return self.continue_row(row_cells, prefix is not None)
        if seq is not None and prefix is None and POSITION_START.match(row_cells[0]) and self.held_post is None and not self.reading_held:
            # ``๑.  นายก อบต.ห้วยผาเงิน   ประธานกรรมการ`` / ``นายสุพจน์  ใจคำ``: a post and role
            # numbered, the holder's name on the line below; read with it
            self.held_post = line
            return True
        found = person_name(row_cells[0])
        if found is None or len(text) > 200:
            return False
        prefix, name, rest = found
        if " " not in name and not rest:
            name = unglued_name(name) or name  # (``ดร.ปัญญาสุขประเสริฐ``: its space a scan lost)
        if (
            rest
            and len(row_cells) > 1
            and regex.fullmatch(r"\p{Thai}+", rest)
            and not POSITION_START.match(rest)
            and not ROLE.match(rest)
            and not ROLE.match(row_cells[1])
            and rest not in name.split()
        ):
            # A name in a column of its own that OCR split with a space (``ก้อง ภพ วงศ์ใหญ่``):
            # the next column is the position, not the role, so the word is still the name's.
            name, rest = f"{name} {rest}", ""
        self.section_count += 1
        row = Row(
            status=self.status or "present",
            seq=seq if seq is not None else self.section_count,
            page_no=line.page_no,
            prefix=prefix,
            name=name,
            numbered=seq is not None,
        )
        others = row_cells[1:]
        one_word = others and not rest and " " not in name
        surname, _, after = others[0].partition(" ") if one_word else ("", "", "")
        if surname and regex.fullmatch(r"\p{Thai}+", surname) and not POSITION_START.match(surname):
            # The surname in a cell of its own, or opening the next (two spaces between the
            # names became a tab).
            row.name = f"{name} {surname}"
            others = [after, *others[1:]] if after else others[1:]
        if len(others) == 1 and not rest:
            row.beside = others[0].strip()
            others = self.split_role(REMARK.sub("", others[0]).strip() or others[0])
        if rest:
            bare = REMARK.sub("", rest).strip() or rest
            others = [rest, *others] if others else self.split_role(drop_signature(bare, row.name))
        row.name = split_by_signature(row.name, row_cells[1:])
        self.fill_row(row, others)
        if labelled_role is not None and row.role is None and row.position != labelled_role:
            row.role = labelled_role  # (``หน้าที่ กรรมการฝ่ายการคลัง``: a role whatever its words)
        row.role = row.role or role_first or self.group_role
        row.position = row.position or self.group_position
        if row.status == "present" and (
            any(ABSENCE_REMARK.match(c.strip().strip("()").strip()) for c in row_cells[1:])  # (``(ลา)``, ``(ขาด)`` too)
            or (self.absent_column is not None and ticked_second(line.text, self.absent_column))
        ):
            row.status, row.listed = "absent", row.status  # a roll call of every member: the remarks or ticks say who was away
        self.rows.append(row)
        return True

    def pair_block_line(self, text: str) -> bool:
        """A line under two people listed side by side (their posts, roles, a post's wrapped
        rest): each cell goes on the row of the half it stands under, by where it starts in
        the untouched line (a cell under the right half alone is the right one's). False for a
        line that opens a row or names someone (the block has ended)."""
        assert self.pair is not None
        left, right, left_at, right_at = self.pair
        flat_text = text.replace("\t", " ").strip()
        if not flat_text or ROW_NUMBER.match(flat_text) or len(flat_text) > PAIR_LINE or BLOCK_ENDING.search(flat_text):
            return False  # (a sentence after the list: ``ประธานกล่าวเปิดประชุม  และดำเนินการ...``)
        placed = placed_cells(self.placed)
        texts = nonempty_cells(text)
        if not placed or len(placed) != len(texts) or any(split_prefix(c)[0] is not None for c in texts):
            return False
        if placed[0] < left_at - PAIR_SLACK:
            return False  # a block's lines stand under its names (a text layer's columns wander a little)
        middle = (left_at + right_at) / 2
        for row, mine in (
            (left, [c for start, c in zip(placed, texts, strict=True) if start < middle]),
            (right, [c for start, c in zip(placed, texts, strict=True) if start >= middle]),
        ):
            if mine and not self.continue_row([REMARK.sub("", " ".join(mine)).strip() or " ".join(mine)], False, row):
                return False
        return True

    def split_role(self, text: str) -> list[str]:
        """Position and role from a cell without column breaks: the role is the last word(s)."""
        words = text.split()
        for size in (3, 2, 1):
            if len(words) > size and (ROLE.match(" ".join(words[-size:])) or ROLE_CUT.match(" ".join(words[-size:]))):
                return [" ".join(words[:-size]), " ".join(words[-size:])]
        return [text]

    def fill_row(self, row: Row, others: Sequence[str]) -> None:
        """Position (or the post acted for) and committee role; later columns (signature,
        remarks) are left out."""
        others = [o for o in others if not REMARK.fullmatch(o) and not is_signature(o, row.name)]
        # (a column of bare numbers, ``หมู่ที่ | 3``: the member's village, no post and no role;
        # a remark of when the member came or left, ``มาเวลา 14:10 น.``)
        others = [o for o in others if not regex.fullmatch(r"\s*\d{1,3}\s*", o) and not ARRIVAL_REMARK.match(o.strip())]
        if not others:
            return
        if len(others) >= 2 and ROLE.fullmatch(others[0].strip()) and not ROLE.match(others[1].strip()):
            others = [others[1], others[0], *others[2:]]  # the role's column before the position's
        position = REMARK.sub("", others[0])
        if len(others) >= 2 and ACTING_CUT.search(position) and not ROLE.match(others[1]):
            # ``นายช่างโยธาอาวุโส รักษาราชการแทน | ผู้อำนวยการกองช่าง``: the post acted for, cut
            # into the next column
            position, others = f"{position} {others[1]}", [f"{position} {others[1]}", *others[2:]]
        if len(others) >= 2 and AGENCY_CELL.match(others[1].strip()) and not ROLE.match(others[1].strip()):
            # ``ผู้อำนวยการกองคลัง | อบต.ห้วยสะแก``, ``รองสารวัตร... | สถานีตำรวจภูธรหันคา``: a guest's
            # agency in a column of its own, part of the post
            position, others = f"{position} {others[1].strip()}", [f"{position} {others[1].strip()}", *others[2:]]
        if len(others) >= 2 and POSITION_TAIL.match(others[1]):
            # ``สมาชิกสภา อบต. หมู่ | ที่6``: the rest of the position a false column break cut off
            position, others = f"{position}{others[1]}", [position, *others[2:]]
        if len(others) >= 2:
            # a remarks column holds a committee role (ประธานกรรมการ) or a note (กรรมการใหม่,
            # ผอ.กองคลังติดราชการ): only a role is one
            role = REMARK.sub("", others[1]).strip()  # (``คณะทำงาน (ไปราชการ)``: the role, its remark dropped)
            row.role = (
                role
                if ROLE.match(role)
                or COUNCIL_SEAT.match(role)
                or NAMED_COMMITTEE_ROLE.fullmatch(role)
                or ROLE_CUT.match(role)
                # (a column the header calls the roles': ``ผู้อำนวยการศูนย์``, no role word of ours)
                or (self.role_column and role and not ABSENCE_REMARK.match(role) and not STANDING_IN.match(role))
                else None
            )
            acting = STANDING_IN.match(others[1].strip())
            if acting and row.role is None:
                row.acting_for = acting["post"].strip()  # a remarks column's ``แทน ผู้ใหญ่บ้านหมู่ที่ ๕``
            elif row.role is not None and len(others) >= 3 and (acting := STANDING_IN.match(others[2].strip())):
                row.acting_for = acting["post"].strip()  # (role | remarks: ``กรรมการ | แทน ผอ.กองช่าง``)
        elif ROLE.match(position) and not ACTING_AFTER.match(position):
            row.role, position = position, ""
        self.set_position(row, position)

    @staticmethod
    def set_position(row: Row, position: str) -> None:
        position = position.strip()
        if (bracketed := BRACKETED_ROLE.match(position)) and (
            ROLE.match(bracketed["role"].strip())
            # (``(กรรมการและหัวหน้าชุดลาดตระเวน)`` after a name alone: a role and a duty of the group's)
            or (not bracketed["post"].strip() and ROLE.match(bracketed["role"].split("และ")[0].strip()))
        ):
            # ``ผู้อำนวยการกองคลัง (กรรมการ)``: the committee role in brackets after the post
            row.role = row.role or bracketed["role"].strip()
            position = bracketed["post"]
        elif bracketed and ROLE.match(bracketed["post"].strip()) and not row.role:
            if BOARD_SIDE.match(bracketed["role"].strip()):
                row.role, position = position, ""  # ``กรรมการ (ฝ่ายเงินกู้)``: the board's side, the role's own
            else:
                # ``กรรมการ (ผู้แทนศิษย์เก่า)``, ``ประธานกรรมการ (นายกเทศมนตรี...)``: the role, then
                # the post or whom the member stands for in brackets
                row.role, position = bracketed["post"].strip(), bracketed["role"]
        if not position:
            return
        after = ACTING_AFTER.match(position)
        before = ACTING_BEFORE.match(position)
        if after:
            row.acting_for = after["post"].strip()
        elif before:
            row.acting_for = before["post"].strip()
            row.position = clean(before["position"])
        else:
            row.position = position

    @staticmethod
    def garbled_header(raw: str) -> bool:
        """A name list's header line a scan garbled past NAME_LIST_HEADER: three columns or
        more, a header's word, no number and no person."""
        text = clean(raw.replace("\t", " ")) or ""
        return (
            len(cells(raw)) >= 3
            and bool(GARBLED_LIST_HEADER.search(text))
            and not regex.search(r"\d", text)
            and split_prefix(text)[0] is None
        )

    @staticmethod
    def attendance_header_like(text: str) -> bool:
        return any(pattern.match(text) for pattern in (INVITED, ABSENT, PRESENT))

    def read_prose_people(self, page_no: int) -> None:
        """The people a section names in running prose, in the order named: ``นายก ข
        นายกเทศมนตรี..., นางค ง ปลัด... และนางสาวจ ฉ นักวิเคราะห์...``; what the sentence adds
        after them (``รวมทั้งประชาชน... อีก ๘๗ คน``) is no person."""
        prose = clean(" ".join(self.prose_people or [])) or ""
        self.prose_people = None
        prose = PROSE_AND_AT_END.sub("", PROSE_LIST_END.split(prose, maxsplit=1)[0])
        for piece in PROSE_PERSON_BREAK.split(prose):
            found = person_name(piece.strip(" ,"))
            if found is None or found[0] is None:
                continue
            prefix, name, position = found
            glued = GLUED_POST.search(name) or GLUED_ROLE.search(name)
            if glued and not position:
                # a scan lost the space before the post (``นางพรทิพย์ สุขประเสริฐปลัดเทศบาล``,
                # ``นายบุญถม แก้วมุงคุณประธานกรรมการ``)
                name, position = name[: glued.start()], name[glued.start() :]
            words = name.split()
            if len(words) == 2 and not position and ROLE.fullmatch(words[1]):
                # ... and the one between the names (``นายคำพองไชยสุริยา เหรัญญิก``)
                name, position = unglued_name(words[0]) or words[0], words[1]
            self.section_count += 1
            row = Row(status=self.status or "invited", seq=self.section_count, page_no=page_no, prefix=prefix, name=name)
            # (a post, or a role alone: ``... ไชยสุริยา เหรัญญิก``)
            self.fill_row(row, self.split_role(REMARK.sub("", position).strip(" ,")))
            self.rows.append(row)

    def labelled_decision(self, text: str) -> regex.Match[str] | None:
        """``ผลการพิจารณา : ...``: a decision where the minutes label theirs so, or where it opens
        as one does (not a committee's finding reported in minutes that record มติ)."""
        result = RESULT_LABEL.match(text)
        return result if result and (self.results_labelled or DECISION_WORDS.match(result["rest"])) else None

    def continue_row(self, row_cells: list[str], has_prefix: bool, target: Row | None = None) -> bool:
        """A line without a number (in a numbered list) or a name: the wrapped rest of the
        previous row (or of ``target``). False when it is not one (the list has ended)."""
        joined = " ".join(row_cells)
        last = target or (self.rows[-1] if self.rows else None)
        labelled = POSITION_LABEL.match(joined)
        # the position ``ตำแหน่ง  ...`` labels under the name of a row of this list
        below = joined[labelled.end() :] if labelled and last is not None and last.status == self.status and not has_prefix else None
        if (
            below is not None
            and last is not None
            and last.role is None
            and last.beside
            # (not a remark, ``ลาป่วย``, nor whom one stands in for, ``แทน ...``; not over a role ``ตำแหน่ง ประธานกรรมการ``)
            and not REMARK.fullmatch(last.beside)
            and not ABSENCE_REMARK.match(last.beside.strip("() "))
            and not regex.search(r"(?<!ผู้\s*)แทน", last.beside)  # (``ผู้แทนผู้รับจ้าง`` is a role)
            and not ROLE.match(below.strip())
        ):
            # ``นายวิโรจน์  คำมา   ผู้ควบคุมงาน`` / ``ตำแหน่ง  นายช่างโยธา...``: the cell beside the name is
            # the role where the line below labels the position (``ผู้ควบคุมงาน``, ``ผู้แทนผู้รับจ้าง``)
            last.role, last.position, last.acting_for, last.beside = last.beside, None, None, None
        if below is not None and last is not None and last.position is None and last.acting_for is None:
            # ``ตำแหน่ง  กำนันตำบล...`` under the name: the person's position, labelled (the
            # column beside the name then holds the committee role)
            self.set_position(last, below)
            return True
        # (a post and a role in columns may run longer than a sentence's wrapped line: ``นักวิชาการ
        # เงินและบัญชีชำนาญการ แทน ผู้อำนวยการกองคลัง | คณะทำงาน``; a sentence's gaps end in no role)
        filled = [c.strip() for c in row_cells if c.strip() and not ARRIVAL_REMARK.match(c.strip()) and not REMARK.fullmatch(c.strip())]
        # (a scan may close the gap before the role: ``... แทน ผู้อำนวยการกองคลัง คณะทำงาน``, its last word)
        ends_in_role = bool(filled) and (
            (len(filled) >= 2 and bool(ROLE.match(filled[-1]))) or bool(ROLE.fullmatch(filled[-1].split()[-1]))
        )
        longest = CONTINUATION_CELLS_MAX if ends_in_role else CONTINUATION_LINE_MAX
        if last is None or (last.listed or last.status) != self.status or has_prefix or len(joined) > longest:
            return False  # (a roll call's row a remark made absent goes on in its list)
        if last.listed and regex.search(r"องค์\s*ประชุม|(?:เริ่ม|เปิด)\s*(?:การ\s*)?ประชุม", joined):
            return False  # (``ครบองค์ประชุม`` after the roll call: no part of its last row)
        if REASON_LINE.match(joined):
            return True  # ``สาเหตุ ไปทำงานต่างจังหวัด`` under an absent member: no part of the row
        if (duty := ROLE_LABEL_LINE.match(joined)) and last.role is None:
            last.role = joined[duty.end() :].strip()  # ``หน้าที่ กรรมการฝ่ายปกครอง`` under the row
            return True
        if is_structural(joined) or is_speaker_line(joined):
            return False
        row = last
        # (``กรรมการ  (ติดภารกิจ)`` under an absentee: the role, then why; the reason is no role)
        # (``หัวหน้าฝ่ายปกครอง | ลาป่วย``: the remark without brackets in a column of its own)
        parts = [
            p
            for p in row_cells
            if not (
                len(row_cells) > 1
                and ((p.startswith("(") and REMARK.fullmatch(p)) or ABSENCE_REMARK.match(p.strip()) or ARRIVAL_REMARK.match(p.strip()))
            )
        ]
        if len(row.name.split()) == 1 and not parts[0].startswith("("):
            words = parts[0].split()
            row.name = f"{row.name} {words[0]}"
            parts[0] = " ".join(words[1:])
            parts = [p for p in parts if p]
        if not parts:
            return True
        if len(parts) == 1 and CLOSING_REST.fullmatch(parts[0]) and (row.position or "").count("(") <= (row.position or "").count(")"):
            return True  # the end of a remark its cell wrapped (``(ไป`` / ``ราชการ)``), the remark left out
        if len(parts) >= 2:
            self.extend_position(row, parts[0])
            row.role = f"{row.role}{parts[1]}" if row.role and row.role.endswith("และ") else clean(f"{row.role or ''} {parts[1]}")
        elif row.role and (
            row.role.endswith("และ") or (parts[0].startswith("และ") and ROLE.match(parts[0][3:].strip())) or ROLE.match(parts[0])
        ):
            row.role = f"{row.role}{parts[0]}" if row.role.endswith(("/", "และ")) else clean(f"{row.role} {parts[0]}")
        elif (ROLE.match(parts[0]) or (COUNCIL_SEAT.match(parts[0]) and self.seats_are_roles())) and row.role is None and (
            row.position or row.acting_for
        ):
            row.role = parts[0]
        else:
            self.extend_position(row, parts[0])
        return True

    def seats_are_roles(self) -> bool:
        """Whether this minutes' lists give council seats a role column (``สมาชิก`` wrapped under
        a row is then its role; elsewhere a seat is part of the position)."""
        return any(r.role is not None and COUNCIL_SEAT.match(r.role) for r in self.rows)

    def extend_position(self, row: Row, text: str) -> None:
        if row.acting_for is not None:
            row.acting_for = clean(f"{row.acting_for} {text}")
        elif regex.fullmatch(r"\(?\s*แทน\s*\)?", text) and row.position:
            row.acting_for, row.position = row.position, None
        elif (note := STAND_IN_NOTE.fullmatch(text.strip())) and row.position:
            row.acting_for = note["post"]  # ``(มาประชุมแทนผู้อำนวยการกองคลัง)`` under one's own post
        else:
            combined = clean(f"{row.position or ''} {text}") or ""
            row.position = None
            self.set_position(row, REMARK.sub("", combined))  # (``... (ลาป่วย)`` wrapped with it)

    # agenda and resolutions -----------------------------------------------------------------------
    def body_line(self, line: Line, text: str) -> None:
        if CLOSING.match(text) and (find_times(text) or len(text) < 25):
            self.end_time = times_of(text)[0] or self.end_time
            self.close_resolution()
            self.state = "end"
            return
        if CLOSING_AT.search(text):
            # Said in a sentence (ประธานกล่าวปิดการประชุม เวลา ...): the last one is the end.
            self.end_time = times_of(text)[0] or self.end_time
            self.close_resolution()
        if (OPENING.match(text) or (OPENING_AT.search(text) and not self.items)) and find_times(text):
            if self.start_time is None or not RESUMED.search(text):
                self.start_time, _ = times_of(text)  # (``เริ่มประชุมต่อ เวลา 13.30 น.`` after a break: not the start)
            return
        bracketed = BRACKETED_SUB_ITEM.match(text) if self.top is not None else None
        if bracketed and self.top is not None:
            # ``(๒) ...`` under ``ระเบียบวาระที่ ๔``: sub-item 4.2, when it is the next one
            subs = [i for i in self.items if i.item_no.startswith(f"{self.top.item_no}.") and i.item_no.count(".") == 1]
            numbered = SUB_ITEM.match(f"{self.top.item_no}.{int(bracketed['sub'])} {bracketed['rest']}")
            first = int(bracketed["sub"]) == 1 and not subs
            following = self.bracketed_top == self.top.item_no and int(bracketed["sub"]) == len(subs) + 1
            if numbered and line.index not in self.listed and (first or following) and self.is_new_sub(numbered):
                self.bracketed_top = self.top.item_no
                self.open_sub_item(numbered, line)
                return
        if self.pending_title is not None and self.take_title_line(text):
            return
        heading, self.wrapped_heading = self.wrapped_heading, None
        full = heading is not None and len(heading.title) >= FULL_HEADING  # (it filled its line)
        chained, self.chained = self.chained, False
        # (a line standing where the heading's title starts is its rest: ``๔.๒ ญัตติ...`` / ``    โครงการ...``)
        hanging = (
            self.title_column is not None and abs(self.indent - self.title_column) <= 1 and not BODY_OPENER.match(text)
        )
        if heading is not None and self.indented and self.heading_goes_on(text, full=full or hanging):
            heading.title = self.clean_title(join_title(heading.title, text) if chained else join_wrapped(heading.title, text))
            if self.filled() or AWAITS_AMOUNT.search(heading.title):
                # wrapped again (``... สูบน้ำ`` / ``จำนวน ๒ เครื่อง งบประมาณ`` / ``๙๖,๐๐๐ บาท``)
                self.wrapped_heading, self.chained = heading, True
            return
        wrapping, self.wrapping_title = self.wrapping_title, None
        # where speeches stand indented, a line at the margin under a heading is its title's rest
        flush_rest = (
            not self.indented
            and "\t" not in line.text  # (a speaker's cell beside the speech)
            and self.body_indented
            and self.heading_goes_on(text, full=True)
            and not AGENDA.match(text)
            and not BARE_AGENDA.match(text)
            and not SUB_ITEM.match(HEADED_SUB_ITEM.sub("", text, count=1))
        )
        if (
            wrapping is not None
            and (
                TITLE_GOES_ON.match(text)
                or (YEAR_AFTER_BE.search(wrapping.title) and regex.match(r"25\d\d", text))
                or (NUMBER_WAITING.search(wrapping.title) and regex.match(r"\d", text) is not None)
                or date_goes_on(wrapping.title, text)
                or flush_rest
            )
            and len(text) <= 80
            and not is_structural(text)
            and not SUB_ITEM.match(text)
        ):
            wrapping.title = self.clean_title(join_title(wrapping.title, text))
            # a title wrapped twice: ``... ประจำ`` / ``ปีงบประมาณ พ.ศ. 2570`` / ``(วาระที่ 1 ...)``
            self.wrapping_title = wrapping if len(wrapping.title) <= MAX_WRAPPED_TITLE else None
            if flush_rest:
                self.wrapped_heading = self.wrapping_title  # (its indented rest may follow)
                self.chained = True
            return
        agenda = AGENDA.match(text)
        if agenda and self.is_new_item(agenda):
            self.open_item(str(item_number(agenda)), agenda["rest"], line)
            return
        bare = None if agenda else BARE_AGENDA.match(text)
        if bare is None and agenda is None and self.heading_kind == "bare" and self.top is not None and self.resolved(self.top):
            # (once the items are headed so and this one's resolution is read, any topic; in a
            # speech a numbered list of topics is no heading)
            bare = BARE_AGENDA_DOTLESS.match(text)
        if bare and self.is_next_bare(bare, line):
            self.open_item(bare["no"], bare["rest"], line)
            return
        unnumbered = None if agenda or bare else UNNUMBERED_AGENDA.match(text)
        if unnumbered:
            # OCR lost the heading's lone digit (``ระเบียบวาระที่ | เรื่อง...``): the next number
            self.open_item(str(int(self.top.item_no) + 1 if self.top else 1), unnumbered["rest"], line)
            return
        sub = SUB_ITEM.match(HEADED_SUB_ITEM.sub("", text, count=1))
        if (
            sub
            and self.top is not None
            and sub["top"] != self.top.item_no
            and sub["rest"]
            and not NOT_A_TITLE.match(sub["rest"])
            and self.skipped_one(int(sub["top"]))
        ):
            self.renumber_top(sub["top"])  # its sub-items say which number the heading had
        if sub and self.top is not None and sub["top"] != self.top.item_no and self.misread_first_sub(sub):
            # ``6.1`` right under ระเบียบวาระที่ 4 (a scan's 4 read as 6): the item's first sub-item
            sub = SUB_ITEM.match(f"{self.top.item_no}{sub.group()[len(sub['top']) :]}")
        if sub and self.top is not None and sub["top"] == self.top.item_no and self.is_new_sub(sub):
            self.open_sub_item(sub, line)
            return
        if sub is None and self.top is not None and (spoken := self.spoken_sub_item(line)) is not None:
            self.open_sub_item(spoken, line)  # ``ประธานสภาฯ | 1.1 ผลการจัดงาน...``: the speaker opens it
            return
        resolution = RESOLUTION.match(text) or RESOLUTION_COLUMN.match(line.text) or self.labelled_decision(text)
        if resolution:
            self.open_resolution(clean(resolution["rest"].replace("\t", " ")) or "", line)
            self.add_body(text, line.page_no)
            return
        self.continue_resolution(line, text)
        self.add_body(text, line.page_no)

    def resolved(self, item: Item) -> bool:
        """Whether a resolution of ``item`` (or of one of its sub-items) has been read."""
        return any(r.item_no is not None and (r.item_no == item.item_no or r.item_no.startswith(f"{item.item_no}.")) for r in self.resolutions)

    def add_body(self, text: str, page_no: int) -> None:
        if self.current is not None:
            self.current.body.append(text)
            self.current.prose.append((text, page_no, self.indent))

    def decided_in_prose(self) -> None:
        """An item closed without a resolution whose paragraph ends with the meeting's decision
        in a sentence of its own (``... เป็นเงิน 32,500 บาท ที่ประชุมมีมติเป็นเอกฉันท์อนุมัติ...``,
        ``... ให้ฝ่ายเลขานุการ ที่ประชุมรับทราบ``): that sentence to its paragraph's end is
        a resolution (the last such, where a paragraph says it more than once; one per paragraph
        where several paragraphs end so)."""
        item = self.current
        if item is None:
            return
        # (after a resolution the item has already, a later paragraph's decision in prose is another:
        # ``ที่ประชุมมีมติเห็นชอบรับหลักการ...`` / ``ต่อมา ... ที่ประชุมมีมติเห็นชอบให้คณะกรรมการแปรญัตติ...``)
        read = [part for r in self.resolutions if r.item_no == item.item_no for part in r.parts if part]
        last_read = max((k for k, (text, _, _) in enumerate(item.prose) if any(part in text for part in read)), default=-1)
        if read and last_read < 0:
            return
        found = [
            (k, match.start(), page_no, indent)
            for k, (text, page_no, indent) in enumerate(item.prose)
            if k > last_read
            for match in PROSE_DECISION.finditer(text)
        ]
        # each paragraph's last decision (a paragraph ends where a line is indented further):
        # decisions in paragraphs of their own are resolutions of their own (a bill's first
        # reading, then its scrutiny committee)
        kept = [
            (k, start, page_no, indent)
            for n, (k, start, page_no, indent) in enumerate(found)
            if not any(later_k == k or not any(item.prose[j][2] > indent for j in range(k + 1, later_k + 1)) for later_k, *_ in found[n + 1 :])
        ]
        for n, (k, start, page_no, indent) in enumerate(kept):
            if REPORTED_DECISION.search(item.prose[k][0][max(0, start - REPORT_REACH) : start]):
                continue  # (another body's decision reported: ``ประชาคม... ที่ประชุมมีมติ...``)
            until = kept[n + 1][0] if n + 1 < len(kept) else len(item.prose)
            after = item.prose[k + 1 : until]
            if any(is_speaker_line(text) or SPEAKER_ROLE.match(cells(text)[0]) for text, _, _ in after):
                continue  # someone speaks after it: a decision reported in a speech, not the meeting's
            parts = [item.prose[k][0][start:]]
            for text, _, later in after:
                if later > indent:
                    break  # (an indented line opens the next paragraph)
                parts.append(text)
            seq = 1 + sum(1 for r in self.resolutions if r.item_no == item.item_no)
            self.resolutions.append(Res(item_no=item.item_no, seq=seq, page_no=page_no or item.page_no, parts=parts, open=False))

    def only_listed(self) -> bool:
        """Whether the items read so far are an agenda overview printed above the attendance
        lists or the body (headings only, nothing said under them)."""
        return bool(self.items) and not self.resolutions and not any(item.body for item in self.items)

    def forget_listing(self) -> None:
        self.items.clear()
        self.top = self.current = self.pending_title = None

    def is_next_bare(self, match: regex.Match[str], line: Line) -> bool:
        """A bare ``N. เรื่อง...`` heads an item when it is the next number, no heading read
        ระเบียบวาระ or วาระ and it is indented no deeper than the first such heading (else it is
        a list inside what someone said)."""
        if self.heading_kind not in ("", "bare"):
            return False
        if int(match["no"]) != (int(self.top.item_no) + 1 if self.top is not None else 1):
            return False
        indent = self.indent
        if self.bare_indent is not None and indent > self.bare_indent + 2:
            return False
        self.heading_kind = "bare"
        self.bare_indent = indent if self.bare_indent is None else self.bare_indent
        return True

    def is_new_item(self, match: regex.Match[str]) -> bool:
        number = item_number(match)
        if self.heading_kind == "bare":
            # headings read ``๑. เรื่อง...``: a ``ระเบียบวาระที่ ๑`` means the bare ones were a
            # list said before the agenda (they go); a later ``วาระที่ 3`` is a reference
            if number != 1:
                return False
            self.forget_listing()
            self.resolutions.clear()
            self.heading_kind, self.bare_indent = "", None
        if self.top is not None and number <= int(self.top.item_no) and self.only_listed():
            self.forget_listing()  # the body repeats the overview's items
        if self.top is None:
            self.heading_kind = heading_kind(match)
            return True
        # Headings that read เรื่องที่ N (a board's minutes) only where no heading read วาระ.
        if heading_kind(match) == "เรื่อง" and self.heading_kind != "เรื่อง":
            return False
        # Once headings read ระเบียบวาระ, a bare วาระที่ N is a speaker's reference to an item.
        # (unless it reads like a heading: ``วาระที่ 3 : เรื่องอื่นๆ``).
        if self.heading_kind == "ระเบียบวาระ" and heading_kind(match) != self.heading_kind:
            after = match.string[match.end("no") :]
            if not regex.match(r"\s*(?:[:.)\-–]|เรื่อง|$)", after):
                return False
        if number == int(self.top.item_no) and self.skipped_one(number - 1) and heading_kind(match) == self.heading_kind:
            self.renumber_top(str(number - 1))  # OCR read ๔ as ๕ on the heading before: it was 4
            return True
        # The speaker repeats the item's own number (วาระที่ 2 เรื่อง ...): not a new item.
        return number > int(self.top.item_no)

    def skipped_one(self, number: int) -> bool:
        """Whether the current item's number skipped ``number`` (the items before it end at
        ``number - 1`` and none is ``number``): a digit OCR misread on its heading (as the next
        number, or as a digit of like shape)."""
        tops = [item.item_no for item in self.items if "." not in item.item_no]
        return (
            self.top is not None
            # (or read as a digit of like shape: ``ระเบียบวาระที่ 6`` over ``4.1``, ``4.2`` after item 3)
            and (self.top.item_no == str(number + 1) or frozenset((self.top.item_no, str(number))) in LOOKALIKE_DIGITS)
            and str(number) not in tops
            and len(tops) >= 2
            and tops[-2] == str(number - 1)
        )

    def renumber_top(self, number: str) -> None:
        """The current item and what hangs under it take the number it should have had."""
        assert self.top is not None
        old = self.top.item_no
        for item in self.items:
            if item.item_no == old or item.item_no.startswith(f"{old}."):
                item.item_no = number + item.item_no[len(old) :]
        for res in self.resolutions:
            if res.item_no is not None and (res.item_no == old or res.item_no.startswith(f"{old}.")):
                res.item_no = number + res.item_no[len(old) :]

    def misread_first_sub(self, match: regex.Match[str]) -> bool:
        """A first sub-item (``N.1``) whose number's top a scan misread as a digit of like shape,
        right under the heading of an item that follows the one before it."""
        assert self.top is not None
        top, item = match["top"], self.top.item_no
        tops = {i.item_no for i in self.items if "." not in i.item_no}
        return (
            match["sub"] == "1"
            and bool(match["rest"])
            and not NOT_A_TITLE.match(match["rest"])
            and len(top) == len(item) == 1
            and frozenset((top, item)) in LOOKALIKE_DIGITS
            # right under its item's heading (no line of its body between: a list it quotes,
            # ``ยุทธศาสตร์ที่ 6 ... ดังนี้`` / ``6.1 ...``, is the body's)
            and self.current is self.top
            and not self.top.body
            # ... an item that follows the one before it (else the heading's digit is the misread one)
            and (item == "1" or str(int(item) - 1) in tops)
            and not any(i.item_no.startswith(f"{item}.") for i in self.items)
            and not self.resolved(self.top)
        )

    def spoken_sub_item(self, line: Line) -> regex.Match[str] | None:
        """The sub-item a speaker's line opens, its heading in the speech column after the
        speaker's post (``ประธานสภาฯ | 1.1 ผลการจัดงาน...``, ``นายก อบต. | 5.2 ญัตติ ...``)."""
        label, tab, rest = line.text.strip().partition("\t")
        if not tab or self.top is None or not SPEAKER_ROLE.match(clean(label) or ""):
            return None
        spoken = SUB_ITEM.match(clean(rest.replace("\t", " ")) or "")
        if spoken is None or spoken["top"] != self.top.item_no or not spoken["rest"] or NOT_A_TITLE.match(spoken["rest"]):
            return None
        return spoken if self.is_new_sub(spoken) else None

    def is_new_sub(self, match: regex.Match[str]) -> bool:
        rest = match["rest"]
        if not rest or NOT_A_TITLE.match(rest):
            return False
        path = sub_path(match)
        parent = ".".join(path.split(".")[:-1])
        if parent.count(".") and not any(item.item_no == parent for item in self.items):
            return False  # 3.2.1 only under a 3.2 that was opened
        siblings = [
            int(item.item_no.rsplit(".", 1)[1])
            for item in self.items
            if item.item_no.startswith(f"{parent}.") and item.item_no.count(".") == path.count(".")
        ]
        # (a number far past the last, ``1.26 คะแนน`` after 1.1, is a wrapped sentence's)
        number = int(path.rsplit(".", 1)[1])
        return number > siblings[-1] and number <= siblings[-1] + SUB_ITEM_SKIP if siblings else True

    def open_item(self, number: str, rest: str, line: Line) -> None:
        self.decided_in_prose()
        self.close_resolution()
        title = self.clean_title(rest)
        item = Item(item_no=str(int(number)), title=title, page_no=line.page_no)
        self.items.append(item)
        self.top = self.current = item
        self.pending_title = item if not title or DANGLING.search(title) else None
        self.wrapping_title = item if self.pending_title is None else None

    def open_sub_item(self, match: regex.Match[str], line: Line) -> None:
        self.decided_in_prose()
        self.close_resolution()
        rest = match["rest"]
        colon = regex.search(r"\s[:：]\s", rest)
        if colon and colon.start() > 5:
            rest = rest[: colon.start()]
        item = Item(
            item_no=sub_path(match),
            title=self.clean_title(rest),
            page_no=line.page_no,
        )
        self.items.append(item)
        self.current = item
        self.pending_title = None
        start = line.text.find(match["rest"][:12]) if match["rest"] else -1
        # (a heading that wrapped reached far along its line; a short one over speeches that stand
        # where its title starts has none)
        long_line = bool(self.line_width) and self.reach >= HANGING_REACH * self.line_width
        self.title_column = self.indent + display_columns(line.text[:start]) if start > 0 and long_line else None
        # (or the heading reached its line's end: a page wrapped it, however short its title)
        self.wrapped_heading = item if len(item.title) >= WRAPPING_HEADING or self.filled() else None
        self.chained = self.filled()
        self.wrapping_title = item  # ``... (ITA)`` / ``ประจำปีงบประมาณ พ.ศ. 2568``

    def filled(self) -> bool:
        """Whether the line being read reached its line's end (a page wrapped what follows)."""
        return bool(self.line_width) and self.reach >= FILLED_LINE * self.line_width

    @staticmethod
    def heading_goes_on(text: str, full: bool = False) -> bool:
        """A short indented line after a long indented heading is the rest of its title, not
        the first words of a speech (a dash, a number, a label or a sentence that runs on);
        after a heading that filled its line (``full``) the rest may be as long as a line."""
        return (
            (len(text) <= WRAPPED_TAIL or (full and len(text) <= FULL_TAIL and not SPEECH_VERB.search(text)))
            and "\t" not in text
            and (not regex.match(r"[-–•(\d๐-๙]", text) or bool(AMOUNT_ALONE.fullmatch(text)))
            and not SPEECH_OPENING.match(text)
            and not ITEM_BODY.match(text)
            and (not is_structural(text) or bool(BILL_READING.match(text)))
            and not SUB_ITEM.match(text)
            and not SPEAKER_ROLE.match(text)
            # (a speaker's name on its own line under the heading: ``ดร.ซูไฮมี ลาเต๊ะ (ออนไลน์)``)
            and not SPEAKER_NAME_LINE.fullmatch(text)
        )

    @staticmethod
    def clean_title(text: str) -> str:
        text = clean(text) or ""
        if (bracketed := WHOLE_IN_BRACKETS.fullmatch(text)) is not None:
            text = bracketed["title"]  # ``ระเบียบวาระที่ ๑ (เรื่องที่ประธานแจ้ง...)``
        text = TOPIC.sub("", LEADING_SPECKS.sub("", text), count=1)  # (``« เรื่อง อื่น ๆ``: a scan's speck)
        text = TRAILING.sub("", text).strip()
        # ``อื่น ๆ`` (the last item's title) as a scan leaves it: ``อืน ๆ``, ``Ou ๆ``
        other = OTHER_MATTERS.fullmatch(text)
        return f"อื่น{other['gap']}ๆ" if other else text

    def take_title_line(self, text: str) -> bool:
        """The title of an item whose heading line had none (or stopped mid-phrase)."""
        item = self.pending_title
        self.pending_title = None
        if item is None or is_structural(text) or is_speaker_line(text) or SPEAKER_ROLE.match(text) or ITEM_BODY.match(text):
            return False
        if (sub := SUB_ITEM.match(text)) and sub["top"] == item.item_no and sub["rest"]:
            return False  # its first sub-item (``3.1 สำนักปลัดเทศบาล``), not the rest of its title
        if not item.title:
            if TOPIC.match(text) or len(text) <= 80:
                item.title = self.clean_title(text)
                self.pending_title = item if DANGLING.search(item.title) else None
                self.wrapping_title = item if self.pending_title is None else None
                return True
            return False
        if len(text) <= 80:
            item.title = self.clean_title(f"{item.title} {text}")
            return True
        return False

    def open_resolution(self, rest: str, line: Line) -> None:
        self.close_resolution()
        self.vote_labels = []
        item_no = self.current.item_no if self.current else None
        seq = 1 + sum(1 for r in self.resolutions if r.item_no == item_no)
        res = Res(item_no=item_no, seq=seq, page_no=line.page_no)
        rest = rest.strip(" :：-–")
        if rest:
            res.parts.append(rest)
        res.bare = not rest
        self.resolutions.append(res)

    def continue_resolution(self, line: Line, text: str) -> None:
        if self.resolutions and self.read_vote_table(line):
            return
        if not self.resolutions or not self.resolutions[-1].open:
            return
        res = self.resolutions[-1]
        point = DECISION_POINT.match(text.strip())
        if point is not None and TALLY_POINT.match(point["rest"]):
            point = None  # ``๑. เห็นชอบ ๑๐ เสียง`` / ``๒. ไม่เห็นชอบ ๒ เสียง``: one decision's tally, numbered
        if point is not None and (res.bare or res.point) and int(point["no"]) == res.point + 1:
            # decisions numbered under a bare label (``มติที่ประชุม`` / ``๑. คำแปรญัตติที่ ๑ เห็นด้วย...``
            # / ``๒. ... ไม่เห็นด้วย...``): each its own resolution
            if res.point:
                if res.point == 1 and res.parts and (first := DECISION_POINT.match(res.parts[0])):
                    res.parts[0] = first["rest"]  # (the first point's number, kept while it might be the only decision)
                self.open_resolution(point["rest"], line)
                res = self.resolutions[-1]
            else:
                res.parts.append(text.strip())
            res.point = int(point["no"])
            return
        first = cells(line.text)[0]
        if (
            is_structural(text)
            or is_speaker_line(text)
            or is_speaker_line(first)
            or SPEAKER_ROLE.match(first)
            or SPEECH.match(text)
            or (res.parts and SUMMARY_LINE.match(text.strip()) and not TRAILING.search(res.parts[-1]))
        ):
            res.open = False
            return
        if res.parts and POINT_LINE.match(text) and not TRAILING.search(res.parts[-1]):
            res.open = False  # the next point (``๒) ญัตติ...``) after a decision that asked for no list
            return
        previous = self.previous
        gap = previous is not None and line.index - previous.index > 1 and line.page_no == previous.page_no
        if res.parts and gap and self.gaps_mean_paragraphs and not TRAILING.search(res.parts[-1]):
            res.open = False
            return
        res.parts.append(text.strip(" :：-–") if not res.parts else text)

    def read_vote_table(self, line: Line) -> bool:
        """A vote table under a resolution (``เห็นชอบ (เสียง) | ไม่เห็นชอบ (เสียง) | งดออกเสียง
        (เสียง) | รวม (เสียง)`` / ``8 | - | 1 | 9``): no words of it; its count goes with the
        resolution, which the count decides."""
        row = [c.strip() for c in line.text.split("\t") if c.strip()]
        if self.current is None or self.resolutions[-1].item_no != self.current.item_no:
            return False  # (a table under a later item's discussion counts no earlier resolution)
        labelled = sum(1 for c in row if VOTE_LABEL.match(c))
        # (every cell a vote's label; one a scan garbled past it, ``เห๕นชอบ (เสียง)``, among three or more)
        if len(row) >= 2 and labelled >= 2 and labelled >= len(row) - (len(row) >= 3):
            self.resolutions[-1].open = False
            self.vote_labels = [VOTE_UNIT.sub("", c).strip() for c in row]
            return True
        if len(row) == 2 and VOTE_ROWS_HEADER.match(row[0]) and VOTE_ROWS_COUNT.match(row[1]):
            # ``ผลการลงมติ | จำนวน (เสียง)`` over ``อนุมัติ | 5`` ...: the labels down a column
            self.resolutions[-1].open, self.votes_down = False, True
            return True
        if self.votes_down and len(row) == 2 and VOTE_LABEL.match(row[0]) and VOTE_COUNT.fullmatch(row[1]):
            label, n = VOTE_UNIT.sub("", row[0]).strip(), "0" if row[1] in "-–—" else row[1]
            if not label.startswith("รวม"):
                self.resolutions[-1].votes = f"{self.resolutions[-1].votes} {label} {n} เสียง".strip()
            return True
        self.votes_down = False
        labels, self.vote_labels = self.vote_labels, []
        if labels and len(row) == len(labels) and all(VOTE_COUNT.fullmatch(c) for c in row):
            counted = [(label, "0" if c in "-–—" else c) for label, c in zip(labels, row, strict=True)]
            self.resolutions[-1].votes = " ".join(
                f"{label} {n} เสียง" for label, n in counted if not label.startswith("รวม")
            )
            return True
        return False

    def close_resolution(self) -> None:
        if self.resolutions:
            self.resolutions[-1].open = False


# Minutes kept as one ruled table: ``วาระ | เรื่อง / สาระสำคัญ | มติที่ประชุม``, an item per
# numbered row, its points and its resolution's wrapped rest on the rows under it.
# (``ที``, ``ระเบียบวาะ``, ``ระเบียบวาะะ``: a scan)
AGENDA_TABLE_NUMBER = regex.compile(
    r"^(?:ระเบียบ\s*)?วา[ระ]ะ?(?:\s*ที\u0e48?)?$|^ระเบียบ\s*ว\S{0,3}$|^ลำดับ(?:\s*ที\u0e48?)?$|^ข้อ$|^ที\u0e48?$"
)
AGENDA_TABLE_TOPIC = regex.compile(r"^(?:เร\u0e37?\u0e48?อง|หัวข้อ)|สาระ")  # (``เรอง/ สาระสาคญ``: a scan)
AGENDA_TABLE_RESOLUTION = regex.compile(r"^มติ")
HEADER_SPECKS = regex.compile(r"^(?:[A-Za-z0-9'\".,;:|\-]{1,4}\s+)+")
AGENDA_TABLE_ITEM = regex.compile(r"^(?P<top>\d{1,2})(?P<sub>(?:[.,]\d{1,2}){0,2})\.?$")  # (``๔,๑``: a scan's comma)
NO_RESOLUTION = regex.compile(r"^[-–—]*$")
RESOLUTION_WRAP = 30  # characters: the most a resolution column's wrapped line holds


def results_labelled(lines: Sequence[Line]) -> bool:
    """Minutes that label their decisions ``ผลการพิจารณา :`` and never ``มติ``."""
    texts = [clean(line.text.replace("\t", " ")) or "" for line in lines]
    return any(RESULT_LABEL.match(t) for t in texts) and not any(
        RESOLUTION.match(t) or RESOLUTION_COLUMN.match(line.text) for t, line in zip(texts, lines, strict=True)
    )


def agenda_table_columns(text: str) -> tuple[int, int, int] | None:
    """(number, topic, resolution) columns of an agenda table's header row, or ``None``."""
    # (a scan's specks before a header's label: ``4 เรื่อง / สาระสำคัญ``, ``aad มติที่ประชุม``)
    row = [HEADER_SPECKS.sub("", c) for c in cells(text)]
    number = next((k for k, c in enumerate(row) if AGENDA_TABLE_NUMBER.match(c)), None)
    topic = next((k for k, c in enumerate(row) if AGENDA_TABLE_TOPIC.search(c)), None)
    resolution = next((k for k, c in enumerate(row) if AGENDA_TABLE_RESOLUTION.match(c)), None)
    if number is None or topic is None or resolution is None or not number < topic < resolution:
        return None
    return number, topic, resolution


def titled_apart(text: str) -> bool:
    """An agenda table whose titles have a column of their own beside the points' (``วาระ |
    เรื่อง | สาระสำคัญ | มติที่ประชุม``): a title wrapped down its cell is the title's rest, the
    points below are the item's body."""
    row = [HEADER_SPECKS.sub("", c) for c in cells(text)]
    return sum(1 for c in row if AGENDA_TABLE_TOPIC.search(c)) >= 2 or detail_column(text)


def detail_column(text: str) -> bool:
    """An agenda table with a column of what was done between its topics and its resolutions
    (``ที่ | เรื่อง/ข้อสั่งการ | ผลการดำเนินงาน | มติที่ประชุม``): its titles wrap down their own
    column, and a row's cells stand where they are (a row under an item that fills two cells
    fills the topic's and the results', not the resolution's)."""
    columns = agenda_table_columns(text)
    row = [HEADER_SPECKS.sub("", c) for c in cells(text)]
    return columns is not None and any(DETAIL_COLUMN.match(c) for c in row[columns[1] + 1 : columns[2]])


def beyond_column(text: str, longest: int) -> bool:
    """A line under an agenda table that is no row of it: one cell, wider than any of the table's
    cells so far by half (the minutes' text going on under the table, indented)."""
    filled = [c for c in cells(text) if c]
    return len(filled) == 1 and longest > 0 and display_columns(filled[0]) > max(TABLE_CELL_WIDEST, 1.5 * longest)


TABLE_CELL_WIDEST = 40  # display columns: a cell of an agenda table's narrow columns is never wider


DETAIL_COLUMN = regex.compile(r"^(?:ผล\s*การ\s*(?:ดำเนิน|ปฏิบัติ)|รายละเอียด|ความ\s*คืบ\s*หน้า)")


BULLET_POINT = regex.compile(r"^[-–•▪]\s*\S")


def title_goes_on(topic: str, after: Sequence[Line], columns: tuple[int, int, int]) -> bool:
    """Whether an agenda table's unbulleted row under an item's heading is its title's wrapped
    rest: the item's points below it are bulleted (its first one still to come)."""
    if BULLET_POINT.match(topic) or TRAILING.search(topic) or SPEECH.match(topic) or SPEAKER_ROLE.match(topic.split()[0]):
        return False  # (a lead-in to the points, ``ประธานแจ้งให้ที่ประชุมทราบ ดังนี้``, is no title)
    for line in after:
        row = cells(line.text)
        number, point = (row[k] if k < len(row) else "" for k in columns[:2])
        if number or "\t" not in line.text:
            return False
        if point:
            return bool(BULLET_POINT.match(point))
    return False


def agenda_table_lines(lines: Sequence[Line]) -> list[Line]:
    """Minutes whose agenda is one ruled table, written out as minutes print it otherwise: a
    heading line per numbered row, the topic column's points as indented lines, and the
    resolution column's text (wrapped down the rows, across a page) as one ``มติที่ประชุม``
    line after them. Other lines pass unchanged."""
    out: list[Line] = []
    columns: tuple[int, int, int] | None = None
    resolution: list[str] = []
    at: Line | None = None
    apart = False  # the titles in a column of their own
    pointed = False  # the item's first point was written out (under the points column's label)
    heading_at: int | None = None  # the item's heading in ``out`` while its title may go on
    detailed = False  # a column of what was done between the topics and the resolutions
    longest = 0  # display width of the widest cell left of the resolutions so far

    def close() -> None:
        nonlocal resolution
        text = " ".join(part for part in resolution if part)
        if at is not None and text and not NO_RESOLUTION.match(text):
            out.append(replace(at, text=f"\tมติที่ประชุม {text}"))
        resolution = []

    for k, line in enumerate(lines):
        header = agenda_table_columns(line.text) if "\t" in line.text else None
        if header is not None:
            columns, apart = header, titled_apart(line.text)  # (the header again on a later page)
            detailed, longest = detail_column(line.text), 0
            continue
        if columns is None:
            out.append(line)
            continue
        if (
            "\t" not in line.text
            or AGENDA_ITEM.match(line.text)
            or CLOSING.match(line.text)  # (``ปิดประชุม  เวลา 11.45 น.`` under the table: its gap read as a cell)
            or (detailed and beyond_column(line.text, longest))
        ):
            if not line.text.strip():
                continue
            close()
            columns, at = None, None
            out.append(line)
            continue
        row = cells(line.text)
        longest = max([longest, *(display_columns(c) for c in row[1 : columns[2]])])
        number, topic, said = (row[k] if k < len(row) else "" for k in columns)
        in_title_column = topic  # (before a short row's cells are taken by what they hold)
        if not number and len(filled := [c for c in row if c]) <= 2 and not detailed:
            # a row under an item: its cells by what they hold, not where (a point's indent
            # reads as one more column); one short cell goes on a resolution still running
            lone = len(filled) == 1 and len(filled[0]) <= RESOLUTION_WRAP and bool(resolution and resolution[-1])
            topic, said = ("", filled[0]) if lone else [*filled, "", ""][:2]
        item = AGENDA_TABLE_ITEM.match(number)
        if item:
            close()
            at = line
            heading = f"ระเบียบวาระที่ {item['top']} {topic}" if not item["sub"] else f"{number.rstrip('.').replace(',', '.')} {topic}"
            out.append(replace(line, text=heading))
            heading_at, pointed = (len(out) - 1 if apart else None), False
        elif topic and heading_at is not None and apart:
            if topic == in_title_column:
                out[heading_at] = replace(out[heading_at], text=f"{out[heading_at].text} {topic}")  # the title's rest
            else:
                # a point: the item's body, its first under the column's label (a labelled field
                # no title goes on into)
                out.append(replace(line, text=f"\t{topic}" if pointed else f"\tสาระสำคัญ {topic}"))
                pointed = True
        elif topic and heading_at is None and at is not None and out[-1].index == at.index and title_goes_on(topic, lines[k + 1 :], columns):
            # the title's wrapped rest: a row under the heading's, before the item's first bullet
            # (``3.1 | (ร่าง) มาตรการ...`` / ``| ภายในหน่วยงาน ประจำปี... |`` / ``| - เลขานุการเสนอ...``)
            out[-1] = replace(out[-1], text=f"{out[-1].text} {topic}", index=line.index)
            at = replace(at, index=line.index)
        elif topic:
            out.append(replace(line, text=f"\t{topic}"))
        resolution.append(said)
    close()
    return out


# a number opening a listed person inside a cell (``... บุญประคอง = ๒ นายสมาน ...``, ``... บุตรศรี ๖)``)
NUMBER_INSIDE = regex.compile(r"(?<=\s)\(?(?P<no>\d{1,3})\s*[.)]?(?=\s|$)")


def cut_at_numbers(row: list[str], name_below: bool) -> list[str]:
    """A row's cells cut where a cell goes on to the next number of the list: a scan left no
    column gap between people listed several to a line. ``name_below``: the next line is a
    name without a number (a number at the row's end may be its)."""
    out: list[str] = []
    last: int | None = None
    for cell in row:
        if (opening := ROW_NUMBER.match(cell.strip())) is not None:
            last = int(opening["no"])
        start = 0
        for found in NUMBER_INSIDE.finditer(cell):
            after = cell[found.end() :].strip()
            if last is None or int(found["no"]) != last + 1:
                continue
            # a name after it, or the row's end over a name (``หมู่ที่ ๓`` over ``๔ นาย...`` is none)
            if (split_prefix(after)[0] is None) if after else not name_below:
                continue
            out.append(cell[start : found.start()].rstrip(" =-"))
            start, last = found.start(), last + 1
        out.append(cell[start:])
    return out


def labelled_cells(row: list[str]) -> tuple[list[str], str | None]:
    """An attendance row's cells with their labels read (``ตำแหน่ง ผู้ใหญ่บ้าน | หน้าที่
    ประธานกรรมการ``): a label alone in its cell joined to the next, a post's own ``ตำแหน่ง...``
    kept with it, the post's cell before the duty's, the labels dropped; and the role the
    ``หน้าที่`` cell names, whatever its words. The first cell (number and name) is left."""
    row = list(row)
    for k in range(len(row) - 2, 0, -1):
        if row[k].strip() in ("ตำแหน่ง", "หน้าที่"):
            row[k : k + 2] = [f"{row[k]} {row[k + 1]}"]  # (``หน้าที่ | กรรมการ``: the label apart)
    for k in range(len(row) - 1, 1, -1):
        if GLUED_POST_LABEL.match(row[k]) and POSITION_START.match(row[k - 1]):
            # ``พนักงานจ้างทั่วไป ตำแหน่งนักการภารโรง``: the post's own words, no label of a cell
            row[k - 1 : k + 1] = [f"{row[k - 1]} {row[k]}"]
    duty = next((k for k, c in enumerate(row) if k and c.startswith("หน้าที่")), None)
    post = next((k for k, c in enumerate(row) if k and c.startswith("ตำแหน่ง")), None)
    if duty is not None and post is not None and duty < post:
        row[duty], row[post] = row[post], row[duty]  # (the labels say which is which)
    role = next((CELL_LABEL.sub("", c) for c in row[1:] if c.startswith("หน้าที่")), None)
    return row[:1] + [CELL_LABEL.sub("", c) for c in row[1:]], role


def absent_column(header: str) -> int | None:
    """The index of a roll call's header cell for who did not come (``มา | ไม่มา``), if any."""
    found = ABSENT_TICK_HEADER.search(header)
    return None if found is None else header[: found.start("absent")].count("\t")


def ticked_second(raw: str, absent_at: int) -> bool:
    """A roll call's row ticked in its second tick column (``... | อสม. หมู่ ๒ |  | ☑ | ลาป่วย``):
    the cell before the tick blank or an empty box, and the tick no further left than the
    header's ``ไม่มา`` (a row may split its name over two cells, never join two)."""
    row = [cell.strip() for cell in raw.split("\t")]
    ticks = [k for k, cell in enumerate(row) if cell == TICK]
    return bool(ticks) and ticks[-1] >= max(2, absent_at) and row[ticks[-1] - 1] in ("", NO_TICK)


def joined_to_prefix(prefix: str, cell: str, name: str) -> str:
    """A name joined to the prefix in the cell before it, as printed: a scan's speck beside the
    prefix dropped (``นายย``, ``นาง %``), a letter of the name that strayed into it kept
    (``นาง ส | มศรี``)."""
    stray = cell.replace(" ", "")[len(prefix.replace(" ", "")) :]
    lead = stray if regex.fullmatch(r"[ก-ฮ]", stray) and stray != prefix[-1] else ""
    return f"{prefix}{lead}{name}"


def numbers_wrapped_to_names(lines: Sequence[Line]) -> list[Line]:
    """People listed several to a line: cells cut at each next number (``cut_at_numbers``),
    and a last number the page wrapped from its name (``(๑) นายทองดี ... | (๒) นายสมาน ... |
    (๓)`` / ``นางลำดวน  สายทอง``) goes down to the name."""
    out = list(lines)
    for k in range(len(out)):
        row = out[k].text.rstrip().split("\t")
        # (a list of people: a cell that numbers a named person, not ``๓.๑ โครงการ... หมู่ที่ ๔``)
        if not any((m := ROW_NUMBER.match(c.strip())) and split_prefix(c.strip()[m.end() :].strip())[0] for c in row):
            continue
        below = out[k + 1].text.strip() if k + 1 < len(out) else ""
        name_below = not ROW_NUMBER.match(below) and split_prefix(below)[0] is not None
        row = cut_at_numbers(row, name_below)
        last = ROW_NUMBER.fullmatch(row[-1].strip()) if len(row) >= 2 else None
        if (
            name_below
            and last is not None
            and any((m := ROW_NUMBER.match(c.strip())) and int(m["no"]) < int(last["no"]) for c in row[:-1])
        ):
            indent = out[k + 1].text[: len(out[k + 1].text) - len(out[k + 1].text.lstrip())]
            out[k + 1] = replace(out[k + 1], text=f"{indent}{row.pop().strip()} {below}")
        if "\t".join(row) != out[k].text.rstrip():
            out[k] = replace(out[k], text="\t".join(row))
    return out


def with_standing_in_joined(row: list[str]) -> list[str]:
    """``... | นายช่างโยธาอาวุโส | แทน | ผอ.กองช่าง``: ``แทน`` typed apart between the post and
    whom its holder stands in for, one cell again (``นายช่างโยธาอาวุโส แทน ผอ.กองช่าง``)."""
    for k in range(1, len(row) - 1):
        if regex.fullmatch(r"(?:มา\s*)?แทน", row[k]) and split_prefix(row[k - 1])[0] is None:
            return [*row[: k - 1], f"{row[k - 1]} {row[k]} {row[k + 1]}", *row[k + 2 :]]
    return row


SESSION_CUT = regex.compile(r"ครั้ง\s*ที่\s*\d{1,2}(?:/\d{2,4})?\s*$")  # (``... สมัยที่ ๓ ครั้งที่ ๑``)
# (``ญัตติของนาย... เรื่อง`` / ``ขอให้...``: a motion's or a question's topic below; not a count,
# ``จำนวน ๒ เรื่อง``)
TOPIC_CUT = regex.compile(r"^(?:ญัตติ|กระทู้).*(?<![\d๐-๙]\s?)(?<!\S)เรื่อง\s*$")


def date_goes_on(head: str, tail: str) -> bool:
    """Whether ``tail`` is the date a title cut after ``เมื่อ``, ``เมื่อวัน`` or a day (``วันที่ 13``)
    goes on with; or the date of the sitting a title cut after its number names (``รับรองรายงาน
    การประชุม... ครั้งที่ ๑`` / ``วันพฤหัสบดีที่ ๑๔ สิงหาคม ๒๕๖๘``); or the topic after ``เรื่อง``."""
    if TOPIC_CUT.search(head):
        return True
    if SESSION_CUT.search(head):
        return regex.match(r"(?:เมื่อ\s*)?วัน", tail) is not None and DATE_LINE.match(tail) is not None and regex.search(r"\d{4}\s*$", tail) is not None
    if DAY_CUT.search(head):
        return regex.match(MONTH_PATTERN, tail) is not None
    cut = CUT_AFTER_WHEN.search(head)
    if cut is None:
        return False
    return regex.match(WEEKDAY_WORDS, tail) is not None if cut["day"] else DATE_LINE.match(tail) is not None


def join_title(head: str, tail: str) -> str:
    """A title and the rest it wrapped to: no space where the line broke inside a word, or
    between ``เมื่อ`` and the day it introduces."""
    cut = CUT_AFTER_WHEN.search(head)
    glued = wrapped_inside_word(head, tail) or (cut is not None and (cut["day"] is not None or tail.startswith("วัน")))
    return f"{head}{'' if glued else ' '}{tail}"


# Words before a date still to come when the minutes were written (``พัฒนากรจะเข้าประเมิน...ในวัน
# พฤหัสบดีที่ ๒๑``, ``กำหนด``, ``ครั้งต่อไป``): no date the meeting came after.
DATE_TO_COME = regex.compile(r"จะ|กำหนด|ต่อ\s*ไป|ถัด\s*ไป|ครั้ง\s*หน้า|ภายใน")


def day_by_weekday(candidates: list[dt.date], lines: Sequence[Line]) -> dt.date | None:
    """The meeting's day where its heading prints the weekday, month and year but a scan
    garbled the day (``วันศุกร์ทีชู มีนาคม 2569``): of the days that weekday falls on
    (``candidates``, ``thai.dates_by_weekday``), the first on or after every date of that month
    the minutes report (``ณ วันที่ ๒๕ มีนาคม``); the one day when the weekday allows one."""
    if len(candidates) == 1:
        return candidates[0]  # (a day read with a digit too many: the weekday and its digits agree on one)
    month = (candidates[0].year, candidates[0].month)
    text = " ".join(flat(line) for line in lines)
    reported = [d for d in all_dates(text, unless_after=DATE_TO_COME) if (d.year, d.month) == month]
    if reported:
        return next((d for d in candidates if d >= max(reported)), None)
    return candidates[0] if len(candidates) == 1 else None


def nearest_reported(candidates: list[dt.date], text: str) -> dt.date | None:
    """Of ``candidates``, the one nearest the middle date ``text`` (the minutes) reports; the
    one candidate when it reports none."""
    reported = sorted(all_dates(text))
    if not reported:
        return candidates[0] if len(candidates) == 1 else None
    middle = reported[len(reported) // 2]
    return min(candidates, key=lambda day: abs((day - middle).days))


def post_over_name(post_line: str, name_line: str) -> str | None:
    """One row from a numbered post line (``๑. | นายก อบต.X | ประธานกรรมการ``) and the
    holder's name on the next line (``นายสุพจน์  ใจคำ``, perhaps a remark beside it), with the
    name's cell first; None when the next line holds no name alone."""
    name_cells = [c for c in cells(name_line) if c.strip()]
    if not name_cells or ROW_NUMBER.match(name_cells[0]):
        return None
    alone = lone_prefix(name_cells[0]) if len(name_cells) > 1 else None
    name = name_cells[0] if alone is None else joined_to_prefix(alone, name_cells[0], name_cells[1])
    rest_of_name = name_cells[1:] if name == name_cells[0] else name_cells[2:]
    prefix, given = split_prefix(name)
    words = given.split()
    if prefix is None or not 1 <= len(words) <= 3:
        return None
    if len(words) == 1 and rest_of_name and regex.fullmatch(r"\p{Thai}+", rest_of_name[0]):
        name, rest_of_name = f"{name} {rest_of_name[0]}", rest_of_name[1:]  # (two spaces between the names)
    post_cells = [c for c in cells(post_line) if c.strip()]
    number = ROW_NUMBER.match(post_cells[0]) if post_cells else None
    if number is None:
        return None
    post_cells[0] = post_cells[0][number.end() :].strip()
    post = [c for c in post_cells if c]
    return "\t".join([number.group().strip(), name, *post, *rest_of_name])


def group_role(text: str) -> str | None:
    """The role a line heading a group of people names (``คณะทำงาน``), as printed, without
    what a scan added (a speck after it, a space inside ``คณะท ํางาน``); None for another line."""
    words = recompose_sara_am("".join(text.rstrip(" .,'`:;-").split()))
    if not GROUP_ROLE.fullmatch(words):
        return None
    return words if GROUP_ROLE.fullmatch(text.strip()) is None else text.strip()


# A name's cell holding a bracketed aside after the given name (the next column's wrapped end).
BRACKETED_ASIDE = regex.compile(r"(?P<name>(?:\d{1,3}\s*[.)]\s*)?\S+)\s+(?P<aside>\((?:พนักงาน|ลูกจ้าง|รักษา|ปฏิบัติ|แทน)[^()]{0,30}\))")


PAIR_LINE = 90  # characters: the longest line of a pair's blocks (two posts side by side)
PAIR_SLACK = 4  # display columns a block's line may start left of its names (``   9. นาย...`` over ``ผู้แทน...``)
BLOCK_ENDING = regex.compile(r"ประชุม|กล่าว")  # (the list over: ``ครบองค์ประชุม``, ``ประธานกล่าวเปิด...``)


def placed_cells(placed: Sequence[Cell]) -> list[float]:
    """Display columns where the non-empty cells of a line start."""
    return [cell.x0 for cell in placed if cell.text.strip()]


def side_by_side(text: str) -> tuple[str, str] | None:
    """A line listing two people side by side (``๑.  นายสุรศักดิ์ ...  ประธานสภาฯ   ๒.  นางวิไลวรรณ
    ...``) as its two entries: a later cell opens with a later row number and a name."""
    row = text.split("\t")
    first = ROW_NUMBER.match(row[0].strip())
    if first is None:
        # unnumbered (``นางพรพิมล ศรีสวัสดิ์ | ปลัดเทศบาล | นายชาญวิทย์ บุญเกิด | รองปลัดเทศบาล``):
        # a name, its position, then a later cell opening with a name
        if len(row) < 4 or split_prefix(row[0].strip())[0] is None or lone_prefix(row[0].strip()):
            return None
        for k in range(2, len(row) - 1):
            cell = row[k].strip()
            prefix, rest = split_prefix(cell)
            after = row[k + 1].strip()
            if prefix is not None and not lone_prefix(cell) and len(rest.split()) >= 2 and after and not regex.match(r"(?:มา\s*)?แทน", after):
                return "\t".join(row[:k]), "\t".join(row[k:])
        return None
    # (the first cell may hold the number and the name: ``(๑) นายทองดี บุญประคอง | (๒) นายสมาน ...``)
    for k in range(1 if split_prefix(row[0].strip()[first.end() :].strip())[0] else 2, len(row)):
        second = ROW_NUMBER.match(row[k].strip())
        # the next number (numbered across) or a later one (down each half: ``๑ ... | ๘ ...``)
        if second is None or int(second["no"]) <= int(first["no"]):
            continue
        name = row[k].strip()[second.end() :].strip() or (row[k + 1].strip() if k + 1 < len(row) else "")
        if split_prefix(name)[0] is not None:
            return "\t".join(row[:k]), "\t".join(row[k:])
    return None


def sub_path(match: regex.Match[str]) -> str:
    """``3.01.1`` -> ``3.1.1``: a sub-item's number as the contract writes it."""
    return ".".join(str(int(part)) for part in (match["top"], *match["sub"].split(".")))


def gaps_mean_paragraphs(lines: Sequence[Line]) -> bool:
    """Whether blank lines separate paragraphs (not every line, as in double-spaced text)."""
    pairs = [(a, b) for a, b in itertools.pairwise(lines) if a.page_no == b.page_no]
    if not pairs:
        return False
    gaps = sum(1 for a, b in pairs if b.index - a.index > 1)
    return gaps / len(pairs) < 0.7


def labels_head_blocks(lines: Sequence[Line]) -> bool:
    """Whether the signature blocks carry their labels on top (``ผู้จดรายงานการประชุม`` /
    ``(ลงชื่อ) ....`` / ``(name)``) rather than at the foot: no ``(ลงชื่อ)`` line comes
    shortly before the first label standing alone."""
    texts = [flat(line) for line in lines]
    alone = [
        i for i, t in enumerate(texts) for p in (RECORDER, REVIEWER) if p.search(t) and not p.sub("", t).strip()
    ]
    if not alone:
        return False
    first = min(alone)
    return not any(SIGN.match(t) for t in texts[max(0, first - 6) : first])


def signer(lines: Sequence[Line], label: regex.Pattern[str]) -> str | None:
    """The name in the signature block labelled ``label``: the last ``ผู้...`` block in the
    document, else the first of a committee's blocks (its chair signs first)."""
    labelled = [i for i in range(len(lines)) if label.search(flat(lines[i]))]
    own_label = [i for i in labelled if label.search(flat(lines[i]))[0].startswith("ผู้")]  # type: ignore[index]
    for i in [*reversed(own_label), *(i for i in labelled if i not in own_label)]:
        text = flat(lines[i])
        match = label.search(text)
        if not match or not is_signature_label(text):
            continue
        order = label_order(lines[i].text, label)
        # (``ผู้บันทึกรายงานการประชุม : นางสาวอรทัย แก้วประเสริฐ ครูชำนาญการ``: labelled, no signature)
        own = name_in(text[: match.start()]) or name_in(text[match.end() :].lstrip(" :："))
        if own:
            return own
        forward = [lines[j] for j in range(i + 1, min(len(lines), i + 4))]
        backward = [lines[j] for j in range(i - 1, max(-1, i - 4), -1)]
        # (a label alone over a ``(ลงชื่อ)`` line heads its block where the first block opens
        # with its label: the name is below it)
        heads = not label.sub("", text).strip() and bool(forward) and bool(SIGN.match(flat(forward[0])))
        heads = heads and labels_head_blocks(lines)
        # (``ผู้ตรวจรายงานการประชุม   ลงชื่อ .....``: the label before its own signature line,
        # the name under it)
        signs_after = bool(SIGN.match(text[match.end() :].strip())) and not text[: match.start()].strip()
        first, second = (forward, backward) if SIGN.match(text) or heads or signs_after else (backward, forward)
        for candidates in (first, second):
            for other in candidates:
                if any(p.search(flat(other)) for p in (label, RECORDER, REVIEWER, CERTIFIER)):
                    break
                found = names_in_cells(other.text)
                if found:
                    return found[order] if order < len(found) else found[0]
    return None


# ``ตรวจแล้วถูกต้อง`` over a signature: who checked the minutes signs under it
CHECKED_CORRECT = regex.compile(r"^(?:ได้\s*)?ตรวจ\s*(?:สอบ\s*)?แล้ว\s*(?:เห็นว่า\s*)?ถูก\s*ต้อง$")


def checked_correct(lines: Sequence[Line]) -> str | None:
    """The name signed under a ``ตรวจแล้วถูกต้อง`` line (a council chair's check)."""
    for i, line in enumerate(lines):
        if CHECKED_CORRECT.match(flat(line)):
            for other in lines[i + 1 : i + 4]:
                if found := names_in_cells(other.text):
                    return found[0]
    return None


# A sentence that says a committee checked the minutes (``คณะกรรมการตรวจรายงานการประชุม ได้ตรวจ...``),
# its members signing below it with bare roles (``ประธานกรรมการ``, ``กรรมการ``).
CHECKING_COMMITTEE = regex.compile(r"คณะ\s*กรรมการ\s*ตรวจ\s*(?:สอบ\s*)?(?:รายงาน|บันทึก)")
COMMITTEE_ROLE = regex.compile(r"(?:ประธาน\s*)?กรรมการ(?:\s*และ\s*เลขานุการ)?")
CHECKING_SIGNATURES = 12  # lines under the sentence its members' signatures stand within


RULE_AFTER = regex.compile(r"\s*[=\-_*~]{5,}.*$")  # a heading's rule a text layer ran onto the venue's line
# The rest of a venue a centred heading line wrapped (``... (บ้านดอน`` / ``แก้ว)``,
# ``... ตำบลโนนศิลางาม`` / ``อำเภอยางตลาด จังหวัดกาฬสินธุ์``).
# (or a hybrid meeting's second place: ``และผ่านระบบประชุมทางไกล (Zoom Meeting)``)
VENUE_REST = regex.compile(r"^(?:อำเภอ|จังหวัด|ตำบล|หมู่\s*ที่)\S|^(?:และ|หรือ)?\s*(?:ผ่าน|ทาง)\s*(?:ระบบ|สื่อ\s*อิเล็กทรอนิกส์|โปรแกรม)")


VENUE_REST_MAX = 90  # characters of a venue's second line that names its place or online system
VENUE_LABEL_CUT = regex.compile(r"(?:อำเภอ|จังหวัด|ตำบล)$")  # (``... อำเภอ`` / ``กันทรารมย์ ...``)


def venue_with_rest(venue: str, following: str) -> str:
    """The venue with the next heading line joined when it is the venue's wrapped rest: glued
    inside an unclosed bracket or after a label cut from its value, else after a space."""
    following = following.strip()
    # (a hybrid meeting's online system may take a long line: ``และผ่านระบบการประชุมทางไกล... Zoom Meeting``)
    longest = VENUE_REST_MAX if VENUE_REST.match(following) else 60
    if not following or len(following) > longest or find_date(following) or regex.search(r"เวลา\s*\d|ครั้ง\s*ที่", following):
        return venue
    unclosed = venue.count("(") > venue.count(")")
    closes = unclosed and following.endswith(")") and "(" not in following
    if not (closes or VENUE_LABEL_CUT.search(venue) or VENUE_REST.match(following)):
        return venue
    joint = "" if unclosed or VENUE_LABEL_CUT.search(venue) else " "
    return clean(f"{venue}{joint}{following}") or venue


def checking_chair(lines: Sequence[Line]) -> str | None:
    """The chair of the committee that checked the minutes, where its members sign under the
    sentence that names it with bare roles: the one signing as ``ประธานกรรมการ``, on a line
    of its own or side by side with the others (its name the one below its role, or the
    names side by side just above their roles)."""
    # (read without marks: a scan adds or drops them, ``คณะกรรุมการ``)
    start = next((i for i, line in enumerate(lines) if CHECKING_COMMITTEE.search(skeleton(flat(line)))), None)
    if start is None:
        return None
    for i in range(start + 1, min(len(lines), start + 1 + CHECKING_SIGNATURES)):
        text = flat(lines[i])
        roles = list(COMMITTEE_ROLE.finditer(text))
        chair = next((k for k, m in enumerate(roles) if m.group().startswith("ประธาน")), None)
        signed_each = len(regex.findall(SIGNED, text)) >= len(roles) > 1  # ``(ลงชื่อ) name role   (ลงชื่อ) name role``
        row = cells(lines[i].text)
        if chair is not None and any(cell.strip() == roles[chair].group() for cell in row[1:]):
            # a roster table the members sign in: ``๑ | นายอินสม ขันแก้ว | ส.อบต. | ประธานกรรมการ | (signature)``
            for k, cell in enumerate(row):
                prefix, given = split_prefix(cell.strip())
                if prefix is None:
                    continue
                after = row[k + 1].strip() if k + 1 < len(row) else ""
                if len(cell.split()) == 1 and surname_cell(given, after):
                    cell = f"{cell} {after}"  # the surname in a cell of its own (typed after two spaces)
                if member := name_in(cell):
                    return member
        if chair is None or not (is_signature_label(text) or signed_each or not COMMITTEE_ROLE.sub("", text).strip()):
            continue  # (a line of roles alone, however long, is the blocks' labels)
        own = name_in(text[: roles[chair].start()]) if len(roles) == 1 else None
        if own:
            return own
        for back in (i - 1, i - 2) if len(roles) > 1 else ():
            # the names side by side above their roles (the last name may have wrapped onto a
            # line of its own between them)
            above = names_in_cells(lines[back].text) if back >= 0 else []
            if len(above) >= max(len(roles) - 1, 2) and chair < len(above):
                return above[chair]
        for other in lines[i + 1 : i + 3]:
            found = names_in_cells(other.text)
            if found:
                return found[chair] if chair < len(found) else found[0]
    return None


def surname_cell(given: str, cell: str) -> bool:
    """Whether ``cell``, after the cell of a title and the given name ``given``, is the surname
    that two typed spaces made a column: a word of letters, no post, not a signature (the given
    name again, its marks as a scan read them)."""
    return (
        regex.fullmatch(r"(?:ณ\s)?\p{Thai}+", cell) is not None  # (``ณ ถลาง``: a surname with ณ)
        and not POSITION_START.match(cell)
        and not skeleton(given).startswith(skeleton(cell))
    )


def is_signature_label(text: str) -> bool:
    """A signature block's label line, not a sentence that names the minute-taker."""
    rest = NAME_IN_PARENS.sub(" ", text)
    rest = RECORDER.sub(" ", REVIEWER.sub(" ", SIGN.sub(" ", rest)))
    rest = regex.sub(rf"{SIGNED}|ตำแหน่ง", " ", rest)
    if split_prefix(rest.strip())[0] is not None:
        rest = " ".join(rest.split()[2:])
    return len(rest.strip()) <= 40


def label_order(text: str, label: regex.Pattern[str]) -> int:
    """Which signature block of a two-column line the label belongs to (0 = left)."""
    labels = sorted(m.start() for p in (RECORDER, REVIEWER, CERTIFIER) for m in p.finditer(text))
    # (a checking committee's blocks side by side: its chair's, wherever it stands)
    mine = next((m for m in label.finditer(text) if m.group().startswith("ประธาน")), None) or label.search(text)
    return labels.index(mine.start()) if mine and mine.start() in labels else 0


def names_in_cells(text: str) -> list[str]:
    # (``(นางบุญเรือน  ชาญ     (นายวิเชียร  สุขแสวง)``: a name its narrow block wrapped before its
    # bracket closed still holds its place among the blocks)
    # (a bracket of Latin, ``(Big Cleaning Day)``, holds no Thai official's name)
    names = [m["name"] for m in NAME_IN_BLOCK.finditer(text) if not LATIN_WORD.search(m["name"])]
    out = [n for n in (name_in(f"({name})") for name in names) if n]
    if out:
        return out
    own = name_in(flat(text))
    return [own] if own and split_prefix(flat(text))[0] is not None and len(flat(text).split()) <= 4 else []


def name_in(text: str) -> str | None:
    """A person's name (no prefix) in parentheses or after ``ลงชื่อ`` (a committee's members
    numbered, ``๑. (ลงชื่อ) ........ ส.ท.บุญมา พรมมา``)."""
    unnumbered = ROW_NUMBER.sub("", text.strip(), count=1).strip()
    signed = SIGN.match(unnumbered) is not None
    text = SIGN.sub("", unnumbered).strip().lstrip(".…").strip()
    match = NAME_IN_PARENS.search(text)
    candidate = match["name"] if match else text
    prefix, rest = split_prefix(candidate.strip())
    words = rest.split()
    if signed and prefix is None and not match and SIGNED_BARE_NAME.fullmatch(" ".join(words)) and not POSITION_START.match(rest):
        return " ".join(words)  # ``(ลงชื่อ)  ชาตรี  มุกดา   ประธานกรรมการ...``: signed with the bare name
    if match and prefix and regex.fullmatch(r"\p{Thai}{6,}|\p{Thai}+ \p{Thai}+ \p{Thai}+", rest):
        # The parentheses hold just the name, which OCR ran together (``(นายสมชายใจดี)``) or
        # split (``(นายสมชาย ใจ ดี)``): all of it, for the attendance list's spelling to match.
        return rest if "ณ" not in words else " ".join(words[:3])
    if (prefix is None and not match) or len(words) < 2 or regex.search(r"\d", rest):
        return None
    found = person_name(candidate.strip())
    return found[1] if found else None


def parse(segment: Segment) -> Parsed:
    lines = segment.lines
    reader = MinutesReader(
        gaps_mean_paragraphs=gaps_mean_paragraphs(lines),
        results_labelled=results_labelled(lines),
    )
    reader.read(lines)
    heading = [flat(line) for line in reader.heading]
    heading_text = " ".join(heading)
    everything = " ".join(flat(line) for line in lines)  # (the minutes' text: dates, names printed elsewhere)
    title = heading_title(heading)
    title = RECORD_OF.sub("", title) if title else title
    meeting_date = find_date(heading_text)
    inferred = None
    if meeting_date is None and (weekdays := dates_by_weekday(heading_text)):
        # the day's digits a scan garbled, its weekday, month and year read: the one day the
        # weekday allows on or after every date the minutes report in that month
        meeting_date = inferred = day_by_weekday(weekdays, lines)
    elif meeting_date is None and (candidates := months_by_weekday(heading_text)):
        # the month a scan garbled, the weekday, day and year read: of the months the weekday
        # allows, the one nearest the dates the minutes report
        meeting_date = inferred = nearest_reported(candidates, everything)
    elif meeting_date is None and len(dated := years_by_weekday(heading_text, find_fiscal_years(everything))) == 1:
        # the year a scan garbled (``เมษายน๒๘๙``), the weekday, day and month read: the one year
        # the minutes print elsewhere that the weekday allows
        meeting_date = inferred = dated[0]
    meeting_date = meeting_date or find_date(" ".join(flat(line) for line in lines[:15]))
    start_time = end_time = None
    venue = None
    for k, text in enumerate(heading):
        if start_time is None and regex.search(r"เวลา\s*[:：]?\s*\d", text):
            start_time, end_time = times_of(text)
        found = VENUE.search(text)
        if (
            venue is None
            and found
            and (
                text.startswith(("ณ", "สถาน")) or DATE_LINE.match(text) or "เวลา" in text or find_date(text)
            )
        ):
            venue = clean(RULE_AFTER.sub("", VENUE_TIME.split(found["venue"], maxsplit=1)[0]))
            if venue and not VENUE_TIME.search(found["venue"]):
                venue = venue_with_rest(venue, heading[k + 1] if k + 1 < len(heading) else "")
    start_time = reader.start_time or start_time
    end_time = reader.end_time or end_time
    for row in reader.rows:
        row.name = respaced_name(row.name, everything) or row.name  # (a scan's space moved: ``ธวัชชัยมี ทรัพย์``)
    section_roles(reader.rows)
    names = [row.name for row in reader.rows]

    def spelled(name: str | None) -> str | None:
        if name is None:
            return None
        return best_match(name, names) or name

    meeting_id = f"{segment.doc_id}-m1"
    page_no = reader.heading[0].page_no if reader.heading else segment.page_start
    document = document_row(
        segment,
        title=title,
        organization=find_organization(heading_text)
        or find_organization(" ".join(flat(x) for x in lines[:60])),
        doc_date=meeting_date,
        fiscal_year=find_fiscal_year(heading_text, label="budget"),
    )
    parsed = Parsed(document=document)
    if inferred is not None:
        parsed.warnings.append(segment.warning(f"meeting date inferred as {inferred.isoformat()} from its weekday: its day was unreadable"))
    common = {"meeting_id": meeting_id, "doc_id": segment.doc_id}
    parsed.rows.append(
        Meeting(
            meeting_id=meeting_id,
            doc_id=segment.doc_id,
            page_no=page_no,
            title=title,
            session_no=session_of(heading_text),
            meeting_date=meeting_date,
            start_time=start_time,
            end_time=end_time,
            venue=venue,
            recorder_name=spelled(signer(lines, RECORDER)),
            reviewer_name=spelled(
                signer(lines, REVIEWER) or checking_chair(lines) or signer(lines, CERTIFIER) or checked_correct(lines)
            ),
        )
    )
    for row in reader.rows:
        parsed.rows.append(
            Attendee(
                page_no=row.page_no,
                seq=row.seq,
                status=row.status,  # type: ignore[arg-type]
                prefix=row.prefix,
                full_name=row.name,
                position=unbracketed(clean(row.position)),
                acting_for=clean(row.acting_for),
                role=clean(row.role),
                **common,
            )
        )
    for item in reader.items:
        parsed.rows.append(
            Agenda(
                page_no=item.page_no,
                item_no=item.item_no,
                title=item.title or None,
                body=clean(" ".join(item.body)),
                **common,
            )
        )
    for res in reader.resolutions:
        resolved = clean(" ".join(res.parts).strip(" -–:："))
        if not resolved or NOBODY.match(resolved):
            continue
        parsed.rows.append(
            Resolution(
                page_no=res.page_no,
                item_no=res.item_no,
                seq=res.seq,
                text=resolved,
                outcome=outcome_of(f"{resolved} {res.votes}".strip()),  # type: ignore[arg-type]
                **common,
            )
        )
    if not reader.heading:
        parsed.warnings.append(segment.warning("no heading found"))
    return parsed


# --- where minutes open (segment) -----------------------------------------------------------------

OPENING_TITLE = regex.compile(r"^(?:บันทึก\s*(?=ร))?(?:ร\S?ย\s*ง\S?น|บันทึก)\s*การ\s*ประชุม(?!\s*(?:ดังกล่าว|ครั้งที่แล้ว|ครั้งก่อน))")
OPENING_CONTEXT = regex.compile(
    r"ครั้งที่|วันที่|\bณ\b|^ณ|ประชุม\s*เมื่อ|เวลา\s*\d|สมัย\s*(?:สามัญ|วิสามัญ|ที่)|"
    rf"วัน\s*(?:{WEEKDAY_WORDS})"
)
# Lines under the title its session, date or venue stand within (a title of three lines that
# a scan wrapped, its ครั้งที่ garbled: the date six lines down).
OPENING_REACH = 7
AGENDA_ITEM = regex.compile(r"^(?:ระเบียบ\s*)?วาระ\s*(?:ที่)?\s*\d")
# Minutes' body under the agenda: a resolution or the closing (an agenda listed in full above
# the attendance lists is not one).
RESOLUTION_OR_CLOSE = regex.compile(r"^(?:มติ|(?:ปิด|เลิก)\s*(?:การ\s*)?ประชุม)")


MEMO_SENTENCE = regex.compile(r"จึง|แล้ว|ดังนี้|ดังแนบ|ขอส่ง")  # (a memo's sentence, no title: ``...จากปลัดเทศบาลแล้ว จึงขอส่ง...``)


def opens(lines: Sequence[Line], i: int, current: str | None) -> bool:
    text = line_text(lines, i)
    if not single_cell(lines[i]) or len(text) > 200 or not OPENING_TITLE.match(text):
        return False
    if current == "memo" and continues_paragraph(lines, i) and not OPENING_CONTEXT.search(text) and MEMO_SENTENCE.search(text):
        return False  # a memo's wrapped sentence (``... ผ่านการตรวจ`` / ``รายงานการประชุมจากปลัดเทศบาลแล้ว...``)
    return bool(OPENING_CONTEXT.search(text)) or ahead(lines, i, OPENING_CONTEXT, OPENING_REACH)


# Council minutes often print their own attendance list with a signature column; a separate
# sheet only follows the minutes, after their agenda and resolutions.
TYPE = DocumentType(
    name="minutes",
    opens=opens,
    ends=DOCUMENT_END,
    body=(AGENDA_ITEM, RESOLUTION_OR_CLOSE),
    heading_holds=frozenset({"attendance_sheet"}),
    parse=parse,
)
