# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The typed errors of the clients, and how a failed request or a non-2xx response becomes one.

The clients (_http.py) raise them; client.py re-exports them, with the spec's error models
decoded into ``error_model``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

import httpx

from ._runtime import json_loads

ERROR_BODY_BYTES: Final = 1024 * 1024
"""The most of a body an error keeps (``body``): its first MiB; an error status's body is read no further."""


class APIError(Exception):
    """The base of every error the clients raise."""


class APIConnectionError(APIError):
    """No HTTP reply: the server could not be reached, the connection broke, or the reply wasn't HTTP."""


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


class APIStatusError(APIError):
    """The server answered with a status that is not 2xx.

    ``body`` is the raw body (at most its first MiB, ERROR_BODY_BYTES), ``error_model`` the
    spec's error model decoded from it (None if the spec has none for this status, or the body
    doesn't fit it), ``request_id`` the server's id of the request (its request-id header),
    which the message shows too.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error_model: object | None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.content[:ERROR_BODY_BYTES]
        self.error_model = error_model
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests (raised once the retries, if any, are spent)."""


class InternalServerError(APIStatusError):
    """Any 5xx status (raised once the retries, if any, are spent)."""


class ResponseDecodeError(APIError):
    """A 2xx body that isn't JSON or doesn't fit its model.

    ``body`` is the raw body (at most its first MiB, ERROR_BODY_BYTES); ``cause`` (also
    ``__cause__``) is the JSON or DecodeError (a stream's: ``body`` is the event's data or the
    line that doesn't fit); ``request_id`` the server's id of the request,
    as on APIStatusError.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        cause: Exception,
        request_id: str | None = None,
        body: bytes | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = (response.content if body is None else body)[:ERROR_BODY_BYTES]
        self.cause = cause
        self.request_id = request_id


class ResponseTooLargeError(APIError):
    """A body longer than the call's ``max_response_bytes`` (counted after decompression): reading stopped there.

    ``limit`` is that limit, ``body`` the start of the body (at most ERROR_BODY_BYTES).
    """

    def __init__(self, message: str, *, response: httpx.Response, limit: int, body: bytes) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.headers = response.headers
        self.limit = limit
        self.body = body[:ERROR_BODY_BYTES]


class TooManyPagesError(APIError):
    """A pager read ``max_pages`` pages and the server still gave a next one."""

    def __init__(self, message: str, *, max_pages: int) -> None:
        super().__init__(message)
        self.max_pages = max_pages


_STATUS_ERRORS: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

ErrorDecoder = Callable[[Any], object]
"""Decodes a JSON error body into the spec's error model."""


def status_error(
    response: httpx.Response,
    errors: Mapping[str, ErrorDecoder] | None,
    request_id_headers: tuple[str, ...] = (),
) -> APIStatusError:
    """The typed error for a non-2xx response, with the error model decoded if the spec has one.

    Its request id is the first of ``request_id_headers`` the response has.
    """
    status = response.status_code
    errors = errors or {}
    decode = errors.get(str(status)) or errors.get(f"{str(status)[0]}XX") or errors.get("default")
    error_model = None
    if decode is not None:
        try:
            error_model = decode(json_loads(response.content))
        except (ValueError, RecursionError):
            error_model = None  # the raw body is still there
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    message = f"{status} {response.reason_phrase} from {where_of(response.request)}"
    request_id = request_id_of(response.headers, request_id_headers)
    if request_id is not None:
        message += f" (request id {request_id})"
    return cls(message, response=response, error_model=error_model, request_id=request_id)


def request_id_of(headers: httpx.Headers, names: tuple[str, ...]) -> str | None:
    """The value of the first of the request-id headers ``names`` that ``headers`` has."""
    for name in names:
        if name in headers:
            return headers[name]
    return None


def where_of(request: httpx.Request) -> str:
    """Method and URL without the query, which may hold an API key, and without a user's password."""
    return f"{request.method} {request.url.copy_with(query=None, userinfo=b'')}"


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """The typed error of a failed request. httpx's text of a request it could not write (a
    LocalProtocolError) quotes the header value at fault, which may be a secret: it is left out."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    if isinstance(exc, httpx.LocalProtocolError):
        return cls(
            f"{where_of(exc.request)}: {type(exc).__name__}: httpx could not write the request"
        )
    return cls(f"{where_of(exc.request)}: {type(exc).__name__}: {exc}")


def deadline_error(request: httpx.Request, deadline: float) -> APITimeoutError:
    """The error of a call whose total deadline (all tries, waits and body reads) has passed."""
    return APITimeoutError(f"{where_of(request)}: the call's deadline of {deadline:g} s passed")


def too_large_error(response: httpx.Response, limit: int, body: bytes) -> ResponseTooLargeError:
    message = (
        f"the {response.status_code} response of {where_of(response.request)} is longer than "
        f"max_response_bytes={limit} (after decompression); reading stopped there"
    )
    return ResponseTooLargeError(message, response=response, limit=limit, body=body)
