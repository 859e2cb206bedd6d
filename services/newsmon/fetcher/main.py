"""``newsmon fetcher``: replay an archive, poll feeds until SIGINT/SIGTERM, publish to ``articles.raw``.

:func:`poll_once` and :func:`replay_archive` run one round with real Kafka and HTTP, for tests and tools.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from newsmon.core.errors import TransientError
from newsmon.core.logs import configure_logging
from newsmon.core.messages import Feed
from newsmon.core.metrics import init_feeds, serve_metrics
from newsmon.core.monitor import start_monitor
from newsmon.core.producer import TopicProducer
from newsmon.core.retry import RetryPolicy, Stopped, retry_until_stopped
from newsmon.fetcher.archive import ArchiveItem, read_archive
from newsmon.fetcher.feeds import load_feed_list
from newsmon.fetcher.guard import AddressPolicy
from newsmon.fetcher.http import HttpClient
from newsmon.fetcher.pace import archive_size, paced, with_progress
from newsmon.fetcher.poller import Fetcher, Tally
from newsmon.fetcher.publisher import CLIENT_ID, KafkaPublisher
from newsmon.fetcher.settings import BUNDLED_ARCHIVE, DEFAULT_FEEDS_FILE, FetcherSettings

log = logging.getLogger("newsmon.fetcher")
# Longest sleep between two looks at the clock, so that a stop request is never kept waiting long.
_MAX_SLEEP_SECONDS = 30.0
# Wait after Kafka refused a round's output before the next round.
_KAFKA_RETRY_SECONDS = 10.0
_BROKER_RETRY = RetryPolicy(initial_backoff=1.0, max_backoff=30.0)


@contextmanager
def open_fetcher(settings: FetcherSettings, stop: threading.Event | None = None) -> Iterator[Fetcher]:
    """A :class:`Fetcher` on a real HTTP client and Kafka producer, flushed and closed on exit.

    Waits for the broker (backing off, logging each failure) until it answers; raises Stopped when
    ``stop`` is set meanwhile. Once ``stop`` is set, fetches in flight end within half a second."""
    stop = stop or threading.Event()
    producer = retry_until_stopped(lambda: _producer(settings, stop), _BROKER_RETRY, stop, _broker_away)
    publisher = KafkaPublisher(producer)
    client = HttpClient(
        user_agent=settings.fetcher_user_agent,
        connect_timeout=settings.fetcher_connect_timeout_seconds,
        read_timeout=settings.fetcher_read_timeout_seconds,
        deadline=settings.fetcher_fetch_deadline_seconds,
        policy=AddressPolicy(settings.fetcher_allowed_networks),
        max_redirects=settings.fetcher_max_redirects,
        stop=stop,
    )
    fetcher = Fetcher(settings, client, publisher, stop=stop)
    try:
        yield fetcher
    finally:
        fetcher.close()
        client.close()
        try:
            publisher.close()
        except TransientError as exc:
            # Only a round or batch that was acknowledged is remembered: the rest is fetched again.
            log.warning("closing with messages Kafka did not acknowledge: %s", exc)


def _producer(settings: FetcherSettings, stop: threading.Event) -> TopicProducer:
    # The client blocks for up to half a minute looking for a broker that is away: it does so in a thread
    # of its own, so that a stop request is answered at once (the thread dies with the process).
    made: list[TopicProducer | TransientError] = []

    def connect() -> None:
        try:
            # A little lingering batches the articles of a feed into fewer requests.
            made.append(TopicProducer(settings.kafka_bootstrap_servers, settings.namespace, CLIENT_ID, linger_ms=20))
        except TransientError as exc:
            made.append(exc)

    connecting = threading.Thread(target=connect, name="kafka-connect", daemon=True)
    connecting.start()
    while connecting.is_alive():
        if stop.wait(0.2):
            raise Stopped("stopped while connecting to Kafka")
    if isinstance(made[0], TransientError):
        raise made[0]
    return made[0]


def _broker_away(error: TransientError, failures: int, delay: float) -> None:
    log.warning("Kafka unreachable (%d tries), trying again in %.0fs: %s", failures, delay, error)


def poll_once(feeds: Sequence[Feed], settings: FetcherSettings | None = None) -> Tally:
    """Poll each enabled feed in ``feeds`` once, publish its articles, and return what was done.

    Uses ``settings`` (default: from the environment) for Kafka, namespace and limits. Raises
    TransientError when Kafka does not acknowledge the output."""
    with open_fetcher(settings or FetcherSettings()) as fetcher:
        return fetcher.poll_round(feeds, force=True)


def replay_archive(path: Path, settings: FetcherSettings | None = None) -> Tally:
    """Replay the archive at ``path`` (see :mod:`newsmon.fetcher.archive`) and return what was done.

    Raises FileNotFoundError when there is no archive there, TransientError when Kafka does not
    acknowledge the output."""
    settings = settings or FetcherSettings()
    with open_fetcher(settings) as fetcher:
        return fetcher.replay(replayed(path, settings.fetcher_replay_rate))


def replayed(path: Path, rate: float | None) -> Iterator[ArchiveItem]:
    """The entries of the archive at ``path`` at most ``rate`` a second, with a progress bar on a terminal.
    Raises FileNotFoundError when there is no archive there."""
    return with_progress(paced(read_archive(path), rate), archive_size(path), f"replay {path.name}")


def run(
    *, archive: str | Path | None = None, once: bool = False, demo: bool = False, rate: float | None = None
) -> None:
    """Run the fetcher: replay ``archive`` (or the ``fetcher_archive`` setting) if any, then poll the feed list
    until SIGINT/SIGTERM, or for one round when ``once``. With an archive and no ``fetcher_feeds_file``,
    only the archive is replayed; ``demo`` replays the bundled archive, then polls the feed list (the bundled
    one unless set); ``rate`` caps the replay's articles a second. Raises ValueError when the feed list is
    invalid."""
    settings = FetcherSettings()
    if rate is not None:
        settings = settings.model_copy(update={"fetcher_replay_rate": rate})
    if demo:
        feeds_file = settings.fetcher_feeds_file or DEFAULT_FEEDS_FILE
        settings = settings.model_copy(update={"fetcher_archive": BUNDLED_ARCHIVE, "fetcher_feeds_file": feeds_file})
    elif archive:
        settings = settings.model_copy(update={"fetcher_archive": Path(archive)})
    # kafka-python logs every connection step at INFO; its warnings are what an operator needs.
    configure_logging(settings.log_level, quiet=("kafka",))
    feed_path = settings.feed_list_path()
    feeds = load_feed_list(feed_path) if feed_path else []
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the current step", signum)
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    serve_metrics(settings.metrics_port, "fetcher", settings.metrics_host)
    init_feeds(feed.name for feed in feeds if feed.enabled)
    start_monitor("fetcher", settings)
    try:
        _serve(settings, feeds, stop, once=once)
    except Stopped:
        log.info("stopped while Kafka was away; what was not acknowledged is sent at the next start")


def _serve(settings: FetcherSettings, feeds: Sequence[Feed], stop: threading.Event, *, once: bool) -> None:
    with open_fetcher(settings, stop) as fetcher:
        if settings.fetcher_archive is not None:
            tally = fetcher.replay(replayed(settings.fetcher_archive, settings.fetcher_replay_rate))
            log.info("archive %s replayed: %s", settings.fetcher_archive, tally)
        if not feeds:
            return
        log.info("polling %d feeds", sum(feed.enabled for feed in feeds))
        while not stop.is_set():
            wait = 0.0 if once else fetcher.seconds_to_next_poll(feeds)
            if wait > 0:
                stop.wait(min(_MAX_SLEEP_SECONDS, wait))
                continue
            try:
                log.info("round: %s", fetcher.poll_round(feeds, force=once))
            except TransientError as exc:
                log.warning("round not published, trying again in %.0fs: %s", _KAFKA_RETRY_SECONDS, exc)
                stop.wait(_KAFKA_RETRY_SECONDS)
                continue
            if once:
                return
