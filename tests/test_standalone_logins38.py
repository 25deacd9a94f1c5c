"""Round 38: a word a name list holds that is first a function word of some language ("hasta", "oder", "nebo"),
written twice in a text of that language, and an initial-and-surname-shaped word that is a common word of a language
the ticket languages miss ("zwykle", "deska"), are that language's words, no logins; logins stay."""
from __future__ import annotations

import pytest

from redactor.detect.standalone_logins import find_standalone_logins


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_standalone_logins(text)]


@pytest.mark.parametrize("text", [
    "La oferta vale hasta el viernes; el descuento llega hasta un 20 por ciento.",
    "Bitte ruf an oder schreib eine Mail, oder komm morgen vorbei.",
    "Zavolej mi nebo napiš, nebo přijď zítra.",
    "Na dworcu zwykle jest tłoczno, a pociąg zwykle się spóźnia.",
    "Na stole leží dřevěná deska a vedle ní další deska.",
])
def test_function_words_and_common_words_of_other_languages_are_no_logins(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, login", [
    ("Zablokuj konto dla mtorres, mtorres nie pamięta hasła.", "mtorres"),
    ("Heslo pro dvornik nefunguje; dvornik se nemůže přihlásit.", "dvornik"),
])
def test_logins_written_in_those_languages_stay(text, login):
    assert login in _found(text)
