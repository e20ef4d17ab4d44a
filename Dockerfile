# Solidarity Alerts: one image for every role (`run`, `worker`, `ingest`, `db upgrade`).
# It installs the package the way .ci/run does (pip, from this checkout), without the test extras.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN pip install --upgrade pip && pip install . && rm -rf /src \
    && useradd --system --uid 10001 --create-home --home-dir /data solidarity

# Non-root; the working folder holds config.toml (mount it read-only) and, with SQLite, the database.
USER solidarity
WORKDIR /data
# The web server (/healthz, /metrics, campaign taps) when SOLIDARITY_SERVER_PORT=8080 is set.
EXPOSE 8080
# SIGTERM stops taking work and exits 0 within 5 s (the default grace before SIGKILL is 10 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["solidarity-bot"]
CMD ["run"]
