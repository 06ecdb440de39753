# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Downloads: ``with client.with_streaming_response.op(...) as response``, the body read as it arrives.

Any operation's streaming-response variant (client.py's ``ClientWithStreamingResponse``, made of
the raw-response variant's methods by ``streamed``) sends as the operation does but hands back
the 2xx response before its body is read: a StreamedResponse gives it by chunks, text, lines or
into a file, never whole in memory; the connection is closed when the ``with`` block is left.
"""

from __future__ import annotations

import codecs
import functools
import types
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from os import PathLike
from typing import IO, Concatenate, Final, Generic, ParamSpec, TypeVar, overload

import httpx

from ._responses import APIResponse
from ._streaming import Lines, byte_chunks, limits_of, next_chunk
from ._transfer import aread_body, read_body

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")

CHUNK_BYTES: Final = 64 * 1024
"""The size of the chunks write_to_file reads."""


def _text_decoder(response: httpx.Response) -> codecs.IncrementalDecoder:
    return codecs.getincrementaldecoder(response.encoding or "utf-8")(errors="replace")


class _Received(Generic[T]):
    """What the sync and async streamed responses share: the response, its status, headers and request id."""

    def __init__(self, response: APIResponse[T]) -> None:
        self.api_response = response
        self.http_response = response.http_response
        self._limits = limits_of(self.http_response)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.api_response.request_id


class StreamedResponse(_Received[T]):
    """A 2xx response whose body is still to be read: by chunks, text, lines, or into a file.

    None of these holds the whole body (``max_response_bytes`` bounds only ``read()``,
    ``parse()`` and each line of ``iter_lines()``); the call's deadline bounds them all.
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield from byte_chunks(self.http_response, self._limits, chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        decoder = _text_decoder(self.http_response)
        for chunk in self.iter_bytes(chunk_size):
            if text := decoder.decode(chunk):
                yield text
        if text := decoder.decode(b"", final=True):
            yield text

    def iter_lines(self) -> Iterator[str]:
        """The body's lines (without their line break), each at most max_response_bytes."""
        lines = Lines(
            self.http_response, None if self._limits is None else self._limits.max_response_bytes
        )
        encoding = self.http_response.encoding or "utf-8"
        for chunk in self.iter_bytes():
            for line in lines.feed(chunk):
                yield line.decode(encoding, "replace")
        if rest := lines.rest():
            yield rest.decode(encoding, "replace")

    def write_to_file(self, path: str | PathLike[str]) -> int:
        """Write the body to ``path`` chunk by chunk; the number of bytes written."""
        with open(path, "wb") as out:
            return write_chunks(out, self.iter_bytes(CHUNK_BYTES))

    def read(self) -> bytes:
        """The whole body, at most max_response_bytes (ResponseTooLargeError beyond)."""
        if self._limits is not None and not self.http_response.is_closed:
            read_body(self.http_response, self._limits)
        return self.http_response.read()

    def parse(self) -> T:
        """The body read (at most max_response_bytes) and decoded, as the operation's method would."""
        self.read()
        return self.api_response.parse()

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(_Received[T]):
    """StreamedResponse, for the async client: ``async for`` over ``iter_bytes()``, ``await write_to_file()``."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        chunks = self.http_response.aiter_bytes(chunk_size)
        while (chunk := await next_chunk(chunks, self._limits, self.http_response)) is not None:
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        decoder = _text_decoder(self.http_response)
        async for chunk in self.iter_bytes(chunk_size):
            if text := decoder.decode(chunk):
                yield text
        if text := decoder.decode(b"", final=True):
            yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        lines = Lines(
            self.http_response, None if self._limits is None else self._limits.max_response_bytes
        )
        encoding = self.http_response.encoding or "utf-8"
        async for chunk in self.iter_bytes():
            for line in lines.feed(chunk):
                yield line.decode(encoding, "replace")
        if rest := lines.rest():
            yield rest.decode(encoding, "replace")

    async def write_to_file(self, path: str | PathLike[str]) -> int:
        """Write the body to ``path`` chunk by chunk; the number of bytes written."""
        written = 0
        with open(path, "wb") as out:
            async for chunk in self.iter_bytes(CHUNK_BYTES):
                written += out.write(chunk)
        return written

    async def read(self) -> bytes:
        if self._limits is not None and not self.http_response.is_closed:
            await aread_body(self.http_response, self._limits)
        return await self.http_response.aread()

    async def parse(self) -> T:
        await self.read()
        return self.api_response.parse()

    async def close(self) -> None:
        await self.http_response.aclose()


def write_chunks(out: IO[bytes], chunks: Iterator[bytes]) -> int:
    written = 0
    for chunk in chunks:
        written += out.write(chunk)
    return written


class StreamedCall(Generic[T]):
    """``with client.with_streaming_response.op(...) as response``: the call is made on entering."""

    def __init__(self, call: Callable[[], APIResponse[T]]) -> None:
        self._call = call
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = StreamedResponse(self._call())
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedCall(Generic[T]):
    """``async with client.with_streaming_response.op(...) as response``: the call is made on entering."""

    def __init__(self, call: Callable[[], Awaitable[APIResponse[T]]]) -> None:
        self._call = call
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = AsyncStreamedResponse(await self._call())
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


class StreamingView(Generic[R]):
    """The base of client.py's streaming-response views: each operation is a ``streamed`` (or
    ``astreamed``) attribute of the class, sending with the raw-response view ``raw`` (``stream=True``)."""

    def __init__(self, raw: R) -> None:
        self._raw = raw


class streamed(Generic[R, P, T]):  # a descriptor used as a decorator, named as one
    """A raw-response method (of a view that sends with ``stream=True``) as a streaming-response one."""

    def __init__(self, method: Callable[Concatenate[R, P], APIResponse[T]]) -> None:
        self._method = method

    @overload
    def __get__(
        self, view: None, owner: object = None
    ) -> Callable[Concatenate[R, P], APIResponse[T]]: ...
    @overload
    def __get__(
        self, view: StreamingView[R], owner: object = None
    ) -> Callable[P, StreamedCall[T]]: ...
    def __get__(
        self, view: StreamingView[R] | None, owner: object = None
    ) -> Callable[P, StreamedCall[T]] | Callable[Concatenate[R, P], APIResponse[T]]:
        if view is None:  # on the class: the raw-response function whose parameters it takes
            return self._method
        method, raw = self._method, view._raw  # pyright: ignore[reportPrivateUsage]

        @functools.wraps(method)  # its name and docstring, for help() and editors
        def call(*args: P.args, **kwargs: P.kwargs) -> StreamedCall[T]:
            return StreamedCall(lambda: method(raw, *args, **kwargs))

        call.__wrapped__ = types.MethodType(method, raw)  # its parameters, bound (self given)
        return call


class astreamed(Generic[R, P, T]):
    """streamed, for the async client's raw-response methods."""

    def __init__(self, method: Callable[Concatenate[R, P], Awaitable[APIResponse[T]]]) -> None:
        self._method = method

    @overload
    def __get__(
        self, view: None, owner: object = None
    ) -> Callable[Concatenate[R, P], Awaitable[APIResponse[T]]]: ...
    @overload
    def __get__(
        self, view: StreamingView[R], owner: object = None
    ) -> Callable[P, AsyncStreamedCall[T]]: ...
    def __get__(
        self, view: StreamingView[R] | None, owner: object = None
    ) -> Callable[P, AsyncStreamedCall[T]] | Callable[Concatenate[R, P], Awaitable[APIResponse[T]]]:
        if view is None:
            return self._method
        method, raw = self._method, view._raw  # pyright: ignore[reportPrivateUsage]

        @functools.wraps(method)
        def call(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedCall[T]:
            return AsyncStreamedCall(lambda: method(raw, *args, **kwargs))

        call.__wrapped__ = types.MethodType(method, raw)
        return call
