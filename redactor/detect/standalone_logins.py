"""Logins standing alone, without a cue: a word built like a person's login out of a name (round 10).

"sam.ortiz3 says the build broke", "Could you unlock rpatel-dev?", "Ravi (rpatel-dev) is on leave",
"| 2024-05-01 | kt_vance | login failed |": people name colleagues by their logins with no label and in no slot
the cue rules read. The word's build says it: lower case, parts joined by "." "_" "-" or a number after letters,
with a part that is a person's name (a census surname or a first name of some country, no English word; or an
initial and a surname, `rpatel`) and every other part a name, an initial or two, a number, or a login's usual tag
(`dev`, `adm`, `ext`, `old` ...). Code names (`self.price`, `react-dom`, `max_len`), file and host names, versions
and digests are none of these. Doubtful: redacted on the wire, not reported by an audit.

Round 14: quotes, brackets and "=" separate words too, so a login glued to its key in compact JSON, logs and markup
(`{"actor":"wchen"}`, `by=tnguyen`, `<owner>mtorres</owner>`) is a word; and an initial with a surname that is also
a word ("wbrooks", "pmorales", "jking") counts as the whole value of a field only ("assigned: wbrooks", a cell, a
quoted value, a line of its own, a chat speaker), never inside a sentence. Both doubtful.

Round 16: a part that is in no name list but no word of any ticket language either (Zipf < 3 in each: names are
written, words are written more; with a vowel; no tech term or tagged word) counts as a name when the login is joined
by "." or "_" ("oyelaran.k", "svitlana_kh", "t.wojtyniak"); a 2-3 letter part before "." is a module alias there
("np.linalg"), and hyphenated words are left. Doubtful.

The text is split into words once (str.split, C speed); each distinct candidate is judged once and then found with
one literal-led regex: linear in the text.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import chain
from typing import Iterator

from redactor.detect import term_lists
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, needs_marks
from redactor.detect.login_code_paths import reads_as_code_path
from redactor.detect.function_words import is_function_word
from redactor.detect.word_frequencies import frequent_in_any
from redactor.detect.name_parts import (english_zipf, frequent_in_other_languages, is_common_word, is_ordinary_word,
                                        reads_as_initial_and_surname)

_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2}")
_STRIP = "\"'`()[]{}<>,;:!?*|=~“”‘’«»„‹›"
# Tags a login carries besides its owner's name: rpatel-dev, jdoe_adm, kt.vance-ext.
_LOGIN_TAGS = frozenset("dev adm admin ops test old new ext work wrk home sec priv alt bak tmp contractor intern sa da"
                        .split())
_NOT_LOGIN_ENDINGS = frozenset(
    """py js ts tsx jsx txt csv tsv json log md rst yaml yml toml ini cfg conf sh bash ps1 html htm css go rs java
    kt c h cc cpp hpp rb php pl swift sql xml png jpg jpeg gif svg pdf zip gz tgz tar bz2 xz exe dll so lock env
    com org net io dev app ai co uk de fr eu local internal lan corp cloud svc""".split())
_HEX = re.compile(r"[0-9a-f._-]+")
_MAX_CANDIDATES = 64
# (Compiled once: asked of every new word with a joiner.)
_JOINERS = re.compile(r"[._-]")
_VERSION = re.compile(r"v?\d+(?:[._-]\d+)*")
_LETTER_RUNS = re.compile(r"[a-z]+")
_SEPARATORS = str.maketrans({char: " " for char in ',|;"=()[]{}<>`\''})



@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_standalone_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each login-built word standing alone (see the module doc)."""
    # Table and list separators read as spaces: "Patel,ravi@x.io,rpatel-dev,Seattle" holds the word "rpatel-dev";
    # so do the quotes, brackets and "=" of compact JSON, logs and markup (`{"actor":"wchen"}`, `by=tnguyen`,
    # `<owner>mtorres</owner>`), which glue a value to its key with no space (one C pass, str.translate).
    tokens = text.translate(_SEPARATORS).split()
    words = set(tokens)
    # (filtered in C: most words are plain words, numbers or capitalised; each word's verdict is remembered)
    lower = list(filter(str.islower, words))
    candidates = list(chain.from_iterable(map(_candidates_of_word, lower)))
    for core in sorted(candidates)[:_MAX_CANDIDATES]:
        if core.startswith(_IN_A_FIELD):
            yield from _whole_values(text, core[len(_IN_A_FIELD):])
        else:
            yield from _whole_words(text, core)
    # Round 15: a word of no language written twice or more, whole, in one text (see _repeated_word).
    # (counted in C, each word's shape remembered: no Python loop over the words; only the cores written twice are
    # judged, so wordfreq is asked about few words)
    written = Counter(filter(None, map(_repeated_shape, filter(str.islower, tokens))))
    named = set(candidates)
    repeated = sorted(core for core, times in written.items()
                      if times >= _REPEATED_MIN and core not in named and _repeated_word(core))
    for core in repeated[:_MAX_REPEATED]:
        yield from _repeated_whole_words(text, core)


