"""Window extents of name_windows.py, tokenised only around candidates: the same windows as counting every token."""
from __future__ import annotations

import random
import re

import pytest

from redactor.detect.name_windows import _MERGE_GAP_WORDS, WINDOW_WORDS, _Tokens, name_windows

# Surnames no word list holds: each is a candidate wherever it stands; the filler words never are.
_SURNAMES = ("Okonkwo", "Wierzbicki", "Raghunathan", "Halvorsen", "Yilmaz", "Chatterjee")
_FILLER = ("the", "retry", "logic", "backs", "off", "and", "logs", "every", "attempt", "(see", "#412),", "+1",
           "646", "—", "it", "makes.", "then", "review", "-", "v2.3.1")


def _reference_windows(text: str) -> list[tuple[int, int]]:
    """Windows by counting every whitespace token of the text: WINDOW_WORDS on each side, merged as documented."""
    spans = [match.span() for match in re.finditer(r"\S+", text)]
    ranges: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(spans):
        if not text[start:end].strip("(),.#").startswith(_SURNAMES):
            continue
        low, high = max(0, index - WINDOW_WORDS), min(len(spans) - 1, index + WINDOW_WORDS)
        if ranges and low <= ranges[-1][1] + _MERGE_GAP_WORDS:
            ranges[-1] = (ranges[-1][0], high)
        else:
            ranges.append((low, high))
    return [(spans[low][0], spans[high][1]) for low, high in ranges]


def test_windows_match_counting_every_token():
    rng = random.Random(23)
    for _ in range(400):
        words = [rng.choice(_SURNAMES) if rng.random() < 0.06 else rng.choice(_FILLER)
                 for _ in range(rng.randint(0, 90))]
        text = "".join(word + rng.choice((" ", " ", "  ", "\n", "\t ")) for word in words).rstrip()
        assert name_windows(text) == _reference_windows(text), text


def test_a_window_holds_window_words_tokens_on_each_side():
    before = [f"w{i}" for i in range(WINDOW_WORDS + 3)]
    after = [f"x{i}" for i in range(WINDOW_WORDS + 3)]
    text = " ".join(before + ["Okonkwo"] + after)
    [(start, end)] = name_windows(text)
    assert text[start:end].split() == before[-WINDOW_WORDS:] + ["Okonkwo"] + after[:WINDOW_WORDS]


@pytest.mark.parametrize("text", ["Okonkwo approved", "  \nOkonkwo", "it was Okonkwo.", "Okonkwo"])
def test_a_window_stops_at_the_text_edges(text):
    [(start, end)] = name_windows(text)
    assert text[start:end] == text.strip()


@pytest.mark.parametrize("between, windows", [(2 * WINDOW_WORDS + _MERGE_GAP_WORDS - 1, 1),
                                              (2 * WINDOW_WORDS + _MERGE_GAP_WORDS, 2)])
def test_windows_a_few_tokens_apart_merge(between, windows):
    text = "Okonkwo " + " ".join(["and"] * between) + " Halvorsen"
    assert len(name_windows(text)) == windows


def test_tokens_are_found_from_a_position_outwards():
    text = "  ask (Okonkwo), then  review\n"
    tokens = _Tokens(text)
    start = text.index("(Okonkwo")
    assert text[tokens.previous(start):start].strip() == "ask"
    assert text[tokens.next(start):].startswith("then")
    assert tokens.previous(text.index("ask")) is None and tokens.next(text.index("review")) is None
    assert text[slice(*tokens.core(start))] == "Okonkwo"
    assert tokens.around(start) == (text.index("ask"), text.index("review") + len("review"))
