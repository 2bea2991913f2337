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


def orientation(image: bytes, cmd: str, dpi: int) -> tuple[int, float]:
    """(degrees to turn the page clockwise for its text to stand upright: 0, 90, 180 or 270;
    tesseract's confidence in it) from tesseract's orientation detection (``--psm 0``, the
    ``osd`` model Debian's tesseract-ocr ships). A page with too little text to judge, or a
    failed run, is (0, 0.0): left as it is."""
    if shutil.which(cmd) is None:
        return 0, 0.0
    try:
        result = subprocess.run(
            [cmd, "stdin", "stdout", "--psm", "0", "--dpi", str(dpi)],
            input=image, capture_output=True, env=_env(), timeout=TIMEOUT_SECONDS, check=False,
        )
    except subprocess.TimeoutExpired:
        return 0, 0.0
    return parse_orientation(result.stdout.decode("utf-8", errors="replace"))


def parse_orientation(osd: str) -> tuple[int, float]:
    """``Rotate: 90`` and ``Orientation confidence: 31.69`` of tesseract's OSD output."""
    fields = dict(line.split(":", 1) for line in osd.splitlines() if ":" in line)
    try:
        return int(fields["Rotate"]) % 360, float(fields["Orientation confidence"])
    except (KeyError, ValueError):
        return 0, 0.0
