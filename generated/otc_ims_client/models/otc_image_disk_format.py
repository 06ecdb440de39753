# Generated from specs/otc_ims.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""OtcImageDiskFormat: models of Open Telekom Cloud Image Management Service (IMS) - Image Query API v2.

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


class OtcImageDiskFormat(StrEnum):
    """Specifies the image format (`disk_format`). The response parameter page lists vhd, raw, or qcow2; its own example response (and the OTC "Querying Images (Native OpenStack API)" page, which lists zvhd2, vhd, zvhd, raw, or qcow2 with zvhd2 as the default) also use zvhd2, so zvhd2 and zvhd are included.
    - vhd: VHD disk image.
    - raw: raw disk image.
    - qcow2: QCOW2 disk image.
    - zvhd: ZVHD image format (OTC-specific).
    - zvhd2: ZVHD2 image format (OTC-specific; the default on the native query page).
    """

    VHD = "vhd"
    RAW = "raw"
    QCOW2 = "qcow2"
    ZVHD = "zvhd"
    ZVHD2 = "zvhd2"


_OtcImageDiskFormat_members: Final = {m.value: m for m in OtcImageDiskFormat}
_OtcImageDiskFormat_values: Final[dict[OtcImageDiskFormat | str, str]] = {
    m: m.value for m in OtcImageDiskFormat
}
