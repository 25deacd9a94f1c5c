"""Passwords that people write in sentences: near a password word, and passphrases of several words.

Two rules for chat, tickets and tool output, where a password has no key to sit under
(the keyword rules of secrets.py take `password=x`, "password is x", "Passwort: x"):

1. **A sentence about a password.** In a sentence (a line, cut at ". ") holding a password
   word in any of several languages (term_lists.yaml: `secret_label_password_words`, plus
   `password_sentence_cues`: "creds", "log in", "sign in" ...), a word that only a person
   picks as a password is one: letters and a digit, or letters and a password symbol
   (`!#$%^&*+?~@`), 6-64 characters, wherever it stands in the sentence: "when it asks for a
   password, enter Otter-Pond-31", "it rejected Welcome2024 as the password", "log in as
   admin with Summer-Breeze-4". Words that say something else are left: versions, dates,
   times, sizes, ports, hostnames, e-mail addresses, paths, URLs, ticket ids (`INC-20419`),
   tech terms with a number (`sha256`, `argon2id`, `utf8`), code references, the login
   named after "user"/"as"/"-u". A question about a password ("whats the wifi pw?") reaches
   the two lines after it, where a chat answers it ("Idris: Otter-Pond-31"). No key vouches for the word, so it is doubtful
   (DOUBTFUL_SCORE): the wire redacts it, an audit does not report it.
2. **A passphrase after a label.** "passphrase: blue otter eats kelp", "The new password:
   tiger lily 42": after a password label and ":"/"="/"is", two to six words that end the
   line (or stop at a dash, a bracket or "; "). Prose after a label has function words
   ("must be 12 characters", "same as staging", "hashed with bcrypt"), a passphrase does
   not. After "passphrase" (a word that means several words) it is confident enough for an
   audit (0.6); after other labels it is doubtful.
"""
from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.access_codes import code_on_a_line_below, password_after_code_word
from redactor.detect.credential_pairs import credential_pair_spans, ends_a_label_pair
from redactor.detect.password_numbers import (CONNECTORS, FUNCTION_WORD_LANGUAGES, FUNCTION_WORD_ZIPF,
                                               password_number_before, password_number_right_after,
                                               password_number_spans)
from redactor.detect.rule_files import term_list
from redactor.detect.slot_names import code_label_words, password_label_words
from redactor.detect.secret_values import (
    EMAIL_VALUE,
    URL_VALUE,
    VERSION_VALUE,
    is_placeholder_value,
    looks_like_code_reference,
    looks_like_path,
)
from redactor.detect.word_frequencies import frequent_in_any

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"
PASSPHRASE_SCORE = 0.6

_LABELS = password_label_words()
# PIN and code words name a number (password_numbers.py), not a word: "code" in a sentence is mostly program code.
_CODE_LABELS = code_label_words() | {"codes"}  # "codes tried: 2113 and 5512" (the plural lists what was tried)
_CUES = tuple(sorted(_LABELS | _CODE_LABELS | term_list("password_sentence_cues"), key=len, reverse=True))
# Scripts written without spaces (密码是 X, パスワードは X) have no word boundary around the cue.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CUE_WORDS = frozenset(_CUES)
_CUE_WORDS_LOWER = frozenset(cue.lower() for cue in _CUES) | {"user", "username", "login", "pass"}
# The cue words, lower-cased: a caller that finds them in its own pass over the text passes their positions.
CUES: tuple[str, ...] = tuple(dict.fromkeys(cue.lower() for cue in _CUES))
_CUE_AUTOMATON = ahocorasick.Automaton()
for _cue in _CUES:
    _CUE_AUTOMATON.add_word(_cue.lower(), _cue.lower())
_CUE_AUTOMATON.make_automaton()
# "pass" is a password label ("user: x pass: y") but in a sentence a verb or a keyword (`pass`, "pass the test").
_LABEL_ONLY_CUES = frozenset({"pass"})
_SEPARATOR_NEXT = re.compile(r"[ \t]*[:=]")
_FUNCTION_WORDS = term_list("sentence_stopwords") | term_list("passphrase_function_words")
_VERBS = frozenset("is are was were be been has have had must will should can could may not".split())

