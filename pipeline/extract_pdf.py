"""PDF and image extraction: the text layer where it is good, OCR where it is not.

Each PDF page is read with pdfplumber: words in reading order grouped into lines (wide gaps
become tabs), ruled tables as rows of tab-separated cells, lines a paragraph wrapped joined
again. A page whose text layer is missing, tiny or broken is rendered (PDFium) and OCR'd
instead; ``Page.method`` says which. Images go straight to OCR, one page per frame.
"""

from __future__ import annotations

import io
import itertools
import logging
import os
import statistics
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pdfplumber
import regex
from PIL import Image, ImageSequence, UnidentifiedImageError

from pipeline import fonts, layout
from pipeline.config import Settings
from pipeline.engines.pdfium import open_pdf, page_count, render_page_rgb
from pipeline.engines.pdfium import page_text as pdfium_page_text
from pipeline.errors import CorruptFileError, SarabanError
from pipeline.executor import Executor
from pipeline.model import Page, Source
from pipeline.normalize import (
    CELL_TICKS,
    NO_TICK,
    PUA_MAP,
    ROW_NUMBER_WORD,
    TICK_MARKS,
    join_wrapped,
    joined_number,
    own_cell,
    recompose_sara_am,
    repair_pdf_thai,
    surname_after,
)
from pipeline.ocr import OcrJob, deferred_job, make_job, page_pixels, read_pages
from pipeline.thai import MARK, to_arabic_digits

# pdfminer logs every odd object at WARNING; a bad page is reported by us instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_THAI = regex.compile(r"[\u0e01-\u0e5b]")
_THAI_WORD_CHAR = regex.compile(r"[\u0e01-\u0e4e]")
_THAI_MARK = regex.compile(rf"{MARK.pattern}+")  # one glyph may draw two marks
_PUA = regex.compile(r"[\ue000-\uf8ff]")
_CID = regex.compile(r"\(cid:\d+\)")
# A mark (above/below vowel, tone, thanthakhat) must follow a consonant or another mark.
_ORPHAN_MARK = regex.compile(
    r"(?<![\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
)
_LIST_MARKER = regex.compile(r"^(?:\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]|[-–•*●○▪➢►▶◆❖✓]|[ก-ฮ][.)])\s*")


# --- routing ---------------------------------------------------------------------------


