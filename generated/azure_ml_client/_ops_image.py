# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Operations of Azure Machine Learning Model Management Service - Images 2019-09-30, imported on their first use by client.py's classes.

Each operation's request builder, body reader and error decoders, and its method of each
class: the Client's (`__sync`), the AsyncClient's (`__async`), the raw-response views' (`__raw`,
`__async_raw`) and the streaming-response views' (`__streamed`, `__async_streamed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
    next_link,
)
from ._responses import (
    APIResponse,
    Reader,
    json_model_body,
    no_body,
)
from ._runtime import (
    UNSET,
    Unset,
    enum_value,
    json_dumps,
)
from .models import (
    CreateImageRequest,
    ImageListOrderBy,
    ImageResponseBase,
    ModelErrorResponse,
    PaginatedImageList,
)

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


def list_images__sync(
    self: SyncAPIClient,
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


def paginate_list_images__sync(
    self: SyncAPIClient,
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


def list_images__raw(
    self: RawResponses,
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


def paginate_list_images__async(
    self: AsyncAPIClient,
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


async def list_images__async_raw(
    self: AsyncRawResponses,
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


def create_image__sync(
    self: SyncAPIClient,
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


def create_image__raw(
    self: RawResponses,
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


async def create_image__async_raw(
    self: AsyncRawResponses,
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


def get_image__sync(
    self: SyncAPIClient,
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


def get_image__raw(
    self: RawResponses,
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


async def get_image__async_raw(
    self: AsyncRawResponses,
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


def delete_image__sync(
    self: SyncAPIClient,
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


def delete_image__raw(
    self: RawResponses,
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


async def delete_image__async_raw(
    self: AsyncRawResponses,
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
