"""People (and organisations) named by the fields of record formats that never read as prose.

Agents paste messages and files of formats whose grammar says where a name stands, where
neither the English model nor a label finds it:

- HL7 v2 segments: the person-name fields of PID, NK1, GT1, IN1, MRG (`FAMILY^GIVEN^MIDDLE`)
  and the clinician fields of PV1, ORC, OBR, OBX, EVN, TXA, DG1, PR1, ROL, AIP (`ID^FAMILY^GIVEN`
  or a name alone); the span is the family name to the last filled name component;
- ANSI X12 EDI: `NM1` segments (entity type 1 is a person: last, first and middle elements;
  type 2 an organisation), and `N1` party names (organisations);
- airline passenger names `SURNAME/GIVEN MR` in PNR listings (`1.1SMITH/JOHN MR`, `2.DOE/JANE`), boarding-pass
  data (`M1SMITH/JOHN`) and after a name label, or with a title; a pair of words of name lists
  without either is doubtful (not `TCP/IP`, `PASS/FAIL`);
- vCard `N:` values (`Lindqvist;Astrid;;;`), BibTeX `author`/`editor` lists (`Halvorsen, Ingrid
  and Mbeki, Thabo`);
- rows of a delimited export without a header, where two neighbouring one-word cells read as a
  first name and a surname (`1001,Hendrik,Vermeulen,hendrik.v@...`): the same two columns must
  read so in two rows, or in a row holding an e-mail address.

Each format is recognised by a literal that all its records carry (`|` and a segment id, `NM1`,
`/`, `N:`, `author`, a delimiter on several lines), so other text costs a few `in` tests. Findings
are PERSON (category pii) or ORGANIZATION (org), 0.75 where the format says it is a name, doubtful
(0.55) where only name lists do: the wire redacts both, audits report the first.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER, is_ordinary_word, reads_as_surname
from redactor.detect.term_lists import first_names, stop_words, world_first_names

_SCORE = 0.75

# --- HL7 v2 --------------------------------------------------------------------------------------

# A segment starts a line; HL7 ends segments with a lone carriage return, logs and pastes with line feeds.
_HL7_SEGMENT = re.compile(r"(?m)(?:^|(?<=\r))[ \t]*(?P<segment>[A-Z][A-Z0-9]{2})\|(?P<fields>[^\r\n]*)")
# Field numbers holding a person's name (XPN: family^given^middle...) and a clinician (XCN: id^family^given...).
_HL7_NAME_FIELDS = {"PID": (5, 6, 9), "NK1": (2,), "GT1": (3,), "IN1": (16,), "MRG": (7,)}
_HL7_CLINICIAN_FIELDS = {"PV1": (7, 8, 9, 17, 52), "ORC": (10, 11, 12), "OBR": (10, 16, 28), "OBX": (16,),
                         "EVN": (5,), "TXA": (5, 9, 10, 22), "DG1": (16,), "PR1": (11, 12), "ROL": (4,), "AIP": (3,)}
_NAME_COMPONENT = re.compile(rf"[{NAME_UPPER}{NAME_LOWER}][{NAME_UPPER}{NAME_LOWER}'’. -]*")


def _hl7_names(text: str, detector: str) -> Iterator[Span]:
    for line in _HL7_SEGMENT.finditer(text):
        segment = line.group("segment")
        positions = _HL7_NAME_FIELDS.get(segment, ()) + _HL7_CLINICIAN_FIELDS.get(segment, ())
        if not positions:
            continue
        start = line.start("fields")
        for number, field in enumerate(line.group("fields").split("|"), start=1):
            if number in positions and field:
                offset = start
                for repetition in field.split("~"):
                    span = _hl7_person(repetition, offset, clinician=segment in _HL7_CLINICIAN_FIELDS)
                    if span is not None:
                        yield Span(*span, "PERSON", "pii", _SCORE, detector)
                    offset += len(repetition) + 1
            start += len(field) + 1


def _hl7_person(value: str, offset: int, clinician: bool) -> tuple[int, int] | None:
    """[start, end) of FAMILY^GIVEN^MIDDLE in one field repetition (after an id for a clinician), else None."""
    components = value.split("^")
    first = 1 if clinician and components[0] and not _NAME_COMPONENT.fullmatch(components[0]) else 0
    names = components[first:first + 3]
    if not names or not _NAME_COMPONENT.fullmatch(names[0]):
        return None
    if any(name and not _NAME_COMPONENT.fullmatch(name) for name in names[1:]):
        return None
    last = max(index for index, name in enumerate(names) if name)
    start = offset + sum(len(component) + 1 for component in components[:first])
    end = start + sum(len(name) + 1 for name in names[:last + 1]) - 1
    return start, end


# --- X12 EDI -------------------------------------------------------------------------------------

# NM1*IL*1*GARCIA*ELENA*M***MI*W123456789~ (any element separator; "~" or a line ends a segment).
_X12_NM1 = re.compile(r"(?m)(?:^|(?<=~))[ \t]*NM1(?P<sep>[*|^:])(?P<elements>[^~\r\n]*)")
_X12_N1 = re.compile(r"(?m)(?:^|(?<=~))[ \t]*N1(?P<sep>[*|^:])(?P<elements>[^~\r\n]*)")


def _x12_names(text: str, detector: str) -> Iterator[Span]:
    for match in _X12_NM1.finditer(text):
        elements = match.group("elements").split(match.group("sep"))
        if len(elements) < 3 or not _NAME_COMPONENT.fullmatch(elements[2]):
            continue
        start = match.start("elements") + len(elements[0]) + len(elements[1]) + 2
        if elements[1] == "2":
            yield Span(start, start + len(elements[2]), "ORGANIZATION", "org", _SCORE, detector)
        elif elements[1] == "1":
            names = elements[2:5]
            last = max(index for index, name in enumerate(names) if name and _NAME_COMPONENT.fullmatch(name))
            end = start + sum(len(name) + 1 for name in names[:last + 1]) - 1
            yield Span(start, end, "PERSON", "pii", _SCORE, detector)
    for match in _X12_N1.finditer(text):
        elements = match.group("elements").split(match.group("sep"))
        if len(elements) >= 2 and re.search(r"[^\W\d_]{2}", elements[1]):
            start = match.start("elements") + len(elements[0]) + 1
            yield Span(start, start + len(elements[1]), "ORGANIZATION", "org", _SCORE, detector)


# --- airline passenger names ---------------------------------------------------------------------

_TITLES = r"MRS|MR|MS|MISS|MSTR|DR|PROF|CHD|INF"
_SURNAME_PARTICLES = r"DE|DA|DI|DEL|DELLA|LA|LE|VAN|VON|DER|DEN|DOS|DAS|AL|EL|BIN|ST"
# Capitals of every Latin alphabet: reservation systems print "ÖSTLUND/BJÖRN", "ŞAHIN/OĞUZ" as they print "SMITH/JOHN".
_UPPER = f"[{NAME_UPPER}]"
_PASSENGER = re.compile(
    r"(?:(?<=\d\.\d)|(?<=\d\.)|(?<=M1)|(?<![\w/.-]))"
    rf"(?P<name>(?P<surname>(?:(?:{_SURNAME_PARTICLES}) )*{_UPPER}[{NAME_UPPER}'-]+)/"
    # A second given name only before a title: "SMITH/JOHN WILLIAM MR", not "TANAKA/HIROSHI SEAT 23C".
    rf"(?P<given>{_UPPER}[{NAME_UPPER}'-]+(?: {_UPPER}[{NAME_UPPER}'-]+(?= ?(?:{_TITLES})(?![\w/])))?)"
    rf"(?P<title> ?(?:{_TITLES}))?)(?![\w/])")
# The cue of a name slot before it: a PNR element number, a boarding pass's M1, or a name or passenger key in any
# notation ("name: ", "\"name\": \"", "pax 2 ", "passenger=").
_PASSENGER_CUE_BEFORE = re.compile(r"(?:\d\.\d|M1|(?i:name|pax|passenger|traveller|traveler)[\"']?[ \t]*"
                                   r"(?:\d{1,2}[ \t]+)?[:=]?[ \t]*[\"']?)\Z")
# Titles a reservation system glues to the given name when the field has no room for a blank ("DESISLAVAMRS").
_GLUED_TITLES = ("MSTR", "MISS", "MRS", "MR", "MS", "DR")


def _passenger_names(text: str, detector: str) -> Iterator[Span]:
    if not _slash_between_capitals(text):
        return  # the pattern is costly to try at every capital; most slashes are in paths and URLs
    doubtful: list[tuple[int, int]] = []
    pairs = set()
    for match in _PASSENGER.finditer(text):
        pairs.add(match.group("name"))
        surname, given = match.group("surname"), match.group("given")
        title = match.group("title") or _glued_title(surname, given)
        cued = title is not None or _PASSENGER_CUE_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if cued and not title and given.split()[0].casefold() in stop_words():
            continue
        if cued:
            yield Span(*match.span("name"), "PERSON", "pii", _SCORE, detector)
        elif _listed_first_name(given.split()[0].casefold()) and reads_as_surname(surname.split()[-1].casefold()):
            yield Span(*match.span("name"), "PERSON", "pii", DOUBTFUL_SCORE, detector)
        elif _coined_pair(surname, given):
            doubtful.append(match.span("name"))
    # Names of no list ("SRISUK/WANPHEN" beside "KAEWMANEE/PRASERT"): a pair of coined words beside another pair in
    # the layout of a reservation is one passenger of a list; a lone pair of coined words may be a product's.
    if len(pairs) >= 2:
        for start, end in doubtful:
            yield Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector)


def _glued_title(surname: str, given: str) -> str | None:
    """The title at the end of a given name written without a blank, when a name's worth of letters stays before it
    and neither the surname nor what stays is an ordinary word or an abbreviation ("PROGRAMS" is no "PROGRA MS")."""
    last = given.split()[-1]
    for title in _GLUED_TITLES:
        stem = last[:-len(title)]
        if last.endswith(title) and len(stem) >= 3 and _coined_pair(surname, stem):
            return title
    return None


def _coined_pair(surname: str, given: str) -> bool:
    """Two words of three letters or more, with a vowel each, neither a word of the language, a tech term or a
    title: "TCP/IP", "READ/WRITE", "MR/MRS", "HTTP/HTTPS" are not a person's name."""
    words = [*surname.split(), *given.split()]
    return all(len(word) >= 3 and re.search("[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĀ-ĽŌ-ŽƠƯ]", word) and not is_ordinary_word(word)
               and re.fullmatch(_TITLES, word) is None for word in words)


