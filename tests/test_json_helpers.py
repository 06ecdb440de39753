"""json_loads/json_dumps: msgspec, orjson or the standard library (whichever are installed), same results."""

from __future__ import annotations

import json
from collections.abc import Iterator

import cycle_client
import cycle_client._runtime as runtime
import pytest
from conftest import FIXTURES


@pytest.fixture(params=["msgspec+orjson", "msgspec", "orjson", "stdlib"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param.startswith("msgspec"):
        pytest.importorskip("msgspec")
        cycle_client.json_loads(b"{}")  # msgspec is imported on the first call
        assert runtime._msgspec_json is not None
        if request.param == "msgspec+orjson":
            pytest.importorskip("orjson")
        else:
            monkeypatch.setattr(runtime, "_orjson", None)
    elif request.param == "orjson":
        pytest.importorskip("orjson")
        assert runtime._orjson is not None
        monkeypatch.setattr(runtime, "_msgspec_json", None)
    else:
        monkeypatch.setattr(runtime, "_msgspec_json", None)
        monkeypatch.setattr(runtime, "_orjson", None)
    yield request.param


def test_loads_and_dumps_round_trip_a_document(backend: str) -> None:
    raw = (FIXTURES / "cycle" / "Image.json").read_bytes()
    image = cycle_client.Image.from_dict(cycle_client.json_loads(raw))
    assert json.loads(cycle_client.json_dumps(image.to_dict())) == json.loads(raw)


def test_integers_beyond_64_bits_survive(backend: str) -> None:
    huge = 2**80 + 1
    raw = f'{{"n": {huge}, "f": 1.5}}'
    data = cycle_client.json_loads(raw)
    assert data == {"n": huge, "f": 1.5}
    assert json.loads(cycle_client.json_dumps(data)) == data


def test_invalid_json_raises_a_value_error(backend: str) -> None:
    with pytest.raises(ValueError):
        cycle_client.json_loads(b'{"truncated": ')


def test_dumps_is_compact_utf8(backend: str) -> None:
    assert cycle_client.json_dumps({"name": "é", "n": [1, 2]}) == '{"name":"é","n":[1,2]}'.encode()


@pytest.mark.parametrize("number", [2**64, -(2**63) - 1, -(10**19) + 1, 10**30])
def test_integers_beyond_either_64_bit_range_survive(backend: str, number: int) -> None:
    # -2**63 - 1 has 19 digits, one less than 2**64: orjson would read both as floats
    raw = f'{{"id": "x", "values": [1, {number}]}}'.encode()
    assert cycle_client.json_loads(raw) == {"id": "x", "values": [1, number]}
    assert type(cycle_client.json_loads(raw)["values"][1]) is int


def test_long_digit_runs_in_strings_still_parse(backend: str) -> None:
    raw = b'{"id": "12345678901234567890123", "n": 5}'
    assert cycle_client.json_loads(raw) == {"id": "12345678901234567890123", "n": 5}


@pytest.mark.parametrize("raw", [b'"\\ud800"', b'{"s": "\\udfff", "n": 1e308}'])
def test_what_a_fast_backend_refuses_the_standard_library_decides(backend: str, raw: bytes) -> None:
    if backend == "orjson":
        pytest.skip("orjson alone raises on these (it has no fallback); msgspec hands them to the standard library")
    assert repr(cycle_client.json_loads(raw)) == repr(json.loads(raw))


NOT_JSON = ["NaN", "Infinity", "-Infinity", "1e999999", "-1e400", "1" + "0" * 400 + ".0", "1" + "0" * 300 + "e9"]


@pytest.mark.parametrize("number", NOT_JSON, ids=lambda n: n[:12])
@pytest.mark.parametrize("context", ["{}", '{{"long": 12345678901234567890123, "n": {}}}', '["\\ud800", {}]'])
def test_nan_infinity_and_numbers_beyond_a_float_are_refused_by_every_backend(
    backend: str, number: str, context: str
) -> None:
    """Not JSON (the standard library reads them, as nan and inf, which orjson and msgspec write as null).
    The contexts send the document to the standard library after orjson (a long integer) or msgspec
    (a lone surrogate) could not read it."""
    raw = context.format(number)
    for data in (raw, raw.encode("utf-8", "surrogatepass")):
        with pytest.raises(ValueError):
            cycle_client.json_loads(data)
    with pytest.raises(cycle_client.DecodeError):
        cycle_client.Image.from_json(raw)


WITHIN = ["1e308", "-1.7976931348623157e308", "1e-400", "0." + "0" * 300 + "1", "1" + "0" * 400, "-" + "9" * 300]


@pytest.mark.parametrize("number", WITHIN, ids=lambda n: n[:12])
def test_numbers_within_a_float_and_long_integers_read_as_the_standard_library_reads_them(
    backend: str, number: str
) -> None:
    raw = f'{{"n": {number}, "long": 123456789012345678901234567890}}'
    assert repr(cycle_client.json_loads(raw)) == repr(json.loads(raw))


def test_json_document_keeps_every_integer_and_json_type(backend: str) -> None:
    raw = b'{"a": 1, "b": 1.0, "c": true, "d": null, "e": 123456789012345678901234567890, "f": -0.0}'
    data = cycle_client.json_loads(raw)
    assert [type(v) for v in data.values()] == [int, float, bool, type(None), int, float]
    assert data["e"] == 123456789012345678901234567890
    assert cycle_client.json_dumps(data) == raw.replace(b" ", b"")


def test_importing_the_package_does_not_import_msgspec() -> None:
    import subprocess
    import sys

    code = "import sys, cycle_client; print('msgspec' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=FIXTURES.parents[1] / "generated"
    )
    assert done.stdout.strip() == "False"
