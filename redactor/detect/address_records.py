"""Addresses written as the fields of a record: each part in its own field, the whole address one span.

The field detector (`pii_fields`) finds a value under a `street`, `city` or `zip` key one by one; an
address split over fields is still one address, and a placeholder per part leaves the layout (and
the country) readable. Here the fields that hold one address are taken together, from the first
filled part to the last:

- vCard `ADR` (RFC 6350: PO box; extended; street; locality; region; postcode; country):
  `ADR;TYPE=HOME:;;Bræðraborgarstígur 9;Reykjavík;;101;Iceland`;
- HL7 v2 XAD fields outside PID (whose PID-11 `pii_fields` reads): the next of kin's NK1-4, the
  guarantor's GT1-5, the insured's IN1-19 (`street^other^city^state^zip^country`), whole;
- objects of JSON, YAML, TOML, Python and log lines whose neighbouring keys name address parts
  (`"street": …, "city": …, "postal_code": …`): two or more such keys in a row, one of them a street
  or a postcode, make one address from the first value to the last (keys between them included);
- delimited tables whose neighbouring header cells name address parts (`street,city,zip,country`, in the
  languages of slot_words.yaml's `address_parts`: `Straße,Hausnr,PLZ,Ort`, `logradouro;numero;bairro;cep`): in
  each row, the cells under them. A column or two between two address columns is a part too, whatever its header
  says (`Straße,Hausnr,Stiege,Top,PLZ`: a staircase and a door number sit between the street and the postcode);
- the fields of a form as a browser agent reads or fills them, whose neighbouring labels name address parts in any
  of those languages: accessibility-tree lines (`textbox "PLZ" value="79102"`, Playwright's `- textbox "Ort": Lyon`),
  a JSON accessibility node (`"name": "Hausnummer", "value": "17a"`), HTML inputs (`<input name="cp" value="69005">`,
  label by `name`, `id`, `aria-label` or `placeholder`) and `<label>Ville</label><span>Lyon</span>` pairs. Two or more
  neighbouring address fields, one a street, a postcode or a PO box, make each of their values an address part
  (each value its own span: the labels between them stay readable). A street field alone is found by the address
  detectors; the number, postcode and town beside it are no address by their shape alone, only by their labels.

Each layout is found from a literal its records carry (`ADR`, a segment id and `|`, an address key),
so other text costs a keyword scan.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.keywords import contains_any, keyword_positions, lowered_same_length
from redactor.detect.slot_names import ADDRESS_ANCHOR_PARTS, address_part_words, fold_latin_accents

# --- vCard -------------------------------------------------------------------------------------------
_VCARD_ADR = re.compile(r"(?m)^[ \t]*(?:[\w-]+\.)?ADR(?:;[^:\r\n]*)?:(?P<value>[^\r\n]*)")

# --- HL7 v2 ------------------------------------------------------------------------------------------
# Segment -> the field number of its (extended) address.
_HL7_ADDRESS_FIELDS = {"NK1": 4, "GT1": 5, "IN1": 19}
_HL7_SEGMENT = re.compile(r"(?m)(?:^|(?<=\r))[ \t]*(?P<segment>NK1|GT1|IN1)\|(?P<fields>[^\r\n]*)")

# --- keys of address parts -----------------------------------------------------------------------------
# Key words, normalised to lower case with "_" between words (`postalCode` -> postal_code).
_STREET_KEYS = ("street", "street_address", "street_name", "street1", "street2", "street_line1", "street_line2",
                "address_line1", "address_line2", "address_line_1", "address_line_2", "addr_line1", "addr1", "addr2",
                "line1", "line2", "line_1", "line_2", "house_number", "house_no", "strasse")
_POSTCODE_KEYS = ("zip", "zip_code", "zipcode", "postcode", "post_code", "postal", "postal_code", "postalcode", "plz",
                  "cep", "pincode", "pin_code", "code_postal", "codigo_postal")
_OTHER_KEYS = ("city", "town", "locality", "district", "suburb", "neighborhood", "neighbourhood", "state", "province",
               "region", "county", "country", "country_code", "ort", "stadt", "ville", "ciudad", "cidade", "citta",
               "prefecture", "ward", "apartment", "apt", "suite", "estado", "bairro", "colonia")
_ADDRESS_KEYS = frozenset(_STREET_KEYS + _POSTCODE_KEYS + _OTHER_KEYS)
_ANCHOR_KEYS = frozenset(_STREET_KEYS + _POSTCODE_KEYS)
# Where an address key can be: the literal every anchor key holds (found by the shared keyword scan).
_KEY_CUES = ("street", "line1", "line2", "line_1", "line_2", "addr1", "addr2", "house", "zip", "post", "plz", "cep",
             "pincode", "pin_code", "strasse")

# `key: value`, `"key": "value"`, `key = 'value'`, `key="value"` (a Python keyword argument).
_KEY_VALUE = re.compile(
    r"""(?P<quote>["']?)(?P<key>[A-Za-z][\w-]{0,30})(?P=quote)[ \t]*[:=][ \t]*"""
    r"""(?:"(?P<double>[^"\r\n]{1,120})"|'(?P<single>[^'\r\n]{1,120})'"""
    r"""|(?P<bare>[^\s"',;{}\[\]#(=][^\r\n,;"{}()=]{0,119}))"""
)

# --- tables --------------------------------------------------------------------------------------------
_TABLE_SEPARATORS = (",", "\t", ";", "|")
# Where a table header naming address parts can be: the key cues and the words of slot_words.yaml's address_parts
# long enough not to be inside every other word (a header of short ones only, `via;cap`, has a longer one beside it).
_TABLE_CUES = _KEY_CUES + tuple(sorted({word for word in address_part_words()
                                         if word not in _KEY_CUES and (len(word) >= 4 or not word.isascii())}))
# A header line is short: a longer line is prose with commas, not read cell by cell.
_LONGEST_HEADER = 300
# At most this many columns between two address columns are parts of the same address (a house number, a
# staircase, a door), whatever their headers say.
_MAX_UNNAMED_PARTS = 2
# A row may have this many cells more than its header, all inside its one run of address columns (their own commas).
_MOST_SURPLUS_CELLS = 6


def find_address_records(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each address written over the fields of a record (see the module docstring)."""
    if contains_any(text, ("ADR",)):
        yield from _vcard_addresses(text)
    if "|" in text and ("NK1|" in text or "GT1|" in text or "IN1|" in text):
        yield from _hl7_addresses(text)
    lowered = lowered_same_length(text)
    positions = keyword_positions(lowered, _KEY_CUES)
    if positions:
        yield from _keyed_addresses(text, positions)
    table_positions = keyword_positions(lowered, _TABLE_CUES)
    if table_positions:
        yield from _table_addresses(text, table_positions)
    if contains_any(lowered, _FORM_CUES):
        yield from _form_addresses(text)


def _filled_extent(text: str, start: int, parts: list[str], separator: str) -> tuple[int, int] | None:
    """From the first non-empty part to the end of the last one, the parts starting at `start`."""
    offsets, position = [], start
    for part in parts:
        offsets.append((position, position + len(part), part.strip()))
        position += len(part) + len(separator)
    filled = [(part_start, part_end) for part_start, part_end, stripped in offsets if stripped]
    if not filled:
        return None
    return filled[0][0], filled[-1][1]


def _vcard_addresses(text: str) -> Iterator[tuple[int, int]]:
    for match in _VCARD_ADR.finditer(text):
        value = match.group("value").rstrip("\r")
        extent = _filled_extent(text, match.start("value"), value.split(";"), ";")
        if extent is not None and any(char.isalnum() for char in text[extent[0]:extent[1]]):
            yield extent


def _hl7_addresses(text: str) -> Iterator[tuple[int, int]]:
    for match in _HL7_SEGMENT.finditer(text):
        number = _HL7_ADDRESS_FIELDS[match.group("segment")]
        fields = match.group("fields").split("|")
        if len(fields) < number:
            continue
        start = match.start("fields") + sum(len(field) + 1 for field in fields[:number - 1])
        field = fields[number - 1]
        # Every repetition of the field (`~`), each from its first filled component to its last.
        for repetition_start, repetition in _repetitions(start, field):
            extent = _filled_extent(text, repetition_start, repetition.split("^"), "^")
            value = text[extent[0]:extent[1]] if extent is not None else ""
            # An address has parts or a number: a lone code ("SPO", a relationship in a shifted field) is none.
            if any(char.isalpha() for char in value) and ("^" in value or any(char.isdigit() for char in value)):
                yield extent


def _repetitions(start: int, field: str) -> Iterator[tuple[int, str]]:
    for repetition in field.split("~"):
        yield start, repetition
        start += len(repetition) + 1


def _normalised_key(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower().replace("-", "_")


_KEY_WORD_END = re.compile(r"[\w-]*")
_AFTER_KEY = re.compile(r"""["']?[ \t]*[:=]""")


def _is_address_key_at(text: str, position: int) -> bool:
    """Whether the word around `position` is an address key followed by `:` or `=` ("postgres://" is none)."""
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    end = _KEY_WORD_END.match(text, position).end()
    if not _AFTER_KEY.match(text, end):
        return False
    key = _normalised_key(text[start:end])
    return key in _ADDRESS_KEYS or key.split("_")[-1] in _ADDRESS_KEYS


def _keyed_addresses(text: str, positions: list[int]) -> Iterator[tuple[int, int]]:
    """Runs of neighbouring `key: value` fields that name address parts, one holding a street or a postcode."""
    covered = 0
    for position in positions:
        if position < covered or not _is_address_key_at(text, position):
            continue
        # The run may start a few fields before the cue ("city" before "zip"): read from a few lines up.
        window_start = position
        for _ in range(4):
            window_start = text.rfind("\n", 0, max(0, window_start - 1)) + 1
            if window_start == 0:
                break
        window_start = max(window_start, covered, position - 400)
        run: list[tuple[int, int, bool]] = []
        best: tuple[int, int] | None = None
        last_end = None
        for match in _KEY_VALUE.finditer(text, window_start, min(len(text), position + 800)):
            key = _normalised_key(match.group("key"))
            value_group = next(group for group in ("double", "single", "bare") if match.group(group) is not None)
            value_start, value_end = match.start(value_group), match.end(value_group)
            value_end = value_start + len(text[value_start:value_end].rstrip())
            is_address_key = key in _ADDRESS_KEYS or key.split("_")[-1] in _ADDRESS_KEYS
            gap = text[last_end:match.start()] if last_end is not None else "?"
            contiguous = not gap.strip(" \t\r\n,;\"'") and gap.count("\n") <= 1 and len(gap) <= 40
            if not is_address_key or not contiguous:
                best = _best(run, best)
                run = []
                if match.start() > position + 400 and not is_address_key:
                    break
            if is_address_key and text[value_start:value_end].strip():
                anchor = key in _ANCHOR_KEYS or key.split("_")[-1] in _ANCHOR_KEYS
                run.append((value_start, value_end, anchor))
            last_end = match.end()
        best = _best(run, best)
        if best is not None:
            covered = best[1]
            yield best


def _best(run: list[tuple[int, int, bool]], best: tuple[int, int] | None) -> tuple[int, int] | None:
    if len(run) >= 2 and any(anchor for _, _, anchor in run):
        extent = (run[0][0], run[-1][1])
        if best is None or extent[1] - extent[0] > best[1] - best[0]:
            return extent
    return best


def _table_addresses(text: str, positions: list[int]) -> Iterator[tuple[int, int]]:
    """In a delimited table, the cells under neighbouring address headers (`street,city,zip`), row by row."""
    done: set[int] = set()
    for position in positions:
        line_start = text.rfind("\n", 0, position) + 1
        if line_start in done:
            continue
        done.add(line_start)
        line_end = text.find("\n", line_start)
        if line_end == -1:
            continue
        header = text[line_start:line_end].rstrip("\r")
        if len(header) > _LONGEST_HEADER:
            continue
        separator = next((sep for sep in _TABLE_SEPARATORS if sep in header), None)
        if separator is None or ":" in header or "=" in header:
            continue
        labels = [_normalised_key(cell.strip(" \"'`*_#")) for cell in header.split(separator)]
        parts = [_address_part(label) for label in labels]
        columns = [index for index, part in enumerate(parts) if part is not None]
        runs = _adjacent_runs(columns)
        runs = [run for run in runs
                if sum(parts[index] is not None for index in run) >= 2 and any(parts[index] == _ANCHOR for index in run)]
        if not runs:
            continue
        row_start = line_end + 1
        while row_start < len(text):
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end == -1 else row_end
            row = text[row_start:row_end].rstrip("\r")
            cells = row.split(separator)
            surplus = len(cells) - len(labels)
            if surplus < 0 or surplus > _MOST_SURPLUS_CELLS or (surplus and len(runs) != 1):
                break
            offsets = []
            offset = row_start
            for cell in cells:
                offsets.append((offset, offset + len(cell)))
                offset += len(cell) + len(separator)
            for run in runs:
                # A row with more cells than its header has separators inside a free-text cell: an address written
                # with its own commas (`Str. Avram Iancu nr. 12,bl. A3, sc. 2,Cluj-Napoca,...,400117,RO,...`). The
                # cells before the address columns stand under their headers from the left, those after them from
                # the right, so the address runs from its first column to its last one shifted by the surplus.
                run = run + list(range(run[-1] + 1, run[-1] + 1 + surplus))
                # (A Markdown rule "---|---" fills cells with no letter or digit.)
                filled = [offsets[index] for index in run if any(char.isalnum() for char in cells[index])]
                if len(filled) >= 2:
                    first = filled[0][0] + len(cells[run[0]]) - len(cells[run[0]].lstrip()) if cells[run[0]].strip() \
                        else filled[0][0]
                    yield first, filled[-1][0] + len(text[filled[-1][0]:filled[-1][1]].rstrip())
            row_start = row_end + 1


def _adjacent_runs(columns: list[int]) -> list[list[int]]:
    """The address columns in runs, with up to `_MAX_UNNAMED_PARTS` other columns between two of them taken in."""
    runs: list[list[int]] = []
    for index in columns:
        if runs and index - runs[-1][-1] - 1 <= _MAX_UNNAMED_PARTS:
            runs[-1].extend(range(runs[-1][-1] + 1, index + 1))
        else:
            runs.append([index])
    return runs


_ANCHOR = "anchor"
_HEADER_WORD_BREAK = re.compile(r"[\s.\-/]+")


def _address_part(label: str) -> str | None:
    """`_ANCHOR` for a header naming a street, a postcode or a PO box, "part" for another part of an address, None
    for a header that names no address part."""
    if label in _ANCHOR_KEYS:
        return _ANCHOR
    if label in _ADDRESS_KEYS:
        return "part"
    words = address_part_words()
    key = _HEADER_WORD_BREAK.sub("_", label).strip("_")
    part = words.get(key) or words.get(fold_latin_accents(key))
    if part is None:
        return None
    return _ANCHOR if part in ADDRESS_ANCHOR_PARTS else "part"


# --- forms -----------------------------------------------------------------------------------------------------
# Where a form field can be: the literals of its layouts (an accessibility-tree value, an HTML input or label, a
# Playwright snapshot line's role).
_FORM_CUES = ("value", "<input", "<label", "textbox", "combobox", "spinbutton", ":", "：")
_FORM_LABEL = r"[^\"\n<>]{1,48}"
_FORM_VALUE = r"[^\"\n<>]{1,160}"
_FORM_FIELDS = (
    # textbox "PLZ" value="79102" / textbox "PLZ" [ref=e12] value: "79102" / textbox 'PLZ' value='79102' (any role
    # word, any attributes between)
    re.compile(r'(?P<label_q>"' + _FORM_LABEL + r'")[^"\n]{0,60}?\bvalue\s*[=:]\s*"(?P<value>' + _FORM_VALUE + r')"'),
    re.compile(r"(?P<label_q>'[^'\n<>]{1,48}')[^'\n]{0,60}?\bvalue\s*[=:]\s*'(?P<value>[^'\n<>]{1,160})'"),
    # a labelled line of a form or a record, in any language: "우편번호: 48058", "Código postal: 28009"
    re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?P<label>[^\W\d_][^\n:：=<>\"|]{0,30}?)[ \t]*[:：][ \t]*(?P<value>[^\s\"<>|][^\n\"<>|]{0,119})$"),
    # Playwright aria snapshot: - textbox "Ort" [ref=e7]: Lyon
    re.compile(r'(?m)^[ \t]*-[ \t]*(?:textbox|combobox|spinbutton|searchbox|listbox|option|cell|gridcell|text)[ \t]+'
               r'(?P<label_q>"' + _FORM_LABEL + r'")(?:[ \t]*\[[^\]\n]*\])*:[ \t]*(?P<value>[^\n]{1,160}?)[ \t]*$'),
    # a JSON accessibility node: "name": "Ort", "value": "Lyon"
    re.compile(r'"name"\s*:\s*(?P<label_q>"' + _FORM_LABEL + r'")\s*,\s*(?:"[\w-]+"\s*:\s*(?:"[^"\n]{0,40}"|\w+)\s*,\s*){0,3}'
               r'"value"\s*:\s*"(?P<value>' + _FORM_VALUE + r')"'),
    # <label for="x">Ville</label><span>Lyon</span> (or a <td>, <div>, <dd>, <b>, <strong> holding the value)
    re.compile(r'<label\b[^>]{0,80}>(?P<label>' + _FORM_LABEL + r')</label>\s*(?:<(?:span|div|td|dd|b|strong|p)\b[^>]{0,80}>)'
               r'\s*(?P<value>[^<\n]{1,160}?)\s*<'),
)
# Each layout's own literal: its pattern runs only where the literal is.
_FORM_FIELD_CUES = (("value=", "value:", "value ="), ("value=", "value:", "value ="), (":", "："), ("- textbox", "- combobox", "- spinbutton", "- searchbox", "- listbox",
                    "- option", "- cell", "- gridcell", "- text "), ('"value"',), ("</label>",))
_HTML_INPUT = re.compile(r"<input\b[^>]{0,400}>", re.IGNORECASE)
_HTML_ATTRIBUTE = re.compile(r"""\b(?P<name>name|id|aria-label|placeholder|value)\s*=\s*(?:"(?P<double>[^"\n]{0,160})"|'(?P<single>[^'\n]{0,160})'|(?P<bare>[^\s"'<>/=`]{1,160}))""",
                             re.IGNORECASE)
# Two address fields are neighbours when what stands between them is short markup or another field or two.
_FORM_MOST_BETWEEN = 240
_FORM_MOST_OTHER_FIELDS = 2


def _form_fields(text: str) -> list[tuple[int, int, str, int, int]]:
    """(field start, field end, label, value start, value end) of every form field, in text order."""
    fields = []
    lowered = lowered_same_length(text)
    for pattern, cues in zip(_FORM_FIELDS, _FORM_FIELD_CUES):
        if not contains_any(lowered, cues):
            continue
        for match in _matches_on_cue_lines(pattern, text, lowered, cues):
            label = match.group("label_q")[1:-1] if "label_q" in pattern.groupindex and match.group("label_q") \
                else match.group("label")
            value_start, value_end = match.span("value")
            value_end = value_start + len(text[value_start:value_end].rstrip())
            fields.append((match.start(), match.end(), label, value_start, value_end))
    for match in _HTML_INPUT.finditer(text) if "<input" in lowered else ():
        attributes, value = {}, None
        for attribute in _HTML_ATTRIBUTE.finditer(match.group()):
            group = next(name for name in ("double", "single", "bare") if attribute.group(name) is not None)
            key = attribute.group("name").lower()
            if key == "value":
                value = (match.start() + attribute.start(group), match.start() + attribute.end(group))
            else:
                attributes.setdefault(key, attribute.group(group))
        if value is None:
            continue
        label = attributes.get("aria-label") or attributes.get("name") or attributes.get("id") or attributes.get("placeholder")
        if label:
            fields.append((match.start(), match.end(), label, value[0], value[1]))
    fields.sort()
    return fields


def _matches_on_cue_lines(pattern: re.Pattern[str], text: str, lowered: str, cues: tuple[str, ...]):
    """`pattern`'s matches on the lines that hold one of `cues` (each line read once): a form's layout holds its
    literal on the field's own line, and a long text of other lines is not tried at every quote."""
    lines = sorted({(text.rfind("\n", 0, position) + 1) for position in keyword_positions(lowered, cues)})
    for line_start in lines:
        line_end = text.find("\n", line_start)
        yield from pattern.finditer(text, line_start, len(text) if line_end == -1 else line_end)


_LABEL_BREAK = re.compile(r"[\s.\-/*:()]+")


@functools.lru_cache(maxsize=4096)
def _form_label_part(label: str) -> str | None:
    """What address part a form label names: the whole label, or its first or last word ("Postal code", "Ville /
    Commune", "Street (line 1)"); None for a label naming no address part."""
    key = _LABEL_BREAK.sub("_", _normalised_key(label.strip())).strip("_")
    if not key or len(key) > 40:
        return None
    part = _address_part(key)
    if part is None and "_" in key:
        words = key.split("_")
        part = _address_part(words[0]) or _address_part(words[-1])
    return part


def _form_addresses(text: str) -> Iterator[tuple[int, int]]:
    """The values of neighbouring form fields whose labels name address parts, one of them a street, a postcode or
    a PO box: each value its own span."""
    run: list[tuple[int, int, bool]] = []
    others = 0
    last_end = None

    def flush() -> Iterator[tuple[int, int]]:
        if len(run) >= 2 and any(anchor for _, _, anchor in run):
            yield from ((start, end) for start, end, _ in run)

    taken_until = -1
    for field_start, field_end, label, value_start, value_end in _form_fields(text):
        if field_start < taken_until:  # one field read by two layouts
            continue
        taken_until = field_end
        far = last_end is not None and field_start - last_end > _FORM_MOST_BETWEEN
        part = _form_label_part(label)
        if far or (part is None and others >= _FORM_MOST_OTHER_FIELDS):
            yield from flush()
            run, others = [], 0
        if part is None:
            others += 1 if run else 0
            last_end = field_end
            continue
        value = text[value_start:value_end]
        # (a YAML or single-quoted value's quotes are markup, not part of the address: `postcode: '6011'`)
        stripped = value.strip().strip("'\"").strip()
        if stripped and any(char.isalnum() for char in stripped):
            start = value_start + value.index(stripped)
            run.append((start, start + len(stripped), part == _ANCHOR))
            others = 0
        last_end = field_end
    yield from flush()
