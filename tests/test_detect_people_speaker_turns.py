"""Speakers of transcripts and chat exports (redactor/detect/people_speaker_turns.py).

A user pasting a call transcript or a chat export relies on the speakers' names not reaching the
provider, whatever their case; roles, log levels, tools and agenda headings at the same position stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.people_in_structure import people_in_structure
from redactor.detect.people_speaker_turns import speakers_of_turns


def speakers(text: str) -> set[str]:
    return {text[span.start:span.end] for span in speakers_of_turns(text, "test")}


TRANSCRIPT = """[00:14:03] maria lópez: ok so the migration is blocked on the vendor
[00:14:19] tomasz wierzbicki: yeah I pinged them yesterday
[00:14:40] maria lópez: can we escalate?
[00:15:02] hiroshi tanaka: I'll take it
"""


def test_lower_case_speakers_after_time_stamps_are_people() -> None:
    assert speakers(TRANSCRIPT) == {"maria lópez", "tomasz wierzbicki", "hiroshi tanaka"}
    found = {TRANSCRIPT[s.start:s.end] for s in people_in_structure(TRANSCRIPT, "user", "test")}
    assert {"maria lópez", "tomasz wierzbicki", "hiroshi tanaka"} <= found


@pytest.mark.parametrize("text, expected", [
    ("[10:32] Priya R: deploy is rolling back\n[10:35] Priya R: who owns the cache?\n[10:36] Henrik: me\n",
     {"Priya R", "Henrik"}),
    ("12/03/2024, 09:14 - Lukas Brenner: bin gleich da\n12/03/2024, 09:15 - Fatima Zahra: ok 👍\n"
     "12/03/2024, 09:20 - Lukas Brenner: stau auf der A9\n", {"Lukas Brenner", "Fatima Zahra"}),
    ("[9:02 AM] JOÃO SILVA: bom dia\n[9:03 AM] ana paula: oi\n[9:05 AM] JOÃO SILVA: reunião às 10\n",
     {"JOÃO SILVA", "ana paula"}),
    ("Interviewer: and then?\nJON: yeah\nAGNIESZKA: never got the email\nInterviewer: ok\n", {"JON", "AGNIESZKA"}),
])
def test_speakers_of_recurring_layouts(text: str, expected: set[str]) -> None:
    assert speakers(text) == expected


def test_unlisted_two_word_speaker_is_doubtful() -> None:
    text = "[10:01] zxqor vembly: hi\n[10:02] maria lópez: hello\n[10:03] zxqor vembly: bye\n"
    scores = {text[s.start:s.end]: s.score for s in speakers_of_turns(text, "test")}
    assert scores == {"zxqor vembly": DOUBTFUL_SCORE, "maria lópez": 0.75}


@pytest.mark.parametrize("text", [
    "2024-03-12 09:14:22 INFO: started\n2024-03-12 09:14:23 WARN: slow\n2024-03-12 09:14:29 kubelet: evicted\n",
    "09:00 Welcome: coffee\n10:30 Keynote: payments\n12:00 Lunch: cafeteria\n13:30 Workshop: Terraform\n",
    "[10:01] user: reset?\n[10:01] assistant: settings\n[10:02] system: closed\n",
    "[14:02] Jenkins: build started\n[14:05] Jenkins: build failed\n[14:07] Dependabot: bumped lodash\n",
    "Customer: my order never arrived\nAgent: sorry to hear that\nCustomer: 4471-22\nAgent: thanks\n",
    "max connections: 200\nlog level: debug\nretry backoff: 5s\n",
    "[10:32] Priya R: hi\n[10:33] Henrik: hello\n",  # two turns: not yet a layout
])
def test_roles_tools_and_fields_are_no_speakers(text: str) -> None:
    assert speakers(text) == set()


# Round 38: chat exports that open each line with the app's tag, write the sender's number or relation in brackets
# before the colon, put the time after the speaker, or address the speaker with an honorific after the name.
@pytest.mark.parametrize("text, expected", [
    ("[Signal] ছন্দা রায় (+880 1711 000 111): কাল আসতে পারব না\n[Signal] অর্ক: ঠিক আছে\n", {"ছন্দা রায়", "অর্ক"}),
    ("[Viber] Oksana Hrytsenko (Taras's mum): he's ill today\n[Viber] Bohdan: noted, thanks\n"
     "[Viber] Oksana Hrytsenko: see you Monday\n", {"Oksana Hrytsenko", "Bohdan"}),
    ("Maeve 14:05: who has the minibus keys?\nTadhg 14:07: in the office\nmaeve 14:09: grand\n",
     {"Maeve", "Tadhg", "maeve"}),
    ("[03.04.27 10:15] mehmet bey: yarın gelemiyorum\n[03.04.27 10:20] Ayşe hanım: tamam\n"
     "[03.04.27 10:22] Fatma (0532 000 11 22): ben gelirim\n", {"mehmet", "Ayşe", "Fatma"}),
])
def test_speakers_of_chat_exports(text: str, expected: set[str]) -> None:
    assert speakers(text) == expected


def test_a_log_level_tag_makes_no_chat() -> None:
    text = "[INFO] загрузка: готово\n[INFO] очередь: пуста\n[WARN] диск: 91%\n"
    assert speakers(text) == set()


def test_an_honorific_after_a_common_word_is_a_role() -> None:
    # "the class teacher": an ordinary word before the honorific names a role, not a person
    text = "[Kakao] class 선생님: 내일 소풍\n[Kakao] class 선생님: 도시락 준비\n"
    assert speakers(text) == set()
