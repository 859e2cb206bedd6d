"""The Elasticsearch indices newsmon writes and reads, named once (like ``newsmon.core.topics``).

Each kind of index is a family of time buckets behind one read alias: documents go to
``<namespace>-<kind>-<bucket>`` (e.g. ``newsmon-articles-2026.12``), chosen from the document's own
timestamp, and every search reads the alias ``<namespace>-<kind>``, which the index template gives every
bucket. So an index never grows past one bucket's worth of documents, old buckets can be deleted whole
(retention), and a message delivered twice lands in the same bucket both times: the bucket is a function
of the message, never of the moment it is indexed (which rollover of a write alias would be).

Pure: no Elasticsearch import, so the gateway's query code and the tests can use the names freely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

DEFAULT_PREFIX = "newsmon"

Granularity = Literal["day", "week", "month", "year"]
"""How much time one bucket spans (setting ``index_bucket``)."""

# The bucket suffix of each granularity, and the pattern that reads it back.
_SUFFIX = {"day": "%Y.%m.%d", "month": "%Y.%m", "year": "%Y"}
_WEEK = re.compile(r"^(\d{4})\.w(\d{2})$")


@dataclass(frozen=True, slots=True)
class Index:
    """One kind of index: its short name and the template file (in ``schemas/elasticsearch/``) shaping it."""

    kind: str
    template: str

    def qualified(self, namespace: str) -> str:
        """The read alias spanning every bucket: ``<namespace>-<kind>``, or ``newsmon-<kind>`` without a
        namespace."""
        return f"{namespace or DEFAULT_PREFIX}-{self.kind}"

    def pattern(self, namespace: str) -> str:
        """The wildcard matching every bucket of this kind (and nothing of another kind or namespace)."""
        return f"{self.qualified(namespace)}-*"

    def bucket(self, namespace: str, moment: datetime, granularity: Granularity) -> str:
        """The bucket index holding documents stamped ``moment`` (naive means UTC). Never raises."""
        return f"{self.qualified(namespace)}-{bucket_suffix(moment, granularity)}"

    def bucket_of(self, namespace: str, index_name: str) -> str | None:
        """The bucket suffix of ``index_name`` if it is one of this kind's buckets, else None."""
        prefix = f"{self.qualified(namespace)}-"
        suffix = index_name[len(prefix) :] if index_name.startswith(prefix) else ""
        return suffix if bucket_span(suffix) is not None else None


def bucket_suffix(moment: datetime, granularity: Granularity) -> str:
    """The bucket of ``moment`` (UTC): ``2026.12.02``, ``2026.w49`` (ISO week), ``2026.12`` or ``2026``."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment
    if granularity == "week":
        year, week, _ = utc.isocalendar()
        return f"{year:04d}.w{week:02d}"
    return utc.strftime(_SUFFIX[granularity])


def bucket_span(suffix: str) -> tuple[datetime, datetime] | None:
    """The UTC start (inclusive) and end (exclusive) of the bucket ``suffix``, or None if it is not one."""
    week = _WEEK.match(suffix)
    if week:
        try:
            start = datetime.fromisocalendar(int(week[1]), int(week[2]), 1).replace(tzinfo=UTC)
        except ValueError:  # a week the year does not have
            return None
        return start, start + timedelta(weeks=1)
    for granularity, layout in _SUFFIX.items():
        try:
            start = datetime.strptime(suffix, layout).replace(tzinfo=UTC)
        except ValueError:
            continue
        return start, _next(start, granularity)
    return None


def _next(start: datetime, granularity: str) -> datetime:
    if granularity == "day":
        return start + timedelta(days=1)
    if granularity == "year":
        return start.replace(year=start.year + 1)
    return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)


ARTICLES = Index("articles", "articles.json")
DENIALS = Index("denials", "denials.json")
ALERTS = Index("alerts", "alerts.json")
WEBHOOK_DELIVERIES = Index("webhook-deliveries", "webhook-deliveries.json")
ALL_INDICES: tuple[Index, ...] = (ARTICLES, DENIALS, ALERTS, WEBHOOK_DELIVERIES)
