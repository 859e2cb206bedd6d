"""Writing documents to Elasticsearch in bulk, with per-item retries and a verdict for every item.

The retry logic (:class:`BulkSink`) is written against a plain bulk function so that it can be tested
without a node; :func:`elasticsearch_bulk` is that function over the official client's bulk helper.
An item rejected with 429, 408 or 5xx is retried with exponential backoff and given up (rejected, for the
dead-letter topic) after ``max_attempts``; any other rejection (a mapping error, 400) can never succeed
and is rejected at once with Elasticsearch's reason. A failure of the whole request (node unreachable)
raises :class:`TransientError`: the caller retries the batch, since nothing is wrong with its messages.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, helpers

from newsmon.core.deadletters import Received, dead_letter
from newsmon.core.errors import TransientError
from newsmon.core.messages import DeadLetter
from newsmon.core.retry import RetryPolicy, retryable_status
from newsmon.indexer import SERVICE
from newsmon.indexer.documents import Document


@dataclass(frozen=True, slots=True)
class Action:
    """Index ``document`` into ``index`` (creating or overwriting the document with its id)."""

    index: str
    document: Document
    origin: Received  # the message the document was made of, kept whole for the dead-letter topic


@dataclass(frozen=True, slots=True)
class ItemResult:
    """Elasticsearch's answer for one item: HTTP-like ``status`` and, on failure, the ``error`` reason."""

    status: int
    error: str | None = None


@dataclass(slots=True)
class WriteResult:
    """What became of a batch: the actions indexed, the dead letters of those rejected (with the reason and
    how often each was tried), and how many item retries it took."""

    indexed: list[Action] = field(default_factory=list)
    rejected: list[DeadLetter] = field(default_factory=list)
    retries: int = 0


BulkFunction = Callable[[Sequence[Action]], Sequence[ItemResult]]
"""Sends actions in one bulk request; returns one result per action, in order; raises TransientError."""


class BulkSink:
    """Writes batches through a :data:`BulkFunction`, retrying transient item failures with backoff."""

    def __init__(self, bulk: BulkFunction, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> None:
        self._bulk = bulk
        self._policy = policy
        self._sleep = sleep

    def write(self, actions: Sequence[Action]) -> WriteResult:
        """Index ``actions``; returns which were indexed and which were rejected (with reasons).

        Raises TransientError (from the bulk function) when a whole request fails; documents already
        written stay written, and writing them again overwrites them.
        """
        result = WriteResult()
        pending = list(actions)
        attempt = 0
        while pending:
            attempt += 1
            answers = self._bulk(pending)
            if len(answers) != len(pending):
                raise TransientError(f"bulk answered {len(answers)} items for {len(pending)} actions")
            retry: list[Action] = []
            for action, answer in zip(pending, answers, strict=True):
                if 200 <= answer.status < 300:
                    result.indexed.append(action)
                elif retryable_status(answer.status) and not self._policy.exhausted(attempt):
                    retry.append(action)
                else:
                    reason = f"{answer.status} {answer.error or 'no reason given'}"
                    if retryable_status(answer.status):
                        reason = f"gave up after {attempt} attempts: {reason}"
                    result.rejected.append(dead_letter(SERVICE, reason, action.origin, attempt))
            if retry:
                result.retries += len(retry)
                self._sleep(self._policy.backoff(attempt))
            pending = retry
        return result


def elasticsearch_bulk(client: Elasticsearch, max_chunk_bytes: int = 50 * 1024 * 1024) -> BulkFunction:
    """A :data:`BulkFunction` over ``client`` and ``helpers.streaming_bulk`` (which never retries here)."""

    def bulk(actions: Sequence[Action]) -> list[ItemResult]:
        operations = (
            {"_op_type": "index", "_index": a.index, "_id": a.document.id, "_source": a.document.source}
            for a in actions
        )
        try:
            return [
                _item_result(item)
                for _ok, item in helpers.streaming_bulk(
                    client,
                    operations,
                    chunk_size=max(1, len(actions)),
                    max_chunk_bytes=max_chunk_bytes,
                    raise_on_error=False,
                    raise_on_exception=True,
                    max_retries=0,
                )
            ]
        except ApiError as exc:
            if retryable_status(exc.meta.status):
                raise TransientError(f"bulk request failed: {exc.meta.status} {exc.message}") from exc
            # The whole request was refused (e.g. too large): its items can never succeed as sent.
            return [ItemResult(exc.meta.status, str(exc.message))] * len(actions)
        except TransportError as exc:
            raise TransientError(f"Elasticsearch unreachable: {exc}") from exc

    return bulk


class ElasticsearchPlacements:
    """The :class:`~newsmon.indexer.consumer.Placements` of a node: one ``ids`` search of the read alias."""

    def __init__(self, client: Elasticsearch) -> None:
        self._client = client

    def existing(self, alias: str, ids: Sequence[str]) -> dict[str, str]:
        """The index holding each of ``ids`` found through ``alias``. Raises TransientError.

        A search sees what was refreshed (within a second): a message delivered again has the same
        timestamp, hence the same bucket, so only a newer message for the same id following within that
        second into another bucket could be missed."""
        try:
            response = self._client.search(
                index=alias,
                query={"ids": {"values": list(ids)}},
                source=False,
                size=len(ids),
                track_total_hits=False,
                ignore_unavailable=True,
                allow_no_indices=True,
            )
        except ApiError as exc:
            raise TransientError(f"lookup of stored ids failed: {exc.meta.status} {exc.message}") from exc
        except TransportError as exc:
            raise TransientError(f"Elasticsearch unreachable: {exc}") from exc
        # Sorted by index name so that an id stored twice (before buckets) is always written to the same one.
        hits = sorted(response["hits"]["hits"], key=lambda hit: str(hit["_index"]), reverse=True)
        return {str(hit["_id"]): str(hit["_index"]) for hit in hits}


def _item_result(item: dict[str, Any]) -> ItemResult:
    (answer,) = item.values()
    return ItemResult(int(answer.get("status", 0)), _reason(answer.get("error")))


def _reason(error: Any) -> str | None:
    if error is None:
        return None
    if not isinstance(error, dict):
        return str(error)
    reason = f"{error.get('type', 'error')}: {error.get('reason', '')}"
    cause = error.get("caused_by")
    return f"{reason} (caused by {_reason(cause)})" if cause else reason
