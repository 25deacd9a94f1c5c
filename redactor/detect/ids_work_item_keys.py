"""Ticket and case keys and customer/order numbers where the text says they number a person's matter.

A help desk's ticket, a lawyer's case and a shop's customer number point at one person as surely as a member
number: pasted with names, they re-identify. Development writes the same project-key form (`ENG-341`) for its own
work, and standards and versions share it (`UTF-8`, `SHA-256`, `ISO-8601`, `PEP-8`), so a bare key is no id: this
module reads a key or number only where its place says what it numbers (all doubtful, 0.55: on the wire only):

- a table column headed by a word of tickets, cases, orders or customers (`Issue key`, `Schlüssel`, `ticket`,
  `pedido`, `cliente`, `cust`, `Kunde`, `order_id`): every cell below that is a key, a `#`-number or a number of
  three digits or more (not a date, an amount or a version);
- a key after a word of a ticket, a case or a reference in several languages (`ticket SD-4471`,
  `der Fall KD-2210`, `dossier RH-0412`, `zgłoszenie PL-7781`, `el caso AT-903`, `ref=LEG-77`), perhaps after `#`,
  `n°`, `nr`, `:` or `=`;
- a list line pairing a person with keys (`- Hana: ENG-341, ENG-360`, `* Marek -> CS-219`);
- a key under a short header that only says "the id" (`#`, `ID`, `Issue`, `Ref`, `Nr.`, `n°`, `número`): such a
  header stands over database ids and step numbers too, so only key-shaped cells of a personal prefix are read;
- a key at the start of a line (a list item, a table row, a chat message) when the text holds two keys or more of
  its prefix: a tracker export or a standup list (`ENG-341: login fails` then `ENG-360: export`), not one `UTF-8`.
  A prefix of a public tool or model (`GPT-4`, `GPT-3`) or whose numbers are all years (`ES-2015`, `ES-2017`) is
  no project's;
- a number of four digits or more after a short customer or member label in prose or chat (`cust 88120`,
  `cliente 55231`, `member 30417`), and, once such a number is an id in the text, the other bare numbers of the
  same length near it (`merge cust 88120 into 90455`).

Round 26: trackers name projects with any word or common acronym (`OPS-4410`, `LOG-5521`, `SUP-2207`, `BANK-907`),
so where the place says a key is a key (after a case word, on a person's list line, at a line's start beside keys of
its prefix) only a public name's prefix is not read (the public_key_names list: standards, encodings, algorithms,
classifications, versions: `UTF-8`, `SHA-256`, `ISO-8601`, `ES-2015`, `ICD-10`; a public tool's or model's,
`GPT-4`). Two more places say it:

- a key that is a whole value of a record: a quoted JSON or literal value (`"key": "SUP-2207"`,
  `"created": ["OPS-4471", ...]`) or a `key=value` field (`ticket=OPS-4410`), unless its field names a thing of a
  program or a product (`"version"`, `"model"`, `"sku"`, `"region"`: record_ids._THING_WORDS), the value's
  encoding or algorithm (`"encoding": "UTF-8"`: a public name) or the key is a program's error or message code
  (`"ORA-00942"`, ids_bare_codes._ERROR_PREFIXES);
- a number of four digits or more after a case word (`prod ticket 8812`, `case #44120`, `der Fall 2210`), not a year.

And, recall first, a key standing anywhere in prose (`give me the details of SUP-2207`, `Fass mir bitte LOG-5521
zusammen`) with three digits or more, when its prefix is none of a public name, a public acronym or a program's
(record_ids._NOT_PERSONAL_PREFIXES, the public acronyms list: `PR-4471`, `OPS-`, `INC-`) nor a program's error code
(`ORA-00942`), its digits are no year
and no thing's word stands right before it (`model RTX-4090`, `flight MH-370`).
A found key's other mentions are marked by the engine's propagation.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.acronym_labels import _public_acronyms
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_bare_codes import _ERROR_PREFIXES
from redactor.detect.keywords import (ANY_TEXT, alternatives_by_first_character, lines_holding, matches_at_keywords,
                                      matches_at_starts, matches_on_lines_with, needs_marks)
from redactor.detect.record_ids import _NOT_PERSONAL_PREFIXES, _THING_WORDS
from redactor.detect.table_columns import column_cells
from redactor.detect.term_lists import term_list

_KEY = r"[A-Z][A-Z0-9]{1,9}-\d{1,7}"
_KEY_ALONE = re.compile(rf"#?{_KEY}")
# Held by every match of the key finders at a line's start, after a case word and on a person's list line: a text
# without one (most prose) skips them (the scan for a capital letter is quick, the case-insensitive words are not).
_HOLDS_A_KEY = re.compile(_KEY)
# Header cells naming a column of ticket/case keys or of order/customer numbers.
_HEADER_WORDS = (
    r"issue[ _]?key|key|schlüssel|schluessel|clé|clave|chiave|klucz|ticket(?:[ _]?(?:id|key|no|nr|#))?|tickets?|"
    r"case(?:[ _]?(?:id|no|nr|#))?|fall|caso|cas|dossier|zgłoszenie|zgloszenie|sprawa|zaak|ärende|"
    r"order(?:[ _]?(?:id|no|nr|#))?|orders?|pedido|pedidos|commande|bestellung|ordine|zamówienie|bestelling|"
    r"cust(?:omer)?(?:[ _]?(?:id|no|nr|#))?|cliente|clientes|client(?:[ _]?(?:id|no|nr))?|kunde|kunden|klant|klient"
)
_HEADER_CELL_BODY = rf"[ \t]*[\"'`*]*(?P<label>{_HEADER_WORDS})[\"'`*]*[ \t]*(?=[|\t,;]|$)"
_HEADER_CELL = re.compile(rf"(?im)(?:^|(?<=[|\t,;])){_HEADER_CELL_BODY}")
_HEADER_CELL = alternatives_by_first_character(_HEADER_CELL)  # the same matches (keywords.py), faster per try
# Header cells that only say the column holds ids: under them only keys of a personal prefix.
_SHORT_HEADER_WORDS = r"issues?|id|#|ref\.?|reference|nr\.?|no\.?|n[°º]|n[úu]mero|numéro|nummer"
_SHORT_HEADER_CELL_BODY = rf"[ \t]*[\"'`*]*(?P<label>{_SHORT_HEADER_WORDS})[\"'`*]*[ \t]*(?=[|\t,;]|$)"
_SHORT_HEADER_CELL = re.compile(rf"(?im)(?:^|(?<=[|\t,;])){_SHORT_HEADER_CELL_BODY}")
# Every header cell starts at a line's start or just after a delimiter, "\n|\t,;" (both patterns' leading `^` or
# look-behind, which let `re` skip ahead to no position): each pattern is also written after each delimiter, a
# pattern led by a literal, which `re` searches for at C speed (~1 ns a character; a Python loop over every cell
# start of a 10 KB text, ~400 of them, cost ~0.5 ms per pattern, and one pattern led by the class "[\n|\t,;]" is
# tried at every character, ~12 ns). It matches at its delimiter exactly where the pattern matches right after it.
_CELL_DELIMITERS = "\n|\t,;"
_HEADER_CELL_AFTER_DELIMITERS = tuple(
    alternatives_by_first_character(re.compile(rf"(?im){re.escape(delimiter)}{_HEADER_CELL_BODY}"))
    for delimiter in _CELL_DELIMITERS)
_SHORT_HEADER_CELL_AFTER_DELIMITERS = tuple(
    alternatives_by_first_character(re.compile(rf"(?im){re.escape(delimiter)}{_SHORT_HEADER_CELL_BODY}"))
    for delimiter in _CELL_DELIMITERS)
_CELL_ID = re.compile(rf"#?{_KEY}|#?[A-Z]{{0,3}}-?\d{{3,12}}")
# A key after a word of a ticket or a case.
_CASE_WORD = (r"tickets?|case|cases|fall|falls|caso|casos|cas|dossiers?|zgłoszeni[ea]|zgloszeni[ea]|sprawa|sprawy|"
              r"zaak|ärende|pratica|expediente|processo|vorgang|anfrage|request|incidencia|reclamación|reklamacja|"
              r"ref|reference")
# ... or a number of four digits or more ("prod ticket 8812", "case #44120"); a request or a reference may be of any
# number ("request 5000 rows"), so those words are read before keys only.
_KEY_AFTER_CASE_WORD = re.compile(
    rf"(?i:\b(?P<word>{_CASE_WORD})\b)[ \t]*(?:(?i:n[°º]|nr\.?|no\.?|number|nummer|numéro|número)[ \t]*)?[:#=]?[ \t]*"
    rf"(?P<key>#?{_KEY}(?![\w/@-])|#?\d{{4,9}}(?![\w/@%-]|[.,:]\d))")
_WORDS_BEFORE_KEYS_ONLY = frozenset("request ref reference anfrage".split())
_KEY_AFTER_CASE_WORD = alternatives_by_first_character(_KEY_AFTER_CASE_WORD)  # the same matches, faster per try
# Every _KEY_AFTER_CASE_WORD match starts with one of these, lower-cased (on ASCII text, as _CUSTOMER_LABEL_STARTS).
_CASE_WORD_STARTS = ("ticket", "cas", "fall", "dossier", "zg", "spraw", "zaak", "pratica", "expediente", "processo",
                     "vorgang", "anfrage", "request", "incidencia", "reclamaci", "reklamacja", "ref")
# A list line: a person (capitalised words) then keys: "- Hana: ENG-341, ENG-360", "* Marek -> CS-219".
_PERSON_KEYS_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*[A-ZÀ-Ý][\w'.-]*(?:[ \t]+[A-ZÀ-Ý][\w'.-]*){{0,2}}[ \t]*(?::|->|→|–|—)"
    rf"[ \t]*(?P<keys>{_KEY}(?:[ \t]*(?:,|&|and|und|y|et)[ \t]*{_KEY})*)[ \t]*$")
# A key that starts a line: after a bullet, a number, a table's '|', a quote's '>', or a chat line's time and speaker.
_KEY_AT_LINE_START = re.compile(
    rf"(?m)^[ \t]*(?:[-*•|>]|\d+[.)])?[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?(?:(?:<[\w.@-]{{1,30}}>|[\w.@-]{{1,30}}:)[ \t]*)?"
    rf"(?P<key>{_KEY})(?![\w/@-]|\.\w)")
_ANY_KEY = re.compile(rf"(?<![\w/@.-]){_KEY}(?![\w/@-]|\.\w)")
_LISTED_KEYS_MIN = 2
# A key that is a whole value: quoted (a JSON or literal value, a list item) or after `=`; the field before it, if any.
_KEY_AS_VALUE = re.compile(
    rf"(?:(?P<field>[A-Za-z_][\w.-]{{0,40}})[\"']?[ \t]*(?P<sep>[:=])[ \t]*|(?<=[\[,(])[ \t]*)"
    rf"(?P<quote>[\"']?)(?P<key>{_KEY})(?P=quote)(?=[ \t]*(?:[,;)\]}}\n]|$)|(?<=[\"'])|[ \t])")
_FIELD_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*")
# Field words that name what a key numbers: a field of them is a key's (`issueKey`, `ticket_id`), not a thing's.
_KEY_FIELD_WORDS = frozenset("key keys ticket tickets issue issues case cases id ids".split())
# A key standing alone in prose: three digits or more, after no thing's word ("model RTX-4090").
# A quoted or `=` value is no bare key: its field decides (_keys_as_values: `"model": "XR-500"` stays).
_BARE_KEY = re.compile(rf"(?<![\w/@.$#=\"'-])(?P<key>[A-Z][A-Z0-9]{{1,9}}-(?P<number>\d{{3,7}}))(?![\w/@-]|\.\w)")
_THING_BEFORE = re.compile(r"(?i:\b(?P<word>[a-z_]+)[ \t]*(?:#|no\.?|nr\.?|number|num\.?)?[ \t]*[:#=]?[ \t]*)$")
# A number after a short customer or member label in prose or chat.
_CUSTOMER_LABEL = (r"cust|customer|customers|cliente|clientes|client|clients|kunde|kunden|klant|klient|member|"
                   r"membre|miembro|socio|mitglied|abonnent|subscriber|account|acct|konto|compte|cuenta")
_NUMBER_AFTER_CUSTOMER_LABEL = re.compile(
    rf"(?i:\b(?:{_CUSTOMER_LABEL})\b)[ \t]*(?:(?i:n[°º]|nr\.?|no\.?|#)[ \t]*)?(?P<number>\d{{4,12}})(?![\w.,/:-]\d|[\w@/])")
_NUMBER_AFTER_CUSTOMER_LABEL = alternatives_by_first_character(_NUMBER_AFTER_CUSTOMER_LABEL)  # the same matches
# Every _NUMBER_AFTER_CUSTOMER_LABEL match starts with one of these, lower-cased (on ASCII text: elsewhere `re` also
# folds `ſ`, `ı` and `İ` into s and i, which lower() does not).
_CUSTOMER_LABEL_STARTS = ("cust", "client", "kunde", "klant", "klient", "member", "membre", "miembro", "socio",
                          "mitglied", "abonnent", "subscriber", "account", "acct", "konto", "compte", "cuenta")
_BARE_NUMBER = re.compile(r"(?<![\w.,/:#$€£-])\d{4,12}(?![\w/@%]|[.,:-]\d)")
_SAME_LENGTH_REACH = 160
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE_OR_AMOUNT = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d+[.,]\d{2}$|\d+\.\d+\.\d+")


def _listed_prefixes(text: str, key_starts: list[int]) -> set[str]:
    """Prefixes of which the text holds two keys or more, not a public tool's or model's (`GPT-4`, `GPT-3`), nor
    all of them years (`ES-2015`, `ES-2017`). `key_starts`: `_key_starts(text)`."""
    tools = term_list("tech_terms")
    numbers_by_prefix: dict[str, set[str]] = {}
    for match in matches_at_starts(_ANY_KEY, text, key_starts):
        prefix, number = match.group().split("-", 1)
        numbers_by_prefix.setdefault(prefix, set()).add(number)
    return {prefix for prefix, numbers in numbers_by_prefix.items()
            if len(numbers) >= _LISTED_KEYS_MIN and prefix.lower() not in tools
            and not all(_YEAR.fullmatch(number) for number in numbers)}


def public_key_name(key: str) -> bool:
    """Whether a key-shaped name is a public one: a standard's, an encoding's, an algorithm's, a version's, a public
    tool's or model's (`UTF-8`, `SHA-256`, `ES-2015`, `GPT-4`), not a project's key."""
    prefix = key.lstrip("#").split("-", 1)[0].lower()
    return prefix in term_list("public_key_names") or prefix in term_list("tech_terms")


