"""Where in the spec each of datamodel-code-generator's models comes from.

Its reference paths are not JSON pointers: ``#/components/schemas/Holder/nested#-datamodel-
code-generator-#-object-#-special-#`` is the inline object of property ``nested``, and
``#/paths/pets/post/requestBody/application/json`` the body schema of ``POST /pets``.
``Locator`` turns them back into (file, pointer), checking each step against the document,
so diagnostics and descriptions of inline schemas point at the right place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..ir.walk import node_at
from ..load.files import FileCache, LoadedFile, split_ref

MARKER = re.compile(r"#-datamodel-code-generator-#-(.*?)-#-special-#")
_INDEXED = ("array", "oneOf", "anyOf", "oneOfCommon", "anyOfCommon")
_BODY = re.compile(r"/(requestBody|responses/[^/]+)$")
_MEDIA = re.compile(r"/content/[^/]+$")
_PARAMETERS = re.compile(r"/parameters$")
_STOP = re.compile(r"/parameters$|/content/[^/]+$")  # where plain document keys end
# The parser's path of the operations of path "/" (the root): "#/paths<this>get/..."; a path that
# starts "/#" loses its "/" too. Both are made "/paths//..." for _document_step, which then finds the key.
_ROOT_PATH = "/paths#-datamodel-code-generator-#-root-#-special-#/"


@dataclass(frozen=True)
class Place:
    """A value of a loaded spec file."""

    file: LoadedFile
    pointer: str
    exact: bool = True  # False: the nearest ancestor of a place the path couldn't be followed to

    def node(self) -> Any:
        return self._node

    @cached_property
    def _node(self) -> Any:  # found once per place (the spec's data doesn't change while we read it)
        return node_at(self.file.data, self.pointer)

    def child(self, token: str | int, node: Any) -> Place:
        """The place of ``node``, this place's member ``token`` (a key, unescaped, or an index)."""
        key = _escape(token) if isinstance(token, str) else token
        place = Place(self.file, f"{self.pointer}/{key}")
        place.__dict__["_node"] = node
        return place


