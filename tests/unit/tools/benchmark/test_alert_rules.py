from __future__ import annotations

from tools.benchmark import alert_rules


def test_every_tenth_rule_names_a_denier_of_the_corpus_in_turn() -> None:
    table = alert_rules.rule_table(21, ["Kremlin", "Pentagon"])
    assert [table[f"rule-{k}"]["denier"] for k in (0, 1, 10, 20)] == ["Kremlin", "Person 1", "Pentagon", "Kremlin"]


def test_rules_naming_corpus_deniers_raise_alerts_and_every_row_is_timed() -> None:
    rows = alert_rules.measure([0, 20], articles=3)
    assert [row["rules"] for row in rows] == [0, 20]
    assert rows[0]["denials"] >= 1 and rows[0]["alerts"] == 0 and rows[1]["alerts"] >= 1
    assert all(row["ms_per_denial"] >= 0 for row in rows)
