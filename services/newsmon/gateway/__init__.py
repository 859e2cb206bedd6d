"""The gateway: the HTTP API over the Elasticsearch indices (search, denials, articles, health)."""
