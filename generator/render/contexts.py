"""The template-override API: what each template is rendered from, one frozen dataclass per template.

A user's folder of templates (``--templates DIR``, or a spec config's ``templates``) replaces
our template of the same name, and is rendered from the same context: each field below is a
variable of the template (``{{ header }}``, ``{% for op in operations %}``), and the views
(render/*_views.py) it holds are read by attribute (``op.name``). These types are the stable
API of an override, listed field by field in docs/architecture.md; a template that reads a
name its context doesn't define fails (the environment's StrictUndefined).

Every context has ``header`` (the comment line every generated file starts with) and ``api``
(the package's whole IR, ir.Api, for what the other fields don't give).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

import jinja2

from .. import ir
from . import codec
from .client_views import FlavourView, OperationView, SchemeView
from .model_views import ModelView, ModuleView
from .operation_groups import GroupView
from .readme_views import AuthView, CallView, PagerExampleView, StreamingExampleView
from .union_views import UnionView
from .webhook_views import WebhookView


@dataclass(frozen=True, slots=True)
class FileContext:
    """What every template receives."""

    header: str  # "# Generated from <spec> by `make generate`. Do not edit: ..."
    api: ir.Api


@dataclass(frozen=True, slots=True)
class PackageInitContext(FileContext):
    """package_init.py.jinja (``__init__.py``) and package_init.pyi.jinja (``__init__.pyi``)."""

    package_doc: str  # the package's docstring (spec text: through the ``docstring`` filter)
    exports: list[str]  # the classes and union codecs of models/, sorted
    client_exports: list[str]  # the client names exported lazily from .client; [] without operations


@dataclass(frozen=True, slots=True)
class RuntimeContext(FileContext):
    """runtime.py.jinja (``_runtime.py``): the models' runtime."""

    literal_enums: bool  # a type of the package is a literal enum (a config's ``enums: literal``)


@dataclass(frozen=True, slots=True)
class ModelsContext(FileContext):
    """models.py.jinja: one module of ``models/`` (rendered once per module)."""

    module_doc: str  # the module's docstring
    enums: list[ir.Enum]  # the enum classes it defines
    models: list[ModelView]  # the model classes it defines
    unions: list[UnionView]  # the unions it defines (a type alias and its codecs each)
    imported: list[str]  # import lines of the sibling modules' classes its code names
    imported_aliases: list[str]  # lines making again the module-level aliases of those classes it uses
    enum_members: Callable[[str], str] = codec.enum_members  # enum class -> its value-to-member map's name
    enum_values: Callable[[str], str] = codec.enum_values  # enum class -> its member-to-value map's name
    model_decoder: Callable[[str], str] = codec.model_decoder  # model class -> its from_dict alias
    model_wire_names: Callable[[str], str] = codec.model_wire_names  # model class -> its wire-names frozenset


@dataclass(frozen=True, slots=True)
class ModelsInitContext(FileContext):
    """models_init.py.jinja (``models/__init__.py``, imports a module on first use) and models_init.pyi.jinja."""

    doc: str  # the docstring of models/__init__.py
    modules: list[ModuleView]  # the modules of models/ and what each exports
    exports: list[str]  # every name models/ exports, sorted


@dataclass(frozen=True, slots=True)
class ClientContext(FileContext):
    """client.py.jinja (``client.py``), for a spec with operations.

    A user's template of a fixed runtime module (``http.py.jinja`` for ``_http.py``) gets it too.
    Code is given as text: string literals, expressions and annotations, ready to place.
    """

    operations: list[OperationView]
    schemes: list[SchemeView]  # the security schemes
    credential_parameters: str  # "token: AsyncSecret | None, ...": the clients' credential keyword parameters
    credential_arguments: str  # "token, ...": the same names, passed on
    credential_names: list[str]
    sent_always: str  # a tuple literal: the header schemes every operation sends
    given: str  # a dict expression: each credential's name -> its parameter
    request_id_headers: str  # a tuple literal: the response headers that may hold the request id
    secret_names: str  # a frozenset expression: the header and query names whose values are never logged
    base_url: str  # string literal: the first server's URL
    flavours: list[FlavourView]  # the sync client, then the async one
    client_imports: str  # client.py's import lines of the runtime and the standard library (client_names.py)
    model_imports: list[str]  # import lines of every class an operation names (client.py imports none)
    client_all: list[str]  # client.py's __all__
    operations_table: str = "{}"  # a dict literal: each group module -> its operations' names, space-separated
    pagers_table: str = "{}"  # the same, of their paginate_ methods


