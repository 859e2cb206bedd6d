"""A local web site (feeds and article pages on 127.0.0.1) for the fetcher's integration tests."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Site(ThreadingHTTPServer):
    """Serves ``pages``: path -> (content type, body); anything else is a 404."""

    pages: dict[str, tuple[str, bytes]]

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class SiteHandler(BaseHTTPRequestHandler):
    """Answers GET from its server's pages."""

    server: Site

    def do_GET(self) -> None:
        page = self.server.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        content_type, body = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""
