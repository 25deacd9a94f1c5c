"""Streamed replies come back with placeholders restored, for every API and every chunking."""
from __future__ import annotations

import json

import anthropic
import httpx2
import openai
import pytest

from redactor.restore import Restorer
from redactor.wire import anthropic as anthropic_wire
from redactor.wire import openai_chat as chat_wire
from redactor.wire import openai_responses as responses_wire
from redactor.wire.anthropic import AnthropicStream
from redactor.wire.openai_chat import OpenAIChatStream
from redactor.wire.openai_responses import ResponsesStream
from tests.stream_support import (
    CALL_ITEM_ID,
    MESSAGE_ID,
    RESTORER,
    SIGNATURE,
    THINKING_TEXT,
    anthropic_stream,
    chat_stream,
    parse_events,
    read_anthropic,
    read_chat,
    read_responses,
    responses_stream,
    run_bytewise,
    run_stream,
)

# Placeholders split across events, tolerant forms, look-alikes that must stay
# literal, and multi-byte characters around them.
TEXT_DELTAS = [
    "Hello ", "[[PERS", "ON_1]], I wrote to [", "[EMAIL_1", "]] and `[[EMAIL_2]]` — **[[PERSON_2]]** ",
    "says \\[\\[API\\_TOKEN\\_1\\]\\] and [[email_1]]; not [[EMAIL_9]], [[[[EMAIL_1]] ", "or [[EMAIL_1]]]",
    " é 日本 🎉 [[AWS_ACCESS_KEY_", "3]]",
]
FULL_TEXT = "".join(TEXT_DELTAS)
# A shorter stream for the every-split-point tests (each split re-runs the stream).
SHORT_TEXT_DELTAS = ["Hi [[PERS", "ON_1]] é", " 日本 \\[\\[EMAIL\\_1\\]", "\\] 🎉 [[EMAIL"]
SHORT_ARGUMENT_DELTAS = ['{"to": "[[EM', 'AIL_2]] é', '", "k": "[[API_TOKEN_1]]"}']
SHORT_EXPECTED_TEXT = RESTORER.restore("".join(SHORT_TEXT_DELTAS))[0]
SHORT_EXPECTED_ARGUMENTS = RESTORER.restore_json(json.loads("".join(SHORT_ARGUMENT_DELTAS)))
EXPECTED_TEXT = RESTORER.restore(FULL_TEXT)[0]
ARGUMENTS = {"to": "[[EMAIL_1]]", "cc": ["[[EMAIL_2]]", "nobody@[[EMAIL_9]]"],
             "body": "Hi [[PERSON_2]], token \\[\\[API\\_TOKEN\\_1\\]\\], key [[AWS_ACCESS_KEY_3]] é",
             "[[PERSON_1]]": {"path": "C:\\[[PERSON_1]]\\x"}}
ARGUMENT_TEXT = json.dumps(ARGUMENTS, ensure_ascii=False)
ARGUMENT_DELTAS = [ARGUMENT_TEXT[i:i + 7] for i in range(0, len(ARGUMENT_TEXT), 7)]
EXPECTED_ARGUMENTS = RESTORER.restore_json(ARGUMENTS)


def test_expectations_really_contain_restored_values():
    # Guards the fixtures: the tests below would pass vacuously without restorations.
    assert "José Müller" in EXPECTED_TEXT and "alice.o'neil@example.com" in EXPECTED_TEXT
    assert "[[EMAIL_9]]" in EXPECTED_TEXT and "[[[[EMAIL_1]]" not in EXPECTED_TEXT
    assert EXPECTED_ARGUMENTS["to"] == "alice.o'neil@example.com"
    assert EXPECTED_ARGUMENTS["José Müller"]["path"] == "C:José Müller\\x"


def _sse_transport(body: bytes) -> httpx2.Client:
    return httpx2.Client(transport=httpx2.MockTransport(
        lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=body)))


# -- OpenAI chat ---------------------------------------------------------------------

CHAT_UPSTREAM = chat_stream(TEXT_DELTAS, [ARGUMENT_DELTAS, ["{}"]]).encode()
CHAT_SHORT_UPSTREAM = chat_stream(SHORT_TEXT_DELTAS, [SHORT_ARGUMENT_DELTAS]).encode()


