# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Azure Machine Learning Model Management Service - Images 2019-09-30.

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
    as_dict,
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


class ImageFlavor(StrEnum):
    """The flavor of the image (ImageFlavorEnum).
    - WebApiContainer (WEB_API_CONTAINER): a web API (real-time scoring) container image.
    - BatchContainer (BATCH_CONTAINER): a batch scoring container image.
    - IoTContainer (IO_T_CONTAINER): a container image for IoT Edge modules.
    - AccelContainer (ACCEL_CONTAINER): a hardware-accelerated (FPGA) container image.
    - UserProvidedContainer (USER_PROVIDED_CONTAINER): a container image provided by the user.
    """

    WEB_API_CONTAINER = "WebApiContainer"
    BATCH_CONTAINER = "BatchContainer"
    IO_T_CONTAINER = "IoTContainer"
    ACCEL_CONTAINER = "AccelContainer"
    USER_PROVIDED_CONTAINER = "UserProvidedContainer"


class ImageListOrderBy(StrEnum):
    """An option for specifying how to order the list.
    - CreatedAtDesc: newest created first (default).
    - CreatedAtAsc: oldest created first.
    - UpdatedAtDesc: most recently updated first.
    - UpdatedAtAsc: least recently updated first.
    """

    CREATED_AT_DESC = "CreatedAtDesc"
    CREATED_AT_ASC = "CreatedAtAsc"
    UPDATED_AT_DESC = "UpdatedAtDesc"
    UPDATED_AT_ASC = "UpdatedAtAsc"


@dataclass(slots=True, kw_only=True)
class ImageResponseBase:
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageResponseBase:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            auto_delete_ = obj.get("autoDelete", UNSET)
            if auto_delete_ is not UNSET:
                auto_delete_ = as_bool(auto_delete_, "autoDelete")
            created_time_ = obj.get("createdTime", UNSET)
            if created_time_ is not UNSET:
                created_time_ = as_datetime(created_time_, "createdTime")
            creation_state_ = obj.get("creationState", UNSET)
            if creation_state_ is not UNSET:
                creation_state_ = as_enum(creation_state_, "creationState", ImageCreationState)
            description_ = obj.get("description", UNSET)
            if description_ is not UNSET:
                description_ = as_str(description_, "description")
            error_ = obj.get("error", UNSET)
            if error_ is not UNSET:
                error_ = ModelErrorResponse.from_dict(error_, "error")
            id_ = obj.get("id", UNSET)
            if id_ is not UNSET:
                id_ = as_str(id_, "id")
            image_build_log_uri_ = obj.get("imageBuildLogUri", UNSET)
            if image_build_log_uri_ is not UNSET:
                image_build_log_uri_ = as_str(image_build_log_uri_, "imageBuildLogUri")
            image_flavor_ = as_enum(obj["imageFlavor"], "imageFlavor", ImageFlavor)
            image_location_ = obj.get("imageLocation", UNSET)
            if image_location_ is not UNSET:
                image_location_ = as_str(image_location_, "imageLocation")
            image_type_ = obj.get("imageType", UNSET)
            if image_type_ is not UNSET:
                image_type_ = as_str(image_type_, "imageType")
            kv_tags_ = obj.get("kvTags", UNSET)
            if kv_tags_ is not UNSET:
                kv_tags_ = as_dict(kv_tags_, "kvTags", as_str)
            model_details_ = obj.get("modelDetails", UNSET)
            if model_details_ is not UNSET:
                model_details_ = as_list(model_details_, "modelDetails", Model.from_dict)
            model_ids_ = obj.get("modelIds", UNSET)
            if model_ids_ is not UNSET:
                model_ids_ = as_list(model_ids_, "modelIds", as_str)
            modified_time_ = obj.get("modifiedTime", UNSET)
            if modified_time_ is not UNSET:
                modified_time_ = as_datetime(modified_time_, "modifiedTime")
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            operation_id_ = obj.get("operationId", UNSET)
            if operation_id_ is not UNSET:
                operation_id_ = as_str(operation_id_, "operationId")
            properties_ = obj.get("properties", UNSET)
            if properties_ is not UNSET:
                properties_ = as_dict(properties_, "properties", as_str)
            version_ = obj.get("version", UNSET)
            if version_ is not UNSET:
                version_ = as_int(version_, "version")
            return cls(
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
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "imageFlavor": enum_value(self.image_flavor),
        }
        if self.auto_delete is not UNSET:
            out["autoDelete"] = self.auto_delete
        if self.created_time is not UNSET:
            out["createdTime"] = encode_datetime(self.created_time)
        if self.creation_state is not UNSET:
            out["creationState"] = enum_value(self.creation_state)
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


