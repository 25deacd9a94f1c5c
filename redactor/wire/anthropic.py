"""Anthropic Messages (`POST /v1/messages`, `/v1/messages/count_tokens`): request segments, reply restoration.

Covered request fields: `system` (string or text blocks), every message's
content (string or blocks): text, tool_use inputs already in the history
(JSON-aware), tool_result contents (strings or blocks), text documents and
search results, and tool definitions (descriptions, input schemas). Thinking
and redacted_thinking blocks are signed by the provider and go back exactly as
they came (they only ever held placeholders, since replies pass them through
unrestored). Images and base64 documents pass through as binary parts. Block
types this module does not know are scanned leaf by leaf.
"""
from __future__ import annotations

from redactor.restore import Restorer
from redactor.wire import (
    type_of,
    Extraction,
    SegmentCollector,
    WireError,
    expect_list,
    expect_object,
    optional_list,
    text_of_parts,
)

API = "anthropic"

_SIGNED_BLOCKS = frozenset({"thinking", "redacted_thinking"})
_TOOL_USE_BLOCKS = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})
_TOOL_RESULT_BLOCKS = frozenset({"tool_result", "mcp_tool_result"})
_BINARY_BLOCKS = frozenset({"image", "container_upload"})


def extract(body: dict) -> Extraction:
    if "messages" not in body:
        raise WireError("'messages' is required")
    messages = expect_list(body["messages"], ("messages",))
    collector = SegmentCollector()
    system = body.get("system")
    if isinstance(system, list):
        _blocks(collector, ("system",), system, "system", "prose", "system")
    else:
        collector.text(("system",), system, role="system", kind="prose", position="system")
    first_user = ""
    for index, message in enumerate(messages):
        path = ("messages", index)
        message = expect_object(message, path)
        role = message.get("role")
        if not isinstance(role, str):
            raise WireError(f"'messages[{index}].role' must be a string")
        position = "assistant" if role == "assistant" else "user"
        content = message.get("content")
        if content is None or isinstance(content, str):
            collector.text(path + ("content",), content, role=role, kind="prose", position=position)
        elif isinstance(content, list):
            _blocks(collector, path + ("content",), content, role, "prose", position)
        else:
            raise WireError(f"'messages[{index}].content' must be a string or a list of content blocks")
        if role == "user" and not first_user:
            first_user = text_of_parts(content)
    _tools(collector, body)
    collector.side_fields(body, ("metadata", "stop_sequences"))
    return collector.finish([text_of_parts(system), first_user])


def restore_response(body: dict, restorer: Restorer) -> dict:
    """Restore a non-streamed Message in place and return it. Thinking stays as sent."""
    for block in body.get("content") or ():
        if isinstance(block, dict):
            restore_content_block(block, restorer)
    return body


def restore_content_block(block: dict, restorer: Restorer) -> dict:
    """Restore one reply content block in place (text and tool_use input; never thinking)."""
    block_type = type_of(block)
    if block_type == "text" and isinstance(block.get("text"), str):
        block["text"] = restorer.restore(block["text"])[0]
    elif block_type in _TOOL_USE_BLOCKS and "input" in block:
        block["input"] = restorer.restore_json(block["input"])
    return block


def _blocks(collector: SegmentCollector, path: tuple, blocks: list, role: str, kind: str,
            position: str) -> None:
    for index, block in enumerate(blocks):
        block_path = path + (index,)
        block = expect_object(block, block_path)
        block_type = type_of(block)
        if block_type == "text":
            collector.text(block_path + ("text",), block.get("text"), role=role, kind=kind, position=position)
        elif block_type in _SIGNED_BLOCKS:
            continue
        elif block_type in _TOOL_USE_BLOCKS:
            collector.json_document(block_path + ("input",), block.get("input"), role="assistant",
                                    position="tool_arguments")
        elif block_type in _TOOL_RESULT_BLOCKS:
            content = block.get("content")
            if content is None or isinstance(content, str):
                collector.text(block_path + ("content",), content, role="tool", kind="tool_result",
                               position="tool_result")
            else:
                _blocks(collector, block_path + ("content",), expect_list(content, block_path + ("content",)),
                        "tool", "tool_result", "tool_result")
        elif block_type == "document":
            _document(collector, block_path, block, role, position)
        elif block_type == "search_result":
            for key in ("title", "source"):
                collector.text(block_path + (key,), block.get(key) if isinstance(block.get(key), str) else None,
                               role=role, kind="prose", position=position)
            _blocks(collector, block_path + ("content",), optional_list(block, "content", block_path),
                    role, "tool_result", position)
        elif block_type in _BINARY_BLOCKS:
            collector.binary()
        else:
            collector.unknown(block_path, block, role=role, position=position, kind=kind)


def _document(collector: SegmentCollector, path: tuple, block: dict, role: str, position: str) -> None:
    for key in ("title", "context"):
        value = block.get(key)
        collector.text(path + (key,), value if isinstance(value, str) else None, role=role, kind="prose",
                       position=position)
    source = block.get("source")
    if not isinstance(source, dict):
        return
    source_type = type_of(source)
    if source_type == "text":
        collector.text(path + ("source", "data"), source.get("data"), role=role, kind="tool_result",
                       position=position)
    elif source_type == "content":
        content = source.get("content")
        if isinstance(content, str):
            collector.text(path + ("source", "content"), content, role=role, kind="tool_result",
                           position=position)
        elif content is not None:
            _blocks(collector, path + ("source", "content"), expect_list(content, path + ("source", "content")),
                    role, "tool_result", position)
    elif source_type in ("base64", "file"):
        collector.binary()


def _tools(collector: SegmentCollector, body: dict) -> None:
    for index, tool in enumerate(optional_list(body, "tools")):
        tool_path = ("tools", index)
        tool = expect_object(tool, tool_path)
        description = tool.get("description")
        collector.text(tool_path + ("description",), description if isinstance(description, str) else None,
                       role="system", kind="prose", position="tool_definition")
        collector.schema(tool_path + ("input_schema",), tool.get("input_schema"))
