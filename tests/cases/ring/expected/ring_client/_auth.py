# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The credentials of the clients: fixed values, functions giving the current value, OAuth 2 tokens.

A credential argument of a client is a str (sent as given, worked out once: a Credential) or a
function returning the current value, called for each try (a Dynamic). An OAuth 2 scheme may
also get its token itself (_oauth.py): a Dynamic whose source is a TokenSource. For each call,
an Authenticator gives a CallAuth for the dynamic credentials the operation sends; it adds
their values to each try's request (only to the base URL's origin) and, after a 401, forgets
the token sent so the next try gets a new one, once. Nothing here shows a secret in a repr.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ._encoding import basic_auth, check_header, cookie_header
from ._errors import where_of
from ._logs import log
from ._oauth import AnySecret, ClientAuth, Grant, TokenSource
from ._transfer import Limits, origin

Secret = str | Callable[[], str]
"""A credential of the sync Client: its value, or a function returning the current one (called for each try)."""
AsyncSecret = AnySecret
"""A credential of the AsyncClient: its value, or a function returning the current one, plain or async."""

Location = Literal["header", "query", "cookie"]


@dataclass(frozen=True, slots=True)
class Credential:
    """A secret sent with the operations whose security names its scheme; repr never shows it."""

    location: Location
    name: str
    value: str = field(repr=False)
    parameter: str = ""  # the client's argument it comes from, which errors name


@dataclass(frozen=True, slots=True)
class Dynamic:
    """A credential whose value is worked out for each try: a function's, or an OAuth 2 access token."""

    location: Location
    name: str
    source: Callable[[], Any] | TokenSource = field(repr=False)
    parameter: str = ""
    prefix: str = ""  # put before the value: "Bearer "


def credential(
    location: Location, name: str, value: AsyncSecret, parameter: str, prefix: str = ""
) -> Credential | Dynamic:
    """A Credential of a str ``value`` (``prefix`` before it), a Dynamic of a function."""
    if isinstance(value, str):
        return Credential(location, name, prefix + value, parameter)
    if not callable(value):
        raise TypeError(
            f"{parameter}= must be a str or a function returning one, not {type(value).__name__}"
        )
    return Dynamic(location, name, value, parameter, prefix)


def basic_secret(username: AsyncSecret | None, password: AsyncSecret | None) -> AsyncSecret:
    """The Authorization value of HTTP basic authentication, or a function giving it if either part is one."""
    if not callable(username) and not callable(password):
        return basic_auth(username, password)

    async def current() -> str:
        return basic_auth(await _value(username), await _value(password))

    if inspect.iscoroutinefunction(username) or inspect.iscoroutinefunction(password):
        return current
    return lambda: basic_auth(_plain(username), _plain(password))


def oauth2_credential(
    token: AsyncSecret | None,
    parameter: str,
    *,
    client_id: AsyncSecret | None,
    client_secret: AsyncSecret | None,
    refresh_token: AsyncSecret | None = None,
    scopes: Sequence[str] | None = None,
    token_url: str | None = None,
    client_auth: ClientAuth | None = None,
    spec_token_url: str = "",
    spec_refresh_url: str = "",
    names: tuple[str, str, str] = ("client_id", "client_secret", "refresh_token"),
) -> Credential | Dynamic:
    """The credential of an OAuth 2 scheme: the access ``token`` given, or a TokenSource that gets one
    with the client credentials or the refresh token (at ``token_url``, by default the spec's)."""
    if client_id is None and client_secret is None and refresh_token is None:
        if token is None:
            raise ValueError(f"{parameter}=, {names[0]}= or {names[2]}= is needed")
        return credential("header", "Authorization", token, parameter, "Bearer ")
    if refresh_token is None and (client_id is None or client_secret is None):
        raise ValueError(f"{names[0]}= and {names[1]}= go together (or give {names[2]}=)")
    url = token_url or (spec_refresh_url if refresh_token is not None else spec_token_url)
    if not url:
        raise ValueError(
            f"the spec gives no token URL for {names[2] if refresh_token is not None else names[0]}=: "
            "give token_url="
        )
    if token is not None and not isinstance(token, str):
        raise ValueError(f"{parameter}= (the first access token) must be a str with {names[0]}=")
    grant = Grant(
        token_url=token_url or spec_token_url,
        refresh_url=token_url or spec_refresh_url,
        client_id=client_id,
        client_secret=client_secret,
        scopes=tuple(scopes or ()),
        client_auth=client_auth or "basic",
    )
    source = TokenSource(grant, token, refresh_token)
    return Dynamic("header", "Authorization", source, parameter, "Bearer ")


