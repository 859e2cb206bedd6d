"""transport.py: after a rebalance the consumer stops its flow before it seeks, and a stream partition the group
never committed starts again from its first record, so that no record fetched around the seek is lost; an
empty fetch is held briefly, so that a record published meanwhile is not kept waiting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from faust.types import TP

from newsmon.processor.app import create_app
from newsmon.processor.settings import ProcessorSettings
from newsmon.processor.transport import (
    FETCH_MAX_WAIT_MS,
    ProcessorConsumerThread,
    RebalanceSafeConsumer,
    deliverable,
    never_committed,
    put_back_undeliverable,
)

NAMESPACE = "test-transport"
COMMITTED = TP(f"{NAMESPACE}.articles.raw", 0)
NEVER = TP(f"{NAMESPACE}.articles.raw", 1)
AT_ZERO = TP(f"{NAMESPACE}.denials", 2)
CHANGELOG = TP(f"{NAMESPACE}.newsmon-processor-stories-changelog", 1)


class FakeThread:
    """The consumer thread: committed offsets as the broker has them; records every seek and whether the
    consumer's flow was stopped when it came."""

    def __init__(self, consumer: RebalanceSafeConsumer) -> None:
        self.consumer = consumer
        self.calls: list[tuple[str, bool, set[TP]]] = []

    async def seek_to_committed(self) -> dict[TP, int | None]:
        self.calls.append(("committed", self.consumer.flow_active, set()))
        return {COMMITTED: 7, NEVER: None, AT_ZERO: 0, CHANGELOG: None}

    async def seek_to_beginning(self, *partitions: TP) -> None:
        self.calls.append(("beginning", self.consumer.flow_active, set(partitions)))


def test_partitions_without_a_committed_offset_are_told_apart() -> None:
    assert never_committed({COMMITTED: 7, NEVER: None, AT_ZERO: 0}) == {NEVER, AT_ZERO}


async def test_the_seek_after_a_rebalance_stops_the_flow_and_restarts_uncommitted_stream_partitions() -> None:
    app = create_app(ProcessorSettings(namespace=NAMESPACE)).app
    consumer = app.consumer
    assert isinstance(consumer, RebalanceSafeConsumer)
    # Faust's consumer thread is created idle with its own loop: close it, and seek through the fake.
    consumer._thread.thread_loop.close()
    thread = FakeThread(consumer)
    consumer._thread = thread
    consumer.resume_flow()
    consumer._read_offset[NEVER] = 40  # where the dropped records had taken it

    await consumer.perform_seek()

    # The changelog's position is the recovery's business: it is left where it is.
    assert thread.calls == [("committed", False, set()), ("beginning", False, {NEVER, AT_ZERO})]
    assert not consumer.flow_active  # the recovery resumes it once the agents' queues are cleared
    assert {tp: consumer._read_offset[tp] for tp in (COMMITTED, NEVER, AT_ZERO)} == {
        COMMITTED: 7,
        NEVER: None,
        AT_ZERO: None,
    }
    assert consumer._committed_offset[COMMITTED] == 7


async def test_the_worker_consumer_holds_an_empty_fetch_briefly() -> None:
    app = create_app(ProcessorSettings(namespace=NAMESPACE)).app
    thread = app.consumer._thread
    assert isinstance(thread, ProcessorConsumerThread)
    consumer = thread._create_worker_consumer(app.transport)
    thread.thread_loop.close()
    await consumer.stop()  # never started: this only marks it closed

    assert consumer._fetch_max_wait_ms == FETCH_MAX_WAIT_MS <= 100


@dataclass
class Record:
    offset: int


class FakeFetcher:
    """aiokafka's fetcher: buffered records by partition, handed out as aiokafka does (an empty set of
    partitions means every partition); ``meanwhile`` runs while the call waits, as a rebalance would."""

    _closed = False

    def __init__(self, buffered: dict[TP, list[Record]], meanwhile: Callable[[], None]) -> None:
        self.buffered = buffered
        self.meanwhile = meanwhile
        self.asked: list[set[TP]] = []
        self._subscriptions = self

    @contextmanager
    def fetch_context(self) -> Iterator[None]:
        yield

    async def fetched_records(self, partitions: set[TP], timeout: float, max_records: int | None) -> dict:
        self.meanwhile()
        self.asked.append(set(partitions))
        taken = [tp for tp in self.buffered if not partitions or tp in partitions]
        return {tp: self.buffered.pop(tp) for tp in taken}


