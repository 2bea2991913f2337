"""Passes over all the parsed documents of one source, after each was parsed on its own.

- Project sheets sit in a segment of their own, so they cannot see the plan's table: their
  ``project_seq`` (and their budgets') comes from the plan rows of the same source whose
  names match theirs, and their fiscal year from the plan's.
- An attendance sheet's people become attendees of the minutes it follows when those minutes
  only count their members (or those invited).
- A document that never names its office takes the office its source names most.

Pure functions of the parsed results (they update them in place and return them); this module
imports no document type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from parsers.common import find_organization, similarity
from pipeline.model import Parsed, Segment
from pipeline.normalize import normalize_line
from schemas import Attendee, Budget, ItaScore, Meeting, Project, ProjectSheet, Row

NAME_PREFIX = regex.compile(r"^(?:โครงการ|กิจกรรม|มาตรการ)\s*")
PUNCTUATION = regex.compile(r"[\s\"'“”‘’«»()\[\]{}.,:;/\-–—]+")
LINK_CUTOFF = 0.75
# The year a sheet adds to its row's name (``โครงการ... ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ - ๒๕๗๐``).
YEAR_SUFFIX = regex.compile(r"\s*(?:ประจำ)?ปี(?:งบประมาณ)?\s*(?:พ\.\s?ศ\.)?\s*[0-9๐-๙]{4}(?:\s*[-–]\s*[0-9๐-๙]{4})?\s*$")


def link(parsed: list[Parsed], segments: Sequence[Segment]) -> list[Parsed]:
    """Every cross-document pass, in order: sheets to plan rows, attendance sheets to their
    meeting, then organisations."""
    return fill_organizations(attend_from_sheets(link_sheets_to_plan(parsed)), segments)


# --- attendance sheets to their meeting --------------------------------------------------------


def attend_from_sheets(parsed: list[Parsed]) -> list[Parsed]:
    """An attendance sheet's people as the attendees of the nearest meeting before it (else
    after it) of its date in the same source (the only meeting, when the sheet prints no date), when those
    minutes list none of them themselves - no member for a sheet of members (``ผู้มาประชุม จำนวน
    ๑๓ คน (ตามบัญชีลงชื่อแนบท้าย)``), no one invited for a sheet of those invited; otherwise the
    sheet repeats their lists and gives no attendee."""
    meetings = [row for p in parsed for row in p.rows if isinstance(row, Meeting)]
    listed = {  # (meeting, members or invited) the minutes list themselves
        (row.meeting_id, row.status == "invited")
        for p in parsed
        if p.document.doc_type != "attendance_sheet"
        for row in p.rows
        if isinstance(row, Attendee)
    }
    for k, p in enumerate(parsed):
        if p.document.doc_type != "attendance_sheet":
            continue
        people = [row for row in p.rows if isinstance(row, Attendee)]
        p.rows = [row for row in p.rows if not isinstance(row, Attendee)]
        # the nearest minutes before the sheet of its date (two bodies may meet the same day),
        # else after it (a sheet filed before its minutes)
        before = [m for q in reversed(parsed[:k]) for m in q.rows if isinstance(m, Meeting)]
        after = [m for q in parsed[k + 1 :] for m in q.rows if isinstance(m, Meeting)]
        dated = [m for m in [*before, *after] if p.document.doc_date is not None and m.meeting_date == p.document.doc_date]
        meeting = dated[0] if dated else meetings[0] if len(meetings) == 1 and p.document.doc_date is None else None
        if meeting is None:
            continue
        kept = [row for row in people if (meeting.meeting_id, row.status == "invited") not in listed]
        p.rows += [row.model_copy(update={"meeting_id": meeting.meeting_id, "doc_id": meeting.doc_id}) for row in kept]
        listed |= {(meeting.meeting_id, row.status == "invited") for row in kept}
    return parsed


# --- linking sheets to the plan's rows ---------------------------------------------------------


def comparable(name: str) -> str:
    return PUNCTUATION.sub("", name)


def name_similarity(a: str, b: str) -> float:
    """Similarity of two project names, forgiving quotes, spacing, a leading โครงการ/กิจกรรม and a
    trailing year."""
    a, b = YEAR_SUFFIX.sub("", a) or a, YEAR_SUFFIX.sub("", b) or b
    plain_a, plain_b = comparable(a), comparable(b)
    bare_a, bare_b = comparable(NAME_PREFIX.sub("", a)), comparable(NAME_PREFIX.sub("", b))
    return max(similarity(plain_a, plain_b), similarity(bare_a, bare_b))


def match_names(sheet_names: Sequence[str], row_names: Sequence[str]) -> dict[int, int]:
    """sheet index -> row index, one to one, best pairs first (at least ``LINK_CUTOFF``)."""
    pairs = sorted(
        (
            (name_similarity(sheet, row), i, j)
            for i, sheet in enumerate(sheet_names)
            for j, row in enumerate(row_names)
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used_rows: set[int] = set()
    for score, i, j in pairs:
        if score < LINK_CUTOFF:
            break
        if i in matched or j in used_rows:
            continue
        matched[i] = j
        used_rows.add(j)
    return matched


def link_sheets_to_plan(parsed: list[Parsed]) -> list[Parsed]:
    """Fill ``project_seq`` of sheets (and their budgets) from the plan rows of the same source.

    A sheet links to the plan that precedes it in the source (or the first plan when none
    does); sheets whose name matches no row keep ``project_seq`` NULL.
    """
    plans = [(k, [r for r in p.rows if isinstance(r, Project)]) for k, p in enumerate(parsed)]
    plans = [(k, rows) for k, rows in plans if rows]
    if not plans:
        return parsed
    for k, item in enumerate(parsed):
        sheets = [r for r in item.rows if isinstance(r, ProjectSheet)]
        if not sheets:
            continue
        preceding = [(at, rows) for at, rows in plans if at < k]
        plan_at, projects = preceding[-1] if preceding else plans[0]
        matches = match_names([s.name or "" for s in sheets], [p.name for p in projects])
        for i, sheet in enumerate(sheets):
            if i in matches:
                sheet.project_seq = projects[matches[i]].seq
        link_sheet_budgets(item.rows, sheets)
        plan_year = next((p.fiscal_year for p in projects if p.fiscal_year is not None), None)
        if plan_year is None and item.document.fiscal_year is not None:
            # The plan's year unread (a scan garbled its title's ``พ.ศ. ๒๕๖๙``): its sheets' title names it.
            fill_fiscal_year(parsed[plan_at], item.document.fiscal_year)
        if item.document.fiscal_year is None and plan_year is not None:
            # Sheets seldom repeat the year; they belong to the plan's.
            item.document = item.document.model_copy(update={"fiscal_year": plan_year})
            for budget in item.rows:
                if isinstance(budget, Budget) and budget.fiscal_year is None:
                    budget.fiscal_year = plan_year
    return parsed


def fill_fiscal_year(plan: Parsed, year: int) -> None:
    """The fiscal year on a plan's document, rows and budgets that name none."""
    if plan.document.fiscal_year is None:
        plan.document = plan.document.model_copy(update={"fiscal_year": year})
    for row in plan.rows:
        if isinstance(row, (Project, Budget)) and row.fiscal_year is None:
            row.fiscal_year = year


