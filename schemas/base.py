"""Base row model and the mapping from Python annotations to DuckDB column types."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict


@dataclass(frozen=True)
class SqlType:
    """Annotated marker that overrides the column type derived from the Python type."""

    sql: str


_PY_TO_SQL: dict[Any, str] = {
    str: "TEXT",
    int: "INTEGER",
    bool: "BOOLEAN",
    float: "DOUBLE",
    Decimal: "DECIMAL(18,2)",
    dt.date: "DATE",
    dt.time: "TIME",
    dt.datetime: "TIMESTAMP",
}


class Row(BaseModel):
    """A row of one warehouse table. Subclasses set ``__table__`` (and ``__primary_key__``).

    The class docstring says what one row is and the docstring under each field what the
    column holds: both go into docs/warehouse.md (``warehouse/reference.py``).
    ``__addition__`` marks a table the contract (../shared/CONTRACT.md) does not have,
    ``__added_columns__`` the columns a contract table gained here."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_attribute_docstrings=True)

    __table__: ClassVar[str] = ""
    __primary_key__: ClassVar[str | None] = None
    __addition__: ClassVar[bool] = False
    __added_columns__: ClassVar[tuple[str, ...]] = ()


def _strip_optional(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def sql_type(annotation: Any, metadata: list[Any]) -> str:
    for item in metadata:
        if isinstance(item, SqlType):
            return item.sql
    tp = _strip_optional(annotation)
    if typing.get_origin(tp) is typing.Annotated:
        base, *extra = typing.get_args(tp)
        return sql_type(base, list(extra))
    if typing.get_origin(tp) is typing.Literal:
        return sql_type(type(typing.get_args(tp)[0]), [])
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        return sql_type(item, []) + "[]"
    try:
        return _PY_TO_SQL[tp]
    except KeyError as exc:  # a programming error in schemas/, not a user error
        raise TypeError(f"no SQL type for {annotation!r}") from exc


_DECIMAL = re.compile(r"DECIMAL\((\d+),(\d+)\)")
_COLUMNS: dict[type[Row], list[tuple[str, str]]] = {}
_INTEGER_RANGE = {"INTEGER": 2**31, "BIGINT": 2**63, "SMALLINT": 2**15}


def value_problem(value: Any, sql: str) -> str | None:
    """Why ``value`` cannot be stored in a column of type ``sql``, or ``None`` when it can."""
    if value is None:
        return None
    if sql.endswith("[]"):
        return next((p for p in (value_problem(item, sql[:-2]) for item in value) if p), None)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "text that is not valid Unicode (lone surrogates)"
        return None
    decimal = _DECIMAL.fullmatch(sql.replace(" ", ""))
    if decimal and isinstance(value, Decimal | int | float):
        digits = int(decimal[1]) - int(decimal[2])
        number = Decimal(value)
        if not number.is_finite():
            return f"a number that is not finite ({number}) for {sql}"
        if abs(number) >= Decimal(10) ** digits:
            return f"a number of {len(str(int(abs(number))))} digits, over the {digits} that {sql} holds"
    if sql in _INTEGER_RANGE and isinstance(value, int) and not isinstance(value, bool):
        bound = _INTEGER_RANGE[sql]
        if not -bound <= value < bound:
            return f"an integer of {len(str(abs(value)))} digits, beyond {sql}"
    return None


def contract_problems(row: Row) -> list[str]:
    """'table.column: why' for every value of ``row`` the warehouse column cannot hold."""
    problems: list[str] = []
    model = type(row)
    if model not in _COLUMNS:
        _COLUMNS[model] = table_columns(model)
    for name, sql in _COLUMNS[model]:
        problem = value_problem(getattr(row, name), sql)
        if problem:
            problems.append(f"{row.__table__}.{name}: {problem}")
    return problems


def table_columns(model: type[Row]) -> list[tuple[str, str]]:
    """(column, SQL type) pairs in declaration order."""
    return [
        (name, sql_type(field.annotation, list(field.metadata))) for name, field in model.model_fields.items()
    ]


# A table's rows as columns: table name -> one list per column, in ``table_columns`` order.
# What a worker hands back for loading (``warehouse.load.insert_columns`` appends it as is),
# so the writer never builds or reads a model per row.
Columns = dict[str, list[list[Any]]]

_NAMES: dict[type[Row], tuple[str, ...]] = {}


def column_names(model: type[Row]) -> tuple[str, ...]:
    """The columns of ``model``'s table, in declaration order."""
    names = _NAMES.get(model)
    if names is None:
        names = _NAMES[model] = tuple(model.model_fields)
    return names


def to_columns(rows: Iterable[Row], into: Columns | None = None) -> Columns:
    """Append ``rows`` (validated models, of any tables) to ``into`` as columns and return it."""
    out: Columns = {} if into is None else into
    for row in rows:
        model = type(row)
        columns = out.get(model.__table__)
        if columns is None:
            columns = out[model.__table__] = [[] for _ in column_names(model)]
        values = row.__dict__
        for column, name in zip(columns, column_names(model), strict=True):
            column.append(values[name])
    return out


def column_count(columns: Columns) -> int:
    """How many rows ``columns`` holds, over all its tables."""
    return sum(len(table[0]) for table in columns.values() if table)


def ddl_for(model: type[Row]) -> str:
    cols = []
    for name, sql in table_columns(model):
        pk = " PRIMARY KEY" if name == model.__primary_key__ else ""
        cols.append(f'    "{name}" {sql}{pk}')
    return f"CREATE TABLE IF NOT EXISTS {model.__table__} (\n" + ",\n".join(cols) + "\n);"
