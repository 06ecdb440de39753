"""What the models template needs of a union and of a model's typed extra members.

Tagged unions decode by their discriminator. Untagged unions decode by trying their members
in the IR's order (models.member_order.MEMBER_ORDER) and encode by the Python type of the value:
models (``to_dict``), enums (their value), date-times and dates, lists and maps (their
items), and anything else is JSON already.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import ir
from . import codec


@dataclass(frozen=True)
class VariantView:
    condition: str  # tests the local ``tag``
    model: str
    decode: str  # decodes the local ``obj`` as the variant


@dataclass(frozen=True)
class BranchView:
    classes: str  # the isinstance() argument
    encode: str  # the JSON form of the narrowed ``value``


@dataclass(frozen=True)
class UnionView:
    name: str
    tagged: bool
    alias: str  # the right-hand side of the TypeAlias
    decoder: str
    encoder: str  # untagged only
    description: str
    discriminator: str  # string literal (tagged)
    variants: list[VariantView]  # tagged
    tag_lookup: str  # tagged: reads the tag from ``obj``
    fallback: str  # tagged: decodes ``obj`` when no variant has its tag ("": an error)
    attempts: list[str]  # untagged: decode expressions of ``data``, in order
    needs_at: bool  # an attempt passes ``at`` (a Key) rather than ``key``
    order: str  # untagged: the members, as the docstring lists them
    branches: list[BranchView]  # untagged
    exhaustive: bool  # untagged: the branches' classes hold every member, so the last needs no isinstance()
    expected: str  # string literal: what the error says was expected


@dataclass(frozen=True)
class ExtraView:
    annotation: str  # of additional_properties
    decode: str  # builds it from ``obj``
    encode: str  # the mapping written back into ``out``


def union_views(api: ir.Api) -> list[UnionView]:
    unions = {u.name: u for u in api.unions}
    defined: set[str] = set()
    views = []
    for union in api.unions:
        views.append(union_view(union, unions, defined))
        defined.add(union.name)
    return views


def union_view(union: ir.Union, unions: Mapping[str, ir.Union], defined: set[str]) -> UnionView:
    if union.tagged:
        return _tagged(union, unions)
    members = union.members
    alias = _union_text([codec.annotation(m) for m in members])
    if any(name not in defined for name in _aliases_named(members)):
        alias = repr(alias)  # names an alias defined further down (or itself): a forward reference
    attempts = [codec.decode(m, "data", "key" if m.kind in ("model", "union", "untagged") else "at") for m in members]
    described = [_describe(m) for m in members]
    return UnionView(
        name=union.name,
        tagged=False,
        alias=alias,
        decoder=codec.union_decoder_name(union.name),
        encoder=codec.union_encoder_name(union.name),
        description=union.description,
        discriminator="",
        variants=[],
        tag_lookup="",
        fallback="",
        attempts=attempts,
        needs_at=any(", at" in a for a in attempts),
        order=", ".join(described),
        branches=_branches(members, unions),
        exhaustive=_exhaustive(members, unions),
        expected=repr(", ".join(described[:-1]) + " or " + described[-1] if len(described) > 1 else described[0]),
    )


def _tagged(union: ir.Union, unions: Mapping[str, ir.Union]) -> UnionView:
    by_model: dict[str, list[ir.Tag]] = {}
    for v in union.variants:
        by_model.setdefault(v.model, []).append(v.tag)
    variants = [
        VariantView(
            f"tag == {tags[0]!r}" if len(tags) == 1 else f"tag in {tuple(tags)!r}",
            model,
            # a tag several models share selects the untagged union of them
            f"{codec.union_decoder_name(model)}(obj)" if model in unions else f"{model}.from_dict(obj)",
        )
        for model, tags in by_model.items()
    ]
    tags_text = ", ".join(repr(v.tag) for v in union.variants)
    prop = repr(union.discriminator)
    return UnionView(
        name=union.name,
        tagged=True,
        alias=" | ".join(_models_of(union, unions)),
        decoder=codec.union_decoder_name(union.name),
        encoder="",
        description=union.description or _dispatch_description(union),
        discriminator=prop,
        variants=variants,
        tag_lookup=f"obj.get({prop})" if union.fallback else f"obj[{prop}]",
        fallback=f"{union.fallback}.from_dict(obj)" if union.fallback else "",
        attempts=[],
        needs_at=False,
        order="",
        branches=[],
        exhaustive=False,
        expected=repr(f"one of {tags_text}"),
    )


def _branches(members: tuple[ir.TypeRef, ...], unions: Mapping[str, ir.Union]) -> list[BranchView]:
    models: list[str] = []
    enums: list[str] = []
    for m in members:
        if m.kind == "model":
            models.append(m.name)
        elif m.kind == "union" and m.name in unions:
            models += [model for model in _models_of(unions[m.name], unions) if model not in models]
        elif m.kind == "enum":
            enums.append(m.name)
    out = []
    if models:
        out.append(BranchView(" | ".join(dict.fromkeys(models)), "value.to_dict()"))
    if enums:
        out.append(BranchView(" | ".join(enums), "value.value"))
    for kind, classes in (("datetime", "datetime"), ("date", "date"), ("list", "list"), ("dict", "dict")):
        member = next((m for m in members if m.kind == kind), None)
        if member is not None:
            out.append(BranchView(classes, codec.encode(member.non_null(), "value")))
    return out


_CLASS_KINDS = ("model", "datetime", "date", "list", "dict")  # a member the isinstance() of _branches holds


def _exhaustive(members: tuple[ir.TypeRef, ...], unions: Mapping[str, ir.Union]) -> bool:
    """Whether every value of the union is an instance of the branches' classes (None isn't; an open enum's
    str isn't): then the last test is one pyright --strict calls unnecessary."""
    return all(not m.nullable and (m.kind in _CLASS_KINDS or (m.kind == "union" and m.name in unions)) for m in members)


