"""Which pagination style the generator infers from an operation's query parameters and 2xx body (no
``x-pagination``), what it refuses to guess, and the config's ``pagination`` section that declares,
corrects or switches off a style."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import run_generator

from generator.ir.diagnostics import SpecError
from generator.load.config import load_config
from generator.pipeline import build_spec

HEAD = """
openapi: 3.0.3
info: {title: Paging, version: "1"}
paths:
"""


def op(path: str, params: str, body: str, headers: str = "", method: str = "get") -> str:
    """One operation: its query parameters (``name: type`` or ``name: type: description``, comma separated) and
    its 200 body's schema (YAML)."""
    listed = [[*p.split(":", 2), ""][:3] for p in params.split(",") if p.strip()]
    parameters = ", ".join(
        f"{{name: {n.strip()}, in: query, description: '{d.strip()}', schema: {{type: {t.strip()}}}}}"
        for n, t, d in listed
    )
    head = f"\n          headers: {{{headers}}}" if headers else ""
    return f"""
  {path}:
    {method}:
      parameters: [{parameters}]
      responses:
        "200":
          description: ok{head}
          content: {{application/json: {{schema: {body}}}}}
"""


ITEM = "{type: object, required: [id], properties: {id: {type: string}, name: {type: string}}}"
ITEMS = f"{{type: array, items: {ITEM}}}"


def obj(**properties: str) -> str:
    return "{type: object, properties: {" + ", ".join(f"{k}: {v}" for k, v in properties.items()) + "}}"


INT, STR, BOOL, NUM = "{type: integer}", "{type: string}", "{type: boolean}", "{type: number}"
NULL_INT = "{type: integer, nullable: true}"

CASES = {
    # Hetzner Cloud: no page parameter listed; meta.pagination.next_page names the next page, `page` beside it.
    "/hetzner": (
        "per_page: integer",
        obj(
            servers=ITEMS,
            meta=obj(pagination=obj(page=NUM, per_page=NUM, next_page=NUM, last_page=NUM, total_entries=NUM)),
        ),
        ("next-page", "page", {"next": "meta.pagination.next_page"}),
    ),
    # Linode: page and page_size; the body's page, pages and results (the item count, not an array).
    "/linode": (
        "page: integer, page_size: integer",
        obj(data=ITEMS, page=INT, pages=INT, results=INT),
        ("page-count", "page", {"pages": "pages", "current": "page"}),
    ),
    "/offsets": (
        "offset: integer, limit: integer",
        obj(items=ITEMS, total_count=INT),
        ("offset", "offset", {"total": "total_count"}),
    ),
    "/slack": (
        "cursor: string, limit: integer",
        obj(members=ITEMS, response_metadata=obj(next_cursor=STR)),
        ("cursor", "cursor", {"next": "response_metadata.next_cursor"}),
    ),
    "/google": (
        "pageToken: string, pageSize: integer",
        obj(images=ITEMS, nextPageToken=STR),
        ("cursor", "pageToken", {"next": "nextPageToken"}),
    ),
    # Google: `unreachable` is an array of strings beside the array of objects.
    "/google-unreachable": (
        "pageToken: string",
        obj(certificates=ITEMS, unreachable="{type: array, items: {type: string}}", nextPageToken=STR),
        ("cursor", "pageToken", {"next": "nextPageToken"}),
    ),
    # AWS: the converter's NextToken ("Pagination token") is no parameter of the service's.
    "/aws": (
        "nextToken: string, maxResults: integer",
        obj(items=ITEMS, nextToken=STR),
        ("cursor", "nextToken", {"next": "nextToken"}),
    ),
    "/stripe": (
        "starting_after: string, ending_before: string, limit: integer",
        obj(data=ITEMS, has_more=BOOL, object=STR),
        ("cursor", "starting_after", {"has_more": "has_more"}),
    ),
    "/openai": (
        "after: string, limit: integer",
        obj(data=ITEMS, first_id=STR, last_id=STR, has_more=BOOL),
        ("cursor", "after", {"next": "last_id", "has_more": "has_more"}),
    ),
    "/drf": (
        "page: integer",
        obj(count=INT, next="{type: string, format: uri, nullable: true}", previous=STR, results=ITEMS),
        ("next-link", "", {"next": "next"}),
    ),
    "/jsonapi": ("", obj(data=ITEMS, links=obj(next=STR, prev=STR)), ("next-link", "", {"next": "links.next"})),
    "/hal": ("", obj(items=ITEMS, _links=obj(next=obj(href=STR))), ("next-link", "", {"next": "_links.next.href"})),
    "/odata": ("", obj(value=ITEMS, **{'"@odata.nextLink"': STR}), ("next-link", "", {"next": "@odata.nextLink"})),
}

