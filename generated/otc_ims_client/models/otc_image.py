# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""OtcImage, OtcImageFirmwareType, OtcImageLazyLoading, OtcImageVisibility: models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import FunctionType
from typing import Any, Final

from .._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_datetime,
    as_object,
    as_str_list,
    decode_failure,
    encode_datetime,
    unknown_fields,
)
from .otc_boolean_string import OtcBooleanString
from .otc_image_disk_format import OtcImageDiskFormat
from .otc_image_os_bit import OtcImageOsBit
from .otc_image_os_type import OtcImageOsType
from .otc_image_platform import OtcImagePlatform
from .otc_image_status import OtcImageStatus
from .otc_image_type import OtcImageType
from .otc_image_virtual_env_type import OtcImageVirtualEnvType

_OtcBooleanString_members: Final = {m.value: m for m in OtcBooleanString}
_OtcBooleanString_values: Final[dict[OtcBooleanString | str, str]] = {
    m: m.value for m in OtcBooleanString
}
_OtcImageDiskFormat_members: Final = {m.value: m for m in OtcImageDiskFormat}
_OtcImageDiskFormat_values: Final[dict[OtcImageDiskFormat | str, str]] = {
    m: m.value for m in OtcImageDiskFormat
}
_OtcImageOsBit_members: Final = {m.value: m for m in OtcImageOsBit}
_OtcImageOsBit_values: Final[dict[OtcImageOsBit | str, str]] = {m: m.value for m in OtcImageOsBit}
_OtcImageOsType_members: Final = {m.value: m for m in OtcImageOsType}
_OtcImageOsType_values: Final[dict[OtcImageOsType | str, str]] = {
    m: m.value for m in OtcImageOsType
}
_OtcImagePlatform_members: Final = {m.value: m for m in OtcImagePlatform}
_OtcImagePlatform_values: Final[dict[OtcImagePlatform | str, str]] = {
    m: m.value for m in OtcImagePlatform
}
_OtcImageStatus_members: Final = {m.value: m for m in OtcImageStatus}
_OtcImageStatus_values: Final[dict[OtcImageStatus | str, str]] = {
    m: m.value for m in OtcImageStatus
}
_OtcImageType_members: Final = {m.value: m for m in OtcImageType}
_OtcImageType_values: Final[dict[OtcImageType | str, str]] = {m: m.value for m in OtcImageType}
_OtcImageVirtualEnvType_members: Final = {m.value: m for m in OtcImageVirtualEnvType}
_OtcImageVirtualEnvType_values: Final[dict[OtcImageVirtualEnvType | str, str]] = {
    m: m.value for m in OtcImageVirtualEnvType
}

# from_dict makes each instance with object.__new__ and fills its slots (5x cheaper than calling
# __init__ with every field), and __init__ is written out in each class rather than made by
# @dataclass when the module is imported. What every model shares (repr, JSON text, equality,
# pickling) is in _runtime's Model.
_new: Final = object.__new__


def _compiled_probe() -> None:
    """A Python function, unless mypyc compiled this module (``make compiled``)."""


# Compiled, the classes are native: object.__new__ refuses them, and calling a class by its name
# is a direct C call, so from_dict makes its instance that way (slower in Python, the same result).
_COMPILED: Final = not isinstance(_compiled_probe, FunctionType)


class OtcImageVisibility(StrEnum):
    """Specifies whether the image can be seen by other tenants. The value can be private or public.
    - private: the image is not visible to other tenants.
    - public: the image is visible to other tenants.
    """

    PRIVATE = "private"
    PUBLIC = "public"


_OtcImageVisibility_members: Final = {m.value: m for m in OtcImageVisibility}
_OtcImageVisibility_values: Final[dict[OtcImageVisibility | str, str]] = {
    m: m.value for m in OtcImageVisibility
}


class OtcImageFirmwareType(StrEnum):
    """Specifies the ECS boot mode (`hw_firmware_type`). The value can be:
    - bios: indicates the BIOS boot mode.
    - uefi: indicates the UEFI boot mode.
    """

    BIOS = "bios"
    UEFI = "uefi"


_OtcImageFirmwareType_members: Final = {m.value: m for m in OtcImageFirmwareType}
_OtcImageFirmwareType_values: Final[dict[OtcImageFirmwareType | str, str]] = {
    m: m.value for m in OtcImageFirmwareType
}


class OtcImageLazyLoading(StrEnum):
    """Specifies whether the image supports lazy loading (`__lazyloading`). The value can be true, false, True, or False.
    - true / True: the image supports lazy loading.
    - false / False: the image does not support lazy loading.
    """

    TRUE = "true"
    FALSE = "false"
    TRUE_1 = "True"
    FALSE_1 = "False"


_OtcImageLazyLoading_members: Final = {m.value: m for m in OtcImageLazyLoading}
_OtcImageLazyLoading_values: Final[dict[OtcImageLazyLoading | str, str]] = {
    m: m.value for m in OtcImageLazyLoading
}


