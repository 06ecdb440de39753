# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageCreate: models of Cycle Platform API (images) 1.0.0.

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
    decode_failure,
    unknown_fields,
)
from .image_build import ImageBuild
from .image_source_override import ImageSourceOverride

_ImageBuild_from_dict: Final = ImageBuild.from_dict
_ImageBuild_from_wire: Final = ImageBuild._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSourceOverride_from_dict: Final = ImageSourceOverride.from_dict
_ImageSourceOverride_from_wire: Final = ImageSourceOverride._from_wire  # pyright: ignore[reportPrivateUsage]

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


_ImageCreate_wire_names: Final[frozenset[str]] = frozenset(
    {"name", "source_id", "build", "override"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageCreate(_Model):
    """Parameters for creating a new Image."""

    name: str | Unset = UNSET
    """A name for the Image."""
    source_id: str
    """The ID for the Image source to be used."""
    build: ImageBuild | Unset = UNSET
    """A build object, holding information important to the Image build."""
    override: ImageSourceOverride | Unset = UNSET
    """An override object to be used for a single Image create request."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        source_id: str,
        build: ImageBuild | Unset = UNSET,
        override: ImageSourceOverride | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.source_id = source_id
        self.build = build
        self.override = override
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageCreate:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            source_id_ = obj["source_id"]
            if type(source_id_) is not str:
                raise DecodeError(("source_id",), "string", source_id_)
            build_ = obj.get("build", UNSET)
            if build_ is UNSET:
                absent += 1
            else:
                build_ = _ImageBuild_from_dict(build_, "build")
            override_ = obj.get("override", UNSET)
            if override_ is UNSET:
                absent += 1
            else:
                override_ = _ImageSourceOverride_from_dict(override_, "override")
            extra: dict[str, Any] = (
                {} if len(obj) == 4 - absent else unknown_fields(obj, _ImageCreate_wire_names)
            )
            if _COMPILED:
                return ImageCreate(
                    name=name_,
                    source_id=source_id_,
                    build=build_,
                    override=override_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.name = name_
            instance.source_id = source_id_
            instance.build = build_
            instance.override = override_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("name", "name", str, False),
            ("source_id", "source_id", str, True),
            ("build", "build", ImageBuild, False),
            ("override", "override", ImageSourceOverride, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageCreate:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        source_id_ = wire.source_id
        build_ = wire.build
        if build_ is not UNSET:
            build_ = _ImageBuild_from_wire(build_)
        override_ = wire.override
        if override_ is not UNSET:
            override_ = _ImageSourceOverride_from_wire(override_)
        if _COMPILED:
            return ImageCreate(
                name=name_,
                source_id=source_id_,
                build=build_,
                override=override_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.name = name_
        instance.source_id = source_id_
        instance.build = build_
        instance.override = override_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source_id": self.source_id,
        }
        if self.name is not UNSET:
            out["name"] = self.name
        if self.build is not UNSET:
            out["build"] = self.build.to_dict()
        if self.override is not UNSET:
            out["override"] = self.override.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        source_id: str | Keep = KEEP,
        build: ImageBuild | Unset | Keep = KEEP,
        override: ImageSourceOverride | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageCreate:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            source_id=self.source_id if source_id is KEEP else source_id,
            build=self.build if build is KEEP else build,
            override=self.override if override is KEEP else override,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageCreate_from_dict: Final = ImageCreate.from_dict
_ImageCreate_from_wire: Final = ImageCreate._from_wire
