"""Japanese addresses after the postal mark: `〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ8F`.

Japan writes the postal mark 〒 before a postcode and nowhere else, so `〒` and seven digits are a postcode whatever
follows (a record's field of its own: `田中 太郎, 〒812-0011, 福岡市`). The address written after it runs in the
characters of addresses: kanji, katakana, digits and their dashes (`北6条西4丁目`, `梅田3丁目1-1`), a kana particle
inside a place name (`丸の内`, `霞が関`, `自由が丘`) and a municipality written in hiragana (`さいたま市`,
`つくば市`). Prose ends it: any other hiragana (`です`, `に`, `へ`, `まで`), punctuation or the line's end. After a
space, a token goes on the address only when it holds a digit or names a building (`渋谷ヒカリエ8F`, `805号室`,
`青葉ハイツ`), so the addressee's name (`山田太郎様`) stays a name.

Found by the character, so a text without 〒 costs one `in` test. Called by addresses.find_street_addresses.
"""

from __future__ import annotations

import re

_KANJI_KATAKANA = "\u4e00-\u9fff\u30a0-\u30ff\u3005\uff66-\uff9f"  # kanji, katakana (full and half width), 々
_DIGITS_DASHES = "0-9０-９\\-－−‐ー"
# One token of an address: kanji, katakana, digits, dashes; a one-kana particle between kanji (丸の内, 霞が関,
# 自由が丘, 三ツ屋 is katakana already); a hiragana municipality before its suffix (さいたま市).
_TOKEN = re.compile(
    rf"(?:[{_KANJI_KATAKANA}{_DIGITS_DASHES}FＦ]"
    rf"|(?<=[{_KANJI_KATAKANA}])[のがヶケつ](?=[{_KANJI_KATAKANA}])"
    r"|[\u3041-\u3096]{2,5}(?=[市町村区郡]))+"
)
_POSTCODE = re.compile(r"〒[ \t\u3000]*(?:[0-9０-９]{3}[-－−‐ー][0-9０-９]{4}|[0-9０-９]{7})(?![0-9０-９])")
_SPACE = re.compile(r"[ \t\u3000]+")
_BUILDING_ENDS = ("ビル", "タワー", "マンション", "ハイツ", "コーポ", "レジデンス", "荘", "棟", "館", "号室", "階")
_MAX_TOKENS_AFTER_SPACE = 2


def find_postal_mark_addresses(text: str) -> list[tuple[int, int]]:
    """[start, end) of each postcode after 〒 and the Japanese address written after it."""
    if "〒" not in text:
        return []
    found: list[tuple[int, int]] = []
    for postcode in _POSTCODE.finditer(text):
        end = postcode.end()
        space = _SPACE.match(text, end)
        token = _TOKEN.match(text, space.end() if space else end)
        if token is not None and token.group(0).strip("-－−‐ー"):
            end = token.end()
            for _ in range(_MAX_TOKENS_AFTER_SPACE):
                space = _SPACE.match(text, end)
                token = _TOKEN.match(text, space.end()) if space else None
                if token is None or not _is_address_token(token.group(0)):
                    break
                end = token.end()
        found.append((postcode.start(), end))
    return found


def _is_address_token(token: str) -> bool:
    """A building, floor or room after a space: it holds a digit or ends in a building word."""
    return any(char.isdigit() for char in token) or token.endswith(_BUILDING_ENDS)
