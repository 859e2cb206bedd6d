"""The Indonesian seed article (``../shared``, skipped when absent): its denial expectations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsmon.nlp.denials import detect
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Denial


@pytest.fixture
def seed(shared_dir: Path) -> tuple[list[Denial], dict[str, Any]]:
    article = shared_dir / "seed-article.txt"
    expected_file = shared_dir / "seed-article.expected.json"
    if not article.is_file() or not expected_file.is_file():
        pytest.skip("the seed article is absent")
    text = article.read_text(encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    return detect(text, split_sentences(text), [], expected["language"]), expected


def _names(denial: Denial) -> set[str]:
    return {denial.denier.text, denial.denier.canonical} if denial.denier else set()


def _meets(denial: Denial, spec: dict[str, Any]) -> bool:
    """True when ``denial`` meets every condition of one expectation of the seed file."""
    checks = {
        "type": lambda value: denial.type == value,
        "type_any_of": lambda value: denial.type in value,
        "denier": lambda value: value in _names(denial),
        "denier_role": lambda value: denial.denier is not None and denial.denier.role == value,
        "trigger": lambda value: denial.trigger.text == value,
        "claim_contains": lambda value: denial.claim is not None and value in denial.claim.text,
        "claim_source_any_of": lambda value: denial.claim_source in value,
        "evidence_contains_any_of": lambda value: any(part in denial.evidence.text for part in value),
        "why": lambda value: True,
    }
    return all(checks[key](value) for key, value in spec.items())


def test_the_expected_denials_are_found(seed: tuple[list[Denial], dict[str, Any]]) -> None:
    denials, expected = seed
    for spec in expected["denials_must_include"]:
        assert any(_meets(denial, spec) for denial in denials), f"missing {spec}; found {denials}"


def test_the_contradictions_are_not_denials(seed: tuple[list[Denial], dict[str, Any]]) -> None:
    denials, expected = seed
    for spec in expected["denials_must_not_include"]:
        assert not any(spec["denier"] in _names(denial) for denial in denials), spec["why"]