def _models_of(union: ir.Union, unions: Mapping[str, ir.Union]) -> list[str]:
    """The model classes of a tagged union: its variants' (those of a tag's shared union too), then its fallback."""
    models: list[str] = []
    for v in union.variants:
        shared = unions.get(v.model)
        for model in [m.name for m in shared.members] if shared is not None else [v.model]:
            if model not in models:
                models.append(model)
    if union.fallback and union.fallback not in models:
        models.append(union.fallback)
    return models


def _aliases_named(members: tuple[ir.TypeRef, ...]) -> set[str]:
    names = set()
    for m in members:
        while m.kind in ("list", "dict") and m.item is not None:
            m = m.item
        if m.kind in ("union", "untagged"):
            names.add(m.name)
    return names


_DESCRIPTIONS = {
    "str": "string",
    "int": "integer",
    "number": "number",
    "bool": "boolean",
    "any": "any value",
    "map": "object",
    "datetime": "date-time",
    "date": "date",
    "list": "array",
    "dict": "object",
}


def _describe(t: ir.TypeRef) -> str:
    if t.kind == "literal":
        return " or ".join(map(repr, t.literal)) if isinstance(t.literal, tuple) else repr(t.literal)
    return _DESCRIPTIONS.get(t.kind, t.name)


def _union_text(parts: list[str]) -> str:
    """``A | B`` from member annotations, each part once (an enum member already admits str)."""
    seen: list[str] = []
    for part in parts:
        for piece in _top_level_split(part):
            if piece not in seen:
                seen.append(piece)
    return " | ".join(seen)


def _top_level_split(annotation: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(annotation):
        depth += ch == "["
        depth -= ch == "]"
        if depth == 0 and annotation.startswith(" | ", i):
            pieces.append(annotation[start:i])
            start = i + 3
    pieces.append(annotation[start:])
    return pieces


def extra_view(model: ir.Model) -> ExtraView:
    """How a model keeps the members its schema doesn't name: typed if additionalProperties says so."""
    if model.extra is None:
        known = codec.model_wire_names(model.name)
        return ExtraView("dict[str, Any]", f"unknown_fields(obj, {known})", "self.additional_properties")
    t = model.extra
    encoded = codec.encode(t, "v")
    encode = (
        "self.additional_properties"
        if encoded == "v"
        else f"{{k: {encoded} for k, v in self.additional_properties.items()}}"
    )
    return ExtraView(
        f"dict[str, {codec.annotation(t)}]",
        f"extra_fields(obj, {codec.model_wire_names(model.name)}, {codec.decoder(t)})",
        encode,
    )


def _dispatch_description(union: ir.Union) -> str:
    """What a union of a schema and those extending it is (models/unions.py ``subtypes``)."""
    if not union.fallback:
        return ""
    return f"{union.fallback} or a schema extending it, chosen by {union.discriminator!r}."
