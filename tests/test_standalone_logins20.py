"""Round 20: a lower-case word written twice that another language people write in uses as a word ("el pedido ...
el pedido", "sunucu ... sunucu") is that language's word, no login; logins written twice in those languages stay."""
from __future__ import annotations

import pytest

from redactor.detect.standalone_logins import find_standalone_logins


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_standalone_logins(text)]


@pytest.mark.parametrize("text", [
    "Hola, el pedido 8812 no llegó. El cliente dice que el pedido estaba pagado; revisa el pedido por favor.",
    "Merhaba, sunucu yine çöktü. Dün gece sunucu yeniden başlatıldı ama hata devam ediyor.",
    "Hej, leveransen är försenad. Kunden frågar var leveransen är; leveransen skulle komma i tisdags.",
    "Cześć, sprawdź to jutro rano, jutro mam wolne.",
    "Buongiorno, la spedizione è partita ieri; la spedizione arriva giovedì.",
    "Olá, a encomenda foi enviada; a encomenda chega amanhã.",
    "2024-05-02 WARN (wachtrij) vol – wachtrij loopt achter",
])
def test_repeated_words_of_other_languages_are_no_logins(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, login", [
    ("Kan du låsa upp kontot för okwuosa? okwuosa kommer inte in sedan i morse.", "okwuosa"),
    ("Proszę zresetować hasło dla dvornik – dvornik nie może się zalogować od wczoraj.", "dvornik"),
    ("El usuario zyablov no puede entrar; ya reinicié la sesión de zyablov dos veces.", "zyablov"),
    ("Kan du återställa lösenordet för nkemdirim? nkemdirim har varit utelåst sedan igår.", "nkemdirim"),
    ("user,action\nvoloshyna,login\nvoloshyna,logout", "voloshyna"),
])
def test_repeated_logins_in_those_languages_stay(text, login):
    assert login in _found(text)
