"""Table columns and the logins beside names: what was found in some cells marks the rest (the wire only).

Exports and query results hold one kind of value per column, and a person's login beside their name;
these tests run the whole detection engine with the default policy, as the proxy does.
"""
from __future__ import annotations

import re

import pytest

from redactor.detect.base import Span
from redactor.detect.column_kinds import spans_in_same_columns
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.logins_of_people import logins_of_people
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def found(engine: DetectionEngine, text: str, kind: str = "tool_result") -> dict[str, str]:
    (spans,) = engine.detect([Segment(text, role="tool", kind=kind)])
    return {text[s.start:s.end]: s.kind for s in spans}


def test_a_person_the_detectors_missed_in_a_column_of_people_is_found(engine):
    text = ("user_id,display,dob\n"
            "5501,Maeve Lonergan,1988-04-12\n"
            "5502,Sione Taufa,1979-11-30\n"
            "5504,Elif Kaya,1985-02-19\n"
            "5506,Anneliese Vogt,1969-09-01\n")
    spans = found(engine, text)
    for name in ("Maeve Lonergan", "Sione Taufa", "Elif Kaya", "Anneliese Vogt"):
        assert spans.get(name) == "PERSON", (name, spans)


def test_cells_shaped_like_the_found_ones_take_their_kind_and_others_do_not():
    text = ("ref | note\n"
            "AB-1001 | call back\n"
            "CD-2002 | x\n"
            "EF-3003 | paid\n")
    first = text.index("AB-1001")
    spans = spans_in_same_columns(text, [Span(first, first + 7, "ID_NUMBER", "pii", 0.7, "pii")])
    assert sorted(text[s.start:s.end] for s in spans) == ["CD-2002", "EF-3003"]
    assert all(s.kind == "ID_NUMBER" and WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE for s in spans)


def test_one_person_in_a_column_of_words_is_not_evidence_enough():
    text = ("status,owner\n"
            "Pending,ops\n"
            "Approved,ops\n"
            "Rejected,ops\n")
    start = text.index("Approved")
    assert spans_in_same_columns(text, [Span(start, start + 8, "PERSON", "pii", 0.7, "ner")]) == []


def test_the_header_row_is_not_a_value_of_its_column():
    text = ("name,team\n"
            "Ana Pires,infra\n"
            "Kofi Boateng,infra\n"
            "Lena Haas,web\n")
    spans = [Span(text.index(n), text.index(n) + len(n), "PERSON", "pii", 0.7, "ner")
             for n in ("Ana Pires", "Kofi Boateng")]
    added = spans_in_same_columns(text, spans)
    assert [text[s.start:s.end] for s in added] == ["Lena Haas"]


def test_secrets_and_infrastructure_do_not_spread_through_columns():
    text = "host,port\nalpha,5432\nbeta,5432\ngamma,5432\n"
    start = text.index("alpha")
    assert spans_in_same_columns(text, [Span(start, start + 5, "HOSTNAME", "infra", 0.8, "infra")]) == []


def test_prose_with_commas_is_no_table(engine):
    text = ("Thanks, Maeve Lonergan, for the notes.\n"
            "I read them, twice, and agree.\n"
            "See you, then, on Monday.\n")
    assert "agree" not in " ".join(found(engine, text, "prose"))


def test_a_login_that_spells_the_person_beside_it_is_their_login(engine):
    text = ("1043;Hiroshi Tanaka;htanaka;active\n"
            "1044;Mette Kjærgaard;mkjaer;active\n"
            "1045;Osei Bonsu;obonsu;locked\n")
    spans = found(engine, text)
    for login in ("htanaka", "mkjaer", "obonsu"):
        assert spans.get(login) == "USERNAME", (login, spans)
    assert "active" not in spans and "locked" not in spans


@pytest.mark.parametrize("line, login", [
    ("Ngozi Eze (ngozi.e) approved the change", "ngozi.e"),
    ("assigned: Brigid O'Halloran / bohalloran", "bohalloran"),
    ("Dr Priya Raghunathan logged in as raghunathan_p", "raghunathan_p"),
])
def test_login_spellings(line, login):
    name = line.split(" (")[0].split(" logged")[0].removeprefix("assigned: ").split(" /")[0]
    start = line.index(name)
    spans = logins_of_people(line, [Span(start, start + len(name), "PERSON", "pii", 0.7, "ner")])
    assert [line[s.start:s.end] for s in spans] == [login]


@pytest.mark.parametrize("line", [
    "Ngozi Eze approved the change in main",
    "Osei Bonsu opened ops/runbook.md",
    "Lena Haas wrote to lena.haas@example.org",
])
def test_words_that_do_not_spell_the_person_are_left(line):
    name = " ".join(line.split()[:2])
    spans = logins_of_people(line, [Span(0, len(name), "PERSON", "pii", 0.7, "ner")])
    assert spans == []


