"""Samples as OpenAI chat request bodies, and segment texts read back out of a captured body.

Segment paths are paths into the chat body (as the proxy's wire layer uses
them); a path that continues past `arguments` addresses a key inside the JSON
string of tool-call arguments, and a `KeyOf` step addresses the name of a key.
`with_wire_segments` makes a sample's segments exactly what the proxy's chat
wire layer extracts (object keys and tool-call ids too), so the in-process
run and --via-proxy measure the same texts.
"""
from __future__ import annotations

import copy
import json
from typing import Any

from leakbench.samples import AnnotatedSegment, Sample
from redactor.wire import KeyOf, openai_chat

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
        if not isinstance(item.segment.path[-1], KeyOf):  # a key's name is in the skeleton already
            _set(body, item.segment.path, item.segment.text)
    for message in messages:
        for call in message.get("tool_calls") or ():
            function = call.get("function", {})
            if isinstance(function.get("arguments"), dict):
                function["arguments"] = json.dumps(function["arguments"], ensure_ascii=False)
    return body


def with_wire_segments(sample: Sample) -> Sample:
    """`sample` with the segments the chat wire layer extracts from its body, in the wire's order.

    Segments the generator annotated keep their annotations; texts only the
    wire sees (object keys, tool-call ids) join unannotated. A generated
    segment the wire does not extract is a generator bug (the benchmark would
    measure a text the proxy never scans): ValueError.
    """
    generated = {item.segment.path: item for item in sample.segments}
    segments = []
    for segment in openai_chat.extract(to_openai_body(sample)).segments:
        annotated = generated.pop(segment.path, None)
        if annotated is not None and annotated.segment != segment:
            raise ValueError(f"sample {sample.id}: segment {segment.path!r} differs from the wire's")
        segments.append(annotated or AnnotatedSegment(segment, []))
    if generated:
        raise ValueError(f"sample {sample.id}: the wire layer does not extract {sorted(map(repr, generated))}")
    sample.segments = segments
    return sample


def outgoing_from_body(body: dict, sample: Sample) -> list[str]:
    """The text at each of the sample's segment paths in a (captured) body; "" where absent.

    A key's name is read by its position in its object, since a redacted key
    has a different name than the sample's.
    """
    original = to_openai_body(sample, model=body.get("model", MODEL))
    return [_get(body, item.segment.path, original) for item in sample.segments]


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


def _get(document: Any, path: tuple, original: Any) -> str:
    current = document
    for depth, key in enumerate(path):
        if isinstance(current, str) and depth < len(path):
            try:
                current = json.loads(current)
                original = json.loads(original) if isinstance(original, str) else original
            except ValueError:
                return ""
        try:
            if isinstance(key, KeyOf):
                return list(current)[list(original).index(key.key)]
            current = current[key]
            original = original[key] if original is not None else None
        except (KeyError, IndexError, TypeError, ValueError):
            return ""
    if isinstance(current, str):
        return current
    return "" if current is None else json.dumps(current)
