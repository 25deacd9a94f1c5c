"""Streaming restore cost: microseconds per SSE event for each API, against plain pass-through.

Replays a realistic upstream stream (one event per network chunk, short text
deltas as models send them, a placeholder every few sentences and a tool call
whose argument JSON carries placeholders) through OpenAIChatStream,
ResponsesStream and AnthropicStream, and through a pass-through that only
parses and re-serializes the SSE events. Prints µs/event for both and their
ratio, for a typical stream and for a worst case where every delta holds a
placeholder. Target: <= 50 µs per event for typical deltas.

    .venv/bin/python benchmarks/stream_restore.py [--rounds N]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from redactor.restore import Restorer  # noqa: E402
from redactor.wire.sse import SSEParser, serialize  # noqa: E402
from redactor.wire.anthropic import AnthropicStream  # noqa: E402
from redactor.wire.openai_chat import OpenAIChatStream  # noqa: E402
from redactor.wire.openai_responses import ResponsesStream  # noqa: E402
from tests.stream_support import anthropic_stream, chat_stream, responses_stream  # noqa: E402

MAPPING = {f"[[EMAIL_{i}]]": f"user{i}@example.com" for i in range(1, 40)}
MAPPING.update({f"[[PERSON_{i}]]": f"Person Number{i}" for i in range(1, 40)})
RESTORER = Restorer(MAPPING)

_SENTENCE = ("The deploy for the payments service finished; I checked the logs and the latency is back to "
             "normal. ")
_WITH_PLACEHOLDER = "Please send the report to [[EMAIL_3]] and copy [[PERSON_7]] on it. "


def _token_deltas(text: str) -> list[str]:
    """Split like a tokenizer would: about four characters per delta."""
    deltas, start = [], 0
    while start < len(text):
        end = text.find(" ", start + 3)
        end = len(text) if end < 0 else end + 1
        deltas.append(text[start:end])
        start = end
    return deltas


def _typical_text() -> str:
    return "".join(_WITH_PLACEHOLDER if i % 4 == 3 else _SENTENCE for i in range(40))


def _arguments() -> list[str]:
    document = json.dumps({"to": "[[EMAIL_1]]", "subject": "Report", "body": _SENTENCE * 3 + _WITH_PLACEHOLDER})
    return [document[i:i + 6] for i in range(0, len(document), 6)]


def _streams(worst_case: bool) -> dict[str, tuple[type, list[bytes]]]:
    if worst_case:
        deltas = ["[[EMAIL_", "3]] x [[", "PERSON_", "7]] ["] * 200
    else:
        deltas = _token_deltas(_typical_text())
    built = {
        "openai_chat": (OpenAIChatStream, chat_stream(deltas, [_arguments()])),
        "responses": (ResponsesStream, responses_stream(deltas, _arguments())),
        "anthropic": (AnthropicStream, anthropic_stream(deltas, _arguments())),
    }
    # One event per network chunk, the usual shape of a streamed reply.
    return {name: (cls, [event.encode() + b"\n\n" for event in text.split("\n\n") if event])
            for name, (cls, text) in built.items()}


class _PassThrough:
    """Parse and re-serialize only: the floor any SSE-aware proxy pays."""

    def __init__(self, _restorer: Restorer) -> None:
        self._parser = SSEParser()

    def feed(self, chunk: bytes) -> bytes:
        return "".join(serialize(item) for item in self._parser.feed(chunk)).encode()

    def close(self) -> bytes:
        return "".join(serialize(item) for item in self._parser.close()).encode()


def _microseconds_per_event(rewriter_class, chunks: list[bytes], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        rewriter = rewriter_class(RESTORER)
        started = time.perf_counter()
        for chunk in chunks:
            rewriter.feed(chunk)
        rewriter.close()
        samples.append((time.perf_counter() - started) / len(chunks) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    for label, worst_case in (("typical deltas", False), ("every delta holds a placeholder", True)):
        print(f"{label}:")
        for name, (rewriter_class, chunks) in _streams(worst_case).items():
            restoring = _microseconds_per_event(rewriter_class, chunks, args.rounds)
            passing = _microseconds_per_event(_PassThrough, chunks, args.rounds)
            print(f"  {name:12s} {len(chunks):4d} events  restore {restoring:6.1f} µs/event  "
                  f"pass-through {passing:5.1f} µs/event  ratio {restoring / passing:4.2f}")


if __name__ == "__main__":
    main()
