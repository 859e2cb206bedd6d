"""Pure: the facets of a search (how the results spread over sources, languages, entities, deniers and
days) as Elasticsearch aggregations, and their buckets read back from a response.

Terms facets read the ``.raw`` sub-fields (the values as written; the main fields are lower-cased for
case-blind filters), so a bucket shows "Ministry of Home Affairs" and filtering on it still matches.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FACET_SIZE = 10

Body = dict[str, Any]
Buckets = list[dict[str, Any]]

ARTICLE_FACETS: Mapping[str, str] = {
    "sources": "source.raw",
    "languages": "language",
    "entities": "entities.canonical.raw",
}
DENIAL_FACETS: Mapping[str, str] = {
    "sources": "source.raw",
    "languages": "language",
    "deniers": "denier.canonical.raw",
    "types": "type",
}
DENIER_FACETS: Mapping[str, str] = {"deniers": "denier.canonical.raw"}
DAYS = "days"


def aggregations(facets: Mapping[str, str], *, days: bool = True) -> Body:
    """The ``aggs`` of a search body: a terms aggregation per facet (name -> field), and a histogram of
    ``published`` by UTC day when ``days``. Never raises."""
    aggs: Body = {name: {"terms": {"field": field, "size": FACET_SIZE}} for name, field in facets.items()}
    if days:
        aggs[DAYS] = {
            "date_histogram": {"field": "published", "calendar_interval": "day", "format": "yyyy-MM-dd"},
        }
    return aggs


def read_facets(response: Mapping[str, Any]) -> dict[str, Buckets]:
    """The facets of a ``_search`` response: name -> ``[{"value": ..., "count": ...}]``, most frequent first
    (days in date order, empty days left out). A response without aggregations gives {}. Never raises."""
    facets: dict[str, Buckets] = {}
    for name, aggregation in (response.get("aggregations") or {}).items():
        buckets = aggregation.get("buckets", [])
        facets[name] = [
            {"value": str(bucket.get("key_as_string", bucket["key"])), "count": int(bucket["doc_count"])}
            for bucket in buckets
            if bucket["doc_count"] > 0
        ]
    return facets
