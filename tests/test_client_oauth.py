"""OAuth 2 tokens the clients get themselves, and credentials given as functions (issue 24 item 3),
against scripted servers on 127.0.0.1 (tests/features/oauth_client.yaml: an oauth2 scheme with a
clientCredentials and an authorizationCode flow, a bearer token, a query and a cookie API key)."""

from __future__ import annotations

import asyncio
import base64
import importlib
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from servers.clients import fast_backoff, generated_package, run
from servers.scripted import Received, Reply, ScriptedServer

MODES = ["sync", "async"]
PACKAGE = "oauth_client_client"
SPEC = Path(__file__).resolve().parent / "features" / "oauth_client.yaml"
CLIENT = {"client_id": "cid", "client_secret": "sec-SECRET"}
COUNT = {"n": 1}


class TokenServer(ScriptedServer):
    """A scripted server whose /oauth/token has replies of its own (``tokens``), whatever the order."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: deque[Reply] = deque()
        self.token_requests: list[Received] = []
        self._token_lock = threading.Lock()

    def next_reply(self, received: Received) -> Reply:
        if received.path != "/oauth/token":
            return super().next_reply(received)
        with self._token_lock:
            self.token_requests.append(received)
            return self.tokens.popleft() if self.tokens else Reply(599, {"error": "no token scripted"})

    def reset(self) -> None:
        super().reset()
        with self._token_lock:
            self.tokens.clear()
            self.token_requests.clear()

    def api_requests(self) -> list[Received]:
        return list(self.received)


@pytest.fixture(scope="module")
def oauth(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generated_package(tmp_path_factory.mktemp("oauth"), SPEC, PACKAGE)


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[TokenServer, TokenServer]]:
    with TokenServer() as api, TokenServer() as other:
        yield api, other


@pytest.fixture
def api(servers: tuple[TokenServer, TokenServer]) -> TokenServer:
    servers[0].reset()
    return servers[0]


@pytest.fixture
def other(servers: tuple[TokenServer, TokenServer]) -> TokenServer:
    """A second server on 127.0.0.1: another port, so another origin."""
    servers[1].reset()
    return servers[1]


def token(value: str, expires_in: Any = 3600, **more: Any) -> Reply:
    return Reply(200, {"access_token": value, "token_type": "Bearer", "expires_in": expires_in, **more})


def form(received: Received) -> dict[str, str]:
    return dict(parse_qsl(received.body.decode()))


def shown(exc: BaseException) -> str:
    text = ""
    seen: BaseException | None = exc
    while seen is not None:
        text += str(seen) + repr(seen) + repr(seen.args) + repr(vars(seen))
        seen = seen.__cause__ or seen.__context__
    return text


def calls(mode: str, n: int) -> Any:
    """``use(client)`` making ``n`` list_items calls, one after the other."""
    if mode == "sync":
        return lambda c: [c.list_items() for _ in range(n)]

    async def use(c: Any) -> list[Any]:
        return [await c.list_items() for _ in range(n)]

    return use


@pytest.mark.parametrize("mode", MODES)
def test_a_token_is_fetched_once_with_client_credentials_and_reused(
    oauth: ModuleType, api: TokenServer, mode: str
) -> None:
    api.tokens.append(token("at-1"))
    api.script(Reply(200, COUNT), Reply(200, COUNT))
    run(mode, PACKAGE, api.url, calls(mode, 2), **CLIENT, scopes=["items:read"])
    [asked] = api.token_requests
    assert asked.method == "POST"
    assert asked.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form(asked) == {"grant_type": "client_credentials", "scope": "items:read"}
    assert asked.headers["authorization"] == "Basic " + base64.b64encode(b"cid:sec-SECRET").decode()
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-1"] * 2
    assert all(b"SECRET" not in r.body and "SECRET" not in repr(r.headers) for r in api.api_requests())


@pytest.mark.parametrize("mode", MODES)
def test_client_auth_body_sends_the_client_in_the_form(oauth: ModuleType, api: TokenServer, mode: str) -> None:
    api.tokens.append(token("at-1"))
    api.script(Reply(200, COUNT))
    run(mode, PACKAGE, api.url, calls(mode, 1), **CLIENT, client_auth="body")
    [asked] = api.token_requests
    assert "authorization" not in asked.headers
    assert form(asked) == {"grant_type": "client_credentials", "client_id": "cid", "client_secret": "sec-SECRET"}


@pytest.mark.parametrize("mode", MODES)
def test_an_expired_token_is_fetched_again(oauth: ModuleType, api: TokenServer, mode: str) -> None:
    api.tokens.extend([token("at-1", expires_in=0), token("at-2", expires_in="3600")])
    api.script(Reply(200, COUNT), Reply(200, COUNT), Reply(200, COUNT))
    run(mode, PACKAGE, api.url, calls(mode, 3), **CLIENT)
    assert len(api.token_requests) == 2
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-1", "Bearer at-2", "Bearer at-2"]


@pytest.mark.parametrize("mode", MODES)
def test_a_401_gets_one_new_token_and_one_more_try(oauth: ModuleType, api: TokenServer, mode: str) -> None:
    api.tokens.extend([token("at-1"), token("at-2"), token("at-3"), token("at-4")])
    api.script(Reply(401, {"error": "expired"}), Reply(200, COUNT), Reply(401, {}), Reply(401, {}))
    add = lambda c: c.add_item()  # noqa: E731  (a POST: a 401 is tried again even so)
    run(mode, PACKAGE, api.url, add, **CLIENT, max_retries=0)
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-1", "Bearer at-2"]
    with pytest.raises(oauth.AuthenticationError):
        run(mode, PACKAGE, api.url, add, **CLIENT, max_retries=0)
    assert len(api.token_requests) == 4  # the second client: its first token and one new one, no more
    assert [r.headers["authorization"] for r in api.api_requests()[2:]] == ["Bearer at-3", "Bearer at-4"]


def test_concurrent_threads_share_one_token_request(oauth: ModuleType, api: TokenServer) -> None:
    api.tokens.append(Reply(200, {"access_token": "at-1", "expires_in": 3600}, delay=0.3))
    api.script(*[Reply(200, COUNT) for _ in range(16)])
    with oauth.Client(base_url=api.url, **CLIENT) as client:
        threads = [threading.Thread(target=client.list_items) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(api.token_requests) == 1
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-1"] * 16


def test_concurrent_tasks_share_one_token_request(oauth: ModuleType, api: TokenServer) -> None:
    api.tokens.append(Reply(200, {"access_token": "at-1", "expires_in": 3600}, delay=0.3))
    api.script(*[Reply(200, COUNT) for _ in range(16)])

    async def main() -> None:
        async with oauth.AsyncClient(base_url=api.url, **CLIENT) as client:
            await asyncio.gather(*[client.list_items() for _ in range(16)])

    asyncio.run(main())
    assert len(api.token_requests) == 1
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-1"] * 16


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "reply",
    [
        Reply(401, {"error": "invalid_client", "error_description": "secret sec-SECRET\n is not cid's"}),
        Reply(200, {"token": "at-SECRET"}),
        Reply(200, "at-SECRET not json"),
        Reply(200, {"access_token": "at-SECRET", "pad": "x" * 300_000}),
        Reply(302, b"", {"Location": "https://elsewhere.example/token?code=at-SECRET"}),
    ],
    ids=["error", "no-token", "not-json", "too-long", "redirect"],
)
def test_a_failed_token_request_is_a_typed_error_without_secrets(
    oauth: ModuleType, api: TokenServer, mode: str, reply: Reply
) -> None:
    api.tokens.append(reply)
    with pytest.raises(oauth.TokenRequestError) as caught:
        run(mode, PACKAGE, api.url, calls(mode, 1), **CLIENT)
    assert "SECRET" not in shown(caught.value)
    assert isinstance(caught.value, oauth.APIError)
    assert api.api_requests() == []  # the API got nothing
    if reply.status == 401:
        assert (caught.value.status_code, caught.value.error) == (401, "invalid_client")
        assert "is not cid's" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_token_server_that_is_down_is_a_typed_error(oauth: ModuleType, api: TokenServer, mode: str) -> None:
    down = "http://127.0.0.1:9/oauth/token"  # the discard port: nothing listens
    with pytest.raises(oauth.TokenRequestError) as caught:
        run(mode, PACKAGE, api.url, calls(mode, 1), **CLIENT, token_url=down)
    assert caught.value.status_code is None
    assert "SECRET" not in shown(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_the_token_goes_only_to_the_base_url_origin_and_the_secret_only_to_the_token_url(
    oauth: ModuleType, api: TokenServer, other: TokenServer, mode: str
) -> None:
    other.tokens.append(token("at-SECRET"))  # the token URL on another origin: given by the caller
    api.script(Reply(307, b"", {"Location": f"{other.url}/items"}))
    other.script(Reply(200, COUNT))
    settings = {**CLIENT, "token_url": f"{other.url}/oauth/token", "max_retries": 0}
    if mode == "sync":
        settings["http_client"] = httpx.Client(follow_redirects=True)
    else:
        settings["http_client"] = httpx.AsyncClient(follow_redirects=True)
    run(mode, PACKAGE, api.url, calls(mode, 1), **settings)
    assert len(other.token_requests) == 1 and api.token_requests == []
    [to_api] = api.api_requests()
    [redirected] = other.api_requests()
    assert to_api.headers["authorization"] == "Bearer at-SECRET"
    assert "authorization" not in redirected.headers  # the redirect to another origin goes without it
    assert "Basic" not in to_api.headers["authorization"]


@pytest.mark.parametrize("mode", MODES)
def test_a_refresh_token_is_exchanged_and_the_new_one_kept(oauth: ModuleType, api: TokenServer, mode: str) -> None:
    api.tokens.extend([token("at-1", expires_in=0, refresh_token="rt-2"), token("at-2")])
    api.script(Reply(200, COUNT), Reply(200, COUNT))
    run(mode, PACKAGE, api.url, calls(mode, 2), client_id="public-app", refresh_token="rt-1")
    first, second = api.token_requests
    assert form(first) == {"grant_type": "refresh_token", "refresh_token": "rt-1", "client_id": "public-app"}
    assert form(second)["refresh_token"] == "rt-2"
    assert "authorization" not in first.headers  # a public client: its id in the form, no secret
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-1", "Bearer at-2"]


@pytest.mark.parametrize("mode", MODES)
def test_credentials_given_as_functions_are_called_for_each_try(oauth: ModuleType, api: TokenServer, mode: str) -> None:
    keys = iter(["k-1", "k-2", "k-3"])
    sessions = iter(["s-1", "s-2", "s-3"])
    session: Any = lambda: next(sessions)  # noqa: E731
    if mode == "async":

        async def session() -> str:  # an async function: the async client awaits it
            return next(sessions)

    api.script(Reply(503, {}), Reply(200, COUNT), Reply(200, COUNT))
    if mode == "sync":
        use: Any = lambda c: [c.get_keyed(), c.get_keyed()]  # noqa: E731
    else:

        async def use(c: Any) -> list[Any]:
            return [await c.get_keyed(), await c.get_keyed()]

    run(mode, PACKAGE, api.url, use, api_key=lambda: next(keys), session=session, backoff=fast_backoff(PACKAGE))
    sent = api.api_requests()
    assert [r.query for r in sent] == [[("api_key", "k-1")], [("api_key", "k-2")], [("api_key", "k-3")]]
    assert [r.headers["cookie"] for r in sent] == ["session=s-1", "session=s-2", "session=s-3"]


@pytest.mark.parametrize("mode", MODES)
def test_a_function_whose_value_no_header_can_carry_is_an_error_naming_its_argument(
    oauth: ModuleType, api: TokenServer, mode: str
) -> None:
    get = lambda c: c.get_with_pat()  # noqa: E731
    with pytest.raises(ValueError, match="pat=") as caught:
        run(mode, PACKAGE, api.url, get, pat=lambda: "line\nbreak-SECRET")
    assert "SECRET" not in shown(caught.value)
    with pytest.raises(TypeError, match="pat="):
        run(mode, PACKAGE, api.url, get, pat=lambda: 42)
    assert api.api_requests() == []


def test_an_async_function_needs_the_async_client(oauth: ModuleType, api: TokenServer) -> None:
    async def pat() -> str:
        return "p-1"

    with pytest.raises(TypeError, match="AsyncClient"), oauth.Client(base_url=api.url, pat=pat) as client:
        client.get_with_pat()


def test_secrets_stay_out_of_repr_and_copies_keep_the_credentials(oauth: ModuleType, api: TokenServer) -> None:
    api.tokens.extend([token("at-SECRET"), token("at-SECRET")])
    api.script(Reply(200, COUNT), Reply(200, COUNT))
    with oauth.Client(base_url=api.url, **CLIENT, refresh_token=None, pat=lambda: "p-SECRET") as client:
        client.list_items()
        copy = client.copy(max_retries=1)
        copy.list_items()
        text = repr(client) + repr(vars(client)) + repr(copy) + repr(vars(copy)) + repr(client._auth.dynamic)
    assert "SECRET" not in text
    assert "oauth" in repr(client) and "pat" in repr(client)
    assert [r.headers["authorization"] for r in api.api_requests()] == ["Bearer at-SECRET"] * 2


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"client_id": "cid"}, "go together"),
        ({"client_secret": "sec"}, "go together"),
        ({**CLIENT, "token": lambda: "x"}, "must be a str"),
    ],
)
def test_oauth2_arguments_that_do_not_fit_are_refused_when_the_client_is_made(
    oauth: ModuleType, settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        oauth.Client(**settings)


def test_a_static_token_is_still_sent_as_given(oauth: ModuleType, api: TokenServer) -> None:
    api.script(Reply(200, COUNT))
    with oauth.Client(base_url=api.url, token="at-given") as client:
        client.list_items()
    assert api.api_requests()[0].headers["authorization"] == "Bearer at-given"
    assert api.token_requests == []


# --- the runtime's parts, as a package has them ----------------------------------------------


def test_expires_in_is_honoured_a_little_early(oauth: ModuleType) -> None:
    expiry = importlib.import_module(f"{PACKAGE}._oauth")._expiry
    now = time.monotonic()
    assert expiry(None) is None and expiry("soon") is None and expiry(True) is None
    assert expiry(float("nan")) is None
    assert now + 3570 - 1 <= expiry(3600) <= time.monotonic() + 3570  # 30 s early
    assert now + 9 - 1 <= expiry("10") <= time.monotonic() + 9  # a tenth of a short lifetime early


def test_a_token_error_keeps_printable_text_without_the_secrets(oauth: ModuleType) -> None:
    module = importlib.import_module(f"{PACKAGE}._oauth")
    secrets = module._Secrets("cid", "sec-SECRET", "rt-SECRET")
    data = {"error": "invalid_grant", "error_description": "rt-SECRET\x1b[31m expired " + "x" * 500}
    error = module._error_response(400, data, "https://auth.example.com/token", secrets)
    assert (error.status_code, error.error) == (400, "invalid_grant")
    assert "SECRET" not in shown(error) and "\x1b" not in str(error) and len(error.error_description) <= 300
    bad_code = module._error_response(400, {"error": 'a"b\\c'}, "https://auth.example.com/token", secrets)
    assert bad_code.error == ""  # not RFC 6749's error characters: left out
    grant = module.Grant("https://a/token", "", "cid", "sec-SECRET")
    assert "SECRET" not in repr(grant) + repr(module.TokenSource(grant, "at-SECRET", "rt-SECRET"))


def test_basic_auth_of_functions_is_worked_out_for_each_try(oauth: ModuleType) -> None:
    auth = importlib.import_module(f"{PACKAGE}._auth")
    encoding = importlib.import_module(f"{PACKAGE}._encoding")
    assert auth.basic_secret("u", "p") == encoding.basic_auth("u", "p")  # two str: worked out once
    passwords = iter(["p-1", "p-2"])
    current = auth.basic_secret("u", lambda: next(passwords))
    assert [current(), current()] == [encoding.basic_auth("u", "p-1"), encoding.basic_auth("u", "p-2")]

    async def password() -> str:
        return "p-async"

    assert asyncio.run(auth.basic_secret("u", password)()) == encoding.basic_auth("u", "p-async")
