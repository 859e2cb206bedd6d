"""``recognize``: PERSON / ORG / LOC mentions of a text with offsets and canonical names.

Three sources, in order of trust for the span: the language's CRF (on capitalised runs only), the alias
gazetteer (known names in eight languages, which also fixes the label and the canonical name), and
repeats of names already found in the same text.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from dataclasses import replace

import regex

from newsmon.nlp.entities.agencies import agency_shapes, with_agencies
from newsmon.nlp.entities.canonical import canonical_entities
from newsmon.nlp.entities.features import SENTENCE_START, Lexicon
from newsmon.nlp.entities.gazetteer import Match, aliases, declined_aliases, declined_given_names, find_aliases
from newsmon.nlp.entities.legal_forms import as_companies, with_legal_forms
from newsmon.nlp.entities.model import Model, load_model
from newsmon.nlp.entities.name_forms import is_given_name, name_rules
from newsmon.nlp.entities.patterns import (
    institution_complements,
    institution_heads,
    institution_joiners,
    with_complements,
    with_institutions,
)
from newsmon.nlp.entities.ranks import ranks, without_ranks
from newsmon.nlp.entities.resolve import Mention, repeat_mentions, settle, with_alias
from newsmon.nlp.entities.tokens import tokenize
from newsmon.nlp.titles import acronym, plain_words, title_case
from newsmon.nlp.types import Entity, Span
from newsmon.nlp.wordlists import title_words

_UPPER = regex.compile(r"\p{Lu}")
_WORD = regex.compile(r"\w+")
# MISC names stay until the end so that no gazetteer or repeat match is made inside one ("U.S. Open").
_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_CRF_LABELS = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}
_TOPIC_USES = 3
# How far back the word before a name is looked for (longer words are cut, never matched).
_BEFORE_CHARS = 40


def preload(lang: str) -> None:
    """Load ``lang``'s entity model, gazetteer and name patterns now: otherwise the first text in ``lang``
    waits for them. Raises what :func:`load_model` raises for a broken shipped model."""
    load_model(lang)
    find_aliases("", lang)
    declined_aliases(lang)
    declined_given_names(lang)
    agency_shapes(lang)
    name_rules(lang)
    ranks(lang)


def recognize(text: str, sentences: list[Span], lang: str) -> list[Entity]:
    """Return the PERSON / ORG / LOC mentions in ``text``, sorted by start.

    ``sentences`` are spans of ``text`` (``split_sentences``); ``lang`` an ISO 639-1 code. Languages with a
    shipped model (en, id, es, fr, ru; pt borrows es) get statistical NER, the others gazetteer matches
    only. Each entity satisfies ``text[start:end] == entity.text``. Never raises on any input text.
    """
    if not sentences and text.strip():
        sentences = [Span(text, 0, len(text))]
    model = load_model(lang)
    matches = find_aliases(text, lang)
    mentions, starts = _model_mentions(text, sentences, model, matches, lang) if model else ([], frozenset())
    if model:
        mentions = _without_titles(text, mentions, model.extractor.lexicon.common, lang)
        mentions = without_ranks(text, mentions, ranks(lang))
    mentions = _merge(mentions, matches, model.extractor.lexicon.confirm_only if model else frozenset())
    if not starts:
        starts = frozenset(s.start for s in sentences)
    mentions = [m for m in repeat_mentions(text, mentions, starts) if m.label != "MISC"]
    if model and model.extractor.lexicon.untagged_after:
        mentions = _without_roles(text, mentions, starts, model.extractor.lexicon, lang)
    entities = [
        Entity(text[m.start : m.end], label, m.start, m.end, name)
        for m, (label, name) in zip(mentions, settle(text, mentions), strict=True)
    ]
    entities = _bodies_as_org(entities, institution_heads(lang))
    shapes = agency_shapes(lang)
    if shapes is not None:
        entities = with_agencies(text, entities, shapes)
    entities = as_companies(text, entities, lang)
    return with_legal_forms(text, canonical_entities(text, entities, lang), lang)


def _without_titles(text: str, mentions: list[Mention], common: frozenset[str], lang: str) -> list[Mention]:
    """Return ``mentions`` with the title a person's name opens with left out ("Minister | Robin Cook",
    "Пресс-секретарь | Дмитрий Песков", capitalised at a sentence start): the words before a common given
    name that another word follows, when each is a word train saw in lower case (its last part, hyphened)."""
    trimmed = []
    for mention in mentions:
        words = text[mention.start : mention.end].split(" ") if mention.label == "PERSON" else []
        if len(words) > 2 and words[0].rsplit("-", 1)[-1].lower() in common:
            cut = 0
            while cut < len(words) - 2 and words[cut].rsplit("-", 1)[-1].lower() in common:
                if is_given_name(words[cut], lang):
                    break
                cut += 1
            if cut and is_given_name(words[cut], lang):
                start = mention.start + sum(len(word) + 1 for word in words[:cut])
                mention = replace(mention, start=start)
        trimmed.append(mention)
    return trimmed


def _without_roles(
    text: str, mentions: list[Mention], starts: frozenset[int], lexicon: Lexicon, lang: str
) -> list[Mention]:
    """Return ``mentions`` without the one-word gazetteer names of a ``confirm_only`` label that stand after a
    word of ``lexicon.untagged_after`` (``SENTENCE_START``: at a sentence's first word of ``starts``), the
    roles in which train leaves them untagged ("warga Inggris"; "Inggris menyisihkan ..." as the actor)."""
    table = aliases(lang)
    kept = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        alias = table.get(name) if mention.label in lexicon.confirm_only and " " not in name else None
        weak = alias is not None and alias.label == mention.label
        if not weak or _word_before(text, mention.start, starts) not in lexicon.untagged_after:
            kept.append(mention)
    return kept


def _word_before(text: str, start: int, starts: frozenset[int]) -> str:
    """Return the white-space-separated word before ``start`` in lower case, ``SENTENCE_START`` at the first
    word of a sentence (an offset of ``starts``) or of the text."""
    words = text[max(0, start - _BEFORE_CHARS) : start].split() if start not in starts else []
    return words[-1].lower() if words else SENTENCE_START


def _bodies_as_org(entities: list[Entity], heads: frozenset[str]) -> list[Entity]:
    """Return ``entities`` with agencies typed ORG, not PERSON: a name opened by an institution word ("Perum
    Bulog") and every mention sharing its canonical name ("Bulog"). Acronyms stay as found: in Indonesian
    many are people ("SBY", "JK")."""
    bodies = {e.canonical for e in entities if e.label == "PERSON" and e.text.split(" ", 1)[0] in heads}
    return [replace(e, label="ORG") if e.canonical in bodies else e for e in entities]


def _model_mentions(
    text: str, sentences: list[Span], model: Model, matches: list[Match], lang: str
) -> tuple[list[Mention], frozenset[int]]:
    """Return the model's mentions (with institution names) and the offsets of each sentence's first word."""
    known_ends = {match.start: (match.end, _CRF_LABELS[match.alias.label]) for match in matches}
    known_starts = sorted(known_ends)
    mentions: list[Mention] = []
    firsts: list[int] = []
    lexicon = model.extractor.lexicon
    common = lexicon.common
    heads = institution_heads(lang)
    joiners = institution_joiners(lang)
    complements = institution_complements(lang)
    bridges = lexicon.bridges | joiners
    tokenised: list[tuple[list[str], list[int]]] = []
    for sentence in sentences:
        if _UPPER.search(text, sentence.start + 1, sentence.end) is None:
            opening = _WORD.match(text, sentence.start, sentence.end)
            if opening is None or opening.group().lower() in common:
                firsts.append(sentence.start)
                continue  # no capital but a common opening word: nothing to tag
        words, offsets = tokenize(text, sentence.start, sentence.end)
        if not words:
            continue
        firsts.append(offsets[0])
        if len(words) > 1 and not words[0][:1].isalnum():
            firsts.append(offsets[1])  # a sentence opening with a quote mark
        plain = plain_words(text, sentence.start, sentence.end, title_words(lang)) if title_case(words) else None
        if plain is not None:
            words = _sentence_cased(words, offsets, plain, lexicon, matches)
        tokenised.append((words, offsets))
    document = model.extractor.document([words for words, _ in tokenised]) if lexicon.documents else None
    for words, offsets in tokenised:
        k = bisect_left(known_starts, offsets[0])
        # Only a sentence in which a gazetteer name starts needs the token map of known names.
        inside = k < len(known_starts) and known_starts[k] < offsets[-1] + len(words[-1])
        known = _known_tokens(words, offsets, known_ends) if inside else None
        spans = model.tag_sentence(words, known, document)
        if heads:
            spans = with_institutions(words, spans, heads, bridges, joiners)
        if complements is not None:
            spans = with_complements(words, spans, complements)
        for first, end, label, confidence in spans:
            start, stop = offsets[first], offsets[end - 1] + len(words[end - 1])
            mentions.append(Mention(start, stop, _LABELS[label], confidence=confidence))
    return mentions, frozenset(firsts)


def _sentence_cased(
    words: list[str], offsets: list[int], plain: set[int], lexicon: Lexicon, matches: list[Match]
) -> list[str]:
    """Return the words of a Title Case sentence as sentence case writes them, for the model: after the first, a
    capitalised word in small letters where it starts at an offset of ``plain`` (a word of the denial word lists:
    "Said" too, which train saw mostly in names) or where train saw it in small letters and mostly outside names,
    unless a known name holds it ("White House Denies Reports" -> "White House denies reports")."""
    names = [(m.start, m.end) for m in matches if offsets[0] <= m.start <= offsets[-1]]
    cased = words[:1]
    for word, offset in zip(words[1:], offsets[1:], strict=True):
        lower = word.lower()
        small = offset in plain or (lower in lexicon.common and _outside_names(lexicon.classes.get(word, "O")))
        if small and word[:1].isupper() and not acronym(word) and not any(a <= offset < b for a, b in names):
            word = lower
        cased.append(word)
    return cased


def _outside_names(word_class: str) -> bool:
    """True for a lexicon class whose main label is O ("O", "O+", "O/PER", "O+1"; not "ORG")."""
    return word_class.split("/")[0].rstrip("+1") == "O"


def _known_tokens(
    words: list[str], offsets: list[int], known_ends: dict[int, tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """Return first token -> (end token, label) of the gazetteer names that start and end on token edges."""
    ends = {offset + len(word): i + 1 for i, (word, offset) in enumerate(zip(words, offsets, strict=True))}
    known: dict[int, tuple[int, str]] = {}
    for i, offset in enumerate(offsets):
        end, label = known_ends.get(offset, (-1, ""))
        if end in ends:
            known[i] = (ends[end], label)
    return known


def _merge(mentions: list[Mention], matches: list[Match], confirm_only: frozenset[str]) -> list[Mention]:
    """Add gazetteer matches: an exact or wider match replaces the model's mentions it covers, a match
    inside a longer model mention ("Rusia" in "Dewan Keamanan Rusia") or crossing one is dropped, and a
    match whose label is in ``confirm_only`` is dropped unless the model found that name, in any of its
    known forms, somewhere in the text ("Amerika Serikat" found makes every "AS" a mention too), or the
    text names it ``_TOPIC_USES`` times or more (a country the article is about is wanted as a place
    whatever its role in each sentence)."""
    merged = _Placed(mentions)
    uses = Counter(match.alias.canonical for match in matches if match.alias.label in confirm_only)
    confirmed = {canonical for canonical, n in uses.items() if n >= _TOPIC_USES} | {
        match.alias.canonical
        for match in matches
        if match.alias.label in confirm_only
        and any(match.start <= m.start and m.end <= match.end for _, m in merged.near(match.start, match.end))
    }
    for match in matches:
        near = merged.near(match.start, match.end)
        inside = [(k, m) for k, m in near if match.start <= m.start and m.end <= match.end]
        crossing = any(
            m.start < match.end and match.start < m.end and not (match.start <= m.start and m.end <= match.end)
            for _, m in near
        )
        if crossing or (not inside and match.alias.label in confirm_only and match.alias.canonical not in confirmed):
            continue
        if len(inside) == 1 and (inside[0][1].start, inside[0][1].end) == (match.start, match.end):
            merged.replace(inside[0][0], with_alias(inside[0][1], match.alias))
            continue
        for key, _ in inside:
            merged.remove(key)
        merged.append(Mention(match.start, match.end, match.alias.label, match.alias))
    return sorted(merged.mentions(), key=lambda m: m.start)


class _Placed:
    """Mentions in list order with their starts indexed, so that the ones near a span are found without a
    scan of them all: a scan per gazetteer match made recognition quadratic in the length of the text."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._items = dict(enumerate(mentions))
        self._starts = sorted((m.start, key) for key, m in self._items.items())
        self._longest = max((m.end - m.start for m in mentions), default=0)
        self._next_key = len(mentions)

    def near(self, start: int, end: int) -> list[tuple[int, Mention]]:
        """Return (key, mention) of every mention that may overlap [start, end), in list order."""
        lo = bisect_left(self._starts, (start - self._longest, -1))
        hi = bisect_left(self._starts, (end, -1))
        return [(key, self._items[key]) for key in sorted(key for _, key in self._starts[lo:hi])]

    def replace(self, key: int, mention: Mention) -> None:
        """Put ``mention`` (same start) in the place of the mention at ``key``."""
        self._items[key] = mention

    def remove(self, key: int) -> None:
        """Drop the mention at ``key``."""
        del self._starts[bisect_left(self._starts, (self._items.pop(key).start, key))]

    def append(self, mention: Mention) -> None:
        """Add ``mention`` after every other."""
        key, self._next_key = self._next_key, self._next_key + 1
        self._items[key] = mention
        insort(self._starts, (mention.start, key))
        self._longest = max(self._longest, mention.end - mention.start)

    def mentions(self) -> list[Mention]:
        """Return the mentions in list order."""
        return list(self._items.values())
