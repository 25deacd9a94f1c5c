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

import functools
import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import (keyword_positions, lines_holding, lowered_same_length, matches_at_line_starts,
                                      matches_at_starts, matches_on_lines_with, needs_cues, needs_marks)
from redactor.detect.logins_in_conversations import is_word_or_key
from redactor.detect.name_parts import (frequent_in_other_languages, is_common_word, is_handle_compound,
                                        is_ordinary_word)
from redactor.detect.personal_records import name_just_before
from redactor.detect.place_names import is_place_name
from redactor.detect.slot_names import spellings_meaning

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
    r"(?i:reported|banned|unbanned|muted|unmuted|kicked|warned|blocked|suspended|timed[ \t]+out|flagged"
    # ... the verb's other forms, as an instruction ("ban xX_freeSkins_Xx", "Timeout zanzibar_trader for 7 days")
    r"|ban|unban|mute|unmute|kick|time[ \t]?out|timeout|banning|muting|kicking)"
    # ... or the verb as a moderation log's label: "Reported: x, y", "Banned: x (spam)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?:(?i:user|player|member)[ \t]+)?@?(?P<user>" + _LOGIN + r")(?![\w@-])")
# "banned by wolfmod": the moderator's handle, often two words run together (so not an ordinary-word test).
_MODERATED_BY = re.compile(
    r"(?i:banned|unbanned|muted|unmuted|kicked|warned|blocked|suspended|removed|deleted|locked|flagged|timed[ \t]+out)"
    r"[ \t]+by[ \t]+@?(?P<user>" + _LOGIN + r")(?![\w@-])")
