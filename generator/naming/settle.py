"""Settling: the final class names of a package, from every name its build claimed (ir/class_names.py).

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
from collections.abc import Collection, Mapping

from ..ir.class_names import CONFIGURED, ClassClaims, NameHint, NameRequest
from ..ir.naming import RESERVED_CLASSES, safe_class_name


def settled_names(
    claims: ClassClaims, used: Collection[str], configured: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The final name of each provisional name in ``used`` (the classes generated).

    ``configured``: provisional name -> the name a config file gives that class. Such a class asks
    for it at the top rank, owned by nothing, so it is settled first and its members
    (``<name>State``) are named after it.
    """
    requests = dict(claims.requests)
    for key, name in (configured or {}).items():
        old = requests[key]
        requests[key] = NameRequest(NameHint("", name), old.kind, old.place, CONFIGURED)
    return _Settling(requests).resolve(used)


class _Settling:
    def __init__(self, requests: Mapping[str, NameRequest]) -> None:
        self.requests = requests

    def resolve(self, used: Collection[str]) -> dict[str, str]:
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
