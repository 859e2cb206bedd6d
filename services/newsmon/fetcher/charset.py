"""Page bytes to text (pure), for pages that lie about their encoding.

A page may declare one charset (HTTP header or ``<meta>``) and be written in another: decoding it as
declared publishes mojibake. Valid UTF-8 is taken as UTF-8 whatever the declaration (multi-byte sequences
are almost never valid by accident); otherwise the declared charset is used when the bytes are valid in
it, and charset-normalizer guesses when they are not.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Where a page declares its charset: the first kilobytes, as the HTML standard's prescan reads them.
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_PREFERRED = {name: rank for rank, name in enumerate(("cp1252", "cp1251", "cp1256", "cp1254", "cp1250"))}
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def decode_page(content: bytes, content_type: str | None = None) -> str:
    """Return ``content`` as text: UTF-8 if it is valid UTF-8, else the charset declared by
    ``content_type`` or the page's ``<meta>`` if the bytes are valid in it, else the detected one (and
    as a last resort UTF-8 with replacement characters). Never raises."""
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for declared in (_declared(content_type), _meta_charset(content)):
        if declared is not None:
            try:
                return content.decode(declared)
            except UnicodeDecodeError:
                continue
    return _detected(content)


def _detected(content: bytes) -> str:
    results = list(from_bytes(content))
    if not results:
        return content.decode("utf-8", errors="replace")
    # Single-byte charsets often tie (French text is as valid in cp1250 as in cp1252): the tie goes to
    # the charset the web uses most for such text.
    tied = [r for r in results if (r.chaos, r.coherence) == (results[0].chaos, results[0].coherence)]
    return str(min(tied, key=lambda r: _PREFERRED.get(r.encoding, len(_PREFERRED))))


def _declared(content_type: str | None) -> str | None:
    found = _HEADER_CHARSET.search(content_type or "")
    return _known(found.group(1)) if found else None


def _meta_charset(content: bytes) -> str | None:
    found = _META_CHARSET.search(content[:_PRESCAN_BYTES])
    return _known(found.group(1).decode("ascii")) if found else None


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
