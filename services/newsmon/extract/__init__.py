"""``newsmon extract``: the extraction core as a JSON-lines filter (stdin -> stdout)."""
