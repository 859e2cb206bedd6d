"""``/rules``: create, list, read, replace and delete alert rules (changes need an API key)."""

from __future__ import annotations

import logging
import secrets
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

from newsmon.core.messages import AlertRule, utcnow
from newsmon.gateway.alerts.rulebook import RuleBook
from newsmon.gateway.alerts.webhooks import UnsafeWebhook, check_webhook_url
from newsmon.gateway.api.deps import ApiKey, Rules, Settings
from newsmon.gateway.api.errors import problems
from newsmon.gateway.api.rule_models import RULE_ID, RuleCreated, RuleFields, RuleIn, RuleList, RuleOut

router = APIRouter(prefix="/rules", tags=["rules"])
logger = logging.getLogger(__name__)

RuleId = Annotated[str, Path(pattern=RULE_ID, description="The rule id")]
WRITE_PROBLEMS = problems(
    status.HTTP_401_UNAUTHORIZED, status.HTTP_422_UNPROCESSABLE_CONTENT, status.HTTP_503_SERVICE_UNAVAILABLE
)


@router.get("", response_model=RuleList, responses=problems(status.HTTP_503_SERVICE_UNAVAILABLE), summary="Every rule")
async def list_rules(rules: Rules) -> RuleList:
    """Every alert rule, by id."""
    return RuleList(rules=[RuleOut.of(rule) for rule in rules.all()])


@router.get(
    "/{rule_id}",
    response_model=RuleOut,
    responses=problems(status.HTTP_404_NOT_FOUND, status.HTTP_503_SERVICE_UNAVAILABLE),
    summary="One rule",
)
async def get_rule(rule_id: RuleId, rules: Rules) -> RuleOut:
    """The rule with this id; 404 if there is none."""
    return RuleOut.of(_existing(rules, rule_id))


@router.post(
    "",
    response_model=RuleCreated,
    status_code=status.HTTP_201_CREATED,
    responses=problems(status.HTTP_409_CONFLICT) | WRITE_PROBLEMS,
    summary="Create a rule",
)
async def create_rule(body: RuleIn, rules: Rules, settings: Settings, key: ApiKey) -> RuleCreated:
    """Store a new rule; it matches new denials within seconds. 409 if the id is taken."""
    rule_id = body.id or secrets.token_hex(8)
    if rules.get(rule_id) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"rule {rule_id} exists: replace it with PUT")
    return await _store(rules, settings, key, rule_id, body, previous=None)


@router.put("/{rule_id}", response_model=RuleCreated, responses=WRITE_PROBLEMS, summary="Create or replace a rule")
async def put_rule(rule_id: RuleId, body: RuleFields, rules: Rules, settings: Settings, key: ApiKey) -> RuleCreated:
    """Store the rule under this id, replacing any (its webhook secret is kept, or made when new)."""
    return await _store(rules, settings, key, rule_id, body, previous=rules.get(rule_id))


@router.delete(
    "/{rule_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problems(status.HTTP_404_NOT_FOUND) | WRITE_PROBLEMS,
    summary="Delete a rule",
)
async def delete_rule(rule_id: RuleId, rules: Rules, key: ApiKey) -> Response:
    """Delete the rule; it stops matching within seconds. 404 if there is none."""
    _existing(rules, rule_id)
    await rules.delete(rule_id)
    logger.info("rule %s deleted with key %s", rule_id, key)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


async def _store(
    rules: RuleBook, settings: Settings, key: str, rule_id: str, body: RuleFields, previous: AlertRule | None
) -> RuleCreated:
    if body.webhook_url is not None:
        try:
            await check_webhook_url(body.webhook_url, settings.gateway_webhooks_allow_private)
        except UnsafeWebhook as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"webhook_url: {exc}") from exc
    secret = previous.webhook_secret if previous is not None else None
    made = secrets.token_urlsafe(32) if body.webhook_url is not None and secret is None else None
    secret = secret or made
    fields = body.model_dump(exclude={"id"})
    rule = AlertRule(
        id=rule_id,
        webhook_secret=secret,
        created_at=previous.created_at if previous is not None else utcnow(),
        **fields,
    )
    await rules.put(rule)
    logger.info("rule %s stored with key %s", rule_id, key)
    return RuleCreated.model_validate(RuleOut.of(rule).model_dump() | {"webhook_secret": made})


def _existing(rules: RuleBook, rule_id: str) -> AlertRule:
    rule = rules.get(rule_id)
    if rule is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no rule {rule_id}")
    return rule
