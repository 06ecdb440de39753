"""Property-based round trip: for each schema of a spec, valid instances decode and encode back exactly.

hypothesis-jsonschema draws instances of the schema's JSON Schema form (json_schema.py);
each is decoded with the generated decoder of the type the schema became and encoded
again, and the result must equal the instance, JSON types included (8 is not 8.0).
What can't be drawn (an unsupported keyword, a recursive required member, a schema too
large once its references are inlined) is skipped with its reason.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import signal
import threading
import time
import types
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.reporting import with_reporter
from hypothesis_jsonschema import from_schema

from bench.exact_json import same_json
from generator import ir
from generator.ir.diagnostics import Source, SpecError
from generator.load.files import FileCache
from generator.render import codec

from .json_schema import TooLarge, cap_sizes, inline_refs, to_json_schema

Status = Literal["passed", "failed", "skipped"]
MAX_ITEMS = 3  # arrays and maps drawn have at most this many members (json_schema.cap_sizes)
MAX_NODES = 20_000  # schemas larger than this once their references are inlined are skipped
PER_SCHEMA_SECONDS = 10.0  # with a time budget, the most one schema may take


@dataclass(frozen=True)
class Target:
    """A named type of a generated package and the spec schema it was made from."""

    name: str
    type: ir.TypeRef
    source: Source


@dataclass(frozen=True)
class Outcome:
    target: str
    status: Status
    detail: str = ""


class Mismatch(AssertionError):
    """An instance that does not decode, or does not encode back to itself."""


def targets(api: ir.Api) -> list[Target]:
    """Every enum, model and union of ``api`` made from a schema of its own, with that schema.

    Inline schemas (a property's object, a branch of a oneOf) are drawn as part of the schema
    that holds them: alone they may lack what their parent adds. Each target is typed nullable:
    where a schema allows null, the reference to the type says so, not the type; where it
    doesn't, no null is drawn.
    """
    found = [
        Target(e.name, ir.TypeRef("enum", e.name, nullable=True, enum_kind=e.value_kind), e.source) for e in api.enums
    ]
    found += [Target(m.name, ir.TypeRef("model", m.name, nullable=True), m.source) for m in api.models]
    found += [
        Target(u.name, ir.TypeRef("union" if u.tagged else "untagged", u.name, nullable=True), u.source)
        for u in api.unions
    ]
    return [t for t in found if _ROOT_SCHEMA.fullmatch(t.source.pointer)]


_ROOT_SCHEMA = re.compile(r"/components/schemas/[^/]+|/definitions/[^/]+|/paths/[^/]+/[a-z]+/.+/content/[^/]+/schema|")
"""A named schema, a request or response body's schema, or a whole file (a multi-file spec's schema)."""


def codec_functions(t: ir.TypeRef, namespace: dict[str, Any]) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """The generated decoder and encoder of ``t``, built from codec.py's expressions."""
    decode = eval(f"lambda value: ({codec.decoder(t)})(value, 'value')", namespace)
    encode = eval(f"lambda value: {codec.encode(t, 'value')}", namespace)
    if t.kind == "model" and hasattr(namespace[t.name], "from_json"):
        return and_from_json(decode, namespace[t.name], namespace["json_dumps"]), encode
    return decode, encode


def and_from_json(decode: Callable[[Any], Any], model: Any, dumps: Callable[[Any], bytes]) -> Callable[[Any], Any]:
    """``decode`` (from_dict), checking that from_json of the value's JSON text (its fast path, with
    msgspec) decodes the same document, or raises the same DecodeError."""

    def both(value: Any) -> Any:
        if value is None:
            return decode(value)
        text = dumps(value)
        try:
            want = decode(value)
        except ValueError as exc:
            try:
                model.from_json(text)
            except ValueError as again:
                if str(again).removeprefix("value.") != str(exc).removeprefix("value."):
                    raise Mismatch(f"from_json says {again}, from_dict {exc}: {_show(value)}") from None
                raise
            raise Mismatch(f"from_json decodes what from_dict refuses ({exc}): {_show(value)}") from None
        got = model.from_json(text)
        if repr(got) != repr(want) or not same_json(got.to_dict(), want.to_dict()):  # repr: enum members too
            raise Mismatch(f"from_json gives {_show(got)}, from_dict {_show(want)}")
        return want

    return both


