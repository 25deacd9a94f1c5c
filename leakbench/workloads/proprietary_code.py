"""proprietary_code: source, SQL, CI files and READMEs naming the organisation's own things.

Two families of samples, half each:
- listed: code naming the organisation, its codenames, customers, hosts and
  schemas from the suite's generated `OrgProfile`; the benchmark passes that
  profile to the policy's `org` section, as a deployment would configure its
  own terms. Generic identifiers (`reconcile_batches`, `orders`) are not
  annotated and count as over-redaction if a detector removes them.
- unlisted: the names a codebase defines for itself that nobody put in a
  policy list (what `code-private` is for): databases and schemas (DB),
  tables (TABLE), functions (FUNC), classes (CLASS), internal packages
  (MODULE), project codenames (PROJECT) and partner organisations (ORG), in
  Python, SQL, TypeScript, READMEs and commit messages. Names that are one
  ordinary English word (`ledger`, `users`) reveal nothing and are not
  annotated; public packages (`requests`, `express`) are not either.
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


# The template languages of each family; a template family is (family, language):
# the listed and the unlisted python templates are different templates.
LANGUAGES = {"listed": ("python", "sql", "go", "ci"),
             "unlisted": ("python", "sql", "typescript", "readme", "commit")}


def build(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    if rng.random() < 0.5:
        return _build_unlisted(rng, suite)
    return _build_listed(rng, suite)


def _build_listed(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
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
    kind = rng.choice(list(LANGUAGES["listed"]))
    template = {"python": _PYTHON, "sql": _SQL, "go": _GO, "ci": _CI}[kind]
    segments = [TextBuilder().fill(rng.choice(_QUESTIONS), values).segment("user", "prose")]
    # Pasted into a chat message: the chat wire format makes every user text "prose".
    segments.append(TextBuilder().fill(template, values).segment("user", "prose"))
    return segments, {"language": kind, "family": "listed"}


# --- unlisted: the codebase's own names --------------------------------------------------------

_U_PYTHON = '''"""<%codename%> settlement jobs for <%partner%>."""
import logging

import requests

from <%package%>.jobs import <%func_a%>, <%class_a%>

log = logging.getLogger(__name__)


class <%class_b%>:
    """Reconciles rows from the <%database%> database before <%codename%> exports them."""

    def <%func_b%>(self, batch_id: str, limit: int = 500) -> list[dict]:
        conn = get_connection("<%database%>")
        rows = conn.execute(
            "SELECT id, amount FROM <%schema%>.<%table%> WHERE batch_id = %s LIMIT %s",
            (batch_id, limit),
        )
        log.info("matched %d rows", len(rows))
        return <%func_a%>(<%class_a%>(), rows)
'''
_U_SQL = """-- <%codename%>: <%table%> for <%partner%> rebates (migration 0107)
CREATE SCHEMA IF NOT EXISTS <%schema%>;

