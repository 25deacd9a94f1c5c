"""Handles by their slot in a conversation, in any script: the speaker of a chat turn and the @mention.

usernames.py and login_cues.py read chat speakers and @mentions written in ASCII letters and judge them by their
shape. Chat exports of communities, games and shops name people by handles in every script and of every shape
("小鱼儿2019：订单还没到", "[하늘바람] [오후 3:12] 내일 회의", "@نور_الهدى", "AnaBelén_G: I need the copy"). Here the
slot decides:

- **the speaker of a chat turn**: a line that opens (after a time stamp or a list marker, perhaps) with one token
  and a colon, ASCII or full-width ("name: ...", "name：..."), a role in brackets allowed between them
  ("王丽（客服）：..."), or with a bracketed token before a bracketed time ("[name] [오후 3:12] ..."). Such lines are a
  conversation only when two or more speakers take turns and the text shows it is one: a speaker speaks twice or is
  named in another turn's message (a reply, an @mention), the turns carry time stamps, or a login-shaped speaker
  says sentences; and, without time stamps, when most messages read as said (two words, or a run of letters of a
  script written without spaces), not as a config's values (`k8s-app: web`). Four lines or more of as many
  different speakers, none named by another line, are a record's fields, not turns. A record's labels ("昵称：…", "城市：…") are each written once, with no sentence after them.
- **an @mention** of a handle with a letter outside ASCII ("@小鱼儿2019", "@하늘바람", "@Zoé_L"). ASCII mentions
  are usernames.py's (decorators, at-rules and package scopes are its negatives).

Precision comes from the negative side, not from the handle's shape: a speaker that is a word of its language (an
English word or tech term, a frequent word of another Latin-script language, a word wordfreq lists whole for its
script: "用户", "客服", "고객", "Клиент", "العميل"), a chat role of any language (rules/term_lists.yaml
`chat_roles`: "担当者", "Kunde"), a key made of such words (`error_message`, `worker-3`), a log
level; role accounts and bots are dropped by `is_personal_login` after this finder.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from redactor.detect.keywords import lines_with, matches_at_starts, needs_marks
from redactor.detect.name_parts import frequent_in_other_languages, is_common_word, is_ordinary_word
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import tech_and_code_terms
from redactor.detect.word_frequencies import listed_in_its_script

_SCORE = 0.8
_PLAIN_WORD_SCORE = 0.7  # a speaker of letters only, in a conversation: a nick all the same, less often a key
# A time in brackets, with anything around it ("[10:41]", "[오후 3:12]", "[Tue 10:42 AM]"), or bare ("09:14:02").
_BRACKETED_TIME = r"\[[^\]\n]{0,16}\d{1,2}:\d{2}[^\]\n]{0,12}\]"
_STAMP = (r"(?:" + _BRACKETED_TIME + r"|\(?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
          r"(?:[ \t]?[AaPp][Mm])?\)?)[ \t]+")
# What a speaker token may not hold: space, colons, brackets, quotes, the list and mention marks.
_TOKEN = r"[^\s:：\[\]<>()（）@,，;；\"'`=/\\|{}]{1,40}"
_TURN = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<stamp>" + _STAMP + r")?"
    r"(?:\[(?P<bracketed>[^\]\s][^\]\n]{0,38})\][ \t]+" + _BRACKETED_TIME
    + r"|(?P<user>" + _TOKEN + r")(?:[ \t]*[(（][^)）\n]{1,20}[)）])?[ \t]*[:：](?![=:]))"  # not Go's `x :=`, C++ `a::b`
    r"[ \t]*(?P<message>[^\n]*)")
# Held by every _TURN match, on its line (the speaker's colon, or the colon of the time in brackets).
_COLON = re.compile("[:：]")
_MIN_SENTENCE_WORDS = 3
_MAX_SPEAKERS_NAMED = 50  # (more distinct speakers than this: a listing, not searched speaker by message)
_RECORD_FIELDS = 4  # lines of as many different speakers, none twice: a record (a chat of four turns repeats one)
_LOGIN_SHAPE = re.compile(r"[\d._]|[a-z][A-Z]|[^\x00-\x7f]")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_HASH = re.compile(r"(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{6,64}")
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+")
_HEADER_CASE = re.compile(r"[^\W\d_][^\W\d_]*(?:[-–][^\W\d_]+)+")
_CAMEL_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_]+")
_LOG_LEVELS = frozenset("emergency alert critical crit error err warning warn notice info debug trace fatal".split())
# A word wordfreq lists this often (Zipf: 3 is once per million words) is a role or a label, not a coined handle.
_WORD_ZIPF = 3.0
_MENTION = re.compile(r"@(?P<user>[^\W_][\w.\-]{0,38}[^\W_]|[^\W_])(?![\w@]|\.\w)")


@needs_marks(":", "：", "@")
def find_conversation_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the speakers of a conversation's turns and of non-ASCII @mentions (module doc)."""
    if ":" in text or "：" in text:
        yield from _speakers(text)
    if "@" in text and not text.isascii():
        yield from _mentions(text)


