"""stories.py: which reports of a denial are one story (pure)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from newsmon.core.messages import DenialRecord
from newsmon.processor.stories import (
    MAX_SIGNATURES,
    MAX_TAKEN,
    Signature,
    State,
    place,
    same_story,
    signature,
    story_key,
)
from tests.support.samples import NOW, denial_record

KREMLIN = {"text": "Kremlin", "start": 0, "end": 7, "canonical": "Kremlin", "role": None}
WINDOW = timedelta(hours=6)


def _report(claim: str, language: str = "en", **overrides: Any) -> DenialRecord:
    fields: dict[str, Any] = {
        "language": language,
        "denier": KREMLIN,
        "claim": {"text": claim, "start": 0, "end": len(claim)},
        "evidence": {"text": f"Kremlin denied {claim}", "start": 0, "end": len(claim) + 15},
    }
    return denial_record(**(fields | overrides))


def test_a_cut_copy_is_the_same_story_and_another_claim_is_not() -> None:
    wire = _report("reports that troops were massing near the border of Finland")
    cut = _report("reports that troops were massing near the border", id="c" * 32)
    other = _report("that the president would meet the Pope in Rome next week", id="d" * 32)
    assert same_story(signature(wire), signature(cut))
    assert not same_story(signature(wire), signature(other))


def test_across_languages_shared_names_and_numbers_decide() -> None:
    english = _report("that 40,000 troops from Belarus entered Ukraine")
    russian = _report("что 40.000 военных из Беларуси вошли в Украину", language="ru", id="e" * 32)
    assert same_story(signature(english), signature(russian))


def test_another_denier_is_never_the_same_story() -> None:
    mayor = {"text": "Mayor", "start": 0, "end": 5, "canonical": "Mayor Smith", "role": None}
    claim = "reports that troops were massing near the border of Finland"
    assert not same_story(signature(_report(claim)), signature(_report(claim, denier=mayor)))
    assert story_key(_report(claim, denier=None)) == denial_record().id


def test_place_joins_an_open_story_and_starts_a_new_one_after_the_window() -> None:
    first = _report("reports that troops were massing near the border of Finland")
    state, story = place({}, first, WINDOW)
    copy = _report("reports that troops were massing near the border of Finland", id="f" * 32)
    state, joined = place(state, copy, WINDOW)
    assert joined == story == first.id and len(state["stories"]) == 1
    late = copy.model_copy(update={"id": "a" * 32, "detected_at": NOW + WINDOW + timedelta(seconds=1)})
    state, fresh = place(state, late, WINDOW)
    assert fresh == late.id and [s["id"] for s in state["stories"]] == [late.id]


def test_a_story_with_reports_in_my_language_is_judged_on_them_only() -> None:
    english = _report("that 3,000 troops would leave Germany and Poland")
    french = _report("que 3.000 soldats quitteraient l'Allemagne et la Pologne", language="fr", id="e" * 32)
    other = _report("that 3,000 more troops would be sent to Poland this winter", id="f" * 32)
    state, story = place({}, english, WINDOW)
    state, joined = place(state, french, WINDOW)
    assert joined == story
    # Shared names and numbers with the French report, but its English claim differs from the English one.
    state, alone = place(state, other, WINDOW)
    assert alone == other.id


def test_a_denial_delivered_again_stays_in_its_story_when_an_older_one_has_grown_to_match_it() -> None:
    first = _report("alpha bravo charlie delta")
    denial = _report("charlie delta echo foxtrot", id="d" * 32)
    # Like both: it joins the older story, which from then on matches the denial too.
    bridge = _report("bravo charlie delta echo", id="b" * 32)
    state, older = place({}, first, WINDOW)
    state, story = place(state, denial, WINDOW)
    state, joined = place(state, bridge, WINDOW)
    assert (older, story, joined) == (first.id, denial.id, first.id)
    again, placed = place(state, denial, WINDOW)
    assert placed == story and again == state


def test_a_story_every_outlet_carries_keeps_a_bounded_state_and_still_places_its_old_reports() -> None:
    claims = [f"reports that troops were massing near the border of Finland in wave {n}" for n in range(300)]
    reports = [_report(claim, id=f"{n:032x}") for n, claim in enumerate(claims)]
    state: State = {}
    for report in reports:
        state, story = place(state, report, WINDOW)
        assert story == reports[0].id
    (kept,) = state["stories"]
    assert len(kept["signatures"]) == MAX_SIGNATURES and len(kept["taken"]) == len(reports) < MAX_TAKEN
    assert kept["signatures"][0] == signature(reports[0]).to_json()  # the first report's, and the latest
    assert kept["signatures"][-1] == signature(reports[-1]).to_json()
    again, placed = place(state, reports[1], WINDOW)
    assert placed == reports[0].id and len(again["stories"]) == 1


def test_a_denial_delivered_again_behind_a_backlog_finds_its_story_when_no_kept_signature_matches_it() -> None:
    # A story that drifted: each report shares three of its four words with the one before; the third
    # shares two with the first (too few) and none with the latest.
    words = [f"w{n:03d}x" for n in range(203)]
    reports = [_report(" ".join(words[n : n + 4]), id=f"{n:032x}") for n in range(200)]
    state: State = {}
    for report in reports:
        state, story = place(state, report, WINDOW)
        assert story == reports[0].id
    kept = [same_story(signature(reports[2]), Signature.from_json(s)) for s in state["stories"][0]["signatures"]]
    assert not any(kept)  # compared, it would start a story of its own and be alerted again
    again, placed = place(state, reports[2], WINDOW)
    assert placed == reports[0].id and again == state


def test_a_state_an_older_processor_wrote_without_fingerprints_still_places_its_reports() -> None:
    first = _report("reports that troops were massing near the border of Finland")
    older = {"id": first.id, "last_seen": NOW.isoformat(), "signatures": [signature(first).to_json()], "reports": []}
    copy = _report("reports that troops were massing near the border of Finland", id="f" * 32)
    state, story = place({"stories": [older]}, copy, WINDOW)
    assert story == first.id and state["stories"][0]["taken"] == [signature(copy).fingerprint()]


def test_one_denier_in_two_scripts_is_one_story() -> None:
    russian = {"text": "Игорь Сечин", "start": 0, "end": 11, "canonical": "Игорь Сечин", "role": None}
    english = {"text": "Igor Sechin", "start": 0, "end": 11, "canonical": "Igor Sechin", "role": None}
    claim = "reports that the company would sell its refinery"
    assert story_key(_report(claim, denier=russian)) == story_key(_report(claim, denier=english))


def test_a_fingerprint_is_the_one_the_stories_table_already_holds() -> None:
    # The tables keep fingerprints across versions: the digest of the compact UTF-8 JSON of the signature.
    kept = Signature("кремль", "ru", frozenset({"тайн", "слух"}), frozenset({"путин", "2024"}))
    assert kept.fingerprint() == "5703a7d62f4e"