AMBIGUOUS = {
    "/two-arrays": ("page: integer", obj(data=ITEMS, errors=ITEMS, total_pages=INT), "2 array properties"),
    "/next-or-cursor": ("cursor: string", obj(data=ITEMS, next=STR), "may be a cursor"),
    "/next-token": ("", obj(data=ITEMS, next=STR), "may be a cursor or a link"),
    "/page-alone": ("page: integer, per_page: integer", obj(data=ITEMS), "no page, offset or cursor"),
    "/two-cursors": ("cursor: string, after: string", obj(data=ITEMS, next_cursor=STR), "several cursor"),
    "/aws-converted": (
        "NextToken: string: Pagination token",
        obj(Items=ITEMS, NextToken=STR),
        "no page, offset or cursor",
    ),
    "/cursor-alone": ("cursor: string", obj(data=ITEMS), "no one next cursor"),
    "/offset-alone": ("offset: integer, limit: integer", obj(data=ITEMS), "no one total"),
    "/two-links": ("", obj(data=ITEMS, nextLink=STR, links=obj(next=STR)), "several next links"),
    "/book-pages": ("page: integer", obj(books=ITEMS, featured=obj(pages=INT)), "no page, offset or cursor"),
    "/bare-array": ("page: integer", ITEMS, "no Link header"),
}


def spec_text(extra: str = "") -> str:
    ops = [op(path, params, body) for path, (params, body, _) in {**CASES, **AMBIGUOUS}.items()]
    ops.append(op("/github", "per_page: integer, page: integer", ITEMS, "Link: {schema: {type: string}}"))
    ops.append(op("/search", "cursor: string", obj(data=ITEMS, next_cursor=STR), method="post"))
    return HEAD + "".join(ops) + extra


def build(tmp_path: Path, config: str = "", spec: str = "") -> dict[str, object]:
    """The pagination of each operation by its path, and the notes --verbose prints."""
    path = tmp_path / "paging.yaml"
    path.write_text(spec or spec_text(), encoding="utf-8")
    settings = None
    if config:
        (tmp_path / "paging.config.yaml").write_text(textwrap.dedent(config), encoding="utf-8")
        settings = load_config(tmp_path / "paging.config.yaml")
    api = build_spec(path, config=settings, notes=True)
    assert api.http is not None
    found: dict[str, object] = {op.path: op.pagination for op in api.http.operations}
    found["notes"] = [str(n) for n in api.notes]
    found["warnings"] = [str(w) for w in api.warnings]
    return found


