"""The seed examples every implementation is measured on, and where things live."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BENCH_VENV = ROOT / "bench" / ".venv"
WORK = ROOT / "bench" / ".work"
MODELS = WORK / "models"
"""Where the peers' models of the seed specs are generated at bench time."""


@dataclass(frozen=True)
class Seed:
    name: str
    """The spec's stem: specs/<name>.yaml, generated/<name>_client."""
    fixture: str
    model: str
    label: str

    @property
    def spec(self) -> Path:
        return ROOT / "specs" / f"{self.name}.yaml"

    @property
    def fixture_path(self) -> Path:
        return ROOT / "tests" / "fixtures" / self.fixture


SEEDS = (
    Seed("cycle", "cycle/Image.json", "Image", "Cycle Image"),
    Seed("otc_ims", "otc_ims/OtcImageList.json", "OtcImageList", "OTC image list"),
    Seed("azure_ml", "azure_ml/ImageResponseBase.json", "ImageResponseBase", "Azure image"),
)

IMPLS = ("ours", "pydantic", "msgspec", "opc")
"""Our generated dataclasses; datamodel-code-generator's pydantic v2 and msgspec models; openapi-python-client."""

IMPL_LABELS = {
    "ours": "ours",
    "candidate": "candidate",
    "compiled": "ours compiled (mypyc)",
    "pydantic": "pydantic v2 (dmcg)",
    "msgspec": "msgspec (dmcg)",
    "opc": "openapi-python-client",
}

_US_DATETIME = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d:\d\d)$")


def rfc3339_dates(value: Any) -> Any:
    """The document with its US-style date-times ("01/30/2021 08:30:00") written as RFC 3339.

    Cycle sends such date-times; the peers' datetime parsers reject them. Every
    implementation is timed on the same rewritten document, so the ratios stay fair.
    """
    if isinstance(value, dict):
        return {k: rfc3339_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rfc3339_dates(v) for v in value]
    if isinstance(value, str) and (m := _US_DATETIME.match(value)):
        month, day, year, clock = m.groups()
        return f"{year}-{month}-{day}T{clock}Z"
    return value
