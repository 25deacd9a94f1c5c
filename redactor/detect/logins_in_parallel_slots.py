"""A value standing where a found login stands is a login: the parallel slots of a found login (round 30, issue 12).

Ladders, event feeds, log lines, badge lines, "who: what" summaries: people print accounts in repeated structure,
and the structure, not the value's shape or a cue word, says what a value is. Once any detector found a login, a
token is its sibling when

- on the same line, the same punctuation stands on the same side of both (`a (1893) – b (1870)`, `x: one; rj: two`,
  `Thanks a (5 gifts), b (200 bits), c for the raid`). When that punctuation is a label's colon, the other side
  must match too and be punctuation (`Answer: tw_lee · Electorate: ole.bjerke`; the last item may end the line):
  a record's fields (`Runner: x  Platform: PS5`) are values of different kinds; keys before the same colon are
  siblings when punctuation or the line start opens both (`mleon: billing; ssato: search`);
- on another line of the same block, the line reads the same up to both: its start with letter runs read as `a`
  and digit runs as `0` (`[sub] x subscribed` / `[raid] y raiding`, `... sshd[812]: Accepted publickey for x`),
  the label of a colon kept as written (`Runner: x` is no sibling of `Platform: y`), holding punctuation or a
  digit (a layout, not the first words of two sentences), and the same punctuation, or a space, after both.

Precision from the negative side, not from the sibling's shape: a word of English or the other listed languages
(wordfreq), a tech term or code keyword, a number, version, file name or domain, a code in capitals, a role
account and a bot (`dependabot[bot]`, `KelpieBot`) are no siblings. Doubtful (0.55): on the wire doubt means
redact; `redactor audit` does not report them. Runs only when a login was found; each line holding a found login
is walked once, and each block's lines once per distinct layout of a found login.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Sequence

from redactor.detect import term_lists
from redactor.detect.base import Span, covered_regions, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.code_awareness import has_code_suffix
from redactor.detect.name_parts import english_zipf, frequent_in_other_languages, is_common_word, is_software_name
from redactor.detect.rule_files import term_list as rule_term_list
from redactor.detect.word_frequencies import listed_in_its_script, zipf_frequency

_DETECTOR = "logins"
_KIND = "USERNAME"
# A token: a run of word characters (any script) joined by "." and "-"; "@" and quotes are punctuation around it.
_TOKEN = re.compile(r"\w+(?:[.\-]\w+)*")
_SHAPE = re.compile(r"(?P<letters>[^\W\d_]+)|(?P<digits>\d+)|(?P<space>\s+)")
_LABEL_END = re.compile(r"([^\W\d_][\w-]*)[ \t]*[:=：][ \t]*\Z")
_MAX_DELIMITER = 4
_LABEL_MARK = "\x00"  # opens the layout of a token after a label (see _layout)
_BLOCK_LINES = 60
_MAX_LINES = 400
# A word this frequent in English or another listed language is a word of the text, not an account.
_WORD_ZIPF = 3.0
_TWO_LETTER_WORD_ZIPF = 4.0
_FILE_ENDINGS = frozenset("""py js ts json yaml yml toml md txt csv log sh cfg conf ini xml html css go rs java rb php
    sql lock env com org net io dev app ai co uk de fr eu local internal lan pdf png jpg zip gz tar""".split())
_QUOTES_DROPPED = str.maketrans("", "", "\"'`“”‘’«»")
_NO_ITEM_SEPARATORS = "^$/\\."
# Characters that separate a table row's cells when the next or previous line holds as many.
_CELL_SEPARATORS = ",|;\t"
_MORE_LATIN_LANGUAGES = ("cs", "hu", "ro", "fi")
_VERSION = re.compile(r"[vV]?\d+(?:[._-]\d+)*[a-z]?")


class _Slot(NamedTuple):
    left: str  # the punctuation before the token on its line, whitespace runs as one space; "^" at the line start
    right: str  # the punctuation after it; "$" at the line end


def logins_in_parallel_slots(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans (doubtful) for the tokens standing in the same slot as a found login (see module doc)."""
    logins = [span for span in spans if span.kind == _KIND and _may_be_login(text, span.start, span.end)]
    if not logins:
        return []
    taken = covered_regions(spans)
    found: dict[tuple[int, int], None] = {}
    walked_lines: set[int] = set()
    walked_layouts: set[tuple[str, str]] = set()
    for login in logins:
        line_start = text.rfind("\n", 0, login.start) + 1
        line_end = _line_end(text, login.end)
        if text.find("\n", login.start, login.end) != -1:
            continue
        slot = _slot(text, login.start, login.end, line_start, line_end)
        if line_start not in walked_lines:
            walked_lines.add(line_start)
            seeds = [_slot(text, other.start, other.end, line_start, line_end) for other in logins
                     if line_start <= other.start and other.end <= line_end]
            for start, end in _same_line_siblings(text, line_start, line_end, seeds, taken):
                found.setdefault((start, end))
        layout = _layout(text[line_start:login.start])
        if _holds_structure(layout) and (layout, slot.right) not in walked_layouts:
            walked_layouts.add((layout, slot.right))
            for start, end in _same_layout_siblings(text, line_start, layout, slot.right):
                found.setdefault((start, end))
    return [Span(start, end, _KIND, "pii", DOUBTFUL_SCORE, _DETECTOR) for start, end in found
            if not overlaps_a_region(taken, start, end) and _may_be_login(text, start, end)]


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