@dataclass(frozen=True, slots=True)
class OperationsContext(FileContext):
    """operations.py.jinja (``_ops_<group>.py``): the operations of one group, imported on first use."""

    module: str  # "_ops_repos": the module's name in the package
    operations: list[OperationView]
    flavours: list[FlavourView]  # the sync client, then the async one
    client_imports: str  # the import lines of the runtime and the standard library, as client.py's
    model_imports: list[str]  # import lines of the classes its operations name


@dataclass(frozen=True, slots=True)
class SignaturesContext(FileContext):
    """client_signatures.pyi.jinja (``_client_signatures.pyi``): the operations' bases, for type checkers."""

    groups: list[GroupView]
    flavours: list[FlavourView]


@dataclass(frozen=True, slots=True)
class LogsContext(FileContext):
    """logs.py.jinja (``_logs.py``, the clients' logging), for a spec with operations."""


@dataclass(frozen=True, slots=True)
class WebhooksContext(FileContext):
    """webhooks.py.jinja (``webhooks.py``), for a spec with webhooks."""

    webhooks: list[WebhookView]
    webhook_model_imports: list[str]  # import lines of the classes webhooks.py names
    any_webhook_returns: str  # the annotation of what parse_webhook returns
    reads_json: bool  # some webhook has a JSON payload
    reads_text: bool  # ... a text one
    reads_bytes: bool  # ... a binary one
    webhooks_doc: str  # the module's docstring


@dataclass(frozen=True, slots=True)
class PyprojectContext(FileContext):
    """pyproject.toml.jinja (``--meta pyproject``). Every string but ``folder`` is a TOML string literal."""

    name: str  # the distribution's name
    package: str  # the import package
    packages: list[str]  # it and its subpackages ("<package>.models")
    folder: str  # the package's folder, an identifier
    version: str  # info.version as a PEP 440 version
    description: str
    dependencies: list[str]  # httpx for a package with a client, else none
    readme: str = ""  # TOML string literal of the README's file name ("README.md"), "" when none is written


@dataclass(frozen=True, slots=True)
class ReadmeContext(FileContext):
    """package_readme.md.jinja (``README.md``: with ``--meta pyproject``, ``--readme`` or a config's ``readme: true``).

    Markdown fields hold spec text already escaped (render/markdown.py); Python fields are code our
    views wrote (identifiers and literals), placed in ```python blocks.
    """

    title: str  # Markdown: info.title, one line
    description: str  # Markdown paragraphs: info.description, trimmed ("" if none)
    version: str  # Markdown code span of info.version
    package: str  # the import package (an identifier)
    installable: bool  # a pyproject.toml is written beside it (--meta pyproject): pip can install the folder
    has_client: bool  # the spec has operations: Client, AsyncClient and the errors exist
    imports_from: str  # where Client, AsyncClient and the errors are imported from (the package, or <package>.client)
    base_url: str  # Markdown code span of the default base_url ("" if the spec has no server)
    credentials: list[str]  # Python: the README client's credential arguments ('token=os.environ["X_TOKEN"]')
    auth: list[AuthView]  # the security schemes
    examples: list[CallView]  # up to three operations, simple GETs first
    error_models: list[str]  # Markdown code spans: the spec's error schemas, which error_model decodes
    pager: PagerExampleView | None  # a paginate_ method, if an operation pages
    streaming_examples: tuple[StreamingExampleView, ...]  # operations read as streams (readme_views.streaming_examples)
    webhooks: list[str]  # Markdown code spans: parse_webhook(name, body) of each webhook
    models: list[str]  # Markdown code spans: a few model classes, for the Models section
    log_variable: str  # the environment variable that turns logging on: "CYCLE_CLIENT_LOG"


TEMPLATE_CONTEXTS: dict[str, type[FileContext]] = {
    "package_init.py.jinja": PackageInitContext,
    "package_init.pyi.jinja": PackageInitContext,
    "runtime.py.jinja": RuntimeContext,
    "models.py.jinja": ModelsContext,
    "models_init.py.jinja": ModelsInitContext,
    "models_init.pyi.jinja": ModelsInitContext,
    "client.py.jinja": ClientContext,
    "operations.py.jinja": OperationsContext,
    "client_signatures.pyi.jinja": SignaturesContext,
    "logs.py.jinja": LogsContext,
    "webhooks.py.jinja": WebhooksContext,
    "pyproject.toml.jinja": PyprojectContext,
    "package_readme.md.jinja": ReadmeContext,
}
"""Each template of templates/, and the context it is rendered from."""


def variables(context: FileContext) -> dict[str, object]:
    """The template variables of ``context``: its fields by name (not copied: views stay views)."""
    return {f.name: getattr(context, f.name) for f in fields(context)}


def render(env: jinja2.Environment, template: str, context: FileContext) -> str:
    """``template`` (a user's of that name, if ``env`` finds one first) rendered from ``context``."""
    return env.get_template(template).render(variables(context))
