"""Round 32 (infra32): a URL whose host is internal is redacted whole and restored whole.

The lead's decision for this round (recall first on the wire): the path and query under an organisation's own host
name its repositories, projects, customers and users, so scheme, user, host, port, path, query and fragment become
one INTERNAL_URL placeholder. Public hosts, localhost and documentation examples keep their URLs. All names invented.
"""
import pytest

from redactor.core import RequestContext
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.runtime import build_pipeline, resolve_policy
from redactor.segments import Segment
from tests.detection_support import blanked


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, url", [
    ("pip install tollkit --index-url https://pypi.int.harrowgate-bank.co.uk/simple/ fails",
     "https://pypi.int.harrowgate-bank.co.uk/simple/"),
    ("The dashboard is https://grafana.internal.quillmart.dev/d/ledger-lag?orgId=3.",
     "https://grafana.internal.quillmart.dev/d/ledger-lag?orgId=3"),
    ("see [the runbook](http://wiki.eng.corp.veloria.io/pages/runbooks/db-failover).",
     "http://wiki.eng.corp.veloria.io/pages/runbooks/db-failover"),
    ('<url>https://nexus.intra.dunvale-insurance.ie/repository/claims-team/</url>',
     "https://nexus.intra.dunvale-insurance.ie/repository/claims-team/"),
    ("hdfs dfs -ls hdfs://nn-ha.bigdata.univ-marlenne.fr:8020/projets/astro-kessel",
     "hdfs://nn-ha.bigdata.univ-marlenne.fr:8020/projets/astro-kessel"),
    # an address of a private network that the address rule redacts: the admin page's path goes with it
    ("Modem admin: https://10.1.144.10:8443/cgi-bin/users?name=kapitan", "https://10.1.144.10:8443/cgi-bin/users?name=kapitan"),
    ("管理后台 http://10.53.180.226:8090/admin ，账号见上", "http://10.53.180.226:8090/admin"),
])
def test_a_url_on_an_internal_host_is_redacted_whole(engine, text, url):
    start = text.index(url)
    assert set(blanked(engine, text)[start:start + len(url)]) == {"#"}


@pytest.mark.parametrize("text, kept", [
    ("pip install requests --index-url https://pypi.org/simple/", "https://pypi.org/simple/"),
    ("see https://docs.python.org/3/library/urllib.parse.html", "https://docs.python.org/3/library/urllib.parse.html"),
    ("curl https://example.com/api/v1/items", "https://example.com/api/v1/items"),
    ("start the dev server, then open http://localhost:8080/admin/users", "http://localhost:8080/admin/users"),
    ("open http://127.0.0.1:5000/debug?verbose=1", "http://127.0.0.1:5000/debug?verbose=1"),
])
def test_public_local_and_documentation_urls_stay(engine, text, kept):
    assert kept in blanked(engine, text)


def test_a_doubtful_hosts_url_keeps_its_path(engine):
    # a name under an ordinary company domain with no internal mark may be a vendor's public API: the host alone
    text = 'curl -X POST "https://test.api.quorvel.com/v1/security/oauth2/token"'
    redacted = blanked(engine, text)
    assert "/v1/security/oauth2/token" in redacted


def test_a_buckets_url_keeps_its_key_path(engine):
    # bucket rules take public open-data buckets too (measured: held-out negatives +0.3/+1.0 points): the bucket alone
    text = "aws s3 ls s3://tallow-open-weather/csv/by_year/ --no-sign-request"
    assert "/csv/by_year/" in blanked(engine, text)


def test_the_documentation_address_range_makes_no_internal_url(engine):
    # RFC 5737's 192.0.2.0/24 is an example; whatever the address rule does, its path is no one's
    text = "for example GET http://192.0.2.10/api/orders/list returns 200"
    assert "/api/orders/list" in blanked(engine, text)


@pytest.mark.parametrize("text, path", [
    ('endpoint: "https://api.example.com/v2/customers/kessler"', "/v2/customers/kessler"),
    ("TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token)", "/latest/api/token"),
])
def test_documentation_domains_and_the_metadata_address_keep_their_paths(engine, text, path):
    # RFC 2606's example domains and the link-local metadata service are everyone's, whatever finds their host
    assert path in blanked(engine, text)


def test_a_credential_url_keeps_its_secret_label(engine):
    text = "git clone https://jdoe:Sup3rS3cret-91@git.corp.local/payments/ledger.git"
    [spans] = engine.detect([Segment(text, kind="prose")])
    secret = [span for span in spans if span.category == "secret"]
    assert secret and "Sup3rS3cret-91" in text[secret[0].start:secret[0].end]
    assert "ledger" not in blanked(engine, text)


def test_a_whole_internal_url_round_trips_through_the_placeholder():
    pipeline = build_pipeline(resolve_policy("default"), vault_url="memory://")
    url = "https://grafana.internal.quillmart.dev/d/ledger-lag?orgId=3&var-customer=brenner-haus"
    text = f"Why is {url} empty since Monday?"
    result = pipeline.process([Segment(text)], RequestContext(conversation="urls32"))
    outgoing = result.segments[0].text
    assert "grafana" not in outgoing and "ledger-lag" not in outgoing and "brenner" not in outgoing
    placeholder = outgoing[outgoing.index("[["):outgoing.index("]]") + 2]
    assert "INTERNAL_URL" in placeholder
    restored, _ = pipeline.restorer("urls32").restore(f"Open {placeholder} and pick the last 7 days.")
    assert restored == f"Open {url} and pick the last 7 days."


def test_a_host_the_conversation_already_redacted_takes_its_url_whole(engine):
    # A bare registrable domain in a URL is found by no rule; redacted in an earlier turn, its URLs go whole.
    text = "the report is at https://tarnmoor-ops.com/reports/kessler-q3 now"
    [spans] = engine.detect([Segment(text)], known_values={"tarnmoor-ops.com": "INTERNAL_HOSTNAME"})
    assert [text[span.start:span.end] for span in spans] == ["https://tarnmoor-ops.com/reports/kessler-q3"]
    [alone] = engine.detect([Segment(text)])
    assert "kessler-q3" not in [text[span.start:span.end] for span in alone]
