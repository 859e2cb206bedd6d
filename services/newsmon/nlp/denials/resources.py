"""Per-language denial resources: ``newsmon/nlp/resources/denials/<lang>.toml`` compiled into ``Rules``.

The file format is documented in that folder's README.md, the names a file may use in ``resource_keys``; adding a
language is adding a file (and tests).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import regex

from newsmon.nlp.denials.lexicon import Clitics, Lexicon, PatternError, anchor_regex, required_words
from newsmon.nlp.denials.resource_keys import (
    COMMON_LISTS,
    CONTEXT_LISTS,
    SCRIPT_KEYS,
    STOP_LISTS,
    TOP_LEVEL_KEYS,
    TRIGGER_KINDS,
)

# Package data, read through importlib.resources: found however newsmon is installed.
RESOURCE_DIR: Traversable = files("newsmon.nlp") / "resources" / "denials"

# Words a labelling verb may stand before its falsity word ("called the report false").
_LABEL_WINDOW = 8


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the detector knows about one language, compiled."""

    language: str
    quotes: tuple[tuple[str, str], ...]
    cased: bool
    subject_after_verb: bool
    negation_after: bool
    verb_like: regex.Pattern[str] | None
    passive_form: regex.Pattern[str] | None
    self_subject: regex.Pattern[str] | None
    first_person_speaks: bool
    names_pronoun_in_sentence: bool
    name_word: regex.Pattern[str] | None
    participle: regex.Pattern[str] | None
    adverbial_participle: bool
    fronted_bare_verb: bool
    verb_initial: regex.Pattern[str] | None
    verb_particle: regex.Pattern[str] | None
    object_clitic: regex.Pattern[str] | None
    conjunction_clitic: regex.Pattern[str] | None
    possessor_clitic: regex.Pattern[str] | None
    owned_form: regex.Pattern[str] | None
    agent_form: regex.Pattern[str] | None
    origin_adjective: regex.Pattern[str] | None
    indefinite_verb: regex.Pattern[str] | None
    singular_form: regex.Pattern[str] | None
    complement_form: regex.Pattern[str] | None
    infinitive_form: regex.Pattern[str] | None
    first_person_verb: regex.Pattern[str] | None
    predicate_subject: regex.Pattern[str] | None
    predicate_form: regex.Pattern[str] | None
    predicate_final_form: regex.Pattern[str] | None
    insertion_participle: regex.Pattern[str] | None
    capital_nouns: bool
    title_adverb: regex.Pattern[str] | None
    verb_second: bool
    pro_drop: bool
    headline_speaker: bool
    label_window: int
    modifier_first: bool
    anchors: regex.Pattern[str]
    # Per trigger pattern (label verbs aside), the words a sentence must hold for the pattern to match there.
    requirements: tuple[tuple[str, ...], ...]
    triggers: dict[str, Lexicon]
    context: dict[str, Lexicon]
    stops: Lexicon


class ResourceError(ValueError):
    """A resource file that is missing a required part or holds an unknown key or a bad pattern."""


def supported_languages() -> tuple[str, ...]:
    """Return the ISO 639-1 codes that have a resource file, sorted."""
    return tuple(
        sorted(item.name.removesuffix(".toml") for item in RESOURCE_DIR.iterdir() if item.name.endswith(".toml"))
    )


@cache
def load_rules(lang: str) -> Rules | None:
    """Return the rules of ``lang``, or None when no resource file exists for it; their word lists compile
    at first use (:func:`check_rules` compiles them all).

    Raises ``ResourceError`` when the file exists but is invalid (so a broken file fails loudly in tests).
    """
    resource = RESOURCE_DIR / f"{lang}.toml"
    if not lang.isalpha() or not resource.is_file():
        return None
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{lang}.toml: {exc}") from exc
    try:
        return _compile(lang, data)
    except (PatternError, regex.error, KeyError, TypeError) as exc:
        raise ResourceError(f"{lang}.toml: {exc}") from exc


def check_rules(lang: str) -> Rules | None:
    """Return :func:`load_rules` of ``lang`` with every word list's alternation compiled now (``Lexicon.compile``),
    so that a broken pattern fails here, not in a text. Raises ``ResourceError`` when a list does not compile.

    The patterns compiled alone and the alternations by character are left to the texts that need them: compiled
    here for every list of eight languages, they took 11 s and 200 MB of each processor, most of them for
    characters and patterns no text tried."""
    rules = load_rules(lang)
    if rules is not None:
        try:
            for lexicon in (*rules.triggers.values(), *rules.context.values(), rules.stops):
                lexicon.compile()
        except PatternError as exc:
            raise ResourceError(f"{lang}.toml: {exc}") from exc
    return rules


