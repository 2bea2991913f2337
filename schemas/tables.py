"""One model per contract table (../shared/CONTRACT.md, v1). Column order follows the contract."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from schemas.base import Row, SqlType

Money = Annotated[Decimal, SqlType("DECIMAL(18,2)")]
Score = Annotated[Decimal, SqlType("DECIMAL(6,2)")]

DocType = Literal[
    "memo",
    "minutes",
    "order",
    "action_plan",
    "project_sheets",
    "integrity_measures",
    "attendance_sheet",
    "other",
]
Outcome = Literal["acknowledged", "approved", "approved_with_changes", "rejected", "deferred", "other"]
AttendanceStatus = Literal["present", "absent", "invited"]
Extraction = Literal["text", "pdf_text", "ocr", "mixed"]
SourceStatus = Literal["ok", "partial", "failed"]
Instrument = Literal["IIT", "EIT", "OIT", "ITA"]
BudgetKind = Literal["plan_row", "plan_total", "sheet"]
PageMethod = Literal["text", "pdf_text", "ocr"]
MentionRole = Literal["attendee", "committee_member", "memo_signer", "order_signer", "recorder", "reviewer"]


class SourceRow(Row):
    """One row per input file, loaded or not."""

    __table__: ClassVar[str] = "sources"
    __primary_key__: ClassVar[str | None] = "source_id"
    __added_columns__: ClassVar[tuple[str, ...]] = ("abs_path", "parser_version", "supersedes")
    source_id: str
    """sha256 of the file's bytes (of its path when it could not be read)"""
    path: str
    """the file as named on the command line (bytes that are not UTF-8 escaped: `memo-\\xe9.txt`)"""
    media_type: str | None = None
    """what the bytes are (`text/plain`, `application/pdf`, `image/png` ...), not what the name says"""
    pages: int | None = None
    """pages read (form feeds in a text file; NULL when the file could not be read)"""
    extraction: Extraction | None = None
    """how its pages were read: `text`, `pdf_text`, `ocr`, or `mixed` (some pages each way)"""
    status: SourceStatus
    """`ok`; `partial` (loaded, with something lost: see `error`); `failed` (nothing loaded: see `ingest_errors`)"""
    error: str | None = None
    """one line on what went wrong (`partial` and `failed`), NULL when `ok`"""
    ingested_at: dt.datetime
    """when this source was loaded"""
    # Incremental ingest (README "Using it"): the file's absolute path (the same escaping as
    # ``path``), the parser version that read it (pipeline/version.py) and the source_id of
    # the earlier version of the same file this one replaced (its rows are gone).
    abs_path: str | None = None
    """the file's absolute path: a file's identity across runs (the same escaping as `path`)"""
    parser_version: str | None = None
    """the package version plus a hash of the parsing code (`0.1.0+9ba098b6dd67`); a new one reads the file again"""
    supersedes: str | None = None
    """the `source_id` of the earlier version of the same file this one replaced (its rows are gone)"""


class Document(Row):
    """One row per logical document inside a source (one PDF often holds a memo, the minutes and an attendance sheet)."""

    __table__: ClassVar[str] = "documents"
    __primary_key__: ClassVar[str | None] = "doc_id"
    doc_id: str
    """`<first 16 hex digits of source_id>-<segment_no, 3 digits>`"""
    source_id: str
    """the source it was found in (`sources.source_id`)"""
    segment_no: int
    """1-based order of the document in its source"""
    doc_type: DocType
    """`memo`, `minutes`, `order`, `action_plan`, `project_sheets`, `integrity_measures`, `attendance_sheet` or `other`"""
    title: str | None = None
    """its title or subject as printed"""
    organization: str | None = None
    """the office that issued it (else the one its source names most)"""
    doc_date: dt.date | None = None
    """its date (Gregorian)"""
    fiscal_year: int | None = None
    """the fiscal year it is about (Buddhist Era, `2567`)"""
    page_start: int
    """first page of the source it covers"""
    page_end: int
    """last page of the source it covers"""
    raw_text: str
    """its text as read, untouched (Thai digits, page furniture and all)"""
    text: str
    """its text after the contract's conventions (NFC, Arabic digits, furniture removed)"""


