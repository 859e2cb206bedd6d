"""The fetcher's SSRF guard: which addresses it may connect to, checked where the connection is made.

A feed is input from strangers: its links and its pages' redirects may point at the machine itself, the
private network or a cloud metadata service (169.254.169.254). Every host is resolved here, every address
it resolves to is checked, and the connection is made to a checked address, so that no second DNS answer
(rebinding) slips in between check and connect. httpx has no resolver hook: :class:`GuardedTransport` is
its ordinary transport with the connection pool built on :class:`GuardedBackend`, which resolves, checks,
connects to the address, and bounds every read by the fetch's deadline. TLS still verifies the host name
(httpcore sends it as SNI), and the Host header is the URL's.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import certifi
import httpcore
import httpx

from newsmon.core.errors import FetchError, TransientError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# host, port -> the addresses it resolves to (a test passes a fake: tests never resolve real names).
Resolver = Callable[[str, int], list[str]]

_SCHEMES = frozenset({"http", "https"})
# Longest single wait on a socket, so that a deadline or a stop request is noticed within this.
_SLICE_SECONDS = 0.5
# The monotonic time the current fetch must end by (None: no fetch deadline on this thread).
_deadline: ContextVar[float | None] = ContextVar("fetch_deadline", default=None)


class BlockedAddress(FetchError):
    """The URL's scheme or address is one the fetcher never fetches (loopback, private, link-local...)."""


class DeadlineExceeded(TransientError):
    """The fetch took longer than its total deadline (a server that drips its answer)."""


class Cancelled(TransientError):
    """The fetch was stopped because the fetcher is stopping."""


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to with the system resolver; raises OSError when it does not."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def literal_address(host: str) -> Address | None:
    """The address ``host`` spells, in any notation a resolver accepts (``2130706433``, ``0x7f.1``,
    ``017700000001``, ``[::ffff:127.0.0.1]``); None for a name."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        # inet_aton reads the old BSD forms (decimal, octal, hex, dotted shorthand) without any lookup.
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


class AddressPolicy:
    """Refuses non-http(s) schemes and every address that is not public unicast, unless allowed."""

    def __init__(self, allowed: Sequence[Network] = ()) -> None:
        self._allowed = tuple(allowed)

    def check_address(self, address: Address) -> None:
        """Return when ``address`` may be fetched; raises BlockedAddress naming why not."""
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if any(address in network for network in self._allowed):
            return
        if not address.is_global or address.is_multicast or address.is_reserved or address.is_unspecified:
            raise BlockedAddress(f"address {address} is not a public address")

    def check_url(self, url: httpx.URL) -> None:
        """Return when ``url``'s scheme may be fetched and its host is a name or an allowed address; raises
        BlockedAddress otherwise (names are checked once resolved, by :class:`GuardedBackend`)."""
        if url.scheme not in _SCHEMES:
            raise BlockedAddress(f"scheme {url.scheme!r} is not fetched: {url}")
        address = literal_address(url.host)
        if address is not None:
            self.check_address(address)


class Stopper:
    """A flag (``event``: the fetcher's stop request) every fetch in flight looks at every half second."""

    def __init__(self, event: threading.Event | None = None) -> None:
        self.event = event or threading.Event()

    def check(self) -> None:
        """Raise Cancelled once the fetcher is stopping, DeadlineExceeded past this fetch's deadline."""
        if self.event.is_set():
            raise Cancelled("the fetcher is stopping")
        deadline = _deadline.get()
        if deadline is not None and time.monotonic() >= deadline:
            raise DeadlineExceeded("the fetch's total deadline has passed")

    def slice(self, timeout: float | None) -> float:
        """The wait allowed for one socket operation: ``timeout``, at most half a second and the time left."""
        self.check()
        wait = _SLICE_SECONDS if timeout is None else min(timeout, _SLICE_SECONDS)
        deadline = _deadline.get()
        # Never a zero wait: a socket with timeout 0 is non-blocking and fails with another error.
        return wait if deadline is None else max(0.01, min(wait, deadline - time.monotonic()))


@contextmanager
def fetch_deadline(seconds: float) -> Iterator[None]:
    """Bound every connect and read made on this thread inside the block to ``seconds`` in all."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


class _GuardedStream(httpcore.NetworkStream):
    """A stream whose reads wait in slices, so that a stop or the deadline cuts even a dripping server."""

    def __init__(self, inner: httpcore.NetworkStream, stopper: Stopper) -> None:
        self._inner = inner
        self._stopper = stopper

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        waited = 0.0
        while True:
            wait = self._stopper.slice(timeout)
            try:
                return self._inner.read(max_bytes, wait)
            except httpcore.ReadTimeout:
                waited += wait
                if timeout is not None and waited >= timeout:
                    raise
                self._stopper.check()

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stopper.check()
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _GuardedStream(self._inner.start_tls(ssl_context, server_hostname, timeout), self._stopper)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves each host, refuses it if any of its addresses is refused, and connects to a checked one."""

    def __init__(self, policy: AddressPolicy, resolver: Resolver, stopper: Stopper) -> None:
        self._policy = policy
        self._resolver = resolver
        self._stopper = stopper
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        self._stopper.check()
        addresses = _resolve(self._resolver, host, port)
        # One refused address refuses the host: a name that resolves to a public and a private address
        # must not get a second chance at the private one.
        for address in addresses:
            self._policy.check_address(address)
        deadline = _deadline.get()
        if deadline is not None:
            remaining = max(0.01, deadline - time.monotonic())
            timeout = remaining if timeout is None else min(timeout, remaining)
        error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(str(address), port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _GuardedStream(stream, self._stopper)
        raise error or httpcore.ConnectError(f"{host} resolves to no address")

    def sleep(self, seconds: float) -> None:
        self._stopper.event.wait(seconds)


def _resolve(resolver: Resolver, host: str, port: int) -> list[Address]:
    literal = literal_address(host)
    if literal is not None:
        return [literal]
    try:
        found = resolver(host, port)
    except OSError as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    return [ipaddress.ip_address(address.split("%", 1)[0]) for address in found]


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport on a :class:`GuardedBackend` (same TLS verification, no retries)."""

    def __init__(self, policy: AddressPolicy, resolver: Resolver, stopper: Stopper) -> None:
        super().__init__()
        # httpx builds its pool without a way to pass a network backend: this one replaces it, verifying
        # certificates against the same bundle as httpx's default (certifi's).
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl.create_default_context(cafile=certifi.where()),
            network_backend=GuardedBackend(policy, resolver, stopper),
        )
