"""Speakers of transcripts and chat exports: the name at a line layout's speaker position.

A transcript or chat export repeats one line layout: a time stamp or a date (or nothing), the
speaker, a colon, what they said ("[00:14:03] maria lópez: ok so ...", "[10:32] Priya R: deploy
is ...", "12/03/2024, 09:14 - Lukas Brenner: ..."). When a layout recurs on at least
`_MIN_TURNS` lines, the words at its speaker position are people, whatever their case or script:
the NER model does not read lower-case names, and ner.py's line-start speakers take one
lower-case word only. A speaker with a word of the name lists (census, Faker's world first names)
and no ordinary word besides is sure (0.75); a speaker of words no word list knows, or of two capitals that
are no acronym ("10:02 JM: ..."), is doubtful (0.55: the wire redacts it, `redactor audit` does not report
it). A speaker with an ordinary word is a role ("Customer", "Agent", "Interviewer", "Support team") and is left alone.
Layouts without a time stamp are "key: value" lines as often as turns: there only sure speakers
count, and only when two different speakers take turns.
"""
from __future__ import annotations

import re
import functools
from collections import defaultdict
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import NAME_UPPER, could_be_initials, is_ordinary_word
from redactor.detect.names_in_scripts import is_ordinary_word_of_its_script
from redactor.detect.script_letters import FOREIGN_LETTERS, has_foreign_letters
from redactor.detect.term_lists import first_names, person_cues, stop_words, surnames, world_first_names

# A letter of any script (with the vowel signs and tone marks of Indic and Thai words, which \w does not take); a
# name word joins letters with apostrophes and hyphens ("O'Neill", "Jean-Luc").
# (The two classes must not overlap: a letter both match would make the repeated groups below backtrack without end.)
_LETTER = rf"(?:[^\W\d_]|(?![^\W\d_])[{FOREIGN_LETTERS}])"
_NAME_WORD = rf"{_LETTER}(?:{_LETTER}|['’-](?={_LETTER}))*"
# What opens a turn: a time stamp or date in brackets or not, then an optional dash or bar:
# "[00:14:03] ", "[10:32 AM] ", "12/03/2024, 09:14 - ", "2024-03-12 09:14:22 | ", "(10:41) ".
_STAMP = r"[\[(]?\d{1,4}[:/.\-]\d{1,2}(?:[:/.\-, T]{1,3}\d{1,4}){0,5}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?"
# A chat export's app or channel tag opening every line, no digits in it ("[WhatsApp] ", "[LINE] ", "[카카오톡] "),
# before the time stamp if there is one.
_TAG = r"\[[^\[\]\d\n]{2,24}\][ \t]*"
# An aside between the speaker and the colon: the sender's number or who they are ("Zeynep (0541 902 33 18): ",
# "Ana (Leo's mum): ").
_ASIDE = r"(?:[ \t]*[(（][^()（）\n]{1,40}[)）])?"
_SPEAKER = rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}(?:[ \t][^\W\d_]\.?)?)"
_TURN = re.compile(
    rf"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<prefix>(?:{_TAG})?(?:{_STAMP}[ \t,]*(?:[-–—|][ \t]*)?)?)"
    rf"{_SPEAKER}{_ASIDE}[ \t]*(?::[ \t]+|：[ \t]*)(?=\S)")
# Exports that write the time after the speaker ("Aoife 08:30: ...", "Fiona Gallagher 8:12 PM: ...").
_TURN_STAMP_AFTER = re.compile(
    rf"(?m)^[ \t]*(?P<prefix>(?:{_TAG})?){_SPEAKER}{_ASIDE}[ \t]+"
    r"(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*(?::[ \t]+|：[ \t]*)(?=\S)")
# Tags that are a log's level or source, not a messaging app: "[INFO] db: ready".
_LOG_TAGS = frozenset("info warn warning error err debug trace fatal critical crit notice ok fail failed pass passed "
                      "skip skipped todo done note tip alert emerg verbose".split())
# Honorifics written after a name in a chat's speaker position ("ahmet bey", "이 선생님", "Tanaka san",
# "Sharma ji"): the words before them are the name, the honorific is no part of it.
_HONORIFICS_AFTER = frozenset("bey hanım hanim hoca hocam efendi abla abi ağabey teyze amca ji jee sahib saheb sahab "
                              "san sama kun chan sensei 선생님 어머님 아버님 님 씨 씨께서 선생 원장님".split())
# This many turns of one layout make a transcript or a chat export.
_MIN_TURNS = 3
_TWO_INITIALS = re.compile(f"[{NAME_UPPER}]{{2}}")
_SCORE = 0.75