def _slot(text: str, start: int, end: int, line_start: int, line_end: int) -> _Slot:
    left = start
    while left > line_start and start - left < _MAX_DELIMITER and not _word_char(text[left - 1]):
        left -= 1
    right = end
    while right < line_end and right - end < _MAX_DELIMITER and not _word_char(text[right]):
        right += 1
    before = _spaced(text[left:start].translate(_QUOTES_DROPPED)) if left < start else (
        "^" if start == line_start else "")
    after = _spaced(text[end:right].rstrip("\r").translate(_QUOTES_DROPPED)) or (
        "$" if right >= line_end or text[right] == "\r" else "")
    if right == line_end and after.strip() == "":
        after = "$"
    if left == line_start and before.strip() in ("", "@"):
        before = "^" + before.strip()
    return _Slot(before.replace("@", ""), after)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _spaced(delimiter: str) -> str:
    return re.sub(r"\s+", " ", delimiter)


def _punctuation(delimiter: str, row_separators: str = "") -> bool:
    """Whether a delimiter holds punctuation that separates items: not a path's or a name's joints ("/", "\\", "."),
    not the separator of a table's row (`row_separators`: cells of one row are values of different columns)."""
    return any(not char.isspace() and char not in _NO_ITEM_SEPARATORS for char in delimiter) and not any(
        char in delimiter for char in row_separators)


def _opens_item(left: str) -> bool:
    """Punctuation or the line start before a key: the key opens an item (`a: one; rj: two`), not a sentence's word."""
    return left.startswith("^") or _punctuation(left)


