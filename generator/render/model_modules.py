"""Which module of a package's ``models/`` folder each class goes in.

A package's models are split into modules so that importing one class loads only its own module
and the modules it imports at the top (``models/__init__.py`` imports them on first use), whatever
the spec's size. The rule, in three steps, all decided by where schemas sit and what they refer to,
never by the order they were met in:

1. A class defined inside another class's schema (``ImageState`` at
   ``/components/schemas/Image/properties/state``) goes with the outermost such class, so an
   inline schema sits beside its owner.
2. Classes that refer to each other in a circle (a strongly connected component of the reference
   graph: a model whose field is a union of models holding it) keep modules of their own, which
   import one another late: a model names the others of its circle only in annotations (strings,
   under ``from __future__ import annotations``) and in codecs that run later (from_dict, _from_wire,
   to_dict), so those names are imported under TYPE_CHECKING and bound at run time to a ``Late``
   (generator/runtime/_late.py) that imports the module when first used. What is needed as a class
   is made can't wait: a union's alias is a runtime expression of its members, so a union imports
   them at the top (``eager_references``), and classes that need one another that way share a module.
3. A group that only one other group refers to, and that this user imports at the top, goes in
   that group's module: importing its user loads it anyway, and every module costs about 0.1 ms to
   import on top of its classes. Classes that several refer to keep a module of their own, so the
   modules never import one another at the top in a circle; so do the classes an operation or a
   webhook names (a request or response body, a parameter), as the client is their other user, and
   those only a circle refers to (they are loaded late).

A module is named after the snake_case name of the first class by name of the group that starts
it (``image``); two modules that would share a name get a suffix from a hash of that class's
name, so neither name depends on which was met first. ``ModelModule.late`` names the modules a
module imports late: every reference to them is one of a circle, none needed at import time.
"""

from __future__ import annotations

import hashlib
import keyword
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .. import ir
from ..ir.naming import shortened, snake_case
from ..ir.reach import type_names

Definition = ir.Enum | ir.Model | ir.Union


@dataclass
class ModelModule:
    """One module of ``models/``: its name and the classes it defines, in the package's order."""

    name: str
    enums: list[ir.Enum] = field(default_factory=list)
    models: list[ir.Model] = field(default_factory=list)
    unions: list[ir.Union] = field(default_factory=list)
    late: set[str] = field(default_factory=set)  # the modules whose names it imports only when first used

    @property
    def class_names(self) -> list[str]:
        classes: list[Definition] = [*self.enums, *self.models, *self.unions]
        return [c.name for c in classes]


def model_modules(api: ir.Api, taken: Iterable[str] = ()) -> list[ModelModule]:
    """The modules of ``api``'s classes, sorted by name; ``taken``: names a module must not have."""
    every: list[Definition] = [*api.enums, *api.models, *api.unions]
    definitions = {c.name: c for c in every}
    owner = owners(definitions.values())
    enums = {e.name for e in api.enums}
    graph: dict[str, set[str]] = {name: set() for name in set(owner.values())}
    eager: dict[str, set[str]] = {name: set() for name in graph}
    for name, definition in definitions.items():
        graph[owner[name]].update(owner[r] for r in references(definition) if r in owner and owner[r] != owner[name])
        needed = eager_references(definition, enums)
        eager[owner[name]].update(owner[r] for r in needed if r in owner and owner[r] != owner[name])
    circle = {root: i for i, roots in enumerate(strongly_connected(graph)) for root in roots}
    is_eager = {(a, b): circle[a] != circle[b] or b in eager[a] for a, targets in graph.items() for b in targets}
    units = strongly_connected({a: {b for b in targets if is_eager[a, b]} for a, targets in graph.items()})
    member_of = {root: i for i, roots in enumerate(units) for root in roots}
    named = {owner[n] for n in named_by_operations(api) if n in owner}
    leader = _sole_user_leaders(graph, is_eager, units, member_of, {member_of[n] for n in named})
    first = {i: min(units[leader[i]]) for i in range(len(units))}
    modules = {i: ModelModule(name="") for i in set(leader.values())}
    module_of: dict[str, ModelModule] = {}
    for definition in every:
        module = module_of[owner[definition.name]] = modules[leader[member_of[owner[definition.name]]]]
        if isinstance(definition, ir.Enum):
            module.enums.append(definition)
        elif isinstance(definition, ir.Model):
            module.models.append(definition)
        else:
            module.unions.append(definition)
    _name_modules(modules, {i: first[i] for i in modules}, set(taken))
    _mark_late(module_of, is_eager)
    return sorted(modules.values(), key=lambda m: m.name)


def _mark_late(module_of: Mapping[str, ModelModule], is_eager: Mapping[tuple[str, str], bool]) -> None:
    """Set each module's ``late``: the modules it refers to only in a circle and never at import time."""
    top: dict[str, set[str]] = {}
    for (a, b), now in is_eager.items():
        user, used = module_of[a], module_of[b]
        if user is not used:
            (top.setdefault(user.name, set()) if now else user.late).add(used.name)
    for module in module_of.values():
        module.late -= top.get(module.name, set())