def speakers_of_turns(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans at the speaker position of line layouts that recur (see the module doc)."""
    if text.count(":") < _MIN_TAGGED_TURNS or "\n" not in text:
        return
    layouts: dict[str, list[re.Match[str]]] = defaultdict(list)
    for match in _TURN.finditer(text):
        layouts[re.sub(r"\d", "9", match.group("prefix").strip())].append(match)
    if _STAMP_AFTER_HINT.search(text):
        for match in _TURN_STAMP_AFTER.finditer(text):
            layouts[re.sub(r"\d", "9", match.group("prefix").strip()) + " ~ 99:99"].append(match)
    for layout, turns in layouts.items():
        tagged = _is_app_tag(layout)
        if len(turns) < (_MIN_TAGGED_TURNS if tagged else _MIN_TURNS):
            continue
        stamped = bool(layout)
        judged = [(turn, *_judged_speaker(turn)) for turn in turns]
        if not stamped:
            sure = {text[start:end].casefold() for _, start, end, score in judged if score == _SCORE}
            if len(sure) < 2:
                continue  # "key: value" lines, or one label repeated: not a conversation
        for turn, start, end, score in judged:
            if score is None or (not stamped and score != _SCORE):
                continue
            yield Span(start, end, "PERSON", "pii", score, detector)


# A time written right before a colon, the hint of the stamp-after layout ("Aoife 08:30: ").
_STAMP_AFTER_HINT = re.compile(r"[^\W\d_][ \t]+\d{1,2}:\d{2}")
# A chat export's app tag opens fewer lines than a transcript's stamps: two turns in it make a conversation.
_MIN_TAGGED_TURNS = 2
_HONORIFIC_SCORE = 0.7


def _is_app_tag(layout: str) -> bool:
    """Whether a layout opens with a bracketed tag that is no log level or checkbox ("[WhatsApp]", not "[INFO]")."""
    if not layout.startswith("["):
        return False
    tag = layout[1:layout.find("]")].strip().casefold()
    return len(tag) >= 2 and tag not in _LOG_TAGS and re.search(r"[^\W\d_]", tag) is not None


def _judged_speaker(turn: re.Match[str]) -> tuple[int, int, float | None]:
    """The speaker's span and score (_speaker_score); an honorific after the name is cut off and vouches for the
    words before it ("ahmet bey", "이 선생님": the word before is a name even where it is also a word)."""
    start, end = turn.span("name")
    name = turn.group("name")
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in _honorifics_after():
        end = start + len(name) - len(name.split()[-1])
        name = name[:end - start].rstrip()
        end = start + len(name)
        folded = [word.casefold() for word in name.split()]
        if folded[0] in stop_words() or any(is_ordinary_word(word) and not _first_name(word) for word in folded):
            return start, end, None
        return start, end, _HONORIFIC_SCORE
    return start, end, _speaker_score(name)


@functools.lru_cache(maxsize=1)
def _honorifics_after() -> frozenset[str]:
    return _HONORIFICS_AFTER | frozenset(person_cues().honorifics_after)


def _speaker_score(name: str) -> float | None:
    """0.75 for a listed name, 0.55 for words no list knows, None for a role, a tool or an ordinary phrase.

    One word alone must be a first name ("Henrik", "JON"): a surname alone at a line start is as often a
    tool or a heading ("Jenkins:", "Lunch:", "WARN:"), and one unlisted lower-case word is a login or a
    process name ("kubelet:"; ner.py's speakers and usernames.py judge those).
    """
    words = [word.strip(".").casefold() for word in name.split()]
    if has_foreign_letters(name) and not any(char.isascii() for char in name):
        # A speaker written in a script without the name lists' words ("老王", "ゆかママ", "พี่ต้น"): doubtful unless
        # an ordinary word of its script ("系统", "客服": the system, the help desk).
        return None if len(name) > 12 or any(is_ordinary_word_of_its_script(word) for word in name.split()) \
            else DOUBTFUL_SCORE
    if words[0] in stop_words() or len(words[0]) < 2:
        return None
    if len(words) == 1:
        if _first_name(words[0]):
            return _SCORE
        # "10:02 JM: ...": two capitals that stand for nothing else are initials (only stamped layouts take a
        # doubtful speaker); three are as often a log's level or source ("WRN", "SYS") as a person's initials
        return DOUBTFUL_SCORE if _TWO_INITIALS.fullmatch(name) and could_be_initials(name) else None
    listed = [_first_name(word) or word in surnames() for word in words]
    if any(is_ordinary_word(word) and not is_listed and len(word) > 1 for word, is_listed in zip(words, listed)):
        return None
    if is_ordinary_word(words[0]) and not _first_name(words[0]):
        return None  # "Support Team", "Build Bot": an ordinary first word is a role even before a surname
    return _SCORE if any(listed) else DOUBTFUL_SCORE


def _first_name(folded: str) -> bool:
    return folded in first_names() or folded in world_first_names()