class PageRow(Row):
    """One row per page of a source as Saraban read it: how it was read, why it was OCR'd,
    and its text before normalisation."""

    __table__: ClassVar[str] = "pages"
    __addition__: ClassVar[bool] = True
    source_id: str
    """the source (`sources.source_id`)"""
    page_no: int
    """1-based, as in every record's `page_no`"""
    method: PageMethod
    """`text` (a text file; form feeds break pages), `pdf_text` (the PDF's text layer) or `ocr`"""
    reason: str | None = None
    """why the page was OCR'd (`no text layer`, `glyphs without Unicode mapping` ...) or its text layer read by PDFium; NULL for a page read as it is"""
    ocr_confidence: float | None = None
    """mean word confidence (0-100) of an OCR'd page; NULL today: the OCR reader does not hand it on yet"""
    text: str
    """what Saraban read on the page, before normalisation (cells as tabs)"""


class Record(Row):
    """A row extracted from a document: every one carries doc_id and page_no."""

    doc_id: str
    """the document the record is in (`documents.doc_id`)"""
    page_no: int
    """1-based page of the source where the record starts"""


class Memo(Record):
    """บันทึกข้อความ: one row per memo."""

    __table__: ClassVar[str] = "memos"
    department: str | None = None
    """ส่วนราชการ: the issuing office (without telephone numbers)"""
    ref_no: str | None = None
    """ที่: the reference number"""
    memo_date: dt.date | None = None
    """วันที่ (Gregorian)"""
    subject: str | None = None
    """เรื่อง"""
    addressee: str | None = None
    """เรียน"""
    signer_prefix: str | None = None
    """the signer's title (นาย, นาง, ว่าที่ร้อยโท ...)"""
    signer_name: str | None = None
    """the author's name under the body (given name and surname, no title)"""
    signer_position: str | None = None
    """the signer's position as printed under the name"""


class Meeting(Row):
    """รายงานการประชุม: one row per meeting."""

    __table__: ClassVar[str] = "meetings"
    __primary_key__: ClassVar[str | None] = "meeting_id"
    meeting_id: str
    """`<doc_id>-m<N>`: one per meeting in a minutes document"""
    doc_id: str
    """the minutes document (`documents.doc_id`)"""
    page_no: int
    """page where the minutes' heading is"""
    title: str | None = None
    """the heading from รายงานการประชุม through the committee and office, without session, date and venue"""
    session_no: str | None = None
    """ครั้งที่ as `N/YYYY` (`1/2567`)"""
    meeting_date: dt.date | None = None
    """the meeting's date (Gregorian)"""
    start_time: dt.time | None = None
    """เริ่มประชุมเวลา"""
    end_time: dt.time | None = None
    """เลิกประชุมเวลา"""
    venue: str | None = None
    """ณ: where it was held"""
    recorder_name: str | None = None
    """ผู้จดรายงาน (no title)"""
    reviewer_name: str | None = None
    """ผู้ตรวจรายงาน (no title)"""


class MeetingRecord(Row):
    meeting_id: str
    """the meeting (`meetings.meeting_id`)"""
    doc_id: str
    """the minutes document (`documents.doc_id`)"""
    page_no: int
    """1-based page of the source where the record starts"""


class Attendee(MeetingRecord):
    """One row per person in a meeting's attendance lists."""

    __table__: ClassVar[str] = "attendees"
    seq: int | None = None
    """number in its list"""
    status: AttendanceStatus
    """`present` (ผู้มาประชุม), `absent` (ผู้ไม่มาประชุม) or `invited` (ผู้เข้าร่วมประชุม)"""
    prefix: str | None = None
    """title (นาย, นาง, น.ส., ว่าที่ ร.ต. ...)"""
    full_name: str
    """given name + one space + surname, without the title"""
    position: str | None = None
    """position as listed (NULL when acting for someone)"""
    acting_for: str | None = None
    """the post after แทน (`X (แทน)` and `แทน X` both)"""
    role: str | None = None
    """role in the committee (ประธาน, คณะทำงาน, เลขานุการ ...)"""


class Agenda(MeetingRecord):
    """ระเบียบวาระ: one row per agenda item, and per numbered sub-item such as `2.1`."""

    __table__: ClassVar[str] = "agenda_items"
    item_no: str
    """ระเบียบวาระ number, sub-items included (`1`, `2`, `2.1`)"""
    title: str | None = None
    """the heading's words after เรื่อง, without number or speaker"""
    body: str | None = None
    """the text under the heading"""


class Resolution(MeetingRecord):
    """มติที่ประชุม: one row per resolution."""

    __table__: ClassVar[str] = "resolutions"
    item_no: str | None = None
    """the agenda item or sub-item it closes: the last heading printed before it (`3.1`)"""
    seq: int
    """order within that item"""
    text: str
    """the words after มติที่ประชุม"""
    outcome: Outcome
    """`acknowledged`, `approved`, `approved_with_changes`, `rejected`, `deferred` or `other`"""


