"""Render the IR of one package into source files with the Jinja templates.

Templates get small view objects whose code snippets codec.py computed, and two
filters that make spec text safe: ``py_str`` (a string literal) and ``docstring``.
Nothing from a spec reaches a file any other way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import codec, ir
from .client_views import client_exports, client_files
from .union_views import ExtraView, extra_view, union_views

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


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
    lookup: str  # reads the raw value from obj
    present: str  # the condition under which the raw value needs decoding ("" if always)
    decode: str  # decodes the local variable (or, with no condition, the lookup itself)
    encode: str  # encodes self.<name>


@dataclass(frozen=True)
class ModelView:
    name: str
    description: str
    fields: list[FieldView]
    wire_names: str  # a frozenset expression
    extra: ExtraView  # how the members the schema doesn't name are kept


def py_str(text: str | int | bool | None) -> str:
    """A Python literal for a value from a spec: repr escapes quotes, newlines, NUL."""
    return repr(text)


_KEEP = {"\n"}


def docstring(text: str, indent: int = 0) -> str:
    """A triple-quoted literal whose value is ``text``, indented for its block.

    Backslashes, control and format characters and line separators are escaped; a quote
    next to another quote or at the end is escaped, so no run of quotes can close the literal.
    Whitespace is normalised as a docstring reader would (tabs, line ends, outer blank space).
    """
    out = []
    for ch in text.replace("\r\n", "\n").replace("\t", "    "):
        if ch == "\\":
            out.append("\\\\")
        elif ch in _KEEP:
            out.append("\n" + " " * indent)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    body = "\n".join(line.rstrip() for line in "".join(out).split("\n")).strip()
    body = _QUOTE_RUN.sub(r'\\"', body)
    if "\n" in body:
        body += "\n" + " " * indent
    return f'"""{body}"""'


_QUOTE_RUN = re.compile(r'"(?=")|(?<=")"|"$')


def comment(text: str) -> str:
    """Text safe inside a ``#`` comment: one line, printable characters only."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["py_str"] = py_str
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    return env


def field_view(f: ir.Field, enum_kinds: Mapping[str, str]) -> FieldView:
    t = f.type
    wire = py_str(f.wire_name)
    annotation = codec.annotation(t, enum_kinds)
    default = None
    if not f.required:
        annotation += " | Unset"
        default = "UNSET"
    elif t.kind == "literal" and not t.nullable:
        default = py_str(t.literal)
    local = f"{f.name}_"
    lookup = f"obj[{wire}]" if f.required else f"obj.get({wire}, UNSET)"
    conditions = ([] if f.required else [f"{local} is not UNSET"]) + ([f"{local} is not None"] if t.nullable else [])
    return FieldView(
        name=f.name,
        wire=wire,
        annotation=annotation,
        default=default,
        description=f.description,
        secret=f.secret,
        required=f.required,
        local=local,
        lookup=lookup,
        present=" and ".join(conditions),
        decode=codec.decode(t, local if conditions else lookup, wire, enum_kinds),
        encode=codec.encode(t, f"self.{f.name}"),
    )


def model_view(model: ir.Model, enum_kinds: Mapping[str, str]) -> ModelView:
    return ModelView(
        name=model.name,
        description=model.description,
        fields=[field_view(f, enum_kinds) for f in model.fields],
        wire_names=_frozenset(py_str(f.wire_name) for f in model.fields),
        extra=extra_view(model, enum_kinds),
    )


def _frozenset(literals: Iterable[str]) -> str:
    items = ", ".join(literals)
    return f"frozenset({{{items}}})" if items else "frozenset()"


def header(api: ir.Api) -> str:
    return f"# Generated from {comment(api.spec_file)} by `make generate`. Do not edit: edit the spec and regenerate."


def render_api(api: ir.Api, env: jinja2.Environment | None = None) -> dict[str, str]:
    """The files of one package, by path relative to the package folder."""
    env = env or environment()
    enum_kinds = {e.name: e.value_kind for e in api.enums}
    context = {
        "header": header(api),
        "api": api,
        "enums": api.enums,
        "models": [model_view(m, enum_kinds) for m in api.models],
        "unions": union_views(api, enum_kinds),
        "exports": sorted(
            [e.name for e in api.enums]
            + [m.name for m in api.models]
            + [u.name for u in api.unions]
            + [codec.union_decoder_name(u.name) for u in api.unions]
            + [codec.union_encoder_name(u.name) for u in api.unions if not u.tagged]
        ),
        "client_exports": client_exports(api),
    }
    return {
        "__init__.py": env.get_template("package_init.py.jinja").render(context),
        "_runtime.py": env.get_template("runtime.py.jinja").render(context),
        "models.py": env.get_template("models.py.jinja").render(context),
        "py.typed": "",
        **client_files(api, env, context),
    }