def _slash_between_capitals(text: str) -> bool:
    position = text.find("/")
    while position != -1:
        if text[position - 1:position].isupper() and text[position + 1:position + 2].isupper():
            return True
        position = text.find("/", position + 1)
    return False


# --- vCard and BibTeX ----------------------------------------------------------------------------

_VCARD_N = re.compile(r"(?im)^N(?:;[^:\r\n]*)?:(?P<value>[^\r\n]+)$")
_BIBTEX_PEOPLE = re.compile(r"(?i)(?<![\w.])(?:author|editor)s?[ \t]*=[ \t]*(?P<open>[{\"])")
_BIBTEX_AND = re.compile(r"\s+and\s+")


def _vcard_names(text: str, detector: str) -> Iterator[Span]:
    for match in _VCARD_N.finditer(text):
        parts = match.group("value").split(";")[:3]
        filled = [index for index, part in enumerate(parts) if part.strip()]
        if not filled or not all(_NAME_COMPONENT.fullmatch(parts[index].strip()) for index in filled):
            continue
        start = match.start("value")
        yield Span(start, start + sum(len(part) + 1 for part in parts[:filled[-1] + 1]) - 1, "PERSON", "pii",
                   _SCORE, detector)


def _bibtex_people(text: str, detector: str) -> Iterator[Span]:
    for match in _BIBTEX_PEOPLE.finditer(text):
        start = match.end()
        end = _closing(text, start, match.group("open"))
        if end is None:
            continue
        cursor = start
        for piece in _BIBTEX_AND.split(text[start:end]) + [""]:
            if not piece:
                break
            position = text.index(piece, cursor)
            cursor = position + len(piece)
            person = piece.strip().strip("{}").strip()
            if person and person.casefold() != "others" and len(person) <= 80 and re.search(r"[^\W\d_]{2}", person):
                person_start = text.index(person, position)
                yield Span(person_start, person_start + len(person), "PERSON", "pii", _SCORE, detector)


