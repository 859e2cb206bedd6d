"""A linear-chain CRF read from crfsuite's model file and decoded with numpy, many sequences at once.

python-crfsuite tags one sequence per call and looks every attribute string up in its own string
database; news articles hold about ninety short candidate runs each, so the per-call work dominated.
Here the weights sit in one matrix (attribute row x label), the caller sums the rows of each token's
attributes into label scores (``Emissions`` caches those sums per word type), and Viterbi and the
forward-backward marginals run over all runs of a text in a handful of numpy operations. The scores are
crfsuite's own (state weights plus transition weights, no start or end weights), so the best sequence is
the one crfsuite finds, up to floating-point ties.

The file layout is crfsuite's ``crf1dm`` format: a 48-byte header, a "FEAT" chunk of 20-byte features
(type, source, destination, weight), and two "CQDB" string databases (labels, attributes) whose backward
array gives each id's record (id, size, NUL-terminated string).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]
Ints = NDArray[np.intp]

_HEADER = struct.Struct("<4sI4s9I")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


class ModelFormatError(ValueError):
    """The bytes are not a crfsuite CRF1d model."""


@dataclass(frozen=True, slots=True)
class Crf:
    """Weights of a linear-chain CRF.

    ``attributes`` maps an attribute string to its row of ``weights`` (rows x labels); the last row is all
    zeros and stands for every attribute the model does not know (``unknown``). ``transitions[a, b]`` is
    the weight of label ``b`` following label ``a``.
    """

    labels: tuple[str, ...]
    attributes: dict[str, int]
    weights: Floats
    transitions: Floats

    @property
    def unknown(self) -> int:
        """Return the row of the attributes the model does not know (all zeros)."""
        return len(self.weights) - 1


def read_crfsuite(data: bytes, *, folded: str = "") -> Crf:
    """Return the CRF stored in crfsuite model bytes.

    With ``folded`` (a prefix such as "@"), the weights of each attribute ``folded + a`` are added to
    those of ``a`` and the prefixed attributes dropped: for a tagger that always gives both, the scores are
    the same and each token needs half the look-ups. Raises ``ModelFormatError`` when ``data`` is not a
    crfsuite CRF1d model.
    """
    if len(data) < _HEADER.size:
        raise ModelFormatError("too short for a crfsuite model")
    magic, _, kind, _, _, _, _, off_features, off_labels, off_attributes, _, _ = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError("not a crfsuite CRF1d model")
    labels = tuple(_strings(data, off_labels))
    names = _strings(data, off_attributes)
    chunk, _, count = _CHUNK.unpack_from(data, off_features)
    if chunk != b"FEAT":
        raise ModelFormatError("no feature chunk where the header points")
    features = np.frombuffer(data, _FEATURE, count, off_features + _CHUNK.size)
    state = features[features["type"] == _STATE]
    moves = features[features["type"] == _TRANSITION]
    n = len(labels)
    transitions = _summed(moves["src"].astype(np.intp), moves["dst"].astype(np.intp), moves["weight"], (n, n))
    rows, attributes = _rows(names, folded)
    weights = _summed(
        rows[state["src"].astype(np.intp)], state["dst"].astype(np.intp), state["weight"], (len(attributes) + 1, n)
    )
    return Crf(labels, attributes, weights, transitions)


def _summed(rows: Ints, columns: Ints, values: Floats, shape: tuple[int, int]) -> Floats:
    """Return a matrix of ``shape`` with the ``values`` summed at their (row, column)."""
    flat = np.bincount(rows * shape[1] + columns, weights=values, minlength=shape[0] * shape[1])
    return np.asarray(flat, dtype=np.float64).reshape(shape)


def _strings(data: bytes, offset: int) -> list[str]:
    """Return the strings of the CQDB database at ``offset``, in id order.

    The records (id, size, NUL-terminated string) lie one after another, so their 8-byte heads are cut
    out of the whole stretch at once and the strings split at their NULs.
    """
    chunk, _, _, _, count, backward = _CQDB.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ModelFormatError("no string database where the header points")
    if not count:
        return []
    positions = np.frombuffer(data, "<u4", count, offset + backward).astype(np.int64) + offset
    order = np.argsort(positions)
    heads = positions[order]
    raw = np.frombuffer(data, np.uint8)
    sizes = np.zeros(count, np.int64)
    for k in range(4):  # the little-endian size after each record's id
        sizes |= raw[heads + 4 + k].astype(np.int64) << (8 * k)
    if not np.array_equal(heads[1:], heads[:-1] + _RECORD.size + sizes[:-1]):
        raise ModelFormatError("string records that do not follow one another")
    first, end = int(heads[0]), int(heads[-1] + _RECORD.size + sizes[-1])
    keep = np.ones(end - first, bool)
    keep[((heads - first)[:, None] + np.arange(_RECORD.size)).ravel()] = False
    pieces = raw[first:end][keep].tobytes().decode("utf-8", "replace").split("\0")[:-1]
    if len(pieces) != count:
        raise ModelFormatError("string records of the wrong size")
    strings = np.empty(count, object)
    strings[order] = pieces
    return list(strings)


def _rows(names: list[str], folded: str) -> tuple[Ints, dict[str, int]]:
    """Return the weight row of each attribute id and the attribute -> row map (prefixed names folded)."""
    if not folded:
        return np.arange(len(names), dtype=np.intp), dict(zip(names, range(len(names)), strict=True))
    cut = len(folded)
    keys = [name[cut:] if name.startswith(folded) else name for name in names]
    attributes = {key: row for row, key in enumerate(dict.fromkeys(keys))}
    return np.fromiter(map(attributes.__getitem__, keys), np.intp, len(keys)), attributes


def viterbi(crf: Crf, scores: Floats, lengths: Ints) -> Ints:
    """Return the best label ids of each sequence.

    ``scores`` holds the label scores of every token, the sequences padded to one length: (sequences,
    longest, labels); ``lengths`` the true length of each (at least 1). Labels past a sequence's end are 0.
    """
    order, live = _by_length(lengths, scores.shape[1])
    ordered = scores[order]
    best = ordered[:, 0].copy()
    back = np.zeros(scores.shape, np.intp)
    for t in range(1, scores.shape[1]):
        a = live[t]  # the sequences still going at t are the first ``a``: the longest come first
        paths = best[:a, :, None] + crf.transitions
        back[:a, t] = paths.argmax(axis=1)
        best[:a] = paths.max(axis=1) + ordered[:a, t]
    labels = np.zeros(scores.shape[:2], np.intp)
    for t in range(scores.shape[1] - 1, -1, -1):
        going, ending = live[t + 1], live[t]
        labels[going:ending, t] = best[going:ending].argmax(axis=1)
        if going:
            labels[:going, t] = back[np.arange(going), t + 1, labels[:going, t + 1]]
    return _unsorted(labels, order)


def marginals(crf: Crf, scores: Floats, lengths: Ints) -> Floats:
    """Return the probability of each label at each position (forward-backward), shaped as ``scores``;
    padded positions hold meaningless values.

    Computed in probability space with each step normalised: a constant added to every label's score at
    one position, or to every transition, changes no probability, so the exponentials never overflow.
    """
    order, live = _by_length(lengths, scores.shape[1])
    ordered = scores[order]
    odds = np.exp(ordered - ordered.max(axis=2, keepdims=True))
    moves = np.exp(crf.transitions - crf.transitions.max())
    forward = odds.copy()
    backward = np.ones(scores.shape)
    for t in range(1, scores.shape[1]):
        a = live[t]
        forward[:a, t] = (forward[:a, t - 1] @ moves) * odds[:a, t]
        forward[:a, t] /= forward[:a, t].sum(axis=1, keepdims=True)
    for t in range(scores.shape[1] - 2, -1, -1):
        a = live[t + 1]
        backward[:a, t] = (odds[:a, t + 1] * backward[:a, t + 1]) @ moves.T
        backward[:a, t] /= backward[:a, t].sum(axis=1, keepdims=True)
    joint = forward * backward
    return _unsorted(joint / joint.sum(axis=2, keepdims=True), order)


def _by_length(lengths: Ints, width: int) -> tuple[Ints, list[int]]:
    """Return the order putting the longest sequences first, and for each position t up to ``width`` (the
    padded length) how many sequences are longer than t."""
    order = np.argsort(-lengths, kind="stable")
    descending = -lengths[order]
    live = np.searchsorted(descending, -np.arange(width + 1), side="left")
    return order, [*live.tolist(), 0]


def _unsorted(values: NDArray[Any], order: Ints) -> NDArray[Any]:
    restored = np.empty_like(values)
    restored[order] = values
    return restored
