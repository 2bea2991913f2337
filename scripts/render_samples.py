"""Render samples/*.txt into PDFs, as offices publish them (``make samples``):

- ``samples/pdf/<stem>.pdf``: a text-layer PDF in a Thai font of Debian's fonts-thai-tlwg;
  a form feed starts a new page, a line with tabs is a row of a ruled table, a line aligned
  with runs of spaces keeps its columns (unruled), long lines wrap between Thai words;
- ``samples/pdf/<stem>.scan.pdf``: the same pages as a scan would give them: image only,
  200 dpi grey, tilted ~0.5 degrees, slightly blurred and speckled, JPEG-compressed.

Usage: ``python scripts/render_samples.py [--out DIR] [FILE.txt ...]`` (default: samples/*.txt).
Output is deterministic, so re-rendering unchanged samples changes no committed bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import random
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import regex
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter
from pythainlp.tokenize import word_tokenize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.engines.pdfium import open_pdf, page_count, render_page  # noqa: E402
from pipeline.extract import decode_text  # noqa: E402

FONT_PATH = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
# Laksaman has no tick boxes (✓ ☑ ☐); DejaVu Sans draws those.
SYMBOL_FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_SIZE = 14  # points
LINE_HEIGHT = 7.0  # mm
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25.0, 20.0, 20.0, 20.0
CELL_PAD = 1.8  # mm inside each table cell
SCAN_DPI = 200
COLUMN_PAD = 4.0  # mm between space-aligned columns: wider than two spaces, so they stay columns
SCAN_TILT = 0.5  # degrees
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

_CELL_SPLIT = regex.compile(r"\t| {2,}")


class FontMissingError(SystemExit):
    pass


def find_font(path: Path = FONT_PATH, package: str = "fonts-thai-tlwg") -> Path:
    if not path.is_file():
        raise FontMissingError(f"font not found at {path}: install Debian's {package} (`make system`)")
    return path


def cells_of(line: str) -> list[str] | None:
    """A ruled-table row's cells (a tab between two texts), or ``None``. Leading tabs are
    empty cells of a row, or a paragraph's indentation when no tab follows the text."""
    body = line.rstrip()
    if not regex.search(r"\S\t+\S", body):
        return None
    cells = [" ".join(cell.split()) for cell in _CELL_SPLIT.split(body)]
    return cells


def spaced_cells(line: str) -> list[tuple[int, str]] | None:
    """(display column, text) of a line aligned with runs of spaces (an unruled table), or ``None``."""
    if "\t" in line or not regex.search(r"\S {2,}\S", line):
        return None
    out = []
    for match in regex.finditer(r"\S+(?: \S+)*", line):
        out.append((columns(line[: match.start()]), match.group()))
    return out


def columns(text: str) -> int:
    """Display columns: Thai marks sit on their consonant."""
    return sum(0 if unicodedata.category(ch).startswith("M") else 1 for ch in text)


