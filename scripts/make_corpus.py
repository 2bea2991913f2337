"""The development corpus as offices' software makes it (``make samples``).

Every ``samples/*.txt`` (or the files given) is published the ways Thai offices publish:

- ``chromium-<font>``: HTML printed to PDF by headless Chromium (Debian's ``chromium``):
  HarfBuzz shaping, subset CID fonts, ToUnicode written from the shaper's clusters;
- ``libreoffice-<font>``: a .docx (python-docx: real tables and tab stops) converted by
  ``soffice --convert-to pdf``: subset TrueType fonts, LibreOffice's own ToUnicode;
- ``legacy-norasi``: the text shaped the legacy way (Windows' and old Word's "Thai PUA":
  shifted and lowered marks, letters without their descender, as private-use code points)
  and printed by Chromium in Norasi, a tlwg font that still draws them: the text layer
  carries U+F700-U+F71A where the marks were;
- ``scan200``: the Chromium/Sarabun pages scanned at 200 dpi grey, skewed, speckled, JPEG q60;
- ``copier300``: the LibreOffice/Laksaman pages as a copier scans them: 300 dpi colour JPEG
  q60, skew up to 2 degrees, a red or blue round rubber stamp and a signature stroke on the
  first page, faint toner on some pages; a landscape page (a plan's wide table) fed as a
  portrait sheet, its text sideways.

A page with a table of ``WIDE_TABLE`` columns or more is printed landscape, as offices print a
plan's year-and-month grid.

Sizes are an office's: its 16 pt TH SarabunPSK body and 14 pt tables. TH SarabunPSK draws Thai
small for its point size (the old Thai convention); Laksaman (TLWG) and Sarabun (Google) are
scaled to Latin metrics, so the same page prints them at ``BODY_POINTS`` and ``TABLE_POINTS``,
three quarters of the nominal size: about ninety typed characters to a line, as the texts are
typed (at 16 pt these fonts fit about 55, and every line of a page wrapped).

Fonts: Laksaman from Debian's ``fonts-thai-tlwg``; Sarabun (the open successor of TH Sarabun
New, OFL) from ``pipeline/reference_fonts``, installed into fontconfig.

A line with a tab, or a run of lines whose columns are aligned with spaces, is a cell row of a
ruled table; a form feed starts a page. Output is seeded
and dates in the PDFs are fixed, so re-running on unchanged text changes little.

Usage: ``python scripts/make_corpus.py [--out DIR] [--variants a,b] [FILE.txt ...]``
"""

from __future__ import annotations

import argparse
import functools
import html
import io
import itertools
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np
import regex
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.engines.pdfium import open_pdf, page_count, render_page_rgb  # noqa: E402
from pipeline.extract import decode_text  # noqa: E402