def program_message_code(key: str) -> bool:
    """Whether a key is a program's error or message code or a vendor's number (`ORA-00942`, `ERR-5012`,
    `INC-4471`: ids_bare_codes._ERROR_PREFIXES), read only where a case word names it a ticket."""
    return key.lstrip("#").split("-", 1)[0].lower() in _ERROR_PREFIXES


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_work_item_keys(text: str, segment_kind: str = "prose") -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of ticket/case keys and customer/order numbers where their place names them (module doc),
    each once (a key at a line's start or under a header is a bare key too)."""
    if segment_kind == "code":
        return
    seen: set[tuple[int, int]] = set()
    for start, end, score in _work_item_keys(text):
        if (start, end) not in seen:
            seen.add((start, end))
            yield start, end, score


def _work_item_keys(text: str) -> Iterator[tuple[int, int, float]]:
    public = None

    def personal(key: str) -> bool:
        nonlocal public
        prefix = key.lstrip("#").split("-", 1)[0]
        if prefix in _NOT_PERSONAL_PREFIXES:
            return False
        if public is None:
            public = _public_acronyms()
        return prefix.lower() not in public

    for header in matches_at_starts(_HEADER_CELL, text, _header_cell_starts(_HEADER_CELL_AFTER_DELIMITERS, text)):
        for start, end in column_cells(text, header.start("label"), header.end("label")):
            cell = text[start:end].strip(" \"'`")
            # The header says what the cell numbers, so a program's prefix (`OPS-91` under `Issue key`) is read too.
            if _CELL_ID.fullmatch(cell) and not _DATE_OR_AMOUNT.fullmatch(cell):
                offset = text.index(cell, start)
                yield offset, offset + len(cell), DOUBTFUL_SCORE
    for header in matches_at_starts(_SHORT_HEADER_CELL, text,
                                    _header_cell_starts(_SHORT_HEADER_CELL_AFTER_DELIMITERS, text)):
        for start, end in column_cells(text, header.start("label"), header.end("label")):
            cell = text[start:end].strip(" \"'`")
            if _KEY_ALONE.fullmatch(cell) and personal(cell):
                offset = text.index(cell, start)
                yield offset, offset + len(cell), DOUBTFUL_SCORE
    key_starts = _key_starts(text) if "-" in text else []
    if key_starts:
        listed = None
        # Both line patterns match inside one line that holds a key: only the lines holding a key start are tried,
        # not every line start (a line with a `_KEY` in it holds one of _key_starts' leftmost matches).
        key_lines = [start for start, _ in lines_holding(text, key_starts)]
        for match in matches_at_starts(_KEY_AT_LINE_START, text, key_lines):
            if listed is None:
                listed = _listed_prefixes(text, key_starts)
            key = match.group("key")
            # One key alone at a line's start ("SUP-2207: Aurelio asks ...") is read as a bare key below.
            if key.split("-", 1)[0] in listed and personal(key) and not public_key_name(key):
                yield match.start("key"), match.end("key"), DOUBTFUL_SCORE
        for match in matches_at_starts(_PERSON_KEYS_LINE, text, key_lines):
            for key in _KEY_ALONE.finditer(text, match.start("keys"), match.end("keys")):
                if not public_key_name(key.group()):
                    yield key.start(), key.end(), DOUBTFUL_SCORE
        yield from _keys_as_values(text)
        for match in matches_at_starts(_BARE_KEY, text, key_starts):
            key = match.group("key")
            if (public_key_name(key) or not personal(key) or program_message_code(key)
                    or _YEAR.fullmatch(match.group("number"))):
                continue
            thing = _THING_BEFORE.search(text, max(0, match.start() - 32), match.start())
            if thing is None or thing.group("word").lower() not in _THING_WORDS:
                yield match.start(), match.end(), DOUBTFUL_SCORE
    if text.isascii():  # tried only where a case word starts (the shared cue scan), not at every position
        after_case_words = matches_at_keywords(_KEY_AFTER_CASE_WORD, text, _CASE_WORD_STARTS)
    else:
        after_case_words = _KEY_AFTER_CASE_WORD.finditer(text)
    for match in after_case_words:
        key = match.group("key")
        if "-" in key:
            if not public_key_name(key):
                yield match.start("key"), match.end("key"), DOUBTFUL_SCORE
        elif (match.group("word").lower() not in _WORDS_BEFORE_KEYS_ONLY
              and not _YEAR.fullmatch(key.lstrip("#"))):
            yield match.start("key"), match.end("key"), DOUBTFUL_SCORE
    if text.isascii():  # tried only where a label's word starts (the shared cue scan), not at every position
        after_labels = matches_at_keywords(_NUMBER_AFTER_CUSTOMER_LABEL, text, _CUSTOMER_LABEL_STARTS)
    else:
        after_labels = _NUMBER_AFTER_CUSTOMER_LABEL.finditer(text)
    labelled = [match.span("number") for match in after_labels]
    labelled = [(start, end) for start, end in labelled if not _YEAR.fullmatch(text, start, end)]
    for start, end in labelled:
        yield start, end, DOUBTFUL_SCORE
    if labelled:  # "merge cust 88120 into 90455": a number of the same length near a customer's is one too
        # Anchored at every mention of a labelled number: "cust 88120 ..." then "keep 88120, move ... from 90455".
        values = {text[start:end] for start, end in labelled}
        anchors = sorted({match.start() for value in values for match in re.finditer(re.escape(value), text)})
        lengths = {len(value) for value in values}
        for match in _BARE_NUMBER.finditer(text):
            if len(match.group()) in lengths and any(
                    abs(match.start() - anchor) <= _SAME_LENGTH_REACH for anchor in anchors):
                yield match.start(), match.end(), DOUBTFUL_SCORE


def _key_starts(text: str) -> list[int]:
    """Where each key of the text starts (`_KEY`, leftmost and without overlap): _ANY_KEY's and _BARE_KEY's matches
    start at one of them, since both want no letter, digit or "-" before the key (a key running on from another
    holds one), and are tried only there (their leading look-behind makes `re` try every position: ~70 us per KB)."""
    return [match.start() for match in _HOLDS_A_KEY.finditer(text)]


def _header_cell_starts(after_delimiters: tuple[re.Pattern[str], ...], text: str) -> list[int]:
    """The text's start and every offset right after a delimiter where a header pattern matches (`after_delimiters`:
    the pattern after each delimiter), ascending: its every match starts at one of them (matches_at_starts)."""
    starts = [0]
    for after_delimiter in after_delimiters:
        found = after_delimiter.search(text)
        while found is not None:  # (each offset tried: a cell may open inside another's match, "\n\tkey")
            starts.append(found.start() + 1)
            found = after_delimiter.search(text, found.start() + 1)
    starts.sort()
    return starts


def _keys_as_values(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of keys that are a whole value of a record: `"key": "SUP-2207"`, `["OPS-4471", ...]`,
    `ticket=OPS-4410`, unless the field names a thing (`"model": "GPT-4"`) or the key is a public name."""
    # Read only on the lines that hold a key (every match holds one and no line break; the look-ahead reads a line's
    # end, "\n" or the end, alike): tried at every position of a 1 KB text, the pattern cost ~0.5 ms.
    for match in matches_on_lines_with(_KEY_AS_VALUE, text, _HOLDS_A_KEY):
        key = match.group("key")
        if public_key_name(key) or program_message_code(key) or (
                match.group("sep") == ":" and not match.group("quote")):
            continue  # a public name, or a key after a colon unquoted: prose ("Re: SUP-2207"), read elsewhere
        field = match.group("field")
        if field is not None:
            words = {word.lower() for word in _FIELD_WORD.findall(field)}
            if words & _THING_WORDS and not words & _KEY_FIELD_WORDS:
                continue
        yield match.start("key"), match.end("key"), DOUBTFUL_SCORE
