"""transport.py: after a rebalance the consumer stops its flow before it seeks, and a stream partition the group
never committed starts again from its first record, so that no record fetched around the seek is lost; an
empty fetch is held briefly, so that a record published meanwhile is not kept waiting."""

from __future__ import annotations

from faust.types import TP

from newsmon.processor.app import create_app
from newsmon.processor.settings import ProcessorSettings
from newsmon.processor.transport import FETCH_MAX_WAIT_MS, PromptConsumerThread, RebalanceSafeConsumer, never_committed

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
    assert isinstance(thread, PromptConsumerThread)
    consumer = thread._create_worker_consumer(app.transport)
    thread.thread_loop.close()
    await consumer.stop()  # never started: this only marks it closed

    assert consumer._fetch_max_wait_ms == FETCH_MAX_WAIT_MS <= 100
