# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The fixed HTTP runtime of the clients: requests, retries, typed errors, raw responses, pages.

client.py turns each operation call into a Request; SyncAPIClient and AsyncAPIClient send
it with httpx, retry what is safe to retry, and hand back an APIResponse whose parse()
gives the decoded model, or raise one of the errors below. Only client.py imports this
module, so the models work without httpx.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import logging
import math
import os.path
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import IO, Any, Final, Generic, Literal, Self, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import httpx

from ._runtime import UNSET, Unset, json_dumps, json_loads

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

log = logging.getLogger(__name__)

Timeout = float | httpx.Timeout | None
"""Seconds for each step of a request (connect, write, read, pool), an httpx.Timeout, or None: no limit."""

DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 2
IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
"""Methods retried without being asked: sending one twice has the effect of sending it once."""


# --- errors ----------------------------------------------------------------------------------


class APIError(Exception):
    """The base of every error the clients raise."""


class APIConnectionError(APIError):
    """No HTTP reply: the server could not be reached, the connection broke, or the reply wasn't HTTP."""


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


class APIStatusError(APIError):
    """The server answered with a status that is not 2xx.

    ``body`` is the raw body, ``error_model`` the spec's error model decoded from it
    (None if the spec has none for this status, or the body doesn't fit it).
    """

    def __init__(
        self, message: str, *, response: httpx.Response, error_model: object | None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.content
        self.error_model = error_model


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

    ``body`` is the raw body; ``cause`` (also ``__cause__``) is the JSON or DecodeError.
    """

    def __init__(self, message: str, *, response: httpx.Response, cause: Exception) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.content
        self.cause = cause


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
    response: httpx.Response, errors: Mapping[str, ErrorDecoder] | None
) -> APIStatusError:
    """The typed error for a non-2xx response, with the error model decoded if the spec has one."""
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
    message = f"{status} {response.reason_phrase} from {_where(response.request)}"
    return cls(message, response=response, error_model=error_model)


def _where(request: httpx.Request) -> str:
    """Method and URL without the query, which may hold an API key."""
    return f"{request.method} {request.url.copy_with(query=None)}"


# --- requests and responses ------------------------------------------------------------------

Reader = Callable[[httpx.Response], T]
"""Reads a 2xx response: its JSON decoded into a model, its text, its bytes, or nothing."""

Binary = bytes | IO[bytes]
"""A binary request body: bytes, or a file opened in binary mode (read when the request is built)."""

Upload = Binary | tuple[str | None, Binary] | tuple[str | None, Binary, str]
"""A file of a multipart body: its content, or (filename, content) or (filename, content, content type)."""

Part = tuple[str, tuple[str | None, Binary, str | None]]
"""One part of a multipart body as httpx sends it: (name, (filename, content, content type))."""


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


def json_body(decode: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A body reader: parse JSON, then decode it with a model's decoder."""

    def parse(response: httpx.Response) -> T:
        return decode(json_loads(response.content))

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


# --- what is sent: parameter styles, forms, multipart parts, credentials -------------------------


def wire_text(value: Any) -> str:
    """A JSON value as the text of one query, header, path, cookie or form value."""
    if type(value) is str:
        return value
    if value is True or value is False:
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return json_dumps(value).decode()


def simple_text(value: Any, explode: bool = False) -> str:
    """A JSON value in the ``simple`` style (headers, path): ``a,b``; an object ``k,v,k2,v2`` (``k=v,k2=v2`` exploded)."""
    if isinstance(value, list):
        return ",".join(wire_text(v) for v in value)
    if isinstance(value, dict):
        if explode:
            return ",".join(f"{k}={wire_text(v)}" for k, v in value.items())
        return ",".join(f"{k},{wire_text(v)}" for k, v in value.items())
    return wire_text(value)


_DELIMITERS: Final = {"spaceDelimited": " ", "pipeDelimited": "|"}


def style_pairs(
    name: str, value: Any, style: str = "form", explode: bool = True
) -> list[tuple[str, str]]:
    """The (name, text) pairs of a JSON value in a query or form body, as its OpenAPI style says.

    ``form``: an array as repeated names (or one comma-separated value unexploded), an object's
    members as their own names (or ``name=k,v,k2,v2`` unexploded); ``spaceDelimited`` and
    ``pipeDelimited`` join an array; ``deepObject`` sends ``name[k]=v``.
    """
    if isinstance(value, list):
        if explode and style == "form":
            return [(name, wire_text(v)) for v in value]
        return [(name, _DELIMITERS.get(style, ",").join(wire_text(v) for v in value))]
    if isinstance(value, dict):
        if style == "deepObject":
            pairs: list[tuple[str, str]] = []
            for k, v in value.items():
                pairs += style_pairs(
                    f"{name}[{k}]", v, "deepObject" if isinstance(v, dict) else "form", True
                )
            return pairs
        if explode:
            return [(str(k), wire_text(v)) for k, v in value.items()]
        return [(name, ",".join(f"{k},{wire_text(v)}" for k, v in value.items()))]
    return [(name, wire_text(value))]


def form_body(
    fields: Mapping[str, Any] | None, encodings: Mapping[str, tuple[str, bool, str]] | None = None
) -> bytes:
    """An application/x-www-form-urlencoded body of a body model's JSON form.

    Each member is sent as its ``encoding`` says (style, explode, content type), by default
    in the ``form`` style: arrays as repeated names; a member whose content type is JSON as JSON text.
    """
    pairs: list[tuple[str, str]] = []
    for name, value in (fields or {}).items():
        style, explode, content_type = (encodings or {}).get(name) or ("form", True, "")
        if content_type and "json" in content_type:
            pairs.append((name, json_dumps(value).decode()))
        else:
            pairs += style_pairs(name, value, style, explode)
    return urlencode(pairs).encode("ascii")


def read_bytes(content: Binary) -> bytes:
    """A binary body's bytes: read at once, so a retry sends them again."""
    return content if isinstance(content, bytes) else content.read()


def text_part(name: str, text: str) -> Part:
    return name, (None, text.encode(), None)


def json_part(name: str, value: Any, content_type: str = "application/json") -> Part:
    return name, (None, json_dumps(value), content_type)


def file_part(name: str, upload: Upload, content_type: str = "application/octet-stream") -> Part:
    """A file part: a file name is always sent (servers tell files from fields by it)."""
    if isinstance(upload, tuple):
        filename, content = upload[0], upload[1]
        content_type = upload[2] if len(upload) == 3 else content_type
    else:
        filename, content = None, upload
    if filename is None:
        filename = os.path.basename(str(getattr(content, "name", "") or "")) or name
    return name, (filename, content, content_type)


def value_parts(fields: Mapping[str, Any] | None) -> list[Part]:
    """The parts of a free-form multipart body: text, files (bytes, binary files) and JSON for the rest."""
    parts: list[Part] = []
    for name, value in (fields or {}).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, bytes | tuple) or hasattr(item, "read"):
                parts.append(file_part(name, item))
            elif isinstance(item, dict | list):
                parts.append(json_part(name, item))
            else:
                parts.append(text_part(name, wire_text(item)))
    return parts


