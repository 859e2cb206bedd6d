"""The indexer's only Kafka code: kafka-python adapted to the ``Records`` and ``DeadLetters`` protocols
(dead letters through the shared :class:`~newsmon.core.producer.TopicProducer`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kafka import KafkaConsumer, OffsetAndMetadata, TopicPartition
from kafka.errors import KafkaError

from newsmon.core.errors import TransientError
from newsmon.core.messages import DeadLetter
from newsmon.core.producer import TopicProducer
from newsmon.core.topics import DEAD_LETTER
from newsmon.indexer.consumer import Record
from newsmon.indexer.settings import IndexerSettings

CLIENT_ID = "newsmon-indexer"


class KafkaRecords:
    """A KafkaConsumer subscribed to ``topics``, committing by hand (at-least-once)."""

    def __init__(self, settings: IndexerSettings, topics: Sequence[str]) -> None:
        try:
            self._consumer = KafkaConsumer(
                bootstrap_servers=settings.kafka_bootstrap_servers,
                client_id=CLIENT_ID,
                group_id=settings.qualified_group_id(),
                enable_auto_commit=False,
                auto_offset_reset=settings.indexer_auto_offset_reset,
                max_poll_records=settings.indexer_batch_size,
                fetch_min_bytes=settings.indexer_fetch_min_bytes,
                fetch_max_wait_ms=settings.indexer_fetch_max_wait_ms,
                # Partitions added later (or a topic recreated) show up within 10 s, not 5 min.
                metadata_max_age_ms=10_000,
            )
        except KafkaError as exc:
            raise TransientError(f"Kafka unreachable at {settings.kafka_bootstrap_servers}: {exc}") from exc
        # A group formed before this client knows the topics' partitions assigns it none until a later
        # metadata refresh rejoins it, which was seen to take minutes: so subscribe once they are known.
        try:
            unknown = [topic for topic in topics if not self._consumer.partitions_for_topic(topic)]
            if not unknown:
                self._consumer.subscribe(list(topics))
                return
            reason = f"no partition metadata yet for {', '.join(unknown)}"
        except KafkaError as exc:
            reason = f"Kafka unreachable at {settings.kafka_bootstrap_servers}: {exc}"
        self._consumer.close(autocommit=False)  # the caller retries with a new instance
        raise TransientError(reason)

    def poll(self, timeout_ms: int, max_records: int | None) -> Mapping[Any, Sequence[Record]]:
        """Records fetched within ``timeout_ms``, by partition; empty when none came."""
        polled: Mapping[Any, Sequence[Record]] = self._consumer.poll(timeout_ms=timeout_ms, max_records=max_records)
        return polled

    def commit(self, offsets: Mapping[tuple[str, int], int]) -> None:
        """Commit the next offset to consume of each (topic, partition), not everything polled so far (the
        next batch is polled before this one is written); raises TransientError (e.g. after a rebalance)."""
        try:
            self._consumer.commit(
                {TopicPartition(*key): OffsetAndMetadata(offset, "", -1) for key, offset in offsets.items()}
            )
        except KafkaError as exc:
            raise TransientError(f"offset commit failed: {exc}") from exc

    def assigned(self) -> bool:
        """True once the group gave this consumer its partitions."""
        return bool(self._consumer.assignment())

    def close(self) -> None:
        """Leave the group without committing (what was indexed was committed already)."""
        self._consumer.close(autocommit=False)


class KafkaDeadLetters:
    """Publishes dead letters to the namespaced dead-letter topic and waits until they are stored."""

    def __init__(self, settings: IndexerSettings) -> None:
        self._producer = TopicProducer(settings.kafka_bootstrap_servers, settings.namespace, CLIENT_ID)

    def publish(self, letters: Sequence[DeadLetter]) -> None:
        """Send ``letters`` and wait for the broker's acknowledgement; raises TransientError otherwise."""
        for letter in letters:
            self._producer.send(DEAD_LETTER, letter.key, letter)
        self._producer.flush()

    def close(self) -> None:
        """Flush what is pending and close the producer."""
        self._producer.close()
