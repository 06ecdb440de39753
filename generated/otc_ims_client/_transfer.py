# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""How one try of a call travels: its deadline, the redirects it follows, and its body, read within limits.

The clients (_http.py) send with ``stream=True`` and ``follow_redirects=False`` whatever httpx
client they were given, and do here what httpx would otherwise do unbounded: read the body
(at most ``max_response_bytes``, counted after decompression, and until the call's deadline),
and follow the redirects that client asks to follow, credentials going only to the base
URL's origin.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlencode

import httpx

from ._errors import ERROR_BODY_BYTES, deadline_error, too_large_error

DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
"""The most bytes of a response body a call reads (after decompression): 64 MiB."""

ForOrigin = Callable[[httpx.Request], httpx.Request]
"""What a redirect's request becomes: itself within the base URL's origin, without credentials outside it."""

_DEFAULT_PORTS: Final = {"http": 80, "https": 443}
_SENT_ONLY_TO_THE_ORIGIN: Final = frozenset({"authorization", "proxy-authorization", "cookie"})


@dataclass(frozen=True, slots=True)
class Limits:
    """What bounds one call: the bytes of a 2xx body (None: no limit) and its total deadline.

    ``ends`` is the ``time.monotonic()`` at which the deadline passes (None: no deadline);
    ``timeout`` the request's per-phase httpx timeouts, which each try caps by the time left.
    """

    max_response_bytes: int | None
    deadline: float | None
    ends: float | None
    timeout: Mapping[str, float | None]

    @classmethod
    def start(
        cls, request: httpx.Request, max_response_bytes: int | None, deadline: float | None
    ) -> Limits:
        ends = None if deadline is None else time.monotonic() + deadline
        timeout: Mapping[str, float | None] = request.extensions.get("timeout") or {}
        return cls(max_response_bytes, deadline, ends, timeout)

    def check(self, request: httpx.Request) -> None:
        """APITimeoutError if the deadline has passed."""
        if self.ends is not None and time.monotonic() >= self.ends:
            raise deadline_error(request, self.deadline or 0.0)

    def too_late(self, delay: float) -> bool:
        """Whether a wait of ``delay`` seconds would end past the deadline."""
        return self.ends is not None and time.monotonic() + delay >= self.ends

    def cap_timeout(self, request: httpx.Request) -> None:
        """Give ``request`` per-phase timeouts no longer than the time left (APITimeoutError if none is)."""
        if self.ends is None:
            return
        left = self.ends - time.monotonic()
        if left <= 0:
            raise deadline_error(request, self.deadline or 0.0)
        phases = self.timeout or dict.fromkeys(("connect", "read", "write", "pool"))
        capped = {
            phase: left if limit is None else min(limit, left) for phase, limit in phases.items()
        }
        request.extensions = {**request.extensions, "timeout": capped}

    def body_cap(self, status: int) -> int | None:
        """The most of a body to read: max_response_bytes for a 2xx, and no more than an error keeps otherwise."""
        if 200 <= status < 300:
            return self.max_response_bytes
        return (
            ERROR_BODY_BYTES
            if self.max_response_bytes is None
            else min(self.max_response_bytes, ERROR_BODY_BYTES)
        )


def check_limits(max_response_bytes: int | None, deadline: float | None, max_pages: int) -> None:
    """A ValueError for a limit that can't be one: no bytes, no time, no page."""
    if max_response_bytes is not None and max_response_bytes < 1:
        raise ValueError(
            f"max_response_bytes must be a positive number of bytes or None, not {max_response_bytes!r}"
        )
    if deadline is not None and not deadline > 0:
        raise ValueError(f"deadline must be a positive number of seconds or None, not {deadline!r}")
    if max_pages < 1:
        raise ValueError(f"max_pages must be at least 1, not {max_pages!r}")


def fetch(
    http: httpx.Client,
    request: httpx.Request,
    limits: Limits,
    for_origin: ForOrigin,
    stream: bool = False,
) -> httpx.Response:
    """One try: the request, the redirects ``http`` follows (as ``for_origin`` makes them), and the
    body, read within ``limits``; with ``stream`` a 2xx body is left to read, the response open
    (``keep_open``). The auth of ``http`` goes with the first request only, as httpx does."""
    history: list[httpx.Response] = []
    while True:
        limits.cap_timeout(request)
        auth = None if history else httpx.USE_CLIENT_DEFAULT
        response = http.send(request, stream=True, follow_redirects=False, auth=auth)
        following = response.next_request if http.follow_redirects else None
        if following is None:
            response.history = history
            if not keep_open(response, limits, stream):
                read_body(response, limits)
            return response
        response.close()
        if len(history) >= http.max_redirects:
            raise httpx.TooManyRedirects(
                "Exceeded maximum allowed redirects.", request=response.request
            )
        history.append(response)
        request = for_origin(following)


async def afetch(
    http: httpx.AsyncClient,
    request: httpx.Request,
    limits: Limits,
    for_origin: ForOrigin,
    stream: bool = False,
) -> httpx.Response:
    """fetch, for an httpx.AsyncClient, the whole try within the deadline: a server that drips even its
    headers is cut off at it (the event loop's clock is time.monotonic())."""
    if limits.ends is None:
        return await _afetch(http, request, limits, for_origin, stream)
    import asyncio  # here, not at the top: a sync client never loads it (~14 ms)

    scope = asyncio.timeout_at(limits.ends)
    try:
        async with scope:
            return await _afetch(http, request, limits, for_origin, stream)
    except TimeoutError:
        if scope.expired():
            raise deadline_error(request, limits.deadline or 0.0) from None
        raise


async def _afetch(
    http: httpx.AsyncClient,
    request: httpx.Request,
    limits: Limits,
    for_origin: ForOrigin,
    stream: bool = False,
) -> httpx.Response:
    history: list[httpx.Response] = []
    while True:
        limits.cap_timeout(request)
        auth = None if history else httpx.USE_CLIENT_DEFAULT
        response = await http.send(request, stream=True, follow_redirects=False, auth=auth)
        following = response.next_request if http.follow_redirects else None
        if following is None:
            response.history = history
            if not keep_open(response, limits, stream):
                await aread_body(response, limits)
            return response
        await response.aclose()
        if len(history) >= http.max_redirects:
            raise httpx.TooManyRedirects(
                "Exceeded maximum allowed redirects.", request=response.request
            )
        history.append(response)
        request = for_origin(following)


STREAM_LIMITS: Final = "typed_openapi.limits"
"""The key of an open response's extensions holding its call's Limits, which bound its reading."""


def keep_open(response: httpx.Response, limits: Limits, stream: bool) -> bool:
    """Whether a response is handed back unread (a 2xx one, with ``stream``): it keeps its Limits."""
    if not (stream and 200 <= response.status_code < 300):
        return False
    response.extensions = {**response.extensions, STREAM_LIMITS: limits}
    return True


def read_body(response: httpx.Response, limits: Limits) -> None:
    """Read a streamed response's body within ``limits``, then close it: ``response.content`` is the body.

    A 2xx body longer than max_response_bytes is a ResponseTooLargeError; another status's body
    is cut at the cap (its error keeps no more). A deadline that passes is an APITimeoutError.
    """
    cap = limits.body_cap(response.status_code)
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if cap is not None and size > cap:
                break
            limits.check(response.request)
    finally:
        response.close()
    _keep(response, chunks, size, cap, limits)


async def aread_body(response: httpx.Response, limits: Limits) -> None:
    """read_body, for an httpx.AsyncClient's response."""
    cap = limits.body_cap(response.status_code)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if cap is not None and size > cap:
                break
            limits.check(response.request)
    finally:
        await response.aclose()
    _keep(response, chunks, size, cap, limits)


def _keep(
    response: httpx.Response, chunks: list[bytes], size: int, cap: int | None, limits: Limits
) -> None:
    body = b"".join(chunks)
    if cap is not None and size > cap:
        if 200 <= response.status_code < 300:
            raise too_large_error(response, cap, body[:ERROR_BODY_BYTES])
        body = body[:cap]
    # httpx has no public way to give a streamed response the content read from it: read() sets this.
    response._content = body  # pyright: ignore[reportPrivateUsage]


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (the default port of the scheme if the URL has none)."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def without_credentials(
    request: httpx.Request, secret_header: Callable[[str], bool], credential_query: frozenset[str]
) -> httpx.Request:
    """``request`` (a redirect to another origin than the base URL's) without the credentials: no
    Authorization, Cookie or other secret header, no query credential, no user info in the URL."""
    headers = [
        (k, v) for k, v in request.headers.multi_items() if not _stripped_header(k, secret_header)
    ]
    url = request.url
    pairs = url.params.multi_items()
    if any(k.lower() in credential_query for k, _ in pairs):
        kept = [(k, v) for k, v in pairs if k.lower() not in credential_query]
        url = url.copy_with(query=urlencode(kept).encode("ascii") or None)
    if url.userinfo:
        url = url.copy_with(userinfo=b"")
    extensions: dict[str, Any] = dict(request.extensions)
    return httpx.Request(
        request.method, url, headers=headers, stream=request.stream, extensions=extensions
    )


def _stripped_header(name: str, secret_header: Callable[[str], bool]) -> bool:
    return name.lower() in _SENT_ONLY_TO_THE_ORIGIN or secret_header(name)
