"""The identifiers of a person's devices: serial numbers, IMEI/IMSI/ICCID, VINs, advertising and Android ids, key fobs,
badges and microchips, meters, console and game-platform ids, after their label or under their column.

record_ids.py leaves every label of a device to the program (`serial`, `imei`, `vin`, `device` are among its
_THING_WORDS: a build's device, a serial port), so a device id never counts as a record id there. But a device
someone owns identifies them as surely as an account number: the phone's IMEI on a fraud log, the car's VIN on a
telematics line, the watch's serial in a support chat, a gym's key fob, a cat's microchip, the Android id of an app
user, a gamer's SteamID. Here the label is the device id's own name, in the languages people write it (`Seriennummer`,
`numéro de série`, `número de serie`, `Fahrgestellnummer`, `bastidor`, `telaio`), so what follows it is the
identifier, whatever its shape: digits, capitals and digits, hex, `0x` hex, a UUID.

The value needs a digit and six characters or more, and is no version, date, amount or word; short labels that are
other words too (`SN`, `S/N`, `FIN`, `EID`, `fob`, `chip`, `tag`, `badge`, `device`) want a `:`, `=` or `#` after
them, or capitals. A CSV/TSV/`|` column under such a header holds the ids of each row. A SteamID64 (`7656119…`, 17
digits) is one wherever it stands. Recall first on the wire: doubtful (0.55; an audit does not report it).

Gates: the shared cue scan (keywords.keyword_positions) for the labels; `7656119` for SteamIDs. Linear.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import (ANY_TEXT, keyword_positions, lowered_same_length, may_fold_into_ascii,
                                      needs_marks)
from redactor.detect.table_columns import tables

# Labels that only ever name a device's identifier (a space after them is enough).
_DEVICE_LABEL = (
    r"serial(?:[ _-]?(?:no\.?|nr\.?|number|num|#))?|serials?|seriennummer|serien-?nr\.?|serienr\.?|serienummer"
    r"|num[ée]ro[ ]de[ ]s[ée]rie|n[°º][ ]?de[ ]s[ée]rie|n[úu]mero[ ]de[ ]s[ée]rie|numero[ ]di[ ]serie|numer[ ]seryjny"
    r"|sarjanumero|seri[ ]?(?:no|numarası)|výrobní[ ]číslo|sorozatszám|serial[ ]do[ ]equipamento"
    r"|imei[12]?|imsi|iccid|meid|sim[ _-]?(?:card[ _-]?)?(?:serial|number|no\.?|nr\.?)"
    r"|vin(?:[ _-]?(?:no\.?|number|code))?|fahrgestell-?(?:nummer|nr\.?)|fahrzeug-?identifizierungsnummer"
    r"|chassis[ _-]?(?:no\.?|number|nr\.?)|n[úu]mero[ ]de[ ]bastidor|bastidor|(?:numero[ ]di[ ])?telaio"
    r"|num[ée]ro[ ]de[ ]ch[âa]ssis|numer[ ]vin"
    r"|device[ _-]?(?:id|serial|identifier|no\.?|number)|deviceid|hwid|hardware[ _-]?id|udid|android[ _-]?id"
    r"|idfa|idfv|gaid|aaid|advertising[ _-]?id|key[ _-]?fob|key[ _-]?card[ _-]?(?:id|no\.?|number)"
    r"|badge[ _-]?(?:id|no\.?|number)|rfid(?:[ _-]?(?:tag|chip|id))?|tag[ _-]?id|(?:micro)?chip[ _-]?(?:id|no\.?|number)"
    r"|microchip|transponder(?:[ _-]?(?:id|no\.?|number))?"
    r"|meter[ _-]?(?:serial|number|no\.?|id)|zählernummer|zähler-?nr\.?|mpan|mprn|compteur[ ]n[°º]|num[ée]ro[ ]de[ ]compteur"
    r"|n[úu]mero[ ]de[ ]contador|contatore[ ]n\.?|matricola[ ]contatore"
    r"|steam[ _-]?id(?:64)?|xuid|psn[ _-]?id|xbox[ _-]?(?:live[ _-]?)?id|epic[ _-]?(?:games[ _-]?)?id"
)
# Short labels that are other words too: a separator after them, or written in capitals.
_SHORT_LABEL = r"sn|s/n|fin|eid|esn|fob|chip|tag|badge|device|seriale"
_LABEL_CUES = ("serial", "serie", "seri", "imei", "imsi", "iccid", "meid", "sim", "vin", "fahrgestell", "fahrzeug",
               "chassis", "bastidor", "telaio", "device", "hwid", "hardware", "udid", "android", "idfa", "idfv",
               "gaid", "aaid", "advertising", "key", "badge", "rfid", "tag", "chip", "microchip", "transponder",
               "meter", "zähler", "mpan", "mprn", "compteur", "contador", "contatore", "matricola", "steam", "xuid",
               "psn", "xbox", "epic", "sn", "s/n", "fin", "eid", "esn", "fob", "výrobní", "sorozat", "sarja", "numer",
               "num", "nú", "n°", "nº")
_LABEL = re.compile(
    rf"(?:(?P<label>{_DEVICE_LABEL})|(?P<short>{_SHORT_LABEL}))(?![\w/])", re.IGNORECASE)
# Between the label and the value: a closing quote, a separator, "is", an opening quote.
_GAP = re.compile(r"[\"']?[ \t]*(?P<sep>[:=#]|\bis\b|:?[ \t]*-)?[ \t]*[\"'(\[]?[ \t]*")
# The device named after the label ("de l'appareil", "of her phone", "des Geräts"): read when a separator follows.
_DEVICE_NAMED = re.compile(
    r"[ \t]+(?:of|for|on|de|du|des|del|di|della|dell'|do|da|van|af)[ \t]*"
    r"(?:l'|(?:the|my|his|her|their|our|la|le|el|il|lo|mi|su|o|a|het|de)[ \t]+)?[^\W\d_]{2,20}"
    r"(?=[ \t]*(?::|\bis\b|=))")
_VALUE = re.compile(r"(?:0x)?[A-Za-z0-9](?:[A-Za-z0-9]|[-_:.](?=[A-Za-z0-9])){5,63}(?![\w@/])")
_NOT_A_DEVICE_ID = re.compile(
    r"v?\d+(?:\.\d+){1,3}[a-z]?"  # versions, amounts
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?"  # dates, times
    r"|\d{1,3}(?:[,.]\d{3})+", re.IGNORECASE)
_STEAM_ID64 = re.compile(r"(?<![\w.])7656119[78]\d{9}(?![\w.])")


@needs_marks(ANY_TEXT)  # (labels of many languages and a bare SteamID64; nothing narrower proved)
def find_device_ids(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of device identifiers after their label, under their column, and SteamID64s (module doc)."""
    lowered = lowered_same_length(text)
    done = -1
    may_head_a_column = may_fold_into_ascii(text)  # (a label its lower-cased form does not show: read whole)
    for position in keyword_positions(lowered, _LABEL_CUES):
        if position and lowered[position - 1].isalnum():
            continue
        label = _LABEL.match(text, position)
        if label is None:
            continue
        if label.group("label"):
            may_head_a_column = True  # (also inside a value found: a header cell may read as one)
        if position < done:
            continue
        named = _DEVICE_NAMED.match(text, label.end())
        gap = _GAP.match(text, named.end() if named else label.end())
        if label.group("short") and not (gap.group("sep") and gap.group("sep") != "is"
                                         or label.group("short").isupper() and len(label.group("short")) > 1):
            continue
        value = _VALUE.match(text, gap.end())
        if value is None or not _reads_as_a_device_id(value.group(0)):
            continue
        done = value.end()
        yield value.start(), value.end(), DOUBTFUL_SCORE
    if "7656119" in text:
        for match in _STEAM_ID64.finditer(text):
            yield match.start(), match.end(), DOUBTFUL_SCORE
    if "\n" in text and may_head_a_column:  # (the gate of every device column: _device_columns)
        yield from _device_columns(text)


