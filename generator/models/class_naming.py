"""What naming/owners.py needs to know of each of datamodel-code-generator's models to name it.

Its place (places.Locator), its kind, the name the parser made of the spec's key, its shape
(two models of one place and shape are copies of one schema), and what the parser's reference
path says below the schema (``Holder/linked#allOf#/1#object#/vm`` is ``LinkedAllOf1Vm``).
"""

from __future__ import annotations

import re

from ..naming.owners import ParsedClass, claim_class_names
from .context import BuildContext
from .dmcg import DataModel, DmcgEnum
from .places import MARKER


def claim_model_names(context: BuildContext, results: list[DataModel]) -> None:
    """Claim a name for each model (naming/owners.py); record the copies in ``context.copy_of``."""
    classes = {model.reference.path: _parsed(context, model) for model in results}
    context.copy_of.update(claim_class_names(classes, context.by_place, context.names))


def _parsed(context: BuildContext, model: DataModel) -> ParsedClass:
    path = model.reference.path
    place = context.place(path)
    kind = "Enum" if isinstance(model, DmcgEnum) else "Union" if model.__class__.__name__ == "TypeAlias" else "Model"
    return ParsedClass(
        key=path,
        file=place.file,
        pointer=place.pointer,
        exact=place.exact,
        kind=kind,
        given=str(model.reference.duplicate_name or model.class_name),  # its spec name, not numbered past others
        shape=(type(model), *(f.name for f in model.fields)),
        path_words=_path_words(path),
        part_words=_last_marker_words(path),
    )


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
