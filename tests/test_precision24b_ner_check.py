"""Round 24 (precision24b), CHECK: written after the change to _names_no_one, not tuned on.

A lower-case phrase the model may call a PERSON names no one unless a word of it is a first name of some country.
"""
import pytest

from redactor.detect.ner import _names_no_one


def _refused(text, phrase):
    start = text.index(phrase)
    return _names_no_one(text, start, start + len(phrase), "PERSON")


@pytest.mark.parametrize("text,phrase", [
    ("Sanne, heb je gekeken naar de logs van gisteren? de export faalt nog steeds", "heb je gekeken"),
    ("Kuba, wrzuciłem poprawkę na brancha, zobacz czy testy przechodzą", "wrzuciłem poprawkę"),
    ("Inés, ya subí el parche pero el servidor sigue caído", "ya subí"),
])
def test_check_lower_case_phrase_without_a_first_name_names_no_one(text, phrase):
    assert _refused(text, phrase)


@pytest.mark.parametrize("text,name", [
    # A known gap the check set found: a lower-case name whose first name no list holds is refused (only a
    # surname vouches for it); the model's lower-case PERSON findings of blind9..22 had none such.
    pytest.param("btw olusegun adeyemi owns the billing service now", "olusegun adeyemi",
                 marks=pytest.mark.xfail(strict=True, reason="first name on no list, surname alone does not vouch")),
    ("cc maria gonzalez on the ticket please", "maria gonzalez"),
    ("der bericht kommt von jan de vries morgen", "jan de vries"),
])
def test_check_lower_case_name_with_a_first_name_is_kept(text, name):
    assert not _refused(text, name)
