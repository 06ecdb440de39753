"""A spec's generator settings: ``<spec>.config.yaml`` beside it, or the file ``--config`` names.

Every key is checked: an unknown key, or a value of the wrong kind, is an error with the
config file's line and pointer, as a spec's problems are. Names the file gives (a package,
classes, fields, methods) must be plain Python identifiers, so a config can't inject code
either; whether each one names something of the spec is checked when the spec is built.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..ir.diagnostics import Diagnostic, Source, SpecError, escape_pointer_token, join_pointer
from ..ir.naming import RESERVED_ATTRIBUTES, RESERVED_CLASSES
from ..ir.walk import HTTP_METHODS
from .files import LoadedFile, load_file

CONFIG_SUFFIX = ".config.yaml"


@dataclass(frozen=True)
class Rename:
    """One entry of ``class_names``, ``field_names`` or ``method_names``: what it names, the new name, where."""

    target: str  # a JSON pointer ("/components/schemas/Image"), a schema name ("Image", "Image.about"), an operationId
    name: str
    source: Source


@dataclass(frozen=True)
class Hook:
    """A command run in each package's staged folder after ruff; a string goes to the shell."""

    command: str | tuple[str, ...]
    source: Source

    def __str__(self) -> str:
        return self.command if isinstance(self.command, str) else " ".join(self.command)


_KEY = re.compile(r"(?i)(" + "|".join(HTTP_METHODS) + r") (/.*)")


def operation_key(method: str, path: str) -> str:
    """How a config names an operation without its operationId: ``GET /images/{id}``."""
    return f"{method.upper()} {path}"


def key_of(name: str) -> str | None:
    """``name`` as an operation key if it is one (``get /images/{id}`` -> ``GET /images/{id}``), else None."""
    found = _KEY.fullmatch(name)
    return operation_key(found[1], found[2]) if found else None


def names_operation(name: str, operation_id: str, method: str, path: str) -> bool:
    """Whether a config's ``name`` (an operationId, or a key ``METHOD /path``) names this operation."""
    return name == operation_id or key_of(name) == operation_key(method, path)


@dataclass(frozen=True)
class Named:
    """One entry of ``operations``: a tag, or an operation by its operationId or key, and where it is."""

    kind: Literal["tag", "operation"]
    name: str
    source: Source


@dataclass(frozen=True)
class Selection:
    """Which operations get methods: ``include`` (tags, operations), then less ``exclude``.

    ``source`` is where the config's ``operations`` is: None when it has none (every operation is kept).
    """

    include: tuple[Named, ...] = ()
    exclude: tuple[Named, ...] = ()
    source: Source | None = None

    def keeps(self, operation_id: str, method: str, path: str, tags: list[str]) -> bool:
        if self.include and not any(self._names(n, operation_id, method, path, tags) for n in self.include):
            return False
        return not any(self._names(n, operation_id, method, path, tags) for n in self.exclude)

    @staticmethod
    def _names(named: Named, operation_id: str, method: str, path: str, tags: list[str]) -> bool:
        if named.kind == "tag":
            return named.name in tags
        return names_operation(named.name, operation_id, method, path)

    def named(self) -> tuple[Named, ...]:
        """Every tag and operation it names, to check that the spec has them."""
        return self.include + self.exclude


PAGING_STYLES = ("page-number", "next-page", "page-count", "offset", "cursor", "next-link", "link-header")
PAGING_KEYS = {
    "style": "one of " + ", ".join(PAGING_STYLES),
    "items": "the body's array property of the items (default: its only one)",
    "param": "the query parameter of the page number, offset or cursor",
    "size": "the query parameter of the page size",
    "next": "where the body says the next page number, cursor or link (dotted: meta.pagination.next_page)",
    "pages": "page-count: where the body says how many pages there are",
    "current": "page-count: where the body says this page's number",
    "total": "offset: where the body says how many items there are",
    "has_more": "offset, cursor: where the body says whether there are more",
    "item_key": "cursor: the last item's property that is the next cursor (Stripe's id)",
}


@dataclass(frozen=True)
class PagingRule:
    """One entry of ``pagination``: how the operation named pages (``style`` "none": it has no paginator)."""

    target: str  # an operationId or a key "GET /path"
    style: str
    keys: tuple[tuple[str, str], ...]  # of PAGING_KEYS besides style, as written (wire names)
    source: Source


@dataclass(frozen=True)
class SpecConfig:
    """What a config file sets; the defaults are what a spec without one gets."""

    file: str = ""  # the config file, as shown in messages ("" when there is none)
    templates: Path | None = None  # a folder of templates taken before templates/ (same names)
    package: Rename | None = None  # the package's name, instead of info.x-python-package or the file's stem
    class_names: tuple[Rename, ...] = ()
    field_names: tuple[Rename, ...] = ()
    operations: Selection = field(default_factory=Selection)
    method_names: tuple[Rename, ...] = ()
    enums: Literal["open", "literal"] = "open"
    post_hooks: tuple[Hook, ...] = ()
    pagination: tuple[PagingRule, ...] = ()
    readme: bool | None = None  # write README.md (None: as the command line says: --readme or --meta pyproject)


