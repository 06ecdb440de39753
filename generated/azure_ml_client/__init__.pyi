# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Azure Machine Learning Model Management Service - Images 2019-09-30: typed models and HTTP clients generated from its OpenAPI spec.

The models need only the standard library. Client, AsyncClient and the HTTP errors are
imported from .client on first use, as they need httpx.
"""

from ._runtime import UNSET, DecodeError, Unset, json_dumps, json_loads
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
