"""The indexer: enriched articles and denial records from Kafka into Elasticsearch, one document per id."""

from typing import Final

SERVICE: Final = "indexer"
