"""Class names are settled from the whole package at once: by place and rank, never by the order met."""

from __future__ import annotations

import itertools

from generator.ir.class_names import DERIVED, GIVEN, MADE, ClassClaims, NameHint, NameRequest
from generator.naming.settle import settled_names


def settle(requests: list[tuple[str, NameRequest]]) -> dict[str, str]:
    """Claim in the order given; the final name of each request, by the label the test gave it."""
    names = ClassClaims()
    keys = {label: names.claim(request) for label, request in requests}
    final = settled_names(names, list(keys.values()))
    return {label: final[key] for label, key in keys.items()}


def given(name: str) -> NameRequest:
    return NameRequest(NameHint("", name), "Model", f"s.yaml#/components/schemas/{name}", GIVEN)


def test_a_name_the_spec_gives_beats_one_made_from_a_place() -> None:
    image = given("Image")
    # Image.state (derived: ImageState) against a component named ImageState
    names = ClassClaims()
    image_key = names.claim(image)
    inline = names.claim(
        NameRequest(NameHint(image_key, "State"), "Model", "s.yaml#/components/schemas/Image/properties/state")
    )
    component = names.claim(given("ImageState"))
    final = settled_names(names, [image_key, inline, component])
    assert final[component] == "ImageState"
    assert final[inline] == "ImageStateModel"  # it says what it is and stays readable


def test_no_winner_among_equals_so_adding_one_never_decides_who_keeps_the_name() -> None:
    a = NameRequest(NameHint("", "FooBar"), "Model", "s.yaml#/paths/~1a/get", DERIVED, full_words="GetAFooBar")
    b = NameRequest(NameHint("", "FooBar"), "Model", "s.yaml#/paths/~1b/get", DERIVED, full_words="GetBFooBar")
    found = settle([("a", a), ("b", b)])
    assert found["a"] != found["b"]
    # Equal kinds: "FooBarModel" is wanted by both too, so each goes on to its whole place.
    assert found == {"a": "GetAFooBar", "b": "GetBFooBar"}


def test_the_order_of_claims_never_changes_a_name() -> None:
    requests = [
        ("image", given("Image")),
        ("state", given("ImageState")),
        ("inline", NameRequest(NameHint("", "ImageState"), "Enum", "s.yaml#/x", DERIVED, full_words="XImageState")),
        ("union", NameRequest(NameHint("", "ImageState"), "Union", "s.yaml#/y", MADE)),
        ("other", NameRequest(NameHint("", "Other"), "Model", "s.yaml#/z")),
    ]
    results = {tuple(sorted(settle(list(order)).items())) for order in itertools.permutations(requests)}
    assert len(results) == 1
    (result,) = results
    assert dict(result) == {
        "image": "Image",
        "state": "ImageState",
        "inline": "ImageStateEnum",
        "union": "ImageStateUnion",
        "other": "Other",
    }


def test_a_member_is_named_after_its_owners_final_name() -> None:
    names = ClassClaims()
    enum = names.claim(given("Enum"))  # a reserved name: the class becomes EnumModel
    member = names.claim(NameRequest(NameHint(enum, "Kind"), "Enum", "s.yaml#/components/schemas/Enum/properties/kind"))
    final = settled_names(names, [enum, member])
    assert final == {enum: "EnumModel", member: "EnumModelKind"}


def test_a_class_not_generated_takes_no_name() -> None:
    names = ClassClaims()
    wrapper = names.claim(NameRequest(NameHint("", "Pet"), "Model", "s.yaml#/a"))  # read as another type
    pet = names.claim(NameRequest(NameHint("", "Pet"), "Model", "s.yaml#/b"))
    assert settled_names(names, [pet]) == {pet: "Pet"}
    assert wrapper != pet


def test_a_clash_no_form_resolves_is_numbered_by_place() -> None:
    same = [NameRequest(NameHint("", "X"), "Model", f"s.yaml#/{p}") for p in ("b", "a", "c")]
    found = settle([(r.place, r) for r in same])
    assert found == {"s.yaml#/a": "X2", "s.yaml#/b": "X3", "s.yaml#/c": "X4"}
