"""Lower-case organisation slugs of common words in a sentence: "I work at harbor-dental" (org_slugs_in_sentences.py).

Dev set: tests/org_slugs_in_prose_dev.txt (written before the code; English, German, French, Spanish). On main 3 of
10 slugs reached the wire covered, after 9 of 10 (one head noun the list lacks); 1 of 14 technical slugs
("data-systems" team) is now redacted. Check set below, written after the code: 1/8 -> 7/8 (head-noun rule), 1/3 -> 3/3
(coined first piece), 0 of 15 technical slugs redacted. Diagnosis pii blind9..20: ORGANIZATION 329 -> 318 of 2,187.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.org_joined_names import joined_organisation_names
from redactor.detect.org_slugs_in_sentences import slugs_of_coined_names


def _found(text: str) -> list[tuple[str, float]]:
    return [(text[span.start:span.end], span.score) for span in joined_organisation_names(text, "test")]


@pytest.mark.parametrize("text, slug", [
    ("I used to work at harbor-dental before moving.", "harbor-dental"),
    ("We signed with oak-street-bakery last week.", "oak-street-bakery"),
    ("Invoice 4411 was sent to “green-valley-foods” on Monday.", "green-valley-foods"),
    ("Wir arbeiten seit 2021 mit silver-birch-logistik zusammen.", "silver-birch-logistik"),
    ("Le colis est parti chez north-coast-freight hier soir.", "north-coast-freight"),
    # check set, written after the code
    ("She got the job at riverside-dental in March.", "riverside-dental"),
    ('Quote received from "copper-kettle-catering", it is within budget.', "copper-kettle-catering"),
    ("the parcel went with sunset-couriers, tracking attached", "sunset-couriers"),
    ("He picks the kids up from bright-star-nursery at five.", "bright-star-nursery"),
])
def test_slug_of_common_words_at_a_naming_position_is_a_doubtful_organisation(text, slug):
    assert _found(text) == [(slug, DOUBTFUL_SCORE)]


@pytest.mark.parametrize("text", [
    "Run the job with \"dry-run\" first.",
    "Open \"health-check\" in the admin page.",
    "The data-systems table is empty.",            # no naming position
    "Call the `billing-group` endpoint.",          # code span
    "Check the logs at /var/log/app-health now.",  # a path
    "Pulled it from media-group.example.com today.",  # a domain
    "We moved from user-group permissions.",      # a code word in the slug
    "The \"media-group\" field is empty",          # "media" is a tech term
])
def test_technical_slugs_and_slugs_outside_a_naming_position_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, slug", [
    ("I work at veltrix-north now.", "veltrix-north"),
    ('Got a ping from "zenvora-ops" today.', "zenvora-ops"),
    ("Sie ist jetzt bei quorvane-digital angestellt.", "quorvane-digital"),
])
def test_slug_with_a_coined_first_piece_at_a_naming_position_is_a_doubtful_organisation(text, slug):
    assert [(text[span.start:span.end], span.score) for span in slugs_of_coined_names(text, "test")] == [
        (slug, DOUBTFUL_SCORE)]


@pytest.mark.parametrize("text", [
    'Run with "dry-run" first.', 'Install it from "scikit-learn" wheels.', 'Pin "react-query" for now.',
    'Add "eslint-plugin" to the config.', "This is decided at run-time.", "I work at veltrix-north/api today.",
    "Use `veltrix-north` as the key.",
])
def test_software_words_and_identifiers_are_no_coined_names(text):
    assert list(slugs_of_coined_names(text, "test")) == []


# Dev set for firms of partners written as one slug: two names joined by "and" in a language of the corpora.
@pytest.mark.parametrize("text, slug", [
    ("The ticket came from harlow-and-finch yesterday.", "harlow-and-finch"),
    ('Invoice sent to "pemberton-and-doyle".', "pemberton-and-doyle"),
    ("Ich habe bei brandt-und-sohn angerufen.", "brandt-und-sohn"),
    ("Trabajo con garcia-y-hijos desde enero.", "garcia-y-hijos"),
    ("On a signé avec dumas-et-fils hier.", "dumas-et-fils"),
])
def test_slug_of_two_names_joined_by_and_is_a_doubtful_organisation(text, slug):
    assert [(text[span.start:span.end], span.score) for span in slugs_of_coined_names(text, "test")] == [
        (slug, DOUBTFUL_SCORE)]


@pytest.mark.parametrize("text", [
    "We learned it by trial-and-error.", "Support for copy-and-paste landed.", "Add drag-and-drop to the list.",
    "Fixed with search-and-replace.", "It is a black-and-white photo from harlow-and-finch/api.",
])
def test_phrases_joined_by_and_stay(text):
    assert list(slugs_of_coined_names(text, "test")) == []


# Check set: written after the code, not tuned on. The first three were found on main already (a coined first
# piece); two names that are both frequent English words stay missed ("hunter-and-gray"), as does French "de".
_COMMON_WORDS_BOTH = pytest.mark.xfail(reason="both names are frequent English words", strict=True)


@pytest.mark.parametrize("text, slug", [
    ("Our lawyers at okafor-and-lindqvist replied.", "okafor-and-lindqvist"),
    ("Got the quote via 'hargreaves-and-sons'.", "hargreaves-and-sons"),
    ("Wij werken met jansen-en-zonen samen.", "jansen-en-zonen"),
    ("Quote received from baker-and-webb today.", "baker-and-webb"),
    ("Wir arbeiten mit schmidt-und-partner zusammen.", "schmidt-und-partner"),
    ("Firmamos con lopez-y-asociados ayer.", "lopez-y-asociados"),
    pytest.param("Booked with hunter-and-gray for May.", "hunter-and-gray", marks=_COMMON_WORDS_BOTH),
    pytest.param("Call us at mason-and-cole please.", "mason-and-cole", marks=_COMMON_WORDS_BOTH),
    pytest.param("Les fonds viennent de martin-et-associes.", "martin-et-associes",
                 marks=pytest.mark.xfail(reason="'de' is no naming preposition", strict=True)),
])
def test_check_set_partner_slugs(text, slug):
    assert [text[span.start:span.end] for span in slugs_of_coined_names(text, "test")] == [slug]


@pytest.mark.parametrize("text", [
    "Switch to point-and-click setup.", "Go for hit-and-miss testing.", "The fish-and-chips shop is closed.",
    "Read the rock-and-roll history.",
])
def test_check_set_phrases_stay(text):
    assert list(slugs_of_coined_names(text, "test")) == []
