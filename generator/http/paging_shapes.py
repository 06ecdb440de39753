"""Which pagination style a list operation's query parameters and 2xx body say, without a vendor extension.

A style is inferred only when the signs agree: a known query parameter (``page``, ``offset``, ``cursor``,
...) and a body field that says where the next page is (``next_page``, ``total``, ``next_cursor``, a next
link), or a ``Link`` header the response declares. The items are the body's one array property (or the
body itself, when it is an array and the pages are linked by the ``Link`` header). Anything else, two
array properties, two cursors, a ``next`` that may be a cursor or a link, gets no paginator, and
``Inference.why`` says why: a wrong paginator is worse than none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .. import ir

Path = tuple[ir.Field, ...]

# Names are compared in lower case without "_", "-", "." and "@": next_page_token = nextPageToken.
PAGE_PARAMS = frozenset({"page", "pagenumber", "pageno", "pagenum", "pageindex"})
OFFSET_PARAMS = frozenset({"offset", "skip"})
SIZE_PARAMS = frozenset(
    {"limit", "perpage", "pagesize", "size", "count", "maxresults", "top", "take", "pagelimit", "maxitems"}
)
CURSOR_PARAMS = frozenset(
    {
        *("cursor", "after", "startingafter", "pagetoken", "nexttoken", "nextpagetoken", "marker"),
        *("continuationtoken", "continuation", "startcursor", "pagecursor", "nextcursor", "skiptoken", "continue"),
    }
)
NEXT_PAGE = frozenset({"nextpage", "nextpagenumber"})
PAGE_COUNT = frozenset({"pages", "totalpages", "pagecount", "lastpage", "numpages", "totalpagecount"})
CURRENT_PAGE = frozenset({"page", "currentpage", "pagenumber"})
TOTALS = frozenset({"total", "totalcount", "totalresults", "totalitems", "totalsize", "totalrecords", "totalentries"})
NEXT_CURSOR = frozenset(
    {
        *("nextcursor", "nextpagetoken", "nexttoken", "nextmarker", "continuationtoken", "nextcontinuationtoken"),
        *("endcursor", "nextpagecursor", "after", "lastid", "continue"),
    }
)
HAS_MORE = frozenset({"hasmore", "hasnextpage", "hasnext", "moreresults", "istruncated"})
LINK_LEAVES = frozenset({"next", "nextlink", "nexturl", "nextpageurl", "odatanextlink", "nextpagelink"})
LINK_HOLDERS = frozenset({"links", "link", "paging", "pagination", "meta", "next"})
# The objects where a body says how it pages (Hetzner's meta.pagination, Slack's response_metadata, Kubernetes'
# metadata, Facebook's paging.cursors); a field elsewhere (a book's `pages`) says nothing of the list.
HOLDERS = frozenset(
    {
        *("meta", "metadata", "pagination", "paging", "pageinfo", "page", "cursors", "cursor"),
        *("responsemetadata", "listmetadata", "links", "info", "pager"),
    }
)
LAST_ITEM_CURSOR = frozenset({"startingafter", "after"})
CONVERTED = frozenset({"Pagination token", "Pagination limit"})
DEPTH = 3  # how deep into nested objects the body is searched
WHOLE = ("int", "number")  # a page number or count (Hetzner types them number)


def plain(name: str) -> str:
    return "".join(c for c in name.lower() if c not in "_-.@[]")


@dataclass
class Inference:
    """What inference found: a pagination (without its pager name), or why there is none."""

    pagination: ir.Pagination | None = None
    why: str = ""


@dataclass
class Shape:
    """What one operation offers inference: its page type, query parameters and declared response headers."""

    page: ir.TypeRef | None
    query: list[ir.Parameter]
    link_header: bool
    models: dict[str, ir.Model] = field(default_factory=dict)

    def model(self, t: ir.TypeRef | None) -> ir.Model | None:
        return self.models.get(t.name) if t is not None and t.kind == "model" else None

    def params(self, names: frozenset[str], kinds: tuple[str, ...]) -> list[ir.Parameter]:
        """The query parameters named one of ``names``, of one of ``kinds``; not those the AWS specs' converter
        adds from the SDK's paginators ("Pagination token"), which the service reads elsewhere or by another name."""
        found = [p for p in self.query if plain(p.wire_name) in names and p.type.kind in kinds]
        return [p for p in found if p.description.strip() not in CONVERTED]

    def paths(self, leaves: frozenset[str], kinds: tuple[str, ...], holders: frozenset[str] = HOLDERS) -> list[Path]:
        """The paths from the page model to a field named one of ``leaves`` of one of ``kinds``, through
        objects named one of ``holders``, at most DEPTH deep."""
        found: list[Path] = []
        start = self.model(self.page)
        todo: list[tuple[ir.Model, Path]] = [(start, ())] if start is not None else []
        while todo:
            model, path = todo.pop(0)
            for f in model.fields:
                here = (*path, f)
                if plain(f.wire_name) in leaves and f.type.kind in kinds:
                    found.append(here)
                inner = self.model(f.type)
                if inner is not None and len(here) < DEPTH and plain(f.wire_name) in holders:
                    todo.append((inner, here))
        return found


