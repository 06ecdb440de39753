"""Webhooks (OpenAPI 3.1): the package reads each payload into its model, with the exact round trip.

tests/features/webhooks.yaml has webhooks and no paths, so its package has no client.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import run_generator

from bench.exact_json import same_json

SPEC = Path(__file__).resolve().parent / "features" / "webhooks.yaml"
EVIL = 'evil""" + __import__("os").getcwd() + """'
PET = {"name": "Rex", "species": "dog", "born": "2021-01-30T08:30:00.1234567+01:00", "weight": 8}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("webhooks")
    done = run_generator(SPEC, "--out", folder, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return folder


@pytest.fixture(scope="module")
def hooks(out: Path) -> ModuleType:
    return importlib.import_module("webhooks_client.webhooks")


def test_a_spec_of_webhooks_only_says_it_has_no_client(out: Path) -> None:
    package = importlib.import_module("webhooks_client")
    assert not (out / "webhooks_client" / "client.py").exists()
    assert "there is no HTTP client" in (package.__doc__ or "")
    assert "parse_webhook" in package.__all__ and package.parse_webhook.__module__ == "webhooks_client.webhooks"


def test_the_webhooks_module_is_imported_on_first_use_only(out: Path) -> None:
    """Importing the package leaves webhooks.py (and every model a webhook sends) until parse_webhook is used."""
    probe = (
        "import sys, webhooks_client\n"
        "before = 'webhooks_client.webhooks' in sys.modules\n"
        "parse = webhooks_client.parse_webhook\n"
        "print(before, 'webhooks_client.webhooks' in sys.modules, parse.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=out, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "webhooks_client.webhooks"]


def test_a_payload_decodes_into_its_model_and_encodes_back_exactly(hooks: ModuleType) -> None:
    m = importlib.import_module("webhooks_client.models")
    document = {**PET, "species": "axolotl", "chip": 123456789012345678901234567890}  # new enum value, new field
    pet = hooks.parse_webhook("newPet", _json(document))
    assert type(pet) is m.Pet and pet.species == "axolotl"
    assert pet.additional_properties == {"chip": 123456789012345678901234567890}
    assert same_json(pet.to_dict(), document)
    assert pet.born.year == 2021 and pet.to_dict()["born"] == PET["born"]  # the date-time text, byte for byte
    assert hooks.parse_new_pet(_json(document).decode()) == pet  # str or bytes, by name or by function


def test_inline_listed_and_referenced_payloads(hooks: ModuleType) -> None:
    adopted = {"pet": PET, "at": "2024-02-29T12:00:00Z", "fee": None}
    decoded = hooks.parse_webhook("pet.adopted", _json(adopted))
    assert same_json(decoded.to_dict(), adopted) and decoded.fee is None
    pets = hooks.parse_webhook("inventory", _json([PET, {"name": "Tom", "species": "cat"}]))
    assert [p.name for p in pets] == ["Rex", "Tom"]
    assert hooks.parse_webhook("petUpdated", _json(PET)).name == "Rex"  # a $ref to components/pathItems, PUT


def test_text_and_empty_payloads(hooks: ModuleType) -> None:
    assert hooks.parse_webhook("note", "grüße".encode()) == "grüße"
    assert hooks.parse_webhook("ping", b"") is None


def test_what_does_not_fit_raises_decode_error_with_its_path(hooks: ModuleType) -> None:
    with pytest.raises(hooks.DecodeError) as caught:
        hooks.parse_webhook("pet.adopted", _json({"pet": {"name": 7, "species": "cat"}, "at": "2024-02-29T12:00:00Z"}))
    assert caught.value.path == ("pet", "name")
    with pytest.raises(hooks.DecodeError) as caught:
        hooks.parse_webhook("inventory", _json([PET, {"species": "cat"}]))
    assert caught.value.path == ("body", 1, "name")  # as the clients name a response body's items
    with pytest.raises(hooks.DecodeError) as caught:
        hooks.parse_webhook("newPet", b"{not json")
    assert caught.value.path == ()


def test_a_name_the_spec_does_not_give_is_a_value_error(hooks: ModuleType) -> None:
    with pytest.raises(ValueError, match="no webhook is named 'oldPet'"):
        hooks.parse_webhook("oldPet", b"{}")


def test_a_hostile_webhook_name_is_only_text(out: Path, hooks: ModuleType) -> None:
    assert hooks.parse_webhook(EVIL, _json(PET)).name == "Rex"  # the exact name selects it
    source = (out / "webhooks_client" / "webhooks.py").read_text(encoding="utf-8")
    assert "\ndef parse_evil_import_os_getcwd(" in source
    calls = [n.func for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
    assert "__import__" not in {f.id for f in calls if isinstance(f, ast.Name)}  # only in literals and a docstring


@pytest.mark.slow  # mypy
def test_parse_webhook_is_typed_by_the_name_it_is_given(out: Path) -> None:
    use = out / "use_webhooks.py"
    use.write_text(
        "from webhooks_client import parse_webhook\n"
        "from webhooks_client.models import Pet\n"
        "pet: Pet = parse_webhook('newPet', b'{}')\n"
        "pets: list[Pet] = parse_webhook('inventory', b'[]')\n"
        "text: str = parse_webhook('note', b'')\n"
        "wrong: str = parse_webhook('newPet', b'{}')\n"  # the one error mypy must find
        "anything: object = parse_webhook(input(), b'{}')\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "webhooks_client", use.name],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("use_webhooks.py:6:"), done.stdout


def test_webhooks_beside_paths_and_payloads_that_cannot_be_read(tmp_path: Path) -> None:
    spec = tmp_path / "both.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: Both, version: '1'}\n"
        "paths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        '200': {description: ok}\n"
        "webhooks:\n"
        "  formed:\n    post:\n      requestBody:\n        content:\n"
        "          application/x-www-form-urlencoded:\n            schema: {type: object}\n"
        "  nothing: {description: no operation}\n"
        "  seen:\n    post:\n      requestBody:\n        content:\n          application/json:\n"
        "            schema: {type: object, properties: {at: {type: string, format: date-time}}}\n"
    )
    done = run_generator(spec, "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 0, done.stderr
    assert [line.split("/both.yaml:", 1)[-1] for line in done.stderr.splitlines()] == [
        "15: /webhooks/formed/post/requestBody/content/application~1x-www-form-urlencoded: warning: "
        "webhook 'formed': its application/x-www-form-urlencoded payload is not read: left out",
        "16: /webhooks/nothing: warning: webhook 'nothing' has no operation, so no payload to read: left out",
    ]
    package = tmp_path / "out" / "both_client"
    assert (package / "client.py").exists()
    assert "parse_webhook (from .webhooks) decodes" in (package / "__init__.py").read_text(encoding="utf-8")
    webhooks = (package / "webhooks.py").read_text(encoding="utf-8")
    assert "def parse_seen(" in webhooks and "formed" not in webhooks and "nothing" not in webhooks


def test_a_webhook_kept_in_another_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "moved.yaml").write_text(
        "moved:\n  post:\n    requestBody:\n      content:\n        application/json:\n"
        "          schema: {$ref: 'pet.yaml#/Pet'}\n"
    )
    (tmp_path / "hooks" / "pet.yaml").write_text("Pet: {type: object, properties: {name: {type: string}}}\n")
    spec = tmp_path / "split.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: Split, version: '1'}\nwebhooks:\n  moved: {$ref: 'hooks/moved.yaml#/moved'}\n"
    )
    done = run_generator(spec, "--out", tmp_path / "out", "--quiet")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    webhooks = (tmp_path / "out" / "split_client" / "webhooks.py").read_text(encoding="utf-8")
    assert "def parse_moved(body: bytes | str) -> Pet:" in webhooks


@pytest.mark.slow  # mypy
def test_the_package_is_mypy_strict_clean(out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "webhooks_client"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _json(document: object) -> bytes:
    return json.dumps(document).encode()
