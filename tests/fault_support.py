"""Fault injection for the proxy tests: a scripted raw-TCP upstream, model replies, a `redactor serve` process.

`ScriptedUpstream` is an HTTP/1.1 server on loopback that records every request
and answers with whatever byte-level script the test gives it: whole or chunked
replies, SSE events, pauses, a TCP close (FIN) or reset (RST) at any point, or
no answer at all. `model_reply` renders an assistant text as a real OpenAI
chat, Responses or Anthropic Messages reply (whole or streamed), so the real
SDKs can parse what the proxy relays. `ProxyProcess` runs `redactor serve` as
a subprocess, captures everything it prints and can SIGKILL and restart it.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import httpx

from tests.upstream_server import MODEL, placeholders_in

REPO_ROOT = Path(__file__).resolve().parents[1]


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


CLOSE = _Marker("CLOSE")  # TCP FIN now
RESET = _Marker("RESET")  # TCP RST now (SO_LINGER 0)
HANG = _Marker("HANG")  # send nothing more; wait until the peer gives up


@dataclass
class Pause:
    seconds: float


# An action is bytes to send, a Pause, or one of the markers above.
Action = object
Handler = Callable[["Received"], Iterable[Action]]


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)

    @property
    def stream(self) -> bool:
        try:
            return bool(self.json.get("stream"))
        except ValueError:
            return False

    @property
    def placeholders(self) -> list[str]:
        return placeholders_in(self.body.decode("utf-8", "replace"))

    @property
    def api(self) -> str:
        if self.path.endswith("/chat/completions"):
            return "openai_chat"
        if self.path.endswith("/responses"):
            return "openai_responses"
        if self.path.endswith("/messages"):
            return "anthropic"
        return "other"


class ScriptedUpstream:
    """Raw loopback HTTP server; `handler(request)` returns the byte-level script of the answer."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.handler: Handler = lambda request: model_reply(request, "ok")
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._lock = threading.Lock()

    def __enter__(self) -> "ScriptedUpstream":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
        self.handler = lambda request: model_reply(request, "ok")

    @property
    def raw_bytes(self) -> bytes:
        """Everything every request carried: headers and bodies."""
        with self._lock:
            return b"\n".join(
                b"\n".join(f"{k}: {v}".encode("latin-1", "replace") for k, v in r.headers.items()) + b"\n" + r.body
                for r in self.requests)

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except (socket.timeout, OSError):
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.settimeout(20)
        try:
            request = _read_request(connection)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
            for action in self.handler(request):
                if action is CLOSE:
                    break
                if action is RESET:
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    break
                if action is HANG:
                    _wait_for_peer_to_close(connection, self._stopping)
                    break
                if isinstance(action, Pause):
                    time.sleep(action.seconds)
                    continue
                connection.sendall(action)
        except OSError:
            pass  # the proxy went away first: that is what some tests do
        finally:
            connection.close()


