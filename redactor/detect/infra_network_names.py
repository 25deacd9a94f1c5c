"""A wireless network's own name (its SSID) in the slot right after the Wi-Fi word (round 36, issue 12).

A handover note, a house-sitter's message, a shop's account list or a kiosk sticker gives a network as `Wi-Fi
NAME`, `wifi: NAME / KEY`, `WLAN "NAME", Passwort ...`, `SSID = NAME`, `와이파이: NAME`. The name is what the owner
chose (`HANBIT_5G`, `BiscuitNet`, `SAKURA-SEKKEI`): it names the household or the business, and with the key beside
it (credential_second_slots.py finds that) it is the network's whole login. The slot decides, in any language: the
name comes right after the word (a `:`/`=`, a quote, the words `network`/`name` or a copula may stand between).

The value must read as a name someone coined, not as prose or a standard: quoted (up to 32 characters, an SSID's
length), or one token with a digit, a `-`/`_`, or a capital past its first letter (`GuestNet`, `NOVAK-DILNA`).
Plain words (`wifi password`, `wifi settings`, `eduroam`, a quoted `"Staff"`), the Wi-Fi words themselves, standards and bands (`Wi-Fi 6`, `5GHz`, `WPA2-PSK`,
`802.11ac`) and placeholders are no name. Doubtful: the wire redacts, an audit does not report.

Cost: the Wi-Fi words come from the text's shared cue scan; one anchored match per word.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length, needs_cues
from redactor.detect.name_parts import is_common_word
from redactor.detect.secret_values import is_placeholder_value

NETWORK_NAME_SCORE = DOUBTFUL_SCORE

# The Wi-Fi words (lower case): loanwords most languages write as they are, and Korean's.
_WIFI_WORDS = ("wifi", "wi-fi", "wlan", "ssid", "와이파이")
# Between the word and the name: `:`/`=`, a dash, the words for network and name, a copula; then an opening quote.
_GAP = re.compile(r"(?i:(?:[ \t]*(?:[:：=—–-]|(?:network|netzwerk|netz|réseau|reseau|red|rete|name|nom|nombre|nome|"
                  r"naam|is|ist|est|es|er|är|é|è)(?![\w])))*)[ \t]*")
_QUOTED = re.compile(r"[\"'“„«‘](?P<name>[^\"'”“»’\n]{2,32})[\"'”“»’]")
_TOKEN = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9_.\-]{2,31})(?![\w@/:])")
# Standards, bands and security modes: what the word is followed by in settings talk, not a name.
_STANDARD = re.compile(r"(?i)(?:\d+(?:\.\d+)?\s*g(?:hz)?|802\.11\w*|wpa\d?(?:[-_ ]?(?:psk|personal|enterprise|eap))?|"
                       r"wep|wps|6e?|[ab]?[gn]|ac|ax|be|mesh|router|hotspot|extender|password|passwort|key|name|"
                       r"network|settings?|calling|direct|off|on)")


def _coined(name: str) -> bool:
    """A token someone chose as a name: a digit, a `-`/`_`, or a capital past the first letter; not a standard."""
    if _STANDARD.fullmatch(name) or is_placeholder_value(name):
        return False
    if not any(c.isalpha() for c in name):
        return False  # `2.4`, `5-6`: a band or a count
    if any(c.isdigit() for c in name) or "-" in name or "_" in name:
        return True
    return any(c.isupper() for c in name[1:]) and not is_common_word(name)


@needs_cues(_WIFI_WORDS)
def find_wifi_network_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each network name in the slot right after a Wi-Fi word."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _WIFI_WORDS):
        if position and lowered[position - 1].isalnum():
            continue  # inside a word
        word = next(w for w in _WIFI_WORDS if lowered.startswith(w, position))
        end = position + len(word)
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue  # `wifi_password`, `WLANs`: another word
        if end < len(text) and text[end] in "\"'":
            end += 1  # `"ssid": "HomeNet-5G"`: the key's closing quote
        gap = _GAP.match(text, end)
        quoted = _QUOTED.match(text, gap.end())
        if quoted is not None:
            name = quoted.group("name").strip()
            if name and name[0].isalnum() and not _STANDARD.fullmatch(name) and not is_placeholder_value(name) and not (
                    name.isalpha() and is_common_word(name)) and name.lower() not in _WIFI_WORDS:
                yield quoted.start("name"), quoted.end("name")
            continue
        token = _TOKEN.match(text, gap.end())
        if token is None:
            continue
        name = token.group("name").rstrip(".-")
        if len(name) >= 3 and name.lower() not in _WIFI_WORDS and _coined(name):  # `wifi: SSID`: a label
            yield token.start("name"), token.start("name") + len(name)
