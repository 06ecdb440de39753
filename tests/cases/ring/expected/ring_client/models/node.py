# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Node: models of Ring 1.

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
    as_list,
    as_object,
    decode_failure,
    unknown_fields,
)
from ._late import Late as _Late

if TYPE_CHECKING:
    from .edge import Edge
    from .owner import Owner

    _Edge_from_dict: Final = Edge.from_dict
    _Owner_from_dict: Final = Owner.from_dict
else:
    Edge = _Late(globals(), "Edge", "edge", "Edge")
    Owner = _Late(globals(), "Owner", "owner", "Owner")
    _Edge_from_dict = _Late(globals(), "_Edge_from_dict", "edge", "Edge", "from_dict")
    _Owner_from_dict = _Late(globals(), "_Owner_from_dict", "owner", "Owner", "from_dict")

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


_Node_wire_names: Final[frozenset[str]] = frozenset({"name", "edges", "owner"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Node(_Model):
    """Node"""

    name: str | Unset = UNSET
    edges: list[Edge] | Unset = UNSET
    owner: Owner | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        edges: list[Edge] | Unset = UNSET,
        owner: Owner | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.edges = edges
        self.owner = owner
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Node:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            name_ = obj.get("name", UNSET)
            if name_ is UNSET:
                absent += 1
            elif type(name_) is not str:
                raise DecodeError(("name",), "string", name_)
            edges_ = obj.get("edges", UNSET)
            if edges_ is UNSET:
                absent += 1
            else:
                edges_ = as_list(edges_, "edges", _Edge_from_dict)
            owner_ = obj.get("owner", UNSET)
            if owner_ is UNSET:
                absent += 1
            else:
                owner_ = _Owner_from_dict(owner_, "owner")
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _Node_wire_names)
            )
            if _COMPILED:
                return Node(name=name_, edges=edges_, owner=owner_, additional_properties=extra)
            instance = _new(cls)
            instance.name = name_
            instance.edges = edges_
            instance.owner = owner_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("name", "name", str, False),
            ("edges", "edges", Any, False),
            ("owner", "owner", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Node:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        name_ = wire.name
        edges_ = wire.edges
        if edges_ is not UNSET:
            edges_ = as_list(edges_, "edges", _Edge_from_dict)
        owner_ = wire.owner
        if owner_ is not UNSET:
            owner_ = _Owner_from_dict(owner_, "owner")
        if _COMPILED:
            return Node(name=name_, edges=edges_, owner=owner_, additional_properties={})
        instance = _new(cls)
        instance.name = name_
        instance.edges = edges_
        instance.owner = owner_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        if self.edges is not UNSET:
            out["edges"] = [x0.to_dict() for x0 in self.edges]
        if self.owner is not UNSET:
            out["owner"] = self.owner.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        name: str | Unset | Keep = KEEP,
        edges: list[Edge] | Unset | Keep = KEEP,
        owner: Owner | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Node:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            name=self.name if name is KEEP else name,
            edges=self.edges if edges is KEEP else edges,
            owner=self.owner if owner is KEEP else owner,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Node_from_dict: Final = Node.from_dict
_Node_from_wire: Final = Node._from_wire