class Project(Record):
    """One row per row of an action-plan table (แผนปฏิบัติการ)."""

    __table__: ClassVar[str] = "projects"
    seq: int
    """ลำดับ: the row's number in the plan"""
    name: str
    """the project or activity"""
    dimension: str | None = None
    """มิติ `1`..`4` (a leading `*` kept)"""
    budget_thb: Money | None = None
    """its budget in baht (ไม่ใช้งบประมาณ is 0.00)"""
    q1: bool | None = None
    """planned in the fiscal year's first quarter"""
    q2: bool | None = None
    """planned in the second quarter"""
    q3: bool | None = None
    """planned in the third quarter"""
    q4: bool | None = None
    """planned in the fourth quarter"""
    remarks: str | None = None
    """หมายเหตุ"""
    fiscal_year: int | None = None
    """the budget year of the row (Buddhist Era)"""


class ProjectSheet(Record):
    """One row per project detail sheet (ลำดับที่ N / ชื่อโครงการ ...)."""

    __table__: ClassVar[str] = "project_sheets"
    sheet_no: int
    """ลำดับที่ N of the sheet"""
    name: str | None = None
    """ชื่อโครงการ"""
    rationale: str | None = None
    """หลักการและเหตุผล"""
    objectives: list[str] = Field(default_factory=list)
    """วัตถุประสงค์, one item each (markers dropped)"""
    target_group: str | None = None
    """กลุ่มเป้าหมาย"""
    methods: list[str] = Field(default_factory=list)
    """วิธีดำเนินการ, one step each"""
    period: str | None = None
    """ระยะเวลาดำเนินการ"""
    budget_thb: Money | None = None
    """งบประมาณ in baht"""
    responsible: str | None = None
    """ผู้รับผิดชอบ"""
    outputs: list[str] = Field(default_factory=list)
    """ผลผลิต, one item each"""
    outcomes: list[str] = Field(default_factory=list)
    """ผลลัพธ์ / ผลที่คาดว่าจะได้รับ, one item each"""
    project_seq: int | None = None
    """`projects.seq` of the same plan's row for this project (NULL if none)"""


class Budget(Record):
    """One row per budget figure: plan rows, stated plan totals, sheet budgets."""

    __table__: ClassVar[str] = "budgets"
    kind: BudgetKind
    """`plan_row` (a project's row), `plan_total` (a stated total or subtotal) or `sheet` (a project sheet's budget)"""
    label: str
    """the project's name, or the total's label as printed (รวมมิติที่ 1)"""
    amount_thb: Money
    """the figure in baht"""
    fiscal_year: int | None = None
    """its budget year (Buddhist Era)"""
    project_seq: int | None = None
    """`projects.seq` of the project it budgets"""


class Order(Record):
    """คำสั่ง: one row per order."""

    __table__: ClassVar[str] = "orders"
    order_no: str | None = None
    """คำสั่งที่ (`74/2564`)"""
    subject: str | None = None
    """เรื่อง"""
    order_date: dt.date | None = None
    """สั่ง ณ วันที่ (Gregorian)"""
    signer_name: str | None = None
    """who signed it (no title)"""
    signer_position: str | None = None
    """the signer's position"""


class CommitteeMember(Record):
    """One row per member an order appoints."""

    __table__: ClassVar[str] = "committee_members"
    group_name: str | None = None
    """the committee or working group appointed"""
    seq: str | None = None
    """number in its list, as printed (`1.1`)"""
    prefix: str | None = None
    """title"""
    full_name: str | None = None
    """given name + one space + surname, without the title; NULL for a post listed without a name"""
    position: str | None = None
    """position as listed"""
    role: str | None = None
    """role in the group (ประธาน, กรรมการ, เลขานุการ ...)"""


class ItaScore(Record):
    """One row per ITA score of an indicator, an instrument or overall."""

    __table__: ClassVar[str] = "ita_scores"
    organization: str | None = None
    """the office scored (NULL: the document's)"""
    fiscal_year: int | None = None
    """the year assessed (Buddhist Era)"""
    instrument: Instrument | None = None
    """`IIT`, `EIT`, `OIT`, or `ITA` for the overall score"""
    indicator_no: int | None = None
    """the ITA framework's indicator number 1-10 (NULL for an instrument or overall score)"""
    indicator: str | None = None
    """the indicator's name as printed"""
    score: Score
    """the score (0-100)"""


