# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""HTTP clients of Cycle Platform API (images) 1.0.0: Client (sync) and AsyncClient.

One method per operation, with typed arguments, returning the decoded model. Their
`with_raw_response` gives the status, headers and body instead, and each list operation
has a `paginate_` method that goes through every page. This module needs httpx; the
models don't.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, Self

import httpx

from ._auth import (
    AsyncSecret,
    Credential,
    Dynamic,
    Secret,
    credential,
)
from ._downloads import (
    AsyncStreamedResponse,
    StreamedResponse,
    StreamingView,
    astreamed,
    streamed,
)
from ._encoding import (
    path_segment,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDecoder,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    TooManyPagesError,
    UnprocessableEntityError,
)
from ._http import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    Request,
    SyncAPIClient,
    Timeout,
)
from ._oauth import TokenRequestError
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
from ._retries import DEFAULT_BACKOFF, Backoff
from ._runtime import (
    UNSET,
    Unset,
    enum_value,
    json_dumps,
)
from ._streaming import (
    AsyncStream,
    EventTooLargeError,
    ServerSentEvent,
    Stream,
)
from ._transfer import DEFAULT_MAX_RESPONSE_BYTES
from .models import (
    ErrorEnvelope,
    Image,
    ImageCreate,
    ImageIncludeField,
    ImageList,
    ImageResponse,
    ImageSource,
    ImageSourceCreate,
    ImageSourceIncludeField,
    ImageSourceList,
    ImageSourceResponse,
    ImageSourceStateCurrent,
    ImageSourceType,
    ImageSourceUpdate,
    ImageStateCurrent,
    ImageUpdate,
    JobDescriptorResponse,
    V1ImagesResponse1,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPages",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EventTooLargeError",
    "InternalServerError",
    "NotFoundError",
    "Pages",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerSentEvent",
    "Stream",
    "StreamedResponse",
    "TokenRequestError",
    "TooManyPagesError",
    "UnprocessableEntityError",
]


# Where the server sends its id of a request: the header the spec declares first, then the common ones.
_REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "request-id",
    "x-ms-request-id",
    "x-openstack-request-id",
)
# The query parameters and headers whose values are secrets, never logged.
_SECRET_NAMES: Final[frozenset[str]] = frozenset({"authorization", "x-hub-id"})


def _credentials(
    token: AsyncSecret | None, hub_id: AsyncSecret | None
) -> dict[str, Credential | Dynamic]:
    """The secrets a client was given, by the security scheme they belong to."""
    credentials: dict[str, Credential | Dynamic] = {}
    if token is not None:
        credentials["bearerAuth"] = credential("header", "Authorization", token, "token", "Bearer ")
    if hub_id is not None:
        credentials["hubId"] = credential("header", "X-Hub-Id", hub_id, "hub_id")
    return credentials


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