@pytest.fixture(scope="module")
def inferred(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return build(tmp_path_factory.mktemp("paging"))


@pytest.mark.parametrize("path", sorted(CASES))
def test_the_style_is_inferred_from_parameters_and_body(inferred: dict[str, object], path: str) -> None:
    style, param, reads = CASES[path][2]
    pagination = inferred[path]
    assert pagination is not None, [n for n in inferred["notes"] if path.strip("/") in n]  # type: ignore[attr-defined]
    assert (pagination.style, pagination.param) == (style, param)  # type: ignore[attr-defined]
    shown = {role: ".".join(f.wire_name for f in p) for role, p in pagination.reads}  # type: ignore[attr-defined]
    if pagination.next_field is None:  # type: ignore[attr-defined]
        assert shown == reads


def test_stripe_takes_the_last_items_id_as_the_next_cursor(inferred: dict[str, object]) -> None:
    stripe = inferred["/stripe"]
    assert stripe.item_key is not None and stripe.item_key.wire_name == "id"  # type: ignore[attr-defined]


def test_a_bare_array_with_a_declared_link_header_pages_by_it(inferred: dict[str, object]) -> None:
    github = inferred["/github"]
    assert github is not None and github.style == "link-header"  # type: ignore[attr-defined]
    assert github.items.name == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", sorted(AMBIGUOUS))
def test_ambiguous_shapes_get_no_paginator_and_verbose_says_why(inferred: dict[str, object], path: str) -> None:
    assert inferred[path] is None
    name = "get_" + path.strip("/").replace("-", "_")
    (note,) = [n for n in inferred["notes"] if f"note: {name}: no paginator" in n]  # type: ignore[attr-defined]
    assert AMBIGUOUS[path][2] in note


def test_only_get_operations_are_inferred(inferred: dict[str, object]) -> None:
    assert inferred["/search"] is None


def test_verbose_notes_name_the_pager_the_style_and_the_reason(inferred: dict[str, object]) -> None:
    notes = inferred["notes"]
    assert any(
        n.endswith(
            "note: paginate_get_hetzner: next-page: query `page` (a parameter the spec doesn't list, named "
            "as the body's page beside it) takes the body's `meta.pagination.next_page`"
        )
        for n in notes  # type: ignore[attr-defined]
    ), notes


CONFIG = """
pagination:
  "GET /linode": none
  "GET /page-alone": {style: page-number, param: page, size: per_page}
  "GET /cursor-alone": {style: cursor, param: cursor, next: data.nope}
  "GET /two-arrays": {style: page-count, items: data, param: page, pages: total_pages}
  "GET /nowhere": none
"""


def test_the_config_switches_off_declares_and_corrects(tmp_path: Path) -> None:
    found = build(tmp_path, CONFIG)
    assert found["/linode"] is None
    declared = found["/page-alone"]
    assert (declared.style, declared.page_param, declared.size_param) == ("page-number", "page", "per_page")  # type: ignore[attr-defined]
    assert found["/two-arrays"].style == "page-count"  # type: ignore[union-attr]
    assert found["/cursor-alone"] is None
    warnings = sorted(w.split("paging.config.yaml:", 1)[1] for w in found["warnings"] if "paging.config.yaml" in w)  # type: ignore[attr-defined]
    assert warnings == [
        "5: /pagination/GET ~1cursor-alone: warning: pagination ignored: `next`: no property 'data.nope' in the "
        "2xx body",
        "7: /pagination/GET ~1nowhere: warning: no operation is GET /nowhere: the entry is ignored",
    ]


def test_an_unknown_key_of_the_pagination_section_is_an_error_at_its_line(tmp_path: Path) -> None:
    config = tmp_path / "x.config.yaml"
    config.write_text("pagination:\n  listThings: {style: cursor, param: c, nxet: n}\n  other: sometimes\n")
    with pytest.raises(SpecError) as caught:
        load_config(config)
    shown = [str(d).split("x.config.yaml:", 1)[1] for d in caught.value.diagnostics]
    assert shown[0].startswith("2: /pagination/listThings/nxet: error: unknown pagination key 'nxet'")
    assert shown[1].startswith("3: /pagination/other: error: expected none, or {style: page-number |")


def test_the_cli_says_each_list_operations_style_only_with_verbose(tmp_path: Path) -> None:
    spec = tmp_path / "paging.yaml"
    spec.write_text(spec_text(), encoding="utf-8")
    quiet = run_generator(spec, "--out", tmp_path / "a", "--quiet")
    assert quiet.returncode == 0 and "paginat" not in quiet.stderr
    verbose = run_generator(spec, "--out", tmp_path / "b", "--quiet", "--verbose")
    lines = verbose.stderr.splitlines()
    assert any(
        ": note: paginate_get_linode: page-count: query `page` counts up to the body's `pages`" in n for n in lines
    )
    assert any(": note: get_two_arrays: no paginator: the body has 2 array properties" in n for n in lines)


def test_a_body_with_its_own_href_at_the_top_is_no_crash(tmp_path: Path) -> None:
    """eBay's list bodies carry `href` (the page's own link) beside the items: not a next link, and no crash."""
    spec = HEAD + op("/deals", "limit: integer, offset: integer", obj(href=STR, items=ITEMS, total=INT))
    found = build(tmp_path, spec=spec)
    assert "/deals" in found
