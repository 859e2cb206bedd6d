"""The shipped CRF models: lazy loading (one per language, cached) and tagging of candidate runs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import orjson

from newsmon.nlp.entities.crf import Crf
from newsmon.nlp.entities.features import NAME_PARTICLES, FeatureExtractor, Lexicon, candidate_runs, sentence_flags
from newsmon.nlp.entities.gazetteer import given_names, token_classes
from newsmon.nlp.entities.scoring import RunScorer

# Package data, read through importlib.resources: found however newsmon is installed.
MODELS: Traversable = files("newsmon.nlp") / "models"
# Languages without a model of their own borrow a close one (same script and naming habits).
_BORROWED = {"pt": "es"}
# What every run of a sentence is tagged with besides its words: sentence flags and document features.
_Context = tuple[tuple[str, ...], dict[str, tuple[str, ...]] | None]


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
        bridges=frozenset(raw["bridges"]) | NAME_PARTICLES,
        openers=frozenset(raw["openers"]),
        closers=frozenset(raw["closers"]),
        foreign=raw["foreign"],
        gazetteer=token_classes(lang),
        given=given_names(),
        confirm_only=frozenset(raw["confirm_only"]),
        untagged_after=frozenset(raw.get("untagged_after", ())),
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
            "untagged_after": sorted(lexicon.untagged_after),
            "copies": lexicon.copies,
            "documents": lexicon.documents,
        },
        option=orjson.OPT_SORT_KEYS,
    )


@dataclass(slots=True)
class Model:
    """A loaded CRF with its feature extractor. ``tag_sentence`` is safe to call from several threads."""

    extractor: FeatureExtractor
    scorer: RunScorer

    def _tag(
        self, words: list[str], start: int, end: int, context: _Context
    ) -> tuple[list[str], list[int], list[list[float]]]:
        """Return the tags of ``words[start:end]``, their label numbers (crfsuite's Viterbi path) and the
        state scores behind them."""
        scores = self.scorer.scores(words, start, end, context[0], context[1])
        crf = self.scorer.crf
        path = crf.viterbi(scores)
        return [crf.labels[label] for label in path], path, scores

    def tag_sentence(
        self,
        words: list[str],
        known: dict[int, tuple[int, str]] | None = None,
        document: dict[str, tuple[str, ...]] | None = None,
    ) -> list[tuple[int, int, str, float]]:
        """Return ``(first_token, end_token, label, confidence)`` of the names in ``words`` (MISC included).

        ``known`` maps the first token of a gazetteer name to its end token and label (PER, ORG, LOC). A
        tagged name in which a known name ends while two or more tokens follow ("Gedung Putih Karine
        Jean-Pierre") is cut there when the rest, tagged on its own, starts with a person's name; the
        part up to the cut takes the known name's label. ``confidence`` is the marginal probability of
        the first token's tag (0.0 for a part labelled by the gazetteer). ``document`` holds the
        ``document_features`` of the whole text.
        """
        crf = self.scorer.crf
        spans: list[tuple[int, int, str, float]] = []
        lexicon = self.extractor.lexicon
        runs = [run for run in candidate_runs(words, lexicon) if not plain_run(words, run, lexicon)]
        context = (sentence_flags(words) if runs else (), document)
        brackets = "(" in lexicon.bridges  # otherwise no name can hold one
        for start, end in runs:
            tags, path, scores = self._tag(words, start, end, context)
            spans_found = decode(tags, start)
            if brackets:
                spans_found = [span for span in (balanced(words, s) for s in spans_found) if span[0] < span[1]]
            found = [(a, b, label, crf.marginal(scores, path[a - start], a - start)) for a, b, label in spans_found]
            found = across_particles(words, (start, end), found)
            for a, b, label, confidence in found:
                spans.extend(
                    self._cut(words, a, b, label, confidence, known, context) if known else [(a, b, label, confidence)]
                )
        return spans

    def _cut(
        self,
        words: list[str],
        a: int,
        b: int,
        label: str,
        confidence: float,
        known: dict[int, tuple[int, str]],
        context: _Context,
    ) -> list[tuple[int, int, str, float]]:
        """Return the name ``words[a:b]`` cut after a known name inside it, or whole (see tag_sentence)."""
        cuts = sorted(value for first, value in known.items() if a <= first and value[0] < b - 1)
        for cut, known_label in cuts:
            rest = decode(self._tag(words, cut, b, context)[0], cut)
            if rest and rest[0][0] == cut and rest[0][2] == "PER":
                return [(a, cut, known_label, 0.0), *((c, d, kind, confidence) for c, d, kind in rest)]
        return [(a, b, label, confidence)]


def plain_run(words: list[str], run: tuple[int, int], lexicon: Lexicon) -> bool:
    """Return True for a run that is not tagged: every word in it was outside a name at least 80 % of
    the times train saw it, twice or more (class "O+": "I", "The"), or it is one word opening the
    sentence, common in lower case and "O+" or "O+1" ("But", "He"). In the real news of the benchmark
    these are a quarter of the runs, and the CRF named 5 of them ("INT" three times, "Сейчас", "Когда")."""
    start, end = run
    classes = lexicon.classes
    if all(classes.get(word) == "O+" for word in words[start:end]):
        return True
    if end - start != 1 or not (start == 0 or (start == 1 and not words[0][:1].isalnum())):
        return False
    word = words[start]
    return word.lower() in lexicon.common and classes.get(word, "").startswith("O+")


def across_particles(
    words: list[str], run: tuple[int, int], found: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """Return ``found`` (the names of ``run``, in order) with a person's name that starts or ends at a name
    particle carried over the particles to the capitalised word beyond them, when no other name holds it. A
    particle train never saw is often tagged O: "der Leyen", "Ursula von" and "Ursula" + "der Leyen" become
    "Ursula von der Leyen"."""
    out: list[tuple[int, int, str, float]] = []
    for n, (a, b, label, confidence) in enumerate(found):
        if label == "PER" and words[a] in NAME_PARTICLES:
            first = a
            while first > run[0] and words[first - 1] in NAME_PARTICLES:
                first -= 1
            if out and out[-1][1] == first and out[-1][2] == "PER":  # "Ursula | von | der Leyen"
                a, _, _, confidence = out.pop()
            elif first > (out[-1][1] if out else run[0]) and words[first - 1][:1].isupper():
                a = first - 1
        if label == "PER" and words[b - 1] in NAME_PARTICLES:
            last = b
            while last < run[1] and words[last] in NAME_PARTICLES:
                last += 1
            if last < (found[n + 1][0] if n + 1 < len(found) else run[1]) and words[last][:1].isupper():
                b = last + 1
        out.append((a, b, label, confidence))
    return out


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

    Raises OSError, orjson.JSONDecodeError, KeyError or CrfFormatError when a shipped model's files are
    unreadable.
    """
    lang = _BORROWED.get(lang, lang)
    crf = MODELS / model_file(lang)
    if not crf.is_file():
        return None
    extractor = FeatureExtractor(lexicon_from_json((MODELS / lexicon_file(lang)).read_bytes(), lang))
    return Model(extractor, RunScorer(extractor, Crf(crf.read_bytes())))
