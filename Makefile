# newsmon — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# NEWSMON_PURE_PYTHON=1 builds without compiling (setup.py); its own stamp, so a plain `make` compiles again.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)$(if $(filter 1,$(NEWSMON_PURE_PYTHON)),-pure)
STACK := deploy/local/stack.sh
SERVICES := deploy/local/services.sh
BROWSER := deploy/local/browser.sh
PYTEST_ARGS ?=
BENCH_ARGS ?=
# Processor workers of `make run` (one consumer group; at most one per partition does work).
WORKERS ?= 1

.PHONY: help install browser run stop status logs test test-unit test-integration lint fmt eval bench bench-core drills up down train-ner stack-up stack-down clean dashboards

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

# setup.py compiles modules of newsmon.nlp with mypyc; an edit of any of them rebuilds, so that no command
# runs an extension older than its source (newsmon.nlp.compiled refuses one at import).
$(STAMP): pyproject.toml setup.py $(wildcard services/newsmon/nlp/*.py services/newsmon/nlp/*/*.py)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) ## create the virtualenv and install newsmon with its dev tools

browser: ## install chromium (as root, with apt-get) for the web page's browser test
	$(BROWSER)

run: install ## start Kafka, Elasticsearch, Prometheus and every service (WORKERS=N processor workers); feed them
	$(STACK) up
	WORKERS=$(WORKERS) $(SERVICES) up

stop: ## stop the services and the local stack
	-$(SERVICES) down
	$(STACK) down

status: ## what is running
	@$(STACK) status; $(SERVICES) status

logs: ## follow the services' logs
	$(SERVICES) logs

stack-up: ## start Kafka, Elasticsearch and Prometheus (what the tests need)
	$(STACK) up

stack-down: ## stop the local stack
	$(STACK) down

test: install stack-up browser ## all tests: unit, integration and end-to-end, on the real Kafka and Elasticsearch
	$(BIN)/pytest $(PYTEST_ARGS)

test-unit: install ## the fast offline tests
	$(BIN)/pytest tests/unit -q $(PYTEST_ARGS)

test-integration: install stack-up browser ## the tests over the real parts
	$(BIN)/pytest tests/integration tests/e2e $(PYTEST_ARGS)

lint: install ## ruff, strict mypy and the import contracts; never rewrites files
	$(BIN)/ruff check services tools tests setup.py
	$(BIN)/ruff format --check services tools tests setup.py
	$(BIN)/mypy
	$(BIN)/lint-imports

fmt: install ## format and fix what ruff can
	$(BIN)/ruff format services tools tests setup.py
	$(BIN)/ruff check --fix services tools tests setup.py

eval: install ## denial, language-identification, entity, seed-article and article-extraction scores on ../shared (skips when absent)
	$(BIN)/python -m tools.evaluation

dashboards: install ## regenerate the Grafana dashboards (deploy/grafana/dashboards/*.json) from tools/dashboards
	$(BIN)/python -m tools.dashboards

bench: install stack-up ## the throughput suite on the local stack (BENCH_ARGS=--quick: ~3 min); report in bench-results/
	$(BIN)/python -m tools.benchmark.suite $(BENCH_ARGS)

bench-core: install ## speed, load time and memory of the extraction core alone; analysis time by text size
	$(BIN)/python -m tools.benchmark
	$(BIN)/python -m tools.benchmark.scaling

drills: install ## fault drills on a private Kafka and Elasticsearch: kills, outages; nothing lost or doubled
	$(BIN)/python -m tools.drills

train-ner: install ## retrain the shipped entity models from ../shared/datasets/ner
	for lang in en id es ru fr; do nice -n 10 $(BIN)/python -m tools.training.ner --lang $$lang || exit 1; done

up: ## the same system with docker compose (needs Docker)
	docker compose up -d --build --wait
	@echo "web page: http://localhost:8000/  API: http://localhost:8000/docs  grafana: http://localhost:3000  prometheus: http://localhost:9090"

down: ## stop the docker compose system
	docker compose down

clean: stop ## stop everything and delete local state (data, logs); the download cache stays
	$(STACK) reset
