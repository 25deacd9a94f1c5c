"""Round 24 (precision24b), DEV: a word before every line of a text, with no other party, is a program's log prefix,
no chat speaker; two speakers, or one speaker and the user's own turns, still are a conversation.

DEV: the examples the change was written against. The check set is test_precision24b_chat_check.py.
"""
import pytest

from redactor.detect.usernames import find_usernames


def _found(text):
    return {text[start:end] for start, end, _ in find_usernames(text)}


DEV_PROGRAM_PREFIXES = [
    "stunnel4: Service [redis-tls] accepted connection from 10.0.4.17:51234\n"
    "stunnel4: Service [redis-tls] connected remote server from 10.0.4.9:40412\n"
    "stunnel4: Connection closed: 2148 byte(s) sent to TLS, 913 byte(s) sent to socket\n",
    "mkinitcpio: running build hook: [autodetect]\nmkinitcpio: running build hook: [modconf]\n"
    "mkinitcpio: Generating module dependencies now\n",
]


@pytest.mark.parametrize("text", DEV_PROGRAM_PREFIXES)
def test_dev_one_program_before_every_line_is_no_speaker(text):
    assert _found(text) == set()


DEV_CONVERSATIONS = [
    ("okwame: can you review the migration PR\nptran: on it, give me ten minutes\n", {"okwame", "ptran"}),
    ("okwame: did the nightly backup finish on db-2?\nme: not yet, it is still copying\n"
     "okwame: ok ping me when it does\n", {"okwame"}),
]


@pytest.mark.parametrize("text,logins", DEV_CONVERSATIONS)
def test_dev_speakers_of_a_conversation_stay_logins(text, logins):
    assert logins <= _found(text)
