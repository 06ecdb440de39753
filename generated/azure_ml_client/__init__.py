# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Azure Machine Learning Model Management Service - Images 2019-09-30: typed models and HTTP clients generated from its OpenAPI spec.

The models need only the standard library. Client, AsyncClient and the HTTP errors are
imported from .client on first use, as they need httpx.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
from .models import (
    CreateImageRequest,
    DatasetReference,
    ErrorDetails,
    ImageCreationState,
    ImageFlavor,
    ImageListOrderBy,
    ImageResponseBase,
    Model,
    ModelErrorResponse,
    PaginatedImageList,
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
    "CreateImageRequest",
    "DatasetReference",
    "ErrorDetails",
    "ImageCreationState",
    "ImageFlavor",
    "ImageListOrderBy",
    "ImageResponseBase",
    "Model",
    "ModelErrorResponse",
    "PaginatedImageList",
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
