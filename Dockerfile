# One image for every newsmon service: `docker run newsmon <command>` (see `newsmon --help`).
# The build stage has the C compiler the slim image lacks: setup.py compiles the extraction core's hottest
# modules with mypyc into the wheel, which the runtime stage installs.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY schemas ./schemas
COPY services ./services
RUN pip wheel --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN useradd --system --create-home --home-dir /app newsmon
WORKDIR /app

# A plain install: schemas, models and the demo archive are package data; tools/ and tests/ are not shipped.
COPY --from=build /wheels /tmp/wheels
RUN pip install /tmp/wheels/*.whl && rm -rf /tmp/wheels && python -c "import newsmon.cli, newsmon.nlp.analysis"

USER newsmon
ENTRYPOINT ["newsmon"]
CMD ["--help"]
