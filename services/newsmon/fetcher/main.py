"""``newsmon fetcher``: replay an archive, poll feeds until SIGINT/SIGTERM, publish to ``articles.raw``.

:func:`poll_once` and :func:`replay_archive` run one round with real Kafka and HTTP, for tests and tools.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from newsmon.core.errors import TransientError
from newsmon.core.logs import configure_logging
from newsmon.core.messages import Feed, FeedStatus
from newsmon.core.metrics import init_feeds, serve_metrics, wait_for_first_scrape
from newsmon.core.monitor import start_monitor
from newsmon.core.producer import TopicProducer
from newsmon.core.retry import RetryPolicy, Stopped, retry_until_stopped
from newsmon.core.table import TopicTable
from newsmon.core.topics import FEEDS, FEEDS_STATUS
from newsmon.fetcher.archive import ArchiveItem, read_archive
from newsmon.fetcher.feeds import load_feed_list, merge_feeds
from newsmon.fetcher.guard import AddressPolicy
from newsmon.fetcher.health import FeedHealth
from newsmon.fetcher.http import HttpClient
from newsmon.fetcher.outcomes import Tally
from newsmon.fetcher.pace import archive_size, paced, with_progress
from newsmon.fetcher.poller import Fetcher
from newsmon.fetcher.publisher import CLIENT_ID, KafkaPublisher
from newsmon.fetcher.settings import BUNDLED_ARCHIVE, DEFAULT_FEEDS_FILE, FetcherSettings

log = logging.getLogger("newsmon.fetcher")
# Longest sleep between two looks at the clock, so that a stop request is never kept waiting long.
_MAX_SLEEP_SECONDS = 30.0
# Wait after Kafka refused a round's output before the next round.
_KAFKA_RETRY_SECONDS = 10.0
_BROKER_RETRY = RetryPolicy(initial_backoff=1.0, max_backoff=30.0)
# Longest sleep while following the feeds topic: a feed added through the API is polled this soon.
_FOLLOW_SLEEP_SECONDS = 1.0
# Longest wait at start for the feeds and feeds.status topics to be read.
_TABLE_READY_SECONDS = 10.0


@contextmanager
def open_fetcher(
    settings: FetcherSettings, stop: threading.Event | None = None, health: FeedHealth | None = None
) -> Iterator[Fetcher]:
    """A :class:`Fetcher` (with ``health`` if given) on a real HTTP client and Kafka producer, flushed and
    closed on exit.

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
        remembered_urls=settings.fetcher_remembered_articles,
        stop=stop,
    )
    fetcher = Fetcher(settings, client, publisher, stop=stop, health=health)
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
    and the feeds added through the ``feeds`` topic (followed live) until SIGINT/SIGTERM, or the feed list for
    one round when ``once``. With an archive and no ``fetcher_feeds_file``, only the archive is replayed;
    ``demo`` replays the bundled archive, then polls the feed list (the bundled one unless set); ``rate`` caps
    the replay's articles a second. Raises ValueError when the feed list is invalid."""
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
    listed = load_feed_list(feed_path) if feed_path else []
    follow = feed_path is not None and not once and settings.fetcher_follow_feeds_topic
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the current step", signum)
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    serve_metrics(settings.metrics_port, "fetcher", settings.metrics_host)
    init_feeds(feed.name for feed in listed if feed.enabled)
    start_monitor("fetcher", settings)
    try:
        _serve(settings, listed, stop, once=once, follow=follow)
    except Stopped:
        log.info("stopped while Kafka was away; what was not acknowledged is sent at the next start")


def _serve(
    settings: FetcherSettings, listed: Sequence[Feed], stop: threading.Event, *, once: bool, follow: bool
) -> None:
    health = FeedHealth(_last_statuses(settings, stop)) if follow else None
    with open_fetcher(settings, stop, health) as fetcher, _following(settings, follow) as added:
        if settings.fetcher_archive is not None:
            _await_scrape(settings.fetcher_replay_scrape_wait_seconds if settings.metrics_port else 0.0, stop)
            tally = fetcher.replay(replayed(settings.fetcher_archive, settings.fetcher_replay_rate))
            log.info("archive %s replayed: %s", settings.fetcher_archive, tally)
        if listed or added is not None:
            _poll_until_stopped(fetcher, listed, added, stop, once=once)


def _await_scrape(seconds: float, stop: threading.Event) -> None:
    """Wait up to ``seconds`` for Prometheus's first read of /metrics, in short steps so that a stop request
    is answered at once."""
    deadline = time.monotonic() + seconds
    while not stop.is_set() and time.monotonic() < deadline:
        if wait_for_first_scrape(min(0.5, deadline - time.monotonic())):
            return
    if seconds and not stop.is_set():
        log.warning("/metrics not read within %.0fs: replaying anyway (dashboards may miss the replay)", seconds)


def _poll_until_stopped(
    fetcher: Fetcher, listed: Sequence[Feed], added: TopicTable[Feed] | None, stop: threading.Event, *, once: bool
) -> None:
    """Poll rounds until ``stop`` (after one round when ``once``); the feeds are looked up again before each
    look at the clock, so that a feed added to or removed from the ``feeds`` topic counts within a second."""
    polled: set[str] = set()
    while not stop.is_set():
        feeds = _current_feeds(fetcher, listed, added)
        if {feed.url for feed in feeds if feed.enabled} != polled:
            polled = {feed.url for feed in feeds if feed.enabled}
            log.info("polling %d feeds", len(polled))
        wait = 0.0 if once else fetcher.seconds_to_next_poll(feeds)
        if wait > 0:
            stop.wait(min(_FOLLOW_SLEEP_SECONDS if added is not None else _MAX_SLEEP_SECONDS, wait))
            continue
        try:
            log.info("round: %s", fetcher.poll_round(feeds, force=once))
        except TransientError as exc:
            log.warning("round not published, trying again in %.0fs: %s", _KAFKA_RETRY_SECONDS, exc)
            stop.wait(_KAFKA_RETRY_SECONDS)
            continue
        if once:
            return


def _current_feeds(fetcher: Fetcher, listed: Sequence[Feed], added: TopicTable[Feed] | None) -> list[Feed]:
    rows = added.rows() if added is not None else {}
    merged = merge_feeds(listed, rows)
    fetcher.health.set_origins({url: "topic" if url in rows else "file" for url in merged})
    return list(merged.values())


@contextmanager
def _following(settings: FetcherSettings, follow: bool) -> Iterator[TopicTable[Feed] | None]:
    """The ``feeds`` topic followed as a table while the block runs (None when not ``follow``)."""
    if not follow:
        yield None
        return
    table = TopicTable(settings.kafka_bootstrap_servers, settings.namespace, FEEDS, Feed, CLIENT_ID).start()
    if not table.ready(_TABLE_READY_SECONDS):
        log.warning("the feeds topic is not read yet: polling the feed list until it is")
    try:
        yield table
    finally:
        table.close()


def _last_statuses(settings: FetcherSettings, stop: threading.Event) -> dict[str, FeedStatus]:
    """The statuses the fetcher published before (so that counts go on); {} when they cannot be read soon
    (the broker away) or ``stop`` is set meanwhile."""
    table = TopicTable(settings.kafka_bootstrap_servers, settings.namespace, FEEDS_STATUS, FeedStatus, CLIENT_ID)
    deadline = time.monotonic() + _TABLE_READY_SECONDS
    try:
        table.start()
        # Short waits, so that a stop request is answered at once.
        while not table.ready(0.2) and not stop.is_set() and time.monotonic() < deadline:
            pass
        return table.rows()
    finally:
        table.close(timeout=1.0)
