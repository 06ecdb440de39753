"""The clients' credential arguments as generated (issue 24 items 3 and 6): an oauth2 scheme's flows
become client_id, client_secret, refresh_token, scopes, token_url and client_auth; each argument's
docstring names its scheme, where it is sent and which operations accept it; spec text stays data."""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest
from inline import InlineSpecs

from generator.http.parameters import resolved_url

LINODE_LIKE = """
    openapi: 3.0.1
    info: {title: Two tokens, version: "1"}
    servers: [{url: "https://api.example.com/v4"}]
    security: [{personalAccessToken: []}, {oauth: []}]
    paths:
      /account:
        get:
          operationId: getAccount
          responses: {"200": {description: ok}}
      /profile:
        get:
          operationId: getProfile
          security: [{personalAccessToken: []}]
          responses: {"200": {description: ok}}
    components:
      securitySchemes:
        personalAccessToken:
          type: http
          scheme: bearer
          description: |
            A token you make in the Cloud Manager.

            A second paragraph that the docstring leaves out.
        oauth:
          type: oauth2
          description: For applications acting for users.
          flows:
            authorizationCode:
              authorizationUrl: https://login.example.com/oauth/authorize
              tokenUrl: https://login.example.com/oauth/token
              scopes: {"account:read_only": Read your account}
"""

MACHINES = """
    openapi: 3.1.0
    info: {title: Machines, version: "1"}
    servers: [{url: "https://api.example.com/v1/"}]
    security: [{machines: [read]}]
    paths:
      /things:
        get:
          operationId: listThings
          responses: {"200": {description: ok}}
    components:
      securitySchemes:
        machines:
          type: oauth2
          flows:
            clientCredentials: {tokenUrl: oauth/token, scopes: {read: Read, write: Write}}
            implicit: {authorizationUrl: /authorize, scopes: {}}
        people:
          type: oauth2
          flows:
            clientCredentials: {tokenUrl: "https://auth.example.com/token", scopes: {}}
"""


def parameters(pkg: ModuleType) -> list[str]:
    return [p for p in inspect.signature(pkg.Client.__init__).parameters if p != "self"]


def test_an_authorization_code_flow_takes_a_refresh_token_and_the_docs_say_which_token_is_which(
    generated: InlineSpecs,
) -> None:
    pkg = generated(LINODE_LIKE)
    names = parameters(pkg)
    assert names[:9] == [
        "base_url",
        "token",
        "oauth",
        "client_id",
        "client_secret",
        "refresh_token",
        "scopes",
        "token_url",
        "client_auth",
    ]
    doc = " ".join((pkg.Client.__doc__ or "").split())
    assert 'token: The access token of scheme "personalAccessToken" (HTTP bearer: A token you make in the' in doc
    assert "second paragraph" not in doc
    assert 'Sent as the header "Authorization: Bearer <token>". Accepted by all operations.' in doc
    assert 'oauth: The access token of scheme "oauth" (OAuth 2: For applications acting for users)' in doc
    assert "Accepted by some operations, not all: get_account." in doc
    assert "exchanges it for access tokens at https://login.example.com/oauth/token" in doc
    assert "the spec names account:read_only." in doc
    assert pkg.AsyncClient.__doc__ and "oauth:" in pkg.AsyncClient.__doc__


def test_a_client_credentials_flow_takes_client_id_and_secret_with_the_token_url_resolved(
    generated: InlineSpecs,
) -> None:
    pkg = generated(MACHINES)
    names = parameters(pkg)
    assert names[1:7] == ["token", "client_id", "client_secret", "scopes", "token_url", "client_auth"]
    assert "refresh_token" not in names  # no flow hands out refresh tokens
    assert names[7:13] == [
        "people",
        "people_client_id",
        "people_client_secret",
        "people_scopes",
        "people_token_url",
        "people_client_auth",
    ]
    doc = " ".join((pkg.Client.__doc__ or "").split())
    assert "from /v1/oauth/token below base_url's origin (https://api.example.com/v1/oauth/token by default)" in doc
    assert "from https://auth.example.com/token," in doc
    assert "No operation names it." in doc  # people: no operation's security names it
    signature = inspect.signature(pkg.Client.__init__)
    assert "Sequence[str]" in str(signature.parameters["scopes"].annotation)


@pytest.mark.parametrize(
    ("url", "server", "expected"),
    [
        ("https://auth.example.com/token", "https://api.example.com/v1", "https://auth.example.com/token"),
        ("/oauth/token", "https://api.example.com/v1", "/oauth/token"),
        ("oauth/token", "https://api.example.com/v1", "/oauth/token"),  # RFC 3986: v1 is replaced
        ("oauth/token", "https://api.example.com/v1/", "/v1/oauth/token"),
        ("../token?x=1", "https://api.example.com/a/b/", "/a/token?x=1"),
        ("token", "", "/token"),
        ("token", "/api/", "/api/token"),
    ],
)
def test_a_relative_token_url_resolves_against_the_server_as_openapi_says(url: str, server: str, expected: str) -> None:
    assert resolved_url(url, server) == expected


def test_scheme_text_in_the_docs_stays_data(generated: InlineSpecs) -> None:
    pkg = generated('''
        openapi: 3.0.3
        info: {title: Hostile, version: "1"}
        paths:
          /x:
            get:
              operationId: getX
              security: [{'k"""; import os #': []}]
              responses: {"200": {description: ok}}
        components:
          securitySchemes:
            'k"""; import os #':
              type: apiKey
              in: header
              name: 'X-Key'
              description: '"""\\x00 {{ evil }} \\\\" + __import__("os").system("true") + """'
    ''')
    doc = pkg.Client.__doc__ or ""
    assert 'scheme "k\\"\\"\\"; import os #"' in doc or 'k"""; import os #' in doc
    assert '__import__("os")' in doc
    assert not hasattr(pkg, "os")
