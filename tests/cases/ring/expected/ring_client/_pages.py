# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Pagination: every item of a list operation, page after page, in the style the generator found.

client.py's ``paginate_`` methods return Pages (sync) or AsyncPages, which send each page's
Request with the client and work out the next one: the page number after this one
(``next_page_number``), the link the page gives (``next_link``) or its ``Link`` header
(``next_link_header``), the page the body names (``next_page_given``), the one after this one up
to the page count (``next_page_counted``), the next offset (``next_offset``) or cursor
(``next_cursor``). Each style stops at the last page; every pager stops with an error at
``max_pages`` or when a page's request is one already sent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from ._errors import APIError, TooManyPagesError
from ._http import AsyncAPIClient, Request, SyncAPIClient, Timeout
from ._runtime import UNSET, Unset

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


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


def next_link(request: Request[T], link: object) -> Request[T] | None:
    """The request of the page at ``link`` (absolute, or below the base URL), or None if there is none.

    The client refuses to send it (APIError) unless it is below the base URL or on its origin (scheme,
    host and port as the base URL writes them), where the credentials may go; a link with a control
    character or a space inside is an APIError here.
    """
    if link is UNSET or not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if not link.isprintable() or " " in link:
        raise APIError("the server's next page link is not a URL")
    path = link if urlsplit(link).scheme else "/" + link.lstrip("/")
    return replace(request, path=path, query=None)


_LINK = re.compile(r"<([^<>]*)>((?:\s*;\s*[^;,<>]*)*)")
_NEXT = re.compile(r'(?i)(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^\s;"]+))')


def next_link_header(request: Request[T], headers: Mapping[str, str]) -> Request[T] | None:
    """The request of the page the RFC 8288 ``Link`` header names ``rel="next"``, or None if none does."""
    for target, parameters in _LINK.findall(headers.get("link", "")[:65536]):
        for quoted, bare in _NEXT.findall(parameters):
            if "next" in (quoted or bare).lower().split():
                return next_link(request, target)
    return None


def field_at(page: object, names: tuple[str, ...]) -> object:
    """The value at ``names`` (attributes from the page down), or None where one of them is unset or null."""
    value = page
    for name in names:
        value = getattr(value, name, None)
        if value is None or value is UNSET:
            return None
    return value


def last_item_key(items: list[Any], name: str) -> object:
    """The field ``name`` of the last item (Stripe's ``id``, the next ``starting_after``), or None."""
    return field_at(items[-1], (name,)) if items else None


def with_query(request: Request[T], param: str, value: str) -> Request[T]:
    """``request`` with the query parameter ``param`` set to ``value`` (in place of what it had)."""
    query = [(k, v) for k, v in request.query or () if k != param] + [(param, value)]
    return replace(request, query=query)