class Measure(Record):
    """One row per row of a measures table (มาตรการ/แนวทาง)."""

    __table__: ClassVar[str] = "measures"
    seq: int | None = None
    """number of the row (ประเด็นที่ N in block form)"""
    measure: str
    """มาตรการ / the activity or project"""
    method: str | None = None
    """แนวทาง / ขั้นตอนการปฏิบัติ"""
    responsible: str | None = None
    """ผู้รับผิดชอบ"""
    period: str | None = None
    """ระยะเวลา"""
    follow_up: str | None = None
    """การติดตามประเมินผล"""


class IngestError(Row):
    """One row per failure, at any stage, of a source."""

    __table__: ClassVar[str] = "ingest_errors"
    source_id: str
    """the source that failed (`sources.source_id`)"""
    path: str
    """its path, as in `sources.path`"""
    stage: str
    """where it failed: `read`, `extract`, `normalize`, `segment`, `parse`, `validate` or `load`"""
    error: str
    """one line on why (`empty file (0 bytes)`, `PDF is password-protected` ...)"""
    at: dt.datetime
    """when"""


class Meta(Row):
    """Key/value facts about the warehouse."""

    __table__: ClassVar[str] = "meta"
    __primary_key__: ClassVar[str | None] = "key"
    key: str
    """`contract_version`, ..."""
    value: str
    """its value (`contract_version` = `1`)"""


class ReviewFlag(Record):
    """One row per value that fails a check against the rest of its document: loaded as read,
    flagged so an analyst knows what to look at."""

    __table__: ClassVar[str] = "review_flags"
    __addition__: ClassVar[bool] = True
    table_name: str
    """the table of the flagged value"""
    column_name: str
    """its column"""
    value: str | None = None
    """the value as loaded"""
    check_name: str
    """the check it fails (`plan_total`, `ita_total` ...)"""
    detail: str
    """what the rest of the document says instead (`the 6 rows add up to 75000.00`)"""
    record: str | None = None
    """the flagged record among its table's rows of the document: its identifying columns as
    loaded (`seq=3; name=...`)"""


class Person(Row):
    """One row per person across documents: the mentions of ``person_mentions`` whose names
    are one name but for OCR's spelling. Rebuilt from the
    whole warehouse after every ingest, so ``person_id`` holds only until the next one."""

    __table__: ClassVar[str] = "people"
    __addition__: ClassVar[bool] = True
    __primary_key__: ClassVar[str | None] = "person_id"
    person_id: str
    """an id that holds until the next ingest"""
    prefix: str | None = None
    """the title given most"""
    full_name: str
    """the spelling given most (one from a text page before an OCR'd one)"""
    position: str | None = None
    """the position given most"""
    mentions: int
    """rows of `person_mentions`"""
    documents: int
    """documents naming this person"""
    spellings: list[str] = Field(default_factory=list)
    """every spelling of the name met"""


class PersonMention(Row):
    """One row per place a document names a person: an attendee, committee member, memo or
    order signer, recorder or reviewer."""

    __table__: ClassVar[str] = "person_mentions"
    __addition__: ClassVar[bool] = True
    person_id: str
    """the person (`people.person_id`)"""
    doc_id: str
    """the document naming them"""
    page_no: int
    """the page"""
    role: MentionRole
    """`attendee`, `committee_member`, `memo_signer`, `order_signer`, `recorder` or `reviewer`"""
    meeting_id: str | None = None
    """the meeting (attendees, recorders, reviewers)"""
    status: AttendanceStatus | None = None  # an attendee's
    """an attendee's `status`"""
    prefix: str | None = None
    """title as the document gives it"""
    full_name: str
    """name as the document gives it"""
    position: str | None = None
    """position as the document gives it"""


RECORD_TABLES: tuple[type[Row], ...] = (
    Memo,
    Meeting,
    Attendee,
    Agenda,
    Resolution,
    Project,
    ProjectSheet,
    Budget,
    Order,
    CommitteeMember,
    ItaScore,
    Measure,
    ReviewFlag,
)
PEOPLE_TABLES: tuple[type[Row], ...] = (Person, PersonMention)
# Tables whose rows name their source (``source_id``, indexed); a record table's rows belong
# to a source through their document (``doc_id``, indexed).
SOURCE_TABLES: tuple[type[Row], ...] = (Document, PageRow, IngestError)
ALL_TABLES: tuple[type[Row], ...] = (
    SourceRow, Document, PageRow, *RECORD_TABLES, *PEOPLE_TABLES, IngestError, Meta
)
