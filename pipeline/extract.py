"""Stage 2, extract: a ``Source`` becomes pages of untouched text.

Text files are decoded (UTF-8, UTF-16 with BOM, TIS-620/cp874) and split on form feeds.
PDFs and images go to ``pipeline.extract_pdf`` (text layer, tables, OCR per page).
"""

from __future__ import annotations

import regex

from pipeline.config import Settings
from pipeline.errors import DecodeError, NoThaiTextError, UnsupportedFormatError
from pipeline.executor import Executor
from pipeline.model import Page, Source

_THAI = regex.compile(r"[\u0e00-\u0e7f]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """Text from bytes in the encodings Thai offices use. Raises ``DecodeError`` for binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError("UTF-16 byte-order mark but the text does not decode") from None
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp874")  # a superset of TIS-620
        except UnicodeDecodeError:
            raise DecodeError("not text in UTF-8, UTF-16 or TIS-620/cp874") from None
    controls = len(_CONTROL.findall(text[:20000]))
    if controls > max(3, len(text[:20000]) // 100):
        raise DecodeError("binary data, not text (control characters)")
    return text


def text_pages(source: Source) -> list[Page]:
    text = decode_text(source.data)
    if not _THAI.search(text):
        raise NoThaiTextError("no Thai text found")
    chunks = text.split("\f")
    while len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()  # a form feed ending the file opens no page
    return [Page(page_no=n, text=chunk, method="text") for n, chunk in enumerate(chunks, start=1)]


def extract_pages(source: Source, settings: Settings, executor: Executor | None = None) -> list[Page]:
    """The pages of a source, untouched. Raises ``SarabanError`` for unreadable input.

    ``executor`` runs the OCR of single pages (serially when ``None``, as inside a worker)."""
    if source.media_type.startswith("text/"):
        return text_pages(source)
    if source.media_type == "application/pdf":
        from pipeline.extract_pdf import extract_pdf

        return extract_pdf(source, settings, executor)
    if source.media_type.startswith("image/"):
        from pipeline.extract_pdf import extract_image

        return extract_image(source, settings, executor)
    raise UnsupportedFormatError(f"{source.media_type} is not a format Saraban reads")


def extraction_of(pages: list[Page]) -> str:
    """``sources.extraction``: the one method all pages used, else ``mixed``."""
    methods = {page.method for page in pages}
    return methods.pop() if len(methods) == 1 else "mixed"
