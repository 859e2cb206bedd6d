"""Pages of results and their cursors: one search, and the cursor of the page after it.

The first page is searched in the live index. Only when a further page exists is a point in time opened,
and the cursor names it with the sort values of the page's last result; every following page is read
from that point in time with ``search_after``, so articles indexed meanwhile neither shift nor repeat
results (the sorts end with the document id, so ties never break differently). The point in time is kept
``keep_alive`` after each page read; a cursor used later is refused (:class:`PointInTimeExpired`).
Points in time are opened lazily so that the many searches that fit in one page never hold one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsmon.core.indices import Index
from newsmon.gateway.search.backend import SearchBackend
from newsmon.gateway.search.cursor import Cursor, decode_cursor, encode_cursor, fingerprint
from newsmon.gateway.search.params import Paging

Body = dict[str, Any]
BuildQuery = Callable[[list[Any] | None], Body]


@dataclass(frozen=True, slots=True)
class Page:
    """One ``_search`` response cut to the page's size, and the cursor of the next page (None at the end)."""

    response: dict[str, Any]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class Paginator:
    """Signs cursors with ``key`` and keeps their points in time ``keep_alive_seconds`` after each page."""

    key: bytes
    keep_alive_seconds: int

    async def page(self, backend: SearchBackend, index: Index, params: Paging, build: BuildQuery) -> Page:
        """The page of ``params`` (after its cursor, if any) of the search ``build(search_after)`` makes.

        Raises CursorError for a cursor of another search or not made here, PointInTimeExpired when its
        point in time is gone, QuerySyntaxError from ``build``, SearchUnavailable or SearchRejected."""
        query = fingerprint(index.kind, params.search_fields())
        cursor = decode_cursor(params.cursor, self.key, query) if params.cursor else None
        body = build(list(cursor.after) if cursor else None)
        body["size"] = params.size + 1  # one more than shown tells whether a next page exists
        if cursor is not None:
            body["pit"] = {"id": cursor.pit, "keep_alive": self._keep_alive}
        response = await backend.search(index, body)
        hits: list[dict[str, Any]] = response["hits"]["hits"]
        if len(hits) <= params.size:
            return Page(response, None)
        del hits[params.size :]
        pit = response.get("pit_id") or await backend.open_point_in_time(index, self._keep_alive)
        return Page(response, encode_cursor(Cursor(str(pit), tuple(hits[-1]["sort"]), query), self.key))

    @property
    def _keep_alive(self) -> str:
        return f"{self.keep_alive_seconds}s"
