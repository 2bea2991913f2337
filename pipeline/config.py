"""Settings passed into the stages. No stage reads globals or the environment itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can tune. Built once by the CLI (or a test) and passed down."""

    workers: int = 1
    ocr_languages: str = "tha+eng"
    ocr_dpi: int = 300
    # Where OCR results are cached by page-image hash; None turns the cache off.
    ocr_cache_dir: Path | None = None
    # A PDF page whose text layer has fewer usable Thai characters than this is OCR'd.
    min_text_chars: int = 40
    tesseract_cmd: str = "tesseract"
    text_extensions: tuple[str, ...] = (".txt", ".md", ".text")
    pdf_extensions: tuple[str, ...] = (".pdf",)
    image_extensions: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
