"""The feeds the fetcher polls, as the gateway reads and changes them (the compacted ``feeds`` and
``feeds.status`` topics)."""
