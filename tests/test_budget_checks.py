"""The budget_checks view: a stated total that does not add up, a sheet that disagrees with its row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Settings
from pipeline.run import ingest
from tests.conftest import seed

PLAN_AND_SHEETS = """แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 เทศบาลตำบลคลองน้ำใส
ลำดับ\tโครงการ\tมิติ\tงบประมาณ (บาท)\tหมายเหตุ
1\tโครงการอบรมจริยธรรมพนักงานเทศบาล\t1\t40,000
2\tกิจกรรมประกาศเจตจำนงสุจริต\t2\tไม่ใช้งบประมาณ
3\tโครงการตรวจสอบภายในประจำปี\t4\t15,000.00
รวมทั้งสิ้น\t\t\t60,000
ลำดับที่ 1
1. ชื่อโครงการ : โครงการอบรมจริยธรรมพนักงานเทศบาล
2. หลักการและเหตุผล
พนักงานควรยึดมั่นในจริยธรรม
7. งบประมาณ
จำนวน 45,000 บาท
ลำดับที่ 2
1. ชื่อโครงการ : กิจกรรมประกาศเจตจำนงสุจริต
7. งบประมาณ
ดำเนินการโดยไม่ใช้งบประมาณ
"""


@pytest.fixture
def warehouse(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    source = tmp_path / "plan.txt"
    source.write_text(PLAN_AND_SHEETS, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = ingest([source], db, Settings(workers=1))
    assert not summary.failures, summary.failures
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def test_stated_total_that_does_not_add_up_is_flagged(warehouse: duckdb.DuckDBPyConnection) -> None:
    rows = warehouse.execute(
        "SELECT label, row_count, stated_thb, expected_thb, difference_thb, mismatch "
        "FROM budget_checks WHERE check_kind = 'plan_total'"
    ).fetchall()
    assert rows == [("รวมทั้งสิ้น", 3, Decimal("60000.00"), Decimal("55000.00"), Decimal("5000.00"), True)]


def test_sheet_budget_against_its_row(warehouse: duckdb.DuckDBPyConnection) -> None:
    rows = warehouse.execute(
        "SELECT sheet_no, project_seq, stated_thb, expected_thb, difference_thb, mismatch "
        "FROM budget_checks WHERE check_kind = 'sheet' ORDER BY sheet_no"
    ).fetchall()
    assert rows == [
        (1, 1, Decimal("45000.00"), Decimal("40000.00"), Decimal("5000.00"), True),
        (2, 2, Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), False),
    ]


def test_only_mismatches_query(warehouse: duckdb.DuckDBPyConnection) -> None:
    flagged = warehouse.execute("SELECT check_kind FROM budget_checks WHERE mismatch ORDER BY 1").fetchall()
    assert flagged == [("plan_total",), ("sheet",)]


def test_seed_plan_balances_and_no_sheet_disagrees(tmp_path: Path, shared: Path) -> None:
    db = tmp_path / "seed.duckdb"
    summary = ingest([seed(shared, "004")], db, Settings(workers=1))
    assert not summary.failures, summary.failures
    con = duckdb.connect(str(db), read_only=True)
    try:
        totals = con.execute(
            "SELECT stated_thb, expected_thb, mismatch FROM budget_checks WHERE check_kind = 'plan_total'"
        ).fetchall()
        disagreeing = con.execute(
            "SELECT count(*) FROM budget_checks WHERE check_kind = 'sheet' AND mismatch"
        ).fetchone()
    finally:
        con.close()
    assert totals == [(Decimal("3170000.00"), Decimal("3170000.00"), False)]
    assert disagreeing == (0,)


def test_a_plan_over_three_years_is_checked_year_by_year_and_over_its_span(tmp_path: Path) -> None:
    source = tmp_path / "plan3.txt"
    source.write_text(
        "\n".join(
            [
                "แผนปฏิบัติการป้องกันการทุจริต 3 ปี (พ.ศ. 2568 - 2570)",
                "องค์การบริหารส่วนตำบลทดสอบ",
                "ที่\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\t\t\tรวม 3 ปี\tหมายเหตุ",
                "\t\tปี 2568\tปี 2569\tปี 2570\t(บาท)\t",
                "1\tโครงการส่งเสริมคุณธรรม\t20,000\t20,000\t20,000\t60,000\t",
                "2\tโครงการอบรมเจ้าหน้าที่\t15,000\t-\t18,000\t33,000\t",
                "รวมทั้งสิ้น\t\t35,000\t20,000\t38,000\t95,000\t",  # the span's total 2,000 too many
            ]
        ),
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    assert not ingest([source], db, Settings(workers=1)).failures
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT fiscal_year, stated_thb, expected_thb, mismatch FROM budget_checks "
            "WHERE check_kind = 'plan_total' ORDER BY fiscal_year NULLS LAST"
        ).fetchall()
    assert rows == [
        (2568, Decimal("35000.00"), Decimal("35000.00"), False),
        (2569, Decimal("20000.00"), Decimal("20000.00"), False),
        (2570, Decimal("38000.00"), Decimal("38000.00"), False),
        (None, Decimal("95000.00"), Decimal("93000.00"), True),
    ]
