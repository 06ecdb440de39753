"""The clients' credential arguments: their annotations, how each becomes a credential, and their docs.

Each security scheme the clients can send takes one argument (basic auth two); an oauth2 scheme
whose tokens the clients can get themselves also takes client_id, client_secret, refresh_token,
scopes, token_url and client_auth (ir.OAuth2). A secret is a str or a function returning the
current one (``Secret``, ``AsyncSecret`` of _auth.py). The docs say which scheme an argument is
(its key and description, from the spec: text that only ever reaches a docstring, through the
``docstring`` filter), where it is sent, and which operations accept it.
"""

from __future__ import annotations

import textwrap
from urllib.parse import urlsplit

from .. import ir
from .text import py_str

_KINDS = {"oauth2": "OAuth 2", "openIdConnect": "OpenID Connect", "apiKey": "API key", "http": "HTTP"}
_SHOWN_OPERATIONS = 3
_DESCRIPTION_CHARS = 200


def arguments_of(s: ir.SecurityScheme) -> list[str]:
    """The clients' keyword arguments of scheme ``s``, in order."""
    names = [s.argument, s.password] if s.password else [s.argument]
    o = s.oauth2
    if o is not None:
        names += [o.client_id, o.client_secret] + ([o.refresh_token] if o.refresh_token else [])
        names += [o.scopes_argument, o.token_url_argument, o.client_auth]
    return names


def annotations_of(s: ir.SecurityScheme, secret: str) -> list[str]:
    """``name: annotation`` of each argument of ``s``, ``secret`` the annotation of a secret."""
    o = s.oauth2
    special = {} if o is None else {o.scopes_argument: "Sequence[str]", o.token_url_argument: "str"}
    special |= {} if o is None else {o.client_auth: "ClientAuth"}
    return [f"{name}: {special.get(name, secret)} | None" for name in arguments_of(s)]


def credential_parameters(http: ir.HttpApi, secret: str) -> list[str]:
    return [a for s in http.schemes for a in annotations_of(s, secret)]


def condition(s: ir.SecurityScheme) -> str:
    """When the clients send scheme ``s``: one of its arguments is given."""
    givers = [s.argument, s.password] if s.password else [s.argument]
    if s.oauth2 is not None:
        o = s.oauth2
        givers += [o.client_id, o.client_secret] + ([o.refresh_token] if o.refresh_token else [])
    return " or ".join(f"{name} is not None" for name in givers)


def credential_expression(s: ir.SecurityScheme) -> str:
    """The expression making scheme ``s``'s Credential (or Dynamic) from its arguments."""
    parameter = py_str(s.argument)
    if s.password:
        value = f"basic_secret({s.argument}, {s.password})"
        return f"credential('header', {py_str(s.wire_name)}, {value}, {parameter})"
    o = s.oauth2
    if o is None:
        prefix = f", {py_str(s.prefix)}" if s.prefix else ""
        return f"credential({py_str(s.location)}, {py_str(s.wire_name)}, {s.argument}, {parameter}{prefix})"
    refresh = f"refresh_token={o.refresh_token}, " if o.refresh_token else ""
    names = (o.client_id, o.client_secret, o.refresh_token or "refresh_token")
    return (
        f"oauth2_credential({s.argument}, {parameter}, client_id={o.client_id}, client_secret={o.client_secret}, "
        f"{refresh}scopes={o.scopes_argument}, token_url={o.token_url_argument}, client_auth={o.client_auth}, "
        f"spec_token_url={py_str(o.token_url)}, spec_refresh_url={py_str(o.refresh_url)}, names={names!r})"
    )


def credential_docs(http: ir.HttpApi) -> list[str]:
    """The Args entries of the credential arguments, wrapped and indented as the client's docstring has them."""
    lines: list[str] = []
    for s in http.schemes:
        lines += [_wrap(entry) for entry in _entries(s, http)]
    return lines


