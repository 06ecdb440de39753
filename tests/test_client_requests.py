"""What the generated clients send (exact wire names, encodings, credentials), pagination, and
secrets kept out of repr and logs, against a scripted server on 127.0.0.1."""

from __future__ import annotations

import copy
import importlib
import json
import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT, SPECS
from servers.clients import client_module, every, every_page, run
from servers.scripted import Reply, ScriptedServer

MODES = ["sync", "async"]


def example(api: str, path: str, method: str = "get", status: str = "200") -> Any:
    spec = yaml.safe_load((SPECS / f"{api}.yaml").read_text(encoding="utf-8"))
    media = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return copy.deepcopy(media["examples"]["default"]["value"])


CYCLE_LIST = example("cycle", "/v1/images")
AZURE_PATH = (
    "/modelmanagement/v1.0/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}"
    "/providers/Microsoft.MachineLearningServices/workspaces/{workspace}/images"
)
AZURE_LIST = example("azure_ml", AZURE_PATH)
OTC_LIST = example("otc_ims", "/v2/images")
AZURE_WHERE = {"subscription_id": "5e1c2a9b-3d4f-4a6e-8b7c-9d0e1f2a3b4c", "resource_group": "rg", "workspace": "ws"}
cycle = importlib.import_module("cycle_client.models")
otc = importlib.import_module("otc_ims_client.models")


def cycle_page(n: int, first_id: int = 0) -> dict[str, Any]:
    item = CYCLE_LIST["data"][0]
    return {"data": [{**item, "id": f"image-{first_id + i}"} for i in range(n)]}


# --- requests -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_bracketed_names_enums_and_arrays_go_on_the_wire_as_the_spec_names_them(
    server: ScriptedServer, mode: str
) -> None:
    server.script(Reply(200, cycle_page(1)))
    use = lambda c: c.list_images(  # noqa: E731
        filter_identifier="a b&c=d",
        filter_state=[cycle.ImageStateCurrent("live"), "custom-state"],
        filter_source_type=cycle.ImageSourceType("direct"),
        include=[cycle.ImageIncludeField("creators")],
        sort=["-id", "name"],
        page_number=2,
        page_size=10,
    )
    run(mode, "cycle_client", server.url, use, token="key-1", hub_id="hub-9")
    sent = server.received[0]
    assert (sent.method, sent.path) == ("GET", "/v1/images")
    assert sent.query == [
        ("include", "creators"),
        ("filter[identifier]", "a b&c=d"),
        ("filter[state]", "live,custom-state"),
        ("filter[source_type]", "direct"),
        ("sort", "-id,name"),
        ("page[number]", "2"),
        ("page[size]", "10"),
    ]
    assert (sent.headers["authorization"], sent.headers["x-hub-id"]) == ("Bearer key-1", "hub-9")
    assert sent.headers["accept"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
def test_double_underscore_names_and_booleans_keep_their_wire_form(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, OTC_LIST))
    use = lambda c: c.list_images(  # noqa: E731
        imagetype=otc.OtcImageType("gold"),
        os_type=otc.OtcImageOsType("Linux"),
        platform=otc.OtcImagePlatform("Ubuntu"),
        protected=True,
        support_kvm="true",
        sort_key=otc.OtcImageSortKey("name"),
        limit=5,
    )
    page = run(mode, "otc_ims_client", server.url, use, auth_token="iam-token")
    assert page.to_dict() == OTC_LIST
    sent = server.received[0]
    assert sorted(sent.query) == sorted(
        [
            ("__imagetype", "gold"),
            ("__os_type", "Linux"),
            ("__platform", "Ubuntu"),
            ("protected", "true"),
            ("__support_kvm", "true"),
            ("sort_key", "name"),
            ("limit", "5"),
        ]
    )
    assert sent.headers["x-auth-token"] == "iam-token"
    assert "authorization" not in sent.headers


@pytest.mark.parametrize("mode", MODES)
def test_unset_arguments_are_left_out_and_path_parameters_are_quoted(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, cycle_page(0)), Reply(200, {"data": CYCLE_LIST["data"][0]}))
    run(mode, "cycle_client", server.url, lambda c: c.list_images())
    run(mode, "cycle_client", server.url, lambda c: c.get_image(image_id="a/b c?d"))
    assert server.received[0].query == []
    assert server.received[1].path == "/v1/images/a%2Fb%20c%3Fd"
    assert "authorization" not in server.received[0].headers  # no credentials given, none sent


@pytest.mark.parametrize("mode", MODES)
def test_a_body_is_sent_as_the_json_of_its_model(server: ScriptedServer, mode: str) -> None:
    body = cycle.ImageCreate.from_dict({"name": "nginx", "source_id": "s-1", "build": {"args": {"V": "1"}}})
    server.script(Reply(201, {"data": CYCLE_LIST["data"][0]}))
    run(mode, "cycle_client", server.url, lambda c: c.create_image(body=body))
    sent = server.received[0]
    assert (sent.method, sent.headers["content-type"]) == ("POST", "application/json")
    assert json.loads(sent.body) == body.to_dict()