_REACH = 200  # a sentence about a password rarely runs longer on either side of the word
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_WORD = re.compile(r"[^\s]+")
_EDGE_PUNCTUATION = "\"'`“”‘’«»()[]{}<>,;:.!?*"
_PASSWORD_SYMBOLS = frozenset("!#$%^&*+?~@")
# Words with digits that name something else than a password.
_NOT_A_PASSWORD = re.compile(
    r"""(?x)^(?:
        [~^<>=vV]*\d+(?:[.\-/:tT]\d+)+[a-zA-Z]{0,3}         # versions, dates, times: 2.31.0 2024-01-02T10:30Z
      | \d+(?:[.,]\d+)?(?:[a-zA-Z]{1,5}|%)                  # sizes and durations: 12chars 90days 4GB 30s 50%
      | \d+(?:-[a-z]+)+                                     # counted nouns: 40-person, 2-factor
      | (?i:(?:sha|md|utf|base|pbkdf|argon|scrypt|oauth|http|ipv|tls|ssl|aes|rsa|ecdsa|ed|x|win|ubuntu|python|node
          |java|go|php|ruby|net|cp|iso|rfc|cve|ttl|port|gpt|llama|claude|gemini)[\-_.]?\d+[a-z]{0,4}(?:_\d+)?
          |1password|2fa|3des|3ds|4g|5g)                      # tech terms and products: x86_64 too
      | [A-Z]{1,10}\d{0,3}-\d+                               # ticket, issue and room ids: INC-20419, B2-114
      | \#?[0-9a-f]{6,} | \#?[0-9A-F]{6,}                    # hex: colours, short hashes
      | (?i:[\w.+-]+\.(?:com|net|org|io|dev|local|internal|lan|corp|cloud|ai|app|co|de|uk|fr)(?::\d+)?)  # hosts
      | \d{1,3}(?:\.\d{1,3}){3}(?::\d+)?                     # IPv4
      | [a-z]+(?:_[a-z]+)+\d*                                # snake_case identifiers: svc_etl, user_id2
      | (?=\w{16})[a-z]*(?:[a-z]+[A-Z][a-z0-9]+){2,}\w*        # camelCase identifiers: refreshAccessTokenV2For...
      | [\w-]+(?:\.[\w-]+)*\.[A-Za-z]{1,5}:\d+(?::\d+)?          # file:line of a test or trace: login.spec.ts:14
      | [A-Za-z][\w.-]*\[\d+\]?                                # a log line's process tag: smtpd[4410]
    )$""")
# "user admin_2", "as deploy01", "-u ops7": the login, not the password.
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_RESOURCE_PARTS = term_list("host_roles") | term_list("host_environments") | term_list("password_sentence_resource_words")
# A string literal's prefix and opening quote left on a word: b'..., r"..., u'...
_STRING_PREFIX = re.compile(r"[bBrRuUfF]['\"]")
_LOGIN_BEFORE = re.compile(r"(?i)(?:\buser(?:name)?|\blogin|\bas|\baccount|\bfor|(?<!\w)-[uU]|--user(?:name)?)[ \t:=]*[\"'`]?$")
# Above `name` (5.6 in English), the most frequent word a field is named.
_FUNCTION_WORD_BEFORE_VALUE_ZIPF = 5.7
_VALUE_OF_KEY_BEFORE = re.compile(r"(?P<key>[\w.\-]+)[\"'`]?[ \t]*(?:[:=]|=>)[ \t]*[\"'`]?$")
_PASSPHRASE_AFTER_LABEL = re.compile(
    # "passphrase for the backup archive:", "Passwort (VPN) =": up to five short words before the separator
    r"(?:[ \t]+[^\s:=()\"'`.,;!?]{1,20}){0,5}?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[:=]|[ \t]is\b)[ \t]*"
    # "Gäste-WLAN Passwort:\nAmsel Drossel Fink 9": alone on the next line
    r"(?P<next_line>\r?\n[ \t]*)?"
    r"(?P<quote>[\"'“`]?)"
    r"(?P<value>[A-Za-z][A-Za-z0-9'\-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'\-]*){1,5})"
    r"(?P<close>[\"'”`]?)[ \t]*(?=$|\n|[—–(;,]|[ \t]-[ \t]|[.!?](?:[ \t]|$))"
)


