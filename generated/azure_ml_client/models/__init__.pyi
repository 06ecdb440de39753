# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Azure Machine Learning Model Management Service - Images 2019-09-30, each imported from its module on first use.

`from azure_ml_client import <Model>` (or from azure_ml_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .create_image_request import CreateImageRequest
from .image_flavor import ImageFlavor
from .image_list_order_by import ImageListOrderBy
from .image_response_base import (
    DatasetReference,
    ImageCreationState,
    ImageResponseBase,
    Model,
)
from .model_error_response import (
    ErrorDetails,
    ModelErrorResponse,
)
from .paginated_image_list import PaginatedImageList

__all__ = [
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
