"""Local models: one chat interface, and serving it in the wire format the client spoke.

A request the policy routed locally is answered by a model on this machine
(llama.cpp in process, llama.py; or an OpenAI-compatible local server,
local_http.py). Both implement `LocalModelBackend`:

- `await chat(messages, tools=None, max_tokens=..., temperature=..., stream=False)`
  takes OpenAI-chat-style messages and tools and returns a `ChatResult`
  (text, tool calls, finish reason, token counts) or, with `stream=True`, a
  `ChatStream` of `ChatChunk`s;
- `complete_text(prompt, ...)` is the synchronous plain-text completion the
  rephrasing stage uses (it runs in a worker thread);
- `unavailable_reason()` says why the backend cannot serve right now (routing
  applies the policy's fallback), or None;
- `await complete(api, body, stream)` is the proxy's `LocalBackend` protocol
  (redactor/backends/__init__.py): it converts the client's original body
  (OpenAI chat, Responses, Anthropic Messages, count_tokens, embeddings) to a
  chat call and renders the answer as that API's JSON or its exact SSE event
  stream, tool calls included.

`open_local_backend(config)` builds the backend a policy names, once per
configuration and process, so the proxy and the routing/rephrasing stages
share one loaded model.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable, Sequence

from redactor.backends import BackendReply
from redactor.pipeline import PipelineError, UnavailableError
from redactor.policy import LocalBackendConfig

# Roughly how many characters one token covers in the worst common case (code,
# JSON, non-English text); used where no tokenizer is at hand.
CHARS_PER_TOKEN = 3.0


class LocalBackendError(UnavailableError):
    """The local model cannot serve: missing or corrupt file, server down, busy, too small.

    Raised at start-up (with the path or URL and the reason) and per request.
    The message never contains request text.
    """

    code = "local_backend_unavailable"


class LocalRequestError(PipelineError):
    """The client's body cannot be served by a local model (e.g. unknown previous response)."""

    status = 400
    code = "invalid_request_for_local_model"


# -- records ------------------------------------------------------------------------------


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text, as OpenAI sends it


