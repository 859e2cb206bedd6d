"""The fetcher's HTTP client: conditional GET, timeouts, a size cap on bodies, redirects followed.

Every httpx error is wrapped here (STYLE habit 5): a network failure or a 5xx/429 answer is a
:class:`TransientError` (worth another try later), any other failure is a :class:`FetchError` (the input
itself is bad: a 404, a body past the size cap).
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from newsmon.core.errors import FetchError, TransientError
from newsmon.fetcher.state import Recent

# Statuses that say "not now" rather than "never": timeouts, rate limits and server errors.
_TRANSIENT_STATUSES = frozenset({408, 425, 429})
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class TooLarge(FetchError):
    """The body was larger than the size cap; it was not read past the cap."""


class HttpStatusError(FetchError):
    """The server answered with an error that another try will not mend (most 4xx)."""

    def __init__(self, url: str, status: int) -> None:
        super().__init__(f"HTTP {status} from {url}")
        self.status = status


class ServerUnavailable(TransientError):
    """The server could not be reached, timed out, or answered 5xx/408/425/429."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A body fetched with a 2xx status, and the validators to send next time."""

    requested_url: str
    url: str
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @property
    def is_html(self) -> bool:
        """True when the server says the body is HTML (or says nothing about its type)."""
        return self.content_type is None or self.content_type.split(";")[0].strip().lower() in _HTML_TYPES


class HttpClient:
    """A thread-safe client that remembers each URL's ETag/Last-Modified once its caller says the body was
    handled (:meth:`remember`), so that the next :meth:`get` of that URL can be answered 304."""

    def __init__(
        self,
        *,
        user_agent: str,
        connect_timeout: float,
        read_timeout: float,
        remembered_urls: int = 100_000,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            follow_redirects=True,
            max_redirects=10,
            transport=transport,
        )
        self._validators: Recent[tuple[str | None, str | None]] = Recent(remembered_urls)

    def get(self, url: str, *, max_bytes: int) -> Fetched | None:
        """GET ``url``, conditionally when its validators are remembered; None when the answer is 304.

        Raises TooLarge past ``max_bytes`` (decoded), HttpStatusError on a 4xx answer, and
        ServerUnavailable on a network error, a timeout or a 5xx answer."""
        headers = {}
        etag, last_modified = self._validators.get(url) or (None, None)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == httpx.codes.NOT_MODIFIED:
                    return None
                _raise_for_status(url, response.status_code)
                content = _read_capped(url, response, max_bytes)
                return Fetched(
                    requested_url=url,
                    url=str(response.url),
                    content=content,
                    content_type=response.headers.get("content-type"),
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                )
        except httpx.HTTPError as exc:
            raise ServerUnavailable(f"{type(exc).__name__} fetching {url}: {exc}") from exc

    def remember(self, fetched: Fetched) -> None:
        """Keep ``fetched``'s validators for the next GET of its URL (call once its body has been handled)."""
        if fetched.etag or fetched.last_modified:
            self._validators.put(fetched.requested_url, (fetched.etag, fetched.last_modified))

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        """The (ETag, Last-Modified) remembered for ``url``, if any."""
        return self._validators.get(url)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()


def _raise_for_status(url: str, status: int) -> None:
    if status >= 500 or status in _TRANSIENT_STATUSES:
        raise ServerUnavailable(f"HTTP {status} from {url}")
    if not 200 <= status < 300:
        raise HttpStatusError(url, status)


def _read_capped(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"body of {url} declares {declared} bytes, more than the cap of {max_bytes}")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"body of {url} is larger than the cap of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
