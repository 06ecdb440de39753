"""What bounds a call against a hostile server (issue 21, items 7 to 10): a body's size (a gzip bomb,
an endless chunked body), a total deadline (a slow drip), the pages a pager reads, and numbers
that are not JSON; against scripted servers on 127.0.0.1 (and an httpx.MockTransport for 1,000 pages)."""

from __future__ import annotations

import gzip
import importlib
import json
import time
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

import httpx
import pytest
from servers.clients import client_module, every, every_page, generated_package, run
from servers.scripted import Reply, ScriptedServer

MODES = ["sync", "async"]
PACKAGE = "hostile_client"
SPEC = Path(__file__).resolve().parent / "features" / "hostile_client.yaml"
ITEM = {"id": "a", "price": 1.5}
KIB, MIB = 1024, 1024 * 1024
GENEROUS = 30.0  # seconds: a bound no passing run comes near, only one that waits for the server


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """tests/features/hostile_client.yaml's package: its client module."""
    return generated_package(tmp_path_factory.mktemp("hostile"), SPEC, PACKAGE)


def call(mode: str, server: ScriptedServer, use: Any, **settings: Any) -> Any:
    return run(mode, PACKAGE, server.url, use, **{"max_retries": 0, **settings})


def endless_chunks(out: BinaryIO) -> None:
    """A 200 whose chunked body never ends (here: until 256 MiB, or the client leaves)."""
    out.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"x" * (64 * KIB)
    for _ in range(4096):
        out.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        out.flush()


OK_200_BYTES = b"HTTP/1.1 200 OK\r\nContent-Length: 200\r\n\r\n"


def drip(out: BinaryIO, head: bytes = OK_200_BYTES, body: bytes = b"x" * 200) -> None:
    """A reply sent one byte every 50 ms: 10 s for this body, each byte well within any read timeout."""
    out.write(head)
    for byte in body:
        out.write(bytes([byte]))
        out.flush()
        time.sleep(0.05)


def drip_headers(out: BinaryIO) -> None:
    """Even the status line and headers one byte every 50 ms."""
    drip(out, b"", b"HTTP/1.1 200 OK\r\nX-Padding: " + b"p" * 200 + b"\r\nContent-Length: 0\r\n\r\n")


# --- item 8: a body's size is bounded --------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_bomb_stops_at_the_limit_counted_after_decompression(
    hostile: ModuleType, server: ScriptedServer, mode: str
) -> None:
    bomb = gzip.compress(b"\0" * (16 * MIB))
    assert len(bomb) < 32 * KIB
    server.script(Reply(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "application/octet-stream"}))
    with pytest.raises(hostile.ResponseTooLargeError, match=f"max_response_bytes={MIB}") as caught:
        call(mode, server, lambda c: c.get_blob(), max_response_bytes=MIB)
    assert (caught.value.limit, caught.value.status_code) == (MIB, 200)
    assert isinstance(caught.value, hostile.APIError) and len(caught.value.body) <= MIB


