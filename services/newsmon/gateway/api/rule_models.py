"""Request and response models of ``/rules`` and ``/alerts``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from newsmon.core.messages import Alert, AlertRule
from newsmon.gateway.search.params import LANGUAGE_CODE
from newsmon.nlp.types import DenialType

RULE_ID = r"^[A-Za-z0-9_.-]{1,64}$"
Term = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Language = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE)]
SourceName = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class RuleFields(BaseModel):
    """What an alert rule selects (every condition given must hold) and where it pushes alerts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    enabled: bool = True
    denier: str | None = Field(
        default=None, max_length=200, description="Who denies: canonical name or any alias, in any language"
    )
    claim_terms: list[Term] = Field(
        default_factory=list, max_length=20, description="Words or phrases that must all occur in the claim (stemmed)"
    )
    languages: list[Language] = Field(default_factory=list, max_length=20, description="Any of these languages")
    sources: list[SourceName] = Field(default_factory=list, max_length=50, description="Any of these sources")
    types: list[DenialType] = Field(default_factory=list, description="denial and/or non_denial")
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    webhook_url: str | None = Field(default=None, max_length=2000, description="Where each alert is POSTed")


class RuleIn(RuleFields):
    """A new rule (``POST /rules``); its id is made up when not given."""

    id: str | None = Field(default=None, pattern=RULE_ID)


class RuleOut(RuleFields):
    """A stored rule (its webhook secret is only shown when made)."""

    id: str
    created_at: datetime

    @classmethod
    def of(cls, rule: AlertRule) -> RuleOut:
        """The public view of ``rule``. Never raises."""
        return cls.model_validate(rule.model_dump(exclude={"schema_version", "webhook_secret"}))


class RuleCreated(RuleOut):
    """A rule just stored, with the secret of its webhook signatures (shown this once)."""

    webhook_secret: str | None = Field(
        description="Key of the X-Newsmon-Signature HMAC-SHA256 of every delivery; only shown now"
    )


class RuleList(BaseModel):
    """Every alert rule."""

    rules: list[RuleOut]


class AlertPage(BaseModel):
    """A page of ``GET /alerts``, newest first."""

    total: int = Field(description="How many alerts match in all (counting stops at 10,000: see total_relation)")
    total_relation: Literal["eq", "gte"] = Field(default="eq", description="gte: at least `total` alerts match")
    alerts: list[Alert]
    next_cursor: str | None = Field(description="Pass as ``cursor`` for the next page; null on the last")
