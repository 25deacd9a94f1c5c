"""Re-identification score: can what reached the wire still single out the person described?

The attacker knows the generated population (as an insider or a data broker
would know an org chart). They read every attribute value that survives in
the outgoing text, keep the members consistent with all of them, and guess one
of those at random. The score is the probability that the guess is the
subject: 1/|candidates| if the subject is a candidate, else 0.
"""
from __future__ import annotations

import re
from functools import lru_cache

from leakbench.metrics import strip_placeholders
from leakbench.population import ATTRIBUTES, Population


@lru_cache(maxsize=8)
def _attribute_patterns(population: Population) -> dict[str, re.Pattern]:
    patterns = {}
    for attribute in ATTRIBUTES:
        values = sorted(population.values(attribute), key=len, reverse=True)
        alternatives = "|".join(re.escape(value) for value in values)
        patterns[attribute] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return patterns


def observed_attributes(text: str, population: Population) -> dict[str, set[str]]:
    """Attribute values of the population that occur in `text` (placeholders removed)."""
    text = strip_placeholders(text)
    canonical = {attribute: {value.casefold(): value for value in population.values(attribute)}
                 for attribute in ATTRIBUTES}
    observed: dict[str, set[str]] = {}
    for attribute, pattern in _attribute_patterns(population).items():
        found = {canonical[attribute][match.group(0).casefold()] for match in pattern.finditer(text)}
        if found:
            observed[attribute] = found
    return observed


def reidentification_probability(observed: dict[str, set[str]], population: Population, subject: str) -> float:
    """Chance that a uniform guess among the consistent members is the subject."""
    candidates = population.matching(observed)
    if not any(member.id == subject for member in candidates):
        return 0.0
    return 1.0 / len(candidates)


def reidentify(texts: list[str], population: Population, subject: str) -> float:
    return reidentification_probability(observed_attributes("\n".join(texts), population), population, subject)
