"""The conversation's label table and the re-check of settled texts give what a from-scratch pass gives.

A conversation's propagation labels are extended turn by turn (ConversationLabels)
rather than rebuilt from every settled text and known value; these tests grow
random conversations and compare each turn's labels with the v0.1 computation
(kept here as the reference), and check that the few-value search finds every
text the automaton finds.
"""
from __future__ import annotations

import random

from redactor.detect.base import Span
from redactor.detect.engine import (ConversationLabels, DetectionEngine, SettledText, _FEW_VALUES_MAX,
                                    _LabelClasses, _LabelSources, _Search, _ValueFinder, _case_blind)
from redactor.policy import parse_policy

_WORDS = ["Lighthouse", "Jeffery Ruiz", "Ann", "Mara Lindqvist", "Orion", "ACME", "lighthouse",
          "Kestrel", "Jeffery", "Ruiz", "orion-api", "db-prod-7", "Priya Natarajan", "Kestrel Labs"]
_KINDS = ["PERSON", "ORGANIZATION", "PROJECT", "SERVICE", "HOSTNAME", "EMAIL"]


def _engine() -> DetectionEngine:
    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    return DetectionEngine(policy, [])


def _reference_labels(engine: DetectionEngine, found: list[_LabelSources], known: dict[str, str]) -> dict[str, Span]:
    """The labels as v0.1 built them: every source of the conversation, every request."""
    labels: dict[str, Span] = {}
    parts: dict[str, Span] = {}
    for sources in [*found, *(engine._known_value_sources(value, kind) for value, kind in known.items())]:
        for value, label in sources.values:
            labels.setdefault(value, label)
        for part, label in sources.name_parts:
            parts.setdefault(part, label)
    for part, label in parts.items():
        labels.setdefault(part, label)
    for value, label in list(labels.items()):
        if _case_blind(value, label):  # which values go in every letter case is the engine's rule, not the table's
            for variant in (value.lower(), value.upper(), value.capitalize()):
                labels.setdefault(variant, label)
    return labels


def _random_sources(rng: random.Random) -> _LabelSources:
    values = tuple((rng.choice(_WORDS), Span(0, 0, rng.choice(_KINDS), "pii", rng.choice([0.8, 1.0]),
                                            rng.choice(["org", "ner", "propagation"])))
                   for _ in range(rng.randint(0, 3)))
    parts = tuple((rng.choice(_WORDS), Span(0, 0, "PERSON", "pii", 1.0, "propagation"))
                  for _ in range(rng.randint(0, 2)))
    return _LabelSources(values, parts)


def test_labels_extended_turn_by_turn_equal_labels_rebuilt_from_the_whole_history():
    engine = _engine()
    for seed in range(60):
        rng = random.Random(seed)
        table = ConversationLabels()
        settled: list[SettledText] = []
        known: dict[str, str] = {}
        for _turn in range(25):
            if rng.random() < 0.1 and settled:
                settled[rng.randrange(len(settled))] = SettledText("x", _random_sources(rng), None, ())  # refreshed
            settled.extend(SettledText("x", _random_sources(rng), None, ()) for _ in range(rng.randint(0, 3)))
            if rng.random() < 0.1:
                known = dict(reversed(list(known.items())))  # a vault listing in another order
            for _ in range(rng.randint(0, 2)):
                known.setdefault(rng.choice(_WORDS), rng.choice(_KINDS))
            request = [_random_sources(rng) for _ in range(rng.randint(0, 2))]
            expected = _reference_labels(engine, [*(text.sources for text in settled), *request], known)
            assert engine._labels(request, known, settled, table) == expected
            assert engine._labels(request, known, settled) == expected  # without a table: the same


