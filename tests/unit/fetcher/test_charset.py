"""charset.py: pages decoded by what they are, whatever they declare."""

from __future__ import annotations

import pytest

from newsmon.fetcher.charset import decode_page

FRENCH = "Le ministère a démenti les informations sur la fermeture de l’aéroport à Genève. " * 4
RUSSIAN = "Министерство транспорта опровергло сообщения о закрытии аэропорта. " * 4


def _page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (_page(FRENCH, '<meta charset="utf-8">').encode("cp1252"), "text/html; charset=utf-8", FRENCH),
        (_page(FRENCH, '<meta charset="iso-8859-1">').encode("utf-8"), "text/html; charset=iso-8859-1", FRENCH),
        (_page(RUSSIAN).encode("cp1251"), "text/html", RUSSIAN),
        (_page(RUSSIAN).encode("koi8-r"), "text/html; charset=koi8-r", RUSSIAN),
        (_page(FRENCH, '<meta charset="no-such-charset">').encode("cp1252"), None, FRENCH),
    ],
    ids=["says-utf8-is-cp1252", "says-latin1-is-utf8", "undeclared-cp1251", "declared-koi8r", "unknown-charset"],
)
def test_the_text_is_read_in_the_charset_it_is_written_in(
    content: bytes, content_type: str | None, expected: str
) -> None:
    assert expected in decode_page(content, content_type)


def test_a_few_invalid_bytes_in_utf8_cost_those_bytes_only() -> None:
    text = decode_page(_page(FRENCH).encode("utf-8").replace(b"fermeture", b"\xff\xfe\xc3"), None)
    assert "Le ministère a démenti les informations sur la \ufffd" in text
