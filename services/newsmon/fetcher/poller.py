"""The fetcher's work: poll due feeds, fetch their new pages (bounded concurrency), extract, publish.

Worker threads only fetch and extract; every decision (publish, duplicate, dead letter, retry later) is
taken on the calling thread, in feed order, so the bookkeeping needs no locks of its own.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from newsmon.core.deadletters import dead_letter, excerpt
from newsmon.core.errors import FetchError, PoisonMessage, TransientError
from newsmon.core.messages import Feed, RawArticle, utcnow
from newsmon.core.metrics import STAGE_SECONDS, Outcome, count, feed_article, feed_polled, observe_latency
from newsmon.core.retry import RetryPolicy, retry_until_stopped
from newsmon.fetcher.archive import ArchivedHtml, ArchivedPage, ArchiveItem
from newsmon.fetcher.charset import decode_page
from newsmon.fetcher.extract import extract_page, to_article
from newsmon.fetcher.feeds import FeedDocument, parse_feed
from newsmon.fetcher.freshness import newest_item, typical_interval
from newsmon.fetcher.health import FeedHealth
from newsmon.fetcher.http import Fetched, HttpClient, HttpStatusError
from newsmon.fetcher.outcomes import Extracted, Failed, PageContext, PageOutcome, Rejected, Tally, Unchanged
from newsmon.fetcher.pace import chunk_ends
from newsmon.fetcher.publisher import Publisher
from newsmon.fetcher.robots import HostPacer, RobotsRules
from newsmon.fetcher.settings import FetcherSettings
from newsmon.fetcher.state import FeedSchedule, Recent

SERVICE: Final = "fetcher"
# Archive items acknowledged by Kafka together (and sent again together when they were not): what waits
# for its acknowledgement (and the ids not yet remembered) stays bounded however long the archive is.
REPLAY_CHUNK = 500
# ... or those read within half a second: a paced replay is acknowledged (and remembered) as it goes.
REPLAY_CHUNK_SECONDS = 0.5
_REPLAY_RETRY = RetryPolicy(initial_backoff=1.0, max_backoff=30.0)
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Replayed:
    """An archive entry once extracted: where in the archive it is, and what came of it."""

    location: str
    outcome: PageOutcome


@dataclass(slots=True)
class _ReplayBatch:
    """Replayed entries acknowledged together: each was sent as it was read (a paced replay offers its
    articles steadily, not in a burst per batch), what that did, and the error that broke the sending off,
    if one did (the batch is then sent again whole)."""

    entries: list[_Replayed] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    failure: TransientError | None = None


@dataclass(frozen=True, slots=True)
class _Retry:
    url: str
    context: PageContext
    attempts: int


@dataclass(slots=True)
class _Uncommitted:
    """What a round did that is remembered only once Kafka has acknowledged the round's output."""

    article_ids: set[str] = field(default_factory=set)
    urls: list[str] = field(default_factory=list)
    fetched: list[Fetched] = field(default_factory=list)