def _device_columns(text: str) -> Iterator[tuple[int, int, float]]:
    """Device ids under a column header that is a device label (`IMEI`, `Seriennummer`).

    Called only when find_device_ids's loop matched such a label (`_LABEL`, its `label` group) at one of the label
    cues, or the text may hold one its lower-cased form hides (keywords.may_fold_into_ascii): reading every table of
    the text costs a Python pass over its lines. The gate is exact: a header cell that fullmatches a label starts
    with a label cue (every _DEVICE_LABEL does), after a separator, blank, quote or line break (no letter or digit);
    and `_LABEL` matches there in the text too, its look-ahead reading what ends the cell.
    """
    for header, rows in tables(text):
        columns = [index for index, cell in enumerate(header)
                   if (label := _LABEL.fullmatch(cell.strip().strip("\"'"))) is not None and label.group("label")]
        for row in rows:
            for index in columns:
                if index < len(row):
                    start, end = row[index]
                    if _VALUE.fullmatch(text, start, end) and _reads_as_a_device_id(text[start:end]):
                        yield start, end, DOUBTFUL_SCORE


def _reads_as_a_device_id(value: str) -> bool:
    if not any(character.isdigit() for character in value) or _NOT_A_DEVICE_ID.fullmatch(value):
        return False
    return len(value) >= 6
