"""Trigger matching: a fast per-word prefilter over the whole text, then the patterns on candidate sentences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.lexicon import gap_spans
from newsmon.nlp.denials.required import CACHE_LIMIT, RequiredWords, sentence_words
from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.denials.tokens import HARD_STOPS, QUOTE_CHARS
from newsmon.nlp.denials.view import View

MAX_HITS_PER_KIND = 8
# Past the object, which may be long, when a copula links the verdict to it: "ووصف الناطق باسم الحكومة اليمنية
# التقارير عن اتفاق سري مع الحوثيين | بأنها مفبركة".
_LINKED_LABEL_WINDOW = 14
# After it in a verb-final clause, past a closing quotation mark and the side a verdict serves ("als „Lügen der
# Regierung“ bezeichnet").
_LABEL_AFTER = 4
# Later kinds lose an overlap to earlier ones: "neither confirm nor deny" is a non-denial, not a "deny".
KIND_ORDER = ("non_denial", "verbs", "claim_verbs", "nouns", "falsity", "no_such", "negated_statement")


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger match: its kind (a [triggers] list of the resource file), token range ``[i, j)`` and the token
    ranges of its gaps (the words matched by a pattern's ``…``, not spelled by it)."""

    kind: str
    i: int
    j: int
    gaps: tuple[tuple[int, int], ...] = ()


class Prefilter:
    """Tells, one word lookup at a time, whether a sentence holds all the words some trigger needs, and which
    trigger kinds can match it.

    One anchor word per trigger (``Rules.anchors``) lets through every sentence with "not", "back" or
    "made" in it; asking then for all of a trigger's required words ("pour", "cold", "water") lets through
    a third as many sentences of real news, and still every sentence that a trigger can match.
    """

    def __init__(self, rules: Rules) -> None:
        self._words = RequiredWords(rules.requirements)
        number = self._words.number
        self._anchors = rules.anchors
        # The patterns each requirement lets through, by kind, and those that need no word we know (tried wherever
        # some requirement is met): a candidate sentence is given its patterns without a test of every pattern.
        self._always: dict[str, list[int]] = {}
        unlocked: dict[frozenset[int], list[tuple[str, int]]] = {}
        for kind in KIND_ORDER:
            for k, required in enumerate(rules.triggers[kind].required_words()):
                if required and set(required) <= number.keys():
                    unlocked.setdefault(frozenset(number[word] for word in required), []).append((kind, k))
                else:
                    self._always.setdefault(kind, []).append(k)
        # Every pattern's words are a requirement (``load_rules`` takes them from these patterns); requirements with
        # the same words unlock their patterns once.
        self._unlocks = [unlocked.pop(numbers, []) for numbers in self._words.requirements]
        # The words whose tests are done, those of them that are anchors, and the numbers of the required words
        # of those that are some; one tuple, replaced whole when it grows too big, so that a thread never sees
        # one of them cleared and not the others.
        self._known: tuple[set[str], set[str], dict[str, frozenset[int]]] = (set(), set(), {})

    def __call__(self, sentence: str) -> dict[str, tuple[int, ...]]:
        """Return the trigger kinds to search ``sentence`` for, in ``KIND_ORDER``, each with the numbers of its
        patterns that have all their required words there (no other pattern can match). Empty unless
        ``sentence`` holds every required word of at least one trigger pattern."""
        words = sentence_words(sentence)
        # Set operations run in C: most sentences hold no anchor, every word of most is known by now, and the
        # few required words of a sentence are picked out of it without a look-up per word.
        tested, anchors, required = self._known
        if not tested.issuperset(words):
            tested, anchors, required = self._test(words)
        if anchors.isdisjoint(words):
            return {}
        found: set[int] = set()
        for word in required.keys() & words:
            found |= required[word]
        return self._kinds_of(found)

    def _test(self, words: list[str]) -> tuple[set[str], set[str], dict[str, frozenset[int]]]:
        """Return the tested words, the anchors and the required words' numbers, with every word of ``words``
        tested."""
        if len(self._known[0]) > CACHE_LIMIT:
            self._known = (set(), set(), {})
        tested, anchors, required = self._known
        for word in words:
            if word not in tested:
                if self._anchors.fullmatch(word) is not None:
                    anchors.add(word)
                numbers = self._words.numbers(word)
                if numbers:
                    required[word] = numbers
                tested.add(word)  # last: a word counts as tested only once its answers are in
        return tested, anchors, required

    def _kinds_of(self, found: set[int]) -> dict[str, tuple[int, ...]]:
        """Return the kinds a sentence holding the required words ``found`` can match, with the numbers of their
        patterns that can (empty when it holds every required word of no trigger)."""
        allowed = self._words.allowed(found)
        if not allowed:
            return {}
        chosen = {kind: list(always) for kind, always in self._always.items()}
        for requirement in allowed:
            for kind, k in self._unlocks[requirement]:
                chosen.setdefault(kind, []).append(k)
        return {kind: tuple(sorted(chosen[kind])) for kind in KIND_ORDER if chosen.get(kind)}


