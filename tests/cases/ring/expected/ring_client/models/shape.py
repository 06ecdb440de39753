# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Circle, Shape, Square: models of Ring 1.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from types import FunctionType
from typing import TYPE_CHECKING, Any, Final, TypeAlias

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
from ._late import Late as _Late

if TYPE_CHECKING:
    from .node import Node

    _Node_from_dict: Final = Node.from_dict
else:
    Node = _Late(globals(), "Node", "node", "Node")
    _Node_from_dict = _Late(globals(), "_Node_from_dict", "node", "Node", "from_dict")

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


_Circle_wire_names: Final[frozenset[str]] = frozenset({"kind", "r", "around"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Circle(_Model):
    """Circle"""

    kind: str
    r: float | int | Unset = UNSET
    around: Node | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        kind: str,
        r: float | int | Unset = UNSET,
        around: Node | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.r = r
        self.around = around
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Circle:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            kind_ = obj["kind"]
            if type(kind_) is not str:
                raise DecodeError(("kind",), "string", kind_)
            r_ = obj.get("r", UNSET)
            if r_ is UNSET:
                absent += 1
            elif type(r_) is not float and type(r_) is not int:
                raise DecodeError(("r",), "number", r_)
            around_ = obj.get("around", UNSET)
            if around_ is UNSET:
                absent += 1
            else:
                around_ = _Node_from_dict(around_, "around")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _Circle_wire_names)
            )
            if _COMPILED:
                return Circle(kind=kind_, r=r_, around=around_, additional_properties=extra)
            instance = _new(cls)
            instance.kind = kind_
            instance.r = r_
            instance.around = around_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("kind", "kind", str, True),
            ("r", "r", float | int, False),
            ("around", "around", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Circle:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        kind_ = wire.kind
        r_ = wire.r
        around_ = wire.around
        if around_ is not UNSET:
            around_ = _Node_from_dict(around_, "around")
        if _COMPILED:
            return Circle(kind=kind_, r=r_, around=around_, additional_properties={})
        instance = _new(cls)
        instance.kind = kind_
        instance.r = r_
        instance.around = around_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
        }
        if self.r is not UNSET:
            out["r"] = self.r
        if self.around is not UNSET:
            out["around"] = self.around.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        kind: str | Keep = KEEP,
        r: float | int | Unset | Keep = KEEP,
        around: Node | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Circle:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            kind=self.kind if kind is KEEP else kind,
            r=self.r if r is KEEP else r,
            around=self.around if around is KEEP else around,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Square_wire_names: Final[frozenset[str]] = frozenset({"kind", "side"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Square(_Model):
    """Square"""

    kind: str
    side: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        kind: str,
        side: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.side = side
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Square:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            kind_ = obj["kind"]
            if type(kind_) is not str:
                raise DecodeError(("kind",), "string", kind_)
            side_ = obj.get("side", UNSET)
            if side_ is UNSET:
                absent += 1
            elif type(side_) is not int:
                raise DecodeError(("side",), "integer", side_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _Square_wire_names)
            )
            if _COMPILED:
                return Square(kind=kind_, side=side_, additional_properties=extra)
            instance = _new(cls)
            instance.kind = kind_
            instance.side = side_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("kind", "kind", str, True),
            ("side", "side", int, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Square:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        kind_ = wire.kind
        side_ = wire.side
        if _COMPILED:
            return Square(kind=kind_, side=side_, additional_properties={})
        instance = _new(cls)
        instance.kind = kind_
        instance.side = side_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
        }
        if self.side is not UNSET:
            out["side"] = self.side
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        kind: str | Keep = KEEP,
        side: int | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Square:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            kind=self.kind if kind is KEEP else kind,
            side=self.side if side is KEEP else side,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


Shape: TypeAlias = Circle | Square


def shape_from_dict(data: Any, key: Key | None = None) -> Shape:
    """Decode a Shape, choosing the variant by its discriminator."""
    try:
        obj = as_object(data)
        tag = obj["kind"]
        if tag == "Circle":
            return Circle.from_dict(obj)
        if tag == "Square":
            return Square.from_dict(obj)
        raise DecodeError(("kind",), "one of 'Circle', 'Square'", tag)
    except (DecodeError, KeyError) as exc:
        raise decode_failure(exc, key) from None


_Circle_from_dict: Final = Circle.from_dict
_Circle_from_wire: Final = Circle._from_wire
_Square_from_dict: Final = Square.from_dict
_Square_from_wire: Final = Square._from_wire
