# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""HTTP clients of Azure Machine Learning Model Management Service - Images 2019-09-30: Client (sync) and AsyncClient.

One method per operation, with typed arguments, returning the decoded model. Their
`with_raw_response` gives the status, headers and body instead, and each list operation
has a `paginate_` method that goes through every page. This module needs httpx; the
models don't.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Self

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
    next_link,
)
from ._responses import (
    APIResponse,
    Reader,
    json_model_body,
    no_body,
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
    CreateImageRequest,
    ImageListOrderBy,
    ImageResponseBase,
    ModelErrorResponse,
    PaginatedImageList,
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
_SECRET_NAMES: Final[frozenset[str]] = frozenset({"authorization"})


def _credentials(token: AsyncSecret | None) -> dict[str, Credential | Dynamic]:
    """The secrets a client was given, by the security scheme they belong to."""
    credentials: dict[str, Credential | Dynamic] = {}
    if token is not None:
        credentials["bearerAuth"] = credential("header", "Authorization", token, "token", "Bearer ")
    return credentials


_list_images_parse: Reader[PaginatedImageList] = json_model_body(PaginatedImageList.from_json)
_list_images_errors: dict[str, ErrorDecoder] = {"default": ModelErrorResponse.from_dict}


def _list_images_request(
    *,
    subscription_id: str,
    resource_group: str,
    workspace: str,
    name: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    description: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_name: str | Unset = UNSET,
    count: int | Unset = UNSET,
    skip_token: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    order_by: ImageListOrderBy | str | Unset = UNSET,
    expand: bool | Unset = UNSET,
) -> Request[PaginatedImageList]:
    query: list[tuple[str, str]] = []
    if name is not UNSET:
        query.append(("name", name))
    if tag is not UNSET:
        query.append(("tag", tag))
    if description is not UNSET:
        query.append(("description", description))
    if model_id is not UNSET:
        query.append(("modelId", model_id))
    if model_name is not UNSET:
        query.append(("modelName", model_name))
    if count is not UNSET:
        query.append(("count", str(count)))
    if skip_token is not UNSET:
        query.append(("$skipToken", skip_token))
    if tags is not UNSET:
        query.append(("tags", tags))
    if properties is not UNSET:
        query.append(("properties", properties))
    if order_by is not UNSET:
        query.append(("orderBy", str(enum_value(order_by))))
    if expand is not UNSET:
        query.append(("expand", ("true" if expand else "false")))
    return Request(
        method="GET",
        path="/modelmanagement/v1.0/subscriptions/"
        + path_segment(subscription_id, "subscription_id")
        + "/resourceGroups/"
        + path_segment(resource_group, "resource_group")
        + "/providers/Microsoft.MachineLearningServices/workspaces/"
        + path_segment(workspace, "workspace")
        + "/images",
        parse=_list_images_parse,
        query=query,
        security=("bearerAuth",),
        errors=_list_images_errors,
    )


def _list_images_items(page: PaginatedImageList) -> list[ImageResponseBase]:
    return [] if page.value is UNSET else page.value


def _list_images_next(
    request: Request[PaginatedImageList], page: PaginatedImageList, headers: Mapping[str, str]
) -> Request[PaginatedImageList] | None:
    return next_link(request, page.next_link)


_create_image_parse: Reader[None] = no_body
_create_image_errors: dict[str, ErrorDecoder] = {"default": ModelErrorResponse.from_dict}


def _create_image_request(
    *,
    subscription_id: str,
    resource_group: str,
    workspace: str,
    body: CreateImageRequest,
) -> Request[None]:
    return Request(
        method="POST",
        path="/modelmanagement/v1.0/subscriptions/"
        + path_segment(subscription_id, "subscription_id")
        + "/resourceGroups/"
        + path_segment(resource_group, "resource_group")
        + "/providers/Microsoft.MachineLearningServices/workspaces/"
        + path_segment(workspace, "workspace")
        + "/images",
        parse=_create_image_parse,
        body=json_dumps(body.to_dict()),
        content_type="application/json",
        security=("bearerAuth",),
        errors=_create_image_errors,
    )


_get_image_parse: Reader[ImageResponseBase] = json_model_body(ImageResponseBase.from_json)
_get_image_errors: dict[str, ErrorDecoder] = {"default": ModelErrorResponse.from_dict}


def _get_image_request(
    *,
    subscription_id: str,
    resource_group: str,
    workspace: str,
    id: str,
    expand: bool | Unset = UNSET,
) -> Request[ImageResponseBase]:
    query: list[tuple[str, str]] = []
    if expand is not UNSET:
        query.append(("expand", ("true" if expand else "false")))
    return Request(
        method="GET",
        path="/modelmanagement/v1.0/subscriptions/"
        + path_segment(subscription_id, "subscription_id")
        + "/resourceGroups/"
        + path_segment(resource_group, "resource_group")
        + "/providers/Microsoft.MachineLearningServices/workspaces/"
        + path_segment(workspace, "workspace")
        + "/images/"
        + path_segment(id, "id"),
        parse=_get_image_parse,
        query=query,
        security=("bearerAuth",),
        errors=_get_image_errors,
    )


_delete_image_parse: Reader[None] = no_body
_delete_image_errors: dict[str, ErrorDecoder] = {"default": ModelErrorResponse.from_dict}


def _delete_image_request(
    *,
    subscription_id: str,
    resource_group: str,
    workspace: str,
    id: str,
) -> Request[None]:
    return Request(
        method="DELETE",
        path="/modelmanagement/v1.0/subscriptions/"
        + path_segment(subscription_id, "subscription_id")
        + "/resourceGroups/"
        + path_segment(resource_group, "resource_group")
        + "/providers/Microsoft.MachineLearningServices/workspaces/"
        + path_segment(workspace, "workspace")
        + "/images/"
        + path_segment(id, "id"),
        parse=_delete_image_parse,
        security=("bearerAuth",),
        errors=_delete_image_errors,
    )


class Client(SyncAPIClient):
    """Synchronous client of Azure Machine Learning Model Management Service - Images 2019-09-30.

    Args:
        base_url: Where the API is; by default https://eastus.api.azureml.ms.
        token: The access token of scheme "bearerAuth" (HTTP bearer: Azure Active Directory
            (Microsoft Entra ID) access token, sent as `Authorization: Bearer <token>`). Sent as the
            header "Authorization: Bearer <token>". Accepted by all operations. A str, or a function
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
        base_url: str = "https://eastus.api.azureml.ms",
        token: Secret | None = None,
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
            credentials=_credentials(token),
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            http_client=http_client,
            sent_always=("bearerAuth",),
            given={"token": token},
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        description: str | Unset = UNSET,
        model_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        skip_token: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        order_by: ImageListOrderBy | str | Unset = UNSET,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> PaginatedImageList:
        """Query the list of Images in a workspace.

        If no filter is passed, the query lists all the Images in the given workspace. The returned list is paginated and the count of items in each page is an optional parameter. Follow `nextLink` of PaginatedImageList to read the next page.

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            name: The object name.
            tag: The object tag.
            description: The description of the object.
            model_id: The Model Id.
            model_name: The Model name.
            count: The number of items to retrieve in a page.
            skip_token: The continuation token to retrieve the next page.
            tags: A list of Image tags.
            properties: A list of Image properties.
            order_by: An option for specifying how to order the list.
            expand: When set to True, additional model details are returned.
        """
        request = _list_images_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            name=name,
            tag=tag,
            description=description,
            model_id=model_id,
            model_name=model_name,
            count=count,
            skip_token=skip_token,
            tags=tags,
            properties=properties,
            order_by=order_by,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        description: str | Unset = UNSET,
        model_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        skip_token: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        order_by: ImageListOrderBy | str | Unset = UNSET,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | Unset = UNSET,
    ) -> Pages[ImageResponseBase, PaginatedImageList]:
        """Every ImageResponseBase that list_images lists, page after page.

        Takes the arguments of list_images. Iterate over the result for the items, or over its pages()
        for each page's model; a page is fetched only when the one before has been used.
        """
        request = _list_images_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            name=name,
            tag=tag,
            description=description,
            model_id=model_id,
            model_name=model_name,
            count=count,
            skip_token=skip_token,
            tags=tags,
            properties=properties,
            order_by=order_by,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        body: CreateImageRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """Create an Image.

        Create an Image from the provided payload. This is a long-running operation; the service answers 202 and the header 'Operation-Location' contains the async operation location URL. Accessing this URL with a GET call will return the status of the background task.

        POST is not idempotent: it is retried only if the call passes max_retries, or if it carries
        an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            body: The payload containing image request details.
        """
        request = _create_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            body=body,
        )
        self.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
        )

    def get_image(
        self,
        *,
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ImageResponseBase:
        """Get an Image.

        Get an Image by Id.

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            id: The Image Id.
            expand: When set to True, additional model details are returned.
        """
        request = _get_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """Delete an Image.

        Delete the image specified.

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            id: The Image Id.
        """
        request = _delete_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
        )
        self.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
        )


class ClientWithRawResponse:
    """The operations of Client, returning the APIResponse: status, headers, body, and .parse()."""

    def __init__(self, client: Client, stream: bool | None = None) -> None:
        self._client = client
        self._stream = stream  # True: the 2xx response comes back unread

    def list_images(
        self,
        *,
        subscription_id: str,
        resource_group: str,
        workspace: str,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        description: str | Unset = UNSET,
        model_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        skip_token: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        order_by: ImageListOrderBy | str | Unset = UNSET,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[PaginatedImageList]:
        """Client.list_images, returning the response as received."""
        request = _list_images_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            name=name,
            tag=tag,
            description=description,
            model_id=model_id,
            model_name=model_name,
            count=count,
            skip_token=skip_token,
            tags=tags,
            properties=properties,
            order_by=order_by,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        body: CreateImageRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[None]:
        """Client.create_image, returning the response as received."""
        request = _create_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[ImageResponseBase]:
        """Client.get_image, returning the response as received."""
        request = _get_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[None]:
        """Client.delete_image, returning the response as received."""
        request = _delete_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
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


class AsyncClient(AsyncAPIClient):
    """Asynchronous client of Azure Machine Learning Model Management Service - Images 2019-09-30.

    Args:
        base_url: Where the API is; by default https://eastus.api.azureml.ms.
        token: The access token of scheme "bearerAuth" (HTTP bearer: Azure Active Directory
            (Microsoft Entra ID) access token, sent as `Authorization: Bearer <token>`). Sent as the
            header "Authorization: Bearer <token>". Accepted by all operations. A str, or a function
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
        base_url: str = "https://eastus.api.azureml.ms",
        token: AsyncSecret | None = None,
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
            credentials=_credentials(token),
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            http_client=http_client,
            sent_always=("bearerAuth",),
            given={"token": token},
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        description: str | Unset = UNSET,
        model_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        skip_token: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        order_by: ImageListOrderBy | str | Unset = UNSET,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> PaginatedImageList:
        """Query the list of Images in a workspace.

        If no filter is passed, the query lists all the Images in the given workspace. The returned list is paginated and the count of items in each page is an optional parameter. Follow `nextLink` of PaginatedImageList to read the next page.

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            name: The object name.
            tag: The object tag.
            description: The description of the object.
            model_id: The Model Id.
            model_name: The Model name.
            count: The number of items to retrieve in a page.
            skip_token: The continuation token to retrieve the next page.
            tags: A list of Image tags.
            properties: A list of Image properties.
            order_by: An option for specifying how to order the list.
            expand: When set to True, additional model details are returned.
        """
        request = _list_images_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            name=name,
            tag=tag,
            description=description,
            model_id=model_id,
            model_name=model_name,
            count=count,
            skip_token=skip_token,
            tags=tags,
            properties=properties,
            order_by=order_by,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        description: str | Unset = UNSET,
        model_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        skip_token: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        order_by: ImageListOrderBy | str | Unset = UNSET,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
        max_pages: int | Unset = UNSET,
    ) -> AsyncPages[ImageResponseBase, PaginatedImageList]:
        """Every ImageResponseBase that list_images lists, page after page.

        Takes the arguments of list_images. Iterate over the result for the items, or over its pages()
        for each page's model; a page is fetched only when the one before has been used.
        """
        request = _list_images_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            name=name,
            tag=tag,
            description=description,
            model_id=model_id,
            model_name=model_name,
            count=count,
            skip_token=skip_token,
            tags=tags,
            properties=properties,
            order_by=order_by,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        body: CreateImageRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """Create an Image.

        Create an Image from the provided payload. This is a long-running operation; the service answers 202 and the header 'Operation-Location' contains the async operation location URL. Accessing this URL with a GET call will return the status of the background task.

        POST is not idempotent: it is retried only if the call passes max_retries, or if it carries
        an Idempotency-Key (the client's idempotency_keys=True, or one in extra_headers).

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            body: The payload containing image request details.
        """
        request = _create_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            body=body,
        )
        await self.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
        )

    async def get_image(
        self,
        *,
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ImageResponseBase:
        """Get an Image.

        Get an Image by Id.

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            id: The Image Id.
            expand: When set to True, additional model details are returned.
        """
        request = _get_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """Delete an Image.

        Delete the image specified.

        Args:
            subscription_id: The Azure Subscription ID.
            resource_group: The Name of the resource group in which the workspace is located.
            workspace: The name of the workspace.
            id: The Image Id.
        """
        request = _delete_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
        )
        await self.send(
            request,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
        )


