"""search/cursor.py: opaque signed cursors bound to one search (pure)."""

from __future__ import annotations

import pytest

from newsmon.gateway.search.cursor import Cursor, CursorError, decode_cursor, encode_cursor, fingerprint

KEY = b"k" * 32
QUERY = fingerprint("articles", {"q": "bantah", "lang": None})
CURSOR = Cursor("pit-id==", (2.5, 1767225600000, "abc"), QUERY)


def test_a_cursor_round_trips_and_is_url_safe() -> None:
    token = encode_cursor(CURSOR, KEY)
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
    assert decode_cursor(token, KEY, QUERY) == CURSOR


def test_the_fingerprint_ignores_key_order_but_not_values() -> None:
    assert fingerprint("articles", {"lang": None, "q": "bantah"}) == QUERY
    assert fingerprint("articles", {"q": "other", "lang": None}) != QUERY
    assert fingerprint("denials", {"q": "bantah", "lang": None}) != QUERY


def test_a_cursor_of_another_search_is_refused() -> None:
    with pytest.raises(CursorError, match="another search"):
        decode_cursor(encode_cursor(CURSOR, KEY), KEY, fingerprint("articles", {"q": "x"}))


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "a.b",
        encode_cursor(CURSOR, b"another key"),
        encode_cursor(CURSOR, KEY).replace(".", "x."),
        "%%%.%%%",
    ],
)
def test_a_forged_or_broken_cursor_is_refused(token: str) -> None:
    with pytest.raises(CursorError, match="not one this gateway made"):
        decode_cursor(token, KEY, QUERY)
