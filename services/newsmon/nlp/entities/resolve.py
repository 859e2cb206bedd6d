"""Within-text name consistency: repeat mentions the model missed, and give every mention a canonical name.

Once a text has said "Karine Jean-Pierre", a later "Jean-Pierre" is the same person; once the model has
found "Peskov" in one sentence, "Peskov" in another is a name too. A small Aho-Corasick automaton over
the names found so far finds those repeats in one pass of the text.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, replace

from ahocorasick_rs import AhoCorasick, Implementation

from newsmon.nlp.entities.gazetteer import Alias
from newsmon.nlp.types import EntityLabel

_MIN_PART = 3  # "Li" or "Wu" alone are too ambiguous to repeat
_SURE = 0.8  # model confidence above which a PERSON reading beats a gazetteer place or organisation
_LABELS: dict[str, EntityLabel] = {"PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC"}


@dataclass(slots=True)
class Mention:
    """A name found in a text before canonical names are settled; never changed once made (``replace``)."""

    start: int
    end: int
    label: str  # an EntityLabel, or "MISC" while MISC names still block other matches
    alias: Alias | None = None
    confidence: float = 1.0

    # Written out for mypyc: the __init__ @dataclass generates runs interpreted (a frozen one's costs ~10
    # times as many instructions as a compiled one, and an article makes about sixty mentions).
    def __init__(self, start: int, end: int, label: str, alias: Alias | None = None, confidence: float = 1.0) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.alias = alias
        self.confidence = confidence


def repeat_mentions(text: str, mentions: list[Mention], sentence_starts: frozenset[int]) -> list[Mention]:
    """Return ``mentions`` plus the later (or earlier) repeats of their names, of PERSON surnames and of
    acronyms a name introduces in brackets.

    A single word that opens a sentence is left out when the text also has it in lower case ("Price
    said" counts in a text about Ned Price, "Price rises" not in one that talks about prices).
    """
    names: dict[str, tuple[str, Alias | None]] = {}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        names.setdefault(surface, (mention.label, mention.alias))
        if surface.endswith(")") and "(" in surface:
            # "Badan Riset Pangan (BRP)": the acronym the name introduces is a name of its own.
            acronym = surface[surface.rindex("(") + 1 : -1].strip()
            if len(acronym) >= _MIN_PART and acronym[:1].isupper() and " " not in acronym:
                names.setdefault(acronym, (mention.label, None))
        if mention.label == "PERSON":
            for part in surface.split()[1:]:
                if len(part) >= _MIN_PART and part[:1].isupper():
                    names.setdefault(part, ("PERSON", None))
    # Headlines and datelines in capitals repeat the body's names ("WOODS MAKES PRO DEBUT").
    for surface, value in list(names.items()):
        if len(surface) >= _MIN_PART:
            names.setdefault(surface.upper(), value)
    if not names:
        return mentions
    values = list(names.values())
    # Built for one text: the plain automaton, which builds fastest (a DFA would take longer than the search).
    automaton = AhoCorasick(names, implementation=Implementation.NoncontiguousNFA)
    matches = automaton.find_matches_as_indexes(text, overlapping=True)
    candidates = sorted((start, start - end, values[number]) for number, start, end in matches)
    taken = sorted((m.start, m.end) for m in mentions)
    found = list(mentions)
    for start, minus_length, (label, alias) in candidates:
        end = start - minus_length
        if (start > 0 and _joins(text[start - 1])) or (end < len(text) and _joins(text[end])):
            continue
        if _overlaps(taken, start, end):
            continue
        surface = text[start:end]
        if start in sentence_starts and " " not in surface and surface.lower() in text:
            continue
        found.append(Mention(start, end, label, alias, confidence=0.0))  # a repeat has no vote
        insort(taken, (start, end))
    found.sort(key=lambda m: m.start)
    return found


def settle(text: str, mentions: list[Mention]) -> list[tuple[EntityLabel, str]]:
    """Return the final label and canonical name of each mention (MISC mentions must be gone).

    Mentions of one name without an alias all take the label with the highest summed model confidence.
    The canonical name is the alias's (unless a one-word mention is part of a person's name in the text),
    else the full PERSON name of the text the mention is a part of ("Jean-Pierre" -> "Karine
    Jean-Pierre", then labelled PERSON whatever the model said), else the
    mention's own text with white space collapsed and a possessive stripped.
    """
    surfaces = [clean_surface(text[m.start : m.end]) for m in mentions]
    votes: dict[str, dict[str, float]] = {}
    for mention, surface in zip(mentions, surfaces, strict=True):
        if mention.alias is None:
            ballot = votes.setdefault(surface.casefold(), {})
            ballot[mention.label] = ballot.get(mention.label, 0.0) + mention.confidence
    # One name, one type per text (whatever its case): the model's most confident reading wins for
    # every mention of it.
    majority = {surface: max(ballot, key=ballot.__getitem__) for surface, ballot in votes.items()}
    mentions = [
        m if m.alias is not None or m.label == majority[s.casefold()] else replace(m, label=majority[s.casefold()])
        for m, s in zip(mentions, surfaces, strict=True)
    ]
    parts: dict[tuple[str, ...], str] = {}
    for mention, surface in zip(mentions, surfaces, strict=True):
        if mention.label == "PERSON" and " " in surface:
            full = mention.alias.canonical if mention.alias else surface
            for part in _parts(surface.split()):
                parts.setdefault(part, full)
    settled: list[tuple[EntityLabel, str]] = []
    for mention, surface in zip(mentions, surfaces, strict=True):
        full_name = parts.get(tuple(surface.split()))
        # A one-word alias or a known person's surname alone gives way to a person named in the text
        # ("Jordan" after "Michael Jordan", "Trump" after "Lara Trump").
        if mention.alias is not None and (full_name is None or " " in surface):
            settled.append((_LABELS[mention.label], mention.alias.canonical))
        elif full_name is not None:
            settled.append(("PERSON", full_name))
        else:
            settled.append((_LABELS[mention.label], surface))
    return settled


def with_alias(mention: Mention, alias: Alias) -> Mention:
    """Return ``mention`` carrying ``alias`` and its label, unless the model is sure of a PERSON where the
    gazetteer knows a place or organisation of one word ("Jordan" the player, not the country; but "Casa
    Branca" is the White House whatever the model thinks)."""
    one_word = " " not in alias.canonical
    if mention.label == "PERSON" and alias.label != "PERSON" and mention.confidence >= _SURE and one_word:
        return mention
    return replace(mention, label=alias.label, alias=alias)


def _parts(words: list[str]) -> list[tuple[str, ...]]:
    """Return the shorter mentions that can stand for the name ``words``: its first word and any run of
    words after it ("Karine", "Jean-Pierre" for "Karine Jean-Pierre")."""
    found = [tuple(words[:1])]
    for i in range(1, len(words)):
        found.extend(tuple(words[i:j]) for j in range(i + 1, len(words) + 1))
    return found


def clean_surface(surface: str) -> str:
    """Return a mention's text with white space collapsed and a possessive stripped: the canonical name
    of a mention that no alias or fuller name resolves."""
    surface = " ".join(surface.split())
    for suffix in ("'s", "’s"):
        if surface.endswith(suffix):
            return surface[: -len(suffix)].rstrip()
    return surface


def _joins(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a span of ``taken`` (sorted, spans not overlapping each other)."""
    i = bisect_left(taken, (end,))
    return i > 0 and taken[i - 1][1] > start
