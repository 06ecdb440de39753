# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageSourceIncludes: models of Cycle Platform API (images) 1.0.0.

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
    as_any,
    as_dict,
    as_list,
    as_object,
    as_str,
    decode_failure,
    unknown_fields,
)
from .creator_include import CreatorInclude

_CreatorInclude_from_dict: Final = CreatorInclude.from_dict
_CreatorInclude_from_wire: Final = CreatorInclude._from_wire  # pyright: ignore[reportPrivateUsage]

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


_ImageSourceIncludes_wire_names: Final[frozenset[str]] = frozenset(
    {"creators", "integrations", "integrations:identifiers"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageSourceIncludes(_Model):
    """A resource associate with an image source."""

    creators: CreatorInclude | Unset = UNSET
    """An identity that created a resource."""
    integrations: dict[str, dict[str, Any]] | Unset = UNSET
    """Included integrations, keyed by ID."""
    integrations_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of integration identifiers to an array of integration IDs that are associated with it."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        creators: CreatorInclude | Unset = UNSET,
        integrations: dict[str, dict[str, Any]] | Unset = UNSET,
        integrations_identifiers: dict[str, list[str]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.creators = creators
        self.integrations = integrations
        self.integrations_identifiers = integrations_identifiers
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageSourceIncludes:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            creators_ = obj.get("creators", UNSET)
            if creators_ is UNSET:
                absent += 1
            else:
                creators_ = _CreatorInclude_from_dict(creators_, "creators")
            integrations_ = obj.get("integrations", UNSET)
            if integrations_ is UNSET:
                absent += 1
            else:
                integrations_ = as_dict(
                    integrations_, "integrations", lambda v, k: as_dict(v, k, as_any)
                )
            integrations_identifiers_ = obj.get("integrations:identifiers", UNSET)
            if integrations_identifiers_ is UNSET:
                absent += 1
            else:
                integrations_identifiers_ = as_dict(
                    integrations_identifiers_,
                    "integrations:identifiers",
                    lambda v, k: as_list(v, k, as_str),
                )
            extra: dict[str, Any] = (
                {}
                if len(obj) == 3 - absent
                else unknown_fields(obj, _ImageSourceIncludes_wire_names)
            )
            if _COMPILED:
                return ImageSourceIncludes(
                    creators=creators_,
                    integrations=integrations_,
                    integrations_identifiers=integrations_identifiers_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.creators = creators_
            instance.integrations = integrations_
            instance.integrations_identifiers = integrations_identifiers_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("creators", "creators", CreatorInclude, False),
            ("integrations", "integrations", Any, False),
            ("integrations_identifiers", "integrations:identifiers", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageSourceIncludes:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        creators_ = wire.creators
        if creators_ is not UNSET:
            creators_ = _CreatorInclude_from_wire(creators_)
        integrations_ = wire.integrations
        if integrations_ is not UNSET:
            integrations_ = as_dict(
                integrations_, "integrations", lambda v, k: as_dict(v, k, as_any)
            )
        integrations_identifiers_ = wire.integrations_identifiers
        if integrations_identifiers_ is not UNSET:
            integrations_identifiers_ = as_dict(
                integrations_identifiers_,
                "integrations:identifiers",
                lambda v, k: as_list(v, k, as_str),
            )
        if _COMPILED:
            return ImageSourceIncludes(
                creators=creators_,
                integrations=integrations_,
                integrations_identifiers=integrations_identifiers_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.creators = creators_
        instance.integrations = integrations_
        instance.integrations_identifiers = integrations_identifiers_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.creators is not UNSET:
            out["creators"] = self.creators.to_dict()
        if self.integrations is not UNSET:
            out["integrations"] = {k0: dict(x0) for k0, x0 in self.integrations.items()}
        if self.integrations_identifiers is not UNSET:
            out["integrations:identifiers"] = {
                k0: list(x0) for k0, x0 in self.integrations_identifiers.items()
            }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        creators: CreatorInclude | Unset | Keep = KEEP,
        integrations: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        integrations_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageSourceIncludes:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            creators=self.creators if creators is KEEP else creators,
            integrations=self.integrations if integrations is KEEP else integrations,
            integrations_identifiers=self.integrations_identifiers
            if integrations_identifiers is KEEP
            else integrations_identifiers,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ImageSourceIncludes_from_dict: Final = ImageSourceIncludes.from_dict
_ImageSourceIncludes_from_wire: Final = ImageSourceIncludes._from_wire
