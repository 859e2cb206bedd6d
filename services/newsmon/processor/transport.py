"""The processor's Kafka transport: Faust's aiokafka driver with an idempotent producer and a consumer that
loses no record when the group rebalances while a backlog is waiting (the second worker joining, one leaving).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from faust.transport.drivers import aiokafka as faust_kafka


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


class RebalanceSafeConsumer(faust_kafka.Consumer):
    """Faust's Kafka consumer, seeking the stream partitions back to their committed offsets safely after a
    rebalance.

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
