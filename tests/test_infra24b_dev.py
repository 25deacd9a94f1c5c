"""Round 24b dev set: the organisation a found internal host's domain names, redacted where else it is written.

Written before the change, from forms developers paste: an Active Directory domain's NetBIOS name before a user
(`KECHI\\jdoe`), project and environment slugs, database names and unfound names under the same private domain,
where the host itself (`erp01.kechi.local`) is found and redacted.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.host_domains import organisation_names_of_host
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _redacted(engine, *texts) -> list[str]:
    """Each text with every found span blanked out."""
    found = engine.detect([Segment(text, kind="prose") for text in texts])
    blanked = []
    for text, spans in zip(texts, found):
        chars = list(text)
        for span in spans:
            chars[span.start:span.end] = "#" * (span.end - span.start)
        blanked.append("".join(chars))
    return blanked


@pytest.mark.parametrize("host, names", [
    ("erp01.kechi.local", ("Kechi", "KECHI")),
    # a compound of words in its spellings (email_domains.names_of_label), and as Windows writes the domain
    ("dc02.ad.marrowgate.corp", ("Marrowgate", "MarrowGate", "Marrow Gate", "MARROWGATE")),
    ("sql01.tessaly-retail.lan", ("Tessaly Retail", "Tessaly", "TESSALY-RETAIL")),
    ("pg.corp.lagerhaus.de", ("Lagerhaus", "LAGERHAUS")),
    ("gitlab.lan", ()),  # one label before a private suffix names the machine, not an organisation
    ("kechi.local", ()),
    ("x.svc.cluster.local", ()),  # an ordinary word
    ("ip-10-0-1-7.ec2.internal", ()),
    ("acme.okta.com", ()),  # a vendor's site
    ("docs.python.org", ()),
])
def test_the_organisation_a_hosts_domain_names(host, names):
    assert organisation_names_of_host(host) == names


@pytest.mark.parametrize("texts, word", [
    (("We moved the ERP to erp01.kechi.local last week.", "Login fails for KECHI\\jdoe since then."), "KECHI"),
    (("File shares live on fs02.marrowgate.corp", "the GPO applies to MARROWGATE\\Domain Users"), "MARROWGATE"),
    (("Jenkins deploys to app3.prod.tessaly.lan", "gcloud config set project tessaly-analytics"), "tessaly"),
    (("DATABASE_HOST=db1.quorvane.internal\nDATABASE_NAME=quorvane_billing",), "quorvane"),
    (("dig SRV _ldap._tcp.dc._msdcs.orlinde-ad.local returns nothing, but dc01.orlinde.local answers",), "orlinde"),
])
def test_a_found_hosts_domain_label_is_redacted_where_else_it_is_written(engine, texts, word):
    assert all(word not in text for text in _redacted(engine, *texts))


@pytest.mark.parametrize("texts, word", [
    (("Jobs run on build1.ci.cluster.local", "the cluster has three nodes"), "cluster"),
    (("ssh to web1.summit.lan", "before the summit next week"), "summit"),
    (("the tenant is acme.okta.com", "Okta sends the SAML assertion"), "Okta"),
])
def test_an_ordinary_word_or_a_vendors_name_in_a_hosts_domain_stays(engine, texts, word):
    assert any(word in text for text in _redacted(engine, *texts))
