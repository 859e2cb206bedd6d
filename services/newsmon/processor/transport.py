"""The processor's Kafka transport: Faust's aiokafka driver with an idempotent producer and a consumer that
loses no record when the group rebalances while a backlog is waiting (the second worker joining, one leaving)
and that fetches a record promptly once it is published.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Set
from typing import Any

from aiokafka import AIOKafkaConsumer
from faust.transport.consumer import Consumer, RecordMap
from faust.transport.drivers import aiokafka as faust_kafka
from faust.types import TP

# How long the broker may hold a fetch that finds no record. aiokafka keeps one fetch in flight per broker,
# for the partitions with nothing buffered: a record published to a partition whose buffer was being read
# while that fetch went out waits for it to come back. Faust holds it 1.5 s, which put 1.5-2.5 s stalls in
# publication -> enrichment at 50 articles/s (a partition of rules or of a changelog stays empty).
FETCH_MAX_WAIT_MS = 100

log = logging.getLogger(__name__)


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


class ProcessorConsumerThread(faust_kafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, whose aiokafka consumer has an empty fetch held :data:`FETCH_MAX_WAIT_MS` and
    which hands Faust only records that Faust will deliver.

    Faust asks aiokafka for the records of its active partitions, a live set, and may still be waiting (up to
    a second) when a rebalance empties that set and the next recovery refills it. aiokafka reads an empty set
    as every partition, and the call took the records the recovery had just fetched from a changelog's start
    while the flow was still stopped; Faust dropped them, and the recovery waited for ever for records the
    consumer had moved past (1 run in 5-40 of the two-worker test). A call now asks for the partitions active
    as it began, and a record that Faust would drop (flow stopped, partition no longer active) is put back:
    its partition is sought back to it.
    """

    def _create_worker_consumer(self, transport: faust_kafka.Transport) -> AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Faust passes a fixed fetch_max_wait_ms; the consumer reads this attribute when it starts.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer

    async def _fetch_records(
        self,
        consumer: AIOKafkaConsumer,
        active_partitions: Set[TP],
        timeout: float | None = None,
        max_records: int | None = None,
    ) -> RecordMap:
        asked = set(active_partitions)  # a copy: Faust changes its set while this call waits
        if not asked:
            return {}
        records = await super()._fetch_records(consumer, asked, timeout=timeout, max_records=max_records)
        return put_back_undeliverable(consumer, dict(records), deliverable(self.consumer))


def deliverable(consumer: Consumer) -> Set[TP]:
    """The partitions whose records Faust's ``getmany`` passes on now (none while the flow is stopped)."""
    if not consumer.flow_active:
        return set()
    return set(consumer._active_partitions or ()) | consumer._buffered_partitions


def put_back_undeliverable(
    consumer: AIOKafkaConsumer, records: dict[TP, list[Any]], deliverable: Set[TP]
) -> dict[TP, list[Any]]:
    """Return ``records`` without those of partitions outside ``deliverable``, each of those partitions (if
    still assigned) sought back to its first record, so that they are fetched again."""
    assigned = consumer.assignment()
    for tp in [tp for tp in records if tp not in deliverable]:
        batch = records.pop(tp)
        if tp in assigned:
            first, last = batch[0].offset, batch[-1].offset
            log.info(
                "%s: records %d-%d came while Faust could not take them; sought back to %d", tp, first, last, first
            )
            consumer.seek(tp, first)
    return records


class RebalanceSafeConsumer(faust_kafka.Consumer):
    """Faust's Kafka consumer on a :class:`ProcessorConsumerThread`, seeking the stream partitions back to their
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

    def _new_consumer_thread(self) -> ProcessorConsumerThread:
        return ProcessorConsumerThread(self, loop=self.loop, beacon=self.beacon)

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
