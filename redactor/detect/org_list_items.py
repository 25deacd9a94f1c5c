"""A list that holds organisations holds organisations: the other items of an inline list where two were found.

People paste the firms they deal with as one line: "Clients: Kovács Pékség, Dr. Nagy Fogászati Rendelő Bt.,
Mátra Építő Zrt.", "供应商：苏州华锦纺织有限公司、宁波海澄物流有限公司、老李面馆", "고객사 목록: ㈜푸른바다수산,
햇살어린이집". A legal form or a head noun lets a detector find some items; the items named by ordinary words, by a
person's name or in a script without capitals are missed, though the list says what they are: a list holds one
kind of item. The property is the list, not the words: once two items of a list, and at least half of them, are
mostly covered by ORGANIZATION findings, the other items are organisations too, and a partly covered item is
taken whole ("Dr. Nagy Fogászati Rendelő Bt." where the model found "Nagy Fogászati Rendelő").

A list is the run of a line after its last label colon (":" or "：") or from the line start, up to the sentence's end,
split at ",", ";", "、", "，", "；" and, in its last item, at a conjunction between spaces ("and", "und", "et", "y",
"og", "och", "и" ...). An item is left when it is long (more than eight words or 60 characters), holds no letter,
is a place's name, or names public software or a listed company ("Compare Shopify, WooCommerce and Magento" is no
private party, whatever a detector said of its siblings).

Doubtful (0.55): on the wire doubt means redact; `redactor audit` does not report them. Cheap: it runs on lines
holding two ORGANIZATION findings only, and walks each such line once.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_software_name
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import term_list

_DETECTOR = "org-lists"
_KIND = "ORGANIZATION"
_MAX_WORDS = 8
_MAX_LENGTH = 60
_CONNECTOR_LENGTH = 4  # "de", "van", "på", "und", "del'": the longest small-letter word a name holds
# Where a list starts: after the last label colon of its line ("Clientes:", "고객사 목록:", "请帮我分类这些客户：").
_LABEL_COLON = re.compile(r"[:：](?=\s|[^\s/\d])")
# A separator of prose lists: a comma or semicolon before a blank, or the full-width marks. "a,b,c" is a CSV row,
# whose cells hold different kinds (column_kinds.py reads its columns).
_ITEM_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]+|[ \t]*[、，；][ \t]*")
# The sentence's end after the list ("... Kft.. Kategorizáld ágazat szerint.", "...合作社。"): a full stop before a
# blank (kept when it closes a short abbreviation such as a legal form: "Zrt.", "A.Ş.", "o.o."), "!", "?", "。".
_SENTENCE_END = re.compile(r"[!?。！？]|\.(?=\s|\Z)")
_SENTENCE_BEFORE_LIST = re.compile(r"(?<=[^\W\d_]{3})[.!?][ \t]+|[。！？][ \t]*")
# A legal form's abbreviation: a short word ("Zrt", "Ltd") or letters between dots ("A.Ş", "o.o"), not a word of four
# letters or more ("Bodø.", "Kubek.").
_ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s(])(?:[^\s.]{1,3}|[^\s.]{1,4}(?:\.[^\s.]{1,4})+)\Z")
# A conjunction joining the last item to the list, in the languages of the traffic.
_LAST_JOIN = re.compile(
    r"[ \t]+(?:and|or|und|oder|et|ou|y|o|e|ed|en|of|og|eller|och|ja|tai|és|vagy|a|i|oraz|lub|и|или|ve|veya|dan|atau|"
    r"và|hoặc|και|ή|&)[ \t]+")
_LETTER = re.compile(r"[^\W\d_]")


def organisations_in_lists(text: str, spans: Sequence[Span]) -> list[Span]:
    """ORGANIZATION spans for the other items of an inline list where two items were found as organisations."""
    organisations = [span for span in spans if span.kind == _KIND]
    if len(organisations) < 2:
        return []
    found: list[Span] = []
    seen_lines: set[int] = set()
    for span in organisations:
        line_start = text.rfind("\n", 0, span.start) + 1
        if line_start in seen_lines:
            continue
        seen_lines.add(line_start)
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        items = list(_items(text, line_start, line_end))
        if len(items) < 3:
            continue
        # Public names are no evidence ("AWS, Google Cloud, Hetzner" is a list of vendors), nor is one capitalised word:
        # brands and products are one word ("Notion, Zendesk"), a firm's name with its legal form or trade is more.
        taken = [item for item in items if _mostly_covered(text, item, organisations)
                 and _says_more_than_a_brand(text[item[0]:item[1]])
                 and not _names_no_private_party(text[item[0]:item[1]])]
        if len(taken) < 2 or 2 * len(taken) < len(items):
            continue
        for start, end in items:
            value = text[start:end]
            if _names_no_private_party(value) or not _reads_as_name(value):
                continue
            found.append(Span(start, end, _KIND, "org", DOUBTFUL_SCORE, _DETECTOR))
    return found


def _items(text: str, line_start: int, line_end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of each item of the line's list (see module doc)."""
    start = line_start
    for colon in _LABEL_COLON.finditer(text, line_start, line_end):
        start = colon.end()
    first_separator = _ITEM_SEPARATOR.search(text, start, line_end)
    if first_separator is not None:  # "I have three suppliers. Kessler GmbH, ...": the list opens after the sentence
        for sentence_end in _SENTENCE_BEFORE_LIST.finditer(text, start, first_separator.start()):
            start = sentence_end.end()
    pieces: list[tuple[int, int]] = []
    position = start
    for separator in _ITEM_SEPARATOR.finditer(text, start, line_end):
        pieces.append((position, separator.start()))
        position = separator.end()
    pieces.append((position, _list_end(text, position, line_end)))
    if len(pieces) < 2:
        return
    last_start, last_end = pieces.pop()
    joins = list(_LAST_JOIN.finditer(text, last_start, last_end))
    if joins:
        pieces.append((last_start, joins[-1].start()))
        pieces.append((joins[-1].end(), last_end))
    else:
        pieces.append((last_start, last_end))
    for item_start, item_end in pieces:
        while item_start < item_end and text[item_start] in " \t\"'“”«»「」『』":
            item_start += 1
        bracket = text.find("(", item_start, item_end)  # "Halcyon Yoga Studio (won)": a note after the name
        if bracket > item_start:
            item_end = bracket
        while item_end > item_start and text[item_end - 1] in " \t\"'“”«»「」『』":
            item_end -= 1
        if item_start < item_end:
            yield item_start, item_end