def basic_auth(username: str | None, password: str | None) -> str:
    """The Authorization header of HTTP basic authentication."""
    pair = f"{username or ''}:{password or ''}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


_COOKIE_SAFE: Final = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def cookie_header(pairs: list[tuple[str, str]]) -> str:
    """``a=1; b=2``: values percent-encoded where a cookie can't hold them (space, comma, semicolon, quote)."""
    return "; ".join(f"{name}={quote(value, safe=_COOKIE_SAFE)}" for name, value in pairs)


class APIResponse(Generic[T]):
    """A 2xx response as received: status, headers, body; ``parse()`` decodes the model."""

    __slots__ = ("http_response", "_parse")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse

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
            where = _where(self.http_response.request)
            message = f"the {self.status_code} response of {where} could not be decoded: {exc}"
            raise ResponseDecodeError(message, response=self.http_response, cause=exc) from exc

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {_where(self.http_response.request)}>"


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{_where(exc.request)}: {type(exc).__name__}: {exc}")


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
        retries = retry = 0
        while True:
            try:
                response = self._http.send(http_request)
            except httpx.RequestError as exc:
                retries = self._retries(request, max_retries)
                if retry >= retries or not retryable(exc):
                    raise connection_error(exc) from exc
                delay, why = self.backoff.delay(retry), type(exc).__name__
            else:
                if 200 <= response.status_code < 300:
                    return APIResponse(response, request.parse)
                retries = self._retries(request, max_retries)
                wait = retry_delay(response, retry, self.backoff) if retry < retries else None
                if wait is None:
                    raise status_error(response, request.errors)
                delay = wait
                response.close()
                why = str(response.status_code)
            _log_retry(request, why, delay, retry, retries)
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
        retries = retry = 0
        while True:
            try:
                response = await self._http.send(http_request)
            except httpx.RequestError as exc:
                retries = self._retries(request, max_retries)
                if retry >= retries or not retryable(exc):
                    raise connection_error(exc) from exc
                delay, why = self.backoff.delay(retry), type(exc).__name__
            else:
                if 200 <= response.status_code < 300:
                    return APIResponse(response, request.parse)
                retries = self._retries(request, max_retries)
                wait = retry_delay(response, retry, self.backoff) if retry < retries else None
                if wait is None:
                    raise status_error(response, request.errors)
                delay = wait
                await response.aclose()
                why = str(response.status_code)
            _log_retry(request, why, delay, retry, retries)
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


