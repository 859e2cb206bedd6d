"""Settings of the processor: environment variables ``NEWSMON_<FIELD>``, e.g. ``NEWSMON_FAUST_WEB_PORT``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pydantic import Field

from newsmon.core.settings import CommonSettings


class ProcessorSettings(CommonSettings):
    """Where the Faust worker keeps its state, how it retries, and how it picks an article's language.
    Fields are prefixed (``faust_`` for the worker, ``processor_`` for the rest) so that one ``.env`` file
    can hold every service's settings without them meaning something else elsewhere."""

    metrics_port: int = Field(default=9102, ge=0, le=65535, description="0 disables the /metrics endpoint")
    faust_web_port: int = Field(
        default=6066, ge=0, le=65535, description="Faust's own web server (agent and table views); 0 disables it"
    )
    faust_web_host: str = Field(
        default="127.0.0.1", description="Address of Faust's web server, which shows the rule table: loopback"
    )
    faust_store: str = Field(
        default="memory://", description="Faust's table store; a memory store is rebuilt from changelogs at start"
    )
    faust_datadir: Path = Field(
        default=Path(tempfile.gettempdir()) / "newsmon-processor",
        description="Faust's data folder; the app id is appended so that namespaces never share one",
    )
    processor_session_timeout_seconds: float = Field(
        default=10.0,
        ge=6,
        le=300,
        description="How long the group waits for a silent worker (a killed one) before giving its partitions to "
        "the others or to its own restart (Faust's broker_session_timeout; Faust's default is 60 s)",
    )
    # Off by default: with two workers on two cores, reading each other's story changes cost about a sixth
    # of their CPU per article (alternated runs: 9.5-13.2 ms without, 11.2-14.3 with), and a worker that
    # takes a partition over rebuilds it from its compacted changelog, which holds only open stories.
    processor_standby_replicas: int = Field(
        default=0,
        ge=0,
        description="Standby copies of each story-table partition kept by other workers (Faust's "
        "table_standby_replicas): a worker that takes a partition over has it at once, for the cost of "
        "reading every other worker's table changes",
    )
    processor_max_attempts: int = Field(
        default=3, ge=1, description="Tries of a message whose processing fails unexpectedly, then dead-letter"
    )
    processor_backoff_seconds: float = Field(
        default=0.5, ge=0, description="Wait before the first retry; doubled before each further one, up to 30 s"
    )
    processor_max_article_chars: int = Field(
        default=500_000, ge=1000, description="A longer raw article (title and body) is dead-lettered unanalysed"
    )
    processor_max_denials_per_article: int = Field(
        default=200, ge=1, description="Denials kept per article, in text order; the rest are counted and dropped"
    )
    processor_max_message_bytes: int = Field(
        default=1_000_000,
        ge=10_000,
        description="Largest message produced (Faust's producer_max_request_size): an enriched article over it "
        "loses entities until it fits, else the article is dead-lettered",
    )
    processor_hint_below_confidence: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="Below this detection confidence, a feed's declared language replaces the detected one",
    )
    processor_story_window_seconds: float = Field(
        default=6 * 3600, gt=0, description="Reports of one story more than this apart start a new story (and alert)"
    )
    processor_alerts_per_rule: int = Field(
        default=100, ge=1, description="Most new alerts one rule raises per alert window (a flood is cut, not sent)"
    )
    processor_alert_window_seconds: float = Field(default=3600, gt=0, description="The window of the alert cap")
