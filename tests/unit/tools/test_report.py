"""``tools.report``: the plain-text tables every report prints."""

from __future__ import annotations

from tools.report import format_table


def test_tables_align_columns_of_every_row() -> None:
    table = format_table([{"check": "a", "score": 1.0}, {"check": "longer", "extra": None, "score": 12}])
    assert table.splitlines() == [
        "check   score  extra",
        "------  -----  -----",
        "a       1.000  -",
        "longer     12  -",
    ]
    assert format_table([]) == "(no rows)"
