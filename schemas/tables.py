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
    __table__: ClassVar[str] = "sources"
    __primary_key__: ClassVar[str | None] = "source_id"
    source_id: str
    path: str
    media_type: str | None = None
    pages: int | None = None
    extraction: Extraction | None = None
    status: SourceStatus
    error: str | None = None
    ingested_at: dt.datetime
    # Incremental ingest (README "Using it"): the file's absolute path (the same escaping as
    # ``path``), the parser version that read it (pipeline/version.py) and the source_id of
    # the earlier version of the same file this one replaced (its rows are gone).
    abs_path: str | None = None
    parser_version: str | None = None
    supersedes: str | None = None


class Document(Row):
    __table__: ClassVar[str] = "documents"
    __primary_key__: ClassVar[str | None] = "doc_id"
    doc_id: str
    source_id: str
    segment_no: int
    doc_type: DocType
    title: str | None = None
    organization: str | None = None
    doc_date: dt.date | None = None
    fiscal_year: int | None = None
    page_start: int
    page_end: int
    raw_text: str
    text: str


class PageRow(Row):
    """One page of a source as Saraban read it (an addition to the contract): how it was
    read, why it was OCR'd, and its text before normalisation."""

    __table__: ClassVar[str] = "pages"
    source_id: str
    page_no: int
    method: PageMethod
    reason: str | None = None
    ocr_confidence: float | None = None
    text: str


class Record(Row):
    """A row extracted from a document: every one carries doc_id and page_no."""

    doc_id: str
    page_no: int


class Memo(Record):
    __table__: ClassVar[str] = "memos"
    department: str | None = None
    ref_no: str | None = None
    memo_date: dt.date | None = None
    subject: str | None = None
    addressee: str | None = None
    signer_prefix: str | None = None
    signer_name: str | None = None
    signer_position: str | None = None


class Meeting(Row):
    __table__: ClassVar[str] = "meetings"
    __primary_key__: ClassVar[str | None] = "meeting_id"
    meeting_id: str
    doc_id: str
    page_no: int
    title: str | None = None
    session_no: str | None = None
    meeting_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str | None = None
    recorder_name: str | None = None
    reviewer_name: str | None = None


class MeetingRecord(Row):
    meeting_id: str
    doc_id: str
    page_no: int


class Attendee(MeetingRecord):
    __table__: ClassVar[str] = "attendees"
    seq: int | None = None
    status: AttendanceStatus
    prefix: str | None = None
    full_name: str
    position: str | None = None
    acting_for: str | None = None
    role: str | None = None


class Agenda(MeetingRecord):
    __table__: ClassVar[str] = "agenda_items"
    item_no: str
    title: str | None = None
    body: str | None = None


class Resolution(MeetingRecord):
    __table__: ClassVar[str] = "resolutions"
    item_no: str | None = None
    seq: int
    text: str
    outcome: Outcome


class Project(Record):
    __table__: ClassVar[str] = "projects"
    seq: int
    name: str
    dimension: str | None = None
    budget_thb: Money | None = None
    q1: bool | None = None
    q2: bool | None = None
    q3: bool | None = None
    q4: bool | None = None
    remarks: str | None = None
    fiscal_year: int | None = None


class ProjectSheet(Record):
    __table__: ClassVar[str] = "project_sheets"
    sheet_no: int
    name: str | None = None
    rationale: str | None = None
    objectives: list[str] = Field(default_factory=list)
    target_group: str | None = None
    methods: list[str] = Field(default_factory=list)
    period: str | None = None
    budget_thb: Money | None = None
    responsible: str | None = None
    outputs: list[str] = Field(default_factory=list)
    outcomes: list[str] = Field(default_factory=list)
    project_seq: int | None = None


class Budget(Record):
    __table__: ClassVar[str] = "budgets"
    kind: BudgetKind
    label: str
    amount_thb: Money
    fiscal_year: int | None = None
    project_seq: int | None = None


class Order(Record):
    __table__: ClassVar[str] = "orders"
    order_no: str | None = None
    subject: str | None = None
    order_date: dt.date | None = None
    signer_name: str | None = None
    signer_position: str | None = None


class CommitteeMember(Record):
    __table__: ClassVar[str] = "committee_members"
    group_name: str | None = None
    seq: str | None = None
    prefix: str | None = None
    full_name: str
    position: str | None = None
    role: str | None = None


class ItaScore(Record):
    __table__: ClassVar[str] = "ita_scores"
    organization: str | None = None
    fiscal_year: int | None = None
    instrument: Instrument | None = None
    indicator_no: int | None = None
    indicator: str | None = None
    score: Score


class Measure(Record):
    __table__: ClassVar[str] = "measures"
    seq: int | None = None
    measure: str
    method: str | None = None
    responsible: str | None = None
    period: str | None = None
    follow_up: str | None = None


class IngestError(Row):
    __table__: ClassVar[str] = "ingest_errors"
    source_id: str
    path: str
    stage: str
    error: str
    at: dt.datetime


class Meta(Row):
    __table__: ClassVar[str] = "meta"
    __primary_key__: ClassVar[str | None] = "key"
    key: str
    value: str


class ReviewFlag(Record):
    """A value that fails a check against the rest of its document (an addition to the
    contract): loaded as read, flagged so an analyst knows what to look at."""

    __table__: ClassVar[str] = "review_flags"
    table_name: str
    column_name: str
    value: str | None = None
    check_name: str
    detail: str


class Person(Row):
    """One person across documents (an addition to the contract): the mentions of
    ``person_mentions`` whose names are one name but for OCR's spelling. Rebuilt from the
    whole warehouse after every ingest, so ``person_id`` holds only until the next one."""

    __table__: ClassVar[str] = "people"
    __primary_key__: ClassVar[str | None] = "person_id"
    person_id: str
    prefix: str | None = None
    full_name: str
    position: str | None = None
    mentions: int
    documents: int
    spellings: list[str] = Field(default_factory=list)


class PersonMention(Row):
    """Where a person is named: an attendee, committee member, memo or order signer,
    recorder or reviewer (an addition to the contract)."""

    __table__: ClassVar[str] = "person_mentions"
    person_id: str
    doc_id: str
    page_no: int
    role: MentionRole
    meeting_id: str | None = None
    status: AttendanceStatus | None = None  # an attendee's
    prefix: str | None = None
    full_name: str
    position: str | None = None


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
