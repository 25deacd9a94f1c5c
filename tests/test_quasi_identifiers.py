"""Quasi-identifiers: a person described without a name is found, scored and explained without the text."""
from __future__ import annotations

import pytest

from redactor.detect.quasi_identifiers import assess, bits_for_population, shared_detector

DESCRIPTION = ("I need advice about the only female VP of engineering in our Denver office, who joined in 2019 "
               "and just came back from parental leave.")


@pytest.fixture(scope="module")
def detector():
    return shared_detector()


def found(detector, text: str) -> list[tuple[str, str]]:
    return [(finding.attribute, text[finding.start:finding.end]) for finding in detector.find(text)]


def test_every_attribute_of_a_nameless_description_is_found(detector):
    assert found(detector, DESCRIPTION) == [
        ("uniqueness", "the only"), ("gender", "female"), ("role", "VP of engineering"), ("place", "Denver"),
        ("date", "2019"), ("family", "parental leave")]


def test_ages_tenure_health_and_teams_are_found(detector):
    text = ("My 42-year-old colleague, a nurse on the oncology ward, was diagnosed with breast cancer "
            "after 12 years at the hospital.")
    assert found(detector, text) == [
        ("age", "42-year-old"), ("role", "nurse"), ("team", "oncology"), ("health", "was diagnosed with breast cancer"),
        ("tenure", "12 years")]


def test_kinds_of_employer_conditions_degrees_origins_and_sites_are_found(detector):
    text = ("She left a mid-sized fintech, was diagnosed with early-onset Parkinson's, has a PhD in molecular "
            "biology, was born in Manila and sits on the 4th floor.")
    assert found(detector, text) == [
        ("employer", "a mid-sized fintech"), ("health", "was diagnosed with early-onset Parkinson's"),
        ("education", "a PhD in molecular biology"), ("nationality", "born in Manila"),
        ("place", "on the 4th floor")]


def test_generic_nouns_in_technical_prose_are_not_employers_or_dates(detector):
    text = "Connect to the database at the company VPN; 1/2 of the tests in build 3.14.1 pass with the vendor SDK."
    assert found(detector, text) == []


def test_places_come_from_the_geonames_data_not_a_hand_list(detector):
    text = "She moved from Kraków to Nairobi, then to our Curitiba site."
    assert [value for attribute, value in found(detector, text) if attribute == "place"] == ["Nairobi", "Curitiba"] \
        or [value for attribute, value in found(detector, text) if attribute == "place"] == ["Kraków", "Nairobi",
                                                                                            "Curitiba"]


def test_ordinary_words_that_are_also_titles_or_towns_are_not_flagged_in_technical_prose(detector):
    text = "The server crashed when the config loader hit a bad value; check the connection pool settings."
    assert found(detector, text) == []


def test_placeholders_are_never_matched(detector):
    assert found(detector, "Ask [[PERSON_1]] about [[LOCATION_2]].") == []


def test_a_uniqueness_marker_with_any_other_attribute_means_one_person_fits(detector):
    risk = assess(detector.find("the only nurse here"))
    assert risk.score == 1.0
    assert "uniqueness" in risk.explain()


def test_risk_grows_with_the_attributes_and_the_explanation_names_kinds_never_text(detector):
    weak = assess(detector.find("a nurse asked about it"), bits_for_population(1000))
    strong = assess(detector.find("a 42-year-old nurse in Denver who joined in March 2019 and is on "
                                  "maternity leave asked about it"), bits_for_population(1000))
    assert 0 < weak.score < 0.1 < strong.score
    explanation = strong.explain()
    for attribute in ("role", "place", "date", "age", "family"):
        assert attribute in explanation
    for value in ("nurse", "Denver", "2019", "42", "maternity"):
        assert value not in explanation


def test_a_text_with_nothing_identifying_has_no_risk(detector):
    risk = assess(detector.find("Please refactor this function to use a dictionary lookup."))
    assert risk.score == 0.0 and risk.explain() == "no quasi-identifiers found"


