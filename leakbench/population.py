"""A generated population of employees, the ground truth for implicit-identity samples.

Each member has quasi-identifying attributes (organisation, office, role,
gender, when they joined, a relationship or distinctive fact) and no name.
implicit_identity samples describe one member by a combination of attributes
that is unique in the population; `leakbench.reidentify` later asks which
members still match what reached the wire.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from leakbench.org_profile import OrgProfile, generate_org

# Attribute name -> how it is written in text. Surface forms are exactly what
# the implicit_identity templates render, so re-identification can find them.
ATTRIBUTES = ("org", "office", "role", "gender", "joined", "joined_year", "relation")

_OFFICES = ["Denver", "Austin", "Lisbon", "Toronto", "Dublin", "Singapore", "Seattle", "Krakow",
            "Nairobi", "Melbourne"]
_DEPARTMENTS = ["engineering", "sales", "finance", "legal", "marketing", "design", "customer support",
                "data science", "security", "operations"]
# (title, weight): senior titles are rare, which is what makes people identifiable.
_TITLES = [("VP of", 1), ("director of", 2), ("head of", 2), ("principal in", 3), ("team lead in", 8),
           ("senior analyst in", 14), ("associate in", 20), ("intern in", 6)]
_GENDERS = [("female", 45), ("male", 50), ("non-binary", 5)]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_RELATIONS = [
    "reports directly to the CFO", "is married to someone on the board", "mentors the interns",
    "is the union representative", "was the very first hire", "came back after a long sabbatical",
    "chairs the diversity council", "sits on the pension committee", "left and rejoined last year",
    "runs the internal chess league", "was promoted twice in one year", "is on long-term leave",
    "organises the annual hackathon", "is the fire warden on the third floor",
]


@dataclass(frozen=True)
class Member:
    id: str
    org: str
    office: str
    role: str
    gender: str
    joined: str  # "March 2019"
    relation: str

    @property
    def joined_year(self) -> str:
        return self.joined.split()[-1]

    def attribute(self, name: str) -> str:
        return getattr(self, name)


@dataclass(eq=False)  # hashed by identity, so per-population caches work
class Population:
    members: list[Member]
    orgs: list[str]

    def by_id(self, member_id: str) -> Member:
        return self._index[member_id]

    def __post_init__(self) -> None:
        self._index = {member.id: member for member in self.members}

    def values(self, attribute: str) -> set[str]:
        return {member.attribute(attribute) for member in self.members}

    def matching(self, constraints: dict[str, set[str]]) -> list[Member]:
        """Members whose value for every constrained attribute is one of the allowed values."""
        return [member for member in self.members
                if all(member.attribute(name) in allowed for name, allowed in constraints.items())]


def _weighted(rng: random.Random, options: list[tuple[str, int]]) -> str:
    return rng.choices([name for name, _ in options], weights=[weight for _, weight in options])[0]


def generate_population(seed: int, org: OrgProfile, size: int = 1200, other_orgs: int = 3) -> Population:
    rng = random.Random(f"population:{seed}")
    orgs = [org.name] + [generate_org(seed, other=index + 1).name for index in range(other_orgs)]
    orgs = list(dict.fromkeys(orgs))
    members = []
    for index in range(size):
        title = _weighted(rng, _TITLES)
        members.append(Member(
            id=f"M{index:05d}",
            org=orgs[0] if rng.random() < 0.55 else rng.choice(orgs[1:] or orgs),
            office=rng.choice(_OFFICES),
            role=f"{title} {rng.choice(_DEPARTMENTS)}",
            gender=_weighted(rng, _GENDERS),
            joined=f"{rng.choice(_MONTHS)} {rng.randint(2010, 2024)}",
            relation=rng.choice(_RELATIONS),
        ))
    return Population(members, orgs)
