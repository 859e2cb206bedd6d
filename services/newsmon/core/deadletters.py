"""Dead letters, made in one place for every service (STYLE habit 5): what could not be processed, kept
whole with the reason, so that nothing is lost and anything can be replayed."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from newsmon.core.messages import DeadLetter, Service

# How much of an input too large to keep whole (a fetched page, an archive line) a dead letter keeps.
EXCERPT_CHARS = 300


@dataclass(frozen=True, slots=True)
class Received:
    """A consumed message: where it came from (``topic`` is the name on the broker) and its raw bytes."""

    topic: str
    partition: int | None
    offset: int | None
    key: bytes | None
    value: bytes | None


def payload_text(raw: bytes | None) -> str:
    """Keep any payload for the dead-letter topic: UTF-8 text as is, other bytes as ``base64:``."""
    if raw is None:
        return ""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(raw).decode("ascii")


def excerpt(content: bytes | str) -> str:
    """The first :data:`EXCERPT_CHARS` characters of ``content`` (bytes read as UTF-8, bad bytes replaced),
    to keep in a dead letter the start of an input too large to keep whole. Never raises."""
    if isinstance(content, bytes):
        # A character is at most 4 bytes in UTF-8: no need to decode more.
        content = content[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    return content[:EXCERPT_CHARS]


def dead_letter(service: Service, reason: str, origin: Received | str, attempts: int = 1) -> DeadLetter:
    """Return the dead letter of ``origin``: a consumed message (kept whole with where it came from), or
    the text of an input that came from no topic (the fetcher's URLs and pages). Never raises."""
    # The schema wants a reason: an exception without a message must not make the letter itself poison.
    reason = reason or "unknown"
    if isinstance(origin, str):
        return DeadLetter(service=service, topic=None, payload=origin, reason=reason, attempts=attempts)
    return DeadLetter(
        service=service,
        topic=origin.topic,
        partition=origin.partition,
        offset=origin.offset,
        key=None if origin.key is None else payload_text(origin.key),
        payload=payload_text(origin.value),
        reason=reason,
        attempts=attempts,
    )
