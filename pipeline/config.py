"""Settings passed into the stages. No stage reads globals or the environment itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can tune. Built once by the CLI (or a test) and passed down."""

    workers: int = 1
    # Where sources run (README "On a cluster"): "local" (this machine: in process for one
    # worker, else a pool) or "dask" (the Dask scheduler at ``scheduler``, e.g.
    # tcp://host:8786, or a local Dask cluster of ``workers`` processes when it is None).
    executor: str = "local"
    scheduler: str | None = None
    task_retries: int = 2  # Dask: times a task that raised is tried again
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
    # Limits (README "Bad input"). Workers run under an address-space limit and a wall-clock
    # limit per source (or per page, when a single big file's pages are spread over them).
    memory_limit_mb: int = 2048  # --memory-limit; 0: none
    timeout_s: float = 600.0  # --timeout; 0: none
    max_file_mb: int = 512  # --max-file-mb: any input file
    max_text_mb: int = 16  # --max-text-mb: a text file
    max_pages: int = 500  # --max-pages: pages of a PDF (distinct page objects), frames of an image
    max_page_megapixels: int = 50  # --max-page-megapixels: a rendered page or an image frame
    min_dpi: int = 100  # a huge page is rendered at a lower dpi, down to this, before it is refused
    # Loading (README "Using it"): DuckDB's memory in the saraban process, in MB (0: DuckDB's
    # default, most of the RAM; beyond the cap it spills to disk), and how many sources, rows
    # or seconds of results one load transaction takes at most.
    db_memory_mb: int = 64
    load_batch_sources: int = 256
    load_batch_rows: int = 20_000
    load_batch_seconds: float = 2.0
