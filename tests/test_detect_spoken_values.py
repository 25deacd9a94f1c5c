"""The spoken view: values said aloud (transcripts, voicemail, dictation) are found and covered whole."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.spoken_values import spoken_runs
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    policy = load_policy("default").model_copy(deep=True)
    policy.detection.ner.enabled = False
    return DetectionEngine.from_policy(policy)


def covering(engine: DetectionEngine, text: str, value: str) -> list[tuple[str, float]]:
    """(kind, score) of the wire findings that cover `value` whole."""
    start = text.index(value)
    end = start + len(value)
    spans = engine.detect([Segment(text, role="user", kind="prose")])[0]
    return [(span.kind, span.score) for span in spans if span.start <= start and span.end >= end]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Caller: yeah it's four one five, five five five, oh one nine two",
         "four one five, five five five, oh one nine two"),
        ("my mobile is oh seven seven double oh nine, uh, eight three four five six",
         "oh seven seven double oh nine, uh, eight three four five six"),
        ("Anrufer: meine Nummer ist null eins sieben neun, zwei drei vier, fünf sechs sieben acht",
         "null eins sieben neun, zwei drei vier, fünf sechs sieben acht"),
        ("Client : mon numéro c'est zéro six douze trente-quatre cinquante-six soixante-dix-huit",
         "zéro six douze trente-quatre cinquante-six soixante-dix-huit"),
        ("call me on seven one eight, two two two, nine zero one three, no sorry, nine zero one four",
         "seven one eight, two two two, nine zero one three, no sorry, nine zero one four"),
        ("the policy number is A B seven seven two nine four one", "A B seven seven two nine four one"),
        ("the surname is S as in Sam, M, I, T, H", "S as in Sam, M, I, T, H"),
        ("so my email is priya underscore n at outlook dot co dot uk thanks",
         "priya underscore n at outlook dot co dot uk"),
    ],
)
def test_spoken_value_is_covered_whole(engine, text, value):
    assert any(score >= 0.6 for _kind, score in covering(engine, text, value))


def test_spoken_run_is_written_out():
    text = "it's four one five, five five five, oh one nine two, no sorry, oh one nine three"
    assert [run.written for run in spoken_runs(text)] == ["415 555 0193"]
    assert [run.written for run in spoken_runs("nul zes twee drie vier vijf zes zeven acht")] == ["062345678"]
    assert [run.written for run in spoken_runs("K, O as in Oscar, W, A, L, S, K, I")] == ["Kowalski"]


def test_uncued_run_is_doubtful(engine):
    text = "and then she said four four seven one two nine three and left"
    found = covering(engine, text, "four four seven one two nine three")
    assert found and max(score for _kind, score in found) < 0.6


@pytest.mark.parametrize(
    "text",
    [
        "we had two or three people on the call and it ran for forty five minutes",
        "we sold one hundred and twenty units in the first quarter",
        "options are a, b, c or d depending on the plan",
        "the score was two one at half time and three one at the end",
        "values = [null, null, null, null, null, null]",
        "x = a,b,c",
    ],
)
def test_ordinary_numbers_and_lists_are_no_spoken_value(text):
    assert spoken_runs(text) == []
