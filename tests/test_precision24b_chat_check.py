"""Round 24 (precision24b), CHECK: written after the change to _bare_chat_nicks, not tuned on.

A program's name before every line of its output is no chat speaker; a conversation keeps its speakers.
"""
import pytest

from redactor.detect.usernames import find_usernames


def _found(text):
    return {text[start:end] for start, end, _ in find_usernames(text)}


CHECK_PROGRAM_PREFIXES = [
    "dnsmasq-dhcp: DHCPDISCOVER(br0) 52:54:00:ab:cd:ef\ndnsmasq-dhcp: DHCPOFFER(br0) 192.168.122.50 52:54:00:ab:cd:ef\n"
    "dnsmasq-dhcp: DHCPACK(br0) 192.168.122.50 52:54:00:ab:cd:ef buildbox\n",
    "pveproxy: starting 3 worker(s)\npveproxy: worker 4412 started\npveproxy: worker 4413 started\n",
]


@pytest.mark.parametrize("text", CHECK_PROGRAM_PREFIXES)
def test_check_one_program_before_every_line_is_no_speaker(text):
    assert _found(text) == set()


CHECK_CONVERSATIONS = [
    ("jwanjiru: is staging still pinned to the old image?\nhkaraca: yes until the rollback is done\n"
     "jwanjiru: thanks, I will wait for it then\n", {"jwanjiru", "hkaraca"}),
    ("Me: why does the cron job fail every night?\nbvasquez: the token in the vault expired last week\n"
     "bvasquez: I rotated it this morning, try again\n", {"bvasquez"}),
]


@pytest.mark.parametrize("text,logins", CHECK_CONVERSATIONS)
def test_check_speakers_of_a_conversation_stay_logins(text, logins):
    assert logins <= _found(text)
