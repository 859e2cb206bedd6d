from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import respx
from prometheus_client import REGISTRY

from newsmon.core.errors import TransientError
from newsmon.core.ids import article_id
from newsmon.core.messages import Feed, RawArticle
from newsmon.core.retry import RetryPolicy
from newsmon.fetcher import poller
from newsmon.fetcher.archive import ArchiveItem, read_archive
from newsmon.fetcher.extract import Page, extract_page
from newsmon.fetcher.http import Fetched, HttpClient
from newsmon.fetcher.poller import REPLAY_CHUNK, Fetcher
from newsmon.fetcher.settings import BUNDLED_ARCHIVE, FetcherSettings
from tests.support import fixture_bytes
from tests.support.fakes import ListPublisher

FEED = Feed(url="https://gazette.example/rss", name="Harbour Gazette", interval_seconds=300)
PIER = "https://gazette.example/news/north-pier"
FERRY = "https://gazette.example/news/ferry-timetable"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _article_html(title: str, sentence: str) -> bytes:
    paragraphs = "".join(f"<p>{sentence} Paragraph {n} adds detail for the extractor to keep.</p>" for n in range(3))
    head = f"<head><title>{title}</title></head>"
    return f"<html>{head}<body><article>{paragraphs}</article></body></html>".encode()


FERRY_HTML = _article_html("Ferry timetable", "The ferry company said the summer timetable starts on 1 June.")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fetcher(publisher: ListPublisher, clock: Clock) -> Iterator[Fetcher]:
    settings = FetcherSettings(
        fetcher_concurrency=2,
        fetcher_page_attempts=3,
        fetcher_max_page_bytes=64 * 1024,
        fetcher_respect_robots=False,
        fetcher_host_delay_seconds=0,
    )
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0)
    fetcher = Fetcher(settings, client, publisher, clock=clock)
    yield fetcher
    fetcher.close()
    client.close()


def _serve_feed(etag: str = '"feed-1"') -> respx.Route:
    return respx.get(FEED.url).mock(
        return_value=httpx.Response(200, content=fixture_bytes("feed.rss.xml"), headers={"ETag": etag})
    )


@respx.mock
def test_a_round_publishes_every_new_article_of_the_feed(fetcher: Fetcher, publisher: ListPublisher) -> None:
    _serve_feed()
    respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))

    tally = fetcher.poll_round([FEED])

    assert (tally.ok, tally.dead_letter, tally.retry) == (2, 0, 0)
    pier, ferry = publisher.articles
    assert pier.id == article_id(PIER)
    assert (pier.source, pier.feed_url, pier.language_hint) == ("Harbour Gazette", FEED.url, "en")
    assert pier.published is not None and pier.published.isoformat() == "2024-05-14T07:30:00+00:00"
    assert ferry.title == "Ferry timetable" and "summer timetable" in ferry.body
    assert publisher.dead_letters == [] and publisher.flushes == 1


@respx.mock
def test_a_round_keeps_its_pages_validators_until_its_commit_not_their_bodies(
    fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    _serve_feed()
    respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers={**HTML, "ETag": '"f"'}))
    remembered: list[Fetched] = []
    monkeypatch.setattr(HttpClient, "remember", lambda client, fetched: remembered.append(fetched))

    fetcher.poll_round([FEED])

    assert sorted(item.requested_url for item in remembered) == sorted([FEED.url, PIER, FERRY])
    assert all(item.content == b"" for item in remembered)
    assert {item.requested_url: item.etag for item in remembered}[FERRY] == '"f"'


@respx.mock
def test_an_unchanged_feed_is_answered_304_and_known_entries_are_not_fetched_again(
    fetcher: Fetcher, publisher: ListPublisher
) -> None:
    feed = _serve_feed()
    pier = respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))
    fetcher.poll_round([FEED])

    feed.mock(side_effect=[httpx.Response(304), httpx.Response(200, content=fixture_bytes("feed.rss.xml"))])
    unchanged = fetcher.poll_round([FEED], force=True)
    changed = fetcher.poll_round([FEED], force=True)

    assert feed.calls[1].request.headers["if-none-match"] == '"feed-1"'
    assert (unchanged.not_modified, unchanged.ok) == (1, 0)
    assert (changed.skipped, changed.ok) == (2, 0)
    assert pier.call_count == 1
    assert len(publisher.articles) == 2


@respx.mock
def test_two_urls_of_one_article_publish_it_once(fetcher: Fetcher, publisher: ListPublisher) -> None:
    _serve_feed()
    # The ferry page declares the pier article's canonical URL: the same article reached twice.
    canonical = b'<link rel="canonical" href="https://gazette.example/news/north-pier">'
    same = fixture_bytes("article.html").replace(b"<head>", b"<head>" + canonical)
    respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=same, headers=HTML))

    tally = fetcher.poll_round([FEED])

    assert (tally.ok, tally.duplicate) == (1, 1)
    assert [article.id for article in publisher.articles] == [article_id(PIER)]