def shown(path: Path) -> str:
    return ".".join(f.wire_name for f in path)


def lists(shape: Shape) -> bool:
    """Whether the 2xx body is an array or an object with an array property: a list operation, maybe."""
    model = shape.model(shape.page)
    if model is None:
        return shape.page is not None and shape.page.kind == "list"
    return any(f.type.kind == "list" for f in model.fields)


def items_of(shape: Shape) -> tuple[ir.Field | None, str]:
    """The body's one array property, or the body itself if it is an array; else None and why."""
    if shape.page is not None and shape.page.kind == "list":
        return ir.Field("", "", shape.page, True, "", False, ir.Source("", 0, "")), ""
    model = shape.model(shape.page)
    if model is None:
        return None, "the 2xx body is not an object"
    arrays = [f for f in model.fields if f.type.kind == "list"]
    of_objects = [f for f in arrays if f.type.item is not None and f.type.item.kind == "model"]
    if len(arrays) > 1 and len(of_objects) == 1:
        return of_objects[0], ""  # Google's {certificates: [Certificate], unreachable: [string]}
    if len(arrays) != 1:
        names = ", ".join(f.wire_name for f in arrays) or "none"
        return None, f"the body has {len(arrays)} array properties ({names}), not one"
    return arrays[0], ""


def _one(paths: list[Path]) -> Path | None:
    return paths[0] if len(paths) == 1 else None


def infer(shape: Shape) -> Inference:
    """The style the shape says, tried from the most to the least specific sign."""
    items, problem = items_of(shape)
    if items is None:
        return Inference(why=problem)
    if not items.name:
        return _link_header(shape, items) or Inference(why="the body is an array and no Link header is declared")
    for attempt in (_next_link, _cursor, _page_number, _offset):
        found = attempt(shape, items)
        if found is not None:
            return found
    return _link_header(shape, items) or Inference(why="no page, offset or cursor parameter with a body field to match")


def _made(style: ir.api.PaginationStyle, items: ir.Field, why: str, **given: object) -> Inference:
    return Inference(ir.Pagination("", style, items, why=why, **given), why)  # type: ignore[arg-type]


def _link_header(shape: Shape, items: ir.Field) -> Inference | None:
    if not shape.link_header:
        return None
    return _made("link-header", items, 'the 2xx response declares a Link header (rel="next")')


def _next_link(shape: Shape, items: ir.Field) -> Inference | None:
    links = shape.paths(LINK_LEAVES, ("str",), LINK_HOLDERS)
    links += [
        p
        for p in shape.paths(frozenset({"href"}), ("str",), LINK_HOLDERS)
        if len(p) > 1 and plain(p[-2].wire_name) == "next"
    ]
    if not links:
        return None
    path = _one(links)
    if path is None:
        return Inference(why="several next links in the body: " + ", ".join(map(shown, links)))
    in_links = len(path) > 1 and plain(path[-2].wire_name) in ("links", "link")
    if plain(path[-1].wire_name) == "next" and not in_links and not _says_link(path[-1]):
        return Inference(why=f"`{shown(path)}` may be a cursor or a link (no format: uri, no description saying)")
    return _made("next-link", items, f"the body's `{shown(path)}` is the next page's link", reads=(("next", path),))


def _says_link(f: ir.Field) -> bool:
    """Whether a field ``next`` is a link: its format is a URI, or its description speaks of one."""
    formats = [json.loads(value) for key, value in f.constraints if key == "format"]
    described = f.description.lower()
    return any(str(v).lower() in ("uri", "url", "uri-reference", "iri", "iri-reference") for v in formats) or any(
        word in described for word in ("url", "link", "uri", "href")
    )


