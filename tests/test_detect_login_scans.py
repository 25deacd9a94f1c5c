"""The login finders' scans read only where a login can be, and find what a whole-text scan finds (issue 14)."""
import random

from redactor.detect import usernames
from redactor.detect.login_columns import find_login_column_cells

_WORDS = ["mgarcia", "rkhan", "jsmith", "shards", "tracker", "dkim", "apatel", "the", "deleted", "by", "ask", "said",
          "mgarciax", "Mgarcia", "mgarcia2", "user", "assigned", "to", "was", "rkhanrkhan", "cc", "é", "tnguyen"]
_SEPARATORS = [" ", "  ", "\n", ".", "-", "@", "/", ":", "=", ", ", "(", "_", "'", "\t", ".x", "$"]


def test_initial_and_surname_words_are_read_where_they_occur_with_the_whole_text_scans_matches():
    # Every match of the pattern whose login is a candidate word, in the text's order, and no other: also inside
    # longer words, after a dot or "@", before a digit or an accented letter (where the pattern refuses them).
    generator = random.Random(7)
    matched = 0
    for _ in range(3000):
        text = "".join(generator.choice(_WORDS) + generator.choice(_SEPARATORS)
                       for _ in range(generator.randint(1, 12)))
        logins = set(filter(usernames._may_be_initial_and_surname, usernames._lower_case_words(text)))
        expected = [match.span("user") for match in usernames._INITIAL_AND_SURNAME.finditer(text)
                    if match.group("user") in logins]
        assert [match.span("user") for match in usernames._whole_word_matches(text, logins)] == expected, text
        matched += len(expected)
    assert matched > 500  # (the texts do hold such words)


def test_initial_and_surname_login_in_a_persons_slot_is_found_at_each_occurrence():
    text = "the bucket was deleted by mgarcia.\nlater mgarcia deleted it again; mgarciax said no"
    found = [text[start:end] for start, end, _ in usernames._initial_and_surname_logins(
        text, usernames._lower_case_words(text))]
    assert found == ["mgarcia", "mgarcia"]


def test_a_prose_line_without_cells_ends_a_column_of_logins():
    rows = "name,login\nAna Ruiz,a.ruiz\nBo Chen,b.chen\nCy Diaz,c.diaz\n"
    text = rows + "that was all of them\n" + rows
    cells = [text[start:end] for start, end, _ in find_login_column_cells(text)]
    assert cells == ["a.ruiz", "b.chen", "c.diaz"] * 2
