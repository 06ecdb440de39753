# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageSourceUpdate: models of Cycle Platform API (images) 1.0.0.

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
from .image_origin import ImageOrigin, image_origin_from_dict
from .image_source_about import ImageSourceAbout
from .image_source_builder import ImageSourceBuilder

_ImageSourceAbout_from_dict: Final = ImageSourceAbout.from_dict
_ImageSourceAbout_from_wire: Final = ImageSourceAbout._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSourceBuilder_from_dict: Final = ImageSourceBuilder.from_dict
_ImageSourceBuilder_from_wire: Final = ImageSourceBuilder._from_wire  # pyright: ignore[reportPrivateUsage]

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


_ImageSourceUpdate_wire_names: Final[frozenset[str]] = frozenset(
    {"name", "identifier", "origin", "builder", "about"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceUpdate(_Model):
    """Parameters for updating an image source."""

    name: str | Unset = UNSET
    """A name for the image source."""
    identifier: str | None | Unset = UNSET
    """A human readable slugged identifier for this image source."""
    origin: ImageOrigin | Unset = UNSET
    """The origin of the given image source."""
    builder: ImageSourceBuilder | None | Unset = UNSET
    """Configuration options regarding the builder used to create/import Images using this Image Source."""
    about: ImageSourceAbout | Unset = UNSET
    """User defined information about the image source."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | None | Unset = UNSET,
        origin: ImageOrigin | Unset = UNSET,
        builder: ImageSourceBuilder | None | Unset = UNSET,
        about: ImageSourceAbout | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.identifier = identifier
        self.origin = origin
        self.builder = builder
        self.about = about
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceUpdate:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            identifier_ = obj.get("identifier", UNSET)
            if identifier_ is UNSET:
                absent += 1
            elif type(identifier_) is not str and identifier_ is not None:
                raise DecodeError(("identifier",), "string", identifier_)
            origin_ = obj.get("origin", UNSET)
            if origin_ is UNSET:
                absent += 1
            else:
                origin_ = image_origin_from_dict(origin_, "origin")
            builder_ = obj.get("builder", UNSET)
            if builder_ is UNSET:
                absent += 1
            elif builder_ is not None:
                builder_ = _ImageSourceBuilder_from_dict(builder_, "builder")
            about_ = obj.get("about", UNSET)
            if about_ is UNSET:
                absent += 1
            else:
                about_ = _ImageSourceAbout_from_dict(about_, "about")
            extra: dict[str, Any] = (
                {} if len(obj) == 5 - absent else unknown_fields(obj, _ImageSourceUpdate_wire_names)
            )
            if _COMPILED:
                return ImageSourceUpdate(
                    name=name_,
                    identifier=identifier_,
                    origin=origin_,
                    builder=builder_,
                    about=about_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.name = name_
            instance.identifier = identifier_
            instance.origin = origin_
            instance.builder = builder_
            instance.about = about_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("name", "name", str, False),
            ("identifier", "identifier", str | None, False),
            ("origin", "origin", Any, False),
            ("builder", "builder", ImageSourceBuilder | None, False),
            ("about", "about", ImageSourceAbout, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceUpdate:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        identifier_ = wire.identifier
        origin_ = wire.origin
        if origin_ is not UNSET:
            origin_ = image_origin_from_dict(origin_, "origin")
        builder_ = wire.builder
        if builder_ is not UNSET and builder_ is not None:
            builder_ = _ImageSourceBuilder_from_wire(builder_)
        about_ = wire.about
        if about_ is not UNSET:
            about_ = _ImageSourceAbout_from_wire(about_)
        if _COMPILED:
            return ImageSourceUpdate(
                name=name_,
                identifier=identifier_,
                origin=origin_,
                builder=builder_,
                about=about_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.name = name_
        instance.identifier = identifier_
        instance.origin = origin_
        instance.builder = builder_
        instance.about = about_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.origin is not UNSET:
            out["origin"] = self.origin.to_dict()
        if self.builder is not UNSET:
            out["builder"] = None if self.builder is None else self.builder.to_dict()
        if self.about is not UNSET:
            out["about"] = self.about.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        identifier: str | None | Unset | Keep = KEEP,
        origin: ImageOrigin | Unset | Keep = KEEP,
        builder: ImageSourceBuilder | None | Unset | Keep = KEEP,
        about: ImageSourceAbout | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceUpdate:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            identifier=self.identifier if identifier is KEEP else identifier,
            origin=self.origin if origin is KEEP else origin,
            builder=self.builder if builder is KEEP else builder,
            about=self.about if about is KEEP else about,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceUpdate_from_dict: Final = ImageSourceUpdate.from_dict
_ImageSourceUpdate_from_wire: Final = ImageSourceUpdate._from_wire
