"""Organisations named by the layout around them (redactor/detect/organisations_in_structure.py)."""
from __future__ import annotations

import pytest

from redactor.detect.organisations_in_structure import organisations_in_structure


def organisations(text: str) -> list[str]:
    return [text[span.start:span.end] for span in organisations_in_structure(text, "test")]


def test_every_cell_under_a_company_column_is_an_organisation() -> None:
    text = ("first_name,last_name,email,Company,plan\n"
            "Ada,Obi,ada@example.org,Tinmouth Rope Works,pro\n"
            "Ben, Futa,ben@example.org,northgate,free\n")
    assert organisations(text) == ["Tinmouth Rope Works", "northgate"]


@pytest.mark.parametrize("row, organisation", [
    ("Larkspur Dental | reception | 0161 555 0142 | info@larkspurdental.com", "Larkspur Dental"),
    ("QuillPay;billing;ap@quillpay.io", "QuillPay"),
    ("Fenwick Freight Fwd. | ops | desk@fenwickfreight-uk.com", "Fenwick Freight Fwd."),
])
def test_a_cell_that_spells_the_domain_of_the_address_in_its_row_is_an_organisation(row: str, organisation: str) -> None:
    assert organisation in organisations(row)


def test_a_json_record_is_no_table_header_even_with_a_company_key_between_commas() -> None:
    text = ('{"id": 1, "company": "Acme", "tier": "gold"}\n'
            '{"id": 2, "company": "Globex", "tier": "free"}\n')
    # No cell of a column (0.7); a company key's value is org_keys.py's doubtful finding ("Acme" is a placeholder).
    found = [(text[span.start:span.end], span.score) for span in organisations_in_structure(text, "test")]
    assert found == [("Globex", 0.55)]


def test_a_webmail_domain_names_no_organisation() -> None:
    assert organisations("Gmail Support | help | someone@gmail.com") == []


@pytest.mark.parametrize("text, organisation", [
    ("Issue reported by Thandiwe Nkosi from Karoo Microfinance on Monday.", "Karoo Microfinance"),
    ("Senior Analyst, Brightwater Logistics (2020–present)", "Brightwater Logistics"),
    ("Product Owner — Greyhound Analytics (Mar 2019 – Jan 2022)", "Greyhound Analytics"),
    ("Had a call with Dmitri from Vostok Timber about pallets.", "Vostok Timber"),
    ("Data Engineer at Mossgiel Analytics, 2017 - 2020", "Mossgiel Analytics"),
    ("Stop 12 | Bucktown Vet Clinic | 1600 N Damen Ave | 10:40", "Bucktown Vet Clinic"),
    ("blocked on the marlow & finch migration", "marlow & finch"),
    ("Faktura od: Piekarnia u Basi Barbara Nowak, ul. Polna 3", "Piekarnia u Basi Barbara Nowak"),
])
def test_an_organisation_named_by_its_layout_is_found(text: str, organisation: str) -> None:
    assert organisation in organisations(text)


@pytest.mark.parametrize("text", [
    "A message from Maria from London arrived.",  # a place
    "Backend Engineer, Remote (2019–2021)",  # no organisation, an ordinary word
    "use the search & replace dialog",
    "Piekarnia na rogu jest zamknięta.",  # a trade noun with no owner's name
    "Copied from Stack Overflow by Tom from work.",
])
def test_layouts_without_an_organisation_give_none(text: str) -> None:
    assert organisations(text) == []
