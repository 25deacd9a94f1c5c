"""The person or organisation under an address-block label: shipping labels, invoices, waybills, letters.

`SHIP TO:`, `BILL TO:`, `DELIVER TO:`, `RETURN TO:`, `Consignee:`, `Recipient:` and their equivalents in
other languages (`Destinataire`, `Empfänger`, `Nabywca`, `Alıcı`, `수령인`, `收件人`, `לכבוד`; the list is data:
rules/term_lists.yaml `address_block_labels`) are followed, on the same line or the next one, by the party's
name, in any letter case (`SHIP TO:\\nPRIYA VENKATESAN NAIR\\nFLAT 2A ...`, `RETURN TO:\\nmarcus albright`).
The short lines right below the name, up to a blank, contact or order line (at most four), are the address
when they hold a number (STREET_ADDRESS, 0.6); the address finders (addresses.py, address_blocks.py) read
most of them too, and the spans merge.

The label starts its line and ends in a colon or the line (`attn`, `c/o` and `לכבוד` also before a space). The
name runs to a comma, a bracket, a wide gap, a word with a digit or an `@`, or a contact word; a value that
starts with a number is the address itself, and a value of ordinary words ("Same as billing") names no one.
Labels that also head other things (`From:`, `To:`, `Customer:`, `Vendor:`; `address_block_weak_labels`) give
a doubtful finding (0.55, the wire only) unless an address line (one with a digit) follows the name; the
others give 0.7. Person or organisation: parties.py.
"""
from __future__ import annotations

import functools
import re
from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, keyword_positions, longest_keyword_at, lowered_same_length, needs_marks
from redactor.detect.name_runs import is_honorific
from redactor.detect.parties import names_something, party_span
from redactor.detect.rule_files import term_list
from redactor.detect import term_lists
from redactor.detect.term_lists import stop_words

_SCORE = 0.7
_MOST_WORDS = 7
# Labels that may stand before the name without a colon.
_LABELS_BEFORE_A_SPACE = frozenset({"attn", "attn.", "c/o", "לכבוד"})
_LINE_START = re.compile(r"(?:^|\n)[ \t>*#•-]*\Z")
_AFTER_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*(?P<colon>[:：])?[ \t]*(?:\*\*|__)?[ \t]*")
# Where a name ends: a separator, a bracket, a wide gap, a word with a digit or an "@", a contact word.
_NAME_END = re.compile(r"[,;|<(\[{]|[ \t]{2,}|\t| [-–—] |\S*[\d@=_/\\]\S*|(?i:\b(?:tel|tél|phone|email|e-mail|mobile|fax)\b)")
_WORD = re.compile(r"\S+")
_MOST_ADDRESS_LINES = 4
_LONGEST_ADDRESS_LINE = 80
_ADDRESS_SCORE = 0.6
# An address line: words, numbers and the punctuation of addresses, at most eight words (not a table row, an
# e-mail address, a machine-readable zone or a sentence).
# Every address line has a number or a capitalised word, or is written in a script without capitals ("123-45-6789"
# alone or "verified by phone" is no address line).
_ADDRESS_WORD = re.compile(r"(?=[^\n]*[^\W\d_])(?:[^\n]*\d|[^\n]*\b[A-ZÀ-ÖØ-Þ]|[^\n]*[^\x00-\u024f])")
_ADDRESS_SHAPED = re.compile(r"(?=(?:\S+\s+){0,7}\S+\Z)[\w\s,./#'’()&:-]+")
# Lines of a label, invoice or mail header that are no part of the address: contact fields, order data, any
# field of one or two words and a colon ("Sent: Monday 3 May"; not "Atatürk Cad. No: 12").
_LABELLED_LINE = re.compile(r"(?:tel|tél|phone|mobile|cell|fax|e-?mail|order|invoice|date|qty|sku|ref|item|total"
                            r"|vat|tax|po|tracking|weight|dims?|notes?)\b|[^\W\d][\w-]*(?:[ \t][\w-]+)?[ \t]*[:：]")
_QUOTED_NAME = re.compile(r"[\"“'](?P<name>[^\"”'\n@]{2,60})[\"”']")


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[str, ...]:
    return tuple(sorted(term_list("address_block_labels") | {"from:", "to:"}))


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def address_block_parties(text: str, detector: str) -> list[Span]:
    """PERSON/ORGANIZATION spans of the names under address-block labels (module doc)."""
    lowered = lowered_same_length(text)
    found: list[Span] = []
    labels = _labels()
    for position in sorted(set(keyword_positions(lowered, labels))):
        party = _party_after_label(text, lowered, position, labels, detector)
        if party is None:
            continue
        span, line_end = party
        if not any(span.start < other.end and other.start < span.end for other in found):
            found.append(span)
            address = _address_lines_below(text, line_end, labels, detector)
            if address is not None:
                found.append(address)
    return found


