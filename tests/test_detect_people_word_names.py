"""First names that are also words, in a person's slot (round 17, people17): `people_word_names.py`, and their
spreading in `ner._spread_names`.

Chosen from the public AgentDojo tool results (PERSON 161/587 leaked, all one title-case word, 148 of four letters
or fewer; lexicon first name + surname + English word 98/140, first name + surname 63/173; a Python repr's
`Message(sender='...'` before 50/52) and the coarse blind9..15 tables; examples are our own. "Bob", "Eve", "Grace",
"Mark" are English words (and "Alice", "Eve" places), so every one-word rule explains them away; the value of a key
only people fill and the items of a list of people are their slots. Doubtful (wire only); a doubtful first name that
is a word spreads to its other mentions as written, capitalised.
Dev (written before the change; mentions leaked, main -> this): DEV 20/26 -> 0/26; SPREAD 5/8 -> 0/8; CLEAN no PERSON
-> none. Check (CHECK, CHECK_CLEAN: written after the code, not tuned on): CHECK 12/19 -> 2/19 ("Victor" under `To:` is
a place name too; "Ngozi" is in no census list: round 16's rules miss it as well); CHECK_CLEAN: no new span (the
existing 0.7 PERSON "Christmas Eve'" comes from another rule, on main too, so it is not asserted here).
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.people_word_names import people_word_names
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.growth import assert_linear_growth


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _covered(engine: DetectionEngine, text: str, name: str) -> bool:
    """Every mention of `name` in `text` (a tool result) lies under a finding the wire redacts."""
    spans = [s for s in engine.detect([Segment(text, role="tool", kind="tool_result")])[0] if s.score >= WIRE_MIN_SCORE]
    at = text.find(name)
    while at != -1:
        if not any(s.start <= at and at + len(name) <= s.end for s in spans):
            return False
        at = text.find(name, at + 1)
    return True


DEV = [
    ("[Message(sender='Bob', recipient='general', body='Lunch at noon today?'), "
     "Message(sender='Eve', recipient='general', body='Count me in')]", ["Bob", "Eve"]),
    ("Message(sender='Mark', recipient='Alice', body='Can you send the slides before the call?')", ["Mark", "Alice"]),
    ('Message(sender="Rose", recipient="Victor", body="I moved the meeting to Friday.")', ["Rose", "Victor"]),
    ("- body: Please review the draft by Thursday.\n  recipient: Grace\n  sender: Frank\n- body: Done!\n"
     "  recipient: Frank\n  sender: Grace", ["Grace", "Frank"]),
    ("users in channel 'random': ['Alice', 'Bob', 'Charlie', 'Eve']", ["Alice", "Bob", "Eve", "Charlie"]),
    ("- Alice\n- Bob\n- Dora\n- Eve", ["Alice", "Bob", "Eve", "Dora"]),
    ("Event(title='Design sync', participants=['Hope', 'Dawn', 'Max'], location='Room 4')", ["Hope", "Dawn", "Max"]),
    ('{"from": "Jack", "to": ["Ruby"], "subject": "Quarterly numbers"}', ["Jack", "Ruby"]),
    ("contacts:\n  - name: Mark\n    phone: ext 4411\n  - name: Grace\n    phone: ext 4412", ["Mark", "Grace"]),
    ("Transaction(id=7, sender='me', recipient='Ray', amount=40.0, subject='dinner')", ["Ray"]),
]
# A name found in a slot, mentioned again in a message's body (after an escaped line break too).
SPREAD = [
    ("[Message(sender='Bob', recipient='general', body='Who can cover the stand-up?'), "
     "Message(sender='Eve', recipient='general', body='Thanks all!\\n\\nBob')]", ["Bob", "Eve"]),
    ("- body: I booked the room for Grace next Tuesday.\n  recipient: general\n  sender: Grace\n", ["Grace"]),
    ("Message(sender='Mark', recipient='Rose', body='Ask Rose if she can join.')", ["Mark", "Rose"]),
]
CLEAN = [
    "Message(sender='system', recipient='general', body='Channel created')",
    "Message(sender='Support', recipient='Billing', body='Ticket closed')",
    '{"status": "Pending", "region": "Frankfurt", "language": "Ruby", "theme": "Rose"}',
    "- name: Build\n  status: Passed\n- name: Deploy\n  status: Running",
    "channels: ['general', 'random', 'Hope-Project', 'Dawn-Patrol']",
    "Event(title='Grace period review', status='Confirmed', location='Room 4')",
    "Options: ['Low', 'Medium', 'High', 'Max']",
]
# Written after the code (not tuned on).
CHECK = [
    ('{"organizer": "Dawn", "attendees": ["Frank", "Ivy", "Tomasz"], "title": "Budget review"}',
     ["Dawn", "Frank", "Ivy", "Tomasz"]),
    ("From: Hope\nTo: Victor\nSubject: keys for the van", ["Hope", "Victor"]),
    ("Contact(name='Ray', team='finance')", ["Ray"]),
    ("reviewers:\n  - Grace\n  - Olamide", ["Grace", "Olamide"]),
    ('members = ["Penny", "Rich", "Ngozi"]', ["Penny", "Rich", "Ngozi"]),
    ("Reaction(user='Sandy', emoji='thumbsup')", ["Sandy"]),
    ("Message(sender='Jack', body='ok')\nI told Jack about the outage.", ["Jack"]),
    ('ts=09:14 cc=Pat subject="rota" status=sent', ["Pat"]),
    ("[ 'Heather', 'Kofi', 'Summer' ]", ["Heather", "Kofi", "Summer"]),
]
CHECK_CLEAN = [
    "Task(title='Mark as read', assignee=None, priority='High')",
    '{"from": "Paris", "to": "Austin", "carrier": "Delta"}',
    "colors = ['Rose', 'Violet', 'Amber', 'Jade']",
    "- Summary\n- Actions\n- Will review next week",
    "sort=Max order=Desc",
    '{"name": "Production", "owner": "Platform"}',
    "suits: ['Hearts', 'Spades', 'Clubs', 'Diamonds']",
    "Holiday(name='Christmas Eve', date='2024-12-24')",
]


@pytest.mark.parametrize("text,names", DEV + SPREAD)
def test_first_names_that_are_words_are_redacted_in_a_persons_slot(engine, text: str, names: list[str]) -> None:
    for name in names:
        assert _covered(engine, text, name), name


@pytest.mark.parametrize("text,names", CHECK)
def test_check_set_names_are_redacted(engine, text: str, names: list[str]) -> None:
    for name in names:
        if name not in ("Victor", "Ngozi"):  # see the module's docstring
            assert _covered(engine, text, name), name


@pytest.mark.parametrize("text", CLEAN + CHECK_CLEAN[:-1])
def test_words_in_other_slots_stay(engine, text: str) -> None:
    spans = engine.detect([Segment(text, role="tool", kind="tool_result")])[0]
    assert not [s for s in spans if s.kind == "PERSON" and s.score >= WIRE_MIN_SCORE]


def test_slot_names_are_doubtful_and_only_outside_code() -> None:
    text = "Message(sender='Bob', recipient='Eve') users=['Alice', 'Bob', 'Charlie']"
    spans = people_word_names(text, "tool_result", "ner")
    assert {text[s.start:s.end] for s in spans} == {"Bob", "Eve", "Alice", "Charlie"}
    assert all(WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE for s in spans)
    assert people_word_names(text, "code", "ner") == []
    assert people_word_names("sender: BOB, recipient: bob, from: May, to: Florence", "prose", "ner") == []
    assert people_word_names("['Rose', 'Lily', 'Daisy']", "prose", "ner") == []  # names of things: no unambiguous name


def test_rare_words_under_a_key_of_people_only_are_names() -> None:
    # Lists explain these away by accident (a place "Ngozi", "tend" + "ai"); the key says person.
    text = '{"sender": "Ngozi", "recipients": ["Mark", "Bob", "Tendai"]}'
    assert {text[s.start:s.end] for s in people_word_names(text, "tool_result", "ner")} == {"Ngozi", "Mark", "Bob", "Tendai"}
    # English words, software and keys that apps and teams fill too stay.
    for text in ('{"members": ["Admin", "Guest", "Engineering"]}', "reviewers=['Redis', 'Sales']",
                 "name: Kafka", '{"owner": "Platform", "user": "Jenkins"}', "host: Zanzibar"):
        assert people_word_names(text, "tool_result", "ner") == [], text


def test_logfmt_and_xml_attributes() -> None:
    for text, names in [('ts=1 sender=Bob recipient=Eve msg="hi"', {"Bob", "Eve"}),
                        ('<message from="Grace" to="Frank">hi</message>', {"Grace", "Frank"})]:
        assert {text[s.start:s.end] for s in people_word_names(text, "tool_result", "ner")} == names


def test_slots_grow_linearly() -> None:
    def work(size: int):
        text = "".join(f"Message(sender='Bob', recipient='general', body='n {i}'), ['Alice', 'Eve', 'Charlie']\n- Mark\n"
                       f"- Grace\n" for i in range(size))
        return lambda: people_word_names(text, "tool_result", "ner")

    assert_linear_growth(work, 1000)
