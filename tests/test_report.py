"""``saraban report``: one self-contained HTML page from a warehouse of the samples."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.report import SECTIONS, Bar, bar_chart, report_queries
from pipeline.run import ingest
from tests.conftest import SAMPLES, run_cli


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, samples_warehouse: Path) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run_cli("report", "--db", str(samples_warehouse), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and "wrote" in result.stderr
    return out


def test_every_section_is_there_with_figures_from_the_warehouse(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    for key, title in SECTIONS:
        assert f'<section id="{key}"><h2>{title}</h2>' in page.replace("&#x27;", "'")
    section = {key: page.split(f'<section id="{key}">')[1].split("</section>")[0] for key, _ in SECTIONS}
    assert "notes.txt" in section["sources"] and "extract: no Thai text found" in section["sources"]
    assert "<svg" in section["sources"] and ">failed<" in section["sources"]
    assert ">text<" in section["pages"] and ">18<" in section["pages"]  # the samples' pages
    assert "action_plan" in section["documents"] and "เทศบาลตำบลดอนมะขาม" in section["documents"]
    assert "80,000.00" in section["budgets"] and "75,000.00" in section["budgets"]
    assert "the 6 rows add up to 75000.00" in section["review"]
    assert "<svg" in section["ita"] and "78.32" in section["ita"] and "87.45" in section["ita"]
    assert "เทศบาลเมืองวังตะเคียน" in section["attendance"] and "<svg" in section["attendance"]


def test_the_page_needs_no_network(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"https?://", page, re.IGNORECASE)
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|@import|url\(", page, re.IGNORECASE)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_headless_chromium_renders_every_section(report: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path}",
         "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    dom = result.stdout
    for key, _ in SECTIONS:
        assert f'id="{key}"' in dom
    assert dom.count("<svg") >= 5 and "<rect" in dom


def test_every_query_runs_on_an_empty_warehouse(tmp_path: Path) -> None:
    from warehouse.load import connect

    con = connect(tmp_path / "empty.duckdb")
    for name, sql in report_queries().items():
        assert con.execute(sql).fetchall() == [] or name == "budget_summary", name
    con.close()


def test_a_warehouse_without_the_pages_table_still_reports(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    ingest([SAMPLES / "01_memo_khlongsai.txt"], db, Settings(workers=1, ocr_cache_dir=None))
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE pages")
    con.close()
    result = run_cli("report", "--db", str(db), "-o", "-")
    assert result.returncode == 0
    assert "Not available in this warehouse" in result.stdout and 'id="attendance"' in result.stdout


def test_a_missing_warehouse_is_one_line(tmp_path: Path) -> None:
    result = run_cli("report", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "r.html"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert not (tmp_path / "r.html").exists()


def test_bar_chart_scales_and_escapes() -> None:
    svg = bar_chart([("<office>", [Bar("a & b", 50.0, "IIT"), Bar("c", 100.0, "EIT")])], "t", scale_max=100)
    assert "&lt;office&gt;" in svg and "a &amp; b" in svg and "<office>" not in svg
    widths = [float(w) for w in re.findall(r'<rect x="300" y="\d+" width="([\d.]+)"', svg)]
    assert widths[1] == pytest.approx(2 * widths[0])
    assert bar_chart([], "empty") == ""
