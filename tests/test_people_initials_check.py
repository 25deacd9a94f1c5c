"""Check set for initials in a person's place (people_initials.py), written after the code and not tuned on.

The dev set is tests/test_people_initials_dev.py (its engine fixture and wire_values helper are shared).
"""
from __future__ import annotations

import pytest

from tests.test_people_initials_dev import engine, wire_values  # noqa: F401  (the fixture)

FOUND = [
    ("Controlled drugs register\n14/05 22:10 Morphine 10mg x1 administered by SL\n", ["SL"]),
    pytest.param("14/05 22:10 Morphine 10mg x1 witnessed by GH\n", ["GH"], marks=pytest.mark.xfail(
        reason="known limit: initials that are an acronym of the lists (GH: GitHub) stay, recall lost for precision")),
    pytest.param("Stock take complete, counted by A.B. and checked by M.R.", ["A.B", "M.R"], marks=pytest.mark.xfail(
        reason="known limit: dotted initials are filtered like bare ones (AB, MR stand for something)")),
    ("Reviewer\tStatus\tComment\nD Okafor\tapproved\tfine\nS NAKAMURA\trejected\tneeds tests\n",
     ["D Okafor", "S NAKAMURA"]),
    ("Invoice 4471 paid 02/06.\nInitials: RWD", ["RWD"]),
    pytest.param("Ok, pushed the fix to staging, please have a look.\n-- TB", ["TB"], marks=pytest.mark.xfail(
        reason="known limit: TB is an acronym of the lists")),
    ("[09:14] AK: doors open at ten\n[09:15] LM: I'll bring the float\n[09:20] AK: great\n", ["AK"]),
    pytest.param("[09:14] AK: doors open at ten\n[09:15] LM: I'll bring the float\n[09:20] AK: great\n", ["LM"],
                 marks=pytest.mark.xfail(reason="known limit: LM is an acronym of the lists (language model)")),
    ("12/03/2024, 09:14 - TN: running late\n12/03/2024, 09:15 - GW: np\n12/03/2024, 09:16 - TN: 10 min\n",
     ["TN", "GW"]),
    pytest.param("Cheers,\nJK", ["JK"], marks=pytest.mark.xfail(reason="known limit: 'jk' is a common word")),
]
STAY = [
    ("2024-05-01 10:00:01 DB: slow query\n2024-05-01 10:00:02 UI: render\n2024-05-01 10:00:03 DB: ok\n",
     ["DB", "UI"]),
    ("Release notes approved by PM and signed off by CTO.", ["PM", "CTO"]),
    ("Results reviewed by NHS England, seen by GP practices.", ["NHS", "GP"]),
    ("Thanks,\nUS team", ["US"]),
    ("Data issued by ONS on 3 May.", ["ONS"]),
    pytest.param("step,owner\nbuild,CI\ndeploy,SRE\n", ["CI", "SRE"], marks=pytest.mark.xfail(
        reason="known, before this change: the login column rules read an owner column's short cells as logins")),
]


@pytest.mark.parametrize("text, people", FOUND)
def test_check_initials_in_a_persons_place_are_redacted(engine, text, people):  # noqa: F811
    found = wire_values(engine, text)
    for person in people:
        assert any(person in value for value in found), (person, found)


@pytest.mark.parametrize("text, acronyms", STAY)
def test_check_acronyms_in_a_persons_place_stay(engine, text, acronyms):  # noqa: F811
    found = wire_values(engine, text)
    for acronym in acronyms:
        assert acronym not in found, (acronym, found)
