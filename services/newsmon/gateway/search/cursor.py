"""Pure: the opaque ``next_cursor`` of a page of results, signed so that only this gateway's cursors are read.

A cursor holds the point in time (Elasticsearch's frozen view of the index) that the following pages are
read from, the sort values of the last result shown (``search_after``), and a fingerprint of the query it
belongs to. It is ``base64url(JSON).base64url(HMAC-SHA256)``: a client can read it but not forge one, so
the gateway never hands a point-in-time id or sort values it did not make itself to Elasticsearch.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

_SIGNATURE_BYTES = 16
_VERSION = 1


class CursorError(ValueError):
    """A cursor that is malformed, was not signed by this gateway, or belongs to another query."""


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: inside point in time ``pit``, after the result sorted ``after``."""

    pit: str
    after: tuple[Any, ...]
    query: str  # fingerprint of the search the cursor continues


def fingerprint(kind: str, params: dict[str, Any]) -> str:
    """A short digest of what a search asks (``kind`` and its parameters except paging), so that a cursor is
    only accepted by the same search. Never raises for JSON-able ``params``."""
    canonical = json.dumps([kind, params], sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def encode_cursor(cursor: Cursor, key: bytes) -> str:
    """``cursor`` as an opaque URL-safe token signed with ``key``. Never raises for JSON sort values."""
    payload = json.dumps(
        {"v": _VERSION, "pit": cursor.pit, "after": list(cursor.after), "q": cursor.query}, separators=(",", ":")
    ).encode("utf-8")
    return f"{_b64(payload)}.{_b64(_sign(payload, key))}"


def decode_cursor(token: str, key: bytes, query: str) -> Cursor:
    """The cursor in ``token`` for the search fingerprinted ``query``.

    Raises CursorError when the token is malformed, its signature is not ``key``'s, or it was made for
    another search."""
    payload_part, _, signature_part = token.partition(".")
    try:
        payload, signature = _unb64(payload_part), _unb64(signature_part)
    except (binascii.Error, ValueError) as exc:
        raise CursorError("the cursor is not one this gateway made (malformed)") from exc
    if not hmac.compare_digest(signature, _sign(payload, key)):
        raise CursorError("the cursor is not one this gateway made (bad signature)")
    try:
        document = json.loads(payload)
        cursor = Cursor(str(document["pit"]), tuple(document["after"]), str(document["q"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise CursorError("the cursor is not one this gateway made (unreadable)") from exc
    if document.get("v") != _VERSION:
        raise CursorError("the cursor comes from another version of the gateway: start the search again")
    if cursor.query != query:
        raise CursorError("the cursor belongs to another search: send it with the same q, filters and sort")
    return cursor


def _sign(payload: bytes, key: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()[:_SIGNATURE_BYTES]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not text:
        raise ValueError("empty")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
