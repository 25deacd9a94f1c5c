"""The shared cue scan reads a text once: the cue words as written are found through their lower-cased form.

keywords.py answers cue lists asked of a text as written and of its lower-cased copy from one automaton pass over
the lower-cased copy; a hit of a word as written is checked against the text. These tests hold the answers to those
of str.find on each kind of haystack, on texts whose case mapping is not one character to one character.
"""
from __future__ import annotations

import random
import sys

from redactor.detect import keywords
from redactor.detect.keywords import keyword_positions, lowered_same_length, word_positions


def _found_by_find(haystack: str, words: tuple[str, ...]) -> list[int]:
    positions = []
    for word in words:
        at = haystack.find(word)
        while at != -1:
            positions.append(at)
            at = haystack.find(word, at + 1)
    return sorted(positions)


# Cased words (one a sigma word, one without letters, one a dotted capital I) and their lower-case lists.
_AS_WRITTEN = (("ID", "Owner", "KEY"), ("ΣΟΦΙΑ", "ΟΣ"), ("-U", "::", " ("), ("İstanbul", "Kelvin"), ("Tag",) * 3)
_LOWER = (("id", "owner", "key"), ("σοφια", "ος"), ("istanbul", "i̇stanbul", "kelvin"))
# Characters whose case mapping is special: the Kelvin sign lowers to "k", a dotted capital I to two characters,
# a capital sigma to a final or a medial sigma depending on the letter after it.
_ALPHABET = "IDidKkKΣσςΟοΦφΙιΑα İı-U:: (TtAagGwWnNeErR stanbulKelvin\n"


def test_cue_words_as_written_and_lower_cased_are_found_where_str_find_finds_them():
    rng = random.Random(22)
    for families in (_AS_WRITTEN, _LOWER):
        keyword_positions("warm up", families[0])  # (each list joins the shared union from the next text on)
        for family in families:
            keyword_positions("warm up", family)
    for _ in range(400):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.3:
            text += " the Owner ΣΟΦΙΑΣ ΟΣ İstanbul KELVIN ID id "
        lowered = lowered_same_length(text)
        for family in _AS_WRITTEN:
            assert keyword_positions(text, family) == _found_by_find(text, family), (text, family)
        for family in _LOWER:
            assert keyword_positions(lowered, family) == _found_by_find(lowered, family), (text, family)
        assert word_positions(text, _AS_WRITTEN[0]) == {
            word: _found_by_find(text, (word,)) for word in _AS_WRITTEN[0] if word in text}


def test_a_text_and_its_lower_cased_copy_cost_one_automaton_pass():
    as_written, lower = ("Deploy", "Owner"), ("deploy", "owner")
    keyword_positions("warm up", as_written)
    keyword_positions("warm up", lower)
    text = "Ask the Owner before you Deploy; the owner is on call."
    assert keyword_positions(text, as_written) == [8, 25]
    one_pass = keywords._per_thread.lowered_pass
    assert one_pass[0] == text.lower()
    assert keyword_positions(lowered_same_length(text), lower) == [8, 25, 37]
    assert keywords._per_thread.lowered_pass is one_pass  # the lower-cased copy was answered from the same pass


def test_a_character_without_case_is_the_lower_case_of_no_other_character():
    # Why a hit of a word without cased letters needs no check against the text as written (keywords._CueUnion).
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        lowered = character.lower()
        if lowered != character and len(lowered) == 1:
            assert lowered.lower() != lowered.upper(), hex(code)