class FakeKafkaConsumer:
    """aiokafka's consumer: its assignment, its fetcher, and the seeks made on it."""

    _closed = False

    def __init__(self, fetcher: FakeFetcher, assigned: set[TP]) -> None:
        self._fetcher = fetcher
        self.assigned = assigned
        self.seeks: list[tuple[TP, int]] = []

    def assignment(self) -> set[TP]:
        return self.assigned

    def seek(self, tp: TP, offset: int) -> None:
        self.seeks.append((tp, offset))


def worker_consumer() -> RebalanceSafeConsumer:
    consumer = create_app(ProcessorSettings(namespace=NAMESPACE)).app.consumer
    assert isinstance(consumer, RebalanceSafeConsumer)
    consumer._thread.thread_loop.close()
    return consumer


async def test_records_fetched_for_a_recovery_while_the_flow_is_stopped_are_not_taken() -> None:
    # A fetch call begins while the stream partition is active; before it returns, a rebalance stops the flow and
    # pauses everything, and the next recovery seeks a changelog to its start and makes it active, flow still
    # stopped. The call must not take the changelog's records (Faust would drop them, and the recovery would wait
    # for ever), and the stream records it took are put back.
    consumer = worker_consumer()
    consumer.resume_flow()
    consumer._set_active_tps({COMMITTED})

    def rebalance() -> None:
        consumer.stop_flow()
        consumer.pause_partitions({COMMITTED})
        consumer.resume_partitions({CHANGELOG})

    fetcher = FakeFetcher({COMMITTED: [Record(7), Record(8)], CHANGELOG: [Record(0), Record(1)]}, rebalance)
    kafka = FakeKafkaConsumer(fetcher, assigned={COMMITTED, CHANGELOG})
    thread = consumer._thread
    assert isinstance(thread, ProcessorConsumerThread)

    records = await thread._fetch_records(kafka, consumer._get_active_partitions(), timeout=1.0)  # type: ignore[arg-type]

    assert records == {}
    assert fetcher.asked == [{COMMITTED}]
    assert fetcher.buffered == {CHANGELOG: [Record(0), Record(1)]}
    assert kafka.seeks == [(COMMITTED, 7)]


async def test_records_of_partitions_faust_passes_on_are_handed_over() -> None:
    consumer = worker_consumer()
    consumer.resume_flow()
    consumer._set_active_tps({COMMITTED, CHANGELOG})
    fetcher = FakeFetcher({COMMITTED: [Record(7)], CHANGELOG: [Record(0)]}, lambda: None)
    kafka = FakeKafkaConsumer(fetcher, assigned={COMMITTED, CHANGELOG})

    records = await consumer._thread._fetch_records(kafka, consumer._get_active_partitions(), timeout=1.0)  # type: ignore[arg-type,attr-defined]

    assert records == {COMMITTED: [Record(7)], CHANGELOG: [Record(0)]}
    assert kafka.seeks == []


def test_records_of_a_partition_no_longer_assigned_are_dropped_without_a_seek() -> None:
    kafka = FakeKafkaConsumer(FakeFetcher({}, lambda: None), assigned={COMMITTED})

    kept = put_back_undeliverable(kafka, {COMMITTED: [Record(3)], NEVER: [Record(5)]}, deliverable=set())  # type: ignore[arg-type]

    assert kept == {}
    assert kafka.seeks == [(COMMITTED, 3)]


def test_nothing_is_deliverable_while_the_flow_is_stopped() -> None:
    consumer = worker_consumer()
    consumer.resume_flow()
    consumer._set_active_tps({COMMITTED})
    consumer._buffered_partitions.add(NEVER)
    assert deliverable(consumer) == {COMMITTED, NEVER}

    consumer.stop_flow()

    assert deliverable(consumer) == set()
