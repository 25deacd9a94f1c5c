"""Passwords and codes found by what the text around them is about, not by a label right before them.

The slot rules (password_slots.py, password_sentences.py) need a label, a separator or a sentence that links the value
to its label. People write passwords in looser ways: a guess in the next sentence ("I can't get into the laptop.
... I think it was bluebell1962"), an apposition after a description ("the pass is the kids' names together,
DaraNiloo2016"), a reply in a chat ("[10:02] Claire: the portal locked me out" / "[10:03] Hamish: try X"), a value
before the words that say what it is ("X is the new one for the admin account"). What these share is structure:

1. **A neighbourhood about getting in.** Around a credential word of any language (the slot vocabulary's password
   labels, inflected or at a compound's head; the credential scope words; the sentence cues `log in`, `locked out`,
   `get into`, `wifi`), within its paragraph and a few hundred characters, a token that only a person picks as a
   password is one, wherever it stands. The shape test is stricter than a sentence's, because no clause links the
   token to the word: letters of a word (three or more, some lower case) with a digit or a password symbol, no word
   of a language, file name, version, host, login or identifier (`is_password_word` and more).
2. **A reply in a thread about a code.** In a transcript of speaker lines (`Name: text`, `[10:02] Name: text`), a
   line that names a password or a code (a code word of any language, also at a compound's end: `kuittauskoodi`)
   is answered by another speaker in the next few lines; a code (4-12 digits, or read out digit by digit) that opens
   the reply, or a password-shaped word in it, is the credential ("Henna: 5908 ja sitten #", "Sophie: "4 4 2 5
   then enter"").

No key vouches for these values, so they are doubtful (DOUBTFUL_SCORE): the wire redacts them, an audit does not
report them. Prose only: in code and tool output a token with letters and digits is mostly an identifier.
"""
from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_numbers import UNIT_AFTER
from redactor.detect.password_sentences import is_password_word, names_another_code
from redactor.detect.public_packages import public_package_words
from redactor.detect.rule_files import term_list
from redactor.detect.slot_names import code_label_words, english_slot, password_label_words
from redactor.detect.word_frequencies import frequent_in_any

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_PASSWORD_LABELS = password_label_words()
_CODE_LABELS = code_label_words()
# Short labels that are also verbs or other words of a sentence ("pass the test", "pin the version"): a cue only
# before a separator or a copula ("the pass is ...", "pin: 4471").
_VERB_LABELS = frozenset({"pass", "pin"})
_LABEL_AFTER = re.compile(r"[ \t]*(?:[:=]|is\b|was\b)")
_SCOPE_WORDS = frozenset(term_list("credential_scope_words")) | frozenset(term_list("password_sentence_cues"))
_STEM = 5  # a label this long names its slot at a word's start (inflected) or at its end (a compound's head)
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_CUES = ahocorasick.Automaton()
for _word in _PASSWORD_LABELS | _SCOPE_WORDS:
    _CUES.add_word(_word.lower(), (_word.lower(), False))
for _word in _CODE_LABELS:
    _CUES.add_word(_word.lower(), (_word.lower(), True))
_CUES.make_automaton()

_BEFORE = 300  # a guess or a reply rarely stands further from the word that says what it is
_AFTER = 400
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_TOKEN = re.compile(r"\S+")
_EDGE = "\"'`“”‘’«»()[]{}<>,;:.?*…"
_WORD_RUN = re.compile(r"[^\W\d_]{3,}")
_PASSWORD_SYMBOLS = frozenset("!#$%&*+?@~")
_FILE_NAME = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")
# The login of an account, named right before it: "user lhargreaves", "as admin2", "-u ops7", "login: x".
_LOGIN_BEFORE = re.compile(
    r"(?i)(?:\buser(?:name)?|\blogin|\bas|\baccount|\bid|\bidentifiant|\bbenutzer(?:name)?|(?<!\w)-[uUl]|--user(?:name)?)"
    r"[ \t]*(?:is[ \t]+|[:=][ \t]*)?[\"'`]?$")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]{2,})[ \t]*[:=]?[ \t]*[\"'`]?$")
# What the word before names, in English whatever its language (`Benutzer`, `usuario`, `gebruiker`): a login.
_LOGIN_SLOTS = frozenset({"user", "username", "user_name", "login", "account", "ssid", "network"})
_OPENS_A_PAIR = re.compile(r"[ \t]*(?::|/|\||→|->|[-–—])[ \t]+\S")
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•·・]|\d{1,2}[.)])?[ \t]*")
_LANGUAGE_WORD_ZIPF = 2.0
_EXAMPLE_WORDS = ahocorasick.Automaton()
for _word in term_list("example_role_words"):
    _EXAMPLE_WORDS.add_word(_word, _word)
