"""Pure: ``GET /alerts`` parameters -> the Elasticsearch request over the alerts index, and a cursor.

Newest first (last updated), ties broken by id; the cursor is the sort values of a page's last alert
(``search_after``), so pages stay put while new alerts arrive.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field

from newsmon.gateway.search.params import LANGUAGE_CODE, MAX_PAGE_SIZE, as_utc
from newsmon.gateway.search.query import TOTAL_HITS_CAP

DEFAULT_SIZE = 20


class BadCursor(ValueError):
    """A cursor this API did not make."""


class AlertSearch(BaseModel):
    """``GET /alerts``: alerts matching every filter given, newest first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: list[str] = Field(default_factory=list, description="Only of these rules (any of them)")
    denier: str | None = Field(default=None, max_length=200, description="Canonical name of who denies")
    lang: str | None = Field(default=None, pattern=LANGUAGE_CODE, description="Only with a report in this language")
    since: datetime | None = Field(default=None, description="Only updated at or after (ISO 8601; UTC if no offset)")
    size: int = Field(default=DEFAULT_SIZE, ge=1, le=MAX_PAGE_SIZE)
    cursor: str | None = Field(default=None, max_length=500, description="next_cursor of the previous page")


def alerts_query(params: AlertSearch) -> dict[str, Any]:
    """The ``_search`` body of ``params``; raises BadCursor when the cursor is not one of ours."""
    filters: list[dict[str, Any]] = []
    if params.rule:
        filters.append({"terms": {"rule_id": params.rule}})
    if params.denier:
        filters.append({"term": {"denier": params.denier}})
    if params.lang:
        filters.append({"term": {"language": params.lang}})
    if params.since:
        filters.append({"range": {"updated_at": {"gte": as_utc(params.since).isoformat()}}})
    body: dict[str, Any] = {
        "query": {"bool": {"filter": filters}},
        "sort": [{"updated_at": "desc"}, {"id": "desc"}],
        "size": params.size,
        "track_total_hits": TOTAL_HITS_CAP,
    }
    if params.cursor:
        body["search_after"] = decode_cursor(params.cursor)
    return body


def encode_cursor(sort: list[Any]) -> str:
    """The cursor after a hit with these sort values. Never raises."""
    return base64.urlsafe_b64encode(orjson.dumps(sort)).decode("ascii")


def decode_cursor(cursor: str) -> list[Any]:
    """The sort values in ``cursor``; raises BadCursor."""
    try:
        values = orjson.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, binascii.Error, orjson.JSONDecodeError) as exc:
        raise BadCursor("cursor: not a cursor of this API") from exc
    if not (
        isinstance(values, list) and len(values) == 2 and isinstance(values[0], int) and isinstance(values[1], str)
    ):
        raise BadCursor("cursor: not a cursor of this API")
    return values


def next_cursor(response: dict[str, Any], size: int) -> str | None:
    """The cursor of the page after ``response``'s, or None when it was the last. Never raises."""
    hits = response["hits"]["hits"]
    return encode_cursor(hits[-1]["sort"]) if len(hits) == size and "sort" in hits[-1] else None
