"""No Docker engine runs here, so docker-compose.yml is checked against the code: every command exists,
every environment variable is a setting, ports and versions agree with the settings and the local stack."""

from __future__ import annotations

import fnmatch
import importlib
import inspect
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from elasticsearch import __versionstr__ as es_client_version

from newsmon.cli import build_parser
from newsmon.core.settings import CommonSettings
from tests.support import REPO_ROOT

COMPOSE = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES: dict[str, Any] = COMPOSE["services"]
NEWSMON_SERVICES = ("fetcher", "processor", "indexer", "gateway")
PROMETHEUS = REPO_ROOT / "deploy" / "prometheus"


def settings_class(service: str) -> type[CommonSettings]:
    module = importlib.import_module(f"newsmon.{service}.settings")
    (cls,) = [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, CommonSettings) and obj.__module__ == module.__name__
    ]
    return cls


def newsmon_env(service: str) -> dict[str, str]:
    return {k: str(v) for k, v in SERVICES[service]["environment"].items() if k.startswith("NEWSMON_")}


def scrape_targets(config: Path) -> dict[str, str]:
    document = yaml.safe_load(config.read_text(encoding="utf-8"))
    return {job["job_name"]: _target(job) for job in document["scrape_configs"]}


def _target(job: dict[str, Any]) -> str:
    if "dns_sd_configs" in job:  # every replica of a scaled service
        (found,) = job["dns_sd_configs"]
        return f"{found['names'][0]}:{found['port']}"
    return str(job["static_configs"][0]["targets"][0])


@pytest.mark.parametrize("service", ["processor", "indexer"])
def test_workers_scale_with_compose(service: str) -> None:
    # `docker compose up --scale <service>=N`: replicas must not claim one name or one host port.
    assert "container_name" not in SERVICES[service]
    assert "ports" not in SERVICES[service]
    jobs = yaml.safe_load((PROMETHEUS / "prometheus.docker.yml").read_text(encoding="utf-8"))["scrape_configs"]
    (job,) = [job for job in jobs if job["job_name"] == service]
    assert "dns_sd_configs" in job, "Prometheus must scrape every replica"


def local_target(service: str) -> str:
    """Where ``deploy/local/services.sh`` says ``service`` serves /metrics, once the local Prometheus reads
    the target file it writes (checked to be one the job of that name reads)."""
    text = (REPO_ROOT / "deploy" / "local" / "services.sh").read_text(encoding="utf-8")
    match = re.search(rf"\[{service}\]=([0-9]+)", text)
    assert match, f"no port for {service} in services.sh"
    jobs = yaml.safe_load((PROMETHEUS / "prometheus.yml").read_text(encoding="utf-8"))["scrape_configs"]
    (job,) = [job for job in jobs if job["job_name"] == service]
    (found,) = job["file_sd_configs"]
    assert any(fnmatch.fnmatch(f"targets/{service}.json", pattern) for pattern in found["files"])
    return f"127.0.0.1:{match.group(1)}"


def shell_default(script: str, variable: str) -> str:
    text = (REPO_ROOT / "deploy" / "local" / script).read_text(encoding="utf-8")
    match = re.search(rf'^{variable}="?(?:\$\{{[A-Z_]+:-)?([0-9.]+)', text, re.MULTILINE)
    assert match, f"{variable} not found in {script}"
    return match.group(1)


def test_the_whole_system_is_in_compose() -> None:
    assert set(SERVICES) == {"kafka", "elasticsearch", "prometheus", "grafana", *NEWSMON_SERVICES}


@pytest.mark.parametrize("service", NEWSMON_SERVICES)
def test_each_service_runs_a_real_command_of_the_one_image(service: str) -> None:
    spec = SERVICES[service]
    assert spec["build"] == "." and spec["image"] == "newsmon:latest"
    args = build_parser().parse_args(spec["command"])
    assert args.command == service
    if service == "fetcher":
        assert args.demo, "compose runs the demo: the bundled archive, then the bundled feeds"


