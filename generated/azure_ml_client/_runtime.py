# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""The small fixed runtime every generated module of this package shares.

It holds the UNSET sentinel, the decode error, and the wire codecs of the
primitive types (strings, numbers, date-times, enums, lists and maps). Model
classes call these functions from their straight-line ``from_dict``/``to_dict``.
"""

from __future__ import annotations

import copyreg
import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from typing import Any, Final, Never, Self, TypeVar, cast

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

Key = str | int
"""One step of a path into a document: an object key or a list index."""

Decoder = Callable[[Any, Key], T]
"""Decodes one wire value found under a key, raising DecodeError if it doesn't fit."""


class Unset(enum.Enum):
    """The type of UNSET: a field that is absent from the document."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset.UNSET
"""An optional field the document does not have (unlike None, which is an explicit null)."""


class DecodeError(ValueError):
    """A document does not fit its model: ``path`` says where, the message says how."""

    def __init__(self, path: tuple[Key, ...], expected: str, got: object) -> None:
        self.path = path
        self.expected = expected
        self.got = got
        super().__init__(f"{format_path(path)}: {describe(expected, got)}")

    def under(self, key: Key) -> DecodeError:
        """The same error, seen from the object that holds ``key``."""
        return DecodeError((key, *self.path), self.expected, self.got)


class _Missing:
    def __repr__(self) -> str:
        return "nothing"


MISSING: Final = _Missing()
"""What DecodeError reports as "got" when a required field is absent."""


def format_path(path: tuple[Key, ...]) -> str:
    """Render a path the way a reader writes it: ``config.ports[0].host``."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text += f".{key}" if text else key
    return text or "(document)"


_TYPE_NAMES: Final = frozenset(
    {"string", "integer", "number", "boolean", "object", "array", "date-time string", "date string"}
)


def describe(expected: str, got: object) -> str:
    if got is MISSING:
        return f"required field {expected} is missing"
    if expected not in _TYPE_NAMES and isinstance(got, (str, int)):
        shown = repr(got) if len(repr(got)) <= 60 else repr(got)[:57] + "..."
        return f"expected {expected}, got {shown}"  # a format or value mismatch: show the value
    return f"expected {expected}, got {json_type_name(got)}"


def json_type_name(value: object) -> str:
    """Name a decoded JSON value's type the way the schema language does."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "str"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def decode_failure(exc: DecodeError | KeyError, key: Key | None) -> DecodeError:
    """Turn what a model's decoder raised into one DecodeError, prefixed with ``key``."""
    if isinstance(exc, KeyError):
        missing = exc.args[0]
        error = DecodeError((missing,), repr(missing), MISSING)
    else:
        error = exc
    return error if key is None else error.under(key)


