"""``newsmon processor``: run the Faust worker until SIGINT/SIGTERM."""

from __future__ import annotations

import gc

import faust

from newsmon.core.logs import install_repeat_filter
from newsmon.core.metrics import serve_metrics
from newsmon.core.monitor import start_monitor
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import ARTICLES_RAW, DENIALS, RULES
from newsmon.nlp.analysis import analyze, preload
from newsmon.nlp.denials import supported_languages
from newsmon.processor.agents import register_agents
from newsmon.processor.app import app_id, create_app
from newsmon.processor.settings import ProcessorSettings


def run() -> None:
    """Serve ``/metrics`` and run the processor's Faust worker until SIGINT or SIGTERM, then stop cleanly
    (agents stop, the producer is flushed, offsets are committed). Returns when the worker has stopped;
    raises SystemExit with a non-zero code when it failed, pydantic's ValidationError on bad settings."""
    settings = ProcessorSettings()
    # Faust creates its own data folder, but not the folders above it.
    settings.faust_datadir.mkdir(parents=True, exist_ok=True)
    serve_metrics(settings.metrics_port, "processor", settings.metrics_host)
    start_monitor("processor", settings, app_id(settings.namespace), (ARTICLES_RAW, DENIALS, RULES))
    processor = create_app(settings)
    ensure_topics(
        settings.kafka_bootstrap_servers,
        settings.namespace,
        settings.topic_partitions,
        extra=processor.changelog_specs(),
    )
    # Loaded before the worker joins the group, so that no article waits for its language's first load.
    preload(supported_languages())
    # The models live as long as the worker: frozen out of the collector's sight, they are not walked by every
    # full collection, which held the worker (and the GIL) 75-140 ms of CPU each, about 45 ms of it for them.
    gc.freeze()
    # An article leaves few objects alive, but its analysis allocates thousands: at Python's default threshold
    # (700) a young collection ran every few articles and a full one (80-155 ms) every thousand, 0.13-0.23 ms of
    # CPU per article in all; collecting every 10,000 net allocations costs 0.03 ms (gc callbacks, 2,000 articles).
    gc.set_threshold(10_000, 10, 10)
    # Articles are analysed one at a time on the event loop's thread (agents.register_agents says why).
    register_agents(processor, analyze)
    processor.app.task(_collapse_log_floods)
    worker = create_worker(processor.app, settings.log_level)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        if exc.code not in (None, 0):
            raise


def create_worker(app: faust.App, log_level: str) -> faust.Worker:
    """The Faust worker that runs ``app``, logging at ``log_level``."""
    worker = faust.Worker(app, loglevel=log_level)
    # Faust's terminal spinner, at WARNING and above, sets the root logger to DEBUG so that it turns on
    # every record: each debug line of aiokafka and Faust (several per message) would be built, then dropped.
    worker.spinner = None
    return worker


async def _collapse_log_floods() -> None:
    # Faust configures logging as the worker starts: the filter goes on its handlers then.
    install_repeat_filter()