def ocr_reason(text: str, settings: Settings, image_cover: float = 1.0) -> str | None:
    """Why a page's text layer should not be trusted (so the page is OCR'd), or ``None``.

    ``image_cover`` is the share of the page under images: a page with little text and no
    picture of a page (the last rows of a table, a signature page) keeps its text layer."""
    letters = [c for c in text if not c.isspace()]
    if not letters:
        # nothing drawn at all (a blank page a producer added): nothing to OCR either
        return None if image_cover == 0.0 else "no text layer"
    unknown_pua = sum(1 for c in _PUA.findall(text) if ord(c) not in PUA_MAP)
    if unknown_pua > max(2, len(letters) // 50):
        return "private-use glyphs in the text layer"
    if len(_CID.findall(text)) > 3 or text.count("\ufffd") > max(2, len(letters) // 50):
        return "glyphs without Unicode mapping"
    thai = len(_THAI.findall(text.translate(PUA_MAP)))
    if thai < settings.min_text_chars and image_cover >= 0.3:
        return f"text layer has {thai} Thai characters (< {settings.min_text_chars}) over a page image"
    marks = len(MARK.findall(text))
    if marks >= 10 and len(_ORPHAN_MARK.findall(text.translate(PUA_MAP))) > marks // 10:
        return "Thai marks without their letters"
    # (box drawing, blocks and shapes, ``████ 90.09``: a chart typed as text, no garbled font)
    foreign = sum(
        1 for c in letters if ord(c) > 0x7F and not _THAI.match(c) and c not in "☑☐✓–—“”‘’•…" and not 0x2500 <= ord(c) <= 0x25FF
    )
    if foreign > len(letters) // 5:
        return "text layer is not Thai (garbled font mapping)"
    return None


# --- text layer ------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    """A line of body text or a table row, with where it stands on the page."""

    top: float
    x0: float
    x1: float
    text: str  # body lines keep their layout: indentation and column gaps as runs of spaces
    size: float
    first_word: dict[str, Any] | None = None  # the line's first word (its first piece: ``first_unit``)
    gapped: bool = False  # has a gap wide enough to be a column break
    table: bool = False
    space_after: bool = False  # the text layer has a space after the last word (wrapped at a space)
    cells: tuple[layout.Cell, ...] | None = None  # a body line's cells where ``text`` lays them out
    _unit: float | None = None  # ``first_unit`` once worked out

    @property
    def first_unit(self) -> float:
        """Width of the first piece the line could have wrapped before (tokenised only for
        the lines ``_joins`` gets that far with)."""
        if self._unit is None:
            self._unit = _first_unit(self.first_word) if self.first_word is not None else 0.0
        return self._unit


_columns = layout.display_columns


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _first_unit(word: dict[str, Any]) -> float:
    """Width of a word's first Thai word (a line may wrap between Thai words without a space)."""
    text = word["text"]
    if not _THAI_WORD_CHAR.match(text):
        return word["x1"] - word["x0"]
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=False)
    first = tokens[0] if tokens else text
    return (word["x1"] - word["x0"]) * _columns(first) / max(1, _columns(text))


# A gap between words wider than this many font sizes is a column break, not a space (a
# space is about a third of the size; typists' column runs and tick columns are wider).
COLUMN_GAP = 0.55


def _body_lines(words: list[dict[str, Any]], left: float, spaces: list[dict[str, Any]]) -> list[_Item]:
    """Words grouped into lines by their top. Layout is kept as in a text file: a line's
    indentation and gaps wider than the font size become runs of spaces that put the next
    word at its display column (so columns of an unruled table line up, and normalisation
    turns the runs into tabs)."""
    lines = layout.group_lines(
        words, lambda w: (w["top"] + w["bottom"]) / 2, lambda w: w["bottom"] - w["top"], lambda w: w["x0"]
    )
    widths = [(w["x1"] - w["x0"]) / _columns(w["text"]) for w in words if _columns(w["text"]) >= 3]
    column = statistics.median(widths) if widths else 6.0
    rows: list[layout.PieceRow] = []
    first_words: list[dict[str, Any]] = []
    for line in lines:
        line.sort(key=lambda w: w["x0"])
        size = statistics.median(w["bottom"] - w["top"] for w in line)
        pieces: list[layout.Piece] = [(line[0]["x0"], line[0]["x1"], line[0]["text"])]
        spaced: set[int] = set()
        for previous, word in itertools.pairwise(line):
            if word["x0"] - previous["x1"] > COLUMN_GAP * size:
                if _space_after(previous, spaces, size):
                    spaced.add(len(pieces) - 1)
                pieces.append((word["x0"], word["x1"], word["text"]))
            else:
                x0, _, text = pieces[-1]
                pieces[-1] = (x0, word["x1"], f"{text} {word['text']}")
        if _space_after(line[-1], spaces, size):
            spaced.add(len(pieces) - 1)
        numbered = len(line) > 1 and ROW_NUMBER_WORD.fullmatch(line[0]["text"])
        rows.append(
            layout.PieceRow(
                pieces=pieces,
                top=line[0]["top"],
                bottom=max(w["bottom"] for w in line),
                size=size,
                number_end=line[1]["x0"] if numbered else None,
                spaced=frozenset(spaced),
            )
        )
        first_words.append(line[0])
    first = dict(zip((id(r) for r in rows), first_words, strict=True))
    joined = layout.join_wrapped_rows(sorted(rows, key=lambda r: r.top), _own_cell, _join_unspaced, surname_after=surname_after)
    # a joined wrapped cell pushes the ticks after it out of their columns: blanks made explicit
    size = statistics.median(row.size for row in rows) if rows else 0.0
    layout.fill_tick_columns(joined, lambda t: len(t) == 1 and t in TICK_MARKS, None, NO_TICK, 0.6 * size)
    return [
        _Item(
            top=row.top,
            x0=row.pieces[0][0],
            x1=row.pieces[-1][1],
            text=layout.line_of(cells),
            cells=cells,
            size=row.size,
            first_word=first[id(row)],
            gapped=len(row.pieces) > 1,
            space_after=len(row.pieces) - 1 in row.spaced,
        )
        for row, cells in ((row, layout.laid_out_cells(row.pieces, left, column)) for row in joined)
    ]


def _join_unspaced(head: str, tail: str) -> str:
    """Two pieces of a cell the producer wrapped where its text layer has no space (a space
    there is kept by ``join_continuation``): Thai letters run on (``นายบุญ`` / ``ถม``, a
    name broken between its syllables), whatever they look like."""
    if head and tail and _THAI_LETTER_OR_MARK.match(head[-1]) and _THAI_LETTER_OR_MARK.match(tail[0]):
        return head + tail
    return join_wrapped(head, tail)


_THAI_LETTER_OR_MARK = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")


def _space_after(word: dict[str, Any], spaces: list[dict[str, Any]], size: float) -> bool:
    """Whether the text layer has a space right after ``word`` (a line wrapped at a space)."""
    return any(abs(c["top"] - word["top"]) < 1 and -0.5 <= c["x0"] - word["x1"] <= size for c in spaces)


def _own_cell(text: str) -> bool:
    """A piece that is a value or a block of its own, never the wrapped rest of a cell."""
    return own_cell(text) or bool(_BLOCK_START.match(text))


def _cell_text(cell: str | None) -> str:
    """A table cell's lines joined (read with blank characters: a line wrapped at a space
    still ends with it). A cell of digits only is one number a narrow column broke
    (``๓๕,๐๐`` / ``๐``): its pieces join without spaces."""
    lines = [line.strip() for line in (cell or "").split("\n") if line.strip()]
    unit = regex.search(r"\s*บาท$", lines[-1]) if lines else None
    if unit:
        lines[-1] = lines[-1][: unit.start()]
    joined = "".join(lines)
    if len(lines) > 1 and all(regex.fullmatch(r"[\d๐-๙]+", line) for line in lines) and len(joined) <= 3:
        return joined  # a row number its narrow cell broke (``๑`` / ``๐``)
    if (
        len(lines) > 1
        and all(_NUMBER_PIECE.fullmatch(line) for line in lines)
        and _AMOUNT.fullmatch(joined)
        and not all(_AMOUNT.fullmatch(line) for line in lines)  # two amounts stacked stay two
    ):
        return joined + (" บาท" if unit else "")
    text = ""
    spaced = False
    for line in (cell or "").split("\n"):
        piece = " ".join(line.split())
        text = f"{text} {piece}" if spaced and text and piece else join_wrapped(text, piece)
        spaced = line[-1:].isspace()
    # a number a narrow cell spread out (LibreOffice justifies its digits): one number again
    return joined_number(text) or text


_AMOUNT = regex.compile(r"[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+(?:\.[\d๐-๙]{2})?")
_NUMBER_PIECE = regex.compile(r"[\d๐-๙][\d๐-๙,.]*|[,.][\d๐-๙]+")


def open_table_ends(page: Any) -> list[float]:
    """Where a table a producer broke across pages is cut: its column rulings run on below
    its last horizontal ruling (or start above its first), and the row there is closed by
    the page, not by a line. Those ends, as extra horizontal lines for the table finder."""
    edges = [*page.rects, *page.lines]
    vertical = [e for e in edges if e["bottom"] - e["top"] > 4 * max(1.0, e["x1"] - e["x0"])]
    horizontal = [e for e in edges if e["x1"] - e["x0"] > 4 * max(1.0, e["bottom"] - e["top"])]
    if len(vertical) < 2 or not horizontal:
        return []
    low = max(e["bottom"] for e in vertical)
    high = min(e["top"] for e in vertical)
    lines = [e["top"] for e in horizontal] + [e["bottom"] for e in horizontal]
    ends = []
    if low > max(lines) + 2:
        ends.append(low)
    if high < min(lines) - 2:
        ends.append(high)
    return ends


def _table_rows(page: Any) -> tuple[list[_Item], list[tuple[float, float, float, float]]]:
    items: list[_Item] = []
    boxes: list[tuple[float, float, float, float]] = []
    ends = open_table_ends(page)
    for table in page.find_tables({"explicit_horizontal_lines": ends} if ends else None):
        if len(table.columns) < 2:
            continue
        boxes.append(table.bbox)
        for row, cells in zip(table.rows, table.extract(keep_blank_chars=True), strict=False):
            texts = [_cell_text(cell) for cell in cells]
            if any(texts):
                x0, top, x1, _ = row.bbox
                items.append(_Item(top=top, x0=x0, x1=x1, text="\t".join(texts), size=0.0, table=True))
    return items, boxes


# Words that open a new block in these documents, never the rest of a wrapped sentence.
_BLOCK_START = regex.compile(
    r"^(?:มติ\s*(?:ที่\s*ประชุม)?|(?:ระเบียบ\s*)?วาระ\s*ที่|เรื่อง|เรียน|ที่\s|วันที่|ส่วนราชการ|สั่ง\s*ณ|"
    r"ผู้(?:มา|ไม่มา|เข้า|เข้าร่วม|ร่วม|ขาด|ลา)ประชุม|เริ่มประชุม|เปิดประชุม|เลิกประชุม|ปิดประชุม|ลงชื่อ|"
    r"ประเด็นที่|ลำดับที่|ความเห็น|(?:นาย|นาง|นางสาว|น\.ส\.|ว่าที่)\S*\s+\S+$|"
    # a project sheet's section label alone on its line (``หลักการและเหตุผล``), or with a colon
    # before its value (``กลุ่มเป้าหมาย : นักเรียน...``)
    r"(?:\d{1,2}\s*[.)]\s*)?(?:ชื่อ\s*โครงการ|หลักการ\s*(?:และ)?\s*เหตุผล|วัตถุประสงค์|(?:กลุ่ม\s*)?เป้าหมาย|"
    r"(?:วิธี|ขั้นตอน)\S*\s*ดำเนิน\s*(?:การ|งาน)|ระยะ\s*เวลา\S*|งบ\s*ประมาณ|(?:ผู้|หน่วยงาน)\s*(?:ที่\s*)?รับผิดชอบ\S*|"
    r"ผล\s*(?:ที่)?\s*คาด\s*ว่า\s*จะ\s*ได้\s*รับ|ตัวชี้วัด\S*|สถานที่\S*)\s*(?:[:：].*)?$)"
)
_FILL_END = regex.compile(r"(?:\.{3,}|…+|_{3,})$")


def _joins(line: _Item, following: _Item, left: float, right: float) -> bool:
    """Whether ``following`` continues a paragraph that wrapped after ``line``: its first
    word would not have fitted at the end of ``line``, it starts no list item, it is not
    indented further, and no form field (``....``) or table row is involved."""
    if line.table or following.table:
        return False
    head, tail = line.text.strip(), following.text.strip()
    if head.startswith("(") and head.endswith(")"):
        return False  # signers' names in brackets (one, or side by side) are a line of their own; positions follow
    if line.gapped or following.gapped:
        return _wrapped_columns(line, following, left, right)
    if _LIST_MARKER.match(tail) or _BLOCK_START.match(tail) or _FILL_END.search(head):
        return False
    if _FIELD_LABEL_VALUE.match(tail) and following.x0 > left + line.size:
        return False  # a measure's labelled field set in from the margin (a paragraph wraps to the margin)
    if right - line.x1 > following.first_unit + 0.5 * line.size:
        return False
    if following.top - line.top > 2.2 * max(line.size, following.size):
        return False
    if line.x0 - left > 0.25 * (right - left):
        # a signature block's line, set far in, wraps inside its block, never to the margin
        return abs(following.x0 - line.x0) <= 0.5 * line.size
    return following.x0 <= max(left, line.x0) + 0.5 * line.size


# A measure's field label before its value, their gap set as one space (``ผู้รับผิดชอบ กองคลัง``).
_FIELD_LABEL_VALUE = regex.compile(
    r"^(?:ผู้\s*รับผิดชอบ|หน่วย\s*งาน\s*(?:ที่\s*)?รับผิดชอบ|ระยะ\s*เวลา|การ\s*ติดตาม\s*(?:และ\s*)?(?:ประเมิน|รายงาน)?\s*ผล)\s+\S"
)


def _wrapped_columns(line: _Item, following: _Item, left: float, right: float) -> bool:
    """Whether ``following`` is the rest of a line of columns too long for the page, which
    the producer wrapped at its right edge (a browser wraps a preformatted line so): the line
    reaches the edge, the rest starts where the line started or at the margin, and it opens
    no list item or block."""
    tail = following.text.strip()
    if not line.gapped or _LIST_MARKER.match(tail) or _BLOCK_START.match(tail):
        return False
    return (
        (right - line.x1 <= 1.5 * line.size or line.space_after)  # (its trailing spaces reached the edge)
        and following.top - line.top <= 1.6 * max(line.size, following.size)
        and (abs(following.x0 - line.x0) <= 0.5 * line.size or following.x0 <= left + 0.5 * line.size)
    )


def seat_marks(chars: list[dict[str, Any]]) -> None:
    """Shaped Thai text (LibreOffice, Word, HarfBuzz) gives a mark a box at, a little left of,
    or at the end of its letter's, so reading by x puts it before the letter
    (``บันทึก้ขอความ``) or swaps two marks (``เร่ือง``). The content stream has them in order:
    each mark on its letter is moved, in place, just right of the letter's start, in stream order."""
    base: dict[str, Any] | None = None
    before: dict[str, Any] | None = None  # the letter before ``base``
    seated = 0
    for char in chars:
        if not _THAI_MARK.fullmatch(char["text"]):
            before, base, seated = base, char, 0
            continue
        if (
            base is not None
            and before is not None
            and base["text"] == "\u0e32"
            and char["x1"] <= base["x0"] + 0.25 * (base["x1"] - base["x0"])
        ):
            # SARA AM drawn as SARA AA, then NIKHAHIT and the tone over the letter before it
            # (``นา้ํ``): those marks sit on that letter, and recompose makes them ``น้ำ``.
            base, before = before, None
            seated = 10
        if base is None or abs(char["top"] - base["top"]) > 0.5 * (base["bottom"] - base["top"]):
            continue
        if char["x0"] > base["x1"] + 0.25 * (base["x1"] - base["x0"]):
            continue  # a mark drawn further right belongs to a letter the text layer left out
        seated += 1
        char["x0"] = base["x0"] + 0.01 * seated
        # The mark spans its letter: a shifted-left mark (over a tall consonant) must not open
        # a gap before the next letter that word grouping reads as a space (``เป็ น``).
        char["x1"] = max(base["x1"], char["x0"])


def unshift_legacy_marks(chars: list[dict[str, Any]]) -> None:
    """A legacy Thai font's shifted and lowered marks (and ญ ฐ without their descender) are
    private-use code points in the text layer (U+F700-U+F71A, Word's and Windows' "Thai
    PUA"): each becomes its Thai character in place, so the marks are seated and read as
    any other's."""
    for char in chars:
        if _PUA.search(char["text"]):
            char["text"] = char["text"].translate(PUA_MAP)


# What a line of text is never made of alone: marks, and vowels written before a letter.
_NO_BASE = regex.compile(r"[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e40-\u0e44]+")


def drop_overflow_ink(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chromium paints the ink of the next page's first line that rises above its line box
    (tone marks over vowels, the tall heads of ใ ไ โ) at the foot of the page before, below
    the page's last line: marks without letters (``่่้่``). Those below every letter of the
    page go."""
    bases = [c["bottom"] for c in chars if not _NO_BASE.fullmatch(c["text"])]
    if not bases:
        return chars
    foot = max(bases)
    return [c for c in chars if c["top"] < foot or not _NO_BASE.fullmatch(c["text"])]


def finish_layer(text: str) -> str:
    """A text layer's shaped order put back (SARA AM in two pieces), NFC, and the Thai damage
    typical of text layers repaired: the last step of every text-layer reading."""
    return repair_pdf_thai(unicodedata.normalize("NFC", recompose_sara_am(text.translate(PUA_MAP))))


def page_text(page: Any) -> str:
    """A page's text layer: lines in reading order, table rows as tab-separated cells."""
    return page_layer(page)[0]


def page_layer(page: Any) -> tuple[str, tuple[tuple[layout.Cell, ...] | None, ...]]:
    """A page's text layer (``page_text``) and where the cells of each of its lines stand, as
    its words' geometry placed them (``None``: a ruled row, a paragraph's lines joined, a line
    the layer's repair changed)."""
    unshift_legacy_marks(page.chars)
    kept = drop_overflow_ink(page.chars)
    if len(kept) < len(page.chars):
        ids = {id(c) for c in kept}
        page = page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in ids)
    seat_marks(page.chars)
    rows, boxes = _table_rows(page)
    body = (
        page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
        if boxes
        else page
    )
    words = body.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False)
    if not words and not rows:
        return "", ()
    left = min([w["x0"] for w in words] + [item.x0 for item in rows])
    spaces = [c for c in body.chars if c["text"].isspace()]
    lines = _body_lines(words, left, spaces)
    items = sorted([*(item for item in lines if item.text.strip()), *rows], key=lambda item: item.top)
    # The text's right edge; with a few short lines only, assume margins like the left one.
    right = max(max(item.x1 for item in items), float(page.width) - left)
    out: list[str] = []
    placed: list[tuple[layout.Cell, ...] | None] = []
    for i, item in enumerate(items):
        if out and i > 0 and _joins(items[i - 1], item, left, right):
            head, tail = out[-1].rstrip(), item.text.strip()
            # a line of columns wrapped at a space wrapped at a column gap
            gap = "   " if items[i - 1].gapped else " "
            out[-1] = f"{head}{gap}{tail}" if items[i - 1].space_after else join_wrapped(head, tail)
            placed[-1] = None
        else:
            out.append(item.text)
            placed.append(item.cells)
    text = finish_layer("\n".join(out))
    finished = text.split("\n")
    if len(finished) != len(out):
        return text, ()
    return text, tuple(cells if line == before else None for cells, line, before in zip(placed, finished, out, strict=True))


