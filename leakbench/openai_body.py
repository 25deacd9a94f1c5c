"""Samples as OpenAI chat request bodies, and segment texts read back out of a captured body.

Segment paths are paths into the chat body (as the proxy's wire layer uses
them); a path that continues past `arguments` addresses a key inside the JSON
string of tool-call arguments.
"""
from __future__ import annotations

import copy
import json
from typing import Any

from leakbench.samples import Sample

MODEL = "leakbench-capture"


def to_openai_body(sample: Sample, model: str = MODEL) -> dict:
    """The chat completion request a client would send for `sample` (non-streaming)."""
    skeleton = sample.meta.get("openai_messages")
    if skeleton is not None:
        messages = copy.deepcopy(skeleton)
    else:
        messages = _messages_from_paths(sample)
    body = {"model": model, "messages": messages, "stream": False}
    for item in sample.segments:
        _set(body, item.segment.path, item.segment.text)
    for message in messages:
        for call in message.get("tool_calls") or ():
            function = call.get("function", {})
            if isinstance(function.get("arguments"), dict):
                function["arguments"] = json.dumps(function["arguments"], ensure_ascii=False)
    return body


def outgoing_from_body(body: dict, sample: Sample) -> list[str]:
    """The text at each of the sample's segment paths in a (captured) body; "" where absent."""
    return [_get(body, item.segment.path) for item in sample.segments]


def _messages_from_paths(sample: Sample) -> list[dict]:
    messages: list[dict] = []
    for item in sample.segments:
        path = item.segment.path
        if len(path) < 3 or path[0] != "messages" or not isinstance(path[1], int):
            raise ValueError(f"sample {sample.id}: segment path {path!r} is not a chat message path")
        while len(messages) <= path[1]:
            messages.append({"role": "user", "content": None})
        message = messages[path[1]]
        message["role"] = item.segment.role
        if len(path) > 3:  # content parts
            if not isinstance(message["content"], list):
                message["content"] = []
            while len(message["content"]) <= path[3]:
                message["content"].append({"type": "text", "text": ""})
    return messages


def _set(document: Any, path: tuple, value: str) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _get(document: Any, path: tuple) -> str:
    current = document
    for depth, key in enumerate(path):
        if isinstance(current, str) and depth < len(path):
            try:
                current = json.loads(current)
            except ValueError:
                return ""
        try:
            current = current[key]
        except (KeyError, IndexError, TypeError):
            return ""
    if isinstance(current, str):
        return current
    return "" if current is None else json.dumps(current)
