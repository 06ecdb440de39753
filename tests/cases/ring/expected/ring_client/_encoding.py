# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""How the clients write what they send: parameter styles, forms, multipart parts, credentials.

client.py's request builders encode each argument with these into the text of query, path,
header and cookie values, or into a form or multipart body, as the spec's OpenAPI styles
and encodings say. Standard library only.
"""

from __future__ import annotations

import base64
import os.path
import re
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import IO, Any, Final, cast
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from ._runtime import json_dumps, json_loads

Binary = bytes | IO[bytes]
"""A binary request body: bytes, or a file opened in binary mode (read when the request is built)."""

BinaryBody = bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]
"""A binary request body: bytes, a file opened in binary mode, or an iterator of chunks (an async
one for AsyncClient), streamed as it is sent. Only bytes and seekable files are sent again by a retry."""

Content = IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]
"""A binary body httpx sends as it reads it."""

Upload = Binary | tuple[str | None, Binary] | tuple[str | None, Binary, str]
"""A file of a multipart body: its content, or (filename, content) or (filename, content, content type)."""

Part = tuple[str, tuple[str | None, Binary, str | None]]
"""One part of a multipart body as httpx sends it: (name, (filename, content, content type))."""

IDEMPOTENCY_KEY: Final = "Idempotency-Key"
"""The header that lets a server apply a retried POST or PATCH once: the same key on every try."""


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
        return ",".join(wire_text(v) for v in cast("list[object]", value))
    if isinstance(value, dict):
        members = cast("dict[str, Any]", value)
        if explode:
            return ",".join(f"{k}={wire_text(v)}" for k, v in members.items())
        return ",".join(f"{k},{wire_text(v)}" for k, v in members.items())
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
        items = cast("list[object]", value)
        if explode and style == "form":
            return [(name, wire_text(v)) for v in items]
        return [(name, _DELIMITERS.get(style, ",").join(wire_text(v) for v in items))]
    if isinstance(value, dict):
        members = cast("dict[str, Any]", value)
        if style == "deepObject":
            pairs: list[tuple[str, str]] = []
            for k, v in members.items():
                pairs += style_pairs(
                    f"{name}[{k}]", v, "deepObject" if isinstance(v, dict) else "form", True
                )
            return pairs
        if explode:
            return [(str(k), wire_text(v)) for k, v in members.items()]
        return [(name, ",".join(f"{k},{wire_text(v)}" for k, v in members.items()))]
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


def binary_content(body: BinaryBody) -> bytes | Content:
    """A binary body as httpx sends it, never read whole: bytes as they are, a seekable file read
    from where it stands on each try (RewoundFile), an iterator or another file once."""
    if isinstance(body, bytes):
        return body
    if _seekable(body):
        return RewoundFile(cast(IO[bytes], body))
    return body


def replayable(body: bytes | Content | None) -> bool:
    """Whether a body can be sent again by a retry: bytes and seekable files can, iterators can't."""
    return body is None or isinstance(body, bytes | RewoundFile)


def _seekable(body: object) -> bool:
    seekable = getattr(body, "seekable", None)
    try:
        return callable(seekable) and seekable() is True and callable(getattr(body, "read", None))
    except (OSError, ValueError):
        return False


class RewoundFile:
    """A seekable file sent from the position it had when the call was made, on every try, in chunks."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._start = file.tell()
        self._length = file.seek(0, os.SEEK_END) - self._start
        file.seek(self._start)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[bytes]:
        self._file.seek(self._start)
        while chunk := self._file.read(64 * 1024):
            yield chunk


class _AsyncChunks:
    """The chunks of a sync iterable, for an httpx.AsyncClient (iterable again if the iterable is)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def sendable(
    body: bytes | Content | None, asynchronous: bool
) -> tuple[bytes | Content | None, dict[str, str]]:
    """A body as the sync or async httpx client sends it, and the headers it adds (a file's length)."""
    if body is None or isinstance(body, bytes):
        return body, {}
    length = {"Content-Length": str(len(body))} if isinstance(body, RewoundFile) else {}
    if asynchronous and not isinstance(body, AsyncIterable):
        return _AsyncChunks(body), length
    if not asynchronous and not isinstance(body, Iterable):
        raise TypeError(
            "Client sends a body from bytes, a file or an iterator; an async iterator needs AsyncClient"
        )
    return body, length


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
        items = cast("list[object]", value) if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, bytes | tuple) or hasattr(item, "read"):
                parts.append(file_part(name, cast(Upload, item)))
            elif isinstance(item, dict | list):
                parts.append(json_part(name, item))
            else:
                parts.append(text_part(name, wire_text(item)))
    return parts


