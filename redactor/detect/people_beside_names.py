"""People found by where they stand beside a name already found: the same name in another script, the next item of
a list of people.

The finders of names read a name by its words (names_in_scripts.py, the model) or its slot (people_in_structure.py);
a name no list knows and no slot names is still said by its neighbour:

- **the same name in another script** in brackets right after a found name, or a name in brackets right after a
  run that is its other form: "최영희 (崔英姬)", "Hanan (حنان المصري)", "Ananya (अनन्या)", "金英洙(김영수)". Records,
  certificates and court papers write a name with its transliteration, reading or hanja; the bracket holds the
  same person whatever its words are (0.7). What a bracket also holds after a name (a role, a relation, a
  department: "(CEO)", "(부)", "（人事）") is no name: a single letter or syllable, a common word of its script,
  a Latin word in lower case or capitals, or text of the name's own script.
- **a person joined to a found name by "and"** (round 30): "प्रकाश शर्मा और अनीता", "রাহুল ও তানিয়া", "Ольга и
  Мирослава": the word after the conjunction of a spaced script other than Latin (`_AND_WORDS`, its own word), and
  the one after it when a name list holds it (a surname, not the verb that follows a name), is a person when it is no ordinary word of its script (wordfreq's and
  Faker's lists) and capitalised where the script has case; the same before a found name. Doubtful (0.55): a pair
  of people is the usual reading, a place or a thing the rarer one.
- **the other items of a list of people**: items separated by commas, ideographic commas or spaced middle dots on
  one line ("出席: 佐伯 美穂（人事）、大槻 隆之、江波戸 結衣", "శ్రీకాంత్, మౌనిక, చైతన్య", "류재석 · 고미숙"; a note in
  brackets or after a spaced hyphen is left out of its item, "राम - छुट्टी") where
  one item is a found name and the others are shaped like names (one to three words of letters, a dense-script
  word of a name's length, no common word, no digit): a list holds one kind of thing. Doubtful (0.55: the wire
  redacts it, audits do not report it) unless two items or more are found names (0.7); then an item of several words
  needs only one that is no common word ("منى الأحمد": names are frequent words too). Round 29: the Arabic
  semicolon separates items, and Arabic, Urdu and Devanagari sentence ends end a list. Round 31: in a list of three
  items or more the last may run on into the sentence (it is left out; the others must still be short).

Both read spans found before them; they run after the other person finders of the NER detector (ner.py), before
names are spread to their other mentions. Cost: nothing without a found PERSON; a look around each found name.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE, WIRE_MIN_SCORE
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.names_in_scripts import (INSTITUTION_ENDINGS, is_common_word_of_its_script,
                                              is_listed_name_of_its_script, is_ordinary_word_of_its_script)
from redactor.detect.term_lists import east_asian_names

_SCORE = 0.7
# The longest other form taken: four words or 40 characters ("Nguyễn Thị Minh Khai").
_MOST_WORDS = 4
_MOST_CHARACTERS = 40
_BRACKET_AFTER = re.compile(r"[ \t\u3000]*[(（][ \t\u3000]*(?P<form>[^()（）\n]{1,40}?)[ \t\u3000]*[)）]")
# A run right before an opening bracket: one to four words of letters (spaces and name joiners inside).
_RUN_BEFORE_BRACKET = re.compile(r"(?P<form>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff'’.\-・･·]| (?=[^\W\d_]))*)"
                                 r"[ \t\u3000]*[(（]\Z")
# Separators of a list of people on one line (Arabic's comma and semicolon too); a middle dot only with blanks around
# it (inside a katakana name it joins the parts: "マリア・サントス").
_LIST_SEPARATOR = re.compile(r"[ \t\u3000]*(?:[,，、،;；؛]|[ \t\u3000]+[·・][ \t\u3000]+)[ \t\u3000]*")
# Where a list's items start and end on a line: after a label's colon, a dash or the line's start; up to a full stop.
_LIST_OPENING = re.compile(r"[:：—–]|^", re.MULTILINE)
_LIST_SEPARATORS = ":：—–"  # _LIST_OPENING's characters (see _list_start)
# A note after an item: in brackets, after a spaced hyphen in a roster ("name - present", "name - night shift"), or
# both ("name (driver) - absent").
_ITEM_NOTE = re.compile(r"[ \t\u3000]*(?:[(（][^()（）\n]{0,30}[)）]|(?:[(（][^()（）\n]{0,30}[)）])?[ \t]*[ \t]-[ \t]"
                        r"[^()（）\n-]{1,30}?)[ \t\u3000]*$")
_SENTENCE_END = re.compile(r"[。.!?！？؟۔।]|$", re.MULTILINE)


def people_beside_names(text: str, spans: Sequence[Span], detector: str) -> list[Span]:
    """PERSON spans of the names `text` writes beside the PERSON `spans` already found (see the module doc)."""
    people = [span for span in spans if span.kind == "PERSON" and span.score >= WIRE_MIN_SCORE]
    if not people:
        return []
    found: list[Span] = []
    taken = [(span.start, span.end) for span in spans]
    for span in (*_other_forms(text, people, detector), *_other_list_items(text, people, detector),
                 *_names_joined_by_and(text, people, detector)):
        if not any(start < span.end and span.start < end for start, end in taken):
            found.append(span)
            taken.append((span.start, span.end))
    return found


def _other_forms(text: str, people: Sequence[Span], detector: str) -> Iterator[Span]:
    for person in people:
        name = text[person.start:person.end]
        after = _BRACKET_AFTER.match(text, person.end)
        if after is not None and _other_form_of(after.group("form"), name):
            yield Span(*after.span("form"), "PERSON", "pii", _SCORE, detector)
        opening = text.rfind("(", max(0, person.start - 3), person.start)
        opening = max(opening, text.rfind("（", max(0, person.start - 3), person.start))
        if opening != -1 and not text[opening + 1:person.start].strip() and re.match(r"[ \t\u3000]*[)）]", text[person.end:]):
            before = _RUN_BEFORE_BRACKET.search(text, max(0, opening - _MOST_CHARACTERS), opening + 1)
            if before is None:
                continue
            # The run may begin with the sentence or a label ("原告 金英洙"): its last words, longest first.
            words = list(re.finditer(r"\S+", before.group("form")))
            for first in range(max(0, len(words) - _MOST_WORDS), len(words)):
                start = before.start("form") + words[first].start()
                if _other_form_of(text[start:before.end("form")], name):
                    yield Span(start, before.end("form"), "PERSON", "pii", _SCORE, detector)
                    break


def _other_form_of(form: str, name: str) -> bool:
    """Whether `form` may be `name` written in another script: letters of one other script, one to four words, no
    common word, no role in Latin letters ("CEO", "intern")."""
    words = form.split()
    if not words or len(words) > _MOST_WORDS or len(form) > _MOST_CHARACTERS:
        return False
    script, name_script = _script_of(form), _script_of(name)
    if not script or script == name_script or any(_script_of(word) != script for word in words):
        return False
    if not all(char.isalpha() or unicodedata.category(char)[0] == "M" or char in " '’.-・･·" for char in form):
        return False
    # A bracket after a name holds its other form more often than a note: one uncommon word is enough ("المصري",
    # "the Egyptian", is a frequent word and a family name).
    return _shaped_like_a_name(words, script, some_uncommon=True)


def _shaped_like_a_name(words: Sequence[str], script: str, some_uncommon: bool = False) -> bool:
    """One to three words that are no common word of their script (or, `some_uncommon`, not all of them common);
    Latin ones capitalised, not all capitals; a word of a dense script of a name's length."""
    joined = "".join(words)
    if script == "CJK":
        # Han: a name's length, no word of the language inside it ("来週月曜"), no institution's name ("経理部");
        # one character only when it is a surname ("趙").
        if len(joined) == 1:
            return joined in east_asian_names().chinese_surnames and not is_common_word_of_its_script(joined)
        return len(joined) <= 4 and joined[-1] not in INSTITUTION_ENDINGS and not any(
            is_ordinary_word_of_its_script(joined[index:index + 2]) for index in range(len(joined) - 1))
    if script == "HANGUL":
        # Hangul: a surname syllable (or two) and given-name syllables, or a given name alone; no word ("마케팅팀").
        korean = east_asian_names()
        if not 2 <= len(joined) <= 4 or is_common_word_of_its_script(joined):
            return False
        for surname_length in ((0,) if len(joined) == 2 else (1, 2)):
            if (surname_length == 0 or joined[:surname_length] in korean.korean_surnames) and all(
                    syllable in korean.korean_given_syllables for syllable in joined[surname_length:]):
                return True
        return False
    if script == "LATIN":
        return all(word[:1].isupper() and not (word.isupper() and len(word) > 1) and not is_ordinary_word(word)
                   for word in words)
    if len(joined) < 2:
        return False
    common = [is_common_word_of_its_script(word) for word in words]
    return not all(common) if some_uncommon else not any(common)


