"""The summed label scores equal crfsuite's sums over the attribute strings training gives the CRF."""

from __future__ import annotations

import numpy as np
import pytest

from newsmon.nlp.entities.features import candidate_runs, sentence_flags
from newsmon.nlp.entities.model import Model, load_model
from newsmon.nlp.entities.tokens import tokenize

TEXTS = {
    "en": [
        "WOODS MAKES PRO DEBUT AT THE U.S. OPEN",
        "“Peskov said on Monday that the Kremlin denied the report,” Ned Price told reporters in Washington.",
        "The Bank of England raised rates to 5.25 % on 3 August 2023 , 1,000 2 3 4 5 6 .",
        "Price rose . Tiger Woods won . Woods said the price of Woods was fair .",
        "A",
    ],
    "id": [
        "Juru bicara Gedung Putih Karine Jean-Pierre membantah laporan Wall Street Journal ( WSJ ) .",
        "Menurut Dewan Keamanan Rusia , Presiden Vladimir Putin tidak pernah berbicara dengan AS .",
    ],
}


def _string_sums(model: Model, sentences: list[list[str]], document: dict[str, tuple[str, ...]] | None) -> list:
    """The scores crfsuite would form: every attribute of ``sequence`` looked up and summed."""
    crf = model.crf
    sums = []
    for words in sentences:
        flags = sentence_flags(words)
        for start, end in candidate_runs(words, model.extractor.lexicon):
            for features in model.extractor.sequence(words, start, end, flags, document):
                rows = [crf.attributes.get(f.removeprefix("@"), crf.unknown) for f in features if f[:1] != "@"]
                sums.append(crf.weights[rows].sum(axis=0))
    return sums


@pytest.mark.parametrize("lang", ["en", "id"])
def test_emissions_equal_the_sums_over_the_training_attributes(lang: str) -> None:
    model = load_model(lang)
    assert model is not None
    sentences = [tokenize(text)[0] for text in TEXTS[lang]]
    document = model.extractor.document(sentences) if model.extractor.lexicon.documents else None
    runs = [
        (k, start, end)
        for k, words in enumerate(sentences)
        for start, end in candidate_runs(words, model.extractor.lexicon)
    ]
    scores, lengths = model.emissions.scores(sentences, runs, document)
    found = [scores[r, t] for r in range(len(runs)) for t in range(lengths[r])]
    expected = _string_sums(model, sentences, document)
    assert len(found) == len(expected)
    assert np.allclose(found, expected)
    # Word sums come from the cache the second time; the scores stay the same.
    assert np.allclose(model.emissions.scores(sentences, runs, document)[0], scores)


def test_the_document_features_count_where_the_model_learnt_them() -> None:
    model = load_model("en")
    assert model is not None and model.extractor.lexicon.documents
    sentences = [tokenize(text)[0] for text in TEXTS["en"]]
    document = model.extractor.document(sentences)
    assert document
    runs = [(3, 3, 5)]  # "Tiger Woods", whose surname comes again
    with_document = model.emissions.scores(sentences, runs, document)[0]
    without = model.emissions.scores(sentences, runs, None)[0]
    assert not np.allclose(with_document, without)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_few_runs_go_through_crfsuite_and_find_what_the_numpy_crf_finds(lang: str) -> None:
    model = load_model(lang)
    assert model is not None
    sentences = [tokenize(text)[0] for text in TEXTS[lang] * 4]
    runs = sum(len(candidate_runs(words, model.extractor.lexicon)) for words in sentences)
    assert runs >= 12  # together: decoded by the numpy CRF
    together = model.tag(sentences)
    alone = [model.tag([words])[0] for words in sentences]  # a sentence or two: crfsuite's tagger
    assert [[span[:3] for span in spans] for spans in together] == [[span[:3] for span in spans] for spans in alone]
    confidences = [span[3] for spans in together for span in spans]
    assert confidences == pytest.approx([span[3] for spans in alone for span in spans], abs=1e-9)
    assert any(together)
