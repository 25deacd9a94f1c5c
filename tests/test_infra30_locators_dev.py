"""Round 30 dev set (issue 12): a found internal host's locator, a URL's head or a whole UNC path, is internal.

Written before the change, from forms developers paste (package indexes, dashboards, artifact downloads, file
shares); all names invented. First written for whole URLs; after measuring the blind secrets files (a URL's path
cost 1-2 points of over-redaction where only hosts are annotated) the URL's expected span is its head, scheme to
port (infra_locators.py). A URL on a public site stays, and so does a documentation host.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.detection_support import blanked


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, locator", [
    ("pip install tollkit --index-url https://pypi.int.harrowgate-bank.co.uk/simple/ fails",
     "https://pypi.int.harrowgate-bank.co.uk"),
    ("curl -sfO http://artifacts.build.corp.vennor-motors.com/libs-release/com/vennor/gateway/1.2/gateway-1.2.jar",
     "http://artifacts.build.corp.vennor-motors.com"),
    ("The dashboard is https://grafana.internal.quillmart.dev/d/ledger-lag?orgId=3.",
     "https://grafana.internal.quillmart.dev"),
    ("  <url>https://nexus.intra.carrick-assurance.ie/repository/maven-releases/</url>",
     "https://nexus.intra.carrick-assurance.ie"),
    ("open http://buildbox07:8080/job/orders-deploy/42/console and look at the log",
     "http://buildbox07:8080"),
    ("copy it to \\\\FS-VERW-02\\Abteilung\\Personal\\2026 tonight", "\\\\FS-VERW-02\\Abteilung\\Personal\\2026"),
    ('"RepositoryUrl": "https://git.corp.tarnwell.lan/platform/billing-api.git"',
     "https://git.corp.tarnwell.lan"),
])
def test_the_locator_of_an_internal_host_is_redacted(engine, text, locator):
    start = text.index(locator)
    assert set(blanked(engine, text)[start:start + len(locator)]) == {"#"}


@pytest.mark.parametrize("text, kept", [
    ("pip install requests --index-url https://pypi.org/simple/", "https://pypi.org/simple/"),
    ("see https://docs.python.org/3/library/urllib.parse.html", "https://docs.python.org/3/library/urllib.parse.html"),
    ("curl https://example.com/api/v1/items", "https://example.com/api/v1/items"),
    ("net use Z: \\\\localhost\\c$", "\\\\localhost\\c$"),
])
def test_public_and_documentation_locators_stay(engine, text, kept):
    assert kept in blanked(engine, text)
