"""Pure: the user query syntax, parsed into a small tree (never handed to Elasticsearch as text).

    words             every word must match (in any inflection: see ``query``)
    "quoted phrase"   the words in this order
    a OR b            either (OR binds looser than the implicit AND: ``a b OR c`` is ``(a b) OR c``)
    NOT a, -a, -"p"   exclude
    prefix*           any word starting with ``prefix`` (two letters at least)
    ( ... )           grouping

Operators are upper case (``or`` is an ordinary word); ``AND`` may be written but is implied. Words without a
letter or digit (stray punctuation) are ignored. Anything else that cannot be read is a
:class:`QuerySyntaxError` whose message says what and where, for a 400 answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

MAX_LEAVES = 16
MAX_DEPTH = 8
MIN_PREFIX = 2

_TOKEN = regex.compile(r'(?P<space>\s+)|(?P<paren>[()])|(?P<phrase>"[^"]*")|(?P<quote>")|(?P<word>[^\s()"]+)')
_WORD_CHAR = regex.compile(r"\w")
_OPERATORS = frozenset({"OR", "AND", "NOT"})


class QuerySyntaxError(ValueError):
    """A query that cannot be read; the message says what is wrong and at which character (from 1)."""


@dataclass(frozen=True, slots=True)
class Match:
    """Words in this order (one word, or a quoted phrase), in any inflection; with ``prefix``, any word
    starting with ``text`` (lower case)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Not:
    """Excludes what ``child`` matches."""

    child: Node


@dataclass(frozen=True, slots=True)
class Group:
    """Every child must match, or at least one with ``any``."""

    children: tuple[Node, ...]
    any: bool = False


Node = Match | Not | Group


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "OR", "AND", "NOT", "-" or "leaf"
    at: int  # character position, from 1
    leaf: Match | None = None


def parse(q: str | None) -> Node | None:
    """The tree of ``q``, or None when it holds nothing to search for (empty, or punctuation only).

    Raises QuerySyntaxError for an unclosed quote, unbalanced or empty parentheses, an operator without an
    operand, a misplaced ``*``, more than MAX_LEAVES words and phrases or groups nested deeper than MAX_DEPTH."""
    tokens = list(_tokens(q or ""))
    if not tokens:
        return None
    parser = _Parser(tokens)
    node = parser.expression(depth=0)
    if parser.peek() is not None:
        raise QuerySyntaxError(f"unmatched ')' at character {tokens[parser.index].at}")
    if node is None:
        return None
    if sum(1 for _ in leaves(node)) > MAX_LEAVES:
        raise QuerySyntaxError(f"too many words and phrases: at most {MAX_LEAVES}")
    return node


def leaves(node: Node, *, negated: bool = False) -> Iterator[tuple[Match, bool]]:
    """Every word, phrase and prefix of ``node``, with whether it sits under a NOT (an odd number of them)."""
    if isinstance(node, Not):
        yield from leaves(node.child, negated=not negated)
    elif isinstance(node, Group):
        for child in node.children:
            yield from leaves(child, negated=negated)
    else:
        yield node, negated


def _tokens(q: str) -> Iterator[_Token]:
    for match in _TOKEN.finditer(q):
        at = match.start() + 1
        if match["quote"]:
            raise QuerySyntaxError(f"unclosed quote at character {at}: close it, or remove it")
        if match["paren"]:
            yield _Token(match["paren"], at)
        elif match["phrase"]:
            text = match["phrase"][1:-1].strip()
            if _WORD_CHAR.search(text):
                yield _Token("leaf", at, Match(" ".join(text.split())))
        elif match["word"]:
            yield from _word(match["word"], at)


def _word(word: str, at: int) -> Iterator[_Token]:
    if word in _OPERATORS:
        yield _Token(word, at)
        return
    if word.startswith("-"):
        yield _Token("-", at)
        word, at = word.lstrip("-"), at + len(word) - len(word.lstrip("-"))
        if not word:
            return  # a lone "-" before a phrase or group; followed by a space it is punctuation (see _Parser)
    if "*" in word:
        yield _Token("leaf", at, _prefix(word, at))
    elif _WORD_CHAR.search(word):
        yield _Token("leaf", at, Match(word))


def _prefix(word: str, at: int) -> Match:
    stem = word[:-1]
    if "*" in stem or not word.endswith("*"):
        raise QuerySyntaxError(f"'*' at character {at + word.index('*')} must end a word (prefix*)")
    if len(_WORD_CHAR.findall(stem)) < MIN_PREFIX:
        raise QuerySyntaxError(f"'{word}' at character {at}: a prefix needs at least {MIN_PREFIX} letters before '*'")
    return Match(stem.lower(), prefix=True)


class _Parser:
    """Recursive descent over the tokens: expression = conjunction (OR conjunction)*,
    conjunction = unary ([AND] unary)*, unary = (NOT | -) unary | ( expression ) | leaf."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expression(self, depth: int) -> Node | None:
        if depth > MAX_DEPTH:
            raise QuerySyntaxError(f"groups nested deeper than {MAX_DEPTH}")
        alternatives = [self._conjunction(depth)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            alternatives.append(self._conjunction(depth))
            if alternatives[0] is None or alternatives[-1] is None:
                raise QuerySyntaxError(f"OR at character {token.at} needs something to search on each side")
        present = [node for node in alternatives if node is not None]
        if len(present) <= 1:
            return present[0] if present else None
        return Group(tuple(present), any=True)

    def _conjunction(self, depth: int) -> Node | None:
        parts: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("OR", ")"):
            if token.kind == "AND":
                self.take()
                if not parts or (following := self.peek()) is None or following.kind in ("OR", ")", "AND"):
                    raise QuerySyntaxError(f"AND at character {token.at} needs something to search on each side")
                continue
            node = self._unary(depth)
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Group(tuple(parts))

    def _unary(self, depth: int) -> Node | None:
        token = self.take()
        if token.kind in ("NOT", "-"):
            following = self.peek()
            attached = following is not None and following.at == token.at + 1
            if token.kind == "-" and not attached:
                return None  # a dash between words is punctuation
            if following is None or following.kind in ("OR", "AND", ")"):
                raise QuerySyntaxError(f"{token.kind} at character {token.at} needs a word, phrase or group after it")
            child = self._unary(depth)
            return Not(child) if child is not None else None
        if token.kind == "(":
            node = self.expression(depth + 1)
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise QuerySyntaxError(f"'(' at character {token.at} is never closed")
            self.take()
            if node is None:
                raise QuerySyntaxError(f"empty parentheses at character {token.at}")
            return node
        if token.kind == ")":
            raise QuerySyntaxError(f"unmatched ')' at character {token.at}")
        assert token.leaf is not None  # the only other kind
        return token.leaf