def test_uniqueness_words_about_things_are_not_person_markers(detector):
    assert found(detector, "The first request fails and the only way out is a restart.") == []
    assert ("uniqueness", "the first") in found(detector, "She was the first woman on the board.")


def test_dates_and_places_without_a_person_count_half(detector):
    changelog = assess(detector.find("Released on 3 March 2021 in Denver; patched on 14 May 2021 in Austin."))
    person = assess(detector.find("A nurse in Denver who joined on 3 March 2021 and left on 14 May 2021."))
    assert changelog.score < 0.5 <= person.score
    assert "count half" in changelog.explain()


def test_a_rare_word_in_a_sentence_about_a_person_is_a_detail(detector):
    # No vocabulary lists falconers or hawks: their rarity in English does.
    text = "Performance note: the falconer on contract with the airport lost a hawk during the air show."
    details = [value for attribute, value in found(detector, text) if attribute == "detail"]
    assert "falconer" in details and "hawk" in details
    assert "airport" not in details and "show" not in details


def test_the_request_that_opens_a_sentence_is_not_searched_for_details(detector):
    text = "Draft a condolence card for our archivist, whose father passed away."
    details = [value for attribute, value in found(detector, text) if attribute == "detail"]
    assert details == ["archivist"]


def test_rare_words_in_prose_about_no_one_are_not_details(detector):
    text = "The config loader rejected the manifest because the kubelet used a deprecated annotation."
    assert [attribute for attribute, _ in found(detector, text)] == []


def test_a_detail_adds_to_the_risk_and_its_explanation_holds_no_text(detector):
    text = "Our archivist digitised the union ledgers single-handedly."
    risk = assess(detector.find(text), bits_for_population(1000))
    assert risk.attributes.get("detail") and risk.score > 0
    assert "ledgers" not in risk.explain() and "archivist" not in risk.explain()


@pytest.mark.parametrize("text, expected", [
    ("He is on a visa and worried about the layoffs.", ("legal", "on a visa")),
    ("She is under investigation for expenses.", ("legal", "under investigation")),
    ("He was put on a performance plan in spring.", ("legal", "was put on a performance plan")),
    ("She filed a grievance about the rota.", ("legal", "filed a grievance")),
    ("He has a restraining order against his ex.", ("legal", "has a restraining order")),
])
def test_legal_immigration_and_disciplinary_status_is_found(detector, text, expected):
    assert expected in found(detector, text)


def test_a_charged_card_or_a_suspended_account_is_no_legal_status(detector):
    assert not [kind for kind, _ in found(detector, "Hi, I was charged twice and my account was suspended.")
                if kind == "legal"]


@pytest.mark.parametrize("text, expected", [
    ("He works the Tuesday night shift at the depot.", "works the Tuesday night shift"),
    ("She is the only one who comes in on Saturdays.", "comes in on Saturdays"),
    ("He leaves at 3pm for school pickup.", "leaves at 3pm for school pickup"),
    ("She is on the 6am rota.", "is on the 6am rota"),
])
def test_a_persons_shift_or_habit_is_a_schedule(detector, text, expected):
    assert ("schedule", expected) in found(detector, text)


def test_a_process_or_job_that_starts_at_a_time_is_no_schedule(detector):
    for text in ("The worker process starts at 6am via a systemd unit.", "The job starts at 3am every night."):
        assert not [kind for kind, _ in found(detector, text) if kind == "schedule"]


def test_an_age_in_brackets_after_a_person_and_a_spelled_out_birthday_are_ages(detector):
    assert ("age", "(22)") in found(detector, "[[PERSON_1]] (22) is our newest cashier.")
    assert ("age", "(34F)") in found(detector, "My friend (34F) keeps asking me to cover.")
    assert ("age", "turns sixty") in found(detector, "She turns sixty next week.")
    assert not [kind for kind, _ in found(detector, "See step (22) of the install guide.") if kind == "age"]


