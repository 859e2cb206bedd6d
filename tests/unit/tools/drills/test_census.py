"""census.py: ids found against ids expected, lost and duplicated."""

from __future__ import annotations

from collections import Counter

from tools.drills.census import Census, Tally, tally


def test_a_missing_id_is_lost_and_an_extra_or_repeated_one_duplicated() -> None:
    expected = frozenset({"a", "b", "c"})
    assert tally(expected, Counter({"a": 1, "b": 1, "c": 1})) == Tally(3, 3, 0, 0)
    assert tally(expected, Counter({"a": 1, "b": 1})) == Tally(3, 2, 1, 0)
    assert tally(expected, Counter({"a": 2, "b": 1, "c": 1, "z": 1})) == Tally(3, 5, 0, 2)


def test_a_census_is_whole_only_without_loss_or_duplicate() -> None:
    fine, lost = Tally(1, 1, 0, 0), Tally(1, 0, 1, 0)
    assert Census(fine, fine, fine, 3, "topic").whole()
    assert not Census(fine, fine, lost, 0, "topic").whole()