def image_cover(page: Any) -> float:
    """Share of the page's area under images (a scan is one image over the whole page); a
    page of vector drawing without text (text drawn as outlines) counts as a picture."""
    if not page.chars and not page.images and page.curves:
        return 1.0
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for image in page.images:
        width = max(0.0, min(image["x1"], page.width) - max(image["x0"], 0))
        height = max(0.0, min(image["bottom"], page.height) - max(image["top"], 0))
        covered += width * height
    return min(1.0, covered / area)


Layer = tuple[str, float, tuple[tuple[layout.Cell, ...] | None, ...]]  # text, image cover, its lines' cells


def text_layers(data: bytes, pages: int) -> list[Layer | None]:
    """Each page's text layer, its image cover and where its lines' cells stand
    (``page_layer``); ``None`` for a page (or a file) pdfplumber cannot read."""
    texts: list[Layer | None] = [None] * pages
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            fonts.install(pdf)
            for i, page in enumerate(pdf.pages[:pages]):
                try:
                    text, cells = page_layer(page)
                    texts[i] = (text, image_cover(page), cells)
                except Exception:  # a damaged page: OCR gets its chance
                    texts[i] = None
                finally:
                    page.close()
    except Exception:  # pdfminer cannot parse what PDFium could: OCR every page
        pass
    return texts


