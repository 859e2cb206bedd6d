"""Searching the indices: request parameters, query building (pure) and the Elasticsearch backend."""