def _closing(text: str, start: int, opener: str) -> int | None:
    """Where the BibTeX value opened before `start` closes (braces nest), or None within 2000 characters."""
    depth = 0
    for index in range(start, min(len(text), start + 2000)):
        char = text[index]
        if opener == '"' and char == '"' and depth == 0:
            return index
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return index if opener == "{" else None
            depth -= 1
    return None


# --- delimited rows without a header -------------------------------------------------------------

_CELL_WORD = re.compile(rf"[{NAME_UPPER}][{NAME_LOWER}'’]+(?:-[{NAME_UPPER}][{NAME_LOWER}'’]+)?")


def _names_in_headerless_rows(text: str, detector: str) -> Iterator[Span]:
    for separator in (",", "\t", ";", "|"):
        if text.count(separator) < 4:
            continue
        # column index -> (first start, first end, last start, last end, read as a name, row holds an e-mail)
        pairs: dict[int, list[tuple[int, int, int, int, bool, bool]]] = {}
        position = 0
        for line in text.split("\n"):
            cells = line.split(separator)
            if len(cells) >= 3:
                offset = position
                for index in range(len(cells) - 1):
                    first, last = cells[index].strip(), cells[index + 1].strip()
                    if _CELL_WORD.fullmatch(first) and _CELL_WORD.fullmatch(last):
                        first_start = offset + cells[index].index(first)
                        last_start = offset + len(cells[index]) + 1 + cells[index + 1].index(last)
                        pairs.setdefault(index, []).append((first_start, first_start + len(first), last_start,
                                                            last_start + len(last), _first_and_surname(first, last),
                                                            "@" in line))
                    offset += len(cells[index]) + 1
            position += len(line) + 1
        for rows in pairs.values():
            named = [row for row in rows if row[4]]
            if len(named) < 2 and not any(row[5] for row in named):
                continue
            # The column pair holds names: its other rows are names too unless they are words of the language.
            for first_start, first_end, last_start, last_end, as_name, _ in rows:
                if as_name or not any(is_ordinary_word(text[start:end].casefold())
                                      for start, end in ((first_start, first_end), (last_start, last_end))):
                    yield Span(first_start, first_end, "PERSON", "pii", _SCORE, detector)
                    yield Span(last_start, last_end, "PERSON", "pii", _SCORE, detector)


