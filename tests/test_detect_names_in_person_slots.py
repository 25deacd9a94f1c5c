"""Names that are also words, decided by the slot they stand in; whole names in lower case and with nicknames.

A user relies on "June Frost wants to swap" sending no name, while "June" the month and
"Grant Access" the button stay readable; on "my name is ana maria delgado" hiding all of
the name, not its first two words; and on a nickname not splitting a name in two.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.ner import NerDetector
from redactor.detect.people_in_structure import people_in_structure


@pytest.fixture(scope="module")
def ner() -> NerDetector:
    return NerDetector()


def covered(ner: NerDetector, text: str, name: str) -> bool:
    start = text.index(name)
    return any(span.kind == "PERSON" and span.start <= start and start + len(name) <= span.end
               for span in ner.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, name", [
    ("Felicity Crane is out until Thursday.", "Felicity Crane"),
    ("Attendees: Rose Bush, Jack Frost and Amber Field", "Amber Field"),
    ("Please send the contract to Holly Berry and Sky Woods by Monday.", "Sky Woods"),
    ("the applicant Grace Field submitted the form twice", "Grace Field"),
    ("May Forrest has a conflict on Tuesday, so move the review.", "May Forrest"),
    ("- Desmond Okafor SSN 527-41-8830\n- Lucinda Marsh SSN 531-22-9041", "Lucinda Marsh"),
    ("Call list: Kowalczyk, Tomasz 0161 496 0312; Adeyemi, Funke 0161 496 0877", "Adeyemi, Funke"),
    ("Call list: Kowalczyk, Tomasz 0161 496 0312; Adeyemi, Funke 0161 496 0877", "Kowalczyk, Tomasz"),
])
def test_a_name_made_of_words_is_a_person_in_a_persons_slot(ner: NerDetector, text: str, name: str) -> None:
    assert covered(ner, text, name)


@pytest.mark.parametrize("text", [
    "Release Notes wants a review before Friday.",
    "The June release adds dark mode.",
    "Open Settings, then Grant Access.",
])
def test_words_that_are_names_elsewhere_stay_outside_a_persons_slot(ner: NerDetector, text: str) -> None:
    assert [s for s in ner.detect(DetectionInput(text, "prose")) if s.kind == "PERSON"] == []


def structure(text: str) -> list[str]:
    return [text[span.start:span.end] for span in people_in_structure(text, "prose", "test")]


@pytest.mark.parametrize("text, name", [
    ("hi, my name is juan carlos ibarra lopez and i cannot log in", "juan carlos ibarra lopez"),
    ("her name is nadia petrenko, date of birth 4 march 1990", "nadia petrenko"),
    ("okay so my name is peter van der linde and i'm calling about my order", "peter van der linde"),
    ("this is ana maria delgado de la cruz calling", "ana maria delgado de la cruz"),
])
def test_a_lower_case_self_introduction_takes_the_whole_name(text: str, name: str) -> None:
    assert name in structure(text)


@pytest.mark.parametrize("text", [
    "the file name is config and it's fine",
    "name is misleading here",
    "i am done with it",
])
def test_a_sentence_that_only_looks_like_an_introduction_names_no_one(text: str) -> None:
    assert structure(text) == []


@pytest.mark.parametrize("text, name", [
    ('Our new lead is Maria Guadalupe "Lupita" Herrera.', 'Maria Guadalupe "Lupita" Herrera'),
    ("Please add William ('Billy') Okoro to the channel.", "William ('Billy') Okoro"),
    ("Robert (Bobby) Vance signed.", "Robert (Bobby) Vance"),
])
def test_a_nickname_inside_a_name_keeps_the_name_whole(text: str, name: str) -> None:
    assert name in structure(text)


@pytest.mark.parametrize("text", ['The "Save" Button', "Run Tests (Linux) Nightly", 'Set "Timeout" Value'])
def test_a_quoted_word_between_capitalised_words_is_no_nickname(text: str) -> None:
    assert structure(text) == []


@pytest.mark.parametrize("text, name", [
    ("學生證號 S114477 陳志明 0912-345-678", "陳志明"),
    ("従業員番号 E-20331 中村 健太 電話 090-1122-3344", "中村 健太"),
    ("患者ID P-55120 山本 由美 生年月日 1980-04-02", "山本 由美"),
])
def test_an_east_asian_name_between_an_identifier_and_contact_data_is_a_person(text: str, name: str) -> None:
    assert name in structure(text)


@pytest.mark.parametrize("text", ["价格 30 元 数量 2", "第 3 章 总结", "版本 2.3 发布 说明 1024"])
def test_words_between_numbers_in_chinese_are_no_names(text: str) -> None:
    assert structure(text) == []


@pytest.mark.parametrize("text, names", [
    ("standup: tk still blocked, r.s. to pair w/ him, lena d covering support", ["tk", "r.s.", "lena d"]),
    ("standup notes: dk still blocked on certs, mo out sick", ["dk", "mo"]),
])
def test_initials_opening_a_standup_clause_before_a_status_are_people(text: str, names: list[str]) -> None:
    assert structure(text) == names


@pytest.mark.parametrize("text", [
    "- qa still blocked on env", "ci still blocked", "the build is still blocked on review", "we are pairing today",
])
def test_teams_systems_and_sentences_before_a_status_name_no_one(text: str) -> None:
    assert structure(text) == []


@pytest.mark.parametrize("text, name", [("HRBP: Adaeze.", "Adaeze"), ("CSM: Tobi Alade", "Tobi Alade")])
def test_a_name_after_a_role_label_or_its_acronym_is_a_person(text: str, name: str) -> None:
    assert name in structure(text)


@pytest.mark.parametrize("text", ["PM: Jira.", "Owner: Kubernetes", "Escalation: PagerDuty"])
def test_a_tool_after_a_role_label_is_no_person(text: str) -> None:
    assert structure(text) == []


def test_an_ordinary_word_surname_found_once_is_found_where_a_person_stands(ner: NerDetector) -> None:
    text = "Harriet Vane is on leave. Route anything for Harriet to me; Vane's queue is paused. The Vane sensor reads 4."
    spans = [(text[s.start:s.end], s.start) for s in ner.detect(DetectionInput(text, "prose")) if s.kind == "PERSON"]
    assert ("Vane", text.index("Vane's")) in spans
    assert ("Vane", text.index("Vane sensor")) not in spans


def test_a_word_of_a_found_person_that_the_model_called_an_organisation_is_a_person(ner: NerDetector) -> None:
    text = "Spoke with Dorian Vasquez this morning. Vasquez wants the refund split in two."
    second = text.rindex("Vasquez")
    assert any(s.kind == "PERSON" and s.start == second for s in ner.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, name", [
    ("姓名 王建国 手机 138 0013 8000", "王建国"),
    ("姓名：王建国 手机：138 0013 8000", "王建国"),
    ("氏名 佐藤 美咲 電話 090-1122-3344", "佐藤 美咲"),
])
def test_a_labelled_east_asian_name_ends_where_the_next_field_starts(text: str, name: str) -> None:
    assert structure(text) == [name]


@pytest.mark.parametrize("text", [
    "address: 3-12-1 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "Hello support, I moved to 8 Iqbal Keys, West Alantown, E2 6QF last month",
])
def test_places_of_an_address_are_no_person_beside_it(ner: NerDetector, text: str) -> None:
    people = [text[s.start:s.end] for s in ner.detect(DetectionInput(text, "prose")) if s.kind == "PERSON"]
    assert not any("Tokyo" in value or "Alantown" in value for value in people)


def test_a_surname_that_is_also_a_place_stays_a_name_before_the_given_name(ner: NerDetector) -> None:
    text = "Directory: Nakamura, Emi +81 3 5555 0101; Oduya, Kelechi +234 1 555 0199"
    assert covered(ner, text, "Nakamura, Emi")