@pytest.mark.parametrize("line, code", [
    ("Ms Okafor, 448-221-09, wants her records transferred.", "448-221-09"),
    ("J. Brennan – 2023/118841 sent the form", "2023/118841"),
    ("Member Aoife Brennan (MB-448120) renewed.", "MB-448120"),
])
def test_a_code_right_after_a_person_is_their_identifier(line, code):
    from redactor.detect.ids_of_people import ids_of_people

    name = next(n for n in ("Ms Okafor", "J. Brennan", "Aoife Brennan") if n in line)
    start = line.index(name)
    spans = ids_of_people(line, [Span(start, start + len(name), "PERSON", "pii", 0.8, "ner")])
    assert [(line[s.start:s.end], s.kind) for s in spans] == [(code, "ID_NUMBER")]
    assert spans[0].score < AUDIT_MIN_SCORE


@pytest.mark.parametrize("line", [
    "Priya Patel, 2024-03-11, signed",
    "Tom Hale: 1999-2004 at Acme",
    "Lena Haas, 10442 Main Street",
    "Lena Haas, 14:30 on Friday",
    "Lena Haas, 1234 (four digits) is no id",
])
def test_dates_years_times_and_house_numbers_after_a_person_are_left(line):
    from redactor.detect.ids_of_people import ids_of_people

    name = " ".join(line.split(",")[0].split(":")[0].split()[:2])
    assert ids_of_people(line, [Span(0, len(name), "PERSON", "pii", 0.8, "ner")]) == []


def test_logins_beside_people_cost_one_pass_per_line_however_many_people_it_holds():
    from tests.growth import assert_linear_growth

    def work(size: int):
        unit = "Mette Kjaergaard wrote to the team about the release and more words follow here. "
        line = unit * (size // len(unit))
        people = [Span(i, i + 16, "PERSON", "pii", 0.8, "ner") for i in range(0, len(line), len(unit))]
        return lambda: logins_of_people(line, people)

    assert_linear_growth(work, 64_000)


def test_a_column_of_distinct_codes_in_a_table_of_people_numbers_their_records():
    # no header names the column and no row is read as a person's line: the column's codes differ in every row of
    # a table whose rows hold personal findings
    text = ("c1;c2;c3;c4\n"
            "VXQPTM;2026-11-03;a.berg@post.se;ok\n"
            "RNDKWZ;2026-11-04;k.lund@post.se;ok\n"
            "HH2JXA;2026-11-04;p.ek@post.se;ok\n")
    found = [Span(text.index(mail), text.index(mail) + len(mail), "EMAIL", "pii", 0.9, "pii")
             for mail in ("a.berg@post.se", "k.lund@post.se", "p.ek@post.se")]
    spans = spans_in_same_columns(text, found)
    assert sorted(text[s.start:s.end] for s in spans if s.kind == "ID_NUMBER") == ["HH2JXA", "RNDKWZ", "VXQPTM"]


@pytest.mark.parametrize("text", [
    # a column that repeats its code is a status; a table without personal findings is not read
    ("c1;c2;c3\nVXQPTM;a.berg@post.se;ok\nVXQPTM;k.lund@post.se;ok\nVXQPTM;p.ek@post.se;ok\n"),
    ("c1;c2;c3\nVXQPTM;widget;ok\nRNDKWZ;gadget;ok\nHH2JXA;gizmo;ok\n"),
])
def test_codes_that_repeat_or_number_no_ones_records_stay(text):
    found = [Span(m.start(), m.end(), "EMAIL", "pii", 0.9, "pii") for m in re.finditer(r"\S+@post\.se", text)]
    assert [s for s in spans_in_same_columns(text, found) if s.kind == "ID_NUMBER"] == []


def test_a_drawn_code_with_vowels_enough_for_a_word_is_still_a_code_of_its_column():
    text = ("| when | loc | mail |\n|---|---|---|\n"
            "| 03:10 | VXQPTM | a.berg@post.se |\n| 03:12 | RNDKWZ | k.lund@post.se |\n"
            "| 03:19 | XFYFSE | p.ek@post.se |\n")
    found = [Span(m.start(), m.end(), "EMAIL", "pii", 0.9, "pii") for m in re.finditer(r"\S+@post\.se", text)]
    spans = spans_in_same_columns(text, found)
    assert sorted(text[s.start:s.end] for s in spans if s.kind == "ID_NUMBER") == ["RNDKWZ", "VXQPTM", "XFYFSE"]
