"""The inferred pagination styles against a scripted server on 127.0.0.1, sync and async: each follows the
pages and stops at the last one, and stays bounded against a server that points back, never stops, or
sends the next page elsewhere (the credentials go only to the base URL's origin)."""

from __future__ import annotations

from typing import Any

import pytest
from inline import InlineSpecs
from servers.clients import every, run
from servers.scripted import Reply, ScriptedServer

MODES = ["sync", "async"]

ITEM = "{type: object, required: [id], properties: {id: {type: string}}}"
ITEMS = f"{{type: array, items: {ITEM}}}"

SPEC = f"""
openapi: 3.0.3
info: {{title: Paging, version: "1"}}
servers: [{{url: "https://api.example.com"}}]
security: [{{bearer: []}}]
components:
  securitySchemes:
    bearer: {{type: http, scheme: bearer}}
paths:
  /servers:
    get:
      operationId: listServers
      parameters: [{{name: per_page, in: query, schema: {{type: integer}}}}]
      responses:
        "200":
          description: Hetzner Cloud's shape
          content:
            application/json:
              schema:
                type: object
                properties:
                  servers: {ITEMS}
                  meta:
                    type: object
                    properties:
                      pagination:
                        type: object
                        properties:
                          page: {{type: number}}
                          next_page: {{type: number, nullable: true}}
                          last_page: {{type: number, nullable: true}}
  /linodes:
    get:
      operationId: listLinodes
      parameters:
        - {{name: page, in: query, schema: {{type: integer}}}}
        - {{name: page_size, in: query, schema: {{type: integer}}}}
      responses:
        "200":
          description: Linode's shape
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {ITEMS}
                  page: {{type: integer}}
                  pages: {{type: integer}}
                  results: {{type: integer}}
  /things:
    get:
      operationId: listThings
      parameters:
        - {{name: offset, in: query, schema: {{type: integer}}}}
        - {{name: limit, in: query, schema: {{type: integer}}}}
      responses:
        "200":
          description: offsets
          content:
            application/json:
              schema: {{type: object, properties: {{items: {ITEMS}, total: {{type: integer}}}}}}
  /members:
    get:
      operationId: listMembers
      parameters: [{{name: cursor, in: query, schema: {{type: string}}}}]
      responses:
        "200":
          description: Slack's shape
          content:
            application/json:
              schema:
                type: object
                properties:
                  members: {ITEMS}
                  response_metadata: {{type: object, properties: {{next_cursor: {{type: string}}}}}}
  /charges:
    get:
      operationId: listCharges
      parameters: [{{name: starting_after, in: query, schema: {{type: string}}}}]
      responses:
        "200":
          description: Stripe's shape
          content:
            application/json:
              schema: {{type: object, properties: {{data: {ITEMS}, has_more: {{type: boolean}}}}}}
  /pages:
    get:
      operationId: listPages
      responses:
        "200":
          description: HAL links
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {ITEMS}
                  _links:
                    type: object
                    properties: {{next: {{type: object, properties: {{href: {{type: string}}}}}}}}
  /repos:
    get:
      operationId: listRepos
      parameters: [{{name: per_page, in: query, schema: {{type: integer}}}}]
      responses:
        "200":
          description: GitHub's shape
          headers: {{Link: {{schema: {{type: string}}}}}}
          content: {{application/json: {{schema: {ITEMS}}}}}
"""


