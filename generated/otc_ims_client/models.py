# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from ._runtime import (
    UNSET,
    DecodeError,
    Key,
    Unset,
    as_bool,
    as_datetime,
    as_enum,
    as_int,
    as_list,
    as_object,
    as_str,
    decode_failure,
    encode_datetime,
    enum_value,
    unknown_fields,
)


class OtcImageStatus(StrEnum):
    """Specifies the image status. Possible values are:
    - queued: indicates that the image metadata has already been created, and it is ready for the image file to upload.
    - saving: indicates that the image file is being uploaded to the backend storage.
    - deleted: indicates that the image has been deleted.
    - killed: indicates that an error occurs on the image uploading.
    - active: indicates that the image is available for use.
    """

    QUEUED = "queued"
    SAVING = "saving"
    DELETED = "deleted"
    KILLED = "killed"
    ACTIVE = "active"


class OtcImageVisibility(StrEnum):
    """Specifies whether the image can be seen by other tenants. The value can be private or public.
    - private: the image is not visible to other tenants.
    - public: the image is visible to other tenants.
    """

    PRIVATE = "private"
    PUBLIC = "public"


class OtcImageVisibilityFilter(StrEnum):
    """Visibility filter of the image query. Specifies whether the image is available to other tenants. Available values include:
    - public: public image
    - private: private image
    - shared: shared image
    When the visibility value is private, private images that have shared with others are not queried.
    """

    PUBLIC = "public"
    PRIVATE = "private"
    SHARED = "shared"


class OtcImageType(StrEnum):
    """Specifies the image type (`__imagetype`). The following types are supported:
    - gold: Public image.
    - private: Private image.
    - shared: Shared image.
    """

    GOLD = "gold"
    PRIVATE = "private"
    SHARED = "shared"


class OtcImageOsType(StrEnum):
    """Specifies the operating system type (`__os_type`). The value can be Linux, Windows, or Other.
    - Linux: a Linux operating system.
    - Windows: a Windows operating system.
    - Other: any other operating system.
    """

    LINUX = "Linux"
    WINDOWS = "Windows"
    OTHER = "Other"


class OtcImagePlatform(StrEnum):
    """Specifies the image platform type (`__platform`). The value can be Windows, Ubuntu, RedHat, SUSE, CentOS, Debian, OpenSUSE, Oracle Linux, Fedora, Other, CoreOS, or EulerOS.
    Each value names the OS distribution of the image; Other is any platform not listed.
    """

    WINDOWS = "Windows"
    UBUNTU = "Ubuntu"
    RED_HAT = "RedHat"
    SUSE = "SUSE"
    CENT_OS = "CentOS"
    DEBIAN = "Debian"
    OPEN_SUSE = "OpenSUSE"
    ORACLE_LINUX = "Oracle Linux"
    FEDORA = "Fedora"
    OTHER = "Other"
    CORE_OS = "CoreOS"
    EULER_OS = "EulerOS"


class OtcImageOsBit(StrEnum):
    """Specifies the number of bits in the operating system (`__os_bit`): 32 or 64.
    - '32': 32-bit operating system.
    - '64': 64-bit operating system.
    """

    FIELD_32 = "32"
    FIELD_64 = "64"


class OtcImageDiskFormat(StrEnum):
    """Specifies the image format (`disk_format`). The response parameter page lists vhd, raw, or qcow2; its own example response (and the OTC "Querying Images (Native OpenStack API)" page, which lists zvhd2, vhd, zvhd, raw, or qcow2 with zvhd2 as the default) also use zvhd2, so zvhd2 and zvhd are included.
    - vhd: VHD disk image.
    - raw: raw disk image.
    - qcow2: QCOW2 disk image.
    - zvhd: ZVHD image format (OTC-specific).
    - zvhd2: ZVHD2 image format (OTC-specific; the default on the native query page).
    """

    VHD = "vhd"
    RAW = "raw"
    QCOW2 = "qcow2"
    ZVHD = "zvhd"
    ZVHD2 = "zvhd2"


