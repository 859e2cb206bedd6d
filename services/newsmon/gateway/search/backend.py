"""Where searches are answered: the :class:`SearchBackend` protocol and its Elasticsearch implementation.

The routes depend on the protocol only (tests inject a fake). Elasticsearch's failures are wrapped in
errors, told apart because the client can do something different about them:
:class:`SearchUnavailable` (node unreachable, busy or failing: try later), :class:`SearchRejected`
(the node refused the request itself) and :class:`PointInTimeExpired` (a cursor outlived its view).
"""

from __future__ import annotations

from typing import Any, Protocol

from elastic_transport import TransportError
from elasticsearch import ApiError, AsyncElasticsearch, NotFoundError

from newsmon.core.errors import NewsmonError, TransientError
from newsmon.core.indices import ALL_INDICES, Index
from newsmon.core.metrics import STAGE_SECONDS
from newsmon.core.retry import retryable_status

SERVICE = "gateway"


class SearchUnavailable(TransientError):
    """Elasticsearch cannot answer now (unreachable, timed out, overloaded or failing)."""


class SearchRejected(NewsmonError):
    """Elasticsearch refused the request (e.g. a query too complex); the message says why."""


class PointInTimeExpired(NewsmonError):
    """The point in time a cursor reads from has expired (or the node restarted): start the search again."""


class SearchBackend(Protocol):
    """Answers searches over the indices of :mod:`newsmon.core.indices`."""

    async def search(self, index: Index, body: dict[str, Any]) -> dict[str, Any]:
        """The ``_search`` response for ``body``; no hits when the index does not exist yet. A body with a
        ``pit`` searches that point in time (of ``index``) instead of the live index.

        Raises SearchUnavailable, SearchRejected, or PointInTimeExpired when the body's ``pit`` is gone."""
        ...

    async def open_point_in_time(self, index: Index, keep_alive: str) -> str:
        """The id of a new point in time of ``index`` kept ``keep_alive`` (e.g. "5m") after each use.

        Raises SearchUnavailable or SearchRejected."""
        ...

    async def get(self, index: Index, doc_id: str) -> dict[str, Any] | None:
        """The stored document ``doc_id`` (its ``_source``), or None if absent. Raises SearchUnavailable."""
        ...

    async def readiness(self) -> list[str]:
        """What keeps the backend from answering: an empty list when it is ready. Never raises."""
        ...


class ElasticsearchBackend:
    """A :class:`SearchBackend` over an ``AsyncElasticsearch`` client and the namespace's indices."""

    def __init__(self, client: AsyncElasticsearch, namespace: str) -> None:
        self._client = client
        self._namespace = namespace

    async def search(self, index: Index, body: dict[str, Any]) -> dict[str, Any]:
        """See :meth:`SearchBackend.search`."""
        name = index.qualified(self._namespace)
        # A point in time names its indices itself; the search may not name them again.
        where: dict[str, Any] = (
            {} if "pit" in body else {"index": name, "ignore_unavailable": True, "allow_no_indices": True}
        )
        with STAGE_SECONDS.labels(service=SERVICE, stage=f"search_{index.kind}").time():
            try:
                response = await self._client.search(body=body, **where)
            except NotFoundError as exc:
                if "pit" not in body:
                    raise _wrap(exc, f"search in {name}") from exc
                raise PointInTimeExpired(f"the search's point in time expired: {_explain(exc)}") from exc
            except (ApiError, TransportError) as exc:
                raise _wrap(exc, f"search in {name}") from exc
        return dict(response.body)

    async def open_point_in_time(self, index: Index, keep_alive: str) -> str:
        """See :meth:`SearchBackend.open_point_in_time`."""
        name = index.qualified(self._namespace)
        try:
            response = await self._client.open_point_in_time(index=name, keep_alive=keep_alive)
        except (ApiError, TransportError) as exc:
            raise _wrap(exc, f"opening a point in time of {name}") from exc
        return str(response["id"])

    async def get(self, index: Index, doc_id: str) -> dict[str, Any] | None:
        """See :meth:`SearchBackend.get`."""
        name = index.qualified(self._namespace)
        # A search by id, as a get cannot read an alias over several buckets (within a second of refresh).
        body = {"query": {"ids": {"values": [doc_id]}}, "size": 1, "track_total_hits": False}
        with STAGE_SECONDS.labels(service=SERVICE, stage=f"get_{index.kind}").time():
            try:
                response = await self._client.search(
                    index=name, body=body, ignore_unavailable=True, allow_no_indices=True
                )
            except NotFoundError:
                return None  # no index yet: no such document, to the caller
            except (ApiError, TransportError) as exc:
                raise _wrap(exc, f"get from {name}") from exc
        hits = response["hits"]["hits"]
        return dict(hits[0]["_source"]) if hits else None

    async def readiness(self) -> list[str]:
        """See :meth:`SearchBackend.readiness`."""
        problems = []
        for index in ALL_INDICES:
            name = index.qualified(self._namespace)
            try:
                if not await self._client.indices.exists(index=name):
                    problems.append(f"the {index.kind} index does not exist yet (the indexer creates it)")
            except (ApiError, TransportError):
                return ["the search engine is unreachable"]
        return problems


# Elasticsearch answers a few queries it cannot compile (a very long word makes too large an automaton, too
# many clauses) with a 500: that is the query's fault, refused (400) rather than "try later" (503).
QUERY_FAULTS = frozenset({"too_complex_to_determinize_exception", "too_many_clauses", "too_many_nested_clauses"})


def _wrap(exc: ApiError | TransportError, doing: str) -> NewsmonError:
    """The newsmon error for a failure of the client while ``doing`` something."""
    if isinstance(exc, TransportError):
        return SearchUnavailable(f"Elasticsearch unreachable ({doing}): {exc}")
    status = exc.meta.status
    if retryable_status(status) and _root_cause(exc).get("type") not in QUERY_FAULTS:
        return SearchUnavailable(f"Elasticsearch failed ({doing}): {status} {_explain(exc)}")
    return SearchRejected(f"Elasticsearch refused the request ({doing}): {_explain(exc)}")


def _root_cause(exc: ApiError) -> dict[str, Any]:
    """The first root cause Elasticsearch gives (its top-level message only names the phase), or {}."""
    error = exc.body.get("error") if isinstance(exc.body, dict) else None
    causes = error.get("root_cause") if isinstance(error, dict) else None
    return causes[0] if causes and isinstance(causes[0], dict) else {}


def _explain(exc: ApiError) -> str:
    """The type and reason of the first root cause, or the error's message when there is none."""
    cause = _root_cause(exc)
    if cause:
        return f"{cause.get('type')}: {cause.get('reason')}"
    return str(exc.message)
