"""main.py: the indexer's Elasticsearch client leaves retrying (and logging it) to the indexer."""

from __future__ import annotations

import logging

import pytest
from elasticsearch import ConnectionError as ElasticsearchConnectionError

from newsmon.indexer.main import elasticsearch_client
from newsmon.indexer.settings import IndexerSettings
from tests.support.ports import free_port


def test_a_node_that_is_down_costs_one_attempt_and_no_retry_traceback(caplog: pytest.LogCaptureFixture) -> None:
    settings = IndexerSettings(elasticsearch_url=f"http://127.0.0.1:{free_port()}", metrics_port=0)
    caplog.set_level(logging.WARNING, logger="elastic_transport")
    with elasticsearch_client(settings) as client, pytest.raises(ElasticsearchConnectionError):
        client.info()
    assert not [record for record in caplog.records if "Retrying request" in record.getMessage()]
    assert not [record for record in caplog.records if record.exc_info]
