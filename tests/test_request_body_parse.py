"""Parsing a request body once (redactor.server.limits.parse_json_object).

What users rely on: the proxy accepts and refuses exactly the bodies `json.loads`
accepts and refuses, with the same errors (invalid JSON, not an object, nesting
deeper than the limit), whatever the history list holds: NaN, huge numbers,
lone surrogate escapes, repeated keys (the last value counts), odd whitespace,
encodings; and each re-sent history item is known by its exact JSON text.
"""
from __future__ import annotations

import json

import pytest

from redactor.server.errors import ProxyError
from redactor.server.limits import parse_json_object
from redactor.wire import MAX_NESTING


def _verdict(raw: bytes, history_key: str | None) -> object:
    try:
        parsed = parse_json_object(raw, history_key)
        parsed.refuse_deep_history()
    except ProxyError as exc:
        return ("refused", exc.status, exc.code, str(exc))
    return json.dumps(parsed.document, sort_keys=False)


def _reference(raw: bytes) -> object:
    """Today's verdict: json.loads, then the object and nesting checks."""
    from redactor.wire import nested_deeper_than

    try:
        body = json.loads(raw)
    except RecursionError:
        return ("refused", 400, "invalid_json", f"request body nests deeper than {MAX_NESTING} levels")
    except (ValueError, UnicodeDecodeError):
        return ("refused", 400, "invalid_json", "request body is not valid JSON")
    if not isinstance(body, dict):
        return ("refused", 400, "invalid_json", "request body must be a JSON object")
    if nested_deeper_than(body, MAX_NESTING):
        return ("refused", 400, "invalid_json", f"request body nests deeper than {MAX_NESTING} levels")
    return json.dumps(body, sort_keys=False)


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


BODIES = [
    b'{"model": "m", "messages": [{"role": "user", "content": "hi"}]}',
    b'{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo"}],"model":"m"}',
    b' \n{ "messages" :\t[ {"a": 1} ,\n"s" , 2, null, true, [] ] , "x" : {} }\r\n',
    b'{"messages": []}', b'{"messages": [ ]}', b"{}", b"{ }",
    b'{"messages": [{"n": NaN}, {"n": Infinity}, {"n": -Infinity}]}',
    b'{"messages": [{"n": ' + b"9" * 5000 + b"}]}",
    b'{"messages": [{"n": 1e999999}]}',
    b'{"messages": [{"content": "\\ud800 lone"}]}',
    b'{"messages": [{"content": "caf\xc3\xa9"}]}',
    b'{"messages": [{"role": "user", "content": "AKIA"}], "messages": [{"role": "user", "content": "hello"}]}',
    b'{"messages": [{"a": 1}], "messages": "not a list"}',
    b'{"messages": "not a list", "messages": [{"a": 1}]}',
    b'{"messages": [{"a": 1, "a": 2}]}',
    b'{"messages": [{"a": 1},]}', b'{"messages": [,]}', b'{"messages": [{"a": 1} {"b": 2}]}',
    b'{"messages": [{"a": 1}', b'{"messages": [{"a": 1}]', b'{"messages": [{"a": 1}]} x', b'{"messages": [1]}]',
    b'{"messages": [01]}', b'{"messages": [\'x\']}', b'{"messages": ["\x01"]}', b"{'messages': []}",
    b'{"messages" [1]}', b'{messages: [1]}', b'{"a": 1,}', b"[1, 2]", b'"text"', b"", b"   ", b"null",
    b"\xef\xbb\xbf" + b'{"messages": [{"a": 1}]}',
    '{"messages": [{"content": "utf-16 body"}]}'.encode("utf-16"),
    b'{"messages": [{"content": "bad \xff byte"}]}',
    b'{"messages": [' + _deep(MAX_NESTING - 2).encode() + b"]}",
    b'{"messages": [' + _deep(MAX_NESTING - 1).encode() + b"]}",
    b'{"messages": [' + _deep(5000).encode() + b"]}",
    b'{"tools": ' + _deep(MAX_NESTING - 1).encode() + b', "messages": []}',
    b'{"tools": ' + _deep(MAX_NESTING).encode() + b', "messages": []}',
]


@pytest.mark.parametrize("raw", BODIES)
@pytest.mark.parametrize("history_key", ["messages", None])
def test_a_body_gets_the_verdict_json_loads_gives_it(raw, history_key):
    assert _verdict(raw, history_key) == _reference(raw)


def test_each_history_item_is_known_by_its_exact_text():
    items = ['{"role": "user", "content": "hi"}', '{"role":"assistant","content":"yo"}', '"plain"', "[1, {\"a\": []}]"]
    raw = ('{"model": "m", "messages": [ ' + " ,\n ".join(items) + ' ], "stream": false}').encode()
    parsed = parse_json_object(raw, "messages")
    assert [parsed.history_source(index) for index in range(len(items))] == items
    assert parsed.document["messages"] == [json.loads(item) for item in items]


def test_a_repeated_history_key_is_known_by_its_last_list():
    parsed = parse_json_object(b'{"messages": [{"a": 1}], "model": "m", "messages": [{"b": 2}, 3]}', "messages")
    assert parsed.document == {"messages": [{"b": 2}, 3], "model": "m"}
    assert [parsed.history_source(index) for index in range(2)] == ['{"b": 2}', "3"]


def test_history_items_nesting_too_deep_are_refused_unless_already_checked():
    raw = b'{"messages": [{"a": 1}, ' + _deep(MAX_NESTING).encode() + b"]}"
    parsed = parse_json_object(raw, "messages")
    with pytest.raises(ProxyError, match="nests deeper than"):
        parsed.refuse_deep_history()
    with pytest.raises(ProxyError, match="nests deeper than"):
        parsed.refuse_deep_history(checked={0})
    parsed.refuse_deep_history(checked={1})  # its very text was accepted before at this place
