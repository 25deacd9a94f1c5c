"""Round 21 (ocr21): form labels damaged by OCR, glued to their value, cut by stray marks or in a header line above
their values are read as labels (ocr_labels.py), and the values of number labels are read with O/l/S as digits."""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.ocr_labels import ocr_view
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _findings(engine, text):
    return [(text[span.start:span.end], span.kind, span.score) for span in engine.detect([Segment(text, kind="prose")])[0]]


@pytest.mark.parametrize(("text", "view"), [
    ("D0B: 14/07/1962", "DOB: 14/07/1962\n"),
    ("DOB12/03/1980", "DOB: 12/03/1980\n"),
    ("Date of Birth: l2/O3/198O", "Date of birth: 12/03/1980\n"),
    ("Narne » Harold Pemberton", "Name: Harold Pemberton\n"),
    ("Te1 0l6l 496 O7l2", "Tel: 0161 496 0712\n"),
    ("Versicherter: K. Dörfler  Geburts- datum: 21.04.1971", "Versicherter: K. Dörfler  Geburtsdatum: 21.04.1971\n"),
    ("Date of birth Surname Given names\n12 03 1980 Pemberton Harold",
     "Date of birth: 12 03 1980\nSurname: Pemberton\nGiven names: Harold\n"),
    ("SURNAME | GIVEN NAMES | DATE OF BIRTH\nPEMBERTON | HAROLD JAMES | 12 MAR 1980",
     "SURNAME: PEMBERTON\nGIVEN NAMES: HAROLD JAMES\nDATE OF BIRTH: 12 MAR 1980\n"),
])
def test_the_view_spells_the_label_right_and_reads_digits_under_number_labels(text, view):
    assert ocr_view(text).text == view


@pytest.mark.parametrize("text", [
    "Name: Harold Pemberton\nDate of birth: 14/07/1962",  # labels as they should be: nothing to repair
    "Name the branch after the ticket\nborn to run",
    "the dob server answered\nTel Aviv is warm",
])
def test_lines_without_a_damaged_label_make_no_view(text):
    assert ocr_view(text) is None


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("EMPLOYEE RECORD\nDOB12/03/1980 DEPT SALES", "12/03/1980", "DATE_OF_BIRTH"),
    ("Date of Birth: l2/O3/198O\nNationality: British", "l2/O3/198O", "DATE_OF_BIRTH"),
    ("D0B: 14/07/1962\nWard: 4B", "14/07/1962", "DATE_OF_BIRTH"),
    ("Patient lD: 448120-7\nAdmitted 2024-03-02", "448120-7", "ID_NUMBER"),
    ("Tel: 0l6l 496 O7l2", "0l6l 496 O7l2", "PHONE"),
    ("Date of birth Surname Given names\n12 03 1980 Pemberton Harold", "12 03 1980", "DATE_OF_BIRTH"),
])
def test_a_value_under_a_damaged_label_is_found_as_the_label_says_over_the_original_text(engine, text, value, kind):
    assert any(found == value and found_kind == kind and score >= 0.6
               for found, found_kind, score in _findings(engine, text)), _findings(engine, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Narne: Harold Pemberton\nWard: 4B\nBed: 12", "Narne"),
    ("D0B: 14/07/1962\nStatus: active", "active"),
    ("Member functions  Description\ninit()  sets up the state", "sets up the state"),
])
def test_labels_and_ordinary_words_stay(engine, text, word):
    start = text.index(word)
    assert not any(span.start < start + len(word) and start < span.end
                   for span in engine.detect([Segment(text, kind="prose")])[0])