def _read_request(connection: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = connection.recv(65536)
        if not piece:
            return None
        data += piece
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        piece = connection.recv(65536)
        if not piece:
            break
        body += piece
    return Received(method, path, headers, body)


def _wait_for_peer_to_close(connection: socket.socket, stopping: threading.Event) -> None:
    connection.settimeout(0.1)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not stopping.is_set():
        try:
            if not connection.recv(65536):
                return
        except socket.timeout:
            continue
        except OSError:
            return


# -- HTTP framing ------------------------------------------------------------------------------

def http_head(status: int = 200, content_type: str = "application/json", *, length: int | None = None,
              chunked: bool = False, extra: Iterable[tuple[str, str]] = ()) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}", f"content-type: {content_type}",
             "x-request-id: req_scripted", "connection: close"]
    if chunked:
        lines.append("transfer-encoding: chunked")
    elif length is not None:
        lines.append(f"content-length: {length}")
    lines.extend(f"{name}: {value}" for name, value in extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


_REASONS = {200: "OK", 307: "Temporary Redirect", 308: "Permanent Redirect", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def whole(status: int, body: bytes, content_type: str = "application/json",
          extra: Iterable[tuple[str, str]] = ()) -> list[Action]:
    """A complete reply with a content-length."""
    return [http_head(status, content_type, length=len(body), extra=extra) + body]


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


LAST_CHUNK = b"0\r\n\r\n"


def sse_reply(events: list[bytes], *, chunked: bool = True, finish: bool = True) -> list[Action]:
    """Events as a chunked SSE reply; `finish=False` leaves the chunked body unterminated."""
    actions: list[Action] = [http_head(200, "text/event-stream; charset=utf-8", chunked=chunked)]
    actions.extend(chunk(event) if chunked else event for event in events)
    if chunked and finish:
        actions.append(LAST_CHUNK)
    return actions


# -- model replies in each API's wire format ----------------------------------------------------

def reply_document(api: str, text: str) -> dict:
    if api == "openai_chat":
        return {"id": "chatcmpl-f1", "object": "chat.completion", "created": 1, "model": MODEL,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
    if api == "openai_responses":
        return {"id": "resp_f1", "object": "response", "created_at": 1, "status": "completed", "model": MODEL,
                "output": [_responses_message(text)], "parallel_tool_calls": True, "tool_choice": "auto",
                "tools": [], "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2,
                                       "input_tokens_details": {"cached_tokens": 0},
                                       "output_tokens_details": {"reasoning_tokens": 0}}}
    return {"id": "msg_f1", "type": "message", "role": "assistant", "model": MODEL,
            "content": [{"type": "text", "text": text}], "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1}}


def _responses_message(text: str) -> dict:
    return {"type": "message", "id": "msg_f1", "status": "completed", "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}]}


def reply_events(api: str, text: str, piece: int = 4) -> list[bytes]:
    """The SSE events of a streamed reply carrying `text` in deltas of `piece` characters."""
    pieces = [text[i:i + piece] for i in range(0, len(text), piece)]
    if api == "openai_chat":
        base = {"id": "chatcmpl-f1", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
        documents = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                           "finish_reason": None}]}]
        documents += [{**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
                      for p in pieces]
        documents.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        return [_data(d) for d in documents] + [b"data: [DONE]\n\n"]
    if api == "openai_responses":
        whole_reply = reply_document(api, text)
        message = _responses_message(text)
        documents = [{"type": "response.created", "response": {**whole_reply, "status": "in_progress", "output": []}},
                     {"type": "response.output_item.added", "output_index": 0,
                      "item": {**message, "status": "in_progress", "content": []}},
                     {"type": "response.content_part.added", "item_id": "msg_f1", "output_index": 0,
                      "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}}]
        documents += [{"type": "response.output_text.delta", "item_id": "msg_f1", "output_index": 0,
                       "content_index": 0, "delta": p, "logprobs": []} for p in pieces]
        documents += [{"type": "response.output_text.done", "item_id": "msg_f1", "output_index": 0,
                       "content_index": 0, "text": text, "logprobs": []},
                      {"type": "response.content_part.done", "item_id": "msg_f1", "output_index": 0,
                       "content_index": 0, "part": message["content"][0]},
                      {"type": "response.output_item.done", "output_index": 0, "item": message},
                      {"type": "response.completed", "response": whole_reply}]
        for number, document in enumerate(documents):
            document["sequence_number"] = number
        return [_named(d["type"], d) for d in documents]
    start = {**reply_document(api, text), "content": [], "stop_reason": None}
    events = [_named("message_start", {"type": "message_start", "message": start}),
              _named("content_block_start", {"type": "content_block_start", "index": 0,
                                             "content_block": {"type": "text", "text": ""}})]
    events += [_named("content_block_delta", {"type": "content_block_delta", "index": 0,
                                              "delta": {"type": "text_delta", "text": p}}) for p in pieces]
    events += [_named("content_block_stop", {"type": "content_block_stop", "index": 0}),
               _named("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                                                            "stop_sequence": None},
                                        "usage": {"output_tokens": 1}}),
               _named("message_stop", {"type": "message_stop"})]
    return events


def model_reply(request: Received, text: str) -> list[Action]:
    """`text` as a complete reply in the API and mode (whole or streamed) the request asked for."""
    api = request.api
    if request.stream:
        return sse_reply(reply_events(api, text))
    return whole(200, json.dumps(reply_document(api, text), ensure_ascii=False).encode())


def _data(document: dict) -> bytes:
    return b"data: " + json.dumps(document, ensure_ascii=False).encode() + b"\n\n"


def _named(name: str, document: dict) -> bytes:
    return f"event: {name}\n".encode() + _data(document)


# -- `redactor serve` as a subprocess ------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ProxyProcess:
    """`redactor serve ARGS` in a subprocess; stdout and stderr of every run are kept in files.

    `prelude` is Python run in the process before the CLI starts (e.g. to turn
    every logger up to DEBUG, or to make a stage fail on purpose).
    """

    def __init__(self, directory: Path, args: list[str], *, env: dict[str, str] | None = None,
                 prelude: str | None = None, name: str = "proxy") -> None:
        self.directory = directory
        self.args = list(args)
        self.prelude = prelude
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.stdout_path = directory / f"{name}.stdout"
        self.stderr_path = directory / f"{name}.stderr"
        self.env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
        self.env["PYTHONPATH"] = str(REPO_ROOT)
        self.env.update(env or {})
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        arguments = ["serve", *self.args, "--port", str(self.port)]
        if "--workers" not in self.args:
            # One process: a prelude patches this process only, and the fault tests signal it directly.
            arguments += ["--workers", "1"]
        if self.prelude is None:
            return [sys.executable, "-m", "redactor.cli", *arguments]
        code = (self.prelude + "\nimport sys\nsys.argv = ['redactor'] + sys.argv[1:]\n"
                "from redactor.cli import main\nmain()\n")
        return [sys.executable, "-c", code, *arguments]

    def start(self, timeout: float = 30.0, expect_ready: bool = True) -> "ProxyProcess":
        with open(self.stdout_path, "ab") as stdout, open(self.stderr_path, "ab") as stderr:
            self.process = subprocess.Popen(self.command(), stdout=stdout, stderr=stderr, cwd=REPO_ROOT,
                                            env=self.env, start_new_session=True)
        if expect_ready:
            self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"redactor serve exited with {self.process.returncode}: {self.stderr()[-2000:]}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"redactor serve did not get ready: {self.stderr()[-2000:]}")
            time.sleep(0.05)

    def wait_exit(self, timeout: float = 30.0) -> int:
        return self.process.wait(timeout=timeout)

    def kill9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill9()

    def stdout(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8", errors="replace") if self.stdout_path.exists() else ""

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace") if self.stderr_path.exists() else ""