def pdfium_layer(document: Any, index: int) -> str:
    """PDFium's text of a page, repaired as the pdfminer layer is (no table geometry)."""
    text = pdfium_page_text(document, index).replace("\r\n", "\n").replace("\r", "\n")
    return finish_layer(text) if text.strip() else ""


def on_disk(source: Source) -> bool:
    """Whether ``source`` is the file at its path as it is now (same size), for another
    process to read it again."""
    try:
        return os.path.getsize(source.path) == len(source.data)
    except (OSError, ValueError):
        return False


def extract_pdf(source: Source, settings: Settings, executor: Executor | None = None) -> list[Page]:
    """Pages of a PDF, each from its text layer or from OCR. Raises ``SarabanError``."""
    with open_pdf(source.data) as document:
        count = page_count(document)
        if count == 0:
            raise CorruptFileError("PDF has no pages")
        texts = text_layers(source.data, count)
        pages: dict[int, Page] = {}
        reasons: dict[int, str] = {}
        # Pages go to other processes: they render them there from the file on disk.
        renders_there = executor is not None and executor.workers > 1 and on_disk(source)

        def jobs() -> Iterator[OcrJob]:
            for index, layer in enumerate(texts):
                page_no = index + 1
                reason = "pdfminer cannot read the page" if layer is None else ocr_reason(layer[0], settings, layer[1])
                if reason is None and layer is not None:
                    pages[page_no] = Page(page_no=page_no, text=layer[0], method="pdf_text", cells=layer[2])
                    continue
                # PDFium has no font-program decoding nor table cells: only for pages pdfminer
                # could not read or could not map to Unicode at all.
                fallback = pdfium_layer(document, index) if layer is None or "Unicode" in (reason or "") else ""
                if fallback and ocr_reason(fallback, settings, layer[1] if layer else 1.0) is None:
                    pages[page_no] = Page(
                        page_no=page_no, text=fallback, method="pdf_text", reason=f"read by PDFium ({reason})"
                    )
                    continue
                reasons[page_no] = reason or "unreadable"
                if renders_there:
                    yield deferred_job(page_no, os.path.abspath(source.path), index, settings)
                    continue
                try:
                    image = render_page_rgb(document, index, settings.ocr_dpi)
                except SarabanError:
                    pages[page_no] = Page(page_no=page_no, text="", method="ocr")  # unreadable: skipped
                    continue
                yield make_job(page_no, image, settings)

        for page_no, (text, confidence) in read_pages(jobs(), executor).items():
            pages[page_no] = Page(
                page_no=page_no, text=text, method="ocr", reason=reasons.get(page_no), confidence=confidence
            )
    return join_rows_across_pages([pages[n] for n in sorted(pages)])


