"""Passwords by position: the value slot of a password label, in any language and any inflection of the label.

A value is a password because of where it stands, not because of how the sentence around it is worded: it fills
the slot of a label that names a password. The rule is stated in three parts, each of them data or structure:

1. **The label.** Every word of the slot vocabulary that names a password in any language
   (`slot_names.password_label_words`: term_lists.yaml and the slot words of every language), and its inflected
   forms: a label of five or more letters followed by at most five more letters names a password too (Norwegian
   `passordet`, Turkish `şifresini`, Polish `hasłem`, Romanian `parolei`, Czech `heslem`, German `Passwortes`),
   which a list of spellings never finishes. Labels in scripts written without spaces (密码, パスワード) need no
   word boundary. Short labels (`pw`, `pass`, `psk`) name a slot only as they are, before a separator.
2. **The slot.** After the label, in the same clause (no sentence end, no line break, at most `_REACH`
   characters): the word after a separator (`:`, `=`, `→`, `->`, a dash between spaces) or after a copula of any
   of the languages password_numbers.py reads (`is`, `er`, `je`, `e`, `é`, `ist`, `lautet`, `là` ...), the
   first such word that is a value; or, when the value has a password's own shape, the word right after the
   label ("hasło Kcm.Rejestracja1 wygasło", "heslo lipa-recepce").
3. **The value.** What stands in the slot is a password unless it is something else by its own form: a word of
   the language (frequent in any of the languages the function-word rules read), a number (the PIN rules own
   them), a version, date, size, host, e-mail, URL, path, template, placeholder, masked value, code reference or
   type name. Letters alone fill a slot only in lower case (`dubovaprkna`, `moonlight-ledger`); a capitalised
   word there is a name.

No key vouches for the value and the label may be a word of a sentence, so the span is doubtful
(DOUBTFUL_SCORE): the wire redacts it, `redactor audit` does not report it (its stricter operating point).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

import ahocorasick

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_numbers import CONNECTORS, FUNCTION_WORD_LANGUAGES, UNIT_AFTER as _UNIT_AFTER
from redactor.detect.password_sentences import is_password_word, names_another_code, names_something_else
from redactor.detect.public_packages import public_package_words
from redactor.detect.rule_files import term_list
from redactor.detect.secret_values import (
    EMAIL_VALUE,
    URL_VALUE,
    is_masked,
    is_placeholder_value,
    looks_like_code_reference,
    looks_like_path,
)
from redactor.detect.slot_names import code_label_words, password_label_words
from redactor.detect.word_frequencies import frequent_in_any, zipf_frequency

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_LABELS = password_label_words()
# An inflection adds a case or article ending to a label long enough not to be the start of another word.
_STEM_LENGTH = 5
_INFLECTION_LETTERS = 5
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CODE_LABELS = code_label_words()
_AUTOMATON = ahocorasick.Automaton()
for _label in _CODE_LABELS:
    _AUTOMATON.add_word(_label, (_label, True))
for _label in _LABELS:
    _AUTOMATON.add_word(_label, (_label, False))
_AUTOMATON.make_automaton()
_SHORT_LABEL = 4  # `pw`, `pwd`, `pass`, `psk`: abbreviations that name a slot only right before a separator

_REACH = 100  # a label and its value share a clause: "Passordet til den delte mappen er ..., årstall: X"
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n|[;]")
# The copulas of password_numbers.py, and Romanian `e`/`este` ("Parola pentru SPV e X"): in Italian and Portuguese
# `e` is "and", whose next word is a word of the language, which no slot holds.
_COPULAS = CONNECTORS + "|e|este|sind|sont|son|são"
_SEPARATOR = re.compile(
    r"[ \t]*(?:[:=：→]|->|=>)[ \t]*|[ \t]+[-–—][ \t]+|[ \t]+(?:" + _COPULAS + r")(?![\w])[ \t]*:?[ \t]*",
    re.IGNORECASE)
_DASHES = frozenset("-–—")
_STRUCTURE = frozenset("\"'`{}[]<>|")
_ELISION = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")  # "d'accueil", "l'ufficio": a word's apostrophe, no quote
_PREPOSITIONS = frozenset({"to", "til", "till"})  # copulas after a verb ("changed to"), prepositions after a noun
_ADJACENT = re.compile(r"[ \t]+")
_OPENING_QUOTES = "\"'`“‘«„"
_CLOSING = "\"'`”’»“.,;:?)]}*،؛"  # (Arabic script's comma and semicolon too)
# Words between a label and a separator that make the slot another attribute's: "password hash: bcrypt",
# "password policy = strict", "password manager: bitwarden".
_OTHER_ATTRIBUTES = frozenset(term_list("password_slot_other_attributes"))
_WORD = re.compile(r"[^\W\d_]+")
# A word of a language in the slot is prose ("the password is wrong"); a person's pick is rarely one.
_LANGUAGE_WORD_ZIPF = 1.5  # (a participle after a copula, "gemaskeerd", is rare but listed; `dubovaprkna` is not)
_SLOT_LANGUAGES = FUNCTION_WORD_LANGUAGES + ("da", "nb", "fi", "cs", "sk", "sl", "ro", "tr", "hu", "id", "ca")
_LOWER_LETTERS = re.compile(r"[^\W\d_A-Z]{3,}(?:-[^\W\d_A-Z]{2,})*")
_DOTTED_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W_]+)+")
_NUMBER = re.compile(r"[\d\s.,:/#*+-]+")
_PIN_WORDS = frozenset({"pin", "puk", "pincode", "pinkode", "passcode"})
_CODE = re.compile(r"[#*]?(?!(\d)\1+[#*]?$)\d{4,12}[#*]?")  # (`0000` is a default or a mask)
_SPELLED_CODE = re.compile(r"\d(?: \d){3,9}(?! ?\d)|\d(?:-\d){3,9}(?!-?\d)")  # "4 4 2 5", "4-4-2-5": read out digit by digit
_DATE_OR_DECIMAL_GOES_ON = re.compile(r"[.,:/\-]\d")


def password_slot_spans(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """PASSWORD spans in the value slots of password and PIN labels of `text` (`lowered`: its lower-cased copy,
    same length); `taken`: regions already found (sorted), which are left alone."""
    if len(lowered) != len(text):
        return
    done: set[int] = set()
    for end_index, (label, names_a_code) in _label_hits(lowered):
        start = end_index - len(label) + 1
        end = _label_end(text, lowered, start, end_index + 1, label, names_a_code)
        if end is None or end in done:
            continue
        in_a_key = start > 0 and (lowered[start - 1] in "_-" or lowered[start - 1].isalnum())
        if names_a_code and not in_a_key and names_another_code(lowered, start, label):
            continue  # "error code", "código postal", "pin the version"
        done.add(end)
        short = len(label) <= _SHORT_LABEL and not _UNSPACED.match(label) and not names_a_code
        span = _slot_value(text, end, short, numbers_only=names_a_code)
        if span is not None and not overlaps_a_region(taken, span[0], span[1]):
            yield Span(span[0], span[1], KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def names_a_password(lowered: str) -> bool:
    """Whether a lower-cased text holds a password label anywhere (a word of it, or a label in a script written
    without spaces)."""
    last = _last_label_hits
    for end_index, (label, names_a_code) in last[1] if last[0] is lowered else _AUTOMATON.iter(lowered):
        start = end_index - len(label) + 1
        if names_a_code:
            continue
        word_ends = end_index + 1 == len(lowered) or not lowered[end_index + 1].isalpha()
        if _UNSPACED.match(label) or start == 0 or not lowered[start - 1].isalpha() or (
                word_ends and len(label) >= _STEM_LENGTH):
            return True  # (a compound ends in its head: `Routerpasswort`, `chpasswd`)
    return False


def password_label_spans(lowered: str) -> list[tuple[int, int]]:
    """[start, end) of every password label (no code's) in a lower-cased text, whatever stands around it: a superset
    of the labels `names_a_password` counts, for a caller that wants where they are (password_lists.py)."""
    return [(end_index - len(label) + 1, end_index + 1)
            for end_index, (label, names_a_code) in _label_hits(lowered) if not names_a_code]


# The label automaton's hits in the last lower-cased text read whole: the slots, the secrets detector's gate on
# password lists and the lists' anchors all ask of the same text, and a pass costs ~12 us per KB. (One tuple,
# replaced whole: a thread reads either text's hits, each checked against its own text by identity.)
_last_label_hits: tuple[str | None, list[tuple[int, tuple[str, bool]]]] = (None, [])


def _label_hits(lowered: str) -> list[tuple[int, tuple[str, bool]]]:
    """`_AUTOMATON.iter(lowered)` as a list, in its order (remembered for the last text)."""
    global _last_label_hits
    last = _last_label_hits
    if last[0] is lowered:
        return last[1]
    hits = list(_AUTOMATON.iter(lowered))
    _last_label_hits = (lowered, hits)
    return hits


def _label_end(text: str, lowered: str, start: int, end: int, label: str, names_a_code: bool) -> int | None:
    """Where the label word found at [start, end) ends (its inflection included), or None when it is part of
    another word. The last part of a key (`exit_pin`, `wifi-psk`, `doorPin`) is a label of the key's slot."""
    if _UNSPACED.match(label):
        return end
    word_ends = end == len(lowered) or not lowered[end].isalnum()
    if start > 0 and lowered[start - 1].isalpha() and word_ends and len(label) >= _STEM_LENGTH and not names_a_code:
        return end  # a compound ends in its head: `Routerpasswort`, `WLANpasswort`, `adminpassword`
    if start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] in "_-"):
        camel = text[start].isupper() and text[start - 1].islower()
        if not (camel or lowered[start - 1] in "_-") or (end < len(text) and lowered[end].isalnum()):
            return None  # `mypassword`, `pinned`, `bypass`: inside another word
        if names_a_code and label not in _PIN_WORDS:
            return None  # `status_code`, `zip_code`, `exit_code`: the codes of keys are mostly not secrets
        return end
    tail = end
    if text.startswith("-", tail) and tail + 1 < len(text) and lowered[tail + 1].isalpha():
        tail += 1  # "PIN-ul", "PIN-en": an ending after a hyphen
    while tail < len(lowered) and lowered[tail].isalpha():
        tail += 1
    if tail == end:
        return end
    if len(label) < _STEM_LENGTH and text[end] != "-" or " " in label or tail - end > _INFLECTION_LETTERS + 1:
        return None
    return tail