@functools.lru_cache(maxsize=65536)  # a conversation's vocabulary recurs from text to text
def _candidates_of_word(word: str) -> tuple[str, ...]:
    """The login-built core of a lower-case `word` (0, 1 or 2 of them: the two readings below strip it in a
    different order)."""
    found: tuple[str, ...] = ()
    if not word.isalpha() and len(word) >= 5 and (word[:1].isalpha() or word[:1] in _STRIP):
        core = word.strip(_STRIP)
        if core.endswith(("'s", "’s")):
            core = core[:-2]
        core = core.rstrip(".")
        if 5 <= len(core) <= 32 and not core.isalpha() and _login_built_of_a_name(core) and not (
                "." in core and reads_as_code_path(core)):  # `sns.heatmap`: a code path (login_code_paths.py)
            found = (core,)
    # An initial and a surname written as one lower-case word ("mtorres", "ejohansson."): how companies make logins.
    core = word if word.isalpha() else word.strip(_STRIP).rstrip(".")
    if core.endswith(("'s", "’s")):
        core = core[:-2]
    if 5 <= len(core) <= 18 and core.isalpha():
        if _initial_and_surname(core):  # "wchen", "tnguyen"
            found += (core,)
        elif _initial_and_word_surname(core):  # "wbrooks", "pmorales": only as a field's whole value
            found += (_IN_A_FIELD + core,)
    return found


def _whole_words(text: str, core: str) -> Iterator[tuple[int, int, float]]:
    at = text.find(core)
    while at != -1:
        end = at + len(core)
        before = text[at - 1] if at else " "
        after = text[end:end + 2]
        # A whole word: no path, address, attribute chain or call around it. Quotes and backticks around it are
        # how people write a login in tickets, SQL, CSV and chat (`mtorres`, 'r.okafor', "sam.ortiz3"): round 11
        # refused them for a word-of-no-language rule since dropped, and two blind10 logins leaked again.
        # (At the end of the text `after` is empty, and "" is in every string: a login ending a short line, a
        # labelled value or a chat message was never found until round 13.)
        if not (before.isalnum() or before in "_.@/\\$#:-") and not (
                after[:1].isalnum() or (after and after[0] in "_@/\\(=-") or after[:1] == "." and after[1:2].isalnum()):
            yield at, end, DOUBTFUL_SCORE
        at = text.find(core, end)


