"""Label scores of candidate runs, computed the way crfsuite sums ``FeatureExtractor.sequence``'s attributes.

A token's score for a label is the sum of its attributes' weights. Most attributes depend on one word
type only: its own (form, shape, affixes, classes) and those it gives the tokens one and two places
before and after it (``FeatureExtractor.word_views``). Their sums are kept per word type and role in one
table, so a text's tokens take them in five numpy gathers. The attributes joining a token to its
neighbours (shape trigram, word bigrams) are found by integer codes (``joins``), the run-wide ones
(length, sentence flags, the whole run, first and last token) per run, all with numpy; only the sentence
start and the document features are looked up in Python. ``tests/unit/nlp/entities/test_emissions.py``
holds the sums equal to crfsuite's over ``sequence``.
"""

from __future__ import annotations

import threading
from typing import cast

import numpy as np

from newsmon.nlp.entities.crf import Crf, Floats, Ints
from newsmon.nlp.entities.features import EDGE, FeatureExtractor
from newsmon.nlp.entities.joins import END_ID, NONE, START_ID, Joins

# Word types whose sums are kept (5 x labels doubles each) before the table starts over.
_CACHE_LIMIT = 100_000
_FIRST_CAPACITY = 4096
_ROLES = 5  # own, as the word one / two before, as the word one / two after
_PAD = 0  # the table row of a missing neighbour (before a sentence's start, after its end)
# Word kinds counted for ``sentence_flags``: other, letter-initial, letter-initial in capitals, digit-initial;
# and the kind of the pad row, which no sentence counts.
_OTHER, _LETTER, _CAPS, _DIGIT, _PAD_KIND = range(5)
_KINDS = 5

# (sentence index, first token, end token) of a candidate run
RunRef = tuple[int, int, int]


