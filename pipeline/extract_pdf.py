"""PDF and image extraction (text layer, tables, OCR). Filled in by issue #6."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.errors import UnsupportedFormatError
from pipeline.model import Page, Source


def extract_pdf(source: Source, settings: Settings) -> list[Page]:
    raise UnsupportedFormatError("PDF input is not supported yet")


def extract_image(source: Source, settings: Settings) -> list[Page]:
    raise UnsupportedFormatError("image input is not supported yet")