@respx.mock
@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx.Response(200, content=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}), "not HTML"),
        (httpx.Response(200, content=b"x" * (65 * 1024), headers=HTML), "cap"),
        (
            httpx.Response(200, content=b"<html><body><nav>Home</nav></body></html>", headers=HTML),
            "no extractable",
        ),
        (httpx.Response(404), "HTTP 404"),
    ],
)
def test_a_bad_page_is_dead_lettered_and_the_round_goes_on(
    fetcher: Fetcher, publisher: ListPublisher, response: httpx.Response, reason: str
) -> None:
    _serve_feed()
    respx.get(PIER).mock(return_value=response)
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))

    tally = fetcher.poll_round([FEED])

    assert (tally.ok, tally.dead_letter) == (1, 1)
    (letter,) = publisher.dead_letters
    assert (letter.service, letter.topic) == ("fetcher", None)
    assert reason in letter.reason
    assert letter.payload.startswith(PIER)


@respx.mock
def test_a_malformed_feed_is_dead_lettered_and_backed_off(
    fetcher: Fetcher, publisher: ListPublisher, clock: Clock
) -> None:
    respx.get(FEED.url).mock(return_value=httpx.Response(200, content=fixture_bytes("malformed.xml")))

    tally = fetcher.poll_round([FEED])

    (letter,) = publisher.dead_letters
    assert letter.reason.startswith(f"malformed feed {FEED.url}")
    assert letter.payload.startswith(FEED.url + "\n<?xml")
    assert (tally.dead_letter, tally.retry) == (1, 1)
    assert fetcher.schedule.failures(FEED.url) == 1
    clock.now += 299
    assert fetcher.poll_round([FEED]).retry == 0  # not due yet: nothing was tried


@respx.mock
def test_an_unreachable_feed_backs_off_exponentially_without_dead_letters(
    fetcher: Fetcher, publisher: ListPublisher, clock: Clock
) -> None:
    route = respx.get(FEED.url).mock(side_effect=httpx.ConnectError("no network"))
    waits = []
    for _ in range(4):
        fetcher.poll_round([FEED])
        waits.append(fetcher.seconds_to_next_poll([FEED]))
        clock.now += waits[-1]

    assert route.call_count == 4
    assert waits == [300, 300, 300, 480]  # max(interval, 60 * 2**(failures - 1))
    assert publisher.dead_letters == []


@respx.mock
def test_a_page_that_keeps_failing_is_retried_then_dead_lettered(fetcher: Fetcher, publisher: ListPublisher) -> None:
    _serve_feed()
    page = respx.get(PIER).mock(return_value=httpx.Response(503))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))

    tallies = [fetcher.poll_round([FEED], force=True) for _ in range(3)]

    assert [tally.retry for tally in tallies] == [1, 1, 0]
    assert page.call_count == 3
    (letter,) = publisher.dead_letters
    assert letter.reason == f"gave up after 3 tries: HTTP 503 from {PIER}"


@respx.mock
def test_a_disabled_feed_is_not_polled(fetcher: Fetcher) -> None:
    route = _serve_feed()

    fetcher.poll_round([FEED.model_copy(update={"enabled": False})])

    assert route.call_count == 0


def test_the_bundled_archive_replays_once_then_counts_duplicates(fetcher: Fetcher, publisher: ListPublisher) -> None:
    first = fetcher.replay(read_archive(BUNDLED_ARCHIVE))
    again = fetcher.replay(read_archive(BUNDLED_ARCHIVE))

    assert (first.ok, first.dead_letter) == (len(publisher.articles), 0)
    assert first.ok >= 10
    assert again.duplicate == first.ok and again.ok == 0
    assert all(article.url.startswith("https://demo.newsmon.example/") for article in publisher.articles)
    assert {article.language_hint for article in publisher.articles} == {
        "en",
        "id",
        "ru",
        "fr",
        "es",
        "de",
        "ar",
        "pt",
    }


def test_jsonl_replay_publishes_fields_and_dead_letters_broken_lines(
    fetcher: Fetcher, publisher: ListPublisher, tmp_path: Path
) -> None:
    path = tmp_path / "backfill.jsonl"
    good = {
        "url": "https://a.example/1",
        "title": "One",
        "body": "The ministry denied the reports.",
        "language": "en",
    }
    path.write_text(json.dumps(good) + "\n{broken\n", encoding="utf-8")

    tally = fetcher.replay(read_archive(path))

    assert (tally.ok, tally.dead_letter) == (1, 1)
    assert publisher.articles[0].id == article_id("https://a.example/1")
    assert publisher.dead_letters[0].payload.startswith(f"{path}:2")


