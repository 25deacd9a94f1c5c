"""A record that declares itself a bot names no one (redactor/detect/bot_accounts.py)."""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.bot_accounts import without_bot_account_names


def _spans(text: str, *values: str, kind: str = "PERSON") -> list[Span]:
    return [Span(text.index(value), text.index(value) + len(value), kind, "pii", 0.7, "ner") for value in values]


def _kept(text: str, spans: list[Span]) -> list[str]:
    return [text[span.start:span.end] for span in without_bot_account_names(text, spans)]


def test_the_name_fields_of_a_record_marked_as_a_bot_are_dropped() -> None:
    text = '{"ok": true, "user": {"id": "W012A3CDE", "login": "teambot", "display_name": "Harvey", "bot": true}}'
    assert _kept(text, _spans(text, "Harvey") + _spans(text, "teambot", kind="USERNAME")) == []


def test_a_person_beside_a_bot_in_the_same_list_stays() -> None:
    text = ('[{"login": "octo-release", "type": "Bot"}, '
            '{"login": "lwojcik", "type": "User", "name": "Lena Wójcik"}]')
    spans = _spans(text, "octo-release", "lwojcik", kind="USERNAME") + _spans(text, "Lena Wójcik")
    assert _kept(text, spans) == ["lwojcik", "Lena Wójcik"]


def test_a_record_marked_false_keeps_its_person() -> None:
    text = '{"name": "Idris Bello", "is_bot": false}'
    assert _kept(text, _spans(text, "Idris Bello")) == ["Idris Bello"]


def test_a_bot_message_keeps_the_person_its_text_names() -> None:
    text = '{"bot": true, "name": "Remindr", "text": "Ping Oona Lehtinen about the invoice"}'
    assert _kept(text, _spans(text, "Remindr", "Oona Lehtinen")) == ["Oona Lehtinen"]


def test_a_nested_person_under_a_bot_record_stays() -> None:
    text = '{"is_bot": true, "name": "Deploy Helper", "owner": {"name": "Sanna Virtanen"}}'
    assert _kept(text, _spans(text, "Deploy Helper", "Sanna Virtanen")) == ["Sanna Virtanen"]


def test_a_bot_record_s_name_is_no_person_in_the_other_texts_of_the_request() -> None:
    from redactor.detect.bot_accounts import bot_names_in_conversation

    record = '{"members": [{"id": "B7", "name": "lunchbot", "real_name": "Marvin", "is_bot": true}]}'
    prose = "Marvin is an integration; Ayla Demir installed it last week."
    results = bot_names_in_conversation([record, prose], [_spans(record, "Marvin"), _spans(prose, "Marvin", "Ayla Demir")])
    assert [[record[s.start:s.end] for s in results[0]], [prose[s.start:s.end] for s in results[1]]] == [[], ["Ayla Demir"]]
