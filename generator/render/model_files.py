"""Render the ``models/`` folder of a package: one module per group of classes, and an
``__init__.py`` that imports a module when one of its classes is first asked for.

model_modules.py decides which class goes in which module. A module's code refers to a class of
another module by name (``Image``) or through a module-level alias its codecs use
(``_Image_from_dict``, ``_ImageState_members``); which of these a module needs is read off its
rendered code (Python's tokens, so text in strings and docstrings never counts), and each is
imported, or its alias made again, at the top; but a name of a module it refers to only in a
circle (``ModelModule.late``) is imported for type checkers only, and bound at run time to a
``Late`` of ``models/_late.py`` (generator/runtime/_late.py) that imports it when first used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import jinja2

from .. import ir
from . import codec
from .contexts import ModelsContext, ModelsInitContext, render
from .identifiers import identifiers
from .model_modules import ModelModule, model_modules
from .model_views import ModelView, ModuleView
from .model_wire import model_wire_decoder
from .runtime_files import module_text
from .union_views import UnionView

MODELS_INIT_NAMES = frozenset({"Any"})
LATE_MODULE = "_late.py"  # generator/runtime's module copied into models/ when a module imports names late


@dataclass(frozen=True)
class _Provided:
    module: str
    imported: str  # the public name imported from it
    alias: str  # "" or the line that makes the alias again from the imported name
    method: str = ""  # the method of the imported class an alias stands for ("from_dict"), or ""


def model_files(
    api: ir.Api,
    env: jinja2.Environment,
    header: str,
    views: tuple[Mapping[str, ModelView], Mapping[str, UnionView]],
    exports: list[str],
) -> dict[str, str]:
    """``models/__init__.py`` and one file per module; ``views``: the views of the models and of the unions by name."""
    modules = model_modules(api, taken=set(exports) | MODELS_INIT_NAMES)
    provided = _provided(modules)
    files: dict[str, str] = {}
    for module in modules:
        context = _module_context(api, module, header, views)
        first = render(env, "models.py.jinja", context)
        imported, aliases = _imports(module, first, provided)
        if "from ._late import Late as _Late" in imported:
            files[f"models/{LATE_MODULE}"] = f"{header}\n{module_text(LATE_MODULE)}"
        files[f"models/{module.name}.py"] = (
            render(env, "models.py.jinja", replace(context, imported=imported, imported_aliases=aliases))
            if imported
            else first
        )
    views_of_modules = [ModuleView(m.name, sorted(_exports(m))) for m in modules]
    init = ModelsInitContext(header, api, doc=_init_doc(api), modules=views_of_modules, exports=exports)
    files["models/__init__.py"] = render(env, "models_init.py.jinja", init)
    files["models/__init__.pyi"] = render(env, "models_init.pyi.jinja", init)
    return files


def _exports(module: ModelModule) -> list[str]:
    names = module.class_names
    names += [codec.union_decoder_name(u.name) for u in module.unions]
    names += [codec.union_encoder_name(u.name) for u in module.unions if not u.tagged]
    return names


def _module_context(
    api: ir.Api, module: ModelModule, header: str, views: tuple[Mapping[str, ModelView], Mapping[str, UnionView]]
) -> ModelsContext:
    """The context of the module's models.py, without the imports its code needs (found once it is rendered)."""
    models, unions = views
    doc = f"{', '.join(sorted(module.class_names))}: models of {api.title} {api.version}."
    return ModelsContext(
        header,
        api,
        module_doc=f"{doc}\n\n{_CODEC_DOC}",
        enums=module.enums,
        models=[models[m.name] for m in module.models],
        unions=[unions[u.name] for u in module.unions],
        imported=[],
        imported_aliases=[],
    )


_CODEC_DOC = (
    "Every class decodes its wire form with from_dict and encodes it with to_dict. Fields the\n"
    "schema doesn't name are kept in additional_properties, so a round trip loses nothing."
)


def _init_doc(api: ir.Api) -> str:
    return (
        f"Models of {api.title} {api.version}, each imported from its module on first use.\n\n"
        f"`from {api.package} import <Model>` (or from {api.package}.models) imports the module that defines\n"
        "it and the modules it refers to, not the others: a large API costs at import what a caller uses."
    )


def _provided(modules: list[ModelModule]) -> dict[str, _Provided]:
    """What each name of a sibling module means to a module that uses it."""
    found: dict[str, _Provided] = {}
    for m in modules:
        for name in _exports(m):
            found[name] = _Provided(m.name, name, "")
        for e in m.enums:
            members, values = codec.enum_members(e.name), codec.enum_values(e.name)
            found[members] = _Provided(m.name, e.name, f"{members}: Final = {{m.value: m for m in {e.name}}}")
            kind = e.value_kind
            found[values] = _Provided(
                m.name, e.name, f"{values}: Final[dict[{e.name} | {kind}, {kind}]] = {{m: m.value for m in {e.name}}}"
            )
        for model in m.models:
            decoder = codec.model_decoder(model.name)
            found[decoder] = _Provided(m.name, model.name, f"{decoder}: Final = {model.name}.from_dict", "from_dict")
            adopt = model_wire_decoder(model.name)
            line = f"{adopt}: Final = {model.name}._from_wire  # pyright: ignore[reportPrivateUsage]"
            found[adopt] = _Provided(m.name, model.name, line, "_from_wire")
    return found


def _imports(module: ModelModule, code: str, provided: Mapping[str, _Provided]) -> tuple[list[str], list[str]]:
    """The import lines and alias lines ``module`` needs, given its code rendered without them."""
    used = identifiers(code)
    by_module: dict[str, set[str]] = {}
    aliases: list[str] = []
    late: dict[str, _Provided] = {}
    for name in sorted(used):
        p = provided.get(name)
        if p is None or p.module == module.name:
            continue
        if p.module in module.late:
            late[name] = p
            continue
        by_module.setdefault(p.module, set()).add(p.imported)
        if p.alias:
            aliases.append(p.alias)
    lines = [f"from .{m} import {', '.join(sorted(names))}" for m, names in sorted(by_module.items())]
    if late:
        lines += ["from typing import TYPE_CHECKING", "from ._late import Late as _Late"]
        aliases += _late_block(late)
    return lines, aliases


def _late_block(late: Mapping[str, _Provided]) -> list[str]:
    """The names of sibling modules of a circle: imported for type checkers, and bound to a Late at run time."""
    by_module: dict[str, set[str]] = {}
    for p in late.values():
        if p.alias and not p.method:
            raise AssertionError(f"{p.alias!r}: only a class or a codec is used from a module imported late")
        by_module.setdefault(p.module, set()).add(p.imported)
    checking = [f"    from .{m} import {', '.join(sorted(names))}" for m, names in sorted(by_module.items())]
    aliases = [f"    {p.alias}" for p in late.values() if p.alias]
    bound = [
        f"    {name} = _Late(globals(), {name!r}, {p.module!r}, {p.imported!r}{f', {p.method!r}' if p.method else ''})"
        for name, p in late.items()
    ]
    return ["", "if TYPE_CHECKING:", *checking, *aliases, "else:", *bound]
