"""Dependencies point one way: a document-type module under ``parsers/`` imports the shared
readers (common, grammar, vocabulary), ``pipeline`` and ``schemas``, never another document type."""

from __future__ import annotations

import ast
from pathlib import Path

PARSERS = Path(__file__).resolve().parent.parent / "parsers"
SHARED = frozenset({"__init__", "common", "grammar", "vocabulary"})


def parser_imports(path: Path) -> set[str]:
    """The ``parsers`` modules ``path`` imports (``parsers.memo`` -> ``memo``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "parsers":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("parsers."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("parsers."))
    return found


def test_document_types_import_no_other_document_type() -> None:
    modules = [path for path in sorted(PARSERS.glob("*.py")) if path.stem not in SHARED]
    assert modules
    wrong = {path.stem: sorted(parser_imports(path) - SHARED) for path in modules}
    assert {name: other for name, other in wrong.items() if other} == {}


def test_shared_readers_import_no_document_type() -> None:
    wrong = {name: sorted(parser_imports(PARSERS / f"{name}.py") - SHARED) for name in sorted(SHARED)}
    assert {name: other for name, other in wrong.items() if other} == {}
