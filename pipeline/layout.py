"""The layout model every extractor fills: words with boxes and confidences, grouped into
lines; one line-grouping and one column-clustering implementation for the PDF text layer
and OCR alike (pdfplumber's ``utils.cluster_objects`` is the model).

Coordinates are page units of the extractor (PDF points, image pixels), ``top`` growing
downwards. ``conf`` is the recogniser's confidence (0-100; a text layer is 100).
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    conf: float = 100.0

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Line:
    words: tuple[Word, ...]
    page_no: int = 1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Cell:
    x0: float
    x1: float
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    ruled: bool


def display_columns(text: str) -> int:
    """Display columns of a text: Thai marks (combining) sit on their consonant."""
    return sum(0 if unicodedata.category(ch).startswith("M") else 1 for ch in text)


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