class Client(SyncAPIClient):
    """Synchronous client of Cycle Platform API (images) 1.0.0.

    Args:
        base_url: Where the API is; by default https://api.cycle.io.
        token: The access token of scheme "bearerAuth" (HTTP bearer: A Cycle API key, sent as
            `Authorization: Bearer <key>`). Sent as the header "Authorization: Bearer <token>".
            Accepted by all operations. A str, or a function returning the current one (called for
            each try). Never shown by repr.
        hub_id: The value of scheme "hubId" (API key: Defines the scope of the request to a specific
            Hub). Sent as the header "X-Hub-Id". Accepted by all operations. A str, or a function
            returning the current one (called for each try). Never shown by repr.
        timeout: Seconds (or an httpx.Timeout) for each request; a call's timeout= overrides it.
        max_retries: Retries of idempotent requests after a connection error, 408, 429 or 5xx;
            a call's max_retries= overrides it, and is the only way to retry POST or PATCH.
        backoff: The wait before each retry, unless the server sends Retry-After.
        idempotency_keys: Send every POST and PATCH with an Idempotency-Key, the same on each try,
            and retry them as max_retries says.
        headers: Headers sent with every request (a call's extra_headers override them).
        query: Query parameters sent with every request (a call's extra_query overrides them).
        http_client: The httpx client to send with; the caller keeps it open and closes it. If it
            follows redirects, credentials still go only to base_url's origin.
        max_response_bytes: The most bytes of a body a call reads, after decompression (64 MiB;
            None: no limit); a longer 2xx body raises ResponseTooLargeError.
        deadline: Seconds a call may take in all, every try, wait and body read included (None:
            none; timeout bounds each step of a try); past it, APITimeoutError.
        max_pages: The most pages a paginate_ method reads (1,000); more is TooManyPagesError.

    Every method also takes extra_headers, extra_query and extra_body (merged over what it
    sends: a JSON object, form or multipart body), timeout, max_retries, max_response_bytes
    and deadline; each paginate_ method max_pages too.
    """

    with_raw_response: ClientWithRawResponse
    """The same operations, returning the APIResponse: status, headers, body, and .parse() for the model."""
    with_streaming_response: ClientWithStreamingResponse
    """The same operations, their response handed back unread in a with block: iter_bytes(), write_to_file()."""

    def __init__(
        self,
        *,
        base_url: str = "https://api.cycle.io",
        token: Secret | None = None,
        hub_id: Secret | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: Backoff = DEFAULT_BACKOFF,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=_credentials(token, hub_id),
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            http_client=http_client,
            sent_always=("bearerAuth", "hubId"),
            given={"token": token, "hub_id": hub_id},
            idempotency_keys=idempotency_keys,
            headers=headers,
            query=query,
            request_id_headers=_REQUEST_ID_HEADERS,
            secret_names=_SECRET_NAMES,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            max_pages=max_pages,
        )
        self.with_raw_response = ClientWithRawResponse(self)
        self.with_streaming_response = ClientWithStreamingResponse(
            ClientWithRawResponse(self, stream=True)
        )

    def copy(
        self,
        *,
        base_url: str | None = None,
        token: Secret | None = None,
        hub_id: Secret | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | None = None,
        backoff: Backoff | None = None,
        idempotency_keys: bool | None = None,
        headers: Mapping[str, str] | None = None,
        set_headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        set_query: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Self:
        """A client like this one, with the settings given changed; it shares the connection pool.

        Credentials, timeout, max_retries, backoff, idempotency_keys, max_response_bytes,
        deadline and max_pages not given are this client's. headers and query are merged over
        this client's; set_headers and set_query replace them. The copy sends with this client's
        httpx client (unless it is given http_client), so closing the copy closes nothing: close
        the client it was copied from. with_options is the same method.
        """
        client = type(self)(
            base_url=self.base_url if base_url is None else base_url,
            token=self._given.get("token") if token is None else token,
            hub_id=self._given.get("hub_id") if hub_id is None else hub_id,
            timeout=self.timeout if timeout is UNSET else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            backoff=self.backoff if backoff is None else backoff,
            idempotency_keys=self.idempotency_keys
            if idempotency_keys is None
            else idempotency_keys,
            headers=self._copied_headers(headers, set_headers),
            query=self._copied_query(query, set_query),
            http_client=self._http if http_client is None else http_client,
            max_response_bytes=self.max_response_bytes
            if max_response_bytes is UNSET
            else max_response_bytes,
            deadline=self.deadline if deadline is UNSET else deadline,
            max_pages=self.max_pages if max_pages is None else max_pages,
        )
        client._share_pool_of(self, shared=http_client is None)
        return client

    with_options = copy

    def list_images(
        self,
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

    def paginate_list_images(
        self,
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

    def create_image(
        self,
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

    def get_image(
        self,
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

    def delete_image(
        self,
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

    def update_image(
        self,
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

    def list_image_sources(
        self,
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

    def paginate_list_image_sources(
        self,
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

    def create_image_source(
        self,
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

    def get_image_source(
        self,
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

    def delete_image_source(
        self,
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

    def update_image_source(
        self,
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


class ClientWithRawResponse:
    """The operations of Client, returning the APIResponse: status, headers, body, and .parse()."""

    def __init__(self, client: Client, stream: bool | None = None) -> None:
        self._client = client
        self._stream = stream  # True: the 2xx response comes back unread

    def list_images(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def create_image(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def get_image(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def delete_image(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def update_image(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def list_image_sources(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def create_image_source(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def get_image_source(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def delete_image_source(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    def update_image_source(
        self,
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
        return self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )


class ClientWithStreamingResponse(StreamingView[ClientWithRawResponse]):
    """The operations of Client (the raw-response ones' arguments), each in a with block giving the
    response unread: iter_bytes(), iter_text(), iter_lines(), write_to_file(), parse(); closed on leaving it."""

    list_images = streamed(ClientWithRawResponse.list_images)

    create_image = streamed(ClientWithRawResponse.create_image)

    get_image = streamed(ClientWithRawResponse.get_image)

    delete_image = streamed(ClientWithRawResponse.delete_image)

    update_image = streamed(ClientWithRawResponse.update_image)

    list_image_sources = streamed(ClientWithRawResponse.list_image_sources)

    create_image_source = streamed(ClientWithRawResponse.create_image_source)

    get_image_source = streamed(ClientWithRawResponse.get_image_source)

    delete_image_source = streamed(ClientWithRawResponse.delete_image_source)

    update_image_source = streamed(ClientWithRawResponse.update_image_source)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client of Cycle Platform API (images) 1.0.0.

    Args:
        base_url: Where the API is; by default https://api.cycle.io.
        token: The access token of scheme "bearerAuth" (HTTP bearer: A Cycle API key, sent as
            `Authorization: Bearer <key>`). Sent as the header "Authorization: Bearer <token>".
            Accepted by all operations. A str, or a function returning the current one (called for
            each try). Never shown by repr.
        hub_id: The value of scheme "hubId" (API key: Defines the scope of the request to a specific
            Hub). Sent as the header "X-Hub-Id". Accepted by all operations. A str, or a function
            returning the current one (called for each try). Never shown by repr.
        timeout: Seconds (or an httpx.Timeout) for each request; a call's timeout= overrides it.
        max_retries: Retries of idempotent requests after a connection error, 408, 429 or 5xx;
            a call's max_retries= overrides it, and is the only way to retry POST or PATCH.
        backoff: The wait before each retry, unless the server sends Retry-After.
        idempotency_keys: Send every POST and PATCH with an Idempotency-Key, the same on each try,
            and retry them as max_retries says.
        headers: Headers sent with every request (a call's extra_headers override them).
        query: Query parameters sent with every request (a call's extra_query overrides them).
        http_client: The httpx client to send with; the caller keeps it open and closes it. If it
            follows redirects, credentials still go only to base_url's origin.
        max_response_bytes: The most bytes of a body a call reads, after decompression (64 MiB;
            None: no limit); a longer 2xx body raises ResponseTooLargeError.
        deadline: Seconds a call may take in all, every try, wait and body read included (None:
            none; timeout bounds each step of a try); past it, APITimeoutError.
        max_pages: The most pages a paginate_ method reads (1,000); more is TooManyPagesError.

    Every method also takes extra_headers, extra_query and extra_body (merged over what it
    sends: a JSON object, form or multipart body), timeout, max_retries, max_response_bytes
    and deadline; each paginate_ method max_pages too.
    """

    with_raw_response: AsyncClientWithRawResponse
    """The same operations, returning the APIResponse: status, headers, body, and .parse() for the model."""
    with_streaming_response: AsyncClientWithStreamingResponse
    """The same operations, their response handed back unread in a with block: iter_bytes(), write_to_file()."""

    def __init__(
        self,
        *,
        base_url: str = "https://api.cycle.io",
        token: AsyncSecret | None = None,
        hub_id: AsyncSecret | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff: Backoff = DEFAULT_BACKOFF,
        idempotency_keys: bool = False,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=_credentials(token, hub_id),
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            http_client=http_client,
            sent_always=("bearerAuth", "hubId"),
            given={"token": token, "hub_id": hub_id},
            idempotency_keys=idempotency_keys,
            headers=headers,
            query=query,
            request_id_headers=_REQUEST_ID_HEADERS,
            secret_names=_SECRET_NAMES,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            max_pages=max_pages,
        )
        self.with_raw_response = AsyncClientWithRawResponse(self)
        self.with_streaming_response = AsyncClientWithStreamingResponse(
            AsyncClientWithRawResponse(self, stream=True)
        )

    def copy(
        self,
        *,
        base_url: str | None = None,
        token: AsyncSecret | None = None,
        hub_id: AsyncSecret | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | None = None,
        backoff: Backoff | None = None,
        idempotency_keys: bool | None = None,
        headers: Mapping[str, str] | None = None,
        set_headers: Mapping[str, str] | None = None,
        query: Mapping[str, str] | None = None,
        set_query: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | None = None,
    ) -> Self:
        """A client like this one, with the settings given changed; it shares the connection pool.

        Credentials, timeout, max_retries, backoff, idempotency_keys, max_response_bytes,
        deadline and max_pages not given are this client's. headers and query are merged over
        this client's; set_headers and set_query replace them. The copy sends with this client's
        httpx client (unless it is given http_client), so closing the copy closes nothing: close
        the client it was copied from. with_options is the same method.
        """
        client = type(self)(
            base_url=self.base_url if base_url is None else base_url,
            token=self._given.get("token") if token is None else token,
            hub_id=self._given.get("hub_id") if hub_id is None else hub_id,
            timeout=self.timeout if timeout is UNSET else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            backoff=self.backoff if backoff is None else backoff,
            idempotency_keys=self.idempotency_keys
            if idempotency_keys is None
            else idempotency_keys,
            headers=self._copied_headers(headers, set_headers),
            query=self._copied_query(query, set_query),
            http_client=self._http if http_client is None else http_client,
            max_response_bytes=self.max_response_bytes
            if max_response_bytes is UNSET
            else max_response_bytes,
            deadline=self.deadline if deadline is UNSET else deadline,
            max_pages=self.max_pages if max_pages is None else max_pages,
        )
        client._share_pool_of(self, shared=http_client is None)
        return client

    with_options = copy

    async def list_images(
        self,
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

    def paginate_list_images(
        self,
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

    async def create_image(
        self,
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

    async def get_image(
        self,
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

    async def delete_image(
        self,
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

    async def update_image(
        self,
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

    async def list_image_sources(
        self,
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

    def paginate_list_image_sources(
        self,
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

    async def create_image_source(
        self,
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

    async def get_image_source(
        self,
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

    async def delete_image_source(
        self,
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

    async def update_image_source(
        self,
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


class AsyncClientWithRawResponse:
    """The operations of AsyncClient, returning the APIResponse: status, headers, body, and .parse()."""

    def __init__(self, client: AsyncClient, stream: bool | None = None) -> None:
        self._client = client
        self._stream = stream  # True: the 2xx response comes back unread

    async def list_images(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def create_image(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def get_image(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def delete_image(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def update_image(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def list_image_sources(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def create_image_source(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def get_image_source(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def delete_image_source(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )

    async def update_image_source(
        self,
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
        return await self._client.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            stream=self._stream,
        )


class AsyncClientWithStreamingResponse(StreamingView[AsyncClientWithRawResponse]):
    """The operations of AsyncClient (the raw-response ones' arguments), each in a with block giving the
    response unread: iter_bytes(), iter_text(), iter_lines(), write_to_file(), parse(); closed on leaving it."""

    list_images = astreamed(AsyncClientWithRawResponse.list_images)

    create_image = astreamed(AsyncClientWithRawResponse.create_image)

    get_image = astreamed(AsyncClientWithRawResponse.get_image)

    delete_image = astreamed(AsyncClientWithRawResponse.delete_image)

    update_image = astreamed(AsyncClientWithRawResponse.update_image)

    list_image_sources = astreamed(AsyncClientWithRawResponse.list_image_sources)

    create_image_source = astreamed(AsyncClientWithRawResponse.create_image_source)

    get_image_source = astreamed(AsyncClientWithRawResponse.get_image_source)

    delete_image_source = astreamed(AsyncClientWithRawResponse.delete_image_source)

    update_image_source = astreamed(AsyncClientWithRawResponse.update_image_source)