def password_sentence_spans(text: str, lowered: str, taken: list[tuple[int, int]],
                            cue_starts: dict[str, list[int]] | None = None) -> Iterator[Span]:
    """Both rules over `text` (`lowered`: its lower-cased copy, same length); `taken`: spans found (merged).

    `cue_starts`: where each word of `CUES` occurs in `lowered` (at least the cues found: a cue left out is
    absent), when the caller's own pass over the text found them already; otherwise they are looked up here.
    """
    done_sentences: set[int] = set()
    hits = _cues(text, lowered) if cue_starts is None else _cues_found(text, lowered, cue_starts)
    for cue_start, cue_end, cue in hits:
        if cue in _CODE_LABELS:
            if not _names_another_code(lowered, cue_start, cue):
                yield from password_number_spans(text, cue_end, taken)  # "Koden till förrådet är 7741#"
                yield from password_after_code_word(text, cue_end, taken, is_password_word)  # "koden er Marsk2031"
                yield from code_on_a_line_below(text, cue_end, taken)  # "the service code I think:\n\n #662810#"
                if cue not in ("code", "codes"):  # English "code 1045" is a program's; "Kode ATM saya 123456", "pin 4521"
                    yield from password_number_right_after(text, cue_end, taken)
            continue
        if cue in _LABELS:
            yield from _passphrase_after(text, cue_start, cue_end, cue, taken)
            if cue not in _LABEL_ONLY_CUES or _SEPARATOR_NEXT.match(text, cue_end) or ends_a_label_pair(text, cue_end):
                # `pass: "x"` names a password; `pass "utf-8" as the encoding` is the verb
                yield from _quoted_after(text, cue_end, taken)
        if cue in _LABEL_ONLY_CUES and not ends_a_label_pair(text, cue_end):
            continue  # "pass the test"; but "user/pass is ops / 4471" names a pair
        if cue in _LABELS:
            yield from password_number_spans(text, cue_end, taken)  # "the alarm password is 90211"
            yield from password_number_right_after(text, cue_end, taken)  # "银行卡密码 889900"
            yield from password_number_before(text, cue_start, cue_end, taken)  # "use 4471 as the password"
        next_line = _NEXT_LINE_AFTER_LABEL.match(text, cue_end) if cue in _LABELS else None
        if next_line is not None:
            # "the first password is\nLarch-Welcome-0412": the label ends its line, the value is the next one
            line_end = text.find("\n", next_line.end())
            yield from _password_words(text, next_line.end(), len(text) if line_end < 0 else line_end, taken)
        start, end = _sentence_bounds(text, cue_start, cue_end)
        if start in done_sentences:
            continue
        done_sentences.add(start)
        yield from _password_words(text, start, end, taken, label_end=cue_end)
        yield from credential_pair_spans(text, start, end, _CUE_WORDS_LOWER, _NOT_A_PASSWORD.match, taken)
        following = _following_sentence(text, end)
        if following is not None:
            # "I reset your password. The new one is 4471.": the next sentence says what it is.
            yield from _password_words(text, following.end("subject"), min(len(text), following.end() + _REACH), taken,
                                       stop_at_sentence_end=True)
            yield from password_number_spans(text, following.end("subject"), taken)
        if _asks(text, start, end):
            # "whats the wifi pw?" is answered on the next line of a chat: "Idris: Otter-Pond-31".
            for reply_start, reply_end in _reply_lines(text, end):
                yield from _password_words(text, reply_start, reply_end, taken)


def _cues(text: str, lowered: str) -> Iterator[tuple[int, int, str]]:
    """Every cue as a whole word (one Aho-Corasick pass: a regex of ~60 alternatives is far slower)."""
    if len(lowered) != len(text):  # lower() grew a character (İ): keep offsets, lower the rest
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for last, cue in _CUE_AUTOMATON.iter(lowered):
        start, end = last - len(cue) + 1, last + 1
        if _is_whole_word(text, lowered, start, end, cue):
            yield start, end, cue


def _cues_found(text: str, lowered: str, cue_starts: dict[str, list[int]]) -> list[tuple[int, int, str]]:
    """`_cues` from the caller's positions of the cue words, in the automaton's order (by end, longest first)."""
    hits = [(start + len(cue), -len(cue), start, cue) for cue in CUES if cue in cue_starts for start in cue_starts[cue]]
    hits.sort()
    return [(start, end, cue) for end, _, start, cue in hits if _is_whole_word(text, lowered, start, end, cue)]


