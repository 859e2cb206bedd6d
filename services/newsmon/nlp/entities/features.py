"""CRF features for NER, shared by training and tagging so both see exactly the same strings.

Speed matters more than elegance here: every feature that depends on one word only (its form, shape,
affixes, lexicon and gazetteer classes, and the same seen from a neighbour's position) is computed once
per word type and cached, so a token costs a few tuple concatenations. Only capitalised stretches of a
sentence (``candidate_runs``) are tagged at all: PER/ORG/LOC names are written with capitals in every
language the models cover, and that cuts the tagged tokens to about 15 % of a news article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import TypeVar

# A run may cross at most this many lower-case connector tokens ("Bank of England", "Universidad de la").
_MAX_BRIDGE = 2
# Particles of personal names in many languages ("Ursula von der Leyen", "Mohammed bin Salman"): runs cross them
# even where the train corpus never did (CoNLL++ holds no "von", so the CRF found "Ursula" and "Leyen" apart).
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "zu", "bin", "ibn"})
_CACHE_LIMIT = 200_000
_DIGITS = str.maketrans("123456789", "000000000")
# Neighbour words of a name's other uses in the document given as features (the most frequent ones).
_DOC_CONTEXTS = 2
# What stands for the word before a sentence's first word in ``Lexicon.untagged_after``.
SENTENCE_START = "<s>"


@dataclass(slots=True)
class Lexicon:
    """What training taught about word types, shipped beside the model.

    ``classes``: word form -> label classes it mostly carried in train ("PER", "ORG", "LOC", "MISC", "O",
    suffixed "+" when the share is high); ``common``: lower-case words seen in train (a capitalised one
    at a sentence start is probably no name); ``bridges``: lower-case tokens seen inside names;
    ``openers``: lower-case tokens that often open a name ("kota Bandung", "desa X" in Indonesian data);
    ``closers``: lower-case tokens that often end one ("Харьковская область");
    ``foreign``: capitalised word form -> IOB2 tags it mostly carried in the other languages' train data
    (world names are shared across languages); ``gazetteer``: word form -> classes from the alias
    resource ("LOC", "ORG", "PER"); ``given``: common given names (a shipped resource);
    ``confirm_only``: gazetteer labels ("LOC") whose names the train split leaves untagged too often for
    the gazetteer to add them on its own (idner-news-2k tags a country only as a place, not as an actor):
    such a name is kept only where the model found a name too; ``untagged_after``: lower-case words (and
    ``SENTENCE_START``) after which the train split leaves the one-word names of a ``confirm_only`` label
    untagged (idner-news-2k: "warga Inggris", a country opening a sentence as its actor); ``copies``: every
    feature also comes as a copy marked "@", which training gives only to the sentences of the language's
    main corpus, so the copies learn where that corpus's annotation differs from the other train corpora's
    (feature augmentation, Daumé III 2007); tagging always adds them; ``documents``: whether the train
    corpora mark documents, so that the model learnt ``FeatureExtractor.document`` features.
    """

    classes: dict[str, str] = field(default_factory=dict)
    common: frozenset[str] = frozenset()
    bridges: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    closers: frozenset[str] = frozenset()
    foreign: dict[str, str] = field(default_factory=dict)
    given: frozenset[str] = frozenset()
    gazetteer: dict[str, str] = field(default_factory=dict)
    confirm_only: frozenset[str] = frozenset()
    untagged_after: frozenset[str] = frozenset()
    copies: bool = False
    documents: bool = False


def candidate_runs(words: list[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Return ``[start, end)`` token ranges of capitalised stretches, joined across short connectors,
    with an opener word in front and up to two closer words behind when there are some."""
    runs: list[tuple[int, int]] = []
    n = len(words)
    i = 0
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        opener = i > 0 and words[i - 1] in lexicon.openers and (not runs or runs[-1][1] < i)
        start = i - 1 if opener else i
        i += 1
        while i < n:
            if words[i][:1].isupper():
                i += 1
                continue
            j = i
            while j < n and j - i < _MAX_BRIDGE and words[j] in lexicon.bridges:
                j += 1
            if j > i and j < n and words[j][:1].isupper():
                i = j + 1
                continue
            break
        stop = i
        while i < n and i - stop < _MAX_BRIDGE and words[i] in lexicon.closers:
            i += 1
        runs.append((start, i))
    return runs


def shape(word: str) -> str:
    """Return the collapsed character shape of ``word``: "Xx", "X", "x-Xx", "d", "X.X." ..."""
    out: list[str] = []
    last = ""
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "a"  # scripts without case
        else:
            c = ch
        if c != last:
            out.append(c)
            last = c
    return "".join(out)


