"""Input limits checked before any work: pages of a PDF, frames of an image, pixels of a page.

A source over a limit is refused with one line naming the limit and the option that raises
it. A PDF page too big to render at the OCR dpi is rendered at a lower dpi (down to
``Settings.min_dpi``) and the source gets a warning; only a page too big even then is refused.
"""

from __future__ import annotations

import dataclasses
import io
import math

import regex

from pipeline.config import Settings
from pipeline.errors import CorruptFileError, LimitError
from pipeline.model import Source

POINTS_PER_INCH = 72
_PAGE_OBJECT = regex.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _pages_refused(count: int, distinct: int | None, settings: Settings) -> LimitError:
    repeated = f" ({distinct} distinct)" if distinct is not None and distinct < count else ""
    return LimitError(
        f"PDF page tree lists {count} pages{repeated}, over the limit of {settings.max_pages} pages "
        "(raise it with --max-pages)"
    )


def distinct_page_objects(data: bytes) -> int | None:
    """Page objects in the file's bytes (a page tree may list one page many times); ``None``
    when pages may hide in compressed object streams."""
    if b"/ObjStm" in data:
        return None
    return len(_PAGE_OBJECT.findall(data))


def check_pdf(source: Source, settings: Settings) -> tuple[Settings, list[str]]:
    from pipeline.engines.pdfium import open_pdf, page_sizes

    with open_pdf(source.data) as document:
        count = len(document)
        if settings.max_pages and count > settings.max_pages:
            raise _pages_refused(count, distinct_page_objects(source.data), settings)
        distinct = distinct_page_objects(source.data) if count > 1 else None
        if distinct is not None and distinct < count:
            # pdfminer reads each page object once: every repeat would be OCR'd as unreadable
            raise CorruptFileError(
                f"PDF page tree lists {count} pages but the file holds {distinct} page "
                f"object{'s' if distinct != 1 else ''}: pages listed more than once (a damaged page tree)"
            )
        sizes = page_sizes(document)
    return _dpi_for(sizes, settings)


def _dpi_for(sizes: list[tuple[float, float]], settings: Settings) -> tuple[Settings, list[str]]:
    """The settings to render with: the OCR dpi lowered for a page too big at it."""
    limit = settings.max_page_megapixels * 1_000_000
    if not limit or not sizes:
        return settings, []
    index, (width, height) = max(enumerate(sizes), key=lambda item: item[1][0] * item[1][1])
    inches = (width / POINTS_PER_INCH) * (height / POINTS_PER_INCH)
    if inches <= 0 or inches * settings.ocr_dpi**2 <= limit:
        return settings, []
    dpi = int(math.sqrt(limit / inches))
    size = f"{width / POINTS_PER_INCH:.0f}×{height / POINTS_PER_INCH:.0f} inches"
    if dpi < settings.min_dpi:
        raise LimitError(
            f"page {index + 1} is {size}: {inches * settings.min_dpi**2 / 1e6:.0f} megapixels even at "
            f"{settings.min_dpi} dpi, over the limit of {settings.max_page_megapixels} "
            "(raise it with --max-page-megapixels)"
        )
    warning = f"page {index + 1} is {size}: pages rendered at {dpi} dpi instead of {settings.ocr_dpi}"
    return dataclasses.replace(settings, ocr_dpi=dpi), [warning]


def check_image(source: Source, settings: Settings) -> None:
    from PIL import Image, UnidentifiedImageError

    guard = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = None  # only the header is read here: our limit says why
        with Image.open(io.BytesIO(source.data)) as image:
            frames = getattr(image, "n_frames", 1)
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as err:
        raise CorruptFileError(f"image cannot be opened: {err}") from None
    finally:
        Image.MAX_IMAGE_PIXELS = guard
    if settings.max_pages and frames > settings.max_pages:
        raise LimitError(
            f"image has {frames} frames, over the limit of {settings.max_pages} pages (raise it with --max-pages)"
        )
    pixels = f"image is {width}×{height} pixels ({width * height / 1e6:.0f} megapixels)"
    if settings.max_page_megapixels and width * height > settings.max_page_megapixels * 1_000_000:
        raise LimitError(
            f"{pixels}, over the limit of {settings.max_page_megapixels} (raise it with --max-page-megapixels)"
        )
    if guard and width * height > 2 * guard:  # Pillow would refuse it as a decompression bomb
        raise LimitError(f"{pixels}, over the {2 * guard / 1e6:.0f} megapixels Pillow opens safely")


def check_source(source: Source, settings: Settings) -> tuple[Settings, list[str]]:
    """The settings to extract ``source`` with and warnings; raises ``LimitError`` when the
    source is over a limit."""
    if source.media_type == "application/pdf":
        return check_pdf(source, settings)
    if source.media_type.startswith("image/"):
        check_image(source, settings)
    return settings, []
