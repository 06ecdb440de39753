# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""DatasetReference, ImageCreationState, ImageResponseBase, Model: models of Azure Machine Learning Model Management Service - Images 2019-09-30.

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
    as_list,
    as_object,
    as_str_dict,
    as_str_list,
    decode_failure,
    encode_datetime,
    unknown_fields,
)
from .image_flavor import ImageFlavor
from .model_error_response import ModelErrorResponse

_ImageFlavor_members: Final = {m.value: m for m in ImageFlavor}
_ImageFlavor_values: Final[dict[ImageFlavor | str, str]] = {m: m.value for m in ImageFlavor}
_ModelErrorResponse_from_dict: Final = ModelErrorResponse.from_dict
_ModelErrorResponse_from_wire: Final = ModelErrorResponse._from_wire  # pyright: ignore[reportPrivateUsage]

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


class ImageCreationState(StrEnum):
    """The state of the operation (CreationStateEnum).
    - NotStarted (NOT_STARTED): the image creation operation has not started yet.
    - Running (RUNNING): the image creation operation is in progress.
    - Cancelled (CANCELLED): the image creation operation was cancelled.
    - Succeeded (SUCCEEDED): the image creation operation completed successfully.
    - Failed (FAILED): the image creation operation failed; see the image's error.
    - TimedOut (TIMED_OUT): the image creation operation did not finish in time.
    """

    NOT_STARTED = "NotStarted"
    RUNNING = "Running"
    CANCELLED = "Cancelled"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    TIMED_OUT = "TimedOut"


_ImageCreationState_members: Final = {m.value: m for m in ImageCreationState}
_ImageCreationState_values: Final[dict[ImageCreationState | str, str]] = {
    m: m.value for m in ImageCreationState
}


