"""Follows the ``alerts`` topic for one subscriber (an SSE or WebSocket client), from a position.

Each subscriber reads the topic with a consumer of its own, without a group (nothing is committed): it
starts at the position the client gives (resuming) or at the end (new alerts only), and tells each alert's
position. A consumer per subscriber keeps resuming exact without a shared buffer to reconcile; it costs one
broker connection per open stream, which suits the tens of analysts a gateway serves.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Collection
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import Alert, decode
from newsmon.core.topics import ALERTS
from newsmon.gateway.alerts.consumers import start_consumer
from newsmon.gateway.alerts.positions import Positions, encode_position

logger = logging.getLogger(__name__)

# Latency matters more than batching here: a broker holds an empty fetch at most this long.
FETCH_MAX_WAIT_MS = 50


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """An alert read from the topic, or (``alert`` None) the subscriber's starting point; ``event_id``
    is the position just after it."""

    event_id: str
    alert: Alert | None


@dataclass(frozen=True, slots=True)
class AlertFeed:
    """Where the alerts topic is: the broker and the namespace."""

    bootstrap_servers: str
    namespace: str

    async def follow(self, start: Positions | None, rules: Collection[str] = ()) -> AsyncGenerator[AlertEvent, None]:
        """Yield the starting point, then every alert after ``start`` (None: the end of the topic), of
        ``rules`` only when given, until the caller stops iterating.

        Raises TransientError when the broker cannot be reached. Alerts that break their schema are skipped."""
        try:
            consumer, partitions = await start_consumer(
                self.bootstrap_servers, ALERTS.qualified(self.namespace), fetch_max_wait_ms=FETCH_MAX_WAIT_MS
            )
        except KafkaError as exc:
            raise TransientError("the alerts topic cannot be read now") from exc
        try:
            positions = await _seek(consumer, partitions, start)
        except BaseException:
            await consumer.stop()
            raise
        try:
            yield AlertEvent(encode_position(positions), None)
            async for record in consumer:
                positions[record.partition] = record.offset + 1
                alert = read_alert(record.value)
                if alert is not None and (not rules or alert.rule_id in rules):
                    yield AlertEvent(encode_position(positions), alert)
        finally:
            await consumer.stop()


async def _seek(consumer: AIOKafkaConsumer, assigned: list[TopicPartition], start: Positions | None) -> Positions:
    for tp in assigned:
        if start is None:
            await consumer.seek_to_end(tp)
        elif tp.partition in start:
            consumer.seek(tp, start[tp.partition])
        else:
            # A partition the client never saw (added since): all of it is new to the client.
            await consumer.seek_to_beginning(tp)
    return {tp.partition: await consumer.position(tp) for tp in assigned}


def read_alert(value: bytes | None) -> Alert | None:
    """The alert in a record's value, or None (logged) when it breaks the schema. Never raises."""
    try:
        return decode(value, ALERTS, Alert)
    except PoisonMessage as exc:
        logger.warning("skipping an alert: %s", exc.reason)
        return None