# Round 15: a login no rule reads (no cue, no name in any list: "sunwoo", "dvornik", "achebe-dev") is still written
# more than once in the text that talks about its owner, and always in lower case. A lower-case word of letters
# (parts joined by "." "_" "-") that no language people write in uses as a word, no tech term or code keyword, written
# whole at least twice, and never as code (an attribute, a call, a module path, a flag), is a doubtful login.
# Words with digits are left (hosts, pods, builds: "web01", "api-7d9f").
_MAX_REPEATED = 24
_REPEATED_MIN = 2
_LETTERS_TOKEN = re.compile(r"[a-z]{2,}(?:[._-][a-z]+){0,2}")
_TAGGED_WORD_ZIPF = 4.0
# A word English text never writes (no name in any list either): "okwuosa", "zyablov", "dvornik". wordfreq counts
# names as written too (a surname is at Zipf 1.5-3: "wexler" 2.7), so a name of a list passes below _ENGLISH_WORD_ZIPF; other languages are not asked (each costs ~0.15 s to load at the first request; most of their
# words carry accents the login shape refuses, or English text writes them too).
_NO_ENGLISH_ZIPF = 1.0
# Any word English writes once in a million words (Zipf 3) is a word, even a name of a list ("jennings", "castle").
_ENGLISH_WORD_ZIPF = 3.0
# Round 20: a word another language people write in uses once in a million words (Zipf 3) is that language's word,
# written twice because the text talks about it ("el pedido ... el pedido", "sunucu ... sunucu"): no login. Names of
# no list are rarer than that in every language (see _NO_LANGUAGE_ZIPF); listed names are judged by English alone.
_OTHER_LANGUAGE_WORD_ZIPF = 3.0
# Round 38: the Latin-script languages wordfreq lists (the ticket languages and those they miss: Czech, Slovak,
# Polish, the Nordic ones, Romanian, Hungarian ...), and how often a word of a name list must be written in one of
# them to be read as that language's word first (function words: "hasta" 6.1, "oder" 6.5, "nebo" 5.9; a surname that
# is a rare word stays below: "kowal" 3.4). Not Turkish, Indonesian or Malay: their given names are mostly ordinary
# words ("kemal", "yana"), and a login built of one ("araman") is a word there too.
_LATIN_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "sk", "sl", "da", "nb",
                         "fi", "ro", "hu", "ca", "lt", "lv", "sh")



def _spelled_digit(word: str) -> bool:
    from redactor.detect.spoken_values import digit_words

    return word in digit_words()
# Endings of English derived words a program or a tool is named with ("tokenizers", "serializable", "linting"), and
# adverbs, which wordfreq often lacks ("adversarially", "idempotently": Zipf 0).
_WORD_ENDINGS = ("izer", "izers", "iser", "isers", "ization", "isation", "able", "ness", "ment", "ments", "tion",
                 "tions", "ing", "ings", "ify", "ism", "ist", "ists", "ly")
# A word the same text also writes inflected ("dedup" beside "deduped", "dedupeByFile"; "worktree" beside
# "worktrees") belongs to the text's own language, even one wordfreq lacks: a login is never conjugated.
_INFLECTION = re.compile(r"(?:e?s|e?d|ing|e?r|e)(?![a-z])")


@functools.lru_cache(maxsize=65536)
def _repeated_shape(word: str) -> str:
    """The core of a lower-case `word` shaped like a login of letters ("" if none): cheap, asked of every word."""
    core = word.strip(_STRIP)
    if core.endswith(("'s", "’s")):
        core = core[:-2]
    core = core.rstrip(".")
    if not 4 <= len(core) <= 32 or _LETTERS_TOKEN.fullmatch(core) is None:
        return ""
    return core


