"""consumer.py: the batch loop with a fake consumer, a fake bulk function and a fake dead-letter topic."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import orjson
import pytest
from prometheus_client import REGISTRY

from newsmon.core.deadletters import Received
from newsmon.core.errors import TransientError
from newsmon.core.messages import DeadLetter, Message, encode
from newsmon.core.retry import RetryPolicy
from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS, Topic
from newsmon.indexer.consumer import Indexer, latest_per_document, placed, routes
from newsmon.indexer.documents import Document
from newsmon.indexer.sink import Action, BulkSink, ItemResult
from tests.support.samples import denial_record, enriched_article, indonesian_article

NAMESPACE = "test-loop"
POLICY = RetryPolicy(max_attempts=2, initial_backoff=0.001, max_backoff=0.001)


@dataclass
class FakeRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


class FakeRecords:
    """Hands out the given batches, one per poll, then nothing; counts commits."""

    def __init__(self, *batches: list[FakeRecord]) -> None:
        self.batches = list(batches)
        self.commits = 0
        self.committed: list[dict[tuple[str, int], int]] = []
        self.polls = 0

    def poll(self, timeout_ms: int, max_records: int | None) -> Mapping[Any, Sequence[FakeRecord]]:
        self.polls += 1
        return {"tp": self.batches.pop(0)} if self.batches else {}

    def commit(self, offsets: Mapping[tuple[str, int], int]) -> None:
        self.commits += 1
        self.committed.append(dict(offsets))

    def assigned(self) -> bool:
        return True


class FakeDeadLetters:
    def __init__(self, failures: int = 0) -> None:
        self.letters: list[DeadLetter] = []
        self.failures = failures

    def publish(self, letters: Sequence[DeadLetter]) -> None:
        if self.failures:
            self.failures -= 1
            raise TransientError("broker away")
        self.letters.extend(letters)


class FakeBulk:
    """Indexes into a dict; a status per document id can be forced, and whole requests can fail first."""

    def __init__(self, statuses: dict[str, int] | None = None, failures: int = 0) -> None:
        self.index: dict[tuple[str, str], dict[str, Any]] = {}
        self.statuses = statuses or {}
        self.failures = failures
        self.requests = 0

    def __call__(self, actions: Sequence[Action]) -> list[ItemResult]:
        self.requests += 1
        if self.failures:
            self.failures -= 1
            raise TransientError("Elasticsearch unreachable")
        results = []
        for action in actions:
            status = self.statuses.get(action.document.id, 201)
            if status < 300:
                self.index[(action.index, action.document.id)] = action.document.source
            results.append(ItemResult(status, None if status < 300 else "mapper_parsing_exception: bad"))
        return results


class FakePlacements:
    """Finds ids where ``bulk`` stored them (any bucket behind the alias)."""

    def __init__(self, bulk: FakeBulk) -> None:
        self.bulk = bulk

    def existing(self, alias: str, ids: Sequence[str]) -> dict[str, str]:
        return {i: index for index, i in self.bulk.index if index.startswith(f"{alias}-") and i in ids}


def _record(topic: Topic, message: Message | bytes | None, offset: int, partition: int = 0) -> FakeRecord:
    value = message if isinstance(message, bytes | None) else encode(message, topic)
    return FakeRecord(topic.qualified(NAMESPACE), partition, offset, b"key", value)


def _indexer(
    records: FakeRecords, bulk: FakeBulk, dead: FakeDeadLetters, max_bytes: int = 2_000_000, batch_size: int = 100
) -> Indexer:
    return Indexer(
        records,
        BulkSink(bulk, POLICY, sleep=lambda _: None),
        dead,
        FakePlacements(bulk),
        routes=routes(NAMESPACE),
        batch_size=batch_size,
        batch_max_seconds=0.01,
        backoff=POLICY,
        max_message_bytes=max_bytes,
    )


def test_articles_and_denials_go_to_their_indices_and_the_batch_is_committed() -> None:
    article = indonesian_article()
    records = FakeRecords([_record(ARTICLES_ENRICHED, article, 0), _record(DENIALS, denial_record(article), 0)])
    bulk, dead = FakeBulk(), FakeDeadLetters()
    leg = {"leg": "enriched_to_searchable"}
    searchable = REGISTRY.get_sample_value("newsmon_pipeline_latency_seconds_count", leg) or 0
    stats = _indexer(records, bulk, dead).run(threading.Event(), max_batches=1)
    # Only the article is timed from enrichment to searchable; its denial is not an article.
    assert REGISTRY.get_sample_value("newsmon_pipeline_latency_seconds_count", leg) == searchable + 1
    denial = denial_record(article)
    assert set(bulk.index) == {
        (f"test-loop-articles-{article.fetched_at:%Y.%m}", article.id),
        (f"test-loop-denials-{denial.detected_at:%Y.%m}", denial.id),
    }
    assert (stats.batches, stats.indexed, records.commits, dead.letters) == (1, 2, 1, [])


def test_a_poison_message_is_dead_lettered_at_once_with_its_reason_and_payload() -> None:
    records = FakeRecords(
        [_record(ARTICLES_ENRICHED, b"{not json", 7), _record(ARTICLES_ENRICHED, enriched_article(), 8)]
    )
    bulk, dead = FakeBulk(), FakeDeadLetters()
    stats = _indexer(records, bulk, dead).run(threading.Event(), max_batches=1)
    (letter,) = dead.letters
    assert letter.reason.startswith("articles.enriched: not JSON")
    assert (letter.service, letter.topic, letter.offset, letter.payload, letter.key) == (
        "indexer",
        "test-loop.articles.enriched",
        7,
        "{not json",
        "key",
    )
    assert (stats.poison, stats.indexed, records.commits) == (1, 1, 1)


def test_a_message_over_the_size_cap_is_dead_lettered_undecoded_and_the_next_indexed() -> None:
    huge = enriched_article(body="The harbour was quiet. " * 1000)
    records = FakeRecords([_record(ARTICLES_ENRICHED, huge, 0), _record(ARTICLES_ENRICHED, enriched_article(), 1)])
    bulk, dead = FakeBulk(), FakeDeadLetters()
    stats = _indexer(records, bulk, dead, max_bytes=10_000).run(threading.Event(), max_batches=1)
    (letter,) = dead.letters
    assert "over the cap of 10000" in letter.reason
    assert (stats.poison, stats.indexed, records.commits) == (1, 1, 1)


def test_a_whitespace_only_body_is_never_indexed() -> None:
    document = orjson.loads(encode(enriched_article(), ARTICLES_ENRICHED))
    blank = orjson.dumps(document | {"body": " \n\t\u00a0 "})
    records = FakeRecords([_record(ARTICLES_ENRICHED, blank, 0)])
    bulk, dead = FakeBulk(), FakeDeadLetters()
    stats = _indexer(records, bulk, dead).run(threading.Event(), max_batches=1)
    assert (stats.poison, stats.indexed, bulk.index) == (1, 0, {})
    assert "body" in dead.letters[0].reason


def test_a_document_elasticsearch_refuses_is_dead_lettered_with_the_reason() -> None:
    article = enriched_article()
    records = FakeRecords([_record(ARTICLES_ENRICHED, article, 3)])
    bulk, dead = FakeBulk(statuses={article.id: 400}), FakeDeadLetters()
    stats = _indexer(records, bulk, dead).run(threading.Event(), max_batches=1)
    (letter,) = dead.letters
    assert letter.reason == "400 mapper_parsing_exception: bad"
    assert letter.payload == encode(article, ARTICLES_ENRICHED).decode()
    assert (stats.rejected, stats.indexed, records.commits) == (1, 0, 1)


def test_the_same_article_twice_in_a_batch_is_written_once_the_newest_wins() -> None:
    old, new = enriched_article(title="Old title"), enriched_article(title="New title")
    records = FakeRecords([_record(ARTICLES_ENRICHED, old, 0), _record(ARTICLES_ENRICHED, new, 1)])
    bulk = FakeBulk()
    stats = _indexer(records, bulk, FakeDeadLetters()).run(threading.Event(), max_batches=1)
    assert [doc["title"] for doc in bulk.index.values()] == ["New title"]
    assert (stats.indexed, stats.duplicates) == (1, 1)


def test_an_unreachable_node_is_retried_and_the_batch_committed_only_after() -> None:
    records = FakeRecords([_record(ARTICLES_ENRICHED, enriched_article(), 0)])
    bulk, dead = FakeBulk(failures=2), FakeDeadLetters(failures=1)
    records.batches[0].append(_record(DENIALS, b"", 1))  # a poison message, so dead letters are sent too
    stats = _indexer(records, bulk, dead).run(threading.Event(), max_batches=1)
    assert (bulk.requests, len(bulk.index), len(dead.letters), records.commits) == (3, 1, 1, 1)
    assert stats.retries == 2 + 1


def test_the_next_batch_is_polled_while_one_is_written_and_each_commits_only_its_own_offsets() -> None:
    first, second = enriched_article(title="First"), enriched_article(url="https://example.org/2", title="Second")
    records = FakeRecords(
        [_record(ARTICLES_ENRICHED, first, 4), _record(ARTICLES_ENRICHED, first, 9, partition=1)],
        [_record(ARTICLES_ENRICHED, second, 5)],
    )
    polled_during_write: list[int] = []

    class Slow(FakeBulk):
        def __call__(self, actions: Sequence[Action]) -> list[ItemResult]:
            if self.requests == 0:  # the first batch's write waits until the second batch was polled
                deadline = time.monotonic() + 5
                while records.polls < 2 and time.monotonic() < deadline:
                    time.sleep(0.001)
                polled_during_write.append(records.polls)
            return super().__call__(actions)

    indexer = _indexer(records, Slow(), FakeDeadLetters(), batch_size=2)
    stats = indexer.run(threading.Event(), idle_seconds=1, max_batches=2)
    assert polled_during_write[0] >= 2
    topic = ARTICLES_ENRICHED.qualified(NAMESPACE)
    assert records.committed == [{(topic, 0): 5, (topic, 1): 10}, {(topic, 0): 6}]
    assert stats.batches == 2


def test_a_batch_polled_but_not_yet_written_when_the_run_ends_stays_uncommitted() -> None:
    records = FakeRecords(
        [_record(ARTICLES_ENRICHED, enriched_article(), 0)],
        [_record(ARTICLES_ENRICHED, enriched_article(url="https://example.org/2"), 1)],
    )
    bulk = FakeBulk()
    stats = _indexer(records, bulk, FakeDeadLetters(), batch_size=1).run(threading.Event(), max_batches=1)
    assert (stats.batches, len(bulk.index), records.commits, records.batches) == (1, 1, 1, [])


@pytest.mark.parametrize("node_away", [True, False])
def test_a_stop_during_a_write_commits_the_batch_only_once_it_is_written(node_away: bool) -> None:
    stop = threading.Event()
    records = FakeRecords([_record(ARTICLES_ENRICHED, enriched_article(), 0)])

    class StopWhileWriting(FakeBulk):
        def __call__(self, actions: Sequence[Action]) -> list[ItemResult]:
            stop.set()
            if node_away:  # the batch waits for a retry, and the stop ends the wait: it stays uncommitted
                raise TransientError("Elasticsearch unreachable")
            return super().__call__(actions)

    stats = _indexer(records, StopWhileWriting(), FakeDeadLetters()).run(stop)
    written = 0 if node_away else 1
    assert (stats.batches, stats.indexed, records.commits) == (written, written, written)


def test_an_idle_run_ends_after_idle_seconds() -> None:
    records = FakeRecords([_record(ARTICLES_ENRICHED, enriched_article(), 0)])
    stats = _indexer(records, FakeBulk(), FakeDeadLetters()).run(threading.Event(), idle_seconds=0.05)
    assert (stats.batches, stats.indexed, records.commits) == (1, 1, 1)


@pytest.mark.parametrize("ids", [["a", "b", "a"], ["a", "a", "a"]])
def test_latest_per_document_keeps_the_last_of_each_id(ids: list[str]) -> None:
    actions = [Action("i", Document(i, {"n": n}), Received("t", 0, n, None, None)) for n, i in enumerate(ids)]
    kept, dropped = latest_per_document(actions)
    assert {a.document.id: a.document.source["n"] for a in kept} == {
        i: max(n for n, j in enumerate(ids) if j == i) for i in ids
    }
    assert dropped == len(ids) - len(set(ids))


def test_a_new_message_for_a_stored_id_goes_to_the_bucket_holding_it_not_a_second_one() -> None:
    """An article fetched again a month later keeps one document, in its first bucket, at its latest version."""
    first = enriched_article()
    again = first.model_copy(update={"fetched_at": first.fetched_at + timedelta(days=40), "title": "Updated"})
    bulk = FakeBulk()
    for offset, message in enumerate((first, again)):
        records = FakeRecords([_record(ARTICLES_ENRICHED, message, offset)])
        _indexer(records, bulk, FakeDeadLetters()).run(threading.Event(), max_batches=1)
    assert list(bulk.index) == [(f"test-loop-articles-{first.fetched_at:%Y.%m}", first.id)]
    assert bulk.index[(f"test-loop-articles-{first.fetched_at:%Y.%m}", first.id)]["title"] == "Updated"


def test_a_message_delivered_again_goes_to_the_same_bucket_without_a_lookup() -> None:
    """The bucket is a function of the message: the lookup of stored ids is a second line, not the first."""
    article = enriched_article()
    route = routes(NAMESPACE, "day")[ARTICLES_ENRICHED.qualified(NAMESPACE)]
    expected = f"test-loop-articles-{article.fetched_at:%Y.%m.%d}"
    assert route.bucket(article) == route.bucket(article.model_copy()) == expected
    assert route.alias == "test-loop-articles"


def test_placed_keeps_the_bucket_of_ids_stored_nowhere() -> None:
    article = enriched_article()
    action = Action("test-loop-articles-2026.12", Document(article.id, {}), Received("t", 0, 0, None, None))
    moved = Action("test-loop-articles-2026.12", Document("old", {}), Received("t", 0, 1, None, None))

    class Stored:
        def existing(self, alias: str, ids: Sequence[str]) -> dict[str, str]:
            assert (alias, list(ids)) == ("test-loop-articles", [article.id, "old"])
            return {"old": "test-loop-articles-2025.01"}

    kept, relocated = placed([action, moved], {"t": "test-loop-articles"}, Stored())
    assert (kept.index, relocated.index) == ("test-loop-articles-2026.12", "test-loop-articles-2025.01")
