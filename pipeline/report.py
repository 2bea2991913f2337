"""``saraban report``: the whole warehouse on one self-contained HTML page.

The figures come from the named queries in ``warehouse/report.sql``; this module only lays
them out: inline CSS, tables, and bar charts drawn here as inline SVG. Nothing on the page
refers to the network (no fonts, scripts or styles from elsewhere), so it opens offline.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import files
from typing import Any

import duckdb

from pipeline import __version__

PALETTE = ("#2f6db5", "#e08a1e", "#3a9a5b", "#b8403a", "#7d5ba6", "#8c6d3f", "#c45c9a", "#5f6b75")
STATUS_COLOURS = {"ok": "#3a9a5b", "partial": "#e08a1e", "failed": "#b8403a"}
INSTRUMENT_COLOURS = {"IIT": "#2f6db5", "EIT": "#3a9a5b", "OIT": "#e08a1e", "ITA": "#b8403a"}

CSS = """
body { font-family: Sarabun, "TH Sarabun New", Loma, Garuda, "Noto Sans Thai", sans-serif;
       margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
section { overflow-x: auto; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2f6db5; padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
p.meta, p.note { color: #555; font-size: 0.9em; }
nav a { margin-right: 1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #eef3fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.bad td { background: #fbeeee; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8em; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: 0.5em 1em; min-width: 7em; }
.card b { display: block; font-size: 1.5em; }
svg text { font-size: 12px; fill: #222; }
svg .value { fill: #444; }
svg .grid { stroke: #ddd; }
"""


@dataclass(frozen=True, slots=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def report_queries() -> dict[str, str]:
    """The named queries of ``warehouse/report.sql`` (``-- name: NAME`` opens each)."""
    script = files("warehouse").joinpath("report.sql").read_text(encoding="utf-8")
    parts = re.split(r"^-- name: (\w+)\n", script, flags=re.MULTILINE)
    return {name: sql.strip() for name, sql in zip(parts[1::2], parts[2::2], strict=True)}


def run_queries(con: duckdb.DuckDBPyConnection) -> dict[str, Result | str]:
    """Each query's result, or the one line DuckDB gave when the warehouse cannot answer it
    (a warehouse written before a table was added)."""
    results: dict[str, Result | str] = {}
    for name, sql in report_queries().items():
        try:
            cursor = con.execute(sql)
            results[name] = Result([d[0] for d in cursor.description or ()], cursor.fetchall())
        except duckdb.Error as error:
            results[name] = str(error).splitlines()[0]
    return results


# -- formatting -------------------------------------------------------------------------


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def html_table(result: Result | str, empty: str = "None.") -> str:
    """A result as an HTML table (numbers right-aligned; a row whose ``status`` is
    ``failed`` or ``partial`` marked)."""
    if isinstance(result, str):
        return f'<p class="note">Not available in this warehouse: {_esc(result)}</p>'
    if not result.rows:
        return f'<p class="note">{_esc(empty)}</p>'
    head = "".join(f"<th>{_esc(c)}</th>" for c in result.columns)
    status = result.columns.index("status") if "status" in result.columns else None
    body = []
    for row in result.rows:
        cells = "".join(
            f'<td class="num">{_esc(cell_text(v))}</td>'
            if isinstance(v, int | float | Decimal) and not isinstance(v, bool)
            else f"<td>{_esc(cell_text(v))}</td>"
            for v in row
        )
        marked = status is not None and row[status] in ("failed", "partial")
        body.append(f'<tr class="bad">{cells}</tr>' if marked else f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    series: str = ""


def bar_chart(
    groups: Sequence[tuple[str, Sequence[Bar]]],
    title: str,
    colours: dict[str, str] | None = None,
    scale_max: float | None = None,
    width: int = 760,
) -> str:
    """Horizontal bars as inline SVG, in groups (a group's heading above its bars; an empty
    heading draws none). Bars are coloured by series; the scale runs from 0 to ``scale_max``
    (the largest value when ``None``), with grid lines at quarters."""
    bars = [bar for _, members in groups for bar in members]
    if not bars:
        return ""
    colours = dict(colours or {})
    for bar in bars:
        colours.setdefault(bar.series, PALETTE[len(colours) % len(PALETTE)])
    top = max(scale_max or 0.0, max(bar.value for bar in bars)) or 1.0
    if scale_max is None and all(float(bar.value).is_integer() for bar in bars):
        top = -(-top // 4) * 4  # counts: whole numbers at the quarter lines
    label_w, value_w, row_h, head_h = 300, 70, 20, 22
    plot_w = width - label_w - value_w
    parts: list[str] = []
    y = 8
    for heading, members in groups:
        if heading:
            parts.append(f'<text x="4" y="{y + 15}" font-weight="bold">{_esc(_short(heading, 70))}</text>')
            y += head_h
        for bar in members:
            w = max(1.0, plot_w * bar.value / top) if bar.value > 0 else 0.0
            colour = colours[bar.series]
            parts.append(
                f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_esc(_short(bar.label, 45))}'
                f"<title>{_esc(bar.label)}</title></text>"
                f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{colour}">'
                f"<title>{_esc(bar.label)}: {_esc(_number(bar.value))}</title></rect>"
                f'<text class="value" x="{label_w + w + 4:.1f}" y="{y + 14}">{_esc(_number(bar.value))}</text>'
            )
            y += row_h
        y += 6
    grid = "".join(
        f'<line class="grid" x1="{label_w + plot_w * q / 4:.1f}" y1="4" x2="{label_w + plot_w * q / 4:.1f}" '
        f'y2="{y}"/><text x="{label_w + plot_w * q / 4:.1f}" y="{y + 14}" text-anchor="middle">'
        f"{_esc(_number(top * q / 4))}</text>"
        for q in range(5)
    )
    legend, x = "", label_w
    named = [s for s in colours if s and any(bar.series == s for bar in bars)]
    if len(named) > 1 and any(bar.series != bar.label for bar in bars):  # else the labels say it
        for name in named:
            legend += (
                f'<rect x="{x}" y="{y + 24}" width="12" height="12" fill="{colours[name]}"/>'
                f'<text x="{x + 16}" y="{y + 34}">{_esc(name)}</text>'
            )
            x += 30 + 7 * len(name)
        y += 20
    height = y + 24
    return (
        f'<svg role="img" aria-label="{_esc(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{_esc(title)}</title>{grid}{"".join(parts)}{legend}</svg>'
    )


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _bars(result: Result | str, label: str, value: str, series: str | None = None) -> list[Bar]:
    if isinstance(result, str):
        return []
    i, j = result.columns.index(label), result.columns.index(value)
    k = result.columns.index(series) if series else None
    return [
        Bar(cell_text(row[i]), float(row[j] or 0), "" if k is None else str(row[k])) for row in result.rows
    ]


# -- the page ---------------------------------------------------------------------------

SECTIONS = (
    ("sources", "Sources by status"),
    ("pages", "Pages by method"),
    ("documents", "Documents by type and office"),
    ("budgets", "Budget checks that fail"),
    ("review", "Values flagged for review"),
    ("ita", "ITA scores by office and year"),
    ("attendance", "Attendance per meeting"),
)


def build_report(con: duckdb.DuckDBPyConnection, warehouse: str, now: dt.datetime | None = None) -> str:
    """The report page for the warehouse behind ``con``."""
    r = run_queries(con)
    now = now or dt.datetime.now().replace(microsecond=0)
    body = [
        f"<h1>Saraban report</h1><p class=\"meta\">Warehouse {_esc(warehouse)} · made {_esc(now.isoformat(' '))}"
        f" by saraban {_esc(__version__)}</p>",
        _cards(r),
        "<nav>" + "".join(f'<a href="#{key}">{_esc(title)}</a>' for key, title in SECTIONS) + "</nav>",
        _section("sources", _counted(r, "sources")),
        _section("pages", _counted(r, "pages")),
        _section("documents", _counted(r, "documents")),
        _section("budgets", _budgets(r)),
        _section("review", html_table(r["review_flags"], "No value is flagged for review.")),
        _section("ita", _ita(r)),
        _section("attendance", _attendance(r)),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Saraban report: {_esc(warehouse)}</title><style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _section(key: str, content: str) -> str:
    title = dict(SECTIONS)[key]
    return f'<section id="{key}"><h2>{_esc(title)}</h2>\n{content}\n</section>'


def _total(result: Result | str, column: str) -> int:
    if isinstance(result, str):
        return 0
    i = result.columns.index(column)
    return int(sum(row[i] or 0 for row in result.rows))


def _cards(r: dict[str, Result | str]) -> str:
    figures = [
        ("sources", _total(r["sources_by_status"], "sources")),
        ("pages", _total(r["pages_by_method"], "pages")),
        ("documents", _total(r["documents_by_type"], "documents")),
        ("failing budget checks", _total(r["budget_summary"], "failing")),
        ("review flags", len(r["review_flags"].rows) if isinstance(r["review_flags"], Result) else 0),
        ("meetings", len(r["attendance"].rows) if isinstance(r["attendance"], Result) else 0),
    ]
    return '<div class="cards">' + "".join(
        f'<div class="card"><b>{n}</b>{_esc(label)}</div>' for label, n in figures
    ) + "</div>"


# Sections that chart a count and list the details: (count query, label column, count
# column, when empty, details heading, details query, when none).
COUNTED = {
    "sources": ("sources_by_status", "status", "sources", "No source has been ingested.",
                "Sources that failed or loaded in part, with the reason", "source_problems",
                "Every source loaded in full."),
    "pages": ("pages_by_method", "method", "pages", "No pages recorded.",
              "Why pages were OCR'd (or read by PDFium)", "page_reasons",
              "No page was OCR'd for a reason: every page was read as text."),
    "documents": ("documents_by_type", "doc_type", "documents", "No documents.", "By office",
                  "documents_by_office", "No documents."),
}


def _counted(r: dict[str, Result | str], key: str) -> str:
    counts, label, value, empty, heading, details, none = COUNTED[key]
    colours = STATUS_COLOURS if key == "sources" else None
    chart = bar_chart([("", _bars(r[counts], label, value, label))], dict(SECTIONS)[key], colours)
    return chart + html_table(r[counts], empty) + f"<h3>{_esc(heading)}</h3>" + html_table(r[details], none)


def _budgets(r: dict[str, Result | str]) -> str:
    return (
        html_table(r["budget_summary"], "No budget to check.")
        + '<p class="note">A plan\'s printed total against the sum of its rows (plan_total), a project '
        "sheet's budget against its row in the plan (sheet). Not checkable: one side is missing.</p>"
        + "<h3>Failing checks</h3>"
        + html_table(r["budget_failures"], "Every budget that could be checked adds up.")
    )


def _ita(r: dict[str, Result | str]) -> str:
    totals = r["ita_totals"]
    groups: dict[str, list[Bar]] = {}
    if isinstance(totals, Result):
        for organization, year, instrument, score in totals.rows:
            groups.setdefault(organization, []).append(
                Bar(f"{instrument} {year if year is not None else '(year not named)'}", float(score), instrument)
            )
    chart = bar_chart(list(groups.items()), "ITA scores by office and year", INSTRUMENT_COLOURS, scale_max=100)
    return (
        (chart or '<p class="note">No ITA scores.</p>')
        + "<h3>Instrument totals and overall scores</h3>"
        + html_table(totals, "No ITA scores.")
        + "<h3>Indicators</h3>"
        + html_table(r["ita_indicators"], "No indicator scores.")
    )


def _attendance(r: dict[str, Result | str]) -> str:
    meetings = r["attendance"]
    groups: list[tuple[str, list[Bar]]] = []
    if isinstance(meetings, Result):
        for date, title, organization, present, absent, invited, _ in meetings.rows:
            heading = f"{cell_text(date) or '(no date)'} · {title or organization or '(untitled meeting)'}"
            bars = [Bar(status, float(n), status) for status, n in
                    (("present", present), ("absent", absent), ("invited", invited))]
            groups.append((heading, bars))
    chart = bar_chart(groups, "Attendance per meeting", {"present": "#3a9a5b", "absent": "#b8403a",
                                                         "invited": "#2f6db5"})
    return chart + html_table(meetings, "No meetings.")
