"""census.py: ids found against ids expected, lost and duplicated; alerts by the denials they report."""

from __future__ import annotations

from collections import Counter

from tools.drills.census import Census, Tally, reported_denials, tally


def test_a_missing_id_is_lost_and_an_extra_or_repeated_one_duplicated() -> None:
    expected = frozenset({"a", "b", "c"})
    assert tally(expected, Counter({"a": 1, "b": 1, "c": 1})) == Tally(3, 3, 0, 0)
    assert tally(expected, Counter({"a": 1, "b": 1})) == Tally(3, 2, 1, 0)
    assert tally(expected, Counter({"a": 2, "b": 1, "c": 1, "z": 1})) == Tally(3, 5, 0, 2)


def test_an_alert_reports_its_denial_or_its_story_reports_and_versions_merge() -> None:
    alerts = [
        {"id": "x1", "denial": {"id": "d1"}},
        {"id": "x1", "denial": {"id": "d1"}},  # redelivered
        {"id": "x2", "denial": {"id": "d2"}, "reports": [{"denial_id": "d2"}]},
        {"id": "x2", "denial": {"id": "d2"}, "reports": [{"denial_id": "d2"}, {"denial_id": "d3"}]},
        {"id": "x3", "denial": {"id": "d3"}},  # d3 in a second alert: doubled
    ]
    assert reported_denials(alerts) == (Counter({"d1": 1, "d2": 1, "d3": 2}), 3)


def test_a_census_is_complete_without_loss_and_whole_without_duplicate_either() -> None:
    fine, lost, doubled = Tally(1, 1, 0, 0), Tally(1, 0, 1, 0), Tally(1, 2, 0, 1)
    assert Census(fine, fine, fine, 1, 3, "topic").whole()
    assert not Census(fine, fine, lost, 0, 0, "topic").complete()
    assert Census(fine, doubled, fine, 1, 0, "topic").complete()
    assert not Census(fine, doubled, fine, 1, 0, "topic").whole()
