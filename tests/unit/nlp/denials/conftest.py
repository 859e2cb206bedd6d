"""Fixtures for the denial tests: run ``detect`` on a text the way the pipeline does (cleaned, no entities)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsmon.nlp.cleaning import clean
from newsmon.nlp.denials import detect
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Denial

Detect = Callable[[str, str], list[Denial]]


@pytest.fixture
def run() -> Detect:
    """``run(text, lang)``: the records ``detect`` returns for ``text`` cleaned as ``analyze()`` reads it (offsets
    into the cleaned text) and split into sentences."""

    def detect_text(text: str, lang: str) -> list[Denial]:
        read = clean(text).text
        return detect(read, split_sentences(read), [], lang)

    return detect_text


@pytest.fixture
def one(run: Detect) -> Callable[[str, str, str], Denial]:
    """``one(text, lang, kind="denial")``: the single record of that type (fails unless exactly one)."""

    def single(text: str, lang: str, kind: str = "denial") -> Denial:
        found = [record for record in run(text, lang) if record.type == kind]
        assert len(found) == 1, f"expected one {kind} in {text!r}, got {found}"
        return found[0]

    return single
