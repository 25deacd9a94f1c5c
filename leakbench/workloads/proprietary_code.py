"""proprietary_code: source, SQL and CI files naming the organisation, its projects, hosts and schemas.

Terms come from the suite's generated `OrgProfile`; the benchmark passes that
profile to the policy's `org` section, as a deployment would configure its own.
Generic identifiers (`reconcile_batches`, `orders`) are not annotated and count
as over-redaction if a detector removes them.
"""
from __future__ import annotations

import random

from leakbench.samples import AnnotatedSegment, TextBuilder, Value
from leakbench.workloads.suite import Suite

DEFAULT_COUNT = 300

_PYTHON = '''"""<%codename%> <%service%> worker for <%org%> (owner: platform team)."""
import logging

import requests

from <%org_pkg%>.<%codename_pkg%>.client import <%func%>

log = logging.getLogger(__name__)
API_BASE = "https://<%host%>/api/v2"
PRIORITY_CUSTOMER = "<%customer%>"


def reconcile_batches(batch_id: str, limit: int = 500) -> list[dict]:
    """Fetch pending rows and push them to the <%service%> API."""
    rows = db.execute(
        "SELECT id, amount, currency FROM <%schema%>.pending_items WHERE batch_id = %s LIMIT %s",
        (batch_id, limit),
    )
    response = requests.post(f"{API_BASE}/batches/{batch_id}", json=rows, timeout=30)
    response.raise_for_status()
    log.info("pushed %d rows", len(rows))
    return <%func%>(response.json())
'''
_SQL = """-- <%org%> / <%codename%>: schema for the <%service%> service, migration 0042
CREATE SCHEMA IF NOT EXISTS <%schema%>;

CREATE TABLE <%schema%>.accounts (
    id BIGSERIAL PRIMARY KEY,
    external_ref TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Rows for <%customer%> are archived monthly by <%func%>().
CREATE INDEX accounts_created_idx ON <%schema%>.accounts (created_at);
"""
_GO = """// Package <%codename_pkg%> talks to the <%org%> <%service%> backend.
package <%codename_pkg%>

import (
\t"context"
\t"net/http"
\t"time"
)

const backendURL = "https://<%host%>:8443"

// <%go_func%> refreshes the cache used by the <%codename%> dashboard.
func <%go_func%>(ctx context.Context, client *http.Client) error {
\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, backendURL+"/v1/refresh", nil)
\tif err != nil {
\t\treturn err
\t}
\tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
\tdefer cancel()
\t_, err = client.Do(req.WithContext(ctx))
\treturn err
}
"""
_CI = """# CI pipeline for <%codename%> (<%org%>)
stages: [test, deploy]

test:
  image: python:3.11
  script:
    - pip install -e .
    - pytest -q tests/<%codename_pkg%>

deploy:
  stage: deploy
  script:
    - ./scripts/deploy.sh --target <%host%> --schema <%schema%>
  environment: production
  only: [main]
"""
_QUESTIONS = [
    "Why is <%func%> so slow when <%customer%> runs month-end close?",
    "Refactor this so the <%codename%> team can reuse it.",
    "Add retries to this; it fails whenever <%host%> is restarted.",
    "Write unit tests for the code below.",
    "Can you explain what this does?",
]
_VERBS = ["sync", "refresh", "reconcile", "export", "load", "rebuild"]
_NOUNS = ["ledger", "cache", "accounts", "batches", "reports", "invoices"]


def build(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    org = suite.org
    codename = rng.choice(org.codenames)
    codename_pkg = codename.lower()
    verb, noun = rng.choice(_VERBS), rng.choice(_NOUNS)
    values = {
        "org": Value(org.name, "ORG_NAME"),
        "org_pkg": Value(org.name.lower(), "ORG_NAME"),
        "codename": Value(codename, "PROJECT_CODENAME"),
        "codename_pkg": Value(codename_pkg, "PROJECT_CODENAME"),
        "func": Value(f"{codename_pkg}_{verb}_{noun}", "INTERNAL_IDENTIFIER"),
        "go_func": Value(f"{verb.capitalize()}{codename}{noun.capitalize()}", "INTERNAL_IDENTIFIER"),
        "schema": Value(f"{org.name.lower()}_{rng.choice(org.services)}", "DB_SCHEMA"),
        "host": Value(rng.choice(org.hosts), "INTERNAL_HOST"),
        "customer": Value(rng.choice(org.customers), "CUSTOMER_NAME"),
        "service": rng.choice(org.services),
    }
    kind = rng.choice(["python", "sql", "go", "ci"])
    template = {"python": _PYTHON, "sql": _SQL, "go": _GO, "ci": _CI}[kind]
    segments = [TextBuilder().fill(rng.choice(_QUESTIONS), values).segment("user", "prose")]
    # Pasted into a chat message: the chat wire format makes every user text "prose".
    segments.append(TextBuilder().fill(template, values).segment("user", "prose"))
    return segments, {"language": kind}