class AsyncClientWithRawResponse:
    """The operations of AsyncClient, returning the APIResponse: status, headers, body, and .parse()."""

    def __init__(self, client: AsyncClient, stream: bool | None = None) -> None:
        self._client = client
        self._stream = stream  # True: the 2xx response comes back unread

    async def list_images(
        self,
        *,
        subscription_id: str,
        resource_group: str,
        workspace: str,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        description: str | Unset = UNSET,
        model_id: str | Unset = UNSET,
        model_name: str | Unset = UNSET,
        count: int | Unset = UNSET,
        skip_token: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        order_by: ImageListOrderBy | str | Unset = UNSET,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[PaginatedImageList]:
        """AsyncClient.list_images, returning the response as received."""
        request = _list_images_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            name=name,
            tag=tag,
            description=description,
            model_id=model_id,
            model_name=model_name,
            count=count,
            skip_token=skip_token,
            tags=tags,
            properties=properties,
            order_by=order_by,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        body: CreateImageRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[None]:
        """AsyncClient.create_image, returning the response as received."""
        request = _create_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        expand: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[ImageResponseBase]:
        """AsyncClient.get_image, returning the response as received."""
        request = _get_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
            expand=expand,
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
        subscription_id: str,
        resource_group: str,
        workspace: str,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        max_response_bytes: int | None | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> APIResponse[None]:
        """AsyncClient.delete_image, returning the response as received."""
        request = _delete_image_request(
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            id=id,
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
