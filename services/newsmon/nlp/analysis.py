"""One call from an article's text to its language, sentences, entities and denials."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from newsmon.nlp.cleaning import clean
from newsmon.nlp.denials import detect
from newsmon.nlp.denials import preload as preload_denials
from newsmon.nlp.entities import preload as preload_entities
from newsmon.nlp.entities import recognize
from newsmon.nlp.language import analysis_language, detect_language, language_code, load_detector
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Analysis, Language


def analyze(
    text: str,
    *,
    lang: str | None = None,
    language: Language | None = None,
    title: str | None = None,
    published: datetime | None = None,
) -> Analysis:
    """Return the language, sentences, entities and denials of ``text``; every offset is into ``text``.

    ``lang`` is a language tag known to be right ("id", "en-US"): it is used with confidence 1.0; otherwise
    the language is detected. ``language`` is one the caller already detected (or decided) for this text:
    it is used as it is, so that the text is not detected twice (``lang`` and ``title`` are then not read).
    ``title`` only helps that detection (it is read before the text: a body
    often opens with a dateline or byline in another language) and is not itself analysed, so that every
    span stays an offset into ``text``. ``published`` is accepted so callers pass an article's metadata
    through one signature; no extractor reads it yet. Text in a language without rules of its own is read with
    those of a close one where one exists (Malay with Indonesian's); ``language`` stays the one detected. The
    extractors read the text without soft hyphens, zero-width and direction marks, tatweel and the
    like (:mod:`newsmon.nlp.cleaning`); the offsets returned are still into ``text``.
    Raises ``ValueError`` when ``lang`` is not a two- or three-letter language code. Loads the shipped
    models and resources on first use.
    """
    read = clean(text)
    if language is None and lang is not None:
        language = Language(language_code(lang), 1.0)
    elif language is None:
        language = detect_language(f"{title}\n{read.text}" if title else read.text)
    sentences = split_sentences(read.text)
    rules = analysis_language(language.code)
    entities = recognize(read.text, sentences, rules)
    denials = detect(read.text, sentences, entities, rules)
    return read.restore(Analysis(language=language, sentences=sentences, entities=entities, denials=denials))


def preload(languages: Iterable[str]) -> None:
    """Load the language detector and, for each of ``languages`` (ISO 639-1 codes), the entity model, the
    gazetteer and the denial rules now, all of their patterns compiled (0.3-1 s per language here, Portuguese's
    lists longest). Otherwise the first texts in each language wait for them, and every text queued behind.
    Raises what the loaders raise for a broken shipped file."""
    load_detector()
    for lang in languages:
        preload_entities(lang)
        preload_denials(lang)
