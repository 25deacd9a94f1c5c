"""implicit_identity: a person described only by quasi-identifiers (role, office, time, relationship).

No name, email or other PII token appears. Each quasi-identifier phrase is
annotated QUASI_IDENTIFIER and the sample keeps the population member it
describes (`Sample.subject`), so re-identification can be scored.
"""
from __future__ import annotations

import random

from leakbench.population import Member, Population
from leakbench.samples import AnnotatedSegment, TextBuilder, Value
from leakbench.workloads.suite import Suite

DEFAULT_COUNT = 300
QI = "QUASI_IDENTIFIER"

_OPENINGS = [
    "I need advice on handling a conflict with ",
    "Can you help me write a difficult email to ",
    "Please draft a short note to HR about ",
    "How should I give feedback to ",
    "Summarise the complaint below about ",
    "I want to nominate for an award ",
]
_CLOSINGS = [
    " They keep rescheduling our one-to-ones and I am not sure how to raise it without escalating.",
    " Several people on the team have noticed the tension in meetings and it is affecting delivery.",
    " The feedback should be constructive, specific and short, ideally three paragraphs.",
    " I want to stay professional and avoid anything that could be read as a personal attack.",
    " The project they led shipped on time despite the budget cuts, which deserves recognition.",
    " Please keep the tone neutral; this will be read by the whole review committee.",
]
# Attributes that can be mentioned, in the order they are tried.
_CANDIDATE_ATTRIBUTES = ["gender", "office", "org", "joined", "relation"]


def choose_attributes(rng: random.Random, population: Population, subject: Member) -> list[str]:
    """Role plus the fewest extra attributes (in random order) that single the subject out."""
    chosen = ["role"]
    extras = _CANDIDATE_ATTRIBUTES[:]
    rng.shuffle(extras)
    while len(population.matching({name: {subject.attribute(name)} for name in chosen})) > 1 and extras:
        chosen.append(extras.pop())
    # Sometimes say more than needed, as people do.
    if extras and rng.random() < 0.4:
        chosen.append(extras.pop())
    return chosen


def describe(builder: TextBuilder, subject: Member, attributes: list[str], rng: random.Random) -> None:
    builder.add("the ")
    if "gender" in attributes:
        builder.value(Value(subject.gender, QI)).add(" ")
    builder.value(Value(subject.role, QI))
    if "org" in attributes and "office" in attributes:
        builder.add(" at ").value(Value(subject.org, QI)).add("'s ").value(Value(subject.office, QI)).add(" office")
    elif "org" in attributes:
        builder.add(" at ").value(Value(subject.org, QI))
    elif "office" in attributes:
        builder.add(rng.choice([" in our ", " at the "])).value(Value(subject.office, QI)).add(" office")
    clauses = []
    if "joined" in attributes:
        clauses.append(("who joined in ", Value(subject.joined, QI)))
    if "relation" in attributes:
        clauses.append(("who ", Value(subject.relation, QI)))
    for number, (lead, value) in enumerate(clauses):
        builder.add(" and " if number else " ").add(lead).value(value)
    builder.add(".")


def build(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    population = suite.population
    subject = rng.choice(population.members)
    attributes = choose_attributes(rng, population, subject)
    builder = TextBuilder().add(rng.choice(_OPENINGS))
    describe(builder, subject, attributes, rng)
    builder.add(rng.choice(_CLOSINGS))
    candidates = len(population.matching({name: {subject.attribute(name)} for name in attributes}))
    return [builder.segment("user", "prose")], {"subject": subject.id, "attributes": attributes,
                                                  "candidates_in_text": candidates}