_MODERATION_CUES = ("reported ", "banned ", "unbanned ", "muted ", "unmuted ", "kicked ", "warned ", "blocked ",
                    "ban ", "unban ", "mute ", "unmute ", "kick ", "timeout ", "time out ", "banning ", "muting ",
                    "kicking ",
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


# Round 29 (logins29, issue 12): a login named by its layout's slot, whatever its shape or script.
#
# Community pages, stream tools and game servers print handles with no `@` and no label, in slots their layout
# makes: the name cell of a ranked row ("1  xX_Vortexa_Xx  2841", "#2 rinchan_k 13,990pp"), the actor of an event
# line ("[21:04] lunaverde_ followed", "Follow: kebab_enjoyer_99", "€50.00 from froschkoenig"), the author of an
# attribution ("Recensione di alessandro.v", "post by cheap-bikes-4u", "by Rahel_T · Verified purchase"), the author
# of a quote header ("jvdberg wrote:", "schreef jvdberg:", "yamashita.k のメッセージ:"), and the person addressed
# ("merci à lunaverde", "Hallo Rahel_T,", "Спасибо, Мария_К!"). The slot decides; precision comes from the negative
# side (`handle_in_slot`): a word of the text's language or a key of words (logins_in_conversations.is_word_or_key),
# a placeholder, a bot, a file, host or version; role accounts are dropped by the caller (usernames.is_personal_login).
# The cue words of other languages are slot_words.yaml's (slot_names.spellings_meaning), one vocabulary with the keys'.

_DIGIT = re.compile(r"\d")
# One handle: no space, no separator a layout puts between cells, no quote or bracket (a script of any kind).
_HANDLE = r"[^\s,;:·•|()\[\]{}<>\"'`«»„“”「」、，。！？/]{2,40}"  # (no "/": a path)
_PLACEHOLDER = re.compile(r"(?:my|your|our|their|some|example|sample|dummy|fake|test|placeholder)[._-]?(?:user|name|login|handle)"
                          r"|(?:user|player|username|login|handle|nick|name)[._-]?\d{0,2}$|x+$")
_BOT = re.compile(r"(?i:bot|moderator|\[bot\])$")
_NOT_A_HANDLE_ENDING = re.compile(r"(?i:\.(?:py|js|ts|md|txt|log|csv|json|ya?ml|toml|html?|pdf|png|jpe?g|zip|gz|exe|sh|sql"
                                  r"|com|org|net|io|dev|app|de|fr|uk|eu|pl|ru|local|internal|lan))$")
_JOINED_WORDS = re.compile(r"[A-Za-z]+(?:[._-][A-Za-z0-9]+)+")
_VERSION_OR_NUMBER = re.compile(r"[vV]?[\d.,:/%+-]+[a-zA-Z]{0,3}")


def handle_in_slot(handle: str, strong: bool) -> float | None:
    """The score of `handle` standing in a login's slot, or None when it is a word, a key or no one's.

    Handle-shaped (a digit, "_", "." or "-", an inner capital, a letter outside ASCII) 0.8; a plain lower-case
    word of no language 0.7 in a layout's own slot (`strong`: a ranked row, an event line, a quote header), doubtful
    after an addressing word; a capitalised word of no dictionary ("Kkomi", "Bergfink") doubtful in a layout's own
    slot only (in prose it is a name: NER's)."""
    folded = handle.casefold()
    if len(handle) < 2 or not any(char.isalpha() for char in handle) or _VERSION_OR_NUMBER.fullmatch(handle):
        return None
    if _PLACEHOLDER.match(folded) or _BOT.search(handle) or _NOT_A_HANDLE_ENDING.search(handle) or "://" in handle:
        return None
    if handle.isalpha() and frequent_in_other_languages(folded, 2.5):
        return None  # "Risposta del proprietario", "merci à tous": a word of the text's language, rarer or not
    if is_word_or_key(handle):
        if strong and _JOINED_WORDS.fullmatch(handle):
            return 0.7  # "hobnob_fan", "cheap-bikes-4u" in a layout's own slot: a handle of words, not a program's key
        if handle.isascii() and is_handle_compound(handle):
            return 0.7 if strong else DOUBTFUL_SCORE  # "quartzbeetle", "mossgremlin": two words run together
        if (strong and handle.isalpha() and handle.isascii() and handle[:1].isupper() and handle[1:].islower()
                and len(handle) >= 4 and not is_ordinary_word(folded) and not frequent_in_other_languages(folded, 3.0)
                and not is_place_name(handle)):  # "1  Norway  16  8  13": a medal table's country
            return DOUBTFUL_SCORE
        return None
    if "-" in handle.strip("-") and handle.replace("-", "").isalpha() and is_word_or_key(handle.replace("-", "")):
        return None  # "sent by e-mail", "a re-run by hand": a word written with a hyphen, not a handle of words
    if _LOGIN_SHAPE.search(handle) or "-" in handle.strip("-"):
        return _SCORE
    if not handle.isascii():
        # a word of a language without a frequency list here ("kiitos viestistä", "спасибо мастеру") after an
        # addressing word: a handle only in a layout's own slot
        return _SCORE if strong else None
    if handle.islower() and handle.isalpha():
        return 0.7 if strong else DOUBTFUL_SCORE
    return DOUBTFUL_SCORE if strong else None


def _handle_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The handle's span without the sentence punctuation a layout or a sentence puts after it ("lunaverde!")."""
    while end > start and text[end - 1] in ".!?…-—–":
        end -= 1
    return start, end


# -- ranked rows: a rank, the name cell, then a score on the same line (two ranks or more in the text) -------------
_RANK = r"(?:#|№|[Nn]o\.?[ \t]?)?(?P<rank>\d{1,3})(?:[.):]|st|nd|rd|th|º|°|\.\))?[ \t]+(?:[^\w\s@#(]{1,4}[ \t]*)?@?"
# (A leading `^`, MULTILINE: matches_at_line_starts then finds the rows in C, not with a regex try at every line.)
_RANKED_ROW = re.compile(r"^[ \t]*" + _RANK + r"(?P<user>" + _HANDLE + r")(?P<rest>[^\n]*)", re.MULTILINE)
_RANKED_ITEM = re.compile(r"[·•|;][ \t]*" + _RANK + r"(?P<user>" + _HANDLE + r")(?=[ \t]+[^\n·•|;]{0,30}?\d)")


@needs_marks(_DIGIT)
def find_ranked_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the name cells of a ranking: leaderboards, standings, hall-of-fame lists."""
    if text.count("\n") < 1 and "·" not in text and "|" not in text and "•" not in text:
        return
    items = []
    for match in matches_at_line_starts(_RANKED_ROW, text):
        rest = match.group("rest").lstrip()
        if _DIGIT.search(rest) and not rest.startswith(("%", "x ", "×", "-")):  # (`-p 22`: a command's flag)
            items.append(match)
    if "·" in text or "•" in text or "|" in text or ";" in text:
        items.extend(_RANKED_ITEM.finditer(text))
    ranks = {int(match.group("rank")) for match in items}
    if len(ranks) < 2 or min(ranks) > 10:
        return  # one numbered line is a step or a count, not a ranking; "516  sshpass -p ..." is a shell's history
    for match in items:
        start, end = _handle_at(text, match.start("user"), match.end("user"))
        score = handle_in_slot(text[start:end], strong=True)
        if score is None:
            continue
        if score == DOUBTFUL_SCORE:
            continue  # a capitalised word of no dictionary in a numbered line is as often a street's or a place's name
        yield start, end, score


# -- event lines: a stream's, a game server's or a shop's log names its actor --------------------------------------
_EVENT_VERBS = ("followed", "subscribed", "resubscribed", "subbed", "resubbed", "raided", "cheered", "gifted", "hosted",
                "donated", "tipped", "joined", "left the", "redeemed", "won", "earned", "unlocked", "renewed",
                "became a", "is now", "has joined", "has left", "logged in", "logged out", "was kicked", "was banned",
                "starred", "forked", "pushed", "commented on", "opened issue", "opened pull", "closed", "merged",
                "reviewed", "approved", "uploaded", "purchased", "bought", "signed up")
_EVENT_LABELS = ("follow", "follower", "new follower", "sub", "subscriber", "subscription", "resub", "gifted sub",
                 "gift sub", "host", "raid", "donation", "tip", "bits", "cheer", "super chat", "superchat", "member",
                 "membership", "redemption", "spende", "abo", "abonnement", "don", "donación", "doação", "donazione",
                 "seguidor", "suscripción", "obserwacja", "subskrypcja", "darowizna", "napiwek", "top donor",
                 "top supporter", "mvp", "winner", "new member")
_EVENT_CUES = _EVENT_VERBS + _EVENT_LABELS + ("from ", "von ", " od ", " от ")
_STAMP = r"(?:\[?(?:\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:[ \t]?[AaPp][Mm])?\]?[ \t]+)"
_EVENT_SUBJECT = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<stamp>" + _STAMP + r")?(?:\[[^\]\n]{1,40}\]:?[ \t]+)*@?(?P<user>" + _HANDLE
    + r")[ \t]+(?P<verb>" + "|".join(re.escape(verb) for verb in _EVENT_VERBS) + r")(?![\w-])")
_EVENT_ITEM = re.compile(
    r"[·•|][ \t]*@?(?P<user>" + _HANDLE + r")[ \t]+(?:" + "|".join(re.escape(verb) for verb in _EVENT_VERBS) + r")(?![\w-])")
_EVENT_LABEL = re.compile(
    r"[ \t]*(?:[^\w\s]{1,3}[ \t]*)?" + _STAMP + r"?(?i:" + "|".join(re.escape(label) for label in sorted(
        _EVENT_LABELS, key=len, reverse=True)) + r")(?![\w])[^:\n]{0,30}:[ \t]*@?(?P<user>" + _HANDLE + r")")
# "€50.00 from froschkoenig", "300 bits from tinrobotnik", "20 zł od maciek.w".
_AMOUNT_FROM = re.compile(
    r"(?:[€$£¥₹][ \t]?\d[\d.,]*|\d[\d.,]*[ \t]?(?:€|\$|£|(?i:zł|kr|eur|usd|gbp|pln|bits?|coins?|stars?|subs?)(?![\w])))"
    r"[ \t]+(?i:from|von|de|od|от|van|da|di|från|fra)[ \t]+@?(?P<user>" + _HANDLE + r")")
# The word of every _AMOUNT_FROM match with the blank on either side of it (each match holds one, on its line): as a
# regex for any text, and as the cue words of an ASCII text (the shared cue scan finds them; "от" and "från" are not
# ASCII, and on ASCII text `(?i:)` folds these letters as lower() does).
_AMOUNT_FROM_WORD = re.compile(r"[ \t](?i:from|von|de|od|от|van|da|di|från|fra)[ \t]")
_AMOUNT_FROM_WORDS = tuple(before + word + after for word in ("from", "von", "de", "od", "van", "da", "di", "fra")
                           for before in " \t" for after in " \t")


@needs_cues(_EVENT_CUES)
def find_event_logins(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the actors of event lines (module section above)."""
    # Each pattern matches inside one line and holds a word of its own there (a verb, a label, "from" after an
    # amount): it is tried only on the lines that hold one, read from the shared cue scan (the verbs as written, the
    # labels and "from" lower-cased on ASCII text, where lower() folds as `(?i:)` does), not at every line start
    # (~100 us per 10 KB each) or, for the amounts, at every digit (~900 us per 10 KB).
    is_ascii = text.isascii()
    verb_lines = [start for start, _ in lines_holding(text, keyword_positions(text, _EVENT_VERBS))]
    for match in matches_at_starts(_EVENT_SUBJECT, text, verb_lines):
        start, end = _handle_at(text, match.start("user"), match.end("user"))
        score = handle_in_slot(text[start:end], strong=bool(match.group("stamp")))
        if score is not None:
            yield start, end, score
    if "·" in text or "•" in text or "|" in text:
        for match in _EVENT_ITEM.finditer(text):
            start, end = _handle_at(text, match.start("user"), match.end("user"))
            score = handle_in_slot(text[start:end], strong=False)
            if score is not None:
                yield start, end, score
    label_matches = (matches_at_starts(_EVENT_LABEL, text, [
        start for start, _ in lines_holding(text, keyword_positions(lowered, _EVENT_LABELS))])
        if is_ascii else matches_at_line_starts(_EVENT_LABEL, text))
    for match in label_matches:
        start, end = _handle_at(text, match.start("user"), match.end("user"))
        score = handle_in_slot(text[start:end], strong=True)
        if score is not None:
            yield start, end, score
    if _DIGIT.search(text):
        amounts = ((match for start, end in lines_holding(text, keyword_positions(lowered, _AMOUNT_FROM_WORDS))
                    for match in _AMOUNT_FROM.finditer(text, start, end))
                   if is_ascii else matches_on_lines_with(_AMOUNT_FROM, text, _AMOUNT_FROM_WORD))
        for match in amounts:
            start, end = _handle_at(text, match.start("user"), match.end("user"))
            score = handle_in_slot(text[start:end], strong=True)
            if score is not None:
                yield start, end, score


@functools.lru_cache(maxsize=256)
def _language_is_listed(cue: str) -> bool:
    """Whether the word frequency lists read here hold an addressing word ("merci", "danke", "tack": then a plain
    word after it is judged against its language; "kiitos", "děkuji", "спасибо": no list reads the words after them)."""
    return is_common_word(cue) or frequent_in_other_languages(cue, 3.0)


# -- attributions, quote headers and addressed people ---------------------------------------------------------------
# What a handle is the author of, in several languages (slot_words.yaml), and the prepositions that name the author.
_AUTHORED = spellings_meaning(frozenset({"review", "comment", "reply", "answer", "post"}))
_AUTHORED_ENGLISH = ("posted", "reviewed", "answered", "asked", "edited", "clipped", "written", "created", "opened",
                     "submitted", "uploaded", "shared", "given", "sent", "started", "hosted", "nominated", "awarded",
                     "original post", "last edit", "edit", "photo", "clip", "kudos", "question", "report", "message",
                     "modmail", "seguido", "followed", "liked", "recommended", "suggested", "translated", "drawn",
                     "photographed", "curated", "maintained")
# Verbs technical English also uses of programs ("a worktree created by EnterWorktree", "the port opened by
# NetworkManager", "events sent by EventBridge"): after these a CamelCase run of capitalised words with no other
# login mark is a program's, tool's or class's name, not an author's handle.
_AUTHORED_BY_PROGRAMS_TOO = frozenset({"created", "opened", "written", "started", "sent", "given", "shared",
                                       "maintained", "translated", "edited", "submitted", "uploaded"})
_PROGRAM_NAME = re.compile(r"(?:[A-Z][a-z]+){2,}")
_BY = r"(?i:by|from|von|de|du|par|por|di|del|da|door|van|przez|od|от|av|fra|för|for|to)"
_ATTRIBUTION = re.compile(
    r"(?i:" + "|".join(re.escape(word.replace("_", " ")) for word in sorted(set(_AUTHORED + _AUTHORED_ENGLISH),
                                                                             key=len, reverse=True))
    + r")(?![\w])(?:[ \t]+(?:[^\W\d_]+|\(\w+\)))?[ \t]+" + _BY + r"[ \t]+(?:u/|/u/)?@?(?P<user>" + _HANDLE + r")")
_QUOTE_VERBS = tuple(word.replace("_", " ") for word in spellings_meaning(frozenset({"wrote"})))
_QUOTE_AUTHOR_BEFORE = re.compile(
    r"(?P<user>" + _HANDLE + r")(?:[ \t]+<[^>\n]{3,80}>)?[ \t]*(?:" + "|".join(
        re.escape(verb) for verb in sorted(_QUOTE_VERBS + ("のメッセージ", "さんは書きました"), key=len, reverse=True))
    + r")[ \t]*[:：]")
_QUOTE_AUTHOR_AFTER = re.compile(
    r"(?i:schrieb|schreef|wrote|quoting|zitat[ \t]+von|citation[ \t]+de|cita[ \t]+de|citazione[ \t]+di|cytat[ \t]+z)"
    r"[ \t]+@?(?P<user>" + _HANDLE + r")[ \t]*[:：]")
_QUOTE_VERBS_AND_MARKS = _QUOTE_VERBS + ("のメッセージ", "さんは書きました")
_ADDRESSING_WORDS = tuple(word.replace("_", " ") for word in spellings_meaning(frozenset({"thanks", "greeting"})))
_ADDRESSED = re.compile(
    r"(?i:" + "|".join(re.escape(word) for word in sorted(_ADDRESSING_WORDS, key=len, reverse=True)) + r")"
    r"(?:[ \t]+(?i:à|a|an|al|ao|aan|to|för|til|for|для))?,?[ \t]+@?(?P<user>" + _HANDLE + r")")
# A quotation's author after a dash ("\"I switched in a weekend\" — cafe_aroma_sp, owner ..."), and a handle before an
# honorific of a language that writes one after the name ("hiro-ito さん", "민지짱님", "xiao_yu 老师").
_QUOTED_THEN_AUTHOR = re.compile(r"[\"”»][ \t]*[—–-][ \t]*@?(?P<user>" + _HANDLE + r")")
_HONORIFICS = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏", "님", "씨", "老师", "同学", "先生")
_HANDLE_BEFORE_HONORIFIC = re.compile(r"(?P<user>" + _HANDLE + r")[ \t]?$")
_ATTRIBUTION_CUES = tuple(sorted({word.replace("_", " ") for word in _AUTHORED} | set(_AUTHORED_ENGLISH)
                                 | set(_QUOTE_VERBS) | {"のメッセージ", "quoting", "zitat", "citation", "cita", "cytat"}
                                 | set(_ADDRESSING_WORDS)))


@needs_cues(_ATTRIBUTION_CUES)
@needs_marks(("—", "–"), _HONORIFICS)
def find_attributed_logins(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the authors of attributions and quote headers and of people addressed in prose."""
    if "—" in text or "–" in text:
        for match in _QUOTED_THEN_AUTHOR.finditer(text):
            start, end = _handle_at(text, match.start("user"), match.end("user"))
            score = handle_in_slot(text[start:end], strong=False)
            if score is not None:
                yield start, end, score
    if not text.isascii():
        for position in keyword_positions(text, _HONORIFICS):
            match = _HANDLE_BEFORE_HONORIFIC.search(text, max(0, position - 41), position)
            # a handle written in Latin letters or with a login's marks: a name in the script is NER's
            if match is not None and (match.group("user").isascii() or _LOGIN_SHAPE.search(match.group("user"))):
                score = handle_in_slot(match.group("user"), strong=False)
                if score is not None:
                    yield match.start("user"), match.end("user"), score
    for position in keyword_positions(lowered, _ATTRIBUTION_CUES):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-"):
            continue
        for pattern, strong in ((_ATTRIBUTION, True), (_ADDRESSED, False), (_QUOTE_AUTHOR_AFTER, True)):
            match = pattern.match(text, position)
            if match is not None:
                start, end = _handle_at(text, match.start("user"), match.end("user"))
                if (pattern is _ATTRIBUTION and _PROGRAM_NAME.fullmatch(text, start, end)
                        and match.group(0).split(None, 1)[0].casefold() in _AUTHORED_BY_PROGRAMS_TOO):
                    break
                score = handle_in_slot(text[start:end], strong)
                if (score is not None and pattern is _ADDRESSED and text[start:end].isalpha()
                        and not _language_is_listed(match.group(0).split(None, 1)[0].rstrip(",").casefold())):
                    continue  # "kiitos paljon": a plain word after a cue of a language no frequency list here reads
                if score is not None:
                    yield start, end, score
                break
        if not lowered.startswith(_QUOTE_VERBS_AND_MARKS, position):
            continue
        line_start = text.rfind("\n", 0, position) + 1
        before = _QUOTE_AUTHOR_BEFORE.search(text, max(line_start, position - 60), position + 24)
        if before is not None and before.end() > position:
            start, end = _handle_at(text, before.start("user"), before.end("user"))
            score = handle_in_slot(text[start:end], strong=True)
            if score is not None:
                yield start, end, score


# -- the other items of a list that holds a found login ------------------------------------------------------------
# "officers: Wilk_Samotnik, HarnasPL; members online: zupa_pomidorowa, Rysiek_z_Klanu, ogórek", "ravi_ml &
# tanvipatil", a contributors line with bots between the people: a list's items are one kind, so the neighbours of a
# login found for sure are logins when they are no word (handle_in_slot), whatever their case or script. A bot item
# (`dependabot[bot]`) is passed over; any other item that is no handle ends the walk.
_LIST_GAP = re.compile(r"(?:[ \t]*[,;][ \t]*|[ \t]+(?:&|/|and|or|und|et|y|e|i|и|och|og|en|ve|és)[ \t]+)(?:(?:and|or|und|et|y|e)[ \t]+)?@?")
_LIST_ITEM = re.compile(r"(?P<user>" + _HANDLE + r")")
_BOT_ITEM = re.compile(r"[\w.-]+\[bot\]")


def logins_listed_with(text: str, found: list[tuple[int, int, float]]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the list neighbours of found logins (sorted spans), read left to right; the neighbours
    of a doubtful login are doubtful."""
    done = {start for start, _, _ in found}
    for _, end, seed_score in found:
        if seed_score >= 0.6:  # (a doubtful login's neighbours are a list of words as often as of handles)
            yield from _walk_list(text, end, done, seed_score, strong=False)


def _walk_list(text: str, cursor: int, done: set[int], seed_score: float, strong: bool
               ) -> Iterator[tuple[int, int, float]]:
    """The items after `cursor` while each is a handle (a capitalised word counts in a community's list only)."""
    while (gap := _LIST_GAP.match(text, cursor)) is not None:
        bot = _BOT_ITEM.match(text, gap.end())
        if bot is not None:
            cursor = bot.end()
            continue
        item = _LIST_ITEM.match(text, gap.end())
        if item is None or item.start() in done:
            break
        start, stop = _handle_at(text, item.start(), item.end())
        score = handle_in_slot(text[start:stop], strong=strong)
        if score is None:
            break
        done.add(start)
        yield start, stop, min(score, max(seed_score, DOUBTFUL_SCORE))
        cursor = item.end()



# -- a community's lists of its people: "officers: Wilk_Samotnik, HarnasPL", "admins: …", "members online: …" --------
_GROUP_WORDS = ("members", "members online", "online", "officers", "admins", "administrators", "moderators", "mods",
                "owners", "players", "friends", "followers", "subscribers", "winners", "top donors", "voters",
                "attendees", "participants", "roster", "crew", "squad", "guild members", "raiders", "vips", "helpers",
                "mitglieder", "moderatoren", "membres", "miembros", "membros", "membri", "leden", "członkowie",
                "jäsenet", "medlemmar", "üyeler", "участники", "админы", "модераторы", "成员", "管理员", "メンバー",
                "멤버", "관리자")
_GROUP_LABEL = re.compile(r"(?i:" + "|".join(re.escape(word) for word in sorted(_GROUP_WORDS, key=len, reverse=True))
                          + r")(?![\w])[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?[:：][ \t]*@?(?P<user>" + _HANDLE + r")")


@needs_cues(_GROUP_WORDS)
def find_member_lists(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the handles listed after a label naming a community's people."""
    done: set[int] = set()
    for position in keyword_positions(lowered, _GROUP_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-"):
            continue
        match = _GROUP_LABEL.match(text, position)
        if match is None or match.start("user") in done:
            continue
        start, end = _handle_at(text, match.start("user"), match.end("user"))
        score = handle_in_slot(text[start:end], strong=True)
        if score is None:
            continue
        done.add(start)
        yield start, end, score
        yield from _walk_list(text, end, done, score, strong=True)
