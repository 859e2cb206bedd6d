"""Pure: what a webhook delivery carries and how it is signed, and which addresses it may go to."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from datetime import datetime
from typing import Any

import orjson

from newsmon.core.ids import digest
from newsmon.core.messages import Alert

SIGNATURE_HEADER = "X-Newsmon-Signature"


def delivery_id(alert: Alert) -> str:
    """The id of the delivery of this version of ``alert`` to its rule's subscriber. Never raises."""
    return digest(alert.id, alert.rule_id, str(alert.version))


def body(alert: Alert) -> bytes:
    """The JSON body of a webhook delivery of ``alert``. Never raises."""
    return orjson.dumps({"event": "alert", "delivery_id": delivery_id(alert), "alert": alert.model_dump(mode="json")})


def signature(secret: str, payload: bytes) -> str:
    """The signature header's value: ``sha256=<hex HMAC-SHA256 of payload with secret>``. Never raises."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def is_public(address: str) -> bool:
    """Whether ``address`` (an IP address) is a public one: not loopback, private, link-local, reserved,
    multicast or unspecified (where a webhook could reach the gateway's own network). Raises ValueError
    when it is not an IP address."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def delivery_document(alert: Alert, status: str, attempts: int, now: datetime) -> dict[str, Any]:
    """The webhook-deliveries document of one delivery of ``alert`` (``status``: pending, delivered or
    dead). Never raises."""
    return {
        "alert_id": alert.id,
        "rule_id": alert.rule_id,
        "version": alert.version,
        "status": status,
        "attempts": attempts,
        "claimed_at": now.isoformat(),
        "finished_at": None if status == "pending" else now.isoformat(),
    }