def test_chat_restores_text_and_tool_arguments_split_across_events():
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), CHAT_UPSTREAM))
    assert reading.content[0] == EXPECTED_TEXT
    assert json.loads(reading.arguments[(0, 0)]) == EXPECTED_ARGUMENTS
    assert reading.arguments[(0, 1)] == "{}"
    assert reading.done_last and not reading.text_after_finish


def test_chat_output_is_the_same_for_every_split_point_and_for_single_bytes():
    reference = run_stream(OpenAIChatStream(RESTORER), CHAT_SHORT_UPSTREAM)
    reading = read_chat(reference)
    assert reading.content[0] == SHORT_EXPECTED_TEXT
    assert json.loads(reading.arguments[(0, 0)]) == SHORT_EXPECTED_ARGUMENTS
    for split in range(1, len(CHAT_SHORT_UPSTREAM)):
        assert run_stream(OpenAIChatStream(RESTORER), CHAT_SHORT_UPSTREAM, [split]) == reference, split
    assert run_bytewise(OpenAIChatStream(RESTORER), CHAT_SHORT_UPSTREAM) == reference


def test_chat_plain_text_is_not_delayed():
    rewriter = OpenAIChatStream(RESTORER)
    upstream = chat_stream(["Hello there", " [[EMA", "IL_1]]"]).encode()
    first_two_events = upstream.split(b"\n\n")
    sent = rewriter.feed(b"\n\n".join(first_two_events[:2]) + b"\n\n")
    assert read_chat(sent).content[0] == "Hello there"
    sent = rewriter.feed(b"\n\n".join(first_two_events[2:3]) + b"\n\n")
    assert read_chat(sent).content[0] == " "  # the possible placeholder start is held
    sent = rewriter.feed(b"\n\n".join(first_two_events[3:4]) + b"\n\n")
    assert read_chat(sent).content[0] == "alice.o'neil@example.com"


def test_chat_held_text_goes_out_in_an_extra_chunk_before_the_finish_chunk():
    output = run_stream(OpenAIChatStream(RESTORER), chat_stream(["Write to [[EMAIL_1"]).encode())
    reading = read_chat(output)
    assert reading.content[0] == "Write to [[EMAIL_1"  # never completed: stays literal
    assert not reading.text_after_finish
    finish_position = next(i for i, chunk in enumerate(reading.chunks)
                            if chunk["choices"] and chunk["choices"][0]["finish_reason"])
    extra = reading.chunks[finish_position - 1]
    assert extra["choices"][0]["delta"] == {"content": "[[EMAIL_1"}
    assert extra["id"] == reading.chunks[finish_position]["id"]
    assert extra["model"] == "gpt-4o-2024-08-06"


def test_chat_held_tool_arguments_are_flushed_before_finish():
    output = run_stream(OpenAIChatStream(RESTORER), chat_stream([], [['{"a": "x [[EMA', 'IL_1"}']]).encode())
    reading = read_chat(output)
    assert json.loads(reading.arguments[(0, 0)]) == {"a": "x [[EMAIL_1"}
    assert not reading.text_after_finish


def test_chat_finish_chunk_with_its_own_content_carries_the_tail_in_order():
    finishing = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "delta": {"content": "IL_1]] bye [["}, "finish_reason": "stop"}]}
    role_and_text = chat_stream(["mail [[EMA"]).encode().split(b"\n\n")[:2]
    upstream = b"".join(event + b"\n\n" for event in role_and_text)
    upstream += b"data: " + json.dumps(finishing).encode() + b"\n\ndata: [DONE]\n\n"
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), upstream))
    assert reading.content[0] == "mail alice.o'neil@example.com bye [["
    assert reading.chunks[-1]["choices"][0]["delta"]["content"] == "alice.o'neil@example.com bye [["
    assert not reading.text_after_finish and reading.done_last


