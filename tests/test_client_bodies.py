"""Every kind of request body, response body, parameter location and credential the clients send,
on tests/features/http.yaml: the exact bytes and headers a scripted server on 127.0.0.1 receives,
and every operation accepted by Prism (which checks requests against the spec)."""

from __future__ import annotations

import base64
import importlib
import io
import logging
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from types import ModuleType
from typing import Any, cast
from urllib.parse import parse_qsl

import pytest
from conftest import run_generator
from servers.clients import run
from servers.prism import prism_mock, require_prism
from servers.scripted import Received, Reply, ScriptedServer

SPEC = Path(__file__).resolve().parent / "features" / "http.yaml"
PACKAGE = "http_client"
MODES = ["sync", "async"]
CREDENTIALS = {"username": "AC-user", "password": "p@ss:word", "session_id": "sess 1", "token": "oauth-token"}
SENT = {"sid": "SM1", "status": "queued"}


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The feature spec's package, generated with the CLI into a folder on sys.path."""
    folder = tmp_path_factory.mktemp("http_features")
    done = run_generator(SPEC, "--out", folder, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # every operation, parameter and scheme is supported: no warning
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    yield importlib.import_module(f"{PACKAGE}.models")
    sys.path.remove(str(folder))


def call(mode: str, server: ScriptedServer, use: Any, **settings: Any) -> Any:
    return run(mode, PACKAGE, server.url, use, **{**CREDENTIALS, **settings})


def form(received: Received) -> list[tuple[str, str]]:
    assert received.headers["content-type"] == "application/x-www-form-urlencoded"
    return parse_qsl(received.body.decode("ascii"), keep_blank_values=True, strict_parsing=True)


def multipart(received: Received) -> list[tuple[str | None, str | None, str | None, bytes]]:
    """(name, filename, content type, content) of each part, in order."""
    content_type = received.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + received.body)
    parts = []
    for part in cast(EmailMessage, message).iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        parts.append((str(name), part.get_filename(), part["content-type"], data))
    return parts


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


# --- request bodies -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_form_body_is_the_models_json_form_field_by_field(
    server: ScriptedServer, models: ModuleType, mode: str
) -> None:
    message = models.Message(
        to="+1 555 0100",
        body="héllo & bye=1",
        media_url=["https://x/a.png", "https://x/b.png"],
        send_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        attempt=2,
        urgent=True,
        note=None,
        filter=models.MessageFilter(kind="sms", level=3),
        tags=["p", "q"],
        meta=models.MessageMeta(source="api"),
    )
    server.script(Reply(201, SENT))
    sent = call(mode, server, lambda c: c.send_message(body=message))
    assert sent.to_dict() == SENT
    received = server.received[0]
    assert form(received) == [
        ("To", "+1 555 0100"),
        ("Body", "héllo & bye=1"),
        ("MediaUrl", "https://x/a.png"),  # an array: the name repeated (form, exploded)
        ("MediaUrl", "https://x/b.png"),
        ("SendAt", "2024-01-02T03:04:05Z"),
        ("Attempt", "2"),
        ("Urgent", "true"),
        ("Note", ""),  # null: the name with an empty value
        ("Filter[kind]", "sms"),  # encoding: deepObject
        ("Filter[level]", "3"),
        ("Tags", "p|q"),  # encoding: pipeDelimited
        ("Meta", '{"source":"api"}'),  # encoding: contentType application/json
    ]
    assert received.headers["authorization"] == basic("AC-user", "p@ss:word")
    assert received.headers["cookie"] == "session_id=sess%201"