class SampleRenderer:
    def __init__(self, font: Path, shaped: bool = False) -> None:
        self.pdf = FPDF(orientation="portrait", unit="mm", format="A4")
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
        self.pdf.add_font("thai", fname=str(font))
        self.pdf.add_font("symbols", fname=str(find_font(SYMBOL_FONT_PATH, "fonts-dejavu-core")))
        self.pdf.set_fallback_fonts(["symbols"])
        self.pdf.set_font("thai", size=FONT_SIZE)
        # Shaped (HarfBuzz) text stacks Thai marks as printed paper does: the scans are drawn
        # shaped. The text-layer PDF is not: fpdf2 maps some shaped glyphs to no character.
        self.pdf.set_text_shaping(shaped)
        self.pdf.set_line_width(0.2)
        self.width = self.pdf.w - MARGIN_LEFT - MARGIN_RIGHT
        self.bottom = self.pdf.h - MARGIN_BOTTOM

    # -- wrapping --
    def _fits(self, text: str, width: float) -> bool:
        return self.pdf.get_string_width(text) <= width

    def _pieces(self, text: str) -> Iterable[str]:
        """Chunks a line may break after: Thai words (with any space that follows them)."""
        for chunk in regex.split(r"(?<= )", text):
            yield from word_tokenize(chunk, engine="newmm", keep_whitespace=True)

    def wrap(self, text: str, width: float) -> list[str]:
        """Greedy wrapping like a word processor's; a line broken at a space keeps it at its end."""
        lines: list[str] = []
        current = ""
        for piece in self._pieces(text):
            if current.strip() and not self._fits(current + piece.rstrip(), width):
                lines.append(current)
                current = piece.lstrip()
            else:
                current += piece
            while (
                not self._fits(current.rstrip(), width) and len(current) > 1
            ):  # a word wider than the column
                clusters = regex.findall(r"\X", current)
                cut = max(1, len(clusters) - 1)
                while cut > 1 and not self._fits("".join(clusters[:cut]), width):
                    cut -= 1
                lines.append("".join(clusters[:cut]))
                current = "".join(clusters[cut:])
        if current.strip() or not lines:
            lines.append(current.rstrip())
        return lines

    # -- drawing --
    def _room(self, height: float) -> None:
        if self.pdf.get_y() + height > self.bottom:
            self.pdf.add_page()

    def paragraph(self, line: str) -> None:
        stripped = line.lstrip(" \t")
        lead = line[: len(line) - len(stripped)]
        indent = min(lead.count(" ") * 1.2 + lead.count("\t") * 12.5, self.width / 3)
        for part in self.wrap(line.strip(), self.width - indent):
            self._room(LINE_HEIGHT)
            self.pdf.set_x(MARGIN_LEFT + indent)
            self.pdf.cell(self.width - indent, LINE_HEIGHT, part, new_x="LMARGIN", new_y="NEXT")

    def _column_widths(self, rows: list[list[str]]) -> list[float]:
        columns = max(len(row) for row in rows)
        natural = [
            max((self.pdf.get_string_width(row[i]) if i < len(row) else 0.0) for row in rows)
            + 2 * CELL_PAD
            + 1
            for i in range(columns)
        ]
        natural = [max(w, 10.0) for w in natural]
        if sum(natural) <= self.width:
            return natural
        # Water-filling: narrow columns keep their width, wide ones share what is left.
        widths = [0.0] * columns
        left, open_columns = self.width, list(range(columns))
        while open_columns:
            share = left / len(open_columns)
            narrow = [i for i in open_columns if natural[i] <= share]
            if not narrow:
                for i in open_columns:
                    widths[i] = share
                break
            for i in narrow:
                widths[i] = natural[i]
                left -= natural[i]
                open_columns.remove(i)
        return widths

    def spaced(self, rows: list[list[tuple[int, str]]]) -> None:
        """Lines aligned with spaces, drawn at their display columns (no rulings)."""
        needed = [
            (self.pdf.get_string_width(text) + COLUMN_PAD) / (next_col - col)
            for row in rows
            for (col, text), (next_col, _) in itertools.pairwise(row)
        ]
        step = max([2.0, *needed])
        last = max(col + columns(text) for row in rows for col, text in row)
        size = FONT_SIZE * min(1.0, self.width / (last * step))
        self.pdf.set_font_size(size)
        step = min(step, self.width / last)
        for row in rows:
            self._room(LINE_HEIGHT)
            y = self.pdf.get_y()
            for col, text in row:
                self.pdf.set_xy(MARGIN_LEFT + col * step, y)
                self.pdf.cell(text=text)
            self.pdf.set_xy(MARGIN_LEFT, y + LINE_HEIGHT)
        self.pdf.set_font_size(FONT_SIZE)

    def table(self, rows: list[list[str]]) -> None:
        widths = self._column_widths(rows)
        for row in rows:
            cells = row + [""] * (len(widths) - len(row))
            wrapped = [
                self.wrap(cell, w - 2 * CELL_PAD) if cell else [""]
                for cell, w in zip(cells, widths, strict=True)
            ]
            height = max(len(lines) for lines in wrapped) * LINE_HEIGHT + 1.0
            self._room(height)
            x, y = MARGIN_LEFT, self.pdf.get_y()
            for lines, w in zip(wrapped, widths, strict=True):
                self.pdf.rect(x, y, w, height)
                for k, part in enumerate(lines):
                    self.pdf.set_xy(x + CELL_PAD, y + 0.5 + k * LINE_HEIGHT)
                    self.pdf.cell(w - 2 * CELL_PAD, LINE_HEIGHT, part)
                x += w
            self.pdf.set_xy(MARGIN_LEFT, y + height)

    def page(self, text: str) -> None:
        self.pdf.add_page()
        ruled: list[list[str]] = []
        spaced: list[list[tuple[int, str]]] = []
        for line in text.split("\n"):
            cells = cells_of(line)
            if cells is None and ruled and regex.match(r"\t+\S", line):
                cells = [" ".join(cell.split()) for cell in line.rstrip().split("\t")]  # a row's continuation
            positioned = spaced_cells(line) if cells is None else None
            if positioned is None and spaced and cells is None and regex.match(r" {2,}\S", line):
                positioned = [(columns(line) - columns(line.lstrip()), line.strip())]  # a wrapped cell
            if ruled and cells is None:
                self.table(ruled)
                ruled = []
            if spaced and positioned is None:
                self.spaced(spaced)
                spaced = []
            if cells is not None:
                ruled.append(cells)
            elif positioned is not None:
                spaced.append(positioned)
            elif line.strip():
                self.paragraph(line)
            else:
                self.pdf.set_y(self.pdf.get_y() + LINE_HEIGHT / 2)
        if ruled:
            self.table(ruled)
        if spaced:
            self.spaced(spaced)

    def render(self, text: str) -> bytes:
        # HTML remnants in a text file are what a converter left of the page; a PDF shows the
        # page itself: paragraphs in a cell are separate words, not printed tags.
        text = regex.sub(r"(?:</?p\s*/?>)+", " ", text, flags=regex.IGNORECASE)
        for chunk in text.replace("\r\n", "\n").split("\f"):
            self.page(chunk.strip("\n"))
        return bytes(self.pdf.output())


