# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The fixed HTTP runtime of the clients: requests, retries, and the clients that send them.

client.py turns each operation call into a Request (its arguments encoded by _encoding.py);
SyncAPIClient and AsyncAPIClient send it with httpx, retry what is safe to retry, and hand
back an APIResponse (_responses.py) whose parse() gives the decoded model, or raise one of
the typed errors of _errors.py. Pages of list operations are in _pages.py. Only client.py
imports these modules, so the models work without httpx.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from ._auth import Authenticator, Credential, Dynamic
from ._encoding import (
    IDEMPOTENCY_KEY,
    Content,
    Part,
    check_header,
    check_headers,
    cookie_header,
    merged_headers,
    merged_query,
    replayable,
    sendable,
    with_extra_body,
    with_idempotency_key,
)
from ._errors import APIError, ErrorDecoder, connection_error, request_id_of, status_error
from ._logs import log, redacted_headers, redacted_url, secret_name
from ._responses import APIResponse
from ._retries import Backoff, retry_delay, retryable
from ._runtime import UNSET, Unset
from ._transfer import (
    DEFAULT_MAX_RESPONSE_BYTES,
    Limits,
    afetch,
    check_limits,
    fetch,
    origin,
    without_credentials,
)

T = TypeVar("T")


Timeout = float | httpx.Timeout | None
"""Seconds for each step of a request (connect, write, read, pool), an httpx.Timeout, or None: no limit."""

DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_MAX_PAGES: Final = 1000
"""The most pages a paginate_ method reads; a server that still gives a next page raises TooManyPagesError."""
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
"""Methods retried without being asked: sending one twice has the effect of sending it once."""
REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "request-id",
    "x-ms-request-id",
    "x-openstack-request-id",
)
"""Where servers commonly send their id of a request, looked for after the one the spec declares."""


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
    body: bytes | Content | None = None  # JSON, a form, text or bytes as sent, or a binary stream
    content_type: str | None = None  # of ``body``
    files: list[Part] | None = None  # a multipart/form-data body
    security: tuple[str, ...] = ()  # the security schemes whose credentials go with it
    errors: Mapping[str, ErrorDecoder] | None = None  # by "404", "4XX" or "default"
    idempotent: bool = False  # the spec's x-idempotent: every try carries the same Idempotency-Key
    stream: bool = (
        False  # an event stream or JSON lines: the 2xx body is read as it arrives (_streaming.py)
    )


# --- retries ---------------------------------------------------------------------------------


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


_Sent = tuple[dict[str, str] | None, list[tuple[str, str]] | None, list[tuple[str, str]] | None]
"""What a security requirement adds to a request: headers, query pairs, cookies."""


class _SentBySecurity(dict[tuple[str, ...], _Sent]):
    """What each security requirement adds, worked out once; its repr never shows the secrets in it."""

    def __repr__(self) -> str:
        return f"<credentials of {len(self)} security requirements>"


class _Given(dict[str, Any]):
    """The credential arguments a client was made with, for its copies; its repr never shows them."""

    def __repr__(self) -> str:
        return f"<{len(self)} credential arguments>"