def _list_start(text: str, line_start: int, end: int) -> int:
    """The end of `_LIST_OPENING`'s last match in text[line_start:end] (a line of its own): after the last of its
    separators, else the line's start, where `^` matches. Found from the end with str.rfind: walking every match from
    the line's start once per name was quadratic on a paragraph without breaks."""
    last = max(text.rfind(separator, line_start, end) for separator in _LIST_SEPARATORS)
    return last + 1 if last >= 0 else line_start


def _other_list_items(text: str, people: Sequence[Span], detector: str) -> Iterator[Span]:
    """The other items of a list on one line that holds a found name as one of its items."""
    seen_lists: set[int] = set()
    for person in people:
        line_start = text.rfind("\n", 0, person.start) + 1
        list_start = _list_start(text, line_start, person.start)
        if list_start in seen_lists:
            continue
        list_end = _SENTENCE_END.search(text, person.end).start()
        seen_lists.add(list_start)
        items = _items(text, list_start, list_end)
        if len(items) < 2:
            continue
        if len(items) >= 3 and not _short_item(text[slice(*items[-1])]):
            items = items[:-1]  # the sentence goes on after the list's last item ("..., X - absent, Y sent 6 men")
        if len(items) >= 3 and not _short_item(text[slice(*items[0])]):
            # The sentence leads into the list without a colon ("The rows to fix are ਗੁਰਵਿੰਦਰ ਬਰਾੜ, Ifeoma, Keisha"):
            # the first item is the run of name words ending it, after a change of script or of case.
            items = [_tail_of_lead_in(text, *items[0]), *items[1:]]
        named = [item for item in items if _is_a_found_name(text, item, people)]
        if not named or not all(_short_item(text[start:end]) for start, end in items):
            continue  # no found name, or a sentence with commas rather than a list: every item is short in a list
        score = _SCORE if len(named) >= 2 else DOUBTFUL_SCORE
        for start, end in items:
            if (start, end) in named:
                continue
            value = text[start:end]
            script = _script_of(value)
            if script and all(char.isalpha() or unicodedata.category(char)[0] == "M" or char in " '’.-・･·"
                              for char in value) and len(value.split()) <= 3 \
                    and _shaped_like_a_name(value.split() if script not in ("CJK", "HANGUL") else [value], script,
                                            some_uncommon=len(named) >= 2):
                yield Span(start, end, "PERSON", "pii", score, detector)


