"""One organisation in two syntaxes of a text is a name (org_spellings.py); found names keep their joined spellings.

Forms written for this module (round 33), none copied from a corpus: an enum member and its slug value with a
comment that names the firm, a tenant list and a comment, a key and a mailbox domain, a feature-flag constant and
its slug; and the code vocabulary that must stay (`LOG_LEVEL = "log-level"`, "Dark Mode" and `dark-mode-toggle`).
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.org_spellings import corroborated_spellings, name_without_edge_numbers
from redactor.detect.organisation_parts import organisation_parts


def _found(text: str) -> set[str]:
    spans = list(corroborated_spellings(text, "test"))
    assert all(span.kind == "ORGANIZATION" and span.score == DOUBTFUL_SCORE for span in spans)
    return {text[span.start:span.end] for span in spans}


@pytest.mark.parametrize("text, names", [
    # an identifier that continues a capitalised run of a comment ("what the firm is" added)
    ('class Client(Enum):\n    GREY_OTTER_KENNELS = "grey-otter-kennels"\n# Grey Otter wants PDFs by mail\n',
     {"GREY_OTTER_KENNELS", "grey-otter-kennels", "Grey Otter"}),
    ('PILOTS = ["amberfield-dairy", "north-quay"]\n// ask Amberfield before the rollout\n',
     {"amberfield-dairy", "Amberfield"}),
    # the same coined words in two identifier syntaxes
    ('WOLSTANTON_FREIGHT = "wolstanton-freight"\n', {"WOLSTANTON_FREIGHT", "wolstanton-freight"}),
    ('const FLAG_FAST_LANE_FOR_ZERAVEK_TILES = "fast-lane-zeravek-tiles"\n', {"ZERAVEK_TILES", "zeravek-tiles"}),
    # a slug whose words run together are a mailbox's domain
    ("accounts:\n  pebble-lane-bakery:\n    billing: ap@pebblelanebakery.co.uk\n", {"pebble-lane-bakery"}),
])
def test_a_name_written_in_two_syntaxes_is_a_doubtful_organisation(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    'class Level(Enum):\n    LOG_LEVEL = "log-level"\n    DARK_BLUE = "dark-blue"\n',  # dictionary words only
    "# enable Dark Mode in the settings\nTOGGLES = ['dark-mode-toggle']\n",  # interface words ("Dark" is frequent)
    'SEND_EMAIL = "send-email"\n# Send Email to the user\n',
    "# Retry Policy applies\nretry-policy-settings: {}\n",  # tech terms
    'REACT_ROUTER = "react-router"\n',  # software names
    "Use the Fast Lane for urgent jobs; fast-lane is the queue.\n",  # equal words, all common: a feature's name
])
def test_code_vocabulary_in_two_syntaxes_stays(text):
    assert _found(text) == set()


def test_a_found_name_keeps_its_joined_spellings_when_the_finding_took_in_a_year():
    assert name_without_edge_numbers("2024 Pellworth Robotics Inc.") == "Pellworth Robotics Inc."
    assert "pellworthrobotics" in organisation_parts("2024 Pellworth Robotics Inc.")
    assert name_without_edge_numbers("Route 66 Diner") == "Route 66 Diner"  # a number inside is the name's


def test_a_rare_town_name_of_a_firm_spreads_but_a_city_written_often_does_not():
    # "Quillon" is a Chilean town in the gazetteer; English hardly writes it, so it is the firm's word here.
    assert "Quillon" in organisation_parts("Quillon Data Services")
    assert organisation_parts("Berlin Logistics GmbH") == ()
