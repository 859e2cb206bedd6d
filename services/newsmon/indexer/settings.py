"""Settings of the indexer (environment variables ``NEWSMON_<FIELD>``, see ``newsmon.core.settings``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from newsmon.core.settings import CommonSettings


class IndexerSettings(CommonSettings):
    """How the indexer consumes, batches and retries. Fields are prefixed ``indexer_`` so that one
    ``.env`` file can hold every service's settings without them meaning something else elsewhere."""

    metrics_port: int = Field(default=9103, ge=0, le=65535, description="0 disables the /metrics endpoint")
    indexer_group_id: str = Field(
        default="indexer", description="Consumer group, qualified by the namespace like a topic"
    )
    indexer_auto_offset_reset: Literal["earliest", "latest"] = "earliest"
    indexer_batch_size: int = Field(default=500, ge=1, le=10_000, description="Documents per bulk request")
    indexer_batch_max_seconds: float = Field(
        default=1.0, gt=0, le=60, description="Longest a consumed message waits for its batch to fill"
    )
    # A fetch answered at its first byte brought the streaming indexer a few records at a time: end to end it
    # spent 1.7-2.2 ms CPU per article against 1.2-1.5 with fetches held for 256 KiB (paired bench runs). The
    # wait adds at most 0.2 s to publication -> searchable, whose index refreshes every second anyway.
    indexer_fetch_min_bytes: int = Field(
        default=256 * 1024, ge=1, description="The broker holds a fetch until this much is there (or the wait is up)"
    )
    indexer_fetch_max_wait_ms: int = Field(
        default=200, ge=0, le=60_000, description="Longest the broker holds a fetch for its minimum bytes"
    )
    indexer_max_attempts: int = Field(
        default=5, ge=1, description="Tries of an item that Elasticsearch rejects with 429/5xx"
    )
    indexer_max_message_bytes: int = Field(
        default=2_000_000, ge=10_000, description="A larger message is dead-lettered undecoded"
    )
    indexer_initial_backoff_seconds: float = Field(default=0.5, gt=0)
    indexer_max_backoff_seconds: float = Field(default=30.0, gt=0)
    indexer_request_timeout_seconds: float = Field(default=30.0, gt=0)
    indexer_number_of_shards: int | None = Field(
        default=None, ge=1, le=1024, description="Primary shards of each new bucket (default: the template's, 1)"
    )
    indexer_number_of_replicas: int | None = Field(
        default=None, ge=0, description="Replicas of each new bucket (default: the template's, 0)"
    )

    def qualified_group_id(self) -> str:
        """The consumer group on the broker: ``<namespace>.<indexer_group_id>``, or bare without a namespace."""
        return f"{self.namespace}.{self.indexer_group_id}" if self.namespace else self.indexer_group_id
