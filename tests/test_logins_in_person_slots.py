"""Handles where a sentence puts a person ("cc sbaker7", "thanks tpham3!") are logins; code words there are not."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE
from redactor.detect.keywords import lowered_same_length
from redactor.detect.logins_in_person_slots import find_logins_in_person_slots
from redactor.detect.pii import PiiDetector


def logins(text: str) -> dict[str, float]:
    return {text[start:end]: score for start, end, score in find_logins_in_person_slots(text, lowered_same_length(text))}


@pytest.mark.parametrize("text, login", [
    ("Can you reset the password for jdoe42? He's locked out.", "jdoe42"),
    ("ping mkhan2 when the deploy finishes", "mkhan2"),
    ("from lchen88: the report looks off", "lchen88"),
    ("cc sbaker7 on the thread please", "sbaker7"),
    ("thanks tpham3!", "tpham3"),
    ("Message olu_a1 or me if it breaks.", "olu_a1"),
    ("I asked dmitri_v and he said the cache is stale.", "dmitri_v"),
    ("approved by @nakamura.k", "nakamura.k"),
])
def test_handles_in_a_persons_slot_are_logins(text, login):
    assert logins(text).get(login, 0) >= AUDIT_MIN_SCORE, logins(text)


def test_a_plain_word_handle_after_an_addressing_cue_is_doubtful():
    found = logins("Our admin (hpatel) rotated the key; cc ogunleye too")
    assert set(found) == {"hpatel", "ogunleye"}
    assert all(score < AUDIT_MIN_SCORE for score in found.values())


@pytest.mark.parametrize("text", [
    "Upgrade to python3 and build for x86_64 with utf8mb4 tables.",
    "from requests_oauthlib import OAuth2Session",
    "Thanks everyone, ping the team when ready.",
    "Move the setting to config.yaml and the key to api_key.",
    "Compare with sha256 and cherry-pick 9f3c2a1 to release_branch.",
    "Switch to llama3 or gpt4o for the summary; ask claude later.",
    "cc legal and thanks again",
    "For plugin-namespaced skills use the fully qualified name; set it to read-only.",
])
def test_code_words_files_versions_and_english_are_not_logins(text):
    assert logins(text) == {}


def test_the_pii_detector_reports_them_in_prose_but_not_in_code():
    detector = PiiDetector()
    text = "ping mkhan2 when the deploy finishes"
    assert [text[s.start:s.end] for s in detector.detect(DetectionInput(text, "prose")) if s.kind == "USERNAME"] == ["mkhan2"]
    assert not [s for s in detector.detect(DetectionInput(text, "code")) if s.kind == "USERNAME"]