def _list_end(text: str, start: int, line_end: int) -> int:
    """Where the sentence holding the list's last item ends (a legal form's full stop stays in the item)."""
    for end in _SENTENCE_END.finditer(text, start, line_end):
        if end.group(0) == "." and _ABBREVIATION_BEFORE.search(text, start, end.start()):
            return end.end()
        return end.start()
    return line_end


def _mostly_covered(text: str, item: tuple[int, int], organisations: Sequence[Span]) -> bool:
    start, end = item
    letters = sum(1 for character in text[start:end] if not character.isspace())
    # The item's positions inside some organisation, gathered span by span (not every organisation asked at every
    # position: a paragraph-long list item times many organisations was this finder's time).
    inside: set[int] = set()
    for span in organisations:
        if span.start < end and start < span.end:
            inside.update(range(max(start, span.start), min(end, span.end)))
    covered = sum(1 for position in inside if not text[position].isspace())
    return letters > 0 and 2 * covered >= letters


def _says_more_than_a_brand(value: str) -> bool:
    """Two words or more, or a name in a script without capitals ("老李面馆", "햇살어린이집")."""
    return len(value.split()) > 1 or any(c.isalpha() and not (c.isupper() or c.islower()) for c in value)


def _reads_as_name(value: str) -> bool:
    """Whether an item reads as a name rather than a clause: in a script with capitals, it opens with no small letter
    (or one trade noun before a capital) and its other words in small letters are short connectors ("Tannlegene på Torget", "Slagerij van Dam"); "not the client
    Brightwater Analytics" and "gegen die Ostwestfalen Fensterbau AG wegen Werklohn" are prose."""
    words = value.split()
    if words[0][:1].islower():  # a trade noun in small letters before the name ("кафе Берёзка") and nothing more
        return len(words) > 1 and words[1][:1].isupper() and _reads_as_name(" ".join(words[1:]))
    return all(not word[:1].islower() or len(word) <= _CONNECTOR_LENGTH for word in words)


def _names_no_private_party(value: str) -> bool:
    words = value.split()
    if (len(words) > _MAX_WORDS or len(value) > _MAX_LENGTH or not _LETTER.search(value)
            or is_place_name(value) or is_public_company(value)):
        return True
    # Legal forms alone ("GmbH, AG, KG, e.V.": a question about them) and public software name no one.
    return all(is_software_name(word) or _legal_form_word(word) for word in words)


def _legal_form_word(word: str) -> bool:
    bare = word.strip(".,()")
    return (bare.casefold() in term_list("org_suffixes") or "." in bare and len(bare) <= 6
            or bare.isupper() and len(bare) <= 3)
