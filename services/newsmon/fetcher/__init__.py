"""The fetcher: polls feeds, fetches and extracts article pages, publishes them to ``articles.raw``."""
