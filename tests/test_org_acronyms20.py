"""Round 20: an acronym that another language people write in writes often (a public body, a tax, a word written in
capitals there: "KDV", "ZUS", "INPS", "IRPF", "AOK", "KVK") is no private organisation's; coined ones stay."""
from __future__ import annotations

import pytest

from redactor.detect.org_acronyms import lone_private_acronyms


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in lone_private_acronyms(text, "pii")]


@pytest.mark.parametrize("text", [
    "Fatura KDV dahil 1.200 TL, SGK bildirgesi yarın gidecek.",
    "Składka ZUS zapłacona, skierowanie z NFZ jest w załączniku.",
    "La dichiarazione INPS è pronta, manca solo la ricevuta IMU.",
    "La retención de IRPF está mal calculada en la nómina.",
    "Die AOK hat den Antrag bestätigt.",
    "Inschrijving bij de KVK is gelukt, de WOZ waarde volgt.",
])
def test_public_acronyms_of_other_languages_are_no_organisations(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, acronyms", [
    ("Bitte das Angebot an KMT schicken, QRT hat schon zugesagt.", ["KMT", "QRT"]),
    ("Zamówienie dla PLX wysłane, HLX czeka na fakturę.", ["PLX", "HLX"]),
    ("Sipariş BRQ için hazır, TKV onay bekliyor.", ["BRQ", "TKV"]),
])
def test_private_acronyms_stay(text, acronyms):
    assert _found(text) == acronyms
