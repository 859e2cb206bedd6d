"""The processor's Kafka transport: Faust's aiokafka driver with an idempotent producer and a consumer that
loses no record when the group rebalances while a backlog is waiting (the second worker joining, one leaving)
and that fetches a record promptly once it is published.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer
from faust.transport.drivers import aiokafka as faust_kafka

# How long the broker may hold a fetch that finds no record. aiokafka keeps one fetch in flight per broker,
# for the partitions with nothing buffered: a record published to a partition whose buffer was being read
# while that fetch went out waits for it to come back. Faust holds it 1.5 s, which put 1.5-2.5 s stalls in
# publication -> enrichment at 50 articles/s (a partition of rules or of a changelog stays empty).
FETCH_MAX_WAIT_MS = 100


class IdempotentProducer(faust_kafka.Producer):
    """Faust's Kafka producer with the client's idempotence on and ``acks=all``: a send that the client
    retries after a lost acknowledgement is stored once. (Faust turns idempotence on only for its
    exactly-once mode, whose transactions the processor does not need: its effects are idempotent.)"""

    def _settings_extra(self) -> Mapping[str, Any]:
        return {**super()._settings_extra(), "acks": "all", "enable_idempotence": True}


def never_committed(committed: Mapping[Any, int | None]) -> set[Any]:
    """Return the partitions of ``committed`` (partition -> committed offset, None when the group has
    committed nothing there) whose next record is the first one: no offset, or offset 0."""
    return {partition for partition, offset in committed.items() if offset is None or offset <= 0}


class PromptConsumerThread(faust_kafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, whose aiokafka consumer has an empty fetch held :data:`FETCH_MAX_WAIT_MS`."""

    def _create_worker_consumer(self, transport: faust_kafka.Transport) -> AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Faust passes a fixed fetch_max_wait_ms; the consumer reads this attribute when it starts.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class RebalanceSafeConsumer(faust_kafka.Consumer):
    """Faust's Kafka consumer on a :class:`PromptConsumerThread`, seeking the stream partitions back to their
    committed offsets safely after a rebalance.

    Faust's recovery (faust-streaming 0.15) resumes the consumer's flow early, for the changelogs of standby
    and global tables, then seeks the stream partitions to their committed offsets and at last clears the
    agents' queues. Records fetched between the resumed flow and the clear reach an agent's queue and are
    dropped with it, while the consumer's position has moved past them; aiokafka's ``seek_to_committed``
    leaves a partition without a committed offset (or at 0) where it is, so those records were never read
    again, and Faust either committed past them (articles lost) or waited at the hole for ever (a stalled
    partition). Here the flow stops before the seek (the recovery resumes it after the clear), and a stream
    partition without a committed offset starts again from its first record (``auto_offset_reset=earliest``,
    Faust's default): records are repeated, never lost, and the processor's effects are idempotent.
    """

    def _new_consumer_thread(self) -> PromptConsumerThread:
        return PromptConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def perform_seek(self) -> None:
        """Stop the flow, then seek every assigned partition to its committed offset (stream partitions
        without one to their beginning) and reset Faust's read and committed offsets to match."""
        self.stop_flow()
        committed: Mapping[Any, int | None] = await self.seek_to_committed()
        restart = {tp for tp in never_committed(committed) if not self._is_changelog_tp(tp)}
        if restart:
            await self._thread.seek_to_beginning(*restart)
        self._read_offset.update({tp: None if tp in restart else offset for tp, offset in committed.items()})
        self._committed_offset.update({tp: offset for tp, offset in committed.items() if offset})


class ProcessorTransport(faust_kafka.Transport):
    """Faust's Kafka transport with :class:`IdempotentProducer` and :class:`RebalanceSafeConsumer`."""

    Producer = IdempotentProducer
    Consumer = RebalanceSafeConsumer
