"""A party's name on the line below its label (organisations_in_structure._values_below_labels).

Dev set written before the change (forms, invoices, CRM pages and PDFs pasted as text), never from a corpus case;
the check set below was written after it and not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect.keywords import lowered_same_length
from redactor.detect.organisations_in_structure import _values_below_labels, organisations_in_structure
from tests.growth import assert_linear_growth

DEV_FOUND = [
    ("Client:\nQuillfeather\n\nNotes: renewal due", "Quillfeather"),
    ("Paid to:\nOrmskirk Timber\nAmount: 400.00", "Ormskirk Timber"),
    ("Bank\nHalden Sparebank\nIBAN: see below", "Halden Sparebank"),
    ("**Customer:**\n\nTarrow Foods Ltd\n", "Tarrow Foods Ltd"),
    ("- Employer:\n  Mossgiel", "Mossgiel"),
    ("School:\nSt Aidan's Primary", "St Aidan's Primary"),
    ("Vendor\nKelbrook Packaging\nContact\nsales desk", "Kelbrook Packaging"),
    ("INVOICE\nBill to:\nDunmore Identity Corp\n14 Mill Lane", "Dunmore Identity Corp"),
    ("Insurer:\nAvonbridge Mutual\nPolicy number: 44-1182", "Avonbridge Mutual"),
    ("Beneficiary:\nFenwick Freight\nReference: June", "Fenwick Freight"),
    ("Hospital:\nRiverside Clinic Larkhall", "Riverside Clinic Larkhall"),
    ("Carrier\nBrisley Haulage\nTracking: pending", "Brisley Haulage"),
    ("Company name:\n\nPinnock Aerospace", "Pinnock Aerospace"),
    ("Landlord:\nHarrowgate Estates", "Harrowgate Estates"),
    ("Account holder:\nZelkova Pharma", "Zelkova Pharma"),
    ("Supplier:\r\nMarrowind Industries\r\n", "Marrowind Industries"),
]
DEV_CLEAN = [
    "Customer\nThe customer asked for a refund yesterday and we agreed.",
    "Vendor:\nWe reviewed three proposals last week.",
    "Partner:\nNone",
    "Provider:\nnot applicable",
    "Client:\n- send the deck\n- book the room",
    "The client:\nasked for more time",
]


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in _values_below_labels(text, lowered_same_length(text), "pii")]


@pytest.mark.parametrize("text,name", DEV_FOUND)
def test_dev_values_below_labels(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", DEV_CLEAN)
def test_dev_no_name_below_the_label(text: str) -> None:
    assert _found(text) == []


def test_reached_from_the_module_finder() -> None:
    spans = organisations_in_structure("Employer:\nMossgiel Analytics\n", "pii")
    assert any(s.kind == "ORGANIZATION" for s in spans)


def test_cost_grows_linearly() -> None:
    block = "Client:\nQuillfeather\nVendor\nKelbrook Packaging\nnotes about the client and the vendor\n"
    assert_linear_growth(lambda n: (lambda: list(_values_below_labels(block * n, lowered_same_length(block * n), "pii"))),
                         800)


# Check set: written after the change, not tuned on.
CHECK_FOUND = [
    ("Merchant:\nCopperleaf Interiors\nCard: **** 4471", "Copperleaf Interiors"),
    ("Lender\nThornbury Capital\nRate: 4.1%", "Thornbury Capital"),
    ("Payee:\n\nVellacott Systems", "Vellacott Systems"),
    ("University:\nUniversidade de Coimbra", "Universidade de Coimbra"),
    ("• Contractor:\n  Eskdale Timber Co", "Eskdale Timber Co"),
    ("Sold to:\nIlvermoor Analytics SA", "Ilvermoor Analytics SA"),
    ("Organisation\nLarkspire Dental", "Larkspire Dental"),
    ("Creditor:\nCalloway Brothers", "Calloway Brothers"),
]
CHECK_CLEAN = [
    "Brand:\nwe still need to decide",
    "Customer\nIn the last quarter, churn fell.",
    "Recipient:\n(none)",
    "Store\nOpen daily from 9 to 5 except on public holidays in the summer",
]


@pytest.mark.parametrize("text,name", CHECK_FOUND)
def test_check_values_below_labels(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", CHECK_CLEAN)
def test_check_no_name_below_the_label(text: str) -> None:
    assert _found(text) == []
