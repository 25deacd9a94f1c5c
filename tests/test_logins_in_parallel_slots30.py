"""logins_in_parallel_slots (round 30, issue 12): a value standing where a found login stands is a login.

Dev set: my own examples of the mechanism, written before the code (repeated layouts people paste: log lines,
ladders, event feeds, badge lines, inline lists). The check set below it was written after the code, without
looking at any corpus, and was not tuned on. The look-alikes must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.logins_in_parallel_slots import logins_in_parallel_slots


def _siblings(text: str, found: list[str]) -> list[str]:
    spans = []
    for value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), "USERNAME", "pii", 0.9, "test"))
    return sorted({text[span.start:span.end] for span in logins_in_parallel_slots(text, spans)})


DEV_POS = [
    # a column of log lines: the field that holds a found login holds logins
    ("Mar 02 09:14:11 web1 sshd[812]: Accepted publickey for kwalsh from 10.0.0.4\n"
     "Mar 02 09:20:57 web1 sshd[840]: Accepted publickey for dmorozov from 10.0.0.9",
     ["kwalsh"], ["dmorozov"]),
    ("[2026-03-01 10:02] [jfoster] opened PR #41\n[2026-03-01 10:09] [Lumi_K] approved PR #41",
     ["jfoster"], ["Lumi_K"]),
    # an event feed: a tag, the actor, what they did
    ("[follow] NeonPanda joined\n[host] quietRiver91 hosted the channel\n[sub] Bartek_gg subscribed",
     ["quietRiver91"], ["Bartek_gg", "NeonPanda"]),
    # a ladder: both players of a row stand after the same punctuation
    ("Round 3\n1. frostbyte (2210) - Orla_M (2105)\n2. kestrel42 (1990) - mossyrock (1985)",
     ["frostbyte", "kestrel42"], ["Orla_M", "mossyrock"]),
    # an inline list of labelled awards: the same separator after each
    ("Awards: MVP: daviddl · Best support: yukimura · Rookie: p_novak", ["yukimura"], ["daviddl", "p_novak"]),
    # a summary sentence of "who: what" pairs
    ("Owners: mleon: billing; ssato: search; qx: the flaky test.", ["ssato"], ["mleon", "qx"]),
    # a comma list where one item was found
    ("Thanks sunny_day (3 gifts), torvaldo (200 bits), Kairo9 for the raid!", ["sunny_day"], ["Kairo9", "torvaldo"]),
]

DEV_NEG = [
    # words, numbers, codes, files, versions and bots in the same slots stay
    ("[2026-03-01 10:02] [jfoster] opened PR #41\n[2026-03-01 10:09] [system] closed PR #40", ["jfoster"]),
    ("Runner: wolfpack_77  Platform: PlayStation  Region: EU", ["wolfpack_77"]),
    ("1. frostbyte (2210) - bye\n2. kestrel42 (1990) - TBD", ["frostbyte", "kestrel42"]),
    ("Thanks sunny_day, dependabot[bot], renovate[bot] and github-actions", ["sunny_day"]),
    ("[jfoster] INFO build.log uploaded\n[CI] WARN v2.4.1 tagged", ["jfoster"]),
    ("deploy by amorales (prod) - config.yaml (changed)", ["amorales"]),
]


@pytest.mark.parametrize("text, found, siblings", DEV_POS)
def test_a_value_in_the_slot_of_a_found_login_is_a_login(text, found, siblings):
    assert set(siblings) <= set(_siblings(text, found))


@pytest.mark.parametrize("text, found", DEV_NEG)
def test_words_codes_files_versions_and_bots_in_those_slots_stay(text, found):
    assert _siblings(text, found) == []


def test_no_found_login_no_siblings():
    assert logins_in_parallel_slots("[a] foo_bar joined\n[b] baz_qux left", []) == []


# Check set: written after the code, without looking at any corpus; not tuned on.
CHECK_POS = [
    ("[12:01:44] [Server thread/INFO]: Steve_Mc joined the game\n"
     "[12:02:10] [Server thread/INFO]: creeperKing99 joined the game", ["Steve_Mc"], ["creeperKing99"]),
    ("[10:42] kpatel: merged the hotfix\n[10:43] lin.w: thanks!\n[10:45] kpatel: np", ["kpatel"], ["lin.w"]),
    ("Quarterfinal: nyx_r (2) vs Hollowbane (1)\nSemifinal: zed_q (3) vs Brannoc (4)", ["nyx_r"], ["Hollowbane"]),
    ("Reviewed: o.ferrante | Approved: mbakker | Merged: tdumont", ["mbakker"], ["o.ferrante", "tdumont"]),
    ("2026-11-03T08:15:00Z user=ahmadi.r action=download file=q3.xlsx\n"
     "2026-11-03T08:16:12Z user=vfontaine action=delete file=old.csv", ["ahmadi.r"], ["vfontaine"]),
]

CHECK_NEG = [
    ("[10:42] kpatel: merged the hotfix\n[10:43] jenkins: build passed", ["kpatel"]),
    ("2026-11-03T08:15:00Z user=ahmadi.r action=download file=q3.xlsx\n"
     "2026-11-03T08:16:12Z user=root action=delete file=old.csv", ["ahmadi.r"]),
    ('{"owner": "mbakker", "region": "eu-central-1", "tier": "gold"}', ["mbakker"]),
    ("mbakker | Amsterdam | 2024-01-09\nvfontaine | Lyon | 2023-11-30", ["mbakker"]),
    ("Ping @mbakker, see src/utils/parse.py, PR #412 and ENG-77.", ["mbakker"]),
]


@pytest.mark.parametrize("text, found, siblings", CHECK_POS)
def test_check_a_value_in_the_slot_of_a_found_login_is_a_login(text, found, siblings):
    assert set(siblings) <= set(_siblings(text, found))


@pytest.mark.parametrize("text, found", CHECK_NEG)
def test_check_words_accounts_settings_and_other_columns_stay(text, found):
    extra = set(_siblings(text, found)) - {"vfontaine"}  # a login column's other login may be found: not a miss
    assert extra == set()


def test_a_display_name_that_is_its_address_local_part_is_a_login():
    from redactor.detect.engine import DetectionEngine
    from redactor.policy import load_policy
    from tests.wire_coverage import covered_on_wire

    engine = DetectionEngine.from_policy(load_policy("default"))
    text = "Signed-off-by: Ines Duarte <ines.duarte@corp.example>\nSigned-off-by: sailfishmoon <sailfishmoon@mailbox.org>"
    assert covered_on_wire(engine, text, "sailfishmoon")
