"""generator/openapi/: the typed document read once after validation, each node at its pointer and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.load.files import load_file
from generator.openapi.nodes import Document
from generator.openapi.read import read_spec

SPEC = """\
openapi: 3.1.0
info: {title: T, version: "1"}
servers:
  - url: https://{region}.example.com/v1/
    variables:
      region: {default: eu}
security: [{key: []}]
paths:
  /pets/{id}:
    parameters:
      - $ref: '#/components/parameters/Id'
    get:
      operationId: getPet
      tags: [pets]
      deprecated: true
      security: []
      responses:
        '200':
          $ref: '#/components/responses/Pet'
        default:
          description: oops
    post:
      requestBody:
        required: false
        content:
          multipart/form-data:
            schema: {$ref: '#/components/schemas/Upload'}
            encoding:
              file: {contentType: image/png}
      responses:
        '204': {description: none}
webhooks:
  newPet:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: [string, integer, "null"]}
components:
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
  responses:
    Pet:
      description: a pet
      headers:
        X-Request-Id: {schema: {type: string}}
      content:
        application/json:
          schema: {type: object}
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Base:
      properties:
        name: {type: string}
    Upload:
      allOf:
        - $ref: '#/components/schemas/Base'
        - properties:
            file: {type: string, format: binary}
            files: {type: array, items: {type: string, contentMediaType: image/png}}
"""


def _document(tmp_path: Path) -> Document:
    path = tmp_path / "spec.yaml"
    path.write_text(textwrap.dedent(SPEC))
    return read_spec(load_file(path, "spec.yaml"))


def test_servers_security_and_schemes_are_typed(tmp_path: Path) -> None:
    document = _document(tmp_path)
    assert document.servers[0].url == "https://{region}.example.com/v1/"
    assert document.servers[0].defaults == (("region", "eu"),)
    assert document.security == ("key",)
    (scheme,) = document.security_schemes
    assert (scheme.key, scheme.type, scheme.location, scheme.name) == ("key", "apiKey", "header", "X-Key")
    assert scheme.pointer == "/components/securitySchemes/key"
    assert list(document.schemas) == ["Base", "Upload"]
    assert document.schemas["Upload"].members("allOf")[0].target() == document.schemas["Base"]


def test_an_operation_keeps_its_pointer_and_line(tmp_path: Path) -> None:
    (item,) = _document(tmp_path).paths
    get, post = item.operations
    assert (get.method, post.method) == ("get", "post")
    assert get.pointer == "/paths/~1pets~1{id}/get"
    assert get.source.line == 13 and get.source.file == "spec.yaml"  # where its mapping starts
    assert (get.operation_id, get.tags, get.deprecated) == ("getPet", ("pets",), True)
    assert get.security == () and post.security is None  # none, and the document's
    assert item.methods_left_out


def test_a_referenced_node_is_at_its_target_and_says_where_it_was_named(tmp_path: Path) -> None:
    (item,) = _document(tmp_path).paths
    (param,) = item.parameters
    assert param.pointer == "/components/parameters/Id"
    assert param.listed_at == "/paths/~1pets~1{id}/parameters/0"
    assert (param.name, param.location, param.required) == ("id", "path", True)
    assert param.schema is not None and param.schema.pointer == "/components/parameters/Id/schema"
    ok, default = item.operations[0].responses
    assert (ok.status, ok.pointer, ok.listed_at) == (
        "200",
        "/components/responses/Pet",
        "/paths/~1pets~1{id}/get/responses/200",
    )
    (header,) = ok.headers
    assert (header.name, header.pointer) == ("X-Request-Id", "/components/responses/Pet/headers/X-Request-Id")
    assert header.schema is not None and header.schema.type == "string"
    assert ok.content[0].schema is not None and ok.content[0].schema.pointer.endswith(
        "/content/application~1json/schema"
    )
    assert default.content == ()


def test_a_body_says_whether_it_is_optional_and_how_its_parts_are_sent(tmp_path: Path) -> None:
    body = _document(tmp_path).paths[0].operations[1].request_body
    assert body is not None and body.optional_said and not body.required
    (media,) = body.content
    assert media.media == "multipart/form-data" and media.encoding["file"].content_type == "image/png"
    assert media.schema is not None
    properties = media.schema.properties()  # through the $ref and the allOf
    assert list(properties) == ["name", "file", "files"]
    assert properties["file"].is_binary and not properties["name"].is_binary
    assert properties["files"].items.is_binary  # 3.1: contentMediaType without contentEncoding


def test_a_webhook_is_a_path_item_and_its_schema_has_typed_views(tmp_path: Path) -> None:
    (hook,) = _document(tmp_path).webhooks
    assert (hook.key, hook.listed_at) == ("newPet", "/webhooks/newPet")
    body = hook.operations[0].request_body
    assert body is not None
    schema = body.content[0].schema
    assert schema is not None and schema.type == ("string", "integer", "null")
    assert schema.with_type("integer").type == "integer" and schema.with_type("integer").pointer == schema.pointer
