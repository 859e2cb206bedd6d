"""The alert rules as the gateway sees them: a view of the compacted ``rules`` topic, and writes to it.

The topic is the one store of rules (the processor's table is built from it too), so the gateway keeps no
other copy: at start it reads the topic from the beginning (compaction keeps the latest value of each rule,
a tombstone deletes one) and then follows it, so every gateway converges on the same rules. A write is
produced with the core producer (kafka-python, in a thread: its calls block) and applied to the view at
once, so that the writer reads what it wrote.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka.errors import KafkaError

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import AlertRule, decode
from newsmon.core.topics import RULES
from newsmon.gateway.alerts.consumers import start_consumer
from newsmon.gateway.alerts.producer import LazyProducer

logger = logging.getLogger(__name__)


class RuleBook:
    """Every alert rule by id, kept up to date from the ``rules`` topic (see the module docstring)."""

    def __init__(self, bootstrap_servers: str, namespace: str, producer: LazyProducer) -> None:
        self._servers = bootstrap_servers
        self._namespace = namespace
        self._producer = producer
        self._rules: dict[str, AlertRule] = {}
        self._caught_up = asyncio.Event()

    def all(self) -> list[AlertRule]:
        """Every rule, by id. Never raises."""
        return [self._rules[rule_id] for rule_id in sorted(self._rules)]

    def get(self, rule_id: str) -> AlertRule | None:
        """The rule ``rule_id``, or None. Never raises."""
        return self._rules.get(rule_id)

    async def ready(self, timeout: float) -> bool:
        """Whether the view has read the topic up to its end as it was at start, waiting up to ``timeout`` s."""
        try:
            await asyncio.wait_for(self._caught_up.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def put(self, rule: AlertRule) -> None:
        """Store ``rule`` (create or replace); raises TransientError when the broker does not take it."""
        await self._write(rule.id, rule)
        self._rules[rule.id] = rule

    async def delete(self, rule_id: str) -> None:
        """Delete rule ``rule_id`` (a tombstone); raises TransientError when the broker does not take it."""
        await self._write(rule_id, None)
        self._rules.pop(rule_id, None)

    async def _write(self, rule_id: str, rule: AlertRule | None) -> None:
        def send() -> None:
            producer = self._producer.get()
            if rule is None:
                producer.send_tombstone(RULES, rule_id)
            else:
                producer.send(RULES, rule_id, rule)
            producer.flush()

        await asyncio.to_thread(send)

    async def follow(self) -> None:
        """Read the topic from its start and keep following it until cancelled; retries while the broker
        is away. Rules that break their schema are skipped (the processor dead-letters them)."""
        while True:
            try:
                await self._follow_once()
            except (KafkaError, TransientError) as exc:
                logger.warning("rules topic unreadable, retrying in 2s: %s", exc)
                await asyncio.sleep(2)

    async def _follow_once(self) -> None:
        consumer, partitions = await start_consumer(
            self._servers, RULES.qualified(self._namespace), auto_offset_reset="earliest"
        )
        try:
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            while True:
                positions = [await consumer.position(tp) for tp in partitions]
                if all(position >= ends[tp] for position, tp in zip(positions, partitions, strict=True)):
                    self._caught_up.set()
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        self._apply(record.key, record.value)
        finally:
            await consumer.stop()

    def _apply(self, key: bytes | None, value: bytes | None) -> None:
        if key is None:
            return
        rule_id = key.decode("utf-8", errors="replace")
        if value is None:
            self._rules.pop(rule_id, None)
            return
        try:
            self._rules[rule_id] = decode(value, RULES, AlertRule)
        except PoisonMessage as exc:
            logger.warning("skipping rule %s: %s", rule_id, exc.reason)
