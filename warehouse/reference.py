"""docs/warehouse.md, the reference of the warehouse's tables, written from ``schemas/``.

Each model is the single source of its table: the class docstring says what one row is, the
docstring under each field what its column holds, ``table_columns`` gives the DuckDB types,
``__addition__``/``__added_columns__`` what Saraban adds to the contract. The views are read
from ``warehouse/views.sql`` (the comment above each) and described by DuckDB.

``python -m warehouse.reference`` prints the page; ``make docs`` writes it;
tests/test_reference.py fails when the checked-in page differs from what this writes.
"""

from __future__ import annotations

import re
import sys

import duckdb

from schemas import ALL_TABLES, Row, table_columns
from warehouse.ddl import create_schema, views_sql

HEADER = """\
<!-- Generated from schemas/ and warehouse/views.sql by `make docs` (python -m warehouse.reference);
     do not edit by hand: tests/test_reference.py fails when this page is not what they give. -->

# Warehouse reference

Every table of the DuckDB warehouse, with its columns, their types and what they hold. The
tables follow the contract (`../shared/CONTRACT.md`, version 1, in `meta.contract_version`);
what Saraban adds to it is marked **addition**. Text columns follow the contract's
conventions (Unicode NFC, Arabic digits, whitespace collapsed, page furniture removed), dates
are Gregorian, fiscal years Buddhist Era, money `DECIMAL(18,2)` baht. Every record carries
`doc_id` and `page_no`; `pages` holds the text each page was read from:

```sql
SELECT m.subject, p.method, p.text
FROM memos m JOIN documents d USING (doc_id)
JOIN pages p ON p.source_id = d.source_id AND p.page_no = m.page_no;
```
"""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _doc(model: type[Row]) -> str:
    return " ".join((model.__doc__ or "").split()).replace("``", "`")


def table_markdown(model: type[Row]) -> str:
    fields = model.model_fields
    added = set(model.__added_columns__)
    about = _doc(model) + (" **Addition** to the contract." if model.__addition__ else "")
    lines = [f"## `{model.__table__}`", "", about, ""]
    lines += ["| column | type | meaning |", "|---|---|---|"]
    for name, sql in table_columns(model):
        notes = []
        if name == model.__primary_key__:
            notes.append("primary key")
        if name in added:
            notes.append("**addition**")
        meaning = _cell(fields[name].description or "")
        if notes:
            meaning = f"({', '.join(notes)}) {meaning}".strip()
        lines.append(f"| `{name}` | {sql} | {meaning} |")
    return "\n".join(lines) + "\n"


def views() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(name, the comment above it, (column, type) pairs) of each view in views.sql."""
    script = views_sql()
    found = re.findall(r"((?:^--[^\n]*\n)+)CREATE OR REPLACE VIEW (\w+)", script, flags=re.MULTILINE)
    con = duckdb.connect(":memory:")
    try:
        create_schema(con)
        described = []
        for comment, name in found:
            text = " ".join(line.lstrip("-").strip() for line in comment.splitlines())
            columns = [(row[0], row[1]) for row in con.execute(f"DESCRIBE {name}").fetchall()]
            described.append((name, text, columns))
        return described
    finally:
        con.close()


def markdown() -> str:
    parts = [HEADER]
    parts.append("## Tables\n\n| table | what a row is | from |\n|---|---|---|")
    for model in ALL_TABLES:
        parts[-1] += f"\n| [`{model.__table__}`](#{model.__table__}) | {_cell(_doc(model))} | " + (
            "addition" if model.__addition__ else "contract" + (", with added columns" if model.__added_columns__ else "")
        ) + " |"
    parts[-1] += "\n"
    parts += [table_markdown(model) for model in ALL_TABLES]
    for name, comment, columns in views():
        lines = [f"## `{name}` (view)", "", comment + " **Addition** to the contract.", "", "| column | type |", "|---|---|"]
        lines += [f"| `{column}` | {sql} |" for column, sql in columns]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(markdown())
