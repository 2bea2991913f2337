"""A scanned page made ready for tesseract, as a copier gives it: coloured stamp and
signature ink dropped, uneven paper flattened, then a global (Otsu) threshold. Pure
functions on numpy arrays (OpenCV for the filters).

Why each step, and what was measured (``tests/fixtures/heldout6`` scanned, digit error rate):
- **Colour ink**: rubber stamps (red, blue) and signatures (blue pen) lie over the text; a
  global threshold keeps them as black blobs that tesseract reads as letters or that hide a
  line. Toner is neutral (R = G = B within a few levels); stamp ink is saturated. Pixels
  whose chroma stands well above the page's toner chroma become paper (copier scans: digit
  error 0.130 -> 0.112, CER 0.107 -> 0.100).
- **Background**: shadows at the edges and uneven paper are divided out, only where the
  page's background varies (a flat page is left alone: flattening it measured no better).
- **Small text scaled up**: a page whose letters stand well under the height tesseract reads
  best (a wide table a browser shrank to fit the page: letters 24 px high at 300 dpi where a
  16-point page has 36-40) is enlarged to it before thresholding; at that size tesseract ran
  ``๒๕๖๙`` into ``๒๕๐๕`` and the digit re-reading into ``๒๘๙`` (heldout13's plan: no fiscal
  year, 31 fields lost). Enlarging pages of ordinary text measured no better (400 dpi for
  every page: CER 0.0538 against 0.0532, key F1 lower), so only small text is.
- **Otsu for letters, a local threshold for rulings**: Sauvola made the thin strokes of Thai
  digits ragged and doubled the digit error on 200 dpi scans (0.054 -> 0.098), but Otsu
  breaks the thin light rulings of a copier scan, and without them a table's rows and cells
  are lost (held-out copier scans: key F1 0.70 with Sauvola, 0.55 with Otsu alone). So the
  letters come from Otsu and the rulings, found as long thin strokes on an adaptive
  threshold, are drawn back in.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

# Chroma (max - min of R, G, B) above the page's toner chroma from which a pixel is
# coloured ink: copier JPEGs halve the chroma of thin strokes (4:2:0), toner reads ~10.
INK_CHROMA = 25
TONER_UNDER_INK = 100  # brightest channel of black toner seen through stamp ink
# Spread (levels) of the page's background above which it is flattened before thresholding.
UNEVEN_BACKGROUND = 40


def drop_colour_ink(rgb: np.ndarray) -> np.ndarray:
    """Greyscale page with saturated (stamp, signature) ink turned to paper."""
    r, g, b = cv2.split(rgb)
    # Black toner printed under a stamp stays dark in every channel (its brightest channel is
    # dark too): those pixels stay ink, so letters under the stamp survive its ink.
    brightest = cv2.max(cv2.max(r, g), b)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(r, g), b))  # uint8, as OpenCV computes it fast
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    coloured = chroma > ink_chroma(chroma, grey)
    if not coloured.any():
        return grey
    # The rim of a stroke has less chroma than its middle: widen the ink by a pixel or two.
    coloured = cv2.dilate(coloured.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    step = _sample_step(grey)
    paper = int(np.percentile(grey[::step, ::step], 90))
    out = grey.copy()
    out[coloured] = np.where(brightest[coloured] < TONER_UNDER_INK, brightest[coloured], paper)
    return out


def _sample_step(image: np.ndarray) -> int:
    """Every how many rows and columns a page's statistics (toner chroma, paper level) are
    taken: a sixteenth of a full page's pixels tells them as well, four times faster."""
    return 4 if image.size > 2_000_000 else 1


def ink_chroma(chroma: np.ndarray, grey: np.ndarray) -> int:
    """The chroma above which a pixel is coloured ink on this page: toner's own (median
    over the inked pixels) plus ``INK_CHROMA``."""
    step = _sample_step(grey)
    inked = chroma[::step, ::step][grey[::step, ::step] < 180]
    toner = int(np.median(inked)) if inked.size else 0
    return max(30, toner + INK_CHROMA)


def background(grey: np.ndarray) -> np.ndarray:
    """The page without its ink: a closing (at a quarter of the size) wider than a stroke."""
    small = cv2.resize(grey, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (11, 11)))
    return cv2.resize(closed, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)


