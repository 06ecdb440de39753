# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Streamed responses: event streams and JSON lines read item by item, downloads chunk by chunk.

An operation whose 2xx response is ``text/event-stream`` or JSON lines (``application/jsonl``,
``application/x-ndjson``, ``application/json-seq``) returns a Stream (AsyncStream on the async
client): each event's data decoded into its model as it arrives, the connection closed at the
end, on ``break`` (or leaving a ``with`` block) and on an error. Events are parsed as the
WHATWG HTML standard says (server-sent events); downloads are in _downloads.py.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final, Generic, Literal, Self, TypeVar

import httpx

from ._errors import (
    ResponseDecodeError,
    ResponseTooLargeError,
    connection_error,
    deadline_error,
    where_of,
)
from ._runtime import json_loads
from ._transfer import STREAM_LIMITS, Limits

T = TypeVar("T")

DONE: Final = "[DONE]"
"""The data of the event that ends an OpenAI-style stream: the stream stops there."""
_EOL = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"

Format = Literal["events", "lines"]
Raw = tuple[str | bytes, str, str, int | None]
"""An item before its data is decoded: (data, event, id, retry)."""


@dataclass(frozen=True, slots=True)
class ServerSentEvent(Generic[T]):
    """One event of a ``text/event-stream``: its data decoded, and the fields the server sent with it.

    ``event`` is the event type ("message" if the server named none), ``id`` the last event id
    the stream set ("" if none), ``retry`` the reconnection time in milliseconds if this event set one.
    """

    data: T
    event: str = "message"
    id: str = ""
    retry: int | None = None


class EventTooLargeError(ResponseTooLargeError):
    """A line or event of a stream longer than the call's ``max_response_bytes``: reading stopped there.

    For a stream, ``max_response_bytes`` bounds each line and each event, not the whole body.
    """


def limits_of(response: httpx.Response) -> Limits | None:
    """The Limits of the call whose open response this is (None for a response already read)."""
    limits = response.extensions.get(STREAM_LIMITS)
    return limits if isinstance(limits, Limits) else None


class Lines:
    """Splits bytes into lines at CRLF, LF or CR, across chunks, each at most ``limit`` bytes."""

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._response = response
        self._limit = limit
        self._partial = bytearray()
        self._after_cr = False
        self._started = False

    def feed(self, chunk: bytes) -> list[bytes]:
        if (
            not self._started
            and len(self._partial) + len(chunk) < len(_BOM)
            and _BOM.startswith(bytes(self._partial) + chunk)
        ):
            self._partial += chunk  # too short yet to tell a BOM
            return []
        if not self._started:
            chunk, self._started = bytes(self._partial) + chunk, True
            self._partial.clear()
            chunk = chunk.removeprefix(_BOM)
        if self._after_cr and chunk[:1] == b"\n":
            chunk = chunk[1:]  # the LF of a CRLF split between two chunks
        self._after_cr = chunk.endswith(b"\r")
        lines: list[bytes] = []
        start = 0
        for match in _EOL.finditer(chunk):
            line = chunk[start : match.start()]
            if self._partial:
                line = bytes(self._partial) + line
                self._partial.clear()
            self.check(len(line), "a line")
            lines.append(line)
            start = match.end()
        self._partial += chunk[start:]
        self.check(len(self._partial), "a line")
        return lines

    def rest(self) -> bytes:
        """What follows the last line break when the body ends."""
        return bytes(self._partial)

    def check(self, size: int, what: str) -> None:
        if self._limit is not None and size > self._limit:
            response = self._response
            message = (
                f"{what} of the {response.status_code} response of {where_of(response.request)} is "
                f"longer than max_response_bytes={self._limit}; reading stopped there"
            )
            raise EventTooLargeError(message, response=response, limit=self._limit, body=b"")


class EventParser:
    """The server-sent events of a body, fed line by line: (event, data, id, retry) as each is dispatched."""

    def __init__(self, lines: Lines) -> None:
        self._lines = lines
        self._event = ""
        self._data: list[str] = []
        self._size = 0
        self._id = ""
        self._retry: int | None = None

    def line(self, raw: bytes) -> tuple[str, str, str, int | None] | None:
        """Take one line; the event it completes (an empty line dispatches), else None."""
        if not raw:
            return self._dispatch()
        if raw[:1] == b":":
            return None  # a comment (a keep-alive)
        name, colon, value = raw.decode("utf-8", "replace").partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._size += len(raw)
            self._lines.check(self._size, "an event")
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> tuple[str, str, str, int | None] | None:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._size, self._retry = [], "", 0, None
        if not data:
            return None  # no data: nothing is dispatched (the standard's rule)
        return event or "message", "\n".join(data), self._id, retry


