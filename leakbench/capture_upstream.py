"""A tiny OpenAI-compatible upstream that records every request body it receives.

Used by `redactor bench --via-proxy`: the proxy forwards to this server, so the
benchmark scores exactly what crossed the wire. Loopback only; answers every
chat completion with a fixed short reply.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_REPLY = "ok"


class CaptureUpstream:
    """Run with `with CaptureUpstream(port) as upstream:`; `upstream.url` is the base URL with /v1."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self._lock = threading.Lock()
        self._bodies: list[dict] = []
        capture = self

        class _Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {"_unparsed": raw.decode("utf-8", "replace")}
                capture._record(body)
                self._send(200, _completion(body))

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": "leakbench-capture", "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def _send(self, status: int, document: dict) -> None:
                payload = json.dumps(document).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args) -> None:  # request bodies are sensitive: log nothing
                return

        self._server = ThreadingHTTPServer((host, port), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def _record(self, body: dict) -> None:
        with self._lock:
            self._bodies.append(body)

    def take(self) -> list[dict]:
        """Bodies received since the last call, oldest first."""
        with self._lock:
            bodies, self._bodies = self._bodies, []
        return bodies

    def start(self) -> "CaptureUpstream":
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "CaptureUpstream":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def _completion(body: dict) -> dict:
    return {
        "id": "chatcmpl-leakbench", "object": "chat.completion", "created": int(time.time()),
        "model": body.get("model", "leakbench-capture"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": _REPLY}}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 1, "total_tokens": 1},
    }