@dataclass
class ToolCallDelta:
    """A piece of a streamed tool call. `id` and `name` come with the first piece of a call."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


@dataclass
class ChatChunk:
    text: str = ""
    tool_calls: list[ToolCallDelta] = field(default_factory=list)
    # Set on the last chunk only: "stop", "length" or "tool_calls", with the usage.
    finish_reason: str | None = None
    usage: Usage | None = None


@dataclass
class ChatResult:
    text: str
    tool_calls: list[ToolCall]
    finish_reason: str  # "stop", "length", "tool_calls"
    usage: Usage
    model: str


@dataclass
class TextCompletion:
    text: str
    finish_reason: str
    usage: Usage
    seconds: float


@dataclass
class ChatRequest:
    """A chat call in OpenAI chat form: what every client API is converted to."""

    messages: list[dict]  # roles system, user, assistant (with tool_calls), tool
    tools: list[dict] | None = None  # [{"type": "function", "function": {name, description, parameters}}]
    tool_choice: Any = None  # "auto", "none", "required" or {"type": "function", "function": {"name"}}
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    stop: list[str] = field(default_factory=list)

    def offered_tools(self) -> list[dict]:
        if not self.tools or self.tool_choice == "none":
            return []
        return [tool for tool in self.tools if tool.get("type") == "function" and tool.get("function")]


class ChatStream:
    """An async iterator of ChatChunks; the last one carries finish reason and usage.

    `prompt_tokens` is known up front for the in-process model and None for a
    server (it reports usage at the end). `aclose()` stops generation early.
    """

    def __init__(self, chunks: AsyncIterator[ChatChunk], prompt_tokens: int | None, model: str,
                 close: Callable[[], Any] | None = None) -> None:
        self._chunks = chunks
        self.prompt_tokens = prompt_tokens
        self.model = model
        self._close = close

    def __aiter__(self) -> AsyncIterator[ChatChunk]:
        return self._chunks

    async def aclose(self) -> None:
        if self._close is not None:
            result = self._close()
            if asyncio.iscoroutine(result):
                await result
        aclose = getattr(self._chunks, "aclose", None)
        if aclose is not None:
            await aclose()


async def collect(stream: ChatStream) -> ChatResult:
    """A whole ChatResult from a stream (one generation path for both modes)."""
    text: list[str] = []
    calls: dict[int, ToolCall] = {}
    finish, usage = "stop", None
    try:
        async for chunk in stream:
            text.append(chunk.text)
            for delta in chunk.tool_calls:
                call = calls.setdefault(delta.index, ToolCall(delta.id or new_id("call_"), delta.name or "", ""))
                if delta.id:
                    call.id = delta.id
                if delta.name:
                    call.name = delta.name
                call.arguments += delta.arguments
            if chunk.finish_reason:
                finish, usage = chunk.finish_reason, chunk.usage
    finally:
        await stream.aclose()
    ordered = [calls[index] for index in sorted(calls)]
    if ordered and finish == "stop":
        finish = "tool_calls"
    return ChatResult("".join(text), ordered, finish, usage or Usage(stream.prompt_tokens or 0, 0), stream.model)


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:24]


# -- the backend base class -----------------------------------------------------------------


class LocalModelBackend:
    """What llama.py and local_http.py implement; serves every client API from one chat call."""

    name = "local"

    def __init__(self, model_name: str, context_tokens: int, max_output_tokens: int) -> None:
        self.model_name = model_name
        self.context_tokens = context_tokens
        self.max_output_tokens = max_output_tokens
        self._responses = _ResponseMemory()

    # implemented by the concrete backends

    async def open_stream(self, request: ChatRequest) -> ChatStream:
        """Start generating. Raises LocalBackendError before the first chunk if it cannot serve."""
        raise NotImplementedError

    def complete_text(self, prompt: str, *, max_tokens: int = 256, temperature: float = 0.2,
                      stop: Sequence[str] = ()) -> TextCompletion:
        """Plain-text completion of `prompt` (synchronous; call it from a worker thread)."""
        raise NotImplementedError

    def unavailable_reason(self) -> str | None:
        """Why the backend cannot serve now (one line, no request data), or None."""
        return None

    def count_tokens(self, request: ChatRequest) -> int:
        """Prompt tokens the request needs; an estimate unless the backend has a tokenizer."""
        characters = sum(len(_message_text(message)) for message in request.messages)
        characters += len(json.dumps(request.tools)) if request.tools else 0
        return int(characters / CHARS_PER_TOKEN) + 8 * len(request.messages) + 1

    async def embed(self, body: dict) -> dict:
        raise LocalBackendError(f"the local backend '{self.name}' does not serve embeddings")

    async def aclose(self) -> None:
        return None

    # the public chat interface

    async def chat(self, messages: list[dict], tools: list[dict] | None = None, *, tool_choice: Any = None,
                   max_tokens: int | None = None, temperature: float | None = None, top_p: float | None = None,
                   stop: Sequence[str] = (), stream: bool = False) -> ChatResult | ChatStream:
        request = ChatRequest(list(messages), tools, tool_choice, self._max_tokens(max_tokens), temperature,
                              top_p, list(stop))
        opened = await self.open_stream(request)
        return opened if stream else await collect(opened)

    # the proxy's LocalBackend protocol

    async def complete(self, api: str, body: dict, stream: bool) -> BackendReply:
        if api == "openai_chat":
            return await serve_openai_chat(self, body, stream)
        if api == "openai_responses":
            return await serve_responses(self, body, stream)
        if api == "anthropic":
            return await serve_anthropic(self, body, stream)
        if api == "anthropic_count_tokens":
            return serve_anthropic_count_tokens(self, body)
        if api == "embeddings":
            return _json_reply(await self.embed(body))
        raise LocalRequestError(f"the local backend cannot serve the '{api}' API")

    def _max_tokens(self, requested: Any) -> int:
        if isinstance(requested, int) and not isinstance(requested, bool) and requested > 0:
            return min(requested, self.max_output_tokens)
        return self.max_output_tokens

    def check_fits(self, prompt_tokens: int, max_tokens: int) -> None:
        if prompt_tokens + min(max_tokens, 16) > self.context_tokens:
            raise LocalBackendError(f"request needs about {prompt_tokens} prompt tokens; the local model's "
                                    f"context holds {self.context_tokens}")


# -- OpenAI chat completions ----------------------------------------------------------------


def chat_request_from_openai_chat(body: dict, backend: LocalModelBackend) -> ChatRequest:
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise LocalRequestError("'messages' must be a list")
    messages: list[dict] = []
    for raw in raw_messages:
        if not isinstance(raw, dict):
            continue
        role = raw.get("role")
        if role in ("system", "developer"):
            messages.append({"role": "system", "content": _parts_text(raw.get("content"))})
        elif role == "user":
            messages.append({"role": "user", "content": _parts_text(raw.get("content"))})
        elif role == "assistant":
            message: dict = {"role": "assistant", "content": _parts_text(raw.get("content"))}
            calls = [_openai_tool_call(call) for call in raw.get("tool_calls") or [] if isinstance(call, dict)]
            legacy = raw.get("function_call")
            if isinstance(legacy, dict):
                calls.append(_openai_tool_call({"id": new_id("call_"), "function": legacy}))
            if calls:
                message["tool_calls"] = calls
            messages.append(message)
        elif role in ("tool", "function"):
            messages.append({"role": "tool", "tool_call_id": str(raw.get("tool_call_id") or raw.get("name") or ""),
                             "content": _parts_text(raw.get("content"))})
    tools = [tool for tool in body.get("tools") or [] if isinstance(tool, dict) and tool.get("type") == "function"]
    for legacy in body.get("functions") or []:
        if isinstance(legacy, dict):
            tools.append({"type": "function", "function": legacy})
    tool_choice = body.get("tool_choice")
    if tool_choice is None and isinstance(body.get("function_call"), (str, dict)):
        legacy_choice = body["function_call"]
        tool_choice = (legacy_choice if isinstance(legacy_choice, str)
                       else {"type": "function", "function": {"name": legacy_choice.get("name")}})
    return ChatRequest(
        messages, tools or None, tool_choice,
        backend._max_tokens(body.get("max_completion_tokens", body.get("max_tokens"))),
        _number(body.get("temperature")), _number(body.get("top_p")), _stop_list(body.get("stop")))


async def serve_openai_chat(backend: LocalModelBackend, body: dict, stream: bool) -> BackendReply:
    """Answer an OpenAI chat-completions body: a chat.completion JSON, or its chunk stream."""
    request = chat_request_from_openai_chat(body, backend)
    opened = await backend.open_stream(request)
    if not stream:
        return _json_reply(openai_chat_document(await collect(opened)))
    options = body.get("stream_options")
    include_usage = isinstance(options, dict) and options.get("include_usage") is True
    return _sse_reply(_openai_chat_events(opened, include_usage), "openai_chat", opened)


def openai_chat_document(result: ChatResult) -> dict:
    message: dict = {"role": "assistant", "content": result.text if result.text or not result.tool_calls else None,
                     "refusal": None}
    if result.tool_calls:
        message["tool_calls"] = [{"id": call.id, "type": "function",
                                  "function": {"name": call.name, "arguments": call.arguments}}
                                 for call in result.tool_calls]
    return {
        "id": new_id("chatcmpl-"), "object": "chat.completion", "created": int(time.time()),
        "model": result.model, "system_fingerprint": None,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": result.finish_reason}],
        "usage": _openai_usage(result.usage),
    }


async def _openai_chat_events(stream: ChatStream, include_usage: bool) -> AsyncIterator[bytes]:
    completion_id, created = new_id("chatcmpl-"), int(time.time())

    def frame(delta: dict, finish: str | None = None) -> bytes:
        document = {"id": completion_id, "object": "chat.completion.chunk", "created": created,
                    "model": stream.model, "system_fingerprint": None,
                    "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        return _data_line(document)

    yield frame({"role": "assistant", "content": ""})
    finish, usage, called = "stop", None, False
    async for chunk in stream:
        if chunk.text:
            yield frame({"content": chunk.text})
        for delta in chunk.tool_calls:
            called = True
            entry: dict = {"index": delta.index}
            function: dict = {"arguments": delta.arguments}
            if delta.id is not None:
                entry["id"], entry["type"] = delta.id, "function"
            if delta.name is not None:
                function["name"] = delta.name
            entry["function"] = function
            yield frame({"tool_calls": [entry]})
        if chunk.finish_reason:
            finish, usage = chunk.finish_reason, chunk.usage
    if called and finish == "stop":
        finish = "tool_calls"
    yield frame({}, finish)
    if include_usage:
        yield _data_line({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                          "model": stream.model, "system_fingerprint": None, "choices": [],
                          "usage": _openai_usage(usage or Usage(stream.prompt_tokens or 0, 0))})
    yield b"data: [DONE]\n\n"


def _openai_tool_call(call: dict) -> dict:
    function = call.get("function") if isinstance(call.get("function"), dict) else {}
    arguments = function.get("arguments")
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments if arguments is not None else {})
    return {"id": str(call.get("id") or new_id("call_")), "type": "function",
            "function": {"name": str(function.get("name") or ""), "arguments": arguments}}


def _openai_usage(usage: Usage) -> dict:
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.total_tokens}


# -- OpenAI Responses -----------------------------------------------------------------------


def chat_request_from_responses(body: dict, backend: LocalModelBackend) -> ChatRequest:
    messages: list[dict] = []
    if body.get("conversation"):
        raise LocalRequestError("server-side conversations cannot be served by the local model; "
                                "send the input items instead")
    previous = body.get("previous_response_id")
    if isinstance(previous, str) and previous:
        remembered = backend._responses.get(previous)
        if remembered is None:
            raise LocalRequestError(f"previous_response_id {previous[:64]} is not known to the local model "
                                    "(it keeps responses in memory only); send the full input instead")
        messages.extend(remembered)
    instructions = body.get("instructions")
    if isinstance(instructions, str) and instructions:
        # Instructions of a previous response do not carry over (API semantics).
        messages = [message for message in messages if message.get("role") != "system"]
        messages.insert(0, {"role": "system", "content": instructions})
    raw_input = body.get("input")
    if isinstance(raw_input, str):
        messages.append({"role": "user", "content": raw_input})
    elif isinstance(raw_input, list):
        for item in raw_input:
            if isinstance(item, dict):
                _append_response_item(messages, item)
    elif raw_input is not None:
        raise LocalRequestError("'input' must be a string or a list of items")
    tools = []
    for tool in body.get("tools") or []:
        if isinstance(tool, dict) and tool.get("type") == "function" and tool.get("name"):
            tools.append({"type": "function", "function": {
                "name": tool["name"], "description": tool.get("description") or "",
                "parameters": tool.get("parameters") or {"type": "object", "properties": {}}}})
    tool_choice = body.get("tool_choice")
    if isinstance(tool_choice, dict) and tool_choice.get("type") == "function":
        tool_choice = {"type": "function", "function": {"name": tool_choice.get("name")}}
    elif not isinstance(tool_choice, str):
        tool_choice = None
    return ChatRequest(messages, tools or None, tool_choice, backend._max_tokens(body.get("max_output_tokens")),
                       _number(body.get("temperature")), _number(body.get("top_p")))


def _append_response_item(messages: list[dict], item: dict) -> None:
    kind = item.get("type", "message")
    if kind == "message":
        role = item.get("role")
        role = "system" if role in ("system", "developer") else role
        if role in ("system", "user", "assistant"):
            messages.append({"role": role, "content": _parts_text(item.get("content"))})
    elif kind == "function_call":
        call = {"id": str(item.get("call_id") or item.get("id") or new_id("call_")), "type": "function",
                "function": {"name": str(item.get("name") or ""), "arguments": str(item.get("arguments") or "{}")}}
        if messages and messages[-1]["role"] == "assistant" and not messages[-1]["content"]:
            messages[-1].setdefault("tool_calls", []).append(call)
        else:
            messages.append({"role": "assistant", "content": "", "tool_calls": [call]})
    elif kind == "function_call_output":
        messages.append({"role": "tool", "tool_call_id": str(item.get("call_id") or ""),
                         "content": _parts_text(item.get("output"))})
    # reasoning items, web-search calls and other hosted-tool items have no
    # meaning for a local model and are left out.


async def serve_responses(backend: LocalModelBackend, body: dict, stream: bool) -> BackendReply:
    """Answer a Responses-API body: a `response` object, or its typed event stream."""
    request = chat_request_from_responses(body, backend)
    opened = await backend.open_stream(request)
    response_id = new_id("resp_")
    if not stream:
        result = await collect(opened)
        document = responses_document(response_id, result, body, int(time.time()))
        backend._responses.remember(body, response_id, request.messages, result)
        return _json_reply(document)
    return _sse_reply(_responses_events(backend, opened, response_id, body, request.messages), "openai_responses",
                      opened)


def responses_document(response_id: str, result: ChatResult, body: dict, created: int,
                       item_ids: dict | None = None) -> dict:
    output = _responses_output(result, item_ids or {})
    incomplete = result.finish_reason == "length"
    document = _response_skeleton(response_id, body, result.model, created,
                                  "incomplete" if incomplete else "completed")
    document["output"] = output
    document["incomplete_details"] = {"reason": "max_output_tokens"} if incomplete else None
    document["usage"] = _responses_usage(result.usage)
    return document


def _responses_output(result: ChatResult, item_ids: dict) -> list[dict]:
    output = []
    if result.text or not result.tool_calls:
        output.append({"type": "message", "id": item_ids.get("message") or new_id("msg_"), "status": "completed",
                       "role": "assistant",
                       "content": [{"type": "output_text", "text": result.text, "annotations": [], "logprobs": []}]})
    for index, call in enumerate(result.tool_calls):
        output.append({"type": "function_call", "id": item_ids.get(index) or new_id("fc_"), "call_id": call.id,
                       "name": call.name, "arguments": call.arguments, "status": "completed"})
    return output


def _response_skeleton(response_id: str, body: dict, model: str, created: int, status: str) -> dict:
    tools = [tool for tool in body.get("tools") or [] if isinstance(tool, dict) and tool.get("type") == "function"]
    return {
        "id": response_id, "object": "response", "created_at": created, "status": status,
        "background": False, "error": None, "incomplete_details": None,
        "instructions": body.get("instructions"), "max_output_tokens": body.get("max_output_tokens"),
        "model": model, "output": [], "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": body.get("previous_response_id"),
        "reasoning": {"effort": None, "summary": None}, "store": body.get("store", True),
        "temperature": body.get("temperature", 1.0), "text": {"format": {"type": "text"}},
        "tool_choice": body.get("tool_choice", "auto"), "tools": tools, "top_p": body.get("top_p", 1.0),
        "truncation": "disabled", "usage": None, "user": None, "metadata": body.get("metadata") or {},
    }


def _responses_usage(usage: Usage) -> dict:
    return {"input_tokens": usage.prompt_tokens, "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": usage.completion_tokens, "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": usage.total_tokens}


async def _responses_events(backend: LocalModelBackend, stream: ChatStream, response_id: str, body: dict,
                            messages: list[dict]) -> AsyncIterator[bytes]:
    created = int(time.time())
    sequence = 0

    def event(kind: str, payload: dict) -> bytes:
        nonlocal sequence
        document = {"type": kind, "sequence_number": sequence, **payload}
        sequence += 1
        return f"event: {kind}\ndata: ".encode() + _json_bytes(document) + b"\n\n"

    skeleton = _response_skeleton(response_id, body, stream.model, created, "in_progress")
    yield event("response.created", {"response": skeleton})
    yield event("response.in_progress", {"response": skeleton})
    text: list[str] = []
    message_id: str | None = None
    message_index = -1
    calls: dict[int, dict] = {}  # tool index -> {"item", "output_index", "arguments"}
    item_ids: dict = {}
    next_index = 0
    finish, usage = "stop", None

    def close_message() -> list[bytes]:
        if message_id is None:
            return []
        full = "".join(text)
        part = {"type": "output_text", "text": full, "annotations": [], "logprobs": []}
        return [
            event("response.output_text.done", {"item_id": message_id, "output_index": message_index,
                                                "content_index": 0, "text": full, "logprobs": []}),
            event("response.content_part.done", {"item_id": message_id, "output_index": message_index,
                                                 "content_index": 0, "part": part}),
            event("response.output_item.done", {"output_index": message_index, "item": {
                "type": "message", "id": message_id, "status": "completed", "role": "assistant",
                "content": [part]}}),
        ]

    message_closed = False
    async for chunk in stream:
        if chunk.text and not message_closed:
            if message_id is None:
                message_id, message_index = new_id("msg_"), next_index
                item_ids["message"] = message_id
                next_index += 1
                yield event("response.output_item.added", {"output_index": message_index, "item": {
                    "type": "message", "id": message_id, "status": "in_progress", "role": "assistant",
                    "content": []}})
                yield event("response.content_part.added", {"item_id": message_id, "output_index": message_index,
                                                            "content_index": 0, "part": {
                                                                "type": "output_text", "text": "",
                                                                "annotations": [], "logprobs": []}})
            text.append(chunk.text)
            yield event("response.output_text.delta", {"item_id": message_id, "output_index": message_index,
                                                       "content_index": 0, "delta": chunk.text, "logprobs": []})
        elif chunk.text:
            text.append(chunk.text)  # text after a tool call: kept in the final document only
        for delta in chunk.tool_calls:
            if delta.index not in calls:
                if not message_closed:
                    for frame in close_message():
                        yield frame
                    message_closed = True
                item = {"type": "function_call", "id": new_id("fc_"), "call_id": delta.id or new_id("call_"),
                        "name": delta.name or "", "arguments": "", "status": "in_progress"}
                calls[delta.index] = {"item": item, "output_index": next_index, "arguments": []}
                item_ids[delta.index] = item["id"]
                next_index += 1
                yield event("response.output_item.added", {"output_index": calls[delta.index]["output_index"],
                                                           "item": dict(item)})
            state = calls[delta.index]
            if delta.name and not state["item"]["name"]:
                state["item"]["name"] = delta.name
            if delta.arguments:
                state["arguments"].append(delta.arguments)
                yield event("response.function_call_arguments.delta", {
                    "item_id": state["item"]["id"], "output_index": state["output_index"],
                    "delta": delta.arguments})
        if chunk.finish_reason:
            finish, usage = chunk.finish_reason, chunk.usage
    if not message_closed:
        if message_id is None and not calls:
            # Nothing generated: still one (empty) message, as the API does.
            message_id, message_index = new_id("msg_"), next_index
            item_ids["message"] = message_id
            yield event("response.output_item.added", {"output_index": message_index, "item": {
                "type": "message", "id": message_id, "status": "in_progress", "role": "assistant", "content": []}})
            yield event("response.content_part.added", {"item_id": message_id, "output_index": message_index,
                                                        "content_index": 0, "part": {
                                                            "type": "output_text", "text": "", "annotations": [],
                                                            "logprobs": []}})
        for frame in close_message():
            yield frame
    tool_calls = []
    for index in sorted(calls):
        state = calls[index]
        arguments = "".join(state["arguments"])
        item = {**state["item"], "arguments": arguments, "status": "completed"}
        tool_calls.append(ToolCall(item["call_id"], item["name"], arguments))
        yield event("response.function_call_arguments.done", {"item_id": item["id"],
                                                              "output_index": state["output_index"],
                                                              "name": item["name"], "arguments": arguments})
        yield event("response.output_item.done", {"output_index": state["output_index"], "item": item})
    if tool_calls and finish == "stop":
        finish = "tool_calls"
    result = ChatResult("".join(text) if message_id else "", tool_calls, finish,
                        usage or Usage(stream.prompt_tokens or 0, 0), stream.model)
    document = responses_document(response_id, result, body, created, item_ids)
    backend._responses.remember(body, response_id, messages, result)
    final = "response.incomplete" if document["status"] == "incomplete" else "response.completed"
    yield event(final, {"response": document})


class _ResponseMemory:
    """Recent locally served Responses, so `previous_response_id` turns work (memory only)."""

    def __init__(self, capacity: int = 256) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[str, list[dict]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, response_id: str) -> list[dict] | None:
        with self._lock:
            found = self._entries.get(response_id)
            return [dict(message) for message in found] if found is not None else None

    def remember(self, body: dict, response_id: str, messages: list[dict], result: ChatResult) -> None:
        if body.get("store") is False:
            return
        reply: dict = {"role": "assistant", "content": result.text}
        if result.tool_calls:
            reply["tool_calls"] = [{"id": call.id, "type": "function",
                                    "function": {"name": call.name, "arguments": call.arguments}}
                                   for call in result.tool_calls]
        with self._lock:
            self._entries[response_id] = [*messages, reply]
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)


# -- Anthropic Messages -----------------------------------------------------------------------


def chat_request_from_anthropic(body: dict, backend: LocalModelBackend) -> ChatRequest:
    messages: list[dict] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _parts_text(system)})
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise LocalRequestError("'messages' must be a list")
    for raw in raw_messages:
        if not isinstance(raw, dict):
            continue
        role, content = raw.get("role"), raw.get("content")
        if isinstance(content, str):
            content = [{"type": "text", "text": content}]
        if not isinstance(content, list):
            continue
        if role == "assistant":
            text = _parts_text([block for block in content if isinstance(block, dict) and block.get("type") == "text"])
            calls = [{"id": str(block.get("id") or new_id("toolu_")), "type": "function",
                      "function": {"name": str(block.get("name") or ""),
                                   "arguments": json.dumps(block.get("input") if block.get("input") is not None
                                                           else {})}}
                     for block in content if isinstance(block, dict) and block.get("type") == "tool_use"]
            message: dict = {"role": "assistant", "content": text}
            if calls:
                message["tool_calls"] = calls
            messages.append(message)
        elif role == "user":
            # Tool results answer the previous assistant turn, so they come first.
            for block in content:
                if isinstance(block, dict) and block.get("type") == "tool_result":
                    result_text = _parts_text(block.get("content"))
                    if block.get("is_error"):
                        result_text = "[tool error] " + result_text
                    messages.append({"role": "tool", "tool_call_id": str(block.get("tool_use_id") or ""),
                                     "content": result_text})
            others = [block for block in content if not (isinstance(block, dict) and block.get("type") == "tool_result")]
            if others:
                messages.append({"role": "user", "content": _parts_text(others)})
    tools = []
    for tool in body.get("tools") or []:
        # Server tools (web search, code execution, computer use) have no input
        # schema and cannot run locally; only custom tools are offered.
        if isinstance(tool, dict) and tool.get("name") and isinstance(tool.get("input_schema"), dict):
            tools.append({"type": "function", "function": {
                "name": tool["name"], "description": tool.get("description") or "",
                "parameters": tool["input_schema"]}})
    tool_choice: Any = None
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        tool_choice = {"auto": "auto", "any": "required", "none": "none"}.get(choice.get("type"))
        if choice.get("type") == "tool":
            tool_choice = {"type": "function", "function": {"name": choice.get("name")}}
    return ChatRequest(messages, tools or None, tool_choice, backend._max_tokens(body.get("max_tokens")),
                       _number(body.get("temperature")), _number(body.get("top_p")),
                       _stop_list(body.get("stop_sequences")))


async def serve_anthropic(backend: LocalModelBackend, body: dict, stream: bool) -> BackendReply:
    """Answer an Anthropic Messages body: a `message` JSON, or its event stream."""
    request = chat_request_from_anthropic(body, backend)
    opened = await backend.open_stream(request)
    if not stream:
        return _json_reply(anthropic_document(await collect(opened)))
    return _sse_reply(_anthropic_events(opened), "anthropic", opened)


def serve_anthropic_count_tokens(backend: LocalModelBackend, body: dict) -> BackendReply:
    request = chat_request_from_anthropic({**body, "max_tokens": 1}, backend)
    return _json_reply({"input_tokens": backend.count_tokens(request)})


_ANTHROPIC_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}


def anthropic_document(result: ChatResult) -> dict:
    content: list[dict] = []
    if result.text or not result.tool_calls:
        content.append({"type": "text", "text": result.text})
    for call in result.tool_calls:
        content.append({"type": "tool_use", "id": _anthropic_tool_id(call.id), "name": call.name,
                        "input": _json_object(call.arguments)})
    return {"id": new_id("msg_"), "type": "message", "role": "assistant", "model": result.model,
            "content": content, "stop_reason": _ANTHROPIC_STOP.get(result.finish_reason, "end_turn"),
            "stop_sequence": None,
            "usage": {"input_tokens": result.usage.prompt_tokens, "output_tokens": result.usage.completion_tokens}}


async def _anthropic_events(stream: ChatStream) -> AsyncIterator[bytes]:
    def event(kind: str, payload: dict) -> bytes:
        return f"event: {kind}\ndata: ".encode() + _json_bytes({"type": kind, **payload}) + b"\n\n"

    yield event("message_start", {"message": {
        "id": new_id("msg_"), "type": "message", "role": "assistant", "model": stream.model, "content": [],
        "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": stream.prompt_tokens or 0, "output_tokens": 1}}})
    yield event("ping", {})
    block = -1
    open_kind: str | None = None  # "text" or "tool"
    tool_blocks: dict[int, int] = {}
    finish, usage, called = "stop", None, False
    async for chunk in stream:
        if chunk.text:
            if open_kind != "text":
                if open_kind is not None:
                    yield event("content_block_stop", {"index": block})
                block, open_kind = block + 1, "text"
                yield event("content_block_start", {"index": block, "content_block": {"type": "text", "text": ""}})
            yield event("content_block_delta", {"index": block, "delta": {"type": "text_delta", "text": chunk.text}})
        for delta in chunk.tool_calls:
            called = True
            if delta.index not in tool_blocks:
                if open_kind is not None:
                    yield event("content_block_stop", {"index": block})
                block, open_kind = block + 1, "tool"
                tool_blocks[delta.index] = block
                yield event("content_block_start", {"index": block, "content_block": {
                    "type": "tool_use", "id": _anthropic_tool_id(delta.id or new_id("toolu_")),
                    "name": delta.name or "", "input": {}}})
            if delta.arguments and tool_blocks[delta.index] == block:
                yield event("content_block_delta", {"index": block, "delta": {
                    "type": "input_json_delta", "partial_json": delta.arguments}})
        if chunk.finish_reason:
            finish, usage = chunk.finish_reason, chunk.usage
    if open_kind is None:
        block = 0
        yield event("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    yield event("content_block_stop", {"index": block})
    if called and finish == "stop":
        finish = "tool_calls"
    yield event("message_delta", {"delta": {"stop_reason": _ANTHROPIC_STOP.get(finish, "end_turn"),
                                            "stop_sequence": None},
                                  "usage": {"output_tokens": (usage.completion_tokens if usage else 0)}})
    yield event("message_stop", {})


def _anthropic_tool_id(call_id: str) -> str:
    return call_id if call_id.startswith("toolu_") else "toolu_" + call_id.removeprefix("call_")


# -- shared helpers -----------------------------------------------------------------------------


def _parts_text(content: Any) -> str:
    """Text of a message content in any client shape; binary parts become a short note."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        content = [content]
    if not isinstance(content, list):
        return str(content)
    pieces = []
    for part in content:
        if isinstance(part, str):
            pieces.append(part)
        elif isinstance(part, dict):
            kind = part.get("type")
            if isinstance(part.get("text"), str):
                pieces.append(part["text"])
            elif kind == "tool_result":
                pieces.append(_parts_text(part.get("content")))
            elif kind in ("image", "image_url", "input_image", "document", "file", "input_file",
                          "input_audio", "audio"):
                # Local text models cannot see binary content.
                pieces.append(f"[{kind} omitted: the local model reads text only]")
            elif kind == "refusal" and isinstance(part.get("refusal"), str):
                pieces.append(part["refusal"])
    return "\n".join(pieces)