def named_by_operations(api: ir.Api) -> set[str]:
    """The classes the operations and webhooks name: bodies, responses, errors, parameters, parts."""
    types: list[ir.TypeRef | None] = [w.type for w in api.webhooks]
    for op in api.http.operations if api.http else []:
        types += [p.type for p in op.parameters] + [op.result] + [t for _, t in op.errors]
        types += [r.type for r in op.responses]
        if op.body:
            types += [op.body.type] + [part.type for part in op.body.parts]
    return {name for t in types for name in type_names(t)}


_CLIENT = -1  # the user of a component an operation names


def _sole_user_leaders(
    graph: Mapping[str, set[str]],
    is_eager: Mapping[tuple[str, str], bool],
    units: list[list[str]],
    member_of: Mapping[str, int],
    named: set[int],
) -> dict[int, int]:
    """Each unit's leader: itself, or (if only one unit refers to it, and imports it) its user's leader."""
    users: dict[int, set[int]] = {i: ({_CLIENT} if i in named else set()) for i in range(len(units))}
    imported: set[int] = set()
    for node, targets in graph.items():
        for target in targets:
            if member_of[target] != member_of[node]:
                users[member_of[target]].add(member_of[node])
                if is_eager[node, target]:
                    imported.add(member_of[target])
    leader: dict[int, int] = {}
    for start in range(len(units)):
        chain = [start]
        while (
            chain[-1] not in leader
            and chain[-1] in imported
            and len(users[chain[-1]]) == 1
            and _CLIENT not in users[chain[-1]]
        ):
            chain.append(next(iter(users[chain[-1]])))
        top = leader.get(chain[-1], chain[-1])
        for i in chain:
            leader[i] = top
    return leader


# A class that several share a pointer with stands for them in this order (copies of a schema are
# one class already; a model and the union of its subtypes can sit at one pointer).
_RANK = {ir.Model: 0, ir.Union: 1, ir.Enum: 2}


def owners(definitions: Iterable[Definition]) -> dict[str, str]:
    """Each class's owner: the class at the shortest prefix of its pointer (in its file), or itself."""
    definitions = list(definitions)
    at: dict[tuple[str, str], Definition] = {}
    for d in definitions:
        place = (d.source.file, d.source.pointer)
        best = at.get(place)
        if best is None or (_RANK[type(d)], d.name) < (_RANK[type(best)], best.name):
            at[place] = d
    return {d.name: _outermost(at, d).name for d in definitions}


def _outermost(at: Mapping[tuple[str, str], Definition], d: Definition) -> Definition:
    segments = d.source.pointer.split("/")
    for end in range(2, len(segments) + 1):
        found = at.get((d.source.file, "/".join(segments[:end])))
        if found is not None:
            return found
    return at.get((d.source.file, d.source.pointer), d)


def references(definition: Definition) -> set[str]:
    """The names of the classes a class's code refers to."""
    if isinstance(definition, ir.Enum):
        return set()
    if isinstance(definition, ir.Model):
        types = [f.type for f in definition.fields] + ([definition.extra] if definition.extra else [])
        return {name for t in types for name in type_names(t)}
    names = {v.model for v in definition.variants} | ({definition.fallback} if definition.fallback else set())
    return names | {name for t in definition.members for name in type_names(t)}


def eager_references(definition: Definition, enums: set[str]) -> set[str]:
    """The classes a class's module needs as it is imported: a union's members (its alias is a runtime
    expression), and the enums a model decodes with (their member tables are made at import).

    A model names other models and unions only in annotations (strings, under ``from __future__ import
    annotations``) and in codecs that run later; its defaults are UNSET or literals, its base _Model."""
    found = references(definition)
    return found if isinstance(definition, ir.Union) else found & enums


def strongly_connected(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's components of ``graph`` (each sorted), visiting nodes and edges in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def _name_modules(modules: Mapping[int, ModelModule], first: Mapping[int, str], taken: set[str]) -> None:
    """Name each module after ``first``, the first class of the group that leads it."""
    wanted = {i: _module_name(first[i], taken) for i in modules}
    counts: dict[str, int] = {}
    for name in wanted.values():
        counts[name] = counts.get(name, 0) + 1
    for i, m in modules.items():
        name = wanted[i]
        if counts[name] > 1:
            digest = hashlib.sha256(first[i].encode("utf-8")).hexdigest()[:6]
            name = f"{name}_{digest}"
        m.name = name


def _module_name(class_name: str, taken: set[str]) -> str:
    name = shortened(snake_case(class_name) or "model")  # a file name: at most 255 bytes
    if name[0].isdigit():
        name = f"m_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in taken:
        name += "_"
    return name
