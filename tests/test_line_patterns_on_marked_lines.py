"""Line patterns tried only on the lines that hold what each of their matches holds (round 30, speed30pii): a chat's
turn (logins_in_conversations._TURN) on the lines with a colon, the work-item key lines (ids_work_item_keys) on the
lines with a key. The same matches as the patterns tried at every line start."""
from __future__ import annotations

import pytest

from redactor.detect import ids_work_item_keys as keys
from redactor.detect import logins_in_conversations as conversations
from redactor.detect.keywords import lines_holding, lines_with, matches_at_line_starts, matches_at_starts


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _turns_as_at_every_line_start(text: str) -> bool:
    anchored = matches_at_starts(conversations._TURN, text,
                                 [start for start, _ in lines_with(text, conversations._COLON)])
    return _spans(anchored) == _spans(matches_at_line_starts(conversations._TURN, text))


def _key_lines_as_at_every_line_start(text: str) -> bool:
    key_lines = [start for start, _ in lines_holding(text, keys._key_starts(text))]
    return all(_spans(matches_at_starts(pattern, text, key_lines)) == _spans(matches_at_line_starts(pattern, text))
               for pattern in (keys._KEY_AT_LINE_START, keys._PERSON_KEYS_LINE))


def _speakers(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in conversations.find_conversation_logins(text)]


def _keys(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in keys.find_work_item_keys(text)]


# Dev set (written for this change).
def test_a_chat_is_read_from_its_turns():
    text = "[10:41] nadia_q: can you look at the deploy\n[10:42] tpham3: on it, nadia_q\n[10:43] nadia_q: thanks\n"
    assert _speakers(text) == ["nadia_q", "tpham3", "nadia_q"]


def test_key_lines_are_read_where_a_key_is():
    assert "ENG-341" in _keys("Assignments:\n- Hana: ENG-341, ENG-360\n- Marek -> CS-219\n")


@pytest.mark.parametrize("text", [
    "[10:41] nadia_q: hi there all\n[Tue 10:42 AM] tpham3：on it now\n小鱼儿2019：你好吗 朋友\nno colon here\n",
    "[dana] [10:02] see the ticket\n  - 09:14:02 bo_k (admin): restarting the pods now\nx := 3\na::b\n",
    "Steps:\n1. open it\nUser: how do I\nAgent: like this, see\n",
])
def test_turns_match_every_line_start_on_the_dev_forms(text: str):
    assert _turns_as_at_every_line_start(text)


@pytest.mark.parametrize("text", [
    "- Hana: ENG-341, ENG-360\n* Marek -> CS-219\nSUP-2207: Aurelio asks\n| OPS-91 | done |\n> ENG-7 and ENG-8\n",
    "[09:12] <jdoe> ENG-44 is done\n3) Kai Lutz — ABC-12 & ABC-13\nno key on this line\nabc-12 lower\n",
])
def test_key_lines_match_every_line_start_on_the_dev_forms(text: str):
    assert _key_lines_as_at_every_line_start(text)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text", [
    "**Team chat**\n09:01 anna.k: morning\n09:02 (bot) deploy: ok\nmk_7 (on call): paging now\nhttp://x.io:8080/a\n",
    "key: value\nname: web\nk8s-app: web\n  ports:\n    - 80:8080\n\n\n",
    "Kunde: Wo ist mein Paket?\n担当者：確認します\n[오후 3:12] 하늘바람: 안녕하세요\r\nlast line: no newline",
])
def test_turns_match_every_line_start_on_the_check_forms(text: str):
    assert _turns_as_at_every_line_start(text)


@pytest.mark.parametrize("text", [
    "Sprint:\n  • Jonas Weber: PAY-1021 und PAY-1022\n  • Li Na → PAY-88\nPAY-1021 blocked\n\nsee X1-2 and Y-3\n",
    "| key | owner |\n|-----|-------|\n| CORE-77 | ana |\nnotes: CORE-78-ish, (CORE-79)\n#DEV-5 first\n",
])
def test_key_lines_match_every_line_start_on_the_check_forms(text: str):
    assert _key_lines_as_at_every_line_start(text)
