"""Organisations by the role their key names, in any language (org_keys.py with org_role_keys.yaml), and names that
end in a legal form inside a quoted literal (org_quoted_legal_names.py, ISO 20275's abbreviations).

Our own snippets in the forms records and code write: dicts, JSON, keyword arguments, `key=value` dumps, form labels
in Czech, German, Polish, French; literals of Java, Python and seed data. Values that are no organisation's name stay.
"""
from __future__ import annotations

import pytest

from redactor.core import RequestContext
from redactor.detect.org_keys import organisations_by_key
from redactor.detect.org_quoted_legal_names import legal_forms, organisations_in_quoted_literals
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment


def _values(spans, text):
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, value", [
    ('pupil = {"name": "Kofi Boat", "school": "Sunhill Preparatory Academy"}', "Sunhill Preparatory Academy"),
    ("{'nom': 'Marceau', 'cabinet': 'Cabinet dentaire des Tilleuls', 'tel': '06'}", "Cabinet dentaire des Tilleuls"),
    ("Jméno: Jan Dvořák\nZaměstnavatel: Brněnské strojírny Kovo\n", "Brněnské strojírny Kovo"),
    ("Name: Weber, Lotte\nKrankenkasse: BKK Mittelfranken Süd\n", "BKK Mittelfranken Süd"),
    ("Pracodawca: Szkoła Podstawowa nr 7 w Radomiu\n", "Szkoła Podstawowa nr 7 w Radomiu"),
    ("Driver: Ion Popa\nHirer: Carpathia Auto Rent SRL\n", "Carpathia Auto Rent SRL"),
    ('{"rx": "RX-1", "pharmacy": "Greenway Chemists Didsbury"}', "Greenway Chemists Didsbury"),
    ("school_name=Hollins Ridge Academy\n", "Hollins Ridge Academy"),
    ("10:22:41Z ERROR [tenant=quarrybank-dental] export failed\n", "quarrybank-dental"),  # a log line's field
    ('ts=1 clinic="Marlpit Family Practice" slot=3\n', "Marlpit Family Practice"),
    ("ts=1 tenant=fernhollow-yoga level=info msg=ok\n", "fernhollow-yoga"),
    ("empresa: Panadería Hermanos Ruiz\n", "Panadería Hermanos Ruiz"),
    ('{"utility": "Kafue Water and Sanitation Company"}', "Kafue Water and Sanitation Company"),
    ("Hausbank: Raiffeisenkasse Ottobrunn\n", None),  # `hausbank` is no role word: its last word is not "bank"
])
def test_a_role_key_holds_an_organisation(text, value):
    found = _values(organisations_by_key(text, "t"), text)
    assert (value in found) if value else not found


@pytest.mark.parametrize("text", [
    "school: default\n",
    '{"bank": "HSBC"}',  # a listed company: its role is for the public-company rules
    "insurance: true\n",
    "Krankenkasse: bitte nachreichen, wir haben sie nicht\n",  # a sentence, not a name
    "club: Open Source Club\n",  # ordinary words only
    "hotel = booking.hotel\n",  # code
])
def test_values_that_name_no_organisation_stay(text):
    assert _values(organisations_by_key(text, "t"), text) == []


@pytest.mark.parametrize("text, value", [
    ('bill.creditor("Brambleford Joinery AG", "Kirchweg 4")', "Brambleford Joinery AG"),
    ("Invoice(seller='Ostwick Tea Traders Ltd', total=4)", "Ostwick Tea Traders Ltd"),
    ('repo.save(new Supplier("Cerâmica Aveirense, Lda.", "PT 5032"))', "Cerâmica Aveirense, Lda."),
    ('{"emisor": "Distribuciones Lozano e Hijos S.L."}', "Distribuciones Lozano e Hijos S.L."),
    ('name = "Tischlerei Hofbauer e.U."', "Tischlerei Hofbauer e.U."),
    ('vendor("Renew IT Recycling CIC")', "Renew IT Recycling CIC"),
    ('"Bjørnstad Fiskeoppdrett ASA"', "Bjørnstad Fiskeoppdrett ASA"),
])
def test_a_quoted_name_ending_in_a_legal_form_is_an_organisation(text, value):
    assert _values(organisations_in_quoted_literals(text, "t"), text) == [value]


@pytest.mark.parametrize("text", [
    'menu.add("Save As")',  # an English word, no form
    '"GmbH & Co. KG"',  # a form alone
    '"Siemens AG"',  # a listed company
    '"Acme Widgets Ltd"',  # documentation's company
    '"the new gmbh rules"',  # small letters: a phrase
    "print('Hello World Inc')",  # a greeting
])
def test_literals_that_are_no_private_name_stay(text):
    assert _values(organisations_in_quoted_literals(text, "t"), text) == []


def test_the_legal_forms_come_from_iso_20275():
    forms = legal_forms()
    assert {"GmbH", "Kft.", "E.U.", "CIC", "ApS"} <= forms
    assert not {"A", "I", "As"} & forms


@pytest.fixture(scope="module")
def pipeline():
    built = build_pipeline(load_policy("default"), vault_url="memory://")
    built.engine.warm_up()
    return built


@pytest.mark.parametrize("text, name", [
    ('```python\nstudent = {\n    "school": "Hollins Ridge Academy",\n}\n```', "Hollins Ridge Academy"),
    ('```java\nbill.creditor("Brambleford Joinery AG", "Kirchweg 4");\n```', "Brambleford"),
])
def test_the_wire_carries_no_such_name(pipeline, text, name):
    context = RequestContext(conversation=pipeline.conversation_id([], explicit="org-roles"), api="bench")
    result = pipeline.process([Segment(text=text, role="user", kind="prose")], context)
    assert name not in result.segments[0].text
