"""Streamed responses and request bodies against a server on 127.0.0.1 that writes its replies piece by piece.

tests/features/streaming.yaml: an event stream of Chunks (OpenAI's way: the media type's schema is
each event's data), one of text, JSON lines, a binary download and a binary upload. The server
waits on threading.Events the client side sets, so "handed over before the next was sent" is
shown without timing anything.
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from servers.clients import generated_package, run
from servers.streaming import Exchange, StreamServer

SPEC = Path(__file__).resolve().parent / "features" / "streaming.yaml"
PACKAGE = "streaming_client"
MODES = ["sync", "async"]
SSE = {"Content-Type": "text/event-stream"}
WAIT = 10.0  # seconds a server waits for the client side before giving up (a failure, never a pass)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generated_package(tmp_path_factory.mktemp("streaming"), SPEC, PACKAGE)


@pytest.fixture(scope="module")
def module_server() -> Iterator[StreamServer]:
    with StreamServer() as server:
        yield server


@pytest.fixture
def server(module_server: StreamServer) -> Iterator[StreamServer]:
    module_server.reset()
    yield module_server
    assert not module_server.errors, module_server.errors


def collect(
    mode: str, server: StreamServer, call: Callable[[Any], Any], on_item: Callable[[Any], Any] = id, **settings: Any
) -> list[Any]:
    """Every item of the stream ``call(client)`` returns, ``on_item`` called on each as it is handed over."""

    def use_sync(c: Any) -> list[Any]:
        out = []
        with call(c) as stream:
            for item in stream:
                out.append(item)
                on_item(item)
        return out

    async def use_async(c: Any) -> list[Any]:
        out = []
        async with await call(c) as stream:
            async for item in stream:
                out.append(item)
                on_item(item)
        return out

    return run(mode, PACKAGE, server.url, use_sync if mode == "sync" else use_async, max_retries=0, **settings)


def events_of(mode: str, server: StreamServer, call: Callable[[Any], Any]) -> list[Any]:
    def use_sync(c: Any) -> list[Any]:
        return list(call(c).events())

    async def use_async(c: Any) -> list[Any]:
        return [e async for e in (await call(c)).events()]

    return run(mode, PACKAGE, server.url, use_sync if mode == "sync" else use_async, max_retries=0)


def completion(c: Any) -> Any:
    return c.create_completion(body=c_module().Prompt(text="hi"))


def c_module() -> Any:
    import importlib

    return importlib.import_module(f"{PACKAGE}.models")


@pytest.mark.parametrize("mode", MODES)
def test_each_event_is_handed_over_before_the_server_sends_the_next(
    client: ModuleType, server: StreamServer, mode: str
) -> None:
    seen = [threading.Event(), threading.Event()]
    waited: list[bool] = []

    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b'data: {"index": 0, "text": "a"}\n\n')
        waited.append(seen[0].wait(WAIT))
        ex.write(b': keep-alive\n\ndata: {"index": 1,\ndata: "text": "b"}\n\n')
        waited.append(seen[1].wait(WAIT))
        ex.write(b"data: [DONE]\n\n")

    server.respond = respond
    items = collect(mode, server, completion, lambda item: seen[item.index].set())
    assert [(i.index, i.text) for i in items] == [(0, "a"), (1, "b")]
    assert type(items[0]).__name__ == "Chunk"
    assert waited == [True, True]  # the server sent each next event only after the client had the last


@pytest.mark.parametrize("mode", MODES)
def test_event_id_and_retry_are_read_and_line_ends_of_every_kind_work(
    client: ModuleType, server: StreamServer, mode: str
) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b'\xef\xbb\xbfevent: delta\r\nid: 7\rretry: 3000\ndata: {"index": 0}\r')
        ex.write(b'\n\r\ndata:{"index": 1}\n\nretry: soon\nid\ndata: {"index": 2}\n\n')
        ex.write(b'data: {"index": 3}')  # no empty line: never dispatched

    server.respond = respond
    events = events_of(mode, server, completion)
    shown = [(e.data.index, e.event, e.id, e.retry) for e in events]
    assert shown == [(0, "delta", "7", 3000), (1, "message", "7", None), (2, "message", "", None)]


@pytest.mark.parametrize("mode", MODES)
def test_text_events_are_str(client: ModuleType, server: StreamServer, mode: str) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b"data: first\ndata: second line\n\nevent: ping\ndata\n\n")

    server.respond = respond
    assert collect(mode, server, lambda c: c.listen_notices()) == ["first\nsecond line", ""]


@pytest.mark.parametrize("mode", MODES)
def test_a_break_closes_the_connection(client: ModuleType, server: StreamServer, mode: str) -> None:
    closed: list[bool] = []

    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b'data: {"index": 0}\n\n')
        closed.append(ex.wait_closed())

    server.respond = respond

    def use_sync(c: Any) -> None:
        for _ in c.create_completion(body=c_module().Prompt(text="hi")):
            break

    async def use_async(c: Any) -> None:
        async with await c.create_completion(body=c_module().Prompt(text="hi")) as stream:
            async for _ in stream:
                break

    run(mode, PACKAGE, server.url, use_sync if mode == "sync" else use_async)
    _wait_for(closed)
    assert closed == [True]  # the server saw the connection closed, not left to the pool or the end


@pytest.mark.parametrize("mode", MODES)
def test_data_that_does_not_fit_raises_the_decode_error_with_its_path_and_closes(
    client: ModuleType, server: StreamServer, mode: str
) -> None:
    closed: list[bool] = []

    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b'data: {"index": 0}\n\ndata: {"index": "one"}\n\n')
        closed.append(ex.wait_closed())

    server.respond = respond
    got: list[Any] = []
    with pytest.raises(client.ResponseDecodeError) as caught:
        collect(mode, server, completion, got.append)
    assert [i.index for i in got] == [0]
    assert caught.value.cause.path == ("index",)
    assert "event 2 of the 200 response of POST" in str(caught.value)
    assert "index: expected" in str(caught.value)
    assert caught.value.body == b'{"index": "one"}'
    _wait_for(closed)
    assert closed == [True]


@pytest.mark.parametrize("mode", MODES)
def test_a_line_longer_than_max_response_bytes_raises_event_too_large(
    client: ModuleType, server: StreamServer, mode: str
) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b'data: {"index": 0}\n\n')
        ex.write(b'data: {"index": 1, "text": "' + b"x" * 500)
        ex.wait_closed()

    server.respond = respond
    with pytest.raises(client.EventTooLargeError) as caught:
        collect(mode, server, completion, max_response_bytes=100)
    assert caught.value.limit == 100
    assert "max_response_bytes=100" in str(caught.value)
    assert isinstance(caught.value, client.ResponseTooLargeError)


@pytest.mark.parametrize("mode", MODES)
def test_an_event_of_many_short_lines_is_bounded_too(client: ModuleType, server: StreamServer, mode: str) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b"data: 1\n" * 100)
        ex.wait_closed()

    server.respond = respond
    with pytest.raises(client.EventTooLargeError, match="an event of the 200 response"):
        collect(mode, server, lambda c: c.listen_notices(), max_response_bytes=300)


@pytest.mark.parametrize("mode", MODES)
def test_json_lines_arrive_one_by_one_and_a_bad_line_names_its_path(
    client: ModuleType, server: StreamServer, mode: str
) -> None:
    seen = threading.Event()
    waited: list[bool] = []

    def respond(ex: Exchange) -> None:
        ex.head(200, {"Content-Type": "application/x-ndjson"})
        ex.write(b'{"index": 0}\n')
        waited.append(seen.wait(WAIT))
        ex.write(b'\n{"index": 1}\r\n{"index": 2}')

    server.respond = respond
    items = collect(mode, server, lambda c: c.export_chunks(), lambda item: seen.set())
    assert [i.index for i in items] == [0, 1, 2] and waited == [True]

    server.respond = lambda ex: (ex.head(200, {}), ex.write(b'{"index": 0}\n{"text": "no index"}\n'))
    with pytest.raises(client.ResponseDecodeError, match="line 2 of the 200 response") as caught:
        collect(mode, server, lambda c: c.export_chunks())
    assert caught.value.cause.path == ("index",)  # required, and missing
    assert "index" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_sends_accept_for_its_media_type(client: ModuleType, server: StreamServer, mode: str) -> None:
    server.respond = lambda ex: (ex.head(200, SSE), ex.write(b"data: [DONE]\n\n"))
    assert collect(mode, server, completion) == []
    assert server.headers[0]["accept"] == "text/event-stream"


BIG = bytes(range(256)) * 400  # 102,400 bytes


def _download(ex: Exchange) -> None:
    ex.head(200, {"Content-Type": "application/octet-stream", "Content-Length": str(len(BIG))})
    for at in range(0, len(BIG), 10_000):
        ex.write(BIG[at : at + 10_000])


@pytest.mark.parametrize("mode", MODES)
def test_a_download_larger_than_max_response_bytes_streams_to_a_file(
    client: ModuleType, server: StreamServer, mode: str, tmp_path: Path
) -> None:
    server.respond = _download
    target = tmp_path / "file.bin"

    def use_sync(c: Any) -> tuple[int, int, int]:
        with c.with_streaming_response.download_file(name="a") as response:
            written = response.write_to_file(target)
        with c.with_streaming_response.download_file(name="a") as response:
            size = sum(len(chunk) for chunk in response.iter_bytes(4096))
        return response.status_code, written, size

    async def use_async(c: Any) -> tuple[int, int, int]:
        async with c.with_streaming_response.download_file(name="a") as response:
            written = await response.write_to_file(target)
        async with c.with_streaming_response.download_file(name="a") as response:
            size = sum([len(chunk) async for chunk in response.iter_bytes(4096)])
        return response.status_code, written, size

    result = run(mode, PACKAGE, server.url, use_sync if mode == "sync" else use_async, max_response_bytes=1000)
    assert result == (200, len(BIG), len(BIG))
    assert target.read_bytes() == BIG
    with pytest.raises(client.ResponseTooLargeError):  # the same call, read whole, is refused
        run(mode, PACKAGE, server.url, lambda c: c.download_file(name="a"), max_response_bytes=1000)


@pytest.mark.parametrize("mode", MODES)
def test_a_streamed_response_reads_lines_and_parses(client: ModuleType, server: StreamServer, mode: str) -> None:
    server.respond = lambda ex: (ex.head(200, {}), ex.write(b"one\r\ntwo\nthree"))

    def use_sync(c: Any) -> list[str]:
        with c.with_streaming_response.download_file(name="a") as response:
            return list(response.iter_lines())

    async def use_async(c: Any) -> list[str]:
        async with c.with_streaming_response.download_file(name="a") as response:
            return [line async for line in response.iter_lines()]

    assert run(mode, PACKAGE, server.url, use_sync if mode == "sync" else use_async) == ["one", "two", "three"]

    def parsed_sync(c: Any) -> Any:
        with c.with_streaming_response.download_file(name="a") as response:
            return response.parse()

    async def parsed_async(c: Any) -> Any:
        async with c.with_streaming_response.download_file(name="a") as response:
            return await response.parse()

    assert run(mode, PACKAGE, server.url, parsed_sync if mode == "sync" else parsed_async) == b"one\r\ntwo\nthree"


def _stored(ex: Exchange) -> None:
    ex.head(204, {"Content-Length": "0"})


@pytest.mark.parametrize("mode", MODES)
def test_an_upload_from_a_generator_is_streamed(client: ModuleType, server: StreamServer, mode: str) -> None:
    server.respond = _stored

    def chunks() -> Iterator[bytes]:
        yield b"first,"
        yield b"second"

    async def achunks() -> AsyncIterator[bytes]:
        yield b"first,"
        await asyncio.sleep(0)
        yield b"second"

    body = chunks() if mode == "sync" else achunks()
    run(mode, PACKAGE, server.url, lambda c: c.upload_file(name="a", body=body))
    assert server.bodies == [b"first,second"]
    assert server.headers[0]["transfer-encoding"] == "chunked"
    assert server.headers[0]["content-type"] == "application/octet-stream"


@pytest.mark.parametrize("mode", MODES)
def test_a_one_shot_body_is_never_retried(client: ModuleType, server: StreamServer, mode: str) -> None:
    server.respond = lambda ex: ex.head(503, {"Content-Length": "0"})
    with pytest.raises(client.InternalServerError):
        run(mode, PACKAGE, server.url, lambda c: c.upload_file(name="a", body=(b for b in [b"x"]), max_retries=3))
    assert len(server.bodies) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_seekable_file_is_sent_again_from_where_it_stood(client: ModuleType, server: StreamServer, mode: str) -> None:
    replies = iter([503, 204])
    server.respond = lambda ex: ex.head(next(replies), {"Content-Length": "0"})
    file = io.BytesIO(b"skip:the file")
    file.seek(5)
    run(mode, PACKAGE, server.url, lambda c: c.upload_file(name="a", body=file), max_retries=1)
    assert server.bodies == [b"the file", b"the file"]
    assert server.headers[0]["content-length"] == "8"


def _wait_for(flags: list[bool]) -> None:
    for _ in range(int(WAIT * 100)):
        if flags:
            return
        threading.Event().wait(0.01)


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_stream_ends_at_the_deadline_with_the_typed_error(
    client: ModuleType, server: StreamServer, mode: str
) -> None:
    def respond(ex: Exchange) -> None:
        ex.head(200, SSE)
        ex.write(b'data: {"index": 0}\n\n')
        ex.wait_closed()  # then nothing more: the client's deadline ends the call

    server.respond = respond
    got: list[Any] = []
    with pytest.raises(client.APITimeoutError):
        collect(mode, server, completion, got.append, deadline=0.5)
    assert [i.index for i in got] == [0]
