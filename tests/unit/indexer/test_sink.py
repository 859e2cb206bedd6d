"""sink.py: per-item retries with backoff, and a verdict for every item (with a fake bulk function)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsmon.core.deadletters import Received
from newsmon.core.errors import TransientError
from newsmon.core.retry import RetryPolicy
from newsmon.indexer.documents import Document
from newsmon.indexer.sink import Action, BulkSink, ItemResult

POLICY = RetryPolicy(max_attempts=3, initial_backoff=0.5, max_backoff=0.75)


def _action(doc_id: str) -> Action:
    return Action("test-articles", Document(doc_id, {"id": doc_id}), Received("t", 0, 0, doc_id.encode(), b"{}"))


class FakeBulk:
    """Answers each call with the next list of statuses (one per pending action), recording the calls."""

    def __init__(self, *rounds: Sequence[int], error: str = "boom") -> None:
        self.rounds = list(rounds)
        self.calls: list[list[str]] = []
        self.error = error

    def __call__(self, actions: Sequence[Action]) -> list[ItemResult]:
        self.calls.append([action.document.id for action in actions])
        statuses = self.rounds.pop(0)
        return [ItemResult(s, None if s < 300 else self.error) for s in statuses]


def _sink(bulk: FakeBulk, sleeps: list[float]) -> BulkSink:
    return BulkSink(bulk, POLICY, sleep=sleeps.append)


def test_a_clean_batch_is_one_request() -> None:
    sleeps: list[float] = []
    bulk = FakeBulk([201, 200])
    result = _sink(bulk, sleeps).write([_action("a"), _action("b")])
    assert [a.document.id for a in result.indexed] == ["a", "b"]
    assert (result.rejected, result.retries, bulk.calls, sleeps) == ([], 0, [["a", "b"]], [])


def test_only_the_items_refused_for_load_are_retried_after_a_backoff() -> None:
    sleeps: list[float] = []
    bulk = FakeBulk([201, 429, 503], [200, 201])
    result = _sink(bulk, sleeps).write([_action("a"), _action("b"), _action("c")])
    assert bulk.calls == [["a", "b", "c"], ["b", "c"]]
    assert sorted(a.document.id for a in result.indexed) == ["a", "b", "c"]
    assert (result.retries, sleeps) == (2, [0.5])


def test_a_mapping_error_is_rejected_at_once_with_the_reason() -> None:
    sleeps: list[float] = []
    bulk = FakeBulk([400, 201], error="document_parsing_exception: failed to parse field [published]")
    result = _sink(bulk, sleeps).write([_action("a"), _action("b")])
    (rejected,) = result.rejected
    assert (rejected.service, rejected.key, rejected.payload) == ("indexer", "a", "{}")
    assert rejected.reason == "400 document_parsing_exception: failed to parse field [published]"
    assert (rejected.attempts, len(bulk.calls), sleeps) == (1, 1, [])


def test_an_item_that_keeps_failing_is_given_up_after_max_attempts() -> None:
    sleeps: list[float] = []
    bulk = FakeBulk([503], [503], [503])
    result = _sink(bulk, sleeps).write([_action("a")])
    (rejected,) = result.rejected
    assert rejected.reason == "gave up after 3 attempts: 503 boom"
    assert rejected.attempts == 3
    assert sleeps == [0.5, 0.75]  # doubling, capped at max_backoff
    assert result.indexed == []


def test_a_failed_request_raises_transient_error() -> None:
    def unreachable(actions: Sequence[Action]) -> list[ItemResult]:
        raise TransientError("Elasticsearch unreachable")

    with pytest.raises(TransientError):
        BulkSink(unreachable, POLICY).write([_action("a")])


def test_an_answer_that_does_not_match_the_request_is_transient() -> None:
    with pytest.raises(TransientError, match="answered 1 items for 2"):
        _sink(FakeBulk([200]), []).write([_action("a"), _action("b")])


def test_nothing_to_write_sends_nothing() -> None:
    bulk = FakeBulk()
    assert _sink(bulk, []).write([]).indexed == []
    assert bulk.calls == []
