"""A local web site on 127.0.0.1 serving the feeds and article pages a test writes, for the fetcher, and
recording what is POSTed to it (a webhook subscriber, for the gateway)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Site:
    """The pages of a running local site: path (with its query) -> (content type, body); others are 404."""

    base_url: str
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    # What was POSTed: (path, headers, body) in order; a path's statuses answer its POSTs in turn (then 200).
    posts: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)
    post_statuses: dict[str, list[int]] = field(default_factory=dict)

    def add(self, path: str, content_type: str, body: str | bytes) -> str:
        """Serve ``body`` (text is sent as UTF-8) at ``path`` from now on; return the page's URL."""
        self.pages[path] = (content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base_url + path


class _Server(ThreadingHTTPServer):
    site: Site


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        # Read at each request: a test may add pages, or replace them all, while the site runs.
        page = self.server.site.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        content_type, body = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        site = self.server.site
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        statuses = site.post_statuses.get(self.path, [])
        status = statuses.pop(0) if statuses else 200
        site.posts.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@contextmanager
def serve_site() -> Iterator[Site]:
    """Run an empty site on a free port of 127.0.0.1 until the block ends; yield it to fill in."""
    server = _Server(("127.0.0.1", 0), _Handler)
    host, port = server.server_address[:2]
    server.site = Site(f"http://{host!s}:{port}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
