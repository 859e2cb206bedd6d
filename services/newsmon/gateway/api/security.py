"""Who may change state: requests that carry one of the configured API keys (header ``X-API-Key``).

Only SHA-256 digests of the keys are configured (``gateway_api_keys_sha256``), so the settings never hold
a key; the digest of the key given is compared with each in constant time, and the key is never logged.
With no key configured, every state-changing request is refused.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.security import APIKeyHeader

API_KEY = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="An API key (required by the endpoints that change state)"
)


def key_digest(key: str) -> str:
    """The SHA-256 hex digest of ``key``, as ``gateway_api_keys_sha256`` lists it."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def require_api_key(request: Request, key: Annotated[str | None, Security(API_KEY)]) -> None:
    """Let the request through when it carries a configured API key; raises HTTPException 401 otherwise."""
    digests: list[str] = request.app.state.settings.gateway_api_keys_sha256
    if not key:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this endpoint needs an API key (header X-API-Key)",
            {"WWW-Authenticate": "ApiKey"},
        )
    given = key_digest(key)
    # Every digest is compared, so that the time taken does not tell which one came close.
    if not sum(hmac.compare_digest(given, digest.lower()) for digest in digests):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "the API key is not valid", {"WWW-Authenticate": "ApiKey"})


RequireKey = Annotated[None, Depends(require_api_key)]
