# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Owner: models of Ring 1.

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
    as_dict,
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


_Owner_wire_names: Final[frozenset[str]] = frozenset({"nodes", "best"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Owner(_Model):
    """Owner"""

    nodes: dict[str, Node] | Unset = UNSET
    best: Node | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        nodes: dict[str, Node] | Unset = UNSET,
        best: Node | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.nodes = nodes
        self.best = best
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Owner:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            nodes_ = obj.get("nodes", UNSET)
            if nodes_ is UNSET:
                absent += 1
            else:
                nodes_ = as_dict(nodes_, "nodes", _Node_from_dict)
            best_ = obj.get("best", UNSET)
            if best_ is UNSET:
                absent += 1
            elif best_ is not None:
                best_ = _Node_from_dict(best_, "best")
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _Owner_wire_names)
            )
            if _COMPILED:
                return Owner(nodes=nodes_, best=best_, additional_properties=extra)
            instance = _new(cls)
            instance.nodes = nodes_
            instance.best = best_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("nodes", "nodes", Any, False),
            ("best", "best", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Owner:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        nodes_ = wire.nodes
        if nodes_ is not UNSET:
            nodes_ = as_dict(nodes_, "nodes", _Node_from_dict)
        best_ = wire.best
        if best_ is not UNSET and best_ is not None:
            best_ = _Node_from_dict(best_, "best")
        if _COMPILED:
            return Owner(nodes=nodes_, best=best_, additional_properties={})
        instance = _new(cls)
        instance.nodes = nodes_
        instance.best = best_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.nodes is not UNSET:
            out["nodes"] = {k0: x0.to_dict() for k0, x0 in self.nodes.items()}
        if self.best is not UNSET:
            out["best"] = None if self.best is None else self.best.to_dict()
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        nodes: dict[str, Node] | Unset | Keep = KEEP,
        best: Node | None | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Owner:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            nodes=self.nodes if nodes is KEEP else nodes,
            best=self.best if best is KEEP else best,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Owner_from_dict: Final = Owner.from_dict
_Owner_from_wire: Final = Owner._from_wire
