# Generated from tests/cases/ring/spec.yaml by `make generate`. Do not edit: edit the spec and regenerate.
"""A name of a sibling module of ``models/`` that a module imports only when it is first used.

Classes that refer to each other in a circle live in modules of their own (model_modules.py); a
module imports the others of its circle for type checkers only (under TYPE_CHECKING), and at run
time binds each name it uses from them to a Late: the first call or attribute lookup imports the
sibling module, puts the real object in the module's globals in the Late's place (every later use
goes straight to it), and forwards the call. Only codecs (from_dict, _from_wire, a union's decoder)
use these names, so importing one class never imports its circle until decoding needs it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


class Late:
    """Stands for ``attribute`` (then its ``method``, if given) of the sibling ``module`` until first used."""

    __slots__ = ("_found", "_method", "_module", "_name", "_namespace", "_target")

    def __init__(
        self, namespace: dict[str, Any], name: str, module: str, attribute: str, method: str = ""
    ) -> None:
        self._namespace = namespace  # the globals of the module that uses the name
        self._name = name
        self._module = module
        # Not "_attribute": mypyc would name its C field __attribute, a gcc keyword.
        self._target = attribute
        self._method = method
        self._found: Any = None

    def resolve(self) -> Any:
        """The object itself, imported and put in the user's globals in place of this Late."""
        if self._found is None:
            found = getattr(
                import_module(f".{self._module}", self._namespace["__package__"]), self._target
            )
            self._found = getattr(found, self._method) if self._method else found
            self._namespace[self._name] = self._found
        return self._found

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.resolve(), attribute)

    def __repr__(self) -> str:
        return f"<late {self._module}.{self._target}{'.' + self._method if self._method else ''}>"
