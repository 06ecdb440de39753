"""The name a schema's place gives it: a key the spec gives, or its owner's name and a word per step.

``/components/schemas/Image`` is ``Image`` (the spec's own name). An inline schema is named
after the nearest schema above it that is a class (its owner) and the steps down to it:
``properties/state`` says ``State``, ``items`` ``Item``, ``additionalProperties`` ``Value``,
a oneOf/anyOf branch ``Option<n>`` (none when it is the one branch that isn't null), an
allOf part nothing (its properties are the owner's). A schema of an operation starts from
the operationId (or method and path): ``ListImagesResponse`` (a 2xx body),
``ListImagesResponse404``, ``CreateImageRequest``, ``ListImagesFilterState`` (a parameter).
"""

from __future__ import annotations

import re
from typing import Any

from ..ir.class_names import DERIVED, GIVEN, NAMED, NameHint, NameRequest
from ..ir.naming import pascal_case
from ..ir.walk import node_at
from ..load.files import LoadedFile

# The places that are classes of their own, whatever is above them.
_OTHER_COMPONENTS = ("responses", "requestBodies", "parameters", "headers")
_MEDIA_STEPS = frozenset({"content", "schema"})


def place_request(file: LoadedFile, pointer: str, owner: str, owner_depth: int, given: str, kind: str) -> NameRequest:
    """What the schema at ``pointer`` in ``file`` asks to be named.

    ``owner`` is the provisional name of the nearest class above it (claimed before), the
    first ``owner_depth`` tokens of the pointer are the owner's; ``given`` is the name
    datamodel-code-generator made of the spec's own key (``controllers`` -> ``Controllers``).
    """
    tokens = _tokens(pointer)
    where = f"{file.display}#{pointer}"
    if owner:
        steps = tokens[owner_depth:]
        words = _words(file.data, tokens, owner_depth, steps)
        return NameRequest(NameHint(owner, words), kind, where, DERIVED, full_words=_full_words(steps))
    if not tokens or (len(tokens) == 3 and tokens[:2] == ["components", "schemas"]):
        return NameRequest(NameHint("", given), kind, where, GIVEN)
    if len(tokens) >= 3 and tokens[0] == "components" and tokens[1] in _OTHER_COMPONENTS:
        words = pascal_case(tokens[2]) + _words(file.data, tokens, 3, tokens[3:])
        return NameRequest(NameHint("", words), kind, where, NAMED, full_words=_full_words(tokens))
    if len(tokens) >= 3 and tokens[0] in ("paths", "webhooks"):
        return _operation_request(file.data, tokens, kind, where)
    return NameRequest(NameHint("", _full_words(tokens) or given), kind, where, DERIVED)


def _operation_request(data: Any, tokens: list[str], kind: str, where: str) -> NameRequest:
    """``/paths/{path}/{method}/...``: the operation's name, then the role of the schema in it."""
    operation = node_at(data, _pointer(tokens[:3]))
    if not isinstance(operation, dict) or tokens[2] == "parameters":  # parameters of a whole path
        anchor, rest = pascal_case(tokens[1]), 2
    else:
        op_id = operation.get("operationId")
        named = pascal_case(op_id) if isinstance(op_id, str) else ""
        anchor = named or pascal_case(f"{tokens[2]} {tokens[1]}")
        rest = 3
    role, after = _role(data, tokens, rest)
    words = anchor + role + _words(data, tokens, after, tokens[after:])
    return NameRequest(NameHint("", words), kind, where, DERIVED, full_words=_full_words(tokens))


def _role(data: Any, tokens: list[str], at: int) -> tuple[str, int]:
    """``Request``, ``Response`` (2xx), ``Response404`` or a parameter's name; and the tokens it spans."""
    if at < len(tokens) and tokens[at] == "requestBody":
        return "Request", _after_media(tokens, at + 1)
    if at + 1 < len(tokens) and tokens[at] == "responses":
        status = tokens[at + 1]
        role = "Response" if re.fullmatch(r"2(\d\d|XX)", status, re.IGNORECASE) else "Response" + pascal_case(status)
        return role, _after_media(tokens, at + 2)
    if at + 1 < len(tokens) and tokens[at] == "parameters":
        parameter = node_at(data, _pointer(tokens[: at + 2]))
        name = parameter.get("name") if isinstance(parameter, dict) else None
        return pascal_case(str(name)) if isinstance(name, str) else "Parameter", _after_media(tokens, at + 2)
    return "", at


def _after_media(tokens: list[str], at: int) -> int:
    """Past ``content/<media type>/schema`` (or a parameter's ``schema``)."""
    if at + 2 < len(tokens) and tokens[at] == "content" and tokens[at + 2] == "schema":
        return at + 3
    if at < len(tokens) and tokens[at] == "schema":
        return at + 1
    return at


def _words(data: Any, tokens: list[str], start: int, steps: list[str]) -> str:
    """A word per step from a schema down to one nested in it (see the module docstring); ``tokens``: its pointer's."""
    out: list[str] = []
    i = 0
    while i < len(steps):
        step = steps[i]
        nxt = steps[i + 1] if i + 1 < len(steps) else None
        if step in ("properties", "patternProperties", "$defs", "definitions") and nxt is not None:
            out.append("Value" if step == "patternProperties" else pascal_case(nxt))
            i += 2
        elif step in ("oneOf", "anyOf") and nxt is not None and nxt.isdigit():
            branches = node_at(data, _pointer(tokens[: start + i + 1]))
            out.append("" if _sole_branch(branches, int(nxt)) else f"Option{int(nxt) + 1}")
            i += 2
        elif (step == "allOf" and nxt is not None and nxt.isdigit()) or (step == "content" and nxt is not None):
            i += 2  # an allOf part's properties are its owner's; a media type says nothing
        elif step == "prefixItems" and nxt is not None and nxt.isdigit():
            out.append(f"Item{int(nxt) + 1}")
            i += 2
        else:
            word = {"items": "Item", "additionalProperties": "Value"}.get(step)
            out.append(word if word is not None else "" if step in _MEDIA_STEPS else pascal_case(step))
            i += 1
    return "".join(out)


def _sole_branch(branches: Any, index: int) -> bool:
    """Whether a oneOf/anyOf branch is what its property holds: the one branch that isn't null, or
    the one inline schema beside references and simple types (``oneOf: [{properties: ...}, {$ref: Var}]``)."""
    if not isinstance(branches, list):
        return False
    others = [b for i, b in enumerate(branches) if i != index]
    if all(isinstance(b, dict) and b.get("type") == "null" for b in others):
        return True
    return _inline_class(branches[index]) and not any(_inline_class(b) for b in others)


_SHAPES = ("properties", "additionalProperties", "items", "enum", "oneOf", "anyOf", "allOf", "prefixItems")


def _inline_class(schema: Any) -> bool:
    """Whether a schema written in place would be a class of its own (an object, an enum, a union)."""
    return isinstance(schema, dict) and "$ref" not in schema and any(key in schema for key in _SHAPES)


def _full_words(steps: list[str]) -> str:
    """Every step said: ``properties/state/allOf/0`` is ``PropertiesStateAllOf0``."""
    return "".join(pascal_case(step) for step in steps)


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _pointer(tokens: list[str]) -> str:
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)
