"""Coverage-guided fuzzing (atheris) of the SSE parser, the stream rewriters and the restorers.

Each input is split into: which rewriter to use, where to cut the bytes into
network chunks, and the stream bytes themselves. The harness checks what the
tests check, on inputs no one wrote by hand: nothing raises, the output is
strict UTF-8 and complete SSE in canonical form, and streaming restoration of
the text equals whole-text restoration.

    .venv/bin/pip install atheris==3.0.0
    .venv/bin/python benchmarks/fuzz_streams_atheris.py -max_total_time=60 [-dict=...] [corpus_dir]
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    from redactor.placeholder_syntax import could_be_placeholder_prefix  # noqa: F401
    from redactor.restore import Restorer, StreamRestorer
    from redactor.wire.sse import SSEParser, serialize
    from redactor.wire.anthropic import AnthropicStream
    from redactor.wire.openai_chat import OpenAIChatStream
    from redactor.wire.openai_responses import ResponsesStream

RESTORER = Restorer({
    "[[EMAIL_1]]": 'a"b\\c\n@example.com',
    "[[PERSON_2]]": "Jos\u00e9 \u65e5\u672c \U0001F389",
    "[[AWS_ACCESS_KEY_3]]": "AKIA\\u005b",
})
REWRITERS = [OpenAIChatStream, ResponsesStream, AnthropicStream]


def _check_stream(rewriter_class, data: bytes, cuts: list[int]) -> None:
    rewriter = rewriter_class(RESTORER)
    output, previous = [], 0
    for cut in sorted(cuts):
        output.append(rewriter.feed(data[previous:cut]))
        previous = cut
    output.append(rewriter.feed(data[previous:]))
    output.append(rewriter.close())
    joined = b"".join(output)
    joined.decode("utf-8")  # strict
    parser = SSEParser()
    items = parser.feed(joined)
    if parser.close():
        raise AssertionError("output ended inside an event")
    if "".join(serialize(item) for item in items).encode() != joined:
        raise AssertionError("output is not canonical SSE")


def _check_restorer(text: str, cuts: list[int], json_escape: bool) -> None:
    stream = StreamRestorer(RESTORER, json_escape=json_escape)
    pieces, previous = [], 0
    for cut in sorted(cut % (len(text) + 1) for cut in cuts):
        pieces.append(stream.feed(text[previous:cut]))
        previous = max(previous, cut)
    pieces.append(stream.feed(text[previous:]))
    pieces.append(stream.flush())
    if "".join(pieces) != RESTORER.restore(text, json_escape=json_escape)[0]:
        raise AssertionError("streamed restoration differs from whole-text restoration")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    target = provider.ConsumeIntInRange(0, 4)
    cuts = [provider.ConsumeIntInRange(0, 4096) for _ in range(provider.ConsumeIntInRange(0, 6))]
    if target < 3:
        payload = provider.ConsumeBytes(provider.remaining_bytes())
        _check_stream(REWRITERS[target], payload, [cut % (len(payload) + 1) for cut in cuts])
    else:
        text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
        _check_restorer(text, cuts, json_escape=target == 4)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