def test_chat_stream_cut_off_without_finish_or_done_is_flushed_at_close():
    upstream = chat_stream(["Dear [[PERSON_2]] and [[PERS"], done=False).encode()
    upstream = upstream[:upstream.index(b'"finish_reason":"stop"')]  # cut mid-event
    upstream = upstream[:upstream.rindex(b"\n\n") + 2]
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), upstream))
    assert reading.content[0] == "Dear 山田太郎 and [[PERS"


def test_chat_unterminated_final_event_is_processed_at_close():
    upstream = chat_stream(["Hi [[PERSON_1]]"], done=False).encode().rstrip(b"\n")
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), upstream))
    assert reading.content[0] == "Hi José Müller"
    assert json.loads(parse_events(run_stream(OpenAIChatStream(RESTORER), upstream))[-1].data)["usage"]


def test_chat_choices_are_restored_independently():
    a = chat_stream(["A: [[EMA", "IL_1]]"], choice_index=0, done=False).split("\n\n")
    b = chat_stream(["B: [[PER", "SON_1]]"], choice_index=1).split("\n\n")
    interleaved = "\n\n".join(x for pair in zip(a, b) for x in pair if x) + "\n\n"
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), interleaved.encode()))
    assert reading.content == {0: "A: alice.o'neil@example.com", 1: "B: José Müller"}


def test_chat_refusal_deltas_are_restored():
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER),
                                   chat_stream([], refusal_deltas=["I can't email [[EM", "AIL_2]]."]).encode()))
    assert reading.refusal[0] == 'I can\'t email bob "the builder"@example.org.'


def test_chat_comments_ids_and_non_json_data_pass_through():
    upstream = (b": keep-alive\r\n\r\nid: 7\r\nretry: 3000\r\nx-custom: [[EMAIL_1]]\r\n"
                b"data: not json [[EMAIL_1]]\r\n\r\n" + chat_stream(["[[EMAIL_1]]"]).encode())
    output = run_stream(OpenAIChatStream(RESTORER), upstream)
    assert output.startswith(b": keep-alive\n")
    first = parse_events(output)[0]
    assert (first.id, first.retry, first.data) == ("7", "3000", "not json [[EMAIL_1]]")


def test_chat_events_without_placeholders_pass_through_byte_for_byte():
    upstream = chat_stream(["Plain text, no brackets.", " More."]).encode()
    assert run_stream(OpenAIChatStream(RESTORER), upstream) == upstream


def test_openai_sdk_reads_the_restored_chat_stream():
    body = run_bytewise(OpenAIChatStream(RESTORER), CHAT_UPSTREAM)
    client = openai.OpenAI(api_key="test", base_url="http://upstream.test/v1", http_client=_sse_transport(body))
    with client.chat.completions.stream(model="gpt-4o", messages=[{"role": "user", "content": "hi"}]) as stream:
        completion = stream.get_final_completion()
    message = completion.choices[0].message
    assert message.content == EXPECTED_TEXT
    assert json.loads(message.tool_calls[0].function.arguments) == EXPECTED_ARGUMENTS


def test_chat_stream_and_non_stream_restoration_agree():
    reading = read_chat(run_stream(OpenAIChatStream(RESTORER), CHAT_UPSTREAM))
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": FULL_TEXT, "tool_calls": [
        {"id": "call_1", "type": "function", "function": {"name": "send_email", "arguments": ARGUMENT_TEXT}}]}}]}
    restored = chat_wire.restore_response(body, RESTORER)["choices"][0]["message"]
    assert restored["content"] == reading.content[0]
    assert restored["tool_calls"][0]["function"]["arguments"] == reading.arguments[(0, 0)]


# -- OpenAI Responses -------------------------------------------------------------------

RESPONSES_UPSTREAM = responses_stream(TEXT_DELTAS, ARGUMENT_DELTAS).encode()
RESPONSES_SHORT_UPSTREAM = responses_stream(SHORT_TEXT_DELTAS, SHORT_ARGUMENT_DELTAS, lean=True).encode()