class OtcImageVirtualEnvType(StrEnum):
    """Specifies the environment where the image is used (`virtual_env_type`). The value can be FusionCompute, Ironic, or DataImage.
    - FusionCompute: an ECS image.
    - DataImage: a data disk image.
    - Ironic: a BMS image.
    """

    FUSION_COMPUTE = "FusionCompute"
    IRONIC = "Ironic"
    DATA_IMAGE = "DataImage"


class OtcImageFirmwareType(StrEnum):
    """Specifies the ECS boot mode (`hw_firmware_type`). The value can be:
    - bios: indicates the BIOS boot mode.
    - uefi: indicates the UEFI boot mode.
    """

    BIOS = "bios"
    UEFI = "uefi"


class OtcImageLazyLoading(StrEnum):
    """Specifies whether the image supports lazy loading (`__lazyloading`). The value can be true, false, True, or False.
    - true / True: the image supports lazy loading.
    - false / False: the image does not support lazy loading.
    """

    TRUE = "true"
    FALSE = "false"
    TRUE_1 = "True"
    FALSE_1 = "False"


class OtcBooleanString(StrEnum):
    """A boolean carried as a string (`__isregistered`). The value can be true or false.
    - 'true': yes (for __isregistered, the image has been registered).
    - 'false': no (for __isregistered, the image has not been registered).
    """

    TRUE = "true"
    FALSE = "false"


class OtcImageSortKey(StrEnum):
    """Specifies the field for sorting the query results (`sort_key`). The value can be an attribute of the image: name, container_format, disk_format, status, id, size, or created_at. The default value is created_at.
    - name: sort by image name.
    - container_format: sort by container type.
    - disk_format: sort by image format.
    - status: sort by image status.
    - id: sort by image ID.
    - size: sort by image size.
    - created_at: sort by creation time (default).
    """

    NAME = "name"
    CONTAINER_FORMAT = "container_format"
    DISK_FORMAT = "disk_format"
    STATUS = "status"
    ID = "id"
    SIZE = "size"
    CREATED_AT = "created_at"


class OtcSortDirection(StrEnum):
    """Specifies whether the query results are sorted in ascending or descending order (`sort_dir`). Its value can be desc (default) or asc.
    - asc: ascending order.
    - desc: descending order (default).
    """

    ASC = "asc"
    DESC = "desc"


class OtcImageMemberStatus(StrEnum):
    """Specifies the member status (`member_status`). The value can be accepted, rejected, or pending. To use this parameter, set visibility to shared during the query.
    - accepted: indicates that the shared image is accepted.
    - rejected: indicates that the image shared by others is rejected.
    - pending: indicates that the image shared by others needs to be confirmed.
    """

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PENDING = "pending"


