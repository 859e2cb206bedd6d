"""Settings shared by every service. Each service subclasses :class:`CommonSettings` in its own
``settings.py``; nothing else in newsmon reads ``os.environ``. Every field can be set as an environment
variable ``NEWSMON_<FIELD>`` (e.g. ``NEWSMON_KAFKA_BOOTSTRAP_SERVERS``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsmon.core.indices import Granularity


class CommonSettings(BaseSettings):
    """Where the shared infrastructure is and how a service reports on itself."""

    model_config = SettingsConfigDict(env_prefix="NEWSMON_", env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    elasticsearch_url: str = "http://127.0.0.1:9200"
    namespace: str = Field(
        default="",
        pattern=r"^[a-z0-9_-]*$",
        description="Prefix of every topic and index name, so that several stacks (or tests) share a broker",
    )
    topic_partitions: int = Field(default=8, ge=1, description="Partitions of each topic newsmon creates")
    index_bucket: Granularity = Field(
        default="month",
        description="Time one Elasticsearch index holds (newsmon.core.indices); every writer must agree on it",
    )
    log_level: str = "INFO"
    metrics_port: int = Field(default=0, ge=0, le=65535, description="0 disables the /metrics endpoint")
    metrics_host: str = Field(
        default="127.0.0.1", description="Address /metrics listens on: loopback unless a scraper elsewhere needs it"
    )
    monitor_interval_seconds: float = Field(
        default=15.0, gt=0, description="How often dependencies and consumer lag are checked (core.monitor)"
    )