def _first_and_surname(first: str, last: str) -> bool:
    folded_first, folded_last = first.casefold(), last.casefold()
    if folded_first in stop_words() or folded_last in stop_words():
        return False
    return _listed_first_name(folded_first) and reads_as_surname(folded_last)


def _listed_first_name(folded: str) -> bool:
    """A first name of the census or of some country, not a word of the language that only some country names a child."""
    if folded in first_names():
        return True
    return folded in world_first_names() and not is_ordinary_word(folded)



def people_in_records(text: str, detector: str) -> list[Span]:
    """PERSON and ORGANIZATION spans that the record formats of the module doc name (overlaps not removed)."""
    found: list[Span] = []
    if "|" in text and ("PID|" in text or "PV1|" in text or "NK1|" in text or "ORC|" in text or "OBR|" in text
                        or "GT1|" in text or "IN1|" in text or "EVN|" in text or "TXA|" in text):
        found.extend(_hl7_names(text, detector))
    if "NM1" in text or "N1*" in text:
        found.extend(_x12_names(text, detector))
    if "/" in text:
        found.extend(_passenger_names(text, detector))
    if "N:" in text or "n:" in text:
        found.extend(_vcard_names(text, detector))
    if "uthor" in text or "ditor" in text:
        found.extend(_bibtex_people(text, detector))
    if text.count("\n") >= 1 or "@" in text:
        found.extend(_names_in_headerless_rows(text, detector))
    return found
