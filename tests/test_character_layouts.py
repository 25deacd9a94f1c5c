"""Patterns tried only where their layout starts find exactly what a scan of the whole text finds.

The detectors rely on this: a speed-up that tried a pattern at fewer places and lost a match would
let an SSN, a card number or a postcode through unredacted.
"""
from __future__ import annotations

import random
import re

from redactor.detect.character_layouts import (character_classes, character_runs, layout_matches,
                                               matches_in_character_runs)
from redactor.detect.keywords import DigitFirstPattern, starts_read_backwards

_PIECES = ("123-45-6789", "123 45 6789", "4111 1111 1111 1111", "GB29NWBK60161331926819", "SW1A 1AA", "K1A 0B1",
           "0", "12", "a", "Z", "-", "_", " ", "\n", ".", ":", "é", "٣", "x1", "AB-12")


def _texts(count: int) -> list[str]:
    generator = random.Random(14)
    return ["".join(generator.choice(_PIECES) for _ in range(generator.randint(1, 12))) for _ in range(count)]


def test_every_digit_capital_and_small_letter_is_written_as_its_class():
    assert character_classes("Ab-9 x_Z") == b"Aa-0 a_A"


def test_text_outside_ascii_has_no_classes():
    # There `\d` and `\w` reach beyond ASCII: the caller scans the text as it is.
    assert character_classes("Müller 12") is None


def test_a_pattern_tried_at_its_layout_finds_what_finditer_finds():
    ssn = DigitFirstPattern(re.compile(r"\d(?<![\w-]\d)\d{2}([- ])\d{2}\1\d{4}(?![\w-]|\.\d)"))
    iban_start = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}")
    for text in _texts(3000):
        assert [m.span() for m in layout_matches(ssn, text, (b"000-00-0000", b"000 00 0000"), b"0Aa_-")] == [
            m.span() for m in ssn.finditer(text)], text
        assert [m.span() for m in layout_matches(iban_start, text, (b"AA00",), b"Aa0")] == [
            m.span() for m in iban_start.finditer(text)], text


def test_a_run_read_backwards_from_its_rare_end_starts_where_the_forward_pattern_starts():
    octet_before_dot = re.compile(r"(?<!\d)\d{1,3}(?=\.)")
    for text in _texts(3000):
        assert starts_read_backwards(re.compile(r"\.\d{1,3}+(?!\d)"), text) == [
            m.start() for m in octet_before_dot.finditer(text)], text


def test_a_pattern_tried_at_the_first_digit_of_each_number_finds_what_finditer_finds():
    # One step per number, not per digit (layout_starts): a house number, a postcode, a phone's first digit.
    house_number = DigitFirstPattern(re.compile(r"\d(?<![\w.-]\d)\d{0,4}[ \t]+[A-Z]"))
    code = re.compile(r"\d(?<![\w./:#$@+-]\d)\d{1,5}(?!\d)")
    for text in _texts(3000) + ["12 Z", "9", "x 1 2 3", "-1 A", "a.12 B 34 C"]:
        assert [m.span() for m in layout_matches(house_number, text, (b"0",), b"0Aa_.-")] == [
            m.span() for m in house_number.finditer(text)], text
        assert [m.span() for m in layout_matches(code, text, (b"0",), b"0Aa_./:#$@+-")] == [
            m.span() for m in code.finditer(text)], text


def test_runs_of_characters_found_by_bytes_find_are_the_runs_a_regex_finds():
    runs = re.compile(r"[A-Z\dk .+\-]{9,}")
    number = re.compile(r"(?<![\w-])\d{3}[ -]?\d{2}[ -]?\d{4}(?![\w-])")
    for text in _texts(3000) + ["", "123 45 6789", " " * 9, "k" * 8]:
        if text.isascii():
            assert character_runs(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789k .+-", 9) == [
                m.span() for m in runs.finditer(text)], text
        # Outside ASCII (`\d` reaches other digits) the regex finds the runs itself: the same matches either way.
        assert [m.span() for m in matches_in_character_runs(
            number, text, runs, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789k .+-", 9)] == [
            m.span() for m in number.finditer(text)], text


def test_starts_found_in_marks_are_where_the_class_first_patterns_match():
    # pii.py: a phone's possible starts and each letter O beside a digit, found by bytes.find on the text written in
    # marks instead of a regex that the engine tries at every position (~20 us per KB each).
    from redactor.detect import pii
    from redactor.detect.character_layouts import marked_positions

    pieces = _PIECES + ("+44", "(0)", "=+1", ":+3", "O0", "0o", "1O2", "o", "O", "((", "(+", "@1", "#2", "/3", "x=4")
    generator = random.Random(10)
    texts = ["".join(generator.choice(pieces) for _ in range(generator.randint(0, 14))) for _ in range(4000)]
    for text in texts:
        if text.isascii():
            phone_starts = [m.start() for m in pii._PHONE_START_ASCII.finditer(text)]
            assert marked_positions(text, pii._PHONE_START_MARKS, pii._PHONE_START_NEEDLES, lead=1) == phone_starts, text
        else:
            assert marked_positions(text, pii._PHONE_START_MARKS, pii._PHONE_START_NEEDLES) is None
        assert pii._letter_o_beside_digits(text) == sorted(
            {m.start() + 1 for m in pii._DIGIT_THEN_LETTER_O.finditer(text)}
            | {m.start() for m in pii._LETTER_O_THEN_DIGIT.finditer(text)}), text


def test_year_ranges_tried_at_four_digits_and_name_labels_at_line_starts_match_as_finditer_does():
    from redactor.detect import birth_date_layouts, organisations_in_structure
    from redactor.detect.keywords import matches_at_line_starts

    pieces = _PIECES + ("1999", "2024", " - ", " to ", "present", "Jan ", "\nAnna", "Anna Maria", ": ", " | ", "\r\n")
    generator = random.Random(11)
    for _ in range(4000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 14)))
        years = organisations_in_structure._YEARS
        assert [m.span() for m in layout_matches(years, text, (b"0000",))] == [
            m.span() for m in years.finditer(text)], text
        label = birth_date_layouts._NAME_LABEL
        assert [m.span() for m in matches_at_line_starts(label, text)] == [m.span() for m in label.finditer(text)], text


def test_starts_found_in_marks_grow_linearly_with_the_text():
    # A `find` loop per needle over the marked text: dense phone starts and digits beside Os cost in proportion.
    from redactor.detect import pii
    from tests.growth import assert_linear_growth

    def work(size: int):
        text = ("(0 +1 =+2 o3 4O " * (size // 16 + 1))[:size]
        return lambda: (list(pii._phone_candidates(text)), pii._letter_o_beside_digits(text))

    assert_linear_growth(work, 400_000)