# Languages that write a compound noun as one word or with a hyphen ("Administratorpasswort", "WLAN-Passwort",
# "wifi-wachtwoord", "root-lösenord"): their password word ends a word and still names the password. A PIN or a
# code word ends compounds in any language ("Smartcard-PIN", "PIN-koden", "Türcode").
_COMPOUND_TAIL_CUES = frozenset(term_list("secret_label_password_compound_tails")) | _CODE_LABELS
_SHORT_CODE_TAILS = frozenset({"pin", "puk"})
# Words a code word ends that are no code of a lock or an account ("decode", "Unicode", "Quellcode", "barcode").
_WORDS_ENDING_IN_CODE = re.compile(
    r"(?<![^\W\d_])(?:de|en|re|uni|trans|geo|micro|pseudo|shell|short|hex|morse|dress|op|byte|key|bar|qr|zip|post"
    r"|source|quell|fehler|status|länder|laender|maschinen|programm|farb|pass)$")
# What a code names when it is no secret, before it or after it: program, status and error codes, places, goods,
# currencies ("error code: 1045", "status code", "código postal", "code d'erreur", "country code").
_OTHER_CODES = (r"error|exit|status|return|response|reason|result|event|http|source|machine|country|area|zip|post"
                r"|postal|postale|region|dial|product|item|article|tax|vat|iso|currency|language|lang|swift|bic|sort"
                r"|branch|bank|color|colour|erreur|pays|erro|país|pais|errore|paese|fel|feil|fejl|virhe|kraj|pocztowy"
                r"|área|ошибки|ошибка|страны|fehler|länder|ländercode")
_WORDS_AFTER_A_LOCK_CODE = frozenset(
    "for of to the at on in is was are were du de des d pour à au aux est était reste van voor het is was bij op".split()
    + CONNECTORS.split("|"))
_WORD_AFTER_CODE = re.compile(r"[ \t]+([^\W\d_]+)(?![\w'’])")
_OTHER_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _OTHER_CODES + r")[ \t_-]*$")
_OTHER_CODE_AFTER = re.compile(r"[ \t_-]*(?:(?:de|del|di|da|do|du|des|der)[ \t]+|d['’][ \t]*)?(?:"
                               + _OTHER_CODES + r")(?![^\W\d_])")


def _names_another_code(lowered: str, cue_start: int, cue: str) -> bool:
    """Whether the code word at `cue_start` names a code that is no secret, by the word it ends ("decode",
    "Quellcode"), the word before it ("error code") or the word after it ("código postal", "code d'erreur")."""
    before = lowered[max(0, cue_start - 24):cue_start]
    if _WORDS_ENDING_IN_CODE.search(before) or _OTHER_CODE_BEFORE.search(before):
        return True
    if _OTHER_CODE_AFTER.match(lowered, cue_start + len(cue)):
        return True
    # "code" (English, French, Dutch) before a noun modifies it ("code point is 8364", "code coverage is 8000"); a
    # code of a lock is followed by a preposition, an article or a connector ("code for the gate", "code du coffre",
    # "code van de kluis", "code is 4471") or by its value.
    word_after = _WORD_AFTER_CODE.match(lowered, cue_start + len(cue))
    if cue == "pin" and word_after is not None and word_after.group(1) in _OBJECTS_OF_THE_VERB_PIN:
        return True  # "pin the dependency to 2024", "pin it to 3.11": the English verb, not a PIN
    return (cue in ("code", "codes") and word_after is not None and word_after.group(1) not in _WORDS_AFTER_A_LOCK_CODE
            and word_after.group(1) not in _CLAUSES_AFTER_A_LOCK_CODE)


names_another_code = _names_another_code  # (password_slots.py asks it of the code words it reads)


# A code of a lock followed by a relative clause or a participle, not a noun: "the code we use is 731904", "the code
# you need is 4471", "codes tried: 2113 and 5512", "the code I think:" (access_codes.py).
_CLAUSES_AFTER_A_LOCK_CODE = frozenset("we you they i he she tried used given entered typed sent known".split())


# Words that open the object of the English verb "pin": a PIN is never followed by them ("PIN the" is no noun phrase).
_OBJECTS_OF_THE_VERB_PIN = frozenset({"the", "a", "an", "it", "this", "that", "these", "those", "them", "your", "our",
                                      "my", "its", "their", "his", "her", "all", "every", "each", "down", "back"})