KEYS = {
    "templates": "a folder of templates that replace those of the same name, relative to the config file",
    "package": "the package's name (a plain identifier), instead of info.x-python-package or <stem>_client",
    "class_names": "class renames: {JSON pointer or component schema name: ClassName}",
    "field_names": "field renames: {JSON pointer of a property, or Schema.property: field_name}",
    "operations": "{include: {tags: [...], operation_ids: [...]}, exclude: {...}}: which operations get methods "
    "(an operation by its operationId or its key, 'GET /images/{id}')",
    "method_names": "{operationId or 'GET /images/{id}': method_name}",
    "enums": "open (Enum | str: values the spec doesn't list are kept) or literal (Literal[...]: they are refused)",
    "post_hooks": "commands run in each generated package's folder after ruff (a string: by the shell)",
    "pagination": "{operationId or 'GET /images': none, or {style: cursor, param: cursor, next: meta.cursor, ...}}",
    "readme": "true: write README.md in the package (false: not even with --meta pyproject)",
}


def config_beside(spec: Path) -> Path:
    """``specs/cycle.yaml`` -> ``specs/cycle.config.yaml``."""
    return spec.with_name(spec.stem + CONFIG_SUFFIX)


def is_config(path: Path) -> bool:
    return path.name.endswith(CONFIG_SUFFIX)


def load_config(path: Path | None, shown: str | None = None, *, folders: bool = True) -> SpecConfig:
    """The settings in ``path``; the defaults if it is None or doesn't exist. Raises SpecError.

    ``folders``: check that ``templates`` is a folder (a spec read from a git revision has none).
    """
    if path is None or not path.is_file():
        return SpecConfig()
    loaded = load_file(path, shown)
    reader = _Reader(loaded)
    if not isinstance(loaded.data, dict):
        raise SpecError([reader.error("", "a config file is a mapping of keys (known: " + ", ".join(KEYS) + ")")])
    values: dict[str, Any] = {}
    for key, value in loaded.data.items():
        pointer = join_pointer("", key)
        read = reader.readers.get(key)
        if read is None:
            reader.problem(pointer, f"unknown config key {key!r} (known: {', '.join(sorted(KEYS))})")
        elif key != "templates" or folders:
            values[key] = read(pointer, value)
    if reader.problems:
        raise SpecError(reader.problems)
    return SpecConfig(file=loaded.display, **{k: v for k, v in values.items() if v is not None})


