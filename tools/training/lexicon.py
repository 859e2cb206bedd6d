"""Word-type lexicons derived from the train split only.

A word's label classes learnt from the same sentences the CRF trains on would be too reliable there and
the CRF would lean on them; so for training, each fold of the corpus gets classes counted on the other
folds (jack-knifing), and the shipped lexicon is counted on all of train.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from newsmon.nlp.entities.features import NAME_PARTICLES, SENTENCE_START, Lexicon
from newsmon.nlp.entities.gazetteer import Alias, aliases, given_names, token_classes
from tools.datasets import Document, Sentence

_MIN_COMMON = 1
_MIN_BRIDGE = 3
# Non-letter tokens that may join a name's parts ("Boatmen 's Bancshares", "Douglas & Lomason"); commas
# and brackets are left out even where a corpus puts them in names (WikiANN's "Surname , Given").
_JOINERS = frozenset({"'s", "’s", "'S", "&"})
# Brackets join a name only where the corpus often keeps a bracketed name that follows a name inside it
# ("Bursa Efek Indonesia (BEI)" in idner-news-2k), not where it is a name of its own (CoNLL: 9 in 1,495).
_BRACKET_SHARE = 0.2
_EDGE_SHARE = 0.1
# Lower-case points of the compass that close a place's name where a region is written "Inggris timur"
# (eastern England), "Sumatera selatan": idner-news-2k keeps 6 of the 7 it has right after a capitalised
# word inside the name, too few for any one of them to become a closer by count (NERGrit keeps none of
# its 7; the marked copies learn the difference). Not "tengah" (centre): "X tengah ..." is mostly "X is
# now ...".
_COMPASS = {"id": frozenset({"timur", "barat", "utara", "selatan", "tenggara"})}
_MIN_FOREIGN = 1
# A gazetteer label whose one-word names a corpus tags as that label less often than this (over at least
# _MIN_GAZETTEER uses) is only trusted where the model finds a name: idner-news-2k tags 51 % of its
# country names LOC, CoNLL++ 99 %, CoNLL-2002 76 % (clubs named after their town are ORG).
_GAZETTEER_PRECISION = 0.7
_MIN_GAZETTEER = 20
# A word before such names after which the corpus leaves them untagged this often is a role it wants no
# place in (idner-news-2k: 17 of 20 countries opening a sentence, 7 of 7 after "warga").
_UNTAGGED_SHARE = 0.8
_MIN_CONTEXT = 5
_CRF_LABEL = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}


def label_counts(sentences: Iterable[Sentence], iob: bool = False) -> dict[str, Counter[str]]:
    """Return word form -> Counter of its labels (PER, ORG, LOC, MISC, O; B-PER ... when ``iob``)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for word, tag in sentence:
            counts[word][tag if iob else tag[2:] or "O"] += 1
    return counts


def classes_of(counts: dict[str, Counter[str]]) -> dict[str, str]:
    """Return word form -> class string: main label, "+" when it holds >= 80 %, second label when >= 25 %,
    and "1" when the word was seen only once."""
    classes: dict[str, str] = {}
    for word, counter in counts.items():
        total = sum(counter.values())
        ranked = counter.most_common(2)
        top, top_count = ranked[0]
        if top == "O" and not word[:1].isupper():
            continue  # lower-case words that are never names add nothing over the word itself
        value = top + ("+" if top_count >= 0.8 * total else "")
        if len(ranked) > 1 and ranked[1][1] >= 0.25 * total:
            value += "/" + ranked[1][0]
        if total == 1:
            value += "1"
        classes[word] = value
    return classes


def foreign_classes(other_sentences: Iterable[Sentence]) -> dict[str, str]:
    """Return capitalised word form -> IOB2 class string over other languages' train sentences, for
    forms seen at least twice."""
    counts = label_counts(other_sentences, iob=True)
    return classes_of({w: c for w, c in counts.items() if w[:1].isupper() and sum(c.values()) >= _MIN_FOREIGN})


def confirm_only(sentences: Iterable[Sentence], lang: str) -> frozenset[str]:
    """Return the gazetteer labels that the corpus of ``sentences`` contradicts: the share of its one-word
    alias names (standing alone, not inside a longer name) tagged with the alias's label is under the
    threshold. Only the main corpus is asked: its convention is the one the model follows (NERGrit tags
    55 % of its one-word ORG aliases ORG, idner-news-2k 95 %)."""
    uses: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    for _, alias, tagged in _lone_aliases(sentences, lang):
        uses[alias.label] += 1
        agreed[alias.label] += tagged
    return frozenset(
        label for label, n in uses.items() if n >= _MIN_GAZETTEER and agreed[label] < _GAZETTEER_PRECISION * n
    )


