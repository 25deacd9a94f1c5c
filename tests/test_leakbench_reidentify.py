"""leakbench re-identification: the attacker reads exact values and, knowing the hierarchies, generalized ones."""
from __future__ import annotations

import pytest

from leakbench.population import Member, Population
from leakbench.reidentify import observed_attributes, reidentify


def member(index: int, office: str, role: str, joined: str) -> Member:
    return Member(f"M{index}", "Zentrix", office, role, "female", joined, "mentors the interns")


@pytest.fixture(scope="module")
def population():
    return Population([member(1, "Denver", "VP of engineering", "March 2019"),
                       member(2, "Austin", "VP of sales", "May 2015"),
                       member(3, "Lisbon", "VP of engineering", "June 2019"),
                       member(4, "Denver", "intern in design", "April 2019")], ["Zentrix"])


def test_an_exact_description_singles_out_its_subject(population):
    assert reidentify(["the VP of engineering in our Denver office"], population, "M1") == 1.0


def test_generalized_values_still_narrow_the_candidates(population):
    observed = observed_attributes("a leader in our North America office who joined in the 2010s", population)
    assert observed["office"] == {"Denver", "Austin"}
    assert reidentify(["a leader in our North America office"], population, "M1") == 0.5


def test_an_attacker_blind_to_the_hierarchies_sees_nothing_in_generalized_text(population):
    assert observed_attributes("a leader in our North America office", population, hierarchy_aware=False) == {}


def test_nothing_identifying_leaves_every_member_a_candidate(population):
    assert reidentify(["please review the attached plan"], population, "M1") == 0.25