class Emissions:
    """Turns the candidate runs of tokenised sentences into label scores for ``crf``, with the attributes
    ``extractor`` gives them. Safe to call from several threads (one at a time computes)."""

    def __init__(self, extractor: FeatureExtractor, crf: Crf) -> None:
        self._extractor = extractor
        self._crf = crf
        self._lock = threading.Lock()
        row = self._attribute
        self._first = (row("first"), row("first_common"))
        self._edges = (row("rfirst"), row("rlast"))
        self._lengths = np.array([crf.unknown, *(row(f"rlen={n}") for n in range(1, 5))], np.intp)
        self._flags = (row("sent_caps"), row("sent_digits"))
        self._rows: dict[str, int] = {}
        self._keys: list[tuple[str, str]] = []
        self._joins = Joins(crf)
        self._kinds = self._forms = self._shapes = np.zeros(0, np.intp)
        self._table = np.zeros((0, _ROLES, len(crf.labels)))
        self._reset()

    def scores(
        self, sentences: list[list[str]], runs: list[RunRef], document: dict[str, tuple[str, ...]] | None = None
    ) -> tuple[Floats, Ints]:
        """Return the label scores of every token of ``runs`` (of ``sentences``), padded to the longest run,
        as (runs, longest, labels), and the length of each run. ``document`` holds the
        ``FeatureExtractor.document`` features of the text."""
        lengths = np.fromiter((end - start for _, start, end in runs), np.intp, len(runs))
        weights = self._crf.weights
        with self._lock:
            if len(self._rows) > _CACHE_LIMIT:
                self._reset()
            rows = [self._word_rows(words) for words in sentences]
            word, at = _layout(rows, runs)
            tokens = self._word_sums(word, at)
            tokens += weights[self._joins_of(word, at)].sum(axis=1)
            tokens += np.repeat(self._run_sums(rows, word, runs, lengths), lengths, axis=0)
        ends = np.cumsum(lengths)
        firsts = ends - lengths
        tokens[firsts] += weights[self._edges[0]]
        tokens[ends - 1] += weights[self._edges[1]]
        for token, i, words in _sentence_openers(sentences, runs, firsts):
            tokens[token] += weights[self._first[0]]
            if words[i].lower() in self._extractor.lexicon.common:
                tokens[token] += weights[self._first[1]]
        if document:
            tokens += self._document_sums(sentences, runs, document)
        longest = int(lengths.max(initial=1))
        places = np.arange(len(tokens)) + np.repeat(np.arange(len(runs)) * longest - firsts, lengths)
        padded = np.zeros((len(runs) * longest, len(self._crf.labels)))
        padded[places] = tokens
        return padded.reshape(len(runs), longest, -1), lengths

    def _word_sums(self, word: Ints, at: Ints) -> Floats:
        """Return each run token's summed word attributes: its own and its four neighbours'."""
        table = self._table
        sums: Floats = table[word[at], 0] + table[word[at - 1], 1] + table[word[at - 2], 2]
        sums += table[word[at + 1], 3] + table[word[at + 2], 4]
        return sums

    def _joins_of(self, word: Ints, at: Ints) -> Ints:
        """Return the weight rows of each run token's shape trigram and word bigrams, as (tokens, 3)."""
        before, after = word[at - 1], word[at + 1]
        starts, ends = before == _PAD, after == _PAD
        forms, shapes = self._forms, self._shapes
        return self._joins.rows(
            (np.where(starts, START_ID, forms[before]), forms[word[at]], np.where(ends, END_ID, forms[after])),
            (np.where(starts, START_ID, shapes[before]), shapes[word[at]], np.where(ends, END_ID, shapes[after])),
        )

    def _run_sums(self, rows: list[list[int]], word: Ints, runs: list[RunRef], lengths: Ints) -> Floats:
        """Return each run's attributes shared by its tokens: run length, sentence flags, the whole run.
        ``word`` is the ``_layout`` of the sentences' ``rows``."""
        weights = self._crf.weights
        # The words of each sentence counted by kind, as ``sentence_flags`` counts them (pads apart).
        sentence = np.repeat(np.arange(len(rows) + 1), [2, *(len(words) + 2 for words in rows)])
        counts = np.bincount(sentence * _KINDS + self._kinds[word], minlength=(len(rows) + 1) * _KINDS)
        kinds = counts.reshape(-1, _KINDS)[1:]
        letters, caps = kinds[:, _LETTER] + kinds[:, _CAPS], kinds[:, _CAPS]
        in_capitals = (caps >= 2) & (caps * 10 >= letters * 6)
        in_digits = kinds[:, _DIGIT] * 10 >= kinds[:, :_PAD_KIND].sum(axis=1) * 3
        flagged = in_capitals[:, None] * weights[self._flags[0]] + in_digits[:, None] * weights[self._flags[1]]
        keys, attributes, unknown = self._keys, self._crf.attributes, self._crf.unknown
        whole = [
            attributes.get("run=" + " ".join(keys[row][0] for row in rows[k][start:end]), unknown)
            if 1 < end - start < 5
            else unknown
            for k, start, end in runs
        ]
        sentence_of = np.fromiter((k for k, _, _ in runs), np.intp, len(runs))
        sums: Floats = flagged[sentence_of] + weights[self._lengths[np.minimum(lengths, 4)]] + weights[whole]
        return sums

    def _document_sums(
        self, sentences: list[list[str]], runs: list[RunRef], document: dict[str, tuple[str, ...]]
    ) -> Floats:
        """Return each run token's document attributes, summed once per word of the document."""
        get, unknown = self._crf.attributes.get, self._crf.unknown
        words = list(document)
        index = {word: n for n, word in enumerate(words, 1)}
        owners = [n for n, word in enumerate(words, 1) for _ in document[word]]
        attributes = [get(feature, unknown) for word in words for feature in document[word]]
        sums = np.zeros((len(words) + 1, len(self._crf.labels)))
        np.add.at(sums, owners, self._crf.weights[attributes])
        at = [index.get(word, 0) for k, start, end in runs for word in sentences[k][start:end]]
        return sums[at]

    def _word_rows(self, words: list[str]) -> list[int]:
        """Return the table rows of ``words``, adding the word types not seen yet."""
        found = list(map(self._rows.get, words))
        if None not in found:
            return cast(list[int], found)
        self._add([word for word, row in zip(words, found, strict=True) if row is None])
        return list(map(self._rows.__getitem__, words))

    def _add(self, words: list[str]) -> None:
        """Give each new word type of ``words`` a row with the summed weights of its five views."""
        get, unknown = self._crf.attributes.get, self._crf.unknown
        places: list[tuple[int, int]] = []
        attributes: list[int] = []
        for word in dict.fromkeys(words):
            if word in self._rows:
                continue
            row = self._rows[word] = len(self._keys)
            views = self._extractor.word_views(word)
            self._keys.append(views[5])  # type: ignore[arg-type]  # the key view is a (lower, shape) pair
            self._grow(row)
            self._kinds[row] = _kind(word)
            self._forms[row] = self._joins.forms.get(views[5][0], NONE)
            self._shapes[row] = self._joins.shapes.get(views[5][1], NONE)
            for role, view in enumerate(views[:_ROLES]):
                places.extend((row, role) for _ in view)
                attributes.extend(get(attribute, unknown) for attribute in view)
        if places:
            at = np.array(places, np.intp).reshape(-1, 2)
            np.add.at(self._table, (at[:, 0], at[:, 1]), self._crf.weights[attributes])

    def _grow(self, row: int) -> None:
        """Make room for ``row`` in the table and the kinds."""
        if row < len(self._table):
            return
        table = np.zeros((2 * len(self._table), *self._table.shape[1:]))
        table[: len(self._table)] = self._table
        self._table = table
        self._kinds, self._forms, self._shapes = (
            _grown(ids, len(table)) for ids in (self._kinds, self._forms, self._shapes)
        )

    def _reset(self) -> None:
        """Start the table over, with row ``_PAD`` for the missing neighbours at a sentence's edges."""
        labels = len(self._crf.labels)
        self._rows = {}
        self._keys = [("", "")]
        self._table = np.zeros((_FIRST_CAPACITY, _ROLES, labels))
        self._kinds = np.zeros(_FIRST_CAPACITY, np.intp)
        self._kinds[_PAD] = _PAD_KIND
        self._forms = np.full(_FIRST_CAPACITY, NONE, np.intp)
        self._shapes = np.full(_FIRST_CAPACITY, NONE, np.intp)
        for role, view in enumerate(EDGE[:_ROLES]):
            self._table[_PAD, role] = self._crf.weights[[self._attribute(a) for a in view]].sum(axis=0)

    def _attribute(self, name: str) -> int:
        return self._crf.attributes.get(name, self._crf.unknown)