def _is_whole_word(text: str, lowered: str, start: int, end: int, cue: str) -> bool:
    if _UNSPACED.match(cue):
        return True
    if end < len(text) and (lowered[end].isalnum() or lowered[end] in "_-"):
        return False
    if not start or not (lowered[start - 1].isalnum() or lowered[start - 1] in "_-"):
        return True
    if cue in _SHORT_CODE_TAILS:  # "Smartcard-PIN", "VPN-PIN"; not "spin", "hairpin"
        return lowered[start - 1] == "-" or text[start:end].isupper()
    return cue in _COMPOUND_TAIL_CUES and lowered[start - 1] != "_"


def _sentence_bounds(text: str, cue_start: int, cue_end: int) -> tuple[int, int]:
    """The sentence around a cue, at most _REACH characters to either side (linear in the text)."""
    start = max(0, cue_start - _REACH)
    for boundary in _SENTENCE_END.finditer(text, start, cue_start):
        start = boundary.end()
    stop = _SENTENCE_END.search(text, cue_end, cue_end + _REACH)
    return start, stop.start() if stop else min(len(text), cue_end + _REACH)


_REPLY_LINES = 2
# A chat question often has no question mark: "whats the wifi pw for the guest network".
_QUESTION_START = re.compile(
    r"(?i)(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\s:]{1,30}:[ \t]+)?(?:hey|hi|yo|so|and|also|ok|quick q)?[ ,]*"
    r"(?:what|whats|what's|wat|where|wheres|where's|which|anyone|any1|does anyone|do you|do we|can|could|pls|please"
    r"|plz|need|send|got|who has|remind me)\b"
)


# A chat line's speaker ("Idris: ", "[10:03] ana: ", "<ana> "): a label, not a field named for something else.
_SPEAKER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:<[^>\s]{1,30}>|[^\s:]{1,30}:)[ \t]+")


def _asks(text: str, start: int, end: int) -> bool:
    """Does the sentence text[start:end] ask for something (a question mark, or a question word first)?"""
    return text.startswith("?", end) or _QUESTION_START.match(text, start, end) is not None


def _reply_lines(text: str, question_end: int) -> Iterator[tuple[int, int]]:
    """The next _REPLY_LINES non-empty lines after a question's line, each after its speaker label."""
    position = text.find("\n", question_end)
    for _ in range(_REPLY_LINES):
        if position < 0:
            return
        while position < len(text) and text[position] in "\r\n":
            position += 1
        line_end = text.find("\n", position)
        end = len(text) if line_end < 0 else line_end
        speaker = _SPEAKER.match(text, position, end)
        yield (speaker.end() if speaker else position), min(end, position + _REACH)
        position = line_end


# The sentence after one about a password, when its subject points back at it: "The new one is ...", "It's now ...",
# "New: ...", "Das neue ist ...". Only the same line or the next one.
_FOLLOWING_SUBJECT = re.compile(
    r"(?i)[ \t]*\r?\n?[ \t]*(?:[^\s:]{1,30}:[ \t]+)?"
    r"(?P<subject>(?:(?:i[ \t]+think|i[ \t]+believe|maybe|probably|perhaps)[ \t]+)?"  # "I think it was ...", a guess
    r"(?:(?:the|my|your|our|its|das|le|la|el|het)[ \t]+)?"
    r"(?:new(?:[ \t]+one)?|it|this|that|neue|nouveau|nuevo|nieuwe|now)(?:[ \t]+now)?)"
    r"(?=[ \t]*(?:is|was|['’]s|:|=|ist|est|es|became|becomes)(?!\w))")


def _following_sentence(text: str, end: int) -> re.Match[str] | None:
    if end >= len(text):
        return None
    position = end + 1 if text[end] in ".!?" else end
    return _FOLLOWING_SUBJECT.match(text, position)


# A password word that ends its line but for a few words and a separator: the value is on the next line.
_NEXT_LINE_AFTER_LABEL = re.compile(
    r"(?:[ \t]+[^\s:=.,;!?()\"'`]{1,20}){0,5}?(?:[ \t]*[:=：]|[ \t]+(?:" + CONNECTORS + r"))[ \t]*\r?\n[ \t]*")
