"""deadletters.py: one factory for every service's dead letters, each valid for the dead-letter topic."""

from __future__ import annotations

from newsmon.core.deadletters import Received, dead_letter, payload_text
from newsmon.core.messages import DeadLetter, decode, encode
from newsmon.core.topics import DEAD_LETTER


def _stored(letter: DeadLetter) -> DeadLetter:
    """``letter`` as the dead-letter topic stores it (so the schema holds it too)."""
    return decode(encode(letter, DEAD_LETTER), DEAD_LETTER, DeadLetter)


def test_payload_text_keeps_any_bytes() -> None:
    assert payload_text(b"{}") == "{}"
    assert payload_text(b"\xff\x00") == "base64:/wA="
    assert payload_text(None) == ""


def test_a_consumed_message_is_kept_whole_with_where_it_came_from() -> None:
    received = Received("ns.denials", 2, 17, b"denial-1", b"\xff not utf-8")
    letter = _stored(dead_letter("indexer", "mapper_parsing_exception", received, attempts=3))
    assert (letter.service, letter.topic, letter.partition, letter.offset) == ("indexer", "ns.denials", 2, 17)
    assert (letter.key, letter.reason, letter.attempts) == ("denial-1", "mapper_parsing_exception", 3)
    assert letter.payload == payload_text(b"\xff not utf-8")


def test_an_input_from_no_topic_keeps_its_text() -> None:
    letter = _stored(dead_letter("fetcher", "not HTML", "https://a.example/x\n%PDF-1.7"))
    assert (letter.topic, letter.partition, letter.key, letter.attempts) == (None, None, None, 1)
    assert letter.payload == "https://a.example/x\n%PDF-1.7"


def test_an_empty_reason_still_makes_a_valid_letter() -> None:
    assert _stored(dead_letter("processor", "", Received("t", None, None, None, None))).reason == "unknown"
