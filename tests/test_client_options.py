"""Per-call extras, with_options/copy, idempotency keys, request ids and logging, against a scripted
server on 127.0.0.1, on a spec made for them and on the seed packages."""

from __future__ import annotations

import importlib
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from conftest import GENERATED, ROOT, SPECS
from servers.clients import client_module, every, run
from servers.scripted import Reply, ScriptedServer

from generator.pipeline import generate

MODES = ["sync", "async"]
PACKAGE = "options_client"
SPEC = """
openapi: 3.0.3
info: {title: Options, version: "2.1.0"}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, in: query, name: api_key}
  headers:
    RequestId: {schema: {type: string}}
  schemas:
    Order:
      type: object
      required: [id]
      properties:
        id: {type: string}
        amount: {type: integer}
security: [{bearer: []}]
paths:
  /orders:
    post:
      operationId: createOrder
      x-idempotent: true
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
      responses:
        "201":
          description: created
          headers: {X-Amzn-RequestId: {$ref: '#/components/headers/RequestId'}}
          content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
    get:
      operationId: listOrders
      security: [{bearer: [], key: []}]
      parameters:
        - {name: signature, in: query, schema: {type: string, format: password}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Order'}}}}
  /orders/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    patch:
      operationId: updateOrder
      requestBody: {content: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Order'}}}}
      responses: {"204": {description: none}}
    put:
      operationId: putNote
      requestBody: {content: {text/plain: {schema: {type: string}}}}
      responses: {"204": {description: none}}
    delete:
      operationId: deleteOrder
      responses: {"204": {description: none}}
"""
ORDER = {"id": "o-1", "amount": 5}
_CYCLE = yaml.safe_load((SPECS / "cycle.yaml").read_text(encoding="utf-8"))
CYCLE_ITEM = _CYCLE["paths"]["/v1/images"]["get"]["responses"]["200"]["content"]["application/json"]["examples"][
    "default"
]["value"]["data"][0]
CYCLE_IMAGE = {"data": CYCLE_ITEM}


@pytest.fixture(scope="module")
def options(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The spec's package, generated into a temporary folder on sys.path: its models module."""
    folder = tmp_path_factory.mktemp("options")
    (folder / "options.yaml").write_text(SPEC, encoding="utf-8")
    generate([folder / "options.yaml"], folder / "out")
    sys.path.insert(0, str(folder / "out"))
    importlib.invalidate_caches()
    yield importlib.import_module(f"{PACKAGE}.models")
    sys.path.remove(str(folder / "out"))


def call(mode: str, server: ScriptedServer, use: Any, package: str = PACKAGE, **settings: Any) -> Any:
    return run(mode, package, server.url, use, **{"token": "tok", **settings})


def sent_json(server: ScriptedServer, n: int = 0) -> Any:
    return json.loads(server.received[n].body)


# --- extra_headers, extra_query, extra_body --------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_extras_are_merged_over_what_the_method_sends(options: ModuleType, server: ScriptedServer, mode: str) -> None:
    server.script(Reply(201, ORDER), Reply(200, [ORDER]))
    body = options.Order(id="o-1", amount=5)
    extras = {"extra_headers": {"X-Trace": "t-1"}, "extra_query": {"dry_run": "1"}, "extra_body": {"amount": 7}}

    async def both_async(c: Any) -> None:
        await c.create_order(body=body, **extras)
        await c.list_orders(limit=5, extra_query={"limit": "9"}, extra_headers={"authorization": "Bearer other"})

    def both(c: Any) -> Any:
        if mode == "async":
            return both_async(c)
        c.create_order(body=body, **extras)
        return c.list_orders(limit=5, extra_query={"limit": "9"}, extra_headers={"authorization": "Bearer other"})

    call(mode, server, both, api_key="k")
    created, listed = server.received
    assert json.loads(created.body) == {"id": "o-1", "amount": 7}
    assert created.query == [("dry_run", "1")]
    assert created.headers["x-trace"] == "t-1"
    assert listed.query == [("api_key", "k"), ("limit", "9")]
    assert [v for k, v in listed.header_list if k.lower() == "authorization"] == ["Bearer other"]


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_goes_into_a_form_or_as_the_json_of_a_bodiless_call(
    options: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(204), Reply(204))
    order = options.Order(id="o-1", amount=1)
    call(mode, server, lambda c: c.update_order(id="o-1", body=order, extra_body={"amount": 2, "memo": "m"}))
    call(mode, server, lambda c: c.delete_order(id="o-1", extra_body={"purge": True}))
    form, bodiless = server.received
    assert parse_qsl(form.body.decode()) == [("id", "o-1"), ("amount", "2"), ("memo", "m")]
    assert (bodiless.headers["content-type"], json.loads(bodiless.body)) == ("application/json", {"purge": True})


def test_extra_body_on_a_text_body_is_a_type_error_and_nothing_is_sent(
    options: ModuleType, server: ScriptedServer
) -> None:
    with pytest.raises(TypeError, match="extra_body needs a JSON object, form or multipart body"):
        call("sync", server, lambda c: c.put_note(id="o-1", body="hi", extra_body={"a": 1}))
    assert server.received == []


@pytest.mark.parametrize("mode", MODES)
def test_every_page_and_the_raw_response_carry_the_extras(server: ScriptedServer, mode: str) -> None:
    page = {"data": [CYCLE_ITEM, CYCLE_ITEM]}
    server.script(Reply(200, page), Reply(200, {"data": []}), Reply(200, CYCLE_IMAGE))
    extras = {"extra_headers": {"X-Trace": "p"}, "extra_query": {"filter[search]": "n"}}
    items = call(mode, server, lambda c: every(c.paginate_list_images(page_size=2, **extras)), "cycle_client")
    call(mode, server, lambda c: c.with_raw_response.get_image(image_id="i-1", **extras), "cycle_client")
    assert len(items) == 2
    assert [(r.headers["x-trace"], dict(r.query)["filter[search]"]) for r in server.received] == [("p", "n")] * 3


# --- idempotency keys ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_x_idempotent_post_is_retried_with_the_same_key_on_every_try(
    options: ModuleType, server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(503), Reply(503), Reply(201, ORDER), Reply(201, ORDER))
    order = options.Order(id="o-1")
    call(mode, server, lambda c: c.create_order(body=order))
    call(mode, server, lambda c: c.create_order(body=order))
    keys = [r.headers.get("idempotency-key") for r in server.received]
    assert len(keys) == 4 and keys[0] and keys[0] == keys[1] == keys[2]
    assert keys[3] and keys[3] != keys[0]  # a new call, a new key


