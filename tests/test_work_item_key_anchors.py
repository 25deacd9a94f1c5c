"""ids_work_item_keys tries each pattern only where its matches can start or lie, with the same matches as a scan of
the whole text: keys after a case word from the case word's start (the shared cue scan, ASCII text), bare and
listed keys from where a key starts (`_key_starts`), keys as values on the lines that hold a key, and keys at a
line's start from the line starts."""
from __future__ import annotations

import pytest

from redactor.detect import ids_work_item_keys as work_items
from redactor.detect.keywords import matches_at_keywords, matches_at_line_starts, matches_at_starts, \
    matches_on_lines_with


def _keys(text: str) -> list[str]:
    return [text[start:end] for start, end in sorted({(start, end)
                                                       for start, end, _ in work_items.find_work_item_keys(text)})]


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _anchored_as_whole_text_scans(text: str) -> bool:
    """Every anchored pattern of the module matches as its finditer over the whole text does."""
    starts = work_items._key_starts(text)
    anchored = {
        work_items._KEY_AFTER_CASE_WORD: matches_at_keywords(work_items._KEY_AFTER_CASE_WORD, text,
                                                             work_items._CASE_WORD_STARTS),
        work_items._BARE_KEY: matches_at_starts(work_items._BARE_KEY, text, starts),
        work_items._ANY_KEY: matches_at_starts(work_items._ANY_KEY, text, starts),
        work_items._KEY_AS_VALUE: matches_on_lines_with(work_items._KEY_AS_VALUE, text, work_items._HOLDS_A_KEY),
        work_items._KEY_AT_LINE_START: matches_at_line_starts(work_items._KEY_AT_LINE_START, text),
        work_items._PERSON_KEYS_LINE: matches_at_line_starts(work_items._PERSON_KEYS_LINE, text),
    }
    return all(_spans(matches) == _spans(pattern.finditer(text)) for pattern, matches in anchored.items())


# Dev set: the forms each anchor must reach (written for this change).
def test_a_key_after_a_case_word_is_found_from_the_word():
    assert _keys("please look at ticket SD-4471 today") == ["SD-4471"]
    assert _keys("Der Fall #2210 und die Anfrage KD-9 sind offen") == ["2210", "KD-9"]


def test_a_text_without_a_case_word_tries_no_position():
    assert list(matches_at_keywords(work_items._KEY_AFTER_CASE_WORD, "the build passed on main",
                                    work_items._CASE_WORD_STARTS)) == []


def test_a_bare_key_and_a_key_as_value_are_found_from_where_keys_start():
    assert _keys('give me the details of SUP-2207\n{"key": "OPS-4471"}') == ["SUP-2207", "OPS-4471"]


def test_a_text_without_a_key_has_no_key_start():
    assert work_items._key_starts("no key here, only UTF 8 and a-b-c") == []


@pytest.mark.parametrize("text", [
    "ticket SD-4471, case #44120 and ref=LEG-77",
    "XAB-123 ab-CD-123 x.AB-123 AB-12CD-345 ABCDEFGHIJKL-123 $AB-123 #AB-123",
    '{"key": "SUP-2207", "created": ["OPS-4471", "OPS-4472"]}\nticket=OPS-4410\n',
    "ENG-341: login fails\nENG-360: export\n- Hana: ENG-341, ENG-360\n",
    "the because prefer cast casual refer: SD-1 ticketing",
])
def test_anchors_match_whole_text_scans_on_the_dev_forms(text: str):
    assert _anchored_as_whole_text_scans(text)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text", [
    "[10:42] <dana> CS-219 is mine\r\n  * Marek -> CS-219 & CS-220\r\n",
    'issues = [ "AB-1" , "AB-2" ]   \nmodel = "RTX-4090"\tversion=ES-2015',
    "REQUEST 5000 rows; Reference: INC-4471; TICKET #INC-4472; Vorgang: VG-88",
    "line one\n\nSUP-1\n\n\nSUP-2",
    "OPS-91" + " padding words" * 60 + "\nkey: OPS-92",
    "ref AB-1CD-2 and ref-AB-3 and =AB-4 and 'AB-5' and (AB-6)",
])
def test_anchors_match_whole_text_scans_on_the_check_forms(text: str):
    assert _anchored_as_whole_text_scans(text)


def test_non_ascii_text_is_scanned_whole_for_case_words():
    # `re` folds "ſ" and "K" (Kelvin) into s and k, which lower() does not: such a text keeps the whole-text scan.
    assert _keys("der Fall KD-2210 und ärende RH-0412") == ["KD-2210", "RH-0412"]
