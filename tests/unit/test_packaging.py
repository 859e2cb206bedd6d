"""The wheel (and so the Docker image) must hold every module and every shipped resource."""

from __future__ import annotations

import tomllib
from pathlib import Path

from newsmon.core.settings import REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SERVICES = REPO_ROOT / "services"


def test_every_python_package_under_services_is_listed() -> None:
    found = {".".join(("newsmon", *init.parent.relative_to(SERVICES).parts)) for init in SERVICES.rglob("__init__.py")}
    assert set(PYPROJECT["tool"]["setuptools"]["packages"]) == found


def test_every_folder_of_python_modules_is_a_package() -> None:
    for module in SERVICES.rglob("*.py"):
        assert (module.parent / "__init__.py").is_file(), f"{module.parent} has modules but no __init__.py"


def test_package_data_patterns_match_shipped_files() -> None:
    for package, patterns in PYPROJECT["tool"]["setuptools"]["package-data"].items():
        folder = SERVICES.joinpath(*package.split(".")[1:])
        for pattern in patterns:
            assert any(path.is_file() for path in folder.glob(pattern)), f"{package}: {pattern} matches nothing"


def test_the_cli_is_the_console_script() -> None:
    assert PYPROJECT["project"]["scripts"] == {"newsmon": "newsmon.cli:main"}
    assert Path(SERVICES / "cli.py").is_file()