def _speakers(text: str) -> Iterator[tuple[int, int, float]]:
    turns = []
    # A turn is one line that holds its speaker's colon (or its time's, in brackets): only such lines are tried, not
    # every line start (~6 us a line on a 10 KB text; code and prose lines hold no colon).
    for match in matches_at_starts(_TURN, text, [start for start, _ in lines_with(text, _COLON)]):
        group = "user" if match.group("user") else "bracketed"
        if group == "user" and not match.group("message").strip():
            continue  # "Steps:" heading a list, "Name:" with its value on the next line
        turns.append((match, group))
    if len(turns) < 2:
        return
    spoken = Counter(match.group(group).casefold() for match, group in turns)
    if len(spoken) < 2:
        return  # one speaker, or one label repeated: a program's log, no conversation
    messages = [match.group("message") for match, _ in turns]
    # a handle named by another speaker (a reply, an @mention; a word naming a key in a sentence is no handle)
    handles = {match.group(group).casefold() for match, group in turns if not is_word_or_key(match.group(group))}
    named = len(handles) <= _MAX_SPEAKERS_NAMED and any(
        _named_in(speaker, match.group("message")) for speaker in handles for match, group in turns
        if match.group(group).casefold() != speaker)
    if len(spoken) == len(turns) >= _RECORD_FIELDS and not named:
        return  # every line a different key: a record's fields (`first_name: …`, `emp_code: …`), no one takes turns
    recurs = named or any(count >= 2 for count in spoken.values())
    stamped = sum(1 for match, group in turns if match.group("stamp") or group == "bracketed") >= 2
    sentences = sum(1 for message in messages if len(message.split()) >= _MIN_SENTENCE_WORDS) >= 2
    shaped = any(_LOGIN_SHAPE.search(match.group(group)) and not is_word_or_key(match.group(group))
                 for match, group in turns)
    if not (recurs or stamped or shaped and sentences):
        return
    if not stamped and 2 * sum(1 for message in messages if _said(message)) < len(messages):
        return  # `k8s-app: web` and `s3: enabled` repeated in a manifest: a config's keys say no sentences
    for match, group in turns:
        speaker = match.group(group)
        if is_word_or_key(speaker):
            continue
        yield match.start(group), match.end(group), _SCORE if _LOGIN_SHAPE.search(speaker) else _PLAIN_WORD_SCORE


def _said(message: str) -> bool:
    """Whether a message reads as said rather than set: two words or more, or a run of letters of a script written
    without spaces ("订单一直显示待发货")."""
    return len(message.split()) >= 2 or sum(1 for char in message if char.isalpha() and not char.isascii()) >= 2


def _named_in(speaker: str, message: str) -> bool:
    """Whether a turn's message names this speaker (a reply, "@name", "يا name"): a whole token of it."""
    at = message.casefold().find(speaker)
    while at != -1:
        before = message[at - 1] if at else " "
        after = message[at + len(speaker)] if at + len(speaker) < len(message) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = message.casefold().find(speaker, at + 1)
    return False


def is_word_or_key(speaker: str) -> bool:
    """A role, a label or a key rather than a handle: a word of its language, or a key made of such words (also
    the negative side of community_logins' layout slots)."""
    if sum(char.isalnum() for char in speaker) < 2 or not any(char.isalpha() for char in speaker):
        return True
    folded = speaker.casefold()
    if folded in _LOG_LEVELS or folded in term_list("chat_roles") or is_common_word(folded):
        return True
    if _INNER_CAPITAL.search(speaker) is None and is_ordinary_word(folded):
        return True  # (words run together with inner capitals are a handle's, "VelvetThimble", not a compound's)
    if speaker.isalpha() and speaker[0].isupper() and speaker[1:].islower():
        return True  # `Dx:`, `Número:` of a record, "Alice:" of a transcript: a label, or a person's name (NER's)
    if any(char.isupper() for char in speaker) and not any(char.islower() or char.isdigit() for char in speaker):
        return True  # `SSN:`, `СНИЛС:`, `MAX_RETRIES:`: an acronym or a constant (a mainframe id has digits)
    if speaker.endswith(".") or speaker.count(".") >= 2:
        return True  # `Tel.:` (an abbreviation), `com.acme.OrderService:` (a code path), a host
    if _INNER_CAPITAL.search(speaker) and _camel_parts_are_terms(speaker):
        return True  # `JavaScript:`, `DataLoader:`: software's names, not a handle
    if _HASH.fullmatch(speaker) or _VERSION.match(speaker):
        return True  # `a3f9c1e: fix the build` of a commit log, `2.4-beta: adds …` of a changelog: no speakers
    if speaker[0].isupper() and _HEADER_CASE.fullmatch(speaker):
        return True  # `Acked-by:`, `X-Trace-Id:`, `Content-Type:`: a header's or a trailer's name
    if not speaker.isascii():
        if listed_in_its_script(speaker, _WORD_ZIPF):
            return True
        if speaker.isalpha() and any(char.isascii() for char in speaker):
            return frequent_in_other_languages(folded, _WORD_ZIPF + 1)  # "Benutzer", "Zoé"-like accented words
        return False
    if speaker.isalpha() and frequent_in_other_languages(folded, _WORD_ZIPF + 0.5):
        return True  # "Kunde:", "cliente:": a word of another language, a role
    # `error_message`, `maxRetries`, `app.ERROR`: a key of words; a digit makes a handle (`river_otter_9`), and so
    # does a capital opening words run together (`VelvetThimble`, `PixelPanda`: keys start small)
    parts = _PARTS.findall(speaker)
    if any(char.isdigit() for char in speaker) or speaker[0].isupper() and speaker.isalpha():
        return False
    return len(parts) > 1 and all(
        is_ordinary_word(part.casefold()) or part.casefold() in _LOG_LEVELS for part in parts)


def _camel_parts_are_terms(word: str) -> bool:
    terms = tech_and_code_terms()
    return all(part.casefold() in terms for part in _CAMEL_PARTS.findall(word))


def _mentions(text: str) -> Iterator[tuple[int, int, float]]:
    at = text.find("@")
    while at != -1:
        before = text[at - 1] if at else " "
        match = _MENTION.match(text, at) if not (before.isalnum() or before in "_.@/\\") else None
        if match is not None and not match.group("user").isascii() and not is_word_or_key(match.group("user")):
            yield match.start("user"), match.end("user"), _SCORE
        at = text.find("@", at + 1)
