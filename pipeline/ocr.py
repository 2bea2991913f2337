"""OCR of page images: clean the image (deskew, binarise), recognise with tesseract through
``pipeline.engines.tesseract`` (cached by page-image hash), lay the words out as lines whose
table cells are tab-separated, and repair what tesseract typically gets wrong in Thai.

Pages go through an ``Executor`` as picklable ``OcrJob``s, so one big scanned PDF can use
the same pool as the orchestrator (never a pool of our own).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex
from PIL import Image, ImageOps

from pipeline.config import Settings
from pipeline.engines import tesseract
from pipeline.executor import Executor, SerialExecutor
from pipeline.model import Page
from pipeline.normalize import restore_dropped_marks
from pipeline.thai import to_arabic_digits

PSM = 3  # automatic page segmentation; the layout below rebuilds rows itself
CACHE_VERSION = "1"


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


def _row_profile_score(ink: Image.Image, angle: float) -> float:
    """How sharply text rows stand out after rotating by ``angle`` (sum of squared row deltas)."""
    rotated = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    rows = list(rotated.resize((1, rotated.height), Image.Resampling.BOX).get_flattened_data())
    return float(sum((a - b) ** 2 for a, b in itertools.pairwise(rows)))


def estimate_skew(image: Image.Image, max_angle: float = 3.0) -> float:
    """The rotation (degrees, counter-clockwise) that makes text rows horizontal."""
    small = image.convert("L")
    if small.width > 1000:
        small = small.resize((1000, max(1, round(small.height * 1000 / small.width))), Image.Resampling.BOX)
    threshold = otsu_threshold(small)
    ink = small.point(lambda v: 255 if v < threshold else 0)
    if ink.getbbox() is None:
        return 0.0

    def best_of(angles: Iterable[float]) -> float:
        return max(angles, key=lambda a: _row_profile_score(ink, a))

    coarse = best_of(a / 2 for a in range(-int(max_angle * 2), int(max_angle * 2) + 1))
    return best_of(coarse + a / 10 for a in range(-4, 5))


def prepare_image(image: Image.Image) -> Image.Image:
    """Greyscale, deskewed (when tilted by 0.2 degrees or more) and binarised to 1 bit."""
    grey = ImageOps.exif_transpose(image).convert("L")
    angle = estimate_skew(grey)
    if abs(angle) >= 0.2:
        grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    threshold = otsu_threshold(grey)
    return grey.point(lambda v: 255 if v > threshold else 0).convert("1")


def png_bytes(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1, dpi=(dpi, dpi))
    return buffer.getvalue()


# --- recognition -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OcrJob:
    """One page image to recognise; picklable, so an executor can run it anywhere."""

    page_no: int
    png: bytes
    languages: str
    dpi: int
    tesseract_cmd: str
    cache_dir: str | None


def cache_key(job: OcrJob) -> str:
    digest = hashlib.sha256(job.png)
    for part in (job.languages, str(job.dpi), str(PSM), tesseract.version(job.tesseract_cmd), CACHE_VERSION):
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


def recognise(job: OcrJob) -> tuple[int, str]:
    """(page number, tesseract TSV) of one page, from the cache when it has it."""
    path = None
    if job.cache_dir:
        key = cache_key(job)
        path = Path(job.cache_dir) / key[:2] / f"{key}.tsv"
        if path.is_file():
            return job.page_no, path.read_text(encoding="utf-8")
    tsv = tesseract.run(job.png, job.tesseract_cmd, job.languages, job.dpi, psm=PSM)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(tsv, encoding="utf-8")
        partial.replace(path)  # atomic: parallel workers never see half a file
    return job.page_no, tsv


def make_job(page_no: int, image: Image.Image, settings: Settings) -> OcrJob:
    return OcrJob(
        page_no=page_no,
        png=png_bytes(prepare_image(image), settings.ocr_dpi),
        languages=settings.ocr_languages,
        dpi=settings.ocr_dpi,
        tesseract_cmd=settings.tesseract_cmd,
        cache_dir=str(settings.ocr_cache_dir) if settings.ocr_cache_dir else None,
    )


def ocr_page(job: OcrJob) -> tuple[int, str]:
    """(page number, laid-out and repaired text) of one job; runs wherever the executor puts it."""
    page_no, tsv = recognise(job)
    image = Image.open(io.BytesIO(job.png))
    return page_no, repair_ocr_text(layout_text(parse_tsv(tsv), image))


def ocr_jobs(jobs: Iterable[OcrJob], executor: Executor | None = None) -> dict[int, str]:
    """Page number -> laid-out, repaired text, for every job."""
    return dict((executor or SerialExecutor()).imap(ocr_page, jobs))


def ocr_images(
    images: Iterable[tuple[int, Image.Image]], settings: Settings, executor: Executor | None = None
) -> list[Page]:
    """OCR'd pages, in page order."""
    jobs = [make_job(page_no, image, settings) for page_no, image in images]
    texts = ocr_jobs(jobs, executor)
    return [Page(page_no=n, text=texts[n], method="ocr") for n in sorted(texts)]


