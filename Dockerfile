# One image for every newsmon service: `docker run newsmon <command>` (see `newsmon --help`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN useradd --system --create-home --home-dir /app newsmon
WORKDIR /app

COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY services ./services
# Editable, so that schemas/ beside services/ is found where settings expect it (REPO_ROOT/schemas).
RUN pip install -e . && python -c "import newsmon.cli"

USER newsmon
ENTRYPOINT ["newsmon"]
CMD ["--help"]
