"""Round 19 (infra19): Windows machine names in capitals, and GCP project ids under a bare `project` key in
Google Cloud text and in GKE context names, and containers, accounts and projects after storage CLIs' short flags."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.infra_windows_machines import is_windows_machine_name
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.detection_support import covered


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def touched(engine: DetectionEngine, text: str, value: str) -> bool:
    start = text.index(value)
    spans = engine.detect([Segment(text, kind="prose")])[0]
    return any(span.start < start + len(value) and start < span.end for span in spans)


@pytest.mark.parametrize("text, value", [
    ("Hostname,IP,OS\nWKS-FIN-042,10.3.4.42,Windows 11\nSRV-DC01,10.3.0.10,Windows Server 2022", "SRV-DC01"),
    ("The backup job on NYC-FS-02A failed again at 02:00", "NYC-FS-02A"),
    ("Event 4625: An account failed to log on. Workstation Name: ACC-LAPTOP17", "ACC-LAPTOP17"),
    ("BER-PRN04 is out of toner", "BER-PRN04"),
])
def test_windows_machine_names_in_capitals(engine, text, value):
    assert covered(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ("The DC-10 was a wide-body airliner.", "DC-10"),
    ("Queries follow SQL-92 joins.", "SQL-92"),
    ("Call the API-V2 endpoint instead.", "API-V2"),
    ("Keys are AES-256 encrypted.", "AES-256"),
])
def test_codes_in_capitals_are_no_machines(engine, text, value):
    assert not touched(engine, text, value)


@pytest.mark.parametrize("name, machine", [
    ("SRV-DC01", True), ("LON-SQL03", True), ("NYC-FS-02A", True), ("EKS-NODE-3", True),
    ("DC-10", False), ("PC-98", False), ("API-V2", False), ("WIN-NODE18", False), ("CVE-2024-3094", False), ("ACME-SUPPORT-TEAM-WEB01", False),
])
def test_windows_machine_name_shape(name, machine):
    assert is_windows_machine_name(name) is machine


@pytest.mark.parametrize("text, value", [
    ('{\n  "name": "projects/583920174465/locations/global",\n  "project": "trevalo-data-lake"\n}', "trevalo-data-lake"),
    ("region: europe-west1\nproject: korvane-ml-02", "korvane-ml-02"),
    ("current-context: gke_harwick-analytics-prod_europe-west1_main", "harwick-analytics-prod"),
    ("kubectl --context gke_pellow-core-42_us-central1-a_batch get pods", "pellow-core-42"),
])
def test_gcp_projects_under_a_bare_key_and_in_gke_contexts(engine, text, value):
    assert covered(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ('{"project": "website-redesign", "owner": "ana"}', "website-redesign"),
    ("project: data-pipeline\nlanguage: python", "data-pipeline"),
])
def test_a_project_key_outside_google_cloud_text_stays(engine, text, value):
    assert not touched(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ("az storage container create -n invoices-archive --account-name korvanedata", "invoices-archive"),
    ("az storage blob upload -c ml-models -f model.pkl -n v3/model.pkl", "ml-models"),
    ("az storage account create -n pellowlogs2024 -g rg-logging -l westeurope", "pellowlogs2024"),
    ("az storage fs create -f raw-zone --auth-mode login", "raw-zone"),
    ("gsutil mb -p brantle-prod -l EU gs://brantle-audit-logs", "brantle-prod"),
])
def test_storage_cli_short_flags(engine, text, value):
    assert covered(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ("az storage blob upload -c mycontainer -f file.txt", "mycontainer"),
    ("gsutil -m cp -r ./dist gs://static", "cp"),
])
def test_storage_cli_flags_leave_placeholders_and_subcommands(engine, text, value):
    assert not touched(engine, text, value)
