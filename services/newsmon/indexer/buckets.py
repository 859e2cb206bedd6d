"""The time buckets behind each read alias: listed with their size, and deleted whole past a retention.

A bucket's age is read from its name (``newsmon.core.indices``), not from its creation date, so that a
bucket is deleted once the newest moment it can hold is older than the retention, however late it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from elasticsearch import Elasticsearch

from newsmon.core.indices import ALL_INDICES, bucket_span

# Above this, a primary shard recovers and relocates slowly: a sign that buckets should span less time or
# have more shards (README, "Shards").
SHARD_BYTES_TARGET = 50 * 1024**3


@dataclass(frozen=True, slots=True)
class Bucket:
    """One index behind a read alias: its name, its time span (None for an index from before buckets),
    documents, and bytes per primary shard."""

    name: str
    kind: str
    span: tuple[datetime, datetime] | None
    documents: int
    shard_bytes: int

    @property
    def oversized(self) -> bool:
        """Whether a primary shard has grown past :data:`SHARD_BYTES_TARGET`."""
        return self.shard_bytes > SHARD_BYTES_TARGET


def list_buckets(client: Elasticsearch, namespace: str) -> list[Bucket]:
    """Every bucket of ``namespace``, by kind then name. Raises ApiError or TransportError."""
    buckets = []
    for index in ALL_INDICES:
        rows = client.cat.indices(
            index=index.pattern(namespace), format="json", bytes="b", h="index,pri,docs.count,pri.store.size"
        )
        for row in sorted(rows.body, key=lambda row: str(row["index"])):
            name = str(row["index"])
            suffix = index.bucket_of(namespace, name)
            shards = max(1, int(row.get("pri") or 1))
            buckets.append(
                Bucket(
                    name=name,
                    kind=index.kind,
                    span=bucket_span(suffix) if suffix else None,
                    documents=int(row.get("docs.count") or 0),
                    shard_bytes=int(row.get("pri.store.size") or 0) // shards,
                )
            )
    return buckets


def delete_before(client: Elasticsearch, namespace: str, cutoff: datetime) -> list[str]:
    """Delete every bucket of ``namespace`` whose whole span ends at or before ``cutoff`` (an aware
    datetime); returns their names. The bucket being written now is never among them while the cutoff lies
    in the past. Raises ApiError or TransportError."""
    old = [bucket.name for bucket in list_buckets(client, namespace) if bucket.span and bucket.span[1] <= cutoff]
    for name in old:
        client.options(ignore_status=404).indices.delete(index=name)
    return old
