"""table_columns.may_have_cells_below remembers each line's answer for the last text (round 30, speed30pii): the login
and record-id finders ask it at every label word. The answers stay those of reading the line and the rows below it."""
from __future__ import annotations

import pytest

from redactor.detect import table_columns
from redactor.detect.table_columns import may_have_cells_below


def _read_afresh(text: str, label_start: int, label_end: int) -> bool:
    line_start, line_end = table_columns._line_around(text, label_start, label_end)
    return table_columns._line_may_have_cells_below(text, line_start, line_end)


def _every_label_as_read_afresh(text: str, label: str) -> bool:
    starts = [index for index in range(len(text)) if text.startswith(label, index)]
    assert starts
    return all(may_have_cells_below(text, start, start + len(label)) == _read_afresh(text, start, start + len(label))
               for start in starts * 2)  # (asked twice: the second answers are the remembered ones)


# Dev set (written for this change).
def test_a_header_with_rows_below_may_have_cells():
    text = "username,uid\njdoe,1001\nakim,1002\n"
    assert may_have_cells_below(text, 0, 8)


def test_a_label_in_prose_has_no_cells_below():
    assert not may_have_cells_below("the user logged in, then the user left\n", 4, 8)


def test_the_answer_follows_the_text_not_the_offsets():
    table = "user | id\n---- | --\njdoe | 1\n"
    prose = "user: jdoe and the id\nnothing below\n"
    assert may_have_cells_below(table, 0, 4)
    assert not may_have_cells_below(prose, 0, 4)
    assert may_have_cells_below(table, 0, 4)
    assert not may_have_cells_below(table.replace("|", " "), 0, 4)  # an equal-length text of its own


@pytest.mark.parametrize("text, label", [
    ("def get_user(user_id: int) -> dict:\n    return db.fetch_one('SELECT * FROM users', user_id)\n```\n", "user"),
    ("user;login\n\n+----+\nx;y\nuser in prose\nuser\tid\n\tz\n", "user"),
])
def test_every_label_is_answered_as_read_afresh_on_the_dev_forms(text: str, label: str):
    assert _every_label_as_read_afresh(text, label)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text, label", [
    ("| Login | Name |\n|-------|------|\n| mkhan | Mo |\n\nLogin failed for mkhan, retry\n", "Login"),
    ("account_id,amount\r\n4471,12.00\r\naccount_id alone\naccount_id, then; more\n", "account_id"),
])
def test_every_label_is_answered_as_read_afresh_on_the_check_forms(text: str, label: str):
    assert _every_label_as_read_afresh(text, label)