def _check_credentials(credentials: Mapping[str, Credential], headers: Mapping[str, str]) -> None:
    """A ValueError naming the argument (never the value) whose header httpx could not send: found
    when the client is made, not as a retried request whose error quotes the secret."""
    for credential in credentials.values():
        if credential.location == "header":
            check_header(
                credential.name, credential.value, f"{credential.parameter or 'a credential'}="
            )
    check_headers(headers, "headers=")


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
        credentials: Mapping[str, Credential | Dynamic],
        timeout: Timeout,
        max_retries: int,
        backoff: Backoff,
        sent_always: tuple[str, ...] = (),
        given: Mapping[str, Any] | None = None,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS,
        secret_names: frozenset[str] = frozenset(),
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        check_limits(max_response_bytes, deadline, max_pages)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.idempotency_keys = idempotency_keys
        self.max_response_bytes = max_response_bytes
        self.deadline = deadline
        self.max_pages = max_pages
        self._credentials = {k: c for k, c in credentials.items() if isinstance(c, Credential)}
        self._auth = Authenticator(
            {k: c for k, c in credentials.items() if isinstance(c, Dynamic)}, self.base_url
        )
        self._sent_always = tuple(
            k
            for k in sent_always
            if k in self._credentials and self._credentials[k].location == "header"
        )
        self._headers_on_client = False
        self._sent = _SentBySecurity()
        self._given = _Given(given or {})
        self._headers = dict(headers or {})
        self._query = dict(query or {})
        self._request_id_headers = request_id_headers
        self._secret_names = secret_names | {c.name.lower() for c in credentials.values()}
        self._credential_query = frozenset(
            c.name.lower() for c in credentials.values() if c.location == "query"
        )
        self._origin = origin(httpx.URL(self.base_url))
        self._shown_base_url = str(
            httpx.URL(self.base_url).copy_with(userinfo=b"")
        )  # without a password
        _check_credentials(self._credentials, self._headers)

    def __repr__(self) -> str:
        given = ", ".join(sorted([*self._credentials, *self._auth.dynamic]))
        return f"{type(self).__name__}(base_url={self._shown_base_url!r}, credentials=[{given}])"

    def _client_headers(self) -> dict[str, str]:
        """The default headers of an httpx client made here: Accept and the credentials every operation sends."""
        self._headers_on_client = True
        self._sent.clear()
        headers = {"Accept": "application/json"}
        for key in self._sent_always:
            headers[self._credentials[key].name] = self._credentials[key].value
        return headers

    def _retries(
        self, request: Request[Any], http_request: httpx.Request, max_retries: int | Unset
    ) -> int:
        """Idempotent requests, and those with an Idempotency-Key, get the client's retries; others
        only those the call asks for. A body sent from an iterator is never sent twice."""
        if not replayable(request.body):
            return 0
        if max_retries is not UNSET:
            return max_retries
        if http_request.method in IDEMPOTENT_METHODS or IDEMPOTENCY_KEY in http_request.headers:
            return self.max_retries
        return 0

    def _limits(
        self,
        http_request: httpx.Request,
        max_response_bytes: int | None | Unset,
        deadline: float | None | Unset,
    ) -> Limits:
        """A call's limits: its own max_response_bytes and deadline, else the client's."""
        max_bytes = self.max_response_bytes if max_response_bytes is UNSET else max_response_bytes
        seconds = self.deadline if deadline is UNSET else deadline
        check_limits(max_bytes, seconds, 1)
        return Limits.start(http_request, max_bytes, seconds)

    def _wait_after(
        self,
        request: Request[Any],
        http_request: httpx.Request,
        max_retries: int | Unset,
        retry: int,
        failure: httpx.RequestError | httpx.Response,
        started: float,
        limits: Limits,
    ) -> float:
        """How long to wait before retrying after a failed try; raise its typed error if it isn't
        retried (or if the wait would end past the deadline). Called outside the ``except`` block
        that caught ``failure``, so the error raised has no ``__context__``."""
        if isinstance(failure, httpx.Response):
            return self._wait_after_status(
                request, http_request, max_retries, retry, failure, started, limits
            )
        return self._wait_after_error(
            request, http_request, max_retries, retry, failure, started, limits
        )

    def _wait_after_error(
        self,
        request: Request[Any],
        http_request: httpx.Request,
        max_retries: int | Unset,
        retry: int,
        exc: httpx.RequestError,
        started: float,
        limits: Limits,
    ) -> float:
        """How long to wait before retrying after ``exc``; raise its typed error if it isn't retried."""
        if log.isEnabledFor(logging.INFO):
            self._log_try(http_request, type(exc).__name__, retry, started)
        retries = self._retries(request, http_request, max_retries)
        delay = self.backoff.delay(retry)
        if retry >= retries or not retryable(exc) or limits.too_late(delay):
            if isinstance(
                exc, httpx.LocalProtocolError
            ):  # its text and cause may quote a header value
                raise connection_error(exc) from None
            raise connection_error(exc) from exc
        _log_retry(request, type(exc).__name__, delay, retry, retries)
        return delay

    def _wait_after_status(
        self,
        request: Request[Any],
        http_request: httpx.Request,
        max_retries: int | Unset,
        retry: int,
        response: httpx.Response,
        started: float,
        limits: Limits,
    ) -> float:
        """How long to wait before retrying a non-2xx ``response``; raise its typed error if it isn't retried."""
        if log.isEnabledFor(logging.INFO):
            self._log_try(http_request, self._outcome(response), retry, started)
        retries = self._retries(request, http_request, max_retries)
        delay = retry_delay(response, retry, self.backoff) if retry < retries else None
        if delay is None or limits.too_late(delay):
            raise status_error(response, request.errors, self._request_id_headers)
        _log_retry(request, str(response.status_code), delay, retry, retries)
        return delay

    def _for_origin(self, request: httpx.Request) -> httpx.Request:
        """A redirect's request: as it is within the base URL's origin, without the credentials outside it."""
        if origin(request.url) == self._origin:
            return request
        return without_credentials(request, self._secret_header, self._credential_query)

    def _secret_header(self, name: str) -> bool:
        return secret_name(name, self._secret_names)

    def _outcome(self, response: httpx.Response) -> str:
        """``200 OK``, and the server's request id if it sent one: what a log line says of a response."""
        request_id = request_id_of(response.headers, self._request_id_headers)
        shown = "" if request_id is None else f", request id {request_id}"
        return f"{response.status_code} {response.reason_phrase}{shown}"

    def _log_try(
        self, http_request: httpx.Request, outcome: str, retry: int, started: float
    ) -> None:
        """One line per try at INFO, with its request headers at DEBUG; never a secret."""
        elapsed = (time.perf_counter() - started) * 1000
        url = redacted_url(http_request.url, self._secret_names)
        log.info(
            "%s %s -> %s (try %d, %.1f ms)", http_request.method, url, outcome, retry + 1, elapsed
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "request headers: %s", redacted_headers(http_request.headers, self._secret_names)
            )

    def _share_pool_of(self, source: BaseAPIClient, shared: bool) -> None:
        """A copy of ``source`` that sends with its httpx client (``shared``) may rely on the credentials
        that client carries, if they are the copy's too; otherwise its own go with each request."""
        if shared and source._headers_on_client and self._sent_always == source._sent_always:
            if all(self._credentials[k] == source._credentials[k] for k in self._sent_always):
                self._headers_on_client = True

    def _copied_headers(
        self, headers: Mapping[str, str] | None, set_headers: Mapping[str, str] | None
    ) -> dict[str, str]:
        """A copy's headers: these merged over the client's (``headers``), or instead of them (``set_headers``)."""
        if headers is not None and set_headers is not None:
            raise ValueError(
                "give headers (merged over the client's) or set_headers (replacing them), not both"
            )
        return (
            dict(set_headers) if set_headers is not None else {**self._headers, **(headers or {})}
        )

    def _copied_query(
        self, query: Mapping[str, str] | None, set_query: Mapping[str, str] | None
    ) -> dict[str, str]:
        """A copy's query parameters: merged over the client's (``query``), or instead of them (``set_query``)."""
        if query is not None and set_query is not None:
            raise ValueError(
                "give query (merged over the client's) or set_query (replacing them), not both"
            )
        return dict(set_query) if set_query is not None else {**self._query, **(query or {})}

    def _url(self, path: str) -> str:
        if path[:1] == "/":
            return self.base_url + path
        parts = urlsplit(path)
        if not parts.scheme:
            return self.base_url + path
        if parts[:2] != urlsplit(self.base_url)[:2]:
            raise APIError(
                f"refusing to send credentials to {path.split('?')[0]}: not below {self._shown_base_url}"
            )
        return path

    def _sent_with(self, security: tuple[str, ...]) -> _Sent:
        """The headers, query pairs and cookies the credentials of ``security`` add (worked out once)."""
        headers: dict[str, str] = {} if self._headers_on_client else {"Accept": "application/json"}
        headers.update(self._headers)
        query: list[tuple[str, str]] = list(self._query.items())
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        headers, query, cookies = self._sent.get(request.security) or self._sent_with(
            request.security
        )
        check_headers(request.headers, "a header parameter")
        check_headers(extra_headers, "extra_headers")
        if request.headers:
            headers = {**headers, **request.headers} if headers else request.headers
        if request.query:
            query = request.query + query if query else request.query
        if request.cookies or cookies:
            headers = {
                **(headers or {}),
                "Cookie": cookie_header((request.cookies or []) + (cookies or [])),
            }
        body, content_type, files = request.body, request.content_type, request.files
        if extra_body is not None:
            body, content_type, files = with_extra_body(body, content_type, files, extra_body)
        body, length = sendable(body, isinstance(http, httpx.AsyncClient))
        if content_type is not None and body is not None:
            headers = {**(headers or {}), **length, "Content-Type": content_type}
        if request.idempotent or (
            self.idempotency_keys and request.method not in IDEMPOTENT_METHODS
        ):
            headers = with_idempotency_key(headers or {})
        if extra_headers:
            headers = merged_headers(headers or {}, extra_headers)
        url = self._url(request.path)
        if extra_query:
            query, url = merged_query(query, url, extra_query)
        return http.build_request(
            request.method,
            url,
            params=None
            if query is None
            else tuple(query),  # None leaves a next link's query as sent
            headers=headers,
            content=body,
            files=files,
            timeout=self.timeout if timeout is UNSET else timeout,
        )


