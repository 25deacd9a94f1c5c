"""Round 20: a long capitalised word made of two words of a compounding language (German, Dutch, Swedish, with the
head's linking letters) is a noun of that language, no coined organisation name; coined names stay doubtful
organisations."""
from __future__ import annotations

import pytest

from redactor.detect.org_unlisted_words import unlisted_words


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in unlisted_words(text, "pii")]


@pytest.mark.parametrize("text", [
    "Die Lieferantenrechnung ist noch offen, bitte die Zahlungsfreigabe prüfen.",
    "Kannst du die Kundennummer im Bestellformular nachtragen? Die Versandbestätigung kam gestern.",
    "Der Wartungsvertrag läuft aus, bitte beim Einkauf nachfragen.",
    "Het Onderhoudscontract verloopt, de Leveringsbevestiging is binnen.",
])
def test_compound_nouns_are_no_organisations(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("Die Rechnung ging an Veltrix, nicht an die Bank.", "Veltrix"),
    ("Proszę wysłać fakturę do firmy Zeltrona do piątku.", "Zeltrona"),
    ("Die Lieferung kommt von Holzwerk am Montag.", "Holzwerk"),  # a short compound: a firm's name as often
    ("Bitte Velmora anrufen, die Lieferung fehlt.", "Velmora"),  # short pieces that happen to be words
])
def test_coined_names_stay(text, name):
    assert name in _found(text)
