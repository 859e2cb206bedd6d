"""Settings of the gateway (environment variables ``NEWSMON_<FIELD>``, see ``newsmon.core.settings``)."""

from __future__ import annotations

from pathlib import Path

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
    gateway_api_keys_file: Path = Field(
        default=Path("api-keys.jsonl"),
        description="The hashed API keys (``newsmon apikey create`` adds one); without a key nothing can be changed",
    )
    gateway_cors_origins: list[str] = Field(
        default_factory=list, description='Origins allowed to call the API from a browser (JSON list; ["*"]: any)'
    )
    gateway_webhooks_allow_private: bool = Field(
        default=False, description="Let webhooks reach loopback, private and link-local addresses (tests only)"
    )
    gateway_webhook_attempts: int = Field(default=5, ge=1, description="Tries of a webhook delivery before it is dead")
    gateway_webhook_backoff_seconds: float = Field(
        default=1.0, ge=0, description="Wait before the second try of a webhook; doubled before each further one"
    )
    gateway_webhook_timeout_seconds: float = Field(default=5.0, gt=0, description="Longest wait for a webhook's answer")
    gateway_rules_ready_seconds: float = Field(
        default=10.0, gt=0, description="Longest wait of a /rules request for the rules view to have read the topic"
    )
