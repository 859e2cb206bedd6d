"""Delivers alerts to the webhooks of their rules: signed, retried with backoff, dead-lettered at last.

The gateways share one consumer group on the ``alerts`` topic, so each alert is handled by one of them.
Before sending, a delivery (alert id, rule, version) is claimed in the ``webhook-deliveries`` index with
a create-only write: a second claim fails, so no version of an alert reaches a subscriber twice, even when
a batch is consumed again after a restart. (A delivery claimed by a gateway that dies before sending is
not sent: at most once.) The address is checked before every attempt: a webhook may not reach the
gateway's own network unless ``gateway_webhooks_allow_private`` says so.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError
from elastic_transport import TransportError
from elasticsearch import ApiError, AsyncElasticsearch, ConflictError

from newsmon.core.errors import NewsmonError, TransientError
from newsmon.core.indices import WEBHOOK_DELIVERIES, Granularity
from newsmon.core.messages import Alert, AlertRule, DeadLetter, utcnow
from newsmon.core.metrics import STAGE_SECONDS, count, observe_alert_delivered
from newsmon.core.retry import RetryPolicy
from newsmon.core.topics import ALERTS, DEAD_LETTER
from newsmon.gateway.alerts import signing
from newsmon.gateway.alerts.feed import read_alert
from newsmon.gateway.alerts.producer import LazyProducer
from newsmon.gateway.alerts.rulebook import RuleBook

logger = logging.getLogger(__name__)
SERVICE = "gateway"


class UnsafeWebhook(NewsmonError):
    """A webhook URL that is not http(s) or leads to a non-public address."""


async def check_webhook_url(url: str, allow_private: bool) -> None:
    """Raise UnsafeWebhook unless ``url`` is http(s) and (unless ``allow_private``) every address its
    host resolves to is public; a host that does not resolve is unsafe too."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeWebhook("a webhook URL must be an absolute http(s) URL")
    if allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UnsafeWebhook("the webhook's host does not resolve") from exc
    if not all(signing.is_public(str(info[4][0])) for info in infos):
        raise UnsafeWebhook("the webhook's host is an internal address")


class DeliveryLog:
    """The ``webhook-deliveries`` index: which deliveries were claimed, and how they ended."""

    def __init__(self, client: AsyncElasticsearch, namespace: str, granularity: Granularity = "month") -> None:
        self._client = client
        self._namespace = namespace
        self._granularity = granularity

    def _index(self, alert: Alert) -> str:
        """The bucket of ``alert``'s deliveries: from the alert's first version, so that every claim of one
        delivery meets the same index (a create-only write is exclusive within one index only)."""
        return WEBHOOK_DELIVERIES.bucket(self._namespace, alert.created_at, self._granularity)

    async def claim(self, alert: Alert) -> bool:
        """Claim the delivery of ``alert``; False when it was claimed before. Raises TransientError."""
        document = signing.delivery_document(alert, "pending", 0, utcnow())
        try:
            await self._client.create(index=self._index(alert), id=signing.delivery_id(alert), document=document)
        except ConflictError:
            return False
        except (ApiError, TransportError) as exc:
            raise TransientError("the delivery log cannot be written") from exc
        return True

    async def finish(self, alert: Alert, status: str, attempts: int) -> None:
        """Record how the delivery of ``alert`` ended; a failure to record is logged, not raised."""
        document = signing.delivery_document(alert, status, attempts, utcnow())
        try:
            await self._client.index(index=self._index(alert), id=signing.delivery_id(alert), document=document)
        except (ApiError, TransportError) as exc:
            logger.warning("delivery %s not recorded: %s", signing.delivery_id(alert), type(exc).__name__)


@dataclass(frozen=True, slots=True)
class WebhookOptions:
    """How webhooks are delivered."""

    policy: RetryPolicy
    timeout: float
    allow_private: bool