def text_pdf(text: str, font: Path, shaped: bool = False) -> bytes:
    return SampleRenderer(font, shaped).render(text)


def scanned(image: Image.Image, seed: int) -> Image.Image:
    """A clean page image made to look scanned: tilt, blur, paper grey and speckles."""
    rng = random.Random(seed)
    page = image.convert("L").rotate(SCAN_TILT, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: 30 + v * 205 // 255)
    draw = ImageDraw.Draw(page)
    for _ in range(page.width * page.height // 4000):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        draw.point((x, y), fill=rng.randrange(60, 200))
    return page


def scan_pdf(pdf_bytes: bytes, seed: int) -> bytes:
    out = FPDF(unit="mm", format="A4")
    out.set_creation_date(FIXED_DATE)
    with open_pdf(pdf_bytes) as document:
        for index in range(page_count(document)):
            image = scanned(render_page(document, index, SCAN_DPI), seed + index)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=70, dpi=(SCAN_DPI, SCAN_DPI))
            out.add_page()
            out.image(buffer, x=0, y=0, w=out.w, h=out.h)
    return bytes(out.output())


def render_file(path: Path, out_dir: Path, font: Path) -> tuple[Path, Path]:
    text = decode_text(path.read_bytes())  # samples include TIS-620 and UTF-16 files
    pdf = text_pdf(text, font)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{path.stem}.pdf"
    target.write_bytes(pdf)
    scan_target = out_dir / f"{path.stem}.scan.pdf"
    scan_target.write_bytes(scan_pdf(text_pdf(text, font, shaped=True), seed=sum(path.stem.encode())))
    return target, scan_target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "samples" / "pdf")
    args = parser.parse_args(argv)
    font = find_font()
    files = args.files or sorted((ROOT / "samples").glob("*.txt"))
    if not files:
        print("no samples/*.txt to render", file=sys.stderr)
        return 1
    for path in files:
        for target in render_file(path, args.out, font):
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