class Fetcher:
    """Polls feeds and replays archives through one extraction and publishing path.

    Remembers, for the life of the process: the articles published (bounded LRU, so a re-fetched article
    counts as ``duplicate``), the entry URLs already handled, pages to try again, each feed's schedule and
    its health (published with the round's output)."""

    def __init__(
        self,
        settings: FetcherSettings,
        client: HttpClient,
        publisher: Publisher,
        *,
        clock: Callable[[], float] = time.monotonic,
        stop: threading.Event | None = None,
        health: FeedHealth | None = None,
    ) -> None:
        self._settings = settings
        self._stop = stop or threading.Event()
        self._client = client
        self._publisher = publisher
        self._clock = clock
        self._schedule = FeedSchedule(
            RetryPolicy(
                initial_backoff=settings.fetcher_backoff_base_seconds,
                max_backoff=settings.fetcher_backoff_max_seconds,
            )
        )
        self._published: Recent[bool] = Recent(settings.fetcher_remembered_articles)
        self._handled: Recent[bool] = Recent(settings.fetcher_remembered_articles)
        self._retries: dict[str, _Retry] = {}
        self._uncommitted = _Uncommitted()
        self._robots = RobotsRules(client, settings.fetcher_user_agent) if settings.fetcher_respect_robots else None
        self._pacer = HostPacer(settings.fetcher_host_delay_seconds, self._stop)
        self._health = health or FeedHealth()
        self._pool = ThreadPoolExecutor(settings.fetcher_concurrency, thread_name_prefix="fetcher")

    @property
    def schedule(self) -> FeedSchedule:
        """When each feed is due next (and how often it has failed in a row)."""
        return self._schedule

    @property
    def health(self) -> FeedHealth:
        """Each feed's last success, last error and articles seen."""
        return self._health

    def poll_round(self, feeds: Sequence[Feed], *, force: bool = False) -> Tally:
        """Poll every enabled feed that is due (every enabled one when ``force``), fetch and publish its new
        pages, try again the pages that failed before, then wait for Kafka's acknowledgements.

        Returns what was done. A feed that fails is backed off and logged, never raised; raises
        TransientError only when Kafka does not acknowledge the output, and then forgets the round's pages
        and feed validators, so that the next round fetches and publishes them again."""
        tally = Tally()
        now = self._clock()
        # Pages that fail in this round wait for the next one.
        retries = list(self._retries.values())
        for feed in feeds:
            if self._stop.is_set():
                break
            if feed.enabled and (force or self._schedule.is_due(feed.url, now)):
                self._poll_feed(feed, tally)
        outcomes = self._pool.map(lambda retry: self._fetch_page(retry.url, retry.context), retries)
        for retry, outcome in zip(retries, outcomes, strict=True):
            self._settle(retry.url, retry.context, outcome, tally)
        self._commit()
        return tally

    def seconds_to_next_poll(self, feeds: Sequence[Feed]) -> float:
        """Seconds until one of the enabled ``feeds`` is due (0 when one already is)."""
        now = self._clock()
        urls = [feed.url for feed in feeds if feed.enabled]
        return max(0.0, self._schedule.next_due(urls, now) - now) if urls else float("inf")

    def replay(self, items: Iterable[ArchiveItem]) -> Tally:
        """Extract and publish every archived page like a fetched one; unreadable entries and pages without
        an article are dead-lettered. Returns what was done.

        Each item is sent as it is read; they are acknowledged by Kafka in batches: a batch Kafka did not
        take (broker away, acks failing) is sent again after a backoff until it is taken, so nothing is lost.
        Raises Stopped when a stop is requested while a batch waits to be sent again."""
        tally = Tally()
        # Each entry is extracted as it is read and a batch keeps only the outcomes: pages run to hundreds
        # of KB, and a batch of them kept for a resend held about 90 MB (twice that while the next was read).
        outcomes = map(self._replayed, items)
        batch = _ReplayBatch()
        for entry, closes in chunk_ends(outcomes, REPLAY_CHUNK, REPLAY_CHUNK_SECONDS):
            self._send_first(batch, entry)
            if closes:
                tally.add(self._acknowledged(batch))
                batch = _ReplayBatch()
        if batch.entries:
            tally.add(self._acknowledged(batch))
        return tally

    def _replayed(self, item: ArchiveItem) -> _Replayed:
        if isinstance(item, ArchivedPage):
            article = to_article(item.page, url=item.url, source=None, fetched_at=utcnow())
            return _Replayed(item.location, Extracted(article, None))
        if isinstance(item, ArchivedHtml):
            return _Replayed(item.location, self._extract(item.html, item.url, PageContext(), None))
        return _Replayed(item.location, Rejected(item.reason, item.excerpt))

    def _send_first(self, batch: _ReplayBatch, entry: _Replayed) -> None:
        batch.entries.append(entry)
        if batch.failure is not None:
            return  # the rest of the batch goes with its resend
        try:
            self._send_replayed(entry, batch.tally)
        except TransientError as exc:
            self._uncommitted = _Uncommitted()
            batch.failure = exc

    def _acknowledged(self, batch: _ReplayBatch) -> Tally:
        # The first try is what was sent as the entries were read; each later one sends the batch again.
        first = functools.partial(self._commit_sent, batch)
        tries = itertools.chain([first], itertools.repeat(functools.partial(self._replay_batch, batch.entries)))
        return retry_until_stopped(lambda: next(tries)(), _REPLAY_RETRY, self._stop, _replay_failed)

    def _commit_sent(self, batch: _ReplayBatch) -> Tally:
        if batch.failure is not None:
            raise batch.failure
        self._commit()  # which forgets what it would remember when Kafka does not acknowledge it
        return batch.tally

    def _replay_batch(self, batch: list[_Replayed]) -> Tally:
        tally = Tally()
        try:
            for entry in batch:
                self._send_replayed(entry, tally)
            self._commit()
        except TransientError:
            self._uncommitted = _Uncommitted()
            raise
        return tally

    def _send_replayed(self, entry: _Replayed, tally: Tally) -> None:
        if isinstance(entry.outcome, Rejected):
            self._reject(entry.location, entry.outcome.reason, entry.outcome.excerpt, tally)
        else:
            self._settle(None, PageContext(), entry.outcome, tally)

    def close(self) -> None:
        """Stop the worker threads (the client and publisher belong to the caller)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _poll_feed(self, feed: Feed, tally: Tally) -> None:
        self._pacer.wait(feed.url)
        try:
            with STAGE_SECONDS.labels(SERVICE, "feed").time():
                fetched = self._client.get(feed.url, max_bytes=self._settings.fetcher_max_feed_bytes)
        except (TransientError, HttpStatusError) as exc:
            self._feed_failed(feed, str(exc), tally)
            return
        except FetchError as exc:
            self._reject(feed.url, str(exc), "", tally)
            self._feed_failed(feed, str(exc), tally)
            return
        if fetched is None:
            tally.not_modified += 1
            self._feed_succeeded(feed, 0)
            return
        try:
            document = parse_feed(fetched.content, fetched.url, fetched.content_type)
        except FetchError as exc:
            self._reject(feed.url, str(exc), excerpt(fetched.content), tally)
            self._feed_failed(feed, str(exc), tally)
            return
        published = tally.ok
        newest = self._fetch_entries(feed, document, tally)
        self._uncommitted.fetched.append(fetched.without_body())
        interval = typical_interval(entry.published for entry in document.entries)
        self._feed_succeeded(feed, tally.ok - published, interval=interval, newest=newest)

    def _fetch_entries(self, feed: Feed, document: FeedDocument, tally: Tally) -> datetime | None:
        # Returns the time of the newest entry not seen before (None when all were seen).
        entries = [
            entry for entry in document.entries if entry.url not in self._handled and entry.url not in self._retries
        ]
        tally.skipped += len(document.entries) - len(entries)
        contexts = [
            PageContext(feed.name, feed.url, entry.published, document.language or feed.language) for entry in entries
        ]
        urls = [entry.url for entry in entries]
        for url, context, outcome in zip(urls, contexts, self._pool.map(self._fetch_page, urls, contexts), strict=True):
            self._settle(url, context, outcome, tally)
        return newest_item((entry.published for entry in entries), utcnow())

    def _feed_succeeded(
        self, feed: Feed, articles: int, *, interval: float | None = None, newest: datetime | None = None
    ) -> None:
        self._schedule.succeeded(feed.url, self._clock(), feed.interval_seconds)
        self._health.succeeded(feed, utcnow(), articles)
        feed_polled(feed.name, failures=0, interval=interval, newest=newest)

    def _feed_failed(self, feed: Feed, reason: str, tally: Tally) -> None:
        self._health.failed(feed, utcnow(), reason)
        wait = self._schedule.failed(feed.url, self._clock(), feed.interval_seconds)
        failures = self._schedule.failures(feed.url)
        log.warning("feed %s failed (%d in a row), next try in %.0fs: %s", feed.name, failures, wait, reason)
        tally.retry += 1
        count(SERVICE, "retry")
        feed_polled(feed.name, failures=failures)

    def _fetch_page(self, url: str, context: PageContext) -> PageOutcome:
        # Runs in a worker thread: fetch and extract, decide nothing.
        if self._robots is not None and not self._robots.allowed(url):
            return Rejected(f"disallowed by robots.txt: {url}", "")
        self._pacer.wait(url)
        try:
            with STAGE_SECONDS.labels(SERVICE, "page").time():
                fetched = self._client.get(url, max_bytes=self._settings.fetcher_max_page_bytes)
        except TransientError as exc:
            return Failed(str(exc))
        except FetchError as exc:
            return Rejected(str(exc), "")
        if fetched is None:
            return Unchanged()
        if not fetched.is_html:
            return Rejected(f"not HTML ({fetched.content_type}): {url}", excerpt(fetched.content))
        return self._extract(fetched.content, fetched.url, context, fetched)

    def _extract(self, html: bytes, url: str, context: PageContext, fetched: Fetched | None) -> PageOutcome:
        try:
            with STAGE_SECONDS.labels(SERVICE, "extract").time():
                page = extract_page(decode_page(html, fetched.content_type if fetched else None), url)
        except FetchError as exc:
            return Rejected(str(exc), excerpt(html))
        # An archived page stands for its canonical URL, not for the file it was read from.
        where = page.canonical_url if url.startswith("file:") else url
        article = to_article(
            page,
            url=where,
            source=context.source,
            feed_url=context.feed_url,
            fetched_at=utcnow(),
            published=context.published,
            language=context.language,
        )
        return Extracted(article, fetched)

    def _settle(self, url: str | None, context: PageContext, outcome: PageOutcome, tally: Tally) -> None:
        if isinstance(outcome, Failed) and url is not None and self._stop.is_set():
            return  # cut short by the stop, not by the page: tried again at the next start
        if isinstance(outcome, Failed) and url is not None:
            self._try_again(url, context, outcome.reason, tally)
            return
        if isinstance(outcome, Extracted):
            self._publish(outcome.article, tally)
            if outcome.fetched is not None:
                self._uncommitted.fetched.append(outcome.fetched.without_body())
        elif isinstance(outcome, Rejected):
            self._reject(url or "", outcome.reason, outcome.excerpt, tally)
        elif isinstance(outcome, Unchanged):
            tally.not_modified += 1
        if url is not None:
            self._retries.pop(url, None)
            self._uncommitted.urls.append(url)

    def _try_again(self, url: str, context: PageContext, reason: str, tally: Tally) -> None:
        previous = self._retries.pop(url, None)
        attempts = (previous.attempts if previous else 0) + 1
        if attempts >= self._settings.fetcher_page_attempts:
            self._reject(url, f"gave up after {attempts} tries: {reason}", "", tally)
            self._uncommitted.urls.append(url)
            return
        self._retries[url] = _Retry(url, context, attempts)
        tally.retry += 1
        count(SERVICE, "retry")

    def _publish(self, article: RawArticle, tally: Tally) -> None:
        if article.id in self._published or article.id in self._uncommitted.article_ids:
            self._record(tally, "duplicate")
            return
        try:
            with STAGE_SECONDS.labels(SERVICE, "publish").time():
                self._publisher.publish(article)
        except PoisonMessage as exc:
            self._reject(article.url, exc.reason, excerpt(article.body), tally)
            return
        self._uncommitted.article_ids.add(article.id)
        self._record(tally, "ok")
        observe_latency("published_to_fetched", article.published, article.fetched_at)
        if article.feed_url is not None:
            feed_article(article.source)

    def _commit(self) -> None:
        done, self._uncommitted = self._uncommitted, _Uncommitted()
        for status in self._health.changed():
            self._publisher.feed_status(status)
        self._publisher.flush()
        for article_id in done.article_ids:
            self._published.put(article_id, True)
        for url in done.urls:
            self._handled.put(url, True)
        for fetched in done.fetched:
            self._client.remember(fetched)

    def _reject(self, url: str, reason: str, start: str, tally: Tally) -> None:
        # ``start``: the excerpt of what was read there (see core.deadletters.excerpt), if anything was.
        log.warning("dead letter: %s", reason)
        payload = f"{url}\n{start}" if start else url
        self._publisher.dead_letter(dead_letter(SERVICE, reason, payload))
        self._record(tally, "dead_letter")

    @staticmethod
    def _record(tally: Tally, outcome: Outcome) -> None:
        setattr(tally, outcome, getattr(tally, outcome) + 1)
        count(SERVICE, outcome)


def _replay_failed(error: TransientError, failures: int, delay: float) -> None:
    log.warning("replay batch not acknowledged (%d in a row), sent again in %.0fs: %s", failures, delay, error)
    count(SERVICE, "retry")
