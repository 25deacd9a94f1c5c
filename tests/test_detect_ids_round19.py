"""Round 19 (ids19): an id word written first in a key labels its value; plate labels of more languages, and a plate
after the words that say whose it is."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.pii import PiiDetector
from redactor.detect.record_ids import find_record_ids

PII = PiiDetector()


def record_ids(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_record_ids(text)]


def found(text: str, kind: str) -> list[tuple[str, float]]:
    return [(text[s.start:s.end], s.score) for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == kind]


@pytest.mark.parametrize(("text", "value"), [
    ("WARN numero_cliente=00418827 stato=aperta", "00418827"),
    ("import: nr_polisy=PL-0448120 status=aktywna", "PL-0448120"),
    ('{"codiceCliente": "C0041882", "citta": "Torino"}', "C0041882"),
    ("sync numer-klienta=30019284", "30019284"),
])
def test_an_id_word_first_in_a_key_labels_the_value(text, value):
    assert value in record_ids(text)


@pytest.mark.parametrize("text", [
    "numero_versione=20240311 numero_porta=8443 numero_riga=1187",
    "num_workers=8 num_samples=10000",
    "numero_telefono=3331234567",
])
def test_a_key_numbering_a_thing_labels_no_record(text):
    assert record_ids(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Numer rejestracyjny WA 48213, właściciel pojazdu.", "WA 48213"),
    ("Tablica rejestracyjna: KR 4471C", "KR 4471C"),
    ("Plaka: 06 BK 4471", "06 BK 4471"),
    ("Araç plakası: 34 ABC 482", "34 ABC 482"),
])
def test_plate_labels_of_more_languages(text, value):
    assert (value, 0.75) in found(text, "LICENSE_PLATE")


@pytest.mark.parametrize(("text", "value"), [
    ("La targa della mia auto è FR 482 KT.", "FR 482 KT"),
    ("Kennzeichen von meinem Auto: B-MK 4471", "B-MK 4471"),
])
def test_a_plate_after_words_that_say_whose_it_is_is_doubtful(text, value):
    assert (value, DOUBTFUL_SCORE) in found(text, "LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    "La targa commemorativa è stata posta nel 2019 in piazza.",
    "Numer rejestracyjny firmy w KRS podano w umowie z 2021.",
    "La matrícula de la universidad cuesta 1200 euros este curso.",
    "A placa de vídeo é RTX 4090 e a placa base MSI B450.",
])
def test_plate_labels_with_no_plate_after_them(text):
    assert found(text, "LICENSE_PLATE") == []
