"""The two kinds of failure every service tells apart (STYLE habit 5).

A :class:`PoisonMessage` can never succeed (schema or mapping error): it goes to the dead-letter topic at
once with its reason. A :class:`TransientError` may succeed later (a broker or node away): it is retried
with backoff, then dead-lettered. Library errors are wrapped with ``raise ... from exc``.
"""

from __future__ import annotations


class NewsmonError(Exception):
    """Base of every error newsmon raises on purpose."""


class PoisonMessage(NewsmonError):
    """A message that will never be processed, with the ``reason`` recorded in the dead-letter topic."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TransientError(NewsmonError):
    """A failure that is worth retrying (network, broker, node unavailable)."""


class FetchError(NewsmonError):
    """A feed or page could not be fetched or parsed; the message says which and why."""
