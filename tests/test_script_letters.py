"""Round 32: FOREIGN_LETTERS holds the letters of every script but Latin, derived from the Unicode tables.

Written before looking at any corpus sample in these scripts: the letters of scripts the hand-written class left out
(Ethiopic, Khmer, Lao, Myanmar, Tibetan, Sinhala, Mongolian, Tifinagh, Cherokee) are letters; Latin letters with
their accents, digits of every script and the punctuation that ends labels in some scripts are not.
"""
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect.script_letters import FOREIGN_LETTERS, has_foreign_letters

_WORD = re.compile(f"[{FOREIGN_LETTERS}]+")
_ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("word", ["ገብረመድህን", "សុភាព", "ພອນສະຫວັນ", "မောင်မောင်", "བཀྲ", "ශාන්ත", "ᠪᠠᠲᠤ",
                                  "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ᏣᎳᎩ", "ഏലിയാമ്മ", "ਗੁਰਪ੍ਰੀਤ", "Ἀθηνᾶ", "ｲﾉｳｴ", "ㄅㄆ"])
def test_a_word_of_any_script_but_latin_is_one_run_of_letters(word):
    assert _WORD.fullmatch(word), word


@pytest.mark.parametrize("text", ["Müller", "Nguyễn Thị Hoa", "Łódź", "ʻOkina", "2 \u2103", "\u2113", "\u2116 5",
                                  "10 k\u2126"])
def test_latin_letters_and_symbols_are_not_foreign_letters(text):
    assert not has_foreign_letters(text), text


@pytest.mark.parametrize("char", ["፡", "።", "៖", "।", "॥", "՝", "۵", "৫", "๕", "٣", "፣", "・"])
def test_digits_and_label_punctuation_of_other_scripts_are_not_letters(char):
    assert not _WORD.search(char), hex(ord(char))


def test_the_ethiopic_wordspace_ends_a_label_before_its_value():
    assert _WORD.findall("ታካሚ፡ ትዕግስት") == ["ታካሚ", "ትዕግስት"]


@pytest.mark.skipif(importlib.util.find_spec("regex") is None, reason="the regex package derives the table")
def test_the_data_file_is_what_the_unicode_tables_give():
    made = subprocess.run([sys.executable, str(_ROOT / "scripts" / "script_letters.py")], capture_output=True,
                          text=True, check=True, cwd=_ROOT).stdout
    kept = (_ROOT / "redactor" / "data" / "script_letters.txt").read_text("utf-8")
    strip = lambda text: [line for line in text.splitlines() if not line.startswith("#")]  # noqa: E731
    assert strip(made) == strip(kept)
