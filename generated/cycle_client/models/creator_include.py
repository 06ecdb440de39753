# Generated from specs/cycle.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""CreatorInclude: models of Cycle Platform API (images) 1.0.0.

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
    as_any,
    as_dict,
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


_CreatorInclude_wire_names: Final[frozenset[str]] = frozenset(
    {"accounts", "employees", "visitors", "environments", "api_keys"}
)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CreatorInclude(_Model):
    """An identity that created a resource."""

    accounts: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are public accounts, keyed by ID."""
    employees: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are employees of Cycle, keyed by ID."""
    visitors: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are not Cycle accounts, keyed by ID."""
    environments: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are Cycle environments (usually automatically created resources), keyed by ID."""
    api_keys: dict[str, dict[str, Any]] | Unset = UNSET
    """Included creators that are Cycle API Keys, keyed by ID."""
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])
    """Members the server sent that the schema does not name, kept for the round trip."""

    def __init__(
        self,
        *,
        accounts: dict[str, dict[str, Any]] | Unset = UNSET,
        employees: dict[str, dict[str, Any]] | Unset = UNSET,
        visitors: dict[str, dict[str, Any]] | Unset = UNSET,
        environments: dict[str, dict[str, Any]] | Unset = UNSET,
        api_keys: dict[str, dict[str, Any]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.accounts = accounts
        self.employees = employees
        self.visitors = visitors
        self.environments = environments
        self.api_keys = api_keys
        self.additional_properties = {} if additional_properties is None else additional_properties

    @classmethod
    def from_dict(cls, data: Any, key: Key | None = None) -> CreatorInclude:
        try:
            obj: dict[str, Any] = data if data.__class__ is dict else as_object(data)
            absent: int = 0
            accounts_ = obj.get("accounts", UNSET)
            if accounts_ is UNSET:
                absent += 1
            else:
                accounts_ = as_dict(accounts_, "accounts", lambda v, k: as_dict(v, k, as_any))
            employees_ = obj.get("employees", UNSET)
            if employees_ is UNSET:
                absent += 1
            else:
                employees_ = as_dict(employees_, "employees", lambda v, k: as_dict(v, k, as_any))
            visitors_ = obj.get("visitors", UNSET)
            if visitors_ is UNSET:
                absent += 1
            else:
                visitors_ = as_dict(visitors_, "visitors", lambda v, k: as_dict(v, k, as_any))
            environments_ = obj.get("environments", UNSET)
            if environments_ is UNSET:
                absent += 1
            else:
                environments_ = as_dict(
                    environments_, "environments", lambda v, k: as_dict(v, k, as_any)
                )
            api_keys_ = obj.get("api_keys", UNSET)
            if api_keys_ is UNSET:
                absent += 1
            else:
                api_keys_ = as_dict(api_keys_, "api_keys", lambda v, k: as_dict(v, k, as_any))
            extra: dict[str, Any] = (
                {} if len(obj) == 5 - absent else unknown_fields(obj, _CreatorInclude_wire_names)
            )
            if _COMPILED:
                return CreatorInclude(
                    accounts=accounts_,
                    employees=employees_,
                    visitors=visitors_,
                    environments=environments_,
                    api_keys=api_keys_,
                    additional_properties=extra,
                )
            instance = _new(cls)
            instance.accounts = accounts_
            instance.employees = employees_
            instance.visitors = visitors_
            instance.environments = environments_
            instance.api_keys = api_keys_
            instance.additional_properties = extra
            return instance
        except (DecodeError, KeyError) as exc:
            raise decode_failure(exc, key) from None

    @classmethod
    def _wire_fields(cls) -> WireFields:
        """What from_json has msgspec check: (field, wire name, type, required); a model stands for its struct."""
        return (
            ("accounts", "accounts", Any, False),
            ("employees", "employees", Any, False),
            ("visitors", "visitors", Any, False),
            ("environments", "environments", Any, False),
            ("api_keys", "api_keys", Any, False),
        )

    @classmethod
    def _from_wire(cls, wire: Any) -> CreatorInclude:
        """from_json's fast path: the instance from the struct of _wire_fields msgspec decoded, types checked."""
        accounts_ = wire.accounts
        if accounts_ is not UNSET:
            accounts_ = as_dict(accounts_, "accounts", lambda v, k: as_dict(v, k, as_any))
        employees_ = wire.employees
        if employees_ is not UNSET:
            employees_ = as_dict(employees_, "employees", lambda v, k: as_dict(v, k, as_any))
        visitors_ = wire.visitors
        if visitors_ is not UNSET:
            visitors_ = as_dict(visitors_, "visitors", lambda v, k: as_dict(v, k, as_any))
        environments_ = wire.environments
        if environments_ is not UNSET:
            environments_ = as_dict(
                environments_, "environments", lambda v, k: as_dict(v, k, as_any)
            )
        api_keys_ = wire.api_keys
        if api_keys_ is not UNSET:
            api_keys_ = as_dict(api_keys_, "api_keys", lambda v, k: as_dict(v, k, as_any))
        if _COMPILED:
            return CreatorInclude(
                accounts=accounts_,
                employees=employees_,
                visitors=visitors_,
                environments=environments_,
                api_keys=api_keys_,
                additional_properties={},
            )
        instance = _new(cls)
        instance.accounts = accounts_
        instance.employees = employees_
        instance.visitors = visitors_
        instance.environments = environments_
        instance.api_keys = api_keys_
        instance.additional_properties = {}
        return instance

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.accounts is not UNSET:
            out["accounts"] = {k0: dict(x0) for k0, x0 in self.accounts.items()}
        if self.employees is not UNSET:
            out["employees"] = {k0: dict(x0) for k0, x0 in self.employees.items()}
        if self.visitors is not UNSET:
            out["visitors"] = {k0: dict(x0) for k0, x0 in self.visitors.items()}
        if self.environments is not UNSET:
            out["environments"] = {k0: dict(x0) for k0, x0 in self.environments.items()}
        if self.api_keys is not UNSET:
            out["api_keys"] = {k0: dict(x0) for k0, x0 in self.api_keys.items()}
        out.update(self.additional_properties)
        return out

    def replace(
        self,
        *,
        accounts: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        employees: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        visitors: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        environments: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        api_keys: dict[str, dict[str, Any]] | Unset | Keep = KEEP,
        additional_properties: dict[str, Any] | Keep = KEEP,
    ) -> CreatorInclude:
        """A copy with the fields given changed, as dataclasses.replace makes it; the others, and the
        members the schema doesn't name (a copy of additional_properties), kept."""
        return self.__class__(
            accounts=self.accounts if accounts is KEEP else accounts,
            employees=self.employees if employees is KEEP else employees,
            visitors=self.visitors if visitors is KEEP else visitors,
            environments=self.environments if environments is KEEP else environments,
            api_keys=self.api_keys if api_keys is KEEP else api_keys,
            additional_properties=(
                dict(self.additional_properties)
                if additional_properties is KEEP
                else additional_properties
            ),
        )


_CreatorInclude_from_dict: Final = CreatorInclude.from_dict
_CreatorInclude_from_wire: Final = CreatorInclude._from_wire
