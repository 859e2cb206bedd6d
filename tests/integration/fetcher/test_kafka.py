"""The fetcher against the real Kafka broker, over feeds and pages served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsmon.core.ids import article_id, canonicalize_url
from newsmon.core.messages import DeadLetter, Feed, RawArticle, decode
from newsmon.core.topics import ARTICLES_RAW, DEAD_LETTER, Topic
from newsmon.fetcher.main import poll_once, replay_archive
from newsmon.fetcher.settings import BUNDLED_ARCHIVE, FetcherSettings
from tests.support.stack import read_topic, remove_topics, require_kafka
from tests.support.web import Site, local_fetcher_settings

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


@pytest.fixture
def settings(namespace: str) -> Iterator[FetcherSettings]:
    settings = local_fetcher_settings(namespace, fetcher_concurrency=2)
    require_kafka(settings.kafka_bootstrap_servers)
    yield settings
    remove_topics(settings.kafka_bootstrap_servers, namespace)


def _consume(settings: FetcherSettings, topic: Topic, expected: int) -> list[tuple[bytes | None, bytes]]:
    return read_topic(
        settings.kafka_bootstrap_servers,
        topic.qualified(settings.namespace),
        lambda record: (record.key, record.value),
        lambda records: len(records) >= expected,
    )


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