@pytest.mark.parametrize("mode", MODES)
def test_an_endless_chunked_body_stops_at_the_call_limit(
    hostile: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(writer=endless_chunks))
    with pytest.raises(hostile.ResponseTooLargeError) as caught:
        call(mode, server, lambda c: c.get_blob(max_response_bytes=MIB // 2))
    assert caught.value.limit == MIB // 2


@pytest.mark.parametrize("mode", MODES)
def test_a_body_within_the_limit_is_read_whole(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    body = bytes(range(256)) * 4 * KIB
    server.script(Reply(200, gzip.compress(body), {"Content-Encoding": "gzip", "Content-Type": "x/y"}))
    assert call(mode, server, lambda c: c.get_blob(), max_response_bytes=len(body)) == body


@pytest.mark.parametrize("mode", MODES)
def test_no_limit_reads_past_the_default(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    assert hostile.DEFAULT_MAX_RESPONSE_BYTES == 64 * MIB
    body = b"z" * (2 * MIB)
    server.script(Reply(200, body, {"Content-Type": "x/y"}))
    assert call(mode, server, lambda c: c.get_blob(max_response_bytes=None), max_response_bytes=MIB) == body


@pytest.mark.parametrize("mode", MODES)
def test_an_error_keeps_only_the_first_mib_of_a_body(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    errors = client_module(PACKAGE)
    huge = b"e" * (3 * MIB)
    server.script(
        Reply(500, huge, {"Content-Type": "text/plain"}),
        Reply(404, gzip.compress(huge), {"Content-Encoding": "gzip"}),
        Reply(200, huge, {"Content-Type": "application/json"}),
    )
    for expected in (errors.InternalServerError, errors.NotFoundError, errors.ResponseDecodeError):
        with pytest.raises(expected) as caught:
            call(mode, server, lambda c: c.get_item(id="a"))
        assert caught.value.body == huge[:MIB]


# --- item 9: a total deadline -----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_slow_drip_is_cut_off_at_the_call_deadline(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.script(Reply(writer=drip))
    started = time.monotonic()
    with pytest.raises(hostile.APITimeoutError, match=r"deadline of 0\.5 s"):
        call(mode, server, lambda c: c.get_blob(deadline=0.5), timeout=5.0)
    assert time.monotonic() - started < GENEROUS


@pytest.mark.parametrize("mode", MODES)
def test_the_client_deadline_covers_every_try_and_wait(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    """A Retry-After of 20 s (under the cap of 60) would be waited for: not past a deadline of 2 s."""
    server.script(Reply(503, b"", {"Retry-After": "20"}), Reply(200, ITEM))
    with pytest.raises(hostile.InternalServerError):
        call(mode, server, lambda c: c.get_item(id="a"), deadline=2.0, max_retries=3)
    assert len(server.received) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_deadline_that_leaves_time_changes_nothing(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.script(Reply(503), Reply(200, ITEM))
    item = call(mode, server, lambda c: c.get_item(id="a", deadline=GENEROUS), max_retries=1)
    assert item.id == "a"


def test_an_async_call_is_cut_off_even_while_headers_drip(hostile: ModuleType, server: ScriptedServer) -> None:
    """Async only: asyncio bounds the whole try. A sync call's read timeout is capped by the time left
    at each try; a sync server dripping its headers is bounded by httpx's timeouts (docs/security.md)."""
    server.script(Reply(writer=drip_headers))
    with pytest.raises(hostile.APITimeoutError, match="deadline"):
        call("async", server, lambda c: c.get_blob(), deadline=0.5, timeout=5.0)


def test_a_copy_keeps_the_limits_it_is_not_given(hostile: ModuleType) -> None:
    with hostile.Client(max_response_bytes=KIB, deadline=3.0, max_pages=7) as client:
        kept = client.copy(max_pages=9)
        assert (kept.max_response_bytes, kept.deadline, kept.max_pages) == (KIB, 3.0, 9)
        cleared = client.with_options(max_response_bytes=None, deadline=None)
        assert (cleared.max_response_bytes, cleared.deadline, cleared.max_pages) == (None, None, 7)


def test_limits_are_checked_when_given(hostile: ModuleType) -> None:
    for bad in ({"max_response_bytes": 0}, {"deadline": 0}, {"deadline": float("nan")}, {"max_pages": 0}):
        with pytest.raises(ValueError, match=next(iter(bad))):
            hostile.Client(**bad)


# --- item 10: pages are capped ----------------------------------------------------------------


def page(n: int, next_link: str | None) -> dict[str, Any]:
    return {"items": [{**ITEM, "id": f"i-{n}"}], "next": next_link}


@pytest.mark.parametrize("mode", MODES)
def test_a_pager_stops_at_max_pages_with_an_error(hostile: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.script(*(Reply(200, page(n, f"/items?cursor={n + 1}")) for n in range(5)))
    with pytest.raises(hostile.TooManyPagesError, match="max_pages=3") as caught:
        call(mode, server, lambda c: every(c.paginate_list_items(max_pages=3)))
    assert caught.value.max_pages == 3
    assert len(server.received) == 3


@pytest.mark.parametrize("mode", MODES)
def test_the_client_max_pages_applies_and_a_last_page_within_it_is_no_error(
    hostile: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(200, page(0, "/items?cursor=1")), Reply(200, page(1, None)))
    assert len(call(mode, server, lambda c: every_page(c.paginate_list_items()), max_pages=2)) == 2
    server.script(Reply(200, page(0, "/items?cursor=1")), Reply(200, page(1, "/items?cursor=2")))
    with pytest.raises(hostile.TooManyPagesError):
        call(mode, server, lambda c: every(c.paginate_list_items()), max_pages=2)


def test_an_endless_cursor_stops_at_the_default_of_1000_pages(hostile: ModuleType) -> None:
    served: list[str] = []

    def endless(request: httpx.Request) -> httpx.Response:
        served.append(str(request.url))
        return httpx.Response(200, json=page(len(served), f"/items?cursor={len(served)}"))

    with httpx.Client(transport=httpx.MockTransport(endless)) as http_client:
        client = hostile.Client(base_url="http://api.test", http_client=http_client)
        assert client.max_pages == hostile.DEFAULT_MAX_PAGES == 1000
        with pytest.raises(hostile.TooManyPagesError):
            list(client.paginate_list_items())
    assert len(served) == 1000


# --- item 7: NaN, Infinity and overflowing numbers are not JSON --------------------------------


NOT_JSON = {"NaN": "NaN", "Infinity": "Infinity", "-Infinity": "-Infinity", "1e999999": "1e999999"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("number", sorted(NOT_JSON))
def test_a_number_that_is_not_json_is_a_decode_error_not_a_null(
    hostile: ModuleType, server: ScriptedServer, mode: str, number: str
) -> None:
    body = f'{{"id": "a", "price": {NOT_JSON[number]}}}'.encode()
    server.script(Reply(200, body))
    with pytest.raises(hostile.ResponseDecodeError) as caught:
        call(mode, server, lambda c: c.get_item(id="a"))
    assert caught.value.body == body
    item = importlib.import_module(f"{PACKAGE}.models").Item
    with pytest.raises(ValueError):
        item.from_json(body)
    assert json.loads(item.from_json(b'{"id": "a", "price": 1e308}').to_json()) == {"id": "a", "price": 1e308}