def find_hits(view: View, kinds: Mapping[str, Sequence[int]]) -> list[Hit]:
    """Return the trigger matches of the sentence, searched for the trigger ``kinds`` the prefilter gave it
    (in ``KIND_ORDER``, each with the numbers of the patterns that can match), overlaps resolved by that order, in
    text order.

    At most ``MAX_HITS_PER_KIND`` of each kind: a news sentence holds a few, and a run-on "sentence" of
    scraped boilerplate must not cost quadratic time.
    """
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    # Each kind is searched only where its required words are, and only with its patterns whose required words
    # are all there: most candidate sentences hold the words of one kind or two, and of few of its patterns.
    for kind, among in kinds.items():
        found_here = 0
        for found in view.rules.triggers[kind].matches_among(among, view.read, view.span.start, view.span.end):
            if found_here == MAX_HITS_PER_KIND:
                break
            i, j = view.index(found.start()), view.index(found.end())
            if j <= i or view.starts[i] != found.start() or view.ends[j - 1] != found.end():
                continue  # part of a word: "Fitnah-fitnah", "anti-denial"
            if any(i < hi and lo < j for lo, hi in taken) or _in_url(view.text, found.start()):
                continue
            gaps = tuple((view.index(lo), view.index(hi)) for lo, hi in gap_spans(found))
            hits.append(Hit(kind, i, j, gaps))
            taken.append((i, j))
            found_here += 1
    hits.sort(key=lambda hit: hit.i)
    return hits


def label_near(view: View, i: int, j: int) -> int | None:
    """Return the token of a labelling verb for the falsity word at ``[i, j)``: up to ``label_window`` words
    before it in the same clause ("called the report false", "described as “rubbish”"; quotation marks and "as"
    do not end the clause), or right after it ("als falsch bezeichnet", "Ложью назвал"); None if there is none."""
    before = i - 1
    while before > 0 and view.tokens[before].text in QUOTE_CHARS:
        before -= 1  # a quoted verdict: "بأنها | "أكاذيب مفضوحة""
    linked = view.is_a("copulas", i) or (
        before >= 0 and view.is_a("copulas", before)
    )  # "بأنه شائعات", "بأنها | مفبركة"
    window = max(_LINKED_LABEL_WINDOW, view.rules.label_window) if linked else view.rules.label_window
    for k in range(i - 1, max(-1, i - window - 1), -1):
        token = view.tokens[k]
        if not token.is_word and token.text in HARD_STOPS and token.text not in QUOTE_CHARS:
            break
        if view.is_a("label_verbs", k) and not _claims_own(view, k):
            return k
    after = _LABEL_AFTER if view.rules.verb_second else 0  # only a verb-final clause puts it after
    for k in range(j, min(len(view), j + after)):
        if view.is_a("label_verbs", k):
            return k
        if not view.tokens[k].is_word and view.tokens[k].text in HARD_STOPS and view.tokens[k].text not in QUOTE_CHARS:
            break
    if (
        view.rules.subject_after_verb
        and j < len(view)
        and view.is_a("label_verbs", j)
        and clause_start(view, i)[0] == i
    ):
        return j  # a fronted predicate, the verb right after it: "Ложью | назвал эти слухи сам артист"
    return None


def _claims_own(view: View, k: int) -> bool:
    """True when the labelling verb at ``k`` is a claim's own ("rumor yang menyebut …", "reports that called
    …"): it says what the claim says, and the falsity word after it judges the claim."""
    return k >= 2 and view.is_a("relatives", k - 1) and view.is_a("claim_nouns", k - 2)


def _in_url(text: str, pos: int) -> bool:
    """True when ``pos`` is inside a URL or path ("…/polri-bantah-terjunkan-sniper"): slugs are not sentences."""
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    chunk = text[start : len(text) if end < 0 else end]
    return "/" in chunk and ("." in chunk or chunk.count("/") > 1)