_ImageResponseBase_wire_names: Final[frozenset[str]] = frozenset(
    {
        "autoDelete",
        "createdTime",
        "creationState",
        "description",
        "error",
        "id",
        "imageBuildLogUri",
        "imageFlavor",
        "imageLocation",
        "imageType",
        "kvTags",
        "modelDetails",
        "modelIds",
        "modifiedTime",
        "name",
        "operationId",
        "properties",
        "version",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageResponseBase(_Model):
    """An Azure Machine Learning Image (the base image response; the ImageResponseBase model page). Only imageFlavor is required; every other property is optional."""

    auto_delete: bool | Unset = UNSET
    """Whether the image will be automatically deleted with the last service using it."""
    created_time: datetime | Unset = UNSET
    """The time the image was created."""
    creation_state: ImageCreationState | str | Unset = UNSET
    """The state of the operation."""
    description: str | Unset = UNSET
    """The image description."""
    error: ModelErrorResponse | Unset = UNSET
    """The error response."""
    id: str | Unset = UNSET
    """The image Id."""
    image_build_log_uri: str | Unset = UNSET
    """The Uri to the image build logs."""
    image_flavor: ImageFlavor | str
    """The flavor of the image."""
    image_location: str | Unset = UNSET
    """The Image location string."""
    image_type: str | Unset = UNSET
    """The type of the image."""
    kv_tags: dict[str, str] | Unset = UNSET
    """The image tag dictionary. Tags are mutable."""
    model_details: list[Model] | Unset = UNSET
    """The list of models."""
    model_ids: list[str] | Unset = UNSET
    """The list of model Ids."""
    modified_time: datetime | Unset = UNSET
    """The time the image was last modified."""
    name: str | Unset = UNSET
    """The image name."""
    operation_id: str | Unset = UNSET
    """The ID of the asynchronous operation for this image."""
    properties: dict[str, str] | Unset = UNSET
    """The image properties dictionary. Properties are immutable."""
    version: int | Unset = UNSET
    """The image version."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        auto_delete: bool | Unset = UNSET,
        created_time: datetime | Unset = UNSET,
        creation_state: ImageCreationState | str | Unset = UNSET,
        description: str | Unset = UNSET,
        error: ModelErrorResponse | Unset = UNSET,
        id: str | Unset = UNSET,
        image_build_log_uri: str | Unset = UNSET,
        image_flavor: ImageFlavor | str,
        image_location: str | Unset = UNSET,
        image_type: str | Unset = UNSET,
        kv_tags: dict[str, str] | Unset = UNSET,
        model_details: list[Model] | Unset = UNSET,
        model_ids: list[str] | Unset = UNSET,
        modified_time: datetime | Unset = UNSET,
        name: str | Unset = UNSET,
        operation_id: str | Unset = UNSET,
        properties: dict[str, str] | Unset = UNSET,
        version: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.auto_delete = auto_delete
        self.created_time = created_time
        self.creation_state = creation_state
        self.description = description
        self.error = error
        self.id = id
        self.image_build_log_uri = image_build_log_uri
        self.image_flavor = image_flavor
        self.image_location = image_location
        self.image_type = image_type
        self.kv_tags = kv_tags
        self.model_details = model_details
        self.model_ids = model_ids
        self.modified_time = modified_time
        self.name = name
        self.operation_id = operation_id
        self.properties = properties
        self.version = version
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageResponseBase:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            auto_delete_ = obj.get("autoDelete", UNSET)
            if auto_delete_ is UNSET:
                absent += 1
            elif type(auto_delete_) is not bool:
                raise DecodeError(("autoDelete",), "boolean", auto_delete_)
            created_time_ = obj.get("createdTime", UNSET)
            if created_time_ is UNSET:
                absent += 1
            else:
                created_time_ = as_datetime(created_time_, "createdTime")
            creation_state_ = obj.get("creationState", UNSET)
            if creation_state_ is UNSET:
                absent += 1
            elif type(creation_state_) is not str:
                raise DecodeError(("creationState",), "string", creation_state_)
            else:
                creation_state_ = _ImageCreationState_members.get(creation_state_, creation_state_)
            description_ = obj.get("description", UNSET)
            if description_ is UNSET:
                absent += 1
            elif type(description_) is not str:
                raise DecodeError(("description",), "string", description_)
            error_ = obj.get("error", UNSET)
            if error_ is UNSET:
                absent += 1
            else:
                error_ = _ModelErrorResponse_from_dict(error_, "error")
            id_ = obj.get("id", UNSET)
            if id_ is UNSET:
                absent += 1
            elif type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            image_build_log_uri_ = obj.get("imageBuildLogUri", UNSET)
            if image_build_log_uri_ is UNSET:
                absent += 1
            elif type(image_build_log_uri_) is not str:
                raise DecodeError(("imageBuildLogUri",), "string", image_build_log_uri_)
            image_flavor_ = obj["imageFlavor"]
            if type(image_flavor_) is not str:
                raise DecodeError(("imageFlavor",), "string", image_flavor_)
            image_flavor_ = _ImageFlavor_members.get(image_flavor_, image_flavor_)
            image_location_ = obj.get("imageLocation", UNSET)
            if image_location_ is UNSET:
                absent += 1
            elif type(image_location_) is not str:
                raise DecodeError(("imageLocation",), "string", image_location_)
            image_type_ = obj.get("imageType", UNSET)
            if image_type_ is UNSET:
                absent += 1
            elif type(image_type_) is not str:
                raise DecodeError(("imageType",), "string", image_type_)
            kv_tags_ = obj.get("kvTags", UNSET)
            if kv_tags_ is UNSET:
                absent += 1
            else:
                kv_tags_ = as_str_dict(kv_tags_, "kvTags")
            model_details_ = obj.get("modelDetails", UNSET)
            if model_details_ is UNSET:
                absent += 1
            else:
                model_details_ = as_list(model_details_, "modelDetails", _Model_from_dict)
            model_ids_ = obj.get("modelIds", UNSET)
            if model_ids_ is UNSET:
                absent += 1
            else:
                model_ids_ = as_str_list(model_ids_, "modelIds")
            modified_time_ = obj.get("modifiedTime", UNSET)
            if modified_time_ is UNSET:
                absent += 1
            else:
                modified_time_ = as_datetime(modified_time_, "modifiedTime")
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            operation_id_ = obj.get("operationId", UNSET)
            if operation_id_ is UNSET:
                absent += 1
            elif type(operation_id_) is not str:
                raise DecodeError(("operationId",), "string", operation_id_)
            properties_ = obj.get("properties", UNSET)
            if properties_ is UNSET:
                absent += 1
            else:
                properties_ = as_str_dict(properties_, "properties")
            version_ = obj.get("version", UNSET)
            if version_ is UNSET:
                absent += 1
            elif type(version_) is not int:
                raise DecodeError(("version",), "integer", version_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 18 - absent
                else unknown_fields(obj, _ImageResponseBase_wire_names)
            )
            if _COMPILED:
                return ImageResponseBase(
                    auto_delete=auto_delete_,
                    created_time=created_time_,
                    creation_state=creation_state_,
                    description=description_,
                    error=error_,
                    id=id_,
                    image_build_log_uri=image_build_log_uri_,
                    image_flavor=image_flavor_,
                    image_location=image_location_,
                    image_type=image_type_,
                    kv_tags=kv_tags_,
                    model_details=model_details_,
                    model_ids=model_ids_,
                    modified_time=modified_time_,
                    name=name_,
                    operation_id=operation_id_,
                    properties=properties_,
                    version=version_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.auto_delete = auto_delete_
            instance.created_time = created_time_
            instance.creation_state = creation_state_
            instance.description = description_
            instance.error = error_
            instance.id = id_
            instance.image_build_log_uri = image_build_log_uri_
            instance.image_flavor = image_flavor_
            instance.image_location = image_location_
            instance.image_type = image_type_
            instance.kv_tags = kv_tags_
            instance.model_details = model_details_
            instance.model_ids = model_ids_
            instance.modified_time = modified_time_
            instance.name = name_
            instance.operation_id = operation_id_
            instance.properties = properties_
            instance.version = version_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("auto_delete", "autoDelete", bool, False),
            ("created_time", "createdTime", str, False),
            ("creation_state", "creationState", str, False),
            ("description", "description", str, False),
            ("error", "error", ModelErrorResponse, False),
            ("id", "id", str, False),
            ("image_build_log_uri", "imageBuildLogUri", str, False),
            ("image_flavor", "imageFlavor", str, True),
            ("image_location", "imageLocation", str, False),
            ("image_type", "imageType", str, False),
            ("kv_tags", "kvTags", dict[str, str], False),
            ("model_details", "modelDetails", list[Model], False),
            ("model_ids", "modelIds", list[str], False),
            ("modified_time", "modifiedTime", str, False),
            ("name", "name", str, False),
            ("operation_id", "operationId", str, False),
            ("properties", "properties", dict[str, str], False),
            ("version", "version", int, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageResponseBase:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        auto_delete_ = wire.auto_delete
        created_time_ = wire.created_time
        if created_time_ is not UNSET:
            created_time_ = as_datetime(created_time_, "createdTime")
        creation_state_: Any = wire.creation_state
        if creation_state_ is not UNSET:
            creation_state_ = _ImageCreationState_members.get(creation_state_, creation_state_)
        description_ = wire.description
        error_ = wire.error
        if error_ is not UNSET:
            error_ = _ModelErrorResponse_from_wire(error_)
        id_ = wire.id
        image_build_log_uri_ = wire.image_build_log_uri
        image_flavor_: Any = wire.image_flavor
        image_flavor_ = _ImageFlavor_members.get(image_flavor_, image_flavor_)
        image_location_ = wire.image_location
        image_type_ = wire.image_type
        kv_tags_ = wire.kv_tags
        model_details_ = wire.model_details
        if model_details_ is not UNSET:
            model_details_ = [_Model_from_wire(x) for x in model_details_]
        model_ids_ = wire.model_ids
        modified_time_ = wire.modified_time
        if modified_time_ is not UNSET:
            modified_time_ = as_datetime(modified_time_, "modifiedTime")
        name_ = wire.name
        operation_id_ = wire.operation_id
        properties_ = wire.properties
        version_ = wire.version
        if _COMPILED:
            return ImageResponseBase(
                auto_delete=auto_delete_,
                created_time=created_time_,
                creation_state=creation_state_,
                description=description_,
                error=error_,
                id=id_,
                image_build_log_uri=image_build_log_uri_,
                image_flavor=image_flavor_,
                image_location=image_location_,
                image_type=image_type_,
                kv_tags=kv_tags_,
                model_details=model_details_,
                model_ids=model_ids_,
                modified_time=modified_time_,
                name=name_,
                operation_id=operation_id_,
                properties=properties_,
                version=version_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.auto_delete = auto_delete_
        instance.created_time = created_time_
        instance.creation_state = creation_state_
        instance.description = description_
        instance.error = error_
        instance.id = id_
        instance.image_build_log_uri = image_build_log_uri_
        instance.image_flavor = image_flavor_
        instance.image_location = image_location_
        instance.image_type = image_type_
        instance.kv_tags = kv_tags_
        instance.model_details = model_details_
        instance.model_ids = model_ids_
        instance.modified_time = modified_time_
        instance.name = name_
        instance.operation_id = operation_id_
        instance.properties = properties_
        instance.version = version_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "imageFlavor": _ImageFlavor_values.get(self.image_flavor, self.image_flavor),
        }
        if self.auto_delete is not UNSET:
            out["autoDelete"] = self.auto_delete
        if self.created_time is not UNSET:
            out["createdTime"] = encode_datetime(self.created_time)
        if self.creation_state is not UNSET:
            out["creationState"] = _ImageCreationState_values.get(
                self.creation_state, self.creation_state
            )
        if self.description is not UNSET:
            out["description"] = self.description
        if self.error is not UNSET:
            out["error"] = self.error.to_dict()
        if self.id is not UNSET:
            out["id"] = self.id
        if self.image_build_log_uri is not UNSET:
            out["imageBuildLogUri"] = self.image_build_log_uri
        if self.image_location is not UNSET:
            out["imageLocation"] = self.image_location
        if self.image_type is not UNSET:
            out["imageType"] = self.image_type
        if self.kv_tags is not UNSET:
            out["kvTags"] = dict(self.kv_tags)
        if self.model_details is not UNSET:
            out["modelDetails"] = [x0.to_dict() for x0 in self.model_details]
        if self.model_ids is not UNSET:
            out["modelIds"] = list(self.model_ids)
        if self.modified_time is not UNSET:
            out["modifiedTime"] = encode_datetime(self.modified_time)
        if self.name is not UNSET:
            out["name"] = self.name
        if self.operation_id is not UNSET:
            out["operationId"] = self.operation_id
        if self.properties is not UNSET:
            out["properties"] = dict(self.properties)
        if self.version is not UNSET:
            out["version"] = self.version
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        auto_delete: bool | Unset | Keep = KEEP,
        created_time: datetime | Unset | Keep = KEEP,
        creation_state: ImageCreationState | str | Unset | Keep = KEEP,
        description: str | Unset | Keep = KEEP,
        error: ModelErrorResponse | Unset | Keep = KEEP,
        id: str | Unset | Keep = KEEP,
        image_build_log_uri: str | Unset | Keep = KEEP,
        image_flavor: ImageFlavor | str | Keep = KEEP,
        image_location: str | Unset | Keep = KEEP,
        image_type: str | Unset | Keep = KEEP,
        kv_tags: dict[str, str] | Unset | Keep = KEEP,
        model_details: list[Model] | Unset | Keep = KEEP,
        model_ids: list[str] | Unset | Keep = KEEP,
        modified_time: datetime | Unset | Keep = KEEP,
        name: str | Unset | Keep = KEEP,
        operation_id: str | Unset | Keep = KEEP,
        properties: dict[str, str] | Unset | Keep = KEEP,
        version: int | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageResponseBase:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            auto_delete=self.auto_delete if auto_delete is KEEP else auto_delete,
            created_time=self.created_time if created_time is KEEP else created_time,
            creation_state=self.creation_state if creation_state is KEEP else creation_state,
            description=self.description if description is KEEP else description,
            error=self.error if error is KEEP else error,
            id=self.id if id is KEEP else id,
            image_build_log_uri=self.image_build_log_uri
            if image_build_log_uri is KEEP
            else image_build_log_uri,
            image_flavor=self.image_flavor if image_flavor is KEEP else image_flavor,
            image_location=self.image_location if image_location is KEEP else image_location,
            image_type=self.image_type if image_type is KEEP else image_type,
            kv_tags=self.kv_tags if kv_tags is KEEP else kv_tags,
            model_details=self.model_details if model_details is KEEP else model_details,
            model_ids=self.model_ids if model_ids is KEEP else model_ids,
            modified_time=self.modified_time if modified_time is KEEP else modified_time,
            name=self.name if name is KEEP else name,
            operation_id=self.operation_id if operation_id is KEEP else operation_id,
            properties=self.properties if properties is KEEP else properties,
            version=self.version if version is KEEP else version,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Model_wire_names: Final[frozenset[str]] = frozenset(
    {
        "createdTime",
        "datasets",
        "description",
        "experimentName",
        "framework",
        "frameworkVersion",
        "id",
        "kvTags",
        "mimeType",
        "modifiedTime",
        "name",
        "parentModelId",
        "properties",
        "runId",
        "unpack",
        "url",
        "version",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Model(_Model):
    """An Azure Machine Learning Model."""

    created_time: datetime | Unset = UNSET
    """The Model creation time (UTC)."""
    datasets: list[DatasetReference] | Unset = UNSET
    """The list of datasets associated with the model."""
    description: str | Unset = UNSET
    """The Model description text."""
    experiment_name: str | Unset = UNSET
    """The name of the experiment where this model was created."""
    framework: str | Unset = UNSET
    """The Model framework."""
    framework_version: str | Unset = UNSET
    """The Model framework version."""
    id: str | Unset = UNSET
    """The Model Id."""
    kv_tags: dict[str, str] | Unset = UNSET
    """The Model tag dictionary. Items are mutable."""
    mime_type: str
    """The MIME type of Model content. For more details about MIME type, please open https://www.iana.org/assignments/media-types/media-types.xhtml"""
    modified_time: datetime | Unset = UNSET
    """The Model last modified time (UTC)."""
    name: str
    """The Model name."""
    parent_model_id: str | Unset = UNSET
    """The Parent Model Id."""
    properties: dict[str, str] | Unset = UNSET
    """The Model property dictionary. Properties are immutable."""
    run_id: str | Unset = UNSET
    """The RunId that created this model."""
    unpack: bool | Unset = UNSET
    """Indicates whether we need to unpack the Model during docker Image creation."""
    url: str
    """The URL of the Model. Usually a SAS URL."""
    version: int | Unset = UNSET
    """The Model version assigned by Model Management Service."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        created_time: datetime | Unset = UNSET,
        datasets: list[DatasetReference] | Unset = UNSET,
        description: str | Unset = UNSET,
        experiment_name: str | Unset = UNSET,
        framework: str | Unset = UNSET,
        framework_version: str | Unset = UNSET,
        id: str | Unset = UNSET,
        kv_tags: dict[str, str] | Unset = UNSET,
        mime_type: str,
        modified_time: datetime | Unset = UNSET,
        name: str,
        parent_model_id: str | Unset = UNSET,
        properties: dict[str, str] | Unset = UNSET,
        run_id: str | Unset = UNSET,
        unpack: bool | Unset = UNSET,
        url: str,
        version: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created_time = created_time
        self.datasets = datasets
        self.description = description
        self.experiment_name = experiment_name
        self.framework = framework
        self.framework_version = framework_version
        self.id = id
        self.kv_tags = kv_tags
        self.mime_type = mime_type
        self.modified_time = modified_time
        self.name = name
        self.parent_model_id = parent_model_id
        self.properties = properties
        self.run_id = run_id
        self.unpack = unpack
        self.url = url
        self.version = version
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Model:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            created_time_ = obj.get("createdTime", UNSET)
            if created_time_ is UNSET:
                absent += 1
            else:
                created_time_ = as_datetime(created_time_, "createdTime")
            datasets_ = obj.get("datasets", UNSET)
            if datasets_ is UNSET:
                absent += 1
            else:
                datasets_ = as_list(datasets_, "datasets", _DatasetReference_from_dict)
            description_ = obj.get("description", UNSET)
            if description_ is UNSET:
                absent += 1
            elif type(description_) is not str:
                raise DecodeError(("description",), "string", description_)
            experiment_name_ = obj.get("experimentName", UNSET)
            if experiment_name_ is UNSET:
                absent += 1
            elif type(experiment_name_) is not str:
                raise DecodeError(("experimentName",), "string", experiment_name_)
            framework_ = obj.get("framework", UNSET)
            if framework_ is UNSET:
                absent += 1
            elif type(framework_) is not str:
                raise DecodeError(("framework",), "string", framework_)
            framework_version_ = obj.get("frameworkVersion", UNSET)
            if framework_version_ is UNSET:
                absent += 1
            elif type(framework_version_) is not str:
                raise DecodeError(("frameworkVersion",), "string", framework_version_)
            id_ = obj.get("id", UNSET)
            if id_ is UNSET:
                absent += 1
            elif type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            kv_tags_ = obj.get("kvTags", UNSET)
            if kv_tags_ is UNSET:
                absent += 1
            else:
                kv_tags_ = as_str_dict(kv_tags_, "kvTags")
            mime_type_ = obj["mimeType"]
            if type(mime_type_) is not str:
                raise DecodeError(("mimeType",), "string", mime_type_)
            modified_time_ = obj.get("modifiedTime", UNSET)
            if modified_time_ is UNSET:
                absent += 1
            else:
                modified_time_ = as_datetime(modified_time_, "modifiedTime")
            name_ = obj["name"]
            if type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            parent_model_id_ = obj.get("parentModelId", UNSET)
            if parent_model_id_ is UNSET:
                absent += 1
            elif type(parent_model_id_) is not str:
                raise DecodeError(("parentModelId",), "string", parent_model_id_)
            properties_ = obj.get("properties", UNSET)
            if properties_ is UNSET:
                absent += 1
            else:
                properties_ = as_str_dict(properties_, "properties")
            run_id_ = obj.get("runId", UNSET)
            if run_id_ is UNSET:
                absent += 1
            elif type(run_id_) is not str:
                raise DecodeError(("runId",), "string", run_id_)
            unpack_ = obj.get("unpack", UNSET)
            if unpack_ is UNSET:
                absent += 1
            elif type(unpack_) is not bool:
                raise DecodeError(("unpack",), "boolean", unpack_)
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            version_ = obj.get("version", UNSET)
            if version_ is UNSET:
                absent += 1
            elif type(version_) is not int:
                raise DecodeError(("version",), "integer", version_)
            extra: dict[str, Any] = (
                {} if len(obj) == 17 - absent else unknown_fields(obj, _Model_wire_names)
            )
            if _COMPILED:
                return Model(
                    created_time=created_time_,
                    datasets=datasets_,
                    description=description_,
                    experiment_name=experiment_name_,
                    framework=framework_,
                    framework_version=framework_version_,
                    id=id_,
                    kv_tags=kv_tags_,
                    mime_type=mime_type_,
                    modified_time=modified_time_,
                    name=name_,
                    parent_model_id=parent_model_id_,
                    properties=properties_,
                    run_id=run_id_,
                    unpack=unpack_,
                    url=url_,
                    version=version_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.created_time = created_time_
            instance.datasets = datasets_
            instance.description = description_
            instance.experiment_name = experiment_name_
            instance.framework = framework_
            instance.framework_version = framework_version_
            instance.id = id_
            instance.kv_tags = kv_tags_
            instance.mime_type = mime_type_
            instance.modified_time = modified_time_
            instance.name = name_
            instance.parent_model_id = parent_model_id_
            instance.properties = properties_
            instance.run_id = run_id_
            instance.unpack = unpack_
            instance.url = url_
            instance.version = version_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("created_time", "createdTime", str, False),
            ("datasets", "datasets", list[DatasetReference], False),
            ("description", "description", str, False),
            ("experiment_name", "experimentName", str, False),
            ("framework", "framework", str, False),
            ("framework_version", "frameworkVersion", str, False),
            ("id", "id", str, False),
            ("kv_tags", "kvTags", dict[str, str], False),
            ("mime_type", "mimeType", str, True),
            ("modified_time", "modifiedTime", str, False),
            ("name", "name", str, True),
            ("parent_model_id", "parentModelId", str, False),
            ("properties", "properties", dict[str, str], False),
            ("run_id", "runId", str, False),
            ("unpack", "unpack", bool, False),
            ("url", "url", str, True),
            ("version", "version", int, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Model:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        created_time_ = wire.created_time
        if created_time_ is not UNSET:
            created_time_ = as_datetime(created_time_, "createdTime")
        datasets_ = wire.datasets
        if datasets_ is not UNSET:
            datasets_ = [_DatasetReference_from_wire(x) for x in datasets_]
        description_ = wire.description
        experiment_name_ = wire.experiment_name
        framework_ = wire.framework
        framework_version_ = wire.framework_version
        id_ = wire.id
        kv_tags_ = wire.kv_tags
        mime_type_ = wire.mime_type
        modified_time_ = wire.modified_time
        if modified_time_ is not UNSET:
            modified_time_ = as_datetime(modified_time_, "modifiedTime")
        name_ = wire.name
        parent_model_id_ = wire.parent_model_id
        properties_ = wire.properties
        run_id_ = wire.run_id
        unpack_ = wire.unpack
        url_ = wire.url
        version_ = wire.version
        if _COMPILED:
            return Model(
                created_time=created_time_,
                datasets=datasets_,
                description=description_,
                experiment_name=experiment_name_,
                framework=framework_,
                framework_version=framework_version_,
                id=id_,
                kv_tags=kv_tags_,
                mime_type=mime_type_,
                modified_time=modified_time_,
                name=name_,
                parent_model_id=parent_model_id_,
                properties=properties_,
                run_id=run_id_,
                unpack=unpack_,
                url=url_,
                version=version_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.created_time = created_time_
        instance.datasets = datasets_
        instance.description = description_
        instance.experiment_name = experiment_name_
        instance.framework = framework_
        instance.framework_version = framework_version_
        instance.id = id_
        instance.kv_tags = kv_tags_
        instance.mime_type = mime_type_
        instance.modified_time = modified_time_
        instance.name = name_
        instance.parent_model_id = parent_model_id_
        instance.properties = properties_
        instance.run_id = run_id_
        instance.unpack = unpack_
        instance.url = url_
        instance.version = version_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "mimeType": self.mime_type,
            "name": self.name,
            "url": self.url,
        }
        if self.created_time is not UNSET:
            out["createdTime"] = encode_datetime(self.created_time)
        if self.datasets is not UNSET:
            out["datasets"] = [x0.to_dict() for x0 in self.datasets]
        if self.description is not UNSET:
            out["description"] = self.description
        if self.experiment_name is not UNSET:
            out["experimentName"] = self.experiment_name
        if self.framework is not UNSET:
            out["framework"] = self.framework
        if self.framework_version is not UNSET:
            out["frameworkVersion"] = self.framework_version
        if self.id is not UNSET:
            out["id"] = self.id
        if self.kv_tags is not UNSET:
            out["kvTags"] = dict(self.kv_tags)
        if self.modified_time is not UNSET:
            out["modifiedTime"] = encode_datetime(self.modified_time)
        if self.parent_model_id is not UNSET:
            out["parentModelId"] = self.parent_model_id
        if self.properties is not UNSET:
            out["properties"] = dict(self.properties)
        if self.run_id is not UNSET:
            out["runId"] = self.run_id
        if self.unpack is not UNSET:
            out["unpack"] = self.unpack
        if self.version is not UNSET:
            out["version"] = self.version
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        created_time: datetime | Unset | Keep = KEEP,
        datasets: list[DatasetReference] | Unset | Keep = KEEP,
        description: str | Unset | Keep = KEEP,
        experiment_name: str | Unset | Keep = KEEP,
        framework: str | Unset | Keep = KEEP,
        framework_version: str | Unset | Keep = KEEP,
        id: str | Unset | Keep = KEEP,
        kv_tags: dict[str, str] | Unset | Keep = KEEP,
        mime_type: str | Keep = KEEP,
        modified_time: datetime | Unset | Keep = KEEP,
        name: str | Keep = KEEP,
        parent_model_id: str | Unset | Keep = KEEP,
        properties: dict[str, str] | Unset | Keep = KEEP,
        run_id: str | Unset | Keep = KEEP,
        unpack: bool | Unset | Keep = KEEP,
        url: str | Keep = KEEP,
        version: int | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Model:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            created_time=self.created_time if created_time is KEEP else created_time,
            datasets=self.datasets if datasets is KEEP else datasets,
            description=self.description if description is KEEP else description,
            experiment_name=self.experiment_name if experiment_name is KEEP else experiment_name,
            framework=self.framework if framework is KEEP else framework,
            framework_version=self.framework_version
            if framework_version is KEEP
            else framework_version,
            id=self.id if id is KEEP else id,
            kv_tags=self.kv_tags if kv_tags is KEEP else kv_tags,
            mime_type=self.mime_type if mime_type is KEEP else mime_type,
            modified_time=self.modified_time if modified_time is KEEP else modified_time,
            name=self.name if name is KEEP else name,
            parent_model_id=self.parent_model_id if parent_model_id is KEEP else parent_model_id,
            properties=self.properties if properties is KEEP else properties,
            run_id=self.run_id if run_id is KEEP else run_id,
            unpack=self.unpack if unpack is KEEP else unpack,
            url=self.url if url is KEEP else url,
            version=self.version if version is KEEP else version,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_DatasetReference_wire_names: Final[frozenset[str]] = frozenset({"id", "name"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DatasetReference(_Model):
    """The dataset reference object."""

    id: str | Unset = UNSET
    """The id of the dataset reference."""
    name: str | Unset = UNSET
    """The name of the dataset reference."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DatasetReference:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            id_ = obj.get("id", UNSET)
            if id_ is UNSET:
                absent += 1
            elif type(id_) is not str:
                raise DecodeError(("id",), "string", id_)
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _DatasetReference_wire_names)
            )
            if _COMPILED:
                return DatasetReference(id=id_, name=name_, additional_properties=extra)
            instance = _new(cls)
            instance.id = id_
            instance.name = name_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("id", "id", str, False),
            ("name", "name", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> DatasetReference:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        id_ = wire.id
        name_ = wire.name
        if _COMPILED:
            return DatasetReference(id=id_, name=name_, additional_properties={})
        instance = _new(cls)
        instance.id = id_
        instance.name = name_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not UNSET:
            out["id"] = self.id
        if self.name is not UNSET:
            out["name"] = self.name
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        id: str | Unset | Keep = KEEP,
        name: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> DatasetReference:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            id=self.id if id is KEEP else id,
            name=self.name if name is KEEP else name,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageResponseBase_from_dict: Final = ImageResponseBase.from_dict
_ImageResponseBase_from_wire: Final = ImageResponseBase._from_wire
_Model_from_dict: Final = Model.from_dict
_Model_from_wire: Final = Model._from_wire
_DatasetReference_from_dict: Final = DatasetReference.from_dict
_DatasetReference_from_wire: Final = DatasetReference._from_wire
