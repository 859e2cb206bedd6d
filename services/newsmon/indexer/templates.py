"""Installs the index templates of ``schemas/elasticsearch/`` (the only place index mappings are written).

Each template matches every time bucket of its kind (``<namespace>-<kind>-*``, see ``newsmon.core.indices``)
and gives each bucket the read alias ``<namespace>-<kind>``, so a bucket that a bulk request creates joins
the alias at once. Idempotent: putting a template overwrites it, and existing buckets are left alone (a
changed mapping reaches the buckets created afterwards). The bucket of the present moment is created
empty, so that the alias exists and the gateway answers with no hits before the first document arrives.
An index from before buckets, named like the alias, is renamed into the bucket ``<alias>-legacy``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch

from newsmon.core.errors import NewsmonError, TransientError
from newsmon.core.indices import ALL_INDICES, Granularity, Index
from newsmon.core.messages import utcnow
from newsmon.core.retry import retryable_status
from newsmon.core.schemas import read_schema

logger = logging.getLogger(__name__)
LEGACY_SUFFIX = "legacy"


def template_body(
    index: Index, namespace: str, shards: int | None = None, replicas: int | None = None
) -> dict[str, Any]:
    """The index template of ``index`` for ``namespace``: the file's, matching the namespace's buckets of
    that kind and giving them its read alias; ``shards`` and ``replicas`` override the file's counts.

    Raises FileNotFoundError or ValueError (bad JSON) when the template file is missing or broken."""
    body: dict[str, Any] = read_schema("elasticsearch", index.template)
    body["index_patterns"] = [index.pattern(namespace)]
    body["template"]["aliases"] = {index.qualified(namespace): {}}
    settings = body["template"]["settings"]
    for name, value in (("number_of_shards", shards), ("number_of_replicas", replicas)):
        if value is not None:
            settings[name] = value
    return body


def install_templates(
    client: Elasticsearch,
    namespace: str,
    granularity: Granularity = "month",
    *,
    shards: int | None = None,
    replicas: int | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Put every index template for ``namespace`` and create the bucket of ``now`` where a kind has none.

    Returns the read aliases. Raises TransientError when the node is unreachable or busy, and
    NewsmonError with Elasticsearch's reason when it refuses a template (a bug in schemas/elasticsearch/)."""
    names = []
    for index in ALL_INDICES:
        name = index.qualified(namespace)
        try:
            # First: a template naming an alias is refused while an index has the alias's name.
            _adopt_legacy(client, index, namespace)
            client.indices.put_index_template(name=name, **template_body(index, namespace, shards, replicas))
            if not client.indices.exists_alias(name=name):
                _create(client, index.bucket(namespace, now or utcnow(), granularity))
        except ApiError as exc:
            if retryable_status(exc.meta.status):
                raise TransientError(f"index template {name}: {exc.meta.status} {exc.message}") from exc
            raise NewsmonError(f"index template {name} refused: {exc.meta.status} {exc.message}") from exc
        except TransportError as exc:
            raise TransientError(f"Elasticsearch unreachable: {exc}") from exc
        names.append(name)
    return names


def _adopt_legacy(client: Elasticsearch, index: Index, namespace: str) -> None:
    """Rename an index named like the alias (made before buckets) into a bucket behind the alias: cloned
    (write-blocked first, as cloning requires), then deleted. Its documents stay where they are, and the
    indexer's lookup of existing ids keeps writing their new versions there."""
    name = index.qualified(namespace)
    if not client.indices.exists(index=name) or client.indices.exists_alias(name=name):
        return
    target = f"{name}-{LEGACY_SUFFIX}"
    client.indices.add_block(index=name, block="write")
    client.indices.clone(index=name, target=target, wait_for_active_shards="1")
    client.indices.put_settings(index=target, settings={"index.blocks.write": None})
    client.indices.delete(index=name)
    client.indices.put_alias(index=target, name=name)
    logger.warning("index %s from before time buckets renamed %s, behind the alias", name, target)


def _create(client: Elasticsearch, name: str) -> None:
    try:
        client.indices.create(index=name)
        logger.info("created index %s from its template", name)
    except ApiError as exc:
        # Another indexer may create it between exists() and create().
        if exc.error != "resource_already_exists_exception":
            raise


def remove_indices(client: Elasticsearch, namespace: str) -> list[str]:
    """Delete every bucket (and an index from before buckets) and every index template of ``namespace``,
    whether they exist or not; returns the indices deleted. Raises ApiError or TransportError."""
    deleted = []
    for index in ALL_INDICES:
        found = client.indices.get(
            index=f"{index.qualified(namespace)},{index.pattern(namespace)}", ignore_unavailable=True
        )
        # By name: a wildcard or an alias may not be deleted where destructive_requires_name holds.
        for name in sorted(found):
            client.options(ignore_status=404).indices.delete(index=name)
            deleted.append(name)
        client.options(ignore_status=404).indices.delete_index_template(name=index.qualified(namespace))
    return deleted
