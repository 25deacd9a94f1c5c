"""Letter classes of the scripts the English NER model does not read, for regexes.

Greek, Cyrillic, Armenian, Hebrew, Arabic (no punctuation or digits), Indic scripts (no
dandas or Devanagari digits), Thai, Georgian, Hangul, kana and Han. Combining marks inside
these blocks count as letters (Devanagari vowel signs, Hebrew points): `\\w` does not match
them, so a name such as "राहुल" would be cut at every vowel sign.
"""
from __future__ import annotations

import re

FOREIGN_LETTERS = (
    "\u0370-\u037d\u037f-\u0386\u0388-\u03ff\u0400-\u052f\u0531-\u0556\u0561-\u0587\u05d0-\u05ea"
    "\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f"
    "\u0900-\u0963\u0971-\u0dff\u0e01-\u0e4e\u10a0-\u10ff\u1100-\u11ff\u3041-\u309f\u30a1-\u30fa\u30fc"
    "\u3005\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff")
# The iteration mark 々 repeats the Han character before it inside a word ("佐々木", "野々村", "菜々子").
HAN = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HIRAGANA = "\u3041-\u309f"
KATAKANA = "\u30a1-\u30fa\u30fc"
HANGUL = "\uac00-\ud7af"

_ANY_FOREIGN = re.compile(f"[{FOREIGN_LETTERS}]")


def has_foreign_letters(text: str) -> bool:
    """Whether `text` holds a letter of one of these scripts (one C-level scan)."""
    return not text.isascii() and _ANY_FOREIGN.search(text) is not None  # (str.isascii is O(1) in CPython)


# Letters `re` matches case-insensitively to an ASCII letter although their lower case is another letter or two
# ("İ" lowers to "i̇", "ı" and "ſ" stay as they are): (?i)signed matches "SİGNED" and "ſigned".
_OTHER_CASES_OF_ASCII_LETTERS = ("İ", "ı", "ſ")


def hides_ascii_cues(text: str) -> bool:
    """Whether a case-insensitive match of an ASCII word in `text` may not show in its lower-cased form
    (keywords.lowered_same_length): then a pattern is searched in the whole text, not only at its cue words."""
    return any(letter in text for letter in _OTHER_CASES_OF_ASCII_LETTERS)
