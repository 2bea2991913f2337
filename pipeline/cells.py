"""The cells of a scanned page's ruled tables, read one by one.

Tesseract reads a page as lines of text. A ruled table is not that: the row number alone in
its narrow cell (``1.``) is dropped as noise once the rulings are erased, the two lines of a
wrapped cell are taken for one line and their words interleaved (``ว่าทรัตนีร้อยตรี...``), a
tick alone in its cell is read as ``4`` or lost. So the grid is found from the rulings
(long strokes, as ``imageprep`` finds them), each cell with ink can be cut out, and such cells are
stacked one under the other with blank space between them into one image (a *montage*) that
tesseract reads in a single run: each cell is then a short block of its own. The words read
there are moved back to where they stand on the page, so the layout model sees them in their
cells and rows, as if the page had been read well. Only the cells whose page reading is in
doubt are read so (``ocr.doubtful_cells``); each keeps the better reading (``ocr.best_reading``).

Pure functions on numpy arrays (ink 0, paper 255, as the recogniser sees the page).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np

from pipeline import imageprep, layout

MIN_ROW = 0.08  # inch: the least height between two rulings that makes a table row
MIN_COLUMN = 0.08  # inch: the least width of a cell
INSET = 1 / 60  # inch kept clear of a cell's rulings (a scanned ruling is blurred)
MIN_INK = 1 / 3000  # of dpi squared: dark pixels below which a cell is empty (speckle)
GAP = 0.2  # inch of paper between two cells in the montage
CROSSING = 0.8  # share of a row's height a vertical ruling must cross


@dataclass(frozen=True, slots=True)
class Box:
    x0: int
    top: int
    x1: int
    bottom: int


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a cell's ink was pasted into the montage, and where it came from on the page."""

    x: int  # montage
    y: int
    width: int
    height: int
    page_x: int  # page
    page_y: int


def _runs(indices: np.ndarray, merge: int) -> list[tuple[int, int]]:
    """Runs (first, last) of sorted pixel indices, gaps up to ``merge`` bridged."""
    return [(int(run[0]), int(run[-1])) for run in layout.cluster_values(indices.tolist(), merge)]


def strokes(binary: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) long strokes of a binarised page (ink 0): masks, stroke 255."""
    return imageprep.strokes_apart(cv2.bitwise_not(binary))


@dataclass(frozen=True, slots=True)
class RuledRow:
    """A table row: the band between two horizontal rulings, and the x of the vertical
    rulings that cross it."""

    top: int
    bottom: int
    rules: tuple[int, ...]

    def holds(self, y: float) -> bool:
        return self.top < y < self.bottom


def ruled_rows(binary: np.ndarray, dpi: int, lines: tuple[np.ndarray, np.ndarray] | None = None) -> list[RuledRow]:
    """The rows of the page's ruled tables, top to bottom: bands between two horizontal
    rulings crossed by at least two vertical ones (``lines``: the page's ``strokes`` when
    the caller has them)."""
    across, down = lines if lines is not None else strokes(binary)
    width = binary.shape[1]
    # a ruling is a pixel row inked over a sixth of the page (a text row never is, once the
    # long-stroke filter has run): thick or doubled scan lines are one ruling
    rulings = _runs(np.flatnonzero((across > 0).sum(axis=1) >= width // 6), merge=3)
    rulings = [(top, bottom) for top, bottom in rulings if _ruling(across, down, top, bottom, dpi)]
    rows: list[RuledRow] = []
    for (_, top), (bottom, _) in itertools.pairwise(rulings):
        if bottom - top < dpi * MIN_ROW:
            continue
        band = down[top + 1 : bottom, :] > 0
        crossing = np.flatnonzero(band.sum(axis=0) >= CROSSING * band.shape[0])
        rules = tuple((a + b) // 2 for a, b in _runs(crossing, merge=round(dpi / 25)))
        if len(rules) >= 2:
            rows.append(RuledRow(top, bottom, rules))
    return _headers_completed(rows, merge=round(dpi / 25))


def _ruling(across: np.ndarray, down: np.ndarray, top: int, bottom: int, dpi: int) -> bool:
    """Whether the long horizontal strokes in pixel rows ``top``..``bottom`` are a ruling: one
    stretch over a sixth of the page without a break wider than a faint scan makes, or pieces
    that meet a vertical ruling (a merged header's underlines, from one column's rule to
    another's). Arrows drawn across a plan's quarter cells (``◄─── | ──── | ───►``) are pieces
    that stop short of the rules, at each cell's padding: no ruling (it would cut the row's
    first line of text in half)."""
    pieces = _runs(np.flatnonzero(across[top : bottom + 1].any(axis=0)), merge=max(2, round(dpi * RULING_GAP)))
    if max((last - first + 1 for first, last in pieces), default=0) >= across.shape[1] // 6:
        return True
    reach = max(3, round(dpi * RULE_TOUCH))
    rules = np.flatnonzero(down[max(0, top - reach) : bottom + reach + 1].any(axis=0))

    def meets(x: int) -> bool:
        return bool(rules.size) and int(np.abs(rules - x).min()) <= reach

    # (from rule to rule, both ends: an arrow's last piece may run up to a rule, never from one)
    return any(meets(first) and meets(last) for first, last in pieces)


def _headers_completed(rows: list[RuledRow], merge: int) -> list[RuledRow]:
    """A table's first row (its header, two lines of words in tall cells) with the vertical
    rulings of the row under it that a faint scan broke there: a header's cells stand over
    the table's columns."""
    out = list(rows)
    for k, row in enumerate(rows):
        starts_table = k == 0 or row.top - rows[k - 1].bottom > 3 * merge
        below = rows[k + 1] if k + 1 < len(rows) and rows[k + 1].top - row.bottom <= 3 * merge else None
        if not starts_table or below is None or len(below.rules) <= len(row.rules):
            continue
        missing = [x for x in below.rules if row.rules[0] < x < row.rules[-1] and all(abs(x - r) > merge for r in row.rules)]
        if missing:
            out[k] = RuledRow(row.top, row.bottom, tuple(sorted([*row.rules, *missing])))
    return out


