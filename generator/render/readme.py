"""A package's README.md: what the API is, how to install the package, and how to call it, made from the IR.

Written with ``--meta pyproject`` (the pyproject's ``readme``, so PyPI and ``pip show`` have it), with
``--readme``, or where a spec's config says ``readme: true`` (``readme: false`` leaves it out even with
``--meta pyproject``). The views are in readme_views.py; spec text goes through markdown.py.
"""

from __future__ import annotations

import jinja2

from .. import ir
from .client_views import client_exports
from .contexts import ReadmeContext, render
from .markdown import code_span, markdown_line, markdown_text
from .readme_views import (
    CallView,
    auth_view,
    credential_arguments,
    error_models,
    example_calls,
    pager_example,
    streaming_examples,
)

README = "README.md"
DESCRIPTION_LIMIT = 600  # characters of info.description the README keeps (whole paragraphs)
MODELS_SHOWN = 5
_CLIENT_NAMES = ("Client", "AsyncClient", "APIStatusError", "NotFoundError", "APIConnectionError")


def readme_context(api: ir.Api, installable: bool) -> ReadmeContext:
    """The context of package_readme.md.jinja."""
    http = api.http
    calls = example_calls(api)
    exported = set(client_exports(api))
    return ReadmeContext(
        header=f"Generated from {api.spec_file} by the generator. Do not edit: edit the spec and regenerate.",
        api=api,
        title=markdown_line(api.title) or markdown_line(api.package),
        description=markdown_text(api.description, DESCRIPTION_LIMIT),
        version=code_span(api.version) if api.version.strip() else "",
        package=api.package,
        installable=installable,
        has_client=http is not None,
        imports_from=api.package if exported >= set(_CLIENT_NAMES) else f"{api.package}.client",
        base_url=code_span(http.base_url) if http is not None and http.base_url else "",
        credentials=credential_arguments(api, calls),
        auth=[auth_view(s) for s in http.schemes] if http is not None else [],
        examples=calls,
        error_models=error_models(api),
        pager=pager_example(api),
        streaming_examples=streaming_examples(api),
        webhooks=[code_span(f"{w.function}(body)") for w in api.webhooks],
        models=[code_span(name) for name in shown_models(api, calls)],
        log_variable=f"{api.package.upper()}_LOG",
    )


def shown_models(api: ir.Api, calls: list[CallView]) -> list[str]:
    """A few model classes to name: those the example calls return first, then the spec's first."""
    names = [m.name for m in api.models]
    returned = [name for call in calls for name in call.returns.split(" | ") if name in names]
    return list(dict.fromkeys([*returned, *names]))[:MODELS_SHOWN]


def readme_files(api: ir.Api, env: jinja2.Environment, wanted: bool, installable: bool) -> dict[str, str]:
    """README.md if ``wanted``; ``installable``: a pyproject.toml is written beside it."""
    if not wanted:
        return {}
    return {README: render(env, "package_readme.md.jinja", readme_context(api, installable))}
