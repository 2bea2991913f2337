"""Extractor of ita_scores rows from any document (being written)."""

from __future__ import annotations

from pipeline.model import Segment
from schemas import Row


def extract(segment: Segment) -> list[Row]:
    return []
