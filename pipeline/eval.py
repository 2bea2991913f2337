"""Score a warehouse against gold files, exactly as ../shared/CONTRACT.md "Gold files" says.

A gold record is found when a warehouse row of the same source matches its key columns;
its other columns are then compared one by one. Scores per table: key precision, recall,
F1; field accuracy over matched records (gold non-null columns); strict F1 counting a record
only when every compared column is right. OVERALL is the micro-average over the tables.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePath
from typing import Any

import duckdb
from rapidfuzz.distance import Levenshtein

from pipeline.checks import record_key
from pipeline.errors import UsageError
from pipeline.fidelity import rate
from pipeline.normalize import normalize_line

TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "memos": ("subject",),
    "meetings": ("meeting_date",),
    "attendees": ("meeting_date", "full_name"),
    "agenda_items": ("meeting_date", "item_no"),
    "resolutions": ("meeting_date", "item_no", "seq"),
    "projects": ("seq",),
    "project_sheets": ("sheet_no",),
    "budgets": ("kind", "label"),
    "orders": ("order_no",),
    "committee_members": ("group_name", "seq"),
    "ita_scores": ("fiscal_year", "instrument", "indicator_no"),
    "measures": ("seq", "measure"),
}
# Scored like the tables, shown apart, not part of OVERALL (the contract's key table omits it).
DOCUMENT_KEY = ("segment_no",)
EXACT_TEXT = frozenset({"seq", "item_no", "session_no", "order_no", "ref_no", "dimension"})
NOT_COMPARED = frozenset({"doc_id", "page_no", "raw_text", "text", "body", "meeting_id"})
MEETING_TABLES = frozenset({"attendees", "agenda_items", "resolutions"})
SIMILARITY = 0.9
TOLERANCE = Decimal("0.005")


def canonical(value: Any) -> Any:
    """A value as the contract compares it: text cleaned, dates ISO, times HH:MM, lists joined."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (list, tuple)):
        return canonical(" | ".join(str(canonical(v)) for v in value)) if value else None
    text = " ".join(normalize_line(str(value)).split())
    return text or None


def values_agree(column: str, gold: Any, found: Any) -> bool:
    gold, found = canonical(gold), canonical(found)
    if gold is None:
        return found is None
    if found is None:
        return False
    if isinstance(gold, Decimal) or isinstance(found, Decimal):
        try:
            return abs(Decimal(str(gold)) - Decimal(str(found))) <= TOLERANCE
        except ArithmeticError:
            return str(gold) == str(found)
    if isinstance(gold, bool) or isinstance(found, bool):
        return gold == found
    gold, found = str(gold), str(found)
    if column in EXACT_TEXT or min(len(gold), len(found)) <= 4:
        return gold == found
    return Levenshtein.normalized_similarity(gold, found) >= SIMILARITY


