"""Password columns under headers of any language, and the password half of `login/password` pairs in prose."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secret_columns import names_password_column
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def _found(text: str) -> dict[str, str]:
    return {text[span.start:span.end]: span.kind for span in DETECTOR.detect(DetectionInput(text, "prose"))}


@pytest.mark.parametrize("text, password", [
    ("nombre;contraseña;rol\nana;girasol88;admin\n", "girasol88"),
    ("login,mot de passe\njdupont,chat-noir-7\n", "chat-noir-7"),
    ("user | hasło\nnowak | kotek12\n", "kotek12"),
    ("логин,пароль\nivanov,medved55\n", "medved55"),
    ("用户,密码\nwang,panda88\n", "panda88"),
    ("Benutzer;Neues Kennwort\nkmueller;Herbst#12\n", "Herbst#12"),
    ("host\tuser\tpassword\nsrv1\troot\t1234#\n", "1234#"),
])
def test_cells_under_a_password_header_of_any_language_are_passwords(text, password):
    assert _found(text).get(password) == "PASSWORD"


@pytest.mark.parametrize("label, names", [
    ("Contraseña", True), ("Mot de passe", True), ("Neues Kennwort", True), ("пароль", True),
    ("password reset", False), ("password hash", False), ("Rolle", False),
])
def test_a_header_names_a_password_column_by_its_last_words(label, names):
    assert names_password_column(label) is names


def test_a_column_about_a_password_or_of_placeholders_holds_none():
    assert _found("user,password reset\nops,yes\n") == {}
    assert _found("user,password_changed_at\nops,2024-01-02\n") == {}


@pytest.mark.parametrize("text, password", [
    ("creds are ops/2719 for the kiosk", "2719"),
    ("sign in with deploy/Harbor7 then run the job", "Harbor7"),
])
def test_the_password_half_of_a_pair_in_a_credential_sentence(text, password):
    assert _found(text).get(password) == "PASSWORD"


@pytest.mark.parametrize("text", [
    "login at 10:30 with TCP/IP on ipv4/ipv6",
    "the login is user/password based, and/or SSO",
    "creds: admin/<password> or ops/****",
    "the password for ops/item/2719 is in the vault",
    "login page: see item/3 in the list",
])
def test_word_pairs_paths_and_placeholders_in_a_credential_sentence_are_no_password(text):
    assert not any(kind == "PASSWORD" for kind in _found(text).values())
