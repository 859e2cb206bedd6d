"""The throughput benchmark suite of the whole pipeline (``make bench``); see ``__main__``."""
