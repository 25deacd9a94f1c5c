"""ids_of_people.py: the header of a table read for each table, not borrowed from a table of another separator above."""
from redactor.detect.base import Span
from redactor.detect.ids_of_people import ids_of_people


def _people(text: str, names: list[str]) -> list[Span]:
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(Span(start, start + len(name), "PERSON", "pii", 0.8, "test"))
    return spans


def _ids(text: str, names: list[str]) -> list[str]:
    return [text[span.start:span.end] for span in ids_of_people(text, _people(text, names))]


def test_a_semicolon_table_under_a_comma_table_has_its_own_header():
    text = ("pid,first,last,dob\n4471203,Ana,Ruiz,1984-02-11\n4471288,Li,Wei,1990-07-30\n"
            "emp#;name;dept\n40913;Carla Mendes;payments\n40987;Jonas Weber;legal\n")
    found = _ids(text, ["Ana", "Ruiz", "Li", "Wei", "Carla Mendes", "Jonas Weber"])
    assert "40913" in found and "40987" in found


def test_a_tab_table_under_a_pipe_table_has_its_own_header():
    text = ("| ticket | owner |\n| SUP-4471 | Tom Becker |\n"
            "member\tname\tcity\n550218\tNadia Petrova\tLeeds\n550291\tOmar Said\tYork\n")
    found = _ids(text, ["Tom Becker", "Nadia Petrova", "Omar Said"])
    assert "550218" in found and "550291" in found
    assert "SUP-4471" not in found  # (under its own header, `ticket`: a thing's number)


def test_a_quantity_header_still_keeps_its_column():
    text = "name;salary;team\nCarla Mendes;52000;payments\nJonas Weber;61000;legal\n"
    assert _ids(text, ["Carla Mendes", "Jonas Weber"]) == []


def test_a_code_owned_by_a_possessive_is_the_persons_id():
    text = "Mr. Otieno's card AB-7781 expired last week."
    assert _ids(text, ["Mr. Otieno"]) == ["AB-7781"]
    text = "Dana Whitfield's member number is 44812, she said."
    assert _ids(text, ["Dana Whitfield"]) == ["44812"]


def test_a_things_or_a_quantitys_code_after_a_possessive_stays():
    for text, name in (("Linus Torvalds's commit 4471209 fixed it.", "Linus Torvalds"),
                       ("Ana's ticket SUP-4471 is closed.", "Ana"),
                       ("Tom Becker's salary 52000 is due.", "Tom Becker"),
                       ("Tom's team won 3-1 on Saturday.", "Tom")):
        assert _ids(text, [name]) == [], text


def test_a_code_after_a_preposition_or_named_by_a_year_stays():
    assert _ids("Martin Fowler's article on CQRS-2011 is still cited.", ["Martin Fowler"]) == []
    assert _ids("Grace Hopper's favourite was COBOL-1960 then.", ["Grace Hopper"]) == []