@dataclass(slots=True, kw_only=True)
class ModelErrorResponse:
    """The Model Management Service Error object."""

    code: str | Unset = UNSET
    """The error code."""
    status_code: int | Unset = UNSET
    """The HTTP status code."""
    message: str | Unset = UNSET
    """The error message."""
    details: list[ErrorDetails] | Unset = UNSET
    """An array of error detail objects."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"code", "statusCode", "message", "details"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ModelErrorResponse:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            code_ = obj.get("code", UNSET)
            if code_ is not UNSET:
                code_ = as_str(code_, "code")
            status_code_ = obj.get("statusCode", UNSET)
            if status_code_ is not UNSET:
                status_code_ = as_int(status_code_, "statusCode")
            message_ = obj.get("message", UNSET)
            if message_ is not UNSET:
                message_ = as_str(message_, "message")
            details_ = obj.get("details", UNSET)
            if details_ is not UNSET:
                details_ = as_list(details_, "details", ErrorDetails.from_dict)
            return cls(
                code=code_,
                status_code=status_code_,
                message=message_,
                details=details_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.code is not UNSET:
            out["code"] = self.code
        if self.status_code is not UNSET:
            out["statusCode"] = self.status_code
        if self.message is not UNSET:
            out["message"] = self.message
        if self.details is not UNSET:
            out["details"] = [x0.to_dict() for x0 in self.details]
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ErrorDetails:
    """The error details."""

    code: str | Unset = UNSET
    """The error code."""
    message: str | Unset = UNSET
    """The error message."""
    target: str | Unset = UNSET
    """The target of the error (e.g., the name of the property in error)."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"code", "message", "target"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorDetails:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            code_ = obj.get("code", UNSET)
            if code_ is not UNSET:
                code_ = as_str(code_, "code")
            message_ = obj.get("message", UNSET)
            if message_ is not UNSET:
                message_ = as_str(message_, "message")
            target_ = obj.get("target", UNSET)
            if target_ is not UNSET:
                target_ = as_str(target_, "target")
            return cls(
                code=code_,
                message=message_,
                target=target_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.code is not UNSET:
            out["code"] = self.code
        if self.message is not UNSET:
            out["message"] = self.message
        if self.target is not UNSET:
            out["target"] = self.target
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Model:
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
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
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

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Model:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            created_time_ = obj.get("createdTime", UNSET)
            if created_time_ is not UNSET:
                created_time_ = as_datetime(created_time_, "createdTime")
            datasets_ = obj.get("datasets", UNSET)
            if datasets_ is not UNSET:
                datasets_ = as_list(datasets_, "datasets", DatasetReference.from_dict)
            description_ = obj.get("description", UNSET)
            if description_ is not UNSET:
                description_ = as_str(description_, "description")
            experiment_name_ = obj.get("experimentName", UNSET)
            if experiment_name_ is not UNSET:
                experiment_name_ = as_str(experiment_name_, "experimentName")
            framework_ = obj.get("framework", UNSET)
            if framework_ is not UNSET:
                framework_ = as_str(framework_, "framework")
            framework_version_ = obj.get("frameworkVersion", UNSET)
            if framework_version_ is not UNSET:
                framework_version_ = as_str(framework_version_, "frameworkVersion")
            id_ = obj.get("id", UNSET)
            if id_ is not UNSET:
                id_ = as_str(id_, "id")
            kv_tags_ = obj.get("kvTags", UNSET)
            if kv_tags_ is not UNSET:
                kv_tags_ = as_dict(kv_tags_, "kvTags", as_str)
            mime_type_ = as_str(obj["mimeType"], "mimeType")
            modified_time_ = obj.get("modifiedTime", UNSET)
            if modified_time_ is not UNSET:
                modified_time_ = as_datetime(modified_time_, "modifiedTime")
            name_ = as_str(obj["name"], "name")
            parent_model_id_ = obj.get("parentModelId", UNSET)
            if parent_model_id_ is not UNSET:
                parent_model_id_ = as_str(parent_model_id_, "parentModelId")
            properties_ = obj.get("properties", UNSET)
            if properties_ is not UNSET:
                properties_ = as_dict(properties_, "properties", as_str)
            run_id_ = obj.get("runId", UNSET)
            if run_id_ is not UNSET:
                run_id_ = as_str(run_id_, "runId")
            unpack_ = obj.get("unpack", UNSET)
            if unpack_ is not UNSET:
                unpack_ = as_bool(unpack_, "unpack")
            url_ = as_str(obj["url"], "url")
            version_ = obj.get("version", UNSET)
            if version_ is not UNSET:
                version_ = as_int(version_, "version")
            return cls(
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
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
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


@dataclass(slots=True, kw_only=True)
class DatasetReference:
    """The dataset reference object."""

    id: str | Unset = UNSET
    """The id of the dataset reference."""
    name: str | Unset = UNSET
    """The name of the dataset reference."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"id", "name"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> DatasetReference:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            id_ = obj.get("id", UNSET)
            if id_ is not UNSET:
                id_ = as_str(id_, "id")
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            return cls(
                id=id_,
                name=name_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.id is not UNSET:
            out["id"] = self.id
        if self.name is not UNSET:
            out["name"] = self.name
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class PaginatedImageList:
    """A paginated list of Images."""

    value: list[ImageResponseBase] | Unset = UNSET
    """An array of objects of type Image."""
    next_link: str | Unset = UNSET
    """A continuation link (absolute URI) to the next page of results in the list."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({"value", "nextLink"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> PaginatedImageList:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            value_ = obj.get("value", UNSET)
            if value_ is not UNSET:
                value_ = as_list(value_, "value", ImageResponseBase.from_dict)
            next_link_ = obj.get("nextLink", UNSET)
            if next_link_ is not UNSET:
                next_link_ = as_str(next_link_, "nextLink")
            return cls(
                value=value_,
                next_link=next_link_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.value is not UNSET:
            out["value"] = [x0.to_dict() for x0 in self.value]
        if self.next_link is not UNSET:
            out["nextLink"] = self.next_link
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class CreateImageRequest:
    """Request to create an Azure Machine Learning Image (ImageRequestBase in the Model Management Service Swagger)."""

    name: str | Unset = UNSET
    """The name of the image."""
    auto_delete: bool | Unset = UNSET
    """Whether the image will be automatically deleted with the last service using it."""
    description: str | Unset = UNSET
    """The image description."""
    image_type: str
    """The type of the image."""
    image_flavor: ImageFlavor | str
    """The flavor of the image."""
    model_ids: list[str] | Unset = UNSET
    """The list of model Ids."""
    tags: list[str] | Unset = UNSET
    """The image tag list."""
    kv_tags: dict[str, str] | Unset = UNSET
    """The image tag dictionary. Tags are mutable."""
    properties: dict[str, str] | Unset = UNSET
    """The image property dictionary. Properties are immutable."""
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "autoDelete",
            "description",
            "imageType",
            "imageFlavor",
            "modelIds",
            "tags",
            "kvTags",
            "properties",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreateImageRequest:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            name_ = obj.get("name", UNSET)
            if name_ is not UNSET:
                name_ = as_str(name_, "name")
            auto_delete_ = obj.get("autoDelete", UNSET)
            if auto_delete_ is not UNSET:
                auto_delete_ = as_bool(auto_delete_, "autoDelete")
            description_ = obj.get("description", UNSET)
            if description_ is not UNSET:
                description_ = as_str(description_, "description")
            image_type_ = as_str(obj["imageType"], "imageType")
            image_flavor_ = as_enum(obj["imageFlavor"], "imageFlavor", ImageFlavor)
            model_ids_ = obj.get("modelIds", UNSET)
            if model_ids_ is not UNSET:
                model_ids_ = as_list(model_ids_, "modelIds", as_str)
            tags_ = obj.get("tags", UNSET)
            if tags_ is not UNSET:
                tags_ = as_list(tags_, "tags", as_str)
            kv_tags_ = obj.get("kvTags", UNSET)
            if kv_tags_ is not UNSET:
                kv_tags_ = as_dict(kv_tags_, "kvTags", as_str)
            properties_ = obj.get("properties", UNSET)
            if properties_ is not UNSET:
                properties_ = as_dict(properties_, "properties", as_str)
            return cls(
                name=name_,
                auto_delete=auto_delete_,
                description=description_,
                image_type=image_type_,
                image_flavor=image_flavor_,
                model_ids=model_ids_,
                tags=tags_,
                kv_tags=kv_tags_,
                properties=properties_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {
            "imageType": self.image_type,
            "imageFlavor": enum_value(self.image_flavor),
        }
        if self.name is not UNSET:
            out["name"] = self.name
        if self.auto_delete is not UNSET:
            out["autoDelete"] = self.auto_delete
        if self.description is not UNSET:
            out["description"] = self.description
        if self.model_ids is not UNSET:
            out["modelIds"] = list(self.model_ids)
        if self.tags is not UNSET:
            out["tags"] = list(self.tags)
        if self.kv_tags is not UNSET:
            out["kvTags"] = dict(self.kv_tags)
        if self.properties is not UNSET:
            out["properties"] = dict(self.properties)
        out.update(self.additional_properties)
        return out