# --- layout ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


# Table rulings that tesseract reads as characters.
_RULE_WORD = regex.compile(r"^[|│┃¦!\[\]_—–\-=:;.,'\"`~]+$")


def parse_tsv(tsv: str) -> list[Word]:
    """The recognised words (level 5 rows) of tesseract's TSV output."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        try:
            left, top, width, height = (int(v) for v in parts[6:10])
            conf = float(parts[10])
        except ValueError:
            continue
        if text and conf >= 0:
            words.append(Word(left, top, width, height, conf, text))
    return words


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual rows: a word joins the row whose middle it lies near.
    Thai marks come as words of their own, above or below their letter: they join the row
    their box overlaps most."""
    heights = sorted(w.height for w in words)
    tolerance = heights[len(heights) // 2] * 0.6 if heights else 0
    rows: list[list[Word]] = []
    middles: list[float] = []
    for word in sorted(words, key=lambda w: w.middle):
        if rows and abs(word.middle - middles[-1]) <= tolerance:
            rows[-1].append(word)
            middles[-1] = statistics.fmean(w.middle for w in rows[-1])
        else:
            rows.append([word])
            middles.append(word.middle)
    return [sorted(row, key=lambda w: w.left) for row in rows]


def _columns(text: str) -> int:
    return sum(0 if unicodedata.category(ch).startswith("M") else 1 for ch in text)


def vertical_rules(image: Image.Image | None, top: int, bottom: int) -> list[int]:
    """x of table rulings crossing the band ``top..bottom`` of a binarised page (ink in at
    least 90% of the band's height)."""
    if image is None or bottom <= top:
        return []
    band = image.convert("L").crop((0, max(0, top), image.width, min(image.height, bottom)))
    darkness = band.resize((band.width, 1), Image.Resampling.BOX).get_flattened_data()
    rules: list[int] = []
    for x, value in enumerate(darkness):
        if value <= 40 and (not rules or x - rules[-1] > 3):
            rules.append(x)
    return rules


def layout_text(words: list[Word], image: Image.Image | None = None) -> str:
    """Lines of text, one per visual row. Letters close together form a word; a gap of about
    a letter's height is a space; a table ruling between words is a tab; a wide gap is a run
    of spaces that puts the next word at its display column (as in a text file)."""
    words = [w for w in words if not (_RULE_WORD.match(w.text) and w.text.strip("|│┃¦![]") == "")]
    if not words:
        return ""
    height = statistics.median(w.height for w in words)
    widths = [w.width / _columns(w.text) for w in words if _columns(w.text)]
    column = statistics.median(widths) if widths else height / 2
    left = min(w.left for w in words)
    lines: list[str] = []
    for row in _rows(words):
        # A ruling crosses the row's letters and the space above and below them; letters do not.
        band_top = statistics.median(w.top for w in row)
        rules = vertical_rules(image, round(band_top - height * 0.5), round(band_top + height * 1.5))
        indent = round((row[0].left - left) / column)
        at = indent if indent >= 2 else 0
        parts = [" " * at, row[0].text]
        at += _columns(row[0].text)
        for previous, word in itertools.pairwise(row):
            gap = word.left - previous.right
            if any(previous.right <= x <= word.left for x in rules):
                separator = "\t"
            elif gap > 2.5 * height:
                separator = " " * max(2, round((word.left - left) / column) - at)
            elif gap > 0.8 * height:
                separator = " "
            else:
                separator = ""
            parts += [separator, word.text]
            at += len(separator) + _columns(word.text)
        lines.append("".join(parts))
    return "\n".join(lines)


# --- repair ----------------------------------------------------------------------------

_YEAR = regex.compile(r"(?<![\d๐-๙])[2๒][\d๐-๙]{3}(?![\d๐-๙])")
_CONTEXT_YEAR = regex.compile(r"(?:พ\.\s?ศ\.|ปีงบประมาณ|ปี)\s*(25\d\d)")


def repair_years(text: str) -> str:
    """A Buddhist Era year one misread digit away from the text's usual year (and not itself
    plausible, 2400-2700) becomes that year: ``๒๕๘๗`` next to ``พ.ศ. ๒๕๖๗`` is ``2567``."""
    arabic = to_arabic_digits(text)
    years = Counter(int(y) for y in _CONTEXT_YEAR.findall(arabic))
    if not years:
        return text
    usual = str(years.most_common(1)[0][0])

    def fix(match: regex.Match[str]) -> str:
        year = to_arabic_digits(match.group())
        if 2400 <= int(year) <= 2700:
            return match.group()
        differing = sum(a != b for a, b in zip(year, usual, strict=True))
        return usual if differing == 1 else match.group()

    return _YEAR.sub(fix, text)


def repair_ocr_text(text: str) -> str:
    """Context repairs of OCR'd text, line by line, conservative by design."""
    text = "\n".join(restore_dropped_marks(line) for line in text.split("\n"))
    return repair_years(text)
