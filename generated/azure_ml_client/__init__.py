# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Azure Machine Learning Model Management Service - Images 2019-09-30: typed models generated from its OpenAPI spec."""

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
]