@functools.lru_cache(maxsize=65536)
def _repeated_word(core: str) -> bool:
    """Whether `core`, written twice, is a login: no part a word of any language, a tech term, a compound or a
    word with a tool's tag. Asked only of the cores written twice; wordfreq's other languages last."""
    pieces = _JOINERS.split(core)
    if len(pieces) > 1 and pieces[-1] in _NOT_LOGIN_ENDINGS and "." in core:
        return False
    tech, keywords = term_lists.term_list("tech_terms"), term_lists.term_list("code_keywords")
    judged = []
    for piece in pieces:
        if len(pieces) > 1 and (piece in _LOGIN_TAGS or len(piece) <= 2):
            continue  # "achebe-dev", "kt.vance"
        if len(piece) < 3 or piece in tech or piece in keywords or is_common_word(piece) \
                or english_zipf(piece) >= _ENGLISH_WORD_ZIPF:
            return False
        named = piece in term_lists.surnames() or piece in term_lists.world_first_names()
        if not named and (english_zipf(piece) >= _NO_ENGLISH_ZIPF or is_ordinary_word(piece)
                          or piece.endswith(_WORD_ENDINGS)):
            return False  # a rare English word or a compound ("paralegal", "storefront", "cardholder", "auth")
        if not named and frequent_in_other_languages(piece, _OTHER_LANGUAGE_WORD_ZIPF):
            return False  # round 20: a word of the text's own language ("pedido", "jutro", "sunucu", "fakturan")
        if named and is_function_word(piece, names_are_words=False) and not _spelled_digit(piece):
            return False  # round 38: "hasta", "oder", "nebo": a name of some list, but first a function word of a
            # language (spaCy's stop words), written twice because the text is in it; a spelled digit ("sieben",
            # "null") stays: spoken numbers are read out word by word
        if _a_word_with_a_tag(piece):
            return False
        judged.append(piece)
    if core in tech or core in keywords or (len(pieces) > 1 and (is_common_word(core) or is_ordinary_word(core))):
        return False
    return True


def _a_word_with_a_tag(word: str) -> bool:
    """A common word with up to three letters before or after it: a type, a setting, a tool or a daemon ("ushort",
    "kmeans", "xhigh", "ledgerd", "fooctl", "pyspark"), which a program writes as often as a login is written."""
    if word.endswith(("ctl", "cli", "bot", "sdk", "svc", "srv")):
        return True
    for cut in (1, 2, 3):
        if len(word) - cut < 4:
            break
        head, tail = word[:-cut], word[cut:]
        if (is_common_word(tail) and english_zipf(tail) >= _TAGGED_WORD_ZIPF) or is_common_word(head) \
                or head in term_lists.term_list("tech_terms") or tail in term_lists.term_list("tech_terms"):
            return True
    return False


def _repeated_whole_words(text: str, core: str) -> Iterator[tuple[int, int, float]]:
    """The whole-word occurrences of `core` when there are at least two and none is code: after "." or "-" (an
    attribute, a flag), before "(" or ".x" (a call, an attribute chain), after "import"/"from"; and none is the
    word inflected ("deduped", "worktrees")."""
    occurrences = []
    at = text.find(core)
    while at != -1:
        end = at + len(core)
        before = text[at - 1] if at else " "
        after = text[end:end + 2]
        if before.isalnum() or before == "_" or after[:1].isalnum() or after[:1] == "_":
            if not before.isalnum() and _INFLECTION.match(text, end):
                return  # the word inflected: a word of the text's language
        elif before in ".-" or after[:1] == "(" or (after[:1] in ".:" and after[1:2].isalnum()) \
                or text[max(0, at - 7):at].rstrip().endswith(("import", "from")):
            return  # written as code somewhere: a module, an attribute, a flag, a call, a key path
        elif not (before in "@/\\$#" or after[:1] in "@/\\="):
            occurrences.append((at, end))
        if len(occurrences) > 200:
            break
        at = text.find(core, end)
    if len(occurrences) >= _REPEATED_MIN:
        for at, end in occurrences:
            yield at, end, DOUBTFUL_SCORE


# A candidate that counts only as the whole value of a field (the marker sorts it among the others).
_IN_A_FIELD = "\x00"
# What stands before and after a field's whole value on its line: a label's ":" or "=", a cell's separator, a quote,
# a bracket; or the line's edge (a login alone on its line, a chat speaker "wbrooks: ...").
_FIELD_BEFORE = frozenset(':=|,;"\'`\t([>')
_FIELD_AFTER = frozenset('"\'`,;|)]<:')


