"""Codes stated for a lock, a found code's other spellings, codes spelled with the phonetic alphabet."""
import pytest

from redactor.detect.code_spellings import code_spellings, spelled_codes, written_form
from redactor.detect.lock_codes import codes_at_locks


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in codes_at_locks(text, [])]


@pytest.mark.parametrize("text, code", [
    ("el portón de la cochera es 5521 y después la escalera", "5521"),
    ("back_gate_keypad: 730146", "730146"),
    ("sleutelkluis schuur: 9930", "9930"),
    ("Die Haustür ist ab heute 48213, bitte weitergeben", "48213"),
    ("le digicode de l'immeuble c'est quatre-neuf-deux-six", "quatre-neuf-deux-six"),
    ("Locker room door:\n 6O21", "6O21"),  # OCR reads a zero as O
    ("you will need 2207 at the back door", "2207"),
    ("رمز بوابة الموظفين الجديد 5512", "5512"),
    ("the cupboard unlocks at the keypad, then the alarm 7781# to disarm", "7781"),
    ("कृपया नोट करें: स्टाफ़ वाले दरवाज़ा का कोड 7731 है।", "7731"),  # Hindi lock and code words
    ("Im Keller: Alarmanlage – Deaktivierungscode 5820, bitte eingeben.", "5820"),  # a code word as a compound's head
    ("La caja fuerte del despacho (combinación 4417) está detrás del cuadro.", "4417"),
])
def test_a_code_stated_for_what_it_opens_is_found(text, code):
    assert code in _found(text)


@pytest.mark.parametrize("text", [
    "The gate closes at 2200 every night.",
    "Room 1204 is next to the door.",
    "Meet at 1400 at the front door.",
    "The door was fitted in 2019 and the alarm costs 1500 euros.",
    "Door 4 opens 0800 to 1800.",
    "The garage fits 2 cars; parking is 1200 per month.",
    "Accepted publickey for admin from 10.0.0.4 port 50122 ssh2",
    "pakket 418820 wordt bezorgd door PostNL\" status=failed code=21610",
    "tax code 1257L, door code as usual",
    "The safe has a barcode 4417 on the side.",  # a short compound of "code" names another code
    "Die Alarmanlage zeigt Fehlercode 4417 an.",
])
def test_times_prices_rooms_and_other_keys_numbers_are_not_codes(text):
    assert _found(text) == []


def test_a_code_said_digit_by_digit_is_also_written_in_digits_and_pairs():
    spellings = code_spellings("three six nine eight one one")
    assert "369811" in spellings and "36 98 11" in spellings


def test_a_code_in_digits_is_also_said_in_each_language():
    spellings = code_spellings("7414")
    assert "seven four one four" in spellings and "sept-quatre-un-quatre" in spellings
    assert "74 14" not in spellings  # four digits in pairs read like a time or a score


def test_a_long_password_or_a_sentence_has_no_other_spelling():
    assert code_spellings("the staff door") == []
    assert code_spellings("Harbour2031") == []


def test_a_phonetic_spelling_is_written_out_with_capitals_and_symbols():
    assert written_form("capital tango mike november x-ray foxtrot nine dash two eight") == "Tmnxf9-28"
    assert written_form("tango mike the november") is None


def test_a_code_spelled_after_its_cue_is_found_and_one_without_a_cue_is_not():
    cued = "the temporary password is capital bravo echo lima nine two"
    assert [cued[s.start:s.end] for s in spelled_codes(cued)] == ["capital bravo echo lima nine two"]
    assert list(spelled_codes("squad call signs tonight: alpha bravo charlie delta")) == []


def test_an_arrow_hands_over_a_code_even_after_a_note_with_a_number():
    assert _found("key cupboard: same as last year +1 → 5519") == ["5519"]
    assert _found("Door 4 → opens 0800") == []


@pytest.mark.parametrize("text, code", [
    ("Votre code de confirmation : 308 551", "308 551"),
    ("Twój kod weryfikacyjny to 44 19 02", "44 19 02"),
    ("die PIN lautet acht null zwei sechs", "acht null zwei sechs"),
    ("暗証番号は7305です", "7305"),
    ("验证码 604318，五分钟内有效", "604318"),
    ("PIN for the meds cabinet: 71 22 09", "71 22 09"),
    ("the padlock combo is 3-9-0-2.", "3-9-0-2"),
])
def test_a_code_by_its_name_in_any_language_and_in_digit_groups_is_found(text, code):
    assert code in _found(text)


@pytest.mark.parametrize("text", [
    "Votre code de confirmation arrive le 12 05 2026",
    "GPIO pin 4 drives the relay, pin 17 the buzzer",
    "Betaald met pin, totaal 23 50 euro",
])
def test_dates_pins_of_a_board_and_amounts_are_not_codes(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, code", [
    ("al llegar marca 6620 y empuja fuerte", "6620"),
    ("tapez 8812 puis validez", "8812"),
    ("введите 5093 и нажмите вызов", "5093"),
])
def test_the_number_keyed_in_is_a_code(text, code):
    assert code in _found(text)


@pytest.mark.parametrize("text", [
    "enter the number of guests: 1200 max",
    "type 2024 in the year field",
    "enter 1500 euros as the deposit",
    "Pour la pharmacie de garde, composez le 32 37.",
    "marca el 91 44 20 para reservar",
    "det kostar typ 4000 kr",
    "pin the dependency to 2024",
])
def test_a_count_a_year_or_an_amount_keyed_in_is_not_a_code(text):
    assert _found(text) == []


def _spelled_codes_tried_everywhere(text):
    """spelled_codes without its pre-checks (the run pattern over the whole text): the reference for them."""
    from redactor.detect import code_spellings as module

    found = []
    for run in module._spelled_run().finditer(text):
        words = [word.lower() for word in module._TOKEN.findall(run.group())]
        if sum(word in module._PHONETIC for word in words) < 2 or module.written_form(run.group()) is None:
            continue
        if module._cue_words().search(text, max(0, run.start() - module._CUE_REACH), run.start()):
            found.append((run.start(), run.end()))
    return found


def test_the_pre_checks_of_spelled_codes_lose_no_finding():
    # (speed35: two phonetic words on one line, read from the shared cue scan, before the run pattern is tried)
    import random

    rng = random.Random(35)
    words = ["tango", "Mike", "ECHO", "x-ray", "juliett", "two", "eight", "capital", "dash", "at", "password", "pin",
             "code", "is", "the", "Kilo", "İndia", "ſierra", "alfa", "zulu", "seven", "nine", "delta", "whiskey"]
    separators = [" ", ", ", "\t", "\n", ": ", " - ", "\r\n", ".  "]
    reached = 0
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 14)))
        expected = _spelled_codes_tried_everywhere(text)
        assert [(span.start, span.end) for span in spelled_codes(text)] == expected, text
        reached += bool(expected)
    assert reached > 20  # the forms reach findings, not only texts without one
