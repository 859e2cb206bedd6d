"""``newsmon indices``: the buckets of every index with their size, and retention by age."""

from __future__ import annotations

from datetime import timedelta

from newsmon.core.messages import utcnow
from newsmon.indexer.buckets import SHARD_BYTES_TARGET, delete_before, list_buckets
from newsmon.indexer.main import elasticsearch_client
from newsmon.indexer.settings import IndexerSettings


def run_indices(delete_older_than_days: int | None) -> int:
    """Print every bucket of the configured namespace (flagging oversized shards); with
    ``delete_older_than_days``, first delete the buckets that ended longer ago. Returns the exit code (0).
    Raises ApiError or TransportError when Elasticsearch fails."""
    settings = IndexerSettings()
    client = elasticsearch_client(settings)
    try:
        if delete_older_than_days is not None:
            cutoff = utcnow() - timedelta(days=delete_older_than_days)
            for name in delete_before(client, settings.namespace, cutoff):
                print(f"deleted {name}")
        for bucket in list_buckets(client, settings.namespace):
            warning = f"  over {SHARD_BYTES_TARGET // 1024**3} GB a shard" if bucket.oversized else ""
            size = f"{bucket.shard_bytes / 1024**2:.1f} MB a shard"
            print(f"{bucket.name}\t{bucket.documents} documents\t{size}{warning}")
    finally:
        client.close()
    return 0