class SyncAPIClient(BaseAPIClient):
    """Sends Requests with an httpx.Client: its own (closed by close()), or the one given."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Credential | Dynamic],
        timeout: Timeout,
        max_retries: int,
        backoff: Backoff,
        http_client: httpx.Client | None,
        sent_always: tuple[str, ...] = (),
        given: Mapping[str, Any] | None = None,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS,
        secret_names: frozenset[str] = frozenset(),
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            sent_always=sent_always,
            given=given,
            idempotency_keys=idempotency_keys,
            headers=headers,
            query=query,
            request_id_headers=request_id_headers,
            secret_names=secret_names,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            max_pages=max_pages,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        stream: bool | None = None,
    ) -> APIResponse[T]:
        """Send ``request`` (with a call's extra headers, query and body merged over it), retrying what
        may be retried, within the call's limits; raise the typed error of a failure. ``stream`` (by
        default the request's own) hands back the 2xx response unread, its connection open."""
        http_request = self._http_request(
            self._http, request, timeout, extra_headers, extra_query, extra_body
        )
        limits = self._limits(http_request, max_response_bytes, deadline)
        auth = self._auth.for_call(request.security)
        streamed = request.stream if stream is None else stream
        retry = 0
        while True:
            started = time.perf_counter()
            failure: httpx.RequestError | httpx.Response
            sent = http_request if auth is None else auth.apply(self._http, http_request, limits)
            try:
                response = fetch(self._http, sent, limits, self._for_origin, streamed)
            except httpx.RequestError as exc:
                failure = exc
            else:
                if 200 <= response.status_code < 300:
                    if log.isEnabledFor(logging.INFO):
                        self._log_try(http_request, self._outcome(response), retry, started)
                    return APIResponse(response, request.parse, self._request_id_headers)
                failure = response
            if auth is not None and auth.retry_after(failure):
                continue
            delay = self._wait_after(
                request, http_request, max_retries, retry, failure, started, limits
            )
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
        credentials: Mapping[str, Credential | Dynamic],
        timeout: Timeout,
        max_retries: int,
        backoff: Backoff,
        http_client: httpx.AsyncClient | None,
        sent_always: tuple[str, ...] = (),
        given: Mapping[str, Any] | None = None,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        request_id_headers: tuple[str, ...] = REQUEST_ID_HEADERS,
        secret_names: frozenset[str] = frozenset(),
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            sent_always=sent_always,
            given=given,
            idempotency_keys=idempotency_keys,
            headers=headers,
            query=query,
            request_id_headers=request_id_headers,
            secret_names=secret_names,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            max_pages=max_pages,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        stream: bool | None = None,
    ) -> APIResponse[T]:
        """Send ``request`` (with a call's extra headers, query and body merged over it), retrying what
        may be retried, within the call's limits; raise the typed error of a failure. ``stream`` (by
        default the request's own) hands back the 2xx response unread, its connection open."""
        http_request = self._http_request(
            self._http, request, timeout, extra_headers, extra_query, extra_body
        )
        limits = self._limits(http_request, max_response_bytes, deadline)
        auth = self._auth.for_call(request.security)
        streamed = request.stream if stream is None else stream
        retry = 0
        while True:
            started = time.perf_counter()
            failure: httpx.RequestError | httpx.Response
            sent = (
                http_request
                if auth is None
                else await auth.aapply(self._http, http_request, limits)
            )
            try:
                response = await afetch(self._http, sent, limits, self._for_origin, streamed)
            except httpx.RequestError as exc:
                failure = exc
            else:
                if 200 <= response.status_code < 300:
                    if log.isEnabledFor(logging.INFO):
                        self._log_try(http_request, self._outcome(response), retry, started)
                    return APIResponse(response, request.parse, self._request_id_headers)
                failure = response
            if auth is not None and auth.retry_after(failure):
                continue
            delay = self._wait_after(
                request, http_request, max_retries, retry, failure, started, limits
            )
            import asyncio  # here, not at the top: a sync client never loads it (~14 ms)

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
