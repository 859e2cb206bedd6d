"""The hostile-input corpus against a local site: each input is cut or refused with a reason, quickly,
within bounded memory, and the next input is still processed."""

from __future__ import annotations

import time
import tracemalloc
from http.server import BaseHTTPRequestHandler

import pytest

from newsmon.core.errors import FetchError
from newsmon.core.messages import Feed
from newsmon.fetcher.feeds import parse_feed
from newsmon.fetcher.guard import AddressPolicy, DeadlineExceeded
from newsmon.fetcher.http import HttpClient, HttpStatusError, ServerUnavailable, TooLarge
from newsmon.fetcher.poller import Fetcher
from tests.support import hostile
from tests.support.fakes import ListPublisher
from tests.support.web import Site, local_fetcher_settings

CAP = 1024 * 1024
STORY = "The harbour authority denied reports that the north pier will close next year. " * 8
GOOD = f"<html><head><title>Pier stays open</title></head><body><article><p>{STORY}</p></article></body></html>"


def _peak_bytes_of(call: object) -> int:
    tracemalloc.start()
    try:
        call()  # type: ignore[operator]
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_a_server_dripping_a_byte_at_a_time_is_cut_at_the_deadline(site: Site, local_client: HttpClient) -> None:
    url = site.behave("/drip", hostile.drip(0.05))
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded, match="deadline"):
        local_client.get(url, max_bytes=CAP)
    # Generous for a loaded machine: without the deadline the drip goes on for minutes.
    assert time.monotonic() - started < 10


def test_an_endless_page_is_cut_at_the_cap(site: Site, local_client: HttpClient) -> None:
    with pytest.raises(TooLarge, match="cap"):
        local_client.get(site.behave("/endless", hostile.endless()), max_bytes=CAP)


def test_a_100_mb_page_is_cut_at_the_cap_without_being_buffered(site: Site, local_client: HttpClient) -> None:
    url = site.behave("/huge", hostile.endless(total=100 * 1024 * 1024))

    def fetch() -> None:
        with pytest.raises(TooLarge):
            local_client.get(url, max_bytes=CAP)

    assert _peak_bytes_of(fetch) < 4 * CAP


def test_a_declared_100_mb_page_is_refused_before_its_body_is_read(site: Site, local_client: HttpClient) -> None:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(100 * 1024 * 1024))
        handler.end_headers()

    with pytest.raises(TooLarge, match="declares"):
        local_client.get(site.behave("/declared", answer), max_bytes=CAP)


def test_a_gzip_bomb_is_inflated_no_further_than_the_cap(site: Site, local_client: HttpClient) -> None:
    url = site.behave("/bomb", hostile.gzip_bomb(64 * 1024 * 1024))

    def fetch() -> None:
        with pytest.raises(TooLarge):
            local_client.get(url, max_bytes=CAP)

    assert _peak_bytes_of(fetch) < 4 * CAP


def test_redirect_loops_and_chains_are_bounded(site: Site, local_client: HttpClient) -> None:
    site.behave("/a", hostile.redirect("/b"))
    site.behave("/b", hostile.redirect("/a"))
    with pytest.raises(HttpStatusError, match="redirect loop"):
        local_client.get(f"{site.base_url}/a", max_bytes=CAP)
    for n in range(10):
        site.behave(f"/r{n}", hostile.redirect(f"/r{n + 1}"))
    with pytest.raises(HttpStatusError, match="more than 5 redirects"):
        local_client.get(f"{site.base_url}/r0", max_bytes=CAP)


def test_a_billion_laughs_feed_is_parsed_without_expanding_its_entities() -> None:
    entities = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' if n else '<!ENTITY lol0 "lol">' for n in range(10))
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title><link>https://news.example/a</link></item></channel></rss>"
    )
    started = time.monotonic()
    document = parse_feed(feed.encode(), "https://news.example/rss")
    # Generous for a loaded machine: expanding the entities would build a billion characters.
    assert time.monotonic() - started < 10
    assert [len(entry.title) < 100 for entry in document.entries] == [True]


def test_a_feed_of_hostile_pages_dead_letters_each_with_its_reason_and_publishes_the_good_one(site: Site) -> None:
    pages = {
        "/drip": hostile.drip(0.05),
        "/endless": hostile.endless(),
        "/bomb": hostile.gzip_bomb(16 * 1024 * 1024),
        "/loop": hostile.redirect("/loop"),
        "/metadata": hostile.redirect("http://169.254.169.254/latest/meta-data/"),
    }
    links = [site.behave(path, answer) for path, answer in pages.items()]
    latin = GOOD.replace("Pier stays open", "Le quai reste ouvert").replace(
        STORY, "Le port a démenti la fermeture. " * 12
    )
    links.append(site.add("/latin", "text/html; charset=utf-8", latin.encode("cp1252")))
    links.append(site.add("/blank", "text/html", "<html><body><p>\u00a0 \n\t </p></body></html>"))
    links.append(site.add("/good", "text/html; charset=utf-8", GOOD))
    items = "".join(f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    feed_url = site.add("/rss", "application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>')
    settings = local_fetcher_settings(
        "", fetcher_page_attempts=1, fetcher_max_page_bytes=CAP, fetcher_fetch_deadline_seconds=1.0
    )
    publisher = ListPublisher()
    client = HttpClient(
        user_agent="newsmon-test/1",
        connect_timeout=1.0,
        read_timeout=1.0,
        deadline=settings.fetcher_fetch_deadline_seconds,
        policy=AddressPolicy(settings.fetcher_allowed_networks),
    )
    fetcher = Fetcher(settings, client, publisher)
    try:
        started = time.monotonic()
        fetcher.poll_round([Feed(url=feed_url, name="Hostile")], force=True)
        assert time.monotonic() - started < 10
    finally:
        fetcher.close()
        client.close()

    assert sorted(article.title for article in publisher.articles) == ["Le quai reste ouvert", "Pier stays open"]
    assert "démenti" in next(a.body for a in publisher.articles if a.title.startswith("Le quai"))
    reasons = "\n".join(letter.reason for letter in publisher.dead_letters)
    for expected in ("deadline", "larger than the cap", "redirect loop", "169.254.169.254", "no extractable"):
        assert expected in reasons
    assert len(publisher.dead_letters) == 6


def test_no_url_at_all_as_link_or_redirect_is_refused_and_the_next_fetched(
    site: Site, local_client: HttpClient
) -> None:
    site.add("/next", "text/html", GOOD)
    with pytest.raises(FetchError, match="invalid URL"):
        local_client.get("http://[::1", max_bytes=CAP)
    with pytest.raises(ServerUnavailable, match="Invalid URL in location"):
        local_client.get(site.behave("/bad", hostile.redirect("http://[::1")), max_bytes=CAP)
    assert local_client.get(f"{site.base_url}/next", max_bytes=CAP) is not None
