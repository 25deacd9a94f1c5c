"""A found name's parts that are ordinary words ("Baker" of "Rose Baker", of `rose.baker@…`) spread only where they
read as a proper noun: capitalised inside a sentence. Elsewhere ("Baker street", a line's first word) they stay."""
from __future__ import annotations

import re

from redactor.detect.base import DetectionInput, Span
from redactor.detect.engine import DetectionEngine
from redactor.detect.logins_of_people import common_word_names_in_login
from redactor.detect.name_parts import common_word_parts, name_parts
from redactor.policy import parse_policy
from redactor.segments import Segment


class _Listed:
    """Finds the full names and mailboxes it is given, nothing else (NER off: only propagation adds spans)."""

    name = "listed"

    def __init__(self, people: list[str]) -> None:
        self._people = people

    def detect(self, item: DetectionInput) -> list[Span]:
        spans = [Span(m.start(), m.end(), "EMAIL", "pii", 0.95, self.name)
                 for m in re.finditer(r"[\w.]+@[\w.-]+\.\w+", item.text)]
        for person in self._people:
            spans += [Span(m.start(), m.end(), "PERSON", "pii", 0.85, self.name)
                      for m in re.finditer(re.escape(person), item.text)]
        return spans


def _covered(text: str, people: list[str]) -> list[str]:
    policy = parse_policy("name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n")
    engine = DetectionEngine(policy, [_Listed(people)])
    [spans] = engine.detect([Segment(text=text, role="user", kind="prose")])
    return [text[span.start:span.end] for span in spans if span.kind == "PERSON"]


def test_ordinary_word_parts_are_their_own_list():
    assert name_parts("Rose Baker") == ()
    assert common_word_parts("Rose Baker") == ("Rose", "Baker")
    assert common_word_parts("Jeffery Ruiz") == ()
    # A month or a stop word stays a month or a verb even inside a sentence.
    assert common_word_parts("May Hunter") == ("Hunter",)
    assert common_word_parts("Will Hunter") == ("Hunter",)


def test_names_a_mailbox_spells_that_are_ordinary_words():
    assert common_word_names_in_login("grant.miller@harbourline.co.uk") == ("Grant", "Miller")
    assert common_word_names_in_login("deploy@ci.example.org") == ()
    assert common_word_names_in_login("admin") == ()


def test_a_found_names_ordinary_parts_inside_sentences():
    text = ("Attendees: Rose Baker, Tom Hill\n"
            "We agreed that Baker will send the figures, and asked Rose about the deadline.\n"
            "Baker Street is closed for works.\n")
    covered = _covered(text, ["Rose Baker"])
    assert covered.count("Baker") == 1 and covered.count("Rose") == 1
    # First on its line: a street, a heading, a sentence's first word: not spread.
    assert text.index("Baker Street") not in [text.find(value) for value in covered if value == "Baker"]


def test_a_mailboxs_names_inside_sentences():
    text = "Write to grant.miller@harbourline.co.uk if the pallets slip; Miller said Grant would cover Friday."
    assert _covered(text, []) == ["Miller", "Grant"]
    # Without the mailbox nothing names them.
    assert _covered("Miller said Grant would cover Friday.", []) == []


def test_after_a_sentence_end_the_word_is_not_spread():
    text = "Rose Baker signed.\nThe crate is ready. Baker ovens arrive Monday."
    assert _covered(text, ["Rose Baker"]) == ["Rose Baker"]


def test_before_another_capitalised_word_the_word_is_not_spread():
    # "Will Baker Street": with the capitalised word after it, it names something else; after a title it is the person.
    text = "Name: Rose Baker\nWill Baker Street accept roses? We met Dr Baker there."
    covered = _covered(text, ["Rose Baker"])
    assert covered == ["Rose Baker", "Baker"]  # the one after "Dr"; "Baker Street" stays
