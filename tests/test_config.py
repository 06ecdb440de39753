"""A spec's config file (<stem>.config.yaml or --config): package, class and field names, operations,
method names, literal enums, post-hooks; its errors at file:line; --meta pyproject."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_generator
from servers.prism import prism_mock, require_prism

from generator.pipeline import review_specs
from generator.review.report import as_text

SPEC = """
openapi: 3.1.0
info: {title: Shop, version: "2019-09-30"}
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: the pet, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
    delete:
      operationId: deletePet
      tags: [pets]
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses: {"204": {description: gone}}
  /owners:
    get:
      operationId: listOwners
      tags: [owners]
      responses:
        "200":
          description: owners
          content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Owner"}}}}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
        name: {type: string}
        owner: {$ref: "#/components/schemas/Owner"}   # so the classes the selected operations use,
        looks_like: {$ref: "#/components/schemas/Animal"}  # the others are not written
        state:
          type: object
          properties:
            current: {type: string, enum: [live, sold]}
    Animal:
      type: object
      properties:
        legs: {type: integer}
    Owner:
      type: object
      properties:
        e-mail: {type: string}
"""
CONFIG = """\
package: petstore
class_names:
  Pet: Animal                                       # a component schema, by name: wins over the spec's Animal
  /components/schemas/Pet/properties/state: Status  # the class at a place
field_names:
  Pet.name: nickname
  /components/schemas/Owner/properties/e-mail: mail
operations:
  include: {tags: [pets]}
  exclude: {operation_ids: [deletePet]}
method_names:
  getPet: fetch_pet
enums: literal
post_hooks:
  - echo "made by a hook" > HOOKED.txt
  - [python3, -c, "import pathlib; assert pathlib.Path('models/__init__.py').exists()"]
"""


def write(folder: Path, spec: str = SPEC, config: str | None = CONFIG) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "shop.yaml").write_text(spec, encoding="utf-8")
    if config is not None:
        (folder / "shop.config.yaml").write_text(config, encoding="utf-8")
    return folder / "shop.yaml"


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("configured")
    done = run_generator(write(folder / "specs"), "--out", folder / "out", "--meta", "pyproject")
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(folder / "out"))
    importlib.invalidate_caches()
    yield folder / "out" / "petstore"
    sys.path.remove(str(folder / "out"))


def test_classes_are_named_as_configured_and_the_rest_settles_around_them(petstore: Path) -> None:
    models = importlib.import_module("petstore.models")
    assert models.Animal.__doc__ == "Animal" and "state" in models.Animal.__slots__  # the spec's Pet
    assert "legs" in models.AnimalModel.__slots__  # the spec's own Animal gave way
    assert models.Status.__annotations__["current"] == "Literal['live', 'sold'] | Unset"  # pointer rename
    assert not hasattr(models, "Pet") and not hasattr(models, "PetStateCurrent")  # no enum class: literal


def test_fields_are_renamed_and_keep_their_wire_names(petstore: Path) -> None:
    models = importlib.import_module("petstore.models")
    pet = models.Animal.from_dict({"id": "p", "name": "Rex", "state": {"current": "sold"}, "x": 1})
    assert (pet.nickname, pet.state.current) == ("Rex", "sold")
    assert pet.to_dict() == {"id": "p", "name": "Rex", "state": {"current": "sold"}, "x": 1}
    assert models.Owner.from_dict({"e-mail": "a@b"}).mail == "a@b"


def test_a_literal_enum_refuses_a_value_the_spec_does_not_list(petstore: Path) -> None:
    models = importlib.import_module("petstore.models")
    with pytest.raises(models.DecodeError, match=r"state\.current: expected one of 'live', 'sold', got 'lost'"):
        models.Animal.from_dict({"id": "p", "state": {"current": "lost"}})


def test_only_the_selected_operations_get_methods_named_as_configured(petstore: Path) -> None:
    client = importlib.import_module("petstore.client").Client
    assert hasattr(client, "fetch_pet")
    assert not any(hasattr(client, n) for n in ("get_pet", "delete_pet", "list_owners"))


def test_post_hooks_ran_in_the_package_folder(petstore: Path) -> None:
    assert (petstore / "HOOKED.txt").read_text(encoding="utf-8").strip() == "made by a hook"


@pytest.mark.slow  # pip install
def test_meta_pyproject_makes_the_package_pip_installable(petstore: Path, tmp_path: Path) -> None:
    meta = tomllib.loads((petstore / "pyproject.toml").read_text(encoding="utf-8"))
    assert (meta["project"]["name"], meta["project"]["version"]) == ("petstore", "2019.9.30")
    assert meta["project"]["dependencies"] == ["httpx>=0.28,<1"]
    copy = tmp_path / "petstore"  # pip builds in the folder it installs from (build/, *.egg-info)
    subprocess.run(["cp", "-r", str(petstore), str(copy)], check=True)
    pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(tmp_path / "site"), str(copy)]
    done = subprocess.run(pip, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path / 'site')!r}); import importlib.metadata as m, petstore;"
        "print(m.version('petstore'), petstore.__file__)"
    )
    shown = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.startswith("2019.9.30 " + str(tmp_path / "site" / "petstore" / "__init__.py"))


def test_spec_text_stays_data_in_the_pyproject(tmp_path: Path) -> None:
    title = 'Evil"\n[tool.evil]\nx = "\\u0000\x7f'
    spec = SPEC.replace("title: Shop", f"title: {json.dumps(title)}")
    done = run_generator(write(tmp_path, spec, None), "--out", tmp_path / "out", "--meta", "pyproject")
    assert done.returncode == 0, done.stderr
    meta = tomllib.loads((tmp_path / "out" / "shop_client" / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(meta) == {"build-system", "project", "tool"} and set(meta["tool"]) == {"setuptools"}
    assert meta["project"]["description"] == "Typed client of " + " ".join(f"{title} 2019-09-30".split())


def test_diff_reports_a_configured_rename(tmp_path: Path) -> None:
    before = write(tmp_path / "before", config=None)
    after = write(tmp_path / "after", config="class_names: {Pet: Creature}\n")
    text = as_text(review_specs(str(before), str(after)))
    assert "model renamed: shop_client.Creature: Pet -> Creature" in text
    assert "model renamed: shop_client.CreatureState: PetState -> CreatureState" in text


# --- what a config file may not say: errors at its line, nothing written ---------------------

BAD_CONFIGS = [
    ("class_names: {Pet: 9lives}\n", 1, "/class_names/Pet", "'9lives' is not a plain Python identifier"),
    (
        "class_names:\n  /components/schemas/Nope: X\n",
        2,
        "/class_names/~1components~1schemas~1Nope",
        "no class is made of the schema at /components/schemas/Nope",
    ),
    ("field_names: {Pet.nope: x}\n", 1, "/field_names/Pet.nope", "no field is made of the property at"),
    ("field_names: {Pet.name: to_dict}\n", 1, "/field_names/Pet.name", "a name every model"),
    ("field_names: {Pet.name: id}\n", 1, "/field_names/Pet.name", "Pet already has a field 'id'"),
    ("method_names: {getPat: x}\n", 1, "/method_names/getPat", "no operation has the operationId 'getPat'"),
    ("method_names: {getPet: copy}\n", 1, "/method_names/getPet", "method name 'copy' is taken"),
    (
        "method_names:\n  getPet: fetch\n  get /pets/{petId}: fetch_pet\n",
        3,
        "/method_names/get ~1pets~1{petId}",
        "method_names names this operation twice: also as 'getPet'",
    ),
    ("operations: {include: {tags: [cats]}}\n", 1, "/operations/include/tags/0", "no operation has the tag 'cats'"),
    ("enums: closed\n", 1, "/enums", "expected open or literal"),
    ("package: os.path\n", 1, "/package", "'os.path' is not a plain Python identifier"),
    ("post_hooks: [exit 3]\n", 1, "/post_hooks/0", "post-hook `exit 3` failed with exit status 3"),
    (
        "# mine\npost_hooks:\n  - ruff --version\n  - [python3, -c, 'raise SystemExit(4)']\n",
        4,
        "/post_hooks/1",
        "post-hook `python3 -c raise SystemExit(4)` failed with exit status 4",
    ),
    ("post_hooks: [[no-such-program-here]]\n", 1, "/post_hooks/0", "post-hook `no-such-program-here` could not run"),
]


@pytest.fixture(scope="module")
def unconfigured(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of the spec without a config (generated once; each test changes a copy)."""
    folder = tmp_path_factory.mktemp("unconfigured")
    done = run_generator(write(folder, config=None), "--out", folder / "out")
    assert done.returncode == 0, done.stderr
    return folder / "out"


