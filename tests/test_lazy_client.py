"""Operations load on first use (runtime/_lazy.py): importing a client imports no group module and no model,
and each operation the stub ``_client_signatures.pyi`` declares resolves, on an instance and on the class,
to its group module's function, with that function's signature."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED
from cycle_client import _lazy  # generator/runtime/_lazy.py, as a package has it
from inline import InlineSpecs
from servers.scripted import Reply, ScriptedServer

PACKAGES = ("cycle_client", "azure_ml_client", "otc_ims_client")

# What importing the client loads of the package, in a fresh interpreter.
_PROBE = """
import sys
from {package} import Client, AsyncClient
print(" ".join(sorted(m for m in sys.modules if m.startswith("{package}."))))
"""


def _declared(package: str) -> dict[str, dict[str, tuple[str, str]]]:
    """The stub's classes: each attribute -> (group module, the function's name in it)."""
    stub = ast.parse((GENERATED / package / "_client_signatures.pyi").read_text(encoding="utf-8"))
    classes: dict[str, dict[str, tuple[str, str]]] = {}
    for node in stub.body:
        if isinstance(node, ast.ClassDef):
            members = classes.setdefault(node.name, {})
            for item in node.body:
                if isinstance(item, ast.Assign) and isinstance(item.value, ast.Attribute):
                    module = ast.unparse(item.value.value)
                    members[ast.unparse(item.targets[0])] = (module, item.value.attr)
    return classes


@pytest.mark.parametrize("package", PACKAGES)
def test_importing_the_client_imports_no_operation_and_no_model(package: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(package=package)],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = done.stdout.split()
    assert f"{package}.client" in loaded
    assert [m for m in loaded if m.startswith((f"{package}._ops_", f"{package}.models"))] == []


def test_a_sync_client_never_imports_asyncio() -> None:
    """asyncio (about 14 ms, half of what the client's import was) is imported by the first async call
    that needs it; an async caller has imported it already."""
    probe = (
        "import sys, httpx\n"
        "from cycle_client import Client\n"
        "client = Client(token='t', hub_id='h', base_url='http://127.0.0.1:9')\n"
        "client.with_raw_response\n"
        "print('asyncio' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=GENERATED, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_operation_of_the_stub_resolves_on_the_class_and_an_instance(package: str) -> None:
    client_module = importlib.import_module(f"{package}.client")
    declared = _declared(package)
    assert set(declared) == {f"{c}{kind}" for c in ("Client", "AsyncClient") for kind in _KINDS}
    client = client_module.Client(base_url="http://127.0.0.1:9")
    aclient = client_module.AsyncClient(base_url="http://127.0.0.1:9")
    instances = {"Client": client, "AsyncClient": aclient}
    for stub_class, members in declared.items():
        flavour, kind = next((c, k) for c in ("AsyncClient", "Client") for k in _KINDS if stub_class == c + k)
        owner = {"Operations": flavour, "RawOperations": f"{flavour}WithRawResponse"}.get(kind)
        for name, (module, attribute) in members.items():
            function = getattr(importlib.import_module(f"{package}.{module}"), attribute)
            view = _view(instances[flavour], kind)
            if owner is None:  # the streaming view: a streamed descriptor of the raw-response function
                unbound = inspect.signature(function._method)
                bound_parameters = list(unbound.parameters.values())[1:]  # (self given)
                assert inspect.signature(getattr(view, name)) == unbound.replace(parameters=bound_parameters)
                assert getattr(type(view), name) is function._method
                continue
            assert getattr(getattr(client_module, owner), name) is function  # the class's, then installed
            bound = getattr(view, name)
            assert bound.__func__ is function and bound.__self__ is view
            assert function.__name__ == name and function.__qualname__ == f"{owner}.{name}"
            assert name in dir(getattr(client_module, owner))


_KINDS = ("Operations", "RawOperations", "StreamingOperations")


def _view(client: Any, kind: str) -> Any:
    return {
        "Operations": client,
        "RawOperations": client.with_raw_response,
        "StreamingOperations": client.with_streaming_response,
    }[kind]


def test_a_lazy_operation_is_replaced_by_its_function_on_first_use(tmp_path: Path) -> None:
    (tmp_path / "lazy_demo").mkdir()
    (tmp_path / "lazy_demo" / "__init__.py").write_text("", encoding="utf-8")
    group = "def hello__x(self: object, *, name: str) -> str:\n    return f'hello {name} from {type(self).__name__}'\n"
    (tmp_path / "lazy_demo" / "_ops_demo.py").write_text(group, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:

        class Demo:
            pass

        _lazy.install_operations(Demo, "lazy_demo", {"_ops_demo": ("hello",)}, "__x")
        assert isinstance(Demo.__dict__["hello"], _lazy.LazyOperation)
        assert "not loaded yet" in repr(Demo.__dict__["hello"])
        assert "lazy_demo._ops_demo" not in sys.modules
        assert Demo().hello(name="a") == "hello a from Demo"  # type: ignore[attr-defined]
        function = Demo.__dict__["hello"]
        assert inspect.isfunction(function) and function.__qualname__.endswith("Demo.hello")
        assert str(inspect.signature(Demo.hello)) == "(self: object, *, name: str) -> str"  # type: ignore[attr-defined]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("lazy_demo._ops_demo", None)
        sys.modules.pop("lazy_demo", None)


def test_class_access_loads_too() -> None:
    class Demo:
        pass

    _lazy.install_operations(Demo, "json", {"decoder": ("JSONDecoder",)})
    assert Demo.JSONDecoder is importlib.import_module("json.decoder").JSONDecoder  # type: ignore[attr-defined]
    assert Demo.__dict__["JSONDecoder"] is Demo.JSONDecoder  # type: ignore[attr-defined]


_SHADOWING = """
openapi: 3.0.3
info: {title: Shadow, version: "1", x-python-package: shadow_ops_client}
paths:
  /quote/{id}:
    get:
      operationId: quote
      tags: [words]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
  /json:
    post:
      operationId: json_body
      tags: [words]
      requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: integer}}}}}}
      responses:
        "204": {description: none}