class _Reader:
    """Reads each key's value, collecting every problem with its line and pointer."""

    def __init__(self, loaded: LoadedFile) -> None:
        self.loaded = loaded
        self.problems: list[Diagnostic] = []
        self.readers: dict[str, Callable[[str, Any], Any]] = {
            "templates": self.folder,
            "package": self.package,
            "class_names": lambda p, v: self.renames(p, v, _class_name_problem),
            "field_names": lambda p, v: self.renames(p, v, _field_name_problem),
            "operations": self.selection,
            "method_names": lambda p, v: self.renames(p, v, _field_name_problem),
            "enums": self.enums,
            "post_hooks": self.hooks,
            "pagination": self.paging,
            "readme": self.flag,
        }

    def error(self, pointer: str, message: str) -> Diagnostic:
        return Diagnostic("error", self.loaded.source(pointer), message)

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(self.error(pointer, message))

    def folder(self, pointer: str, value: Any) -> Path | None:
        if not isinstance(value, str) or not value.strip():
            self.problem(pointer, "expected a folder path (a string)")
            return None
        folder = (self.loaded.path.parent / value).resolve()
        if not folder.is_dir():
            self.problem(pointer, f"no such folder: {value}")
            return None
        return folder

    def package(self, pointer: str, value: Any) -> Rename | None:
        problem = _field_name_problem(value) if isinstance(value, str) else "expected a package name (a string)"
        if problem:
            self.problem(pointer, problem)
            return None
        return Rename("", value, self.loaded.source(pointer))

    def renames(self, pointer: str, value: Any, check: Callable[[Any], str]) -> tuple[Rename, ...] | None:
        if not isinstance(value, dict):
            self.problem(pointer, "expected a mapping of what is renamed to its new name")
            return None
        out = []
        for target, name in value.items():
            at = join_pointer(pointer, target)
            problem = check(name) or ("" if str(target).strip() else "the name of what is renamed is empty")
            if problem:
                self.problem(at, problem)
            else:
                out.append(Rename(str(target), name, self.loaded.source(at)))
        return tuple(out)

    def selection(self, pointer: str, value: Any) -> Selection | None:
        if not isinstance(value, dict) or not set(value) <= {"include", "exclude"}:
            self.problem(pointer, "expected {include: ..., exclude: ...}, each {tags: [...], operation_ids: [...]}")
            return None
        parts: dict[str, tuple[Named, ...]] = {}
        for part in ("include", "exclude"):
            chosen = value.get(part, {})
            at = join_pointer(pointer, part)
            if not isinstance(chosen, dict) or not set(chosen) <= {"tags", "operation_ids"}:
                self.problem(at, "expected {tags: [...], operation_ids: [...]}")
                continue
            found: list[Named] = []
            kinds: tuple[tuple[Literal["tag", "operation"], str], ...] = (
                ("tag", "tags"),
                ("operation", "operation_ids"),
            )
            for kind, listed in kinds:
                names = chosen.get(listed, [])
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    self.problem(join_pointer(at, listed), "expected a list of strings")
                    continue
                found += [Named(kind, n, self.loaded.source(join_pointer(at, listed, i))) for i, n in enumerate(names)]
            parts[part] = tuple(found)
        return Selection(**parts, source=self.loaded.source(pointer))

    def paging(self, pointer: str, value: Any) -> tuple[PagingRule, ...] | None:
        if not isinstance(value, dict):
            self.problem(pointer, "expected a mapping of operations (operationId or 'GET /path') to their pagination")
            return None
        rules = []
        for target, rule in value.items():
            at = join_pointer(pointer, target)
            if rule == "none":
                rules.append(PagingRule(str(target), "none", (), self.loaded.source(at)))
            elif not isinstance(rule, dict) or rule.get("style") not in PAGING_STYLES:
                self.problem(at, "expected none, or {style: " + " | ".join(PAGING_STYLES) + ", ...}")
            else:
                keys = self.paging_keys(at, rule)
                rules.append(PagingRule(str(target), rule["style"], keys, self.loaded.source(at)))
        return tuple(rules)

    def paging_keys(self, pointer: str, rule: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        keys = []
        for key, given in rule.items():
            at = join_pointer(pointer, key)
            if key not in PAGING_KEYS:
                self.problem(at, f"unknown pagination key {key!r} (known: {', '.join(PAGING_KEYS)})")
            elif not isinstance(given, str) or not given.strip():
                self.problem(at, "expected a name (a string)")
            elif key != "style":
                keys.append((str(key), given))
        return tuple(keys)

    def flag(self, pointer: str, value: Any) -> bool | None:
        if not isinstance(value, bool):
            self.problem(pointer, "expected true or false")
            return None
        return value

    def enums(self, pointer: str, value: Any) -> str | None:
        if value not in ("open", "literal"):
            self.problem(pointer, "expected open or literal")
            return None
        return str(value)

    def hooks(self, pointer: str, value: Any) -> tuple[Hook, ...] | None:
        if not isinstance(value, list):
            self.problem(pointer, "expected a list of commands")
            return None
        out = []
        for n, command in enumerate(value):
            at = join_pointer(pointer, n)
            if isinstance(command, str) and command.strip():
                out.append(Hook(command, self.loaded.source(at)))
            elif isinstance(command, list) and command and all(isinstance(a, str) for a in command):
                out.append(Hook(tuple(command), self.loaded.source(at)))
            else:
                self.problem(at, "expected a command: a string (run by the shell) or a list of arguments")
        return tuple(out)


def _identifier_problem(name: Any) -> str:
    if not isinstance(name, str):
        return "expected a name (a string)"
    if not name.isascii() or not name.isidentifier() or keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return f"{name!r} is not a plain Python identifier"
    if name.startswith("_"):
        return f"{name!r} starts with an underscore, which generated names never do"
    return ""


def _class_name_problem(name: Any) -> str:
    problem = _identifier_problem(name)
    if not problem and name in RESERVED_CLASSES:
        return f"{name!r} is a name the models module imports, or a builtin one"
    return problem


def _field_name_problem(name: Any) -> str:
    problem = _identifier_problem(name)
    if not problem and name in RESERVED_ATTRIBUTES:
        return f"{name!r} is a name every model (or its class body) uses"
    return problem


def pointer_of(target: str) -> str:
    """A rename's target as a JSON pointer: ``#/components/...`` and ``/components/...`` as written,
    a schema name ``Image`` as ``/components/schemas/Image``, ``Image.about`` as its property."""
    if target.startswith("#/") or target.startswith("/"):
        return target.removeprefix("#")
    schema, dot, prop = target.partition(".")
    pointer = "/components/schemas/" + escape_pointer_token(schema)
    return pointer + "/properties/" + escape_pointer_token(prop) if dot else pointer
