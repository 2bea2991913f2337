"""Where text stands on a page, for every extractor: one line grouping (``group_lines``) and
one 1-D clustering (``cluster_values``, pdfplumber's ``cluster_list``) for the PDF text layer
and OCR alike; unruled table rows as pieces between column gaps (``PieceRow``) whose wrapped
cells are joined back to their rows; and ``Cell``, where a cell of a line stands (display
columns), which extractors hand to normalisation and ``model.Line`` carries to the parsers.

The PDF layer's words are pdfplumber's dicts and OCR's are ``ocr.Word`` (box and tesseract's
confidence); coordinates are the extractor's page units (PDF points, image pixels), ``top``
growing downwards, until a line is laid out in display columns.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import regex

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell of an untouched line (``cells_at``): where it stands in that line and its text as
    it stands there (unstripped). ``x0``, ``x1``: display columns (``display_columns`` of the
    line up to the cell's start, its end); ``char0``: characters before it (the column a
    character-counted layout such as ``pdftotext -layout`` puts it at)."""

    x0: float
    x1: float
    text: str
    char0: int = 0

    @property
    def char1(self) -> int:
        """Characters up to the cell's end."""
        return self.char0 + len(self.text)


# Characters that take no column: marks (Thai vowel and tone marks sit on their consonant)
# and format characters (zero-width space and joiners, soft hyphen).
_NO_COLUMN = frozenset({"Mn", "Mc", "Me", "Cf"})
TAB_COLUMNS = 2  # a tab between cells counts as two columns (the least gap that parts two cells)


def display_columns(text: str) -> int:
    """Display columns of a text, the one measure of where things stand on a line: marks and
    format characters take none, a tab ``TAB_COLUMNS`` (as it stands between a ruled row's
    cells; a line whose tabs are expanded to tab stops is measured with ``expand_tabs``),
    every other character one."""
    return sum(0 if unicodedata.category(ch) in _NO_COLUMN else TAB_COLUMNS if ch == "\t" else 1 for ch in text)


# Where an untouched line's cells part: a tab, or a run of two spaces or more (as
# ``normalize`` makes tabs of them and ``parsers.common.cells`` splits).
CELL_BREAK = regex.compile(r" {2,}|\t")


def cells_at(raw: str) -> tuple[Cell, ...]:
    """The cells of an untouched line, each where it stands: the line cut at every tab and
    every run of two spaces or more (a leading indent gives an empty first cell, trailing
    spaces an empty last one, two breaks side by side an empty cell between them); one cell
    at least."""
    out: list[Cell] = []
    start = 0
    x0 = 0
    for match in CELL_BREAK.finditer(raw):
        text = raw[start : match.start()]
        x1 = x0 + display_columns(text)
        out.append(Cell(x0=x0, x1=x1, text=text, char0=start))
        x0 = x1 + display_columns(match.group())
        start = match.end()
    text = raw[start:]
    out.append(Cell(x0=x0, x1=x0 + display_columns(text), text=text, char0=start))
    return tuple(out)


def line_of(cells: Sequence[Cell]) -> str:
    """The untouched line ``cells_at`` cut into ``cells`` (a one-character gap between two
    cells is a tab, a longer one that many spaces)."""
    parts: list[str] = []
    end = 0
    for cell in cells:
        gap = cell.char0 - end
        parts.append("\t" if gap == 1 else " " * gap)
        parts.append(cell.text)
        end = cell.char1
    return "".join(parts)


def expand_tabs(cells: Sequence[Cell], size: int = 8) -> tuple[Cell, ...]:
    """The cells of the same line with its tabs expanded to tab stops every ``size``
    characters, as a text editor shows it (``str.expandtabs``): a tab becomes the spaces to
    the next stop, so cells part only where two spaces or more stand."""
    return cells_at(line_of(cells).expandtabs(size))


def indent(cells: Sequence[Cell]) -> int:
    """Characters of blank before a line's first text (the whole line's when it is blank)."""
    for cell in cells:
        if cell.text.strip():
            return cell.char0 + len(cell.text) - len(cell.text.lstrip())
    return cells[-1].char1 if cells else 0


def reach(cells: Sequence[Cell]) -> int:
    """Display column where a line's last text ends (trailing blanks not counted)."""
    for cell in reversed(cells):
        if cell.text.strip():
            return int(cell.x0) + display_columns(cell.text.rstrip())
    return 0


