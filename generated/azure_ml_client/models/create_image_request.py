# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""CreateImageRequest: models of Azure Machine Learning Model Management Service - Images 2019-09-30.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
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
    as_object,
    as_str_dict,
    as_str_list,
    decode_failure,
    unknown_fields,
)
from .image_flavor import ImageFlavor

_ImageFlavor_members: Final = {m.value: m for m in ImageFlavor}
_ImageFlavor_values: Final[dict[ImageFlavor | str, str]] = {m: m.value for m in ImageFlavor}

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


_CreateImageRequest_wire_names: Final[frozenset[str]] = frozenset(
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


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CreateImageRequest(_Model):
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
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        auto_delete: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        image_type: str,
        image_flavor: ImageFlavor | str,
        model_ids: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        kv_tags: dict[str, str] | Unset = UNSET,
        properties: dict[str, str] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.auto_delete = auto_delete
        self.description = description
        self.image_type = image_type
        self.image_flavor = image_flavor
        self.model_ids = model_ids
        self.tags = tags
        self.kv_tags = kv_tags
        self.properties = properties
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreateImageRequest:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            auto_delete_ = obj.get("autoDelete", UNSET)
            if auto_delete_ is UNSET:
                absent += 1
            elif type(auto_delete_) is not bool:
                raise DecodeError(("autoDelete",), "boolean", auto_delete_)
            description_ = obj.get("description", UNSET)
            if description_ is UNSET:
                absent += 1
            elif type(description_) is not str:
                raise DecodeError(("description",), "string", description_)
            image_type_ = obj["imageType"]
            if type(image_type_) is not str:
                raise DecodeError(("imageType",), "string", image_type_)
            image_flavor_ = obj["imageFlavor"]
            if type(image_flavor_) is not str:
                raise DecodeError(("imageFlavor",), "string", image_flavor_)
            image_flavor_ = _ImageFlavor_members.get(image_flavor_, image_flavor_)
            model_ids_ = obj.get("modelIds", UNSET)
            if model_ids_ is UNSET:
                absent += 1
            else:
                model_ids_ = as_str_list(model_ids_, "modelIds")
            tags_ = obj.get("tags", UNSET)
            if tags_ is UNSET:
                absent += 1
            else:
                tags_ = as_str_list(tags_, "tags")
            kv_tags_ = obj.get("kvTags", UNSET)
            if kv_tags_ is UNSET:
                absent += 1
            else:
                kv_tags_ = as_str_dict(kv_tags_, "kvTags")
            properties_ = obj.get("properties", UNSET)
            if properties_ is UNSET:
                absent += 1
            else:
                properties_ = as_str_dict(properties_, "properties")
            extra: dict[str, Any] = (
                {}
                if len(obj) == 9 - absent
                else unknown_fields(obj, _CreateImageRequest_wire_names)
            )
            if _COMPILED:
                return CreateImageRequest(
                    name=name_,
                    auto_delete=auto_delete_,
                    description=description_,
                    image_type=image_type_,
                    image_flavor=image_flavor_,
                    model_ids=model_ids_,
                    tags=tags_,
                    kv_tags=kv_tags_,
                    properties=properties_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.name = name_
            instance.auto_delete = auto_delete_
            instance.description = description_
            instance.image_type = image_type_
            instance.image_flavor = image_flavor_
            instance.model_ids = model_ids_
            instance.tags = tags_
            instance.kv_tags = kv_tags_
            instance.properties = properties_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("name", "name", str, False),
            ("auto_delete", "autoDelete", bool, False),
            ("description", "description", str, False),
            ("image_type", "imageType", str, True),
            ("image_flavor", "imageFlavor", str, True),
            ("model_ids", "modelIds", list[str], False),
            ("tags", "tags", list[str], False),
            ("kv_tags", "kvTags", dict[str, str], False),
            ("properties", "properties", dict[str, str], False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> CreateImageRequest:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        auto_delete_ = wire.auto_delete
        description_ = wire.description
        image_type_ = wire.image_type
        image_flavor_: Any = wire.image_flavor
        image_flavor_ = _ImageFlavor_members.get(image_flavor_, image_flavor_)
        model_ids_ = wire.model_ids
        tags_ = wire.tags
        kv_tags_ = wire.kv_tags
        properties_ = wire.properties
        if _COMPILED:
            return CreateImageRequest(
                name=name_,
                auto_delete=auto_delete_,
                description=description_,
                image_type=image_type_,
                image_flavor=image_flavor_,
                model_ids=model_ids_,
                tags=tags_,
                kv_tags=kv_tags_,
                properties=properties_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.name = name_
        instance.auto_delete = auto_delete_
        instance.description = description_
        instance.image_type = image_type_
        instance.image_flavor = image_flavor_
        instance.model_ids = model_ids_
        instance.tags = tags_
        instance.kv_tags = kv_tags_
        instance.properties = properties_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "imageType": self.image_type,
            "imageFlavor": _ImageFlavor_values.get(self.image_flavor, self.image_flavor),
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

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        auto_delete: bool | Unset | Keep = KEEP,
        description: str | Unset | Keep = KEEP,
        image_type: str | Keep = KEEP,
        image_flavor: ImageFlavor | str | Keep = KEEP,
        model_ids: list[str] | Unset | Keep = KEEP,
        tags: list[str] | Unset | Keep = KEEP,
        kv_tags: dict[str, str] | Unset | Keep = KEEP,
        properties: dict[str, str] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CreateImageRequest:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            auto_delete=self.auto_delete if auto_delete is KEEP else auto_delete,
            description=self.description if description is KEEP else description,
            image_type=self.image_type if image_type is KEEP else image_type,
            image_flavor=self.image_flavor if image_flavor is KEEP else image_flavor,
            model_ids=self.model_ids if model_ids is KEEP else model_ids,
            tags=self.tags if tags is KEEP else tags,
            kv_tags=self.kv_tags if kv_tags is KEEP else kv_tags,
            properties=self.properties if properties is KEEP else properties,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CreateImageRequest_from_dict: Final = CreateImageRequest.from_dict
_CreateImageRequest_from_wire: Final = CreateImageRequest._from_wire
