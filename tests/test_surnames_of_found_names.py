"""A found East Asian name's surname alone in Latin-script data (round 34, `surnames_of_found_names.py`).
Forms written for this test: a Python dict of a delivery, a log line, and Korean and Japanese prose where the same
characters are words."""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.surnames_of_found_names import surnames_of_found_names


def _found(text: str, name: str) -> list[str]:
    start = text.index(name)
    spans = [Span(start, start + len(name), "PERSON", "pii", 0.85, "ner")]
    return [text[span.start:span.end] for span in surnames_of_found_names(text, spans)]


def test_the_surname_alone_in_latin_script_data_is_the_person():
    text = "{'recipient': '高橋美咲', 'tel': '080-1111-2222', 'hint': 'leave with 高橋 at the desk'}"
    assert _found(text, "高橋美咲") == ["高橋"]
    text = 'row 7 | owner=박서준 | escalated to 박 (night shift)'
    assert _found(text, "박서준") == ["박"]


def test_the_same_characters_inside_prose_of_their_script_stay():
    text = "고객 박서준 님의 주문입니다. 박 스크립트는 이 서버에서 돌아갑니다."
    assert _found(text, "박서준") == []
    text = "担当は高橋美咲です。高橋さんの件は明日、高橋 にメールで確認します。"
    assert _found(text, "高橋美咲") == []


def test_a_name_in_latin_letters_or_a_found_surname_alone_adds_nothing():
    assert _found("owner=Park Seo-jun, escalated to Park", "Park Seo-jun") == []
    assert _found("contact 高橋 at the desk, then 高橋 again", "高橋") == []
