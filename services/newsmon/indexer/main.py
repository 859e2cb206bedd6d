"""``newsmon indexer``: wires Kafka, Elasticsearch and the loop together, and runs until told to stop."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from contextlib import ExitStack
from typing import TypeVar

from elasticsearch import Elasticsearch, OrjsonSerializer

from newsmon.core.errors import TransientError
from newsmon.core.logs import configure_logging
from newsmon.core.metrics import serve_metrics
from newsmon.core.monitor import start_monitor
from newsmon.core.retry import RetryPolicy, Stopped, retry_until_stopped
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS
from newsmon.indexer.broker import KafkaDeadLetters, KafkaRecords
from newsmon.indexer.consumer import Indexer, IndexerStats, routes
from newsmon.indexer.settings import IndexerSettings
from newsmon.indexer.sink import BulkSink, ElasticsearchPlacements, elasticsearch_bulk
from newsmon.indexer.templates import install_templates

logger = logging.getLogger(__name__)
T = TypeVar("T")


def run() -> None:
    """Run the indexer with settings from the environment until SIGINT/SIGTERM, then commit and exit."""
    settings = IndexerSettings()
    # One line per batch is ours to log; the clients' lines per request and per connection are noise.
    configure_logging(settings.log_level, quiet=("kafka", "elastic_transport"))
    serve_metrics(settings.metrics_port, "indexer", settings.metrics_host)
    start_monitor("indexer", settings, settings.qualified_group_id(), (ARTICLES_ENRICHED, DENIALS))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    run_indexer(settings, stop)


def run_until_idle(
    settings: IndexerSettings, *, idle_seconds: float = 3.0, timeout_seconds: float = 120.0
) -> IndexerStats:
    """Index until no message came for ``idle_seconds`` after the consumer got its partitions (or
    ``timeout_seconds`` passed), commit and return the stats. For tests and one-off catch-ups."""
    stop = threading.Event()
    timer = threading.Timer(timeout_seconds, stop.set)
    timer.start()
    try:
        return run_indexer(settings, stop, idle_seconds=idle_seconds)
    finally:
        timer.cancel()


def run_indexer(
    settings: IndexerSettings,
    stop: threading.Event,
    *,
    idle_seconds: float | None = None,
    max_batches: int | None = None,
) -> IndexerStats:
    """Install the index templates, then index until ``stop`` (or idle/max_batches, see Indexer.run).

    Returns the stats (empty if stopped before Elasticsearch and Kafka could be reached)."""
    policy = RetryPolicy(
        max_attempts=settings.indexer_max_attempts,
        initial_backoff=settings.indexer_initial_backoff_seconds,
        max_backoff=settings.indexer_max_backoff_seconds,
    )
    table = routes(settings.namespace, settings.index_bucket)
    with ExitStack() as resources:
        client = elasticsearch_client(settings)
        resources.callback(client.close)
        try:
            installed = _until_reachable(lambda: _install(client, settings), policy, stop)
            _until_reachable(
                lambda: ensure_topics(settings.kafka_bootstrap_servers, settings.namespace, settings.topic_partitions),
                policy,
                stop,
            )
            records = _until_reachable(lambda: KafkaRecords(settings, list(table)), policy, stop)
            resources.callback(records.close)
            dead_letters = _until_reachable(lambda: KafkaDeadLetters(settings), policy, stop)
            resources.callback(dead_letters.close)
        except Stopped:
            return IndexerStats()
        indexer = Indexer(
            records,
            BulkSink(elasticsearch_bulk(client), policy),
            dead_letters,
            ElasticsearchPlacements(client),
            routes=table,
            batch_size=settings.indexer_batch_size,
            batch_max_seconds=settings.indexer_batch_max_seconds,
            backoff=policy,
            max_message_bytes=settings.indexer_max_message_bytes,
        )
        logger.info("indexing %s into %s", ", ".join(table), ", ".join(installed))
        return indexer.run(stop, idle_seconds=idle_seconds, max_batches=max_batches)


def _install(client: Elasticsearch, settings: IndexerSettings) -> list[str]:
    return install_templates(
        client,
        settings.namespace,
        settings.index_bucket,
        shards=settings.indexer_number_of_shards,
        replicas=settings.indexer_number_of_replicas,
    )


def elasticsearch_client(settings: IndexerSettings) -> Elasticsearch:
    """The indexer's Elasticsearch client (it connects on first use; never raises)."""
    # No retries in the client: the indexer retries with its own backoff and logs one line per failure,
    # where the client would retry each failure three more times at once, logging a traceback each time
    # (hundreds of lines a second while the node is down).
    # orjson encodes an article's bulk line in a quarter of the standard library's time.
    return Elasticsearch(
        settings.elasticsearch_url,
        request_timeout=settings.indexer_request_timeout_seconds,
        max_retries=0,
        serializer=OrjsonSerializer(),
    )


def _until_reachable(connect: Callable[[], T], policy: RetryPolicy, stop: threading.Event) -> T:
    """``connect()`` until it stops raising TransientError (services start in any order); raises Stopped."""

    def not_ready(exc: TransientError, failures: int, delay: float) -> None:
        logger.warning("not ready, retrying in %.1fs: %s", delay, exc)

    return retry_until_stopped(connect, policy, stop, not_ready)
