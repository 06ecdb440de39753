"""The files of a package's HTTP client: client.py, _logs.py and the fixed runtime, for a spec with operations.

client_views.py makes the views of operations, credentials and client classes; here they
become a ClientContext (contexts.py), the variables of client.py.jinja.
"""

from __future__ import annotations

import jinja2

from .. import ir
from ..naming.renames import renamed_operation
from .client_names import CLIENT_EXPORTS, client_imports_text, model_imports, renamed_models
from .client_views import (
    flavours,
    frozenset_literal,
    operation_view,
    request_id_headers,
    scheme_view,
    secret_names,
    sent_always,
)
from .contexts import ClientContext, LogsContext, OperationsContext, SignaturesContext, render
from .credential_views import annotations_of, arguments_of
from .operation_groups import GroupView, names_table, operation_groups, used_imports
from .runtime_files import fixed_runtime_files
from .text import py_str


def client_context(api: ir.Api, http: ir.HttpApi, header: str, groups: list[GroupView]) -> ClientContext:
    """The context of client.py.jinja (``groups``: its operations' group modules, operation_groups)."""
    renames = renamed_models(api)
    credentials = [a for s in http.schemes for a in arguments_of(s)]
    return ClientContext(
        header=header,
        api=api,
        operations=[op for g in groups for op in g.operations],
        schemes=[scheme_view(s) for s in http.schemes],
        credential_parameters=", ".join(a for s in http.schemes for a in annotations_of(s, "AsyncSecret")),
        credential_arguments=", ".join(credentials),
        credential_names=credentials,
        sent_always=repr(sent_always(http)),
        given="{" + ", ".join(f"{py_str(a)}: {a}" for a in credentials) + "}",
        request_id_headers=repr(request_id_headers(http)),
        secret_names=frozenset_literal(secret_names(http)),
        base_url=py_str(http.base_url),
        flavours=flavours(api, http),
        client_imports=client_imports_text(),
        model_imports=model_imports(api, renames),
        client_all=sorted(CLIENT_EXPORTS),
        operations_table=names_table(groups),
        pagers_table=names_table(groups, pagers=True),
    )


def group_files(context: ClientContext, groups: list[GroupView], env: jinja2.Environment) -> dict[str, str]:
    """Each group module ``_ops_<group>.py``, and the stub ``_client_signatures.pyi`` naming their functions."""
    files = {f"{g.module}.py": render(env, "operations.py.jinja", _group_context(context, g)) for g in groups}
    signatures = SignaturesContext(context.header, context.api, groups, context.flavours)
    files["_client_signatures.pyi"] = render(env, "client_signatures.pyi.jinja", signatures)
    return files


def _group_context(context: ClientContext, group: GroupView) -> OperationsContext:
    imports = used_imports(group, context.model_imports)
    return OperationsContext(
        context.header, context.api, group.module, group.operations, context.flavours, context.client_imports, imports
    )


def client_files(api: ir.Api, env: jinja2.Environment, header: str) -> dict[str, str]:
    """client.py, _logs.py and the fixed HTTP runtime (_http.py and the modules it uses), for a spec with operations."""
    if api.http is None:
        return {}
    renames = renamed_models(api)
    groups = operation_groups(api.http.operations, lambda op: operation_view(renamed_operation(op, renames)))
    context = client_context(api, api.http, header, groups)
    return {
        "client.py": render(env, "client.py.jinja", context),
        **group_files(context, groups, env),
        "_logs.py": render(env, "logs.py.jinja", LogsContext(header, api)),
        **fixed_runtime_files(env, context),
    }
