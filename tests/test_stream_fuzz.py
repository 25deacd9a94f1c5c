"""Property and fuzz tests: any chunking restores exactly like the whole text; no input breaks a stream."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from redactor.wire.sse import SSEComment, SSEParser, serialize
from redactor.wire.anthropic import AnthropicStream
from redactor.wire.openai_chat import OpenAIChatStream
from redactor.wire.openai_responses import ResponsesStream
from tests.stream_support import (
    CALL_ITEM_ID,
    MESSAGE_ID,
    RESTORER,
    THINKING_TEXT,
    anthropic_stream,
    chat_stream,
    read_anthropic,
    read_chat,
    read_responses,
    responses_stream,
    run_stream,
)

REWRITERS = [OpenAIChatStream, ResponsesStream, AnthropicStream]
_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_ATOMS = st.sampled_from([
    "[[EMAIL_1]]", "[[email_2]]", "\\[\\[PERSON\\_1\\]\\]", "[[PERSON_2]]", "[[API_TOKEN_1]]",
    "[[AWS_ACCESS_KEY_3]]", "[[ EMAIL_1 ]]", "[[EMAIL_9]]", "[[[[EMAIL_1]]", "[[EMAIL_1]]]", "\\[\\[", "[", "]",
    "\\", "[[", "]]", "_", "EMAIL", "1", " ", "\n", '"', "\u00e9", "\u65e5\u672c", "\U0001F389", "word", "**", "`",
])
_TEXTS = st.lists(_ATOMS, max_size=20).map("".join)
_CUTS = st.lists(st.integers(0, 100_000), max_size=6)
_JSON_DOCUMENTS = st.recursive(
    st.one_of(_TEXTS, st.integers(-5, 5), st.none(), st.booleans()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_TEXTS, inner, max_size=4)),
    max_leaves=10,
).map(lambda leaf: leaf if isinstance(leaf, dict) else {"value": leaf})


def _pieces(text: str, cuts: list[int]) -> list[str]:
    if not text:
        return []
    points = sorted({cut % len(text) for cut in cuts} - {0})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)])]


def _byte_points(data: bytes, cuts: list[int]) -> list[int]:
    return [cut % len(data) for cut in cuts] if data else []


# -- restoring equals restoring the whole text -----------------------------------------

@_SETTINGS
@given(_TEXTS, _CUTS, _CUTS)
def test_chat_any_event_and_byte_split_restores_like_the_whole_text(text, event_cuts, byte_cuts):
    upstream = chat_stream(_pieces(text, event_cuts)).encode()
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), upstream, _byte_points(upstream, byte_cuts)))
    assert reading.content[0] == RESTORER.restore(text)[0]
    assert reading.done_last and not reading.text_after_finish


@_SETTINGS
@given(_TEXTS, _CUTS, _CUTS)
def test_responses_any_event_and_byte_split_restores_like_the_whole_text(text, event_cuts, byte_cuts):
    upstream = responses_stream(_pieces(text, event_cuts), lean=True).encode()
    reading = read_responses(run_stream(ResponsesStream(RESTORER), upstream, _byte_points(upstream, byte_cuts)))
    expected = RESTORER.restore(text)[0]
    key = ("response.output_text", MESSAGE_ID)
    assert reading.deltas.get(key, "") == expected == reading.done_texts[key]
    assert reading.completed["output"][0]["content"][0]["text"] == expected
    assert not reading.deltas_after_done
    assert reading.sequence_numbers == sorted(reading.sequence_numbers)


@_SETTINGS
@given(_TEXTS, _CUTS, _CUTS)
def test_anthropic_any_event_and_byte_split_restores_like_the_whole_text(text, event_cuts, byte_cuts):
    upstream = anthropic_stream(_pieces(text, event_cuts)).encode()
    reading = read_anthropic(run_stream(AnthropicStream(RESTORER), upstream, _byte_points(upstream, byte_cuts)))
    assert reading.text.get(1, "") == RESTORER.restore(text)[0]
    assert reading.thinking == THINKING_TEXT
    assert not reading.delta_after_stop


@_SETTINGS
@given(_JSON_DOCUMENTS, _CUTS, _CUTS, st.booleans())
def test_streamed_tool_arguments_parse_to_the_restored_object_in_every_api(document, event_cuts, byte_cuts,
                                                                          ascii_only):
    arguments = json.dumps(document, ensure_ascii=ascii_only)
    expected = RESTORER.restore_json(document)
    deltas = _pieces(arguments, event_cuts)

    upstream = chat_stream([], [deltas]).encode()
    chat = read_chat(run_stream(OpenAIChatStream(RESTORER), upstream, _byte_points(upstream, byte_cuts)))
    assert json.loads(chat.arguments[(0, 0)]) == expected

    upstream = responses_stream([], deltas, lean=True).encode()
    responses = read_responses(run_stream(ResponsesStream(RESTORER), upstream, _byte_points(upstream, byte_cuts)))
    streamed = responses.deltas[("response.function_call_arguments", CALL_ITEM_ID)]
    assert json.loads(streamed) == expected
    assert streamed == responses.done_texts[("response.function_call_arguments", CALL_ITEM_ID)]

    upstream = anthropic_stream([], deltas).encode()
    anthropic = read_anthropic(run_stream(AnthropicStream(RESTORER), upstream, _byte_points(upstream, byte_cuts)))
    assert json.loads(anthropic.partial_json[2]) == expected


# -- nothing breaks a stream ------------------------------------------------------------

def _assert_valid_output(output: bytes) -> list:
    """Strict UTF-8, complete SSE in canonical form (parsing and re-serializing changes nothing)."""
    output.decode("utf-8")
    parser = SSEParser()
    items = parser.feed(output)
    assert parser.close() == [], "output ended inside an event"
    assert "".join(serialize(item) for item in items).encode() == output
    return items


def _run_checked(rewriter_class, data: bytes, cuts) -> list:
    return _assert_valid_output(run_stream(rewriter_class(RESTORER), data, _byte_points(data, cuts)))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(REWRITERS), st.binary(max_size=400), _CUTS)
def test_random_bytes_never_raise_and_output_is_valid(rewriter_class, data, cuts):
    _run_checked(rewriter_class, data, cuts)


_SSE_LINES = st.one_of(
    st.sampled_from(["", "", ": ping", "event: content_block_delta", "id: 1", "retry: 10", "data: [DONE]",
                     "data: {", "data", "data:", "\ufeffdata: x"]),
    _TEXTS.map(lambda text: f"data: {text}"),
    _TEXTS.map(lambda text: f"{text}: {text}"),
)
_LINE_ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(REWRITERS), st.lists(st.tuples(_SSE_LINES, _LINE_ENDINGS), max_size=20), _CUTS)
def test_random_sse_lines_never_raise_and_output_is_valid(rewriter_class, lines, cuts):
    data = "".join(line + ending for line, ending in lines).encode()
    _run_checked(rewriter_class, data, cuts)


# Known event types with fields of every wrong type: a broken or hostile upstream.
_ANY_JSON = st.recursive(st.one_of(_TEXTS, st.integers(), st.none(), st.booleans(), st.floats(allow_nan=False)),
                         lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                 st.dictionaries(st.sampled_from(
                                                     ["type", "index", "delta", "text", "content", "choices",
                                                      "item_id", "arguments", "partial_json", "finish_reason"]),
                                                     inner, max_size=4)),
                         max_leaves=8)
_TYPES = st.sampled_from([
    "content_block_delta", "content_block_start", "content_block_stop", "message_start", "message_delta",
    "message_stop", "response.output_text.delta", "response.output_text.done",
    "response.function_call_arguments.delta", "response.function_call_arguments.done",
    "response.output_item.done", "response.output_item.added", "response.content_part.done",
    "response.completed", "response.created", "response.reasoning_summary_part.done", "ping", "error",
])
_HOSTILE_PAYLOADS = st.one_of(
    st.fixed_dictionaries({"type": _TYPES, "index": _ANY_JSON, "delta": _ANY_JSON, "item_id": _ANY_JSON,
                           "content_block": _ANY_JSON, "message": _ANY_JSON, "item": _ANY_JSON,
                           "part": _ANY_JSON, "response": _ANY_JSON, "text": _ANY_JSON,
                           "sequence_number": _ANY_JSON}),
    st.fixed_dictionaries({"choices": st.lists(st.fixed_dictionaries(
        {"index": _ANY_JSON, "delta": _ANY_JSON, "finish_reason": _ANY_JSON}), max_size=3)}),
    st.fixed_dictionaries({"choices": st.lists(st.fixed_dictionaries({"index": st.integers(0, 1), "delta": (
        st.fixed_dictionaries({"content": _TEXTS, "tool_calls": st.lists(st.fixed_dictionaries(
            {"index": st.integers(0, 1), "function": st.fixed_dictionaries({"arguments": _TEXTS})}), max_size=2)})),
        "finish_reason": st.sampled_from([None, "stop"])}), max_size=2)}),
    st.fixed_dictionaries({"type": _TYPES, "index": st.integers(0, 1), "item_id": st.sampled_from(["a", "b"]),
                           "delta": st.one_of(_TEXTS, st.fixed_dictionaries(
                               {"type": st.sampled_from(["text_delta", "input_json_delta", "thinking_delta"]),
                                "text": _TEXTS, "partial_json": _TEXTS}))}),
    _ANY_JSON,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(REWRITERS), st.lists(_HOSTILE_PAYLOADS, max_size=12), _CUTS)
def test_known_events_with_wrong_shapes_never_raise_and_stay_valid_json(rewriter_class, payloads, cuts):
    data = "".join(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n" for payload in payloads).encode()
    for item in _run_checked(rewriter_class, data, cuts):
        if not isinstance(item, SSEComment):
            json.loads(item.data)  # every event we emit or pass on is still JSON


ADVERSARIAL_DELTAS = [
    "[[[[EMAIL_1]]", "[[EMAIL_1]]]", "\\[\\[", "\\[\\[EMAIL\\_1\\]\\]", "[" * 500, "\\" * 301, "[[EMAIL_" + "9" * 50,
    "[[" + "A" * 5000 + "_1]]", "\udcff\ud800 lone surrogates [[EMAIL_1]]", "\x00\x1f control [[PERSON_2]]",
]


_BUILDERS = {OpenAIChatStream: chat_stream, ResponsesStream: responses_stream, AnthropicStream: anthropic_stream}


def _restored_text(rewriter_class, output: bytes) -> str:
    if rewriter_class is OpenAIChatStream:
        return read_chat(output).content[0]
    if rewriter_class is ResponsesStream:
        return read_responses(output).deltas[("response.output_text", MESSAGE_ID)]
    return read_anthropic(output).text[1]


def _with_ascii_json(stream: str) -> str:
    """`stream` with every JSON data line re-encoded with ASCII escapes."""
    return "\n".join("data: " + json.dumps(json.loads(line[6:])) if line.startswith("data: {") else line
                     for line in stream.split("\n"))


@pytest.mark.parametrize("rewriter_class", REWRITERS)
def test_adversarial_deltas_stay_valid_and_restore_like_the_whole_text(rewriter_class):
    stream = _BUILDERS[rewriter_class](ADVERSARIAL_DELTAS)
    # Raw lone surrogates are invalid UTF-8 on the wire: they become U+FFFD.
    raw = stream.encode("utf-8", "surrogatepass")
    _assert_valid_output(run_stream(rewriter_class(RESTORER), raw, [len(raw) // 3]))
    # As JSON escapes they are valid JSON and must come through exactly.
    escaped = _with_ascii_json(stream).encode()
    output = run_stream(rewriter_class(RESTORER), escaped, [len(escaped) // 3])
    _assert_valid_output(output)
    assert _restored_text(rewriter_class, output) == RESTORER.restore("".join(ADVERSARIAL_DELTAS))[0]


@pytest.mark.parametrize("rewriter_class", REWRITERS)
@pytest.mark.parametrize("depth", [50, 900, 960, 985, 995, 1_000, 5_000, 100_000])
def test_deeply_nested_json_never_raises(rewriter_class, depth):
    nested = "[" * depth + '"[[EMAIL_1]]"' + "]" * depth
    payloads = [
        '{"type":"response.completed","response":{"output":' + nested + '}}',
        '{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","input":' + nested + '}}',
        '{"type":"message_start","message":{"content":' + nested + '}}',
        '{"choices":[{"index":0,"delta":{"content":"[[EMA"},"logprobs":' + nested + '}]}',
        '{"type":"response.output_text.delta","item_id":"a","delta":"[[EMA","logprobs":' + nested + '}',
        '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"[[EMA","x":' + nested + '}}',
        nested,
    ]
    data = "".join(f"data: {payload}\n\n" for payload in payloads).encode()
    _run_checked(rewriter_class, data, [len(data) // 2])


@pytest.mark.parametrize("rewriter_class", REWRITERS)
def test_a_huge_delta_with_many_placeholders_is_restored(rewriter_class):
    text = "x [[EMAIL_1]] y [[PERSON_2]] " * 20_000  # ~600 KB in one event
    upstream = _BUILDERS[rewriter_class]([text, "[[EMA", "IL_1]]"]).encode()
    output = run_stream(rewriter_class(RESTORER), upstream, range(0, len(upstream), 65_536))
    assert _restored_text(rewriter_class, output) == RESTORER.restore(text + "[[EMAIL_1]]")[0]
