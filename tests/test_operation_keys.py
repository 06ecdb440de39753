"""A config names an operation by its key ``GET /images/{id}`` (specs without operationIds), and an
``operations`` selection writes only the classes its kept operations use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from inline import InlineSpecs

SPEC = """
    openapi: 3.1.0
    info: {title: Cloud, version: "1"}
    paths:
      /images:
        get:
          responses:
            "200":
              description: images
              content: {application/json: {schema: {$ref: "#/components/schemas/ImageList"}}}
      /images/{id}:
        parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
        get:
          responses:
            "200": {description: an image, content: {application/json: {schema: {$ref: "#/components/schemas/Image"}}}}
        delete:
          responses: {"204": {description: gone}}
      /servers:
        get:
          responses:
            "200": {description: a server, content: {application/json: {schema: {$ref: "#/components/schemas/Server"}}}}
    components:
      schemas:
        ImageList:
          type: object
          properties: {images: {type: array, items: {$ref: "#/components/schemas/Image"}}}
        Image:
          type: object
          properties:
            id: {type: integer}
            status: {type: string, enum: [available, creating]}
            created_from: {$ref: "#/components/schemas/Origin"}
        Origin:
          oneOf: [{$ref: "#/components/schemas/Snapshot"}, {$ref: "#/components/schemas/Backup"}]
          discriminator: {propertyName: kind}
        Snapshot: {type: object, required: [kind], properties: {kind: {type: string}, size: {type: number}}}
        Backup: {type: object, required: [kind], properties: {kind: {type: string}, server: {type: integer}}}
        Server:
          type: object
          properties:
            image: {$ref: "#/components/schemas/Image"}
            datacenter: {$ref: "#/components/schemas/Datacenter"}
            state: {type: string, enum: [running, "off"]}
        Datacenter: {type: object, properties: {name: {type: string}}}
        Unused: {type: object, properties: {x: {type: string}}}
"""

IMAGES_ONLY = """
    operations:
      include:
        operation_ids: [GET /images, "get /images/{id}", "DELETE /images/{id}"]
    method_names:
      "GET /images/{id}": get_image
"""

IMAGE_CLASSES = {"ImageList", "Image", "ImageStatus", "Origin", "Snapshot", "Backup"}
SERVER_CLASSES = {"Server", "ServerState", "Datacenter", "Unused"}


def classes(pkg: object) -> set[str]:
    """The classes the package's models/ exports (its runtime names, DecodeError and such, left out)."""
    exported = set(pkg.models.__all__)  # type: ignore[attr-defined]
    return {name for name in exported if name in IMAGE_CLASSES | SERVER_CLASSES}


def test_without_operation_ids_methods_are_named_after_method_and_path(generated: InlineSpecs) -> None:
    client = generated(SPEC).Client
    assert all(hasattr(client, n) for n in ("get_images", "get_images_id", "delete_images_id", "get_servers"))


def test_a_method_is_renamed_and_operations_included_by_their_key(generated: InlineSpecs) -> None:
    client = generated(SPEC, config=IMAGES_ONLY).Client
    assert all(hasattr(client, n) for n in ("get_images", "get_image", "delete_images_id"))
    assert not hasattr(client, "get_images_id") and not hasattr(client, "get_servers")


def test_an_operation_is_excluded_by_its_key(generated: InlineSpecs) -> None:
    config = "operations: {exclude: {operation_ids: ['GET /servers']}}\n"
    client = generated(SPEC, config=config).Client
    assert hasattr(client, "get_images_id") and not hasattr(client, "get_servers")


def test_a_key_naming_no_operation_is_a_warning_at_its_line(generated: InlineSpecs) -> None:
    config = IMAGES_ONLY + '      "GET /images/{imageId}": fetch_image\n'
    shown = [w for w in generated.warnings(SPEC, config=config) if "no operation is" in w]
    assert len(shown) == 1, shown
    assert shown[0].endswith(
        ".config.yaml:6: /method_names/GET ~1images~1{imageId}: warning: no operation is GET /images/{imageId}: "
        "the entry is ignored"
    )
    assert hasattr(generated(SPEC, config=config).Client, "get_image")


def test_an_images_only_selection_writes_only_the_classes_its_operations_reach(generated: InlineSpecs) -> None:
    assert classes(generated(SPEC)) == IMAGE_CLASSES | SERVER_CLASSES
    pkg = generated(SPEC, config=IMAGES_ONLY)
    assert classes(pkg) == IMAGE_CLASSES
    image = pkg.Image.from_dict({"id": 1, "status": "creating", "created_from": {"kind": "Backup", "server": 7}})
    assert type(image.created_from).__name__ == "Backup" and image.created_from.server == 7
    written = {p.stem for p in (Path(pkg.__file__).parent / "models").glob("*.py")}
    assert not written & {"server", "datacenter", "unused"}


def test_only_classes_are_dropped_never_renamed(generated: InlineSpecs) -> None:
    """Exclude-only keeps the classes the kept operations use, each under the name it has without a selection."""
    full = generated(SPEC)
    pkg = generated(SPEC, config="operations: {exclude: {operation_ids: ['GET /servers']}}\n")
    assert classes(pkg) == IMAGE_CLASSES
    for name in IMAGE_CLASSES - {"ImageStatus", "Origin"}:  # the models, whose annotations name the others
        assert getattr(pkg.models, name).__annotations__ == getattr(full.models, name).__annotations__


@pytest.mark.slow  # mypy
def test_an_images_only_package_is_mypy_strict_clean(generated: InlineSpecs) -> None:
    pkg = generated(SPEC, config=IMAGES_ONLY)
    folder = Path(pkg.__file__).parent
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", folder.name],
        cwd=folder.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
