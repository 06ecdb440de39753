"""Load a spec: safe YAML (or JSON) parsing that keeps where every value came from.

Values are plain JSON data (dict, list, str, int, float, bool, None). YAML is read
with the YAML 1.2 core schema's rules for what is a bool (only true/false) and no
timestamp type, so an example's "2021-01-30" stays a string, as a JSON tool sees it.
The YAML node tree is kept so a diagnostic can name the line of any JSON pointer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from ..ir.diagnostics import Source, error, escape_pointer_token
from . import json_lines, swagger
from .json_lines import LineIndex

MAX_DEPTH = 200
"""Nesting deeper than this is refused: no real spec needs it, and it smells of an attack."""

MAX_EXPANDED_NODES = 2_000_000
"""YAML aliases may not blow a document up past this many nodes (billion laughs)."""

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader with JSON-like scalars: no timestamps, bools only true/false."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        # JSON object keys are strings: an unquoted `200:` response code is "200".
        mapping = super().construct_mapping(node, deep=deep)
        return {_json_key(k): v for k, v in mapping.items()}


def _json_key(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


SpecLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass
class LoadedFile:
    """One parsed spec file: its data and what knows the line of each value."""

    path: Path
    display: str
    data: Any
    root: yaml.Node | None
    json_lines: LineIndex | None = None  # for JSON files, instead of root
    origin: Callable[[str], str] | None = None
    """For a converted document (Swagger 2.0): the pointer in the file of a pointer in ``data``."""
    converted_from: str = ""  # "Swagger 2.0" for a converted document

    def source(self, pointer: str) -> Source:
        shown = self.origin(pointer) if self.origin is not None else pointer
        return Source(self.display, self.line(shown), shown)

    def line(self, pointer: str) -> int | None:
        if self.json_lines is not None:
            return self.json_lines.line(pointer)
        return line_of(self.root, pointer)


class FileCache:
    """Spec files loaded once each, so relative $refs across files can be checked.

    Each file is shown as the root spec is, relative to it: ``specs/../components/a.yml`` is
    ``components/a.yml``. ``prefix`` starts every name shown (the root's too), unchanged: a
    spec read from a git revision is ``HEAD:specs/cycle.yaml``, its files ``HEAD:components/a.yml``.
    """

    def __init__(self, root: LoadedFile, prefix: str = "") -> None:
        self.root = root
        self.prefix = prefix
        self.files: dict[Path, LoadedFile] = {root.path.resolve(): root}

    def get(self, path: Path) -> LoadedFile:
        key = path.resolve()
        if key not in self.files:
            self.files[key] = load_file(key, self._display_path(key))
        return self.files[key]

    def _display_path(self, path: Path) -> str:
        shown = self.root.display.removeprefix(self.prefix)
        relative = os.path.relpath(path, self.root.path.resolve().parent)
        return self.prefix + Path(os.path.normpath(Path(shown).parent / relative)).as_posix()


def load_file(path: Path, display: str | None = None) -> LoadedFile:
    """Parse ``path``; raise SpecError (with file and line) if it can't be read safely.

    A Swagger 2.0 document is converted to OpenAPI 3.0 here (swagger.py); its diagnostics
    still name the file's own pointers and lines.
    """
    shown = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(Source(shown, None, ""), f"cannot read the spec: {exc}") from None
    if not text.strip():
        raise error(Source(shown, 1, ""), "the file is empty")
    looks_like_json = path.suffix == ".json" or text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")
    loaded = _load_json(path, shown, text) if looks_like_json else None
    if loaded is None:
        loaded = _load_yaml(path, shown, text)
    if not isinstance(loaded.data, dict):
        raise error(Source(shown, 1, ""), "a spec must be a mapping (an OpenAPI document)")
    if loaded.data.get("swagger") == "2.0":
        loaded.data, loaded.origin = swagger.convert(loaded.data)
        loaded.converted_from = "Swagger 2.0"
    return loaded


def _load_json(path: Path, shown: str, text: str) -> LoadedFile | None:
    """A JSON file, or None if the text is not JSON (a YAML flow mapping, say) and isn't named .json."""
    lines = LineIndex(text)
    try:
        data = json_lines.parse(text)
    except json_lines.DuplicateKey as exc:
        pointer, line = lines.find_duplicate() or ("", None)
        raise error(Source(shown, line, pointer.rsplit("/", 1)[0]), f"duplicate key {exc.key!r}") from None
    except RecursionError:
        raise error(Source(shown, None, ""), "the document is nested too deeply") from None
    except ValueError as exc:
        if path.suffix != ".json":
            return None
        line = getattr(exc, "lineno", None)
        raise error(Source(shown, line, ""), f"malformed JSON: {getattr(exc, 'msg', exc)}") from None
    if json_lines.depth_exceeds(data, MAX_DEPTH):
        raise error(Source(shown, None, ""), f"nesting deeper than {MAX_DEPTH} levels is refused")
    return LoadedFile(path, shown, data, None, json_lines=lines)


def _load_yaml(path: Path, shown: str, text: str) -> LoadedFile:
    try:
        root = yaml.compose(text, Loader=SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        context = exc.context or ""
        if exc.context_mark is not None and exc.problem_mark is not None and context:
            context += f" (begun on line {exc.context_mark.line + 1})"
        problem = " ".join(str(p) for p in (context, exc.problem) if p)
        raise error(Source(shown, line, ""), f"malformed YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise error(Source(shown, None, ""), f"malformed YAML: {exc}") from None
    except RecursionError:
        raise error(Source(shown, None, ""), "the document is nested too deeply") from None
    if root is None:
        raise error(Source(shown, 1, ""), "the file is empty")
    _check_shape(root, shown)
    loader = SpecLoader("")
    try:
        data = loader.construct_document(root)
    except yaml.YAMLError as exc:
        raise error(Source(shown, None, ""), f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
    return LoadedFile(path, shown, data, root)


def _check_shape(root: yaml.Node, shown: str) -> None:
    """Refuse deep nesting, duplicate keys and alias bombs before building values."""
    if not _plainly_fine(root):
        _find_shape_problem(root, shown)


def _plainly_fine(root: yaml.Node) -> bool:
    """True if no node is reached twice (no aliases), no key repeats, and both limits hold.

    Then there is nothing to report, and no pointer needs building: 40 ms instead of 110 ms
    on Cycle's 130,000-node platform.yml. Otherwise _find_shape_problem names the place.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    mapping_node, sequence_node, scalar_node = yaml.MappingNode, yaml.SequenceNode, yaml.ScalarNode
    while stack:
        node, depth = stack.pop()
        if id(node) in seen or depth > MAX_DEPTH:
            return False
        seen.add(id(node))
        if isinstance(node, mapping_node):
            keys: set[str] = set()
            for key, value in node.value:
                if isinstance(key, scalar_node):
                    if key.value in keys:
                        return False
                    keys.add(key.value)
                stack.append((key, depth))
                stack.append((value, depth + 1))
        elif isinstance(node, sequence_node):
            stack.extend((value, depth + 1) for value in node.value)
    return len(seen) <= MAX_EXPANDED_NODES


def _find_shape_problem(root: yaml.Node, shown: str) -> None:
    """Raise the first problem, with its pointer: the document's sizes counted as aliases expand it."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, str, bool]] = [(root, "", False)]
    while stack:
        node, pointer, done = stack.pop()
        children = _children(node, pointer)
        if done:
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c, _ in children)
            if sizes[id(node)] > MAX_EXPANDED_NODES:
                raise error(
                    _node_source(shown, node, pointer),
                    "YAML aliases expand this document past "
                    f"{MAX_EXPANDED_NODES:,} values; refusing (possible alias bomb)",
                )
            continue
        if id(node) in sizes:
            continue
        if pointer.count("/") > MAX_DEPTH:
            raise error(
                _node_source(shown, node, pointer),
                f"nesting deeper than {MAX_DEPTH} levels is refused",
            )
        if isinstance(node, yaml.MappingNode):
            _check_unique_keys(node, shown, pointer)
        stack.append((node, pointer, True))
        stack.extend((c, p, False) for c, p in children if id(c) not in sizes)


def _node_source(shown: str, node: yaml.Node, pointer: str) -> Source:
    return Source(shown, node.start_mark.line + 1, pointer)


def _check_unique_keys(node: yaml.MappingNode, shown: str, pointer: str) -> None:
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                raise error(
                    _node_source(shown, key, pointer + "/" + escape_pointer_token(key.value)),
                    f"duplicate key {key.value!r}",
                )
            seen.add(key.value)


def _children(node: yaml.Node, pointer: str) -> list[tuple[yaml.Node, str]]:
    if isinstance(node, yaml.MappingNode):
        out: list[tuple[yaml.Node, str]] = []
        for key, value in node.value:
            token = escape_pointer_token(key.value if isinstance(key, yaml.ScalarNode) else "?")
            out.append((key, pointer))
            out.append((value, f"{pointer}/{token}"))
        return out
    if isinstance(node, yaml.SequenceNode):
        return [(v, f"{pointer}/{i}") for i, v in enumerate(node.value)]
    return []


def line_of(root: yaml.Node | None, pointer: str) -> int | None:
    """The 1-based line of the value at ``pointer``, or of its nearest ancestor."""
    if root is None:
        return None
    node = root
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        child = _child(node, token)
        if child is None:
            break
        node = child
    return int(node.start_mark.line) + 1


def _child(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                return value  # type: ignore[no-any-return]
    if isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        if index < len(node.value):
            return node.value[index]  # type: ignore[no-any-return]
    return None


def split_ref(ref: str) -> tuple[str, str]:
    """The file a relative ``$ref`` names ("" for its own) and its JSON pointer, both percent-decoded.

    A ``$ref`` is a URI: ``#/paths/~1subscriptions~1%7BsubscriptionId%7D`` is the pointer
    ``/paths/~1subscriptions~1{subscriptionId}`` (RFC 3986 decoding first, then RFC 6901's
    ``~1`` and ``~0`` when the pointer is followed).
    """
    parts = urlsplit(ref)
    return unquote(parts.path), unquote(parts.fragment)


def ref_pointer(ref: str) -> str:
    """The JSON pointer of a ``$ref`` (the part after "#"), percent-decoded: see ``split_ref``."""
    return unquote(urlsplit(ref).fragment)


def resolve_pointer(data: Any, pointer: str) -> Any:
    """The value at a JSON pointer, or KeyError."""
    node = data
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise KeyError(pointer)
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(pointer)
    return node