CREATE TABLE <%schema%>.<%table%> (
    id BIGSERIAL PRIMARY KEY,
    amount NUMERIC(12, 2) NOT NULL,
    batch_id TEXT NOT NULL REFERENCES <%schema%>.<%table_b%>(id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION <%func_sql%>(batch TEXT) RETURNS NUMERIC AS $$
    SELECT sum(amount) FROM <%schema%>.<%table%> WHERE batch_id = batch;
$$ LANGUAGE sql;
"""
_U_TYPESCRIPT = """// Client for the <%codename%> rebate service (<%partner%> integration).
import express from 'express';
import { <%func_ts_a%>, <%class_a%> } from '@<%scope%>/<%package_ts%>';

export class <%class_b%> {
  constructor(private readonly client: <%class_a%>) {}

  async <%func_ts_b%>(batchId: string): Promise<number> {
    const rows = await this.client.query('SELECT amount FROM <%table%> WHERE batch_id = $1', [batchId]);
    return <%func_ts_a%>(rows);
  }
}

export const router = express.Router();
"""
_U_README = """# <%codename%>

<%codename%> computes partner rebates for <%partner%> and two other distributors. It reads
settlements from the `<%database%>` database (schema `<%schema%>`) and writes the
`<%table%>` table nightly.

## Running locally

    pip install -e .
    python -m <%package%>.cli <%func_a%> --dry-run

See `<%class_b%>` for the matching rules and ask the <%codename%> team before changing them.
"""
_U_COMMIT = """<%func_b%>: stop double-counting <%partner%> rebates

<%class_b%> matched settlements twice when a batch was re-sent. Deduplicate on
batch_id before calling <%func_a%>, and add an index on <%schema%>.<%table%>.
Part of the <%codename%> Q3 clean-up.
"""
_U_QUESTIONS = [
    "Why does <%func_b%> double-count rows for <%partner%>?",
    "Can you add tests for this?",
    "Refactor this so it is easier to read.",
    "The <%codename%> nightly job is slow; what would you change here?",
]
_U_SYLLABLES_HEAD = ["Vel", "Quor", "Tam", "Ost", "Bre", "Kor", "Zan", "Mir", "Hal", "Dru", "Cal", "Nor"]
_U_SYLLABLES_TAIL = ["mora", "athis", "evane", "ondra", "ilux", "arith", "ovex", "entia", "yros", "ubel"]
_U_PARTNER_SUFFIX = ["GmbH", "Logistics Ltd", "Distribution Inc", "Holdings AG", "Trading Co"]
_U_VERBS = ["reconcile", "settle", "dedupe", "rollup", "allocate", "accrue", "match", "backfill"]
_U_NOUNS = ["rebate", "settlement", "accrual", "payout", "tier", "claim", "remittance", "voucher"]
_U_QUALIFIERS = ["batches", "windows", "ledger", "deltas", "tiers", "queue", "totals"]
_U_CLASS_TAILS = ["Matcher", "Allocator", "Reconciler", "Scheduler", "Ledger", "Client", "Gateway"]
_U_ENVS = ["staging", "prod", "archive", "replica", "eu"]


def _invented(rng: random.Random) -> str:
    return rng.choice(_U_SYLLABLES_HEAD) + rng.choice(_U_SYLLABLES_TAIL)


def _build_unlisted(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    prefix = suite.org.name[:3].lower()
    codename = _invented(rng)
    while codename in suite.org.codenames:
        codename = _invented(rng)
    noun_a, noun_b = rng.sample(_U_NOUNS, 2)
    verb_a, verb_b = rng.sample(_U_VERBS, 2)
    camel = lambda *words: words[0] + "".join(word.capitalize() for word in words[1:])  # noqa: E731
    values = {
        "codename": Value(codename, "PROJECT"),
        "partner": Value(f"{_invented(rng)} {rng.choice(_U_PARTNER_SUFFIX)}", "ORG"),
        "package": Value(f"{prefix}_{noun_a}s", "MODULE"),
        "package_ts": Value(f"{noun_a}-{rng.choice(['sdk', 'client', 'core'])}", "MODULE"),
        "scope": Value(f"{prefix}{rng.choice(['labs', 'tech', 'dev'])}", "ORG"),
        "func_a": Value(f"{verb_a}_{noun_a}_{rng.choice(_U_QUALIFIERS)}", "FUNC"),
        "func_b": Value(f"{verb_b}_{noun_b}_{rng.choice(_U_QUALIFIERS)}", "FUNC"),
        "func_ts_a": Value(camel(verb_a, noun_a, rng.choice(_U_QUALIFIERS)), "FUNC"),
        "func_ts_b": Value(camel(verb_b, noun_b, rng.choice(_U_QUALIFIERS)), "FUNC"),
        "func_sql": Value(f"{noun_b}_total_for_{rng.choice(_U_QUALIFIERS)}", "FUNC"),
        "class_a": Value(f"{noun_a.capitalize()}{rng.choice(_U_CLASS_TAILS)}", "CLASS"),
        "class_b": Value(f"{noun_b.capitalize()}{rng.choice(_U_CLASS_TAILS)}", "CLASS"),
        "database": Value(f"{noun_a}s_{rng.choice(_U_ENVS)}", "DB"),
        "schema": Value(f"{prefix}_{noun_b}s", "DB"),
        "table": Value(f"{noun_b}_{rng.choice(_U_QUALIFIERS)}", "TABLE"),
        "table_b": Value(f"{noun_a}_{rng.choice(_U_QUALIFIERS)}_v2", "TABLE"),
    }
    if values["table"].text == values["func_sql"].text:
        values["table"] = Value(values["table"].text + "_tbl", "TABLE")
    kind = rng.choice(list(LANGUAGES["unlisted"]))
    template = {"python": _U_PYTHON, "sql": _U_SQL, "typescript": _U_TYPESCRIPT, "readme": _U_README,
                "commit": _U_COMMIT}[kind]
    segments = [TextBuilder().fill(rng.choice(_U_QUESTIONS), values).segment("user", "prose")]
    segments.append(TextBuilder().fill(template, values).segment("user", "prose"))
    return segments, {"language": kind, "family": "unlisted"}
