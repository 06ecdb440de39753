"""Enums of the IR: their members, or the type an enum of mixed values is read as."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import ir
from ..ir.naming import safe_attribute
from ..openapi.schemas import Schema
from .context import BuildContext
from .dmcg import DataModel
from .unions import Unions


class EnumBuilder(BuildContext):
    """Makes the IR's enums."""

    unions: Unions

    def enum(self, model: DataModel) -> None:
        path = model.reference.path
        schema = self.schema(path)
        values = [v for v in _listed(model, schema) if v is not None]
        kind = _value_kind(values)
        if kind is None:
            self.names.alias(path, self.mixed_enum_type(values, path))
            return
        dmcg_names = [f.name for f in model.fields if _member_value(f) is not None]
        if len(dmcg_names) != len(values):
            dmcg_names = [str(v) for v in values]
        typed = [v for v in values if isinstance(v, str | int)]  # all of them (``kind`` says so)
        members: list[ir.EnumMember] = []
        taken: set[str] = set()
        for name, value in zip(dmcg_names, typed, strict=True):
            member = safe_attribute(str(name).upper(), taken, fallback="VALUE")
            taken.add(member)
            members.append(ir.EnumMember(member, value))
        self.api.enums.append(
            ir.Enum(self.names.class_name(path), schema.description, tuple(members), kind, self.source(path))
        )

    def mixed_enum_type(self, values: list[object], path: str) -> ir.TypeRef:
        """An enum of values that aren't all strings or all integers: typed by their JSON types.

        ``[true, "True", "yes", false, ...]`` becomes ``bool | str``; every value is kept as sent.
        """
        kinds: list[ir.Kind] = []
        for value in values:
            kind: ir.Kind = (
                "bool"
                if isinstance(value, bool)
                else "int"
                if isinstance(value, int)
                else "number"
                if isinstance(value, float)
                else "str"
                if isinstance(value, str)
                else "any"
            )
            if kind not in kinds:
                kinds.append(kind)
        if "number" in kinds and "int" in kinds:
            kinds.remove("int")  # a number decoder keeps 8 an int
        if len(kinds) == 1:
            return ir.TypeRef(kinds[0])
        members = [ir.TypeRef(kind) for kind in kinds]
        description = self.schema(path).description
        return self.unions.untagged(members, self.names.class_name(path), self.source(path), description)


def enum_kind(model: DataModel, schema: Schema) -> ir.EnumKind | None:
    """The type of the enum's values; None if they are mixed (or bool, or numbers): no enum class then."""
    return _value_kind([v for v in _listed(model, schema) if v is not None])


def _listed(model: DataModel, schema: Schema) -> Sequence[object]:
    """The enum's values as written; an inline enum's place may be its property: the parser's member values then."""
    return schema.enum if schema.enum is not None else [_member_value(f) for f in model.fields]


def _value_kind(values: list[object]) -> ir.EnumKind | None:
    if all(isinstance(v, str) for v in values):
        return "str"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    return None


def _member_value(member: Any) -> Any:
    """The JSON value of a datamodel-code-generator enum member (it wraps strings)."""
    return getattr(member.default, "value", member.default)