class WebhookDispatcher:
    """Consumes the alerts and delivers each to its rule's webhook (see the module docstring)."""

    def __init__(
        self,
        rules: RuleBook,
        log: DeliveryLog,
        producer: LazyProducer,
        options: WebhookOptions,
        http: httpx.AsyncClient,
    ) -> None:
        self._rules = rules
        self._log = log
        self._producer = producer
        self._options = options
        self._http = http

    async def run(self, bootstrap_servers: str, namespace: str) -> None:
        """Deliver alerts until cancelled, committing each batch after its deliveries; retries while the
        broker is away."""
        while True:
            consumer = AIOKafkaConsumer(
                ALERTS.qualified(namespace),
                bootstrap_servers=bootstrap_servers.split(","),
                group_id=f"{namespace or 'newsmon'}.newsmon-gateway-webhooks",
                enable_auto_commit=False,
                # A new group starts at the oldest alert kept: the delivery log makes that safe.
                auto_offset_reset="earliest",
            )
            try:
                await consumer.start()
                while True:
                    batches = await consumer.getmany(timeout_ms=500)
                    alerts = [read_alert(record.value) for records in batches.values() for record in records]
                    await self.deliver_in_order([alert for alert in alerts if alert is not None])
                    if batches:
                        await consumer.commit()
            except KafkaError as exc:
                logger.warning("alerts topic unreadable, retrying in 2s: %s", exc)
                await asyncio.sleep(2)
            finally:
                await consumer.stop()

    async def deliver_in_order(self, alerts: list[Alert]) -> None:
        """Deliver ``alerts``: different alerts at the same time, the versions of one alert one after another
        in the order given, so that a subscriber never receives an older version after a newer one."""
        versions: dict[str, list[Alert]] = {}
        for alert in alerts:
            versions.setdefault(alert.id, []).append(alert)

        async def one_by_one(group: list[Alert]) -> None:
            for alert in group:
                await self.deliver(alert)

        await asyncio.gather(*(one_by_one(group) for group in versions.values()))

    async def deliver(self, alert: Alert) -> str | None:
        """Deliver ``alert`` to its rule's webhook unless it has none or was delivered before; returns how
        it ended (delivered, dead) or None when there was nothing to do. Never raises."""
        rule = self._rules.get(alert.rule_id)
        if rule is None or not rule.webhook_url or not rule.enabled:
            return None
        try:
            if not await self._log.claim(alert):
                count(SERVICE, "duplicate")
                return None
        except TransientError as exc:
            count(SERVICE, "error")
            logger.warning("alert %s not delivered: %s", alert.id, exc)
            return None
        with STAGE_SECONDS.labels(service=SERVICE, stage="webhook").time():
            attempts, reason = await self._attempts(rule, alert)
        status = "delivered" if reason is None else "dead"
        count(SERVICE, "ok" if reason is None else "dead_letter")
        observe_alert_delivered(alert, "webhook", ok=reason is None)
        if attempts > 1:
            count(SERVICE, "retry", attempts - 1)
        if reason is not None:
            await self._dead_letter(alert, reason, attempts)
        await self._log.finish(alert, status, attempts)
        return status

    async def _attempts(self, rule: AlertRule, alert: Alert) -> tuple[int, str | None]:
        """Try until delivered or the policy is exhausted; the attempts made and the last failure (None: ok)."""
        payload = signing.body(alert)
        headers = {
            "Content-Type": "application/json",
            signing.SIGNATURE_HEADER: signing.signature(rule.webhook_secret or "", payload),
            "X-Newsmon-Delivery": signing.delivery_id(alert),
        }
        attempt = 0
        while True:
            attempt += 1
            reason = await self._attempt(str(rule.webhook_url), payload, headers)
            if reason is None or self._options.policy.exhausted(attempt):
                return attempt, reason
            await asyncio.sleep(self._options.policy.backoff(attempt))

    async def _attempt(self, url: str, payload: bytes, headers: dict[str, str]) -> str | None:
        try:
            await check_webhook_url(url, self._options.allow_private)
            response = await self._http.post(url, content=payload, headers=headers, timeout=self._options.timeout)
        except UnsafeWebhook as exc:
            return str(exc)
        except httpx.HTTPError as exc:
            return f"request failed: {type(exc).__name__}"
        return None if response.is_success else f"answered {response.status_code}"

    async def _dead_letter(self, alert: Alert, reason: str, attempts: int) -> None:
        letter = DeadLetter(
            service="gateway",
            topic=ALERTS.name,
            key=alert.id,
            payload=signing.body(alert).decode("utf-8"),
            reason=f"webhook of rule {alert.rule_id}: {reason}",
            attempts=attempts,
        )

        def send() -> None:
            producer = self._producer.get()
            producer.send(DEAD_LETTER, alert.id, letter)
            producer.flush()

        try:
            await asyncio.to_thread(send)
        except NewsmonError as exc:
            logger.error("dead letter of alert %s not written: %s", alert.id, exc)
