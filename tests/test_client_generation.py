"""How the generator reads operations: names, parameter kinds, security, x-pagination, and what
it refuses with a warning. An awkward spec's client is generated, type-checked and called."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from servers.scripted import Reply, ScriptedServer

from generator.pipeline import build_spec, generate

AWKWARD = """
openapi: 3.1.0
info: {title: Awkward, version: "1"}
servers: [{url: "https://{region}.example.com/api/", variables: {region: {default: eu}}}]
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
    digest: {type: http, scheme: digest}
  schemas:
    Client:
      type: object
      properties: {id: {type: string}}
    Page:
      type: object
      required: [items]
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Client'}}
        next: {type: string}
paths:
  /things/{thing-id}:
    parameters:
      - {name: thing-id, in: path, required: true, schema: {type: integer}}
    get:
      operationId: getThing
      security: [{key: []}]
      parameters:
        - {name: from, in: query, schema: {type: string, format: date-time}}
        - {name: timeout, in: query, schema: {type: number}}
        - {name: query, in: query, schema: {type: array, items: {type: integer}}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
        - {name: session, in: cookie, schema: {type: string}}
        - {name: Accept, in: header, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Client'}}}}
  /things:
    get:
      operationId: listThings
      x-pagination: {style: next-link, next: next, items: items}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
    post:
      operationId: upload
      requestBody: {content: {text/plain: {schema: {type: string}}}}
      responses: {"204": {description: none}}
  /broken:
    get:
      operationId: broken
      x-pagination: {style: cursor, items: nope}
      responses: {"204": {description: none}}
"""


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The awkward spec's package, generated into a temporary folder that is on sys.path."""
    folder = tmp_path_factory.mktemp("awkward")
    spec = folder / "awkward.yaml"
    spec.write_text(AWKWARD, encoding="utf-8")
    generate([spec], folder / "out")
    sys.path.insert(0, str(folder / "out"))
    yield spec
    sys.path.remove(str(folder / "out"))


def test_operations_parameters_and_schemes_are_read_with_safe_names(awkward: Path) -> None:
    api = build_spec(awkward)
    assert api.http is not None
    assert api.http.base_url == "https://eu.example.com/api"
    assert [(s.argument, s.location, s.wire_name) for s in api.http.schemes] == [("api_key", "query", "api_key")]
    assert [op.name for op in api.http.operations] == ["get_thing", "list_things", "upload", "broken"]
    get_thing = api.http.operations[0]
    assert [(p.name, p.wire_name, p.location) for p in get_thing.parameters] == [
        ("thing_id", "thing-id", "path"),
        ("from_", "from", "query"),
        ("timeout_2", "timeout", "query"),
        ("query_2", "query", "query"),
        ("tags", "tags", "query"),
        ("x_request_id", "X-Request-Id", "header"),
        ("session", "session", "cookie"),
    ]
    assert get_thing.security == ("key",)


def test_what_the_clients_cannot_send_is_left_out_with_a_warning(awkward: Path) -> None:
    warnings = [str(w).split(": warning: ", 1)[1] for w in build_spec(awkward).warnings]
    assert warnings == [
        "only bearer, basic, OAuth 2 and OpenID Connect tokens and API keys are supported; this scheme isn't sent",
        "x-pagination ignored: `items` must name an array property of the 2xx response's object schema",
    ]


def test_a_text_body_and_a_cookie_are_sent(awkward: Path) -> None:
    client_module = importlib.import_module("awkward_client.client")
    with ScriptedServer() as server:
        server.script(Reply(204), Reply(200, {"id": "t-1"}))
        with client_module.Client(base_url=server.url) as client:
            assert client.upload(body="ünï\ncode") is None
            client.get_thing(thing_id=1, session="a b;c")
        upload, get = server.received
    assert (upload.method, upload.headers["content-type"], upload.body) == ("POST", "text/plain", "ünï\ncode".encode())
    assert get.headers["cookie"] == "session=a%20b%3Bc"


def test_a_model_named_like_a_client_class_is_imported_under_another_name(awkward: Path) -> None:
    package = importlib.import_module("awkward_client")
    operations = (awkward.parent / "out" / "awkward_client").glob("_ops_*.py")
    assert any("Client as ClientModel" in path.read_text(encoding="utf-8") for path in operations)
    assert package.Client is importlib.import_module("awkward_client.models").Client  # the model keeps its name
    assert package.AsyncClient is importlib.import_module("awkward_client.client").AsyncClient


@pytest.mark.slow  # mypy
def test_the_awkward_client_is_mypy_strict_clean(awkward: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "awkward_client"],
        cwd=awkward.parent / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_awkward_client_sends_every_kind_of_parameter(awkward: Path) -> None:
    client_module = importlib.import_module("awkward_client.client")
    models = importlib.import_module("awkward_client.models")
    with ScriptedServer() as server:
        server.script(Reply(200, {"id": "t-7"}))
        with client_module.Client(base_url=server.url + "/api/", api_key="k-1") as client:
            thing = client.get_thing(
                thing_id=7,
                from_=datetime(2024, 5, 1, 8, 30, tzinfo=UTC),
                timeout_2=1.5,
                query_2=[1, 2],
                tags=["a", "b"],
                x_request_id="r-1",
            )
        sent = server.received[0]
    assert isinstance(thing, models.Client) and thing.id == "t-7"
    assert sent.path == "/api/things/7"
    assert sent.query == [
        ("from", "2024-05-01T08:30:00Z"),
        ("timeout", "1.5"),
        ("query", "1"),
        ("query", "2"),
        ("tags", "a,b"),
        ("api_key", "k-1"),
    ]
    assert sent.headers["x-request-id"] == "r-1"