_OtcImage_wire_names: Final[frozenset[str]] = frozenset(
    {
        "file",
        "owner",
        "id",
        "size",
        "self",
        "schema",
        "status",
        "tags",
        "visibility",
        "name",
        "checksum",
        "protected",
        "container_format",
        "min_ram",
        "updated_at",
        "__os_bit",
        "__os_version",
        "__description",
        "disk_format",
        "__isregistered",
        "__platform",
        "__os_type",
        "min_disk",
        "virtual_env_type",
        "__image_source_type",
        "__imagetype",
        "created_at",
        "virtual_size",
        "deleted_at",
        "__originalimagename",
        "__backup_id",
        "__productcode",
        "__image_size",
        "__data_origin",
        "__support_xen",
        "__support_largememory",
        "__support_diskintensive",
        "__support_highperformance",
        "__support_xen_gpu_type",
        "__support_xen_hana",
        "__support_kvm_infiniband",
        "__lazyloading",
        "hw_firmware_type",
        "__support_fc_inject",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OtcImage(_Model):
    """An image, as returned in the `images` list of the image query (response parameters of the OTC page "Response Parameters for Querying Images")."""

    file: str
    """Specifies the URL for uploading and downloading the image file."""
    owner: str
    """Specifies the tenant to which the image belongs."""
    id: str
    """Indicates the image ID."""
    size: int
    """This parameter is unavailable currently."""
    self: str
    """Specifies the image URL."""
    schema: str
    """Specifies the image schema."""
    status: OtcImageStatus | str
    """Specifies the image status. Possible values are: queued, saving, deleted, killed, active."""
    tags: list[str]
    """Specifies the image tags using which the user can manage private images in a user-defined way. Users can use the image tag interface to add different tags for each image and filter images by tag."""
    visibility: OtcImageVisibility | str
    """Specifies whether the image can be seen by other tenants. The value can be private or public."""
    name: str
    """Specifies the image name."""
    checksum: str
    """This parameter is unavailable currently."""
    protected: bool
    """Specifies whether the image is protected. A protected image cannot be deleted. The value of this parameter can be true or false."""
    container_format: str
    """Specifies the container type."""
    min_ram: int
    """Specifies the minimum memory size (MB) required for running the image. The parameter value depends on the ECS specifications limit. The value is generally set to 0."""
    updated_at: datetime
    """Specifies the time when a DR drill was updated. The value is in UTC format."""
    os_bit: OtcImageOsBit | str | Unset = UNSET
    """Specifies the number of bits in the operating system: 32 or 64."""
    os_version: str | Unset = UNSET
    """Specifies the OS version."""
    description: str | Unset = UNSET
    """Provides supplementary information about the image."""
    disk_format: OtcImageDiskFormat | str
    """Specifies the image format. The value can be vhd, raw, or qcow2."""
    isregistered: OtcBooleanString | str | Unset = UNSET
    """Specifies whether the image has been registered. The value can be true or false."""
    platform: OtcImagePlatform | str | Unset = UNSET
    """Specifies the image platform type. The value can be Windows, Ubuntu, RedHat, SUSE, CentOS, Debian, OpenSUSE, Oracle Linux, Fedora, Other, CoreOS, or EulerOS."""
    os_type: OtcImageOsType | str | Unset = UNSET
    """Specifies the operating system type. The value can be Linux, Windows, or Other."""
    min_disk: int
    """Specifies the minimum disk space (GB) required for running the image. The value ranges from 1 GB to 1024 GB."""
    virtual_env_type: OtcImageVirtualEnvType | str
    """Specifies the environment where the image is used. The value can be FusionCompute, Ironic, or DataImage. For an ECS image, the value is FusionCompute. For a data disk image, the value is DataImage. For a BMS image, the value is Ironic."""
    image_source_type: str | Unset = UNSET
    """Specifies the image backend storage type. Only UDS is supported currently."""
    imagetype: OtcImageType | str | Unset = UNSET
    """Specifies the image type. The following types are supported: Public image: The value is gold. Private image: The value is private. Shared image: The value is shared."""
    created_at: datetime | Unset = UNSET
    """Specifies the time when the image was created. The value is in UTC format."""
    virtual_size: int | None | Unset = UNSET
    """This parameter is unavailable currently."""
    deleted_at: datetime | Unset = UNSET
    """Specifies the time when the image was deleted. The value is in UTC format."""
    originalimagename: str | Unset = UNSET
    """Specifies the parent image ID. If the image is a public image or it is created using a file, this value is left empty."""
    backup_id: str | Unset = UNSET
    """Backup ID To create an image using a backup, set the value to the backup ID. Otherwise, this value is left empty."""
    productcode: str | Unset = UNSET
    """Specifies the ID of the market image product."""
    image_size: str | Unset = UNSET
    """Specifies the size (bytes) of the image file."""
    data_origin: str | None | Unset = UNSET
    """Specifies the image resource. If the image is a public image, this parameter is left empty."""
    support_xen: str | Unset = UNSET
    """Specifies whether the image supports Xen. If yes, the value is true. Otherwise, this attribute is not required."""
    support_largememory: str | Unset = UNSET
    """Specifies whether the image supports large-memory ECSs. If the image supports large-memory ECSs, the value is true. Otherwise, this attribute is not required."""
    support_diskintensive: str | Unset = UNSET
    """Specifies whether the image supports disk-intensive ECSs. If the image supports disk-intensive ECSs, the value is true. Otherwise, this attribute is not required."""
    support_highperformance: str | Unset = UNSET
    """Specifies whether the image supports high-performance ECSs. If the image supports high-performance ECSs, the value is true. Otherwise, this attribute is not required."""
    support_xen_gpu_type: str | Unset = UNSET
    """Specifies whether the image supports GPU-optimized ECSs on the Xen platform. If the GPU-optimized image is not supported on Xen, this attribute is not required. This attribute cannot co-exist with __support_xen."""
    support_xen_hana: str | Unset = UNSET
    """Specifies whether the image supports HANA ECSs on the Xen platform. If yes, the value is true. Otherwise, this attribute is not required. This attribute cannot co-exist with __support_xen."""
    support_kvm_infiniband: str | Unset = UNSET
    """Specifies whether the image supports ECSs with the InfiniBand NIC on the KVM platform. If yes, the value is true. Otherwise, this attribute is not required. This attribute cannot co-exist with __support_xen."""
    lazyloading: OtcImageLazyLoading | str
    """Specifies whether the image supports lazy loading. The value can be true, false, True, or False."""
    hw_firmware_type: OtcImageFirmwareType | str
    """Specifies the ECS boot mode. The value can be: bios indicates the BIOS boot mode. uefi indicates the UEFI boot mode."""
    support_fc_inject: str
    """Specifies whether the image supports password/private key injection using Cloud-Init. If the value is set to true, password/private key injection using Cloud-Init is not supported. This parameter is valid only for ECS system disk images."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        _self,
        *,
        file: str,
        owner: str,
        id: str,
        size: int,
        self: str,
        schema: str,
        status: OtcImageStatus | str,
        tags: list[str],
        visibility: OtcImageVisibility | str,
        name: str,
        checksum: str,
        protected: bool,
        container_format: str,
        min_ram: int,
        updated_at: datetime,
        os_bit: OtcImageOsBit | str | Unset = UNSET,
        os_version: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disk_format: OtcImageDiskFormat | str,
        isregistered: OtcBooleanString | str | Unset = UNSET,
        platform: OtcImagePlatform | str | Unset = UNSET,
        os_type: OtcImageOsType | str | Unset = UNSET,
        min_disk: int,
        virtual_env_type: OtcImageVirtualEnvType | str,
        image_source_type: str | Unset = UNSET,
        imagetype: OtcImageType | str | Unset = UNSET,
        created_at: datetime | Unset = UNSET,
        virtual_size: int | None | Unset = UNSET,
        deleted_at: datetime | Unset = UNSET,
        originalimagename: str | Unset = UNSET,
        backup_id: str | Unset = UNSET,
        productcode: str | Unset = UNSET,
        image_size: str | Unset = UNSET,
        data_origin: str | None | Unset = UNSET,
        support_xen: str | Unset = UNSET,
        support_largememory: str | Unset = UNSET,
        support_diskintensive: str | Unset = UNSET,
        support_highperformance: str | Unset = UNSET,
        support_xen_gpu_type: str | Unset = UNSET,
        support_xen_hana: str | Unset = UNSET,
        support_kvm_infiniband: str | Unset = UNSET,
        lazyloading: OtcImageLazyLoading | str,
        hw_firmware_type: OtcImageFirmwareType | str,
        support_fc_inject: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        _self.file = file
        _self.owner = owner
        _self.id = id
        _self.size = size
        _self.self = self
        _self.schema = schema
        _self.status = status
        _self.tags = tags
        _self.visibility = visibility
        _self.name = name
        _self.checksum = checksum
        _self.protected = protected
        _self.container_format = container_format
        _self.min_ram = min_ram
        _self.updated_at = updated_at
        _self.os_bit = os_bit
        _self.os_version = os_version
        _self.description = description
        _self.disk_format = disk_format
        _self.isregistered = isregistered
        _self.platform = platform
        _self.os_type = os_type
        _self.min_disk = min_disk
        _self.virtual_env_type = virtual_env_type
        _self.image_source_type = image_source_type
        _self.imagetype = imagetype
        _self.created_at = created_at
        _self.virtual_size = virtual_size
        _self.deleted_at = deleted_at
        _self.originalimagename = originalimagename
        _self.backup_id = backup_id
        _self.productcode = productcode
        _self.image_size = image_size
        _self.data_origin = data_origin
        _self.support_xen = support_xen
        _self.support_largememory = support_largememory
        _self.support_diskintensive = support_diskintensive
        _self.support_highperformance = support_highperformance
        _self.support_xen_gpu_type = support_xen_gpu_type
        _self.support_xen_hana = support_xen_hana
        _self.support_kvm_infiniband = support_kvm_infiniband
        _self.lazyloading = lazyloading
        _self.hw_firmware_type = hw_firmware_type
        _self.support_fc_inject = support_fc_inject
        _self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcImage:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            file_ = obj["file"]
            if type(file_) is not str:
                raise DecodeError(("file",), "string", file_)
            owner_ = obj["owner"]
            if type(owner_) is not str:
                raise DecodeError(("owner",), "string", owner_)
            id_ = obj["id"]
            if type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            size_ = obj["size"]
            if type(size_) is not int:
                raise DecodeError(("size",), "integer", size_)
            self_ = obj["self"]
            if type(self_) is not str:
                raise DecodeError(("self",), "string", self_)
            schema_ = obj["schema"]
            if type(schema_) is not str:
                raise DecodeError(("schema",), "string", schema_)
            status_ = obj["status"]
            if type(status_) is not str:
                raise DecodeError(("status",), "string", status_)
            status_ = _OtcImageStatus_members.get(status_, status_)
            tags_ = obj["tags"]
            tags_ = as_str_list(tags_, "tags")
            visibility_ = obj["visibility"]
            if type(visibility_) is not str:
                raise DecodeError(("visibility",), "string", visibility_)
            visibility_ = _OtcImageVisibility_members.get(visibility_, visibility_)
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            checksum_ = obj["checksum"]
            if type(checksum_) is not str:
                raise DecodeError(("checksum",), "string", checksum_)
            protected_ = obj["protected"]
            if type(protected_) is not bool:
                raise DecodeError(("protected",), "boolean", protected_)
            container_format_ = obj["container_format"]
            if type(container_format_) is not str:
                raise DecodeError(("container_format",), "string", container_format_)
            min_ram_ = obj["min_ram"]
            if type(min_ram_) is not int:
                raise DecodeError(("min_ram",), "integer", min_ram_)
            updated_at_ = obj["updated_at"]
            updated_at_ = as_datetime(updated_at_, "updated_at")
            os_bit_ = obj.get("__os_bit", UNSET)
            if os_bit_ is UNSET:
                absent += 1
            elif type(os_bit_) is not str:
                raise DecodeError(("__os_bit",), "string", os_bit_)
            else:
                os_bit_ = _OtcImageOsBit_members.get(os_bit_, os_bit_)
            os_version_ = obj.get("__os_version", UNSET)
            if os_version_ is UNSET:
                absent += 1
            elif type(os_version_) is not str:
                raise DecodeError(("__os_version",), "string", os_version_)
            description_ = obj.get("__description", UNSET)
            if description_ is UNSET:
                absent += 1
            elif type(description_) is not str:
                raise DecodeError(("__description",), "string", description_)
            disk_format_ = obj["disk_format"]
            if type(disk_format_) is not str:
                raise DecodeError(("disk_format",), "string", disk_format_)
            disk_format_ = _OtcImageDiskFormat_members.get(disk_format_, disk_format_)
            isregistered_ = obj.get("__isregistered", UNSET)
            if isregistered_ is UNSET:
                absent += 1
            elif type(isregistered_) is not str:
                raise DecodeError(("__isregistered",), "string", isregistered_)
            else:
                isregistered_ = _OtcBooleanString_members.get(isregistered_, isregistered_)
            platform_ = obj.get("__platform", UNSET)
            if platform_ is UNSET:
                absent += 1
            elif type(platform_) is not str:
                raise DecodeError(("__platform",), "string", platform_)
            else:
                platform_ = _OtcImagePlatform_members.get(platform_, platform_)
            os_type_ = obj.get("__os_type", UNSET)
            if os_type_ is UNSET:
                absent += 1
            elif type(os_type_) is not str:
                raise DecodeError(("__os_type",), "string", os_type_)
            else:
                os_type_ = _OtcImageOsType_members.get(os_type_, os_type_)
            min_disk_ = obj["min_disk"]
            if type(min_disk_) is not int:
                raise DecodeError(("min_disk",), "integer", min_disk_)
            virtual_env_type_ = obj["virtual_env_type"]
            if type(virtual_env_type_) is not str:
                raise DecodeError(("virtual_env_type",), "string", virtual_env_type_)
            virtual_env_type_ = _OtcImageVirtualEnvType_members.get(
                virtual_env_type_, virtual_env_type_
            )
            image_source_type_ = obj.get("__image_source_type", UNSET)
            if image_source_type_ is UNSET:
                absent += 1
            elif type(image_source_type_) is not str:
                raise DecodeError(("__image_source_type",), "string", image_source_type_)
            imagetype_ = obj.get("__imagetype", UNSET)
            if imagetype_ is UNSET:
                absent += 1
            elif type(imagetype_) is not str:
                raise DecodeError(("__imagetype",), "string", imagetype_)
            else:
                imagetype_ = _OtcImageType_members.get(imagetype_, imagetype_)
            created_at_ = obj.get("created_at", UNSET)
            if created_at_ is UNSET:
                absent += 1
            else:
                created_at_ = as_datetime(created_at_, "created_at")
            virtual_size_ = obj.get("virtual_size", UNSET)
            if virtual_size_ is UNSET:
                absent += 1
            elif type(virtual_size_) is not int and virtual_size_ is not None:
                raise DecodeError(("virtual_size",), "integer", virtual_size_)
            deleted_at_ = obj.get("deleted_at", UNSET)
            if deleted_at_ is UNSET:
                absent += 1
            else:
                deleted_at_ = as_datetime(deleted_at_, "deleted_at")
            originalimagename_ = obj.get("__originalimagename", UNSET)
            if originalimagename_ is UNSET:
                absent += 1
            elif type(originalimagename_) is not str:
                raise DecodeError(("__originalimagename",), "string", originalimagename_)
            backup_id_ = obj.get("__backup_id", UNSET)
            if backup_id_ is UNSET:
                absent += 1
            elif type(backup_id_) is not str:
                raise DecodeError(("__backup_id",), "string", backup_id_)
            productcode_ = obj.get("__productcode", UNSET)
            if productcode_ is UNSET:
                absent += 1
            elif type(productcode_) is not str:
                raise DecodeError(("__productcode",), "string", productcode_)
            image_size_ = obj.get("__image_size", UNSET)
            if image_size_ is UNSET:
                absent += 1
            elif type(image_size_) is not str:
                raise DecodeError(("__image_size",), "string", image_size_)
            data_origin_ = obj.get("__data_origin", UNSET)
            if data_origin_ is UNSET:
                absent += 1
            elif type(data_origin_) is not str and data_origin_ is not None:
                raise DecodeError(("__data_origin",), "string", data_origin_)
            support_xen_ = obj.get("__support_xen", UNSET)
            if support_xen_ is UNSET:
                absent += 1
            elif type(support_xen_) is not str:
                raise DecodeError(("__support_xen",), "string", support_xen_)
            support_largememory_ = obj.get("__support_largememory", UNSET)
            if support_largememory_ is UNSET:
                absent += 1
            elif type(support_largememory_) is not str:
                raise DecodeError(("__support_largememory",), "string", support_largememory_)
            support_diskintensive_ = obj.get("__support_diskintensive", UNSET)
            if support_diskintensive_ is UNSET:
                absent += 1
            elif type(support_diskintensive_) is not str:
                raise DecodeError(("__support_diskintensive",), "string", support_diskintensive_)
            support_highperformance_ = obj.get("__support_highperformance", UNSET)
            if support_highperformance_ is UNSET:
                absent += 1
            elif type(support_highperformance_) is not str:
                raise DecodeError(
                    ("__support_highperformance",), "string", support_highperformance_
                )
            support_xen_gpu_type_ = obj.get("__support_xen_gpu_type", UNSET)
            if support_xen_gpu_type_ is UNSET:
                absent += 1
            elif type(support_xen_gpu_type_) is not str:
                raise DecodeError(("__support_xen_gpu_type",), "string", support_xen_gpu_type_)
            support_xen_hana_ = obj.get("__support_xen_hana", UNSET)
            if support_xen_hana_ is UNSET:
                absent += 1
            elif type(support_xen_hana_) is not str:
                raise DecodeError(("__support_xen_hana",), "string", support_xen_hana_)
            support_kvm_infiniband_ = obj.get("__support_kvm_infiniband", UNSET)
            if support_kvm_infiniband_ is UNSET:
                absent += 1
            elif type(support_kvm_infiniband_) is not str:
                raise DecodeError(("__support_kvm_infiniband",), "string", support_kvm_infiniband_)
            lazyloading_ = obj["__lazyloading"]
            if type(lazyloading_) is not str:
                raise DecodeError(("__lazyloading",), "string", lazyloading_)
            lazyloading_ = _OtcImageLazyLoading_members.get(lazyloading_, lazyloading_)
            hw_firmware_type_ = obj["hw_firmware_type"]
            if type(hw_firmware_type_) is not str:
                raise DecodeError(("hw_firmware_type",), "string", hw_firmware_type_)
            hw_firmware_type_ = _OtcImageFirmwareType_members.get(
                hw_firmware_type_, hw_firmware_type_
            )
            support_fc_inject_ = obj["__support_fc_inject"]
            if type(support_fc_inject_) is not str:
                raise DecodeError(("__support_fc_inject",), "string", support_fc_inject_)
            extra: dict[str, Any] = (
                {} if len(obj) == 44 - absent else unknown_fields(obj, _OtcImage_wire_names)
            )
            if _COMPILED:
                return OtcImage(
                    file=file_,
                    owner=owner_,
                    id=id_,
                    size=size_,
                    self=self_,
                    schema=schema_,
                    status=status_,
                    tags=tags_,
                    visibility=visibility_,
                    name=name_,
                    checksum=checksum_,
                    protected=protected_,
                    container_format=container_format_,
                    min_ram=min_ram_,
                    updated_at=updated_at_,
                    os_bit=os_bit_,
                    os_version=os_version_,
                    description=description_,
                    disk_format=disk_format_,
                    isregistered=isregistered_,
                    platform=platform_,
                    os_type=os_type_,
                    min_disk=min_disk_,
                    virtual_env_type=virtual_env_type_,
                    image_source_type=image_source_type_,
                    imagetype=imagetype_,
                    created_at=created_at_,
                    virtual_size=virtual_size_,
                    deleted_at=deleted_at_,
                    originalimagename=originalimagename_,
                    backup_id=backup_id_,
                    productcode=productcode_,
                    image_size=image_size_,
                    data_origin=data_origin_,
                    support_xen=support_xen_,
                    support_largememory=support_largememory_,
                    support_diskintensive=support_diskintensive_,
                    support_highperformance=support_highperformance_,
                    support_xen_gpu_type=support_xen_gpu_type_,
                    support_xen_hana=support_xen_hana_,
                    support_kvm_infiniband=support_kvm_infiniband_,
                    lazyloading=lazyloading_,
                    hw_firmware_type=hw_firmware_type_,
                    support_fc_inject=support_fc_inject_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.file = file_
            instance.owner = owner_
            instance.id = id_
            instance.size = size_
            instance.self = self_
            instance.schema = schema_
            instance.status = status_
            instance.tags = tags_
            instance.visibility = visibility_
            instance.name = name_
            instance.checksum = checksum_
            instance.protected = protected_
            instance.container_format = container_format_
            instance.min_ram = min_ram_
            instance.updated_at = updated_at_
            instance.os_bit = os_bit_
            instance.os_version = os_version_
            instance.description = description_
            instance.disk_format = disk_format_
            instance.isregistered = isregistered_
            instance.platform = platform_
            instance.os_type = os_type_
            instance.min_disk = min_disk_
            instance.virtual_env_type = virtual_env_type_
            instance.image_source_type = image_source_type_
            instance.imagetype = imagetype_
            instance.created_at = created_at_
            instance.virtual_size = virtual_size_
            instance.deleted_at = deleted_at_
            instance.originalimagename = originalimagename_
            instance.backup_id = backup_id_
            instance.productcode = productcode_
            instance.image_size = image_size_
            instance.data_origin = data_origin_
            instance.support_xen = support_xen_
            instance.support_largememory = support_largememory_
            instance.support_diskintensive = support_diskintensive_
            instance.support_highperformance = support_highperformance_
            instance.support_xen_gpu_type = support_xen_gpu_type_
            instance.support_xen_hana = support_xen_hana_
            instance.support_kvm_infiniband = support_kvm_infiniband_
            instance.lazyloading = lazyloading_
            instance.hw_firmware_type = hw_firmware_type_
            instance.support_fc_inject = support_fc_inject_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("file", "file", str, True),
            ("owner", "owner", str, True),
            ("id", "id", str, True),
            ("size", "size", int, True),
            ("self", "self", str, True),
            ("schema", "schema", str, True),
            ("status", "status", str, True),
            ("tags", "tags", list[str], True),
            ("visibility", "visibility", str, True),
            ("name", "name", str, True),
            ("checksum", "checksum", str, True),
            ("protected", "protected", bool, True),
            ("container_format", "container_format", str, True),
            ("min_ram", "min_ram", int, True),
            ("updated_at", "updated_at", str, True),
            ("os_bit", "__os_bit", str, False),
            ("os_version", "__os_version", str, False),
            ("description", "__description", str, False),
            ("disk_format", "disk_format", str, True),
            ("isregistered", "__isregistered", str, False),
            ("platform", "__platform", str, False),
            ("os_type", "__os_type", str, False),
            ("min_disk", "min_disk", int, True),
            ("virtual_env_type", "virtual_env_type", str, True),
            ("image_source_type", "__image_source_type", str, False),
            ("imagetype", "__imagetype", str, False),
            ("created_at", "created_at", str, False),
            ("virtual_size", "virtual_size", int | None, False),
            ("deleted_at", "deleted_at", str, False),
            ("originalimagename", "__originalimagename", str, False),
            ("backup_id", "__backup_id", str, False),
            ("productcode", "__productcode", str, False),
            ("image_size", "__image_size", str, False),
            ("data_origin", "__data_origin", str | None, False),
            ("support_xen", "__support_xen", str, False),
            ("support_largememory", "__support_largememory", str, False),
            ("support_diskintensive", "__support_diskintensive", str, False),
            ("support_highperformance", "__support_highperformance", str, False),
            ("support_xen_gpu_type", "__support_xen_gpu_type", str, False),
            ("support_xen_hana", "__support_xen_hana", str, False),
            ("support_kvm_infiniband", "__support_kvm_infiniband", str, False),
            ("lazyloading", "__lazyloading", str, True),
            ("hw_firmware_type", "hw_firmware_type", str, True),
            ("support_fc_inject", "__support_fc_inject", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> OtcImage:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        file_ = wire.file
        owner_ = wire.owner
        id_ = wire.id
        size_ = wire.size
        self_ = wire.self
        schema_ = wire.schema
        status_: Any = wire.status
        status_ = _OtcImageStatus_members.get(status_, status_)
        tags_ = wire.tags
        visibility_: Any = wire.visibility
        visibility_ = _OtcImageVisibility_members.get(visibility_, visibility_)
        name_ = wire.name
        checksum_ = wire.checksum
        protected_ = wire.protected
        container_format_ = wire.container_format
        min_ram_ = wire.min_ram
        updated_at_ = wire.updated_at
        updated_at_ = as_datetime(updated_at_, "updated_at")
        os_bit_: Any = wire.os_bit
        if os_bit_ is not UNSET:
            os_bit_ = _OtcImageOsBit_members.get(os_bit_, os_bit_)
        os_version_ = wire.os_version
        description_ = wire.description
        disk_format_: Any = wire.disk_format
        disk_format_ = _OtcImageDiskFormat_members.get(disk_format_, disk_format_)
        isregistered_: Any = wire.isregistered
        if isregistered_ is not UNSET:
            isregistered_ = _OtcBooleanString_members.get(isregistered_, isregistered_)
        platform_: Any = wire.platform
        if platform_ is not UNSET:
            platform_ = _OtcImagePlatform_members.get(platform_, platform_)
        os_type_: Any = wire.os_type
        if os_type_ is not UNSET:
            os_type_ = _OtcImageOsType_members.get(os_type_, os_type_)
        min_disk_ = wire.min_disk
        virtual_env_type_: Any = wire.virtual_env_type
        virtual_env_type_ = _OtcImageVirtualEnvType_members.get(
            virtual_env_type_, virtual_env_type_
        )
        image_source_type_ = wire.image_source_type
        imagetype_: Any = wire.imagetype
        if imagetype_ is not UNSET:
            imagetype_ = _OtcImageType_members.get(imagetype_, imagetype_)
        created_at_ = wire.created_at
        if created_at_ is not UNSET:
            created_at_ = as_datetime(created_at_, "created_at")
        virtual_size_ = wire.virtual_size
        deleted_at_ = wire.deleted_at
        if deleted_at_ is not UNSET:
            deleted_at_ = as_datetime(deleted_at_, "deleted_at")
        originalimagename_ = wire.originalimagename
        backup_id_ = wire.backup_id
        productcode_ = wire.productcode
        image_size_ = wire.image_size
        data_origin_ = wire.data_origin
        support_xen_ = wire.support_xen
        support_largememory_ = wire.support_largememory
        support_diskintensive_ = wire.support_diskintensive
        support_highperformance_ = wire.support_highperformance
        support_xen_gpu_type_ = wire.support_xen_gpu_type
        support_xen_hana_ = wire.support_xen_hana
        support_kvm_infiniband_ = wire.support_kvm_infiniband
        lazyloading_: Any = wire.lazyloading
        lazyloading_ = _OtcImageLazyLoading_members.get(lazyloading_, lazyloading_)
        hw_firmware_type_: Any = wire.hw_firmware_type
        hw_firmware_type_ = _OtcImageFirmwareType_members.get(hw_firmware_type_, hw_firmware_type_)
        support_fc_inject_ = wire.support_fc_inject
        if _COMPILED:
            return OtcImage(
                file=file_,
                owner=owner_,
                id=id_,
                size=size_,
                self=self_,
                schema=schema_,
                status=status_,
                tags=tags_,
                visibility=visibility_,
                name=name_,
                checksum=checksum_,
                protected=protected_,
                container_format=container_format_,
                min_ram=min_ram_,
                updated_at=updated_at_,
                os_bit=os_bit_,
                os_version=os_version_,
                description=description_,
                disk_format=disk_format_,
                isregistered=isregistered_,
                platform=platform_,
                os_type=os_type_,
                min_disk=min_disk_,
                virtual_env_type=virtual_env_type_,
                image_source_type=image_source_type_,
                imagetype=imagetype_,
                created_at=created_at_,
                virtual_size=virtual_size_,
                deleted_at=deleted_at_,
                originalimagename=originalimagename_,
                backup_id=backup_id_,
                productcode=productcode_,
                image_size=image_size_,
                data_origin=data_origin_,
                support_xen=support_xen_,
                support_largememory=support_largememory_,
                support_diskintensive=support_diskintensive_,
                support_highperformance=support_highperformance_,
                support_xen_gpu_type=support_xen_gpu_type_,
                support_xen_hana=support_xen_hana_,
                support_kvm_infiniband=support_kvm_infiniband_,
                lazyloading=lazyloading_,
                hw_firmware_type=hw_firmware_type_,
                support_fc_inject=support_fc_inject_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.file = file_
        instance.owner = owner_
        instance.id = id_
        instance.size = size_
        instance.self = self_
        instance.schema = schema_
        instance.status = status_
        instance.tags = tags_
        instance.visibility = visibility_
        instance.name = name_
        instance.checksum = checksum_
        instance.protected = protected_
        instance.container_format = container_format_
        instance.min_ram = min_ram_
        instance.updated_at = updated_at_
        instance.os_bit = os_bit_
        instance.os_version = os_version_
        instance.description = description_
        instance.disk_format = disk_format_
        instance.isregistered = isregistered_
        instance.platform = platform_
        instance.os_type = os_type_
        instance.min_disk = min_disk_
        instance.virtual_env_type = virtual_env_type_
        instance.image_source_type = image_source_type_
        instance.imagetype = imagetype_
        instance.created_at = created_at_
        instance.virtual_size = virtual_size_
        instance.deleted_at = deleted_at_
        instance.originalimagename = originalimagename_
        instance.backup_id = backup_id_
        instance.productcode = productcode_
        instance.image_size = image_size_
        instance.data_origin = data_origin_
        instance.support_xen = support_xen_
        instance.support_largememory = support_largememory_
        instance.support_diskintensive = support_diskintensive_
        instance.support_highperformance = support_highperformance_
        instance.support_xen_gpu_type = support_xen_gpu_type_
        instance.support_xen_hana = support_xen_hana_
        instance.support_kvm_infiniband = support_kvm_infiniband_
        instance.lazyloading = lazyloading_
        instance.hw_firmware_type = hw_firmware_type_
        instance.support_fc_inject = support_fc_inject_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "owner": self.owner,
            "id": self.id,
            "size": self.size,
            "self": self.self,
            "schema": self.schema,
            "status": _OtcImageStatus_values.get(self.status, self.status),
            "tags": list(self.tags),
            "visibility": _OtcImageVisibility_values.get(self.visibility, self.visibility),
            "name": self.name,
            "checksum": self.checksum,
            "protected": self.protected,
            "container_format": self.container_format,
            "min_ram": self.min_ram,
            "updated_at": encode_datetime(self.updated_at),
            "disk_format": _OtcImageDiskFormat_values.get(self.disk_format, self.disk_format),
            "min_disk": self.min_disk,
            "virtual_env_type": _OtcImageVirtualEnvType_values.get(
                self.virtual_env_type, self.virtual_env_type
            ),
            "__lazyloading": _OtcImageLazyLoading_values.get(self.lazyloading, self.lazyloading),
            "hw_firmware_type": _OtcImageFirmwareType_values.get(
                self.hw_firmware_type, self.hw_firmware_type
            ),
            "__support_fc_inject": self.support_fc_inject,
        }
        if self.os_bit is not UNSET:
            out["__os_bit"] = _OtcImageOsBit_values.get(self.os_bit, self.os_bit)
        if self.os_version is not UNSET:
            out["__os_version"] = self.os_version
        if self.description is not UNSET:
            out["__description"] = self.description
        if self.isregistered is not UNSET:
            out["__isregistered"] = _OtcBooleanString_values.get(
                self.isregistered, self.isregistered
            )
        if self.platform is not UNSET:
            out["__platform"] = _OtcImagePlatform_values.get(self.platform, self.platform)
        if self.os_type is not UNSET:
            out["__os_type"] = _OtcImageOsType_values.get(self.os_type, self.os_type)
        if self.image_source_type is not UNSET:
            out["__image_source_type"] = self.image_source_type
        if self.imagetype is not UNSET:
            out["__imagetype"] = _OtcImageType_values.get(self.imagetype, self.imagetype)
        if self.created_at is not UNSET:
            out["created_at"] = encode_datetime(self.created_at)
        if self.virtual_size is not UNSET:
            out["virtual_size"] = self.virtual_size
        if self.deleted_at is not UNSET:
            out["deleted_at"] = encode_datetime(self.deleted_at)
        if self.originalimagename is not UNSET:
            out["__originalimagename"] = self.originalimagename
        if self.backup_id is not UNSET:
            out["__backup_id"] = self.backup_id
        if self.productcode is not UNSET:
            out["__productcode"] = self.productcode
        if self.image_size is not UNSET:
            out["__image_size"] = self.image_size
        if self.data_origin is not UNSET:
            out["__data_origin"] = self.data_origin
        if self.support_xen is not UNSET:
            out["__support_xen"] = self.support_xen
        if self.support_largememory is not UNSET:
            out["__support_largememory"] = self.support_largememory
        if self.support_diskintensive is not UNSET:
            out["__support_diskintensive"] = self.support_diskintensive
        if self.support_highperformance is not UNSET:
            out["__support_highperformance"] = self.support_highperformance
        if self.support_xen_gpu_type is not UNSET:
            out["__support_xen_gpu_type"] = self.support_xen_gpu_type
        if self.support_xen_hana is not UNSET:
            out["__support_xen_hana"] = self.support_xen_hana
        if self.support_kvm_infiniband is not UNSET:
            out["__support_kvm_infiniband"] = self.support_kvm_infiniband
        out.update(self.additional_properties)
        return out

    def replace(
        _self,
        *,
        file: str | Keep = KEEP,
        owner: str | Keep = KEEP,
        id: str | Keep = KEEP,
        size: int | Keep = KEEP,
        self: str | Keep = KEEP,
        schema: str | Keep = KEEP,
        status: OtcImageStatus | str | Keep = KEEP,
        tags: list[str] | Keep = KEEP,
        visibility: OtcImageVisibility | str | Keep = KEEP,
        name: str | Keep = KEEP,
        checksum: str | Keep = KEEP,
        protected: bool | Keep = KEEP,
        container_format: str | Keep = KEEP,
        min_ram: int | Keep = KEEP,
        updated_at: datetime | Keep = KEEP,
        os_bit: OtcImageOsBit | str | Unset | Keep = KEEP,
        os_version: str | Unset | Keep = KEEP,
        description: str | Unset | Keep = KEEP,
        disk_format: OtcImageDiskFormat | str | Keep = KEEP,
        isregistered: OtcBooleanString | str | Unset | Keep = KEEP,
        platform: OtcImagePlatform | str | Unset | Keep = KEEP,
        os_type: OtcImageOsType | str | Unset | Keep = KEEP,
        min_disk: int | Keep = KEEP,
        virtual_env_type: OtcImageVirtualEnvType | str | Keep = KEEP,
        image_source_type: str | Unset | Keep = KEEP,
        imagetype: OtcImageType | str | Unset | Keep = KEEP,
        created_at: datetime | Unset | Keep = KEEP,
        virtual_size: int | None | Unset | Keep = KEEP,
        deleted_at: datetime | Unset | Keep = KEEP,
        originalimagename: str | Unset | Keep = KEEP,
        backup_id: str | Unset | Keep = KEEP,
        productcode: str | Unset | Keep = KEEP,
        image_size: str | Unset | Keep = KEEP,
        data_origin: str | None | Unset | Keep = KEEP,
        support_xen: str | Unset | Keep = KEEP,
        support_largememory: str | Unset | Keep = KEEP,
        support_diskintensive: str | Unset | Keep = KEEP,
        support_highperformance: str | Unset | Keep = KEEP,
        support_xen_gpu_type: str | Unset | Keep = KEEP,
        support_xen_hana: str | Unset | Keep = KEEP,
        support_kvm_infiniband: str | Unset | Keep = KEEP,
        lazyloading: OtcImageLazyLoading | str | Keep = KEEP,
        hw_firmware_type: OtcImageFirmwareType | str | Keep = KEEP,
        support_fc_inject: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> OtcImage:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return _self.__class__(
            file=_self.file if file is KEEP else file,
            owner=_self.owner if owner is KEEP else owner,
            id=_self.id if id is KEEP else id,
            size=_self.size if size is KEEP else size,
            self=_self.self if self is KEEP else self,
            schema=_self.schema if schema is KEEP else schema,
            status=_self.status if status is KEEP else status,
            tags=_self.tags if tags is KEEP else tags,
            visibility=_self.visibility if visibility is KEEP else visibility,
            name=_self.name if name is KEEP else name,
            checksum=_self.checksum if checksum is KEEP else checksum,
            protected=_self.protected if protected is KEEP else protected,
            container_format=_self.container_format
            if container_format is KEEP
            else container_format,
            min_ram=_self.min_ram if min_ram is KEEP else min_ram,
            updated_at=_self.updated_at if updated_at is KEEP else updated_at,
            os_bit=_self.os_bit if os_bit is KEEP else os_bit,
            os_version=_self.os_version if os_version is KEEP else os_version,
            description=_self.description if description is KEEP else description,
            disk_format=_self.disk_format if disk_format is KEEP else disk_format,
            isregistered=_self.isregistered if isregistered is KEEP else isregistered,
            platform=_self.platform if platform is KEEP else platform,
            os_type=_self.os_type if os_type is KEEP else os_type,
            min_disk=_self.min_disk if min_disk is KEEP else min_disk,
            virtual_env_type=_self.virtual_env_type
            if virtual_env_type is KEEP
            else virtual_env_type,
            image_source_type=_self.image_source_type
            if image_source_type is KEEP
            else image_source_type,
            imagetype=_self.imagetype if imagetype is KEEP else imagetype,
            created_at=_self.created_at if created_at is KEEP else created_at,
            virtual_size=_self.virtual_size if virtual_size is KEEP else virtual_size,
            deleted_at=_self.deleted_at if deleted_at is KEEP else deleted_at,
            originalimagename=_self.originalimagename
            if originalimagename is KEEP
            else originalimagename,
            backup_id=_self.backup_id if backup_id is KEEP else backup_id,
            productcode=_self.productcode if productcode is KEEP else productcode,
            image_size=_self.image_size if image_size is KEEP else image_size,
            data_origin=_self.data_origin if data_origin is KEEP else data_origin,
            support_xen=_self.support_xen if support_xen is KEEP else support_xen,
            support_largememory=_self.support_largememory
            if support_largememory is KEEP
            else support_largememory,
            support_diskintensive=_self.support_diskintensive
            if support_diskintensive is KEEP
            else support_diskintensive,
            support_highperformance=_self.support_highperformance
            if support_highperformance is KEEP
            else support_highperformance,
            support_xen_gpu_type=_self.support_xen_gpu_type
            if support_xen_gpu_type is KEEP
            else support_xen_gpu_type,
            support_xen_hana=_self.support_xen_hana
            if support_xen_hana is KEEP
            else support_xen_hana,
            support_kvm_infiniband=_self.support_kvm_infiniband
            if support_kvm_infiniband is KEEP
            else support_kvm_infiniband,
            lazyloading=_self.lazyloading if lazyloading is KEEP else lazyloading,
            hw_firmware_type=_self.hw_firmware_type
            if hw_firmware_type is KEEP
            else hw_firmware_type,
            support_fc_inject=_self.support_fc_inject
            if support_fc_inject is KEEP
            else support_fc_inject,
            additional_properties=(
                dict(_self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_OtcImage_from_dict: Final = OtcImage.from_dict
_OtcImage_from_wire: Final = OtcImage._from_wire
