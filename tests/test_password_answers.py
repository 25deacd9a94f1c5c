"""A question about a password is answered on the next lines of a chat (password_sentences.py)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector


def _passwords(text: str) -> list[str]:
    return [text[s.start:s.end] for s in SecretsDetector().detect(DetectionInput(text)) if s.kind == "PASSWORD"]


@pytest.mark.parametrize("chat,password", [
    ("Noor: whats the wifi pw for the office\nJonas: Harbour-Lantern-52\nNoor: ty", "Harbour-Lantern-52"),
    ("[09:14] kai: anyone have the staging db creds?\n[09:15] lea: yep its Pq8-otter-Lm\n[09:15] kai: thx",
     "Pq8-otter-Lm"),
    ("<dev1> where's the jenkins admin password\n<ops2> Gr4nite!Falls", "Gr4nite!Falls"),
])
def test_the_answer_to_a_password_question_is_a_password(chat, password):
    assert password in _passwords(chat)


@pytest.mark.parametrize("chat", [
    # Not a question: the next line is about something else.
    "tom: I changed my password yesterday\nana: ok, build 4471 passed, deploy at 10:30 to eu-west-1",
    # A question, but the answer holds no password-shaped word (times, ids, versions).
    "tom: what's the password policy?\nana: 12 chars min, see SEC-2291 and v2.3.1 of the runbook",
])
def test_lines_after_other_sentences_and_plain_answers_stay(chat):
    assert _passwords(chat) == []
