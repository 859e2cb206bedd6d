"""The Elasticsearch indices newsmon writes and reads, named once (like ``newsmon.core.topics``).

Pure: no Elasticsearch import, so the gateway's query code and the tests can use the names freely.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PREFIX = "newsmon"


@dataclass(frozen=True, slots=True)
class Index:
    """One kind of index: its short name and the template file (in ``schemas/elasticsearch/``) shaping it."""

    kind: str
    template: str

    def qualified(self, namespace: str) -> str:
        """The index's name on the node: ``<namespace>-<kind>``, or ``newsmon-<kind>`` without a namespace."""
        return f"{namespace or DEFAULT_PREFIX}-{self.kind}"


ARTICLES = Index("articles", "articles.json")
DENIALS = Index("denials", "denials.json")
ALERTS = Index("alerts", "alerts.json")
WEBHOOK_DELIVERIES = Index("webhook-deliveries", "webhook-deliveries.json")
ALL_INDICES: tuple[Index, ...] = (ARTICLES, DENIALS, ALERTS, WEBHOOK_DELIVERIES)