def as_object(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return cast("dict[str, Any]", value)
    raise DecodeError((), "object", value)


def unknown_fields(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The members of ``data`` its schema does not name, kept for the round trip."""
    if data.keys() <= known:
        return {}
    return {k: v for k, v in data.items() if k not in known}


def extra_fields(data: dict[str, Any], known: frozenset[str], item: Decoder[T]) -> dict[str, T]:
    """The members of ``data`` its schema does not name, decoded as its additionalProperties says."""
    return {k: item(v, k) for k, v in data.items() if k not in known}


def as_str(value: Any, key: Key) -> str:
    if isinstance(value, str):
        return value
    raise DecodeError((key,), "string", value)


def as_int(value: Any, key: Key) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise DecodeError((key,), "integer", value)


def as_number(value: Any, key: Key) -> float | int:
    """A JSON number, kept as sent: 8 stays the int 8, 55.68 the float 55.68 (not typed float alone:
    compiled by mypyc, a function returning float returns a C double, which would make 8 into 8.0)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise DecodeError((key,), "number", value)


def as_bool(value: Any, key: Key) -> bool:
    if isinstance(value, bool):
        return value
    raise DecodeError((key,), "boolean", value)


def as_any(value: Any, key: Key) -> Any:
    return value


def as_never(value: Any, key: Key) -> Never:
    """A schema no value fits (``false``): every value is refused."""
    raise DecodeError((key,), "nothing (the schema admits no value)", value)


def as_map(value: Any, key: Key) -> dict[str, Any]:
    """A free-form JSON object, copied so the caller's dict is not shared."""
    if isinstance(value, dict):
        return dict(cast("dict[str, Any]", value))
    raise DecodeError((key,), "object", value)


def as_literal(value: Any, key: Key, literal: str | int | bool) -> Any:
    """The one value a field allows (typed Any, so it fits the field's Literal[...] type)."""
    if value == literal and type(value) is type(literal):
        return literal
    raise DecodeError((key,), repr(literal), value)


def as_enum(value: Any, key: Key, enum_type: type[E]) -> E | str:
    """A string enum member; a value the schema doesn't list is kept as the plain str."""
    if not isinstance(value, str):
        raise DecodeError((key,), "string", value)
    try:
        return enum_type(value)
    except ValueError:
        return value


def as_int_enum(value: Any, key: Key, enum_type: type[E]) -> E | int:
    """An integer enum member; a value the schema doesn't list is kept as the plain int."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise DecodeError((key,), "integer", value)
    try:
        return enum_type(value)
    except ValueError:
        return value


def enum_value(value: object) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def as_list(value: Any, key: Key, item: Decoder[T]) -> list[T]:
    # A plain loop: a comprehension (a function made and called) and enumerate cost twice as much.
    if not isinstance(value, list):
        raise DecodeError((key,), "array", value)
    out: list[T] = []
    i = 0
    try:
        for x in cast("list[object]", value):
            out.append(item(x, i))
            i += 1
    except DecodeError as exc:
        raise exc.under(key) from None
    return out


def as_dict(value: Any, key: Key, item: Decoder[T]) -> dict[str, T]:
    if not isinstance(value, dict):
        raise DecodeError((key,), "object", value)
    out: dict[str, T] = {}
    try:
        for k, x in cast("dict[str, Any]", value).items():
            out[k] = item(x, k)
    except DecodeError as exc:
        raise exc.under(key) from None
    return out


def as_str_list(value: Any, key: Key) -> list[str]:
    """A list of strings, copied (one call for the list, no call per item)."""
    if value.__class__ is list:
        for x in value:
            if x.__class__ is not str:
                break
        else:
            return value[:]
    return as_list(value, key, as_str)


def as_int_list(value: Any, key: Key) -> list[int]:
    if value.__class__ is list:
        for x in value:
            if x.__class__ is not int:
                break
        else:
            return value[:]
    return as_list(value, key, as_int)


def as_number_list(value: Any, key: Key) -> list[float]:
    if value.__class__ is list:
        for x in value:
            if x.__class__ is not float and x.__class__ is not int:
                break
        else:
            return value[:]
    return as_list(value, key, as_number)


def as_bool_list(value: Any, key: Key) -> list[bool]:
    if value.__class__ is list:
        for x in value:
            if x.__class__ is not bool:
                break
        else:
            return value[:]
    return as_list(value, key, as_bool)


def as_str_dict(value: Any, key: Key) -> dict[str, str]:
    """A map of strings, copied (one call for the map, no call per value)."""
    if value.__class__ is dict:
        for x in value.values():
            if x.__class__ is not str:
                break
        else:
            return value.copy()
    return as_dict(value, key, as_str)


def as_int_dict(value: Any, key: Key) -> dict[str, int]:
    if value.__class__ is dict:
        for x in value.values():
            if x.__class__ is not int:
                break
        else:
            return value.copy()
    return as_dict(value, key, as_int)


def as_number_dict(value: Any, key: Key) -> dict[str, float]:
    if value.__class__ is dict:
        for x in value.values():
            if x.__class__ is not float and x.__class__ is not int:
                break
        else:
            return value.copy()
    return as_dict(value, key, as_number)


def as_bool_dict(value: Any, key: Key) -> dict[str, bool]:
    if value.__class__ is dict:
        for x in value.values():
            if x.__class__ is not bool:
                break
        else:
            return value.copy()
    return as_dict(value, key, as_bool)


def or_none(item: Decoder[T]) -> Decoder[T | None]:
    """Let ``item`` also accept null, for nullable list items and map values."""

    def decode(value: Any, key: Key) -> T | None:
        return None if value is None else item(value, key)

    return decode


def python_class(cls: type[T]) -> type[T]:
    """Nothing in Python. Compiled by mypyc (``make compiled``), a class with a decorator it doesn't
    know stays a Python class: a datetime subclass can't be a native class (it crashes)."""
    return cls


@python_class
class WireDatetime(datetime):
    """A datetime that remembers the exact text it was decoded from.

    Encoding writes that text back unchanged, so "01/30/2021 08:30:00" or a
    7-digit fraction survives a round trip byte for byte. Any datetime derived
    from it (replace, arithmetic) has no wire text and is written as RFC 3339.
    """

    __slots__ = ("wire",)
    wire: str


_US_FORMAT: Final = "%m/%d/%Y %H:%M:%S"


_fromisoformat: Final = datetime.fromisoformat
_reduce: Final = cast("Callable[[datetime], tuple[Any, tuple[Any, ...]]]", datetime.__reduce__)


def as_datetime(value: Any, key: Key) -> datetime:
    """A WireDatetime of RFC 3339 text (any fraction length) or of "01/30/2021 08:30:00"."""
    try:
        # The common case first, with no type test: fromisoformat refuses a non-str (TypeError), and
        # a "/" (Cycle's US format) spares a failed fromisoformat. The plain datetime is re-made as a
        # WireDatetime from its pickled state: 2x faster than WireDatetime.fromisoformat, which
        # passes through the constructor's argument parsing.
        if "/" not in value:
            result = WireDatetime(*_reduce(_fromisoformat(value))[1])
            result.wire = value
            return result
    except (TypeError, ValueError):
        pass
    if not isinstance(value, str):
        raise DecodeError((key,), "date-time string", value)
    result = _us_datetime(value, key)
    result.wire = value
    return result


def _us_datetime(value: str, key: Key) -> WireDatetime:
    """ "01/30/2021 08:30:00" (Cycle's own format), rewritten as ISO 8601 for fromisoformat,
    which checks every digit: strptime, the fallback for other spacings, is 5x slower."""
    if (
        len(value) == 19
        and value[2] == value[5] == "/"
        and value[10] == " "
        and value[13] == value[16] == ":"
    ):
        iso = f"{value[6:10]}-{value[0:2]}-{value[3:5]}T{value[11:]}"
        try:
            return WireDatetime(*_reduce(_fromisoformat(iso))[1])
        except ValueError:
            pass
    try:
        return WireDatetime.strptime(value, _US_FORMAT)
    except ValueError:
        raise DecodeError((key,), "date-time", value) from None


def encode_datetime(value: datetime) -> str:
    wire: str | None = getattr(value, "wire", None)
    if wire is not None:
        return wire
    text = value.isoformat()
    if value.utcoffset() is not None and value.tzinfo is timezone.utc:
        text = text.removesuffix("+00:00") + "Z"
    return text


def as_date(value: Any, key: Key) -> date:
    if not isinstance(value, str):
        raise DecodeError((key,), "date string", value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DecodeError((key,), "date", value) from None


def encode_date(value: date) -> str:
    return value.isoformat()


_NOT_LOADED: Final = object()
_msgspec_json: Any = _NOT_LOADED
"""msgspec.json, imported on the first JSON call (its import costs ~6 ms, the package's own ~7); None without it."""


def _load_msgspec() -> Any:
    global _msgspec_json
    loaded: Any = None
    try:
        import msgspec.json  # type: ignore[import-not-found, unused-ignore]

        loaded = msgspec.json
    except ImportError:  # pragma: no cover - depends on the environment
        pass
    _msgspec_json = loaded
    return loaded


def _import_orjson() -> Any:
    try:
        import orjson  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return orjson


_orjson: Any = _import_orjson()
"""orjson, or None without it: a variable, not an imported name, which mypyc would keep in C."""


_DIGITS_AS_ZERO: Final = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_LONG_DIGITS: Final = b"0" * 19


def _not_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (JSON has no NaN or Infinity)")


def _finite_float(text: str) -> float:
    number = float(text)
    if number - number != 0.0:  # inf - inf is nan
        raise ValueError(f"the number {text[:40]} is beyond a float's range")
    return number


_STDLIB_JSON: Final = json.JSONDecoder(parse_constant=_not_json_constant, parse_float=_finite_float)


def _stdlib_loads(data: bytes | str) -> Any:
    """json.loads, refusing what the standard library reads though it isn't JSON: NaN, Infinity,
    -Infinity, and a number beyond a float's range (1e400), which msgspec and orjson refuse too.
    The float check costs ~10% on a document of floats, nothing measurable on ours."""
    text = (
        data if isinstance(data, str) else data.decode(json.detect_encoding(data), "surrogatepass")
    )
    return _STDLIB_JSON.decode(text)


def json_loads(data: bytes | str) -> Any:
    """Parse JSON with msgspec when it is installed, else orjson, else the standard library.

    msgspec reads an integer of any size exactly, so its result needs no check. What it refuses
    (not JSON, a lone surrogate) goes to the standard library, which decides as it would alone,
    but for NaN, Infinity and numbers beyond a float's range (``1e400``): every backend refuses
    those (ValueError), as they are not JSON. orjson reads an integer beyond 64 bits (below
    -2**63 or from 2**64) as a float, losing digits; without msgspec, a document with a run of
    19 digits goes to the standard library, which keeps every integer exact. The run is found
    by mapping every digit to "0" (bytes.translate) and looking for 19 zeros: 10x faster than a
    regular expression.
    """
    msgspec_json = _msgspec_json if _msgspec_json is not _NOT_LOADED else _load_msgspec()
    if msgspec_json is not None:
        try:
            return msgspec_json.decode(data)
        except ValueError:  # msgspec's DecodeError is a ValueError
            return _stdlib_loads(data)
    raw = data.encode() if isinstance(data, str) else data
    if _orjson is not None and _LONG_DIGITS not in raw.translate(_DIGITS_AS_ZERO):
        return _orjson.loads(raw)
    return _stdlib_loads(raw)


def json_dumps(value: Mapping[str, Any] | list[Any] | str | int | float | bool | None) -> bytes:
    """Serialise to compact UTF-8 JSON bytes (a body may be any JSON value, a string too).

    orjson first: it writes our documents 10-15% faster than msgspec (docs/benchmarks.md). What it
    refuses (an integer beyond 64 bits) goes to msgspec, which writes integers of any size, and
    without either to the standard library.
    """
    if _orjson is not None:
        try:
            encoded: bytes = _orjson.dumps(value)
            return encoded
        except TypeError:
            pass  # e.g. an integer beyond 64 bits
    msgspec_json = _msgspec_json if _msgspec_json is not _NOT_LOADED else _load_msgspec()
    if msgspec_json is not None:
        try:
            encoded = msgspec_json.encode(value)
            return encoded
        except (TypeError, ValueError):
            pass
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


# --- what models add to their codecs: JSON text, replace(), exact equality, pickling ------------


class Keep(enum.Enum):
    """The type of KEEP: a field ``replace()`` is not given, which keeps its value."""

    KEEP = "KEEP"

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = Keep.KEEP
"""The default of every argument of a model's ``replace()``: the field keeps its value (UNSET is a value)."""


def json_document(data: bytes | str) -> Any:
    """A whole JSON document (``from_json``), every integer exact; a DecodeError at () if it isn't JSON."""
    try:
        return json_loads(data)
    except (ValueError, RecursionError) as exc:  # the JSON parsers' errors are ValueErrors
        raise DecodeError((), "a JSON document", data) from exc


def json_list(data: Any, item: Callable[[Any, Key], T]) -> list[T]:
    """A whole document that is a JSON array, each item decoded by ``item`` (paths start at its index)."""
    if data.__class__ is not list:
        raise DecodeError((), "array", data)
    out: list[T] = []
    i = 0
    for x in cast("list[object]", data):
        out.append(item(x, i))
        i += 1
    return out


# --- from_json's fast path: msgspec decodes the JSON text straight into structs ------------------
#
# Parsing into dicts and then walking them in Python costs two passes. With msgspec installed,
# from_json has it decode the text into a struct made of the model's _wire_fields, checking every
# member's JSON type in the same pass (C code), and the model's _from_wire only adopts the values:
# enums, date-times (their wire text kept) and what msgspec can't check (unions, literals). The
# struct forbids members the schema doesn't name, so a document with such members, or one that
# doesn't fit, is decoded again by from_dict, which keeps the members and names the path of a misfit:
# the result, and the error, are the same either way.

WireFields = tuple[tuple[str, str, Any, bool], ...]
"""A model's members for msgspec: (field name, wire name, type, required); a model class stands for its struct."""

_wire_structs: dict[type, Any] = {}
_wire_decoders: dict[tuple[type, bool], Any] = {}
_wire_misses: dict[tuple[type, bool], int] = {}
_WIRE_MISSES_IN_A_ROW: Final = 16
"""After this many documents in a row the struct refused, a model's from_json goes straight to from_dict:
a server that sends members the schema doesn't name sends them every time, and each would be decoded twice."""


def wire_decoder(model: type[Model], many: bool = False) -> Callable[[bytes | str], Any] | None:
    """msgspec's decode of ``model``'s struct (of a list of them if ``many``), made on first use; None
    without msgspec or when the model has no struct (its from_json then always uses from_dict)."""
    found = _wire_decoders.get((model, many), _NOT_LOADED)
    if found is _NOT_LOADED:
        found = _wire_decoders[(model, many)] = _make_wire_decoder(model, many)
    return cast("Callable[[bytes | str], Any] | None", found)


def wire_missed(model: type[Model], many: bool = False) -> None:
    """The struct refused a document of ``model``: count it, and stop trying after a run of them."""
    key = (model, many)
    misses = _wire_misses[key] = _wire_misses.get(key, 0) + 1
    if misses >= _WIRE_MISSES_IN_A_ROW:
        _wire_decoders[key] = None


def wire_fitted(model: type[Model], many: bool = False) -> None:
    """The struct took a document of ``model``: a run of misses, if any, is over."""
    if _wire_misses:
        _wire_misses.pop((model, many), None)


def _make_wire_decoder(model: type[Model], many: bool) -> Any:
    msgspec_json = _msgspec_json if _msgspec_json is not _NOT_LOADED else _load_msgspec()
    if msgspec_json is None or model._wire_fields() is None:  # pyright: ignore[reportPrivateUsage]
        return None
    try:
        struct = _wire_type(model)
        return msgspec_json.Decoder(types.GenericAlias(list, (struct,)) if many else struct).decode
    except (TypeError, ValueError):  # a type this msgspec refuses: from_json keeps to from_dict
        return None


def _wire_type(t: Any) -> Any:
    """The type msgspec decodes for ``t``, a type of a _wire_fields entry: each model class becomes its struct."""
    if isinstance(t, type) and issubclass(t, Model):
        return _wire_struct(t)
    origin: Any = typing.get_origin(t)
    args: tuple[Any, ...] = typing.get_args(t)
    if origin is list:
        return types.GenericAlias(list, (_wire_type(args[0]),))
    if origin is dict:
        return types.GenericAlias(dict, (str, _wire_type(args[1])))
    if origin is types.UnionType:
        union: Any = _wire_type(args[0])
        for arg in args[1:]:
            union = union | _wire_type(arg)
        return union
    return cast("Any", t)  # a JSON type msgspec checks as it is: str, int, bool, float | int, Any


def _wire_struct(model: type[Model]) -> Any:
    """The msgspec struct of ``model``'s wire form: an absent optional member is UNSET, an unknown one refused."""
    struct = _wire_structs.get(model)
    if struct is None:
        import msgspec  # type: ignore[import-not-found, unused-ignore]

        members = model._wire_fields() or ()  # pyright: ignore[reportPrivateUsage]
        fields = [
            (n, _wire_type(t)) if required else (n, _wire_type(t), UNSET)
            for n, _, t, required in members
        ]
        struct = _wire_structs[model] = msgspec.defstruct(
            model.__name__,
            fields,
            rename={name: wire for name, wire, _, _ in members},
            forbid_unknown_fields=True,
            kw_only=True,
        )
    return struct


def same_json(a: Any, b: Any) -> bool:
    """Whether two JSON values are the same document: 8 is not 8.0, true is not 1, "x" is not
    "x " (a date-time's text), and only an object's member order may differ."""
    if a.__class__ is not b.__class__:
        return False
    if a.__class__ is dict:
        return bool(a.keys() == b.keys()) and all(same_json(v, b[k]) for k, v in a.items())
    if a.__class__ is list:
        return len(a) == len(b) and all(map(same_json, a, b))
    return bool(a == b)


def _wire_datetime(state: tuple[Any, ...], wire: str | None) -> WireDatetime:
    result = WireDatetime(*state)
    if wire is not None:
        result.wire = wire
    return result


def _reduce_wire_datetime(value: WireDatetime) -> tuple[Any, tuple[Any, ...]]:
    """How pickle and copy rebuild a WireDatetime: with its wire text (datetime's own reduce drops it)."""
    return _wire_datetime, (_reduce(value)[1], getattr(value, "wire", None))


copyreg.pickle(WireDatetime, _reduce_wire_datetime)


def _model(cls: Callable[..., T], fields: dict[str, Any]) -> T:
    return cls(**fields)


def reduce_model(value: Any) -> tuple[Any, tuple[Any, ...]]:
    """A model's ``__reduce__``: pickle and copy rebuild it by calling its class with its fields.
    (Python's own way makes the instance without __init__, which a class compiled by mypyc refuses.)"""
    return _model, (
        value.__class__,
        {f.name: getattr(value, f.name) for f in dataclasses.fields(value)},
    )


class Model:
    """What every model class shares: JSON text, equality of the documents, pickling.

    Each model (a dataclass with slots) writes its own from_dict, to_dict, __init__ and replace();
    this class has no fields, so a model's instance has only its own slots.
    """

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Self:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        raise NotImplementedError

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a JSON document (every integer exact); DecodeError if it isn't JSON or doesn't fit."""
        decode = wire_decoder(cls)
        if decode is not None:
            try:
                model = cls._from_wire(decode(data))
            except (
                ValueError,
                RecursionError,
            ):  # msgspec's errors are ValueErrors, as is DecodeError
                wire_missed(
                    cls
                )  # unknown members, or a misfit: from_dict keeps the first, names the second
            else:
                wire_fitted(cls)
                return model
        return cls.from_dict(json_document(data))

    @classmethod
    def list_from_json(cls, data: bytes | str) -> list[Self]:
        """Decode a JSON array of this model; a DecodeError's path starts at the item's index."""
        decode = wire_decoder(cls, many=True)
        if decode is not None:
            try:
                models = [cls._from_wire(x) for x in decode(data)]
            except (ValueError, RecursionError):
                wire_missed(cls, many=True)
            else:
                wire_fitted(cls, many=True)
                return models
        return json_list(json_document(data), cls.from_dict)

    @classmethod
    def _wire_fields(cls) -> WireFields | None:
        """The members msgspec decodes for from_json (see wire_decoder); None: from_json uses from_dict."""
        return None

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The instance from the struct msgspec decoded of _wire_fields (each member's JSON type checked)."""
        raise NotImplementedError

    def to_json(self) -> str:
        """The wire form as compact JSON text (to_dict, then json_dumps)."""
        return json_dumps(self.to_dict()).decode()

    def __repr__(self) -> str:
        # A secret field (a password, a token) is field(repr=False): left out.
        shown = (f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or other.__class__ is not self.__class__:
            return NotImplemented
        # The documents, not the fields: 8 is not 8.0, nor one date-time's text another's.
        return same_json(self.to_dict(), other.to_dict())

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return reduce_model(self)