@pytest.mark.parametrize("mode", MODES)
def test_a_multipart_body_sends_files_text_and_json_parts_in_order(
    server: ScriptedServer, models: ModuleType, mode: str, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x00binary")
    server.script(Reply(201, SENT))
    with photo.open("rb") as file:
        use = lambda c: c.upload_file(  # noqa: E731
            name="report",
            file=file,
            extra=[b"one", ("two.txt", io.BytesIO(b"two"), "text/plain")],
            size=3,
            colour=models.Colour.RED,
            labels=["x", "y"],
            attributes=models.UploadFileRequestAttributes(parent="folder-1"),
        )
        assert call(mode, server, use).to_dict() == SENT
    assert multipart(server.received[0]) == [
        ("name", None, None, b"report"),
        ("file", "photo.png", "image/png", b"\x89PNG\r\n\x00binary"),  # encoding: contentType image/png
        ("extra", "extra", "application/octet-stream", b"one"),
        ("extra", "two.txt", "text/plain", b"two"),
        ("size", None, None, b"3"),
        ("colour", None, None, b"red"),
        ("labels", None, None, b"x"),
        ("labels", None, None, b"y"),
        ("attributes", None, "application/json", b'{"parent":"folder-1"}'),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_a_retried_upload_sends_the_same_parts_again(server: ScriptedServer, models: ModuleType, mode: str) -> None:
    server.script(Reply(503), Reply(201, SENT))
    use = lambda c: c.upload_file(name="n", file=io.BytesIO(b"content"), max_retries=1)  # noqa: E731
    call(mode, server, use, backoff=importlib.import_module(f"{PACKAGE}.client").Backoff(base=0.001, cap=0.002))
    first, second = server.received
    assert (
        multipart(first) == multipart(second) == [("name", None, None, b"n"), ("file", "file", "image/png", b"content")]
    )


@pytest.mark.parametrize("mode", MODES)
def test_binary_and_text_bodies_and_responses(server: ScriptedServer, models: ModuleType, mode: str) -> None:
    server.script(
        Reply(204),
        Reply(200, b"\x00\xffbytes", {"Content-Type": "application/octet-stream"}),
        Reply(202),
        Reply(200, "stored ✓", {"Content-Type": "text/plain; charset=utf-8"}),
    )

    def use(c: Any) -> Any:
        if mode == "sync":
            return [
                c.put_content(file_id="a/b", body=io.BytesIO(b"\x00\x01raw")),
                c.get_content(file_id="a/b"),
                c.get_content(file_id="a/b"),
                c.add_note(body="line 1\nünï"),
            ]

        async def all_of() -> list[Any]:
            return [
                await c.put_content(file_id="a/b", body=b"\x00\x01raw"),
                await c.get_content(file_id="a/b"),
                await c.get_content(file_id="a/b"),
                await c.add_note(body="line 1\nünï"),
            ]

        return all_of()

    assert call(mode, server, use) == [None, b"\x00\xffbytes", None, "stored ✓"]  # 200: bytes, 202: no body
    put, get, _, note = server.received
    assert (put.path, put.headers["content-type"], put.body) == (
        "/files/a%2Fb/content",
        "application/octet-stream",
        b"\x00\x01raw",
    )
    assert get.headers["accept"] == "application/octet-stream" and "content-type" not in get.headers
    assert (note.headers["content-type"], note.body) == ("text/plain", "line 1\nünï".encode())
    assert note.headers["accept"] == "text/plain"


@pytest.mark.parametrize("mode", MODES)
def test_of_several_media_types_json_is_sent(server: ScriptedServer, models: ModuleType, mode: str) -> None:
    server.script(Reply(204))
    assert call(mode, server, lambda c: c.add_note_preferred(body=models.Accepted(queue="q"))) is None
    received = server.received[0]
    assert (received.headers["content-type"], received.body) == ("application/json", b'{"queue":"q"}')


# --- responses ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_2xx_responses_of_different_schemas_are_decoded_by_status(
    server: ScriptedServer, models: ModuleType, mode: str
) -> None:
    server.script(Reply(200, SENT), Reply(202, {"queue": "slow"}), Reply(204))
    results = [call(mode, server, lambda c: c.start_job()) for _ in range(3)]
    assert [type(r) for r in results] == [models.Sent, models.Accepted, type(None)]
    assert results[1].queue == "slow"
    assert all(r.headers["authorization"] == "Bearer oauth-token" for r in server.received)  # OAuth 2: the token
    assert all("cookie" not in r.headers for r in server.received)  # only its own scheme is sent


def test_the_raw_response_of_a_union_parses_by_its_status(server: ScriptedServer, models: ModuleType) -> None:
    server.script(Reply(202, {"queue": "q"}))
    response = call("sync", server, lambda c: c.with_raw_response.start_job())
    assert response.status_code == 202 and isinstance(response.parse(), models.Accepted)


# --- parameters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_cookies_nullable_parameters_unions_and_styles(server: ScriptedServer, models: ModuleType, mode: str) -> None:
    server.script(Reply(200, [SENT]), Reply(200, []))
    use = lambda c: c.search(  # noqa: E731
        tracking="t=1;2",
        theme="dark",
        since=None,
        owner=None,
        shared=True,
        mode="fast",
        x_trace=None,
        filter={"kind": "sms", "to": "a b"},
        ids=[1, 2],
    )
    assert [s.sid for s in call(mode, server, use)] == ["SM1"]
    call(
        mode,
        server,
        lambda c: c.search(tracking="t", since=datetime(2024, 5, 1, tzinfo=UTC), shared="yes", x_trace="tr"),
    )
    first, second = server.received
    assert first.query == [
        ("since", ""),  # None: the name with an empty value
        ("owner", ""),
        ("shared", "true"),  # the boolean member of string | boolean
        ("mode", "fast"),
        ("filter[kind]", "sms"),  # deepObject
        ("filter[to]", "a b"),
        ("ids", "1 2"),  # spaceDelimited
    ]
    assert "x-trace" not in first.headers  # None: a header has no empty form, so it is left out
    assert first.headers["cookie"] == "tracking=t=1%3B2; theme=dark"  # security: [], so no session cookie
    assert "authorization" not in first.headers
    assert second.query == [("since", "2024-05-01T00:00:00Z"), ("shared", "yes")]
    assert (second.headers["x-trace"], second.headers["cookie"]) == ("tr", "tracking=t")


def test_basic_auth_and_cookie_credentials_stay_out_of_repr_and_logs(
    server: ScriptedServer, models: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    client_module = importlib.import_module(f"{PACKAGE}.client")
    caplog.set_level(logging.DEBUG)
    server.script(Reply(503, {"message": "busy"}), Reply(500, {"message": "down"}))
    settings = {"username": "user-SECRET", "password": "pass-SECRET", "session_id": "cookie-SECRET"}
    with client_module.Client(base_url=server.url, max_retries=1, **settings) as client:
        shown = repr(client) + repr(vars(client)) + repr(client.with_raw_response)
        with pytest.raises(client_module.InternalServerError) as caught:
            client.get_content(file_id="f")
        shown += repr(vars(client))  # with the credentials of a call worked out
    shown += str(caught.value) + repr(caught.value) + repr(caught.value.response) + caplog.text
    assert "retrying GET /files/f/content" in caplog.text
    assert "SECRET" not in shown and basic("user-SECRET", "pass-SECRET")[6:] not in shown
    assert "basic" in repr(client) and "session" in repr(client)


# --- Prism: every operation, as the spec describes it ------------------------------------------


@pytest.fixture(scope="module")
def prism_url(models: ModuleType) -> Iterator[str]:
    require_prism()
    with prism_mock(SPEC) as url:
        yield url


@pytest.mark.slow  # Prism
def test_prism_accepts_every_operation_as_sent(prism_url: str, models: ModuleType) -> None:
    """What Prism can't read is left out (the scripted tests above check it): repeated form keys, which it
    reads as one value (stoplightio/prism#2473); JSON parts of a multipart body, which it reads as text;
    spaceDelimited integers, which it doesn't convert. Tags is sent: Prism expects it whenever the spec
    gives it an encoding."""
    client_module = importlib.import_module(f"{PACKAGE}.client")
    message = models.Message(
        to="+1555", body="hi", attempt=1, urgent=False, filter=models.MessageFilter(kind="k"), tags=["p", "q"]
    )
    with client_module.Client(base_url=prism_url, **CREDENTIALS) as client:
        assert isinstance(client.send_message(body=message), models.Sent)
        assert isinstance(client.upload_file(name="n", file=b"\x89PNG", size=1), models.Sent)
        assert client.put_content(file_id="f", body=b"\x00\x01") is None
        assert isinstance(client.get_content(file_id="f"), bytes | None)
        assert isinstance(client.add_note(body="a note"), str)
        assert client.add_note_preferred(body=models.Accepted(queue="q")) is None
        assert isinstance(client.start_job(), models.Sent | models.Accepted | None)
        found = client.search(tracking="t", theme="d", owner="me", shared=True, mode="fast", x_trace="tr")
        assert all(isinstance(s, models.Sent) for s in found)


# --- the style rules, without a server -----------------------------------------------------------


def test_the_style_helpers_follow_the_openapi_style_table(models: ModuleType) -> None:
    encoding = importlib.import_module(f"{PACKAGE}._encoding")
    colour = ["blue", "black"]
    point = {"R": 100, "G": 200}
    assert encoding.style_pairs("color", colour) == [("color", "blue"), ("color", "black")]
    assert encoding.style_pairs("color", colour, "form", False) == [("color", "blue,black")]
    assert encoding.style_pairs("color", point) == [("R", "100"), ("G", "200")]
    assert encoding.style_pairs("color", point, "form", False) == [("color", "R,100,G,200")]
    assert encoding.style_pairs("color", point, "deepObject") == [("color[R]", "100"), ("color[G]", "200")]
    assert encoding.style_pairs("color", {"a": {"b": True}}, "deepObject") == [("color[a][b]", "true")]
    assert encoding.style_pairs("color", colour, "spaceDelimited", False) == [("color", "blue black")]
    assert encoding.style_pairs("color", None) == [("color", "")]
    assert (encoding.simple_text(colour), encoding.simple_text(point), encoding.simple_text(point, True)) == (
        "blue,black",
        "R,100,G,200",
        "R=100,G=200",
    )
    assert [encoding.wire_text(v) for v in ("x", 1, 1.5, False, None, [1, "a"])] == [
        "x",
        "1",
        "1.5",
        "false",
        "",
        '[1,"a"]',
    ]
    assert encoding.form_body({"a": "x y", "b": [1, 2], "c": None}) == b"a=x+y&b=1&b=2&c="
    assert encoding.cookie_header([("a", 'x y;z,"q"'), ("b", "=/:")]) == "a=x%20y%3Bz%2C%22q%22; b==/:"
