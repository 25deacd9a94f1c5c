"""Backup-code lists after a recovery cue of any language, wallet seed phrases (BIP-39), and links whose query or
path holds a generated key."""
import unicodedata

import pytest
from mnemonic import Mnemonic

from redactor.detect.recovery_codes import recovery_code_spans, seed_phrase_spans


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in recovery_code_spans(text, [])]


@pytest.mark.parametrize("text, codes", [
    ("Here are my backup codes for the bank app, can you sort them?\n4821 9930\n1175 2048\n6603 7712",
     ["4821 9930", "1175 2048", "6603 7712"]),
    ("Mes codes de secours :\n 1. 7392 0418\n 2. 5521 9804\n 3. 6610 2235",
     ["7392 0418", "5521 9804", "6610 2235"]),
    ("Notfallcodes für die Zwei-Faktor-Anmeldung: k7pq-2mzx, 9fht-wq4r, b3nd-x8vc",
     ["k7pq-2mzx", "9fht-wq4r", "b3nd-x8vc"]),
    ("Códigos de respaldo: 482 913 77, 556 019 42 y 903 712 58", ["482 913 77", "556 019 42", "903 712 58"]),
    ("Резервные коды для входа: 7781 0092, 6640 1175, 3392 8806", ["7781 0092", "6640 1175", "3392 8806"]),
    ("バックアップコード:\n4837 2290\n1196 5574", ["4837 2290", "1196 5574"]),
    ("Ticket 4471, user locked out.\nCodes:\n  - 8H2K-Q9PL\n  - 4MZX-71RT\n  - PQ7W-3NBV",
     ["8H2K-Q9PL", "4MZX-71RT", "PQ7W-3NBV"]),
    ("The restore key for the tax portal: R7KQ-PM2D-88XF-TZ41, where do I keep it?", ["R7KQ-PM2D-88XF-TZ41"]),
])
def test_codes_listed_after_a_recovery_cue_are_found_each(text, codes):
    assert _found(text) == codes


@pytest.mark.parametrize("text", [
    "Backup window: 02:00-04:00, retention 14 days, last run 2026-12-01, 3 restore points, 1200 GB.",
    "For two-factor login enter the 6-digit code from the app; we never ask for it. Questions: ticket 55821.",
    "Recovery codes were regenerated for 14 accounts on 2026-11-30.",
    "Discount codes: SPRING24, SUMMER24, AUTUMN24 until the end of the month.",
    "Barcodes 4006381 333931 and postcodes are printed on the label.",
    "Disaster recovery: order 204 118 and invoice 552 019 are in the drive.",  # words between the numbers
])
def test_numbers_near_recovery_words_that_are_no_code_list_are_not_found(text):
    assert _found(text) == []


def _phrase(entropy: bytes, language: str = "english") -> str:
    return Mnemonic(language).to_mnemonic(entropy)


def test_a_valid_seed_phrase_inline_is_one_sure_finding():
    phrase = _phrase(bytes(range(7, 23)))
    text = f"my wallet words are {phrase}, is it safe to keep them in notes?"
    spans = list(seed_phrase_spans(text))
    assert [text[span.start:span.end] for span in spans] == [phrase]
    assert spans[0].score > 0.8


def test_a_numbered_seed_phrase_in_columns_is_found_from_its_first_word_to_its_last():
    words = _phrase(bytes(range(40, 72))).split()  # 24 words
    text = "Recovery sheet (scan):\n" + "\n".join(
        "   ".join(f"{row * 4 + column + 1}. {words[row * 4 + column]}" for column in range(4)) for row in range(6))
    spans = list(seed_phrase_spans(text))
    assert len(spans) == 1
    assert text[spans[0].start:].startswith(words[0]) and text[:spans[0].end].endswith(words[-1])


def test_a_seed_phrase_remembered_wrong_is_still_found_as_doubtful():
    words = _phrase(bytes(range(100, 116))).split()
    words[5] = "orange" if words[5] != "orange" else "pilot"
    text = "Die 12 Wörter lauten: " + ", ".join(words) + " (bitte sicher aufbewahren)"
    spans = list(seed_phrase_spans(text))
    assert [text[span.start:span.end] for span in spans] == [", ".join(words)]  # whatever the checksum says


