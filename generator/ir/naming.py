"""Python names for things a spec names: always valid identifiers, never clashing.

datamodel-code-generator proposes the names (snake_case fields, reserved words,
class names); this module is the last guard, since whatever a spec says must end
up as a plain identifier that cannot shadow or inject anything.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import sys

# Attributes every generated model has, names its annotations use in class scope, and
# names its class body calls while the class is being defined (field, frozenset, ...).
RESERVED_ATTRIBUTES = frozenset(
    {
        "field",
        "frozenset",
        "classmethod",
        "ClassVar",
        "UNSET",
        "Unset",
        "Key",
        "from_dict",
        "to_dict",
        "from_json",
        "list_from_json",
        "to_json",
        "_wire_fields",
        "_from_wire",
        "WireFields",
        "replace",
        "KEEP",
        "Keep",
        "additional_properties",
        "_wire_names",
        "str",
        "int",
        "float",
        "bytes",
        "bool",
        "list",
        "dict",
        "tuple",  # __reduce__'s
        "datetime",
        "date",
        "Any",
        "Literal",
        "Never",
        "None",
        "mro",
        "object",
        "Final",
        "TypeAlias",
    }
)

# Names a generated models module imports; a class may not take one of them.
RESERVED_CLASSES = frozenset(
    {
        "Any",
        "ClassVar",
        "Literal",
        "Never",
        "TypeAlias",
        "dataclass",
        "field",
        "datetime",
        "date",
        "Enum",
        "IntEnum",
        "StrEnum",
        "UNSET",
        "Unset",
        "DecodeError",
        "Key",
        "KEEP",
        "Keep",
    }
    # A builtin class (Warning, KeyError, ...): the module names it (``except KeyError``), and mypy reads
    # a field annotated with a class defined further down the module as the builtin of that name.
    | {name for name in dir(builtins) if name[:1].isupper()}
)


_SECRET_NAMES = re.compile(
    r"^(password|passwd|secret|token|api_?key|access_?token|refresh_?token|client_?secret|private_?key)$",
    re.IGNORECASE,
)


def is_secret_name(wire_name: str) -> bool:
    """Whether a field or parameter of this name holds a credential (kept out of reprs and logs)."""
    return bool(_SECRET_NAMES.match(wire_name))


def package_from_stem(stem: str) -> str:
    """The package a spec file makes: ``My-API v2`` -> ``my_api_v2_client``, ``2024-api`` -> ``api_2024_api_client``.

    Always a plain identifier: a stem that starts with a digit (or has nothing usable) gets a prefix.
    """
    name = re.sub(r"\W", "_", stem.lower(), flags=re.ASCII).lstrip("_")
    if not name or name[0].isdigit():
        name = f"api_{name}".rstrip("_")
    return f"{name}_client"


MAX_FILE_NAME = 100
"""Package folders and module files made from names a spec gives are at most this long (plus ``.py``):
file systems refuse names over 255 bytes, and Windows paths over 260 characters."""


def shortened(name: str, limit: int = MAX_FILE_NAME) -> str:
    """``name`` if it is at most ``limit`` characters, else its start and a hash of the whole: the same on every run."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{name[: limit - len(digest) - 1]}_{digest}"


PACKAGE_DEPENDENCIES = frozenset(
    {
        *("httpx", "httpcore", "h11", "h2", "hpack", "hyperframe", "anyio", "sniffio", "certifi", "idna"),
        *("socksio", "brotli", "brotlicffi", "zstandard", "exceptiongroup", "typing_extensions"),
        *("msgspec", "orjson"),
    }
)
"""What a generated package imports (httpx, and msgspec and orjson when installed), and what those import."""


def shadowed_module(name: str) -> str:
    """What a top-level package called ``name`` would hide once vendored ("" if nothing): a module of
    the standard library (``json``, ``typing``, ``site``) or one the package itself relies on (``httpx``)."""
    if name in sys.stdlib_module_names:
        return "the standard library's module"
    return "a module the package depends on" if name in PACKAGE_DEPENDENCIES else ""


def snake_case(name: str) -> str:
    """``hubId`` -> ``hub_id``, ``ImageURL`` -> ``image_url``, ``__os_bit`` -> ``os_bit``."""
    text = re.sub(r"[^0-9A-Za-z_]+", "_", name)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"_+", "_", text).strip("_").lower()
    return text


def safe_attribute(name: str, taken: set[str], fallback: str) -> str:
    """A valid, non-reserved identifier close to ``name`` and not in ``taken``."""
    # No leading underscore: "__x" would be name-mangled in a class body, "_x_" is an enum's own.
    candidate = re.sub(r"\W", "_", name, flags=re.ASCII).lstrip("_")
    if not candidate:
        candidate = fallback
    if candidate[0].isdigit():
        candidate = f"{fallback}_{candidate}"
    if keyword.iskeyword(candidate) or keyword.issoftkeyword(candidate) or candidate in RESERVED_ATTRIBUTES:
        candidate += "_"
    unique, n = candidate, 2
    while unique in taken:
        unique, n = f"{candidate}_{n}", n + 1
    return unique


def safe_class_name(name: str) -> str:
    candidate = re.sub(r"\W", "_", name, flags=re.ASCII).lstrip("_") or "Model"
    if candidate[0].isdigit():
        candidate = "Model" + candidate
    if keyword.iskeyword(candidate) or keyword.issoftkeyword(candidate) or candidate in RESERVED_CLASSES:
        candidate += "Model"
    return candidate


def pascal_case(text: str) -> str:
    """``createPet`` -> ``CreatePet``, ``filter[state]`` -> ``FilterState``, ``image_id`` -> ``ImageId``.

    Only splits on what isn't a letter or digit and capitalises each word's first letter: the rest
    of a word keeps its case (``getURL`` -> ``GetURL``); safe_class_name makes it a class name."""
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", text) if w)
