"""Round 30 (precision30), check set: written after the change, not tuned on. Other Latin-script languages' opening
function words are no one; names, organisations and English text stay."""
import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.language_common_words import opening_function_word_score


def _score(text: str, value: str, kind: str = "PERSON") -> float:
    start = text.index(value)
    return opening_function_word_score(text, start, start + len(value), kind, 0.85)


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Warum wird meine Bestellung nicht versendet?", "Warum", "PERSON"),
    ("¿Cómo puedo cambiar la dirección de envío?", "Cómo", "ORGANIZATION"),
    ("Onde posso ver o estado do meu pedido?", "Onde", "PERSON"),
    ("Hvordan kan jeg endre passordet mitt?", "Hvordan", "PERSON"),
    ("Kdy mi přijde objednávka, kterou jsem zaplatil?", "Kdy", "PERSON"),
    ("Siapa yang bisa membantu saya dengan pesanan ini?", "Siapa", "ORGANIZATION"),
    ("- Waar kan ik de factuur van vorige maand vinden?", "Waar", "PERSON"),
    ("User: Neden siparişim hâlâ gelmedi, yardım eder misiniz?", "Neden", "PERSON"),
    ("Kiitos\nsain paketin eilen, kaikki on kunnossa.", "Kiitos", "PERSON"),
])
def test_opening_function_words_are_no_one(text: str, value: str, kind: str) -> None:
    assert _score(text, value, kind) < WIRE_MIN_SCORE


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Minh đã gửi hóa đơn cho tôi hôm qua.", "Minh", "PERSON"),
    ("Dewi akan datang ke kantor besok pagi.", "Dewi", "PERSON"),
    ("Will sent the invoice yesterday, can you check?", "Will", "PERSON"),
    ("Total a publié ses résultats ce matin.", "Total", "ORGANIZATION"),
    ("Kontaktiere bitte Herrn Okonkwo morgen?", "Okonkwo", "PERSON"),
    ("Warum is a German word that means why.", "Warum", "PERSON"),
    ("Hoe Lee sent the contract to the team.", "Hoe Lee", "PERSON"),
])
def test_names_organisations_and_english_stay(text: str, value: str, kind: str) -> None:
    assert _score(text, value, kind) == 0.85


def test_stop_words_of_a_language_are_spacys_closed_class() -> None:
    from redactor.detect.term_lists import stop_words_of

    assert "warum" in stop_words_of("de") and "bagaimana" in stop_words_of("id")
    assert "jakarta" not in stop_words_of("id")
    assert stop_words_of("xx-no-such-language") == frozenset()