class FeatureExtractor:
    """Turns tokens into CRF attribute lists; caches per word type (bounded)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._neighbours: dict[str, str] = {}

    def sequence(
        self,
        words: list[str],
        start: int,
        end: int,
        flags: tuple[str, ...] = (),
        document: dict[str, tuple[str, ...]] | None = None,
    ) -> list[list[str]]:
        """Return the attribute lists of ``words[start:end]``, seeing neighbours outside the range;
        ``flags`` (from ``sentence_flags``) are added to every token, ``document`` (from
        ``document_features``) to the words it knows."""
        views = window(words, start, end, self._views(words, max(0, start - 2), min(len(words), end + 2)), EDGE_VIEWS)
        out: list[list[str]] = []
        for k, extra in enumerate(self.run_features(words, start, end, views, flags, document)):
            before2, before, own, after, after2 = views[k : k + 5]
            out.append([*own[0], *before[1], *before2[2], *after[3], *after2[4], *extra])
        if self.lexicon.copies:
            return [feats + ["@" + f for f in feats] for feats in out]
        return out

    def run_features(
        self,
        words: list[str],
        start: int,
        end: int,
        views: list[tuple[tuple[str, ...], ...]],
        flags: tuple[str, ...],
        document: dict[str, tuple[str, ...]] | None,
    ) -> list[list[str]]:
        """Return, for each token of ``words[start:end]``, its attributes that are no view of one word
        (position, run, sentence, word pairs, document), without the marked copies; ``views`` are the
        ``window`` of the run's word views."""
        common = self.lexicon.common
        # A sentence opening with a quote mark has its first word second.
        opening = 0 if words[0][:1].isalnum() else 1
        # The whole run as one feature remembers multi-word names seen in train ("new york" vs "new york
        # yankees"); longer runs are rarely repeated verbatim.
        whole = ("run=" + " ".join(v[5][0] for v in views[2:-2]),) if 1 < end - start < 5 else ()
        shared = ("rlen=" + str(min(end - start, 4)), *whole, *flags)
        out: list[list[str]] = []
        for i in range(start, end):
            before, own, after = views[i - start + 1 : i - start + 4]
            feats: list[str] = []
            if i <= opening:
                feats.append("first")
                if words[i].lower() in common:
                    feats.append("first_common")
            feats += shared
            lower, shp = own[5]
            feats.append(f"sh3={before[5][1]}|{shp}|{after[5][1]}")
            if i == start:
                feats.append("rfirst")
            if i == end - 1:
                feats.append("rlast")
            feats.append(f"w-1w0={before[5][0]}|{lower}")
            feats.append(f"w0w+1={lower}|{after[5][0]}")
            if document:
                feats += document.get(words[i], ())
            out.append(feats)
        return out

    def _views(self, words: list[str], lo: int, hi: int) -> list[tuple[tuple[str, ...], ...]]:
        """Return the cached ``word_views`` of ``words[lo:hi]``, computing those of new word types."""
        cached = self._cache
        if len(cached) > _CACHE_LIMIT:
            cached.clear()
        views = []
        for word in words[lo:hi]:
            view = cached.get(word)
            if view is None:
                view = cached[word] = self.word_views(word)
            views.append(view)
        return views

    def document(self, sentences: list[list[str]]) -> dict[str, tuple[str, ...]]:
        """Return capitalised word -> features of all its uses in a document (the tokenised sentences),
        for the words used more than once: the most frequent neighbours before ("dl=") and after ("dr=")
        it, a capitalised neighbour given by its lexicon class ("dl=C:PER+"), and "dlow" when the document
        also writes the word in lower case. A name the model cannot read in one sentence ("Pirelli"
        alone) is often plain in another ("Pirelli shares", "Mr Lebed")."""
        # Counted in C; only the sentences holding a repeated capitalised word are looked at again.
        counts = Counter(chain.from_iterable(sentences))
        repeated = {word for word, n in counts.items() if n > 1 and word[:1].isupper()}
        if not repeated:
            return {}
        # The neighbours of each use, counted at the end (in first-seen order, as counted one by one).
        left: dict[str, list[str]] = {word: [] for word in repeated}
        right: dict[str, list[str]] = {word: [] for word in repeated}
        neighbours = self._neighbours
        if len(neighbours) > _CACHE_LIMIT:
            neighbours.clear()
        for words in sentences:
            if repeated.isdisjoint(words):
                continue
            last = len(words) - 1
            for i in [i for i, word in enumerate(words) if word in repeated]:
                word = words[i]
                before = words[i - 1] if i else "<s>"
                after = words[i + 1] if i < last else "</s>"
                left[word].append(neighbours.get(before) or self._neighbour(before))
                right[word].append(neighbours.get(after) or self._neighbour(after))
        found: dict[str, tuple[str, ...]] = {}
        for word in repeated:
            feats = ["dl=" + w for w in _most_common(left[word])]
            feats += ["dr=" + w for w in _most_common(right[word])]
            if word.lower() in counts:
                feats.append("dlow")
            found[word] = tuple(feats)
        return found

    def _neighbour(self, word: str) -> str:
        """Return (and cache) how a neighbour shows in document features: a capitalised word by its
        class, any other in lower case with digits as 0."""
        if word[:1].isupper():
            shown = "C:" + ("given" if word in self.lexicon.given else self.lexicon.classes.get(word, "unk"))
        else:
            shown = word.lower().translate(_DIGITS)
        self._neighbours[word] = shown
        return shown

    def word_views(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Return (own, as -1, as -2, as +1, as +2, (lower, shape)) attribute tuples of one word type."""
        lower = word.lower()
        if not word.isalpha():
            lower = lower.translate(_DIGITS)  # one feature for every date or score, not one per value
        shp = shape(word)
        lexicon = self.lexicon
        cls = lexicon.classes.get(word, "unk")
        gaz = lexicon.gazetteer.get(word)
        foreign = lexicon.foreign.get(word)
        own = [
            "w=" + lower,
            "sh=" + shp,
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
            "cls=" + cls,
        ]
        if word[:1].isupper() and lower in lexicon.common:
            own.append("common")
        if len(word) > 1 and word.isupper():
            own.append("allcaps")
        if gaz:
            own.append("gaz=" + gaz)
        context = ["w=" + lower, "sh=" + shp, "cls=" + cls]
        if gaz:
            context.append("gaz=" + gaz)
        if foreign:
            own.append("xc=" + foreign)
            context.append("xc=" + foreign)
        if word in lexicon.given:
            own.append("given")
            context.append("given")
        return (
            tuple(own),
            tuple("-1" + f for f in context),
            ("-2w=" + lower, "-2sh=" + shp),
            tuple("+1" + f for f in context),
            ("+2w=" + lower, "+2sh=" + shp),
            (lower, shp),
        )


# The views of the places before the first word and after the last one.
_BEFORE = ((), ("-1w=<s>",), ("-2w=<s>",), (), (), ("<s>", "<s>"))
_AFTER = ((), (), (), ("+1w=</s>",), ("+2w=</s>",), ("</s>", "</s>"))
EDGE_VIEWS = (_BEFORE, _AFTER)

_T = TypeVar("_T")


def window(words: list[str], start: int, end: int, inner: list[_T], edges: tuple[_T, _T]) -> list[_T]:
    """Return ``inner`` (what stands for ``words[lo:hi]``, the run ``words[start:end]`` with up to two
    neighbours either side) padded with ``edges`` (what stands for the places before the sentence and
    after it) to ``end - start + 4`` items, so that the token at ``k`` of the run reads its neighbours at
    ``[k : k + 5]`` without a bounds test."""
    lo, hi = max(0, start - 2), min(len(words), end + 2)
    return [edges[0]] * (lo - start + 2) + inner + [edges[1]] * (end + 2 - hi)


def _most_common(words: list[str]) -> list[str]:
    """Return the ``_DOC_CONTEXTS`` most frequent of ``words``, first seen first among equals (as
    ``Counter.most_common``; counted here because ``Counter``'s own ``__init__`` runs interpreted and
    costs more than a compiled loop over a handful of words)."""
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return [key for key, _ in sorted(counts.items(), key=_count, reverse=True)[:_DOC_CONTEXTS]]


def _count(item: tuple[str, int]) -> int:
    return item[1]


def sentence_flags(words: list[str]) -> tuple[str, ...]:
    """Return features of the whole sentence: a headline in capitals, a table row full of numbers."""
    # Bounds counted in C settle most sentences at once: no more words open with a letter and are in
    # capitals than ``str.isupper`` counts, at least the all-letter words open with a letter, and only the
    # others can open with a digit.
    upper = sum(map(str.isupper, words))
    plain = sum(map(str.isalpha, words))
    if (upper < 2 or upper * 10 < plain * 6) and (len(words) - plain) * 10 < len(words) * 3:
        return ()
    letters = caps = digits = 0
    for word in words:
        first = word[:1]
        if first.isalpha():
            letters += 1
            if word.isupper():
                caps += 1
        elif first.isdigit():
            digits += 1
    flags: list[str] = []
    if caps >= 2 and caps * 10 >= letters * 6:
        flags.append("sent_caps")
    if digits * 10 >= len(words) * 3:
        flags.append("sent_digits")
    return tuple(flags)
