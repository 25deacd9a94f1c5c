"""OpenAI Responses API (`POST /v1/responses`, used by Codex): request segments, reply restoration.

Covered request fields: `instructions` (string or items), `input` (a string or
a list of items: messages with content parts, function calls and their
outputs, custom tool calls (Codex's apply_patch), shell and local-shell calls,
apply-patch calls, MCP calls, reasoning summaries), tool definitions, the
text-format schema and prompt-template variables. Item types this module does
not know are scanned leaf by leaf (every non-opaque string), so a new item type
cannot carry text out unscanned. Images and files pass through as binary parts.
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

API = "openai_responses"

_ROLE_PLACES = {
    "system": ("system", "prose"),
    "developer": ("system", "prose"),
    "user": ("user", "prose"),
    "assistant": ("assistant", "prose"),
}
_TEXT_PARTS = frozenset({"input_text", "output_text", "text", "summary_text", "reasoning_text"})
_BINARY_PARTS = frozenset({"input_image", "input_file", "input_audio", "image_url", "file"})
_BINARY_ITEMS = frozenset({"image_generation_call", "computer_call_output"})
_OUTPUT_ITEMS = frozenset({
    "function_call_output", "custom_tool_call_output", "local_shell_call_output",
    "shell_call_output", "apply_patch_call_output", "computer_call_output",
})


def extract(body: dict) -> Extraction:
    collector = SegmentCollector()
    instructions = body.get("instructions")
    system_text = ""
    if isinstance(instructions, list):
        _items(collector, ("instructions",), instructions)
        system_text = "\n".join(text_of_parts(item.get("content")) for item in instructions
                                if isinstance(item, dict))
    else:
        collector.text(("instructions",), instructions, role="system", kind="prose", position="system")
        system_text = instructions or ""
    source = body.get("input")
    first_user = ""
    if isinstance(source, str) or source is None:
        collector.text(("input",), source, role="user", kind="prose", position="user")
        first_user = source or ""
    else:
        items = expect_list(source, ("input",))
        _items(collector, ("input",), items)
        for item in items:
            if isinstance(item, dict) and item.get("role") in ("system", "developer") and not first_user:
                system_text += "\n" + text_of_parts(item.get("content"))
            elif isinstance(item, dict) and item.get("role") == "user":
                first_user = text_of_parts(item.get("content"))
                break
    _tools(collector, body)
    _text_format(collector, body)
    _prompt_variables(collector, body)
    collector.side_fields(body, ("user", "safety_identifier", "prompt_cache_key", "metadata"))
    return collector.finish([system_text, first_user])


def restore_response(body: dict, restorer: Restorer) -> dict:
    """Restore a non-streamed Response object in place and return it.

    Also used for the full response carried by streamed `response.completed`
    (and similar) events, so both paths restore the same fields.
    """
    for item in body.get("output") or ():
        if isinstance(item, dict):
            restore_output_item(item, restorer)
    if isinstance(body.get("instructions"), str):
        body["instructions"] = restorer.restore(body["instructions"])[0]
    # The response echoes the request's side fields, which went out redacted.
    for key in ("user", "safety_identifier", "prompt_cache_key"):
        if isinstance(body.get(key), str):
            body[key] = restorer.restore(body[key])[0]
    if isinstance(body.get("metadata"), dict):
        body["metadata"] = restorer.restore_json(body["metadata"])
    return body


def restore_output_item(item: dict, restorer: Restorer) -> dict:
    """Restore one output item (message, function call, custom tool call, ...) in place."""
    item_type = type_of(item)
    if item_type == "message":
        for part in item.get("content") or ():
            if not isinstance(part, dict):
                continue
            for key in ("text", "refusal"):
                if isinstance(part.get(key), str):
                    part[key] = restorer.restore(part[key])[0]
    elif item_type in ("function_call", "mcp_call"):
        if isinstance(item.get("arguments"), str):
            # Arguments are the inside of a JSON document: escape restored values.
            item["arguments"] = restorer.restore(item["arguments"], json_escape=True)[0]
        if isinstance(item.get("output"), str):
            item["output"] = restorer.restore(item["output"])[0]
    elif item_type == "custom_tool_call":
        if isinstance(item.get("input"), str):
            item["input"] = restorer.restore(item["input"])[0]
    elif item_type in ("local_shell_call", "shell_call", "apply_patch_call"):
        for key in ("action", "operation"):
            if key in item:
                item[key] = restorer.restore_json(item[key])
    elif item_type == "reasoning":
        # Reasoning summaries are shown to the user: restore them like assistant text.
        # encrypted_content is opaque and goes back to the provider as it came.
        for key in ("summary", "content"):
            for part in item.get(key) or ():
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = restorer.restore(part["text"])[0]
    return item


def _items(collector: SegmentCollector, path: tuple, items: list) -> None:
    for index, item in enumerate(items):
        item_path = path + (index,)
        if isinstance(item, str):
            collector.text(item_path, item, role="user", kind="prose", position="user")
            continue
        item = expect_object(item, item_path)
        item_type = item.get("type", "message")
        if not isinstance(item_type, str):  # hostile bodies put lists there (unhashable below)
            raise WireError(f"'{describe_path(item_path + ('type',))}' must be a string")
        if item_type == "message":
            role = item.get("role")
            if not isinstance(role, str):
                raise WireError(f"'{path[0]}[{index}].role' must be a string")
            position, kind = _ROLE_PLACES.get(role, ("user", "prose"))
            _content(collector, item_path + ("content",), item.get("content"), role, kind, position)
        elif item_type in ("function_call", "mcp_call"):
            collector.json_string(item_path + ("arguments",), item.get("arguments"), role="assistant",
                                  position="tool_arguments")
            if item_type == "mcp_call":
                collector.text(item_path + ("output",), item.get("output"), role="tool",
                               kind="tool_result", position="tool_result")
        elif item_type == "custom_tool_call":
            # Codex's apply_patch is a custom tool whose input is a patch: code.
            collector.text(item_path + ("input",), item.get("input"), role="assistant", kind="code",
                           position="tool_arguments")
        elif item_type in ("local_shell_call", "shell_call", "apply_patch_call"):
            for key in ("action", "operation"):
                if key in item:
                    collector.json_document(item_path + (key,), item[key], role="assistant",
                                            position="tool_arguments")
        elif item_type in _BINARY_ITEMS:
            collector.binary()
        elif item_type in _OUTPUT_ITEMS:
            _output(collector, item_path + ("output",), item.get("output"))
        elif item_type == "reasoning":
            for key in ("summary", "content"):
                for part_index, part in enumerate(optional_list(item, key, item_path)):
                    if isinstance(part, dict):
                        collector.text(item_path + (key, part_index, "text"), part.get("text"),
                                       role="assistant", kind="prose", position="assistant")
        elif item_type == "item_reference":
            continue
        else:
            collector.unknown(item_path, item, role="assistant", position="assistant", kind="json_value")


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
        if part_type in _TEXT_PARTS:
            collector.text(part_path + ("text",), part.get("text"), role=role, kind=kind, position=position)
        elif part_type == "refusal":
            collector.text(part_path + ("refusal",), part.get("refusal"), role=role, kind=kind,
                           position=position)
        elif part_type in _BINARY_PARTS:
            collector.binary()
        else:
            collector.unknown(part_path, part, role=role, position=position, kind=kind)


def _output(collector: SegmentCollector, path: tuple, output: Any) -> None:
    if output is None or isinstance(output, str):
        collector.text(path, output, role="tool", kind="tool_result", position="tool_result")
    elif isinstance(output, list) and all(isinstance(part, dict) and "type" in part for part in output):
        _content(collector, path, output, "tool", "tool_result", "tool_result")
    else:
        # shell_call_output: [{"stdout", "stderr", "outcome"}] and other structured outputs.
        collector.unknown(path, output, role="tool", position="tool_result", kind="tool_result")


def _tools(collector: SegmentCollector, body: dict) -> None:
    for index, tool in enumerate(optional_list(body, "tools")):
        tool_path = ("tools", index)
        tool = expect_object(tool, tool_path)
        for key in ("description", "server_description"):
            collector.text(tool_path + (key,), tool.get(key) if isinstance(tool.get(key), str) else None,
                           role="system", kind="prose", position="tool_definition")
        collector.schema(tool_path + ("parameters",), tool.get("parameters"))


def _text_format(collector: SegmentCollector, body: dict) -> None:
    text = body.get("text")
    if not isinstance(text, dict) or not isinstance(text.get("format"), dict):
        return
    text_format = text["format"]
    collector.text(("text", "format", "description"), text_format.get("description"), role="system",
                   kind="prose", position="tool_definition")
    collector.schema(("text", "format", "schema"), text_format.get("schema"))


def _prompt_variables(collector: SegmentCollector, body: dict) -> None:
    prompt = body.get("prompt")
    if not isinstance(prompt, dict) or not isinstance(prompt.get("variables"), dict):
        return
    for name, value in prompt["variables"].items():
        path = ("prompt", "variables", name)
        if isinstance(value, str):
            collector.text(path, value, role="user", kind="prose", position="user")
        elif isinstance(value, dict):
            # An input_text / input_image / input_file part.
            collector.unknown(path, value, role="user", position="user", kind="prose")
