# redactor proxy image: the core package (proxy, CLI, MCP, detection), no extras.
#
#   docker build -t redactor .
#   docker run -p 8787:8787 -e REDACTOR_TOKEN=... -e OPENAI_API_KEY=... redactor
#
# Every `serve` option is an environment variable (REDACTOR_POLICY, REDACTOR_PORT,
# REDACTOR_VAULT_URL, REDACTOR_TOKEN, ...; see docs/deployment.md). The vault and
# its key live in /var/lib/redactor: mount a volume there, or use a Redis vault
# and pass the shared key as REDACTOR_VAULT_KEY (compose.yaml does both).
# EXTRAS adds optional parts, e.g. --build-arg EXTRAS=dp (torch: about 1 GB more);
# "local" builds llama.cpp and needs a compiler in the build stage.
ARG BASE_IMAGE=python:3.11-slim-bookworm

FROM ${BASE_IMAGE} AS build
ARG EXTRAS=""
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python3 -m venv /opt/redactor
WORKDIR /src
# Dependencies first: a code change does not re-download them.
COPY pyproject.toml README.md ./
COPY redactor ./redactor
COPY leakbench ./leakbench
COPY policies ./policies
RUN /opt/redactor/bin/python -m pip install --upgrade "pip>=24" \
 && /opt/redactor/bin/python -m pip install ".${EXTRAS:+[$EXTRAS]}"

FROM ${BASE_IMAGE}
RUN groupadd --system --gid 10001 redactor \
 && useradd --system --uid 10001 --gid redactor --home-dir /var/lib/redactor --create-home --shell /usr/sbin/nologin redactor \
 && chmod 0700 /var/lib/redactor
COPY --from=build /opt/redactor /opt/redactor
ENV PATH=/opt/redactor/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    REDACTOR_HOST=0.0.0.0 \
    REDACTOR_PORT=8787 \
    REDACTOR_POLICY=default \
    REDACTOR_VAULT_URL=sqlite:////var/lib/redactor/vault.db \
    REDACTOR_VAULT_KEY_FILE=/var/lib/redactor/vault.key \
    TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" \
    HF_HUB_OFFLINE=1
USER 10001:10001
WORKDIR /var/lib/redactor
VOLUME ["/var/lib/redactor"]
EXPOSE 8787
# /readyz: 503 while a request would fail here (vault down, required model missing).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python3", "-c", "import os, sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('REDACTOR_PORT', '8787') + '/readyz', timeout=4).status == 200 else 1)"]
ENTRYPOINT ["redactor"]
CMD ["serve"]
