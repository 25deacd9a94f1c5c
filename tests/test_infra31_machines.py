"""Round 31 (infra31): machine names by their fleet form, and private suffixes in the languages networks use."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def _hosts(text: str) -> list[str]:
    spans = InfraDetector().detect(DetectionInput(text=text))
    return [text[s.start:s.end] for s in spans if s.kind == "INTERNAL_HOSTNAME"]


@pytest.mark.parametrize("text,host", [
    # a two-letter site or role code before more parts and a zero-padded number
    ("the replica on bk-harrow02 is behind", "bk-harrow02"),
    ("Verbindung zwischen ce-ber-03 und dem Kern unterbrochen", "ce-ber-03"),
    # a part after the first holding a digit (a pool or site code)
    ("S1 setup to amf-set-de4-02 failed", "amf-set-de4-02"),
    # capitals with no hyphen: a site code run into a role and a zero-padded number
    ("the cluster failed over to node KLXSQL03 at noon", "KLXSQL03"),
    ("RODC sync from BRDDC01 stalled", "BRDDC01"),
    # capitals ending in a floor, as printers are named
    ("the printer PRN-LYS-1ER jams again", "PRN-LYS-1ER"),
    ("Druck auf PRT-LAGER-2OG haengt", "PRT-LAGER-2OG"),
    # .lokal / .lokaal: the private suffix as German, Nordic and Dutch networks write it
    ("source=kart-app02.skog.lokal:/data/x", "kart-app02.skog.lokal"),
    ("het dossier staat op dms.gemeente.lokaal", "dms.gemeente.lokaal"),
])
def test_a_machine_name_in_its_fleet_form_is_a_host(text, host):
    assert host in _hosts(text)


@pytest.mark.parametrize("text", [
    "see ch-01 and ep-02 of the series",   # two letters and a number: chapters, episodes
    "install SQL2019 on WIN10 and read STEP01",  # products, versions, steps: no site code before a role
    "ISO-9001AB, WIN-10PRO and CVE-2024-1234",      # standards and editions: no role
    "self.lokal = 3 and threading.lokal()",  # an attribute and a call, as for .local
])
def test_chapters_products_and_attributes_are_no_hosts(text):
    assert _hosts(text) == []


@pytest.mark.parametrize("text,domain", [
    ("Login failed for user 'QRVNET\\svc-ledger'.", "QRVNET"),
    ("runas /user:MTX-AD\\adm.kowal cmd", "MTX-AD"),
    ('{"account": "BELLWOOD\\\\j.okafor"}', "BELLWOOD"),  # JSON-escaped
])
def test_the_domain_of_a_windows_domain_account_is_an_internal_name(text, domain):
    assert domain in _hosts(text)


@pytest.mark.parametrize("text", [
    "NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators",  # Windows' own authorities
    "reg query HKLM\\SOFTWARE\\Vendor",                  # a registry root
    "copy C:\\DATA\\export to D:\\BACKUP\\x",           # folders in a path
    "open REPORTS\\summary.pdf",                         # a file in a folder
    '"log": "STEP FAILED\\nRetrying\\nOK"',               # escapes of a string
])
def test_authorities_paths_files_and_escapes_are_no_domains(text):
    assert _hosts(text) == []


@pytest.mark.parametrize("text,cluster", [
    ("the jobs run on gke-ledger-prod since May", "gke-ledger-prod"),
    ("no node in `aks-claims-np2` has room", "aks-claims-np2"),
    ("ID  Name  Region\n5b0c  tarnby-k8s-fra1   fra1", "tarnby-k8s-fra1"),
    ("*   eks-wms-euw1-dev   eks-wms-euw1-dev   default", "eks-wms-euw1-dev"),
])
def test_a_cluster_named_with_its_managed_service_mark_is_internal(text, cluster):
    assert cluster in _hosts(text)


@pytest.mark.parametrize("text", [
    "install gke-gcloud-auth-plugin, aks-engine, eks-node-role and kube-proxy",  # the vendors' tools
    "upgrade to eks-1-29 then run aks-preview",                                  # versions, two parts
    "see /opt/gke-ledger-prod/conf and https://x.example/aks-claims-dev",         # in a path or a URL
])
def test_tools_versions_and_paths_are_no_clusters(text):
    assert _hosts(text) == []