RULING_GAP = 1 / 20  # inches: the widest break a faint scan leaves in a ruling (a cell's padding is wider)
RULE_TOUCH = 1 / 60  # inches: how near a vertical ruling an underline's end stands when it meets it


def inset(dpi: int) -> int:
    """Pixels a cell's box stands inside its rulings."""
    return max(2, round(dpi * INSET))


def cell_boxes(rows: list[RuledRow], dpi: int) -> list[Box]:
    """The cells of ruled rows, inside their rulings, in reading order."""
    margin = inset(dpi)
    return [
        Box(left + margin, row.top + margin, right - margin, row.bottom - margin)
        for row in rows
        for left, right in itertools.pairwise(row.rules)
        if right - left >= dpi * MIN_COLUMN and row.bottom - row.top > 2 * margin
    ]


def inked(page: np.ndarray, box: Box, dpi: int) -> bool:
    """Whether a cell holds more ink than speckle."""
    crop = page[box.top : box.bottom, box.x0 : box.x1]
    return int((crop < 128).sum()) >= _speckle(dpi)


def _speckle(dpi: int) -> int:
    """Dark pixels below which a cell holds only speckle."""
    return max(8, round(dpi * dpi * MIN_INK))


def _inner_ink(page: np.ndarray, box: Box, dpi: int) -> np.ndarray:
    """A cell's ink (True) a further inset inside its box, clear of a ruling's remnants."""
    pad = inset(dpi)
    return page[box.top + pad : box.bottom - pad, box.x0 + pad : box.x1 - pad] < 128


DASH_THICK = 0.04  # of the dpi: the tallest a printed dash stands (a stroke, not a letter)
DASH_LONG = (0.03, 0.5)  # of the dpi: how long a dash is, a letter's width to a short rule's


def dash(page: np.ndarray, box: Box, dpi: int) -> Box | None:
    """The box of the one short horizontal stroke that is all a cell holds (a budget's ``-``,
    which tesseract drops in a cell of its own and a second reading reads as nothing)."""
    crop = _inner_ink(page, box, dpi)
    if crop.size == 0:
        return None
    _, _, stats, _ = cv2.connectedComponentsWithStats(crop.astype(np.uint8), connectivity=8)
    blobs = [row for row in stats[1:] if row[cv2.CC_STAT_AREA] >= 4]
    if len(blobs) != 1:
        return None
    x, y, width, height = (int(v) for v in blobs[0][:4])
    if width < 2.5 * height or height > DASH_THICK * dpi or not DASH_LONG[0] * dpi <= width <= DASH_LONG[1] * dpi:
        return None
    pad = inset(dpi)
    left, top = box.x0 + pad + x, box.top + pad + y
    return Box(left, top, left + width, top + height)


