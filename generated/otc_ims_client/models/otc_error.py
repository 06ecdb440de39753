# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""OtcError, OtcErrorDetail: models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from dataclasses import dataclass, field
from types import FunctionType
from typing import Any, Final

from .._runtime import (
    KEEP,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
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


_OtcError_wire_names: Final[frozenset[str]] = frozenset({"error"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OtcError(_Model):
    """Error response body. If the returned status code is 400, a customized error message will be returned (OTC IMS "Error Codes" page)."""

    error: OtcErrorDetail
    """The error object."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        error: OtcErrorDetail,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.error = error
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcError:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            error_ = obj["error"]
            error_ = _OtcErrorDetail_from_dict(error_, "error")
            extra: dict[str, Any] = (
                {} if len(obj) == 1 else unknown_fields(obj, _OtcError_wire_names)
            )
            if _COMPILED:
                return OtcError(error=error_, additional_properties=extra)
            instance = _new(cls)
            instance.error = error_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (("error", "error", OtcErrorDetail, True),)

    @classmethod
    def _from_wire(cls, wire: Any) -> OtcError:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        error_ = wire.error
        error_ = _OtcErrorDetail_from_wire(error_)
        if _COMPILED:
            return OtcError(error=error_, additional_properties={})
        instance = _new(cls)
        instance.error = error_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "error": self.error.to_dict(),
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        error: OtcErrorDetail | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> OtcError:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            error=self.error if error is KEEP else error,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_OtcErrorDetail_wire_names: Final[frozenset[str]] = frozenset({"message", "code"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OtcErrorDetail(_Model):
    """The error message and error code of an error response."""

    message: str
    """The error message, for example "The imagetype is invalid."."""
    code: str
    """The error code, for example IMG.0024."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        message: str,
        code: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> OtcErrorDetail:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            message_ = obj["message"]
            if type(message_) is not str:
                raise DecodeError(("message",), "string", message_)
            code_ = obj["code"]
            if type(code_) is not str:
                raise DecodeError(("code",), "string", code_)
            extra: dict[str, Any] = (
                {} if len(obj) == 2 else unknown_fields(obj, _OtcErrorDetail_wire_names)
            )
            if _COMPILED:
                return OtcErrorDetail(message=message_, code=code_, additional_properties=extra)
            instance = _new(cls)
            instance.message = message_
            instance.code = code_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("message", "message", str, True),
            ("code", "code", str, True),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> OtcErrorDetail:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        message_ = wire.message
        code_ = wire.code
        if _COMPILED:
            return OtcErrorDetail(message=message_, code=code_, additional_properties={})
        instance = _new(cls)
        instance.message = message_
        instance.code = code_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message": self.message,
            "code": self.code,
        }
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        message: str | Keep = KEEP,
        code: str | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> OtcErrorDetail:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            message=self.message if message is KEEP else message,
            code=self.code if code is KEEP else code,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_OtcError_from_dict: Final = OtcError.from_dict
_OtcError_from_wire: Final = OtcError._from_wire
_OtcErrorDetail_from_dict: Final = OtcErrorDetail.from_dict
_OtcErrorDetail_from_wire: Final = OtcErrorDetail._from_wire