def test_responses_restores_deltas_done_events_and_the_completed_response():
    reading = read_responses(run_stream(ResponsesStream(RESTORER), RESPONSES_UPSTREAM))
    text_key = ("response.output_text", MESSAGE_ID)
    arguments_key = ("response.function_call_arguments", CALL_ITEM_ID)
    assert reading.deltas[text_key] == EXPECTED_TEXT == reading.done_texts[text_key]
    assert reading.deltas[arguments_key] == reading.done_texts[arguments_key]
    assert json.loads(reading.deltas[arguments_key]) == EXPECTED_ARGUMENTS
    assert not reading.deltas_after_done
    completed = reading.completed
    assert completed["instructions"] == "Answer José Müller politely."
    assert completed["output"][0]["content"][0]["text"] == EXPECTED_TEXT
    assert json.loads(completed["output"][1]["arguments"]) == EXPECTED_ARGUMENTS
    part_done = next(e for e in reading.events if e["type"] == "response.content_part.done")
    assert part_done["part"]["text"] == EXPECTED_TEXT
    item_done = [e for e in reading.events if e["type"] == "response.output_item.done"]
    assert item_done[0]["item"]["content"][0]["text"] == EXPECTED_TEXT
    assert json.loads(item_done[1]["item"]["arguments"]) == EXPECTED_ARGUMENTS


def test_responses_output_is_the_same_for_every_split_point_and_for_single_bytes():
    reference = run_stream(ResponsesStream(RESTORER), RESPONSES_SHORT_UPSTREAM)
    reading = read_responses(reference)
    assert reading.deltas[("response.output_text", MESSAGE_ID)] == SHORT_EXPECTED_TEXT
    assert json.loads(reading.completed["output"][1]["arguments"]) == SHORT_EXPECTED_ARGUMENTS
    for split in range(1, len(RESPONSES_SHORT_UPSTREAM)):
        assert run_stream(ResponsesStream(RESTORER), RESPONSES_SHORT_UPSTREAM, [split]) == reference, split
    assert run_bytewise(ResponsesStream(RESTORER), RESPONSES_SHORT_UPSTREAM) == reference


def test_responses_held_text_is_an_extra_delta_reusing_the_next_sequence_number():
    upstream = responses_stream(["Reply to [[EMAIL_1]] and [[EMAIL"]).encode()
    reading = read_responses(run_stream(ResponsesStream(RESTORER), upstream))
    types = [event["type"] for event in reading.events]
    done_at = types.index("response.output_text.done")
    extra, done = reading.events[done_at - 1], reading.events[done_at]
    assert extra["type"] == "response.output_text.delta" and extra["delta"] == "[[EMAIL"
    assert extra["sequence_number"] == done["sequence_number"]
    assert extra["item_id"] == MESSAGE_ID and extra["content_index"] == 0 and extra["logprobs"] == []
    assert "obfuscation" not in extra
    assert reading.sequence_numbers == sorted(reading.sequence_numbers)
    assert done["text"] == "Reply to alice.o'neil@example.com and [[EMAIL"


def test_responses_stream_cut_off_before_done_is_flushed_at_close():
    upstream = responses_stream(["Hi [[PERSON_2]] [["], complete=False).encode()
    upstream = upstream[:upstream.index(b"event: response.output_text.done")]
    reading = read_responses(run_stream(ResponsesStream(RESTORER), upstream))
    assert reading.deltas[("response.output_text", MESSAGE_ID)] == "Hi 山田太郎 [["


def test_responses_output_item_done_flushes_when_no_text_done_event_came():
    upstream = responses_stream(["Hi [[PERSON_2]] [["]).encode()
    events = upstream.split(b"\n\n")
    upstream = b"\n\n".join(e for e in events if b"response.output_text.done" not in e
                            and b"response.content_part.done" not in e)
    reading = read_responses(run_stream(ResponsesStream(RESTORER), upstream))
    types = [event["type"] for event in reading.events]
    assert types[types.index("response.output_item.done") - 1] == "response.output_text.delta"
    assert reading.deltas[("response.output_text", MESSAGE_ID)] == "Hi 山田太郎 [["


