"""Round 32: a handle written as a field of a person's record (logins_beside_people), and a login built from a
name found elsewhere in the same text (logins_of_people's joined spellings).

Examples are my own, written for the forms (records in several orders, separators and scripts; paths,
identifiers and transliterations), not copied from any corpus. The look-alikes must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.logins_beside_people import handle_score, logins_beside_people
from redactor.detect.logins_of_people import logins_of_people


def _people(text: str, names: list[str]) -> list[Span]:
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(Span(start, start + len(name), "PERSON", "pii", 0.85, "test"))
    return spans


def _beside(text: str, names: list[str]) -> list[str]:
    return sorted(text[span.start:span.end] for span in logins_beside_people(text, _people(text, names)))


def _of_people(text: str, names: list[str]) -> list[str]:
    return sorted({text[span.start:span.end] for span in logins_of_people(text, _people(text, names))})


BESIDE = [
    ("Match 4: Kettle_Drum (Ivo Marsh, club id 55102) beat Ivo's cousin.", ["Ivo Marsh"], ["Kettle_Drum"]),
    ("Refund asked by Greta Lind (GretaPlays91).", ["Greta Lind"], ["GretaPlays91"]),
    ("seller 7: wolfbane_shop / Anton Reyes / anton.r@example.org", ["Anton Reyes"], ["wolfbane_shop"]),
    ("2) quillfeather - Mara Okoye - 2004-02-11", ["Mara Okoye"], ["quillfeather"]),
    ("uid copperfox_77 Jonas Weber jweber@example.org", ["Jonas Weber"], ["copperfox_77"]),
    ("bluemoth: Hana Sato, bringing snacks", ["Hana Sato"], ["bluemoth"]),
    ("Reporter: Lena Fischer | xLenaXx", ["Lena Fischer"], ["xLenaXx"]),
    ("신고자 Kim Minsu (달빛_고양이)", ["Kim Minsu"], ["달빛_고양이"]),
    ("@dune.rider (Pablo Ortega) posted the map", ["Pablo Ortega"], ["dune.rider"]),
]

STAYS = [
    ("Release notes v2.3.1 - John Smith", ["John Smith"]),
    ("See config.yaml - Peter Brown", ["Peter Brown"]),
    ("Ticket OPS-4410 (Anna Berg) closed", ["Anna Berg"]),
    ("Meeting with Anna Schmidt / Berlin office", ["Anna Schmidt"]),
    ("The max_retries (Maria Garcia's change) was reverted", ["Maria Garcia"]),
    ("Reviewed by engineer - Tom Hardy - yesterday", ["Tom Hardy"]),
    ("Commit 3fa9c21e (Ola Nordmann) fixed it", ["Ola Nordmann"]),
    ("root (Ada Lovelace) owns the cron job", ["Ada Lovelace"]),
]


@pytest.mark.parametrize("text, names, expected", BESIDE)
def test_a_handle_beside_a_name_in_one_record_is_a_login(text, names, expected):
    assert _beside(text, names) == expected


@pytest.mark.parametrize("text, names", STAYS)
def test_words_ids_versions_files_and_role_accounts_beside_a_name_stay(text, names):
    assert _beside(text, names) == []


def test_a_plain_lower_case_word_of_no_language_is_only_doubtful():
    assert 0 < handle_score("quillfeather") < handle_score("quillfeather7")


def test_a_login_spelling_a_name_found_on_another_line_is_found_in_paths_and_identifiers():
    text = ("Ticket from Kari Halvorsen about the template.\n"
            "It lives in ~/shared/khalvorsen/mal.xlsx; the box is KHALVORSEN-LT02 and debug-khalvorsen runs.")
    assert _of_people(text, ["Kari Halvorsen"]) == ["KHALVORSEN", "khalvorsen"]


def test_a_joined_spelling_on_another_line_counts_but_a_name_part_alone_does_not():
    text = "Owner: Kari Halvorsen.\n\nkari.halvorsen pushed; halvorsen is the surname; kari said ok."
    assert _of_people(text, ["Kari Halvorsen"]) == ["kari.halvorsen"]


def test_a_surname_of_several_words_and_a_letter_with_a_slash_spell_logins_both_ways():
    assert _of_people("Oisín Mac Giolla, sam omacgiolla", ["Oisín Mac Giolla"]) == ["omacgiolla"]
    assert _of_people("Owner: Sunniva Løkken (sloekken)", ["Sunniva Løkken"]) == ["sloekken"]
    assert _of_people("Owner: Sunniva Løkken (slokken)", ["Sunniva Løkken"]) == ["slokken"]


def test_an_ordinary_word_made_of_two_name_parts_stays():
    assert _of_people("Mark Down wrote it.\nRender the markdown file.", ["Mark Down"]) == []


# A plain word before a name is the sentence's, in any language; a short answer in a table's cell is no handle.
SENTENCE_WORDS = [
    ("Bitte ping Ola Nordmann heute", ["Ola Nordmann"]),
    ("Jak działa Konto Gość w systemie", ["Konto Gość"]),
    ("Geschenk für Anna Berg", ["Anna Berg"]),
    ("| 4 | Karin Brandt | sí |", ["Karin Brandt"]),
    ("Pedro đăng nhập | Trần Văn An | Quản trị", ["Trần Văn An"]),
    ("Konto Anna Berg (Gość) jest wyłączone", ["Anna Berg"]),
]


@pytest.mark.parametrize("text, names", SENTENCE_WORDS)
def test_plain_words_of_a_sentence_or_a_cell_beside_a_name_stay(text, names):
    assert _beside(text, names) == []


def test_a_list_in_brackets_after_a_name_and_an_api_version_before_one_stay():
    assert _beside("przez mechanizmy Anna Nowak (potoki, gniazda, pamięć)", ["Anna Nowak"]) == []
    assert _beside("- batch/v1beta1 Ola Nordmann: removed 1.25", ["Ola Nordmann"]) == []
    assert _beside("| api v2beta2 | Ola Nordmann |", ["Ola Nordmann"]) == []
    assert _beside("Rab_McTurbo (Robbie Mac, id 7) and Robbie Mac (rabbit_77, id 7)", ["Robbie Mac"]) == ["Rab_McTurbo"]
