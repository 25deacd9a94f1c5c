"""Logins where communities, games, audit logs and payment apps write them (read by usernames.find_usernames).

usernames.py reads the logins of developer traffic (home directories, labels, flags, log lines). People are
named by their handles in more places:

- a login in brackets right after a person's name: "owner Kwame Boateng (kboateng)";
- Reddit handles: `u/quiet_harbor_17`, `/u/x` (the handle without its prefix, so that its bare mentions follow);
- gamer tags after `player`, `gamertag`, `IGN`, `summoner`, and the objects and agents of moderation verbs:
  "Player ShadowLynx reported GrimTusk88", "muted NightOwl_7", "banned by wolfmod", a moderation log's label
  "Reported: GrimTusk88, ..." (a tag has a digit, `_`
  or an inner capital; a lower-case word that is no English word counts after `player` and `by`);
- the subject of an audit-log line: a time stamp, perhaps a level, a login, a past-tense verb
  (`2026-03-09 14:22:10 ops_mlarsen exported 4,120 records`);
- UPI payment handles: `deepa.iyer@okhdfcbank` (an @ whose right side is a payment provider, not a domain,
  or any dot-less right side on a line that says UPI).

A login-shaped word (a digit, `.`, `_` or an inner capital) scores like a login (0.8); a plain lower-case word
that is no English word in an audit line's subject slot is doubtful (0.55).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length, matches_at_line_starts
from redactor.detect.name_parts import is_common_word, is_ordinary_word
from redactor.detect.personal_records import name_just_before

_SCORE = 0.8
_LOGIN = r"[A-Za-z][A-Za-z0-9._-]{1,30}[A-Za-z0-9_]"
_PAREN_LOGIN = re.compile(r"\((?P<user>[a-z][a-z0-9._-]{2,30})\)")
_REDDIT = re.compile(r"/?u/(?P<user>[A-Za-z0-9_-]{3,20})(?![\w/-])")
_GAMER_LABEL = re.compile(
    r"(?i:player|gamertag|gamer[ \t]+tag|ign|summoner|streamer|psn(?:[ \t]+id)?|xbox[ \t]+(?:live[ \t]+)?gamertag"
    r"|steam(?:[ \t]+(?:name|id))?|epic(?:[ \t]+(?:games[ \t]+)?(?:name|id))?|battletag|riot[ \t]+id)"
    # The label is a whole word: "Ignored" holds "ign", "Players" holds "player".
    r"(?![A-Za-z0-9])[ \t]*[:=]?[ \t]*[\"'`]?(?P<user>" + _LOGIN + r")(?![\w@-])")
_GAMER_LABEL_CUES = ("player", "gamertag", "gamer tag", "ign", "summoner", "streamer", "psn", "xbox", "steam", "epic",
                     "battletag", "riot id")
_MODERATED = re.compile(
    r"(?i:reported|banned|unbanned|muted|unmuted|kicked|warned|blocked|suspended|timed[ \t]+out|flagged)"
    # ... or the verb as a moderation log's label: "Reported: x, y", "Banned: x (spam)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?:(?i:user|player|member)[ \t]+)?@?(?P<user>" + _LOGIN + r")(?![\w@-])")
# "banned by wolfmod": the moderator's handle, often two words run together (so not an ordinary-word test).
_MODERATED_BY = re.compile(
    r"(?i:banned|unbanned|muted|unmuted|kicked|warned|blocked|suspended|removed|deleted|locked|flagged|timed[ \t]+out)"
    r"[ \t]+by[ \t]+@?(?P<user>" + _LOGIN + r")(?![\w@-])")
_MODERATION_CUES = ("reported ", "banned ", "unbanned ", "muted ", "unmuted ", "kicked ", "warned ", "blocked ",
                    "suspended ", "timed out ", "flagged ", "removed by ", "deleted by ", "locked by ",
                    "reported:", "banned:", "unbanned:", "muted:", "unmuted:", "kicked:", "warned:", "blocked:",
                    "suspended:", "timed out:", "flagged:")
_AUDIT_SUBJECT = re.compile(
    r"^[ \t]*\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?"
    r"[ \t]+(?:\[?(?:INFO|WARN(?:ING)?|NOTICE|AUDIT|DEBUG|ERROR)\]?[ \t]+)?(?:user[ \t]+)?"
    r"(?P<user>" + _LOGIN + r")[ \t]+(?P<verb>[a-z]{3,}ed)\b", re.MULTILINE)
# A UPI handle: a login, "@", a provider's handle of lower-case letters (no dot: no domain).
_UPI_PROVIDER = re.compile(r"[a-z]{2,20}(?![\w.@-])")
_UPI_USER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,40}$")
_PAYMENT_PROVIDER_PARTS = ("bank", "axis", "icici", "sbi", "hdfc", "kotak", "pay", "upi", "ybl", "ibl", "axl", "apl",
                           "yes", "idfc", "indus", "rbl", "barodampay", "okaxis", "oksbi", "fam", "slice", "jupiter")
_SERVICE_NAME = re.compile(r"(?i:[-_.](?:service|svc|api|worker|daemon|job|cron|app|server|proxy|bot)\d*$)")
_LOGIN_SHAPE = re.compile(r"[\d._]|[a-z][A-Z]")


def find_community_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the logins this module's contract names."""
    if "(" in text:
        for match in _PAREN_LOGIN.finditer(text):
            user = match.group("user")
            if not is_ordinary_word(user) and name_just_before(text, match.start()):
                yield match.start("user"), match.end("user"), _SCORE
    position = text.find("u/")
    while position != -1:  # (str.find: a pattern starting with a look-behind would be tried at every position)
        start = position - 1 if position and text[position - 1] == "/" else position
        match = _REDDIT.match(text, start)
        if match is not None and not (start and (text[start - 1].isalnum() or text[start - 1] in "_./-")):
            # the handle alone, without `u/`: its bare mentions elsewhere ("thanks quiet_harbor_17") are the value
            yield match.start("user"), match.end("user"), _SCORE
        position = text.find("u/", position + 2)
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _GAMER_LABEL_CUES):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-."):
            continue
        match = _GAMER_LABEL.match(text, position)
        if match and _is_tag(match.group("user"), lower_case_word_counts=True):
            yield match.start("user"), match.end("user"), _SCORE
    for position in keyword_positions(lowered, _MODERATION_CUES):
        if position and lowered[position - 1].isalnum():
            continue
        match = _MODERATED.match(text, position)
        if match and _is_tag(match.group("user"), lower_case_word_counts=False):
            yield match.start("user"), match.end("user"), _SCORE
        by = _MODERATED_BY.match(text, position)
        if by and not is_common_word(by.group("user")) and (by.group("user").islower() or _LOGIN_SHAPE.search(
                by.group("user"))):
            yield by.start("user"), by.end("user"), _SCORE
    if ":" in text:
        for match in _audit_lines(text):
            user = match.group("user")
            if is_ordinary_word(user) or any(char.isupper() for char in user[1:]) and not _LOGIN_SHAPE.search(user):
                continue
            if all(is_ordinary_word(part) for part in re.split(r"[-_.]", user) if part) or _SERVICE_NAME.search(user):
                continue  # "order-service processed", "auth_api started": a program's component, not a person
            if _LOGIN_SHAPE.search(user):
                yield match.start("user"), match.end("user"), _SCORE
            elif user.islower():
                yield match.start("user"), match.end("user"), DOUBTFUL_SCORE
    at = text.find("@")
    while at != -1:
        provider = _UPI_PROVIDER.match(text, at + 1)
        user = _UPI_USER.search(text, max(0, at - 41), at) if provider else None
        if user is not None and not (user.start() and (text[user.start() - 1].isalnum() or text[user.start() - 1] in "._@-")):
            line_start = text.rfind("\n", 0, at) + 1
            if any(part in provider.group(0) for part in _PAYMENT_PROVIDER_PARTS) or "upi" in lowered[line_start:at]:
                yield user.start(), provider.end(), _SCORE
        at = text.find("@", at + 1)


def _is_tag(user: str, lower_case_word_counts: bool) -> bool:
    """A handle: a digit, "_", "." or an inner capital ("GrimTusk88", "NightFalcon": words joined the way handles
    join them), or (after a label) a lower-case word that is no English word; never an English word itself."""
    if is_common_word(user):
        return False
    if _LOGIN_SHAPE.search(user):
        return True
    return lower_case_word_counts and user.islower() and len(user) >= 4 and not is_ordinary_word(user)


def _audit_lines(text: str) -> Iterator[re.Match]:
    """_AUDIT_SUBJECT at each line start (found in C after a line break, keywords.matches_at_line_starts)."""
    return matches_at_line_starts(_AUDIT_SUBJECT, text)
