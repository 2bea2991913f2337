"""The evaluator follows CONTRACT.md "Gold files" to the letter."""

from __future__ import annotations

import datetime as dt

from pipeline.eval import score_table, values_agree


def test_value_comparison_rules() -> None:
    assert values_agree("title", "ก" * 20, "ก" * 19 + "ข")  # similarity 0.95
    assert not values_agree("title", "ก" * 10, "ก" * 8 + "ขข")  # similarity 0.8
    assert not values_agree("role", "ประธาน", "ประธาร")  # 6 chars but 1 differs: similarity 0.83
    assert not values_agree("prefix", "นาง", "นาย")  # at most 4 characters: exact
    assert not values_agree("seq", "1.10", "1.1")  # seq compares as text
    assert values_agree("amount_thb", 10.0, 10.004)
    assert not values_agree("amount_thb", 10.0, 10.01)
    assert values_agree("meeting_date", "2024-03-01", dt.date(2024, 3, 1))
    assert values_agree("start_time", "09:30", dt.time(9, 30))
    assert values_agree("objectives", ["ข้อหนึ่งยาว", "ข้อสองยาว"], ["ข้อหนึ่งยาว", "ข้อสองยาว"])
    assert values_agree("position", None, "")
    assert not values_agree("position", None, "ปลัด")
    assert values_agree("note", "๒๕๖๗ ปี", "2567  ปี")  # conventions applied before comparing


def test_scores_keys_fields_and_strict() -> None:
    gold = [
        {"seq": 1, "name": "โครงการหนึ่งเพื่อชุมชน", "budget_thb": 100.0},
        {"seq": 2, "name": "โครงการสองเพื่อชุมชน", "budget_thb": 200.0},
        {"seq": 3, "name": "โครงการสามเพื่อชุมชน", "budget_thb": None},
    ]
    found = [
        {"seq": 1, "name": "โครงการหนึ่งเพื่อชุมชน", "budget_thb": 100.0},
        {"seq": 2, "name": "โครงการสองเพื่อชุมชน", "budget_thb": 999.0},
        {"seq": 9, "name": "อื่น", "budget_thb": 1.0},
    ]
    score = score_table("projects", ("seq",), gold, found)
    assert (score.gold, score.found, score.matched, score.strict) == (3, 3, 2, 1)
    assert score.key_prf == (2 / 3, 2 / 3, 2 / 3)
    assert score.fields_total == 4 and score.fields_right == 3
    assert abs(score.strict_f1 - 1 / 3) < 1e-9
    assert any("missing seq='3'" in miss for miss in score.misses)
    assert any("extra seq='9'" in miss for miss in score.misses)


def test_among_rows_with_the_same_key_the_best_agreeing_is_taken() -> None:
    gold = [{"meeting_date": "2024-03-01", "full_name": "สมชาย ใจดี", "position": "ปลัด"}]
    found = [
        {"meeting_date": dt.date(2024, 3, 1), "full_name": "สมชาย ใจดี", "position": "รองปลัด"},
        {"meeting_date": dt.date(2024, 3, 1), "full_name": "สมชาย ใจดี", "position": "ปลัด"},
    ]
    score = score_table("attendees", ("meeting_date", "full_name"), gold, found)
    assert score.strict == 1 and score.found == 2