def _kind(word: str) -> int:
    """Return how ``sentence_flags`` counts ``word``."""
    first = word[:1]
    if first.isalpha():
        return _CAPS if word.isupper() else _LETTER
    return _DIGIT if first.isdigit() else _OTHER


def _grown(ids: Ints, size: int) -> Ints:
    grown = np.full(size, NONE, np.intp)
    grown[: len(ids)] = ids
    return grown


def _layout(rows: list[list[int]], runs: list[RunRef]) -> tuple[Ints, Ints]:
    """Return the table rows of all sentences laid end to end, two ``_PAD`` rows before, between and after
    them, and the place in that layout of each run token."""
    flat = [_PAD, _PAD]
    bases = []
    for sentence in rows:
        bases.append(len(flat))
        flat += sentence
        flat += (_PAD, _PAD)
    positions: list[int] = []
    for k, start, end in runs:
        positions.extend(range(bases[k] + start, bases[k] + end))
    return np.array(flat, np.intp), np.array(positions, np.intp)


def _sentence_openers(sentences: list[list[str]], runs: list[RunRef], firsts: Ints) -> list[tuple[int, int, list[str]]]:
    """Return (token, word index, sentence) of the run tokens that open their sentence (after a quote mark)."""
    openers = []
    for (k, start, end), first in zip(runs, firsts.tolist(), strict=True):
        if start > 1:
            continue
        words = sentences[k]
        for i in range(start, min(end, 2)):
            if i == 0 or not words[0][:1].isalnum():
                openers.append((first + i - start, i, words))
    return openers
