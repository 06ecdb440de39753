"""Render the IR of one package into source files with the Jinja templates.

Each template is rendered from its typed context (contexts.py), whose views hold the code
snippets codec.py computed; two filters make spec text safe: ``py_str`` (a string literal)
and ``docstring``. Nothing from a spec reaches a file any other way.
"""

from __future__ import annotations

import jinja2

from .. import ir
from . import codec
from .client_files import client_files
from .client_names import model_imports, renamed_models
from .client_views import client_exports
from .contexts import PackageInitContext, RuntimeContext, WebhooksContext, render
from .environment import environment
from .model_files import model_files
from .model_views import model_view
from .model_wire import cyclic_models
from .text import comment
from .union_views import union_views
from .webhook_views import WEBHOOK_MODULE_NAMES, localised, webhook_view, webhooks_doc


def header(api: ir.Api) -> str:
    return f"# Generated from {comment(api.spec_file)} by `make generate`. Do not edit: edit the spec and regenerate."


def render_api(api: ir.Api, env: jinja2.Environment | None = None) -> dict[str, str]:
    """The files of one package, by path relative to the package folder."""
    env = env or environment()
    cyclic = cyclic_models([*api.models, *api.unions])
    models = [model_view(m, cyclic) for m in api.models]
    unions = union_views(api)
    exports = sorted(
        [e.name for e in api.enums]
        + [m.name for m in api.models]
        + [u.name for u in api.unions]
        + [codec.union_decoder_name(u.name) for u in api.unions]
        + [codec.union_encoder_name(u.name) for u in api.unions if not u.tagged]
    )
    top = header(api)
    clients = client_exports(api)
    init = PackageInitContext(top, api, package_doc(api, bool(clients)), exports, clients)
    views = ({v.name: v for v in models}, {v.name: v for v in unions})
    return {
        "__init__.py": render(env, "package_init.py.jinja", init),
        "__init__.pyi": render(env, "package_init.pyi.jinja", init),
        "_runtime.py": render(env, "runtime.py.jinja", RuntimeContext(top, api, uses_literal_enums(api))),
        **model_files(api, env, top, views, exports),
        "py.typed": "",
        **client_files(api, env, top),
        **webhook_files(api, env, top),
    }


def uses_literal_enums(api: ir.Api) -> bool:
    """Whether a type of the package is a literal enum (a config's ``enums: literal``): the runtime gets its decoder."""

    def literal_enum(t: ir.TypeRef | None) -> bool:
        return t is not None and (isinstance(t.literal, tuple) or literal_enum(t.item))

    types = [f.type for m in api.models for f in m.fields] + [t for u in api.unions for t in u.members]
    types += [w.type for w in api.webhooks if w.type is not None]
    for op in api.http.operations if api.http is not None else ():
        types += [p.type for p in op.parameters] + [r.type for r in op.responses if r.type is not None]
        types += [t for _, t in op.errors]
        types += [op.body.type, *(p.type for p in op.body.parts)] if op.body is not None else []
    return any(literal_enum(t) for t in types)


def package_doc(api: ir.Api, has_client: bool) -> str:
    """The package's docstring: what it holds, and for a spec with webhooks but no paths, that it has no client."""
    title = f"{api.title} {api.version}"
    webhooks = "parse_webhook (from .webhooks) decodes the payloads of the webhooks it sends."
    if has_client:
        doc = (
            f"{title}: typed models and HTTP clients generated from its OpenAPI spec.\n\n"
            "The models need only the standard library. Client, AsyncClient and the HTTP errors are\n"
            "imported from .client on first use, as they need httpx."
        )
        return f"{doc}\n{webhooks}" if api.webhooks else doc
    if api.webhooks:
        return (
            f"{title}: typed models of the webhooks it sends, generated from its OpenAPI spec.\n\n"
            "The spec has no paths, so there is no HTTP client: parse_webhook(name, body) (from .webhooks)\n"
            "decodes a webhook's payload into its model, and to_dict() gives its JSON back exactly."
        )
    return f"{title}: typed models generated from its OpenAPI spec."


def webhook_files(api: ir.Api, env: jinja2.Environment, header: str) -> dict[str, str]:
    """webhooks.py, for a spec with webhooks."""
    if not api.webhooks:
        return {}
    return {"webhooks.py": render(env, "webhooks.py.jinja", webhooks_context(api, header))}


def webhooks_context(api: ir.Api, header: str) -> WebhooksContext:
    """The context of webhooks.py.jinja, for a spec with webhooks."""
    renames = renamed_models(api, WEBHOOK_MODULE_NAMES)
    views = [webhook_view(localised(w, renames)) for w in api.webhooks]
    kinds = {w.kind for w in api.webhooks}
    return WebhooksContext(
        header,
        api,
        webhooks=views,
        webhook_model_imports=model_imports(api, renames),
        any_webhook_returns=" | ".join(dict.fromkeys(v.returns for v in views)),
        reads_json="json" in kinds,
        reads_text="text" in kinds,
        reads_bytes="binary" in kinds,
        webhooks_doc=webhooks_doc(api),
    )