def group_lines(
    items: Sequence[T],
    middle: Callable[[T], float],
    height: Callable[[T], float],
    left: Callable[[T], float],
    tolerance: float = 0.6,
) -> list[list[T]]:
    """Items (words) grouped into visual lines, each sorted left to right: an item joins the
    line whose running mean middle lies within ``tolerance`` x the median item height of its
    own middle. Thai marks that come as items of their own (above or below their letter)
    join the line they overlap."""
    heights = sorted(height(item) for item in items)
    limit = heights[len(heights) // 2] * tolerance if heights else 0.0
    lines: list[list[T]] = []
    middles: list[float] = []
    for item in sorted(items, key=middle):
        if lines and abs(middle(item) - middles[-1]) <= limit:
            lines[-1].append(item)
            middles[-1] = statistics.fmean(middle(i) for i in lines[-1])
        else:
            lines.append([item])
            middles.append(middle(item))
    return [sorted(line, key=left) for line in lines]


def cluster_values(values: Sequence[float], tolerance: float) -> list[list[float]]:
    """1-D clusters of values no further than ``tolerance`` apart (pdfplumber's
    ``cluster_list``): column edges, row tops."""
    clusters: list[list[float]] = []
    for value in sorted(values):
        if clusters and value - clusters[-1][-1] <= tolerance:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    return clusters


# --- unruled table rows ----------------------------------------------------------------------

Piece = tuple[float, float, str]  # x0, x1, text: a run of words with no column gap inside


@dataclass(slots=True)
class PieceRow:
    """A visual line as pieces separated by column gaps, with where it stands; the unit in
    which a wrapped cell of an unruled table is joined back to its row."""

    pieces: list[Piece]
    top: float
    bottom: float
    size: float  # the line's letter height
    number_end: float | None = None  # where the cell after a leading row number (``1.``) starts
    spaced: frozenset[int] = frozenset()  # pieces the producer ended with a space


def continues_row(
    row: PieceRow, line: PieceRow, own_cell: Callable[[str], bool], slack: float = 0.6, right: float | None = None
) -> bool:
    """Whether ``line`` holds the wrapped rest of the cells of the unruled table row ``row``:
    the next line, nothing in the row's first column, each piece starting where one of the
    row's cells starts and ending before the next cell starts, and no piece that is a value
    of its own (``own_cell``: an amount, a tick, a total, a new block's label). ``slack``: how
    far (in letter heights) a piece may start from its cell's start (OCR boxes wander more
    than a text layer's). ``right``: the text's right edge; a row that reaches it and goes on
    at the left margin is a typed line that wrapped, not a table row."""
    # a line that opens with a row number is a row of its own (a number further in, under
    # a cell of the row, is that cell's wrapped end: ``ส.ท. เขต`` / ``๒``)
    numbered = line.number_end is not None and line.pieces[0][0] <= row.pieces[0][1] + slack * row.size
    if len(row.pieces) < 2 or len(line.pieces) > len(row.pieces) or numbered:
        return False
    if row.number_end is None and line.pieces[0][0] <= row.pieces[0][1]:
        return False
    if line.top - row.bottom > 1.2 * row.size:
        return False
    if _repeats_labels(row, line, slack):
        return False
    # each cell: where it starts and where the next begins (a wrapped line stays inside)
    # (the last cell: about as far as its first line reaches; a paragraph under a
    # ``เรียน  นายก...`` line runs on to the margin)
    limits = [x0 for x0, _, _ in row.pieces[1:]] + [row.pieces[-1][1] + 3 * row.size]
    cells = [(x0, limit) for (x0, _, _), limit in zip(row.pieces[1:], limits[1:], strict=True)]
    if row.number_end is not None:
        cells.append((row.number_end, limits[0]))
        # the number printed inside its cell (``3. ว่าที่ร้อยตรี`` / ``อดิศักดิ์``): the wrap
        # starts at the cell's edge, under the number
        # (unless the row runs to the right edge and one piece goes on below: a wrapped line;
        # a row the producer ended with a space broke there, however far its ink reaches)
        reaches_edge = right is not None and (
            row.pieces[-1][1] >= right - 2 * row.size or len(row.pieces) - 1 in row.spaced
        )
        if not reaches_edge or len(line.pieces) >= 2:
            cells.append((row.pieces[0][0], limits[0]))
    pieces = list(line.pieces)
    if len(pieces) >= 2 and centred_cell(row, pieces[-1]):
        pieces.pop()  # a cell the producer centred in the row's height: it stands on this line
    # (a wrapped cell may start a little right of its cell's start, never left of it: a
    # line set further left is a heading of its own, ``ผู้ช่วยเลขานุการคณะทำงาน`` over a row)
    left = min(slack, LEFT_SLACK) * row.size
    return all(
        any(start - left <= x0 <= start + slack * row.size and x1 < end for start, end in cells)
        and (not own_cell(text.strip()) or number_wrapped(row, x0, text, slack))
        for x0, x1, text in pieces
    )


LEFT_SLACK = 0.2  # letter heights a wrapped piece may start left of its cell (a box's wander)
REPEATED_LABELS = 2  # pieces opening with the word the piece above them opens with: a row of its own
LABEL_WORD = 3  # characters: the shortest word that counts as a repeated label


def _repeats_labels(row: PieceRow, line: PieceRow, slack: float) -> bool:
    """Whether ``line`` opens two or more of its pieces with the word the row's piece above
    each opens with (a legend's ``ตัวชี้วัดที่ 2`` under ``ตัวชี้วัดที่ 1``, two to a line): a
    wrapped cell goes on its cell's words, it never repeats the label its cell opened with."""
    if row.number_end is not None:
        return False  # (a numbered row's cells wrap, whatever words they open with: ``ร้อยละ ๘๐`` / ``ร้อยละ ๘๕``)

    def label(text: str) -> str:
        words = text.split()
        return words[0] if words else ""

    def repeats(piece: Piece) -> bool:
        word = label(piece[2])
        return len(word) >= LABEL_WORD and any(
            abs(piece[0] - above) <= slack * row.size and label(upper) == word for above, _, upper in row.pieces
        )

    # (the line's first piece among them: a legend's row opens with its label)
    return bool(line.pieces) and repeats(line.pieces[0]) and sum(map(repeats, line.pieces)) >= REPEATED_LABELS


# A cell's last word that a number follows (``ส.ท. เขต`` / ``๑``, ``หมู่ที่`` / ``๔``): a
# narrow column wraps the number onto the next line.
NUMBER_AWAITED = regex.compile(r"(?:เขต|หมู่|ที่|ซอย|ข้อ|ชั้น)\s*$")
LONE_NUMBER = regex.compile(r"[\d๐-๙]{1,3}")


def number_wrapped(row: PieceRow, x0: float, text: str, slack: float) -> bool:
    """Whether ``text`` (a number, a value of its own elsewhere) is the wrapped end of the
    row's cell starting where it starts, a cell whose words wait for a number."""
    above = next((t for start, _, t in row.pieces if abs(x0 - start) <= slack * row.size), "")
    return bool(LONE_NUMBER.fullmatch(text.strip()) and NUMBER_AWAITED.search(above))


def centred_cell(row: PieceRow, piece: Piece) -> bool:
    """Whether ``piece`` of the line under ``row`` is a last cell of that row set in the
    middle of its height (a browser's table cells are centred): it starts right of
    everything the row's first line holds."""
    return piece[0] > row.pieces[-1][1] + row.size


def join_continuation(
    row: PieceRow, line: PieceRow, join: Callable[[str, str], str], surname_after: Callable[[str, str], bool] | None = None
) -> None:
    """``line``'s pieces appended to the cells of ``row`` they start under (``join`` glues two
    pieces of a wrapped text; a piece the producer ended with a space keeps it). A cell whose
    first piece is a given name with its surname's start a typist's two spaces after it
    (``surname_after``: ``นายสมหมาย  ใจ`` / ``ปัน``) is one cell: the wrapped rest goes on the surname."""
    starts = {k: row.pieces[k][0] for k in range(1, len(row.pieces))}
    if row.number_end is not None:
        starts[0] = row.pieces[0][0] if line.pieces[0][0] < row.number_end - 0.3 * row.size else row.number_end
    pieces = list(row.pieces)
    for x0, x1, text in line.pieces:
        if centred_cell(row, (x0, x1, text)):
            pieces.append((x0, x1, text))
            continue
        k = min(starts, key=lambda i: abs(starts[i] - x0))
        start, end, head = pieces[k]
        after = pieces[k + 1] if k + 1 < len(pieces) and k + 1 in starts else None
        if surname_after is not None and after is not None and after[0] - end <= SURNAME_GAP * row.size and surname_after(head, after[2]):
            head, end = f"{head} {after[2]}", after[1]
            del pieces[k + 1]
            starts = {i if i < k + 1 else i - 1: x for i, x in starts.items() if i != k + 1}
            shifted = {i if i < k + 1 else i - 1 for i in row.spaced if i not in (k, k + 1)}
            row.spaced = frozenset(shifted | ({k} if k + 1 in row.spaced else set()))
        pieces[k] = (start, end, f"{head} {text}" if k in row.spaced else join(head, text))
    row.pieces = pieces
    row.bottom = max(row.bottom, line.bottom)


SURNAME_GAP = 1.0  # letter heights: a typist's two spaces between a given name and its surname, at most


def join_wrapped_rows(
    rows: Sequence[PieceRow],
    own_cell: Callable[[str], bool],
    join: Callable[[str, str], str],
    slack: float = 0.6,
    surname_after: Callable[[str, str], bool] | None = None,
) -> list[PieceRow]:
    """Lines in reading order with every wrapped cell joined back to its unruled row."""
    right = max((row.pieces[-1][1] for row in rows), default=None)
    out: list[PieceRow] = []
    for line in rows:
        if out and continues_row(out[-1], line, own_cell, slack, right):
            join_continuation(out[-1], line, join, surname_after)
        else:
            out.append(line)
    return out


def laid_out_cells(pieces: Sequence[Piece], left: float, column: float) -> tuple[Cell, ...]:
    """A line's pieces as the cells of the line a text file lays out (``laid_out``): each
    piece at the display column its ``x0`` puts it at (``column`` page units a column from
    ``left``), two columns at least after the piece before; an indent of two columns or more
    is an empty first cell (less is none)."""
    at = round((pieces[0][0] - left) / column)
    at = at if at >= 2 else 0
    chars = at
    out = [Cell(x0=0, x1=0, text="", char0=0)] if at else []
    for k, (x0, _, text) in enumerate(pieces):
        if k:
            run = max(2, round((x0 - left) / column) - at)
            at += run
            chars += run
        out.append(Cell(x0=at, x1=at + display_columns(text), text=text, char0=chars))
        at += display_columns(text)
        chars += len(text)
    return tuple(out)


def laid_out(pieces: Sequence[Piece], left: float, column: float) -> str:
    """A line as a text file lays it out: indentation and the gaps between pieces as runs of
    spaces that put each piece at its display column (two at least): ``laid_out_cells``
    written out."""
    return line_of(laid_out_cells(pieces, left, column))


def fill_tick_columns(
    rows: Sequence[PieceRow], is_tick: Callable[[str], bool], tick: str | None, empty: str, tolerance: float
) -> None:
    """A block's columns of tick marks made explicit: every row that ticks at least one of
    them gets ``empty`` in the tick columns it leaves blank (where no other piece stands), so
    its ticks keep their columns however the text before them is laid out; a mark of one
    or two characters standing in a tick column of a ticking row is a misread ``tick``
    (``4``, ``”``; OCR only: ``None`` leaves them). The columns are where ticks stand in any row of the block (within
    ``tolerance``); fewer than two are no tick columns."""
    centres = [(x0 + x1) / 2 for row in rows for x0, x1, text in row.pieces[1:] if is_tick(text)]
    columns = [sum(c) / len(c) for c in cluster_values(centres, tolerance)]
    if len(columns) < 2:
        return
    half = tolerance / 2

    def in_column(x0: float, x1: float) -> bool:
        return any(abs((x0 + x1) / 2 - x) <= half and x1 - x0 <= tolerance for x in columns)

    for row in rows:
        if not any(is_tick(text) for _, _, text in row.pieces[1:]):
            continue
        pieces = [
            (x0, x1, tick if tick and k and len(text) <= 2 and in_column(x0, x1) else text)
            for k, (x0, x1, text) in enumerate(row.pieces)
        ]
        added = [
            (x - half, x + half, empty) for x in columns if not any(x0 - half <= x <= x1 + half for x0, x1, _ in pieces)
        ]
        row.pieces = sorted([*pieces, *added], key=lambda piece: piece[0])
