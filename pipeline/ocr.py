"""OCR of page images: clean the image (deskew, binarise), recognise with tesseract through
``pipeline.engines.tesseract`` (cached by page-image hash), lay the words out as lines whose
table cells are tab-separated, and repair what tesseract typically gets wrong in Thai.

Pages go through an ``Executor`` as picklable ``OcrJob``s, so one big scanned PDF can use
the same pool as the orchestrator (never a pool of our own).
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import os
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

import cv2
import numpy as np
import regex
from PIL import Image, ImageDraw, ImageFont, ImageOps
from rapidfuzz.distance import Levenshtein

from pipeline import cells, imageprep, layout, thai
from pipeline.config import Settings
from pipeline.engines import tesseract
from pipeline.engines.pdfium import open_pdf, render_page_rgb
from pipeline.errors import ExternalToolError, SarabanError
from pipeline.executor import Executor, SerialExecutor
from pipeline.normalize import (
    NO_TICK,
    ROW_NUMBER_WORD,
    TICK_MARKS,
    join_wrapped,
    joined_number,
    own_cell,
    restore_dropped_marks,
    surname_after,
)
from pipeline.thai import MONTH_PATTERN, mend_split_words, repair_sara_am, to_arabic_digits, to_thai_digits

PSM = 4  # one column of text of varied sizes: psm 3 drops lines with dot leaders as non-text
# A page read with a mean word confidence below UPRIGHT_CHECK may stand sideways (a landscape
# page through a portrait feeder reads at 60-72, an upright scan at 85-95): tesseract's
# orientation detection is asked, and a turn it is UPRIGHT_SURE of is read again.
UPRIGHT_CHECK = 78.0
UPRIGHT_SURE = 2.0
UPRIGHT_FEW_WORDS = 8  # a page read as fewer words is checked for being sideways, however sure
CELLS_PSM = 6  # a montage of cells is one block of lines (psm 4 finds no text in a stack of ``1.``)
SPACE_GAP = 0.5  # a gap of half a letter's height between words is a space (letters sit closer)
LEADER_DOTS = 6  # tiny boxes in a row that make a dotted fill line
RULE_MERGE = 12  # pixels (1 mm at 300 dpi) within which dark columns are one vertical ruling
RULE_COVERAGE = 0.55  # share of the page's width a horizontal table ruling inks (a text row inks far less)
CACHE_VERSION = "3"  # 2, 3: made ticks centred on their row's first line of letters


# --- image -----------------------------------------------------------------------------


def otsu_threshold(image: Image.Image) -> int:
    """Otsu's threshold of a greyscale image, from its histogram."""
    histogram = image.histogram()[:256]
    total = sum(histogram)
    weighted_all = sum(i * n for i, n in enumerate(histogram))
    best, best_between = 127, -1.0
    weight_bg = 0
    weighted_bg = 0
    for level, count in enumerate(histogram):
        weight_bg += count
        if weight_bg == 0:
            continue
        weight_fg = total - weight_bg
        if weight_fg == 0:
            break
        weighted_bg += level * count
        mean_bg = weighted_bg / weight_bg
        mean_fg = (weighted_all - weighted_bg) / weight_fg
        between = weight_bg * weight_fg * (mean_bg - mean_fg) ** 2
        if between > best_between:
            best, best_between = level, between
    return best


def _row_profile_score(dx: np.ndarray, dy: np.ndarray, height: int, angle: float) -> float:
    """How sharply text rows stand out once the ink pixels (``dx``, ``dy`` from the image's
    middle) are turned by ``angle`` degrees counter-clockwise: the sum of squared differences
    between the ink counts of neighbouring pixel rows."""
    turn = np.deg2rad(angle)
    rows = np.floor(height / 2 - dx * np.sin(turn) + dy * np.cos(turn)).astype(np.int64)
    profile = np.bincount(rows[(rows >= 0) & (rows < height)], minlength=height).astype(np.float64)
    return float(np.sum(np.diff(profile) ** 2))


def estimate_skew(image: Image.Image, max_angle: float = 3.0) -> float:
    """The rotation (degrees, counter-clockwise) that makes text rows horizontal: the angle,
    to a tenth of a degree, at which the ink's row profile is sharpest. The ink pixels of a
    1000-pixel-wide copy are turned as coordinates (numpy), not the image redrawn per angle."""
    small = image.convert("L")
    if small.width > 1000:
        small = small.resize((1000, max(1, round(small.height * 1000 / small.width))), Image.Resampling.BOX)
    pixels = np.asarray(small)
    ys, xs = np.nonzero(pixels < otsu_threshold(small))
    if len(ys) == 0:
        return 0.0
    height, width = pixels.shape
    dx, dy = xs - width / 2, ys - height / 2

    def best_of(angles: Iterable[float]) -> float:
        return max(angles, key=lambda a: _row_profile_score(dx, dy, height, a))

    coarse = best_of(a / 2 for a in range(-int(max_angle * 2), int(max_angle * 2) + 1))
    return best_of(coarse + a / 10 for a in range(-4, 5))


def prepare_image(image: Image.Image) -> Image.Image:
    """8-bit pixels on white, deskewed (when tilted by 0.2 degrees or more), then prepared by
    ``pipeline.imageprep`` (colour ink dropped, an uneven background flattened, Otsu with the
    rulings kept whole), 1 bit."""
    image = page_pixels(ImageOps.exif_transpose(image))
    angle = estimate_skew(image.convert("L"))
    if abs(angle) >= 0.2:
        # (PIL's bilinear turn: OpenCV's affine warp with PIL's matrix, five times faster and
        # within a level or two of its pixels, read worse on every scan set measured: digit
        # error 0.018 -> 0.020 and strict F1 0.871 -> 0.832 on heldout42's copier scans)
        fill = 255 if image.mode == "L" else (255, 255, 255)
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=fill)
    return imageprep.prepare(image).convert("1", dither=Image.Dither.NONE)  # already two levels


def pbm_bytes(binary: np.ndarray | Image.Image) -> bytes:
    """A two-level page (ink below 128) as a binary PBM: what tesseract reads from stdin as
    well as a PNG (the same words, measured), an eighth of a grey page's bytes and written
    in milliseconds, where compressing a PNG took a tenth of a page's recognition time."""
    pixels = np.asarray(binary.convert("L")) if isinstance(binary, Image.Image) else binary
    height, width = pixels.shape
    return b"P4\n%d %d\n" % (width, height) + np.packbits(pixels < 128, axis=1).tobytes()


def page_image(pbm: bytes) -> Image.Image:
    """The page of ``pbm_bytes`` as 8-bit grey (ink 0, paper 255)."""
    return Image.open(io.BytesIO(pbm)).convert("L")


# --- recognition -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OcrJob:
    """One page image to recognise; picklable, so an executor can run it anywhere. It
    carries the page as rendered (``raw``) and is prepared (deskew, ink, threshold: the
    costly part) where it runs, so the pages of one big scan prepare in parallel; ``pbm``
    is the prepared page once that is done (``pbm_bytes``)."""

    page_no: int
    pbm: bytes
    languages: str
    dpi: int
    tesseract_cmd: str
    cache_dir: str | None
    raw: bytes = b""
    size: tuple[int, int] = (0, 0)
    mode: str = ""
    psm: int = PSM  # tesseract's page segmentation: PSM for a page, CELLS_PSM for a montage
    # A PDF page left to render where the job runs (``deferred_job``): the file and the page's
    # index. The worker reads the file itself, so the parent sends a path, not a page's pixels.
    pdf_path: str = ""
    pdf_index: int = -1


def prepared(job: OcrJob) -> OcrJob:
    """The job with its page prepared for tesseract (done once, where the job runs); a PDF
    page left to render is rendered here first. Raises ``CorruptFileError`` when it cannot be."""
    if job.pbm:
        return job
    if job.pdf_path:
        job = rendered(job)
    if not job.raw:
        return job
    image = Image.frombytes(job.mode, job.size, job.raw)
    scale = imageprep.text_scale(np.asarray(image.convert("L")))
    if scale > 1.0:  # small text enlarged to the letter height tesseract reads best
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.BICUBIC)
    return replace(job, pbm=pbm_bytes(prepare_image(image)), raw=b"", dpi=round(job.dpi * scale))


def cache_key(job: OcrJob) -> str:
    digest = hashlib.sha256(job.pbm)
    for part in (job.languages, str(job.dpi), str(job.psm), tesseract.version(job.tesseract_cmd), CACHE_VERSION):
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


def recognise(job: OcrJob) -> tuple[int, str]:
    """(page number, tesseract TSV) of one page, from the cache when it has it."""
    job = prepared(job)
    path = None
    if job.cache_dir:
        key = cache_key(job)
        path = Path(job.cache_dir) / key[:2] / f"{key}.tsv"
        if path.is_file():
            return job.page_no, path.read_text(encoding="utf-8")
    tsv = tesseract.run(job.pbm, job.tesseract_cmd, job.languages, job.dpi, psm=job.psm)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(tsv, encoding="utf-8")
        partial.replace(path)  # atomic: parallel workers never see half a file
    return job.page_no, tsv


def page_pixels(image: Image.Image) -> Image.Image:
    """An image as 8-bit grey or RGB on white: 16-bit scans scaled (not clipped to white),
    transparent backgrounds composed onto paper (not black)."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        pixels = np.asarray(image, dtype=np.float64)
        top = float(pixels.max()) or 1.0
        return Image.fromarray(np.clip(pixels * 255.0 / top, 0, 255).astype(np.uint8))
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def make_job(page_no: int, image: Image.Image, settings: Settings) -> OcrJob:
    """A job for a page as rendered; preparing it is left to wherever the job runs."""
    image = ImageOps.exif_transpose(image)  # the raw bytes carry no EXIF orientation
    image = grey_if_grey(page_pixels(image))
    return _job(page_no, settings, raw=image.tobytes(), size=image.size, mode=image.mode)


def deferred_job(page_no: int, pdf_path: str, index: int, settings: Settings) -> OcrJob:
    """A job for page ``index`` of the PDF at ``pdf_path``, rendered where the job runs: a
    big scan's pages are rendered by the workers in parallel, and the parent, which shares
    the cores with them, sends a path instead of a page's pixels (tens of MB each)."""
    return _job(page_no, settings, pdf_path=pdf_path, pdf_index=index)


def _job(
    page_no: int,
    settings: Settings,
    *,
    raw: bytes = b"",
    size: tuple[int, int] = (0, 0),
    mode: str = "",
    pdf_path: str = "",
    pdf_index: int = -1,
) -> OcrJob:
    """A job for a page (its pixels, or the PDF page to render) read with ``settings``."""
    return OcrJob(
        page_no=page_no,
        pbm=b"",
        raw=raw,
        size=size,
        mode=mode,
        languages=settings.ocr_languages,
        dpi=settings.ocr_dpi,
        tesseract_cmd=settings.tesseract_cmd,
        cache_dir=str(settings.ocr_cache_dir) if settings.ocr_cache_dir else None,
        pdf_path=pdf_path,
        pdf_index=pdf_index,
    )


def rendered(job: OcrJob) -> OcrJob:
    """A deferred job with its page rendered (``make_job``'s pixels, with ``job.dpi``)."""
    with open_pdf(Path(job.pdf_path).read_bytes()) as document:
        image = render_page_rgb(document, job.pdf_index, job.dpi)
    image = grey_if_grey(page_pixels(image))
    return replace(job, raw=image.tobytes(), size=image.size, mode=image.mode, pdf_path="", pdf_index=-1)


def grey_if_grey(image: Image.Image) -> Image.Image:
    """An RGB page whose every pixel is grey (a grey scan PDFium rendered in colour) as one
    channel: the same pixels, a third of the bytes to send to the worker that prepares it
    (the main process renders and sends a big scan's pages while the workers read them). A
    page with any colour (a stamp, a signature) stays RGB, for its ink to be dropped."""
    if image.mode != "RGB":
        return image
    pixels = np.asarray(image)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    if np.array_equal(red, green) and np.array_equal(green, blue):
        return Image.fromarray(np.ascontiguousarray(red))
    return image


