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
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from pipeline.model import Parsed
from schemas import Attendee, Budget, ItaScore, Meeting, Project, ReviewFlag, Row

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


def plan_totals(rows: Sequence[Row]) -> Iterable[ReviewFlag]:
    """A plan's grand total against its rows, per budget year (a plan may budget several)."""
    by_doc: dict[tuple[str, int | None], list[Budget]] = defaultdict(list)
    for row in rows:
        if isinstance(row, Budget):
            by_doc[(row.doc_id, row.fiscal_year)].append(row)
    for budgets in by_doc.values():
        parts = [b.amount_thb for b in budgets if b.kind == "plan_row"]
        totals = [b for b in budgets if b.kind == "plan_total"]
        if not parts or not totals:
            continue
        added = sum(parts, Decimal(0))
        total = totals[-1]  # the grand total follows any subtotals (checked in budget_checks)
        if abs(total.amount_thb - added) > Decimal("0.005"):
            yield _flag(total, "amount_thb", "plan_total", f"the {len(parts)} rows add up to {added}")


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


def review_flags(parsed: Sequence[Parsed]) -> list[ReviewFlag]:
    """Every flag of one source's documents."""
    rows = [row for item in parsed for row in item.rows]
    fiscal_years = {item.document.doc_id: item.document.fiscal_year for item in parsed}
    return [
        *plan_totals(rows),
        *years(rows, fiscal_years),
        *sequences(rows),
        *ita_totals(rows),
        *meeting_dates(rows),
    ]
