# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""What the clients read back: the 2xx body readers, and APIResponse, a response with its parse().

Each operation of client.py has one body reader, made once: JSON decoded with its model's
decoder, text, bytes, nothing, or one of these by status. The clients (_http.py) hand back
an APIResponse; its parse() runs the reader, and raises ResponseDecodeError with the raw
body if the body doesn't fit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._errors import ResponseDecodeError, request_id_of, where_of
from ._runtime import json_loads

T = TypeVar("T")

Reader = Callable[[httpx.Response], T]
"""Reads a 2xx response: its JSON decoded into a model, its text, its bytes, or nothing."""


def json_body(decode: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A body reader: parse JSON, then decode it with a model's decoder."""

    def parse(response: httpx.Response) -> T:
        return decode(json_loads(response.content))

    return parse


def json_model_body(decode: Callable[[bytes], T]) -> Callable[[httpx.Response], T]:
    """A body reader for a model: its ``from_json``, which decodes the bytes in one pass where it can."""

    def parse(response: httpx.Response) -> T:
        return decode(response.content)

    return parse


def no_body(response: httpx.Response) -> None:
    """The body reader of responses the spec gives no body: it is ignored."""
    return None


def text_body(response: httpx.Response) -> str:
    """The body reader of text responses (text/plain, XML...): the text, decoded as its charset says."""
    return response.text


def bytes_body(response: httpx.Response) -> bytes:
    """The body reader of binary responses (files, images...): the bytes as received."""
    return response.content


def by_status(
    readers: Mapping[str, Callable[[httpx.Response], Any]],
) -> Callable[[httpx.Response], Any]:
    """A body reader choosing by status: "201", else "2XX", else the first documented 2xx response's."""
    first = next(iter(readers.values()))

    def parse(response: httpx.Response) -> Any:
        status = str(response.status_code)
        read = readers.get(status) or readers.get(status[0] + "XX") or first
        return read(response)

    return parse


class APIResponse(Generic[T]):
    """A 2xx response as received: status, headers, body; ``parse()`` decodes the model."""

    __slots__ = ("http_response", "_parse", "_request_id_headers")

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        request_id_headers: tuple[str, ...] = (),
    ) -> None:
        self.http_response = http_response
        self._parse = parse
        self._request_id_headers = request_id_headers

    @property
    def request_id(self) -> str | None:
        """The server's id of the request: the first request-id header it sent, or None."""
        return request_id_of(self.http_response.headers, self._request_id_headers)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        """The body as plain JSON (raises a ValueError if it is not JSON)."""
        return json_loads(self.http_response.content)

    def parse(self) -> T:
        """The decoded model; ResponseDecodeError (with the raw body) if the body doesn't fit."""
        try:
            return self._parse(self.http_response)
        except (ValueError, RecursionError) as exc:  # DecodeError and JSON errors are ValueErrors
            where = where_of(self.http_response.request)
            request_id = self.request_id
            shown = "" if request_id is None else f" (request id {request_id})"
            message = (
                f"the {self.status_code} response of {where}{shown} could not be decoded: {exc}"
            )
            raise ResponseDecodeError(
                message, response=self.http_response, cause=exc, request_id=request_id
            ) from exc

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {where_of(self.http_response.request)}>"