def for_recogniser(binary: np.ndarray, lines: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    """The page tesseract sees: without its table rulings (``lines``, the page's long
    strokes) and dotted fill lines, both read as letters or digits otherwise; ``None`` when
    the page has neither."""
    ruled = imageprep.without_rulings(binary, lines)
    dotted = imageprep.without_leaders(binary if ruled is None else ruled)
    return dotted if dotted is not None else ruled


def ocr_page(job: OcrJob) -> tuple[int, str]:
    """(page number, laid-out and repaired text) of one job."""
    page_no, text, _ = read_page(job)
    return page_no, text


def read_page(job: OcrJob) -> tuple[int, str, float | None]:
    """(page number, laid-out and repaired text, tesseract's mean word confidence) of one job;
    runs wherever the executor puts it. A deferred page that cannot be rendered there reads
    as no text, as one the parent could not render."""
    try:
        job = prepared(job)
    except (SarabanError, OSError):
        return job.page_no, "", None
    text, confidence = _read_prepared(job)
    # (a sideways page may also read as a word or two tesseract is sure of: ``> 0``)
    if confidence is None or confidence < UPRIGHT_CHECK or len(text.split()) < UPRIGHT_FEW_WORDS:
        turned = upright(job)  # a landscape page scanned sideways reads as a few garbled words
        if turned is not None:
            again, surer = _read_prepared(turned)
            if surer is not None and (confidence is None or surer > confidence):
                text, confidence = again, surer
    return job.page_no, text, confidence


def upright(job: OcrJob) -> OcrJob | None:
    """The prepared job with its page turned upright when tesseract's orientation detection
    finds its text sideways or upside down (and is sure enough of it); ``None`` otherwise."""
    turn, sure = tesseract.orientation(job.pbm, job.tesseract_cmd, job.dpi)
    if turn == 0 or sure < UPRIGHT_SURE:
        return None
    image = page_image(job.pbm).rotate(-turn, expand=True)  # PIL turns counter-clockwise
    return replace(job, pbm=pbm_bytes(image))


def _read_prepared(job: OcrJob) -> tuple[str, float | None]:
    """(laid-out and repaired text, mean word confidence) of a prepared job's page."""
    image = page_image(job.pbm)
    binary = np.asarray(image)
    lines = cells.strokes(binary)  # the long strokes, found once for the grid and the erasing
    table_rows = cells.ruled_rows(binary, job.dpi, lines)
    grid = cells.cell_boxes(table_rows, job.dpi)
    words = _page_words(job, binary, lines, image, grid)
    dots = leader_dots(words)
    if dots:
        # Dotted fill lines (ส่วนราชการ......) make tesseract read their whole line as digits and
        # lose its words: recognise the page again with the dots painted out.
        image = image.copy()
        draw = ImageDraw.Draw(image)
        for dot in dots:
            draw.rectangle((dot.left - 2, dot.top - 2, dot.right + 2, dot.top + dot.height + 2), fill=255)
        job = replace(job, pbm=pbm_bytes(image))
        binary = np.asarray(image)
        words = _page_words(job, binary, cells.strokes(binary), image, grid)
    words = without_mark_rows(without_specks(words))
    confidence = statistics.fmean(w.conf for w in words) if words else None
    number_cells = [row[0] for row in _rows_of(grid)]  # a ruled table's first column: row numbers
    # (garbage judged after the re-reading: a row number tesseract misread, unsure, is a digit by then)
    words = arabic_slashes(reread_digits(words, image, number_cells, grid), image)
    words = without_garbage_rows(without_mark_rows(words), number_cells)
    words = filled_dots(words, image)
    return repair_ocr_text(layout_text(words, image, table_rows)), confidence


def _page_words(
    job: OcrJob, binary: np.ndarray, lines: tuple[np.ndarray, np.ndarray], image: Image.Image, grid: list[cells.Box]
) -> list[Word]:
    """The page's words. Where the page has ruled tables, the cells whose reading is in
    doubt (``doubtful_cells``) are cut out and read again one by one (``pipeline.cells``);
    so are runs of Thai that tesseract read as Latin (``doubtful_pieces``, read with the Thai
    model alone); each keeps the better reading (``best_reading``)."""
    erased = for_recogniser(binary, lines)
    seen = binary if erased is None else erased
    words = parse_tsv(recognise(replace(job, pbm=pbm_bytes(seen)))[1])
    words = lines_rejoined(job, seen, words, grid)
    words = words + read_unread(job, seen, words, grid)
    inside = _membership(words, grid, cells.inset(job.dpi), image)
    doubtful = doubtful_cells(words, grid, inside, lambda box: cells.inked(seen, box, job.dpi))
    in_grid = {id(w) for w in words if any(inside(w, box) for box in grid)}  # (each word's cell test once)
    in_cells = [w for w in words if id(w) in in_grid]
    pieces = doubtful_pieces([w for w in words if id(w) not in in_grid])
    # Latin that the Thai+English model read as digits or Thai, or that looks Thai read as
    # Latin, is read with the English model first: where that reading is Latin these documents
    # print (``(OIT)`` for ``(๐011)``), it stands; the other pieces are read with the Thai model.
    latin = pieces + latin_as_digits(words)
    english = _read_again(replace(job, languages=ENGLISH_ONLY), seen, latin, LATIN_RUN)
    won = [box for box in latin if genre_latin([w for w in english if inside(w, box)])]
    # (the Thai model still reads every piece: a montage's readings depend on what else is in it)
    pieces += abbreviations_as_latin(in_cells) + thai_read_as_latin_in_cells(in_cells)
    again = _read_again(job, seen, doubtful, 1) + _read_again(replace(job, languages=THAI_ONLY), seen, pieces, 2)
    words = best_reading(words, again, doubtful + pieces, inside) if again else words
    if won:
        words = latin_in_place(words, english, won, inside)
    empty = [box for box in doubtful if not any(inside(w, box) for w in words)]
    words = words + _dashes(seen, empty, job.dpi, words)
    return _ticks_in_tick_columns(
        words,
        grid,
        inside,
        lambda box: cells.marked(seen, box, job.dpi),
        job.dpi,
        lambda box: cells.spanned(binary, box),
    )


def _ticks_in_tick_columns(
    words: list[Word],
    grid: list[cells.Box],
    inside: Inside,
    marked: Callable[[cells.Box], bool],
    dpi: int,
    spanned: Callable[[cells.Box], bool] = lambda box: False,
) -> list[Word]:
    """A ruled table's tick columns made whole. The tick columns are a run of narrow columns
    side by side, one of which holds a tick as tesseract reads it; in them a cell
    read as nothing, or as a quote or a slash (``“``, ``/”`` for ``✓``; nothing for ``☑``),
    that holds a mark (``cells.marked``: not an empty ``☐``) is a tick; so is a cell an arrow
    runs through (``spanned``: ``◄────`` over a period, its head read as ``~<`` or ``=``)."""
    slot = dpi // 10  # rulings of one column line up within this

    def column(x0: int, x1: int) -> tuple[int, int]:
        return round(x0 / slot), round(x1 / slot)

    readings = {box: [w for w in words if inside(w, box)] for box in grid}
    spans = {column(box.x0, box.x1): (box.x0, box.x1) for box in grid}
    ticked = {
        column(box.x0, box.x1)
        for box, mine in readings.items()
        if mine and all(_TICK_READING.fullmatch(w.text) or _ROOT_TICK.fullmatch(w.text) or _DOT_MARK.fullmatch(w.text) for w in mine)
    }
    # a column that holds an amount in some row is no tick column (a narrow budget's)
    worded = {
        column(box.x0, box.x1)
        for box, mine in readings.items()
        if _AMOUNT_READING.search("".join(w.text for w in mine))
    }
    narrow = sorted(
        (span for key, span in spans.items() if span[1] - span[0] <= TICK_COLUMN * dpi and key not in worded),
        key=lambda s: s[0],
    )
    # one span a column: a skewed page's rulings drift a slot from row to row, so a column's
    # cells overlap more than their keys agree
    merged: list[tuple[int, int]] = []
    for x0, x1 in narrow:
        if merged and min(x1, merged[-1][1]) - max(x0, merged[-1][0]) >= 0.5 * (x1 - x0):
            merged[-1] = (min(x0, merged[-1][0]), max(x1, merged[-1][1]))
        else:
            merged.append((x0, x1))
    ticked_spans = [spans[key] for key in ticked if key in spans]
    block: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for span in [*merged, None]:
        if span is not None and run and span[0] - run[-1][1] <= slot:  # (side by side, or overlapping a little)
            run.append(span)
            continue
        if len(run) >= 2 and any(_overlaps(t, r) for t in ticked_spans for r in run):
            block += run
        run = [span] if span is not None else []
    if not block:
        return words

    def in_block(box: cells.Box) -> bool:
        return any(_overlaps((box.x0, box.x1), span) for span in block)

    def digit_tick(box: cells.Box) -> bool:
        """A tick a copier's scan made a digit of (``4``, ``7”``, ``๔✓``): in a column where two
        cells or more read as ticks and none holds another number."""
        mine = readings[box]
        if not mine or not all(_TICK_AS_DIGIT.fullmatch(w.text) for w in mine):
            return False
        in_column = [b for b in grid if b != box and _overlaps((b.x0, b.x1), (box.x0, box.x1))]
        same = [readings[b] for b in in_column]

        def tick(ws: list[Word]) -> bool:
            return bool(ws) and all(_TICK_READING.fullmatch(w.text) or _DOT_MARK.fullmatch(w.text) for w in ws)

        ticks = sum(1 for ws in same if tick(ws))
        above = any(tick(readings[b]) for b in in_column if b.bottom <= box.top)  # (a header's quarter ``1`` has none)
        numbers = any(_DIGIT.search(w.text) and not _TICK_AS_DIGIT.fullmatch(w.text) for ws in same for w in ws)
        return ticks >= TICKS_BESIDE and above and not numbers

    # (the table's own mark for a tick: a dot where its ticks are dots, ``●``)
    marks = Counter(w.text for ws in readings.values() for w in ws if _DOT_MARK.fullmatch(w.text) or w.text in TICK_MARKS)
    mark = "●" if marks and _DOT_MARK.fullmatch(marks.most_common(1)[0][0]) else "✓"
    out = list(words)
    letter = _letter_height(words, dpi)
    # a tick stands on its row's first line of text (a row of marks alone is a speck row):
    # centred on that line's middle (the top of a tone mark or a quote over it is no line)
    by_row: dict[tuple[int, int], dict[int, list[Word]]] = {}
    for box, mine in readings.items():
        for w in mine:
            if w.line >= 0 and not _TICK_READING.fullmatch(w.text):
                by_row.setdefault((box.top, box.bottom), {}).setdefault(w.line, []).append(w)
    line_of: dict[tuple[int, int], int] = {}
    for key, lines in by_row.items():
        # (a line of a letter, a digit or more: not the marks or a quote read on a line of their own)
        texts = [ws for ws in lines.values() if any(_LINE_LETTER.search(w.text) for w in ws)] or list(lines.values())
        middle = min(statistics.median(w.middle for w in ws) for ws in texts)
        line_of[key] = round(middle - letter / 2)
    for box, mine in readings.items():
        if not in_block(box):
            continue
        # (an arrow's cell holds no word of two letters: a merged header's underline runs through
        # its quarters' labels, ``ต.ค.``, ``ม.ค.``)
        arrow = spanned(box) and not any(len(_LETTER.findall(w.text)) >= 2 for w in mine)
        specks = all(_TICK_SPECK.fullmatch(w.text) or _ROOT_TICK.fullmatch(w.text) for w in mine)
        if not arrow and not digit_tick(box) and ((mine and not specks) or not marked(box)):
            continue
        out = [w for w in out if w not in mine]
        top = line_of.get((box.top, box.bottom), (box.top + box.bottom - letter) // 2)
        out.append(Word((box.x0 + box.x1 - letter) // 2, top, letter, letter, 50.0, mark))
    return out


_LETTER = regex.compile(r"[ก-ฮA-Za-z]")


def _overlaps(span: tuple[int, int], column: tuple[int, int]) -> bool:
    """Whether a cell's span lies mostly (six tenths) within a column's."""
    return min(span[1], column[1]) - max(span[0], column[0]) >= 0.6 * (span[1] - span[0])


def _dashes(seen: np.ndarray, boxes: list[cells.Box], dpi: int, words: list[Word]) -> list[Word]:
    """A ``-`` for each cell read as nothing whose only ink is a dash (``cells.dash``), as tall
    as the page's letters so that it lines up with its row."""
    letter = _letter_height(words, dpi)
    out = []
    for box in boxes:
        stroke = cells.dash(seen, box, dpi)
        if stroke is not None:
            middle = (stroke.top + stroke.bottom) // 2
            out.append(Word(stroke.x0, middle - letter // 2, stroke.x1 - stroke.x0, letter, 50.0, "-"))
    return out


def _letter_height(words: list[Word], dpi: int) -> int:
    """The page's letter height (its words' median), for a word the page did not read."""
    return round(statistics.median(w.height for w in words)) if words else dpi // 8


_AMOUNT_READING = regex.compile(r"[\d๐-๙]{1,3}[,.][\d๐-๙]{2}|[\d๐-๙]{4,}|งบ\s*ประมาณ|บาท")
TICK_COLUMN = 0.9  # of the dpi: the widest a tick column is (a quarter's, a month's)


THAI_ONLY = "tha"  # for Thai that the Thai+English reading turned into Latin


def _read_again(job: OcrJob, seen: np.ndarray, boxes: list[cells.Box], run: int) -> list[Word]:
    """The words of ``boxes`` read on their own (one montage, one tesseract run, ``run`` for
    its line keys), where they stand on the page."""
    out: list[Word] = []
    for table, placements in cells.montages(seen, boxes, job.dpi) if boxes else []:
        try:
            tsv = recognise(replace(job, pbm=pbm_bytes(table), psm=CELLS_PSM))[1]
        except ExternalToolError:
            continue  # a second reading is a second opinion: the page's own reading stands
        for word in parse_tsv(tsv, run=run):
            at = cells.to_page(placements, word.left, word.top, word.width, word.height)
            if at is not None:
                out.append(replace(word, left=at[0], top=at[1]))
    return out


# Tesseract sometimes reads one printed line as two: the tops of its letters and its marks
# (``ระเบียบวาระที่ ๑``'s ี, ่, the heads of เ and ร) as a line of short boxes of garbage
# (``๔๗ จ่ a ฆ่``) over the rest, read without its marks. The two read again as one line
# (``--psm 7``) come out whole.
SPLIT_GAP = 0.3  # of the lower line's height: the most a split's halves leave between them
LINE_PSM = 7  # a crop of one text line
LINE_CONFIDENCE = 60.0  # mean word confidence a line read again needs to replace the two
SPLIT_RUN = 4  # line keys of the lines read again: runs 4, 5, ... (1 cells, 2 Thai pieces, 3 Latin pieces)


def split_lines(words: list[Word]) -> list[tuple[list[Word], list[Word]]]:
    """(upper, lower) pairs of tesseract lines that are one printed line read as two: the
    upper's words end (their median bottom) about where the lower's begin (their median top),
    where two printed lines leave most of a line's height between them, and the upper lies
    over the lower."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        if word.line >= 0:
            lines.setdefault(word.line, []).append(word)
    ordered = sorted(lines.values(), key=lambda line: statistics.median(w.top for w in line))
    pairs: list[tuple[list[Word], list[Word]]] = []
    for upper, lower in itertools.pairwise(ordered):
        height = statistics.median(w.height for w in lower)
        reach = statistics.median(w.top + w.height for w in upper) - statistics.median(w.top for w in lower)
        if (
            reach >= -SPLIT_GAP * height
            and min(w.left for w in upper) >= min(w.left for w in lower) - height
            and max(w.right for w in upper) <= max(w.right for w in lower) + height
        ):
            if pairs and pairs[-1][1] is upper:
                # (a line is one pair's at most: of two pairs that share it, the one whose upper
                # line tesseract was less sure of is the split, ``เสนอแนะ`` over ``«alaaoa`` over
                # the heading it belongs to)
                if _sureness(upper) >= _sureness(pairs[-1][0]):
                    continue
                pairs.pop()
            pairs.append((upper, lower))
    return pairs


def _sureness(line: list[Word]) -> float:
    return statistics.fmean(w.conf for w in line)


def read_line_box(job: OcrJob, seen: np.ndarray, box: cells.Box, pad: int, run: int) -> list[Word]:
    """The words of ``box`` (with ``pad`` pixels of paper around it) read as one text line
    (``LINE_PSM``), where they stand on the page; none when tesseract fails on it (a second
    reading is a second opinion: the page's own reading stands)."""
    x0, y0 = max(0, box.x0 - pad), max(0, box.top - pad)
    x1, y1 = min(seen.shape[1], box.x1 + pad), min(seen.shape[0], box.bottom + pad)
    try:
        tsv = recognise(replace(job, pbm=pbm_bytes(seen[y0:y1, x0:x1]), psm=LINE_PSM))[1]
    except ExternalToolError:
        return []
    return [replace(w, left=w.left + x0, top=w.top + y0) for w in parse_tsv(tsv, run=run)]


def lines_rejoined(job: OcrJob, seen: np.ndarray, words: list[Word], grid: list[cells.Box]) -> list[Word]:
    """The page's words with each line tesseract split in two (``split_lines``, outside the
    ruled cells, which are read again on their own) read again as one line, where that reading
    is sure enough and no misreading."""
    pairs = [
        (upper, lower)
        for upper, lower in split_lines(words)
        if not any(_centre_in(w, box) for w in lower for box in grid)
    ]
    if not pairs:
        return words
    pad = max(2, job.dpi // 50)
    out = list(words)
    for n, (upper, lower) in enumerate(pairs):
        both = upper + lower
        box = cells.Box(min(w.left for w in both), min(w.top for w in both), max(w.right for w in both), max(w.top + w.height for w in both))
        again = read_line_box(job, seen, box, pad, SPLIT_RUN + n)
        if not again or statistics.fmean(w.conf for w in again) < LINE_CONFIDENCE or _misread(again):
            continue
        gone = {id(w) for w in both}
        out = [w for w in out if id(w) not in gone] + again
    return out


# Ink tesseract's page layout left unread: a page number alone at the top of a page of a few
# lines (``- ๕ -`` over a signature block). Ink no word's box covers, in a patch a text line
# high above the page's first line or below its last, is read again as one line (``LINE_PSM``).
UNREAD_RUN = 1000  # line keys of unread ink read again (apart from the split lines' runs)
UNREAD_PAD = 0.3  # letter heights a word's box is widened by before it covers ink
UNREAD_JOIN = 0.8  # letter heights between glyphs of one patch
UNREAD_HEIGHT = (0.6, 1.8)  # letter heights a patch of text stands
UNREAD_MOST = 2  # patches a page's head and foot hold: a page number, a footer
MARGIN = 0.12  # of the page's height: its head and its foot, where page numbers stand
UNREAD_INK = 0.12  # of a letter height squared: the least ink a patch holds (a speck less)
UNREAD_CONFIDENCE = 70.0  # mean word confidence a patch's reading needs to stand
UNREAD_MARGIN = 0.6  # letter heights of paper around a patch (tesseract reads a tight crop unsure)
_UNREAD_TEXT = regex.compile(r"[\u0e01-\u0e2e\d๐-๙]")  # a letter or a digit: text, not a speck


def unread_ink(seen: np.ndarray, words: list[Word], grid: Sequence[cells.Box]) -> list[cells.Box]:
    """Patches of ink, a text line high, above the page's first line or below its last and in
    its head or foot (``MARGIN``), that no word's box covers and no ruled cell holds: what
    tesseract's layout analysis dropped there (none where more than ``UNREAD_MOST`` are found)."""
    letters = [w.height for w in words if w.line >= 0]
    if not letters:
        return []
    height = statistics.median(letters)
    page_height = seen.shape[0]
    first = min(w.top for w in words if w.line >= 0)
    last = max(w.top + w.height for w in words if w.line >= 0)
    # Only the rows above the first line and below the last are looked at (with the line's edge
    # row, so that a patch reaching into the line is seen reaching in): no other patch is kept.
    bands = [(0, first + 1), (last - 1, page_height)] if first + 1 < last - 1 else [(0, page_height)]
    boxes = [box for top, bottom in bands for box in _unread_in_band(seen, words, grid, top, bottom, height)]
    boxes = [
        box
        for box in boxes
        # (only the page's head and foot: ink between its lines is a mark, an arrow or a bar
        # in a plan's rows (``◄━►``) as often as a line tesseract dropped)
        if not (first < box.bottom and box.top < last) and not MARGIN * page_height < box.top < (1 - MARGIN) * page_height
    ]
    # (more than a page number and a footer: marks and arrows a sideways page's reading left)
    return boxes if len(boxes) <= UNREAD_MOST else []


def _unread_in_band(
    seen: np.ndarray, words: list[Word], grid: Sequence[cells.Box], top: int, bottom: int, height: float
) -> list[cells.Box]:
    """The patches of ink a text line high that no word's box (nor ruled cell) covers in the
    page's rows ``top`` to ``bottom`` (a band of the page: its boxes where they stand on it)."""
    ink = (seen[top:bottom] < 128).astype(np.uint8)
    pad = round(UNREAD_PAD * height)
    covered = np.zeros_like(ink)
    spans = [(w.left - pad, w.top - pad, w.right + pad, w.top + w.height + pad) for w in words]
    for x0, y0, x1, y1 in [*spans, *((box.x0, box.top, box.x1, box.bottom) for box in grid)]:
        if y1 > top and y0 < bottom:
            covered[max(0, y0 - top) : y1 - top, max(0, x0) : x1] = 1
    loose = ink & (1 - covered)
    if not loose.any():
        return []
    joined = cv2.dilate(loose, np.ones((1, max(1, round(UNREAD_JOIN * height))), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    return [
        cells.Box(int(x), int(y) + top, int(x + width), int(y + high) + top)
        for x, y, width, high, _area in stats[1:count]
        if UNREAD_HEIGHT[0] * height <= high <= UNREAD_HEIGHT[1] * height
        and int(loose[y : y + high, x : x + width].sum()) >= UNREAD_INK * height * height
    ]


def read_unread(job: OcrJob, seen: np.ndarray, words: list[Word], grid: Sequence[cells.Box]) -> list[Word]:
    """The words of the ink tesseract left unread (``unread_ink``), each patch read as one
    line where that reading is sure and no misreading."""
    boxes = unread_ink(seen, words, grid)
    if not boxes:
        return []
    pad = round(UNREAD_MARGIN * statistics.median(w.height for w in words if w.line >= 0))
    found: list[Word] = []
    for n, box in enumerate(boxes):
        again = read_line_box(job, seen, box, pad, UNREAD_RUN + n)
        text = "".join(w.text for w in again)
        if (
            again
            and statistics.fmean(w.conf for w in again) >= UNREAD_CONFIDENCE
            and _UNREAD_TEXT.search(text)
            and not regex.search(r"[A-Za-z]", text)  # (Latin on its own is a stamp's or a speck's reading)
            and not _misread(again)
        ):
            found += again
    return found


Inside = Callable[["Word", cells.Box], bool]


def _membership(page: list[Word], grid: list[cells.Box], inset: int, image: Image.Image | None) -> Inside:
    """Whether a word lies in a cell: by where its ink is (tesseract stretches a letter's box
    over the erased ruling beside it), up to the cell's rulings (``inset`` outside its box)."""
    rulings = sorted({x for box in grid for x in (box.x0 - inset, box.x1 + inset)})
    ink_x = {id(w): _ink_middle(w, image, rulings) for w in page}

    def inside(word: Word, box: cells.Box) -> bool:
        x, y = ink_x.get(id(word), word.left + word.width / 2), word.middle
        return box.x0 - inset <= x <= box.x1 + inset and box.top - inset <= y <= box.bottom + inset

    return inside


CELL_DOUBT = 85.0  # mean word confidence below which a cell's page reading is read again
CELL_MARGIN = 3.0  # mean confidence by which a cell's own reading must beat the page's


def _rows_of(grid: list[cells.Box]) -> list[list[cells.Box]]:
    return [list(row) for _, row in itertools.groupby(grid, key=lambda box: (box.top, box.bottom))]


def doubtful_cells(
    page: list[Word], grid: list[cells.Box], inside: Inside, inked: Callable[[cells.Box], bool]
) -> list[cells.Box]:
    """The cells worth a second reading: inked but read as nothing (tesseract drops a row
    number or a tick alone in its cell), read with little confidence, or misread (``_misread``:
    then the whole row, since the lost letter went to the cell beside it)."""
    out: list[cells.Box] = []
    for row in _rows_of(grid):
        readings = [[w for w in page if inside(w, box)] for box in row]
        if any(mine and _misread(mine) for mine in readings):
            out += [box for box, mine in zip(row, readings, strict=True) if mine or inked(box)]
            continue
        out += [
            box
            for box, mine in zip(row, readings, strict=True)
            if (not mine and inked(box)) or (mine and not _number_like(mine) and statistics.fmean(w.conf for w in mine) < CELL_DOUBT)
        ]
    return out


def _number_like(words: list[Word]) -> bool:
    """A cell read as a number: tesseract is never sure of Thai digits, and the digit
    re-reading (``reread_digits``) does better for them than a second reading."""
    return bool(_NUMBER_CELL_TEXT.fullmatch("".join(w.text for w in words)))


_NUMBER_CELL_TEXT = regex.compile(r"[0-9๐-๙.,:/\-]+")


PIECE_DOUBT = 60.0  # mean confidence under which a run of Latin-looking words is read again


def doubtful_pieces(words: list[Word]) -> list[cells.Box]:
    """Runs of words outside ruled tables that tesseract read as Latin or symbols, unsure,
    or in lowercase on a Thai line (``%a-ana`` for ``ชื่อ-สกุล`` in an unruled list's header,
    read with confidence 79): boxes to read again on their own, like a doubtful cell."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    pad = round(0.3 * height)
    out: list[cells.Box] = []
    for row in _rows(words):
        runs = _runs(row, PIECE_GAP * height)
        thai_row = any(_HAS_THAI.search(w.text) for w in row)
        for run in runs:
            text = "".join(w.text for w in run)
            unsure = statistics.fmean(w.conf for w in run) < PIECE_DOUBT and _LATIN_LOOKING.search(text)
            if unsure or (thai_row and _THAI_READ_AS_LATIN.fullmatch(text)):
                out.append(_padded(run, pad))
            elif thai_row:
                # a Thai word read as capitals no acronym of the genre spells (``ASIN`` for ครั้งที่),
                # or Thai digits and words read as a short lowercase one (``ae`` for ๑๕, ``Dev.lom``)
                # (little room above and below: a word of the next line must stay out of its box)
                out += [_padded([w], pad, round(0.1 * height)) for w in run if _latin_for_thai(w.text)]
    return out


# A Thai abbreviation read as Latin letters and stops (``A.A.`` for ต.ค.): a letter or two, a
# stop, twice, a Latin letter among them (``11.8.`` for ก.ย., digits alone, is not taken).
_DOTTED_AS_LATIN = regex.compile(r"(?=.*[A-Za-z])(?:[A-Za-z0-9]{1,2}\.){2}")


def abbreviations_as_latin(words: list[Word]) -> list[cells.Box]:
    """Words in ruled cells that are a Thai abbreviation read as Latin (``_DOTTED_AS_LATIN``), on
    a line with a year: boxes to read again with the Thai model, as a doubtful piece."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    out = []
    for row in _rows(words):
        if any(_YEAR.search(w.text) for w in row):  # (beside a year: a period's month, ``A.A. 2568``)
            out += [_padded([w], round(0.3 * height), round(0.1 * height)) for w in row if _DOTTED_AS_LATIN.fullmatch(w.text)]
    return out


# A lowercase Latin word a Thai name or word became in a ruled cell (a surname read ``dimes``,
# ``wuld``), after a Thai word in the same cell's line: no Latin word these documents print.
_LOWER_LATIN = regex.compile(r"[a-z]{3,9}")


def thai_read_as_latin_in_cells(words: list[Word]) -> list[cells.Box]:
    """Words in ruled cells read as a lowercase Latin word right after a Thai word on the same
    line (``นางสาวจันทร์เพ็ญ dimes``): boxes to read again with the Thai model, as a doubtful piece."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    out = []
    for row in _rows(words):
        for before, word in itertools.pairwise(row):
            if (
                _LOWER_LATIN.fullmatch(word.text)
                and word.text not in LATIN_WORDS
                and _HAS_THAI.search(before.text)
                and word.left - (before.left + before.width) <= PIECE_GAP * height
            ):
                out.append(_padded([word], round(0.3 * height), round(0.1 * height)))
    return out


def _latin_for_thai(text: str) -> bool:
    """Whether a word on a Thai line, read as Latin, is Thai tesseract's Thai+English model
    turned into Latin: capitals no acronym of the genre spells, or a short run of lowercase
    letters with digits or stops (Thai digits ๑๕ read ``ae``, ๒๕.๒๓ ``Dev.lom``, ได้ ``lA``)
    that is no Latin word these documents print (``e-bidding``, ``x`` in ``4 x 3,900``,
    ``www``, a capitalised ``Facebook``)."""
    if _CAPITALS.fullmatch(text):
        return text not in ACRONYMS
    core = text.strip("().,:;")
    return (
        bool(_SHORT_LATIN.fullmatch(core))
        and core.lower() not in LATIN_WORDS
        and not _CAPITALISED.fullmatch(core)
    )


# A short reading of lowercase Latin (with capitals, digits or stops) and nothing Thai.
_SHORT_LATIN = regex.compile(r"(?=.*[a-z])[A-Za-z0-9.,]{2,8}")
_CAPITALISED = regex.compile(r"[A-Z][a-z]{3,}")  # Facebook, Policy, Line
# Lowercase Latin that Thai local-government documents print beside Thai.
LATIN_WORDS = frozenset(
    {
        "www", "http", "https", "go.th", "or.th", "co.th", "ac.th", "com", "org", "net", "email", "mail",
        "online", "kg", "km", "cm", "mm", "ml", "ha", "no", "of", "on", "and", "the", "to", "in",
        "for", "e-mail", "app", "zoom", "line", "id", "sq.m", "rai", "pdf", "docx", "xlsx",
        "itas", "facebook", "youtube", "wifi", "cctv", "covid", "sms", "notebook", "google", "tiktok",
        "website", "web", "qr", "code", "gps", "usb", "excel", "word", "ita", "oit", "iit", "eit",
    }
)


def _padded(run: list[Word], pad: int, vertical: int | None = None) -> cells.Box:
    up = pad if vertical is None else vertical
    return cells.Box(
        max(0, min(w.left for w in run) - pad),
        max(0, min(w.top for w in run) - up),
        max(w.right for w in run) + pad,
        max(w.top + w.height for w in run) + up,
    )


_CAPITALS = regex.compile(r"[A-Z]{3,6}")
# The capitals these documents print (the ITA's instruments, apps, programmes, units); a word
# of capitals beside Thai that is none of them is Thai that tesseract read as Latin.
ACRONYMS = frozenset(
    {
        "ITA", "IIT", "EIT", "OIT", "LINE", "OTOP", "PDF", "GIS", "CCTV", "LED", "NGO", "SDG",
        "SDGS", "ICT", "KPI", "MOU", "COVID", "NACC", "PACC", "EGP", "GFMIS", "ACT", "THAI", "LPA",
        "ISO", "HTML", "URL", "WWW", "SMS", "ATM", "OSS", "PPE", "EMS", "AED", "USB", "CEO", "QR", "OA",
    }
)


ENGLISH_ONLY = "eng"  # for Latin that the Thai+English reading turned into digits or Thai
LATIN_RUN = 3  # line keys of the pieces read with the English model

# Latin words these documents print, beyond ``ACRONYMS`` and ``LATIN_WORDS``, that a piece read
# again with the English model may be (an online meeting's app, PDCA's steps, a policy's name).
GENRE_LATIN = frozenset(
    {
        "meeting", "teams", "microsoft", "policy", "service", "e-service", "gift", "complaint",
        "e-complaint", "e-gp", "e-bidding", "e-market", "e-laas", "plan", "do", "check", "act",
        "integrity", "transparency", "assessment", "itas", "webex", "messenger", "instagram",
    }
)


def genre_latin(words: list[Word]) -> bool:
    """Whether a piece read with the English model is Latin these documents print: every word
    (its brackets and stops aside) an acronym of the genre or a Latin word of it (``(OIT)``,
    ``ITAS``, ``Zoom Meeting``, ``QR Code``); nothing else, so a number or Thai read as Latin
    by that model (``OI`` for ``๐1``) never replaces the page's reading."""
    cores = [w.text.strip("()[]{}.,:;'\"") for w in words]
    # (a word of the genre of three letters or more: ``no``, ``on``, ``of`` are what the English model
    # makes of Thai digits as often as not)
    return bool(cores) and all(
        core in ACRONYMS or (len(core) >= 3 and (core.lower() in LATIN_WORDS or core.lower() in GENRE_LATIN))
        for core in cores
    )


def latin_in_place(words: list[Word], english: list[Word], won: list[cells.Box], inside: Inside) -> list[Word]:
    """``words`` with each box of ``won`` holding its English reading instead, in the text
    line of the words it replaces (a line is judged whole: one word alone, unsure, would be
    taken for a speck of garbage)."""
    out = list(words)
    for box in won:
        replaced = [w for w in out if inside(w, box)]
        lines = Counter(w.line for w in replaced).most_common(1)
        line = lines[0][0] if lines else -1
        out = [w for w in out if not inside(w, box)]
        out += [replace(w, line=line) if line >= 0 else w for w in english if inside(w, box)]
    return out


# A word read with digits that no number is: digits beside symbols a number never carries
# (``0!``, ``[1ก6``), Thai digits beside Arabic ones (``(๐011)``), a number opening with a nought
# in brackets (``(011)``, ``(๐ทว``), digits run into Thai letters (``0ทว0``, ``0เท``) or after a
# Thai vowel sign that starts no word a number follows (``โค5``).
_DIGITS_NO_NUMBER = regex.compile(
    r"(?=.*[0-9๐-๙])(?:.*[!|\[\]#§{}]|.*[๐-๙].*[0-9]|.*[0-9].*[๐-๙]|\([0๐][0-9๐-๙]|\([0๐][ก-ฮ]"
    r"|[0-9][ก-ฮ\u0e40-\u0e44]+[0-9]?$|^[เแโใไ][ก-ฮ]*[0-9])"
)
LATIN_TOKEN = 8  # characters: the longest run of words read as one token that may be an acronym
UNSURE_DIGITS = 50.0  # mean confidence under which a short token with digits may be Latin


def latin_as_digits(words: list[Word]) -> list[cells.Box]:
    """Tokens (words a space's gap apart at most, as tesseract splits a misread acronym into
    several: ``(๐`` ``ท`` ``ว``) that may be Latin the Thai+English model read as digits mixed
    with symbols or Thai (``_DIGITS_NO_NUMBER``), or short and unsure with a digit (``OIT`` read
    ``0``, confidence 31): boxes to read with the English model, whose reading stands only as
    Latin of the genre (``genre_latin``)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    out = []
    for row in _rows(words):
        for token in _runs(row, SPACE_GAP * height):
            text = "".join(w.text for w in token)
            if len(text) > LATIN_TOKEN or not regex.search(r"[0-9๐-๙]", text):
                continue
            # (unsure alone is no reason for a token of Thai digits: Latin is read as Arabic ones)
            unsure = statistics.fmean(w.conf for w in token) < UNSURE_DIGITS and not regex.fullmatch(r"[๐-๙.,/]+", text)
            if _DIGITS_NO_NUMBER.match(text) or unsure:
                out.append(_padded(token, round(0.3 * height), round(0.1 * height)))
    return out


_LATIN_LOOKING = regex.compile(r"[A-Za-z%@#$&]")
# Thai read as Latin: lowercase letters and symbols (``%a-ana``, ``wana``); the Latin these
# documents print is acronyms (ITA, OIT), capitalised words (Facebook) and addresses (www.).
_THAI_READ_AS_LATIN = regex.compile(r"(?=.*[a-z%@#$&])[a-z%@#$&\-]{2,}")


def best_reading(page: list[Word], in_cells: list[Word], doubtful: list[cells.Box], inside: Inside) -> list[Word]:
    """The page's words with each doubtful cell read the better way: the cell's own reading
    where the page has nothing there, where the page misread a cell of its row, or where it
    is clearly surer; the page's otherwise."""
    out = [w for w in page if not any(inside(w, box) for box in doubtful)]
    for row in _rows_of(doubtful):
        readings = [
            ([w for w in page if inside(w, box)], _without_latin_specks([w for w in in_cells if inside(w, box)]))
            for box in row
        ]
        whole = any(mine and theirs and _misread(mine) and not _misread(theirs) for mine, theirs in readings)
        for mine, theirs in readings:
            if mine and theirs and _misread(theirs) and not _misread(mine):
                out += mine  # the cell alone read worse (a ruling's remnant as ``a``): no surer for that
                continue
            if whole or not mine or not theirs:
                out += (theirs or mine) if whole else (mine or theirs)
                continue
            surer = statistics.fmean(w.conf for w in theirs) > statistics.fmean(w.conf for w in mine) + CELL_MARGIN
            out += theirs if surer else mine
    return out


def _without_latin_specks(words: list[Word]) -> list[Word]:
    """A Thai cell's reading without the lowercase letters a mark read alone became (``a``
    for ``ุ``): the cell read on its own loses the line its marks belong to."""
    if not any(_HAS_THAI.search(w.text) for w in words):
        return words
    return [w for w in words if not _LATIN_SPECK.fullmatch(w.text)]


def _misread(words: list[Word]) -> bool:
    """A cell's reading no Thai text can be: its lines interleaved, it opens with a mark or
    a following vowel (the letter it sits on was lost: ``ัวหน้า``), or Latin stands inside a
    Thai word."""
    return (
        _interleaved(words)
        or bool(_MARK_FIRST.match(_rows(words)[0][0].text))
        or any(_LATIN_IN_THAI.search("".join(w.text for w in row)) for row in _rows(words))
        or (any(_LATIN_SPECK.fullmatch(w.text) for w in words) and any(_HAS_THAI.search(w.text) for w in words))
    )


# Lowercase Latin between Thai letters of one word (``สวaิทย์``, ``พaิมพ์``): no Thai word is
# spelt so, a mark or a letter was read as Latin.
_LATIN_IN_THAI = regex.compile(r"[\u0e01-\u0e4e][a-z]{1,3}[\u0e01-\u0e4e]")
# ... or a mark of its own read as a lowercase letter or two (``ุ`` below the line as ``a``).
_LATIN_SPECK = regex.compile(r"[a-z]{1,2}")


def _interleaved(words: list[Word]) -> bool:
    """Whether tesseract read the lines of a cell as one: in its reading order the words
    jump between the visual rows more often than going down them once would."""
    row_of = {id(w): k for k, row in enumerate(_rows(words)) for w in row}
    order = [row_of[id(w)] for w in words]
    jumps = sum(1 for a, b in itertools.pairwise(order) if a != b)
    return jumps > max(order, default=0)


_SPECK_READING = regex.compile(r"[0-9A-Za-z๐-๙]{1,2}")
SPECK = 0.45  # of the page's median word height: a digit or letter this small is a speck
SLIVER = 0.12  # of the median word height: a box this flat is a ruling's remnant, never a glyph


def without_specks(words: list[Word]) -> list[Word]:
    """The words without copier specks read as a digit or a letter (``1``, ``6`` in 5 x 14
    pixels where the page's letters stand 40 high). Thai marks, as small, are kept."""
    if not words:
        return words
    height = statistics.median(w.height for w in words)
    return [
        w for w in words
        if not (_SPECK_READING.fullmatch(w.text) and max(w.height, w.width) < SPECK * height)
        and w.height >= SLIVER * height  # a ruling's remnant read as ``7`` or ``.``: a line, not a letter
    ]  # fmt: skip


GARBAGE_CONF = 70.0  # mean word confidence under which a line, most of its words as unsure, is no text
# A line of a number alone (a row number, an amount or a score in its cell), with a month
# (``๕ ธ.ค. ๒๕๖๘`` under a comment's signature) or with three digits in a row, read unsure:
# data, not a stamp.
_LONE_NUMBER = regex.compile(r"(?=.*[\d๐-๙])[\d๐-๙.,:/()%+\-]+")
_DATED = regex.compile(rf"[\d๐-๙]\s*{MONTH_PATTERN}|{MONTH_PATTERN}\s*[\d๐-๙]|[\d๐-๙]{{3}}")  # (or a number: ที่ ๑๔๒/๒๕๖๙)


def without_garbage_rows(words: list[Word], number_cells: Sequence[cells.Box] = ()) -> list[Word]:
    """The words without the lines tesseract made out of a stamp, a signature's strokes or a
    row of asterisks (``รว6ระระวระเร6รอรอ``, ``๑9»ฆ๑ขม7leaa``): lines whose mean confidence is
    under ``GARBAGE_CONF`` with at least half their words under it too. A printed line, even
    a faint or short one (``(OIT)``, ``น.``), reads above it; lines of ticks and a number
    alone in its cell (which tesseract reads unsure) are kept, and so is what stands in a
    ruled table's number column (``number_cells``: a row number misread, ``คต`` for ๖, half
    re-read). Judged per tesseract line, so a signature beside a typed name goes and the
    name stays."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    letter = statistics.median(w.height for w in words) if words else 0.0

    def garbage(line: list[Word]) -> bool:
        unsure = sum(w.conf < GARBAGE_CONF for w in line)
        if line[0].line >= 0 and _asterisk_row("".join(w.text for w in line)) and not _gapped(line, letter):
            return not any(all(_centre_in(w, box) for w in line) for box in number_cells)
        return (
            line[0].line >= 0
            and statistics.fmean(w.conf for w in line) < GARBAGE_CONF
            and 2 * unsure >= len(line)
            and not any(_TICK_READING.fullmatch(w.text) for w in line)
            and not _LONE_NUMBER.fullmatch(text := "".join(w.text for w in line))
            and not _DATED.search(text)
            and not any(all(_centre_in(w, box) for w in line) for box in number_cells)
        )

    dropped = {id(w) for line in lines.values() if garbage(line) for w in line}
    return [w for w in words if id(w) not in dropped]


def _asterisk_row(text: str) -> bool:
    """A row of asterisks (or any repeated ornament) as tesseract reads it, however sure: a
    long run of a few characters, digits and letters mixed (``6ว6ว6ว6ว66ว6ว6วเวระวเวอง``,
    ``ร41554155415555555555415526+``) or letters alone, fewer still (``อรอรององอร6จองอร6ร``).
    Typed text uses far more letters; a row of numbers or ticks (digits alone) is not this."""
    text = "".join(text.split())
    if len(text) < ASTERISK_RUN or len(regex.sub(r"[\d๐-๙,.\-/]", "", text)) < 2:
        return False  # (amounts side by side, ``๒๐,๐๐๐๒๐,๐๐๐๒๐,๐๐๐``, are a row's numbers)
    share = sum(c in "0123456789" or c in THAI_DIGITS for c in text) / len(text)
    kinds = len(set(text))
    if share < 0.2:  # letters alone (``อรอรององอรจองอรรอรอรอง``): fewer kinds still
        return kinds <= len(text) // 8
    return share <= 0.95 and kinds <= max(6, len(text) // 4)


ASTERISK_RUN = 14  # characters: the shortest run read as a row of asterisks


def _gapped(line: list[Word], letter: float) -> bool:
    """Whether a line's words stand apart in columns (a table row's cells: ``การ 20,000 20,000
    20,000`` repeats few kinds of letters too), not run on as a row of ornaments does: a gap
    wider than twice the page's letter height (``letter``; an asterisk is smaller)."""
    ordered = sorted(line, key=lambda w: w.left)
    return any(b.left - a.right > 2 * letter for a, b in itertools.pairwise(ordered))


def _centre_in(word: Word, box: cells.Box) -> bool:
    return box.x0 <= word.left + word.width / 2 <= box.x1 and box.top <= word.middle <= box.bottom


def leader_dots(words: list[Word]) -> list[Word]:
    """The dots of dotted fill lines: runs of at least ``LEADER_DOTS`` tiny boxes on one row
    (far smaller than a letter, smaller than a tone mark)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    tiny = [w for w in words if w.height <= 0.25 * height and w.width <= 0.5 * height]
    return [dot for row in _rows(tiny) if len(row) >= LEADER_DOTS for dot in row] if tiny else []


def read_pages(jobs: Iterable[OcrJob], executor: Executor | None = None) -> dict[int, tuple[str, float | None]]:
    """Page number -> (text, mean word confidence), for every job."""
    return {n: (text, conf) for n, text, conf in (executor or SerialExecutor()).imap(read_page, jobs)}


# --- layout ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str
    # The text line tesseract put the word in (``parse_tsv``), unique within a page; -1 for a
    # word we made (a tick, a dash). Visual rows are built from whole lines (``_rows``).
    line: int = -1

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


# Table rulings that tesseract reads as characters.
_RULE_WORD = regex.compile(r"^[|│┃¦!\[\]_—–\-=:;.,'\"`~]+$")


LINES_PER_RUN = 1_000_000_000  # line keys of one tesseract run, apart from another run's


def parse_tsv(tsv: str, run: int = 0) -> list[Word]:
    """The recognised words (level 5 rows) of tesseract's TSV output, each with its line's
    key (block, paragraph, line), told apart from the keys of other runs on the page by ``run``."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        try:
            left, top, width, height = (int(v) for v in parts[6:10])
            conf = float(parts[10])
            block, paragraph, line_no = (int(v) for v in parts[2:5])
        except ValueError:
            continue
        if text and conf >= 0:
            key = run * LINES_PER_RUN + block * 1_000_000 + paragraph * 1_000 + line_no
            words.append(Word(left, top, width, height, conf, text, key))
    return words


LINE_SPREAD = 1.5  # letter heights between a line's highest and lowest middles: more is two rows


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual rows: each tesseract line whole, the lines at one height
    side by side (``layout.group_lines`` over lines). Tesseract gives each Thai letter and
    mark a box of its own, some stretched over the line below; grouped letter by letter,
    a cell's wrapped second line (``ประเสริฐ`` under ``นายสมศักดิ์ บุญ``) was pulled into
    the row above and interleaved with it, where tesseract had read the two lines apart."""
    units: dict[int, list[Word]] = {}
    for k, word in enumerate(words):
        units.setdefault(word.line if word.line >= 0 else -1 - k, []).append(word)
    lines: list[list[Word]] = []
    for unit in units.values():
        middles = [w.middle for w in unit]
        if max(middles) - min(middles) > LINE_SPREAD * statistics.median(w.height for w in unit):
            # not one visual line (two rows tesseract took for one): its words grouped by height
            lines += layout.group_lines(unit, lambda w: w.middle, lambda w: w.height, lambda w: w.left)
        else:
            lines.append(unit)
    grouped = layout.group_lines(
        lines,
        lambda line: statistics.median(w.middle for w in line),
        lambda line: statistics.median(w.height for w in line),
        lambda line: min(w.left for w in line),
    )
    rows = [[w for line in row for w in line] for row in grouped]
    return [sorted(row, key=lambda w: w.left) for row in rows]


SMALL_GLYPH = 0.6  # of the median word height: a row of only such words is marks read apart
_NO_THAI_TEXT = regex.compile(r"[^\u0e01-\u0e2e\u0e30-\u0e4e]+")  # digits, Latin, symbols


def without_mark_rows(words: list[Word]) -> list[Word]:
    """The words without the rows of small glyphs read as digits or Latin just above or below
    another row: the marks of that row's letters, which tesseract (or a cell's second reading)
    gave a line of their own (``yy`` over ``ผู้เข้าประชุม``, ``๔ ๘`` over ``จันทร์เพ็ญ``)."""
    rows = _rows(words)
    if len(rows) < 2:
        return words
    height = statistics.median(w.height for row in rows for w in row)
    middles = [statistics.fmean(w.middle for w in row) for row in rows]

    def small(row: list[Word]) -> bool:
        return statistics.median(w.height for w in row) < SMALL_GLYPH * height

    def marks_of_a_row(k: int) -> bool:
        if not small(rows[k]) or not _NO_THAI_TEXT.fullmatch("".join(w.text for w in rows[k])):
            return False
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(rows) and not small(rows[j])]
        return any(abs(middles[j] - middles[k]) <= 1.2 * height for j in near)

    dropped = {id(w) for k, row in enumerate(rows) if marks_of_a_row(k) for w in row}
    return [w for w in words if id(w) not in dropped]


_columns = layout.display_columns


def vertical_rules(image: Image.Image | None, top: int, bottom: int) -> list[int]:
    """x of table rulings crossing the band ``top..bottom`` of a binarised page (ink in at
    least 90% of the band's height)."""
    if image is None or bottom <= top:
        return []
    band = image.crop((0, max(0, top), image.width, min(image.height, bottom))).convert("L")
    darkness = band.resize((band.width, 1), Image.Resampling.BOX).get_flattened_data()
    dark = [x for x, value in enumerate(darkness) if cast(float, value) <= 40]
    # A scanned ruling is several pixels wide (and may be doubled by the scan's blur): the
    # dark columns within RULE_MERGE pixels are one ruling, at their middle.
    runs = layout.cluster_values([float(x) for x in dark], RULE_MERGE)
    return [round((run[0] + run[-1]) / 2) for run in runs]


def horizontal_rules(image: Image.Image | None) -> list[int]:
    """y of table rulings across a binarised page: pixel rows with ink over a third of the
    page's width (a row through text has far less)."""
    if image is None:
        return []
    gray = image.convert("L")
    profile = gray.resize((1, gray.height), Image.Resampling.BOX).get_flattened_data()
    rules: list[int] = []
    for y, value in enumerate(profile):
        if cast(float, value) <= 255 * (1 - RULE_COVERAGE) and (not rules or y - rules[-1] > 3):
            rules.append(y)
    return rules


@dataclass(slots=True)
class _Line:
    words: list[Word]
    rules: list[int]  # x of the vertical rulings crossing it
    middle: float
    row: cells.RuledRow | None = None  # the ruled table row it lies in


_MARK_ONLY = regex.compile(rf"{thai.MARK.pattern}+")
_LOWER_MARK = regex.compile(r"[\u0e38-\u0e3a]+")


def _marks_seated(rows: list[list[Word]], height: float) -> list[list[Word]]:
    """Rows that are Thai marks only (tesseract boxed the upper vowels and tones of a line as
    a row of their own: ``ั  ัู  ้``) put back on the line under them (or over them, for
    marks below), so the line has its marks and no row of marks stands alone."""
    out: list[list[Word]] = []
    pending: list[Word] = []
    for k, row in enumerate(rows):
        marks = [w for w in row if _MARK_ONLY.fullmatch(w.text)]
        if len(marks) >= max(2, 0.7 * len(row)) and k + 1 < len(rows):
            below = rows[k + 1]
            if min(w.top for w in below) - max(w.top + w.height for w in row) < height:
                lower = [w for w in row if _LOWER_MARK.fullmatch(w.text)]
                if out and lower:  # vowels below a letter hang from the line over them
                    out[-1] = sorted([*out[-1], *lower], key=lambda w: w.left)
                pending += [w for w in row if not _LOWER_MARK.fullmatch(w.text)]
                continue
        if pending:
            row = sorted([*row, *pending], key=lambda w: w.left)
            pending = []
        out.append(row)
    if pending:
        out.append(sorted(pending, key=lambda w: w.left))
    return out


def _stray(row: list[Word], height: float) -> bool:
    """Marks and letters tesseract split off the line below or above: a few one-letter
    words apart from each other (``ลัง``, a wrapped cell's last syllable read a letter at a
    time, is a word; digits are never stray: a quarter header ``1 2 3 4``)."""
    if len(row) > 4 or any(_columns(w.text) > 1 or w.text.isdigit() for w in row):
        return False
    return all(b.left - a.right > SPACE_GAP * height for a, b in itertools.pairwise(row)) or len(row) == 1


# Numbers down an unruled table's column (scores, amounts) stand closer than a prose gap's
# limit where a proportional font set their columns: a number that lines up with numbers in
# the rows around it (left or right edges, within this share of the letter height) opens a
# column of its own.
NUMBER_ALIGN = 0.6
NUMBER_COLUMN_ROWS = 2  # other rows within NUMBER_COLUMN_REACH with a number lined up with it
NUMBER_COLUMN_REACH = 4
_NUMBER_WORD = regex.compile(r"^[(\-+]?[\d๐-๙]{1,3}(?:[.,][\d๐-๙]{2,3})+")  # (a score, an amount: no village's ``๑``)


def number_columns(rows: Sequence[list[Word]], height: float) -> set[int]:
    """The ids of the words that open a column of numbers (see ``NUMBER_ALIGN``): a number
    after a gap, with numbers after gaps at its left or right edge in at least
    ``NUMBER_COLUMN_ROWS`` other rows near it."""
    found: list[tuple[int, Word]] = [
        (k, word)
        for k, row in enumerate(rows)
        for before, word in itertools.pairwise(row)
        if _NUMBER_WORD.match(word.text) and word.left - before.right > SPACE_GAP * height
    ]
    by_row: dict[int, list[Word]] = {}
    for k, word in found:
        by_row.setdefault(k, []).append(word)
    reach = NUMBER_ALIGN * height
    out: set[int] = set()
    for k, word in found:
        # (only the rows within reach are looked at: a page of amounts is read once, not squared)
        rows_lined_up = [
            j
            for j in range(k - NUMBER_COLUMN_REACH, k + NUMBER_COLUMN_REACH + 1)
            if j != k
            and any(abs(other.left - word.left) <= reach or abs(other.right - word.right) <= reach for other in by_row.get(j, ()))
        ]
        if len(rows_lined_up) >= NUMBER_COLUMN_ROWS:
            out.add(id(word))
    return out


def _spaced(
    words: list[Word], height: float, column: float, left: int, rules: list[int], columns: AbstractSet[int] = frozenset()
) -> str:
    """One row's words: close letters form a word, a letter-height gap is a space, a ruling
    between words is a tab, a wide gap a run of spaces to the word's display column, as is a
    gap before a number that opens a column (``columns``, see ``number_columns``)."""
    indent = round((words[0].left - left) / column)
    at = indent if indent >= 2 else 0
    parts = [" " * at, words[0].text]
    at += _columns(words[0].text)
    for previous, word in itertools.pairwise(words):
        gap = word.left - previous.right
        if any(previous.right <= x <= word.left for x in rules):
            separator = "\t"
        elif gap > 2.5 * height or (id(word) in columns and gap > SPACE_GAP * height):
            separator = " " * max(2, round((word.left - left) / column) - at)
        elif gap > SPACE_GAP * height and not _MARK_FIRST.match(word.text):
            separator = " "  # (no Thai word opens with a vowel or tone mark: ``ด ังนี้`` is ``ดังนี้``)
        else:
            separator = ""
        parts += [separator, word.text]
        at += len(separator) + _columns(word.text)
    return "".join(parts)


# What tesseract makes of a tick mark (✓) alone in a table cell.
_LINE_LETTER = regex.compile(r"[ก-ฮ0-9๐-๙A-Za-z]")
_TICK_READING = regex.compile(rf"[/\\|vVJ{TICK_MARKS}]{{1,3}}")
# What a tick alone in its cell also comes out as: quotes and slashes (``“``, ``/”``).
_TICK_SPECK = regex.compile(r"[“”\"'`/\\|,.]{1,3}")
# ... and as a copier's scan reads it, a digit (``4``, ``7”``; with a speck, ``๔✓``)
_TICK_AS_DIGIT = regex.compile(rf"[147๑๔๗][“”\"'/]?|[4๔][{TICK_MARKS}]|[{TICK_MARKS}][4๔]")  # (``1`` for a dot, ``●``)
_DOT_MARK = regex.compile(r"●")  # a table's ticks typed as dots
_DIGIT = regex.compile(r"[\d๐-๙]")
TICKS_BESIDE = 2  # cells of the same column read as ticks: the column is one of ticks
# ... and a check mark drawn as a root sign (``√``) as the Thai model reads it alone in a tick column
_ROOT_TICK = regex.compile(r"ห")


def _table_cells(cells: list[str]) -> str:
    return "\t".join("✓" if _TICK_READING.fullmatch(cell.strip()) else cell for cell in cells)


def _ink_middle(word: Word, image: Image.Image | None, grid: list[int]) -> float:
    """Where a word's ink lies across the row: the middle of its box, unless the box crosses
    a ruling (tesseract stretches a letter's box over an erased ruling beside it): then the
    middle of its ink, rulings left out."""
    middle = word.left + word.width / 2
    if image is None or not any(word.left < x < word.right for x in grid):
        return middle
    band = np.asarray(image.crop((word.left, word.top, word.right, word.top + word.height)).convert("L")) < 128
    columns = band.sum(axis=0).astype(float)
    for x in grid:
        if word.left <= x < word.right:
            columns[max(0, x - word.left - 4) : x - word.left + 5] = 0
    total = float(columns.sum())
    return middle if total == 0 else word.left + float((columns * np.arange(len(columns))).sum()) / total


_MARK_FIRST = regex.compile(r"^[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
_THAI_LETTER = regex.compile(r"^[ก-ฮ]$")
_RULING_NO_PREFIX = regex.compile(r"^น(?=นา(?:ย|ง))")
_RULING_NO_AFTER_NUMBER = regex.compile(r"^(?P<n>[0-9๐-๙]{1,3}\.?)\s+น$")
_LAST_LETTERS = regex.compile(r"(?:^|(?<=\s))(?P<letters>[ก-ฮ]{1,2})$")


def mend_cells(cells: list[str]) -> list[str]:
    """A scanned ruled row's cells with what rulings did to them undone: a cell never starts
    with a mark (the word's first letters, or its start, are in the cell before), and a
    ruling's remnant read as ``น`` beside it is dropped."""
    cells = list(cells)
    for k in range(1, len(cells)):
        # a cell cannot start with a mark (``ส | ํานักปลัด``): the letter before it that a
        # ruling's remnant cut off goes back to its word
        if not _MARK_FIRST.match(cells[k]) or not cells[k - 1]:
            continue
        stray = _LAST_LETTERS.search(cells[k - 1])
        if stray and _THAI_LETTER.match(stray["letters"][0]):
            # the word's first letters, cut off by a ruling's remnant (``จ | ันทร์ฉาย``)
            cells[k] = stray["letters"] + cells[k]
            cells[k - 1] = cells[k - 1][: stray.start()].rstrip()
        elif "\u0e01" <= cells[k - 1][-1] <= "\u0e4e":
            # a false ruling through a word (``หมู | ่ที่5``): the cell is the word's rest
            cells[k - 1], cells[k] = cells[k - 1] + cells[k], ""
    # a ruling's remnant read as น beside it: ``นนาย`` / ``นนาง`` opening a name, ``๔ น``
    cells = [_RULING_NO_PREFIX.sub("", _RULING_NO_AFTER_NUMBER.sub(r"\g<n>", cell)) for cell in cells]
    return [_joined_number(cell) for cell in cells]


# An amount or a year whose digits the scan set apart (``๔ ๕,๐๐๐``, ``ปี ๒๕๗ ๐``): a cell holds
# one number (``normalize.joined_number``), its year label kept.
_NUMBER_PREFIX = regex.compile(r"^(?P<label>ปี\s*)?(?P<number>[\d๐-๙,.\- ]+)$")
_NINE_AS_THO = regex.compile(r"(?<=[\d๐-๙]\s?)ฒ(?![\u0e01-\u0e4e])")  # ๙ read as ฒ after a digit


def _joined_number(cell: str) -> str:
    cell = _NINE_AS_THO.sub("๙", cell)
    found = _NUMBER_PREFIX.match(cell.strip())
    joined = joined_number(found["number"]) if found else None
    return cell if found is None or joined is None else f"{found['label'] or ''}{joined}"


def _ruled_row(
    lines: list[_Line], height: float, image: Image.Image | None = None, columns: Sequence[int] = ()
) -> str:
    """Visual lines between the same two horizontal rulings of a table: one table row whose
    cells (between vertical rulings) gather their wrapped lines. ``columns``: the rulings of
    the table's columns (``table_columns``); a cell merged over several of them (a header's
    ``ไตรมาส`` over the quarters, ``(บาท)`` over a blank) gives its text to the first and
    leaves the others empty, so every row of the table has its cells in the same places."""
    grid = max((line.rules for line in lines), key=len)
    full = _with_columns(grid, columns, COLUMN_APART * height)
    # each of the row's own cells is the table's cell whose left ruling is its left ruling
    placed = [0, *(full.index(g) + 1 for g in grid)]
    pieces_of: list[dict[int, list[Word]]] = []
    for line in lines:
        pieces: dict[int, list[Word]] = {}
        for word in line.words:
            middle = _ink_middle(word, image, grid)
            pieces.setdefault(sum(1 for x in grid if x < middle), []).append(word)
        pieces_of.append(pieces)
    placing = [_in_columns(words, placed[index], full, height) for pieces in pieces_of for index, words in pieces.items()]
    if any(p is None for p in placing):
        # (runs of a spanning cell that stand in no order of the table's columns, a row of scores
        # whose rulings the scan lost: the row's own cells, as they stand)
        full, placed = list(grid), list(range(len(grid) + 1))
        placing = [[(index, words)] for pieces in pieces_of for index, words in pieces.items()]
    cells: list[str] = [""] * (len(full) + 1)
    for runs in placing:
        for at, run in runs or ():
            cells[at] = join_wrapped(cells[at], _spaced(run, height, 1e9, run[0].left, []).strip())
    cells = mend_cells(cells)
    if not cells[0]:
        cells.pop(0)  # left of the table's border; empty cells inside it keep their place
    while cells and not cells[-1]:
        cells.pop()
    return _table_cells(cells)


def _in_columns(words: list[Word], at: int, full: Sequence[int], height: float) -> list[tuple[int, list[Word]]] | None:
    """A cell's words (at table cell ``at``) in the table's cells they stand in: one cell, or where
    the row's cell spans several columns (a scan lost a ruling of the header) and its words fall
    in runs a column gap apart that start in different columns (``ประเด็นที่  มาตรการ``), each run
    in its own; a phrase across a column's line (a caption) stays whole in the first. None
    where runs a column gap apart share a column: no telling which column is which."""
    words = sorted(words, key=lambda w: w.left)
    runs = _runs(words, PIECE_GAP * height)
    columns = [sum(1 for x in full if x < run[0].left) for run in runs]
    if len(runs) < 2 or columns[0] < at:
        return [(at, words)]
    if len(set(columns)) < len(runs) or columns != sorted(columns):
        return None
    return list(zip(columns, runs, strict=True))


COLUMN_MERGE = 0.4  # of the letter height: rulings of two rows this close are one column's
COLUMN_APART = 2.0  # of the letter height: a table's column a row's own rulings leave out stands this far from them


def _with_columns(grid: Sequence[int], columns: Sequence[int], apart: float) -> list[int]:
    """The row's rulings and the table's columns between its first and last ruling that stand
    more than ``apart`` from every one of the row's own (a border drawn a little apart in another
    row of the table is that ruling, not a column the row's merged cell spans)."""
    if len(grid) < 2:
        return list(grid)
    inside = [x for x in columns if grid[0] < x < grid[-1] and all(abs(x - g) > apart for g in grid)]
    return sorted([*grid, *inside])


def table_columns(table_rows: Sequence[cells.RuledRow], height: float) -> dict[int, list[int]]:
    """``id`` of each ruled row -> its table's column rulings: those that cross at least two of
    the table's rows (a table: ruled rows one under the other, a ruling's width apart)."""
    tolerance = COLUMN_MERGE * height
    tables: list[list[cells.RuledRow]] = []
    for row in sorted(table_rows, key=lambda r: r.top):
        if tables and row.top - tables[-1][-1].bottom <= height:
            tables[-1].append(row)
        else:
            tables.append([row])
    out: dict[int, list[int]] = {}
    for table in tables:
        clusters = layout.cluster_values([x for row in table for x in row.rules], tolerance)
        columns = [round(statistics.fmean(c)) for c in clusters if len(c) >= 2]
        for row in table:
            out[id(row)] = columns
    return out


def layout_text(words: list[Word], image: Image.Image | None = None, table_rows: Sequence[cells.RuledRow] = ()) -> str:
    """Lines of text, one per visual row (see ``_spaced``); the lines of one row of a ruled
    table become one line of tab-separated cells. ``table_rows``: the page's ruled rows found
    from its long strokes (``cells.ruled_rows``); a line inside one takes its rulings from it,
    other lines look for rulings in the darkness of their own band."""
    words = [w for w in words if not (_RULE_WORD.match(w.text) and w.text.strip("|│┃¦![]") == "")]
    if not words:
        return ""
    height = statistics.median(w.height for w in words)
    widths = [w.width / _columns(w.text) for w in words if _columns(w.text)]
    column = statistics.median(widths) if widths else height / 2
    left = min(w.left for w in words)
    lines: list[_Line] = []
    for row in _marks_seated(_rows(words), height):
        if _stray(row, height):
            continue
        middle = statistics.fmean(w.middle for w in row)
        held = next((r for r in table_rows if r.holds(middle)), None)
        if held is not None:
            rules = list(held.rules)
        else:
            # A ruling crosses the row's letters and the space above and below them; letters do not.
            band_top = statistics.median(w.top for w in row)
            rules = vertical_rules(image, round(band_top - height * 0.5), round(band_top + height * 1.5))
        lines.append(_Line(row, rules, middle, held))
    horizontal = horizontal_rules(image)
    columns_of = table_columns(table_rows, height)
    numbers = number_columns([line.words for line in lines if line.row is None], height)
    out: list[str] = []
    unruled: list[tuple[layout.PieceRow, str]] = []  # lines waiting for their wrapped cells

    def flush() -> None:
        """Unruled lines out, each row with its wrapped cells joined back (as cells); a line
        that took no continuation keeps its own spacing."""
        first_pieces = {id(row): row.pieces for row, _ in unruled}
        texts = {id(row): text for row, text in unruled}
        rows = layout.join_wrapped_rows([row for row, _ in unruled], _own_cell, join_wrapped, OCR_SLACK, surname_after)
        joined = {id(row) for row in rows if row.pieces is not first_pieces[id(row)]}
        for row in rows:
            # a tick alone between column gaps, as tesseract reads it (``v``, ``/``, ``J``)
            row.pieces = [(x0, x1, "✓" if k and _TICK_READING.fullmatch(t) else t) for k, (x0, x1, t) in enumerate(row.pieces)]
        # a joined cell pushes the ticks after it out of their columns: blank ones made explicit
        layout.fill_tick_columns(rows, lambda t: t == "✓", "✓", NO_TICK, 1.0 * height)
        for row in rows:
            changed = id(row) in joined or row.pieces != first_pieces[id(row)]
            out.append(layout.laid_out(row.pieces, left, column) if changed else texts[id(row)])
        unruled.clear()

    i = 0
    last_rules: list[int] = []
    while i < len(lines):
        line = lines[i]
        group = [line]
        ruled = is_ruled(line.rules, line.middle, horizontal, last_rules, held=line.row is not None)
        if ruled:
            last_rules = line.rules
        if line.row is not None:
            while i + len(group) < len(lines) and lines[i + len(group)].row is line.row:
                group.append(lines[i + len(group)])
        elif ruled:
            band = sum(1 for y in horizontal if y < line.middle)
            while (
                i + len(group) < len(lines)
                and lines[i + len(group)].row is None
                and len(lines[i + len(group)].rules) >= 2
                and sum(1 for y in horizontal if y < lines[i + len(group)].middle) == band
            ):
                group.append(lines[i + len(group)])
        if ruled:
            flush()
            out.append(_ruled_row(group, height, image, columns_of.get(id(line.row), ()) if line.row is not None else ()))
        else:
            # A page without horizontal rulings has no ruled table: a dark column there is a
            # stack of letters, not a ruling.
            text = _spaced(line.words, height, column, left, line.rules if horizontal else [], numbers)
            if "\t" in text:
                flush()
                out.append(_table_cells(text.split("\t")))
            else:
                unruled.append((_piece_row(line.words, height), text))
        i += len(group)
    flush()
    return "\n".join(out)


def is_ruled(rules: Sequence[int], middle: float, horizontal: Sequence[int], last_rules: Sequence[int], *, held: bool) -> bool:
    """Whether a line is a ruled table's row: it lies in a ruled row found from the page's
    strokes (``held``), or two vertical rulings cross its band and horizontal rulings enclose
    it, or those rulings stand where the last ruled line's did. Below a table's last ruling
    (its legend), dark columns that line up with nothing above are stacks of letters."""
    if len(rules) < 2:
        return False
    if held:
        return True
    enclosed = 0 < sum(1 for y in horizontal if y < middle) < len(horizontal)
    shared = sum(1 for x in rules if any(abs(x - y) <= RULE_MERGE for y in last_rules))
    return bool(horizontal) and (enclosed or shared >= 2)


PIECE_GAP = 1.0  # of the letter height: a gap between the cells of a narrow unruled table
OCR_SLACK = 1.5  # letter heights a wrapped line may start from its cell's start (boxes wander)


def _runs(row: list[Word], gap: float) -> list[list[Word]]:
    """A row's words (left to right) in runs no wider gap than ``gap`` separates."""
    runs: list[list[Word]] = [[row[0]]]
    for previous, word in itertools.pairwise(row):
        if word.left - previous.right > gap:
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


def _piece_row(words: list[Word], height: float) -> layout.PieceRow:
    """A line's words as pieces split at column gaps (wider than any space between words)."""
    runs = _runs(words, PIECE_GAP * height)
    pieces = [(run[0].left, run[-1].right, _spaced(run, height, 1e9, run[0].left, []).strip()) for run in runs]
    after = _after_row_number(words)
    return layout.PieceRow(
        pieces=[(float(x0), float(x1), text) for x0, x1, text in pieces],
        top=float(min(w.top for w in words)),
        bottom=float(max(w.top + w.height for w in words)),
        size=height,
        number_end=float(words[after].left) if after else None,
    )


def _after_row_number(words: list[Word]) -> int | None:
    """The index of the first word after a line's leading row number (``1.``, ``๓)``, ``(๓)``,
    tesseract giving a bracket a box of its own), or None when the line opens with none."""
    found = None
    for k in range(1, min(3, len(words) - 1) + 1):
        text = "".join(w.text for w in words[:k]).strip()
        if ROW_NUMBER_WORD.fullmatch(text) or _BRACKETED_NUMBER.fullmatch(text):
            found = k
    return found


# (or a letter: ``(ก)``; or a digit a scan garbled inside its brackets: ``(ov)`` for (๗), ``(@)`` for (๔))
_BRACKETED_NUMBER = regex.compile(r"\((?:[\d๐-๙]{1,3}|[^\s()]{1,2})\)")


def _own_cell(text: str) -> bool:
    """A piece that is a value of its own (what tesseract makes of a tick included)."""
    return own_cell(text) or bool(_TICK_READING.fullmatch(text))


# --- Thai digits -----------------------------------------------------------------------
#
# Tesseract's Thai model confuses Thai digits (๖ and ๗ become ๒, ๔ ๘ ๙ become ๕) even on
# clean pages, and every key (dates, years, order and item numbers, scores) is made of them.
# So every run of glyphs where tesseract saw a Thai digit is read again here: the row's ink
# is cut into glyphs at blank columns (a Thai digit is one stroke), each glyph is matched
# against templates of the Thai digits and letters drawn at run time in the Thai fonts of
# Debian's fonts-thai-tlwg, and the run's words become one word spelled by the matches.

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_LETTERS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาเแโใไ"
TEMPLATE_FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
REFERENCE_FONT_DIR = Path(__file__).parent / "reference_fonts"
# Book faces of every style offices use (serif, sans, rounded, typewriter); no handwriting.
TEMPLATE_FAMILIES = (
    "Garuda", "Kinnari", "Laksaman", "Loma", "Norasi", "Sawasdee", "Umpush", "Waree",
    "TlwgMono", "TlwgTypo", "TlwgTypist",
)  # fmt: skip
GLYPH_SIDE = 24
MAX_DIGIT_DISTANCE = 0.30  # mean absolute difference to the nearest template, 0..1
MAX_UNSEEDED_DISTANCE = 0.22  # where tesseract saw a letter or nothing
RUN_GAP = 0.4  # of the digit height: wider gaps between digits are spaces
SPLIT_PENALTY = 0.05  # distance a three-digit cut of a blob must gain over a two-digit one
LETTER_MARGIN = 0.03  # a glyph tesseract read as a letter must look this much more like a digit
_SPECK_BY_SLASH = regex.compile(r"[.,]*/[.,]*")  # no number puts a dot or comma by a slash
_HAS_THAI = regex.compile(r"[\u0e01-\u0e5b]")
_HAS_THAI_DIGIT = regex.compile(r"[๐-๙]")
_DIGIT_RUN = regex.compile(r"[๐-๙](?:[๐-๙/.,:\-]*[๐-๙])?")


@dataclass(frozen=True, slots=True)
class Glyph:
    """A run of inked columns in a row band, its box in page pixels and what it looks like."""

    left: int
    top: int
    right: int
    bottom: int
    char: str = ""  # a Thai digit, a separator, "" when not a digit
    letter_like: bool = False  # closer to a Thai letter than to any digit


def normalise_glyph(glyph: Image.Image) -> Image.Image:
    """An ink-is-white glyph cropped to its ink, centred in a square (aspect kept), scaled to
    ``GLYPH_SIDE`` with grey edges."""
    side = max(glyph.size)
    square = Image.new("L", (side, side), 0)
    square.paste(glyph, ((side - glyph.width) // 2, (side - glyph.height) // 2))
    return square.resize((GLYPH_SIDE, GLYPH_SIDE), Image.Resampling.BOX)


def _template_fonts(font_dir: Path) -> list[Path]:
    """The book faces templates are drawn in; Sarabun (vendored, OFL), the face of most
    official documents, with them (its ๖ is no tlwg ๖). None without the tlwg fonts."""
    found = [
        path
        for path in (sorted(font_dir.glob("*.ttf")) if font_dir.is_dir() else [])
        if path.stem.partition("-")[0] in TEMPLATE_FAMILIES and path.stem.partition("-")[2] in ("", "Bold")
    ]
    return [*found, *(sorted(REFERENCE_FONT_DIR.glob("Sarabun_*.ttf")) if found else [])]


def _template_strip(texts: Sequence[str], font_dir: Path, width: int) -> tuple[tuple[str, ...], Image.Image | None]:
    """(texts drawn, strip of their normalised templates side by side): each text in every
    template font, on a canvas ``width`` wide; ``((), None)`` without fonts."""
    names: list[str] = []
    tiles: list[Image.Image] = []
    for path in _template_fonts(font_dir):
        font = ImageFont.truetype(str(path), 64)
        for text in texts:
            canvas = Image.new("L", (width, 160), 0)
            ImageDraw.Draw(canvas).text((40, 20), text, font=font, fill=255)
            canvas = canvas.point(lambda v: 255 if v > 127 else 0)
            box = canvas.getbbox()
            if box is not None:
                names.append(text)
                tiles.append(normalise_glyph(canvas.crop(box)))
    if not tiles:
        return (), None
    strip = Image.new("L", (GLYPH_SIDE * len(tiles), GLYPH_SIDE), 0)
    for i, tile in enumerate(tiles):
        strip.paste(tile, (i * GLYPH_SIDE, 0))
    return tuple(names), strip


@functools.cache
def glyph_templates(font_dir: Path = TEMPLATE_FONT_DIR) -> tuple[str, Image.Image | None]:
    """(characters, strip of their normalised templates side by side), Thai digits and letters
    in every template font found; ``("", None)`` without fonts (digits are then not re-read)."""
    chars, strip = _template_strip(THAI_DIGITS + _LETTERS + "/", font_dir, 160)
    return "".join(chars), strip


def glyph_distances(glyph: Image.Image) -> dict[str, float]:
    """Character -> distance (0..1) of an ink-is-white glyph to its nearest template."""
    return dict(_glyph_distances(glyph.mode, glyph.size, glyph.tobytes()))


def forget_glyph_distances() -> None:
    """Empty the cache of glyph distances (a measurement that must not find a run's glyphs)."""
    _glyph_distances.cache_clear()


@functools.lru_cache(maxsize=512)
def _glyph_distances(mode: str, size: tuple[int, int], data: bytes) -> tuple[tuple[str, float], ...]:
    # By the crop's pixels: cutting a blob into digits classifies each piece and then weighs
    # it again, at a dozen cut positions that give the same pieces.
    chars, strip = glyph_templates()
    return tuple(_distances(Image.frombytes(mode, size, data), chars, strip).items())


# Digits whose stroke reaches over the next one (the flag of ๕, of ๔): at 200 dpi the pair is
# one blob that no vertical cut separates, so the pair itself has templates.
TOUCHING_FIRST = "๔๕"


@functools.cache
def warm_up() -> None:
    """What every page reuses, loaded once per process: the digit and pair templates drawn
    from the fonts, pythainlp's dictionary."""
    _groups(tuple(glyph_templates()[0]))
    _groups(pair_templates()[0])
    thai.warm_up()


@functools.cache
def pair_templates(font_dir: Path = TEMPLATE_FONT_DIR) -> tuple[tuple[str, ...], Image.Image | None]:
    """(pairs, strip of their normalised templates) for the digit pairs that touch."""
    return _template_strip([a + b for a in TOUCHING_FIRST for b in THAI_DIGITS], font_dir, 240)


def pair_distances(glyph: Image.Image) -> dict[str, float]:
    """Digit pair -> distance (0..1) of a two-digit blob to its nearest pair template."""
    names, strip = pair_templates()
    return _distances(glyph, names, strip)


def _distances(glyph: Image.Image, chars: Sequence[str], strip: Image.Image | None) -> dict[str, float]:
    if strip is None:
        return {}
    side = GLYPH_SIDE
    templates = _template_rows(strip)
    flat = np.asarray(normalise_glyph(glyph)).reshape(1, -1)
    difference = cv2.absdiff(templates, np.repeat(flat, len(templates), axis=0)).reshape(-1, side)
    # Each template's mean difference as PIL's box reduction of the difference strip gave it
    # (the same figures to the last level, measured on 966 glyphs of copier scans): each
    # template row's mean rounded, then the mean of the rows rounded; four times faster.
    row_sums = cv2.reduce(difference, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel()
    row_means = ((row_sums + side // 2) // side).reshape(len(templates), side)
    values = ((row_means.sum(axis=1) + side // 2) // side).astype(np.uint8)
    order, starts, names = _groups(tuple(chars))
    best = np.minimum.reduceat(values[order], starts) / 255  # each character's nearest template
    return dict(zip(names, best.tolist(), strict=True))


_TEMPLATE_ROWS: dict[int, tuple[Image.Image, np.ndarray]] = {}


def _template_rows(strip: Image.Image) -> np.ndarray:
    """The strip's templates one per row (templates x pixels), kept per strip (the strips
    themselves are made once per process)."""
    kept = _TEMPLATE_ROWS.get(id(strip))
    if kept is None or kept[0] is not strip:
        pixels = np.asarray(strip)
        count = pixels.shape[1] // GLYPH_SIDE
        rows = pixels.reshape(GLYPH_SIDE, count, GLYPH_SIDE).transpose(1, 0, 2).reshape(count, -1)
        kept = _TEMPLATE_ROWS[id(strip)] = (strip, np.ascontiguousarray(rows))
    return kept[1]


@functools.cache
def _groups(chars: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(template order grouping each character's templates together, where each group starts,
    the characters in their first template's order) for ``np.minimum.reduceat``."""
    names = tuple(dict.fromkeys(chars))
    rank = {name: k for k, name in enumerate(names)}
    order = np.array(sorted(range(len(chars)), key=lambda i: (rank[chars[i]], i)), dtype=np.intp)
    sizes = list(Counter(chars)[name] for name in names)
    starts = np.array([0, *itertools.accumulate(sizes)][:-1], dtype=np.intp)
    return order, starts, names


def _column_runs(band: Image.Image) -> list[tuple[int, int]]:
    columns = band.resize((band.width, 1), Image.Resampling.BOX).get_flattened_data()
    runs: list[tuple[int, int]] = []
    start = None
    for x, value in enumerate([*columns, 0]):
        if value > 0 and start is None:
            start = x
        elif value == 0 and start is not None:
            runs.append((start, x))
            start = None
    return runs


def band_glyphs(ink: Image.Image, left: int, top: int, right: int, bottom: int) -> list[Glyph]:
    """The glyph boxes (unclassified) of one row band of an ink-is-white page: runs of inked
    columns, after blanking horizontal rulings (rows inked across most of the band)."""
    band = ink.crop((left, top, right, bottom))
    rows = band.resize((1, band.height), Image.Resampling.BOX).get_flattened_data()
    draw = ImageDraw.Draw(band)
    for y, value in enumerate(rows):
        if cast(float, value) > 0.5 * 255:
            draw.line((0, y, band.width, y), fill=0)
    glyphs = []
    speck = 0.12 * band.height / 1.75
    for start, end in _column_runs(band):
        for x0, y0, x1, y1 in _components(band.crop((start, 0, end, band.height)), start):
            if x1 - x0 >= speck or y1 - y0 >= speck:
                glyphs.append(Glyph(left + x0, top + y0, left + x1, top + y1))
    return sorted(glyphs, key=lambda g: g.left)


def _components(piece: Image.Image, offset: int) -> list[tuple[int, int, int, int]]:
    """Boxes of the connected inks of an ink-is-white piece (OpenCV's 4-connected labelling, as a flood fill,
    the 40 leftmost), shifted by ``offset``; a speck inside another's box joins it (a stroke
    broken by binarisation)."""
    work = (np.asarray(piece.convert("L")) > 127).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(work, connectivity=4)
    found = sorted(
        (int(x), int(y), int(x + w), int(y + h)) for x, y, w, h, _ in (stats[k] for k in range(1, count))
    )[:40]
    merged: list[tuple[int, int, int, int]] = []
    for box in sorted(found, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True):
        host = next((i for i, big in enumerate(merged) if _mostly_inside(box, big)), None)
        if host is None:
            merged.append(box)
        else:
            big = merged[host]
            merged[host] = (
                min(big[0], box[0]),
                min(big[1], box[1]),
                max(big[2], box[2]),
                max(big[3], box[3]),
            )
    return [(offset + b[0], b[1], offset + b[2], b[3]) for b in merged]


def _mostly_inside(small: tuple[int, int, int, int], big: tuple[int, int, int, int]) -> bool:
    width = max(0, min(small[2], big[2]) - max(small[0], big[0]))
    tall = max(0, min(small[3], big[3]) - max(small[1], big[1]))
    area = (small[2] - small[0]) * (small[3] - small[1])
    # a broken piece of a stroke, not a whole digit under the tail of another (๕ reaching over ๖)
    fragment = area <= 0.3 * (big[2] - big[0]) * (big[3] - big[1])
    return fragment and width * tall >= 0.6 * area


def classify_glyph(ink: Image.Image, glyph: Glyph, height: float, baseline: float, seeded: bool) -> Glyph:
    """The glyph with its character: a Thai digit (by template), a separator (by shape), or
    nothing. ``seeded``: tesseract read a digit here, so a digit needs no margin over letters."""
    width, tall = glyph.right - glyph.left, glyph.bottom - glyph.top
    if tall > 1.3 * height and width < 0.2 * height:
        return glyph  # a table ruling
    if width < 0.35 * height and tall < 0.35 * height:
        if baseline - glyph.bottom >= 0.3 * height:
            return Glyph(*_box(glyph))
        comma = glyph.bottom > baseline + 0.08 * height or tall > 1.4 * width
        return Glyph(*_box(glyph), char="," if comma else ".")
    if tall < 0.3 * height and width >= 0.35 * height:
        return Glyph(*_box(glyph), char="-" if baseline - glyph.bottom > 0.2 * height else "")
    if width < 0.35 * height and tall < 0.9 * height and baseline - glyph.bottom < 0.3 * height:
        crop = ink.crop(_box(glyph))
        ink_rows = [cast(float, v) > 0 for v in crop.resize((1, crop.height), Image.Resampling.BOX).get_flattened_data()]
        gaps = sum(1 for a, b in itertools.pairwise(ink_rows) if a and not b)
        return Glyph(*_box(glyph), char=":" if gaps >= 1 else ",")
    distances = glyph_distances(ink.crop(_box(glyph)))
    if not distances:
        return glyph
    digit = min(THAI_DIGITS, key=lambda c: distances.get(c, 1.0))
    letter = min((d for c, d in distances.items() if c not in THAI_DIGITS + "/"), default=1.0)
    margin, limit = (0.0, MAX_DIGIT_DISTANCE) if seeded else (LETTER_MARGIN, MAX_UNSEEDED_DISTANCE)
    rival = min(letter, 1.0 if seeded else distances.get("/", 1.0))
    on_base = tall >= 0.6 * height and abs(baseline - glyph.bottom) < 0.3 * height
    if _slash_like(distances, digit, letter, width, tall, height):
        return Glyph(*_box(glyph), char="/")
    if on_base and distances[digit] <= limit and distances[digit] + margin <= rival:
        if digit in "๔๕" and abs(distances["๔"] - distances["๕"]) < FOUR_OR_FIVE:
            digit = four_or_five(ink.crop(_box(glyph)), height) or digit
        return Glyph(*_box(glyph), char=digit)
    return Glyph(*_box(glyph), letter_like=True)


def _slash_like(distances: dict[str, float], digit: str, letter: float, width: int, tall: int, height: float) -> bool:
    """A slash: taller than a digit, narrow (two touching digits, the tail of ๕ reaching up,
    are as tall but wide), and nearer the slash's templates than any digit's or letter's. Judged
    before the digits: a slash cut from the ๔ it touches (``๑๙๔/๒๕๖๘``) is within a digit's
    reach of ๐ and ๖."""
    return tall > 1.1 * height and width < 0.8 * height and distances.get("/", 1.0) < min(letter, distances[digit])


# ๕ is ๔ with a small loop on its top stroke; toner spread over a copier's page makes both
# match their templates about as well (๔ read as ๕ was most of a copier scan's digit errors).
# When their distances are this close, the loop decides: closed, two holes (๕); one (๔).
FOUR_OR_FIVE = 0.03
LOOP_SIDE = 0.08  # of the letter height: a hole smaller than this square is a speck


def four_or_five(glyph: Image.Image, height: float) -> str | None:
    """``๕`` or ``๔`` by the holes of an ink-is-white glyph (see ``FOUR_OR_FIVE``); ``None``
    when the holes say neither (a loop filled with toner, a broken one)."""
    ink = (np.asarray(glyph.convert("L")) > 127).astype(np.uint8)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return None
    smallest = (LOOP_SIDE * height) ** 2
    holes = sum(1 for c, h in zip(contours, hierarchy[0], strict=True) if h[3] >= 0 and cv2.contourArea(c) >= smallest)
    return {1: "๔", 2: "๕"}.get(holes)


TWO_DIGITS = 0.95  # of the letter height: a glyph read as one digit this wide may be two touching


def _two_digits_if_better(ink: Image.Image, glyph: Glyph, height: float, baseline: float) -> Glyph:
    """A blob read as one digit that reads better cut in two: small bold print runs the year's
    digits together (``๕๖`` read as one ``๘``, ``พ.ศ. ๒๘๙`` for ``๒๕๖๙``)."""
    parts = split_glyph(ink, glyph, height, baseline)
    if not parts or not glyph.char:
        return glyph
    single = glyph_distances(ink.crop(_box(glyph))).get(glyph.char, 1.0)
    worst = max(glyph_distances(ink.crop(_box(p))).get(p.char or "", 1.0) for p in parts)
    return Glyph(*_box(glyph), char="".join(p.char or "" for p in parts)) if worst < single else glyph


def split_glyph(ink: Image.Image, glyph: Glyph, height: float, baseline: float) -> list[Glyph]:
    """A glyph as wide as two or three digits, cut where its pieces read best as digits (the
    tail of ๕ or ๔ often touches the next digit); ``[]`` when no cut gives digits only."""
    width = glyph.right - glyph.left
    best: tuple[float, list[Glyph]] = (1.0, [])
    for pieces in (2, 3):
        step = width / pieces
        if not 0.55 * height <= step <= 1.2 * height:
            continue
        for shift in range(-round(step * 0.25), round(step * 0.25) + 1, 2):
            cuts = [glyph.left + round(step * k) + shift for k in range(1, pieces)]
            edges = [glyph.left, *cuts, glyph.right]
            parts = []
            for x0, x1 in itertools.pairwise(edges):
                box = ink.crop((x0, glyph.top, x1, glyph.bottom)).getbbox()
                if box is None:
                    break
                part = Glyph(x0 + box[0], glyph.top + box[1], x0 + box[2], glyph.top + box[3])
                parts.append(classify_glyph(ink, part, height, baseline, seeded=True))
            if len(parts) == pieces and all(p.char for p in parts) and _digits_or_a_slash("".join(p.char for p in parts)):
                worst = max(glyph_distances(ink.crop(_box(p)))[p.char] for p in parts)
                # fewer digits unless more read clearly better (a cut through one digit's
                # loop reads as two digits about as well)
                worst += SPLIT_PENALTY * (pieces - 2)
                if worst < best[0]:
                    best = (worst, parts)
    return best[1]


# A number and its BE year whose slash tesseract read as an Arabic digit (``ครั้งที่ 272569`` for
# 2/2569, the slash a 7): the glyph before the year judged by the shapes of the slash and the
# Arabic digits. Thai digits are all re-read (``reread_digits``); Arabic ones only here.
ARABIC_DIGITS = "0123456789"
_NUMBER_YEAR_RUN = regex.compile(r"(?<![\d/])(?P<no>\d{1,4})(?P<year>25\d\d)(?![\d/])")


@functools.cache
def arabic_templates(font_dir: Path = TEMPLATE_FONT_DIR) -> tuple[tuple[str, ...], Image.Image | None]:
    """(characters, strip of their normalised templates): Arabic digits and the slash."""
    return _template_strip(ARABIC_DIGITS + "/", font_dir, 160)


def arabic_slashes(words: list[Word], image: Image.Image | None) -> list[Word]:
    """The words with a slash put back where tesseract read a number-and-year's slash as an
    Arabic digit (see ``_NUMBER_YEAR_RUN``): the glyph, no wider than a digit, must be nearer the
    slash's templates than every digit's."""
    if image is None:
        return words
    found = [w for w in words if _NUMBER_YEAR_RUN.fullmatch(w.text)]
    if not found or arabic_templates()[1] is None:
        return words
    ink = image.convert("L").point(lambda v: 255 - v)
    mended = {id(w): _slash_mended(w, ink) for w in found}
    return [mended.get(id(w), w) for w in words]


def _slash_mended(word: Word, ink: Image.Image) -> Word:
    match = _NUMBER_YEAR_RUN.fullmatch(word.text)
    if match is None or len(match.group("no")) < 2:
        return word
    # (the band across the page, as the digit re-reading cuts it: in a word's own box the
    # digits' tops ink most of a row, which would be blanked as a ruling)
    band = band_glyphs(ink, 0, word.top, ink.width, word.top + word.height)
    glyphs = [g for g in band if word.left <= (g.left + g.right) / 2 <= word.right]
    tallest = max((g.bottom - g.top for g in glyphs), default=0)
    glyphs = [g for g in glyphs if g.bottom - g.top > 0.5 * tallest]  # (an underline's specks)
    if len(glyphs) != len(word.text):
        return word
    suspect = glyphs[len(match.group("no")) - 1]
    distances = _distances(ink.crop(_box(suspect)), *arabic_templates())
    slash = distances.get("/", 1.0)
    # (the slash of these faces stands as tall as their digits: its shape alone tells it)
    if suspect.right - suspect.left > 0.8 * tallest or any(slash + LETTER_MARGIN > d for c, d in distances.items() if c != "/"):
        return word
    no = match.group("no")[:-1]
    return replace(word, text=f"{no}/{match.group('year')}")


_DIGITS_OR_A_SLASH = regex.compile(r"[๐-๙]+(?:/[๐-๙]*)?")


def _digits_or_a_slash(chars: str) -> bool:
    """A cut's pieces: digits, or digits then a slash (the ๔ of ``๑๙๔/๒๕๖๘`` touching it)."""
    return _DIGITS_OR_A_SLASH.fullmatch(chars) is not None


def _box(glyph: Glyph) -> tuple[int, int, int, int]:
    return glyph.left, glyph.top, glyph.right, glyph.bottom


def reread_digits(
    words: list[Word], image: Image.Image | None, number_cells: Sequence[cells.Box] = (), grid: Sequence[cells.Box] = ()
) -> list[Word]:
    """The words with every run of Thai digits read again from the page image (see above).
    A run replaces the words whose middle lies in it; a word reaching beyond the run keeps
    its letters and has its one run of digits replaced."""
    seeds = [w for w in words if _HAS_THAI_DIGIT.search(w.text)]
    if image is None or not words or glyph_templates()[1] is None:
        return words
    page_height = statistics.median(w.height for w in words)
    # (a page whose every number tesseract dropped has no seeds: its letters' height stands in)
    digit_heights = [w.height for w in (seeds or words) if w.height > 0.5 * page_height]
    if not digit_heights:
        return words
    height = statistics.median(digit_heights)
    ink = image.convert("L").point(lambda v: 255 - v)
    years = {id(w) for w in _years_after_months(words, height, grid)}
    out: list[Word] = []
    rows = _rows(words)
    column = _number_column(rows, height)
    dark: np.ndarray | None = None
    for row in rows:
        # (a page where no Thai digit was read at all, an Arabic-digit document's as often as not,
        # is read only where a row's number was dropped)
        expected = (
            _digit_expected(row) + _number_cell_words(row, number_cells) + _after_waiting_label(row, height)
            + _in_number_column(row, column, height)
            if seeds
            else []
        )
        expected += [w for w in row if id(w) in years]
        if not any(_HAS_THAI_DIGIT.search(w.text) for w in row) and not expected:
            dark = np.asarray(ink) > 128 if dark is None else dark
            first = min(row, key=lambda w: w.left)
            # (a ruled table's first cell is read by its cell: a level's ``AA`` there is no number)
            if any(_centre_in(first, box) for box in grid) or not _ink_before(first, row, dark, height):
                out += row
                continue
            # (only the ink before the first word: the row's own letters were read, and stand)
            out += _reread_row(row, ink, height, within=(0, round(first.left - INK_BEFORE[1] * height)))
            continue
        out += _reread_row(row, ink, height, expected)
    return out


INK_BEFORE = (6.0, 0.6)  # letter heights: the stretch left of a row's first word looked at for ink
INK_BEFORE_GLYPH = 0.08  # of a letter height squared: ink enough for a glyph (a speck inks less)
TEXT_LINE_CONSONANTS = 4  # Thai consonants words hold to be a line of text, no specks read as a row
_THAI_CONSONANT = regex.compile(r"[\u0e01-\u0e2e]")


def _text_line(words: Iterable[Word]) -> bool:
    """Whether ``words`` are a line of text (``TEXT_LINE_CONSONANTS`` Thai consonants at least),
    not specks read as a row (``ซ่ 4 aA ข่`` under a dashed rule)."""
    return len(_THAI_CONSONANT.findall("".join(w.text for w in words))) >= TEXT_LINE_CONSONANTS


def _ink_before(first: Word, row: list[Word], dark: np.ndarray, height: float) -> bool:
    """Whether ink no word covers stands left of a row's first word ``first``, a gap before it:
    a list's number tesseract dropped (it drops a column of numbers that a wide gap keeps
    apart); the row, a line of text (``_text_line``), is then read for digits, its glyphs
    there taken only where they read as digits."""
    if not _text_line(row):
        return False
    x0, x1 = max(0, round(first.left - INK_BEFORE[0] * height)), round(first.left - INK_BEFORE[1] * height)
    tall = [w for w in row if w.height > 0.5 * height] or row
    y0 = max(0, round(statistics.median(w.top + w.height for w in tall) - height))
    y1 = round(y0 + height)
    if x1 - x0 < height or y1 > dark.shape[0]:
        return False
    return int(dark[y0:y1, x0:x1].sum()) > INK_BEFORE_GLYPH * height * height


# What tesseract makes of a row of filled dots (a plan's quarter marks ``●●``): ones and bars.
_DOTS_READING = regex.compile(r"[1lI|!•๑]{1,6}")  # (๑: the digit re-reading's nearest template)
DOT_FILL = 0.72  # share of its box a filled dot inks (π/4; a ๑ inks about 0.6, a ``1`` far less)
DOT_ASPECT = (0.8, 1.18)  # width over height of a dot's box (a ๑ with its tail: 1.2 and more)
DOT_HEIGHT = 0.3  # of the page's median word height: the smallest a mark's dot stands


def filled_dots(words: list[Word], image: Image.Image | None) -> list[Word]:
    """Words tesseract read as ``1``, ``l`` or ``|`` whose ink is one or more round filled
    blobs, as the dots they are (``●``: a plan's quarter marks); other words unchanged."""
    if image is None or not words:
        return words
    page = None
    letter = statistics.median(w.height for w in words)
    out = []
    for word in words:
        if not _DOTS_READING.fullmatch(word.text) or word.width < 4 or word.height < 4:
            out.append(word)
            continue
        if page is None:
            page = np.asarray(image.convert("L")) < 128
        crop = page[word.top : word.top + word.height, word.left : word.left + word.width].astype(np.uint8)
        _, _, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
        blobs = [row for row in stats[1:] if row[cv2.CC_STAT_AREA] >= 6]
        round_filled = bool(blobs) and all(
            row[cv2.CC_STAT_HEIGHT] >= DOT_HEIGHT * letter  # (a full stop is a dot too, but small)
            and DOT_ASPECT[0] <= row[cv2.CC_STAT_WIDTH] / max(1, row[cv2.CC_STAT_HEIGHT]) <= DOT_ASPECT[1]
            and row[cv2.CC_STAT_AREA] >= DOT_FILL * row[cv2.CC_STAT_WIDTH] * row[cv2.CC_STAT_HEIGHT]
            for row in blobs
        )
        out.append(replace(word, text="●" * len(blobs)) if round_filled else word)
    return out


# A label that a number follows with nothing read after it (``มิติที่`` + a lone ๒ tesseract
# dropped): the row's ink no word covers is read for digits.
_LABEL_WAITING = regex.compile(r"(?:มิติ|วาระ|ครั้ง|หมู่|ลำดับ)ที่?+(?![\s\u0e48-\u0e4b]*[\d๐-๙])")

def _after_waiting_label(row: list[Word], height: float) -> list[Word]:
    """Where a number must stand after a label tesseract read with nothing after it
    (``มิติที่`` + a lone ๒ it dropped): a stretch of two digits' width after the label,
    for the ink there to be read as digits."""
    text, ends = "", []
    for word in row:
        text += word.text
        ends.append(len(text))
    out = []
    for match in _LABEL_WAITING.finditer(text):
        last = next(k for k, end in enumerate(ends) if end >= match.end())
        word = row[last]
        right = max(w.right for w in row[: last + 1])  # a mark's box can end before its letter's
        out.append(Word(right, word.top, round(2.5 * height), word.height, 0.0, ""))
    return out


_NUMBER_HEADER = regex.compile(r"^(?:ท[\u0e35\u0e34]?|ข้?อ?)$")  # the column's header, ``ที่`` its marks lost


def _number_cell_words(row: list[Word], number_cells: Sequence[cells.Box]) -> list[Word]:
    """The words of a row's cell in a ruled table's first column when all they say is one or
    two characters (a row number misread: ``เจ`` for ๓, ``oy`` for ๗); a cell with more to
    say (a measure's name, an instrument ``IIT``) is no row number."""
    for box in number_cells:
        inside = [w for w in row if _centre_in(w, box)]
        text = "".join(w.text for w in inside).rstrip(".)")
        if (
            inside
            and 1 <= len(text) <= 2
            and not _HAS_THAI_DIGIT.search(text)
            and not text.isupper()
            and not _NUMBER_HEADER.match(text)
            and not _CODE_WITH_O.match(text)
        ):
            return inside
    return []


# An item code of Latin O and digits (the OIT's ``O3``) as tesseract reads it, ``03``: no row number
# is printed with a leading zero, and reading its ink as Thai digits made it ``๐``.
_CODE_WITH_O = regex.compile(r"^[O0o][1-9]$")
_NUMBER_BEFORE = ("ที่", "ที", "ข้อ")  # ``หมู่ที่ ๗``, ``วาระที่ ๓``, ``ข้อ ๒``
# (its dot may read as a comma after Latin letters: ``lo,`` for ๒.)
_NUMBERED_HEADING = regex.compile(r"^(?:[^\s\d๐-๙]{1,2}[.)]|[A-Za-z]{1,2},)$")
# A row number tesseract garbled: its digit lost (``.``) or read as Arabic with a stray
# bracket (``6).`` for ``๑.``); a clean Arabic ``1.`` is left alone.
_GARBLED_ROW_NUMBER = regex.compile(r"^(?!\d{1,3}\.?$)[^\s๐-๙]{0,2}[.)]{1,2}$")


# A page's number between dashes (``- ๒ -``) read as a letter or two (``- e -``, ``-ต-``).
_PAGE_MARKER = regex.compile(r"-[^\s\d๐-๙\-]{1,2}-")


# A year's two Thai digits after a month's abbreviation read as Latin (``ก.ย. De``, ``มี.ค. Dev``
# for ๖๙): no Latin word follows a Thai month so. Its box sits lower than the Thai letters'
# (their marks), so tesseract's line may part them: the month is looked for to its left.
_MONTH_ENDING = regex.compile(rf"(?:{'|'.join(regex.escape(m) for m in thai.FISCAL_MONTH_ABBREVIATIONS)})$")
_YEAR_AS_LATIN = regex.compile(r"(?=.*[a-z])[A-Za-z]{1,3}")  # (not an acronym: ``ส.ค. | OIT``, ``ธ.ค. TV``)
MONTH_REACH = 2.0  # letter heights: the widest gap between a month's abbreviation and its year


def _years_after_months(words: list[Word], height: float, grid: Sequence[cells.Box] = ()) -> list[Word]:
    """Short Latin words right after a Thai month's abbreviation: on the same line, or opening
    the next line of a cell the abbreviation ends (``ม.ค. - มี.ค.`` over ``๖๙``; the line's
    words in the next cell left out)."""
    found = []
    for word in words:
        if not _YEAR_AS_LATIN.fullmatch(word.text):
            continue
        cell = next((box for box in grid if _centre_in(word, box)), None)
        before = sorted(
            (
                w
                for w in words
                if w.right <= word.left + 0.2 * height
                and w.left >= word.left - 4 * height
                and abs(w.middle - word.middle) < 0.6 * height
                and (cell is None or _centre_in(w, cell))
            ),
            key=lambda w: w.left,
        )
        if before and word.left - before[-1].right < MONTH_REACH * height and _MONTH_ENDING.search("".join(w.text for w in before)):
            found.append(word)
            continue
        above = [
            w
            for w in words
            if 0.8 * height < word.middle - w.middle < 3 * height and (cell is None or _centre_in(w, cell))
        ]
        nearest = max((w.middle for w in above), default=None)
        line = sorted((w for w in above if nearest is not None and nearest - w.middle < height), key=lambda w: w.left)
        start = next((k for k, w in enumerate(line) if abs(w.left - word.left) < height), None)
        if start is None:
            continue
        run = [line[start]]
        for w in line[start + 1 :]:
            if w.left - run[-1].right > MONTH_REACH * height:
                break
            run.append(w)
        if _MONTH_ENDING.search("".join(w.text for w in run)):
            found.append(word)
    return found


# A list's row number as the page prints it: Thai digits and a stop or bracket (``๖.``).
_ROW_NUMBER_RUN = regex.compile(r"[๐-๙]{1,3}[.)]?")
LIST_NUMBER_ROWS = 3  # rows opening with a number at one left edge that make a list's number column


def _number_column(rows: Sequence[list[Word]], height: float) -> float | None:
    """The left edge of a list's row numbers: where at least ``LIST_NUMBER_ROWS`` rows open
    with a Thai row number within a letter's height of each other (the most such rows)."""
    lefts = []
    for row in rows:
        first = _runs(row, SPACE_GAP * height)[0] if row else []
        if first and _ROW_NUMBER_RUN.fullmatch("".join(w.text for w in first)):
            lefts.append(first[0].left)
    best = max(lefts, key=lambda x: sum(abs(x - y) < height for y in lefts), default=None)
    if best is None or sum(abs(best - y) < height for y in lefts) < LIST_NUMBER_ROWS:
        return None
    return best


def _in_number_column(row: list[Word], column: float | None, height: float) -> list[Word]:
    """A row's opening token of one or two characters, no number, standing apart where the
    list's row numbers stand (``a`` for ``๗.``, tesseract having lost the stop): a row number
    read as a letter, whose row would otherwise be joined to the one above as its wrapped
    continuation."""
    if column is None or not row:
        return []
    runs = _runs(row, SPACE_GAP * height)
    first = runs[0]
    text = "".join(w.text for w in first).rstrip(".,)")
    if len(runs) < 2 or abs(first[0].left - column) >= height or not 1 <= len(text) <= 3:
        return []
    # (a word a wrapped line may open with at the margin, ``ณ``, ``และ``, is no number; nor an
    # ITA level, ``AA`` or ``B``, opening a row of the levels' table under the list)
    if _HAS_THAI_DIGIT.search(text) or text == "ณ" or thai.is_word(text) or _LEVEL_CELL.fullmatch(text):
        return []
    if regex.search(r"[A-Za-z]", text) and len(text) > 2:
        return []  # (``was``: a bracket's Latin, ``(IIT และ``, wrapped to the margin; ``a`` for ``๗.`` is short)
    if not _text_line(w for run in runs[1:] for w in run):
        return []  # (specks read as a row under a dashed rule: ``ซ่ 4 aA ข่``)
    return first


# A guillemet alone: Thai official documents print none; tesseract reads a Thai digit so.
_GUILLEMET_DIGIT = regex.compile(r"[«»][.,)]?")


def _digit_expected(row: list[Word]) -> list[Word]:
    """Short words where the document puts a number, whatever tesseract made of it (a lone ๗
    read as ``ฒ``, ๓ as ``n``): after ``ที่`` or ``ข้อ``, or a section number opening the line
    (``ฒ.`` for ๗.). Tesseract's Thai words are letters: they are joined where no space gap
    separates them first."""
    if not row:
        return []
    if _PAGE_MARKER.fullmatch("".join(w.text for w in row)):
        return row
    height = statistics.median(w.height for w in row)
    runs = _runs(row, SPACE_GAP * height)
    found: list[Word] = []
    for k, run in enumerate(runs):
        text = "".join(w.text for w in run).strip()
        guillemets = [w for w in run if _GUILLEMET_DIGIT.fullmatch(w.text)]
        if guillemets:
            found += guillemets  # (``มาประชุม «คน``, ``«. ผู้รับผิดชอบ``: ๙ or ๔ as tesseract reads them)
            continue
        if k == 0 and len(runs) > 1 and _GARBLED_ROW_NUMBER.match(text):
            found += run
            continue
        if not 1 <= len(text.rstrip(".,)")) <= 2 or _HAS_THAI_DIGIT.search(text) or text.isdigit():
            continue
        before = "".join(w.text for w in runs[k - 1]).strip() if k else ""
        if before.endswith(_NUMBER_BEFORE) or (k == 0 and len(runs) > 1 and _NUMBERED_HEADING.match(text)):
            found += run
    return found


def _reread_row(
    row: list[Word], ink: Image.Image, height: float, expected: Sequence[Word] = (), within: tuple[int, int] | None = None
) -> list[Word]:
    """One row's digit runs read again; ``expected``: the words where a number must stand;
    ``within``: the stretch (left, right) whose glyphs alone are read."""
    bottoms = [w.top + w.height for w in row if w.height > 0.5 * height]
    if not bottoms:
        return row  # marks and specks only
    baseline = statistics.median(bottoms)
    top, bottom = round(baseline - 1.6 * height), round(baseline + 0.15 * height)
    # a vertical ruling crosses the whole band: no glyph, and it would pull the baseline down
    glyphs = [g for g in band_glyphs(ink, 0, top, ink.width, bottom) if g.bottom - g.top < 0.95 * (bottom - top)]
    if within is not None:
        glyphs = [g for g in glyphs if within[0] <= g.left and g.right <= within[1]]
    # tesseract's boxes hang below the line (descenders): the glyphs' own bottoms tell better
    bottoms = [g.bottom for g in glyphs if g.bottom - g.top > 0.6 * height]
    baseline = statistics.median(bottoms) if bottoms else baseline
    glyphs = [
        _clip(ink, g, baseline + 0.1 * height) if g.bottom - g.top > 0.6 * height else g for g in glyphs
    ]
    seeded_x = [(w.left, w.right) for w in row if _HAS_THAI_DIGIT.search(w.text)]
    seeded_x += [(w.left, w.right) for w in expected]

    def seeded(glyph: Glyph) -> bool:
        return any(
            min(glyph.right, b) - max(glyph.left, a) > 0.3 * (glyph.right - glyph.left) for a, b in seeded_x
        )

    classified: dict[int, Glyph] = {}

    # ink tesseract left out (it drops lone digits in cells) or read as Latin letters
    thai_words = [w for w in row if _HAS_THAI.search(w.text)]

    def orphan(glyph: Glyph) -> bool:
        # (tesseract's boxes of the letters beside a dropped digit may reach over its edges)
        width = max(1, glyph.right - glyph.left)
        return all(min(w.right, glyph.right) - max(w.left, glyph.left) < 0.3 * width for w in thai_words)

    pending = [i for i, g in enumerate(glyphs) if seeded(g) or orphan(g)]
    while pending:  # seeds, then their close neighbours while they too read as digits
        i = pending.pop()
        if i in classified or not 0 <= i < len(glyphs):
            continue
        glyph = classify_glyph(ink, glyphs[i], height, baseline, seeded(glyphs[i]))
        wide = glyph.right - glyph.left > 1.3 * min(height, glyph.bottom - glyph.top)
        if glyph.letter_like and wide and seeded(glyph):
            parts = split_glyph(ink, glyph, height, baseline)
            if parts:
                glyph = Glyph(*_box(glyph), char="".join(p.char for p in parts))
            else:
                pairs = pair_distances(ink.crop(_box(glyph)))
                pair = min(pairs, key=pairs.__getitem__, default=None)
                if pair is not None and pairs[pair] <= MAX_DIGIT_DISTANCE:
                    glyph = Glyph(*_box(glyph), char=pair)  # ``๕๖`` touching: no cut parts them
        elif glyph.char in THAI_DIGITS and seeded(glyph) and glyph.right - glyph.left > TWO_DIGITS * min(height, glyph.bottom - glyph.top):
            glyph = _two_digits_if_better(ink, glyph, height, baseline)
        classified[i] = glyph
        if glyph.char:
            for j in (i - 1, i + 1):
                if 0 <= j < len(glyphs) and _gap(glyphs[min(i, j)], glyphs[max(i, j)]) < 0.6 * height:
                    pending.append(j)
    runs: list[list[Glyph]] = []
    previous = -2
    for i in sorted(classified):
        glyph = classified[i]
        if not glyph.char:
            previous = -2
            continue
        if runs and i == previous + 1 and _gap(runs[-1][-1], glyph) < RUN_GAP * height:
            runs[-1].append(glyph)
        else:
            runs.append([glyph])
        previous = i
    spans = []
    for run in runs:
        while run and not _HAS_THAI_DIGIT.match(run[-1].char):
            run.pop()
        while run and not _HAS_THAI_DIGIT.match(run[0].char):
            run.pop(0)
        if run and not _dot_leader(run):
            row = _replace_run(row, run)
            spans.append((run[0].left, run[-1].right))
    return [w for w in row if not _latin_over_digits(w, spans)]


LATIN_OVER_DIGITS = 0.6  # of a Latin word's width that the digits read again cover


def _latin_over_digits(word: Word, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``word`` is lowercase Latin (what the Thai+English model made of Thai digits:
    ``wad`` for ``๒๙๘``, its box stretched over the number after it) whose box the runs of
    digits read again mostly cover: the same ink read twice, once wrongly."""
    if not spans or not _THAI_READ_AS_LATIN.fullmatch(word.text):
        return False
    covered = sum(max(0, min(word.right, b) - max(word.left, a)) for a, b in spans)
    return covered > LATIN_OVER_DIGITS * word.width


def _dot_leader(run: list[Glyph]) -> bool:
    """A run too long for any number these documents print without a separator: a dotted
    fill line (``ส่วนราชการ.........``) whose blurred dots read as ๐ and ๑."""
    return max((len(part) for part in regex.split(r"[^๐-๙]", "".join(g.char for g in run))), default=0) > 12


def _clip(ink: Image.Image, glyph: Glyph, bottom: float) -> Glyph:
    """The glyph cut at ``bottom`` (a mark of the next line touching it), re-fitted to its ink."""
    if glyph.bottom <= bottom or glyph.top >= bottom:
        return glyph
    box = ink.crop((glyph.left, glyph.top, glyph.right, round(bottom))).getbbox()
    if box is None:
        return glyph
    return Glyph(glyph.left + box[0], glyph.top + box[1], glyph.left + box[2], glyph.top + box[3])


def _gap(a: Glyph, b: Glyph) -> int:
    return b.left - a.right


def _replace_run(row: list[Word], run: list[Glyph]) -> list[Word]:
    text = _SPECK_BY_SLASH.sub("/", "".join(g.char for g in run))
    left, right = run[0].left, run[-1].right
    covered = [w for w in row if left <= w.left + w.width / 2 <= right]
    holders = [
        w
        for w in row
        if w not in covered and w.left < right and w.right > left and len(_DIGIT_RUN.findall(w.text)) == 1
    ]
    kept = [w for w in row if w not in covered and w not in holders]
    if len(holders) == 1:  # one long word (letters and digits) holds the run: keep its letters
        word = holders[0]
        return sorted([*kept, replace(word, text=_DIGIT_RUN.sub(text, word.text))], key=lambda w: w.left)
    top, bottom = min(g.top for g in run), max(g.bottom for g in run)
    line = min((w.line for w in covered), default=-1)
    new = Word(left, top, right - left, bottom - top, min((w.conf for w in covered), default=0.0), text, line)
    return sorted([*kept, *holders, new], key=lambda w: w.left)


# --- repair ----------------------------------------------------------------------------

_YEAR = regex.compile(r"(?<![\d๐-๙])[2๒][\d๐-๙]{3}(?![\d๐-๙])")
_MONTH_BEFORE = regex.compile(rf"{MONTH_PATTERN}\.?\s*(?:พ\.\s?ศ\.)?\s*$")
_SLASH_SHORT_YEAR = regex.compile(r"(?<=[\d๐-๙]\s?/\s?)[\d๐-๙]{3}(?![\d๐-๙])")
_CONTEXT_YEAR = regex.compile(r"(?:พ\.\s?ศ\.|ปีงบประมาณ|ปี)\s*(25\d\d)")


# A law's year (``พระราชบัญญัติการจัดซื้อจัดจ้าง... พ.ศ. ๒๕๖๐``, cited by every order and memo about
# purchases) is not the document's: it does not count towards the usual year.
_LAW_BEFORE = regex.compile(r"(?:พระราชบัญญัติ|พ\.ร\.บ\.|ระเบียบ(?!\s*วาระ)|รัฐธรรมนูญ|ประมวล|กฎกระทรวง|แก้ไขเพิ่มเติม|ฉบับที่)")


def _usual_year(arabic: str) -> str | None:
    """The text's usual Buddhist Era year: the commonest after พ.ศ., ปี or ปีงบประมาณ, a law's
    year left out (its name may wrap: the words back to the year before are read); None when
    there is none."""
    years: Counter[int] = Counter()
    since = 0
    for m in _CONTEXT_YEAR.finditer(arabic):
        if not _LAW_BEFORE.search(arabic[max(since, m.start() - 120) : m.start()]):
            years[int(m.group(1))] += 1
        since = m.end()
    if not years:
        return None
    return str(years.most_common(1)[0][0])


DATED_MAJORITY = 3  # dates of one year a page needs (and twice the next year's) to take it as usual


def _dated_year(arabic: str) -> str | None:
    """A page's year by its dates alone, where it names none after พ.ศ. or ปี: the plausible year
    of at least ``DATED_MAJORITY`` of its dates and twice as many as any other's; else None."""
    years = Counter(int(m.group(1)) for m in _DATED_YEAR.finditer(arabic) if 2400 <= int(m.group(1)) <= 2700)
    ranked = years.most_common(2)
    if not ranked or ranked[0][1] < DATED_MAJORITY or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return str(ranked[0][0])


_DATED_YEAR = regex.compile(rf"{MONTH_PATTERN}\.?\s*(2\d\d\d)(?!\d)")


def repair_years(text: str) -> str:
    """A Buddhist Era year one misread digit away from the text's usual year (and not itself
    plausible, 2400-2700) becomes that year: ``๒๕๘๗`` next to ``พ.ศ. ๒๕๖๗`` is ``2567``; so
    does a year after a slash that lost its first digit (``๒๑๔/๕๖๘``). On a page whose year only
    its dates say (``_dated_year``), only a year no document has, in a date or after a number's
    slash, is repaired (``๑๕ สิงหาคม ๒๘๖๙``, ``ครั้งที่ ๕/๒๘๖๙``): plausible years and other
    numbers stay."""
    text = _RUN_TOGETHER_YEAR.sub(_run_together, text)
    arabic = to_arabic_digits(text)
    usual = _usual_year(arabic)
    by_dates = usual is None
    found = _dated_year(arabic) if by_dates else usual
    if found is None:
        return text
    page_year: str = found
    seen = Counter(to_arabic_digits(m.group()) for m in _YEAR.finditer(text))

    def fix(match: regex.Match[str]) -> str:
        year = to_arabic_digits(match.group())
        plausible = 2400 <= int(year) <= 2700
        # (a full date's year: ``๓ มีนาคม ๒๕๐๘`` in a document of 2568, ๖ read as ๐)
        dated = bool(_MONTH_BEFORE.search(match.string[max(0, match.start() - 16) : match.start()]))
        if by_dates:
            placed = dated or match.string[max(0, match.start() - 16) : match.start()].rstrip().endswith("/")
            if plausible or not placed:
                return match.group()
        else:
            # a document number's year (``ที่ 123/2567``) is the document's own, give or take a
            # few, and so is a full date's; a year elsewhere may be old (``พ.ศ. ๒๔๙๖``, a law's year)
            numbered = match.start() > 0 and match.string[max(0, match.start() - 2) : match.start()].strip().endswith("/")
            if plausible and not ((numbered or dated) and abs(int(year) - int(page_year)) > 5):
                return match.group()
            if plausible and seen[year] > 1:  # printed twice alike: no misreading
                return match.group()
        differing = sum(a != b for a, b in zip(year, page_year, strict=True))
        return page_year if differing == 1 else match.group()

    def dropped(match: regex.Match[str]) -> str:
        # ``ที่ 214/568``: the year after a slash lost its first digit (a year near the usual)
        year = "2" + to_arabic_digits(match.group())
        return year if abs(int(year) - int(page_year)) <= 2 else match.group()

    text = _YEAR.sub(fix, text)
    return text if by_dates else _SLASH_SHORT_YEAR.sub(dropped, text)


def _run_together(match: regex.Match[str]) -> str:
    """``พ.ศ. ๒๘๙`` for ๒๕๖๙: ๕๖ run together read as one ๘ (the re-reading found no cut). No
    year is three digits; the page need not say its year (a page may print only this one)."""
    year = to_arabic_digits(match.group())
    if year[1] != "8":
        return match.group()
    whole = f"{year[0]}56{year[2]}"
    return to_thai_digits(whole) if _HAS_THAI_DIGIT.search(match.group()) else whole


# A year of three digits after พ.ศ., ปีงบประมาณ or a month (``พ.ศ. ๒๘๙``, ``๓๐ เมษายน ๒๘๙``).
# (a month after its day; no count's unit after it: ``เดือนมีนาคม ๒๘๙ ราย`` is a count)
_RUN_TOGETHER_YEAR = regex.compile(
    rf"(?<=(?:พ\.\s?ศ\.|ปี\s?งบ\s?ประมาณ|[\d๐-๙]{{1,2}} ?{MONTH_PATTERN}\.?) ?)[2๒][\d๐-๙]{{2}}(?![\d๐-๙,.])"
    r"(?! ?(?:ราย|คน|เรื่อง|บาท|ครั้ง|แห่ง|หลัง|โครงการ|ชุด|เครื่อง))"
)


# Tesseract's Thai model reads a lone ๑ (a row number in its own cell) as ``@``.
_AT_FOR_ONE = regex.compile(r"(?<=^|\t)@(?=\.?(?:\t|$))", regex.MULTILINE)


_ROW_NUMBER_CELL = regex.compile(r"(?P<number>[0-9๐-๙]{1,3})(?P<dot>\.?)")
_GARBLED_NUMBER_CELL = regex.compile(r"(?P<number>[^\s0-9๐-๙.]{1,2})(?P<dot>\.?)")
# Three to five garbled characters (``เฉม`` for ๓, ``เวรู่`` for ๙) only between the numbers
# before and after it.
_GARBLED_LONGER = regex.compile(r"(?P<number>[^\s0-9๐-๙.]{3,5})(?P<dot>\.?)")


# (a letter a digit is misread as: no Thai letter, a group's ``ข.``; no dash or quote, a carried row's mark)
_LATIN_NUMBER_CELL = regex.compile(r"(?P<number>[TIlZSGBgq?]{1,2})(?P<dot>\.?)")
FIRST_ROW_REACH = 8  # lines to the next row's number past a row's wrapped lines


def _next_number(lines: list[str], i: int, reach: int = 3) -> int | None:
    """The row number of the next table row after line ``i`` (wrapped lines passed over)."""
    for line in lines[i + 1 : i + 1 + reach]:
        if "\t" not in line:
            return None
        first = line.split("\t", 1)[0].strip()
        if first:
            numbered = _ROW_NUMBER_CELL.fullmatch(first)
            return int(to_arabic_digits(numbered["number"])) if numbered else None
    return None


_BRACKET_ITEM = regex.compile(r"^(?P<indent>\s*)\(?(?P<number>[\d๐-๙]{1,2})\)(?=\s)")
_GARBLED_BRACKET_ITEM = regex.compile(r"^(?P<indent>\s*)\((?P<number>[^\s()\d๐-๙]{1,2}|[^\s()]{2})\)(?=\s)")


def repair_bracketed_numbers(text: str) -> str:
    """A list numbered ``(๑) (๒) ...`` whose one number a scan garbled (``(ov)`` for (๗), ``(@)``
    for (๔)): between the numbers before and after it, the one they leave out."""
    lines = text.split("\n")
    numbered = [(i, m) for i, line in enumerate(lines) if (m := _BRACKET_ITEM.match(line))]
    for (i, before), (j, after) in itertools.pairwise(numbered):
        first, last = int(to_arabic_digits(before["number"])), int(to_arabic_digits(after["number"]))
        if last != first + 2:
            continue
        garbled = [k for k in range(i + 1, j) if _GARBLED_BRACKET_ITEM.match(lines[k])]
        if len(garbled) != 1:
            continue
        k = garbled[0]
        match = _GARBLED_BRACKET_ITEM.match(lines[k])
        assert match is not None
        lines[k] = f"{match['indent']}({_digits_like(first + 1, before['number'])}){lines[k][match.end():]}"
    return "\n".join(lines)


# What a table's header holds after its ``ที่`` cell: no row's cells.
_HEADER_REST = regex.compile(r"โครงการ\s*/\s*กิจกรรม|หมายเหตุ|ชื่อ\s*[-–]?\s*(?:นาม)?\s*สกุล")


_TWO_DECIMALS = regex.compile(r"[+\-]?[\d๐-๙]{1,3}[.,][\d๐-๙]{2}")
# A score whose stop a scan lost (``8460`` for 84.60, ``+238`` for +2.38); not a year (``2567``).
_SCORE_DOT_LOST = regex.compile(r"(?P<sign>[+\-]?)(?P<whole>(?![2๒][5๕])[\d๐-๙]{2}|(?<=[+\-])[\d๐-๙])(?P<cents>[\d๐-๙]{2})")
SCORES_IN_ROW = 3  # scores with their two decimals a row holds beside the one that lost its stop
_COUNT_HEADER = regex.compile(r"จำนวน|ผู้ตอบ|ลำดับ|อันดับ|คน|ราย")  # a column of counts or ranks
_COUNT_CELL = regex.compile(r"[\d๐-๙]{1,3}|[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+")


def scores_lost_dot(text: str) -> str:
    """In a ruled row of scores (``SCORES_IN_ROW`` or more with two decimals), a cell of four
    digits, or a signed three, is a score whose stop the scan lost, unless its column is one of
    counts or ranks (so headed, ``จำนวนผู้ตอบ``, or holding a whole number of three digits at
    most or a grouped one): the stop goes back before its last two digits."""
    lines = text.split("\n")
    rows = [line.split("\t") for line in lines]

    def scored(cells: list[str]) -> bool:
        return sum(bool(_TWO_DECIMALS.fullmatch(c.strip())) for c in cells[1:]) >= SCORES_IN_ROW

    def table_around(i: int) -> list[list[str]]:
        # the other tab rows of row i's table
        top, bottom = i, i
        while top > 0 and len(rows[top - 1]) > 1:
            top -= 1
        while bottom + 1 < len(rows) and len(rows[bottom + 1]) > 1:
            bottom += 1
        return [rows[j] for j in range(top, bottom + 1) if j != i]

    def counted(around: list[list[str]], k: int) -> bool:
        # a column of counts or ranks: so headed, or holding a small whole number or a grouped one
        # in another row of scores (a header's row of indicator numbers is none)
        column = [r for r in around if len(r) > k]
        return any(_COUNT_HEADER.search(r[k]) for r in column) or any(
            scored(r) and _COUNT_CELL.fullmatch(r[k].strip()) for r in column
        )

    for i, row in enumerate(rows):
        if len(row) <= SCORES_IN_ROW or not scored(row):
            continue
        around = table_around(i)
        for k in range(1, len(row)):
            m = _SCORE_DOT_LOST.fullmatch(row[k].strip())
            if m and not counted(around, k):
                row[k] = f"{m['sign']}{m['whole']}.{m['cents']}"
        lines[i] = "\t".join(row)
    return "\n".join(lines)


# A list's first number read as a round letter (``o)`` for ``๑)``): the line under it opens the
# list's second number (``๒)``) with the same stop or bracket.
_FIRST_NUMBER_ROUND = regex.compile(r"^(?P<lead>[ \t]*)[oO๐0](?P<stop>[.)])(?![\d๐-๙])(?=[ \t]*\S)")  # (not ``0.50``)
_SECOND_NUMBER = regex.compile(r"^[ \t]*(?P<two>[2๒])(?P<stop>[.)])")


def first_row_number(text: str) -> str:
    """A list's first row number read as ``o``, ``O`` or a nought, where the next line is
    numbered ``๒`` with the same stop: ``๑`` (in the second's digits)."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        first = _FIRST_NUMBER_ROUND.match(line)
        second = _SECOND_NUMBER.match(lines[i + 1]) if first else None
        if first and second and second["stop"] == first["stop"]:
            one = "๑" if second["two"] == "๒" else "1"
            lines[i] = f"{first['lead']}{one}{first['stop']}{line[first.end() :]}"
    return "\n".join(lines)


def repair_row_numbers(text: str) -> str:
    """A table's row number tesseract garbled (``ฒ`` for ๗, ``เซ`` for ๖) between numbered
    rows: the number after the row above it, in its digits. Only a first cell of one or two
    characters right under a row whose first cell is a number."""
    lines = text.split("\n")
    previous: int | None = None
    printed = ""  # the last row number's cell, for the digits it is printed in
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        first, rest = line.split("\t", 1)
        cell = first.strip()
        numbered = _ROW_NUMBER_CELL.fullmatch(cell)
        if numbered:
            previous, printed = int(to_arabic_digits(numbered["number"])), cell
            continue
        if not cell:
            continue  # a row's wrapped line under it keeps the count going
        garbled = _GARBLED_NUMBER_CELL.fullmatch(cell) or (
            _GARBLED_LONGER.fullmatch(cell) if previous is not None and _next_number(lines, i) == previous + 2 else None
        )
        if garbled and _HEADER_REST.search(rest):
            continue  # a table's header repeated under a page's rows (``ที | โครงการ/ กิจกรรม/ ...``)
        if previous is not None and garbled and rest.strip():
            previous += 1
            lines[i] = first.replace(cell, _digits_like(previous, printed) + garbled["dot"]) + "\t" + rest
            continue
        if previous is None and rest.strip() and (latin := _LATIN_NUMBER_CELL.fullmatch(cell)):
            # a page's first row number read as a letter or a symbol (``T`` for 7), the rows
            # above it on the page before: the number before the next row's
            after = _next_number(lines, i, FIRST_ROW_REACH)
            if after is not None and after >= 2 and not _HEADER_REST.search(rest):
                previous = after - 1
                printed = next((c for line in lines[i + 1 :] if (c := line.split("\t", 1)[0].strip())), "")
                lines[i] = first.replace(cell, _digits_like(previous, printed) + latin["dot"]) + "\t" + rest
                continue
        previous = None
    return "\n".join(_mend_sub_numbers(_mend_sequence(lines)))


def _digits_like(number: int | str, printed: str) -> str:
    """``number`` in the digits ``printed`` (a neighbouring row's number) opens with: Thai or Arabic."""
    return to_thai_digits(str(number)) if printed[:1] in THAI_DIGITS else str(number)


_SUB_NUMBER_CELL = regex.compile(r"(?P<top>[\d๐-๙])\s*\.\s*(?P<sub>\S{1,3}?)\.?")


def _mend_sub_numbers(lines: list[str]) -> list[str]:
    """A table numbered ``๑.๑ ๑.๒ ...`` whose sub-numbers OCR misread (``๑.๕`` for ๑.๔, ``๑.ญ``
    for ๑.๗): when most rows of the run already stand where the count puts them, the rest
    take their place in it."""
    run: list[tuple[int, str, str]] = []  # (line, top, sub) of consecutive numbered rows

    def mend() -> None:
        if len(run) >= 3 and len({top for _, top, _ in run}) == 1:
            expected = [str(k + 1) for k in range(len(run))]
            got = [to_arabic_digits(sub) for _, _, sub in run]
            agree = sum(g == e for g, e in zip(got, expected, strict=True))
            if got[0] == "1" and (agree * 2 > len(run) or agree >= 3):
                for (i, top, sub), number in zip(run, expected, strict=True):
                    if to_arabic_digits(sub) != number:
                        lines[i] = f"{top}.{_digits_like(number, top)}\t{lines[i].split(chr(9), 1)[1]}"
        run.clear()

    for i, line in enumerate(lines):
        if "\t" not in line:
            mend()
            continue
        cell = line.split("\t", 1)[0].strip()
        match = _SUB_NUMBER_CELL.fullmatch(cell)
        if match and run and run[0][1] != match["top"]:
            mend()  # the next group's numbering (๒.๑ after ๑.๕)
        if match:
            run.append((i, match["top"], match["sub"]))
        elif cell:
            mend()
    mend()
    return lines


def _mend_sequence(lines: list[str]) -> list[str]:
    """A row number misread as another digit between its neighbours (``1. 2. 2. 4.``): the
    number the rows above and below it leave for it."""
    numbered: list[tuple[int, int, str]] = []  # (line, number, cell)
    for i, line in enumerate(lines):
        cell = line.split("\t", 1)[0].strip() if "\t" in line else ""
        match = _ROW_NUMBER_CELL.fullmatch(cell) if cell else None
        if match:
            numbered.append((i, int(to_arabic_digits(match["number"])), cell))
    for (_, before, _), (i, number, cell), (_, after, _) in zip(numbered, numbered[1:], numbered[2:], strict=False):
        if after == before + 2 and number != before + 1 and len(str(number)) == len(str(before + 1)):
            fixed = _digits_like(before + 1, cell)
            first, rest = lines[i].split("\t", 1)
            lines[i] = first.replace(cell, fixed + cell[len(str(number)) :], 1) + "\t" + rest
    return lines


# ``บาท`` after an amount as Thai+Latin OCR reads it (``๓๐,๐๐๐UM(สามหมื่นบาทถ้วน)``).
_BAHT_AS_LATIN = regex.compile(r"(?<=[\d๐-๙]\s?)UM(?=\s|\(|$)", regex.MULTILINE)

# ``อบต.`` (the sub-district office, in every position and address) as Thai+Latin OCR reads it.
_LATIN_OBT = regex.compile(r"(?<=\p{Thai}\s?)(?:aun|oun|ous|aus|DUA|oun)\.(?=\s|\p{Thai}|$)", regex.MULTILINE)


# Latin letters a stamp or a signature stroke left after a Thai cell (``ผู้อำนวยการกองการศึกษา YI``,
# ``...ตำบลโพธิ์ทอง WAU``); an acronym of the genre stays.
_LATIN_TAIL = regex.compile(r"(?<=[\u0e01-\u0e4e])\s+(?P<word>[A-Za-z]{2,3})(?=\t|$)", regex.MULTILINE)
# Specks after a line's last word: a comma, a quote or lone marks (``อื่น ๆ ,ิ``).
_SPECKS_AT_LINE_END = regex.compile(r"(?<=\S)[ \t]+[,'`~^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{1,3}$", regex.MULTILINE)
# A guillemet or symbols a speck left before an amount (``»25,000``, ``!@๒๕,๐๐๐``; not ``*``, which
# marks a plan's dimension).
_QUOTE_BEFORE_NUMBER = regex.compile(r"(?:(?<=\t)|(?<=^)|(?<=\s))[»«!@#$&|]+(?=[\d๐-๙])", regex.MULTILINE)
# ``มิติที่ ๒`` with its marks or its space lost before the number (``รวมมิติที๒``, ``มิติที ๓``).
_DIMENSION_NUMBER = regex.compile(r"(?<=มิติ\s?)ท\u0e35?\u0e48?\s*(?=[\d๐-๙])")
# ``หมู่ที่ ๕`` as OCR leaves it before its number: a space inside, marks lost, no space after
# (``ห มู่ที่1``, ``หมู่ที5``); the village number is in every council member's position.
_VILLAGE_NUMBER = regex.compile(r"(?<![\u0e01-\u0e4e])ห\s?ม\u0e39?\u0e48?\s?ท\u0e35?\u0e48?\s*(?=[\d๐-๙])")
# A mark right after an abbreviation's dot (``ก.ุย.``): marks sit on letters, never on a dot.
_MARK_AFTER_DOT = regex.compile(r"(?<=[\u0e01-\u0e2e]\.)[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+(?=[\u0e01-\u0e2e])")
# Stamp ink and specks read as quotes or a tilde: inside a Thai word (``ศร“ีสวัสดิ``), or alone
# at the end of a cell (``เพชรงาม ~``). No Thai word holds them.
_SPECK_IN_WORD = regex.compile(r"(?<=[\u0e01-\u0e4e])(?:[“”\"'`~^](?=[\u0e01-\u0e4e])|\|(?=[\u0e01-\u0e4e.]))")  # (``ส|.ต.ท.``)
# A mark above a letter read as a digit of its own (``จันทร์เพ๕็ญ``): a digit never carries a
# Thai mark, so a lone digit between a letter and the mark it stood over is the mark's misreading.
_DIGIT_UNDER_MARK = regex.compile(r"(?<=[\u0e01-\u0e2e])[0-9๐-๙](?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")
_SPECK_AT_END = regex.compile(r"(?<=[\u0e01-\u0e4e])\s+(?:[“”\"'`~^]+|/)(?=\t|$)", regex.MULTILINE)  # (``ปีงบประมาณ /``)


# ``จ่าเอก`` read with ่า as ำ: no Thai word is ``จำเอก`` (the ranks จ่าเอก/โท/ตรี, จ่าสิบ...).
_JA_RANK = regex.compile(r"(?<![\u0e01-\u0e4e])จ[\u0e48-\u0e4b]*(?:ำ|[\u0e48-\u0e4b]*า)(?=(?:เอก(?!สาร)|โท(?!ร)|ตรี|สิบ))")
# A name's title with a ruling's or a digit's remnant read as น before it (``นนาย``, ``นนาง``):
# no Thai word starts so; at a ruled cell's start or after a list's row number, a remnant read as
# two letters too (``แนนาย``, ``๓) หนางสาว``: no word of one or two letters opens a cell before a
# name's title).
_DOUBLED_NO = regex.compile(r"(?<![\u0e01-\u0e4e])น(?=นา(?:ย|ง))|(?<=\t|^|^[ \t]*[\d๐-๙]{1,3}[.)]?[ \t]{1,4})[\u0e01-\u0e4e]{1,2}(?=นา(?:ย|ง)[\u0e01-\u0e2e\u0e40-\u0e44])")


def _remnant_before_title(match: regex.Match[str]) -> str:
    """Nothing for a remnant before a name's title; letters that are a word of their own
    (``มี``, ``ขอ``) or make one with the title (``ทนาย``) stay."""
    letters = match.group()
    if letters == "น":
        return ""
    following = match.string[match.end() : match.end() + 3]
    return letters if thai.is_word(letters) or thai.is_word(letters + following) else ""


# ``ที่`` before a document number read as a Latin letter or two (``N ๔๑๒/๒๕๖๘``).
_NUMBER_LABEL_AS_LATIN = regex.compile(
    r"(^|(?<=\p{Thai})\s+)[;:,.'`|\s]*[A-Za-z]{1,2}\s*(?=[\d๐-๙]{1,5}\s*/\s*[\d๐-๙]{4}\s*$)", regex.MULTILINE
)  # (at a line's start, a speck or two before it, or after the heading a scan ran the number's line into)
# ``รั้งที่ ๒``: ครั้งที่ with its first letter read into the line below (a session's number).
_TIME_WITHOUT_KHO = regex.compile(r"(?<![\u0e01-\u0e4e])รั้ง(?=\s*ที่)")
# ``ค รังที๒``: ครั้งที่ broken by the scan (its marks lost, a gap inside), before a number.
_TIME_BROKEN = regex.compile(r"(?<![\u0e01-\u0e4e])ค\s?ร\u0e31?\u0e49?ง\s?ที\u0e48?(?=\s*[\d๐-๙])")
# ``ประจำปีWA. ๒๕๖๙``: พ.ศ. read as Latin capitals before a year (``W.A.``, ``W.A,``, ``พ.A,``).
_ERA_AS_LATIN = regex.compile(r"(?<![A-Za-z])(?:W|พ)\.?[AHN][.,](?=\s*[\d๐-๙]{4}(?![\d๐-๙]))")
# ``มิติที่ ๒`` with its ที่ read as two digits or a Latin letter or two (``มิติ ๔๑ 2``, ``มิติ N 2``),
# before the dimension's number (1-4) alone.
_DIMENSION_THI_GARBLED = regex.compile(
    r"^([ \t]*มิติ) *(?:[\d๐-๙]{2}|[A-Za-z]{1,2}) +(?=[1-4๑-๔](?![\d๐-๙.,]))", regex.MULTILINE
)
# ``มติ`` read as two Latin capitals before ``ที่ประชุม`` opening a line (``WA ทีประชุมรับทราบ``).
_RESOLVED_AS_LATIN = regex.compile(r"^(\s*)[A-Z][A-Za-z]\s+(?=ท[\u0e35\u0e34]\u0e48?\s*ประชุม)", regex.MULTILINE)
# ``ที่`` (a table's first header cell, ``ที่ ๑๒๓/๒๕๖๙``) that the digit re-reading took for digits,
# its tone mark left on them (``47่``): a digit never carries a mark.
_THI_AS_DIGITS = regex.compile(r"(?<![\p{Thai}\d๐-๙])(?:47|๔๗)(?=\u0e48)")
# A range of the ITA's OIT items (``O1 - O8``) as a scan reads it: the dash as ``0`` or the
# first O as a zero (``O1 0 O8``, ``09 - O16``); at least one side keeps its Latin O.
_OIT_ITEM_RANGE = regex.compile(
    r"(?<![A-Za-z\d])(?:O(?P<a>[1-9]\d?)(?:\s*[-–]\s*|\s0\s)[O0](?P<b>[1-9]\d?)|0(?P<c>[1-9]\d?)\s*[-–]\s*O(?P<d>[1-9]\d?))(?!\d)"
)


def _oit_item_range(match: regex.Match[str]) -> str:
    if match["a"] and regex.fullmatch(r"O\d+\s*[-–]\s*O\d+", match.group()):
        return match.group()  # read right
    return f"O{match['a'] or match['c']} - O{match['b'] or match['d']}"


# Both codes of a range read with 0 for O (``01-033``, ``011-014``) on a page about OIT items:
# no date (``01-05-2569``) nor a telephone number.
_OIT_RANGE_ZEROS = regex.compile(
    r"(?<![\dA-Za-z./-])(?<!(?:ที่|หมู่|หน้า|เวลา|ม\.)\s{0,2})0(?P<a>[1-9]\d?)\s*[-–]\s*0(?P<b>[1-9]\d?)"
    rf"(?!\d|\s*[-/.]\s*\d|\s*(?:{MONTH_PATTERN}|น\.))"  # (no day range: ``วันที่ 01 - 05 เมษายน``, ``งวดที่ 01-03``)
)
_OIT_PAGE = regex.compile(r"(?<![A-Za-z])(?:OIT|ITA|ITAS)(?![A-Za-z])")


# One OIT item's code read with a zero for its O (``01``, ``๐8``, ``010``, ``0๑``), on a page about OIT
# items: a table row's first cell, after ``ข้อ``, or in a list of codes (``O4 และ 09``, ``06 O8
# 010``). No row, item or list number is printed with a leading zero; a date, a time, a telephone
# number or a village (``หมู่ที่ 05``) is left alone.
_NOT_A_CODE = r"(?![\d๐-๙]|\s*[-/.:,]\s*[\d๐-๙]|\s+(?![0๐][1-9]\d?(?![\d๐-๙]))[\d๐-๙]{3})"  # (02 123 4567, 01 02 2569)
# ... a table row's first cell (a speck beside it), not a member's number before a name
_BEFORE_NO_PERSON = r"(?!\t\s*(?:นาย|นาง|น\.ส\.|ว่าที่|จ\.|ส\.|ด\.|ดร\.|ร\.|พ\.|นพ\.|พญ\.|พระ|จ่า|สิบ|พล|พัน|ร้อย))"
_OIT_CODE_CELL = regex.compile(
    rf"^(?P<lead> *)[0๐](?P<cell>[1-9๑-๙][\d๐-๙]?)(?:\s+[^\s\d๐-๙])?(?=\t){_BEFORE_NO_PERSON}",
    regex.MULTILINE,
)
# ... after ``ข้อ`` or beside a code read right in a list (``O4 และ 09``, ``06 O8 010``), on a page
# where one is read right (a date's or a village's numbers stand beside no Latin O)
_OIT_CODE_LISTED = regex.compile(
    r"(?:(?<=ข้อ\s{0,2}|(?<![\d๐-๙.,/:])O[1-9]\d?\s{0,2}(?:และ|,)?\s{0,2})[0๐](?P<no>[1-9]\d?)"
    r"|(?<![\d๐-๙.,/:]|(?:ที่|หมู่|เวลา|โทร\.?)\s{0,2})[0๐](?P<before>[1-9]\d?)"
    rf"(?=\s{{0,2}}(?:และ|,)?\s{{0,2}}O[1-9]\d?{_NOT_A_CODE}))"
    + _NOT_A_CODE
)
# A page that names OIT items (a code read right, ``OIT``, ``ข้อ 08``): a first cell ``01`` there is one.
_OIT_ITEMS_PAGE = regex.compile(r"(?<![A-Za-z\d])(?:O[1-9]\d?(?!\d)|OIT)|ข้อ\s{0,2}[0๐][1-9]")
_OIT_CODE_READ = regex.compile(r"(?<![A-Za-z\d])O[1-9]\d?(?!\d)")


# A page of an OIT checklist that does not name the OIT (the table's second page): its codes'
# column read with zeros for their O (``0๑๒``, ``๐๑๑``, ``0๐0๒๑``) - two-digit codes of the 33,
# rising, three rows or more; no row number is printed with a leading zero.
_OIT_CODES_COLUMN = regex.compile(  # (not before a name: a sign-in sheet's ``010 | นาย...``)
    rf"^(?P<lead> *)[0๐]{{1,3}}(?P<cell>[1-3๑-๓][\d๐-๙])(?=\t){_BEFORE_NO_PERSON}", regex.MULTILINE
)
OIT_CODE_ROWS = 3
OIT_ITEMS = 33


def oit_codes_column(text: str) -> str:
    """The codes' column of an OIT checklist's page read with zeros, put right (see above)."""
    numbers = [int(thai.to_arabic_digits(m["cell"])) for m in _OIT_CODES_COLUMN.finditer(text)]
    codes = [n for n in numbers if n <= OIT_ITEMS]
    if len(codes) < OIT_CODE_ROWS or codes != sorted(set(codes)):
        return text

    def code(match: regex.Match[str]) -> str:
        return f"{match['lead']}O{match['cell']}" if int(thai.to_arabic_digits(match["cell"])) <= OIT_ITEMS else match.group()

    return _OIT_CODE_CELL.sub(lambda m: f"{m['lead']}O{m['cell']}", _OIT_CODES_COLUMN.sub(code, text))


def oit_ranges(text: str) -> str:
    """``01-033`` as ``O1-O33`` on a page that speaks of the OIT (a member table's items column),
    and one code read with a zero (``01`` in a table's first cell, ``ข้อ 08``) as ``O1``, ``O8``."""
    if not _OIT_PAGE.search(text):
        return oit_codes_column(text)
    text = _OIT_RANGE_ZEROS.sub(r"O\g<a>-O\g<b>", text)
    if _OIT_ITEMS_PAGE.search(text):
        text = _OIT_CODE_CELL.sub(lambda m: f"{m['lead']}O{m['cell']}", text)
    if _OIT_CODE_READ.search(text):
        text = _OIT_CODE_LISTED.sub(lambda m: f"O{m['no'] or m['before']}", text)
    return text


# Mai yamok as official writing spaces it (``อื่น ๆ``), where OCR lost the space before it.
_YAMOK_UNSPACED = regex.compile(r"(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e])ๆ(?=\s|$|[,.)])", regex.MULTILINE)
# An ITA level read as a digit (``84.71 คะแนน ระดับ 8`` for ระดับ B) right after a score.
_GRADE_AS_DIGIT = regex.compile(
    r"(?<=\d[.,]\d{2}\s{0,2}คะแนน\s{0,2}\(?\s{0,2}ระดับ\s{0,2})8(?=\s*\)|\s|$|\p{Thai})", regex.MULTILINE
)  # (after a score only: ``ปลัด อบต. (ระดับ 8)`` is a post's level)


# ``เรื่อง`` whose ื่ the digit re-reading took for digits (``เร47อง``, ``47ือง`` with its เร lost)
_TOPIC_AS_DIGITS = regex.compile(
    r"(?<![\p{Thai}\d๐-๙])(?:เร[\d๐-๙]{1,2}[\u0e37\u0e48]{0,2}|[\d๐-๙]{1,2}[\u0e37\u0e48]{1,2})อง(?!ค)(?=\s|\p{Thai})"
)
# A consonant glued before an amount alone in its cell (``ว20,000`` among ``20,000 | 20,000``): a
# speck or a ruling's stroke read as a letter; no Thai word runs into a grouped amount so.
_LETTER_BEFORE_AMOUNT = regex.compile(r"(?<=\t)[ก-ฮเ-ไ](?=[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+(?:\.[\d๐-๙]{2})?(?:\t|$))", regex.MULTILINE)
# A score glued to the Thai word of the next column (``84.00เพิ่มขึ้น``: tesseract read a
# column gap as none): a space between them.
# A bracket glued to the Thai word before it, a Thai word after it (a post after a name, a note):
# typists put a space there; a scan loses it. (``(ITA)``, ``(๑)``, ``ว่าที่ร.ต.(หญิง)`` keep theirs.)
_BRACKET_GLUED = regex.compile(r"(?<=[ก-ฮ][\u0e30-\u0e4e]*[ก-ฮ][\u0e30-\u0e4e]*)(?<!บาท)\((?=[ก-ฮเ-ไ][ก-ฮ\u0e30-\u0e4e]{3})(?!หญิง)")  # (``บาท(สามหมื่นบาทถ้วน)`` as typed)
# A lone consonant after a person's name and surname at a cell's end (a speck in the signature's
# cell, read as a letter): no surname ends with a letter apart (``ณ`` before a venue stays).
_LONE_LETTER_AT_CELL_END = regex.compile(
    r"(?<=(?:^|\t)[^\t]{0,12}(?:นาย|นางสาว|นาง|น\.ส\.)[ก-ฮ\u0e30-\u0e4e]{2,}\s[ก-ฮ\u0e30-\u0e4e]{3,}) (?!ณ)[ก-ฮ](?=\t|$)",
    regex.MULTILINE,
)
_SCORE_GLUED = regex.compile(r"(?<![\d๐-๙.,])(?P<score>[\d๐-๙]{1,3}\.[\d๐-๙]{2})(?=[ก-ฮเ-ไ])")
# A consonant or two glued before a score in a row of scores (``๘๕.๒๐ ส๙๑.๔๐``): a speck, a
# stroke or a digit's own tail read as a letter; no Thai word runs into a decimal so.
_LETTER_BEFORE_SCORE = regex.compile(
    r"(?<=[\d๐-๙]\.[\d๐-๙]{2}[ \t]+)[ก-ฮ]{1,2}(?=[\d๐-๙]{1,3}\.[\d๐-๙]{2}(?![\d๐-๙.]))"
)
# A comma a speck left between a signer's given name and surname (``(นายธวัชชัย,อินธิแสง)``).
_COMMA_IN_NAME = regex.compile(r"(?<=\(\s*(?:นาย|นาง|นางสาว|น\.ส\.)\p{Thai}+),\s*(?=\p{Thai})")
# ``คณะ`` (a committee, in every order and minutes) with a gap the scan put after its first letter.
_KHANA_BROKEN = regex.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=มติ))ค\s(?=ณะ)")  # (``มติค ณะกรรมการ``: a label)
# ``(OIT)`` as the Thai model reads the Latin code: O as a zero, I as a one, T as a seven.
_OIT_AS_DIGITS = regex.compile(r"(?<=\()[0O][1Il|][7T](?=\))")
# ... and unbracketed, in an ITA table's instrument column: ``0หT``, ``0IT`` (its T kept Latin).
_OIT_GARBLED = regex.compile(r"(?<![\p{L}\d])[0O][หIl|]T(?![\p{L}\d])")
_OIT_AS_BARS = regex.compile(r"(?<![\p{L}\d|])[0O]\|[17](?![A-Za-z\d|])")  # ``0|1ปี`` (on an ITA page)
# ... and as a whole table cell on an ITA page, read as Thai: ``IIT`` as ``เท``, ``OIT`` as ``๐ห``,
# ``๐ท``, ``อท`` (no Thai word is a cell so).
_INSTRUMENT_CELL_AS_THAI = regex.compile(r"(?<=^|\t)(?:(?P<iit>เท)|[๐0อ][หท])(?=\t|$)", regex.MULTILINE)
_ITA_PAGE = regex.compile(r"(?<![A-Za-z])(?:ITA|ITAS|IIT|EIT|OIT)(?![A-Za-z])")
# ... and all digits after the words that name the instrument (``ตัวชี้วัด 011``, ``ตามแบบ 011``).
_OIT_AS_ELEVEN = regex.compile(
    r"(?<=(?:ตัว\s*ชี\u0e49?\s*วัด|แบบ\s*วัด|ตาม\s*แบบ)\s{0,2}|\d\.\d\s?[x×*]\s?)011(?![\d.,])"
)  # (``(0.4 x 011)``: a weighted sum's OIT)
# An order's title with its last letter read twice (``คำสั่งงเทศบาลนคร...``): no office's name
# opens with ง, and the order goes unrecognised without its title.
_ORDER_DOUBLED = regex.compile(
    r"(?<![\u0e01-\u0e4e])คำ\s?สั่งง(?=\s?(?:เทศบาล|องค์การ|อบต|อบจ|สำนักงาน|อำเภอ|จังหวัด|กรม|สภา|คณะ))"
)
# A session's number and year with the slash between them lost (``ครั้งที่๘๒๕๖๙`` for ๕/๒๕๖๙):
# no session is numbered in five or six digits ending in a BE year.
_SESSION_SLASH_LOST = regex.compile(
    r"(?<=(?:ครั้ง|สมัย)\s*ที่?\s*)(?P<no>[\d๐-๙]{1,2})(?P<year>(?:25|๒๕)[\d๐-๙]{2})(?![\d๐-๙/])"
)  # (a council's ``สมัยที่ ๒/๒๕๖๙`` too)
# A council member's post and village with their dots lost (``สอบต ม3``, ``ส อบต 10``, ``อบต .``):
# no Thai word is spelt so.
_MEMBER_DOTS_LOST = regex.compile(r"(?<![\p{Thai}.])ส\s?\.?\s?อบต(?:\s?\.)?(?![\p{Thai}.])")
_VILLAGE_DOT_LOST = regex.compile(r"(?<=(?:^|[\s\t])ส\.อบต\.\s?)ม(?=[\d๐-๙]{1,2}(?![\d๐-๙.]))")
_ABBREVIATION_DOT_APART = regex.compile(r"(?<=อบต|อบจ|ส\.ท)\s\.(?=\s|\t|$)", regex.MULTILINE)
# A Thai seven read as ฆ or ซ (their shapes alike), alone before a count's unit (``ยกมือ ฆ เสียง``,
# ``(ฆ คนจาก 9 คน)``, ``รับหลักการ ซ เสียง``; not a list's ``(ฆ)`` nor a plate's letter).
_SEVEN_AS_KHO = regex.compile(r"(?<=^|[\s(\t])[ฆซ](?=\s{1,2}(?:เสียง|คน|ราย|เรื่อง|โครงการ|วัน))", regex.MULTILINE)
# A prefix whose first letter a scan lost, at a name cell's start (``ายคำปุ่น``, ``างสาวปิยะนุช``):
# no Thai word opens with SARA AA.
_PREFIX_HEAD_LOST = regex.compile(
    r"(?<=^[ \t]*|\t|[\d๐-๙][.)]?[ \t]{1,3})(?P<rest>าย|างสาว|าง)(?=[ก-ฮ][\u0e00-\u0e7f]{2,})", regex.MULTILINE
)
# ... and an order's or a letter's number under its title, alone on its line (``ที่๑๘๔๒๕๖๙`` for
# ๑๘๔/๒๕๖๙): no document is numbered in five to seven digits ending in a BE year.
_NUMBER_SLASH_LOST = regex.compile(r"^(?P<lead>\s*ที่\s*)(?P<no>[\d๐-๙]{1,3})(?P<year>(?:25|๒๕)[\d๐-๙]{2})\s*$", regex.MULTILINE)
# A sub-heading's number whose stop a scan read as a comma or lost (``๑,๓ การสร้างจิตสำนึก...``,
# ``๓ ๑ การเผยแพร่ข้อมูล...``) on a line of text alone (no cells): no amount is one digit, a comma
# and one digit; digits a space apart before a list's words or a unit stay.
_SUB_HEADING_DOT_MISREAD = regex.compile(
    # (no list of numbers wrapped to the line's start: ``๓, ๔ และ ๕ ...``, ``๓ ๐ วัน``)
    r"^(?P<lead>[ ]*)(?P<top>[\d๐-๙])(?:,|[ ])(?P<sub>[1-9๑-๙])[ ]+"
    r"(?!(?:และ|หรือ|ถึง|กับ|คน|ราย|วัน|เดือน|ปี|โครงการ|หมู่|สาย|ล้าน|บาท|ชั่วโมง|เสียง|ข้อ|แห่ง))(?=[ก-ฮเ-ไ][^\t\n]{8,}$)",
    regex.MULTILINE,
)
# Specks of a stamp or a signature over Thai read as a lowercase Latin letter or three inside a
# Thai word or before one (``วันอาทaิตยoad์ที15 aมีนาคม``): no Thai word holds them.
_LATIN_SPECKS_IN_THAI = regex.compile(r"(?<=[\u0e01-\u0e4e])[a-z]{1,3}(?=[\u0e01-\u0e4e])|(?<=\s)[a-z](?=[\u0e01-\u0e2e])")
# A letter glued before the word that opens a plan's or a measure's cell (``แมาตรการปรับปรุง...``):
# a speck or a ruling's stroke; no word is a letter and มาตรการ run together so.
_SPECK_BEFORE_ITEM = regex.compile(r"(?<=^|\t)[ก-ฮเ-ไ](?=(?:มาตรการ|โครงการ|กิจกรรม)\S)", regex.MULTILINE)
# On an ITA page, the level an office is at read as a digit: ``อยู่ในระดับ 8`` (B), ``คะแนน (ระดับ 0)``
# (C); a post's civil-service level is no office's (``นักวิชาการ... ระดับ 8`` has no อยู่ใน).
_LEVEL_B_AS_EIGHT = regex.compile(r"(?<=(?:อยู่\s*ใน\s*ระดับ|ระดับ\s*จาก)\s{0,2})8(?=\s|$|\)|[ก-๏])", regex.MULTILINE)  # (``เลื่อนระดับจาก 8 เป็น A``)
_LEVEL_C_AS_ZERO = regex.compile(r"(?<=คะแนน\s{0,2}\(\s{0,2}ระดับ\s{0,2})0(?=\s{0,2}\))")
# An ITA table's level cell beside its score (``84.62 | 8 | 89.36 | A``, ``69.15 | 6``, ``84.30 | 868``):
# the level a score has is the framework's band of it, so a level misread as digits is that band's.
_SCORE_CELL = regex.compile(r"\d{2,3}\.\d{2}")
_LEVEL_CELL = regex.compile(r"AA|A|B|C|D|E|F")
_LEVEL_MISREAD = regex.compile(r"[\d(|)\[\]{}!/\\.,:;'\"-]{1,3}")
ITA_BANDS = ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E"), (0, "F"))
LEVEL_COLUMN_ROWS = 2  # rows with a level read right beside a score: the table has a level column


def levels_by_score(text: str) -> str:
    """An ITA page's level cells misread as digits put right by the score beside them (the
    framework's bands: AA 95-100, A 85-94.99, B 75-84.99 ...), on a page whose table has a level
    column (two rows or more read with a level right after a score)."""
    rows = [line.split("\t") for line in text.split("\n")]

    def after_score(row: list[str], k: int) -> bool:
        return k > 0 and bool(_SCORE_CELL.fullmatch(row[k - 1].strip()))

    levelled = [
        {k for k, c in enumerate(row) if after_score(row, k) and _LEVEL_CELL.fullmatch(c.strip())} for row in rows
    ]
    if sum(1 for columns in levelled if columns) < LEVEL_COLUMN_ROWS:
        return levels_at_row_end(text)
    level_columns = set().union(*levelled)  # (the columns where levels were read)
    out = []
    for row in rows:
        for k, cell in enumerate(row):
            # (the cell after a score and before the next score or the change: a level's place)
            # (or before the verdict against the pass mark: ``84.62 | 8 | ไม่ผ่าน``)
            between = k + 1 < len(row) and regex.match(r"\s*(?:[+\-−]?\d{1,3}\.\d{2}|[+\-−]|(?:ไม่\s*)?ผ่าน)", row[k + 1])
            # (full marks ``100`` and a weight's ``30``: round numbers; ``13`` for B is a level)
            plausible_score = regex.fullmatch(r"\d{2,3}", cell.strip()) and int(cell.strip()) % 10 == 0
            if (
                k in level_columns
                and after_score(row, k)
                and between
                and _LEVEL_MISREAD.fullmatch(cell.strip())
                and not _SCORE_CELL.fullmatch(cell.strip())
                and not plausible_score
            ):
                score = float(row[k - 1].strip())
                row[k] = next(level for floor, level in ITA_BANDS if score >= floor) if score <= 100 else cell
        out.append("\t".join(row))
    return levels_at_row_end("\n".join(out))


_COLUMN_GAP = regex.compile(r"(\t|[ ]{2,})")  # (a ruled cell's tab or an unruled column's spaces)
_BANDS_LEGEND = regex.compile(r"AA\s*=\s*95|B\s*=\s*75")  # (the page prints the framework's bands)


def levels_at_row_end(text: str) -> str:
    """The same for a table whose level is its last column, ruled or unruled (``ร้อยละ 30   81.52
    8`` among rows ending ``87.40   A``): a row's last cell after its score, misread as digits, is
    the score's band, on a page where two rows or more end with a score and a level (or one, and
    the page prints the bands), in a block of scored rows that has a level read right or its
    misread levels repeating."""
    rows = [_COLUMN_GAP.split(line.rstrip()) for line in text.split("\n")]

    def ends_with_level(row: list[str], level: regex.Pattern[str]) -> bool:
        return len(row) >= 3 and bool(_SCORE_CELL.fullmatch(row[-3].strip())) and bool(level.fullmatch(row[-1]))

    levelled = sum(1 for row in rows if ends_with_level(row, _LEVEL_CELL))
    if levelled < LEVEL_COLUMN_ROWS and not (levelled and _BANDS_LEGEND.search(text)):
        return text
    # (a table of its own: the rows between lines that end with no score; a ranked table under a
    # levelled one keeps its ranks)
    block, blocks = 0, []
    for row in rows:
        # (a row with a score before its last cell, whatever that reads, ``87.40   ก``, or at its end)
        scored = (len(row) >= 3 and bool(_SCORE_CELL.fullmatch(row[-3].strip()))) or bool(_SCORE_CELL.fullmatch(row[-1].strip()))
        block += 0 if scored else 1
        blocks.append(block if scored else -1)
    levelled_blocks = {b for b, row in zip(blocks, rows, strict=True) if ends_with_level(row, _LEVEL_CELL)}
    # ... and a block of the page with no level read right whose last cells repeat (``8``, ``8``, ``8``:
    # B misread alike; a rank column counts 1, 2, 3 ...)
    for b in set(blocks) - levelled_blocks - {-1}:
        last = [row[-1].strip() for row, at in zip(rows, blocks, strict=True) if at == b and ends_with_level(row, _LEVEL_MISREAD)]
        if len(last) >= LEVEL_COLUMN_ROWS and len(set(last)) < len(last):
            levelled_blocks.add(b)
    out = []
    for line, row, b in zip(text.split("\n"), rows, blocks, strict=True):
        cell = row[-1]
        round_number = cell.isdigit() and int(cell) % 10 == 0  # (full marks, a weight: round numbers)
        if b in levelled_blocks and ends_with_level(row, _LEVEL_MISREAD) and not round_number and float(row[-3]) <= 100:
            score = float(row[-3])
            line = "".join([*row[:-1], next(level for floor, level in ITA_BANDS if score >= floor)])
        out.append(line)
    return "\n".join(out)


# Zeros glued to a Latin word (``Facebook00 ของเทศบาล``): a space or a speck the Thai model read so.
_ZEROS_AFTER_WORD = regex.compile(r"(?<=[A-Za-z]{4})0{1,2}(?=\s|$|[ก-๏])", regex.MULTILINE)
# A Thai zero glued to a Latin word (``No๐Gift Policy๐``): the digit re-reading's reading of a
# space or a speck; no Thai digit follows a Latin letter (an OIT code is ``O๓``, not ``O๐``).
_ZERO_AFTER_LATIN = regex.compile(r"(?<=[A-Za-z]\)?)๐(?![\d๐-๙])(?P<latin>(?=[A-Za-z]))?")
# ``พ.ศน.``: a letter of the line below that tesseract read into the era's abbreviation.
_ERA_WITH_A_LETTER = regex.compile(r"พ\.\s?ศ[ก-ฮ]\.")


# ``ระเบียบวาระที่ 1 เรื่อง...`` a scan garbled before its วาระ and in its ที่ (``ระ จแยบวาระทจภ 1
# เรือง...``, an underline under it): the heading, where what stands before วาระ reads nearly
# ระเบียบ and a topic (เรื่อง) follows the number.
_AGENDA_GARBLED = regex.compile(
    r"^(?P<lead>\s*)(?P<label>[\u0e01-\u0e4e]{1,4} ?[\u0e01-\u0e4e]{1,5})วาระ\s*ท[\u0e01-\u0e4e]{0,3}\s*"
    r"(?P<no>\d{1,2})(?P<rest>\s+เร\S?\S?อง)",
    regex.MULTILINE,
)
# ... or read whole before its วาระ and garbled after it, its ที่ lost to other letters
# (``ระเบียบวาระจๆภ ๑ เรืองทีประธาน...``).
_AGENDA_THI_GARBLED = regex.compile(
    r"^(?P<lead>\s*)ระเบียบวาระ\s*(?!ที่)[\u0e01-\u0e4e]{1,3}\s*(?P<no>[\d๐-๙]{1,2})(?P<rest>\s+เร\S?\S?อง)",
    regex.MULTILINE,
)


def _agenda_heading(match: regex.Match[str]) -> str:
    label = match["label"].replace(" ", "")
    if label == "ระเบียบ" or Levenshtein.normalized_similarity(label, "ระเบียบ") < AGENDA_LABEL_MATCH:
        return match.group()
    return f"{match['lead']}ระเบียบวาระที่ {match['no']}{match['rest']}"


AGENDA_LABEL_MATCH = 0.5  # of ``ระเบียบ``: ``ระจแยบ`` is, ``ตาม`` (``ตามวาระที่ ๒ เรื่อง...``) is not
# ... or garbled through its วาระ (``ระเบีย เการะที่๔ เรื่องเพื่ ิจารณา``): the whole label like
# ``ระเบียบวาระ`` before ``ที่`` and the number.
_AGENDA_LABEL_GARBLED = regex.compile(
    r"^(?P<lead>\s*)(?P<label>[\u0e01-\u0e4e]{3,9} ?[\u0e01-\u0e4e]{2,7}?)ท[\u0e34-\u0e4e]{0,3}\s*"
    r"(?P<no>\d{1,2})(?P<rest>\s*เร\S?\S?อง)",
    regex.MULTILINE,
)
WHOLE_LABEL_MATCH = 0.7  # of ``ระเบียบวาระ``: ``ระเบียเการะ`` is, ``ตามวาระ`` and ``ในวาระ`` are not


def _agenda_label(match: regex.Match[str]) -> str:
    label = match["label"].replace(" ", "")
    if (
        not label.startswith("ร")  # (``ตามระเบียบวาระที่ ๓ เรื่อง...``: a sentence that names an item)
        or "ระเบียบวาระ" in label
        or Levenshtein.normalized_similarity(label, "ระเบียบวาระ") < WHOLE_LABEL_MATCH
    ):
        return match.group()
    return f"{match['lead']}ระเบียบวาระที่ {match['no']} {match['rest'].strip()}"


# ``ลำดับที่ ๙`` set at a sheet's right margin, read as ``ลำดับที่`` over a line of its number alone.
_ORDINAL_OVER_NUMBER = regex.compile(r"^(?P<label>[ \t]*ลำดับที่)[ \t]*\n[ \t]*(?P<no>[\d๐-๙]{1,3})[ \t]*$", regex.M)


# A list number's dot read as a comma (``3, นางจิราภรณ์ ...`` between ``2. นาย...`` and ``4. ร.ต.อ...``).
_NUMBER_COMMA = regex.compile(r"^(?P<lead>[ \t]*[\d๐-๙]{1,2}),\.?(?=[ \t]+[ก-ฮ])")  # (``๑,. นาย...``)
_NUMBER_DOT = regex.compile(r"^[ \t]*[\d๐-๙]{1,2}\.[ \t]")
LIST_REACH = 2  # lines above and below where a numbered list's other numbers stand


def _list_number(line: str) -> int | None:
    match = _NUMBER_DOT.match(line)
    return int(to_arabic_digits(match.group().strip().rstrip("."))) if match else None


def list_dots_as_commas(text: str) -> str:
    """A numbered list's number read with a comma for its dot, where the lines around it are
    numbered with dots."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        match = _NUMBER_COMMA.match(line)
        if match is None:
            continue
        # (in the list's sequence: the number before it one less, or the one after it one more;
        # not a wrapped line of a list of roads, ``ซอยเทศบาล ๑, ซอยเทศบาล`` / ``๓, ซอยเทศบาล ๕``)
        number = int(to_arabic_digits(match["lead"].strip()))
        before = [n for other in lines[max(0, k - LIST_REACH) : k] if (n := _list_number(other)) is not None]
        after = [n for other in lines[k + 1 : k + 1 + LIST_REACH] if (n := _list_number(other)) is not None]
        # (a list's first, ``๑,. นาย...`` under its section's label, another list's numbers near it)
        # (a sub-list's first under its heading, ``๓. กองช่าง`` / ``๑, นาย...``)
        first = number == 1 and bool(before or after)
        if (before and before[-1] == number - 1) or (after and after[0] == number + 1) or first:
            lines[k] = f"{match['lead']}.{line[match.end() :]}"
    return "\n".join(lines)


_ONE_FOR_DOT = regex.compile(r"[1๑lI|]")


def dots_for_ones(text: str) -> str:
    """A ruled table's tick typed as a dot (``●``) read as a one (``1``, ``๑`` once the digits
    were read again) in a column where two cells or more read ``●`` and no other holds a number,
    counted over the rows with a dot (a header's quarter ``1 | 2 | 3 | 4`` has none)."""
    rows = [line.split("\t") for line in text.split("\n")]
    ticked = [len(row) > 2 and any(c.strip() == "●" for c in row) for row in rows]
    columns: dict[int, list[str]] = {}
    for row, dots in zip(rows, ticked, strict=True):
        for k, cell in enumerate(row if dots else []):
            columns.setdefault(k, []).append(cell.strip())
    dotted = {
        k
        for k, cells_ in columns.items()
        if sum(c == "●" for c in cells_) >= TICKS_BESIDE and not any(_DIGIT.search(c) and not _ONE_FOR_DOT.fullmatch(c) for c in cells_)
    }
    if not dotted:
        return text
    return "\n".join(
        "\t".join("●" if dots and k in dotted and _ONE_FOR_DOT.fullmatch(c.strip()) else c for k, c in enumerate(row))
        for row, dots in zip(rows, ticked, strict=True)
    )


def repair_ocr_text(text: str) -> str:
    """Context repairs of OCR'd text, line by line, conservative by design."""
    text = mend_split_words(text)  # (first: the labels and words the repairs below look for made whole)
    text = _ZERO_AFTER_LATIN.sub(lambda m: " " if m["latin"] is not None else "", text)
    text = _SPECK_BEFORE_ITEM.sub("", _ZEROS_AFTER_WORD.sub("", text))
    text = _ERA_WITH_A_LETTER.sub("พ.ศ.", _NUMBER_LABEL_AS_LATIN.sub(r"\1ที่ ", text))
    text = _OIT_GARBLED.sub("OIT", _OIT_AS_DIGITS.sub("OIT", _KHANA_BROKEN.sub("ค", text)))
    text = _OIT_AS_ELEVEN.sub("OIT", text)
    if _ITA_PAGE.search(text):
        text = _INSTRUMENT_CELL_AS_THAI.sub(lambda m: "IIT" if m["iit"] else "OIT", _OIT_AS_BARS.sub("OIT", text))
        text = _LEVEL_C_AS_ZERO.sub("C", _LEVEL_B_AS_EIGHT.sub("B", text))
        text = levels_by_score(text)
    text = oit_ranges(_OIT_ITEM_RANGE.sub(_oit_item_range, text))
    text = dots_for_ones(list_dots_as_commas(text))
    text = _GRADE_AS_DIGIT.sub("B", text)
    text = _COMMA_IN_NAME.sub(" ", _LETTER_BEFORE_AMOUNT.sub("", _LETTER_BEFORE_SCORE.sub("", text)))
    text = _SCORE_GLUED.sub(r"\g<score> ", text)
    text = _ERA_AS_LATIN.sub(lambda m: "พ.ศ." if m.start() == 0 or text[m.start() - 1].isspace() else " พ.ศ.", text)
    text = _TIME_BROKEN.sub("ครั้งที่", _TIME_WITHOUT_KHO.sub("ครั้ง", text))
    text = _SESSION_SLASH_LOST.sub(lambda m: f"{m['no']}/{m['year']}", text)
    text = _SEVEN_AS_KHO.sub("๗", _PREFIX_HEAD_LOST.sub(lambda m: f"น{m['rest']}", text))
    text = _VILLAGE_DOT_LOST.sub("ม.", _MEMBER_DOTS_LOST.sub("ส.อบต.", _ABBREVIATION_DOT_APART.sub(".", text)))
    text = _NUMBER_SLASH_LOST.sub(lambda m: f"{m['lead']}{m['no']}/{m['year']}", text)
    text = _SUB_HEADING_DOT_MISREAD.sub(lambda m: f"{m['lead']}{m['top']}.{m['sub']} ", text)
    text = _LATIN_SPECKS_IN_THAI.sub("", text)
    text = _RESOLVED_AS_LATIN.sub(r"\1มติ ", _DIMENSION_THI_GARBLED.sub(r"\1ที่ ", text))
    text = _AGENDA_LABEL_GARBLED.sub(_agenda_label, _AGENDA_GARBLED.sub(_agenda_heading, text))
    text = _AGENDA_THI_GARBLED.sub(lambda m: f"{m['lead']}ระเบียบวาระที่ {m['no']}{m['rest']}", text)
    text = _MARK_AFTER_DOT.sub("", _SPECK_AT_END.sub("", _SPECK_IN_WORD.sub("", _DIGIT_UNDER_MARK.sub("", text))))
    text = _LATIN_TAIL.sub(lambda m: m.group() if m["word"] in ACRONYMS else "", text)
    text = _QUOTE_BEFORE_NUMBER.sub("", _SPECKS_AT_LINE_END.sub("", text))
    text = _TOPIC_AS_DIGITS.sub("เรื่อง", _VILLAGE_NUMBER.sub("หมู่ที่ ", _THI_AS_DIGITS.sub("ที", text)))
    text = _DIMENSION_NUMBER.sub("ที่ ", text)
    text = scores_lost_dot(text)
    text = first_row_number(repair_row_numbers(_AT_FOR_ONE.sub("๑", _LATIN_OBT.sub("อบต.", _BAHT_AS_LATIN.sub(" บาท", text)))))
    text = repair_bracketed_numbers(text)
    text = "\n".join(
        restore_dropped_marks(_DOUBLED_NO.sub(_remnant_before_title, _JA_RANK.sub("จ่า", repair_sara_am(line))))
        for line in text.split("\n")
    )
    text = _ORDINAL_OVER_NUMBER.sub(r"\g<label> \g<no>", text)  # (last: its marks and specks mended)
    text = _ORDER_DOUBLED.sub("คำสั่ง", text)  # (after SARA AM is made whole: ``คํา`` as tesseract gives it)
    text = _BRACKET_GLUED.sub(" (", text)  # (``แก้วกาญจนา(หัวหน้า...``: the space before a bracket a scan lost)
    text = _LONE_LETTER_AT_CELL_END.sub("", text)  # (``นายสุชาติ กลิ่นหอม ด``: a speck read as a letter)
    return _YAMOK_UNSPACED.sub(" ๆ", repair_years(text))
