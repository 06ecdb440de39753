# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The fixed HTTP runtime of the clients: requests, retries, and the clients that send them.

client.py turns each operation call into a Request (its arguments encoded by _encoding.py);
SyncAPIClient and AsyncAPIClient send it with httpx, retry what is safe to retry, and hand
back an APIResponse (_responses.py) whose parse() gives the decoded model, or raise one of
the typed errors of _errors.py. Pages of list operations are in _pages.py. Only client.py
imports these modules, so the models work without httpx.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Final, Generic, Literal, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from ._encoding import Part, cookie_header
from ._errors import APIError, ErrorDecoder, connection_error, status_error
from ._responses import APIResponse
from ._runtime import UNSET, Unset

T = TypeVar("T")

log = logging.getLogger(__name__)

Timeout = float | httpx.Timeout | None
"""Seconds for each step of a request (connect, write, read, pool), an httpx.Timeout, or None: no limit."""

DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 2
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
"""Methods retried without being asked: sending one twice has the effect of sending it once."""


# --- requests --------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Request(Generic[T]):
    """One operation call as it is sent; client.py builds it from the typed arguments.

    Not frozen (a frozen dataclass costs 0.5 µs more to make, on every call); nothing changes
    one once it is made: the next page is a copy (``dataclasses.replace``).
    """

    method: str
    path: str  # below the base URL ("/v1/images/abc"), or an absolute URL (a next-page link)
    parse: Callable[[httpx.Response], T]  # reads a 2xx response
    query: list[tuple[str, str]] | None = None
    headers: dict[str, str] | None = None
    cookies: list[tuple[str, str]] | None = None
    body: bytes | None = None  # JSON, a form, text or bytes, as sent
    content_type: str | None = None  # of ``body``
    files: list[Part] | None = None  # a multipart/form-data body
    security: tuple[str, ...] = ()  # the security schemes whose credentials go with it
    errors: Mapping[str, ErrorDecoder] | None = None  # by "404", "4XX" or "default"


# --- retries ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Backoff:
    """How long to wait before a retry: ``base * 2**retry`` seconds, at most ``cap``, jittered.

    A ``Retry-After`` header is obeyed instead, up to ``retry_after_cap`` seconds: a server
    that asks for a longer wait gets no retry, and its error is raised at once.
    """

    base: float = 0.5
    cap: float = 8.0
    retry_after_cap: float = 60.0

    def delay(self, retry: int) -> float:
        return min(self.cap, self.base * 2.0**retry) * random.uniform(0.5, 1.0)


DEFAULT_BACKOFF: Final = Backoff()


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks for (delay-seconds or an HTTP-date), if any."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - (now or datetime.now(timezone.utc))).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def retry_delay(response: httpx.Response, retry: int, backoff: Backoff) -> float | None:
    """How long to wait before retrying after ``response``; None if it must not be retried."""
    status = response.status_code
    if status not in (408, 429) and status < 500:
        return None
    asked = retry_after(response.headers)
    if asked is None:
        return backoff.delay(retry)
    return asked if asked <= backoff.retry_after_cap else None


def retryable(exc: httpx.RequestError) -> bool:
    """A broken or refused connection, a timeout, a garbled reply: worth another try."""
    return isinstance(exc, (httpx.TransportError, httpx.DecodingError)) and not isinstance(
        exc, httpx.UnsupportedProtocol
    )


def _log_retry(request: Request[Any], why: str, delay: float, retry: int, retries: int) -> None:
    log.info(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        request.method,
        request.path.split("?")[0],
        why,
        delay,
        retry + 1,
        retries,
    )


# --- clients ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Credential:
    """A secret sent with the operations whose security names its scheme; repr never shows it."""

    location: Literal["header", "query", "cookie"]
    name: str
    value: str = field(repr=False)


_Sent = tuple[dict[str, str] | None, list[tuple[str, str]] | None, list[tuple[str, str]] | None]
"""What a security requirement adds to a request: headers, query pairs, cookies."""


class _SentBySecurity(dict[tuple[str, ...], _Sent]):
    """What each security requirement adds, worked out once; its repr never shows the secrets in it."""

    def __repr__(self) -> str:
        return f"<credentials of {len(self)} security requirements>"


