"""Round 9, wave 2 (logins2): chat speakers after any time stamp or role tag, and bare profile links.

DEV: the examples the change was written against. CHECK: written after the change, not tuned on.
"""
import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.usernames import find_usernames


def _found(text):
    return {text[start:end]: score for start, end, score in find_usernames(text)}


DEV_FOUND = [
    # a stamp with a weekday, a time zone, a date and a 12-hour clock
    ("[Tue 10:42 AM] brightfox: anyone seen the deploy fail?\n[Tue 10:43 AM] k_osei: yes, on the migration step",
     ["brightfox", "k_osei"]),
    ("[10:42 UTC] tealwhale: the runner is stuck again\n[10:44 UTC] ravi99: restarting it now, one sec",
     ["tealwhale", "ravi99"]),
    ("[2024-03-01 09:14 CET] nightowl: who owns the billing alerts?\n[2024-03-01 09:15 CET] marta.k: I do, looking",
     ["nightowl", "marta.k"]),
    # a role tag before the speaker (Twitch, Discord exports)
    ("[MOD] streamfan88: please keep it civil in here\n[VIP] xXdarkKnightXx: sorry about that everyone",
     ["streamfan88", "xXdarkKnightXx"]),
    # mixed-case speakers in a stamped transcript
    ("[10:02 PM] PixelPanda: did the build pass for you?\n[10:03 PM] quietRiver: not yet, still running tests",
     ["PixelPanda", "quietRiver"]),
    # bare profile links after a label or at a line start
    ("Contact\n- GitHub: github.com/brightfox\n- Site: example.org", ["brightfox"]),
    ("github.com/tealwhale\n", ["tealwhale"]),
    ("streams at twitch.tv/pixelpanda most nights", ["pixelpanda"]),
]

DEV_DOUBTFUL = [
    # an ordinary word as a speaker: doubtful (wire only)
    ("[10:42 AM] robin: anyone seen the deploy fail?\n[10:43 AM] k_osei: yes, on the migration step", "robin"),
    ("[10:42 AM] sunny: anyone seen the deploy fail?\n[10:43 AM] marcus: yes, on the migration step", "sunny"),
]

CLEAN = [
    "[10:42:11 UTC] worker: job finished in 3.2 seconds\n[10:42:12 UTC] worker: queue is empty now",
    "[INFO] server: listening on port 8080 now\n[WARN] cache: eviction rate is high today",
    "[2024-03-01 09:14 CET] scheduler: started the nightly run\n[2024-03-01 09:15 CET] scheduler: done with it",
    "github.com/stretchr/testify v1.8.4 h1:abc=\ngithub.com/stretchr/testify v1.8.4/go.mod h1:def=",
    "\tgithub.com/pkg/errors v0.9.1\n",
    "import \"github.com/google/uuid\"\n",
]


@pytest.mark.parametrize("text, logins", DEV_FOUND)
def test_dev_found(text, logins):
    found = _found(text)
    for login in logins:
        assert login in found


@pytest.mark.parametrize("text, login", DEV_DOUBTFUL)
def test_dev_doubtful(text, login):
    assert _found(text).get(login) == DOUBTFUL_SCORE


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert _found(text) == {}


def test_dev_bare_chat_ordinary_speaker_is_doubtful():
    text = "zoe_k: did anyone restart the runner?\nrobin: yes I did it an hour ago\nmkumar: thanks, it looks fine now"
    found = _found(text)
    assert found.get("robin") == DOUBTFUL_SCORE and found.get("zoe_k") and found.get("mkumar")


def test_clean_keys_of_a_record_are_no_speakers():
    text = "description: this is the main thing\nsummary: another thing about it\nnote: see the docs for more"
    assert _found(text) == {}


# CHECK: written after the change above, not tuned on.
CHECK_FOUND = [
    ("[Mon 9:05 PM] lunarmoth: is staging down for anyone else?\n[Mon 9:06 PM] d.okafor: yes since 9, on it",
     ["lunarmoth", "d.okafor"]),
    ("(14:02 GMT) emberfall: pushed the fix to the branch\n(14:03 GMT) jlin_22: thanks, will review it",
     ["emberfall", "jlin_22"]),
    ("[ADMIN] hexwarden: pinned the rules for this channel\n[SUB] cozyotter42: thanks for the stream today",
     ["hexwarden", "cozyotter42"]),
    ("[11:20 AM] NeonKoala: anyone free for a quick review?\n[11:21 AM] sam_t: sure, send it over please",
     ["NeonKoala", "sam_t"]),
    ("Links:\n* github.com/lunarmoth\n* my blog", ["lunarmoth"]),
    ("GitLab: gitlab.com/emberfall/dotfiles", ["emberfall"]),
    ("my talks are on youtube.com/@hexwarden and dev.to/cozyotter", ["hexwarden", "cozyotter"]),
]

