from __future__ import annotations

from tools.benchmark import scaling


def test_one_row_per_size_with_the_cost_per_kb() -> None:
    rows = scaling.measure_scaling([2000, 6000], "en")
    assert [row["bytes"] >= size for row, size in zip(rows, [2000, 6000], strict=True)] == [True, True]
    assert all(row["cpu_s"] >= 0 and row["ms_per_kb"] >= 0 and row["denials"] >= 1 for row in rows)
    assert scaling.main(["--sizes", "2000"]) == 0
