"""A name in a script without letter case, by its place in a record whose other fields were found personal.

Registers, tickets and exports in any language write one person per line: a label and the name, then the person's
phone, national id, passport or account (`الضيف: ليلى منصور الحداد | جواز السفر N04418227 | الهاتف +971 ...`,
`林晓峰 身份证 330204199007213516 手机 137 ...`, `정민호 / 주민번호 940211-1052816`). The labels are words of every
language (`مستأجر`, `বীমাগ্রহীতা`, `ታካሚ`) and no list holds them all; the names are in scripts no name list covers.
What says the value is a person is the record: once another rule has found a personal value on the line (a phone,
an e-mail, an id of a person, a login; any finding of category pii but a name, and not a label read as a login: a chat's
speaker), the line is a person's record, and
its name stands where records put one:

- **after a label's colon** (`:`, `：`, Ethiopic `፡`, Khmer `៖`, Armenian `՝`): one to four words of a script other
  than Latin up to the next field (a separator, a bracket, a digit, a Latin word, the line's end);
- **opening the record** (the line's start, after a bullet, or after `|`): one or two words of a script written
  without spaces (Han, kana, Hangul) of a name's length, up to a separator or the next field's label (a word a
  digit or Latin code follows: `身份证 3302...`, `血液型A`); or two to four words of a spaced script up to `|` or `/`
  (not a comma or the line's end: a sentence and a heading open a line as a name opens a record).

A value whose words are all ordinary words of their script (and on no name list) names a thing, not a person
(names_in_scripts.may_be_a_name_in_its_script; ordinary words before it are left out, a greeting or a role, and so
are those after it in Han and Hangul, and titles, also fused before a Thai name; one inside it makes it a
sentence), one word of a spaced script is a name only when a list holds it, a Cyrillic, Greek or Armenian one is
capitalised, and a Han or Hangul one opens with a listed surname; a value another finding already covers as something other than a
person (an address, an organisation) is left to it. Lines next to the personal one in the same block count too
(`کودک: امیرحسین رضایی` above `سرپرست: ... تلفن 0935 ...`): a record printed over a few lines. Latin-script names
are the English model's and ner.py's. Findings are doubtful (0.55): the wire redacts them, audits do not report
them. Round 32 (people32): blind28..30's leaked non-Latin names were mostly of this form.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.names_in_scripts import (is_listed_japanese_surname, is_listed_name_of_its_script,
                                              is_no_name_part_in_its_script, is_ordinary_word_of_its_script,
                                              may_be_a_name_in_its_script,
                                              thai_titles)
from redactor.detect.script_letters import FOREIGN_LETTERS, HAN, HANGUL, HIRAGANA, KATAKANA, has_foreign_letters
from redactor.detect.term_lists import east_asian_names, script_titles

_DETECTOR = "person-records"
# Lines above and below a personal line that belong to its record when no blank line comes between.
_RECORD_REACH = 2
_WORD = f"[{FOREIGN_LETTERS}\u200c]+"
_DENSE = f"{HAN}{HIRAGANA}{KATAKANA}{HANGUL}"
# What separates the fields of a record or the items of a list: bars, slashes, commas and semicolons of every script
# (Arabic "،", Ethiopic "፣", Burmese "၊"), and the dashes and middle dots that records printed for people use as
# bars ("ስም: ሰላም ኃይሉ — ስልክ: ...", "नाम · फ़ोन"); a hyphen joins the parts of a name and is none of them.
_SEPARATORS = "|,;/()（）،؛，、；—–·•፣፤၊"
# Where a field ends: a separator of fields or list items, a bracket, a digit or a Latin letter after a blank.
_FIELD_END = rf"(?=[ \t]*(?:$|[{_SEPARATORS}]|[ \t][0-9A-Za-z+#]))"
# A label's mark: the colons of the scripts, and the "=" of key=value records (`patient_nm=…, kontakt=…`).
_LABELLED = re.compile(
    rf"(?:^|(?<=[\s|,;/،؛，、]))(?:[^\W\d_]|[{FOREIGN_LETTERS}])[^\s\d:：፡៖՝=|]{{0,24}}(?:[ \t][^\s\d:：፡៖՝=|]{{1,24}}){{0,2}}"
    rf"[ \t]*[:：፡៖՝=][ \t]*(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,3}}){_FIELD_END}", re.MULTILINE)
# A cell of a row whose columns are tabs or runs of blanks (TSV, fixed-width exports, aligned query output): the
# value between two column gaps, or after one and before the line's end, fills its column as a labelled value fills
# its field (`M-148296    సుజాత చౌదరి`, `PRT…\t0912 …\tمهرداد صادقی\t1411…`); a line that is one run of words is a
# heading or a sentence, not a cell, and opens no value here.
# A CSV row's cell sits between two commas with no blank (prose puts one after its comma), and a JSON or key=value
# string between its opening and closing quote (`"farmer":"ສົມພອນ ວົງສະຫວັນ"`).
_CELL = re.compile(
    rf"(?:(?<=\t)|(?<=[ ]{{2}})|(?<=[^\s,],))(?P<value>{_WORD}(?:[ ]{_WORD}){{0,3}})(?=[ ]*$|[ ]*\t|[ ]{{2}}|[ ]*[|]|,)"
    rf"|(?<=[\"'][:=])[ ]?[\"'](?P<quoted>{_WORD}(?:[ ]{_WORD}){{0,3}})(?=[\"'])",
    re.MULTILINE)
_OPENING = re.compile(
    rf"(?:^[ \t]*(?:[-*•·][ \t]+|\d{{1,3}}[.)][ \t]+)?|[|—–][ \t]*)"
    rf"(?P<value>[{_DENSE}]{{1,4}}(?:[ \t][{_DENSE}]{{1,4}})?"
    rf"(?=[ \t]*(?:[|,;/(（、，；]|[ \t][{_DENSE}]+[ \t]*[0-9A-Za-z+]))"
    rf"|{_WORD}(?:[ \t]{_WORD}){{1,3}}(?=[ \t]*[|/—–·•(（]))", re.MULTILINE)


def people_in_personal_records(text: str, found: Sequence[Span]) -> list[Span]:
    """Doubtful PERSON spans of non-Latin names on lines of `text` whose record `found` shows to be personal."""
    # A finding that ends in a label's colon is the label itself read as a login ("พี่ต้น:" of a chat), no value.
    personal = [span for span in found if span.category == "pii" and span.kind != "PERSON"
                and _LABEL_END.match(text, span.end) is None]
    if not personal or not has_foreign_letters(text):
        return []
    lines = _lines(text)
    starts = [start for start, _ in lines]
    records: set[int] = set()
    for span in personal:
        index = bisect.bisect_right(starts, span.start) - 1
        records.update(_record_lines(text, lines, index))
    spans: list[Span] = []
    for index in sorted(records):
        start, end = lines[index]
        for value_start, value_end, bounded in _values(text, start, end):
            if any(span.start < value_end and value_start < span.end for span in found if span.kind != "PERSON"):
                continue
            filled = _filled_field(text, value_start, value_end) if bounded else None
            trimmed = filled or _without_ordinary_edges(text, value_start, value_end)
            if trimmed is None:
                continue
            value_start, value_end = trimmed
            words = text[value_start:value_end].split()
            if any(_UNSPACED_WORD.fullmatch(word) and len(word) > _LONGEST_UNSPACED_WORD for word in words):
                continue  # Thai, Lao, Khmer, Burmese write a phrase as one run: longer than a name's part
            if _opens_like_a_name(words[0]) and (filled or may_be_a_name_in_its_script(words)):
                spans.append(Span(value_start, value_end, "PERSON", "pii", DOUBTFUL_SCORE, _DETECTOR))
    return spans


# Scripts that write no space between words, other than the East Asian ones: a run longer than this is a phrase
# ("แก้วประเสริฐ" has 12 letters, a message "โอเคเดี๋ยวส่งให้นะ" 18).
_UNSPACED_WORD = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff]+")
_LONGEST_UNSPACED_WORD = 13
# A word right before a number is the next field's label ("... تلفن 0935 ...", "... โทร 081 ..."), not the value's.
_NEXT_LABEL = re.compile(r"[ \t]+[+0-9]")
_CASED_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u0587]+")
_JAPANESE_GIVEN = re.compile(f"[{HAN}]{{1,3}}|[{KATAKANA}{HIRAGANA}]{{2,6}}")
_LABEL_END = re.compile(r"[ \t]*[:：፡៖՝]")
_HAN_WORD = re.compile(f"[{HAN}]+")
_DENSE_WORD = re.compile(f"[{_DENSE}]+")
_PURE_DENSE_WORD = re.compile(f"[{HAN}]+|[{HANGUL}]+|[{KATAKANA}\uff66-\uff9f]+")
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")


def _opens_like_a_name(word: str) -> bool:
    """A value in a script written without spaces is of one script, and a Han or Hangul one opens with a listed surname ("郑美玲", "森田", "백승우"): a status or a note in these
    scripts ("已完成", "처리중") is as short as a name and often on no word list."""
    names = east_asian_names()
    if _DENSE_WORD.fullmatch(word) and not _PURE_DENSE_WORD.fullmatch(word):
        return False  # kanji with kana endings ("お見積りの件") is a phrase
    if _HAN_WORD.fullmatch(word):
        return (word[:1] in names.chinese_surnames or word[:2] in names.chinese_surnames
                or any(word[:length] in names.japanese_surnames for length in (1, 2, 3)))
    if _HANGUL_WORD.fullmatch(word):
        return word[:1] in names.korean_surnames or word[:2] in names.korean_surnames
    return True


def _without_ordinary_edges(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The value less the ordinary words of its script before it (a greeting, a role: "שלום", "العميل"), and after it
    in scripts written without spaces (an honorific, a noun: "先生", "차량"), unless a name list holds them. None when
    nothing is left, or when an ordinary word stays inside: "وصلت الساعة بلون مختلف" is a sentence, not a name."""
    words = [(match.start(), match.end()) for match in re.finditer(r"\S+", text[start:end])]

    def ordinary(word: tuple[int, int]) -> bool:
        value = text[start + word[0]:start + word[1]]
        return is_ordinary_word_of_its_script(value) and not (is_listed_name_of_its_script(value)
                                                              or is_listed_japanese_surname(value))

    titles = (*script_titles(), *thai_titles())
    while words and (ordinary(words[0]) or text[start + words[0][0]:start + words[0][1]] in titles):
        words.pop(0)
    if words:  # a title fused before the name (Thai "คุณสมชาย"): the name starts after it
        first = text[start + words[0][0]:start + words[0][1]]
        fused = next((title for title in titles if first.startswith(title) and len(first) - len(title) >= 2
                      and _UNSPACED_WORD.fullmatch(first)), None)
        if fused:
            words[0] = (words[0][0] + len(fused), words[0][1])
    # Round 33 (people33): after a listed surname written apart ("高橋 誠", "鈴木 大輔"), the word is the given name even
    # when it is an ordinary word too (誠, 翔, 愛): cutting it left the surname alone, and a name of one frequent
    # word (高橋) fails the test below, so the whole name leaked from a record already known to be a person's.
    while words and _DENSE_WORD.fullmatch(text[start + words[-1][0]:start + words[-1][1]]) and ordinary(words[-1]) \
            and not (len(words) == 2 and _surname_then_given(text[start + words[0][0]:start + words[0][1]],
                                                              text[start + words[1][0]:start + words[1][1]])):
        words.pop()
    given_after_surname = len(words) == 2 and _surname_then_given(text[start + words[0][0]:start + words[0][1]],
                                                                  text[start + words[1][0]:start + words[1][1]])
    if not words or any(ordinary(word) for word in (words[:1] if given_after_surname else words)):
        return None
    values = [text[start + a:start + b] for a, b in words]
    if any(_CASED_WORD.fullmatch(value) and not value[0].isupper() for value in values):
        return None  # Cyrillic, Greek, Armenian names are capitalised ("посада: агроном" is a trade)
    if len(values) == 1 and not _DENSE_WORD.fullmatch(values[0]) and not is_listed_name_of_its_script(values[0]):
        return None  # one word of a spaced script no list holds is as often a noun ("விடுப்பு: மகப்பேறு") as a name
    if _DENSE_WORD.fullmatch(values[0]) and len(values) > 1 and not (
            is_listed_japanese_surname(values[0]) and _JAPANESE_GIVEN.fullmatch(values[1])):
        words = words[:1]  # Chinese and Korean names are one word; "김서연 고객님" is a name and a noun
    return start + words[0][0], start + words[-1][1]


