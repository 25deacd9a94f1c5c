"""people_after_kin_words: the name in apposition after a word of family relation is a person, in any script; the
noun alone, a noun before an ordinary lower-case word, a title or a brand are not (forms written here)."""
from __future__ import annotations

import pytest

from redactor.detect.people_after_kin_words import people_after_kin_words


def _names(text: str) -> list[str]:
    return [text[span.start:span.end] for span in people_after_kin_words(text, "test")]


@pytest.mark.parametrize("text, names", [
    ("Please tell my daughter Ingrid the bus leaves at eight.", ["Ingrid"]),
    ("I called about my husband Rafael Okonjo-Barros, he missed the appointment.", ["Rafael Okonjo-Barros"]),
    ("Our grandson Peregrine was ill on Tuesday.", ["Peregrine"]),
    ("紧急联系人：女儿王思雨 电话见上", ["王思雨"]),
    ("妹の美咲が代わりに受け取ります", ["美咲"]),
    ("연락처: 남편 박준영 010-0000-0000", ["박준영"]),
    ("보호자는 아들 지훈이 맡습니다", ["지훈"]),
    ("أرسل التقرير إلى زوجتي سلمى", ["سلمى"]),
    ("আমার ছেলে তন্ময় আজ আসবে", ["তন্ময়"]),
    ("передайте, пожалуйста, сестра Олеся придёт позже", ["Олеся"]),
])
def test_the_name_after_a_relation_noun_is_found(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "my son was ill and my daughter is fine",          # ordinary lower-case words after the noun
    "Brother Printer driver fails on ARM",              # a brand
    "The parent process forks a child process",        # no relation noun of a person
    "sonar and personal settings",                     # the noun inside a word
    "my son Monday said hello",                        # a calendar word
    "母亲节快乐",                                        # a noun before an ordinary word, not a name
    "弟弟们都来了",                                      # no Han run of a name after it
])
def test_no_name_where_none_follows(text):
    assert _names(text) == []


def test_chinese_relation_written_after_the_name():
    assert _names("第二十世：沈嘉禾（可立长子）") == ["可立"]


def test_a_title_after_the_noun_is_left_to_the_title_rule():
    assert _names("कु. पूजा पुत्री श्री महेंद्र सिंह") == []
