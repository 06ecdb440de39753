# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Edge: models of Ring 1.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from types import FunctionType
from typing import TYPE_CHECKING, Any, Final

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
    from .shape import Shape, shape_from_dict

    _Node_from_dict: Final = Node.from_dict
else:
    Node = _Late(globals(), "Node", "node", "Node")
    Shape = _Late(globals(), "Shape", "shape", "Shape")
    _Node_from_dict = _Late(globals(), "_Node_from_dict", "node", "Node", "from_dict")
    shape_from_dict = _Late(globals(), "shape_from_dict", "shape", "shape_from_dict")

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


_Edge_wire_names: Final[frozenset[str]] = frozenset({"target", "shape"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Edge(_Model):
    """Edge"""

    target: Node | Unset = UNSET
    shape: Shape | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        target: Node | Unset = UNSET,
        shape: Shape | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.target = target
        self.shape = shape
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Edge:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            target_ = obj.get("target", UNSET)
            if target_ is UNSET:
                absent += 1
            else:
                target_ = _Node_from_dict(target_, "target")
            shape_ = obj.get("shape", UNSET)
            if shape_ is UNSET:
                absent += 1
            else:
                shape_ = shape_from_dict(shape_, "shape")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _Edge_wire_names)
            )
            if _COMPILED:
                return Edge(target=target_, shape=shape_, additional_properties=extra)
            instance = _new(cls)
            instance.target = target_
            instance.shape = shape_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("target", "target", Any, False),
            ("shape", "shape", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Edge:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        target_ = wire.target
        if target_ is not UNSET:
            target_ = _Node_from_dict(target_, "target")
        shape_ = wire.shape
        if shape_ is not UNSET:
            shape_ = shape_from_dict(shape_, "shape")
        if _COMPILED:
            return Edge(target=target_, shape=shape_, additional_properties={})
        instance = _new(cls)
        instance.target = target_
        instance.shape = shape_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.target is not UNSET:
            out["target"] = self.target.to_dict()
        if self.shape is not UNSET:
            out["shape"] = self.shape.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        target: Node | Unset | Keep = KEEP,
        shape: Shape | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Edge:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            target=self.target if target is KEEP else target,
            shape=self.shape if shape is KEEP else shape,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Edge_from_dict: Final = Edge.from_dict
_Edge_from_wire: Final = Edge._from_wire
