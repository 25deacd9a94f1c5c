"""Machines named by a hyphenated compound whose head is a role word, after a preposition of place or alone
on a line (`redis-cache`, `reporting-db`, `backup-nas`).

The dev set was written before the code (it failed on main); the check set after it, not tuned on. Every
name here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_role_compounds import find_role_compound_hosts

DEV = [
    ("The ETL box is etl-runner, and the cache lives on redis-cache.", "redis-cache"),
    ("backup-nas", "backup-nas"),
    ("# runs on reporting-db", "reporting-db"),
    ("we copy dumps to archive-nas-01 then to tape", "archive-nas-01"),
    ("Monitoring lives on grafana-box.", "grafana-box"),
]

CHECK = [
    ("Der Export läuft auf ledger-db seit Montag.", "ledger-db"),
    ("  - billing-api-gw", "billing-api-gw"),
    ("Le job est déployé sur la reporting-vm depuis hier.", "reporting-vm"),
    ("pull the logs from `ingest-worker3` first", "ingest-worker3"),
]

PROSE = [
    "It uses a client-server design and server-side rendering.",
    "We rely on real-time data and open-source tools.",
    "Run pip install python-dotenv and docker-compose up.",
    "Set the --cache-dir flag; see my-app/src/web-api.py",
    "Based on multi-node tests, the read-only mode is fine.",
    "The api-gateway pattern is described in the docs.",
    "Move on to step-by-step instructions.",
    "Switch to non-proxy mode, then back to self-host.",
]


def _found(text: str) -> set[str]:
    return {text[start:end] for start, end in find_role_compound_hosts(text)}


@pytest.mark.parametrize("text,host", DEV + CHECK)
def test_role_compound_after_a_place_or_alone_is_a_host(text: str, host: str) -> None:
    assert host in _found(text)


@pytest.mark.parametrize("text", PROSE)
def test_prose_compounds_flags_and_paths_stay(text: str) -> None:
    assert _found(text) == set()


def test_role_compound_hosts_are_doubtful_infra_findings() -> None:
    text = "the cache lives on redis-cache."
    spans = [span for span in InfraDetector().detect(DetectionInput(text)) if text[span.start:span.end] == "redis-cache"]
    assert spans and spans[0].kind == "INTERNAL_HOSTNAME" and spans[0].score < 0.6
