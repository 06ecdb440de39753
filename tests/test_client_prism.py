"""Every operation of every spec, called through the generated Client and AsyncClient, against Prism.

Prism runs with --errors, so a request that breaks the spec (path, query, headers, body,
credentials) fails the call; the decoded result must equal the spec's documented example.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import APIS, SPECS
from servers.prism import prism_mock, require_prism, served_spec_data

from generator import ir
from generator.pipeline import build_spec

pytestmark = pytest.mark.slow  # Prism (make test-fast leaves it out)

CREDENTIALS = {
    "cycle": {"token": "key-1", "hub_id": "hub-1"},
    "azure_ml": {"token": "jwt-1"},
    "otc_ims": {"auth_token": "t"},
}
PATH_VALUES = {"subscription_id": "5e1c2a9b-3d4f-4a6e-8b7c-9d0e1f2a3b4c"}


def optional_arguments(api: str, models: Any) -> dict[str, dict[str, Any]]:
    """Optional query arguments per operation, to check that they are sent as the spec says."""
    cycle_list = {
        "meta": ["containers_count"],
        "include": [models.ImageIncludeField("creators")] if api == "cycle" else None,
        "filter_search": "nginx",
        "sort": ["-id", "name"],
        "page_number": 1,
        "page_size": 20,
    }
    return {
        "cycle": {"list_images": cycle_list, "get_image": {"meta": ["containers_count"]}},
        "azure_ml": {
            "list_images": {"name": "mnist", "count": 2, "expand": True},
            "get_image": {"expand": False},
        },
        "otc_ims": {
            "list_images": {
                "imagetype": models.OtcImageType("gold") if api == "otc_ims" else None,
                "status": models.OtcImageStatus("active") if api == "otc_ims" else None,
                "protected": False,
                "limit": 2,
                "min_ram": 0,
                "sort_key": models.OtcImageSortKey("name") if api == "otc_ims" else None,
                "sort_dir": models.OtcSortDirection("asc") if api == "otc_ims" else None,
                "support_kvm": "true",
                "tag": "web",
            }
        },
    }[api]


def spec_data(api: str) -> Any:
    return served_spec_data(SPECS / f"{api}.yaml")


def first_example(node: Any) -> Any:
    media = node["content"]["application/json"]
    return media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]


@functools.cache
def calls(api: str) -> list[tuple[ir.Operation, dict[str, Any], Any]]:
    """(operation, keyword arguments, the documented example it must return) for every operation."""
    data = spec_data(api)
    models = importlib.import_module(f"{APIS[api]}.models")
    http = build_spec(SPECS / f"{api}.yaml").http
    assert http is not None
    extra = optional_arguments(api, models)
    found = []
    for op in http.operations:
        raw = data["paths"][op.path][op.method.lower()]
        kwargs: dict[str, Any] = {
            p.name: PATH_VALUES.get(p.name, "651586fca6078e98982dbd90") for p in op.parameters if p.required
        }
        kwargs |= {k: v for k, v in extra.get(op.name, {}).items() if v is not None}
        if op.body is not None:
            kwargs["body"] = getattr(models, op.body.type.name).from_dict(first_example(raw["requestBody"]))
        success = next(r for status, r in raw["responses"].items() if str(status).startswith("2"))
        found.append((op, kwargs, first_example(success) if "content" in success else None))
    return found


CASES = [(api, op.name) for api in APIS for op, _, _ in calls(api)]


@pytest.fixture(scope="module")
def prism_urls() -> Iterator[dict[str, str]]:
    """One Prism per spec, for the whole module."""
    require_prism()
    with (
        prism_mock(SPECS / "cycle.yaml") as cycle,
        prism_mock(SPECS / "azure_ml.yaml") as azure,
        prism_mock(SPECS / "otc_ims.yaml") as otc,
    ):
        yield {"cycle": cycle, "azure_ml": azure, "otc_ims": otc}


def call(mode: str, api: str, base_url: str, operation: str, kwargs: dict[str, Any], **options: Any) -> Any:
    client_module = importlib.import_module(f"{APIS[api]}.client")
    settings = {"base_url": base_url, **CREDENTIALS[api], **options}
    if mode == "sync":
        with client_module.Client(**settings) as client:
            return getattr(client, operation)(**kwargs)

    async def run() -> Any:
        async with client_module.AsyncClient(**settings) as client:
            return await getattr(client, operation)(**kwargs)

    return asyncio.run(run())


def test_every_operation_of_every_spec_is_called() -> None:
    assert len(CASES) == 10 + 4 + 2
    assert {name for api, name in CASES if api == "otc_ims"} == {"list_images", "get_image"}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("api", "operation"), CASES)
def test_operation_returns_the_documented_example(
    prism_urls: dict[str, str], api: str, operation: str, mode: str
) -> None:
    _, kwargs, example = next(c for c in calls(api) if c[0].name == operation)
    result = call(mode, api, prism_urls[api], operation, kwargs)
    if example is None:
        assert result is None
    else:
        assert result.to_dict() == example


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_raw_response_gives_status_and_headers_of_a_bodiless_202(prism_urls: dict[str, str], mode: str) -> None:
    _, kwargs, _ = next(c for c in calls("azure_ml") if c[0].name == "create_image")
    client_module = importlib.import_module("azure_ml_client.client")

    async def run_async() -> Any:
        async with client_module.AsyncClient(base_url=prism_urls["azure_ml"], token="t") as client:
            return await client.with_raw_response.create_image(**kwargs)

    if mode == "sync":
        with client_module.Client(base_url=prism_urls["azure_ml"], token="t") as client:
            response = client.with_raw_response.create_image(**kwargs)
    else:
        response = asyncio.run(run_async())
    assert response.status_code == 202
    assert response.headers["Operation-Location"].startswith("https://")
    assert response.parse() is None


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_missing_credentials_raise_authentication_error_with_the_error_model(
    prism_urls: dict[str, str], mode: str
) -> None:
    client_module = importlib.import_module("cycle_client.client")
    models = importlib.import_module("cycle_client.models")
    with pytest.raises(client_module.AuthenticationError) as caught:
        call(mode, "cycle", prism_urls["cycle"], "get_image", {"image_id": "x"}, token=None, hub_id=None)
    assert caught.value.status_code == 401
    assert isinstance(caught.value.error_model, models.ErrorEnvelope)
    assert caught.value.body.startswith(b"{")


def test_a_request_that_breaks_the_spec_is_refused_by_prism(prism_urls: dict[str, str]) -> None:
    client_module = importlib.import_module("otc_ims_client.client")
    with pytest.raises(client_module.UnprocessableEntityError) as caught:
        call("sync", "otc_ims", prism_urls["otc_ims"], "list_images", {"sort_dir": "sideways"})
    assert "sort_dir" in caught.value.headers["sl-violations"]  # Prism's account of what is wrong
    assert isinstance(caught.value.error_model, importlib.import_module("otc_ims_client.models").OtcError)


def test_a_copy_extras_and_idempotency_keys_reach_prism(prism_urls: dict[str, str]) -> None:
    """What with_options, extra_* and idempotency_keys put on the wire, judged by Prism against the spec."""
    client_module = importlib.import_module("cycle_client.client")
    (_, get_kwargs, image), (_, create_kwargs, created) = (
        next(c for c in calls("cycle") if c[0].name == name) for name in ("get_image", "create_image")
    )
    with client_module.Client(base_url=prism_urls["cycle"], **CREDENTIALS["cycle"]) as client:
        copy = client.with_options(timeout=30.0, idempotency_keys=True, headers={"X-Trace": "t-1"})
        assert copy.get_image(**get_kwargs, extra_query={"trace": "1"}).to_dict() == image
        assert copy.create_image(**create_kwargs).to_dict() == created  # with an Idempotency-Key
        with pytest.raises(client_module.UnprocessableEntityError) as caught:
            copy.create_image(**create_kwargs, extra_body={"name": 5})  # merged over the body: not a string
    assert "name" in caught.value.headers["sl-violations"]
