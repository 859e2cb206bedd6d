"""A wire dateline opening a sentence with no dash after it: "SEVILLA, 12 (EUROPA PRESS) | El Ayuntamiento ha
desmentido ...". The city and the agency are no part of the subject that follows them."""

from __future__ import annotations

from newsmon.nlp.denials.view import View

_REACH = 10  # tokens: "BUENOS AIRES, 3 may ( EFE )"
_MARKS = frozenset("-–—.")


def dateline_end(view: View) -> int:
    """Return the token after a dateline opening the sentence: a word in capitals, then, within a few tokens, an
    agency in capitals between parentheses (and a dash or a full stop after it); 0 when none opens it."""
    tokens = view.tokens
    if not tokens or not tokens[0].is_word or len(tokens[0].text) < 3 or not tokens[0].text.isupper():
        return 0
    opening = next((k for k in range(1, min(len(tokens), _REACH)) if tokens[k].text == "("), None)
    if opening is None:
        return 0
    closing = next((k for k in range(opening + 1, min(len(tokens), opening + 4)) if tokens[k].text == ")"), None)
    if closing is None or closing == opening + 1:
        return 0
    if not all(tokens[k].is_word and tokens[k].text.isupper() for k in range(opening + 1, closing)):
        return 0
    end = closing + 1
    while end < len(tokens) and tokens[end].text in _MARKS:
        end += 1
    return end
