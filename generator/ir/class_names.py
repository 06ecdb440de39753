"""Class names from where their schemas sit, settled once every class of a package is known.

Each class asks for its name while the package is built: its owner's name (the model a
property, item or union branch belongs to) and words of its own (``Image`` + ``State`` +
``Current``), or a name of its own (a component schema's key). It gets a provisional name to
build with. When the build is done, ``ClassNames.resolve`` gives every class actually
generated its final name, and the build's names are replaced by them (ir/renames.py).

Because every name is settled from the whole set at once, never in the order the classes
were met, a new schema elsewhere renames nothing. A name wanted by several classes goes:

1. to the class nearer the top: an owner's name is settled before its members' names;
2. among classes at the same depth, to the one of highest rank (a name the config file
   gives beats a name the spec gives, which beats a name made from a place);
3. if no single class wins, to none of them. Each then tries its next form: the name and
   its kind (``ImageStateModel``), then the name made of every step of its place
   (``ImagePropertiesStateAllOf0``), then that name numbered, the lowest place first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from .naming import RESERVED_CLASSES, safe_class_name

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


class ClassNames:
    """The class names of one package: claimed while it is built, settled at the end."""

    def __init__(self) -> None:
        self.requests: dict[str, NameRequest] = {}  # by provisional name

    def claim(self, request: NameRequest) -> str:
        """A provisional name, unique in the package, to build with until ``resolve``."""
        base = safe_class_name(request.prefix + str(request.hint))
        provisional, n = base, 2
        while provisional in self.requests:
            provisional, n = f"{base}__{n}", n + 1
        self.requests[provisional] = request
        return provisional

    def configure(self, key: str, name: str) -> None:
        """The class claimed as ``key`` is named ``name``, as a config file says: of the top rank, and owned
        by nothing, so it is settled first and its members (``<name>State``) are named after it."""
        old = self.requests[key]
        self.requests[key] = NameRequest(NameHint("", name), old.kind, old.place, CONFIGURED)

    def resolve(self, used: Collection[str]) -> dict[str, str]:
        """The final name of each provisional name in ``used`` (the classes generated)."""
        settled: dict[str, str] = {}
        waves: dict[int, list[str]] = defaultdict(list)
        for key in used:
            waves[self._depth(key)].append(key)
        taken = set(RESERVED_CLASSES)
        for depth in sorted(waves):
            settled.update(self._settle(waves[depth], taken, settled))
            taken.update(settled.values())
        return settled

    def _settle(self, keys: list[str], taken: set[str], settled: dict[str, str]) -> dict[str, str]:
        """Names for classes of one depth: contested names go to the one of highest rank, else to none."""
        level = dict.fromkeys(keys, 0)
        names: dict[str, str] = {}
        while len(names) < len(keys):
            wanted: dict[str, list[str]] = defaultdict(list)
            for key in keys:
                if key not in names:
                    wanted[self._form(key, level[key], settled)].append(key)
            for name, askers in wanted.items():
                winner = None if name in taken else self._winner(askers, level[askers[0]])
                if winner is not None:
                    names[winner] = name
                    taken.add(name)
                for key in askers:
                    if key != winner:
                        level[key] += 1
        return names

    def _winner(self, askers: list[str], level: int) -> str | None:
        if len(askers) == 1:
            return askers[0]
        if level >= 3:  # the last resort: the lowest place
            return min(askers, key=lambda key: (self.requests[key].place, key))
        top = max(self.requests[key].rank for key in askers)
        best = [key for key in askers if self.requests[key].rank == top]
        return best[0] if len(best) == 1 else None

    def _form(self, key: str, level: int, settled: dict[str, str]) -> str:
        """The name ``key`` asks for at ``level``: plain, with its kind, with its whole place, numbered."""
        request = self.requests[key]
        owner = self._owner_name(request.hint.owner, settled)
        plain = safe_class_name(request.prefix + owner + request.hint.words)
        if level == 0:
            return plain
        if level == 1:
            return plain if plain.endswith(request.kind) else plain + request.kind
        full = safe_class_name(request.prefix + owner + (request.full_words or request.hint.words))
        return full if level == 2 else f"{full}{level - 1}"

    def _owner_name(self, owner: str, settled: dict[str, str]) -> str:
        """An owner's final name; one not generated itself (an alias) reads as it would have."""
        if not owner:
            return ""
        if owner in settled:
            return settled[owner]
        request = self.requests.get(owner)
        if request is None:
            return owner
        return safe_class_name(request.prefix + self._owner_name(request.hint.owner, settled) + request.hint.words)

    def _depth(self, key: str) -> int:
        depth = 0
        owner = self.requests[key].hint.owner
        while owner and owner in self.requests and depth < 100:
            depth += 1
            owner = self.requests[owner].hint.owner
        return depth
