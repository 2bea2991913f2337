"""The parser version recorded in ``sources.parser_version``: a source whose bytes and parser
version are both already in the warehouse is not read again (README "Using it").

It is the package version plus a hash of every file of the code that turns bytes into rows:
``pipeline/`` (with ``engines/`` and the reference fonts), ``parsers/`` and ``schemas/``.
Any edit there (a parser fix, a new column) changes it, so no one has to remember to bump a
constant; an edit elsewhere (``warehouse/``, ``scripts/``, tests) does not. What it cannot see
is a change outside the project (a new tesseract or Thai model, a new pdfplumber):
``ingest --force`` re-reads everything then.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from pipeline import __version__

ROOT = Path(__file__).resolve().parents[1]
CODE_FOLDERS = ("pipeline", "parsers", "schemas")


def code_files(root: Path = ROOT) -> list[Path]:
    """The files whose content makes the parser version, in a stable order."""
    found: list[Path] = []
    for folder in CODE_FOLDERS:
        for path in (root / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def code_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in code_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


@functools.cache
def parser_version() -> str:
    """``0.1.0+3f2a9c1b4d5e``: computed once per process (a few hundred KB of code read)."""
    return f"{__version__}+{code_hash()}"
