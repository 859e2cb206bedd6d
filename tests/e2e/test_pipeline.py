"""One article travels the whole way: RSS feed -> fetcher -> Kafka -> processor -> indexer ->
Elasticsearch -> gateway search, in Indonesian, within a bounded time, and only once however often fetched."""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import Any

from newsmon.core.ids import article_id, canonicalize_url
from newsmon.core.indices import ARTICLES
from newsmon.core.messages import Feed
from newsmon.fetcher.main import poll_once
from tests.support.stack import stored
from tests.support.web import Site, local_fetcher_settings
from tests.support.workers import Pipeline

from .conftest import MEASUREMENTS

TITLE = "Kementerian Perhubungan membantah laporan penutupan Pelabuhan Tanjung Priok"
PARAGRAPHS = [
    "Juru bicara Kementerian Perhubungan Rina Susanti pada Selasa (3/6) membantah laporan sebuah media daring "
    "bahwa pemerintah akan menutup Pelabuhan Tanjung Priok selama sepekan untuk perbaikan dermaga.",
    "“Tidak ada rencana penutupan. Kapal tetap bersandar dan bongkar muat berjalan seperti biasa,” kata Rina "
    "kepada wartawan di Jakarta. Ia menambahkan bahwa perbaikan dermaga dilakukan bertahap pada malam hari.",
    "Laporan tersebut sebelumnya beredar luas di media sosial dan memicu kekhawatiran para pengusaha logistik "
    "di Jakarta Utara, yang khawatir pengiriman barang menjelang akhir tahun akan terlambat.",
    "Asosiasi Logistik Indonesia menyambut baik penjelasan itu dan meminta pemerintah menyampaikan jadwal "
    "perbaikan dermaga secara terbuka agar para pelaku usaha dapat menyesuaikan rencana pengiriman mereka.",
]


def article_page(title: str, paragraphs: list[str], url: str) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="canonical" href="{url}"><meta property="article:published_time" content="2026-06-03T09:00:00+07:00">
</head><body><nav><a href="/">Beranda</a> | <a href="/nasional">Nasional</a></nav>
<article><h1>{html.escape(title)}</h1>{body}</article><footer>Hak cipta redaksi.</footer></body></html>"""


def rss(title: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{u}</link><pubDate>Tue, 03 Jun 2026 02:00:00 GMT</pubDate></item>"
        for t, u in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>
<link>http://127.0.0.1/</link><description>Berita uji</description><language>id</language>{entries}</channel></rss>"""


def search(pipeline: Pipeline, **params: Any) -> dict[str, Any]:
    response = pipeline.gateway.get("/search", params=params)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def listed_denials(pipeline: Pipeline) -> list[dict[str, Any]]:
    response = pipeline.gateway.get("/denials")
    assert response.status_code == 200, response.text
    denials: list[dict[str, Any]] = response.json()["denials"]
    return denials


def test_an_indonesian_article_from_a_feed_becomes_searchable_once(pipeline: Pipeline, site: Site) -> None:
    url = site.add("/nasional/pelabuhan.html", "text/html; charset=utf-8", "")
    site.add("/nasional/pelabuhan.html", "text/html; charset=utf-8", article_page(TITLE, PARAGRAPHS, url))
    feed_url = site.add("/rss.xml", "application/rss+xml", rss("Berita Uji", [(TITLE, url)]))
    feeds = [Feed(url=feed_url, name="Berita Uji", language="id")]
    settings = local_fetcher_settings(pipeline.namespace)

    started = time.monotonic()
    tally = poll_once(feeds, settings)
    published = time.monotonic()
    found = pipeline.wait_for("the article searchable by 'bantah'", lambda: search(pipeline, q="bantah")["total"])
    searchable = time.monotonic()
    MEASUREMENTS.append(
        f"feed poll + publish {published - started:.2f}s; publish -> searchable {searchable - published:.2f}s ({tally})"
    )
    assert found == 1
    hit = search(pipeline, q="bantah", lang="id")["articles"][0]
    assert hit["language"] == "id"
    assert hit["source"] == "Berita Uji"
    assert hit["title"] == TITLE
    assert any("<mark>" in snippet for snippet in hit["snippets"])

    # Two denials: the spokeswoman's "membantah", and her quoted "Tidak ada rencana penutupan", named where it closes.
    pipeline.wait_for("both denials listed", lambda: len(listed_denials(pipeline)) == 2)
    denials = listed_denials(pipeline)
    by_trigger = {denial["trigger"]["text"]: denial for denial in denials}
    assert set(by_trigger) == {"membantah", "Tidak ada"}
    assert all(denial["type"] == "denial" for denial in denials)
    assert all(denial["denier"]["canonical"] == "Rina Susanti" for denial in denials)

    # Fetching again overwrites the same document: wait for the second version, then count.
    doc_id = article_id(canonicalize_url(url))
    index = ARTICLES.qualified(pipeline.namespace)
    poll_once(feeds, settings)
    pipeline.wait_for(
        "the re-fetched article re-indexed",
        lambda: any(hit["_version"] >= 2 for hit in stored(pipeline.elasticsearch, index, doc_id)),
    )
    pipeline.elasticsearch.indices.refresh(index=index)
    assert pipeline.elasticsearch.count(index=index)["count"] == 1


def test_the_seed_article_travels_the_whole_way(pipeline: Pipeline, site: Site, shared_dir: Path) -> None:
    text = (shared_dir / "seed-article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    title = "Gedung Putih bantah laporan pembicaraan rahasia AS-Rusia"
    url = site.add("/dunia/seed.html", "text/html; charset=utf-8", "")
    site.add("/dunia/seed.html", "text/html; charset=utf-8", article_page(title, paragraphs, url))
    feed_url = site.add("/dunia.xml", "application/rss+xml", rss("Seed", [(title, url)]))

    started = time.monotonic()
    poll_once([Feed(url=feed_url, name="IslamTimes")], local_fetcher_settings(pipeline.namespace))
    pipeline.wait_for("the seed article searchable", lambda: search(pipeline, q="pembicaraan rahasia")["total"])
    MEASUREMENTS.append(f"seed article: publish -> searchable {time.monotonic() - started:.2f}s")
    assert search(pipeline, q="pembicaraan rahasia")["articles"][0]["language"] == "id"

    response = pipeline.gateway.get("/denials", params={"denier": "Karine Jean-Pierre"})
    denials = pipeline.wait_for(
        "Jean-Pierre's denial",
        lambda: pipeline.gateway.get("/denials", params={"denier": "Karine Jean-Pierre"}).json()["denials"],
    )
    assert response.status_code == 200
    assert any(d["trigger"]["text"] == "membantah" for d in denials)
