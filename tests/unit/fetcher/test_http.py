from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx

from newsmon.fetcher.http import HttpClient, HttpStatusError, ServerUnavailable, TooLarge

URL = "https://news.example/rss"


@pytest.fixture
def client() -> Iterator[HttpClient]:
    client = HttpClient(user_agent="newsmon-test/1", connect_timeout=1.0, read_timeout=1.0)
    yield client
    client.close()


@respx.mock
def test_etag_and_last_modified_are_sent_back_once_remembered_and_304_is_none(client: HttpClient) -> None:
    validators = {"ETag": '"v1"', "Last-Modified": "Tue, 14 May 2024 09:30:00 GMT"}
    route = respx.get(URL).mock(
        side_effect=[
            httpx.Response(200, content=b"<rss/>", headers=validators),
            httpx.Response(200, content=b"<rss/>", headers=validators),
            httpx.Response(304),
        ]
    )

    first = client.get(URL, max_bytes=1000)
    assert first is not None and first.content == b"<rss/>"
    # Not remembered yet (the caller had not handled the body): a plain GET again.
    second = client.get(URL, max_bytes=1000)
    assert second is not None
    client.remember(second)
    assert client.validators(URL) == ('"v1"', "Tue, 14 May 2024 09:30:00 GMT")
    assert client.get(URL, max_bytes=1000) is None

    sent = [call.request.headers for call in route.calls]
    assert "if-none-match" not in sent[1]
    assert sent[2]["if-none-match"] == '"v1"'
    assert sent[2]["if-modified-since"] == "Tue, 14 May 2024 09:30:00 GMT"
    assert sent[0]["user-agent"] == "newsmon-test/1"


@respx.mock
def test_redirects_are_followed_and_the_final_url_kept(client: HttpClient) -> None:
    respx.get("https://news.example/old").mock(
        return_value=httpx.Response(301, headers={"Location": "https://news.example/new"})
    )
    respx.get("https://news.example/new").mock(
        return_value=httpx.Response(200, content=b"<html></html>", headers={"Content-Type": "text/html; charset=utf-8"})
    )

    fetched = client.get("https://news.example/old", max_bytes=1000)

    assert fetched is not None
    assert (fetched.requested_url, fetched.url, fetched.is_html) == (
        "https://news.example/old",
        "https://news.example/new",
        True,
    )


@respx.mock
def test_declared_length_past_the_cap_is_refused(client: HttpClient) -> None:
    respx.get(URL).mock(return_value=httpx.Response(200, content=b"x" * 5000))

    with pytest.raises(TooLarge, match="declares 5000 bytes"):
        client.get(URL, max_bytes=4096)


@respx.mock
def test_streamed_body_past_the_cap_is_cut(client: HttpClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"y" * 1024

    respx.get(URL).mock(return_value=httpx.Response(200, content=chunks()))

    with pytest.raises(TooLarge, match="larger than the cap of 4096 bytes"):
        client.get(URL, max_bytes=4096)


@respx.mock
@pytest.mark.parametrize(
    ("status", "error"),
    [(404, HttpStatusError), (410, HttpStatusError), (503, ServerUnavailable), (429, ServerUnavailable)],
)
def test_error_statuses_are_told_apart(client: HttpClient, status: int, error: type[Exception]) -> None:
    respx.get(URL).mock(return_value=httpx.Response(status))

    with pytest.raises(error, match=f"HTTP {status}"):
        client.get(URL, max_bytes=1000)


@respx.mock
def test_network_failures_and_timeouts_are_transient(client: HttpClient) -> None:
    respx.get(URL).mock(side_effect=[httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])

    with pytest.raises(ServerUnavailable, match="ConnectError"):
        client.get(URL, max_bytes=1000)
    with pytest.raises(ServerUnavailable, match="ReadTimeout"):
        client.get(URL, max_bytes=1000)


@respx.mock
def test_content_type_decides_what_is_html(client: HttpClient) -> None:
    respx.get(URL).mock(return_value=httpx.Response(200, content=b"%PDF", headers={"Content-Type": "application/pdf"}))

    fetched = client.get(URL, max_bytes=1000)

    assert fetched is not None and not fetched.is_html
