"""English denials: verbs, falsity statements, quotes and their speakers, non-denials and the traps."""

from __future__ import annotations

import pytest

from newsmon.nlp.denials import detect
from newsmon.nlp.denials.triggers import MAX_HITS_PER_KIND
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity


def test_a_denial_verb_gives_denier_role_trigger_claim_and_source(one) -> None:
    text = (
        "White House spokesperson Laura Finch on Tuesday denied reports by the Daily Ledger "
        "that the president had cancelled his trip to Ottawa."
    )
    denial = one(text, "en")
    assert denial.denier is not None
    assert denial.denier.text == "Laura Finch"
    assert denial.denier.role == "White House spokesperson"
    assert denial.trigger.text == "denied"
    assert denial.claim is not None and denial.claim.text == "the president had cancelled his trip to Ottawa"
    assert denial.claim_source == "the Daily Ledger"
    assert text[denial.trigger.start : denial.trigger.end] == "denied"
    assert denial.evidence.text == text
    assert 0.5 < denial.confidence <= 1.0


def test_a_quoted_falsity_is_attributed_to_the_speaker_after_it(one) -> None:
    denial = one('"There is not a word of truth in these claims," Harrow said.', "en")
    assert denial.denier is not None and denial.denier.text == "Harrow"


def test_an_attribution_in_the_next_sentence_names_the_speaker(one) -> None:
    text = 'The mayor\'s office was asked about the leak. "These reports are completely false." Okafor said.'
    denial = one(text, "en")
    assert denial.denier is not None and denial.denier.text == "Okafor"
    assert denial.evidence.text == '"These reports are completely false."'


def test_a_quote_over_several_sentences_is_attributed_to_its_speaker(one) -> None:
    text = (
        "“We never met the buyers. The story about a secret sale is a fabrication,” "
        "said Dana Reyes, a spokeswoman for the port authority."
    )
    denial = one(text, "en")
    assert denial.denier is not None and denial.denier.text == "Dana Reyes"
    assert denial.denier.role == "a spokeswoman for the port authority"


def test_a_passive_denial_names_the_agent(one) -> None:
    text = "Claims that the dam had cracked were dismissed as nonsense by the regional water board."
    denial = one(text, "en")
    assert denial.denier is not None and denial.denier.text == "the regional water board"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would neither confirm nor deny the report.",
        "A spokesman for the bank declined to comment on the rumours.",
        "The club could not immediately comment.",
    ],
)
def test_non_denials(run, text: str) -> None:
    assert {record.type for record in run(text, "en")} == {"non_denial"}


@pytest.mark.parametrize(
    "text",
    [
        "The senator did not deny that he had met the lobbyist.",  # negated
        "The company has yet to deny the allegations.",  # negated
        "If the minister denies the story, the opposition will ask for proof.",  # hypothetical
        "He refused to deny the claims.",  # negated
        "The judge denied bail to the three suspects.",  # another sense
        "A late tackle denied the visitors an equaliser.",  # another sense
        "She was denied entry at the border.",  # another sense, passive without agent
        "The council rejected the proposal to close the library.",  # a proposal, no claim
        "HOAX: the claim that the bridge will close is false.",  # the writer's own fact-check
        "The false report spread quickly on social media.",  # a false report, nobody denies it
        "Mr Hale said the trains were running late.",  # an assertion that denies no report
    ],
)
def test_traps_are_not_denials(run, text: str) -> None:
    assert [record for record in run(text, "en") if record.type == "denial"] == []


def test_an_entity_gives_the_canonical_name_and_the_role_left_of_it() -> None:
    text = "Kremlin spokesman Dmitry Peskov dismissed the reports as speculation."
    entity = Entity("Dmitry Peskov", "PERSON", 17, 30, "Dmitry Peskov")
    [denial] = detect(text, split_sentences(text), [entity], "en")
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.canonical, denial.denier.role) == (
        "Dmitry Peskov",
        "Dmitry Peskov",
        "Kremlin spokesman",
    )


def test_an_article_left_of_an_entity_is_no_role() -> None:
    text = "The Ministry of Transport denied reports that the airport would close."
    entity = Entity("Ministry of Transport", "ORG", 4, 25, "Ministry of Transport")
    [denial] = detect(text, split_sentences(text), [entity], "en")
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.role) == ("Ministry of Transport", None)


def test_a_surname_gets_the_full_name_used_earlier_in_the_text(run) -> None:
    text = "Minister Joan Albright spoke on Monday. Albright denied the allegations on Tuesday."
    [denial] = run(text, "en")
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.canonical) == ("Albright", "Joan Albright")


def test_an_unknown_language_or_empty_text_gives_nothing() -> None:
    assert detect("He denied it.", split_sentences("He denied it."), [], "xx") == []
    assert detect("", [], [], "en") == []


def test_a_run_on_sentence_is_bounded(run) -> None:
    records = run("He denied it, " * 400, "en")
    assert 0 < len(records) <= MAX_HITS_PER_KIND