def marked(page: np.ndarray, box: Box, dpi: int) -> bool:
    """Whether a cell holds a mark (a tick, a ticked box), not nothing and not an empty box
    (``☐``: ink only on a square's sides, none inside it)."""
    crop = _inner_ink(page, box, dpi)
    if int(crop.sum()) < _speckle(dpi):
        return False
    ys, xs = np.nonzero(crop)
    top, bottom, left, right = int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())
    height, width = bottom - top + 1, right - left + 1
    square = 0.7 <= width / height <= 1.4
    inner = crop[top + height // 4 : bottom - height // 4 + 1, left + width // 4 : right - width // 4 + 1]
    return not (square and inner.size and int(inner.sum()) == 0)


def spanned(page: np.ndarray, box: Box) -> bool:
    """Whether an unbroken horizontal run of ink crosses most of a cell's width (``page``:
    binarised, ink 0): an arrow or a line drawn across a plan's schedule cells (``◄────``,
    ``────►``) marks that period as a tick does."""
    crop = page[box.top : box.bottom, box.x0 : box.x1] < 128
    if not crop.size:
        return False
    need = SPAN_SHARE * (box.x1 - box.x0)
    for row in crop[crop.sum(axis=1) >= need]:
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
        if edges.size and int((edges[1::2] - edges[::2]).max()) >= need:
            return True
    return False


SPAN_SHARE = 0.5  # of a cell's width a stroke through it must cover to mark it


def montage(page: np.ndarray, cells: list[Box], dpi: int) -> tuple[np.ndarray | None, list[Placement]]:
    """The inked cells of ``page`` (the recogniser's image: rulings erased) stacked into one
    image, each trimmed to its ink, and where each went; ``None`` when no cell has ink."""
    crops: list[tuple[np.ndarray, int, int]] = []
    pad = max(2, dpi // 50)
    for cell in cells:
        if not inked(page, cell, dpi):
            continue
        crop = page[cell.top : cell.bottom, cell.x0 : cell.x1]
        dark = crop < 128
        ys, xs = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
        y0, y1 = max(0, int(ys[0]) - pad), min(crop.shape[0], int(ys[-1]) + pad + 1)
        x0, x1 = max(0, int(xs[0]) - pad), min(crop.shape[1], int(xs[-1]) + pad + 1)
        crops.append((crop[y0:y1, x0:x1], cell.x0 + x0, cell.top + y0))
    if not crops:
        return None, []
    gap = round(dpi * GAP)
    width = max(c.shape[1] for c, _, _ in crops) + 2 * gap
    height = sum(c.shape[0] for c, _, _ in crops) + gap * (len(crops) + 1)
    out = np.full((height, width), 255, dtype=np.uint8)
    placements: list[Placement] = []
    y = gap
    for crop, page_x, page_y in crops:
        h, w = crop.shape
        out[y : y + h, gap : gap + w] = crop
        placements.append(Placement(gap, y, w, h, page_x, page_y))
        y += h + gap
    return out, placements


MAX_SIDE = 30_000  # pixels: tesseract refuses an image with a side over 32,767 (``Image too large``)


def montages(page: np.ndarray, cells: list[Box], dpi: int) -> list[tuple[np.ndarray, list[Placement]]]:
    """``montage`` in as many images as keep each under tesseract's size limit (a landscape
    plan's month cells at 540 dpi stacked 34,403 px high)."""
    image, placements = montage(page, cells, dpi)
    if image is None:
        return []
    if image.shape[0] <= MAX_SIDE or len(cells) < 2:
        return [(image, placements)]
    half = len(cells) // 2
    return montages(page, cells[:half], dpi) + montages(page, cells[half:], dpi)


def to_page(placements: list[Placement], left: int, top: int, width: int, height: int) -> tuple[int, int] | None:
    """Where a box read in the montage stands on the page (its left, top), or ``None`` when
    it lies in no cell (a speck in the blank between two)."""
    middle = top + height / 2
    for p in placements:
        if p.y - 2 <= middle <= p.y + p.height + 2:
            return left - p.x + p.page_x, top - p.y + p.page_y
    return None
