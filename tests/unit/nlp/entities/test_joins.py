"""Joining attributes are read back from the model's strings, "|" tokens included."""

from __future__ import annotations

import numpy as np

from newsmon.nlp.entities.crf import Crf
from newsmon.nlp.entities.joins import END, NONE, START, Joins

ATTRIBUTES = ["w-1w0=<s>|peskov", "w-1w0=||x", "w0w+1=x||", "w0w+1=said|</s>", "sh3=Xx|||d", "sh3=<s>|Xx|x", "w=x"]


def _crf() -> Crf:
    attributes = {name: row for row, name in enumerate(ATTRIBUTES)}
    return Crf(("O", "B-PER"), attributes, np.zeros((len(attributes) + 1, 2)), np.zeros((2, 2)))


def _ids(ids: dict[str, int], *parts: str) -> np.ndarray:
    return np.array([ids.get(part, NONE) for part in parts])


def test_bigrams_and_trigrams_are_found_by_their_parts() -> None:
    joins = Joins(_crf())
    # Each token as (previous, own, next) lower-case form and (left, own, right) shape.
    tokens = [
        ((START, "peskov", "y"), ("Xx", "|", "d")),
        (("|", "x", "x"), (START, "Xx", "x")),
        (("z", "x", "|"), ("x", "x", "x")),
        (("z", "said", END), ("x", "x", END)),
    ]
    forms = tuple(_ids(joins.forms, *(token[0][k] for token in tokens)) for k in range(3))
    shapes = tuple(_ids(joins.shapes, *(token[1][k] for token in tokens)) for k in range(3))
    rows = joins.rows(forms, shapes)  # type: ignore[arg-type]
    row = {name: n for n, name in enumerate(ATTRIBUTES)}
    unknown = len(ATTRIBUTES)
    assert rows.tolist() == [
        [row["sh3=Xx|||d"], row["w-1w0=<s>|peskov"], unknown],
        [row["sh3=<s>|Xx|x"], row["w-1w0=||x"], unknown],
        [unknown, unknown, row["w0w+1=x||"]],
        [unknown, unknown, row["w0w+1=said|</s>"]],
    ]


def test_a_form_no_attribute_names_matches_nothing() -> None:
    joins = Joins(_crf())
    assert "never" not in joins.forms
    none = np.array([NONE])
    rows = joins.rows((none, none, none), (none, none, none))
    assert rows.tolist() == [[len(ATTRIBUTES)] * 3]
