"""The event-stream and JSON-lines parser of the clients (_streaming.py), fed chunk by chunk.

Server-sent events as the WHATWG HTML standard parses them: line ends of every kind, split
anywhere between chunks, a BOM, comments, multi-line data, the last event id kept, retry only
when it is digits, an event without data not dispatched, and OpenAI's ``[DONE]``.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

streaming = importlib.import_module("cycle_client._streaming")
transfer = importlib.import_module("cycle_client._transfer")


def parse(body: bytes, kind: str = "events", step: int = 0, limit: int | None = None) -> list[Any]:
    """(data, event, id, retry) of each item of ``body``, fed ``step`` bytes at a time (0: whole)."""
    request = httpx.Request("GET", "https://example.com/events")
    response = httpx.Response(200, request=request)
    if limit is not None:
        limits = transfer.Limits(limit, None, None, {})
        response.extensions = {transfer.STREAM_LIMITS: limits}
    decoder = streaming.Decoder(response, None, kind)
    chunks = [body[i : i + step] for i in range(0, len(body), step)] if step else [body]
    raws = [raw for chunk in chunks for raw in decoder.feed(chunk)] + decoder.end()
    return [(e.data, e.event, e.id, e.retry) for e in map(decoder.decoded, raws)]


BODY = (
    b"\xef\xbb\xbf: hello\r\nevent: a\r\nid: 1\r\ndata: x\r\ndata:  y\r\n\r\n"
    b"data\rretry: 15\r\rid: 2\0\nretry: 1.5\ndata: z\n\n"
)
EXPECTED = [("x\n y", "a", "1", None), ("", "message", "1", 15), ("z", "message", "1", None)]


@pytest.mark.parametrize("step", [0, 1, 2, 3, 7])
def test_events_are_parsed_the_same_however_the_body_is_cut(step: int) -> None:
    assert parse(BODY, step=step) == EXPECTED


def test_an_event_left_without_its_empty_line_is_discarded_and_done_ends_the_stream() -> None:
    assert parse(b"data: a\n\ndata: b") == [("a", "message", "", None)]
    assert parse(b"data: a\n\ndata: [DONE]\n\ndata: c\n\n") == [("a", "message", "", None)]


def test_a_field_without_a_colon_and_an_unknown_field_are_handled_as_the_standard_says() -> None:
    assert parse(b"data\ndata\n\nfoo: bar\n\n") == [("\n", "message", "", None)]


@pytest.mark.parametrize("step", [0, 1, 5])
def test_json_lines_and_json_seq_records(step: int) -> None:
    body = b'{"a": 1}\n\n\x1e{"a": 2}\r\n  {"a": 3}'
    assert [d for d, *_ in parse(body, "lines", step)] == ['{"a": 1}', '{"a": 2}', '{"a": 3}']


def test_a_long_line_and_a_long_event_raise_event_too_large_naming_the_limit() -> None:
    with pytest.raises(streaming.EventTooLargeError, match="max_response_bytes=10"):
        parse(b"data: " + b"x" * 20, step=4, limit=10)
    with pytest.raises(streaming.EventTooLargeError, match="an event"):
        parse(b"data: 1\n" * 5, limit=30)
    assert parse(b"data: 1\n" * 3 + b"\n", limit=30) == [("1\n1\n1", "message", "", None)]
