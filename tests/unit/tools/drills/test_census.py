"""census.py: ids found against ids expected; alerts expected from the processor's own alert step, by id,
version and report."""

from __future__ import annotations

from collections import Counter

from newsmon.core.deadletters import Received
from newsmon.core.ids import digest
from newsmon.core.messages import Alert, DenialRecord, Report, encode
from newsmon.core.topics import DENIALS
from newsmon.processor.rules import MAX_REPORTS
from tests.support.samples import alert_rule, denial_record
from tools.drills.census import Census, ExpectedAlerts, Tally, compare_alerts, expect_alerts, tally

RULE = alert_rule()


def denial(name: str, **overrides: object) -> DenialRecord:
    """A report of the sample story (one denier, one claim) under an id of its own, named ``name``."""
    return denial_record(id=digest("denial", name), **overrides)


def ids(*names: str) -> list[str]:
    return [digest("denial", name) for name in names]


def received(denials: list[DenialRecord]) -> list[Received]:
    return [Received("ns.denials", 0, offset, None, encode(d, DENIALS)) for offset, d in enumerate(denials)]


def reports_of(alert: Alert) -> list[str]:
    return [report.denial_id for report in alert.reports]


def test_a_missing_id_is_lost_and_an_extra_or_repeated_one_duplicated() -> None:
    expected = frozenset({"a", "b", "c"})
    assert tally(expected, Counter({"a": 1, "b": 1, "c": 1})) == Tally(3, 3, 0, 0)
    assert tally(expected, Counter({"a": 1, "b": 1})) == Tally(3, 2, 1, 0)
    assert tally(expected, Counter({"a": 2, "b": 1, "c": 1, "z": 1})) == Tally(3, 5, 0, 2)


def test_reports_of_one_story_grow_one_alert_and_a_redelivered_denial_changes_nothing() -> None:
    story = [denial(f"d{n}") for n in range(3)]
    alone = denial("x", denier=None)
    expected = expect_alerts(received([story[0], story[1], story[0], alone, story[2]]), [RULE])
    grown, single = sorted(expected.alerts.values(), key=lambda alert: -alert.version)
    assert (reports_of(grown), grown.version) == (ids("d0", "d1", "d2"), 3)
    assert (reports_of(single), single.version) == (ids("x"), 1)
    assert expected.unreported == 0
    assert expected.reports() == {f"{grown.id}/{d}" for d in ids("d0", "d1", "d2")} | {f"{single.id}/{ids('x')[0]}"}


def test_denials_beyond_a_full_alert_are_expected_unreported() -> None:
    story = [denial(f"d{n}") for n in range(MAX_REPORTS + 2)]
    expected = expect_alerts(received(story), [RULE])
    (full,) = expected.alerts.values()
    assert (len(full.reports), full.version, expected.unreported) == (MAX_REPORTS, MAX_REPORTS, 2)


def test_alerts_are_compared_by_id_version_and_report() -> None:
    story = [denial(f"d{n}") for n in range(3)]
    expected = expect_alerts(received([*story, denial("x", denier=None)]), [RULE])
    grown, single = sorted(expected.alerts.values(), key=lambda alert: -alert.version)
    assert compare_alerts(expected, [grown, single]) == (Tally(2, 2, 0, 0), Tally(4, 4, 0, 0), 0)
    # The story's last version was lost (an older one is indexed), the single alert too, and a stray
    # alert reports d2 a second time.
    older = grown.model_copy(update={"reports": grown.reports[:2], "version": 2})
    stray = single.model_copy(update={"id": "stray", "reports": [Report.of(story[2])]})
    by_id, reports, stale = compare_alerts(expected, [older, stray])
    assert (by_id, reports, stale) == (Tally(2, 2, 1, 1), Tally(4, 3, 2, 1), 1)


def test_a_census_adds_up_what_was_lost_and_doubled() -> None:
    fine, lost, doubled = Tally(1, 1, 0, 0), Tally(1, 0, 1, 0), Tally(1, 2, 0, 1)
    assert Census(fine, fine, fine, fine, stale=0, unreported=3, alert_redeliveries=5).whole()
    assert Census(fine, lost, fine, doubled, stale=1, unreported=0, alert_redeliveries=0).lost() == 2
    census = Census(doubled, fine, fine, doubled, stale=0, unreported=0, alert_redeliveries=0)
    assert (census.lost(), census.duplicated(), census.whole()) == (0, 2, False)
    assert ExpectedAlerts({}, 0).reports() == frozenset()