def items(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


@pytest.fixture
def package(generated: InlineSpecs) -> str:
    return str(generated(SPEC).__name__)


def ids(found: list[Any]) -> list[str]:
    return [item.id for item in found]


def read(mode: str, package: str, server: ScriptedServer, method: str, **arguments: Any) -> list[str]:
    use = lambda c: every(getattr(c, method)(**arguments))  # noqa: E731
    return ids(run(mode, package, server.url, use, token="tok"))


@pytest.mark.parametrize("mode", MODES)
def test_hetzner_pages_follow_next_page_until_it_is_null(server: ScriptedServer, package: str, mode: str) -> None:
    meta = lambda page, following: {"pagination": {"page": page, "next_page": following, "last_page": 2}}  # noqa: E731
    server.script(
        Reply(200, {"servers": items("a", "b"), "meta": meta(1, 2)}),
        Reply(200, {"servers": items("c"), "meta": meta(2, None)}),
    )
    assert read(mode, package, server, "paginate_list_servers", per_page=2) == ["a", "b", "c"]
    assert [r.query for r in server.received] == [[("per_page", "2")], [("per_page", "2"), ("page", "2")]]
    assert all(r.headers["authorization"] == "Bearer tok" for r in server.received)


@pytest.mark.parametrize("mode", MODES)
def test_linode_pages_count_up_to_pages(server: ScriptedServer, package: str, mode: str) -> None:
    server.script(
        Reply(200, {"data": items("a"), "page": 1, "pages": 3, "results": 3}),
        Reply(200, {"data": items("b"), "page": 2, "pages": 3, "results": 3}),
        Reply(200, {"data": items("c"), "page": 3, "pages": 3, "results": 3}),
    )
    assert read(mode, package, server, "paginate_list_linodes", page_size=1) == ["a", "b", "c"]
    assert [dict(r.query).get("page") for r in server.received] == [None, "2", "3"]


@pytest.mark.parametrize("mode", MODES)
def test_offsets_move_on_by_the_items_read_up_to_the_total(server: ScriptedServer, package: str, mode: str) -> None:
    server.script(Reply(200, {"items": items("a", "b"), "total": 3}), Reply(200, {"items": items("c"), "total": 3}))
    assert read(mode, package, server, "paginate_list_things", limit=2) == ["a", "b", "c"]
    assert [dict(r.query).get("offset") for r in server.received] == [None, "2"]


@pytest.mark.parametrize("mode", MODES)
def test_cursors_are_followed_until_the_body_gives_none(server: ScriptedServer, package: str, mode: str) -> None:
    server.script(
        Reply(200, {"members": items("a"), "response_metadata": {"next_cursor": "dXNlcjpV"}}),
        Reply(200, {"members": items("b"), "response_metadata": {"next_cursor": ""}}),
    )
    assert read(mode, package, server, "paginate_list_members") == ["a", "b"]
    assert [r.query for r in server.received] == [[], [("cursor", "dXNlcjpV")]]


@pytest.mark.parametrize("mode", MODES)
def test_stripe_pages_start_after_the_last_item_while_has_more(server: ScriptedServer, package: str, mode: str) -> None:
    server.script(
        Reply(200, {"data": items("ch_1", "ch_2"), "has_more": True}), Reply(200, {"data": [], "has_more": False})
    )
    assert read(mode, package, server, "paginate_list_charges") == ["ch_1", "ch_2"]
    assert [r.query for r in server.received] == [[], [("starting_after", "ch_2")]]


@pytest.mark.parametrize("mode", MODES)
def test_hal_links_and_link_headers_are_followed(server: ScriptedServer, package: str, mode: str) -> None:
    server.script(
        Reply(200, {"items": items("a"), "_links": {"next": {"href": "/pages?page=2"}}}),
        Reply(200, {"items": items("b"), "_links": {}}),
    )
    assert read(mode, package, server, "paginate_list_pages") == ["a", "b"]
    assert server.received[1].query == [("page", "2")]
    server.reset()
    link = f'<{server.url}/repos?per_page=1&page=2>; rel="next", <{server.url}/repos?per_page=1&page=2>; rel="last"'
    server.script(Reply(200, items("r1"), {"Link": link}), Reply(200, items("r2"), {"Link": '</repos>; rel="first"'}))
    assert read(mode, package, server, "paginate_list_repos", per_page=1) == ["r1", "r2"]
    assert server.received[1].query == [("per_page", "1"), ("page", "2")]
    assert server.received[1].headers["authorization"] == "Bearer tok"


# --- a hostile server ---------------------------------------------------------------------------


def fails(mode: str, package: str, server: ScriptedServer, method: str, match: str, **arguments: Any) -> None:
    errors = pytest.importorskip(f"{package}.client")
    with pytest.raises(errors.APIError, match=match):
        read(mode, package, server, method, **arguments)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "page"),
    [
        ("paginate_list_servers", {"servers": items("a"), "meta": {"pagination": {"page": 1, "next_page": 1}}}),
        ("paginate_list_members", {"members": items("a"), "response_metadata": {"next_cursor": "same"}}),
        ("paginate_list_charges", {"data": items("a"), "has_more": True}),
        ("paginate_list_pages", {"items": items("a"), "_links": {"next": {"href": "/pages?again"}}}),
    ],
)
def test_the_same_page_again_stops_with_an_error(
    server: ScriptedServer, package: str, mode: str, method: str, page: dict[str, Any]
) -> None:
    server.script(*[Reply(200, page)] * 5)
    fails(mode, package, server, method, "already read")
    assert len(server.received) <= 3


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_never_stops_is_cut_at_max_pages(server: ScriptedServer, package: str, mode: str) -> None:
    errors = pytest.importorskip(f"{package}.client")
    server.script(*[Reply(200, {"items": items(str(n)), "total": 10**9}) for n in range(10)])
    with pytest.raises(errors.TooManyPagesError):
        read(mode, package, server, "paginate_list_things", max_pages=3)
    assert len(server.received) == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "elsewhere",
    [
        "http://127.0.0.2:1/steal",
        "http://{netloc}@127.0.0.2:1/steal",
        "http://localhost:{port}/x",
        "https://{netloc}/x",
    ],
)
def test_a_next_link_off_the_base_urls_origin_is_refused(
    server: ScriptedServer, package: str, mode: str, elsewhere: str
) -> None:
    netloc = server.url.split("//", 1)[1]
    target = elsewhere.format(netloc=netloc, port=netloc.rsplit(":", 1)[1])
    server.script(
        Reply(200, {"items": items("a"), "_links": {"next": {"href": target}}}),
        Reply(200, items("r"), {"Link": f'<{target}>; rel="next"'}),
    )
    fails(mode, package, server, "paginate_list_pages", "refusing to send credentials")
    fails(mode, package, server, "paginate_list_repos", "refusing to send credentials")
    assert len(server.received) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_next_link_with_a_line_break_is_no_url(server: ScriptedServer, package: str, mode: str) -> None:
    server.script(Reply(200, {"items": items("a"), "_links": {"next": {"href": "/pages\r\nX-Evil: 1"}}}))
    fails(mode, package, server, "paginate_list_pages", "not a URL")
    assert len(server.received) == 1


BODY = "/paths/~1{}/get/responses/200/content/application~1json/schema/properties/"
RENAMED = f"""
field_names:
  {BODY.format("servers")}meta/properties/pagination/properties/next_page: following
  {BODY.format("members")}response_metadata: metadata
"""


def test_a_renamed_field_is_read_by_its_new_name(generated: InlineSpecs, server: ScriptedServer) -> None:
    """A config's field_names renames fields on the way to the next page (meta.pagination.following)."""
    package = str(generated(SPEC, config=RENAMED).__name__)
    server.script(
        Reply(200, {"servers": items("a"), "meta": {"pagination": {"page": 1, "next_page": 2}}}),
        Reply(200, {"servers": items("b"), "meta": {"pagination": {"page": 2, "next_page": None}}}),
        Reply(200, {"members": items("c"), "response_metadata": {"next_cursor": "n"}}),
        Reply(200, {"members": items("d"), "response_metadata": {}}),
    )
    assert read("sync", package, server, "paginate_list_servers") == ["a", "b"]
    assert read("sync", package, server, "paginate_list_members") == ["c", "d"]
    assert server.received[3].query == [("cursor", "n")]
