"""Stage H numeric units: found by context, never in code/keys/placeholders, formats survive noise."""
import datetime
import random
import re

import pytest

from redactor.dp.mechanisms import gaussian_release
from redactor.dp.numbers import column_type, find_numeric_values


def _found(text, kind="prose", field_name=None):
    return [(v.kind, text[v.start:v.end]) for v in find_numeric_values(text, kind, field_name)]


@pytest.mark.parametrize("text, expected", [
    ("The patient, age 34, was seen.", ("age", "34")),
    ("a 34-year-old man", ("age", "34")),
    ("she is 34 years old", ("age", "34")),
    ("He earns $85,000 a year.", ("money", "85,000")),
    ("Budget was €70k last year.", ("money", "70k")),
    ("a salary of 92000 before tax", ("money", "92000")),
    ("conversion was 12% this week", ("percent", "12")),
    ("churn of 3.5 percent", ("percent", "3.5")),
    ("located at lat 40.7128 near the river", ("latitude", "40.7128")),
    ("the office is at 40.7128° N", ("latitude", "40.7128° N")),
    ("They have 3 children.", ("count", "3")),
    ("She was born in 1985.", ("year", "1985")),
    ("Admitted on 2023-03-14 for review.", ("date", "2023-03-14")),
    ("Seen on April 5th, 2023 in clinic.", ("date", "April 5th, 2023")),
    ("Call me at 2:30 pm tomorrow.", ("time", "2:30 pm")),
])
def test_quasi_identifiers_are_found_by_their_context(text, expected):
    assert expected in _found(text)


def test_a_coordinate_pair_gives_latitude_and_longitude():
    assert _found("GPS: 48.8566, 2.3522 (approx)") == [("latitude", "48.8566"), ("longitude", "2.3522")]


@pytest.mark.parametrize("text", [
    "Upgrade Python 3.11 to 3.12 and open port 8080.",
    "See line 42 of the file; version 2.3.1 fixed it.",
    "Retry 3 times with a timeout of 30 seconds.",
    "The ratio was 3:2 in the final.",
])
def test_numbers_without_a_quasi_identifier_context_are_left_alone(text):
    assert _found(text) == []


def test_code_is_never_scanned():
    assert _found("age = 34\nsalary = 85000  # $85,000\n", kind="code") == []


def test_fenced_code_inline_code_urls_and_placeholders_are_skipped():
    text = ("Fix `age = 34` in https://example.com/age/34 for [[PERSON_1]] aged [[AGE_2]].\n"
            "```python\nprint('salary $100, age 40')\n```\nShe is 40 years old.")
    assert _found(text) == [("age", "40")]


def test_sentences_with_several_placeholders_are_still_prose():
    text = "[[PERSON_1]] ([[EMAIL_1]]), age 34, earns $85,000; call [[PHONE_1]]."
    assert ("age", "34") in _found(text) and ("money", "85,000") in _found(text)


def test_csv_columns_are_typed_by_their_header():
    text = 'name,age,salary,dob,zip\nAlice,34,"$85,000",1985-03-14,10001\nBob,51,120000,1972-11-02,94105\n'
    assert _found(text) == [
        ("age", "34"), ("money", "85,000"), ("date", "1985-03-14"),
        ("age", "51"), ("money", "120000"), ("date", "1972-11-02"),
    ]


def test_markdown_tables_are_typed_by_their_header():
    text = "| name | age | pct |\n|---|---|---|\n| a | 34 | 12% |\n| b | 40 | 7.5 |\n"
    assert _found(text) == [("age", "34"), ("percent", "12"), ("age", "40"), ("percent", "7.5")]


def test_json_values_are_noised_and_json_keys_never():
    text = '{"age": 34, "income": "85000", "zip": "10001", "visit_date": "2023-01-02T10:11:12"}'
    found = _found(text, kind="tool_result")
    assert found == [("age", "34"), ("money", "85000"), ("date", "2023-01-02"), ("time", "10:11:12")]
    # A JSON string leaf is typed by its key.
    assert _found("34", kind="json_value", field_name="patient_age") == [("age", "34")]
    assert _found("34", kind="json_value", field_name="retries") == []


