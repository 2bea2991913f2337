"""The cells of an untouched line, where each stands (``layout.cells_at``), and the one
display-column measure every extractor and parser uses (``layout.display_columns``)."""

from __future__ import annotations

import random
from pathlib import Path

import regex

from parsers.common import cells
from pipeline.layout import Cell, cells_at, display_columns, expand_tabs, indent, line_of, reach
from pipeline.model import Line, Page
from pipeline.normalize import normalize_pages


def test_display_columns_marks_and_format_characters_take_none_a_tab_two() -> None:
    assert display_columns("ที่") == 1  # (SARA II and MAI EK sit on THO THAHAN)
    assert display_columns("น้ำ") == 2  # (SARA AM takes a column of its own)
    assert display_columns("a\u200bb\u00ad") == 2  # zero-width space, soft hyphen
    assert display_columns("a\tb") == 4
    assert display_columns("") == 0


def test_cells_at_cuts_at_tabs_and_runs_of_two_spaces_and_says_where_each_stands() -> None:
    assert cells_at("    ๑.  นายสมศักดิ์ ใจดี   ประธาน ") == (
        Cell(x0=0, x1=0, text="", char0=0),  # the indent's empty first cell
        Cell(x0=4, x1=6, text="๑.", char0=4),
        Cell(x0=8, x1=20, text="นายสมศักดิ์ ใจดี", char0=8),  # (marks take no column)
        Cell(x0=23, x1=30, text="ประธาน ", char0=27),  # (one trailing space stays the cell's)
    )


def test_cells_at_tabs_count_two_columns_and_breaks_side_by_side_leave_an_empty_cell() -> None:
    assert cells_at("ที่\tชื่อ  \tตำแหน่ง") == (
        Cell(x0=0, x1=1, text="ที่", char0=0),
        Cell(x0=3, x1=5, text="ชื่อ", char0=4),
        Cell(x0=7, x1=7, text="", char0=10),
        Cell(x0=9, x1=15, text="ตำแหน่ง", char0=11),
    )
    assert cells_at("") == (Cell(x0=0, x1=0, text="", char0=0),)
    assert [c.text for c in cells_at("a  ")] == ["a", ""]


def _splits(raw: str) -> list[tuple[int, int, str]]:
    """(display column, character, piece) of every piece as a split at tabs and runs of spaces gives them."""
    out, start = [], 0
    for match in regex.finditer(r" {2,}|\t", raw):
        out.append((display_columns(raw[:start]), start, raw[start : match.start()]))
        start = match.end()
    out.append((display_columns(raw[:start]), start, raw[start:]))
    return out


def test_cells_at_agrees_with_splitting_the_line_and_measuring_each_prefix() -> None:
    alphabet = ["ก", "ี", "่", "ำ", "a", "1", " ", " ", " ", "\t", "\u200b", "✓"]
    rng = random.Random(12)
    for _ in range(500):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        cells = cells_at(raw)
        assert [(c.x0, c.char0, c.text) for c in cells] == _splits(raw), raw
        assert all(c.x1 == c.x0 + display_columns(c.text) for c in cells)
        assert line_of(cells) == raw  # (the cells say all the line says)
        expanded = raw.expandtabs(8)
        assert line_of(expand_tabs(cells)) == expanded
        assert indent(expand_tabs(cells)) == len(expanded) - len(expanded.lstrip())
        assert reach(expand_tabs(cells)) == display_columns(expanded.rstrip())


def test_expand_tabs_puts_cells_at_tab_stops_and_joins_what_a_one_space_stop_no_longer_parts() -> None:
    assert [(c.char0, c.text) for c in expand_tabs(cells_at("\tนาย ก\tข"))] == [(0, ""), (8, "นาย ก"), (16, "ข")]
    assert [c.text for c in expand_tabs(cells_at("abcdefg\tx"))] == ["abcdefg x"]


# --- Line.cells: filled once, by normalisation, from the untouched line --------------------------


def _lines(text: str) -> list[Line]:
    return normalize_pages([Page(page_no=1, text=text, method="text")])


