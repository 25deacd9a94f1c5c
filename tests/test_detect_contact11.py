"""Round 11's contact mechanisms (contact11): the organisation a found e-mail's domain names, redacted
wherever it is written as a word; whole addresses around a part found."""
import pytest

from redactor.detect.email_domains import organisation_names
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _spans(engine, *texts):
    found = engine.detect([Segment(text, kind="prose") for text in texts])
    return [{(text[span.start:span.end], span.kind) for span in spans} for text, spans in zip(texts, found)]


@pytest.mark.parametrize("email, names", [
    ("ops@brightwave.io", ("Brightwave",)),
    ("ap@quillfeather.co.uk", ("Quillfeather",)),
    ("x@fenwick-larch.co.uk", ("Fenwick Larch", "Fenwick")),
    ("buchhaltung@lindqvist-gmbh.de", ("Lindqvist",)),
    ("anita@gmail.com", ()),
    ("noreply@github.com", ()),
    ("ops@summit.com", ()),
    ("test@example.com", ()),
    ("j@[10.0.0.1]", ()),
])
def test_organisation_names_of_a_domain(email, names):
    assert organisation_names(email) == names


@pytest.mark.parametrize("text, org", [
    ("Brightwave asked us to migrate their tenant. Send the summary to ops@brightwave.io", "Brightwave"),
    ("Contract with Quillfeather renews in May; billing: ap@quillfeather.co.uk", "Quillfeather"),
    ("2024-05-02 WARN smtp: 550 rejected for payroll@kestrelmoor.org (tenant kestrelmoor)", "kestrelmoor"),
    ("Onboarding checklist for ORVANTIS:\n- SSO owner: sso@orvantis.io", "ORVANTIS"),
])
def test_the_domain_of_a_found_email_names_its_organisation(engine, text, org):
    assert (org, "ORGANIZATION") in _spans(engine, text)[0]


def test_the_domain_names_its_organisation_in_other_segments(engine):
    first, second = _spans(engine, "Marrowfield reported the outage again.", '{"contact": "dpatel@marrowfield.net"}')
    assert ("Marrowfield", "ORGANIZATION") in first


@pytest.mark.parametrize("text", [
    "Sent from anita.rao@gmail.com — Gmail keeps flagging our replies as spam.",
    "Notifications come from noreply@github.com; GitHub Actions failed twice.",
    "Write to ops@summit.com before the summit next week.",
    "Use test@example.com in the fixture; the example shows one user.",
])
def test_public_mail_domains_and_ordinary_words_stay(engine, text):
    assert {kind for _, kind in _spans(engine, text)[0]} == {"EMAIL"}
