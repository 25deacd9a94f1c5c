"""Organisations written as one identifier, and the trades and shops of the working day (round 21, orgs21).

Dev set (written before the change, our own texts): configuration, URLs, code and prose naming a client as a slug,
key or class (`halden-systems`, `HaldenSystems`, `corvid_biosciences`), alone or after the name in words; and
working-day businesses named by a name and their trade ("Ashcombe Roofing", "Aldgate Florists", "Café am Markt").
On main: 8 of 15 identifier forms and 15 of 19 business names in tables, chat and labelled lines reached the wire
covered; after: 14 of 15 and 17 of 19. The check set below was written after the code and not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.org_joined_names import joined_organisation_names
from redactor.policy import load_policy
from redactor.segments import Segment


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in joined_organisation_names(text, "test")]


@pytest.mark.parametrize("text, name", [
    ("tenant_id: halden-systems", "halden-systems"),
    ('{"customer": "brightwave-logistics", "plan": "pro"}', "brightwave-logistics"),
    ("The repo is github.com/quillfeather-analytics/etl", "quillfeather-analytics"),
    ("Deploy the HaldenSystems connector tonight.", "HaldenSystems"),
    ("export CLIENT=corvid_biosciences", "corvid_biosciences"),
    ("ORG=KESTRELMOOR_HOLDINGS_API", "KESTRELMOOR_HOLDINGS"),
    ("class HaldenSystemsClient:", "HaldenSystems"),
    ("helm upgrade --install brightwave-logistics-prod ./chart", "brightwave-logistics"),
    ("s3://invoices/ashcombe-roofing/2024/", "ashcombe-roofing"),
])
def test_a_name_joined_into_an_identifier_is_an_organisation(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", [
    "user-group data-systems PodSecurity GoogleAnalytics redis-labs ClusterHealth spring-security",
    "kube-system AppMedia paymentSolutions node-health-check my-company-inc",
    "Labsworth foo_labsx S3Bucket v2-systems abc123-labs",
    "Halden Systems signed the contract.",  # words, not an identifier: the model and the head-noun rule read these
])
def test_identifiers_of_common_words_and_public_software_stay(text: str) -> None:
    assert _found(text) == []


def test_findings_are_doubtful() -> None:
    spans = list(joined_organisation_names("tenant: brightwave-logistics", "test"))
    assert [(span.kind, span.score) for span in spans] == [("ORGANIZATION", DOUBTFUL_SCORE)]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _covered(engine: DetectionEngine, text: str, name: str) -> bool:
    spans = engine.detect([Segment(text, kind="prose")])[0]
    start = text.index(name)
    covered = {index for span in spans for index in range(span.start, span.end)}
    return all(index in covered for index in range(start, start + len(name)) if text[index].isalnum())


@pytest.mark.parametrize("text, name", [
    # A found name's joined forms (organisation_parts.joined_forms), also as pieces of longer identifiers.
    ("We signed Halden Systems. halden-systems is the slug for their workspace.", "halden-systems"),
    ("We signed Halden Systems. Create the HaldenSystemsExport folder.", "HaldenSystems"),
    ("Quillmoor Logistics Ltd pays monthly; bucket s3://exports/quillmoor_logistics/ holds the files.",
     "quillmoor_logistics"),
    # Trades named by a name and what they do (org_head_nouns.txt), places to eat by their type word.
    ("Paid Ashcombe Roofing 3,400 for the repair.", "Ashcombe Roofing"),
    ("merchant=Aldgate Florists amount=45.00 status=settled", "Aldgate Florists"),
    ("Reservation confirmed at Café am Markt for 7pm.", "Café am Markt"),
])
def test_the_engine_covers_the_whole_name(engine: DetectionEngine, text: str, name: str) -> None:
    assert _covered(engine, text, name)


# Check set: written after the code, not tuned on.
CHECK = [
    ("Ticket: the export for wrenfield-dental failed again at 02:00.", "wrenfield-dental"),
    ("const client = new MarrowbyLogisticsClient(config);", "MarrowbyLogistics"),
    ("PARTNER_ID=TOLLIVER_ROOFING_01", "TOLLIVER_ROOFING"),
    ("See https://portal.example.com/orgs/brackenhurst-lettings/invoices", "brackenhurst-lettings"),
    ("Our plumber, Devereux Plumbing, sent the quote.", "Devereux Plumbing"),
    ("2024-05-02;Ostrowski Haulage;1200.00;paid", "Ostrowski Haulage"),
]


@pytest.mark.parametrize("text, name", CHECK)
def test_check_set(engine: DetectionEngine, text: str, name: str) -> None:
    assert _covered(engine, text, name)
