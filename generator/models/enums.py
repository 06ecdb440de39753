"""Enums of the IR: their members, or the type an enum of mixed values is read as."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..ir.naming import safe_attribute
from ..ir.walk import describe
from .context import BuildContext
from .dmcg import DataModel
from .unions import Unions


class EnumBuilder(BuildContext):
    """Makes the IR's enums."""

    unions: Unions

    def enum(self, model: DataModel) -> None:
        path = model.reference.path
        raw = self.raw(path)
        # An inline enum's place may be its property: fall back on the parser's member values.
        listed = raw["enum"] if isinstance(raw.get("enum"), list) else [_member_value(f) for f in model.fields]
        values = [v for v in listed if v is not None]
        kind = _value_kind(values)
        if kind is None:
            self.names.alias(path, self.mixed_enum_type(values, path))
            return
        dmcg_names = [f.name for f in model.fields if _member_value(f) is not None]
        if len(dmcg_names) != len(values):
            dmcg_names = [str(v) for v in values]
        members: list[ir.EnumMember] = []
        taken: set[str] = set()
        for name, value in zip(dmcg_names, values, strict=True):
            member = safe_attribute(str(name).upper(), taken, fallback="VALUE")
            taken.add(member)
            members.append(ir.EnumMember(member, value))
        self.api.enums.append(
            ir.Enum(self.names.class_name(path), describe(raw), tuple(members), kind, self.source(path))
        )

    def mixed_enum_type(self, values: list[Any], path: str) -> ir.TypeRef:
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
        return self.unions.untagged(members, self.names.class_name(path), self.source(path), describe(self.raw(path)))


def enum_kind(model: DataModel, raw: dict[str, Any]) -> ir.EnumKind | None:
    """The type of the enum's values; None if they are mixed (or bool, or numbers): no enum class then."""
    listed = raw["enum"] if isinstance(raw.get("enum"), list) else [_member_value(f) for f in model.fields]
    return _value_kind([v for v in listed if v is not None])


def _value_kind(values: list[Any]) -> ir.EnumKind | None:
    if all(isinstance(v, str) for v in values):
        return "str"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    return None


def _member_value(member: Any) -> Any:
    """The JSON value of a datamodel-code-generator enum member (it wraps strings)."""
    return getattr(member.default, "value", member.default)
