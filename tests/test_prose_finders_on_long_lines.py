"""Prose finders on long lines (speedprose26): a finding deep in a long line of prose costs its neighbourhood, not the
line, and finds what it found before.

Pasted tickets, instructions and chat turns are often one paragraph of several KB. name_fields.py looked for a field's
start over the whole line before each name, person_span_edges.py folded the whole line per name to compare it with a
greeting, people_initials.py and org_lower_case_names.py tried a case-insensitive cue pattern at every position. The
dev cases state the behaviours at the far end of such lines; the check cases compare each finder with the former
whole-line form on seeded texts.
"""
from __future__ import annotations

import random
import re

import pytest

from redactor.detect import name_fields, org_lower_case_names, people_initials, person_span_edges
from redactor.detect.base import Span
from redactor.detect.logins_of_people import logins_of_people

_PROSE = ("The export job retries each batch after a timeout, and the queue keeps the failed rows for a day. "
          "We moved the nightly report to the new scheduler last sprint; nobody has complained about it since. ")


def _long_line(size: int = 6000) -> str:
    return (_PROSE * (size // len(_PROSE) + 1))[:size].rstrip() + " "


def _person(text: str, name: str, kind: str = "PERSON") -> Span:
    start = text.rindex(name)
    return Span(start, start + len(name), kind, "pii", 0.85, "ner")


# --- dev set: the behaviours at the end of a long line --------------------------------------------------------------

def test_a_name_that_fills_its_field_at_the_end_of_a_long_line_takes_the_field():
    text = _long_line() + "Venue — Adaeze Nwosu Event Hall"
    [extension] = name_field_extensions(text, "Adaeze Nwosu")
    assert text[extension.start:extension.end] == "Adaeze Nwosu Event Hall"


def test_a_field_that_opens_far_before_the_name_still_counts_when_only_name_words_lie_between():
    # The field's colon lies more than the look-back before the name, with capitalised words in between.
    text = _long_line() + "Caterer:" + " " * 200 + "Golden Lantern Priya Raman Kitchen"
    [extension] = name_field_extensions(text, "Priya Raman")
    assert text[extension.start:extension.end] == "Golden Lantern Priya Raman Kitchen"


def test_a_name_in_a_long_sentence_opens_no_field():
    text = _long_line() + "then Anna Berg Quarterly Review came up"
    assert name_field_extensions(text, "Anna Berg") == []


def name_field_extensions(text: str, found: str) -> list[Span]:
    return name_fields.name_field_extensions(text, [_person(text, found)], "ner")


def test_a_greeting_line_is_still_below_the_wire_and_a_long_line_is_not_a_greeting():
    short = "Viele Grüße, Anna"
    long = _long_line() + short
    assert person_span_edges.greeting_or_article_score(short, 0, 12, "PERSON", 0.85) < 0.85  # "Viele Grüße"
    span = _person(long, "Anna")
    assert person_span_edges.greeting_or_article_score(long, span.start, span.end, "PERSON", 0.85) == 0.85


def test_a_greeting_before_a_name_is_cut_at_the_end_of_a_long_line():
    text = _long_line() + "Mit freundlichen Grüßen Jonas Keller"
    span = _person(text, "Grüßen Jonas Keller")
    start, end = person_span_edges.person_span_edges(text, span.start, span.end)
    assert text[start:end] == "Jonas Keller"


def test_initials_after_a_record_act_are_found_in_long_prose_in_any_case_of_the_cue():
    for cue in ("approved by", "Signed off:", "SİGNED OFF:", "ſigned by"):
        text = _long_line() + f"The refund was {cue} RT yesterday."
        found = [text[span.start:span.end] for span in people_initials.initials_of_people(text, "t")]
        assert found == ["RT"], cue


def test_a_small_letter_organisation_after_a_cue_is_found_in_long_prose():
    for cue in ("for", "For", "ſor", "with the"):
        name = "tessaly team" if cue == "with the" else "fernbrook health"
        text = _long_line() + f"contract renewal {cue} {name} is due."
        found = [text[span.start:span.end] for span in org_lower_case_names.lower_case_names(text, "t")]
        assert found == (["tessaly"] if cue == "with the" else ["fernbrook health"]), cue


def test_a_login_that_spells_a_person_on_a_long_line_is_found():
    for login in ("staufa", "s.taufa", "taufa2", "sione_taufa"):
        text = _long_line() + f"Ask Sione Taufa ({login}) for the rota."
        found = logins_of_people(text, [_person(text, "Sione Taufa")])
        assert [text[span.start:span.end] for span in found] == [login]


# --- check set: the same findings as the whole-line forms, on seeded texts ------------------------------------------

_FIELD_PIECES = ("Venue — ", "Supplier | ", "Caterer: ", '"vendor": "', "id,", " - ", ", ", "(", "\t", "Golden ",
                 "Lantern ", "and ", "the ", "Event Hall", " Kitchen", "; ", " Monday", " v2", "  ", "— ", ": ")


def _whole_line_field_extensions(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """name_field_extensions' field spans as written before the look-back (every field start on the line searched)."""
    found = []
    for span in spans:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start:span.start]
        starts = list(name_fields._FIELD_START.finditer(before))
        if not starts:
            continue
        left_words = before[starts[-1].end():].split()
        after = text[span.end:line_end]
        end_match = name_fields._FIELD_END.search(after)
        right_words = after[:end_match.start()].split() if end_match else []
        if not left_words and not right_words:
            continue
        if left_words and not name_fields._fills(left_words, leading=True):
            continue
        if right_words and not name_fields._fills(right_words, leading=False):
            continue
        found.append((line_start + starts[-1].end() if left_words else span.start,
                      span.end + end_match.start() if right_words else span.end))
    return found


@pytest.mark.parametrize("seed", range(40))
def test_field_extensions_are_those_of_the_whole_line_search(seed):
    rng = random.Random(seed)
    pieces = [_long_line(rng.choice((50, 118, 121, 125, 400, 3000)))]
    pieces += [rng.choice(_FIELD_PIECES) for _ in range(rng.randrange(0, 6))]
    text = "".join(pieces) + "Adaeze Nwosu" + "".join(rng.choice(_FIELD_PIECES) for _ in range(rng.randrange(0, 4)))
    spans = [_person(text, "Adaeze Nwosu")]
    extensions = [(span.start, span.end) for span in name_fields.name_field_extensions(text, spans, "ner")
                  if span.detector == "ner" and span.kind == "PERSON"]
    assert extensions == _whole_line_field_extensions(text, spans)


_GREETING_PIECES = ("Viele Grüße", "Bonne journée", "Best regards", ",", " ", "   ", "-", "Anna", "Weber", "Kind",
                    "regards", "\t", "Thanks")


@pytest.mark.parametrize("seed", range(40))
def test_greeting_lines_are_told_as_by_folding_the_whole_line(seed):
    rng = random.Random(seed)
    line = "".join(rng.choice(_GREETING_PIECES) + rng.choice(("", " ", "  " * rng.randrange(1, 80)))
                   for _ in range(rng.randrange(1, 12)))
    folded = " ".join(line.strip(person_span_edges._LINE_PUNCTUATION).casefold().split())
    assert person_span_edges._is_greeting_phrase(line) == (folded in person_span_edges.greeting_phrases())


def _whole_text_initials(text: str) -> list[tuple[int, int]]:
    """initials_of_people as written before the cue words (_AFTER_ACT tried at every position)."""
    found = [*people_initials._AFTER_ACT.finditer(text), *people_initials._DASHED_LINE.finditer(text.rstrip()),
             *people_initials._under_closing_words().finditer(text)]
    return [match.span("initials") for match in found if people_initials.could_be_initials(match.group("initials"))]


@pytest.mark.parametrize("seed", range(20))
def test_cue_finders_find_what_a_search_of_every_position_finds(seed):
    rng = random.Random(seed)
    fragments = ["approved by RT", "signed off: PJ", "Seen by: TJ", "SİGNED: KM", "for fernbrook health",
                 "with the tessaly team", "At quorbit", "from customer thessock", "the preflight team", "by EOD",
                 "done by IT", "checked by J.M.", "— KP", "ſor drovane logistics", "Initials: AB", ", ", ".\n",
                 "FOR zentrova studio", "joined pellarin ltd", "thanks,\nMK"]
    text = "".join(rng.choice([*fragments, _PROSE[:rng.randrange(20, 200)]]) + " " for _ in range(60))
    for variant in (text, text.replace("İ", "I").replace("ſ", "s")):  # with and without the other cases of ASCII
        assert [(span.start, span.end) for span in people_initials.initials_of_people(variant, "t")] \
            == _whole_text_initials(variant)
        expected = [match.span(1) for match in org_lower_case_names._AFTER_CUE.finditer(variant)]
        tried_at_cues = org_lower_case_names._after_cue_matches(variant)
        assert [match.span(1) for match in tried_at_cues] == expected
