"""Faust's Kafka transport as the processor needs it: an idempotent producer, and a consumer that
re-reads a partition whose commits a dropped message has stalled.

faust-streaming can drop messages it fetched while recovery seeks the partitions back to their committed
offsets (faust-streaming/faust#596): the fetch loop, finishing a hand-over begun before the seek, sets
the partition's read offset past the seek, so the messages fetched again are taken as already read.
They are never acked; Faust commits only up to the first offset not acked, so the partition's committed
offset stops for good (a restart would process everything after it again), and the dropped messages
are processed only if an earlier run did. :class:`HealingConsumer` notices such a gap at each commit and
seeks the partition back to its committed offset. Processing what follows a second time is harmless:
every output of the processor is idempotent (ids derived from the input; alerts deduplicated by story).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from faust.transport.drivers import aiokafka as faust_kafka
from faust.types import TP

log = logging.getLogger(__name__)


def stalled_partitions(
    acked: Mapping[TP, Sequence[int]],
    committed: Mapping[TP, int | None],
    read: Mapping[TP, int | None],
    pending: Mapping[TP, Iterable[int]],
) -> dict[TP, int]:
    """Return the partitions whose commits are stalled for good, each with its committed offset (the next
    to read, Kafka's meaning): offsets after it are acked, but one before them is neither acked nor
    ``pending`` (handed to a stream, not acked yet) although the fetch loop has ``read`` past it, so it
    will never come. ``acked`` and ``pending`` hold offsets of messages. Faust commits over a gap of one
    offset and over any gap before a committed offset of 0: neither stalls."""
    stalled = {}
    for tp, offsets in acked.items():
        start, last_read = committed.get(tp), read.get(tp)
        if not offsets or not start or last_read is None:
            continue
        first = min(offsets)
        waiting = any(offset < first for offset in pending.get(tp, ()))
        if first - start > 1 and last_read >= first and not waiting:
            stalled[tp] = start
    return stalled


class HealingConsumer(faust_kafka.Consumer):
    """Faust's Kafka consumer; before each commit it seeks every stalled partition (see
    :func:`stalled_partitions`) back to its committed offset, so that the dropped messages are read again."""

    async def commit(self, topics: Any = None, start_new_transaction: bool = True) -> bool:
        pending: defaultdict[TP, list[int]] = defaultdict(list)
        for message in list(self._unacked_messages):
            if not message.acked:
                pending[message.tp].append(message.offset)
        for tp, offset in stalled_partitions(self._acked, self._committed_offset, self._read_offset, pending).items():
            log.warning("%s: offsets after %s acked but %s never came; reading again from it", tp, offset, offset)
            await self.seek(tp, offset)
        return await super().commit(topics, start_new_transaction)


class IdempotentProducer(faust_kafka.Producer):
    """Faust's Kafka producer with the client's idempotence on and ``acks=all``: a send that the client
    retries after a lost acknowledgement is stored once. (Faust turns idempotence on only for its
    exactly-once mode, whose transactions the processor does not need: its effects are idempotent.)"""

    def _settings_extra(self) -> Mapping[str, Any]:
        return {**super()._settings_extra(), "acks": "all", "enable_idempotence": True}


class ProcessorTransport(faust_kafka.Transport):
    """Faust's Kafka transport, producing with :class:`IdempotentProducer` and consuming with
    :class:`HealingConsumer`."""

    Consumer = HealingConsumer
    Producer = IdempotentProducer