_VALUE = regex.compile(rf"[\d๐-๙][\d๐-๙,.]*(?:\s*บาท)?|[{TICK_MARKS}{regex.escape(CELL_TICKS)}]")
_TOTAL_ROW = regex.compile(r"^(?:รวม|ยอดรวม|สรุป)")


def join_rows_across_pages(pages: list[Page]) -> list[Page]:
    """A table row a word processor broke across a page: the next page's first row has no
    row number (its first cell is empty) and as many cells as the last row before the break.
    Its cells' text joins the row it continues (``...คุณธรรมจริยธ`` + ``รรมแก่ผู้บริหาร...``);
    short furniture above it (a page number) stays where it is."""
    out = list(pages)
    settled: list[set[str]] = []  # the table rows' cells of the pages before the one before
    for i in range(1, len(out)):
        if i >= 2:
            settled += _tab_rows(out[i - 2].text.split("\n"))  # (final: no later page changes it)
        before = out[i - 1].text.rstrip("\n").split("\n")
        after = out[i].text.split("\n")
        earlier: list[set[str]] | None = None
        if not before or "\t" not in before[-1]:
            continue
        head = before[-1].split("\t")
        for j, line in enumerate(after[:3]):
            if "\t" not in line:
                if len(line.strip()) > 30:
                    break
                continue
            tail = line.split("\t")
            opening = next((cell.strip() for cell in tail if cell.strip()), "")
            earlier = earlier if earlier is not None else settled + _tab_rows(before)
            if _repeats_header(earlier, tail):
                break  # the table's header printed again on the new page (its ที่ read as nothing)
            if len(tail) <= len(head) and _broken_number(before[:-1], head, tail):
                tail = tail + [""] * (len(head) - len(tail))  # OCR drops a row's empty last cells
                # the row's number or a total's ``รวมมิติที่ | ๓`` broke with the row: digits join
                merged = [
                    (a.strip() + b.strip() if _DIGITS.fullmatch(a.strip()) else f"{a.strip()} {b.strip()}")
                    if _DIGITS.fullmatch(b.strip())
                    else join_wrapped(a.strip(), b.strip())
                    for a, b in zip(head, tail, strict=True)
                ]
                before[-1] = "\t".join(merged)
                out[i - 1] = replace(out[i - 1], text="\n".join(before), cells=())  # (its lines moved: read from the text)
                out[i] = replace(out[i], text="\n".join(after[:j] + after[j + 1 :]), cells=())
                break
            if (
                len(tail) == len(head)
                and head[0].strip()  # the row before the break has its row number...
                and (not tail[0].strip() or _first_cell_goes_on(out[i - 1], out[i], head, tail))  # ...the rest none
                and opening
                and not _LIST_MARKER.match(opening)  # nor does it open a numbered item
                and not _TOTAL_ROW.match(opening)  # a total row under the last row is its own
                and not any(  # an unnumbered sub-row has values of its own where the row has them
                    _VALUE.fullmatch(a.strip()) and _VALUE.fullmatch(b.strip())
                    for a, b in zip(head, tail, strict=True)
                )
            ):
                merged = [join_wrapped(a.strip(), b.strip()) for a, b in zip(head, tail, strict=True)]
                before[-1] = "\t".join(merged)
                out[i - 1] = replace(out[i - 1], text="\n".join(before), cells=())  # (its lines moved: read from the text)
                out[i] = replace(out[i], text="\n".join(after[:j] + after[j + 1 :]), cells=())
            break
    return out


