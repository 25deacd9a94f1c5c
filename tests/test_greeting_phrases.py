"""Greetings, sign-offs and an article before a common noun are no name (round 20, greetings20)."""
from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.person_span_edges import greeting_or_article_score, person_span_edges


def _score(text: str, value: str, kind: str = "PERSON") -> float:
    start = text.index(value)
    return greeting_or_article_score(text, start, start + len(value), kind, 0.85)


def test_a_greeting_or_sign_off_phrase_is_below_the_wire():
    assert _score("Viele Grüße\nAnna Weber", "Viele Grüße") < WIRE_MIN_SCORE
    assert _score("Saludos cordiales,\nLucía", "Saludos cordiales,") < WIRE_MIN_SCORE
    assert _score("Sehr geehrte Damen und Herren,\nbitte", "Herren") < WIRE_MIN_SCORE
    assert _score("Ystävällisin terveisin\nMikko", "Ystävällisin", "LOCATION") < WIRE_MIN_SCORE


def test_the_name_after_a_greeting_stays():
    assert _score("Viele Grüße\nAnna Weber", "Anna Weber") == 0.85
    text = "Viele Grüße Anna Weber"
    assert text[slice(*person_span_edges(text, 0, len(text)))] == "Anna Weber"
    text = "Mit freundlichen Grüßen Jonas Keller"
    start = text.index("Grüßen")
    assert text[slice(*person_span_edges(text, start, len(text)))] == "Jonas Keller"


def test_an_article_before_a_common_noun_is_no_name():
    assert _score("Das Angebot liegt im Anhang.", "Das Angebot") < WIRE_MIN_SCORE
    assert _score("Het bestand staat klaar.", "Het bestand") < WIRE_MIN_SCORE
    assert _score("De Vries heeft gebeld.", "De Vries") == 0.85  # a surname after a Dutch article
    assert _score("Der Kunde hat angerufen.", "Der Kunde") == 0.85  # "Kunde" is a surname too: recall first