def package_namespace(models: types.ModuleType, runtime: types.ModuleType) -> dict[str, Any]:
    """What codec expressions may name: the runtime's helpers, the package's classes and the aliases
    its model modules make (``_Image_from_dict``); ``models`` is a module or the models/ folder."""
    namespace = {**vars(runtime), **vars(models)}
    for info in pkgutil.iter_modules(getattr(models, "__path__", [])):
        namespace.update(vars(importlib.import_module(f"{models.__name__}.{info.name}")))
    return namespace


def check_round_trip(decode: Callable[[Any], Any], encode: Callable[[Any], Any], value: Any) -> None:
    try:
        decoded = decode(value)
    except ValueError as exc:  # DecodeError
        raise Mismatch(f"does not decode ({exc}): {_show(value)}") from None
    again = encode(decoded)
    if not same_json(again, value):
        raise Mismatch(f"encodes to {_show(again)}, not {_show(value)}")


def run_property(
    schema: dict[str, Any],
    decode: Callable[[Any], Any],
    encode: Callable[[Any], Any],
    max_examples: int,
    max_nodes: int = MAX_NODES,
    timeout: float | None = None,
) -> tuple[Status, str]:
    """Draw up to ``max_examples`` instances (derandomized) and round-trip each.

    ``timeout`` (seconds, main thread only) gives up on a schema hypothesis-jsonschema is
    slow to draw from: it can take minutes on a deep tree of unions.
    """
    try:
        inlined = cap_sizes(inline_refs(schema, max_nodes), MAX_ITEMS)
    except TooLarge as exc:
        return "skipped", str(exc)

    @settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.generate, Phase.shrink),
    )
    @given(from_schema(inlined))
    def round_trips(value: Any) -> None:
        check_round_trip(decode, encode, value)

    try:
        with warnings.catch_warnings(), with_reporter(lambda _: None), _time_limit(timeout):
            warnings.simplefilter("ignore")
            round_trips()
    except Mismatch as exc:
        return "failed", str(exc)
    except _TooSlow:
        return "skipped", f"drawing took more than {timeout:.0f} s"
    except Exception as exc:  # hypothesis-jsonschema's limits show up as many kinds of error
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return "skipped", f"cannot draw instances: {type(exc).__name__}: {message}"[:300]
    return "passed", ""


class _TooSlow(BaseException):
    """Raised by the timer: a BaseException, so hypothesis neither reports nor shrinks it."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def give_up(signum: int, frame: Any) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0.5)  # again, if this one lands where it is swallowed (a gc hook)
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_package(
    api: ir.Api,
    files: FileCache,
    models: types.ModuleType,
    runtime: types.ModuleType,
    max_examples: int = 10,
    budget: float | None = None,
    max_nodes: int = MAX_NODES,
) -> Iterator[Outcome]:
    """The round-trip outcome of every named type of a generated package.

    Named schemas (``/components/schemas/X``) go first; past ``budget`` seconds, the rest are
    skipped (inline ones are exercised through the named schemas that hold them anyway).
    """
    namespace = package_namespace(models, runtime)
    deadline = None if budget is None else time.monotonic() + budget
    ordered = sorted(targets(api), key=lambda t: not _is_named(t.source.pointer))
    for target in ordered:
        if deadline is not None and time.monotonic() > deadline:
            yield Outcome(target.name, "skipped", f"past the time budget of {budget:.0f} s")
            continue
        try:
            loaded = files.get(Path(target.source.file))
            schema = to_json_schema(files, loaded, _data_pointer(loaded.converted_from, target.source.pointer))
        except (KeyError, OSError, ValueError, SpecError) as exc:
            yield Outcome(target.name, "skipped", f"no schema at {target.source}: {exc}")
            continue
        decode, encode = codec_functions(target.type, namespace)
        timeout = None if deadline is None else max(1.0, min(PER_SCHEMA_SECONDS, deadline - time.monotonic()))
        status, detail = run_property(schema, decode, encode, max_examples, max_nodes, timeout)
        yield Outcome(target.name, status, detail)


def _show(value: Any, limit: int = 200) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _is_named(pointer: str) -> bool:
    return re.fullmatch(r"/components/schemas/[^/]+|/definitions/[^/]+", pointer) is not None


def _data_pointer(converted_from: str, pointer: str) -> str:
    """Where a Swagger definition is in the converted document (diagnostics name the Swagger one)."""
    if converted_from and pointer.startswith("/definitions/"):
        return "/components/schemas/" + pointer.removeprefix("/definitions/")
    return pointer
