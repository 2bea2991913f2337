"""People across documents: OCR's spellings of one name are one person; two people listed in
one document stay two."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.people import cluster, name_key, person_of
from pipeline.run import ingest
from schemas import PersonMention
from tests.conftest import SAMPLES

MINUTES = SAMPLES / "02_minutes_nongbuadaeng.txt"


def mention(doc: str, name: str, role: str = "attendee", position: str | None = None) -> PersonMention:
    return PersonMention(person_id="", doc_id=doc, page_no=1, role=role, full_name=name, position=position)  # type: ignore[arg-type]


def names(clusters: list[list[PersonMention]]) -> list[set[str]]:
    return sorted(({m.full_name for m in c} for c in clusters), key=lambda s: sorted(s))


def test_the_key_drops_what_ocr_drops() -> None:
    assert name_key("สมศักดิ์ บุญประเสริฐ") == name_key("สมศกด บญประเสรฐ") == name_key("สมศักดิ์บุญ ประเสริฐ 9")


def test_ocr_spellings_across_documents_are_one_person() -> None:
    clusters = cluster([
        mention("d1", "สมศักดิ์ บุญประเสริฐ"),
        mention("d2", "สมศกด บญประเสรฐ"),  # marks dropped
        mention("d3", "สมศักดิ์บ ญประเสริฐ"),  # a space moved
        mention("d4", "ชาญชัย มีสุข"),
        mention("d5", "ชาญัย มีสข"),  # a letter and a mark lost
        mention("d6", "ณรงค์ชัย บ", position="หัวหน้าสำนักปลัดเทศบาล"),  # cut short
        mention("d7", "ณรงค์ชัย บุญยืน", position="หัวหน้าสำนักปลัดเทศบาล"),
    ])
    assert len(clusters) == 3
    person = person_of(next(c for c in clusters if len(c) == 3))
    assert person.full_name == "สมศักดิ์ บุญประเสริฐ" and person.documents == 3  # the spelling with its marks


def test_two_people_with_one_surname_in_one_meeting_stay_two() -> None:
    clusters = cluster([
        mention("m1", "สมชาย ทองดี"),
        mention("m1", "สมชัย ทองดี"),
        mention("m2", "สมชาย ทองดี"),
        mention("m3", "สมชัย ทองดี", role="memo_signer"),
    ])
    assert names(clusters) == [{"สมชัย ทองดี"}, {"สมชาย ทองดี"}]


def test_different_given_names_are_different_people() -> None:
    clusters = cluster([mention("d1", "สมศักดิ์ บุญประเสริฐ"), mention("d2", "สมศรี บุญประเสริฐ")])
    assert len(clusters) == 2


def test_a_cut_name_needs_the_same_position() -> None:
    clusters = cluster([
        mention("d1", "ไพโรจน์ สาย", position="ปลัดเทศบาล"),
        mention("d2", "ไพโรจน์ สายทอง", position="ผู้อำนวยการกองคลัง"),
    ])
    assert len(clusters) == 2


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("people")
    text = MINUTES.read_text(encoding="utf-8")
    ocr_like = text.replace("สมศักดิ์ บุญประเสริฐ", "สมศกด บุญประเสรฐ").replace("วันเพ็ญ ศรีสุข", "วนเพญ ศรสข")
    (folder / "minutes-copy.txt").write_text(ocr_like.replace("2567", "2568").replace("๒๕๖๗", "๒๕๖๘"), encoding="utf-8")
    path = folder / "w.duckdb"
    settings = Settings(workers=1, ocr_cache_dir=None)
    summary = ingest([*sorted(SAMPLES.glob("*.txt")), folder / "minutes-copy.txt"], path, settings)
    assert not summary.failures
    return path


def test_people_in_the_warehouse(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT full_name, spellings, documents FROM people WHERE full_name IN (?, ?) ORDER BY 1",
            ["สมศักดิ์ บุญประเสริฐ", "วันเพ็ญ ศรีสุข"],
        ).fetchall()
        assert [r[0] for r in rows] == ["วันเพ็ญ ศรีสุข", "สมศักดิ์ บุญประเสริฐ"]
        assert all(len(r[1]) == 2 and r[2] >= 2 for r in rows)  # two spellings, one person
        unlinked = con.execute("SELECT count(*) FROM person_mentions WHERE person_id NOT IN (SELECT person_id FROM people)")
        assert unlinked.fetchone() == (0,)
        (mentions,) = con.execute(
            "SELECT (SELECT count(*) FROM attendees) + (SELECT count(*) FROM committee_members)"
            " + (SELECT count(signer_name) FROM memos) + (SELECT count(signer_name) FROM orders)"
            " + (SELECT count(recorder_name) + count(reviewer_name) FROM meetings)"
        ).fetchone()  # type: ignore[misc]
        assert con.execute("SELECT count(*) FROM person_mentions").fetchone() == (mentions,)
    finally:
        con.close()


def test_readme_people_queries_run(db: Path) -> None:
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### People across documents")[1].split("\n### ")[0]
    queries = re.findall(r"```sql\n(.*?)```", section, re.DOTALL)
    assert len(queries) == 2
    con = duckdb.connect(str(db), read_only=True)
    try:
        most = con.execute(queries[0]).fetchall()
        assert most[0][1] == 2 and ("นายสมศักดิ์ บุญประเสริฐ", 2) in [row[:2] for row in most]
        years = con.execute(queries[1]).fetchall()
        assert ("นายสมศักดิ์ บุญประเสริฐ", [2567, 2568]) in years
    finally:
        con.close()