FONTS = {
    "sarabun": ("Sarabun", Path("/usr/local/share/fonts/sarabun/Sarabun_400Regular.ttf")),
    "laksaman": ("Laksaman", Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")),
    "norasi": ("Norasi", Path("/usr/share/fonts/truetype/tlwg/Norasi.ttf")),
}
FIXED_DATE = b"D:20240101000000Z"
# 300 dpi colour pages are ~350 KB each: the copier variant covers one document of each genre.
COPIER_SAMPLES = ("01_memo_khlongsai", "03_minutes_wangtakhian", "04_order_phothong", "06_action_plan_donmakham",
                  "08_ita_report_khaokaeo")
VARIANTS = ("chromium-sarabun", "chromium-laksaman", "libreoffice-sarabun", "libreoffice-laksaman",
            "legacy-norasi", "scan200", "copier300")


# --- fonts ---------------------------------------------------------------------------------


def ensure_sarabun() -> None:
    """Sarabun into fontconfig, from the copy the decoder keeps as a reference font (OFL;
    Debian has no package of it; the npm registry's @expo-google-fonts/sarabun is its source)."""
    target = FONTS["sarabun"][1]
    if target.is_file():
        return
    vendored = ROOT / "pipeline" / "reference_fonts"
    target.parent.mkdir(parents=True, exist_ok=True)
    for style in ("400Regular", "700Bold"):
        shutil.copy(vendored / f"Sarabun_{style}.ttf", target.parent / f"Sarabun_{style}.ttf")
    subprocess.run(["fc-cache", "-f"], check=False, capture_output=True)


# --- the text's structure --------------------------------------------------------------------

# ("p", [line]) | ("table", rows): ruled | ("tabbed", lines): columns typed with spaces, printed at
# tab stops (or, when the stops do not fit, as "aligned" rows: a table without rulings) | ("break", [])
Block = tuple[str, list[str] | list[list[str]]]


_GAP = regex.compile(r"\S(?:  +|\t)\S")
_CELL = regex.compile(r"\S+(?: \S+)*")


def _width(text: str) -> int:
    """Columns a typist counts: Thai marks sit on their letter."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else 1 for ch in text)


def aligned_rows(lines: list[str]) -> list[list[str]]:
    """Lines whose columns a typist aligned with runs of spaces, as the table they print as.
    Cell starts cluster into columns; neighbouring columns no row fills both of are one column
    whose alignment drifted; a line without a row number after a numbered row continues that
    row's cells (a wrapped cell)."""
    placed = _placed(lines)
    starts = _column_starts(placed)
    rows: list[list[str]] = []
    numbered = False
    for row in placed:
        cells = [""] * len(starts)
        for start, text in row:
            at = max(k for k, column in enumerate(starts) if column <= start)
            cells[at] = f"{cells[at]} {text}".strip()
        if rows and numbered and not cells[0]:
            rows[-1] = [f"{a}\n{b}" if a and b else a or b for a, b in zip(rows[-1], cells, strict=True)]
            continue
        numbered = bool(regex.match(r"\d", cells[0]))
        rows.append(cells)
    return rows


def _placed(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Each line's cells with the column (in typed characters) each starts at."""
    return [_name_joined([(_width(line[: m.start()]), m.group()) for m in _CELL.finditer(line)], line)
            for line in lines]


def _column_starts(placed: list[list[tuple[int, str]]]) -> list[int]:
    """Cell starts clustered into columns; neighbouring columns no row fills both of are one."""
    clusters: list[tuple[int, set[int]]] = []  # (first start, rows with a cell there)
    for start, row_no in sorted((start, r) for r, row in enumerate(placed) for start, _ in row):
        if clusters and start - clusters[-1][0] <= 2:
            clusters[-1][1].add(row_no)
        else:
            clusters.append((start, {row_no}))
    columns: list[tuple[int, set[int]]] = []
    for start, rows_there in clusters:
        if columns and not columns[-1][1] & rows_there:
            columns[-1] = (columns[-1][0], columns[-1][1] | rows_there)  # drifted alignment
        else:
            columns.append((start, set(rows_there)))
    return [start for start, _ in columns]


THAI_SCALE = 0.75  # TH SarabunPSK's point size in Laksaman's or Sarabun's (Latin-matched metrics)
BODY_POINTS = 16 * THAI_SCALE  # an office's 16 pt body
TABLE_POINTS = 14 * THAI_SCALE  # offices set tables a size smaller than the body
SPACE_PT = 5.2  # a typed column: ninety of them across the A4 text width (16.5 cm)
TAB_GAP_PT = 12.0  # the air a typist leaves before the next tab stop
WIDER = 1.2  # the layout engines set Thai wider than the font's advances say (LibreOffice most)


Tabbed = tuple[float, list[float], list[list[tuple[float, int, str]]]]


@functools.cache
def _font(family: str, points: float) -> ImageFont.FreeTypeFont | None:
    """``family``'s regular face at ten times ``points`` (its advances in tenths of a point),
    loaded once; None where the font is not installed."""
    path = next((p for name, p in FONTS.values() if name == family), None)
    return ImageFont.truetype(str(path), round(points * 10)) if path and path.is_file() else None


def tab_stops(lines: list[str], family: str, width_pt: float) -> Tabbed | None:
    """A run of space-aligned lines as a typist sets it in a word processor: a tab stop per
    column, each far enough right that the cells before it end short of it, and each line's
    cells after as many tabs as reach their stop; at the body's size, or a size smaller when
    that does not fit (as a typist shrinks a list). Returns the size, the stops (pt) and every
    line's cells as (x in pt, tabs typed before it, text); None when the stops do not fit the
    line at either size (then the block is printed as a borderless table)."""
    for points in (BODY_POINTS, TABLE_POINTS):
        laid = _tab_stops(lines, family, points, width_pt)
        if laid:
            return laid
    return None


def _tab_stops(lines: list[str], family: str, points: float, width_pt: float) -> Tabbed | None:
    placed = _placed(lines)
    starts = _column_starts(placed)
    font = _font(family, points)

    def printed(text: str) -> float:
        return WIDER * font.getlength(text) / 10 if font else 0.55 * points * _width(text)

    rows = [[(max(k for k, column in enumerate(starts) if column <= start), text) for start, text in row] for row in placed]
    stops = [0.0] * len(starts)
    for k, start in enumerate(starts):
        stops[k] = start * SPACE_PT * points / BODY_POINTS
        if k:
            stops[k] = max(stops[k], stops[k - 1] + TAB_GAP_PT)
        for row in rows:  # a cell followed by one in this column ends before its stop
            for (a, text), (b, _) in itertools.pairwise(row):
                if b == k:
                    stops[k] = max(stops[k], stops[a] + printed(text) + TAB_GAP_PT)
    if max(stops[row[-1][0]] + printed(row[-1][1]) for row in rows if row) > width_pt:
        return None  # a line would wrap
    out: list[list[tuple[float, int, str]]] = []
    for row in rows:
        cells: list[tuple[float, int, str]] = []
        at = 0.0
        for k, text in row:
            tabs = sum(1 for stop in stops if at < stop <= stops[k]) if stops[k] > 0 else 0
            cells.append((stops[k], tabs, text))
            at = stops[k] + printed(text)
        out.append(cells)
    return points, stops, out


# a given name after its title (``นายสุพจน์``, ``จ.อ.สมคิด``): the two spaces after it separate
# the surname, as Thai typists write a name, not a column
_GIVEN_NAME = regex.compile(r"(?:^|\s)(?:\d{1,3}[.)]\s*)?\(?(?:นางสาว|นาย|นาง|ว่าที่|(?:[ก-ฮ]{1,3}\.){1,3})\S+$")


def _name_joined(cells: list[tuple[int, str]], line: str) -> list[tuple[int, str]]:
    """A line's cells with a surname kept in its given name's cell."""
    out: list[tuple[int, str]] = []
    for start, text in cells:
        if out and " " not in text and _GIVEN_NAME.search(out[-1][1]):
            before_start, before = out[-1]
            gap = start - before_start - _width(before)
            if gap == 2:
                out[-1] = (before_start, f"{before}  {text}")
                continue
        out.append((start, text))
    return out


def blocks(text: str) -> list[Block]:
    """Paragraphs, ruled tables (runs of lines with tabs, or of lines whose columns are aligned
    with spaces) and page breaks."""
    text = regex.sub(r"(?:</?p\s*/?>)+", " ", text, flags=regex.IGNORECASE)
    out: list[Block] = []
    for number, page in enumerate(text.replace("\r\n", "\n").split("\f")):
        if number:
            out.append(("break", []))
        rows: list[list[str]] = []
        aligned: list[str] = []
        lines = page.strip("\n").split("\n")
        for i, line in enumerate(lines):
            # (a row whose first cells are empty, its text indented in its cell: ``\t\t   ตามแบบ ...``)
            if regex.search(r"\S\t+\S", line.rstrip()) or (rows and regex.match(r"\t+ *\S", line)):
                if aligned:  # keep the order of the page
                    out.extend(aligned_block(aligned))
                    aligned = []
                rows.append([" ".join(c.split()) for c in line.rstrip().split("\t")])
                continue
            if rows:
                out.append(("table", rows))
                rows = []
            spaced = bool(_GAP.search(line.strip()))
            follows = i + 1 < len(lines) and "\t" not in lines[i + 1].strip() and bool(_GAP.search(lines[i + 1].strip()))
            if aligned and _outdented(line, aligned[0]):
                out.extend(aligned_block(aligned))  # a line left of an indented list's margin ends it
                aligned = []
            if line.strip() and ((spaced and (aligned or follows)) or (aligned and _width(line) - _width(line.lstrip()) > 4)):
                aligned.append(line.rstrip())
                continue
            if aligned:
                out.extend(aligned_block(aligned))
                aligned = []
            out.append(("p", [line.rstrip()]))
        if rows:
            out.append(("table", rows))
        if aligned:
            out.extend(aligned_block(aligned))
    return out


def _outdented(line: str, first: str) -> bool:
    """An unnumbered line typed left of where an indented run of aligned lines starts
    (``เริ่มประชุมเวลา  ๐๙.๓๐  น.`` at the margin under a list indented three)."""
    def indent(text: str) -> int:
        return _width(text) - _width(text.lstrip())

    return bool(line.strip()) and indent(line) < indent(first) and not regex.match(r"\s*\d{1,3}[.)]?\s", line)


def aligned_block(lines: list[str]) -> list[Block]:
    """A run of space-aligned lines: columns at tab stops (an unruled table) when it is one (three or more lines, numbered
    rows, most lines with three or more columns), else the paragraphs it is (a memo's
    ``ส่วนราชการ  กองคลัง  โทร. ...`` heading is typed with spaces, not printed as a table)."""
    cells = [len(_CELL.findall(line)) for line in lines]
    numbered = sum(1 for line in lines if regex.match(r"\s*\d{1,3}[.)]?\s", line))
    wide = sum(1 for n in cells if n >= 3)
    if len(lines) >= 3 and (numbered >= 2 or wide == len(lines)) and wide * 2 >= len(lines):
        return [("tabbed", lines)]
    return [("p", [line]) for line in lines]


def header_spans(rows: list[list[str]], width: int) -> dict[tuple[int, int], int]:
    """Header cells an office merges over the columns to their right (``พ.ศ. ๒๕๖๙`` over nine
    month columns): in a table's first two rows, a cell followed by empty cells that the row
    below fills. (row, column) -> columns spanned."""
    spans: dict[tuple[int, int], int] = {}
    for r, row in enumerate(rows[:2]):
        if r + 1 >= len(rows):
            break
        cells = list(row) + [""] * (width - len(row))
        below = list(rows[r + 1]) + [""] * (width - len(rows[r + 1]))
        for c, value in enumerate(cells):
            if not value or not c or not below[c]:
                continue
            end = c + 1
            while end < width and not cells[end] and below[end]:
                end += 1
            if end - c > 1:
                spans[(r, c)] = end - c
    return spans


def _indent(line: str) -> int:
    lead = line[: len(line) - len(line.lstrip(" \t"))]
    return lead.count(" ") + 4 * lead.count("\t")


# --- Chromium --------------------------------------------------------------------------------


LINE_PT = 440.0  # the A4 text width (468 pt), less the page body's default margins and some air
CHAR_PT = 0.55 * BODY_POINTS  # a Thai letter's advance in Sarabun, about
WIDE_TABLE = 10  # columns from which an office turns the page to landscape (a plan's year and quarter columns)


def pages_of(text: str) -> list[tuple[bool, list[Block]]]:
    """The text's pages, each with whether an office prints it landscape (a table of
    ``WIDE_TABLE`` columns or more on it) and its blocks."""
    pages: list[tuple[bool, list[Block]]] = [(False, [])]
    for kind, content in blocks(text):
        if kind == "break":
            pages.append((False, []))
            continue
        if kind == "tabbed":
            wide = len(_column_starts(_placed([str(line) for line in content]))) >= WIDE_TABLE
        else:
            wide = kind in ("table", "aligned") and max(len(r) for r in content) >= WIDE_TABLE
        pages[-1] = (pages[-1][0] or wide, [*pages[-1][1], (kind, content)])
    return pages


def to_html(text: str, family: str) -> str:
    css = (
        f"@page {{ size: A4; margin: 2cm 2cm 2cm 2.5cm; }}"
        "@page wide { size: A4 landscape; margin: 2cm 2cm 2cm 2.5cm; }"
        f"body {{ font-family: '{family}'; font-size: {BODY_POINTS}pt; line-height: 1.6; }}"
        "p { margin: 0; white-space: pre-wrap; } p.gap { height: 0.6em; }"
        "table { border-collapse: collapse; width: 100%; margin: 2pt 0; }"
        f"td {{ border: 0.6pt solid #000; padding: 1pt 4pt; vertical-align: top; font-size: {TABLE_POINTS}pt; }}"
        "table.aligned td { border: none; }"
        "span.tab { display: inline-block; white-space: nowrap; }"
        ".page { break-after: page; } .page.wide { page: wide; }"
    )
    parts = [f"<!doctype html><html lang='th'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    for wide, page in pages_of(text):
        parts.append("<div class='page wide'>" if wide else "<div class='page'>")
        for kind, content in page:
            if kind == "tabbed":
                lines = [str(line) for line in content]
                laid = tab_stops(lines, family, LINE_PT)
                if laid:
                    for cells in laid[2]:
                        parts.append(f"<p style='padding-left:{cells[0][0]:.1f}pt;font-size:{laid[0]}pt'>")
                        for (x, _, text), (after, _, _) in itertools.pairwise(cells):
                            parts.append(f"<span class='tab' style='min-width:{after - x:.1f}pt'>{html.escape(text)}</span>")
                        parts.append(f"{html.escape(cells[-1][2])}</p>")
                    continue
                kind, content = "aligned", aligned_rows(lines)
            if kind == "p":
                line = str(content[0])
                if not line.strip():
                    parts.append("<p class='gap'></p>")
                    continue
                # indented no further than leaves the text its line (a typist's right-aligned
                # ``ลำดับที่ ๑`` stays on one line)
                indent = _indent(line) * SPACE_PT
                if _width(line.strip()) * CHAR_PT <= LINE_PT:
                    indent = min(indent, LINE_PT - _width(line.strip()) * CHAR_PT)
                parts.append(f"<p style='padding-left:{indent:.1f}pt'>{html.escape(line.strip())}</p>")
                continue
            width = max(len(r) for r in content)
            parts.append("<table class='aligned'>" if kind == "aligned" else "<table>")
            spans = header_spans(content, width) if kind == "table" else {}  # type: ignore[arg-type]
            for r, row in enumerate(content):
                cells = list(row) + [""] * (width - len(row))
                tds, c = [], 0
                while c < width:
                    span = spans.get((r, c), 1)
                    attr = f" colspan='{span}'" if span > 1 else ""
                    tds.append(f"<td{attr}>{html.escape(str(cells[c])).replace(chr(10), '<br>')}</td>")
                    c += span
                parts.append("<tr>" + "".join(tds) + "</tr>")
            parts.append("</table>")
        parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts)


# --- legacy shaping ---------------------------------------------------------------------------

# Before OpenType, Thai fonts drew a mark's other positions as glyphs of their own at
# private-use code points (Microsoft's and Apple's "Thai PUA", WTT), and the shaper picked
# them by the consonant: the table is the one HarfBuzz falls back to for such fonts
# (hb-ot-shaper-thai.cc), the reverse of ``pipeline.normalize.PUA_MAP``.
_ASCENDER = frozenset("\u0e1b\u0e1d\u0e1f\u0e2c")  # ป ฝ ฟ ฬ: marks above move left
_DESCENDER = frozenset("\u0e0e\u0e0f")  # ฎ ฏ: marks below move down
_DESCENDERLESS = {"\u0e0d": "\uf70f", "\u0e10": "\uf700"}  # ญ ฐ lose their descender over a mark below
_ABOVE_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d")
_BELOW_VOWELS = frozenset("\u0e38\u0e39\u0e3a")
_TONES = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # MAI EK .. THANTHAKHAT
_LEFT = dict(zip(_TONES + "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d",
                 "\uf713\uf714\uf715\uf716\uf717\uf710\uf701\uf702\uf703\uf704\uf712\uf711", strict=True))
_DOWN = dict(zip(_TONES + "\u0e38\u0e39\u0e3a", "\uf70a\uf70b\uf70c\uf70d\uf70e\uf718\uf719\uf71a", strict=True))
_DOWN_LEFT = dict(zip(_TONES, "\uf705\uf706\uf707\uf708\uf709", strict=True))


def legacy_shape(text: str) -> str:
    """Thai text as a legacy shaper hands it to a PUA font, still in logical order: a tone
    mark with no vowel above it is lowered (left too after ป ฝ ฟ ฬ); after those tall letters
    vowels above, and a tone over such a vowel, move left; SARA U/UU/PHINTHU under ฎ ฏ move
    down; ญ ฐ lose their descender over a vowel below. SARA AM stays one character (its
    NIKHAHIT counts as a vowel above)."""
    out = list(text)
    i = 0
    while i < len(out):
        base = out[i]
        if not "\u0e01" <= base <= "\u0e2e":
            i += 1
            continue
        above = "tall" if base in _ASCENDER else "low"  # where the next tone mark goes
        j = i + 1
        while j < len(out) and (out[j] in _ABOVE_VOWELS or out[j] in _BELOW_VOWELS or out[j] in _TONES):
            mark = out[j]
            if mark in _ABOVE_VOWELS:
                if above == "tall":
                    out[j] = _LEFT[mark]
                above = "tall-high" if above == "tall" else "high"
            elif mark in _BELOW_VOWELS:
                if base in _DESCENDERLESS:
                    out[i] = _DESCENDERLESS[base]
                elif base in _DESCENDER:
                    out[j] = _DOWN[mark]
            else:
                if j + 1 < len(out) and out[j + 1] == "\u0e33":  # SARA AM's NIKHAHIT sits under it
                    above = "tall-high" if above == "tall" else "high"
                out[j] = {"low": _DOWN, "tall": _DOWN_LEFT, "tall-high": _LEFT}.get(above, {}).get(mark, mark)
                above = "done"
            j += 1
        i = j
    return "".join(out)


def _program(*names: str, package: str) -> str:
    """The first of ``names`` on PATH; none: exit saying which Debian package to install."""
    found = next((path for name in names if (path := shutil.which(name))), None)
    if not found:
        raise SystemExit(f"{names[0]} not found: apt-get install {package}")
    return found


def chromium_pdf(text: str, font: str) -> bytes:
    browser = _program("chromium", "chromium-browser", package="chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "doc.html"
        page.write_text(to_html(text, FONTS[font][0]), encoding="utf-8")
        out = Path(tmp) / "doc.pdf"
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer", f"--print-to-pdf={out}",
             page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        return fix_dates(out.read_bytes())


# --- LibreOffice -----------------------------------------------------------------------------


def _font_run(run: object, family: str, points: float = BODY_POINTS) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = family  # type: ignore[attr-defined]
    run.font.size = Pt(points)  # type: ignore[attr-defined]
    rpr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)
    size = rpr.find(qn("w:szCs"))
    if size is None:
        size = rpr.makeelement(qn("w:szCs"), {})
        rpr.append(size)
    size.set(qn("w:val"), str(round(2 * points)))


def to_docx(text: str, family: str) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    document = docx.Document()

    def lay_out(section: docx.section.Section, wide: bool) -> None:
        section.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
        section.page_height, section.page_width = (Cm(21.0), Cm(29.7)) if wide else (Cm(29.7), Cm(21.0))
        section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)

    style = document.styles["Normal"]
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    was_wide = False
    for number, (wide, page) in enumerate(pages_of(text)):
        pending_break = number > 0
        if number == 0:
            lay_out(document.sections[0], wide)
        elif wide or was_wide:  # the page turns: a section of its own
            lay_out(document.add_section(WD_SECTION.NEW_PAGE), wide)
            pending_break = False
        was_wide = wide
        for kind, content in page:
            if kind == "tabbed":
                lines = [str(line) for line in content]
                width_cm = WIDE_TEXT_WIDTH_CM if wide else TEXT_WIDTH_CM
                laid = tab_stops(lines, family, width_cm / 2.54 * 72)
                if laid:
                    points, stops, rows = laid
                    for cells in rows:
                        para = document.add_paragraph()
                        if pending_break:
                            para.paragraph_format.page_break_before = True
                            pending_break = False
                        for stop in stops:
                            if stop > 0:
                                para.paragraph_format.tab_stops.add_tab_stop(Pt(stop))
                        _font_run(para.add_run("".join("\t" * tabs + text for _, tabs, text in cells)), family, points)
                    continue
                kind, content = "aligned", aligned_rows(lines)
            if kind == "p":
                line = str(content[0])
                para = document.add_paragraph()
                if pending_break:
                    para.paragraph_format.page_break_before = True
                    pending_break = False
                para.paragraph_format.left_indent = Pt(_indent(line) * SPACE_PT)
                _font_run(para.add_run(line.strip()), family)
                continue
            width = max(len(r) for r in content)
            if pending_break:
                brk = document.add_paragraph()
                brk.add_run().add_break(WD_BREAK.PAGE)
                pending_break = False
            table = document.add_table(rows=0, cols=width)
            if kind == "table":
                table.style = "Table Grid"  # an aligned block keeps the default, unruled style
            table.autofit = False
            spans = header_spans(content, width) if kind == "table" else {}  # type: ignore[arg-type]
            widths = column_widths(content, width, WIDE_TEXT_WIDTH_CM if wide else TEXT_WIDTH_CM, family, spans)
            for column, size in zip(table.columns, widths, strict=True):
                column.width = Cm(size)  # the grid LibreOffice lays out by
            for r, row in enumerate(content):
                cells = table.add_row().cells
                for cell, value, size in zip(cells, list(row) + [""] * (width - len(row)), widths, strict=True):
                    cell.width = Cm(size)
                    _font_run(cell.paragraphs[0].add_run(str(value)), family, TABLE_POINTS)
                for (at, c), span in spans.items():
                    if at == r:
                        merged = cells[c].merge(cells[c + span - 1])
                        for para in merged.paragraphs[1:]:  # the covered cells' empty paragraphs
                            para._element.getparent().remove(para._element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


TEXT_WIDTH_CM = 16.5
WIDE_TEXT_WIDTH_CM = 25.2  # A4 landscape less the same margins
CELL_PADDING_CM = 0.45  # LibreOffice's cell margins and a little air


def column_widths(rows: list[str] | list[list[str]], width: int, total: float, family: str,
                  spans: dict[tuple[int, int], int] | None = None) -> list[float]:
    """Column widths (cm) as a typist sizes them in Word: wide enough that no word in a
    column breaks (``ลำดับ``, ``150,000.00``), the rest of the line shared by the longest
    line of each column's cells (a project name wide); a merged header cell sizes no column."""
    font = _font(family, TABLE_POINTS)

    def cm(text: str) -> float:  # printed width at TABLE_POINTS
        points = 1.25 * font.getlength(text) / 10 if font else 0.6 * TABLE_POINTS * _width(text)  # LO sets Thai wider
        return points / 72 * 2.54

    longest = [0.5] * width
    least = [0.5] * width
    for r, row in enumerate(rows):
        for i, value in enumerate(list(row)[:width]):
            if spans and (r, i) in spans:
                continue
            longest[i] = max(longest[i], *(cm(part) for part in str(value).split("\n")))
            least[i] = max(least[i], *(cm(token) for token in str(value).split() or [""]))
    # a Thai phrase has no spaces and wraps between its words: only short tokens must not break
    least = [min(w, 3.0) + CELL_PADDING_CM for w in least]
    if sum(least) >= total:
        return [total * w / sum(least) for w in least]
    spare = total - sum(least)
    wants = [max(0.0, min(line, 8.0) + CELL_PADDING_CM - low) for line, low in zip(longest, least, strict=True)]
    share = sum(wants) or 1.0
    return [low + spare * want / share for low, want in zip(least, wants, strict=True)]


def libreoffice_pdf(text: str, font: str) -> bytes:
    office = _program("soffice", "libreoffice", package="libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.docx"
        source.write_bytes(to_docx(text, FONTS[font][0]))
        subprocess.run(
            [office, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        return fix_dates((Path(tmp) / "doc.pdf").read_bytes())


def fix_dates(data: bytes) -> bytes:
    """Fixed creation dates (same length, so xref offsets stay right)."""

    def same_length(match: regex.Match[bytes]) -> bytes:
        stamp = match.group(2)
        return match.group(1) + (FIXED_DATE + b"0" * 40)[: len(stamp)].ljust(len(stamp), b"0")

    return regex.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)", same_length, data)


# --- scans -----------------------------------------------------------------------------------


def _stamp(page: Image.Image, rng: random.Random, dpi: int) -> None:
    """A round rubber stamp in red or blue ink over the lower half of the page."""
    colour = rng.choice([(200, 30, 40), (30, 60, 190)])
    radius = int(dpi * 0.65)
    cx = rng.randint(int(page.width * 0.45), int(page.width * 0.75))
    cy = rng.randint(int(page.height * 0.55), int(page.height * 0.8))
    layer = Image.new("L", page.size, 0)
    draw = ImageDraw.Draw(layer)
    for r in (radius, radius - dpi // 25):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=max(3, dpi // 60))
    font_path = FONTS["laksaman"][1]
    font = ImageFont.truetype(str(font_path), size=dpi // 6)
    draw.text((cx, cy - dpi // 8), "สำนักปลัด", font=font, fill=255, anchor="mm")
    draw.text((cx, cy + dpi // 8), "รับที่ 1234", font=font, fill=255, anchor="mm")
    # Ink is subtractive: the stamp darkens what it covers, black toner under it stays black.
    alpha = np.asarray(layer, dtype=np.float32)[..., None] / 255 * 0.8
    tint = np.array(colour, dtype=np.float32) / 255
    pixels = np.asarray(page, dtype=np.float32) * (1 - alpha * (1 - tint))
    page.paste(Image.fromarray(pixels.astype(np.uint8)))


def _signature(page: Image.Image, rng: random.Random, dpi: int) -> None:
    """A looping pen stroke in blue ink, as a signature across a signer's line."""
    draw = ImageDraw.Draw(page, "RGBA")
    x0 = rng.randint(int(page.width * 0.45), int(page.width * 0.6))
    y0 = rng.randint(int(page.height * 0.6), int(page.height * 0.85))
    points = []
    for i in range(120):
        t = i / 119
        x = x0 + t * dpi * 1.6
        y = y0 + math.sin(t * 14 + rng.random()) * dpi * 0.12 * (1 - t / 2) - t * dpi * 0.15
        points.append((x, y))
    draw.line(points, fill=(20, 30, 140, 200), width=max(2, dpi // 70), joint="curve")


def scan(image: Image.Image, rng: random.Random, dpi: int, colour: bool, marks: bool, faint: bool) -> Image.Image:
    """A clean page render made to look as a scanner or copier gives it."""
    page = image.convert("RGB")
    if marks:
        _stamp(page, rng, dpi)
        _signature(page, rng, dpi)
    angle = rng.uniform(-2.0, 2.0) if colour else rng.uniform(-1.0, 1.0)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255), expand=False)
    pixels = np.asarray(page).astype(np.float32)
    if faint:
        pixels = 255 - (255 - pixels) * 0.6  # faint toner
    paper = np.array([245, 242, 232] if colour else [238, 238, 238], dtype=np.float32)
    pixels = 20 + pixels * (paper - 20) / 255  # paper tone and toner black
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    pixels += nprng.normal(0, 2.0 if colour else 3.0, pixels.shape[:2])[..., None]  # sensor noise
    speckle = nprng.random(pixels.shape[:2]) < 0.0008
    pixels[speckle] = 60
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    page = page.filter(ImageFilter.GaussianBlur(0.7 if dpi >= 300 else 0.6))
    pixels = np.asarray(page)
    out = Image.fromarray(pixels)
    return out if colour else out.convert("L")


def scan_pdf(pdf_bytes: bytes, seed: int, dpi: int, colour: bool) -> bytes:
    rng = random.Random(seed)
    turn = random.Random(-seed).choice([90, 270])  # the way a landscape page goes into the feeder (its own draw: portrait pages scan as before)
    frames: list[Image.Image] = []
    with open_pdf(pdf_bytes) as document:
        for index in range(page_count(document)):
            image = render_page_rgb(document, index, dpi)
            if colour and image.width > image.height:
                # a landscape page goes through a copier's feeder as the portrait sheet it is:
                # its text stands sideways, one way or the other
                image = image.rotate(turn, expand=True)
            frames.append(scan(image, rng, dpi, colour, marks=colour and index == 0, faint=colour and index == 2))
    buffer = io.BytesIO()
    jpegs = []
    for frame in frames:
        one = io.BytesIO()
        frame.save(one, format="JPEG", quality=60, dpi=(dpi, dpi))
        jpegs.append(Image.open(io.BytesIO(one.getvalue())))
    jpegs[0].save(buffer, format="PDF", save_all=True, append_images=jpegs[1:], resolution=dpi)
    return fix_dates(buffer.getvalue())


# --- driver ----------------------------------------------------------------------------------

MAKERS: dict[str, Callable[[str, str, dict[str, bytes]], bytes]] = {
    "chromium-sarabun": lambda text, stem, done: chromium_pdf(text, "sarabun"),
    "chromium-laksaman": lambda text, stem, done: chromium_pdf(text, "laksaman"),
    "libreoffice-sarabun": lambda text, stem, done: libreoffice_pdf(text, "sarabun"),
    "libreoffice-laksaman": lambda text, stem, done: libreoffice_pdf(text, "laksaman"),
    "legacy-norasi": lambda text, stem, done: chromium_pdf(legacy_shape(text), "norasi"),
    "scan200": lambda text, stem, done: scan_pdf(
        done.get("chromium-sarabun") or chromium_pdf(text, "sarabun"), sum(stem.encode()), 200, False
    ),
    "copier300": lambda text, stem, done: scan_pdf(
        done.get("libreoffice-laksaman") or libreoffice_pdf(text, "laksaman"), sum(stem.encode()) + 7, 300, True
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "samples" / "producers")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    args = parser.parse_args(argv)
    ensure_sarabun()
    files = args.files or sorted((ROOT / "samples").glob("*.txt"))
    variants = [v for v in args.variants.split(",") if v]
    os.environ.setdefault("SAL_USE_VCLPLUGIN", "svp")
    for path in files:
        text = decode_text(path.read_bytes())
        done: dict[str, bytes] = {}
        for variant in variants:
            if variant == "copier300" and not args.files and path.stem not in COPIER_SAMPLES:
                continue
            done[variant] = MAKERS[variant](text, path.stem, done)
            target = args.out / variant / f"{path.stem}.pdf"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(done[variant])
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