def test_an_injected_http_client_is_used_and_left_open(server: ScriptedServer) -> None:
    server.script(Reply(200, cycle_page(0)))
    with httpx.Client(headers={"X-Trace": "t-1"}) as http_client:
        with client_module("cycle_client").Client(base_url=server.url, http_client=http_client) as client:
            client.list_images()
        assert not http_client.is_closed
    assert server.received[0].headers["x-trace"] == "t-1"


# --- pagination -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_page_numbers_count_up_until_a_short_page(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, cycle_page(2, 0)), Reply(200, cycle_page(2, 2)), Reply(200, cycle_page(1, 4)))
    images = run(mode, "cycle_client", server.url, lambda c: every(c.paginate_list_images(page_size=2)))
    assert [image.id for image in images] == [f"image-{i}" for i in range(5)]
    assert [dict(r.query).get("page[number]") for r in server.received] == [None, "2", "3"]
    assert all(dict(r.query)["page[size]"] == "2" for r in server.received)


@pytest.mark.parametrize("mode", MODES)
def test_without_a_page_size_paging_stops_at_an_empty_page(server: ScriptedServer, mode: str) -> None:
    server.script(Reply(200, cycle_page(3, 0)), Reply(200, cycle_page(0)))
    pages = run(mode, "cycle_client", server.url, lambda c: every_page(c.paginate_list_images(page_number=4)))
    assert [len(p.data) for p in pages] == [3, 0]
    assert [dict(r.query)["page[number]"] for r in server.received] == ["4", "5"]


@pytest.mark.parametrize("mode", MODES)
def test_azure_pages_follow_next_link(server: ScriptedServer, mode: str) -> None:
    first = copy.deepcopy(AZURE_LIST)
    first["nextLink"] = server.url + "/modelmanagement/next?$skipToken=eyJpZCI6Mn0%3D&count=2"
    last = {"value": AZURE_LIST["value"][:1]}
    server.script(Reply(200, first), Reply(200, last))
    use = lambda c: every(c.paginate_list_images(**AZURE_WHERE, count=2))  # noqa: E731
    images = run(mode, "azure_ml_client", server.url, use, token="jwt")
    assert len(images) == len(AZURE_LIST["value"]) + 1
    assert server.received[1].path == "/modelmanagement/next"
    assert server.received[1].query == [("$skipToken", "eyJpZCI6Mn0="), ("count", "2")]
    assert server.received[1].headers["authorization"] == "Bearer jwt"


@pytest.mark.parametrize("mode", MODES)
def test_otc_pages_follow_the_relative_next_link(server: ScriptedServer, mode: str) -> None:
    first = {**OTC_LIST, "next": "/v2/images?marker=m-2&limit=2"}
    server.script(Reply(200, first), Reply(200, {"images": []}))
    images = run(mode, "otc_ims_client", server.url, lambda c: every(c.paginate_list_images(limit=2)))
    assert len(images) == len(OTC_LIST["images"])
    assert (server.received[1].path, server.received[1].query) == ("/v2/images", [("marker", "m-2"), ("limit", "2")])


@pytest.mark.parametrize("mode", MODES)
def test_a_next_link_to_another_origin_is_not_followed(server: ScriptedServer, mode: str) -> None:
    errors = client_module("otc_ims_client")
    server.script(Reply(200, {**OTC_LIST, "next": "http://127.0.0.2:1/steal?marker=x"}))
    with pytest.raises(errors.APIError, match="refusing to send credentials"):
        run(mode, "otc_ims_client", server.url, lambda c: every(c.paginate_list_images()), auth_token="t")
    assert len(server.received) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_next_link_back_to_a_page_already_read_stops_with_an_error(server: ScriptedServer, mode: str) -> None:
    errors = client_module("otc_ims_client")
    looping = {**OTC_LIST, "next": "/v2/images?marker=same"}
    server.script(Reply(200, looping), Reply(200, looping))
    with pytest.raises(errors.APIError, match="already read"):
        run(mode, "otc_ims_client", server.url, lambda c: every(c.paginate_list_images()))
    assert len(server.received) == 2


# --- secrets --------------------------------------------------------------------------------


def test_credentials_never_appear_in_repr_errors_or_logs(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    errors = client_module("cycle_client")
    caplog.set_level(logging.DEBUG)
    server.script(Reply(503, {"error": None}), Reply(404, {"error": {"status": 404}, "data": None}))
    with errors.Client(base_url=server.url, token="tok-SECRET", hub_id="hub-SECRET", max_retries=1) as client:
        shown = repr(client) + repr(vars(client)) + repr(client.with_raw_response)
        with pytest.raises(errors.NotFoundError) as caught:
            client.get_image(image_id="x", timeout=5)
    shown += str(caught.value) + repr(caught.value) + repr(caught.value.response) + caplog.text
    assert "retrying GET /v1/images/x" in caplog.text
    assert "SECRET" not in shown
    assert "bearerAuth" in repr(client)


def test_models_import_without_httpx_and_the_package_exports_clients_lazily() -> None:
    code = (
        "import sys; sys.path.insert(0, 'generated'); import cycle_client;"
        "assert 'httpx' not in sys.modules and 'cycle_client.client' not in sys.modules;"
        "from cycle_client import Client, AsyncClient, NotFoundError;"
        "assert 'httpx' in sys.modules and Client.__module__ == 'cycle_client.client';"
        "import cycle_client.models as m; assert m.Image"
    )
    done = subprocess.run([sys.executable, "-I", "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