_DIGITS = regex.compile(r"[\d๐-๙]{1,3}")


def _tab_rows(lines: list[str]) -> list[set[str]]:
    """The filled cells of each table row (a line with tabs) among ``lines``."""
    return [{cell.strip() for cell in line.split("\t") if cell.strip()} for line in lines if "\t" in line]


def _repeats_header(earlier: list[set[str]], row: list[str]) -> bool:
    """Whether ``row`` repeats a row of the pages before (their table rows' cells,
    ``_tab_rows``; a table's header printed again on a new page): at least two of its filled
    cells, and most of them, stand the same there."""
    filled = [cell.strip() for cell in row if cell.strip()]
    for cells in earlier:
        same = sum(1 for cell in filled if cell in cells)
        if same >= 2 and 2 * same > len(filled):
            return True
    return False


def _first_cell_goes_on(page: Page, following: Page, head: list[str], tail: list[str]) -> bool:
    """Whether a text-layer row broken over the page end broke in its first cell too
    (LibreOffice: ``๑. เพิ่มช่องทางรับฟัง`` | ``ความคิดเห็นของผู้รับบริการ``): that cell
    holds a numbered item's text before the break and goes on without a number after it,
    and a cell the row filled before the break is empty after it (it fitted there; a new
    row fills its cells). OCR'd pages are left alone: OCR drops row numbers."""
    if page.method != "pdf_text" or following.method != "pdf_text":
        return False
    first, rest = head[0].strip(), tail[0].strip()
    number = _LIST_MARKER.match(first)
    return bool(
        number
        and first[number.end() :].strip()
        and not _LIST_MARKER.match(rest)
        and not _DIGITS.match(rest)
        and any(a.strip() and not b.strip() for a, b in zip(head, tail, strict=True))
    )