# --- pagination ------------------------------------------------------------------------------


def next_page_number(
    request: Request[T], page_param: str, size_param: str, count: int
) -> Request[T] | None:
    """The request of the page after this one, or None if this one (``count`` items) was the last.

    A page is the last when it is empty, or shorter than the page size the request asked for.
    """
    sent = dict(request.query or ())
    size = sent.get(size_param, "") if size_param else ""
    if count == 0 or (size.isdigit() and count < int(size)):
        return None
    page = sent.get(page_param, "1")
    following = int(page) + 1 if page.isdigit() else 2
    query = [(k, v) for k, v in request.query or () if k != page_param] + [
        (page_param, str(following))
    ]
    return replace(request, query=query)


def next_link(request: Request[T], link: str | None | Unset) -> Request[T] | None:
    """The request of the page at ``link`` (absolute, or below the base URL), or None if there is none."""
    if link is UNSET or link is None or not link.strip():
        return None
    path = link if urlsplit(link).scheme else "/" + link.lstrip("/")
    return replace(request, path=path, query=None)


class _Pager(Generic[ItemT, PageT]):
    def __init__(
        self,
        first: Request[PageT],
        items: Callable[[PageT], list[ItemT]],
        following: Callable[[Request[PageT], PageT], Request[PageT] | None],
        timeout: Timeout | Unset,
        max_retries: int | Unset,
    ) -> None:
        self._first = first
        self._items = items
        self._following = following
        self._timeout = timeout
        self._max_retries = max_retries

    def _next(
        self, request: Request[PageT], page: PageT, seen: set[tuple[str, str]]
    ) -> Request[PageT] | None:
        """The next page's request; an APIError if the server points back at a page already read."""
        seen.add((request.path, repr(request.query)))
        following = self._following(request, page)
        if following is not None and (following.path, repr(following.query)) in seen:
            raise APIError(
                f"the server's next page is one already read: {following.path.split('?')[0]}"
            )
        return following


class Pages(_Pager[ItemT, PageT]):
    """Every item of a list operation, page after page: iterate over it, or over ``pages()``."""

    def __init__(
        self,
        client: SyncAPIClient,
        first: Request[PageT],
        items: Callable[[PageT], list[ItemT]],
        following: Callable[[Request[PageT], PageT], Request[PageT] | None],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        super().__init__(first, items, following, timeout, max_retries)
        self._client = client

    def pages(self) -> Iterator[PageT]:
        """Each page as its decoded model, fetched when the one before has been used."""
        request: Request[PageT] | None = self._first
        seen: set[tuple[str, str]] = set()
        while request is not None:
            page = self._client.send(
                request, timeout=self._timeout, max_retries=self._max_retries
            ).parse()
            yield page
            request = self._next(request, page, seen)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items(page)


class AsyncPages(_Pager[ItemT, PageT]):
    """Every item of a list operation, page after page: ``async for`` over it, or over ``pages()``."""

    def __init__(
        self,
        client: AsyncAPIClient,
        first: Request[PageT],
        items: Callable[[PageT], list[ItemT]],
        following: Callable[[Request[PageT], PageT], Request[PageT] | None],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        super().__init__(first, items, following, timeout, max_retries)
        self._client = client

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page as its decoded model, fetched when the one before has been used."""
        request: Request[PageT] | None = self._first
        seen: set[tuple[str, str]] = set()
        while request is not None:
            response = await self._client.send(
                request, timeout=self._timeout, max_retries=self._max_retries
            )
            page = response.parse()
            yield page
            request = self._next(request, page, seen)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page):
                yield item
