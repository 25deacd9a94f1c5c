"""Names split over name-part keys (name_part_keys.py) and names an e-mail address spells (people_by_address.py).

A user pasting a record, a request body or a mail header relies on the person's name not
reaching the provider, whatever syntax holds it; pagination keys, fonts and role mailboxes
stay readable.
"""
from __future__ import annotations

import pytest

from redactor.detect.name_part_keys import names_under_part_keys
from redactor.detect.people_by_address import people_named_by_addresses


def under_keys(text: str) -> list[str]:
    return [text[span.start:span.end] for span in names_under_part_keys(text, "test")]


def spelled(text: str) -> list[str]:
    return [text[span.start:span.end] for span in people_named_by_addresses(text, "test")]


@pytest.mark.parametrize("text, names", [
    ('{"id": 7, "name": {"first": "Hrafnhildur", "last": "Gunnarsdóttir"}}', ["Hrafnhildur", "Gunnarsdóttir"]),
    ('{"name": {"given": "Aroha", "family": "Ngata", "middle": "Mere"}}', ["Aroha", "Ngata", "Mere"]),
    ('{"name": {"first": "Sölvi"}}', ["Sölvi"]),
    ("<Name>\n  <Given>Wouter</Given>\n  <Family>van der Berg-Smits</Family>\n</Name>",
     ["Wouter", "van der Berg-Smits"]),
    ("<Patient><Name><First>Grete</First><Last>Halvorsen</Last></Name></Patient>", ["Grete", "Halvorsen"]),
    ("first=Thao&last=Pham&email=thao.pham%40example.net&plan=pro", ["Thao", "Pham"]),
    ("GET /search?given=Ismael&family=Okonkwo&dob=1988-02-11 200 14ms", ["Ismael", "Okonkwo"]),
    ("name.first=Ulla&name.last=Lindqvist&phone=+46701234567", ["Ulla", "Lindqvist"]),
    ("name:\n  first: Sölvi\n  last: Arnarsson\n", ["Sölvi", "Arnarsson"]),
    ('\\"first\\": \\"Minh\\", \\"last\\": \\"Nguyen\\"', ["Minh", "Nguyen"]),
])
def test_a_name_split_over_name_part_keys_is_found_in_every_syntax(text: str, names: list[str]) -> None:
    assert under_keys(text) == names


@pytest.mark.parametrize("text", [
    '{"first": 1, "last": 10}',
    '{"first": "prev", "last": "next"}',
    "order = {'first': 'asc', 'last': 'desc'}",
    'page.first = "Home"; page.last = "End"',
    "font-family: Arial; first: true",
    "the first: thing to do",
    '{"last": "Okonkwo"}',  # a lone part with no name around it and no sibling part
])
def test_part_keys_of_other_things_keep_their_values(text: str) -> None:
    assert under_keys(text) == []


@pytest.mark.parametrize("text, names", [
    ("ticket from customer ingrid m. solberg (isolberg@fjordmail.no) says it hangs", ["ingrid m. solberg"]),
    ("forwarding what yusuf demir wrote, his address is ydemir@posta.example", ["yusuf demir"]),
    ('From: "Quinn, Harper" <harper.quinn@lakeside.example>', ["Quinn, Harper"]),
    ("<User: mvandam (Maarten van Dam)>", ["Maarten van Dam"]),
    ("login ok: tgreaves (Tobias Greaves) from 10.2.3.4", ["Tobias Greaves"]),
    ("Sölvi Arnarsson <solvi.arnarsson@mail.is>", ["Sölvi Arnarsson"]),
    ('first,email\n"Beatriz",beatriz.c@correio.pt', ["Beatriz"]),
    ('  smtp.send(to="k.brandstetter@post.at")\nSMTPRecipientsRefused\nRecipient: Klaus Brandstetter',
     ["Klaus Brandstetter"]),
])
def test_a_name_that_the_address_beside_it_spells_is_a_person(text: str, names: list[str]) -> None:
    assert spelled(text) == names


@pytest.mark.parametrize("text", [
    "Contact support at support@acme.example; the Support team replies fast.",
    "Sales Team (sales@acme.example)",
    "email me at team.lead@corp.example, the team lead",
    "ask mark (mark@x.example) to mark the test",  # lower case: a word, not a name
    "builds report to noreply.build@ci.example, Build Bot",
])
def test_words_that_spell_a_role_mailbox_name_no_one(text: str) -> None:
    assert spelled(text) == []


def test_a_middle_initial_under_a_name_is_part_of_it() -> None:
    text = "<ns2:PersonName><ns2:First>Oddny</ns2:First><ns2:Middle>K.</ns2:Middle><ns2:Last>Solheim</ns2:Last>"
    assert under_keys(text) == ["Oddny", "K.", "Solheim"]


@pytest.mark.parametrize("text, found", [
    # Since round 37 the mailbox under `email=` is read by its key too (typed forms like "x at y" need the key).
    ("Member(id=55120, displayName=kasia.w, email=kasia.w@poczta.example)",
     [("kasia.w", "USERNAME"), ("kasia.w@poczta.example", "EMAIL")]),
    ("displayName: Olga Petrova", [("Olga Petrova", "PERSON")]),
    ('{"display_name": "build-bot"}', []),
    ("display_name=release-manager", []),
])
def test_a_login_shown_as_a_display_name_is_a_username(text: str, found: list[tuple[str, str]]) -> None:
    from redactor.detect.pii_fields import find_field_values

    assert [(text[value.start:value.end], value.kind) for value in find_field_values(text)] == found


@pytest.mark.parametrize("text, names", [
    ('{"payee": "Oyelaran Babatunde", "amount": 5}', ["Oyelaran Babatunde"]),
    ("ts=1 driver=Tunde Bakare rider=Ngozi Eze fare=3", ["Tunde Bakare", "Ngozi Eze"]),
    ('{"guarantor": "Ifeoma Chukwu"}', ["Ifeoma Chukwu"]),
    ("landlord: Keziah Pemberton", ["Keziah Pemberton"]),
])
def test_a_role_key_of_payments_rides_and_loans_holds_a_persons_name(text: str, names: list[str]) -> None:
    from redactor.detect.pii_fields import find_field_values

    assert [text[value.start:value.end] for value in find_field_values(text) if value.kind == "PERSON"] == names


@pytest.mark.parametrize("text", ["driver: postgresql", '{"driver": "PostgreSQL"}', "jdbc.driver=org.postgresql.Driver"])
def test_a_driver_key_naming_software_holds_no_person(text: str) -> None:
    from redactor.detect.pii_fields import find_field_values

    assert [value for value in find_field_values(text) if value.kind == "PERSON"] == []