def _slot_value(text: str, label_end: int, short: bool, numbers_only: bool) -> tuple[int, int] | None:
    """The first value in the slot after a label ending at `label_end`: (start, end) or None."""
    clause_end = _CLAUSE_END.search(text, label_end, label_end + _REACH)
    limit = clause_end.start() if clause_end else min(len(text), label_end + _REACH)
    if clause_end is None and limit < len(text) and text[limit].isalnum():
        limit = max(label_end, text.rfind(" ", label_end, limit))  # the reach ends between words, not inside one
    adjacent = _ADJACENT.match(text, label_end, limit)
    if adjacent is not None and not short and not numbers_only:
        grouped = _grouped_value(text, adjacent.end(), limit)
        if grouped:
            return grouped
    if adjacent is not None and not short:
        value = _value_at(text, adjacent.end(), limit)
        value = value and _held(text, value, numbers_only, _shaped_like_a_password)
        if value:
            return value
        value = _after_one_qualifier(text, adjacent.end(), limit, numbers_only)
        if value:
            return value
    position = label_end
    while position < limit:
        separator = _SEPARATOR.search(text, position, limit)
        if separator is None:
            return None
        gap = text[label_end:separator.start()].lower()
        if any(word in _OTHER_ATTRIBUTES for word in _WORD.findall(gap)):
            return None
        if any(c in _STRUCTURE for c in _ELISION.sub("", gap.lstrip("\"'`"))):
            return None  # `"password": "x", "port": 1433`: a later separator is another key's
        if short and separator.start() != label_end:
            return None  # `pw: x` names the slot; `pw` words away from a separator is another word's
        if separator.end() == limit and text.startswith("\n", limit) and separator.group().strip() == ":":
            # "Activation password set on install:\n   allot-ment-cam": the value alone on the next line
            value = _value_alone_on_next_line(text, limit, numbers_only)
            return value and _held(text, value, numbers_only, _fills_a_line_of_its_own)
        if separator.start() <= label_end + 1 and separator.group().strip() in ("=", ":") and not numbers_only:
            # `wifi_psk = "peat smoke and sherry"`: a key's quoted value is one value, spaces and all
            phrase = _quoted_passphrase(text, separator.end())
            if phrase is not None:
                return phrase
        if separator.start() == label_end and separator.group().strip().lower() in _PREPOSITIONS:
            position = separator.end()
            continue  # "Adgangskoden til journalsystemet", "password to the portal": what it opens, not its value
        value_start = _after_adverbs(text, separator.end(), limit)
        grouped = None if value_start is None or numbers_only else _grouped_value(text, value_start, limit)
        if grouped:
            return grouped
        value = None if value_start is None else _value_at(text, value_start, limit)
        # a dash also sets off an aside ("enter your password - kubectl will prompt"): only a password's shape
        fills = _shaped_like_a_password if separator.group().strip() in _DASHES else fills_a_password_slot
        value = value and _held(text, value, numbers_only, fills)
        if value:
            return value
        if separator.start() <= label_end + 1 and separator.group().strip() in ("=", ":"):
            return None  # `POSTGRES_PASSWORD=postgres -p 5432:5432`: the key's own value was its slot
        position = max(separator.end(), position + 1)
    return None