def _whole_values(text: str, core: str) -> Iterator[tuple[int, int, float]]:
    """Occurrences of `core` that are the whole value of a field: "assigned: wbrooks", `"by":"pmorales"`,
    `| wbrooks |`, a line of its own. In a sentence such a word may be a code or a typo; in a field, a login."""
    for at, end, score in _whole_words(text, core):
        line_start = text.rfind("\n", 0, at) + 1
        before = text[max(line_start, at - 40):at].rstrip(" \t")
        if before and before[-1] not in _FIELD_BEFORE:
            continue
        line_end = text.find("\n", end)
        after = text[end:line_end if line_end >= 0 else len(text)][:40].lstrip(" \t")
        if after and after[0] not in _FIELD_AFTER:
            continue
        yield at, end, score


@functools.lru_cache(maxsize=65536)
def _initial_and_word_surname(word: str) -> bool:
    """An initial and a census surname that is also a word ("wbrooks", "pmorales", "jking", "aprice"), the whole no
    word of any ticket language, no name, no tech term."""
    surname = word[1:]
    if len(word) < 5 or surname not in term_lists.surnames() or not is_common_word(surname):
        return False
    if english_zipf(surname) >= _MOSTLY_A_WORD_ZIPF:
        return False  # "high", "white", "young": a letter before so common a word makes a setting ("xhigh"), no login
    if is_ordinary_word(word) or is_common_word(word) or word in term_lists.world_first_names() \
            or word in term_lists.surnames():
        return False
    if word in term_lists.term_list("tech_terms") or word in term_lists.term_list("code_keywords"):
        return False
    return _no_word_of_ticket_languages(word)


@functools.lru_cache(maxsize=65536)
def _initial_and_surname(word: str) -> bool:
    """A one-letter initial and a census surname of four letters or more, the whole no word, name or term of
    English or of the languages people write tickets in (wordfreq: "egress", "barista", "abandon" are words)."""
    if len(word) < 5 or word[1:] not in term_lists.surnames() or not reads_as_initial_and_surname(word):
        return False
    if is_common_word(word[1:]):
        return False
    if frequent_in_any(word, _LATIN_WORD_LANGUAGES, _OTHER_LANGUAGE_WORD_ZIPF):
        return False  # round 38: "zwykle", "deska", "bardzo": a common word of a language the ticket languages miss
    return _no_word_of_ticket_languages(word)


def _no_word_of_ticket_languages(word: str) -> bool:
    """Whether no language people write tickets in uses `word` as a word (wordfreq: "egress", "barista")."""
    from redactor.detect.word_frequencies import frequent_in_any

    return not frequent_in_any(word, _WORD_LANGUAGES, 1.0)


_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
# A surname English uses this often as a word (Zipf 5: ten times a million words: "high", "king", "white") is read as
# the word: an initial before it is no login ("xhigh", a setting's value in Claude Code's tool definitions).
_MOSTLY_A_WORD_ZIPF = 5.0


