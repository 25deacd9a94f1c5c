"""A template's slot marks where a value goes; it is no value (redactor/detect/template_slots.py)."""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.template_slots import without_template_slots


def _kept(text: str, *values: str, kind: str = "PERSON") -> list[str]:
    spans = [Span(text.index(v), text.index(v) + len(v), kind, "pii", 0.8, "pii") for v in values]
    return [text[s.start:s.end] for s in without_template_slots(text, spans)]


def test_angle_bracket_slots_are_no_values() -> None:
    manifest = "data:\n  db_user: <db-user>\n  db_pass: <REPLACE_WITH_SECRET>\n  api_key: Zq8vLm2Rt0"
    assert _kept(manifest, "<db-user>", "<REPLACE_WITH_SECRET>", "Zq8vLm2Rt0", kind="PASSWORD") == ["Zq8vLm2Rt0"]
    # Several slots joined by a record's separators are still only slots.
    segment = "NK1|1|<APELLIDO>^<NOMBRE>|<PARENTESCO>|<CALLE>^^<CIUDAD>"
    assert _kept(segment, "<CALLE>^^<CIUDAD>", "<APELLIDO>^<NOMBRE>") == []


def test_square_bracket_slots_in_capitals_of_any_language() -> None:
    form = "Der Mieter [VORNAME NACHNAME] zahlt monatlich [BETRAG] an Greta Lindqvist."
    assert _kept(form, "NACHNAME", "BETRAG", "Greta Lindqvist") == ["Greta Lindqvist"]
    english = "Hi [FIRST NAME], your code is ready. Regards, Tomasz Wrona"
    assert _kept(english, "FIRST NAME", "Tomasz Wrona") == ["Tomasz Wrona"]


def test_template_expressions_name_what_is_filled_in_later() -> None:
    text = "Dear {{ customer.first_name }}, ${ACCOUNT_OWNER} and %(agent)s will call Ines Barros."
    assert _kept(text, "customer.first_name", "ACCOUNT_OWNER", "agent", "Ines Barros") == ["Ines Barros"]


def test_values_in_brackets_stay() -> None:
    # A capitalised name, an address with "@" or digits, an XML element the document named, a literal argument.
    assert _kept("From: <Jane Oduya>", "Jane Oduya") == ["Jane Oduya"]
    assert _kept("Reply-To: <r.oduya@kestrelmail.net>", "r.oduya@kestrelmail.net", kind="EMAIL") \
        == ["r.oduya@kestrelmail.net"]
    xml = "<clusters>\n  <fjord_billing>\n    <shard/>\n  </fjord_billing>\n</clusters>"
    assert _kept(xml, "fjord_billing", kind="HOSTNAME") == ["fjord_billing"]
    dbt = "select * from {{ ref('fct_kestrel_orders') }}"
    assert _kept(dbt, "fct_kestrel_orders", kind="TABLE") == ["fct_kestrel_orders"]
    shell = "export PGPASSWORD=${PGPASSWORD:-w1nterMoss88}"
    assert _kept(shell, "w1nterMoss88", kind="PASSWORD") == ["w1nterMoss88"]


def test_a_chat_logs_speaker_and_a_tickets_customer_stay() -> None:
    log = "[export] 10:41 <ravi_n> invoice for Brekke is out\n<sol> thanks"
    assert _kept(log, "ravi_n", "sol", kind="USERNAME") == ["ravi_n", "sol"]
    ticket = "[MORROW PLUMBING] cannot open the portal since Monday"
    assert _kept(ticket, "MORROW PLUMBING", kind="ORGANIZATION") == ["MORROW PLUMBING"]
    assert _kept("[ANNIKA] please call back", "ANNIKA") == ["ANNIKA"]


def test_a_value_that_is_its_own_fields_name_is_no_value() -> None:
    url = "DSN=mysql://LOGIN:PASSWORD@SERVER:3306/DATABASE  # fill in; prod uses k7Rw!pQ2zz"
    assert _kept(url, "PASSWORD", "DATABASE", "k7Rw!pQ2zz", kind="PASSWORD") == ["k7Rw!pQ2zz"]
    labels = '{"signin": "Se connecter", "pwd": "Mot de passe", "owner": "Nadia Benali"}'
    assert _kept(labels, "Mot de passe", "Nadia Benali") == ["Nadia Benali"]
    assert _kept("login: tkarlsson, passwd: hostname", "tkarlsson", kind="USERNAME") == ["tkarlsson"]


def test_a_login_that_a_log_prints_in_angle_brackets_is_no_slot():
    # mail and auth daemons print the login as `user=<...>`: a value in brackets, not a template's slot
    from redactor.detect.base import Span
    from redactor.detect.template_slots import without_template_slots

    text = "Apr 2 09:41:17 mx1 imapd: auth ok: user=<mkowalczyk>, method=LOGIN, rip=203.0.113.20"
    start = text.index("mkowalczyk")
    login = Span(start, start + len("mkowalczyk"), "USERNAME", "pii", 0.6, "test")
    assert without_template_slots(text, [login]) == [login]
    template = "auth ok: user=<username>, method=LOGIN"
    slot = Span(template.index("username"), template.index("username") + 8, "USERNAME", "pii", 0.6, "test")
    assert without_template_slots(template, [slot]) == []
