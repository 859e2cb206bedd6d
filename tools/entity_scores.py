"""Entity recognition scored on the NER dev splits through the real ``recognize`` path.

Each dev document is detokenised (tokens joined by spaces, sentences by new lines) and handed to
``recognize`` with its sentence spans, so tokenisation, the candidate runs, the CRF, the gazetteer and
the within-text repeats are all measured. Scores are exact-span, exact-type micro P/R/F1 over PER, ORG and
LOC; gold MISC spans are ignored (the models tag MISC internally and drop it). The evaluation reports
them (``tools.evaluation.entities``), and training prints them for the model it has just written.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsmon.nlp.entities import recognize
from newsmon.nlp.types import Span
from tools.datasets import Document, corpora, read_documents

LANGS = ("en", "id", "es", "ru", "fr")
_GOLD_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
_LABELS = ("PERSON", "ORG", "LOC")

Gold = set[tuple[int, int, str]]


def detokenise(document: Document) -> tuple[str, list[Span], Gold, int]:
    """Return the text of ``document``, its sentence spans, its gold PER/ORG/LOC spans and token count."""
    pieces: list[str] = []
    spans: list[Span] = []
    gold: Gold = set()
    offset = 0
    tokens = 0
    for sentence in document:
        starts: list[int] = []
        position = offset
        for word, _ in sentence:
            starts.append(position)
            position += len(word) + 1
        text = " ".join(word for word, _ in sentence)
        spans.append(Span(text, offset, offset + len(text)))
        pieces.append(text)
        begin, label = -1, ""
        for i, (_, tag) in enumerate([*sentence, ("", "O")]):
            if begin >= 0 and not (tag.startswith("I-") and tag[2:] == label):
                last_word = sentence[i - 1][0]
                if label in _GOLD_LABELS:
                    gold.add((starts[begin], starts[i - 1] + len(last_word), _GOLD_LABELS[label]))
                begin = -1
            if tag.startswith("B-") or (tag.startswith("I-") and begin < 0):
                begin, label = i, tag[2:]
        tokens += len(sentence)
        offset += len(text) + 1
    return "\n".join(pieces), spans, gold, tokens


def score(gold: Gold, predicted: Gold) -> dict[str, float]:
    """Return micro precision, recall and F1 of ``predicted`` against ``gold`` (0.0 when undefined)."""
    hits = len(gold & predicted)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def evaluate_corpus(documents: list[Document], lang: str) -> dict[str, Any]:
    """Return P/R/F1 (overall and per label) and tokens/s of ``recognize`` over ``documents``."""
    gold: Gold = set()
    predicted: Gold = set()
    tokens = 0
    seconds = 0.0
    shift = 0
    for document in documents:
        text, spans, document_gold, count = detokenise(document)
        began = time.perf_counter()
        entities = recognize(text, spans, lang)
        seconds += time.perf_counter() - began
        tokens += count
        # Offsets are shifted per document so spans of different documents never collide in the sets.
        gold |= {(s + shift, e + shift, label) for s, e, label in document_gold}
        predicted |= {(e.start + shift, e.end + shift, e.label) for e in entities}
        shift += len(text) + 1
    row: dict[str, Any] = score(gold, predicted)
    for label in _LABELS:
        row["f1_" + label] = score({g for g in gold if g[2] == label}, {p for p in predicted if p[2] == label})["f1"]
    row["tokens"] = tokens
    row["tokens_per_s"] = round(tokens / seconds) if seconds else 0
    return row


def evaluate_languages(shared_dir: Path, langs: tuple[str, ...] | list[str] = LANGS) -> list[dict[str, Any]]:
    """Return one row per language and dev dataset: precision, recall, F1, per-label F1, tokens/s.

    Raises OSError on unreadable files; languages without data give no row.
    """
    rows: list[dict[str, Any]] = []
    for lang in langs:
        for corpus in corpora(shared_dir, lang, "dev"):
            documents = read_documents(corpus, "dev")
            rows.append({"lang": lang, "dataset": corpus.name, **evaluate_corpus(documents, lang)})
    return rows
