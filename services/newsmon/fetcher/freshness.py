"""How fresh a feed is, from the items it lists (pure): how often it usually has a new item, and the time
of its newest item not seen before. The fetcher records both per feed (``newsmon.core.metrics``) so that an
alert can tell a source that went silent from one that is merely slow."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import pairwise
from statistics import median


def typical_interval(published: Iterable[datetime | None]) -> float | None:
    """Return the median gap in seconds between consecutive distinct publication times, or None when fewer
    than two are known (undated items are left out)."""
    moments = sorted({moment for moment in published if moment is not None})
    gaps = [(later - earlier).total_seconds() for earlier, later in pairwise(moments)]
    return median(gaps) if gaps else None


def newest_item(published: Iterable[datetime | None], seen_at: datetime) -> datetime | None:
    """Return the latest of the ``published`` times of a feed's new items (``seen_at`` for undated ones),
    or None when there is no new item."""
    moments = [moment or seen_at for moment in published]
    return max(moments) if moments else None
