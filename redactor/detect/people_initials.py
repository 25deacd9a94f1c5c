"""Initials standing where only a person stands: after "approved by", under a sign-off, in a column of people.

Ledgers, registers, minutes and hand-offs write the person who acted as initials, often with no full name anywhere
in the text (when the full name is found, the engine spreads its initials already: name_parts.name_initials):
"£50.00 approved by RT", "Signed off: PJ 12/04", "Seen by: TJ", a message closed by "— KP" or "Thanks,\\nMK".
Two or three capitals ("RT", "J.M.") are a person's initials here when:
- they follow a verb of a record's act and "by" ("approved by", "signed off by", "seen by", "checked by" ...), or a
  sign-off label and a colon ("Signed off:", "Initials:", "Approver:");
- or they are alone on a message's last line after a dash ("— KP", "-- KP") or under a closing word ("Thanks,");
- one capital is initials too where only a signature stands: after a closing word and its comma, on the same line or
  the next, ending the line or the string that holds the message ("Thanks, M.", "Cheers,\\nR." inside a JSON string,
  "Un abrazo,\nL."); a one-letter sign-off is how a person signs to people who know them;
- and they stand for nothing else: no acronym of the public, organisation or tech lists, no stop word, no English
  word, no calendar word ("by EOD", "done by IT", "signed off by QA", "Thanks,\\nOK": name_parts.could_be_initials).
The cells of a column whose header names people are judged by people_in_structure's column rule, which asks
`is_short_name_of_person` here (so does ner.py for a value under a person key): initials, or an initial and a surname in any case ("H Karimi", "L HART").

A guess: doubtful (wire only).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import alternatives_by_first_character, matches_at_keywords
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER, could_be_initials, is_ordinary_word
from redactor.detect.script_letters import hides_ascii_cues
from redactor.detect.term_lists import person_cues, stop_words

# "RT", "JMK", "J.M.", "J.M", "J. M.": two or three capitals, each maybe with a full stop.
_INITIALS = rf"(?:[{NAME_UPPER}]\.[ ]?){{1,2}}[{NAME_UPPER}]\.?|[{NAME_UPPER}]{{2,3}}"
# Not glued to a word, an identifier or a number ("RT-4", "QA_env", "PJ2").
_INITIALS_END = r"(?![\w@/-]|\.\w)"
# Acts a record names the person of, before "by": a ledger's approver, a form's witness, a register's checker.
_ACTS_BEFORE_BY = ("approved", "signed", "signed off", "countersigned", "checked", "reviewed", "seen", "initialled",
                   "initialed", "authorised", "authorized", "verified", "witnessed", "prepared", "actioned",
                   "entered", "counted", "received", "issued", "inspected", "completed", "done", "raised",
                   "logged", "taken", "recorded", "updated", "examined", "dispensed", "administered", "collected")
# Labels of a sign-off slot, before a colon.
_SIGN_OFF_LABELS = ("signed off", "signed", "sign-off", "signoff", "initials", "initialled", "approver",
                    "approved by", "checked by", "reviewed by", "seen by", "witness", "authorised by", "authorized by",
                    "verified by", "prepared by", "counted by", "entered by", "recorded by")
_AFTER_ACT = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(map(re.escape, _ACTS_BEFORE_BY), key=len, reverse=True))})[ \t]+by[ \t]*:?"
    rf"|(?:^|(?<=[\s,;|(]))(?:{'|'.join(sorted(map(re.escape, _SIGN_OFF_LABELS), key=len, reverse=True))})"
    rf"[ \t]*:)[ \t]*(?P<initials>{_INITIALS}){_INITIALS_END}",
    re.MULTILINE)
_AFTER_ACT = alternatives_by_first_character(_AFTER_ACT)  # the same matches (keywords.py), faster per try
# Every match of _AFTER_ACT starts at one of these words, lower case: it is tried only there (the text's shared cue scan).
_ACT_AND_LABEL_WORDS = tuple(sorted({word.lower() for word in (*_ACTS_BEFORE_BY, *_SIGN_OFF_LABELS)}))
# A message's last line of initials after a dash: "— KP", "-- KP", "~JM".
_DASHED_LINE = re.compile(rf"(?m)^[ \t]*(?:[-—–~]{{1,2}}|/)[ \t]*(?P<initials>{_INITIALS})[ \t]*\Z")


@functools.lru_cache(maxsize=1)
def _under_closing_words() -> re.Pattern[str]:
    closings = sorted(person_cues().sign_offs, key=len, reverse=True)
    return re.compile(rf"(?im)^[ \t]*(?:{'|'.join(map(re.escape, closings))})[ \t]*[,.!]?[ \t]*(?:\r?\n|,[ \t]*)"
                      rf"[ \t]*(?P<initials>{_INITIALS})[ \t]*$")

@functools.lru_cache(maxsize=1)
def _one_initial_after_closing_words() -> re.Pattern[str]:
    closings = sorted(person_cues().sign_offs, key=len, reverse=True)
    # The closing word starts its line or follows a sentence's end; the initial ends its line, the text, or the
    # string it is written in (a quote, or an escaped line break of a JSON string).
    return re.compile(rf"(?i:(?:^|(?<=[.!?\n])|(?<=\\n))[ \t]*(?:{'|'.join(map(re.escape, closings))})[ \t]*,[ \t]*"
                      rf"(?:\r?\n|\\n|)[ \t]*)(?P<initials>[{NAME_UPPER}])\.?(?=[ \t]*(?:$|\r?\n|\\[nr]|\\?[\"']))",
                      re.MULTILINE)


# An initial then a surname in any case, as a column of people writes them: "H Karimi", "L HART", "b. scholz".
_INITIAL_AND_SURNAME = re.compile(
    rf"[{NAME_UPPER}{NAME_LOWER}]\.?[ \t]+[{NAME_UPPER}{NAME_LOWER}][{NAME_LOWER}{NAME_UPPER}'’-]{{1,30}}")


def initials_of_people(text: str, detector: str) -> Iterator[Span]:
    """Doubtful PERSON spans for initials after a record's act or a sign-off label, or signing a message off."""
    after_act = (_AFTER_ACT.finditer(text) if hides_ascii_cues(text)
                 else matches_at_keywords(_AFTER_ACT, text, _ACT_AND_LABEL_WORDS))
    found = [*after_act, *_DASHED_LINE.finditer(text.rstrip()),
             *_under_closing_words().finditer(text)]
    for match in found:
        if could_be_initials(match.group("initials")):
            yield Span(*match.span("initials"), "PERSON", "pii", DOUBTFUL_SCORE, detector)
    for match in _one_initial_after_closing_words().finditer(text):
        yield Span(*match.span("initials"), "PERSON", "pii", DOUBTFUL_SCORE, detector)


def is_short_name_of_person(value: str, label: str) -> bool:
    """Whether a cell or value under a label naming people (a column's header, a JSON, YAML or logfmt key) is a
    person by its short form: initials (any two or three
    capitals under an "initials" header, where no acronym stands), or an initial and a surname that is no stop
    word or ordinary word in lower case ("H Karimi", "L HART"; not "a list")."""
    if re.fullmatch(_INITIALS, value):
        return "initial" in label.casefold() or could_be_initials(value)
    if _INITIAL_AND_SURNAME.fullmatch(value):
        surname = value.split()[-1]
        folded = surname.casefold()
        return folded not in stop_words() and not (surname.islower() and is_ordinary_word(folded))
    return False
