"""State scores of candidate runs: the CRF weights of ``FeatureExtractor``'s attributes, summed once per
word type.

A token's attributes are five views of words (its own, and those of its neighbours at -1, -2, +1, +2)
and a dozen that depend on the run (position, word pairs, sentence, document). The weights of each view
of a word type are summed once and cached, so a token costs five vector additions and the look-ups of
its run attributes. A marked copy ("@", ``Lexicon.copies``) counts with its attribute: its weights are
added to the attribute's.
"""

from __future__ import annotations

from newsmon.nlp.entities.crf import Crf
from newsmon.nlp.entities.features import EDGE_VIEWS, FeatureExtractor, window

_CACHE_LIMIT = 200_000

View = tuple[tuple[str, ...], ...]


class _Word:
    """The views of one word type (``FeatureExtractor.word_views``) with the summed weights of each slot."""

    def __init__(self, view: View, sums: list[list[float]]) -> None:
        self.view = view
        # By the slot the word is read in: the token itself, the word before it (-1), two before (-2),
        # the word after it (+1), two after (+2).
        self.own = sums[0]
        self.before = sums[1]
        self.before2 = sums[2]
        self.after = sums[3]
        self.after2 = sums[4]


class RunScorer:
    """Turns candidate runs into CRF state scores (by token, then label); caches per word type (bounded)."""

    def __init__(self, extractor: FeatureExtractor, crf: Crf) -> None:
        self.extractor = extractor
        self.crf = crf
        self._copies = extractor.lexicon.copies
        self._words: dict[str, _Word] = {}
        self._attributes: dict[str, list[float]] = {}
        self._edges = (self._word(EDGE_VIEWS[0]), self._word(EDGE_VIEWS[1]))

    def scores(
        self,
        words: list[str],
        start: int,
        end: int,
        flags: tuple[str, ...] = (),
        document: dict[str, tuple[str, ...]] | None = None,
    ) -> list[list[float]]:
        """Return the state scores of ``words[start:end]`` for the attributes ``FeatureExtractor.sequence``
        gives them (same arguments), by token, then label in ``crf.labels`` order."""
        cached = self._words
        if len(cached) > _CACHE_LIMIT:
            cached.clear()
        inner: list[_Word] = []
        for word in words[max(0, start - 2) : min(len(words), end + 2)]:
            entry = cached.get(word)
            if entry is None:
                entry = cached[word] = self._word(self.extractor.word_views(word))
            inner.append(entry)
        entries = window(words, start, end, inner, self._edges)
        extras = self.extractor.run_features(words, start, end, [entry.view for entry in entries], flags, document)
        size = self.crf.size
        out: list[list[float]] = []
        for k, extra in enumerate(extras):
            own = entries[k + 2].own
            before = entries[k + 1].before
            before2 = entries[k].before2
            after = entries[k + 3].after
            after2 = entries[k + 4].after2
            found: list[list[float]] = []
            for attribute in extra:
                weights = self._run_weights(attribute)
                if weights:
                    found.append(weights)
            scores: list[float] = []
            # Label by label, so that the sum stays an unboxed float in compiled code.
            for y in range(size):
                total = own[y] + before[y] + before2[y] + after[y] + after2[y]
                for weights in found:
                    total += weights[y]
                scores.append(total)
            out.append(scores)
        return out

    def _run_weights(self, attribute: str) -> list[float]:
        """Return the weights of a run attribute with its copy's, [] when the model has none (cached: word
        pairs and shapes repeat)."""
        cached = self._attributes
        weights = cached.get(attribute)
        if weights is None:
            if len(cached) > _CACHE_LIMIT:
                cached.clear()
            weights = cached[attribute] = self._weights(attribute) or []
        return weights

    def _weights(self, attribute: str) -> list[float] | None:
        """Return the weights of ``attribute`` plus those of its marked copy where tagging adds copies;
        None when the model has neither."""
        weights = self.crf.weights(attribute)
        if not self._copies:
            return weights
        copy = self.crf.weights("@" + attribute)
        if weights is None or copy is None:
            return weights if copy is None else copy
        return [weight + extra for weight, extra in zip(weights, copy, strict=True)]

    def _word(self, view: View) -> _Word:
        """Return ``view`` with the summed weights of its five slots."""
        sums: list[list[float]] = []
        for slot in view[:5]:
            total = [0.0] * self.crf.size
            for attribute in slot:
                weights = self._weights(attribute)
                if weights is not None:
                    total = [value + weight for value, weight in zip(total, weights, strict=True)]
            sums.append(total)
        return _Word(view, sums)
