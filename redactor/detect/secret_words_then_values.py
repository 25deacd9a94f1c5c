"""A generated value right after the word that names it: "the token 8f3a2c91d4 expired", "use key a1b2c3d4e5f6",
"トークンは 5c1e9a7d3b2f8c6e4a0d です", "el token nuevo es Yh3Kp9Rm2".

The proximity rule (`secrets.py`) takes values of 16 characters and more near a secret word written in Latin
letters. People also paste short tokens and keys (8 to 15 characters: a service's short API key, a one-off token in a
log line), and write the word in scripts without spaces between words, where the word runs straight into its
particle (`は`, `是`, `는`). This rule reads only the value RIGHT after its word (a copula, `:`, `=` or a quote may
stand between), in any language listed in `term_lists.yaml: secret_value_cue_words`, and takes it when it reads as
generated: letters and digits of one alphanumeric run alternating at least five times (`8f3a2c91d4`, not `ERC20`,
`sha256sum`, `v2beta`), no version, no placeholder. Doubtful (the wire redacts, an audit does not report).

People also read a key out in groups or pick it from words: a stream key `ol4n-8dmx-33ag-qlze`, a VPN's pre-shared
key `Harbor-VPN-2207`, "clé partagée Sahel-Mesh-19", "ключ доступа: Vega-12-north". Right after the same word (one
word of the cue's own phrase may stand between: `clé partagée`, `ключ доступа`), a value of three to eight parts
joined by one `-` or `_` that holds letters and digits is taken too (`_reads_as_grouped`): not two parts (an
issue key `OPS-1234`, `ssh-ed25519`), not parts that are all settings and numbers (`aes-256-gcm`), no version.

Linear: the cue words' positions come from the text's shared cue scan, one anchored match per position.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, matches_at_starts
from redactor.detect.rule_files import term_list
from redactor.detect import term_lists
from redactor.detect.secret_values import VERSION_VALUE, is_placeholder_value

_CUE_WORDS = tuple(sorted(term_list("secret_value_cue_words"), key=len, reverse=True))


def _written_without_spaces(word: str) -> bool:
    """Japanese, Chinese and Korean run a word into its particle: no word boundary to ask for."""
    return any("\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" for char in word)


# A cue in Latin, Cyrillic or Greek letters is a whole word of prose (in an identifier, `app_secret = ...`, the
# keyword rules read it), or the head of a hyphenated compound (`Stream-Schlüssel`, `VPN-nøkkel`); one in a
# script written without spaces is not a word of its own.
_CUE = re.compile("|".join(re.escape(word) if _written_without_spaces(word)
                           else rf"(?<![\w.$]){re.escape(word)}(?![\w.\-])" for word in _CUE_WORDS))
# Between the word and its value: a copula or a particle, `:`, `=`, a quote; nothing else.
_RIGHT_AFTER = re.compile(
    r"[ \t]*(?:(?:is|was|ist|war|est|était|es|era|è|é|był|был|это|:|：|=|は|が|是|为|為|는|은|:)[ \t]*)?[\"'`]?")
_VALUE = re.compile(r"[A-Za-z0-9]{8,64}(?![A-Za-z0-9_\-+/=@]|\.[A-Za-z0-9])")
_LETTER_OR_DIGIT_RUN = re.compile(r"[A-Za-z]+|[0-9]+")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Parts of letters and digits joined by one `-` or `_` (three to eight of them: `_reads_as_grouped`).
_GROUPED_VALUE = re.compile(r"[A-Za-z0-9]{1,16}(?P<sep>[-_])[A-Za-z0-9]{1,16}(?:(?P=sep)[A-Za-z0-9]{1,16}){1,6}"
                            r"(?![A-Za-z0-9_\-+/=@]|\.[A-Za-z0-9])")
# One word of the cue's phrase between it and the value: letters of any script, no digit, no punctuation.
_PHRASE_WORD = re.compile(r"[^\W\d_]{2,16}")
_SETTING_WORDS = term_lists.term_list("tech_terms") | term_lists.term_list("code_keywords")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
# Doubtful at any length: the wire redacts it, an audit does not report a value found by its word alone (as the
# keyword proximity rule's hex keys: test_secrets_round10).
_SCORE = DOUBTFUL_SCORE


def values_after_secret_words(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each generated value right after a secret's cue word in `text`."""
    # Tried only where a cue word starts (the text's shared cue scan): the look-behind that opens `_CUE` would make
    # `re` try every position of the text (720 µs per KB of mixed text, three times the rest of the secrets scan).
    for cue in matches_at_starts(_CUE, lowered, keyword_positions(lowered, _CUE_WORDS)):
        gap = _RIGHT_AFTER.match(text, cue.end())
        if gap.end() == cue.end() and cue.group(0).isascii():
            continue  # `token8f3a...`: a Latin cue runs into its value only as one identifier
        value = _VALUE.match(text, gap.end())
        if value is not None and _reads_as_generated(value.group(0)):
            start, end = value.span()
            yield start, end, _SCORE
            continue
        grouped = _GROUPED_VALUE.match(text, gap.end())
        if grouped is None and gap.end() > cue.end():  # `clé partagée X`: one word of the phrase, then the value
            word = _PHRASE_WORD.match(text, gap.end())
            grouped = word and _GROUPED_VALUE.match(text, _RIGHT_AFTER.match(text, word.end()).end())
        if grouped is not None and _reads_as_grouped(grouped.group(0)):
            yield grouped.start(), grouped.end(), _SCORE


def _reads_as_generated(value: str) -> bool:
    runs = _LETTER_OR_DIGIT_RUN.findall(value)
    if len(runs) < 5 or VERSION_VALUE.match(value) or is_placeholder_value(value):
        return False
    return len(set(value.lower())) >= 6  # `a1a1a1a1`: a pattern someone typed


def _reads_as_grouped(value: str) -> bool:
    """A key read out in groups or picked from words: three or more parts, letters and digits, and a part that
    mixes them (`ol4n`, `0x44`) or a word a person capitalised (`Harbor`). Lower-case names and numbers are a
    setting (`aes-256-gcm`, `tls-1-3`); capitals and numbers an id (`CVE-2024-3094`)."""
    parts = re.split(r"[-_]", value)
    if len(parts) < 3 or not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if VERSION_VALUE.match(value) or is_placeholder_value(value) or _UUID.fullmatch(value):
        return False  # a UUID is written in groups by a program, not read out: an id unless a catalogue says key
    if all(part.isdigit() or part.casefold().rstrip("0123456789") in _SETTING_WORDS for part in parts):
        return False
    return any((not part.isalpha() and not part.isdigit()) or _CAPITALISED.fullmatch(part) for part in parts)
