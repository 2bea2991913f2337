"""A seeded batch of hostile files made at test time, mixed with two good sample files: the
good files load with exactly their rows, and every hostile file either fails with one line
(no memory address) or loads (``ok``, or ``partial`` with its warning)."""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path

import duckdb

from pipeline.config import Settings
from pipeline.read import display_path
from pipeline.run import ingest
from schemas import RECORD_TABLES
from tests import hostile
from tests.conftest import SAMPLES

SEED = 15
GOOD = (SAMPLES / "01_memo_khlongsai.txt", SAMPLES / "04_order_phothong.txt")
PDF = SAMPLES / "pdf" / "01_memo_khlongsai.pdf"
PLAN = SAMPLES / "05_action_plan_huainamsai.txt"


def _flip(data: bytes, rng: random.Random, flips: int) -> bytes:
    out = bytearray(data)
    for _ in range(flips):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def hostile_files(folder: Path, rng: random.Random) -> list[Path]:
    """About forty hostile files in ``folder``; returns their paths."""
    pdf, blank = PDF.read_bytes(), hostile.blank_pdf()
    files: dict[str, bytes] = {}
    for n in range(8):
        files[f"truncated{n}.pdf"] = pdf[: rng.randrange(8, len(pdf))]
    for n in range(8):
        files[f"flipped{n}.pdf"] = _flip(pdf, rng, rng.choice((1, 5, 50)))
    for n in range(4):
        files[f"blank-flipped{n}.pdf"] = _flip(blank, rng, 3)
    text = GOOD[0].read_bytes()
    files |= {
        "empty.txt": b"",
        "empty.pdf": b"",
        "empty.png": b"",
        "blank.txt": b" \n\t\n",
        "random.txt": rng.randbytes(4096),
        "seven.txt": rng.randbytes(7),
        "random.pdf": b"%PDF-1.4\n" + rng.randbytes(2048),
        "random.png": b"\x89PNG\r\n\x1a\n" + rng.randbytes(512),
        "utf32.txt": text.decode().encode("utf-32"),
        "latin1.txt": "Procès-verbal de la réunion, rien en thaï.".encode("latin-1"),
        "stray-byte.txt": text[:200] + b"\xff" + text[200:],
        "truncated-utf8.txt": text[:-1] + b"\xe0",
        "huge-amount.txt": PLAN.read_text(encoding="utf-8").replace("๓๐,๐๐๐", "30,000,000,000,000,000").encode(),
        "page-tree-lies.pdf": hostile.blank_pdf(repeats=20_000),
        "giant-page.pdf": hostile.blank_pdf(14400, 14400),
        "frames.tiff": hostile.tiff(8),
        "huge.png": hostile.png((4000, 3000)),
        "truncated.png": hostile.png((200, 100))[:60],
        "notes.docx": _zip(),
        "named-pdf.txt": pdf[:4096],
    }
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    odd = Path(os.fsdecode(bytes(folder) + b"/\xe0\xb8name-cp874-\xba\xd1.txt"))
    odd.write_bytes(text[: len(text) // 2])
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    return [*paths, odd, fifo]


def _zip() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _rows_of(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, int]:
    counts = {"documents": con.execute(
        "SELECT count(*) FROM documents JOIN sources USING (source_id) WHERE sources.path LIKE ?", [f"%/{name}"]
    ).fetchone()[0]}  # type: ignore[index]
    for model in RECORD_TABLES:
        counts[model.__table__] = con.execute(
            f"SELECT count(*) FROM {model.__table__} JOIN documents USING (doc_id) "
            "JOIN sources USING (source_id) WHERE sources.path LIKE ?",
            [f"%/{name}"],
        ).fetchone()[0]  # type: ignore[index]
    return counts


def test_hostile_files_never_cost_the_good_ones(tmp_path: Path) -> None:
    settings = Settings(workers=2, ocr_cache_dir=None, ocr_dpi=72, max_pages=5, max_page_megapixels=10, timeout_s=60)
    alone = tmp_path / "alone"
    alone.mkdir()
    for good in GOOD:
        (alone / good.name).write_bytes(good.read_bytes())
    ingest([alone], tmp_path / "alone.duckdb", settings)
    con = duckdb.connect(str(tmp_path / "alone.duckdb"), read_only=True)
    expected = {good.name: _rows_of(con, good.name) for good in GOOD}
    con.close()

    batch = tmp_path / "batch"
    batch.mkdir()
    bad = hostile_files(batch, random.Random(SEED))
    for good in GOOD:
        (batch / good.name).write_bytes(good.read_bytes())
    db = tmp_path / "w.duckdb"
    summary = ingest([batch], db, settings)
    assert summary.sources == len(bad) + len(GOOD)

    con = duckdb.connect(str(db), read_only=True)
    for good in GOOD:
        assert _rows_of(con, good.name) == expected[good.name], good.name
        assert expected[good.name]["documents"] > 0
    for path in bad:
        shown = display_path(path)
        rows = con.execute("SELECT source_id, status, error FROM sources WHERE path = ?", [shown]).fetchall()
        assert len(rows) == 1, shown
        source_id, status, error = rows[0]
        errors = con.execute("SELECT stage, error FROM ingest_errors WHERE source_id = ?", [source_id]).fetchall()
        if status == "failed":
            assert len(errors) == 1, shown
            message = errors[0][1]
            assert message and message == error and "\n" not in message and "0x" not in message, (shown, message)
            assert "out of memory" not in message, (shown, message)  # the limit counts what a worker adds
        else:
            assert status in ("ok", "partial") and errors == [], (shown, status, errors)
            assert status == "ok" or error, shown
    statuses = dict(con.execute("SELECT regexp_extract(path, '[^/]+$'), status FROM sources").fetchall())
    con.close()
    assert statuses["huge-amount.txt"] == "partial"
    assert statuses["stray-byte.txt"] == statuses["truncated-utf8.txt"] == "partial"  # bytes replaced, reported
    assert statuses["utf32.txt"] == "ok"  # a BOM'd UTF-32 memo is read as the memo it is
    refused_kinds = ("pipe.txt", "page-tree-lies.pdf", "giant-page.pdf", "frames.tiff", "huge.png", "empty.txt")
    for refused in (*refused_kinds, "latin1.txt", "seven.txt", "random.txt"):
        assert statuses[refused] == "failed", refused
