"""Stage 1, read: a path becomes a ``Source`` (bytes, media type, sha256 id).

The media type comes from the bytes, not the extension; a mismatch the user should know
about (a PNG named ``.pdf``, a binary file named ``.txt``) is an error with one line.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import EmptySourceError, LimitError, UnsupportedFormatError
from pipeline.model import Source

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0", "application/x-ole-storage"),
)
_KIND = {"application/pdf": "a PDF", "image/": "an image"}


def sniff_media_type(data: bytes) -> str | None:
    """The media type the leading bytes announce, or ``None`` for (probably) text."""
    head = data[:1024].lstrip(b"\x00\t\r\n ") if data[:5] != b"%PDF-" else data
    for magic, media_type in _MAGIC:
        if data.startswith(magic) or head.startswith(magic):
            return media_type
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _describe(media_type: str) -> str:
    for prefix, words in _KIND.items():
        if media_type.startswith(prefix):
            return f"{words} ({media_type})"
    return media_type


def media_type_for(path: Path, data: bytes, settings: Settings) -> str:
    suffix = path.suffix.lower()
    sniffed = sniff_media_type(data)
    if suffix in settings.pdf_extensions:
        if sniffed == "application/pdf":
            return sniffed
        what = _describe(sniffed) if sniffed else "not a PDF (no %PDF header)"
        raise UnsupportedFormatError(f"named {suffix} but the file is {what}")
    if suffix in settings.image_extensions:
        if sniffed and sniffed.startswith("image/"):
            return sniffed
        what = _describe(sniffed) if sniffed else "not an image we know"
        raise UnsupportedFormatError(f"named {suffix} but the file is {what}")
    if sniffed and suffix in settings.text_extensions:
        raise UnsupportedFormatError(f"named {suffix} but the file is {_describe(sniffed)}")
    if sniffed in ("application/pdf",) or (sniffed and sniffed.startswith("image/")):
        return sniffed
    if sniffed:
        raise UnsupportedFormatError(f"{_describe(sniffed)} is not a format Saraban reads")
    if suffix in settings.text_extensions or suffix == "":
        return "text/plain"
    raise UnsupportedFormatError(f"unknown file type {suffix!r}: Saraban reads .txt, .md, .pdf and images")


_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def not_regular(mode: int) -> str | None:
    """What a non-regular file is ('a FIFO (named pipe)'), or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def read_bytes(path: Path, settings: Settings) -> bytes:
    """A regular file's bytes. Never blocks on a FIFO or device, never reads past the size
    limit. Raises ``SarabanError``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise EmptySourceError("file not found") from None
    except IsADirectoryError:
        raise UnsupportedFormatError("is a directory") from None
    except PermissionError:
        raise EmptySourceError("permission denied") from None
    except OSError as err:
        raise EmptySourceError(f"cannot read file: {err.strerror or err}") from None
    try:
        info = os.fstat(fd)
        kind = not_regular(info.st_mode)
        if kind:
            raise UnsupportedFormatError(f"not a regular file: {kind}")
        limit = settings.max_file_mb * 1024 * 1024
        if settings.max_file_mb and info.st_size > limit:
            raise LimitError(
                f"file is {info.st_size / 2**20:.0f} MB, over the limit of {settings.max_file_mb} MB "
                "(raise it with --max-file-mb)"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit + 1 if settings.max_file_mb else -1)
    except OSError as err:
        raise EmptySourceError(f"cannot read file: {err.strerror or err}") from None
    finally:
        os.close(fd)


def read_source(path: Path, settings: Settings) -> Source:
    """Read a file's bytes and say what they are. Raises ``SarabanError`` on user errors."""
    data = read_bytes(path, settings)
    if not data.strip():
        raise EmptySourceError("empty file (0 bytes)" if not data else "file holds only whitespace")
    media_type = media_type_for(path, data, settings)
    if media_type.startswith("text/") and settings.max_text_mb and len(data) > settings.max_text_mb * 2**20:
        raise LimitError(
            f"text file is {len(data) / 2**20:.0f} MB, over the limit of {settings.max_text_mb} MB "
            "(raise it with --max-text-mb)"
        )
    return Source(
        path=str(path),
        data=data,
        media_type=media_type,
        source_id=hashlib.sha256(data).hexdigest(),
    )


def source_id_of(path: Path, name: Path | str | None = None) -> str:
    """The id a source gets even when it cannot be read (for ``ingest_errors``): the sha256
    of its bytes when it is a readable regular file with bytes, else of its path (seven empty
    files are seven failures, not one): ``name``, the path as the user gave it, when ``path``
    is where this process reaches the file."""
    try:
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode) and info.st_size:
            return hashlib.sha256(path.read_bytes()).hexdigest()
    except (OSError, MemoryError):
        pass
    return hashlib.sha256(os.fsencode(path if name is None else name)).hexdigest()


def display_path(path: Path | str) -> str:
    """A path as text that always encodes as UTF-8: bytes of a name that is not UTF-8 (a
    Thai name from a zip made on Windows) are written as backslash escapes."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")
