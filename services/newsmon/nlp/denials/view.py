"""A tokenised sentence (``tokens``) with cached look-ups of the language's word lists, for the argument rules."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from newsmon.nlp.denials.headlines import title_words
from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.denials.tokens import HARD_STOPS, NP_PUNCT, QUOTE_CHARS, Token, tokenise
from newsmon.nlp.titles import acronym, in_capitals, plain_words, title_case
from newsmon.nlp.types import Span

_UNSEEN = -1  # a look-up not made yet (a made one gives a token index or None)


def _sentence_cased(
    tokens: list[Token], names: Sequence[tuple[int, int]], plain: set[int], capital_nouns: bool, capitals: bool
) -> list[Token]:
    """Return the tokens of a Title Case sentence as sentence case writes them: after the first word, a word
    outside the ``names`` (spans the entity recogniser found) in small letters; where nouns are capitalised
    (``capital_nouns``), only a word starting at an offset of ``plain`` (a listed verb or function word). Words of
    two capitals or more stay ("KPK", "ETA"): an acronym is a name in any title; a capital alone is a word's ("Le
    Kremlin A Démenti"). In a sentence in ``capitals`` every word looks like an acronym: the ``names`` alone tell
    one ("POLRI bantah isu penangkapan ketua KPK")."""
    first = next((k for k, token in enumerate(tokens) if token.is_word), len(tokens))
    cased = tokens[: first + 1]
    for token in tokens[first + 1 :]:
        listed = token.start in plain or not capital_nouns
        word = capitals or not acronym(token.text)
        if token.is_word and listed and word and not any(a <= token.start < b for a, b in names):
            small = token.text.lower()
            if len(small) == len(token.text):  # "İ" lowers to two characters: the offsets would no longer hold
                token = Token(small, token.start, token.end, True)
        cased.append(token)
    return cased


def _without_verdict_adverbs(
    text: str, span: Span, tokens: list[Token], names: Sequence[tuple[int, int]], rules: Rules
) -> Sequence[tuple[int, int]]:
    """Return the ``names`` of a Title Case sentence without the one-word ones that are adverbs of a verdict: a
    ``title_adverb`` word that adverbs, commas and conjunctions lead to a falsity word ("Claims Are Absolutely,
    Unequivocally And Completely False", where the recogniser took "Unequivocally" for a name)."""
    adverb = rules.title_adverb
    if adverb is None or not names:
        return names
    starts = {token.start: k for k, token in enumerate(tokens)}
    return [(a, b) for a, b in names if not _verdict_adverb(text, span, tokens, starts.get(a), b, rules)]


def _verdict_adverb(text: str, span: Span, tokens: list[Token], k: int | None, end: int, rules: Rules) -> bool:
    """True when token ``k``, ending at ``end``, is a ``title_adverb`` word that adverbs, commas and conjunctions
    lead to a falsity word."""
    adverb = rules.title_adverb
    if k is None or tokens[k].end != end or adverb is None or adverb.fullmatch(tokens[k].text) is None:
        return False
    conjunctions = rules.context["conjunctions"]
    m = k + 1
    while m < len(tokens) and (
        tokens[m].text == ","
        or adverb.fullmatch(tokens[m].text) is not None
        or conjunctions.match(text, tokens[m].start, tokens[m].end) is not None
    ):
        m += 1
    return m < len(tokens) and rules.triggers["falsity"].match(text, tokens[m].start, span.end) is not None


def _rewritten(text: str, tokens: list[Token]) -> str:
    """Return ``text`` with each word token's span replaced by the token's text (of the same length)."""
    pieces: list[str] = []
    done = 0
    for token in tokens:
        if token.is_word and text[token.start : token.end] != token.text:
            pieces += [text[done : token.start], token.text]
            done = token.end
    return "".join(pieces) + text[done:]


class View:
    """One sentence of ``text`` as tokens, with per-token matches of the rules' word lists cached."""

    __slots__ = (
        "_ends",
        "_listed",
        "_stop_matches",
        "_stops",
        "_stops_final",
        "_stops_read",
        "ends",
        "names",
        "places",
        "read",
        "rules",
        "span",
        "starts",
        "text",
        "titled",
        "tokens",
    )

    def __init__(
        self,
        text: str,
        span: Span,
        rules: Rules,
        names: Sequence[tuple[int, int]] = (),
        places: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.span = span
        self.rules = rules
        self.names = names  # (start, end) of the names the entity recogniser found
        self.places = places  # (start, end) of the names the entity recogniser typed as places
        self.tokens = tokenise(text, span)
        words = [token.text for token in self.tokens if token.is_word] if rules.cased else []
        capitals = in_capitals(words)
        plain = (
            plain_words(text, span.start, span.end, title_words(rules.language), capitals)
            if capitals or title_case(words)
            else None
        )
        # The word lists are matched against ``read``: the text with a Title Case sentence's words as sentence case
        # writes them, so that a list's lower-case-only pattern ("\p{Ll}+ly" adverbs) reads them too.
        self.read = text
        self.titled = plain is not None  # read as its sentence-case form: its capitals tell no name
        if plain is not None:
            names = _without_verdict_adverbs(text, span, self.tokens, names, rules)
            self.tokens = _sentence_cased(self.tokens, names, plain, rules.capital_nouns, capitals)
            self.read = _rewritten(text, self.tokens)
        self.starts = [token.start for token in self.tokens]
        self.ends = [token.end for token in self.tokens]
        self._ends: dict[tuple[str, int], int | None] = {}
        self._stops: list[bool] = []
        self._listed: list[bool] = []  # covered by a match of a stop list
        self._stops_read = 0  # tokens before this one are covered by every stop-list match that covers them
        self._stops_final = 0  # tokens before this one have their final is_stop answer
        self._stop_matches: Iterator[regex.Match[str]] | None = None

    def __len__(self) -> int:
        return len(self.tokens)

    def index(self, pos: int) -> int:
        """Return the index of the first token starting at or after ``pos`` (``len(self)`` if none)."""
        return bisect.bisect_left(self.starts, pos)

    def lexicon_end(self, name: str, i: int) -> int | None:
        """Return the token index after a match of list ``name`` that begins at token ``i``, or None."""
        key = (name, i)
        end = self._ends.get(key, _UNSEEN)
        if end == _UNSEEN:
            lexicon = self.rules.triggers.get(name) or self.rules.context[name]
            found = lexicon.match(self.read, self.tokens[i].start, self.span.end) if i < len(self.tokens) else None
            end = self._ends[key] = None if found is None else self.index(found.end())
        return end

    def is_a(self, name: str, i: int) -> bool:
        """True when list ``name`` has a match beginning at token ``i``."""
        return self.lexicon_end(name, i) is not None

    def has_form(self, form: regex.Pattern[str] | None, i: int) -> bool:
        """True when token ``i``, read in lower case, has the word form ``form`` (one of the resource file's forms:
        ``passive_form``, ``participle``, ...); False for a language without it."""
        return form is not None and form.fullmatch(self.tokens[i].text.lower()) is not None

    def find(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """Return the first ``(start, end)`` token range in ``[lo, hi)`` matching list ``name``, or None."""
        for i in range(lo, min(hi, len(self))):
            end = self.lexicon_end(name, i)
            if end is not None and end <= hi:
                return i, end
        return None

    def is_stop(self, i: int) -> bool:
        """True when token ``i`` cannot be inside a subject noun phrase (a verb, adverb, hard punctuation...).

        Every word covered by a match of a stop list counts, so "is said to have" or "pada Senin (7/11)"
        stop a phrase as a whole.
        """
        if i >= self._stops_final:
            self._settle_stops(i)
        return self._stops[i]

    def _settle_stops(self, i: int) -> None:
        """Settle the answers of ``is_stop`` up to token ``i``. The stop list is the longest list and most
        questions are about the words before a trigger, so the rest of the sentence is read only when
        asked about; a token's answer needs the stop-list matches up to the token after it."""
        if self._stop_matches is None:
            self._stops = [self._single_stop(j) for j in range(len(self))]
            self._listed = [False] * len(self)
            self._stop_matches = self.rules.stops.finditer(self.read, self.span.start, self.span.end)
        self._read_stops(i + 1)
        final = len(self) if self._stops_read >= len(self) else self._stops_read - 1
        stops = self._stops
        for j in range(self._stops_final, min(final, len(self) - 1)):
            # "Beijing denied", "Manning has denied": a capitalised word first in its sentence that looks
            # like a participle is a name when a verb, an auxiliary or a date follows it; "Speaking to
            # reporters", "Citing sources" keep it a verb. After a headline's quotation and colon it is the
            # speaker's name ("'Completely false': | Boeing | on report ..."); so it is first in a list of names
            # ("Boeing, | Airbus and Embraer denied"; not "Smiling, | Smith denied").
            if stops[j] and not self._listed[j] and self._initial_capital(j) and self.tokens[j + 1].is_word:
                stops[j] = not stops[j + 1] and not self._after_quoted_colon(j)
            elif stops[j] and not self._listed[j] and self._initial_capital(j) and self._names_listed(j + 1):
                stops[j] = self._opens_found_names(j)
            elif stops[j] and j == 0 and self._initial_capital(j) and self._speaker_colon(j + 1):
                # A headline's speaker alone before its colon ("Boeing: Reports … Are Inaccurate"), not a verdict
                # word ("HOAX: …"): only the participle's form made it a stop.
                stops[j] = not self.has_form(self.rules.participle, j)
            elif stops[j] and (self._inside_name(j) or self._surname(j) or self.inside_document(j)):
                # "Ursula | von | der Leyen": the particle's other sense ("von" of an agent) stops nothing; nor
                # does a modal's ("Theresa | May"), nor a verb's inside a document's noun ("A press | release |
                # from the ministry").
                stops[j] = False
        self._stops_final = final

    def _opens_found_names(self, i: int) -> bool:
        """True when word ``i``, a participle by its form and no mention the recogniser found, opens a list of names
        it found every one of ("Smiling, | Smith and Jones denied"): a manner participle, not the first name of the
        list ("Boeing, | Airbus and Embraer", where it missed one, or with no mentions given)."""
        if not self.has_form(self.rules.participle, i) or self._mentioned(i):
            return False
        k, listed = i + 2, []
        while k < len(self) and (
            self.tokens[k].text == "," or self.is_a("conjunctions", k) or self.tokens[k].capitalized
        ):
            if self.tokens[k].is_word and self.tokens[k].capitalized:
                listed.append(k)
            k += 1
        return bool(listed) and all(self._mentioned(k) for k in listed)

    def _mentioned(self, i: int) -> bool:
        """True when token ``i`` is inside a mention the entity recogniser found, a place's too."""
        start = self.tokens[i].start
        return any(a <= start < b for a, b in (*self.names, *self.places))

    def _speaker_colon(self, i: int) -> bool:
        """True when token ``i`` is a colon after which a headline says what its speaker says (``headline_speaker``)."""
        return self.rules.headline_speaker and self.tokens[i].text == ":"

    def _names_listed(self, i: int) -> bool:
        """True when a comma at token ``i`` opens the rest of a list of names: capitalised words, then a
        conjunction or a comma before another capitalised word (", | Airbus and Embraer", ", Airbus, Embraer")."""
        k = i + 1
        if i >= len(self) or self.tokens[i].text != ",":
            return False
        while k < len(self) and self.tokens[k].is_word and self.tokens[k].capitalized:
            k += 1
        if k == i + 1 or k + 1 >= len(self) or not self.tokens[k + 1].capitalized:
            return False
        return self.tokens[k].text == "," or self.is_a("conjunctions", k)

    def _surname(self, i: int) -> bool:
        """True for a capitalised word inside its sentence right after a capitalised word that is no stop, when it
        is no date ("Theresa | May", "Brian | May"; not "Bank of England | Tuesday") nor an acronym, which names no
        person ("В пресс-службе мэрии Москвы | РБК | заявили": the outlet told): a name's, whatever else the word may
        be."""
        before = i - 1
        name = (
            before >= 0 and self.tokens[before].is_word and self.tokens[before].capitalized and not self._stops[before]
        )
        return name and not acronym(self.tokens[i].text) and not self.reads_lower(i) and not self.is_a("time", i)

    def inside_document(self, i: int) -> bool:
        """True for a word a document noun of more words than one holds after its first ("press | release")."""
        end = self.lexicon_end("document_nouns", i - 1) if i > 0 else None
        return end is not None and end > i

    def _inside_name(self, i: int) -> bool:
        """True for a name particle (``name_joiners``) between a capitalised word and a capitalised word,
        maybe over further particles ("Ursula von der Leyen", "Thomas de Maizière"); not after a word of a
        role, claim or body, which its complement may follow ("Vorwürfe von Amnesty")."""
        before = i - 1
        if before < 0 or not self.rules.cased or not self.tokens[before].is_word or not self.tokens[before].capitalized:
            return False
        if any(self.is_a(name, before) for name in ("role_nouns", "claim_nouns", "org_words")):
            return False
        after = i
        while after < len(self) and self.is_a("name_joiners", after):
            after += 1
        return after > i and after < len(self) and self.tokens[after].is_word and self.tokens[after].capitalized

    def _read_stops(self, i: int) -> None:
        """Mark the tokens covered by the stop-list matches that can cover token ``i``: those that start
        before the token after it (the matches come in text order)."""
        if self._stops_read > i or self._stop_matches is None:
            return
        for found in self._stop_matches:
            lo, hi = self.index(found.start()), self.index(found.end())
            if not (hi <= lo or self.starts[lo] != found.start() or self.ends[hi - 1] != found.end()):
                # (otherwise part of a word: "Hoax" in "Hoax-Slayer" is a name's, no trigger's)
                self._stops[lo:hi] = self._listed[lo:hi] = [True] * (hi - lo)
            if lo > i:
                self._stops_read = lo
                return
        self._stops_read = len(self)

    def _initial_capital(self, i: int) -> bool:
        """True for a capitalised word first in its sentence or after a colon or quotation mark."""
        sentence_initial = i == 0 or (not self.tokens[i - 1].is_word and self.tokens[i - 1].text in HARD_STOPS)
        return sentence_initial and self.rules.cased and self.tokens[i].capitalized

    def _after_quoted_colon(self, i: int) -> bool:
        """True for word ``i`` right after a colon that closes a quotation opening the sentence ("'…': | Boeing")."""
        tokens = self.tokens
        closed = i >= 3 and tokens[i - 1].text == ":" and tokens[i - 2].text in QUOTE_CHARS
        return closed and tokens[0].text in QUOTE_CHARS

    def reads_lower(self, i: int) -> bool:
        """True when word ``i`` may be a common word: not capitalised where names are, or capitalised only first in
        its sentence or after a colon or quotation mark. A capital elsewhere makes a name ("Theresa May", "since
        May"), no modal or auxiliary."""
        return not (self.rules.cased and self.tokens[i].capitalized) or self._initial_capital(i)

    def _single_stop(self, i: int) -> bool:
        token = self.tokens[i]
        if not token.is_word:
            return token.text not in NP_PUNCT
        verb_like = self.rules.verb_like
        if not (verb_like and self.reads_lower(i) and verb_like.fullmatch(token.text.lower())):
            return False
        # After an article it is no verb but an adjective or a noun: "the ruling party", "an embattled minister"; so
        # is a participle after an article and a name ("the Bali diving company", not "The Kremlin denied") or before
        # a role or a body ("the chief operating officer", "Officials representing police").
        k = i - 1
        if self.has_form(self.rules.participle, i):
            if i + 1 < len(self) and (self.is_a("role_nouns", i + 1) or self.is_a("org_words", i + 1)):
                return False
            while k > 0 and self.tokens[k].capitalized:
                k -= 1
        return k < 0 or not self.is_a("articles", k)

    def is_place(self, lo: int, hi: int) -> bool:
        """True when every word of tokens ``[lo, hi)`` is inside a place the entity recogniser found ("Moscow",
        "Jawa Tengah"), and there is one."""
        words = [token for token in self.tokens[lo:hi] if token.is_word]
        return bool(words) and all(any(a <= token.start < b for a, b in self.places) for token in words)

    def is_named(self, i: int) -> bool:
        """True when token ``i`` is inside a name the entity recogniser found that is no place."""
        start = self.tokens[i].start
        inside = [(a, b) for a, b in self.names if a <= start < b]
        return bool(inside) and not any(a <= start < b for a, b in self.places)

    def is_name_word(self, i: int) -> bool:
        """True when token ``i`` can be part of a proper name (capitalised, or the language's name pattern)."""
        token = self.tokens[i]
        if not token.is_word:
            return token.text in "-’'."
        if self.is_a("name_joiners", i):
            return True
        if self.rules.name_word is not None:
            return bool(self.rules.name_word.fullmatch(token.text))
        return self.rules.cased and token.capitalized

    def span_of(self, i: int, j: int) -> Span | None:
        """Return the text span covering tokens ``[i, j)`` (trailing NP punctuation trimmed), or None if empty."""
        while j > i and not self.tokens[j - 1].is_word and self.tokens[j - 1].text not in ")":
            j -= 1
        while i < j and not self.tokens[i].is_word and self.tokens[i].text not in "(@":
            i += 1
        if i < j and self.tokens[i].text == "(" and all(token.text != ")" for token in self.tokens[i:j]):
            i += 1  # "(The family denies ...)": an opening parenthesis closed after the phrase
        if i >= j:
            return None
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        return Span(self.text[start:end], start, end)
