"""A short letter-prefixed code alone (ids_short_codes.py): doubtful unless its prefix is public or a word of software
or of a product stands near it."""
import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_short_codes import find_short_codes


def values(text: str, segment_kind: str = "prose") -> list[str]:
    return [text[start:end] for start, end, _score in find_short_codes(text, segment_kind)]


@pytest.mark.parametrize(("text", "value"), [
    ("see KT-4471 for the scanned documents", "KT-4471"),
    ("CX-2210 has been escalated to the second tier", "CX-2210"),
    ("re: LN-88213 - documents received, thanks", "LN-88213"),
    ("Our client (DZ-4410) disputes the charge.", "DZ-4410"),
    ("| RM-3087 | pending | 2024-05-02 |\n| RM-3091 | closed | 2024-05-03 |", "RM-3091"),
    ("record,opened,status\nQP-7712,2024-03-01,open\nQP-7719,2024-03-04,closed\n", "QP-7719"),
])
def test_a_short_code_alone_is_doubtful(text, value):
    found = list(find_short_codes(text))
    assert value in values(text)
    assert all(score == DOUBTFUL_SCORE for _start, _end, score in found)


@pytest.mark.parametrize("text", [
    "see PR-4471 for the diff",  # a known program prefix
    "Can you pull up JIRA-3087? The build is red.",
    "Tracked as ADR-0012 and ADR-0013 in the docs folder.",  # a public acronym
    "Upgrade the A-320 fleet and the MD-11 freighters",  # too few digits; a product word
    '{"sku": "HX-5521", "status": "discontinued"}',  # a thing's word before it
    "Our cluster (EU-4410) failed over.",
    "Tracked in TL-5508 on the backlog; will fix next sprint.",  # software work near it
    "plan for FY-2024 and Q-2025",  # a year
    "2024-05-01 12:00:01 ERROR KT-4471 failed to sync",  # a log line
    "path /srv/KT-4471/out.txt and key=KT-4471.v2",  # glued to a path, a file name
])
def test_public_and_program_codes_stay(text):
    assert values(text) == []


def test_no_code_in_a_code_segment():
    assert values("case = 'KT-4471'", "code") == []
