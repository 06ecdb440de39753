# Generated from tests/cases/subtypes/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""AnyPet, Cat, Dog, Event, EventMessage, Holder, Image, Imperial, Measure, Metric, Pet, Ping, Text: models of Subtypes 1.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from types import FunctionType
from typing import Any, Final, Literal, TypeAlias

from .._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_list,
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


_Holder_wire_names: Final[frozenset[str]] = frozenset(
    {"pet", "pets", "event", "measure", "nothing"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Holder(_Model):
    """References to a base with a discriminator, a union with a shared tag, a schema no value fits."""

    pet: AnyPet | Unset = UNSET
    pets: list[AnyPet] | Unset = UNSET
    event: Event | Unset = UNSET
    measure: Measure | Unset = UNSET
    nothing: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        pet: AnyPet | Unset = UNSET,
        pets: list[AnyPet] | Unset = UNSET,
        event: Event | Unset = UNSET,
        measure: Measure | Unset = UNSET,
        nothing: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.pet = pet
        self.pets = pets
        self.event = event
        self.measure = measure
        self.nothing = nothing
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Holder:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            pet_ = obj.get("pet", UNSET)
            if pet_ is UNSET:
                absent += 1
            else:
                pet_ = any_pet_from_dict(pet_, "pet")
            pets_ = obj.get("pets", UNSET)
            if pets_ is UNSET:
                absent += 1
            else:
                pets_ = as_list(pets_, "pets", any_pet_from_dict)
            event_ = obj.get("event", UNSET)
            if event_ is UNSET:
                absent += 1
            else:
                event_ = event_from_dict(event_, "event")
            measure_ = obj.get("measure", UNSET)
            if measure_ is UNSET:
                absent += 1
            else:
                measure_ = measure_from_dict(measure_, "measure")
            nothing_ = obj.get("nothing", UNSET)
            if nothing_ is UNSET:
                absent += 1
            elif type(nothing_) is not str:
                raise DecodeError(("nothing",), "string", nothing_)
            extra: dict[str, Any] = (
                {} if len(obj) == 5 - absent else unknown_fields(obj, _Holder_wire_names)
            )
            if _COMPILED:
                return Holder(
                    pet=pet_,
                    pets=pets_,
                    event=event_,
                    measure=measure_,
                    nothing=nothing_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.pet = pet_
            instance.pets = pets_
            instance.event = event_
            instance.measure = measure_
            instance.nothing = nothing_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("pet", "pet", Any, False),
            ("pets", "pets", Any, False),
            ("event", "event", Any, False),
            ("measure", "measure", Any, False),
            ("nothing", "nothing", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Holder:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        pet_ = wire.pet
        if pet_ is not UNSET:
            pet_ = any_pet_from_dict(pet_, "pet")
        pets_ = wire.pets
        if pets_ is not UNSET:
            pets_ = as_list(pets_, "pets", any_pet_from_dict)
        event_ = wire.event
        if event_ is not UNSET:
            event_ = event_from_dict(event_, "event")
        measure_ = wire.measure
        if measure_ is not UNSET:
            measure_ = measure_from_dict(measure_, "measure")
        nothing_ = wire.nothing
        if _COMPILED:
            return Holder(
                pet=pet_,
                pets=pets_,
                event=event_,
                measure=measure_,
                nothing=nothing_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.pet = pet_
        instance.pets = pets_
        instance.event = event_
        instance.measure = measure_
        instance.nothing = nothing_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.pet is not UNSET:
            out["pet"] = self.pet.to_dict()
        if self.pets is not UNSET:
            out["pets"] = [x0.to_dict() for x0 in self.pets]
        if self.event is not UNSET:
            out["event"] = self.event.to_dict()
        if self.measure is not UNSET:
            out["measure"] = self.measure.to_dict()
        if self.nothing is not UNSET:
            out["nothing"] = self.nothing
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        pet: AnyPet | Unset | Keep = KEEP,
        pets: list[AnyPet] | Unset | Keep = KEEP,
        event: Event | Unset | Keep = KEEP,
        measure: Measure | Unset | Keep = KEEP,
        nothing: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Holder:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            pet=self.pet if pet is KEEP else pet,
            pets=self.pets if pets is KEEP else pets,
            event=self.event if event is KEEP else event,
            measure=self.measure if measure is KEEP else measure,
            nothing=self.nothing if nothing is KEEP else nothing,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Pet_wire_names: Final[frozenset[str]] = frozenset({"petType"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Pet(_Model):
    """A base schema with a discriminator; its subtypes extend it."""

    pet_type: str
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        pet_type: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.pet_type = pet_type
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Pet:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            pet_type_ = obj["petType"]
            if type(pet_type_) is not str:
                raise DecodeError(("petType",), "string", pet_type_)
            extra: dict[str, Any] = {} if len(obj) == 1 else unknown_fields(obj, _Pet_wire_names)
            if _COMPILED:
                return Pet(pet_type=pet_type_, additional_properties=extra)
            instance = _new(cls)
            instance.pet_type = pet_type_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("pet_type", "petType", str, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Pet:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        pet_type_ = wire.pet_type
        if _COMPILED:
            return Pet(pet_type=pet_type_, additional_properties={})
        instance = _new(cls)
        instance.pet_type = pet_type_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "petType": self.pet_type,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        pet_type: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Pet:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            pet_type=self.pet_type if pet_type is KEEP else pet_type,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Cat_wire_names: Final[frozenset[str]] = frozenset({"petType", "lives"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Cat(_Model):
    """Cat"""

    pet_type: str
    lives: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        pet_type: str,
        lives: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.pet_type = pet_type
        self.lives = lives
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Cat:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            pet_type_ = obj["petType"]
            if type(pet_type_) is not str:
                raise DecodeError(("petType",), "string", pet_type_)
            lives_ = obj.get("lives", UNSET)
            if lives_ is UNSET:
                absent += 1
            elif type(lives_) is not int:
                raise DecodeError(("lives",), "integer", lives_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _Cat_wire_names)
            )
            if _COMPILED:
                return Cat(pet_type=pet_type_, lives=lives_, additional_properties=extra)
            instance = _new(cls)
            instance.pet_type = pet_type_
            instance.lives = lives_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("pet_type", "petType", str, True),
            ("lives", "lives", int, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Cat:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        pet_type_ = wire.pet_type
        lives_ = wire.lives
        if _COMPILED:
            return Cat(pet_type=pet_type_, lives=lives_, additional_properties={})
        instance = _new(cls)
        instance.pet_type = pet_type_
        instance.lives = lives_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "petType": self.pet_type,
        }
        if self.lives is not UNSET:
            out["lives"] = self.lives
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        pet_type: str | Keep = KEEP,
        lives: int | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Cat:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            pet_type=self.pet_type if pet_type is KEEP else pet_type,
            lives=self.lives if lives is KEEP else lives,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Dog_wire_names: Final[frozenset[str]] = frozenset({"petType", "good"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Dog(_Model):
    """Dog"""

    pet_type: str
    good: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        pet_type: str,
        good: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.pet_type = pet_type
        self.good = good
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Dog:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            pet_type_ = obj["petType"]
            if type(pet_type_) is not str:
                raise DecodeError(("petType",), "string", pet_type_)
            good_ = obj.get("good", UNSET)
            if good_ is UNSET:
                absent += 1
            elif type(good_) is not bool:
                raise DecodeError(("good",), "boolean", good_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _Dog_wire_names)
            )
            if _COMPILED:
                return Dog(pet_type=pet_type_, good=good_, additional_properties=extra)
            instance = _new(cls)
            instance.pet_type = pet_type_
            instance.good = good_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("pet_type", "petType", str, True),
            ("good", "good", bool, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Dog:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        pet_type_ = wire.pet_type
        good_ = wire.good
        if _COMPILED:
            return Dog(pet_type=pet_type_, good=good_, additional_properties={})
        instance = _new(cls)
        instance.pet_type = pet_type_
        instance.good = good_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "petType": self.pet_type,
        }
        if self.good is not UNSET:
            out["good"] = self.good
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        pet_type: str | Keep = KEEP,
        good: bool | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Dog:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            pet_type=self.pet_type if pet_type is KEEP else pet_type,
            good=self.good if good is KEEP else good,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Text_wire_names: Final[frozenset[str]] = frozenset({"kind", "text"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Text(_Model):
    """Text"""

    kind: Literal["message"] = "message"
    text: str
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        kind: Literal["message"] = "message",
        text: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.text = text
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Text:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            kind_ = obj["kind"]
            if kind_ != "message" or type(kind_) is not str:
                raise DecodeError(("kind",), "'message'", kind_)
            text_ = obj["text"]
            if type(text_) is not str:
                raise DecodeError(("text",), "string", text_)
            extra: dict[str, Any] = {} if len(obj) == 2 else unknown_fields(obj, _Text_wire_names)
            if _COMPILED:
                return Text(kind="message", text=text_, additional_properties=extra)
            instance = _new(cls)
            instance.kind = "message"
            instance.text = text_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("kind", "kind", Any, True),
            ("text", "text", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Text:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        kind_ = wire.kind
        if kind_ != "message" or type(kind_) is not str:
            raise DecodeError(("kind",), "'message'", kind_)
        text_ = wire.text
        if _COMPILED:
            return Text(kind="message", text=text_, additional_properties={})
        instance = _new(cls)
        instance.kind = "message"
        instance.text = text_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        kind: Literal["message"] | Keep = KEEP,
        text: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Text:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            kind=self.kind if kind is KEEP else kind,
            text=self.text if text is KEEP else text,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Image_wire_names: Final[frozenset[str]] = frozenset({"kind", "url"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Image(_Model):
    """Image"""

    kind: Literal["message"] = "message"
    url: str
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        kind: Literal["message"] = "message",
        url: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.url = url
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Image:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            kind_ = obj["kind"]
            if kind_ != "message" or type(kind_) is not str:
                raise DecodeError(("kind",), "'message'", kind_)
            url_ = obj["url"]
            if type(url_) is not str:
                raise DecodeError(("url",), "string", url_)
            extra: dict[str, Any] = {} if len(obj) == 2 else unknown_fields(obj, _Image_wire_names)
            if _COMPILED:
                return Image(kind="message", url=url_, additional_properties=extra)
            instance = _new(cls)
            instance.kind = "message"
            instance.url = url_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("kind", "kind", Any, True),
            ("url", "url", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Image:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        kind_ = wire.kind
        if kind_ != "message" or type(kind_) is not str:
            raise DecodeError(("kind",), "'message'", kind_)
        url_ = wire.url
        if _COMPILED:
            return Image(kind="message", url=url_, additional_properties={})
        instance = _new(cls)
        instance.kind = "message"
        instance.url = url_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "url": self.url,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        kind: Literal["message"] | Keep = KEEP,
        url: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Image:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            kind=self.kind if kind is KEEP else kind,
            url=self.url if url is KEEP else url,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Ping_wire_names: Final[frozenset[str]] = frozenset({"kind"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Ping(_Model):
    """Ping"""

    kind: Literal["ping"] = "ping"
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        kind: Literal["ping"] = "ping",
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Ping:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            kind_ = obj["kind"]
            if kind_ != "ping" or type(kind_) is not str:
                raise DecodeError(("kind",), "'ping'", kind_)
            extra: dict[str, Any] = {} if len(obj) == 1 else unknown_fields(obj, _Ping_wire_names)
            if _COMPILED:
                return Ping(kind="ping", additional_properties=extra)
            instance = _new(cls)
            instance.kind = "ping"
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("kind", "kind", Any, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Ping:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        kind_ = wire.kind
        if kind_ != "ping" or type(kind_) is not str:
            raise DecodeError(("kind",), "'ping'", kind_)
        if _COMPILED:
            return Ping(kind="ping", additional_properties={})
        instance = _new(cls)
        instance.kind = "ping"
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        kind: Literal["ping"] | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Ping:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            kind=self.kind if kind is KEEP else kind,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Metric_wire_names: Final[frozenset[str]] = frozenset({"unit"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Metric(_Model):
    """Metric"""

    unit: float | int
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        unit: float | int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.unit = unit
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Metric:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            unit_ = obj["unit"]
            if type(unit_) is not float and type(unit_) is not int:
                raise DecodeError(("unit",), "number", unit_)
            extra: dict[str, Any] = {} if len(obj) == 1 else unknown_fields(obj, _Metric_wire_names)
            if _COMPILED:
                return Metric(unit=unit_, additional_properties=extra)
            instance = _new(cls)
            instance.unit = unit_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("unit", "unit", float | int, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Metric:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        unit_ = wire.unit
        if _COMPILED:
            return Metric(unit=unit_, additional_properties={})
        instance = _new(cls)
        instance.unit = unit_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "unit": self.unit,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        unit: float | int | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Metric:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            unit=self.unit if unit is KEEP else unit,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Imperial_wire_names: Final[frozenset[str]] = frozenset({"unit"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Imperial(_Model):
    """Imperial"""

    unit: int
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        unit: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.unit = unit
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Imperial:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            unit_ = obj["unit"]
            if type(unit_) is not int:
                raise DecodeError(("unit",), "integer", unit_)
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _Imperial_wire_names)
            )
            if _COMPILED:
                return Imperial(unit=unit_, additional_properties=extra)
            instance = _new(cls)
            instance.unit = unit_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("unit", "unit", int, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> Imperial:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        unit_ = wire.unit
        if _COMPILED:
            return Imperial(unit=unit_, additional_properties={})
        instance = _new(cls)
        instance.unit = unit_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "unit": self.unit,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        unit: int | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Imperial:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            unit=self.unit if unit is KEEP else unit,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


AnyPet: TypeAlias = Cat | Dog | Pet
"""Pet or a schema extending it, chosen by 'petType'."""


def any_pet_from_dict(data: Any, key: Key | None = None) -> AnyPet:
    """Decode a AnyPet, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj.get("petType")
        if tag == "cat":
            return Cat.from_dict(obj)
        if tag == "Dog":
            return Dog.from_dict(obj)
        return Pet.from_dict(obj)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


EventMessage: TypeAlias = Text | Image


def event_message_from_dict(data: Any, key: Key | None = None) -> EventMessage:
    """Decode a EventMessage: the first of Text, Image that accepts the value."""
    try:
        return Text.from_dict(data, key)
    except DecodeError:
        pass
    try:
        return Image.from_dict(data, key)
    except DecodeError:
        pass
    raise DecodeError(() if key is None else (key,), "Text or Image", data)


def event_message_to_dict(value: EventMessage) -> Any:
    """The JSON form of a EventMessage."""
    return value.to_dict()


Event: TypeAlias = Text | Image | Ping
"""Text and Image share the tag "message"."""


def event_from_dict(data: Any, key: Key | None = None) -> Event:
    """Decode a Event, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["kind"]
        if tag == "message":
            return event_message_from_dict(obj)
        if tag == "ping":
            return Ping.from_dict(obj)
        raise DecodeError(("kind",), "one of 'message', 'ping'", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


Measure: TypeAlias = Metric | Imperial
"""A number tag, mapped by its text."""


def measure_from_dict(data: Any, key: Key | None = None) -> Measure:
    """Decode a Measure, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["unit"]
        if tag == 1.5:
            return Metric.from_dict(obj)
        if tag == 2:
            return Imperial.from_dict(obj)
        raise DecodeError(("unit",), "one of 1.5, 2", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


_Holder_from_dict: Final = Holder.from_dict
_Holder_from_wire: Final = Holder._from_wire
_Pet_from_dict: Final = Pet.from_dict
_Pet_from_wire: Final = Pet._from_wire
_Cat_from_dict: Final = Cat.from_dict
_Cat_from_wire: Final = Cat._from_wire
_Dog_from_dict: Final = Dog.from_dict
_Dog_from_wire: Final = Dog._from_wire
_Text_from_dict: Final = Text.from_dict
_Text_from_wire: Final = Text._from_wire
_Image_from_dict: Final = Image.from_dict
_Image_from_wire: Final = Image._from_wire
_Ping_from_dict: Final = Ping.from_dict
_Ping_from_wire: Final = Ping._from_wire
_Metric_from_dict: Final = Metric.from_dict
_Metric_from_wire: Final = Metric._from_wire
_Imperial_from_dict: Final = Imperial.from_dict
_Imperial_from_wire: Final = Imperial._from_wire