@pytest.mark.parametrize("mode", MODES)
def test_the_client_option_gives_every_post_a_key_and_retries_it(server: ScriptedServer, mode: str) -> None:
    body = importlib.import_module("cycle_client.models").ImageCreate(source_id="s-1")
    server.script(Reply(503))
    with pytest.raises(client_module("cycle_client").InternalServerError):
        call(mode, server, lambda c: c.create_image(body=body), "cycle_client")
    assert len(server.received) == 1 and "idempotency-key" not in server.received[0].headers  # not asked for
    server.reset()
    server.script(Reply(503), Reply(201, CYCLE_IMAGE), Reply(200, CYCLE_IMAGE))
    call(mode, server, lambda c: c.create_image(body=body), "cycle_client", idempotency_keys=True)
    call(mode, server, lambda c: c.get_image(image_id="i-1"), "cycle_client", idempotency_keys=True)
    first, second, get = server.received
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert "idempotency-key" not in get.headers  # a GET is idempotent already


@pytest.mark.parametrize("mode", MODES)
def test_a_key_given_in_extra_headers_is_sent_as_is_and_makes_the_post_retried(
    server: ScriptedServer, mode: str
) -> None:
    body = importlib.import_module("cycle_client.models").ImageCreate(source_id="s-1")
    server.script(Reply(503), Reply(201, CYCLE_IMAGE))
    use = lambda c: c.create_image(body=body, extra_headers={"idempotency-key": "mine"})  # noqa: E731
    call(mode, server, use, "cycle_client", idempotency_keys=True)
    assert [r.headers["idempotency-key"] for r in server.received] == ["mine", "mine"]


# --- request ids -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_the_request_id_is_on_errors_and_raw_responses(options: ModuleType, server: ScriptedServer, mode: str) -> None:
    errors = client_module(PACKAGE)
    both = {"X-Request-Id": "common-1", "X-Amzn-RequestId": "declared-1"}
    server.script(Reply(404, {}, both), Reply(201, ORDER, {"x-request-id": "r-2"}), Reply(404))
    order = options.Order(id="o-1")
    with pytest.raises(errors.NotFoundError) as caught:
        call(mode, server, lambda c: c.create_order(body=order))
    assert caught.value.request_id == "declared-1"  # the header the spec declares comes first
    assert str(caught.value).endswith("(request id declared-1)")
    assert call(mode, server, lambda c: c.with_raw_response.create_order(body=order)).request_id == "r-2"
    with pytest.raises(errors.NotFoundError) as without:
        call(mode, server, lambda c: c.delete_order(id="o-1"))
    assert without.value.request_id is None and "request id" not in str(without.value)


def test_the_common_request_id_headers_are_read_without_a_declaration(server: ScriptedServer) -> None:
    server.script(Reply(500, {}, {"X-Openstack-Request-Id": "req-os"}), Reply(200, CYCLE_IMAGE, {"request-id": "r"}))
    with pytest.raises(client_module("otc_ims_client").InternalServerError) as caught:
        run("sync", "otc_ims_client", server.url, lambda c: c.get_image(image_id="x", max_retries=0))
    assert caught.value.request_id == "req-os"
    assert call("sync", server, lambda c: c.with_raw_response.get_image(image_id="i"), "cycle_client").request_id == "r"


# --- with_options and copy -------------------------------------------------------------------