def flatten_background(grey: np.ndarray, paper: np.ndarray | None = None) -> np.ndarray:
    """The page divided by its background (paper tone, shadows), scaled back to 0..255."""
    paper = background(grey) if paper is None else paper
    flat = grey.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0)
    return np.clip(flat * 255.0, 0, 255).astype(np.uint8)


def strokes_apart(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) strokes of an ink mask (ink 255) far longer than any letter (a
    25th of the page's width, a 40th of its height): table rulings, stroke 255."""
    height, width = ink.shape
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(40, width // 25), 1)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(40, height // 40))))
    return across, down


def long_strokes(ink: np.ndarray) -> np.ndarray:
    """Table rulings on an ink mask (ink 255), both directions in one mask."""
    return cv2.bitwise_or(*strokes_apart(ink))


def ruling_mask(grey: np.ndarray) -> np.ndarray:
    """Table rulings found on a local threshold, which keeps the thin, light lines of a
    copier scan that a global threshold breaks up."""
    return long_strokes(cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 12))


def without_rulings(binary: np.ndarray, strokes: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray | None:
    """A binarised page (ink 0) with its table rulings erased, for the recogniser only
    (tesseract reads a vertical ruling beside a letter as ``เ``, ``ไ`` or ``|``); ``None``
    when the page has none. The layout still finds its cells by the rulings of the original.
    ``strokes`` are the page's long strokes (``strokes_apart``) when the caller has them."""
    lines = cv2.bitwise_or(*strokes) if strokes is not None else long_strokes(cv2.bitwise_not(binary))
    if not lines.any():
        return None
    lines = cv2.dilate(lines, np.ones((3, 3), np.uint8))
    out = binary.copy()
    out[lines > 0] = 255
    return out


DOT_FILL = 0.65  # share of its box a blob of ink fills to be a dot (a disc fills 0.79)
LEADER_RUN = 4  # dots in a row, evenly spaced, that make a dotted fill line (``ก.พ.`` has two)


LETTER_MIN = 8  # pixels: the least height a blob of ink counted as a letter has
LEADER_BLOBS = 6  # solid dots in an evenly spaced row that make a leader, whatever their size


def leader_blobs(stats: np.ndarray) -> np.ndarray:
    """Which connected components (``connectedComponentsWithStats`` rows, background row
    dropped) are the dots of a leader: solid, round, of one size, at least ``LEADER_BLOBS`` in
    a row at an even pitch. A letter is strokes; a bold or ink-bled letter may fill in, but
    letters stand at uneven pitches, so they stay letters."""
    x, y, w, h, area = (stats[:, k].astype(float) for k in range(5))
    # (letter-sized only: smaller specks are never counted as letters, and a scan has thousands)
    solid = (area >= DOT_FILL * w * h) & (w <= 1.6 * h) & (h <= 1.6 * w) & (h >= LETTER_MIN)
    marked = np.zeros(len(stats), dtype=bool)
    candidates = np.flatnonzero(solid)
    if candidates.size < LEADER_BLOBS:
        return marked
    middle = y[candidates] + h[candidates] / 2
    for row in _rows_of(candidates, middle, float(np.median(h[candidates]))):
        run: list[int] = []
        for k in row[np.argsort(x[row])]:
            if run and not _continues(run, int(k), x, h):
                marked[run] = len(run) >= LEADER_BLOBS
                run = []
            run.append(int(k))
        marked[run] = len(run) >= LEADER_BLOBS
    return marked


def _rows_of(indexes: np.ndarray, middle: np.ndarray, size: float) -> list[np.ndarray]:
    """``indexes`` grouped by their vertical middles (within half a dot of each other)."""
    order = np.argsort(middle)
    rows: list[list[int]] = []
    last = None
    for k in order:
        if last is None or middle[k] - last > max(2.0, 0.5 * size):
            rows.append([])
        rows[-1].append(int(indexes[k]))
        last = middle[k]
    return [np.array(r) for r in rows]


def _continues(run: list[int], k: int, x: np.ndarray, h: np.ndarray) -> bool:
    """Whether dot ``k`` goes on the run of dots: of their size (within a half), at their pitch
    (within a third; a second dot within four dot heights of the first)."""
    size = float(np.median(h[run]))
    if not (h[k] <= 1.5 * size and size <= 1.5 * h[k]):
        return False
    step = x[k] - x[run[-1]]
    if len(run) == 1:
        return bool(0 < step <= 4 * size)
    pitch = float(np.median(np.diff(x[run])))
    return bool(abs(step - pitch) <= pitch / 3)


def leader_dots(binary: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of the dots of dotted fill lines (``ส่วนราชการ......``): runs of at
    least ``LEADER_RUN`` tiny, square, evenly spaced specks on one line. Tesseract reads such
    a run as ``cccsss`` or digits and takes the words beside it along."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.bitwise_not(binary), connectivity=8)
    boxes = stats[1:count, :4]
    heights = boxes[:, 3]
    letters = heights[(heights >= LETTER_MIN) & (heights <= 200) & ~leader_blobs(stats[1:count])]  # (not the dots themselves)
    if letters.size < 20:
        return []
    letter = float(np.median(letters))
    size = max(2.0, 0.3 * letter)
    w, h = boxes[:, 2], boxes[:, 3]
    tiny = boxes[(w <= size) & (h <= size) & (w >= 1) & (h >= 1) & (w <= 2.5 * h) & (h <= 2.5 * w)]
    found: list[tuple[int, int, int, int]] = []
    order = np.lexsort((tiny[:, 0], tiny[:, 1] + tiny[:, 3] // 2))
    rows: list[list[np.ndarray]] = []
    for box in tiny[order]:
        middle = box[1] + box[3] / 2
        row = next((r for r in rows if abs(r[-1][1] + r[-1][3] / 2 - middle) <= 0.15 * letter), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    for row in rows:
        row.sort(key=lambda b: int(b[0]))
        run = [row[0]]
        for box in [*row[1:], None]:
            if box is not None and 0 < box[0] - run[-1][0] <= 1.5 * letter:
                run.append(box)
                continue
            gaps = np.diff([int(b[0]) for b in run])
            if len(run) >= LEADER_RUN and gaps.std() <= 0.35 * gaps.mean():
                found.extend((int(b[0]), int(b[1]), int(b[2]), int(b[3])) for b in run)
            if box is not None:
                run = [box]
    return found


def without_leaders(binary: np.ndarray) -> np.ndarray | None:
    """A binarised page (ink 0) with its dotted fill lines erased; ``None`` when it has none."""
    dots = leader_dots(binary)
    if not dots:
        return None
    out = binary.copy()
    for x, y, w, h in dots:
        out[max(0, y - 1) : y + h + 1, max(0, x - 1) : x + w + 1] = 255
    return out


def otsu(grey: np.ndarray) -> np.ndarray:
    _, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def prepare(image: Image.Image) -> Image.Image:
    """The binarised greyscale page. The caller deskews."""
    grey = np.asarray(image) if image.mode == "L" else drop_colour_ink(np.asarray(image.convert("RGB")))
    paper = background(grey)
    step = _sample_step(paper)
    low, high = np.percentile(paper[::step, ::step], [5, 95])
    if high - low > UNEVEN_BACKGROUND:
        grey = flatten_background(grey, paper)
    binary = otsu(grey)
    binary[ruling_mask(grey) > 0] = 0  # rulings whole again: the table reader finds its cells by them
    return Image.fromarray(binary)


LETTER_HEIGHT = 36  # pixels: a Thai letter's height tesseract reads best (16-point text at 300 dpi)
SMALL_TEXT = 0.8  # of LETTER_HEIGHT: letters smaller than this are scaled up to it
MAX_TEXT_SCALE = 2.0


def letter_height(grey: np.ndarray) -> float | None:
    """The median height of the page's letter-sized blobs of ink (Otsu), or None on a page
    with too few to tell. (Measured at full size: at half size a page of dotted signature
    lines read 8 px for 41, its blurred dots passing for letters.)"""
    _, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    heights, widths, areas = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_AREA]
    letters = (heights >= LETTER_MIN) & (heights <= 150) & (widths >= 5) & (widths <= 150) & (areas >= 30)
    # (not the dots of leaders, ``นายบุญยืน ปัญญาดี ........ ประธาน``: a page of them read
    # 19 px for 40 and was enlarged twice)
    letters &= ~leader_blobs(stats[1:])
    return float(np.median(heights[letters])) if letters.sum() >= 50 else None


def text_scale(grey: np.ndarray) -> float:
    """How much to enlarge a page so that its letters stand ``LETTER_HEIGHT`` high: 1.0 unless
    they are small (under ``SMALL_TEXT`` of it)."""
    height = letter_height(grey)
    if height is None or height >= SMALL_TEXT * LETTER_HEIGHT:
        return 1.0
    return min(MAX_TEXT_SCALE, LETTER_HEIGHT / height)