def _same_line_siblings(text: str, line_start: int, line_end: int, seeds: list[_Slot],
                        taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The tokens of the line in the slot of a seed; a sibling that may be a login and no other detector took seeds
    the others in turn (`a (3 gifts), b (200 bits), c for the raid`: b shares a's bracket, c shares b's comma)."""
    row_separators = _row_separators(text, line_start, line_end)
    tokens = [(token.span(), _slot(text, token.start(), token.end(), line_start, line_end))
              for token in _TOKEN.finditer(text, line_start, line_end)]
    seeds = list(seeds)
    waiting = tokens
    while waiting:
        siblings = [(span, slot) for span, slot in waiting
                    if any(_siblings(seed, slot, row_separators) for seed in seeds)]
        if not siblings:
            break
        for span, slot in siblings:
            yield span
            if not overlaps_a_region(taken, *span) and _may_be_login(text, *span):
                seeds.append(slot)
        waiting = [(span, slot) for span, slot in waiting if (span, slot) not in siblings]


def _row_separators(text: str, line_start: int, line_end: int) -> str:
    """The cell separators of a table row: those the line above or below holds as many of."""
    above_end = line_start - 1
    above = text[text.rfind("\n", 0, above_end) + 1:above_end] if above_end > 0 else ""
    below = text[line_end + 1:_line_end(text, line_end + 1)] if line_end < len(text) else ""
    line = text[line_start:line_end]
    return "".join(char for char in _CELL_SEPARATORS
                   if line.count(char) and line.count(char) in (above.count(char), below.count(char)))


def _siblings(seed: _Slot, slot: _Slot, row_separators: str) -> bool:
    """Whether two tokens of one line stand in one slot (see module doc). A key (`rj: flaky`) is no sibling of a
    value; a labelled value (`"tool": "jira_assign",`) is a sibling only on a display line of labelled items, not
    of a list's item (`["selin.aydin", "h.ozturk"]`) nor of a record's other fields (`user: jdoe, host: web1`)."""
    if _is_key(seed) != _is_key(slot):
        return False
    if _is_key(seed):
        return slot.right == seed.right and _opens_item(seed.left) and _opens_item(slot.left)
    if _is_labelled(slot):
        return slot.left == seed.left and _punctuation(seed.right, row_separators + ",;") \
            and (slot.right == seed.right or slot.right == "$")
    if _punctuation(seed.left, row_separators) and slot.left == seed.left:
        return True
    return _punctuation(seed.right, row_separators) and slot.right == seed.right


def _is_key(slot: _Slot) -> bool:
    return slot.right.lstrip()[:1] in (":", "=", "：")


def _is_labelled(slot: _Slot) -> bool:
    return slot.left.rstrip()[-1:] in (":", "=", "：")


def _layout(prefix: str) -> str:
    """How a line reads up to a token: letter runs as "a", digit runs as "0", whitespace as one space, other
    characters as written. A token after a label (`Assignee: x`, `user=x`) is in the label's slot whatever comes
    before it on the line (a title of free words, a stamp): the layout is the label as written (lower case)."""
    label = _LABEL_END.search(prefix)
    if label:
        return _LABEL_MARK + label.group(1).lower() + prefix[label.end(1):].strip()[:1]
    return _SHAPE.sub(lambda match: "a" if match.group("letters") else "0" if match.group("digits") else " ", prefix)


def _holds_structure(layout: str) -> bool:
    """A layout with punctuation or a digit, not the first words of a sentence."""
    return any(char not in "a " for char in layout)


def _same_layout_siblings(text: str, line_start: int, layout: str, right: str) -> Iterator[tuple[int, int]]:
    """The token right after the same layout on the other lines of the block around the seed's line."""
    lines = _block_lines(text, line_start)
    if layout.startswith(_LABEL_MARK):
        yield from _same_label_siblings(text, lines, line_start, layout[1:], right)
        return
    for start, end in lines:
        if start == line_start:
            continue
        line = text[start:end]
        for token in _TOKEN.finditer(line):
            prefix_layout = _layout(line[:token.start()])
            if len(prefix_layout) > len(layout):
                break
            if prefix_layout != layout:
                continue
            slot = _slot(text, start + token.start(), start + token.end(), start, end)
            if slot.right == right or (not _punctuation(slot.right) and not _punctuation(right)):
                yield start + token.start(), start + token.end()
            break


def _same_label_siblings(text: str, lines: list[tuple[int, int]], line_start: int, label: str,
                         right: str) -> Iterator[tuple[int, int]]:
    """The token after the same label (`assignee:`) on the other lines of the block."""
    written = re.compile(r"(?<![\w-])" + re.escape(label[:-1]) + r"[ \t]*" + re.escape(label[-1]) + r"[ \t]*",
                         re.IGNORECASE)
    for start, end in lines:
        if start == line_start:
            continue
        for found in written.finditer(text, start, end):
            token = _TOKEN.match(text, found.end(), end)
            if token is None:
                continue
            slot = _slot(text, token.start(), token.end(), start, end)
            if slot.right == right or (not _punctuation(slot.right) and not _punctuation(right)):
                yield token.span()


def _block_lines(text: str, line_start: int) -> list[tuple[int, int]]:
    """The lines within _BLOCK_LINES of the seed's line (not across more than _MAX_LINES in all)."""
    lines: list[tuple[int, int]] = []
    position = line_start
    for _ in range(_BLOCK_LINES):  # upwards
        if position == 0:
            break
        start = text.rfind("\n", 0, position - 1) + 1
        lines.append((start, position - 1))
        position = start
    position = line_start
    for _ in range(_BLOCK_LINES + 1):  # the seed's line and downwards
        if position > len(text):
            break
        end = _line_end(text, position)
        lines.append((position, end))
        position = end + 1
    return lines[:_MAX_LINES]


def _may_be_login(text: str, start: int, end: int) -> bool:
    """The negative side: words, tech terms, numbers, versions, files, domains, codes in capitals, role accounts and
    bots are no logins whatever slot holds them."""
    value = text[start:end]
    if not 2 <= len(value) <= 40 or not any(char.isalpha() for char in value) or _VERSION.fullmatch(value):
        return False
    if text[end:end + 5] == "[bot]" or value.casefold().endswith("bot"):
        return False
    if text[end:end + 1] == "(" or text[start - 1:start] == "#":
        return False  # a call or a decorator (`pam_unix(`, `@dataclass(`), a channel, tag or issue (`#team`)
    if "." in value and value.rsplit(".", 1)[1].casefold() in _FILE_ENDINGS:
        return False
    if value.isascii() and not any(char.islower() for char in value):
        return False  # "INFO", "ENG-230", "EU": codes and levels (an ASCII value without lower case)
    if has_code_suffix(value) or ("." in value and is_software_name(value.split(".", 1)[0])):
        return False  # a type or a module's member (`UserService`, `pytest.fixture`)
    folded = value.casefold()
    if folded in term_lists.term_list("tech_terms") or folded in term_lists.term_list("code_keywords") \
            or folded in rule_term_list("role_accounts"):
        return False
    # (Two letters are mostly initials in wordfreq's counts, "rj" 3.3: only a word used as often as "ok" is one.)
    zipf = _WORD_ZIPF if len(folded) > 2 else _TWO_LETTER_WORD_ZIPF
    if is_common_word(folded) or (folded.isalpha() and (english_zipf(folded) >= zipf
                                                       or frequent_in_other_languages(folded, zipf)
                                                       or listed_in_its_script(folded, _WORD_ZIPF)
                                                       or (not folded.isascii() and _frequent_in_more_latin(folded)))):
        return False
    return True


def _frequent_in_more_latin(word: str) -> bool:
    """A word with accents of a Latin-script language the shared lists leave out ("děkujeme")."""
    return any(zipf_frequency(word, language) >= _WORD_ZIPF for language in _MORE_LATIN_LANGUAGES)
