"""The wheel (and so the Docker image) holds every module and shipped resource, and no development tool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.support import REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE = REPO_ROOT / "services" / "newsmon"


def test_every_folder_of_python_modules_is_a_package() -> None:
    for module in PACKAGE.rglob("*.py"):
        assert (module.parent / "__init__.py").is_file(), f"{module.parent} has modules but no __init__.py"


def test_package_data_patterns_match_shipped_files() -> None:
    for package, patterns in PYPROJECT["tool"]["setuptools"]["package-data"].items():
        folder = PACKAGE.joinpath(*package.split(".")[1:])
        for pattern in patterns:
            assert any(path.is_file() for path in folder.glob(pattern)), f"{package}: {pattern} matches nothing"


def test_the_packaged_schemas_are_the_top_level_ones() -> None:
    assert (PACKAGE / "schemas").resolve() == (REPO_ROOT / "schemas").resolve()


def test_the_cli_is_the_console_script() -> None:
    assert PYPROJECT["project"]["scripts"] == {"newsmon": "newsmon.cli:main"}
    assert (PACKAGE / "cli.py").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """The wheel pip builds from a copy of the checkout (no network: the venv's setuptools builds it), without
    compiling (NEWSMON_PURE_PYTHON=1): mypyc would take a minute; the files shipped are the same."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "setup.py"):
        shutil.copy(REPO_ROOT / name, source / name)
    for folder in ("services", "schemas", "tools"):
        shutil.copytree(
            REPO_ROOT / folder, source / folder, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "*.so")
        )
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", out, source]
    environment = {**os.environ, "NEWSMON_PURE_PYTHON": "1"}
    subprocess.run(command, check=True, capture_output=True, timeout=300, env=environment)
    (built,) = out.glob("newsmon-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_holds_the_package_and_its_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "newsmon/cli.py" in names
    assert "newsmon/schemas/topics/article.raw.json" in names
    assert "newsmon/schemas/elasticsearch/articles.json" in names
    assert any(name.startswith("newsmon/nlp/models/ner-en") for name in names)
    assert "newsmon/fetcher/feeds.default.json" in names
    assert "newsmon/nlp/compiled.json" in names
    assert any(name.startswith("newsmon/fetcher/archive/") and name.endswith(".html.gz") for name in names)


def test_the_wheel_holds_no_development_tool_or_test(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    assert tops == {"newsmon", next(top for top in tops if top.endswith(".dist-info"))}
    assert not any(
        part in name.split("/") for name in wheel.namelist() for part in ("evaluation", "training", "benchmark")
    )


def test_the_installed_wheel_finds_its_data_and_lacks_the_tools(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    site = tmp_path / "site"
    wheel.extractall(site)
    probe = (
        "import importlib.util, newsmon.core.schemas as v;"
        "v.validator('article.raw.json');"
        "print(v.SCHEMAS);"
        "print(importlib.util.find_spec('newsmon.evaluation'), importlib.util.find_spec('tools'))"
    )
    # -I: isolated, so neither the checkout nor the editable install is on the path; only the wheel's files.
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    schemas, missing = done.stdout.splitlines()
    assert Path(schemas).is_relative_to(site)
    assert missing == "None None"
