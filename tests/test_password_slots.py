"""Passwords by position (password_slots.py, password_siblings.py).

A value is a password because it fills the slot of a password or PIN label, in any language and any inflection
of the label, or because it stands where a found password stands in a list of pairs. The forms here are written
for these tests (no corpus case); the clean cases talk about passwords, PINs and codes without holding one.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_slots import fills_a_password_slot, password_slot_spans
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()
AUDIT_MIN_SCORE = 0.6


def slot_values(text: str) -> list[str]:
    return [text[span.start:span.end] for span in password_slot_spans(text, text.lower(), [])]


def covering(text: str, secret: str, kind: str = "prose") -> list[Span]:
    start = text.index(secret)
    end = start + len(secret)
    return [span for span in DETECTOR.detect(DetectionInput(text, kind)) if span.start <= start and span.end >= end]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my PIN number is 4471, don't share it", "4471"),  # "number" names the PIN itself, unlike "count"
        # an inflected label (a case or article ending the vocabulary does not list)
        ("Salasanani on nyt korppi-kivi ja se vaihtuu ensi kuussa.", "korppi-kivi"),
        ("Passordene til kontoret: gravlaks2031, ikke del dem.", "gravlaks2031"),
        ("Hasłem do routera jest teraz Wierzba.Lato77 od wczoraj.", "Wierzba.Lato77"),
        # the slot several words after the label, behind a copula of the sentence's language
        ("Lösenordet till den gemensamma mappen är samma som förra året, bara nytt år: skogsmus2027.",
         "skogsmus2027"),
        ("La contraseña del portal de nóminas es pimientoverde, no la compartas.", "pimientoverde"),
        ("Het wachtwoord voor de kassa is zeehondjesoep, met kleine letters.", "zeehondjesoep"),
        # a value with a password's own shape right after the label
        ("Ticket 812: heslo Borovice.Jih42 nefunguje od pondělí.", "Borovice.Jih42"),
        ("the guest wifi password otter-harbour, printed on the router", "otter-harbour"),
        # the value alone on the line below the label
        ("Factory reset password written on the box:\n   ember-quartz-sofa\nIs that safe?", "ember-quartz-sofa"),
        # the line delimits the value as quotes do: short parts, a passphrase of words, a label with an elision
        ("Admin password printed under the NAS:\n  vel-ko-tri\nshould I change it?", "vel-ko-tri"),
        ("Passwort für den Laptop im Lager:\nTanne Kiesel Ofen 1987\nBitte nicht weitergeben.", "Tanne Kiesel Ofen 1987"),
        ("Mot de passe du poste d'accueil :\n   tulipe rouge hiver\nMerci de ne pas le noter.", "tulipe rouge hiver"),
        # a PIN label: inflected, read out digit by digit, or the last part of a key
        ("Certificatul are PIN-ul 58203 și expiră în martie.", "58203"),
        ("Tomasz: the PIN is 6 1 9 3 then the green key", "6 1 9 3"),
        ("[kiosk]\nunlock_pin = 804417\nssid = LOBBY", "804417"),
    ],
)
def test_a_value_in_the_slot_of_a_password_label_is_redacted_on_the_wire(text: str, secret: str) -> None:
    found = covering(text, secret)
    assert found, f"no span covers the value of {text!r}"
    assert all(span.kind == "PASSWORD" for span in found)


@pytest.mark.parametrize(
    "text",
    [
        "The password is incorrect, please try again.",
        "Das Passwort ist abgelaufen, bitte neu setzen.",
        "Le mot de passe est trop court.",
        "Heslo je příliš krátké.",
        "Password: required, minimum length 12.",
        "The password hash: bcrypt with cost 12.",
        "password: bcrypt",
        "Please enter your password - kubectl will prompt.",
        "The password is stored in keepass under \"Shared/Infra\".",
        "The password is the same as staging.",
        "Password for the VPN is managed by okta.",
        "Passwords are stored hashed with argon2id; the password field is nullable.",
        "The PIN must be 6 digits: 123456 is not allowed.",
        "status_code = 4040\nerror code: 50012\nzip_code: 94103",
        "pin the dependency to 2024.1",
        "Password expires: 90 days",
        "password = os.environ.get(\"DB_PASSWORD\")",
        "  password: ${DB_PASSWORD}\n  passwordFile: /run/secrets/db",
        "The password: 2024-05-01 rotation",
        "the pin count is 1024 on this package",  # a quantity of the label's thing, not its value
        "PIN attempts total: 3000 this month",
        # the line under a label that holds a sentence, a placeholder or a mask, not a value
        "New password:\nMust be at least 12 characters long\n",
        "Password:\nAsk the front desk\n",
        "Your password:\n********\n",
        "Password:\n<your password here>\n",
        "Password:\nrequired\n",
        "Mot de passe de l'utilisateur :\nvoir le coffre-fort\n",
    ],
)
def test_a_slot_holding_a_word_of_the_language_or_another_value_holds_no_password(text: str) -> None:
    assert slot_values(text) == []


def test_a_slot_value_is_doubtful_so_an_audit_does_not_report_it() -> None:
    text = "La contraseña del portal de nóminas es pimientoverde."
    spans = [span for span in password_slot_spans(text, text.lower(), [])]
    assert spans and all(span.score == DOUBTFUL_SCORE < AUDIT_MIN_SCORE for span in spans)


@pytest.mark.parametrize(
    ("value", "fills"),
    [("moonbeam-tractor", True), ("hexagonkatze", True), ("follow-up", False), ("redis-primary", False),
     ("read-only", False), ("orders", False), ("Jenkins", False), ("https://example.org/x", False),
     ("someone@example.org", False), ("os.path", False)],
)
def test_what_a_password_slot_holds_is_judged_by_the_value_s_own_form(value: str, fills: bool) -> None:
    assert fills_a_password_slot(value) is fills


