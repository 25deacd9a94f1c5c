"""Wireless network names (SSIDs) where the text says what they are (round 31).

An organisation's Wi-Fi network names its site and its staff networks (`SBC-Staff`, `Lager-Scanner`): pasted beside
their keys in handover notes, runbooks and tickets. The name is the organisation's, like a host's, and is reported
as INTERNAL_HOSTNAME (doubtful, 0.55) in three places: after an SSID key (`ssid="..."` of wpa_supplicant, `SSID:`,
`nmcli ... ssid X`), after a Wi-Fi or WLAN label whose words name no credential (`wifi for staff = X`, `WLAN: X`;
`wifi password: X` is the password detectors'), and in the cells of a table column headed SSID.

One token (a name with a blank is too often a sentence), with a letter and a capital, a digit or a joiner (a plain
lower-case word is prose: "the wifi is slow"), of three to 32 characters (802.11's limit), not opening with a digit (`Wi-Fi 6E`, `WLAN 802.11ax`);
references and placeholders (`$SSID`, `<ssid>`, `your-network`) and ordinary words (`none`, `hidden`, `guest`)
stay.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, lowered_same_length, needs_cues
from redactor.detect.table_columns import column_cells

WIRELESS_NETWORK_SCORE = 0.55
_CUES = ("ssid", "wifi", "wi-fi", "wlan")
_LABELLED = re.compile(
    r"(?i:ssid|wi-?fi|wlan)(?P<between>[^\n=:|.!?]{0,40}?)(?:[ \t]*[:=][ \t]*|[ \t]+(?:is[ \t]+)?)[\"'“`]?"
    r"(?P<name>[A-Za-z0-9][A-Za-z0-9_.@#&+-]{0,30}[A-Za-z0-9_#&+-])(?=[\"'”`]?(?:[ \t]*(?:$|[,;)\n])|[ \t]+(?:[-–—(/]|and\b|with\b|key\b|pw\b|pass)))",
    re.MULTILINE,
)
_CREDENTIAL_WORDS = re.compile(r"(?i)pass|key|pw\b|psk|secret|code|kennwort|clave|senha|mot de|parola|wachtwoord|"
                               r"salasana|hasło|heslo|jelszó|şifre|密码|密碼|パスワード|비밀번호")
_NOT_NAMES = frozenset("none hidden guest open off on yes no true false ssid name network the a an your my our "
                       "enabled disabled password key".split())


@needs_cues(_CUES)
def find_wireless_networks(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each wireless network name in `text` where a key, a label or a column says SSID."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _CUES):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_$<{"):
            continue
        if lowered.startswith("ssid", position):
            end = position + 4
            if text[position:end] in ("SSID", "ssid", "Ssid"):
                for start, cell_end in column_cells(text, position, end):
                    if _is_name(text[start:cell_end].strip()):
                        yield start, cell_end
        match = _LABELLED.match(text, position)
        if not match or _CREDENTIAL_WORDS.search(match.group("between")):
            continue
        if _is_name(match.group("name")):
            yield match.span("name")


def _is_name(value: str) -> bool:
    # A plain lower-case word is prose ("the wifi is slow"); a network's name has a capital, a digit or a joiner.
    return (3 <= len(value) <= 32 and " " not in value and not value[0].isdigit() and any(character.isalpha() for character in value)
            and not (value.isalpha() and value.islower())
            and value.lower() not in _NOT_NAMES and not value.startswith(("$", "<", "{", "your-")))
