"""What models.py.jinja and models_init*.jinja place: a model and its fields, and a module of models/.

Every code snippet is made here with codec.py; spec text reaches the templates only as
string literals (``py_str``) or through their ``docstring`` and ``comment`` filters.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

from .. import ir
from . import codec
from .model_wire import model_wire_decoder, wire_lines, wire_type
from .text import py_str
from .union_views import ExtraView, extra_view


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
    wire_type: str  # the type msgspec checks for from_json's fast path (model_wire.py)
    wire_lines: list[str]  # _from_wire's statements reading it from the struct into local


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
    wire_decoder: str  # the module-level alias of its _from_wire (from_json's fast path, model_wire.py)


def field_view(f: ir.Field, cyclic: frozenset[str] = frozenset()) -> FieldView:
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
        wire_type=wire_type(t, cyclic),
        wire_lines=wire_lines(local, f.name, wire, t, f.required, cyclic),
    )


def model_view(model: ir.Model, cyclic: frozenset[str] = frozenset()) -> ModelView:
    """``cyclic``: the models in a circle of references (model_wire.cyclic_models)."""
    fields = [field_view(f, cyclic) for f in model.fields]
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
        wire_decoder=model_wire_decoder(model.name),
    )


def _frozenset(literals: Iterable[str]) -> str:
    items = ", ".join(literals)
    return f"frozenset({{{items}}})" if items else "frozenset()"


@dataclass(frozen=True)
class ModuleView:
    name: str
    exports: list[str]  # the public names it defines, sorted

    @property
    def names_text(self) -> list[str]:
        """``exports`` as one string separated by spaces, in pieces of at most 80 characters."""
        pieces = [f"{line} " for line in textwrap.wrap(" ".join(self.exports), 79, break_long_words=False)]
        return [*pieces[:-1], pieces[-1][:-1]] if pieces else [""]
