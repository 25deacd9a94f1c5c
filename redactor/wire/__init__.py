"""Wire formats: client request bodies to Segments and back, and reply restoration.

Each API module (openai_chat, openai_responses, anthropic, embeddings) turns a
parsed request body into an `Extraction`: one Segment per text-bearing place,
the conversation anchors, and a count of binary parts it let through. After the
pipeline ran, `Extraction.write_back` puts the outgoing texts into the body.
JSON carried inside a string (tool-call arguments) is parsed, each leaf becomes
its own `json_value` segment, and the document is re-serialised in the style it
arrived in, so the JSON stays valid and unchanged documents stay byte-identical.

Positions are structural and never "history": a message keeps the position of
its role in every turn, so an unchanged segment is the very same Segment (text,
kind, field name, position) each time the client re-sends it. That keeps the
detection cache warm and makes every stage treat a message identically on each
turn, which also keeps the provider's prompt cache valid.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable

from redactor.segments import Segment


class WireError(ValueError):
    """The body does not have the shape its API requires. The message is safe to show."""

    status = 400
    code = "invalid_request_body"


# Keys whose strings are identifiers, opaque tokens or binary payloads, never
# prose: the generic walker used for item types we do not know skips them.
# Scanning base64 or signatures would waste time and could corrupt them.
OPAQUE_KEYS = frozenset({
    "type", "id", "call_id", "tool_use_id", "status", "role", "name", "model",
    "encrypted_content", "signature", "data", "file_data", "file_id", "image_url",
    "url", "media_type", "mime_type", "detail", "format", "cache_control", "index",
})


@dataclass
class Extraction:
    """The segments of one request body and how to put new texts back."""

    segments: list[Segment]
    # Texts that never change between turns of a conversation: system prompt
    # and the whole first user turn (see redactor.wire.session).
    anchors: list[str]
    # Images, audio, files and other binary parts that passed through unscanned.
    binary_parts: int = 0
    # Segment index -> length of the path prefix that addresses the JSON
    # string the segment's leaf lives in (tool-call arguments).
    _embedded: dict[int, int] = field(default_factory=dict)
    # Segment indices that stand for a JSON number leaf.
    _numeric: set[int] = field(default_factory=set)

    @property
    def text_length(self) -> int:
        return sum(len(segment.text) for segment in self.segments)

    def write_back(self, body: dict, outgoing: list[Segment]) -> dict:
        """Write the outgoing segment texts into `body` (in place) and return it."""
        if len(outgoing) != len(self.segments):
            raise ValueError("pipeline returned a different number of segments")
        documents: dict[tuple, list[int]] = {}
        for index, (before, after) in enumerate(zip(self.segments, outgoing)):
            if index in self._embedded:
                documents.setdefault(before.path[:self._embedded[index]], []).append(index)
            elif after.text != before.text:
                _set_path(body, before.path, self._leaf_value(index, after.text))
        for string_path, indices in documents.items():
            changed = [i for i in indices if outgoing[i].text != self.segments[i].text]
            if not changed:
                continue
            raw = _get_path(body, string_path)
            document = json.loads(raw)
            for index in changed:
                inner = self.segments[index].path[len(string_path):]
                value = self._leaf_value(index, outgoing[index].text)
                if inner:
                    _set_path(document, inner, value)
                else:
                    document = value
            _set_path(body, string_path, dumps_like(document, raw))
        return body

    def _leaf_value(self, index: int, text: str) -> Any:
        if index not in self._numeric:
            return text
        # A number a stage left numeric (noise) stays a number; a redacted one
        # becomes the placeholder string.
        try:
            value = json.loads(text)
        except ValueError:
            return text
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else text


_NOT_JSON = object()
# JSON-schema keywords whose values are instances of the data, not structure.
_SCHEMA_VALUE_KEYWORDS = frozenset({"enum", "const", "default", "examples", "example"})


class SegmentCollector:
    """Builds an Extraction while a wire module walks a body."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.binary_parts = 0
        self._embedded: dict[int, int] = {}
        self._numeric: set[int] = set()

    def text(self, path: tuple, text: Any, *, role: str, kind: str, position: str,
             field_name: str | None = None) -> None:
        """A plain text field. Non-strings are a shape error; empty strings are skipped."""
        if text is None:
            return
        if not isinstance(text, str):
            raise WireError(f"'{describe_path(path)}' must be a string")
        if text:
            self.segments.append(Segment(text, role, kind, path, field_name, position))

    def json_string(self, path: tuple, raw: Any, *, role: str, position: str) -> None:
        """A string holding JSON (tool-call arguments): one segment per leaf.

        If it is not valid JSON (or nests deeper than MAX_NESTING) the whole
        string is scanned as code, so nothing escapes detection because a
        client sent malformed arguments.
        """
        if raw is None:
            return
        if not isinstance(raw, str):
            raise WireError(f"'{describe_path(path)}' must be a string")
        if not raw.strip():
            return
        try:
            document = json.loads(raw)
        except (ValueError, RecursionError):
            document = _NOT_JSON
        if document is _NOT_JSON or nested_deeper_than(document):
            self.text(path, raw, role=role, kind="code", position=position)
            return
        self.json_document(path, document, role=role, position=position, embedded=True)

    def json_document(self, path: tuple, document: Any, *, role: str, position: str,
                      kind: str = "json_value", embedded: bool = False,
                      skip_keys: frozenset[str] = frozenset(), _inner: tuple = (),
                      _field: str | None = None) -> None:
        """Every string and number leaf of a parsed JSON document."""
        full_path = path + _inner
        if isinstance(document, str):
            if document:
                self._leaf(full_path, document, role, kind, position, _field, embedded, len(path), False)
        elif isinstance(document, bool) or document is None:
            return
        elif isinstance(document, (int, float)):
            # Numbers can be identifiers too (card, phone, account numbers).
            self._leaf(full_path, json.dumps(document), role, kind, position, _field, embedded,
                       len(path), True)
        elif isinstance(document, list):
            for index, item in enumerate(document):
                self.json_document(path, item, role=role, position=position, kind=kind, embedded=embedded,
                                   skip_keys=skip_keys, _inner=_inner + (index,), _field=_field)
        elif isinstance(document, dict):
            for key, value in document.items():
                if key in skip_keys:
                    continue
                self.json_document(path, value, role=role, position=position, kind=kind, embedded=embedded,
                                   skip_keys=skip_keys, _inner=_inner + (key,), _field=key)

    def schema(self, path: tuple, schema: Any, *, role: str = "system") -> None:
        """Human-written texts of a JSON schema (tool parameters): descriptions and titles,
        and the example, default and allowed values (enum, const)."""
        if isinstance(schema, dict):
            for key, value in schema.items():
                if key in ("description", "title") and isinstance(value, str):
                    self.text(path + (key,), value, role=role, kind="prose", position="tool_definition")
                elif key in _SCHEMA_VALUE_KEYWORDS:
                    # Example and allowed values are data, often real data (addresses, hosts).
                    self.json_document(path + (key,), value, role=role, position="tool_definition")
                elif key in ("properties", "$defs", "definitions", "patternProperties"):
                    if isinstance(value, dict):
                        for name, sub in value.items():
                            self.schema(path + (key, name), sub, role=role)
                elif isinstance(value, (dict, list)):
                    self.schema(path + (key,), value, role=role)
        elif isinstance(schema, list):
            for index, item in enumerate(schema):
                self.schema(path + (index,), item, role=role)

    def side_fields(self, body: dict, keys: Iterable[str]) -> None:
        """Request fields that are not prompt text but often hold personal data or secrets:
        end-user ids (`user`, `safety_identifier`), `metadata` values, stop sequences.
        Every string leaf is scanned; object keys and other types pass as they are."""
        for key in keys:
            if key in body:
                self.json_document((key,), body[key], role="user", position="user", kind="code")

    def unknown(self, path: tuple, value: Any, *, role: str, position: str, kind: str) -> None:
        """Fail closed on shapes we do not know: scan every non-opaque string leaf."""
        self.json_document(path, value, role=role, position=position, kind=kind, skip_keys=OPAQUE_KEYS)

    def binary(self) -> None:
        self.binary_parts += 1

    def finish(self, anchors: Iterable[str]) -> Extraction:
        return Extraction(self.segments, [anchor for anchor in anchors], self.binary_parts,
                          self._embedded, self._numeric)

    def _leaf(self, path: tuple, text: str, role: str, kind: str, position: str, field_name: str | None,
              embedded: bool, prefix_length: int, numeric: bool) -> None:
        index = len(self.segments)
        self.segments.append(Segment(text, role, kind, path, field_name, position))
        if embedded:
            self._embedded[index] = prefix_length
        if numeric:
            self._numeric.add(index)


