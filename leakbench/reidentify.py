"""Re-identification score: can what reached the wire still single out the person described?

The attacker knows the generated population (as an insider or a data broker
would know an org chart). They read every attribute value that survives in
the outgoing text, keep the members consistent with all of them, and guess one
of those at random. The score is the probability that the guess is the
subject: 1/|candidates| if the subject is a candidate, else 0.

The attacker also knows redactor's generalization hierarchies (the code is
public): a coarsened value still narrows the candidates. "North America"
leaves the members of the Denver, Austin, Toronto and Seattle offices; "the
2010s" those who joined in 2010-2019; "leader" the VPs, directors and heads.
For each attribute value of the population, its generalized forms at every
level (`redactor.stages.generalize.Generalizer` applied to the value) are
looked up in the text like the value itself; an attribute seen only in
generalized form allows every value with that form. An exact value wins over
generalized forms of the same attribute.
"""
from __future__ import annotations

import re
from functools import lru_cache

from leakbench.metrics import strip_placeholders
from leakbench.population import ATTRIBUTES, Population

# Generalized forms shorter than this ("a", "with") say nothing an attacker can use.
_MIN_FORM_LENGTH = 4


@lru_cache(maxsize=8)
def _attribute_patterns(population: Population) -> dict[str, re.Pattern]:
    patterns = {}
    for attribute in ATTRIBUTES:
        values = sorted(population.values(attribute), key=len, reverse=True)
        patterns[attribute] = _alternatives(values)
    return patterns


@lru_cache(maxsize=8)
def _generalized_forms(population: Population) -> dict[str, tuple[re.Pattern, dict[str, set[str]]]]:
    """attribute -> (pattern of its values' generalized forms, form (casefolded) -> values with it)."""
    from redactor.stages.generalize import Generalizer

    generalizers = [Generalizer(level) for level in (1, 2, 3)]
    result = {}
    for attribute in ATTRIBUTES:
        forms: dict[str, set[str]] = {}
        for value in population.values(attribute):
            for generalizer in generalizers:
                form = generalizer.generalize(value).strip(" .")
                form = re.sub(r"^(?:an?|the)\s+", "", form, flags=re.I)
                if len(form) >= _MIN_FORM_LENGTH and form.casefold() != value.casefold():
                    forms.setdefault(form.casefold(), set()).add(value)
        if forms:
            result[attribute] = (_alternatives(sorted(forms, key=len, reverse=True)), forms)
    return result


def _alternatives(values: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(value) for value in values)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def observed_attributes(text: str, population: Population, hierarchy_aware: bool = True) -> dict[str, set[str]]:
    """Attribute values of the population consistent with `text` (placeholders removed)."""
    text = strip_placeholders(text)
    canonical = {attribute: {value.casefold(): value for value in population.values(attribute)}
                 for attribute in ATTRIBUTES}
    observed: dict[str, set[str]] = {}
    for attribute, pattern in _attribute_patterns(population).items():
        found = {canonical[attribute][match.group(0).casefold()] for match in pattern.finditer(text)}
        if found:
            observed[attribute] = found
    if hierarchy_aware:
        for attribute, (pattern, forms) in _generalized_forms(population).items():
            if attribute in observed:
                continue
            allowed = set().union(*(forms[match.group(0).casefold()] for match in pattern.finditer(text)))
            if allowed:
                observed[attribute] = allowed
    return observed


def reidentification_probability(observed: dict[str, set[str]], population: Population, subject: str) -> float:
    """Chance that a uniform guess among the consistent members is the subject."""
    candidates = population.matching(observed)
    if not any(member.id == subject for member in candidates):
        return 0.0
    return 1.0 / len(candidates)


def reidentify(texts: list[str], population: Population, subject: str) -> float:
    return reidentification_probability(observed_attributes("\n".join(texts), population), population, subject)
