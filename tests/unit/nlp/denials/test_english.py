"""English denials in detail: quotes and their speakers, entities and canonical names, bounds.

The plain denial, non-denial and trap cases, and a denial's arguments, are in ``test_denials_languages``.
"""

from __future__ import annotations

from newsmon.nlp.denials import detect
from newsmon.nlp.denials.triggers import MAX_HITS_PER_KIND
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity


def test_an_attribution_in_the_next_sentence_names_the_speaker(one) -> None:
    text = 'The mayor\'s office was asked about the leak. "These reports are completely false." Okafor said.'
    denial = one(text, "en")
    assert denial.denier is not None and denial.denier.text == "Okafor"
    assert denial.evidence.text == '"These reports are completely false."'


def test_a_quote_over_several_sentences_is_attributed_to_its_speaker(one) -> None:
    text = (
        "“We checked every record. The story about a secret sale is a fabrication,” "
        "said Dana Reyes, a spokeswoman for the port authority."
    )
    denial = one(text, "en")
    assert denial.denier is not None and denial.denier.text == "Dana Reyes"
    assert denial.denier.role == "a spokeswoman for the port authority"


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


def test_a_description_before_a_name_is_its_role_not_its_canonical_name(run) -> None:
    [denial] = run("Tech giant Nexora dismissed the claims.", "en")
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.canonical, denial.denier.role) == ("Nexora", "Nexora", "Tech giant")
    [denial] = run("Produsen mobil Astra membantah kabar itu.", "id")
    assert denial.denier is not None and (denial.denier.canonical, denial.denier.role) == ("Astra", "Produsen mobil")


def test_initials_after_a_role_are_the_name_s_not_a_body_s_acronym(run) -> None:
    [denial] = run("Excise Commissioner W.N.F. Chandraratne denies the allegations.", "en")
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.role) == ("W.N.F. Chandraratne", "Excise Commissioner")


def test_a_place_qualifying_the_denier_is_not_the_denier() -> None:
    text = "Police in Manchester denied the claims."
    entity = Entity("Manchester", "LOC", 10, 20, "Manchester")
    [denial] = detect(text, split_sentences(text), [entity], "en")
    assert denial.denier is not None and denial.denier.text == "Police in Manchester"


def test_a_quotation_that_is_the_whole_sentence_denies_with_no_denier(one, run) -> None:
    # Someone speaks, nobody is named: the guidelines' quoted denial (an unclosed quotation runs to the end).
    assert one("“At no point did the club mislead its supporters.”", "en").denier is None
    assert one('"There was no such meeting in Geneva.', "en").denier is None
    # A quotation inside the writer's sentence is a fragment of it, no denial.
    assert run("The poster in the hall read “There is no such place” in red letters.", "en") == []


def test_not_recalling_a_fact_or_anything_is_no_answer(run) -> None:
    assert run("Forecasters could not recall a wetter August.", "en") == []
    assert run("Residents could not recall anything like it.", "en") == []
