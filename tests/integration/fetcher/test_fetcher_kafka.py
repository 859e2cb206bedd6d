"""The fetcher against the real Kafka broker, over feeds and pages served on 127.0.0.1."""

from __future__ import annotations

import socket
import time

import pytest
from fetcher_site import Site
from kafka import KafkaConsumer

from newsmon.core.ids import article_id, canonicalize_url
from newsmon.core.messages import DeadLetter, Feed, RawArticle, decode
from newsmon.core.topics import ARTICLES_RAW, DEAD_LETTER, Topic
from newsmon.fetcher.main import poll_once, replay_archive
from newsmon.fetcher.settings import BUNDLED_ARCHIVE, FetcherSettings

STORY = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Kementerian membantah laporan kenaikan tarif listrik</title>
<link rel="canonical" href="{base}/berita/tarif-listrik">
<meta property="article:published_time" content="2024-05-14T10:00:00+07:00"></head>
<body><nav><a href="/">Beranda</a></nav><article><h1>Kementerian membantah laporan kenaikan tarif listrik</h1>
<p>Juru bicara Kementerian Energi, Dimas Saputra, membantah laporan bahwa tarif listrik rumah tangga akan naik
bulan depan. Menurut dia, pemerintah belum membahas perubahan tarif untuk kuartal berikutnya.</p>
<p>Kabar kenaikan tarif itu beredar di media sosial sejak Jumat dan dibagikan ribuan kali.</p>
</article></body></html>"""
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Warta Lokal</title>
<language>id</language><item><title>Kementerian membantah laporan kenaikan tarif listrik</title>
<link>{base}/berita/tarif-listrik?utm_source=rss</link><pubDate>Tue, 14 May 2024 03:00:00 GMT</pubDate></item>
</channel></rss>"""


def _broker_up(settings: FetcherSettings) -> bool:
    host, _, port = settings.kafka_bootstrap_servers.split(",")[0].rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture
def settings(namespace: str) -> FetcherSettings:
    settings = FetcherSettings(namespace=namespace, metrics_port=0, fetcher_concurrency=2)
    if not _broker_up(settings):
        pytest.fail(f"no Kafka broker at {settings.kafka_bootstrap_servers} (deploy/local/stack.sh up kafka)")
    return settings


def _consume(settings: FetcherSettings, topic: Topic, expected: int) -> list[tuple[bytes | None, bytes]]:
    consumer = KafkaConsumer(
        topic.qualified(settings.namespace),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    records: list[tuple[bytes | None, bytes]] = []
    deadline = time.monotonic() + 30
    try:
        while len(records) < expected and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=1000).values():
                records.extend((record.key, record.value) for record in batch)
    finally:
        consumer.close()
    return records


def test_an_article_of_a_feed_is_published_keyed_by_its_id_and_refetching_keeps_the_key(
    site: Site, settings: FetcherSettings
) -> None:
    base = site.base_url
    site.pages = {
        "/rss.xml": ("application/rss+xml", FEED.format(base=base).encode()),
        "/berita/tarif-listrik?utm_source=rss": (
            "text/html; charset=utf-8",
            STORY.format(base=base).encode(),
        ),
    }
    feed = Feed(url=f"{base}/rss.xml", name="Warta Lokal", language="id")

    first = poll_once([feed], settings)
    again = poll_once([feed], settings)

    assert (first.ok, first.dead_letter, again.ok) == (1, 0, 1)
    records = _consume(settings, ARTICLES_RAW, expected=2)
    assert len(records) == 2
    expected_id = article_id(canonicalize_url(f"{base}/berita/tarif-listrik"))
    assert [key for key, _ in records] == [expected_id.encode()] * 2
    article = decode(records[0][1], ARTICLES_RAW, RawArticle)
    assert article.id == expected_id
    assert article.title == "Kementerian membantah laporan kenaikan tarif listrik"
    assert article.body.startswith("Juru bicara Kementerian Energi, Dimas Saputra, membantah laporan")
    assert (article.source, article.feed_url, article.language_hint) == ("Warta Lokal", feed.url, "id")
    assert article.published is not None and article.published.isoformat() == "2024-05-14T03:00:00+00:00"


def test_a_malformed_feed_becomes_a_dead_letter_with_its_reason(site: Site, settings: FetcherSettings) -> None:
    site.pages = {"/broken.xml": ("application/rss+xml", b'<?xml version="1.0"?><rss version="2.0"><channel><<')}
    feed = Feed(url=f"{site.base_url}/broken.xml", name="Broken")

    tally = poll_once([feed], settings)

    assert (tally.ok, tally.dead_letter) == (0, 1)
    ((_, value),) = _consume(settings, DEAD_LETTER, expected=1)
    letter = decode(value, DEAD_LETTER, DeadLetter)
    assert (letter.service, letter.topic) == ("fetcher", None)
    assert letter.reason.startswith(f"malformed feed {feed.url}")
    assert letter.payload.startswith(feed.url)


def test_the_bundled_archive_replays_onto_kafka(settings: FetcherSettings) -> None:
    tally = replay_archive(BUNDLED_ARCHIVE, settings)

    assert tally.ok >= 10 and tally.dead_letter == 0
    records = _consume(settings, ARTICLES_RAW, expected=tally.ok)
    languages = {decode(value, ARTICLES_RAW, RawArticle).language_hint for _, value in records}
    assert languages == {"en", "id", "ru", "fr", "es", "de", "ar", "pt"}
