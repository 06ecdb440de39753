# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Operations of Cycle Platform API (images) 1.0.0, imported on their first use by client.py's classes.

Each operation's request builder, body reader and error decoders, and its method of each
class: the Client's (`__sync`), the AsyncClient's (`__async`), the raw-response views' (`__raw`,
`__async_raw`) and the streaming-response views' (`__streamed`, `__async_streamed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from ._downloads import (
    astreamed,
    streamed,
)
from ._encoding import (
    path_segment,
)
from ._errors import (
    ErrorDecoder,
)
from ._http import (
    AsyncAPIClient,
    Request,
    SyncAPIClient,
    Timeout,
)
from ._lazy import AsyncRawResponses, RawResponses
from ._pages import (
    AsyncPages,
    Pages,
    next_page_number,
)
from ._responses import (
    APIResponse,
    Reader,
    json_model_body,
)
from ._runtime import (
    UNSET,
    Unset,
    enum_value,
    json_dumps,
)
from .models import (
    ErrorEnvelope,
    ImageSource,
    ImageSourceCreate,
    ImageSourceIncludeField,
    ImageSourceList,
    ImageSourceResponse,
    ImageSourceStateCurrent,
    ImageSourceUpdate,
    JobDescriptorResponse,
)

_list_image_sources_parse: Reader[ImageSourceList] = json_model_body(ImageSourceList.from_json)
_list_image_sources_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _list_image_sources_request(
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[ImageSourceList]:
    query: list[tuple[str, str]] = []
    if meta is not UNSET:
        query.append(("meta", ",".join(meta)))
    if include is not UNSET:
        query.append(("include", ",".join([str(enum_value(x)) for x in include])))
    if filter_identifier is not UNSET:
        query.append(("filter[identifier]", filter_identifier))
    if filter_search is not UNSET:
        query.append(("filter[search]", filter_search))
    if filter_state is not UNSET:
        query.append(("filter[state]", ",".join([str(enum_value(x)) for x in filter_state])))
    if sort is not UNSET:
        query.append(("sort", ",".join(sort)))
    if page_number is not UNSET:
        query.append(("page[number]", str(page_number)))
    if page_size is not UNSET:
        query.append(("page[size]", str(page_size)))
    return Request(
        method="GET",
        path="/v1/images/sources",
        parse=_list_image_sources_parse,
        query=query,
        security=("bearerAuth", "hubId"),
        errors=_list_image_sources_errors,
    )


def _list_image_sources_items(page: ImageSourceList) -> list[ImageSource]:
    return page.data


def _list_image_sources_next(
    request: Request[ImageSourceList], page: ImageSourceList, headers: Mapping[str, str]
) -> Request[ImageSourceList] | None:
    return next_page_number(
        request, "page[number]", "page[size]", len(_list_image_sources_items(page))
    )


def list_image_sources__sync(
    self: SyncAPIClient,
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceList:
    """List Image Sources

    Lists the Image Sources in the Hub given by the `X-Hub-Id` header. Requires the `images-sources-view` capability.

    Args:
        meta: A comma separated list of meta values. Meta values will show up under a resource's
            `meta` field. In the case of applying a meta to a collection of resources, each resource
            will have it's own relevant meta data. In some rare cases, meta may not apply to
            individual resources, and may appear in the root document. These will be clearly
            labeled.
        include: A comma separated list of include values. Included resources will show up under the
            root document's `include` field, with the key being the id of the included resource. In
            the case of applying an include to a collection of resources, if two resources share the
            same include, it will only appear once in the return.
        filter_identifier: `filter[identifier]=value` List only those image sources matching this
            identifier. May return multiple results.
        filter_search: `filter[search]=value` search for a value associated with a field on the
            given Image Source(s).
        filter_state: `filter[state]=value1,value2` state filtering will allow you to filter by the
            Image Source's current state.
        sort: An array of sort values. To sort descending, put a `-` in front of the value, e.g.
            `-id`.
        page_number: The page to jump to. In a list return, the data associated with the page number
            and size returned. 20 results per page, page 2 would be `page[size]=20&page[number]=2`
        page_size: The number of resources returned per page.
    """
    request = _list_image_sources_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    response = self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def paginate_list_image_sources__sync(
    self: SyncAPIClient,
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
    max_pages: int | Unset = UNSET,
) -> Pages[ImageSource, ImageSourceList]:
    """Every ImageSource that list_image_sources lists, page after page.

    Takes the arguments of list_image_sources. Iterate over the result for the items, or over its pages()
    for each page's model; a page is fetched only when the one before has been used.
    """
    request = _list_image_sources_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    return Pages(
        self,
        request,
        _list_image_sources_items,
        _list_image_sources_next,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
        max_pages=max_pages,
    )


def list_image_sources__raw(
    self: RawResponses,
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceList]:
    """Client.list_image_sources, returning the response as received."""
    request = _list_image_sources_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    return self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


list_image_sources__streamed = streamed(list_image_sources__raw)


async def list_image_sources__async(
    self: AsyncAPIClient,
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceList:
    """List Image Sources

    Lists the Image Sources in the Hub given by the `X-Hub-Id` header. Requires the `images-sources-view` capability.

    Args:
        meta: A comma separated list of meta values. Meta values will show up under a resource's
            `meta` field. In the case of applying a meta to a collection of resources, each resource
            will have it's own relevant meta data. In some rare cases, meta may not apply to
            individual resources, and may appear in the root document. These will be clearly
            labeled.
        include: A comma separated list of include values. Included resources will show up under the
            root document's `include` field, with the key being the id of the included resource. In
            the case of applying an include to a collection of resources, if two resources share the
            same include, it will only appear once in the return.
        filter_identifier: `filter[identifier]=value` List only those image sources matching this
            identifier. May return multiple results.
        filter_search: `filter[search]=value` search for a value associated with a field on the
            given Image Source(s).
        filter_state: `filter[state]=value1,value2` state filtering will allow you to filter by the
            Image Source's current state.
        sort: An array of sort values. To sort descending, put a `-` in front of the value, e.g.
            `-id`.
        page_number: The page to jump to. In a list return, the data associated with the page number
            and size returned. 20 results per page, page 2 would be `page[size]=20&page[number]=2`
        page_size: The number of resources returned per page.
    """
    request = _list_image_sources_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    response = await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def paginate_list_image_sources__async(
    self: AsyncAPIClient,
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
    max_pages: int | Unset = UNSET,
) -> AsyncPages[ImageSource, ImageSourceList]:
    """Every ImageSource that list_image_sources lists, page after page.

    Takes the arguments of list_image_sources. Iterate over the result for the items, or over its pages()
    for each page's model; a page is fetched only when the one before has been used.
    """
    request = _list_image_sources_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    return AsyncPages(
        self,
        request,
        _list_image_sources_items,
        _list_image_sources_next,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
        max_pages=max_pages,
    )


async def list_image_sources__async_raw(
    self: AsyncRawResponses,
    *,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageSourceStateCurrent | str] | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceList]:
    """AsyncClient.list_image_sources, returning the response as received."""
    request = _list_image_sources_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    return await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


list_image_sources__async_streamed = astreamed(list_image_sources__async_raw)


_create_image_source_parse: Reader[ImageSourceResponse] = json_model_body(
    ImageSourceResponse.from_json
)
_create_image_source_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _create_image_source_request(
    *,
    body: ImageSourceCreate,
) -> Request[ImageSourceResponse]:
    return Request(
        method="POST",
        path="/v1/images/sources",
        parse=_create_image_source_parse,
        body=json_dumps(body.to_dict()),
        content_type="application/json",
        security=("bearerAuth", "hubId"),
        errors=_create_image_source_errors,
    )


def create_image_source__sync(
    self: SyncAPIClient,
    *,
    body: ImageSourceCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceResponse:
    """Create Image Source

    Creates a new Image Source. Requires the `images-sources-manage` capability.

    POST is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        body: Parameters for creating an Image Source.
    """
    request = _create_image_source_request(
        body=body,
    )
    response = self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def create_image_source__raw(
    self: RawResponses,
    *,
    body: ImageSourceCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceResponse]:
    """Client.create_image_source, returning the response as received."""
    request = _create_image_source_request(
        body=body,
    )
    return self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


create_image_source__streamed = streamed(create_image_source__raw)


async def create_image_source__async(
    self: AsyncAPIClient,
    *,
    body: ImageSourceCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceResponse:
    """Create Image Source

    Creates a new Image Source. Requires the `images-sources-manage` capability.

    POST is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        body: Parameters for creating an Image Source.
    """
    request = _create_image_source_request(
        body=body,
    )
    response = await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


async def create_image_source__async_raw(
    self: AsyncRawResponses,
    *,
    body: ImageSourceCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceResponse]:
    """AsyncClient.create_image_source, returning the response as received."""
    request = _create_image_source_request(
        body=body,
    )
    return await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


create_image_source__async_streamed = astreamed(create_image_source__async_raw)


_get_image_source_parse: Reader[ImageSourceResponse] = json_model_body(
    ImageSourceResponse.from_json
)
_get_image_source_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _get_image_source_request(
    *,
    source_id: str,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
) -> Request[ImageSourceResponse]:
    query: list[tuple[str, str]] = []
    if meta is not UNSET:
        query.append(("meta", ",".join(meta)))
    if include is not UNSET:
        query.append(("include", ",".join([str(enum_value(x)) for x in include])))
    return Request(
        method="GET",
        path="/v1/images/sources/" + path_segment(source_id, "source_id"),
        parse=_get_image_source_parse,
        query=query,
        security=("bearerAuth", "hubId"),
        errors=_get_image_source_errors,
    )


def get_image_source__sync(
    self: SyncAPIClient,
    *,
    source_id: str,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceResponse:
    """Get Image Source

    Fetches a single Image Source by its ID. Requires the `images-sources-view` capability.

    Args:
        source_id: The ID of the Image Source.
        meta: A comma separated list of meta values. Meta values will show up under a resource's
            `meta` field. In the case of applying a meta to a collection of resources, each resource
            will have it's own relevant meta data. In some rare cases, meta may not apply to
            individual resources, and may appear in the root document. These will be clearly
            labeled.
        include: A comma separated list of include values. Included resources will show up under the
            root document's `include` field, with the key being the id of the included resource. In
            the case of applying an include to a collection of resources, if two resources share the
            same include, it will only appear once in the return.
    """
    request = _get_image_source_request(
        source_id=source_id,
        meta=meta,
        include=include,
    )
    response = self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def get_image_source__raw(
    self: RawResponses,
    *,
    source_id: str,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceResponse]:
    """Client.get_image_source, returning the response as received."""
    request = _get_image_source_request(
        source_id=source_id,
        meta=meta,
        include=include,
    )
    return self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


get_image_source__streamed = streamed(get_image_source__raw)


async def get_image_source__async(
    self: AsyncAPIClient,
    *,
    source_id: str,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceResponse:
    """Get Image Source

    Fetches a single Image Source by its ID. Requires the `images-sources-view` capability.

    Args:
        source_id: The ID of the Image Source.
        meta: A comma separated list of meta values. Meta values will show up under a resource's
            `meta` field. In the case of applying a meta to a collection of resources, each resource
            will have it's own relevant meta data. In some rare cases, meta may not apply to
            individual resources, and may appear in the root document. These will be clearly
            labeled.
        include: A comma separated list of include values. Included resources will show up under the
            root document's `include` field, with the key being the id of the included resource. In
            the case of applying an include to a collection of resources, if two resources share the
            same include, it will only appear once in the return.
    """
    request = _get_image_source_request(
        source_id=source_id,
        meta=meta,
        include=include,
    )
    response = await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


async def get_image_source__async_raw(
    self: AsyncRawResponses,
    *,
    source_id: str,
    meta: list[Literal["images_count"]] | Unset = UNSET,
    include: list[ImageSourceIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceResponse]:
    """AsyncClient.get_image_source, returning the response as received."""
    request = _get_image_source_request(
        source_id=source_id,
        meta=meta,
        include=include,
    )
    return await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


get_image_source__async_streamed = astreamed(get_image_source__async_raw)


_delete_image_source_parse: Reader[JobDescriptorResponse] = json_model_body(
    JobDescriptorResponse.from_json
)
_delete_image_source_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _delete_image_source_request(
    *,
    source_id: str,
) -> Request[JobDescriptorResponse]:
    return Request(
        method="DELETE",
        path="/v1/images/sources/" + path_segment(source_id, "source_id"),
        parse=_delete_image_source_parse,
        security=("bearerAuth", "hubId"),
        errors=_delete_image_source_errors,
    )


def delete_image_source__sync(
    self: SyncAPIClient,
    *,
    source_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> JobDescriptorResponse:
    """Delete Image Source

    Starts a job that deletes an Image Source; returns the descriptor of that job. Requires the `images-sources-manage` capability.

    Args:
        source_id: The ID of the Image Source.
    """
    request = _delete_image_source_request(
        source_id=source_id,
    )
    response = self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def delete_image_source__raw(
    self: RawResponses,
    *,
    source_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[JobDescriptorResponse]:
    """Client.delete_image_source, returning the response as received."""
    request = _delete_image_source_request(
        source_id=source_id,
    )
    return self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


delete_image_source__streamed = streamed(delete_image_source__raw)


async def delete_image_source__async(
    self: AsyncAPIClient,
    *,
    source_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> JobDescriptorResponse:
    """Delete Image Source

    Starts a job that deletes an Image Source; returns the descriptor of that job. Requires the `images-sources-manage` capability.

    Args:
        source_id: The ID of the Image Source.
    """
    request = _delete_image_source_request(
        source_id=source_id,
    )
    response = await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


async def delete_image_source__async_raw(
    self: AsyncRawResponses,
    *,
    source_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[JobDescriptorResponse]:
    """AsyncClient.delete_image_source, returning the response as received."""
    request = _delete_image_source_request(
        source_id=source_id,
    )
    return await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


delete_image_source__async_streamed = astreamed(delete_image_source__async_raw)


_update_image_source_parse: Reader[ImageSourceResponse] = json_model_body(
    ImageSourceResponse.from_json
)
_update_image_source_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _update_image_source_request(
    *,
    source_id: str,
    body: ImageSourceUpdate,
) -> Request[ImageSourceResponse]:
    return Request(
        method="PATCH",
        path="/v1/images/sources/" + path_segment(source_id, "source_id"),
        parse=_update_image_source_parse,
        body=json_dumps(body.to_dict()),
        content_type="application/json",
        security=("bearerAuth", "hubId"),
        errors=_update_image_source_errors,
    )


def update_image_source__sync(
    self: SyncAPIClient,
    *,
    source_id: str,
    body: ImageSourceUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceResponse:
    """Update Image Source

    Updates an Image Source. Requires the `images-sources-manage` capability.

    PATCH is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        source_id: The ID of the Image Source.
        body: Parameters for updating an image source.
    """
    request = _update_image_source_request(
        source_id=source_id,
        body=body,
    )
    response = self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


def update_image_source__raw(
    self: RawResponses,
    *,
    source_id: str,
    body: ImageSourceUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceResponse]:
    """Client.update_image_source, returning the response as received."""
    request = _update_image_source_request(
        source_id=source_id,
        body=body,
    )
    return self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


update_image_source__streamed = streamed(update_image_source__raw)


async def update_image_source__async(
    self: AsyncAPIClient,
    *,
    source_id: str,
    body: ImageSourceUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageSourceResponse:
    """Update Image Source

    Updates an Image Source. Requires the `images-sources-manage` capability.

    PATCH is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        source_id: The ID of the Image Source.
        body: Parameters for updating an image source.
    """
    request = _update_image_source_request(
        source_id=source_id,
        body=body,
    )
    response = await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )
    return response.parse()


async def update_image_source__async_raw(
    self: AsyncRawResponses,
    *,
    source_id: str,
    body: ImageSourceUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageSourceResponse]:
    """AsyncClient.update_image_source, returning the response as received."""
    request = _update_image_source_request(
        source_id=source_id,
        body=body,
    )
    return await self.send(
        request,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


update_image_source__async_streamed = astreamed(update_image_source__async_raw)
