"""A wire dateline opening a sentence with no dash after it: "SEVILLA, 12 (EUROPA PRESS) | El Ayuntamiento ha
desmentido ...", "PORT ELWIN, (Harbour Wire Daily - 9th Mar, 2019) | The Ministry ...", or an agency's credit
alone before its dash: "(Persia Digest) – | The spokesperson ...". The city and the agency are no part of the
subject that follows them."""

from __future__ import annotations

from newsmon.nlp.denials.view import View

_REACH = 10  # tokens: "BUENOS AIRES, 3 may ( EFE )"
_CREDIT_REACH = 12  # tokens of a credit after the city's comma: "( Harbour Wire Daily - 9th Mar , 2019 )"
_MARKS = frozenset("-–—.")
_OPENERS = frozenset("(-–—")  # the agency's parenthesis, or a dash that ends the dateline before one


def dateline_end(view: View) -> int:
    """Return the token after a dateline opening the sentence: a word in capitals, then, within a few tokens, an
    agency between parentheses, in capitals or, after the city's comma, a credit opening with a capital (and a
    dash or a full stop after it); or a credit opening the sentence between parentheses with a dash after it; 0
    when none opens it."""
    tokens = view.tokens
    if tokens and tokens[0].text == "(":
        return _credit_end(view)
    if not tokens or not tokens[0].is_word or len(tokens[0].text) < 3 or not tokens[0].text.isupper():
        return 0
    opening = next((k for k in range(1, min(len(tokens), _REACH)) if tokens[k].text in _OPENERS), None)
    if opening is None or tokens[opening].text != "(":
        return 0  # "JAKARTA, KOMPAS.com - | Komisi Pemberantasan Korupsi (KPK)": a dash ends the dateline first
    credited = tokens[opening - 1].text == "," and opening + 1 < len(tokens) and tokens[opening + 1].capitalized
    reach = _CREDIT_REACH if credited else 4
    closing = next((k for k in range(opening + 1, min(len(tokens), opening + reach)) if tokens[k].text == ")"), None)
    if closing is None or closing == opening + 1:
        return 0
    if not credited and not all(tokens[k].is_word and tokens[k].text.isupper() for k in range(opening + 1, closing)):
        return 0
    return _past_marks(view, closing + 1)


def _credit_end(view: View) -> int:
    """Return the token after a credit in parentheses opening the sentence, its words capitalised and a dash
    after it ("(Persia Digest) – | The spokesperson"); 0 when none opens it."""
    tokens = view.tokens
    closing = next((k for k in range(1, min(len(tokens), _REACH)) if tokens[k].text == ")"), None)
    if closing is None or closing == 1 or closing + 1 >= len(tokens) or tokens[closing + 1].text not in _MARKS:
        return 0
    if not all(tokens[k].is_word and tokens[k].capitalized for k in range(1, closing)):
        return 0
    return _past_marks(view, closing + 1)


def _past_marks(view: View, end: int) -> int:
    """Return the first token from ``end`` on that is no dash or full stop."""
    while end < len(view.tokens) and view.tokens[end].text in _MARKS:
        end += 1
    return end