def _cursor(shape: Shape, items: ir.Field) -> Inference | None:
    params = shape.params(CURSOR_PARAMS, ("str", "int"))
    if not params:
        return None
    more = _one(shape.paths(HAS_MORE, ("bool",)))
    nexts = shape.paths(NEXT_CURSOR, ("str", "int"))
    if len(params) > 1:  # AWS's next_token and NextToken (the converter's, not sent on the wire): which one?
        return Inference(why="several cursor parameters: " + ", ".join(p.wire_name for p in params))
    param = params[0]
    reads = (("has_more", more),) if more else ()
    if len(nexts) == 1 and (plain(nexts[0][-1].wire_name) != "lastid" or more):
        why = f"query `{param.wire_name}` takes the body's `{shown(nexts[0])}`"
        return _made("cursor", items, why, param=param.wire_name, reads=(("next", nexts[0]), *reads))
    key = _item_id(shape, items)
    if not nexts and more and key is not None and plain(param.wire_name) in LAST_ITEM_CURSOR:
        why = f"query `{param.wire_name}` takes the last item's `{key.wire_name}` while `{shown(more)}`"
        return _made("cursor", items, why, param=param.wire_name, reads=reads, item_key=key)
    found = ", ".join(map(shown, nexts)) or "none"
    return Inference(why=f"cursor parameter `{param.wire_name}` but no one next cursor in the body ({found})")


def _item_id(shape: Shape, items: ir.Field) -> ir.Field | None:
    model = shape.model(items.type.item)
    found = [f for f in model.fields if f.wire_name == "id" and f.type.kind in ("str", "int")] if model else []
    return found[0] if found and found[0].required else None


def _page_number(shape: Shape, items: ir.Field) -> Inference | None:
    params = shape.params(PAGE_PARAMS, WHOLE)
    if len(params) > 1:
        return Inference(why="several page parameters: " + ", ".join(p.wire_name for p in params))
    nexts = shape.paths(NEXT_PAGE, WHOLE)
    counts = shape.paths(PAGE_COUNT, WHOLE)
    path = _one(nexts) or (_one(counts) if not nexts else None)
    if path is None:
        return None
    param = params[0].wire_name if params else _page_beside(shape, path)
    if not param:
        return None
    size = shape.params(SIZE_PARAMS, WHOLE)
    sizes = {"size_param": size[0].wire_name} if len(size) == 1 else {}
    said = "" if params else " (a parameter the spec doesn't list, named as the body's page beside it)"
    if path is _one(nexts):
        why = f"query `{param}`{said} takes the body's `{shown(path)}`"
        return _made("next-page", items, why, param=param, reads=(("next", path),), **sizes)
    current = [p for p in shape.paths(CURRENT_PAGE, WHOLE) if p[:-1] == path[:-1]]
    reads = (("pages", path), *((("current", current[0]),) if len(current) == 1 else ()))
    why = f"query `{param}`{said} counts up to the body's `{shown(path)}`"
    return _made("page-count", items, why, param=param, reads=reads, **sizes)


def _page_beside(shape: Shape, path: Path) -> str:
    """``page`` when the body names this page ``page`` beside the next page or page count (Hetzner's
    ``meta.pagination``), as the query parameter the spec doesn't list; else ""."""
    holder = shape.model(path[-2].type) if len(path) > 1 else shape.model(shape.page)
    beside = holder.fields if holder is not None else ()
    return "page" if any(f.wire_name == "page" and f.type.kind in WHOLE for f in beside) else ""


def _offset(shape: Shape, items: ir.Field) -> Inference | None:
    params = shape.params(OFFSET_PARAMS, WHOLE)
    if len(params) != 1:
        return None
    totals = shape.paths(TOTALS, WHOLE) or shape.paths(frozenset({"count"}), WHOLE)
    more = shape.paths(HAS_MORE, ("bool",))
    size = shape.params(SIZE_PARAMS, WHOLE)
    sizes = {"size_param": size[0].wire_name} if len(size) == 1 else {}
    param = params[0].wire_name
    if len(totals) == 1:
        why = f"query `{param}` moves on by each page's items up to the body's `{shown(totals[0])}`"
        return _made("offset", items, why, param=param, reads=(("total", totals[0]),), **sizes)
    if not totals and len(more) == 1:
        why = f"query `{param}` moves on by each page's items while the body's `{shown(more[0])}`"
        return _made("offset", items, why, param=param, reads=(("has_more", more[0]),), **sizes)
    return Inference(why=f"offset parameter `{param}` but no one total or has_more in the body")
