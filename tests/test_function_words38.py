"""Round 38: a function word of a language (spaCy's stop words) opening a question is no coined organisation name."""
from __future__ import annotations

import pytest

from redactor.detect.function_words import is_function_word
from redactor.detect.org_unlisted_words import unlisted_words


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in unlisted_words(text, "pii")]


@pytest.mark.parametrize("text", [
    "Hvordan søger jeg om barselsdagpenge hos kommunen?",
    "Bagaimana cara mengganti kata sandi akun saya?",
    "Mikä on paras tapa varmuuskopioida kannettava?",
])
def test_a_question_word_of_another_language_is_no_organisation(text):
    assert _found(text) == []


def test_coined_names_stay():
    assert _found("We paid Veltrix and Northwind on Monday for the audit.") == ["Veltrix", "Northwind"]


def test_turkish_indonesian_and_malay_can_be_left_out():
    assert is_function_word("Hvordan") and is_function_word("bagaimana")
    assert not is_function_word("bagaimana", names_are_words=False)