def _message_text(message: dict) -> str:
    text = message.get("content") or ""
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        text += str(function.get("name") or "") + str(function.get("arguments") or "")
    return text


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _stop_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str) and item][:8]
    return []


def _json_object(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {"value": value}


def _json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _data_line(document: Any) -> bytes:
    return b"data: " + _json_bytes(document) + b"\n\n"


def _json_reply(document: dict) -> BackendReply:
    return BackendReply(status=200, body=_json_bytes(document), media_type="application/json")


def _sse_reply(events: AsyncIterator[bytes], api: str, stream: ChatStream) -> BackendReply:
    return BackendReply(status=200, stream=_ending_with_error_event(events, api, stream),
                        media_type="text/event-stream", headers={"cache-control": "no-cache"})


async def _ending_with_error_event(events: AsyncIterator[bytes], api: str,
                                   stream: ChatStream) -> AsyncIterator[bytes]:
    # The status line is already sent once a stream starts: a failure midway
    # becomes the API's own error event, so the client's SDK raises it.
    from redactor.server.errors import stream_error_event

    try:
        async for frame in events:
            yield frame
    except PipelineError as exc:
        yield stream_error_event(api, exc.code, str(exc))
    except Exception as exc:  # a bug must not leave the client hanging on a half stream
        yield stream_error_event(api, "local_model_failed", f"the local model failed ({exc.__class__.__name__})")
    finally:
        # Also runs when the client goes away: stops the generation.
        await stream.aclose()


# -- the process-wide factory -----------------------------------------------------------------

_OPEN: dict[str, LocalModelBackend] = {}
_OPEN_LOCK = threading.Lock()


def open_local_backend(config: LocalBackendConfig) -> LocalModelBackend | None:
    """The backend `config` names, built once per configuration and process; None for type "none".

    Raises LocalBackendError at once (path or URL and reason) when it cannot be
    built: missing or corrupt GGUF, llama-cpp-python not installed, no URL.
    """
    if config.type == "none":
        return None
    key = config.model_dump_json()
    with _OPEN_LOCK:
        found = _OPEN.get(key)
        if found is not None:
            return found
        if config.type == "llama":
            try:
                from redactor.backends.llama import LlamaBackend
            except ImportError as exc:
                raise LocalBackendError("local backend type 'llama' needs llama-cpp-python "
                                        f"(pip install 'redactor[local]'): {exc.name or exc}") from None
            backend: LocalModelBackend = LlamaBackend.from_config(config)
        else:
            from redactor.backends.local_http import LocalHttpBackend

            backend = LocalHttpBackend.from_config(config)
        _OPEN[key] = backend
        return backend
