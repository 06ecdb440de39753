"""Retries, timeouts, Retry-After and the typed errors, against a scripted server on 127.0.0.1."""

from __future__ import annotations

import copy
import importlib
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import yaml
from conftest import SPECS
from servers.clients import client_module, run
from servers.prism import free_port
from servers.scripted import Reply, ScriptedServer

MODES = ["sync", "async"]
CYCLE = "cycle_client"
errors = client_module(CYCLE)
retries = importlib.import_module(f"{CYCLE}._retries")
runtime = importlib.import_module(f"{CYCLE}._runtime")
models = importlib.import_module(f"{CYCLE}.models")

_spec = yaml.safe_load((SPECS / "cycle.yaml").read_text(encoding="utf-8"))
IMAGE = _spec["paths"]["/v1/images/{imageId}"]["get"]["responses"]["200"]["content"]["application/json"]["examples"][
    "default"
]["value"]
ERROR = {"error": {"status": 404, "code": "404.image", "title": "Image not found"}, "data": None}
CREDENTIALS = {"token": "secret-token-1", "hub_id": "hub-1"}


def get_image(mode: str, server: ScriptedServer, **settings: Any) -> Any:
    return run(mode, CYCLE, server.url, lambda c: c.get_image(image_id="abc"), **CREDENTIALS, **settings)


@pytest.mark.parametrize("mode", MODES)
def test_a_get_is_retried_after_429_and_503_then_decodes(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(429, ERROR, {"Retry-After": "0"}), Reply(503, ERROR), Reply(200, IMAGE))
    assert get_image(mode, server).to_dict() == IMAGE
    assert len(server.received) == 3


@pytest.mark.parametrize("mode", MODES)
def test_408_a_garbled_reply_and_a_timeout_are_retried(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(408), Reply(raw=b"NOT HTTP AT ALL\r\n\r\n"), Reply(200, IMAGE, delay=2.0), Reply(200, IMAGE))
    assert get_image(mode, server, max_retries=3, timeout=0.5).to_dict() == IMAGE
    assert len(server.received) == 4


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_as_an_http_date_in_the_past_is_retried_at_once(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(503, ERROR, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), Reply(200, IMAGE))
    assert get_image(mode, server).to_dict() == IMAGE
    assert len(server.received) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_beyond_the_cap_is_not_waited_for(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(429, ERROR, {"Retry-After": "3600"}), Reply(200, IMAGE))
    with pytest.raises(errors.RateLimitError) as caught:
        get_image(mode, server)
    assert caught.value.headers["retry-after"] == "3600"
    assert len(server.received) == 1


@pytest.mark.parametrize("mode", MODES)
def test_retries_stop_at_max_retries_of_the_client_or_the_call(server: ScriptedServer, mode: str) -> None:
    server.script(*[Reply(503, ERROR)] * 4)
    with pytest.raises(errors.InternalServerError):
        get_image(mode, server, max_retries=2)
    assert len(server.received) == 3
    server.reset()
    server.script(*[Reply(500, ERROR)] * 4)
    with pytest.raises(errors.InternalServerError):
        run(mode, CYCLE, server.url, lambda c: c.get_image(image_id="abc", max_retries=0), max_retries=5)
    assert len(server.received) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_post_is_retried_only_when_the_call_asks(server: ScriptedServer, mode: str) -> None:
    body = models.ImageCreate(name="nginx", source_id="src")
    server.script(Reply(503, ERROR), Reply(201, {"data": IMAGE["data"]}))
    with pytest.raises(errors.InternalServerError):
        run(mode, CYCLE, server.url, lambda c: c.create_image(body=body), max_retries=5)
    assert len(server.received) == 1
    server.reset()
    server.script(Reply(503, ERROR), Reply(201, {"data": IMAGE["data"]}))
    created = run(mode, CYCLE, server.url, lambda c: c.create_image(body=body, max_retries=1))
    assert created.data.id == IMAGE["data"]["id"]
    assert len(server.received) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_slow_reply_raises_api_timeout_error(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, IMAGE, delay=1.0))
    with pytest.raises(errors.APITimeoutError):
        get_image(mode, server, timeout=0.1, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_a_call_timeout_overrides_the_client_timeout(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, IMAGE, delay=0.3))
    use = lambda c: c.get_image(image_id="abc", timeout=5.0)  # noqa: E731
    assert run(mode, CYCLE, server.url, use, timeout=0.05, max_retries=0).to_dict() == IMAGE


