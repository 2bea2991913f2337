"""Dependencies point one way: a document-type module under ``parsers/`` imports the shared
readers (common, grammar, vocabulary, doctype), ``pipeline`` and ``schemas``, never another
document type; ``segment`` and ``parse`` know the document types only through the registry."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

from parsers.registry import DOCUMENT_TYPES, EMBEDDED, OPENINGS, PARSERS
from schemas.tables import DocType

ROOT = Path(__file__).resolve().parent.parent
PARSERS_DIR = ROOT / "parsers"
# Modules under parsers/ that are not a document type: the shared readers, the type
# declaration, the cross-document passes and the registry.
SHARED = frozenset({"__init__", "common", "grammar", "vocabulary", "doctype", "crossdoc"})
NOT_A_TYPE = SHARED | {"registry"}
TYPE_MODULES = sorted(path.stem for path in PARSERS_DIR.glob("*.py") if path.stem not in NOT_A_TYPE)


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
    assert TYPE_MODULES
    wrong = {name: sorted(parser_imports(PARSERS_DIR / f"{name}.py") - SHARED) for name in TYPE_MODULES}
    assert {name: other for name, other in wrong.items() if other} == {}


def test_shared_readers_import_no_document_type() -> None:
    wrong = {name: sorted(parser_imports(PARSERS_DIR / f"{name}.py") - SHARED) for name in sorted(SHARED)}
    assert {name: other for name, other in wrong.items() if other} == {}


def test_segment_and_parse_know_document_types_only_through_the_registry() -> None:
    for stage in ("segment", "parse"):
        imported = parser_imports(ROOT / "pipeline" / f"{stage}.py")
        assert imported <= NOT_A_TYPE, (stage, sorted(imported - NOT_A_TYPE))


def test_every_document_type_module_is_in_the_registry_once() -> None:
    declared = [doc_type.name for doc_type in DOCUMENT_TYPES]
    assert len(declared) == len(set(declared))
    assert sorted(declared) == TYPE_MODULES  # a module's TYPE carries the module's name


def test_every_doc_type_with_a_parser_is_in_the_registry() -> None:
    doc_types = set(get_args(DocType))
    with_a_module = {name for name in doc_types if (PARSERS_DIR / f"{name}.py").exists()}
    assert with_a_module == set(PARSERS)
    # What segment can open, parse can name in the documents table.
    assert {doc_type.name for doc_type in OPENINGS} <= doc_types
    assert set(PARSERS) <= doc_types
    assert not {name for name, _, _ in EMBEDDED} & doc_types
    assert all(within <= doc_types for _, _, within in EMBEDDED)