def test_openai_sdk_reads_the_restored_responses_stream():
    body = run_bytewise(ResponsesStream(RESTORER), responses_stream(
        ["Reply to [[EMAIL_1]] and [[EMAIL"], ARGUMENT_DELTAS).encode())
    client = openai.OpenAI(api_key="test", base_url="http://upstream.test/v1", http_client=_sse_transport(body))
    with client.responses.stream(model="gpt-4.1", input="hi") as stream:
        events = list(stream)
        response = stream.get_final_response()
    assert response.output_text == "Reply to alice.o'neil@example.com and [[EMAIL"
    assert json.loads(response.output[1].arguments) == EXPECTED_ARGUMENTS
    last_text_delta = [e for e in events if e.type == "response.output_text.delta"][-1]
    assert last_text_delta.snapshot == response.output_text


def test_responses_stream_and_non_stream_restoration_agree():
    reading = read_responses(run_stream(ResponsesStream(RESTORER), RESPONSES_UPSTREAM))
    body = json.loads(json.dumps(json.loads(
        RESPONSES_UPSTREAM.split(b"event: response.completed\ndata: ")[1])["response"]))
    restored = responses_wire.restore_response(body, RESTORER)
    assert restored == reading.completed
    assert restored["output"][0]["content"][0]["text"] == reading.deltas[("response.output_text", MESSAGE_ID)]
    assert restored["output"][1]["arguments"] == reading.deltas[("response.function_call_arguments", CALL_ITEM_ID)]


# -- Anthropic --------------------------------------------------------------------------

ANTHROPIC_UPSTREAM = anthropic_stream(TEXT_DELTAS, ARGUMENT_DELTAS).encode()
ANTHROPIC_SHORT_UPSTREAM = anthropic_stream(SHORT_TEXT_DELTAS, SHORT_ARGUMENT_DELTAS).encode()


def test_anthropic_restores_text_and_tool_input_and_never_touches_thinking():
    reading = read_anthropic(run_stream(AnthropicStream(RESTORER), ANTHROPIC_UPSTREAM))
    assert reading.text[1] == EXPECTED_TEXT
    assert json.loads(reading.partial_json[2]) == EXPECTED_ARGUMENTS
    assert reading.thinking == THINKING_TEXT and reading.signature == SIGNATURE
    assert not reading.delta_after_stop
    assert reading.types[-2:] == ["message_delta", "message_stop"] and "ping" in reading.types


def test_anthropic_thinking_events_pass_through_byte_for_byte():
    upstream = ANTHROPIC_UPSTREAM.split(b"\n\n")
    output = run_stream(AnthropicStream(RESTORER), ANTHROPIC_UPSTREAM).split(b"\n\n")
    thinking_events = [event for event in upstream if b"thinking" in event or b"signature_delta" in event]
    assert len(thinking_events) == 4
    for event in thinking_events:
        assert event in output


def test_anthropic_output_is_the_same_for_every_split_point_and_for_single_bytes():
    reference = run_stream(AnthropicStream(RESTORER), ANTHROPIC_SHORT_UPSTREAM)
    reading = read_anthropic(reference)
    assert reading.text[1] == SHORT_EXPECTED_TEXT
    assert json.loads(reading.partial_json[2]) == SHORT_EXPECTED_ARGUMENTS
    for split in range(1, len(ANTHROPIC_SHORT_UPSTREAM)):
        assert run_stream(AnthropicStream(RESTORER), ANTHROPIC_SHORT_UPSTREAM, [split]) == reference, split
    assert run_bytewise(AnthropicStream(RESTORER), ANTHROPIC_SHORT_UPSTREAM) == reference


def test_anthropic_held_text_is_sent_before_content_block_stop():
    output = run_stream(AnthropicStream(RESTORER), anthropic_stream(["Hi [[PERSON_1]] \\["], thinking=False).encode())
    events = [json.loads(event.data) for event in parse_events(output)]
    stop_at = [e["type"] for e in events].index("content_block_stop")
    assert events[stop_at - 1] == {"type": "content_block_delta", "index": 0,
                                   "delta": {"type": "text_delta", "text": "\\["}}
    assert read_anthropic(output).text[0] == "Hi José Müller \\["


