"""The shipped CRF models: lazy loading (one per language, cached) and tagging of candidate runs, all runs
of a text decoded together."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import numpy as np
import orjson
import pycrfsuite

from newsmon.nlp.entities.crf import Crf, marginals, read_crfsuite, viterbi
from newsmon.nlp.entities.emissions import Emissions, RunRef
from newsmon.nlp.entities.features import FeatureExtractor, Lexicon, candidate_runs, sentence_flags
from newsmon.nlp.entities.gazetteer import given_names, token_classes

# Package data, read through importlib.resources: found however newsmon is installed.
MODELS: Traversable = files("newsmon.nlp") / "models"
# Languages without a model of their own borrow a close one (same script and naming habits).
_BORROWED = {"pt": "es"}
# Below this many candidate runs in a text, crfsuite's tagger run by run costs less than the numpy CRF.
_FEW_RUNS = 12


def model_file(lang: str) -> str:
    """Return the file name of the CRF model of ``lang`` (in ``MODELS``, or where training writes it)."""
    return f"ner-{lang}.crfsuite"


def lexicon_file(lang: str) -> str:
    """Return the file name of the lexicon stored beside the model of ``lang``."""
    return f"ner-{lang}.lexicon.json"


def lexicon_from_json(data: bytes, lang: str) -> Lexicon:
    """Return the lexicon stored as JSON ``data``, its gazetteer taken from the alias resource of ``lang``.

    Raises orjson.JSONDecodeError or KeyError on a malformed file.
    """
    raw = orjson.loads(data)
    return Lexicon(
        classes=raw["classes"],
        common=frozenset(raw["common"]),
        bridges=frozenset(raw["bridges"]),
        openers=frozenset(raw["openers"]),
        closers=frozenset(raw["closers"]),
        foreign=raw["foreign"],
        gazetteer=token_classes(lang),
        given=given_names(),
        confirm_only=frozenset(raw["confirm_only"]),
        copies=raw["copies"],
        documents=raw["documents"],
    )


def lexicon_to_json(lexicon: Lexicon) -> bytes:
    """Return ``lexicon`` as JSON bytes (the gazetteer is not stored: it comes from the alias resource)."""
    return orjson.dumps(
        {
            "classes": lexicon.classes,
            "common": sorted(lexicon.common),
            "bridges": sorted(lexicon.bridges),
            "openers": sorted(lexicon.openers),
            "closers": sorted(lexicon.closers),
            "foreign": lexicon.foreign,
            "confirm_only": sorted(lexicon.confirm_only),
            "copies": lexicon.copies,
            "documents": lexicon.documents,
        },
        option=orjson.OPT_SORT_KEYS,
    )


Spans = list[tuple[int, int, str, float]]


@dataclass(frozen=True, slots=True)
class Model:
    """A loaded CRF with its feature extractor. ``tag`` is safe to call from several threads.

    Texts with many candidate runs (articles) are decoded by the numpy CRF all at once; its fixed cost per
    call (some fifty array operations) exceeds crfsuite's cost per run below ``_FEW_RUNS`` runs, so a text
    of a sentence or two goes through crfsuite's own tagger, one run at a time. Both read the same file
    and find the same names with the same confidences.
    """

    extractor: FeatureExtractor
    crf: Crf
    emissions: Emissions
    crfsuite: bytes  # the model file: each thread opens its own tagger on it (a tagger keeps state)
    _local: threading.local

    def tag(
        self,
        sentences: list[list[str]],
        known: list[dict[int, tuple[int, str]] | None] | None = None,
        document: dict[str, tuple[str, ...]] | None = None,
    ) -> list[Spans]:
        """Return, for each tokenised sentence, ``(first_token, end_token, label, confidence)`` of the names
        in it (MISC included). All candidate runs of all sentences are decoded together.

        ``known[k]`` maps the first token of a gazetteer name in sentence ``k`` to its end token and label
        (PER, ORG, LOC). A tagged name in which a known name ends while two or more tokens follow ("Gedung
        Putih Karine Jean-Pierre") is cut there when the rest, tagged on its own, starts with a person's
        name; the part up to the cut takes the known name's label. ``confidence`` is the marginal
        probability of the first token's tag (0.0 for a part labelled by the gazetteer). ``document`` holds
        the ``FeatureExtractor.document`` features of the whole text.
        """
        lexicon = self.extractor.lexicon
        runs = [(k, start, end) for k, words in enumerate(sentences) for start, end in candidate_runs(words, lexicon)]
        spans: list[Spans] = [[] for _ in sentences]
        for (k, _, _), found in zip(runs, self._decode(sentences, runs, document), strict=True):
            sentence_known = known[k] if known else None
            for a, b, label, confidence in found:
                spans[k].extend(
                    self._cut(sentences[k], (a, b, label, confidence), sentence_known, document)
                    if sentence_known
                    else [(a, b, label, confidence)]
                )
        return spans

    def tag_sentence(
        self,
        words: list[str],
        known: dict[int, tuple[int, str]] | None = None,
        document: dict[str, tuple[str, ...]] | None = None,
    ) -> Spans:
        """Return the names in one tokenised sentence, as ``tag`` does."""
        return self.tag([words], [known], document)[0]

    def _decode(
        self,
        sentences: list[list[str]],
        runs: list[RunRef],
        document: dict[str, tuple[str, ...]] | None,
        *,
        trim: bool = True,
    ) -> list[Spans]:
        """Return the names found in each run, with the marginal probability of their first token's tag;
        with ``trim``, brackets left open at a name's edges are trimmed first (``balanced``)."""
        if not runs:
            return []
        if len(runs) < _FEW_RUNS:
            return [self._decode_one(sentences[k], start, end, document, trim=trim) for k, start, end in runs]
        scores, lengths = self.emissions.scores(sentences, runs, document)
        paths = viterbi(self.crf, scores, lengths)
        # Most runs are a capitalised common word ("The", "But"): all O, nothing more to read from them.
        inside = np.arange(paths.shape[1]) < lengths[:, None]
        named = np.flatnonzero(((paths != self.crf.labels.index("O")) & inside).any(axis=1))
        probabilities = marginals(self.crf, scores[named], lengths[named])
        labels = self.crf.labels
        brackets = trim and "(" in self.extractor.lexicon.bridges  # otherwise no name can hold one
        found: list[Spans] = [[] for _ in runs]
        for n, r in enumerate(named.tolist()):
            k, start, end = runs[r]
            path = paths[r].tolist()
            names = decode([labels[label] for label in path[: end - start]], start)
            if brackets:
                names = [name for name in (balanced(sentences[k], span) for span in names) if name[0] < name[1]]
            found[r] = [(a, b, label, float(probabilities[n, a - start, path[a - start]])) for a, b, label in names]
        return found

    def _decode_one(
        self, words: list[str], start: int, end: int, document: dict[str, tuple[str, ...]] | None, *, trim: bool
    ) -> Spans:
        """Return the names of the run ``words[start:end]`` as ``_decode`` does, with crfsuite's tagger."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self.crfsuite)
        tags = tagger.tag(self.extractor.sequence(words, start, end, sentence_flags(words), document))
        names = decode(tags, start)
        if trim and "(" in self.extractor.lexicon.bridges:
            names = [name for name in (balanced(words, span) for span in names) if name[0] < name[1]]
        return [(a, b, label, tagger.marginal(tags[a - start], a - start)) for a, b, label in names]

    def _cut(
        self,
        words: list[str],
        name: tuple[int, int, str, float],
        known: dict[int, tuple[int, str]],
        document: dict[str, tuple[str, ...]] | None,
    ) -> Spans:
        """Return the name ``(a, b, label, confidence)`` of ``words`` cut after a known name inside it, or
        whole (see ``tag``)."""
        a, b, label, confidence = name
        cuts = sorted(value for first, value in known.items() if a <= first and value[0] < b - 1)
        for cut, known_label in cuts:
            rest = self._decode([words], [(0, cut, b)], document, trim=False)[0]
            if rest and rest[0][0] == cut and rest[0][2] == "PER":
                return [(a, cut, known_label, 0.0), *((c, d, kind, confidence) for c, d, kind, _ in rest)]
        return [(a, b, label, confidence)]


def balanced(words: list[str], span: tuple[int, int, str]) -> tuple[int, int, str]:
    """Return ``span`` without a bracket left open or closed at its edges ("Gas Bumi (" -> "Gas Bumi",
    "HMI )" -> "HMI"); a closed pair stays ("Bursa Efek Indonesia ( BEI )"). The range may come out
    empty."""
    a, b, label = span
    while a < b and (words[a] == ")" or (words[a] == "(" and ")" not in words[a + 1 : b])):
        a += 1
    while a < b and (words[b - 1] == "(" or (words[b - 1] == ")" and "(" not in words[a : b - 1])):
        b -= 1
    return a, b, label


def decode(tags: list[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """Return ``(start, end, label)`` spans of an IOB2 tag sequence; a stray I- opens a span."""
    spans: list[tuple[int, int, str]] = []
    begin = -1
    label = ""
    for i, tag in enumerate(tags):
        if tag == "O":
            if begin >= 0:
                spans.append((offset + begin, offset + i, label))
                begin = -1
            continue
        kind = tag[2:]
        if tag[0] == "B" or kind != label or begin < 0:
            if begin >= 0:
                spans.append((offset + begin, offset + i, label))
            begin = i
            label = kind
    if begin >= 0:
        spans.append((offset + begin, offset + len(tags), label))
    return spans


@cache
def load_model(lang: str) -> Model | None:
    """Return the model for ``lang`` (or the one it borrows), loaded once; None when none is shipped.

    Raises OSError, orjson.JSONDecodeError, KeyError or ``ModelFormatError`` when a shipped model's files
    are unreadable.
    """
    lang = _BORROWED.get(lang, lang)
    crf = MODELS / model_file(lang)
    if not crf.is_file():
        return None
    lexicon = lexicon_from_json((MODELS / lexicon_file(lang)).read_bytes(), lang)
    extractor = FeatureExtractor(lexicon)
    # Tagging always adds the marked copies, so each copy's weights join its plain attribute's.
    data = crf.read_bytes()
    weights = read_crfsuite(data, folded="@" if lexicon.copies else "")
    return Model(extractor, weights, Emissions(extractor, weights), data, threading.local())