@respx.mock
def test_a_round_kafka_did_not_acknowledge_is_done_again(clock: Clock) -> None:
    feed = _serve_feed()
    respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))
    publisher = ListPublisher(failing_flushes=1)
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0)
    settings = FetcherSettings(fetcher_concurrency=2, fetcher_respect_robots=False, fetcher_host_delay_seconds=0)
    fetcher = Fetcher(settings, client, publisher, clock=clock)

    with pytest.raises(TransientError):
        fetcher.poll_round([FEED])
    again = fetcher.poll_round([FEED], force=True)
    fetcher.close()
    client.close()

    assert "if-none-match" not in feed.calls[1].request.headers  # the feed's ETag was not kept either
    assert (again.ok, again.duplicate, again.skipped) == (2, 0, 0)
    assert sorted(article.url for article in publisher.articles) == sorted([FERRY, PIER])


def test_a_replay_batch_kafka_did_not_acknowledge_is_sent_again_and_nothing_is_lost(
    monkeypatch: pytest.MonkeyPatch, clock: Clock
) -> None:
    monkeypatch.setattr(poller, "_REPLAY_RETRY", RetryPolicy(initial_backoff=0.01))
    monkeypatch.setattr(poller, "REPLAY_CHUNK", 4)
    extracted: list[str] = []

    def counted(html: str, url: str) -> Page:
        extracted.append(url)
        return extract_page(html, url)

    monkeypatch.setattr(poller, "extract_page", counted)
    publisher = ListPublisher(failing_flushes=3)
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0)
    fetcher = Fetcher(FetcherSettings(), client, publisher, clock=clock)
    try:
        tally = fetcher.replay(read_archive(BUNDLED_ARCHIVE))
    finally:
        fetcher.close()
        client.close()

    urls = [article.url for article in publisher.articles]
    assert tally.ok == len(urls) == len(set(urls)) >= 10
    assert publisher.flushes == math.ceil(len(urls) / 4) + 3
    # A batch kept for a resend holds what came of its pages, not the pages: each is extracted once.
    assert len(extracted) == len(set(extracted)) == len(urls)


def test_a_stop_ends_a_round_before_the_next_feed_and_keeps_its_pages_tries(clock: Clock) -> None:
    stop = threading.Event()
    stop.set()
    publisher = ListPublisher()
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0, stop=stop)
    fetcher = Fetcher(FetcherSettings(), client, publisher, clock=clock, stop=stop)
    try:
        tally = fetcher.poll_round([FEED], force=True)
    finally:
        fetcher.close()
        client.close()
    assert (tally.ok, tally.retry, tally.dead_letter) == (0, 0, 0)


@respx.mock
def test_each_polled_feed_publishes_its_health_with_the_round(
    fetcher: Fetcher, publisher: ListPublisher, clock: Clock
) -> None:
    route = _serve_feed()
    respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))
    fetcher.health.set_origins({FEED.url: "topic"})

    fetcher.poll_round([FEED])
    route.side_effect = httpx.ConnectError("no network")
    fetcher.poll_round([FEED], force=True)
    fetcher.poll_round([], force=True)  # nothing polled: nothing new to say

    ok, failed = publisher.statuses
    assert (ok.url, ok.name, ok.origin, ok.articles_seen, ok.failures_in_a_row) == (FEED.url, FEED.name, "topic", 2, 0)
    assert ok.last_success is not None and ok.last_error is None
    assert (failed.articles_seen, failed.failures_in_a_row, failed.last_success) == (2, 1, ok.last_success)
    assert failed.last_error is not None and "no network" in failed.last_error


def _feed_metric(name: str, feed: str = FEED.name) -> float:
    return REGISTRY.get_sample_value(name, {"feed": feed}) or 0.0


def _latency_count(leg: str) -> float:
    return REGISTRY.get_sample_value("newsmon_pipeline_latency_seconds_count", {"leg": leg}) or 0.0


@respx.mock
def test_a_round_records_the_feeds_freshness_its_articles_and_their_delay(fetcher: Fetcher) -> None:
    _serve_feed()
    respx.get(PIER).mock(return_value=httpx.Response(200, content=fixture_bytes("article.html"), headers=HTML))
    respx.get(FERRY).mock(return_value=httpx.Response(200, content=FERRY_HTML, headers=HTML))
    articles, delays = _feed_metric("newsmon_feed_articles_total"), _latency_count("published_to_fetched")

    fetcher.poll_round([FEED])

    assert _feed_metric("newsmon_feed_articles_total") == articles + 2
    assert _latency_count("published_to_fetched") == delays + 2
    assert _feed_metric("newsmon_feed_consecutive_failures") == 0
    assert _feed_metric("newsmon_feed_last_success_timestamp_seconds") > 0
    newest = datetime(2024, 5, 14, 7, 30, tzinfo=UTC).timestamp()
    assert _feed_metric("newsmon_feed_last_item_timestamp_seconds") == newest
    assert _feed_metric("newsmon_feed_item_interval_seconds") == 13.5 * 3600  # 13 May 18:00 -> 14 May 07:30


