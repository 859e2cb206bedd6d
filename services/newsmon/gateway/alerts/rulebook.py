"""The alert rules as the gateway sees them: a view of the compacted ``rules`` topic, and writes to it.

The topic is the one store of rules (the processor's table is built from it too), so the gateway keeps no
other copy: it follows the topic as a table (``newsmon.core.table``: read from the beginning, compaction
keeps the latest value of each rule, a tombstone deletes one), so every gateway converges on the same
rules. A write is produced with the core producer and waited for until the table has read it back, so that
the writer reads what it wrote. Both block, so they run in a thread.
"""

from __future__ import annotations

import asyncio

from newsmon.core.errors import TransientError
from newsmon.core.messages import AlertRule
from newsmon.core.table import TopicTable
from newsmon.core.topics import RULES
from newsmon.gateway.alerts.producer import CLIENT_ID, LazyProducer


class RuleBook:
    """Every alert rule by id, kept up to date from the ``rules`` topic (see the module docstring);
    :meth:`start` follows the topic, :meth:`close` stops. Waits at most ``timeout`` s for a write to be read back."""

    def __init__(self, bootstrap_servers: str, namespace: str, producer: LazyProducer, timeout: float) -> None:
        self._table = TopicTable(bootstrap_servers, namespace, RULES, AlertRule, CLIENT_ID)
        self._producer = producer
        self._timeout = timeout

    def start(self) -> RuleBook:
        """Start following the topic (in the background: Kafka may come later); returns the book itself."""
        self._table.start()
        return self

    def close(self) -> None:
        """Stop following the topic."""
        self._table.close()

    def all(self) -> list[AlertRule]:
        """Every rule, by id. Never raises."""
        rules = self._table.rows()
        return [rules[rule_id] for rule_id in sorted(rules)]

    def get(self, rule_id: str) -> AlertRule | None:
        """The rule ``rule_id``, or None. Never raises."""
        return self._table.get(rule_id)

    async def ready(self, timeout: float) -> bool:
        """Whether the view has read the topic up to its end once, waiting up to ``timeout`` s."""
        return await asyncio.to_thread(self._table.ready, timeout)

    async def put(self, rule: AlertRule) -> None:
        """Store ``rule`` (create or replace); raises TransientError when the broker does not take it or
        it is not read back in time."""
        await self._write(rule.id, rule)

    async def delete(self, rule_id: str) -> None:
        """Delete rule ``rule_id`` (a tombstone); raises TransientError like :meth:`put`."""
        await self._write(rule_id, None)

    async def _write(self, rule_id: str, rule: AlertRule | None) -> None:
        def send() -> None:
            producer = self._producer.get()
            if rule is None:
                producer.send_tombstone(RULES, rule_id)
            else:
                producer.send(RULES, rule_id, rule)
            producer.flush()
            if not self._table.sync(self._timeout):
                raise TransientError(f"the rule change is stored but not read back within {self._timeout:.0f}s")

        await asyncio.to_thread(send)
