"""Passwords found by what the text around them is about (credential_neighbourhoods.py) and by their argument
position (typed_credentials.py).

The forms are written for these tests (no corpus case): a guess a sentence away from the word "password" in several
languages, a reply in a chat thread about a code, a value typed into a password field by a browser test, a user
flag's `-p` partner. The clean cases talk about logins and codes and hold tokens with letters and digits that are
something else (versions, products, regions, identifiers, ports).
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.credential_neighbourhoods import credential_neighbourhood_spans, picked_by_a_person
from redactor.detect.secrets import SecretsDetector
from redactor.detect.typed_credentials import names_a_password_field, typed_password_spans

DETECTOR = SecretsDetector()


def covering(text: str, secret: str, kind: str = "prose") -> list[Span]:
    start = text.index(secret)
    end = start + len(secret)
    return [span for span in DETECTOR.detect(DetectionInput(text, kind)) if span.start <= start and span.end >= end]


def neighbourhood_values(text: str) -> list[str]:
    return [text[span.start:span.end] for span in credential_neighbourhood_spans(text, text.lower(), [])]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a guess a sentence away from the password word
        ("The shared mailbox wants its password again. Maybe it was heronpond77, the one Ola set?", "heronpond77"),
        # an apposition after a description of the password
        ("for the NAS the pass is our street and the year we moved, Lindenweg2019. Photos are read-only.",
         "Lindenweg2019"),
        # the value before the words that say what it is, in another language
        ("Das Passwort für den Drucker habe ich geändert. Kranich&Mohn8 gilt ab heute für alle.", "Kranich&Mohn8"),
        # a chat thread about being locked out, answered by another speaker
        ("[09:14] Ruth: the rota app locked me out again\n[09:15] Dev: try Marigold-Lane-3 instead\n"
         "[09:15] Ruth: thanks", "Marigold-Lane-3"),
        # an inflected label of another language opens the neighbourhood
        ("Zapomniałam hasła do poczty. Na kartce jest \"bursztyn1990\" ale nie działa.", "bursztyn1990"),
    ],
)
def test_a_person_picked_password_near_a_credential_word_is_redacted(text: str, secret: str) -> None:
    spans = covering(text, secret)
    assert spans, f"{secret!r} not found"
    assert all(span.category == "secret" for span in spans)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tomas: what's the gate code at the depot?\nAnke: same as before\nTomas: I forgot\nAnke: 6083 then the green "
         "button", "6083"),
        ("Lea: hälytyskoodi vaihtui, mikä se nyt on?\nMarko: \"7 2 9 1\" ja risuaita\nLea: kiitos", "7 2 9 1"),
    ],
)
def test_a_code_opening_a_reply_in_a_thread_about_a_code_is_redacted(text: str, code: str) -> None:
    assert code in neighbourhood_values(text)


def test_a_found_value_is_doubtful_so_an_audit_does_not_report_it() -> None:
    text = "I can't log in to the booking system. Could it be Pinecone44 after the reset?"
    spans = credential_neighbourhood_spans(text, text.lower(), [])
    assert [text[span.start:span.end] for span in spans] == ["Pinecone44"]
    assert all(span.score == DOUBTFUL_SCORE for span in spans)


@pytest.mark.parametrize(
    "text",
    [
        # versions, products, regions, files and identifiers near a credential word
        "After the upgrade to Python 3.12 the login page of app2 breaks for iPhone15 users on RTX4090 laptops.",
        "Password reset mails go through europe-north1; see report2024.pdf and the FIDO2-Schlüssel rollout.",
        "The login handler calls getUser2 and validateToken3 before the session:user:7781 key is read.",
        # the login of an account, not its password
        "Please reset the password for user jsmith42, he is locked out.",
        "Benutzer tekniker7, das Passwort liegt im Schrank.",
        # a list item's login before its separator
        "Logins for the front desk:\n- frontdesk3 : (ask the manager)\n",
        # a key-value block is no conversation: a number after a field is the field's
        "Error code: E-2231\nTimeout: 3000\nRetries: 4\n",
        # a sentence that says its values are examples of passwords
        "Weak passwords such as Autumn2025 or Welcome1! are rejected by the login form.",
        "Das Passwort ist zu schwach, z.B. Sonne2024 wird abgelehnt.",
        # a thread whose reply holds no code
        "Ana: what's the wifi password here?\nBo: ask reception\nAna: ok",
    ],
)
def test_other_tokens_near_credential_words_are_left(text: str) -> None:
    assert neighbourhood_values(text) == []


def test_the_neighbourhood_ends_at_its_paragraph() -> None:
    text = "Reset your password in the portal.\n\nRelease notes: the build agent2024 image moved."
    assert neighbourhood_values(text) == []


def test_only_prose_is_read_for_shapes_near_credential_words() -> None:
    text = "# login helpers\nretry_login(attempts=3)\nclient = Client(region='eu')\nlabel = 'Harbor2031'\n"
    assert not covering(text, "Harbor2031", kind="code") or "Harbor2031" not in neighbourhood_values(text)


@pytest.mark.parametrize(
    ("value", "picked"),
    [("heronpond77", True), ("Kranich&Mohn8", True), ("kestrel-guest-26", True), ("RTX4090", False),
     ("ssh-ed25519", False), ("base64-encoded", False), ("3f2a9c1d-77aa-4b1e-9c0d-1a2b3c4d5e6f", False),
     ("Wonderful!", False), ("svc_backup2", False), ("$DB_PASS1", False)],
)
def test_the_shape_of_a_password_a_person_picks(value: str, picked: bool) -> None:
    assert picked_by_a_person(value) is picked


# ----------------------------------------------------------------------------------------- typed_credentials.py
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("cy.get('[data-cy=pass]').type('river stone 12')", "river stone 12"),
        ("cy.get('#pwd')\n  .clear()\n  .type('Fjord#Ledge5{enter}')", "Fjord#Ledge5"),
        ("await page.fill('input[name=\"password\"]', 'Lantern_Gull9');", "Lantern_Gull9"),
        ("await page.getByLabel('Contraseña').fill('tortuga-verde-3');", "tortuga-verde-3"),
        ("driver.find_element(By.ID, \"userPassword\").send_keys(\"amber-quay\")", "amber-quay"),
        ("fill_in 'Mot de passe', with: 'CanardBleu!4'", "CanardBleu!4"),
        ("Input Password    id=pw    Moss0tter", "Moss0tter"),
        ("./mirror.sh --host files.example -u bkp_agent -p saffron --quiet", "saffron"),
        ("mqtt-cli pub -h broker -u meter17 -P 'W4ttH0ur!' -t power", "W4ttH0ur!"),
    ],
)
def test_a_value_typed_into_a_password_field_or_after_a_user_flag_is_redacted(text: str, secret: str) -> None:
    assert secret in [text[span.start:span.end] for span in typed_password_spans(text, [])]
    assert covering(text, secret, kind="code")


@pytest.mark.parametrize(
    "text",
    [
        "cy.get('#username').type('olga.s')",
        "driver.find_element(By.NAME, 'passport').send_keys('X1234567')",
        "await page.fill('#password', process.env.E2E_PASSWORD);",
        "field(\"password\").typeText(env[\"E2E_PW\"]!)",
        "cy.get('#pass').type('{selectall}{backspace}')",
        "ssh -l admin -p 2222 bastion.example",
        "docker run -u 1000 -p 8080:80 nginx",
        "psql -U reporting -p 5432 -d sales",
        "mirror.sh -u bkp_agent -p \"$MIRROR_PASSWORD\"",
    ],
)
def test_selectors_keys_ports_and_variables_are_no_typed_password(text: str) -> None:
    assert list(typed_password_spans(text, [])) == []


@pytest.mark.parametrize(
    ("selector", "names"),
    [("#pass", True), ("input[name=\"passwd\"]", True), ("Passwort", True), ("[data-test=loginPwd]", True),
     ("#passport", False), ("#user", False), ("#passenger-count", False)],
)
def test_a_selector_names_a_password_field_in_any_language_and_naming_style(selector: str, names: bool) -> None:
    assert names_a_password_field(selector) is names
