"""Round 24 (infra24c) check set, written after the change and not tuned on (see test_infra24c_dev.py)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _found(text: str) -> dict[str, str]:
    return {text[span.start:span.end]: span.kind for span in InfraDetector().detect(DetectionInput(text))}


@pytest.mark.parametrize("text,name", [
    ("can you check why the agent on wsus01 stopped reporting?", "wsus01"),
    ("failover went to sqlsrv-dr this morning", "sqlsrv-dr"),
    ("the print queue on prnsrv2 is stuck", "prnsrv2"),
    ("logs are shipped via relay-mx2", "relay-mx2"),
    ("the oracle-uat3 environment needs a refresh", "oracle-uat3"),
    ("Deploy it to the project harbor-insights-dev first", "harbor-insights-dev"),
    pytest.param("namespace fraud-scoring keeps OOMing", "fraud-scoring", marks=pytest.mark.xfail(
        reason="known gap: two ordinary words read as a prose compound, even right after the estate word")),
])
def test_names_of_the_same_forms_are_found(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "it only reproduces on win11 and macos14",
    "upgrade to java17 and then to python311",
    "switch to http2 on the load balancer",
    "the cross-account project is on hold",
    "the long-running cluster jobs are fine",
    "pods in the cert-manager namespace restart",
    "we read it with a StreamReader before the backup",
    "the data migration from MySQL to MariaDB is done",
    "move it to phase2 of the rollout",
    "the blue-green environment swap worked",
])
def test_versions_compounds_and_code_stay(text):
    assert _found(text) == {}