# One word of letters between a label and its value: languages that put the owner after the noun ("קוד אזעקה 2580",
# "ПИН карты 8669", "كلمة مرور القاعدة X", "mật khẩu wifi X") name what the code or password opens there.
_QUALIFIER = re.compile(r"([^\W\d_]+)[ \t]+")
_SHORT_CODE = re.compile(r"(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$)\d{4,8}")


def _after_one_qualifier(text: str, start: int, limit: int, numbers_only: bool) -> tuple[int, int] | None:
    """The value after one qualifying word right after a label (`start`: that word's start): a code after a code
    label when the word is in a script other than Latin (English "code review 2024" names no code), a value with a
    password's shape and a digit after a password label; None otherwise."""
    qualifier = _QUALIFIER.match(text, start, limit)
    if qualifier is None or qualifier.group(1).lower() in _OTHER_ATTRIBUTES:
        return None
    if numbers_only and qualifier.group(1).isascii():
        return None
    value = _value_at(text, qualifier.end(), limit)
    if value is None:
        return None
    word = text[value[0]:value[1]]
    if numbers_only:  # a PIN, an alarm's or a verification code: 4-8 digits, no date written as digits
        return _held(text, value, True, _shaped_like_a_password) if _SHORT_CODE.fullmatch(word) else None
    return value if any(c.isdigit() for c in word) and _shaped_like_a_password(word) else None


