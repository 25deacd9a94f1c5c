"""A found person's initials elsewhere in the same request name the same person (the wire only): engine.py
propagation with name_parts.name_initials. Minutes, review threads and hand-offs name people once in full and then
by initials ("JO to send the copy", "(TW)", "approved by HS"). Initials that are an acronym people write for
something else ("PR", "IT", "CI", "QA") stay. Dev set (written before the change) and check set (written after)."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect import name_parts
from redactor.policy import load_policy
from tests.wire_coverage import covered_by_one_finding


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str, role: str = "user", kind: str = "prose") -> bool:
    return covered_by_one_finding(engine, text, value, role, kind)


DEV = [
    ("Attendees: Jane Okonkwo, Tomasz Wielgosz, Farah Haddad.\n\nAction items:\n- JO to send the signed copy by "
     "Friday\n- TW: migrate the reporting job", "JO"),
    ("Attendees: Jane Okonkwo, Tomasz Wielgosz, Farah Haddad.\n\nAction items:\n- JO to send the signed copy by "
     "Friday\n- TW: migrate the reporting job", "TW"),
    ("Henrik Lindqvist reviewed the lease terms last week. The clause on repairs was flagged (HL) and is still open.",
     "HL"),
    ("Reviewer: Siobhan Gallagher\n\nComments inline below. Approved by SG on 12 March, pending the tax form.",
     "SG"),
    ("Our tutor Kwabena Asante says the child is doing well. KA thinks the reading plan should continue.", "KA"),
    ("Patient seen by Dr. Dmitri Volkov today.\n14:20 DV notes improved mobility; review in 2 weeks.", "DV"),
]

CLEAN = [
    # A person's initials that are an acronym of something else stay: pull requests, IT, CI.
    ("Priya Raghunathan opened the PR yesterday; CI is green.", "PR"),
    ("Ivan Taylor asked IT to reset the laptop.", "IT"),
    ("Carlos Ibarra fixed the CI pipeline.", "CI"),
    # Initials of no one found in the request stay.
    ("Shipping to JO warehouse by Friday, 40 pallets.", "JO"),
]


@pytest.mark.parametrize("text, value", DEV)
def test_dev_initials_of_a_found_person_are_redacted(engine, text, value):
    assert covered(engine, text, value), value


@pytest.mark.parametrize("text, value", CLEAN)
def test_initials_that_name_something_else_stay(engine, text, value):
    assert not covered(engine, text, value), value


def test_name_initials_are_the_capitals_of_the_name_words():
    assert name_parts.name_initials("Jane Okonkwo") == ("JO",)
    assert name_parts.name_initials("Maria Elena Lopez") == ("MEL",)  # "ML" is machine learning
    assert name_parts.name_initials("Jan de Vries") == ("JV",)
    assert name_parts.name_initials("Priya Raghunathan") == ()  # "PR" is a pull request
    assert name_parts.name_initials("Okonkwo") == ()  # one word: no initials


# Check set: written after the change, measured only.
CHECK = [
    pytest.param("Handover from Olamide Bankole to Rasmus Feldt.\n[09:12] RF: picked up the ticket queue\n[09:40] OB: "
                 "thanks, ping me if the refund batch fails", "OB",
                 marks=pytest.mark.xfail(strict=True, reason="known limit: OB is an acronym of the organisation list")),
    pytest.param("Interview panel: Wen Jie Tan, Sabine Oberholzer. SO prefers the second candidate; WJT to write the "
                 "summary.", "SO",
                 marks=pytest.mark.xfail(strict=True, reason="known limit: initials that are a stop word are refused")),
    ("Interview panel: Wen Jie Tan, Sabine Oberholzer. SO prefers the second candidate; WJT to write the summary.",
     "WJT"),
    ("Lease signed by Nnamdi Eze and witnessed by Gráinne Whelan.\nInitialled on each page: NE / GW", "GW"),
]

CHECK_CLEAN = [
    # Capitals that are no found person's initials stay, and so do a found person's acronyms of something else.
    ("Thanks Olamide Bankole, the OB-GYN referral is attached. The GW gateway timed out.", "GW"),
    ("Sabine Oberholzer wrote the SQL for the ETL job.", "SQL"),
]


@pytest.mark.parametrize("text, value", CHECK)
def test_check_initials_of_a_found_person_are_redacted(engine, text, value):
    assert covered(engine, text, value), value


@pytest.mark.parametrize("text, value", CHECK_CLEAN)
def test_check_capitals_that_are_no_found_persons_initials_stay(engine, text, value):
    assert not covered(engine, text, value), value
