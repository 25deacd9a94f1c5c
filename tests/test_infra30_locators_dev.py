"""Round 30 dev set (issue 12): a found internal host's UNC path is redacted whole (round 32: its URLs too).

Written before the change, from forms developers paste (package indexes, dashboards, artifact downloads, file
shares); all names invented. First written for whole URLs; after measuring the blind secrets files (a URL's path
cost 1-2 points of over-redaction where only hosts are annotated, infra_locators.py) URLs keep their path and the
UNC cases were added. A locator on a public site stays, and so does a documentation host.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.detection_support import blanked


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, locator", [
    ("copy it to \\\\FS-VERW-02\\Abteilung\\Personal\\2026 tonight", "\\\\FS-VERW-02\\Abteilung\\Personal\\2026"),
    ("net use P: \\\\nas01.corp.lan\\projekte\\kesselhaus /persistent:yes", "\\\\nas01.corp.lan\\projekte\\kesselhaus"),
    ('{"share": "\\\\\\\\FILESRV02\\\\Lohn\\\\2026"}', "\\\\\\\\FILESRV02\\\\Lohn\\\\2026"),
])
def test_the_whole_unc_path_of_an_internal_host_is_redacted(engine, text, locator):
    start = text.index(locator)
    assert set(blanked(engine, text)[start:start + len(locator)]) == {"#"}


@pytest.mark.parametrize("text, url", [
    ("pip install tollkit --index-url https://pypi.int.harrowgate-bank.co.uk/simple/ fails",
     "https://pypi.int.harrowgate-bank.co.uk/simple/"),
    ("The dashboard is https://grafana.internal.quillmart.dev/d/ledger-lag?orgId=3.",
     "https://grafana.internal.quillmart.dev/d/ledger-lag?orgId=3"),
])
def test_a_url_on_an_internal_host_is_redacted_whole(engine, text, url):
    # Round 32: the lead chose recall on the wire over the 1-2 points of over-redaction measured in round 30
    # (both hosts here are confident: `int`, `internal` mark an internal network).
    start = text.index(url)
    assert set(blanked(engine, text)[start:start + len(url)]) == {"#"}


@pytest.mark.parametrize("text, kept", [
    ("pip install requests --index-url https://pypi.org/simple/", "https://pypi.org/simple/"),
    ("see https://docs.python.org/3/library/urllib.parse.html", "https://docs.python.org/3/library/urllib.parse.html"),
    ("curl https://example.com/api/v1/items", "https://example.com/api/v1/items"),
    ("net use Z: \\\\localhost\\c$", "\\\\localhost\\c$"),
])
def test_public_and_documentation_locators_stay(engine, text, kept):
    assert kept in blanked(engine, text)
