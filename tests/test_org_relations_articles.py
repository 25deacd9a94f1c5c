"""An article instead of a possessive before a trading party's word (redactor/detect/org_relations.py, round 20):
"the customer Harwick Timber", "der Kunde Brenner Haustechnik". Dev set of round 20; doubtful findings."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.org_relations import organisations_by_relation

NAMED = [
    ("I had a call with the customer Harwick Timber about the late delivery.", "Harwick Timber"),
    ("The vendor Calloway Print sent a revised quote this morning.", "Calloway Print"),
    ("Der Kunde Brenner Haustechnik hat die Rechnung noch nicht bezahlt.", "Brenner Haustechnik"),
    ("Laut dem Lieferanten Holzwerk Steiner liegt es am Streik.", "Holzwerk Steiner"),
    ("Le client Boulangerie Marchetti demande un avoir pour la commande 4471.", "Boulangerie Marchetti"),
    ("Il fornitore Tessuti Vallecchi non ha ancora spedito.", "Tessuti Vallecchi"),
    ("De klant Bakkerij Hoogeveen wil de levering verplaatsen.", "Bakkerij Hoogeveen"),
    ("El proveedor Suministros Ortega cambió el precio.", "Suministros Ortega"),
    ("The landlord, Greystone Lettings, has not answered.", "Greystone Lettings"),
    ("Escalated by the supplier Quarry Lane Stoneworks after the third failed delivery.", "Quarry Lane Stoneworks"),
]

LEFT = [
    "I had a call with the customer about the late delivery.",
    "The customer Support Team will reply on Monday.",
    "Use the client ID from the Settings page.",
    "The client SDK retries on HTTP 503.",
    "The client Application must send the OAuth token.",
    "The employer Identification Number is on the W-2.",
    "Configure the vendor Directory in Settings.",
    "The practice Guidelines are on the wiki.",  # not a trading party's word: the article is not enough
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_name_after_an_article_and_a_trading_party_is_a_doubtful_organisation(text: str, name: str) -> None:
    found = [(text[span.start:span.end], span.score) for span in organisations_by_relation(text, "test")]
    assert found == [(name, DOUBTFUL_SCORE)]


@pytest.mark.parametrize("text", LEFT)
def test_words_after_an_article_and_a_party_word_are_left(text: str) -> None:
    assert list(organisations_by_relation(text, "test")) == []
