# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ImageIncludes: models of Cycle Platform API (images) 1.0.0.

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
from .image_source import ImageSource

_CreatorInclude_from_dict: Final = CreatorInclude.from_dict
_CreatorInclude_from_wire: Final = CreatorInclude._from_wire  # pyright: ignore[reportPrivateUsage]
_ImageSource_from_dict: Final = ImageSource.from_dict
_ImageSource_from_wire: Final = ImageSource._from_wire  # pyright: ignore[reportPrivateUsage]

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


_ImageIncludes_wire_names: Final[frozenset[str]] = frozenset(
    {
        "creators",
        "stack_builds",
        "stacks",
        "stacks:identifiers",
        "sources",
        "sources:identifiers",
        "integrations",
        "integrations:identifiers",
    }
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ImageIncludes(_Model):
    """All includable resources linkable to the given image."""

    creators: CreatorInclude | Unset = UNSET
    """An identity that created a resource."""
    stack_builds: dict[str, dict[str, Any]] | Unset = UNSET
    """Included stack builds, keyed by ID."""
    stacks: dict[str, dict[str, Any]] | Unset = UNSET
    """Included stacks, keyed by ID."""
    stacks_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of stack identifiers to an array of stack IDs that are associated with it."""
    sources: dict[str, ImageSource] | Unset = UNSET
    """Included image sources, keyed by ID."""
    sources_identifiers: dict[str, list[str]] | Unset = UNSET
    """A map of image source identifiers to an array of image source IDs that are associated with it."""
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
        stack_builds: dict[str, dict[str, Any]] | Unset = UNSET,
        stacks: dict[str, dict[str, Any]] | Unset = UNSET,
        stacks_identifiers: dict[str, list[str]] | Unset = UNSET,
        sources: dict[str, ImageSource] | Unset = UNSET,
        sources_identifiers: dict[str, list[str]] | Unset = UNSET,
        integrations: dict[str, dict[str, Any]] | Unset = UNSET,
        integrations_identifiers: dict[str, list[str]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.creators = creators
        self.stack_builds = stack_builds
        self.stacks = stacks
        self.stacks_identifiers = stacks_identifiers
        self.sources = sources
        self.sources_identifiers = sources_identifiers
        self.integrations = integrations
        self.integrations_identifiers = integrations_identifiers
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ImageIncludes:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            creators_ = obj.get("creators", UNSET)
            if creators_ is UNSET:
                absent += 1
            else:
                creators_ = _CreatorInclude_from_dict(creators_, "creators")
            stack_builds_ = obj.get("stack_builds", UNSET)
            if stack_builds_ is UNSET:
                absent += 1
            else:
                stack_builds_ = as_dict(
                    stack_builds_, "stack_builds", lambda v, k: as_dict(v, k, as_any)
                )
            stacks_ = obj.get("stacks", UNSET)
            if stacks_ is UNSET:
                absent += 1
            else:
                stacks_ = as_dict(stacks_, "stacks", lambda v, k: as_dict(v, k, as_any))
            stacks_identifiers_ = obj.get("stacks:identifiers", UNSET)
            if stacks_identifiers_ is UNSET:
                absent += 1
            else:
                stacks_identifiers_ = as_dict(
                    stacks_identifiers_, "stacks:identifiers", lambda v, k: as_list(v, k, as_str)
                )
            sources_ = obj.get("sources", UNSET)
            if sources_ is UNSET:
                absent += 1
            else:
                sources_ = as_dict(sources_, "sources", _ImageSource_from_dict)
            sources_identifiers_ = obj.get("sources:identifiers", UNSET)
            if sources_identifiers_ is UNSET:
                absent += 1
            else:
                sources_identifiers_ = as_dict(
                    sources_identifiers_, "sources:identifiers", lambda v, k: as_list(v, k, as_str)
                )
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
                {} if len(obj) == 8 - absent else unknown_fields(obj, _ImageIncludes_wire_names)
            )
            if _COMPILED:
                return ImageIncludes(
                    creators=creators_,
                    stack_builds=stack_builds_,
                    stacks=stacks_,
                    stacks_identifiers=stacks_identifiers_,
                    sources=sources_,
                    sources_identifiers=sources_identifiers_,
                    integrations=integrations_,
                    integrations_identifiers=integrations_identifiers_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.creators = creators_
            instance.stack_builds = stack_builds_
            instance.stacks = stacks_
            instance.stacks_identifiers = stacks_identifiers_
            instance.sources = sources_
            instance.sources_identifiers = sources_identifiers_
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
            ("stack_builds", "stack_builds", Any, False),
            ("stacks", "stacks", Any, False),
            ("stacks_identifiers", "stacks:identifiers", Any, False),
            ("sources", "sources", dict[str, ImageSource], False),
            ("sources_identifiers", "sources:identifiers", Any, False),
            ("integrations", "integrations", Any, False),
            ("integrations_identifiers", "integrations:identifiers", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ImageIncludes:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        creators_ = wire.creators
        if creators_ is not UNSET:
            creators_ = _CreatorInclude_from_wire(creators_)
        stack_builds_ = wire.stack_builds
        if stack_builds_ is not UNSET:
            stack_builds_ = as_dict(
                stack_builds_, "stack_builds", lambda v, k: as_dict(v, k, as_any)
            )
        stacks_ = wire.stacks
        if stacks_ is not UNSET:
            stacks_ = as_dict(stacks_, "stacks", lambda v, k: as_dict(v, k, as_any))
        stacks_identifiers_ = wire.stacks_identifiers
        if stacks_identifiers_ is not UNSET:
            stacks_identifiers_ = as_dict(
                stacks_identifiers_, "stacks:identifiers", lambda v, k: as_list(v, k, as_str)
            )
        sources_ = wire.sources
        if sources_ is not UNSET:
            sources_ = {k: _ImageSource_from_wire(x) for k, x in sources_.items()}
        sources_identifiers_ = wire.sources_identifiers
        if sources_identifiers_ is not UNSET:
            sources_identifiers_ = as_dict(
                sources_identifiers_, "sources:identifiers", lambda v, k: as_list(v, k, as_str)
            )
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
            return ImageIncludes(
                creators=creators_,
                stack_builds=stack_builds_,
                stacks=stacks_,
                stacks_identifiers=stacks_identifiers_,
                sources=sources_,
                sources_identifiers=sources_identifiers_,
                integrations=integrations_,
                integrations_identifiers=integrations_identifiers_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.creators = creators_
        instance.stack_builds = stack_builds_
        instance.stacks = stacks_
        instance.stacks_identifiers = stacks_identifiers_
        instance.sources = sources_
        instance.sources_identifiers = sources_identifiers_
        instance.integrations = integrations_
        instance.integrations_identifiers = integrations_identifiers_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.creators is not UNSET:
            out["creators"] = self.creators.to_dict()
        if self.stack_builds is not UNSET:
            out["stack_builds"] = {k0: dict(x0) for k0, x0 in self.stack_builds.items()}
        if self.stacks is not UNSET:
            out["stacks"] = {k0: dict(x0) for k0, x0 in self.stacks.items()}
        if self.stacks_identifiers is not UNSET:
            out["stacks:identifiers"] = {k0: list(x0) for k0, x0 in self.stacks_identifiers.items()}
        if self.sources is not UNSET:
            out["sources"] = {k0: x0.to_dict() for k0, x0 in self.sources.items()}
        if self.sources_identifiers is not UNSET:
            out["sources:identifiers"] = {
                k0: list(x0) for k0, x0 in self.sources_identifiers.items()
            }
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
        stack_builds: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        stacks: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        stacks_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        sources: dict[str, ImageSource] | Unset | Keep = KEEP,
        sources_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        integrations: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        integrations_identifiers: dict[str, list[str]] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ImageIncludes:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            creators=self.creators if creators is KEEP else creators,
            stack_builds=self.stack_builds if stack_builds is KEEP else stack_builds,
            stacks=self.stacks if stacks is KEEP else stacks,
            stacks_identifiers=self.stacks_identifiers
            if stacks_identifiers is KEEP
            else stacks_identifiers,
            sources=self.sources if sources is KEEP else sources,
            sources_identifiers=self.sources_identifiers
            if sources_identifiers is KEEP
            else sources_identifiers,
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


_ImageIncludes_from_dict: Final = ImageIncludes.from_dict
_ImageIncludes_from_wire: Final = ImageIncludes._from_wire
