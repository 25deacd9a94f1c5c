"""Names round 33 lost (round 34, people34): three mechanisms, each tested on forms written for this file.

- `model_findings_in_other_languages`: a common word of the text's language ("Krüger" in German text) joined by a
  comma or blank to a kept given name is its surname; the one word a greeting addresses ("Ciao Fra,") or a message
  ends with after a sentence ("... a dopo. Vale") is a person, whatever else it means in the language.
- `engine._add_part`: the model's ORGANIZATION finding of a person's name spells its first word as a slug (searched
  only in code positions); a PERSON finding of the same name gives that word as a lower-case name, which must still
  be searched in prose.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine
from redactor.detect.model_findings_in_other_languages import (names_no_one_in_its_language,
                                                               without_findings_naming_no_one)
from redactor.policy import load_policy
from redactor.segments import Segment

GERMAN_ROWS = ("termin,praxis,patientin,geburtsdatum,behandler\n"
               "T-101,Zahnarztpraxis am Markt,Becker, Jonas,2011-02-03,Dr. Anna Vogel\n"
               "T-102,Zahnarztpraxis am Markt,Krüger, Lena,2009-07-19,Dr. Anna Vogel\n")
ITALIAN_GREETING = "Ciao Fra, mi mandi il numero del meccanico che è passato ieri? Grazie mille, ci sentiamo dopo. Vale"


def _drops(text: str, value: str, occurrence: int = 0) -> bool:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return names_no_one_in_its_language(text, start, start + len(value), "PERSON", "ner")


def _span(text: str, value: str, detector: str = "ner") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "pii", 0.85, detector)


def test_a_common_word_beside_a_kept_given_name_is_its_surname():
    assert _drops(GERMAN_ROWS, "Krüger")  # alone, the word is German text's: the filter's own verdict
    spans = [_span(GERMAN_ROWS, "Krüger"), _span(GERMAN_ROWS, "Lena")]
    kept = without_findings_naming_no_one(GERMAN_ROWS, spans)
    assert [GERMAN_ROWS[span.start:span.end] for span in kept] == ["Krüger", "Lena"]


def test_a_common_word_alone_is_still_dropped():
    spans = [_span(GERMAN_ROWS, "Krüger")]
    assert without_findings_naming_no_one(GERMAN_ROWS, spans) == []


def test_the_word_a_greeting_addresses_and_the_last_word_after_a_sentence_are_people():
    assert not _drops(ITALIAN_GREETING, "Fra")
    assert not _drops(ITALIAN_GREETING, "Vale")


def test_the_same_words_inside_sentences_are_not():
    text = "Il prezzo Fra due settimane sarà più alto, e il viaggio non Vale la pena adesso per noi."
    assert _drops(text, "Fra")
    from redactor.detect.model_findings_in_other_languages import _signs_off
    start = text.index("Vale")
    assert not _signs_off(text, start, start + 4)
    start = ITALIAN_GREETING.index("Vale")
    assert _signs_off(ITALIAN_GREETING, start, start + 4)
    closing = "Grazie mille, ci sentiamo dopo. Grazie"
    assert not _signs_off(closing, closing.rindex("Grazie"), len(closing))  # a sign-off word signs for no one


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def test_a_lower_case_given_name_spreads_though_the_model_called_the_full_name_an_organisation(engine):
    texts = ["Agenda:\n3. Eoghan Fairweather – CFO – joins remotely, needs the dial-in.",
             "Attendees: Eoghan Fairweather (CFO), plus the two regional leads.",
             "ok and eoghan's flight lands at 09:40 so he skips the first session"]
    results = engine.detect([Segment(text) for text in texts])
    last = texts[-1]
    assert any(last[span.start:span.end] == "eoghan" for span in results[-1])


def test_a_code_spelling_of_one_kind_yields_to_a_prose_label_of_another():
    from redactor.detect.engine import _CODE_SPELLING_DETECTOR, _add_part
    slug = Span(0, 0, "ORGANIZATION", "org", 0.55, _CODE_SPELLING_DETECTOR)
    own_slug = Span(0, 0, "PERSON", "pii", 0.55, _CODE_SPELLING_DETECTOR)
    variant = Span(0, 0, "PERSON", "pii", 0.55, "propagation")
    parts: dict = {}
    _add_part(parts, "eoghan", slug)
    _add_part(parts, "eoghan", variant)
    assert parts["eoghan"] is variant
    parts = {}
    _add_part(parts, "fairweather", own_slug)  # a person's own slug keeps its piece search
    _add_part(parts, "fairweather", variant)
    assert parts["fairweather"] is own_slug
