"""OpenAI Chat Completions (`POST /v1/chat/completions`): request segments, reply restoration.

Covered request fields: every message (system, developer, user, assistant,
tool, legacy function) as a string or content-part array, assistant refusals,
tool-call arguments already in the history (JSON-aware), custom tool inputs,
predicted outputs, tool and function definitions (descriptions, parameter
schemas) and the response_format schema. Images, audio and files pass through
unscanned and are counted as binary parts.
"""
from __future__ import annotations

from typing import Any

from redactor.restore import Restorer
from redactor.wire import (
    type_of,
    Extraction,
    SegmentCollector,
    WireError,
    describe_path,
    expect_list,
    expect_object,
    optional_list,
    text_of_parts,
)

API = "openai_chat"

# role -> (position, segment kind)
_ROLE_PLACES = {
    "system": ("system", "prose"),
    "developer": ("system", "prose"),
    "user": ("user", "prose"),
    "assistant": ("assistant", "prose"),
    "tool": ("tool_result", "tool_result"),
    "function": ("tool_result", "tool_result"),
}
_BINARY_PARTS = frozenset({"image_url", "input_audio", "file", "input_image", "input_file"})
_SIDE_FIELDS = ("user", "safety_identifier", "prompt_cache_key", "metadata", "stop")


def extract(body: dict) -> Extraction:
    if "messages" not in body:
        raise WireError("'messages' is required")
    messages = expect_list(body["messages"], ("messages",))
    collector = SegmentCollector()
    system_texts: list[str] = []
    first_user: str | None = None
    for index, message in enumerate(messages):
        path = ("messages", index)
        message = expect_object(message, path)
        role = message.get("role")
        if not isinstance(role, str):
            raise WireError(f"'messages[{index}].role' must be a string")
        position, kind = _ROLE_PLACES.get(role, ("user", "prose"))
        content = message.get("content")
        _content(collector, path + ("content",), content, role, kind, position)
        if role == "assistant":
            collector.text(path + ("refusal",), message.get("refusal"), role=role, kind="prose",
                           position="assistant")
            _tool_calls(collector, path, message)
        if role in ("system", "developer") and first_user is None:
            system_texts.append(text_of_parts(content))
        elif role == "user" and first_user is None:
            first_user = text_of_parts(content)
    _tools(collector, body)
    _response_format(collector, body)
    collector.side_fields(body, _SIDE_FIELDS)
    prediction = body.get("prediction")
    if isinstance(prediction, dict):
        # A predicted output is usually the current content of a file.
        _content(collector, ("prediction", "content"), prediction.get("content"), "user", "code", "user")
    return collector.finish(["\n".join(system_texts), first_user or ""])


def restore_response(body: dict, restorer: Restorer) -> dict:
    """Restore a non-streamed chat completion in place and return it."""
    for choice in body.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        if not isinstance(message, dict):
            continue
        for key in ("content", "refusal", "reasoning_content"):
            if isinstance(message.get(key), str):
                message[key] = restorer.restore(message[key])[0]
        if isinstance(message.get("content"), list):
            for part in message["content"]:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = restorer.restore(part["text"])[0]
        for call in message.get("tool_calls") or ():
            if not isinstance(call, dict):
                continue
            function = call.get("function")
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                # Arguments are the inside of a JSON document: escape restored values.
                function["arguments"] = restorer.restore(function["arguments"], json_escape=True)[0]
            custom = call.get("custom")
            if isinstance(custom, dict) and isinstance(custom.get("input"), str):
                custom["input"] = restorer.restore(custom["input"])[0]
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
            legacy["arguments"] = restorer.restore(legacy["arguments"], json_escape=True)[0]
    return body


def _content(collector: SegmentCollector, path: tuple, content: Any, role: str, kind: str,
             position: str) -> None:
    if content is None or isinstance(content, str):
        collector.text(path, content, role=role, kind=kind, position=position)
        return
    if not isinstance(content, list):
        raise WireError(f"'{describe_path(path)}' must be a string or a list of content parts")
    for index, part in enumerate(content):
        part_path = path + (index,)
        part = expect_object(part, part_path)
        part_type = type_of(part)
        if part_type == "text":
            collector.text(part_path + ("text",), part.get("text"), role=role, kind=kind, position=position)
        elif part_type == "refusal":
            collector.text(part_path + ("refusal",), part.get("refusal"), role=role, kind=kind,
                           position=position)
        elif part_type in _BINARY_PARTS:
            collector.binary()
        else:
            collector.unknown(part_path, part, role=role, position=position, kind=kind)


def _tool_calls(collector: SegmentCollector, path: tuple, message: dict) -> None:
    for index, call in enumerate(optional_list(message, "tool_calls", path)):
        call_path = path + ("tool_calls", index)
        call = expect_object(call, call_path)
        function = call.get("function")
        if isinstance(function, dict):
            collector.json_string(call_path + ("function", "arguments"), function.get("arguments"),
                                  role="assistant", position="tool_arguments")
        custom = call.get("custom")
        if isinstance(custom, dict):
            collector.text(call_path + ("custom", "input"), custom.get("input"), role="assistant",
                           kind="code", position="tool_arguments")
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        collector.json_string(path + ("function_call", "arguments"), legacy.get("arguments"),
                              role="assistant", position="tool_arguments")


def _tools(collector: SegmentCollector, body: dict) -> None:
    for index, tool in enumerate(optional_list(body, "tools")):
        tool_path = ("tools", index)
        tool = expect_object(tool, tool_path)
        for key in ("function", "custom"):
            definition = tool.get(key)
            if isinstance(definition, dict):
                collector.text(tool_path + (key, "description"), definition.get("description"),
                               role="system", kind="prose", position="tool_definition")
                collector.schema(tool_path + (key, "parameters"), definition.get("parameters"))
    for index, function in enumerate(optional_list(body, "functions")):
        function_path = ("functions", index)
        function = expect_object(function, function_path)
        collector.text(function_path + ("description",), function.get("description"), role="system",
                       kind="prose", position="tool_definition")
        collector.schema(function_path + ("parameters",), function.get("parameters"))


def _response_format(collector: SegmentCollector, body: dict) -> None:
    response_format = body.get("response_format")
    if not isinstance(response_format, dict):
        return
    schema = response_format.get("json_schema")
    if isinstance(schema, dict):
        collector.text(("response_format", "json_schema", "description"), schema.get("description"),
                       role="system", kind="prose", position="tool_definition")
        collector.schema(("response_format", "json_schema", "schema"), schema.get("schema"))
