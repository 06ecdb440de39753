# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Operations of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2, imported on their first use by client.py's classes.

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
    next_link,
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
)
from .models import (
    OtcBooleanString,
    OtcError,
    OtcImage,
    OtcImageDiskFormat,
    OtcImageList,
    OtcImageMemberStatus,
    OtcImageOsBit,
    OtcImageOsType,
    OtcImagePlatform,
    OtcImageSortKey,
    OtcImageStatus,
    OtcImageType,
    OtcImageVirtualEnvType,
    OtcImageVisibilityFilter,
    OtcSortDirection,
)

_list_images_parse: Reader[OtcImageList] = json_model_body(OtcImageList.from_json)
_list_images_errors: dict[str, ErrorDecoder] = {"default": OtcError.from_dict}


def _list_images_request(
    *,
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Request[OtcImageList]:
    query: list[tuple[str, str]] = []
    if isregistered is not UNSET:
        query.append(("__isregistered", str(enum_value(isregistered))))
    if imagetype is not UNSET:
        query.append(("__imagetype", str(enum_value(imagetype))))
    if protected is not UNSET:
        query.append(("protected", ("true" if protected else "false")))
    if visibility is not UNSET:
        query.append(("visibility", str(enum_value(visibility))))
    if owner is not UNSET:
        query.append(("owner", owner))
    if id is not UNSET:
        query.append(("id", id))
    if status is not UNSET:
        query.append(("status", str(enum_value(status))))
    if name is not UNSET:
        query.append(("name", name))
    if container_format is not UNSET:
        query.append(("container_format", container_format))
    if disk_format is not UNSET:
        query.append(("disk_format", str(enum_value(disk_format))))
    if min_ram is not UNSET:
        query.append(("min_ram", str(min_ram)))
    if min_disk is not UNSET:
        query.append(("min_disk", str(min_disk)))
    if os_bit is not UNSET:
        query.append(("__os_bit", str(enum_value(os_bit))))
    if platform is not UNSET:
        query.append(("__platform", str(enum_value(platform))))
    if marker is not UNSET:
        query.append(("marker", marker))
    if limit is not UNSET:
        query.append(("limit", str(limit)))
    if sort_key is not UNSET:
        query.append(("sort_key", str(enum_value(sort_key))))
    if sort_dir is not UNSET:
        query.append(("sort_dir", str(enum_value(sort_dir))))
    if os_type is not UNSET:
        query.append(("__os_type", str(enum_value(os_type))))
    if tag is not UNSET:
        query.append(("tag", tag))
    if member_status is not UNSET:
        query.append(("member_status", str(enum_value(member_status))))
    if support_kvm is not UNSET:
        query.append(("__support_kvm", support_kvm))
    if support_xen is not UNSET:
        query.append(("__support_xen", support_xen))
    if support_largememory is not UNSET:
        query.append(("__support_largememory", support_largememory))
    if support_diskintensive is not UNSET:
        query.append(("__support_diskintensive", support_diskintensive))
    if support_highperformance is not UNSET:
        query.append(("__support_highperformance", support_highperformance))
    if support_xen_gpu_type is not UNSET:
        query.append(("__support_xen_gpu_type", support_xen_gpu_type))
    if support_kvm_gpu_type is not UNSET:
        query.append(("__support_kvm_gpu_type", support_kvm_gpu_type))
    if support_xen_hana is not UNSET:
        query.append(("__support_xen_hana", support_xen_hana))
    if support_kvm_infiniband is not UNSET:
        query.append(("__support_kvm_infiniband", support_kvm_infiniband))
    if virtual_env_type is not UNSET:
        query.append(("virtual_env_type", str(enum_value(virtual_env_type))))
    if created_at is not UNSET:
        query.append(("created_at", created_at))
    if updated_at is not UNSET:
        query.append(("updated_at", updated_at))
    return Request(
        method="GET",
        path="/v2/images",
        parse=_list_images_parse,
        query=query,
        security=("authToken",),
        errors=_list_images_errors,
    )


def _list_images_items(page: OtcImageList) -> list[OtcImage]:
    return page.images


def _list_images_next(
    request: Request[OtcImageList], page: OtcImageList, headers: Mapping[str, str]
) -> Request[OtcImageList] | None:
    return next_link(request, page.next)


def list_images__sync(
    self: SyncAPIClient,
    *,
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> OtcImageList:
    """Query images.

    This API is used to obtain the image list. This API does not return the complete
    result at once, but uses pagination. By default, a set contains 25 images. You can
    also use the limit and marker parameters to paginate through images manually and
    specify the number of images that can be returned. The parameter first in the
    response indicates the URL of the first page of images, and parameter next indicates
    the URL of the next page of images. When the last page of images is queried, there is
    no parameter next.

    Args:
        isregistered: Specifies whether the image is available. The value can be true. The value is
            true for all extension APIs by default. Common users can query only the images for which
            the value of this parameter is true.
        imagetype: Specifies the image type. The following types are supported: - Public image: The
            value is gold. - Private image: The value is private. - Shared image: The value is
            shared.
        protected: Specifies whether the image is protected. The value is true or false. Set it to
            true when you query public images. This parameter is optional when you query private
            images.
        visibility: Specifies whether the image is available to other tenants. Available values
            include: - public: public image - private: private image - shared: shared image When the
            visibility value is private, private images that have shared with others are not
            queried.
        owner: Specifies the tenant to which the image belongs.
        id: Specifies the image ID.
        status: Specifies the image status. The value can be one of the following: - queued:
            indicates that the image metadata has already been created, and it is ready for the
            image file to upload. - saving: indicates that the image file is being uploaded to the
            backend storage. - deleted: indicates that the image has been deleted. - killed:
            indicates that an error occurs on the image uploading. - active: indicates that the
            image is available for use.
        name: Specifies the image name. Exact matching is used.
        container_format: Specifies the container type. The default value is bare.
        disk_format: Specifies the image format. The value can be zvhd2, vhd, zvhd, raw, or qcow2.
            The default value is zvhd2.
        min_ram: Specifies the minimum memory size (MB) required for running the image. The
            parameter value depends on the ECS specifications. Generally, the value is 0.
        min_disk: Specifies the minimum disk space (GB) required for running the image. The value
            ranges from 1 GB to 1,024 GB.
        os_bit: Specifies the OS architecture, 32 bit or 64 bit.
        platform: Specifies the image platform type. The value can be Windows, Ubuntu, Red Hat,
            SUSE, CentOS, Debian, OpenSUSE, Oracle Linux, Fedora, Other, CoreOS, or EulerOS.
        marker: Specifies the start number from which images are queried. The value is the image ID.
        limit: Specifies the number of images to be queried. The value is an integer. By default, 25
            images can be queried.
        sort_key: Specifies the field for sorting the query results. The value can be an attribute
            of the image: name, container_format, disk_format, status, id, size, or created_at. The
            default value is created_at.
        sort_dir: Specifies whether the query results are sorted in ascending or descending order.
            Its value can be desc (default) or asc. This parameter is used together with parameter
            sort_key. The default value is desc.
        os_type: Specifies the image OS type. The value can be Linux, Windows, or Other.
        tag: Specifies a tag added to an image. Tags can be used as a filter to query images. The
            tagging function has been upgraded. If the tags added before the function upgrade are in
            the format of "Key.Value", query tags using "Key=Value". For example, an existing tag is
            a.b. After the tag function upgrade, query the tag using "tag=a=b".
        member_status: Specifies the member status. The value can be accepted, rejected, or pending.
            accepted: indicates that the shared image is accepted. rejected indicates that the image
            shared by others is rejected. pending indicates that the image shared by others needs to
            be confirmed. To use this parameter, set visibility to shared during the query.
        support_kvm: Specifies whether the image supports KVM. If yes, the value is true. Otherwise,
            this parameter is not required.
        support_xen: Specifies whether the image supports Xen. If yes, the value is true. Otherwise,
            this parameter is not required.
        support_largememory: Specifies whether the image supports large-memory ECSs. If the image
            supports large-memory ECSs, the value is true. Otherwise, this parameter is not
            required.
        support_diskintensive: Specifies whether the image supports disk-intensive ECSs. If the
            image supports disk-intensive ECSs, the value is true. Otherwise, this parameter is not
            required.
        support_highperformance: Specifies whether the image supports high-performance ECSs. If the
            image supports high-performance ECSs, the value is true. Otherwise, this parameter is
            not required.
        support_xen_gpu_type: Specifies whether the image supports GPU-accelerated ECSs on the Xen
            platform. If the image does not support GPU-accelerated ECSs on the Xen platform, this
            parameter is not required. This attribute cannot co-exist with __support_xen and
            __support_kvm.
        support_kvm_gpu_type: Specifies whether the image supports GPU-accelerated ECSs on the KVM
            platform. If the image does not support GPU-accelerated ECSs on the KVM platform, this
            parameter is not required. This attribute cannot co-exist with __support_xen and
            __support_kvm.
        support_xen_hana: Specifies whether the image supports HANA ECSs on the Xen platform. If
            yes, the value is true. Otherwise, this parameter is not required. This attribute cannot
            co-exist with __support_xen and __support_kvm.
        support_kvm_infiniband: Specifies whether the image supports ECSs with InfiniBand NICs on
            the KVM platform. If yes, the value is true. Otherwise, this parameter is not required.
            This attribute cannot co-exist with __support_xen.
        virtual_env_type: Specifies the environment where the image is used. The value can be
            FusionCompute, Ironic, or DataImage.
        created_at: Specifies the time when the image was created. Images can be queried by time.
            The value is in the format of Operator:UTC time. The following operators are supported:
            gt (greater than), gte (greater than or equal to), lt (less than), lte (less than or
            equal to), eq (equal to), neq (not equal to). The time format is yyyy-MM-ddThh:mm:ssZ or
            yyyy-MM-dd hh:mm:ss. For example, to query images created before Oct 28, 2018 10:00:00,
            set the value of created_at to lt:2018-10-28T10:00:00Z.
        updated_at: Specifies the time when the image was modified. Images can be queried by time.
            The value is in the format of Operator:UTC time. The following operators are supported:
            gt (greater than), gte (greater than or equal to), lt (less than), lte (less than or
            equal to), eq (equal to), neq (not equal to). The time format is yyyy-MM-ddThh:mm:ssZ or
            yyyy-MM-dd hh:mm:ss. For example, to query images updated before Oct 28, 2018 10:00:00,
            set the value of updated_at to lt:2018-10-28T10:00:00Z.
    """
    request = _list_images_request(
        isregistered=isregistered,
        imagetype=imagetype,
        protected=protected,
        visibility=visibility,
        owner=owner,
        id=id,
        status=status,
        name=name,
        container_format=container_format,
        disk_format=disk_format,
        min_ram=min_ram,
        min_disk=min_disk,
        os_bit=os_bit,
        platform=platform,
        marker=marker,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        os_type=os_type,
        tag=tag,
        member_status=member_status,
        support_kvm=support_kvm,
        support_xen=support_xen,
        support_largememory=support_largememory,
        support_diskintensive=support_diskintensive,
        support_highperformance=support_highperformance,
        support_xen_gpu_type=support_xen_gpu_type,
        support_kvm_gpu_type=support_kvm_gpu_type,
        support_xen_hana=support_xen_hana,
        support_kvm_infiniband=support_kvm_infiniband,
        virtual_env_type=virtual_env_type,
        created_at=created_at,
        updated_at=updated_at,
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
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
    max_pages: int | Unset = UNSET,
) -> Pages[OtcImage, OtcImageList]:
    """Every OtcImage that list_images lists, page after page.

    Takes the arguments of list_images. Iterate over the result for the items, or over its pages()
    for each page's model; a page is fetched only when the one before has been used.
    """
    request = _list_images_request(
        isregistered=isregistered,
        imagetype=imagetype,
        protected=protected,
        visibility=visibility,
        owner=owner,
        id=id,
        status=status,
        name=name,
        container_format=container_format,
        disk_format=disk_format,
        min_ram=min_ram,
        min_disk=min_disk,
        os_bit=os_bit,
        platform=platform,
        marker=marker,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        os_type=os_type,
        tag=tag,
        member_status=member_status,
        support_kvm=support_kvm,
        support_xen=support_xen,
        support_largememory=support_largememory,
        support_diskintensive=support_diskintensive,
        support_highperformance=support_highperformance,
        support_xen_gpu_type=support_xen_gpu_type,
        support_kvm_gpu_type=support_kvm_gpu_type,
        support_xen_hana=support_xen_hana,
        support_kvm_infiniband=support_kvm_infiniband,
        virtual_env_type=virtual_env_type,
        created_at=created_at,
        updated_at=updated_at,
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
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[OtcImageList]:
    """Client.list_images, returning the response as received."""
    request = _list_images_request(
        isregistered=isregistered,
        imagetype=imagetype,
        protected=protected,
        visibility=visibility,
        owner=owner,
        id=id,
        status=status,
        name=name,
        container_format=container_format,
        disk_format=disk_format,
        min_ram=min_ram,
        min_disk=min_disk,
        os_bit=os_bit,
        platform=platform,
        marker=marker,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        os_type=os_type,
        tag=tag,
        member_status=member_status,
        support_kvm=support_kvm,
        support_xen=support_xen,
        support_largememory=support_largememory,
        support_diskintensive=support_diskintensive,
        support_highperformance=support_highperformance,
        support_xen_gpu_type=support_xen_gpu_type,
        support_kvm_gpu_type=support_kvm_gpu_type,
        support_xen_hana=support_xen_hana,
        support_kvm_infiniband=support_kvm_infiniband,
        virtual_env_type=virtual_env_type,
        created_at=created_at,
        updated_at=updated_at,
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
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> OtcImageList:
    """Query images.

    This API is used to obtain the image list. This API does not return the complete
    result at once, but uses pagination. By default, a set contains 25 images. You can
    also use the limit and marker parameters to paginate through images manually and
    specify the number of images that can be returned. The parameter first in the
    response indicates the URL of the first page of images, and parameter next indicates
    the URL of the next page of images. When the last page of images is queried, there is
    no parameter next.

    Args:
        isregistered: Specifies whether the image is available. The value can be true. The value is
            true for all extension APIs by default. Common users can query only the images for which
            the value of this parameter is true.
        imagetype: Specifies the image type. The following types are supported: - Public image: The
            value is gold. - Private image: The value is private. - Shared image: The value is
            shared.
        protected: Specifies whether the image is protected. The value is true or false. Set it to
            true when you query public images. This parameter is optional when you query private
            images.
        visibility: Specifies whether the image is available to other tenants. Available values
            include: - public: public image - private: private image - shared: shared image When the
            visibility value is private, private images that have shared with others are not
            queried.
        owner: Specifies the tenant to which the image belongs.
        id: Specifies the image ID.
        status: Specifies the image status. The value can be one of the following: - queued:
            indicates that the image metadata has already been created, and it is ready for the
            image file to upload. - saving: indicates that the image file is being uploaded to the
            backend storage. - deleted: indicates that the image has been deleted. - killed:
            indicates that an error occurs on the image uploading. - active: indicates that the
            image is available for use.
        name: Specifies the image name. Exact matching is used.
        container_format: Specifies the container type. The default value is bare.
        disk_format: Specifies the image format. The value can be zvhd2, vhd, zvhd, raw, or qcow2.
            The default value is zvhd2.
        min_ram: Specifies the minimum memory size (MB) required for running the image. The
            parameter value depends on the ECS specifications. Generally, the value is 0.
        min_disk: Specifies the minimum disk space (GB) required for running the image. The value
            ranges from 1 GB to 1,024 GB.
        os_bit: Specifies the OS architecture, 32 bit or 64 bit.
        platform: Specifies the image platform type. The value can be Windows, Ubuntu, Red Hat,
            SUSE, CentOS, Debian, OpenSUSE, Oracle Linux, Fedora, Other, CoreOS, or EulerOS.
        marker: Specifies the start number from which images are queried. The value is the image ID.
        limit: Specifies the number of images to be queried. The value is an integer. By default, 25
            images can be queried.
        sort_key: Specifies the field for sorting the query results. The value can be an attribute
            of the image: name, container_format, disk_format, status, id, size, or created_at. The
            default value is created_at.
        sort_dir: Specifies whether the query results are sorted in ascending or descending order.
            Its value can be desc (default) or asc. This parameter is used together with parameter
            sort_key. The default value is desc.
        os_type: Specifies the image OS type. The value can be Linux, Windows, or Other.
        tag: Specifies a tag added to an image. Tags can be used as a filter to query images. The
            tagging function has been upgraded. If the tags added before the function upgrade are in
            the format of "Key.Value", query tags using "Key=Value". For example, an existing tag is
            a.b. After the tag function upgrade, query the tag using "tag=a=b".
        member_status: Specifies the member status. The value can be accepted, rejected, or pending.
            accepted: indicates that the shared image is accepted. rejected indicates that the image
            shared by others is rejected. pending indicates that the image shared by others needs to
            be confirmed. To use this parameter, set visibility to shared during the query.
        support_kvm: Specifies whether the image supports KVM. If yes, the value is true. Otherwise,
            this parameter is not required.
        support_xen: Specifies whether the image supports Xen. If yes, the value is true. Otherwise,
            this parameter is not required.
        support_largememory: Specifies whether the image supports large-memory ECSs. If the image
            supports large-memory ECSs, the value is true. Otherwise, this parameter is not
            required.
        support_diskintensive: Specifies whether the image supports disk-intensive ECSs. If the
            image supports disk-intensive ECSs, the value is true. Otherwise, this parameter is not
            required.
        support_highperformance: Specifies whether the image supports high-performance ECSs. If the
            image supports high-performance ECSs, the value is true. Otherwise, this parameter is
            not required.
        support_xen_gpu_type: Specifies whether the image supports GPU-accelerated ECSs on the Xen
            platform. If the image does not support GPU-accelerated ECSs on the Xen platform, this
            parameter is not required. This attribute cannot co-exist with __support_xen and
            __support_kvm.
        support_kvm_gpu_type: Specifies whether the image supports GPU-accelerated ECSs on the KVM
            platform. If the image does not support GPU-accelerated ECSs on the KVM platform, this
            parameter is not required. This attribute cannot co-exist with __support_xen and
            __support_kvm.
        support_xen_hana: Specifies whether the image supports HANA ECSs on the Xen platform. If
            yes, the value is true. Otherwise, this parameter is not required. This attribute cannot
            co-exist with __support_xen and __support_kvm.
        support_kvm_infiniband: Specifies whether the image supports ECSs with InfiniBand NICs on
            the KVM platform. If yes, the value is true. Otherwise, this parameter is not required.
            This attribute cannot co-exist with __support_xen.
        virtual_env_type: Specifies the environment where the image is used. The value can be
            FusionCompute, Ironic, or DataImage.
        created_at: Specifies the time when the image was created. Images can be queried by time.
            The value is in the format of Operator:UTC time. The following operators are supported:
            gt (greater than), gte (greater than or equal to), lt (less than), lte (less than or
            equal to), eq (equal to), neq (not equal to). The time format is yyyy-MM-ddThh:mm:ssZ or
            yyyy-MM-dd hh:mm:ss. For example, to query images created before Oct 28, 2018 10:00:00,
            set the value of created_at to lt:2018-10-28T10:00:00Z.
        updated_at: Specifies the time when the image was modified. Images can be queried by time.
            The value is in the format of Operator:UTC time. The following operators are supported:
            gt (greater than), gte (greater than or equal to), lt (less than), lte (less than or
            equal to), eq (equal to), neq (not equal to). The time format is yyyy-MM-ddThh:mm:ssZ or
            yyyy-MM-dd hh:mm:ss. For example, to query images updated before Oct 28, 2018 10:00:00,
            set the value of updated_at to lt:2018-10-28T10:00:00Z.
    """
    request = _list_images_request(
        isregistered=isregistered,
        imagetype=imagetype,
        protected=protected,
        visibility=visibility,
        owner=owner,
        id=id,
        status=status,
        name=name,
        container_format=container_format,
        disk_format=disk_format,
        min_ram=min_ram,
        min_disk=min_disk,
        os_bit=os_bit,
        platform=platform,
        marker=marker,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        os_type=os_type,
        tag=tag,
        member_status=member_status,
        support_kvm=support_kvm,
        support_xen=support_xen,
        support_largememory=support_largememory,
        support_diskintensive=support_diskintensive,
        support_highperformance=support_highperformance,
        support_xen_gpu_type=support_xen_gpu_type,
        support_kvm_gpu_type=support_kvm_gpu_type,
        support_xen_hana=support_xen_hana,
        support_kvm_infiniband=support_kvm_infiniband,
        virtual_env_type=virtual_env_type,
        created_at=created_at,
        updated_at=updated_at,
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
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
    max_pages: int | Unset = UNSET,
) -> AsyncPages[OtcImage, OtcImageList]:
    """Every OtcImage that list_images lists, page after page.

    Takes the arguments of list_images. Iterate over the result for the items, or over its pages()
    for each page's model; a page is fetched only when the one before has been used.
    """
    request = _list_images_request(
        isregistered=isregistered,
        imagetype=imagetype,
        protected=protected,
        visibility=visibility,
        owner=owner,
        id=id,
        status=status,
        name=name,
        container_format=container_format,
        disk_format=disk_format,
        min_ram=min_ram,
        min_disk=min_disk,
        os_bit=os_bit,
        platform=platform,
        marker=marker,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        os_type=os_type,
        tag=tag,
        member_status=member_status,
        support_kvm=support_kvm,
        support_xen=support_xen,
        support_largememory=support_largememory,
        support_diskintensive=support_diskintensive,
        support_highperformance=support_highperformance,
        support_xen_gpu_type=support_xen_gpu_type,
        support_kvm_gpu_type=support_kvm_gpu_type,
        support_xen_hana=support_xen_hana,
        support_kvm_infiniband=support_kvm_infiniband,
        virtual_env_type=virtual_env_type,
        created_at=created_at,
        updated_at=updated_at,
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
    isregistered: OtcBooleanString | str | Unset = UNSET,
    imagetype: OtcImageType | str | Unset = UNSET,
    protected: bool | Unset = UNSET,
    visibility: OtcImageVisibilityFilter | str | Unset = UNSET,
    owner: str | Unset = UNSET,
    id: str | Unset = UNSET,
    status: OtcImageStatus | str | Unset = UNSET,
    name: str | Unset = UNSET,
    container_format: str | Unset = UNSET,
    disk_format: OtcImageDiskFormat | str | Unset = UNSET,
    min_ram: int | Unset = UNSET,
    min_disk: int | Unset = UNSET,
    os_bit: OtcImageOsBit | str | Unset = UNSET,
    platform: OtcImagePlatform | str | Unset = UNSET,
    marker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_key: OtcImageSortKey | str | Unset = UNSET,
    sort_dir: OtcSortDirection | str | Unset = UNSET,
    os_type: OtcImageOsType | str | Unset = UNSET,
    tag: str | Unset = UNSET,
    member_status: OtcImageMemberStatus | str | Unset = UNSET,
    support_kvm: Literal["true"] | Unset = UNSET,
    support_xen: Literal["true"] | Unset = UNSET,
    support_largememory: Literal["true"] | Unset = UNSET,
    support_diskintensive: Literal["true"] | Unset = UNSET,
    support_highperformance: Literal["true"] | Unset = UNSET,
    support_xen_gpu_type: str | Unset = UNSET,
    support_kvm_gpu_type: str | Unset = UNSET,
    support_xen_hana: Literal["true"] | Unset = UNSET,
    support_kvm_infiniband: Literal["true"] | Unset = UNSET,
    virtual_env_type: OtcImageVirtualEnvType | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    max_response_bytes: int | None | Unset = UNSET,
    deadline: float | None | Unset = UNSET,
) -> APIResponse[OtcImageList]:
    """AsyncClient.list_images, returning the response as received."""
    request = _list_images_request(
        isregistered=isregistered,
        imagetype=imagetype,
        protected=protected,
        visibility=visibility,
        owner=owner,
        id=id,
        status=status,
        name=name,
        container_format=container_format,
        disk_format=disk_format,
        min_ram=min_ram,
        min_disk=min_disk,
        os_bit=os_bit,
        platform=platform,
        marker=marker,
        limit=limit,
        sort_key=sort_key,
        sort_dir=sort_dir,
        os_type=os_type,
        tag=tag,
        member_status=member_status,
        support_kvm=support_kvm,
        support_xen=support_xen,
        support_largememory=support_largememory,
        support_diskintensive=support_diskintensive,
        support_highperformance=support_highperformance,
        support_xen_gpu_type=support_xen_gpu_type,
        support_kvm_gpu_type=support_kvm_gpu_type,
        support_xen_hana=support_xen_hana,
        support_kvm_infiniband=support_kvm_infiniband,
        virtual_env_type=virtual_env_type,
        created_at=created_at,
        updated_at=updated_at,
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


_get_image_parse: Reader[OtcImage] = json_model_body(OtcImage.from_json)
_get_image_errors: dict[str, ErrorDecoder] = {"default": OtcError.from_dict}


def _get_image_request(
    *,
    image_id: str,
) -> Request[OtcImage]:
    return Request(
        method="GET",
        path="/v2/images/" + path_segment(image_id, "image_id"),
        parse=_get_image_parse,
        security=("authToken",),
        errors=_get_image_errors,
    )


def get_image__sync(
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
) -> OtcImage:
    """Query image details.

    This API is used to query the details of a specified image.

    Args:
        image_id: Specifies the image ID.
    """
    request = _get_image_request(
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


def get_image__raw(
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
) -> APIResponse[OtcImage]:
    """Client.get_image, returning the response as received."""
    request = _get_image_request(
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


get_image__streamed = streamed(get_image__raw)


async def get_image__async(
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
) -> OtcImage:
    """Query image details.

    This API is used to query the details of a specified image.

    Args:
        image_id: Specifies the image ID.
    """
    request = _get_image_request(
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


async def get_image__async_raw(
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
) -> APIResponse[OtcImage]:
    """AsyncClient.get_image, returning the response as received."""
    request = _get_image_request(
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


get_image__async_streamed = astreamed(get_image__async_raw)
