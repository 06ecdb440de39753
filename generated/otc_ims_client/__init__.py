# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Open Telekom Cloud Image Management Service (IMS) - Image Query API v2: typed models and HTTP clients generated from its OpenAPI spec.

The models need only the standard library. Client, AsyncClient and the HTTP errors are
imported from .client on first use, as they need httpx.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
from .models import (
    OtcBooleanString,
    OtcError,
    OtcErrorDetail,
    OtcImage,
    OtcImageDiskFormat,
    OtcImageFirmwareType,
    OtcImageLazyLoading,
    OtcImageList,
    OtcImageMemberStatus,
    OtcImageOsBit,
    OtcImageOsType,
    OtcImagePlatform,
    OtcImageSortKey,
    OtcImageStatus,
    OtcImageType,
    OtcImageVirtualEnvType,
    OtcImageVisibility,
    OtcImageVisibilityFilter,
    OtcSortDirection,
)

if TYPE_CHECKING:
    from .client import (
        APIConnectionError,
        APIError,
        APIResponse,
        APIStatusError,
        APITimeoutError,
        AsyncClient,
        AsyncPages,
        AuthenticationError,
        Backoff,
        BadRequestError,
        Client,
        ConflictError,
        InternalServerError,
        NotFoundError,
        Pages,
        PermissionDeniedError,
        RateLimitError,
        ResponseDecodeError,
        UnprocessableEntityError,
    )

__all__ = [
    "UNSET",
    "DecodeError",
    "Unset",
    "json_dumps",
    "json_loads",
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
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPages",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "Pages",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnprocessableEntityError",
]

_FROM_CLIENT = frozenset(
    {
        "APIConnectionError",
        "APIError",
        "APIResponse",
        "APIStatusError",
        "APITimeoutError",
        "AsyncClient",
        "AsyncPages",
        "AuthenticationError",
        "Backoff",
        "BadRequestError",
        "Client",
        "ConflictError",
        "InternalServerError",
        "NotFoundError",
        "Pages",
        "PermissionDeniedError",
        "RateLimitError",
        "ResponseDecodeError",
        "UnprocessableEntityError",
    }
)


def __getattr__(name: str) -> Any:
    """Import the clients and their errors when first asked for: they need httpx, the models don't."""
    if name in _FROM_CLIENT:
        return getattr(importlib.import_module(".client", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
