"""A loopback OpenAI-chat upstream for load tests: answers with the placeholders it received.

Every reply lists, in order of first appearance in the request body, each
distinct placeholder it saw, each between « and », then one *probe*: a
placeholder of the first kind seen with the next unused index (``[[EMAIL_4]]``
when it saw up to ``[[EMAIL_3]]``). The probe was never issued in that
conversation, so a correct proxy leaves it as it is; restoring it to a value
would mean a value from another conversation. Streamed replies are cut into
pieces of a few characters, one SSE event each, so placeholders (and the
multi-byte guillemets) are split across events; `--event-delay` paces them
like a model generating tokens.

It also counts raw, value-shaped strings (emails, AWS access key ids, GitHub
tokens) in the bodies it receives: `GET /stats` reports them, and a working
proxy keeps that count at zero.

    python benchmarks/load_upstream.py --port 9100 [--event-delay 0.02]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket

PLACEHOLDER = re.compile(rb"\[\[([A-Z][A-Z0-9_]*?)_(\d+)\]\]")
# What the load test seeds: any of these reaching the upstream is a leak.
RAW_VALUE = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}")
PIECE_CHARS = 4


def reply_text(body: bytes) -> str:
    """The assistant text for a request body: its placeholders, then the probe."""
    seen: dict[bytes, None] = {}
    highest: dict[bytes, int] = {}
    first_kind: bytes | None = None
    for match in PLACEHOLDER.finditer(body):
        seen.setdefault(match.group(0), None)
        kind = match.group(1)
        first_kind = first_kind or kind
        highest[kind] = max(highest.get(kind, 0), int(match.group(2)))
    items = [placeholder.decode() for placeholder in seen]
    if first_kind is not None:
        items.append(f"[[{first_kind.decode()}_{highest[first_kind] + 1}]]")
    return "Checked " + " ".join(f"«{item}»" for item in items) + " — done."


class LoadUpstream:
    """ASGI app: POST */chat/completions, POST */responses (whole replies only), GET /healthz, GET /stats."""

    def __init__(self, event_delay: float = 0.02) -> None:
        self.event_delay = event_delay
        self.requests = 0
        self.streams = 0
        self.raw_values = 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                while True:
                    message = await receive()
                    await send({"type": message["type"] + ".complete"})
                    if message["type"] == "lifespan.shutdown":
                        return
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        path = scope["path"]
        if path == "/healthz":
            await _send_whole(send, 200, b'{"status":"ok"}')
            return
        if path == "/stats":
            stats = {"requests": self.requests, "streams": self.streams, "raw_values": self.raw_values}
            await _send_whole(send, 200, json.dumps(stats).encode())
            return
        if not path.endswith(("/chat/completions", "/responses")):
            await _send_whole(send, 404, b'{"error":{"message":"no such route"}}')
            return
        self.requests += 1
        self.raw_values += len(RAW_VALUE.findall(body))
        text = reply_text(body)
        if path.endswith("/responses"):
            reply = {"id": f"resp_load{self.requests}", "object": "response", "created_at": 0, "status": "completed",
                     "model": "load", "output": [{"type": "message", "id": "msg_load", "status": "completed",
                                                  "role": "assistant", "content": [
                                                      {"type": "output_text", "text": text, "annotations": []}]}],
                     "usage": {"input_tokens": len(body) // 4, "output_tokens": len(text) // 4,
                               "total_tokens": (len(body) + len(text)) // 4}}
            await _send_whole(send, 200, json.dumps(reply, ensure_ascii=False).encode())
            return
        if b'"stream":true' in body or b'"stream": true' in body:
            self.streams += 1
            await self._stream(send, text)
            return
        reply = {"id": "chatcmpl-load", "object": "chat.completion", "created": 0, "model": "load",
                 "choices": [{"index": 0, "finish_reason": "stop",
                              "message": {"role": "assistant", "content": text}}],
                 "usage": {"prompt_tokens": len(body) // 4, "completion_tokens": len(text) // 4,
                           "total_tokens": (len(body) + len(text)) // 4}}
        await _send_whole(send, 200, json.dumps(reply, ensure_ascii=False).encode())

    async def _stream(self, send, text: str) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream; charset=utf-8")]})
        head = '{"id":"chatcmpl-load","object":"chat.completion.chunk","created":0,"model":"load","choices":'
        first = head + '[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}'
        await send({"type": "http.response.body", "body": f"data: {first}\n\n".encode(), "more_body": True})
        for start in range(0, len(text), PIECE_CHARS):
            delta = json.dumps({"content": text[start:start + PIECE_CHARS]}, ensure_ascii=False)
            event = f'data: {head}[{{"index":0,"delta":{delta},"finish_reason":null}}]}}\n\n'
            await send({"type": "http.response.body", "body": event.encode(), "more_body": True})
            if self.event_delay:
                await asyncio.sleep(self.event_delay)
        last = head + '[{"index":0,"delta":{},"finish_reason":"stop"}]}'
        await send({"type": "http.response.body", "body": f"data: {last}\n\ndata: [DONE]\n\n".encode(),
                    "more_body": False})


async def _send_whole(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


def serve(port: int, event_delay: float) -> None:
    import uvicorn

    # IPPROTO_TCP so accepted sockets get TCP_NODELAY (no 40 ms delayed-ACK stalls).
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    config = uvicorn.Config(LoadUpstream(event_delay), log_level="warning", access_log=False,
                            backlog=2048, timeout_keep_alive=30)
    uvicorn.Server(config).run(sockets=[listener])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--event-delay", type=float, default=0.02, help="seconds between streamed events")
    args = parser.parse_args()
    serve(args.port, args.event_delay)


if __name__ == "__main__":
    main()
