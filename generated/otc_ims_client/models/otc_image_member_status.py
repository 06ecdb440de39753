# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""OtcImageMemberStatus: models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2.

Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the
schema doesn't name are kept in additional_properties, so a round trip loses nothing.
"""

# The models of a package call one another's _from_wire (from_json's fast path, _runtime.wire_decoder).
# pyright: reportPrivateUsage=false

from __future__ import annotations

from enum import StrEnum
from types import FunctionType
from typing import Final

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


class OtcImageMemberStatus(StrEnum):
    """Specifies the member status (`member_status`). The value can be accepted, rejected, or pending. To use this parameter, set visibility to shared during the query.
    - accepted: indicates that the shared image is accepted.
    - rejected: indicates that the image shared by others is rejected.
    - pending: indicates that the image shared by others needs to be confirmed.
    """

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    PENDING = "pending"


_OtcImageMemberStatus_members: Final = {m.value: m for m in OtcImageMemberStatus}
_OtcImageMemberStatus_values: Final[dict[OtcImageMemberStatus | str, str]] = {
    m: m.value for m in OtcImageMemberStatus
}
