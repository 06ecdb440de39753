"""review/constraints.py: which changes of a constraint or default break a request (issue 26)."""

from __future__ import annotations

import pytest

from generator.ir.constraints import constraints_of, header_type
from generator.review.constraints import constraint_changes
from generator.review.usage import BOTH, REQUEST, RESPONSE


def _changes(before: dict[str, object], after: dict[str, object], use: frozenset[str]) -> list[tuple[str, str, str]]:
    return list(constraint_changes(constraints_of(before), constraints_of(after), use))


@pytest.mark.parametrize(
    ("before", "after", "what"),
    [
        ({"maxLength": 64}, {"maxLength": 32}, "constraint narrowed"),
        ({"maxLength": 64}, {"maxLength": 128}, "constraint widened"),
        ({"minimum": 1}, {"minimum": 0}, "constraint widened"),
        ({"minItems": 1}, {"minItems": 2}, "constraint narrowed"),
        ({}, {"pattern": "^a"}, "constraint narrowed"),
        ({"pattern": "^a"}, {"pattern": "^b"}, "constraint narrowed"),  # can't tell: as if narrowed
        ({"pattern": "^a"}, {}, "constraint widened"),
        ({}, {"format": "uuid"}, "constraint narrowed"),
        ({"maximum": 10, "exclusiveMaximum": False}, {"maximum": 10, "exclusiveMaximum": True}, "constraint narrowed"),
        ({"uniqueItems": True}, {"uniqueItems": False}, "constraint widened"),
        ({}, {"uniqueItems": False}, "constraint widened"),
        ({"default": "a"}, {"default": "b"}, "default changed"),
        ({}, {"default": "b"}, "default added"),
    ],
)
def test_a_narrowed_constraint_or_changed_default_breaks_a_request(
    before: dict[str, object], after: dict[str, object], what: str
) -> None:
    [(severity, found, _)] = _changes(before, after, frozenset({REQUEST}))
    assert found == what
    assert severity == ("breaking" if what in ("constraint narrowed", "default changed") else "compatible")
    [(in_response, _, _)] = _changes(before, after, frozenset({RESPONSE}))
    assert in_response == "compatible"  # the clients check no constraint: no Python type changes
    [(both_ways, _, _)] = _changes(before, after, BOTH)
    assert both_ways == severity


def test_the_detail_names_the_keyword_and_both_values() -> None:
    assert _changes({"maxLength": 64}, {}, BOTH) == [("compatible", "constraint widened", "maxLength: 64 -> (none)")]
    assert _changes({"default": None}, {}, BOTH) == [("compatible", "default removed", "default: null -> (none)")]
    assert _changes({"type": "string", "description": "x"}, {"type": "integer"}, BOTH) == []  # not constraints


def test_a_header_type_reads_as_the_schema_says() -> None:
    assert header_type({"type": "string", "format": "date-time"}) == "string date-time"
    assert header_type({"type": ["integer", "null"]}) == "integer | null"
    assert header_type({"type": "integer", "nullable": True}) == "integer | null"
    assert header_type(None) == "any"
