"""docs/warehouse.md is what ``warehouse.reference`` writes from schemas/ (``make docs``), every
column says what it holds, and what the page calls the contract is the contract."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.run import ingest
from schemas import ALL_TABLES, table_columns
from tests.conftest import ROOT, SAMPLES
from warehouse.reference import markdown

PAGE = ROOT / "docs" / "warehouse.md"


def test_docs_warehouse_md_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == markdown(), (
        "docs/warehouse.md is out of date with schemas/ or warehouse/views.sql: run `make docs`"
    )


def test_every_table_and_column_says_what_it_holds() -> None:
    for model in ALL_TABLES:
        assert (model.__doc__ or "").strip(), f"{model.__name__}: no docstring (what one row of {model.__table__} is)"
        for name, field in model.model_fields.items():
            assert (field.description or "").strip(), (
                f"{model.__table__}.{name}: no docstring under the field (what the column holds)"
            )
        assert set(model.__added_columns__) <= set(model.model_fields), model.__table__


def test_the_page_names_every_table_and_view_of_a_warehouse(tmp_path: Path) -> None:
    db = tmp_path / "one.duckdb"
    ingest([SAMPLES / "01_memo_khlongsai.txt"], db, Settings(workers=1, ocr_cache_dir=None))
    with duckdb.connect(str(db), read_only=True) as con:
        names = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    documented = set(re.findall(r"^## `(\w+)`", PAGE.read_text(encoding="utf-8"), flags=re.MULTILINE))
    assert documented == names


def _contract_columns(contract: str) -> dict[str, list[str]]:
    """The columns of each table of CONTRACT.md's table list, in order."""
    tables: dict[str, list[str]] = {}
    for table, columns in re.findall(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", contract, flags=re.MULTILINE):
        plain = re.sub(r"\([^()]*\)", "", columns)
        tables[table] = [item.split()[0] for item in plain.split(",") if item.strip()]
    return tables


@pytest.mark.shared
def test_contract_and_additions_are_what_the_contract_says(shared: Path) -> None:
    contract = _contract_columns((shared / "CONTRACT.md").read_text(encoding="utf-8"))
    assert contract, "no tables found in CONTRACT.md"
    for model in ALL_TABLES:
        if model.__addition__:
            assert model.__table__ not in contract, f"{model.__table__} is in the contract: not an addition"
            continue
        ours = [name for name, _ in table_columns(model) if name not in model.__added_columns__]
        assert ours == contract[model.__table__], model.__table__
    assert set(contract) <= {model.__table__ for model in ALL_TABLES}