class Locator:
    """Finds the (file, JSON pointer) of a datamodel-code-generator reference path."""

    def __init__(self, spec: LoadedFile, files: FileCache) -> None:
        self.spec = spec
        self.files = files
        self.base = spec.path.resolve().parent
        self.cache: dict[str, Place] = {}
        self.walked: dict[tuple[int, str], tuple[Place, str]] = {}  # (file, path so far) -> (place, index_next)
        self.key_prefixes: dict[int, frozenset[str]] = {}  # id of a document node -> _key_prefixes

    def split(self, dmcg_path: str) -> tuple[LoadedFile, str]:
        """The file of a reference path, and the rest of the path.

        The schema at the root of another file has no "#" before its fields: "a/B.yml/name#...".
        """
        file_part, _, rest = dmcg_path.partition("#")
        if not file_part:
            return self.spec, rest
        tail = ""
        while file_part and not file_part.endswith((".yaml", ".yml", ".json")):
            file_part, _, last = file_part.rpartition("/")
            tail = f"/{last}{tail}"
        if not file_part:
            return self.spec, rest
        loaded = self.files.files.get((self.base / file_part).resolve()) or self._by_tail(file_part)
        return loaded or self.files.get(self.base / file_part), tail + (f"#{rest}" if tail and rest else rest)

    def _by_tail(self, file_part: str) -> LoadedFile | None:
        """The loaded file whose path ends like ``file_part`` (the parser sometimes joins folders twice)."""
        wanted = Path(file_part).parts
        best, best_len = None, 0
        for path, loaded in self.files.files.items():
            n = 0
            while n < min(len(wanted), len(path.parts)) and wanted[-1 - n] == path.parts[-1 - n]:
                n += 1
            if n > best_len:
                best, best_len = loaded, n
        return best

    def place(self, dmcg_path: str) -> Place:
        """Where the schema of ``dmcg_path`` is; its nearest known ancestor if a step can't be followed."""
        if dmcg_path not in self.cache:
            self.cache[dmcg_path] = self._place(dmcg_path)
        return self.cache[dmcg_path]

    def _place(self, dmcg_path: str) -> Place:
        loaded, rest = self.split(dmcg_path)
        if rest.startswith(_ROOT_PATH):
            rest = "/paths//" + rest.removeprefix(_ROOT_PATH)  # an empty token: the key "/" (_document_step)
        elif rest.startswith("/paths#"):  # path "/#Action=Run" (AWS): "#/paths#Action=Run/get/..."
            rest = "/paths//" + rest.removeprefix("/paths")
        if (
            rest.startswith(("/components/", "/paths/~1"))  # (the parser's own path of /pets is /paths/pets)
            and MARKER.search(rest) is None
            and isinstance(node_at(loaded.data, rest), dict)
        ):
            return Place(loaded, rest)  # a schema a $ref names by its pointer (".../properties/rank")
        tokens = rest.split("/")[1:]
        steps: list[tuple[str, list[str]]] = [
            (MARKER.sub("", t), MARKER.findall(t)) if "#-" in t else (t, []) for t in tokens
        ]
        walk = _Walk(id(loaded), rest, tokens)
        resumed = walk.resume(self.walked)
        if resumed is not None:
            k, here, index_next = resumed
            return self._schema_steps(walk, steps, k, here, index_next)
        here = Place(loaded, "")
        i = 0
        index_next = ""
        # Plain document keys first (components/schemas/Name, or paths/.../media type).
        while (
            i < len(steps)
            and not any(m == "allOf" or m.startswith("union_model-") for m in steps[i][1])  # no place of their own
            and not self._in_schema(here)
            and not _STOP.search(here.pointer)
        ):
            walk.read(i + 1)
            found = self._document_step(here, steps, i, walk)
            if found is None and (steps[i][1] or self._file_schema(here)):
                break  # not a key here: a property of the file's own schema (schema steps follow)
            if found is None:
                return _inexact(here)
            here, i = found
            if steps[i - 1][1]:  # a model the parser made of the schema: "Name#-oneOf-#" (a oneOf's branch)
                for marker in steps[i - 1][1]:
                    here, index_next = self._marker_step(here, marker)
                break
        if _PARAMETERS.search(here.pointer):
            walk.read(i + 2)  # (whether a parameter's name follows decides the next step)
        if _PARAMETERS.search(here.pointer) and i + 1 < len(steps):
            # A model of query parameters: its name, then one parameter per field.
            parameter = self._parameter(here, steps[i + 1][0])
            if parameter is None:
                return _inexact(here)
            here, i = parameter, i + 1
            steps[i] = ("", steps[i][1])
        elif _MEDIA.search(here.pointer):
            here = self._into_schema(here)
        return self._schema_steps(walk, steps, i, here, index_next)

    def _schema_steps(
        self, walk: _Walk, steps: list[tuple[str, list[str]]], start: int, here: Place, index_next: str
    ) -> Place:
        """The steps inside a schema, from ``steps[start]``; each place reached is kept for the paths that
        continue this one (``walked``), where what follows can't change how it was reached."""
        for k in range(start, len(steps)):
            name, markers = steps[k]
            if name:
                found_place = self._schema_step(here, name, index_next)
                if found_place is None:
                    return _inexact(here)
                here = found_place
            index_next = ""
            for marker in markers:
                here, index_next = self._marker_step(here, marker)
            walk.keep(self.walked, k + 1, here, index_next)
        return here

    def _file_schema(self, here: Place) -> bool:
        """Whether ``here`` is another file whose root is a schema (``components/pet.yaml``)."""
        node = here.node()
        return (
            here.pointer == ""
            and here.file is not self.spec
            and isinstance(node, dict)
            and any(key in node for key in ("properties", "allOf", "oneOf", "anyOf", "items", "enum"))
        )

    def _in_schema(self, here: Place) -> bool:
        parts = here.pointer.split("/")
        return len(parts) >= 4 and parts[1] == "components" and parts[2] == "schemas"

    def _document_step(
        self, here: Place, steps: list[tuple[str, list[str]]], i: int, walk: _Walk
    ) -> tuple[Place, int] | None:
        """One key of the document, which may be several tokens ('/v1/images', 'application/json')."""
        here = self._resolved(here)
        node = here.node()
        if _BODY.search(here.pointer) and isinstance(node, dict) and "content" in node:
            here = here.child("content", node["content"])
            node = here.node()
        if not isinstance(node, dict):
            return None
        # The longest run of tokens that is a key (only the run's last token may carry markers).
        longer = self._key_prefixes(node)
        found: tuple[str, int] | None = None
        joined = ""
        for j in range(i, len(steps)):
            name, markers = steps[j]
            joined = f"{joined}/{name}" if j > i else name
            walk.read(j + 1)
            for key in (joined, "/" + joined):
                if key in node:
                    found = key, j + 1
                    break
            if markers or (joined not in longer and "/" + joined not in longer):
                break  # (no key goes on from here: a longer run can't be one)
        if found is None:
            return None
        key, after = found
        return here.child(key, node[key]), after

    def _key_prefixes(self, node: dict[str, Any]) -> frozenset[str]:
        """Each start of a key of ``node`` that ends before a "/" of it ("/repos" of "/repos/{owner}", "" of "/x")."""
        prefixes = self.key_prefixes.get(id(node))
        if prefixes is None:
            prefixes = frozenset(
                key[:n] for key in node if isinstance(key, str) for n in range(len(key)) if key[n] == "/"
            )
            self.key_prefixes[id(node)] = prefixes
        return prefixes

    def _parameter(self, here: Place, name: str) -> Place | None:
        params = here.node()
        for i in range(len(params) if isinstance(params, list) else 0):
            place = self._resolved(here.child(i, params[i]))
            node = place.node()
            if isinstance(node, dict) and node.get("name") == name and isinstance(node.get("schema"), dict):
                return self._resolved(place.child("schema", node["schema"]))
        return None

    def _into_schema(self, here: Place) -> Place:
        node = here.node()
        if isinstance(node, dict) and "schema" in node and isinstance(node["schema"], dict):
            return self._resolved(here.child("schema", node["schema"]))
        return here

    def _schema_step(self, here: Place, name: str, as_index: str) -> Place | None:
        """A property of the schema at ``here`` (searched through allOf/anyOf/oneOf), or an index."""
        here = self._resolved(here)
        node = here.node()
        if not isinstance(node, dict):
            return None
        if as_index == "allOf" and name.isdigit():  # a part of an allOf the parser made a model of
            parts = node.get("allOf")
            index = int(name)
            if isinstance(parts, list) and index < len(parts):
                return self._resolved(here.child("allOf", parts).child(index, parts[index]))
            return None
        if as_index == "index":
            return here if not name.isdigit() else self._indexed(here, int(name))
        found = self._find_property(here, name, depth=0)
        if found is None and "items" in node:  # an array schema: its name, then the item's index
            return self._indexed(here, int(name)) if name.isdigit() else here
        if found is None and name == "additionalProperties" and isinstance(node.get(name), dict):
            return self._resolved(here.child(name, node[name]))  # a map's values
        return found

    def _indexed(self, here: Place, index: int) -> Place | None:
        node = here.node()
        for keyword in ("oneOf", "anyOf", "prefixItems"):
            if isinstance(node.get(keyword), list) and index < len(node[keyword]):
                branches = node[keyword]
                return self._resolved(here.child(keyword, branches).child(index, branches[index]))
        if isinstance(node.get("items"), dict):
            return self._resolved(here.child("items", node["items"]))
        return here

    def _find_property(self, here: Place, name: str, depth: int) -> Place | None:
        if depth > 8:
            return None
        here = self._resolved(here)
        node = here.node()
        if not isinstance(node, dict):
            return None
        properties = node.get("properties")
        if isinstance(properties, dict):
            # The parser names the path by the field, snake_cased: "InboundMethod" is "inbound_method".
            wanted = [name] if name in properties else [key for key in properties if _loose(key) == _loose(name)]
            if wanted:
                return here.child("properties", properties).child(wanted[0], properties[wanted[0]])
        for keyword in ("allOf", "anyOf", "oneOf"):
            branches: Any = node.get(keyword)  # a list when order is not empty
            order = list(range(len(branches) if isinstance(branches, list) else 0))
            if keyword == "allOf":  # its own parts before those it extends: the parser's field is the own one
                order.sort(key=lambda i: isinstance(branches[i], dict) and "$ref" in branches[i])
            for i in order:
                found = self._find_property(here.child(keyword, branches).child(i, branches[i]), name, depth + 1)
                if found is not None:
                    return found
        return None

    def _marker_step(self, here: Place, marker: str) -> tuple[Place, str]:
        """Follow one special token; say if the next name is an index ("index") or an allOf part ("allOf")."""
        here = self._resolved(here)
        node = here.node()
        if marker == "additionalProperties" and isinstance(node, dict) and isinstance(node.get(marker), dict):
            return self._resolved(here.child(marker, node[marker])), ""
        if marker.startswith("union_model-") and marker.removeprefix("union_model-").isdigit():
            return self._indexed(here, int(marker.removeprefix("union_model-"))) or here, ""
        return here, "index" if marker in _INDEXED else "allOf" if marker == "allOf" else ""

    def _resolved(self, here: Place) -> Place:
        """Follow ``$ref`` (local or to another file) until a schema."""
        for _ in range(16):
            node = here.node()
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                return here
            target = self.ref_target(here.file, node["$ref"])
            if target is None:
                return here
            here = target
        return here

    def ref_target(self, here: LoadedFile, ref: str) -> Place | None:
        file_part, pointer = split_ref(ref)
        try:
            loaded = self.files.get(here.path.parent / file_part) if file_part else here
        except Exception:  # validation already reported a broken file
            return None
        return Place(loaded, pointer)