def _broken_number(earlier: list[str], head: list[str], tail: list[str]) -> bool:
    """Whether the first row of a page is the rest of the last row before the break whose
    number broke with it: the row number's digits go on (``๑`` | ``๒`` after row ๑๑), or a
    label waiting for its number (``รวมมิติที่`` | ``๓``) gets it, and nothing else differs."""
    filled = [(k, b.strip()) for k, b in enumerate(tail) if b.strip()]
    if not filled or not _DIGITS.fullmatch(filled[0][1]):
        return False
    k, digits = filled[0]
    if len(filled) == 1 and k > 0 and regex.search(r"ที่$", head[k].strip()):
        return True
    if k != 0 or not _DIGITS.fullmatch(head[0].strip()):
        return False
    firsts = [line.split("\t")[0].strip() for line in earlier if "\t" in line]
    numbers = [int(to_arabic_digits(cell)) for cell in firsts if _DIGITS.fullmatch(cell)]
    return bool(numbers) and int(to_arabic_digits(head[0].strip() + digits)) == numbers[-1] + 1


def image_frames(source: Source) -> Iterator[tuple[int, Image.Image]]:
    """(page number, frame) of an image file; multi-page TIFFs give one page per frame."""
    try:
        image = Image.open(io.BytesIO(source.data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as err:
        raise CorruptFileError(f"image cannot be opened: {err}".splitlines()[0]) from None
    for index, frame in enumerate(ImageSequence.Iterator(image), start=1):
        yield index, page_pixels(frame.copy())


def extract_image(source: Source, settings: Settings, executor: Executor | None = None) -> list[Page]:
    """OCR'd pages of an image file."""
    jobs = (make_job(page_no, frame, settings) for page_no, frame in image_frames(source))
    read = read_pages(jobs, executor)
    return [Page(page_no=n, text=read[n][0], method="ocr", confidence=read[n][1]) for n in sorted(read)]
