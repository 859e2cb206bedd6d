"""Real-news denial development sets from newswire: labelled references into the news corpora of ``../shared``.

Sources: CoNLL-2002 Spanish (EFE newswire) for es, CoNLL++ (Reuters RCV1) for en, idner-news-2k for id, WikiNEuRal
for fr and WikiANN for ru, which are Wikipedia, not news (``../shared`` holds no French or Russian newswire), and
the article benchmark's true bodies for en, id, pt, de and ru, each body in the language detected on it (pt and de
have no other news source). Their licences do not allow shipping the text, so ``realnews/news/<lang>.jsonl`` beside
this module holds references only, with no word of the source: a sentence is named by corpus, split and index (NER
corpora, whose files are tokenised) or by article key and character offsets (article benchmark), and the spans of a
labelled denial (``denier``, ``claim``, ``claim_source``, ``trigger``) are ``[start, end]`` offsets into the
sentence text rebuilt here; ``sha1`` (12 hex digits of the SHA-1 of that text) checks that the text is rebuilt as it
was labelled. Tokens are rebuilt into text by sacremoses' Moses detokeniser.

``python -m tools.evaluation.realnews_news candidates --lang es`` prints the sentences holding a cue of
:data:`tools.evaluation.realnews.CUES` (matched on word forms and their simplemma lemmas); ``encode`` turns
labelled lines whose spans are strings into references (offsets of the first occurrence, ``sha1`` filled).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex
import simplemma
from sacremoses import MosesDetokenizer

from newsmon.nlp.language import analysis_language, detect_language
from newsmon.nlp.sentences import split_sentences
from tools.datasets import Corpus, article_truth, corpora, default_shared_dir, read_sentences
from tools.evaluation.realnews import LABELS, SETS_DIR, SPAN_FIELDS, SPLITS, cue_matcher, read_json_lines

NEWS_DIR = SETS_DIR / "news"
ARTICLES = "articles"
# The newswire corpora of each language (names of tools.datasets.corpora), then the article benchmark's bodies
# detected in that language (see body_language).
SOURCES: dict[str, tuple[str, ...]] = {
    "es": ("conll2002",),
    "en": ("conllpp", ARTICLES),
    "id": ("idner-news-2k", ARTICLES),
    "fr": ("wikineural",),
    "pt": (ARTICLES,),
    "de": (ARTICLES,),
    "ru": ("wikiann", ARTICLES),
}
# Cues added for these sources: word forms simplemma leaves unlemmatised (participles, Indonesian suffixed forms),
# refusals to speak that the treebank cues miss ("no quiso hacer manifestaciones", "declinó referirse") and verbs
# that carry a dismissal in newswire ("calificó de inverosímil", "respondió que ...", en "brushed aside"), es verbs
# that insist, restate or qualify ("insistió en que en ningún momento ...", "reiteró que ... no es válido") and the
# evasions of a question ("al ser preguntado ...", "se limitó a indicar"), reported speech with a negation after
# "añadir", "manifestar" or "declarar", answers to a question or an accusation ("en respuesta a las acusaciones",
# "contestamos que quién sabe") and a statement disowned ("está desautorizada"); in
# Indonesian, a direct negation after an insisting or reporting verb ("menegaskan ... tidak pernah", "..., katanya"),
# an intent denied ("tidak bermaksud") and evasions ("emoh menanggapi", "hanya tersenyum ketika ditanya"), a cause
# denied in an assessment ("menilai ... bukan karena"), a retort ("timpal"), an accusation called absurd ("bodoh
# sekali kalau ..."), "belum bisa dihubungi" (a party not reached) and the look-alikes of a correction or a
# confirmation ("sebenarnya", "benar"), an objection ("keberatan") and a worry dismissed ("tidak perlu khawatir");
# in French, the participles and forms simplemma leaves alone ("nié", "dément", "récusé") and rumours and allegations;
# in English, a negation told to someone ("told Reuters ... had not been notified"), replies, "in no way", "no
# evidence", "that is not the case", playing down, pleas of innocence, links or involvement denied, a negation added
# ("he added that … not") and suggestions retracted.
# fmt: off
EXTRA_CUES: dict[str, tuple[str, ...]] = {
    "es": (
        "negado", "negada", "desmentido", "desmentida", "declinar", "querer no", "calificar", "responder", "cierto no",
        "rehusar", "eludir", "evitar confirmar", "evitar entrar", "ningún caso", "credibilidad", "absurdo", "insistir",
        "reiterar", "recalcar", "subrayar no", "matizar", "ningún momento", "pies cabeza", "válido", "limitar",
        "preguntado", "señalar no", "indicar no", "añadir no", "manifestar no", "declarar no", "constar no",
        "desautorizar", "preferir no", "cuestionado", "respuesta", "pregunta", "contestar", "puntualizar", "rectificar",
        "manifestar nada", "decir nada", "nada saber",
    ),
    "en": (
        "rebuff", "brush", "nonsense", "wrong", "unfounded", "speculation", "tell no", "tell never", "reply",
        "way no", "evidence no", "notify not", "play down", "dignify", "innocent", "guilty not", "involve not",
        "link no", "misunderstanding", "case not", "add not", "suggestion", "no idea",
    ),
    "id": (
        "dibantahnya", "membantahnya", "sanggah", "menampik", "tampik", "enggan", "tegas", "lurus", "pernah tidak",
        "ada tak", "kata bukan", "ujar bukan", "kata tidak ada", "kata tidak", "kata tak", "kata belum", "kata enggak",
        "ujar tidak", "ujar belum", "ujar enggak", "ujar nggak", "ucap tidak", "ucap bukan", "ungkap tidak",
        "tambah tidak", "lanjut tidak", "sebut tidak", "tandas", "sama sekali tidak", "maksud tidak", "niat tidak",
        "indikasi tidak", "betul", "ingkar", "mengakui", "paham tidak", "mau tidak", "mau belum", "emoh", "tanggap",
        "tanya", "tersenyum", "nilai bukan", "dihubungi", "timpal", "bodoh", "keberatan", "istilah", "khawatir tidak",
        "benar", "sebenarnya", "lihat tak",
    ),
    "fr": (
        "nié", "niée", "dément", "récuser", "récusant", "récusé", "contredire", "contredit", "rumeur", "allégation",
        "inexact", "erroné", "preuve aucun", "préciser ne", "rejeté", "rejetée", "rejetés", "rejetées",
    ),
}
# fmt: on
_WORD = regex.compile(r"\w+(?:['’]\w+)?")
_CONTRACTED_NOT = regex.compile(r"n['’]t$")


@dataclass(frozen=True, slots=True)
class NewsSentence:
    """One sentence of a news source: its reference fields (``locator``), its text and its lower-cased words."""

    locator: dict[str, Any]
    text: str
    words: frozenset[str]


def languages() -> list[str]:
    """Return the languages that have a news set, in ``SOURCES`` order."""
    return [lang for lang in SOURCES if (NEWS_DIR / f"{lang}.jsonl").is_file()]


def sources_present(shared_dir: Path) -> bool:
    """Return whether ``shared_dir`` holds the NER corpora the news sets refer to (absent on users' machines)."""
    return (shared_dir / "datasets" / "ner").is_dir()


def reference_id(locator: dict[str, Any]) -> str:
    """Return the id of a reference: 16 hex digits of the SHA-1 of ``source/split/sentence`` (NER corpora) or
    ``articles/<key>/<start>-<end>`` (article benchmark). Raises ``KeyError`` on a locator lacking a field."""
    if locator["source"] == ARTICLES:
        key = f"{ARTICLES}/{locator['article']}/{locator['start']}-{locator['end']}"
    else:
        key = f"{locator['source']}/{locator['split']}/{locator['sentence']}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def text_digest(text: str) -> str:
    """Return the 12 hex digits of the SHA-1 of a sentence text stored in a reference as ``sha1``."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@cache
def body_language(body: str) -> str:
    """Return the language an article body's sentences belong to: the one ``detect_language`` finds on the whole
    body, as the analysis reads it (Malay as Indonesian); a body is detected once. Raises ``FileNotFoundError``
    when the language model is missing."""
    return analysis_language(detect_language(body).code)


def detokenize(tokens: Sequence[str], lang: str) -> str:
    """Return the tokens of a corpus sentence rebuilt into text (Moses rules: no space before "," or after "(")."""
    text: str = _detokenizer(lang).detokenize(list(tokens))
    return text


def read_news(shared_dir: Path, lang: str) -> Iterator[NewsSentence]:
    """Yield every sentence of ``lang``'s news sources, in source, split and file order.

    Raises ``ValueError`` for a language without sources, ``OSError`` when a source file cannot be read.
    """
    if lang not in SOURCES:
        raise ValueError(f"no news sources for lang={lang!r}")
    for source in SOURCES[lang]:
        if source == ARTICLES:
            yield from _article_sentences(shared_dir, lang)
            continue
        for split in SPLITS:
            for corpus in _corpora(shared_dir, lang, source, split):
                for index, tagged in enumerate(read_sentences(corpus, split)):
                    tokens = [token for token, _ in tagged]
                    locator = {"source": source, "split": split, "sentence": index}
                    yield NewsSentence(locator, detokenize(tokens, lang), _words(tokens, lang))


def find_news_candidates(shared_dir: Path, lang: str) -> Iterator[tuple[NewsSentence, list[str]]]:
    """Yield ``(sentence, matched cues)`` for every news sentence holding one of ``lang``'s cues.

    Raises ``ValueError`` for a language without cues or sources, ``OSError`` when a source cannot be read.
    """
    matcher = cue_matcher(lang, EXTRA_CUES.get(lang, ()))
    for sentence in read_news(shared_dir, lang):
        if matched := matcher(sentence.words):
            yield sentence, matched


def load_news(shared_dir: Path, lang: str, *, sets_dir: Path = NEWS_DIR) -> list[dict[str, Any]]:
    """Return one language's labelled news items with ``text`` and string spans filled, in file order.

    Items have the keys of the shared dev sets (``id``, ``lang``, ``text``, ``label``, the four spans, ``source``)
    plus their locator fields. Raises ``FileNotFoundError`` when the set or a source is absent, ``ValueError`` on
    a malformed line, a reference naming no sentence, a text whose ``sha1`` differs, or a span out of range.
    """
    references = read_news_references(lang, sets_dir=sets_dir)
    texts = {_key(sentence.locator): sentence.text for sentence in _sentences_of(shared_dir, lang, references)}
    return [_resolve(lang, reference, texts) for reference in references]


def read_news_references(lang: str, *, sets_dir: Path = NEWS_DIR) -> list[dict[str, Any]]:
    """Return the lines of ``<sets_dir>/<lang>.jsonl`` (no shared data needed).

    Raises ``FileNotFoundError`` when the set is absent, ``ValueError`` on a line that is not JSON, names an
    unknown source, split or label, lacks a locator field or has an ``id`` other than :func:`reference_id`'s.
    """
    path = sets_dir / f"{lang}.jsonl"
    references = read_json_lines(path)
    for number, reference in enumerate(references, start=1):
        try:
            good = (
                reference["source"] in SOURCES.get(lang, ())
                and reference["label"] in LABELS
                and (reference["source"] == ARTICLES or reference["split"] in SPLITS)
                and reference["id"] == reference_id(reference)
                and isinstance(reference["sha1"], str)
            )
        except KeyError as exc:
            raise ValueError(f"{path.name}:{number}: missing {exc} in {reference}") from exc
        if not good:
            raise ValueError(f"{path.name}:{number}: bad source, split, label or id in {reference}")
    return references


def encode(lang: str, labelled: dict[str, Any], texts: dict[tuple[Any, ...], str]) -> dict[str, Any]:
    """Return the reference of a labelled line whose spans are strings: offsets of each span's first occurrence
    in the sentence, ``id`` and ``sha1`` filled. Raises ``ValueError`` when the sentence or a span is not found."""
    text = texts.get(_key(labelled))
    if text is None:
        raise ValueError(f"no sentence for {labelled}")
    locator = {field: labelled[field] for field in _locator_fields(labelled)}
    reference = {"id": reference_id(locator), "lang": lang, **locator, "label": labelled["label"]}
    return {**reference, **span_offsets(text, labelled), "sha1": text_digest(text)}


def span_offsets(text: str, labelled: dict[str, Any]) -> dict[str, list[int] | None]:
    """Return the ``[start, end]`` offsets of each span of a labelled line in its sentence ``text`` (its first
    occurrence; None for an empty span). Raises ``ValueError`` on a span that is not in the sentence."""
    offsets: dict[str, list[int] | None] = {}
    for field in SPAN_FIELDS:
        span = labelled.get(field) or ""
        start = text.find(span) if span else -1
        if span and start < 0:
            raise ValueError(f"{field} {span!r} is not in {text!r}")
        offsets[field] = [start, start + len(span)] if span else None
    return offsets


def spans_at(where: str, text: str, reference: dict[str, Any]) -> dict[str, Any]:
    """Return ``reference`` as an item: ``text`` and its span offsets turned into strings ("" for none). Raises
    ``ValueError`` naming ``where`` on offsets out of the sentence."""
    spans = {}
    for field in SPAN_FIELDS:
        offsets = reference.get(field)
        if offsets is None:
            spans[field] = ""
        elif len(offsets) == 2 and 0 <= offsets[0] < offsets[1] <= len(text):
            spans[field] = text[offsets[0] : offsets[1]]
        else:
            raise ValueError(f"{where}: {field} offsets {offsets} are out of the sentence's {len(text)} characters")
    return {**reference, **spans, "text": text}


def main(argv: Sequence[str] | None = None) -> int:
    """``candidates --lang L`` prints one line per candidate (``*`` when labelled, locator, cues, text);
    ``encode --lang L`` reads labelled lines with string spans on stdin and prints references. Returns 0, or 1
    when the sources are absent."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation.realnews_news", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("candidates", "print the candidate sentences"), ("encode", "stdin lines to references")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--lang", required=True, choices=sorted(SOURCES))
        command.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    args = parser.parse_args(argv)
    if not sources_present(args.shared):
        print(f"no news corpora under {args.shared}")
        return 1
    if args.command == "encode":
        texts = {_key(sentence.locator): sentence.text for sentence in read_news(args.shared, args.lang)}
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(encode(args.lang, json.loads(line), texts), ensure_ascii=False))
        return 0
    labelled = {_key(ref) for ref in read_news_references(args.lang)} if args.lang in languages() else set()
    for sentence, matched in find_news_candidates(args.shared, args.lang):
        mark = "*" if _key(sentence.locator) in labelled else " "
        where = json.dumps(sentence.locator)
        print(f"{mark} {where}\t{','.join(matched)}\t{sentence.text}")
    return 0


