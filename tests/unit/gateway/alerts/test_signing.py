"""signing.py: webhook bodies, signatures and safe addresses."""

from __future__ import annotations

import hashlib
import hmac

import orjson
import pytest

from newsmon.gateway.alerts.signing import body, delivery_id, is_public, signature
from tests.support.samples import alert


def test_the_signature_is_the_hex_hmac_sha256_of_the_body() -> None:
    payload = body(alert())
    expected = hmac.new(b"secret", payload, hashlib.sha256).hexdigest()
    assert signature("secret", payload) == f"sha256={expected}"
    document = orjson.loads(payload)
    assert document["alert"]["id"] == alert().id and document["delivery_id"] == delivery_id(alert())


def test_each_version_of_an_alert_is_its_own_delivery() -> None:
    assert delivery_id(alert()) != delivery_id(alert(version=2))
    assert delivery_id(alert()) == delivery_id(alert())


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_only_public_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public