class BaseAPIClient:
    """What the sync and async clients share: configuration and how a Request becomes HTTP.

    The httpx client a client makes itself carries Accept and the header credentials every
    operation sends (``sent_always``), set once; with an httpx client given by the caller
    they go with each request instead, and that client is left as it was.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential],
        timeout: Timeout,
        max_retries: int,
        backoff: Backoff,
        sent_always: tuple[str, ...] = (),
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self._credentials = dict(credentials)
        self._sent_always = tuple(
            k
            for k in sent_always
            if k in self._credentials and self._credentials[k].location == "header"
        )
        self._headers_on_client = False
        self._sent = _SentBySecurity()

    def __repr__(self) -> str:
        given = ", ".join(sorted(self._credentials))
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=[{given}])"

    def _client_headers(self) -> dict[str, str]:
        """The default headers of an httpx client made here: Accept and the credentials every operation sends."""
        self._headers_on_client = True
        self._sent.clear()
        headers = {"Accept": "application/json"}
        for key in self._sent_always:
            headers[self._credentials[key].name] = self._credentials[key].value
        return headers

    def _retries(self, request: Request[Any], max_retries: int | Unset) -> int:
        """Idempotent requests get the client's retries; others only those the call asks for."""
        if max_retries is not UNSET:
            return max_retries
        return self.max_retries if request.method in IDEMPOTENT_METHODS else 0

    def _wait_after_error(
        self, request: Request[Any], max_retries: int | Unset, retry: int, exc: httpx.RequestError
    ) -> float:
        """How long to wait before retrying after ``exc``; raise its typed error if it isn't retried."""
        retries = self._retries(request, max_retries)
        if retry >= retries or not retryable(exc):
            raise connection_error(exc) from exc
        delay = self.backoff.delay(retry)
        _log_retry(request, type(exc).__name__, delay, retry, retries)
        return delay

    def _wait_after_status(
        self, request: Request[Any], max_retries: int | Unset, retry: int, response: httpx.Response
    ) -> float:
        """How long to wait before retrying a non-2xx ``response``; raise its typed error if it isn't retried."""
        retries = self._retries(request, max_retries)
        delay = retry_delay(response, retry, self.backoff) if retry < retries else None
        if delay is None:
            raise status_error(response, request.errors)
        _log_retry(request, str(response.status_code), delay, retry, retries)
        return delay

    def _url(self, path: str) -> str:
        if path[:1] == "/":
            return self.base_url + path
        parts = urlsplit(path)
        if not parts.scheme:
            return self.base_url + path
        if parts[:2] != urlsplit(self.base_url)[:2]:
            raise APIError(
                f"refusing to send credentials to {path.split('?')[0]}: not below {self.base_url}"
            )
        return path

    def _sent_with(self, security: tuple[str, ...]) -> _Sent:
        """The headers, query pairs and cookies the credentials of ``security`` add (worked out once)."""
        headers: dict[str, str] = {} if self._headers_on_client else {"Accept": "application/json"}
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        for scheme in security:
            credential = self._credentials.get(scheme)
            if credential is None or (self._headers_on_client and scheme in self._sent_always):
                continue
            if credential.location == "header":
                headers[credential.name] = credential.value
            elif credential.location == "query":
                query.append((credential.name, credential.value))
            else:
                cookies.append((credential.name, credential.value))
        sent = (headers or None, query or None, cookies or None)
        self._sent[security] = sent
        return sent

    def _http_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        request: Request[Any],
        timeout: Timeout | Unset,
    ) -> httpx.Request:
        headers, query, cookies = self._sent.get(request.security) or self._sent_with(
            request.security
        )
        if request.headers:
            headers = {**headers, **request.headers} if headers else request.headers
        if request.query:
            query = request.query + query if query else request.query
        if request.cookies or cookies:
            headers = {
                **(headers or {}),
                "Cookie": cookie_header((request.cookies or []) + (cookies or [])),
            }
        if request.content_type is not None and request.body is not None:
            headers = {**(headers or {}), "Content-Type": request.content_type}
        return http.build_request(
            request.method,
            self._url(request.path),
            params=None
            if query is None
            else tuple(query),  # None leaves a next link's query as sent
            headers=headers,
            content=request.body,
            files=request.files,
            timeout=self.timeout if timeout is UNSET else timeout,
        )


class SyncAPIClient(BaseAPIClient):
    """Sends Requests with an httpx.Client: its own (closed by close()), or the one given."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential],
        timeout: Timeout,
        max_retries: int,
        backoff: Backoff,
        http_client: httpx.Client | None,
        sent_always: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            sent_always=sent_always,
        )
        self._http = (
            http_client if http_client is not None else httpx.Client(headers=self._client_headers())
        )
        self._owns_http = http_client is None

    def send(
        self,
        request: Request[T],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[T]:
        """Send ``request``, retrying what may be retried; raise the typed error of a failure."""
        http_request = self._http_request(self._http, request, timeout)
        retry = 0
        while True:
            try:
                response = self._http.send(http_request)
            except httpx.RequestError as exc:
                delay = self._wait_after_error(request, max_retries, retry, exc)
            else:
                if 200 <= response.status_code < 300:
                    return APIResponse(response, request.parse)
                delay = self._wait_after_status(request, max_retries, retry, response)
                response.close()
            time.sleep(delay)
            retry += 1

    def close(self) -> None:
        """Close the connections, unless the httpx.Client was given by the caller."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseAPIClient):
    """Sends Requests with an httpx.AsyncClient: its own (closed by aclose()), or the one given."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential],
        timeout: Timeout,
        max_retries: int,
        backoff: Backoff,
        http_client: httpx.AsyncClient | None,
        sent_always: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            sent_always=sent_always,
        )
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(headers=self._client_headers())
        )
        self._owns_http = http_client is None

    async def send(
        self,
        request: Request[T],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> APIResponse[T]:
        """Send ``request``, retrying what may be retried; raise the typed error of a failure."""
        http_request = self._http_request(self._http, request, timeout)
        retry = 0
        while True:
            try:
                response = await self._http.send(http_request)
            except httpx.RequestError as exc:
                delay = self._wait_after_error(request, max_retries, retry, exc)
            else:
                if 200 <= response.status_code < 300:
                    return APIResponse(response, request.parse)
                delay = self._wait_after_status(request, max_retries, retry, response)
                await response.aclose()
            await asyncio.sleep(delay)
            retry += 1

    async def aclose(self) -> None:
        """Close the connections, unless the httpx.AsyncClient was given by the caller."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
