"""``tools.entity_scores``: detokenised offsets, gold spans and exact-span scores."""

from __future__ import annotations

from tools.entity_scores import detokenise, score


def test_detokenise_maps_gold_spans_onto_the_joined_text() -> None:
    document = [
        [("Karine", "B-PER"), ("Jean-Pierre", "I-PER"), ("visited", "O"), ("Jakarta", "B-LOC"), (".", "O")],
        [("The", "O"), ("World", "B-MISC"), ("Cup", "I-MISC"), ("and", "O"), ("NATO", "B-ORG")],
    ]
    text, spans, gold, tokens = detokenise(document)
    assert text == "Karine Jean-Pierre visited Jakarta .\nThe World Cup and NATO"
    assert [(s.start, s.end) for s in spans] == [(0, 36), (37, 59)]
    assert {text[s:e]: label for s, e, label in gold} == {
        "Karine Jean-Pierre": "PERSON",
        "Jakarta": "LOC",
        "NATO": "ORG",
    }
    assert tokens == 10


def test_score_is_exact_span_and_type() -> None:
    gold = {(0, 5, "PERSON"), (10, 15, "LOC")}
    predicted = {(0, 5, "PERSON"), (10, 15, "ORG"), (20, 25, "LOC")}
    assert score(gold, predicted) == {"precision": 1 / 3, "recall": 0.5, "f1": 0.4}
    assert score(set(), set()) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