def untagged_after(sentences: Iterable[Sentence], lang: str, labels: frozenset[str]) -> frozenset[str]:
    """Return the lower-case words (``SENTENCE_START`` for none) after which the corpus of ``sentences``
    leaves the one-word alias names of ``labels`` untagged at least ``_UNTAGGED_SHARE`` of the time, over
    ``_MIN_CONTEXT`` uses or more: the roles in which its convention wants no place ("warga Inggris",
    "militer Suriah", a country opening a sentence as its actor)."""
    uses: Counter[str] = Counter()
    untagged: Counter[str] = Counter()
    for before, alias, tagged in _lone_aliases(sentences, lang):
        if alias.label in labels:
            uses[before] += 1
            untagged[before] += not tagged
    return frozenset(w for w, n in uses.items() if n >= _MIN_CONTEXT and untagged[w] >= _UNTAGGED_SHARE * n)


def _lone_aliases(sentences: Iterable[Sentence], lang: str) -> Iterator[tuple[str, Alias, bool]]:
    """Yield (word before in lower case or ``SENTENCE_START``, alias, tagged with the alias's label) for
    every one-word alias name of ``sentences`` that stands alone (not inside a longer name)."""
    table = aliases(lang)
    for sentence in sentences:
        for i, (word, tag) in enumerate(sentence):
            alias = table.get(word)
            if alias is None or tag.startswith("I-"):
                continue
            if i + 1 < len(sentence) and sentence[i + 1][1].startswith("I-"):
                continue
            before = sentence[i - 1][0].lower() if i else SENTENCE_START
            yield before, alias, tag == "B-" + _CRF_LABEL[alias.label]


def build_lexicon(
    sentences: list[Sentence],
    lang: str,
    foreign: dict[str, str],
    weak_labels: frozenset[str] = frozenset(),
    weak_roles: frozenset[str] = frozenset(),
) -> Lexicon:
    """Return the lexicon counted on all of ``sentences`` (what ships with the model); ``weak_labels``
    (from ``confirm_only``) become its ``confirm_only``, ``weak_roles`` (from ``untagged_after``) its
    ``untagged_after``."""
    counts = label_counts(sentences)
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    opening: Counter[str] = Counter()
    closing: Counter[str] = Counter()
    brackets = Counter[bool]()
    for sentence in sentences:
        for i, (word, tag) in enumerate(sentence):
            follows_name = 0 < i < len(sentence) - 1 and sentence[i - 1][1] != "O"
            if word == "(" and follows_name and sentence[i + 1][0][:1].isupper():
                brackets[tag.startswith("I-")] += 1
            if word.islower() or word in _JOINERS:
                lower[word] += 1
                if tag.startswith("I-") and (word.isalpha() or word in _JOINERS):
                    inside[word] += 1
                    if i + 1 == len(sentence) or not sentence[i + 1][1].startswith("I-"):
                        closing[word] += 1
                elif tag.startswith("B-") and word.isalpha():
                    opening[word] += 1
    bridges = {word for word, n in inside.items() if n >= _MIN_BRIDGE} | NAME_PARTICLES
    closers = set(_frequent_share(closing, lower)) | _COMPASS.get(lang, frozenset())
    if brackets[True] >= _MIN_BRIDGE and brackets[True] >= _BRACKET_SHARE * brackets.total():
        bridges.add("(")
        closers.add(")")
    return Lexicon(
        classes=classes_of(counts),
        common=frozenset(word for word, n in lower.items() if n >= _MIN_COMMON),
        bridges=frozenset(bridges),
        openers=_frequent_share(opening, lower),
        closers=frozenset(closers),
        foreign=foreign,
        gazetteer=token_classes(lang),
        given=given_names(),
        confirm_only=weak_labels,
        untagged_after=weak_roles,
    )


def _frequent_share(counts: Counter[str], lower: Counter[str]) -> frozenset[str]:
    """Return the words counted at least ``_MIN_BRIDGE`` times and in ``_EDGE_SHARE`` of their uses."""
    return frozenset(w for w, n in counts.items() if n >= _MIN_BRIDGE and n >= _EDGE_SHARE * lower[w])


def jackknifed(documents: list[Document], lexicon: Lexicon, folds: int) -> list[Lexicon]:
    """Return one lexicon per document: ``lexicon`` with classes counted on the other folds only."""
    fold_counts = [label_counts(s for doc in documents[k::folds] for s in doc) for k in range(folds)]
    total = label_counts(s for doc in documents for s in doc)
    per_fold: list[Lexicon] = []
    for k in range(folds):
        held_out = fold_counts[k]
        rest: dict[str, Counter[str]] = {}
        for word, counter in total.items():
            left = counter - held_out.get(word, Counter())
            if left:
                rest[word] = left
        per_fold.append(replace(lexicon, classes=classes_of(rest)))
    return [per_fold[i % folds] for i in range(len(documents))]