def test_a_few_new_values_are_found_in_every_text_the_automaton_finds_them_in():
    rng = random.Random(7)
    alphabet = "ab cJ-_.\n"
    for _ in range(300):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(1, 8))]
        values = {"".join(rng.choice("abcJ") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        few = _ValueFinder(values).texts_with_matches(texts)
        many = _ValueFinder([*values, *(f"zz{i}" for i in range(_FEW_VALUES_MAX))]).texts_with_matches(texts)
        assert few == many
        # Either way, every text a value occurs in is among them (a joined match may add one more).
        assert {i for i, text in enumerate(texts) if any(value in text for value in values)} <= few


class _NamesAndEmails:
    """Finds a fixed set of full names (PERSON) and `@example.org` addresses (EMAIL)."""

    name = "names"

    def detect(self, item):
        import re

        found = [Span(m.start(), m.end(), "EMAIL", "pii", 0.9, self.name)
                 for m in re.finditer(r"[a-z]+@example\.org", item.text)]
        found += [Span(m.start(), m.end(), "PERSON", "pii", 0.9, self.name)
                  for m in re.finditer(r"(?:Mara Lindqvist|Jeffery Ruiz|Priya Natarajan|Tomas Berg)(?= said)", item.text)]
        return found


_VOCABULARY = ["the", "build", "Mara Lindqvist said", "Jeffery Ruiz said", "Priya Natarajan said", "Tomas Berg said",
               "Mara", "Ruiz", "Natarajan", "Berg", "ping ann@example.org", "bob@example.org", "ann@example.org",
               "Lindqvist", "deploy", "Jeffery", "tests pass."]


def test_settled_history_is_redacted_as_a_from_scratch_pass_would_or_the_request_is_redone():
    from redactor.detect.engine import SettledTextChanged
    from redactor.segments import Segment

    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    changed = reused = 0
    for seed in range(25):
        rng = random.Random(seed)
        engine = DetectionEngine(policy, [_NamesAndEmails()])
        table = ConversationLabels()
        texts: list[str] = []
        memo: dict[int, tuple[SettledText, list[Span]]] = {}
        known: dict[str, str] = {}
        for _turn in range(15):
            texts.append(" ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(2, 9))))
            fresh = DetectionEngine(policy, [_NamesAndEmails()]).detect([Segment(t) for t in texts], dict(known))
            new = [i for i in range(len(texts)) if i not in memo]
            try:
                spans, settlements = engine.detect_settling(
                    [Segment(texts[i]) for i in new], dict(known),
                    settled=[memo[i][0] for i in sorted(memo)], conversation_labels=table)
                for i in sorted(memo):
                    assert memo[i][1] == fresh[i], "a settled text would now be redacted differently"
                reused += 1
            except SettledTextChanged:
                changed += 1
                new = list(range(len(texts)))
                spans, settlements = engine.detect_settling([Segment(t) for t in texts], dict(known),
                                                            conversation_labels=table)
            for i, text_spans, settlement in zip(new, spans, settlements):
                assert text_spans == fresh[i]
                memo[i] = (settlement, text_spans)
            for i, text in enumerate(texts):
                for span in fresh[i]:
                    known.setdefault(text[span.start:span.end], span.kind)
    assert changed and reused  # both paths ran


# -- the classes of label values (how each is searched), extended turn by turn ------------------------------

_PEOPLE = ["Marta Kowalczyk", "Jane Okonkwo", "Rose Baker", "Tomasz Wierzbicki", "Priya Raghunathan"]


def _classes_from_scratch(labels: dict[str, Span]) -> tuple[frozenset[str], ...]:
    classes = _LabelClasses.of(labels)
    return classes.in_identifiers, classes.identifier_pieces, classes.name_pieces, classes.proper_nouns


def _classes_of(labels: dict[str, Span], table: ConversationLabels) -> tuple[frozenset[str], ...]:
    search = _Search(labels, table)
    return search._in_identifiers, search._identifier_pieces, search.name_pieces, search.proper_nouns


def test_a_conversation_that_learns_a_person_per_turn_classifies_its_values_as_from_scratch():
    # Dev set: the labels a support conversation grows, a new person (with their name's parts,
    # identifier forms and variants) and a project per turn, as the engine derives them.
    engine = _engine()
    table = ConversationLabels()
    known: dict[str, str] = {}
    for turn, person in enumerate(_PEOPLE * 3):
        known.setdefault(person, "PERSON")
        known.setdefault(f"Project{turn}x", "PROJECT")
        known.setdefault(f"{person.split()[0].lower()}@northwind-labs.io", "EMAIL")
        labels = engine._labels([], known, (), table)
        assert _classes_of(labels, table) == _classes_from_scratch(labels)
        assert table.classes is not None and table.classes.labels is labels


def test_a_value_whose_label_changes_is_classified_by_its_new_label():
    # "Baker" first a part of a found name that is an ordinary word (only as a proper noun), then found as
    # a person's name of its own: it must leave the proper nouns and join the identifier pieces.
    table = ConversationLabels()
    proper_noun = Span(0, 0, "PERSON", "pii", 0.6, "propagation-proper-noun")
    first = {"Rose Baker": Span(0, 0, "PERSON", "pii", 1.0, "propagation"), "Baker": proper_noun}
    assert "Baker" in _classes_of(first, table)[3]
    second = {**first, "Baker": Span(0, 0, "ORGANIZATION", "org", 1.0, "org")}
    assert _classes_of(second, table) == _classes_from_scratch(second)
    assert "Baker" not in _classes_of(second, table)[3]


def test_the_values_a_learned_person_adds_are_found_by_str_find_where_the_automaton_finds_them():
    # Check set: what a person learned in a turn adds (about a dozen values: few enough for str.find),
    # searched in history texts that mention them in prose, code, a log line and a branch name.
    engine = _engine()
    sources = engine._known_value_sources("Oluwaseun Halvorsen", "PERSON")
    # (Up to 15 for a new name; fewer when some of its parts were known already.)
    values = list(dict.fromkeys([value for value, _ in (*sources.values, *sources.name_parts)]))[:12]
    texts = ["Oluwaseun Halvorsen said the export job failed again.",
             "def test_oluwaseun_halvorsen_account():\n    assert load('OLUWASEUN_HALVORSEN')\n",
             "2026-11-02T10:15:03Z INFO user=ohalvorsen action=login",
             "git checkout feature/Halvorsen-rollout",
             "The nightly export job started failing after the last deploy.",
             "Done with step 4; the tests pass."]
    few = _ValueFinder(values)
    assert few._few is not None
    automaton = _ValueFinder([*values, *(f"padding{i}" for i in range(_FEW_VALUES_MAX))])
    assert few.texts_with_matches(texts) == automaton.texts_with_matches(texts)
    assert {0, 1, 3} <= few.texts_with_matches(texts)
