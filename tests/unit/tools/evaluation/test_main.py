from __future__ import annotations

from pathlib import Path

import pytest

from tools.evaluation import __main__ as evaluation_main
from tools.report import format_table


def test_an_absent_shared_folder_skips_all_but_the_project_authored_denial_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "shared"
    assert evaluation_main.main(["--shared", str(absent)]) == 0
    out = capsys.readouterr().out
    assert "newsmon-authored" in out
    assert "shared-dev" not in out
    assert out.count(f"skipped: {absent} absent") == 4


def _rows(shared: Path) -> list[dict[str, object]]:
    return [{"name": shared.name, "score": 0.5}]


def _broken(shared: Path) -> list[dict[str, object]]:
    raise RuntimeError("bad data")


def test_sections_print_in_order_and_empty_ones_say_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluation_main, "SECTIONS", (("empty", lambda shared: []), ("first", _rows)))
    assert evaluation_main.main(["--shared", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.index("== empty ==") < out.index("skipped:") < out.index("== first ==")
    assert format_table(_rows(tmp_path)) in out


def test_a_failing_section_does_not_hide_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluation_main, "SECTIONS", (("broken", _broken), ("first", _rows)))
    assert evaluation_main.main(["--shared", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "failed: RuntimeError: bad data" in captured.out
    assert format_table(_rows(tmp_path)) in captured.out
    assert "Traceback" in captured.err
