"""YAML read safely: JSON-like scalars, and what a hostile file can do refused before values are built.

- Nesting: libyaml composes a document recursively in C, so a file nested 100,000 deep (200 KB of
  ``[``) would end the process with a segfault. ``refuse_deep_text`` bounds the depth from the text
  first (at C speed); only when that bound is high does a pass over libyaml's events (which it
  parses iteratively) measure it, and refuse past ``MAX_DEPTH`` at the line.
- Aliases: what they add to the document (billion laughs) is counted, not the document's own size:
  a 50 MB spec with no alias is no bomb.
- Repeated keys: compared as they will be read (``0xC8`` and ``200`` are both "200"; ``~`` and
  ``null`` both "null").
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Hashable
from itertools import accumulate
from typing import Any

import yaml

from ..ir.diagnostics import Source, error, escape_pointer_token

MAX_DEPTH = 200
"""Nesting deeper than this is refused: no real spec needs it, and it smells of an attack."""

MAX_EXPANDED_NODES = 2_000_000
"""YAML aliases may not add more than this many values to a document (billion laughs)."""

SAFE_COMPOSE_DEPTH = 4_000
"""Below this bound on the nesting, libyaml's recursive composer is safe (it reached 20,000 on an
8 MiB stack); above it, the depth is measured on the events before composing."""

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


class SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader with JSON-like scalars: no timestamps, bools only true/false."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        """JSON object keys are strings: an unquoted ``200:`` response code is "200". Each key becomes its
        string before the mapping is built, so ``1``, ``1.0`` and ``true`` (equal in Python) stay apart."""
        self.flatten_mapping(node)  # merge keys (<<), as the safe loader reads them
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, "found an unhashable key", key_node.start_mark
                )
            mapping[json_key(key)] = self.construct_object(value_node, deep=deep)
        return mapping


def json_key(key: object) -> str:
    """The JSON object key a YAML key's value becomes."""
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
_KEY_READER = SpecLoader("")


def read_key(key: yaml.ScalarNode) -> str:
    """The JSON key a scalar key node will be read as (``0xC8`` -> "200", ``~`` -> "null")."""
    if key.tag == _STR:
        return str(key.value)
    construct: Callable[[Any, yaml.Node], Any] | None = SpecLoader.yaml_constructors.get(key.tag)
    try:
        return json_key(construct(_KEY_READER, key)) if construct is not None else str(key.value)
    except (yaml.YAMLError, ValueError, TypeError):
        return str(key.value)  # constructing the document reports it


# --- nesting, before composing -------------------------------------------------------------

_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def refuse_deep_text(text: str, shown: str) -> None:
    """Raise SpecError, at its line, if ``text`` nests deeper than MAX_DEPTH where composing it could crash."""
    if _depth_bound(text) > SAFE_COMPOSE_DEPTH:
        _measure_depth(text, shown)


def _depth_bound(text: str) -> int:
    """A bound on the nesting of ``text``, in linear time at C speed.

    A block collection inside another starts further right, or (a sequence as a mapping's value)
    in the same column, so block nesting is at most twice the longest line; flow nesting is at most
    the most brackets ever open (those in strings and comments counted too, as only a bound is needed).
    """
    longest = max(map(len, text.splitlines()), default=0)
    levels = list(accumulate(map(_STEP.__getitem__, _NOT_BRACKET.sub("", text)), initial=0))
    open_most: int = max(map(operator.sub, levels, accumulate(levels, min)))
    return 2 * (longest + 1) + open_most


def _measure_depth(text: str, shown: str) -> None:
    """Follow libyaml's events (parsed without recursion) and refuse nesting past MAX_DEPTH, at its line and pointer."""
    frames: list[list[Any]] = []  # per open collection: [is a mapping, items seen, the last key]
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, yaml.CollectionEndEvent):
                frames.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            token = _token(frames, event)
            if isinstance(event, yaml.CollectionStartEvent):
                frames.append([isinstance(event, yaml.MappingStartEvent), 0, token])
                if len(frames) > MAX_DEPTH + 1:
                    pointer = "".join("/" + escape_pointer_token(f[2]) for f in frames[1:])
                    line = event.start_mark.line + 1 if event.start_mark is not None else None
                    raise error(Source(shown, line, pointer), f"nesting deeper than {MAX_DEPTH} levels is refused")
    except yaml.YAMLError:
        return  # composing reports it, with its line


