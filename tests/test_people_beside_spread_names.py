"""Round 38: people named across a conversation's texts (people_beside_spread_names.py, names_in_scripts.mention_words).

A summary after a pasted table lists people whose names were found in the table and reach the summary only by
spreading; the list's other items are people too, and so are their mentions back in the table. A Han name found in
full is mentioned by its given name alone ("子涵" of "王子涵"). Texts written for these tests, in other layouts and
languages than the ones that showed the classes.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.names_in_scripts import mention_words
from redactor.detect.people_beside_names import people_beside_names
from redactor.detect.base import Span
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def wire_values(engine: DetectionEngine, texts: list[str]) -> list[set[str]]:
    found = engine.detect([Segment(text, kind="prose") for text in texts])
    return [{text[span.start:span.end] for span in spans if span.kind == "PERSON" and span.score >= WIRE_MIN_SCORE}
            for text, spans in zip(texts, found)]


@pytest.mark.parametrize("name, parts", [
    ("赵明轩", {"明轩"}),       # one-character surname, two-character given name
    ("欧阳思琪", {"思琪"}),     # two-character surname
    ("松本陽菜", {"陽菜"}),     # a Japanese surname of two characters, then the given name
])
def test_a_han_name_is_mentioned_by_its_given_name(name: str, parts: set[str]) -> None:
    assert parts <= set(mention_words(name))


def test_a_han_word_without_a_surname_has_no_halves() -> None:
    assert mention_words("图书馆员") in ((), ("图书馆员",))


def test_the_given_name_alone_in_a_later_message(engine) -> None:
    texts = ['{"guide": "赵明轩", "phone": "+86 139 0000 1111", "tour": "Hangzhou day 2"}',
             "明轩的护照复印件还没交。"]
    assert "明轩" in wire_values(engine, texts)[1]


def test_a_list_item_beside_names_found_elsewhere(engine) -> None:
    # The table's people are found by their column; the reply lists one more person with two of them, and a later
    # message mentions that person alone.
    table = ("student_name\tguardian\tphone\n"
             "ಅನಿಲ್ ಕುಮಾರ್\tNisha Mehta\t+91 98200 00011\n"
             "ರಮ್ಯಾ ಹೆಗ್ಡೆ\tDeepa Nair\t+91 98200 00012\n"
             "ತೇಜಸ್ವಿನಿ\tSrinivas Rao\t+91 98200 00013\n")
    reply = "ಒಪ್ಪಿಗೆ ಪತ್ರ ಬಾಕಿ: ಅನಿಲ್ ಕುಮಾರ್, ರಮ್ಯಾ ಹೆಗ್ಡೆ, ಸುಮಂತ್ ಭಟ್."
    later = "ಸುಮಂತ್ ಭಟ್ ಅವರ ಪತ್ರ ಇನ್ನೂ ಬಂದಿಲ್ಲ."
    found = wire_values(engine, [table, reply, later])
    assert "ಸುಮಂತ್ ಭಟ್" in found[1]
    assert "ಸುಮಂತ್ ಭಟ್" in found[2]


def test_the_first_item_a_sentence_leads_into() -> None:
    text = "The late arrivals were ಪ್ರಜ್ವಲ್ ಶೆಟ್ಟಿ, Ilse, Marek."
    people = [Span(text.index(name), text.index(name) + len(name), "PERSON", "pii", 0.8, "test")
              for name in ("Ilse", "Marek")]
    found = {text[span.start:span.end] for span in people_beside_names(text, people, "test")}
    assert found == {"ಪ್ರಜ್ವಲ್ ಶೆಟ್ಟಿ"}


def test_a_sentence_with_commas_is_no_list() -> None:
    text = "We moved the server to the new rack, Ilse, and then Marek restarted it."
    people = [Span(text.index(name), text.index(name) + len(name), "PERSON", "pii", 0.8, "test")
              for name in ("Ilse", "Marek")]
    assert people_beside_names(text, people, "test") == []


def test_the_sentence_after_a_greeted_name_is_no_list_item() -> None:
    from redactor.detect.people_beside_spread_names import people_beside_spread_names
    text = "Тамара Ивановна, документы получены."
    start = text.index("Тамара")
    person = Span(start, start + len("Тамара Ивановна"), "PERSON", "pii", 0.85, "test")
    assert people_beside_spread_names([text], [[person]]) == [[]]