@pytest.mark.parametrize("form", ["NFC", "NFD"])  # typed (composed accents) or copied from the list (decomposed)
def test_a_spanish_seed_phrase_is_found(form):
    phrase = unicodedata.normalize(form, _phrase(bytes(range(1, 17)), "spanish"))
    assert [span.score > 0.8 for span in seed_phrase_spans(f"Frase de recuperación: {phrase}")] == [True]


@pytest.mark.parametrize("text", [
    "We are going to the zoo on Saturday with the kids, please bring water and a hat, it will be sunny all day.",
    "The duty doctor will ring you this morning about the school report card, can you help me reply in time?",
    "abandon ability able about above absent absorb abstract absurd abuse access",  # eleven words are no phrase
])
def test_prose_and_short_runs_of_list_words_are_no_seed_phrase(text):
    assert list(seed_phrase_spans(text)) == []


def test_a_seed_phrase_read_by_ocr_with_digits_for_letters_is_found():
    words = _phrase(bytes(range(60, 76))).split()
    misread = [word.replace("o", "0", 1).replace("s", "5", 1) if index % 3 == 2 else word
               for index, word in enumerate(words)]
    text = "OCR of the card:\n" + "\n".join(f"{index + 1}. {word}" for index, word in enumerate(misread)) + "\nEnd"
    spans = list(seed_phrase_spans(text))
    assert [(text[span.start:].split()[0], text[:span.end].split()[-1]) for span in spans] == [(misread[0], misread[-1])]


def test_numbers_and_codes_between_words_make_no_seed_phrase():
    text = "order 4471 able about above absent absorb abstract absurd abuse access accident b2b a4 x9 then"
    assert list(seed_phrase_spans(text)) == []


@pytest.mark.parametrize("phrase", [
    "test test test test test test test test test test test junk",  # Hardhat's and Anvil's default accounts
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",  # BIP-39 vector
    " ".join(["zoo"] * 23 + ["vote"]),  # BIP-39's all-ones 24-word vector
])
def test_published_test_vectors_are_no_wallet(phrase):
    text = f"Start the local chain; it funds twenty accounts from the mnemonic {phrase} as usual."
    assert list(seed_phrase_spans(text)) == []


def test_a_generated_phrase_with_one_word_twice_is_still_a_wallet():
    words = Mnemonic("english").to_mnemonic(bytes(range(16))).split()
    words[5] = words[0]  # a repeat, as real entropy gives now and then: the checksum breaks, doubt stays
    text = "Backup of the treasury wallet: " + " ".join(words) + " (keep offline)."
    spans = list(seed_phrase_spans(text))
    assert len(spans) == 1 and text[spans[0].start:spans[0].end] == " ".join(words)


def _may_hold_by_marks_string(lowered, membership):
    """The pre-check as it was first written (one mark character per word, a regex split): the reference for the
    vectorised one (speed35)."""
    import re

    from redactor.detect.recovery_codes import _lookup

    split = re.compile(r"[\s,;.:()\"'`•*|–—-]+")
    marks = "".join(["w" if word in membership or (not word.isalpha() and not word.isdigit()
                                                   and _lookup(word, membership))
                     else "n" if len(word) <= 2 and (not word or word.isdigit()) else "x"
                     for word in split.split(lowered)])
    return "w" * 12 in marks.replace("n", "") if marks.count("w") >= 12 else False


def test_the_phrase_pre_check_agrees_with_its_reference_on_words_numbers_and_ocr_forms():
    import random

    from redactor.detect.recovery_codes import _may_hold_a_phrase, _wordlists

    membership, _ = _wordlists()
    rng = random.Random(35)
    words = sorted(membership)[:4000]
    others = ["ab0ut", "5tudent", "a8andon", "ﬁle", "İstanbul", "ſun", "1.", "2)", "12", "x", "foo_bar", "ab1e", "5",
              "—", "hello", "ÄBC", "z00", "é", "\n", "3"]
    separators = ["\u00a0", "\u2003", "•", "–", "(", "'", "\x1c", ". ", " ", ", ", "\n", " 3. ", "-", "  ", "|"]
    held = 0
    for _ in range(20000):
        parts = [rng.choice(words) if rng.random() < 0.75 else rng.choice(others) for _ in range(rng.randint(0, 30))]
        text = "".join(part + rng.choice(separators) for part in parts).lower()
        expected = _may_hold_by_marks_string(text, membership)
        assert _may_hold_a_phrase(text, membership) == expected, text
        held += expected
    assert 2000 < held < 18000  # both answers are reached