def _held(text: str, value: tuple[int, int], numbers_only: bool, fills: Callable[[str], bool]
          ) -> tuple[int, int] | None:
    """The value the slot holds at `value` (start, end), or None: a code (4-12 digits, perhaps read out digit by
    digit) that goes on as no date, decimal, time or measure; or, after a password label, a value `fills` accepts."""
    start, end = value
    spelled = _SPELLED_CODE.match(text, start)
    if spelled is not None or _CODE.fullmatch(text, start, end):
        stop = spelled.end() if spelled is not None else end
        if _DATE_OR_DECIMAL_GOES_ON.match(text, stop) or _UNIT_AFTER.match(text, stop):
            return None
        return start, stop
    return None if numbers_only or not fills(text[start:end]) else value


def _value_alone_on_next_line(text: str, line_break: int, numbers_only: bool) -> tuple[int, int] | None:
    """The value that is the whole next line (one blank line allowed) after a label line ending in ":". The line
    delimits the value as quotes do, so it may be a passphrase of words ("Schlüssel:\nHobel Span Leim 2026")."""
    line_start = line_break + 1
    if text.startswith("\n", line_start):
        line_start += 1  # one blank line between a label and its value
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    stripped = line.strip().strip(_OPENING_QUOTES + _CLOSING)
    if not stripped:
        return None
    start = text.index(stripped, line_start)
    if any(c.isspace() for c in stripped):
        return None if numbers_only or _SPELLED_CODE.fullmatch(stripped) else _line_passphrase(stripped, start)
    return start, start + len(stripped)


# A separator inside the line makes it a key and its value (a line of a list under the label), not one phrase.
_PAIR_SEPARATOR = re.compile(r"[→⇒:=|\t—–]|\s-\s|->|=>")


def _line_passphrase(line: str, start: int) -> tuple[int, int] | None:
    """A line of two to six words that are no sentence (no word of a sentence about a password, no label, no
    sentence end) and not all words of a language spelled as prose: a passphrase written on its own line."""
    words = line.split()
    if not _PASSPHRASE_WORDS[0] <= len(words) <= _PASSPHRASE_WORDS[1] or line[-1] in ".?!:":
        return None
    if _PAIR_SEPARATOR.search(line):
        return None  # "Amazon — marigold77", "library → Tulip-Garden-82": a list's key and value, the list rules' line
    lowered = [word.lower() for word in words]
    if any(word in _PROSE_WORDS or word in _LABELS or _is_something_else(word) and not word.isdigit()
           for word in lowered):
        return None
    if not any(c.isdigit() or c in "!#$%&*+@" for c in line) and words[0][0].isupper() and all(
            word.islower() for word in words[1:]):
        return None  # "Ask the front desk": a capitalised clause, not a phrase someone picked
    return start, start + len(line)


