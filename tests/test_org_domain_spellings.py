"""An organisation's name in words that spells a domain of the same text (org_domain_spellings.py).

- A run of two capitalised words or more (or one with an inner capital) whose joined letters are a domain's label of
  an e-mail, a link or a `www.` name in the text is a doubtful organisation, whatever its words.
- Connectors ("&", "and", "of") and accents fold away; a public mail provider's label and a run that spells only a
  part of the label give nothing.
Forms written for these tests, in other layouts and languages than the corpus that showed the class.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.org_domain_spellings import names_spelled_by_domains


def _names(text: str) -> list[str]:
    spans = list(names_spelled_by_domains(text, "test"))
    assert all(span.kind == "ORGANIZATION" and span.score == DOUBTFUL_SCORE for span in spans)
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, name", [
    ("Reply-To: bookings@oldmillpottery.ie\n\nOld Mill Pottery will fire the tiles by Friday.", "Old Mill Pottery"),
    ("Offerte van Kees <kees@groenedijkbouw.nl>: Groene Dijk Bouw rekent 4.200 euro.", "Groene Dijk Bouw"),
    ("Portal: https://portal.fox-and-hound-vets.co.uk/clients — Fox and Hound Vets, Hebden Bridge", "Fox and Hound Vets"),
    ("Siehe www.müllerbäckerei.de? Nein: www.sonnenhofkaese.de — Sonnenhof Käse liefert Dienstag.", "Sonnenhof Käse"),
    ("cc: ap@redkitecrane.com.au | Red Kite & Crane invoice 118 is overdue", "Red Kite & Crane"),
    ("signed up via hello@paperlantern.studio, the PaperLantern team replied", "PaperLantern"),
])
def test_a_run_spelling_the_domain_is_the_organisation(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Mail Jo at jo.winter@gmail.com; Gmail Support never answered.",  # a public provider is no one's employer
    "From: sales@northbridgeanalytics.com\nNorth Bridge is closed for repairs.",  # a part of the label only
    "Our Kestrel Valley office moved; see https://kestrelvalley.example.org/news",  # (the label is `example`)
    "Kestrel Valley Farm opened a shop.",  # no domain in the text
])
def test_no_domain_spelled_no_finding(text: str) -> None:
    assert _names(text) == []
