"""Rebuild redactor/data/script_letters.txt, the letters of every script but Latin (read by detect/script_letters.py):

    .venv/bin/python scripts/script_letters.py > redactor/data/script_letters.txt

A letter (general category L) or a combining mark (M: Devanagari vowel signs, Hebrew points, Arabic harakat) whose
Script_Extensions name a script other than Latin, Common and Inherited, from the `regex` package's Unicode tables
(so "ー" and "々", Common or Han by Script but Kana and Han by extension, count; digits, punctuation and symbols of
every script do not). Only the Basic Multilingual Plane: Python's `re` matches a class with a range above U+FFFF by
testing its ranges one after another (a Latin text scanned 14x slower), so supplementary-plane scripts (CJK
extensions B..., Adlam, historic scripts) are left out. Neighbouring ranges separated only by unassigned code
points are joined (unassigned code points occur in no text), which keeps the class at ~160 ranges. Letterlike
symbols (U+2100-214F: "Ω" the ohm sign is Greek by script) are units in text, not words.
"""
from __future__ import annotations

import unicodedata

import regex

# Letterlike symbols ("Ω" the ohm sign, Greek by script) are units and symbols in text, not words.
_LETTERS = regex.compile(r"[[\p{L}\p{M}]--[\p{scx=Latin}\p{scx=Common}\p{scx=Inherited}\u2100-\u214f]]+", regex.V1)
_UNASSIGNED = regex.compile(r"\p{Cn}+")


def script_letter_ranges() -> list[tuple[int, int]]:
    """(first, last) code points of the ranges of letters of scripts other than Latin in the BMP."""
    plane = "".join(" " if 0xD800 <= code <= 0xDFFF else chr(code) for code in range(0x10000))
    gaps = {match.start(): match.end() for match in _UNASSIGNED.finditer(plane)}
    ranges: list[list[int]] = []
    for match in _LETTERS.finditer(plane):
        if ranges and gaps.get(ranges[-1][1] + 1) == match.start():
            ranges[-1][1] = match.end() - 1
        else:
            ranges.append([match.start(), match.end() - 1])
    return [(first, last) for first, last in ranges]


def main() -> None:
    print(f"# Letters of every script but Latin in the BMP, from the Unicode tables of regex {regex.__version__};")
    print("# made by scripts/script_letters.py: first-last code point, then the first letter's name's first word.")
    for first, last in script_letter_ranges():
        script = unicodedata.name(chr(first), "").split(" ", 1)[0] or "?"
        print(f"{first:04X}-{last:04X} {script}")


if __name__ == "__main__":
    main()
