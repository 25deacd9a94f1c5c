"""Reading recorded agent sessions: Claude Code JSONL, OpenAI request logs, the proxy's audit log.

The format is detected per record, so one file may even mix them:

- Claude Code session JSONL: lines with `type` "user"/"assistant" and a
  `message` whose content is a string or Anthropic content blocks (text,
  thinking, tool_use, tool_result). Other line types (summary, system,
  snapshots) are never sent to a model and are skipped. Claude Code speaks the
  Anthropic Messages API, so the requests it made are rebuilt as Messages
  bodies: one per assistant reply, holding every message before it.
- OpenAI / Codex request logs: JSON (one object or an array) or JSONL of
  chat-completions bodies (`messages`) or Responses bodies (`input`), bare or
  wrapped in `request`/`body`/`request_body`/`payload`/`params`.
- The proxy's audit log: JSON lines of decision events (`detections` as kind ->
  count). They hold no values, only what was found and what was done.

Request bodies become Segments through the proxy's own wire modules
(`redactor.wire`), so audits and replays see exactly the texts the proxy sees.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from redactor.audit_scan.findings import AuditInputError
from redactor.wire import Extraction

_WRAPPER_KEYS = ("request", "body", "request_body", "payload", "params")
_EVENT_WRAPPER_KEYS = ("decision", "event")
# Keys of an audit event worth reporting; anything else is left out.
_EVENT_KEYS = ("request_id", "conversation", "policy", "api", "route", "route_reason", "blocked_reason",
               "placeholders_issued", "detections", "categories", "stages", "epsilon_spent", "status", "error",
               "stream", "backend", "ts", "time", "timestamp")
# Responses input items the model produced (they end the previous turn).
_ASSISTANT_ITEM_TYPES = frozenset({"function_call", "custom_tool_call", "reasoning", "web_search_call",
                                   "file_search_call", "computer_call", "local_shell_call"})
# Marks a record that is not valid JSON (e.g. a session cut off mid-write).
_INVALID = object()


@dataclass
class SessionMessage:
    """One Claude Code message line."""

    role: str  # "user" or "assistant"
    content: Any  # string or list of content blocks, as recorded
    line: int
    reply_id: str | None = None  # one reply is written as several lines sharing message.id


@dataclass
class RecordedRequest:
    """A request body the agent sent (request logs) or made (rebuilt from a Claude Code session)."""

    api: str  # "anthropic", "openai_chat" or "openai_responses" (names of redactor.wire modules)
    body: dict
    line: int  # the record line; for a rebuilt request, the line of its last message
    message_lines: list[int] | None = None  # rebuilt requests: the line of each message

    def extract(self) -> Extraction:
        """Segments through the proxy's wire module; raises redactor.wire.WireError on a bad shape."""
        from importlib import import_module

        return import_module(f"redactor.wire.{self.api}").extract(self.body)

    def turn_start(self) -> int:
        """Index of the first message/item after the last one the model produced (the new turn)."""
        entries = self.body.get("messages") if self.api != "openai_responses" else self.body.get("input")
        if not isinstance(entries, list):
            return 0
        for index in range(len(entries) - 1, -1, -1):
            entry = entries[index]
            if isinstance(entry, dict) and (entry.get("role") == "assistant"
                                            or entry.get("type") in _ASSISTANT_ITEM_TYPES):
                return index + 1
        return 0

    def line_of(self, path: tuple) -> int:
        index = message_index(path)
        if self.message_lines is not None and index is not None and index < len(self.message_lines):
            return self.message_lines[index]
        return self.line


@dataclass
class Transcript:
    path: str
    formats: list[str] = field(default_factory=list)
    # Claude Code: messages per chain ("main", "sidechain"), in file order.
    sessions: dict[str, list[SessionMessage]] = field(default_factory=dict)
    logged_requests: list[RecordedRequest] = field(default_factory=list)
    audit_events: list[dict[str, Any]] = field(default_factory=list)
    records: int = 0
    skipped_records: int = 0

    def requests(self) -> Iterator[tuple[str, RecordedRequest]]:
        """(conversation label, request) for every request the session made, in order."""
        for chain, messages in self.sessions.items():
            for end in _reply_starts(messages):
                sent = messages[:end]
                body = {"messages": [{"role": message.role, "content": message.content} for message in sent]}
                yield chain, RecordedRequest("anthropic", body, sent[-1].line, [m.line for m in sent])
        for request in self.logged_requests:
            yield "log", request


def read_transcript(path: str | Path) -> Transcript:
    """Parse a transcript file; raises AuditInputError if it is missing or no record is recognised."""
    transcript = Transcript(Path(path).as_posix())
    for line, record in iter_records(path):
        transcript.records += 1
        add_record(transcript, record, line)
    if not transcript.formats:
        raise AuditInputError(f"{path}: not a recognised transcript (Claude Code JSONL, OpenAI request "
                              "log or redactor audit log)")
    return transcript


