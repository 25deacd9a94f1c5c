"""An organisation named in full once and by its distinctive word after that: the word is redacted too.

Dev set (written before the change) and check set (written after it, not tuned on): our own texts of
tickets, chats, invoices, logs and mails, each naming a company in full with its legal form and then by
one word of its name, in its own case, in capitals or in lower case. On main before the change: dev 7/16
and check 4/10 short mentions reached the wire; after: 0/16 and 1/10 (a lower-case mention of a name that
splits into two common words, "tolland" = "toll" + "and", which is not taken in lower case; round 38 takes a
compound English hardly writes, Zipf below 2.0, in lower case, and "tolland" is 2.1).
"""
from __future__ import annotations

import pytest

from redactor.core import RequestContext
from redactor.detect.organisation_parts import organisation_parts
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment

DEV = [
    (["We signed with Quillfeather Analytics Ltd last week. Quillfeather's data team will own the dashboards."],
     "Quillfeather"),
    (["Invoice 4471 from Kestrelmoor Logistics GmbH is attached; KESTRELMOOR confirmed the delivery date."],
     "KESTRELMOOR"),
    (["Our client, Harrowgate & Finch LLP, asked for the export. Harrowgate needs it by Friday."], "Harrowgate"),
    (["[10:02] ana: the contract with Vellacott Systems Inc is signed\n[10:03] ben: great, Vellacott wants SSO first"],
     "Vellacott"),
    (['{"customer": "Ostrander Mining Corp", "plan": "enterprise"}', "Ostrander asked for a refund on the last invoice."],
     "Ostrander"),
    (["Thornbury Capital Partners LLC sent the KYC pack. Per Thornbury's compliance team the deadline is the 14th."],
     "Thornbury"),
    (["Die Rechnung der Brackwasser Logistik GmbH ist fällig. Brackwasser hat bereits zweimal gemahnt."], "Brackwasser"),
    (["Account: Zelkova Pharmaceuticals plc\n\nZelkova's lab portal returns 500 since the upgrade."], "Zelkova"),
    (["Our vendor Calloway Brothers Ltd ships the pallets on Mondays; Calloway invoices monthly."], "Calloway"),
    (["The admin console lists Wexcombe Freight Pty Ltd with the tenant id wexcombe."], "wexcombe"),
    (["Meeting with Sandoval-Rhee Consulting LLC tomorrow: Sandoval-Rhee will present the audit findings."],
     "Sandoval-Rhee"),
    (["Larkspire Dental Group Inc. moved its records to us. Larkspire patients log in with their email."], "Larkspire"),
    (["Escalation from Trevanion Media SARL: TREVANION says the export drops accents."], "TREVANION"),
    (["We lost the Oakhurst-Bellamy Holdings account. Oakhurst-Bellamy chose a cheaper vendor."], "Oakhurst-Bellamy"),
    (["PO raised for Marrowind Industries Inc.", "Can you check why Marrowind's PO is stuck in approval?"], "Marrowind"),
    (["Pinnock Aerospace Ltd reported the defect on the landing gear bracket; Pinnock wants a root cause by Monday."],
     "Pinnock"),
]
CHECK = [
    (["Vendor master record: Halvorsen-Price Medical Supplies LLC, net 30.",
      "halvorsen-price? no, HALVORSEN-PRICE is the legal entity on the W-9."], "HALVORSEN-PRICE"),
    (["Subject: Renewal — Ferriby Insurance Brokers Ltd\n\nHi, Ferriby asked whether the renewal can move to April."],
     "Ferriby"),
    (["| vendor | amount |\n|---|---|\n| Quennell Robotics GmbH | 4,200 EUR |",
      "Quennell's invoice is the only one not yet approved."], "Quennell"),
    (["Our SSO partner Dunmore Identity Corp rotated its signing cert, so every Dunmore login fails."], "Dunmore"),
    (["Candidate worked at Brisley Haulage Ltd (2019-2023) where Brisley promoted her to fleet lead."], "Brisley"),
    (["Please draft a reply to Carraway Legal Services LLP. Tell Carraway we need two more weeks."], "Carraway"),
    (["The MSA with Ilvermoor Analytics SA expired. ILVERMOOR still has API keys issued."], "ILVERMOOR"),
    (["Lunch with the Pryce-Jardine Partners LLP team; Pryce-Jardine is moving offices."], "Pryce-Jardine"),
    (["Shipment from Eskdale Timber Pty Ltd delayed. Eskdale blames the port strike."], "Eskdale"),
    pytest.param(["customer=Tolland Biologics Inc region=eu", "ERROR tolland tenant quota exceeded"], "tolland",
                 marks=pytest.mark.xfail(strict=True, reason="'toll' + 'and' (Zipf 2.1): a compound English writes "
                                                             "this often is taken in lower case only below Zipf 2.0")),
]
# The company's other words are words of the language, places or tech terms: they stay.
KEEP = [
    (["Summit Partners LLC called. See you at the summit next week."], "summit"),
    (["Workflow Automation Ltd sent a proposal. The workflow in CI is broken."], "workflow"),
    (["Kubernetes Consulting Inc helped us; Kubernetes upgrades are now automated."], "Kubernetes upgrades"),
    (["Red Hat Inc released a patch; the red team tested it."], "red team"),
    (["Global Payments Inc processed the refund. Payments are settled daily."], "Payments are"),
    (["Kestrelmoor Logistics GmbH is late again. Logistics is hard in winter."], "Logistics is"),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


def _wire(pipeline, segments: list[str], conversation: str) -> str:
    out = pipeline.process([Segment(text, kind="prose") for text in segments], RequestContext(conversation=conversation))
    return "\n".join(segment.text for segment in out.segments)


@pytest.mark.parametrize("segments,mention", DEV + CHECK)
def test_the_distinctive_word_of_a_found_organisation_is_redacted_where_it_stands_alone(pipeline, segments, mention):
    assert mention not in _wire(pipeline, segments, f"org-parts-{mention}")


@pytest.mark.parametrize("segments,word", KEEP)
def test_words_of_the_language_in_an_organisation_name_stay(pipeline, segments, word):
    assert word in _wire(pipeline, segments, f"org-keep-{word}")


@pytest.mark.parametrize("name,parts", [
    # a compound of two words English never writes: lower case too (round 38); then the joined forms of the name
    # without its legal form
    ("Quillfeather Analytics Ltd", ("Quillfeather", "QUILLFEATHER", "quillfeather", "quillfeather-analytics", "quillfeather_analytics",
                                    "QuillfeatherAnalytics", "QUILLFEATHER_ANALYTICS", "quillfeatheranalytics",
                                    "QUILLFEATHERANALYTICS", "Quillfeatheranalytics")),
    ("Kestrelmoor Logistics GmbH", ("Kestrelmoor", "KESTRELMOOR", "kestrelmoor", "kestrelmoor-logistics",
                                    "kestrelmoor_logistics", "KestrelmoorLogistics", "KESTRELMOOR_LOGISTICS",
                                    "kestrelmoorlogistics", "KESTRELMOORLOGISTICS", "Kestrelmoorlogistics")),
    # a town's name that English hardly writes (Zipf 2.0): in a text that names the firm, it names the firm (round 33)
    ("Halden Systems", ("Halden", "HALDEN", "halden", "halden-systems", "halden_systems", "HaldenSystems",
                        "HALDEN_SYSTEMS", "haldensystems", "HALDENSYSTEMS", "Haldensystems")),
    ("Berlin Logistics GmbH", ()),  # a place, a word
    ("Goldman Sachs", ()),  # frequent in English text
    ("Acme", ()),  # one word: propagated as itself
    ("Red Hat Inc", ()),
    ("Data Systems", ()),  # no word names it: never joined
    ("Amazon Web Services", ()),
])
def test_parts_of_organisation_names(name, parts):
    assert organisation_parts(name) == parts


def test_parts_of_an_organisation_are_doubtful_so_an_audit_does_not_report_them(pipeline):
    from redactor.detect.confidence import AUDIT_MIN_SCORE

    engine = pipeline.engine
    sources = engine._known_value_sources("Quillfeather Analytics Ltd", "ORGANIZATION")
    assert sources.name_parts and all(label.score < AUDIT_MIN_SCORE for _, label in sources.name_parts)