def _whole(value: object) -> int | None:
    """``value`` as a whole number (``3``, ``3.0``, ``"3"``), or None if it isn't one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 20 else None


def _sent(request: Request[Any], param: str) -> int | None:
    return _whole(dict(request.query or ()).get(param))


def next_page_given(
    request: Request[T], param: str, number: object, count: int
) -> Request[T] | None:
    """The page the body names next (Hetzner's ``meta.pagination.next_page``); None after an empty page
    or when it names none."""
    following = _whole(number)
    if count == 0 or following is None:
        return None
    return with_query(request, param, str(following))


def next_page_counted(
    request: Request[T], param: str, pages: object, current: object, count: int
) -> Request[T] | None:
    """The page after this one (the body's ``current``, else the one asked for, else 1) while it is at
    most the body's page count (Linode's ``page`` and ``pages``); None after an empty page."""
    last = _whole(pages)
    now = _whole(current)
    now = now if now is not None else _sent(request, param) or 1
    if count == 0 or last is None or now >= last:
        return None
    return with_query(request, param, str(now + 1))


def next_offset(
    request: Request[T], param: str, count: int, total: object, more: object
) -> Request[T] | None:
    """The offset past this page's ``count`` items, until it reaches the body's ``total``, the body's
    ``has_more`` is false, or a page is empty."""
    following = (_sent(request, param) or 0) + count
    last = _whole(total)
    if count == 0 or more is False or (last is not None and following >= last):
        return None
    return with_query(request, param, str(following))


def next_cursor(request: Request[T], param: str, cursor: object, more: object) -> Request[T] | None:
    """The request with the body's next cursor, until there is none or ``has_more`` is false."""
    if more is False or isinstance(cursor, bool) or not isinstance(cursor, (str, int)):
        return None
    text = str(cursor)
    if not text.strip():
        return None
    return with_query(request, param, text)


def _page_key(request: Request[Any]) -> bytes:
    """What tells two pages' requests apart, in 32 bytes however long the server's links are."""
    return hashlib.sha256(f"{request.path}\n{request.query!r}".encode()).digest()


class _Pager(Generic[ItemT, PageT]):
    def __init__(
        self,
        first: Request[PageT],
        items: Callable[[PageT], list[ItemT]],
        following: Callable[[Request[PageT], PageT, Mapping[str, str]], Request[PageT] | None],
        max_pages: int,
        options: dict[str, Any],
    ) -> None:
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages!r}")
        self._first = first
        self._items = items
        self._following = following
        self._max_pages = max_pages
        self._options = options  # the keyword arguments of each page's send()

    def _next(
        self, request: Request[PageT], page: PageT, headers: Mapping[str, str], seen: set[bytes]
    ) -> Request[PageT] | None:
        """The next page's request; an APIError if the server points back at a page already read, a
        TooManyPagesError if max_pages pages have been read. ``seen`` holds at most max_pages keys."""
        seen.add(_page_key(request))
        following = self._following(request, page, headers)
        if following is None:
            return None
        if _page_key(following) in seen:
            raise APIError(
                f"the server's next page is one already read: {following.path.split('?')[0]}"
            )
        if len(seen) >= self._max_pages:
            raise TooManyPagesError(
                f"read max_pages={self._max_pages} pages and the server gives another: pass max_pages= to the "
                "paginate_ method or the client to read more",
                max_pages=self._max_pages,
            )
        return following


class Pages(_Pager[ItemT, PageT]):
    """Every item of a list operation, page after page: iterate over it, or over ``pages()``."""

    def __init__(
        self,
        client: SyncAPIClient,
        first: Request[PageT],
        items: Callable[[PageT], list[ItemT]],
        following: Callable[[Request[PageT], PageT, Mapping[str, str]], Request[PageT] | None],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | Unset = UNSET,
    ) -> None:
        options: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "extra_body": extra_body,
            "max_response_bytes": max_response_bytes,
            "deadline": deadline,
        }
        super().__init__(
            first, items, following, client.max_pages if max_pages is UNSET else max_pages, options
        )
        self._client = client

    def pages(self) -> Iterator[PageT]:
        """Each page as its decoded model, fetched when the one before has been used."""
        request: Request[PageT] | None = self._first
        seen: set[bytes] = set()
        while request is not None:
            response = self._client.send(request, **self._options)
            page = response.parse()
            yield page
            request = self._next(request, page, response.headers, seen)

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
        following: Callable[[Request[PageT], PageT, Mapping[str, str]], Request[PageT] | None],
        *,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | Unset = UNSET,
    ) -> None:
        options: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "extra_body": extra_body,
            "max_response_bytes": max_response_bytes,
            "deadline": deadline,
        }
        super().__init__(
            first, items, following, client.max_pages if max_pages is UNSET else max_pages, options
        )
        self._client = client

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page as its decoded model, fetched when the one before has been used."""
        request: Request[PageT] | None = self._first
        seen: set[bytes] = set()
        while request is not None:
            response = await self._client.send(request, **self._options)
            page = response.parse()
            yield page
            request = self._next(request, page, response.headers, seen)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page):
                yield item
