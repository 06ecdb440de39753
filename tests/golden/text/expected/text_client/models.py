# Generated from tests/golden/text/text.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Hostile "text" ''' \"\"\" {{ title }} 1
2.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from ._runtime import (
    UNSET,
    DecodeError,
    Key,
    Unset,
    as_enum,
    as_object,
    as_str,
    decode_failure,
    enum_value,
    unknown_fields,
)


class LineBreak(StrEnum):
    """LineBreak"""

    FIELD___ = '"""'
    FIELD_ = "'"
    FIELD__1 = "\\"
    FIELD__2 = "\n"
    X___ = "{{ x }}"


@dataclass(slots=True, kw_only=True)
class Note:
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
    line_break: LineBreak | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Members the server sent that the schema does not name, kept for the round trip."""

    _wire_names: ClassVar[frozenset[str]] = frozenset({'"; import os #', "line\nbreak"})

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> Note:
        """Decode the wire form; raise DecodeError naming the path of what doesn't fit."""
        try:
            obj = as_object(data)
            import_os_ = obj.get('"; import os #', UNSET)
            if import_os_ is not UNSET:
                import_os_ = as_str(import_os_, '"; import os #')
            line_break_ = obj.get("line\nbreak", UNSET)
            if line_break_ is not UNSET:
                line_break_ = as_enum(line_break_, "line\nbreak", LineBreak)
            return cls(
                import_os=import_os_,
                line_break=line_break_,
                additional_properties=unknown_fields(obj, cls._wire_names),
            )
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    def to_dict(self) -> dict[str, Any]:
        """Encode to the wire form: UNSET fields are left out, None is written as null."""
        out: dict[str, Any] = {}
        if self.import_os is not UNSET:
            out['"; import os #'] = self.import_os
        if self.line_break is not UNSET:
            out["line\nbreak"] = enum_value(self.line_break)
        out.update(self.additional_properties)
        return out
