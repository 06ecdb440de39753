# Generated from tests/cases/text/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Note, NoteLineBreak: models of Hostile "text" ''' \"\"\" {{ title }} 1
2.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import FunctionType
from typing import Any, Final

from .._runtime import (
    KEEP,
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_object,
    decode_failure,
    unknown_fields,
)

# from_dict makes each instance with object.__new__ and fills its slots (5x cheaper than calling
# __init__ with every field), and __init__ is written out in each class rather than made by
# @dataclass when the module is imported. What every model shares (repr, JSON text, equality,
# pickling) is in _runtime's Model.
_new: Final = object.__new__


def _compiled_probe() -> None:
    """A Python function, unless mypyc compiled this module (``make compiled``)."""


# Compiled, the classes are native: object.__new__ refuses them, and calling a class by its name
# is a direct C call, so from_dict makes its instance that way (slower in Python, the same result).
_COMPILED: Final = not isinstance(_compiled_probe, FunctionType)


class NoteLineBreak(StrEnum):
    """NoteLineBreak"""

    FIELD___ = '"""'
    FIELD_ = "'"
    FIELD__1 = "\\"
    FIELD__2 = "\n"
    X___ = "{{ x }}"


_NoteLineBreak_members: Final = {m.value: m for m in NoteLineBreak}
_NoteLineBreak_values: Final[dict[NoteLineBreak | str, str]] = {m: m.value for m in NoteLineBreak}


_Note_wire_names: Final[frozenset[str]] = frozenset({'"; import os #', "line\nbreak"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Note(_Model):
    """Ends with a quote " and has \"\"\" inside, a backslash \\ and \\N{BULLET}, a tab    , NUL \u0000, CR \u000d, LS \u2028, PS \u2029, {{ jinja }} {% if %}, # not a comment
    import os; os.system('echo pwned')
    \"\"\"
    raise SystemExit
    """

    import_os: str | Unset = UNSET
    """'''
    \"\"\"
    \\
    """
    line_break: NoteLineBreak | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        import_os: str | Unset = UNSET,
        line_break: NoteLineBreak | str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.import_os = import_os
        self.line_break = line_break
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Note:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            import_os_ = obj.get('"; import os #', UNSET)
            if import_os_ is UNSET:
                absent += 1
            elif type(import_os_) is not str:
                raise DecodeError(('"; import os #',), "string", import_os_)
            line_break_ = obj.get("line\nbreak", UNSET)
            if line_break_ is UNSET:
                absent += 1
            elif type(line_break_) is not str:
                raise DecodeError(("line\nbreak",), "string", line_break_)
            else:
                line_break_ = _NoteLineBreak_members.get(line_break_, line_break_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 - absent else unknown_fields(obj, _Note_wire_names)
            )
            if _COMPILED:
                return Note(
                    import_os=import_os_, line_break=line_break_, additional_properties=extra
                )
            instance = _new(cls)
            instance.import_os = import_os_
            instance.line_break = line_break_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("import_os", '"; import os #', str, False),
            ("line_break", "line\nbreak", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> Note:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        import_os_ = wire.import_os
        line_break_: Any = wire.line_break
        if line_break_ is not UNSET:
            line_break_ = _NoteLineBreak_members.get(line_break_, line_break_)
        if _COMPILED:
            return Note(import_os=import_os_, line_break=line_break_, additional_properties={})
        instance = _new(cls)
        instance.import_os = import_os_
        instance.line_break = line_break_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.import_os is not UNSET:
            out['"; import os #'] = self.import_os
        if self.line_break is not UNSET:
            out["line\nbreak"] = _NoteLineBreak_values.get(self.line_break, self.line_break)
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        import_os: str | Unset | Keep = KEEP,
        line_break: NoteLineBreak | str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> Note:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            import_os=self.import_os if import_os is KEEP else import_os,
            line_break=self.line_break if line_break is KEEP else line_break,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_Note_from_dict: Final = Note.from_dict
_Note_from_wire: Final = Note._from_wire
