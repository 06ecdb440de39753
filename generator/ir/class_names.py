"""The class names a package's build claims: what each class asks to be named, under a provisional name.

Each class asks for its name while the package is built (models/ for the parser's models and the
unions it makes, http/ for the unions of inline parameters and bodies): its owner's name (the
class a property, item or union branch belongs to) and words of its own (``Image`` + ``State``),
or a name of its own (a component schema's key), with a rank. It gets a provisional name to build
with. generator/naming/ settles the final names from the whole set (``settle.settled_names``)
and gives them to the IR (``renames.with_settled_names``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .naming import safe_class_name

CONFIGURED = 3  # a name the spec's config file gives (class_names): above all others, so it always wins
GIVEN = 2  # a component schema's key, a file's stem
NAMED = 1  # another name the spec gives: a component response, request body, parameter
DERIVED = 0  # made from a place: owner + property, operation + role
MADE = -1  # a union the build makes of a property's branches: a class made of one branch wins


@dataclass(frozen=True, slots=True)
class NameHint:
    """What a class is named after: its owner (a name claimed before), then words of its own."""

    owner: str = ""
    words: str = ""

    def __add__(self, more: str) -> NameHint:
        return NameHint(self.owner, self.words + more)

    def __str__(self) -> str:
        return self.owner + self.words


@dataclass(frozen=True, slots=True)
class NameRequest:
    hint: NameHint
    kind: str  # "Model", "Enum" or "Union": said after a name that must give way
    place: str = ""  # "<file>#<pointer>" of the schema, which orders the last resort
    rank: int = DERIVED
    prefix: str = ""  # before the owner's name: "Any" + "Pet"
    full_words: str = ""  # the hint's words said with every step of the place ("" if the same)


class ClassClaims:
    """The class names claimed while one package is built, by provisional name (settled by generator/naming/)."""

    def __init__(self) -> None:
        self.requests: dict[str, NameRequest] = {}  # by provisional name

    def claim(self, request: NameRequest) -> str:
        """A provisional name, unique in the package, to build with until the names are settled."""
        base = safe_class_name(request.prefix + str(request.hint))
        provisional, n = base, 2
        while provisional in self.requests:
            provisional, n = f"{base}__{n}", n + 1
        self.requests[provisional] = request
        return provisional
