"""Check set of org_short_forms.py, written after the change and not tuned on (the dev set is
test_org_short_forms.py): other contracts, mails, chats and payment lines that define a party's short form or
give its trade name, in several languages and across segments of one conversation. Before the change 2 of the
9 mentions reached the wire (an acronym, and a short form of the lead-in "hereinafter," with a comma); after it 0.
"""
from __future__ import annotations

import pytest

from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from tests.test_org_short_forms import wire

CHECK = [
    (['This Lease is made between Castlemere Property Holdings Limited (the "Landlord") and Ortiz Dental Care LLC '
      '("Ortiz Dental"). Ortiz Dental shall pay the rent monthly in advance.'], "Ortiz Dental shall"),
    (['Meridian Freightways Inc. (hereinafter, "Meridian") will carry the containers. Meridian bears the risk '
      "until delivery."], "Meridian bears"),
    (['Per the MSA, Tollgate Systems Corporation ("TSC") owns the IP in the deliverables.',
      "Let me know if TSC objects to the change request."], "TSC objects"),
    (['Distribuciones Norteña S.L. (en adelante, "Norteña") se obliga a entregar. Norteña responderá de los '
      "defectos."], "Norteña responderá"),
    (['Bakkerij Verhoef B.V. (hierna: "Verhoef") levert dagelijks brood. Verhoef factureert per maand.'],
     "Verhoef factureert"),
    (["Parties: Ravenscar Mining plc (\"Ravenscar\") and the Contractor.",
      "what does Ravenscar have to indemnify under clause 12?"], "Ravenscar have"),
    (["Payee: R. Mensah T/A Mensah Motors, sort code on file"], "Mensah Motors"),
    (["Lakeside Ventures LLC, doing business as Copper Kettle Cafe, filed the permit on 3 May."],
     "Copper Kettle Cafe"),
    (["Voxa Networks Ltd, formerly known as Brightline Telecom, owns the fibre lease."], "Brightline Telecom"),
]
# Roles and places beside a party: this change adds no span to them. Each fails before it too (NER reads the
# capitalised "Landlord" and "Party" as organisations, and "Delaware" is a place it redacts): kept as strict xfails.
_NER_BEFORE = pytest.mark.xfail(strict=True, reason="before this change too: NER finds the capitalised word")
KEEP = [
    pytest.param(['Castlemere Property Holdings Limited (the "Landlord") may enter the premises; the Landlord shall '
                  "give notice."], "the Landlord shall", marks=_NER_BEFORE),
    pytest.param(["Tollgate Systems Corporation (Delaware) is governed by Delaware law."], "Delaware law",
                 marks=_NER_BEFORE),
    pytest.param(['Ortiz Dental Care LLC (each a "Party") agrees. Each Party bears its own costs.'], "Each Party bears",
                 marks=_NER_BEFORE),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


@pytest.mark.parametrize("segments,mention", CHECK)
def test_a_defined_short_form_or_trade_name_is_redacted_where_it_recurs(pipeline, segments, mention):
    assert mention not in wire(pipeline, segments, f"short-form-check-{mention}")


@pytest.mark.parametrize("segments,words", KEEP)
def test_roles_and_places_beside_a_party_stay(pipeline, segments, words):
    assert words in wire(pipeline, segments, f"short-form-check-keep-{words}")