# The words between a password word and the `:` of its label ("رمز عبور جدید ایمیل مریم رضایی:", "Passwort für
# das Büro-WLAN:"): the key before the value is the label's own last word, no field named for something else.
_LABEL_WORDS_THEN_KEY = re.compile(r"[^:=\n]{0,60}")
_LABEL_KEY = re.compile(r"[^\W\d_]+(?:[\u200c-][^\W\d_]+)*[ \t]*:")


def _password_words(text: str, start: int, end: int, taken: list[tuple[int, int]],
                    stop_at_sentence_end: bool = False, label_end: int | None = None) -> Iterator[Span]:
    if stop_at_sentence_end:
        stop = _SENTENCE_END.search(text, start, end)
        end = stop.start() if stop else end
    for word in _WORD.finditer(text, start, end):
        value_start, value_end = word.start(), word.end()
        while value_start < value_end and text[value_start] in _EDGE_PUNCTUATION:
            value_start += 1
        while value_end > value_start and text[value_end - 1] in _EDGE_PUNCTUATION:
            value_end -= 1
        if text.startswith("!", value_end) and any(c.isdigit() for c in text[value_start:value_end]):
            value_end += 1  # "Калина2026!": people end passwords with "!" (on the wire a redacted "!" costs nothing)
        if _STRING_PREFIX.match(text, value_start, value_end):
            value_start += 2  # b'5.7.8 (an SMTP status in a bytes literal): the word is what the quotes hold
        value = text[value_start:value_end]
        if not is_password_word(value) or overlaps_a_region(taken, value_start, value_end):
            continue
        if _inside_template(text, value_start):
            continue  # `{{ .Values.redis.password | b64enc }}`: a template's functions and references, no value
        if _LOGIN_BEFORE.search(text, max(start, value_start - 24), value_start):
            continue
        field = _VALUE_OF_KEY_BEFORE.search(text, max(start, value_start - 64), value_start)
        if (field and field.group("key").lower() not in _CUE_WORDS and not _is_function_word(field.group("key"))
                and not _ends_the_label(text, label_end, field.start("key"))):
            continue  # `"pan": "BNZPM2501F"`: the value of a field named for something else
        yield Span(value_start, value_end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _ends_the_label(text: str, label_end: int | None, key_start: int) -> bool:
    """Whether the key at `key_start` is the last word of the password label ending at `label_end` (no separator or
    line between them)."""
    if label_end is None or label_end > key_start or _LABEL_WORDS_THEN_KEY.fullmatch(text, label_end, key_start) is None:
        return False
    key = _LABEL_KEY.match(text, key_start)
    return key is not None  # a word of prose before a colon; `user_id=` names a field of its own


def _is_function_word(word: str) -> bool:
    """A word as frequent as `one`, `it`, `same`, `das` names no field: "the password is the usual one = X" says the
    password is X. Field names (`name`, `pan`, `code`, `value`) are rarer words."""
    return word.islower() and frequent_in_any(word, FUNCTION_WORD_LANGUAGES, _FUNCTION_WORD_BEFORE_VALUE_ZIPF)


def _inside_template(text: str, at: int) -> bool:
    """Whether `at` lies inside a `{{ ... }}` template expression opened on its line (Helm, Jinja, Go)."""
    opened = text.rfind("{{", text.rfind("\n", 0, at) + 1, at)
    return opened != -1 and text.find("}}", opened, at) == -1


def names_something_else(value: str) -> bool:
    """Whether a word with digits names something else than a password: a version, date, time, size, counted
    noun, tech term, ticket id, hex, host, IPv4 or identifier (the words `is_password_word` refuses by shape)."""
    return _NOT_A_PASSWORD.match(value) is not None or VERSION_VALUE.match(value) is not None


def is_password_word(value: str) -> bool:
    """A word only a person picks as a password: 6-64 characters, letters with a digit or a password symbol, no
    version, tech term, host, path, e-mail, code reference or placeholder."""
    if not 6 <= len(value) <= 64 or not any(c.isalpha() for c in value):
        return False
    has_digit = any(c.isdigit() for c in value)
    if not has_digit and not any(c in _PASSWORD_SYMBOLS for c in value):
        return False
    if any(c in "=/\\(){}[]<>|" for c in value) or value[0] in "$%@#&*" or "::" in value or "->" in value:
        return False  # code, markup, sigils, paths, mentions
    if value.lower() in _CUE_WORDS or _NOT_A_PASSWORD.match(value) or VERSION_VALUE.match(value):
        return False
    if EMAIL_VALUE.match(value) or URL_VALUE.match(value) or looks_like_path(value):
        return False
    if "@" in value and "." in value.partition("@")[2]:
        return False  # user@host
    if _KEBAB.fullmatch(value) and any(part.rstrip("0123456789") in _RESOURCE_PARTS for part in value.split("-")):
        return False  # a machine or job named for its role: k8s-prod-eu1, cron-7f9c2, db-04
    return not is_placeholder_value(value) and not looks_like_code_reference(value)


def _passphrase_after(text: str, cue_start: int, cue_end: int, cue: str, taken: list[tuple[int, int]]
                      ) -> Iterator[Span]:
    match = _PASSPHRASE_AFTER_LABEL.match(text, cue_end)
    if match is None or match.group("quote") and match.group("close") != _closing(match.group("quote")):
        return
    words = [word.lower().strip("'") for word in match.group("value").split()]
    passphrase = "phrase" in cue
    # Prose about the password ("must be 12 characters", "same as staging") has function words; a
    # passphrase may hold a few ("seven copper kites at dusk") but neither starts with one nor says
    # what the password is or must be.
    if (words[0] in _FUNCTION_WORDS or any(word in _VERBS for word in words) if passphrase
            else any(word in _FUNCTION_WORDS for word in words)):
        return
    if all(is_placeholder_value(word) for word in words) or overlaps_a_region(taken, *match.span("value")):
        return
    if match.group("next_line") and any(_is_function_word_of_a_language(word) for word in words):
        return  # "Passwort:\nBitte im Tresor nachsehen.": a sentence of its own language
    score = PASSPHRASE_SCORE if passphrase else DOUBTFUL_SCORE
    yield Span(match.start("value"), match.end("value"), KIND, CATEGORY, score, DETECTOR_NAME)


def _closing(quote: str) -> str:
    return "”" if quote == "“" else quote


def _is_function_word_of_a_language(word: str) -> bool:
    return frequent_in_any(word.lower(), FUNCTION_WORD_LANGUAGES, FUNCTION_WORD_ZIPF)


# A password in quotes after its word, with or without a separator: `Kennwort "Blauer Himmel 2026"`, `password
# 'O''Neill Dock 7'` (SQL doubles a quote inside), `пароль «Север-7»`. Up to two words may name what it opens.
_QUOTED_AFTER_LABEL = re.compile(
    r"(?:[ \t]+[^\s:=()\"'`.,;!?“”„«»‘’]{1,20}){0,2}?[ \t]*(?:[:=]|[ \t]+(?:" + CONNECTORS + r")(?!\w))?[ \t]*"
    r"(?:\"(?P<double>[^\"\n]{3,64})\"|'(?P<single>(?:[^'\n]|''){3,64})'(?!')|“(?P<curly>[^”\n]{3,64})”"
    r"|„(?P<low>[^“”\n]{3,64})[“”]|«[ \u00a0]?(?P<angle>[^»\n]{3,64}?)[ \u00a0]?»|‘(?P<curly_single>[^’\n]{3,64})’)")


def _quoted_after(text: str, cue_end: int, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The quoted value after a password word (`_QUOTED_AFTER_LABEL`): any shape, unless it is a placeholder, a
    mask or words of a sentence (a function word of a language: "must be changed", "bitte ändern")."""
    match = _QUOTED_AFTER_LABEL.match(text, cue_end)
    if match is None:
        return
    group = next(name for name in ("double", "single", "curly", "low", "angle", "curly_single") if match.group(name))
    value = match.group(group)
    words = value.split()
    if value != value.strip() or is_placeholder_value(value) or all(is_placeholder_value(word) for word in words):
        return
    if any(_is_function_word_of_a_language(word) for word in words):
        return
    if len(words) == 1 and not (any(c.isdigit() or c in _PASSWORD_SYMBOLS for c in value) or not value.isalpha()):
        if frequent_in_any(value.lower(), FUNCTION_WORD_LANGUAGES, _PLAIN_WORD_ZIPF) or value.lower() in _CUE_WORDS:
            return  # `password "required"`: a word of the language, no password a person picks
    if overlaps_a_region(taken, *match.span(group)):
        return
    yield Span(match.start(group), match.end(group), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


# A single plain word in quotes after a password word that is this frequent in a language is that word.
_PLAIN_WORD_ZIPF = 4.0