def link_sheet_budgets(rows: list[Row], sheets: Sequence[ProjectSheet]) -> None:
    """Give each sheet budget the ``project_seq`` of the sheet it was read from."""
    budgets = [r for r in rows if isinstance(r, Budget) and r.kind == "sheet"]
    unlinked = list(budgets)
    for sheet in sheets:
        if sheet.project_seq is None:
            continue
        for budget in unlinked:
            if budget.label == sheet.name and budget.page_no == sheet.page_no:
                budget.project_seq = sheet.project_seq
                unlinked.remove(budget)
                break


# --- organisations ---------------------------------------------------------------------------


def fill_organizations(parsed: list[Parsed], segments: Sequence[Segment]) -> list[Parsed]:
    """A document that never names its office (a measures table after a memo, an office name
    printed only as the running header) belongs to the office its source names most; its ITA
    scores too."""
    named = [p.document.organization for p in parsed if p.document.organization]
    for result, segment in zip(parsed, segments, strict=True):
        office = result.document.organization
        if office is None:
            raw = "\n".join(normalize_line(line) for line in segment.raw_text.splitlines())
            office = (Counter(named).most_common(1)[0][0] if named else None) or find_organization(raw)
            if office is None:
                continue
            result.document = result.document.model_copy(update={"organization": office})
        result.rows = [
            row.model_copy(update={"organization": office})
            if isinstance(row, ItaScore) and row.organization is None
            else row
            for row in result.rows
        ]
    return parsed
