"""Name each of datamodel-code-generator's models from where its schema sits (models/place_names.py).

A model's owner is the nearest schema above it that is a model too; the owner is named first.
Copies the parser made of one schema (a shared parameter's, once per operation using it)
are one class: the first copy, the schema's own model if there is one.
"""

from __future__ import annotations

import re

from ..ir.class_names import DERIVED, NameHint, NameRequest
from ..naming.places import place_request
from .context import BuildContext
from .dmcg import DataModel, DmcgEnum
from .places import MARKER, Place


def claim_model_names(context: BuildContext, results: list[DataModel]) -> None:
    for model in results:
        _claim(context, model.reference.path)


def _claim(context: BuildContext, path: str) -> None:
    if context.names.claimed(path):
        return
    model = context.by_path[path]
    place = context.place(path)
    primary = context.by_place.get((str(place.file.path), place.pointer))
    if primary is not None and primary != path and _copies(context, path, primary):
        _claim(context, primary)
        context.names.share_class(path, primary)
        context.copy_of[path] = primary
        return
    kind = "Enum" if isinstance(model, DmcgEnum) else "Union" if model.__class__.__name__ == "TypeAlias" else "Model"
    where = f"{place.file.display}#{place.pointer}"
    if primary is not None and primary != path and place.exact and context.place(primary).exact:
        # Another model the parser made of the schema (a branch of an allOf it merged): under the schema's own.
        _claim(context, primary)
        hint = NameHint(context.names.class_name(primary), _last_marker_words(path))
        context.names.claim_class(path, NameRequest(hint, kind, where, DERIVED, full_words=_path_words(path)))
        return
    owner, depth = _owner(context, place, path)
    if owner:
        _claim(context, owner)
    owner_name = context.names.class_name(owner) if owner else ""
    given = str(model.reference.duplicate_name or model.class_name)  # its spec name, not numbered past others
    if place.exact:
        request = place_request(place.file, place.pointer, owner_name, depth, given, kind)
    else:  # a place the parser's path couldn't be followed to: its own name, under the nearest model above
        request = NameRequest(NameHint(owner_name, given), kind, where, DERIVED, full_words=_path_words(path))
    context.names.claim_class(path, request)


def _owner(context: BuildContext, place: Place, path: str) -> tuple[str, int]:
    """The reference path of the nearest model above ``place`` in its file, and its pointer's length."""
    tokens = place.pointer.split("/")[1:]
    start = len(tokens) if not place.exact else len(tokens) - 1  # an inexact place is itself above the schema
    for length in range(start, -1, -1):
        pointer = "".join("/" + t for t in tokens[:length])
        found = context.by_place.get((str(place.file.path), pointer))
        if found is not None and found != path and context.place(found).exact:
            return found, length
    return "", 0


def _copies(context: BuildContext, path: str, primary: str) -> bool:
    """Whether two of the parser's models at one place are copies of one schema."""
    model, first = context.by_path[path], context.by_path[primary]
    same_shape = type(model) is type(first) and [f.name for f in model.fields] == [f.name for f in first.fields]
    return same_shape and context.place(path).exact and context.place(primary).exact


def _last_marker_words(path: str) -> str:
    """What the parser's last special token says: ``union_model-1`` is ``Option2``, ``allOf`` ``AllOf``."""
    found = MARKER.findall(path.rpartition("/")[2])
    last = found[-1] if found else ""
    if last.startswith("union_model-") and last.removeprefix("union_model-").isdigit():
        return f"Option{int(last.removeprefix('union_model-')) + 1}"
    return _MARKER_WORDS.get(last, "") or last[:1].upper() + last[1:]


_MARKER_WORDS = {"allOf": "AllOf", "oneOf": "Option", "anyOf": "Option", "array": "Item"}


def _path_words(path: str) -> str:
    """The parser's path below its schema in words: ``Holder/linked#allOf#/1#object#/vm`` is ``LinkedAllOf1Vm``."""
    said = MARKER.sub(lambda m: " " + _MARKER_WORDS.get(m.group(1), "") + " ", path.partition("#")[2])
    tokens = said.split("/")[1:]
    if tokens[:2] == ["components", "schemas"]:
        tokens = tokens[3:]
    words = re.split(r"[^0-9A-Za-z]+", " ".join(tokens))
    return "".join(w[:1].upper() + w[1:] for w in words if w)
