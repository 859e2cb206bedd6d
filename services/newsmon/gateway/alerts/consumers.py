"""A consumer of every partition of one topic, without a group (nothing committed), for the gateway's
views of the ``rules`` and ``alerts`` topics."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsmon.core.errors import TransientError

ASSIGNMENT_SECONDS = 10.0


async def start_consumer(
    bootstrap_servers: str, topic: str, **options: Any
) -> tuple[AIOKafkaConsumer, list[TopicPartition]]:
    """A started consumer of all of ``topic`` (``options`` go to AIOKafkaConsumer) and its partitions.

    Without a group, a subscription gets every partition once the topic's metadata arrives. Raises
    TransientError (the consumer stopped) when the topic has no partitions within ASSIGNMENT_SECONDS,
    and what aiokafka raises when the broker cannot be reached."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap_servers.split(","), group_id=None, enable_auto_commit=False, **options
    )
    try:
        await consumer.start()
        deadline = time.monotonic() + ASSIGNMENT_SECONDS
        while not consumer.assignment():
            if time.monotonic() > deadline:
                raise TransientError("a topic has no partitions yet")
            await asyncio.sleep(0.05)
    except BaseException:
        await consumer.stop()
        raise
    return consumer, sorted(consumer.assignment(), key=lambda tp: tp.partition)
