"""Names where agents send them outside prose: code comments and docstrings, tool output, JSON values.

The default policy's engine runs NER on every segment kind, but only on the
parts where a name can be: comment bodies, docstrings and labelled lines of
code; in tool output also the capitalised runs of listings, tables and CSV
rows; JSON values under person keys. Organisations are known by their
corporate suffix; people written in lower case after "ask", "ping", "cc".
Precision: code, logs and ordinary JSON values get no names.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def found(engine: DetectionEngine, text: str, kind: str, field_name: str | None = None) -> dict[str, str]:
    segment = Segment(text, kind=kind, field_name=field_name)
    return {text[s.start:s.end]: s.kind for s in engine.detect([segment])[0]}


@pytest.mark.parametrize(("kind", "text", "name"), [
    ("code", "def charge(card):\n    # Ask Oluwaseun Adeyemi before changing the retry logic.\n    return card\n",
     "Oluwaseun Adeyemi"),
    ("code", 'def refund():\n    """Written by Tomasz Wiśniewski for the billing team."""\n    pass\n',
     "Tomasz Wiśniewski"),
    ("code", "# Owner: Ravi Subramanian\nRETRIES = 3\n", "Ravi Subramanian"),
    ("tool_result", "commit 3f2a9c1\nAuthor: Siobhan Farrelly <sfarrelly@corp.example>\nDate:   Mon Mar 3 2025\n",
     "Siobhan Farrelly"),
    ("tool_result", "id,name,phone\n17,Kwame Mensah,+1 415 555 0182\n", "Kwame Mensah"),
    ("tool_result", "Aylin Demir: 0176 5550 123\n", "Aylin Demir"),
    ("tool_result", "On-call: Ravi Subramanian\nReviewer: Haruto Sato\n", "Haruto Sato"),
    ("tool_result", "/billing/ @akofi Kofi Boateng\n", "Kofi Boateng"),
    ("tool_result", "From: Chiara Esposito <chiara@x.example>\nCc: Amara Okonkwo\nSubject: renewal\n", "Amara Okonkwo"),
])
def test_people_in_code_and_tool_output_are_found(engine, kind, text, name):
    assert found(engine, text, kind).get(name) == "PERSON"


@pytest.mark.parametrize(("field_name", "value"), [
    ("assignee", "Thandiwe Nkosi"), ("customer", "Wei Zhang"), ("displayName", "Anh Nguyen"), ("first_name", "Priya"),
])
def test_json_values_under_person_keys_are_names(engine, field_name, value):
    assert found(engine, value, "json_value", field_name) == {value: "PERSON"}


@pytest.mark.parametrize(("field_name", "value"), [
    ("name", "Web Search"), ("name", "read_file"), ("name", "Build"), ("assignee", "unassigned"),
])
def test_json_values_that_are_no_person_names_stay(engine, field_name, value):
    assert "PERSON" not in found(engine, value, "json_value", field_name).values()


@pytest.mark.parametrize(("text", "organisation"), [
    ("The contract with Vandelay Industries GmbH renews in May.", "Vandelay Industries GmbH"),
    ("We bought the licence from Hooli Inc. last year.", "Hooli Inc."),
    ("Customer: Nordlicht Medien GmbH & Co. KG\n", "Nordlicht Medien GmbH & Co. KG"),
    ("We signed with Tanjong Rimba Sdn. Bhd. last quarter.", "Tanjong Rimba Sdn. Bhd."),
    ("Our supplier Shenzhen Xinghe Electronics Co., Ltd. shipped late.", "Shenzhen Xinghe Electronics Co., Ltd."),
    ("We pay Anadolu Gıda Sanayi A.Ş. in lira.", "Anadolu Gıda Sanayi A.Ş."),
    ("We work with Qirin Textile Pvt. Ltd. on the pilot.", "Qirin Textile Pvt. Ltd."),
    ("The payee is Mbeki Freight (Pty) Ltd this month.", "Mbeki Freight (Pty) Ltd"),
    ("Umbrella Holdings S.A. pays in euros.", "Umbrella Holdings S.A."),
    ("Invoices go to Globex Pty Ltd every quarter.", "Globex Pty Ltd"),
])
def test_organisations_with_corporate_suffixes(engine, text, organisation):
    assert found(engine, text, "prose").get(organisation) == "ORGANIZATION"


def test_organisation_in_a_code_comment(engine):
    text = "// TODO: drop this shim once Initech Ltd upgrades their client\nint retries = 3;\n"
    assert found(engine, text, "code").get("Initech Ltd") == "ORGANIZATION"


def test_lower_case_name_after_a_person_verb(engine):
    assert found(engine, "can you ask priya about the flaky test?", "prose").get("priya") == "PERSON"


@pytest.mark.parametrize("text", [
    "ask them about it", "ping localhost to check", "tell git to ignore it", "cc the whole team",
])
def test_lower_case_words_after_cues_that_are_no_names(engine, text):
    assert "PERSON" not in found(engine, text, "prose").values()


@pytest.mark.parametrize(("kind", "text"), [
    ("code", 'class PaymentService:\n    """Charge the card and store the receipt."""\n'
             '    def charge(self, card):\n        return Receipt(card)\n'),
    ("tool_result", "2025-03-03 10:00:01 INFO Started Application in 2.3 seconds\n"
                    "Build Succeeded\nTests Passed: 42\n"),
    ("tool_result", "Name,Status,Region\nBilling Worker,Running,West Europe\n"),
])
def test_code_and_logs_without_names_get_no_person(engine, kind, text):
    assert "PERSON" not in found(engine, text, kind).values()


@pytest.mark.parametrize(("text", "name"), [
    ("PATIENT NAME: MARIA GARCIA\nDOB: 1980-02-03", "MARIA GARCIA"),
    ("customer: maria garcia", "maria garcia"),
    ("Attendees: Okafor, Danielle", "Okafor"),
    ("Meeting notes: Bogdan, Ines, Tariq", "Ines"),
])
def test_names_in_capitals_lower_case_and_lists(engine, text, name):
    assert found(engine, text, "prose").get(name) == "PERSON"


@pytest.mark.parametrize("text", [
    "The knowledge cutoff is January 2026.", 'Cron fields: "M H DoM Mon DoW".', "Ship it by Friday, May 3.",
    "name: build artifacts",
])
def test_calendar_words_and_ordinary_field_values_are_no_people(engine, text):
    assert "PERSON" not in found(engine, text, "prose").values()


@pytest.mark.parametrize(("text", "organisation"), [
    ("Employer: Brightwater Analytics\nRole: nurse", "Brightwater Analytics"),
    ("She works at Fenwick & Hale in Leeds.", "Fenwick & Hale"),
    ("Bank: First Meridian Credit Union", "First Meridian Credit Union"),
])
def test_organisations_in_fields_and_after_works_at(engine, text, organisation):
    assert found(engine, text, "prose").get(organisation) == "ORGANIZATION"


def test_an_ordinary_word_in_an_organisation_field_stays(engine):
    assert found(engine, "Company: Remote", "prose") == {}


def test_a_three_word_name_in_a_todo_comment_is_one_person(engine):
    text = "// TODO(Mei Ling Tan): remove after the migration\nint x = 1;\n"
    assert found(engine, text, "code").get("Mei Ling Tan") == "PERSON"
