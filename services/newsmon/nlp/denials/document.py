"""One text being analysed: its sentences' views, its quotations and who speaks them, computed on demand."""

from __future__ import annotations

import bisect

from newsmon.nlp.denials.attribution import speaker_after, speaker_before
from newsmon.nlp.denials.lexicon import WORD
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.quotes import Quote, enclosing, find_quotes
from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_SCARE_QUOTE_WORDS = 3


class Document:
    """The text with its sentence spans, the language's rules and the spans of the names found in it (and of those
    typed as places); views, quotations and speakers are cached, as several triggers of a text ask for the same ones."""

    def __init__(
        self,
        text: str,
        sentences: list[Span],
        rules: Rules,
        names: list[tuple[int, int]],
        places: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.rules = rules
        self._names = sorted(names)  # (start, end) of the names the entity recogniser found
        self._places = sorted(places)  # those of them typed as places
        self._starts = [sentence.start for sentence in sentences]
        self._views: dict[int, View] = {}
        self._quotes: list[Quote] | None = None
        self._quote_starts: list[int] = []
        self._speakers: dict[int, Party | None] = {}

    def view(self, k: int) -> View:
        """Return the view of sentence ``k``."""
        if k not in self._views:
            sentence = self.sentences[k]
            names, places = _within(self._names, sentence), _within(self._places, sentence)
            self._views[k] = View(self.text, sentence, self.rules, names, places)
        return self._views[k]

    def previous_view(self, view: View) -> View | None:
        """Return the view of the sentence before ``view``'s, or None for the first sentence."""
        k = self._sentence_of(view.span.start)
        return self.view(k - 1) if k > 0 else None

    def next_view(self, view: View) -> View | None:
        """Return the view of the sentence after ``view``'s, or None for the last sentence."""
        k = self._sentence_of(view.span.start) + 1
        return self.view(k) if k < len(self.sentences) else None

    def quote_at(self, pos: int) -> Quote | None:
        """Return the quotation containing offset ``pos``, or None."""
        if self._quotes is None:
            self._quotes = find_quotes(self.text, self.rules.quotes)
            self._quote_starts = [quote.start for quote in self._quotes]
        return enclosing(self._quotes, self._quote_starts, pos)

    def speaker(self, quote: Quote) -> Party | None:
        """Return who is quoted: the attribution after the closing mark (same or next sentence), or before."""
        if quote.start not in self._speakers:
            self._speakers[quote.start] = self._find_speaker(quote)
        return self._speakers[quote.start]

    def quoted(self, view: View) -> list[tuple[int, int]]:
        """Return the token ranges of the sentence ``view`` that are inside quotations."""
        ranges: list[tuple[int, int]] = []
        i = 0
        while i < len(view):
            quote = self.quote_at(view.tokens[i].start)
            if quote is None:
                i += 1
                continue
            end = max(view.index(quote.end), i + 1)
            ranges.append((i, end))
            i = end
        return ranges

    def scare_quote(self, quote: Quote) -> bool:
        """True for quotation marks around a few words with nobody speaking: a "“false flag” operation"."""
        words = len(WORD.findall(self.text, quote.start, quote.end))
        return words <= _SCARE_QUOTE_WORDS and self.speaker(quote) is None

    def first_person(self, party: Party) -> bool:
        """True when ``party`` is a first-person pronoun ("We", "Kami"): the quotation's speaker names it."""
        lexicon = self.rules.context["first_person"]
        found = lexicon.match(self.text, party.name.start, party.name.end)
        return found is not None and found.end() == party.name.end

    def _find_speaker(self, quote: Quote) -> Party | None:
        found = None
        if quote.closed:
            k = self._sentence_of(quote.end - 1)
            view = self.view(k)
            i = view.index(quote.end)
            if i < len(view):
                found = speaker_after(view, i)
            elif k + 1 < len(self.sentences) and self.quote_at(self.sentences[k + 1].start + 1) is None:
                found = speaker_after(self.view(k + 1), 0)
        if found is None:
            view = self.view(self._sentence_of(quote.start))
            found = speaker_before(view, view.index(quote.start))
        return found

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


def _within(spans: list[tuple[int, int]], sentence: Span) -> list[tuple[int, int]]:
    """Return the ``spans`` (sorted) that start inside ``sentence``."""
    return spans[bisect.bisect_left(spans, (sentence.start,)) : bisect.bisect_left(spans, (sentence.end,))]
