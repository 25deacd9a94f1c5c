"""The login finders try each pattern only where its matches can start, with the same matches as a scan of the whole
text: usernames' `first.last` joints from the surnames among the last parts (listed by literal-led patterns), the
Windows home and the owner column header from where their first word starts (the shared cue scan)."""
from __future__ import annotations

import pytest

from redactor.detect import term_lists
from redactor.detect import usernames
from redactor.detect.keywords import keyword_positions, matches_at_starts


def _logins(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in usernames.find_usernames(text)]


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _anchored_as_whole_text_scans(text: str) -> bool:
    surnames = term_lists.surnames()
    joints = [joint for joint in usernames._JOINER_THEN_LAST.finditer(text) if joint.group("last") in surnames]
    anchored = {
        usernames._WINDOWS_HOME: matches_at_starts(usernames._WINDOWS_HOME, text,
                                                   keyword_positions(text, usernames._WINDOWS_HOME_WORDS)),
        usernames._OWNER_COLUMN_HEADER: matches_at_starts(usernames._OWNER_COLUMN_HEADER, text,
                                                          keyword_positions(text, usernames._OWNER_COLUMN_WORDS)),
    }
    return _spans(usernames._joints_before_surnames(text)) == _spans(joints) and all(
        _spans(matches) == _spans(pattern.finditer(text)) for pattern, matches in anchored.items())


# Dev set: the forms each anchor must reach (written for this change).
def test_a_first_dot_last_login_is_found_from_its_surname():
    assert "ingrid.larsen" in _logins("ingrid.larsen has superuser on prod")


def test_a_text_without_a_surname_after_a_joiner_has_no_joint():
    assert usernames._joints_before_surnames("os.path.join(base_dir, self.config) or req.headers") == []


def test_a_windows_home_and_an_owner_column_are_found_from_their_words():
    assert "kjames" in _logins(r"C:\Users\kjames\AppData\Local")
    assert "rgupta" in _logins("USER       PID %CPU %MEM COMMAND\nrgupta    4412  0.0  0.1 bash\n")


@pytest.mark.parametrize("text", [
    "ingrid.larsen and r_okafor, self.larsen, a.b.larsen, x_larsen_y, larsen.py, .larsen",
    r"C:\Users\kjames and c:/users/ana and D:\\USERS\\bo and C:\Documents and Settings\old",
    "USER PID\nOWNER UID LOGIN USERNAME AUTHOR\nxUSER USERS",
    "maria.gonzalez@example.com maria_gonzalez maria.gonzalez2 mariagonzalez.gonzalez",
])
def test_anchors_match_whole_text_scans_on_the_dev_forms(text: str):
    assert _anchored_as_whole_text_scans(text)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text", [
    "cc: olga.petrova_dev; anna_kowalski.smith (joao.silva) `li.wang` \"ahmed.hassan\"\n" * 3,
    "config.garcia = 1; garcia.config; import lopez.utils; from x.lopez import y",
    r'"path": "C:\\Users\\dmoreau\\repo", users: 3, Users/x, :Users\me',
    "AUTHOR: x\n  USER\tTTY\nlogin USER_ID OWNERS UIDs",
    "Große Grüße an jürgen.müller und hans.schmidt",  # not ASCII
])
def test_anchors_match_whole_text_scans_on_the_check_forms(text: str):
    assert _anchored_as_whole_text_scans(text)
