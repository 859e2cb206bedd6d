"""Who speaks in a headline: the name or role before its colon ("Песков: сообщения о … не соответствуют
действительности"), who says a quotation opening it, named after its colon ("«Это ложь»: | Песков | о докладе") or
opening it before what they speak about ("Trump | on report he mocked soldiers: “Totally false”"); and the words
before a colon that name what a headline is about, not who speaks ("Brexit:", "Pemilu 2024:")."""

from __future__ import annotations

import regex

from newsmon.nlp.denials.headline_heads import fronted_topic_end, titled_body
from newsmon.nlp.denials.names import Party, party, phrase_kind
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.reported_speech import Reported
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.view import View

_MAX_HEADLINE_SPEAKER = 4  # "Глава МИД Сергей Лавров:": the words of a headline's speaker before its colon
_HEAD_LISTS = ("role_nouns", "org_words", "news_topics")  # the words that tell a headline's speaker from its topic
_YEAR = regex.compile(r"(1[89]|20)\d\d")  # "Pemilu 2024:", "Euro 2024:": an event of that year


def headline_quote_speaker(view: View, colon: int) -> Party | None:
    """Return who says a quotation opening a headline, named after its colon before what it is about ("„Das ist
    schlicht falsch“: | Robert Habeck | zu Berichten …", "«Это ложь»: | Песков | о докладе", "'No truth in it': |
    Minister | on bribery claims"); None when the quotation does not open the sentence, or no preposition ends the
    phrase (a list or a title after the colon names nobody)."""
    if view.tokens[0].is_word or view.tokens[0].text not in QUOTE_CHARS:
        return None
    found = phrase_after(view, colon + 1)
    if found is None or view.index(found.start) != colon + 1:
        return None
    end = view.index(found.name.end)
    return found if end < len(view) and view.is_a("np_end", end) else None


def headline_opening_speaker(view: View, k: int) -> Party | None:
    """Return the name or role opening a headline before a preposition, what it speaks about running to the colon
    after token ``k`` ("Trump | on report he mocked soldiers: “Totally false”"); None when no such phrase opens it
    ("Protests in Paris: …" names no speaker)."""
    found = phrase_after(view, 0)
    if found is None or view.index(found.start) != 0:
        return None
    end = view.index(found.name.end)
    if end >= k or not view.is_a("np_end", end) or phrase_kind(view, 0, end) == "other":
        return None
    return found


def headline_speaker(view: View, i: int) -> Reported | None:
    """Return the speaker a headline names before its colon ("Песков: сообщения о … не соответствуют
    действительности"), when token ``i`` follows that colon, past a fronted topic ("Soal Isu Mundur, | Menpora
    Rangga: …"); None unless a short name or role alone stands before it, in a language whose wire copy heads its
    news so (``headline_speaker``)."""
    if not view.rules.headline_speaker:
        return None  # not checked there: a fact-check's verdict label ("Status: False") would read as a speaker
    lo = fronted_topic_end(view, i)
    colon = next((k for k in range(lo + 1, min(i, lo + _MAX_HEADLINE_SPEAKER + 1)) if view.tokens[k].text == ":"), None)
    if colon is None:
        return None
    body = titled_body(view, lo, colon)
    # A given name first may read as an adverb before the surname ("Emily Hart: …", "Kelly Ortega: …").
    if not body and not all(
        view.tokens[k].is_word and (not view.is_stop(k) or (k == lo and colon == lo + 2)) for k in range(lo, colon)
    ):
        return None
    if view.lexicon_end("headings", lo) is not None:
        return None  # "Verdict: Claim Is False", "Breaking: …": a fact-check's label or a section's, nobody speaking
    if not body and phrase_kind(view, lo, colon) == "other" and view.find("org_words", lo, colon) is None:
        return None  # "Итоги недели: …": a heading, nobody speaking; not "الخارجية المصرية: …", a body
    if news_topic(view, colon, lo):
        return None  # "Brexit: claims of a secret deal are false": the writer's verdict, or an unnamed party's
    whole = view.span_of(lo, colon)
    if body and whole is not None:
        return Reported(Party(whole, None), colon + 1)  # the body's name with its branch, no role: "KAI Daop 8"
    return Reported(party(view, lo, colon), colon + 1)


def news_topic(view: View, colon: int, lo: int = 0) -> bool:
    """True when the words from token ``lo`` to a ``colon`` name what a headline is about, not who speaks:
    an event or a subject ("Brexit", "Pemilu 2024", "Ukraine-Krieg", "حرب السودان"), a year ("Euro 2024") or a place
    alone, a dateline ("Gaza", "Moscow"). The head word decides between a topic and a role or a body ("Election
    chief", "Brexit Party", "وزارة الحرب" speak): the last listed word where modifiers come first, else the first."""
    heads = [k for k in range(lo, colon) if any(view.is_a(name, k) for name in _HEAD_LISTS)]
    if heads:
        head = heads[-1] if view.rules.modifier_first else heads[0]
        return not (view.is_a("role_nouns", head) or view.is_a("org_words", head))
    return view.is_place(lo, colon) or any(_YEAR.fullmatch(token.text) for token in view.tokens[lo:colon])
