"""Round 24 (infra24c) dev set: machines and estates named in a sentence (issue 12).

Written before the change, from forms people type in chat: a machine after a word of place, a project or cluster
slug beside its word.
"""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _found(text: str) -> dict[str, str]:
    return {text[span.start:span.end]: span.kind for span in InfraDetector().detect(DetectionInput(text))}


@pytest.mark.parametrize("text,host", [
    ("the backups go to bkpsrv2 every night", "bkpsrv2"),
    ("traffic is routed via fw01 now", "fw01"),
    ("check disk space on db-reporting please", "db-reporting"),
    ("the share on filesrv is full again", "filesrv"),
    ("cron runs on sqlprd1 at 2am", "sqlprd1"),
    ("migrated the mailbox from exch2 to exch3", "exch2"),
])
def test_a_machine_named_after_a_word_of_place_is_a_host(text, host):
    assert _found(text).get(host) == "INTERNAL_HOSTNAME"


@pytest.mark.parametrize("text,slug", [
    ("the payments-prod cluster is at 90% CPU", "payments-prod"),
    ("namespace orders-api is broken", "orders-api"),
    ("our workspace tidewater-analytics has the notebooks", "tidewater-analytics"),
    ("the tenant contoso-eu was migrated", "contoso-eu"),
    ("env billing-uat2 is down", "billing-uat2"),
    ("org brightlane-ops owns the repo", "brightlane-ops"),
])
def test_a_slug_beside_an_estate_word_is_an_account(text, slug):
    assert slug in _found(text)


@pytest.mark.parametrize("text", [
    "runs on python3 and node18",
    "convert the file from utf-8 to utf-16",
    "this only happens on x86-64 builds",
    "go to step2 of the wizard",
    "the end-to-end tests fail on ubuntu22",
    "the multi-region cluster costs more",
    "the pre-prod environment is shared",
    "a follow-up project for next quarter",
    "pods in the kube-system namespace restart",
    "the open-source project maintainers",
    "we set up a read-only workspace",
    "the difference between HashMap and TreeMap is ordering",
    "restore PostgreSQL from a dump",
    "the high-availability cluster failed over",
    "the single-tenant environment is more expensive",
    "on day3 we deploy",
    "the log4j issue is on v2",
])
def test_versions_compounds_and_software_stay(text):
    assert _found(text) == {}
