"""Parser for order documents (being written)."""

from __future__ import annotations

from parsers.common import generic_document
from pipeline.model import Parsed, Segment


def parse(segment: Segment) -> Parsed:
    return Parsed(document=generic_document(segment))
