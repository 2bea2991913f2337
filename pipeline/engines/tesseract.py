"""The one module that runs tesseract. It calls the CLI directly (as pytesseract does, but
with the image on stdin and our own environment): ``OMP_THREAD_LIMIT=1`` keeps tesseract
single-threaded, because pages and sources already run in parallel through the executor."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

from pipeline.errors import ExternalToolError

TIMEOUT_SECONDS = 600


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def command(cmd: str, languages: str, dpi: int, psm: int, output: str) -> list[str]:
    """The tesseract argv reading an image (PBM, PNG) from stdin and writing ``output`` (``tsv``, ``txt``)."""
    args = [cmd, "stdin", "stdout", "-l", languages, "--psm", str(psm), "--dpi", str(dpi)]
    return args if output == "txt" else [*args, output]


def run(image: bytes, cmd: str, languages: str, dpi: int, psm: int = 3, output: str = "tsv") -> str:
    """Recognise one page image (PBM or PNG bytes); tesseract's ``output`` text. Raises ``ExternalToolError``."""
    if shutil.which(cmd) is None:
        raise ExternalToolError(
            f"{cmd} not found: run `make system` (Debian: tesseract-ocr, tesseract-ocr-tha)"
        )
    try:
        result = subprocess.run(
            command(cmd, languages, dpi, psm, output),
            input=image,
            capture_output=True,
            env=_env(),
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ExternalToolError(f"tesseract took more than {TIMEOUT_SECONDS} s on one page") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise ExternalToolError(f"tesseract failed: {message[-1] if message else result.returncode}")
    return result.stdout.decode("utf-8", errors="replace")


@functools.cache
def version(cmd: str = "tesseract") -> str:
    """``tesseract 5.3.0`` (part of the OCR cache key), or ``missing``."""
    if shutil.which(cmd) is None:
        return "missing"
    result = subprocess.run([cmd, "--version"], capture_output=True, text=True, check=False)
    lines = (result.stdout or result.stderr).strip().splitlines()
    return lines[0].strip() if lines else "unknown"
