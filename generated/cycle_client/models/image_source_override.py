# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageSourceOverride: models of Cycle Platform API (images) 1.0.0.

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


_ImageSourceOverride_wire_names: Final[frozenset[str]] = frozenset({"target", "targz_url"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceOverride(_Model):
    """An override of the image source's origin, applied to a single Image build."""

    target: str | Unset = UNSET
    """For Image sources with `docker-hub` or `docker-registry` origin types. A target to be used for overridding the default target - should include an Image and a tag."""
    targz_url: str | Unset = UNSET
    """For Image sources with `docker-file` origin types. A URL pointing to a .tar.gz file of a repo with a Dockerfile in it - can be used instead of linking Cycle directly to a repository."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        target: str | Unset = UNSET,
        targz_url: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.target = target
        self.targz_url = targz_url
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceOverride:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            target_ = obj.get("target", UNSET)
            if target_ is UNSET:
                absent += 1
            elif type(target_) is not str:
                raise DecodeError(("target",), "string", target_)
            targz_url_ = obj.get("targz_url", UNSET)
            if targz_url_ is UNSET:
                absent += 1
            elif type(targz_url_) is not str:
                raise DecodeError(("targz_url",), "string", targz_url_)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 2 - absent
                else unknown_fields(obj, _ImageSourceOverride_wire_names)
            )
            if _COMPILED:
                return ImageSourceOverride(
                    target=target_, targz_url=targz_url_, additional_properties=extra
                )
            instance = _new(cls)
            instance.target = target_
            instance.targz_url = targz_url_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("target", "target", str, False),
            ("targz_url", "targz_url", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceOverride:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        target_ = wire.target
        targz_url_ = wire.targz_url
        if _COMPILED:
            return ImageSourceOverride(
                target=target_, targz_url=targz_url_, additional_properties={}
            )
        instance = _new(cls)
        instance.target = target_
        instance.targz_url = targz_url_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.target is not UNSET:
            out["target"] = self.target
        if self.targz_url is not UNSET:
            out["targz_url"] = self.targz_url
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        target: str | Unset | Keep = KEEP,
        targz_url: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceOverride:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            target=self.target if target is KEEP else target,
            targz_url=self.targz_url if targz_url is KEEP else targz_url,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceOverride_from_dict: Final = ImageSourceOverride.from_dict
_ImageSourceOverride_from_wire: Final = ImageSourceOverride._from_wire