def test_a_copy_shares_the_pool_and_closing_it_closes_nothing(server: ScriptedServer) -> None:
    server.script(*[Reply(200, CYCLE_IMAGE)] * 2)
    module = client_module("cycle_client")
    assert module.Client.with_options is module.Client.copy
    client = module.Client(base_url=server.url)
    copy = client.with_options(timeout=5.0)
    assert copy._http is client._http and copy.timeout == 5.0 and client.timeout == 60.0
    with copy:
        copy.get_image(image_id="a")
    client.get_image(image_id="b")  # still open
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        copy.get_image(image_id="c")


@pytest.mark.parametrize("mode", MODES)
def test_a_copy_changes_only_what_it_is_given(server: ScriptedServer, mode: str) -> None:
    errors = client_module("cycle_client")
    server.script(Reply(503), Reply(503), Reply(200, CYCLE_IMAGE), Reply(200, CYCLE_IMAGE))

    def use(c: Any) -> Any:
        copy = c.with_options(max_retries=0, token="new", headers={"B": "3"})
        if mode == "async":

            async def both() -> None:
                with pytest.raises(errors.InternalServerError):
                    await copy.get_image(image_id="a")
                await c.get_image(image_id="b")
                await copy.with_options(set_headers={"C": "4"}).get_image(image_id="c")

            return both()
        with pytest.raises(errors.InternalServerError):
            copy.get_image(image_id="a")
        c.get_image(image_id="b")
        return copy.with_options(set_headers={"C": "4"}).get_image(image_id="c")

    call(mode, server, use, "cycle_client", hub_id="hub", headers={"A": "1", "B": "2"})
    by_copy, by_client, _, by_copy_of_copy = server.received
    assert (by_copy.headers["authorization"], by_copy.headers["x-hub-id"]) == ("Bearer new", "hub")
    assert (by_copy.headers["a"], by_copy.headers["b"]) == ("1", "3")
    assert [v for k, v in by_copy.header_list if k.lower() == "authorization"] == ["Bearer new"]
    assert (by_client.headers["authorization"], by_client.headers["b"]) == ("Bearer tok", "2")  # retried once
    assert by_copy_of_copy.headers["c"] == "4" and "a" not in by_copy_of_copy.headers
    assert by_copy_of_copy.headers["authorization"] == "Bearer new"


def test_a_copy_takes_a_new_base_url_and_refuses_merged_and_set_headers_together(server: ScriptedServer) -> None:
    with ScriptedServer() as other:
        other.script(Reply(200, CYCLE_IMAGE))
        with client_module("cycle_client").Client(base_url=server.url) as client:
            client.copy(base_url=other.url).get_image(image_id="a")
            with pytest.raises(ValueError, match="not both"):
                client.copy(headers={"A": "1"}, set_headers={"B": "2"})
        assert len(other.received) == 1 and server.received == []


# --- logging ---------------------------------------------------------------------------------


def test_each_try_is_logged_with_secrets_redacted(
    options: ModuleType, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=PACKAGE)
    server.script(Reply(503, {}, {"x-request-id": "r-9"}), Reply(200, [ORDER]))
    use = lambda c: c.list_orders(signature="sig-SECRET", limit=3, max_retries=1)  # noqa: E731
    call("sync", server, use, token="tok-SECRET", api_key="key-SECRET")
    lines = [r.getMessage() for r in caplog.records if r.name == PACKAGE]
    tries = [line for line in lines if " -> " in line]
    url = f"{server.url}/orders?signature=***&limit=3&api_key=***"
    assert tries[0].startswith(f"GET {url} -> 503 Service Unavailable, request id r-9 (try 1, ")
    assert tries[1].startswith(f"GET {url} -> 200 OK (try 2, ") and tries[1].endswith(" ms)")
    assert any("'authorization': '***'" in line for line in lines)  # the request headers, at DEBUG
    assert "SECRET" not in caplog.text


def test_the_log_variable_turns_logging_on(server: ScriptedServer) -> None:
    server.script(Reply(200, CYCLE_IMAGE), Reply(200, CYCLE_IMAGE))
    code = (
        f"import sys; sys.path.insert(0, {str(GENERATED)!r}); from cycle_client import Client;"
        f"Client(base_url={server.url!r}, token='t-SECRET').get_image(image_id='a')"
    )
    env = {k: v for k, v in os.environ.items() if k != "CYCLE_CLIENT_LOG"}
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    loud = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**env, "CYCLE_CLIENT_LOG": "debug"}
    )
    assert quiet.returncode == loud.returncode == 0, quiet.stderr + loud.stderr
    assert quiet.stderr == ""
    assert f"INFO] GET {server.url}/v1/images/a -> 200 OK (try 1, " in loud.stderr
    assert "DEBUG] request headers:" in loud.stderr and "SECRET" not in loud.stderr


def test_the_logger_is_the_packages(server: ScriptedServer) -> None:
    assert importlib.import_module("cycle_client._logs").log is logging.getLogger("cycle_client")
    assert Path(importlib.import_module("cycle_client").__file__ or "").parent == GENERATED / "cycle_client"
