"""Speed, load time and memory of the extraction core on synthetic news: ``python -m tools.benchmark``."""