def test_tool_output_that_is_code_is_not_treated_as_json():
    assert _found('config = {"age": 34}\nprint(config)\n', kind="tool_result") == []


@pytest.mark.parametrize("header, kind", [
    ("age", "age"), ("Patient Age", "age"), ("salary_usd", "money"), ("annualIncome", "money"),
    ("dob", "date"), ("visit_date", "date"), ("lat", "latitude"), ("lng", "longitude"),
    ("birth_year", "year"), ("pct_done", "percent"), ("num_children", "count"),
    ("usage", None), ("page", None), ("id", None), ("phone_number", None),
])
def test_column_names_map_to_types(header, kind):
    assert column_type(header) == kind


# --- formats survive noise -------------------------------------------------------------

_RANGES = {"age": (0, 120, 40.0), "money": (0, 1e7, 40000.0), "count": (0, 1e6, 5.0),
           "percent": (0, 100, 20.0), "latitude": (-90, 90, 0.3), "longitude": (-180, 180, 0.3),
           "date": (datetime.date(1900, 1, 1).toordinal(), datetime.date(2100, 12, 31).toordinal(), 120.0),
           "time": (0, 1439, 90.0), "year": (1900, 2100, 10.0)}


def _noisy_renderings(text, draws=300, seed=5):
    rng = random.Random(seed)
    (value,) = find_numeric_values(text)
    lower, upper, sigma = _RANGES[value.kind]
    return value, [value.render(gaussian_release(value.value, lower, upper, sigma, rng)) for _ in range(draws)]


@pytest.mark.parametrize("text, pattern", [
    ("age 34", r"\d{1,3}"),
    ("earns $85,000 a year", r"\d{1,3}(,\d{3})*"),
    ("earns $85000.50 a year", r"\d+\.\d{2}"),
    ("a budget of $85k", r"\d+k"),
    ("3 children", r"\d+"),
    ("lat 40.7128", r"-?\d{1,2}\.\d{4}"),
    ("12% done", r"\d{1,3}"),
    ("12.5% done", r"\d{1,3}\.\d"),
    ("at 09:05 sharp", r"\d{2}:\d{2}"),
    ("at 2:30 p.m. sharp", r"\d{1,2}:\d{2} [ap]\.m\."),
])
def test_noisy_numbers_keep_their_format(text, pattern):
    value, outputs = _noisy_renderings(text)
    for output in outputs:
        assert re.fullmatch(pattern, output), output


def test_noisy_percentages_stay_within_zero_to_hundred():
    _, outputs = _noisy_renderings("98.5% uptime")
    assert all(0.0 <= float(o) <= 100.0 for o in outputs)
    assert any(o == "100.0" for o in outputs)  # clipping, not wrapping


@pytest.mark.parametrize("text, parse", [
    ("on 2023-03-14 we met", "%Y-%m-%d"),
    ("on 03/14/2023 we met", "%m/%d/%Y"),
    ("on 14/03/2023 we met", "%d/%m/%Y"),
    ("on 14.03.2023 we met", "%d.%m.%Y"),
    ("on March 14, 2023 we met", "%B %d, %Y"),
    ("on 14 Mar 2023 we met", "%d %b %Y"),
])
def test_noisy_dates_stay_valid_dates_in_the_same_format(text, parse):
    value, outputs = _noisy_renderings(text)
    original = text[value.start:value.end]
    shifted = 0
    for output in outputs:
        parsed = datetime.datetime.strptime(output, parse)  # raises if the format changed
        assert len(output.split()) == len(original.split())
        shifted += parsed.date().toordinal() != value.value
    assert shifted > len(outputs) * 0.9


def test_noisy_ordinal_dates_get_the_right_suffix():
    _, outputs = _noisy_renderings("seen on April 5th, 2023 at the clinic")
    for output in outputs:
        match = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2})(st|nd|rd|th), (\d{4})", output)
        assert match, output
        day = int(match.group(2))
        expected = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        assert match.group(3) == expected


def test_hemisphere_coordinates_flip_their_letter_with_the_sign():
    value, outputs = _noisy_renderings("station at 0.0500° N on the equator")
    assert {o[-1] for o in outputs} == {"N", "S"}
    assert all(re.fullmatch(r"\d{1,2}\.\d{4}° [NS]", o) for o in outputs)
