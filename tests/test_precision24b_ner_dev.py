"""Round 24 (precision24b), DEV: the model's PERSON of several lower-case words, none of them a first name of any
country, is a phrase of another language ("ho visto" after "Paolo,"), no one; lower-case names with a first name stay.

DEV: the examples the change was written against. The check set is test_precision24b_ner_check.py.
"""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.ner import NerDetector, _names_no_one

NER = NerDetector()


def _people(text):
    return {text[s.start:s.end] for s in NER.detect(DetectionInput(text, "prose")) if s.kind == "PERSON"}


DEV_PHRASES = [
    ("Paolo, ho visto il ticket: il cliente dice che la fattura non arriva mai via email, forse è finita nello spam?",
     "ho visto"),
    ("Emre, şunu dene: önbelleği temizle ve servisi yeniden başlat, bence sorun orada.", "şunu dene"),
]


@pytest.mark.parametrize("text,phrase", DEV_PHRASES)
def test_dev_lower_case_phrase_of_another_language_is_no_person(text, phrase):
    assert phrase not in _people(text)


@pytest.mark.parametrize("text,name", [
    ("ok so the call with priya sharma moved to friday", "priya sharma"),
    ("thanks, i talked to tomasz nowak about the quota", "tomasz nowak"),
])
def test_dev_lower_case_name_with_a_first_name_is_kept_by_the_filter(text, name):
    start = text.index(name)
    assert not _names_no_one(text, start, start + len(name), "PERSON")