def dumps_like(document: Any, original: str) -> str:
    """Serialise `document` in the style `original` was written in (separators, escaping).

    Models and SDKs write tool-call arguments compactly or with spaces; keeping
    the style means history re-sent by the client reaches the provider exactly
    as the provider wrote it, which keeps its prompt cache valid.
    """
    try:
        parsed = json.loads(original)
    except ValueError:
        parsed = None
    if parsed is not None:
        for style in _JSON_STYLES:
            if json.dumps(parsed, **style) == original:
                return json.dumps(document, **style)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


_JSON_STYLES = (
    {"ensure_ascii": False, "separators": (",", ":")},
    {"ensure_ascii": False},
    {"separators": (",", ":")},
    {},
    {"ensure_ascii": False, "indent": 2},
    {"indent": 2},
)


# Deepest nesting of JSON the proxy walks. Real request bodies and tool-call
# arguments nest a few dozen levels; the walkers recurse once per level, so a
# deeper document could exhaust the stack halfway through a request.
MAX_NESTING = 200


def nested_deeper_than(document: Any, limit: int = MAX_NESTING) -> bool:
    """True if `document` (parsed JSON) has containers nested more than `limit` levels deep."""
    pending = [(document, 1)]
    while pending:  # iterative: the point is not to recurse
        node, depth = pending.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children)
    return False


def describe_path(path: tuple) -> str:
    """`messages[3].content` for error messages (keys only, never values)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "body"


def expect_list(value: Any, path: tuple) -> list:
    if not isinstance(value, list):
        raise WireError(f"'{describe_path(path)}' must be a list")
    return value


def expect_object(value: Any, path: tuple) -> dict:
    if not isinstance(value, dict):
        raise WireError(f"'{describe_path(path)}' must be an object")
    return value


def optional_list(body: dict, key: str, path: tuple = ()) -> list:
    value = body.get(key)
    return [] if value is None else expect_list(value, path + (key,))


def type_of(item: Any) -> str | None:
    """An object's `type` field if it is a string (hostile bodies put lists there)."""
    value = item.get("type") if isinstance(item, dict) else None
    return value if isinstance(value, str) else None


def text_of_parts(content: Any, text_types: Iterable[str] = ("text", "input_text", "output_text")) -> str:
    """The plain text of a string or a content-part array (for conversation anchors)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        wanted = set(text_types)
        return "\n".join(part["text"] for part in content
                         if type_of(part) in wanted
                         and isinstance(part.get("text"), str))
    return ""


def _get_path(document: Any, path: tuple) -> Any:
    for part in path:
        document = document[part]
    return document


def _set_path(document: Any, path: tuple, value: Any) -> None:
    _get_path(document, path[:-1])[path[-1]] = value