def path_segment(text: str, name: str) -> str:
    """A path parameter's text as one path segment: percent-encoded, ``/``, ``?``, ``#`` and ``%`` too.

    A value of dots alone (``.``, ``..``) would be a dot segment, which URL libraries and servers
    resolve (``/items/..`` is ``/``): its dots are sent as ``%2E``. An empty value would leave the
    segment out (``/items/`` is the collection): a ValueError naming the parameter.
    """
    if text.strip("."):
        return quote(text, safe="")
    if not text:
        raise ValueError(
            f"path parameter {name} is empty: it would send the request to another resource"
        )
    return "%2E" * len(text)


_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_NOT_IN_HEADER_VALUES: Final = re.compile(r"[^\t\x20-\x7e]")


def check_header(name: str, value: str, given_as: str) -> None:
    """A ValueError naming ``given_as`` (never the value, which may be a secret) if httpx could not send
    this header: a line break or another control character, or a character that is not ASCII."""
    if _HEADER_NAME.fullmatch(name) is None:
        raise ValueError(f"{given_as}: {name!r} is not a valid header name")
    if _NOT_IN_HEADER_VALUES.search(value) is not None:
        raise ValueError(
            f"{given_as}: the value of header {name} has a line break, another control character or a "
            "character that is not ASCII, which a header can't carry (the value is not shown: it may be a secret)"
        )


def check_headers(headers: Mapping[str, str] | None, given_as: str) -> None:
    """check_header on each of ``headers``."""
    for name, value in (headers or {}).items():
        check_header(name, value, given_as)


def basic_auth(username: str | None, password: str | None) -> str:
    """The Authorization header of HTTP basic authentication."""
    pair = f"{username or ''}:{password or ''}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


_COOKIE_SAFE: Final = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def cookie_header(pairs: list[tuple[str, str]]) -> str:
    """``a=1; b=2``: values percent-encoded where a cookie can't hold them (space, comma, semicolon, quote)."""
    return "; ".join(f"{name}={quote(value, safe=_COOKIE_SAFE)}" for name, value in pairs)


def with_extra_body(
    body: bytes | Content | None,
    content_type: str | None,
    files: list[Part] | None,
    extra: Mapping[str, Any],
) -> tuple[bytes | None, str | None, list[Part] | None]:
    """A request's body with a call's ``extra_body`` merged over its members: (body, content type, parts).

    A JSON object gets the members, replacing those of the same name; a form body the fields
    and a multipart body the parts (as ``value_parts`` makes them), likewise; a request with no
    body sends ``extra`` as its JSON. A text or binary body, or JSON that isn't an object, has no
    members to merge with: a TypeError.
    """
    if files is not None:
        return None, None, [part for part in files if part[0] not in extra] + value_parts(extra)
    if body is None:
        return json_dumps(dict(extra)), "application/json", None
    media = (content_type or "").split(";")[0].strip().lower()
    if not isinstance(body, bytes):
        media = media or "a stream"
    elif media == "application/x-www-form-urlencoded":
        pairs = [
            (k, v)
            for k, v in parse_qsl(body.decode("ascii"), keep_blank_values=True)
            if k not in extra
        ]
        for name, value in extra.items():
            pairs += style_pairs(name, value)
        return urlencode(pairs).encode("ascii"), content_type, None
    elif media == "application/json" or media.endswith("+json"):
        document = json_loads(body)
        if isinstance(document, dict):
            return json_dumps({**document, **extra}), content_type, None
    raise TypeError(
        f"extra_body needs a JSON object, form or multipart body; this request sends {media or 'bytes'}"
    )


def with_idempotency_key(headers: dict[str, str]) -> dict[str, str]:
    """``headers`` with a new Idempotency-Key, unless they have one: made once per call, so every try sends it."""
    if any(name.lower() == "idempotency-key" for name in headers):
        return headers
    return {IDEMPOTENCY_KEY: str(uuid.uuid4()), **headers}


def merged_headers(headers: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """``extra`` over ``headers``: a name in both (in any case) takes the value of ``extra``."""
    replaced = {name.lower() for name in extra}
    return {**{k: v for k, v in headers.items() if k.lower() not in replaced}, **extra}


def merged_query(
    query: list[tuple[str, str]] | None, url: str, extra: Mapping[str, str]
) -> tuple[list[tuple[str, str]], str]:
    """``extra`` over the query pairs (or a next link's own query): a name in both takes the value of ``extra``."""
    if query is None:  # a next link: its query is in the URL
        parts = urlsplit(url)
        query, url = (
            parse_qsl(parts.query, keep_blank_values=True),
            parts._replace(query="").geturl(),
        )
    return [(k, v) for k, v in query if k not in extra] + list(extra.items()), url