def test_the_only_woman_in_a_group_is_one_marker_with_the_group(detector):
    assert found(detector, "She is the only woman on the team.") == [("gender", "the only woman on the team")]


def test_an_age_between_commas_after_a_person_is_an_age_but_a_list_of_numbers_is_not(detector):
    assert ("age", ", 42,") in found(detector, "Our nurse, 42, asked about leave.")
    assert not [kind for kind, _ in found(detector, "Values 3, 42, 57 are out of range.") if kind == "age"]


def test_the_only_one_on_nights_is_a_schedule_but_deploying_on_a_branch_is_not(detector):
    assert ("schedule", "on nights") in found(detector, "He is the only one on nights.")
    assert found(detector, "Deploy on the release branch.") == []


def test_habits_that_single_a_person_out_are_schedules(detector):
    assert ("schedule", "the last to leave the building") in found(detector, "He is always the last to leave the building.")
    assert ("schedule", "'s part-time on Mondays and Thursdays") in found(detector, "She's part-time on Mondays and Thursdays.")
    assert found(detector, "The first in line gets the token.") == []


# -- what a person does and has outside work (round 4) -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Our accountant speaks fluent Tagalog and Icelandic.", ("language", "speaks fluent Tagalog and Icelandic")),
    ("She is fluent in Amharic.", ("language", "is fluent in Amharic")),
    ("the only native Finnish speaker", ("language", "native Finnish speaker")),
    ("She is a Portuguese speaker.", ("language", "Portuguese speaker")),
    ("Our payroll clerk competes in ultramarathons.", ("hobby", "competes in ultramarathons")),
    ("My colleague plays bass in a ska band, apparently.", ("hobby", "plays bass in a ska band")),
    ("The porter drives a bright yellow Hummer.", ("vehicle", "drives a bright yellow Hummer")),
    ("Our nurse commutes on a recumbent bike.", ("vehicle", "commutes on a recumbent bike")),
    ("He brings his ferret to work.", ("pet", "ferret")),
    ("She is the owner of three greyhounds.", ("pet", "three greyhounds")),
    ("The clerk lives in the converted lighthouse at the end of Pier Road.",
     ("home", "lives in the converted lighthouse at the end of Pier Road")),
    ("the chef in the Shoreditch building", ("place", "in the Shoreditch building")),
    ("the driver on the Elm Park route", ("place", "on the Elm Park route")),
    ("a dentist on Harley Street", ("place", "Harley Street")),
    ("an apprentice from St Bede's Catholic School", ("education", "St Bede's Catholic School")),
    ("our tutor, a Sorbonne graduate,", ("education", "a Sorbonne graduate")),
    ("the lead on Project Nightjar", ("project", "Project Nightjar")),
    ("a widower with four daughters", ("family", "four daughters")),
    ("she joined three summers ago", ("date", "three summers ago")),
])
def test_languages_pastimes_vehicles_pets_homes_places_schools_and_projects_are_found(detector, text, expected):
    assert expected in found(detector, text)


@pytest.mark.parametrize("text", [
    "The service speaks gRPC and the client speaks JSON.",
    "He plays around with the Redis cache every time the test fails.",
    "She drives the release process and owns the Kubernetes cluster.",
    "Can you review the Falcon migration script before the release?",
    "FROM python:3.11 AS build\nRUN pip install 7 python packages",
    "The React project builds on the main branch.",
    "Three dogs in the test fixtures are named Rex.",
])
def test_software_prose_has_no_languages_pastimes_vehicles_pets_or_projects(detector, text):
    kinds = {attribute for attribute, _ in found(detector, text)}
    assert not kinds & {"language", "hobby", "vehicle", "pet", "project", "home"}


def test_a_customer_or_client_is_a_person_not_a_kind_of_employer(detector):
    kinds = found(detector, "Support ticket from a customer aged 81 about the invoice for the client.")
    assert not [value for attribute, value in kinds if attribute == "employer"]
