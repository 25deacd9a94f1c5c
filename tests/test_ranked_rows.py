"""Ranked rows (community_logins.find_ranked_logins) are read at every line start: the first line, after a line
break, after CRLF, and after leading blanks; a numbered list without a score after the name is no ranking."""
from redactor.detect.community_logins import find_ranked_logins


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_ranked_logins(text)]


def test_rows_at_every_line_start_are_read():
    text = "1. quietmoth_77 2450 pts\n2. brambleduck_x 2210 pts\n3) tallgrass99 1990\n"
    assert _found(text) == ["quietmoth_77", "brambleduck_x", "tallgrass99"]


def test_rows_after_crlf_and_leading_blanks():
    text = "Standings:\r\n  #1 @nightjar_k 98 wins\r\n  #2 @corvid_ink 91 wins\r\n"
    assert _found(text) == ["nightjar_k", "corvid_ink"]


def test_a_rank_inside_a_line_is_no_row():
    text = "we moved 1. quietmoth_77 2450 pts\nand 2. brambleduck_x 2210 pts\n"
    assert _found(text) == []


def test_numbered_steps_without_scores_are_no_ranking():
    assert _found("1. install the package\n2. run the tests\n") == []
