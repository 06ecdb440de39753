"""Schema features, each on a small spec written beside its test (the ``generated`` fixture, tests/inline.py).

The feature specs of tests/features hold these shapes too, where the static checks type-check them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from inline import InlineSpecs

from bench.exact_json import same_json


def round_trips(decode: Any, document: Any) -> Any:
    """Decode ``document`` with a model's from_dict, check it encodes back exactly, return the model."""
    value = decode(document)
    assert same_json(value.to_dict(), document)
    return value


# --- enums --------------------------------------------------------------------------------------


def test_a_nullable_enum_property_admits_null_and_keeps_values_it_does_not_list(generated: InlineSpecs) -> None:
    spec = """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                size: {type: [string, "null"], enum: [small, big, null]}
    """
    pkg = generated(spec)
    assert generated.warnings(spec) == []
    assert round_trips(pkg.Pet.from_dict, {"size": None}).size is None
    assert round_trips(pkg.Pet.from_dict, {"size": "big"}).size is pkg.PetSize.BIG
    assert round_trips(pkg.Pet.from_dict, {"size": "huge"}).size == "huge"  # a value of a later version
    with pytest.raises(pkg.DecodeError) as caught:
        pkg.Pet.from_dict({"size": 3})
    assert caught.value.path == ("size",)


def test_enum_members_with_colliding_or_unusable_names(generated: InlineSpecs) -> None:
    pkg = generated("""
        openapi: 3.0.3
        info: {title: Colours, version: "1"}
        paths: {}
        components:
          schemas:
            Colour:
              description: String values that collide once upper-cased, or aren't identifiers.
              type: string
              enum: [red, RED, "light-blue", "2nd", "class", "", "ünïcode"]
            Level:
              type: integer
              enum: [0, 1, 10, -1]
    """)
    names = [member.name for member in pkg.Colour]
    assert len(set(names)) == len(names) == 7 and all(n.isidentifier() for n in names)
    assert [member.value for member in pkg.Colour] == ["red", "RED", "light-blue", "2nd", "class", "", "ünïcode"]
    assert [member.value for member in pkg.Level] == [0, 1, 10, -1]


def test_an_enum_wrapped_in_all_of_is_the_enum(generated: InlineSpecs) -> None:
    pkg = generated("""
        openapi: 3.1.0
        info: {title: Levels, version: "1"}
        paths: {}
        components:
          schemas:
            Level: {type: string, enum: [low, high]}
            DescribedLevel:
              description: An enum wrapped in an allOf to give it a description of its own.
              allOf:
                - description: A level.
                - $ref: "#/components/schemas/Level"
            Holder:
              type: object
              properties:
                level: {$ref: "#/components/schemas/DescribedLevel"}
    """)
    holder = round_trips(pkg.Holder.from_dict, {"level": "high"})
    assert holder.level is pkg.Level.HIGH and not hasattr(pkg.models, "DescribedLevel")


# --- references and allOf -----------------------------------------------------------------------


def test_a_reference_to_a_schema_that_admits_null_admits_null(generated: InlineSpecs) -> None:
    pkg = generated("""
        openapi: 3.0.3
        info: {title: Families, version: "1"}
        paths: {}
        components:
          schemas:
            MaybeChild:
              nullable: true
              type: object
              properties:
                name: {type: string}
            Categories:
              nullable: true
              type: array
              items: {type: string}
            Family:
              type: object
              required: [child, categories]
              properties:
                child: {$ref: "#/components/schemas/MaybeChild"}
                categories: {$ref: "#/components/schemas/Categories"}
                children:
                  type: array
                  items: {$ref: "#/components/schemas/MaybeChild"}
    """)
    family = round_trips(pkg.Family.from_dict, {"child": None, "categories": None, "children": [None, {"name": "x"}]})
    assert family.child is None and family.categories is None and family.children[1].name == "x"


def test_all_of_over_a_typed_map_types_the_other_members(generated: InlineSpecs) -> None:
    pkg = generated("""
        openapi: 3.0.3
        info: {title: Accounts, version: "1"}
        paths: {}
        components:
          schemas:
            Timestamps:
              type: object
              additionalProperties: {type: string, format: date-time}
            Account:
              type: object
              properties:
                events:
                  allOf:
                    - $ref: "#/components/schemas/Timestamps"
                    - properties:
                        last_login: {type: string, format: date-time}
    """)
    document = {"events": {"created": "2020-01-01T00:00:00Z", "last_login": "2021-02-03T04:05:06Z"}}
    account = round_trips(pkg.Account.from_dict, document)
    assert isinstance(account.events.additional_properties["created"], datetime)
    assert account.events.last_login.year == 2021
    with pytest.raises(pkg.DecodeError) as caught:
        pkg.Account.from_dict({"events": {"created": 5}})
    assert caught.value.path == ("events", "created")


def test_a_property_both_the_base_and_the_own_part_declare_is_the_own_one(generated: InlineSpecs) -> None:
    pkg = generated("""
        openapi: 3.0.3
        info: {title: Orders, version: "1"}
        paths: {}
        components:
          schemas:
            LegacyContact:
              type: object
              properties:
                legacyName: {type: string}
            BaseOrder:
              type: object
              properties:
                contact: {$ref: "#/components/schemas/LegacyContact"}
            Order:
              allOf:
                - $ref: "#/components/schemas/BaseOrder"
                - type: object
                  properties:
                    contact:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
    """)
    assert round_trips(pkg.Order.from_dict, {"contact": {"name": "Ann"}}).contact.name == "Ann"
    with pytest.raises(pkg.DecodeError) as caught:
        pkg.Order.from_dict({"contact": {"legacyName": "old"}})
    assert caught.value.path == ("contact", "name")