def _entries(s: ir.SecurityScheme, http: ir.HttpApi) -> list[str]:
    what = f'scheme "{s.key}" ({_kind(s)}{": " + _trimmed(s.description) if s.description.strip() else ""})'
    used = _operations(s, http)
    if s.password:
        return [
            f'{s.argument}: The user name of {what}, sent with {s.password} as the header "Authorization: Basic '
            f'...". {used} A str, or a function returning the current one. Never shown by repr.',
            f'{s.password}: The password of {s.argument} ("" if not given). Never shown by repr.',
        ]
    header = f"{s.wire_name}: {s.prefix}<{s.argument}>" if s.prefix else s.wire_name
    where = {
        "header": f'the header "{header}"',
        "query": f'the query parameter "{s.wire_name}"',
        "cookie": f'the cookie "{s.wire_name}"',
    }[s.location]
    token = "The access token" if s.prefix == "Bearer " else "The value"
    entries = [
        f"{s.argument}: {token} of {what}. Sent as {where}. {used} A str, or a function returning the current "
        "one (called for each try). Never shown by repr."
    ]
    if s.oauth2 is not None:
        entries += _oauth2_entries(s, s.oauth2, http.base_url)
    return entries


def _oauth2_entries(s: ir.SecurityScheme, o: ir.OAuth2, base_url: str) -> list[str]:
    def shown(url: str) -> str:
        if "://" in url:
            return url
        parts = urlsplit(base_url)
        default = f" ({parts.scheme}://{parts.netloc}{url} by default)" if parts.netloc else ""
        return f"{url} below base_url's origin{default}"

    entries = []
    if o.token_url:
        entries.append(
            f'{o.client_id}: With {o.client_secret}, the client gets the access token of "{s.key}" itself (the '
            f"client credentials grant, RFC 6749 4.4) from {shown(o.token_url)}, when a call first needs it, a "
            "little before it expires, and once after a 401. A str, or a function returning it."
        )
    else:
        entries.append(f"{o.client_id}: The client id sent with {o.refresh_token} to get access tokens.")
    entries.append(
        f"{o.client_secret}: The client secret of {o.client_id}, sent only to the token URL. A str, or a "
        "function returning it. Never shown by repr."
    )
    if o.refresh_token:
        entries.append(
            f'{o.refresh_token}: A refresh token of "{s.key}": the client exchanges it for access tokens at '
            f"{shown(o.refresh_url)} (with {o.client_id}, and {o.client_secret} if the client has one), and keeps "
            "the new refresh token the server may send. Never shown by repr."
        )
    listed = ", ".join(o.scopes[:8]) + (f" and {len(o.scopes) - 8} more" if len(o.scopes) > 8 else "")
    entries.append(
        f"{o.scopes_argument}: The scopes to ask for (none: the server's default)"
        + (f"; the spec names {listed}." if listed else ".")
    )
    default = shown(o.token_url or o.refresh_url)
    entries.append(f"{o.token_url_argument}: Where to ask for tokens; by default {default}.")
    entries.append(
        f'{o.client_auth}: How {o.client_id} and {o.client_secret} go to the token URL: "basic" (HTTP basic '
        'authentication, the default) or "body" (form fields).'
    )
    return entries


def _kind(s: ir.SecurityScheme) -> str:
    if s.kind == "http":
        return "HTTP basic" if s.password else "HTTP bearer"
    return _KINDS.get(s.kind, s.kind or "HTTP")


def _trimmed(description: str) -> str:
    """The first paragraph of a description, on one line, cut at a word near _DESCRIPTION_CHARS."""
    first = " ".join(description.strip().split("\n\n")[0].split()).rstrip(".")
    if len(first) <= _DESCRIPTION_CHARS:
        return first
    return first[:_DESCRIPTION_CHARS].rsplit(" ", 1)[0] + "..."


def _operations(s: ir.SecurityScheme, http: ir.HttpApi) -> str:
    """Which operations accept the scheme: all, or some, named by the first few. No count: adding an
    operation changes only its own lines of the package (tests/test_churn.py), not the client's docstring."""
    accepting = [op.name for op in http.operations if s.key in op.security]
    if not accepting:
        return "No operation names it."
    if len(accepting) == len(http.operations):
        return "Accepted by all operations."
    shown = ", ".join(accepting[:_SHOWN_OPERATIONS])
    more = " and others" if len(accepting) > _SHOWN_OPERATIONS else ""
    return f"Accepted by some operations, not all: {shown}{more}."


def _wrap(text: str) -> str:
    """One entry of an Args section: indented, wrapped, continuation lines indented further."""
    return textwrap.fill(text, width=96, initial_indent="    ", subsequent_indent="        ")