class _Walk:
    """One reference path being followed: how far its document keys were read, and its prefixes.

    A place reached inside a schema after ``k`` tokens depends only on those tokens once every token
    the document steps read is among them (``horizon``): then a longer path sharing them resumes there.
    """

    def __init__(self, file: int, rest: str, tokens: list[str]) -> None:
        self.file = file
        self.horizon = 0
        self.ends: list[int] = []
        end = 0
        for token in tokens:
            end += 1 + len(token)
            self.ends.append(end)
        self.rest = rest

    def read(self, count: int) -> None:
        """The document steps looked at the first ``count`` tokens."""
        self.horizon = max(self.horizon, count)

    def keep(self, walked: dict[tuple[int, str], tuple[Place, str]], count: int, here: Place, index_next: str) -> None:
        if count >= self.horizon:
            walked[(self.file, self.rest[: self.ends[count - 1]])] = (here, index_next)

    def resume(self, walked: dict[tuple[int, str], tuple[Place, str]]) -> tuple[int, Place, str] | None:
        """The longest prefix of this path already followed (not the whole path: that is ``cache``)."""
        for count in range(len(self.ends) - 1, 0, -1):
            state = walked.get((self.file, self.rest[: self.ends[count - 1]]))
            if state is not None:
                return count, state[0], state[1]
        return None


def _inexact(place: Place) -> Place:
    return Place(place.file, place.pointer, exact=False)


@functools.lru_cache(maxsize=65536)
def _loose(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _escape(token: str) -> str:
    if "~" not in token and "/" not in token:
        return token
    return token.replace("~", "~0").replace("/", "~1")
