"""The shared data folder and its readers: the article-extraction benchmark's pages (``datasets/articles``)
and the NER corpora (``datasets/ner``); formats in shared/README.md. Training, evaluation and the benchmark
all read them, and none of them reads another's code for it.

The NER readers yield documents as lists of sentences, a sentence being a list of ``(token, tag)`` pairs with
IOB2 tags over PER / ORG / LOC / MISC, whatever the dataset spells them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import REPO_ROOT

Sentence = list[tuple[str, str]]
Document = list[Sentence]

_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "PLACE": "LOC",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "MISC": "MISC",
}


ARTICLES = Path("datasets/articles")


def default_shared_dir() -> Path:
    """Return ``<repo root>/../shared``, where the shared data sits beside a checkout."""
    return REPO_ROOT.parent / "shared"


def article_truth(shared_dir: Path) -> dict[str, dict[str, Any]]:
    """Return the article benchmark's ground truth: page key -> its fields ("url", "articleBody" ...), in file
    order; {} when ``shared_dir`` holds no article dataset. Raises OSError or ValueError on a broken file."""
    path = shared_dir / ARTICLES / "ground-truth.json"
    if not path.is_file():
        return {}
    truth: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return truth


def article_bodies(shared_dir: Path) -> list[str]:
    """Return the true bodies of the article benchmark's pages that have one ([] without the dataset)."""
    bodies = (page.get("articleBody") or "" for page in article_truth(shared_dir).values())
    return [body for body in bodies if body.strip()]


@dataclass(frozen=True, slots=True)
class Corpus:
    """One dataset split: its language, name, file and whether the file marks document boundaries."""

    lang: str
    name: str
    path: Path
    has_documents: bool = False


def corpora(shared_dir: Path, lang: str, split: str) -> list[Corpus]:
    """Return the existing corpora of ``lang`` for ``split`` ("train" or "dev"); [] when absent.

    French has only a train split, so its "dev" is the held-out tail of that file (see ``fr_holdout``).
    """
    ner = shared_dir / "datasets" / "ner" / lang
    names = {
        "en": [("conllpp", "conllpp.{split}.txt", True)],
        "id": [("idner-news-2k", "idner-news-2k.{split}.txt", False), ("nergrit", "nergrit.{split}.txt", False)],
        "es": [("conll2002", "conll2002.{split}.conllu", False)],
        "ru": [("wikiann", "wikiann.{split}.conllu", False)],
        "fr": [("wikineural", "wikineural.train.conllu", False)],
    }.get(lang, [])
    found = [Corpus(lang, name, ner / pattern.format(split=split), docs) for name, pattern, docs in names]
    return [corpus for corpus in found if corpus.path.is_file()]


def read_documents(corpus: Corpus, split: str = "train") -> list[Document]:
    """Return the documents of ``corpus`` (one per sentence when the file has no document marks).

    For the French single-file corpus, ``split`` picks the first 90 % ("train") or the last 10 % ("dev").
    Raises OSError when the file cannot be read.
    """
    documents = list(_read(corpus.path, corpus.has_documents))
    return fr_holdout(documents, split) if corpus.lang == "fr" else documents


def fr_holdout(documents: list[Document], split: str) -> list[Document]:
    """Return the French train (first 90 %) or dev (last 10 %) slice of the single WikiNEuRal file."""
    cut = len(documents) * 9 // 10
    return documents[:cut] if split == "train" else documents[cut:]


def read_sentences(corpus: Corpus, split: str = "train") -> list[Sentence]:
    """Return every sentence of ``corpus``, documents flattened."""
    return [sentence for document in read_documents(corpus, split) for sentence in document]


def _read(path: Path, has_documents: bool) -> Iterator[Document]:
    """Yield documents; a file without ``-DOCSTART-`` marks gives one document per sentence."""
    conllu = path.suffix == ".conllu"
    document: Document = []
    sentence: Sentence = []
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\r\n")
            if line.startswith("-DOCSTART-") or not line.strip():
                if sentence:
                    document.append(to_iob2(sentence))
                    sentence = []
                if document and (line.startswith("-DOCSTART-") or not has_documents):
                    yield document
                    document = []
                continue
            if conllu:
                fields = line.split("\t")
                sentence.append((fields[1], normalise_tag(fields[2])))
            else:
                fields = line.split()
                sentence.append((fields[0], normalise_tag(fields[-1])))
    if sentence:
        document.append(to_iob2(sentence))
    if document:
        yield document


def normalise_tag(raw: str) -> str:
    """Return a dataset tag as B-/I- over PER, ORG, LOC, MISC ("B-PLACE" -> "B-LOC"); others become "O"."""
    raw = raw.strip()
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, _, label = raw.partition("-")
    mapped = _LABELS.get(label.upper())
    return f"{prefix.upper()}-{mapped}" if mapped else "O"


def to_iob2(sentence: Sentence) -> Sentence:
    """Return ``sentence`` in IOB2: an I- tag that opens a span (IOB1) becomes B-."""
    fixed: Sentence = []
    previous = "O"
    for token, tag in sentence:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append((token, tag))
        previous = tag
    return fixed