@respx.mock
def test_a_failing_feed_records_its_failures_in_a_row(fetcher: Fetcher, clock: Clock) -> None:
    feed = FEED.model_copy(update={"name": "Unreachable Gazette"})
    respx.get(FEED.url).mock(side_effect=httpx.ConnectError("no network"))
    for _ in range(3):
        fetcher.poll_round([feed])
        clock.now += fetcher.seconds_to_next_poll([feed])

    assert _feed_metric("newsmon_feed_consecutive_failures", feed.name) == 3
    assert _feed_metric("newsmon_feed_last_success_timestamp_seconds", feed.name) == 0


def test_the_published_ids_are_bounded_by_the_setting(clock: Clock, tmp_path: Path) -> None:
    publisher = ListPublisher()
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0)
    fetcher = Fetcher(FetcherSettings(fetcher_remembered_articles=2), client, publisher, clock=clock)
    archives = []
    for n in range(3):
        archives.append(tmp_path / f"{n}.jsonl")
        archives[n].write_text(
            json.dumps({"url": f"https://a.example/{n}", "body": "It was denied."}), encoding="utf-8"
        )
    try:
        # One replay each, so that the order in which the ids are remembered is the order of the replays.
        tallies = [fetcher.replay(read_archive(archive)) for archive in [*archives, archives[0], archives[0]]]
    finally:
        fetcher.close()
        client.close()

    # The oldest of three ids is forgotten by a memory of two: published again, as a new article would be.
    assert [tally.ok for tally in tallies] == [1, 1, 1, 1, 0]
    assert tallies[-1].duplicate == 1


def test_a_long_replay_is_committed_in_chunks(fetcher: Fetcher, publisher: ListPublisher, tmp_path: Path) -> None:
    count = 2 * REPLAY_CHUNK + 1

    tally = fetcher.replay(read_archive(_jsonl(tmp_path / "long.jsonl", count)))

    assert tally.ok == count
    # What waits for the broker's acknowledgement stays bounded: one flush per chunk, and one at the end.
    assert publisher.flushes == 3


def _jsonl(path: Path, count: int) -> Path:
    lines = (json.dumps({"url": f"https://a.example/{n}", "body": "The ministry denied it."}) for n in range(count))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_replay_sends_each_article_as_it_is_read(fetcher: Fetcher, publisher: ListPublisher, tmp_path: Path) -> None:
    # Within one batch: a paced replay offers its articles steadily, not in one burst when the batch closes.
    published_before: list[int] = []

    def reading() -> Iterator[ArchiveItem]:
        for item in read_archive(_jsonl(tmp_path / "few.jsonl", 5)):
            published_before.append(len(publisher.articles))
            yield item

    tally = fetcher.replay(reading())

    assert tally.ok == 5 and published_before == [0, 1, 2, 3, 4]
    assert publisher.flushes == 1


class _RefusingPublisher(ListPublisher):
    """Refuses its ``refused``-th article like a broker that cannot be reached."""

    def __init__(self, refused: int) -> None:
        super().__init__()
        self._countdown = refused

    def publish(self, article: RawArticle) -> None:
        self._countdown -= 1
        if self._countdown == 0:
            raise TransientError("kafka send failed: broker away")
        super().publish(article)


def test_a_replay_batch_whose_sending_broke_off_is_sent_again_whole(
    monkeypatch: pytest.MonkeyPatch, clock: Clock, tmp_path: Path
) -> None:
    monkeypatch.setattr(poller, "_REPLAY_RETRY", RetryPolicy(initial_backoff=0.01))
    publisher = _RefusingPublisher(refused=3)
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0)
    fetcher = Fetcher(FetcherSettings(), client, publisher, clock=clock)
    try:
        tally = fetcher.replay(read_archive(_jsonl(tmp_path / "few.jsonl", 5)))
    finally:
        fetcher.close()
        client.close()

    # The two sent before the refusal are sent again with the rest (at least once), and counted once.
    urls = [article.url for article in publisher.articles]
    assert tally.ok == 5 and sorted(set(urls)) == sorted(f"https://a.example/{n}" for n in range(5))
    assert len(urls) == 7 and publisher.flushes == 1