def test_anthropic_stream_cut_off_before_stops_is_flushed_at_close():
    upstream = anthropic_stream(["Hi [[PERSON_1]] [[EMAIL_"], ['{"to": "[[EMAIL_2]', ']", "x": "[['],
                                thinking=False, stop=False).encode()
    reading = read_anthropic(run_stream(AnthropicStream(RESTORER), upstream))
    assert reading.text[0] == "Hi José Müller [[EMAIL_"
    assert reading.partial_json[1] == '{"to": "bob \\"the builder\\"@example.org", "x": "[['


def test_anthropic_sdk_reads_the_restored_stream():
    body = run_bytewise(AnthropicStream(RESTORER), ANTHROPIC_UPSTREAM)
    client = anthropic.Anthropic(api_key="test", base_url="http://upstream.test", http_client=_sse_transport(body))
    with client.messages.stream(model="claude-test-model", max_tokens=64,
                                messages=[{"role": "user", "content": "hi"}]) as stream:
        message = stream.get_final_message()
    thinking, text, tool_use = message.content
    assert (thinking.thinking, thinking.signature) == (THINKING_TEXT, SIGNATURE)
    assert text.text == EXPECTED_TEXT
    assert tool_use.input == EXPECTED_ARGUMENTS


def test_anthropic_stream_and_non_stream_restoration_agree():
    reading = read_anthropic(run_stream(AnthropicStream(RESTORER), ANTHROPIC_UPSTREAM))
    body = {"content": [{"type": "thinking", "thinking": THINKING_TEXT, "signature": SIGNATURE},
                        {"type": "text", "text": FULL_TEXT},
                        {"type": "tool_use", "id": "toolu_1", "name": "send_email", "input": ARGUMENTS}]}
    restored = anthropic_wire.restore_response(json.loads(json.dumps(body)), RESTORER)["content"]
    assert restored[0]["thinking"] == reading.thinking
    assert restored[1]["text"] == reading.text[1]
    assert restored[2]["input"] == json.loads(reading.partial_json[2])


# -- all APIs ---------------------------------------------------------------------------

@pytest.mark.parametrize("rewriter_class, upstream", [
    (OpenAIChatStream, CHAT_UPSTREAM), (ResponsesStream, RESPONSES_UPSTREAM), (AnthropicStream, ANTHROPIC_UPSTREAM)])
def test_a_conversation_without_placeholders_restores_nothing(rewriter_class, upstream):
    # Another conversation's mapping: its placeholders are look-alikes here.
    output = run_stream(rewriter_class(Restorer({})), upstream)
    assert [e.data for e in parse_events(output)] == [e.data for e in parse_events(upstream)]


@pytest.mark.parametrize("rewriter_class", [OpenAIChatStream, ResponsesStream, AnthropicStream])
def test_feed_after_close_and_empty_chunks_are_harmless(rewriter_class):
    rewriter = rewriter_class(RESTORER)
    assert rewriter.feed(b"") == b""
    rewriter.close()
    assert rewriter.feed(b"data: x\n\n") == b"" and rewriter.close() == b""


# -- less common shapes ------------------------------------------------------------------

def _sse(*payloads: dict, named: bool = False) -> bytes:
    return "".join((f"event: {p['type']}\n" if named else "") + f"data: {json.dumps(p)}\n\n"
                   for p in payloads).encode()


def test_chat_held_text_is_flushed_before_done_when_no_finish_reason_came():
    upstream = chat_stream(["to [[EMAIL_1]] [[EMAIL"], done=True).encode()
    upstream = b"".join(event + b"\n\n" for event in upstream.split(b"\n\n")
                        if event and b'"finish_reason":"stop"' not in event)
    output = run_stream(OpenAIChatStream(RESTORER), upstream)
    reading = read_chat(output)
    assert reading.content[0] == "to alice.o'neil@example.com [[EMAIL" and reading.done_last


