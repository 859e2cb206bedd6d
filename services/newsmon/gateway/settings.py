"""Settings of the gateway (environment variables ``NEWSMON_<FIELD>``, see ``newsmon.core.settings``)."""

from __future__ import annotations

from pydantic import Field, SecretStr

from newsmon.core.settings import CommonSettings


class GatewaySettings(CommonSettings):
    """Where the gateway listens and how long it waits for Elasticsearch. It serves its own
    ``/metrics`` on its HTTP port, so ``metrics_port`` is not used."""

    gateway_host: str = "127.0.0.1"
    gateway_port: int = Field(default=8000, ge=1, le=65535)
    gateway_timeout_seconds: float = Field(
        default=5.0, gt=0, description="Longest wait for Elasticsearch before answering 503"
    )
    gateway_cursor_secret: SecretStr | None = Field(
        default=None,
        description="Key that signs search cursors; unset: a random key per process (cursors then do not "
        "outlive a restart nor pass between gateway replicas)",
    )
    gateway_cursor_keep_alive_seconds: int = Field(
        default=300, ge=10, le=3600, description="How long a cursor stays usable after the page that gave it"
    )
    gateway_api_keys_sha256: list[str] = Field(
        default_factory=list,
        description="SHA-256 hex digests of the API keys that may change state (feeds); none: such requests "
        "are refused",
    )
