"""Round 30 check set (issue 12): whole internal locators and blank-separated host settings.

Written after the change and not tuned on: the examples were written without looking at any corpus, and the
finders were not changed because of them (three URL cases written for whole URLs were dropped when URLs were
measured and left with their path). A clean set of look-alikes that must stay is at the end.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.detection_support import blanked


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, value", [
    ("Les scans sont dans \\\\SRV-ARCHIV01\\Compta\\Factures\\2025, pas sur le bureau.",
     "\\\\SRV-ARCHIV01\\Compta\\Factures\\2025"),
    ("subnet 10.9.0.0 netmask 255.255.255.0 {\n  host till-07 {\n    hardware ethernet 0a:1b:2c:3d:4e:5f;\n"
     "    option host-name \"till-07.shop.kerrow.lan\";\n  }\n}\n", "till-07.shop.kerrow.lan"),
    ("<VirtualHost *:80>\n  ServerName wiki-intern.brenmoor.local\n</VirtualHost>\n", "wiki-intern.brenmoor.local"),
])
def test_internal_locators_and_blank_separated_hosts_are_redacted(engine, text, value):
    start = text.index(value)
    assert set(blanked(engine, text)[start:start + len(value)]) == {"#"}


def test_a_host_inside_a_redacted_url_is_still_redacted_in_prose(engine):
    url_turn = "Build fails: curl http://repo.build.corp.tallowmere.com/releases/agent-3.2.tgz returns 404"
    prose_turn = "Is repo.build.corp.tallowmere.com down or just the path?"
    spans = engine.detect([Segment(url_turn, kind="prose"), Segment(prose_turn, kind="prose")])
    host = prose_turn.index("repo.build")
    assert any(span.start <= host and span.end >= host + len("repo.build.corp.tallowmere.com") for span in spans[1])


@pytest.mark.parametrize("text, kept", [
    ("Docs: https://learn.microsoft.com/en-us/azure/storage/", "https://learn.microsoft.com/en-us/azure/storage/"),
    ("pip install -i https://test.pypi.org/simple/ demo-pkg", "https://test.pypi.org/simple/"),
    ("registry=https://registry.npmjs.org/", "https://registry.npmjs.org/"),
    ("open \\\\wsl$\\Ubuntu\\home", "\\\\wsl$\\Ubuntu\\home"),
    ("  ServerName www.example.com\n", "www.example.com"),
    ("  option host-name \"laptop\";\n", "laptop"),
])
def test_public_and_documentation_look_alikes_stay(engine, text, kept):
    assert kept in blanked(engine, text)
