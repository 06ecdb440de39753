"""Swagger 2.0 documents, converted to OpenAPI 3.0 when they are loaded.

No well-kept converter exists on PyPI (the usual one, swagger2openapi, is a Node tool), so this
is a small one of our own. It moves what OpenAPI 3 moved, and keeps a map back, so every
diagnostic still names the Swagger file's own pointer and line:

- ``definitions``, ``parameters``, ``responses``, ``securityDefinitions`` -> ``components``,
  with every ``$ref`` rewritten (``#/definitions/X`` -> ``#/components/schemas/X``);
- ``host``, ``basePath``, ``schemes`` -> ``servers``;
- a ``body`` parameter -> ``requestBody``, ``formData`` parameters -> a form ``requestBody``,
  response ``schema`` -> ``content``, each for the operation's ``consumes``/``produces``;
- a parameter's or header's type keywords -> its ``schema``; ``collectionFormat`` -> style;
- in schemas: ``x-nullable`` -> ``nullable``, ``type: file`` -> binary string, and the string
  ``discriminator`` -> an object whose mapping comes from ``x-ms-discriminator-value``;
- a ``$ref`` into ``paths`` (``#/paths/~1keys/get/responses/default/schema``, Azure's) follows what
  it points to (``.../default/content/application~1json/schema``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from ..ir.diagnostics import join_pointer
from ..ir.walk import mapping

_LIMITS = (
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "multipleOf",
    "maxLength",
    "minLength",
    "pattern",
)
_SCHEMA_KEYS = ("type", "format", "items", "default", "enum", "maxItems", "minItems", "uniqueItems", *_LIMITS)
_COLLECTION_STYLES = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
}
_OAUTH_FLOWS = {
    "implicit": "implicit",
    "password": "password",
    "application": "clientCredentials",
    "accessCode": "authorizationCode",
}
_REF_PREFIXES = {
    "#/definitions/": "#/components/schemas/",
    "#/parameters/": "#/components/parameters/",
    "#/responses/": "#/components/responses/",
}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def convert(swagger: dict[str, Any]) -> tuple[dict[str, Any], Callable[[str], str]]:
    """A Swagger 2.0 document as OpenAPI 3.0.3, and the pointer in the Swagger file of each of its pointers."""
    converter = Converter(swagger)
    return converter.document(), converter.origin


class Converter:
    def __init__(self, swagger: dict[str, Any]) -> None:
        self.swagger = swagger
        self.moves: dict[str, str] = {}  # new pointer -> the Swagger pointer it came from
        self.moved_paths: dict[str, str] = {}  # a Swagger pointer into paths -> its first new pointer
        parameters = swagger.get("parameters")
        self.body_parameters = {
            name for name, p in mapping(parameters).items() if isinstance(p, dict) and p.get("in") == "body"
        }

    def origin(self, pointer: str) -> str:
        """The Swagger pointer of a pointer into the converted document."""
        head, tail = pointer, ""
        while head:
            if head in self.moves:
                return self.moves[head] + tail
            head, _, last = head.rpartition("/")
            tail = f"/{last}{tail}"
        return pointer

    def move(self, new: str, old: str) -> None:
        if new != old:
            self.moves[new] = old

    def document(self) -> dict[str, Any]:
        s = self.swagger
        out: dict[str, Any] = {"openapi": "3.0.3"}
        for key, value in s.items():
            if key == "info" or key in ("tags", "security", "externalDocs") or key.startswith("x-"):
                out[key] = value
        servers = self.servers()
        if servers:
            out["servers"] = servers
        self.paths()  # once to learn where each part of paths goes, so a $ref into them can follow
        self.moved_paths = {}
        for new, old in self.moves.items():
            self.moved_paths.setdefault(old, new)
        out["paths"] = self.paths()
        components = self.components()
        if components:
            out["components"] = components
        return out

    def servers(self) -> list[dict[str, str]]:
        host, base = self.swagger.get("host"), str(self.swagger.get("basePath") or "")
        if not host:
            return [{"url": base}] if base else []
        schemes = self.swagger.get("schemes") or ["https"]
        return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]

    # --- components -----------------------------------------------------------------

    def components(self) -> dict[str, Any]:
        s = self.swagger
        out: dict[str, Any] = {}
        schemas = {}
        children = self.discriminator_children()
        for name, schema in mapping(s.get("definitions")).items():
            self.move(join_pointer("/components/schemas", name), join_pointer("/definitions", name))
            schemas[name] = self.schema(schema, children.get(name))
        if schemas:
            out["schemas"] = schemas
        parameters, bodies = {}, {}
        for name, param in mapping(s.get("parameters")).items():
            old = join_pointer("/parameters", name)
            if name in self.body_parameters:
                self.move(join_pointer("/components/requestBodies", name), old)
                bodies[name] = self.request_body(
                    param, _list(s.get("consumes")), join_pointer("/components/requestBodies", name), old
                )
            else:
                self.move(join_pointer("/components/parameters", name), old)
                parameters[name] = self.parameter(param, join_pointer("/components/parameters", name), old)
        if parameters:
            out["parameters"] = parameters
        if bodies:
            out["requestBodies"] = bodies
        responses = {}
        for name, response in mapping(s.get("responses")).items():
            new, old = join_pointer("/components/responses", name), join_pointer("/responses", name)
            self.move(new, old)
            responses[name] = self.response(response, _list(s.get("produces")), new, old)
        if responses:
            out["responses"] = responses
        schemes = {name: self.security_scheme(raw) for name, raw in mapping(s.get("securityDefinitions")).items()}
        if schemes:
            self.move("/components/securitySchemes", "/securityDefinitions")
            out["securitySchemes"] = schemes
        return out

    def discriminator_children(self) -> dict[str, dict[str, str]]:
        """For each base schema, the x-ms-discriminator-value of each schema that extends it."""
        found: dict[str, dict[str, str]] = {}
        for name, schema in mapping(self.swagger.get("definitions")).items():
            if not isinstance(schema, dict) or "x-ms-discriminator-value" not in schema:
                continue
            for part in _list(schema.get("allOf")):
                ref = part.get("$ref") if isinstance(part, dict) else None
                if isinstance(ref, str) and ref.startswith("#/definitions/"):
                    base = ref.removeprefix("#/definitions/")
                    target = f"#/components/schemas/{name}"
                    found.setdefault(base, {})[str(schema["x-ms-discriminator-value"])] = target
        return found

    def security_scheme(self, raw: Any) -> Any:
        if not isinstance(raw, dict):
            return raw
        kind = raw.get("type")
        description = {"description": raw["description"]} if "description" in raw else {}
        if kind == "basic":
            return {"type": "http", "scheme": "basic", **description}
        if kind == "oauth2":
            flow: dict[str, Any] = {"scopes": raw.get("scopes") or {}}
            for key in ("authorizationUrl", "tokenUrl"):
                if key in raw:
                    flow[key] = raw[key]
            return {
                "type": "oauth2",
                "flows": {_OAUTH_FLOWS.get(str(raw.get("flow")), "implicit"): flow},
                **description,
            }
        return raw

    # --- paths ----------------------------------------------------------------------

    def paths(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path, item in mapping(self.swagger.get("paths")).items():
            if not isinstance(item, dict):
                out[path] = item
                continue
            pointer = join_pointer("/paths", path)
            converted: dict[str, Any] = {}
            for key, value in item.items():
                if key in _METHODS and isinstance(value, dict):
                    converted[key] = self.operation(value, item.get("parameters"), join_pointer(pointer, key))
                elif key == "parameters":
                    params = self.parameters(_list(value), join_pointer(pointer, "parameters"), keep_body=False)
                    converted["parameters"] = params[0]
                elif key == "$ref" and isinstance(value, str):
                    converted[key] = self.ref(value)
                else:
                    converted[key] = value
            out[path] = converted
        return out

    def operation(self, op: dict[str, Any], shared: Any, pointer: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        consumes = _list(op.get("consumes", self.swagger.get("consumes")))
        produces = _list(op.get("produces", self.swagger.get("produces")))
        parameters, body, form = self.parameters(_list(op.get("parameters")), join_pointer(pointer, "parameters"))
        for shared_param in _list(shared):  # a body or form parameter declared on the path item
            if isinstance(shared_param, dict) and shared_param.get("in") in ("body", "formData") and body is None:
                _, body, form = self.parameters([shared_param], join_pointer(pointer, "parameters"))
        for key, value in op.items():
            if key in ("consumes", "produces", "schemes", "parameters"):
                continue
            if key == "responses":
                out[key] = self.responses(value, produces, join_pointer(pointer, "responses"))
            else:
                out[key] = value
        if parameters:
            out["parameters"] = parameters
        request = join_pointer(pointer, "requestBody")
        if body is not None:
            param, old = body
            if isinstance(param.get("$ref"), str):
                out["requestBody"] = {"$ref": self.ref(param["$ref"])}
                self.move(request, old)
            else:
                self.move(request, old)
                out["requestBody"] = self.request_body(param, consumes, request, old)
        elif form:
            out["requestBody"] = self.form_body(form, consumes, request)
        return out

    def parameters(
        self, params: list[Any], pointer: str, keep_body: bool = True
    ) -> tuple[list[Any], tuple[dict[str, Any], str] | None, list[tuple[dict[str, Any], str]]]:
        """The converted parameters, the body parameter (with its pointer), and the form ones."""
        out: list[Any] = []
        body = None
        form: list[tuple[dict[str, Any], str]] = []
        for i, param in enumerate(params):
            old = join_pointer(pointer, i)
            if not isinstance(param, dict):
                continue
            ref = param.get("$ref")
            if isinstance(ref, str):
                if ref.startswith("#/parameters/") and ref.removeprefix("#/parameters/") in self.body_parameters:
                    if keep_body:
                        body = (param, old)
                    continue
                self.move(join_pointer(pointer, len(out)), old)
                out.append({"$ref": self.ref(ref)})
            elif param.get("in") == "body":
                if keep_body:
                    body = (param, old)
            elif param.get("in") == "formData":
                form.append((param, old))
            else:
                new = join_pointer(pointer, len(out))
                self.move(new, old)
                out.append(self.parameter(param, new, old))
        return out, body, form

    def parameter(self, param: Any, new: str, old: str) -> Any:
        """A query, path or header parameter: its type keywords become its schema."""
        if not isinstance(param, dict):
            return param
        out = {k: v for k, v in param.items() if k not in _SCHEMA_KEYS and k not in ("collectionFormat", "x-nullable")}
        schema = self.schema({k: v for k, v in param.items() if k in _SCHEMA_KEYS or k == "x-nullable"})
        out["schema"] = schema
        self.move(join_pointer(new, "schema"), old)
        style = _COLLECTION_STYLES.get(str(param.get("collectionFormat", "csv")))
        if schema.get("type") == "array" and style is not None:
            kind, explode = style
            out["style"] = "simple" if param.get("in") in ("path", "header") and kind == "form" else kind
            out["explode"] = explode
        return out

    def request_body(self, param: dict[str, Any], consumes: list[Any], new: str, old: str) -> dict[str, Any]:
        out: dict[str, Any] = {"content": {}}
        if "description" in param:
            out["description"] = param["description"]
        if param.get("required"):
            out["required"] = True
        schema = self.schema(param.get("schema", {}))
        for media in _media_types(consumes):
            self.move(join_pointer(new, "content", media, "schema"), join_pointer(old, "schema"))
            out["content"][str(media)] = {"schema": schema}
        return out

    def form_body(self, form: list[tuple[dict[str, Any], str]], consumes: list[Any], new: str) -> dict[str, Any]:
        multipart = any(p.get("type") == "file" for p, _ in form) or "multipart/form-data" in consumes
        media = "multipart/form-data" if multipart else "application/x-www-form-urlencoded"
        schema: dict[str, Any] = {"type": "object", "properties": {}}
        for param, old in form:
            name = str(param.get("name", ""))
            prop = {k: v for k, v in param.items() if k in _SCHEMA_KEYS or k in ("description", "x-nullable")}
            schema["properties"][name] = self.schema(prop)
            self.move(join_pointer(new, "content", media, "schema", "properties", name), old)
            if param.get("required"):
                schema.setdefault("required", []).append(name)
        self.move(new, form[0][1])
        return {"content": {media: {"schema": schema}}}

    def responses(self, responses: Any, produces: list[Any], pointer: str) -> Any:
        if not isinstance(responses, dict):
            return responses
        return {
            code: self.response(response, produces, join_pointer(pointer, code), join_pointer(pointer, code))
            for code, response in responses.items()
        }

    def response(self, response: Any, produces: list[Any], new: str, old: str) -> Any:
        if not isinstance(response, dict):
            return response
        if isinstance(response.get("$ref"), str):
            return {"$ref": self.ref(response["$ref"])}
        out: dict[str, Any] = {"description": response.get("description", "")}
        if "schema" in response:
            schema = self.schema(response["schema"])
            examples = mapping(response.get("examples"))
            out["content"] = {}
            for media in _media_types(produces):
                self.move(join_pointer(new, "content", media, "schema"), join_pointer(old, "schema"))
                entry: dict[str, Any] = {"schema": schema}
                if media in examples:
                    entry["example"] = examples[media]
                out["content"][str(media)] = entry
        if isinstance(response.get("headers"), dict):
            out["headers"] = {
                name: self.parameter(header, join_pointer(new, "headers", name), join_pointer(old, "headers", name))
                for name, header in response["headers"].items()
            }
        out.update({k: v for k, v in response.items() if k.startswith("x-")})
        return out

    # --- schemas ----------------------------------------------------------------------

    def schema(self, schema: Any, children: dict[str, str] | None = None) -> Any:
        if isinstance(schema, list):
            return [self.schema(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = self.ref(value)
            elif key == "x-nullable":
                out["nullable"] = bool(value)
            elif key == "type" and value == "file":
                out["type"], out["format"] = "string", "binary"
            elif key == "discriminator" and isinstance(value, str):
                out[key] = {"propertyName": value, **({"mapping": children} if children else {})}
            elif key in ("properties", "definitions", "patternProperties") and isinstance(value, dict):
                out[key] = {name: self.schema(s) for name, s in value.items()}
            elif key in ("items", "additionalProperties", "allOf", "anyOf", "oneOf", "not"):
                out[key] = self.schema(value)
            else:
                out[key] = value
        return out

    def ref(self, ref: str) -> str:
        file, _, fragment = ref.partition("#")
        if not file and unquote(fragment).startswith("/paths/"):
            return self.path_ref(unquote(fragment)) or ref
        for old, new in _REF_PREFIXES.items():
            if f"#{fragment}".startswith(old):
                name = f"#{fragment}".removeprefix(old)
                if old == "#/parameters/" and name in self.body_parameters and not file:
                    new = "#/components/requestBodies/"
                return f"{file}{new}{name}"
        return ref

    def path_ref(self, pointer: str) -> str | None:
        """The converted ``$ref`` of a Swagger pointer into paths (its part that moved, and the rest)."""
        head, tail = pointer, ""
        while head:
            if head in self.moved_paths:
                return "#" + (self.moved_paths[head] + tail).replace("%", "%25")  # read percent-decoded
            head, _, last = head.rpartition("/")
            tail = f"/{last}{tail}"
        return None


def _media_types(listed: list[Any]) -> list[str]:
    return [str(m) for m in listed] or ["application/json"]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
