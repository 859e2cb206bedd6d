"""Stable identifiers: the same canonical URL always gives the same article id, so re-fetching an
article overwrites it instead of creating a second one."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url


def canonicalize_url(url: str) -> str:
    """Return ``url`` normalised (lower-case scheme/host, tracking parameters and fragment removed).

    Raises ValueError when ``url`` is not an absolute http(s) URL."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    return normalize_url(urlunsplit(parts), strict=True)


def digest(*parts: str) -> str:
    """128-bit hex digest of the parts (SHA-256, truncated): used for every message id."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def article_id(canonical_url: str) -> str:
    """The id of the article at ``canonical_url`` (already canonicalised)."""
    return digest(canonical_url)
