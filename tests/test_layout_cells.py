"""The cells of an untouched line, where each stands (``layout.cells_at``), and the one
display-column measure every extractor and parser uses (``layout.display_columns``)."""

from __future__ import annotations

import random

import regex

from pipeline.layout import Cell, cells_at, display_columns, expand_tabs, indent, line_of, reach


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