def test_normalised_lines_carry_the_cells_of_their_untouched_line() -> None:
    raw = [
        "รายงานการประชุม",
        "    ๑.  นายสมศักดิ์ ใจดี      ประธานสภา",
        "ที่\tชื่อ - สกุล\tตำแหน่ง",
    ]
    lines = _lines("\n".join(raw))
    assert [line.index for line in lines] == [0, 1, 2]
    assert [line.cells for line in lines] == [cells_at(r) for r in raw]
    assert [line.ruled for line in lines] == [False, False, True]
    # (as many cells as the normalised text has, the indent an empty first one)
    assert [len(line.cells) for line in lines] == [len(cells(line.text)) for line in lines]
    assert [c.x0 for c in lines[1].cells] == [0, 4, 8, 26]


def test_a_line_that_is_not_its_untouched_line_normalised_has_no_cells() -> None:
    lines = _lines(
        "\n".join(
            [
                "ที่\tชื่อ\tตำแหน่ง",
                "1\tนายเอก ใจดี\tกรรมการ",
                "2\tนายบี ใจดี\t”",  # (a ditto: the line says กรรมการ, its untouched line does not)
                "(ลงชื่อ) นายซี ใจดี ผู้จด",
                "รายงานการประชุม",  # (a signer's role wrapped: joined to the line above)
            ]
        )
    )
    assert lines[2].text == "2\tนายบี ใจดี\tกรรมการ" and lines[2].cells == () and not lines[2].ruled
    assert lines[1].cells == cells_at("1\tนายเอก ใจดี\tกรรมการ") and lines[1].ruled
    assert lines[3].text.endswith("ผู้จดรายงานการประชุม") and lines[3].cells == ()


def test_lines_are_equal_whatever_is_known_of_their_positions() -> None:
    line = _lines("ก  ข")[0]
    assert line.cells and line == Line(text=line.text, page_no=1, index=0)


def test_tick_and_token_columns_read_from_the_cells_stand_where_the_untouched_line_puts_them() -> None:
    from parsers.action_plan import tick_columns, token_columns

    raw = "  ๑  โครงการ ก       ✓    ✓"
    assert tick_columns(cells_at(raw)) == [(21, True), (26, True)]
    assert [(start, token) for start, _, token in token_columns(cells_at(raw))] == [(2, "1"), (5, "โครงการ"), (13, "ก"), (21, "✓"), (26, "✓")]


# --- the PDF text layer hands its lines' cells over from their geometry ------------------------


def test_a_chromium_text_layer_hands_over_the_cells_its_laid_out_lines_have() -> None:
    """samples/producers/chromium-sarabun: every body line the text layer placed from its words'
    geometry has the cells ``cells_at`` reads in the line it wrote (so normalisation need not
    read them back from the spaces), and those reach ``Line.cells``."""
    import pdfplumber

    from pipeline.extract_pdf import text_layers
    from pipeline.normalize import raw_lines

    pdfs = sorted((Path(__file__).parent.parent / "samples" / "producers" / "chromium-sarabun").glob("*.pdf"))
    assert pdfs
    handed = spaced = 0
    for pdf in pdfs:
        data = pdf.read_bytes()
        with pdfplumber.open(pdf) as document:
            count = len(document.pages)
        for layer in text_layers(data, count):
            assert layer is not None
            text, _, placed = layer
            lines = raw_lines(text)
            assert len(placed) == len(lines)
            for line, geometric in zip(lines, placed, strict=True):
                if geometric is None:
                    continue
                handed += 1
                spaced += len(geometric) > 1
                assert geometric == cells_at(line), (pdf.name, line)
    assert handed > 100 and spaced > 20  # (most lines, many of them with columns)


def test_normalisation_takes_the_cells_the_extractor_hands_over() -> None:
    handed = (Cell(x0=0, x1=1, text="ก", char0=0), Cell(x0=3, x1=4, text="ข", char0=3))
    page = Page(page_no=1, text="ก  ข\nค  ง", method="pdf_text", cells=(handed, None))
    lines = normalize_pages([page])
    assert lines[0].cells is handed  # (not read again from the text)
    assert lines[1].cells == cells_at("ค  ง")
