"""Every Hypothesis test runs under the suite profile of conftest.py: the same examples here as under CI,
and no deadline or health check a busy 2-core machine can trip."""

from __future__ import annotations

import importlib
from pathlib import Path

from hypothesis import HealthCheck, is_hypothesis_test, settings

TESTS = Path(__file__).resolve().parent
TIMING = {HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large}


def keeps_the_profile(own: settings) -> bool:
    return (
        own.deadline is None and own.derandomize and own.database is None and set(own.suppress_health_check) >= TIMING
    )


def test_the_suite_profile_is_loaded() -> None:
    assert keeps_the_profile(settings.default)


def test_every_hypothesis_test_keeps_the_profile() -> None:
    found = {}
    for path in sorted(TESTS.glob("test_*.py")):
        module = importlib.import_module(path.stem)
        for name, function in vars(module).items():
            if name.startswith("test_") and is_hypothesis_test(function):
                found[f"{path.stem}.{name}"] = function._hypothesis_internal_use_settings
    assert "test_spec_text_is_data.test_py_str_is_an_exact_literal" in found
    assert [name for name, own in found.items() if not keeps_the_profile(own)] == []
