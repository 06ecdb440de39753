"""Pagination: every item of a list operation, page after page, as its ``x-pagination`` says.

client.py's ``paginate_`` methods return Pages (sync) or AsyncPages, which send each page's
Request with the client and work out the next one: the page number after this one
(``next_page_number``) or the link the page gives (``next_link``).
"""

from __future__ import annotations

import hashlib
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


def next_link(request: Request[T], link: str | None | Unset) -> Request[T] | None:
    """The request of the page at ``link`` (absolute, or below the base URL), or None if there is none."""
    if link is UNSET or link is None or not link.strip():
        return None
    path = link if urlsplit(link).scheme else "/" + link.lstrip("/")
    return replace(request, path=path, query=None)


def _page_key(request: Request[Any]) -> bytes:
    """What tells two pages' requests apart, in 32 bytes however long the server's links are."""
    return hashlib.sha256(f"{request.path}\n{request.query!r}".encode()).digest()


class _Pager(Generic[ItemT, PageT]):
    def __init__(
        self,
        first: Request[PageT],
        items: Callable[[PageT], list[ItemT]],
        following: Callable[[Request[PageT], PageT], Request[PageT] | None],
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
        self, request: Request[PageT], page: PageT, seen: set[bytes]
    ) -> Request[PageT] | None:
        """The next page's request; an APIError if the server points back at a page already read, a
        TooManyPagesError if max_pages pages have been read. ``seen`` holds at most max_pages keys."""
        seen.add(_page_key(request))
        following = self._following(request, page)
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
        following: Callable[[Request[PageT], PageT], Request[PageT] | None],
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
            request = self._next(request, page, seen)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page):
                yield item
