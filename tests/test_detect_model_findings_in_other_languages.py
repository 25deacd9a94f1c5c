"""The English model's findings in text of another language (round 33, precision33):
`model_findings_in_other_languages.py` and its filter in the engine.

A finding of the model made only of common words of the language the text around it is written in, none a name of any
list, names no one ("Der Kreditvertrag", "Tu", "Bagaimana"); a name of a list, a word after a title, an organisation
named with two capitalised common words and anything in English text stay. Every sentence here was written for this
test, not taken from a corpus.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.model_findings_in_other_languages import names_no_one_in_its_language, text_language
from redactor.policy import load_policy
from redactor.segments import Segment

GERMAN = ("Bitte erkläre mir den Unterschied zwischen Grundschuld und Hypothek. Der Kreditvertrag läuft zehn Jahre, "
          "die Zinsbindung endet vorher.")
FRENCH = "Tu dois répondre en français et rester poli avec les clients du magasin."
INDONESIAN = "Bagaimana cara mengganti kata sandi akun saya di aplikasi ini?"
SPANISH_PERSON = "Ayer Carmen envió el contrato al banco y lo firmó por la tarde."
SPANISH_ORG = "Trabajo en Banco Nacional desde hace tres años y me gusta mucho el equipo."
GERMAN_TITLE = "Gestern hat Frau Kunde den Vertrag unterschrieben und an die Bank geschickt."
ENGLISH = "Then the Customer Success team met on Friday to plan the next quarter."
SPANISH_STREET = "Mañana llevo los papeles a Plaza 9, segundo piso, donde está la oficina del seguro."
INDONESIAN_NAME = "Kemarin saya bertemu dengan Dua di kantor dan kami bicara tentang pekerjaan baru."
GERMAN_ORG = "Die Abrechnung kam gestern von Wasserwerke, bitte prüfe die Summe und den Zeitraum."
GERMAN_FORM = "Bitte trage die Daten ein. Vorname: Liebe, Nachname: unbekannt, Wohnort: unbekannt."
VIETNAMESE = "Hôm nay anh Tuấn gửi hợp đồng cho ngân hàng và chị ấy đã ký."


def _drops(text: str, value: str, kind: str, detector: str = "ner") -> bool:
    start = text.index(value)
    return names_no_one_in_its_language(text, start, start + len(value), kind, detector)


def test_the_language_of_a_text_is_read_from_its_common_words():
    assert text_language(GERMAN) == "de"
    assert text_language(FRENCH) == "fr"
    assert text_language(INDONESIAN) == "id"
    assert text_language(ENGLISH) is None


@pytest.mark.parametrize(("text", "value", "kind"), [
    (GERMAN, "Der Kreditvertrag", "PERSON"),       # an article and a noun: German capitalises every noun
    (GERMAN, "Zinsbindung", "PERSON"),              # a compound of common words
    (GERMAN, "Unterschied", "LOCATION"),
    (FRENCH, "Tu", "PERSON"),                       # a pronoun that a name list also holds
    (INDONESIAN, "Bagaimana", "PERSON"),            # a question word of a language outside the Latin nine
])
def test_a_model_finding_of_common_words_of_its_language_names_no_one(text, value, kind):
    assert _drops(text, value, kind)


@pytest.mark.parametrize(("text", "value", "kind"), [
    (SPANISH_PERSON, "Carmen", "PERSON"),            # a first name of the lists
    (SPANISH_ORG, "Banco Nacional", "ORGANIZATION"),  # an organisation named with two capitalised common words
    (SPANISH_ORG, "Banco Nacional", "PERSON"),        # ... whatever kind the model gave it
    (SPANISH_STREET, "Plaza", "LOCATION"),            # a number beside it: an address's part
    (GERMAN_TITLE, "Kunde", "PERSON"),               # a noun after a title is a surname
    (ENGLISH, "Customer Success", "ORGANIZATION"),   # English text: the filter reads nothing
    (GERMAN_ORG, "Wasserwerke", "ORGANIZATION"),      # one word an organisation may be named with
    (GERMAN_FORM, "Liebe", "PERSON"),                # a label's value is what the record holds
    (VIETNAMESE, "Tuấn", "PERSON"),                  # every syllable of a Vietnamese name is a common word
    (INDONESIAN_NAME, "Dua", "PERSON"),              # a listed name inside a sentence, though a stop list holds it
])
def test_names_titles_organisations_and_english_text_stay(text, value, kind):
    assert not _drops(text, value, kind)


def test_only_the_models_own_findings_are_read():
    assert not _drops(GERMAN, "Der Kreditvertrag", "PERSON", detector="pii")


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _on_the_wire(engine: DetectionEngine, text: str) -> list[str]:
    return [text[s.start:s.end] for s in engine.detect([Segment(text, role="user", kind="prose")])[0]
            if s.score >= WIRE_MIN_SCORE]


def test_the_engine_leaves_common_words_of_another_language_and_keeps_its_names(engine):
    text = ("Tu dois répondre en français. Les clients attendent une réponse rapide, "
            "et Mathilde Garnier relira le texte avant l'envoi.")
    found = _on_the_wire(engine, text)
    assert not any(value in ("Tu", "Les") for value in found)
    assert any("Garnier" in value for value in found)
