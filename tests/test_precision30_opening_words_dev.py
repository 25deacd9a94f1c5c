"""Round 30 (precision30), dev set: a model's PERSON or ORGANIZATION that is only function words of another Latin-script
language present in its sentence (a question word, a greeting), opening a line or a sentence or before a question mark,
is no one; names that are words stay when a first-name list holds them. Written before the change."""
import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.language_common_words import opening_function_word_score


def _score(text: str, value: str, kind: str = "PERSON") -> float:
    start = text.index(value)
    return opening_function_word_score(text, start, start + len(value), kind, 0.85)


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Quelle est la différence entre un devis et une facture ?", "Quelle", "ORGANIZATION"),
    ("Bagaimana cara mengganti kata sandi akun saya?", "Bagaimana", "ORGANIZATION"),
    ("Ich habe die Rechnung bekommen. Wie kann ich sie bezahlen?", "Wie", "PERSON"),
    ("Hur gör jag för att byta lösenord i appen?", "Hur", "PERSON"),
    ("Làm sao để đổi mật khẩu tài khoản của tôi?", "Làm", "PERSON"),
    ("Jak mogę zmienić hasło do konta w aplikacji?", "Jak", "PERSON"),
    ("Miksi sovellus ei käynnisty enää puhelimessa?", "Miksi", "PERSON"),
    ("Hogyan tudom megváltoztatni a jelszavamat az oldalon?", "Hogyan", "ORGANIZATION"),
    ("Nasıl şifremi değiştirebilirim bu uygulamada?", "Nasıl", "PERSON"),
    ("Hoe kan ik mijn wachtwoord wijzigen in de app?", "Hoe", "PERSON"),
    ("Perché la fattura non arriva mai per email?", "Perché", "PERSON"),
])
def test_function_words_of_the_sentences_language_are_no_one(text: str, value: str, kind: str) -> None:
    assert _score(text, value, kind) < WIRE_MIN_SCORE


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Mark a envoyé la facture hier soir.", "Mark", "PERSON"),          # a first name that is a word
    ("Rose nous a appelé ce matin pour la commande.", "Rose", "PERSON"),
    ("Paz me ha enviado el contrato esta mañana.", "Paz", "PERSON"),
    ("Sol llamó ayer por la tarde para confirmar.", "Sol", "PERSON"),
    ("Nguyễn Thị Hạnh đã gửi hợp đồng hôm qua.", "Nguyễn Thị Hạnh", "PERSON"),  # syllables that are words
    ("Jakarta macet sekali hari ini, saya terlambat.", "Jakarta", "ORGANIZATION"),  # a frequent word, no function word
    ("Budi sudah mengirim dokumen kemarin sore.", "Budi", "PERSON"),
    ("Apple hat ein neues Telefon vorgestellt.", "Apple", "ORGANIZATION"),  # an English word, a brand
    ("Orange a augmenté ses prix cette année.", "Orange", "ORGANIZATION"),
    ("What is the best way to ask Wie about it?", "Wie", "PERSON"),      # an English sentence
    ("Wir sprechen morgen mit Quelle darüber.", "Quelle", "ORGANIZATION"),  # inside the sentence, no question
])
def test_names_brands_and_english_sentences_stay(text: str, value: str, kind: str) -> None:
    assert _score(text, value, kind) == 0.85