_EXAMPLE_WORDS.make_automaton()
# A sentence ends at a line break or at ".", "!", "?" before a blank ("e.g. X" does not end one).
_SENTENCE_END = re.compile(r"\n|(?<![^\w]e\.g)(?<![^\w]z\.b)[.!?](?=[ \t])")
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ro", "tr", "id")
# The parts of a machine's or a job's name: `server01`, `backup2024` name a thing, not a password.
_RESOURCE_PARTS = (frozenset(term_list("host_roles")) | frozenset(term_list("host_environments"))
                   | frozenset(term_list("password_sentence_resource_words")))


def credential_neighbourhood_spans(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """PASSWORD spans for password-shaped tokens near a credential word, and for codes that answer a question about
    one in a transcript. `lowered`: `text` lower-cased, same length; `taken`: regions already found (sorted)."""
    if len(lowered) != len(text):
        return
    cues = list(_cue_positions(text, lowered))
    if not cues:
        return
    seen: set[int] = set()
    for start, end, names_a_code in cues:
        if names_a_code:
            continue  # "code" is mostly a program's: a code word vouches only for a reply's code (below)
        low, high = _neighbourhood(text, start, end)
        for token in _TOKEN.finditer(text, low, high):
            value = _trimmed(text, token.start(), token.end())
            if value is None or value[0] in seen:
                continue
            seen.add(value[0])
            if overlaps_a_region(taken, *value) or not picked_by_a_person(text[value[0]:value[1]]):
                continue
            if _inside_template_expression(text, *value):
                continue  # `{{ .Values.redis.auth.password | b64enc }}`: the template's code, not a value
            if _LOGIN_BEFORE.search(text, max(0, value[0] - 24), value[0]) or _login_word_before(text, value[0]):
                continue  # the account's login, not its password
            if _states_an_example(text, lowered, *value):
                continue  # "weak passwords such as Summer2024 or Welcome1!": examples, not a password in use
            if _OPENS_A_PAIR.match(text, value[1]) and _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, value[0]) + 1,
                                                                                 value[0]):
                continue  # `- reception1 : Oakhurst!Front`: the item's login, its password follows
            yield Span(value[0], value[1], KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
    yield from _codes_in_replies(text, cues, taken)


def picked_by_a_person(value: str) -> bool:
    """A token that only a person picks as a password: a word of three or more letters (some lower case) with a
    digit or a password symbol, itself no word of a language, file name, host, version or identifier."""
    if not 6 <= len(value) <= 40 or not is_password_word(value):
        return False
    if "," in value or ":" in value or value[0] == "+":
        return False  # a CSV row's cells, `session:user:7781`, an image's tag `docker:27`, a shadow line, `+login`
    login, at, domain = value.partition("@")
    if at and domain.isalpha():
        return False  # `ops@laptop`: an account at a machine
    if value.lower() in public_package_words():
        return False  # `fail2ban`
    if _HEX_ID.fullmatch(value) or "$" in value or value[-1] in "@-" or value.endswith("!") and not any(
            c.isdigit() or c in _PASSWORD_SYMBOLS - {"!"} for c in value):
        return False  # a UUID or hex id, a variable, a login before its domain, a word ending an exclamation
    parts = value.split("-")
    if len(parts) > 1 and _is_compound_noun(parts):
        return False  # `FIDO2-Schlüssel`, `base64-encoded`, `europe-north1`, `ssh-ed25519`
    words = _WORD_RUN.findall(value)
    if not words or not any(c.islower() for c in value):
        return False  # `RTX4090`, `SKU-2231`: a model's or a record's code
    if _FILE_NAME.search(value) and not any(c in _PASSWORD_SYMBOLS for c in value):
        return False  # `report2024.pdf`
    if "_" in value and not any(c.isupper() for c in value):
        return False  # `svc_backup2`: an identifier
    if value[0].islower() and any(c.isupper() for c in value) and not any(c in _PASSWORD_SYMBOLS for c in value):
        return False  # `getUser2`, `iPhone15`: a function's or a product's name
    if value.isalnum() and frequent_in_any(value.lower(), _LANGUAGES, _LANGUAGE_WORD_ZIPF):
        return False  # `mp3`, `covid19` (wordfreq reads a joined token by its rarest part: only whole tokens)
    letters = "".join(words).lower()
    if len(words) == 1 and letters in _RESOURCE_PARTS:
        return False  # `server01`, `prod2`
    return True


def _is_compound_noun(parts: list[str]) -> bool:
    """A hyphenated token that names a thing: a tech prefix with a digit before a word of a language
    (`M365-Konto`, `hunter2-style`, `P12-Passwort`), or lower-case parts mixing letters and digits (`europe-north1`,
    `euw2-gke`, `ssh-ed25519`). A person's hyphenated password keeps its number apart: `kestrel-guest-26`."""
    last = parts[-1]
    if any(c.isdigit() for part in parts[:-1] for c in part) and last.isalpha() and len(last) >= 3:
        return True  # (`SHA-512-crypt`, `Alpha-3-Codes` too)
    if any(c.isupper() for part in parts for c in part):
        return False
    if any(_MIXED.search(part) for part in parts):
        return True
    # a machine or a job numbered in its series (`kiosk-07`, `wt-lohn-02`, `eu-south-2`): a person's hyphenated
    # password has two words of a language and more (`kestrel-guest-26`)
    return sum(part.isalpha() and len(part) >= 4 for part in parts) < 2 or any(
        len(part) > 1 and part.isdigit() and part[0] == "0" for part in parts)


_HEX_ID = re.compile(r"[0-9a-fA-F]+(?:-[0-9a-fA-F]+)*")
_MIXED = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")


def _cue_positions(text: str, lowered: str) -> Iterator[tuple[int, int, bool]]:
    for last, (word, names_a_code) in _CUES.iter(lowered):
        start, end = last - len(word) + 1, last + 1
        if _UNSPACED.match(word):
            yield start, end, names_a_code
            continue
        opens = start == 0 or not lowered[start - 1].isalnum()
        closes = end == len(lowered) or not lowered[end].isalnum()
        if names_a_code and names_another_code(lowered, start, word):
            continue  # "error code", "código postal"
        if word in _VERB_LABELS and not (text[start:end].isupper() or _LABEL_AFTER.match(lowered, end)):
            continue
        if opens and closes or len(word) >= _STEM and (opens or closes):
            yield start, end, names_a_code  # a word, an inflected label (`şifresini`) or a compound's head


def _neighbourhood(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = max(0, start - _BEFORE), min(len(text), end + _AFTER)
    before = text.rfind("\n\n", low, start)
    if before >= 0:
        low = before
    for gap in _PARAGRAPH_BREAK.finditer(text, end, high):
        return low, gap.start()
    return low, high


def _states_an_example(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the token's own sentence says its values are examples (`example_role_words`, any listed language)."""
    low = max(0, start - _BEFORE // 2)
    ends = [match.end() for match in _SENTENCE_END.finditer(lowered, low, start)]
    low = ends[-1] if ends else low
    after = _SENTENCE_END.search(lowered, end, min(len(text), end + _BEFORE // 2))
    high = after.start() if after else min(len(text), end + _BEFORE // 2)
    for last, _word in _EXAMPLE_WORDS.iter(lowered, low, high):
        word_start = last - len(_word) + 1
        if (word_start == 0 or not lowered[word_start - 1].isalnum()) and not _UNSPACED.match(_word) or (
                _UNSPACED.match(_word)):
            return True
    return False


def _login_word_before(text: str, start: int) -> bool:
    word = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if word is None:
        return False
    slot = english_slot(word.group(1))
    return slot in _LOGIN_SLOTS or slot.rsplit("_", 1)[-1] in _LOGIN_SLOTS or word.group(1).lower().endswith(
        ("bruker", "brugernavn", "anvandare", "användare"))


_TEMPLATE_OPENINGS = ("{{", "${", "{%", "<%", "#{")
_TEMPLATE_CLOSINGS = ("}}", "}", "%}", "%>")


def _inside_template_expression(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a template expression opened and closed on its line (Helm/Jinja
    `{{ }}`, `${ }`, `{% %}`, ERB `<% %>`, Ruby `#{ }`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    opened = max(before.rfind(opening) for opening in _TEMPLATE_OPENINGS)
    closed = max(before.rfind(closing) for closing in _TEMPLATE_CLOSINGS)
    return opened > closed and any(closing in after for closing in _TEMPLATE_CLOSINGS)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


# --------------------------------------------------------------------------------------------- threads of replies
_SPEAKER_LINE = re.compile(
    r"^[ \t>*-]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?P<speaker>[^\W\d_][^:\n]{0,30}?)[ \t]*[:：][ \t]*(?P<message>\S[^\n]*)$",
    re.MULTILINE)
_REPLY_LINES = 4  # "Mikko: ...koodi?" / "Henna: same as last year" / "Mikko: I don't remember" / "Henna: 5908"
# A code opening the reply, which goes on as no date, time, decimal or measure ("5908 ja sitten #", "4 4 2 5 then").
_CODE = re.compile(r"[\"'“„«]?(?P<code>(?!(\d)\2+\b)\d{4,12}|\d(?: \d){3,9})(?![\d.,:/]\d)(?![ \t]?\d)")


def _codes_in_replies(text: str, cues: list[tuple[int, int, bool]], taken: list[tuple[int, int]]) -> Iterator[Span]:
    if text.count("\n") < 1:
        return
    lines = list(_SPEAKER_LINE.finditer(text))
    speakers = [line.group("speaker").strip().lower() for line in lines]
    if len(set(speakers)) == len(speakers):
        return  # `Host: x` / `Timeout: 3000`: fields, not a conversation (in a transcript a speaker speaks again)
    for index, line in enumerate(lines):
        if not any(line.start("message") <= start < line.end() for start, _, _ in cues):
            continue
        for reply, replier in zip(lines[index + 1:index + 1 + _REPLY_LINES], speakers[index + 1:]):
            if replier == speakers[index]:
                continue
            code = _CODE.match(text, reply.start("message"))
            if code is None or UNIT_AFTER.match(text, code.end("code")) or overlaps_a_region(taken, *code.span("code")):
                continue
            yield Span(code.start("code"), code.end("code"), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
