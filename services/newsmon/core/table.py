"""A compacted topic read as a table: the latest value of each key, followed live in a background thread.

The fetcher follows ``feeds`` this way (feeds added through the API are polled without a restart) and
the gateway follows ``feeds`` and ``feeds.status``. Every partition is read from its start by a consumer
without a group (nothing is committed; each reader keeps its own copy), records are decoded against the
topic's schema, and a tombstone removes its key. :meth:`TopicTable.sync` waits until everything written
to the topic before the call has been read, so a writer reads its own writes.

kafka-python consumers are not thread-safe, so only the follower thread touches the consumer; callers
talk to it through a condition variable.
"""

from __future__ import annotations

import logging
import threading
from typing import Generic

from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import M, decode
from newsmon.core.topics import Topic

log = logging.getLogger(__name__)

_POLL_MS = 200
_RETRY_SECONDS = 1.0


class TopicTable(Generic[M]):
    """The latest ``model`` message of each key of the compacted ``topic`` in ``namespace``.

    :meth:`start` starts following it; :meth:`close` stops. Broker failures are logged and retried, never
    raised; a topic that does not exist yet is waited for."""

    def __init__(self, bootstrap_servers: str, namespace: str, topic: Topic, model: type[M], client_id: str) -> None:
        self._servers = bootstrap_servers
        self._name = topic.qualified(namespace)
        self._topic = topic
        self._model = model
        self._client_id = client_id
        self._rows: dict[str, M] = {}
        self._changed = threading.Condition()
        self._wanted = 1  # sync generations asked for; the first is "caught up once"
        self._synced = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._follow, name=f"table-{topic.name}", daemon=True)

    def start(self) -> TopicTable[M]:
        """Start following the topic; returns the table itself."""
        self._thread.start()
        return self

    def close(self, timeout: float = 5.0) -> None:
        """Stop following (within ``timeout`` seconds; the thread is a daemon if it takes longer)."""
        self._stop.set()
        with self._changed:
            self._changed.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def rows(self) -> dict[str, M]:
        """A copy of the table: key -> latest message."""
        with self._changed:
            return dict(self._rows)

    def get(self, key: str) -> M | None:
        """The latest message of ``key``, or None (no copy of the table: cheap for a lookup per message)."""
        with self._changed:
            return self._rows.get(key)

    def sync(self, timeout: float) -> bool:
        """Wait until every record written to the topic before this call has been read; returns False when
        that took longer than ``timeout`` seconds (the broker or the topic is missing)."""
        with self._changed:
            self._wanted += 1
            generation = self._wanted
            return self._changed.wait_for(lambda: self._synced >= generation or self._stop.is_set(), timeout)

    def ready(self, timeout: float) -> bool:
        """Wait until the table has read the topic to its end once; returns False after ``timeout`` seconds."""
        with self._changed:
            return self._changed.wait_for(lambda: self._synced >= 1, timeout)

    def _follow(self) -> None:
        while not self._stop.is_set():
            consumer = None
            try:
                consumer = KafkaConsumer(
                    bootstrap_servers=self._servers.split(","),
                    client_id=self._client_id,
                    group_id=None,
                    enable_auto_commit=False,
                    auto_offset_reset="earliest",
                    allow_auto_create_topics=False,  # topics are created compacted, by ensure_topics
                )
                self._read(consumer)
            except KafkaError as exc:
                log.warning("following %s: %s; trying again in %.0fs", self._name, exc, _RETRY_SECONDS)
                self._stop.wait(_RETRY_SECONDS)
            finally:
                if consumer is not None:
                    consumer.close()

    def _read(self, consumer: KafkaConsumer) -> None:
        partitions = consumer.partitions_for_topic(self._name)
        while not partitions:
            if self._stop.wait(_RETRY_SECONDS):
                return
            partitions = consumer.partitions_for_topic(self._name)
        assigned = [TopicPartition(self._name, partition) for partition in sorted(partitions)]
        consumer.assign(assigned)
        consumer.seek_to_beginning(*assigned)
        target: tuple[int, dict[TopicPartition, int]] | None = None
        while not self._stop.is_set():
            for records in consumer.poll(timeout_ms=_POLL_MS).values():
                for record in records:
                    self._apply(record.key, record.value)
            with self._changed:
                wanted = self._wanted
            if target is None and wanted > self._synced:
                target = (wanted, consumer.end_offsets(assigned))
            if target is not None and all(consumer.position(tp) >= end for tp, end in target[1].items()):
                with self._changed:
                    self._synced = target[0]
                    self._changed.notify_all()
                target = None

    def _apply(self, raw_key: bytes | None, value: bytes | None) -> None:
        if raw_key is None:
            log.warning("%s: a record without key is ignored", self._name)
            return
        key = raw_key.decode("utf-8", errors="replace")
        try:
            row = None if value is None else decode(value, self._topic, self._model)
        except PoisonMessage as exc:
            log.warning("%s: record %s ignored: %s", self._name, key, exc.reason)
            return
        with self._changed:
            if row is None:
                self._rows.pop(key, None)
            else:
                self._rows[key] = row