def iter_records(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line, parsed record) pairs: JSONL line by line, or the items of one JSON document."""
    try:
        handle = open(Path(path), "r", encoding="utf-8", errors="replace", newline="\n")
    except FileNotFoundError:
        raise AuditInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AuditInputError(f"{path}: is a directory, not a transcript file") from None
    except OSError as exc:
        raise AuditInputError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None
    with handle:
        first = _first_non_space(handle)
        handle.seek(0)
        if first == "[":
            yield from _json_array_records(handle, path)
            return
        pending: list[str] = []
        start_line = 0
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if pending and _parses(line):
                # What was pending never became JSON (a truncated line): skip it.
                yield start_line, _INVALID
                pending = []
            if not pending:
                start_line = number
            pending.append(line)
            if not line.rstrip().endswith(("}", "]")):
                continue  # a pretty-printed document continues on the next lines
            try:
                record = json.loads("".join(pending))
            except json.JSONDecodeError:
                continue
            yield start_line, record
            pending = []
        if pending:
            yield start_line, _INVALID


def add_record(transcript: Transcript, record: Any, line: int) -> None:
    if record is _INVALID or not isinstance(record, dict):
        transcript.skipped_records += 1
        return
    if record.get("type") in ("user", "assistant") and isinstance(record.get("message"), dict):
        message = record["message"]
        role = message.get("role") if message.get("role") in ("user", "assistant") else record["type"]
        reply_id = message.get("id") if role == "assistant" and isinstance(message.get("id"), str) else None
        chain = "sidechain" if record.get("isSidechain") else "main"
        transcript.sessions.setdefault(chain, []).append(
            SessionMessage(role, message.get("content"), line, reply_id))
        _note_format(transcript, "claude-code")
        return
    request = _request(record, line)
    if request is not None:
        transcript.logged_requests.append(request)
        _note_format(transcript, "openai-requests")
        return
    event = _audit_event(record)
    if event is not None:
        transcript.audit_events.append({"line": line, **event})
        _note_format(transcript, "audit-log")
        return
    transcript.skipped_records += 1


def message_index(path: tuple) -> int | None:
    """The message (or Responses input item) a segment path points into, if any."""
    if len(path) > 1 and path[0] in ("messages", "input") and isinstance(path[1], int):
        return path[1]
    return None


def describe_path(path: tuple) -> str:
    """("messages", 2, "content", 0, "text") -> "messages[2].content[0].text"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _reply_starts(messages: list[SessionMessage]) -> Iterator[int]:
    for index, message in enumerate(messages):
        if message.role != "assistant" or index == 0:
            continue
        previous = messages[index - 1]
        if previous.role == "assistant" and previous.reply_id and previous.reply_id == message.reply_id:
            continue  # another block of the same reply
        yield index


def _request(record: dict, line: int) -> RecordedRequest | None:
    for candidate in (record, *(record.get(key) for key in _WRAPPER_KEYS)):
        if not isinstance(candidate, dict):
            continue
        if isinstance(candidate.get("messages"), list):
            # Anthropic bodies carry `system` at the top level and content blocks;
            # chat-completions bodies carry system as a message.
            api = "anthropic" if "system" in candidate or _has_anthropic_blocks(candidate["messages"]) \
                else "openai_chat"
            return RecordedRequest(api, candidate, line)
        if isinstance(candidate.get("input"), (str, list)):
            return RecordedRequest("openai_responses", candidate, line)
    return None


def _has_anthropic_blocks(messages: list) -> bool:
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list) and any(isinstance(block, dict) and block.get("type") in
                                             ("tool_use", "tool_result", "thinking") for block in content):
            return True
    return False


def _audit_event(record: dict) -> dict[str, Any] | None:
    # redactor.audit events: Decision.to_event() plus status fields; a request
    # that failed before the pipeline ran has no `detections` at all.
    for candidate in (record, *(record.get(key) for key in _EVENT_WRAPPER_KEYS)):
        if not isinstance(candidate, dict):
            continue
        detections = candidate.get("detections")
        if isinstance(detections, dict) or ("request_id" in candidate and "status" in candidate):
            counts = {str(kind): int(count) for kind, count in (detections or {}).items()
                      if isinstance(count, (int, float)) and not isinstance(count, bool)}
            event = {key: candidate[key] for key in _EVENT_KEYS if key in candidate}
            event["detections"] = counts
            event["total"] = sum(counts.values())
            return event
    return None


def _note_format(transcript: Transcript, name: str) -> None:
    if name not in transcript.formats:
        transcript.formats.append(name)


def _parses(line: str) -> bool:
    stripped = line.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return False
    try:
        json.loads(stripped)
    except json.JSONDecodeError:
        return False
    return True


def _first_non_space(handle) -> str:
    while True:
        chunk = handle.read(4096)
        if not chunk:
            return ""
        stripped = chunk.lstrip()
        if stripped:
            return stripped[0]


def _json_array_records(handle, path: str | Path) -> Iterator[tuple[int, Any]]:
    # A JSON array must be parsed whole; request logs in this shape are small.
    try:
        document = json.load(handle)
    except json.JSONDecodeError as exc:
        raise AuditInputError(f"{path}: invalid JSON at line {exc.lineno}") from None
    for index, record in enumerate(document, start=1):
        yield index, record
