"""Inferred paginators against Prism serving a spec's examples: Linode's page/pages and Hetzner's
meta.pagination.next_page say the example is the last page, so the pager reads it and stops; Prism runs
with --errors, so a page request that breaks the spec would fail."""

from __future__ import annotations

from typing import Any

import pytest
from servers.clients import every, generated_package, run
from servers.prism import prism_mock, require_prism

pytestmark = pytest.mark.slow  # Prism (make test-fast leaves it out)

SPEC = """
openapi: 3.0.3
info: {title: Paging by example, version: "1"}
paths:
  /linodes:
    get:
      operationId: listLinodes
      parameters:
        - {name: page, in: query, schema: {type: integer, minimum: 1}}
        - {name: page_size, in: query, schema: {type: integer, minimum: 25, maximum: 500}}
      responses:
        "200":
          description: the last page
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {$ref: "#/components/schemas/Thing"}}
                  page: {type: integer}
                  pages: {type: integer}
                  results: {type: integer}
              example: {data: [{id: l-1}, {id: l-2}], page: 1, pages: 1, results: 2}
  /servers:
    get:
      operationId: listServers
      parameters: [{name: per_page, in: query, schema: {type: integer}}]
      responses:
        "200":
          description: the last page
          content:
            application/json:
              schema:
                type: object
                properties:
                  servers: {type: array, items: {$ref: "#/components/schemas/Thing"}}
                  meta:
                    type: object
                    properties:
                      pagination:
                        type: object
                        properties:
                          page: {type: number}
                          next_page: {type: number, nullable: true}
              example: {servers: [{id: s-1}], meta: {pagination: {page: 1, next_page: null}}}
components:
  schemas:
    Thing: {type: object, required: [id], properties: {id: {type: string}}}
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Any:
    require_prism()
    folder = tmp_path_factory.mktemp("paging_prism")
    spec = folder / "paging_prism.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    generated_package(folder / "out", spec, "paging_prism_client")
    with prism_mock(spec) as url:
        yield url


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("method", "arguments", "ids"),
    [("paginate_list_linodes", {"page_size": 25}, ["l-1", "l-2"]), ("paginate_list_servers", {}, ["s-1"])],
)
def test_a_pager_reads_the_examples_last_page_and_stops(
    served: str, mode: str, method: str, arguments: dict[str, Any], ids: list[str]
) -> None:
    found = run(mode, "paging_prism_client", served, lambda c: every(getattr(c, method)(**arguments)))
    assert [item.id for item in found] == ids