class Authenticator:
    """A client's dynamic credentials by scheme, and the base URL (whose origin alone gets them)."""

    def __init__(self, dynamic: Mapping[str, Dynamic], base_url: str) -> None:
        self.dynamic = dict(dynamic)
        self._base_url = base_url
        self._origin = origin(httpx.URL(base_url))

    def __repr__(self) -> str:
        return f"<{len(self.dynamic)} dynamic credentials>"

    def for_call(self, security: tuple[str, ...]) -> CallAuth | None:
        """What adds the dynamic credentials of ``security`` to each try of one call (None: it has none)."""
        if not self.dynamic:
            return None
        used = [self.dynamic[key] for key in security if key in self.dynamic]
        return CallAuth(used, self._base_url, self._origin) if used else None


class CallAuth:
    """The dynamic credentials of one call: their values for each try, and one new token after a 401."""

    def __init__(
        self, used: list[Dynamic], base_url: str, base_origin: tuple[str, str, int | None]
    ) -> None:
        self._used = used
        self._base_url = base_url
        self._origin = base_origin
        self._sent: dict[TokenSource, str] = {}
        self._refreshed = False

    def __repr__(self) -> str:
        return f"<credentials of {len(self._used)} schemes>"

    def apply(self, http: httpx.Client, request: httpx.Request, limits: Limits) -> httpx.Request:
        """``request`` with the current values of the credentials (within the base URL's origin)."""
        if origin(request.url) != self._origin:
            return request
        values: list[tuple[Dynamic, str]] = []
        for used in self._used:
            if isinstance(used.source, TokenSource):
                value = self._sent[used.source] = used.source.get(http, self._base_url, limits)
            else:
                value = _checked(used.source(), used)
            values.append((used, value))
        return with_credentials(request, values)

    async def aapply(
        self, http: httpx.AsyncClient, request: httpx.Request, limits: Limits
    ) -> httpx.Request:
        """apply, for the async client: a function may be async, and tokens are fetched without blocking."""
        if origin(request.url) != self._origin:
            return request
        values: list[tuple[Dynamic, str]] = []
        for used in self._used:
            if isinstance(used.source, TokenSource):
                value = await used.source.aget(http, self._base_url, limits)
                self._sent[used.source] = value
            else:
                value = _checked(await _value(used.source), used)
            values.append((used, value))
        return with_credentials(request, values)

    def retry_after(self, failure: httpx.RequestError | httpx.Response) -> bool:
        """Whether to try again at once after ``failure``: a first 401 of a call that sent an OAuth 2
        token the client got itself; that token is forgotten, so the next try gets a new one."""
        if self._refreshed or not self._sent:
            return False
        if not isinstance(failure, httpx.Response) or failure.status_code != 401:
            return False
        self._refreshed = True
        for source, value in self._sent.items():
            source.invalidate(value)
        log.info(
            "%s -> 401: getting a new access token and trying again", where_of(failure.request)
        )
        return True


def with_credentials(request: httpx.Request, values: list[tuple[Dynamic, str]]) -> httpx.Request:
    """A copy of ``request`` with each credential's ``value`` in its header, query parameter or cookie."""
    headers = request.headers.copy()
    url = request.url
    cookies: list[tuple[str, str]] = []
    for used, value in values:
        if used.location == "header":
            headers[used.name] = used.prefix + value
        elif used.location == "query":
            url = url.copy_add_param(used.name, used.prefix + value)
        else:
            cookies.append((used.name, used.prefix + value))
    if cookies:
        sent = headers.get("Cookie")
        headers["Cookie"] = (f"{sent}; " if sent else "") + cookie_header(cookies)
    return httpx.Request(
        request.method,
        url,
        headers=headers,
        stream=request.stream,
        extensions=dict(request.extensions),
    )


def _checked(value: object, used: Dynamic) -> str:
    """A function's value, if it is a str a request can carry; otherwise an error naming its argument."""
    if not isinstance(value, str):
        hint = " (an async function needs the AsyncClient)" if inspect.isawaitable(value) else ""
        close = getattr(value, "close", None)
        if inspect.iscoroutine(value) and callable(close):
            close()
        raise TypeError(f"{used.parameter}= returned {type(value).__name__}, not a str{hint}")
    if used.location == "header":
        check_header(used.name, used.prefix + value, f"{used.parameter}=")
    return value


def _plain(value: AsyncSecret | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    result = value()
    return result if isinstance(result, str) else None


async def _value(value: AsyncSecret | None) -> str | None:
    """A secret's current value: itself, or what its function returns (awaited if it is async)."""
    if value is None or isinstance(value, str):
        return value
    result = value()
    if inspect.isawaitable(result):
        return await result
    return result
