"""The CRF read from crfsuite's file tags as pycrfsuite does: tiny trained models, then the shipped ones on
real text (``../shared``, skipped when absent)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pycrfsuite
import pytest

from newsmon.nlp.entities.crf import Crf, CrfFormatError
from newsmon.nlp.entities.features import FeatureExtractor, Lexicon, candidate_runs, sentence_flags
from newsmon.nlp.entities.model import MODELS, load_model, model_file
from newsmon.nlp.entities.scoring import RunScorer
from newsmon.nlp.entities.tokens import tokenize
from newsmon.nlp.sentences import split_sentences
from tools.datasets import article_bodies, corpora, read_sentences


def _train(path: Path, items: list[tuple[list[list[str]], list[str]]]) -> bytes:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in items:
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 50})
    trainer.train(str(path))
    return path.read_bytes()


def _tagger(data: bytes) -> pycrfsuite.Tagger:
    """A tagger reading ``data``, which the caller keeps alive (crfsuite reads the buffer in place)."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    return tagger


def _plain_scores(crf: Crf, xseq: list[list[str]]) -> list[list[float]]:
    """State scores summed attribute by attribute, in crfsuite's order."""
    scores = []
    for attributes in xseq:
        row = [0.0] * crf.size
        for attribute in attributes:
            for label, weight in enumerate(crf.weights(attribute) or [0.0] * crf.size):
                row[label] += weight
        scores.append(row)
    return scores


def _assert_tags_as_crfsuite(
    crf: Crf, tagger: pycrfsuite.Tagger, scores: list[list[float]], xseq: list[list[str]]
) -> None:
    """Same tags, and the same marginal of every label at every token."""
    assert [crf.labels[label] for label in crf.viterbi(scores)] == tagger.tag(xseq)
    for t in range(len(xseq)):
        for label in range(crf.size):
            expected = tagger.marginal(crf.labels[label], t)
            assert crf.marginal(scores, label, t) == pytest.approx(expected, rel=1e-12, abs=1e-300)


def test_tags_and_marginals_are_crfsuites(tmp_path: Path) -> None:
    items = [
        ([["w=a", "x"], ["w=b"], ["w=c", "x"]], ["A", "B", "C"]),
        ([["w=b"], ["w=a"], ["w=a", "y"]], ["B", "A", "C"]),
        ([["w=c"], ["y"]], ["C", "A"]),
    ]
    data = _train(tmp_path / "m.crfsuite", items)
    crf, tagger = Crf(data), _tagger(data)
    assert crf.labels == tagger.labels()
    for xseq in [[["w=a"]], [["w=b", "x"], ["unknown"], ["w=c", "y"], ["w=a"]], *(x for x, _ in items)]:
        _assert_tags_as_crfsuite(crf, tagger, _plain_scores(crf, xseq), xseq)


def test_ties_go_to_the_first_label_as_in_crfsuite(tmp_path: Path) -> None:
    # "a" is as often X as Y, so its weights for both are equal; crfsuite's Viterbi keeps the first
    # maximum in label order (strict "<"), here X. So must the path back from the last token.
    items = [([["a"], ["a"]], ["X", "X"]), ([["a"], ["a"]], ["Y", "Y"]), ([["b"]], ["Z"])]
    data = _train(tmp_path / "tie.crfsuite", items)
    crf, tagger = Crf(data), _tagger(data)
    for xseq in ([["a"]], [["a"], ["a"]], [["a"], ["a"], ["a"]]):
        scores = _plain_scores(crf, xseq)
        assert scores[0][0] == scores[0][1]  # a real tie
        assert crf.viterbi(scores) == [0] * len(xseq)
        _assert_tags_as_crfsuite(crf, tagger, scores, xseq)


def test_marked_copies_count_with_their_attributes(tmp_path: Path) -> None:
    # The model knows only the "@" copies; tagging adds them to every attribute (Lexicon.copies), so a
    # scorer that forgot them would see no weights at all and tag both words with the first label, LOC.
    extractor = FeatureExtractor(Lexicon(copies=True))
    marked = lambda word: [[f for f in feats if f[0] == "@"] for feats in extractor.sequence([word], 0, 1)]  # noqa: E731
    data = _train(tmp_path / "copies.crfsuite", [(marked("Jakarta"), ["B-LOC"]), (marked("Budi"), ["B-PER"])])
    crf, tagger = Crf(data), _tagger(data)
    scorer = RunScorer(extractor, crf)
    for word, tag in (("Jakarta", "B-LOC"), ("Budi", "B-PER")):
        scores = scorer.scores([word], 0, 1)
        assert [crf.labels[label] for label in crf.viterbi(scores)] == [tag]
        _assert_tags_as_crfsuite(crf, tagger, scores, extractor.sequence([word], 0, 1))


def test_a_file_that_is_no_model_is_refused() -> None:
    with pytest.raises(CrfFormatError):
        Crf(b"lCRF" + bytes(60))
    with pytest.raises(CrfFormatError):
        Crf(b"not a model")


def _real_sentences(shared_dir: Path, lang: str) -> list[list[str]]:
    """Dev sentences of ``lang`` (the first 400 of each corpus), and for English the real news bodies."""
    found = [
        [word for word, _ in sentence]
        for corpus in corpora(shared_dir, lang, "dev")
        for sentence in itertools.islice(read_sentences(corpus, "dev"), 400)
    ]
    if lang == "en":
        for body in article_bodies(shared_dir)[:20]:
            found += [tokenize(body, s.start, s.end)[0] for s in split_sentences(body)]
    return [words for words in found if words]


@pytest.mark.parametrize("lang", ["en", "id", "es", "fr", "ru"])
def test_shipped_models_tag_real_runs_as_crfsuite(shared_dir: Path, lang: str) -> None:
    model = load_model(lang)
    assert model is not None
    data = (MODELS / model_file(lang)).read_bytes()
    tagger = _tagger(data)
    extractor, scorer, crf = model.extractor, model.scorer, model.scorer.crf
    sentences = _real_sentences(shared_dir, lang)
    document = extractor.document(sentences) if extractor.lexicon.documents else None
    runs = 0
    for words in sentences:
        flags = sentence_flags(words)
        for start, end in candidate_runs(words, extractor.lexicon):
            xseq = extractor.sequence(words, start, end, flags, document)
            tags = tagger.tag(xseq)
            scores = scorer.scores(words, start, end, flags, document)
            path = crf.viterbi(scores)
            assert [crf.labels[label] for label in path] == tags, (words, start, end)
            # Summed per word type and scaled otherwise, the marginal differs in its last digits (< 3e-15).
            assert crf.marginal(scores, path[0], 0) == pytest.approx(tagger.marginal(tags[0], 0), rel=1e-12)
            runs += 1
    assert runs > 300
