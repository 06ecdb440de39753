# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Operations of Ring 1, imported on their first use by client.py's classes.

Each operation's request builder, body reader and error decoders, and its method of each
class: the Client's (`__sync`), the AsyncClient's (`__async`), the raw-response views' (`__raw`,
`__async_raw`) and the streaming-response views' (`__streamed`, `__async_streamed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._downloads import (
    astreamed,
    streamed,
)
from ._encoding import (
    path_segment,
)
from ._http import (
    AsyncAPIClient,
    Request,
    SyncAPIClient,
    Timeout,
)
from ._lazy import AsyncRawResponses, RawResponses
from ._responses import (
    APIResponse,
    Reader,
    json_model_body,
)
from ._runtime import (
    UNSET,
    Unset,
)
from .models import (
    Node,
)

_get_node_parse: Reader[Node] = json_model_body(Node.from_json)


def _get_node_request(
    *,
    name: str,
) -> Request[Node]:
    return Request(
        method="GET",
        path="/nodes/" + path_segment(name, "name"),
        parse=_get_node_parse,
    )


def get_node__sync(
    self: SyncAPIClient,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> Node:
    """GET /nodes/{name}"""
    request = _get_node_request(
        name=name,
    )
    response = self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def get_node__raw(
    self: RawResponses,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[Node]:
    """Client.get_node, returning the response as received."""
    request = _get_node_request(
        name=name,
    )
    return self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


get_node__streamed = streamed(get_node__raw)


async def get_node__async(
    self: AsyncAPIClient,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> Node:
    """GET /nodes/{name}"""
    request = _get_node_request(
        name=name,
    )
    response = await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


async def get_node__async_raw(
    self: AsyncRawResponses,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[Node]:
    """AsyncClient.get_node, returning the response as received."""
    request = _get_node_request(
        name=name,
    )
    return await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


get_node__async_streamed = astreamed(get_node__async_raw)