@cache
def _detokenizer(lang: str) -> MosesDetokenizer:
    return MosesDetokenizer(lang=lang)


def _words(tokens: Sequence[str], lang: str) -> frozenset[str]:
    forms = {token.casefold() for token in tokens}
    words = forms | {simplemma.lemmatize(form, lang=lang).casefold() for form in forms}
    # An article body writes "didn't" as one word (lemma "do"), CoNLL++ as "did n't" (lemma "not"): the negation
    # cues ("say not") must see both.
    if lang == "en" and any(_CONTRACTED_NOT.search(form) for form in forms):
        words.add("not")
    return frozenset(words)


def _corpora(shared_dir: Path, lang: str, source: str, split: str) -> list[Corpus]:
    return [corpus for corpus in corpora(shared_dir, lang, split) if corpus.name == source]


def _article_sentences(shared_dir: Path, lang: str) -> Iterator[NewsSentence]:
    """The sentences of the article benchmark's true bodies in ``lang`` (``split_sentences``), named by key and
    offsets."""
    for key, page in article_truth(shared_dir).items():
        body = page.get("articleBody") or ""
        if body_language(body) != lang:
            continue
        for span in split_sentences(body):
            locator = {"source": ARTICLES, "article": key, "start": span.start, "end": span.end}
            yield NewsSentence(locator, span.text, _words(_WORD.findall(span.text), lang))


