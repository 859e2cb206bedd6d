# One image for every newsmon service: `docker run newsmon <command>` (see `newsmon --help`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN useradd --system --create-home --home-dir /app newsmon
WORKDIR /app

COPY pyproject.toml README.md ./src/
COPY schemas ./src/schemas
COPY services ./src/services
# A plain install: schemas, models and the demo archive are package data; tools/ and tests/ are not shipped.
RUN pip install ./src && rm -rf ./src && python -c "import newsmon.cli"

USER newsmon
ENTRYPOINT ["newsmon"]
CMD ["--help"]
