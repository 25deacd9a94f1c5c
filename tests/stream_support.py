"""Realistic upstream SSE streams for the three APIs, and readers for rewritten output.

The event shapes are copied from real OpenAI Chat Completions, Responses and
Anthropic Messages streams (ids, field order, ``event:`` lines, keep-alive
``ping`` events, ``[DONE]``), so tests exercise what the proxy sees.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from redactor.restore import Restorer
from redactor.wire.sse import SSEParser, ServerSentEvent

MAPPING = {
    "[[EMAIL_1]]": "alice.o'neil@example.com",
    "[[EMAIL_2]]": 'bob "the builder"@example.org',
    "[[PERSON_1]]": "José Müller",
    "[[PERSON_2]]": "山田太郎",
    "[[API_TOKEN_1]]": "TOKEN-1234\\n5678",  # a backslash and an n: JSON-escaping matters
    "[[AWS_ACCESS_KEY_3]]": "AKIA🎉EXAMPLE\nline2",
}
RESTORER = Restorer(MAPPING)


def _json(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _event(payload: dict, name: str | None = None) -> str:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {_json(payload)}\n\n"


# -- OpenAI chat ---------------------------------------------------------------

CHAT_ID = "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"


def _chat_chunk(choices: list, usage: dict | None = None) -> str:
    return _event({"id": CHAT_ID, "object": "chat.completion.chunk", "created": 1741570283,
                   "model": "gpt-4o-2024-08-06", "service_tier": "default",
                   "system_fingerprint": "fp_eb9dce56a8", "choices": choices, "usage": usage})


def chat_stream(text_deltas: list[str], tool_argument_deltas: list[list[str]] = (),
                refusal_deltas: list[str] = (), finish_reason: str | None = None,
                done: bool = True, choice_index: int = 0) -> str:
    """A chat completion stream: text, then parallel tool calls, then finish, usage, [DONE]."""
    def choice(delta, finish=None):
        return [{"index": choice_index, "delta": delta, "logprobs": None, "finish_reason": finish}]

    parts = [_chat_chunk(choice({"role": "assistant", "content": "", "refusal": None}))]
    parts += [_chat_chunk(choice({"content": delta})) for delta in text_deltas]
    parts += [_chat_chunk(choice({"refusal": delta})) for delta in refusal_deltas]
    for call_index, deltas in enumerate(tool_argument_deltas):
        parts.append(_chat_chunk(choice({"tool_calls": [{
            "index": call_index, "id": f"call_DdmO9pD3xa9XTPNJ32zg2hc{call_index}", "type": "function",
            "function": {"name": "send_email", "arguments": ""}}]})))
        parts += [_chat_chunk(choice({"tool_calls": [{"index": call_index, "function": {"arguments": delta}}]}))
                  for delta in deltas]
    if finish_reason is None:
        finish_reason = "tool_calls" if tool_argument_deltas else "stop"
    parts.append(_chat_chunk(choice({}, finish_reason)))
    parts.append(_chat_chunk([], usage={"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29}))
    if done:
        parts.append("data: [DONE]\n\n")
    return "".join(parts)


@dataclass
class ChatReading:
    content: dict[int, str] = field(default_factory=dict)
    refusal: dict[int, str] = field(default_factory=dict)
    arguments: dict[tuple[int, int], str] = field(default_factory=dict)
    text_after_finish: bool = False
    done_last: bool = False
    chunks: list[dict] = field(default_factory=list)


def read_chat(output: bytes) -> ChatReading:
    """Accumulate a rewritten chat stream; check nothing arrives after finish_reason or [DONE]."""
    reading = ChatReading()
    finished: set[int] = set()
    events = parse_events(output)
    for position, event in enumerate(events):
        if event.data == "[DONE]":
            reading.done_last = position == len(events) - 1
            continue
        chunk = json.loads(event.data)
        reading.chunks.append(chunk)
        for choice in chunk["choices"]:
            index = choice["index"]
            delta = choice.get("delta") or {}
            carries_text = bool(delta.get("content") or delta.get("refusal") or any(
                call.get("function", {}).get("arguments") for call in delta.get("tool_calls") or ()))
            if carries_text and index in finished:
                reading.text_after_finish = True
            if isinstance(delta.get("content"), str):
                reading.content[index] = reading.content.get(index, "") + delta["content"]
            if isinstance(delta.get("refusal"), str):
                reading.refusal[index] = reading.refusal.get(index, "") + delta["refusal"]
            for call in delta.get("tool_calls") or ():
                key = (index, call["index"])
                reading.arguments[key] = reading.arguments.get(key, "") + call.get("function", {}).get(
                    "arguments", "")
            if choice.get("finish_reason"):
                finished.add(index)
    return reading


# -- OpenAI Responses ------------------------------------------------------------

RESPONSE_ID = "resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654"
MESSAGE_ID = "msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654"
CALL_ITEM_ID = "fc_67c9fdd0a1cc8190b3f04a3cc0c0a3a907b8b0ad4e5eb654"


def _response_object(status: str, output: list, instructions: str, lean: bool = False) -> dict:
    if lean:
        return {"id": RESPONSE_ID, "object": "response", "created_at": 1741290958, "status": status,
                "instructions": instructions, "model": "gpt-4.1-2025-04-14", "output": output}
    return {"id": RESPONSE_ID, "object": "response", "created_at": 1741290958, "status": status,
            "error": None, "incomplete_details": None, "instructions": instructions,
            "max_output_tokens": None, "model": "gpt-4.1-2025-04-14", "output": output,
            "parallel_tool_calls": True, "previous_response_id": None,
            "reasoning": {"effort": None, "summary": None}, "store": True, "temperature": 1.0,
            "text": {"format": {"type": "text"}}, "tool_choice": "auto", "tools": [], "top_p": 1.0,
            "truncation": "disabled",
            "usage": None if status != "completed" else {
                "input_tokens": 37, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 11,
                "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 48},
            "user": None, "metadata": {}}


def responses_stream(text_deltas: list[str], argument_deltas: list[str] = (),
                     instructions: str = "Answer [[PERSON_1]] politely.", complete: bool = True,
                     lean: bool = False) -> str:
    """A Responses stream: one message item, optionally one function call item, then completed.

    `lean` trims the response objects in lifecycle events to a few fields.
    """
    sequence = iter(range(10_000))
    parts = []

    def add(payload):
        payload = {"type": payload.pop("type"), "sequence_number": next(sequence), **payload}
        parts.append(_event(payload, payload["type"]))

    text = "".join(text_deltas)
    arguments = "".join(argument_deltas)
    message_in_progress = {"id": MESSAGE_ID, "type": "message", "status": "in_progress", "role": "assistant",
                           "content": []}
    text_part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    message_done = {**message_in_progress, "status": "completed", "content": [text_part]}
    call_in_progress = {"id": CALL_ITEM_ID, "type": "function_call", "status": "in_progress", "arguments": "",
                        "call_id": "call_12345xyz", "name": "send_email"}
    call_done = {**call_in_progress, "status": "completed", "arguments": arguments}
    add({"type": "response.created", "response": _response_object("in_progress", [], instructions, lean)})
    add({"type": "response.in_progress", "response": _response_object("in_progress", [], instructions, lean)})
    add({"type": "response.output_item.added", "output_index": 0, "item": message_in_progress})
    add({"type": "response.content_part.added", "item_id": MESSAGE_ID, "output_index": 0, "content_index": 0,
         "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []}})
    for delta in text_deltas:
        add({"type": "response.output_text.delta", "item_id": MESSAGE_ID, "output_index": 0,
             "content_index": 0, "delta": delta, "logprobs": [], "obfuscation": "x9Qw"})
    add({"type": "response.output_text.done", "item_id": MESSAGE_ID, "output_index": 0, "content_index": 0,
         "text": text, "logprobs": []})
    add({"type": "response.content_part.done", "item_id": MESSAGE_ID, "output_index": 0, "content_index": 0,
         "part": text_part})
    add({"type": "response.output_item.done", "output_index": 0, "item": message_done})
    output = [message_done]
    if argument_deltas:
        add({"type": "response.output_item.added", "output_index": 1, "item": call_in_progress})
        for delta in argument_deltas:
            add({"type": "response.function_call_arguments.delta", "item_id": CALL_ITEM_ID, "output_index": 1,
                 "delta": delta, "obfuscation": "aB"})
        add({"type": "response.function_call_arguments.done", "item_id": CALL_ITEM_ID, "output_index": 1,
             "arguments": arguments})
        add({"type": "response.output_item.done", "output_index": 1, "item": call_done})
        output.append(call_done)
    if complete:
        add({"type": "response.completed", "response": _response_object("completed", output, instructions, lean)})
    return "".join(parts)


@dataclass
class ResponsesReading:
    deltas: dict[tuple[str, str], str] = field(default_factory=dict)  # (event family, item) -> text
    done_texts: dict[tuple[str, str], str] = field(default_factory=dict)
    completed: dict | None = None
    sequence_numbers: list[int] = field(default_factory=list)
    deltas_after_done: bool = False
    events: list[dict] = field(default_factory=list)


def read_responses(output: bytes) -> ResponsesReading:
    reading = ResponsesReading()
    done_items: set[str] = set()
    for event in parse_events(output):
        payload = json.loads(event.data)
        assert event.event == payload["type"], "the SSE event name must match the payload type"
        reading.events.append(payload)
        reading.sequence_numbers.append(payload["sequence_number"])
        kind = payload["type"]
        if kind.endswith(".delta"):
            key = (kind[:-len(".delta")], payload["item_id"])
            if payload["item_id"] in done_items:
                reading.deltas_after_done = True
            reading.deltas[key] = reading.deltas.get(key, "") + payload["delta"]
        elif kind == "response.output_text.done":
            reading.done_texts[("response.output_text", payload["item_id"])] = payload["text"]
            done_items.add(payload["item_id"])
        elif kind == "response.function_call_arguments.done":
            reading.done_texts[("response.function_call_arguments", payload["item_id"])] = payload["arguments"]
            done_items.add(payload["item_id"])
        elif kind == "response.completed":
            reading.completed = payload["response"]
    return reading


# -- Anthropic -------------------------------------------------------------------

THINKING_TEXT = "The user is [[PERSON_1]] at [[EMAIL_1]]; keep the placeholders."
SIGNATURE = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds1BbVJbxDlnSTrRxOrBjhO7cNVKWqSOUbeIaxH"


def anthropic_stream(text_deltas: list[str], input_json_deltas: list[str] = (), thinking: bool = True,
                     stop: bool = True) -> str:
    parts = [_event({"type": "message_start", "message": {
        "id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "type": "message", "role": "assistant",
        "content": [], "model": "claude-sonnet-4-5-20250929", "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": 472, "output_tokens": 2}}}, "message_start")]
    index = 0
    if thinking:
        parts.append(_event({"type": "content_block_start", "index": index,
                             "content_block": {"type": "thinking", "thinking": "", "signature": ""}},
                            "content_block_start"))
        half = len(THINKING_TEXT) // 2
        for piece in (THINKING_TEXT[:half], THINKING_TEXT[half:]):
            parts.append(_event({"type": "content_block_delta", "index": index,
                                 "delta": {"type": "thinking_delta", "thinking": piece}}, "content_block_delta"))
        parts.append(_event({"type": "content_block_delta", "index": index,
                             "delta": {"type": "signature_delta", "signature": SIGNATURE}}, "content_block_delta"))
        parts.append(_event({"type": "content_block_stop", "index": index}, "content_block_stop"))
        index += 1
    parts.append(_event({"type": "content_block_start", "index": index,
                         "content_block": {"type": "text", "text": ""}}, "content_block_start"))
    parts.append(_event({"type": "ping"}, "ping"))
    for delta in text_deltas:
        parts.append(_event({"type": "content_block_delta", "index": index,
                             "delta": {"type": "text_delta", "text": delta}}, "content_block_delta"))
    if stop:
        parts.append(_event({"type": "content_block_stop", "index": index}, "content_block_stop"))
    if input_json_deltas:
        index += 1
        parts.append(_event({"type": "content_block_start", "index": index, "content_block": {
            "type": "tool_use", "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "name": "send_email", "input": {}}},
            "content_block_start"))
        for delta in ["", *input_json_deltas]:
            parts.append(_event({"type": "content_block_delta", "index": index,
                                 "delta": {"type": "input_json_delta", "partial_json": delta}},
                                "content_block_delta"))
        if stop:
            parts.append(_event({"type": "content_block_stop", "index": index}, "content_block_stop"))
    if stop:
        parts.append(_event({"type": "message_delta", "delta": {
            "stop_reason": "tool_use" if input_json_deltas else "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 89}}, "message_delta"))
        parts.append(_event({"type": "message_stop"}, "message_stop"))
    return "".join(parts)


@dataclass
class AnthropicReading:
    text: dict[int, str] = field(default_factory=dict)
    partial_json: dict[int, str] = field(default_factory=dict)
    thinking: str = ""
    signature: str = ""
    delta_after_stop: bool = False
    types: list[str] = field(default_factory=list)


def read_anthropic(output: bytes) -> AnthropicReading:
    reading = AnthropicReading()
    stopped: set[int] = set()
    for event in parse_events(output):
        payload = json.loads(event.data)
        assert event.event == payload["type"]
        reading.types.append(payload["type"])
        if payload["type"] == "content_block_stop":
            stopped.add(payload["index"])
        if payload["type"] != "content_block_delta":
            continue
        index, delta = payload["index"], payload["delta"]
        if index in stopped:
            reading.delta_after_stop = True
        if delta["type"] == "text_delta":
            reading.text[index] = reading.text.get(index, "") + delta["text"]
        elif delta["type"] == "input_json_delta":
            reading.partial_json[index] = reading.partial_json.get(index, "") + delta["partial_json"]
        elif delta["type"] == "thinking_delta":
            reading.thinking += delta["thinking"]
        elif delta["type"] == "signature_delta":
            reading.signature += delta["signature"]
    return reading


# -- feeding -----------------------------------------------------------------------

def parse_events(output: bytes) -> list[ServerSentEvent]:
    """The events in rewritten output (which must be strict UTF-8 and complete SSE)."""
    output.decode("utf-8")  # strict: raises on anything invalid
    parser = SSEParser()
    items = parser.feed(output) + parser.close()
    return [item for item in items if isinstance(item, ServerSentEvent)]


def run_stream(rewriter, data: bytes, split_points=()) -> bytes:
    """Feed `data` cut at `split_points` (byte offsets), then close."""
    pieces, previous = [], 0
    for point in sorted(set(split_points)):
        pieces.append(rewriter.feed(data[previous:point]))
        previous = point
    pieces.append(rewriter.feed(data[previous:]))
    pieces.append(rewriter.close())
    return b"".join(pieces)


def run_bytewise(rewriter, data: bytes) -> bytes:
    return b"".join([*(rewriter.feed(data[i:i + 1]) for i in range(len(data))), rewriter.close()])
