"""Errors a user can cause, each with a one-line message, and the exit codes they map to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_SOURCE_FAILED = 1
EXIT_USAGE = 2


class SarabanError(Exception):
    """Base of every error we raise on purpose. ``str(err)`` is the one-line message."""

    exit_code = EXIT_SOURCE_FAILED
    stage = "read"

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class UsageError(SarabanError):
    exit_code = EXIT_USAGE


class EmptySourceError(SarabanError):
    """The file has no bytes, or no text at all."""


class UnsupportedFormatError(SarabanError):
    """We cannot read this kind of file."""


class DecodeError(SarabanError):
    """Bytes that are not text in any encoding we know."""


class CorruptFileError(SarabanError):
    """A PDF or image that cannot be opened."""


class EncryptedFileError(SarabanError):
    """A password-protected PDF."""


class NoThaiTextError(SarabanError):
    """Readable text, but nothing Thai in it."""

    stage = "extract"


class ExternalToolError(SarabanError):
    """An external program (tesseract, apt) is missing or failed."""

    stage = "extract"
