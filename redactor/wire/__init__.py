"""Wire formats: client request bodies to Segments and back, and reply restoration.

Each API module (openai_chat, openai_responses, anthropic, embeddings) turns a
parsed request body into an `Extraction`: one Segment per text-bearing place,
the conversation anchors, and a count of binary parts it let through. After the
pipeline ran, `Extraction.write_back` puts the outgoing texts into the body.
JSON carried inside a string (tool-call arguments) is parsed, each leaf and
each object key becomes its own `json_value` segment, and the document is
re-serialised in the style it arrived in, so the JSON stays valid and
unchanged documents stay byte-identical.

Deny by default: the family modules walk the fields they know (which only adds
meaning: role, kind, position), then `SegmentCollector.rest` walks the whole
body once more and scans every string, object keys included, at any depth,
that no family walker claimed, unless the family's table of safe fields names
it (model names, tool names, provider signatures; see `SafeFields`); `type`
and `role` values pass only when they are plain enum words.
Vendor extensions, unknown keys on known objects and unknown part types are
therefore scanned, never forwarded unread and never dropped. Only binary
payloads (base64 data, `data:` URLs) and provider-signed blocks pass unscanned,
and they are counted. Credentials that must reach a third party intact (MCP
server tokens and headers) are refused (`CredentialFieldError`).

Positions are structural and never "history": a message keeps the position of
its role in every turn, so an unchanged segment is the very same Segment (text,
kind, field name, position) each time the client re-sends it. That keeps the
detection cache warm and makes every stage treat a message identically on each
turn, which also keeps the provider's prompt cache valid.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Iterable

from redactor.core import BlockedError
from redactor.segments import Segment


class WireError(ValueError):
    """The body does not have the shape its API requires. The message is safe to show."""

    status = 400
    code = "invalid_request_body"


class CredentialFieldError(BlockedError):
    """The body carries a credential for a third party (an MCP server's token or headers).

    It would have to reach the provider intact, so it can be neither redacted
    nor forwarded silently: the request is refused, naming the field.
    """

    code = "redactor_credential_field"


@dataclass(frozen=True, slots=True)
class KeyOf:
    """Path step for the NAME of key `key` in the object the path leads to (a key segment)."""

    key: str


# Values of these keys, anywhere in the wire structure (never inside data such
# as tool-call arguments), are enum switches: passed as they are when they are a
# plain enum word (`"type": "tool_use"`), scanned like any string otherwise.
ENUM_VALUE_KEYS = frozenset({"type", "role", "status", "object"})
_ENUM_WORD = re.compile(r"[a-z][a-z0-9_.\-]{0,63}")
# The tool-name grammar of the providers' APIs (plus the dots and colons some agents use):
# a safe `name` field holding anything else (an address, a path, prose) is scanned.
_TOOL_NAME = re.compile(r"[A-Za-z0-9_.:\-]{1,128}")
# Object keys that are field names of the wire formats or JSON-schema keywords
# (redactor/data/wire_field_names.txt): constant words that cannot hold anything
# sensitive, so not scanned as keys (their values are still walked). Any other key is scanned.
_FIELD_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "wire_field_names.txt"
KNOWN_FIELD_NAMES = frozenset(
    line.strip() for line in _FIELD_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))
# Schema keywords whose string values are enum words (`"type": "string"`).
_SCHEMA_ENUM_KEYWORDS = frozenset({"type", "format", "$schema"})
# Schema keywords whose object values map NAMES (property names, definitions) to sub-schemas.
_SCHEMA_NAME_MAPS = frozenset({"properties", "$defs", "definitions", "patternProperties",
                               "dependentSchemas"})


@dataclass(frozen=True)
class SafeFields:
    """A family's table of fields passed without scanning (model names, enum switches).

    Patterns are paths in which "*" matches any key or index. Only string
    values at exactly these places are passed; everything else is scanned.
    """

    patterns: frozenset[tuple]
    # The patterns as a tree of path steps (a "*" child matches any step;
    # _PATTERN_END marks where a pattern ends): `rest` asks about every
    # string of the body, and a tree answers in one step per path element
    # instead of one comparison per pattern.
    _tree: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tree: dict = {}
        for pattern in self.patterns:
            node = tree
            for step in pattern:
                node = node.setdefault(step, {})
            node[_PATTERN_END] = {}
        object.__setattr__(self, "_tree", tree)

    def __contains__(self, path: tuple) -> bool:
        nodes = [self._tree]
        for step in path:
            nodes = [child for node in nodes for child in (node.get(step), node.get("*")) if child is not None]
            if not nodes:
                return False
        return any(_PATTERN_END in node for node in nodes)


# Marks the end of a pattern in SafeFields' tree (no path step is this object).
_PATTERN_END = object()


def safe_fields(*patterns: str) -> SafeFields:
    """`SafeFields` from dotted patterns: "messages.*.tool_calls.*.function.name"."""
    return SafeFields(frozenset(tuple(int(part) if part.isdigit() else part for part in pattern.split("."))
                                for pattern in patterns))


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
        """Write the outgoing segment texts into `body` (in place) and return it.

        Values are written first, then renamed keys, deepest first, so every
        path still names the keys the body had when it was extracted.
        """
        if len(outgoing) != len(self.segments):
            raise ValueError("pipeline returned a different number of segments")
        documents: dict[tuple, list[int]] = {}
        renames: list[tuple[tuple, str]] = []
        for index, (before, after) in enumerate(zip(self.segments, outgoing)):
            if index in self._embedded:
                documents.setdefault(before.path[:self._embedded[index]], []).append(index)
            elif after.text != before.text:
                if isinstance(before.path[-1], KeyOf):
                    renames.append((before.path, after.text))
                else:
                    _set_path(body, before.path, self._leaf_value(index, after.text))
        _rename_keys(body, renames)
        for string_path, indices in documents.items():
            changed = [i for i in indices if outgoing[i].text != self.segments[i].text]
            if not changed:
                continue
            raw = _get_path(body, string_path)
            document = json.loads(raw)
            inner_renames: list[tuple[tuple, str]] = []
            for index in changed:
                inner = self.segments[index].path[len(string_path):]
                if inner and isinstance(inner[-1], KeyOf):
                    inner_renames.append((inner, outgoing[index].text))
                    continue
                value = self._leaf_value(index, outgoing[index].text)
                if inner:
                    _set_path(document, inner, value)
                else:
                    document = value
            _rename_keys(document, inner_renames)
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


class _DuplicateKey(ValueError):
    pass


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise _DuplicateKey()
    return document


class SegmentCollector:
    """Builds an Extraction while a wire module walks a body.

    Every place a family walker handles is claimed (a segment's path, or a
    whole subtree such as a JSON document or a binary payload); `rest` then
    scans whatever nobody claimed.
    """

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.binary_parts = 0
        self._embedded: dict[int, int] = {}
        self._numeric: set[int] = set()
        self._claimed: set[tuple] = set()
        # List path -> indices of its items claimed whole by `claim_items`.
        self._claimed_items: dict[tuple, set[int]] = {}

    def claim(self, path: tuple) -> None:
        """The subtree at `path` is handled (or deliberately passed): `rest` skips it."""
        self._claimed.add(path)

    def claim_items(self, path: tuple, indices: Collection[int]) -> None:
        """Items `indices` of the list at `path` are handled whole: `rest` skips them.

        For a re-sent history's memoised messages (redactor.server.history_memo),
        most of a long conversation's list: they are set aside in C, and `rest`
        steps only through the other items, not through every message each turn.
        """
        if indices:
            self._claimed_items.setdefault(path, set()).update(indices)

    def text(self, path: tuple, text: Any, *, role: str, kind: str, position: str,
             field_name: str | None = None) -> None:
        """A plain text field. Non-strings are a shape error; empty strings are skipped."""
        if text is None:
            return
        if not isinstance(text, str):
            raise WireError(f"'{describe_path(path)}' must be a string")
        self._claimed.add(path)
        if text:
            self.segments.append(Segment(text, role, kind, path, field_name, position))

    def json_string(self, path: tuple, raw: Any, *, role: str, position: str) -> None:
        """A string holding JSON (tool-call arguments): one segment per leaf and per key.

        If it is not valid JSON, nests deeper than MAX_NESTING or repeats a key
        (a parser keeps only one of the values, the provider sees the raw text
        with all of them) the whole string is scanned as code, so nothing
        escapes detection because a client sent unusual arguments.
        """
        if raw is None:
            return
        if not isinstance(raw, str):
            raise WireError(f"'{describe_path(path)}' must be a string")
        self._claimed.add(path)
        if not raw.strip():
            return
        try:
            document = json.loads(raw, object_pairs_hook=_refuse_duplicates)
        except (ValueError, RecursionError):
            document = _NOT_JSON
        if document is _NOT_JSON or nested_deeper_than(document):
            self.text(path, raw, role=role, kind="code", position=position)
            return
        self.json_document(path, document, role=role, position=position, embedded=True)

    def json_document(self, path: tuple, document: Any, *, role: str, position: str,
                      kind: str = "json_value", embedded: bool = False) -> None:
        """Every string and number leaf, and every object key, of a parsed JSON document (data)."""
        self._claimed.add(path)
        self._document(path, (), document, role, position, kind, embedded, None)

    def _document(self, path: tuple, inner: tuple, document: Any, role: str, position: str, kind: str,
                  embedded: bool, field_name: str | None) -> None:
        full_path = path + inner
        if isinstance(document, str):
            if document:
                self._leaf(full_path, document, role, kind, position, field_name, embedded, len(path), False)
        elif isinstance(document, bool) or document is None:
            return
        elif isinstance(document, (int, float)):
            # Numbers can be identifiers too (card, phone, account numbers).
            self._leaf(full_path, json.dumps(document), role, kind, position, field_name, embedded,
                       len(path), True)
        elif isinstance(document, list):
            for index, item in enumerate(document):
                self._document(path, inner + (index,), item, role, position, kind, embedded, field_name)
        elif isinstance(document, dict):
            for key, value in document.items():
                if key:
                    # Keys are data too: a reply restores placeholders in keys.
                    self._leaf(full_path + (KeyOf(key),), key, role, kind, position, None, embedded,
                               len(path), False)
                self._document(path, inner + (key,), value, role, position, kind, embedded, key)

    def schema(self, path: tuple, schema: Any, *, role: str = "system") -> None:
        """A JSON schema (tool parameters): every string scanned, keys included.

        Descriptions and titles are prose; keyword names and the enum words of
        `type`/`format` pass; property names, patterns, comments, vendor `x-`
        keywords and every other string are scanned; example, default and
        allowed values (enum, const) are data, often real data.
        """
        if schema is None:
            return
        self._claimed.add(path)
        self._schema(path, schema, role)

    def _schema(self, path: tuple, schema: Any, role: str) -> None:
        if isinstance(schema, list):
            for index, item in enumerate(schema):
                self._schema(path + (index,), item, role)
            return
        if isinstance(schema, str):
            self._plain(path, schema, role, "json_value", "tool_definition")
            return
        if not isinstance(schema, dict):
            return
        for key, value in schema.items():
            value_path = path + (key,)
            if key not in KNOWN_FIELD_NAMES:
                self._key(path, key, role, "tool_definition")
            if key in ("description", "title") and isinstance(value, str):
                self._plain(value_path, value, role, "prose", "tool_definition")
            elif key in _SCHEMA_ENUM_KEYWORDS and isinstance(value, str):
                continue
            elif key in _SCHEMA_VALUE_KEYWORDS:
                self._document(value_path, (), value, role, "tool_definition", "json_value", False, None)
            elif key in _SCHEMA_NAME_MAPS and isinstance(value, dict):
                for name, sub in value.items():
                    self._key(value_path, name, role, "tool_definition")
                    self._schema(value_path + (name,), sub, role)
            else:
                self._schema(value_path, value, role)

    def unknown(self, path: tuple, value: Any, *, role: str, position: str, kind: str) -> None:
        """A shape we do not know: every string scanned, keys included, except enum words (ENUM_VALUE_KEYS)."""
        self._walk(path, value, role, position, kind, None)
        self._claimed.add(path)

    def binary(self, *payloads: tuple) -> None:
        """One binary part (image, audio, file); `payloads` are the paths of its encoded bytes.

        Only the payloads pass unscanned: the part's other fields (file names,
        URLs) are left to `rest`.
        """
        self.binary_parts += 1
        self._claimed.update(payloads)

    def rest(self, body: dict, safe: SafeFields) -> None:
        """Deny by default: scan every string and key of `body` no family walker claimed.

        `safe` lists the family's fields passed as they are. Raises
        CredentialFieldError for credentials meant for a third party.
        """
        self._walk((), body, "user", "metadata", "code", safe)

    def finish(self, anchors: Iterable[str]) -> Extraction:
        return Extraction(self.segments, [anchor for anchor in anchors], self.binary_parts,
                          self._embedded, self._numeric)

    def _walk(self, path: tuple, value: Any, role: str, position: str, kind: str,
              safe: SafeFields | None) -> None:
        if path in self._claimed:
            return
        if isinstance(value, str):
            if safe is not None and path in safe and (path[-1] != "name" or _TOOL_NAME.fullmatch(value)):
                return  # a safe field; a name only while it is shaped like a tool name
            if _is_data_url(value):
                return  # the encoded bytes of a binary part (counted by the family walker)
            self._plain(path, value, role, kind, position)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            return  # numbers in the wire structure are counts, limits and switches
        elif isinstance(value, list):
            claimed = self._claimed
            claimed_items = self._claimed_items.get(path)
            indices = range(len(value)) if not claimed_items else unclaimed_indices(len(value), claimed_items)
            for index in indices:
                item = value[index]
                child = path + (index,)
                # None, booleans and numbers hold nothing to scan; claimed items are handled.
                # (Both tested here rather than in the call: `rest` meets every re-sent message.)
                if item is not None and not isinstance(item, (bool, int, float)) and child not in claimed:
                    self._walk(child, item, role, position, kind, safe)
        elif isinstance(value, dict):
            claimed = self._claimed
            for key, item in value.items():
                if key in _CREDENTIAL_KEYS and item:
                    raise CredentialFieldError(
                        f"'{describe_path(path + (key,))}' carries a credential for a third-party server; "
                        "the proxy can neither redact it (the server needs it intact) nor forward it "
                        "unread, so the request was not sent")
                if key not in KNOWN_FIELD_NAMES and (path + (KeyOf(key),)) not in claimed:
                    self._key(path, key, role, position)
                if item is None or isinstance(item, (bool, int, float)):
                    continue  # nothing to scan (numbers in the wire structure are counts and switches)
                if key in ENUM_VALUE_KEYS and isinstance(item, str) and _ENUM_WORD.fullmatch(item):
                    continue  # an enum switch ("role": "user"): every message has one
                child = path + (key,)
                if child not in claimed:  # (tested here too: a message's content is, every time)
                    self._walk(child, item, role, position, kind, safe)

    def _key(self, path: tuple, key: str, role: str, position: str) -> None:
        if key:
            self._plain(path + (KeyOf(key),), key, role, "code", position)

    def _plain(self, path: tuple, text: str, role: str, kind: str, position: str) -> None:
        if text:
            self.segments.append(Segment(text, role, kind, path, None, position))

    def _leaf(self, path: tuple, text: str, role: str, kind: str, position: str, field_name: str | None,
              embedded: bool, prefix_length: int, numeric: bool) -> None:
        index = len(self.segments)
        self.segments.append(Segment(text, role, kind, path, field_name, position))
        if embedded:
            self._embedded[index] = prefix_length
        if numeric:
            self._numeric.add(index)


# Keys holding a credential for a third party: Anthropic `mcp_servers[].authorization_token`,
# OpenAI MCP tools' `headers` (and `authorization`).
_CREDENTIAL_KEYS = frozenset({"authorization_token", "headers", "authorization"})


def unclaimed_indices(count: int, claimed: Collection[int]) -> list[int]:
    """The indices below `count` not in `claimed`, in order (worked out in C: `claimed` is most of a long history)."""
    return sorted(set(range(count)).difference(claimed))


def _is_data_url(value: str) -> bool:
    return value.startswith("data:") and ";base64," in value[:200]


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
    # Level by level, iteratively (the point is not to recurse), and only
    # containers are kept: a body is mostly strings, and this runs over the
    # whole re-sent history of every request, so the loop is kept plain.
    level = [document] if isinstance(document, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        deeper = []
        for node in level:
            for child in (node.values() if isinstance(node, dict) else node):
                if isinstance(child, (dict, list)):
                    deeper.append(child)
        level = deeper
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


def _rename_keys(document: Any, renames: list[tuple[tuple, str]]) -> None:
    """Rename object keys in place, keeping their order; deepest first (see write_back)."""
    for path, new_key in sorted(renames, key=lambda rename: len(rename[0]), reverse=True):
        parent = _get_path(document, path[:-1])
        old_key = path[-1].key
        if not isinstance(parent, dict) or old_key not in parent:
            continue
        items = [(new_key if key == old_key else key, value) for key, value in parent.items()]
        parent.clear()
        parent.update(items)


def _get_path(document: Any, path: tuple) -> Any:
    for part in path:
        document = document[part]
    return document


def _set_path(document: Any, path: tuple, value: Any) -> None:
    _get_path(document, path[:-1])[path[-1]] = value

