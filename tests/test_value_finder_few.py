"""The history's search for a turn's few new values (engine._ValueFinder with at most
_FEW_VALUES_MAX values): one ahocorasick_rs pass must name the same texts as
str.find of each value over the joined texts (what it replaced) and as the
pyahocorasick automaton used for many values."""
from __future__ import annotations

import bisect
import random

from redactor.detect.engine import _FEW_VALUES_MAX, _ValueFinder


def _texts_by_str_find(values, texts):
    """The replaced search, as it was: every start of every value in the joined texts, by text."""
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    joined = "\n".join(texts)
    hits = set()
    for value in values:
        if not value:
            continue
        position = joined.find(value)
        while position != -1:
            hits.add(bisect.bisect_right(starts, position) - 1)
            position = joined.find(value, position + 1)
    return hits


# Dev set: the shapes the pass meets (written before the change was measured).

def test_a_learned_name_is_found_in_the_history_texts_that_hold_it():
    values = ["Ingrid Takahashi", "Ingrid", "Takahashi", "itakahashi", "ingrid.takahashi", "TAKAHASHI"]
    texts = ["(ticket 4) Ingrid Takahashi said that the nightly export job started failing.",
             "Done with step 4; the tests pass.",
             "def test_takahashi_export():\n    owner = 'itakahashi'\n",
             "The staging environment is shared with other teams.",
             "git log --author=ingrid.takahashi@example.org"]
    finder = _ValueFinder(values)
    assert finder._few is not None
    assert finder.texts_with_matches(texts) == {0, 2, 4} == _texts_by_str_find(values, texts)


def test_letters_beyond_ascii_are_found_at_their_character_offsets():
    values = ["Lucía Núñez", "Núñez", "Zoë", "Ørsted"]
    texts = ["Hola Lucía Núñez, ¿qué tal?", "plain ascii text", "Zoë wrote it", "nothing here",
             "the Ørsted account"]
    assert _ValueFinder(values).texts_with_matches(texts) == {0, 2, 4} == _texts_by_str_find(values, texts)


def test_a_value_with_other_letters_is_not_in_an_ascii_history_and_an_ascii_value_still_is():
    values = ["Núñez", "Nunez"]
    texts = ["Maria Nunez called", "no one", "Nunez again"]
    assert _ValueFinder(values).texts_with_matches(texts) == {0, 2}
    assert _ValueFinder(["Núñez"]).texts_with_matches(texts) == set()


def test_a_value_across_the_join_counts_for_the_text_it_starts_in():
    # The joined texts are separated by a newline: a value holding one may straddle two texts.
    values = ["end\nstart"]
    texts = ["the end", "start here", "other"]
    assert _ValueFinder(values).texts_with_matches(texts) == {0} == _texts_by_str_find(values, texts)


def test_overlapping_values_each_name_their_text():
    values = ["Anna", "Annabel", "nnab"]
    texts = ["Annabel", "x", "Anna", "y Annab"]
    assert _ValueFinder(values).texts_with_matches(texts) == {0, 2, 3}


def test_a_lone_surrogate_in_the_history_falls_back_to_str_find():
    values = ["Kenji Volkov", "Volkov"]
    texts = ["broken \ud800 escape before Volkov", "nothing", "Kenji Volkov"]
    assert _ValueFinder(values).texts_with_matches(texts) == {0, 2}


def test_random_texts_name_what_str_find_names():
    rng = random.Random(25)
    alphabet = "ab cJ-_.\nñé"
    for _ in range(400):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(1, 8))]
        values = {"".join(rng.choice("abcJñ\n") for _ in range(rng.randint(1, 3)))
                  for _ in range(rng.randint(1, _FEW_VALUES_MAX))}
        assert _ValueFinder(values).texts_with_matches(texts) == _texts_by_str_find(values, texts)


# Check set (written after the change, not tuned on): a re-sent agent history of code, logs, .env lines
# and prose, searched for the values one learned person and one e-mail add.

_HISTORY = [
    "Please fix the flaky test in billing/invoices.py; Fatima Haddad wrote it last spring.",
    "I'll read the module first.",
    'def test_invoice_totals(fhaddad_fixture):\n    assert totals("FHADDAD-2024") == 12\n',
    "2026-11-30T08:01:12Z WARN billing.worker user=fhaddad retry=3 latency_ms=812",
    "DATABASE_URL=postgres://billing@db-internal:5432/billing\nOWNER_EMAIL=f.haddad@example.org\n",
    "git branch -a\n  main\n  feature/haddad-invoice-rounding\n",
    "Straße und Café: the Unicode test fixtures load fine now.",
    "Done. The rounding fix is in; the tests pass.",
]


def test_a_learned_person_and_address_are_searched_in_an_agent_history_as_before():
    values = ["Fatima Haddad", "Fatima", "Haddad", "fhaddad", "FHADDAD", "haddad", "f.haddad@example.org",
              "f.haddad", "example.org", "fatima.haddad", "Haddad, Fatima", "FATIMA HADDAD"]
    assert len(values) <= _FEW_VALUES_MAX
    few = _ValueFinder(values)
    automaton = _ValueFinder([*values, *(f"padding{i}" for i in range(_FEW_VALUES_MAX))])
    assert few.texts_with_matches(_HISTORY) == automaton.texts_with_matches(_HISTORY) \
        == _texts_by_str_find(values, _HISTORY) == {0, 2, 3, 4, 5}


def test_the_same_finder_answers_alike_for_ascii_and_unicode_histories():
    values = ["Café", "Haddad", "Straße"]
    finder = _ValueFinder(values)
    ascii_only = [text for text in _HISTORY if text.isascii()]
    assert finder.texts_with_matches(ascii_only) == _texts_by_str_find(values, ascii_only)
    assert finder.texts_with_matches(_HISTORY) == _texts_by_str_find(values, _HISTORY)
    assert finder.texts_with_matches(ascii_only) == _texts_by_str_find(values, ascii_only)  # built once, reused
