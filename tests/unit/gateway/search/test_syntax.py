"""search/syntax.py: the user query syntax, read into a tree, with clear errors (pure)."""

from __future__ import annotations

import pytest

from newsmon.gateway.search.syntax import MAX_LEAVES, Group, Match, Not, QuerySyntaxError, leaves, parse


def test_words_phrases_and_exclusions() -> None:
    assert parse('bantah "White  House" -rumour -"fake news" NOT hoax') == Group(
        (Match("bantah"), Match("White House"), Not(Match("rumour")), Not(Match("fake news")), Not(Match("hoax")))
    )


def test_or_binds_looser_than_and_and_groups_change_that() -> None:
    assert parse("a b OR c") == Group((Group((Match("a"), Match("b"))), Match("c")), any=True)
    assert parse("a (b OR c)") == Group((Match("a"), Group((Match("b"), Match("c")), any=True)))
    assert parse("a AND b") == Group((Match("a"), Match("b")))
    assert parse("-(a OR b)") == Not(Group((Match("a"), Match("b")), any=True))


def test_prefixes_and_ordinary_words() -> None:
    assert parse("Denie* or covid-19") == Group((Match("denie", prefix=True), Match("or"), Match("covid-19")))


@pytest.mark.parametrize("q", [None, "", "   ", '"" - -- ...', "a - b"])
def test_nothing_to_search_or_punctuation_between_words(q: str | None) -> None:
    node = parse(q)
    assert node is None or node == Group((Match("a"), Match("b")))


def test_leaves_know_whether_they_are_excluded() -> None:
    node = parse('a -(b OR "c d") NOT NOT e')
    assert node is not None
    assert list(leaves(node)) == [(Match("a"), False), (Match("b"), True), (Match("c d"), True), (Match("e"), False)]


@pytest.mark.parametrize(
    ("q", "reason"),
    [
        ('"white house', "unclosed quote at character 1"),
        ("(a OR b", "'(' at character 1 is never closed"),
        ("a) b", "unmatched ')' at character 2"),
        ("a ()", "empty parentheses at character 3"),
        ("OR a", "OR at character 1 needs something to search on each side"),
        ("a OR", "OR at character 3 needs something"),
        ("a AND", "AND at character 3 needs something"),
        ("a NOT", "NOT at character 3 needs a word"),
        ("a*b", "'*' at character 2 must end a word"),
        ("d*", "a prefix needs at least 2 letters"),
        ("*", "a prefix needs at least 2 letters"),
        (" ".join(["w"] * (MAX_LEAVES + 1)), f"at most {MAX_LEAVES}"),
        ("(" * 10 + "a" + ")" * 10, "nested deeper"),
    ],
)
def test_errors_say_what_and_where(q: str, reason: str) -> None:
    with pytest.raises(QuerySyntaxError, match=reason.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
        parse(q)
