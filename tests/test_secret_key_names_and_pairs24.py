"""Passwords under key names, flags, element pairs and lock words that round 24 reads.

A one-word `Xpass` key for a known X (`SSHPASS`, `DBPASS`); `user:password` after HTTPie's `-a` or any `--auth`
flag, and on a Postfix sasl_passwd line; a setting written as two sibling elements (`<Name>Password</Name>
<Value>..</Value>`, KeePass `<Key>`/`<Value>`); JSON escaped inside a JSON string (`{\\"password\\":\\"x\\"}`);
a password in braces that is no format field (`{Nx7-lorn-Ivy}`); and the code of a key safe or lockbox.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def _is_covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(span.start <= start and span.end >= end for span in DETECTOR.detect(DetectionInput(text, "prose")))


def _finds_nothing_in(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return not any(span.start < end and span.end > start for span in DETECTOR.detect(DetectionInput(text, "prose")))


# Dev set: the forms the rules were written from.
@pytest.mark.parametrize("text, value", [
    ('SSHPASS: "Tq8-vorn-Plum"', "Tq8-vorn-Plum"),
    ("variables:\n  SSHPASS: Tq8vornPlum2\n", "Tq8vornPlum2"),
    ("export SSHPASS='Lk_90mnbv'", "Lk_90mnbv"),
    ("http --auth deploy:Wm4-rata-Kiln POST https://api.example.com/x", "Wm4-rata-Kiln"),
    ("http -a deploy:Wm4rataKiln https://api.example.com/x", "Wm4rataKiln"),
    ("[mail.example.org]:587    relay@example.org:Tulip.8832", "Tulip.8832"),
    ("<Setting><Name>Password</Name><Value>Gv9-lark-Tin</Value></Setting>", "Gv9-lark-Tin"),
    ("<String><Key>Password</Key><Value>Gv9larkTin!</Value></String>", "Gv9larkTin!"),
    ('{"output": "{\\"user\\":\\"app\\",\\"password\\":\\"Zq3-mole-Fir\\"}"}', "Zq3-mole-Fir"),
    ('result: {\\"password\\":\\"Zq3moleFir8\\"}', "Zq3moleFir8"),
    ("<password>{Nx7-lorn-Ivy}</password>", "{Nx7-lorn-Ivy}"),
    ('password: "{Nx7lornIvy}"', "{Nx7lornIvy}"),
    ("the key safe is 2580", "2580"),
    ("copier code: 33021", "33021"),
    ("keysafe code 1357", "1357"),
])
def test_a_password_under_a_key_flag_or_element_pair_is_found(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("BYPASS: true\ncompass: north", "north"),
    ("git commit -a -m fix:typo", "fix:typo"),
    ("db.internal:5432 state:ready", "state:ready"),
    ('password = "{db_password}"', "{db_password}"),
    ('password: "{user-password}"', "{user-password}"),
    ("<Name>Timeout</Name><Value>Zx81-lamp</Value>", "Zx81-lamp"),
    ("the key safe is by the back door", "back"),
    ("a combination of 3 flags is 4096 bytes", "4096"),
])
def test_names_templates_and_measures_near_those_words_stay(text, value):
    assert _finds_nothing_in(text, value)


# Check set: written after the rules, not tuned on.
@pytest.mark.parametrize("text, value", [
    ("  - export DBPASS=Hollow_Reed_19", "Hollow_Reed_19"),
    ("ROOTPASS='Vn3!quartz'", "Vn3!quartz"),
    ("$ xh -a ci-bot:Pq7_sedge_Lo get https://builds.internal/api", "Pq7_sedge_Lo"),
    ("python sync.py --basic-auth reporter:Oak-Lantern-51 --since 2d", "Oak-Lantern-51"),
    ("smtp.office365.com:587 alerts@fabrikam.io:Ferry_Quay_93", "Ferry_Quay_93"),
    ('<Entry><String><Key>Password</Key><Value ProtectInMemory="True">mR8-tundra!</Value></String></Entry>',
     "mR8-tundra!"),
    ('<add><name>SMTP_PASSWORD</name><value>Cobalt.Heron4</value></add>', "Cobalt.Heron4"),
    ('"stdout": "{\\"db_password\\":\\"Wn5-gorse-Pit\\",\\"port\\":5432}"', "Wn5-gorse-Pit"),
    ("the lockbox on the gate is 7391", "7391"),
    ("Printer code is 40417, ask Jo if it fails", "40417"),
])
def test_check_a_password_under_a_key_flag_or_element_pair_is_found(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("echo $SURPASS_LIMIT; ENCOMPASS=enabled", "enabled"),
    ("ls -a build:out", "build:out"),
    ("cache.local:6379 mode:standalone", "mode:standalone"),
    ('greeting = "{first_name}"', "{first_name}"),
    ('"message":"{\\"path\\":\\"C:\\\\temp\\"}"', "temp"),
    ("the padlock was 12 dollars", "12"),
])
def test_check_names_templates_and_prose_near_those_words_stay(text, value):
    assert _finds_nothing_in(text, value)