def test_chat_legacy_function_call_and_custom_tool_input_are_restored():
    def chunk(delta, finish=None):
        return {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    upstream = _sse(chunk({"function_call": {"name": "f", "arguments": '{"a": "[[EMA'}}),
                    chunk({"function_call": {"arguments": 'IL_2]]"}'}}),
                    chunk({"tool_calls": [{"index": 0, "type": "custom", "custom": {"name": "patch",
                                                                                    "input": "*** [[PERS"}}]}),
                    chunk({}, "stop"))
    chunks = [json.loads(e.data) for e in parse_events(run_stream(OpenAIChatStream(RESTORER), upstream))]
    arguments = "".join(c["choices"][0]["delta"].get("function_call", {}).get("arguments", "") for c in chunks)
    assert json.loads(arguments) == {"a": 'bob "the builder"@example.org'}
    custom = "".join(call["custom"]["input"] for c in chunks for call in c["choices"][0]["delta"].get("tool_calls", ()))
    assert custom == "*** [[PERS"  # never completed: flushed literally before the finish chunk
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_responses_content_part_done_flushes_when_the_text_done_event_is_missing():
    upstream = responses_stream(["Hi [[PERSON_2]] [["], lean=True).encode()
    upstream = b"".join(event + b"\n\n" for event in upstream.split(b"\n\n")
                        if event and b"response.output_text.done" not in event)
    reading = read_responses(run_stream(ResponsesStream(RESTORER), upstream))
    types = [event["type"] for event in reading.events]
    assert types[types.index("response.content_part.done") - 1] == "response.output_text.delta"
    assert reading.deltas[("response.output_text", MESSAGE_ID)] == "Hi 山田太郎 [["


def test_responses_reasoning_summary_and_custom_tool_input_are_restored_and_flushed():
    base = {"item_id": "rs_1", "output_index": 0}
    upstream = _sse(
        {"type": "response.reasoning_summary_text.delta", "sequence_number": 1, **base, "summary_index": 0,
         "delta": "Asked by [[PERSON_1]] about [[EM"},
        {"type": "response.reasoning_summary_part.done", "sequence_number": 2, **base, "summary_index": 0,
         "part": {"type": "summary_text", "text": "Asked by [[PERSON_1]] about [[EM"}},
        {"type": "response.custom_tool_call_input.delta", "sequence_number": 3, "item_id": "ctc_1",
         "output_index": 1, "delta": "*** Update [[PERSON_2]"},
        {"type": "response.custom_tool_call_input.done", "sequence_number": 4, "item_id": "ctc_1",
         "output_index": 1, "input": "*** Update [[PERSON_2]"},
        named=True)
    events = [json.loads(e.data) for e in parse_events(run_stream(ResponsesStream(RESTORER), upstream))]
    assert [(e["type"], e["sequence_number"]) for e in events] == [
        ("response.reasoning_summary_text.delta", 1), ("response.reasoning_summary_text.delta", 2),
        ("response.reasoning_summary_part.done", 2), ("response.custom_tool_call_input.delta", 3),
        ("response.custom_tool_call_input.delta", 4), ("response.custom_tool_call_input.done", 4)]
    assert events[0]["delta"] + events[1]["delta"] == "Asked by José Müller about [[EM"
    assert events[2]["part"]["text"] == "Asked by José Müller about [[EM"
    assert events[3]["delta"] + events[4]["delta"] == events[5]["input"] == "*** Update [[PERSON_2]"


def test_anthropic_text_given_at_block_start_is_streamed_with_the_deltas():
    upstream = _sse({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": "Hi [[PERS"}},
                    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "ON_1]]!"}},
                    {"type": "content_block_stop", "index": 0}, named=True)
    events = [json.loads(e.data) for e in parse_events(run_stream(AnthropicStream(RESTORER), upstream))]
    assert events[0]["content_block"]["text"] + events[1]["delta"]["text"] == "Hi José Müller!"


def test_anthropic_redacted_thinking_and_unknown_deltas_pass_through_unchanged():
    upstream = _sse({"type": "content_block_start", "index": 0,
                     "content_block": {"type": "redacted_thinking", "data": "[[EMAIL_1]]"}},
                    {"type": "content_block_delta", "index": 1,
                     "delta": {"type": "citations_delta", "citation": {"cited_text": "[[EMAIL_1]]"}}},
                    {"type": "content_block_delta", "index": 2, "delta": {"type": "future_delta", "x": "[[EMAIL_1]]"}},
                    named=True)
    assert run_stream(AnthropicStream(RESTORER), upstream) == upstream