# After a labelled value: a field separator or a column gap, where the next field starts.
_CLOSED_FIELD = re.compile(rf"[ ]*[{_SEPARATORS}]|[ ]*\t|[ ]{{2}}")
_FIELD_WORDS = (2, 4)


def _filled_field(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A value of two to four words that fills a field of a personal record whole, when none of its words is among
    the script's most frequent words (names_in_scripts.is_no_name_part_in_its_script: "و", "של", "का"), and at most
    half of them are (a frequent surname: Bengali "হাসান" is among the thousand most frequent words of the web).

    The ~8,000-word lists that _without_ordinary_edges reads hold the frequent names of their languages too
    (Persian "مهرداد", Bengali "হাসান" are frequent words of the web): inside a sentence they cannot tell a name from a
    word, but a value the record's structure closes on both sides is one field's whole value, and in a record
    already known to be a person's a field of two to four rare-enough words is the person's name as often as not.
    A phrase of frequent words ("ثبت شده است", "ग्राहक सेवा केंद्र") still fails, and so do common words with one of the
    most frequent among them ("ग्राहक सेवा"); two common words none of which is that frequent pass ("مهرداد صادقی").
    Scripts of languages without frequency lists (Kannada, Khmer, Amharic) have no such test: there the structure
    alone decides."""
    words = text[start:end].split()
    if not _FIELD_WORDS[0] <= len(words) <= _FIELD_WORDS[1]:
        return None
    frequent = [is_no_name_part_in_its_script(word) for word in words]
    if frequent[0] or 2 * sum(frequent) > len(words):
        return None  # a phrase opens with, or is mostly made of, the script's most frequent words
    if any(frequent) and all(is_ordinary_word_of_its_script(word) for word in words):
        return None  # common words and one of the most frequent: a phrase ("ग्राहक सेवा", customer service)
    if any(_CASED_WORD.fullmatch(word) and not word[0].isupper() for word in words):
        return None
    if any(_UNSPACED_WORD.fullmatch(word) and len(word) > _LONGEST_UNSPACED_WORD for word in words):
        return None
    return start, end


def _surname_then_given(first: str, second: str) -> bool:
    """A listed Japanese surname, a blank, and a given name's shape ("高橋 誠", "佐藤 さくら")."""
    return is_listed_japanese_surname(first) and _JAPANESE_GIVEN.fullmatch(second) is not None


def _values(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    line = text[start:end]
    if not has_foreign_letters(line):
        return
    seen: list[tuple[int, int]] = []
    # A Markdown table's cells are people_table_columns.py's (its header cells open no record).
    patterns = (_LABELLED,) if line.lstrip().startswith("|") else (_LABELLED, _OPENING, _CELL)
    for pattern in patterns:
        for match in pattern.finditer(line):
            group = "quoted" if pattern is _CELL and match.group("quoted") else "value"
            value = (start + match.start(group), start + match.end(group))
            if pattern is _LABELLED and _NEXT_LABEL.match(text, value[1]):
                cut = text.rfind(" ", value[0], value[1])
                if cut < 0:
                    continue
                value = (value[0], cut)
            if not any(a < value[1] and value[0] < b for a, b in seen):
                seen.append(value)
                # A value closed by the structure on both sides fills a field: a label's mark or a column gap before
                # it, a field separator or a column gap after it (not the line's end after a label: a sentence).
                bounded = pattern is _CELL or _CLOSED_FIELD.match(text, value[1]) is not None
                yield value[0], value[1], bounded


def _lines(text: str) -> list[tuple[int, int]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    return lines


def _record_lines(text: str, lines: list[tuple[int, int]], index: int) -> Iterator[int]:
    """The personal line and its neighbours up to a blank line, _RECORD_REACH on either side."""
    yield index
    for step in (-1, 1):
        other = index
        for _ in range(_RECORD_REACH):
            other += step
            if not 0 <= other < len(lines) or not text[lines[other][0]:lines[other][1]].strip():
                break
            yield other