"""


def test_an_operation_named_like_an_import_of_its_group_module_shadows_nothing(
    generated: InlineSpecs, server: ScriptedServer
) -> None:
    """``quote`` and ``json_body`` are names the group module imports (and its request builders call): the
    module's functions all carry a suffix, so the operations still build their requests."""
    package = generated(_SHADOWING)
    server.script(Reply(200, {"id": "a b"}), Reply(204))
    with package.Client(base_url=server.url) as client:
        assert client.quote(id="a b").id == "a b"
        assert client.json_body(body=package.models.JsonBodyRequest(a=1)) is None
    quote, body = server.received
    assert quote.path == "/quote/a%20b"
    assert body.body == b'{"a":1}'


@pytest.mark.parametrize("flavour", ["Client", "AsyncClient"])
def test_a_streaming_view_operation_has_its_parameters_on_the_instance_and_the_class(flavour: str) -> None:
    """help() and editors read inspect.signature: the instance's streamed call takes the raw method's
    keyword arguments (self bound), and the class's attribute is the raw-response function itself."""
    package = importlib.import_module("cycle_client")
    client = getattr(package, flavour)(token="t", hub_id="h", base_url="http://127.0.0.1:9")
    view = client.with_streaming_response
    raw = inspect.signature(type(client.with_raw_response).get_image)
    on_instance = inspect.signature(view.get_image)
    on_class = inspect.signature(type(view).get_image)
    assert list(on_instance.parameters) == list(raw.parameters)[1:]
    assert "image_id" in on_instance.parameters and "self" not in on_instance.parameters
    assert list(on_class.parameters) == list(raw.parameters)
