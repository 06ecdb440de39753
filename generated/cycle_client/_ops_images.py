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
    Image,
    ImageCreate,
    ImageIncludeField,
    ImageList,
    ImageResponse,
    ImageSourceType,
    ImageStateCurrent,
    ImageUpdate,
    JobDescriptorResponse,
    V1ImagesResponse1,
)

_list_images_parse: Reader[ImageList] = json_model_body(ImageList.from_json)
_list_images_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _list_images_request(
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[ImageList]:
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
    if filter_source_type is not UNSET:
        query.append(("filter[source_type]", str(enum_value(filter_source_type))))
    if filter_source_id is not UNSET:
        query.append(("filter[source_id]", filter_source_id))
    if sort is not UNSET:
        query.append(("sort", ",".join(sort)))
    if page_number is not UNSET:
        query.append(("page[number]", str(page_number)))
    if page_size is not UNSET:
        query.append(("page[size]", str(page_size)))
    return Request(
        method="GET",
        path="/v1/images",
        parse=_list_images_parse,
        query=query,
        security=("bearerAuth", "hubId"),
        errors=_list_images_errors,
    )


def _list_images_items(page: ImageList) -> list[Image]:
    return page.data


def _list_images_next(
    request: Request[ImageList], page: ImageList, headers: Mapping[str, str]
) -> Request[ImageList] | None:
    return next_page_number(request, "page[number]", "page[size]", len(_list_images_items(page)))


def list_images__sync(
    self: SyncAPIClient,
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
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
) -> ImageList:
    """List Images

    Lists the Images in the Hub given by the `X-Hub-Id` header. Requires the `images-view` capability.

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
        filter_identifier: `filter[identifier]=value` List only those images matching this
            identifier. May return multiple results.
        filter_search: `filter[search]=value` search for a value associated with a field on the
            given Image(s).
        filter_state: `filter[state]=value1,value2` state filtering will allow you to filter by the
            Image's current state.
        filter_source_type: `filter[source_type]=value` filter images by the Image source's type.
            Can be: `direct`, `stack-build`, or `bucket`
        filter_source_id: `filter[source_id]=ID` Image filtering by source ID. Submit the ID of the
            Image source you wish to filter for and the return will be any Images created from that
            source.
        sort: An array of sort values. To sort descending, put a `-` in front of the value, e.g.
            `-id`.
        page_number: The page to jump to. In a list return, the data associated with the page number
            and size returned. 20 results per page, page 2 would be `page[size]=20&page[number]=2`
        page_size: The number of resources returned per page.
    """
    request = _list_images_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        filter_source_type=filter_source_type,
        filter_source_id=filter_source_id,
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


def paginate_list_images__sync(
    self: SyncAPIClient,
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
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
) -> Pages[Image, ImageList]:
    """Every Image that list_images lists, page after page.

    Takes the arguments of list_images. Iterate over the result for the items, or over its pages()
    for each page's model; a page is fetched only when the one before has been used.
    """
    request = _list_images_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        filter_source_type=filter_source_type,
        filter_source_id=filter_source_id,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    return Pages(
        self,
        request,
        _list_images_items,
        _list_images_next,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
        max_pages=max_pages,
    )


def list_images__raw(
    self: RawResponses,
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
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
) -> APIResponse[ImageList]:
    """Client.list_images, returning the response as received."""
    request = _list_images_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        filter_source_type=filter_source_type,
        filter_source_id=filter_source_id,
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


list_images__streamed = streamed(list_images__raw)


async def list_images__async(
    self: AsyncAPIClient,
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
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
) -> ImageList:
    """List Images

    Lists the Images in the Hub given by the `X-Hub-Id` header. Requires the `images-view` capability.

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
        filter_identifier: `filter[identifier]=value` List only those images matching this
            identifier. May return multiple results.
        filter_search: `filter[search]=value` search for a value associated with a field on the
            given Image(s).
        filter_state: `filter[state]=value1,value2` state filtering will allow you to filter by the
            Image's current state.
        filter_source_type: `filter[source_type]=value` filter images by the Image source's type.
            Can be: `direct`, `stack-build`, or `bucket`
        filter_source_id: `filter[source_id]=ID` Image filtering by source ID. Submit the ID of the
            Image source you wish to filter for and the return will be any Images created from that
            source.
        sort: An array of sort values. To sort descending, put a `-` in front of the value, e.g.
            `-id`.
        page_number: The page to jump to. In a list return, the data associated with the page number
            and size returned. 20 results per page, page 2 would be `page[size]=20&page[number]=2`
        page_size: The number of resources returned per page.
    """
    request = _list_images_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        filter_source_type=filter_source_type,
        filter_source_id=filter_source_id,
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


def paginate_list_images__async(
    self: AsyncAPIClient,
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
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
) -> AsyncPages[Image, ImageList]:
    """Every Image that list_images lists, page after page.

    Takes the arguments of list_images. Iterate over the result for the items, or over its pages()
    for each page's model; a page is fetched only when the one before has been used.
    """
    request = _list_images_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        filter_source_type=filter_source_type,
        filter_source_id=filter_source_id,
        sort=sort,
        page_number=page_number,
        page_size=page_size,
    )
    return AsyncPages(
        self,
        request,
        _list_images_items,
        _list_images_next,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
        max_pages=max_pages,
    )


