"""The numpy CRF reads crfsuite's files and decodes as crfsuite's own tagger does."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from newsmon.nlp.entities.crf import Crf, ModelFormatError, marginals, read_crfsuite, viterbi

TRAIN = [
    ([["w=mayor", "cap"], ["w=jones", "cap"], ["w=denied"]], ["B-PER", "I-PER", "O"]),
    ([["w=the"], ["w=harbour", "cap"], ["w=board", "cap"], ["w=said"]], ["O", "B-ORG", "I-ORG", "O"]),
    ([["w=in"], ["w=paris", "cap"]], ["O", "B-LOC"]),
    ([["w=jones", "cap"], ["w=visited"], ["w=paris", "cap"]], ["B-PER", "O", "B-LOC"]),
]
SEQUENCES = [
    [["w=jones", "cap"], ["w=said"]],
    [["w=harbour", "cap"], ["w=board", "cap"], ["w=in"], ["w=paris", "cap"], ["w=unseen"]],
    [["cap"]],
    [["w=mayor", "cap"], ["w=jones", "cap"], ["w=denied"], ["w=in"]],
]


def _train(path: Path, prefix: str = "") -> bytes:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in TRAIN:
        trainer.append([[*item, *(prefix + a for a in item)] if prefix else item for item in xseq], yseq)
    trainer.set_params({"max_iterations": 30, "c2": 0.1})
    trainer.train(str(path))
    return path.read_bytes()


def _scores(crf: Crf, sequences: list[list[list[str]]]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.array([len(sequence) for sequence in sequences])
    scores = np.zeros((len(sequences), lengths.max(), len(crf.labels)))
    for r, sequence in enumerate(sequences):
        for t, item in enumerate(sequence):
            scores[r, t] = crf.weights[[crf.attributes.get(a, crf.unknown) for a in item]].sum(axis=0)
    return scores, lengths


def test_decoding_matches_crfsuite_on_sequences_of_different_lengths(tmp_path: Path) -> None:
    data = _train(tmp_path / "model.crfsuite")
    crf = read_crfsuite(data)
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    scores, lengths = _scores(crf, SEQUENCES)
    paths = viterbi(crf, scores, lengths)
    probabilities = marginals(crf, scores, lengths)
    for r, sequence in enumerate(SEQUENCES):
        expected = tagger.tag(sequence)
        assert [crf.labels[label] for label in paths[r, : len(sequence)]] == expected
        for t in range(len(sequence)):
            for y, label in enumerate(crf.labels):
                assert probabilities[r, t, y] == pytest.approx(tagger.marginal(label, t), abs=1e-9)


def test_folded_copies_score_as_both_attributes_together(tmp_path: Path) -> None:
    data = _train(tmp_path / "copies.crfsuite", prefix="@")
    plain, folded = read_crfsuite(data), read_crfsuite(data, folded="@")
    assert not any(name.startswith("@") for name in folded.attributes)
    assert set(folded.attributes) | {"@" + a for a in folded.attributes} >= set(plain.attributes)
    doubled = [[[*item, *("@" + a for a in item)] for item in sequence] for sequence in SEQUENCES]
    assert np.allclose(_scores(plain, doubled)[0], _scores(folded, SEQUENCES)[0])


def test_a_file_that_is_no_crfsuite_model_is_refused() -> None:
    with pytest.raises(ModelFormatError):
        read_crfsuite(b"not a model")
    with pytest.raises(ModelFormatError):
        read_crfsuite(b"xCRF" + bytes(60))


def test_padding_wider_than_every_sequence_and_no_sequence_at_all(tmp_path: Path) -> None:
    crf = read_crfsuite(_train(tmp_path / "model.crfsuite"))
    scores, lengths = _scores(crf, SEQUENCES[:1])
    wide = np.concatenate([scores, np.zeros((1, 3, len(crf.labels)))], axis=1)
    assert (viterbi(crf, wide, lengths)[:, :2] == viterbi(crf, scores, lengths)).all()
    assert np.allclose(marginals(crf, wide, lengths)[:, :2], marginals(crf, scores, lengths))
    assert marginals(crf, wide[:0], lengths[:0]).shape == (0, 5, len(crf.labels))
