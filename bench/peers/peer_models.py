"""Generate the peers' models of the seed specs into the bench work folder.

datamodel-code-generator makes a pydantic v2 module and a msgspec module per spec;
openapi-python-client makes a package. Where openapi-python-client refuses a spec and
says that its ``literal_enums`` setting would help, it is run again with it, and both
facts are reported.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from . import tools
from .seeds import MODELS, SEEDS, Seed

COMMON = ("--target-python-version", "3.11", "--snake-case-field", "--output-datetime-class", "datetime")
FORMAT = ("--formatters", "ruff-format")
PYDANTIC = ("--output-model-type", "pydantic_v2.BaseModel", *COMMON, *FORMAT)
MSGSPEC = ("--output-model-type", "msgspec.Struct", "--use-msgspec-tagged-unions", *COMMON, *FORMAT)


@dataclass(frozen=True)
class PeerModels:
    seed: str
    impl: str
    module: str | None
    """Importable from MODELS; None when the tool failed on the spec."""
    note: str = ""


def module_name(impl: str, seed: Seed) -> str:
    return f"{impl}_{seed.name}"


def generate_all() -> list[PeerModels]:
    if MODELS.exists():
        shutil.rmtree(MODELS)
    MODELS.mkdir(parents=True)
    results: list[PeerModels] = []
    for seed in SEEDS:
        results.append(_dmcg(seed, "pydantic", PYDANTIC))
        results.append(_dmcg(seed, "msgspec", MSGSPEC))
        results.append(_opc(seed))
    return results


def _dmcg(seed: Seed, impl: str, options: tuple[str, ...]) -> PeerModels:
    name = module_name(impl, seed)
    done = tools.run(tools.dmcg(seed.spec, MODELS / f"{name}.py", *options))
    if not done.ok:
        return PeerModels(seed.name, impl, None, f"datamodel-codegen failed: {done.first_error()}")
    return PeerModels(seed.name, impl, name)


def _opc(seed: Seed) -> PeerModels:
    name = module_name("opc", seed)
    done = tools.run(tools.opc(seed.spec, MODELS / name))
    if done.ok:
        return PeerModels(seed.name, "opc", name)
    error = done.first_error()
    if "literal_enums" not in done.output:
        return PeerModels(seed.name, "opc", None, f"fails: {error}")
    config = MODELS / "opc-literal-enums.yaml"
    config.write_text(tools.OPC_LITERAL_ENUMS)
    again = tools.run(tools.opc(seed.spec, MODELS / name, config))
    if not again.ok:
        return PeerModels(seed.name, "opc", None, f"fails: {error}; with literal_enums too: {again.first_error()}")
    return PeerModels(seed.name, "opc", name, f"fails by default ({error}); measured with `literal_enums: true`")
