"""A TypeRef as a Python annotation: what the generated code declares, and what review/ compares.

Render writes these annotations into models and clients; review/ reports a type change as a
caller sees it, in the same words. Both read them here, so review/ doesn't depend on render/.
"""

from __future__ import annotations

from .api import TypeRef

_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "number": "float",
    "bool": "bool",
    "any": "Any",
    "map": "dict[str, Any]",
    "datetime": "datetime",
    "date": "date",
    "never": "Never",
}


def annotation(t: TypeRef) -> str:
    """The Python annotation; enums also admit the plain value the schema didn't list."""
    if t.kind in _ANNOTATIONS:
        text = _ANNOTATIONS[t.kind]
    elif t.kind == "enum":
        text = f"{t.name} | {t.enum_kind or 'str'}"
    elif t.kind == "literal":
        text = f"Literal[{', '.join(map(repr, t.literal)) if isinstance(t.literal, tuple) else repr(t.literal)}]"
    elif t.kind == "list":
        text = f"list[{annotation(item_or_any(t))}]"
    elif t.kind == "dict":
        text = f"dict[str, {annotation(item_or_any(t))}]"
    else:  # model, union, untagged
        text = t.name
    return f"{text} | None" if t.nullable else text


def field_annotation(t: TypeRef) -> str:
    """A model field's annotation: a number field is ``float | int``, as its value is kept as sent.
    Compiled by mypyc, a field typed ``float`` alone is a C double, which would make 8 into 8.0."""
    if t.kind == "number":
        return "float | int | None" if t.nullable else "float | int"
    return annotation(t)


def item_or_any(t: TypeRef) -> TypeRef:
    """A list's or dict's item type; any JSON value if the schema gives none."""
    return t.item if t.item is not None else TypeRef("any")
