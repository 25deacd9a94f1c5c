"""Round 20 (ids20): a person's role word of other languages labels a record id, and short forms of those
people (`emp`, `pt`, `mbr`) label one when written as a key."""
import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.record_ids import find_record_ids


def record_ids(text: str) -> list[tuple[str, float]]:
    return [(text[start:end], score) for start, end, score in find_record_ids(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("sync mitglied=M-0044812 beitrag=ok", "M-0044812"),
    ('{"afiliado": "0044812", "plan": "oro"}', "0044812"),
    ("empleado: E-004471 departamento: ventas", "E-004471"),
    ("dipendente=D4471902 reparto=3", "D4471902"),
    ("medewerker: 448120 afdeling: HR", "448120"),
    ("pracownik=PR-44719 dział=IT", "PR-44719"),
])
def test_a_role_word_of_another_language_labels_a_record_id(text, value):
    assert value in [found for found, _ in record_ids(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("lookup emp=E-004471 dept=finance", "E-004471"),
    ("pt: PX-88213 ward: 3B", "PX-88213"),
    ('{"mbr": "M0044812", "tier": "gold"}', "M0044812"),
    ("refund cust=KD4471902 amount=12.50", "KD4471902"),
])
def test_a_short_form_of_a_person_as_a_key_labels_a_doubtful_record_id(text, value):
    assert (value, DOUBTFUL_SCORE) in record_ids(text)


@pytest.mark.parametrize("text", [
    "the emp 44719 rows were loaded",  # not a key
    "font: 12pt 4471 columns",
    "script=build_4471.sh prompt=448120",  # a short form inside a longer word
    "template: 448120",
])
def test_a_short_form_inside_prose_or_a_word_labels_nothing(text):
    assert record_ids(text) == []