CHECK_DOUBTFUL = [
    ("[Mon 9:05 PM] maple: is staging down for anyone else?\n[Mon 9:06 PM] d.okafor: yes since 9, on it", "maple"),
    ("jlin_22: has anyone seen the alert fire?\nwillow: not me, it was quiet all night\nd.okafor: same here, all good",
     "willow"),
]

CHECK_CLEAN = [
    "[09:00:01 UTC] MainThread: loading the model weights\n[09:00:05 UTC] MainThread: model ready to serve",
    "[Mon 9:05 PM] scheduler: nightly export started ok\n[Mon 9:40 PM] scheduler: nightly export finished ok",
    "golang.org/x/net v0.17.0\ngithub.com/spf13/cobra v1.8.0 // indirect",  # a module path's owner (round 10)
    "usage: run the tool with the path\nreturns: the number of files found\nraises: an error on bad input",
]


@pytest.mark.parametrize("text, logins", CHECK_FOUND)
def test_check_found(text, logins):
    found = _found(text)
    for login in logins:
        assert login in found


@pytest.mark.parametrize("text, login", CHECK_DOUBTFUL)
def test_check_doubtful(text, login):
    assert _found(text).get(login) == DOUBTFUL_SCORE


@pytest.mark.parametrize("text", CHECK_CLEAN)
def test_check_clean(text):
    assert _found(text) == {}


# DEV (bare chat, second step): speakers in mixed case or made of words, each speaking twice or more.
DEV_BARE_TRANSCRIPTS = [
    ("night_owl: is the build green for you?\nPixelPanda: no, it fails on the lint step\n"
     "night_owl: ok, I will look at it now\nPixelPanda: thanks, ping me when it is done", ["night_owl", "PixelPanda"]),
    ("sunny_dev: anyone around to review my change?\nxXmaraXx: sure, send me the link please\n"
     "sunny_dev: here it is, the small one\nxXmaraXx: approved, looks fine to me", ["sunny_dev", "xXmaraXx"]),
]
DEV_BARE_CLEAN = [
    "User: how do I reverse a list in python?\nAssistant: you can call reversed on it\n"
    "User: and in place, without a copy?\nAssistant: use the reverse method of the list",
    "error_message: could not connect to the db\nretry_reason: the upstream timed out again\n"
    "error_message: could not connect to the db\nretry_reason: the upstream timed out again",
]


@pytest.mark.parametrize("text, logins", DEV_BARE_TRANSCRIPTS)
def test_dev_bare_transcript(text, logins):
    found = _found(text)
    for login in logins:
        assert login in found


@pytest.mark.parametrize("text", DEV_BARE_CLEAN)
def test_dev_bare_clean(text):
    assert _found(text) == {}


# CHECK (bare chat, second step): written after the change, not tuned on.
CHECK_BARE_TRANSCRIPTS = [
    ("MoonRaker: did you see the alert from last night?\nbrave_heron: yes, the disk filled up again\n"
     "MoonRaker: can we add a cleanup job for it?\nbrave_heron: I will write one this afternoon",
     ["MoonRaker", "brave_heron"]),
]
CHECK_BARE_CLEAN = [
    "Human: write me a short poem about the sea\nAI: the waves come in and out again\n"
    "Human: make it rhyme a bit more please\nAI: the sea is wide and blue and deep",
    "maxRetries: the number of tries before giving up\ntimeoutMs: how long to wait for a reply\n"
    "maxRetries: the number of tries before giving up\ntimeoutMs: how long to wait for a reply",
]


@pytest.mark.parametrize("text, logins", CHECK_BARE_TRANSCRIPTS)
def test_check_bare_transcript(text, logins):
    found = _found(text)
    for login in logins:
        assert login in found


@pytest.mark.parametrize("text", CHECK_BARE_CLEAN)
def test_check_bare_clean(text):
    assert _found(text) == {}
