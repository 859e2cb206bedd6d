"""rules.py: does a denial record match an alert rule (pure)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsmon.core.ids import digest
from newsmon.core.messages import AlertRule
from newsmon.processor.rules import MAX_REPORTS, AlertCap, RuleBook, alerts_for, matches
from tests.support.samples import NOW, alert_rule, denial_record


def test_a_rule_without_conditions_matches_any_denial() -> None:
    assert matches(alert_rule(), denial_record())
    assert matches(alert_rule(), denial_record(denier=None, claim=None, type="non_denial"))


def test_a_disabled_rule_never_matches() -> None:
    assert not matches(alert_rule(enabled=False), denial_record())


@pytest.mark.parametrize(
    "denier", ["ministry of home affairs", "KEMENTERIAN DALAM NEGERI", " Ministry  of Home Affairs "]
)
def test_the_denier_matches_canonical_name_or_text_case_insensitively(denier: str) -> None:
    assert matches(alert_rule(denier=denier), denial_record())


def test_the_denier_must_be_the_whole_name_and_present() -> None:
    assert not matches(alert_rule(denier="Ministry"), denial_record())
    assert not matches(alert_rule(denier="Ministry of Home Affairs"), denial_record(denier=None))


def test_claim_terms_match_stems_in_the_denial_language() -> None:
    # "pemilu" and "pemerintah" are stemmed in the claim and in the rule alike.
    assert matches(alert_rule(claim_terms=["Pemilu", "pemerintah"]), denial_record())
    claim = {"text": "menteri membantah kabar itu", "start": 0, "end": 27}
    assert matches(alert_rule(claim_terms=["bantah"]), denial_record(claim=claim))


def test_every_claim_term_is_required_and_phrases_keep_their_order() -> None:
    assert not matches(alert_rule(claim_terms=["pemilu", "pajak"]), denial_record())
    claim = {"text": "the nuclear deals were signed", "start": 0, "end": 29}
    english = denial_record(language="en", claim=claim)
    assert matches(alert_rule(claim_terms=["nuclear deal"]), english)
    assert not matches(alert_rule(claim_terms=["deal nuclear"]), english)


def test_claim_terms_need_a_claim_and_terms_without_words_never_match() -> None:
    assert not matches(alert_rule(claim_terms=["pemilu"]), denial_record(claim=None))
    assert not matches(alert_rule(claim_terms=["!!"]), denial_record())


def test_language_type_and_confidence_filters() -> None:
    denial = denial_record()
    assert matches(alert_rule(languages=["en", "id"], types=["denial"], min_confidence=0.8), denial)
    assert not matches(alert_rule(languages=["en"]), denial)
    assert not matches(alert_rule(types=["non_denial"]), denial)
    assert not matches(alert_rule(min_confidence=0.81), denial)


def test_one_alert_per_matching_rule_with_an_id_from_rule_and_story() -> None:
    denial = denial_record()
    rules = [alert_rule(id="a", name="A"), alert_rule(id="b", name="B", languages=["en"]), alert_rule(id="c")]
    alerts = alerts_for(denial, "s" * 32, rules, {}, NOW)
    assert [(alert.rule_id, alert.rule_name) for alert in alerts] == [("a", "A"), ("c", "Everything")]
    assert alerts[0].id == digest("a", "s" * 32) and alerts[0].version == 1
    assert alerts[0].denial == denial and alerts[0].created_at == NOW
    assert [report.denial_id for report in alerts[0].reports] == [denial.id]


def test_a_second_report_grows_the_alert_and_a_repeated_one_raises_it_again_only_while_latest() -> None:
    first = denial_record()
    copy = denial_record(id="c" * 32, source="other.example", article_id="d" * 32)
    rules = [alert_rule(id="a")]
    (alert,) = alerts_for(first, first.id, rules, {}, NOW)
    later = NOW + timedelta(minutes=5)
    (grown,) = alerts_for(copy, first.id, rules, {alert.id: alert}, later)
    assert (grown.id, grown.version, grown.created_at, grown.updated_at) == (alert.id, 2, NOW, later)
    assert [report.source for report in grown.reports] == [first.source, "other.example"]
    # Delivered again after a crash, the latest report raises the version the crash may have lost, unchanged.
    assert alerts_for(copy, first.id, rules, {alert.id: grown}, later + timedelta(minutes=1)) == [grown]
    assert alerts_for(first, first.id, rules, {alert.id: grown}, later) == []
    full = alert.model_copy(update={"reports": alert.reports * MAX_REPORTS})
    assert alerts_for(copy, first.id, rules, {alert.id: full}, later) == []


@pytest.mark.parametrize("denier", ["Kremlin", "кремль", "Kreml", "الكرملين"])
def test_the_denier_matches_by_any_alias_in_any_language(denier: str) -> None:
    kremlin = {"text": "Кремля", "start": 0, "end": 6, "canonical": "Kremlin", "role": None}
    assert matches(alert_rule(denier=denier), denial_record(denier=kremlin, language="ru"))
    assert not matches(alert_rule(denier=denier), denial_record())


def test_sources_filter_case_insensitively() -> None:
    denial = denial_record()
    assert matches(alert_rule(sources=["other.example", denial.source.upper()]), denial)
    assert not matches(alert_rule(sources=["other.example"]), denial)


def test_the_cap_counts_new_alerts_per_rule_in_a_sliding_window() -> None:
    cap = AlertCap(2, timedelta(hours=1))
    assert [cap.allows("a", NOW), cap.allows("a", NOW), cap.allows("a", NOW), cap.allows("b", NOW)] == [
        True,
        True,
        False,
        True,
    ]
    assert cap.allows("a", NOW + timedelta(hours=1))


def _table(*rules: AlertRule) -> dict[str, object]:
    return {rule.id: rule.model_dump(mode="json") for rule in rules}


def test_a_denial_is_checked_only_against_rules_naming_its_denier_or_none() -> None:
    rules = [
        alert_rule(id="any"),
        alert_rule(id="ministry", denier="KEMENTERIAN DALAM NEGERI"),
        alert_rule(id="kremlin", denier="Kremlin"),
        alert_rule(id="off", enabled=False),
        alert_rule(id="ministry-en", denier="ministry of home affairs", languages=["en"]),
    ]
    book = RuleBook(_table(*rules))
    denial = denial_record()
    assert [rule.id for rule in book.candidates(denial)] == ["any", "ministry", "ministry-en"]
    assert [rule.id for rule in book.candidates(denial_record(denier=None))] == ["any"]
    assert (len(book), book.disabled) == (5, 1)
    # The index only narrows the search: every rule that matches is a candidate.
    for checked in (denial, denial_record(denier=None), denial_record(language="en")):
        assert [r for r in book.rules() if matches(r, checked)] == [
            r for r in book.candidates(checked) if matches(r, checked)
        ]


def test_the_book_follows_its_table_as_rules_come_change_and_go() -> None:
    table = _table(alert_rule(id="a", denier="Kremlin"))
    book = RuleBook(table)
    denial = denial_record()
    assert book.candidates(denial) == []
    table.update(_table(alert_rule(id="a", denier="Ministry of Home Affairs"), alert_rule(id="b")))
    assert [rule.id for rule in book.candidates(denial)] == ["a", "b"]
    table["b"] = alert_rule(id="b", enabled=False).model_dump(mode="json")
    assert [rule.id for rule in book.candidates(denial)] == ["a"]
    del table["a"]
    assert book.candidates(denial) == [] and book.rules() == [alert_rule(id="b", enabled=False)]


@pytest.mark.parametrize("denier", ["Igor Sechin", "IGOR SECHIN", "Игорь Сечин"])
def test_the_denier_matches_in_any_script_or_spelling(denier: str) -> None:
    sechin = {"text": "Игорь Сечин", "start": 0, "end": 11, "canonical": "Игорь Сечин", "role": None}
    assert matches(alert_rule(denier=denier), denial_record(denier=sechin, language="ru"))
    book = RuleBook(_table(alert_rule(id="sechin", denier=denier)))
    assert [rule.id for rule in book.candidates(denial_record(denier=sechin, language="ru"))] == ["sechin"]
    assert not matches(alert_rule(denier="Igor Sechkin"), denial_record(denier=sechin, language="ru"))
