from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmon.nlp.types import Analysis, Denial, Denier, Entity, Language, Span
from tools.evaluation import seed

TEXT = "Juru bicara Istana Budi Santoso membantah laporan bahwa menteri akan mundur. Kata Santoso, tidak ada."
EXPECTED = {
    "article": "article.txt",
    "language": "id",
    "entities_must_include": {"PERSON": ["Budi Santoso"], "ORG": ["Istana"]},
    "entity_aliases": {"Santoso": "Budi Santoso", "Istana": "Presidential Palace"},
    "denials_must_include": [
        {
            "type": "denial",
            "denier": "Budi Santoso",
            "denier_role": "Juru bicara Istana",
            "trigger": "membantah",
            "claim_contains": "menteri akan mundur",
            "claim_source_any_of": ["laporan"],
        },
        {"type_any_of": ["non_denial"], "denier": "Budi Santoso"},
    ],
    "denials_must_not_include": [{"denier": "Someone Else", "why": "never denies"}],
}
SANTOSO = Denier("Budi Santoso", 19, 31, "Budi Santoso", "Juru bicara Istana")
DENIAL = Denial(
    type="denial",
    denier=SANTOSO,
    trigger=Span("membantah", 32, 41),
    claim=Span("menteri akan mundur", 55, 74),
    claim_source="laporan",
    evidence=Span(TEXT[:75], 0, 75),
    confidence=0.9,
)
ANALYSIS = Analysis(
    language=Language("id", 0.95),
    entities=[
        Entity("Istana", "ORG", 12, 18, "Presidential Palace"),
        Entity("Budi Santoso", "PERSON", 19, 31, "Budi Santoso"),
        Entity("Santoso", "PERSON", 81, 88, "Budi Santoso"),
    ],
    denials=[DENIAL],
)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / seed.EXPECTED_FILE).write_text(json.dumps(EXPECTED), encoding="utf-8")
    return tmp_path


def _checks(monkeypatch: pytest.MonkeyPatch, shared: Path, analysis: Analysis) -> dict[str, tuple[bool, str]]:
    monkeypatch.setattr(seed, "analyze", lambda text: analysis if text == TEXT else None)
    return {check.check: (check.passed, check.detail) for check in seed.check_seed(shared)}


def test_every_expectation_becomes_a_check(monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    checks = _checks(monkeypatch, shared, ANALYSIS)
    assert {name: passed for name, (passed, _) in checks.items()} == {
        "language id": True,
        "entity PERSON Budi Santoso": True,
        "entity ORG Istana": True,
        "alias Santoso -> Budi Santoso": True,
        "alias Istana -> Presidential Palace": True,
        "denial #1 found: Budi Santoso": True,
        "denial #2 found: Budi Santoso": False,  # no non_denial detected
        "no denial #1: Someone Else": True,
    }
    assert "fails type_any_of" in checks["denial #2 found: Budi Santoso"][1]


def test_wrong_extractions_fail_their_checks(monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    wrong = Analysis(
        language=Language("ms", 0.6),
        entities=[
            Entity("Budi Santoso", "ORG", 19, 31, "Budi Santoso"),
            Entity("Santoso", "PERSON", 81, 88, "X"),
        ],
        denials=[
            Denial("denial", Denier("Juru", 0, 4, "Someone Else"), DENIAL.trigger, None, None, DENIAL.evidence, 1)
        ],
    )
    checks = _checks(monkeypatch, shared, wrong)
    assert checks["language id"] == (False, "ms (0.60)")
    assert checks["entity PERSON Budi Santoso"] == (False, "found only as ORG")
    assert checks["entity ORG Istana"] == (False, "not found")
    assert checks["alias Santoso -> Budi Santoso"] == (False, "canonical 'X'")
    assert checks["alias Istana -> Presidential Palace"] == (False, "no mention 'Istana'")
    passed, detail = checks["denial #1 found: Budi Santoso"]
    assert not passed
    assert "fails denier, denier_role, claim_contains, claim_source_any_of" in detail
    assert checks["no denial #1: Someone Else"][0] is False


def test_an_unknown_condition_fails_instead_of_passing(monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    expected = {**EXPECTED, "denials_must_not_include": [{"denier": "Someone Else", "quoted_by": "x"}]}
    (shared / seed.EXPECTED_FILE).write_text(json.dumps(expected), encoding="utf-8")
    checks = _checks(monkeypatch, shared, ANALYSIS)
    assert checks["no denial #1: Someone Else"] == (False, "unknown condition(s): quoted_by")


def test_evaluate_seed_gives_table_rows(monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    monkeypatch.setattr(seed, "analyze", lambda text: ANALYSIS)
    rows = seed.evaluate_seed(shared)
    assert rows[0] == {"check": "language id", "result": "pass", "detail": "id (0.95)"}
    assert {row["result"] for row in rows} == {"pass", "FAIL"}


def test_the_real_seed_article_is_checked(shared_dir: Path) -> None:
    checks = seed.check_seed(shared_dir)
    expected = json.loads((shared_dir / seed.EXPECTED_FILE).read_text(encoding="utf-8"))
    entity_count = sum(len(names) for names in expected["entities_must_include"].values())
    denial_count = len(expected["denials_must_include"]) + len(expected["denials_must_not_include"])
    assert len(checks) == 1 + entity_count + len(expected["entity_aliases"]) + denial_count
    assert checks[0].check == "language id" and checks[0].passed
