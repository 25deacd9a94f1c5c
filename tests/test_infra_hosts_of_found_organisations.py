"""infra_hosts_of_found_organisations: hosts under the domain of an organisation the conversation declared."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.infra_hosts_of_found_organisations import hosts_of_found_organisations
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _hosts(text: str, organisations: set[str]) -> list[str]:
    return [text[s.start:s.end] for s in hosts_of_found_organisations(text, frozenset(organisations))]


@pytest.mark.parametrize("text, host", [
    ("HostName bastion.fra.orlisse.de", "bastion.fra.orlisse.de"),
    ("api_gw_domain = \"pay.orlisse.com.br\"", "pay.orlisse.com.br"),
    ("ingress ocpp.orlisse-ev.cn 47.1.2.3", "ocpp.orlisse-ev.cn"),  # a dashed label's piece
    ("jdbc:postgresql://pg-main.orlisse.lan:5432/ils", "pg-main.orlisse.lan"),  # a private suffix
    ("endsWith(\"@orlisse.fr\")", "orlisse.fr"),
])
def test_a_host_under_a_found_organisations_domain(text: str, host: str) -> None:
    assert _hosts(text, {"orlisse"}) == [host]


@pytest.mark.parametrize("text", [
    "docs at https://docs.python.org and api.stripe.com",  # no found organisation's label
    "import nl.orlisse.driver.Fixtures",  # a Java package: no public suffix at its end
    "version orlisse.2.1",
    "see orlissemarket.com",  # another label that merely starts with the name
])
def test_other_hosts_packages_and_versions_stay(text: str) -> None:
    assert _hosts(text, {"orlisse"}) == []


def test_the_url_on_such_a_host_goes_whole(engine: DetectionEngine) -> None:
    system = "You are Codex. cwd: ~/src/orlisse-infra. Sandbox: read-only."
    tool = "STAGING_URL: https://staging.orlisse.co.uk/checkout/v2\nsee https://github.com/nodejs/node"
    spans = engine.detect([Segment(system, role="system"), Segment(tool, role="tool", kind="code")])
    found = [tool[s.start:s.end] for s in spans[1]]
    assert "https://staging.orlisse.co.uk/checkout/v2" in found
    assert not any("nodejs" in value for value in found)
