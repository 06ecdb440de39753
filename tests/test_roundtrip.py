"""Every documented example decodes and encodes back exactly: same keys, values and JSON types."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import APIS, fixture_files, load_json

from bench.exact_json import same_json


def model_for(path: Path) -> Any:
    package = importlib.import_module(APIS[path.parent.name])
    return getattr(package, path.name.split(".")[0])


def test_every_api_has_fixtures() -> None:
    assert {p.parent.name for p in fixture_files()} == set(APIS)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_example_round_trips_exactly(path: Path) -> None:
    document = load_json(path)
    decoded = model_for(path).from_dict(document)
    assert same_json(decoded.to_dict(), document)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_example_round_trips_through_json_bytes(path: Path) -> None:
    package = importlib.import_module(APIS[path.parent.name])
    raw = path.read_bytes()
    decoded = model_for(path).from_dict(package.json_loads(raw))
    assert json.loads(package.json_dumps(decoded.to_dict())) == json.loads(raw)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_decoding_twice_gives_equal_objects(path: Path) -> None:
    model = model_for(path)
    first = model.from_dict(load_json(path))
    assert model.from_dict(first.to_dict()) == first


def test_same_json_is_strict_about_types() -> None:
    assert not same_json({"a": 8}, {"a": 8.0})
    assert not same_json({"a": True}, {"a": 1})
    assert not same_json({"a": None}, {})
    assert same_json({"a": [1, {"b": "c"}]}, {"a": [1, {"b": "c"}]})
