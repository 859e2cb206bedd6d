"""The indexer's Kafka consumer is built from its settings (kafka-python replaced by a recorder)."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from newsmon.indexer import broker
from newsmon.indexer.settings import IndexerSettings


class _Consumer:
    made: ClassVar[dict[str, Any]] = {}

    def __init__(self, **config: Any) -> None:
        _Consumer.made = config

    def partitions_for_topic(self, topic: str) -> set[int]:
        return {0}

    def subscribe(self, topics: list[str]) -> None:
        pass


def test_fetches_wait_for_the_configured_bytes_or_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(broker, "KafkaConsumer", _Consumer)
    broker.KafkaRecords(IndexerSettings(indexer_fetch_min_bytes=4096, indexer_fetch_max_wait_ms=50), ["t"])
    assert (_Consumer.made["fetch_min_bytes"], _Consumer.made["fetch_max_wait_ms"]) == (4096, 50)


def test_by_default_a_fetch_is_held_for_a_batch_worth_of_bytes() -> None:
    settings = IndexerSettings()
    assert settings.indexer_fetch_min_bytes == 256 * 1024
    assert settings.indexer_fetch_max_wait_ms <= 200  # searchable within the refresh second plus this