def _sentences_of(shared_dir: Path, lang: str, references: list[dict[str, Any]]) -> Iterator[NewsSentence]:
    """The sentences the references name: NER sentences by index, article sentences sliced by their offsets."""
    if any(ref["source"] != ARTICLES for ref in references):
        yield from (s for s in read_news(shared_dir, lang) if s.locator["source"] != ARTICLES)
    truth = article_truth(shared_dir) if any(ref["source"] == ARTICLES for ref in references) else {}
    for ref in references:
        if ref["source"] == ARTICLES and ref["article"] in truth:
            body = truth[ref["article"]].get("articleBody") or ""
            yield NewsSentence(_locator(ref), body[ref["start"] : ref["end"]], frozenset())


def _locator_fields(reference: dict[str, Any]) -> tuple[str, ...]:
    return ("source", "article", "start", "end") if reference["source"] == ARTICLES else ("source", "split", "sentence")


def _locator(reference: dict[str, Any]) -> dict[str, Any]:
    return {field: reference[field] for field in _locator_fields(reference)}


def _key(reference: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(reference[field] for field in _locator_fields(reference))


def _resolve(lang: str, reference: dict[str, Any], texts: dict[tuple[Any, ...], str]) -> dict[str, Any]:
    where = f"news/{lang}.jsonl {reference['id']}"
    text = texts.get(_key(reference))
    if not text:
        raise ValueError(f"{where}: no sentence at {_locator(reference)}")
    if text_digest(text) != reference["sha1"]:
        raise ValueError(f"{where}: the text rebuilt at {_locator(reference)} is not the one labelled (sha1)")
    return spans_at(where, text, reference)


if __name__ == "__main__":
    raise SystemExit(main())
