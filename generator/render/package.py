"""Render the IR of one package into source files with the Jinja templates.

Templates get small view objects whose code snippets codec.py computed, and two
filters that make spec text safe: ``py_str`` (a string literal) and ``docstring``.
Nothing from a spec reaches a file any other way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import jinja2

from .. import ir
from . import codec
from .client_views import client_exports, client_files
from .environment import environment
from .model_files import model_files
from .text import comment, py_str
from .union_views import ExtraView, extra_view, union_views
from .webhook_views import webhooks_context


@dataclass(frozen=True)
class FieldView:
    name: str
    wire: str  # the wire name as a Python string literal
    annotation: str
    default: str | None  # a Python expression, or None for a required field
    description: str
    secret: bool
    required: bool
    local: str  # its local variable in from_dict: ends in "_", as no internal name does
    decode_lines: list[str]  # from_dict's statements reading, checking and decoding it into local
    stored: str  # what from_dict then stores in the field (codec.stored)
    encode: str  # encodes self.<name>


@dataclass(frozen=True)
class ModelView:
    name: str
    description: str
    fields: list[FieldView]
    wire_names: str  # a frozenset expression
    extra: ExtraView  # how the members the schema doesn't name are kept
    known: str  # from_dict's count of the members of obj the model names (codec.known_count)
    counts_absent: bool  # from_dict counts the optional fields that are absent
    decode_apart: bool  # from_dict's work is in _decode, outside its try (codec.decode_apart)
    init_self: str  # __init__'s name for the instance: "self", unless a field has that name


def field_view(f: ir.Field) -> FieldView:
    t = f.type
    wire = py_str(f.wire_name)
    annotation = codec.field_annotation(t)
    default = None
    if not f.required:
        annotation += " | Unset"
        default = "UNSET"
    elif t.kind == "literal" and not t.nullable and not isinstance(t.literal, tuple):  # one value: the default
        default = py_str(t.literal)
    local = f"{f.name}_"
    return FieldView(
        name=f.name,
        wire=wire,
        annotation=annotation,
        default=default,
        description=f.description,
        secret=f.secret,
        required=f.required,
        local=local,
        decode_lines=codec.field_lines(local, wire, t, f.required),
        stored=codec.stored(t, local),
        encode=codec.encode(t, f"self.{f.name}", in_models=True),
    )


def model_view(model: ir.Model) -> ModelView:
    fields = [field_view(f) for f in model.fields]
    return ModelView(
        name=model.name,
        description=model.description,
        fields=fields,
        wire_names=_frozenset(py_str(f.wire_name) for f in model.fields),
        extra=extra_view(model),
        known=codec.known_count(len(model.fields), sum(not f.required for f in model.fields)),
        counts_absent=not all(f.required for f in model.fields),
        decode_apart=codec.decode_apart([line for f in fields for line in f.decode_lines]),
        init_self="_self" if any(f.name == "self" for f in model.fields) else "self",
    )


def _frozenset(literals: Iterable[str]) -> str:
    items = ", ".join(literals)
    return f"frozenset({{{items}}})" if items else "frozenset()"


def header(api: ir.Api) -> str:
    return f"# Generated from {comment(api.spec_file)} by `make generate`. Do not edit: edit the spec and regenerate."


def render_api(api: ir.Api, env: jinja2.Environment | None = None) -> dict[str, str]:
    """The files of one package, by path relative to the package folder."""
    env = env or environment()
    models = [model_view(m) for m in api.models]
    unions = union_views(api)
    exports = sorted(
        [e.name for e in api.enums]
        + [m.name for m in api.models]
        + [u.name for u in api.unions]
        + [codec.union_decoder_name(u.name) for u in api.unions]
        + [codec.union_encoder_name(u.name) for u in api.unions if not u.tagged]
    )
    context = {
        "header": header(api),
        "api": api,
        "enums": api.enums,
        "enum_members": codec.enum_members,
        "enum_values": codec.enum_values,
        "model_decoder": codec.model_decoder,
        "model_wire_names": codec.model_wire_names,
        "models": models,
        "unions": unions,
        "exports": exports,
        "client_exports": client_exports(api),
        "literal_enums": uses_literal_enums(api),
    }
    context["package_doc"] = package_doc(api, bool(context["client_exports"]))
    views: dict[str, object] = {v.name: v for v in models} | {v.name: v for v in unions}
    return {
        "__init__.py": env.get_template("package_init.py.jinja").render(context),
        "__init__.pyi": env.get_template("package_init.pyi.jinja").render(context),
        "_runtime.py": env.get_template("runtime.py.jinja").render(context),
        **model_files(api, env, context, views, exports),
        "py.typed": "",
        **client_files(api, env, context),
        **webhook_files(api, env, context),
    }


def uses_literal_enums(api: ir.Api) -> bool:
    """Whether a type of the package is a literal enum (a config's ``enums: literal``): the runtime gets its decoder."""

    def literal_enum(t: ir.TypeRef | None) -> bool:
        return t is not None and (isinstance(t.literal, tuple) or literal_enum(t.item))

    types = [f.type for m in api.models for f in m.fields] + [t for u in api.unions for t in u.members]
    types += [w.type for w in api.webhooks if w.type is not None]
    for op in api.http.operations if api.http is not None else ():
        types += [p.type for p in op.parameters] + [r.type for r in op.responses if r.type is not None]
        types += [t for _, t in op.errors]
        types += [op.body.type, *(p.type for p in op.body.parts)] if op.body is not None else []
    return any(literal_enum(t) for t in types)


def package_doc(api: ir.Api, has_client: bool) -> str:
    """The package's docstring: what it holds, and for a spec with webhooks but no paths, that it has no client."""
    title = f"{api.title} {api.version}"
    webhooks = "parse_webhook (from .webhooks) decodes the payloads of the webhooks it sends."
    if has_client:
        doc = (
            f"{title}: typed models and HTTP clients generated from its OpenAPI spec.\n\n"
            "The models need only the standard library. Client, AsyncClient and the HTTP errors are\n"
            "imported from .client on first use, as they need httpx."
        )
        return f"{doc}\n{webhooks}" if api.webhooks else doc
    if api.webhooks:
        return (
            f"{title}: typed models of the webhooks it sends, generated from its OpenAPI spec.\n\n"
            "The spec has no paths, so there is no HTTP client: parse_webhook(name, body) (from .webhooks)\n"
            "decodes a webhook's payload into its model, and to_dict() gives its JSON back exactly."
        )
    return f"{title}: typed models generated from its OpenAPI spec."


def webhook_files(api: ir.Api, env: jinja2.Environment, context: Mapping[str, object]) -> dict[str, str]:
    """webhooks.py, for a spec with webhooks."""
    if not api.webhooks:
        return {}
    full = {**context, **webhooks_context(api)}
    return {"webhooks.py": env.get_template("webhooks.py.jinja").render(full)}
