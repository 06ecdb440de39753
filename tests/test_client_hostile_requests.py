"""What a hostile caller's values or a hostile server's redirect can make the clients send, and where
secrets may show (issue 21, items 2, 3 and 11), against scripted servers on 127.0.0.1 that record
the request line as it came over the wire."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from servers.clients import client_module, generated_package, run
from servers.scripted import Reply, ScriptedServer

MODES = ["sync", "async"]
PACKAGE = "hostile_client"
SPEC = Path(__file__).resolve().parent / "features" / "hostile_client.yaml"
SECRETS = {"api_key": "hdr-SECRET", "api_key_2": "qry-SECRET", "session": "ck-SECRET"}
BASIC = {"username": "user", "password": "pw-SECRET"}
ITEM = {"id": "a", "price": 1.5}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """tests/features/hostile_client.yaml's package: its client module."""
    return generated_package(tmp_path_factory.mktemp("hostile"), SPEC, PACKAGE)


@pytest.fixture(scope="module")
def module_other_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


@pytest.fixture
def other_server(module_other_server: ScriptedServer) -> ScriptedServer:
    """A second server on 127.0.0.1: another port, so another origin."""
    module_other_server.reset()
    return module_other_server


def call(mode: str, base_url: str, use: Any, **settings: Any) -> Any:
    return run(mode, PACKAGE, base_url, use, **{**SECRETS, **BASIC, "max_retries": 0, **settings})


def shown(exc: BaseException) -> str:
    """Everything an exception shows: str and repr of it and of every exception chained to it."""
    text = ""
    seen: BaseException | None = exc
    while seen is not None:
        text += str(seen) + repr(seen) + repr(seen.args)
        seen = seen.__cause__ or seen.__context__
    return text


# --- item 2: a path parameter stays in its segment --------------------------------------------