def _token(frames: list[list[Any]], event: yaml.NodeEvent) -> str:
    """The pointer token of the node ``event`` starts in its parent ("" for the root, "?" for a key)."""
    if not frames:
        return ""
    parent = frames[-1]
    parent[1] += 1
    if not parent[0]:
        return str(parent[1] - 1)
    if parent[1] % 2:  # a key: the token of the value that follows it
        parent.append(event.value if isinstance(event, yaml.ScalarEvent) else "?")
        return "?"
    return str(parent.pop())


# --- the composed document: depth, repeated keys, aliases ------------------------------------


def check_shape(root: yaml.Node, shown: str) -> None:
    """Refuse deep nesting, duplicate keys and alias bombs before building values."""
    if not _plainly_fine(root):
        _find_shape_problem(root, shown)


def _plainly_fine(root: yaml.Node) -> bool:
    """True if no node is reached twice (no aliases), no key repeats, and no nesting is too deep.

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
                    read = key.value if key.tag == _STR else read_key(key)
                    if read in keys:
                        return False
                    keys.add(read)
                stack.append((key, depth))
                stack.append((value, depth + 1))
        elif isinstance(node, sequence_node):
            stack.extend((value, depth + 1) for value in node.value)
    return True  # with no alias, the values built are the nodes composed: no bomb, whatever the size


def _find_shape_problem(root: yaml.Node, shown: str) -> None:
    """Raise the first problem, with its pointer; what aliases add is counted as each is met.

    An alias adds a copy of what it names (that node's values, as expanded): the sum over every
    use of a node after its first is what the built document holds beyond the file's own nodes.
    """
    sizes: dict[int, int] = {}
    used: set[int] = set()
    added = 0
    stack: list[tuple[yaml.Node, str, bool]] = [(root, "", False)]
    while stack:
        node, pointer, done = stack.pop()
        children = _children(node, pointer)
        if done:
            for child, _ in children:
                if id(child) in used:
                    added += sizes[id(child)]
                used.add(id(child))
            sizes[id(node)] = 1 + sum(sizes[id(c)] for c, _ in children)
            if added > MAX_EXPANDED_NODES:
                raise error(
                    _node_source(shown, node, pointer),
                    "YAML aliases expand this document past "
                    f"{MAX_EXPANDED_NODES:,} values; refusing (possible alias bomb)",
                )
            continue
        if id(node) in sizes:
            continue
        if pointer.count("/") > MAX_DEPTH:
            raise error(_node_source(shown, node, pointer), f"nesting deeper than {MAX_DEPTH} levels is refused")
        if isinstance(node, yaml.MappingNode):
            _check_unique_keys(node, shown, pointer)
        stack.append((node, pointer, True))
        stack.extend((c, p, False) for c, p in children if id(c) not in sizes)


def _node_source(shown: str, node: yaml.Node, pointer: str) -> Source:
    return Source(shown, node.start_mark.line + 1, pointer)


def _check_unique_keys(node: yaml.MappingNode, shown: str, pointer: str) -> None:
    first: dict[str, yaml.ScalarNode] = {}
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        read = read_key(key)
        if read not in first:
            first[read] = key
            continue
        message = f"duplicate key {key.value!r}"
        if first[read].value != key.value:
            message += f": read as {read!r}, as {first[read].value!r} on line {first[read].start_mark.line + 1} is"
        raise error(_node_source(shown, key, pointer + "/" + escape_pointer_token(read)), message)


def _children(node: yaml.Node, pointer: str) -> list[tuple[yaml.Node, str]]:
    if isinstance(node, yaml.MappingNode):
        out: list[tuple[yaml.Node, str]] = []
        for key, value in node.value:
            token = escape_pointer_token(read_key(key) if isinstance(key, yaml.ScalarNode) else "?")
            out.append((key, pointer))
            out.append((value, f"{pointer}/{token}"))
        return out
    if isinstance(node, yaml.SequenceNode):
        return [(v, f"{pointer}/{i}") for i, v in enumerate(node.value)]
    return []
