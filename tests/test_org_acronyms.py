"""Lone private acronyms as doubtful organisations on the wire (detect/org_acronyms.py).

Dev set: written before the change, from imagined traffic (tickets, chats, CSV, JSON, e-mails, forms), never from
a corpus case. The check set (below) was written after the change and not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.org_acronyms import lone_private_acronyms
from redactor.detect.pii import PiiDetector
from tests.growth import assert_linear_growth

DEV_FOUND = [
    ("Can you resend the signed quote to KMT before Friday?", "KMT"),
    ("Invoice from DVS is still unpaid, can someone chase it?", "DVS"),
    ("date,payee,amount\n2024-03-01,QMX,1200.00\n", "QMX"),
    ("[10:42] dana: QRT just called about the renewal", "QRT"),
    ("We're migrating QLG off the legacy plan next sprint.", "QLG"),
    ("Ticket: customer ZNT reports a login loop on SSO", "ZNT"),
    ("Our contract with WPX expires in June; legal wants the MSA redlined.", "WPX"),
    ("Spoke to the folks at BRV, they agreed to the SLA.", "BRV"),
    ("Supplier: TNK\nTerms: net 30", "TNK"),
    ("My manager asked me to cc KLB on the quarterly report.", "KLB"),
    ('{"account": "OMZ", "plan": "enterprise"}', "OMZ"),
    ("Quote for HVT attached (3 pages).", "HVT"),
    ("Thanks — PLX's procurement team approved it.", "PLX"),
    ("Lunch with the GKN folks tomorrow?", "GKN"),
    ("Escalated by FTV: their export job fails nightly.", "FTV"),
    ("Notes\n\nDNRG\n", "DNRG"),
    ("shipping the pallets to the BXT warehouse in Rotterdam", "BXT"),
    ("| Client | Status |\n|---|---|\n| WMKR | active |", "WMKR"),
]

DEV_CLEAN = [
    "Please submit your PTO request in Workday by EOD.",
    "Our OKR for Q3 is to cut MTTR by half.",
    "Make sure the export is HIPAA and GDPR compliant.",
    "LGTM, merging after CI passes.",
    "The API returns JSON over HTTPS; see the FAQ.",
    "TODO: refactor this before the QBR.",
    "Chapter XIV covers the treaty; see part III.",
    "The CEO and CFO will join the all-hands; RSVP by Friday.",
    "IMHO the UX of the new CMS is worse.",
    "Use AES with a 256-bit key and rotate it via KMS.",
    "The patient's BMI and HbA1c were normal; the ECG showed nothing.",
    "ETA for the fix is TBD.",
    "Grab a pack of AAA batteries.",
    "He scored 1450 on the SAT and has a 3.9 GPA.",
    "Deploy to EKS, then tag the AMI and update the ASG.",
    "WARNING: DISK USAGE ABOVE THRESHOLD ON NODE",
    "See ticket PROJ-1182 and set `MAX_RETRIES` in $HOME/.env",
    "Her NRIC S1234567D was entered twice.",
    "Prices are in EUR and GBP; shipping to DEU and FRA only.",
]


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in lone_private_acronyms(text, "pii")]


@pytest.mark.parametrize("text,acronym", DEV_FOUND)
def test_dev_lone_private_acronyms_are_doubtful_organisations(text: str, acronym: str) -> None:
    assert acronym in _found(text)


@pytest.mark.parametrize("text", DEV_CLEAN)
def test_dev_public_acronyms_stay_clean(text: str) -> None:
    assert _found(text) == []


def test_the_finding_is_doubtful_and_not_read_in_code() -> None:
    detector = PiiDetector()
    spans = [s for s in detector.detect(DetectionInput(text="Resend the quote to KMT today.")) if s.kind == "ORGANIZATION"]
    assert spans and all(0.5 <= s.score < 0.6 for s in spans)
    code = DetectionInput(text="KMT = load()\nprint(KMT)", segment_kind="code")
    assert not [s for s in detector.detect(code) if s.kind == "ORGANIZATION"]


def test_cost_grows_linearly() -> None:
    line = "Sent the quote to KMT, copied QRT and the CEO; ABC DEF GHI JKL were in the header.\n"
    assert_linear_growth(lambda n: (lambda: list(lone_private_acronyms(line * n, "pii"))), 2000)


# Check set: written after the change, not tuned on.
CHECK_FOUND = [
    ("Reminder: the NKW audit is moved to Thursday.", "NKW"),
    ("customer_id,customer,tier\n8812,HPRV,gold\n", "HPRV"),
    ("ok so JXL wants a discount again lol", "JXL"),
    ("Attached is the SOW we sent to TRBK last month.", "TRBK"),
    ("Forwarding the note from VNQ's finance desk.", "VNQ"),
    ("- Renewal: YMT (auto-renew off)", "YMT"),
    ('"payer": "CWZ"', "CWZ"),
    ("We lost the bid to OPQR on price, not features.", "OPQR"),
    ("Who owns the relationship with FXB now that Sam left?", "FXB"),
    ("2024-06-02 10:41 export requested by tenant ZRV", "ZRV"),
    ("Can you check whether MLGT paid the deposit?", "MLGT"),
    ("Our biggest account is still KDQ, then the two hospitals.", "KDQ"),
]
CHECK_CLEAN = [
    "Your WFH stipend is processed by HR at EOM.",
    "Please RSVP to the QBR invite; the agenda is TBA.",
    "The SME review and the UAT sign-off are both pending.",
    "Patient on IV fluids, NPO after midnight, repeat CBC in the AM.",
    "The ACH transfer cleared; the SWIFT one is still pending.",
    "Need the RACI for the ERP rollout before the SteerCo.",
    "Map the CIDR ranges of the VPC before we peer it.",
    "Tokens are signed as JWT with RSA keys rotated by the HSM.",
    "Shipping is FOB Shanghai, then DDP for the EU leg.",
    "IIRC the NDA covers the POC but not the MVP.",
    "The OOM killer took the pod; the HPA scaled it back.",
    "Tests run in CI with TDD, then UAT and a GA release.",
]


@pytest.mark.parametrize("text,acronym", CHECK_FOUND)
def test_check_lone_private_acronyms_are_doubtful_organisations(text: str, acronym: str) -> None:
    assert acronym in _found(text)


@pytest.mark.parametrize("text", CHECK_CLEAN)
def test_check_public_acronyms_stay_clean(text: str) -> None:
    assert _found(text) == []