# "And" in the spaced scripts the English model cannot read, each written as a word of its own: Hindi/Marathi,
# Bengali, Tamil, Telugu, Gujarati, Punjabi, Kannada, Georgian, Armenian, Russian/Ukrainian/Bulgarian, Greek,
# Persian/Urdu (Arabic and Hebrew fuse theirs to the next word).
_AND_WORDS = frozenset("व और एवं आणि ও এবং மற்றும் మరియు અને ਅਤੇ ಮತ್ತು და և ու и й і та και و اور".split())
_WORD_AFTER = re.compile(r"[ \t]+([^\s\d.,;:!?()\[\]\"'“”«»،؛؟।॥]+)")
_WORD_BEFORE = re.compile(r"([^\s\d.,;:!?()\[\]\"'“”«»،؛؟।॥]+)[ \t]+\Z")


def _names_joined_by_and(text: str, people: Sequence[Span], detector: str) -> Iterator[Span]:
    """A name joined to a found person by its script's "and", after it or before it (see the module doc)."""
    for person in people:
        after = _WORD_AFTER.match(text, person.end)
        if after is not None and after.group(1) in _AND_WORDS:
            first = _WORD_AFTER.match(text, after.end())
            if first is not None and _may_be_a_name_word(first.group(1)):
                end = first.end()
                second = _WORD_AFTER.match(text, end)
                if second is not None and _may_be_a_name_word(second.group(1)) \
                        and is_listed_name_of_its_script(second.group(1)):  # a surname, not the verb after a name
                    end = second.end()
                yield Span(first.start(1), end, "PERSON", "pii", DOUBTFUL_SCORE, detector)
        before = _WORD_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is not None and before.group(1) in _AND_WORDS:
            name = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
            if name is not None and _may_be_a_name_word(name.group(1)):
                yield Span(name.start(1), name.end(1), "PERSON", "pii", DOUBTFUL_SCORE, detector)


