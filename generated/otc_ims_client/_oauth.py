# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""OAuth 2 access tokens the clients get and refresh themselves (RFC 6749).

A TokenSource holds one scheme's access token: it asks the token URL for one with the client
credentials grant (section 4.4) or with a refresh token the caller holds (section 6), keeps it
until a little before its ``expires_in`` ends, and asks again. Calls that need a token at once
share one request for it (a threading.Lock for the sync client, an asyncio.Lock for the async
one). The token request is bounded in size (TOKEN_MAX_BYTES) and time (TOKEN_DEADLINE, and
the call's deadline); it follows no redirect, carries none of the API's credentials, and its
errors (TokenRequestError) never quote the client secret, the refresh token or a token.
"""

from __future__ import annotations

import base64
import inspect
import json
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal, cast
from urllib.parse import quote_plus, urlencode, urljoin

import httpx

from ._errors import APIError, deadline_error
from ._transfer import Limits

if TYPE_CHECKING:
    import asyncio

ClientAuth = Literal["basic", "body"]
"""How the client id and secret go to the token URL: HTTP basic authentication (the default) or the form body."""

AnySecret = str | Callable[[], str] | Callable[[], Awaitable[str]]
"""A secret, or a function returning the current one (an async one with the async client only)."""

TOKEN_DEADLINE: Final = 30.0
"""Seconds a token request may take in all (less if the call's deadline ends sooner)."""
TOKEN_MAX_BYTES: Final = 256 * 1024
"""The most bytes of a token response read; a longer one is a TokenRequestError."""
_EARLY: Final = 30.0
"""A token is refreshed this many seconds before it expires (a tenth of its lifetime if that is shorter)."""
_ERROR_CODE: Final = re.compile(r"[\x20\x21\x23-\x5b\x5d-\x7e]{1,100}")  # RFC 6749 5.2's error
_NOT_PRINTABLE: Final = re.compile(r"[^\x20-\x7e]+")


class TokenRequestError(APIError):
    """The token URL gave no access token: an error response (``error``, RFC 6749 5.2), a response
    without one, a body too long, or no response. The message never shows a secret or a token."""

    def __init__(
        self,
        message: str,
        *,
        token_url: str,
        status_code: int | None = None,
        error: str = "",
        error_description: str = "",
    ) -> None:
        super().__init__(message)
        self.token_url = token_url
        self.status_code = status_code
        self.error = error
        self.error_description = error_description


@dataclass(frozen=True, slots=True)
class Grant:
    """How a TokenSource asks for tokens; repr never shows the secrets."""

    token_url: str  # client credentials; "" if the spec declares no such flow and none was given
    refresh_url: str  # where a refresh token is exchanged
    client_id: AnySecret | None = field(repr=False)
    client_secret: AnySecret | None = field(repr=False)
    scopes: tuple[str, ...] = ()
    client_auth: ClientAuth = "basic"


@dataclass(frozen=True, slots=True)
class _Token:
    value: str = field(repr=False)
    expires: float | None  # time.monotonic() after which it is not used; None: until a 401


class TokenSource:
    """One scheme's access token, fetched when needed and shared by the calls of a client (and its copies)."""

    def __init__(
        self,
        grant: Grant,
        access_token: str | None = None,
        refresh_token: AnySecret | None = None,
    ) -> None:
        self._grant = grant
        self._token = None if access_token is None else _Token(access_token, None)
        self._refresh_token = refresh_token
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return f"<OAuth 2 token source of {self._grant.refresh_url or self._grant.token_url}>"

    def current(self) -> str | None:
        """The access token, if there is one that has not expired."""
        token = self._token
        if token is None or (token.expires is not None and time.monotonic() >= token.expires):
            return None
        return token.value

    def invalidate(self, value: str) -> None:
        """Forget the token ``value`` (one a server refused with 401), unless another replaced it already."""
        token = self._token
        if token is not None and token.value == value:
            self._token = None

    def get(self, http: httpx.Client, base_url: str, limits: Limits) -> str:
        """The access token, fetched with ``http`` if there is none: one request for every thread waiting."""
        value = self.current()
        if value is not None:
            return value
        with self._lock:
            value = self.current()
            if value is None:
                secrets = _Secrets(
                    _sync_value(self._grant.client_id, "client_id"),
                    _sync_value(self._grant.client_secret, "client_secret"),
                    _sync_value(self._refresh_token, "refresh_token"),
                )
                request = self._request(base_url, secrets)
                status, body = _post(http, request, _token_limits(request, limits))
                value = self._keep(status, body, request, secrets)
        return value

    async def aget(self, http: httpx.AsyncClient, base_url: str, limits: Limits) -> str:
        """get, for the async client: one request for every task waiting."""
        value = self.current()
        if value is not None:
            return value
        if self._alock is None:
            import asyncio  # here, not at the top: a sync client never loads it (~14 ms)

            self._alock = asyncio.Lock()
        async with self._alock:
            value = self.current()
            if value is None:
                secrets = _Secrets(
                    await _async_value(self._grant.client_id, "client_id"),
                    await _async_value(self._grant.client_secret, "client_secret"),
                    await _async_value(self._refresh_token, "refresh_token"),
                )
                request = self._request(base_url, secrets)
                status, body = await _apost(http, request, _token_limits(request, limits))
                value = self._keep(status, body, request, secrets)
        return value

    def _request(self, base_url: str, secrets: _Secrets) -> httpx.Request:
        """The token request: a form POST (RFC 6749 4.4.2 or 6), the client authenticated as configured.

        Made as an httpx.Request, not with the httpx client's build_request, so none of that client's
        default headers (the API's credentials) or cookies go with it."""
        grant = self._grant
        form = (
            [("grant_type", "refresh_token"), ("refresh_token", secrets.refresh_token)]
            if secrets.refresh_token is not None
            else [("grant_type", "client_credentials")]
        )
        if grant.scopes:
            form.append(("scope", " ".join(grant.scopes)))
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        if secrets.client_secret is not None and grant.client_auth == "basic":
            pair = f"{quote_plus(secrets.client_id or '')}:{quote_plus(secrets.client_secret)}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        else:
            form += [("client_id", secrets.client_id)] if secrets.client_id is not None else []
            form += [("client_secret", secrets.client_secret)] if secrets.client_secret else []
        url = grant.refresh_url if secrets.refresh_token is not None else grant.token_url
        return httpx.Request(
            "POST", urljoin(base_url, url), headers=headers, content=urlencode(form).encode()
        )

    def _keep(self, status: int, body: bytes, request: httpx.Request, secrets: _Secrets) -> str:
        """The access token of a token response, kept until a little before it expires."""
        shown = _shown_url(request.url)
        data = _json_object(body)
        if not 200 <= status < 300:
            raise _error_response(status, data, shown, secrets)
        value = data.get("access_token") if data is not None else None
        if not isinstance(value, str) or not value:
            raise TokenRequestError(
                f"the {status} response of token URL {shown} holds no access_token",
                token_url=shown,
                status_code=status,
            )
        self._token = _Token(value, _expiry(data.get("expires_in") if data else None))
        refresh_token = data.get("refresh_token") if data else None
        if secrets.refresh_token is not None and isinstance(refresh_token, str) and refresh_token:
            self._refresh_token = refresh_token  # the server rotates refresh tokens
        return value


@dataclass(frozen=True, slots=True)
class _Secrets:
    """The values of one token request's secrets, as the functions giving them returned them."""

    client_id: str | None = field(repr=False)
    client_secret: str | None = field(repr=False)
    refresh_token: str | None = field(repr=False)

    def hidden(self, text: str) -> str:
        """``text`` with the secrets in it as ``***``."""
        for secret in (self.client_secret, self.refresh_token):
            if secret:
                text = text.replace(secret, "***")
        return text


def _sync_value(value: AnySecret | None, parameter: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    result = value()
    if not isinstance(result, str):
        _close(result)
        raise TypeError(
            f"{parameter}= must return a str for the sync Client, not {type(result).__name__}"
        )
    return result


async def _async_value(value: AnySecret | None, parameter: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    result = cast(object, value())  # a caller's function may return anything
    if inspect.isawaitable(result):
        result = await result
    if not isinstance(result, str):
        raise TypeError(f"{parameter}= must return a str, not {type(result).__name__}")
    return result


def _close(result: object) -> None:
    """Close a coroutine a sync caller can't await (so Python doesn't warn that it was never awaited)."""
    close = getattr(result, "close", None)
    if callable(close):
        close()


def _token_limits(request: httpx.Request, limits: Limits) -> Limits:
    """A token request's limits: TOKEN_DEADLINE, or what is left of the call's deadline if less; the
    call's per-phase timeouts."""
    ends = time.monotonic() + TOKEN_DEADLINE
    if limits.ends is not None:
        ends = min(ends, limits.ends)
    return Limits(TOKEN_MAX_BYTES, ends - time.monotonic(), ends, limits.timeout)


def _post(http: httpx.Client, request: httpx.Request, limits: Limits) -> tuple[int, bytes]:
    """Send the token request; its status and body (at most TOKEN_MAX_BYTES)."""
    shown = _shown_url(request.url)
    try:
        limits.cap_timeout(request)
        response = http.send(request, stream=True, follow_redirects=False, auth=None)
        try:
            body = _read(response.iter_bytes(), limits, request, shown)
        finally:
            response.close()
    except httpx.RequestError as exc:
        raise _no_response(exc, shown) from None
    return response.status_code, body


async def _apost(
    http: httpx.AsyncClient, request: httpx.Request, limits: Limits
) -> tuple[int, bytes]:
    """_post, for the async client, within the deadline whatever the server does."""
    shown = _shown_url(request.url)
    import asyncio  # here, not at the top: a sync client never loads it (~14 ms)

    scope = asyncio.timeout_at(limits.ends or time.monotonic() + TOKEN_DEADLINE)
    try:
        async with scope:
            limits.cap_timeout(request)
            response = await http.send(request, stream=True, follow_redirects=False, auth=None)
            try:
                body = await _aread(response.aiter_bytes(), request, shown)
            finally:
                await response.aclose()
    except httpx.RequestError as exc:
        raise _no_response(exc, shown) from None
    except TimeoutError:
        if scope.expired():
            raise deadline_error(request, limits.deadline or TOKEN_DEADLINE) from None
        raise
    return response.status_code, body


def _read(chunks: Iterator[bytes], limits: Limits, request: httpx.Request, shown: str) -> bytes:
    read = bytearray()
    for chunk in chunks:
        read += chunk
        if len(read) > TOKEN_MAX_BYTES:
            raise _too_long(shown)
        limits.check(request)
    return bytes(read)


async def _aread(chunks: AsyncIterator[bytes], request: httpx.Request, shown: str) -> bytes:
    read = bytearray()
    async for chunk in chunks:
        read += chunk
        if len(read) > TOKEN_MAX_BYTES:
            raise _too_long(shown)
    return bytes(read)


def _too_long(shown: str) -> TokenRequestError:
    return TokenRequestError(
        f"the response of token URL {shown} is longer than {TOKEN_MAX_BYTES} bytes; reading stopped there",
        token_url=shown,
    )


def _no_response(exc: httpx.RequestError, shown: str) -> TokenRequestError:
    """httpx's text is left out: a request it could not write quotes the header at fault (the secret)."""
    return TokenRequestError(f"token URL {shown}: {type(exc).__name__}", token_url=shown)


def _shown_url(url: httpx.URL) -> str:
    return str(url.copy_with(query=None, userinfo=b""))


def _json_object(body: bytes) -> dict[str, object] | None:
    try:
        data: object = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): v for k, v in cast("dict[object, object]", data).items()}


def _expiry(expires_in: object) -> float | None:
    """When a token given for ``expires_in`` seconds stops being used: a little before it expires."""
    if isinstance(expires_in, str) and expires_in.strip().isdigit():
        expires_in = int(expires_in)
    if (
        isinstance(expires_in, bool)
        or not isinstance(expires_in, int | float)
        or expires_in != expires_in
    ):
        return None
    seconds = max(0.0, float(expires_in))
    return time.monotonic() + seconds - min(_EARLY, seconds / 10)


def _error_response(
    status: int, data: dict[str, object] | None, shown: str, secrets: _Secrets
) -> TokenRequestError:
    """The error of a token response that isn't 2xx: its RFC 6749 ``error`` and ``error_description``,
    printable, cut short, and without a secret the server might have echoed."""
    code = data.get("error") if data else None
    code = secrets.hidden(code) if isinstance(code, str) and _ERROR_CODE.fullmatch(code) else ""
    description = data.get("error_description") if data else None
    text = ""
    if isinstance(description, str):
        text = secrets.hidden(_NOT_PRINTABLE.sub(" ", description)).strip()[:300]
    message = f"token URL {shown} answered {status}" + (f" {code}" if code else "")
    message += f": {text}" if text else ""
    if 300 <= status < 400:
        message += " (token requests follow no redirect)"
    return TokenRequestError(
        message, token_url=shown, status_code=status, error=code, error_description=text
    )