async def list_images__async_raw(
    self: AsyncRawResponses,
    *,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    filter_identifier: str | Unset = UNSET,
    filter_search: str | Unset = UNSET,
    filter_state: list[ImageStateCurrent | str] | Unset = UNSET,
    filter_source_type: ImageSourceType | str | Unset = UNSET,
    filter_source_id: str | Unset = UNSET,
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
) -> APIResponse[ImageList]:
    """AsyncClient.list_images, returning the response as received."""
    request = _list_images_request(
        meta=meta,
        include=include,
        filter_identifier=filter_identifier,
        filter_search=filter_search,
        filter_state=filter_state,
        filter_source_type=filter_source_type,
        filter_source_id=filter_source_id,
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


list_images__async_streamed = astreamed(list_images__async_raw)


_create_image_parse: Reader[V1ImagesResponse1] = json_model_body(V1ImagesResponse1.from_json)
_create_image_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _create_image_request(
    *,
    body: ImageCreate,
) -> Request[V1ImagesResponse1]:
    return Request(
        method="POST",
        path="/v1/images",
        parse=_create_image_parse,
        body=json_dumps(body.to_dict()),
        content_type="application/json",
        security=("bearerAuth", "hubId"),
        errors=_create_image_errors,
    )


def create_image__sync(
    self: SyncAPIClient,
    *,
    body: ImageCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> V1ImagesResponse1:
    """Create Image

    Creates (imports) a new Image from an Image source. Requires the `images-manage` capability.

    POST is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        body: Parameters for creating a new Image.
    """
    request = _create_image_request(
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


def create_image__raw(
    self: RawResponses,
    *,
    body: ImageCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[V1ImagesResponse1]:
    """Client.create_image, returning the response as received."""
    request = _create_image_request(
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


create_image__streamed = streamed(create_image__raw)


async def create_image__async(
    self: AsyncAPIClient,
    *,
    body: ImageCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> V1ImagesResponse1:
    """Create Image

    Creates (imports) a new Image from an Image source. Requires the `images-manage` capability.

    POST is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        body: Parameters for creating a new Image.
    """
    request = _create_image_request(
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


async def create_image__async_raw(
    self: AsyncRawResponses,
    *,
    body: ImageCreate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[V1ImagesResponse1]:
    """AsyncClient.create_image, returning the response as received."""
    request = _create_image_request(
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


create_image__async_streamed = astreamed(create_image__async_raw)


_get_image_parse: Reader[ImageResponse] = json_model_body(ImageResponse.from_json)
_get_image_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _get_image_request(
    *,
    image_id: str,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
) -> Request[ImageResponse]:
    query: list[tuple[str, str]] = []
    if meta is not UNSET:
        query.append(("meta", ",".join(meta)))
    if include is not UNSET:
        query.append(("include", ",".join([str(enum_value(x)) for x in include])))
    return Request(
        method="GET",
        path="/v1/images/" + path_segment(image_id, "image_id"),
        parse=_get_image_parse,
        query=query,
        security=("bearerAuth", "hubId"),
        errors=_get_image_errors,
    )


def get_image__sync(
    self: SyncAPIClient,
    *,
    image_id: str,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageResponse:
    """Get Image

    Fetches a single Image by its ID. Requires the `images-view` capability.

    Args:
        image_id: The ID of the image.
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
    request = _get_image_request(
        image_id=image_id,
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


def get_image__raw(
    self: RawResponses,
    *,
    image_id: str,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageResponse]:
    """Client.get_image, returning the response as received."""
    request = _get_image_request(
        image_id=image_id,
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


get_image__streamed = streamed(get_image__raw)


async def get_image__async(
    self: AsyncAPIClient,
    *,
    image_id: str,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> ImageResponse:
    """Get Image

    Fetches a single Image by its ID. Requires the `images-view` capability.

    Args:
        image_id: The ID of the image.
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
    request = _get_image_request(
        image_id=image_id,
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


async def get_image__async_raw(
    self: AsyncRawResponses,
    *,
    image_id: str,
    meta: list[Literal["containers_count"]] | Unset = UNSET,
    include: list[ImageIncludeField | str] | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[ImageResponse]:
    """AsyncClient.get_image, returning the response as received."""
    request = _get_image_request(
        image_id=image_id,
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


get_image__async_streamed = astreamed(get_image__async_raw)


_delete_image_parse: Reader[JobDescriptorResponse] = json_model_body(
    JobDescriptorResponse.from_json
)
_delete_image_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _delete_image_request(
    *,
    image_id: str,
) -> Request[JobDescriptorResponse]:
    return Request(
        method="DELETE",
        path="/v1/images/" + path_segment(image_id, "image_id"),
        parse=_delete_image_parse,
        security=("bearerAuth", "hubId"),
        errors=_delete_image_errors,
    )


def delete_image__sync(
    self: SyncAPIClient,
    *,
    image_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> JobDescriptorResponse:
    """Delete Image

    Starts a job that deletes an Image; returns the descriptor of that job. Requires the `images-manage` capability.

    Args:
        image_id: The ID of the image.
    """
    request = _delete_image_request(
        image_id=image_id,
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


def delete_image__raw(
    self: RawResponses,
    *,
    image_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[JobDescriptorResponse]:
    """Client.delete_image, returning the response as received."""
    request = _delete_image_request(
        image_id=image_id,
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


delete_image__streamed = streamed(delete_image__raw)


async def delete_image__async(
    self: AsyncAPIClient,
    *,
    image_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> JobDescriptorResponse:
    """Delete Image

    Starts a job that deletes an Image; returns the descriptor of that job. Requires the `images-manage` capability.

    Args:
        image_id: The ID of the image.
    """
    request = _delete_image_request(
        image_id=image_id,
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


async def delete_image__async_raw(
    self: AsyncRawResponses,
    *,
    image_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[JobDescriptorResponse]:
    """AsyncClient.delete_image, returning the response as received."""
    request = _delete_image_request(
        image_id=image_id,
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


delete_image__async_streamed = astreamed(delete_image__async_raw)


_update_image_parse: Reader[V1ImagesResponse1] = json_model_body(V1ImagesResponse1.from_json)
_update_image_errors: dict[str, ErrorDecoder] = {"default": ErrorEnvelope.from_dict}


def _update_image_request(
    *,
    image_id: str,
    body: ImageUpdate,
) -> Request[V1ImagesResponse1]:
    return Request(
        method="PATCH",
        path="/v1/images/" + path_segment(image_id, "image_id"),
        parse=_update_image_parse,
        body=json_dumps(body.to_dict()),
        content_type="application/json",
        security=("bearerAuth", "hubId"),
        errors=_update_image_errors,
    )


def update_image__sync(
    self: SyncAPIClient,
    *,
    image_id: str,
    body: ImageUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> V1ImagesResponse1:
    """Update Image

    Updates the user defined fields of an Image. Requires the `images-manage` capability.

    PATCH is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        image_id: The ID of the image.
        body: Parameters for updating an image.
    """
    request = _update_image_request(
        image_id=image_id,
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


def update_image__raw(
    self: RawResponses,
    *,
    image_id: str,
    body: ImageUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[V1ImagesResponse1]:
    """Client.update_image, returning the response as received."""
    request = _update_image_request(
        image_id=image_id,
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


update_image__streamed = streamed(update_image__raw)


async def update_image__async(
    self: AsyncAPIClient,
    *,
    image_id: str,
    body: ImageUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> V1ImagesResponse1:
    """Update Image

    Updates the user defined fields of an Image. Requires the `images-manage` capability.

    PATCH is not idempotent: it is retried only if the call passes max_retries, or if it carries
    an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

    Args:
        image_id: The ID of the image.
        body: Parameters for updating an image.
    """
    request = _update_image_request(
        image_id=image_id,
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


async def update_image__async_raw(
    self: AsyncRawResponses,
    *,
    image_id: str,
    body: ImageUpdate,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[V1ImagesResponse1]:
    """AsyncClient.update_image, returning the response as received."""
    request = _update_image_request(
        image_id=image_id,
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


update_image__async_streamed = astreamed(update_image__async_raw)
