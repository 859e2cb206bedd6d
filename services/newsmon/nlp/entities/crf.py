"""A linear-chain CRF read from crfsuite's model file: Viterbi and the marginal of one tag.

Tagging through pycrfsuite cost about a sixth of ``analyze()``, over half of it converting every
attribute string of every token for C++. Read here, the weights let the features that depend on one
word alone be summed once per word type (``scoring.RunScorer``). Viterbi follows crfsuite's
``crf1d_context.c`` loop for loop (the first maximum in label order wins), so the tags are crfsuite's; a
marginal differs from crfsuite's in its last digits (state scores summed in another order, the
forward-backward pass scaled differently).
"""

from __future__ import annotations

import struct
from math import exp

# crf1d_model.c: magic, size, type, version, then counts and the offsets of the chunks.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")  # type (0 state, 1 transition), source, destination, weight
_UINT = struct.Struct("<I")
_RECORD = struct.Struct("<iI")  # a CQDB record: id, key size (with its NUL), then the key
# A CQDB chunk: its header (24 bytes) and 256 hash-table references (8 bytes each), then the records.
_CQDB_RECORDS = 24 + 256 * 8
_FLOAT_MAX = 1.7976931348623157e308  # crfsuite's FLOAT_MAX (DBL_MAX)


class CrfFormatError(ValueError):
    """The bytes are not a crfsuite CRF1d model."""


class Crf:
    """A crfsuite model read from its file's content: ``labels`` in crfsuite's order; the state weights of
    an attribute are read from the file when first asked for (a tagger needs a small part of them)."""

    # Declared: what the header's struct gives is untyped, and compiled loops over an untyped range are slow.
    size: int
    labels: list[str]
    _data: bytes
    _features: int
    _attr_refs: int

    def __init__(self, data: bytes) -> None:
        """Read the model in ``data``, the content of a file crfsuite wrote (``crf1d_model.c``).

        Raises CrfFormatError when ``data`` is no such model.
        """
        try:
            magic, _, kind, _, _, size, n_attrs, features, labels, attrs, label_refs, attr_refs = _HEADER.unpack_from(
                data
            )
            if magic != b"lCRF" or kind != b"FOMC":
                raise CrfFormatError("not a crfsuite CRF1d model")
            self._data = data
            self._features = features + _CHUNK.size
            self._attr_refs = attr_refs + _CHUNK.size
            self.size = size
            self.labels = _cqdb_keys(data, labels, size)
            self._attributes = {key: a for a, key in enumerate(_cqdb_keys(data, attrs, n_attrs))}
            # A label's references list the transitions from it (crf1dt_transition_score).
            trans = [self._referenced(label_refs + _CHUNK.size, i) for i in range(size)]
        except (struct.error, IndexError, UnicodeDecodeError) as exc:
            raise CrfFormatError(f"malformed crfsuite model: {exc}") from exc
        # Viterbi reads, for each label, the weights of the transitions into it.
        self._into = [[row[j] for row in trans] for j in range(size)]
        self._exp_trans = [[exp(weight) for weight in row] for row in trans]
        self._exp_into = [[row[j] for row in self._exp_trans] for j in range(size)]

    def weights(self, attribute: str) -> list[float] | None:
        """Return the state weights of ``attribute`` by label (a new list), None for one the model lacks."""
        a = self._attributes.get(attribute)
        return None if a is None else self._referenced(self._attr_refs, a)

    def _referenced(self, refs: int, item: int) -> list[float]:
        """Return the weights by destination label of the features listed for ``item`` in the reference
        chunk whose offsets start at ``refs`` (summed in the listed order, as crfsuite sums them)."""
        data = self._data
        (offset,) = _UINT.unpack_from(data, refs + 4 * item)
        (count,) = _UINT.unpack_from(data, offset)
        weights = [0.0] * self.size
        for fid in struct.unpack_from(f"<{count}I", data, offset + 4):
            _, _, label, weight = _FEATURE.unpack_from(data, self._features + _FEATURE.size * fid)
            weights[label] += weight
        return weights

    def viterbi(self, scores: list[list[float]]) -> list[int]:
        """Return the best label path for ``scores`` (state scores by token, then label), as crfsuite's
        ``crf1dc_viterbi`` finds it: among equal scores the lowest label wins."""
        size = self.size
        into = self._into
        prev = scores[0]
        back: list[list[int]] = []
        for state in scores[1:]:
            cur: list[float] = []
            links: list[int] = []
            for j in range(size):
                column = into[j]
                best = -_FLOAT_MAX
                link = 0
                for i in range(size):
                    score = prev[i] + column[i]
                    if best < score:
                        best = score
                        link = i
                cur.append(best + state[j])
                links.append(link)
            back.append(links)
            prev = cur
        best = -_FLOAT_MAX
        label = 0
        for i in range(size):
            if best < prev[i]:
                best = prev[i]
                label = i
        path = [label]
        for links in reversed(back):
            label = links[label]
            path.append(label)
        path.reverse()
        return path

    def marginal(self, scores: list[list[float]], label: int, t: int) -> float:
        """Return the probability of ``label`` at token ``t`` given ``scores``: forward up to ``t``,
        backward down to it, each step scaled to sum 1 (as crfsuite scales its forward pass), and the
        product at ``t`` normalised. crfsuite runs both passes over the whole sequence and divides by
        the forward pass's scale; the result differs from its by rounding alone."""
        size = self.size
        states = [[exp(score) for score in row] for row in scores]
        forward = _scaled(states[0])
        for k in range(1, t + 1):
            state = states[k]
            cur = []
            for j in range(size):
                column = self._exp_into[j]
                total = 0.0
                for i in range(size):
                    total += forward[i] * column[i]
                cur.append(total * state[j])
            forward = _scaled(cur)
        backward = [1.0] * size
        for k in range(len(states) - 1, t, -1):
            row = [backward[j] * states[k][j] for j in range(size)]
            cur = []
            for edges in self._exp_trans:
                total = 0.0
                for j in range(size):
                    total += edges[j] * row[j]
                cur.append(total)
            backward = _scaled(cur)
        products = [forward[y] * backward[y] for y in range(size)]
        return products[label] / sum(products)


def _scaled(values: list[float]) -> list[float]:
    """Return ``values`` divided by their sum (unchanged when it is 0), so that long runs neither
    overflow nor underflow."""
    total = 0.0
    for value in values:
        total += value
    factor = 1.0 / total if total != 0.0 else 1.0
    return [value * factor for value in values]


def _cqdb_keys(data: bytes, offset: int, count: int) -> list[str]:
    """Return the ``count`` keys of the CQDB chunk at ``offset`` by id (crfsuite numbers them 0, 1, ...)."""
    keys = [""] * count
    position = offset + _CQDB_RECORDS
    for _ in range(count):
        key_id, size = _RECORD.unpack_from(data, position)
        start = position + _RECORD.size
        keys[key_id] = data[start : start + size - 1].decode()
        position = start + size
    return keys