def _tail_of_lead_in(text: str, start: int, end: int) -> tuple[int, int]:
    """The first item of a list a sentence leads into: its last one to three words after the last word of another
    script, or capitalised words after a lower-case Latin word; the whole item (too long, no list) if neither."""
    words = [(match.start(), match.end()) for match in _LEAD_IN_WORD.finditer(text, start, end)]
    for count in range(1, min(3, len(words) - 1) + 1):
        tail, before = words[-count:], words[-count - 1]
        scripts = {_script_of(text[s:e]) for s, e in tail}
        before_script = _script_of(text[slice(*before)])
        if len(scripts) != 1 or "" in scripts:
            break
        script = next(iter(scripts))
        if script != "LATIN" and before_script == "LATIN":
            return tail[0][0], end
        if script == "LATIN" and before_script == "LATIN" and text[before[0]].islower() and all(
                text[s].isupper() for s, _ in tail):
            return tail[0][0], end
    return start, end


_LEAD_IN_WORD = re.compile(r"[^\s,;:]+")


def _may_be_a_name_word(word: str) -> bool:
    """A word of a script other than Latin that no ordinary-word list of the script holds, capitalised if it has case."""
    script = _script_of(word)
    if script in ("", "LATIN") or word in _AND_WORDS or is_ordinary_word_of_its_script(word):
        return False
    return word[0].isupper() if word[0].lower() != word[0].upper() else True


def _short_item(value: str) -> bool:
    """Whether a list item is as short as a name: three words, 30 characters; 12 without spaces in a dense script."""
    words = value.split()
    return len(words) <= 3 and len(value) <= 30 and all(len(word) <= 12 for word in words)


def _is_a_found_name(text: str, item: tuple[int, int], people: Sequence[Span]) -> bool:
    """Whether the list item is a found name: found people cover every letter of it ("Անուն, ազգանուն՝ Արամ
    Սարգսյան" is a label and a name, no list of people)."""
    start, end = item
    covered = [(max(p.start, start), min(p.end, end)) for p in people if p.start < end and start < p.end]
    if not covered:
        return False
    return not any(char.isalpha() and not any(s <= index < e for s, e in covered)
                   for index, char in enumerate(text[start:end], start))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each item of the list text[start:end], blanks and a trailing bracketed note left out."""
    items: list[tuple[int, int]] = []
    position = start
    for separator in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
        item_end = separator.start() if separator is not None else end
        item = text[position:item_end]
        note = _ITEM_NOTE.search(item)
        if note is not None:
            item = item[:note.start()]
        stripped = item.strip(" \t\u3000")
        if stripped:
            item_start = position + item.index(stripped)
            items.append((item_start, item_start + len(stripped)))
        if separator is None:
            break
        position = separator.end()
    return items


def _script_of(value: str) -> str:
    """The script of the first letter of `value` ("LATIN", "CJK", "HANGUL", "ARABIC"; full-width Latin is LATIN)."""
    for char in value:
        if char.isalpha():
            name = unicodedata.name(char, "")
            first = name.split(" ", 1)[0]
            if first in ("FULLWIDTH", "HALFWIDTH"):
                return "KATAKANA" if "KATAKANA" in name else "LATIN"
            if first in ("HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"):
                return "KATAKANA" if first != "HIRAGANA" else "HIRAGANA"
            return first
    return ""