def _fills_a_line_of_its_own(value: str) -> bool:
    """A value alone on the line under a password label: the line says where it ends, so beside what any slot holds
    (`fills_a_password_slot`) it is any token of four or more characters that is nothing else by its form and no
    word of a language (`allot-ment-cam`, `Kx7#q`), or the passphrase `_line_passphrase` accepted."""
    if " " in value or fills_a_password_slot(value):
        return True
    return (4 <= len(value) <= 64 and not _is_something_else(value) and not looks_like_code_reference(value)
            and not _is_language_word(value.lower()) and value.lower() not in public_package_words())


_ADVERB = re.compile(r"([^\W\d_]{1,5})[ \t]+")
_ADVERB_ZIPF = 5.0
# An article after a copula opens a noun phrase: "is the same", "er det samme", "est le mot": prose, no value.
_ARTICLES = frozenset(term_list("password_slot_articles"))


def _after_adverbs(text: str, start: int, limit: int) -> int | None:
    """Past one frequent short word after a copula ("is now X", "er nå X", "on nyt X", "ist jetzt X"); None when
    an article opens a noun phrase there."""
    word = _ADVERB.match(text, start, limit)
    if word is None:
        return start
    lowered = word.group(1).lower()
    if lowered in _ARTICLES:
        return None
    return word.end() if frequent_in_any(lowered, _SLOT_LANGUAGES, _ADVERB_ZIPF) else start


_QUOTED = re.compile(r"[\"'“‘«„](?P<phrase>[^\"'“”‘’«»„\n]{3,64})[\"'”’»“]")
# Words of a sentence about a password, which a passphrase does not hold ("Enter your password", "must be set").
_PROSE_WORDS = (frozenset(term_list("passphrase_function_words")) | frozenset(term_list("password_slot_prose_words"))
                | frozenset(term_list("sentence_stopwords")) - {"and", "the", "of", "on", "in", "at", "a"})
_PASSPHRASE_WORDS = (2, 6)


def _quoted_passphrase(text: str, start: int) -> tuple[int, int] | None:
    """The quoted words right after a key's separator, when they are a passphrase: two to six words, none a word
    of a sentence about a password nor a label (`"Enter your password"` is a form's text)."""
    quoted = _QUOTED.match(text, start)
    if quoted is None:
        return None
    words = quoted.group("phrase").split()
    if not _PASSPHRASE_WORDS[0] <= len(words) <= _PASSPHRASE_WORDS[1]:
        return None
    lowered = [word.lower().strip(".,;:!?") for word in words]
    if any(word in _PROSE_WORDS or word in _LABELS or _is_something_else(word) and not word.isdigit()
           for word in lowered):
        return None
    return quoted.span("phrase")


# A generated password handed out in groups of one length (an application password "7B4D 6QQP 1PAJ 4JUV", an
# app-specific password "hkrt-wqpz-mnbv-lcxa"): the groups are one value, not a word and the words after it.
_GROUPS = re.compile(r"(?P<first>[A-Za-z0-9]{3,6})(?:[ -](?P<next>[A-Za-z0-9]{3,6})){2,7}(?![\w@.-]|[ -][A-Za-z0-9])")


