"""The organisation a relationship word names (redactor/detect/org_relations.py): the dev set of round 18."""
from __future__ import annotations

import pytest

from redactor.detect.org_relations import organisations_by_relation

NAMED = [
    ("Our supplier Blue Heron Packaging missed two deliveries.", "Blue Heron Packaging"),
    ("Our customer northwind-traders opened a ticket about the export.", "northwind-traders"),
    ("My landlord, Greystone Lettings, still hasn't fixed the boiler.", "Greystone Lettings"),
    ("We moved the payroll to our accountants Finch Hollis last year.", "Finch Hollis"),
    ("Unser Lieferant Holzbau Krämer hat die Lieferung verschoben.", "Holzbau Krämer"),
    ("Mein Arbeitgeber ist Stadtwerke Lindau, seit 2019.", "Stadtwerke Lindau"),
    ("Notre fournisseur Maison Dubreuil a augmenté ses prix.", "Maison Dubreuil"),
    ("Mi aseguradora, Seguros Alameda, no contesta.", "Seguros Alameda"),
    ("Greystone Lettings, our landlord, wants the keys back.", "Greystone Lettings"),
    ("Yesterday Kestrel Joinery, our main supplier, called.", "Kestrel Joinery"),
    ("Two Ravens Roasters is our supplier for beans.", "Two Ravens Roasters"),
    ("Please forward it to my bank HARBOUR MUTUAL before Friday.", "HARBOUR MUTUAL"),
    ("Our gym, Iron Temple, raised prices.", "Iron Temple"),
]

LEFT = [
    "Our client Mrs Okafor asked for the invoice.",
    "My landlord John Reid never answers.",
    "Our customer Support team will reply.",
    "We call our provider AWS from the lambda.",
    "Our vendor API returns 500s.",
    "Send our customer follow-up today.",
    "My bank Monday transfer failed.",
    "The customer ID is missing from the payload.",
    "Check that our client SDK handles retries.",
]


@pytest.mark.parametrize("text, name", NAMED)
def test_the_slot_beside_a_relationship_is_an_organisation(text: str, name: str) -> None:
    found = [text[span.start:span.end] for span in organisations_by_relation(text, "pii")]
    assert found == [name]


@pytest.mark.parametrize("text", LEFT)
def test_people_software_and_common_words_in_the_slot_are_left(text: str) -> None:
    assert [text[span.start:span.end] for span in organisations_by_relation(text, "pii")] == []
