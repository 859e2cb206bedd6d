"""The regular expression of a pattern word read as text: where a group closes, the word without its lookarounds,
whether its every match is a whole word of the text, the last words of an alternation, and what a match of a
pattern's body can begin with.

Kept apart from ``lexicon``, which compiles patterns and searches text with them: these functions only scan regex
syntax (escapes, character sets, groups, lookarounds) for what ``lexicon`` derives from it: the words every match
of a pattern holds (``required_words``, ``anchor_regex``), its optional words, and the characters a match can
begin with (``Lexicon``'s dispatch).
"""

from __future__ import annotations

import regex

from newsmon.nlp.denials.required import MAX_JOINERS

# A pattern word whose every match is one of the words ``required.sentence_words`` gives: word characters (letter
# classes too) and the regex syntax around them only, a joiner only after a word character ("no-one",
# "haven['’]t", "d['’]"), up to ``MAX_JOINERS`` of them. Quotation marks, other punctuation ("mr\.", "«\w+»"),
# white space and a joiner opening the word ("’s") are no part of a word of the text.
_INLINE_FLAGS = regex.compile(r"\(\?[-i]*:")
_WORD_ESCAPE = regex.compile(r"\\[wd]")
_JOINER_CLASS = regex.compile(r"\[[-'’]+\]")
_WHOLE = regex.compile(r"(?:[\w()|?*+{},\[\]]|\\p\{L[lu]?\}|(?<=[\w)\]}])['’-])*")


def whole_word(word: str) -> bool:
    """True when every match of the pattern word ``word`` is one of the words ``required.sentence_words`` gives."""
    plain = _JOINER_CLASS.sub("'", _WORD_ESCAPE.sub("a", _INLINE_FLAGS.sub("(", word.replace(r"\x27", "'"))))
    # (an alternative's joiners, counted between its bars, nested groups aside)
    joiners = max(sum(piece.count(joiner) for joiner in "-'’") for piece in plain.split("|"))
    return joiners <= MAX_JOINERS and _WHOLE.fullmatch(plain) is not None


_LOOKAROUNDS = ("(?<=", "(?<!", "(?=", "(?!")


def without_lookarounds(token: str) -> str | None:
    """Return a pattern word without the lookbehind before it and the lookahead after it
    ("(?<=(disse|diz)\\s)(não|nunca)" -> "(não|nunca)", "(contesta)(?!… na justiça)" -> "(contesta)"): the word is
    matched alone, where a lookaround sees nothing of its neighbours. None when a lookaround stands elsewhere."""
    while token.startswith(("(?<=", "(?<!")):
        token = token[closing_parenthesis(token, 0) + 1 :]
    ahead = _trailing_lookahead(token)
    while ahead is not None:
        token = token[:ahead]
        ahead = _trailing_lookahead(token)
    return token if token and not any(mark in token for mark in _LOOKAROUNDS) else None


def _trailing_lookahead(token: str) -> int | None:
    """Return where a lookahead group closing ``token`` starts, or None."""
    depth = 0
    for index, char in enumerate(token):
        if char == "(" and depth == 0 and token.startswith(("(?=", "(?!"), index):
            return index if closing_parenthesis(token, index) == len(token) - 1 else None
        depth += (char == "(") - (char == ")")
    return None


def last_words(token: str) -> str | None:
    """Return the group of the last words of a plain alternation "(a b|c)" -> "(b|c)"; None for any other
    group (nested, or an alternative with no word)."""
    if not token.startswith("(") or closing_parenthesis(token, 0) != len(token) - 1 or "(" in token[1:-1]:
        return None
    last = [alternative.split()[-1] if alternative.split() else "" for alternative in token[1:-1].split("|")]
    return None if not all(last) else "(" + "|".join(last) + ")"


def closing_parenthesis(source: str, start: int) -> int:
    """Return the index of the parenthesis of regex ``source`` that closes the one at ``start`` (escapes and
    character sets skipped), or -1."""
    depth = 0
    in_set = False
    i = start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return i
        i += 1
    return -1


# A lookbehind (its parenthesis not escaped).
_LOOKBEHIND = regex.compile(r"(?<!\\)\(\?<[=!]")


def beginning(body: str, flags: int) -> regex.Pattern[str] | None:
    """Return the regex that tells whether a match of a pattern's ``body`` can begin with a character (a
    partial match of the character): the body without its lookbehinds, which only narrow what it matches and
    look at what stands before the character. None (a match can begin with anything) when that fails."""
    relaxed = body
    opening = _LOOKBEHIND.search(relaxed)
    while opening is not None:
        closing = closing_parenthesis(relaxed, opening.start())
        if closing < 0:
            return None
        relaxed = relaxed[: opening.start()] + relaxed[closing + 1 :]
        opening = _LOOKBEHIND.search(relaxed)
    try:
        return regex.compile(relaxed, flags)
    except regex.error:
        return None
