"""Which responses become streams, and what the methods return: inline specs, one per media type.

An event stream's ``schema`` is each event's data (OpenAI's spec); OpenAPI 3.2's ``itemSchema``
is the event (its ``data``'s ``contentSchema`` the data's schema) or a JSON line. A response that
offers JSON too, or an operation with another 2xx body, is read as before.
"""

from __future__ import annotations

import importlib
import inspect
from types import ModuleType

import pytest
from inline import InlineSpecs

CHUNK = """
components:
  schemas:
    Chunk:
      type: object
      required: [index]
      properties:
        index: {type: integer}
"""


def spec(content: str, version: str = "3.1.0", status: str = "200", extra: str = "") -> str:
    return f"""
openapi: {version}
info: {{title: T, version: "1"}}
paths:
  /things:
    get:
      operationId: getThings
      responses:
{extra}
        "{status}":
          description: ok
          content:
{content}
{CHUNK}
"""


def returns(pkg: ModuleType, client: str = "Client") -> str:
    module = importlib.import_module(f"{pkg.__name__}.client")
    return str(inspect.signature(getattr(module, client).get_things).return_annotation)


CASES = {
    "openai: schema is the data": (
        "            text/event-stream:\n              schema: {$ref: '#/components/schemas/Chunk'}",
        "3.1.0",
        "Chunk",
    ),
    "events of text": ("            text/event-stream:\n              schema: {type: string}", "3.1.0", "str"),
    "events without a schema": ("            text/event-stream: {}", "3.1.0", "str"),
    "3.2 itemSchema with a contentSchema": (
        "            text/event-stream:\n              itemSchema:\n                type: object\n"
        "                properties:\n                  event: {type: string}\n"
        "                  data:\n                    type: string\n"
        "                    contentMediaType: application/json\n"
        "                    contentSchema: {$ref: '#/components/schemas/Chunk'}",
        "3.2.0",
        "Chunk",
    ),
    "3.2 itemSchema of text data": (
        "            text/event-stream:\n              itemSchema:\n                type: object\n"
        "                properties:\n                  data: {type: string}",
        "3.2.0",
        "str",
    ),
    "jsonl with itemSchema": (
        "            application/jsonl:\n              itemSchema: {$ref: '#/components/schemas/Chunk'}",
        "3.2.0",
        "Chunk",
    ),
    "x-ndjson with schema": (
        "            application/x-ndjson:\n              schema: {$ref: '#/components/schemas/Chunk'}",
        "3.1.0",
        "Chunk",
    ),
    "json-seq": ("            application/json-seq:\n              schema: {type: integer}", "3.1.0", "int"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_streamed_media_type_returns_a_stream_of_its_items(generated: InlineSpecs, case: str) -> None:
    content, version, item = CASES[case]
    pkg = generated(spec(content, version))
    assert returns(pkg) == f"Stream[{item}]"
    assert returns(pkg, "AsyncClient") == f"AsyncStream[{item}]"
    module = importlib.import_module(f"{pkg.__name__}.client")
    raw = inspect.signature(module.ClientWithRawResponse.get_things).return_annotation
    assert raw == f"APIResponse[Stream[{item}]]"


def test_json_offered_beside_an_event_stream_is_what_the_method_returns(generated: InlineSpecs) -> None:
    content = (
        "            application/json:\n              schema: {$ref: '#/components/schemas/Chunk'}\n"
        "            text/event-stream:\n              schema: {$ref: '#/components/schemas/Chunk'}"
    )
    assert returns(generated(spec(content))) == "Chunk"


def test_a_stream_beside_another_2xx_body_is_read_as_text_as_before(generated: InlineSpecs) -> None:
    other = (
        '        "201":\n          description: made\n          content:\n'
        "            application/json:\n              schema: {$ref: '#/components/schemas/Chunk'}"
    )
    content = "            text/event-stream:\n              schema: {$ref: '#/components/schemas/Chunk'}"
    assert returns(generated(spec(content, extra=other))) == "Chunk | str"


def test_a_binary_body_takes_files_and_iterators(generated: InlineSpecs) -> None:
    pkg = generated(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /files:
            put:
              operationId: putFile
              requestBody:
                required: true
                content:
                  application/octet-stream: {schema: {type: string, format: binary}}
              responses:
                "204": {description: ok}
        """
    )
    module = importlib.import_module(f"{pkg.__name__}.client")
    assert str(inspect.signature(module.Client.put_file).parameters["body"].annotation) == "BinaryBody"
    streaming = inspect.signature(module.ClientWithStreamingResponse(module.Client()).put_file)
    assert "body" in streaming.parameters