DOT_SEGMENTS = {
    ".": "/api/items/%2E",
    "..": "/api/items/%2E%2E",
    "...": "/api/items/%2E%2E%2E",
    "a/../b": "/api/items/a%2F..%2Fb",
    "?x=1#y": "/api/items/%3Fx%3D1%23y",
    "%2E%2E": "/api/items/%252E%252E",
    "../../admin": "/api/items/..%2F..%2Fadmin",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", sorted(DOT_SEGMENTS))
def test_a_path_parameter_never_leaves_its_segment(
    hostile: ModuleType, server: ScriptedServer, mode: str, value: str
) -> None:
    server.script(Reply(204), Reply(200, []))
    call(mode, server.url + "/api", lambda c: c.delete_item(id=value), api_key_2=None)  # no query
    call(mode, server.url + "/api", lambda c: c.list_children(id=value), api_key_2=None)
    lines = [r.request_line for r in server.received]
    assert lines[0] == f"DELETE {DOT_SEGMENTS[value]} HTTP/1.1"
    assert lines[1] == f"GET {DOT_SEGMENTS[value]}/children HTTP/1.1"


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_path_parameter_is_refused_before_anything_is_sent(
    hostile: ModuleType, server: ScriptedServer, mode: str
) -> None:
    with pytest.raises(ValueError, match="path parameter id is empty"):
        call(mode, server.url + "/api", lambda c: c.delete_item(id=""))
    assert server.received == []


# --- item 3: credentials go only to the base URL's origin ------------------------------------


def through(mode: str, base_url: str, use: Any, http_settings: dict[str, Any], **settings: Any) -> Any:
    """``use(client)``, the client sending with a caller's own httpx client made with ``http_settings``."""
    if mode == "sync":
        with httpx.Client(**http_settings) as http_client:
            return call(mode, base_url, use, http_client=http_client, **settings)

    async def use_async(client: Any) -> Any:
        async with httpx.AsyncClient(**http_settings) as http_client:
            return await use(client.with_options(http_client=http_client))

    return call(mode, base_url, use_async, **settings)


def follow(mode: str, base_url: str, use: Any) -> Any:
    """``use(client)``, the client sending with a caller's httpx client that follows redirects."""
    return through(mode, base_url, use, {"follow_redirects": True})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_to_another_origin_gets_no_credential(
    hostile: ModuleType, server: ScriptedServer, other_server: ScriptedServer, mode: str, status: int
) -> None:
    other_server.script(Reply(200, ITEM))
    # the server may echo the query credential, and add a user of its own
    location = other_server.url.replace("//", "//evil:evil-SECRET@") + "/elsewhere?x=1&api_key=qry-SECRET"
    server.script(Reply(status, b"", {"Location": location}))
    item = follow(mode, server.url + "/api", lambda c: c.get_item(id="a"))
    assert item.id == "a"  # followed, as the caller's httpx client asks
    sent = server.received[0]
    assert (sent.headers["x-api-key"], dict(sent.query)["api_key"]) == ("hdr-SECRET", "qry-SECRET")
    assert "ck-SECRET" in sent.headers["cookie"] and sent.headers["authorization"].startswith("Basic ")
    hop = other_server.received[0]
    assert (hop.path, hop.query) == ("/elsewhere", [("x", "1")])
    assert not {"x-api-key", "cookie", "authorization"} & set(hop.headers)
    assert "SECRET" not in repr(hop)


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_within_the_origin_keeps_the_credentials(
    hostile: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(307, b"", {"Location": "/api/items/b?api_key=qry-SECRET"}), Reply(200, ITEM))
    follow(mode, server.url + "/api", lambda c: c.get_item(id="a"))
    hop = server.received[1]
    assert (hop.path, hop.headers["x-api-key"]) == ("/api/items/b", "hdr-SECRET")
    assert hop.headers["authorization"].startswith("Basic ")


@pytest.mark.parametrize("mode", MODES)
def test_a_client_that_does_not_follow_redirects_raises_the_3xx(
    hostile: ModuleType, server: ScriptedServer, other_server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(307, b"", {"Location": other_server.url + "/elsewhere"}))
    with pytest.raises(hostile.APIStatusError) as caught:
        call(mode, server.url + "/api", lambda c: c.get_item(id="a"))
    assert caught.value.status_code == 307
    assert other_server.received == []


# --- item 11: no secret in any message, repr or chained exception -----------------------------


BAD_SECRETS = {
    "a trailing newline": "tok-SECRET\n",
    "a header injected after CR LF": "tok-SECRET\r\nX-Evil: 1",
    "a NUL": "tok-\x00SECRET",
    "a character that is not ASCII": "tök-SECRET",
}


@pytest.mark.parametrize("case", sorted(BAD_SECRETS))
@pytest.mark.parametrize("argument", ["token", "hub_id"])
def test_a_header_credential_httpx_could_not_send_is_refused_when_the_client_is_made(argument: str, case: str) -> None:
    errors = client_module("cycle_client")
    for client_class in (errors.Client, errors.AsyncClient):
        with pytest.raises(ValueError, match=f"{argument}=") as caught:
            client_class(base_url="http://127.0.0.1:1", **{argument: BAD_SECRETS[case]})
        assert type(caught.value) is ValueError
        assert "SECRET" not in shown(caught.value)


def test_client_headers_httpx_could_not_send_are_refused_when_the_client_is_made(hostile: ModuleType) -> None:
    with pytest.raises(ValueError, match="headers=") as caught:
        hostile.Client(headers={"X-Team": "ops-SECRET\n"})
    assert "SECRET" not in shown(caught.value)
    with pytest.raises(ValueError, match="not a valid header name"):
        hostile.Client(headers={"X Team": "ops"})


@pytest.mark.parametrize("mode", MODES)
def test_a_call_header_httpx_could_not_send_is_refused_before_anything_is_sent(
    hostile: ModuleType, server: ScriptedServer, mode: str
) -> None:
    use = lambda c: c.get_item(id="a", extra_headers={"X-Trace": "t-SECRET\r\nX-Evil: 1"})  # noqa: E731
    with pytest.raises(ValueError, match="extra_headers") as caught:
        call(mode, server.url, use, max_retries=2)
    assert "SECRET" not in shown(caught.value)
    assert server.received == []


@pytest.mark.parametrize("mode", MODES)
def test_a_header_httpx_refuses_to_write_is_neither_retried_nor_quoted(
    hostile: ModuleType, server: ScriptedServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A caller's own httpx client with a header h11 refuses: httpx quotes the value in its error."""
    caplog.set_level(logging.INFO, logger=PACKAGE)
    use = lambda c: c.get_item(id="a")  # noqa: E731
    with pytest.raises(hostile.APIConnectionError) as caught:
        through(mode, server.url, use, {"headers": {"X-Caller-Secret": "c-SECRET\n"}}, max_retries=2)
    assert "SECRET" not in shown(caught.value)
    assert "retrying" not in caplog.text
    assert server.received == []


@pytest.mark.parametrize("mode", MODES)
def test_a_password_in_the_base_url_shows_nowhere(
    hostile: ModuleType, server: ScriptedServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=PACKAGE)  # httpx's own logger shows the URL as it is: it stays off
    base_url = server.url.replace("http://", "http://admin:url-SECRET@") + "/api"
    server.script(Reply(503), Reply(404, {"error": "no"}), Reply(200, b"not json"))
    errors_shown = call(mode, base_url, shown_by_errors if mode == "sync" else shown_by_async_errors)
    assert server.received[0].headers["authorization"].startswith("Basic ")  # httpx sends the URL's user
    assert "url-SECRET" not in errors_shown + caplog.text


EXPECTED = ("NotFoundError", "ResponseDecodeError")


def shown_by_errors(client: Any) -> str:
    """repr(client), and all that the errors of two calls show (a 503 then 404, then a 2xx not JSON)."""
    text = repr(client) + repr(client.with_raw_response)
    for kind in EXPECTED:
        try:
            client.get_item(id="a", max_retries=1)
        except getattr(client_module(PACKAGE), kind) as exc:
            text += shown(exc)
        else:
            raise AssertionError(f"no {kind}")
    return text


async def shown_by_async_errors(client: Any) -> str:
    text = repr(client) + repr(client.with_raw_response)
    for kind in EXPECTED:
        try:
            await client.get_item(id="a", max_retries=1)
        except getattr(client_module(PACKAGE), kind) as exc:
            text += shown(exc)
        else:
            raise AssertionError(f"no {kind}")
    return text
