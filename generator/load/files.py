"""Load a spec: safe YAML (or JSON) parsing that keeps where every value came from.

Values are plain JSON data (dict, list, str, int, float, bool, None). YAML is read
with the YAML 1.2 core schema's rules for what is a bool (only true/false) and no
timestamp type, so an example's "2021-01-30" stays a string, as a JSON tool sees it.
The YAML node tree is kept so a diagnostic can name the line of any JSON pointer.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from ..ir.diagnostics import Source, error
from . import json_lines, swagger
from .json_lines import LineIndex
from .yaml_safety import MAX_DEPTH, SpecLoader, check_shape, refuse_deep_text


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

    Only files inside the root spec's folder tree, or below one of ``ref_roots`` (``--allow-refs-under``),
    are ever read: symlinks are followed before that is decided (``readable``).
    """

    def __init__(self, root: LoadedFile, prefix: str = "", ref_roots: Iterable[Path] = ()) -> None:
        self.root = root
        self.prefix = prefix
        self.files: dict[Path, LoadedFile] = {root.path.resolve(): root}
        self.ref_roots = (root.path.absolute().parent.resolve(), *(Path(r).resolve() for r in ref_roots))

    def readable(self, path: Path) -> bool:
        """Whether a ``$ref`` may read ``path``: it lies, its symlinks followed, below a folder of ``ref_roots``."""
        resolved = path.resolve()
        return resolved in self.files or any(resolved.is_relative_to(folder) for folder in self.ref_roots)

    def get(self, path: Path) -> LoadedFile:
        key = path.resolve()
        if key not in self.files:
            if not self.readable(key):
                raise error(Source(self.root.display, None, ""), f"{OUTSIDE} ({path})")
            self.files[key] = load_file(key, self._display_path(key))
        return self.files[key]

    def _display_path(self, path: Path) -> str:
        shown = self.root.display.removeprefix(self.prefix)
        relative = os.path.relpath(path, self.root.path.resolve().parent)
        return self.prefix + Path(os.path.normpath(Path(shown).parent / relative)).as_posix()


OUTSIDE = "names a file outside the spec's folder: not read (--allow-refs-under DIR allows the files below DIR)"


def load_file(path: Path, display: str | None = None) -> LoadedFile:
    """Parse ``path``; raise SpecError (with file and line) if it can't be read safely.

    A Swagger 2.0 document is converted to OpenAPI 3.0 here (swagger.py); its diagnostics
    still name the file's own pointers and lines.
    """
    shown = display or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # without one byte-order mark, JSON's as YAML's
    except (OSError, UnicodeDecodeError) as exc:
        raise error(Source(shown, None, ""), f"cannot read the spec: {exc}") from None
    if not text.strip():
        raise error(Source(shown, 1, ""), "the file is empty")
    looks_like_json = path.suffix == ".json" or text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")
    with _cyclic_gc_paused():
        loaded = _load_json(path, shown, text) if looks_like_json else None
        if loaded is None:
            loaded = _load_yaml(path, shown, text)
    if not isinstance(loaded.data, dict):
        raise error(Source(shown, 1, ""), "a spec must be a mapping (an OpenAPI document)")
    if loaded.data.get("swagger") == "2.0":
        loaded.data, loaded.origin = swagger.convert(loaded.data)
        loaded.converted_from = "Swagger 2.0"
    return loaded


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Parsing makes millions of objects and no reference cycles to collect: the cyclic collector's
    passes over them cost more than the parse, and grow faster than the file (a 6.9 MB YAML spec
    composed in 7.8 s, 1.2 s without them; twice the file, three times the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    refuse_deep_text(text, shown)
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
    check_shape(root, shown)
    loader = SpecLoader("")
    try:
        data = loader.construct_document(root)
    except yaml.YAMLError as exc:
        raise error(Source(shown, None, ""), f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
    return LoadedFile(path, shown, data, root)


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