@pytest.mark.parametrize("mode", MODES)
def test_garbled_and_refused_connections_raise_api_connection_error(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(raw=b"\x00\x01garbage\r\n\r\n"))
    with pytest.raises(errors.APIConnectionError) as caught:
        get_image(mode, server, max_retries=0)
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    with pytest.raises(errors.APIConnectionError):
        run(mode, CYCLE, f"http://127.0.0.1:{free_port()}", lambda c: c.get_image(image_id="abc"), max_retries=1)


STATUS_ERRORS = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
    (418, "APIStatusError"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "name"), STATUS_ERRORS)
def test_each_status_raises_its_error_with_the_decoded_error_model(
    server: ScriptedServer, mode: str, status: int, name: str
) -> None:
    server.script(Reply(status, ERROR, {"X-Request-Id": "r-1"}))
    with pytest.raises(errors.APIStatusError) as caught:
        get_image(mode, server, max_retries=0)
    error = caught.value
    assert type(error) is getattr(errors, name)
    assert isinstance(error, errors.APIError)
    assert (error.status_code, error.headers["x-request-id"]) == (status, "r-1")
    assert error.body == Reply(body=ERROR).encoded_body()
    assert isinstance(error.error_model, models.ErrorEnvelope)
    assert error.error_model.to_dict() == ERROR


def test_an_error_body_that_doesnt_fit_keeps_the_raw_body(server: ScriptedServer) -> None:
    server.script(Reply(404, "<html>not found</html>", {"Content-Type": "text/html"}))
    with pytest.raises(errors.NotFoundError) as caught:
        get_image("sync", server)
    assert caught.value.error_model is None
    assert caught.value.body == b"<html>not found</html>"


@pytest.mark.parametrize("mode", MODES)
def test_a_2xx_body_that_is_not_json_raises_response_decode_error(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, "{not json"))
    with pytest.raises(errors.ResponseDecodeError) as caught:
        get_image(mode, server)
    assert caught.value.body == b"{not json"
    assert caught.value.status_code == 200
    assert isinstance(caught.value.cause, ValueError)


@pytest.mark.parametrize("mode", MODES)
def test_a_2xx_body_that_doesnt_fit_the_model_names_the_path(server: ScriptedServer, mode: str) -> None:
    wrong = copy.deepcopy(IMAGE)
    wrong["data"]["size"] = "big"
    server.script(Reply(200, wrong))
    with pytest.raises(errors.ResponseDecodeError) as caught:
        get_image(mode, server)
    assert isinstance(caught.value.cause, runtime.DecodeError)
    assert "data.size" in str(caught.value)
    assert caught.value.body == Reply(body=wrong).encoded_body()


def test_raw_response_defers_decoding_to_parse(server: ScriptedServer) -> None:
    server.script(Reply(200, "garbage", {"X-Total": "7"}))
    response = run("sync", CYCLE, server.url, lambda c: c.with_raw_response.get_image(image_id="abc"))
    assert (response.status_code, response.headers["x-total"], response.content) == (200, "7", b"garbage")
    with pytest.raises(errors.ResponseDecodeError):
        response.parse()


# --- the retry arithmetic, without a server -------------------------------------------------

NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("3", 3.0),
        ("0.25", 0.25),
        ("-4", 0.0),
        ("Thu, 01 Jan 2026 12:00:30 GMT", 30.0),
        ("Thu, 01 Jan 2026 11:00:00 GMT", 0.0),
        ("soon", None),
        ("nan", None),
        ("", None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(value: str, seconds: float | None) -> None:
    assert retries.retry_after(httpx.Headers({"Retry-After": value}), now=NOW) == seconds


def test_backoff_doubles_up_to_its_cap_with_jitter() -> None:
    backoff = retries.Backoff(base=1.0, cap=5.0)
    for retry, ceiling in [(0, 1.0), (1, 2.0), (2, 4.0), (3, 5.0), (10, 5.0)]:
        delays = [backoff.delay(retry) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1
