"""Errors a user can cause, each with a one-line message, and the exit codes they map to."""

from __future__ import annotations

import enum
import re


class ExitCode(enum.IntEnum):
    """What the ``saraban`` command exits with; the CLI maps errors to it in one place."""

    OK = 0
    SOURCE_FAILED = 1  # a source (or a removal) failed; the rest of the batch went on
    USAGE = 2  # a user's mistake in the command: a missing file, a bad option or query


_OBJECT = re.compile(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{8,}\b")


def one_line(message: str, limit: int = 500) -> str:
    """A message as one line for a user: whitespace collapsed, no memory addresses (which
    differ on every run and mean nothing to a reader), at most ``limit`` characters."""
    text = _ADDRESS.sub("…", _OBJECT.sub("", " ".join(message.split())))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SarabanError(Exception):
    """Base of every error we raise on purpose. ``str(err)`` is the one-line message."""

    exit_code = ExitCode.SOURCE_FAILED
    stage = "read"

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class UsageError(SarabanError):
    exit_code = ExitCode.USAGE


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


class LimitError(SarabanError):
    """An input over one of the limits in ``Settings`` (the message names the option)."""


class WorkerLostError(SarabanError):
    """The worker process running a source died or ran out of time."""

    stage = "extract"
