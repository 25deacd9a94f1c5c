"""The SSE parser returns whole events however the bytes are chunked; the serializer round-trips them."""
from __future__ import annotations

import pytest

from redactor.wire.sse import SSEComment, SSEParser, ServerSentEvent, serialize, serialize_event
from tests.growth import assert_linear_growth


def _parse(data: bytes, split_points=()) -> list:
    parser = SSEParser()
    items, previous = [], 0
    for point in sorted(split_points):
        items += parser.feed(data[previous:point])
        previous = point
    items += parser.feed(data[previous:])
    return items + parser.close()


STREAM = (
    ": connected\n\n"
    "event: response.output_text.delta\n"
    "id: 41\n"
    "data: {\"delta\": \"caf\u00e9 \u65e5\u672c \U0001F389\"}\n\n"
    "data: line one\n"
    "data:line two\n"
    "data\n\n"
    "retry: 2500\n"
    "data: [DONE]\n\n"
)
EXPECTED = [
    SSEComment(" connected"),
    ServerSentEvent(data='{"delta": "caf\u00e9 \u65e5\u672c \U0001F389"}', event="response.output_text.delta",
                    id="41"),
    ServerSentEvent(data="line one\nline two\n"),
    ServerSentEvent(data="[DONE]", retry="2500"),
]


@pytest.mark.parametrize("line_ending", ["\n", "\r\n", "\r"])
def test_events_are_the_same_for_every_split_point_and_line_ending(line_ending):
    data = STREAM.replace("\n", line_ending).encode()
    assert _parse(data) == EXPECTED
    for split in range(1, len(data)):
        assert _parse(data, [split]) == EXPECTED, split
    assert _parse(data, range(1, len(data))) == EXPECTED  # one byte at a time


def test_a_crlf_split_between_chunks_is_one_line_break_not_two():
    # "\r" ends a chunk and "\n" starts the next: a blank line here would
    # dispatch the event early, with only its first data line.
    assert _parse(b"data: a\r\ndata: b\r\n\r\n", [8]) == [ServerSentEvent(data="a\nb")]
    assert _parse(b"data: a\r\r\n", [8]) == [ServerSentEvent(data="a")]


def test_a_multibyte_character_split_across_chunks_is_decoded_whole():
    data = "data: \U0001F389\u65e5\n\n".encode()
    for split in range(6, 13):
        assert _parse(data, [split]) == [ServerSentEvent(data="\U0001F389\u65e5")]


def test_invalid_utf8_becomes_replacement_characters_and_never_raises():
    items = _parse(b"data: ok \xff\xfe \xed\xa0\x80 \xc3\n\ndata: next\n\n", [10, 11])
    assert items[0].data.startswith("ok \ufffd\ufffd")
    assert items[1] == ServerSentEvent(data="next")
    serialize_event(items[0]).encode("utf-8")  # the output is valid UTF-8


def test_a_truncated_character_at_the_end_of_the_stream_is_replaced():
    assert _parse("data: \u65e5".encode()[:-1]) == [ServerSentEvent(data="\ufffd")]


def test_comments_are_returned_as_soon_as_their_line_ends():
    parser = SSEParser()
    assert parser.feed(b": ping\ndata: par") == [SSEComment(" ping")]
    assert parser.feed(b"tial\n\n") == [ServerSentEvent(data="partial")]


def test_a_byte_order_mark_at_the_start_is_dropped():
    assert _parse(b"\xef\xbb\xbfdata: x\n\n", [1]) == [ServerSentEvent(data="x")]


def test_an_unterminated_last_event_is_still_returned_at_close():
    assert _parse(b"event: message_stop\ndata: {\"type\":\"message_stop\"}") == [
        ServerSentEvent(data='{"type":"message_stop"}', event="message_stop")]
    assert _parse(b"data: x\n") == [ServerSentEvent(data="x")]


def test_fields_follow_the_spec():
    items = _parse(b"data:  two spaces\nid: a\x00b\nretry: 12x\nevent\ncustom: [[EMAIL_1]]\n\n")
    assert items == [ServerSentEvent(data=" two spaces", event="")]


def test_unknown_fields_are_dropped_so_a_misplaced_byte_order_mark_cannot_become_data():
    # Mid-stream "\ufeffdata" is an unknown field; forwarded first in our
    # output, a client would strip the mark and read it as data.
    assert _parse("\n\ufeffdata: x\n\ncustom: y\n\n".encode()) == []


def test_blank_lines_without_fields_dispatch_nothing():
    assert _parse(b"\n\n\r\n\n") == []


def test_serialized_events_parse_back_to_the_same_events():
    events = [ServerSentEvent(data="a\nb\n\n", event="x", id="7", retry="10"),
              ServerSentEvent(data=""), ServerSentEvent(data=" leading space"), ServerSentEvent(event="only")]
    wire = "".join(serialize(event) for event in events).encode()
    assert _parse(wire) == events


def test_serializing_never_lets_a_value_inject_fields_or_end_the_event():
    wire = serialize_event(ServerSentEvent(data="x\r\ny\rz", event="e\ndata: injected", id="1\r\n\r\n"))
    assert _parse(wire.encode()) == [ServerSentEvent(data="x\ny\nz", event="e data: injected", id="1  ")]


def test_comments_serialize_to_one_line():
    assert serialize(SSEComment(" ping")) == ": ping\n"
    assert serialize(SSEComment("a\nb")) == ":a b\n"


def test_feeding_after_close_is_an_error_and_close_is_idempotent():
    parser = SSEParser()
    parser.close()
    assert parser.close() == []
    with pytest.raises(ValueError):
        parser.feed(b"data: x\n\n")


def test_a_huge_line_arriving_in_small_chunks_is_parsed_in_linear_time():
    def parse_in_chunks(length: int):
        payload = b"x" * length
        data = b"data: " + payload + b"\n\n"

        def parse():
            parser = SSEParser()
            items = []
            for start in range(0, len(data), 1024):
                items += parser.feed(data[start:start + 1024])
            assert items == [ServerSentEvent(data=payload.decode())]
        return parse

    # Re-joining the buffer on every chunk is quadratic: minutes for 4 MB instead of milliseconds.
    assert_linear_growth(parse_in_chunks, 4_000_000)
