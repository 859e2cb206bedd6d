"""The SSRF guard: addresses refused in every notation, names resolved by a fake resolver (never DNS),
connections pinned to the checked address, redirects checked hop by hop."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from newsmon.fetcher.guard import AddressPolicy, BlockedAddress, Cancelled, literal_address
from newsmon.fetcher.http import HttpClient
from tests.support import hostile
from tests.support.web import Site

LOOPBACK = [ipaddress.ip_network("127.0.0.1/32")]
PAGE = b"<html><body><p>The ministry denied the report.</p></body></html>"


class FakeResolver:
    """Names -> addresses as the test says, and every name asked for."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.answers:
            raise OSError(f"unknown name {host}")
        return self.answers[host]


@contextmanager
def client(
    resolver: FakeResolver, allowed: list[ipaddress.IPv4Network] | None = None, **kwargs: object
) -> Iterator[HttpClient]:
    """A guarded client (SSRF guard on, ``allowed`` networks let through) closed at the end of the block."""
    each = HttpClient(
        user_agent="newsmon-test/1",
        connect_timeout=1.0,
        read_timeout=1.0,
        policy=AddressPolicy(allowed or []),
        resolver=resolver,
        **kwargs,  # type: ignore[arg-type]
    )
    try:
        yield each
    finally:
        each.close()


@pytest.fixture
def resolver() -> FakeResolver:
    return FakeResolver({"news.example": ["127.0.0.1"], "metadata.example": ["169.254.169.254"]})


@pytest.fixture
def guarded(resolver: FakeResolver) -> Iterator[HttpClient]:
    with client(resolver, LOOPBACK) as each:
        yield each


@pytest.mark.parametrize(
    "host",
    ["2130706433", "0x7f.1", "0x7f000001", "017700000001", "127.1", "[::ffff:127.0.0.1]", "::1", "[::]"],
)
def test_odd_notations_of_loopback_are_read_as_addresses(host: str) -> None:
    address = literal_address(host)
    assert address is not None
    with pytest.raises(BlockedAddress):
        AddressPolicy().check_address(address)


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
     "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "ff02::1", "::", "::ffff:10.0.0.1",
     "64:ff9b::a00:1", "2001:db8::1"],
)  # fmt: skip
def test_every_non_public_address_is_refused(address: str) -> None:
    with pytest.raises(BlockedAddress, match="not a public address"):
        AddressPolicy().check_address(ipaddress.ip_address(address))


def test_public_addresses_pass_and_the_allow_list_opens_a_network() -> None:
    AddressPolicy().check_address(ipaddress.ip_address("93.184.216.34"))
    AddressPolicy().check_address(ipaddress.ip_address("2606:2800:220:1::1"))
    AddressPolicy([ipaddress.ip_network("10.0.0.0/8")]).check_address(ipaddress.ip_address("10.9.9.9"))


@pytest.mark.parametrize(
    "url",
    ["http://2130706433/", "http://0x7f.1/", "http://[::ffff:169.254.169.254]/latest/meta-data/",
     "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://10.0.0.1:8080/admin"],
)  # fmt: skip
def test_a_url_spelling_an_internal_address_is_refused_before_any_connection(url: str, resolver: FakeResolver) -> None:
    with client(resolver) as refusing, pytest.raises(BlockedAddress):
        refusing.get(url, max_bytes=1000)
    assert resolver.asked == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://news.example/x", "gopher://news.example/", "data:,x"])
def test_schemes_other_than_http_are_refused_by_newsmon(url: str, guarded: HttpClient) -> None:
    with pytest.raises(BlockedAddress, match="scheme"):
        guarded.get(url, max_bytes=1000)


def test_a_name_resolving_to_an_internal_address_is_refused(resolver: FakeResolver) -> None:
    with client(resolver) as refusing, pytest.raises(BlockedAddress, match=r"169\.254\.169\.254"):
        refusing.get("http://metadata.example/latest/meta-data/", max_bytes=1000)


def test_one_internal_address_among_public_ones_refuses_the_name() -> None:
    resolver = FakeResolver({"split.example": ["93.184.216.34", "10.0.0.1"]})
    with client(resolver) as refusing, pytest.raises(BlockedAddress, match=r"10\.0\.0\.1"):
        refusing.get("http://split.example/", max_bytes=1000)


def test_the_connection_goes_to_the_checked_address_with_the_name_as_host(site: Site, guarded: HttpClient) -> None:
    port = site.base_url.rsplit(":", 1)[1]
    seen: list[str] = []

    def answer(handler: object) -> None:
        seen.append(handler.headers["Host"])  # type: ignore[attr-defined]
        hostile.redirect("/page")(handler)  # type: ignore[arg-type]

    site.behave("/start", answer)
    site.add("/page", "text/html", PAGE)

    fetched = guarded.get(f"http://news.example:{port}/start", max_bytes=10_000)

    assert fetched is not None and fetched.content == PAGE
    assert fetched.url == f"http://news.example:{port}/page"
    assert seen == [f"news.example:{port}"]


@pytest.mark.parametrize(
    "location",
    ["http://169.254.169.254/latest/meta-data/", "http://metadata.example/", "http://[::ffff:10.0.0.1]/",
     "http://2852039166/", "file:///etc/passwd"],
)  # fmt: skip
def test_a_redirect_to_an_internal_address_or_scheme_is_refused(location: str, site: Site, guarded: HttpClient) -> None:
    url = site.behave("/jump", hostile.redirect(location))
    site.add("/next", "text/html", PAGE)

    with pytest.raises(BlockedAddress):
        guarded.get(url, max_bytes=1000)
    # The next input is still fetched.
    assert guarded.get(f"{site.base_url}/next", max_bytes=10_000) is not None


def test_a_stop_cancels_a_fetch_in_flight_within_a_second(site: Site, resolver: FakeResolver) -> None:
    url = site.behave("/drip", hostile.drip(0.05))
    stop = threading.Event()
    with client(resolver, LOOPBACK, stop=stop, deadline=30.0) as guarded:
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            guarded.get(url, max_bytes=1_000_000)
        assert time.monotonic() - started < 1.5
