"""The Indonesian seed article (``../shared``, skipped when absent): the entity part of its expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmon.nlp.entities import recognize
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity


@pytest.fixture
def seed(shared_dir: Path) -> tuple[list[Entity], dict]:
    article = shared_dir / "seed-article.txt"
    if not article.is_file():
        pytest.skip(f"{article} is absent")
    text = article.read_text(encoding="utf-8")
    expected = json.loads((shared_dir / "seed-article.expected.json").read_text(encoding="utf-8"))
    return recognize(text, split_sentences(text), expected["language"]), expected


def test_seed_entities_are_found_with_their_labels(seed: tuple[list[Entity], dict]) -> None:
    entities, expected = seed
    found = {(entity.text, entity.label) for entity in entities}
    missing = [
        (text, label)
        for label, texts in expected["entities_must_include"].items()
        for text in texts
        if (text, label) not in found
    ]
    assert missing == []


def test_seed_aliases_share_canonical_names(seed: tuple[list[Entity], dict]) -> None:
    entities, expected = seed
    wrong = {
        surface: sorted({e.canonical for e in entities if e.text == surface})
        for surface, canonical in expected["entity_aliases"].items()
        if {e.canonical for e in entities if e.text == surface} != {canonical}
    }
    assert wrong == {}
