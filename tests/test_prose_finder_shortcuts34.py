"""Round 34 (speed34): shortcuts in the finders that run once per found name must answer as the scans they replace.

`logins_beside_people._opens_cell` replaced a search of the whole line before each name; `logins_of_people` asks
each distinct word once before walking a line's matches; `street_words.is_street_word` tries the endings as one
tuple. Each is compared here with the original formulation on random lines built from the characters the patterns
care about (separators, digits, spaces, tabs, letters, line breaks), so a difference in any case fails.
"""
from __future__ import annotations

import random

from redactor.detect import logins_beside_people as beside
from redactor.detect import logins_of_people as of_people
from redactor.detect.street_words import _street_words, is_street_word

_ALPHABET = "ab1 9\t|,;:(（/·•–—-*.)\n"


def test_opens_cell_answers_as_the_search_of_the_whole_line():
    rng = random.Random(34)
    checked = 0
    for _ in range(20000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 30)))
        start = rng.randint(0, len(text))
        line_start = text.rfind("\n", 0, start) + 1
        expected = bool(beside._CELL_OPENS.search(text, line_start, start))
        assert beside._opens_cell(text, line_start, start) == expected, (text, start)
        checked += expected
    assert checked > 1000  # both answers were exercised


def test_a_name_in_a_long_paragraph_still_takes_the_handle_that_opens_its_line():
    from redactor.detect.base import Span
    filler = "the export job ran late again and nobody knew why. " * 60
    text = "3. nyxie - Nora Lindholm said so. " + filler
    person = text.index("Nora Lindholm")
    spans = [Span(person, person + len("Nora Lindholm"), "PERSON", "pii", 0.85, "ner")]
    found = beside.logins_beside_people(text, spans)
    assert [text[span.start:span.end] for span in found] == ["nyxie"]


def test_the_distinct_word_check_agrees_with_the_walk_over_matches():
    rng = random.Random(7)
    spellings = frozenset({"kkowalski", "kari", "halvorsen", "karih"})
    words = ["kari", "k.kowalski", "kari.h", "karih_", "note", "x9", "kowal", "halvorsen2", "a" * 45, "ship-it"]
    for _ in range(3000):
        chosen = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        walk = any(len(word) <= of_people._MAX_LOGIN
                   and (word if word.isalpha() else of_people._NOT_LETTER.sub("", word)) in spellings
                   for word in chosen)
        assert of_people._spells_any(chosen, spellings) == walk
        joined = {"kkowalski", "karihalvorsen"}
        for word in chosen:
            if of_people._joined_pieces(word, joined):
                assert of_people._may_hold_joined(word, joined)


def test_street_word_endings_as_one_tuple_answer_as_the_loop():
    _, endings = _street_words()
    samples = ["Laugavegur", "strasse", "Hauptstraße", "convey", "Main", "gade", "Nørregade", "vegur", "ab"]
    samples += [ending for ending in endings[:200]] + ["xyz" + ending for ending in endings[:200]]
    for word in samples:
        folded = word.casefold().rstrip(".,")
        loop = folded in _street_words()[0] or any(
            folded.endswith(ending) and len(folded) > len(ending) + 2 for ending in endings)
        assert is_street_word(word) == loop, word


def test_list_start_answers_as_the_walk_over_list_openings():
    from redactor.detect import people_beside_names as beside_names

    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice("ab :：—–\n-,") for _ in range(rng.randint(0, 25)))
        end = rng.randint(0, len(text))
        line_start = text.rfind("\n", 0, end) + 1
        opening = None
        for opening in beside_names._LIST_OPENING.finditer(text, line_start, end):
            pass
        expected = opening.end() if opening is not None else line_start
        assert beside_names._list_start(text, line_start, end) == expected, (text, end)
