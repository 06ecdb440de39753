# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageBuild: models of Cycle Platform API (images) 1.0.0.

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
    decode_failure,
    unknown_fields,
)

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


_ImageBuild_wire_names: Final[frozenset[str]] = frozenset({"args", "use_disk"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageBuild(_Model):
    """Any additional build details for this image"""

    args: dict[str, str] | Unset = UNSET
    """Arguments to pass to the builder during a build of this image."""
    use_disk: bool | Unset = UNSET
    """If true, will skip using /dev/shm when building an image on factory. Allows for building much larger images."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        args: dict[str, str] | Unset = UNSET,
        use_disk: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.args = args
        self.use_disk = use_disk
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageBuild:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            args_ = obj.get("args", UNSET)
            if args_ is UNSET:
                absent += 1
            else:
                args_ = as_str_dict(args_, "args")
            use_disk_ = obj.get("use_disk", UNSET)
            if use_disk_ is UNSET:
                absent += 1
            elif type(use_disk_) is not bool:
                raise DecodeError(("use_disk",), "boolean", use_disk_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _ImageBuild_wire_names)
            )
            if _COMPILED:
                return ImageBuild(args=args_, use_disk=use_disk_, additional_properties=extra)
            instance = _new(cls)
            instance.args = args_
            instance.use_disk = use_disk_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("args", "args", dict[str, str], False),
            ("use_disk", "use_disk", bool, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageBuild:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        args_ = wire.args
        use_disk_ = wire.use_disk
        if _COMPILED:
            return ImageBuild(args=args_, use_disk=use_disk_, additional_properties={})
        instance = _new(cls)
        instance.args = args_
        instance.use_disk = use_disk_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.args is not UNSET:
            out["args"] = dict(self.args)
        if self.use_disk is not UNSET:
            out["use_disk"] = self.use_disk
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        args: dict[str, str] | Unset | Keep = KEEP,
        use_disk: bool | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageBuild:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            args=self.args if args is KEEP else args,
            use_disk=self.use_disk if use_disk is KEEP else use_disk,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageBuild_from_dict: Final = ImageBuild.from_dict
_ImageBuild_from_wire: Final = ImageBuild._from_wire
