"""Letter classes of the scripts the English NER model does not read, for regexes.

FOREIGN_LETTERS holds the letters and combining marks of every script but Latin in the Basic Multilingual Plane
(redactor/data/script_letters.txt, made from the Unicode tables by scripts/script_letters.py): Greek, Cyrillic,
Armenian, Georgian, Hebrew, Arabic, the Indic scripts, Thai, Lao, Khmer, Myanmar, Tibetan, Ethiopic, Mongolian,
Hangul, kana, Han and the rest. Digits, punctuation and symbols of these scripts are not letters (dandas, the
Ethiopic "፡" and Khmer "៖" that end labels, Persian digits). Combining marks count as letters (Devanagari vowel
signs, Hebrew points): `\\w` does not match them, so a name such as "राहुल" would be cut at every vowel sign.
Round 32: the class was written by hand until then and left out Ethiopic, Khmer, Lao, Myanmar and others, so no
label, title or list rule saw a name written in them.
"""
from __future__ import annotations

import re
from pathlib import Path

_DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "script_letters.txt"


def _letter_ranges() -> str:
    """The data file's ranges as the body of a regex class (first-last per range); every character is a letter
    above ASCII, so none needs escaping inside brackets."""
    ranges = []
    for line in _DATA_FILE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            first, last = line.split()[0].split("-")
            ranges.append(f"{chr(int(first, 16))}-{chr(int(last, 16))}")
    return "".join(ranges)


FOREIGN_LETTERS = _letter_ranges()
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