@pytest.mark.parametrize(("config", "line", "pointer", "message"), BAD_CONFIGS)
def test_a_bad_config_is_an_error_at_its_line_and_the_output_is_left_as_it_was(
    tmp_path: Path, unconfigured: Path, config: str, line: int, pointer: str, message: str
) -> None:
    spec = write(tmp_path, config=None)
    out = tmp_path / "out"
    shutil.copytree(unconfigured, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (tmp_path / "shop.config.yaml").write_text(config, encoding="utf-8")
    done = run_generator(spec, "--out", out)
    assert done.returncode == 1, done.stderr
    shown = tmp_path / "shop.config.yaml"
    where = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown
    assert f"{where}:{line}: {pointer}: error: " in done.stderr
    assert message in done.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


@pytest.mark.slow  # Prism
def test_a_configured_package_is_accepted_by_prism(tmp_path: Path) -> None:
    """Renamed classes and methods, literal enums and a left-out operation, against the spec itself."""
    require_prism()
    spec = tmp_path / "cycle.yaml"
    spec.write_text((ROOT / "specs" / "cycle.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    config = "package: configured_cycle\nclass_names: {Image: Picture}\nmethod_names: {get_image: fetch_image}\n"
    (tmp_path / "cycle.config.yaml").write_text(config + "enums: literal\n", encoding="utf-8")
    done = run_generator(spec, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        importlib.invalidate_caches()
        module = importlib.import_module("configured_cycle.client")
        with prism_mock(ROOT / "specs" / "cycle.yaml") as url, module.Client(base_url=url, token="t", hub_id="h") as c:
            image = c.fetch_image(image_id="651586fca6078e98982dbd90", include=["creators"]).data
            listed = c.list_images(filter_state=["live"]).data
    finally:
        sys.path.remove(str(tmp_path / "out"))
    assert type(image).__name__ == "Picture" and isinstance(image.state.current, str)
    assert all(type(item).__name__ == "Picture" for item in listed)
