"""robots.py: robots.txt read once per host through the guarded client, and a pause between requests."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler

from newsmon.core.messages import Feed
from newsmon.fetcher.http import HttpClient
from newsmon.fetcher.poller import Fetcher
from newsmon.fetcher.robots import HostPacer, RobotsRules
from tests.support.fakes import ListPublisher
from tests.support.web import Site, local_fetcher_settings

STORY = "The harbour authority denied reports that the north pier will close next year. " * 8
PAGE = f"<html><head><title>Pier</title></head><body><article><p>{STORY}</p></article></body></html>"


def _robots(site: Site, text: str) -> list[str]:
    asked: list[str] = []

    def answer(handler: BaseHTTPRequestHandler) -> None:
        asked.append(handler.path)
        body = text.encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    site.behave("/robots.txt", answer)
    return asked


def test_pages_robots_txt_disallows_are_dead_lettered_and_robots_txt_is_read_once(
    site: Site, local_client: HttpClient
) -> None:
    asked = _robots(site, "User-agent: *\nDisallow: /private/\n")
    links = [site.add(path, "text/html", PAGE.replace("Pier", path)) for path in ("/private/a", "/public/b")]
    items = "".join(f"<item><title>x</title><link>{link}</link></item>" for link in links)
    feed_url = site.add("/rss", "application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>')
    publisher = ListPublisher()
    fetcher = Fetcher(local_fetcher_settings(""), local_client, publisher)
    try:
        fetcher.poll_round([Feed(url=feed_url, name="Robots")], force=True)
    finally:
        fetcher.close()

    assert [article.title for article in publisher.articles] == ["/public/b"]
    assert [letter.reason for letter in publisher.dead_letters] == [f"disallowed by robots.txt: {links[0]}"]
    assert asked == ["/robots.txt"]


def test_a_host_without_robots_txt_is_allowed(site: Site, local_client: HttpClient) -> None:
    assert RobotsRules(local_client, "newsmon-test/1").allowed(f"{site.base_url}/any/page")


def test_requests_to_one_host_are_spaced_and_other_hosts_are_not_held_up() -> None:
    pacer = HostPacer(0.2, threading.Event())
    started = time.monotonic()
    pacer.wait("https://a.example/1")
    pacer.wait("https://b.example/1")
    assert time.monotonic() - started < 0.1
    pacer.wait("https://a.example/2")
    assert time.monotonic() - started >= 0.19


def test_a_stop_ends_a_pause_at_once() -> None:
    stop = threading.Event()
    pacer = HostPacer(30.0, stop)
    pacer.wait("https://a.example/1")
    threading.Timer(0.1, stop.set).start()
    started = time.monotonic()
    pacer.wait("https://a.example/2")
    assert time.monotonic() - started < 1.0
