"""form_field_values: the value of a form control whose accessible name (or type, or the label node above it) says
password, PIN or key is a secret in an accessibility snapshot, whatever its shape; other controls keep their
values (forms written here, in layouts and languages of several trees)."""
from __future__ import annotations

import pytest

from redactor.detect.form_field_values import form_field_spans
from redactor.detect.secrets import is_secret_key_name


def _values(text: str) -> list[str]:
    return [text[span.start:span.end] for span in form_field_spans(text, [], is_secret_key_name)]


@pytest.mark.parametrize("snapshot, value", [
    ('- textbox "Hasło" [ref=e4]: wiosna w lesie', "wiosna w lesie"),            # Playwright MCP, a phrase
    ("[7] textbox 'Mot de passe' [focused] value='coquelicot'", "coquelicot"),    # a CDP dump, a plain word
    ('  - textbox "Kennwort *" [required] [ref=e9] value="Zugspitze"', "Zugspitze"),
    ('- secure text field "Passcode": 551903', "551903"),                          # a mobile tree
    ('- textbox [type=password] [ref=e2]: kotik', "kotik"),                        # no name, the type says it
    ('- textbox "Card PIN" [ref=e5]: 0042', "0042"),
    ('- textbox "パスワード" [ref=e3]: さくら', "さくら"),
])
def test_the_value_of_a_password_control_is_a_secret(snapshot, value):
    assert _values(snapshot) == [value]


def test_a_control_without_a_name_is_labelled_by_the_text_node_above_it():
    snapshot = ('- heading "Developer settings"\n- text "Access token"\n'
                '- textbox [readonly] [ref=e8] value="qx81-mmvp-4aa2"\n- button "Copy"')
    assert _values(snapshot) == ["qx81-mmvp-4aa2"]


@pytest.mark.parametrize("snapshot", [
    '- textbox "Search" [ref=e3]: cheap flights to Lisbon',
    '- textbox "Discount code" [ref=e3]: SPRING15',
    '- textbox "Postal code" [ref=e6]: 75011',
    '- spinbutton "Quantity" [ref=e7]: 2',
    '- textbox "Password" [ref=e4]: ••••••••',                # masked: nothing there
    '- textbox "Password" [ref=e4] value=""',
    '- text "Your name"\n- textbox [ref=e8] value="Ines Duarte"',
])
def test_other_controls_and_empty_or_masked_values_stay(snapshot):
    assert _values(snapshot) == []



@pytest.mark.parametrize("snapshot, value", [
    ('- textbox "Verification code" [ref=e12]: 804 117', "804 117"),           # a one-time code in groups
    ("[3] textbox 'Código de acceso' value='55190372'", "55190372"),
    ('- textbox "Код" [ref=e2]: 3310-42', "3310-42"),
])
def test_a_control_named_by_a_bare_code_word_holds_a_digit_code(snapshot, value):
    assert _values(snapshot) == [value]


@pytest.mark.parametrize("snapshot", [
    '- textbox "Code" [ref=e12]: WINTER15',        # a discount code: letters
    '- textbox "Error code" [ref=e12]: 4041',       # another code's
    '- textbox "Code" [ref=e12]: 12',               # too short for an access code
])
def test_a_code_control_holding_no_digit_code_keeps_its_value(snapshot):
    assert _values(snapshot) == []


def test_controls_written_on_one_line_are_read_one_by_one():
    snapshot = ('page: sign-in • textbox "E-mail" value="ama@example.org" • textbox "Kennwort" value="Brücke am Fluss"'
                ' • button "Weiter"')
    assert _values(snapshot) == ["Brücke am Fluss"]
    snapshot = '[snapshot] textbox "Login" value="lbeck" | textbox "Security code" value="019 332" | link "Help"'
    assert _values(snapshot) == ["019 332"]
