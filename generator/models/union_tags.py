"""Discriminator tags: what a mapping names, the value a tag has, which member has a name to be one."""

from __future__ import annotations

import re

from .. import ir
from ..openapi.schemas import Schema
from .dmcg import DataType
from .dmcg_input import annotated_ref


def pascal_tag(tag: ir.Tag) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", str(tag)) if w) or "Tag"


def members_in_place(union: Schema) -> bool:
    """Whether a oneOf/anyOf has a member written in place (not a ``$ref``, annotated or not)."""
    members = union.members("oneOf" if "oneOf" in union.node else "anyOf")
    return any(m.is_object and "$ref" not in m.node and annotated_ref(m.node.get("allOf")) is None for m in members)


def makes_class(member: DataType) -> bool:
    """Whether a union member written in place makes classes of its own (a list or map of unions, a union)."""
    return member.reference is None and (member.is_list or member.is_dict or bool(member.data_types))


def schema_name(pointer: str) -> str | None:
    """The name of the schema at ``pointer`` (its implicit discriminator value); "" for a file's root.

    Only a named schema has one: a component (or a Swagger definition, or a schema a file of schemas
    names at its top); one written in place (``/paths/.../schema/anyOf/0``, ``.../items``) has none.
    """
    parts = pointer.split("/")[1:]
    if parts and (len(parts) == 1 or parts[:-1] in (["components", "schemas"], ["definitions"])):
        return parts[-1].replace("~1", "/").replace("~0", "~")
    return "" if not parts else None


def mapping_ref(target: str) -> str:
    """A discriminator mapping's value as a $ref: a bare name is a schema of the same file."""
    if "#" not in target and "/" not in target and not target.endswith((".yaml", ".yml", ".json")):
        return f"#/components/schemas/{target}"
    return target


def typed_tag(tag: str, kind: ir.Kind) -> ir.Tag:
    """A mapping key as the value the discriminator property holds: "1.5" is 1.5 for a number."""
    try:
        if kind == "int":
            return int(tag)
        if kind == "number":
            number = float(tag)
            return int(number) if number.is_integer() and "." not in tag else number
    except ValueError:
        return tag
    if kind == "bool" and tag in ("true", "false"):
        return tag == "true"
    return tag
