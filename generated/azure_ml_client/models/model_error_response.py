# Generated from specs/azure_ml.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""ErrorDetails, ModelErrorResponse: models of Azure Machine Learning Model Management Service - Images 2019-09-30.

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
    UNSET,
    DecodeError,
    Keep,
    Key,
    Model as _Model,
    Unset,
    WireFields,
    as_list,
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


_ModelErrorResponse_wire_names: Final[frozenset[str]] = frozenset(
    {"code", "statusCode", "message", "details"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ModelErrorResponse(_Model):
    """The Model Management Service Error object."""

    code: str | Unset = UNSET
    """The error code."""
    status_code: int | Unset = UNSET
    """The HTTP status code."""
    message: str | Unset = UNSET
    """The error message."""
    details: list[ErrorDetails] | Unset = UNSET
    """An array of error detail objects."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        code: str | Unset = UNSET,
        status_code: int | Unset = UNSET,
        message: str | Unset = UNSET,
        details: list[ErrorDetails] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.status_code = status_code
        self.message = message
        self.details = details
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ModelErrorResponse:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            code_ = obj.get("code", UNSET)
            if code_ is UNSET:
                absent += 1
            elif type(code_) is not str:
                raise DecodeError(("code",), "string", code_)
            status_code_ = obj.get("statusCode", UNSET)
            if status_code_ is UNSET:
                absent += 1
            elif type(status_code_) is not int:
                raise DecodeError(("statusCode",), "integer", status_code_)
            message_ = obj.get("message", UNSET)
            if message_ is UNSET:
                absent += 1
            elif type(message_) is not str:
                raise DecodeError(("message",), "string", message_)
            details_ = obj.get("details", UNSET)
            if details_ is UNSET:
                absent += 1
            else:
                details_ = as_list(details_, "details", _ErrorDetails_from_dict)
            extra: dict[str, Any] = (
                {}
                if len(obj) == 4 - absent
                else unknown_fields(obj, _ModelErrorResponse_wire_names)
            )
            if _COMPILED:
                return ModelErrorResponse(
                    code=code_,
                    status_code=status_code_,
                    message=message_,
                    details=details_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.code = code_
            instance.status_code = status_code_
            instance.message = message_
            instance.details = details_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("code", "code", str, False),
            ("status_code", "statusCode", int, False),
            ("message", "message", str, False),
            ("details", "details", list[ErrorDetails], False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ModelErrorResponse:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        code_ = wire.code
        status_code_ = wire.status_code
        message_ = wire.message
        details_ = wire.details
        if details_ is not UNSET:
            details_ = [_ErrorDetails_from_wire(x) for x in details_]
        if _COMPILED:
            return ModelErrorResponse(
                code=code_,
                status_code=status_code_,
                message=message_,
                details=details_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.code = code_
        instance.status_code = status_code_
        instance.message = message_
        instance.details = details_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.code is not UNSET:
            out["code"] = self.code
        if self.status_code is not UNSET:
            out["statusCode"] = self.status_code
        if self.message is not UNSET:
            out["message"] = self.message
        if self.details is not UNSET:
            out["details"] = [x0.to_dict() for x0 in self.details]
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        code: str | Unset | Keep = KEEP,
        status_code: int | Unset | Keep = KEEP,
        message: str | Unset | Keep = KEEP,
        details: list[ErrorDetails] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ModelErrorResponse:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            code=self.code if code is KEEP else code,
            status_code=self.status_code if status_code is KEEP else status_code,
            message=self.message if message is KEEP else message,
            details=self.details if details is KEEP else details,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ErrorDetails_wire_names: Final[frozenset[str]] = frozenset({"code", "message", "target"})


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class ErrorDetails(_Model):
    """The error details."""

    code: str | Unset = UNSET
    """The error code."""
    message: str | Unset = UNSET
    """The error message."""
    target: str | Unset = UNSET
    """The target of the error (e.g., the name of the property in error)."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        code: str | Unset = UNSET,
        message: str | Unset = UNSET,
        target: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.target = target
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> ErrorDetails:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            code_ = obj.get("code", UNSET)
            if code_ is UNSET:
                absent += 1
            elif type(code_) is not str:
                raise DecodeError(("code",), "string", code_)
            message_ = obj.get("message", UNSET)
            if message_ is UNSET:
                absent += 1
            elif type(message_) is not str:
                raise DecodeError(("message",), "string", message_)
            target_ = obj.get("target", UNSET)
            if target_ is UNSET:
                absent += 1
            elif type(target_) is not str:
                raise DecodeError(("target",), "string", target_)
            extra: dict[str, Any] = (
                {} if len(obj) == 3 - absent else unknown_fields(obj, _ErrorDetails_wire_names)
            )
            if _COMPILED:
                return ErrorDetails(
                    code=code_, message=message_, target=target_, additional_properties=extra
                )
            instance = _new(cls)
            instance.code = code_
            instance.message = message_
            instance.target = target_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("code", "code", str, False),
            ("message", "message", str, False),
            ("target", "target", str, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> ErrorDetails:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        code_ = wire.code
        message_ = wire.message
        target_ = wire.target
        if _COMPILED:
            return ErrorDetails(
                code=code_, message=message_, target=target_, additional_properties={}
            )
        instance = _new(cls)
        instance.code = code_
        instance.message = message_
        instance.target = target_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.code is not UNSET:
            out["code"] = self.code
        if self.message is not UNSET:
            out["message"] = self.message
        if self.target is not UNSET:
            out["target"] = self.target
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        code: str | Unset | Keep = KEEP,
        message: str | Unset | Keep = KEEP,
        target: str | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> ErrorDetails:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            code=self.code if code is KEEP else code,
            message=self.message if message is KEEP else message,
            target=self.target if target is KEEP else target,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_ModelErrorResponse_from_dict: Final = ModelErrorResponse.from_dict
_ModelErrorResponse_from_wire: Final = ModelErrorResponse._from_wire
_ErrorDetails_from_dict: Final = ErrorDetails.from_dict
_ErrorDetails_from_wire: Final = ErrorDetails._from_wire
