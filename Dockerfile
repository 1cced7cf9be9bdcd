# Fieldbot: Telegram bot for the Smart Industry Fieldlabs and Hubs.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    BOT_DATA_DIR=/data

WORKDIR /app
COPY requirements-runtime.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements-runtime.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir --no-deps . \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin fieldbot \
    && mkdir -p /data \
    && chown fieldbot /data
COPY knowledge ./knowledge

USER 10001
VOLUME ["/data"]

# Healthy when the knowledge in the image loads and validates.
HEALTHCHECK --interval=60s --timeout=10s --start-period=20s --retries=3 \
    CMD ["fieldbot", "check"]

ENTRYPOINT ["fieldbot"]
CMD ["run"]