class Decoder(Generic[T]):
    """Turns a stream's bytes, chunk by chunk, into its decoded items, within the call's limits."""

    def __init__(
        self, response: httpx.Response, decode: Callable[[Any], T] | None, kind: Format
    ) -> None:
        self.response = response
        self.limits = limits_of(response)
        self._decode = decode
        self._kind: Format = kind
        self._lines = Lines(
            response, None if self.limits is None else self.limits.max_response_bytes
        )
        self._events = EventParser(self._lines)
        self.done = False
        self._count = 0

    def feed(self, chunk: bytes) -> list[Raw]:
        """The items a chunk completes, not decoded yet (``decoded`` does, as each is handed over)."""
        out: list[Raw] = []
        for line in self._lines.feed(chunk):
            item = self._item(line)
            if self.done:
                break
            if item is not None:
                out.append(item)
        return out

    def end(self) -> list[Raw]:
        """The last items when the body ends: a last JSON line without a line break (a last event
        without its empty line is discarded, as the standard says)."""
        rest = self._lines.rest()
        if self._kind == "lines" and rest and not self.done:
            item = self._item(rest)
            return [] if item is None else [item]
        return []

    def decoded(self, raw: Raw) -> ServerSentEvent[T]:
        data, event, id_, retry = raw
        return ServerSentEvent(self._decoded(data), event, id_, retry)

    def _item(self, line: bytes) -> Raw | None:
        if self._kind == "lines":
            text = line.lstrip(b"\x1e").strip()  # json-seq records start with RS
            return (text, "message", "", None) if text else None
        fields = self._events.line(line)
        if fields is None:
            return None
        event, data, id_, retry = fields
        if data == DONE:
            self.done = True
            return None
        return data, event, id_, retry

    def _decoded(self, data: str | bytes) -> Any:
        self._count += 1
        if self._decode is None:
            return data if isinstance(data, str) else data.decode("utf-8", "replace")
        try:
            return self._decode(json_loads(data))
        except (ValueError, RecursionError) as exc:
            raise self._decode_error(exc, data) from exc

    def _decode_error(self, exc: Exception, data: str | bytes) -> ResponseDecodeError:
        response = self.response
        what = "event" if self._kind == "events" else "line"
        message = (
            f"{what} {self._count} of the {response.status_code} response of "
            f"{where_of(response.request)} could not be decoded: {exc}"
        )
        body = data.encode() if isinstance(data, str) else data
        return ResponseDecodeError(message, response=response, cause=exc, body=body)


class Stream(Generic[T]):
    """The items of a streamed response, decoded as each arrives; iterate over it once.

    ``for item in stream`` gives each event's data (each JSON line) as its model;
    ``stream.events()`` gives ServerSentEvent objects, with ``event``, ``id`` and ``retry``. The
    connection is closed when the items end, on an error, on ``close()``, and on leaving
    ``with stream:`` (``break`` out of a ``for`` closes it as soon as the loop is left).
    """

    def __init__(
        self, response: httpx.Response, decode: Callable[[Any], T] | None, kind: Format
    ) -> None:
        self.response = response
        self.decode = decode
        self.kind: Format = kind

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    def __iter__(self) -> Iterator[T]:
        for event in self.events():
            yield event.data

    def events(self) -> Iterator[ServerSentEvent[T]]:
        decoder = Decoder(self.response, self.decode, self.kind)
        try:
            for chunk in byte_chunks(self.response, decoder.limits):
                for raw in decoder.feed(chunk):
                    yield decoder.decoded(raw)
                if decoder.done:
                    return
            for raw in decoder.end():
                yield decoder.decoded(raw)
        finally:
            self.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """Stream, for the async client: ``async for item in stream``, ``stream.events()``, ``async with``.

    Leave it with ``async with`` (or ``await stream.close()``) to close the connection at once
    after a ``break``; otherwise it is closed when the event loop finalizes the iteration.
    """

    def __init__(self, stream: Stream[T]) -> None:
        self.response = stream.response
        self._stream = stream

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    async def __aiter__(self) -> AsyncIterator[T]:
        async for event in self.events():
            yield event.data

    async def events(self) -> AsyncIterator[ServerSentEvent[T]]:
        decoder = Decoder(self.response, self._stream.decode, self._stream.kind)
        chunks = self.response.aiter_bytes()
        try:
            while (chunk := await next_chunk(chunks, decoder.limits, self.response)) is not None:
                for raw in decoder.feed(chunk):
                    yield decoder.decoded(raw)
                if decoder.done:
                    return
            for raw in decoder.end():
                yield decoder.decoded(raw)
        finally:
            await self.close()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def byte_chunks(
    response: httpx.Response, limits: Limits | None, chunk_size: int | None = None
) -> Iterator[bytes]:
    """The chunks of a sync body as they arrive: APITimeoutError once the deadline passes, and the
    typed error of a connection that breaks or a read that times out."""
    try:
        for chunk in response.iter_bytes(chunk_size):
            if limits is not None:
                limits.check(response.request)
            yield chunk
    except httpx.RequestError as exc:
        raise connection_error(exc) from exc


async def next_chunk(
    chunks: AsyncIterator[bytes], limits: Limits | None, response: httpx.Response
) -> bytes | None:
    """The next chunk of an async body, or None at its end; APITimeoutError once the deadline passes,
    and the typed error of a connection that breaks or a read that times out."""
    try:
        if limits is None or limits.ends is None:
            return await anext(chunks, None)
        try:
            import asyncio  # here, not at the top: a sync client never loads it (~14 ms)

            async with asyncio.timeout_at(limits.ends):
                return await anext(chunks, None)
        except TimeoutError:
            raise deadline_error(response.request, limits.deadline or 0.0) from None
    except httpx.RequestError as exc:
        raise connection_error(exc) from exc


def events_body(decode: Callable[[Any], T]) -> Callable[[httpx.Response], Stream[T]]:
    """The body reader of a ``text/event-stream`` whose data is JSON: each event's data decoded."""

    def read(response: httpx.Response) -> Stream[T]:
        return Stream(response, decode, "events")

    return read


def text_events_body(response: httpx.Response) -> Stream[str]:
    """The body reader of a ``text/event-stream`` whose data is text."""
    return Stream(response, None, "events")


def lines_body(decode: Callable[[Any], T]) -> Callable[[httpx.Response], Stream[T]]:
    """The body reader of JSON lines (``application/jsonl``, ``x-ndjson``, ``json-seq``): each line decoded."""

    def read(response: httpx.Response) -> Stream[T]:
        return Stream(response, decode, "lines")

    return read