def _compile(lang: str, data: dict[str, Any]) -> Rules:
    _check_keys(data, TOP_LEVEL_KEYS, "top level")
    if data.get("language") != lang:
        raise ResourceError(f"{lang}.toml declares language {data.get('language')!r}")
    script = data.get("script", {})
    _check_keys(script, SCRIPT_KEYS, "[script]")
    clitics = Clitics(tuple(script.get("clitics_before", ())), tuple(script.get("clitics_after", ())))
    trigger_data = data.get("triggers", {})
    context_data = data.get("context", {})
    _check_keys(trigger_data, frozenset(TRIGGER_KINDS), "[triggers]")
    _check_keys(context_data, frozenset(CONTEXT_LISTS), "[context]")
    # Leftmost-longest only where overlaps within a kind decide ("cannot confirm or deny"), as it is slower.
    triggers = {
        kind: Lexicon(trigger_data.get(kind, ()), clitics, longest=kind == "non_denial") for kind in TRIGGER_KINDS
    }
    context = {name: Lexicon(context_data.get(name, ()), clitics) for name in CONTEXT_LISTS}
    # Labelling verbs ("called") only count next to a falsity word, which is itself an anchor.
    anchored = [kind for kind in TRIGGER_KINDS if kind != "label_verbs"]
    common = [word for name in COMMON_LISTS for word in context_data.get(name, ()) if " " not in word]
    patterns = [p for kind in anchored for p in trigger_data.get(kind, ())]
    anchors = [anchor_regex(p, clitics, common) for p in patterns]
    # A pattern whose every word may span two ("(se negó a) (hacer )?(comentar)") needs its anchor only.
    requirements = {required_words(p, clitics) or (anchor,) for p, anchor in zip(patterns, anchors, strict=True)}
    if not anchors:
        raise ResourceError(f"{lang}.toml has no trigger")
    return Rules(
        language=lang,
        quotes=tuple((str(pair[0]), str(pair[1])) for pair in script.get("quotes", ())),
        cased=bool(script.get("cased", True)),
        subject_after_verb=bool(data.get("subject_after_verb", False)),
        negation_after=bool(data.get("negation_after", False)),
        verb_like=_optional_regex(script.get("verb_like")),
        passive_form=_optional_regex(script.get("passive_form")),
        self_subject=_optional_regex(script.get("self_subject")),
        first_person_speaks=bool(script.get("first_person_speaks", False)),
        names_pronoun_in_sentence=bool(script.get("names_pronoun_in_sentence", False)),
        name_word=_optional_regex(script.get("name_word")),
        participle=_optional_regex(script.get("participle")),
        adverbial_participle=bool(script.get("adverbial_participle", False)),
        fronted_bare_verb=bool(script.get("fronted_bare_verb", False)),
        verb_initial=_optional_regex(script.get("verb_initial")),
        verb_particle=_optional_regex(script.get("verb_particle")),
        object_clitic=_optional_regex(script.get("object_clitic")),
        conjunction_clitic=_optional_regex(script.get("conjunction_clitic")),
        possessor_clitic=_optional_regex(script.get("possessor_clitic")),
        owned_form=_optional_regex(script.get("owned_form")),
        agent_form=_optional_regex(script.get("agent_form")),
        origin_adjective=_optional_regex(script.get("origin_adjective")),
        indefinite_verb=_optional_regex(script.get("indefinite_verb")),
        singular_form=_optional_regex(script.get("singular_form")),
        complement_form=_optional_regex(script.get("complement_form")),
        infinitive_form=_optional_regex(script.get("infinitive_form")),
        first_person_verb=_optional_regex(script.get("first_person_verb")),
        predicate_subject=_optional_regex(script.get("predicate_subject")),
        predicate_form=_optional_regex(script.get("predicate_form")),
        predicate_final_form=_optional_regex(script.get("predicate_final_form")),
        insertion_participle=_optional_regex(script.get("insertion_participle")),
        title_adverb=_optional_regex(script.get("title_adverb")),
        capital_nouns=bool(script.get("capital_nouns", False)),
        verb_second=bool(data.get("verb_second", False)),
        pro_drop=bool(data.get("pro_drop", False)),
        headline_speaker=bool(data.get("headline_speaker", False)),
        label_window=int(data.get("label_window", _LABEL_WINDOW)),
        modifier_first=bool(data.get("modifier_first", False)),
        anchors=regex.compile("|".join(sorted(set(anchors))), regex.IGNORECASE),
        requirements=tuple(sorted(requirements)),
        triggers=triggers,
        context=context,
        stops=Lexicon(
            [p for name in STOP_LISTS for p in context_data.get(name, ())]
            # A function word alone after a gap ("cham(ou) … de") stops nothing: "o secretário de Obras".
            + [
                piece
                for kind in TRIGGER_KINDS
                for p in trigger_data.get(kind, ())
                for piece in _ungapped(p)
                if piece not in common
            ],
            clitics,
        ),
    )


def _ungapped(pattern: str) -> list[str]:
    """Return the gap-free pieces of a pattern: the words a gap spans ("wies … zurück") are no stop words."""
    pieces: list[list[str]] = [[]]
    for word in pattern.split(" "):
        if word.startswith("…"):
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [" ".join(piece) for piece in pieces if piece and not all(w.startswith("[") for w in piece)]


def _optional_regex(source: str | None) -> regex.Pattern[str] | None:
    return None if not source else regex.compile(source)


def _check_keys(table: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = set(table) - allowed
    if unknown:
        raise ResourceError(f"unknown key(s) {sorted(unknown)} in {where}")
