"""Incremental ingest: unchanged files are only hashed, an edited file replaces its path's
rows, ``remove`` and ``ingest --prune`` drop sources (README "Using it")."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline import run
from pipeline.config import Settings
from pipeline.run import ingest
from pipeline.version import code_hash, parser_version
from schemas import RECORD_TABLES
from tests.conftest import SAMPLES, run_cli
from warehouse.ddl import check_schema
from warehouse.load import connect

NAMES = ("01_memo_khlongsai.txt", "02_minutes_nongbuadaeng.txt", "04_order_phothong.txt")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def _rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _counts(db: Path) -> dict[str, int]:
    tables = ["sources", "pages", "documents", *(m.__table__ for m in RECORD_TABLES), "people", "ingest_errors"]
    return {t: _rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_unchanged_files_are_hashed_not_read_and_the_warehouse_stays(
    folder: Path, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.duckdb"
    first = ingest([folder], db, settings)
    assert (first.loaded, first.unchanged) == (3, 0)
    before, size = _counts(db), db.stat().st_size
    assert _rows(db, "SELECT DISTINCT parser_version FROM sources") == [(parser_version(),)]

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(run, "process_path", never)
    second = ingest([folder], db, settings)
    assert (second.loaded, second.unchanged, second.failures) == (0, 3, [])
    assert _counts(db) == before
    assert db.stat().st_size <= size + 256 * 1024  # no rows rewritten (a checkpoint at most)


def test_force_reads_every_file_again(folder: Path, tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "w.duckdb"
    ingest([folder], db, settings)
    before = _counts(db)
    forced = ingest([folder], db, settings, force=True)
    assert (forced.loaded, forced.unchanged) == (3, 0)
    assert _counts(db) == before


def test_another_parser_version_reads_files_again(
    folder: Path, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.duckdb"
    ingest([folder], db, settings)
    monkeypatch.setattr(run, "parser_version", lambda: "0.1.0+another")
    again = ingest([folder], db, settings)
    assert (again.loaded, again.unchanged) == (3, 0)
    assert _rows(db, "SELECT DISTINCT parser_version FROM sources") == [("0.1.0+another",)]


def test_a_failed_file_is_tried_again(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    db = tmp_path / "w.duckdb"
    ingest([tmp_path / "in"], db, settings)
    again = ingest([tmp_path / "in"], db, settings)
    assert again.unchanged == 0 and len(again.failures) == 1
    assert _rows(db, "SELECT count(*), count(DISTINCT source_id) FROM ingest_errors") == [(1, 1)]


def test_the_parser_version_follows_the_code(tmp_path: Path) -> None:
    for folder in ("pipeline", "parsers", "schemas"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.py").write_text("x = 1\n", encoding="utf-8")
    before = code_hash(tmp_path)
    (tmp_path / "parsers" / "a.py").write_text("x = 2\n", encoding="utf-8")
    edited = code_hash(tmp_path)
    (tmp_path / "pipeline" / "__pycache__").mkdir()
    (tmp_path / "pipeline" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    assert before != edited == code_hash(tmp_path)


def test_an_edited_file_replaces_its_earlier_version(folder: Path, tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "w.duckdb"
    ingest([folder], db, settings)
    memo = folder / NAMES[0]
    old = _sha(memo)
    before = _counts(db)
    memo.write_text(memo.read_text(encoding="utf-8").replace("ขออนุมัติ", "ขออนุญาต"), encoding="utf-8")
    summary = ingest([folder], db, settings)
    assert (summary.loaded, summary.unchanged, summary.replaced) == (1, 2, 1)
    assert _counts(db) == before  # the edited memo's rows instead of the old ones, not beside them
    assert _rows(db, "SELECT count(*) FROM sources WHERE source_id = ?", [old]) == [(0,)]
    assert _rows(db, "SELECT count(*) FROM documents WHERE source_id = ?", [old]) == [(0,)]
    assert _rows(db, "SELECT supersedes FROM sources WHERE source_id = ?", [_sha(memo)]) == [(old,)]
    subjects = _rows(
        db, "SELECT subject FROM memos JOIN documents USING (doc_id) WHERE source_id = ?", [_sha(memo)]
    )
    assert any("ขออนุญาต" in subject for (subject,) in subjects)


def test_an_edited_file_that_fails_keeps_its_earlier_good_load(
    folder: Path, tmp_path: Path, settings: Settings
) -> None:
    db = tmp_path / "w.duckdb"
    ingest([folder], db, settings)
    memo = folder / NAMES[0]
    old = _sha(memo)
    memo.write_bytes(b"\0\1\2 not text")
    ingest([folder], db, settings)
    ingest([folder], db, settings)  # the failure again: one failed row, not two
    rows = _rows(db, "SELECT source_id, status FROM sources WHERE path = ? ORDER BY status", [str(memo)])
    assert rows == [(_sha(memo), "failed"), (old, "ok")]
    shutil.copy(SAMPLES / NAMES[0], memo)  # fixed: the earlier bytes again, already loaded
    fixed = ingest([folder], db, settings)
    assert fixed.unchanged == 3
    assert _rows(db, "SELECT source_id, status FROM sources WHERE path = ?", [str(memo)]) == [(old, "ok")]


def test_a_moved_file_is_unchanged_and_its_path_follows(folder: Path, tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "w.duckdb"
    ingest([folder], db, settings)
    memo = folder / NAMES[0]
    moved = memo.rename(folder / "renamed.txt")
    summary = ingest([folder], db, settings)
    assert (summary.loaded, summary.unchanged) == (0, 3)
    assert _rows(db, "SELECT path FROM sources WHERE source_id = ?", [_sha(moved)]) == [(str(moved),)]


def test_remove_drops_files_and_folders_sources(folder: Path, tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "w.duckdb"
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SAMPLES / "03_minutes_wangtakhian.txt", other / "03.txt")
    ingest([folder, other], db, settings)
    memo = folder / NAMES[0]
    gone = _sha(memo)
    memo.unlink()  # a file that is gone can still be removed
    result = run_cli("remove", str(memo), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "1 sources removed" in result.stdout
    assert _rows(db, "SELECT count(*) FROM documents WHERE source_id = ?", [gone]) == [(0,)]
    assert _rows(db, "SELECT count(*) FROM sources") == [(3,)]
    result = run_cli("remove", str(folder), "--db", str(db))
    assert result.returncode == 0 and "2 sources removed" in result.stdout
    assert [Path(p).name for (p,) in _rows(db, "SELECT path FROM sources")] == ["03.txt"]
    assert _rows(db, "SELECT count(*) FROM documents d LEFT JOIN sources s USING (source_id) WHERE s.path IS NULL") == [
        (0,)
    ]
    people = _rows(db, "SELECT count(*) FROM person_mentions m LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL")
    assert people == [(0,)]
    nothing = run_cli("remove", str(tmp_path / "never"), "--db", str(db))
    assert nothing.returncode == 1 and "no source loaded from" in nothing.stderr
    missing = run_cli("remove", str(memo), "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2 and not (tmp_path / "none.duckdb").exists()


def test_prune_drops_only_gone_files_under_the_folders_ingested(
    folder: Path, tmp_path: Path, settings: Settings
) -> None:
    db = tmp_path / "w.duckdb"
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SAMPLES / "03_minutes_wangtakhian.txt", other / "03.txt")
    ingest([folder, other], db, settings)
    (folder / NAMES[1]).unlink()
    (other / "03.txt").unlink()  # gone too, but not under the folder being ingested
    plain = ingest([folder], db, settings)
    assert plain.pruned == [] and _rows(db, "SELECT count(*) FROM sources") == [(4,)]
    pruned = ingest([folder], db, settings, prune_folders=[folder])
    assert [Path(p).name for p in pruned.pruned] == [NAMES[1]]
    assert sorted(Path(p).name for (p,) in _rows(db, "SELECT path FROM sources")) == sorted(["03.txt", NAMES[0], NAMES[2]])
    assert _rows(db, "SELECT count(*) FROM meetings") == [(1,)]  # 03's meeting; 02's is gone


def test_cli_prints_unchanged_and_prunes(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    assert run_cli("ingest", str(folder), "--db", str(db), "--workers", "1").returncode == 0
    again = run_cli("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert again.returncode == 0 and "3 unchanged" in again.stdout
    forced = run_cli("ingest", str(folder), "--db", str(db), "--workers", "1", "--force")
    assert "3/3 sources loaded" in forced.stdout and " unchanged:" not in forced.stdout
    (folder / NAMES[2]).unlink()
    pruned = run_cli("ingest", str(folder), "--db", str(db), "--workers", "1", "--prune")
    assert pruned.returncode == 0 and "1 pruned" in pruned.stdout and NAMES[2] in pruned.stdout


def test_a_warehouse_written_before_gains_the_new_columns(tmp_path: Path, folder: Path, settings: Settings) -> None:
    db = tmp_path / "old.duckdb"
    connect(db).close()
    con = duckdb.connect(str(db))
    for column in ("supersedes", "parser_version", "abs_path"):
        con.execute(f"ALTER TABLE sources DROP COLUMN {column}")
    con.close()
    summary = ingest([folder], db, settings)
    assert summary.loaded == 3
    con = connect(db)
    assert check_schema(con) == []
    con.close()
