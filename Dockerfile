# Fieldbot: Telegram bot for the Smart Industry Fieldlabs and Hubs.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    BOT_DATA_DIR=/data

WORKDIR /app
# Only what running needs (requirements-runtime.lock); the test tools stay out of the image.
COPY requirements-runtime.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements-runtime.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
# The bot runs as uid/gid 10001 (README "Deploying for Hub staff"): a mounted knowledge or data
# folder must be writable by it, e.g. `sudo chown -R 10001:10001 knowledge data`.
RUN pip install --no-cache-dir --no-deps . \
    && groupadd --system --gid 10001 fieldbot \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin fieldbot \
    && mkdir -p /data /app/knowledge \
    && chown 10001:10001 /data /app/knowledge
# The knowledge in the image is only the default: mount the folder staff edit over it,
# `-v ./knowledge:/app/knowledge`; the running bot reloads a saved file by itself.
COPY --chown=10001:10001 knowledge ./knowledge

USER 10001:10001
VOLUME ["/data"]

# Healthy while the running bot rewrites its heartbeat ($BOT_DATA_DIR/heartbeat, every 15 s):
# a stuck, crashed or stopped bot fails this, whatever its knowledge files say.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["fieldbot", "health"]

ENTRYPOINT ["fieldbot"]
CMD ["run"]
