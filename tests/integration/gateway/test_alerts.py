"""Alert rules and alerts through the gateway over the real broker and node: /rules writes the rules
topic, the streams (SSE, WebSocket) resume without gaps or repeats, /alerts serves the indexed history,
and webhooks are signed, delivered once and dead-lettered after their last failure."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import orjson
import pytest
from websockets.sync.client import connect

from newsmon.core.messages import Alert, AlertRule, decode
from newsmon.core.topics import ALERTS, RULES
from newsmon.gateway.auth import create_key
from newsmon.gateway.settings import GatewaySettings
from newsmon.indexer.settings import IndexerSettings
from tests.support.gateway import gateway_client, read_events, served_gateway
from tests.support.samples import alert, denial_record
from tests.support.stack import dead_letters, produce, read_topic
from tests.support.web import Site
from tests.support.workers import index_all


def _settings(stack: IndexerSettings, tmp_path: Path, **overrides: object) -> GatewaySettings:
    fields: dict[str, object] = {
        "namespace": stack.namespace,
        "gateway_api_keys_file": tmp_path / "keys.jsonl",
        "gateway_webhooks_allow_private": True,
        "gateway_webhook_backoff_seconds": 0.05,
        "gateway_webhook_attempts": 2,
    }
    return GatewaySettings.model_validate(fields | overrides)


def _alert(rule_id: str, n: int, **overrides: object) -> Alert:
    denial = denial_record(id=f"{n:032x}")
    return alert(denial, id=f"{rule_id}{n}".encode().hex()[:32].ljust(32, "0"), rule_id=rule_id, **overrides)


def _wait(what: str, probe: Callable[[], object], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not probe():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:.0f}s")
        time.sleep(0.1)


@pytest.fixture
def gateway(stack: IndexerSettings, tmp_path: Path) -> Iterator[str]:
    with served_gateway(_settings(stack, tmp_path)) as base_url:
        yield base_url


async def test_rules_are_written_to_the_rules_topic_and_read_back(stack: IndexerSettings, tmp_path: Path) -> None:
    settings = _settings(stack, tmp_path)
    headers = {"Authorization": f"Bearer {create_key(settings.gateway_api_keys_file, 'tester')}"}
    async with gateway_client(settings) as client:
        created = await client.post("/rules", json={"id": "kremlin", "name": "K", "denier": "Кремль"}, headers=headers)
        assert created.status_code == 201, created.text
        assert (await client.put("/rules/gone", json={"name": "G"}, headers=headers)).status_code == 200
        assert (await client.delete("/rules/gone", headers=headers)).status_code == 204
        assert [rule["id"] for rule in (await client.get("/rules")).json()["rules"]] == ["kremlin"]
    records = read_topic(
        stack.kafka_bootstrap_servers,
        RULES.qualified(stack.namespace),
        lambda record: (record.key.decode(), record.value and decode(record.value, RULES, AlertRule).name),
        lambda got: len(got) >= 3,
    )
    assert records == [("kremlin", "K"), ("gone", "G"), ("gone", None)]
    # A gateway started later reads the same rules from the topic.
    async with gateway_client(settings) as client:
        assert [rule["id"] for rule in (await client.get("/rules")).json()["rules"]] == ["kremlin"]


def test_the_stream_resumes_after_the_last_event_without_gaps_or_repeats(stack: IndexerSettings, gateway: str) -> None:
    stream = read_events(gateway, 3, params={"rule": "r1"})
    ready = next(stream)
    assert ready.event == "ready"
    produce(stack, ALERTS, [_alert("r1", 1), _alert("r2", 2), _alert("r1", 3)])
    first, second = next(stream), next(stream)
    stream.close()
    assert [first.data["id"], second.data["id"]] == [_alert("r1", 1).id, _alert("r1", 3).id]  # type: ignore[index]
    produce(stack, ALERTS, [_alert("r1", 4), _alert("r1", 5, version=2)])
    resumed = list(read_events(gateway, 3, params={"rule": "r1"}, last_event_id=first.id))
    assert [event.data["id"] for event in resumed[1:]] == [_alert("r1", 3).id, _alert("r1", 4).id]  # type: ignore[index]
    everything = list(read_events(gateway, 6, last_event_id=ready.id))
    assert [event.event for event in everything] == ["ready"] + ["alert"] * 5
    assert everything[-1].data["version"] == 2  # type: ignore[index]
    assert (httpx.get(f"{gateway}/alerts/stream", headers={"Last-Event-ID": "junk"})).status_code == 400


def test_the_websocket_sends_the_same_events(stack: IndexerSettings, gateway: str) -> None:
    with connect(gateway.replace("http", "ws") + "/alerts/ws?rule=r1", open_timeout=10) as socket:
        ready = orjson.loads(socket.recv(timeout=10))
        produce(stack, ALERTS, [_alert("r2", 1), _alert("r1", 2)])
        frame = orjson.loads(socket.recv(timeout=30))
    assert ready["event"] == "ready" and frame["event"] == "alert"
    assert frame["alert"]["id"] == _alert("r1", 2).id
    (sse,) = [event for event in read_events(gateway, 2, params={"rule": "r1"}, last_event_id=ready["id"])][1:]
    assert (sse.id, sse.data) == (frame["id"], frame["alert"])


async def test_the_history_is_filtered_newest_first_one_document_per_alert(
    stack: IndexerSettings, tmp_path: Path
) -> None:
    later = _alert("r1", 1).updated_at.replace(hour=13)
    produce(stack, ALERTS, [_alert("r1", 1), _alert("r2", 2), _alert("r1", 1, version=2, updated_at=later)])
    stats = index_all(stack)
    assert (stats.indexed, stats.duplicates) == (2, 1)  # version 2 replaces version 1 in the same batch
    async with gateway_client(_settings(stack, tmp_path)) as client:
        page = (await client.get("/alerts", params={"size": 1})).json()
        assert page["total"] == 2 and page["alerts"][0]["version"] == 2
        rest = (await client.get("/alerts", params={"size": 1, "cursor": page["next_cursor"]})).json()
        assert [a["rule_id"] for a in rest["alerts"]] == ["r2"] and rest["next_cursor"] is not None
        assert (await client.get("/alerts", params={"rule": "r2"})).json()["total"] == 1
        assert (await client.get("/alerts", params={"lang": "en"})).json()["total"] == 0
        assert (await client.get("/alerts", params={"denier": "ministry of home affairs"})).json()["total"] == 2
        assert (await client.get("/alerts", params={"since": "2030-01-01"})).json()["total"] == 0
        bad = await client.get("/alerts", params={"cursor": "junk"})
        assert bad.status_code == 400 and bad.headers["content-type"] == "application/problem+json"


def test_webhooks_are_signed_delivered_once_and_dead_lettered(
    stack: IndexerSettings, tmp_path: Path, site: Site
) -> None:
    settings = _settings(stack, tmp_path)
    headers = {"X-API-Key": create_key(settings.gateway_api_keys_file, "tester")}
    site.post_statuses["/down"] = [500, 500]
    with served_gateway(settings) as base_url:
        rule = httpx.put(
            f"{base_url}/rules/hook", json={"name": "H", "webhook_url": f"{site.base_url}/hook"}, headers=headers
        )
        down = httpx.put(
            f"{base_url}/rules/down", json={"name": "D", "webhook_url": f"{site.base_url}/down"}, headers=headers
        )
        assert rule.status_code == down.status_code == 200, rule.text
        # The same version twice (a copy consumed again), then a grown version: two deliveries.
        produce(stack, ALERTS, [_alert("hook", 1), _alert("hook", 1), _alert("hook", 1, version=2), _alert("down", 2)])
        _wait("two deliveries", lambda: len([p for p in site.posts if p[0] == "/hook"]) >= 2)
        letters = dead_letters(settings, 1)
        time.sleep(1.0)  # time for a wrong third delivery to show
    hooks = [post for post in site.posts if post[0] == "/hook"]
    assert [orjson.loads(body)["alert"]["version"] for _, _, body in hooks] == [1, 2]
    secret = rule.json()["webhook_secret"]
    for _, sent_headers, body in hooks:
        digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        assert sent_headers["x-newsmon-signature"] == f"sha256={digest}"
    assert len([post for post in site.posts if post[0] == "/down"]) == 2
    (letter,) = letters
    assert (letter.service, letter.key, letter.attempts) == ("gateway", _alert("down", 2).id, 2)
    assert letter.reason == "webhook of rule down: answered 500"