def _grouped_value(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """Three to eight groups of one length (3-6 letters or digits) at `start`, one separator between them, with
    letters and digits mixed or in capitals (a number in groups is a phone's or a card's, words are prose)."""
    if start < limit and text[start] in _OPENING_QUOTES:
        start += 1
    run = _GROUPS.match(text, start, limit)
    if run is None:
        return None
    value = run.group()
    groups = re.split(r"[ -]", value)
    if len({len(group) for group in groups}) != 1 or len({c for c in value if not c.isalnum()}) != 1:
        return None  # groups of one length, one kind of separator
    digits = any(c.isdigit() for c in value)
    letters = any(c.isalpha() for c in value)
    if not letters or not (digits or value.replace(" ", "").replace("-", "").isupper()):
        return None
    if digits and not all(any(c.isalpha() for c in group) or group.isdigit() for group in groups):
        return None
    return run.span()


def _value_at(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The one word (or quoted word) starting at `start`, without its quotes and closing punctuation."""
    if start < limit and text[start] in _OPENING_QUOTES:
        start += 1
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    value_end = end
    while value_end > start and text[value_end - 1] in _CLOSING:
        value_end -= 1
    if text.startswith("!", value_end) and any(c.isdigit() for c in text[start:value_end]):
        value_end += 1  # "Kalina2026!": people end passwords with "!"
    if value_end <= start:
        return None
    return start, value_end


def _is_something_else(value: str) -> bool:
    lowered = value.lower()
    if lowered in _LABELS or any(lowered.startswith(label) for label in _LABELS if len(label) >= _STEM_LENGTH):
        return True  # `password=password`, "the password is password-protected"
    if _NUMBER.fullmatch(value):
        return True  # numbers: the PIN rules read them with their own cues
    return bool(names_something_else(value) or EMAIL_VALUE.match(value) or URL_VALUE.match(value)
                or looks_like_path(value) or is_placeholder_value(value) or is_masked(value)
                or any(c in "=/\\(){}[]<>|$" for c in value))


def _shaped_like_a_password(value: str) -> bool:
    """A value that is a password by its own form: letters with a digit or a symbol (`is_password_word`), words
    joined by dots with a digit (`Doina.Prut1975`), lower-case words joined by hyphens (`lipa-recepce`)."""
    if not 6 <= len(value) <= 64 or _is_something_else(value):
        return False
    if is_password_word(value):
        return True
    if _DOTTED_WORDS.fullmatch(value) and any(c.isdigit() for c in value) and value[0].isupper():
        return True  # a capital starts a name, not a module path: `Doina.Prut1975`, not `os.path2`
    return "-" in value and _LOWER_LETTERS.fullmatch(value) is not None and _is_passphrase_of_words(value)


def shaped_like_a_password(value: str) -> bool:
    """A value that is a password by its own form (`Pelican4410`, `Doina.Prut1975`, `lipa-recepce`)."""
    return _shaped_like_a_password(value)


def fills_a_password_slot(value: str) -> bool:
    """A value that a password slot holds: a password's shape, or a lower-case word that is no word of a language."""
    if _shaped_like_a_password(value):
        return True
    if not 6 <= len(value) <= 64 or _is_something_else(value) or looks_like_code_reference(value):
        return False
    if _LOWER_LETTERS.fullmatch(value) is None or "-" in value:
        return False  # (lower-case words joined by hyphens were judged as a password's shape above)
    return not _is_language_word(value) and value not in public_package_words()  # "password: bcrypt": the library


# The parts of a machine's or a job's name (`redis-primary`, `read-only`, `us-east`): words of a language too.
_RESOURCE_PARTS = (frozenset(term_list("host_roles")) | frozenset(term_list("host_environments"))
                   | frozenset(term_list("password_sentence_resource_words")))
_PASSPHRASE_WORD_ZIPF = 1.5
_HYPHENATED_WORD_ZIPF = 4.0


def _is_passphrase_of_words(value: str) -> bool:
    """Words of a language joined by hyphens, the whole no word itself, no part naming a machine's role or a
    package: `moonlight-ledger`, `lipa-recepce`; not `follow-up`, `redis-primary`, `read-only`."""
    if _is_language_word(value):
        return False
    parts = value.split("-")
    packages = public_package_words()
    return all(len(part) >= 4 and part not in _RESOURCE_PARTS and part not in packages
               and frequent_in_any(part, _SLOT_LANGUAGES, _PASSPHRASE_WORD_ZIPF) for part in parts)


def _is_language_word(value: str) -> bool:
    parts = value.split("-")
    if len(parts) > 1:
        # "follow-up", "wi-fi" are words; "moonlight-ledger" is two words nobody writes together
        # (wordfreq scores a hyphenated pair of words by its parts: a compound of the language scores above 4.5)
        # ("hard-coded" is also written "hardcoded": a word; "holiday-snaps" is never written "holidaysnaps")
        return (zipf_frequency(value, "en") >= _HYPHENATED_WORD_ZIPF or all(len(part) <= 2 for part in parts)
                or frequent_in_any("".join(parts), _SLOT_LANGUAGES, _LANGUAGE_WORD_ZIPF))
    return frequent_in_any(value, _SLOT_LANGUAGES, _LANGUAGE_WORD_ZIPF)
