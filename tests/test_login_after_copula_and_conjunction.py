"""A login named after a copula ("mi usuario es X") is a whole clause's complement: the clause may end at a
conjunction that starts the next item ("... es lfernandez y mi DNI ..."), not only at punctuation.

Round 24: the model had tagged "es <login>" as a lower-case person, which hid that the login rule stopped at the
conjunction; a precision fix refused that person and the login went out. The rule now ends the clause at a
conjunction too; a word followed by more of its own clause ("es responsable de") still stays.
"""
from __future__ import annotations

import pytest

from redactor.detect.login_cues import find_cued_logins


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_cued_logins(text, text.lower())]


@pytest.mark.parametrize("text, login", [
    # dev forms, written before the change
    ("Mi usuario es lfernandez y la contraseña no funciona.", "lfernandez"),
    ("Mon identifiant est jdupontel et mon badge ne marche plus.", "jdupontel"),
    ("Mein Benutzer ist kschwarzer und das Passwort ist abgelaufen.", "kschwarzer"),
    # check forms, written after it
    ("O meu usuário é apereirinha e o e-mail não chega.", "apereirinha"),
    ("Il mio utente è gbianchetti e non riesco a entrare.", "gbianchetti"),
])
def test_a_login_after_a_copula_ends_at_a_conjunction(text, login):
    assert login in _found(text)


@pytest.mark.parametrize("text", [
    "Mi usuario es responsable de la cuenta y del acceso.",
    "El usuario es nuevo y no tiene permisos.",
])
def test_a_word_that_continues_its_clause_is_no_login(text):
    assert _found(text) == []
