"""Hostile answers for the local test site (:meth:`tests.support.web.Site.behave`): a server that drips,
never ends, sends 100 MB, a gzip bomb, or redirects somewhere it should not."""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

Answer = Callable[[BaseHTTPRequestHandler], None]
_FILLER = b"<p>The ministry denied the report about the harbour closure again today.</p>\n" * 800


def _start(handler: BaseHTTPRequestHandler, headers: dict[str, str], status: int = 200) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()


def drip(interval: float, total: int = 10_000) -> Answer:
    """An HTML page sent one byte every ``interval`` seconds."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        _start(handler, {"Content-Type": "text/html", "Content-Length": str(total)})
        for _ in range(total):
            handler.wfile.write(b"a")
            handler.wfile.flush()
            time.sleep(interval)

    return answer


def endless(total: int | None = None) -> Answer:
    """An HTML page without a Content-Length that never ends (or ends after ``total`` bytes)."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        _start(handler, {"Content-Type": "text/html"})
        handler.close_connection = True
        sent = 0
        while total is None or sent < total:
            handler.wfile.write(_FILLER)
            sent += len(_FILLER)

    return answer


def gzip_bomb(inflated: int) -> Answer:
    """A gzip-encoded page that inflates to ``inflated`` bytes (about a thousandth of that on the wire)."""
    body = gzip.compress(b"\0" * inflated, compresslevel=9)

    def answer(handler: BaseHTTPRequestHandler) -> None:
        headers = {"Content-Type": "text/html", "Content-Encoding": "gzip", "Content-Length": str(len(body))}
        _start(handler, headers)
        handler.wfile.write(body)

    return answer


def redirect(location: str, status: int = 302) -> Answer:
    """A redirect to ``location``."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        _start(handler, {"Location": location, "Content-Length": "0"}, status)

    return answer
