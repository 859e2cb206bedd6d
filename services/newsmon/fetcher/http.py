"""The fetcher's HTTP client: conditional GET, timeouts and a total deadline, a size cap on bodies (while
they stream, decompressed ones too), redirects followed through the SSRF guard.

Every httpx error is wrapped here (STYLE habit 5): a network failure or a 5xx/429 answer is a
:class:`TransientError` (worth another try later), any other failure is a :class:`FetchError` (the input
itself is bad: a 404, a body past the size cap).
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace

import httpx

from newsmon.core.errors import FetchError, TransientError
from newsmon.fetcher.guard import (
    AddressPolicy,
    Cancelled,
    DeadlineExceeded,
    GuardedTransport,
    Resolver,
    Stopper,
    fetch_deadline,
    system_resolver,
)
from newsmon.fetcher.state import Recent

# Statuses that say "not now" rather than "never": timeouts, rate limits and server errors.
_TRANSIENT_STATUSES = frozenset({408, 425, 429})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK_BYTES = 64 * 1024


class TooLarge(FetchError):
    """The body was larger than the size cap; it was not read past the cap."""


class HttpStatusError(FetchError):
    """The server answered with an error that another try will not mend (most 4xx)."""

    def __init__(self, url: str, status: int, why: str = "") -> None:
        super().__init__(f"HTTP {status} from {url}" + (f": {why}" if why else ""))
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

    def without_body(self) -> Fetched:
        """This answer with an empty body: what waits for :meth:`HttpClient.remember` until a round's commit,
        so that a round of many pages does not hold all their bodies until then."""
        return replace(self, content=b"")


class HttpClient:
    """A thread-safe client that remembers each URL's ETag/Last-Modified once its caller says the body was
    handled (:meth:`remember`), so that the next :meth:`get` of that URL can be answered 304.

    Every hop is checked by ``policy`` (scheme, literal address) and, on the guarded transport, every
    resolved address too (see :mod:`newsmon.fetcher.guard`); redirects are followed here, at most
    ``max_redirects`` and never in a loop; each GET, redirects included, ends within ``deadline``."""

    def __init__(
        self,
        *,
        user_agent: str,
        connect_timeout: float,
        read_timeout: float,
        deadline: float = 60.0,
        policy: AddressPolicy | None = None,
        resolver: Resolver = system_resolver,
        max_redirects: int = 10,
        remembered_urls: int = 100_000,
        transport: httpx.BaseTransport | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self._policy = policy or AddressPolicy()
        # Once ``stop`` is set, every fetch in flight ends within half a second (Cancelled).
        self._stopper = Stopper(stop)
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            follow_redirects=False,
            transport=transport or GuardedTransport(self._policy, resolver, self._stopper),
        )
        self._deadline = deadline
        self._max_redirects = max_redirects
        self._validators: Recent[tuple[str | None, str | None]] = Recent(remembered_urls)

    def get(self, url: str, *, max_bytes: int) -> Fetched | None:
        """GET ``url``, conditionally when its validators are remembered; None when the answer is 304.

        Raises TooLarge past ``max_bytes`` (decoded), BlockedAddress for a refused scheme or address (of the
        URL or of a redirect), FetchError for a URL that is no URL, HttpStatusError on a 4xx answer, a
        redirect loop or too many redirects, and ServerUnavailable (DeadlineExceeded, Cancelled) on a network
        error (a redirect to no URL included), a timeout or a 5xx answer."""
        headers = {}
        etag, last_modified = self._validators.get(url) or (None, None)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with fetch_deadline(self._deadline):
                return self._follow(url, headers, max_bytes)
        except httpx.HTTPError as exc:
            raise ServerUnavailable(f"{type(exc).__name__} fetching {url}: {exc}") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL (or redirect) from {url}: {exc}") from exc
        except (DeadlineExceeded, Cancelled) as exc:
            raise type(exc)(f"{exc}: {url}") from exc

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

    def cancel(self) -> None:
        """Make every fetch in flight, and every later one, fail at once with Cancelled (when stopping)."""
        self._stopper.event.set()

    def _follow(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched | None:
        hops = [httpx.URL(url)]
        while True:
            self._policy.check_url(hops[-1])
            with self._client.stream("GET", hops[-1], headers=headers) as response:
                if not response.has_redirect_location:
                    if response.status_code == httpx.codes.NOT_MODIFIED:
                        return None
                    _raise_for_status(url, response.status_code)
                    return Fetched(
                        requested_url=url,
                        url=str(response.url),
                        content=read_capped(url, response, max_bytes),
                        content_type=response.headers.get("content-type"),
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                    )
                target = hops[-1].join(response.headers["location"])
            if target in hops:
                raise HttpStatusError(url, response.status_code, f"redirect loop back to {target}")
            if len(hops) > self._max_redirects:
                raise HttpStatusError(url, response.status_code, f"more than {self._max_redirects} redirects")
            hops.append(target)


def _raise_for_status(url: str, status: int) -> None:
    if status >= 500 or status in _TRANSIENT_STATUSES:
        raise ServerUnavailable(f"HTTP {status} from {url}")
    if not 200 <= status < 300:
        raise HttpStatusError(url, status)


def read_capped(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    """The body of ``response``, decoded (gzip, deflate) while it streams in.

    Raises TooLarge as soon as more than ``max_bytes`` are declared, received or inflated: nothing past the
    cap is read or decompressed, so a 100 MB page or a gzip bomb costs at most the cap in memory; raises
    FetchError for an unknown or corrupt content encoding."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"body of {url} declares {declared} bytes, more than the cap of {max_bytes}")
    inflate = _inflater(url, response.headers.get("content-encoding", ""))
    body, received = bytearray(), 0
    for raw in response.iter_raw(_CHUNK_BYTES):
        received += len(raw)
        body += inflate(raw, max_bytes + 1 - len(body))
        if len(body) > max_bytes or received > max_bytes:
            raise TooLarge(f"body of {url} is larger than the cap of {max_bytes} bytes")
    return bytes(body)


def _inflater(url: str, encoding: str) -> Callable[[bytes, int], bytes]:
    """A function (chunk, at most n bytes) -> decoded bytes for the Content-Encoding ``encoding``."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return lambda chunk, limit: chunk
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"body of {url} has the unknown content encoding {encoding!r}")
    # 32 + 15: a zlib or gzip header, detected.
    decompressor = zlib.decompressobj(32 + zlib.MAX_WBITS)

    def inflate(chunk: bytes, limit: int) -> bytes:
        # Input left over past ``limit`` bytes of output means the body is past the cap: never inflated.
        try:
            return decompressor.decompress(chunk, limit)
        except zlib.error as exc:
            raise FetchError(f"body of {url} is not valid {encoding}: {exc}") from exc

    return inflate
