# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageResponse: models of Cycle Platform API (images) 1.0.0.

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
from .image import Image
from .image_includes import ImageIncludes

_ImageIncludes_from_dict: Final = ImageIncludes.from_dict
_ImageIncludes_from_wire: Final = ImageIncludes._from_wire  # pyright: ignore[reportPrivateUsage]
_Image_from_dict: Final = Image.from_dict
_Image_from_wire: Final = Image._from_wire  # pyright: ignore[reportPrivateUsage]

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


_ImageResponse_wire_names: Final[frozenset[str]] = frozenset({"data", "includes"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageResponse(_Model):
    """The single-image root document returned when an Image is fetched; resources asked for with `include` are under `includes`."""

    data: Image
    """An image is a point in time build on a given image source, and what is distributed by Cycle to run containers."""
    includes: ImageIncludes | Unset = UNSET
    """All includable resources linkable to the given image."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        data: Image,
        includes: ImageIncludes | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.includes = includes
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageResponse:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            data_ = obj["data"]
            data_ = _Image_from_dict(data_, "data")
            includes_ = obj.get("includes", UNSET)
            if includes_ is UNSET:
                absent += 1
            else:
                includes_ = _ImageIncludes_from_dict(includes_, "includes")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageResponse_wire_names)
            )
            if _COMPILED:
                return ImageResponse(data=data_, includes=includes_, additional_properties=extra)
            instance = _new(cls)
            instance.data = data_
            instance.includes = includes_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("data", "data", Image, True),
            ("includes", "includes", ImageIncludes, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageResponse:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        data_ = wire.data
        data_ = _Image_from_wire(data_)
        includes_ = wire.includes
        if includes_ is not UNSET:
            includes_ = _ImageIncludes_from_wire(includes_)
        if _COMPILED:
            return ImageResponse(data=data_, includes=includes_, additional_properties={})
        instance = _new(cls)
        instance.data = data_
        instance.includes = includes_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "data": self.data.to_dict(),
        }
        if self.includes is not UNSET:
            out["includes"] = self.includes.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        data: Image | Keep = KEEP,
        includes: ImageIncludes | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageResponse:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            data=self.data if data is KEEP else data,
            includes=self.includes if includes is KEEP else includes,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageResponse_from_dict: Final = ImageResponse.from_dict
_ImageResponse_from_wire: Final = ImageResponse._from_wire