@functools.lru_cache(maxsize=65536)
def _login_built_of_a_name(core: str) -> bool:
    if _TOKEN.fullmatch(core) is None:
        return False
    if any(char.isdigit() for char in core) and _HEX.fullmatch(core) and sum(c.isdigit() for c in core) >= 3:
        return False  # a digest or a code: "a1b2c3d", "ab12-3456"
    pieces = _JOINERS.split(core)
    if len(pieces) > 1 and pieces[-1] in _NOT_LOGIN_ENDINGS and core[-len(pieces[-1]) - 1] == ".":
        return False  # "report.csv", "acme.com" (a tag after "-" or "_" is a login's: "rpatel-dev")
    if len(pieces) == 1 and len(core.rstrip("0123456789")) < 4:
        return False  # letters then a number: "sha256", "md5", "lee2" are codes as often as logins
    if _VERSION.fullmatch(core) or is_ordinary_word(core):
        return False
    terms = term_lists.tech_and_code_terms()
    letters = _LETTER_RUNS.findall(core)
    if not letters:
        return False
    named = unknown = False
    for index, part in enumerate(letters):
        if _is_name_part(part):
            named = True
        elif len(part) <= 3 and not is_common_word(part) and not (part in terms and part not in _LOGIN_TAGS):
            continue  # an initial or two: "kt", "s", "mfg" (not "on-prem", "res.ok")
        elif part in _LOGIN_TAGS:
            continue
        elif ("." in core or "_" in core) and _no_language_part(part):
            unknown = True  # round 16: "oyelaran", "wojtyniak", "bayarmaa" (see _no_language_part)
        else:
            return False  # a word: "self.price", "react-dom", "max_len", "lee_pipeline"
    if named:
        return True
    return unknown and _joined_like_a_login(core, letters)


# Round 16: a name no list holds ("oyelaran.k", "t.wojtyniak", "svitlana_kh", "bayarmaa.ts") is still a word of no
# language; joined by "." or "_" to an initial or to another such word, outside code, it is how people's logins are
# written (first.last, f.last, first_l). Module paths and code names are the risk: a short part before "." is a
# module alias ("np.linalg", "pd.concat", "os.environ"), so before "." only one letter counts as an initial; parts
# that are a word with a tag ("imread", "dtype") or a tool's name are no name. Hyphens are left (words of many
# languages are written with them: "sehari-hari"). Doubtful, like every login of this module.
# Names are written in every language's text, so wordfreq knows them (a first name at Zipf 1-2.7: "svitlana" 1.5,
# "tiphaine" 2.7 in French): a part no language writes once in a million words (Zipf 3) reads as a name, not a word.
_NO_LANGUAGE_ZIPF = 3.0


def _joined_like_a_login(core: str, letters: list[str]) -> bool:
    if "." not in core and "_" not in core or len(letters) > 3 or core.count("-") or not core.isascii():
        return False
    pieces = re.split(r"([._])", core)
    for at in range(0, len(pieces) - 2, 2):
        if pieces[at + 1] == "." and 2 <= len(pieces[at]) <= 3:
            return False  # "np.linalg", "tf.einsum", "plt.subplots"
    return True


@functools.lru_cache(maxsize=65536)
def _no_language_part(part: str) -> bool:
    """A part of four letters or more that no language people write tickets in uses as a word, no tech term, code
    keyword, derived word or word with a tool's tag ("imread", "dtype")."""
    if len(part) < 4 or not part.isalpha() or english_zipf(part) >= _NO_LANGUAGE_ZIPF or part.endswith(_WORD_ENDINGS):
        return False
    if not any(vowel in part for vowel in "aeiouy"):
        return False  # an abbreviation, no name: "hnsw", "zstd", "pgsql"
    if part in term_lists.term_list("tech_terms") or part in term_lists.term_list("code_keywords"):
        return False
    if is_ordinary_word(part) or _a_word_with_a_tag(part):
        return False
    from redactor.detect.word_frequencies import frequent_in_any

    return not frequent_in_any(part, _WORD_LANGUAGES, _NO_LANGUAGE_ZIPF)


def _is_name_part(part: str) -> bool:
    """A person's name, no English word or tech term: a census surname, a first name of some country, or an initial
    and a surname ("rpatel")."""
    if len(part) < 4 or is_common_word(part) or is_ordinary_word(part):
        return False
    if part in term_lists.term_list("tech_terms") or part in term_lists.term_list("code_keywords"):
        return False
    if part in term_lists.surnames() or part in term_lists.world_first_names():
        return True
    return 5 <= len(part) <= 17 and reads_as_initial_and_surname(part)
