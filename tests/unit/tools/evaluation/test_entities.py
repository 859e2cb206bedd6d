"""The entity evaluation's own arithmetic: detokenised offsets, gold spans and scores."""

from __future__ import annotations

from pathlib import Path

from tools.evaluation.entities import detokenise, evaluate_entities, score
from tools.training.corpora import normalise_tag, to_iob2


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


def test_dataset_tags_are_mapped_and_iob1_repaired() -> None:
    assert [normalise_tag(t) for t in ("B-PERSON", "I-ORGANISATION", "B-PLACE", "B-GPE", "O", "B-MISC")] == [
        "B-PER",
        "I-ORG",
        "B-LOC",
        "B-LOC",
        "O",
        "B-MISC",
    ]
    assert to_iob2([("A", "I-PER"), ("B", "I-PER"), ("C", "I-LOC")]) == [("A", "B-PER"), ("B", "I-PER"), ("C", "B-LOC")]


def test_evaluation_skips_without_data(tmp_path: Path) -> None:
    assert evaluate_entities(tmp_path) == []
