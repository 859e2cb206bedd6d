"""Installs the index templates of ``schemas/elasticsearch/`` (the only place index mappings are written).

Idempotent: putting a template overwrites it, and an existing index is left alone (a changed mapping
reaches existing indices only by reindexing). The indices themselves are created empty from their
templates, so that the gateway is ready, and answers with no hits, before the first document arrives.
"""

from __future__ import annotations

import logging
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch

from newsmon.core.errors import NewsmonError, TransientError
from newsmon.core.indices import ALL_INDICES, Index
from newsmon.core.retry import retryable_status
from newsmon.core.schemas import read_schema

logger = logging.getLogger(__name__)


def template_body(index: Index, namespace: str) -> dict[str, Any]:
    """The index template of ``index`` for ``namespace``: the file's, matching only the namespaced index.

    Raises FileNotFoundError or ValueError (bad JSON) when the template file is missing or broken."""
    body: dict[str, Any] = read_schema("elasticsearch", index.template)
    body["index_patterns"] = [index.qualified(namespace)]
    return body


def install_templates(client: Elasticsearch, namespace: str) -> list[str]:
    """Put every index template for ``namespace`` and create the indices that are missing.

    Returns the index names. Raises TransientError when the node is unreachable or busy, and
    NewsmonError with Elasticsearch's reason when it refuses a template (a bug in schemas/elasticsearch/)."""
    names = []
    for index in ALL_INDICES:
        name = index.qualified(namespace)
        try:
            client.indices.put_index_template(name=name, **template_body(index, namespace))
            if not client.indices.exists(index=name):
                _create(client, name)
        except ApiError as exc:
            if retryable_status(exc.meta.status):
                raise TransientError(f"index template {name}: {exc.meta.status} {exc.message}") from exc
            raise NewsmonError(f"index template {name} refused: {exc.meta.status} {exc.message}") from exc
        except TransportError as exc:
            raise TransientError(f"Elasticsearch unreachable: {exc}") from exc
        names.append(name)
    return names


def _create(client: Elasticsearch, name: str) -> None:
    try:
        client.indices.create(index=name)
        logger.info("created index %s from its template", name)
    except ApiError as exc:
        # Another indexer may create it between exists() and create().
        if exc.error != "resource_already_exists_exception":
            raise
