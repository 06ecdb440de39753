"""Render the IR of one package into source files with the Jinja templates.

Templates get small view objects whose code snippets codec.py computed, and two
filters that make spec text safe: ``py_str`` (a string literal) and ``docstring``.
Nothing from a spec reaches a file any other way.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2
import jinja2.bccache

from . import codec, ir
from .client_views import client_exports, client_files
from .union_views import ExtraView, extra_view, union_views

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_CACHE = Path(__file__).resolve().parent / "__pycache__" / "templates"  # beside our .pyc files


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
    init_self: str  # __init__'s name for the instance: "self", unless a field has that name


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
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    if text.replace("\n", "").isprintable():
        # Nothing to escape but backslashes (every escaped category is non-printable): the
        # character loop below costs 30 µs a docstring, 60 ms on Twilio's 2,400.
        escaped = text.replace("\\", "\\\\").replace("\n", "\n" + " " * indent)
    else:
        out = []
        for ch in text:
            if ch == "\\":
                out.append("\\\\")
            elif ch in _KEEP:
                out.append("\n" + " " * indent)
            elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
                out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
            else:
                out.append(ch)
        escaped = "".join(out)
    body = "\n".join(line.rstrip() for line in escaped.split("\n")).strip()
    body = _QUOTE_RUN.sub(r'\\"', body)
    if "\n" in body:
        body += "\n" + " " * indent
    return f'"""{body}"""'


_QUOTE_RUN = re.compile(r'"(?=")|(?<=")"|"$')


def comment(text: str) -> str:
    """Text safe inside a ``#`` comment: one line, printable characters only."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


# What the compiled code of a template depends on besides its text (Jinja's own key is
# only the template's name and source).
_COMPILE_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "is_async",
    "autoescape",
    "finalize",
    "code_generator_class",
)


def _compile_settings(env: jinja2.Environment) -> str:
    settings = [jinja2.__version__, sys.version, *(repr(getattr(env, name, None)) for name in _COMPILE_SETTINGS)]
    settings.append(repr(sorted(env.extensions)))
    for table in (env.filters, env.tests):
        settings.append(repr(sorted((name, repr(getattr(f, "jinja_pass_arg", None))) for name, f in table.items())))
    return "\0".join(settings)


class TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs, as Python keeps .pyc files: saves ~25 ms a run.

    A cached template is used only if its source and the environment's compile settings are
    the ones it was compiled from (both are in its checksum), so the bytes rendered are the
    same as with a fresh compile. Writing is best effort: a read-only install just compiles.
    """

    def __init__(self, directory: Path) -> None:
        super().__init__(str(directory), "%s.jinja-cache")
        self.folder = directory

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        checksum = self.get_source_checksum(f"{_compile_settings(environment)}\0{source}")
        bucket = jinja2.bccache.Bucket(environment, self.get_cache_key(name, filename), checksum)
        try:
            self.load_bytecode(bucket)
        except Exception:  # unreadable or damaged: compile the template as if it had no cache
            bucket.reset()
        return bucket

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        bytecode_cache=TemplateCache(TEMPLATE_CACHE),
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
    return FieldView(
        name=f.name,
        wire=wire,
        annotation=annotation,
        default=default,
        description=f.description,
        secret=f.secret,
        required=f.required,
        local=local,
        decode_lines=codec.field_lines(local, wire, t, f.required, enum_kinds),
        stored=codec.stored(t, local),
        encode=codec.encode(t, f"self.{f.name}", in_models=True),
    )


def model_view(model: ir.Model, enum_kinds: Mapping[str, str]) -> ModelView:
    return ModelView(
        name=model.name,
        description=model.description,
        fields=[field_view(f, enum_kinds) for f in model.fields],
        wire_names=_frozenset(py_str(f.wire_name) for f in model.fields),
        extra=extra_view(model, enum_kinds),
        known=codec.known_count(len(model.fields), sum(not f.required for f in model.fields)),
        counts_absent=not all(f.required for f in model.fields),
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
    enum_kinds = {e.name: e.value_kind for e in api.enums}
    context = {
        "header": header(api),
        "api": api,
        "enums": api.enums,
        "enum_members": codec.enum_members,
        "enum_values": codec.enum_values,
        "model_decoder": codec.model_decoder,
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
