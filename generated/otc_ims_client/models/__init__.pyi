# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2, each imported from its module on first use.

`from otc_ims_client import <Model>` (or from otc_ims_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .otc_boolean_string import OtcBooleanString
from .otc_error import (
    OtcError,
    OtcErrorDetail,
)
from .otc_image import (
    OtcImage,
    OtcImageFirmwareType,
    OtcImageLazyLoading,
    OtcImageVisibility,
)
from .otc_image_disk_format import OtcImageDiskFormat
from .otc_image_list import OtcImageList
from .otc_image_member_status import OtcImageMemberStatus
from .otc_image_os_bit import OtcImageOsBit
from .otc_image_os_type import OtcImageOsType
from .otc_image_platform import OtcImagePlatform
from .otc_image_sort_key import OtcImageSortKey
from .otc_image_status import OtcImageStatus
from .otc_image_type import OtcImageType
from .otc_image_virtual_env_type import OtcImageVirtualEnvType
from .otc_image_visibility_filter import OtcImageVisibilityFilter
from .otc_sort_direction import OtcSortDirection

__all__ = [
    "OtcBooleanString",
    "OtcError",
    "OtcErrorDetail",
    "OtcImage",
    "OtcImageDiskFormat",
    "OtcImageFirmwareType",
    "OtcImageLazyLoading",
    "OtcImageList",
    "OtcImageMemberStatus",
    "OtcImageOsBit",
    "OtcImageOsType",
    "OtcImagePlatform",
    "OtcImageSortKey",
    "OtcImageStatus",
    "OtcImageType",
    "OtcImageVirtualEnvType",
    "OtcImageVisibility",
    "OtcImageVisibilityFilter",
    "OtcSortDirection",
]
