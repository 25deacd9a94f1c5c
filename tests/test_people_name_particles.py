"""Round 31 (issue 12): Sikh names found by Singh and Kaur in Gurmukhi and Devanagari, where no name list reads them.

Invented names and my own sentences. The particle is a name part and nothing else; what follows it is the family
name unless it is a postposition or an auxiliary ("ਨੇ", "ਜੀ", "ने").
"""
import pytest

from redactor.detect.people_name_particles import people_by_name_particles


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in people_by_name_particles(text, "ner")]


@pytest.mark.parametrize("text, names", [
    ("ਅੱਜ ਜਗਦੀਪ ਸਿੰਘ ਬਰਾੜ ਨੇ ਦੱਸਿਆ", ["ਜਗਦੀਪ ਸਿੰਘ ਬਰਾੜ"]),
    ("ਹਾਜ਼ਰ: ਸਿਮਰਨ ਕੌਰ, ਜਸਪਾਲ ਸਿੰਘ", ["ਸਿਮਰਨ ਕੌਰ", "ਜਸਪਾਲ ਸਿੰਘ"]),
    ("ਇਹ ਰਿਪੋਰਟ ਨਵਨੀਤ ਕੌਰ ਜੀ ਨੇ ਭੇਜੀ", ["ਨਵਨੀਤ ਕੌਰ"]),          # the honorific particle is no family name
])
def test_the_words_around_singh_or_kaur_are_a_person(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "ਸਿੰਘ ਸਭਾ ਗੁਰਦੁਆਰਾ ਦੀ ਮੀਟਿੰਗ",   # the particle first names an institution, no person before it
    "the Singh report is due",        # Latin text is the English model's
    "राजपूत सिंहासन",                  # the particle's letters inside a longer word
])
def test_no_person_without_a_name_word_before_the_particle(text):
    assert _found(text) == []
