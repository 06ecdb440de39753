# Generated from tests/cases/subtypes/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""Models of Subtypes 1, each imported from its module on first use.

`from subtypes_client import <Model>` (or from subtypes_client.models) imports the module that defines
it and the modules it refers to, not the others: a large API costs at import what a caller uses.
"""

from .._runtime import UNSET as UNSET, DecodeError as DecodeError, Unset as Unset
from .holder import (
    AnyPet,
    Cat,
    Dog,
    Event,
    EventMessage,
    Holder,
    Image,
    Imperial,
    Measure,
    Metric,
    Pet,
    Ping,
    Text,
    any_pet_from_dict,
    event_from_dict,
    event_message_from_dict,
    event_message_to_dict,
    measure_from_dict,
)

__all__ = [
    "AnyPet",
    "Cat",
    "Dog",
    "Event",
    "EventMessage",
    "Holder",
    "Image",
    "Imperial",
    "Measure",
    "Metric",
    "Pet",
    "Ping",
    "Text",
    "any_pet_from_dict",
    "event_from_dict",
    "event_message_from_dict",
    "event_message_to_dict",
    "measure_from_dict",
]
