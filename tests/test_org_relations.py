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


def test_ordinary_words_and_slugs_are_doubtful_and_invented_names_are_not() -> None:
    text = "Our supplier Blue Heron Packaging is late; our customer northwind-traders too; my bank Halvorsbank."
    scores = {text[s.start:s.end]: s.score for s in organisations_by_relation(text, "test")}
    assert scores["Blue Heron Packaging"] < 0.6 and scores["northwind-traders"] < 0.6 <= scores["Halvorsbank"]


def test_cost_grows_linearly() -> None:
    """One shared keyword scan; each relationship word is tried at its own place only."""
    from tests.growth import assert_linear_growth

    line = "client = Client(); our client Kestrel Joinery, my bank, Harbour Mutual, the customer id "

    def work_at(size: int):
        one_line = line * (size // len(line))
        lines = (line + "\n") * (size // (len(line) + 1))
        return lambda: (list(organisations_by_relation(one_line, "test")),
                        list(organisations_by_relation(lines, "test")))

    assert_linear_growth(work_at, 200_000)


# Written after the change, not tuned on. Through the wire: main leaks 3 of 12, this branch 0 (left: 2 of 9 take an
# ORGANIZATION placeholder on both, from other finders: "Success", "Stripe").
CHECK = [
    ("I asked our wholesaler Coastline Provisions for a credit note.", "Coastline Provisions"),
    ("Our insurer, Lumen Mutual, rejected the claim.", "Lumen Mutual"),
    ("my employer is Quarry Lane Bakery and they pay monthly", "Quarry Lane Bakery"),
    ("The quote came via our carrier fastfreight-uk this morning.", "fastfreight-uk"),
    ("Unsere Hausverwaltung Weber Immobilien schickt keine Abrechnung.", "Weber Immobilien"),
    ("Ma banque, Crédit Vallée, a bloqué le virement.", "Crédit Vallée"),
    ("Nuestro proveedor Hermanos Ruiz envió la factura.", "Hermanos Ruiz"),
    ("Onze leverancier Groene Weide levert morgen.", "Groene Weide"),
    ("Silver Fern Dental, our clinic, moved the appointment.", "Silver Fern Dental"),
    ("Tell their landlord Parkside Homes about the leak.", "Parkside Homes"),
    ("Our client BRIGHTWATER sent the signed contract.", "BRIGHTWATER"),
    ("Her school, Oakfield Academy, closes early on Friday.", "Oakfield Academy"),
]
CHECK_LEFT = [
    "Send the invoice to our client Ms Lindqvist.",
    "Our bank API is rate limited.",
    "My employer Sarah Jones approved it.",
    "Your client GraphQL schema is stale.",
    "Our school Wednesday timetable changed.",
    "I pinged our client re-sync job.",
    "Their customer JSON export has nulls.",
]


@pytest.mark.parametrize("text, name", CHECK)
def test_check_set_names(text: str, name: str) -> None:
    assert name in [text[s.start:s.end] for s in organisations_by_relation(text, "test")]


@pytest.mark.parametrize("text", CHECK_LEFT)
def test_check_set_left(text: str) -> None:
    assert [text[s.start:s.end] for s in organisations_by_relation(text, "test")] == []