def _party_after_label(text: str, lowered: str, position: int, labels: tuple[str, ...], detector: str
                       ) -> tuple[Span, int] | None:
    """The party's span after the label at `position`, and the end of the line it stands on."""
    label = longest_keyword_at(lowered, position, labels)
    end = position + len(label)
    if label[0].isalpha() and label.isascii() and end < len(text) and text[end].isalnum():
        return None  # "shipper" is not "ship", "tomorrow" not "to:"
    if not _LINE_START.search(text, max(0, position - 12), position) and position:
        return None
    after = _AFTER_LABEL.match(text, end)
    has_colon = label.endswith(":") or after.group("colon") is not None
    value_start = after.end()
    line_end = _line_end(text, value_start)
    if not has_colon and label not in _LABELS_BEFORE_A_SPACE and value_start != line_end:
        return None  # "Buyer beware", "Recipient list": a label heads a value with a colon or a line of its own
    if value_start == line_end:  # the name is on the next line
        if line_end >= len(text):
            return None
        value_start = line_end + 1
        while value_start < len(text) and text[value_start] in " \t":
            value_start += 1
        line_end = _line_end(text, value_start)
    quoted = _QUOTED_NAME.match(text, value_start, line_end)
    if quoted is not None:  # From: "Brennan, Siobhan" <...>: the quotes hold the whole name, comma and all
        value_start, value_end = quoted.span("name")
    else:
        stop = _NAME_END.search(text, value_start, line_end)
        value_end = stop.start() if stop else line_end
        if stop is not None and stop.group(0)[:1].isdigit() and not text[value_start:stop.start()].strip(" \t,"):
            return None  # the line is the address ("Lieferadresse: 12 ..."), not a name
        if stop is not None and stop.group(0)[:1].isdigit() and text[stop.start() - 1] in " \t":
            return None  # a street and its number ("Lieferadresse: Hauptstraße 12, 10115 Berlin"), not a name
    words = [match.span() for match in _WORD.finditer(text, value_start, value_end)][:_MOST_WORDS]
    for index, (word_start, word_end) in enumerate(words[:-1]):
        if _ends_a_sentence(text[word_start:word_end]):
            words = words[:index + 1]  # "Customer: Zoe Marchetti. Zoe called twice ...": the name, not the sentence
            break
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    while end > start and text[end - 1] in ".:-–—" and not text[start:end].endswith(("Ltd.", "Inc.", "Co.", "Fwd.")):
        end -= 1
    name = text[start:end]
    if not name[0].isalpha() or "[[" in name or "]]" in name or not names_something(name):
        return None  # a bracket, a placeholder or markup, or ordinary words ("Same as billing")
    weak = label.rstrip(":") in term_list("address_block_weak_labels")
    score = _SCORE if not weak or _digit_on_next_line(text, line_end) else DOUBTFUL_SCORE
    return party_span(start, end, name, score, detector), line_end


def _ends_a_sentence(word: str) -> bool:
    """A word of three letters or more with a full stop ("Marchetti."), not a title ("Mrs.") or a legal form ("Corp.")."""
    bare = word[:-1]
    return (word.endswith(".") and len(bare) >= 3 and bare.isalpha() and not is_honorific(bare)
            and bare.casefold() not in term_lists.term_list("org_suffixes"))


def _address_lines_below(text: str, line_end: int, labels: tuple[str, ...], detector: str) -> Span | None:
    """The block's address: the short lines right below the name, up to a blank line, a labelled line or a
    contact line, when they hold a number (a house number, a postcode). Where the address finders read the
    same lines their spans merge with this one; it catches layouts they do not know ("Atatürk Cad. No: 12,
    Kadıköy / İstanbul")."""
    start = line_end + 1
    end = position = start
    for _ in range(_MOST_ADDRESS_LINES):
        if position >= len(text):
            break
        next_end = _line_end(text, position)
        line = text[position:next_end]
        lowered = line.strip().lower()
        if not lowered or len(line) > _LONGEST_ADDRESS_LINE or _LABELLED_LINE.match(lowered) \
                or not _ADDRESS_SHAPED.fullmatch(line.strip()) or any(lowered.startswith(label) for label in labels) \
                or not _ADDRESS_WORD.search(line) or _reads_as_a_sentence(line):
            break
        end = next_end
        position = next_end + 1
    block = text[start:end]
    if not any(char.isdigit() for char in block):
        return None
    trimmed_end = start + len(block.rstrip())
    return Span(start + len(block) - len(block.lstrip()), trimmed_end, "STREET_ADDRESS", "pii", _ADDRESS_SCORE,
                detector)


def _reads_as_a_sentence(line: str) -> bool:
    """Two English stop words make a line prose, not an address ("Thanks, see you 2 May"; "Unit 3, The Old
    Rectory" has one)."""
    return sum(word.casefold() in stop_words() for word in re.findall(r"[^\W\d_]{2,}", line)) >= 2


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _digit_on_next_line(text: str, line_end: int) -> bool:
    if line_end >= len(text):
        return False
    return any(char.isdigit() for char in text[line_end + 1:_line_end(text, line_end + 1)])
