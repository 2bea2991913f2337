"""The one module that calls pypdfium2: open a PDF (telling encrypted from corrupt), count
its pages and render a page to a greyscale image for OCR."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import regex
from PIL import Image

from pipeline.errors import CorruptFileError, EncryptedFileError

POINTS_PER_INCH = 72


def _reason(err: Exception) -> str:
    """PDFium's words without its wrapper: 'Failed to load document (PDFium: X error).'"""
    text = str(err)
    if "(PDFium:" in text:
        text = text.split("(PDFium:", 1)[1].rstrip(").").strip()
    return text or type(err).__name__


@contextmanager
def open_pdf(data: bytes, password: str | None = None) -> Iterator[pdfium.PdfDocument]:
    """The document; ``EncryptedFileError`` or ``CorruptFileError`` when PDFium refuses it."""
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as err:
        reason = _reason(err)
        if "password" in reason.lower():
            raise EncryptedFileError(
                "PDF is encrypted (password-protected); remove the password first"
            ) from None
        # PDFium refuses an empty page tree (and may report a stale error code for it).
        if not regex.search(rb"/Type\s*/Page(?![a-zA-Z])", data) and b"/ObjStm" not in data:
            raise CorruptFileError("PDF has no pages") from None
        if b"%%EOF" not in data[-2048:]:
            raise CorruptFileError(f"PDF is truncated (no end-of-file marker; PDFium: {reason})") from None
        raise CorruptFileError(f"PDF is damaged and cannot be opened (PDFium: {reason})") from None
    try:
        yield document
    finally:
        document.close()


def page_count(document: pdfium.PdfDocument) -> int:
    return len(document)


def render_page(document: pdfium.PdfDocument, index: int, dpi: int) -> Image.Image:
    """Page ``index`` (0-based) as a greyscale image at ``dpi``. Raises ``CorruptFileError``."""
    try:
        page = document[index]
        try:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
            image = bitmap.to_pil().convert("L")
        finally:
            page.close()
    except pdfium.PdfiumError as err:
        raise CorruptFileError(f"page {index + 1} cannot be rendered: {_reason(err)}") from None
    return image


def render_page_rgb(document: pdfium.PdfDocument, index: int, dpi: int) -> Image.Image:
    """Page ``index`` (0-based) in colour at ``dpi`` (stamps and signatures keep their ink's
    colour, so image preparation can tell them from toner). Raises ``CorruptFileError``."""
    try:
        page = document[index]
        try:
            image = page.render(scale=dpi / POINTS_PER_INCH).to_pil().convert("RGB")
        finally:
            page.close()
    except pdfium.PdfiumError as err:
        raise CorruptFileError(f"page {index + 1} cannot be rendered: {_reason(err)}") from None
    return image


def page_text(document: pdfium.PdfDocument, index: int) -> str:
    """PDFium's reading of page ``index``'s text layer ('' when it has none or fails): it
    decodes some fonts pdfminer cannot (custom encodings), so it is asked before OCR."""
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                return str(textpage.get_text_range())
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError:
        return ""


def page_sizes(document: pdfium.PdfDocument) -> list[tuple[float, float]]:
    """(width, height) in points of every page; (0, 0) for a page PDFium cannot size."""
    sizes: list[tuple[float, float]] = []
    for index in range(len(document)):
        try:
            width, height = document.get_page_size(index)
        except pdfium.PdfiumError:
            width, height = 0.0, 0.0
        sizes.append((float(width), float(height)))
    return sizes
