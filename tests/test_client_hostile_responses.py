"""Responses that are not what the spec promises raise the client's typed errors, raw body attached.

Never a bare KeyError, TypeError, RecursionError or JSONDecodeError, whatever the server sends.
"""

from __future__ import annotations

import copy
import importlib
import json
from typing import Any

import pytest
import yaml
from conftest import SPECS
from servers.clients import client_module, run
from servers.scripted import Reply, ScriptedServer

CYCLE = "cycle_client"
errors = client_module(CYCLE)
runtime = importlib.import_module(f"{CYCLE}._runtime")
_spec = yaml.safe_load((SPECS / "cycle.yaml").read_text(encoding="utf-8"))
IMAGE = _spec["paths"]["/v1/images/{imageId}"]["get"]["responses"]["200"]["content"]["application/json"]["examples"][
    "default"
]["value"]
CREDENTIALS = {"token": "secret-token-1", "hub_id": "hub-1"}


def get_image(mode: str, server: ScriptedServer) -> Any:
    return run(mode, CYCLE, server.url, lambda c: c.get_image(image_id="abc"), **CREDENTIALS, max_retries=0)


def with_size(size_json: str) -> bytes:
    """The documented image envelope, with its size replaced by raw JSON text."""
    text = json.dumps(IMAGE).replace(f'"size": {IMAGE["data"]["size"]}', f'"size": {size_json}', 1)
    assert size_json in text
    return text.encode()


HOSTILE_BODIES = {
    "html with a json content type": (b"<html><body>502 Bad Gateway</body></html>", "application/json"),
    "html labelled as html": (b"<html><body>oops</body></html>", "text/html"),
    "truncated json": (json.dumps(IMAGE).encode()[:200], "application/json"),
    "empty body": (b"", "application/json"),
    "null": (b"null", "application/json"),
    "an array instead of an object": (b"[1, 2, 3]", "application/json"),
    "invalid utf-8": (b'{"data": "\xff\xfe"}', "application/json"),
    "a number too large for a float": (with_size("1e400"), "application/json"),
    "deeply nested arrays": (b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "deeply nested objects": (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "application/json"),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", sorted(HOSTILE_BODIES))
def test_a_hostile_2xx_body_raises_response_decode_error_with_the_raw_body(
    server: ScriptedServer, mode: str, case: str
) -> None:
    body, content_type = HOSTILE_BODIES[case]
    server.script(Reply(200, body, {"Content-Type": content_type}))
    with pytest.raises(errors.ResponseDecodeError) as caught:
        get_image(mode, server)
    assert caught.value.body == body
    assert caught.value.status_code == 200
    assert isinstance(caught.value, errors.APIError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_integer_beyond_64_bits_is_kept_exactly(server: ScriptedServer, mode: str) -> None:
    huge = 10**30 + 7
    server.script(Reply(200, with_size(str(huge)), {"Content-Type": "application/json"}))
    image = get_image(mode, server)
    assert image.data.size == huge
    assert image.to_dict()["data"]["size"] == huge


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_json_with_a_wrong_content_type_is_still_decoded(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, json.dumps(IMAGE), {"Content-Type": "text/plain"}))
    assert get_image(mode, server).to_dict() == IMAGE


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_hostile_error_body_still_raises_the_status_error(server: ScriptedServer, mode: str) -> None:
    body = b"[" * 100_000
    server.script(Reply(500, body, {"Content-Type": "application/json"}))
    with pytest.raises(errors.InternalServerError) as caught:
        get_image(mode, server)
    assert caught.value.body == body
    assert caught.value.error_model is None


def test_a_document_that_fits_but_carries_unknown_garbage_keeps_it() -> None:
    document = copy.deepcopy(IMAGE)
    document["data"]["x-garbage"] = {"deep": [[[[{"k": None}]]]]}
    image = importlib.import_module(f"{CYCLE}.models").V1ImagesResponse1.from_dict(document)
    assert image.to_dict() == document


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_2xx_model_body_is_decoded_in_one_pass_from_its_bytes(
    server: ScriptedServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With msgspec installed the client decodes through from_json's one pass (the struct its
    _from_wire adopts), not through a dict and from_dict."""
    pytest.importorskip("msgspec")
    model = importlib.import_module(f"{CYCLE}.models").ImageResponse
    adopted: list[object] = []
    original = model._from_wire.__func__

    def spy(cls: type, wire: object) -> object:
        adopted.append(wire)
        return original(cls, wire)

    monkeypatch.setattr(model, "_from_wire", classmethod(spy))
    server.script(Reply(200, json.dumps(IMAGE).encode(), {"Content-Type": "application/json"}))
    assert get_image(mode, server).to_dict() == IMAGE
    assert len(adopted) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_misfit_2xx_body_names_the_field_path(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, with_size('"big"'), {"Content-Type": "application/json"}))
    with pytest.raises(errors.ResponseDecodeError) as caught:
        get_image(mode, server)
    assert "data.size" in str(caught.value) or "['data']['size']" in str(caught.value), str(caught.value)