@pytest.mark.parametrize("service", NEWSMON_SERVICES)
def test_every_environment_variable_is_a_setting_of_that_service(service: str) -> None:
    cls = settings_class(service)
    env = newsmon_env(service)
    fields = {f"NEWSMON_{name.upper()}" for name in cls.model_fields}
    assert set(env) <= fields, f"not settings of {cls.__name__}: {set(env) - fields}"
    cls.model_validate({k.removeprefix("NEWSMON_").lower(): v for k, v in env.items()})


@pytest.mark.parametrize("service", NEWSMON_SERVICES)
def test_services_wait_for_healthy_infrastructure_and_have_healthchecks(service: str) -> None:
    spec = SERVICES[service]
    assert spec["healthcheck"]["test"]
    conditions = {name: dep["condition"] for name, dep in spec["depends_on"].items()}
    assert conditions.items() >= {"kafka": "service_healthy", "elasticsearch": "service_healthy"}.items()
    assert set(conditions.values()) == {"service_healthy"}
    env = newsmon_env(service)
    assert env["NEWSMON_KAFKA_BOOTSTRAP_SERVERS"] in SERVICES["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    assert env["NEWSMON_ELASTICSEARCH_URL"] == "http://elasticsearch:9200"


@pytest.mark.parametrize("service", ["fetcher", "processor", "indexer"])
def test_metrics_ports_agree_with_settings_healthchecks_and_prometheus(service: str) -> None:
    port = settings_class(service)().metrics_port
    assert port > 0
    assert newsmon_env(service)["NEWSMON_METRICS_PORT"] == str(port)
    assert f"localhost:{port}/metrics" in " ".join(SERVICES[service]["healthcheck"]["test"])
    assert scrape_targets(PROMETHEUS / "prometheus.docker.yml")[service] == f"{service}:{port}"
    assert local_target(service) == f"127.0.0.1:{port}"


def test_gateway_port_agrees_with_settings_and_prometheus() -> None:
    settings = settings_class("gateway")()
    port = newsmon_env("gateway")["NEWSMON_GATEWAY_PORT"]
    assert port == str(settings.gateway_port)
    assert SERVICES["gateway"]["ports"] == [f"{port}:{port}"]
    assert scrape_targets(PROMETHEUS / "prometheus.docker.yml")["gateway"] == f"gateway:{port}"
    assert local_target("gateway") == f"127.0.0.1:{port}"


def test_compose_runs_the_versions_the_local_stack_runs() -> None:
    kafka_tag = SERVICES["kafka"]["image"].rsplit(":", 1)[1]
    es_tag = SERVICES["elasticsearch"]["image"].rsplit(":", 1)[1]
    assert kafka_tag == shell_default("kafka.sh", "KAFKA_VERSION")
    assert es_tag == shell_default("elasticsearch.sh", "ES_VERSION")
    assert es_tag.split(".")[0] == es_client_version.split(".")[0], "client and server majors differ"


def test_mounted_files_exist() -> None:
    for spec in SERVICES.values():
        for volume in spec.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (REPO_ROOT / source).exists(), source


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool (Debian's prometheus) not installed")
@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.docker.yml"])
def test_prometheus_configs_and_alert_rules_are_valid(config: str) -> None:
    result = subprocess.run(
        ["promtool", "check", "config", str(PROMETHEUS / config)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool (Debian's prometheus) not installed")
def test_alert_rules_fire_when_they_should() -> None:
    result = subprocess.run(
        ["promtool", "test", "rules", "alerts.test.yml"], cwd=PROMETHEUS, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_rule_has_a_case_that_fires_and_one_that_stays_quiet() -> None:
    rules = yaml.safe_load((PROMETHEUS / "alerts.yml").read_text(encoding="utf-8"))
    names = {rule["alert"] for group in rules["groups"] for rule in group["rules"]}
    cases = yaml.safe_load((PROMETHEUS / "alerts.test.yml").read_text(encoding="utf-8"))
    checks = [check for test in cases["tests"] for check in test["alert_rule_test"]]
    firing = {check["alertname"] for check in checks if check["exp_alerts"]}
    quiet = {check["alertname"] for check in checks if not check["exp_alerts"]}
    assert names - firing == set(), "no case where these fire"
    assert names - quiet == set(), "no case where these stay quiet"
