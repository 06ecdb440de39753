"""The fixed runtime of a client package: generator/runtime/'s modules, copied below the package's header.

These modules are the same in every package, so they are plain Python where they live (linted and
type-checked there), not templates. A user's folder of templates still replaces one by name: its
``http.py.jinja`` is rendered as ``_http.py`` instead of our module.
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

from .contexts import ClientContext, FileContext, render

RUNTIME = Path(__file__).resolve().parents[1] / "runtime"

# The package's files copied from RUNTIME, of the same name there.
FIXED_MODULES = (
    *("_http.py", "_auth.py", "_oauth.py", "_errors.py", "_encoding.py", "_pages.py", "_retries.py"),
    *("_responses.py", "_transfer.py", "_streaming.py", "_downloads.py", "_lazy.py"),
)


def fixed_runtime_files(env: jinja2.Environment, context: ClientContext) -> dict[str, str]:
    """Each fixed runtime module of a package, by its file name in the package; a user's template of one
    is rendered from the package's ClientContext."""
    return {name: fixed_module(env, name, context) for name in FIXED_MODULES}


def fixed_module(env: jinja2.Environment, name: str, context: FileContext) -> str:
    """The package's ``name`` (``_http.py``): the user's template of it (``http.py.jinja``) rendered if
    ``env`` finds one, else our module's text below the header every generated file starts with."""
    template = override_name(name)
    try:
        return render(env, template, context)
    except jinja2.TemplateNotFound as exc:
        if exc.name != template:  # the user's template names another that is missing: their error, shown
            raise
    return f"{context.header}\n{module_text(name)}"


def override_name(name: str) -> str:
    """The name of the template that replaces the package's ``name``: ``_http.py`` -> ``http.py.jinja``."""
    return f"{name.removeprefix('_')}.jinja"


@functools.cache
def module_text(name: str) -> str:
    """The text of our module ``name`` in RUNTIME, read once a run."""
    return (RUNTIME / name).read_text(encoding="utf-8")