@dataclass(slots=True)
class TableScore:
    table: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    strict: int = 0
    fields_right: int = 0
    fields_total: int = 0
    misses: list[str] = field(default_factory=list)
    # Every compared field of every matched record: (column, right, the warehouse row), and
    # the warehouse rows no gold record matched (for ``flag_scores``).
    outcomes: list[tuple[str, bool, dict[str, Any]]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: TableScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        self.strict += other.strict
        self.fields_right += other.fields_right
        self.fields_total += other.fields_total
        self.misses.extend(other.misses)
        self.outcomes.extend(other.outcomes)
        self.extras.extend(other.extras)

    @staticmethod
    def _f1(hits: int, found: int, gold: int) -> tuple[float, float, float]:
        precision = hits / found if found else (1.0 if not gold else 0.0)
        recall = hits / gold if gold else (1.0 if not found else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def key_prf(self) -> tuple[float, float, float]:
        return self._f1(self.matched, self.found, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict, self.found, self.gold)[2]

    @property
    def field_accuracy(self) -> float:
        return rate(self.fields_right, self.fields_total, empty=1.0)


def _show(value: Any) -> str:
    value = canonical(value)
    return repr(str(value)) if isinstance(value, Decimal) else repr(value)


def _describe(record: dict[str, Any], columns: Sequence[str]) -> str:
    return ", ".join(f"{c}={_show(record.get(c))}" for c in columns)


def score_table(
    table: str, keys: Sequence[str], gold_rows: Sequence[dict[str, Any]], found_rows: Sequence[dict[str, Any]]
) -> TableScore:
    score = TableScore(table=table, gold=len(gold_rows), found=len(found_rows))
    unmatched = list(range(len(found_rows)))
    for gold in gold_rows:
        compared = [c for c in gold if c not in keys and c not in NOT_COMPARED]
        candidates = [
            i for i in unmatched if all(values_agree(k, gold.get(k), found_rows[i].get(k)) for k in keys)
        ]
        if not candidates:
            score.misses.append(f"{table}: missing {_describe(gold, keys)}")
            continue
        best = max(
            candidates,
            key=lambda i: sum(values_agree(c, gold[c], found_rows[i].get(c)) for c in compared),
        )
        unmatched.remove(best)
        found = found_rows[best]
        score.matched += 1
        all_right = True
        own_keys = [k for k in keys if not (table in MEETING_TABLES and k == "meeting_date")]
        score.outcomes += [(k, True, found) for k in own_keys if k in found]
        for column in compared:
            right = values_agree(column, gold[column], found.get(column))
            score.outcomes.append((column, right, found))
            all_right &= right
            if gold[column] is not None:
                score.fields_total += 1
                score.fields_right += right
            if not right:
                score.misses.append(
                    f"{table}: {_describe(gold, keys)}: {column} gold={_show(gold[column])} "
                    f"found={_show(found.get(column))}"
                )
        score.strict += all_right
    for i in unmatched:
        score.misses.append(f"{table}: extra {_describe(found_rows[i], keys)}")
        score.extras.append(found_rows[i])
    return score


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def find_source_id(con: duckdb.DuckDBPyConnection, source_name: str) -> str | None:
    rows = con.execute(
        "SELECT source_id, path FROM sources WHERE status <> 'failed' ORDER BY ingested_at DESC"
    ).fetchall()
    for source_id, path in rows:
        if PurePath(path).name == source_name:
            return str(source_id)
    return None


def warehouse_rows(con: duckdb.DuckDBPyConnection, table: str, source_id: str) -> list[dict[str, Any]]:
    docs = "SELECT doc_id FROM documents WHERE source_id = ?"
    if table == "documents":
        return _fetch(con, "SELECT * FROM documents WHERE source_id = ?", [source_id])
    if table in MEETING_TABLES:
        sql = (
            f"SELECT t.*, m.meeting_date FROM {table} t LEFT JOIN meetings m USING (meeting_id) "
            f"WHERE t.doc_id IN ({docs})"
        )
        return _fetch(con, sql, [source_id])
    return _fetch(con, f"SELECT * FROM {table} WHERE doc_id IN ({docs})", [source_id])


@dataclass(slots=True)
class EvalReport:
    tables: dict[str, TableScore]
    documents: TableScore
    overall: TableScore
    problems: list[str]


def variant_name(source_name: str, suffix: str | None) -> str:
    """The file a gold record's source was rendered to: ``memo.txt`` + ``.scan.pdf`` ->
    ``memo.scan.pdf`` (scoring a PDF rendering against the text file's gold)."""
    if not suffix:
        return source_name
    return PurePath(source_name).stem + suffix


def evaluate(con: duckdb.DuckDBPyConnection, gold_dir: Path, suffix: str | None = None) -> EvalReport:
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise UsageError(f"no gold files (*.json) in {gold_dir}")
    tables = {table: TableScore(table) for table in TABLE_KEYS}
    documents = TableScore("documents")
    problems: list[str] = []
    for path in gold_files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise UsageError(f"cannot read gold file {path.name}: {err}") from None
        source_name = variant_name(str(gold.get("source", path.stem)), suffix)
        source_id = find_source_id(con, source_name)
        if source_id is None:
            problems.append(f"{path.name}: source {source_name} is not in the warehouse")
        for table, keys in [*TABLE_KEYS.items(), ("documents", DOCUMENT_KEY)]:
            found = warehouse_rows(con, table, source_id) if source_id else []
            result = score_table(table, keys, gold.get(table, []), found)
            result.misses = [f"{source_name}: {m}" for m in result.misses]
            (documents if table == "documents" else tables[table]).add(result)
    overall = TableScore("OVERALL")
    for score in tables.values():
        overall.add(score)
    overall.misses = []
    return EvalReport(tables=tables, documents=documents, overall=overall, problems=problems)


HEADER = f"{'table':<18} {'gold':>5} {'found':>5} {'key_P':>6} {'key_R':>6} {'key_F1':>6} {'fields':>6} {'strict_F1':>9}"


def format_line(score: TableScore) -> str:
    p, r, f1 = score.key_prf
    fields = f"{score.field_accuracy:>6.3f}" if score.fields_total else f"{'-':>6}"
    return (
        f"{score.table:<18} {score.gold:>5} {score.found:>5} {p:>6.3f} {r:>6.3f} {f1:>6.3f} "
        f"{fields} {score.strict_f1:>9.3f}"
    )


def format_report(report: EvalReport, verbose: bool = False) -> str:
    lines = [*report.problems, HEADER]
    lines += [format_line(score) for score in report.tables.values()]
    lines.append(format_line(report.overall))
    lines.append(format_line(report.documents) + "   (not in OVERALL)")
    if verbose:
        lines.append("")
        for score in [*report.tables.values(), report.documents]:
            lines += score.misses
    return "\n".join(lines)


@dataclass(slots=True)
class FlagCount:
    """Fields of one table and column (or all): wrong ones and how many carry a flag, right
    ones and how many carry one anyway."""

    wrong: int = 0
    wrong_flagged: int = 0
    right: int = 0
    right_flagged: int = 0

    def add(self, right: bool, flagged: bool) -> None:
        if right:
            self.right += 1
            self.right_flagged += flagged
        else:
            self.wrong += 1
            self.wrong_flagged += flagged

    @property
    def recall(self) -> float:
        return rate(self.wrong_flagged, self.wrong, empty=1.0)

    @property
    def false_rate(self) -> float:
        return rate(self.right_flagged, self.right)


@dataclass(slots=True)
class FlagReport:
    """How the review flags cover the fields the gold says are wrong (``--flags`` of
    scripts/fidelity.py): per table and column, overall, the records the gold has and the
    warehouse lacks (nothing to flag), the rows no gold record matched and how many of them
    carry a flag, and each wrong field without a flag and right field with one."""

    columns: dict[tuple[str, str], FlagCount]
    overall: FlagCount
    missing_records: int
    extra_rows: int
    extra_rows_flagged: int
    flags: int
    checks: dict[str, tuple[int, int]]  # check -> (flags on wrong fields or extra rows, on right fields)
    unflagged: list[str]
    false_flags: list[str]


def _flag_key(table: str, row: dict[str, Any]) -> tuple[str, str, str]:
    return (str(row.get("doc_id")), table, record_key(table, row))


def flag_scores(report: EvalReport, flags: Sequence[dict[str, Any]]) -> FlagReport:
    """Join ``review_flags`` rows (doc_id, table_name, record, column_name) to the fields the
    gold scored: recall = share of wrong fields flagged, false-flag rate = share of right
    fields flagged (the eval's own comparison decides right and wrong)."""
    by_field: dict[tuple[str, str, str, str], list[str]] = {}
    by_record: set[tuple[str, str, str]] = set()
    for flag in flags:
        record = (str(flag["doc_id"]), str(flag["table_name"]), str(flag.get("record") or ""))
        by_field.setdefault((*record, str(flag["column_name"])), []).append(str(flag["check_name"]))
        by_record.add(record)
    columns: dict[tuple[str, str], FlagCount] = {}
    overall = FlagCount()
    checks: dict[str, list[int]] = {}
    unflagged: list[str] = []
    false_flags: list[str] = []
    extra_rows = extra_flagged = missing = 0
    for table, score in report.tables.items():
        missing += score.gold - score.matched
        for column, right, row in score.outcomes:
            names = by_field.get((*_flag_key(table, row), column), [])
            columns.setdefault((table, column), FlagCount()).add(right, bool(names))
            overall.add(right, bool(names))
            for name in set(names):
                checks.setdefault(name, [0, 0])[right] += 1
            where = f"{table}.{column} [{record_key(table, row)}] = {_show(row.get(column))}"
            if not right and not names:
                unflagged.append(where)
            elif right and names:
                false_flags.append(f"{where}: {', '.join(sorted(set(names)))}")
        for row in score.extras:
            extra_rows += 1
            extra_flagged += _flag_key(table, row) in by_record
            for (doc, tab, rec, _), names in by_field.items():
                if (doc, tab, rec) == _flag_key(table, row):
                    for name in set(names):
                        checks.setdefault(name, [0, 0])[0] += 1
    return FlagReport(
        columns=columns, overall=overall, missing_records=missing, extra_rows=extra_rows,
        extra_rows_flagged=extra_flagged, flags=len(flags),
        checks={name: (counts[0], counts[1]) for name, counts in sorted(checks.items())},
        unflagged=unflagged, false_flags=false_flags,
    )


def format_flag_report(flags: FlagReport, verbose: bool = False) -> str:
    def line(name: str, count: FlagCount) -> str:
        return (
            f"{name:<34} {count.wrong:>5} {count.wrong_flagged:>7} {count.recall:>6.3f} "
            f"{count.right:>5} {count.right_flagged:>7} {count.false_rate:>6.3f}"
        )

    lines = [f"{'table.column':<34} {'wrong':>5} {'flagged':>7} {'recall':>6} {'right':>5} {'flagged':>7} {'false':>6}"]
    lines += [line(f"{t}.{c}", n) for (t, c), n in sorted(flags.columns.items()) if n.wrong or n.right_flagged]
    lines.append(line("ALL FIELDS", flags.overall))
    lines.append(
        f"records missing (nothing to flag): {flags.missing_records}; rows no gold record matched: "
        f"{flags.extra_rows}, {flags.extra_rows_flagged} flagged; flags: {flags.flags}"
    )
    lines.append("checks (on wrong fields or unmatched rows / on right fields): " + ", ".join(
        f"{name} {hit}/{false}" for name, (hit, false) in flags.checks.items()
    ))
    if verbose:
        lines += ["wrong, not flagged:", *(f"  {u}" for u in flags.unflagged)]
        lines += ["right, flagged:", *(f"  {f}" for f in flags.false_flags)]
    return "\n".join(lines)