@dataclass(slots=True, kw_only=True)
class OtcImageList:
    """Response body of the image query (GET /v2/images). A page of images; `first`, `next` and `schema` are the Glance v2 envelope links (documented on the OTC page "Querying Images (Native OpenStack API)")."""

    images: list[OtcImage]
    """Specifies the resource type. The list of images; each item is described in the parameter table of the "Response Parameters for Querying Images" page."""
    first: str | Unset = UNSET
    """Specifies the URL of the first page of images."""
    next: str | Unset = UNSET
    """Specifies the URL of the next page of images. When the last page of images is queried, there is no parameter next."""
    schema: str | Unset = UNSET
    """Specifies the URL for the schema describing a list of images."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"images", "first", "next", "schema"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcImageList:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            images_ = as_list(obj["images"], "images", OtcImage.from_dict)
            first_ = obj.get("first", UNSET)
            if first_ is not UNSET:
                first_ = as_str(first_, "first")
            next_ = obj.get("next", UNSET)
            if next_ is not UNSET:
                next_ = as_str(next_, "next")
            schema_ = obj.get("schema", UNSET)
            if schema_ is not UNSET:
                schema_ = as_str(schema_, "schema")
            return cls(
                images=images_,
                first=first_,
                next=next_,
                schema=schema_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "images": [x0.to_dict() for x0 in self.images],
        }
        if self.first is not UNSET:
            out["first"] = self.first
        if self.next is not UNSET:
            out["next"] = self.next
        if self.schema is not UNSET:
            out["schema"] = self.schema
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class OtcImage:
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcImage:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            file_ = as_str(obj["file"], "file")
            owner_ = as_str(obj["owner"], "owner")
            id_ = as_str(obj["id"], "id")
            size_ = as_int(obj["size"], "size")
            self_ = as_str(obj["self"], "self")
            schema_ = as_str(obj["schema"], "schema")
            status_ = as_enum(obj["status"], "status", OtcImageStatus)
            tags_ = as_list(obj["tags"], "tags", as_str)
            visibility_ = as_enum(obj["visibility"], "visibility", OtcImageVisibility)
            name_ = as_str(obj["name"], "name")
            checksum_ = as_str(obj["checksum"], "checksum")
            protected_ = as_bool(obj["protected"], "protected")
            container_format_ = as_str(obj["container_format"], "container_format")
            min_ram_ = as_int(obj["min_ram"], "min_ram")
            updated_at_ = as_datetime(obj["updated_at"], "updated_at")
            os_bit_ = obj.get("__os_bit", UNSET)
            if os_bit_ is not UNSET:
                os_bit_ = as_enum(os_bit_, "__os_bit", OtcImageOsBit)
            os_version_ = obj.get("__os_version", UNSET)
            if os_version_ is not UNSET:
                os_version_ = as_str(os_version_, "__os_version")
            description_ = obj.get("__description", UNSET)
            if description_ is not UNSET:
                description_ = as_str(description_, "__description")
            disk_format_ = as_enum(obj["disk_format"], "disk_format", OtcImageDiskFormat)
            isregistered_ = obj.get("__isregistered", UNSET)
            if isregistered_ is not UNSET:
                isregistered_ = as_enum(isregistered_, "__isregistered", OtcBooleanString)
            platform_ = obj.get("__platform", UNSET)
            if platform_ is not UNSET:
                platform_ = as_enum(platform_, "__platform", OtcImagePlatform)
            os_type_ = obj.get("__os_type", UNSET)
            if os_type_ is not UNSET:
                os_type_ = as_enum(os_type_, "__os_type", OtcImageOsType)
            min_disk_ = as_int(obj["min_disk"], "min_disk")
            virtual_env_type_ = as_enum(
                obj["virtual_env_type"], "virtual_env_type", OtcImageVirtualEnvType
            )
            image_source_type_ = obj.get("__image_source_type", UNSET)
            if image_source_type_ is not UNSET:
                image_source_type_ = as_str(image_source_type_, "__image_source_type")
            imagetype_ = obj.get("__imagetype", UNSET)
            if imagetype_ is not UNSET:
                imagetype_ = as_enum(imagetype_, "__imagetype", OtcImageType)
            created_at_ = obj.get("created_at", UNSET)
            if created_at_ is not UNSET:
                created_at_ = as_datetime(created_at_, "created_at")
            virtual_size_ = obj.get("virtual_size", UNSET)
            if virtual_size_ is not UNSET and virtual_size_ is not None:
                virtual_size_ = as_int(virtual_size_, "virtual_size")
            deleted_at_ = obj.get("deleted_at", UNSET)
            if deleted_at_ is not UNSET:
                deleted_at_ = as_datetime(deleted_at_, "deleted_at")
            originalimagename_ = obj.get("__originalimagename", UNSET)
            if originalimagename_ is not UNSET:
                originalimagename_ = as_str(originalimagename_, "__originalimagename")
            backup_id_ = obj.get("__backup_id", UNSET)
            if backup_id_ is not UNSET:
                backup_id_ = as_str(backup_id_, "__backup_id")
            productcode_ = obj.get("__productcode", UNSET)
            if productcode_ is not UNSET:
                productcode_ = as_str(productcode_, "__productcode")
            image_size_ = obj.get("__image_size", UNSET)
            if image_size_ is not UNSET:
                image_size_ = as_str(image_size_, "__image_size")
            data_origin_ = obj.get("__data_origin", UNSET)
            if data_origin_ is not UNSET and data_origin_ is not None:
                data_origin_ = as_str(data_origin_, "__data_origin")
            support_xen_ = obj.get("__support_xen", UNSET)
            if support_xen_ is not UNSET:
                support_xen_ = as_str(support_xen_, "__support_xen")
            support_largememory_ = obj.get("__support_largememory", UNSET)
            if support_largememory_ is not UNSET:
                support_largememory_ = as_str(support_largememory_, "__support_largememory")
            support_diskintensive_ = obj.get("__support_diskintensive", UNSET)
            if support_diskintensive_ is not UNSET:
                support_diskintensive_ = as_str(support_diskintensive_, "__support_diskintensive")
            support_highperformance_ = obj.get("__support_highperformance", UNSET)
            if support_highperformance_ is not UNSET:
                support_highperformance_ = as_str(
                    support_highperformance_, "__support_highperformance"
                )
            support_xen_gpu_type_ = obj.get("__support_xen_gpu_type", UNSET)
            if support_xen_gpu_type_ is not UNSET:
                support_xen_gpu_type_ = as_str(support_xen_gpu_type_, "__support_xen_gpu_type")
            support_xen_hana_ = obj.get("__support_xen_hana", UNSET)
            if support_xen_hana_ is not UNSET:
                support_xen_hana_ = as_str(support_xen_hana_, "__support_xen_hana")
            support_kvm_infiniband_ = obj.get("__support_kvm_infiniband", UNSET)
            if support_kvm_infiniband_ is not UNSET:
                support_kvm_infiniband_ = as_str(
                    support_kvm_infiniband_, "__support_kvm_infiniband"
                )
            lazyloading_ = as_enum(obj["__lazyloading"], "__lazyloading", OtcImageLazyLoading)
            hw_firmware_type_ = as_enum(
                obj["hw_firmware_type"], "hw_firmware_type", OtcImageFirmwareType
            )
            support_fc_inject_ = as_str(obj["__support_fc_inject"], "__support_fc_inject")
            return cls(
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
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "file": self.file,
            "owner": self.owner,
            "id": self.id,
            "size": self.size,
            "self": self.self,
            "schema": self.schema,
            "status": enum_value(self.status),
            "tags": list(self.tags),
            "visibility": enum_value(self.visibility),
            "name": self.name,
            "checksum": self.checksum,
            "protected": self.protected,
            "container_format": self.container_format,
            "min_ram": self.min_ram,
            "updated_at": encode_datetime(self.updated_at),
            "disk_format": enum_value(self.disk_format),
            "min_disk": self.min_disk,
            "virtual_env_type": enum_value(self.virtual_env_type),
            "__lazyloading": enum_value(self.lazyloading),
            "hw_firmware_type": enum_value(self.hw_firmware_type),
            "__support_fc_inject": self.support_fc_inject,
        }
        if self.os_bit is not UNSET:
            out["__os_bit"] = enum_value(self.os_bit)
        if self.os_version is not UNSET:
            out["__os_version"] = self.os_version
        if self.description is not UNSET:
            out["__description"] = self.description
        if self.isregistered is not UNSET:
            out["__isregistered"] = enum_value(self.isregistered)
        if self.platform is not UNSET:
            out["__platform"] = enum_value(self.platform)
        if self.os_type is not UNSET:
            out["__os_type"] = enum_value(self.os_type)
        if self.image_source_type is not UNSET:
            out["__image_source_type"] = self.image_source_type
        if self.imagetype is not UNSET:
            out["__imagetype"] = enum_value(self.imagetype)
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


@dataclass(slots=True, kw_only=True)
class OtcError:
    """Error response body. If the returned status code is 400, a customized error message will be returned (OTC IMS "Error Codes" page)."""

    error: OtcErrorDetail
    """The error object."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"error"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcError:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            error_ = OtcErrorDetail.from_dict(obj["error"], "error")
            return cls(
                error=error_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "error": self.error.to_dict(),
        }
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class OtcErrorDetail:
    """The error message and error code of an error response."""

    message: str
    """The error message, for example "The imagetype is invalid."."""
    code: str
    """The error code, for example IMG.0024."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"message", "code"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcErrorDetail:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            message_ = as_str(obj["message"], "message")
            code_ = as_str(obj["code"], "code")
            return cls(
                message=message_,
                code=code_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "message": self.message,
            "code": self.code,
        }
        out.update(self.additional_properties)
        return out
