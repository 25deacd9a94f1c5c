"""word_windows.window_counts must count what findall over the slice finds, before and after the text is indexed,
for windows cut anywhere (inside words, at apostrophes and combining marks); and the language readers that use it
must answer as they did on the slice (round 34, speed34)."""
from __future__ import annotations

import random

from redactor.detect import language_common_words as lcw
from redactor.detect import model_findings_in_other_languages as mfol
from redactor.detect.word_windows import window_counts

_PIECES = ["Der", "Kunde", "hat", "die", "Rechnung", "l’amour", "d'accord", "the", "export", "job", "Sie", "Ihrem",
           "Kind", "Okonkwo", "naïve", "é", "x9", "2024", "-", ",", ".", "|", "\t", "\n", "  ", "Grüße", "नमस्ते", "’",
           "la", "consegna", "per", "Ferrovie", "Tu", "es", "un", "assistant"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(5, 120)))


def test_window_counts_equal_the_slice_counts_before_and_after_indexing():
    rng = random.Random(34)
    predicates = (lambda word: word[:1].isupper(), lambda word: "’" in word or "'" in word)
    for pattern in (lcw._WORD, mfol._WORD):
        for _ in range(300):
            text = _text(rng)
            for _ in range(12):  # enough windows that the text gets indexed midway
                low = rng.randint(0, len(text))
                high = rng.randint(low, len(text))
                words = pattern.findall(text[low:high])
                expected = (len(words), *(sum(map(predicate, words)) for predicate in predicates))
                assert window_counts(text, low, high, pattern, predicates) == expected, (text, low, high)


def test_the_language_readers_answer_as_on_the_slice():
    rng = random.Random(35)
    for _ in range(300):
        text = _text(rng)
        for _ in range(8):
            low = rng.randint(0, len(text))
            high = rng.randint(low, len(text))
            assert lcw.line_language_in(text, low, high) == lcw.line_language(text[low:high])
            start = rng.randint(0, len(text))
            end = rng.randint(start, min(len(text), start + 30))
            window = text[max(0, start - mfol._WINDOW):min(len(text), end + mfol._WINDOW)]
            assert mfol._language_around(text, start, end) == mfol.text_language(window)


def test_other_languages_are_still_read():
    german = "Der Kunde hat die Rechnung noch nicht bezahlt und wir warten auf die Antwort der Buchhaltung. " * 3
    assert lcw.line_language_in(german, 0, len(german)) == "de"
    assert mfol._language_around(german, 10, 15) == "de"
    english = "The customer has not paid the invoice yet and we are waiting for the answer. " * 3
    assert lcw.line_language_in(english, 0, len(english)) is None
