"""webhooks.py: signed deliveries, retries with backoff, dead letters, never twice (fakes for the rest)."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import httpx
from prometheus_client import REGISTRY

from newsmon.core.messages import Alert, AlertRule, DeadLetter
from newsmon.core.retry import RetryPolicy
from newsmon.core.topics import DEAD_LETTER
from newsmon.gateway.alerts.webhooks import WebhookDispatcher, WebhookOptions
from tests.support.samples import alert, alert_rule

HOOK = "http://127.0.0.1:9/hook"


class FakeRules:
    def __init__(self, *rules: AlertRule) -> None:
        self.rules = {rule.id: rule for rule in rules}

    def get(self, rule_id: str) -> AlertRule | None:
        return self.rules.get(rule_id)


class FakeLog:
    """Claims like the create-only index: once per delivery."""

    def __init__(self) -> None:
        self.claimed: set[tuple[str, int]] = set()
        self.finished: list[tuple[str, str, int]] = []

    async def claim(self, alert: Alert) -> bool:
        if (alert.id, alert.version) in self.claimed:
            return False
        self.claimed.add((alert.id, alert.version))
        return True

    async def finish(self, alert: Alert, status: str, attempts: int) -> None:
        self.finished.append((alert.id, status, attempts))


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[Any, str | None, Any]] = []

    def get(self) -> FakeProducer:
        return self

    def send(self, topic: Any, key: str | None, message: Any) -> None:
        self.sent.append((topic, key, message))

    def flush(self) -> None:
        pass


def _counted(outcome: str) -> float:
    return REGISTRY.get_sample_value("newsmon_messages_total", {"service": "gateway", "outcome": outcome}) or 0.0


def _dispatcher(
    answers: list[int], requests: list[httpx.Request], rule: AlertRule
) -> tuple[WebhookDispatcher, FakeLog, FakeProducer]:
    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(answers.pop(0) if answers else 200)

    log, producer = FakeLog(), FakeProducer()
    options = WebhookOptions(RetryPolicy(max_attempts=3, initial_backoff=0.01), timeout=1.0, allow_private=True)
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return WebhookDispatcher(FakeRules(rule), log, producer, options, http), log, producer  # type: ignore[arg-type]


async def test_a_delivery_is_signed_retried_and_never_repeated() -> None:
    rule = alert_rule(webhook_url=HOOK, webhook_secret="s3cret")
    requests: list[httpx.Request] = []
    dispatcher, log, producer = _dispatcher([500, 503], requests, rule)
    duplicates = _counted("duplicate")
    assert await dispatcher.deliver(alert()) == "delivered"
    assert len(requests) == 3
    last = requests[-1]
    expected = hmac.new(b"s3cret", last.content, hashlib.sha256).hexdigest()
    assert last.headers["x-newsmon-signature"] == f"sha256={expected}"
    assert await dispatcher.deliver(alert()) is None  # the same version again: not sent
    assert len(requests) == 3 and _counted("duplicate") == duplicates + 1
    assert await dispatcher.deliver(alert(version=2)) == "delivered"
    assert log.finished[0][1:] == ("delivered", 3) and producer.sent == []


async def test_the_last_failure_is_dead_lettered() -> None:
    rule = alert_rule(webhook_url=HOOK, webhook_secret="s")
    requests: list[httpx.Request] = []
    dispatcher, _, producer = _dispatcher([500, 500, 404], requests, rule)
    assert await dispatcher.deliver(alert()) == "dead"
    ((topic, key, letter),) = producer.sent
    assert topic is DEAD_LETTER and key == alert().id and isinstance(letter, DeadLetter)
    assert (letter.service, letter.attempts, letter.reason) == ("gateway", 3, "webhook of rule rule-1: answered 404")


async def test_no_webhook_or_an_internal_address_is_not_called() -> None:
    requests: list[httpx.Request] = []
    dispatcher, _, _ = _dispatcher([], requests, alert_rule())
    assert await dispatcher.deliver(alert()) is None
    guarded, _, producer = _dispatcher([], requests, alert_rule(webhook_url=HOOK, webhook_secret="s"))
    guarded._options = WebhookOptions(RetryPolicy(max_attempts=1), timeout=1.0, allow_private=False)
    assert await guarded.deliver(alert()) == "dead"
    assert requests == [] and "internal address" in producer.sent[0][2].reason
