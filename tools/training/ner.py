"""Train the NER model of one language: ``python -m tools.training.ner --lang en``.

Reads the train split under ``<shared>/datasets/ner/<lang>``, writes ``ner-<lang>.crfsuite`` and
``ner-<lang>.lexicon.json`` into ``services/newsmon/nlp/models/`` and prints the dev scores of the real
``recognize`` path. The CRF is trained on the same candidate runs the tagger sees at run time, with MISC
kept as a label (so MISC names are not learnt as O) and dropped from the output.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

import pycrfsuite
from tqdm import tqdm

from newsmon.nlp.entities.features import FeatureExtractor, Lexicon, candidate_runs, sentence_flags
from newsmon.nlp.entities.model import lexicon_file, lexicon_to_json, load_model, model_file
from newsmon.nlp.entities.tokens import tokenize
from tools import REPO_ROOT
from tools.datasets import Document, Sentence, corpora, default_shared_dir, read_documents, read_sentences
from tools.entity_scores import evaluate_languages
from tools.report import format_table
from tools.training.lexicon import build_lexicon, confirm_only, foreign_classes, jackknifed, untagged_after

# L-BFGS, mostly L2. Picked on dev: a strong L2 (c2 1.0) gained 2 F1 on idner-news-2k and 0.4 on
# CoNLL-2002 over c1 0.05 / c2 0.01 and was neutral on CoNLL++ (0.913-0.914 for every setting tried);
# the small L1 keeps the files at a few MB.
_PARAMS = {"c1": 0.01, "c2": 1.0, "max_iterations": 150, "feature.possible_transitions": True}
# WikiANN-ru scores the same either way, and its file would be 12.5 MB instead of 3 MB.
_LANG_PARAMS = {"ru": {"c1": 0.05, "c2": 0.01}}
LANGS = ("en", "id", "es", "fr", "ru")
# The source tree's model folder (shipped as package data): where the models are trained into, whichever
# copy of newsmon is installed.
MODELS_DIR = REPO_ROOT / "services" / "newsmon" / "nlp" / "models"
_FOLDS = 5


def retokenised(sentence: Sentence) -> Sentence:
    """Return ``sentence`` cut by the run-time tokeniser, as ``recognize`` sees the detokenised text: a
    corpus token holding several ("(BEI)" in idner-news-2k) gives its tag to the first piece and the
    inside tag to the others."""
    words = [word for word, _ in sentence]
    pieces, starts = tokenize(" ".join(words))
    out: Sentence = []
    index = offset = 0
    for piece, start in zip(pieces, starts, strict=True):
        while start >= offset + len(words[index]) + 1:
            offset += len(words[index]) + 1
            index += 1
        tag = sentence[index][1]
        out.append((piece, tag if start == offset or tag == "O" else "I-" + tag[2:]))
    return out


def training_items(documents: list[Document], lexicons: list[Lexicon]) -> list[tuple[list[list[str]], list[str]]]:
    """Return (attributes, tags) for every candidate run of every sentence, with per-document lexicons."""
    items = []
    extractors: dict[int, FeatureExtractor] = {}
    for document, lexicon in zip(documents, lexicons, strict=True):
        extractor = extractors.get(id(lexicon))
        if extractor is None:
            extractor = extractors[id(lexicon)] = FeatureExtractor(lexicon)
        features = (
            extractor.document([[w for w, _ in sentence] for sentence in document]) if lexicon.documents else None
        )
        for sentence in document:
            words = [word for word, _ in sentence]
            tags = [tag for _, tag in sentence]
            flags = sentence_flags(words)
            for start, end in candidate_runs(words, lexicon):
                run_tags = tags[start:end]
                if run_tags[0].startswith("I-"):
                    run_tags[0] = "B-" + run_tags[0][2:]
                items.append((extractor.sequence(words, start, end, flags, features), run_tags))
    return items


class ProgressTrainer(pycrfsuite.Trainer):  # type: ignore[misc]
    """A CRF trainer that shows its iterations with a rate and the time left on a terminal (nothing is drawn
    when stderr is not a terminal). Training may stop before ``iterations`` when it converges."""

    def __init__(self, iterations: int, description: str) -> None:
        super().__init__(verbose=False)
        self.bar = tqdm(total=iterations, desc=description, unit=" iterations", disable=None)
        self.iterations = 0

    def message(self, message: str) -> None:
        """Read crfsuite's log as it comes: count each iteration and advance the bar."""
        if message.startswith("***** Iteration #"):
            self.iterations += 1
            self.bar.update(1)


def train(lang: str, shared_dir: Path, out_dir: Path = MODELS_DIR, params: dict[str, float] | None = None) -> Path:
    """Train the model of ``lang`` and write it into ``out_dir``; return the model path. ``params``
    override the crfsuite parameters. Raises FileNotFoundError when the train split is absent."""
    train_corpora = corpora(shared_dir, lang, "train")
    if not train_corpora:
        raise FileNotFoundError(f"no NER train data for {lang!r} under {shared_dir}")
    per_corpus = [
        [[retokenised(s) for s in doc] for doc in read_documents(corpus, "train")] for corpus in train_corpora
    ]
    documents = [doc for corpus_documents in per_corpus for doc in corpus_documents]
    sentences = [s for doc in documents for s in doc]
    others = (
        sentence
        for other in LANGS
        if other != lang
        for corpus in corpora(shared_dir, other, "train")
        for sentence in read_sentences(corpus, "train")
    )
    main = [s for doc in per_corpus[0] for s in doc]  # the main corpus's convention
    weak = confirm_only(main, lang)
    lexicon = build_lexicon(sentences, lang, foreign_classes(others), weak, untagged_after(main, lang, weak))
    lexicon.copies = len(per_corpus) > 1
    lexicon.documents = all(corpus.has_documents for corpus in train_corpora)
    lexicons = jackknifed(documents, lexicon, _FOLDS)
    if lexicon.copies:
        # Only the main corpus (listed first) gets the marked copies; see Lexicon.copies.
        plain = {id(lex): replace(lex, copies=False) for lex in lexicons}
        main_size = len(per_corpus[0])
        lexicons = [lex if i < main_size else plain[id(lex)] for i, lex in enumerate(lexicons)]
    items = training_items(documents, lexicons)
    settings = {**_PARAMS, **_LANG_PARAMS.get(lang, {}), **(params or {})}
    trainer = ProgressTrainer(int(settings["max_iterations"]), f"train {lang}")
    for xseq, yseq in items:
        trainer.append(xseq, yseq)
    trainer.set_params(settings)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / model_file(lang)
    trainer.train(str(target))
    trainer.bar.close()
    (out_dir / lexicon_file(lang)).write_bytes(lexicon_to_json(lexicon))
    return target


def main(argv: list[str] | None = None) -> None:
    """Command line entry: train one language, then print its dev scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True, choices=LANGS)
    parser.add_argument("--shared-dir", type=Path, default=default_shared_dir())
    parser.add_argument("--c1", type=float)
    parser.add_argument("--c2", type=float)
    parser.add_argument("--iterations", type=int)
    args = parser.parse_args(argv)
    overrides = {
        key: value
        for key, value in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
        if value is not None
    }
    began = time.perf_counter()
    path = train(args.lang, args.shared_dir, params=overrides)
    seconds = time.perf_counter() - began
    size = path.stat().st_size / 1e6
    print(f"{args.lang}: trained in {seconds:.0f} s -> {path} ({size:.1f} MB)")
    load_model.cache_clear()
    print(format_table(evaluate_languages(args.shared_dir, [args.lang])))


if __name__ == "__main__":
    main()
